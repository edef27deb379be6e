"""A report's headline as a toll of its main incident.

A scraped page often keeps its headline apart from its text ("Police: 2 dead, 2 injured in Elmford shooting"), and
the text, cut short by a paywall or told in the order the police released it, may not reach the toll the headline
gives. The headline is coded on its own; when it tells one incident at the place the report's first incident has,
its dead and wounded are that incident's when they are more (headlines carry the latest toll). A headline that sums
several incidents ("5 dead, 17 wounded in weekend shootings") is the toll of none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventsift.records import Event

NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|double|triple|quadruple)\b",
                    re.IGNORECASE)
# A headline over several incidents: its toll is a sum.
SUMMED = re.compile(r"\b(?:shootings|attacks|incidents|killings|stabbings|weekend|citywide|separate|across|spree|since)\b",
                    re.IGNORECASE)


def with_headline_toll(events: list[Event], headline: list[Event], *, title: str) -> list[Event]:
    """``events`` with the first one's dead and wounded raised to the headline's, when the headline tells one
    incident at its place and no sum of several."""
    if not events or len(headline) != 1 or SUMMED.search(title):
        return events
    first, told = events[0], headline[0]
    if first.historical or not _same_place(told, first):
        return events
    changes: dict = {}
    evidence = []
    if (told.fatalities or 0) > (first.fatalities or 0):
        changes.update(fatalities=told.fatalities, fatalities_high=max(told.fatalities, first.fatalities_high or 0),
                       fatalities_low=first.fatalities_low if first.fatalities_low is not None else told.fatalities_low)
        evidence += [e for e in told.evidence if e.field == "fatalities"]
        if told.injured is not None and (first.fatalities or 0) + (first.injured or 0) == told.fatalities + told.injured:
            # "four people were shot" in the text, "2 dead, 2 injured" in the headline: the same people, some died
            changes["injured"] = told.injured
            evidence += [e for e in told.evidence if e.field == "injured"]
    # the wounded of a headline that knows no fewer dead, counted by a number ("six shot", not "several hurt")
    if "injured" not in changes and told.injured is not None and told.injured > (first.injured or 0) \
            and (told.fatalities or 0) >= (first.fatalities or 0) and _numbered(told, "injured", title):
        changes["injured"] = told.injured
        evidence += [e for e in told.evidence if e.field == "injured"]
    if not changes:
        return events
    return [replace(first, **changes, evidence=[*first.evidence, *evidence]), *events[1:]]


def _numbered(told: Event, field: str, title: str) -> bool:
    """The headline gives ``field`` by a number, not by a word like "several"."""
    return any(NUMBER.search(title[e.start:e.end]) for e in told.evidence if e.field == field)


def _same_place(told: Event, first: Event) -> bool:
    """The headline names no place, the first incident's, or only its state or country."""
    if told.location is None or told.location == first.location:
        return True
    return told.country == first.country and told.geo_precision == 3 and told.admin1 in (None, first.admin1)

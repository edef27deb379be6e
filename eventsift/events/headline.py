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
SUMMED = re.compile(r"\b(?:shootings|attacks|incidents|killings|stabbings|bombings|blasts|explosions|weekend|citywide|separate|"
                    r"across|spree|since)\b",
                    re.IGNORECASE)


# The site's name a page title ends with: "... shooting - WXYZ 7 News Elmford, Ohio News, Weather", "... :: KTV.com".
SITE_SUFFIX = re.compile(r"\s+(?:[-|–—«]|::)\s+(?=[^-|–—«]*(?:\b[A-Z]{3,5}\b|\.com\b|\bNews\b|\bChannel\b|\bTV\b))"
                         r"[^|–—«]*$")


def strip_site(title: str) -> str:
    """A page title without the site's name after it ("Four shot at a fair - KXYZ News Elmford" -> "Four shot at a
    fair"); the site's home town is not where its stories happen."""
    stripped = SITE_SUFFIX.sub("", title)
    return stripped if len(stripped.split()) >= 3 else title


PLACE_FIELDS = ("country", "admin1", "admin2", "location", "latitude", "longitude", "geonameid", "geo_precision")


def takes_headline(events: list[Event], *, title: str) -> bool:
    """Whether a headline could change ``events``: they have a first incident of today's news, and the headline sums
    no several incidents."""
    return bool(events) and not events[0].historical and not SUMMED.search(title)


def with_headline_toll(events: list[Event], headline: list[Event], *, title: str) -> list[Event]:
    """``events`` with the first one placed in the headline's town when the text placed it no closer than a state,
    and its dead and wounded raised to the headline's, when the headline tells one incident at its place and no sum
    of several."""
    if len(headline) != 1 or not takes_headline(events, title=title):
        return events
    if events[0].event_type == "Strategic developments" and headline[0].event_type != "Strategic developments" \
            and not any(e.event_type == headline[0].event_type for e in events):
        # "Six injured in shooting at party" over a text that only tells an arrest: the shooting is the headline's
        return [headline[0], *events]
    first = _placed(events[0], headline[0])
    if not _shares_its_toll(events) and not _sums_the_news(events, headline[0]):
        first = _tolled(first, headline[0], title)
    return [_doer_named(first, headline[0]), *events[1:]]


def _shares_its_toll(events: list[Event]) -> bool:
    """The first event's dead are its share of a toll told over a list of places ("The blasts hit churches in
    Elmtown, Ashby and Marlow"), which a headline sums ("toll rises to 290"): the same words count other events'."""
    told = {(e.start, e.end) for e in events[0].evidence if e.field == "fatalities"}
    return bool(told) and any((e.start, e.end) in told for other in events[1:] for e in other.evidence
                              if e.field == "fatalities")


def _sums_the_news(events: list[Event], told: Event) -> bool:
    """The headline's dead are the sum of the report's incidents of today ("At least 5 killed in Elmland" over a
    gunfight that killed three and a shooting that killed two): no toll of the first alone."""
    news = [e for e in events if not e.historical]
    return len(news) > 1 and bool(told.fatalities) and told.fatalities == sum(e.fatalities or 0 for e in news)


def _doer_named(first: Event, told: Event) -> Event:
    """``first`` with the headline's doer when the text leaves it unidentified and the headline tells the same kind of
    event at its place ("Rebel shelling kills 9 in Elmtown" over "shells fell on a market in Elmtown ...")."""
    unnamed = (first.actor1 or "").startswith("Unidentified")
    named = bool(told.actor1) and not told.actor1.startswith("Unidentified") and told.inter1 in (1, 2, 3, 8)
    if not (unnamed and named and told.event_type == first.event_type and _same_place(told, first)) \
            or told.actor1 == first.actor2:
        return first
    return replace(first, actor1=told.actor1, inter1=told.inter1,
                   evidence=[*first.evidence, *(e for e in told.evidence if e.field == "actor1")])


def _placed(first: Event, told: Event) -> Event:
    """The headline's town or county ("One dead in Elmtown nightclub shooting") when the text gave the incident no
    place, or only a state or country that the town lies in."""
    if told.geo_precision not in (1, 2) or first.geo_precision in (1, 2):
        return first
    if first.admin1 is not None and (told.country, told.admin1) != (first.country, first.admin1):
        return first
    if not any(e.field == "location" for e in told.evidence):
        return first  # the headline names no town: its place is the report's fallback, maybe a desk abroad
    if first.admin1 is not None and told.location is not None \
            and told.location.casefold() == first.admin1.casefold() and first.geo_precision == 3:
        return first  # "Elm raid" over "a raid in the Elm region": the region the headline names short, not its town
    if first.geo_precision == 3 and _province_told_by_name(first, told):
        return first  # ... however the gazetteer spells the two ("Latakia" the city, "Lattakia" the province)
    changes = {name: getattr(told, name) for name in PLACE_FIELDS}
    for side, inter in (("actor1", "inter1"), ("actor2", "inter2")) if first.country is None else ():
        # sides named with no country, the text having placed nothing ("Unidentified Armed Group"), take the
        # headline's country as the headline's own reading of them does ("Unidentified Armed Group (United States)")
        mine, theirs = getattr(first, side), getattr(told, side)
        if mine and theirs and theirs != mine and theirs.startswith(mine) and getattr(first, inter) == getattr(told, inter):
            changes[side] = theirs
    return replace(first, **changes, evidence=[*first.evidence, *(e for e in told.evidence if e.field == "location")])


# The kind of area written after its name: "in Elm province".
_AREA_KIND_AFTER = r"\s+(?:province|region|governorate|state|department|district)\b"


def _province_told_by_name(first: Event, told: Event) -> bool:
    """The headline's town is named as the text names the province it placed the incident in ("strikes kill 45 in
    Elm" over "... in the north of Elm province"): the headline's word is the province (a headline's evidence quotes
    the title, its offsets into it)."""
    names = {e.sentence[e.start:e.end] for e in told.evidence if e.field == "location"}
    return any(re.search(rf"\b{re.escape(name)}{_AREA_KIND_AFTER}", e.sentence, re.IGNORECASE)
               for name in names if name for e in first.evidence if e.field == "location")


def _tolled(first: Event, told: Event, title: str) -> Event:
    """``first`` with the headline's dead and wounded when they are more (see the module's note); an arrest or
    another strategic development takes no toll ("Man arrested in June 14 killing ...": the killing's dead)."""
    if not _same_place(told, first) or first.event_type == "Strategic developments":
        return first
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
        elif not told.injured and not first.fatalities and first.injured and first.injured <= told.fatalities:
            # "Four found shot to death" over a text that, cut short, told "two men and two women found shot": the
            # people the text told hit are the headline's dead
            changes["injured"] = None
    # the wounded of a headline that knows no fewer dead, counted by a number ("six shot", not "several hurt")
    if "injured" not in changes and told.injured is not None and told.injured > (first.injured or 0) \
            and (told.fatalities or 0) >= (first.fatalities or 0) and _numbered(told, "injured", title):
        changes["injured"] = told.injured
        evidence += [e for e in told.evidence if e.field == "injured"]
    if not changes:
        return first
    return replace(first, **changes, evidence=[*first.evidence, *evidence])


def _numbered(told: Event, field: str, title: str) -> bool:
    """The headline gives ``field`` by a number, not by a word like "several"."""
    return any(NUMBER.search(title[e.start:e.end]) for e in told.evidence if e.field == field)


def _same_place(told: Event, first: Event) -> bool:
    """The headline names no place, the first incident's, or only its state or country."""
    if told.location is None or told.location == first.location:
        return True
    return told.country == first.country and told.geo_precision == 3 and told.admin1 in (None, first.admin1)

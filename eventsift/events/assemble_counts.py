"""How many: the people killed, injured, abducted and arrested in an incident, each as low / best / high.

The count mentions of the incident's clauses are combined per outcome; then the report as a whole may add
attackers who died too, spread one toll over a series of incidents, or say that people "taken" were abducted
rather than arrested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventsift.events.clauses import Clause
from eventsift.events.count_words import exact_count, plus
from eventsift.events.counts import (CountMention, attackers_killed, combine, even_share, group_size, killed_toll,
                                     series_size, shot_toll)
from eventsift.events.draft import Draft, evidence
from eventsift.events.tolls import is_vague
from eventsift.records import Count, Document, Evidence

OUTCOMES = ("killed", "injured", "abducted", "arrested")
# A word that says someone died, whatever the counts say: "homicide", "murder" (not an attempted one, nor a rate),
# "a deadly shooting".
# Homicide units, detectives and bureaus answer non-fatal shootings too: their name says nothing.
HOMICIDE = re.compile(r"\b(?<!attempted )(?<!attempt )(?<!attempted first-degree )(?<!attempted second-degree )"
                      r"(?:(?:homicide|murder|slaying)\b(?!\s+(?:rates?|attempt|units?|detectives?|division|squad|"
                      r"investigators?|bureau|section|team|sergeant|lieutenant|captain|lt\.|sgt\.|capt\.|det\.|"
                      r"detective|cmdr\.|commander)(?!\w))"
                      r"|(?:deadly|fatal)\s+(?:[\w-]+\s+){0,3}?(?:shooting|stabbing)\b)", re.IGNORECASE)
# A peaceful protest kills no one: deaths named beside it belong to what it is about.
PROTEST_OUTCOMES = ("injured", "arrested")
PROTESTS = ("Peaceful protest", "Protest with intervention")


@dataclass(slots=True, kw_only=True)
class Tolls:
    killed: Count | None
    injured: Count | None
    abducted: Count | None
    arrested: Count | None
    evidence: list[Evidence]


_SAID_HURT = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b", re.IGNORECASE)


# A day's own toll inside a longer campaign's: "On Thursday alone, at least 46 people were killed".
_DAY_ALONE = re.compile(r"^\W*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|that\s+day)\s+"
                        r"alone\b", re.IGNORECASE)


def how_many(kind: str, draft: Draft, *, document: Document, context: str) -> Tolls:
    """The tolls of an event of type ``kind``; ``context`` is more text about the incident (see ``build_event``)."""
    outcomes = PROTEST_OUTCOMES if kind in PROTESTS else OUTCOMES
    totals, found = _tally(draft, outcomes, document=document)
    sentences = " ".join(dict.fromkeys(c.sentence.text for c in draft.clauses))
    extra = attackers_killed(sentences + " " + context)
    if extra and "killed" in outcomes:
        base = totals["killed"] or Count(low=0, best=0, high=0)
        totals["killed"] = plus(base, extra)
    wounded = totals["injured"]
    # "one of them was wounded", "a sub-inspector was injured in the exchange of fire" (one told hurt in so many words)
    said_wounded = any(m.outcome == "injured" or m.outcome == "hit" and _SAID_HURT.search(c.span.text)
                       for c in draft.clauses for m in c.counts)
    if "killed" in outcomes and not (totals["killed"] and totals["killed"].best) and wounded and wounded.best == 1 \
            and not said_wounded and not is_vague(wounded) and HOMICIDE.search(sentences + " " + context):
        # "a woman was found with a gunshot wound" in a report of a homicide (a murder charge, "the city's first
        # homicide of the year"): the one person shot, not said to be wounded, is the one who died
        totals["killed"], totals["injured"] = exact_count(1, "homicide"), None
    parts = series_size(sentences)
    for outcome in ("killed", "injured") if parts > 1 else ():
        if totals[outcome]:  # the toll of a series: this incident's share, the whole as the high figure
            whole = totals[outcome]
            totals[outcome] = Count(low=whole.low // parts, best=whole.best // parts, high=whole.high, text=whole.text)
    for outcome in ("killed", "injured") if parts == 1 and draft.parts > 1 else ():
        if totals[outcome]:  # one of the places a list tells the incident at: its even share (split_listed_places)
            whole = totals[outcome]
            totals[outcome] = Count(low=whole.low // draft.parts, best=even_share(whole.best, draft.parts, draft.part),
                                    high=whole.high, text=whole.text)
    if kind == "Abduction/forced disappearance" and totals["abducted"] is None and totals["arrested"]:
        totals["abducted"], totals["arrested"] = totals["arrested"], None
    if kind == "Arrests" and totals["arrested"] is None and totals["abducted"]:
        totals["arrested"], totals["abducted"] = totals["abducted"], None
    if kind == "Arrests":
        # "arrested Saturday in connection with the June 14 shooting death of a woman": the dead are the deed's, an
        # incident of its own; an arrest harms no one it does not say it harmed (ACLED codes arrests without a toll)
        totals["killed"] = totals["injured"] = None
    return Tolls(killed=totals["killed"], injured=totals["injured"], abducted=totals["abducted"],
                 arrested=totals["arrested"], evidence=found)


def _tally(draft: Draft, outcomes: tuple[str, ...], *,
           document: Document) -> tuple[dict[str, Count | None], list[Evidence]]:
    """Each outcome's combined count from the clauses' mentions (None for an outcome not read), with evidence."""
    told = sorted((m for c in draft.clauses for m in c.counts), key=lambda m: m.start)
    by_outcome: dict[str, list[tuple[Clause, CountMention]]] = {
        o: [(c, group_size(m, told)) for c in draft.clauses for m in c.counts if m.outcome == o]
        for o in (*OUTCOMES, "hit")}
    totals: dict[str, Count | None] = dict.fromkeys(OUTCOMES)
    found = []
    for outcome in outcomes:
        mentions = by_outcome[outcome] + (by_outcome["hit"] if outcome == "injured" else [])
        # "the toll of the four-day bombardment rose to 310 ... On Thursday alone, 46 were killed": the day's own
        days = [m for c, m in mentions if _DAY_ALONE.match(c.span.text)]
        if days:
            mentions = [(c, m) for c, m in mentions if m in days or m.count.best <= max(d.count.best for d in days)]
        told = [m for _, m in mentions if not m.claimed] or [m for _, m in mentions]
        hurt = [m for _, m in by_outcome["injured"] + by_outcome["hit"]]
        totals[outcome] = killed_toll(told, hurt=hurt) if outcome == "killed" else combine(told)
        claimed = max((m.count.high for _, m in mentions if m.claimed), default=0)
        if totals[outcome] is not None and claimed > totals[outcome].high:  # a side's own word: the high end only
            totals[outcome] = replace(totals[outcome], high=claimed)
        for clause, mention in mentions:
            lent = next((s for s in clause.lent if s.index == mention.sentence), None)
            found.append(evidence(document, clause, "fatalities" if outcome == "killed" else outcome,
                                  mention.start, mention.end, sentence=lent))
    if "injured" in outcomes and (by_outcome["hit"] or by_outcome["injured"]):  # hit: wounded unless said dead
        totals["injured"] = shot_toll(killed=[m for _, m in by_outcome["killed"]] if "killed" in outcomes else [],
                                      injured=[m for _, m in by_outcome["injured"]],
                                      shot=[m for _, m in by_outcome["hit"]])
    return totals, found

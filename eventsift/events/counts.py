"""Counts of killed, injured, abducted and arrested people in a clause.

"about 28 people were killed", "killing at least seven", "eight or nine of the commanders were killed",
"left 12 dead", "the death toll rose to 30". Subsets ("including three officers", "two of the injured")
are not counted again, and counts of different outcomes are kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventsift.events.numbers import parse_quantity, quantity_regex
from eventsift.records import Count

OUTCOMES: dict[str, str] = {
    "killed": r"killed|dead|died|slain|shot dead|gunned down|lost (?:their|his|her) li(?:ves|fe)|perished|"
              r"martyred|bodies|murdered|executed|beheaded|lynched|beaten to death|fatalit(?:y|ies)|deaths",
    "injured": r"injured|wounded|hurt|injuries|injuring|wounding|critically injured",
    "abducted": r"kidnapped|abducted|taken hostage|held hostage|hostages|went missing|seized",
    "arrested": r"arrested|detained|apprehended|taken into custody|rounded up|nabbed|captured",
}
# Active forms put the number after the verb: "killing 12", "kidnapped two", "arrested 40 people".
ACTIVE = {
    "killed": r"kill(?:ed|ing|s)|shot dead|gunned down|shot and killed|murder(?:ed|ing)|execut(?:ed|ing)|"
              r"behead(?:ed|ing)|lynch(?:ed|ing)|left|leaving|claimed the lives of|death toll (?:rose |climbed |has risen |reached |stood |stands )?(?:to|at)|toll (?:rose |climbed )?(?:to|at)",
    "injured": r"injur(?:ed|ing)|wound(?:ed|ing)",
    "abducted": r"kidnap(?:ped|ping|s)|abduct(?:ed|ing|s)|took|taking",
    "arrested": r"arrest(?:ed|ing|s)|detain(?:ed|ing|s)|apprehended|rounded up",
}
# Words allowed between a number and its passive verb: "28 people were killed", "seven troops were injured".
_GAP = r"(?:[\w’'()-]+\s+){0,10}?"
_BE = r"(?:(?:were|was|have been|has been|had been|are|is|being|got|reportedly|allegedly|also|later|all|been)\s+){0,3}"
_SUBSET_BEFORE = re.compile(r"(?:including|among them|among whom|of whom|of them)\s*$", re.IGNORECASE)
_SUBSET_AFTER = re.compile(r"^\s+of\s+(?:the|those)\s+(?:injured|wounded|dead|killed|slain|victims|hostages|abducted)", re.IGNORECASE)
_NOT_PEOPLE = re.compile(r"^\s*(?:%|per ?cent|percent|km|kilometres?|kilometers?|miles?|metres?|meters?|hours?|days?|"
                         r"weeks?|months?|years?|am|pm|a\.m\.|p\.m\.|o'clock|rupees|dollars|\$|vehicles?|cars?|houses?|"
                         r"homes?|shops?|buildings?|kg|tonnes?|times)\b", re.IGNORECASE)


_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE)


@dataclass(slots=True, kw_only=True)
class CountMention:
    outcome: str  # killed | injured | abducted | arrested
    count: Count
    victims: str  # the words naming who: "people", "of the commanders", "troops"
    start: int  # document offsets of the whole phrase
    end: int


def _is_plausible(text: str, m: re.Match[str], count: Count) -> bool:
    before, after = text[:m.start()], text[m.end():]
    if _SUBSET_BEFORE.search(before) or _SUBSET_AFTER.match(after) or _NOT_PEOPLE.match(after):
        return False
    if 1900 <= count.best <= 2100 and not m.groupdict().get("vague"):
        return False  # a year
    if re.search(r"(?:no\.|number|#|aged?|age of)\s*$", before, re.IGNORECASE):
        return False
    if _MONTH_BEFORE.search(before) and not m.groupdict().get("vague"):
        return False  # "on May 24"
    return True


# "a civilian was killed", "an officer was injured": one person, with no number written.
_SINGULAR = re.compile(
    r"\b(?P<n1>an?|one)(?=\s+(?:[\w-]+\s+){0,3}?(?:man|woman|boy|girl|child|civilian|soldier|policeman|officer|"
    r"constable|militant|person|resident|villager|farmer|shepherd|student|teacher|trader|shopkeeper|worker|driver|"
    r"journalist|leader|member|commander|cleric|elder|student|teenager|youth|guard|trooper|fighter|rebel|"
    r"protester|demonstrator|passer-by|passerby|pedestrian|local|citizen|national|doctor|judge|lawyer|activist)\b)",
    re.IGNORECASE)


def _quantities(text: str):  # noqa: ANN202 - yields (match, Count)
    for m in quantity_regex().finditer(text):
        count = parse_quantity(m)
        if count is not None and _is_plausible(text, m, count):
            yield m, count
    for m in _SINGULAR.finditer(text):
        yield m, Count(low=1, best=1, high=1, text=m.group(0))


def find_counts(text: str, *, offset: int = 0) -> list[CountMention]:
    """Counts in one clause, in text order."""
    found: list[CountMention] = []
    for m, count in _quantities(text):
        after = text[m.end():]
        for outcome, verbs in OUTCOMES.items():
            passive = re.match(rf"(?P<gap>\s+{_GAP}){_BE}(?:{verbs})\b", after, re.IGNORECASE)
            if passive and not re.search(r"\b(?:and|but|while|when|who|after)\b", passive.group("gap")):
                found.append(CountMention(outcome=outcome, count=count, victims=passive.group("gap").strip(),
                                          start=offset + m.start(), end=offset + m.end() + passive.end()))
                break
        else:
            before = text[:m.start()]
            for outcome, verbs in ACTIVE.items():
                active = re.search(rf"\b(?:{verbs})\s+(?:(?:at least|about|around|some|over|more than|nearly)\s+)?$",
                                   before, re.IGNORECASE)
                if active:
                    tail = re.match(r"\s*((?:(?!and\b|or\b|in\b|on\b|at\b|near\b)[\w’'-]+\s*){0,4})", after)
                    victims = tail.group(1).strip()
                    found.append(CountMention(outcome=outcome, count=count, victims=victims,
                                              start=offset + active.start(), end=offset + m.end() + len(tail.group(0).rstrip())))
                    break
    found.sort(key=lambda c: c.start)
    return [c for i, c in enumerate(found) if not any(o.start <= c.start and c.end <= o.end and o is not c
                                                       for o in found[:i] + found[i + 1:])]


def combine(mentions: list[CountMention]) -> Count | None:
    """One figure from several mentions of the same outcome in the same event.

    Exact figures beat vague ones ("a number of" vs "eight or nine"); among exact figures the largest is
    the latest toll (reports revise tolls upwards), and the range spans every mention.
    """
    if not mentions:
        return None
    counts = [m.count for m in mentions]
    exact = [c for c in counts if not _is_vague(c)] or counts
    best = max(exact, key=lambda c: c.best)
    low = min(c.low for c in exact)
    high = max(c.high for c in exact)
    return Count(low=min(low, best.best), best=best.best, high=max(high, best.best), text=best.text)


def _is_vague(count: Count) -> bool:
    return not any(ch.isdigit() for ch in count.text) and not re.search(
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety|hundred)\b", count.text, re.IGNORECASE)

"""What a whole document says of its incident beyond the event's sentences: the incident's own date in the words
reporters use for it ("the May 7 shooting", "Saturday's shooting", "was shot on May 7"), or only its month ("an April
shooting", "shot back in February"), and the victims described by age and sex ("a 23-year-old man"). A follow-up is
often coded on the day of the charge, the hearing or the funeral it reports; the date it gives the incident it is
about, and the victim it describes, are what tie it to the first report.

All are identity keys of the report (``merge_cues.document_keys``): ``date:2015-05-07``, ``month:2015-04`` and
``victim:23 male``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping

from eventsift.nlp.timex import MONTHS, WEEKDAYS
from eventsift.records import Event
from eventsift.store.merge_rules import _RULES

DATE_KEY = "date:"
MONTH_KEY = "month:"
VICTIM_KEY = "victim:"
# At most this many incident dates a document gives are kept (a round-up dates each of its incidents; the first ones
# are its own). Beyond them, a document says little about which of its dates is its incident's.
MAX_NAMED_DATES = 4
# A weekday ("Saturday's shooting") is the last such day on or before the publication: within a week of it.
WEEK = 7

_MONTHS = MONTHS  # the time-expression reader's month and weekday names: "may", "sept", "monday" -> 0
_WEEKDAYS = WEEKDAYS


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
_WEEKDAY = r"(?P<weekday>" + "|".join(w.capitalize() for w in _WEEKDAYS) + r")"
_PART = r"(?:\s+(?:night|morning|afternoon|evening))?"
_NOUN = r"(?:" + _alternatives(_RULES["incident_words"]) + r")\b"
_VERB = r"(?:" + _alternatives(_RULES["incident_verbs"]) + r")\b"
_ON = r"(?:\s+(?:early|late))?(?:\s+(?:on|since))?(?:\s+(?:or\s+about|about|around))?\s+"
# "the May 7 shooting", "the May 7, 2015, gang-related shooting", "the Nov. 8 shootings"
_DATE_NOUN = re.compile(_MONTH + r"\s+" + _DAY + r",?\s+(?:[\w-]+\s+){0,2}?" + _NOUN)
# "the shooting on May 7", "was shot on May 7", "it happened on Sunday, Nov. 15", "occurred Feb. 6"
_VERB_DATE = re.compile(r"(?:" + _NOUN + r"|" + _VERB + r")(?:\s+[\w-]+){0,4}?" + _ON
                        + r"(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAY)
# "On May 7, two men shot four people", "on Nov. 8, 2015, he was killed"
_DATE_VERB = re.compile(r"\b[Oo]n\s+(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAY
                        + r",?\s+(?:[\w'’-]+,?\s+){0,8}?" + _VERB)
# A month alone, what a follow-up weeks or months later often gives: "an April shooting", "the July 2015 shooting",
# "a shooting back in February", "was shot in June of 2015", "killed last March", "In November 2014, ... shot".
_FULL_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in _MONTHS if len(m) > 3 or m == "may") + r")"
_YEAR = r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?"
_MONTH_NOUN = re.compile(r"\b(?:a|an|the|last)\s+" + _FULL_MONTH + _YEAR + r",?\s+(?:[\w-]+\s+){0,2}?" + _NOUN)
_NOUN_MONTH = re.compile(r"(?:" + _NOUN + r"|" + _VERB + r")(?:\s+[\w'’-]+){0,6}?\s+(?:back\s+)?(?:in|last)\s+"
                         + r"(?:early\s+|late\s+|mid-)?" + _FULL_MONTH + _YEAR + r"(?!\s*\d)")
_MONTH_VERB = re.compile(r"\b[Ii]n\s+" + _FULL_MONTH + _YEAR + r",\s+(?:[\w'’-]+,?\s+){0,8}?" + _VERB)
# "Saturday's shooting", "Sunday night's shootings"
_WEEKDAY_NOUN = re.compile(_WEEKDAY + _PART + r"['’]s\s+(?:[\w-]+\s+){0,2}?" + _NOUN)
# "was shot Saturday night", "the shooting on Sunday" (a weekday, not a date, after it)
_VERB_WEEKDAY = re.compile(r"(?:" + _NOUN + r"|" + _VERB + r")" + _ON + _WEEKDAY + r"\b(?!,?\s+" + _MONTH + ")")

_SEXES: dict[str, str] = dict(_RULES["victim_sexes"])
# "a 23-year-old man", "a 7-year-old Memphis girl", "the 19-year-old woman": an age with the sex, one word between.
_VICTIM = re.compile(r"\b(\d{1,2})[- ]years?[- ]old,?\s+(?:[A-Z][a-z]+\s+)?(" + _alternatives(_SEXES) + r")\b")


def _on_or_before(month: int, day: int, year: int | None, published: dt.date) -> dt.date | None:
    """The date "Month Day" (with its year, else the last such day on or before the publication)."""
    try:
        if year:
            return dt.date(year, month, day)
        found = dt.date(published.year, month, day)
        return found if found <= published else dt.date(published.year - 1, month, day)
    except ValueError:
        return None  # "February 30"


def _weekday_before(weekday: int, published: dt.date) -> dt.date:
    """The last such weekday on or before the publication ("Monday's shooting" in a Monday paper is that day's)."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % WEEK)


# A date's words are read only around a month's or a weekday's name: the patterns above open with a long alternation
# of incident words, too slow to try at every position of a long article.
_TIME_NAME = re.compile(r"\b(?:" + "|".join(sorted({m.capitalize() for m in _MONTHS} | {w.capitalize() for w in _WEEKDAYS},
                                                     key=len, reverse=True)) + r")\b")
# How far before and after such a name a pattern may reach ("was shot and killed outside his home late on Sunday").
_REACH = 160


def _around_time_names(text: str) -> list[tuple[int, str]]:
    """The stretches of the text around a month's or a weekday's name (overlapping ones joined), with their offsets."""
    spans: list[list[int]] = []
    for match in _TIME_NAME.finditer(text):
        start, end = max(0, match.start() - _REACH), match.end() + _REACH
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(start, text[start:end]) for start, end in spans]


def incident_dates(text: str, published: dt.date | None) -> list[dt.date]:
    """The dates the text gives an incident ("the May 7 shooting", "Saturday's shooting", "shot on May 7"), in the
    order it gives them, none after the publication: what the incident a follow-up is about was dated."""
    if published is None:
        return []
    found: list[tuple[int, dt.date]] = []
    for offset, stretch in _around_time_names(text):
        for pattern in (_DATE_NOUN, _VERB_DATE, _DATE_VERB):
            for match in pattern.finditer(stretch):
                month = _MONTHS[match.group("month").lower().rstrip(".")]
                year = int(match.group("year")) if match.group("year") else None
                date = _on_or_before(month, int(match.group("day")), year, published)
                if date is not None and date <= published:
                    found.append((offset + match.start(), date))
        for pattern in (_WEEKDAY_NOUN, _VERB_WEEKDAY):
            for match in pattern.finditer(stretch):
                found.append((offset + match.start(), _weekday_before(_WEEKDAYS[match.group("weekday").lower()], published)))
    return list(dict.fromkeys(date for _, date in sorted(found, key=lambda x: x[0])))[:MAX_NAMED_DATES]


def incident_months(text: str, published: dt.date | None) -> list[str]:
    """The months the text gives an incident without its day ("an April shooting", "shot in June of 2015"), as
    "YYYY-MM": with its year, else the last such month on or before the publication."""
    if published is None:
        return []
    found: list[tuple[int, str]] = []
    for offset, stretch in _around_time_names(text):
        for pattern in (_MONTH_NOUN, _NOUN_MONTH, _MONTH_VERB):
            for match in pattern.finditer(stretch):
                month = _MONTHS[match.group("month").lower()]
                year = int(match.group("year")) if match.group("year") else (
                    published.year if month <= published.month else published.year - 1)
                if (year, month) <= (published.year, published.month):
                    found.append((offset + match.start(), f"{year:04d}-{month:02d}"))
    return list(dict.fromkeys(month for _, month in sorted(found)))[:MAX_NAMED_DATES]


def victims(text: str) -> set[str]:
    """The people the text describes by age and sex: "a 23-year-old man" -> "23 male"."""
    return {f"{int(age)} {_SEXES[word]}" for age, word in _VICTIM.findall(text) if 0 < int(age) < 100}


def reference_keys(text: str, published: dt.date | None) -> list[str]:
    """A document's incident dates and victims as identity keys ("date:2015-05-07", "victim:23 male")."""
    return ([f"{DATE_KEY}{d.isoformat()}" for d in incident_dates(text, published)]
            + [f"{MONTH_KEY}{m}" for m in incident_months(text, published)]
            + [f"{VICTIM_KEY}{v}" for v in sorted(victims(text))])


def named_date(a: Event, b: Event, keys: Mapping[str, Collection[str]] | None) -> dt.date | None:
    """A date one report's document gives the incident that is the other report's date (a day either way: "late
    Saturday" and "early Sunday"), or None. Only a date known to the day is named so."""
    if not keys:
        return None
    for x, y in ((a, b), (b, a)):
        if y.event_date is None or (y.date_precision or "day") != "day":
            continue
        for key in keys.get(x.event_id, ()):
            if key.startswith(DATE_KEY):
                named = dt.date.fromisoformat(key.removeprefix(DATE_KEY))
                if abs((named - y.event_date).days) <= 1:
                    return named
    return None


def named_month(a: Event, b: Event, keys: Mapping[str, Collection[str]] | None) -> str | None:
    """The month ("YYYY-MM") one report's document gives the incident without its day ("an April shooting") that is the
    other report's month, or None."""
    if not keys:
        return None
    for x, y in ((a, b), (b, a)):
        if y.event_date is None or (y.date_precision or "day") not in ("day", "week", "month"):
            continue
        if f"{MONTH_KEY}{y.event_date:%Y-%m}" in keys.get(x.event_id, ()):
            return f"{y.event_date:%Y-%m}"
    return None


def date_keys_around(day: dt.date) -> list[str]:
    """The date keys a document that names ``day`` (a day either way) may have: what the store looks up in the keys of
    a candidate's reports, so that a first report's follow-up dated weeks later finds what it names."""
    return [f"{DATE_KEY}{(day + dt.timedelta(days=d)).isoformat()}" for d in (-1, 0, 1)] + [f"{MONTH_KEY}{day:%Y-%m}"]

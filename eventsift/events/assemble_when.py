"""When: the date of an incident, its precision, and whether it is background rather than news."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventsift.events.draft import Draft, evidence
from eventsift.nlp.timex import TimeExpression
from eventsift.records import Document, Evidence, Sentence

# An incident that ended this long before the report is background, not news (the seed's "in 2015").
HISTORICAL_AFTER_DAYS = 90

# Date precisions, sharpest first.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# ACLED's time precision by date precision, for an incident with a date of its own (1 day, 2 week, 3 longer);
# an incident dated by the report's lead or its publication gets 2.
TIME_PRECISION = {"day": 1, "week": 2}
UNDATED_TIME_PRECISION = 2


@dataclass(slots=True, kw_only=True)
class When:
    event_date: dt.date
    date_end: dt.date | None  # None for a single day
    precision: str
    time_precision: int
    historical: bool
    evidence: list[Evidence]


def _the_deeds_day(lead_date: tuple[TimeExpression, Sentence], draft: Draft) -> bool:
    """The lead's day told in the arrest's own sentence but outside its words: the day of the deed the arrest is for
    ("police have arrested two men | in connection with the shooting of a boy on May 9"), not the arrest's."""
    time, sentence = lead_date
    return any(c.sentence.index == sentence.index for c in draft.clauses) \
        and not any(c.span.start <= time.start < c.span.end for c in draft.clauses)


# The longest an incident's own days run on from its first (an offensive, a siege, a riot over days).
SPAN_DAYS = 31


def when(draft: Draft, *, document: Document, published: dt.date,
         lead_date: tuple[TimeExpression, Sentence] | None, date_basis: str = "known", arrests: bool = False) -> When:
    """The incident's own date, else the report lead's (``lead_date``), else the day of publication. A day the lead
    names inside the week-long span of a looser own date ("over the weekend", "this week") sharpens it.

    Without a known report date a day counted from it ("on Friday", or the report's own day) is only as sure as
    the year: year precision, ACLED time precision 3. ``date_basis`` is "known"; "year" when ``published`` stands
    in from the latest year the text writes (background only in an earlier year: "Feb. 7" and "Dec. 2" of that
    year are both news); "none" when it is today (nothing is background by its distance from a made-up day).

    The day of an arrest ("was arrested Sunday") dates the incident only when it is an arrest (``arrests``) or
    nothing else does: the deed it is for came first, on the lead's day when the lead names one no later.
    """
    dates = draft.dates
    if not arrests and dates and all(d.arrest for d in dates) and lead_date is not None \
            and lead_date[0].date <= min(d.date for d in dates) and not lead_date[0].arrest:
        dates = []
    elif not arrests:
        dates = [d for d in dates if not d.arrest] or dates
    found = []
    relative = True
    if dates:  # a date that names the incident ("the 2012 shooting") wins; else the most precise, the earliest
        # "last night" in a quotation counts from when someone spoke, often a day after: the narration's own first
        # (also over a quotation's "tonight's shootings", which names the incident from the speaker's day)
        dates = [d for d in dates if not (d.quoted and d.relative)] or dates
        named = [d for d in dates if d.names_incident]  # of those ("on Oct. 10" over "this month"), and, when none
        # names a day, a day inside a looser one that names the incident ("the 2019 shooting ... on Aug. 4, 2019")
        sharper = [d for d in dates if not d.names_incident and any(
            n.date <= d.date and d.date_end <= n.date_end and _rank(d) < _rank(n) for n in named)] \
            if all(n.precision != "day" for n in named) else []
        dates = [*named, *sharper] or dates
        first = min(dates, key=lambda d: (_rank(d), d.date))
        # (an incident's days run on for weeks at most: "today" beside "on 3 June 1982" is the day of other news)
        event_date = first.date
        date_end = min(max([first.date_end, *(d.date_end for d in dates if (d.date_end - first.date).days <= SPAN_DAYS)]),
                       published)
        # ("Feb. 9" in a text that writes no year at all: its year is as made up as the report's day)
        precision, relative = first.precision, first.relative or first.yearless and date_basis == "none"
        clause = next(c for c in draft.clauses if first in c.dates)
        lent = next((s for s in clause.lent if s.start <= first.start < s.end), None)  # "It happened Saturday"
        found.append(evidence(document, clause, "event_date", first.start, first.end, sentence=lent))
        if precision == "week" and lead_date is not None and event_date <= lead_date[0].date <= date_end \
                and not lead_date[0].reporting:  # not the day of a vigil for "last week's shooting"
            # "a weekend shooting" told of on its day by the lead ("... about 2 a.m. Sunday"): the lead's day (not
            # within a month: "this month" spans too many days to be sure the lead's day is the same incident's)
            time, sentence = lead_date
            event_date, date_end, precision, relative = time.date, time.date, "day", time.relative
            found = [Evidence(document_id=document.id, field="event_date", sentence=sentence.text, start=time.start,
                              end=time.end)]
    elif lead_date is not None and not (arrests and (_the_deeds_day(lead_date, draft) or lead_date[0].names_incident)):
        # (nor a day the lead tells as the deed's: "in connection with last week's shooting", "the Jan. 12 death")
        time, sentence = lead_date
        event_date, date_end, precision, relative = time.date, min(time.date_end, published), time.precision, time.relative
        found.append(Evidence(document_id=document.id, field="event_date", sentence=sentence.text, start=time.start,
                              end=time.end))
    else:
        event_date, date_end, precision = published, published, "day"
    if date_basis == "known":
        historical = (published - date_end).days > HISTORICAL_AFTER_DAYS
    else:
        historical = date_basis == "year" and date_end.year < published.year
    if date_basis != "known" and relative:  # counted from a stand-in report date: only the year is sure
        date_end, precision, time_precision = event_date, "year", 3
    else:
        time_precision = TIME_PRECISION.get(precision, 3) if dates else UNDATED_TIME_PRECISION
    return When(event_date=event_date, date_end=date_end if date_end != event_date else None, precision=precision,
                time_precision=time_precision, historical=historical, evidence=found)


def _rank(time: TimeExpression) -> int:
    """How sharp a date is: 0 for a day, higher for looser ones (PRECISION_RANK)."""
    return PRECISION_RANK.get(time.precision, len(PRECISION_RANK))

"""One event from its reports: descriptive fields from the most precise report, every count kept with its source
(the toll history), low / best / high across sources, and a later version of one article replacing the earlier."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventsift.records import Event, Source
from eventsift.store.merge_rules import PRECISION_DAYS, REVISION_MARK

# Fields a merged event takes from its most precise report (missing ones filled from the others).
_DESCRIPTIVE = (
    "sub_event_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "inter1", "inter2",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geonameid", "geo_precision",
    "cameo", "plover", "gtd_attack_type", "date_end", "time_precision",
)
# Counts whose every value is kept with its source; the merged value follows the latest report.
COUNT_FIELDS = ("fatalities", "injured", "abducted", "arrested")


@dataclass(slots=True, kw_only=True)
class FieldValue:
    """One report's value for a field, with the report it came from."""

    value: Any
    document_id: str
    report_id: str
    published: dt.date | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "document_id": self.document_id,
            "report_id": self.report_id,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(slots=True, kw_only=True)
class Merged:
    """A merged event and, per count field, every source's value in publication order."""

    event: Event
    values: dict[str, list[FieldValue]]

def article_key(report: Event) -> str:
    """What identifies the article a report comes from across its versions: its URL, else its document id without
    the revision mark."""
    urls = [s.url for s in report.sources if s.document_id == report.document_id and s.url]
    if urls:
        return "url:" + urls[0].strip().rstrip("/").lower()
    return "doc:" + report.document_id.split(REVISION_MARK)[0]


def current_reports(reports: Sequence[Event]) -> list[Event]:
    """The reports not superseded by a later version of their article (reports in the order they arrived)."""
    return [r for i, r in enumerate(reports)
            if not any(later.document_id != r.document_id and article_key(later) == article_key(r) for later in reports[i + 1:])]


def _published(report: Event) -> dt.date:
    dates = [s.published for s in report.sources if s.document_id == report.document_id and s.published]
    return dates[0] if dates else dt.date.min


def _precision_key(report: Event) -> tuple[int, int, int]:
    filled = sum(getattr(report, name) is not None for name in _DESCRIPTIVE)
    date_rank = list(PRECISION_DAYS).index(report.date_precision) if report.date_precision in PRECISION_DAYS else 9
    return (report.geo_precision or 9, date_rank, -filled)


def count_values(reports: Sequence[Event], name: str) -> list[FieldValue]:
    """Every report's value of a count field, oldest publication first."""
    values = [
        FieldValue(value=getattr(r, name), document_id=r.document_id, report_id=r.event_id, published=_published(r))
        for r in reports
        if getattr(r, name) is not None
    ]
    values.sort(key=lambda v: (v.published or dt.date.min))
    for v in values:
        if v.published == dt.date.min:
            v.published = None
    return values


def _latest_best(values: list[FieldValue]) -> int | None:
    """The toll of the latest report; among reports of the same day the lowest (the conservative one)."""
    if not values:
        return None
    latest = max((v.published or dt.date.min) for v in values)
    return min(v.value for v in values if (v.published or dt.date.min) == latest)


def _per_document(values: list[FieldValue]) -> list[FieldValue]:
    """One value per document: a document that codes its incident twice (on its date and on the publication date)
    tells one toll, the higher of its two (the other event holds the part of the story told apart: the arrest, the
    funeral), not two sources of which the lower would count as the day's conservative toll."""
    kept: dict[str, FieldValue] = {}
    for value in values:
        if value.value is not None and (value.document_id not in kept or value.value > kept[value.document_id].value):
            kept[value.document_id] = value
    return [v for v in values if kept.get(v.document_id) is v]


def reconcile(reports: Sequence[Event], *, event_id: str | None = None) -> Merged:
    """One event from its reports: descriptive fields from the most precise report, counts from the latest.

    Fatalities keep low / best / high across sources: low is the smallest value any source gave,
    high the largest, best the latest report's (a follow-up revising a toll updates the event). A later version of
    one article (its URL, or a revised document) supersedes the earlier one: its counts replace the earlier's even on
    the same publication day, which stay in ``values`` as the toll's history.
    """
    if not reports:
        raise ValueError("reconcile needs at least one report")
    # Background reports (an earlier incident a later report recalls) are sources of a current event, not what it
    # says: its values come from its current reports, and it stays current.
    background = all(r.historical for r in reports)
    told = [r for r in reports if background or not r.historical]
    ordered = sorted(told, key=_precision_key)
    first = reports[0]
    merged = dataclasses.replace(ordered[0], event_id=event_id or first.event_id, document_id=first.document_id,
                                 historical=background)
    for name in _DESCRIPTIVE:
        if getattr(merged, name) is None:
            for other in ordered[1:]:
                if getattr(other, name) is not None:
                    setattr(merged, name, getattr(other, name))
                    break
    dated = [r.event_date for r in told if r.event_date and (r.date_precision or "day") == "day"]
    if dated:
        merged.event_date = min(dated)
    # Every version's counts are kept (values, the toll history); an updated article's replace its earlier version's.
    values = {name: count_values(reports, name) for name in COUNT_FIELDS}
    current = current_reports(told)
    for name in COUNT_FIELDS:
        setattr(merged, name, _latest_best(_per_document(count_values(current, name))))
    lows = _per_document([FieldValue(value=r.fatalities_low if r.fatalities_low is not None else r.fatalities,
                                     document_id=r.document_id, report_id=r.event_id) for r in current])
    highs = _per_document([FieldValue(value=r.fatalities_high if r.fatalities_high is not None else r.fatalities,
                                      document_id=r.document_id, report_id=r.event_id) for r in current])
    lows = [v.value for v in lows if v.value is not None]
    highs = [v.value for v in highs if v.value is not None]
    if merged.fatalities is not None:
        merged.fatalities_low = min(lows + [merged.fatalities])
        merged.fatalities_high = max(highs + [merged.fatalities])
    # The strongest certainty any report gives: one confirmation outweighs claims.
    certainty_order = ["confirmed", "reported", "claimed", "unconfirmed", "denied"]
    merged.certainty = min((r.certainty for r in reports), key=lambda c: certainty_order.index(c) if c in certainty_order else 9)
    merged.evidence = [e for r in reports for e in r.evidence]
    merged.sources = _sources(reports)
    return Merged(event=merged, values=values)


def _sources(reports: Sequence[Event]) -> list[Source]:
    seen: dict[str, Source] = {}
    for report in reports:
        for source in report.sources or [Source(document_id=report.document_id)]:
            seen.setdefault(source.document_id, source)
    return list(seen.values())

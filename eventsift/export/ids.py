"""The ids events are exported under: content-derived from the reports an event was coded from, so the same
corpus gives the same ids in whatever order it was ingested."""

from __future__ import annotations

from eventsift.export.mappings import country_codes
from eventsift.records import Event, content_id

# Digits of the number in ACLED's event_id_cnty ("PAK" + number): 12 digits of the export id's hash keep
# two events of one country apart (a clash is below 1 in 200 at 100,000 events of one country).
EVENT_NUMBER_DIGITS = 12


def report_keys(event: Event) -> list[tuple[str, int, int]]:
    """(document id, start, end) of each report's trigger (its event_type evidence), sorted."""
    return sorted({(ev.document_id, ev.start, ev.end) for ev in event.evidence if ev.field == "event_type"})


def export_id(event: Event) -> str:
    """The event's id in exports: a hash of the triggers of the reports it merges, independent of the order
    they were ingested in (the store's own id is its first report's). Without trigger evidence, the
    store's id (itself a hash of its first report's document and trigger)."""
    keys = report_keys(event)
    if not keys:
        return event.event_id
    return content_id(*(f"{doc}:{start}:{end}" for doc, start, end in keys), prefix="ev-")


def event_number(event: Event) -> int:
    """A number for ACLED's event_id_cnty, derived from ``export_id``."""
    digest = content_id(export_id(event), length=16)
    return int(digest, 16) % 10**EVENT_NUMBER_DIGITS


def acled_event_id(event: Event) -> str:
    """ACLED's event_id_cnty: the ISO 3166 alpha-3 code and a number stable for the event ("PAK48213...")."""
    _, iso3 = country_codes(event.country)
    return f"{iso3 or 'XXX'}{event_number(event)}"

"""Stand-in pipelines: one that replays the gold coding, one that codes nothing.

They bound what the scorer can report (every figure 1.0 and 0.0 respectively), which checks an
adapter and the scorer against each other on any data set, and serve as fakes in tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventsift.evaluate.gold import GoldDocument, GoldEvent, labels, sub_event_parent
from eventsift.pipeline import Processed
from eventsift.records import Document, Event, Rejected, content_id


def event_from_gold(gold: GoldEvent, *, document_id: str) -> Event:
    """The prediction a perfect coder would make for a gold event: the first accepted value of each field."""
    sub = gold.sub_event_types[0] if gold.sub_event_types else None
    event_type = (sub_event_parent(sub) if sub else None) or (gold.event_types[0] if gold.event_types else "Battles")
    if event_type not in gold.event_types and gold.event_types:
        event_type = gold.event_types[0]
    if sub is None or sub not in labels()["acled_types"].get(event_type, []):
        sub = labels()["acled_types"].get(event_type, ["Other"])[0]
    actor1 = gold.actor1[0] if gold.actor1 else (gold.perpetrators[0] if gold.perpetrators else None)
    return Event(
        event_id=content_id(document_id, gold.label, gold.name, gold.date_low, gold.location),
        document_id=document_id,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        actor2=gold.actor2[0] if gold.actor2 else None,
        inter1=gold.inter1,
        inter2=gold.inter2 or None,
        event_date=gold.date_low,
        date_end=gold.date_high,
        date_precision=gold.date_precisions[0] if gold.date_precisions else None,
        country=gold.country,
        admin1=gold.admin1,
        location=gold.location,
        latitude=gold.latitude,
        longitude=gold.longitude,
        geo_precision=gold.geo_precisions[0] if gold.geo_precisions else None,
        fatalities=gold.fatalities_low,
        injured=gold.injured_low,
        abducted=gold.abducted_low,
        gtd_attack_type=gold.gtd_attack_type,
        certainty=gold.certainties[0] if gold.certainties else "confirmed",
        historical=bool(gold.historical),
    )


class GoldPipeline:
    """Answers every document with its own gold events (optional ones included)."""

    def __init__(self, gold: Iterable[GoldDocument]) -> None:
        self._by_id = {g.document.id: g for g in gold}

    def process(self, document: Document) -> list[Event]:
        gold = self._by_id.get(document.id)
        return [event_from_gold(e, document_id=document.id) for e in gold.events] if gold else []

    def process_many(self, items: Iterable[Document | Rejected], *, batch_size: int = 32) -> Iterator[Processed | Rejected]:
        for item in items:
            yield item if isinstance(item, Rejected) else Processed(document=item, events=self.process(item))


class EmptyPipeline:
    """Codes nothing from any document."""

    def process(self, document: Document) -> list[Event]:
        return []

    def process_many(self, items: Iterable[Document | Rejected], *, batch_size: int = 32) -> Iterator[Processed | Rejected]:
        for item in items:
            yield item if isinstance(item, Rejected) else Processed(document=item, events=[])

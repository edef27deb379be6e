"""Invented reports for the merge tests: one event of one document, its evidence sentences and its source."""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventsift.records import Document, Event, Evidence, Source


def make_report(doc: str, text: str, *, town: dict, date: dt.date, published: dt.date | None = None, **fields) -> Event:
    """A shooting in ``town`` on ``date``, told in the "|"-separated sentences of ``text``."""
    base = dict(event_id=f"{doc}-1", document_id=doc, event_type="Violence against civilians", sub_event_type="Attack",
                actor1="Unidentified Armed Group (United States)", actor2="Civilians (United States)",
                event_date=date, date_precision="day", **town)
    base.update(fields)
    event = Event(**base)
    event.evidence = [Evidence(document_id=doc, field="event_type", sentence=s, start=0, end=len(s)) for s in text.split("|")]
    event.sources = [Source(document_id=doc, published=published or date)]
    return event


def numbered_report(doc: str, n: int, text: str, *, town: dict, date: dt.date, published: dt.date, **fields) -> Event:
    """Report ``n`` of document ``doc``: a shooting in ``town`` on ``date``, told in the "|"-separated sentences of
    ``text``."""
    base = dict(event_id=f"{doc}-{n}", document_id=doc, event_type="Violence against civilians", sub_event_type="Attack",
                actor1="Unidentified Armed Group (United States)", actor2="Civilians (United States)",
                event_date=date, date_precision="day", **town)
    base.update(fields)
    return Event(**base, evidence=[Evidence(document_id=doc, field="event_type", sentence=s, start=0, end=len(s))
                                   for s in text.split("|")],
                 sources=[Source(document_id=doc, published=published)])


def ingest(store, doc: str, text: str, events: list[Event]) -> list[str]:  # noqa: ANN001 - a Store
    """Store ``events`` as the reports of document ``doc``; the ids of the events they joined or made."""
    document = Document(id=doc, text=text, published=events[0].sources[0].published)
    return store.ingest(document, [dataclasses.replace(e) for e in events]).event_ids

"""Invented reports for the merge tests: one event of one document, its evidence sentences and its source."""

from __future__ import annotations

import datetime as dt

from eventsift.records import Event, Evidence, Source


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

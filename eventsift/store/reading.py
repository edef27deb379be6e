"""The store's reads as typed records (the API's JSON reads are in ``queries``): merged events with their
evidence and sources, one event's members and change log, and a comparable snapshot of every table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from eventsift.records import Event, Evidence, Source
from eventsift.store import schema
from eventsift.store.corrections import resolve_id
from eventsift.store.schema import EVENT_FIELD_NAMES


@dataclass(slots=True, kw_only=True)
class Member:
    """A report that is part of a merged event, and why it was merged."""

    report: Event
    document_id: str
    criteria: dict[str, Any]
    joined_at: dt.datetime | None = None


@dataclass(slots=True, kw_only=True)
class Correction:
    event_id: str
    action: str  # confirm | edit | reject | revise | absorb (another event of the same incident merged in)
    field: str | None
    old: str | None
    new: str | None
    who: str
    at: dt.datetime
    note: str | None = None


@dataclass(slots=True, kw_only=True)
class EventDetail:
    event: Event
    status: str
    members: list[Member]
    corrections: list[Correction]
    field_values: dict[str, list[dict[str, Any]]]


def events_query(*, since: dt.date | None = None, until: dt.date | None = None, country: str | None = None,
                 event_type: str | None = None, include_rejected: bool = False, limit: int | None = None) -> sa.Select:
    """The merged events matching the filters, oldest first."""
    e = schema.events
    query = sa.select(e)
    if since:
        query = query.where(e.c.event_date >= since)
    if until:
        query = query.where(e.c.event_date <= until)
    if country:
        query = query.where(sa.func.lower(e.c.country) == country.lower())
    if event_type:
        query = query.where(sa.func.lower(e.c.event_type) == event_type.lower())
    if not include_rejected:
        query = query.where(e.c.status != "rejected")
    query = query.order_by(e.c.event_date, e.c.created_at, e.c.id)
    if limit:
        query = query.limit(limit)
    return query


def hydrate(conn: Connection, rows: list[Any]) -> list[Event]:
    """Events from their rows, with their evidence and sources."""
    ids = [row.id for row in rows]
    evidence: dict[str, list[Evidence]] = {i: [] for i in ids}
    sources: dict[str, list[Source]] = {i: [] for i in ids}
    for chunk in _chunks(ids, 500):
        ev = schema.evidence
        for row in conn.execute(sa.select(ev).where(ev.c.event_id.in_(chunk)).order_by(ev.c.id)):
            evidence[row.event_id].append(Evidence(document_id=row.document_id, field=row.field, sentence=row.sentence,
                                                   start=row.start_char, end=row.end_char))
        s = schema.sources
        for row in conn.execute(sa.select(s).where(s.c.event_id.in_(chunk)).order_by(s.c.published, s.c.document_id)):
            sources[row.event_id].append(Source(document_id=row.document_id, url=row.url, publisher=row.publisher, published=row.published))
    return [
        Event(event_id=row.id, document_id=row.document_id, evidence=evidence[row.id], sources=sources[row.id],
              **{name: getattr(row, name) for name in EVENT_FIELD_NAMES})
        for row in rows
    ]


def event_detail(conn: Connection, event_id: str) -> EventDetail:
    """An event with its member reports, the criteria that merged each, and its change log."""
    event_id = resolve_id(conn, event_id)
    row = conn.execute(sa.select(schema.events).where(schema.events.c.id == event_id)).one()
    event = hydrate(conn, [row])[0]
    m, r, c = schema.event_members, schema.reports, schema.corrections
    members = [
        Member(report=Event.from_dict(x.data), document_id=x.document_id, criteria=x.criteria, joined_at=x.joined_at)
        for x in conn.execute(sa.select(m, r.c.data).join(r, r.c.id == m.c.report_id).where(m.c.event_id == event_id).order_by(m.c.joined_at, m.c.report_id))
    ]
    log_rows = conn.execute(sa.select(c).where(c.c.event_id == event_id).order_by(c.c.id))
    changes = [Correction(event_id=x.event_id, action=x.action, field=x.field, old=x.old, new=x.new, who=x.who, at=x.at, note=x.note) for x in log_rows]
    return EventDetail(event=event, status=row.status, members=members, corrections=changes, field_values=row.field_values)


def snapshot(conn: Connection) -> dict[str, list[tuple]]:
    """Every table's content without timestamps or row numbers, sorted: equal stores give equal snapshots."""
    skip = {"ingested_at", "created_at", "updated_at", "joined_at", "at", "id"}
    out: dict[str, list[tuple]] = {}
    for table in schema.metadata.sorted_tables:
        cols = [c for c in table.c if c.name not in skip or (c.name == "id" and not isinstance(c.type, sa.Integer))]
        rows = conn.execute(sa.select(*cols))
        out[table.name] = sorted((tuple(repr(v) for v in row) for row in rows))
    return out


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]

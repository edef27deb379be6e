"""Placing a stored report in its incident: the merged event it matches (with the other events it shows to be
the same incident, absorbed into it), or a new event; then the event's values recomputed from its reports with
the analysts' corrections re-applied, and its evidence and sources linked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from eventsift.records import Event
from eventsift.store import merge, schema
from eventsift.store.candidates import candidates
from eventsift.store.connect import insert_ignore
from eventsift.store.corrections import apply_corrections, log_change
from eventsift.store.schema import EVENT_FIELD_NAMES


def place_report(conn: Connection, report: Event, now: dt.datetime, *, keys: Sequence[str] = ()) -> tuple[str, bool]:
    """Attach a report to the incident it matches (or found a new one); returns (event id, merged). ``keys``: the
    report's identity keys (merge.document_keys), stored in merge_keys."""
    groups, known = candidates(conn, report, keys)
    hit, same = merge.placement(report, [members for _, members in groups], keys=known)
    if hit is None:
        event_id, criteria, members = report.event_id, {}, [report]
    else:
        event_id, existing = groups[hit[0]]
        criteria, members = hit[1].as_dict(), [*existing, report]
        # Other events the report fits too: the same incident, split when its first reports were coded apart.
        for index in same:
            other, others = groups[index]
            if absorb(conn, event_id, other, now):
                members = [*members[:-1], *others, report]
    if hit is None:
        save_event(conn, event_id, members, now, new=True)
    conn.execute(
        sa.insert(schema.event_members).values(
            report_id=report.event_id, event_id=event_id, document_id=report.document_id, criteria=criteria, joined_at=now
        )
    )
    if hit is not None:
        save_event(conn, event_id, members, now, new=False)
    link(conn, event_id, report)
    return event_id, hit is not None


def absorb(conn: Connection, event_id: str, other: str, now: dt.datetime) -> bool:
    """Move the reports of event ``other`` into ``event_id`` (with their evidence, sources and change log) and drop
    ``other``; not when an analyst has confirmed, rejected or edited it. Returns whether it was moved."""
    c = schema.corrections
    if conn.execute(sa.select(c.c.id).where(c.c.event_id == other, c.c.action.in_(("edit", "confirm", "reject")))).first():
        return False
    for table in (schema.event_members, schema.evidence, schema.corrections):
        conn.execute(sa.update(table).where(table.c.event_id == other).values(event_id=event_id))
    s = schema.sources
    for row in conn.execute(sa.select(s).where(s.c.event_id == other)).all():
        insert_ignore(conn, s, {**row._mapping, "event_id": event_id})
    conn.execute(sa.delete(s).where(s.c.event_id == other))
    conn.execute(sa.delete(schema.events).where(schema.events.c.id == other))
    log_change(conn, event_id, "absorb", None, other, event_id, who="merge", at=now,
               note=f"event {other} is the same incident: a later report fits both")
    return True


def save_event(conn: Connection, event_id: str, members: list[Event], now: dt.datetime, *, new: bool) -> None:
    """Write the event reconciled from its member reports: a new row, or an update whose changed counts are logged."""
    merged = merge.reconcile(members, event_id=event_id)
    event = merged.event
    status = apply_corrections(conn, event_id, event) if not new else "active"
    values = {name: getattr(event, name) for name in EVENT_FIELD_NAMES}
    field_values = {k: [v.as_dict() for v in vs] for k, vs in merged.values.items() if vs}
    e = schema.events
    if new:
        conn.execute(
            sa.insert(e).values(
                id=event_id, document_id=event.document_id, status=status, field_values=field_values,
                created_at=now, updated_at=now, **values,
            )
        )
        return
    old = conn.execute(sa.select(e).where(e.c.id == event_id)).one()._mapping
    for name in merge.COUNT_FIELDS + ("fatalities_low", "fatalities_high"):
        if old[name] != values[name]:
            log_change(conn, event_id, "revise", name, old[name], values[name], who="merge", at=now,
                       note=f"report {members[-1].event_id} from document {members[-1].document_id}")
    conn.execute(sa.update(e).where(e.c.id == event_id).values(status=status, field_values=field_values, updated_at=now, **values))


def link(conn: Connection, event_id: str, report: Event) -> None:
    """The report's evidence and source, kept under the event."""
    for ev in report.evidence:
        insert_ignore(conn, schema.evidence, dict(
            event_id=event_id, report_id=report.event_id, document_id=report.document_id, field=ev.field,
            sentence=ev.sentence, start_char=ev.start, end_char=ev.end,
        ))
    src = report.sources[0]
    insert_ignore(conn, schema.sources, dict(
        event_id=event_id, document_id=src.document_id, url=src.url, publisher=src.publisher, published=src.published
    ))

"""Analysts' corrections and the change log: confirming, rejecting and editing an event, re-applying the edits
when later reports recompute it, and reading a field's value from its text form."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from eventsift.errors import StoreError
from eventsift.records import Event
from eventsift.store import merge, queries, schema, validate
from eventsift.store.schema import EVENT_COLUMNS, EVENT_FIELD_NAMES

STATUSES = ("active", "confirmed", "rejected")
_COLUMN_TYPES = {c.name: c for c in EVENT_COLUMNS}
EDITABLE_FIELDS: tuple[str, ...] = EVENT_FIELD_NAMES


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def log_change(conn: Connection, event_id: str, action: str, name: str | None, old: Any, new: Any, *,
               who: str, at: dt.datetime, note: str | None = None) -> None:
    """One row of the change log."""
    conn.execute(sa.insert(schema.corrections).values(
        event_id=event_id, action=action, field=name, old=_text(old), new=_text(new), who=who, at=at, note=note,
    ))


def apply_corrections(conn: Connection, event_id: str, event: Event) -> str:
    """Re-apply analysts' edits on top of recomputed values; returns the event's status."""
    c = schema.corrections
    status = "active"
    rows = conn.execute(sa.select(c).where(c.c.event_id == event_id, c.c.action.in_(("edit", "confirm", "reject"))).order_by(c.c.id))
    for row in rows:
        if row.action == "edit":
            setattr(event, row.field, parse_value(row.field, row.new))
            if row.field == "fatalities":
                _widen_range(event, event.fatalities)
        else:
            status = "confirmed" if row.action == "confirm" else "rejected"
    return status


def resolve_id(conn: Connection, event_id: str) -> str:
    """The merged event's id for an event or report id; StoreError when unknown."""
    found = queries.resolve_id(conn, event_id)
    if found is None:
        raise StoreError(f"no event {event_id!r}")
    return found


def set_status(conn: Connection, event_id: str, action: str, *, by: str, note: str | None) -> str:
    """Confirm or reject (``action``) an event, logged; returns its id."""
    event_id = resolve_id(conn, event_id)
    e = schema.events
    old = conn.execute(sa.select(e.c.status).where(e.c.id == event_id)).scalar_one()
    new = "confirmed" if action == "confirm" else "rejected"
    now = utcnow()
    log_change(conn, event_id, action, "status", old, new, who=by, at=now, note=note)
    conn.execute(sa.update(e).where(e.c.id == event_id).values(status=new, updated_at=now))
    return event_id


def parse_changes(changes: dict[str, str]) -> dict[str, Any]:
    """Fields as text (``{"fatalities": "4"}``) parsed by their types and checked together."""
    return validate.complete({name: parse_value(name, value) for name, value in changes.items()})


def edit(conn: Connection, event_id: str, parsed: dict[str, Any], *, by: str, note: str | None) -> str:
    """Set parsed field values, each change logged, keeping the fatality range around the toll; returns the id."""
    event_id = resolve_id(conn, event_id)
    e = schema.events
    old = conn.execute(sa.select(e).where(e.c.id == event_id)).one()._mapping
    now = utcnow()
    for name, value in parsed.items():
        log_change(conn, event_id, "edit", name, old[name], value, who=by, at=now, note=note)
    values = dict(parsed)
    if "fatalities" in parsed and parsed["fatalities"] is not None:  # keep low <= best <= high
        low, high = old["fatalities_low"], old["fatalities_high"]
        values.setdefault("fatalities_low", parsed["fatalities"] if low is None else min(low, parsed["fatalities"]))
        values.setdefault("fatalities_high", parsed["fatalities"] if high is None else max(high, parsed["fatalities"]))
    validate.check_event({**old, **values}, changed=parsed)  # raises CorrectionError naming the field
    conn.execute(sa.update(e).where(e.c.id == event_id).values(updated_at=now, **values))
    return event_id


def parse_value(name: str, text: str | None) -> Any:
    """A field's value from its text form (as typed on the command line or kept in the change log)."""
    column = _COLUMN_TYPES.get(name)
    if column is None:
        raise StoreError(f"unknown or read-only field {name!r}; editable: {', '.join(EDITABLE_FIELDS)}")
    if text is None or text.strip().lower() in ("", "null", "none"):
        if not column.nullable:
            raise StoreError(f"{name} cannot be empty")
        return None
    text = text.strip()
    try:
        if isinstance(column.type, sa.Boolean):
            if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(text)
            return text.lower() in ("true", "1", "yes")
        if isinstance(column.type, sa.Integer):
            return int(text)
        if isinstance(column.type, sa.Float):
            return float(text)
        if isinstance(column.type, sa.Date):
            return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise StoreError(f"{name}: cannot read {text!r} as {column.type}") from exc
    if name == "event_type" and text not in merge.EVENT_TYPES:
        raise StoreError(f"event_type must be one of: {', '.join(sorted(merge.EVENT_TYPES))}")
    return text


def _widen_range(event: Event, best: int | None) -> None:
    """Keep fatalities_low <= fatalities <= fatalities_high after an analyst sets the toll."""
    if best is None:
        return
    event.fatalities_low = best if event.fatalities_low is None else min(event.fatalities_low, best)
    event.fatalities_high = best if event.fatalities_high is None else max(event.fatalities_high, best)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)

"""The store's reads for the API and the map: filtered pages, GeoJSON, timelines, facets, one event in full.

SQLAlchemy Core with bound parameters only. Rows are shaped as the output contract (``Event.as_dict`` field
names, ``event_id`` for the id) plus ``status`` (active | confirmed | rejected). ``Store`` calls these with a
read connection (``Store.query_events``, ``Store.events_geojson``, ...); nothing outside the store package
issues SQL.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from eventsift.store import schema
from eventsift.store.schema import EVENT_FIELD_NAMES

Interval = Literal["day", "week"]
# At most this many words of a free-text query are matched (each must appear): enough for a phrase,
# and it bounds the size of the SQL a request can produce.
MAX_QUERY_WORDS = 8
# Columns the free-text query looks in, besides the evidence sentences.
TEXT_COLUMNS = ("location", "admin1", "admin2", "country", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2",
                "sub_event_type")
ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
# Properties of a GeoJSON feature: what the map's markers, tooltips and table show.
FEATURE_FIELDS = ("event_type", "sub_event_type", "event_date", "location", "admin1", "country", "actor1", "actor2",
                  "fatalities", "injured", "certainty")

e = schema.events


@dataclass(slots=True, kw_only=True)
class EventFilter:
    """What /api/events, /api/events.geojson and /api/stats/timeline select. Text matches ignore case."""

    start: dt.date | None = None
    end: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # a part of any actor field
    min_fatalities: int | None = None
    q: str | None = None  # words that must each appear in a place, an actor or the evidence
    include_rejected: bool = False


def _like(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, with LIKE's wildcards taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _same(column: sa.ColumnElement, value: str) -> sa.ColumnElement:
    return sa.func.lower(column) == value.strip().lower()


def _word_matches(word: str) -> sa.ColumnElement:
    ev = schema.evidence
    in_evidence = sa.exists().where(ev.c.event_id == e.c.id, ev.c.sentence.ilike(_like(word), escape="\\"))
    return sa.or_(*(e.c[name].ilike(_like(word), escape="\\") for name in TEXT_COLUMNS), in_evidence)


def conditions(f: EventFilter) -> list[sa.ColumnElement]:
    """The WHERE clauses for a filter (bound parameters only)."""
    where: list[sa.ColumnElement] = []
    if not f.include_rejected:
        where.append(e.c.status != "rejected")
    if f.start:
        where.append(e.c.event_date >= f.start)
    if f.end:
        where.append(e.c.event_date <= f.end)
    if f.bbox:
        west, south, east, north = f.bbox
        where.append(e.c.latitude.between(south, north))
        if west <= east:
            where.append(e.c.longitude.between(west, east))
        else:  # the box crosses the antimeridian
            where.append(sa.or_(e.c.longitude >= west, e.c.longitude <= east))
    for name in ("country", "admin1", "event_type", "sub_event_type"):
        value = getattr(f, name)
        if value:
            where.append(_same(e.c[name], value))
    if f.actor:
        where.append(sa.or_(*(e.c[name].ilike(_like(f.actor.strip()), escape="\\") for name in ACTOR_COLUMNS)))
    if f.min_fatalities is not None:
        where.append(e.c.fatalities >= f.min_fatalities)
    if f.q:
        where.extend(_word_matches(word) for word in f.q.split()[:MAX_QUERY_WORDS])
    return where


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def event_row(row: Any) -> dict[str, Any]:
    """An events row as the output contract's fields plus ``status``."""
    m = row._mapping
    out = {"event_id": m["id"], "document_id": m["document_id"]}
    out.update({name: _iso(m[name]) for name in EVENT_FIELD_NAMES})
    out["status"] = m["status"]
    return out


def list_events(conn: Connection, f: EventFilter, *, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of events newest first)."""
    where = conditions(f)
    total = conn.execute(sa.select(sa.func.count()).select_from(e).where(*where)).scalar_one()
    query = (
        sa.select(e).where(*where)
        .order_by(e.c.event_date.is_(None), e.c.event_date.desc(), e.c.id)
        .limit(limit).offset(offset)
    )
    return total, [event_row(row) for row in conn.execute(query)]


def events_geojson(conn: Connection, f: EventFilter, *, limit: int) -> dict[str, Any]:
    """A FeatureCollection of the filtered events that have coordinates."""
    where = [*conditions(f), e.c.latitude.is_not(None), e.c.longitude.is_not(None)]
    columns = [e.c.id, e.c.status, e.c.latitude, e.c.longitude, *(e.c[name] for name in FEATURE_FIELDS)]
    query = sa.select(*columns).where(*where).order_by(e.c.event_date.desc(), e.c.id).limit(limit)
    features = []
    for row in conn.execute(query):
        m = row._mapping
        props = {"event_id": m["id"], "status": m["status"], **{name: _iso(m[name]) for name in FEATURE_FIELDS}}
        features.append({
            "type": "Feature",
            "id": m["id"],
            "geometry": {"type": "Point", "coordinates": [m["longitude"], m["latitude"]]},
            "properties": props,
        })
    return {"type": "FeatureCollection", "features": features}


def period_start(day: dt.date, interval: Interval) -> dt.date:
    """The first day of the day or (ISO, Monday-based) week holding ``day``."""
    return day - dt.timedelta(days=day.weekday()) if interval == "week" else day


def timeline(conn: Connection, f: EventFilter, *, interval: Interval) -> list[dict[str, Any]]:
    """Counts and fatalities per period and event type, oldest first (events without a date are left out)."""
    query = (
        sa.select(e.c.event_date, e.c.event_type, sa.func.count().label("n"), sa.func.sum(e.c.fatalities).label("killed"))
        .where(*conditions(f), e.c.event_date.is_not(None))
        .group_by(e.c.event_date, e.c.event_type)
    )
    buckets: dict[tuple[dt.date, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in conn.execute(query):
        bucket = buckets[(period_start(row.event_date, interval), row.event_type)]
        bucket[0] += row.n
        bucket[1] += row.killed or 0
    return [
        {"period": period.isoformat(), "event_type": kind, "count": n, "fatalities": killed}
        for (period, kind), (n, killed) in sorted(buckets.items())
    ]


def facets(conn: Connection) -> dict[str, Any]:
    """Values the page offers as filters, over the events not rejected."""
    active = e.c.status != "rejected"

    def distinct(column: sa.Column) -> list[str]:
        query = sa.select(column).where(active, column.is_not(None)).distinct().order_by(column)
        return [value for (value,) in conn.execute(query)]

    first, last = conn.execute(sa.select(sa.func.min(e.c.event_date), sa.func.max(e.c.event_date)).where(active)).one()
    return {
        "event_types": distinct(e.c.event_type),
        "countries": distinct(e.c.country),
        "first_date": _iso(first),
        "last_date": _iso(last),
    }


def resolve_id(conn: Connection, event_id: str) -> str | None:
    """The merged event's id for an event id or the id of one of its reports; None when unknown."""
    if conn.execute(sa.select(e.c.id).where(e.c.id == event_id)).first():
        return event_id
    m = schema.event_members
    return conn.execute(sa.select(m.c.event_id).where(m.c.report_id == event_id)).scalar()


def _documents(conn: Connection, ids: Iterable[str]) -> list[dict[str, Any]]:
    d = schema.documents
    columns = (d.c.id, d.c.title, d.c.url, d.c.publisher, d.c.published, d.c.text)
    rows = conn.execute(sa.select(*columns).where(d.c.id.in_(sorted(set(ids)))).order_by(d.c.published, d.c.id))
    return [{k: _iso(v) for k, v in row._mapping.items()} for row in rows]


def get_event(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """One event with evidence, sources, members, the documents' text and its change log."""
    event_id = resolve_id(conn, event_id)
    if event_id is None:
        return None
    row = conn.execute(sa.select(e).where(e.c.id == event_id)).one()
    out = event_row(row)
    out["field_values"] = row.field_values
    ev, s, c, m = schema.evidence, schema.sources, schema.corrections, schema.event_members
    out["evidence"] = [
        {"document_id": r.document_id, "field": r.field, "sentence": r.sentence, "start": r.start_char, "end": r.end_char}
        for r in conn.execute(sa.select(ev).where(ev.c.event_id == event_id).order_by(ev.c.id))
    ]
    out["sources"] = [
        {"document_id": r.document_id, "url": r.url, "publisher": r.publisher, "published": _iso(r.published)}
        for r in conn.execute(sa.select(s).where(s.c.event_id == event_id).order_by(s.c.published, s.c.document_id))
    ]
    out["members"] = [
        {"report_id": r.report_id, "document_id": r.document_id, "criteria": r.criteria}
        for r in conn.execute(sa.select(m).where(m.c.event_id == event_id).order_by(m.c.joined_at, m.c.report_id))
    ]
    out["changes"] = [
        {"action": r.action, "field": r.field, "old": r.old, "new": r.new, "who": r.who, "when": _iso(r.at), "note": r.note}
        for r in conn.execute(sa.select(c).where(c.c.event_id == event_id).order_by(c.c.id))
    ]
    doc_ids = [x["document_id"] for x in out["sources"]] + [x["document_id"] for x in out["evidence"]]
    out["documents"] = _documents(conn, doc_ids or [out["document_id"]])
    return out

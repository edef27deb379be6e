"""The store's reads for the API and the map: filtered pages, GeoJSON, timelines, facets, one event in full.

SQLAlchemy Core with bound parameters only. Rows are shaped as the output contract (``Event.as_dict`` field
names, ``event_id`` for the id) plus ``status`` (active | confirmed | rejected). ``Store`` calls these with a
read connection (``Store.query_events``, ``Store.events_geojson``, ...); nothing outside the store package
issues SQL.
"""

from __future__ import annotations

import datetime as dt
import json
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
    return sa.func.lower(column) == value.strip().lower()  # indexed: ix_events_lower_* (migration 0003)


def _contains(column: sa.ColumnElement, value: str, *, dialect: str) -> sa.ColumnElement:
    """``value`` anywhere in ``column``, ignoring case. SQLite's LIKE already ignores (ASCII) case, as its lower()
    does: ILIKE there wraps both sides in lower() for the same answer at twice the cost."""
    if dialect == "sqlite":
        return column.like(_like(value), escape="\\")
    return column.ilike(_like(value), escape="\\")


def _word_matches(word: str, *, dialect: str) -> sa.ColumnElement:
    ev = schema.evidence
    # one pass over the evidence for the set of matching events, not a subquery per event (3x faster at 10,000)
    in_evidence = e.c.id.in_(sa.select(ev.c.event_id).where(_contains(ev.c.sentence, word, dialect=dialect)))
    return sa.or_(*(_contains(e.c[name], word, dialect=dialect) for name in TEXT_COLUMNS), in_evidence)


def conditions(f: EventFilter, *, dialect: str = "sqlite") -> list[sa.ColumnElement]:
    """The WHERE clauses for a filter (bound parameters only) in ``dialect``'s SQL."""
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
        where.append(sa.or_(*(_contains(e.c[name], f.actor.strip(), dialect=dialect) for name in ACTOR_COLUMNS)))
    if f.min_fatalities is not None:
        where.append(e.c.fatalities >= f.min_fatalities)
    if f.q:
        where.extend(_word_matches(word, dialect=dialect) for word in f.q.split()[:MAX_QUERY_WORDS])
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
    where = conditions(f, dialect=conn.dialect.name)
    order = (e.c.event_date.is_(None), e.c.event_date.desc(), e.c.id)
    if f.q:
        # a free-text filter reads every event's text and evidence: evaluate it once, for the ids in page order,
        # rather than once to count and again to page (half the CPU when a word is common)
        ids = list(conn.execute(sa.select(e.c.id).where(*where).order_by(*order)).scalars())
        page = ids[offset:offset + limit]
        rows = {row.id: row for row in conn.execute(sa.select(e).where(e.c.id.in_(page)))} if page else {}
        return len(ids), [event_row(rows[i]) for i in page if i in rows]
    total = conn.execute(sa.select(sa.func.count()).select_from(e).where(*where)).scalar_one()
    if total <= offset:
        return total, []
    query = sa.select(e).where(*where).order_by(*order).limit(limit).offset(offset)
    return total, [event_row(row) for row in conn.execute(query)]


def _json_functions(dialect: str) -> tuple[Any, Any]:
    """The SQL functions that build a JSON object and array in this database."""
    if dialect == "postgresql":
        return sa.func.json_build_object, sa.func.json_build_array
    return sa.func.json_object, sa.func.json_array


def _key(name: str) -> sa.ColumnElement:
    return sa.literal_column(f"'{name}'")  # names are this module's constants, never request text


def _feature(dialect: str) -> sa.ColumnElement:
    """One event's GeoJSON feature as JSON text, written by the database (SQLite's JSON1, PostgreSQL's
    json_build_object): building features as Python dicts and encoding them cost ~0.2 s of CPU for ten
    thousand, all of it under the GIL."""
    obj, arr = _json_functions(dialect)
    pairs = [("event_id", e.c.id), ("status", e.c.status), *((name, e.c[name]) for name in FEATURE_FIELDS)]
    properties = obj(*(x for name, column in pairs for x in (_key(name), column)))
    geometry = obj(_key("type"), _key("Point"), _key("coordinates"), arr(e.c.longitude, e.c.latitude))
    feature = obj(_key("type"), _key("Feature"), _key("id"), e.c.id, _key("geometry"), geometry,
                  _key("properties"), properties)
    return sa.cast(feature, sa.Text)


def geojson_members(conn: Connection, f: EventFilter, *, limit: int) -> list[tuple[str, Any]]:
    """(id, updated_at) of the filtered events with coordinates, newest first: what a FeatureCollection holds,
    read from the ix_events_map index alone when the filter allows."""
    where = [*conditions(f, dialect=conn.dialect.name), e.c.latitude.is_not(None), e.c.longitude.is_not(None)]
    query = sa.select(e.c.id, _changed()).where(*where).order_by(e.c.event_date.desc(), e.c.id).limit(limit)
    return conn.execute(query).all()  # type: ignore[return-value]  # rows are (id, changed) tuples


def _changed() -> sa.ColumnElement:
    """``updated_at`` as the database holds it: compared, never read as a date (parsing ten thousand cost more
    than the query)."""
    return sa.type_coerce(e.c.updated_at, sa.String).label("changed")


def geojson_features(conn: Connection, ids: list[str]) -> dict[str, tuple[Any, str]]:
    """id -> (updated_at, feature JSON text) for these events."""
    out: dict[str, tuple[Any, str]] = {}
    for start in range(0, len(ids), 500):
        query = sa.select(e.c.id, _changed(), _feature(conn.dialect.name).label("feature"))
        for row in conn.execute(query.where(e.c.id.in_(ids[start:start + 500]))):
            out[row.id] = (row.changed, row.feature)
    return out


def geojson_all_features(conn: Connection, f: EventFilter, *, limit: int) -> dict[str, tuple[Any, str]]:
    """id -> (updated_at, feature JSON text) for every filtered event with coordinates, in one pass (when most
    features must be built: a cold cache)."""
    where = [*conditions(f, dialect=conn.dialect.name), e.c.latitude.is_not(None), e.c.longitude.is_not(None)]
    query = (sa.select(e.c.id, _changed(), _feature(conn.dialect.name).label("feature")).where(*where)
             .order_by(e.c.event_date.desc(), e.c.id).limit(limit))  # the same events as geojson_members
    return {row.id: (row.changed, row.feature) for row in conn.execute(query)}


def collection(features: Iterable[str]) -> str:
    """A FeatureCollection from features' JSON texts."""
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


def geojson_text(conn: Connection, f: EventFilter, *, limit: int) -> str:
    """A FeatureCollection of the filtered events that have coordinates, as JSON text."""
    where = [*conditions(f, dialect=conn.dialect.name), e.c.latitude.is_not(None), e.c.longitude.is_not(None)]
    query = sa.select(_feature(conn.dialect.name)).where(*where).order_by(e.c.event_date.desc(), e.c.id).limit(limit)
    return collection(text for (text,) in conn.execute(query))


def events_geojson(conn: Connection, f: EventFilter, *, limit: int) -> dict[str, Any]:
    """The same FeatureCollection as a dict."""
    return json.loads(geojson_text(conn, f, limit=limit))


def period_start(day: dt.date, interval: Interval) -> dt.date:
    """The first day of the day or (ISO, Monday-based) week holding ``day``."""
    return day - dt.timedelta(days=day.weekday()) if interval == "week" else day


def _period(dialect: str, interval: Interval) -> sa.ColumnElement:
    """``period_start`` of each event's date, computed by the database."""
    if interval == "day":
        return e.c.event_date
    if dialect == "postgresql":
        return sa.cast(sa.func.date_trunc("week", e.c.event_date), sa.Date)
    # SQLite: %w is 0 on Sunday; step back (weekday + 6) % 7 days to the Monday
    back = (sa.cast(sa.func.strftime("%w", e.c.event_date), sa.Integer) + 6) % 7
    return sa.func.date(e.c.event_date, sa.literal("-") + sa.cast(back, sa.Text) + sa.literal(" days"))


def timeline(conn: Connection, f: EventFilter, *, interval: Interval) -> list[dict[str, Any]]:
    """Counts and fatalities per period and event type, oldest first (events without a date are left out)."""
    period = _period(conn.dialect.name, interval).label("period")
    query = (
        sa.select(period, e.c.event_type, sa.func.count().label("n"), sa.func.sum(e.c.fatalities).label("killed"))
        .where(*conditions(f, dialect=conn.dialect.name), e.c.event_date.is_not(None))
        .group_by(period, e.c.event_type)
        .order_by(period, e.c.event_type)
    )
    return [
        {"period": str(row.period)[:10], "event_type": row.event_type, "count": row.n, "fatalities": row.killed or 0}
        for row in conn.execute(query)
    ]


def facets(conn: Connection) -> dict[str, Any]:
    """Values the page offers as filters, over the events not rejected.

    One grouped pass over the ix_events_overview index (no table rows read), not a DISTINCT per field.
    """
    query = (
        sa.select(e.c.event_type, e.c.country, sa.func.min(e.c.event_date), sa.func.max(e.c.event_date))
        .where(e.c.status != "rejected")
        .group_by(e.c.event_type, e.c.country)
    )
    types: set[str] = set()
    countries: set[str] = set()
    dates: list[Any] = []
    for event_type, country, first, last in conn.execute(query):
        types.add(event_type)
        if country is not None:
            countries.add(country)
        dates += [d for d in (first, last) if d is not None]
    return {
        "event_types": sorted(types),
        "countries": sorted(countries),
        "first_date": _iso(min(dates)) if dates else None,
        "last_date": _iso(max(dates)) if dates else None,
    }


def data_version(conn: Connection) -> tuple[Any, ...]:
    """What changes whenever an event is added or changed: the count of events and the latest ``updated_at``.

    Every write that touches an event (ingest, merge, confirm, reject, edit) sets its ``updated_at`` inside the
    serialised write transaction, so the latest value only grows; a new event also changes the count. Both are
    read from indexes (ix_events_updated_at, ix_events_overview).
    """
    return tuple(conn.execute(sa.select(sa.func.count(), sa.func.max(e.c.updated_at)).select_from(e)).one())


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

"""The stored events a new report may merge with: those near its date and place (index ranges of
ix_events_candidates), and those whose reports share one of its identity keys (a full name, an address)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from eventsift.records import Event
from eventsift.store import merge, schema
from eventsift.store.merge_refs import DATE_KEY, MONTH_KEY, date_keys_around

# Candidate events are looked up this many days around a report's date: the merge window plus the
# widest date-precision slack (a year), so no candidate the merger could accept is missed. Events dated to
# the day are looked up only within the follow-up window (or the report's own slack, if wider).
CANDIDATE_DAYS = merge.MERGE_WINDOW_DAYS + max(merge.PRECISION_DAYS.values())
COARSE_PRECISIONS = tuple(p for p, days in merge.PRECISION_DAYS.items() if days)
# At most this many events read for each of a report's identity keys (a full name common in one town of a large store).
KEYED_CANDIDATES = 200
# At most this many events read for the dates and months a report's document names (a month of a big city's events).
NAMED_CANDIDATES = 100
# Candidate events are also boxed to this many degrees of latitude around the report: the widest
# merge radius (150 km) is 1.35 degrees; 1.5 leaves room for rounding.
CANDIDATE_DEGREES = max(merge.MERGE_RADIUS_BY_PRECISION_KM.values()) / 111.0 + 0.15
# A degree of longitude shrinks with latitude; below 60 degrees it is at least half a degree of
# latitude, so the longitude box is twice as wide. Nearer the poles or the date line it is not used.
LONGITUDE_BOX_MAX_LATITUDE = 60.0
LONGITUDE_BOX_LIMIT = 170.0

Groups = list[tuple[str, list[Event]]]


def candidates(conn: Connection, report: Event, keys: Sequence[str] = ()) -> tuple[Groups, dict[str, set[str]]]:
    """The events the report may merge with (id, member reports), and the identity keys of their reports and of the
    report (by report id)."""
    if report.event_date is None:
        return [], {}
    ids = _nearby_ids(conn, report)
    ids += [i for i in _named_date_ids(conn, report, keys) if i not in set(ids)]
    known: dict[str, set[str]] = {report.event_id: set(keys)}
    if keys:
        found, common = _keyed_ids(conn, report, merge.search_keys(keys))
        known[report.event_id] -= common
        ids += sorted(found - set(ids))
    if not ids:
        return [], known
    groups = _member_reports(conn, ids)
    _add_shared_keys(conn, report, groups, known)
    return [(i, members) for i, members in groups.items() if members], known


def _nearby_ids(conn: Connection, report: Event) -> list[str]:
    """Events dated near the report (one index range per date precision: the day-dated events near the report's
    date, the coarser ones within a year) and placed near it or not placed, oldest first."""
    day = report.event_date
    narrow = dt.timedelta(days=max(merge.FOLLOW_UP_WINDOW_DAYS, merge.MERGE_WINDOW_DAYS
                                   + merge.PRECISION_DAYS.get(report.date_precision or "day", 0)))
    # A report dated only by its publication may be about an incident up to the late-report window before it.
    back = max(narrow, dt.timedelta(days=merge.LATE_REPORT_WINDOW_DAYS)) if merge.dated_by_publication(report) else narrow
    wide = dt.timedelta(days=CANDIDATE_DAYS)
    params = dict(first=day - back, last=day + narrow, wide_first=day - wide, wide_last=day + wide)
    box = _box(report)
    if box is None:
        return [row.id for row in conn.execute(_nearby_query(placed=False, longitude=False), params)]
    return [row.id for row in conn.execute(_nearby_query(placed=True, longitude=len(box) == 4),
                                           {**params, **dict(zip(_BOX_PARAMS, box))})]


_BOX_PARAMS = ("south", "north", "west", "east")


@functools.cache
def _nearby_query(*, placed: bool, longitude: bool) -> sa.Select[tuple[str]]:
    """The statement of _nearby_ids, built once: one index range of ix_events_candidates per date precision, each
    with the box (when the report is placed) read from the index before the row."""
    e = schema.events
    where = e.c.latitude.is_(None)
    if longitude:
        where = sa.or_(where, sa.and_(e.c.latitude.between(sa.bindparam("south"), sa.bindparam("north")),
                                      e.c.longitude.between(sa.bindparam("west"), sa.bindparam("east"))))
    elif placed:
        where = sa.or_(where, e.c.latitude.between(sa.bindparam("south"), sa.bindparam("north")))
    narrow = e.c.event_date.between(sa.bindparam("first", type_=sa.Date), sa.bindparam("last", type_=sa.Date))
    wide = e.c.event_date.between(sa.bindparam("wide_first", type_=sa.Date), sa.bindparam("wide_last", type_=sa.Date))
    branches = [sa.and_(e.c.date_precision == "day", narrow), sa.and_(e.c.date_precision.is_(None), narrow),
                sa.and_(e.c.date_precision.in_(COARSE_PRECISIONS), wide)]
    if placed:
        branches = [sa.and_(branch, where) for branch in branches]
    return sa.select(e.c.id).where(sa.or_(*branches)).order_by(e.c.created_at, e.c.id)


def _named_date_ids(conn: Connection, report: Event, keys: Sequence[str]) -> list[str]:
    """Events dated to the day its document gives the incident ("the May 7 shooting": ``date:`` keys, a day either
    way) or in the month it gives ("an April shooting": ``month:`` keys) and placed near the report, before the
    report's own candidates' window: a follow-up coded on the day of the hearing finds the first report of the incident
    it names. One index range per date or month."""
    e = schema.events
    day = report.event_date
    earliest = day - dt.timedelta(days=merge.STRONG_WINDOW_DAYS)
    latest = day - dt.timedelta(days=merge.FOLLOW_UP_WINDOW_DAYS)
    one_day = dt.timedelta(days=1)
    spans = [(d - one_day, d + one_day) for d in
             sorted({dt.date.fromisoformat(k.removeprefix(DATE_KEY)) for k in keys if k.startswith(DATE_KEY)})]
    spans += [_month_span(k.removeprefix(MONTH_KEY)) for k in keys if k.startswith(MONTH_KEY)]
    spans = [(start, min(end, latest)) for start, end in spans if end >= earliest and start < latest]
    if not spans:
        return []
    query = sa.select(e.c.id).where(sa.or_(e.c.date_precision == "day", e.c.date_precision.is_(None)), sa.or_(
        *(e.c.event_date.between(start, end) for start, end in spans)))
    box = _box(report)
    if box is not None:
        query = query.where(_near_box(box))
    return [row.id for row in conn.execute(query.order_by(e.c.created_at, e.c.id).limit(NAMED_CANDIDATES))]


def _month_span(month: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a month ("2015-04")."""
    first = dt.date.fromisoformat(f"{month}-01")
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _box(report: Event) -> tuple[float, ...] | None:
    """(south, north[, west, east]): the box of the events near enough to pass the widest merge radius, or None for a
    report with no point; without west and east nearer the poles or the date line."""
    if report.latitude is None or report.longitude is None:
        return None
    span = CANDIDATE_DEGREES
    box = (report.latitude - span, report.latitude + span)
    if abs(report.latitude) < LONGITUDE_BOX_MAX_LATITUDE and abs(report.longitude) < LONGITUDE_BOX_LIMIT:
        box += (report.longitude - 2 * span, report.longitude + 2 * span)
    return box


def _near_box(box: tuple[float, ...]) -> sa.ColumnElement[bool]:
    """Only events near enough to pass the widest merge radius (``_box``)."""
    e = schema.events
    where = e.c.latitude.between(box[0], box[1])
    if len(box) == 4:
        where = sa.and_(where, e.c.longitude.between(box[2], box[3]))
    return where


def _keyed_ids(conn: Connection, report: Event, keys: Sequence[str]) -> tuple[set[str], set[str]]:
    """(events, common keys): the events whose reports share a full name or an address, whatever their coded date
    and place (a follow-up the extraction dates or places apart), one range of ix_merge_keys_key_date per key; and
    the keys that events of many places share (a tip line's name, a public figure, a common name), which identify
    none of them and bring none.

    Each key is read on its own, up to KEYED_CANDIDATES events, and no further than the place that makes it common: a
    block of a common street that hundreds of towns' events share neither crowds the victim's name out of the lookup
    nor costs more than its first few places."""
    day = report.event_date
    strong = dt.timedelta(days=merge.TRIAL_WINDOW_DAYS)  # beyond STRONG_WINDOW_DAYS only with two full names
    found: set[str] = set()
    common: set[str] = set()
    for key in dict.fromkeys(keys):
        events: set[str] = set()
        places: set[tuple[str | None, str | None]] = set()
        rows = conn.execute(_keyed_query(), dict(key=key, first=day - strong, last=day + strong))
        for event_id, admin1, location in rows:
            events.add(event_id)
            places.add((admin1, location))
            if len(places) > merge.COMMON_KEY_PLACES:
                common.add(key)
                break
        rows.close()
        if key not in common:
            found |= events
    return found, common


@functools.cache
def _keyed_query() -> sa.Select[tuple[str, str | None, str | None]]:
    """The statement of _keyed_ids, built once: one key's events and their places."""
    e, m, k = schema.events, schema.event_members, schema.merge_keys
    return (sa.select(m.c.event_id, e.c.admin1, e.c.location)
            .join(m, k.c.report_id == m.c.report_id).join(e, e.c.id == m.c.event_id)
            .where(k.c.key == sa.bindparam("key"),
                   k.c.event_date.between(sa.bindparam("first", type_=sa.Date), sa.bindparam("last", type_=sa.Date)))
            .distinct().limit(KEYED_CANDIDATES))


def _member_reports(conn: Connection, ids: list[str]) -> dict[str, list[Event]]:
    """Each event's member reports in the order they joined."""
    groups: dict[str, list[Event]] = {i: [] for i in ids}
    for event_id, data in conn.execute(_members_query(), dict(ids=ids)):
        groups[event_id].append(Event.from_dict(data))
    return groups


@functools.cache
def _members_query() -> sa.Select[tuple[str, Any]]:
    """The statement of _member_reports, built once."""
    m, r = schema.event_members, schema.reports
    return (sa.select(m.c.event_id, r.c.data).join(r, r.c.id == m.c.report_id)
            .where(m.c.event_id.in_(sa.bindparam("ids", expanding=True))).order_by(m.c.joined_at, r.c.id))


def _add_shared_keys(conn: Connection, report: Event, groups: dict[str, list[Event]], known: dict[str, set[str]]) -> None:
    """Every candidate report's keys that the report shares (none for most): merge.strong_cues then compares keys
    alone."""
    members = [member.event_id for group in groups.values() for member in group]
    known.update((member, set()) for member in members)
    wanted = set(known[report.event_id])
    # and, for candidates dated apart from the report, the dates and months their documents give their incident that
    # are the report's own (a follow-up stored before the report names the day it is dated by)
    if any(m.event_date is not None and abs((m.event_date - report.event_date).days) > merge.MERGE_WINDOW_DAYS
           for group in groups.values() for m in group):
        wanted |= set(date_keys_around(report.event_date))
    if wanted:
        for report_id, key in conn.execute(_shared_keys_query(), dict(members=members, wanted=list(wanted))):
            known[report_id].add(key)


@functools.cache
def _shared_keys_query() -> sa.Select[tuple[str, str]]:
    """The statement of _add_shared_keys, built once."""
    k = schema.merge_keys
    return sa.select(k.c.report_id, k.c.key).where(k.c.report_id.in_(sa.bindparam("members", expanding=True)),
                                                   k.c.key.in_(sa.bindparam("wanted", expanding=True)))

"""The event store: SQLite by default, PostgreSQL for teams, through SQLAlchemy with alembic migrations.

    store = Store.open("sqlite:///eventsift.db")        # or "postgresql://user@host:port/db"
    result = store.ingest(document, events)              # one transaction; the same document twice changes nothing
    store.list_events(since=..., country=..., event_type=...)
    store.show(event_id)                                  # members, why they were merged, change log
    store.confirm(event_id, by=...) / store.reject(...) / store.edit(event_id, {"fatalities": "4"}, by=...)

Every document's ingest is one transaction (document, its reports, merged events, evidence,
sources, change log). Writers are serialised (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL transaction
advisory lock) so two processes merging at once cannot create the same incident twice, and unique
keys make a repeated document a no-op.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from eventsift.errors import StoreError
from eventsift.records import Document, Event, Evidence, Source
from eventsift.store import merge, queries, schema, validate
from eventsift.store.schema import EVENT_COLUMNS, EVENT_FIELD_NAMES

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///eventsift.db"
# A transaction that loses a race (lock timeout, unique key taken by another process) is retried
# this many times; each retry re-reads the store, so the second attempt sees the winner's rows.
WRITE_RETRIES = 5
# SQLite waits this long for another writer before "database is locked": a document's
# transaction takes milliseconds, so 60 s only runs out when a writer is stuck.
SQLITE_BUSY_TIMEOUT_S = 60
# Key of the PostgreSQL advisory lock that serialises ingest transactions ("evsf" in ASCII).
PG_LOCK_KEY = 0x65767366
# Candidate events are looked up this many days around a report's date: the merge window plus the
# widest date-precision slack (a year), so no candidate the merger could accept is missed. Events dated to
# the day are looked up only within the follow-up window (or the report's own slack, if wider).
CANDIDATE_DAYS = merge.MERGE_WINDOW_DAYS + max(merge.PRECISION_DAYS.values())
COARSE_PRECISIONS = tuple(p for p, days in merge.PRECISION_DAYS.items() if days)
# At most this many (key, event) pairs read for a report's identity keys (a common full name in a large store).
KEYED_CANDIDATES = 200
# Candidate events are also boxed to this many degrees of latitude around the report: the widest
# merge radius (150 km) is 1.35 degrees; 1.5 leaves room for rounding.
CANDIDATE_DEGREES = max(merge.MERGE_RADIUS_BY_PRECISION_KM.values()) / 111.0 + 0.15
# A degree of longitude shrinks with latitude; below 60 degrees it is at least half a degree of
# latitude, so the longitude box is twice as wide. Nearer the poles or the date line it is not used.
LONGITUDE_BOX_MAX_LATITUDE = 60.0
LONGITUDE_BOX_LIMIT = 170.0
STATUSES = ("active", "confirmed", "rejected")
# Whole answers (GeoJSON, timeline, facets, pages of events, one filter each) kept per store: the map's common
# views and a few filters. A GeoJSON of 10,000 events is ~5 MB, so this bounds the cache to ~100 MB at worst.
CACHED_ANSWERS = 20
# More features to build than this, and they are built in one pass over the filtered events rather than looked
# up by id (10,000 by id took ~350 ms, in one pass ~60 ms).
BULK_FEATURES = 1_000
# GeoJSON features kept between answers (~450 bytes each): every event of a 50,000-event map, ~25 MB.
CACHED_FEATURES = 50_000
# Execution option of the connections that only read: on SQLite they begin a deferred transaction instead of
# taking the write lock, so API reads run beside an ingest instead of queueing behind it.
READ_ONLY = "eventsift_read_only"
MIGRATIONS = Path(__file__).with_name("migrations")


def default_url() -> str:
    return os.environ.get("EVENTSIFT_DB") or DEFAULT_URL


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True, kw_only=True)
class IngestResult:
    document_id: str
    stored: bool  # False when the document was already in the store
    events_new: int = 0
    events_merged: int = 0
    event_ids: list[str] = field(default_factory=list)


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


def _normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_engine(url: str) -> Engine:
    path = sa.engine.make_url(url).database
    if path and path != ":memory:":
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.isolation_level = None  # transactions begun below, not by the driver
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # WAL + NORMAL: a killed process never corrupts or half-writes (commits are atomic); only
        # a power cut may lose the last commits. FULL cost 10 ms a document in bench/ingest.py.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")  # a reader sees a snapshot and never waits for the writer (WAL)
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock up front: no upgrade deadlocks

    return engine


class Store:
    """Documents, their coded reports, merged events and the analysts' change log."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._cache: OrderedDict[tuple, tuple[tuple, Any]] = OrderedDict()  # key -> (data version, answer)
        self._cache_lock = threading.Lock()
        self._computing: dict[tuple, threading.Lock] = {}  # key -> held while one thread computes its answer
        self._features: dict[str, tuple[Any, str]] = {}  # event id -> (updated_at, its GeoJSON feature)

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None) -> "Store":
        """Open (creating or upgrading the schema) the store at ``url``."""
        url = _normalise_url(url or default_url())
        try:
            engine = _sqlite_engine(url) if url.startswith("sqlite") else sa.create_engine(url, pool_pre_ping=True)
            store = cls(engine)
            store._upgrade()
        except (DBAPIError, sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
            raise StoreError(f"cannot open store {sa.engine.make_url(url).render_as_string(hide_password=True)}: {exc}") from exc
        return store

    def _upgrade(self) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_lock({PG_LOCK_KEY})")
            try:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                conn.commit()
            finally:
                if self.dialect == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_unlock({PG_LOCK_KEY})")
                    conn.commit()

    def close(self) -> None:
        self.engine.dispose()

    def _reading(self) -> Connection:
        """A connection for reads only (``with store._reading() as conn``): on SQLite it never takes the write lock."""
        return self.engine.connect().execution_options(**{READ_ONLY: True})

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------
    def _write(self, work, *args, **kwargs):  # noqa: ANN001, ANN202
        """Run ``work(conn, ...)`` in one serialised transaction, retrying a lost race."""
        for attempt in range(WRITE_RETRIES):
            try:
                with self.engine.begin() as conn:
                    if self.dialect == "postgresql":
                        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")
                    return work(conn, *args, **kwargs)
            except (IntegrityError, OperationalError) as exc:
                if attempt == WRITE_RETRIES - 1:
                    raise StoreError(f"store write failed: {exc}") from exc
                log.info("store write retried after %s", type(exc).__name__)
                time.sleep(0.05 * (attempt + 1))
        raise StoreError("unreachable")  # pragma: no cover

    def has_document(self, document: Document) -> bool:
        """True when this document (by id or by identical text) is already stored."""
        with self._reading() as conn:
            return self._has_document(conn, document)

    @staticmethod
    def _has_document(conn: Connection, document: Document) -> bool:
        """Stored: the same text, or the id (when asked by id alone, with no text). The same id with another text is
        a revision of the stored document (an article updated at its address), to be stored and merged."""
        d = schema.documents
        digest = content_hash(document.text)
        rows = conn.execute(sa.select(d.c.id, d.c.content_hash).where(
            sa.or_(d.c.id == document.id, d.c.content_hash == digest)).limit(2)).all()
        return any(row.content_hash == digest or not document.text for row in rows)

    @staticmethod
    def _revision_id(conn: Connection, document: Document) -> str:
        """The id to store the document under: its own, or for a revision of a stored document (same id, other text)
        its id with the text's hash (merge.REVISION_MARK), so that both versions and their reports are kept."""
        d = schema.documents
        if conn.execute(sa.select(d.c.id).where(d.c.id == document.id)).first() is None:
            return document.id
        return f"{document.id}{merge.REVISION_MARK}{content_hash(document.text)[:12]}"

    def recent_texts(self, *, days: int, limit: int) -> list[tuple[str, str]]:
        """(id, text) of the documents stored in the last ``days`` days, newest first, at most ``limit``."""
        d = schema.documents
        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
        query = sa.select(d.c.id, d.c.text).where(d.c.ingested_at >= since).order_by(d.c.ingested_at.desc()).limit(limit)
        with self._reading() as conn:
            return [(row.id, row.text) for row in conn.execute(query)]

    def ingest(self, document: Document, events: Sequence[Event]) -> IngestResult:
        """Store a document and its events in one transaction, merging them into known incidents."""
        return self._write(self._ingest, document, list(events))

    def _ingest(self, conn: Connection, document: Document, events: list[Event]) -> IngestResult:
        result = IngestResult(document_id=document.id, stored=False)
        if self._has_document(conn, document):
            return result
        now = _utcnow()
        stored_id = self._revision_id(conn, document)
        if stored_id != document.id:
            result.document_id = stored_id
            suffix = stored_id[len(document.id):]
            events = [dataclasses.replace(e, event_id=f"{e.event_id}{suffix}", evidence=[
                dataclasses.replace(ev, document_id=stored_id) for ev in e.evidence]) for e in events]
            document = dataclasses.replace(document, id=stored_id)
        conn.execute(
            sa.insert(schema.documents).values(
                id=document.id, content_hash=content_hash(document.text), url=document.url, title=document.title,
                publisher=document.publisher, published=document.published, dateline=document.dateline,
                language=document.language, source=document.source, text=document.text, ingested_at=now,
            )
        )
        result.stored = True
        source = Source(document_id=document.id, url=document.url, publisher=document.publisher, published=document.published)
        reports = [dataclasses.replace(coded, document_id=document.id, sources=[source]) for coded in events]
        for position, (report, keys) in enumerate(zip(reports, merge.document_keys(reports, document.text))):
            if conn.execute(sa.select(schema.reports.c.id).where(schema.reports.c.id == report.event_id)).first():
                log.warning("report %s already stored from another document; skipped", report.event_id)
                continue
            conn.execute(sa.insert(schema.reports).values(id=report.event_id, document_id=document.id, position=position, data=report.as_dict()))
            if keys:
                conn.execute(sa.insert(schema.merge_keys), [dict(key=k, report_id=report.event_id, event_date=report.event_date) for k in keys])
            event_id, merged = self._place_report(conn, report, now, keys=keys)
            result.event_ids.append(event_id)
            if merged:
                result.events_merged += 1
            else:
                result.events_new += 1
        return result

    def _place_report(self, conn: Connection, report: Event, now: dt.datetime, *, keys: Sequence[str] = ()) -> tuple[str, bool]:
        """Attach a report to the incident it matches (or found a new one); returns (event id, merged). ``keys``: the
        report's identity keys (merge.document_keys), stored in merge_keys."""
        groups, known = self._candidates(conn, report, keys)
        hits = merge.matches(report, [members for _, members in groups], keys=known)
        hit = hits[0] if hits else None
        if hit is None:
            event_id, criteria, members = report.event_id, {}, [report]
        else:
            event_id, existing = groups[hit[0]]
            criteria, members = hit[1].as_dict(), [*existing, report]
            # Other events the report fits too: the same incident, split when its first reports were coded apart.
            for index, _ in hits[1:]:
                other, others = groups[index]
                if merge.groups_compatible(members, others, keys=known) and self._absorb(conn, event_id, other, now):
                    members = [*members[:-1], *others, report]
        if hit is None:
            self._save_event(conn, event_id, members, now, new=True)
        conn.execute(
            sa.insert(schema.event_members).values(
                report_id=report.event_id, event_id=event_id, document_id=report.document_id, criteria=criteria, joined_at=now
            )
        )
        if hit is not None:
            self._save_event(conn, event_id, members, now, new=False)
        self._link(conn, event_id, report)
        return event_id, hit is not None

    def _absorb(self, conn: Connection, event_id: str, other: str, now: dt.datetime) -> bool:
        """Move the reports of event ``other`` into ``event_id`` (with their evidence, sources and change log) and drop
        ``other``; not when an analyst has confirmed, rejected or edited it. Returns whether it was moved."""
        c = schema.corrections
        if conn.execute(sa.select(c.c.id).where(c.c.event_id == other, c.c.action.in_(("edit", "confirm", "reject")))).first():
            return False
        for table in (schema.event_members, schema.evidence, schema.corrections):
            conn.execute(sa.update(table).where(table.c.event_id == other).values(event_id=event_id))
        s = schema.sources
        for row in conn.execute(sa.select(s).where(s.c.event_id == other)).all():
            self._insert_ignore(conn, s, {**row._mapping, "event_id": event_id})
        conn.execute(sa.delete(s).where(s.c.event_id == other))
        conn.execute(sa.delete(schema.events).where(schema.events.c.id == other))
        self._log(conn, event_id, "absorb", None, other, event_id, who="merge", at=now,
                  note=f"event {other} is the same incident: a later report fits both")
        return True

    def _candidates(self, conn: Connection, report: Event, keys: Sequence[str] = ()) -> tuple[list[tuple[str, list[Event]]], dict[str, set[str]]]:
        """The events the report may merge with, and the identity keys of their reports and of the report."""
        if report.event_date is None:
            return [], {}
        e, m, r = schema.events, schema.event_members, schema.reports
        # One index range per date precision (ix_events_candidates): the day-dated events near the report's
        # date, the coarser ones within a year.
        day = report.event_date
        narrow = dt.timedelta(days=max(merge.FOLLOW_UP_WINDOW_DAYS, merge.MERGE_WINDOW_DAYS
                                       + merge.PRECISION_DAYS.get(report.date_precision or "day", 0)))
        # A report dated only by its publication may be about an incident up to the late-report window before it.
        back = max(narrow, dt.timedelta(days=merge.LATE_REPORT_WINDOW_DAYS)) if merge.dated_by_publication(report) else narrow
        wide = dt.timedelta(days=CANDIDATE_DAYS)
        query = sa.select(e.c.id).where(sa.or_(
            sa.and_(e.c.date_precision == "day", e.c.event_date.between(day - back, day + narrow)),
            sa.and_(e.c.date_precision.is_(None), e.c.event_date.between(day - back, day + narrow)),
            sa.and_(e.c.date_precision.in_(COARSE_PRECISIONS), e.c.event_date.between(day - wide, day + wide)),
        ))
        if report.latitude is not None and report.longitude is not None:
            # Only events near enough to pass the widest merge radius (or without coordinates).
            span = CANDIDATE_DEGREES
            box = e.c.latitude.between(report.latitude - span, report.latitude + span)
            if abs(report.latitude) < LONGITUDE_BOX_MAX_LATITUDE and abs(report.longitude) < LONGITUDE_BOX_LIMIT:
                box = sa.and_(box, e.c.longitude.between(report.longitude - 2 * span, report.longitude + 2 * span))
            query = query.where(sa.or_(e.c.latitude.is_(None), box))
        ids = [row.id for row in conn.execute(query.order_by(e.c.created_at, e.c.id))]
        k = schema.merge_keys
        known: dict[str, set[str]] = {report.event_id: set(keys)}
        if keys:
            # Events whose reports share a full name or an address, whatever their coded date and place (a follow-up
            # the extraction dates or places apart): one range of ix_merge_keys_key_date per key. A key that events
            # of many places share (a tip line's name, a public figure, a common name) identifies none of them.
            strong = dt.timedelta(days=merge.STRONG_WINDOW_DAYS)
            found: dict[str, set[str]] = {}
            places: dict[str, set[tuple[str | None, str | None]]] = {}
            for row in conn.execute(sa.select(k.c.key, m.c.event_id, e.c.admin1, e.c.location)
                                    .join(m, k.c.report_id == m.c.report_id).join(e, e.c.id == m.c.event_id).where(
                    k.c.key.in_(keys), k.c.event_date.between(day - strong, day + strong)).distinct().limit(KEYED_CANDIDATES)):
                found.setdefault(row.key, set()).add(row.event_id)
                places.setdefault(row.key, set()).add((row.admin1, row.location))
            common = {key for key, where in places.items() if len(where) > merge.COMMON_KEY_PLACES}
            known[report.event_id] -= common
            seen = set(ids)
            ids += sorted({event for key, events in found.items() if key not in common for event in events} - seen)
        if not ids:
            return [], known
        rows = conn.execute(
            sa.select(m.c.event_id, r.c.data).join(r, r.c.id == m.c.report_id).where(m.c.event_id.in_(ids)).order_by(m.c.joined_at, r.c.id)
        )
        groups: dict[str, list[Event]] = {i: [] for i in ids}
        for row in rows:
            groups[row.event_id].append(Event.from_dict(row.data))
        # Every candidate's keys that the report shares (none for most): merge.strong_cues then compares keys alone.
        members = [member.event_id for group in groups.values() for member in group]
        known.update((member, set()) for member in members)
        if known[report.event_id]:
            for row in conn.execute(sa.select(k.c.report_id, k.c.key).where(k.c.report_id.in_(members), k.c.key.in_(known[report.event_id]))):
                known[row.report_id].add(row.key)
        return [(i, members) for i, members in groups.items() if members], known

    def _save_event(self, conn: Connection, event_id: str, members: list[Event], now: dt.datetime, *, new: bool) -> None:
        merged = merge.reconcile(members, event_id=event_id)
        event = merged.event
        status = self._apply_corrections(conn, event_id, event) if not new else "active"
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
                self._log(conn, event_id, "revise", name, old[name], values[name], who="merge", at=now,
                          note=f"report {members[-1].event_id} from document {members[-1].document_id}")
        conn.execute(sa.update(e).where(e.c.id == event_id).values(status=status, field_values=field_values, updated_at=now, **values))

    def _link(self, conn: Connection, event_id: str, report: Event) -> None:
        for ev in report.evidence:
            self._insert_ignore(conn, schema.evidence, dict(
                event_id=event_id, report_id=report.event_id, document_id=report.document_id, field=ev.field,
                sentence=ev.sentence, start_char=ev.start, end_char=ev.end,
            ))
        src = report.sources[0]
        self._insert_ignore(conn, schema.sources, dict(
            event_id=event_id, document_id=src.document_id, url=src.url, publisher=src.publisher, published=src.published
        ))

    def _insert_ignore(self, conn: Connection, table: sa.Table, values: dict[str, Any]) -> None:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        conn.execute(insert(table).values(**values).on_conflict_do_nothing())

    # -- corrections -------------------------------------------------------------------------
    def _apply_corrections(self, conn: Connection, event_id: str, event: Event) -> str:
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

    def _log(self, conn: Connection, event_id: str, action: str, name: str | None, old: Any, new: Any, *,
             who: str, at: dt.datetime, note: str | None = None) -> None:
        conn.execute(sa.insert(schema.corrections).values(
            event_id=event_id, action=action, field=name, old=_text(old), new=_text(new), who=who, at=at, note=note,
        ))

    def _resolve_id(self, conn: Connection, event_id: str) -> str:
        found = queries.resolve_id(conn, event_id)
        if found is None:
            raise StoreError(f"no event {event_id!r}")
        return found

    def _set_status(self, conn: Connection, event_id: str, action: str, *, by: str, note: str | None) -> str:
        event_id = self._resolve_id(conn, event_id)
        e = schema.events
        old = conn.execute(sa.select(e.c.status).where(e.c.id == event_id)).scalar_one()
        new = "confirmed" if action == "confirm" else "rejected"
        now = _utcnow()
        self._log(conn, event_id, action, "status", old, new, who=by, at=now, note=note)
        conn.execute(sa.update(e).where(e.c.id == event_id).values(status=new, updated_at=now))
        return event_id

    def confirm(self, event_id: str, *, by: str, note: str | None = None) -> str:
        return self._write(self._set_status, event_id, "confirm", by=by, note=note)

    def reject(self, event_id: str, *, by: str, note: str | None = None) -> str:
        return self._write(self._set_status, event_id, "reject", by=by, note=note)

    def edit(self, event_id: str, changes: dict[str, str], *, by: str, note: str | None = None) -> str:
        """Set fields (values as text, parsed by the field's type); each change goes to the change log."""
        parsed = validate.complete({name: parse_value(name, value) for name, value in changes.items()})
        return self._write(self._edit, event_id, parsed, by=by, note=note)

    def _edit(self, conn: Connection, event_id: str, parsed: dict[str, Any], *, by: str, note: str | None) -> str:
        event_id = self._resolve_id(conn, event_id)
        e = schema.events
        old = conn.execute(sa.select(e).where(e.c.id == event_id)).one()._mapping
        now = _utcnow()
        for name, value in parsed.items():
            self._log(conn, event_id, "edit", name, old[name], value, who=by, at=now, note=note)
        values = dict(parsed)
        if "fatalities" in parsed and parsed["fatalities"] is not None:  # keep low <= best <= high
            low, high = old["fatalities_low"], old["fatalities_high"]
            values.setdefault("fatalities_low", parsed["fatalities"] if low is None else min(low, parsed["fatalities"]))
            values.setdefault("fatalities_high", parsed["fatalities"] if high is None else max(high, parsed["fatalities"]))
        validate.check_event({**old, **values}, changed=parsed)  # raises CorrectionError naming the field
        conn.execute(sa.update(e).where(e.c.id == event_id).values(updated_at=now, **values))
        return event_id

    # -- reading -----------------------------------------------------------------------------
    def list_events(self, *, since: dt.date | None = None, until: dt.date | None = None, country: str | None = None,
                    event_type: str | None = None, include_rejected: bool = False, limit: int | None = None) -> list[Event]:
        """Merged events with corrections applied, oldest first, with their evidence and sources."""
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
        with self._reading() as conn:
            rows = list(conn.execute(query))
            return self._hydrate(conn, rows)

    def status(self, event_id: str) -> str:
        with self._reading() as conn:
            event_id = self._resolve_id(conn, event_id)
            return conn.execute(sa.select(schema.events.c.status).where(schema.events.c.id == event_id)).scalar_one()

    def _hydrate(self, conn: Connection, rows: list[Any]) -> list[Event]:
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

    def show(self, event_id: str) -> EventDetail:
        """An event with its member reports, the criteria that merged each, and its change log."""
        with self._reading() as conn:
            event_id = self._resolve_id(conn, event_id)
            row = conn.execute(sa.select(schema.events).where(schema.events.c.id == event_id)).one()
            event = self._hydrate(conn, [row])[0]
            m, r, c = schema.event_members, schema.reports, schema.corrections
            members = [
                Member(report=Event.from_dict(x.data), document_id=x.document_id, criteria=x.criteria, joined_at=x.joined_at)
                for x in conn.execute(sa.select(m, r.c.data).join(r, r.c.id == m.c.report_id).where(m.c.event_id == event_id).order_by(m.c.joined_at, m.c.report_id))
            ]
            log_rows = conn.execute(sa.select(c).where(c.c.event_id == event_id).order_by(c.c.id))
            changes = [Correction(event_id=x.event_id, action=x.action, field=x.field, old=x.old, new=x.new, who=x.who, at=x.at, note=x.note) for x in log_rows]
        return EventDetail(event=event, status=row.status, members=members, corrections=changes, field_values=row.field_values)

    def counts(self) -> dict[str, int]:
        with self._reading() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for t in schema.metadata.sorted_tables}

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every table's content without timestamps or row numbers, sorted: equal stores give equal snapshots."""
        skip = {"ingested_at", "created_at", "updated_at", "joined_at", "at", "id"}
        out: dict[str, list[tuple]] = {}
        with self._reading() as conn:
            for table in schema.metadata.sorted_tables:
                cols = [c for c in table.c if c.name not in skip or (c.name == "id" and not isinstance(c.type, sa.Integer))]
                rows = conn.execute(sa.select(*cols))
                out[table.name] = sorted((tuple(repr(v) for v in row) for row in rows))
        return out

    # -- the API's reads (eventsift.store.queries) ----------------------------------------------
    def resolve_id(self, event_id: str) -> str | None:
        """The merged event's id for an event id or the id of one of its reports; None when unknown."""
        with self._reading() as conn:
            return queries.resolve_id(conn, event_id)

    def query_events(self, f: queries.EventFilter, *, limit: int, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """(total matching, one page of events newest first) as output-contract rows plus ``status``; cached until
        the store's data changes (a free-text query reads every event's text and evidence)."""
        return self._cached(("events", dataclasses.astuple(f), limit, offset), queries.list_events, f, limit=limit,
                            offset=offset)

    def events_geojson(self, f: queries.EventFilter, *, limit: int) -> dict[str, Any]:
        """A GeoJSON FeatureCollection of the filtered events that have coordinates."""
        with self._reading() as conn:
            return queries.events_geojson(conn, f, limit=limit)

    def events_geojson_text(self, f: queries.EventFilter, *, limit: int) -> str:
        """The same FeatureCollection as JSON text, written by the database (what the API sends); cached until
        the store's data changes."""
        return self._cached(("geojson", dataclasses.astuple(f), limit), self._geojson, f, limit=limit)

    def _geojson(self, conn: Connection, f: queries.EventFilter, *, limit: int) -> str:
        """The FeatureCollection from the events' ids and change times (an index scan), each feature's JSON
        kept from an earlier answer unless its event changed since: after one correction, one feature is
        rebuilt, not ten thousand."""
        members = queries.geojson_members(conn, f, limit=limit)
        kept = self._features
        parts: list[str | None] = []
        missing: dict[str, int] = {}
        for event_id, changed in members:
            hit = kept.get(event_id)
            if hit is not None and hit[0] == changed:
                parts.append(hit[1])
            else:
                missing[event_id] = len(parts)
                parts.append(None)
        if len(missing) > BULK_FEATURES:  # a cold cache: one pass over the events beats lookups by id
            fresh = {i: v for i, v in queries.geojson_all_features(conn, f, limit=limit).items() if i in missing}
        else:
            fresh = queries.geojson_features(conn, list(missing))
        for event_id, (changed, feature) in fresh.items():
            parts[missing[event_id]] = feature
        with self._cache_lock:
            if len(kept) + len(fresh) > CACHED_FEATURES:
                kept.clear()
            kept.update(fresh)
        return queries.collection(p for p in parts if p is not None)

    def timeline(self, f: queries.EventFilter, *, interval: queries.Interval) -> list[dict[str, Any]]:
        """Counts and fatalities per day or week and event type, oldest first; cached until the data changes."""
        return self._cached(("timeline", dataclasses.astuple(f), interval), queries.timeline, f, interval=interval)

    def facets(self) -> dict[str, Any]:
        """Event types, countries and the date range of the events not rejected; cached until the data changes."""
        return self._cached(("facets",), queries.facets)

    def _cached(self, key: tuple, read, *args, **kwargs):  # noqa: ANN001, ANN202
        """``read(conn, *args, **kwargs)``, answered from memory while the store's data version is unchanged.

        The answers the map asks for on every view (GeoJSON, timeline, facets, the first page) cost tens of
        milliseconds each at 10,000 events; the version check costs about one. Another process writing to
        the same store changes the version too.
        """
        with self._reading() as conn:
            version = queries.data_version(conn)
            hit = self._cache_hit(key, version)
            if hit is not None:
                return hit[0]
            with self._cache_lock:
                computing = self._computing.setdefault(key, threading.Lock())
            with computing:  # one thread computes an answer; the others asking for it meanwhile wait and share it
                hit = self._cache_hit(key, version)
                if hit is not None:
                    return hit[0]
                value = read(conn, *args, **kwargs)
                with self._cache_lock:
                    self._cache[key] = (version, value)
                    self._cache.move_to_end(key)
                    while len(self._cache) > CACHED_ANSWERS:
                        old, _ = self._cache.popitem(last=False)
                        self._computing.pop(old, None)
        return value

    def _cache_hit(self, key: tuple, version: tuple) -> tuple[Any] | None:
        """(answer,) when the cache holds ``key`` at ``version``."""
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is None or hit[0] != version:
                return None
            self._cache.move_to_end(key)
            return (hit[1],)

    def event_record(self, event_id: str) -> dict[str, Any] | None:
        """One event as the API shows it: evidence, sources, members, documents' text, change log; None when unknown."""
        with self._reading() as conn:
            return queries.get_event(conn, event_id)

    # -- checkpoints -------------------------------------------------------------------------
    def get_checkpoint(self, key: str) -> str | None:
        with self._reading() as conn:
            return conn.execute(sa.select(schema.checkpoints.c.value).where(schema.checkpoints.c.key == key)).scalar()

    def set_checkpoint(self, key: str, value: str) -> None:
        def work(conn: Connection) -> None:
            t = schema.checkpoints
            conn.execute(sa.delete(t).where(t.c.key == key))
            conn.execute(sa.insert(t).values(key=key, value=value, updated_at=_utcnow()))

        self._write(work)


def _widen_range(event: Event, best: int | None) -> None:
    """Keep fatalities_low <= fatalities <= fatalities_high after an analyst sets the toll."""
    if best is None:
        return
    event.fatalities_low = best if event.fatalities_low is None else min(event.fatalities_low, best)
    event.fatalities_high = best if event.fatalities_high is None else max(event.fatalities_high, best)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_COLUMN_TYPES = {c.name: c for c in EVENT_COLUMNS}
EDITABLE_FIELDS: tuple[str, ...] = EVENT_FIELD_NAMES


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


from eventsift.store.ingest import IngestSummary, ingest_inputs  # noqa: E402  (uses Store)

__all__ = [
    "Correction", "EventDetail", "IngestResult", "IngestSummary", "Member", "Store", "StoreError",
    "content_hash", "default_url", "ingest_inputs", "parse_value",
]

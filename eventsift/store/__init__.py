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

The parts: ``connect`` (engines, migrations, the write transaction), ``candidates`` (the events a report may
merge with), ``placing`` (a report into its incident), ``corrections`` (analysts' changes and the change log),
``reading`` (events as records), ``queries`` and ``answers`` (the API's reads and their cache).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from eventsift.errors import StoreError
from eventsift.records import Document, Event, Source
from eventsift.store import corrections, merge, queries, reading, schema
from eventsift.store.answers import AnswerCache
from eventsift.store.candidates import Groups, candidates
from eventsift.store.connect import DEFAULT_URL, MIGRATIONS, READ_ONLY, create_engine, default_url, normalise_url, upgrade, write
from eventsift.store.corrections import EDITABLE_FIELDS, STATUSES, parse_value, utcnow
from eventsift.store.placing import place_report
from eventsift.store.reading import Correction, EventDetail, Member

log = logging.getLogger(__name__)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True, kw_only=True)
class IngestResult:
    document_id: str
    stored: bool  # False when the document was already in the store
    events_new: int = 0
    events_merged: int = 0
    event_ids: list[str] = field(default_factory=list)


class Store:
    """Documents, their coded reports, merged events and the analysts' change log."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._answers = AnswerCache()

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None) -> "Store":
        """Open (creating or upgrading the schema) the store at ``url``."""
        url = normalise_url(url or default_url())
        try:
            store = cls(create_engine(url))
            upgrade(store.engine)
        except (DBAPIError, sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
            raise StoreError(f"cannot open store {sa.engine.make_url(url).render_as_string(hide_password=True)}: {exc}") from exc
        return store

    def close(self) -> None:
        self.engine.dispose()

    def _reading(self) -> Connection:
        """A connection for reads only (``with store._reading() as conn``): on SQLite it never takes the write lock."""
        return self.engine.connect().execution_options(**{READ_ONLY: True})

    def _write(self, work, *args, **kwargs):  # noqa: ANN001, ANN202
        """Run ``work(conn, ...)`` in one serialised transaction, retrying a lost race."""
        return write(self.engine, work, *args, **kwargs)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------
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
        now = utcnow()
        document, events = self._as_revision(conn, document, events)
        result.document_id = document.id
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
        placed: dict[int, str] = {}
        for position, report, keys in merge.placing_order(reports, merge.document_keys(reports, document.text)):
            if conn.execute(sa.select(schema.reports.c.id).where(schema.reports.c.id == report.event_id)).first():
                log.warning("report %s already stored from another document; skipped", report.event_id)
                continue
            conn.execute(sa.insert(schema.reports).values(id=report.event_id, document_id=document.id, position=position, data=report.as_dict()))
            if keys:
                conn.execute(sa.insert(schema.merge_keys), [dict(key=k, report_id=report.event_id, event_date=report.event_date) for k in keys])
            event_id, merged = place_report(conn, report, now, keys=keys)
            placed[position] = event_id
            if merged:
                result.events_merged += 1
            else:
                result.events_new += 1
        result.event_ids = [placed[position] for position in sorted(placed)]
        return result

    def _as_revision(self, conn: Connection, document: Document, events: list[Event]) -> tuple[Document, list[Event]]:
        """The document and its events under the id they are stored by (``_revision_id``): unchanged for a new
        document; for a revision, every id carries the revision's suffix."""
        stored_id = self._revision_id(conn, document)
        if stored_id == document.id:
            return document, events
        suffix = stored_id[len(document.id):]
        events = [dataclasses.replace(e, event_id=f"{e.event_id}{suffix}", evidence=[
            dataclasses.replace(ev, document_id=stored_id) for ev in e.evidence]) for e in events]
        return dataclasses.replace(document, id=stored_id), events

    def _candidates(self, conn: Connection, report: Event, keys: Sequence[str] = ()) -> tuple[Groups, dict[str, set[str]]]:
        """The events the report may merge with, and the identity keys of their reports and of the report
        (``candidates.candidates``)."""
        return candidates(conn, report, keys)

    # -- corrections -------------------------------------------------------------------------
    def confirm(self, event_id: str, *, by: str, note: str | None = None) -> str:
        return self._write(corrections.set_status, event_id, "confirm", by=by, note=note)

    def reject(self, event_id: str, *, by: str, note: str | None = None) -> str:
        return self._write(corrections.set_status, event_id, "reject", by=by, note=note)

    def edit(self, event_id: str, changes: dict[str, str], *, by: str, note: str | None = None) -> str:
        """Set fields (values as text, parsed by the field's type); each change goes to the change log."""
        parsed = corrections.parse_changes(changes)
        return self._write(corrections.edit, event_id, parsed, by=by, note=note)

    # -- reading -----------------------------------------------------------------------------
    def list_events(self, *, since: dt.date | None = None, until: dt.date | None = None, country: str | None = None,
                    event_type: str | None = None, include_rejected: bool = False, limit: int | None = None) -> list[Event]:
        """Merged events with corrections applied, oldest first, with their evidence and sources."""
        query = reading.events_query(since=since, until=until, country=country, event_type=event_type,
                                     include_rejected=include_rejected, limit=limit)
        with self._reading() as conn:
            rows = list(conn.execute(query))
            return reading.hydrate(conn, rows)

    def status(self, event_id: str) -> str:
        with self._reading() as conn:
            event_id = corrections.resolve_id(conn, event_id)
            return conn.execute(sa.select(schema.events.c.status).where(schema.events.c.id == event_id)).scalar_one()

    def show(self, event_id: str) -> EventDetail:
        """An event with its member reports, the criteria that merged each, and its change log."""
        with self._reading() as conn:
            return reading.event_detail(conn, event_id)

    def counts(self) -> dict[str, int]:
        with self._reading() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for t in schema.metadata.sorted_tables}

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every table's content without timestamps or row numbers, sorted: equal stores give equal snapshots."""
        with self._reading() as conn:
            return reading.snapshot(conn)

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
        the store's data changes, each event's feature until the event changes."""
        return self._cached(("geojson", dataclasses.astuple(f), limit), self._answers.geojson, f, limit=limit)

    def timeline(self, f: queries.EventFilter, *, interval: queries.Interval) -> list[dict[str, Any]]:
        """Counts and fatalities per day or week and event type, oldest first; cached until the data changes."""
        return self._cached(("timeline", dataclasses.astuple(f), interval), queries.timeline, f, interval=interval)

    def facets(self) -> dict[str, Any]:
        """Event types, countries and the date range of the events not rejected; cached until the data changes."""
        return self._cached(("facets",), queries.facets)

    def _cached(self, key: tuple, read, *args, **kwargs):  # noqa: ANN001, ANN202
        """``read(conn, *args, **kwargs)``, answered from memory while the store's data is unchanged."""
        with self._reading() as conn:
            return self._answers.answer(conn, key, read, *args, **kwargs)

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
            conn.execute(sa.insert(t).values(key=key, value=value, updated_at=utcnow()))

        self._write(work)


from eventsift.store.ingest import IngestSummary, ingest_inputs  # noqa: E402  (uses Store)

__all__ = [
    "DEFAULT_URL", "EDITABLE_FIELDS", "MIGRATIONS", "READ_ONLY", "STATUSES",
    "Correction", "EventDetail", "IngestResult", "IngestSummary", "Member", "Store", "StoreError",
    "content_hash", "default_url", "ingest_inputs", "parse_value",
]

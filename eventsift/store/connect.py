"""Opening a store's database: the engine for a URL (SQLite tuned for one writer beside many readers, or
PostgreSQL), the alembic migrations that create and upgrade its schema, and the serialised write transaction."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from eventsift.errors import StoreError

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
# Execution option of the connections that only read: on SQLite they begin a deferred transaction instead of
# taking the write lock, so API reads run beside an ingest instead of queueing behind it.
READ_ONLY = "eventsift_read_only"
MIGRATIONS = Path(__file__).with_name("migrations")


def default_url() -> str:
    return os.environ.get("EVENTSIFT_DB") or DEFAULT_URL


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def create_engine(url: str) -> Engine:
    """The engine for a normalised URL: SQLite with its connection settings, or PostgreSQL."""
    return sqlite_engine(url) if url.startswith("sqlite") else sa.create_engine(url, pool_pre_ping=True)


def sqlite_engine(url: str) -> Engine:
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


def upgrade(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration; on PostgreSQL one process at a time."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    postgresql = engine.dialect.name == "postgresql"
    with engine.connect() as conn:
        if postgresql:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({PG_LOCK_KEY})")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
        finally:
            if postgresql:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({PG_LOCK_KEY})")
                conn.commit()


def write(engine: Engine, work, *args, **kwargs):  # noqa: ANN001, ANN201
    """Run ``work(conn, ...)`` in one serialised transaction, retrying a lost race."""
    for attempt in range(WRITE_RETRIES):
        try:
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")
                return work(conn, *args, **kwargs)
        except (IntegrityError, OperationalError) as exc:
            if attempt == WRITE_RETRIES - 1:
                raise StoreError(f"store write failed: {exc}") from exc
            log.info("store write retried after %s", type(exc).__name__)
            time.sleep(0.05 * (attempt + 1))
    raise StoreError("unreachable")  # pragma: no cover


def insert_ignore(conn: Connection, table: sa.Table, values: dict) -> None:
    """Insert a row unless its unique key is taken."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table).values(**values).on_conflict_do_nothing())

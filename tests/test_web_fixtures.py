"""Fixtures shared by the web tests: a real SQLite store seeded with events written here, served by uvicorn.

The reports below are short texts written for these tests (places, dates and actors chosen so that no two of
them describe the same incident, so the store keeps them as separate events).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from eventsift.records import Document, Event, Evidence, content_id

# Markup a hostile report might carry: shown as text it is harmless; parsed as HTML the image's handler runs.
SCRIPT = "<script>document.body.dataset.pwned='yes'</script><img src=x onerror=\"document.body.dataset.pwned='yes'\">"


@dataclass(frozen=True)
class Seed:
    """One report and the event coded from it; each ``evidence`` item is (field, quoted text)."""

    text: str
    published: dt.date
    publisher: str
    event_type: str
    sub_event_type: str
    location: str
    country: str
    admin1: str
    lat: float
    lon: float
    date: dt.date
    fatalities: int
    actor1: str
    actor2: str | None
    evidence: tuple[tuple[str, str], ...]


SEEDS: tuple[Seed, ...] = (
    Seed(
        text="QUETTA: A suicide bomber struck a gathering in Mastung on Friday, killing 25 people, officials said.\n"
             "The attack was claimed by a banned group. Rescue teams moved the injured to Quetta.",
        published=dt.date(2017, 6, 3), publisher="Daily Frontier", event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb", location="Mastung", country="Pakistan", admin1="Balochistan",
        lat=29.80, lon=66.85, date=dt.date(2017, 6, 2), fatalities=25, actor1="Unidentified Armed Group (Pakistan)",
        actor2="Civilians (Pakistan)",
        evidence=(("event_type", "A suicide bomber struck a gathering in Mastung"), ("fatalities", "killing 25 people"),
                  ("location", "Mastung")),
    ),
    Seed(
        text="KANO: Soldiers clashed with armed bandits near Dansadau on Tuesday. Three soldiers and seven bandits died.",
        published=dt.date(2017, 6, 14), publisher="Northern Ledger", event_type="Battles",
        sub_event_type="Armed clash", location="Dansadau", country="Nigeria", admin1="Zamfara",
        lat=11.89, lon=6.42, date=dt.date(2017, 6, 13), fatalities=10, actor1="Military Forces of Nigeria",
        actor2="Bandits",
        evidence=(("event_type", "Soldiers clashed with armed bandits near Dansadau"),
                  ("fatalities", "Three soldiers and seven bandits died")),
    ),
    Seed(
        text="Hundreds of teachers marched in Lahore on Monday to demand unpaid salaries. The march was peaceful. "
             + SCRIPT,
        published=dt.date(2017, 5, 23), publisher="City Courier", event_type="Protests",
        sub_event_type="Peaceful protest", location="Lahore", country="Pakistan", admin1="Punjab",
        lat=31.55, lon=74.34, date=dt.date(2017, 5, 22), fatalities=0, actor1="Protesters (Pakistan)", actor2=None,
        evidence=(("event_type", "Hundreds of teachers marched in Lahore"), ("location", "Lahore")),
    ),
    Seed(
        text="Gunmen abducted and killed two aid workers in Ghazni province on Sunday, police said.",
        published=dt.date(2017, 7, 10), publisher="Kabul Wire", event_type="Violence against civilians",
        sub_event_type="Attack", location="Ghazni", country="Afghanistan", admin1="Ghazni",
        lat=33.55, lon=68.42, date=dt.date(2017, 7, 9), fatalities=2, actor1="Unidentified Armed Group (Afghanistan)",
        actor2="Civilians (Afghanistan)",
        evidence=(("event_type", "Gunmen abducted and killed two aid workers"), ("fatalities", "killed two aid workers")),
    ),
)

EVENT_TYPES = tuple(sorted({s.event_type for s in SEEDS}))


def sentence_around(text: str, index: int) -> str:
    """The sentence of ``text`` holding ``index`` (sentences end with a full stop, or a line break)."""
    stop_before, break_before = text.rfind(". ", 0, index), text.rfind("\n", 0, index)
    begin = max(stop_before + 2 if stop_before >= 0 else 0, break_before + 1)
    stop = min(i for i in (text.find(". ", index), text.find("\n", index), len(text) - 1) if i >= 0) + 1
    return text[begin:stop].strip()


def seed_document(seed: Seed) -> tuple[Document, Event]:
    """The Document and its Event, with evidence offsets found in the text."""
    doc = Document(id=content_id(seed.text, prefix="d"), text=seed.text, title=f"{seed.sub_event_type} reported in {seed.location}",
                   url=f"https://news.example.org/{seed.location.lower()}", published=seed.published,
                   publisher=seed.publisher)
    evidence = []
    for name, quote in seed.evidence:
        start = seed.text.index(quote)
        evidence.append(Evidence(document_id=doc.id, field=name, sentence=sentence_around(seed.text, start),
                                 start=start, end=start + len(quote)))
    event = Event(
        event_id=content_id(doc.id, seed.event_type, seed.location, prefix="e"), document_id=doc.id,
        event_type=seed.event_type, sub_event_type=seed.sub_event_type, actor1=seed.actor1, actor2=seed.actor2,
        event_date=seed.date, date_precision="day", country=seed.country, admin1=seed.admin1, location=seed.location,
        latitude=seed.lat, longitude=seed.lon, geo_precision=1, fatalities=seed.fatalities,
        fatalities_low=seed.fatalities, fatalities_high=seed.fatalities, evidence=evidence,
    )
    return doc, event


def open_seeded_store(path_or_url):  # noqa: ANN001, ANN201
    """A new store (a SQLite file path or a URL) holding the SEEDS; ``store.seeded_ids`` maps places to event ids."""
    from eventsift.store import Store

    url = str(path_or_url)
    store = Store.open(url if "://" in url else f"sqlite:///{url}")
    ids = {}
    for seed in SEEDS:
        doc, event = seed_document(seed)
        result = store.ingest(doc, [event])
        ids[seed.location] = result.event_ids[0]
    store.seeded_ids = ids  # type: ignore[attr-defined]  (the tests look events up by place)
    return store


@pytest.fixture
def seeded_store(tmp_path):  # noqa: ANN001, ANN201
    store = open_seeded_store(tmp_path / "web.db")
    yield store
    store.close()


@dataclass
class Live:
    url: str
    store: object
    token: str
    ids: dict[str, str]


def _live(store, *, open_reads: bool) -> Iterator[Live]:  # noqa: ANN001
    from eventsift.web.app import WebSettings, create_app
    from eventsift.web.auth import TokenStore
    from eventsift.web.server import BackgroundServer

    tokens = TokenStore(store.engine)
    _, secret = tokens.create("analyst")
    app = create_app(store, settings=WebSettings(open_reads=open_reads, max_body_bytes=64_000), tokens=tokens)
    with BackgroundServer(app) as server:
        yield Live(url=server.url, store=store, token=secret, ids=store.seeded_ids)


@pytest.fixture
def live(seeded_store) -> Iterator[Live]:  # noqa: ANN001
    """A server of its own, for tests that change the store."""
    yield from _live(seeded_store, open_reads=True)


PG_URL = os.environ.get("EVENTSIFT_TEST_PG_URL")


@contextlib.contextmanager
def pg_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the test PostgreSQL server, dropped afterwards."""
    import sqlalchemy as sa

    admin = sa.create_engine(server_url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    name = f"evsf_web_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def live_shared(request, tmp_path_factory) -> Iterator[Live]:  # noqa: ANN001
    """One server for a module's tests that do not change the store (reads, refused writes), on SQLite and
    (with EVENTSIFT_TEST_PG_URL, e.g. from scripts/start-postgres.sh) on PostgreSQL."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            target = tmp_path_factory.mktemp("web-shared") / "web.db"
        elif PG_URL:
            target = stack.enter_context(pg_database(PG_URL))
        else:
            pytest.skip("EVENTSIFT_TEST_PG_URL is not set (scripts/start-postgres.sh prints one)")
        store = open_seeded_store(target)
        stack.callback(store.close)
        yield from _live(store, open_reads=True)


@pytest.fixture
def live_private(seeded_store) -> Iterator[Live]:  # noqa: ANN001
    yield from _live(seeded_store, open_reads=False)

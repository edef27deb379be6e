"""The application layer (one ingest path for every front end) and the store owning every table."""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_store_ingest import StandInPipeline, doc

from eventsift.app import STORE_STAGE, Coder, Stored, ingest_stream
from eventsift.errors import StoreError
from eventsift.records import Document, Processed, Rejected
from eventsift.store import Store
from eventsift.store.tokens import TokenStore

PACKAGE = Path(__file__).resolve().parents[1] / "eventsift"
CLASH = "type=Battles sub=Armed_clash date=2020-05-01 lat=30.1 lon=67.0 killed=3 actor=Taliban"


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:  # noqa: ANN001
    s = Store.open(f"sqlite:///{tmp_path / 'events.db'}")
    yield s
    s.close()


def test_the_pipeline_is_a_coder() -> None:
    from eventsift.pipeline import Pipeline, Processed as Reexported

    assert Reexported is Processed
    assert all(callable(getattr(Pipeline, name, None)) for name in ("process", "process_many"))
    assert {"process", "process_many"} <= set(Coder.__dict__)


def test_ingest_stream_yields_one_outcome_per_input_in_order(store: Store) -> None:
    first, failing = doc(f"One. {CLASH}"), doc(f"Two. {CLASH} fail-here")
    early = Rejected(source="feed item", stage="read", reason="empty")
    outcomes = list(ingest_stream(store, StandInPipeline(fail_on="fail-here"), [first, early, failing]))
    assert [type(o) for o in outcomes] == [Stored, Rejected, Rejected]
    assert outcomes[0].document is first and outcomes[0].result.stored and outcomes[0].result.events_new == 1
    assert outcomes[1] is early
    assert outcomes[2].stage == "nlp"
    again = list(ingest_stream(store, StandInPipeline(), [first]))
    assert isinstance(again[0], Stored) and not again[0].result.stored  # the same document twice changes nothing


class RefusingStore:
    """A store whose writes fail: the stream reports the document and goes on."""

    def __init__(self, store: Store) -> None:
        self.store, self.calls = store, 0

    def ingest(self, document: Document, events: list) -> object:  # noqa: ANN001
        self.calls += 1
        if self.calls == 1:
            raise StoreError("disk full")
        return self.store.ingest(document, events)


def test_a_store_failure_becomes_a_store_rejection_and_the_stream_goes_on(store: Store) -> None:
    docs = [doc(f"First. {CLASH}"), doc(f"Second. {CLASH}")]
    outcomes = list(ingest_stream(RefusingStore(store), StandInPipeline(), docs))
    assert isinstance(outcomes[0], Rejected) and outcomes[0].stage == STORE_STAGE and "disk full" in outcomes[0].reason
    assert isinstance(outcomes[1], Stored) and outcomes[1].result.stored


class OneByOne:
    """A coder that only codes one document at a time still serves every front end through process_many."""

    def process(self, document: Document) -> list:
        return []

    def process_many(self, items: Iterable[Document | Rejected], *, batch_size: int = 1) -> Iterator[Processed | Rejected]:
        for item in items:
            yield item if isinstance(item, Rejected) else Processed(document=item, events=self.process(item))


def test_a_submitted_text_is_read_from_its_record_without_a_file(store: Store, monkeypatch) -> None:  # noqa: ANN001
    import tempfile

    from eventsift.web.queries import ingest_submission
    from eventsift.web.schemas import DocumentIn

    def no_files(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a submission must not go through a temporary file")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", no_files)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", no_files)
    body = DocumentIn(text="Gunmen attacked a checkpoint in the district on Monday, officials said.",
                      title="A checkpoint attack", published=dt.date(2020, 5, 2), publisher="The Daily")
    result = ingest_submission(store, OneByOne(), body)
    assert result["stored"] and result["events"] == []
    stored = store.has_document(Document(id=result["document_id"], text=""))
    assert stored
    empty = ingest_submission(store, OneByOne(), DocumentIn(html="<html><body><script>x()</script></body></html>"))
    assert empty["rejected"].startswith("read:")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    return names | {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}


def test_the_web_layer_issues_no_sql() -> None:
    for path in sorted((PACKAGE / "web").glob("*.py")):
        assert not any(name.split(".")[0] == "sqlalchemy" for name in _imports(path)), path.name


def test_one_code_path_stores_coded_documents() -> None:
    """Only the application layer hands coded documents to Store.ingest."""
    callers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "ingest"
                    and len(node.args) == 2):
                callers.append(path.relative_to(PACKAGE).as_posix())
    assert callers == ["app/__init__.py"]


# -- api_tokens is a migration ------------------------------------------------------------------------

OLD_TOKENS_TABLE = """CREATE TABLE api_tokens (id INTEGER NOT NULL, name VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64) NOT NULL, shown VARCHAR(11) NOT NULL, created DATETIME NOT NULL, revoked DATETIME,
    PRIMARY KEY (id), UNIQUE (name), UNIQUE (token_hash))"""


def _downgrade_to_0001(url: str, *, old_tokens: bool) -> None:
    """Make the store look like one written before the tokens migration (optionally with the tokens table the
    token store used to make on first use, holding one token)."""
    from alembic import command
    from alembic.config import Config

    from eventsift.store import MIGRATIONS

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        assert "api_tokens" not in sa.inspect(conn).get_table_names()
        if old_tokens:
            conn.exec_driver_sql(OLD_TOKENS_TABLE)
            conn.execute(sa.text("INSERT INTO api_tokens (name, token_hash, shown, created) VALUES "
                                 "('desk', :hash, 'es_abcdefgh', '2026-01-01 00:00:00')"),
                         {"hash": hashlib.sha256(b"es_abcdefgh-secret").hexdigest()})
    engine.dispose()


def test_tokens_table_comes_from_the_migrations(store: Store) -> None:
    with store.engine.connect() as conn:
        assert "api_tokens" in sa.inspect(conn).get_table_names()
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() >= "0002"
    info, secret = TokenStore(store.engine).create("analyst")
    assert TokenStore(store.engine).verify(secret).name == "analyst"


def test_an_older_store_with_its_own_tokens_table_upgrades_and_keeps_its_tokens(tmp_path) -> None:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'old.db'}"
    Store.open(url).close()
    _downgrade_to_0001(url, old_tokens=True)
    reopened = Store.open(url)
    try:
        assert TokenStore(reopened.engine).verify("es_abcdefgh-secret").name == "desk"
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() >= "0002"
    finally:
        reopened.close()


def test_an_older_store_without_tokens_gets_the_table(tmp_path) -> None:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'older.db'}"
    Store.open(url).close()
    _downgrade_to_0001(url, old_tokens=False)
    reopened = Store.open(url)
    try:
        _, secret = TokenStore(reopened.engine).create("desk")
        assert TokenStore(reopened.engine).verify(secret) is not None
    finally:
        reopened.close()


# -- the API's reads ----------------------------------------------------------------------------------


def _seed(store: Store, days: list[str]) -> list[str]:
    ids = []
    for i, day in enumerate(days):
        text = f"Report {i}. type=Battles sub=Armed_clash date={day} lat={10 + 3 * i} lon={20 + 3 * i} killed={i} actor=Rebels"
        ids += list(ingest_stream(store, StandInPipeline(), [doc(text)]))[0].result.event_ids
    return ids


def test_weekly_timeline_starts_weeks_on_monday(store: Store) -> None:
    from eventsift.store.queries import EventFilter, period_start

    days = ["2020-05-03", "2020-05-04", "2020-05-10", "2020-05-11", "2021-01-01"]  # Sun, Mon, Sun, Mon, Fri
    _seed(store, days)
    weeks = store.timeline(EventFilter(), interval="week")
    expected: dict[str, int] = {}
    for day in days:
        key = period_start(dt.date.fromisoformat(day), "week").isoformat()
        expected[key] = expected.get(key, 0) + 1
    assert {b["period"]: b["count"] for b in weeks} == expected
    assert all(dt.date.fromisoformat(b["period"]).weekday() == 0 for b in weeks)
    assert [b["period"] for b in store.timeline(EventFilter(), interval="day")] == sorted(days)


def test_cached_answers_follow_writes_from_any_process(store: Store) -> None:
    from eventsift.store.queries import EventFilter

    ids = _seed(store, ["2020-05-04", "2020-05-05"])
    everything = EventFilter()
    assert store.facets()["countries"] == ["Pakistan"]
    assert len(json.loads(store.events_geojson_text(everything, limit=100))["features"]) == 2
    assert store.query_events(everything, limit=10)[0] == 2
    other = Store.open(str(store.engine.url))  # another process's store on the same file
    try:
        # the coordinates move with the country: the corrections validator refuses a country 5,000 km away
        other.edit(ids[0], {"country": "Afghanistan", "latitude": "34.5", "longitude": "69.2"}, by="analyst")
        other.reject(ids[1], by="analyst")
    finally:
        other.close()
    assert store.facets()["countries"] == ["Afghanistan"]
    features = json.loads(store.events_geojson_text(everything, limit=100))["features"]
    assert [f["properties"]["country"] for f in features] == ["Afghanistan"]
    assert store.query_events(everything, limit=10)[0] == 1
    assert store.query_events(EventFilter(country="afghanistan"), limit=10)[0] == 1


@pytest.mark.parametrize("bulk", [0, 10_000])
def test_geojson_features_built_in_one_pass_or_by_id_agree(store: Store, monkeypatch, bulk: int) -> None:  # noqa: ANN001
    from eventsift.store import answers
    from eventsift.store.queries import EventFilter

    _seed(store, ["2020-05-01", "2020-05-03", "2020-05-02"])
    monkeypatch.setattr(answers, "BULK_FEATURES", bulk)
    fresh = Store.open(str(store.engine.url))  # an empty feature cache
    try:
        first_two = json.loads(fresh.events_geojson_text(EventFilter(), limit=2))["features"]
        everything = json.loads(fresh.events_geojson_text(EventFilter(), limit=10))["features"]
        assert everything == fresh.events_geojson(EventFilter(), limit=10)["features"]  # the one-query build
    finally:
        fresh.close()
    assert [f["properties"]["event_date"] for f in everything] == ["2020-05-03", "2020-05-02", "2020-05-01"]
    assert first_two == everything[:2]

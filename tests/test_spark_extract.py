"""Spark in local[2] mode: JSONL and Parquet documents in, Parquet events in the export schema out."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.spark, pytest.mark.slow]

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java (java not on PATH)", allow_module_level=True)

from eventsift.export import parquet_schema  # noqa: E402
from eventsift.geo import InMemoryGeocoder  # noqa: E402
from eventsift.pipeline import Pipeline  # noqa: E402
from eventsift.records import Document  # noqa: E402
from eventsift.app.spark import detect_format, run_spark, spark_schema  # noqa: E402

RECORDS = [
    {"id": "r1", "published": "2024-03-05", "language": "en",
     "text": "QUETTA: At least five people were killed and 12 injured when a bomb exploded near a market in Quetta "
             "on Monday, police said."},
    {"id": "r2", "published": "2024-03-06", "language": "en",
     "text": "Gunmen abducted two engineers in Turbat on Sunday, officials said. Police arrested three suspects later."},
    {"id": "r3", "published": "2024-03-06", "language": "en",
     "text": "The city council approved a new budget for schools and roads on Tuesday after a long debate."},
]


@pytest.fixture(scope="module")
def spark():
    from eventsift.app.spark import _session

    session = _session("local[2]")
    yield session
    session.stop()


def expected_events() -> list[dict]:
    pipeline = Pipeline(geocoder=InMemoryGeocoder([]))
    docs = [Document(id=r["id"], text=r["text"], language="en", published=dt.date.fromisoformat(r["published"]))
            for r in RECORDS]
    return sorted((e.as_dict() for p in pipeline.process_many(docs) for e in p.events), key=lambda e: e["event_id"])


def read_events(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    assert table.schema.names == parquet_schema().names
    rows = table.to_pylist()
    for row in rows:
        for name in ("event_date", "date_end"):
            row[name] = row[name].isoformat() if row[name] else None
        for source in row["sources"]:
            source["published"] = source["published"].isoformat() if source["published"] else None
    return sorted(rows, key=lambda e: e["event_id"])


def test_jsonl_to_parquet_matches_the_local_pipeline(spark, tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "events.parquet"
    summary = run_spark(str(source), str(out), partitions=2, gazetteer=False, spark=spark)
    expected = expected_events()
    assert expected, "the test reports should code at least one event"
    assert (summary.documents, summary.events, summary.rejected) == (3, len(expected), 1)
    got = read_events(out)
    assert [e["event_id"] for e in got] == [e["event_id"] for e in expected]
    assert [(e["event_type"], e["fatalities"], e["evidence"]) for e in got] == \
        [(e["event_type"], e["fatalities"], e["evidence"]) for e in expected]
    rejected = [json.loads(line) for f in Path(summary.rejected_output).glob("*.json") for line in f.read_text().splitlines()]
    assert [r["stage"] for r in rejected] == ["read"]


def test_parquet_input_and_no_overwrite(spark, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist([{**r, "url": f"https://news.example/{r['id']}"} for r in RECORDS]), source)
    out = tmp_path / "out"
    summary = run_spark(str(source), str(out), gazetteer=False, spark=spark)
    assert (summary.documents, summary.rejected) == (3, 0)
    assert [e["event_id"] for e in read_events(out)] == [e["event_id"] for e in expected_events()]
    from eventsift.errors import EventsiftError

    with pytest.raises(EventsiftError):
        run_spark(str(source), str(out), gazetteer=False, spark=spark)


def test_spark_schema_mirrors_the_export_schema() -> None:
    assert [f.name for f in spark_schema().fields] == parquet_schema().names


@pytest.mark.parametrize(("name", "fmt"), [("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("c.warc.gz", "warc"),
                                           ("d.warc", "warc"), ("e.parquet", "parquet")])
def test_detect_format(name: str, fmt: str) -> None:
    assert detect_format(name) == fmt


def write_warc(path: Path, pages: dict[str, str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                               http_headers=headers)
            writer.write_record(record)


FILLER = ("Residents of the district gathered in the main square later in the day to talk about the news. "
          "Local traders said that shops would open as usual on the following morning. "
          "The provincial government said that it would publish a fuller statement within the week.")


def page(title: str, body: str) -> str:
    paragraphs = f"<p>{body}</p>" + "".join(f"<p>{sentence}</p>" for sentence in FILLER.split(". "))
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>")


def test_warc_input(spark, tmp_path: Path) -> None:
    source = tmp_path / "crawl.warc.gz"
    write_warc(source, {f"https://news.example/{r['id']}": page(f"Report {r['id']}", r["text"]) for r in RECORDS})
    out = tmp_path / "warc-events"
    summary = run_spark(str(source), str(out), gazetteer=False, spark=spark)
    assert (summary.documents, summary.rejected) == (3, 0)
    got = read_events(out)
    assert got and all(e["sources"][0]["url"].startswith("https://news.example/") for e in got)
    assert {e["event_type"] for e in got} == {e["event_type"] for e in expected_events()}

"""The same pipeline over an Apache Spark cluster: documents in (JSONL, WARC, Parquet), events out (Parquet).

    input files ─► Spark partitions ─► mapPartitions: Document records ─► Pipeline.process_many
                ─► rows in the export schema (eventsift.export.parquet_schema) ─► Parquet

Each Python worker builds its pipeline (spaCy model, gazetteer) once and keeps it for every partition
it is given (Spark reuses Python workers), so the model cost is paid once per executor core, not per
document. Rejected documents are counted and written next to the output as JSON lines
(``OUTPUT_rejected``, one JSON object a line).

    run_spark("news.jsonl", "events.parquet", master="local[2]")
    spark-submit --master yarn -m eventsift.app.spark news/*.jsonl s3a://bucket/events.parquet   # see docs/scale.md
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventsift.errors import EventsiftError, InputError
from eventsift.records import EVENT_FIELDS, Document, Event, Rejected

if TYPE_CHECKING:
    from eventsift.app import Coder

log = logging.getLogger(__name__)

__all__ = ["FORMATS", "SparkSummary", "detect_format", "event_row", "run_spark", "spark_schema"]

FORMATS = ("jsonl", "warc", "parquet")
# Partitions per core when the caller gives none: a few per core evens out slow partitions without
# paying the per-task overhead (tens of ms) too often.
PARTITIONS_PER_CORE = 3
# Columns of a Parquet input that become Document fields (the documents-in contract).
DOCUMENT_COLUMNS = ("id", "text", "html", "url", "title", "published", "publisher", "language", "dateline", "byline")

# This Python worker's pipelines, by (model, gazetteer): built on first use, kept for later partitions.
_PIPELINES: dict[tuple[str | None, bool], Coder] = {}


@dataclass(slots=True, kw_only=True)
class SparkSummary:
    documents: int
    events: int
    rejected: int
    output: str
    rejected_output: str | None

    def line(self) -> str:
        return (f"{self.documents} documents coded, {self.events} events written to {self.output}, "
                f"{self.rejected} rejected" + (f" (listed in {self.rejected_output})" if self.rejected_output else ""))


def detect_format(path: str) -> str:
    """jsonl | warc | parquet, from the input's name (a directory of Parquet files is Parquet)."""
    lower = path.lower().rstrip("/")
    if lower.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if lower.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json")):
        return "jsonl"
    if lower.endswith(".parquet") or (Path(path).is_dir() and any(Path(path).glob("*.parquet"))):
        return "parquet"
    raise InputError(f"cannot tell the format of {path!r}: name it .jsonl, .warc(.gz) or .parquet, or pass a format")


# -------------------------------------------------------------------------------- schema
def spark_schema():  # noqa: ANN201 - pyspark StructType
    """The export Parquet schema (eventsift.export.parquet_schema) as a Spark schema."""
    from pyspark.sql import types as T

    from eventsift.export import parquet_schema

    return T.StructType([T.StructField(f.name, _spark_type(f.type), True) for f in parquet_schema()])


def _spark_type(arrow_type):  # noqa: ANN001, ANN202
    import pyarrow as pa
    from pyspark.sql import types as T

    if pa.types.is_list(arrow_type):
        return T.ArrayType(_spark_type(arrow_type.value_type), True)
    if pa.types.is_struct(arrow_type):
        return T.StructType([T.StructField(f.name, _spark_type(f.type), True) for f in arrow_type])
    simple = {pa.string(): T.StringType(), pa.int32(): T.IntegerType(), pa.int64(): T.LongType(),
              pa.float64(): T.DoubleType(), pa.date32(): T.DateType(), pa.bool_(): T.BooleanType()}
    if arrow_type not in simple:
        raise TypeError(f"no Spark type for {arrow_type}")
    return simple[arrow_type]


def event_row(event: Event) -> tuple:
    """One event as a tuple in the order of ``spark_schema()``."""
    values = []
    for name in EVENT_FIELDS:
        if name == "evidence":
            values.append([(e.document_id, e.field, e.sentence, e.start, e.end) for e in event.evidence])
        elif name == "sources":
            values.append([(s.document_id, s.url, s.publisher, s.published) for s in event.sources])
        else:
            values.append(getattr(event, name))
    return tuple(values)


# -------------------------------------------------------------------------------- on the workers
def _pipeline(model: str | None, gazetteer: bool) -> Coder:
    key = (model, gazetteer)
    if key not in _PIPELINES:
        from eventsift.pipeline import Pipeline

        geocoder = None
        if not gazetteer:
            from eventsift.geo import InMemoryGeocoder

            geocoder = InMemoryGeocoder([])
        _PIPELINES[key] = Pipeline(model=model, geocoder=geocoder)
    return _PIPELINES[key]


def _documents(fmt: str, records: Iterable[Any]) -> Iterator[Document | Rejected]:
    """The partition's input records (JSONL lines, Parquet rows, or whole WARC files) as documents."""
    from eventsift.documents import ReadSettings
    from eventsift.documents.formats import document_from_record, iter_warc

    settings = ReadSettings()
    for number, record in enumerate(records):
        if fmt == "warc":
            path, data = record
            try:
                yield from iter_warc(io.BytesIO(data), source=path, settings=settings)
            except InputError as exc:
                yield Rejected(source=path, stage="read", reason=str(exc))
            continue
        try:
            if fmt == "jsonl":
                source, line = record
                if not line.strip():
                    continue
                data = json.loads(line)
            else:
                data = {k: v for k, v in record.asDict().items() if k in DOCUMENT_COLUMNS and v is not None}
                data["published"] = data["published"].isoformat() if hasattr(data.get("published"), "isoformat") else data.get("published")
                source = f"parquet:{data.get('id') or data.get('url') or number}"
            yield document_from_record(data, source=source, settings=settings)
        except json.JSONDecodeError as exc:
            yield Rejected(source=source, stage="read", reason=f"not JSON: {exc.msg}")
        except InputError as exc:
            yield Rejected(source=source, stage="read", reason=str(exc))


def extract_partition(records: Iterable[Any], *, fmt: str, model: str | None = None, gazetteer: bool = True) -> Iterator[tuple]:
    """mapPartitions body: ``("document", None)`` per coded document, ``("event", row)`` per event,
    ``("rejected", (source, stage, reason))`` per rejected input."""
    from eventsift.app.parallel import CHUNK_SIZE, run_chunk

    pipeline = _pipeline(model, gazetteer)
    chunk: list[Document | Rejected] = []
    for item in _documents(fmt, records):
        chunk.append(item)
        if len(chunk) >= CHUNK_SIZE:
            yield from _emit(run_chunk(pipeline, chunk))
            chunk = []
    if chunk:
        yield from _emit(run_chunk(pipeline, chunk))


def _emit(results: list[Any]) -> Iterator[tuple]:
    for result in results:
        if isinstance(result, Rejected):
            yield ("rejected", (result.source, result.stage, result.reason))
        else:
            yield ("document", None)
            for event in result.events:
                yield ("event", event_row(event))


# -------------------------------------------------------------------------------- on the driver
def _session(master: str | None):  # noqa: ANN202
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("eventsift").config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        builder = builder.config("spark.ui.enabled", "false")
        # local workers run this interpreter, with this checkout importable even when not installed
        # (pyspark reads the workers' interpreter from PYSPARK_PYTHON when the context starts)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.executorEnv.PYTHONPATH", str(Path(__file__).resolve().parents[2]))
    return builder.getOrCreate()


def _input_rdd(spark, inputs: list[str], fmt: str, partitions: int):  # noqa: ANN001, ANN202
    sc = spark.sparkContext
    if fmt == "jsonl":
        frame = spark.read.text(inputs)
        from pyspark.sql import functions as F

        frame = frame.withColumn("source", F.input_file_name())
        return frame.rdd.map(lambda row: (row.source, row.value)).repartition(partitions)
    if fmt == "warc":
        return sc.union([sc.binaryFiles(p) for p in inputs]).repartition(partitions)
    return spark.read.parquet(*inputs).rdd.repartition(partitions)


def run_spark(inputs: str | list[str], output: str, *, master: str | None = None, partitions: int | None = None,
              fmt: str | None = None, model: str | None = None, gazetteer: bool = True, overwrite: bool = False,
              spark: Any = None) -> SparkSummary:
    """Code every document of ``inputs`` on Spark and write the events as Parquet to ``output``.

    ``master`` is e.g. ``local[2]`` (None: whatever spark-submit set); ``spark`` reuses a session.
    """
    from pyspark import StorageLevel

    paths = [inputs] if isinstance(inputs, str) else list(inputs)
    if not paths:
        raise InputError("no inputs")
    fmt = fmt or detect_format(paths[0])
    if fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}; one of: {', '.join(FORMATS)}")
    session = spark or _session(master)
    try:
        partitions = partitions or PARTITIONS_PER_CORE * session.sparkContext.defaultParallelism
        coded = _input_rdd(session, paths, fmt, partitions).mapPartitions(
            lambda records: extract_partition(records, fmt=fmt, model=model, gazetteer=gazetteer))
        coded.persist(StorageLevel.MEMORY_AND_DISK)
        mode = "overwrite" if overwrite else "errorifexists"
        events = coded.filter(lambda r: r[0] == "event").map(lambda r: r[1])
        session.createDataFrame(events, schema=spark_schema()).write.mode(mode).parquet(output)
        kinds = dict(coded.map(lambda r: (r[0], 1)).reduceByKey(lambda a, b: a + b).collect())
        rejected_output = None
        if kinds.get("rejected"):
            rejected_output = output.rstrip("/") + "_rejected"
            rejected = coded.filter(lambda r: r[0] == "rejected").map(lambda r: r[1])
            session.createDataFrame(rejected, schema="source string, stage string, reason string") \
                .coalesce(1).write.mode(mode).json(rejected_output)
        coded.unpersist()
    except EventsiftError:
        raise
    except Exception as exc:  # py4j and Spark raise their own types; the CLI reports one kind
        if type(exc).__module__.startswith(("pyspark", "py4j")):
            raise EventsiftError(f"spark job failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
        raise
    finally:
        if spark is None:
            session.stop()
    summary = SparkSummary(documents=kinds.get("document", 0), events=kinds.get("event", 0),
                           rejected=kinds.get("rejected", 0), output=output, rejected_output=rejected_output)
    log.info("%s", summary.line())
    return summary


if __name__ == "__main__":  # the spark-submit entry point: same options as `eventsift spark`
    from eventsift.cli import main

    sys.exit(main(["spark", *sys.argv[1:]]))

"""Ingest throughput into the store, documents per second.

With the stand-in pipeline (events written into the documents) the figure is the store's own
cost: reading, the already-stored check, one transaction per document, merging. With --real the
real pipeline codes the documents too (when it is built).

    .venv/bin/python -m bench.ingest [--docs 500] [--pg postgresql://...] [--real PATH...]

PostgreSQL is measured when --pg or $EVENTSIFT_TEST_PG_URL gives a server (scripts/start-postgres.sh
starts one); a fresh database is created on it and dropped afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from eventsift.store import Store, ingest_inputs

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from test_store_ingest import StandInPipeline, jsonl_reader  # noqa: E402

# Distinct incidents in the synthetic batch; each gets several reports. 50 incidents over 500
# documents gives 10 reports an incident, about what a busy news day gives a large attack.
INCIDENTS = 50


def write_batch(path: Path, n: int) -> Path:
    lines = []
    for i in range(n):
        k = i % INCIDENTS
        lat, lon = 25.0 + (k % 10) * 1.1, 62.0 + (k // 10) * 1.1  # incidents 100+ km apart
        text = (f"Report {i} from outlet {i % 7}. type=Battles sub=Armed_clash date=2020-05-{1 + k % 9:02d} "
                f"lat={lat:.3f} lon={lon:.3f} killed={k % 6 + i % 3} actor=Taliban " + "filler words " * 200)
        lines.append(json.dumps({"text": text, "published": f"2020-05-{10 + i % 3:02d}", "publisher": f"Outlet {i % 7}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def measure(url: str, batch: Path, *, pipeline, reader) -> dict[str, float]:  # noqa: ANN001
    store = Store.open(url)
    start = time.perf_counter()
    summary = ingest_inputs(store, [str(batch)], pipeline=pipeline, reader=reader)
    first = time.perf_counter() - start
    start = time.perf_counter()
    again = ingest_inputs(store, [str(batch)], pipeline=pipeline, reader=reader)
    second = time.perf_counter() - start
    store.close()
    return {"documents": summary.stored, "seconds": round(first, 2), "docs_per_s": round(summary.stored / first, 1),
            "events": summary.events_stored, "merged": summary.events_merged,
            "rerun_skip_docs_per_s": round(again.skipped / second, 1)}


def pg_database(url: str):  # noqa: ANN201
    admin = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    name = f"evsf_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False), drop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--pg", default=os.environ.get("EVENTSIFT_TEST_PG_URL"))
    parser.add_argument("--real", nargs="*", default=None, metavar="PATH", help="also ingest these inputs with the real pipeline")
    args = parser.parse_args(argv)
    results: dict[str, object] = {"docs": args.docs, "date": dt.date.today().isoformat()}
    with tempfile.TemporaryDirectory() as tmp:
        batch = write_batch(Path(tmp) / "batch.jsonl", args.docs)
        results["sqlite"] = measure(f"sqlite:///{tmp}/bench.db", batch, pipeline=StandInPipeline(), reader=jsonl_reader)
        if args.pg:
            url, drop = pg_database(args.pg)
            try:
                results["postgresql"] = measure(url, batch, pipeline=StandInPipeline(), reader=jsonl_reader)
            finally:
                drop()
        if args.real is not None:
            from eventsift.pipeline import Pipeline

            try:
                pipeline = Pipeline()
            except (NotImplementedError, ModuleNotFoundError) as exc:
                results["real_pipeline"] = f"not measured: {exc}"
            else:
                from eventsift.documents import read_inputs

                store = Store.open(f"sqlite:///{tmp}/real.db")
                start = time.perf_counter()
                summary = ingest_inputs(store, args.real, pipeline=pipeline, reader=read_inputs)
                seconds = time.perf_counter() - start
                results["real_pipeline"] = {"documents": summary.stored, "seconds": round(seconds, 2),
                                            "docs_per_s": round(summary.stored / seconds, 2) if seconds else None,
                                            "rejected": len(summary.rejected)}
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

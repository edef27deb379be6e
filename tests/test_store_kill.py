"""kill -9 in the middle of a batch, then a re-run: the store holds exactly what a clean run stores."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventsift.store import Store, ingest_inputs

sys.path.insert(0, str(Path(__file__).parent))
from test_store_ingest import REPO, StandInPipeline, jsonl_reader, store_url, write_batch  # noqa: E402,F401

# Documents in the batch: enough that the child is still writing when it is killed.
BATCH_SIZE = 200
# Kill once this many documents are committed (a point strictly inside the batch).
KILL_AFTER = 30
POLL_SECONDS = 0.02


def _stored(url: str) -> int:
    """Committed documents, read without running migrations (polled often)."""
    import sqlalchemy as sa

    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()
    finally:
        engine.dispose()


def test_kill_mid_batch_then_rerun_equals_clean_run(store_url: str, tmp_path: Path) -> None:
    batch = write_batch(tmp_path / "batch.jsonl", BATCH_SIZE, incidents=20)
    Store.open(store_url).close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = [sys.executable, str(REPO / "tests" / "test_store_ingest.py"), store_url, str(batch)]
    proc = subprocess.Popen(child, cwd=REPO, env=env)
    try:
        deadline = time.monotonic() + 120
        while _stored(store_url) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
        if proc.poll() is not None:
            pytest.fail("the batch finished before it could be killed; raise BATCH_SIZE")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    partial = _stored(store_url)
    assert KILL_AFTER <= partial < BATCH_SIZE

    store = Store.open(store_url)
    pipeline = StandInPipeline()
    summary = ingest_inputs(store, [str(batch)], pipeline=pipeline, reader=jsonl_reader)
    assert summary.skipped == partial and summary.stored == BATCH_SIZE - partial
    assert len(pipeline.seen) == BATCH_SIZE - partial  # finished documents are not coded again

    clean = Store.open(f"sqlite:///{tmp_path / 'clean.db'}")
    ingest_inputs(clean, [str(batch)], pipeline=StandInPipeline(), reader=jsonl_reader)
    assert store.snapshot() == clean.snapshot()

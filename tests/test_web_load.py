"""A bounded load test: `eventsift serve` in its own process, concurrent readers and one writer, no errors.

Figures (requests per second, p99 latency) are printed for the record (`pytest -s`), never asserted.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from test_web_fixtures import SEEDS, seeded_store  # noqa: F401  (fixture)

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
READERS = 4  # concurrent reading clients
READS_EACH = 150  # requests per reader
WRITES = 60  # edits by the one writer, interleaved with the reads
READ_PATHS = ["/api/events", "/api/events.geojson", "/api/stats/timeline?interval=week", "/api/events?q=killed",
              "/api/events?country=Pakistan&min_fatalities=1", "/api/facets"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(seeded_store, tmp_path):  # noqa: ANN001, ANN201
    from eventsift.web.auth import TokenStore

    _, token = TokenStore(seeded_store.engine).create("load")
    url = str(seeded_store.engine.url)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventsift", "serve", "--db", url, "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # up to a minute for the process to import and bind
            if proc.poll() is not None:
                pytest.fail(f"eventsift serve exited: {proc.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(base + "/api/config", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("eventsift serve did not answer")
        yield base, token, seeded_store
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_concurrent_readers_and_a_writer_see_no_errors(served) -> None:  # noqa: ANN001
    base, token, store = served
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    target = store.seeded_ids["Dansadau"]

    def run(requests: list[tuple[str, str, dict | None]], headers: dict[str, str]) -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=60) as c:
            for method, path, body in requests:
                began = time.perf_counter()
                try:
                    response = c.request(method, path, json=body)
                    ok = response.status_code == 200
                    problem = None if ok else f"{method} {path}: {response.status_code} {response.text[:200]}"
                except httpx.HTTPError as exc:
                    problem = f"{method} {path}: {type(exc).__name__}"
                with lock:
                    latencies.append(time.perf_counter() - began)
                    if problem:
                        errors.append(problem)

    reads = [("GET", READ_PATHS[i % len(READ_PATHS)], None) for i in range(READS_EACH)]
    writes = [("PATCH", f"/api/events/{target}", {"injured": i}) for i in range(WRITES)]
    threads = [threading.Thread(target=run, args=(reads, {})) for _ in range(READERS)]
    threads.append(threading.Thread(target=run, args=(writes, {"Authorization": f"Bearer {token}"})))
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began

    total = READERS * READS_EACH + WRITES
    assert errors == []
    assert len(latencies) == total
    detail = store.show(target)
    assert detail.event.injured == WRITES - 1
    assert sum(1 for c in detail.corrections if c.field == "injured") == WRITES
    latencies.sort()
    p99 = latencies[int(0.99 * (len(latencies) - 1))]
    print(f"\nload: {total} requests ({READERS} readers x {READS_EACH}, 1 writer x {WRITES}) in {elapsed:.2f}s: "
          f"{total / elapsed:.0f} req/s, errors {len(errors)}, p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms")

"""API tail latency: `eventsift serve` in its own process, concurrent readers and one writer, on a big store.

    .venv/bin/python -m bench.api_load [--events 10000] [--readers 4] [--reads 200] [--writes 100] [--db PATH]

Builds a SQLite store of ``--events`` synthetic events (written here: spread over four years, 40 countries and
a grid of places so none merge; each with evidence sentences), starts ``python -m eventsift serve`` on
127.0.0.1, then runs ``--readers`` reading clients (the map page's requests: the list, the GeoJSON, the
timeline, facets, filters, a free-text query, one event in full) beside one writer correcting events with a
token. Each kind of read is asked once first (a warm-up, not counted: a server's first answers fill its
caches). Prints requests per second, errors and p50 / p99 latency overall and per kind of request, and the
server's CPU per request. The run is bounded: a fixed number of requests per client. ``--db`` keeps the built
store for the next run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx

from eventsift.records import Document, Event, Evidence, content_id
from eventsift.store import Store
from eventsift.store.tokens import TokenStore

REPO = Path(__file__).resolve().parents[1]
# Events per synthetic document: a digest of many incidents, so the store is built in seconds.
EVENTS_PER_DOCUMENT = 50
COUNTRIES = [f"Country {i:02d}" for i in range(40)]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Riots", "Mob violence"), ("Strategic developments", "Arrests")]
ACTORS = ["Military Forces", "Police Forces", "Rebel Front", "Unidentified Armed Group", "Protesters", "Rioters"]
FIRST_DAY = dt.date(2019, 1, 1)
DAYS = 4 * 365
# What the page asks for; the event detail path is filled in per request.
READ_PATHS = [
    ("list", "/api/events"),
    ("geojson", "/api/events.geojson"),
    ("timeline", "/api/stats/timeline?interval=week"),
    ("facets", "/api/facets"),
    ("filter", "/api/events?country=Country%2007&min_fatalities=1"),
    ("type+dates", "/api/events?event_type=Battles&start=2020-01-01&end=2020-06-30"),
    ("bbox", "/api/events.geojson?bbox=60,20,75,35"),
    ("text", "/api/events?q=checkpoint"),
    ("detail", None),
]
# Seconds a client waits for one answer before counting it as an error.
REQUEST_TIMEOUT_S = 60


def synthetic_events(n: int) -> list[tuple[Document, list[Event]]]:
    rng = random.Random(7)
    batches = []
    for d in range((n + EVENTS_PER_DOCUMENT - 1) // EVENTS_PER_DOCUMENT):
        text = f"Digest {d}: " + " ".join(f"Item {i}: gunmen attacked a checkpoint." for i in range(EVENTS_PER_DOCUMENT))
        doc = Document(id=content_id("bench", d, prefix="doc-"), text=text, published=FIRST_DAY, publisher=f"Outlet {d % 9}")
        events = []
        for i in range(min(EVENTS_PER_DOCUMENT, n - d * EVENTS_PER_DOCUMENT)):
            k = d * EVENTS_PER_DOCUMENT + i
            kind, sub = TYPES[k % len(TYPES)]
            # a grid of places 3 degrees apart in latitude and longitude: no two events can merge
            lat, lon = -60 + (k % 40) * 3.0, -170 + (k // 40 % 110) * 3.0
            sentence = f"Item {i}: gunmen attacked a checkpoint near place {k}, killing {k % 7}."
            events.append(Event(
                event_id=content_id("bench", k, prefix="ev-"), document_id=doc.id, event_type=kind, sub_event_type=sub,
                actor1=f"{ACTORS[k % len(ACTORS)]} of {COUNTRIES[k % 40]}", actor2=f"Civilians ({COUNTRIES[k % 40]})",
                event_date=FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS)), date_precision="day", time_precision=1,
                country=COUNTRIES[k % 40], admin1=f"Province {k % 13}", location=f"Place {k}",
                latitude=lat, longitude=lon, geo_precision=1, fatalities=k % 7, injured=k % 5,
                evidence=[Evidence(document_id=doc.id, field="event_type", sentence=sentence, start=0, end=len(sentence)),
                          Evidence(document_id=doc.id, field="fatalities", sentence=sentence, start=1, end=len(sentence))],
            ))
        batches.append((doc, events))
    return batches


def build_store(url: str, events: int) -> list[str]:
    """The store at ``url`` with at least ``events`` events (built when short); returns their ids."""
    store = Store.open(url)
    try:
        total, _ = store.query_events(_no_filter(), limit=1)
        if total < events:
            began = time.perf_counter()
            for document, coded in synthetic_events(events):
                store.ingest(document, coded)
            print(f"built {events} events in {time.perf_counter() - began:.1f} s", file=sys.stderr)
        _, rows = store.query_events(_no_filter(), limit=1000)
        return [row["event_id"] for row in rows]
    finally:
        store.close()


def _no_filter():  # noqa: ANN202
    from eventsift.store.queries import EventFilter

    return EventFilter()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int, cwd: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "eventsift", "serve", "--db", url, "--port", str(port)],
                            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):  # up to a minute to import and bind
        if proc.poll() is not None:
            raise SystemExit(f"eventsift serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(base + "/api/config", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("eventsift serve did not answer")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), to report the server's cost per request
    whatever else the machine is doing."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_load(base: str, token: str, ids: list[str], *, readers: int, reads: int, writes: int) -> dict:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()

    def client(requests: list[tuple[str, str, str, dict | None]], headers: dict[str, str]) -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=REQUEST_TIMEOUT_S) as c:
            for kind, method, path, body in requests:
                began = time.perf_counter()
                try:
                    response = c.request(method, path, json=body)
                    problem = None if response.status_code == 200 else f"{method} {path}: {response.status_code}"
                except httpx.HTTPError as exc:
                    problem = f"{method} {path}: {type(exc).__name__}"
                with lock:
                    latencies[kind].append(time.perf_counter() - began)
                    if problem:
                        errors.append(problem)

    with httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT_S) as c:  # warm-up, not counted: a server's first
        for _, path in READ_PATHS:                                     # answers fill its caches once
            c.get(path or f"/api/events/{ids[0]}")
    rng = random.Random(11)
    plans = []
    for r in range(readers):
        plan = []
        for i in range(reads):
            kind, path = READ_PATHS[(i + r) % len(READ_PATHS)]
            plan.append((kind, "GET", path or f"/api/events/{rng.choice(ids)}", None))
        plans.append((plan, {}))
    edits = [("write", "PATCH", f"/api/events/{rng.choice(ids)}", {"injured": i % 9}) for i in range(writes)]
    plans.append((edits, {"Authorization": f"Bearer {token}"}))
    threads = [threading.Thread(target=client, args=plan) for plan in plans]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def report(result: dict, *, events: int, readers: int, reads: int, writes: int) -> None:
    everything = [x for values in result["latencies"].values() for x in values]
    total = len(everything)
    print(f"{events} events, {readers} readers x {reads} + 1 writer x {writes}: {total} requests in "
          f"{result['elapsed']:.1f} s, {total / result['elapsed']:.0f} requests/s, errors {len(result['errors'])}, "
          f"p50 {_pct(everything, 0.5):.0f} ms, p99 {_pct(everything, 0.99):.0f} ms; server CPU "
          f"{1000 * result['server_cpu'] / total:.1f} ms a request; load average {result['load']:.1f} on "
          f"{os.cpu_count()} cores")
    for kind, values in sorted(result["latencies"].items()):
        print(f"  {kind:11s} n={len(values):4d}  p50 {_pct(values, 0.5):6.0f} ms  p99 {_pct(values, 0.99):6.0f} ms")
    for problem in result["errors"][:10]:
        print(f"  error: {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--reads", type=int, default=200, help="requests per reader")
    parser.add_argument("--writes", type=int, default=100, help="corrections by the writer")
    parser.add_argument("--db", default=None, help="SQLite file to build (or reuse) the store in")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="eventsift-load-") as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "load.db"
        url = f"sqlite:///{path.resolve()}"
        ids = build_store(url, args.events)
        store = Store.open(url)
        _, token = TokenStore(store.engine).create(f"load-{os.getpid()}-{time.time_ns()}")
        store.close()
        proc = start_server(url, free_port(), tmp)
        try:
            base = f"http://127.0.0.1:{proc.args[proc.args.index('--port') + 1]}"
            before = cpu_seconds(proc.pid)
            result = run_load(base, token, ids, readers=args.readers, reads=args.reads, writes=args.writes)
            result["server_cpu"] = cpu_seconds(proc.pid) - before
            result["load"] = os.getloadavg()[0]
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        report(result, events=args.events, readers=args.readers, reads=args.reads, writes=args.writes)
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())

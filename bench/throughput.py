"""Throughput of ``eventsift extract`` against plain spaCy, on this machine.

    .venv/bin/python -m bench.throughput [--docs 300] [--workers 1,2] [--profile]

Builds a corpus of ~600-word reports from the project's examples (bench/corpus.py), then runs each
configuration in a fresh process so that memory figures do not leak from one run into the next:

- eventsift extract: read the JSONL corpus, code every document (trigger pre-filter, NER on candidate
  sentences, rules, gazetteer), on 1 and on 2 worker processes (eventsift.app.parallel);
- baseline: ``nlp.pipe`` over the same document texts with the full en_core_web_md pipeline (every
  component enabled), with ``n_process`` 1 and 2.

Times exclude model loading (reported apart as start-up). Documents per CPU-second (all processes'
user + system time) is the figure to compare on a shared machine, where wall-clock rates depend on
what else runs; peak memory is the largest sum of the
resident memory of the run's process and all its children, sampled every 100 ms.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.corpus import build_corpus

# Sampling period of the memory watcher: model loading and batches take seconds, so 100 ms catches peaks.
SAMPLE_S = 0.1
# The targets.
TARGET_SPEEDUP = 2.0
TARGET_DOCS_PER_S = 50.0
TARGET_PEAK_MB = 2048


# -------------------------------------------------------------------------------- memory sampling
def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in bytes (Linux /proc)."""
    children = _children_map()
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack += children.get(current, [])
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
    return total


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds used by this process, its reaped children and its live descendants (Linux /proc)."""
    times = os.times()
    total = times.user + times.system + times.children_user + times.children_system
    children = _children_map()
    stack = list(children.get(pid, []))
    tick = os.sysconf("SC_CLK_TCK")
    while stack:
        current = stack.pop()
        stack += children.get(current, [])
        try:
            with open(f"/proc/{current}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


class PeakMemory:
    """Samples the process tree's resident memory in a thread; ``peak`` is the largest sum seen."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_bytes(os.getpid()))
            self._stop.wait(SAMPLE_S)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.peak = max(self.peak, tree_rss_bytes(os.getpid()))
        self._stop.set()
        self._thread.join()


# -------------------------------------------------------------------------------- one run (child process)
def bench_pipeline(geocoder: str):  # noqa: ANN201 - eventsift.pipeline.Pipeline
    """The pipeline each worker builds: the real gazetteer, or an empty in-memory one."""
    from eventsift.pipeline import Pipeline

    if geocoder == "memory":
        from eventsift.geo import InMemoryGeocoder

        return Pipeline(geocoder=InMemoryGeocoder([]))
    return Pipeline()


def _read(corpus: str) -> list:
    from eventsift.documents import read_inputs
    from eventsift.records import Document

    return [d for d in read_inputs([corpus]) if isinstance(d, Document)]


def run_extract(corpus: str, *, workers: int, geocoder: str, profile: bool = False) -> dict:
    from eventsift.app.parallel import ParallelExtractor
    from eventsift.records import Rejected

    with PeakMemory() as memory:
        started = time.perf_counter()
        extractor = ParallelExtractor(workers=workers, factory=functools.partial(bench_pipeline, geocoder))
        extractor.start()
        ready, cpu_ready = time.perf_counter(), tree_cpu_seconds(os.getpid())
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        from eventsift.documents import read_inputs

        results = list(extractor.extract(read_inputs([corpus])))
        done = time.perf_counter()
        if profiler is not None:
            profiler.disable()
            import pstats

            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(35)
        cpu = tree_cpu_seconds(os.getpid()) - cpu_ready  # before close: forkserver workers are not our children to reap
        extractor.close()
    rejected = sum(isinstance(r, Rejected) for r in results)
    events = sum(len(r.events) for r in results if not isinstance(r, Rejected))
    return {"documents": len(results) - rejected, "rejected": rejected, "events": events,
            "startup_s": ready - started, "seconds": done - ready, "cpu_s": cpu, "peak_bytes": memory.peak}


def run_baseline(corpus: str, *, workers: int) -> dict:
    import spacy

    from eventsift.nlp.model import model_path

    texts = [d.text for d in _read(corpus)]
    with PeakMemory() as memory:
        started = time.perf_counter()
        nlp = spacy.load(model_path())  # every component enabled: what a plain spaCy user runs
        ready, cpu_ready = time.perf_counter(), tree_cpu_seconds(os.getpid())
        count = sum(1 for _ in nlp.pipe(texts, n_process=workers))
        done = time.perf_counter()
    cpu = tree_cpu_seconds(os.getpid()) - cpu_ready
    return {"documents": count, "rejected": 0, "events": None, "components": nlp.pipe_names,
            "startup_s": ready - started, "seconds": done - ready, "cpu_s": cpu, "peak_bytes": memory.peak}


# -------------------------------------------------------------------------------- orchestration
def machine() -> dict:
    import spacy

    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    from eventsift.app.parallel import default_workers

    return {"cpu": cpu, "cores": default_workers(), "python": platform.python_version(), "spacy": spacy.__version__,
            "platform": platform.platform()}


def _child(args: list[str]) -> dict:
    cmd = [sys.executable, "-m", "bench.throughput", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    if done.stderr.strip():
        sys.stderr.write(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _geocoder_available() -> bool:
    try:
        from eventsift.geo import open_geocoder

        open_geocoder()
    except Exception:  # not built yet, or the gazetteer module is missing
        return False
    return True


def table(rows: list[dict], *, sentences: int, words: int) -> str:
    head = (f"{'run':<46}{'docs/s':>8}{'sent/s':>8}{'words/s':>9}{'docs/cpu-s':>11}{'peak MB':>9}{'start s':>8}"
            f"{'run s':>7}{'cpu s':>7}{'events':>7}")
    lines = [head, "-" * len(head)]
    for row in rows:
        s = row["seconds"]
        lines.append(f"{row['name']:<46}{row['documents'] / s:>8.1f}{sentences / s:>8.0f}{words / s:>9.0f}"
                     f"{row['documents'] / row['cpu_s']:>11.1f}{row['peak_bytes'] / 2**20:>9.0f}{row['startup_s']:>8.1f}"
                     f"{s:>7.1f}{row['cpu_s']:>7.1f}{'' if row['events'] is None else row['events']:>7}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.throughput", description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="documents in the corpus (default 300)")
    parser.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated (default 1,2)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the plain-spaCy baseline")
    parser.add_argument("--geocoder", choices=("auto", "real", "memory"), default="auto",
                        help="real gazetteer, an empty in-memory one, or real when it can be opened (default)")
    parser.add_argument("--profile", action="store_true", help="cProfile the 1-worker run (to stderr)")
    parser.add_argument("--run", choices=("extract", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:  # one configuration, in its own process; the result as a JSON line
        workers = int(args.workers)
        if args.run == "extract":
            result = run_extract(args.corpus, workers=workers, geocoder=args.geocoder, profile=args.profile)
        else:
            result = run_baseline(args.corpus, workers=workers)
        print(json.dumps(result))
        return 0

    geocoder = args.geocoder
    if geocoder == "auto":
        geocoder = "real" if _geocoder_available() else "memory"
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    with tempfile.TemporaryDirectory(prefix="eventsift-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for record in build_corpus(args.docs):
                f.write(json.dumps(record) + "\n")
        from eventsift.nlp.text import split_sentences

        texts = [d.text for d in _read(str(corpus))]
        sentences = sum(len(split_sentences(t)) for t in texts)
        words = sum(len(t.split()) for t in texts)
        rows = []
        for n in counts:
            extra = ["--profile"] if args.profile and n == 1 else []
            rows.append({"name": f"eventsift extract, {n} worker{'s' if n > 1 else ''}",
                         **_child(["--run", "extract", "--workers", str(n), "--corpus", str(corpus), "--geocoder", geocoder, *extra])})
        if not args.no_baseline:
            for n in counts:
                rows.append({"name": f"spaCy nlp.pipe (all components), n_process={n}",
                             **_child(["--run", "baseline", "--workers", str(n), "--corpus", str(corpus)])})
    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, spaCy {info['spacy']}, {info['platform']}")
    print(f"corpus: {len(texts)} documents, {words} words ({words / max(1, len(texts)):.0f} a document), {sentences} sentences; "
          f"gazetteer: {'real' if geocoder == 'real' else 'empty in-memory (real one not available)'}")
    print(table(rows, sentences=sentences, words=words))
    _verdict(rows)
    return 0


def _verdict(rows: list[dict]) -> None:
    extract = {r["name"].split(", ")[1].split()[0]: r for r in rows if r["name"].startswith("eventsift")}
    base = {r["name"].rsplit("=", 1)[1]: r for r in rows if r["name"].startswith("spaCy")}
    for n, row in extract.items():
        rate = row["documents"] / row["seconds"]
        line = f"{n} worker(s): {rate:.1f} docs/s (target {TARGET_DOCS_PER_S:g} on 2 cores)"
        if n in base:
            speedup = rate / (base[n]["documents"] / base[n]["seconds"])
            per_cpu = (row["documents"] / row["cpu_s"]) / (base[n]["documents"] / base[n]["cpu_s"])
            line += f", {speedup:.1f}x plain nlp.pipe by the clock, {per_cpu:.1f}x per CPU-second (target {TARGET_SPEEDUP:g}x)"
        line += f", peak {row['peak_bytes'] / 2**20:.0f} MB (target < {TARGET_PEAK_MB} MB)"
        print(line)


if __name__ == "__main__":
    sys.exit(main())

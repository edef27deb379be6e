"""Batch extraction on every core: one worker process per core, each with its own model and gazetteer.

    items ─► chunks of documents ─► worker pool (model + gazetteer loaded once per worker)
          ─► Pipeline.process_many per chunk ─► results in input order

    >>> for item in extract_parallel(read_inputs(paths), workers=2): ...

Workers are started with ``forkserver`` (``spawn`` where there is none), never ``fork``: a forked
copy of a process that already runs threads (tqdm, a database pool) may deadlock. A document that
makes the pipeline fail becomes a ``Rejected``; a worker that dies (out of memory, a crash in native
code) is replaced, and only the document that killed it is rejected.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from eventsift.records import Document, Processed, Rejected

if TYPE_CHECKING:
    from eventsift.app import Coder

log = logging.getLogger(__name__)

__all__ = ["CHUNK_SIZE", "ParallelExtractor", "default_factory", "default_workers", "extract_parallel", "run_chunk"]

# Documents sent to a worker at once. 16 reports of ~600 words fill a spaCy batch of 64 candidate
# sentences about three times over, and a chunk costs about a second: small enough to keep both workers
# busy to the end of a batch, large enough that pickling is noise (measured with bench.throughput).
CHUNK_SIZE = 16
# Chunks queued per worker: one running, one waiting, so a worker never idles while the reader
# catches up, and memory stays bounded however long the input stream is.
IN_FLIGHT_PER_WORKER = 2
# How often (seconds) start() polls for workers that have loaded their model.
READY_POLL_S = 0.05

PipelineFactory = Callable[[], "Coder"]  # builds a coder (eventsift.app.Coder) such as eventsift.pipeline.Pipeline

# The pipeline of this worker process, built once by _init_worker (unused in the parent).
_PIPELINE: Coder | None = None


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _make_pipeline(model: str | None) -> Coder:
    from eventsift.pipeline import Pipeline

    return Pipeline(model=model)


def default_factory(*, model: str | None = None) -> PipelineFactory:
    """A picklable factory for the standard pipeline (default model and the offline gazetteer)."""
    return functools.partial(_make_pipeline, model)


def _source(item: Document | Rejected) -> str:
    if isinstance(item, Rejected):
        return item.source
    return item.source or item.id


def run_chunk(pipeline: Coder, chunk: list[Document | Rejected]) -> list[Processed | Rejected]:
    """Run one chunk through ``pipeline``, one result per item in order; failures become ``Rejected``.

    The whole chunk goes through ``process_many`` (one spaCy batch); if that raises, the chunk is rerun
    one document at a time so that only the failing documents are rejected.
    """
    try:
        results = list(pipeline.process_many(chunk))
        if len(results) == len(chunk):
            return results
        log.warning("pipeline returned %d results for %d items; rerunning one by one", len(results), len(chunk))
    except Exception:  # a bug on one document must not lose the other documents of its chunk
        log.debug("chunk failed; rerunning one document at a time", exc_info=True)
    results = []
    for item in chunk:
        try:
            one = list(pipeline.process_many([item]))
            results.append(one[0] if len(one) == 1 else _rejected(item, f"pipeline returned {len(one)} results"))
        except Exception as exc:
            log.warning("%s: extraction failed: %s: %s", _source(item), type(exc).__name__, exc)
            results.append(_rejected(item, f"unexpected {type(exc).__name__}: {exc}"))
    return results


def _rejected(item: Document | Rejected, reason: str) -> Rejected:
    if isinstance(item, Rejected):
        return item
    return Rejected(source=_source(item), stage="extract", reason=reason)


def _init_worker(factory: PipelineFactory) -> None:
    global _PIPELINE  # per-process state of a worker, set once here and never changed
    _PIPELINE = factory()


def _worker_chunk(chunk: list[Document | Rejected]) -> list[Processed | Rejected]:
    return run_chunk(_PIPELINE, chunk)


def _worker_pid() -> int:
    time.sleep(READY_POLL_S)  # hold this worker so that the next probe reaches another one
    return os.getpid()


def _chunks(items: Iterable[Document | Rejected], size: int) -> Iterator[list[Document | Rejected]]:
    chunk: list[Document | Rejected] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ParallelExtractor:
    """A pool of pipeline workers; reuse it for many batches so the models load once.

        with ParallelExtractor(workers=2) as extractor:
            extractor.start()              # optional: wait until every worker has loaded its model
            for item in extractor.extract(documents): ...
    """

    def __init__(self, *, workers: int | None = None, chunk_size: int = CHUNK_SIZE,
                 factory: PipelineFactory | None = None, start_method: str | None = None) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        self.workers = workers or default_workers()
        self.chunk_size = chunk_size
        self.factory = factory or default_factory()
        methods = multiprocessing.get_all_start_methods()
        self.start_method = start_method or ("forkserver" if "forkserver" in methods else "spawn")
        self._pool: ProcessPoolExecutor | None = None
        self._local: Coder | None = None  # the in-process pipeline when workers == 1
        self.restarts = 0  # pools replaced after a worker died

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> ParallelExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self.start_method)
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=_init_worker,
                                   initargs=(self.factory,))

    def start(self) -> list[int]:
        """Start every worker and wait until each has built its pipeline; returns the worker pids."""
        if self.workers == 1:
            if self._local is None:
                self._local = self.factory()
            return [os.getpid()]
        if self._pool is None:
            self._pool = self._new_pool()
        seen: set[int] = set()
        while len(seen) < self.workers:
            probes = [self._pool.submit(_worker_pid) for _ in range(self.workers)]
            seen.update(f.result() for f in probes)
        return sorted(seen)

    # -- work --------------------------------------------------------------------------------
    def extract(self, items: Iterable[Document | Rejected]) -> Iterator[Processed | Rejected]:
        """``Processed`` or ``Rejected`` for each item, in the order of ``items``."""
        if self.workers == 1:
            if self._local is None:
                self._local = self.factory()
            for chunk in _chunks(items, self.chunk_size):
                yield from run_chunk(self._local, chunk)
            return
        if self._pool is None:
            self._pool = self._new_pool()
        pending: deque[tuple[list[Document | Rejected], Future]] = deque()
        window = self.workers * IN_FLIGHT_PER_WORKER
        chunks = _chunks(items, self.chunk_size)
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, self._submit(chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                yield from self._recover(chunk, pending)
                continue
            yield from results

    def _submit(self, chunk: list[Document | Rejected]) -> Future:
        assert self._pool is not None
        try:
            return self._pool.submit(_worker_chunk, chunk)
        except BrokenProcessPool:
            self._replace_pool()
            return self._pool.submit(_worker_chunk, chunk)

    def _replace_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self.restarts += 1
        log.warning("a worker process died; starting a new pool (restart %d)", self.restarts)
        self._pool = self._new_pool()

    def _recover(self, chunk: list[Document | Rejected],
                 pending: deque[tuple[list[Document | Rejected], Future]]) -> Iterator[Processed | Rejected]:
        """A worker died: rerun this chunk one document at a time in a fresh pool to find the culprit,
        and resubmit the chunks that were queued behind it."""
        self._replace_pool()
        for item in chunk:
            try:
                yield from self._pool.submit(_worker_chunk, [item]).result()  # type: ignore[union-attr]
            except BrokenProcessPool:
                yield _rejected(item, "worker process died while extracting this document")
                self._replace_pool()
        queued = [c for c, _ in pending]
        pending.clear()
        for queued_chunk in queued:
            pending.append((queued_chunk, self._submit(queued_chunk)))


def extract_parallel(items: Iterable[Document | Rejected], *, workers: int | None = None, chunk_size: int = CHUNK_SIZE,
                     factory: PipelineFactory | None = None) -> Iterator[Processed | Rejected]:
    """Code ``items`` on ``workers`` processes (default: one per core; 1 runs in this process).

    Yields ``Processed`` or ``Rejected`` per item, in input order. ``factory`` builds each worker's
    pipeline (default ``default_factory()``); it must be picklable (a module-level function or a
    ``functools.partial`` of one).
    """
    with ParallelExtractor(workers=workers, chunk_size=chunk_size, factory=factory) as extractor:
        yield from extractor.extract(items)

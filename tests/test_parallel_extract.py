"""Parallel extraction: order kept, failures rejected, a dying worker costs one document, same events as in-process."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from eventsift.app.parallel import ParallelExtractor, extract_parallel, run_chunk
from eventsift.pipeline import Processed
from eventsift.records import Document, Rejected


class EchoPipeline:
    """Stands in for the real pipeline: records which process coded each document; fails on request."""

    def process_many(self, items):
        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            if "CRASH" in item.text:
                os._exit(3)  # a native crash or the OOM killer, as the pool sees it
            if "BOOM" in item.text:
                raise RuntimeError("cannot code this")
            if "SLOW" in item.text:
                time.sleep(0.1)  # a document that takes a while: the other worker gets chunks meanwhile
            item.source = f"{item.source}@{os.getpid()}"
            yield Processed(document=item, events=[])


def echo_factory() -> EchoPipeline:
    return EchoPipeline()


def real_factory():
    from eventsift.geo import InMemoryGeocoder
    from eventsift.pipeline import Pipeline

    return Pipeline(geocoder=InMemoryGeocoder([]), today=dt.date(2024, 1, 1))


def docs(texts: list[str]) -> list[Document]:
    return [Document(id=f"d{i}", text=t, source=f"s{i}", language="en") for i, t in enumerate(texts)]


def outcome(item) -> str:
    return item.document.id if isinstance(item, Processed) else f"rejected:{item.source}"


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("chunk_size", [1, 3, 50])
def test_order_is_input_order_and_rejected_inputs_pass_through(workers: int, chunk_size: int) -> None:
    items: list[Document | Rejected] = docs([f"text {i}" for i in range(23)])
    items.insert(5, Rejected(source="bad.txt", stage="read", reason="empty file"))
    got = list(extract_parallel(items, workers=workers, chunk_size=chunk_size, factory=echo_factory))
    expected = [f"rejected:{i.source}" if isinstance(i, Rejected) else i.id for i in items]
    assert [outcome(g) for g in got] == expected


def test_two_workers_share_the_work() -> None:
    with ParallelExtractor(workers=2, chunk_size=2, factory=echo_factory) as extractor:
        pids = extractor.start()
        # documents that take a moment each: on a busy machine instant ones may all be done by the first worker
        # to start before the second is scheduled
        got = list(extractor.extract(docs([f"SLOW t{i}" for i in range(40)])))
    assert len(pids) == 2 and os.getpid() not in pids
    used = {g.document.source.rsplit("@", 1)[1] for g in got}
    assert used == {str(p) for p in pids}


def test_one_worker_runs_in_this_process() -> None:
    got = list(extract_parallel(docs(["a", "b"]), workers=1, factory=echo_factory))
    assert {g.document.source.rsplit("@", 1)[1] for g in got} == {str(os.getpid())}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_is_rejected_and_its_chunk_goes_on(workers: int) -> None:
    got = list(extract_parallel(docs(["ok 0", "BOOM", "ok 2", "ok 3"]), workers=workers, chunk_size=4, factory=echo_factory))
    assert [outcome(g) for g in got] == ["d0", "rejected:s1", "d2", "d3"]
    assert got[1].stage == "extract" and "RuntimeError" in got[1].reason


def test_a_dying_worker_costs_only_its_document() -> None:
    texts = [f"ok {i}" for i in range(12)]
    texts[7] = "CRASH here"
    with ParallelExtractor(workers=2, chunk_size=3, factory=echo_factory) as extractor:
        got = list(extractor.extract(docs(texts)))
        assert extractor.restarts >= 1
    expected = [f"d{i}" for i in range(12)]
    expected[7] = "rejected:s7"
    assert [outcome(g) for g in got] == expected
    assert "died" in got[7].reason


def test_run_chunk_keeps_one_result_per_item() -> None:
    results = run_chunk(EchoPipeline(), [*docs(["x", "BOOM"]), Rejected(source="r", stage="read", reason="no")])
    assert [outcome(r) for r in results] == ["d0", "rejected:s1", "rejected:r"]


def test_chunk_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        ParallelExtractor(chunk_size=0)


REPORT = (
    "QUETTA: At least five people were killed and 12 injured when a bomb exploded near a market in Quetta on "
    "Monday, police said. Separately, gunmen abducted two engineers in Turbat on Sunday."
)
QUIET = "The city council approved a new budget for schools and roads on Tuesday after a long debate."


@pytest.mark.slow
def test_real_pipeline_gives_the_same_events_on_two_workers() -> None:
    documents = [Document(id=f"d{i}", text=t, source=f"s{i}", language="en", published=dt.date(2024, 3, 5))
                 for i, t in enumerate([REPORT, QUIET, REPORT.replace("five", "seven"), QUIET])]
    inline = list(extract_parallel(documents, workers=1, factory=real_factory))
    pooled = list(extract_parallel(documents, workers=2, chunk_size=1, factory=real_factory))
    as_dicts = lambda items: [[e.as_dict() for e in i.events] for i in items]  # noqa: E731
    assert as_dicts(pooled) == as_dicts(inline)
    assert any(as_dicts(inline)), "the report should give at least one event"

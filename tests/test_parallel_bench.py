"""The benchmark's corpus builder and process-tree meters, and the progress helper."""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import time

import pytest

from bench.corpus import build_corpus
from bench.throughput import table, tree_cpu_seconds, tree_rss_bytes
from eventsift.app.progress import progress

PARAGRAPHS = [
    "Police said 12 people were killed in the blast on Monday near the market square.",
    "The mayor met traders to discuss new parking rules for the old town centre.",
    "Witnesses said 3 gunmen fled on motorbikes after the attack on the checkpoint.",
]


@pytest.fixture()
def examples(tmp_path):
    paths = []
    for i, text in enumerate(PARAGRAPHS):
        path = tmp_path / f"ex{i}.txt"
        path.write_text(text + "\n\n" + text.replace("said", "reported") + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize(("count", "words"), [(1, 50), (7, 120), (20, 600)])
def test_corpus_has_the_size_asked_for(examples, count: int, words: int) -> None:
    records = build_corpus(count, words=words, paths=examples)
    assert len(records) == count
    assert len({r["id"] for r in records}) == count
    for record in records:
        n = len(record["text"].split())
        assert words <= n < words + 40  # filled up to the target, overshooting by at most one paragraph
        assert set(record) == {"id", "text", "published", "language"}


def test_corpus_documents_differ_but_are_reproducible(examples) -> None:
    first = build_corpus(10, words=200, paths=examples)
    assert len({r["text"] for r in first}) == 10
    assert build_corpus(10, words=200, paths=examples) == first
    assert build_corpus(10, words=200, paths=examples, seed=1) != first


def test_corpus_keeps_the_words_of_its_examples(examples) -> None:
    vocabulary = {w for p in PARAGRAPHS for w in re.findall(r"[A-Za-z]+", p + " reported")}
    for record in build_corpus(5, words=100, paths=examples):
        assert set(re.findall(r"[A-Za-z]+", record["text"])) <= vocabulary


def test_corpus_needs_examples(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        build_corpus(3, paths=[])


def _hold_memory(megabytes: int, ready, done) -> None:
    block = bytearray(megabytes * 2**20)
    for i in range(0, len(block), 4096):
        block[i] = 1  # touch every page so it is resident
    ready.set()
    done.wait(30)


def test_tree_rss_counts_children() -> None:
    context = multiprocessing.get_context("spawn")
    ready, done = context.Event(), context.Event()
    before = tree_rss_bytes(os.getpid())
    child = context.Process(target=_hold_memory, args=(120, ready, done))
    child.start()
    try:
        assert ready.wait(60)
        during = tree_rss_bytes(os.getpid())
    finally:
        done.set()
        child.join(30)
    assert during - before >= 120 * 2**20


def test_tree_cpu_grows_with_work() -> None:
    start = tree_cpu_seconds(os.getpid())
    deadline = time.process_time() + 0.3
    while time.process_time() < deadline:
        pass
    assert tree_cpu_seconds(os.getpid()) - start >= 0.25


def test_table_rates() -> None:
    rows = [{"name": "x", "documents": 10, "seconds": 2.0, "cpu_s": 4.0, "peak_bytes": 300 * 2**20, "startup_s": 1.0,
             "events": 7}]
    line = table(rows, sentences=100, words=6000).splitlines()[2].split()
    assert line[1:6] == ["5.0", "50", "3000", "2.5", "300"]


@pytest.mark.parametrize("enabled", [False, True])
def test_progress_yields_every_item(enabled: bool, monkeypatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    assert list(progress(iter(range(5)), total=5, desc="t", enabled=enabled)) == [0, 1, 2, 3, 4]
    assert ("/5 [" in stream.getvalue()) == enabled  # the bar was drawn on stderr


def test_progress_is_off_when_stderr_is_not_a_terminal(monkeypatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    items = [1, 2]
    assert progress(items) is items

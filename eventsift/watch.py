"""Watching feeds: poll RSS/Atom feeds, code and store the new items, remember what was seen.

    every cycle, for each feed that is due:
        fetch ─► items ─► drop items seen before ─► drop documents already stored
              ─► pipeline.process_many ─► Store.ingest (one transaction each) ─► checkpoint

The checkpoint (one per feed, in the store's ``checkpoints`` table) holds the links of the items
already handled, the failure count and when the feed is next due. It is written after the feed's
items are stored, so a watcher killed half-way loses nothing: on restart the unsaved items are
fetched again and the store's own duplicate check skips those already stored. A feed that fails is
retried after a delay that doubles with each failure, while the other feeds go on.

    watcher = Watcher(["https://example.org/rss"], store=Store.open(url), pipeline=Pipeline())
    watcher.run(every=900, max_cycles=None)
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventsift.documents.formats import iter_feed
from eventsift.documents.settings import ReadSettings
from eventsift.errors import EventsiftError
from eventsift.records import Document, Rejected

log = logging.getLogger(__name__)

__all__ = ["CycleSummary", "FeedState", "Watcher", "parse_duration", "read_feed_list"]

CHECKPOINT_PREFIX = "feed:"
# Item links remembered per feed. A busy feed lists 50-100 items; 2,000 covers weeks of a feed that is
# polled rarely. A link that falls off the end is still caught by the store's duplicate check.
MAX_SEEN_PER_FEED = 2_000
# The longest a failing feed is left alone: a dead feed is still tried once a day.
MAX_BACKOFF_S = 24 * 3600
# Default polling period: news sites update feeds every few minutes; 15 minutes is polite and timely.
DEFAULT_EVERY_S = 15 * 60
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in ``"90"``, ``"30s"``, ``"15m"``, ``"2h"`` or ``"1d"``."""
    value = text.strip().lower()
    unit = _UNITS.get(value[-1:]) if value[-1:].isalpha() else 1
    number = value[:-1] if value[-1:].isalpha() else value
    try:
        seconds = float(number) * (unit or 0)
    except ValueError:
        seconds = -1
    if unit is None or seconds < 0:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 15m, 2h)")
    return seconds


def read_feed_list(text: str) -> list[str]:
    """Feed URLs, one a line; blank lines and ``#`` comments skipped, duplicates dropped."""
    feeds: list[str] = []
    for line in text.splitlines():
        url = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if url and url not in feeds:
            feeds.append(url)
    return feeds


@dataclass(slots=True, kw_only=True)
class FeedState:
    """What the watcher remembers about one feed (kept as JSON in the store)."""

    url: str
    seen: list[str] = field(default_factory=list)  # item keys, oldest first
    failures: int = 0  # consecutive failed polls
    next_due: float = 0.0  # epoch seconds before which the feed is not polled
    last_error: str | None = None

    def to_json(self) -> str:
        return json.dumps({"seen": self.seen[-MAX_SEEN_PER_FEED:], "failures": self.failures, "next_due": self.next_due,
                           "last_error": self.last_error})

    @classmethod
    def from_json(cls, url: str, text: str | None) -> FeedState:
        if not text:
            return cls(url=url)
        data = json.loads(text)
        return cls(url=url, seen=list(data.get("seen", [])), failures=int(data.get("failures", 0)),
                   next_due=float(data.get("next_due", 0.0)), last_error=data.get("last_error"))


@dataclass(slots=True, kw_only=True)
class CycleSummary:
    cycle: int
    feeds: int = 0
    polled: int = 0
    failed: int = 0
    waiting: int = 0  # failing feeds left alone this cycle (backing off)
    items_new: int = 0  # items not seen before
    stored: int = 0
    skipped: int = 0  # already in the store (another process, or an unsaved checkpoint)
    rejected: list[Rejected] = field(default_factory=list)
    events_new: int = 0
    events_merged: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """The one-line summary logged per cycle."""
        return (f"cycle {self.cycle}: {self.polled}/{self.feeds} feeds polled, {self.failed} failed, "
                f"{self.waiting} backing off; {self.items_new} new items, {self.stored} stored, "
                f"{self.skipped} already stored, {len(self.rejected)} rejected; {self.events_new} events new, "
                f"{self.events_merged} merged ({self.seconds:.1f} s)")


def _key(document: Document) -> str:
    return document.url or document.id


class Watcher:
    """Polls ``feeds`` into ``store`` with ``pipeline`` (anything with ``process_many``)."""

    def __init__(self, feeds: Sequence[str], *, store: Any, pipeline: Any, settings: ReadSettings | None = None,
                 fetcher: Any = None, every: float = DEFAULT_EVERY_S, clock: Callable[[], float] = time.time) -> None:
        self.feeds = list(feeds)
        self.store = store
        self.pipeline = pipeline
        self.settings = settings or ReadSettings()
        if fetcher is None:
            from eventsift.fetch import Fetcher

            fetcher = Fetcher(self.settings)
        self.fetcher = fetcher
        self.every = every
        self.clock = clock
        self.cycles = 0

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state -------------------------------------------------------------------------------
    def state(self, url: str) -> FeedState:
        return FeedState.from_json(url, self.store.get_checkpoint(CHECKPOINT_PREFIX + url))

    def _save(self, state: FeedState) -> None:
        self.store.set_checkpoint(CHECKPOINT_PREFIX + state.url, state.to_json())

    def backoff_seconds(self, failures: int) -> float:
        """Delay after ``failures`` consecutive failures: twice the period, doubled per further failure, capped."""
        return min(MAX_BACKOFF_S, max(self.every, 1.0) * 2 ** failures)

    # -- one cycle ---------------------------------------------------------------------------
    def cycle(self) -> CycleSummary:
        """Poll every due feed once; returns the cycle's counts (also logged as one line)."""
        self.cycles += 1
        summary = CycleSummary(cycle=self.cycles, feeds=len(self.feeds))
        started = time.monotonic()
        for url in self.feeds:
            state = self.state(url)
            if state.failures and self.clock() < state.next_due:
                summary.waiting += 1
                continue
            try:
                self._poll(state, summary)
            except Exception as exc:  # a bug on one feed's content must not stop a watcher that runs for weeks
                log.exception("feed %s: unexpected failure", url)
                self._fail(self.state(url), summary, f"unexpected {type(exc).__name__}: {exc}")
        summary.seconds = time.monotonic() - started
        log.info("%s", summary.line())
        return summary

    def _poll(self, state: FeedState, summary: CycleSummary) -> None:
        summary.polled += 1
        try:
            items = self._fetch(state.url)
        except EventsiftError as exc:
            self._fail(state, summary, str(exc))
            return
        state.failures, state.last_error, state.next_due = 0, None, 0.0
        seen = set(state.seen)
        fresh: list[Document] = []
        for item in items:
            if isinstance(item, Rejected):
                key = item.source
                if key not in seen:
                    summary.rejected.append(item)
                    self._remember(state, seen, key)
                continue
            if _key(item) in seen:
                continue
            summary.items_new += 1
            if self.store.has_document(item):
                summary.skipped += 1
                self._remember(state, seen, _key(item))
                continue
            fresh.append(item)
        self._ingest(fresh, state, seen, summary)
        self._save(state)

    def _fail(self, state: FeedState, summary: CycleSummary, reason: str) -> None:
        summary.failed += 1
        state.failures += 1
        state.last_error = reason
        state.next_due = self.clock() + self.backoff_seconds(state.failures)
        log.warning("feed %s failed (%d in a row, next try in %.0f s): %s", state.url, state.failures,
                    state.next_due - self.clock(), reason)
        self._save(state)

    def _fetch(self, url: str) -> list[Document | Rejected]:
        page = self.fetcher.fetch(url)
        return list(iter_feed(page.content, source=url, settings=self.settings))

    def _ingest(self, documents: Iterable[Document], state: FeedState, seen: set[str], summary: CycleSummary) -> None:
        from eventsift.app import STORE_STAGE, ingest_stream

        by_source = {d.source: d for d in documents}
        for outcome in ingest_stream(self.store, self.pipeline, list(by_source.values())):
            if isinstance(outcome, Rejected):
                summary.rejected.append(outcome)
                if outcome.stage != STORE_STAGE:  # a store failure is not remembered: tried again next cycle
                    document = by_source.get(outcome.source)
                    self._remember(state, seen, _key(document) if document else outcome.source)
                continue
            if outcome.result.stored:
                summary.stored += 1
                summary.events_new += outcome.result.events_new
                summary.events_merged += outcome.result.events_merged
            else:
                summary.skipped += 1
            self._remember(state, seen, _key(outcome.document))

    @staticmethod
    def _remember(state: FeedState, seen: set[str], key: str) -> None:
        if key not in seen:
            seen.add(key)
            state.seen.append(key)
            del state.seen[:-MAX_SEEN_PER_FEED]

    # -- many cycles -------------------------------------------------------------------------
    def run(self, *, max_cycles: int | None = None, on_cycle: Callable[[CycleSummary], None] | None = None,
            sleep: Callable[[float], None] = time.sleep) -> list[CycleSummary]:
        """Cycle every ``self.every`` seconds until ``max_cycles`` (forever when None)."""
        summaries: list[CycleSummary] = []
        while max_cycles is None or len(summaries) < max_cycles:
            started = time.monotonic()
            summary = self.cycle()
            summaries.append(summary)
            if on_cycle is not None:
                on_cycle(summary)
            if max_cycles is not None and len(summaries) >= max_cycles:
                break
            sleep(max(0.0, self.every - (time.monotonic() - started)))
        return summaries

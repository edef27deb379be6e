"""Watching feeds: poll RSS/Atom feeds and news sitemaps, read each new item's article, code and store it.

    every cycle:
      1. poll each due source (conditional GET: ETag / Last-Modified) ─► new items join the feed's backlog
      2. round-robin over the feeds' backlogs, one item per feed per round, within the fetch budget
         (per cycle and per host); for each item:
             already stored (its article URL key names the document) ─► skip
             feed text is the whole report ─► code it        link ─► fetch the article (eventsift.documents.fetch)
             fetch or extraction failed ─► code the feed's blurb and say so; no blurb ─► rejected
             same article by another link, or a near-duplicate of a stored text ─► skip
         ─► app.ingest_stream ─► checkpoint
      3. what the budget left is carried to the next cycle

A document read from a feed item has an id made from its article's URL key (``eventsift.documents.feeds.url_key``),
so the same article is never stored twice, whichever feed, AMP or mobile link or tracking parameters
led to it, and a watcher killed between storing an item and saving its checkpoint skips the item on
restart instead of fetching and coding it again. The document's ``source`` ends with where its text
came from: ``[article]``, ``[feed full text]``, ``[feed text, no link]`` or ``[feed summary; article not
read: REASON]``. Title, date, author and publisher the page lacks are taken from the feed.

The checkpoint (one per feed, in the store's ``checkpoints`` table) holds the item keys already
handled, the backlog, the feed's validators, its failure count and when it is next due, and its
recent failures (``eventsift watch --status``). A feed that fails is retried after a delay that doubles
with each failure, while the other feeds go on; its backlog is still worked through.

    watcher = Watcher(["https://example.org/rss"], store=Store.open(url), pipeline=Pipeline())
    watcher.run(max_cycles=None)

Each feed's state and a cycle's counts are in ``watch_state``; reading one item (its article or the feed's
text, and the duplicate checks) is in ``watch_items``.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eventsift.app.watch_items import (
    FROM_FEED_FULL_TEXT,
    FROM_FEED_NO_LINK,
    FROM_FEED_SUMMARY,
    ItemReader,
    document_id,
    host,
    needs_fetch,
)
from eventsift.app.watch_state import (
    CHECKPOINT_PREFIX,
    MAX_RECENT_FAILURES,
    CycleSummary,
    FeedState,
    feed_states,
    parse_duration,
    read_feed_list,
    remember,
)
from eventsift.documents.feeds import FeedItem, ItemFailure, parse_source
from eventsift.documents.settings import ReadSettings
from eventsift.errors import EventsiftError
from eventsift.records import Document, Rejected

if TYPE_CHECKING:
    from eventsift.app import Coder, Stored
    from eventsift.store import Store

log = logging.getLogger(__name__)

__all__ = ["CHECKPOINT_PREFIX", "CycleSummary", "FeedState", "Watcher", "feed_states", "parse_duration", "read_feed_list"]

# Items waiting for their article per feed. A first poll of a busy sitemap lists up to 1,000 URLs (the
# news sitemap limit); more would only be older news. Items over the limit stay unseen and unqueued,
# so a later poll that still lists them queues them then.
MAX_BACKLOG_PER_FEED = 1_000
# Article fetches per cycle, all feeds together: at the default 1 s per-host delay and a few hosts,
# about two minutes of fetching in a 15-minute cycle, leaving time for the coding.
DEFAULT_MAX_FETCHES = 120
# Article fetches per host per cycle: one big site cannot use up the cycle's budget (30 at 1 s apart
# is half a minute of that host's time).
DEFAULT_MAX_PER_HOST = 30
# The longest a failing feed is left alone: a dead feed is still tried once a day.
MAX_BACKOFF_S = 24 * 3600
# Default polling period: news sites update feeds every few minutes; 15 minutes is polite and timely.
DEFAULT_EVERY_S = 15 * 60


@dataclass(slots=True, kw_only=True)
class _Queued:
    """An item taken from a backlog this round, and the document read for it (None once handled)."""

    state: FeedState
    item: FeedItem
    document: Document | None = None


class Watcher:
    """Polls ``feeds`` into ``store`` with ``pipeline`` (a ``Coder``)."""

    def __init__(self, feeds: Sequence[str], *, store: Store, pipeline: Coder, settings: ReadSettings | None = None,
                 fetcher: Any = None, every: float = DEFAULT_EVERY_S, clock: Callable[[], float] = time.time,
                 max_fetches: int = DEFAULT_MAX_FETCHES, max_per_host: int = DEFAULT_MAX_PER_HOST) -> None:
        self.feeds = list(feeds)
        self.store = store
        self.pipeline = pipeline
        self.settings = settings or ReadSettings()
        if fetcher is None:
            from eventsift.documents.fetch import Fetcher

            fetcher = Fetcher(self.settings)
        self.fetcher = fetcher
        self.every = every
        self.clock = clock
        self.max_fetches = max_fetches
        self.max_per_host = max_per_host
        self.cycles = 0
        self._reader = ItemReader(store=store, fetcher=fetcher, settings=self.settings)

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
        """Poll every due feed once, then read its new items within the budget; returns the cycle's counts."""
        self.cycles += 1
        summary = CycleSummary(cycle=self.cycles, feeds=len(self.feeds))
        started = time.monotonic()
        states = [self.state(url) for url in self.feeds]
        for state in states:
            if state.failures and self.clock() < state.next_due:
                summary.waiting += 1
                continue
            try:
                self._poll(state, summary)
            except Exception as exc:  # a bug on one feed's content must not stop a watcher that runs for weeks
                log.exception("feed %s: unexpected failure", state.url)
                self._fail(state, summary, f"unexpected {type(exc).__name__}: {exc}")
        self._work_backlogs(states, summary)
        summary.backlog = sum(len(s.backlog) for s in states)
        summary.seconds = time.monotonic() - started
        log.info("%s", summary.line())
        return summary

    def _poll(self, state: FeedState, summary: CycleSummary) -> None:
        """Fetch the feed (conditionally) and queue its new items."""
        summary.polled += 1
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        try:
            page = self.fetcher.fetch(state.url, headers=headers or None)
            items = [] if page.status == 304 else parse_source(page.content, source=state.url)
        except EventsiftError as exc:
            self._fail(state, summary, str(exc))
            return
        state.failures, state.last_error, state.next_due = 0, None, 0.0
        state.last_polled = self.clock()
        if page.status == 304:
            summary.unchanged += 1
            log.info("feed %s: not modified", state.url)
            self._save(state)
            return
        state.etag, state.last_modified = page.etag, page.last_modified
        known = set(state.seen) | {i.key for i in state.backlog}
        for item in items:
            if item.key in known:
                continue
            known.add(item.key)
            if not item.link and not item.text:
                summary.items_new += 1
                self._reject(state, item, summary, stage="feed", reason="item has neither a link nor any text")
                continue
            if len(state.backlog) >= MAX_BACKLOG_PER_FEED:
                log.warning("feed %s: backlog full (%d items); the rest wait for a later poll", state.url,
                            len(state.backlog))
                state.etag = state.last_modified = None  # the next poll must list them again
                break
            summary.items_new += 1
            state.backlog.append(item)
        self._save(state)

    def _fail(self, state: FeedState, summary: CycleSummary, reason: str) -> None:
        summary.failed += 1
        state.failures += 1
        state.last_error = reason
        state.next_due = self.clock() + self.backoff_seconds(state.failures)
        log.warning("feed %s failed (%d in a row, next try in %.0f s): %s", state.url, state.failures,
                    state.next_due - self.clock(), reason)
        self._save(state)

    # -- the backlogs ------------------------------------------------------------------------
    def _work_backlogs(self, states: list[FeedState], summary: CycleSummary) -> None:
        """Round-robin over the feeds: one item each per round until the backlogs or the budget run out."""
        fetches = 0
        per_host: Counter[str] = Counter()
        held: set[str] = set()  # keys of items the store refused this cycle: back in the backlog, tried next cycle
        while True:
            taken: list[_Queued] = []
            for state in states:
                # an article listed by two feeds is taken once a round: the next round finds it stored
                busy = held | {q.item.key for q in taken}
                item = self._next_item(state, fetches=fetches, per_host=per_host, skip=busy)
                if item is None:
                    continue
                queued = _Queued(state=state, item=item)
                taken.append(queued)
                if self._reader.is_stored(document_id(item)):
                    summary.skipped += 1
                    log.info("already stored: %s", item.link or item.label)
                    remember(state, item.key)
                    continue
                if needs_fetch(item):
                    fetches += 1
                    per_host[host(item.link)] += 1
                try:
                    queued.document = self._read_item(queued, summary)
                except Exception as exc:  # one odd page must not stop the watcher
                    log.exception("%s: unexpected failure", item.source)
                    self._reject(state, item, summary, stage="read", reason=f"unexpected {type(exc).__name__}: {exc}")
            if not taken:
                return
            self._store_round([q for q in taken if q.document is not None], summary, held=held)
            for state in {id(q.state): q.state for q in taken}.values():
                self._save(state)

    def _next_item(self, state: FeedState, *, fetches: int, per_host: Counter[str], skip: set[str]) -> FeedItem | None:
        """The feed's first waiting item not in ``skip`` that the budget allows (one needing no fetch always is)."""
        for position, item in enumerate(state.backlog):
            if item.key in skip:
                continue
            if needs_fetch(item) and (fetches >= self.max_fetches or per_host[host(item.link)] >= self.max_per_host):
                continue
            return state.backlog.pop(position)
        return None

    def _read_item(self, queued: _Queued, summary: CycleSummary) -> Document | None:
        """The document to code for an item, or None when it is handled already (stored, duplicate, rejected)."""
        state, item = queued.state, queued.item
        if not needs_fetch(item):
            document = self._reader.feed_document(item, FROM_FEED_FULL_TEXT if item.link else FROM_FEED_NO_LINK)
            summary.from_feed += 1
        else:
            document, why_not = self._reader.article(item)
            if document is not None:
                summary.fetched += 1
            elif item.text:
                document = self._reader.feed_document(item, FROM_FEED_SUMMARY.format(reason=why_not))
                summary.fallbacks += 1
                log.info("%s: article not read (%s); coding the feed's summary", item.link, why_not)
            else:
                self._reject(state, item, summary, stage="fetch", reason=f"{why_not}; the feed gives no text")
                return None
        if document is None:
            self._reject(state, item, summary, stage="read", reason="the feed's text for the item is empty")
            return None
        document = dataclasses.replace(document, id=document_id(item))
        original = self._reader.duplicate_of(document)
        if original is not None:
            summary.duplicates += 1
            log.info("duplicate of %s: %s", original, item.link or item.label)
            remember(state, item.key)
            return None
        return document

    # -- storing -----------------------------------------------------------------------------
    def _store(self, documents: list[Document]) -> Iterator[Stored | Rejected]:
        """Code and store documents, one transaction each (the one place the watcher writes documents)."""
        from eventsift.app import ingest_stream

        return ingest_stream(self.store, self.pipeline, documents)

    def _store_round(self, queued: list[_Queued], summary: CycleSummary, *, held: set[str]) -> None:
        from eventsift.app import STORE_STAGE

        for q in queued:
            assert q.document is not None
            try:
                outcomes = list(self._store([q.document]))
            except Exception as exc:  # a coder bug on one document must not stop the watcher
                log.exception("%s: unexpected failure while coding", q.item.source)
                self._reject(q.state, q.item, summary, stage="extract", reason=f"unexpected {type(exc).__name__}: {exc}")
                continue
            for outcome in outcomes:
                if isinstance(outcome, Rejected):
                    if outcome.stage == STORE_STAGE:  # not remembered: back in the backlog for the next cycle
                        q.state.backlog.insert(0, q.item)
                        held.add(q.item.key)
                        summary.rejected.append(self._failure(q.state, q.item, outcome.stage, outcome.reason))
                        log.info("%s", summary.rejected[-1].line())
                    else:
                        self._reject(q.state, q.item, summary, stage=outcome.stage, reason=outcome.reason)
                    continue
                if outcome.result.stored:
                    summary.stored += 1
                    summary.events_new += outcome.result.events_new
                    summary.events_merged += outcome.result.events_merged
                else:
                    summary.skipped += 1
                remember(q.state, q.item.key)

    # -- bookkeeping -------------------------------------------------------------------------
    def _failure(self, state: FeedState, item: FeedItem, stage: str, reason: str) -> ItemFailure:
        return ItemFailure(feed=state.url, item=item.label, link=item.link, stage=stage, reason=reason, at=self.clock())

    def _reject(self, state: FeedState, item: FeedItem, summary: CycleSummary, *, stage: str, reason: str) -> None:
        """An item that cannot be stored: shown, kept in the feed's recent failures, and not tried again."""
        failure = self._failure(state, item, stage, reason)
        summary.rejected.append(failure)
        state.recent_failures.append(failure)
        del state.recent_failures[:-MAX_RECENT_FAILURES]
        log.info("%s", failure.line())
        remember(state, item.key)

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


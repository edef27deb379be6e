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
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from eventsift.documents.settings import ReadSettings
from eventsift.errors import EventsiftError, FetchError, InputError
from eventsift.documents.feeds import FeedItem, ItemFailure, clean_url, parse_source, url_key
from eventsift.records import Document, Rejected, content_id

if TYPE_CHECKING:
    from eventsift.app import Coder, Stored
    from eventsift.store import Store

log = logging.getLogger(__name__)

__all__ = ["CycleSummary", "FeedState", "Watcher", "feed_states", "parse_duration", "read_feed_list"]

CHECKPOINT_PREFIX = "feed:"
# Item keys remembered per feed. A busy feed lists 50-100 items; 2,000 covers weeks of a feed that is
# polled rarely. A key that falls off the end is still caught by the store (document ids are URL keys).
MAX_SEEN_PER_FEED = 2_000
# Items waiting for their article per feed. A first poll of a busy sitemap lists up to 1,000 URLs (the
# news sitemap limit); more would only be older news. Items over the limit stay unseen and unqueued,
# so a later poll that still lists them queues them then.
MAX_BACKLOG_PER_FEED = 1_000
# Failures kept per feed for ``--status``: enough to see a pattern (one host failing, one bad link).
MAX_RECENT_FAILURES = 20
# Article fetches per cycle, all feeds together: at the default 1 s per-host delay and a few hosts,
# about two minutes of fetching in a 15-minute cycle, leaving time for the coding.
DEFAULT_MAX_FETCHES = 120
# Article fetches per host per cycle: one big site cannot use up the cycle's budget (30 at 1 s apart
# is half a minute of that host's time).
DEFAULT_MAX_PER_HOST = 30
# Final article URLs remembered by a running watcher (most recent), to catch one article reached by two
# different links; about 100 bytes each, and more than a week of a few hundred busy feeds.
MAX_READ_KEYS = 50_000
# The longest a failing feed is left alone: a dead feed is still tried once a day.
MAX_BACKOFF_S = 24 * 3600
# Default polling period: news sites update feeds every few minutes; 15 minutes is polite and timely.
DEFAULT_EVERY_S = 15 * 60
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}

# Where a stored document's text came from (the end of its ``source``).
FROM_ARTICLE = "article"
FROM_FEED_FULL_TEXT = "feed full text"
FROM_FEED_NO_LINK = "feed text, no link"
FROM_FEED_SUMMARY = "feed summary; article not read: {reason}"


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
    seen: list[str] = field(default_factory=list)  # item keys handled, oldest first
    backlog: list[FeedItem] = field(default_factory=list)  # items waiting for their article, in feed order
    failures: int = 0  # consecutive failed polls
    next_due: float = 0.0  # epoch seconds before which a failing feed is not polled
    last_error: str | None = None
    last_polled: float | None = None  # epoch seconds of the last poll that answered
    etag: str | None = None
    last_modified: str | None = None
    recent_failures: list[ItemFailure] = field(default_factory=list)  # newest last

    def to_json(self) -> str:
        return json.dumps({
            "seen": self.seen[-MAX_SEEN_PER_FEED:], "backlog": [i.to_dict() for i in self.backlog],
            "failures": self.failures, "next_due": self.next_due, "last_error": self.last_error,
            "last_polled": self.last_polled, "etag": self.etag, "last_modified": self.last_modified,
            "recent_failures": [f.to_dict() for f in self.recent_failures[-MAX_RECENT_FAILURES:]],
        })

    @classmethod
    def from_json(cls, url: str, text: str | None) -> FeedState:
        if not text:
            return cls(url=url)
        data = json.loads(text)
        # checkpoints written before items were keyed by URL key held the raw links: keyed here the same way
        seen = [url_key(k) if "://" in k else k for k in data.get("seen", [])]
        return cls(url=url, seen=list(dict.fromkeys(seen)),
                   backlog=[FeedItem.from_dict(i) for i in data.get("backlog", [])],
                   failures=int(data.get("failures", 0)), next_due=float(data.get("next_due", 0.0)),
                   last_error=data.get("last_error"), last_polled=data.get("last_polled"),
                   etag=data.get("etag"), last_modified=data.get("last_modified"),
                   recent_failures=[ItemFailure.from_dict(f) for f in data.get("recent_failures", [])])


@dataclass(slots=True, kw_only=True)
class CycleSummary:
    cycle: int
    feeds: int = 0
    polled: int = 0
    unchanged: int = 0  # polls answered 304 Not Modified
    failed: int = 0
    waiting: int = 0  # failing feeds left alone this cycle (backing off)
    items_new: int = 0  # items not seen before (queued)
    fetched: int = 0  # articles fetched and read
    from_feed: int = 0  # coded from the feed's own text: the whole report, or no link
    fallbacks: int = 0  # the article could not be read: coded from the feed's summary
    stored: int = 0
    skipped: int = 0  # already stored (by another feed, process, or a run killed before its checkpoint)
    duplicates: int = 0  # the same article by another link, or a near-duplicate of a stored text
    backlog: int = 0  # items left for the next cycle
    rejected: list[ItemFailure] = field(default_factory=list)
    events_new: int = 0
    events_merged: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """The one-line summary logged per cycle."""
        return (f"cycle {self.cycle}: {self.polled}/{self.feeds} feeds polled ({self.unchanged} unchanged), "
                f"{self.failed} failed, {self.waiting} backing off; {self.items_new} new items, "
                f"{self.fetched} articles read, {self.from_feed} from feed text, {self.fallbacks} from summaries "
                f"(article unreadable); {self.stored} stored, {self.skipped} already stored, "
                f"{self.duplicates} duplicates, {len(self.rejected)} rejected, {self.backlog} left for the next "
                f"cycle; {self.events_new} events new, {self.events_merged} merged ({self.seconds:.1f} s)")


@dataclass(slots=True, kw_only=True)
class _Queued:
    """An item taken from a backlog this round, and the document read for it (None once handled)."""

    state: FeedState
    item: FeedItem
    document: Document | None = None


def document_id(item: FeedItem) -> str:
    """The id of the document read for ``item``: the same for every link to one article."""
    return content_id(item.key, prefix="doc-")


def feed_states(store: Store, feeds: Iterable[str]) -> list[FeedState]:
    """The saved state of each feed (an empty state for a feed never polled)."""
    return [FeedState.from_json(url, store.get_checkpoint(CHECKPOINT_PREFIX + url)) for url in feeds]


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
        self._near: Any = None  # NearDuplicateIndex of recent stored texts, built on first use
        self._read_keys: OrderedDict[str, str] = OrderedDict()  # URL key of an article read -> its document id

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
                if self._is_stored(document_id(item)):
                    summary.skipped += 1
                    log.info("already stored: %s", item.link or item.label)
                    self._remember(state, item.key)
                    continue
                if _needs_fetch(item):
                    fetches += 1
                    per_host[_host(item.link)] += 1
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
            if _needs_fetch(item) and (fetches >= self.max_fetches or per_host[_host(item.link)] >= self.max_per_host):
                continue
            return state.backlog.pop(position)
        return None

    def _read_item(self, queued: _Queued, summary: CycleSummary) -> Document | None:
        """The document to code for an item, or None when it is handled already (stored, duplicate, rejected)."""
        state, item = queued.state, queued.item
        if not _needs_fetch(item):
            document = self._feed_document(item, FROM_FEED_FULL_TEXT if item.link else FROM_FEED_NO_LINK)
            summary.from_feed += 1
        else:
            document, why_not = self._article(item)
            if document is not None:
                summary.fetched += 1
            elif item.text:
                document = self._feed_document(item, FROM_FEED_SUMMARY.format(reason=why_not))
                summary.fallbacks += 1
                log.info("%s: article not read (%s); coding the feed's summary", item.link, why_not)
            else:
                self._reject(state, item, summary, stage="fetch", reason=f"{why_not}; the feed gives no text")
                return None
        if document is None:
            self._reject(state, item, summary, stage="read", reason="the feed's text for the item is empty")
            return None
        document = dataclasses.replace(document, id=document_id(item))
        original = self._duplicate_of(document)
        if original is not None:
            summary.duplicates += 1
            log.info("duplicate of %s: %s", original, item.link or item.label)
            self._remember(state, item.key)
            return None
        return document

    def _article(self, item: FeedItem) -> tuple[Document | None, str]:
        """The linked article read as ``eventsift read URL`` reads it, or (None, why not)."""
        from eventsift.documents.formats import read_content

        assert item.link is not None
        try:
            page = self.fetcher.fetch(item.link)
            name = urlsplit(page.final_url).path.rstrip("/").rsplit("/", 1)[-1]
            read = next(iter(read_content(page.content, name=name, source=item.link, settings=self.settings,
                                          content_type=page.content_type, url=page.final_url)), None)
        except FetchError as exc:
            return None, str(exc)
        except InputError as exc:
            return None, f"page unreadable: {exc}"
        if not isinstance(read, Document):
            return None, f"page unreadable: {read.reason}" if isinstance(read, Rejected) else "page has no text"
        if item.text and _words(read.text) < _words(item.text):
            return None, "the page gives less text than the feed"
        if read.publisher and _named_after_host(read.publisher, page.final_url):
            read = dataclasses.replace(read, publisher=None)  # the extractor's guess from the host: the feed knows better
        filled = {name: getattr(item, source) for name, source in
                  (("title", "title"), ("published", "published"), ("byline", "author"), ("publisher", "publisher"),
                   ("language", "language")) if getattr(read, name) is None}
        if read.publisher is None and not filled.get("publisher"):
            filled["publisher"] = urlsplit(page.final_url).hostname
        return dataclasses.replace(read, url=clean_url(read.url or page.final_url), source=f"{item.source} [{FROM_ARTICLE}]",
                                   **{k: v for k, v in filled.items() if v is not None}), ""

    def _feed_document(self, item: FeedItem, origin: str) -> Document | None:
        from eventsift.documents.formats import document_from_text

        try:
            return document_from_text(item.text, source=f"{item.source} [{origin}]", settings=self.settings,
                                      title=item.title, url=clean_url(item.link) if item.link else None,
                                      published=item.published,
                                      publisher=item.publisher, byline=item.author, language=item.language)
        except InputError:
            return None

    def _is_stored(self, doc_id: str) -> bool:
        """True when a document with this id is stored (by this feed, another feed, or an earlier run)."""
        return self.store.has_document(Document(id=doc_id, text=""))

    def _duplicate_of(self, document: Document) -> str | None:
        """The id of a stored document telling the same story: by the article's URL, or near-identical text."""
        from eventsift.store.ingest import NEAR_DUPLICATE_MIN_WORDS

        if document.url:  # another link (a redirect, the page's canonical URL) to an article read this run
            key = url_key(document.url)
            earlier = self._read_keys.setdefault(key, document.id)
            self._read_keys.move_to_end(key)
            while len(self._read_keys) > MAX_READ_KEYS:
                self._read_keys.popitem(last=False)
            if earlier != document.id:
                return earlier
        if self.store.has_document(document):
            return "a stored document with the same text"
        if _words(document.text) < NEAR_DUPLICATE_MIN_WORDS:
            return None
        return self._near_index().add(document.id, document.text)

    def _near_index(self) -> Any:
        if self._near is None:
            from eventsift.documents.dedup import NearDuplicateIndex
            from eventsift.store.ingest import NEAR_DUPLICATE_DAYS, NEAR_DUPLICATE_MIN_WORDS, NEAR_DUPLICATE_RECENT

            self._near = NearDuplicateIndex()
            for doc_id, text in self.store.recent_texts(days=NEAR_DUPLICATE_DAYS, limit=NEAR_DUPLICATE_RECENT):
                if _words(text) >= NEAR_DUPLICATE_MIN_WORDS:
                    self._near.add(doc_id, text)
        return self._near

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
                self._remember(q.state, q.item.key)

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
        self._remember(state, item.key)

    @staticmethod
    def _remember(state: FeedState, key: str) -> None:
        if key not in state.seen:
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


def _needs_fetch(item: FeedItem) -> bool:
    return bool(item.link) and not item.full_text


def _host(link: str | None) -> str:
    return urlsplit(link or "").netloc.lower()


def _named_after_host(publisher: str, url: str) -> bool:
    """True when a page's publisher is only its host name (what the extractor gives when the page names none)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return publisher.strip().lower() in {parts.netloc.lower(), host, host.removeprefix("www.")}


def _words(text: str) -> int:
    return len(text.split())

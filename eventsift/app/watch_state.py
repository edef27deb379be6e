"""What the feed watcher remembers and reports: each feed's state (kept as JSON in the store's checkpoints),
a cycle's counts, and the feed list and polling period as the command line gives them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventsift.documents.feeds import FeedItem, ItemFailure, url_key

if TYPE_CHECKING:
    from eventsift.store import Store

CHECKPOINT_PREFIX = "feed:"
# Item keys remembered per feed. A busy feed lists 50-100 items; 2,000 covers weeks of a feed that is
# polled rarely. A key that falls off the end is still caught by the store (document ids are URL keys).
MAX_SEEN_PER_FEED = 2_000
# Failures kept per feed for ``--status``: enough to see a pattern (one host failing, one bad link).
MAX_RECENT_FAILURES = 20
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


def feed_states(store: Store, feeds: Iterable[str]) -> list[FeedState]:
    """The saved state of each feed (an empty state for a feed never polled)."""
    return [FeedState.from_json(url, store.get_checkpoint(CHECKPOINT_PREFIX + url)) for url in feeds]


def remember(state: FeedState, key: str) -> None:
    """Mark an item handled: not queued again while its key is remembered."""
    if key not in state.seen:
        state.seen.append(key)
        del state.seen[:-MAX_SEEN_PER_FEED]


"""Reading one feed item for the watcher: its linked article (as ``eventsift read URL`` reads it, with what the
page lacks taken from the feed) or the feed's own text, and whether the store already tells the same story."""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from eventsift.documents.feeds import FeedItem, clean_url, url_key
from eventsift.documents.settings import ReadSettings
from eventsift.errors import FetchError, InputError
from eventsift.records import Document, Rejected, content_id

if TYPE_CHECKING:
    from eventsift.store import Store

# Final article URLs remembered by a running watcher (most recent), to catch one article reached by two
# different links; about 100 bytes each, and more than a week of a few hundred busy feeds.
MAX_READ_KEYS = 50_000

# Where a stored document's text came from (the end of its ``source``).
FROM_ARTICLE = "article"
FROM_FEED_FULL_TEXT = "feed full text"
FROM_FEED_NO_LINK = "feed text, no link"
FROM_FEED_SUMMARY = "feed summary; article not read: {reason}"


def document_id(item: FeedItem) -> str:
    """The id of the document read for ``item``: the same for every link to one article."""
    return content_id(item.key, prefix="doc-")


def needs_fetch(item: FeedItem) -> bool:
    return bool(item.link) and not item.full_text


def host(link: str | None) -> str:
    return urlsplit(link or "").netloc.lower()


class ItemReader:
    """Reads items' articles with ``fetcher`` and checks them against ``store`` and the articles read this run."""

    def __init__(self, *, store: Store, fetcher: Any, settings: ReadSettings) -> None:
        self.store = store
        self.fetcher = fetcher
        self.settings = settings
        self._near: Any = None  # NearDuplicateIndex of recent stored texts, built on first use
        self._read_keys: OrderedDict[str, str] = OrderedDict()  # URL key of an article read -> its document id

    def article(self, item: FeedItem) -> tuple[Document | None, str]:
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

    def feed_document(self, item: FeedItem, origin: str) -> Document | None:
        """The feed's own text for the item as a document (None when it is empty)."""
        from eventsift.documents.formats import document_from_text

        try:
            return document_from_text(item.text, source=f"{item.source} [{origin}]", settings=self.settings,
                                      title=item.title, url=clean_url(item.link) if item.link else None,
                                      published=item.published,
                                      publisher=item.publisher, byline=item.author, language=item.language)
        except InputError:
            return None

    def is_stored(self, doc_id: str) -> bool:
        """True when a document with this id is stored (by this feed, another feed, or an earlier run)."""
        return self.store.has_document(Document(id=doc_id, text=""))

    def duplicate_of(self, document: Document) -> str | None:
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


def _named_after_host(publisher: str, url: str) -> bool:
    """True when a page's publisher is only its host name (what the extractor gives when the page names none)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return publisher.strip().lower() in {parts.netloc.lower(), host, host.removeprefix("www.")}


def _words(text: str) -> int:
    return len(text.split())

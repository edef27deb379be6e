"""What a watched source lists: RSS/Atom feeds and news sitemaps read into ``FeedItem``s; article URL keys.

    bytes ─► RSS / Atom (feedparser) or news sitemap (<urlset> with <news:news>) ─► FeedItem | ItemFailure
    link  ─► url_key: tracking parameters, AMP and mobile variants, www. and the scheme left out

A ``FeedItem`` is what the source says about one report: its link, the metadata the source gives, and
the source's own text for it (a blurb, or the whole report when ``full_text``). The watcher decides
from it whether to fetch the article (``eventsift.app.watch``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from eventsift.documents.formats import entry_date
from eventsift.errors import InputError
from eventsift.records import content_id

__all__ = ["FeedItem", "ItemFailure", "clean_url", "is_full_text", "parse_source", "url_key"]

# A feed's text for an item is taken as the whole report when it has at least this many words and is
# not cut off. Blurbs are one to three sentences (20-80 words); the shortest complete wire reports
# (a few paragraphs) run past 150 words, so a text in between is read from the article to be safe.
FULL_TEXT_MIN_WORDS = 150
# How a feed ends a text it has cut short ("... [...]", "Read more", "Continue reading").
_CUT_OFF = re.compile(r"(\.\.\.|…|\[\s*(\.\.\.|…)\s*\]|\b(read|continue reading|read the full|full story)[^.\n]{0,40})\s*$",
                      re.IGNORECASE)
_WORD = re.compile(r"\w+")
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
# Host prefixes of a site's mobile and AMP editions (m.example.org is example.org).
_EDITION_PREFIXES = ("www.", "m.", "mobile.", "amp.")
# Query parameters (name=value, lower-case) that ask for the AMP rendering of the same page.
_AMP_QUERY = {("amp", ""), ("amp", "1"), ("amp", "true"), ("outputtype", "amp"), ("output", "amp"), ("format", "amp")}
_AMP_CACHE = re.compile(r"^/[cv]/(?:s/)?(?P<rest>.+)$")


@dataclass(slots=True, kw_only=True)
class FeedItem:
    """One report as a feed or a news sitemap lists it."""

    source: str  # "<feed URL>#<position>"
    link: str | None = None
    guid: str | None = None
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    publisher: str | None = None
    language: str | None = None
    text: str = ""  # the feed's own text for the item, plain (a blurb, the whole report, or nothing)
    full_text: bool = False  # ``text`` is the whole report: no need to fetch the article

    @property
    def key(self) -> str:
        """What identifies the item across polls and feeds: its link's key, else its guid, else its title and text."""
        if self.link:
            return url_key(self.link)
        return self.guid or content_id(self.title or "", self.text, prefix="item-")

    @property
    def label(self) -> str:
        """The item as a user recognises it: its title, or its link."""
        return (self.title or self.link or self.source).replace("\n", " ")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedItem:
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if fields.get("published"):
            fields["published"] = dt.date.fromisoformat(fields["published"])
        return cls(**fields)


@dataclass(slots=True, kw_only=True)
class ItemFailure:
    """An item the watcher could not store: which item, its link, at which step and why."""

    feed: str
    item: str  # the item's title (or link)
    link: str | None
    stage: str  # feed | fetch | read | language | extract | store | ...
    reason: str
    at: float = 0.0  # epoch seconds

    def line(self) -> str:
        """One line for the user: ``rejected: "title" <link>: stage: reason``."""
        link = f" <{self.link}>" if self.link else ""
        return f'rejected: "{self.item}"{link}: {self.stage}: {self.reason}'

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ItemFailure:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


# -- reading a source ----------------------------------------------------------------------------
def parse_source(data: bytes, *, source: str) -> list[FeedItem]:
    """The items of an RSS/Atom feed or a news sitemap, in the source's order; raises InputError."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return parse_news_sitemap(data, source=source)
    return parse_feed(data, source=source)


def parse_feed(data: bytes, *, source: str) -> list[FeedItem]:
    """RSS or Atom: each entry's link, metadata, and its content (or summary) as plain text."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            raise InputError(f"not a valid RSS/Atom feed or news sitemap: {parsed.get('bozo_exception')}")
        return []
    publisher = (parsed.feed.get("title") or "").strip() or None
    language = (parsed.feed.get("language") or "").split("-")[0].lower() or None
    return [_entry_item(entry, source=f"{source}#{n}", publisher=publisher, language=language)
            for n, entry in enumerate(parsed.entries, start=1)]


def _entry_item(entry: Any, *, source: str, publisher: str | None, language: str | None) -> FeedItem:
    content = entry.get("content") or []
    body = content[0].get("value") if content else None
    body = body or entry.get("summary") or entry.get("description") or ""
    text = _plain(body)
    link = (entry.get("link") or "").strip() or None
    return FeedItem(
        source=source,
        link=link if link and urlsplit(link).scheme.lower() in ("http", "https") else None,
        guid=(entry.get("id") or "").strip() or None,
        title=_plain(entry.get("title") or "") or None,
        published=entry_date(entry),
        author=(entry.get("author") or "").strip() or None,
        publisher=publisher,
        language=language,
        text=text,
        full_text=is_full_text(text),
    )


def _plain(body: str) -> str:
    from eventsift.documents.html import fragment_text

    if "<" not in body:
        return body.strip()
    try:
        return fragment_text(body)
    except InputError:
        return ""


def is_full_text(text: str) -> bool:
    """True when a feed's text for an item is long enough to be the whole report and is not cut off."""
    return len(_WORD.findall(text)) >= FULL_TEXT_MIN_WORDS and not _CUT_OFF.search(text[-80:])


def parse_news_sitemap(data: bytes, *, source: str) -> list[FeedItem]:
    """A news sitemap: each ``<url>`` with a ``<news:news>`` block; other URLs (plain sitemap entries) are left out."""
    from lxml import etree

    # no entities, no network, no huge trees: a sitemap is untrusted input
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not a valid sitemap: {exc}") from exc
    if etree.QName(root).localname == "sitemapindex":
        raise InputError("a sitemap index, not a news sitemap: list its news sitemaps in the feeds file")
    items: list[FeedItem] = []
    urls = root.findall(f"{{{SITEMAP_NS}}}url")
    for n, url in enumerate(urls, start=1):
        news = url.find(f"{{{NEWS_NS}}}news")
        loc = (url.findtext(f"{{{SITEMAP_NS}}}loc") or "").strip()
        if news is None or not loc:
            continue
        items.append(FeedItem(
            source=f"{source}#{n}",
            link=loc if urlsplit(loc).scheme.lower() in ("http", "https") else None,
            title=(news.findtext(f"{{{NEWS_NS}}}title") or "").strip() or None,
            published=_sitemap_date(news.findtext(f"{{{NEWS_NS}}}publication_date")),
            publisher=(news.findtext(f"{{{NEWS_NS}}}publication/{{{NEWS_NS}}}name") or "").strip() or None,
            language=(news.findtext(f"{{{NEWS_NS}}}publication/{{{NEWS_NS}}}language") or "").strip().lower() or None,
        ))
    if urls and not items:
        raise InputError("sitemap has no <news:news> entries (only news sitemaps are watched)")
    return items


def _sitemap_date(value: str | None) -> dt.date | None:
    """W3C datetime (``2024-03-04`` or ``2024-03-04T10:00:00+01:00``) as the date it names."""
    text = (value or "").strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date() if "T" in text else dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


# -- article URL keys ----------------------------------------------------------------------------
@functools.cache
def tracking_parameters() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact names, name prefixes) of the query parameters in ``data/url_tracking.txt``, lower-case."""
    text = resources.files("eventsift.data").joinpath("url_tracking.txt").read_text("utf-8")
    names = [ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(n for n in names if not n.endswith("*")), tuple(n[:-1] for n in names if n.endswith("*"))


def _tracking(name: str) -> bool:
    exact, prefixes = tracking_parameters()
    lower = name.lower()
    return lower in exact or lower.startswith(prefixes)


def clean_url(url: str) -> str:
    """``url`` without its fragment and tracking parameters (what a stored document keeps as its address)."""
    parts = urlsplit(url.strip())
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _tracking(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    return parts._replace(query=query, fragment="").geturl()


def url_key(url: str) -> str:
    """The article a URL points to, as ``host/path?query``: the same for its AMP, mobile and tracked variants.

    >>> url_key("https://m.example.org/world/story-1/amp/?utm_source=rss&id=7")
    'example.org/world/story-1?id=7'
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    path = parts.path or "/"
    if host.endswith(".cdn.ampproject.org"):  # Google's AMP cache: /c/s/<host>/<path>
        m = _AMP_CACHE.match(path)
        if m:
            return url_key("https://" + m.group("rest") + (f"?{parts.query}" if parts.query else ""))
    while host.startswith(_EDITION_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    port = parts.port
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", unquote(path))
    path = re.sub(r"(?:/amp)+/?$", "", path)  # /story/amp
    path = re.sub(r"^/amp(?=/)", "", path)  # /amp/story
    path = re.sub(r"\.amp(\.html?)?$", lambda m: m.group(1) or "", path)  # story.amp.html
    path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _tracking(k) and (k.lower(), v.lower()) not in _AMP_QUERY]
    return host + (path if path != "/" else "") + (f"?{urlencode(sorted(query))}" if query else "")

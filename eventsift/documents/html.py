"""HTML pages to article text and metadata, with trafilatura (main text) and htmldate (date)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from eventsift.documents.clean import clean_plain_text
from eventsift.errors import InputError

log = logging.getLogger(__name__)

# A page whose main text is shorter than this is not an article (a login wall, an index page);
# the shortest article bodies in the extraction benchmark are about 400 characters.
MIN_ARTICLE_CHARS = 150
# trafilatura's options, chosen on the article-extraction benchmark (bench/article_extraction.py,
# 87 pages): favor_precision with tables kept gave F1 0.971 (P 0.969, R 0.973); the default balance
# 0.963, favor_recall 0.962, default without tables 0.957.
EXTRACTION_OPTIONS: dict[str, bool] = {
    "favor_precision": True,
    "favor_recall": False,
    "include_tables": True,
    "include_comments": False,
    "include_images": False,
    "include_links": False,
}
# A page whose extracted text is shorter than MIN_ARTICLE_CHARS can still be a news brief (two short
# paragraphs): its visible text is taken when it has at least this many characters outside links and
# page furniture (a login wall or an index page has less, or is mostly links).
MIN_BRIEF_CHARS = 80
# Largest share of a brief's visible text that may sit inside links: an index page is mostly links.
MAX_BRIEF_LINK_SHARE = 0.5
# Elements that are never a brief's text.
_FURNITURE = "//script|//style|//noscript|//template|//nav|//header|//footer|//aside|//form|//menu|//iframe|//svg|//button|//select|//head"
# A trailing title segment of at most this many words can be the site's name ("... | The Japan Times").
MAX_SITE_SUFFIX_WORDS = 6
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
_BLOCK_TAGS = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^>]*>")


@dataclass(slots=True, kw_only=True)
class PageText:
    """What one HTML page gives: its article text and the metadata around it."""

    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    byline: str | None = None
    dateline: str | None = None
    language: str | None = None


def parse_html(html: str, *, max_depth: int):  # noqa: ANN201 - lxml element
    """Parse HTML with lxml, refusing pages that do not parse or nest deeper than ``max_depth``."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise InputError("HTML could not be parsed")
    depth = tree_depth(tree)
    if depth > max_depth:
        raise InputError(f"HTML nested {depth} levels deep (limit {max_depth})")
    return tree


def tree_depth(root) -> int:  # noqa: ANN001
    """Greatest element nesting depth below ``root`` (iterative: deep trees must not overflow)."""
    deepest = 0
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node)
    return deepest


def extract_page(html: str, *, url: str | None = None, max_depth: int = 250) -> PageText:
    """The article of a page: main text (trafilatura), headline, date, site name, author, dateline."""
    import trafilatura

    tree = parse_html(html, max_depth=max_depth)
    result = trafilatura.bare_extraction(tree, url=url, with_metadata=True, deduplicate=False, **EXTRACTION_OPTIONS)
    text = (result.text or "").strip() if result is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        text = brief_text(html, max_depth=max_depth)  # a short brief: the page's visible text
    if len(text) < MIN_BRIEF_CHARS:
        raise InputError("no article text found in the page")
    if result is None:  # trafilatura found nothing, the brief's text stands alone
        result = _NoMetadata()
    # the same edge rules as copied text: sign-offs, trailing teasers, dateline
    clean = clean_plain_text(text)
    title = strip_site_name(_strip_or_none(result.title), site=result.sitename, url=result.url or url)
    body = clean.text
    if clean.title and title and clean.title.strip() == title:
        title = clean.title  # the headline repeated as the first line: keep it out of the body
    elif clean.title:
        body = clean.title + "\n" + body  # the first line was body text after all
    return PageText(
        text=body,
        title=title or clean.title,
        url=_strip_or_none(result.url) or url,
        published=_date(result.date) or clean.published,
        publisher=_strip_or_none(result.sitename) or clean.publisher,
        byline=_strip_or_none(result.author) or clean.byline,
        dateline=clean.dateline,
        language=_strip_or_none(getattr(result, "language", None)),
    )


class _NoMetadata:
    title = url = date = sitename = author = language = None


def brief_text(html: str, *, max_depth: int) -> str:
    """The visible text of a short page (furniture, scripts and a link-heavy body left out); "" when it has none."""
    tree = parse_html(html, max_depth=max_depth)
    body = tree.find(".//body")
    root = body if body is not None else tree
    for bad in root.xpath(_FURNITURE.replace("//", ".//")):
        bad.drop_tree()
    linked = sum(len(" ".join(a.text_content().split())) for a in root.xpath(".//a"))
    marked = _BLOCK_TAGS.sub(lambda m: m.group(0) + "\n", _serialise(root))
    text = fragment_text(marked) if marked.strip() else ""
    if not text or linked > MAX_BRIEF_LINK_SHARE * len(" ".join(text.split())):
        return ""
    return text


def _serialise(element) -> str:  # noqa: ANN001 - lxml element
    from lxml import etree

    return etree.tostring(element, encoding="unicode", method="html")


def strip_site_name(title: str | None, *, site: str | None, url: str | None) -> str | None:
    """ "Masks stolen from Kobe hospital | The Japan Times" -> "Masks stolen from Kobe hospital"."""
    if not title:
        return title
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1]
    host = re.sub(r"^www\.", "", (re.sub(r"^\w+://", "", url or "").split("/")[0]).lower())
    names = {_squash(site or ""), _squash(host.rsplit(".", 1)[0])} - {""}
    squashed = _squash(last)
    if len(last.split()) <= MAX_SITE_SUFFIX_WORDS and squashed and any(squashed in n or n in squashed for n in names):
        last_separator = list(_TITLE_SEPARATOR.finditer(title))[-1]
        return title[: last_separator.start()].strip()
    return title


def _squash(text: str) -> str:
    """Letters and digits only, lower-cased: "The Japan Times" and "japantimes.co" compare."""
    return re.sub(r"[^a-z0-9]", "", text.lower().removeprefix("the "))


def fragment_text(html: str) -> str:
    """Text of a small HTML fragment (a feed item's content): tags out, block breaks kept."""
    from lxml import html as lxml_html

    marked = _BLOCK_TAGS.sub(lambda m: m.group(0) + "\n", html)
    try:
        root = lxml_html.fromstring(marked)
    except Exception as exc:  # lxml raises ParserError or ValueError for empty or odd fragments
        raise InputError(f"HTML fragment could not be parsed: {exc}") from exc
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    text = root.text_content()
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip() for ln in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or bool(
        re.search(r"<(?:p|div|br|a|span|article)\b[^>]*>", head)
    )


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _strip_or_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None

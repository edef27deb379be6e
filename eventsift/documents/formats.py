"""One reader per input format: plain text, HTML, JSONL batches, RSS/Atom feeds, WARC archives.

Each reader takes the raw content and yields ``Document`` or ``Rejected`` records; a reader of a
container (JSONL, feed, WARC) rejects one bad item and goes on with the next.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from eventsift.documents.clean import clean_plain_text
from eventsift.documents.decode import decode_text, gunzip_capped, is_gzip
from eventsift.documents.html import extract_page, fragment_text, looks_like_html
from eventsift.documents.settings import ReadSettings
from eventsift.errors import InputError
from eventsift.documents.language import detect_language
from eventsift.records import Document, Rejected, content_id

log = logging.getLogger(__name__)

STAGE = "read"
_SURROGATE = re.compile("[\ud800-\udfff]")
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_JSONL_FIELDS = ("id", "text", "html", "url", "title", "published", "publisher", "language", "dateline", "byline")


def make_document(text: str, *, source: str, settings: ReadSettings, doc_id: str | None = None, **meta: Any) -> Document:
    """A Document with a content-hash id (unless given) and its language (unless declared)."""
    if not text.strip():
        raise InputError("no text")
    if meta.get("language") is None and settings.detect_language:
        meta["language"] = detect_language(text)
    return Document(id=doc_id or content_id(text, prefix="doc-"), text=text, source=source, **meta)


def _known(found: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """Metadata read from the document, overridden by what the caller gives; unknown values left out."""
    return {k: v for k, v in found.items() if v is not None} | {k: v for k, v in given.items() if v is not None}


def document_from_text(text: str, *, source: str, settings: ReadSettings, **meta: Any) -> Document:
    """Plain text copied from a page: cut at the article's end, read its edges."""
    clean = clean_plain_text(text)
    if not clean.text:
        raise InputError("no article text")
    found = {
        "title": clean.title,
        "dateline": clean.dateline,
        "byline": clean.byline,
        "publisher": clean.publisher,
        "published": clean.published,
    }
    return make_document(clean.text, source=source, settings=settings, **_known(found, meta))


def document_from_html(html: str, *, source: str, settings: ReadSettings, url: str | None = None, **meta: Any) -> Document:
    page = extract_page(html, url=url, max_depth=settings.max_html_depth)
    found = {
        "title": page.title,
        "url": page.url,
        "published": page.published,
        "publisher": page.publisher,
        "byline": page.byline,
        "dateline": page.dateline,
    }
    return make_document(page.text, source=source, settings=settings, **_known(found, meta))


def declared_charset(content_type: str | None, data: bytes) -> str | None:
    """The charset an HTTP header or an HTML meta tag declares."""
    m = _CHARSET.search(content_type or "") or _CHARSET.search(data[:4096].decode("ascii", errors="ignore"))
    return m.group(1) if m else None


def sniff_format(name: str, data: bytes, content_type: str | None = None) -> str:
    """text | html | jsonl | feed | warc, from the name, the content type and the first bytes."""
    lower = name.lower().removesuffix(".gz")
    for suffixes, kind in (
        ((".warc", ".arc"), "warc"),
        ((".jsonl", ".ndjson"), "jsonl"),
        ((".rss", ".atom", ".xml"), "feed"),
        ((".html", ".htm", ".xhtml"), "html"),
        ((".txt", ".text"), "text"),
    ):
        if lower.endswith(suffixes):
            return kind
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml"):
        return "feed"
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype in ("application/x-ndjson", "application/jsonl"):
        return "jsonl"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "feed" if re.search(rb"<(rss|feed|rdf:rdf)\b", data[:4096].lower()) else "html"
    if head.startswith(b"{"):
        return "jsonl"
    if looks_like_html(head.decode("utf-8", errors="ignore")):
        return "html"
    return "text"


def read_content(data: bytes, *, name: str, source: str, settings: ReadSettings, content_type: str | None = None,
                 url: str | None = None) -> Iterator[Document | Rejected]:
    """Any single input's bytes (a file, stdin, a fetched page), dispatched by format."""
    if is_gzip(data) and not name.lower().endswith((".warc.gz", ".arc.gz")):
        data = gunzip_capped(data, limit=settings.max_decompressed_bytes)
    kind = sniff_format(name, data, content_type)
    log.debug("%s: reading as %s", source, kind)
    if kind == "warc":
        import io

        yield from iter_warc(io.BytesIO(data), source=source, settings=settings)
    elif kind == "jsonl":
        yield from iter_jsonl(decode_text(data), source=source, settings=settings)
    elif kind == "feed":
        yield from iter_feed(data, source=source, settings=settings)
    elif kind == "html":
        html = decode_text(data, declared=declared_charset(content_type, data))
        yield document_from_html(html, source=source, settings=settings, url=url)
    else:
        yield document_from_text(decode_text(data), source=source, settings=settings, url=url)


def _parse_published(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError as exc:
            raise InputError(f"published is not an ISO date: {value!r}") from exc


def document_from_record(record: Any, *, source: str, settings: ReadSettings) -> Document:
    """One JSONL object (the documents-in contract) as a Document."""
    if not isinstance(record, dict):
        raise InputError("line is not a JSON object")
    record = {k: _without_surrogates(v) if isinstance(v, str) else v for k, v in record.items()}
    unknown = set(record) - set(_JSONL_FIELDS)
    if unknown:
        log.debug("%s: ignoring fields %s", source, sorted(unknown))
    meta = {k: record.get(k) for k in ("url", "title", "publisher", "language", "dateline", "byline")}
    meta = {k: (str(v) if v is not None else None) for k, v in meta.items()}
    meta["published"] = _parse_published(record.get("published"))
    doc_id = str(record["id"]) if record.get("id") not in (None, "") else None
    if isinstance(record.get("text"), str) and record["text"].strip():
        return document_from_text(record["text"], source=source, settings=settings, doc_id=doc_id, **meta)
    if isinstance(record.get("html"), str) and record["html"].strip():
        return document_from_html(record["html"], source=source, settings=settings, doc_id=doc_id, **meta)
    raise InputError("neither 'text' nor 'html' given")


def _without_surrogates(value: str) -> str:
    """JSON may escape lone UTF-16 surrogates ("\\ud800") that no UTF-8 text can hold: each becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", value)


def iter_jsonl(text: str, *, source: str, settings: ReadSettings) -> Iterator[Document | Rejected]:
    """A JSONL batch: one document a line; a bad line is rejected as ``source:LINE``."""
    # lines end at "\n" only: str.splitlines() also cuts at U+2028, U+0085 and other characters that a
    # JSON string may hold unescaped, which broke one valid record into two rejected halves
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(source=where, stage=STAGE, reason=f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield document_from_record(record, source=where, settings=settings)
        except InputError as exc:
            yield Rejected(source=where, stage=STAGE, reason=str(exc))


def entry_date(entry: Any) -> dt.date | None:
    """A feed entry's date (published, else updated, else created), as feedparser parsed it."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def iter_feed(data: bytes, *, source: str, settings: ReadSettings) -> Iterator[Document | Rejected]:
    """An RSS or Atom feed: each item a document, its HTML content (or summary) as text."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            raise InputError(f"not a valid RSS/Atom feed: {parsed.get('bozo_exception')}")
        raise InputError("feed has no items")
    publisher = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#{number}"
        try:
            yield _feed_document(entry, source=where, settings=settings, publisher=publisher)
        except InputError as exc:
            yield Rejected(source=where, stage=STAGE, reason=str(exc))


def _feed_document(entry: Any, *, source: str, settings: ReadSettings, publisher: str | None) -> Document:
    content = entry.get("content") or []
    body = content[0].get("value") if content else None
    body = body or entry.get("summary") or entry.get("description") or ""
    text = fragment_text(body) if "<" in body else body.strip()
    if not text:
        raise InputError("feed item has no content or summary")
    return document_from_text(
        text,
        source=source,
        settings=settings,
        title=(entry.get("title") or "").strip() or None,
        url=entry.get("link") or None,
        published=entry_date(entry),
        publisher=publisher,
        byline=entry.get("author") or None,
    )


def iter_warc(stream: BinaryIO, *, source: str, settings: ReadSettings) -> Iterator[Document | Rejected]:
    """HTML response records of a WARC (or WARC.gz).

    Every record that cannot be read is reported with its byte offset (in the file as stored, so in
    the compressed file for a WARC.gz) and the reason: a record cut short, bytes at the end that hold
    no complete record (an archive cut inside a record's headers or its gzip member), a damaged record.
    """
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(stream)
    total = 0
    number = 0
    try:
        for record in archive:
            offset = archive.offset  # where this record starts; warcio moves it on once the record is read
            wanted = record.rec_type in ("response", "resource")
            number += wanted
            where = f"{source}#{number}" if wanted else source
            url = record.rec_headers.get_header("WARC-Target-URI")
            item, size = _warc_item(record, where=where, url=url, settings=settings) if wanted else (None, 0)
            archive.read_to_end()
            unread = getattr(record.raw_stream, "limit", None)  # bytes of the declared length never read
            declared = (record.rec_headers.get_header("Content-Length") or "").strip()
            if not declared.isdigit():  # warcio reads a cut "Content-Length: 14" as length 0
                unread = None
            if unread is None or unread > 0:
                cut = "ends inside its headers" if unread is None else f"ends {unread} bytes early"
                yield Rejected(source=where, stage=STAGE,
                               reason=f"truncated archive: the {record.rec_type} record at byte {offset} ({url or 'no URL'}) {cut}")
                continue
            total += size
            if total > settings.max_decompressed_bytes:
                raise InputError(f"archive content over the limit of {settings.max_decompressed_bytes} bytes")
            if item is not None:
                yield item
    except InputError:
        raise
    except Exception as exc:  # warcio and zlib raise many types for a damaged archive
        raise InputError(f"damaged or truncated archive at byte {archive.offset} after {number} records: "
                         f"{type(exc).__name__}: {exc}") from exc
    leftover = _unread_tail(stream, end=archive.offset)
    if leftover:
        yield Rejected(source=source, stage=STAGE,
                       reason=f"truncated archive: {leftover} bytes from byte {archive.offset} hold no complete record")


def _warc_item(record: Any, *, where: str, url: str | None, settings: ReadSettings) -> tuple[Document | Rejected | None, int]:
    """One response record as a Document (or why not), and the payload size read; None for a skipped record."""
    ctype = record.http_headers.get_header("Content-Type") if record.http_headers else None
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    if not (ctype or "").lower().startswith(("text/html", "application/xhtml")) or not str(status).startswith("2"):
        log.debug("%s: skipping %s record (%s, status %s)", where, url, ctype, status)
        return None, 0
    payload = record.content_stream().read(settings.max_document_bytes + 1)
    if len(payload) > settings.max_document_bytes:
        return Rejected(source=where, stage=STAGE, reason=f"record larger than {settings.max_document_bytes} bytes"), len(payload)
    try:
        html = decode_text(payload, declared=declared_charset(ctype, payload))
        return document_from_html(html, source=where, settings=settings, url=url), len(payload)
    except InputError as exc:
        return Rejected(source=where, stage=STAGE, reason=str(exc)), len(payload)


# Line ends and padding after the last record are not lost data: a tail this short of whitespace is ignored.
MAX_TRAILING_PADDING = 64


def _unread_tail(stream: BinaryIO, *, end: int) -> int:
    """How many bytes of the archive lie after ``end``, the end of the last complete record (0 when unknown)."""
    try:
        if not stream.seekable():
            return 0
        size = stream.seek(0, 2)
        if size <= end:
            return 0
        stream.seek(end)
        tail = stream.read(MAX_TRAILING_PADDING + 1)
    except (OSError, ValueError):
        return 0
    if len(tail) <= MAX_TRAILING_PADDING and not tail.strip():
        return 0
    return size - end

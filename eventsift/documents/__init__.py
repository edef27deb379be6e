"""Reading news as it comes: files, directories, stdin and URLs in; ``Document`` or ``Rejected`` out.

    input ─► path / directory / stdin / URL ─► bytes (size-capped) ─► format (by name, type, content)
          ─► reader (text, HTML, JSONL, feed, WARC) ─► Document | Rejected

    >>> for item in read_inputs(["news/", "https://example.org/story"]): ...
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventsift.documents.decode import read_capped
from eventsift.documents.formats import iter_warc, read_content
from eventsift.documents.settings import ReadSettings
from eventsift.errors import FetchError, InputError
from eventsift.records import Document, Rejected

log = logging.getLogger(__name__)

__all__ = ["ReadSettings", "read_inputs", "SUPPORTED_SUFFIXES"]

# File name endings read when walking a directory (a file named explicitly is read whatever its name).
SUPPORTED_SUFFIXES = (
    ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".rss", ".atom", ".xml",
    ".warc", ".warc.gz", ".arc.gz", ".jsonl.gz", ".html.gz", ".txt.gz",
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def read_inputs(
    inputs: Iterable[str], *, published: dt.date | None = None, settings: ReadSettings | None = None
) -> Iterator[Document | Rejected]:
    """Read every input (path, directory, ``-`` for stdin, or http(s) URL) into documents.

    A bad input yields one ``Rejected`` and reading goes on. ``published`` fills in the date of
    documents that have none of their own.
    """
    settings = settings or ReadSettings()
    fetcher = None
    try:
        for name in inputs:
            if _SCHEME.match(name):
                if fetcher is None:
                    from eventsift.documents.fetch import Fetcher

                    fetcher = Fetcher(settings)
                items = _guard(name, "read", lambda n=name: _read_url(n, fetcher, settings))
            elif name == "-":
                items = _guard("-", "read", lambda: _read_stdin(settings))
            else:
                items = _read_path(Path(name), settings)
            for item in items:
                if isinstance(item, Document) and item.published is None and published is not None:
                    item.published = published
                yield item
    finally:
        if fetcher is not None:
            fetcher.close()


def _guard(source: str, stage: str, read) -> Iterator[Document | Rejected]:  # noqa: ANN001
    """Run one input's reader, turning its failure into a Rejected after whatever it yielded."""
    try:
        yield from read()
    except FetchError as exc:
        yield Rejected(source=source, stage="fetch", reason=str(exc))
    except InputError as exc:
        yield Rejected(source=source, stage=stage, reason=str(exc))
    except OSError as exc:
        yield Rejected(source=source, stage=stage, reason=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a parser bug on a hostile input must not end the batch
        log.warning("%s: unexpected failure", source, exc_info=True)
        yield Rejected(source=source, stage=stage, reason=f"unexpected {type(exc).__name__}: {exc}")


def _read_path(path: Path, settings: ReadSettings) -> Iterator[Document | Rejected]:
    if path.is_dir():
        for file in _walk(path):
            if file.name.lower().endswith(SUPPORTED_SUFFIXES):
                yield from _guard(str(file), "read", lambda f=file: _read_file(f, settings))
            else:
                yield Rejected(source=str(file), stage="read", reason="skipped: not a supported file type")
    elif path.exists():
        yield from _guard(str(path), "read", lambda: _read_file(path, settings))
    else:
        yield Rejected(source=str(path), stage="read", reason="no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root``, sorted, skipping hidden files and directories."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if not filename.startswith("."):
                yield Path(dirpath) / filename


def _read_file(path: Path, settings: ReadSettings) -> Iterator[Document | Rejected]:
    lower = path.name.lower()
    if lower.endswith((".warc", ".warc.gz", ".arc.gz")):
        with path.open("rb") as stream:  # archives are streamed: they may be far larger than one page
            yield from iter_warc(stream, source=str(path), settings=settings)
        return
    size = path.stat().st_size
    if size > settings.max_document_bytes:
        raise InputError(f"file of {size} bytes is over the limit of {settings.max_document_bytes} bytes")
    if size == 0:
        raise InputError("empty file")
    with path.open("rb") as stream:
        data = read_capped(stream, limit=settings.max_document_bytes, what="file")
    yield from read_content(data, name=path.name, source=str(path), settings=settings)


def _read_stdin(settings: ReadSettings) -> Iterator[Document | Rejected]:
    data = read_capped(sys.stdin.buffer, limit=settings.max_document_bytes, what="standard input")
    yield from read_content(data, name="-", source="-", settings=settings)


def _read_url(url: str, fetcher, settings: ReadSettings) -> Iterator[Document | Rejected]:  # noqa: ANN001
    page = fetcher.fetch(url)
    name = page.final_url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]
    yield from read_content(
        page.content, name=name, source=url, settings=settings, content_type=page.content_type, url=page.final_url
    )

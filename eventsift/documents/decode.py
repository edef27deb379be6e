"""Bytes to text: size caps, binary detection, encoding detection, gzip with a bomb guard."""

from __future__ import annotations

import codecs
import logging
import re
import zlib
from typing import BinaryIO

from eventsift.errors import InputError

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
CHUNK_BYTES = 64 * 1024
# Share of control characters (other than tab/newline/CR/form feed) above which decoded text is
# taken for binary data: real text has none; 1% tolerates a stray escape sequence.
MAX_CONTROL_SHARE = 0.01
# charset-normalizer's "chaos" (0 clean .. 1 garbage) above which its guess is not trusted; its own
# default cut-off is 0.2, stricter here because a wrong guess silently garbles every name.
MAX_CHAOS = 0.1
# Largest share of bytes above ASCII among a text's letters for it to be read as Western European: Spanish,
# French or German prose has 1-8% accented letters, English names in it fewer; a Cyrillic or Greek code page
# puts nearly every letter above ASCII.
MAX_WESTERN_HIGH_SHARE = 0.25
# Symbols above ASCII that Western text uses; the rarer ones (superscripts, ¤ ¦ ¨ ´ ¸ ¯) are left out because
# they are what Central European letters (ł ą ľ ť) turn into when read as Windows-1252.
_WESTERN_PUNCTUATION = frozenset("\u00a0¡¢£¥§©ª«¬\u00ad®°±µ¶·º»¿×÷‘’‚“”„†‡•…‰‹›€™–—")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_capped(stream: BinaryIO, *, limit: int, what: str = "input") -> bytes:
    """Read at most ``limit`` bytes; raise InputError (without reading on) when there are more."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(CHUNK_BYTES, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputError(f"{what} larger than the limit of {limit} bytes")
    return b"".join(chunks)


def gunzip_capped(data: bytes, *, limit: int) -> bytes:
    """Decompress gzip data, refusing output over ``limit`` bytes and truncated streams."""
    out: list[bytes] = []
    total = 0
    decompressor = zlib.decompressobj(wbits=31)
    pending = data
    try:
        while pending:
            chunk = decompressor.decompress(pending, CHUNK_BYTES)
            total += len(chunk)
            if total > limit:
                raise InputError(f"decompressed size over the limit of {limit} bytes")
            out.append(chunk)
            pending = decompressor.unconsumed_tail
            if decompressor.eof:
                break
    except zlib.error as exc:
        raise InputError(f"corrupt gzip data: {exc}") from exc
    if not decompressor.eof:
        raise InputError("truncated gzip data")
    return b"".join(out)


def is_gzip(data: bytes) -> bool:
    return data[:2] == GZIP_MAGIC


def decode_text(data: bytes, *, declared: str | None = None) -> str:
    """Decode bytes to text: BOM, then UTF-8, then a declared charset, then a confident detection.

    Raises InputError for empty input, binary data, or an encoding that cannot be told.
    """
    if not data.strip():
        raise InputError("empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    if b"\x00" in data[:CHUNK_BYTES]:
        raise InputError("binary data (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            log.info("declared charset %r does not decode the input", declared)
    latin = _western(data)
    if latin is not None:
        return _checked(latin)
    return _checked(_detect(data))


def _western(data: bytes) -> str | None:
    """The text as Windows-1252 (Latin-1's superset, what "ISO-8859-1" means on the web) when it reads as a
    Western European text: few bytes above ASCII, each decoding to a letter or common punctuation.

    Guessers take a short Latin-1 text for Turkish, Central European or Urdu code pages ("se±or", "seńor");
    texts in Cyrillic, Greek or Arabic single-byte code pages have most of their letters above ASCII.
    """
    high = sum(1 for b in data if b >= 0x80)
    letters = sum(1 for b in data if (0x41 <= b <= 0x5A) or (0x61 <= b <= 0x7A))
    if high == 0 or high > MAX_WESTERN_HIGH_SHARE * (letters + high):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252
        return None
    if any(not (ch.isalpha() or ch in _WESTERN_PUNCTUATION) for ch in text if ord(ch) >= 0x80):
        return None
    log.info("decoded input as Windows-1252 (Latin-1)")
    return text


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * CHUNK_BYTES]).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise InputError("unknown text encoding (not UTF-8 and no confident guess)")
    try:
        text = data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(f"unknown text encoding ({exc})") from exc
    log.info("decoded input as %s", best.encoding)
    return text


def _checked(text: str) -> str:
    sample = text[:CHUNK_BYTES]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        raise InputError("binary data (control characters), not text")
    if not text.strip():
        raise InputError("empty input")
    return text


def maybe_gunzip(data: bytes, *, limit: int) -> bytes:
    return gunzip_capped(data, limit=limit) if is_gzip(data) else data


__all__ = ["decode_text", "gunzip_capped", "is_gzip", "maybe_gunzip", "read_capped"]

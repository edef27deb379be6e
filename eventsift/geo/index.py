"""The gazetteer index: names to candidate places, over the SQLite file ``build`` writes.

    index = GazetteerIndex(path)
    index.candidates("Mastung")                 # exact spelling, else looser keys (see ``candidates``)
    index.lookup("Mastung", country="Pakistan")  # as ``Place`` records, most likely first

Reading a document (datelines, context, resolution) is ``eventsift.geo.gazetteer.Gazetteer``, built on this.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from eventsift.errors import GazetteerError
from eventsift.geo import build, sources
from eventsift.geo.distance import haversine_km
from eventsift.geo.normalize import area_words_in, bare_key, name_key, skeleton_key
from eventsift.geo.resolve import FEATURE_PRECISION, Candidate, prior
from eventsift.records import Place

# At most this many candidates per name are ranked (largest first); "San Jose" has ~150 in cities500.
MAX_CANDIDATES = 200
# Fuzzy matching of unknown names inside the text's countries: edits allowed by the name's length without spaces
# (longest first: 9+ letters 2 edits, 5-8 letters 1, shorter none), among towns of at least this many people (the
# misspelt names of reports are of known towns; hamlets would match anything).
FUZZY_DISTANCE = ((9, 2), (5, 1))
# Names at least this long may be spelt with or without the final "h" of an Arabic name's ending ("Sukhna", "Sukhnah").
MIN_FINAL_H_LENGTH = 5
FUZZY_MIN_POPULATION = 10_000
# ... and sharing their first two letters: reporters misspell the middle of a name ("Peshwar", "Hyderabd"), and the
# comparison stays to a few dozen names (well under a millisecond).
FUZZY_PREFIX = 2
# "West Philadelphia", "South Los Angeles", "Downtown Denver": a part of a town the gazetteer does not list is
# coded as the town, when the town is a city this big (small places are not spoken of in parts).
_PART_OF_TOWN = re.compile(r"^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Downtown|"
                           r"Uptown|Midtown|Inner|Greater)\s+(?P<town>[A-Z].+)$")
PART_OF_TOWN_MIN_POPULATION = 100_000
# "Kanbalu Township", "Elmpur Upazila", "Ashby Woreda": the unit a country names after its seat, found as that town
# when the gazetteer lists no unit of the name; only in the countries whose units are so named (an American township
# is a division of its own, often far from any town of its name).
_SEAT_UNIT = re.compile(r"^(?P<town>[A-Z].+?)\s+(?P<unit>Township|Upazila|Woreda)$")
_SEAT_UNIT_COUNTRIES = {"township": frozenset({"MM"}), "upazila": frozenset({"BD"}), "woreda": frozenset({"ET"})}
# A place name's first word written short, as US papers write "St. Joseph", "Ft. Myers", "Mt. Vernon" (name keys).
_SHORT_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_SHORT_FIRST_WORD = re.compile(r"^(st|ste|ft|mt) ")
# Countries with no district among their units of government: a name told with "District" there is a quarter of a
# town ("the Warehouse District", "the Oregon District" of an Ohio city) or a school's or a congressional district,
# never the town or the state of its name.
_NO_DISTRICT_COUNTRIES = frozenset({"US"})


def part_of_town(name: str) -> str | None:
    """The town a part of a town is named after ("West Philadelphia" -> "Philadelphia"), else ``None``."""
    m = _PART_OF_TOWN.match(name)
    return m.group("town") if m else None
_COLUMNS = "id, name, country_code, feature, latitude, longitude, admin1, admin2, geonameid, population, namesake"
_FIELDS = (*(c.strip() for c in _COLUMNS.split(",")), "kind")


class GazetteerIndex:
    """The SQLite index (and a user's places beside it): look-ups by name, by id and by area, with their caches."""

    def __init__(self, path: Path | str, *, extra_places: Path | str | None = None) -> None:
        self.path = Path(path)
        self.extra_places = Path(extra_places) if extra_places else None
        try:
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._countries = dict(self._conn.execute("SELECT code, name FROM countries"))
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open the gazetteer index {self.path}: {exc}") from exc
        self._databases = ["main"]
        if self.extra_places:
            self._load_overlay(self.extra_places)
        self._codes = {name_key(n): c for c, n in self._countries.items()}
        self._country_keys = frozenset(self._codes)
        self._abbreviations = sources.admin1_abbreviations()
        self._history = {}
        for change in sources.admin1_history():
            self._history.setdefault((change.country_code, change.admin1_now), []).append(change)
        # continents and regions of several countries ("Africa", "the Middle East"): never a place, nor a town's name
        self.world_regions = frozenset(name_key(r.name) for r in sources.regions() if r.country_code is None)
        self.not_places = sources.not_places() | build.STOP_WORDS | self.world_regions
        self._fuzzy_index: dict[str, dict[str, tuple[tuple[str, int], ...]]] = {}
        self._fuzzy = lru_cache(maxsize=4_096)(self._fuzzy_match)
        self._candidates = lru_cache(maxsize=20_000)(self._query)
        self._areas = lru_cache(maxsize=4_096)(self._area_query)  # a few hundred areas; the query scans the table
        self._big_cities = lru_cache(maxsize=512)(self._big_cities_query)  # per country, read once (a table scan)

    def __getstate__(self) -> dict:
        return {"path": self.path, "extra_places": self.extra_places}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"], extra_places=state["extra_places"])

    def _load_overlay(self, places_file: Path) -> None:
        """A user's places go into an attached in-memory database searched alongside the index."""
        self._conn.execute("ATTACH DATABASE ':memory:' AS user")
        self._conn.executescript(build.SCHEMA.format(p="user.") + build.INDEXES.format(p="user."))
        build.load_places_file(self._conn, places_file, country_names=self._countries, prefix="user.", lookup_db="main")
        self._databases.append("user")

    # -- look-ups -------------------------------------------------------------------------------------

    def _query(self, key: str, kinds: tuple[int, ...]) -> tuple[Candidate, ...]:
        marks = ",".join("?" * len(kinds))
        found: dict[tuple, Candidate] = {}
        for db in self._databases:
            rows = self._conn.execute(
                f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))}, MIN(n.kind)"
                f" FROM {db}.names n JOIN {db}.places p ON p.id = n.place WHERE n.key = ? AND n.kind IN ({marks})"
                f" GROUP BY p.id ORDER BY p.population DESC LIMIT {MAX_CANDIDATES}",
                (key, *kinds),
            ).fetchall()
            for row in rows:
                cand = Candidate(
                    id=row[0] if db == "main" else -row[0], name=row[1], country_code=row[2], feature=row[3],
                    latitude=row[4], longitude=row[5], admin1=row[6], admin2=row[7], geonameid=row[8],
                    population=row[9], namesake=row[10] if db == "main" else None, kind=row[11],
                )
                found[(cand.geonameid or cand.id, cand.feature)] = cand
        return tuple(found.values())

    def by_key(self, key: str, kinds: tuple[int, ...]) -> tuple[Candidate, ...]:
        """Entries under one name key of the given kinds (0 own name, 1 bare, 2 skeleton, 3 alternate), cached."""
        return self._candidates(key, kinds)

    def candidates(self, name: str, *, countries: frozenset[str] = frozenset(), areas: bool = False,
                   misspelt_in: frozenset[str] = frozenset()) -> list[Candidate]:
        """Entries a name may refer to: exact spelling, else looser keys (the skeleton only within ``countries``, a
        misspelling within those and ``misspelt_in``).

        A bare name drops the admin areas named after a town it also finds, unless ``areas`` (the text uses
        the name as an area: "X, Idleb", "Idleb countryside")."""
        exact = name_key(name)
        if not exact or exact in self.world_regions:
            return []
        found = list(self._candidates(exact, (0, 3)))
        if (short := _SHORT_FIRST_WORD.match(exact)) is not None:
            # "St. Joseph" is GeoNames's "Saint Joseph" too (some of its towns list the short form, others not)
            seen = {c.id for c in found}
            long = f"{_SHORT_WORDS[short.group(1)]}{exact[short.end(1):]}"
            found += [c for c in self._candidates(long, (0, 3)) if c.id not in seen and c.feature == "city"]
        if not found and (bare := bare_key(name)):
            found = self._bare_candidates(bare)
            if not found and bare[-1:] == "a" and len(bare) >= MIN_FINAL_H_LENGTH:
                found = self._bare_candidates(bare + "h")  # "al-Sukhna" is "As Sukhnah": a final h written or not
        if not found and (unit := _SEAT_UNIT.match(name)):
            found = [c for c in self._bare_candidates(name_key(unit.group("town"))) if c.feature == "city"
                     and c.country_code in _SEAT_UNIT_COUNTRIES[unit.group("unit").lower()]]
        if not found and (part := _PART_OF_TOWN.match(name)):  # "West Philadelphia", "Downtown Denver": the town
            found = [c for c in self._bare_candidates(name_key(part.group("town")))
                     if c.feature == "city" and c.population >= PART_OF_TOWN_MIN_POPULATION]
        if not found and countries:
            skeleton = skeleton_key(name)
            if skeleton:
                found = [c for c in self._candidates(skeleton, (2,)) if c.country_code in countries]
        if not found and (countries or misspelt_in) and name[:1].isupper():
            found = self._fuzzy(exact, countries | misspelt_in)
        told_as = area_words_in(name)
        if "district" in told_as:  # found by a looser key than the name's own, in such a country
            found = [c for c in found if c.country_code not in _NO_DISTRICT_COUNTRIES or c.kind not in (1, 2)]
        if not told_as and not areas:
            # "Mastung" is the town, not Mastung District, when both are candidates.
            ids = {c.id for c in found}
            found = [c for c in found if not (c.namesake and c.namesake in ids)]
        return found

    def _fuzzy_match(self, key: str, countries: frozenset[str]) -> list[Candidate]:
        """A misspelling or a spacing of a known town inside the countries the text gives ("Peshwar", "Jacob Abad",
        "Hyderabd"): the towns whose name is within FUZZY_DISTANCE edits, the nearest first, marked as the looser
        match they are. Never across countries: without context, no fuzzy match."""
        squeezed = key.replace(" ", "")
        limit = next((d for length, d in FUZZY_DISTANCE if len(squeezed) >= length), 0)
        if not limit:
            return []
        best: list[tuple[int, int]] = []
        for country in sorted(countries):
            for other, place_id in self._fuzzy_keys(country).get(squeezed[:FUZZY_PREFIX], ()):
                if abs(len(other) - len(squeezed)) <= limit and (d := _edits(squeezed, other, limit)) <= limit:
                    best.append((d, place_id))
        if not best:
            return []
        nearest = min(d for d, _ in best)
        ids = {place_id for d, place_id in best if d == nearest}
        found = [self.place_by_id(place_id) for place_id in sorted(ids)]
        return [replace(c, kind=2) for c in found if c is not None]

    def _fuzzy_keys(self, country: str) -> dict[str, tuple[tuple[str, int], ...]]:
        """First letters -> (name key without spaces, place id) of a country's towns big enough for fuzzy matching."""
        if country not in self._fuzzy_index:
            rows = self._conn.execute(  # the places' own names: one scan (~20 ms), once per country and process
                "SELECT name, id FROM main.places WHERE country_code = ? AND feature = 'city' AND population >= ?",
                (country, FUZZY_MIN_POPULATION))
            index: dict[str, list[tuple[str, int]]] = {}
            for name, place_id in rows:
                squeezed = name_key(name).replace(" ", "")
                if len(squeezed) >= FUZZY_PREFIX:
                    index.setdefault(squeezed[:FUZZY_PREFIX], []).append((squeezed, place_id))
            self._fuzzy_index[country] = {k: tuple(v) for k, v in index.items()}
        return self._fuzzy_index[country]

    def _bare_candidates(self, bare: str) -> list[Candidate]:
        """Entries found through a ``bare_key``, marked as the looser match they are."""
        return [replace(c, kind=max(c.kind, 1)) for c in self._candidates(bare, (0, 1, 3))]

    def country_code(self, country: str | None) -> str | None:
        if not country:
            return None
        if len(country) == 2 and country.upper() in self._countries:
            return country.upper()
        code = self._codes.get(name_key(country))
        if code is None:
            for cand in self.candidates(country):
                if cand.feature == "country":
                    return cand.country_code
        return code

    def lookup(self, name: str, *, country: str | None = None) -> list[Place]:
        """Every place a name may refer to, most likely first (within ``country`` when it has any there)."""
        code = self.country_code(country)
        cands = self.candidates(name, countries=frozenset({code}) if code else frozenset())
        if code:
            cands = [c for c in cands if c.country_code == code] or cands
        cands.sort(key=lambda c: (-prior(c), -c.population))
        return [self.to_place(c) for c in cands]

    def place_by_id(self, place_id: int) -> Candidate | None:
        row = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM main.places WHERE id = ?", (place_id,)).fetchone()
        if row is None:
            return None
        return Candidate(
            id=row[0], name=row[1], country_code=row[2], feature=row[3], latitude=row[4], longitude=row[5],
            admin1=row[6], admin2=row[7], geonameid=row[8], population=row[9], namesake=row[10], kind=0,
        )

    def to_place(self, cand: Candidate, *, precision: int = 1) -> Place:
        return Place(
            name=cand.name,
            country=self._countries.get(cand.country_code, cand.country_code),
            admin1=cand.admin1 if cand.feature != "country" else None,
            admin2=cand.admin2,
            latitude=round(cand.latitude, 5),
            longitude=round(cand.longitude, 5),
            geonameid=cand.geonameid,
            feature=cand.feature,
            population=cand.population,
            geo_precision=max(precision, FEATURE_PRECISION.get(cand.feature, 1)),
        )

    def is_area_abbreviation(self, text: str) -> bool:
        """Whether ``text`` is a state's or province's abbreviation (data/admin1_abbreviations.tsv: "Pa.", "N.C.")."""
        return sources.abbreviation_key(text) in self._abbreviations

    def region_areas(self, region: str) -> list[tuple[str, str | None]]:
        """The (country, admin1) a region written after a place may be: an abbreviation ("S.C.", "Pa", "NSW"), a
        state or province, or a country (admin1 ``None``)."""
        found: list[tuple[str, str | None]] = list(self._abbreviations.get(sources.abbreviation_key(region), ()))
        if found:
            return found
        cands = sorted(self.candidates(region, areas=True), key=lambda c: (-prior(c), -c.population))
        return [(c.country_code, c.admin1 if c.feature == "admin1" else None) for c in cands
                if c.feature in ("admin1", "country")][:3]

    def area_place(self, area: tuple[str, str | None]) -> Candidate | None:
        """A first-level area's own entry, or the country's when ``area`` names no admin1."""
        return self._areas(tuple(area))

    def _area_query(self, area: tuple[str, str | None]) -> Candidate | None:
        country, admin1 = area
        if admin1:
            row = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM main.places WHERE feature = 'admin1' AND country_code = ?"
                                     " AND admin1 = ? ORDER BY population DESC LIMIT 1", (country, admin1)).fetchone()
        else:
            row = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM main.places WHERE feature = 'country' AND country_code = ?",
                                     (country,)).fetchone()
        return Candidate(**dict(zip(_FIELDS, row))) if row else None

    def country_place(self, country: str) -> Candidate | None:
        """A country's own entry (its centroid)."""
        return self.area_place((country, None))

    def biggest_town(self, country: str, admin1: str) -> Candidate | None:
        """The most populous town of a first-level area: the provincial capital a report does not name."""
        row = self._conn.execute(
            f"SELECT {_COLUMNS}, 0 FROM main.places WHERE feature = 'city' AND country_code = ? AND admin1 = ?"
            " ORDER BY population DESC LIMIT 1", (country, admin1)).fetchone()
        return Candidate(**dict(zip(_FIELDS, row))) if row else None

    def big_city_near(self, place: Candidate, *, min_population: int, radius_km: float) -> Candidate | None:
        """The biggest city of at least ``min_population`` within ``radius_km`` of a place (in its country), other than
        the place itself: the city a neighbourhood is part of. The country's big cities are read once."""
        found = [c for c in self._big_cities(place.country_code, min_population) if c.id != place.id
                 and c.population > place.population
                 and haversine_km(place.latitude, place.longitude, c.latitude, c.longitude) <= radius_km]
        return max(found, key=lambda c: c.population, default=None)

    def _big_cities_query(self, country: str, min_population: int) -> tuple[Candidate, ...]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS}, 0 FROM main.places WHERE feature = 'city' AND country_code = ? AND population >= ?",
            (country, min_population)).fetchall()
        return tuple(Candidate(**dict(zip(_FIELDS, row))) for row in rows)

    def as_of(self, place: Place | None, day: dt.date | None) -> Place | None:
        """The place under the first-level area ACLED codes it in, as of its day ("Khyber Agency" was in FATA before
        31 May 2018; Hyderabad in Andhra Pradesh before Telangana, 2 June 2014: data/admin1_history.tsv; a
        Ugandan town in its district, Belgrade in its own region: data/acled_first_level.tsv)."""
        if place is None:
            return place
        code = next((c for c, n in self._countries.items() if n == place.country), None)
        districts, own_areas = sources.acled_first_level()
        if (code, place.name) in own_areas and place.feature == "city":
            place = replace(place, admin1=own_areas[code, place.name])
        if not place.admin1:
            return place
        if code in districts and place.admin2 and place.feature in ("city", "admin2"):
            place = replace(place, admin1=place.admin2)
        if day is None:
            return place
        for change in self._history.get((code, place.admin1), ()):
            if day.isoformat() < change.since and (not change.admin2 or place.admin2 in change.admin2
                                                   or place.name in change.admin2):
                return replace(place, admin1=change.admin1_then)
        return place

    def close(self) -> None:
        self._conn.close()


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two strings, or ``limit + 1`` as soon as it must exceed ``limit``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]



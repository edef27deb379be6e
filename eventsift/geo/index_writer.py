"""The gazetteer index's tables and how a place is written into them: its name keys (exact, bare, skeleton,
alternate spellings) and, once every place is in, each admin area linked to its namesake town."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from eventsift.geo.normalize import area_words_in, bare_key, name_key, skeleton_key
from eventsift.geo.sources import PlaceRow

# A city must have at least this many people to stand in for the district or province that shares its name
# ("Mastung" the town, not Mastung District). Smaller namesakes are hamlets that happen to share a province's
# name (a village called "Helmand" must not replace the province).
NAMESAKE_MIN_POPULATION = 5_000

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


def _english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


STOP_WORDS = _english_stop_words()


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


def is_namesake(town: str, area: str, key: str) -> bool:
    """Whether a town named ``town`` carries the name of the area ``area`` (whose key is ``key``) as its own: by its
    own name, not by one of its alternate names (Fairhope is also "Alabama City"), and without an area word the
    area's name lacks ("Texas City", "Iowa City" and "Oklahoma City" are not what a report means by the state's
    name, while "Mastung" is what it means by Mastung District)."""
    if key not in (name_key(town), bare_key(town)):
        return False
    return not area_words_in(town) - area_words_in(area)


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
                f"SELECT pl.id, pl.admin1, pl.name FROM {p}names n JOIN {p}places pl ON pl.id = n.place"
                f" WHERE n.key = ? AND n.kind IN (0, 1) AND pl.feature = 'city' AND pl.country_code = ?"
                f" AND pl.population >= ? ORDER BY pl.population DESC",
                (key, country, NAMESAKE_MIN_POPULATION),
            ).fetchall()
            for city_id, city_admin1, city_name in found:
                if feature == "admin1" and city_admin1 not in (None, name):
                    continue
                if feature == "admin2" and admin1 and city_admin1 not in (None, admin1):
                    continue
                if not is_namesake(city_name, name, key):
                    continue
                updates.append((city_id, area_id))
                break
        self.conn.executemany(f"UPDATE {p}places SET namesake = ? WHERE id = ?", updates)

"""The offline geocoder: the SQLite gazetteer index behind the ``Geocoder`` protocol.

    geocoder = open_geocoder()                 # builds the index at first use, then opens it read-only
    geocoder.lookup("Mastung", country="Pakistan")
    geocoder.resolve(toponyms, document=doc)   # all of a document's names at once, each other's context
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from eventsift.errors import GazetteerError
from eventsift.geo import build, sources
from eventsift.geo.home import home_of, outlet_name
from eventsift.geo.normalize import ARTICLES, area_words_in, bare_key, name_key, skeleton_key
from eventsift.geo.resolve import (
    CUE_BONUS, FEATURE_PRECISION, NOT_HERE_QUALIFIERS, Candidate, Context, choose_all, contains, drop_state_strays,
    drop_strays, drop_unsupported_states, near_city, prior, qualifier_precision,
)
from eventsift.records import Document, Place, Toponym

log = logging.getLogger(__name__)

# At most this many candidates per name are ranked (largest first); "San Jose" has ~150 in cities500.
MAX_CANDIDATES = 200
# find_toponyms: a town must have this many people to be matched in running text, so capitalised common
# words that are also hamlets ("Police", "Mission") are not taken for places. Admin areas and countries
# always match.
FIND_MIN_POPULATION = 5_000
# A one-word town name at least this common in English (wordfreq Zipf: "bank" 5.2, "arab" 4.4, "paris" 4.8, "kabul"
# 3.4) is taken from running text only for a city of FIND_COMMON_WORD_POPULATION or more.
COMMON_WORD_ZIPF = 4.3
FIND_COMMON_WORD_POPULATION = 500_000
# A city found in running text under one of its GeoNames alternate names must be this big: alternates include
# translations and old names, which small places share with ordinary words and people.
FIND_ALTERNATE_POPULATION = 100_000
# Longest place name, in words, that find_toponyms tries ("Dera Ismail Khan", "Deir ez Zor", "Sar-e Pol").
FIND_MAX_WORDS = 5
# Fuzzy matching of unknown names inside the text's countries: edits allowed by the name's length without spaces
# (longest first: 9+ letters 2 edits, 5-8 letters 1, shorter none), among towns of at least this many people (the
# misspelt names of reports are of known towns; hamlets would match anything).
FUZZY_DISTANCE = ((9, 2), (5, 1))
FUZZY_MIN_POPULATION = 10_000
# ... and sharing their first two letters: reporters misspell the middle of a name ("Peshwar", "Hyderabd"), and the
# comparison stays to a few dozen names (well under a millisecond).
FUZZY_PREFIX = 2
# A dateline without a region ("PHOENIX -") is read as the town of that name with the publisher's country worth
# this much, like the publisher bonus of the resolver.
DATELINE_PUBLISHER_BONUS = 1.5
# A neighbourhood the gazetteer does not place in the report's town is in the biggest city the report names, if
# it names one of at least this many people (a city with neighbourhoods a report would name).
ANCHOR_MIN_POPULATION = 100_000
# A dateline's first word may carry the end of the page title glued before it ("...| WBFFBALTIMORE, Md."): up to
# this many leading letters are dropped when the whole word is unknown, leaving a town of at least GLUED_MIN_LETTERS.
GLUED_MAX_PREFIX = 6
GLUED_MIN_LETTERS = 4
# ... and without a region after it ("WBFFBALTIMORE (WBFF) -") only a city this big: "UPDATE:" is not Date, Japan.
GLUED_ALONE_POPULATION = 100_000
# geo_precision of a district or province standing in for an unknown locality the text puts inside it.
STAND_IN_PRECISION = 2
# Lower-case words allowed inside a capitalised place name.
_CONNECTORS = {"&", "al", "el", "ez", "as", "ar", "ad", "e", "i", "of", "de", "la", "le", "da", "du", "ul", "bin", "ibn",
               "do", "dos", "das", "del", "di", "des", "los", "las", "y", "van", "der"}
_WORD = re.compile(r"[A-Z][\w'’.\-]*|[a-z]+(?:-(?=[A-Z]))?|&")
# A state or province written as an abbreviation ("Fla.", "N.C.", "Tenn.", "PA", "KP"), and one after a town's name.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.?(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.?|[A-Z]{2,3}")
_WRITTEN_STATE = re.compile(r",\s*(?P<abbr>[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.|[A-Z]{2,3})(?![A-Za-z])")
# "West Philadelphia", "South Los Angeles", "Downtown Denver": a part of a town the gazetteer does not list is
# coded as the town, when the town is a city this big (small places are not spoken of in parts).
_PART_OF_TOWN = re.compile(r"^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Downtown|"
                           r"Uptown|Midtown|Inner|Greater)\s+(?P<town>[A-Z].+)$")
PART_OF_TOWN_MIN_POPULATION = 100_000
_COLUMNS = "id, name, country_code, feature, latitude, longitude, admin1, admin2, geonameid, population, namesake"
_FIELDS = (*(c.strip() for c in _COLUMNS.split(",")), "kind")


def open_geocoder(*, path: Path | str | None = None, extra_places: Path | str | None = None) -> "Gazetteer":
    """The offline geocoder; builds the index first if it is missing (a minute, once)."""
    index = Path(path) if path else build.default_index_path()
    if not index.exists():
        from eventsift.geo.download import kept_dumps

        log.info("building the gazetteer index at %s (first use)", index)
        # the GeoNames country files a user downloaded ('gazetteer download') stay in every rebuild of the default index
        build.build_index(index, geonames_dumps=kept_dumps() if path is None else ())
    return Gazetteer(index, extra_places=extra_places)


class Gazetteer:
    """Implements ``eventsift.geo.base.Geocoder`` over the SQLite index."""

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
        self._publishers = {_publisher_key(p): c for p, c in sources.publisher_countries().items()}
        self._abbreviations = sources.admin1_abbreviations()
        self._history = {}
        for change in sources.admin1_history():
            self._history.setdefault((change.country_code, change.admin1_now), []).append(change)
        self._dateline_cached = lru_cache(maxsize=4_096)(self._dateline)
        self._qualifiers = sources.qualifier_patterns()
        self._not_places = sources.not_places() | build.STOP_WORDS
        cues = sources.country_cues()
        self._cue_of = {name_key(cue): (country, weight) for cue, country, weight in cues}
        self._cue_areas = {name_key(cue): set(areas) for cue, areas in sources.cue_areas().items()}
        self._cue_pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(c) for c, _, _ in sorted(cues, key=lambda r: -len(r[0]))) + r")(?![\w-])",
            re.IGNORECASE,
        )
        self._fuzzy_index: dict[str, dict[str, tuple[tuple[str, int], ...]]] = {}
        self._fuzzy = lru_cache(maxsize=4_096)(self._fuzzy_match)
        self._candidates = lru_cache(maxsize=20_000)(self._query)
        self._is_known_place = lru_cache(maxsize=20_000)(self._known_place)
        self._is_known_hamlet = lru_cache(maxsize=20_000)(self._known_hamlet)
        self._find_toponyms_cached = lru_cache(maxsize=4_096)(self._find_toponyms)
        self._home = lru_cache(maxsize=1_024)(lambda title, url: home_of(self, title=title, url=url))

    # "the capital", "the provincial capital": find_toponyms may pass these; resolve() places them from context
    resolves_capitals = True

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

    def candidates(self, name: str, *, countries: frozenset[str] = frozenset(), areas: bool = False) -> list[Candidate]:
        """Entries a name may refer to: exact spelling, else looser keys (the skeleton only within ``countries``).

        A bare name drops the admin areas named after a town it also finds, unless ``areas`` (the text uses
        the name as an area: "X, Idleb", "Idleb countryside")."""
        exact = name_key(name)
        if not exact:
            return []
        found = list(self._candidates(exact, (0, 3)))
        if not found and (bare := bare_key(name)):
            found = self._bare_candidates(bare)
        if not found and (part := _PART_OF_TOWN.match(name)):  # "West Philadelphia", "Downtown Denver": the town
            found = [c for c in self._bare_candidates(name_key(part.group("town")))
                     if c.feature == "city" and c.population >= PART_OF_TOWN_MIN_POPULATION]
        if not found and countries:
            skeleton = skeleton_key(name)
            if skeleton:
                found = [c for c in self._candidates(skeleton, (2,)) if c.country_code in countries]
        if not found and countries and name[:1].isupper():
            found = self._fuzzy(exact, countries)
        if not area_words_in(name) and not areas:
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

    # -- resolution -----------------------------------------------------------------------------------

    def context(self, toponyms: Sequence[Toponym], document: Document) -> Context:
        """Countries and provinces the document names, its publisher's and dateline's countries."""
        ctx = Context()
        for toponym in toponyms:
            cands = self.candidates(toponym.text)
            if any(c.feature == "country" and c.kind == 0 for c in cands):
                ctx.countries.add(max((c for c in cands if c.feature == "country"), key=prior).country_code)
            admin1 = [c for c in cands if c.feature == "admin1"]
            if admin1 and admin1[0].admin1:
                top = max(admin1, key=prior)
                ctx.admin1.add((top.country_code, top.admin1))
        if document.publisher:
            ctx.publisher_country = self._publishers.get(_publisher_key(document.publisher))
        if document.dateline:
            town, area = self._dateline_cached(document.dateline, ctx.publisher_country)
            if area is not None:  # "FLORENCE, S.C. -": the state is as good as named in the text
                ctx.dateline_state = area
                ctx.countries.add(area[0])
                if area[1]:
                    ctx.admin1.add(area)
            found = town or (self._area_place(area) if area else None)
            ctx.dateline_town = town
            ctx.dateline_country = found.country_code if found else None
            ctx.desk_dateline = town is not None and name_key(sources.capitals().get(town.country_code, "")) == name_key(town.name)
            if found is not None and found.admin1:
                ctx.dateline_admin1 = (found.country_code, found.admin1)
        if ctx.dateline_country is None and (town := self._title_town(document)) is not None:
            # a headline kept apart from the text names the report's town as a dateline would
            ctx.dateline_country, ctx.dateline_town, ctx.title_town = town.country_code, town, True
            ctx.dateline_admin1 = (town.country_code, town.admin1) if town.admin1 else None
        return ctx

    def _states_named_like_countries(self, toponyms: Sequence[Toponym], ctx: Context, document: Document) -> dict[str, str]:
        """Names that are a foreign country and a state of the report's own country (its outlet's or its dateline's):
        "Georgia" from an American outlet. They are the state, and do not count as a country the text names.
        Returns name key -> the report's country."""
        home = self._home(document.title, document.url)
        own = home.country if home is not None else ctx.dateline_country
        if own is None:
            return {}
        found: dict[str, str] = {}
        for toponym in toponyms:
            cands = self.candidates(toponym.text)
            countries = {c.country_code for c in cands if c.feature == "country" and c.country_code != own}
            if countries and any(c.feature == "admin1" and c.country_code == own and c.kind == 0 for c in cands):
                found[name_key(toponym.text)] = own
                ctx.countries -= countries
        return found

    def _set_home(self, ctx: Context, document: Document) -> None:
        """The outlet's home, unless the report names another country or its actors point to one."""
        home = self._home(document.title, document.url)
        if home is None or ctx.countries - {home.country} or _acts_elsewhere(ctx.cues, home.country):
            return
        ctx.home_country, ctx.home_admin1, ctx.home_town = home.country, home.admin1, home.town

    def home_area(self, document: Document) -> Place | None:
        """The state (else the country) of the outlet's home, at geo_precision 3; ``None`` without a home or when the
        report's armed groups act in another country."""
        home = self._home(document.title, document.url)
        if home is None or _acts_elsewhere(self._cues(self._cue_keys(document.text)), home.country):
            return None
        area = self._area_place(home.admin1 or (home.country, None))
        return replace(self.to_place(area), geo_precision=3) if area is not None else None

    def dateline_reading(self, label: str) -> tuple[Candidate | None, tuple[str, str | None] | None]:
        """A dateline-like label's town and the (country, admin1) its region names ("Memphis, Tennessee")."""
        return self._dateline_cached(label, None)

    def _title_town(self, document: Document) -> Candidate | None:
        """The first town a title outside the text names, read alone (its most likely reading)."""
        title = (document.title or "").strip()
        if not title or title in document.text[: len(title) + 200]:
            return None
        if outlet := outlet_name(title):  # "... | Salem, Mass.": the outlet's home is not the report's town
            title = title[: title.rindex(outlet)]
        for start, end in self.find_toponyms(title):
            cands = [c for c in self.candidates(title[start:end]) if c.feature == "city"]
            if cands:
                return max(cands, key=lambda c: (prior(c), c.population))
        return None

    def dateline_place(self, document: Document) -> Place | None:
        """The place of the document's dateline ("Florence, S.C." is Florence in South Carolina), or the state or
        country its region names when the town is unknown (geo_precision 3); ``None`` without a dateline."""
        if not document.dateline:
            return None
        publisher = self._publishers.get(_publisher_key(document.publisher)) if document.publisher else None
        town, area = self._dateline_cached(document.dateline, publisher)
        if town is not None:
            return self.as_of(self.to_place(town), document.published)
        found = self._area_place(area) if area else None
        return self.as_of(self.to_place(found), document.published) if found else None

    def _dateline(self, label: str, publisher_country: str | None) -> tuple[Candidate | None, tuple[str, str | None] | None]:
        """A dateline's town and the (country, admin1) its region names ("Calif.", "Pakistan", "(NICARAGUA)")."""
        m = _DATELINE_LABEL.match(label)
        if not m:
            return None, None
        town_name, region = m.group("place").strip(), (m.group("region") or m.group("bracket") or "").strip()
        areas = self.region_areas(region) if region else []
        towns = self._dateline_towns(town_name, regioned=bool(areas))
        if areas:
            inside = [c for c in towns if any(c.country_code == cc and (a1 is None or c.admin1 == a1) for cc, a1 in areas)]
            best = max(inside, key=lambda c: (prior(c), c.population), default=None)
            if best is not None:
                return best, next((cc, a1) for cc, a1 in areas if best.country_code == cc and a1 in (None, best.admin1))
            return None, areas[0]
        towns = [c for c in towns if c.feature != "admin1" or c.kind == 0]
        towns = [c for c in towns if c.feature == "city"] or towns  # a dateline names a town ("SANTIAGO,")
        best = max(towns, key=lambda c: (prior(c) + (DATELINE_PUBLISHER_BONUS if c.country_code == publisher_country
                                                     else 0.0), c.population), default=None)
        return best, None

    def _dateline_towns(self, name: str, *, regioned: bool) -> list[Candidate]:
        """Candidates of a dateline's place, also as its township or county ("LANCASTER TWP", "ROCKBRIDGE CO.")."""
        found = self.candidates(name)
        if found:
            return found
        words = name.split()
        if len(words[0]) > GLUED_MIN_LETTERS + 1:  # "WBFFBALTIMORE": a page's call sign glued to the dateline
            for cut in range(1, min(len(words[0]) - GLUED_MIN_LETTERS, GLUED_MAX_PREFIX) + 1):
                glued = " ".join([words[0][cut:], *words[1:]])
                if found := [c for c in self.candidates(glued) if c.feature == "city"
                             and (regioned or c.population >= GLUED_ALONE_POPULATION)]:
                    return found
        if len(words) > 1 and words[-1].lower().rstrip(".") in _DATELINE_KINDS:
            kind = _DATELINE_KINDS[words[-1].lower().rstrip(".")]
            return self.candidates(" ".join([*words[:-1], kind])) or self.candidates(" ".join(words[:-1]))
        return []

    def region_areas(self, region: str) -> list[tuple[str, str | None]]:
        """The (country, admin1) a region written after a place may be: an abbreviation ("S.C.", "Pa", "NSW"), a
        state or province, or a country (admin1 ``None``)."""
        found: list[tuple[str, str | None]] = list(self._abbreviations.get(sources.abbreviation_key(region), ()))
        if found:
            return found
        cands = sorted(self.candidates(region, areas=True), key=lambda c: (-prior(c), -c.population))
        return [(c.country_code, c.admin1 if c.feature == "admin1" else None) for c in cands
                if c.feature in ("admin1", "country")][:3]

    def _area_place(self, area: tuple[str, str | None]) -> Candidate | None:
        country, admin1 = area
        if admin1:
            row = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM main.places WHERE feature = 'admin1' AND country_code = ?"
                                     " AND admin1 = ? ORDER BY population DESC LIMIT 1", (country, admin1)).fetchone()
        else:
            row = self._conn.execute(f"SELECT {_COLUMNS}, 0 FROM main.places WHERE feature = 'country' AND country_code = ?",
                                     (country,)).fetchone()
        return Candidate(**dict(zip(_FIELDS, row))) if row else None

    def resolve(self, toponyms: Sequence[Toponym], *, document: Document) -> list[Place | None]:
        """Resolve all of a document's toponyms together; ``None`` where a name is unknown.

        A name the text encloses in an area ("X (Y, Z)", "X, Y", "X in Y") is resolved inside it, and an
        unknown one takes that area's place (geo_precision 2 for a district, 3 for a province)."""
        text = document.text
        usable = [not _is_modifier(t, text) for t in toponyms]
        kept = [t for t, ok in zip(toponyms, usable) if ok]
        ctx = self.context(kept, document)
        cue_keys = self._cue_keys(text)
        ctx.cues = self._cues(cue_keys)
        ctx.cue_areas = {area for key in cue_keys for area in self._cue_areas.get(key, ())}
        states = self._states_named_like_countries(kept, ctx, document)
        self._set_home(ctx, document)
        ctx.parents = enclosing(toponyms, text, countries=self._country_keys)
        ctx.parents = {c: p for c, p in ctx.parents.items() if usable[c] and usable[p]}
        # The skeleton key is tried only within these: the countries the text names or whose provinces it names.
        near = frozenset(ctx.countries | {cc for cc, _ in ctx.admin1}
                         | {c for c in (ctx.publisher_country, ctx.dateline_country) if c})
        areas = set(ctx.parents.values()) | {i for i, t in enumerate(toponyms) if _AREA_AFTER.match(text[t.end : t.end + 20])}
        ctx.areas = areas
        candidate_lists = [
            self._candidates_or_town(t.text, countries=near, areas=i in areas) if ok and not _CAPITAL_TEXT.match(t.text)
            else [] for i, (t, ok) in enumerate(zip(toponyms, usable))
        ]
        for i, t in enumerate(toponyms):  # "Jamshoro city", "Kut city": the town, not the district of its name
            if _TOWN_AFTER.match(text[t.end : t.end + 12]) or area_words_in(t.text) & _TOWN_WORDS:
                towns = [c for c in candidate_lists[i] if c.feature == "city"]
                if not towns and (bare := bare_key(t.text)):  # "Kut" is GeoNames's "Al Kut"
                    towns = [c for c in self._bare_candidates(bare)
                             if c.feature == "city" and (not near or c.country_code in near)]
                candidate_lists[i] = towns or candidate_lists[i]
        self._written_states(toponyms, candidate_lists, ctx, text)
        for i, toponym in enumerate(toponyms):  # "Georgia" in a report from an American outlet is the state
            if name_key(toponym.text) in states:
                candidate_lists[i] = [c for c in candidate_lists[i] if c.feature == "admin1"
                                      and c.country_code == states[name_key(toponym.text)]] or candidate_lists[i]
        picks = choose_all(candidate_lists, ctx)
        if ctx.dateline_town is not None and not ctx.title_town:  # the dateline's town named again is that town
            town_key = name_key(ctx.dateline_town.name)
            picks = [ctx.dateline_town if name_key(t.text) == town_key and i not in ctx.parents
                     and any(c.id == ctx.dateline_town.id for c in candidate_lists[i]) else pick
                     for i, (t, pick) in enumerate(zip(toponyms, picks))]
        keys = [bare_key(t.text) or name_key(t.text) for t in toponyms]
        silent = [t.qualifier in NOT_HERE_QUALIFIERS for t in toponyms]
        picks = drop_strays(candidate_lists, picks, keys, ctx, silent=silent)
        picks = drop_state_strays(candidate_lists, picks, ctx)
        picks = drop_unsupported_states(candidate_lists, picks, keys, ctx, silent=silent)
        self._capitals(toponyms, picks, ctx)
        anchor = ctx.dateline_town or max(
            (p for p, t in zip(picks, toponyms) if p is not None and p.feature == "city" and t.qualifier is None
             and p.population >= ANCHOR_MIN_POPULATION), key=lambda p: p.population, default=None) or ctx.home_town
        out: list[Place | None] = []
        for i, (toponym, pick) in enumerate(zip(toponyms, picks)):
            precision = qualifier_precision(toponym.qualifier, self._qualifiers)
            if (town := self._dateline_town_for(toponym, pick, ctx, text, anchor=anchor)) is not None:
                out.append(self.to_place(town))
                continue
            if pick is None:
                ancestor = self._enclosing_pick(i, picks, ctx.parents)
                out.append(self._stand_in(ancestor) if ancestor else None)
                continue
            ancestor = self._enclosing_pick(i, picks, ctx.parents)
            if ancestor is not None and not _inside(pick, ancestor):
                # The text puts the name in an area (or town) where the gazetteer does not know it: the area it is.
                out.append(self._stand_in(ancestor))
                continue
            if pick.namesake and not area_words_in(toponym.text) and i not in areas:
                pick = self.place_by_id(pick.namesake) or pick
            out.append(self.to_place(pick, precision=precision))
        return [self.as_of(p, document.published) for p in out]

    def _written_states(self, toponyms: Sequence[Toponym], candidate_lists: list[list[Candidate]], ctx: Context,
                        text: str) -> None:
        """"Tallahassee, Fla.", "Jackson, Tenn.", "Quetta, KP": a state written after a town as an abbreviation keeps
        the town inside it and counts as named; a toponym that is itself such an abbreviation is the state."""
        for i, toponym in enumerate(toponyms):
            areas = self._abbreviations.get(sources.abbreviation_key(toponym.text), ()) \
                if _ABBREVIATION.fullmatch(toponym.text) and re.search(r",\s*$", text[max(0, toponym.start - 3):toponym.start]) else ()
            if areas:
                candidate_lists[i] = [a for area in areas if (a := self._area_place(area)) is not None]
                continue
            m = _WRITTEN_STATE.match(text, toponym.end)
            areas = self._abbreviations.get(sources.abbreviation_key(m.group("abbr")), ()) if m else ()
            inside = [c for c in candidate_lists[i] if any(c.country_code == cc and c.admin1 == a1 for cc, a1 in areas)]
            if inside:
                candidate_lists[i] = inside
                ctx.admin1.update((c.country_code, c.admin1) for c in inside if c.admin1)

    def _capitals(self, toponyms: Sequence[Toponym], picks: list[Candidate | None], ctx: Context) -> None:
        """"the capital" is the capital of the country the report is about (its dateline's, else the one most of its
        places are in, else its actors'); "the provincial capital" the biggest town of its province."""
        for i, toponym in enumerate(toponyms):
            m = _CAPITAL_TEXT.match(toponym.text)
            if not m or picks[i] is not None:
                continue
            others = [p for j, p in enumerate(picks) if p is not None and j != i]
            if m.group("kind"):
                areas = Counter((p.country_code, p.admin1) for p in others if p.admin1) or Counter(ctx.admin1)
                if areas:
                    country, admin1 = areas.most_common(1)[0][0]
                    row = self._conn.execute(
                        f"SELECT {_COLUMNS}, 0 FROM main.places WHERE feature = 'city' AND country_code = ? AND admin1 = ?"
                        " ORDER BY population DESC LIMIT 1", (country, admin1)).fetchone()
                    picks[i] = Candidate(**dict(zip(_FIELDS, row))) if row else None
                continue
            countries = Counter(p.country_code for p in others)
            country = ctx.dateline_country or (countries.most_common(1)[0][0] if countries else None) or (
                max(ctx.cues, key=ctx.cues.get) if ctx.cues else None)
            capital = sources.capitals().get(country or "")
            if capital:
                found = [c for c in self.candidates(capital) if c.country_code == country and c.feature == "city"]
                picks[i] = max(found, key=lambda c: c.population, default=None)

    def as_of(self, place: Place | None, day: dt.date | None) -> Place | None:
        """The place under the first-level area of its day ("Khyber Agency" was in FATA before 31 May 2018;
        Hyderabad in Andhra Pradesh before Telangana, 2 June 2014): data/admin1_history.tsv."""
        if place is None or day is None or not place.admin1:
            return place
        code = next((c for c, n in self._countries.items() if n == place.country), None)
        for change in self._history.get((code, place.admin1), ()):
            if day.isoformat() < change.since and (not change.admin2 or place.admin2 in change.admin2
                                                   or place.name in change.admin2):
                return replace(place, admin1=change.admin1_then)
        return place

    @staticmethod
    def _dateline_town_for(toponym: Toponym, pick: Candidate | None, ctx: Context, text: str, *,
                           anchor: Candidate | None) -> Candidate | None:
        """The report's town where it is the better reading of a name: a neighbourhood the gazetteer does not place
        in the dateline's town, else in the biggest city the report names ("the Roseland neighborhood" under
        "CHICAGO (AP) -"), or a county or state the dateline's town lies in, named without its kind word ("Eagle
        County Sheriff's Office", "a Perry County man", "in Pennsylvania" under "GYPSUM, Colo. -", "DUNCANNON, Pa.
        -"): the dateline is the report's most specific word on where. "X province" or "X state" stays the area."""
        if anchor is not None and anchor.feature == "city" and _NEIGHBOURHOOD_AFTER.match(text[toponym.end : toponym.end + 20]):
            return anchor if pick is None or not near_city(pick, anchor) else None
        town = ctx.dateline_town
        if town is None or town.feature != "city":
            return None
        if pick is not None and pick.feature in ("admin1", "admin2") and not _AREA_AFTER.match(text[toponym.end : toponym.end + 20]) \
                and contains(pick, town):
            return town
        return None

    def _candidates_or_town(self, name: str, *, countries: frozenset[str], areas: bool) -> list[Candidate]:
        """A name's candidates; for an unknown facility named after its town ("Donetsk Filtration Station",
        "Kabul International Airport"), the town's."""
        found = self.candidates(name, countries=countries, areas=areas)
        words = name.split()
        if found or len(words) < 2 or words[-1].lower() not in _FACILITY_WORDS:
            return found
        for n in range(len(words) - 1, 0, -1):
            if found := self.candidates(" ".join(words[:n]), countries=countries, areas=areas):
                return found
        return []

    def _stand_in(self, area: Candidate) -> Place:
        """The area standing in for a name the text puts inside it: ACLED codes a named locality it can only place
        in its district or province at geo_precision 2 ("a part of a region"), a country at 3."""
        place = self.to_place(area)
        if area.feature in ("country", "city"):  # a neighbourhood of a town is coded as the town
            return place
        return replace(place, geo_precision=STAND_IN_PRECISION)

    @staticmethod
    def _enclosing_pick(index: int, picks: Sequence[Candidate | None], parents: dict[int, int]) -> Candidate | None:
        """The nearest resolved area enclosing an unknown name, if the text gives one."""
        seen = {index}
        while index in parents and parents[index] not in seen:
            index = parents[index]
            seen.add(index)
            if picks[index] is not None:
                return picks[index]
        return None

    def cued_country(self, document: Document) -> Place | None:
        """The country the text's actors and demonyms point to most strongly (geo_precision 3), if any: the
        last resort for an event whose report names no place the gazetteer knows."""
        cue_keys = self._cue_keys(document.text)
        cues = self._cues(cue_keys)
        if not cues:
            return None
        best = max(cues.values())
        for key in cue_keys:  # the first of the strongest, in text order
            country, weight = self._cue_of[key]
            if CUE_BONUS[weight] == best:
                row = self._conn.execute(
                    f"SELECT {_COLUMNS}, 0 FROM main.places WHERE feature = 'country' AND country_code = ?", (country,)
                ).fetchone()
                return self.to_place(Candidate(*(), **dict(zip(_FIELDS, row)))) if row else None
        return None

    def _cue_keys(self, text: str) -> list[str]:
        """The actor and demonym cues of a text (data/country_cues.tsv), as name keys in text order."""
        return [name_key(match.group()) for match in self._cue_pattern.finditer(text)]

    def _cues(self, cue_keys: Sequence[str]) -> dict[str, float]:
        """Countries the cues point to, with the bonus each earns."""
        found: dict[str, float] = {}
        for key in cue_keys:
            country, weight = self._cue_of[key]
            found[country] = max(found.get(country, 0.0), CUE_BONUS[weight])
        return found

    def find_toponyms(self, text: str) -> list[tuple[int, int]]:
        """Spans of capitalised known place names (longest match first) that the NER model may have missed.
        Cached by text: the pipeline asks once to decide whether a sentence needs the model, then for its places."""
        return list(self._find_toponyms_cached(text))

    def _find_toponyms(self, text: str) -> tuple[tuple[int, int], ...]:
        words = list(_WORD.finditer(text))
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            # a name starts capitalised, or with an Arabic article before a capitalised word ("al Bab", "el Mina")
            if not words[i].group()[0].isupper() and not (
                    words[i].group().rstrip("-") in ARTICLES and i + 1 < len(words)
                    and words[i + 1].group()[0].isupper() and _contiguous(text, words[i : i + 2])):
                i += 1
                continue
            matched = 0
            for n in range(min(FIND_MAX_WORDS, len(words) - i), 0, -1):
                chunk = words[i : i + n]
                if not chunk[-1].group()[0].isupper() or not _contiguous(text, chunk):
                    continue
                if any(not w.group()[0].isupper() and w.group().rstrip("-") not in _CONNECTORS for w in chunk):
                    continue
                start, end = chunk[0].start(), chunk[-1].end()
                if text[end - 2 : end] in ("'s", "’s"):  # "Beirut's Hamra district"
                    end -= 2
                while end > start and text[end - 1] in ".-'’":
                    end -= 1
                known = (self._is_known_place(text[start:end]) or self._named_area(text, start, end)
                         or (bool(_LOCATIVE_BEFORE.search(text[max(0, start - 25) : start]))
                             and self._is_known_hamlet(text[start:end])))
                if known and not _inside_longer_name(text, start, end):
                    spans.append((start, end))
                    matched = n
                    break
            i += matched or 1
        return tuple(spans)

    def find_enclosed_names(self, text: str, known: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of capitalised names the gazetteer does not know that the text puts inside a known place, after a
        locative word: "shelled Kansafra in Idleb", "near Ein Issa town in Ar-Raqqa countryside". Resolution then
        tries the looser keys within the area's country, else codes the area standing in (geo_precision 2)."""
        out: list[tuple[int, int]] = []
        for start, _ in known:
            window = max(0, start - _ENCLOSED_WINDOW)
            before = text[window:start]
            match = None
            for word in reversed(list(_LOCATIVE_WORD.finditer(before))):  # the nearest locative word that fits
                found = _NAME_THEN_GAP.fullmatch(before, word.end())
                if found and (_ENCLOSED_BY.match(found.group("gap")) or _ENCLOSED_THROUGH_UNKNOWN.match(found.group("gap"))):
                    match = found
                    break
            if match is None:
                continue
            a, b = window + match.start("name"), window + match.end("name")
            name = text[a:b]
            if (any(s < b and a < e for s, e in known) or name.isupper() or name_key(name) in self._not_places
                    or self._cue_pattern.fullmatch(name)):
                continue
            out.append((a, b))
        return out

    def _named_area(self, text: str, start: int, end: int) -> bool:
        """A word kept out of running text ("Southern", "North") that an area word follows: "Southern governorate"."""
        return bool(_AREA_AFTER.match(text[end : end + 20])) and any(
            c.feature in ("admin1", "admin2") for c in self._candidates(name_key(text[start:end]), (0,)))

    def _known_hamlet(self, name: str) -> bool:
        """A town of any size, for a name right after "near" or "village of": one whose every word is rare in English
        ("Pisky", "Novoluhanske"), so "near Mission" stays a word. Not after "in" or "at": there the rare words are
        as often people's names ("in Perez's house")."""
        key = name_key(name)
        if not key or key in self._not_places or (len(name) > 1 and name.isupper()):
            return False
        if not self._rare_words(key):
            return False
        return any(c.feature == "city" for c in self._candidates(key, (0,)))

    def _known_place(self, name: str) -> bool:
        key = name_key(name)
        if not key or key in self._not_places:
            return False
        # An acronym ("NATO", "ASHA") is an organisation unless it names an area ("KP", "FATA", "UAE").
        acronym = len(name) > 1 and name.isupper()
        cands = self._candidates(key, (0,))
        if any(c.feature != "city" for c in cands):
            return True
        # a town named like a common English word ("Bank", "Arab", "Union", "Mobile") is left to the model, unless
        # it is a big city ("London" and "Paris" are common words too)
        common = " " not in key and self._common_word(key)
        if any(c.population >= FIND_MIN_POPULATION and not acronym
               and (not common or c.population >= FIND_COMMON_WORD_POPULATION) for c in cands):
            return True
        # a big city under a spelling GeoNames keeps as an alternate ("Larissa" for Larisa), if not an English word
        return not acronym and any(c.feature == "city" and c.population >= FIND_ALTERNATE_POPULATION
                                   for c in self._candidates(key, (3,))) and self._rare_words(key)

    @staticmethod
    def _common_word(key: str) -> bool:
        from eventsift.nlp.truecase import zipf

        return zipf(key) >= COMMON_WORD_ZIPF

    @staticmethod
    def _rare_words(key: str) -> bool:
        from eventsift.nlp.truecase import NAME_ZIPF, zipf

        return all(zipf(word) < NAME_ZIPF for word in key.split())

    def close(self) -> None:
        self._conn.close()


# Words after a country's name that make it an attribute of something else, not where an event happened:
# "US-backed forces", "Saudi-led coalition", "the US dollar".
_MODIFIER_AFTER = re.compile(
    r"^(?:-(?:led|backed|based|made|funded|supported|brokered|sponsored|allied|owned|registered|trained|born)\b"
    r"|\s+(?:dollars?|currency|embassy|consulate|envoy|ambassador|national|nationals|citizens?|passport|military|"
    r"forces|troops|army|navy|air force|warplanes?|planes?|jets?|drones?|aircraft|soldiers|officials|government|"
    r"president|special forces|marines|reconnaissance)\b)",
    re.IGNORECASE,
)
_MODIFIER_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# Text between a name and the next one that makes the second the area enclosing the first: "X (Y", "X, Y",
# "X district, Y", "X in Y", "X in the countryside of Y", "X of Y province".
_KIND_WORDS = (r"districts?|provinces?|governorates?|city|town|village|areas?|region|county|state|tehsil|sub-?districts?|"
               r"countryside|camp|municipality|agency|neighbou?rhoods?|suburbs?|localit(?:y|ies)|quarters?|sectors?|"
               r"communit(?:y|ies)|subdivisions?|upazila|LGA|colonia|barangay|ward|township")
_ENCLOSED_BY = re.compile(
    rf"^\s*(?:(?:{_KIND_WORDS})\s*){{0,2}}"
    r"(?:\(|,|\bin\b(?:\s+(?:the\s+)?(?:\w+\s+)?(?:countryside|outskirts|suburbs|district|province|governorate|"
    r"area|region|countryside)\s+of\b|\s+rural\b)?|\bof\b)\s*(?:the\s+)?(?:(?:al|as|ad|ar|an|at|el|ash|az)[\s-])?$",
    re.IGNORECASE,
)
# The same through a district the gazetteer does not know: "Shewan area of Bala Buluk district, Farah" puts
# Shewan in Farah.
_ENCLOSED_THROUGH_UNKNOWN = re.compile(
    rf"^\s*(?:(?i:{_KIND_WORDS})\s*){{0,2}}(?:\(|,|\bin\b|\bof\b)\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}"
    r"(?i:districts?|provinces?|sub-?districts?|subdivisions?|tehsil|upazila|LGA|county|municipality)\s*(?:,|\()\s*$"
)
# An unknown capitalised name after a locative word, and the gap to the known place after it (checked against
# _ENCLOSED_BY): find_enclosed_names. Arabic articles may lead ("al-Shamsani"); up to four words.
_LOCATIVE_WORD = re.compile(
    r"\b(?i:in|at|near|outside|around|towards?|into|on|shelled|attacked|targeted|stormed|raided|bombed|struck|hit|"
    r"captured|seized|besieged)\s+(?:the\s+)?(?:(?i:rural|northern|southern|eastern|western|central)\s+)?"
    r"(?:(?i:village|town|city|area|camp|outskirts|vicinity|countryside|neighbou?rhood)\s+of\s+)?(?=[A-Za-z])"
)
_NAME_THEN_GAP = re.compile(
    r"(?P<name>(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w'’]*(?:[ -](?:(?:al|el|ad|an|ar|as|ash|at|az|de|del|la|e|i|"
    r"ul|bin)[ -])?[A-Z][\w'’]*){0,3})(?P<gap>[^.;:!?]{1,80})"
)
_ENCLOSED_WINDOW = 160
# Words right before a name that make it a place whatever the town's size: find_toponyms takes hamlets after them
# (checked on ACLED 2020 and MUC-4: adding "in"/"at" gained 0.001 on ACLED and lost as much on MUC-4's surnames).
_LOCATIVE_BEFORE = re.compile(
    r"(?:\bnear|\b(?:villages?|towns?|area|outskirts|vicinity|settlements?) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words after a name that make it an area: "Idleb countryside", "Kunar province".
_AREA_AFTER = re.compile(
    r"^\s+(?:countryside|province|governorate|district|region|oblast|state|department|county|prefecture|agency)\b",
    re.IGNORECASE,
)
# Words after a name that make it a part of a town: "the Englewood neighborhood", "the Fairview section".
_NEIGHBOURHOOD_AFTER = re.compile(r"^\s+(?:neighbou?rhoods?|section|subdivision|housing (?:complex|project))\b", re.IGNORECASE)
_TOWN_AFTER = re.compile(r"^\s+(?:city|town|village)\b", re.IGNORECASE)
_TOWN_WORDS = frozenset({"city", "town", "village"})
# "X, Y" longer than this is a list or a new clause rather than an enclosing area.
MAX_ENCLOSURE_GAP = 40


# A document's dateline as stored: "Florence, S.C.", "Quetta, Pakistan", "MANAGUA (NICARAGUA)", "Kabul".
_DATELINE_LABEL = re.compile(r"^\s*(?P<place>[^,()]+?)\s*(?:,\s*(?P<region>[^,()]+?)|\((?P<bracket>[^()]+)\))?\s*,?\s*$")
# Toponyms that stand for a capital ("capital" after "the" was cut, "this capital", "provincial capital").
_CAPITAL_TEXT = re.compile(r"^(?:(?:this|that|its|the country's|the nation's)\s+)?(?:(?P<kind>provincial|state|regional|"
                           r"district)\s+|national\s+)?capital$", re.IGNORECASE)
# Kind words a dateline writes after its place, and the word GeoNames uses: "LANCASTER TWP", "ROCKBRIDGE CO.".
_DATELINE_KINDS = {"twp": "Township", "township": "Township", "co": "County", "county": "County", "city": "City"}


def _acts_elsewhere(cues: dict[str, float], country: str) -> bool:
    """Whether the report's armed groups act in another country than ``country`` (country_cues.tsv "actor" cues)."""
    return any(cc != country and bonus >= CUE_BONUS["actor"] for cc, bonus in cues.items())


def enclosing(toponyms: Sequence[Toponym], text: str, *, countries: frozenset[str] = frozenset()) -> dict[int, int]:
    """Toponym index -> index of the next toponym that the text puts around it as its area.

    "X, Y and Z" / "X, Y, Z" outside parentheses is a list of peers, not X inside Y, unless Z is one of
    ``countries`` (name keys): "Ghani Khel, Nangarhar, Afghanistan" is a town, its province and its country."""
    parents: dict[int, int] = {}
    for i, (inner, outer) in enumerate(zip(toponyms, toponyms[1:])):
        gap = text[inner.end : outer.start]
        encloses = (len(gap) <= MAX_ENCLOSURE_GAP and _ENCLOSED_BY.match(gap)) or (
            len(gap) <= 2 * MAX_ENCLOSURE_GAP and _ENCLOSED_THROUGH_UNKNOWN.match(gap))
        # the same name twice is one place mentioned twice, except "Mahdia (Mahdia)": a town in its namesake province
        same_name = bare_key(inner.text) == bare_key(outer.text)
        namesake_area = gap.strip() == "(" and text[outer.end : outer.end + 1] == ")"
        if not encloses or (same_name and not namesake_area):
            continue
        country_next = i + 2 < len(toponyms) and name_key(toponyms[i + 2].text) in countries \
            and text[outer.end : toponyms[i + 2].start].strip() == ","
        if gap.strip().startswith(",") and _LIST_NEXT.match(text[outer.end : outer.end + 30]) and not country_next \
                and "(" not in text[max(0, inner.start - 60) : inner.start].rsplit(")", 1)[-1]:
            continue
        parents[i] = i + 1
    return parents


# After the second name of "X, Y": another list item follows ("X, Y and Z", "X, Y, Z").
_LIST_NEXT = re.compile(r"^(?:\s+(?:districts?|provinces?|governorates?|areas?))?(?:\s*,\s*|\s+(?:and|&)\s+)[A-Z]")


_CAPITALISED_BEFORE = re.compile(r"(?:^|[^\w.!?;:])[A-Z][\w'’\-]*[ -](?:(?:al|el|ad|an|ar|as|ash|at|az|ul)[ -])?$")
_CAPITALISED_AFTER = re.compile(r"^[ -](?:(?:al|el|ad|an|ar|as|ash|at|az|ul)[ -])?[A-Z][\w'’\-]*")
_FACILITY_AFTER = re.compile(r"^(?: [A-Z][\w'’\-]*){0,2} ([A-Z][a-z]+)\b")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """"Kot" in "Shah Wali Kot", "Pul" in "Pul-e Charkhi": a known name that is only part of an unknown one.
    A capitalised word right before (not a sentence start) or after makes the match part of a longer name."""
    before = text[max(0, start - 30) : start]
    if _CAPITALISED_BEFORE.search(before) and not re.search(r"(?:^|[.!?:]\s+)\S+\s$", before):
        return True
    after = _CAPITALISED_AFTER.match(text[end : end + 30])
    if not after or after.group().strip(" -").lower() in _AREA_WORDS_TITLE:
        return False
    facility = _FACILITY_AFTER.match(text[end : end + 50])
    return not (facility and facility.group(1).lower() in _FACILITY_WORDS)


# Capitalised words after a name that still leave it the whole name ("Kandahar Province", "Swat Valley").
_AREA_WORDS_TITLE = frozenset({"province", "district", "city", "governorate", "valley", "region", "state", "county",
                               "agency", "division", "town", "village", "oblast", "camp", "airport"})
# Capitalised words that end the name of a facility named after its town ("Donetsk Filtration Station", "Kabul
# International Airport", "Sidnaya Military Prison"): the town is still the place.
# Not roads, highways or crossings: those are named after where they lead ("Murree Road in Rawalpindi").
_FACILITY_WORDS = frozenset({"airport", "airbase", "station", "prison", "bridge", "dam", "port", "university",
                             "hospital", "market", "stadium", "square", "checkpoint", "mine", "plant", "refinery",
                             "base", "barracks", "camp", "club", "hotel", "mosque", "court", "college", "school",
                             "police", "department", "office", "command", "assembly", "union"})


def _is_modifier(toponym: Toponym, text: str) -> bool:
    """"US-backed", "the US dollar", "pro-Iran militias": the name qualifies something else."""
    return bool(_MODIFIER_AFTER.match(text[toponym.end : toponym.end + 20])) or bool(
        _MODIFIER_BEFORE.search(text[max(0, toponym.start - 6) : toponym.start]))


def _inside(place: Candidate, area: Candidate) -> bool:
    if place.country_code != area.country_code:
        return False
    if area.feature in ("admin1", "admin2") and place.admin1 == area.admin1 and bare_key(place.name) == bare_key(area.name):
        return True  # a town is in the district of its name, whatever its own district field says ("Jamshoro")
    if area.feature == "admin1":
        return place.admin1 == area.admin1
    if area.feature == "admin2":
        return place.admin2 == area.admin2 or (place.feature == "admin2" and place.id == area.id) or (
            place.admin1 == area.admin1 and not place.admin2)
    if area.feature == "city":  # "Kot Addu, Muzaffargarh": a town named with its district's seat
        return place.admin1 == area.admin1 or near_city(place, area)
    return True


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


def _contiguous(text: str, chunk: Sequence[re.Match]) -> bool:
    """Words separated only by spaces or hyphens (no sentence or clause break between them)."""
    return all(text[a.end() : b.start()].strip(" -") == "" for a, b in zip(chunk, chunk[1:]))


def _publisher_key(name: str) -> str:
    key = name_key(name)
    return key[4:] if key.startswith("the ") else key

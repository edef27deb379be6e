"""Datelines and titles: the town a report is filed from ("FLORENCE, S.C. -", "SAN SALVADOR, 12 MAR 90 (AGENCY)
--", a headline kept apart from the text), and where that town is the better reading of a name in the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from eventsift.geo.base import town_standing_in
from eventsift.geo.distance import haversine_km
from eventsift.geo.home import Home, outlet_name
from eventsift.geo.index import part_of_town
from eventsift.geo.normalize import area_words_in
from eventsift.geo.resolve import (
    DATELINE_SUPPORT_MIN_POPULATION, HOME_ADMIN1_BONUS, HOME_COUNTRY_BONUS, HOME_RADIUS_KM, Candidate, Context, contains,
    likeliest, near_city, prior,
)
from eventsift.geo.scan import AREA_AFTER
from eventsift.records import Document, Place, Toponym

if TYPE_CHECKING:
    from eventsift.geo.index import GazetteerIndex
    from eventsift.geo.scan import TextScanner

# A dateline without a region ("PHOENIX -") is read as the town of that name with the publisher's country worth
# this much, like the publisher bonus of the resolver.
DATELINE_PUBLISHER_BONUS = 1.5
# A neighbourhood is in the report's town, else in the biggest city the report names, if it names one of at least
# this many people (a city with neighbourhoods a report would name), else in the biggest such city around the
# neighbourhood's own entry, within this distance (a big city's neighbourhoods lie within ~20 km of its centre).
ANCHOR_MIN_POPULATION = 100_000
NEIGHBOURHOOD_CITY_KM = 25.0
# A dateline's first word may carry the end of the page title glued before it ("...| WBFFBALTIMORE, Md."): up to
# this many leading letters are dropped when the whole word is unknown, leaving a town of at least GLUED_MIN_LETTERS.
GLUED_MAX_PREFIX = 6
GLUED_MIN_LETTERS = 4
# ... and without a region after it ("WBFFBALTIMORE (WBFF) -") only a city this big: "UPDATE:" is not Date, Japan.
GLUED_ALONE_POPULATION = 100_000
# A document's dateline as stored: "Florence, S.C.", "Quetta, Pakistan", "MANAGUA (NICARAGUA)", "Kabul".
_DATELINE_LABEL = re.compile(r"^\s*(?P<place>[^,()]+?)\s*(?:,\s*(?P<region>[^,()]+?)|\((?P<bracket>[^()]+)\))?\s*,?\s*$")
# A local outlet (one whose state the page gives, geo.home) leaves its own state out of a dateline ("SPRINGDALE -" in
# a paper of that state, AP style): a dateline or a headline's town without a region is read in the outlet's country,
# state and metro area first (as the resolver weighs them), and a small town that is only known elsewhere is a
# place of the outlet's area the gazetteer lacks, not its namesake far away.
# (country, (country, admin1) or None, (latitude, longitude) of the home town or None): a home as a cache key.
HomeKey = tuple[str, tuple[str, str] | None, tuple[float, float] | None]
# Kind words a dateline writes after its place, and the word GeoNames uses: "LANCASTER TWP", "ROCKBRIDGE CO.".
_DATELINE_KINDS = {"twp": "Township", "township": "Township", "co": "County", "county": "County", "city": "City"}
# Words after a name that make it a part of a town: "the Englewood neighborhood", "the Fairview section".
_NEIGHBOURHOOD_AFTER = re.compile(r"^\s+(?:neighbou?rhoods?|section|subdivision|housing (?:complex|project))\b", re.IGNORECASE)
# ... of them, the words that name a part of a town the gazetteer may know as a place of its own (GeoNames lists a
# big city's neighbourhoods as towns): the city is the place ("the Englewood neighborhood" is Chicago's).
_PART_OF_TOWN_AFTER = re.compile(r"^\s+(?:neighbou?rhoods?|section)\b", re.IGNORECASE)
NEIGHBOURHOOD_AFTER = _NEIGHBOURHOOD_AFTER
# A side or the centre of a town named as a place of its own ("on the city's North Side", "shot in Downtown"): a part of
# the report's town, never a town (GeoNames gives a few towns such names among their other names).
SIDE_OF_TOWN = re.compile(r"(?:(?:Far|Near)\s+)?(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
                          r"(?:\s+|-)?[Ss]ide|Downtown|Midtown|Uptown")


def unlisted_town(label: str, text: str) -> str | None:
    """The town a dateline writes before its state ("Lower Paxton Township, Pa." -> "Lower Paxton Township"), when the
    report names it again (the end of a page title glued before it left out: "KXYZELMTOWN, Calif." is Elmtown when the
    report tells of "the Elmtown area"); ``None`` without a state after it, or for an area of its own (a county)."""
    m = _DATELINE_LABEL.match(label)
    if m is None or not m.group("region"):
        return None
    town = " ".join(m.group("place").split())
    words = town.lower().replace(".", "").split()
    if not words or words[-1] in _NOT_TOWN_WORDS:
        return None
    town = town.title() if town.isupper() else town
    cut = min(GLUED_MAX_PREFIX, len(town) - GLUED_MIN_LETTERS) if " " not in town else 0
    for written in [town] + [town[k:].capitalize() for k in range(1, cut + 1)]:
        if re.search(rf"\b{re.escape(written)}\b", text):  # case-sensitive: not the capitals of the dateline itself
            return written
    return None


# The last word of a dateline's place that makes it an area, not a town ("YORK COUNTY, Pa.").
_NOT_TOWN_WORDS = frozenset({"co", "county", "parish", "borough", "state", "province", "district", "region"})


class Datelines:
    """Reads datelines against the index (cached by label)."""

    def __init__(self, index: GazetteerIndex) -> None:
        self._index = index
        self._read = lru_cache(maxsize=4_096)(self._dateline)

    def read(self, label: str, publisher_country: str | None, home: Home | None = None
             ) -> tuple[Candidate | None, tuple[str, str | None] | None]:
        """A dateline's town and the (country, admin1) its region names; a publisher's country and the outlet's home
        break ties."""
        return self._read(label, publisher_country, home_key(home))

    def place(self, document: Document, *, publisher_country: str | None, home: Home | None = None) -> Place | None:
        """The place of the document's dateline ("Florence, S.C." is Florence in South Carolina), or the state or
        country its region names when the town is unknown (geo_precision 3); ``None`` without a dateline."""
        if not document.dateline:
            return None
        town, area = self.read(document.dateline, publisher_country, home)
        found = town or (self._index.area_place(area) if area else None)
        if found is None:
            return None
        place = self._index.as_of(self._index.to_place(found), document.published)
        written = unlisted_town(document.dateline, document.text) if town is None and place.feature == "admin1" else None
        if written is not None:
            # "BOULEVARD, Calif. -": a town the gazetteer lacks, in the state the dateline writes, is that town (named as
            # written, at the state's coordinates and geo_precision 3), not the whole state
            place = town_standing_in(place, written)
        return place

    def title_town(self, document: Document, scanner: TextScanner, home: Home | None = None) -> Candidate | None:
        """The first town a title outside the text names, read alone (its most likely reading, in the outlet's home
        area first: a local outlet's headline names a town of its own area)."""
        title = (document.title or "").strip()
        if not title or title in document.text[: len(title) + 200]:
            return None
        if outlet := outlet_name(title):  # "... | Salem, Mass.": the outlet's home is not the report's town
            title = title[: title.rindex(outlet)]
        for start, end in scanner.find_toponyms(title):
            if SIDE_OF_TOWN.fullmatch(title[start:end]):
                continue
            cands = [c for c in self._index.candidates(title[start:end]) if c.feature == "city"]
            best = _best_reading(cands, None, home_key(home))
            if best is not None:
                return best
        return None

    def _dateline(self, label: str, publisher_country: str | None,
                  home: HomeKey | None) -> tuple[Candidate | None, tuple[str, str | None] | None]:
        """A dateline's town and the (country, admin1) its region names ("Calif.", "Pakistan", "(NICARAGUA)")."""
        m = _DATELINE_LABEL.match(label)
        if not m:
            return None, None
        town_name, region = m.group("place").strip(), (m.group("region") or m.group("bracket") or "").strip()
        areas = self._index.region_areas(region) if region else []
        towns = self._towns(town_name, regioned=bool(areas))
        if region and not areas and (in_county := self._in_county(towns, region)) is not None:
            return in_county, (in_county.country_code, in_county.admin1)  # "ELMTOWN, Sangamon County (STATION) -"
        if areas:
            inside = [c for c in towns if any(c.country_code == cc and (a1 is None or c.admin1 == a1) for cc, a1 in areas)]
            best = likeliest(inside)
            if best is not None:
                return best, next((cc, a1) for cc, a1 in areas if best.country_code == cc and a1 in (None, best.admin1))
            return None, areas[0]
        towns = [c for c in towns if c.feature != "admin1" or c.kind == 0]
        towns = [c for c in towns if c.feature == "city"] or towns  # a dateline names a town ("SANTIAGO,")
        return _best_reading(towns, publisher_country, home), None

    def _in_county(self, towns: list[Candidate], region: str) -> Candidate | None:
        """The likeliest of a dateline's towns inside the county (or district) its region names, if it names one."""
        counties = [c for c in self._index.candidates(region) if c.feature == "admin2"] if area_words_in(region) else []
        inside = [t for t in towns if t.feature == "city" and any(
            t.country_code == c.country_code and t.admin1 == c.admin1 and t.admin2 == c.admin2 for c in counties)]
        return likeliest(inside)

    def _towns(self, name: str, *, regioned: bool) -> list[Candidate]:
        """Candidates of a dateline's place, also as its township or county ("LANCASTER TWP", "ROCKBRIDGE CO.")."""
        found = self._index.candidates(name)
        if regioned and (town := part_of_town(name)) is not None:
            # "EAST ELMTOWN, Tenn. -": a part of a town of any size, which the state it writes keeps inside it (a part
            # named alone is the town only for a big city, eventsift.geo.index.PART_OF_TOWN_MIN_POPULATION)
            found = found + [c for c in self._index.candidates(town) if c.feature == "city" and c.kind == 0
                             and c not in found]
        if found:
            return found
        words = name.split()
        if len(words[0]) > GLUED_MIN_LETTERS + 1:  # "WBFFBALTIMORE": a page's call sign glued to the dateline
            for cut in range(1, min(len(words[0]) - GLUED_MIN_LETTERS, GLUED_MAX_PREFIX) + 1):
                glued = " ".join([words[0][cut:], *words[1:]])
                if found := [c for c in self._index.candidates(glued) if c.feature == "city"
                             and (regioned or c.population >= GLUED_ALONE_POPULATION)]:
                    return found
        if len(words) > 1 and words[-1].lower().rstrip(".") in _DATELINE_KINDS:
            kind = _DATELINE_KINDS[words[-1].lower().rstrip(".")]
            return self._index.candidates(" ".join([*words[:-1], kind])) or self._index.candidates(" ".join(words[:-1]))
        return []


def bracketed_region(label: str) -> str | None:
    """The region a dateline writes in brackets after its town ("MANAGUA (NICARAGUA)" -> "NICARAGUA"), else ``None``:
    wire services add the country so to a town abroad from the country their report is about."""
    m = _DATELINE_LABEL.match(label)
    return m.group("bracket").strip() if m and m.group("bracket") else None


def home_key(home: Home | None) -> HomeKey | None:
    """A home as a hashable cache key."""
    if home is None:
        return None
    town = (home.town.latitude, home.town.longitude) if home.town is not None else None
    return home.country, home.admin1, town


def _in_home_area(candidate: Candidate, home: HomeKey) -> bool:
    country, admin1, town = home
    if candidate.country_code != country:
        return False
    if admin1 is not None and candidate.admin1 == admin1[1]:
        return True
    return town is not None and haversine_km(candidate.latitude, candidate.longitude, *town) <= HOME_RADIUS_KM


def _best_reading(towns: list[Candidate], publisher_country: str | None, home: HomeKey | None) -> Candidate | None:
    """The likeliest reading of a town named alone: population, the publisher's country, the outlet's home (its
    country, its state or metro area). Under a local outlet (its state known) a small town known only outside its
    area is no reading."""
    def key(c: Candidate) -> tuple[float, int]:
        value = prior(c) + (DATELINE_PUBLISHER_BONUS if c.country_code == publisher_country else 0.0)
        if home is not None and c.country_code == home[0]:
            value += HOME_COUNTRY_BONUS + (HOME_ADMIN1_BONUS if _in_home_area(c, home) else 0.0)
        return value, c.population

    best = max(towns, key=key, default=None)
    if best is not None and home is not None and (home[1] is not None or home[2] is not None) \
            and not _in_home_area(best, home) and best.population < DATELINE_SUPPORT_MIN_POPULATION:
        return None
    return best


# "Marlow's Ashby district": an area that holds the name told after it stays that area.
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?-i:[A-Z])")


def dateline_town_for(toponym: Toponym, pick: Candidate | None, ctx: Context, text: str, *,
                      anchor: Candidate | None,
                      city_near: Callable[[Candidate], Candidate | None] | None = None,
                      called: str | None = None) -> Candidate | None:
    """The report's town where it is the better reading of a name: for a name the text calls a neighbourhood ("the
    Roseland neighborhood" under "CHICAGO (AP) -") the city it is part of (the report's town, else the biggest city
    around the neighbourhood's own entry, ``city_near``): a neighbourhood is coded as its city. Or a county or state
    the dateline's town lies in, named without its kind word ("Eagle County Sheriff's Office", "a Perry County man",
    "in Pennsylvania" under "GYPSUM, Colo. -", "DUNCANNON, Pa. -"): the dateline is the report's most specific word
    on where. "X province" or "X state" stays the area, and so does an area whose possessive places the next name
    ("Marlow's Ashby district"). ``called``: the words after another mention of the name that
    call it a neighbourhood ("the Riverside neighborhood ... the shooting in Riverside": one place told again, not a
    namesake far from the report's town)."""
    after = text[toponym.end : toponym.end + 20]
    told_again = called is not None and not _NEIGHBOURHOOD_AFTER.match(after)
    if told_again and anchor is not None and anchor.feature == "city" and pick is not None \
            and not near_city(pick, anchor):
        return anchor  # a namesake far from the report's town, of a name it calls a neighbourhood elsewhere
    if _NEIGHBOURHOOD_AFTER.match(after):
        if anchor is not None and anchor.feature == "city" and (pick is None or not near_city(pick, anchor)):
            return anchor
        if pick is None or pick.feature != "city" or pick.population >= ANCHOR_MIN_POPULATION \
                or not _PART_OF_TOWN_AFTER.match(after) or (ctx.dateline_town is not None and not ctx.title_town
                                                            and ctx.dateline_town.id == pick.id):
            return None  # a big city's borough, or "a Bronx housing complex", or the dateline's own town
        if anchor is not None and anchor.feature == "city" and anchor.id != pick.id and anchor.population > pick.population:
            return anchor
        return city_near(pick) if city_near is not None else None
    town = ctx.dateline_town
    if town is None or town.feature != "city":
        return None
    if pick is not None and pick.feature in ("admin1", "admin2") and not AREA_AFTER.match(text[toponym.end : toponym.end + 20]) \
            and not _POSSESSIVE_AFTER.match(text, toponym.end) and contains(pick, town):
        return town
    return None


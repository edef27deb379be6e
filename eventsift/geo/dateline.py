"""Datelines and titles: the town a report is filed from ("FLORENCE, S.C. -", "SAN SALVADOR, 12 MAR 90 (AGENCY)
--", a headline kept apart from the text), and where that town is the better reading of a name in the text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from eventsift.geo.home import outlet_name
from eventsift.geo.resolve import Candidate, Context, contains, near_city, prior
from eventsift.geo.scan import AREA_AFTER
from eventsift.records import Document, Place, Toponym

if TYPE_CHECKING:
    from eventsift.geo.index import GazetteerIndex
    from eventsift.geo.scan import TextScanner

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
# A document's dateline as stored: "Florence, S.C.", "Quetta, Pakistan", "MANAGUA (NICARAGUA)", "Kabul".
_DATELINE_LABEL = re.compile(r"^\s*(?P<place>[^,()]+?)\s*(?:,\s*(?P<region>[^,()]+?)|\((?P<bracket>[^()]+)\))?\s*,?\s*$")
# Kind words a dateline writes after its place, and the word GeoNames uses: "LANCASTER TWP", "ROCKBRIDGE CO.".
_DATELINE_KINDS = {"twp": "Township", "township": "Township", "co": "County", "county": "County", "city": "City"}
# Words after a name that make it a part of a town: "the Englewood neighborhood", "the Fairview section".
_NEIGHBOURHOOD_AFTER = re.compile(r"^\s+(?:neighbou?rhoods?|section|subdivision|housing (?:complex|project))\b", re.IGNORECASE)


class Datelines:
    """Reads datelines against the index (cached by label)."""

    def __init__(self, index: GazetteerIndex) -> None:
        self._index = index
        self._read = lru_cache(maxsize=4_096)(self._dateline)

    def read(self, label: str, publisher_country: str | None) -> tuple[Candidate | None, tuple[str, str | None] | None]:
        """A dateline's town and the (country, admin1) its region names; a publisher's country breaks ties."""
        return self._read(label, publisher_country)

    def place(self, document: Document, *, publisher_country: str | None) -> Place | None:
        """The place of the document's dateline ("Florence, S.C." is Florence in South Carolina), or the state or
        country its region names when the town is unknown (geo_precision 3); ``None`` without a dateline."""
        if not document.dateline:
            return None
        town, area = self._read(document.dateline, publisher_country)
        found = town or (self._index.area_place(area) if area else None)
        return self._index.as_of(self._index.to_place(found), document.published) if found else None

    def title_town(self, document: Document, scanner: TextScanner) -> Candidate | None:
        """The first town a title outside the text names, read alone (its most likely reading)."""
        title = (document.title or "").strip()
        if not title or title in document.text[: len(title) + 200]:
            return None
        if outlet := outlet_name(title):  # "... | Salem, Mass.": the outlet's home is not the report's town
            title = title[: title.rindex(outlet)]
        for start, end in scanner.find_toponyms(title):
            cands = [c for c in self._index.candidates(title[start:end]) if c.feature == "city"]
            if cands:
                return max(cands, key=lambda c: (prior(c), c.population))
        return None

    def _dateline(self, label: str, publisher_country: str | None) -> tuple[Candidate | None, tuple[str, str | None] | None]:
        """A dateline's town and the (country, admin1) its region names ("Calif.", "Pakistan", "(NICARAGUA)")."""
        m = _DATELINE_LABEL.match(label)
        if not m:
            return None, None
        town_name, region = m.group("place").strip(), (m.group("region") or m.group("bracket") or "").strip()
        areas = self._index.region_areas(region) if region else []
        towns = self._towns(town_name, regioned=bool(areas))
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

    def _towns(self, name: str, *, regioned: bool) -> list[Candidate]:
        """Candidates of a dateline's place, also as its township or county ("LANCASTER TWP", "ROCKBRIDGE CO.")."""
        found = self._index.candidates(name)
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


def dateline_town_for(toponym: Toponym, pick: Candidate | None, ctx: Context, text: str, *,
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
    if pick is not None and pick.feature in ("admin1", "admin2") and not AREA_AFTER.match(text[toponym.end : toponym.end + 20]) \
            and contains(pick, town):
        return town
    return None


"""Where: the place of an incident, from its own clauses, the report's dateline or the report's main place."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from eventsift.events.draft import Draft, evidence
from eventsift.events.place import WEAK_QUALIFIERS, area_holds, choose_place
from eventsift.geo.base import town_standing_in
from eventsift.geo.dateline import ANCHOR_MIN_POPULATION, NEIGHBOURHOOD_CITY_KM
from eventsift.geo.distance import haversine_km
from eventsift.geo.normalize import name_key
from eventsift.geo.sources import is_any_capital, police_forces
from eventsift.records import Document, Evidence, Place, Toponym

# A weak sign of an incident's place (an institution's seat, where someone came from) this near the dateline's town
# gives way to it: a metro area's police and hospitals are named after its big city.
DATELINE_OVER_WEAK_KM = 60.0
# A suburb is smaller than the big city by this factor at least: two cities of a size near each other (a state's
# capital and its largest town) are each the scene when the report names it.
SUBURB_SIZE_RATIO = 2


# "Springfield police said a man was shot in Oak Flats" (or the force's acronym, data/police_forces.tsv): the police of a city
# answer for what happens inside it, so a smaller place (short of a borough's ANCHOR_MIN_POPULATION) this near a big
# city whose police the report names, while it names no police of the place itself, is a part of that city (GeoNames
# lists many big cities' neighbourhoods as towns of their own). The radius is a big city's neighbourhoods'
# (eventsift.geo.dateline.NEIGHBOURHOOD_CITY_KM).
POLICE_AFTER = re.compile(r"^\s+(?:Police|police)\b")


@dataclass(slots=True, kw_only=True)
class Where:
    place: Place | None
    toponym: Toponym | None  # the name in the text, None when the place stands in for an unnamed one
    evidence: list[Evidence]

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else None

    @property
    def geo_precision(self) -> int | None:
        if self.place is None:
            return None
        if self.toponym is None:  # the document's main place stands in for an unnamed one
            return max(self.place.geo_precision, 2)
        return self.place.geo_precision


def km(a: Place, b: Place) -> float:
    """Distance between two places; 0 for two without coordinates that share a name, else infinite. A town the
    gazetteer lacks, placed at its state's coordinates (geo_precision 3), has no point of its own."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude) or _no_point(a) or _no_point(b):
        return 0.0 if a.name == b.name else math.inf
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _no_point(place: Place) -> bool:
    return place.feature == "city" and place.geo_precision >= 3


def _town_key(name: str) -> str:
    """A town's name without the word for a township ("Lower Elmtown Township" and "Lower Elmtown" are one town)."""
    return re.sub(r"\s+(?:township|twp)$", "", name_key(name))


def where(draft: Draft, *, document: Document, places: list[Place | None], toponyms: list[Toponym],
          weak: frozenset[int], fallback: Place | None, dateline: Place | None,
          elsewhere: frozenset[int] = frozenset()) -> Where:
    """The incident's own place, else the document's main place (``fallback``). ``elsewhere``: the toponyms told only
    of other incidents ("Last month, 12 were killed in the nearby commune of Ashby"), no town of this one's area."""
    own_area = [None if i in elsewhere else p for i, p in enumerate(places)]  # the towns an area named may stand for
    if dateline is not None and _no_point(dateline):
        # "LOWER ELMTOWN TOWNSHIP, Pa. - ... the shooting in Lower Elmtown": the dateline's town the gazetteer lacks,
        # told again in the body
        places = [dateline if p is None and _town_key(t.text) == _town_key(dateline.name) else p
                  for p, t in zip(places, toponyms)]
    place, toponym = choose_place(draft.place_ids(), places=places, toponyms=toponyms, weak=weak,
                                   text=document.text)
    if toponym is not None and place is not None and dateline is not None and "," in (document.dateline or "") \
            and (toponym.qualifier in WEAK_QUALIFIERS or toponyms.index(toponym) in weak) \
            and (place.country, place.admin1) != (dateline.country, dateline.admin1):
        # "MOUNT PLEASANT, Ohio (AP) - ... the victim, a Denver man, ..." or a headline glued to an outlet named after
        # another state's town: a weak sign in another state or country than the one the dateline writes is not the
        # scene the report is filed from (a dateline without its state is too often a namesake's to outweigh it)
        place, toponym = dateline, None
    if toponym is not None and toponym.qualifier in WEAK_QUALIFIERS:  # only an institution's seat, a home town, ...
        if dateline is not None and (km(place, dateline) <= DATELINE_OVER_WEAK_KM or (
                _no_point(dateline) and (place.country, place.admin1) == (dateline.country, dateline.admin1))
                or toponym.qualifier == "destination" and place.country == dateline.country):
            # "ELKTON, Md. - The Newark Police said ...": the dateline's town nearby is the report's own word on where;
            # so is a dateline's town the gazetteer lacks in the weak sign's own state ("ASHBY TOWNSHIP, Mich. - A
            # 30-year-old Marlow man is charged ..."), and the dateline's town over any town the wounded were taken to
            # in its country ("ELMTOWN, Ala. - ... taken to hospitals in Ashby and Marlow")
            place, toponym = dateline, None
        elif fallback is not None and document.text[toponym.start:toponym.end] in police_forces():
            # "NYPD detectives assisted": a force's acronym is the weakest sign, used when the report gives no other
            place, toponym = fallback, None
        elif fallback is not None and place.country != fallback.country:
            # "the bodies will be sent to the United States": a weak sign abroad is not the place of an incident the
            # report places at home
            place, toponym = fallback, None
        elif fallback is not None and fallback.feature == "city" and area_holds(place, fallback):
            # "Marlow County deputies said ..." under a headline that names the town: the county's sheriff answers for
            # the whole county, the town is where it happened
            place, toponym = fallback, None
        elif fallback is not None and place.feature == "admin1" and fallback.feature == "admin2" \
                and area_holds(place, fallback):
            # "a Carolina man shot a stranger ... in Marlow County": the state someone is from holds the county the
            # report is about, which is the place
            place, toponym = fallback, None
    if toponym is not None and place is not None and place.feature in ("admin2", "admin1", "country") \
            and toponym.qualifier not in WEAK_QUALIFIERS and not draft.unknown_town:
        # (a copy for a listed town the gazetteer lacks is at its area, no other town of it: "in Ashby, Elmvale and
        # Marlow" puts Elmvale in their province)
        # "a shooting in Georgia ... The sheriff said it happened in Elmtown": the state the incident's sentences name is
        # told more exactly elsewhere in the report
        inner_towns = _without_namesake_seat(place, toponym, own_area, toponyms, document.text)
        place, toponym = town_inside(place, places=inner_towns, toponyms=toponyms) \
            or policed_town_inside(place, text=document.text, places=inner_towns, toponyms=toponyms) \
            or _road_town_inside(place, draft.place_ids(), places=own_area, toponyms=toponyms) or (place, toponym)
        if place.feature in ("admin2", "admin1") and dateline is not None and dateline.feature == "city" \
                and area_holds(place, dateline):
            # "ELMTOWN, Ga. (AP) - ... at a backyard party in Marlow County": a report filed from a town of the county
            # or state its telling names, and naming no other town there, is about that town
            place, toponym = dateline, None
        elif place.feature == "country" and dateline is not None and dateline.feature == "city" \
                and dateline.country == place.country and not is_any_capital(dateline.name):
            # "MALANG, Elmland (AP) - ... at a soccer match in Elmland": so is one filed from a town of the country
            # it names, not its capital (a wire's desk)
            place, toponym = dateline, None
    if toponym is not None and place is not None and toponym.qualifier not in WEAK_QUALIFIERS:
        if dateline is not None and _suburb_of(dateline, place):
            # "ELMTOWN, Ga. (AP) - ... a cul-de-sac west of Springfield": the big city is the reader's landmark
            place, toponym = dateline, None
        else:
            place = policed_city(place, text=document.text, places=places, toponyms=toponyms, dateline=dateline)
    found = []
    if toponym is not None:
        at = toponyms.index(toponym)
        clause = next((c for c in draft.clauses if at in c.toponyms), None)
        if clause is not None:
            found.append(evidence(document, clause, "location", toponym.start, toponym.end))
    elif place is None:
        place = fallback
        if dateline is not None and dateline.feature == "city" and fallback is not None \
                and fallback.country == dateline.country and fallback.feature == "city" \
                and unlisted_town_in(dateline, draft.place_ids(), text=document.text, places=places,
                                     toponyms=toponyms) is not None:
            # "LAHORE: ... near Raiwind ... In another incident, a trader was shot dead in Elmabad": a locality the
            # gazetteer lacks, in an incident told apart, is nearer the town the report is filed from than another
            # incident's
            place = replace(dateline, geo_precision=max(dateline.geo_precision, 2))
        if place is not None and place.feature in ("admin2", "admin1", "country"):  # an area it names a town of
            inner = town_inside(place, places=own_area, toponyms=toponyms) \
                or policed_town_inside(place, text=document.text, places=own_area, toponyms=toponyms)
            place = inner[0] if inner else place
        if place is not None and place.feature in ("admin2", "admin1") and dateline is not None \
                and dateline.feature == "city" and area_holds(place, dateline):
            place = dateline  # the report's main place is only the county or the state its dateline's town lies in
        if place is not None:
            # "METROPOLIS - ... near a corner in Oakbrook Flats ... The boy was shot in an alley": the report's main
            # place stands in for the incident's, and a quarter of the big city it is filed from is that city
            place = policed_city(place, text=document.text, places=places, toponyms=toponyms, dateline=dateline)
    weak_town = toponym is not None and toponym.qualifier in WEAK_QUALIFIERS and place is not None \
        and place.feature == "city" and place.population < ANCHOR_MIN_POPULATION  # a big city's quarters are its own
    if place is not None and (weak_town or place.feature == "admin1" and (toponym is None or toponym.qualifier
                                                                          not in WEAK_QUALIFIERS)):
        # "shot in Montana ... a man in Ashby opened his door": a town the gazetteer lacks, right after "in", in the
        # incident's own clauses, is a town of the state the incident is otherwise only placed at; so is one beside a
        # town that is only a weak sign ("Ruiz of Elmtown was shot at a party in Ashby"), in that town's state
        unlisted = unlisted_town_in(place, draft.place_ids(), text=document.text, places=places, toponyms=toponyms)
        if unlisted is not None:
            place, toponym = unlisted
            at = toponyms.index(toponym)
            clause = next((c for c in draft.clauses if at in c.toponyms), None)
            found = [evidence(document, clause, "location", toponym.start, toponym.end)] if clause is not None else []
    return Where(place=place, toponym=toponym, evidence=found)


# The kind of area written after its name: "in Elm region", "Fenland State's ...".
_AREA_KIND_AFTER = re.compile(r"\s+(?:region|state|province|governorate|department|prefecture)\b", re.IGNORECASE)


def _without_namesake_seat(area: Place, told: Toponym, places: list[Place | None], toponyms: list[Toponym],
                           text: str) -> list[Place | None]:
    """The places, less the seat named like a province the incident is told in by its kind ("in Elmvale region ...
    Elmvale lies near the border"): the bare name told again is the province, not a town told more exactly."""
    if area.feature != "admin1" or not _AREA_KIND_AFTER.match(text, told.end):
        return places
    return [None if p is not None and p.feature == "city" and name_key(t.text) == name_key(area.name) else p
            for p, t in zip(places, toponyms)]


def town_inside(area: Place, *, places: list[Place | None], toponyms: list[Toponym]) -> tuple[Place, Toponym] | None:
    """The report's first town inside a country, state or province (else its first county there) that is not a weak
    sign: a report names the state in its headline or lead and the town in its telling ("shot in central Vermont ...
    the house in Elmtown"); ACLED codes the most specific place the report gives."""
    if area.feature == "admin2":  # a county: its towns
        inside = [(p, t) for p, t in zip(places, toponyms) if p is not None and t.qualifier not in WEAK_QUALIFIERS
                  and p.feature == "city" and p.country == area.country and p.admin1 == area.admin1
                  and area.admin2 is not None and p.admin2 == area.admin2]
        return next(iter(inside), None)
    inside = [(p, t) for p, t in zip(places, toponyms) if p is not None and t.qualifier not in WEAK_QUALIFIERS
              and p.country == area.country and p.feature in ("city", "admin2")
              and (area.feature == "country" or p.admin1 == area.admin1)]
    return next((pt for pt in inside if pt[0].feature == "city"), None) or next(iter(inside), None)


def _road_town_inside(area: Place, ids: list[int], *, places: list[Place | None],
                      toponyms: list[Toponym]) -> tuple[Place, Toponym] | None:
    """The first town of the incident's own clauses that a road it was told on is named after or runs between,
    inside the province or district the incident is placed in ("ambushed a convoy in Marlow province ... on the road
    between Elmtown and Ashby"): somewhere along that road (geo_precision 2) is nearer than the town the report is
    filed from; so is one inside the country an incident is placed in no closer ("an explosive device hit a convoy in
    northern Elmland ... The convoy was travelling between Elmtown and Ashby")."""
    return next(((places[i], toponyms[i]) for i in ids if places[i] is not None and toponyms[i].qualifier == "road"
                 and places[i].feature == "city" and (area_holds(area, places[i]) or area.feature == "country"
                                                      and area.country == places[i].country)), None)


# The word right before a name that puts the incident inside the place it names ("a man in Ashby opened his door").
IN_BEFORE = re.compile(r"\bin\s+$")
# ... and the words around a name that make it the town of a home ("found dead in a Kestrel home").
IN_A_BEFORE = re.compile(r"\bin\s+an?\s+$")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")  # "in O'Neill's car": a person's, not a town
HOME_AFTER = re.compile(r"\s+(?:home|house|residence|apartment|neighbou?rhood)\b")


def unlisted_town_in(state: Place, ids: list[int], *, text: str, places: list[Place | None],
                     toponyms: list[Toponym]) -> tuple[Place, Toponym] | None:
    """The first name of the incident's clauses that the gazetteer does not know, right after "in" (or "in a ... home"),
    as a town of ``state`` it lacks (named as written, at the state's coordinates, geo_precision 3)."""
    for i in ids:
        t = toponyms[i]
        before = text[max(0, t.start - 8):t.start]
        inside = IN_BEFORE.search(before) or (IN_A_BEFORE.search(before) and HOME_AFTER.match(text, t.end))
        if places[i] is None and t.qualifier is None and inside and t.text[:1].isupper() \
                and not any(c.isdigit() for c in t.text) and not POSSESSIVE_AFTER.match(text, t.end):
            return town_standing_in(state, t.text, precision=3), t
    return None


def policed_town_inside(area: Place, *, text: str, places: list[Place | None],
                        toponyms: list[Toponym]) -> tuple[Place, Toponym] | None:
    """The first town inside a county or a state whose own police the report names ("a shooting in Marlow County ...
    the Elmtown Police Department responded"), when it names no other town there: a town's police answer for what
    happens inside the town, so an incident the report places only at the area is there."""
    if area.feature not in ("admin1", "admin2"):
        return None
    return next(((p, t) for p, t in zip(places, toponyms)
                 if p is not None and p.feature == "city" and t.qualifier == "institution"
                 and POLICE_AFTER.match(text[t.end:t.end + 12]) and area_holds(area, p)), None)


# A town's own police, named after it: "police", "rural police", "town police".
_OWN_POLICE = r"(?:(?:rural|town|city|cantonment|traffic|local|municipal|village|railway)\s+)?[Pp]olice\b"


def policed_city(place: Place, *, text: str, places: list[Place | None], toponyms: list[Toponym],
                 dateline: Place | None = None) -> Place:
    """The big city whose police the report names, for a smaller place inside it (see POLICE_AFTER); else ``place``.
    A big city's dateline counts as its police named ("METROPOLIS - Two women were hurt in Oakbrook Flats, officers
    said"): a report filed from the city about a place within its neighbourhoods' reach that has no police of its own
    named is about one of its neighbourhoods."""
    if place.feature != "city" or place.population >= ANCHOR_MIN_POPULATION:
        return place  # a county, or a big city's borough (a city of its own size)
    if re.search(rf"\b(?:municipality|municipio|commune|town)\s+of\s+{re.escape(place.name)}\b|"
                 rf"\b{re.escape(place.name)}\s+(?:municipality|commune|town)\b", text, re.IGNORECASE):
        # "the municipality of El Tambo", "in Elmpur town", near the big city the report is filed from: a unit of
        # its own
        return place
    policed = [p for p, t in zip(places, toponyms)
               if p is not None and t.qualifier == "institution"
               and (POLICE_AFTER.match(text[t.end:t.end + 12]) or text[t.start:t.end] in police_forces())]
    sheriff = any(p is not None and t.qualifier == "institution" and _SHERIFF_AFTER.match(text[t.end:t.end + 20])
                  and (p.country, p.admin1, p.admin2) == (place.country, place.admin1, place.admin2)
                  for p, t in zip(places, toponyms))
    if dateline is not None and dateline.feature == "city" and dateline.population >= ANCHOR_MIN_POPULATION \
            and not sheriff and dateline.admin1 == place.admin1 and not _other_district_told(place, dateline, places):
        # a neighbourhood's dateline ("SOUTH SHORE -") is no police of its own; a county sheriff's place ("in Ashby
        # early Sunday, the Marlow County Sheriff's Office said") is outside the city the report is filed from, and
        # so is a town of another province ("the Elmgrad suburb of Ashby", a town of the province around the capital)
        policed.append(dateline)
    if any(p.name == place.name for p in policed) or re.search(
            rf"\b{re.escape(place.name)}(?:\s+and\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?\s+{_OWN_POLICE}", text):
        return place  # "Elmtown police", "the Elmtown and Springfield police", "the Elmtown rural police": its own
    # (a town of another province is no quarter of the city: "Damascus Police ... Jaramana city in Rural Damascus")
    cities = [p for p in policed if p.feature == "city" and p.population >= max(ANCHOR_MIN_POPULATION, place.population + 1)
              and km(place, p) <= NEIGHBOURHOOD_CITY_KM and p.admin1 == place.admin1]
    return max(cities, key=lambda p: p.population, default=place)


def _other_district_told(place: Place, dateline: Place, places: list[Place | None]) -> bool:
    """The text names a district (county) of the dateline's province other than the city's own, and the place is not
    known to lie in the city's: "SRINAGAR - ... at Beerwah in Badgam district" is a town of that district, not a
    quarter of the city the report is filed from."""
    return place.admin2 != dateline.admin2 and any(
        p is not None and p.feature == "admin2" and p.admin1 == dateline.admin1 and p.name != dateline.admin2
        for p in places)


# A county's sheriff: "Marlow County Sheriff's Office", "the Marlow County sheriff", "Marlow County deputies".
_SHERIFF_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:sheriff|deputies)\b", re.IGNORECASE)


def _suburb_of(dateline: Place, place: Place) -> bool:
    """Whether the dateline's town is a smaller town near the big city chosen as the place (within the reach of
    DATELINE_OVER_WEAK_KM): a report from a suburb names the big city as a landmark, not as the scene."""
    return dateline.feature == "city" and place.feature == "city" and dateline.name != place.name \
        and place.population >= ANCHOR_MIN_POPULATION and dateline.population * SUBURB_SIZE_RATIO < place.population \
        and km(dateline, place) <= DATELINE_OVER_WEAK_KM

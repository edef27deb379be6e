"""Toponym resolution: choose one candidate per place name using the whole document as context.

Decide, then write: ``score_candidates`` and ``choose`` only rank ``Candidate`` records; the gazetteer turns
the chosen ones into ``Place`` records. Context, strongest first: countries and provinces the document names,
other places in the same document (their countries and provinces), the publisher's country, the dateline's
country, and population as the prior.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from eventsift.geo.index_writer import KIND_SKELETON
from eventsift.geo.distance import haversine_km
from eventsift.geo.normalize import name_key

# Score weights. Population enters as log10, so +1 is worth a tenfold population. Set by hand and checked with
# bench/geo_eval.py on the ACLED 2020 file: a country the article names must beat any population gap short of
# ~10^4, a province named in the article ~10^3, another place of the article in the same country ~10^2.
COUNTRY_NAMED_BONUS = 4.0
ADMIN1_NAMED_BONUS = 3.0
SAME_COUNTRY_AS_OTHERS_BONUS = 2.0
SAME_ADMIN1_AS_OTHERS_BONUS = 1.5
PUBLISHER_COUNTRY_BONUS = 1.5
DATELINE_COUNTRY_BONUS = 2.5
# The province or state of the dateline's town ("INDIANAPOLIS (WISH) -"): its towns gain a little over namesakes
# elsewhere in the country. A dateline that writes its state ("CITY, Pa. -") counts as a named state instead.
DATELINE_ADMIN1_BONUS = 1.5
# The outlet's home (eventsift.geo.home: "... | CBS Denver", a station's call sign), when the report names no other
# country: its country counts as a dateline's, its state a little more than a dateline town's (a local outlet
# covers its state), and its town's metro area, which may cross a state line, as much.
HOME_COUNTRY_BONUS = 2.5
HOME_ADMIN1_BONUS = 2.0
HOME_RADIUS_KM = 120.0
# Words that point to a country without naming a place (data/country_cues.tsv): an armed group that acts in one
# country is worth about a province named in the text; a demonym less, since foreign forces share it. Checked on
# the ACLED 2020 file (Yemen's "Al Bayda" against Libya's, "Al Jawf" against Saudi Arabia's).
CUE_BONUS = {"actor": 2.5, "demonym": 0.75}
# An actor that operates in a few provinces (data/country_cues.tsv "areas"): its namesakes there gain as much as
# from a province the text names, so "OSCE monitors ... near Troitske" is Luhansk's Troitske, not Odessa's.
CUE_AREA_BONUS = 3.0
# "X (Y, Z)", "X, Y", "X in Y": Y is the area that encloses X. A candidate of X inside Y's choice gains, Y's
# area readings gain over its towns (the "Idleb" of "Ftireh in Idleb" is the governorate), and Y's candidates
# that contain one of X's candidates gain. Same scale as the bonuses above: enclosure is as strong as a province
# the document names.
ENCLOSED_SAME_ADMIN_BONUS = 3.0
ENCLOSED_SAME_COUNTRY_BONUS = 1.5
ENCLOSING_AREA_BONUS = 1.5
CONTAINS_CHILD_BONUS = 2.0
# ... and a reading of Y that contains none of X's candidates, while another reading does, loses this much: the
# "Niger" of "Minna (Chanchaga LGA, Niger)" is Nigeria's state, not the country, whatever their populations.
CONTRADICTS_CHILD_PENALTY = 4.0
# ... except a first-level area the text spells out whose rival readings are only towns smaller than this: a small town
# named like the province that lies beside a namesake of the child (the gazetteer lacking the child in the province).
SMALL_HOLDER_POPULATION = 100_000
# A town encloses a name the text puts in it ("Jamia Nagar, Delhi", "Williamsville neighbourhood of Abidjan") when
# the name's place lies within this distance of it: a city with its suburbs. Farther, it is a namesake elsewhere.
CITY_RADIUS_KM = 40.0
# Admin areas carry their cities' summed population; these keep a big province from losing to a small town of
# the same name and a country from losing to anything.
FEATURE_BONUS = {"country": 4.0, "admin1": 1.0, "admin2": 0.5, "city": 0.0}
# A match through a looser key is weaker evidence than an exact spelling. A GeoNames alternate name may be a
# historical one (Chattogram was once "Islamabad"): it costs a tenfold population (ACLED 2020: neutral, 0.5-1.5
# move country, admin1 and 25 km by at most 0.002).
KIND_PENALTY = {0: 0.0, 1: 1.0, 2: 3.0, 3: 1.0}
# ACLED geo_precision of the place itself, by feature.
FEATURE_PRECISION = {"city": 1, "admin2": 2, "admin1": 3, "country": 3}


@dataclass(slots=True, kw_only=True)
class Candidate:
    """A gazetteer entry a name may refer to."""

    id: int
    name: str
    country_code: str
    feature: str
    latitude: float
    longitude: float
    admin1: str | None
    admin2: str | None
    geonameid: int | None
    population: int
    namesake: int | None
    kind: int  # 0 name or curated alias, 1 without articles/area words, 2 skeleton, 3 GeoNames alternate


@dataclass(slots=True, kw_only=True)
class Context:
    """What the document says about where it is."""

    countries: set[str] = field(default_factory=set)  # ISO codes of countries the document names
    admin1: set[tuple[str, str]] = field(default_factory=set)  # (country, admin1) the document names
    publisher_country: str | None = None
    dateline_country: str | None = None
    dateline_admin1: tuple[str, str] | None = None  # (country, admin1) of the dateline's town
    dateline_town: Candidate | None = None
    dateline_state: tuple[str, str | None] | None = None  # the (country, admin1) a dateline writes ("CITY, Pa. -")
    title_town: bool = False  # the "dateline" is a town the title names, read alone (a weaker sign)
    desk_dateline: bool = False  # the dateline's town is its country's capital: as often a desk as the scene
    placeless_dateline: bool = False  # a wire dateline that keeps its place back ("CLANDESTINE", "NO CITY")
    home_country: str | None = None  # the outlet's home (eventsift.geo.home), when the report names no other country
    home_admin1: tuple[str, str] | None = None
    home_town: Candidate | None = None
    cues: dict[str, float] = field(default_factory=dict)  # ISO code -> bonus from actor and demonym cues
    cue_areas: set[tuple[str, str]] = field(default_factory=set)  # (country, admin1) where the text's actors operate
    parents: dict[int, int] = field(default_factory=dict)  # toponym index -> index of the area enclosing it
    areas: set[int] = field(default_factory=set)  # toponym indexes the text uses as areas ("X, Y": Y; "Y province")


def prior(candidate: Candidate) -> float:
    return math.log10(candidate.population + 1) + FEATURE_BONUS.get(candidate.feature, 0.0) - KIND_PENALTY[candidate.kind]


def likeliest(candidates: Iterable[Candidate]) -> Candidate | None:
    """The likeliest of ``candidates`` by its prior, then its population; None when there are none."""
    return max(candidates, key=lambda c: (prior(c), c.population), default=None)


def score(candidate: Candidate, context: Context, others: Counter, others_admin1: Counter) -> float:
    """The candidate's score given the document context and the other toponyms' current choices."""
    value = prior(candidate)
    cc = candidate.country_code
    if cc in context.countries:
        value += COUNTRY_NAMED_BONUS
    if candidate.admin1 and (cc, candidate.admin1) in context.admin1 and candidate.feature != "admin1":
        value += ADMIN1_NAMED_BONUS
    if others.get(cc):
        value += SAME_COUNTRY_AS_OTHERS_BONUS
    if candidate.admin1 and others_admin1.get((cc, candidate.admin1)):
        value += SAME_ADMIN1_AS_OTHERS_BONUS
    if cc == context.publisher_country:
        value += PUBLISHER_COUNTRY_BONUS
    if cc == context.dateline_country:
        value += DATELINE_COUNTRY_BONUS
        if candidate.admin1 and (cc, candidate.admin1) == context.dateline_admin1 and candidate.feature != "admin1":
            value += DATELINE_ADMIN1_BONUS
    if cc == context.home_country:
        value += HOME_COUNTRY_BONUS + _home_area_bonus(candidate, context)
    value += context.cues.get(cc, 0.0)
    if candidate.admin1 and (cc, candidate.admin1) in context.cue_areas:
        value += CUE_AREA_BONUS
    return value


def _home_area_bonus(candidate: Candidate, context: Context) -> float:
    if candidate.feature in ("admin1", "country"):
        return 0.0
    if candidate.admin1 and (candidate.country_code, candidate.admin1) == context.home_admin1:
        return HOME_ADMIN1_BONUS
    town = context.home_town
    return HOME_ADMIN1_BONUS if town is not None and near_city(candidate, town, radius_km=HOME_RADIUS_KM) else 0.0


def enclosure_bonus(candidate: Candidate, parent: Candidate | None) -> float:
    """What a candidate gains from lying inside the area its enclosing name was resolved to."""
    if parent is None or candidate.country_code != parent.country_code:
        return 0.0
    if parent.feature == "city":
        return ENCLOSED_SAME_ADMIN_BONUS if near_city(candidate, parent) else 0.0
    if parent.feature == "country":
        return ENCLOSED_SAME_COUNTRY_BONUS
    if parent.feature == "admin2" and candidate.admin2 and candidate.admin2 == parent.admin2:
        return ENCLOSED_SAME_ADMIN_BONUS
    if candidate.admin1 and candidate.admin1 == parent.admin1:
        return ENCLOSED_SAME_ADMIN_BONUS
    return ENCLOSED_SAME_COUNTRY_BONUS


def near_city(place: Candidate, city: Candidate, *, radius_km: float = CITY_RADIUS_KM) -> bool:
    return place.country_code == city.country_code and haversine_km(
        place.latitude, place.longitude, city.latitude, city.longitude) <= radius_km


def contains(area: Candidate, place: Candidate) -> bool:
    """Whether ``place`` lies inside ``area`` (for a town: within its radius)."""
    if area.country_code != place.country_code or area.id == place.id:
        return False
    if area.feature == "city":
        return near_city(place, area)
    if area.feature == "country":
        return True
    if area.feature == "admin1":
        return bool(place.admin1) and place.admin1 == area.admin1
    if area.feature == "admin2":
        return bool(place.admin2) and place.admin2 == area.admin2
    return False


def choose(candidates: Sequence[Candidate], context: Context, others: Counter, others_admin1: Counter, *,
           extra: Callable[[Candidate], float] | None = None) -> Candidate | None:
    if not candidates:
        return None

    def key(c: Candidate) -> tuple:
        return score(c, context, others, others_admin1) + (extra(c) if extra else 0.0), c.population, -c.id

    best = max(candidates, key=key)
    return _world_city(best, candidates, context) or best


# A city this big, named bare, is that city: reporters give a small namesake its state ("Bogota, N.J."), or write
# from its state. A country the text names elsewhere ("cocaine shipped to the United States") does not make
# "Bogota" the small town of that country, when the namesake is at most this share of the city's size.
WORLD_CITY_MIN_POPULATION = 1_000_000
WORLD_CITY_NAMESAKE_SHARE = 0.01


def _world_city(best: Candidate, candidates: Sequence[Candidate], context: Context) -> Candidate | None:
    """The world city of ``best``'s name, where ``best`` is a small namesake whose state the text gives no sign of."""
    if best.feature != "city":
        return None
    big = max((c for c in candidates if c.feature == "city" and c.kind == 0), key=lambda c: c.population, default=None)
    if big is None or big.population < WORLD_CITY_MIN_POPULATION or best.population > big.population * WORLD_CITY_NAMESAKE_SHARE:
        return None
    state = (best.country_code, best.admin1)
    if best.admin1 and (state in context.admin1 or state in (context.dateline_admin1, context.home_admin1)
                        or state == context.dateline_state or state in context.cue_areas):
        return None
    return big


def choose_all(candidate_lists: Sequence[Sequence[Candidate]], context: Context, *,
               told_alone: frozenset[int] = frozenset()) -> list[Candidate | None]:
    """Choose for every toponym: first on the document context alone, then again with the others' choices
    and with the areas that enclose them. A town with a reading of another name of the report nearby gains.
    ``told_alone``: the names that are the dateline's town told again, whose readings its state does not favour
    (the dateline was read alone, as the name's likeliest reading: the same name, no other sign)."""
    empty: Counter = Counter()
    children: dict[int, list[int]] = {}
    for child, parent in context.parents.items():
        children.setdefault(parent, []).append(child)
    close = _near_other_names(candidate_lists)
    paired = _county_and_town(candidate_lists)

    def near(c: Candidate) -> float:
        return (NEAR_OTHER_NAME_BONUS if c.id in close else 0.0) + (COUNTY_AND_TOWN_BONUS if c.id in paired else 0.0)

    def not_told_alone(c: Candidate) -> float:
        return -DATELINE_ADMIN1_BONUS if c.feature != "admin1" and c.admin1 and c.country_code == context.dateline_country \
            and (c.country_code, c.admin1) == context.dateline_admin1 else 0.0

    def first_extra(i: int) -> Callable[[Candidate], float]:
        area_extra = _area_extra(i, candidate_lists, children, context.areas)
        own = not_told_alone if i in told_alone else (lambda c: 0.0)
        return lambda c: near(c) + own(c) + (area_extra(c) if area_extra else 0.0)

    picks = [choose(cands, context, empty, empty, extra=first_extra(i)) for i, cands in enumerate(candidate_lists)]
    # a name the report repeats is one place told again, not another place of the report: its mentions do not
    # support each other's reading ("shot in Elmwood ... Elmwood police" lends the biggest Elmwood nothing)
    same_name: dict[frozenset[int], list[int]] = {}
    for i, cands in enumerate(candidate_lists):
        same_name.setdefault(frozenset(c.id for c in cands), []).append(i)
    for _ in range(RESOLUTION_ROUNDS):
        before = list(picks)
        countries = Counter(p.country_code for p in picks if p)
        admin1 = Counter((p.country_code, p.admin1) for p in picks if p and p.admin1)
        for i, cands in enumerate(candidate_lists):  # in text order, each choice seeing the latest of the others
            mentions = same_name[frozenset(c.id for c in cands)]
            for j in mentions:
                _count(countries, admin1, picks[j], -1)
            others, others_admin1 = +countries, +admin1
            for j in mentions:
                if j != i:
                    _count(countries, admin1, picks[j], +1)
            parent = picks[context.parents[i]] if i in context.parents else None
            area_extra = _area_extra(i, candidate_lists, children, context.areas)

            own = not_told_alone if i in told_alone else None

            def extra(c: Candidate, parent: Candidate | None = parent, area_extra=area_extra, own=own) -> float:  # noqa: ANN001
                return enclosure_bonus(c, parent) + (area_extra(c) if area_extra else 0.0) + near(c) + (own(c) if own else 0.0)

            picks[i] = choose(cands, context, others, others_admin1, extra=extra)
            _count(countries, admin1, picks[i], +1)
        if picks == before:
            break
    return picks


# Reporters name places that lie together: the town and the town next to it ("in Montgomery, near Aurora"), the suburb
# and the city. A town's reading within this distance of a reading of another name of the report gains as much as a
# tenfold population and a half, about a province the text names by a town of it: the pair of small namesakes in one
# state beats two big ones in different states.
NEAR_OTHER_NAME_KM = 25.0
NEAR_OTHER_NAME_BONUS = 1.5
_GRID_DEGREES = 0.5


def _near_other_names(candidate_lists: Sequence[Sequence[Candidate]]) -> set[int]:
    """Ids of the town readings that lie within NEAR_OTHER_NAME_KM of a town reading of another name, for names that are
    only towns' (a grid of half-degree cells: a report's hundreds of readings cost a few thousand distance checks)."""
    cells: dict[tuple[int, int], list[tuple[int, Candidate]]] = {}
    names = [frozenset(c.id for c in cands) for cands in candidate_lists]
    for i, cands in enumerate(candidate_lists):
        for c in cands:
            if c.feature == "city":
                cells.setdefault(_cell(c), []).append((i, c))
    close: set[int] = set()
    for i, cands in enumerate(candidate_lists):
        if any(c.feature != "city" for c in cands):
            continue  # a name that is also an area's ("Laghman", the province and its capital) keeps its area reading
        for c in cands:
            if c.id in close:
                continue
            row, col = _cell(c)
            if any(names[j] != names[i] and other.id != c.id
                   and haversine_km(c.latitude, c.longitude, other.latitude, other.longitude) <= NEAR_OTHER_NAME_KM
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) for j, other in cells.get((row + dr, col + dc), ())):
                close.add(c.id)
    return close


# A county and a town of it named in one report ("Marlow County prosecutors ... police in Elmtown") are read together:
# the town's reading inside a reading of the county gains as much as two towns lying together (from the first round
# on: each alone would take its biggest namesake, and neither would then support the other). The county gains only
# through the town's choice, as from any other place of its state: a town's name has more namesakes than a county's.
COUNTY_AND_TOWN_BONUS = NEAR_OTHER_NAME_BONUS


def _county_and_town(candidate_lists: Sequence[Sequence[Candidate]]) -> set[int]:
    """Ids of the town readings that lie inside a county reading of another name of the report."""
    names = [frozenset(c.id for c in cands) for cands in candidate_lists]
    counties: dict[tuple[str, str | None, str], list[tuple[int, Candidate]]] = {}
    for i, cands in enumerate(candidate_lists):
        for c in cands:
            if c.feature == "admin2" and c.admin2:
                counties.setdefault((c.country_code, c.admin1, c.admin2), []).append((i, c))
    paired: set[int] = set()
    if not counties:
        return paired
    for i, cands in enumerate(candidate_lists):
        for c in cands:
            if c.feature != "city" or not c.admin2:
                continue
            holders = [county for j, county in counties.get((c.country_code, c.admin1, c.admin2), ()) if names[j] != names[i]]
            if holders:
                paired.add(c.id)
    return paired


def _cell(c: Candidate) -> tuple[int, int]:
    return int(c.latitude // _GRID_DEGREES), int(c.longitude // _GRID_DEGREES)


def _count(countries: Counter, admin1: Counter, pick: Candidate | None, step: int) -> None:
    if pick is not None:
        countries[pick.country_code] += step
        if pick.admin1:
            admin1[(pick.country_code, pick.admin1)] += step


def _area_extra(index: int, candidate_lists: Sequence[Sequence[Candidate]], children: dict[int, list[int]],
                areas: set[int]) -> Callable[[Candidate], float] | None:
    """For a name used as an area: area readings gain, and more so when they contain a child's candidate."""
    if index not in children and index not in areas:
        return None
    inner = [c for child in children.get(index, ()) for c in candidate_lists[child]]
    holding = [c for c in candidate_lists[index] if any(contains(c, x) for x in inner)]
    holders = {c.id for c in holding}
    # "Ashby, Elmstate": a province written in full after a town is the province, though the gazetteer lacks the town
    # there and a small town named like the province lies beside a namesake of the town elsewhere (not the province's
    # own seat: a town inside it that holds the child is as good as the province)
    small_towns = all(c.feature == "city" and c.population < SMALL_HOLDER_POPULATION for c in holding)

    def extra(c: Candidate) -> float:
        if c.id in holders:
            return (c.feature != "city") * ENCLOSING_AREA_BONUS + CONTAINS_CHILD_BONUS
        spared = c.feature == "admin1" and c.kind == 0 and small_towns and not any(
            h.country_code == c.country_code and h.admin1 == c.admin1 for h in holding)
        return (c.feature != "city") * ENCLOSING_AREA_BONUS - (CONTRADICTS_CHILD_PENALTY if holders and not spared else 0.0)

    return extra


# Re-scoring rounds with the other toponyms' choices; choices settle after one or two on real articles.
RESOLUTION_ROUNDS = 3
# Support a country needs from the rest of the document before a name resolved elsewhere, with nothing for its own
# country, is taken for a foreign homonym: a country the text names counts 2, each other place name resolved there
# 1, an armed group that acts there 1. Two keeps "a drone struck Tripoli, officials in Washington said" as it is
# (one name each) while "Dardara, Ras al Ain, Al-Hasakeh" drops Morocco's Derdara. Checked on the ACLED 2020 file.
STRAY_MIN_SUPPORT = 2
# The longest name key that is an abbreviation rather than an area's name written out ("kp", "fct", "nsw").
MAX_ABBREVIATION_KEY = 3
# Areas named only by their direction ("Eastern", "Central", "Far North"): as often a word of something else's name
# ("the party's Eastern Region director").
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                             "centre", "center", "northeast", "northwest", "southeast", "southwest", "far", "upper",
                             "lower", "middle", "coast", "coastal", "capital", "region"})
DATELINE_SUPPORT_MIN_POPULATION = 100_000
NAMED_COUNTRY_SUPPORT = 2
# Qualifiers that make a name somewhere the event did not happen ("goods from Turkey", "taken to Quetta", "Luhansk
# People's Militia", "two tours in Iraq", "in reprisal for a raid on Elmtown"): such a name is no support for its
# country, so "trailers from Turkey ... a protest in Batumi" keeps Batumi in Georgia.
NOT_HERE_QUALIFIERS = frozenset({"from", "within a name", "destination", "actor", "border", "service", "subject"})


def _support_by_name(picks: Sequence[Candidate | None], keys: Sequence[str], *, area: Callable[[Candidate], Hashable | None],
                     named: tuple[str, ...], told_as_areas: Sequence[bool] = ()) -> tuple[dict[str, Counter], Counter]:
    """Each distinct name key's vote for the area its first pick lies in (``area``; ``None``: no vote), 2 when the
    pick is itself such an area or a part of it the text names as plainly (a feature in ``named``; a first-level
    area only when ``_written_out``; with "admin1" in ``named``, also a name ``told_as_areas`` whose pick is the
    area's seat: "Kano State"), else 1; and the votes of all names together."""
    per_key: dict[str, Counter] = {}
    for i, (key, pick) in enumerate(zip(keys, picks)):
        if pick is not None and key not in per_key and (where := area(pick)) is not None:
            as_area = pick.feature == "admin1" or (i < len(told_as_areas) and told_as_areas[i])
            plain = ("admin1" in named and _written_out(key)) if as_area else pick.feature in named
            per_key[key] = Counter({where: NAMED_COUNTRY_SUPPORT if plain else 1})
    return per_key, sum(per_key.values(), Counter())


def _written_out(key: str) -> bool:
    """A first-level area's own name, neither letters ("RJ", "KP") nor words of direction ("Eastern", "Far North")."""
    return len(key) > MAX_ABBREVIATION_KEY and not set(key.split()) <= DIRECTION_WORDS


def country_support(picks: Sequence[Candidate | None], keys: Sequence[str], cues: dict[str, float], *,
                    told_as_areas: Sequence[bool] = ()) -> dict[str, Counter]:
    """For each name key, the support every country gets from the document without that name."""
    # a first-level area is named as plainly as its country ("in Mhemideh in Deir-ez-Zor"), also when the name told
    # with its kind of area reads as the area's seat ("in Kano State")
    per_key, total = _support_by_name(picks, keys, area=lambda c: c.country_code, named=("country", "admin1"),
                                      told_as_areas=told_as_areas)
    total.update({cc: 1 for cc, bonus in cues.items() if bonus >= CUE_BONUS["actor"]})
    return {key: total - per_key.get(key, Counter()) for key in keys}


def drop_strays(candidate_lists: Sequence[Sequence[Candidate]], picks: Sequence[Candidate | None],
                keys: Sequence[str], context: Context, *, silent: Sequence[bool] = (),
                told_as_areas: Sequence[bool] = ()) -> list[Candidate | None]:
    """A place chosen in a country the rest of the document does not support, while it firmly supports another,
    is a foreign homonym: take the name's best candidate in a supported country instead, else nothing (the
    caller falls back to the area the text puts the name in). ``silent`` names lend their country no support;
    names ``told_as_areas`` ("Kano State", its pick the state's seat) weigh as their first-level area."""
    # a name read under another spelling (a skeleton's or an alternate's) is too weak a sign to vouch for a country
    voices = [None if i < len(silent) and silent[i] or pick is not None and pick.kind >= KIND_SKELETON else pick
              for i, pick in enumerate(picks)]
    support = country_support(voices, keys, context.cues, told_as_areas=told_as_areas)
    # names of where people or things came from or went ("a report from Elmshire department", "flying from Ashby to
    # Marlow") do not place the event, yet tell which country the report is about: one vote each, against a small
    # town only (a big foreign city is one readers know: "refugees from Aleppo protested in Beirut")
    quiet_voices = [pick if i < len(silent) and silent[i] else None for i, pick in enumerate(picks)]
    quiet_keys, quiet_total = _support_by_name(quiet_voices, keys, area=lambda c: c.country_code, named=())
    # "CITY, Pa. -", "QUITO, 4 MAY 90 (AGENCY) --": the dateline names its country as plainly as the text (a city
    # dateline only when it is a big one: a small namesake may be a word the page put first, "UPDATE -")
    dateline_country = context.dateline_state[0] if context.dateline_state is not None else (
        context.dateline_country if context.dateline_town is not None and not context.title_town
        and context.dateline_town.population >= DATELINE_SUPPORT_MIN_POPULATION else None)
    out = list(picks)
    for i, (cands, pick) in enumerate(zip(candidate_lists, picks)):
        if pick is None or pick.feature == "country":
            continue
        others = support.get(keys[i], Counter())
        # a dateline town alone outweighs only a small place: an agency writes from its desk about big towns abroad
        # ("WASHINGTON (AP) - A bomb killed five in Kandahar"); a dateline that writes its state or country counts
        # as that name in the text
        if dateline_country is not None and (context.dateline_state is not None
                                             or pick.population < STRAY_STATE_MAX_POPULATION
                                             or max(others.values(), default=0) >= STRAY_MIN_SUPPORT):
            others = others + Counter({dateline_country: NAMED_COUNTRY_SUPPORT})
        if pick.population < STRAY_STATE_MAX_POPULATION:
            others = others + (quiet_total - quiet_keys.get(keys[i], Counter()))
        if context.home_country is not None and context.home_country != dateline_country:
            # a local outlet's country, in a report that names no other (the home is not set otherwise)
            others = others + Counter({context.home_country: NAMED_COUNTRY_SUPPORT})
        # a first-level area weighs as much as one name against it: two areas of two countries ("Karak in Dar'a")
        # keep each other
        area = pick.feature == "admin1" or (i < len(told_as_areas) and told_as_areas[i] and _written_out(keys[i]))
        needed = STRAY_MIN_SUPPORT + (NAMED_COUNTRY_SUPPORT - 1 if area else 0)
        if max(others.values(), default=0) < needed:
            continue
        if others.get(pick.country_code, 0) and (pick.kind < KIND_SKELETON
                                                 or others[pick.country_code] >= max(others.values())):
            continue  # (a name under another spelling only in the country the document supports most: "Raipura"
            # beside Narsingdi and Dhaka is no Indian city's alternate name)
        least = max(others.values()) if pick.kind >= KIND_SKELETON else STRAY_MIN_SUPPORT
        supported = [c for c in cands if others.get(c.country_code, 0) >= least]
        out[i] = max(supported, key=lambda c: (score(c, context, others, Counter()), c.population)) if supported else None
    return out


def drop_unvouched(candidate_lists: Sequence[Sequence[Candidate]], picks: Sequence[Candidate | None],
                   keys: Sequence[str], context: Context) -> list[Candidate | None]:
    """Guesses that are no places. A town the gazetteer holds only as a hamlet (under FIND_MIN_POPULATION people) or
    only under another of its spellings (a town under FIND_ALTERNATE_POPULATION), in a country nothing else in the
    document names (no other place, armed group, nationality, dateline or outlet's home), gives no place while the
    document firmly names another country (a place, an armed group, a dateline): it is one of that country's that the
    gazetteer lacks ("Mayi Mayi fighters clashed near X", X a Chinese hamlet). A hamlet named like a common English
    word gives none even alone ("a summons in Council"). (Alone, a town under another spelling stays: notes spell
    names in many ways; so does one whose name is also its province's own, read as the province's seat.)"""
    # (imported here: eventsift.geo.scan imports this module through eventsift.geo.enclosure)
    from eventsift.geo.scan import FIND_ALTERNATE_POPULATION, FIND_MIN_POPULATION, is_common_word

    def hamlet(pick: Candidate) -> bool:
        return pick.kind == 0 and pick.population < FIND_MIN_POPULATION

    def spelling_only(pick: Candidate, candidates: Sequence[Candidate]) -> bool:
        return pick.kind >= KIND_SKELETON and pick.population < FIND_ALTERNATE_POPULATION and not any(
            c.kind < KIND_SKELETON and c.country_code == pick.country_code for c in candidates)

    weak = {i for i, pick in enumerate(picks) if pick is not None and pick.feature == "city"
            and (hamlet(pick) or spelling_only(pick, candidate_lists[i]))}
    firm = {cc for cc, bonus in context.cues.items() if bonus >= CUE_BONUS["actor"]}
    firm |= {context.dateline_country, context.home_country,
             context.dateline_state[0] if context.dateline_state else None}
    named = firm | {cc for cc, bonus in context.cues.items() if bonus > 0}
    out = list(picks)
    for i in weak:
        places = {pick.country_code for j, pick in enumerate(picks)
                  if pick is not None and j not in weak and keys[j] != keys[i]}
        if picks[i].country_code in named | places:
            continue
        if hamlet(picks[i]) and " " not in keys[i] and is_common_word(keys[i]) or (firm | places) - {None}:
            out[i] = None
    return out


# A town in another state than the one a dateline writes, in a state the text never names, is a namesake or a
# person's name ("Thompson pulled out a gun" under "BENTON TOWNSHIP, Mich. -") unless it is a city this big.
STRAY_STATE_MAX_POPULATION = 100_000
# ... under a dateline that writes its state, unless it is a city this big: a local report's names are its area's
# ("Raleigh" under "MEMPHIS, Tenn. -" is a part of Memphis), and a big city elsewhere is named with its state or is
# one a reader knows without it. (A big city's dateline alone is as often a wire desk's: Latin American wire copy
# from one department names the big cities of others plainly.)
DATELINE_STRAY_MAX_POPULATION = 1_000_000
# Countries whose house style leaves the state out of a big city's dateline only ("CHICAGO (AP) -", the cities that
# stand alone): there a big city's dateline says its state as plainly as a written one, and a city of another state
# short of a million that the report names alone ("in the 7900 block of Elm Avenue in Gresham", a quarter's name) is a
# stray, as under a written state.
STATE_SILENT_DATELINE_COUNTRIES = frozenset({"US"})


def drop_state_strays(candidate_lists: Sequence[Sequence[Candidate]], picks: Sequence[Candidate | None],
                      context: Context, *, districts: Sequence[bool] = (),
                      towns: Sequence[bool] = ()) -> list[Candidate | None]:
    """Under a dateline that writes its state or names a big city (else under a local outlet's home state), a small
    town (under a written state, a town short of a city of a million, or a county) chosen in another state the text
    does not name gives way to the name's reading in that state, else to nothing. ``districts``: per name, whether
    the text tells it as a district or county ("Elm district"), which names its state as plainly; ``towns``: whether
    it tells it as a town or a city ("the central city of Elmtown"), which no person or quarter is: kept when the
    dateline's state has no town of its name."""
    town = context.dateline_town
    big = town if town is not None and not context.title_town and not context.desk_dateline and town.admin1 \
        and town.population >= DATELINE_SUPPORT_MIN_POPULATION else None
    largest = DATELINE_STRAY_MAX_POPULATION
    features = ("city",)
    if context.dateline_state is not None and context.dateline_state[1] is not None:
        (country, state), town, radius = context.dateline_state, context.dateline_town, CITY_RADIUS_KM
        features = ("city", "admin2")  # a county too, under a dateline that writes its state
    elif big is not None:  # "CINCINNATI (STATION) -": a big city's dateline says its state as plainly (a capital's
        # may be an agency's desk reporting on the provinces: "LIMA, 3 MAY 90 (AGENCY) -- ... in Ayacucho")
        (country, state), town, radius = (big.country_code, big.admin1), big, CITY_RADIUS_KM
        largest = DATELINE_STRAY_MAX_POPULATION if country in STATE_SILENT_DATELINE_COUNTRIES \
            else STRAY_STATE_MAX_POPULATION
    elif context.home_admin1 is not None:
        (country, state), town, radius = context.home_admin1, context.home_town, HOME_RADIUS_KM
        largest = STRAY_STATE_MAX_POPULATION
    else:
        return list(picks)
    # a district or county the text names is as plain a word on its state ("near Elmtown in Marlow district" under
    # the capital's dateline, where a force's press office writes from)
    areas = {(p.country_code, p.admin1) for p, told in zip(picks, districts)
             if told and p is not None and p.feature == "admin2"}
    out = list(picks)
    for i, (cands, pick) in enumerate(zip(candidate_lists, picks)):
        if (pick is None or pick.feature not in features or pick.country_code != country or pick.admin1 == state
                or (country, pick.admin1) in context.admin1 or (country, pick.admin1) in areas
                or pick.population >= largest
                or (town is not None and near_city(pick, town, radius_km=radius))):
            continue
        inside = [c for c in cands if c.country_code == country and c.admin1 == state]
        out[i] = likeliest(inside) or (pick if i < len(towns) and towns[i] else None)
    return out


# Support a state needs from the rest of the report before a small town chosen in another state, that nothing
# else in the report supports, is taken for a namesake or a person (a neighbourhood of the report's city that
# shares a small town's name, an officer's surname): a state the text names or a dateline's or outlet's state
# counts 2, each other place resolved in it 1.
STATE_MIN_SUPPORT = 2
# A name the report gives its own police keeps a reading of at least this size when the state the report supports
# has none: a town big enough to run a police department of its own (GeoNames' hamlets that share a town's name
# abroad are smaller).
POLICED_TOWN_MIN_POPULATION = 10_000


def drop_unsupported_states(candidate_lists: Sequence[Sequence[Candidate]], picks: Sequence[Candidate | None],
                            keys: Sequence[str], context: Context, *, silent: Sequence[bool] = (),
                            policed: frozenset[str] = frozenset(),
                            towns: frozenset[str] = frozenset()) -> list[Candidate | None]:
    """A small town in a state nothing else in the report supports, while the report firmly supports another state
    of the same country, gives way to the name's reading in that state, else to nothing; a name the report gives
    its own police ("the Elmtown Police Department", keys in ``policed``) is a town, not a person or a street, and
    keeps its reading (spelt as the gazetteer spells it) when the supported state has none; so does a name the
    report calls a town ("the town of Ashby", keys in ``towns``): a report of a war names towns across provinces
    (a small namesake is still dropped: villages share names across a country, unless the country has no other place
    of that name)."""
    voices = [None if i < len(silent) and silent[i] else pick for i, pick in enumerate(picks)]
    per_key, total = _support_by_name(voices, keys, area=lambda c: (c.country_code, c.admin1) if c.admin1 else None,
                                      named=("admin1",))
    for area in (context.dateline_state, context.home_admin1):
        if area is not None and area[1] is not None:
            total[area] += NAMED_COUNTRY_SUPPORT
    out = list(picks)
    for i, (cands, pick) in enumerate(zip(candidate_lists, picks)):
        if pick is None or pick.feature != "city" or not pick.admin1 or pick.population >= STRAY_STATE_MAX_POPULATION \
                or keys[i] == name_key(pick.admin1):
            continue  # (a town named as its own province is the seat of it, "Elmshire, Elmshire": no namesake)
        if name_key(pick.name) == name_key(pick.admin1) and not any(
                p is not None and p.feature == "admin1" and keys[j] == keys[i] for j, p in enumerate(picks)):
            continue  # (so is one the gazetteer names so, told by another spelling, "Saada" for Sadah in Sadah, unless
            # the report tells the name as the province itself elsewhere: "Marib and Al Bayda governorates")
        support = total - per_key.get(keys[i], Counter())
        if support.get((pick.country_code, pick.admin1), 0) \
                and not _only_scattered_support(pick, keys[i], voices, keys, context):
            continue
        firm = [area for area, n in support.items() if area[0] == pick.country_code and n >= STATE_MIN_SUPPORT]
        if not firm:
            continue
        inside = [c for c in cands if (c.country_code, c.admin1) in firm]
        # (a town's own police name it as the gazetteer spells it; a town told as one may be by another of its names)
        # (a small town told as one keeps its reading when the country has no other place of its name)
        alone = sum(c.country_code == pick.country_code for c in cands) == 1
        kept = (pick.population >= POLICED_TOWN_MIN_POPULATION or alone and keys[i] in towns) and (
            (keys[i] in policed and pick.kind == 0) or (keys[i] in towns and pick.kind != KIND_SKELETON))
        if inside or not kept:
            out[i] = likeliest(inside)
    return out


# Small towns of one state this far apart lend each other no support: places a report tells together lie near each
# other, while people's names that are also small towns' ("Deputy Ann Kestrel ... Sheriff Dale Ashby said") are strewn
# across a state.
SCATTERED_SUPPORT_KM = 100.0


def _only_scattered_support(pick: Candidate, key: str, picks: Sequence[Candidate | None], keys: Sequence[str],
                            context: Context) -> bool:
    """Whether ``pick``'s state is supported only by other names' small towns far from it (SCATTERED_SUPPORT_KM),
    with no dateline, outlet or named area of that state."""
    area = (pick.country_code, pick.admin1)
    if area in (context.dateline_state, context.home_admin1, context.dateline_admin1) or area in context.admin1:
        return False
    others = [p for j, p in enumerate(picks) if p is not None and keys[j] != key
              and (p.country_code, p.admin1) == area]
    return bool(others) and all(
        p.feature == "city" and p.population < STRAY_STATE_MAX_POPULATION
        and not near_city(p, pick, radius_km=SCATTERED_SUPPORT_KM) for p in others)


def qualifier_precision(qualifier: str | None, patterns: dict[str, int]) -> int:
    """The geo_precision a qualifier implies ("near" -> 2), 1 when it implies nothing."""
    if not qualifier:
        return 1
    text = qualifier.lower()
    best = 1
    for pattern, precision in patterns.items():
        if re.search(rf"(?<![a-z]){re.escape(pattern)}(?![a-z])", text) or (
            pattern in ("km", "kms", "miles") and re.search(rf"\d\s*{pattern}\b", text)
        ):
            best = max(best, precision)
    return best

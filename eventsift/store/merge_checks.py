"""The criteria of "same incident", one function each: type, date, place (with the place hierarchy), actors, and
what the texts say (tolls, finer places, people and targets, specific words)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from eventsift.documents import dedup
from eventsift.geo.distance import haversine_km
from eventsift.records import Event
from eventsift.store.merge_history import COUNT_FIELDS, _published
from eventsift.store.merge_rules import (
    COMPATIBLE_TYPES, COUNT_RATIO, COUNT_SLACK, DEVELOPMENTS, LATE_REPORT_WINDOW_DAYS, MERGE_RADIUS_BY_PRECISION_KM,
    MERGE_RADIUS_KM, MISREAD_DEVELOPMENTS, NOT_PERSON_WORDS,
    MERGE_WINDOW_DAYS, MIN_SHARED_PROTEST_WORDS, MIN_SPECIFIC_OVERLAP, MIN_SPECIFIC_WORDS, NON_PLACES, NOTHING_SPECIFIC,
    PLACE_NOUNS, PRECISION_DAYS, PROTEST_RADIUS_KM, PROTEST_TYPES, SAME_COUNTY_KM, SAME_WORDING_SIMILARITY,
    STREET_WORDS, STRONG_TYPE_FAMILIES, SUB_EVENT_GROUPS, UNIDENTIFIED_WORDS,
)
from eventsift.store.merge_text import _WORD_RE, Said, _norm, _stem, _words, said


def is_unidentified(actor: str | None) -> bool:
    name = _norm(actor)
    return not name or any(word in name for word in UNIDENTIFIED_WORDS)


def actors_compatible(a: str | None, b: str | None) -> bool:
    """Two actor names can be one party: equal, one inside the other, or either unnamed."""
    if is_unidentified(a) or is_unidentified(b):
        return True
    na, nb = _norm(a), _norm(b)
    return na == nb or na in nb or nb in na


def _type_check(a: Event, b: Event) -> str | None:
    if a.event_type == b.event_type:
        return f"same type ({a.event_type})"
    if frozenset((a.event_type, b.event_type)) in COMPATIBLE_TYPES:
        return f"compatible types ({a.event_type} / {b.event_type})"
    return None


def _subtype_check(a: Event, b: Event) -> str | None:
    if not a.sub_event_type or not b.sub_event_type or a.sub_event_type == b.sub_event_type:
        return f"same sub-event type ({a.sub_event_type or b.sub_event_type or '-'})"
    if any(a.sub_event_type in g and b.sub_event_type in g for g in SUB_EVENT_GROUPS):
        return f"compatible sub-event types ({a.sub_event_type} / {b.sub_event_type})"
    return None


def _assoc_compatible(a: str | None, b: str | None) -> bool:
    """Associated actors ("A; B") agree when either names none or some name appears in both."""
    if not a or not b:
        return True
    parts_a, parts_b = [p for p in a.split(";") if p.strip()], [p for p in b.split(";") if p.strip()]
    return any(_norm(x) == _norm(y) or _norm(x) in _norm(y) or _norm(y) in _norm(x) for x in parts_a for y in parts_b)


def _place_check(a: Event, b: Event) -> tuple[str | None, float | None]:
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        precision = max(a.geo_precision or 1, b.geo_precision or 1)
        radius = MERGE_RADIUS_BY_PRECISION_KM.get(precision, MERGE_RADIUS_KM)
        if precision == 1 and {a.event_type, b.event_type} <= PROTEST_TYPES:
            radius = PROTEST_RADIUS_KM
        if km <= radius:
            return f"places {km:.1f} km apart (radius {radius:g} km)", km
        return None, km
    if (a.location and _norm(a.location) not in NON_PLACES and _norm(a.location) == _norm(b.location)
            and _norm(a.country) == _norm(b.country)):
        return f"same named place ({a.location}), no coordinates", None
    return None, None


def _date_check(a: Event, b: Event) -> tuple[str | None, int | None]:
    if a.event_date is None or b.event_date is None:
        return None, None
    days = abs((a.event_date - b.event_date).days)
    slack = max(PRECISION_DAYS.get(a.date_precision or "day", 0), PRECISION_DAYS.get(b.date_precision or "day", 0))
    window = MERGE_WINDOW_DAYS + slack
    if days <= window:
        return f"dates {days} day(s) apart (window {window})", days
    return None, days


def _actor_check(a: Event, b: Event) -> str | None:
    if not (_assoc_compatible(a.assoc_actor_1, b.assoc_actor_1) and _assoc_compatible(a.assoc_actor_2, b.assoc_actor_2)):
        return None
    straight = actors_compatible(a.actor1, b.actor1) and actors_compatible(a.actor2, b.actor2)
    if straight:
        return f"actors compatible ({a.actor1 or '-'} / {b.actor1 or '-'})"
    if _one_crowd(a, b) and actors_compatible(a.actor2, b.actor2):
        return f"actors compatible (one crowd, named by each report's type: {a.actor1} / {b.actor1})"
    # A clash may name its sides in either order.
    # A clash may name its sides in either order; the swap needs one named side to match.
    named_match = (not is_unidentified(a.actor1) and not is_unidentified(b.actor2)) or (
        not is_unidentified(a.actor2) and not is_unidentified(b.actor1)
    )
    if (a.event_type == b.event_type == "Battles" and named_match and actors_compatible(a.actor1, b.actor2)
            and actors_compatible(a.actor2, b.actor1)):
        return "actors compatible (sides named in the other order)"
    return None

def _one_crowd(a: Event, b: Event) -> bool:
    """A protest and a riot whose first actors are the crowd each type names ("Protesters (X)", "Rioters (X)"): one
    gathering that one outlet tells as a protest and another as a riot, its crowd named by the coded type."""
    if {a.event_type, b.event_type} != PROTEST_TYPES:
        return False
    crowd = {_norm(x.actor1).split(" (", 1)[0] for x in (a, b)}
    places = {_norm(x.actor1).partition(" (")[2] for x in (a, b)}
    return crowd == {"protesters", "rioters"} and len(places) == 1


def _counts_check(a: Event, b: Event) -> str | None:
    """None when the tolls agree (or one is a later report's revision), else why not."""
    for name in COUNT_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        if va is None or vb is None or va == vb:
            continue
        (low, low_report), (high, high_report) = sorted(((va, a), (vb, b)), key=lambda x: x[0])
        # Outlets of one day differ by a few (24 / 25 / 27), but "nobody died" and "two died" is not a few off.
        if high <= COUNT_RATIO * low + COUNT_SLACK and not (low == 0 and high >= COUNT_SLACK):
            continue
        if _published(high_report) > _published(low_report):
            continue  # a follow-up revising the toll upwards
        return f"{name} {low} and {high} on the same day"
    return None


def _explained(name: str, other: Said, geography: set[str]) -> bool:
    """A place name the other report also uses, or part of the events' own geography."""
    words = [w for w in name.split() if len(w) > 2 and w not in PLACE_NOUNS]
    return name in other.places or any(w in geography or w in other.all_words for w in words)


def evidence_check(a: Event, b: Event, *,
                   persons: Iterable[str] = ()) -> tuple[str | None, str | None, float | None]:
    """(why the texts agree, why they do not, word similarity): one of the first two is None.

    A report without evidence sentences is judged by its fields alone. ``persons``: the people the reports' documents
    name in full (their ``person:`` keys), whose names are no places ("in Jon's death").
    """
    sa, sb = said(a), said(b)
    if sa is None or sb is None:
        why = _counts_check(a, b)
        return (None, why, None) if why else ("no evidence sentences to compare (fields only)", None, None)
    similarity = dedup.similarity(sa.fingerprint, sb.fingerprint)
    why = _counts_check(a, b)
    if why:
        return None, why, similarity
    if sa.series and sb.series:
        return None, "both are one attack of a series (coded as separate events)", similarity
    # The events' own places, up to their country ("in the United States" names no finer place).
    geography = _geography(a) | _geography(b)
    only_a = sorted(p for p in sa.places if not _explained(p, sb, geography))
    only_b = sorted(p for p in sb.places if not _explained(p, sa, geography))
    if only_a and only_b:  # the people either report names are read only when both name places of their own
        named = sa.name_stems | sb.name_stems | {_stem(w) for person in persons for w in person.split()}
        only_a = [p for p in only_a if not _named_owner(p, sa.text, named)]
        only_b = [p for p in only_b if not _named_owner(p, sb.text, named)]
    apart = _named_apart(only_a, only_b)
    if apart:
        return None, f"different places named ({apart[0]} / {apart[1]})", similarity
    # Not a run with a word of the events' places or actors, nor of a tip line, a unit or a newspaper (not_person_words)
    not_names = _not_names(a, b) | NOT_PERSON_WORDS
    people_a = {n[-1] for n in sa.people if not set(n) & not_names} - sb.lowercase - sa.lowercase
    people_b = {n[-1] for n in sb.people if not set(n) & not_names} - sb.lowercase - sa.lowercase
    if people_a and people_b and not (people_a & sb.capitalised or people_b & sa.capitalised):
        return None, f"different people named ({', '.join(sorted(people_a)[:2])} / {', '.join(sorted(people_b)[:2])})", similarity
    if sa.participants and sb.participants and not sa.participants & sb.participants:
        return None, f"different people ({', '.join(sorted(sa.participants))} / {', '.join(sorted(sb.participants))})", similarity
    if sa.targets and sb.targets and not sa.targets & sb.targets:
        return None, f"different targets ({', '.join(sorted(sa.targets))} / {', '.join(sorted(sb.targets))})", similarity
    shared = sa.words & sb.words
    smaller = min(len(sa.words), len(sb.words))
    overlap = len(shared) / smaller if smaller else 1.0
    if similarity < SAME_WORDING_SIMILARITY and smaller >= MIN_SPECIFIC_WORDS and overlap < MIN_SPECIFIC_OVERLAP:
        return None, f"{NOTHING_SPECIFIC} (shared words {overlap:.2f})", similarity
    if (similarity < SAME_WORDING_SIMILARITY and {a.event_type, b.event_type} <= PROTEST_TYPES
            and len(shared) < MIN_SHARED_PROTEST_WORDS):
        return None, f"{NOTHING_SPECIFIC} (protests sharing {len(shared)} specific words)", similarity
    said_what = ", ".join(sorted(shared)[:5]) or "-"
    return f"reports agree (shared words {overlap:.2f}: {said_what}; similarity {similarity:.2f})", None, similarity


def _named_apart(only_a: list[str], only_b: list[str]) -> tuple[str, str] | None:
    """Two finer places of one kind that the reports name apart (two streets; two neighbourhoods, villages or sites), the
    first of each. A street one report names and a neighbourhood or a site the other names are one place told at two
    scales as often as two places: reporters give the block in one report and the neighbourhood in the next."""
    for kind in (True, False):
        a = [p for p in only_a if _is_street(p) == kind]
        b = [p for p in only_b if _is_street(p) == kind]
        if a and b:
            return a[0], b[0]
    return None


def _is_street(place: str) -> bool:
    """A place name that ends with a street's kind ("hudson street", "college ave")."""
    return place.rsplit(" ", 1)[-1] in STREET_KINDS


STREET_KINDS = frozenset(STREET_WORDS)


def _named_owner(place: str, text: str, named: set[str]) -> bool:
    """A one-word "place" that is a person's name either report gives, written as an owner before a common noun ("in
    Jon's death", "in Doe's killing": the victim read as a place after "in"), is no place of the incident."""
    return (" " not in place and place in named
            and re.search(rf"\b{re.escape(place)}['’]s\s+[a-z]", text, re.IGNORECASE) is not None)


def _geography(e: Event) -> frozenset[str]:
    """The words of an event's own places, up to its country."""
    return _field_words((e.location, e.admin1, e.admin2, e.country), stem=True)


def _not_names(*events: Event) -> set[str]:
    """Words of the events' places and actors: shared by distinct incidents of one place or one armed group."""
    return set().union(*(_field_words((e.location, e.admin1, e.admin2, e.country, e.actor1, e.actor2, e.assoc_actor_1,
                                       e.assoc_actor_2)) for e in events))


@functools.lru_cache(maxsize=4096)
def _field_words(fields: tuple[str | None, ...], *, stem: bool = False) -> frozenset[str]:
    """The words of an event's fields, lower case (``stem``: as merge_text._words reads them), read once per event."""
    if stem:
        return frozenset(w for f in fields if f for w in _words(f))
    return frozenset(w.lower() for f in fields if f for w in _WORD_RE.findall(f))


def _place_level(e: Event) -> str:
    """How finely a report places the event: "admin1" (only the state), "admin2" (the county) or "place"."""
    location = _norm(e.location)
    if not location or location in (_norm(e.admin1), _norm(e.country)) or (e.geo_precision or 1) >= 3:
        return "admin1"
    if location == _norm(e.admin2):
        return "admin2"
    return "place"


def _place_within(a: Event, b: Event, km: float | None) -> str | None:
    """A place hierarchy link when the points are too far apart: one report gives the county or state the
    other's town is in, or two places of one county (city and suburb). Needs identity cues to merge."""
    if not a.admin1 or _norm(a.admin1) != _norm(b.admin1) or _norm(a.country) != _norm(b.country):
        return None
    levels = {_place_level(a), _place_level(b)}
    if "admin1" in levels:
        return f"one report names only the state ({a.admin1})"
    same_county = a.admin2 and _norm(a.admin2) == _norm(b.admin2)
    if same_county and "admin2" in levels:
        return f"one report names only the county ({a.admin2})"
    if same_county and km is not None and km <= SAME_COUNTY_KM:
        return f"places of one county ({a.admin2}, {km:.1f} km apart)"
    if km is not None and km > SAME_STATE_KM:
        return None
    coarse = max(a.geo_precision or 1, b.geo_precision or 1)
    if coarse >= 2:
        return f"one report places it only near a town or in a district of {a.admin1} (precision {coarse})"
    return f"{SAME_STATE} ({a.admin1})"


# Two precisely placed towns of one state: outweighed only by cues worth two soft criteria. Beyond the
# widest merge radius (a province centroid's) places of one state are not compared: the store looks no further.
SAME_STATE = "two towns of one state"
PERSONAL_CUES = ("names", "street", "ages", "full names", "address", "victims described alike")
SAME_STATE_KM = max(MERGE_RADIUS_BY_PRECISION_KM.values())


def _date_stated(e: Event) -> bool:
    """The report gives the incident's date in its text (a date evidence sentence), not only its own date."""
    return any(ev.field == "event_date" for ev in e.evidence)


def dated_by_publication(report: Event) -> bool:
    """The report's date is only its publication date: its text gives no date of the incident."""
    return report.event_date is not None and not _date_stated(report) and report.event_date == _published(report)


def _late_report(a: Event, b: Event, days: int) -> str | None:
    """One report's date is only its publication date (no date in its text) and the other's incident came before
    it, in the same state, within LATE_REPORT_WINDOW_DAYS: weak date evidence rather than a contradiction."""
    if days > LATE_REPORT_WINDOW_DAYS or not a.admin1 or _norm(a.admin1) != _norm(b.admin1):
        return None
    for late, early in ((a, b), (b, a)):
        published = _published(late)
        if dated_by_publication(late) and early.event_date is not None and early.event_date <= published:
            return f"a later report dated only by its publication ({published.isoformat()})"
    return None


def _unplaced(a: Event, b: Event) -> str | None:
    """One report places the event nowhere (no point, no place name): nothing to contradict the other's place."""
    for x, y in ((a, b), (b, a)):
        if x.latitude is None and not x.location and not (x.admin1 and y.admin1 and _norm(x.admin1) != _norm(y.admin1)):
            return "one report names no place"
    return None


def misread_development(a: Event, b: Event) -> bool:
    """One report is a strategic development that tells of dead or wounded of its own (not an arrest: a "change to
    group activity" with a toll), the other a type of the violent family: the extraction may have misread an attack."""
    for x, y in ((a, b), (b, a)):
        if (x.event_type == DEVELOPMENTS and x.sub_event_type in MISREAD_DEVELOPMENTS and (x.fatalities or x.injured)
                and any(y.event_type in family for family in STRONG_TYPE_FAMILIES)):
            return True
    return False


def _type_family(a: Event, b: Event) -> bool:
    """Two types one incident's reports may be coded as when the extraction misreads one (a vigil, a brawl)."""
    return any(a.event_type in family and b.event_type in family for family in STRONG_TYPE_FAMILIES)

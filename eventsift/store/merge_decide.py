"""The decision: ``compare`` weighs every criterion and the identity cues of two reports, ``match_group`` a report
against an event's members, ``matches`` / ``best_match`` / ``cluster`` across events, ``groups_compatible`` two events
one report ties together."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventsift.records import Event
from eventsift.store.merge_checks import (
    PERSONAL_CUES, SAME_STATE, SAME_STATE_KM, _actor_check, _date_check, _late_report, _place_check, _place_within, _subtype_check,
    _type_check, _type_family, _unplaced, actors_compatible, dated_by_publication, evidence_check, is_unidentified, misread_development,
)
from eventsift.store.merge_cues import STRONG_KEYS, Keys, identity_cues, strong_cues
from eventsift.store.merge_history import COUNT_FIELDS
from eventsift.store.merge_refs import named_date, named_month
from eventsift.store.merge_rules import (
    CUES_FOR_ABSENCE, CUES_FOR_ONE, CUES_FOR_TWO, FIRM_AGAINST, FOLLOW_UP_WINDOW_DAYS, NOTHING_SPECIFIC, OTHER_KINDS,
    STRONG_WINDOW_DAYS, TARGET_SIDES, TRIAL_FULL_NAMES, TRIAL_WINDOW_DAYS, WEIGHS_TWO, WEIGHTY_AGAINST,
)
from eventsift.store.merge_text import _norm, said


@dataclass(slots=True, kw_only=True)
class MatchResult:
    """Whether two reports describe one incident, and why (or why not)."""

    ok: bool
    criteria: list[str] = field(default_factory=list)  # what matched, readable
    failed: str | None = None  # the first criterion that did not hold
    distance_km: float | None = None
    days: int | None = None
    similarity: float | None = None  # estimated Jaccard of the event sentences' word shingles
    outweighable: bool = False  # failed only on criteria that identity cues could have outweighed
    # The strong cues of the two reports when the comparison read them (None: not read), for the callers that weigh
    # them again (match_group, placement): read once per pair. Not part of the stored explanation.
    strong: list[str] | None = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out.pop("strong")
        return out


TYPES_DIFFER = "types differ"


NAMES_THE_DATE = "names the other's date"


def _coded_type_only(strong_only: Sequence[str], result: MatchResult) -> bool:
    """The only strong disagreement is the coded type (another type of one family, another sub-event type), while the
    dates fall within the merge window (or one report names the other's date) and the places within the radius (both
    passed as criteria)."""
    return (len(strong_only) == 1 and strong_only[0].startswith((TYPES_DIFFER, "sub-event types differ"))
            and any(c.startswith("dates ") and ("(window" in c or NAMES_THE_DATE in c) for c in result.criteria)
            and any(c.startswith("places ") and "(radius" in c or c.startswith("same named place")
                    for c in result.criteria))


def compare(a: Event, b: Event, *, keys: Keys | None = None, siblings: bool = False) -> MatchResult:
    """Every criterion for "same incident", in order.

    Actors, document and background are firm: the first that fails ends the comparison. Date, place and what the
    texts say may fail softly (a follow-up dated within FOLLOW_UP_WINDOW_DAYS, a county or state for a town,
    too few shared words): then the reports merge only if identity cues (names, streets, ages, wording)
    outweigh it, CUES_FOR_ONE for one such criterion, CUES_FOR_TWO for more. A type of one family, a date up to
    STRONG_WINDOW_DAYS apart or a place outside the place hierarchy is outweighed only with a strong cue (a person
    named in full in both, one numbered address), each such disagreement weighing two and adding one to what the
    cues must reach.

    ``siblings``: two reports of one document compared as any two reports (``match_group``: whether a document that
    codes one incident twice has both its reports in the incident's event); otherwise one document is firm.
    """
    tally = _Tally(result=MatchResult(ok=False), siblings=siblings)
    steps = (
        _check_firm,  # one document, or background against a current event
        _check_types,  # same or compatible type and sub-event type; another type of one family is strong-only
        _check_dates,  # within the window; a follow-up's or a late report's date is soft, months off strong-only
        _check_places,  # within the radius; the place hierarchy is soft, a place outside it strong-only
        _check_strong,  # a strong-only disagreement without a strong cue ends it (a misread type on the day is soft)
        _check_actors,  # actors that can be one party; an unnamed attacker's, with a strong cue
        _check_texts,  # what the texts say: a series, places named apart (firm), tolls, people, shared words
        _weigh_cues,  # identity cues against what did not hold
        _check_background,  # background against a current report: only with a person named in full or an address
    )
    for step in steps:
        if not step(a, b, tally, keys):
            if tally.background and not (tally.result.failed or "").startswith(BACKGROUND):
                tally.result.failed = f"{BACKGROUND} ({tally.result.failed})"
            tally.result.strong = tally.strong
            return tally.result
    tally.result.failed = None
    tally.result.ok = True
    tally.result.strong = tally.strong
    return tally.result


def _strong(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> list[str]:
    """The strong cues of the two reports, read once per comparison (every step that weighs them asks here)."""
    if tally.strong is None:
        tally.strong = strong_cues(a, b, keys=keys)
    return tally.strong


def _strong_of(result: MatchResult, a: Event, b: Event, *, keys: Keys | None = None) -> list[str]:
    """The strong cues a comparison read, or read now when it ended before it needed them."""
    return result.strong if result.strong is not None else strong_cues(a, b, keys=keys)


@dataclass(slots=True, kw_only=True)
class _Tally:
    """A comparison under way: its result, and the disagreements identity cues may still outweigh."""

    result: MatchResult
    soft: list[str] = field(default_factory=list)  # criteria that did not hold but identity cues may outweigh
    # disagreements only a strong cue (a full name, an address) may outweigh
    strong_only: list[str] = field(default_factory=list)
    strong: list[str] | None = None  # the strong cues, once read (_strong)
    misread: bool = False  # another type of one family on the same day and place: one report's type was misread
    development: bool = False  # a strategic development with a toll: a misread attack on the day and place, or nothing
    siblings: bool = False  # two reports of one document, compared as if of two
    background: bool = False  # one report's event is background (historical), the other's current
    day_named: bool = False  # the background report's document gives the incident the current report's day and place


def _check_firm(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    if a.document_id == b.document_id and not tally.siblings:
        tally.result.failed = "same document"
        return False
    if a.historical != b.historical:
        tally.result.failed = BACKGROUND
        if tally.siblings:
            return False  # a document's background is another incident than its current event
        # Background (an earlier incident a report recalls, on its own date) is a report of that incident all the same:
        # a disagreement only a person named in full or a numbered address in both outweighs, as another type is.
        tally.background = True
        tally.strong_only.append(BACKGROUND)
    return True


BACKGROUND = "one report is historical background"
DAY_NAMED = "its document names the incident's day"


def _check_background(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    """Background against a current report (the strong-only disagreement _check_firm added, outweighed by then) holds
    only with a person named in full or a numbered address in both, not a victim described alike: a follow-up recalls
    the incident by its victim's name or its address, and a town's background mentions of earlier shootings are many."""
    if not tally.background:
        return True
    result = tally.result
    if not tally.day_named and not _named_alike(_strong(a, b, tally, keys)):
        # Outweighable: no name in common is an absence, and another member of the event may name the victim.
        result.failed = BACKGROUND
        result.outweighable = True
        return False
    result.criteria.append("the background report is a source of the incident, not its telling (not its date or toll)")
    return True


def _background_day(a: Event, b: Event, result: MatchResult, keys: Keys | None) -> dt.date | None:
    """The day the background report's document gives the incident in a reporter's words, when it is the current
    report's (a day either way) and the two are placed within the radius (both passed as criteria), or None."""
    if not keys or not _same_day_and_place(result):
        return None
    background, current = (a, b) if a.historical else (b, a)
    return named_date(background, current, {background.event_id: keys.get(background.event_id, ())})


def _check_types(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    result = tally.result
    why = _type_check(a, b)
    if why is None:
        result.failed = f"types differ ({a.event_type} / {b.event_type})"
        tally.development = misread_development(a, b)
        if not (_type_family(a, b) or tally.development):
            return False
        tally.strong_only.append(result.failed)
        return True
    result.criteria.append(why)
    why = _subtype_check(a, b)
    if why is None:
        result.failed = f"sub-event types differ ({a.sub_event_type} / {b.sub_event_type})"
        tally.strong_only.append(result.failed)
    else:
        result.criteria.append(why)
    return True


def _check_dates(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    result = tally.result
    why, result.days = _date_check(a, b)
    if why is not None:
        result.criteria.append(why)
        return True
    result.failed = "no date" if result.days is None else f"dates {result.days} days apart"
    if result.days is None or result.days > TRIAL_WINDOW_DAYS:
        return False
    if result.days > STRONG_WINDOW_DAYS and _full_names(_strong(a, b, tally, keys)) < TRIAL_FULL_NAMES:
        # A trial's report years later that names fewer of the people: no contradiction of an event another member
        # ties it to by more of them (match_group).
        result.outweighable = True
        return False
    named = named_date(a, b, keys)
    if named is not None:
        # A follow-up coded on the day of its charge, hearing or funeral that gives the incident's own date ("the May
        # 7 shooting", "Saturday's shooting"): the date it names is the other report's, as the reporter wrote it.
        result.criteria.append(f"{result.failed}: one report {NAMES_THE_DATE} ({named.isoformat()})")
        return True
    month = named_month(a, b, keys) if result.days > FOLLOW_UP_WINDOW_DAYS else None
    if month is not None:
        # "An April shooting", "shot back in February": the follow-up names the incident's month, not its day. The
        # date is then what a follow-up's within the window is: one soft criterion for identity cues to outweigh.
        tally.soft.append(f"{result.failed}: one report names the month of the other's date ({month})")
        return True
    late = _late_report(a, b, result.days)
    if result.days > FOLLOW_UP_WINDOW_DAYS and late is None:
        tally.strong_only.append(result.failed)
    elif tally.strong_only and result.days <= FOLLOW_UP_WINDOW_DAYS:
        # A vigil, a march or a brawl coded for the incident happens on a day of its own, days after it: with the
        # types already apart, a date within the follow-up window is what that report should have.
        result.criteria.append(f"{result.failed}: within the follow-up window of another type's report")
    else:
        tally.soft.append(f"{result.failed}: {late}" if late else result.failed)
        if result.days > FOLLOW_UP_WINDOW_DAYS and not _strong(a, b, tally, keys):
            tally.soft.append(WEIGHS_TWO)  # with a person named in full or an address in both it weighs one
    return True


def _check_places(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    result = tally.result
    why, result.distance_km = _place_check(a, b)
    if why is not None:
        result.criteria.append(why)
        return True
    failed = "no place to compare" if result.distance_km is None else f"places {result.distance_km:.1f} km apart"
    within = _place_within(a, b, result.distance_km) if result.distance_km is not None else _unplaced(a, b)
    if within is None and _far_in_one_state(a, b, result) and not _strong(a, b, tally, keys):
        # Two towns of one state beyond the widest radius, on one day, with no strong cue (which outweighs a place
        # outside the hierarchy as it is): a town geocoded to a namesake across the state (an outlet's own town, the
        # victim's home town). Four soft criteria (cues of 5: a surname and a street are not enough, a street, an age
        # and a toll of five are), and only with what names the incident (a person, a street, an age: _weigh_cues).
        tally.soft += [f"{failed}: {SAME_STATE} ({a.admin1}), beyond {SAME_STATE_KM:g} km on one day", *[WEIGHS_TWO] * 3]
        return True
    if within is None:
        result.failed = failed
        tally.strong_only.append(failed)
        return True
    tally.soft.append(f"{failed}: {within}")
    if within.startswith(SAME_STATE) and not _strong(a, b, tally, keys):
        # Two towns of one state, both placed precisely: a geocoded namesake at most. With a person named in
        # full or an address in both it weighs one, as a town of another state does.
        tally.soft.append(WEIGHS_TWO)
    return True


def _far_in_one_state(a: Event, b: Event, result: MatchResult) -> bool:
    """Both reports placed precisely in one state (town or district), the points beyond the place hierarchy's reach,
    and their dates within the merge window (not a follow-up's)."""
    return (bool(a.admin1) and _norm(a.admin1) == _norm(b.admin1) and _norm(a.country) == _norm(b.country)
            and result.distance_km is not None and max(a.geo_precision or 1, b.geo_precision or 1) <= 2
            and any(c.startswith("dates ") and "(window" in c for c in result.criteria))


def _check_strong(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    if not tally.strong_only:
        return True
    _strong(a, b, tally, keys)
    if tally.strong_only == [BACKGROUND] and not tally.strong and (day := _background_day(a, b, tally.result, keys)):
        # A follow-up that recalls the incident by its day ("died March 30, 2013", "the March 30 shooting"), at the
        # current report's place: a source of that incident as one naming its victim is (other cues are weighed next).
        tally.strong_only = []
        tally.day_named = True
        tally.result.criteria.append(f"{BACKGROUND}: {DAY_NAMED} ({day.isoformat()})")
    if _coded_type_only(tally.strong_only, tally.result) and (
            not tally.strong or tally.strong_only[0].startswith(TYPES_DIFFER)):
        # Another type of one family, on the same day and at the same place: the extraction misread one report (a
        # shooting told as "protesters" gathered), not a strong disagreement: cues worth one criterion outweigh it,
        # strong ones too (the misread report's actors then count as part of the misreading, not as one more).
        tally.soft.append(f"{tally.strong_only[0]}: same day and place")
        if not tally.strong_only[0].startswith(TYPES_DIFFER):
            # Another sub-event type of one type (a peaceful protest and one the police broke up) is what two
            # events of one town and day are coded as: more cues needed than for a type misread.
            tally.soft.append(WEIGHS_TWO)
        tally.strong_only = []
        tally.misread = True
    if tally.development and not tally.misread:
        # A strategic development with a toll is a misread attack only on the attack's own day and place: else it is
        # what it says (a development of the case), whatever the cues.
        tally.result.failed = tally.strong_only[0]
        return False
    if tally.strong_only and not tally.strong:
        # Another type, a date beyond the follow-up window, a place outside the hierarchy: nothing but a strong
        # cue outweighs it. Outweighable: a report that another member of an event ties by a strong cue joins it.
        tally.result.failed = tally.strong_only[0]
        tally.result.outweighable = True
        return False
    return True


def _check_actors(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    result = tally.result
    why = _actor_check(a, b)
    if why is not None:
        result.criteria.append(why)
        return True
    result.failed = f"actors differ ({a.actor1} / {b.actor1}; associated {a.assoc_actor_1} / {b.assoc_actor_1})"
    if tally.misread and (is_unidentified(a.actor1) or is_unidentified(b.actor1)):
        # The report whose type was misread codes its actors by that type (protesters and the police for a shooting
        # told as a protest): part of the one misreading the cues must already outweigh, not a second disagreement.
        result.criteria.append(f"{result.failed}: as a report of the other type codes them")
        return True
    if a.event_type != b.event_type and _one_attacker(a, b):
        # One attacker, whom it hit coded by each report's type: the police who came under fire (a clash) and the
        # bystanders wounded (an attack). What the second sides say apart is one soft criterion.
        tally.soft.append(f"{result.failed}: one attacker, its targets coded by each report's type")
        return True
    result.outweighable = False
    if _same_day_and_place(result) and not tally.strong_only and "forces" in (_side(a.actor1), _side(b.actor1)):
        if _named_alike(_strong(a, b, tally, keys)):
            # On the same day and at the same place, one report coding the state's forces as the first side (the police
            # or soldiers who came, or fired), both naming a person in full or a numbered address: sides told apart there
            # are one incident's coded by each outlet's words (the officers who fired, the gunman's cause), not two
            # clashes. A strong disagreement, for the cues to outweigh.
            tally.strong_only.append(f"{result.failed}: same day and place")
            return True
    if "Battles" in (a.event_type, b.event_type) or not (is_unidentified(a.actor1) or is_unidentified(b.actor1)):
        return False  # a clash is told apart by its sides, an attack by its named perpetrators
    if not _strong(a, b, tally, keys):
        return False
    tally.strong_only.append(result.failed)  # the police coded as a side in one report, an armed group in the other
    return True


def _same_day_and_place(result: MatchResult) -> bool:
    """The dates fell within the merge window and the places within the radius (both passed as criteria)."""
    return (any(c.startswith("dates ") and "(window" in c for c in result.criteria)
            and any(c.startswith("places ") and "(radius" in c for c in result.criteria))


def _full_names(strong: Sequence[str]) -> int:
    """How many people the strong cues name in full in both reports."""
    return next((len(cue.removeprefix("full names ").split(", ")) for cue in strong if cue.startswith("full names ")), 0)


def _named_alike(strong: Sequence[str]) -> bool:
    """A person named in full or a numbered address among the strong cues (not a victim described alike)."""
    return any(cue.startswith(("full names", "address")) for cue in strong)


def _one_attacker(a: Event, b: Event) -> bool:
    """The reports name the same attacker (or leave it unnamed alike) and differ only in whom it hit, one of them the
    state's forces and the other civilians."""
    if _norm_actor(a.actor1) != _norm_actor(b.actor1) or actors_compatible(a.actor2, b.actor2):
        return False
    sides = {_side(a.actor2), _side(b.actor2)}
    return sides == {"forces", "civilians"}


def _norm_actor(actor: str | None) -> str:
    return " ".join((actor or "").lower().split())


def _side(actor: str | None) -> str | None:
    """Whom an actor's name says an attack hit ("forces", "civilians": target_sides), or None."""
    name = _norm_actor(actor)
    return next((side for side, names in TARGET_SIDES.items() if name.startswith(names)), None)


def _check_texts(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    result = tally.result
    sa, sb = said(a), said(b)
    if sa is not None and sb is not None and sa.series and sb.series:
        result.failed = "both are one attack of a series (coded as separate events)"
        result.outweighable = False
        return False
    persons = [k.removeprefix("person:") for r in (a, b) for k in (keys or {}).get(r.event_id, ()) if k.startswith("person:")]
    why, against, result.similarity = evidence_check(a, b, persons=persons)
    if why is None and against and against.startswith(FIRM_AGAINST):
        result.failed = against
        result.outweighable = False
        return False
    types_apart = any(x.startswith(TYPES_DIFFER) for x in tally.strong_only + tally.soft)
    if why is None and against and against.startswith(OTHER_KINDS) and types_apart:
        # A vigil or a march is told by who gathered (families, neighbours), the attack by whom it hit: with the types
        # already apart, other kinds of people or targets are what the other type's report says, not a second incident.
        result.criteria.append(f"{against}: as reports of another type tell it")
    elif why is None:
        tally.soft.append(against or "texts disagree")
        if against and against.startswith(WEIGHTY_AGAINST) and not _outweighed_by_names(a, b, tally, keys, against):
            # Tolls far apart on one day, other people or targets: more cues needed.
            tally.soft.append(WEIGHS_TWO)
    else:
        result.criteria.append(why)
    return True


def _outweighed_by_names(a: Event, b: Event, tally: _Tally, keys: Keys | None, against: str) -> bool:
    """Tolls far apart, or other kinds of people or targets, weigh one disagreement, not two, when the reports name
    the incident alike: a report that counts the gunman, or the wounded as dead, miscounts the one incident it names
    (a strong cue of any kind); one that tells of the guards who came where the other tells of the woman and the child
    they found names other people of that incident (a person named in full or a numbered address in both). Two
    incidents rarely share a named person."""
    if against.startswith(COUNT_FIELDS):
        return bool(_strong(a, b, tally, keys))
    if against.startswith(OTHER_KINDS):
        return _named_alike(_strong(a, b, tally, keys))
    return False


def _cues_needed(tally: _Tally) -> int:
    """How strong the identity cues must be to outweigh what did not hold."""
    # "Nothing specific in common" is an absence, not a contradiction: the cues that outweigh it are
    # themselves something specific in common, so it adds nothing to what they must outweigh.
    against = [x for x in tally.soft if not x.startswith(NOTHING_SPECIFIC)]
    if tally.strong_only:
        # A strong cue outweighs one disagreement of any kind (another type, a date months off, a namesake town);
        # every further disagreement needs one more cue.
        return CUES_FOR_ONE + len(tally.strong_only) + len([x for x in against if x != WEIGHS_TWO]) - 1
    # One more cue for each further disagreement (a criterion that weighs two counts twice): a town 80 km off
    # and other victims named is what two shootings of one night look like.
    return CUES_FOR_ABSENCE if not against else CUES_FOR_ONE if len(against) == 1 else CUES_FOR_TWO + len(against) - 2


def _weigh_cues(a: Event, b: Event, tally: _Tally, keys: Keys | None) -> bool:
    result, soft, strong_only = tally.result, tally.soft, tally.strong_only
    if not (soft or strong_only):
        return True
    if tally.siblings and not strong_only and all(x.startswith(NOTHING_SPECIFIC) for x in soft):
        # Two events of one article cite its different sentences: that they share few words is no absence.
        result.criteria.append(f"{soft[0]}: two events of one article, told in its different sentences")
        return True
    strong = _strong(a, b, tally, keys)
    strength, what = identity_cues(a, b, similarity=result.similarity, keys=keys, strong=strong)
    needed = _cues_needed(tally)
    if strength < needed:
        result.failed = (strong_only + soft)[0] + (f" (identity cues {strength} < {needed}: {'; '.join(what)})" if what else "")
        result.outweighable = True
        return False
    if strong_only and needed > CUES_FOR_ONE and identity_cues(a, b, keys=keys, personal=True, strong=strong)[0] < needed:
        # Two disagreements, one of them beyond what other cues outweigh (a date months off and a town of another
        # state): only more of what names the people (a second name, an age, an address), not a common toll or
        # wording, says it is one incident.
        result.failed = strong_only[0] + f" (names, addresses and ages short of {needed}: {'; '.join(what)})"
        result.outweighable = True
        return False
    if any(SAME_STATE in x for x in soft) and not any(w.startswith(PERSONAL_CUES) for w in what):
        # Two towns named precisely: only what names the incident itself (a person, a street, an age) says
        # one of them is wrong; the same wording or toll is what a template or a wire round-up repeats.
        result.failed = soft[0] + f" (no name, street or age: {'; '.join(what)})"
        result.outweighable = True
        return False
    result.criteria.append(f"identity cues {strength} >= {needed} ({'; '.join(what)}) outweigh: {'; '.join(strong_only + soft)}")
    return True


def match_group(report: Event, group: Sequence[Event], *, keys: Keys | None = None) -> MatchResult:
    """A report joins a group when it matches one member and no member firmly contradicts it.

    Firm: another type, actors, document, a date or place beyond the soft windows, a different finer place
    named. A member that disagrees only softly (no names of its own to confirm a follow-up's date, a county
    for a town) does not keep out a report that another member's cues tie to the incident.
    """
    best: MatchResult | None = None
    first_failure: MatchResult | None = None
    # A document's background recalls an incident its current report may tell of too (a follow-up that sums up the
    # shooting before its news): a sibling of the other kind neither ties nor keeps out the report.
    siblings = [member for member in group if member.document_id == report.document_id
                and member.historical == report.historical]
    told = any(not member.historical for member in group)  # an event current reports tell
    contested: list[MatchResult] = []  # places named apart by a member that names the report's person in full
    named_by = 0  # members of other documents the report matches by a person named in full or an address
    for member in group:
        if member.document_id == report.document_id:
            continue  # a report of the report's own document: below
        result = compare(report, member, keys=keys)
        if result.ok and report.historical and member.historical and told:
            continue  # background joins an event its current reports tell through one of them, by a name or an address
        if not result.ok:
            if (not result.outweighable and (result.failed or "").startswith(PLACES_NAMED_APART)
                    and _named_alike(_strong_of(result, report, member, keys=keys))):
                contested.append(result)
                continue
            if not result.outweighable and not (member.historical and not report.historical):
                # (a background member, a later report's recollection of the incident, keeps no current report out)
                return result
            first_failure = first_failure or result
            continue
        named_by += _named_alike(_strong_of(result, report, member, keys=keys))
        if best is None or (result.distance_km or 0.0, result.days or 0) < (best.distance_km or 0.0, best.days or 0):
            best = result
    if contested and named_by < NAMED_BY_MEMBERS:
        # One incident that moved (the carjacking in one neighbourhood, the shooting in the next) is told with its places
        # apart; a member naming the report's person in full does not keep it out of an event that more members tie to
        # it by that name. Fewer of them, and the places named apart hold.
        return contested[0]
    if best is not None:
        for sibling in siblings:
            if not (twice := coded_twice(report, sibling, keys=keys)).ok:
                return twice
            best.criteria.append(f"its document's report {sibling.event_id} is in the event too: one incident coded twice")
    return best or first_failure or MatchResult(ok=False, failed="same document" if siblings else "empty group")


PLACES_NAMED_APART = "different places named"
# How many members of other documents must tie a report by a person named in full (or an address) for a member that
# names the same person but another place not to keep it out.
NAMED_BY_MEMBERS = 2


def coded_twice(report: Event, sibling: Event, *, keys: Keys | None = None) -> MatchResult:
    """Whether two reports of one document may be one incident coded twice (the shooting on its date and again on the
    publication date; an incident its sentences split in two): they match as reports of two documents would, on what
    their own sentences say and the names and addresses ``keys`` gives both (the store passes those a report of another
    document shares). Not on their document's dates, victims or wording: a report of two incidents (a shooting and the
    one a week before it) names both incidents' dates, and is one article. A round-up of several incidents names other
    places, people or tolls in each: they do not match."""
    names = {r.event_id: [k for k in keys.get(r.event_id, ()) if k.startswith(STRONG_KEYS)]
             for r in (report, sibling)} if keys else None
    result = compare(report, sibling, keys=names, siblings=True)
    if not result.ok:
        result.failed = f"another report of its document: {result.failed}"
        result.outweighable = False
    return result


def placing_order(reports: Sequence[Event], keys: Sequence[Sequence[str]]) -> list[tuple[int, Event, list[str]]]:
    """(position, report, keys) of one document's reports in the order the store places them: the reports its text
    dates first, those dated only by its publication after them (a follow-up's event coded on the day it appeared:
    "the victim has died", a funeral), each group in the document's order. A report dated by the text says which
    incident's day it is; placed first, it joins that incident's event, and the one dated by publication then joins
    it too only when it is that incident coded twice (``coded_twice``), not the other way round. Its background
    (historical) reports come last: the document's current events take the events they tell first."""
    rows = [(position, report, list(report_keys)) for position, (report, report_keys) in enumerate(zip(reports, keys))]
    return sorted(rows, key=lambda row: (row[1].historical, dated_by_publication(row[1]), row[0]))


def matches(report: Event, groups: Sequence[Sequence[Event]], *, keys: Keys | None = None) -> list[tuple[int, MatchResult]]:
    """Every group the report fits, best first (closest, then nearest in time, then the first met)."""
    found = [(index, result) for index, group in enumerate(groups)
             if (result := match_group(report, group, keys=keys)).ok]
    found.sort(key=lambda hit: (hit[1].distance_km if hit[1].distance_km is not None else 0.0, hit[1].days or 0, hit[0]))
    return found


def placement(report: Event, groups: Sequence[Sequence[Event]], *,
              keys: Keys | None = None) -> tuple[tuple[int, MatchResult] | None, list[int]]:
    """(the group the report joins, the other groups it shows to be the same incident): decided before anything moves.

    The best of ``matches`` absorbs every other group the report fits that ``groups_compatible`` ties to it. When it
    cannot absorb one that a person named in full or a numbered address ties to the report (the nearest event by date
    and place is another incident: a follow-up geocoded to a state's centroid fits the nearest event of that state as
    well as the namesake town's event that names its victim), the report joins the one the name ties it to: the name,
    not the centroid's distance, says which incident it tells of. A background report whose document names the best
    event's day at its place is tied to it as well (a round-up that gave the incident's names to its other event)."""
    hits = matches(report, groups, keys=keys)
    if not hits:
        return None, []
    best = hits[0]
    absorbed = _absorbable(report, best[0], hits, groups, keys)
    if not (_tied(report, groups[best[0]], keys) or any(DAY_NAMED in c for c in best[1].criteria)):
        tied = [hit for hit in hits[1:] if hit[0] not in absorbed and _tied(report, groups[hit[0]], keys)]
        if tied:
            best = tied[0]
            absorbed = _absorbable(report, best[0], hits, groups, keys)
    return best, absorbed


def _absorbable(report: Event, index: int, hits: Sequence[tuple[int, MatchResult]], groups: Sequence[Sequence[Event]],
                keys: Keys | None) -> list[int]:
    """The other groups the report fits that the group ``index``, with the report and what it absorbed, ties to."""
    members, absorbed = [*groups[index], report], []
    for other, _ in hits:
        if other != index and groups_compatible(members, groups[other], keys=keys):
            absorbed.append(other)
            members = [*members[:-1], *groups[other], report]
    return absorbed


def _tied(report: Event, group: Sequence[Event], keys: Keys | None) -> bool:
    """A member of the group (of another document) shares a person named in full or a numbered address with the report."""
    return any(member.document_id != report.document_id
               and any(cue.startswith(("full names", "address")) for cue in strong_cues(report, member, keys=keys))
               for member in group)


def best_match(report: Event, groups: Sequence[Sequence[Event]], *, keys: Keys | None = None) -> tuple[int, MatchResult] | None:
    """The group the report fits best (closest, then nearest in time), or None."""
    found = matches(report, groups, keys=keys)
    return found[0] if found else None


def groups_compatible(a: Sequence[Event], b: Sequence[Event], *, keys: Keys | None = None) -> bool:
    """Two groups one report fits are one incident's when some member of one (besides the report) matches a member of
    the other and none firmly contradicts one (another type family, named places apart, a date beyond any window): two
    events whose first reports were coded apart, that a later report ties together. Two reports of one document, one
    in each, must be one incident coded twice (``coded_twice``). Actors two members of two types code apart (the police
    who shot, the protesters who marched over it) are each type's coding, not a contradiction: the report fits both."""
    tied = False
    for x in a:
        for y in b:
            if x.document_id == y.document_id:
                if x.historical != y.historical:
                    continue  # a document's background and its current report (match_group)
                if not coded_twice(x, y, keys=keys).ok and not _named_together(x, y, [*a, *b], keys):
                    return False
                continue
            result = compare(x, y, keys=keys)
            if not (result.ok or result.outweighable or (_coded_by_type(result) and x.event_type != y.event_type)):
                return False
            # Two events are tied only by a person named in full or an address (or a background report whose document
            # names the incident's day at its place): the wording or toll that ties a report to one incident's event is
            # what two incidents of one place and night may share too.
            tied = tied or (result.ok and (bool(_strong_of(result, x, y, keys=keys))
                                           or any(DAY_NAMED in c for c in result.criteria)))
    return tied


def _named_together(x: Event, y: Event, members: Sequence[Event], keys: Keys | None) -> bool:
    """Two reports of one document, each naming its own person in full (an article that tells each victim of one
    shooting in a sentence of its own), whom a report of another document names both: one incident's two people."""
    if not keys:
        return False
    own_x, own_y = (_persons_of(r, keys) for r in (x, y))
    if not (own_x - own_y and own_y - own_x):
        return False
    return any(m.document_id != x.document_id and (own_x - own_y) & _persons_of(m, keys) and (own_y - own_x)
               & _persons_of(m, keys) for m in members)


def _persons_of(report: Event, keys: Keys) -> set[str]:
    return {k for k in keys.get(report.event_id, ()) if k.startswith("person:")}


def _coded_by_type(result: MatchResult) -> bool:
    """Two reports' actors apart: what reports of two types code for one incident (protesters and the police for a
    shooting told as a protest, an armed group and its victims for the shooting)."""
    return (result.failed or "").startswith("actors differ")


def cluster(reports: Iterable[Event]) -> list[list[Event]]:
    """Group reports of one incident, in arrival order (what the store does one report at a time)."""
    groups: list[list[Event]] = []
    for report in reports:
        hit = best_match(report, groups)
        if hit is None:
            groups.append([report])
        else:
            groups[hit[0]].append(report)
    return groups


def pairwise_scores(predicted: Sequence[Sequence[str]], gold: dict[str, str]) -> dict[str, float]:
    """Pairwise precision / recall / F1 of a clustering of report ids against gold incident labels."""
    pred_pairs = {frozenset((a, b)) for group in predicted for i, a in enumerate(group) for b in group[i + 1 :]}
    ids = sorted(gold)
    gold_pairs = {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :] if gold[a] == gold[b]}
    tp = len(pred_pairs & gold_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision, "recall": recall, "f1": f1,
        "predicted_pairs": len(pred_pairs), "gold_pairs": len(gold_pairs), "true_pairs": tp,
    }

"""From clauses to events: group the clauses that describe one incident, then fill in its fields.

Grouping (``group_clauses``): a clause joins the latest compatible incident unless it names a different
time or place, says it is another incident, or names a different kind of event; a clause that points back
("the operation") joins even across other incidents. Building (``build_event``): type, actors, counts,
date, place and certainty, each with the text it came from.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from eventsift.events.actors import ActorMention
from eventsift.events.certainty import ORDER as CERTAINTY_ORDER
from eventsift.events.clauses import Clause
from eventsift.events.counts import attackers_killed, combine, series_size, shot_toll
from eventsift.events.place import WEAK_QUALIFIERS, choose_place
from eventsift.geo.distance import haversine_km
from eventsift.ontology import sub_event_type
from eventsift.records import Count, Document, Event, Evidence, Place, Sentence, Source, Toponym, content_id
from eventsift.nlp.timex import TimeExpression

# Two places further apart than this are different incidents (ACLED's own "within 25 km" tolerance).
SAME_PLACE_KM = 25.0
# Dates this many days apart can still be one incident that ran overnight ("Friday" ... "Saturday night").
SAME_DATE_DAYS = 1
# An incident that ended this long before the report is background, not news (the seed's "in 2015").
HISTORICAL_AFTER_DAYS = 90

# Date precisions, sharpest first.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}

STATE_SIDES = ("state",)
ARMED_SIDES = ("state", "nonstate")


@dataclass(slots=True, kw_only=True)
class Draft:
    clauses: list[Clause] = field(default_factory=list)
    family: str | None = None  # ACLED event type once a clause names one

    @property
    def dates(self):  # noqa: ANN201
        return [d for c in self.clauses for d in c.dates]

    def place_ids(self) -> list[int]:
        return [i for c in self.clauses for i in c.toponyms]


# A weak sign of an incident's place (an institution's seat, where someone came from) this near the dateline's town
# gives way to it: a metro area's police and hospitals are named after its big city.
DATELINE_OVER_WEAK_KM = 60.0


def _km(a: Place, b: Place) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.0 if a.name == b.name else math.inf
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _dates_conflict(clause: Clause, draft: Draft) -> bool:
    if not clause.dates or not draft.dates:
        return False
    slack = dt.timedelta(days=SAME_DATE_DAYS)
    first = min(d.date for d in draft.dates) - slack
    last = max(d.date_end for d in draft.dates) + slack
    return not any(d.date <= last and d.date_end >= first for d in clause.dates)


def _places_conflict(clause: Clause, draft: Draft, places: list[Place | None], weak: frozenset[int] = frozenset()) -> bool:
    """Both name places and none of them are near each other (names that only say where someone came from or
    was taken to do not count)."""
    mine = [places[i] for i in clause.toponyms if places[i] is not None and i not in weak]
    theirs = [places[i] for i in draft.place_ids() if places[i] is not None and i not in weak]
    local_mine = [p for p in mine if p.feature in ("city", "admin2")]
    local_theirs = [p for p in theirs if p.feature in ("city", "admin2")]
    if local_mine and local_theirs:
        return not any(_km(a, b) <= SAME_PLACE_KM for a in local_mine for b in local_theirs)
    regions_mine = {p.admin1 for p in mine if p.admin1}
    regions_theirs = {p.admin1 for p in theirs if p.admin1}
    return bool(regions_mine and regions_theirs and not regions_mine & regions_theirs)


# Kinds of clause that belong to an incident of another kind: arrests at a protest are the protest's.
ABSORBED = {("Strategic developments", "Protests"), ("Strategic developments", "Riots"), ("Riots", "Protests"),
            ("Protests", "Riots")}


def _compatible(clause: Clause, draft: Draft) -> bool:
    if clause.family is None or draft.family is None or clause.family == draft.family:
        return True
    if (clause.family, draft.family) not in ABSORBED:
        return False
    return clause.family != "Strategic developments" or clause.main_trigger.sub_event_type == "Arrests"


def _is_background(draft: Draft, published: dt.date) -> bool:
    dates = draft.dates
    return bool(dates) and all((published - d.date_end).days > HISTORICAL_AFTER_DAYS for d in dates)


def group_clauses(clauses: list[Clause], *, places: list[Place | None], published: dt.date,
                  weak: frozenset[int] = frozenset()) -> list[Draft]:
    """Clauses in text order -> one draft per incident, in order of first mention."""
    drafts: list[Draft] = []
    recent: list[Draft] = []  # most recently extended last
    previous: tuple[Clause, Draft] | None = None
    for clause in clauses:
        target = None
        if recent and _updates_toll(clause, recent[-1], places=places, weak=weak):
            target = recent[-1]  # "a third victim died on Sunday": the toll of the attack told just before
        elif previous and _continues(clause, *previous, places=places, weak=weak):
            target = previous[1]  # "... in 2014, when gunmen killed 45 people": the same incident goes on
        elif not clause.new_incident:
            for draft in reversed(recent):
                if not _compatible(clause, draft):
                    continue
                if _dates_conflict(clause, draft) or _places_conflict(clause, draft, places, weak):
                    continue
                if _is_background(draft, published) and not clause.dates:
                    continue  # an undated clause is about the news, not the background incident
                target = draft
                break
        if target is None and recent and _adds_to_latest(clause, recent[-1], places=places, weak=weak):
            target = recent[-1]  # "... were taken hostage in the attack", "the assailants also looted shops"
        if target is None:
            target = Draft()
            drafts.append(target)
        else:
            recent.remove(target)
        recent.append(target)
        target.clauses.append(clause)
        target.family = target.family or clause.family
        previous = (clause, target)
    return drafts


# A clause that revises an incident's toll: the deaths it tells of came later than the incident itself.
TOLL_UPDATE = re.compile(
    r"\b(?:death toll|toll (?:rose|rises|has risen|climbed|climbs)|raising the (?:death )?toll|"
    r"(?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:victim|person|man|woman|child)|"
    r"(?:later|since|subsequently|eventually) (?:died|succumbed)|succumbed to (?:his|her|their) (?:wounds|injuries))\b",
    re.IGNORECASE)
# How long after an incident a toll update is still about it.
TOLL_UPDATE_DAYS = 30


def _updates_toll(clause: Clause, draft: Draft, *, places: list[Place | None], weak: frozenset[int]) -> bool:
    if not TOLL_UPDATE.search(clause.span.text) or clause.new_incident or not draft.dates or not clause.dates:
        return False
    start = min(d.date for d in draft.dates)
    later = all(0 <= (d.date - start).days <= TOLL_UPDATE_DAYS for d in clause.dates)
    return later and _compatible(clause, draft) and not _places_conflict(clause, draft, places, weak)


# Words that add to the incident just described rather than start another.
ADDS_TO = re.compile(r"\b(?:also|additionally|in addition|as well)\b", re.IGNORECASE)


def _adds_to_latest(clause: Clause, draft: Draft, *, places: list[Place | None], weak: frozenset[int]) -> bool:
    """A clause of another kind that points back ("in the attack") or adds ("also") belongs to the latest
    incident when it names no time or place of its own."""
    return ((clause.refers_back or bool(ADDS_TO.search(clause.span.text))) and not clause.new_incident
            and not clause.dates and not _places_conflict(clause, draft, places, weak))


def _continues(clause: Clause, before: Clause, draft: Draft, *, places: list[Place | None],
               weak: frozenset[int]) -> bool:
    """A clause with no time of its own that follows another clause of the same sentence carries on its incident."""
    return (clause.sentence.index == before.sentence.index and not clause.dates and not clause.new_incident
            and _compatible(clause, draft) and not _places_conflict(clause, draft, places, weak))


# ---------------------------------------------------------------------------------------------- building


def _sub_event_type(draft: Draft, agents: list[ActorMention], victims: list[ActorMention]) -> tuple[str, object]:
    """The ACLED sub-event type and the trigger that decided it."""
    specific = [t for c in draft.clauses for t in c.triggers if t.kind in ("specific", "weak")]
    casualty = [t for c in draft.clauses for t in c.triggers if t.kind == "casualty"]
    victim_sides = {a.side for a in victims}
    if "state" in victim_sides and _mentions(draft, OFF_DUTY):
        victim_sides = (victim_sides - {"state"}) | {"civilian"}  # a soldier shot at home is a civilian victim
    if specific:
        trigger = max(specific, key=lambda t: (t.priority, -t.start))
        name = trigger.sub_event_type
        if name in ("Peaceful protest", "Protest with intervention"):
            name = _protest_kind(draft, intervened=name == "Protest with intervention")
        elif name in ("Violent demonstration", "Mob violence") and _armed_fight(draft, specific):
            name = "Armed clash"  # "gunmen clashed with police", stones thrown during an encounter with militants
        elif name in ("Violent demonstration", "Mob violence"):
            name = "Violent demonstration" if _mentions(draft, PROTEST_WORDS) else "Mob violence"
        elif name == "Government regains territory" and _agent_side(draft) == "nonstate":
            name = "Non-state actor overtakes territory"
        elif (name == "Armed clash" and victim_sides == {"civilian"} and not _two_armed_sides(draft)
              and not TWO_SIDED.search(trigger.text)):
            name = "Attack"  # shots at civilians are not a battle
        elif name == "Armed clash" and _unarmed_fight(draft, trigger):
            name = "Violent demonstration" if _mentions(draft, PROTEST_WORDS) else "Mob violence"
        elif name == "Looting/property destruction" and _crowd_acts(draft, trigger):
            name = "Violent demonstration" if _mentions(draft, PROTEST_WORDS) else "Mob violence"
        if name not in VIOLENCE_FIRST or not (_has_casualties(draft) or casualty):
            return name, trigger
        # violence with arrests or looting is coded as the violence
    trigger = casualty[0] if casualty else trigger
    if "crowd" in victim_sides:
        return "Excessive force against protesters", trigger
    if victim_sides & set(ARMED_SIDES):  # armed people among the harmed: a fight, even if civilians died too
        return "Armed clash", trigger
    if not victim_sides and _two_armed_sides(draft):
        return "Armed clash", trigger
    if any(a.side == "crowd" and a.role == "agent" for c in draft.clauses for a in c.actors):
        return "Mob violence", trigger
    if any(c.outcome == "abducted" for cl in draft.clauses for c in cl.counts):
        return "Abduction/forced disappearance", trigger
    return "Attack", trigger


# Strategic developments that give way to violence in the same incident ("beaten and then arrested").
VIOLENCE_FIRST = frozenset({"Arrests", "Looting/property destruction", "Disrupted weapons use"})
# Security personnel attacked when not on duty: ACLED codes them as civilians.
OFF_DUTY = re.compile(r"\b(?:off[- ]duty|on (?:leave|vacation|holiday)|(?:at|in|outside|in front of|near) (?:his|her|their) "
                      r"(?:own )?(?:house|home|residence|shop|farm)|while (?:shopping|praying|at home|on his way home))\b", re.I)
# Words that name a fight between two sides (an armed clash even when the dead are civilians).
TWO_SIDED = re.compile(r"clash|battle|fight|exchang|shoot-?out|skirmish|encounter|gunfight|firefight", re.I)
PROTEST_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es)?|sit-in|strike|demand\w*|denounc\w*|"
    r"reject\w*|grievances?|block(?:ed|ing|aded)? (?:a |the |several |\w+ )?(?:roads?|streets?|highway|route|entrance)|"
    r"barricad\w*|tires|tyres)\b", re.I)
FIREARMS = re.compile(r"\b(?:gun\w*|shot|shots|shoot\w*|fire|fired|firing|rifles?|firearms?|small arms|weapons?|armed|"
                      r"bullets?|mortars?|shell\w*|artillery)\b", re.I)
# Signs that the authorities stepped in: ACLED's "Protest with intervention".
INTERVENTION_WORDS = re.compile(
    r"\b(?:tear ?gas|baton|lathi|water cannons?|dispersed?|dispersing|rubber bullets|fired (?:in the air|warning shots)|"
    r"beat|charged|cordoned|blocked (?:the )?(?:protest|march)|prevented|broke up|intervened|intervention)\b", re.I)
CROWD = re.compile(r"\b(?:protesters?|demonstrators?|participants?|marchers|activists?|people|students|workers)\b", re.I)
KILLED_PROTESTERS = re.compile(r"\b(?:protesters?|demonstrators?|marchers)\b[^.]{0,60}\b(?:killed|shot dead|died)\b", re.I)


def _mentions(draft: Draft, regex: re.Pattern[str]) -> bool:
    return any(regex.search(c.sentence.text) for c in draft.clauses)


def _two_armed_sides(draft: Draft) -> bool:
    """Both a state force and a non-state armed group are named (who did what to whom left open)."""
    sides = {a.side for c in draft.clauses for a in c.actors if a.role != "source"}
    return {"state", "nonstate"} <= sides


def _agent_side(draft: Draft) -> str | None:
    """The side of whoever acts first in the incident: the named agent, else the first armed actor."""
    actors = [a for c in draft.clauses for a in c.actors if a.side in ARMED_SIDES and a.role != "source"]
    agents = [a for a in actors if a.role == "agent"] or [a for a in actors if a.role != "victim"]
    return agents[0].side if agents else None


def _crowd_acts(draft: Draft, trigger, *, armed_ok: bool = False) -> bool:  # noqa: ANN001 - a Trigger
    """Unarmed people named before the act are doing it: students burning dormitories, a crowd burning a bank,
    sellers clashing with police (``armed_ok``: armed people may be named after them)."""
    clause = next(c for c in draft.clauses if trigger in c.triggers)
    before = [a for a in clause.actors if a.end <= trigger.start and a.role != "source"]
    return bool(before) and before[0].side in ("crowd", "civilian") and (armed_ok or not _armed_actors(draft))


def _armed_fight(draft: Draft, specific: list) -> bool:  # noqa: ANN001 - Triggers
    """A riot word inside a fight between armed sides: two armed sides and a clash word, or an armed
    group named with no protest around it."""
    if _two_armed_sides(draft) and any(t.sub_event_type == "Armed clash" for t in specific):
        return True
    named_group = any(a.side == "nonstate" and a.inter in (2, 3) and a.role != "victim"
                      for c in draft.clauses for a in c.actors)
    return named_group and not _mentions(draft, PROTEST_WORDS) and not _unarmed_people(draft)


def _unarmed_fight(draft: Draft, trigger) -> bool:  # noqa: ANN001 - a Trigger
    """A clash with no weapons or armed group named: villagers against villagers, sellers against police,
    demonstrators clashing at a rally."""
    if _nonstate_armed(draft) or _mentions(draft, FIREARMS):
        return False
    if not _armed_actors(draft) and _mentions(draft, PROTEST_WORDS):
        return True
    return _unarmed_people(draft) and (not _armed_actors(draft) or _crowd_acts(draft, trigger, armed_ok=True))


def _unarmed_people(draft: Draft) -> bool:
    """People with no arms named as taking part (not only as the harmed)."""
    return any(a.side in ("crowd", "civilian") and a.role not in ("source", "victim")
               for c in draft.clauses for a in c.actors)


def _nonstate_armed(draft: Draft) -> bool:
    return any(a.side == "nonstate" for c in draft.clauses for a in c.actors)


def _armed_actors(draft: Draft) -> bool:
    return any(a.side in ARMED_SIDES for c in draft.clauses for a in c.actors)


def _has_casualties(draft: Draft) -> bool:
    return any(c.outcome in ("killed", "injured") for cl in draft.clauses for c in cl.counts)


def _protest_kind(draft: Draft, *, intervened: bool) -> str:
    killed = any(c.outcome == "killed" and c.count.best > 0 for cl in draft.clauses for c in cl.counts)
    if killed and _mentions(draft, KILLED_PROTESTERS):
        return "Excessive force against protesters"
    # arrests of the crowd, not of the person the protest is about ("against the arrest of the editor")
    arrests = any(c.outcome == "arrested" and (c.count.best > 1 or CROWD.search(c.victims))
                  for cl in draft.clauses for c in cl.counts)
    if intervened or arrests or _mentions(draft, INTERVENTION_WORDS):
        return "Protest with intervention"
    return "Peaceful protest"


def _victims(draft: Draft) -> list[ActorMention]:
    """Actors named as the people harmed: in a casualty count's phrase or after "on"/"against"."""
    victims = []
    for clause in draft.clauses:
        for actor in clause.actors:
            in_count = any(c.start <= actor.start and actor.end <= c.end for c in clause.counts
                           if c.outcome in ("killed", "injured", "abducted"))
            if actor.role == "victim" or (in_count and actor.role != "agent"):
                victims.append(actor)
    return sorted(victims, key=lambda a: ("Unidentified" in a.name_template, a.start))


def _choose_actors(kind: str, draft: Draft, victims: list[ActorMention]) -> tuple[ActorMention | None, ActorMention | None, str | None, str | None]:
    """(actor1 mention, actor2 mention, actor1 default, actor2 default) for an event of type ``kind``."""
    mentions = [a for c in draft.clauses for a in c.actors if a.role != "source"]
    agents = sorted((a for a in mentions if a.role == "agent"), key=lambda a: ("Unidentified" in a.name_template, a.start))
    event_type = sub_event_type(kind).event_type
    victim = victims[0] if victims else None
    if event_type == "Battles":
        victim_side = victim.side if victim else None
        others = [a for a in agents + mentions if a.side in ARMED_SIDES and a.side != victim_side]
        actor1 = others[0] if others else (agents[0] if agents else None)
        actor2 = victim or next((a for a in mentions if a.side in ARMED_SIDES and actor1 and a.side != actor1.side), None)
        return actor1, actor2, "Unidentified Armed Group ({country})", None
    if event_type == "Protests":
        crowd = next((a for a in mentions if a.side == "crowd" and a.inter == 6), None)
        police = next((a for a in mentions if a.side == "state"), None) if kind != "Peaceful protest" else None
        return crowd, police, "Protesters ({country})", None
    if event_type == "Riots":
        crowd = next((a for a in mentions if a.side == "crowd" and a.inter == 5), None)
        return crowd, victim, "Rioters ({country})", None
    if kind == "Arrests":
        state = next((a for a in agents + mentions if a.side == "state"), None)
        target = next((a for a in mentions if a is not state and a.side != "state"), None)
        return state, target, "Police Forces of {country}", None
    actor1 = next((a for a in agents if a.side != "civilian"), None) or next(
        (a for a in mentions if a.side == "nonstate" and a not in victims), None)
    defaults_2 = "Civilians ({country})" if event_type == "Violence against civilians" else None
    return actor1, victim, "Unidentified Armed Group ({country})", defaults_2


def _evidence(document: Document, clause: Clause, field_name: str, start: int, end: int) -> Evidence:
    return Evidence(document_id=document.id, field=field_name, sentence=clause.sentence.text, start=start, end=end)


def build_event(draft: Draft, *, document: Document, places: list[Place | None], toponyms: list[Toponym],
                fallback: Place | None, published: dt.date, context: str = "",
                weak: frozenset[int] = frozenset(), lead_date: tuple[TimeExpression, Sentence] | None = None,
                dateline: Place | None = None) -> Event | None:
    """The event a draft describes, or None when it has nothing an analyst would code.

    ``lead_date`` is the day the report's lead gives (with its sentence), for an incident whose own clauses
    name no time ("Police found two men shot outside a bar" after "... on Sunday night, police said").

    ``dateline`` is the place of the report's dateline, if it has one.

    ``context`` is text that speaks of this incident beyond its own clauses (the whole report when it
    describes only this one), read for statements such as "no casualties other than the assailant".
    """
    victims = _victims(draft)
    kind, trigger = _sub_event_type(draft, [], victims)
    clause_of = {id(t): c for c in draft.clauses for t in c.triggers}
    trigger_clause = clause_of[id(trigger)]
    evidence = [_evidence(document, trigger_clause, "event_type", trigger.start, trigger.end)]

    # where: the incident's own place, else the document's main place
    place, toponym = choose_place(draft.place_ids(), places=places, toponyms=toponyms, weak=weak)
    if toponym is not None and toponym.qualifier in WEAK_QUALIFIERS:  # only an institution's seat, a home town, ...
        if dateline is not None and _km(place, dateline) <= DATELINE_OVER_WEAK_KM:
            # "ELKTON, Md. - The Newark Police said ...": the dateline's town nearby is the report's own word on where
            place, toponym = dateline, None
        elif fallback is not None and place.country != fallback.country:
            # "the bodies will be sent to the United States": a weak sign abroad is not the place of an incident the
            # report places at home
            place, toponym = fallback, None
    if toponym is not None:
        clause = next(c for c in draft.clauses if toponyms.index(toponym) in c.toponyms)
        evidence.append(_evidence(document, clause, "location", toponym.start, toponym.end))
    elif place is None:
        place = fallback
    country = place.country if place else None

    # who
    m1, m2, default1, default2 = _choose_actors(kind, draft, victims)
    actor1 = m1.name(country=country) if m1 else _fill(default1, country)
    actor2 = m2.name(country=country) if m2 else _fill(default2, country)
    inter1 = m1.inter if m1 else (_default_inter(default1) if actor1 else None)
    inter2 = m2.inter if m2 else (_default_inter(default2) if actor2 else None)
    if actor2 == actor1:
        actor2, inter2 = None, None
    for name, mention in (("actor1", m1), ("actor2", m2)):
        if mention is not None:
            clause = next(c for c in draft.clauses if mention in c.actors)
            evidence.append(_evidence(document, clause, name, mention.start, mention.end))

    # how many (a peaceful protest kills no one: deaths named beside it belong to what it is about)
    totals: dict[str, Count | None] = {}
    outcomes = ("injured", "arrested") if kind in ("Peaceful protest", "Protest with intervention") else (
        "killed", "injured", "abducted", "arrested")
    by_outcome = {o: [(c, m) for c in draft.clauses for m in c.counts if m.outcome == o]
                  for o in ("killed", "injured", "abducted", "arrested", "hit")}
    for outcome in outcomes:
        mentions = by_outcome[outcome] + (by_outcome["hit"] if outcome == "injured" else [])
        totals[outcome] = combine([m for _, m in mentions])
        for clause, mention in mentions:
            evidence.append(_evidence(document, clause, "fatalities" if outcome == "killed" else outcome,
                                      mention.start, mention.end))
    if "injured" in outcomes and by_outcome["hit"]:  # hit by gunfire: wounded unless the text says they died
        totals["injured"] = shot_toll(killed=[m for _, m in by_outcome["killed"]] if "killed" in outcomes else [],
                                      injured=[m for _, m in by_outcome["injured"]],
                                      shot=[m for _, m in by_outcome["hit"]])
    for outcome in ("killed", "injured", "abducted", "arrested"):
        totals.setdefault(outcome, None)
    sentences = " ".join(dict.fromkeys(c.sentence.text for c in draft.clauses))
    extra = attackers_killed(sentences + " " + context)
    if extra and "killed" in outcomes:
        base = totals["killed"] or Count(low=0, best=0, high=0)
        totals["killed"] = Count(low=base.low + extra, best=base.best + extra, high=base.high + extra, text=base.text)
    parts = series_size(sentences)
    for outcome in ("killed", "injured") if parts > 1 else ():
        if totals[outcome]:  # the toll of a series: this incident's share, the whole as the high figure
            whole = totals[outcome]
            totals[outcome] = Count(low=whole.low // parts, best=whole.best // parts, high=whole.high, text=whole.text)
    if kind == "Abduction/forced disappearance" and totals["abducted"] is None and totals["arrested"]:
        totals["abducted"], totals["arrested"] = totals["arrested"], None
    if kind == "Arrests" and totals["arrested"] is None and totals["abducted"]:
        totals["arrested"], totals["abducted"] = totals["abducted"], None

    # when
    dates = draft.dates
    if dates:  # a date that names the incident ("the 2012 shooting") wins; else the most precise, the earliest
        dates = [d for d in dates if d.names_incident] or dates  # of those ("on Oct. 10" over "this month")
        first = min(dates, key=lambda d: (PRECISION_RANK.get(d.precision, len(PRECISION_RANK)), d.date))
        event_date, date_end = first.date, min(max(d.date_end for d in dates), published)
        precision = first.precision
        clause = next(c for c in draft.clauses if first in c.dates)
        evidence.append(_evidence(document, clause, "event_date", first.start, first.end))
    elif lead_date is not None:
        when, sentence = lead_date
        event_date, date_end, precision = when.date, min(when.date_end, published), when.precision
        evidence.append(Evidence(document_id=document.id, field="event_date", sentence=sentence.text, start=when.start,
                                 end=when.end))
    else:
        event_date, date_end, precision = published, published, "day"
    historical = (published - date_end).days > HISTORICAL_AFTER_DAYS

    # how sure
    certainty = max((c.certainty for c in draft.clauses), key=CERTAINTY_ORDER.index)
    for clause in draft.clauses:
        if clause.certainty == certainty and clause.certainty_span:
            evidence.append(_evidence(document, clause, "certainty", *clause.certainty_span))
            break

    record = sub_event_type(kind)
    killed = totals["killed"]
    return Event(
        event_id=content_id(document.id, kind, trigger.start, prefix="ev-"),
        document_id=document.id, event_type=record.event_type, sub_event_type=kind,
        actor1=actor1, actor2=actor2, inter1=inter1, inter2=inter2,
        event_date=event_date, date_end=date_end if date_end != event_date else None, date_precision=precision,
        time_precision={"day": 1, "week": 2}.get(precision, 3) if dates else 2,
        country=country, admin1=place.admin1 if place else None, admin2=place.admin2 if place else None,
        location=place.name if place else None, latitude=place.latitude if place else None,
        longitude=place.longitude if place else None, geonameid=place.geonameid if place else None,
        geo_precision=_precision(place, toponym),
        fatalities=killed.best if killed else 0, fatalities_low=killed.low if killed else 0,
        fatalities_high=killed.high if killed else 0,
        injured=totals["injured"].best if totals["injured"] else None,
        abducted=totals["abducted"].best if totals["abducted"] else None,
        arrested=totals["arrested"].best if totals["arrested"] else None,
        certainty=certainty, historical=historical,
        cameo=record.cameo, plover=record.plover, gtd_attack_type=record.gtd_attack_type,
        evidence=evidence,
        sources=[Source(document_id=document.id, url=document.url, publisher=document.publisher,
                        published=document.published)],
    )


def _precision(place: Place | None, toponym: Toponym | None) -> int | None:
    if place is None:
        return None
    if toponym is None:  # the document's main place stands in for an unnamed one
        return max(place.geo_precision, 2)
    return place.geo_precision


def _fill(template: str | None, country: str | None) -> str | None:
    if template is None:
        return None
    if country:
        return template.replace("{country}", country)
    return template.replace(" ({country})", "").replace(" of {country}", "")


def _default_inter(template: str | None) -> int | None:
    if template is None:
        return None
    for prefix, inter in (("Military", 1), ("Police", 1), ("Unidentified Armed", 3), ("Protesters", 6),
                          ("Rioters", 5), ("Civilians", 7)):
        if template.startswith(prefix):
            return inter
    return None

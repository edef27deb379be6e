"""From clauses to events: group the clauses that describe one incident, then fill in its fields.

Grouping (``group_clauses``): a clause joins the latest compatible incident unless it names a different
time or place, says it is another incident, or names a different kind of event; a clause that points back
("the operation") joins even across other incidents; one that adds the act at another town ("the post in Elmtown was
also attacked") does not. A clause that lists towns where its act happened ("attacks in A, B, C and D") gives one
incident per town (``split_listed_places``). Building (``build_event``): one field group at a time,
each with the text it came from: what (``assemble_what``), where (``assemble_where``), who
(``assemble_who``), how many (``assemble_counts``), when (``assemble_when``) and how sure (here).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from eventsift.events.assemble_counts import how_many
from eventsift.events.assemble_what import (GATHERING, choose_kind, clash_told_as_a_riot, riot_told_as_a_clash,
                                            weapons_taken)
from eventsift.events.assemble_when import HISTORICAL_AFTER_DAYS, when
from eventsift.events.assemble_where import km, where
from eventsift.events.assemble_who import victims_of, who
from eventsift.events.certainty import ORDER as CERTAINTY_ORDER
from eventsift.events.clauses import (COUNTED_ON, DOERS_AGAIN, HAPPENED, LATER_SAME_DAY, SMALL_HOURS, Clause,
                                      clock_minutes, kind_of_the_incident, take_days_of, tells_newcomers, told_afresh)
from eventsift.events.count_words import CALENDAR_WORD, PERSON_NOUNS, VICTIM_OUTCOMES
from eventsift.events.draft import Draft, evidence
from eventsift.events.place import AREA_KINDS
from eventsift.geo.normalize import contains_words, name_key
from eventsift.nlp.lexicon import load_tsv
from eventsift.nlp.text import HELD_FOR, ON_A_WARRANT, WHO_DID
from eventsift.nlp.timex import COURT_VERBS, TimeExpression
from eventsift.ontology import sub_event_type
from eventsift.records import Document, Event, Evidence, Place, Sentence, Source, Toponym, content_id

# Two places further apart than this are different incidents (ACLED's own "within 25 km" tolerance).
SAME_PLACE_KM = 25.0
# A place told only by a town it lies near ("a village north of Elmtown", "30 km from Ashby") may be a town this far
# from it that the report names next.
NEAR_TOWN_REACH_KM = 100.0
NEAR_PRECISION = 2  # ACLED's geo_precision of a place told near a town (or somewhere in its district)
# Dates this many days apart can still be one incident that ran overnight ("Friday" ... "Saturday night").
SAME_DATE_DAYS = 1
# A draft with no date of its own is the news of the report's last week (the lead's days, pipeline.LEAD_DAYS).
UNDATED_NEWS_DAYS = 7


# Kinds of event that are deeds of violence: an arrest or a measure is told of a deed, not another deed.
DEED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _another_deed_before(clause: Clause, draft: Draft, *, published: dt.date) -> bool:
    """A deed of another kind than the undated incident's, told on days before the report's last week ("rebels
    bombed the town hall" ... "three union leaders were shot dead in early May"): another, earlier incident."""
    trigger = clause.main_trigger
    kinds = {t.sub_event_type for c in draft.clauses for t in c.triggers
             if t.kind in ("specific", "weak") and sub_event_type(t.sub_event_type).event_type in DEED_TYPES}
    latest = published - dt.timedelta(days=UNDATED_NEWS_DAYS + SAME_DATE_DAYS)
    return trigger is not None and bool(kinds) and trigger.sub_event_type not in kinds \
        and sub_event_type(trigger.sub_event_type).event_type in DEED_TYPES \
        and all(d.date < latest for d in clause.dates)


def _dead_figures(clauses: list[Clause], *, parts: bool) -> set[int]:
    """Every figure (low, best, high) of the dead the clauses tell; with ``parts``, parts told of a group too ("killing
    9 of them")."""
    return {n for c in clauses for m in c.counts if m.outcome == "killed" and (parts or not m.subset)
            for n in (m.count.low, m.count.best, m.count.high)}


def _another_toll_before(clause: Clause, draft: Draft, *, published: dt.date) -> bool:
    """A toll of the dead told on days long before the report, none of whose figures the undated incident's dead
    share ("a roadside bomb killed two soldiers" ... "In 2016, a truck bomb killed more than 300 people"): another,
    earlier incident of the same kind."""
    told, before = _dead_figures([clause], parts=False), _dead_figures(draft.clauses, parts=False)
    return bool(told) and bool(before) and not told & before \
        and all((published - d.date_end).days > HISTORICAL_AFTER_DAYS for d in clause.dates)


# A day a sentence opens on: "Last Monday, two children were killed ...".
_OPENING_DAY = re.compile(r"^\W*$")


def _dead_of_a_day_told_first(clause: Clause, draft: Draft, *, published: dt.date) -> bool:
    """Dead of their own, told in a sentence that opens on a day before the report's ("Last Monday, two children were
    killed when a rocket hit a house"), none of whose figures the undated incident's dead share: the sentence sets
    that incident apart by its day, as background to the news."""
    first = min(clause.dates, key=lambda d: d.start)
    opens = _OPENING_DAY.match(clause.sentence.text[:max(0, first.start - clause.sentence.start)]) is not None
    told, before = _dead_figures([clause], parts=True), _dead_figures(draft.clauses, parts=True)
    return opens and bool(told) and bool(before) and not told & before \
        and all(d.date_end < published - dt.timedelta(days=SAME_DATE_DAYS) for d in clause.dates)


def _dates_conflict(clause: Clause, draft: Draft, *, published: dt.date | None = None) -> bool:
    """The clause's dates are all apart from the draft's; a draft with no date of its own is the news of the days
    before the report, apart from days the clause counts back from it ("the mass shooting two weeks ago where nine
    were shot" is another incident)."""
    if not draft.dates and clause.dates and published is not None \
            and (_another_deed_before(clause, draft, published=published)
                 or _another_toll_before(clause, draft, published=published)
                 or _dead_of_a_day_told_first(clause, draft, published=published)):
        return True
    if not clause.dates or (not draft.dates and (published is None or not all(d.relative for d in clause.dates))):
        return False  # against an undated incident, only days counted back from the report ("three weeks ago")
    if _dated_by_its_arrest(draft) and not _tells_arrest(clause) \
            and all(d.date_end <= min(a.date for a in draft.dates) for d in clause.dates):
        # "charged in the shooting that killed a man | arrested Thursday | He was shot Jan. 1": the deed, told on its
        # own day before the arrest's
        return False
    told = [d for d in clause.dates if not d.reporting]  # (not "police today reported")
    if published is not None and any(d.precision == "day" and not d.arrest
                                      and 0 <= (published - d.date).days <= NEWS_OF_THE_DAY_DAYS
                                      for c in draft.clauses if not _tells_arrest(c) for d in c.dates) and told and all(
            d.precision in ("week", "month") and _EARLIER_TIME.search(d.text) for d in told):
        # "(killed on Tuesday ...) Earlier this month, 12 people were killed in X": another time than the day's news
        # (a follow-up's "the shooting last week" may be the incident it told on its day a week before)
        return True
    # "the toll from Monday's barrel bomb attacks": a day that owns its incident is that day's, not the night before
    slack = dt.timedelta(days=0 if _days_owning_incidents(clause) else SAME_DATE_DAYS)
    # a day written out before the incident's ("yesterday ... on 23 March" when yesterday was the 24th) is another
    # incident, not the night before running on ("Friday night ... early Saturday"); a day after it may still be the
    # same incident going on ("the hostages were released on 25 March")
    written_day = all(not d.relative and d.precision == "day" for d in clause.dates)
    if draft.dates:
        # an incident told on a day does not reach back over a month or a year its clauses also name around that day
        # ("the second shooting in the area this month": "On May 3, ..." before it is another incident); one that
        # holds no such day tells another time ("a shooting last month" beside the arrest's "Thursday"), and what
        # follows the day within such a time may be the incident going on ("arrested two days later"); an arrest's
        # day hides no time the incident was told at ("the shooting earlier this month ... arrested Tuesday")
        # ... nor does the day someone already hurt died ("A woman shot last week has died ... died Monday"): the
        # shooting's day ("She was shot Jan. 14") is the incident's, before it
        told_days = [d for c in draft.clauses if not _tells_later_death(c) for d in c.dates
                     if d.precision == "day" and not d.arrest]
        days = [d for d in draft.dates if d.precision == "day" or not any(
            d.date <= day.date and day.date_end <= d.date_end for day in told_days)]
        first = min(d.date for d in days) - (dt.timedelta(0) if written_day else slack)
        last = max(d.date_end for d in draft.dates) + slack
    else:
        first, last = published - dt.timedelta(days=UNDATED_NEWS_DAYS) - slack, published + slack
    return not any(d.date <= last and d.date_end >= first for d in clause.dates)


# A week or a month told as before the report's news, or as a stretch of time: "earlier this month", "last week",
# "earlier in the week", "over the past week"; the news is the day's when told on one of this many days before the
# report.
NEWS_OF_THE_DAY_DAYS = 3
_EARLIER_TIME = re.compile(r"\b(?:earlier|last|previous|past)\b", re.IGNORECASE)


# The words of a death of someone hurt before: "died", "succumbed", not "was shot dead".
_LATER_DEATH = re.compile(r"(?:died|dies|succumbed|passed\s+away|did\s+not\s+survive)", re.IGNORECASE)


def _tells_later_death(clause: Clause) -> bool:
    """The clause tells only a death ("Rosa Marin, 38, died Monday at a hospital"): its day is the death's, which
    may come days after the incident."""
    return bool(clause.triggers) and all(_LATER_DEATH.fullmatch(t.text) for t in clause.triggers)


def _dated_by_its_arrest(draft: Draft) -> bool:
    """A deed told with the arrest for it, whose only days are the arrest's ("charged in the shooting that killed a
    man | He was arrested Thursday"): the deed came before, on a day the draft does not tell."""
    return bool(draft.dates) and all(d.arrest for d in draft.dates) \
        and any(c.counts and not _tells_arrest(c) for c in draft.clauses) \
        and not any(c.toponyms for c in draft.clauses if _tells_arrest(c))  # (not "arrested Friday in Elmtown")


def _tells_arrest(clause: Clause) -> bool:
    """The clause's event is an arrest ("Police on Monday arrested a third man"): its day is no incident's."""
    trigger = clause.main_trigger
    return trigger is not None and trigger.sub_event_type == "Arrests"


def _days_owning_incidents(clause: Clause) -> bool:
    """Every day the clause tells owns an incident ("Monday's barrel bomb attacks", "Friday's shooting")."""
    text, at = clause.span.text, clause.span.start
    return bool(clause.dates) and all(d.names_incident and d.precision == "day"
                                      and text[d.end - at:d.end - at + 2] in ("'s", "’s") for d in clause.dates)


# A town this big is a place of its own, not a quarter of the city beside it, when it lies beyond that city's built-up
# radius: the radius of a disc holding its people at this many per square kilometre (a dense city's; GeoNames gives
# quarters of a city, "East Flatbush" in Brooklyn, their own population).
OWN_TOWN_POPULATION = 100_000
BUILT_UP_DENSITY = 10_000


def _towns_apart(a: Place, b: Place) -> bool:
    """Two towns near each other that are each a city of its own ("Rawalpindi" and "Islamabad", a suburb and the city
    it borders): places apart. A quarter of the bigger city, inside its built-up radius, is not."""
    if not (a.feature == b.feature == "city" and min(a.population, b.population) >= OWN_TOWN_POPULATION
            and name_key(a.name) != name_key(b.name)):
        return False
    radius = math.sqrt(max(a.population, b.population) / (math.pi * BUILT_UP_DENSITY))
    return km(a, b) > radius


def _places_conflict(clause: Clause, draft: Draft, places: list[Place | None], weak: frozenset[int] = frozenset()) -> bool:
    """Both name places and none of them are near each other (names that only say where someone came from or
    was taken to do not count)."""
    mine, theirs = _named_places(clause.toponyms, places, weak), _named_places(draft.place_ids(), places, weak)
    local_mine = [p for p in mine if p.feature in ("city", "admin2")]
    local_theirs = [p for p in theirs if p.feature in ("city", "admin2")]
    if local_mine and local_theirs:
        # a clause with victims of its own at a town beside the incident's is another incident there
        victims = any(c.outcome in VICTIM_OUTCOMES for c in clause.counts)
        if victims and clause.toll_part \
                and not {name_key(a.name) for a in local_mine} & {name_key(b.name) for b in local_theirs}:
            return True  # "five were killed in Elmtown, and four others died in Ashby": a part of the toll at each
        # (towns either side of a border are two incidents, however near: "strikes on Ashby" and "rockets at Marlow
        # across the frontier")
        again = clause.refers_back and not victims
        return not any(km(a, b) <= _reach(a, b, told_again=again) and a.country == b.country
                       and not (victims and _towns_apart(a, b)) for a in local_mine for b in local_theirs)
    regions_mine = {p.admin1 for p in mine if p.admin1}
    regions_theirs = {p.admin1 for p in theirs if p.admin1}
    return bool(regions_mine and regions_theirs and not regions_mine & regions_theirs)


def _named_places(ids: Iterable[int], places: list[Place | None], weak: frozenset[int]) -> list[Place]:
    """The places of the names ``ids`` that say where something happened (not ``weak`` ones)."""
    return [places[i] for i in ids if places[i] is not None and i not in weak]


def _reach(a: Place, b: Place, *, told_again: bool) -> float:
    """How far apart two towns may be and still be one incident's: a place told only by the town it is near ("a
    community north of Elmtown ... The attack in Ashby") is further from it than a town told as the scene, when the
    clause that names the other town tells the incident again (``told_again``: "the attack", no victims of its own)."""
    near = a.feature == b.feature == "city" and NEAR_PRECISION in (a.geo_precision, b.geo_precision)
    return NEAR_TOWN_REACH_KM if near and told_again else SAME_PLACE_KM


# Kinds of clause that belong to an incident of another kind: arrests at a protest are the protest's.
ABSORBED = {("Strategic developments", "Protests"), ("Strategic developments", "Riots"), ("Riots", "Protests"),
            ("Protests", "Riots")}


# Works a bomb or charge destroys, not people: power towers, pylons, bridges, pipelines, railway lines, and the
# buildings of a bank, an office or a station.
_WORKS = re.compile(r"\b(?:(?:power|electric(?:ity|al)?|transmission|high-?voltage)\s+(?:[\w-]+\s+)?(?:towers?|pylons?|lines?)|"
                    r"pylons?|bridges?|pipelines?|railway\s+(?:lines?|tracks?)|rail\s+lines?|substations?|"
                    r"transformers?|banks?|branch(?:es)?\s+of|offices|buildings?|(?:town|city)\s+halls?|courthouses?|"
                    r"power\s+(?:plants?|stations?)|(?:radio|television|tv|telephone)\s+(?:stations?|towers?|antennas?|"
                    r"exchanges?)|dams?)\b", re.IGNORECASE)


# The object a verb of blowing up takes: "(dynamited) a bridge", "(dynamited) two power pylons", "the local branch".
_OBJECT_ARTICLE = re.compile(r"\s*(?:(?:the|a|an|two|three|four|several|\d+)\s+)?(?:(?:local|main|regional|municipal|"
                             r"nearby|new|old|empty)\s+)?", re.IGNORECASE)


def _works_after(text: str, at: int) -> bool:
    """Whether the object of the verb that ends at ``at`` is works ("dynamited | a bridge")."""
    return bool(_WORKS.match(text, _OBJECT_ARTICLE.match(text, at).end()))  # (the article is optional: always a match)


def _bombing_beside(clause: Clause, draft: Draft) -> bool:
    """Works blown up with no toll of their own beside an attack that told its toll and no bomb ("a soldier was killed
    when rebels attacked a convoy ... | The rebels also dynamited three pylons nearby"): a bombing of its own,
    as ACLED and MUC-4 code it, even told "also" of the same doers."""
    # (the works named in the trigger or right after its verb: "blew up two pylons", "dynamited a bridge")
    text = clause.sentence.text
    return clause.family == "Explosions/Remote violence" and not clause.counts \
        and any(t.kind == "specific" and (_WORKS.search(t.text) or _works_after(text, t.end - clause.sentence.start))
                for t in clause.triggers) \
        and any(c.counts for c in draft.clauses) \
        and not any(c.family == "Explosions/Remote violence" for c in draft.clauses)


def _riot_beside_a_battle(clause: Clause, draft: Draft) -> bool:
    """"(troops shot two militants dead in a gunfight) | Clashes broke out between protesters and police", "a civilian
    was also killed in clashes between protesters and troops near the site": a riot of its own."""
    return clause.family == "Battles" and draft.family == "Battles" and clash_told_as_a_riot(clause) \
        and not riot_told_as_a_clash(draft)


def _compatible(clause: Clause, draft: Draft) -> bool:
    if _riot_beside_a_battle(clause, draft):
        return False
    if clause.family == "Protests" and draft.clauses and not clause.refers_back and not clause.counts \
            and (gathering := GATHERING.search(clause.span.text)) and not draft.mentions(GATHERING) \
            and not _HARMED_THERE.search(clause.span.text, 0, gathering.start()) \
            and (draft.family is None or draft.family == "Riots" and _told_on_another_day(clause, draft)):
        return False  # "... was shot dead on Sunday. | Journalists held a protest demanding the killers' arrest": a
        # gathering of its own about the killing, not the killing; so is one on the day after vandals struck
    if _bombing_beside(clause, draft):
        return False
    if clause.family is None or draft.family is None or clause.family == draft.family:
        return True
    if draft.family == "Battles" and weapons_taken(clause.main_trigger):
        return True  # "troops recovered two rifles" after the firefight: the fight's, no seizure of its own
    if clause.family == "Riots" and draft.family == "Battles" and riot_told_as_a_clash(draft):
        return True  # "two groups of villagers clashed ... | six were hurt in the stone pelting": one riot
    if clause.family == "Protests" and draft.family == "Battles" and not clause.dates \
            and not GATHERING.search(clause.span.text) and riot_told_as_a_clash(draft):
        return True  # "... supporters of two parties clashed | Police fired rubber bullets to bring the situation under
        # control": the police stepping into the riot, no gathering of its own
    if draft.family in ("Battles", "Violence against civilians", "Riots") \
            and clause.main_trigger.sub_event_type == "Looting/property destruction" \
            and (any(t.kind == "casualty" for t in clause.triggers) and draft.family != "Riots"
                 or not (clause.toponyms or clause.dates or any(a.role == "agent" or draft.family == "Riots"
                                                                for a in clause.actors))):
        # "the gunmen fired on villagers and set the huts ablaze", "troops opened fire on residents. | Several houses
        # were set on fire": what attackers destroy as they strike is the attack's, told by them or by nobody, with no
        # place or day of its own (and what rioters burn, the riot's: "... clashed with police. | Cars were torched")
        return True
    if clause.family in VIOLENT_FAMILIES and draft.family == "Strategic developments" and all(
            c.main_trigger.sub_event_type == "Looting/property destruction" and any(t.kind == "casualty" for t in c.triggers)
            for c in draft.clauses if c.family == "Strategic developments"):
        return True  # "fighters stormed the village, shooting residents and looting homes | ... women were abducted":
        # the looting was the attack's, and so is what follows
    if clause.family == "Explosions/Remote violence" and draft.family == "Battles" and (
            any(_GUNFIRE.search(t.text) for t in clause.triggers)
            or clause.main_trigger.sub_event_type == "Grenade" and not (clause.dates or clause.toponyms or clause.counts)):
        # "rebels ambushed a patrol ... | the rebels detonated a mine and opened fire": its opening; "troops came under
        # fire during the raid ... | explosives were thrown at soldiers", with no day, place or toll of its own: the fight's
        return True
    if clause.family == "Explosions/Remote violence" and draft.family == "Battles" \
            and not (clause.dates or clause.toponyms or clause.counts) and clause.main_trigger.sub_event_type in {
                t.sub_event_type for c in draft.clauses for t in c.triggers if t.kind == "specific"}:
        return True  # "fighting broke out ..., with civilians killed by shelling | Heavy weapons were used": the
        # fight's own shelling, told again with nothing of its own
    if clause.family == "Battles" and draft.family in ("Explosions/Remote violence", "Violence against civilians") \
            and _REPLIED.search(clause.span.text) and not (clause.dates or clause.toponyms) \
            and not (clause.aside or clause.timed_beside) \
            and not any(c.main_trigger.sub_event_type == "Air/drone strike" for c in draft.clauses if c.main_trigger):
        return True  # "militants attacked the post with heavy weapons | The police retaliated", "the escort repelled the
        # attackers, killing several": the reply is the same fight's (an air strike's is no reply on the ground: "jets
        # struck the town ... | its fighters repelled an assault on the town" is a battle of its own)
    if (clause.family, draft.family) not in ABSORBED:
        return False
    return clause.family != "Strategic developments" or clause.main_trigger.sub_event_type == "Arrests"


# The attacked side's reply to an attack just told: the fight goes on.
_REPLIED = re.compile(r"\b(?:retaliat(?:ed|ing)|returned\s+(?:the\s+)?fire|return\s+fire|fired\s+back|"
                      r"repulsed|repelled|responded)\b", re.IGNORECASE)


# Someone harmed, told before the gathering the clause names: the gathering is where it happened ("was attacked by a
# gunman as he greeted supporters at a rally").
_HARMED_THERE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:attacked|shot|stabbed|killed|wounded|injured|gunned\s+down)\b",
                           re.IGNORECASE)


# Words of shooting a bomb's own clause may tell beside it: the bomb opened a fight.
_GUNFIRE = re.compile(r"\b(?:opened\s+fire|opening\s+fire|fired|firing|gunfire|shot|shooting|machine\s*-?guns?)\b",
                      re.IGNORECASE)


def _told_on_another_day(clause: Clause, draft: Draft) -> bool:
    """The clause and the draft both tell days of their own, and no day of the clause is one of the draft's."""
    return bool(clause.dates) and bool(draft.dates) and not any(
        d.date <= e.date_end and e.date <= d.date_end for d in clause.dates for e in draft.dates)


def _is_background(draft: Draft, published: dt.date) -> bool:
    dates = draft.dates
    return bool(dates) and all((published - d.date_end).days > HISTORICAL_AFTER_DAYS for d in dates)


# A clause that opens on a person's name and tells that they died: "Harris died Sunday at a hospital", "Ana Ruiz, 38,
# later died".
_NAMED_LATER_DEATH = re.compile(r"^\W*(?!(?:He|She|They|It|One|Both|All|The|A|An|This|That|Police|Officials)\b)"
                                r"(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?P<name>(?-i:[A-Z])[\w'’-]+)(?:,\s+\d{1,3},)?\s+"
                                r"(?:later\s+|then\s+|eventually\s+|also\s+)?(?:died|succumbed)\b")


def _named_later_death(clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The incident a clause's later death belongs to, told by the dead's name: the last incident whose clauses named
    that person ("Jo Harris was shot in the back on May 24 ... Harris died Sunday at a hospital in the next city"):
    the death's day and the hospital's town are not the incident's."""
    m = _NAMED_LATER_DEATH.match(clause.span.text)
    if m is None or not _tells_later_death(clause):
        return None
    name = re.compile(rf"\b{re.escape(m.group('name'))}\b")
    told = [d for d in drafts if any(name.search(c.span.text) for c in d.clauses)]
    if not told and drafts and _AT_HOSPITAL.match(clause.span.text[m.end():]):
        # "A second person has died after a shooting on Thursday ... Derrick Cole, 52, died Saturday at Elm Medical
        # Center": someone named only at the death, in a hospital, is one of the wounded of the incident told last
        told = [d for d in drafts if any(c.counts for c in d.clauses)][-1:]
    return told[-1] if told else None


# Where the wounded die: "(died Saturday) at Elm Regional Medical Center", "in hospital", "at a trauma unit".
_AT_HOSPITAL = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:at|in)\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:hospital|"
                          r"medical\s+cent(?:er|re)|trauma\s+(?:cent(?:er|re)|unit)|infirmary|intensive\s+care)\b",
                          re.IGNORECASE)


# A death told by the dead's name: "Braxton's death", "the killing of Ruiz".
_NAMED_DEATH = re.compile(r"^(?P<name>(?-i:[A-Z])[\w'’-]+)['’]s\s+(?:murder|killing|death|slaying)$|"
                          r"^(?:murder|killing|death|slaying)\s+of\s+(?:[A-Z][\w'’-]+\s+)*(?P<last>(?-i:[A-Z])[\w'’-]+)$",
                          re.IGNORECASE)


def _whose_death(clause: Clause, drafts: list[Draft], text: str) -> Draft | None:
    """The incident a clause's only dead, told by name, belongs to: the one told last before the name first appears
    in the report ("... found a man with gunshot wounds ... Police identified him as Ed Braxton" ... "Homicide
    detectives are investigating Braxton's death")."""
    named = [m for m in (_NAMED_DEATH.match(c.count.text) for c in clause.counts if c.outcome == "killed") if m]
    if not named or len(named) != len(clause.counts) or not text:
        return None
    name = named[0].group("name") or named[0].group("last")
    first = re.search(rf"\b{re.escape(name)}\b", text)
    if first is None or first.start() >= clause.span.start:
        return None
    told = [d for d in drafts if d.clauses and d.clauses[0].span.start <= first.start()]
    return max(told, key=lambda d: max(c.span.start for c in d.clauses if c.span.start <= first.start()), default=None)


# One person told again by the word for what they are, with "the": "The former mayor was shot as he left home".
_THE_ONE_AGAIN = re.compile(rf"^\W*the\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{PERSON_NOUNS})$", re.IGNORECASE)


def _one_told_again(clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The incident whose victim a clause tells again by what they were, when one incident only was told with such a
    victim and another one since: "Gunmen killed a former mayor ..., and a bomb destroyed a party's offices. | The
    former mayor was shot as he left his home" is the killing's, not the bombing's."""
    told = [m for m in clause.counts if m.outcome in VICTIM_OUTCOMES]
    again = _THE_ONE_AGAIN.match(told[0].victims.strip()) if len(told) == 1 and told[0].count.best == 1 else None
    if again is None or clause.new_incident or len(drafts) < 2:
        return None
    noun = re.compile(rf"\b{re.escape(again.group('noun'))}\b", re.IGNORECASE)
    holders = [d for d in drafts if any(m.outcome in VICTIM_OUTCOMES and noun.search(m.victims)
                                        for c in d.clauses for m in c.counts)]
    return holders[0] if len(holders) == 1 and holders[0] is not drafts[-1] else None


# The person a death is told of, by full name, right after its words: "the assassination of magistrate Ana Ruiz",
# "shot dead police colonel Ed Braxton" (words in small letters, a post, may come before the name; "the killing of a
# magistrate", "killed two men in Elmtown" and "shot and killed Saturday night" name nobody).
_DEAD_NAMED_AFTER = re.compile(r"\s*(?:of\s+)?(?:(?!(?:in|on|at|near|from|by|with|and|or|the|a|an|to|of|after|during|"
                               r"while|when|outside|inside|his|her|their|its|who|which|that)\b)"
                               r"(?-i:[a-z])[\w-]*\s+){0,3}?"
                               r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
                               r"July|August|September|October|November|December)"
                               r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})")


def _named_dead(clause: Clause, text: str) -> set[str] | None:
    """The names of the people a clause tells killed by name ("the assassination of magistrate Ana Ruiz"); None
    when it tells of its dead otherwise or of none."""
    killed = [c for c in clause.counts if c.outcome == "killed"]
    if not killed or not text:
        return None
    names: set[str] = set()
    for count in killed:
        m = _DEAD_NAMED_AFTER.match(text, count.end)
        if m is None:
            return None
        names |= set(m.group("name").split())
    return names


def _another_named_dead(clause: Clause, draft: Draft, text: str) -> bool:
    """A clause that tells the death of a person by name ("to protest the assassination of magistrate Ana Ruiz")
    beside an incident whose dead were told by other names, and that names none of its own people: another
    incident, however its words point back."""
    names = _named_dead(clause, text)
    if not names:
        return False
    theirs = [n for c in draft.clauses if (n := _named_dead(c, text))]
    if not theirs or any(names & n for n in theirs):
        return False
    told = " ".join(c.span.text for c in draft.clauses)
    return not any(re.search(rf"\b{re.escape(name)}\b", told) for name in names)


# A clause that opens on a weapon or an attack told before by its own words, with "the": "The car bomb went off in
# ...", "The roadside bombs, in the western district, killed four".
_THE_WEAPON = re.compile(r"^\W*the\s+(?P<what>(?:[\w-]+\s+){0,2}?(?:bombs?|blasts?|explosions?|ambush(?:es)?|"
                         r"raids?|strikes?|airstrikes?|shelling|mortars?|rockets?|grenades?|ieds?|mines?|"
                         r"gunfights?|firefights?|shootouts?|gun\s*battles?|encounters?))\b",
                         re.IGNORECASE)


def _weapon_named_again(clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The one incident whose event words are the weapon a clause opens on with "the", when several incidents were
    told ("A car bomb exploded ..., while two roadside bombs killed four ... The car bomb went off in X")."""
    m = _THE_WEAPON.match(clause.span.text)
    if m is None or len(drafts) < 2:
        return None
    what = " ".join(m.group("what").lower().split())
    told = [d for d in drafts if any(" ".join(t.text.lower().split()).endswith(what) for c in d.clauses
                                     for t in c.triggers)]
    return told[0] if len(told) == 1 else None


# An incident named again by what it struck or where, before its kind: "claimed responsibility for the convoy
# ambush", "the market bombing was the third this month" (not a word that names no one incident: "the latest attack").
_THE_NAMED_INCIDENT = re.compile(r"\bthe\s+(?P<what>[a-z]{4,})\s+(?:attacks?|ambush(?:es)?|bombings?|blasts?|raids?|"
                                 r"massacres?|killings?|shootings?|assaults?|explosions?)\b")
_NOT_ONE_INCIDENTS = frozenset({
    "latest", "last", "recent", "deadly", "first", "second", "third", "earlier", "previous", "separate", "other",
    "same", "fresh", "brutal", "suspected", "alleged", "reported", "attempted", "failed", "apparent", "possible",
    "twin", "double", "triple", "fatal", "armed", "violent", "early", "initial", "overnight", "weekend", "morning",
    "evening", "night", "afternoon", "daytime", "coordinated", "simultaneous", "subsequent", "following",
    "tragic", "horrific", "cowardly", "heinous", "senseless", "terrorist", "terror", "militant", "insurgent",
    "rebel", "army", "police", "military", "government"})


def _incident_named_again(clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The one incident, among several told, whose clauses hold the word a clause names an incident by ("The Elm
    Front said its men carried out the convoy ambush" after a convoy's ambush and another day's killing), when it is
    not the latest one told."""
    if len(drafts) < 2:
        return None
    words = {m.group("what") for m in _THE_NAMED_INCIDENT.finditer(clause.span.text)} - _NOT_ONE_INCIDENTS
    words = {w for w in words if not _CALENDAR_WORDS.fullmatch(w)}
    if not words:
        return None
    told = [d for d in drafts if any(re.search(rf"\b{w}s?\b", c.span.text, re.IGNORECASE)
                                     for w in words for c in d.clauses)]
    return told[0] if len(told) == 1 and told[0] is not drafts[-1] else None


# "In the second incident, gunmen shot two men ...": the incident of that rank among those told before.
_NTH_INCIDENT = re.compile(r"^\W*(?:in|during)\s+the\s+(?P<nth>first|second|third|fourth)\s+"
                           r"(?:incident|attack|shooting|stabbing|case|clash|killing)\b", re.IGNORECASE)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _nth_incident_again(clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The incident a clause names by its rank ("In the second incident, ...") when the report has told at least
    that many already (a lead that tells two incidents, then each in turn); ``None`` when the rank is the next
    incident of a list the report goes through one by one."""
    m = _NTH_INCIDENT.match(clause.span.text)
    rank = _NTH[m.group("nth").lower()] if m is not None else 0
    if not rank or len(drafts) < max(rank, 2):
        return None
    return drafts[rank - 1]


def _charged_deed(clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The last incident told with dead of its own, for a clause whose only toll is a charge's ("Each brother faces a
    count of second-degree murder"): the charge counts that incident's dead, told before, and tells no death of its
    own; so does a clause that tells, with no day of its own, what someone is accused of ("He is accused of shooting
    Ana Ruiz")."""
    accused = not clause.dates and bool(_ACCUSED_OF.match(clause.span.text))
    if not clause.counts or not (accused or all(m.charge for m in clause.counts)):
        return None
    return next((d for d in reversed(drafts) if any(m.outcome == "killed" and not m.charge
                                                    for c in d.clauses for m in c.counts)), None)


# A clause that tells what someone is accused of, with no day of its own: "He is accused of shooting Ana Ruiz during a
# robbery" after "charged with murder in the Dec. 28 shooting death of a man" is that shooting.
_ACCUSED_OF = re.compile(r"^\W*(?:[\w'’-]+\s+){1,3}?(?:is|was|are|were|has\s+been|have\s+been|had\s+been|stands?)\s+"
                         r"(?:also\s+)?(?:accused|suspected|alleged)\s+(?:of|to\s+have)\b", re.IGNORECASE)


def _follow_up(drafts: list[Draft], draft: Draft, published: dt.date) -> bool:
    """A report whose news is a court's on an old incident ("A woman was convicted on Tuesday of stabbing two
    neighbours in 2019"), told in its lead: its undated clauses tell that incident (the news is no incident)."""
    return bool(drafts) and draft is drafts[0] and _is_background(draft, published) \
        and bool(_COURT.search(draft.clauses[0].sentence.text))


# A report's lead that tells its incidents as separate ones ("Two people were killed in separate incidents of violence
# on Sunday"), and a clause that opens on its own place ("In Elmtown, a man was killed ...")
_SEPARATE_INCIDENTS = re.compile(r"\bin\s+(?:\w+\s+)?(?:separate|different|unrelated)\s+(?:\w+\s+)?(?:incidents|shootings|"
                                 r"attacks|killings)\b", re.IGNORECASE)
SEPARATE_LEAD_CHARS = 400
_FRONTED_PLACE = re.compile(r"^\W*In\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,")
# ... or on the next of its list: "Later, a woman was killed ...", "Hours later, ...".
_NEXT_OF_A_LIST = re.compile(r"^\W*(?:later|then|afterwards|(?:minutes|hours|an\s+hour)\s+later)\s*,", re.IGNORECASE)


def group_clauses(clauses: list[Clause], *, places: list[Place | None], published: dt.date | None,
                  weak: frozenset[int] = frozenset(), text: str = "") -> list[Draft]:
    """Clauses in text order -> one draft per incident, in order of first mention (``published`` None: the
    report's date is not known, so no incident is told apart as old news; ``text``: the document's, where the people
    a clause names by name were first told of)."""
    drafts: list[Draft] = []
    recent: list[Draft] = []  # most recently extended last
    previous: tuple[Clause, Draft] | None = None
    separate = bool(_SEPARATE_INCIDENTS.search(text[:SEPARATE_LEAD_CHARS]))
    for clause in clauses:
        target = None
        # "Two were killed in separate incidents ... | In Korangi, a young man was killed": a report of separate
        # incidents opens each on its place
        apart = separate and bool(clause.counts) and bool(_FRONTED_PLACE.match(clause.span.text)
                                                          or _NEXT_OF_A_LIST.match(clause.span.text))
        if (named := _whose_death(clause, drafts, text) or _named_later_death(clause, drafts)) is not None:
            target = named  # "detectives are investigating Braxton's death": the incident Braxton was told in
        elif (again := _one_told_again(clause, drafts)) is not None:
            target = again  # "Gunmen killed a mayor ..., and a bomb destroyed ... | The mayor was shot as he left home"
        elif (again := _weapon_named_again(clause, drafts)) is not None:
            target = again  # "a car bomb ... while two roadside bombs ... The car bomb went off in ...": the first
        elif (nth := _nth_incident_again(clause, drafts)) is not None:
            target = nth  # "... while two civilians were killed in a separate incident | In the second incident": those
        elif (charged := _charged_deed(clause, drafts)) is not None:
            target = charged  # "... killing Reyes and wounding two | Each faces a count of murder": that killing
        elif (again := _incident_named_again(clause, drafts)) is not None:
            target = again  # "ambushed a convoy ... In a separate incident ... claimed the convoy ambush": the first
        elif recent and _updates_toll(clause, recent[-1], places=places, weak=weak):
            target = recent[-1]  # "a third victim died on Sunday": the toll of the attack told just before
        elif previous and (deed := _deed_of_the_arrest(clause, *previous, recent, places=places, weak=weak)):
            target = deed  # "Deputies held a roofer | in connection with the stabbing": the stabbing told before
        elif previous and (_continues(clause, *previous, places=places, weak=weak)
                           or _campaign_around(clause, previous[0])) \
                and not _another_named_dead(clause, previous[1], text) and not _reason_of_the_arrest(clause, previous[1]):
            target = previous[1]  # "... in 2014, when gunmen killed 45 people": the same incident goes on
        elif not clause.new_incident and not apart:
            for draft in reversed(recent):
                if not _compatible(clause, draft) or _another_named_dead(clause, draft, text):
                    continue
                if _dates_conflict(clause, draft, published=published) or (
                        _places_conflict(clause, draft, places, weak) and not _tells_where_it_was(clause)):
                    continue
                if _reason_of_the_arrest(clause, draft):
                    continue  # "Deputies held two youths on Monday | over a raid last month": two incidents
                if _also_elsewhere(clause, draft, places=places, weak=weak):
                    continue  # "The post in Elmtown was also attacked": the same kind of act at another town
                if _other_side_strikes(clause, draft, places=places, weak=weak):
                    continue  # "Army shelling killed 40 in Elmtown. | Rebel shelling of Ashby killed two": two
                if _opens_another_day(clause, draft):
                    continue  # "About 1 a.m. Sunday, a man was shot ...": the next item of a night's list
                if _another_hour(clause, draft):
                    continue  # "Around 10:25 p.m., a cook was shot ...": the same, told by the hour
                if _in_another_quarter(clause, draft):
                    continue  # "... killed in the Little Village neighborhood": the same, told by the quarter
                if _at_another_site(clause, draft):
                    continue  # "Minutes after that, four were killed in a restaurant parking lot": the same, by the site
                if (published is not None and _is_background(draft, published) and not clause.dates
                        and not _more_victims(clause, previous, draft) and not _told_again(clause, previous, draft)
                        and not _tried_for(clause, previous, draft) and not _follow_up(drafts, draft, published)):
                    continue  # an undated clause is about the news, not the background incident
                if _only_placed_by(clause, draft):
                    continue  # nor about the earlier incident the news was placed by
                target = draft
                break
        if target is None and recent and not apart and _adds_to_latest(clause, recent[-1], places=places, weak=weak) \
                and not _also_elsewhere(clause, recent[-1], places=places, weak=weak) \
                and not _only_placed_by(clause, recent[-1]) and not _another_named_dead(clause, recent[-1], text) \
                and not _bombing_beside(clause, recent[-1]) and not _riot_beside_a_battle(clause, recent[-1]):
            target = recent[-1]  # "... were taken hostage in the attack", "the assailants also looted shops"
        if target is None:
            target = Draft()
            drafts.append(target)
            if previous is not None:
                take_days_of(clause, previous[1].clauses)  # "some two hours later, two cooks were shot"
                if previous[0].sentence.index == clause.sentence.index:
                    kind_of_the_incident(clause, previous[1].clauses)  # "... 37 in Elmtown and | seven in Ashby"
        else:
            recent.remove(target)
        recent.append(target)
        if (clause.aside or clause.timed_beside) and previous is not None and previous[1] is not target \
                and previous[1] in recent \
                and previous[0].sentence.index == clause.sentence.index:
            recent.remove(previous[1])  # what follows goes on with the news, not with the incident told beside it
            recent.append(previous[1])
        target.clauses.append(clause)
        target.family = target.family or clause.family
        previous = (clause, target)
    return split_listed_places(drafts, places=places)


# A word of a listed place's name: not a word that joins or ends the list.
_LIST_WORD = (r"(?!(?:and|or|in|of|the|where|which|who|when|while|on|at|to|with|by|for|from|was|were|is|are|has|have|"
              r"had|respectively)\b)[A-Za-z][\w'’.-]*")
_LIST_ITEM = rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,3}}"
_CALENDAR_WORDS = re.compile(CALENDAR_WORD.pattern, re.IGNORECASE)  # a day's or a month's name opening an item


@cache
def _list_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(three or more places listed where something happened: "attacks were reported in A, B, C and D", "the attacks
    took place in the towns of A, B, C, and D", "entered towns, among them A, B, C, and D, where they ..."; a word that
    makes a list something else than towns) from ``listed_places.tsv``."""
    rows = load_tsv("events/listed_places.tsv")
    words = {kind: "|".join(r["pattern"] for r in rows if r["kind"] == kind)
             for kind in ("opener", "place_kind", "not_town")}
    listed = re.compile(rf"\b(?:{words['opener']})\s+(?P<kind>the\s+(?:{words['place_kind']})\s+of\s+)?"
                        rf"(?P<items>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM}){{1,8}},?\s+and\s+{_LIST_ITEM})", re.IGNORECASE)
    return listed, re.compile(rf"['’]s\b|\b(?:{words['not_town']})\b", re.IGNORECASE)


# The area a list of places is put in, right after it: ", in Elm department", "in the Elm region".
_AREA_AFTER_LIST = re.compile(rf",?\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+{AREA_KINDS}\b")
# A longer list is a survey of a region or a round-up ("strikes in nine provinces: A, B, ..."), not incidents told.
MAX_LISTED_PLACES = 6
# How many towns a list must name to be told apart as incidents of their own: "in A and B" is often one incident
# across a boundary (ACLED 2020: two-place lists split added 4 events for 1 more matched).
MIN_LISTED_PLACES = 3
# ... of which this many at least must be distinct places the gazetteer knows: a list of people's names or of buildings
# is no list of towns.
MIN_KNOWN_LISTED_PLACES = 2
_LOCAL_FEATURES = ("city", "admin2")
# Events a list of places does not split: gatherings and a campaign of arrests or measures told over a region.
NOT_SPLIT_TYPES = frozenset({"Protests"})
NOT_SPLIT_SUB_TYPES = frozenset({"Arrests", "Agreement", "Change to group/activity", "Headquarters or base established",
                                 "Non-violent transfer of territory", "Other", "Disrupted weapons use"})


def _listed_towns(clause: Clause, places: list[Place | None]) -> list[tuple[str, int | None]] | None:
    """The towns a clause lists as places where its event happened, each with the clause's toponym that names it
    (None when the gazetteer does not know it); None when the clause lists no MIN_LISTED_PLACES towns, when a
    listed name is a province or a country (a town written with its area: "in Elmtown, Fenland, traders and
    drivers marched"), or when the clause tells no act of violence (arrests "in A, B, C and D" over weeks are one
    campaign)."""
    trigger = clause.main_trigger
    if trigger is None or sub_event_type(trigger.sub_event_type).event_type in NOT_SPLIT_TYPES \
            or trigger.sub_event_type in NOT_SPLIT_SUB_TYPES:
        return None
    listed, not_towns = _list_regexes()
    found = listed.search(clause.span.text)
    if found is None:
        return None
    first, last = clause.span.start + found.start("items"), clause.span.start + found.end("items")
    if any(first < t.end and t.start < last for t in clause.triggers):
        return None  # "in Elmtown, Fenland, Rebel Units attacked and burned ...": the list runs into the event
    items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", found.group("items")) if i.strip()]
    if (len(items) > MAX_LISTED_PLACES or any(_CALENDAR_WORDS.match(i) or not_towns.search(i) or re.search(r"\d", i)
                                                for i in items)
            or sum(i[0].isupper() for i in items) < 2):
        return None
    towns: list[tuple[str, int | None]] = []
    for item in items:
        key = name_key(item)
        named = next((i for i in clause.toponyms if places[i] is not None and name_key(places[i].name)
                      and (contains_words(name_key(places[i].name), key)
                           or contains_words(key, name_key(places[i].name)))), None)
        if named is not None and places[named].feature not in _LOCAL_FEATURES:
            return None  # "in Elmtown, Fenland, gym owners and traders ...": a town and its area, then people
        towns.append((item, named))
    known = {places[i].name for _, i in towns if i is not None}
    # a list told as towns ("in the towns of A, B, C and D") or put in its area ("in A, B, C and D, in Elm
    # department") is of places, whatever the gazetteer knows of them
    told_as_places = bool(found.group("kind")) or bool(_AREA_AFTER_LIST.match(
        clause.sentence.text, clause.span.start - clause.sentence.start + found.end("items")))
    if len(known) < (0 if told_as_places else MIN_KNOWN_LISTED_PLACES):
        return None  # "identified as A, B, C and D", "at Fort X, the Elmtown exchange and offices": not towns side by side
    return towns if len(towns) >= MIN_LISTED_PLACES else None


def split_listed_places(drafts: list[Draft], *, places: list[Place | None]) -> list[Draft]:
    """One incident per town where a clause lists several ("the attacks took place in the towns of A, B, C and D"):
    ACLED codes an event per place. Each copy is the incident with its clauses' own towns left out
    (dates, actors and kind stay) and the listed town as its place; the places share the toll evenly, as ACLED codes
    it and as ``per_place`` shares a list's toll (a copy for a place apart from the incident's own has no toll).
    The first town stays with the incident when nothing else places it, else every listed town is a copy ("also
    attacked facilities in A, B, C and D" after a killing in E)."""
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        part = 0
        for clause in list(draft.clauses):
            towns = _listed_towns(clause, places)
            if towns is None:
                continue
            listed = {i for _, i in towns if i is not None}
            placed_apart = any(places[i] is not None and places[i].feature in _LOCAL_FEATURES and i not in listed
                               for c in draft.clauses if c is not clause for i in c.toponyms)
            copied = towns if placed_apart else towns[1:]
            if not placed_apart:  # the incident is the first place of its list: the places share its toll
                draft.parts = len(towns)
            for _, toponym in copied:
                part += 1
                out.append(_copy_at(draft, clause, toponym, places=places, part=part,
                                    parts=1 if placed_apart else len(towns)))
            moved = {i for _, i in copied if i is not None}
            clause.toponyms = [i for i in clause.toponyms if i not in moved]
    return out


def _copy_at(draft: Draft, listing: Clause, toponym: int | None, *, places: list[Place | None], part: int,
             parts: int) -> Draft:
    def wider(clause: Clause) -> list[int]:
        return [i for i in clause.toponyms if places[i] is not None and places[i].feature not in _LOCAL_FEATURES]

    # a copy that shares the toll keeps the counts to share; one of places apart from the incident has none of its own
    clauses = [replace(c, toponyms=([toponym] if c is listing and toponym is not None else []) + wider(c),
                       counts=c.counts if parts > 1 else []) for c in draft.clauses]
    return Draft(clauses=clauses, family=draft.family, part=part, parts=parts, unknown_town=toponym is None)


# What may stand before a sentence's opening day: an hour ("About 11:40 p.m. Sunday, ...", "Just after midnight
# Monday, ...").
_BEFORE_OPENING_DAY = re.compile(
    r"^\W*(?:(?:earlier|later|also|then|meanwhile|separately|elsewhere),?\s+)?"
    r"(?:(?:at|about|around|approximately|roughly|just|shortly|sometime|some time|before|after|until|by)\s+){0,3}"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)?|midnight|noon|\w+\s+o['’]clock)?[\s,]*$", re.IGNORECASE)
# ... and what follows it: people not met before ("Sunday night, a 27-year-old man was shot", "Friday, two women
# were wounded"), not the day's briefing ("Thursday afternoon, the police chief said") nor "Tuesday's shooting".
_NEW_VICTIMS_AFTER_DAY = re.compile(r"^\s*,\s*(?:at least\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                                    r"several|\d+)\s", re.IGNORECASE)
# ... or who did a deed of that day: "On Tuesday, Russian warplanes ...", "Earlier on Saturday, gunmen ...".
_DOER_AFTER_DAY = re.compile(r"^\s*,\s*(?:[A-Z][\w'’-]*\s+){1,3}(?=[a-z])|^\s*,\s*(?:gunmen|attackers|assailants|"
                             r"militants|rebels|insurgents|bandits|troops|soldiers|police|warplanes|drones|jets)\b")
# ... unless they are more of the victims before: "Early Saturday, a third man arrived at a hospital".
_MORE_OF_THEM = re.compile(r"(?:[\w-]+\s+){0,2}?(?:other|others|more|second|third|fourth|fifth)\b", re.IGNORECASE)
# Victims or an incident already told: a clause about them ("one of them died Saturday", "arrested in connection
# with Smith's murder") is no new incident ("killing a farmer and his daughter" tells new people, and so does "a man in
# his 30s": his own age).
_SAME_VICTIMS = re.compile(r"\b(?P<part>(?:one|two|both|all|each|none|neither) of (?:them|the|those|whom))\b|\bthe (?:victims?|"
                           r"wounded|injured|dead)\b|\b(?:he|she|they|him|them)\b|(?<!\band )(?<!\bin )\b(?:his|her|their)\b|"
                           r"\b(?:in connection with|custody|arrest\w*|charged|identified)\b|"
                           r"['’]s\s+(?:murder|killing|death|slaying|shooting|homicide)\b", re.IGNORECASE)


def _opens_another_day(clause: Clause, draft: Draft) -> bool:
    """A sentence that opens with a day ("Early Saturday, a woman was wounded ...", "About 11 p.m. Friday, two men
    were shot ...") and counts new victims tells the next incident of a list when the incident before counted its
    victims on another day: reporters list a night's shootings this way, one paragraph each, while a later day of
    the same incident is told of victims already named ("one of them died Saturday"). The day's slack for an
    incident running overnight (``SAME_DATE_DAYS``) does not join them."""
    if not clause.counts or clause.sentence.start != clause.span.start:
        return False
    # (the people told before the first count or in it: "took them away" after the men seized refers to them)
    counted_by = min(c.end for c in clause.counts) - clause.span.start
    if _SAME_VICTIMS.search(clause.span.text[:max(counted_by, 0)]):
        return False
    opening = next((d for d in clause.dates if d.precision == "day" and d.start >= clause.sentence.start), None)
    if opening is None or opening.names_incident or clause.refers_back:  # "Tuesday's shooting", "the attack"
        return False
    text, at = clause.sentence.text, clause.sentence.start
    after = text[opening.end - at:]
    if not _BEFORE_OPENING_DAY.match(text[:opening.start - at]):
        return False
    if new := _NEW_VICTIMS_AFTER_DAY.match(after):
        if _MORE_OF_THEM.match(after, new.end()):
            return False
    elif not (_DOER_AFTER_DAY.match(after) and (tells_newcomers(clause.span, clause.counts, after=opening.end - at)
                                               or any(c.outcome in ("abducted", "arrested") for c in clause.counts))
              and not _MORE_OF_THEM.search(after)):
        return False  # "On Tuesday, warplanes struck a village, killing a farmer and his daughter": a deed and its dead
        # ("On Monday, gunmen rounded up a dozen men": the men seized are new people too)
    counting = {c.sentence.index for c in draft.clauses if c.counts}  # the days of the sentences that count them
    counted = [d for c in draft.clauses if c.sentence.index in counting for d in c.dates if d.precision == "day"] \
        or [d for d in draft.dates if d.precision == "day"]  # (the dead counted first, their day told after)
    return bool(counted) and all(d.date_end < opening.date or d.date > opening.date_end for d in counted)


# Clock times at least this far apart are different incidents' of a night's list (told as midnight or noon, this far).
OTHER_HOUR_MINUTES = 20
ROUGH_HOUR_MINUTES = 120
# A part of a day a clause opens on ("On Saturday afternoon, ..."), as its likely time, and how far from the times of
# the incident before it another incident's is ("morning" may be the small hours: not counted).
# (and "Early Saturday," "Late Saturday,": the small hours and the night of the day)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PARTS = re.compile(rf"\b(afternoon|evening|night)\b|\b(early|late)\s+(?:on\s+)?{_WEEKDAY}\b", re.IGNORECASE)
_PART_OPENING = re.compile(rf"^\W*(?:on\s+)?(?:{_WEEKDAY}\s+)?(?P<part>afternoon|evening|night)\s*,|"
                           rf"^\W*(?P<edge>early|late)\s+(?:on\s+)?{_WEEKDAY}\s*,", re.IGNORECASE)
_PART_MINUTES = {"afternoon": 15 * 60, "evening": 19 * 60, "night": 22 * 60, "early": SMALL_HOURS, "late": 22 * 60}
OTHER_PART_MINUTES = 240


def _another_hour(clause: Clause, draft: Draft) -> bool:
    """"Around 10:25 p.m., a cook was shot outside a bakery" after "a man was shot at 9:35 p.m.": people newly shot at
    a clock time are the next incident of a night's list when the incident before counted its victims at other
    times only (minutes apart around midnight too), or told only by the time since the incident before it ("About an
    hour later, two people were shot ... | Around 3 a.m., a cook was found wounded"). "He was pronounced dead at 10:25
    p.m." tells no one new."""
    # (a part of a group told after the clause's own new people speaks of them: "... killed a man and wounded three
    # others, none of them seriously")
    fresh = min((c.start - clause.span.start for c in clause.counts if told_afresh(c)), default=len(clause.span.text))
    if not clause.counts or any(m.start() < fresh or not m.group("part")
                                for m in _SAME_VICTIMS.finditer(clause.span.text)):
        return False
    opens = bool(_CLOCK_OPENING.match(clause.span.text))
    # (a list's item that opens on its clock time tells its own people, found or shot: "Around 3 a.m., a cook was
    # found wounded on a porch")
    if not (tells_newcomers(clause.span, clause.counts) or opens and any(told_afresh(c) for c in clause.counts)):
        return False
    if (part := _PART_OPENING.match(clause.span.text)) is not None:
        # "On Saturday afternoon, a woman was killed ..." after a shooting at 11:50 p.m.: hours apart
        told = [t for c in draft.clauses for t in clock_minutes(c.span.text)] or [
            _PART_MINUTES[(m.group(1) or m.group(2)).lower()] for c in draft.clauses for m in _PARTS.finditer(c.span.text)]
        mine = _PART_MINUTES[(part.group("part") or part.group("edge")).lower()]
        if not told:  # an item of a list told only by the hours since the one before it ("About two hours later, ...")
            return bool(LATER_SAME_DAY.search(draft.clauses[0].span.text))
        return all(min(abs(mine - t), 24 * 60 - abs(mine - t)) >= OTHER_PART_MINUTES for t in told)

    def times(words: bool) -> tuple[list[int], list[int]]:
        return clock_minutes(clause.span.text, words=words), (
            [t for c in draft.clauses if c.counts for t in clock_minutes(c.span.text, words=words)]
            # "The first shooting was reported at 11 p.m."
            or [t for c in draft.clauses for t in clock_minutes(c.span.text, words=words)])

    # "About an hour later, two people were shot ... | Around 3 a.m. (or "Shortly before midnight"), ...": the list's
    # next item, after an incident told only by the time since the one before it
    next_item = opens and bool(LATER_SAME_DAY.search(draft.clauses[0].span.text))
    mine, theirs = times(False)
    if mine and not theirs and next_item:
        return True
    apart = OTHER_HOUR_MINUTES
    if not (mine and theirs):  # "just after midnight" ... "About 3 a.m.": a time told by a word is a rough one
        (mine, theirs), apart = times(True), ROUGH_HOUR_MINUTES
        if mine and not theirs and next_item:
            return True
    return bool(mine) and bool(theirs) and all(
        min(abs(a - b), 24 * 60 - abs(a - b)) >= apart for a in mine for b in theirs)


# A clause that opens on a clock time: "Around 3 a.m., ...", "At 11:40 p.m. Saturday, ...", "Shortly before midnight, ...".
_CLOCK_OPENING = re.compile(r"^\W*(?:(?:at|around|about|shortly|just|sometime|some\s+time)\s+)?(?:(?:before|after)\s+)?"
                            r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|midnight\b|noon\b|midday\b)", re.IGNORECASE)


# A clause that revises an incident's toll: the deaths it tells of came later than the incident itself.
TOLL_UPDATE = re.compile(
    r"\b(?:death toll|toll (?:rose|rises|has risen|climbed|climbs)|raising the (?:death )?toll|"
    r"(?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:victim|person|man|woman|child)|"
    r"(?:later|since|subsequently|eventually) (?:died|succumbed)|succumbed to (?:his|her|their) (?:wounds|injuries)|"
    # "Nasser died two days later", "she died the next morning", "he died in surgery three days later"
    r"(?:died|succumbed)(?:\s+[\w-]+){0,6}?\s+(?:later|the\s+(?:next|following)\s+(?:day|morning|night|evening))|"
    # "She died Tuesday in intensive care": someone told before died on a later day
    r"^\W*(?:he|she)\s+(?:later\s+|then\s+)?(?:died|succumbed)\b)",
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
# ... and so does one told of the doers just named ("The militants triggered a bomb": ``clauses.DOERS_AGAIN``).


# "Another man in the home was wounded", "a third man was hurt", "two others were also hurt": more victims of
# the incident just told.
MORE_VICTIMS = re.compile(r"^\W*(?:(?:an)?other|one other|an?\s+(?:second|third|fourth|fifth|sixth)|"
                          r"(?:\w+\s+){1,3}?(?:others|also))\b", re.IGNORECASE)


def _only_placed_by(clause: Clause, draft: Draft) -> bool:
    """An undated clause and an incident told only as the one the news happened near ("a few blocks from where a
    guard was killed in May"): the clause goes on about the news."""
    return not clause.dates and all(c.place_aside for c in draft.clauses)


def _right_after(clause: Clause, previous: tuple[Clause, Draft] | None, draft: Draft) -> bool:
    """The clause comes in the sentence of ``draft``'s latest clause or the next one."""
    return previous is not None and previous[1] is draft and clause.sentence.index - previous[0].sentence.index <= 1


def _more_victims(clause: Clause, previous: tuple[Clause, Draft] | None, draft: Draft) -> bool:
    """A clause that only counts more victims ("Another man was wounded"), right after a clause of ``draft``,
    is about that incident even when the incident is old news: it has no time of its own."""
    return (_right_after(clause, previous, draft) and all(t.kind == "casualty" for t in clause.triggers)
            and bool(MORE_VICTIMS.search(clause.span.text) or NAMED_VICTIM.match(clause.span.text)))


# A victim named with an age as a clause's subject ("Luis Ochoa, 28, was shot in the hip"): one of the incident's
# people told one by one, right after it, however old the incident.
NAMED_VICTIM = re.compile(r"^\W*(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’-]*,\s+\d{1,2},\s+(?:was|had\s+been)\s+")


# A court's or a charge's words: "was convicted in March of two counts of murder", "pleaded guilty".
# ("a jury found Dwayne Keller guilty": the found may be named between)
_COURT = re.compile(rf"\b(?:{COURT_VERBS}|pleaded\s+(?:not\s+)?guilty|found\s+(?:[\w.'’-]+\s+){{0,3}}?(?:not\s+)?guilty)\b",
                    re.IGNORECASE)


def _tried_for(clause: Clause, previous: tuple[Clause, Draft] | None, draft: Draft) -> bool:
    """A trial's or a charge's clause right after ``draft``'s ("... a shooting that killed two people in August 2019.
    Lee was convicted in March of two counts of murder"): about that incident, however old."""
    return _right_after(clause, previous, draft) and bool(_COURT.search(clause.span.text))


# A clause whose subject is someone told by "the" and a word ("The waiter died on the way to hospital").
_DEFINITE_SUBJECT = re.compile(r"^\W*[Tt]he\s+(?P<noun>[a-z][a-z-]+)\b")


def _told_again(clause: Clause, previous: tuple[Clause, Draft] | None, draft: Draft) -> bool:
    """A clause right after ``draft``'s that tells again of someone the incident brought in ("... killed a waiter in
    March 2015. The waiter died on the way to hospital"): the same incident, however old."""
    m = _DEFINITE_SUBJECT.match(clause.span.text)
    if not m or not _right_after(clause, previous, draft):
        return False
    brought_in = re.compile(rf"\b(?:an?|one|two|three|four|five)\s+(?:[\w-]+\s+)?{re.escape(m.group('noun'))}s?\b",
                            re.IGNORECASE)
    return any(brought_in.search(c.sentence.text) for c in draft.clauses)


# "also" right before the act it adds ("was also attacked", "also burned"), at most this many characters before it.
ALSO_ACT = re.compile(r"\balso\b", re.IGNORECASE)
ALSO_ACT_CHARS = 12
ALSO_OPENING = re.compile(r"\W*also\b[^,.;]{0,30},", re.IGNORECASE)
ANOTHER_TIME_OPENING = re.compile(r"\W*(?:earlier|later)\b[^,.;]{0,30},", re.IGNORECASE)
# ... or before a verb that only says the act was done, and the act's number: "also carried out at least six air strikes",
# "also launched two attacks"
ALSO_DID = re.compile(r"\s+(?:carried\s+out|conducted|launched|staged|mounted|made)\s+(?:at\s+least\s+|about\s+)?"
                      r"(?:(?:an?|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+series\s+of|"
                      r"dozens\s+of|more)\s+)?(?:[\w-]+\s+)?", re.IGNORECASE)
# ... not what befell a victim ("was also injured", "also died"): more victims of the incident told.
VICTIM_WORD = re.compile(r"(?:injur|wound|hurt|kill|dead|died|death|shot|slain|murdered)", re.IGNORECASE)


def _tells_where_it_was(clause: Clause) -> bool:
    """A clause that only tells where the incident just told took place ("The attack took place on a desert road in
    Elm province"), counting no one: where that incident was, even if it was first told near another town ("a
    monastery south of Elmtown")."""
    return clause.refers_back and not clause.counts and bool(HAPPENED.search(clause.span.text))


# A quarter of a town told by name: "in the Englewood neighborhood", "in the Ashby section" (a name the gazetteer most
# often lacks, or reads as the town itself).
_QUARTER = re.compile(r"\b(?:in|on|near)\s+the\s+(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}?)(?:neighbou?rhood|section)\b",
                      re.IGNORECASE)


def _quarters(clause: Clause) -> set[str]:
    return {m.group("name").strip() for m in _QUARTER.finditer(clause.span.text)}


# A time after the incident before, opening a sentence: "Minutes after that, ...", "About four hours later, ...".
_LATER_OPENING = re.compile(r"\W*(?:(?:about|some|roughly|nearly|just|less\s+than|more\s+than)\s+)?(?:(?:a\s+few|several|"
                            r"\w+)\s+)?(?:minutes|hours|moments)\s+(?:later|after\s+that|afterwards?)\s*,|"
                            r"\W*(?:a\s+(?:short\s+)?(?:time|while)\s+later|shortly\s+(?:afterwards?|after\s+that))\s*,",
                            re.IGNORECASE)


@cache
def _site_regex() -> re.Pattern[str]:
    """A kind of site told with its article ("at a car dealership", "in a restaurant parking lot"): sites.txt."""
    kinds = [line.strip() for line in (Path(__file__).parent / "sites.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    names = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"\b(?:at|in|outside|inside|near|behind)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<site>{names})\b",
                      re.IGNORECASE)


def _sites(clause: Clause) -> set[str]:
    return {re.sub(r"\s+", " ", m.group("site").lower()) for m in _site_regex().finditer(clause.span.text)}


def _at_another_site(clause: Clause, draft: Draft) -> bool:
    """A sentence that opens on a time after the incident before ("Minutes after that, ...") and tells new victims at a
    kind of site the incident has not named ("four women were killed in a restaurant parking lot" after "a father and
    son were killed at a car dealership"): the next incident of a spree."""
    if clause.sentence.start != clause.span.start or not _LATER_OPENING.match(clause.span.text):
        return False
    mine, theirs = _sites(clause), {site for c in draft.clauses for site in _sites(c)}
    return bool(mine) and bool(theirs) and not mine & theirs and tells_newcomers(clause.span, clause.counts)


def _in_another_quarter(clause: Clause, draft: Draft) -> bool:
    """A clause that tells people newly harmed in one quarter of a town after an incident told in another ("a man was
    shot to death in the Englewood neighborhood | ... a man was killed in the Little Village neighborhood"): the next
    incident of a city's round-up, whatever the hours between them."""
    mine = _quarters(clause)
    theirs = {name for c in draft.clauses for name in _quarters(c)}
    return bool(mine) and bool(theirs) and not mine & theirs and tells_newcomers(clause.span, clause.counts)


def _also_elsewhere(clause: Clause, draft: Draft, *, places: list[Place | None], weak: frozenset[int]) -> bool:
    """A clause that adds ("also") an act at a town the incident has not named ("the command post in
    Elmtown was also attacked", "rebels also burned a bus in Ashby", "Also on Friday, a bomb went off in Ashby", "jets
    also carried out six air strikes near Ashby") tells
    another incident of the same kind, even a few kilometres away: ACLED codes one event per place. Not a town the
    incident has named already ("police also found casings in Elmtown")."""
    also = [clause.span.start + m.end() for m in ALSO_ACT.finditer(clause.span.text)]
    # "Also last night, a charge exploded at a house in Ashby", "Earlier, a shell hit a school in Ashby"
    opening = ALSO_OPENING.match(clause.span.text) or ANOTHER_TIME_OPENING.match(clause.span.text)
    text, start = clause.span.text, clause.span.start
    if not any((0 <= t.start - at <= ALSO_ACT_CHARS or opening or t.start < at <= t.end  # "drones also struck"
                or at <= t.start and ALSO_DID.fullmatch(text, at - start, t.start - start))
               and not VICTIM_WORD.match(t.text) for at in also or ([start] if opening else []) for t in clause.triggers):
        return False  # "another player was also injured, citing local Elmtown media": one more victim
    theirs = {places[i].name for i in draft.place_ids() if places[i] is not None}
    return any(places[i] is not None and i not in weak and places[i].feature in _LOCAL_FEATURES
               and places[i].name not in theirs for i in clause.toponyms)


# Kinds of incident whose victims are no side of a fight: a strike or an attack by the other side is another incident.
ARMED_DOERS = ("state", "nonstate")
_ONE_SIDED = frozenset({"Explosions/Remote violence", "Violence against civilians"})


_ON_POSITIONS = re.compile(r"\b(?:on|at|against|targeting|targeted)\s+(?:[\w'’-]+\s+){0,3}?(?:positions?|posts?|bases?|"
                           r"camps?|hideouts?|strongholds?|barracks)\b", re.IGNORECASE)


def _other_side_strikes(clause: Clause, draft: Draft, *, places: list[Place | None], weak: frozenset[int]) -> bool:
    """A strike or an attack with victims of its own, by the armed side the incident's doers are not ("government air
    strikes killed 45 in the enclave" ... "rebel shelling of the capital killed two"): the other side's answer, an
    incident of its own, even a few kilometres away; so is one on the other side's positions, with or without victims
    ("the army carried out air strikes on RSF positions in Omdurman on the same day"), or at another country ("Hamas
    fired 80 rockets at Israel"). Not in a battle, whose dead fall on both sides."""
    if clause.refers_back or clause.family not in _ONE_SIDED or draft.family not in _ONE_SIDED \
            or not (any(c.outcome in VICTIM_OUTCOMES for c in clause.counts) or _ON_POSITIONS.search(clause.span.text)
                    or _another_country(clause, draft, places=places, weak=weak)):
        return False
    mine = {a.side for a in clause.actors if a.role == "agent" and a.side in ARMED_DOERS}
    theirs = {a.side for c in draft.clauses for a in c.actors if a.role == "agent" and a.side in ARMED_DOERS}
    if not theirs and any(t.sub_event_type == "Air/drone strike" for c in draft.clauses for t in c.triggers):
        theirs = {"state"}  # "four died in strikes on the village": air strikes told with no doer are the state's
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs


def _another_country(clause: Clause, draft: Draft, *, places: list[Place | None], weak: frozenset[int]) -> bool:
    """The clause names places of other countries only than the incident's ("Israeli aircraft struck the Gaza Strip
    ... | Hamas fired 80 rockets at Israel")."""
    mine = {p.country for p in _named_places(clause.toponyms, places, weak)}
    theirs = {p.country for p in _named_places(draft.place_ids(), places, weak)}
    return bool(mine and theirs and not mine & theirs)


def _adds_to_latest(clause: Clause, draft: Draft, *, places: list[Place | None], weak: frozenset[int]) -> bool:
    """A clause of another kind that points back ("in the attack") or adds ("also") belongs to the latest
    incident when it names no time or place of its own."""
    return ((clause.refers_back or bool(ADDS_TO.search(clause.span.text) or DOERS_AGAIN.match(clause.span.text)))
            and not clause.new_incident
            and not clause.dates and not _places_conflict(clause, draft, places, weak))


def _continues(clause: Clause, before: Clause, draft: Draft, *, places: list[Place | None],
               weak: frozenset[int]) -> bool:
    """A clause with no time of its own (or only one counted on from the clause before: "abducted on 11 March but freed
    three days later") that follows another clause of the same sentence carries on its incident."""
    return (clause.sentence.index == before.sentence.index and not clause.new_incident
            and all(COUNTED_ON.search(d.text) for d in clause.dates)
            and (_compatible(clause, draft) or before.family is None and clause.family in VIOLENT_FAMILIES)
            and not _places_conflict(clause, draft, places, weak))


# The campaign going on around the news, told after it: "(air strikes killed 45 in the enclave on Sunday) | as the army
# pressed its offensive to retake it".
_CAMPAIGN_AROUND = re.compile(
    r"\W*as\s+(?:[\w'’-]+\s+){1,4}?(?:pressed|presses|pushed|pushes|continued|continues|pursued|pursues|"
    r"stepped\s+up|steps\s+up|intensified|intensifies|waged|wages)\s+(?:on\s+with\s+)?(?:its|their|an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:offensive|campaign|assault|push|advance|operations?|bombardment|onslaught)\b",
    re.IGNORECASE)


def _campaign_around(clause: Clause, before: Clause) -> bool:
    """A clause of the same sentence that tells, with no toll or day of its own, the campaign the incident told
    before it is part of: the incident's circumstance, wherever the campaign aims ("near the capital")."""
    return clause.sentence.index == before.sentence.index and not clause.counts and not clause.dates \
        and bool(_CAMPAIGN_AROUND.match(clause.span.text))


# What ties the person arrested to a death told before: "(was arrested Monday) after DNA evidence linked him to the
# death of Ana Ruiz", "evidence that connected her to the 2019 shooting".
_THE_DEATH = (r"(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:deaths?|killings?|murders?|shootings?|slayings?|stabbings?|"
              r"attacks?)\b")
_LINKED_TO = re.compile(r"\b(?:linked|links|tied|ties|connected|connects|connecting|linking|tying)\s+(?:him|her|them|"
                        rf"the\s+(?:suspects?|man|woman|men|women))\s+to\s+{_THE_DEATH}"
                        # "(arrested Saturday in Ashby) | on a warrant in the killing of Ana Ruiz"
                        rf"|^\W*{ON_A_WARRANT}(?:in|for)\s+{_THE_DEATH}", re.IGNORECASE)


def _deed_of_the_arrest(clause: Clause, before: Clause, draft: Draft, recent: list[Draft], *,
                        places: list[Place | None], weak: frozenset[int]) -> Draft | None:
    """The incident told before that a deed named after an arrest points back to ("Deputies on Friday held a roofer
    | in connection with the stabbing"): told with no day or toll of its own, the deed is that incident, not the
    arrest's ("held after the raid on the depot, in which four guards died" tells the deed anew). So is a death the
    person arrested is linked to, whatever it counts ("held Monday | after DNA linked him to the death of Ana Ruiz,
    27"): the killing told before, not a new one on the arrest's day."""
    linked = _LINKED_TO.search(clause.span.text) is not None  # "after DNA linked him to the death of Ana Ruiz, 27"
    told_back = (clause.refers_back and not clause.counts or linked) and not clause.dates and clause.triggers
    if not (told_back and (clause.family in _VIOLENT_OR_CASUALTY or linked)
            and clause.sentence.index == before.sentence.index
            and _tells_arrest(before) and draft.family not in _VIOLENT_OR_CASUALTY):
        return None
    return next((d for d in reversed(recent) if d is not draft and d.family in _VIOLENT_OR_CASUALTY
                 and _compatible(clause, d) and not _places_conflict(clause, d, places, weak)), None)


# A deed told as what someone was held for: "(detained two youths) in connection with a raid last month", "for
# their suspected involvement in the raid on ...", "on suspicion of ...".
_FOR_WHAT_HELD = re.compile(rf"^\W*(?:in\s+connection\s+with|over|{HELD_FOR})\b", re.IGNORECASE)
# ... or told as what the people held did: "(arrested 12 suspected thugs) | who attacked a polling unit"
_WHO_DID = re.compile(rf"^\W*{WHO_DID}", re.IGNORECASE)


def _reason_of_the_arrest(clause: Clause, draft: Draft) -> bool:
    """The deed an arrest was made for, told with a time of its own ("Deputies held two youths on Monday | in
    connection with a raid last month") or as what the people held did ("arrested two men | who killed a trader"), is
    an incident apart from the arrest: it joins no draft that tells only arrests (an incident told before may be it;
    else it is one of its own)."""
    return bool(clause.triggers and clause.family in _VIOLENT_OR_CASUALTY
                and (_FOR_WHAT_HELD.match(clause.span.text) and any(not d.arrest and not d.reporting for d in clause.dates)
                     or _WHO_DID.match(clause.span.text))
                and all(_tells_arrest(c) for c in draft.clauses if c.triggers))


# The kinds of violence a killing told just before, in the same sentence, may end in: "shot and killed two men on May
# 10 | after a dispute that ended with a shootout" is one incident, whatever the report's lead made of it (an arrest).
VIOLENT_FAMILIES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
# ... and with them the incidents told only by their dead (a casualty report's family is None)
_VIOLENT_OR_CASUALTY = VIOLENT_FAMILIES | {None}


# ---------------------------------------------------------------------------------------------- building


def _arrest_places(draft: Draft, kind: str) -> frozenset[int]:
    """Where an incident's suspect was arrested ("arrested Tuesday at a home in Columbus"), in an incident of
    violence: no place of the incident's own."""
    if kind == "Arrests":
        return frozenset()
    return frozenset(i for c in draft.clauses if _tells_arrest(c) for i in c.toponyms)


def build_event(draft: Draft, *, document: Document, places: list[Place | None], toponyms: list[Toponym],
                fallback: Place | None, published: dt.date, context: str = "",
                weak: frozenset[int] = frozenset(), lead_date: tuple[TimeExpression, Sentence] | None = None,
                dateline: Place | None = None, date_basis: str = "known",
                elsewhere: frozenset[int] = frozenset()) -> Event | None:
    """The event a draft describes, or None when it has nothing an analyst would code.

    ``lead_date`` is the day the report's lead gives (with its sentence), for an incident whose own clauses
    name no time ("Police found two men shot outside a bar" after "... on Sunday night, police said").

    ``dateline`` is the place of the report's dateline, if it has one.

    ``date_basis`` says how sure ``published`` is (``assemble_when.when``): "known", or a stand-in for a report
    with no date ("year", "none"), against which a day counted from it ("on Friday") has year precision.

    ``elsewhere`` holds the toponyms told only of other incidents of the report (``assemble_where.where``).

    ``context`` is text that speaks of this incident beyond its own clauses (the whole report when it
    describes only this one), read for statements such as "no casualties other than the assailant".
    """
    victims = victims_of(draft)
    kind, trigger = choose_kind(draft, victims)
    trigger_clause = next(c for c in reversed(draft.clauses) if any(t is trigger for t in c.triggers))
    what = [evidence(document, trigger_clause, "event_type", trigger.start, trigger.end)]
    at = where(draft, document=document, places=places, toponyms=toponyms, weak=weak | _arrest_places(draft, kind),
               fallback=fallback, dateline=dateline, elsewhere=elsewhere)
    actors = who(kind, draft, victims=victims, country=at.country, document=document)
    tolls = how_many(kind, draft, document=document, context=context)
    timing = when(draft, document=document, published=published, lead_date=lead_date, date_basis=date_basis,
                  arrests=kind == "Arrests")
    certainty, sure = _how_sure(draft, document=document)

    record, place, killed = sub_event_type(kind), at.place, tolls.killed
    return Event(
        event_id=content_id(document.id, kind, trigger.start, *([draft.part] if draft.part else []), prefix="ev-"),
        document_id=document.id, event_type=record.event_type, sub_event_type=kind,
        actor1=actors.actor1, actor2=actors.actor2, assoc_actor_1=actors.assoc_actor_1, inter1=actors.inter1,
        inter2=actors.inter2,
        event_date=timing.event_date, date_end=timing.date_end, date_precision=timing.precision,
        time_precision=timing.time_precision,
        country=at.country, admin1=place.admin1 if place else None, admin2=place.admin2 if place else None,
        location=place.name if place else None, latitude=place.latitude if place else None,
        longitude=place.longitude if place else None, geonameid=place.geonameid if place else None,
        geo_precision=at.geo_precision,
        fatalities=killed.best if killed else 0, fatalities_low=killed.low if killed else 0,
        fatalities_high=killed.high if killed else 0,
        injured=tolls.injured.best if tolls.injured else None,
        abducted=tolls.abducted.best if tolls.abducted else None,
        arrested=tolls.arrested.best if tolls.arrested else None,
        certainty=certainty, historical=timing.historical,
        cameo=record.cameo, plover=record.plover, gtd_attack_type=record.gtd_attack_type,
        evidence=what + at.evidence + actors.evidence + tolls.evidence + timing.evidence + sure,
        sources=[Source(document_id=document.id, url=document.url, publisher=document.publisher,
                        published=document.published)],
    )


def _how_sure(draft: Draft, *, document: Document) -> tuple[str, list[Evidence]]:
    """The least sure word any clause of the incident says of it ("reportedly", "claimed"), with its evidence."""
    certainty = max((c.certainty for c in draft.clauses), key=CERTAINTY_ORDER.index)
    for clause in draft.clauses:
        if clause.certainty == certainty and clause.certainty_span:
            return certainty, [evidence(document, clause, "certainty", *clause.certainty_span)]
    return certainty, []

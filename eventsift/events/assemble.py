"""From clauses to events: group the clauses that describe one incident, then fill in its fields.

Grouping (``group_clauses``): a clause joins the latest compatible incident unless it names a different
time or place, says it is another incident, or names a different kind of event; a clause that points back
("the operation") joins even across other incidents. Building (``build_event``): one field group at a time,
each with the text it came from: what (``assemble_what``), where (``assemble_where``), who
(``assemble_who``), how many (``assemble_counts``), when (``assemble_when``) and how sure (here).
"""

from __future__ import annotations

import datetime as dt
import re

from eventsift.events.assemble_counts import how_many
from eventsift.events.assemble_what import choose_kind
from eventsift.events.assemble_when import HISTORICAL_AFTER_DAYS, when
from eventsift.events.assemble_where import km, where
from eventsift.events.assemble_who import victims_of, who
from eventsift.events.certainty import ORDER as CERTAINTY_ORDER
from eventsift.events.clauses import Clause
from eventsift.events.draft import Draft, evidence
from eventsift.nlp.timex import TimeExpression
from eventsift.ontology import sub_event_type
from eventsift.records import Document, Event, Evidence, Place, Sentence, Source, Toponym, content_id

# Two places further apart than this are different incidents (ACLED's own "within 25 km" tolerance).
SAME_PLACE_KM = 25.0
# Dates this many days apart can still be one incident that ran overnight ("Friday" ... "Saturday night").
SAME_DATE_DAYS = 1
# A draft with no date of its own is the news of the report's last week (the lead's days, pipeline.LEAD_DAYS).
UNDATED_NEWS_DAYS = 7


def _dates_conflict(clause: Clause, draft: Draft, *, published: dt.date | None = None) -> bool:
    """The clause's dates are all apart from the draft's; a draft with no date of its own is the news of the days
    before the report, apart from days the clause counts back from it ("the mass shooting two weeks ago where nine
    were shot" is another incident)."""
    if not clause.dates or (not draft.dates and (published is None or not all(d.relative for d in clause.dates))):
        return False  # against an undated incident, only days counted back from the report ("three weeks ago")
    slack = dt.timedelta(days=SAME_DATE_DAYS)
    if draft.dates:
        first = min(d.date for d in draft.dates) - slack
        last = max(d.date_end for d in draft.dates) + slack
    else:
        first, last = published - dt.timedelta(days=UNDATED_NEWS_DAYS) - slack, published + slack
    return not any(d.date <= last and d.date_end >= first for d in clause.dates)


def _places_conflict(clause: Clause, draft: Draft, places: list[Place | None], weak: frozenset[int] = frozenset()) -> bool:
    """Both name places and none of them are near each other (names that only say where someone came from or
    was taken to do not count)."""
    mine = [places[i] for i in clause.toponyms if places[i] is not None and i not in weak]
    theirs = [places[i] for i in draft.place_ids() if places[i] is not None and i not in weak]
    local_mine = [p for p in mine if p.feature in ("city", "admin2")]
    local_theirs = [p for p in theirs if p.feature in ("city", "admin2")]
    if local_mine and local_theirs:
        return not any(km(a, b) <= SAME_PLACE_KM for a in local_mine for b in local_theirs)
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


def group_clauses(clauses: list[Clause], *, places: list[Place | None], published: dt.date | None,
                  weak: frozenset[int] = frozenset()) -> list[Draft]:
    """Clauses in text order -> one draft per incident, in order of first mention (``published`` None: the
    report's date is not known, so no incident is told apart as old news)."""
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
                if _dates_conflict(clause, draft, published=published) or _places_conflict(clause, draft, places, weak):
                    continue
                if _opens_another_day(clause, draft):
                    continue  # "About 1 a.m. Sunday, a man was shot ...": the next item of a night's list
                if (published is not None and _is_background(draft, published) and not clause.dates
                        and not _more_victims(clause, previous, draft)):
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


# What may stand before a sentence's opening day: an hour ("About 11:40 p.m. Sunday, ...", "Just after midnight
# Monday, ...").
_BEFORE_OPENING_DAY = re.compile(
    r"^\W*(?:(?:at|about|around|approximately|roughly|just|shortly|sometime|some time|before|after|until|by)\s+){0,3}"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)?|midnight|noon|\w+\s+o['’]clock)?[\s,]*$", re.IGNORECASE)
# ... and what follows it: people not met before ("Sunday night, a 27-year-old man was shot", "Friday, two women
# were wounded"), not the day's briefing ("Thursday afternoon, the police chief said") nor "Tuesday's shooting".
_NEW_VICTIMS_AFTER_DAY = re.compile(r"^\s*,\s*(?:at least\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                                    r"several|\d+)\s", re.IGNORECASE)
# ... unless they are more of the victims before: "Early Saturday, a third man arrived at a hospital".
_MORE_OF_THEM = re.compile(r"(?:[\w-]+\s+){0,2}?(?:other|others|more|second|third|fourth|fifth)\b", re.IGNORECASE)
# Victims or an incident already told: a clause about them ("one of them died Saturday", "arrested in connection
# with Smith's murder") is no new incident.
_SAME_VICTIMS = re.compile(r"\b(?:one|two|both|all|each|none|neither) of (?:them|the|those|whom)\b|\bthe (?:victims?|"
                           r"wounded|injured|dead)\b|\b(?:he|she|they|his|her|their|him|them)\b|"
                           r"\b(?:in connection with|custody|arrest\w*|charged|identified)\b|"
                           r"['’]s\s+(?:murder|killing|death|slaying|shooting|homicide)\b", re.IGNORECASE)


def _opens_another_day(clause: Clause, draft: Draft) -> bool:
    """A sentence that opens with a day ("Early Saturday, a woman was wounded ...", "About 11 p.m. Friday, two men
    were shot ...") and counts new victims tells the next incident of a list when the incident before counted its
    victims on another day: reporters list a night's shootings this way, one paragraph each, while a later day of
    the same incident is told of victims already named ("one of them died Saturday"). The day's slack for an
    incident running overnight (``SAME_DATE_DAYS``) does not join them."""
    if not clause.counts or clause.sentence.start != clause.span.start or _SAME_VICTIMS.search(clause.span.text):
        return False
    opening = next((d for d in clause.dates if d.precision == "day" and d.start >= clause.sentence.start), None)
    if opening is None or opening.names_incident or clause.refers_back:  # "Tuesday's shooting", "the attack"
        return False
    text, at = clause.sentence.text, clause.sentence.start
    after = text[opening.end - at:]
    if (not _BEFORE_OPENING_DAY.match(text[:opening.start - at]) or not (new := _NEW_VICTIMS_AFTER_DAY.match(after))
            or _MORE_OF_THEM.match(after, new.end())):
        return False
    counted = [d for c in draft.clauses if c.counts for d in c.dates if d.precision == "day"]
    return bool(counted) and all(d.date_end < opening.date or d.date > opening.date_end for d in counted)


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


# "Another man in the home was wounded", "a third man was hurt", "two others were also hurt": more victims of
# the incident just told.
MORE_VICTIMS = re.compile(r"^\W*(?:(?:an)?other|one other|an?\s+(?:second|third|fourth|fifth|sixth)|"
                          r"(?:\w+\s+){1,3}?(?:others|also))\b", re.IGNORECASE)


def _more_victims(clause: Clause, previous: tuple[Clause, Draft] | None, draft: Draft) -> bool:
    """A clause that only counts more victims ("Another man was wounded"), right after a clause of ``draft``,
    is about that incident even when the incident is old news: it has no time of its own."""
    return (previous is not None and previous[1] is draft and clause.sentence.index - previous[0].sentence.index <= 1
            and all(t.kind == "casualty" for t in clause.triggers) and bool(MORE_VICTIMS.search(clause.span.text)))


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


def build_event(draft: Draft, *, document: Document, places: list[Place | None], toponyms: list[Toponym],
                fallback: Place | None, published: dt.date, context: str = "",
                weak: frozenset[int] = frozenset(), lead_date: tuple[TimeExpression, Sentence] | None = None,
                dateline: Place | None = None, date_basis: str = "known") -> Event | None:
    """The event a draft describes, or None when it has nothing an analyst would code.

    ``lead_date`` is the day the report's lead gives (with its sentence), for an incident whose own clauses
    name no time ("Police found two men shot outside a bar" after "... on Sunday night, police said").

    ``dateline`` is the place of the report's dateline, if it has one.

    ``date_basis`` says how sure ``published`` is (``assemble_when.when``): "known", or a stand-in for a report
    with no date ("year", "none"), against which a day counted from it ("on Friday") has year precision.

    ``context`` is text that speaks of this incident beyond its own clauses (the whole report when it
    describes only this one), read for statements such as "no casualties other than the assailant".
    """
    victims = victims_of(draft)
    kind, trigger = choose_kind(draft, victims)
    trigger_clause = next(c for c in reversed(draft.clauses) if any(t is trigger for t in c.triggers))
    what = [evidence(document, trigger_clause, "event_type", trigger.start, trigger.end)]
    at = where(draft, document=document, places=places, toponyms=toponyms, weak=weak, fallback=fallback,
               dateline=dateline)
    actors = who(kind, draft, victims=victims, country=at.country, document=document)
    tolls = how_many(kind, draft, document=document, context=context)
    timing = when(draft, document=document, published=published, lead_date=lead_date, date_basis=date_basis)
    certainty, sure = _how_sure(draft, document=document)

    record, place, killed = sub_event_type(kind), at.place, tolls.killed
    return Event(
        event_id=content_id(document.id, kind, trigger.start, prefix="ev-"),
        document_id=document.id, event_type=record.event_type, sub_event_type=kind,
        actor1=actors.actor1, actor2=actors.actor2, inter1=actors.inter1, inter2=actors.inter2,
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

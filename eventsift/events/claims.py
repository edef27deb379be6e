"""Responsibility: "The Taliban claimed responsibility for the attack", "sources attributed the attack to X".

A claim names who did it, usually in a sentence of its own with no event word, so it is read from the
whole document and given to the incident it follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventsift.events.actors import PART_OF_A_GROUP, ActorMention, find_actors
from eventsift.nlp.lexicon import load_tsv
from eventsift.nlp.scan import finditer_gated, gate_text, search_gated
from eventsift.records import Document, Event, Evidence

# The group before the words: "X claimed responsibility"; an armed group the actor lexicon knows before "held
# responsible" ("the rebels were held responsible for the raid").
_CLAIMED = re.compile(r"\b(?:has |have |had )?(?:claimed|accepted|admitted) responsibility\b", re.IGNORECASE)
_HELD = re.compile(r"\b(?:is|are|was|were|been|being)\s+held\s+responsible\b", re.IGNORECASE)
# ... and an armed group the actor lexicon knows before "claimed the attack" ("JNIM claimed the attack on Monday",
# "Islamic State claimed one of the attacks"; not "the army claimed the attack was repelled": no armed group).
_CLAIMED_THE_DEED = re.compile(
    r"\b(?:has |have |had )?claimed\s+(?:(?:one|two|some|all|each)\s+of\s+)?"
    r"(?:the|this|that|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|"
    r"(?:the|this)\s+(?:week|weekend)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|ambush|raids?|assault|"
    r"killings?)\b", re.IGNORECASE)
# The group after the words: "attributed the attack to X", "carried out by X" (after a deed the sentence tells, or
# "it": "the count was carried out by clerks", "the inquiry into the attack was carried out by police"
# are none).
_DEED = (r"(?:attacks?|bombings?|blasts?|explosions?|killings?|murders?|massacres?|ambush|assassinations?|raids?|"
         r"kidnappings?|abductions?)")
_ATTRIBUTED = re.compile(
    r"\b(?:attribut(?:ed|ing)|blam(?:ed|ing)|pinn(?:ed|ing))\s+(?:the\s+\w+\s+|it\s+|them\s+)?(?:to|on)\s+(?:the\s+)?|"
    rf"(?:(?<!\bof\s)(?<!\bof\sthe\s)(?<!\binto\sthe\s)\b{_DEED}\b[^.;]{{0,60}}?|"
    r"\b(?:it|this|which)\s+(?:was|were|had\s+been|has\s+been)\s+)"
    r"\b(?:carried out|perpetrated|orchestrated|masterminded|claimed) by\s+(?:the\s+)?"
    # ("claimed by a faction of the Pakistani Taliban": the group, by its part)
    rf"(?:(?:a|one)\s+{PART_OF_A_GROUP})?", re.IGNORECASE)
# ... and an armed group the lexicon knows before saying it did the deed: "Al Shabaab said in a statement that it had
# carried out the attack", "the group said it was behind Sunday's bombing" (not "the army said it had carried out the
# raid": no armed group).
_SAID_IT_DID = re.compile(
    r"\b(?:said|says|announced|stated)\b[^.;]{0,60}?\b(?:that\s+)?(?:it|its\s+(?:fighters|men|militants))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:carried\s+out|was\s+behind|staged|conducted)\s+(?:the|this|that|"
    rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:[\w-]+\s+){{0,2}}?{_DEED}\b", re.IGNORECASE)
# ... and an armed group (one the actor lexicon knows: a person accused in court is no claim) named between the words
# and the deed: "blamed X for the bombing", "held X responsible for the attack", "accused X of being responsible".
_ACCUSED = re.compile(
    rf"\b(?:blamed|held)\s+(?:the\s+)?(?=[^.;]{{1,80}}?\s+(?:responsible\s+)?for\s+(?:the|this|that|these|those|a|an)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_DEED}\b)|"
    rf"\baccused\s+(?:the\s+)?(?=[^.;]{{1,80}}?\s+of\s+(?:being\s+(?:\w+ly\s+)?responsible|carrying\s+out|staging|"
    rf"committing|perpetrating|(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_DEED}\b))|"
    # "The government blamed the National Liberation Army.", "... blamed the rebels for Sunday's blast", "blamed the
    # Elm militia, a coalition of ...": blamed, with nothing after the group but its kind or what it is blamed for (not "for similar bombings": what it did before)
    # (a group's own name may hold "of": "blamed the proscribed Indigenous People of Biafra and its armed wing, the
    # Eastern Security Network.")
    rf"\b(?:blamed|accused)\s+(?:the\s+)?(?=(?:(?!\s(?:over|in|on)\s|\sof\s+(?-i:[a-z])|\sfor\s+(?:similar|such|"
    rf"previous|past|earlier|other|many|several|numerous|repeated)\b)[^.;,]){{1,60}}?"
    rf"(?:\.(?:\s|$)|;|,\s+(?:who|which)\b|,\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:coalition|alliance|group|faction|network|"
    rf"militia|movement|offshoot|affiliate|outfit)\b|,\s+the\s+(?-i:[A-Z])[^.;,]{{0,60}}?\.(?:\s|$)|$))", re.IGNORECASE)
# Each pattern with whether only an armed group the actor lexicon knows may be named by it: the group told before the
# words, and the group told after them.
_GROUP_BEFORE = ((_CLAIMED, False), (_HELD, True), (_CLAIMED_THE_DEED, True), (_SAID_IT_DID, True))
_GROUP_AFTER = ((_ATTRIBUTED, False), (_ACCUSED, True))
_NEGATED = re.compile(r"\b(?:no|none|not|nobody|neither)\b[^.]{0,20}$", re.IGNORECASE)
# A group name the lexicon does not know: capitalised words, possibly with "of", "the" and a bracketed acronym, an
# article joined to the next word ("Ansar al-Islam").
_JOINING = r"(?:of|the|al|and|de|for)\b"
_NAME_WORD = rf"(?:[A-Z][\w'-]*|{_JOINING}(?:-[A-Z][\w'-]*)?)"
_PROPER = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD})*(?:\s+\([A-Z][\w-]*\))?)")


def tells_claim(text: str) -> bool:
    """The text credits or blames a group for an attack ("X claimed responsibility", "attributed the attack to X")."""
    return any(search_gated(pattern, text) for pattern, _ in _GROUP_BEFORE + _GROUP_AFTER)


@dataclass(slots=True, kw_only=True)
class Claim:
    name: str
    inter: int
    start: int  # document offsets of the group's name
    end: int


def find_claims(text: str, *, country: str | None = None) -> list[Claim]:
    """Every group credited with an attack in ``text``."""
    claims: list[Claim] = []
    gated = gate_text(text)
    for pattern, groups_only in _GROUP_BEFORE:
        for m in finditer_gated(pattern, text, gated=gated):
            sentence_start = _sentence_start(text, m.start())
            before = text[sentence_start:m.start()]
            if _NEGATED.search(before) or not before.strip():
                continue
            claims.extend(_named(before, sentence_start, country=country, last=True, groups_only=groups_only))
    for pattern, groups_only in _GROUP_AFTER:
        for m in finditer_gated(pattern, text, gated=gated):
            end = text.find(".", m.end())
            after = text[m.end():end if end != -1 else len(text)]
            claims.extend(_named(after, m.end(), country=country, last=False, groups_only=groups_only))
    return sorted(claims, key=lambda c: c.start)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts: after the last full stop or line break before it."""
    return max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)


# How far after the words a state's forces may be named to be those credited ("carried out by army death squads").
STATE_CLAIM_REACH = 16


def _named(span: str, offset: int, *, country: str | None, last: bool, groups_only: bool = False) -> list[Claim]:
    found = find_actors(span, offset=offset)
    # an armed group, else a state's forces named right after the words ("the massacre was carried out by soldiers",
    # not "... by a man from the valley, according to the police")
    actors = [a for a in found if a.side == "nonstate"] or [
        a for a in found if a.side == "state" and not last and a.start - offset <= STATE_CLAIM_REACH]
    if actors:
        actor = actors[-1] if last else actors[0]
        if not last and len(actors) > 1 and _described(actor, actors[1], span, offset, country=country):
            actor = actors[1]  # "claimed by Islamist militant group al Shabaab": the group its kind describes
        return [Claim(name=actor.name(country=country), inter=actor.inter, start=actor.start, end=actor.end)]
    if groups_only:
        return []
    names = [m for m in _PROPER.finditer(span) if m.group(1)[0].isupper() and len(m.group(1)) > 2]
    if not names:
        return []
    m = names[-1] if last else names[0]
    name = re.sub(rf"(?:\s+{_JOINING})+$", "", re.sub(r"^(?:The|the)\s+", "", m.group(1))).strip()
    if name.lower() in ("it", "they", "he", "she", "no group", "police", "officials"):
        return []
    return [Claim(name=name, inter=2, start=offset + m.start(1), end=offset + m.end(1))]


# How far a group's name may follow the words that describe its kind ("militant group | al Shabaab").
DESCRIBED_REACH = 12


def _described(kind: ActorMention, group: ActorMention, span: str, offset: int, *, country: str | None) -> bool:
    """An unnamed armed group's words right before a named one, with only words of its kind between: the named
    group, described."""
    gap = span[kind.end - offset:group.start - offset]
    return kind.name(country=country).startswith("Unidentified") and not group.name(country=country).startswith(
        "Unidentified") and len(gap) <= DESCRIBED_REACH and re.fullmatch(r"[\s\w-]*", gap) is not None


def attribute_claims(events: list[Event], *, document: Document) -> None:
    """Put each claimed or blamed group on the incident the claim follows (in place).

    The group replaces an unidentified armed group on either side, or fills an empty actor1.
    """
    if not events:
        return
    country = next((e.country for e in events if e.country), None)
    text = document.text
    for claim in find_claims(text, country=country):
        # the incident the claim names ("... claimed responsibility for Monday's bombing in Ashby"), else the one
        # told last before it
        first, last = claim.end, _object_end(text, claim.end)
        named = [e for e in events if any(ev.field == "event_type" and first <= ev.start < last for ev in e.evidence)] \
            if _TOLD_APART.search(text, first, last) else []
        preceding = [e for e in events if e.evidence and e.evidence[0].start < claim.start]
        if not named and (target := _target_named(text[first:last], preceding)) is not None:
            named = [target]  # "... claimed responsibility for the market attack": the incident at the market
        event = named[0] if named else preceding[-1] if preceding else events[0]
        # a claim that names no incident covers the events of the incident told before it at the same place and
        # days ("a suicide car bomb exploded outside a restaurant" ... "gunmen stormed it; the siege ended Saturday")
        same = [] if named else [e for e in preceding[:-1] if _same_incident(e, event)]
        if not named and preceding and _EVERY_INCIDENT.search(text, first, last):
            same = preceding[:-1]  # "... claimed responsibility for both attacks": each incident told before
        for target in [event, *same]:
            _credit(target, claim, document=document)


# The head of a report where its dateline and source line name the outlet it comes from.
OUTLET_HEAD_CHARS = 200
# A group's own fighters in its own words: "our forces", "our urban commandos", "our heroic combatants".
_OURS = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:forces|units|combatants|fighters|commandos|guerrillas|troops|"
                   r"mujahideen|militants|detachments|columns|brigades|people['’]s\s+army)\b", re.IGNORECASE)


@cache
def _outlets() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """(outlet name, group, inter) from data/group_outlets.tsv: armed groups' own radios and news outlets."""
    return tuple((re.compile(rf"\b{row['pattern']}\b", re.IGNORECASE), row["group"], int(row["inter"]))
                 for row in load_tsv("events/group_outlets.tsv"))


def own_outlet_claims(events: list[Event], *, document: Document) -> None:
    """In a group's own outlet ("CLANDESTINE (RADIO VENCEREMOS) -- ... our forces attacked the army
    posts"), the incident "our forces" carried out is the group's: each such incident (the one told from the words
    on, in their sentence or after) is credited to it (in place), as a claim would credit it."""
    text = document.text
    head = text[:OUTLET_HEAD_CHARS]
    group = next(((name, inter) for regex, name, inter in _outlets() if regex.search(head)), None)
    if group is None or not events:
        return
    for m in _OURS.finditer(text):
        sentence_start = _sentence_start(text, m.start())
        told = [e for e in events if e.evidence and e.evidence[0].start >= sentence_start]
        if not told:
            continue
        event = min(told, key=lambda e: e.evidence[0].start)
        if any(ev.field == "actor1" and m.start() <= ev.start < m.end() for ev in event.evidence):
            event.actor1 = None  # "our urban commandos": the group's, not a state's commandos
        _credit(event, Claim(name=group[0], inter=group[1], start=m.start(), end=m.end()), document=document)


def _same_incident(a: Event, b: Event) -> bool:
    return a.location == b.location and a.event_date is not None and b.event_date is not None \
        and abs((a.event_date - b.event_date).days) <= 1


# The sides a claimed or blamed group names better: armed men of no named group ("suspected militiamen" too).
_UNNAMED_SIDES = ("Unidentified Armed Group", "Unidentified Communal Militia")


def _credit(event: Event, claim: Claim, *, document: Document) -> None:
    """The claimed group on ``event`` in place of an unidentified armed group, with the claim as evidence."""
    if claim.name in (event.actor1, event.actor2):
        return
    if event.actor1 is None or (event.actor1 or "").startswith(_UNNAMED_SIDES):
        event.actor1, event.inter1 = claim.name, claim.inter
    elif (event.actor2 or "").startswith(_UNNAMED_SIDES):
        event.actor2, event.inter2 = claim.name, claim.inter
    else:
        return
    sentence_start = document.text.rfind("\n", 0, claim.start) + 1
    sentence_end = document.text.find("\n", claim.end)
    sentence = document.text[sentence_start:sentence_end if sentence_end != -1 else len(document.text)]
    event.evidence.append(Evidence(document_id=document.id, field="actor1", sentence=sentence.strip(),
                                   start=claim.start, end=claim.end))


# Words for fighters that name no group: "the rebels", "guerrillas", "urban commandos". Narrower than the words an
# incident's own named group stands for (``assemble_who._FIGHTERS``): across a whole report, not "unidentified gunmen",
# nor "militants", "fighters" or "terrorists", which South Asian reports use for many groups at once.
# (the people, not the word before a noun: "rebel shelling" in a war report is the rebels', not the one group named)
_UNNAMED_REBELS = re.compile(r"(?:the\s+)?(?:guerrillas?|rebels|insurgents|subversives?|(?:urban\s+)?commandos?)|"
                             r"the\s+(?:rebel|insurgent)", re.IGNORECASE)
# ... and "the terrorists", "the militants": the group named before, told again with the article (not "militants" alone,
# who may be any)
_THE_GROUP_AGAIN = re.compile(r"(?:terrorists|militants|extremists|jihadists)", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# ACLED's inter codes of the groups such words stand for: rebels and political militias.
_GROUP_INTERS = (2, 3)


def credit_the_named_group(events: list[Event], *, document: Document) -> None:
    """"The rebels" and "the guerrillas" of a report that names one armed group as a side of its incidents are that
    group (in place), in the group's country: an unidentified armed group told by such a word becomes it."""
    named = {(e.country, actor): inter for e in events for actor, inter in ((e.actor1, e.inter1), (e.actor2, e.inter2))
             if actor and inter in _GROUP_INTERS and not actor.startswith("Unidentified")}
    if len({actor for _, actor in named}) != 1:
        return
    for event in events:
        group = next((actor for country, actor in named if country == event.country), None)
        if group is None:
            continue
        inter = named[(event.country, group)]
        for side, other in (("1", "2"), ("2", "1")):
            actor = getattr(event, f"actor{side}") or ""
            if getattr(event, f"actor{other}") == group:
                continue  # the group fighting "rebels" fights someone else
            told = next((e for e in event.evidence if e.field == f"actor{side}"), None)
            words = document.text[told.start:told.end].strip() if told is not None else ""
            if actor.startswith("Unidentified Armed Group") and told is not None and (
                    _UNNAMED_REBELS.fullmatch(words) or _THE_GROUP_AGAIN.fullmatch(words)
                    and _THE_BEFORE.search(document.text, max(0, told.start - 6), told.start)):
                setattr(event, f"actor{side}", group)
                setattr(event, f"inter{side}", inter)


# Where what a claim is for ends: "claimed responsibility for the raid | and said ...", "| , saying ...".
_OBJECT_END = re.compile(r"[,;:\n]|\.(?:\s|$)|\s(?:and|saying|in retaliation|as|after|because)\s")
# What a claim is for, told apart from the incident just reported: by its day or its place ("for Monday's bombing",
# "for the blast in Ashby"), not "for the attack".
_TOLD_APART = re.compile(r"\b(?:in|at|near|on)\s+(?:the\s+)?(?-i:[A-Z])|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday|yesterday|last\s+(?:week|month|night))\b", re.IGNORECASE)
# ... or all the incidents told before: "for both attacks", "for all three bombings", "for the two attacks".
_EVERY_INCIDENT = re.compile(rf"\s+(?:for|of)\s+(?:both|all|each\s+of|all\s+of|the)\s+(?:the\s+)?"
                             rf"(?:(?:two|three|four|five|\d+)\s+)?(?:[\w-]+\s+)?{_DEED}(?<=s)\b", re.IGNORECASE)
# ... and how far it may run
CLAIM_OBJECT_CHARS = 120


# What a claim's object names the incident by, its target: "for the market attack", "for the bombing of the checkpoint".
_TARGET_OF_THE_DEED = re.compile(rf"\b(?:for|claimed)\s+(?:the\s+)?(?P<before>[a-z]+)\s+{_DEED}\b|"
                                 rf"\b(?:for|claimed)\s+(?:the\s+)?{_DEED}\s+(?:on|of|at)\s+(?:the\s+|a\s+)?(?P<after>[a-z]+)\b",
                                 re.IGNORECASE)
_NOT_TARGETS = frozenset({"suicide", "car", "bomb", "deadly", "latest", "first", "second", "third", "twin", "double",
                          "recent", "terrorist", "terror", "militant", "rocket", "mortar", "grenade", "gun", "armed"})


def _target_named(words: str, events: list[Event]) -> Event | None:
    """The one event told before the claim whose deed names the target the claim's object names ("claimed the market
    attack" after a car bomb at a market and a suicide bomber at a checkpoint: the market's)."""
    m = _TARGET_OF_THE_DEED.search(words)
    target = (m.group("before") or m.group("after")).lower() if m else None
    if target is None or target in _NOT_TARGETS:
        return None
    said = re.compile(rf"\b{re.escape(target)}s?\b", re.IGNORECASE)
    holders = [e for e in events if any(ev.field == "event_type" and said.search(ev.sentence) for ev in e.evidence)]
    return holders[0] if len(holders) == 1 else None


def _object_end(text: str, start: int) -> int:
    """The offset where what the claim at ``text[:start]`` is for ends."""
    found = _OBJECT_END.search(text, start, start + CLAIM_OBJECT_CHARS)
    return found.start() if found else min(len(text), start + CLAIM_OBJECT_CHARS)


# Strikes from the air: only a state (or a state's ally) flies them.
_FROM_THE_AIR = frozenset({"Air/drone strike"})


def credit_the_air_force(events: list[Event]) -> None:
    """An air strike the report tells with no doer ("six people died in strikes on the town") is flown by the air
    force the report names for its other air strikes, when it names one side only (in place): no armed group of the
    report's country has aircraft to be an unidentified one."""
    flyers = {(e.actor1, e.inter1, e.assoc_actor_1) for e in events if e.sub_event_type in _FROM_THE_AIR and e.actor1
              and not e.actor1.startswith("Unidentified")}
    if len(flyers) != 1:
        return
    actor1, inter1, assoc = flyers.pop()
    for event in events:
        if event.sub_event_type in _FROM_THE_AIR and (event.actor1 or "").startswith("Unidentified Armed Group"):
            event.actor1, event.inter1, event.assoc_actor_1 = actor1, inter1, assoc

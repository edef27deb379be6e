"""Who: the two actors of an incident (ACLED's actor1 and actor2) and their interaction codes.

Each event type has its own reading: in a battle actor1 is the armed side that is not the harmed one, in a
protest actor1 is the crowd and actor2 the police that stepped in, in an arrest actor1 is the state. When the
text names no one, the type's default stands in ("Unidentified Armed Group (Nigeria)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventsift.events.actors import CIVILIANS, ActorMention, with_acled_articles
from eventsift.events.assemble_what import ARMED_SIDES, after_the_deed
from eventsift.events.claims import tells_claim
from eventsift.events.count_words import FIGHT_NOUNS, PERPETRATOR_VICTIMS, VICTIM_OUTCOMES
from eventsift.events.draft import Draft, evidence
from eventsift.ontology import sub_event_type
from eventsift.records import Document, Evidence, Sentence

# ACLED interaction codes of the defaults, by the start of their name.
DEFAULT_INTER = (("Military", 1), ("Police", 1), ("Unidentified Armed", 3), ("Protesters", 6), ("Rioters", 5),
                 ("Civilians", 7))


@dataclass(slots=True, kw_only=True)
class Who:
    actor1: str | None
    actor2: str | None
    assoc_actor_1: str | None  # a force backing actor1 ("troops backed by Russian jets")
    inter1: int | None
    inter2: int | None
    evidence: list[Evidence]


def victims_of(draft: Draft) -> list[ActorMention]:
    """Actors named as the people harmed: in a casualty count's phrase or after "on"/"against"."""
    victims = []
    for clause in draft.clauses:
        for actor in clause.actors:
            in_count = any(c.start <= actor.start and actor.end <= c.end for c in clause.counts
                           if c.outcome in ("killed", "injured", "abducted"))
            if actor.role == "victim" and clause.family == "Strategic developments" and not in_count:
                continue  # "efforts were on to arrest the attackers": the doers, to be arrested, harmed by no one
            if actor.role == "victim" or (in_count and actor.role != "agent"):
                victims.append(actor)
    return sorted(victims, key=lambda a: ("Unidentified" in a.name_template, a.start))


def who(kind: str, draft: Draft, *, victims: list[ActorMention], country: str | None, document: Document) -> Who:
    """The actors of an event of type ``kind``, named for ``country`` where their name holds one."""
    m1, m2, default1, default2 = _choose_actors(kind, draft, victims)
    ally = next((a for c in draft.clauses for a in c.actors if a.role == "ally" and a is not m2
                 and a.side in ARMED_SIDES), None)
    if m1 is None and ally is not None:  # "an operation by a unit the lexicon does not know, backed by the air force"
        m1, ally = ally, None
    actor1 = m1.name(country=country) if m1 else _fill(default1, country)
    actor2 = m2.name(country=country) if m2 else _fill(default2, country)
    inter1 = m1.inter if m1 else (_default_inter(default1) if actor1 else None)
    inter2 = m2.inter if m2 else (_default_inter(default2) if actor2 else None)
    if actor2 == actor1 and (m2 is not None and not _both_unnamed_fighters(kind, actor1)):
        actor2, inter2 = None, None  # one side told twice; two unnamed sides of a battle are both coded
    assoc1 = ally.name(country=country) if ally is not None else None
    if assoc1 in (actor1, actor2):
        assoc1 = None
    found = []
    for name, mention in (("actor1", m1), ("actor2", m2), ("assoc_actor_1", ally if assoc1 else None)):
        if mention is not None:
            clause = next(c for c in draft.clauses if mention in c.actors)
            found.append(evidence(document, clause, name, mention.start, mention.end))
    return Who(actor1=actor1, actor2=actor2, assoc_actor_1=assoc1, inter1=inter1, inter2=inter2, evidence=found)


def _choose_actors(kind: str, draft: Draft, victims: list[ActorMention]) -> tuple[ActorMention | None, ActorMention | None, str | None, str | None]:
    """(actor1 mention, actor2 mention, actor1 default, actor2 default) for an event of type ``kind``; "the guerrillas"
    of an incident that names its armed group ("guerrillas of the Elm Front") are that group."""
    m1, m2, default1, default2 = _told_actors(kind, draft, victims)
    n1 = _named_group_for(m1, draft, victims)
    if n1 is m2 and kind in _TERRITORY_KINDS and _taken_from(m2, draft):
        n1 = m1  # the group named is the side that lost the ground: "rebels seized the town from Islamic State"
    return n1, _named_group_for(m2, draft, victims), default1, default2


# Fighters told by their kind only, who may be a group the incident names; "gunmen", "assailants" and "unidentified
# armed men" are told as unknown.
_FIGHTERS = re.compile(r"(?:rebels?|guerrillas?|insurgents?|militants?|fighters?|terrorists?|extremists?|jihadists?|"
                       r"separatists?)", re.IGNORECASE)


def _named_group_for(mention: ActorMention | None, draft: Draft, victims: list[ActorMention]) -> ActorMention | None:
    """The one armed group an incident names (the Elm Front), for a mention of armed men the text does not name
    ("rebels", "guerrillas"): the same fighters, told by their kind. A group credited or blamed for the attack is not
    told so: claims are weighed after the events are built (``claims.attribute_claims``)."""
    if mention is None or mention.side != "nonstate" or not _FIGHTERS.fullmatch(mention.text):
        return mention
    named = {a.name_template.replace("{match}", a.text): a for c in draft.clauses for a in c.actors
             if a.side == "nonstate" and "Unidentified" not in a.name_template and a.role != "source"
             and a not in victims and not tells_claim(c.sentence.text)}  # a claim is weighed apart (claims.py)
    if len(named) != 1:
        return mention
    group = next(iter(named.values()))
    # "rebels clashed with Kurdish-led forces": a group the fighters are told fighting is another side
    return mention if _told_fighting(mention, group, draft) else group


def _sentence_of(mention: ActorMention, draft: Draft) -> Sentence | None:
    """The sentence of the incident's clause that names ``mention``."""
    return next((c.sentence for c in draft.clauses if mention in c.actors), None)


def _told_fighting(a: ActorMention, b: ActorMention, draft: Draft) -> bool:
    """Whether one sentence tells two actor mentions fighting each other ("rebels clashed with al Shabaab")."""
    sentence = _sentence_of(a, draft)
    if sentence is None or not sentence.start <= b.start < sentence.end:
        return False
    first, second = sorted((a, b), key=lambda m: m.start)
    text = sentence.text
    if _BETWEEN_BEFORE.search(text, 0, first.start - sentence.start) \
            and _AND_BETWEEN.fullmatch(text, first.end - sentence.start, second.start - sentence.start):
        return True  # "clashes between FARC dissidents and ELN rebels"
    return bool(_FOUGHT_WITH.match(text[first.end - sentence.start:second.start - sentence.start]))


# Two sides told by a fight's noun: "clashes between | Elm rebels | and | the army".
_BETWEEN_BEFORE = re.compile(r"\b(?:clash(?:es)?|fighting|battles?|gunfights?|firefights?|skirmish(?:es)?|"
                             r"exchanges?\s+of\s+fire)\s+between\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"(?:\s+[\w-]+){0,2}\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)


# What the police or troops do to a violent crowd, or the crowd to them: "fired tear gas to disperse", "clashed with
# the police", "pelted stones at", "arrested 30 rioters".
_INTERVENED = re.compile(r"\b(?:dispers\w*|tear[\s-]?gas|lathi|batons?|rubber\s+bullets|water\s+cannons?|"
                         r"(?:shots|fired)\s+(?:in|into)\s+the\s+air|warning\s+shots|clash(?:ed|es)?\s+with|"
                         r"pelt\w*|(?:stones|rocks|bricks)\s+at|arrest\w*|detain\w*)", re.IGNORECASE)


# What a mob does to people, not to property: "beat up a driver", "lynched a suspected thief".
_BEATEN = re.compile(r"\b(?:beat(?:en|ing)?|lynch(?:ed|ing)|thrash(?:ed|ing)|assault(?:ed|ing)|stoned|hacked|tortured|"
                     r"manhandled|roughed\s+up)\b", re.IGNORECASE)


# Who lost the ground taken: "rebels seized the town from Islamic State militants".
_TERRITORY_KINDS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _taken_from(mention: ActorMention, draft: Draft) -> bool:
    """Whether the sentence names ``mention`` right after "from": the side a place was taken from."""
    sentence = _sentence_of(mention, draft)
    return sentence is not None and bool(_FROM_BEFORE.search(sentence.text, 0, mention.start - sentence.start))


def _lost_ground(kind: str, mentions: list[ActorMention], actor1: ActorMention | None,
                 draft: Draft) -> ActorMention | None:
    """In an event of territory taken, the armed side named right after "from", other than actor1 told again."""
    if kind not in _TERRITORY_KINDS:
        return None
    return next((a for a in mentions if a.side in ARMED_SIDES and a is not actor1 and _taken_from(a, draft)
                 and (actor1 is None or a.name_template != actor1.name_template)), None)


# Words between two sides told fighting each other: "clashed with", "were fighting against the".
_FOUGHT_WITH = re.compile(r"\s+(?:\w+\s+){0,2}?(?:clash(?:ed|es)?|fought|fighting|battled|battling|exchanged\s+fire)\s+"
                         r"(?:with|against)\s+(?:the\s+|al[\s-]+)?$", re.IGNORECASE)


# The force that ended an attack by shooting or seizing its doers: "(killing seven) before being shot dead by police":
# a side of the fight, not the doer of the attack.
_STOPPED_BY_BEFORE = re.compile(r"\b(?:before|until)\s+(?:being|they\s+were|he\s+was|she\s+was)\s+(?:\w+\s+)?"
                                # ("before he was tackled by passers-by and shot dead by police", "before he was
                                # shot and detained by police")
                                r"(?:(?:[\w'’-]+\s+){1,8}?and\s+)?"
                                r"(?:shot(?:\s+dead)?|killed|overpowered|subdued|stopped|arrested|detained|captured|"
                                r"apprehended|disarmed|wounded|neutrali[sz]ed)\s+"
                                rf"(?:by|in\s+an?\s+(?:[\w-]+\s+)?{FIGHT_NOUNS}\s+with)\s+"
                                r"(?:the\s+|armed\s+)*$", re.IGNORECASE)


# ... or told as the subject of what ended it: "(wounding a guard) before police shot and killed both of them"
_BEFORE_THE_STOPPER = re.compile(r"\b(?:before|until)\s+(?:the\s+|armed\s+)*$", re.IGNORECASE)
_STOPPED_IT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:shot|killed|fatally\s+shot|overpowered|subdued|tackled|stormed|"
                               r"arrested)\b", re.IGNORECASE)


def _stopped_it(mention: ActorMention, clause) -> bool:  # noqa: ANN001 - a Clause
    """The force told ending an attack, before or after its name ("before being shot dead by police", "before police
    shot him dead"): a side of the fight, not the doer of the attack."""
    text, at = clause.sentence.text, mention.start - clause.sentence.start
    return bool(_STOPPED_BY_BEFORE.search(text, 0, at)) or bool(
        _BEFORE_THE_STOPPER.search(text, 0, at) and _STOPPED_IT_AFTER.match(text, mention.end - clause.sentence.start))


# Some of an attack's doers, told as part of them: "(police shot dead) four of the attackers".
_OF_THE_DOERS = re.compile(r"(?:of\s+)?the\s+(?:attackers|assailants|gunmen|raiders|bombers|hijackers|hostage-takers)",
                           re.IGNORECASE)


def _ended_it(clause) -> bool:  # noqa: ANN001 - a Clause
    """A clause whose only harm is the attacker's own death ("before deputies shot and killed him", "Police shot dead
    four of the attackers"): the force in it ended the attack, no doer of it."""
    harmed = [m for m in clause.counts if m.outcome in VICTIM_OUTCOMES]
    return bool(harmed) and all(m.victims == PERPETRATOR_VICTIMS or _OF_THE_DOERS.fullmatch(m.victims.strip())
                                for m in harmed)


def _told_actors(kind: str, draft: Draft, victims: list[ActorMention]) -> tuple[ActorMention | None, ActorMention | None, str | None, str | None]:
    event_type = sub_event_type(kind).event_type
    # (police arresting protesters or rioters are the intervention, a side of the event)
    mentions = [a for c in draft.clauses for a in c.actors if a.role not in ("source", "ally")
                and (kind == "Arrests" or event_type in ("Protests", "Riots") or not after_the_deed(a, c))]
    stoppers = {id(a) for c in draft.clauses for a in c.actors if a.side == "state"
                and (_stopped_it(a, c) or _ended_it(c))}
    agents = sorted((a for a in mentions if a.role == "agent" and id(a) not in stoppers),
                    key=lambda a: ("Unidentified" in a.name_template, a.start))
    victim = victims[0] if victims else None
    if event_type == "Battles":
        # (a civilian is no side of a battle: the dead of "clashes left 30 people dead, including 12 rebels and
        # 18 soldiers" are told by the sides the list names; ACLED's actor rules clear a civilian side left over)
        fighter = victim if victim is not None and victim.side in ARMED_SIDES else None
        victim_side = fighter.side if fighter else None
        others = [a for a in agents + mentions if a.side in ARMED_SIDES and a.side != victim_side]
        actor1 = others[0] if others else next((a for a in agents if a.side != "civilian"), None)
        if kind in _TERRITORY_KINDS and actor1 is not None and _taken_from(actor1, draft):
            # "rebels seized the town from Islamic State": the side the ground was taken from lost it
            actor1 = next((a for a in others if not _taken_from(a, draft)), None)
        if fighter is not None and "Unidentified" in fighter.name_template and actor1 is not None:
            # "rebels clashed with Kurdish-led forces, leaving 11 fighters dead": the dead told only as fighters are
            # of either side; the group the sentence names against the doers is the other side
            fighter = next((a for a in mentions if a.side == "nonstate" and a is not actor1 and a.role != "agent"
                            and "Unidentified" not in a.name_template and _same_sentence(a, actor1, draft)), fighter)
        actor2 = fighter or next((a for a in mentions if a.side in ARMED_SIDES and actor1 and (
            _other_side(a, actor1) or a is not actor1 and _told_fighting(actor1, a, draft))), None) \
            or _lost_ground(kind, mentions, actor1, draft) \
            or (actor1 if actor1 is not None and _RIVALS.match(actor1.text) else None) or victim
        if actor1 is not None and _held_off(actor1, draft):
            # "the garrison beat back an assault by the insurgents": the side that attacked is actor1, as ACLED codes
            # the side that began a battle first
            actor1, actor2 = actor2, actor1
        if kind == "Government regains territory" and actor2 is not None and actor2.side == "state" \
                and (actor1 is None or actor1.side != "state"):
            # "troops took the village ... eight soldiers and 11 rebels died": the side that regains territory is the
            # state's, whoever the dead are told of first
            actor1, actor2 = actor2, actor1
        # a battle is between two armed sides: the one the report does not name is an unidentified armed group
        return actor1, actor2, "Unidentified Armed Group ({country})", "Unidentified Armed Group ({country})"
    if event_type == "Protests":
        crowd = next((a for a in mentions if a.side == "crowd" and a.inter == 6), None)
        police = next((a for a in mentions if a.side == "state"), None) if kind != "Peaceful protest" else None
        # a protest the state stepped in on was stepped in on by its police unless the text names another force
        return crowd, police, "Protesters ({country})", \
            "Police Forces of {country}" if kind == "Protest with intervention" else None
    if event_type == "Riots":
        crowd = next((a for a in mentions if a.side == "crowd" and a.inter == 5), None)
        # the police or troops that dispersed, fought or were stoned by a violent crowd are its other side; a mob's
        # victims are, when it attacked someone ("a mob beat a man accused of theft")
        forces = [(a, c) for c in draft.clauses for a in c.actors if a in mentions and a.side == "state"]
        force = next((a for a, _ in forces if a.role == "victim"), None) or next(
            (a for a, c in forces if _INTERVENED.search(c.sentence.text)), None)
        # ... and first the force told clashing with the crowd ("police and taxi drivers clashed"), whoever died
        clashed = next((a for a, c in forces if c.main_trigger is not None
                        and c.main_trigger.sub_event_type == "Armed clash"), None)
        other = clashed or ((force or victim) if kind == "Violent demonstration" else (victim or force))
        # a mob that beat, hurt or killed people nobody names by side attacked civilians ("a mob beat a suspected thief")
        harmed = kind == "Mob violence" and any(
            _BEATEN.search(c.span.text) or any(m.outcome in VICTIM_OUTCOMES and m.victims != PERPETRATOR_VICTIMS
                                               for m in c.counts) for c in draft.clauses)
        return crowd, other, "Rioters ({country})", CIVILIANS if harmed else None
    if kind == "Arrests":
        state = next((a for a in agents + mentions if a.side == "state"), None)
        target = next((a for a in mentions if a is not state and a.side != "state"), None)
        return state, target, "Police Forces of {country}", None
    actor1 = next((a for a in agents if a.side != "civilian"), None) or next(
        (a for a in mentions if a.side == "nonstate" and a not in victims), None) or next(
        (a for a in mentions if a.side == "state" and kind == "Other"), None)  # the state's own move
    if victim is None and event_type == "Explosions/Remote violence" and actor1 is not None:
        # "rebels shelled regime positions", "militants mortared an army unit": the other side's forces hit
        victim = next((a for a in mentions if a.side in ARMED_SIDES and a is not actor1 and a.role != "agent"
                       and _other_side(a, actor1)), None)
    if event_type == "Violence against civilians" and victim is not None and victim.side == "crowd" \
            and victim.inter == 5:
        victim = None  # "eight youths were killed": people attacked, no rioters (ACLED's civilians)
    # ACLED codes looted or destroyed property as the civilians' whose it was, unless the text names another owner
    defaults_2 = CIVILIANS if event_type == "Violence against civilians" or kind == "Looting/property destruction" \
        else None
    return actor1, victim, "Unidentified Armed Group ({country})", defaults_2


# A side told holding off an attack: "(forces) repelled an attack", "repulsed their attacks", "foiled an assault".
_HELD_OFF = re.compile(r"\s+(?:(?:have|has|had|successfully|reportedly)\s+)?(?:repelled|repulsed|foiled|thwarted|"
                       r"fought\s+off|beat\s+back|pushed\s+back)\s+(?:an?|the|their|its|his|several|multiple)\s+"
                       r"(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|raids?|ambush(?:es)?)\b", re.IGNORECASE)


def _held_off(mention: ActorMention, draft: Draft) -> bool:
    """Whether the sentence tells ``mention`` holding off the other side's attack right after naming it."""
    sentence = _sentence_of(mention, draft)
    return sentence is not None and bool(_HELD_OFF.match(sentence.text, mention.end - sentence.start))


def _same_sentence(a: ActorMention, b: ActorMention, draft: Draft) -> bool:
    """Whether two actor mentions of an incident are read in one sentence."""
    indices = {s.index for s in (_sentence_of(a, draft), _sentence_of(b, draft)) if s is not None}
    return len(indices) == 1


# Both sides told in one word: "rival gangs", "rival militias".
_RIVALS = re.compile(r"rival\s", re.IGNORECASE)


def _both_unnamed_fighters(kind: str, name: str | None) -> bool:
    """Two sides of a battle the report names neither of ("gunmen of the two sides died"): ACLED codes
    both as unidentified armed groups."""
    return sub_event_type(kind).event_type == "Battles" and bool(name) and name.startswith("Unidentified Armed Group")


def _other_side(a: ActorMention, b: ActorMention) -> bool:
    """Two sides of a fight: of two kinds (the army and rebels), or two countries' forces ("Indian and Pakistani
    troops")."""
    return a.side != b.side or bool(a.nationality and b.nationality and a.nationality != b.nationality)


def _fill(template: str | None, country: str | None) -> str | None:
    if template is None:
        return None
    if country:
        return with_acled_articles(template.replace("{country}", country))
    return template.replace(" ({country})", "").replace(" of {country}", "")


def _default_inter(template: str | None) -> int | None:
    if template is None:
        return None
    for prefix, inter in DEFAULT_INTER:
        if template.startswith(prefix):
            return inter
    return None

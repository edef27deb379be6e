"""What happened: the ACLED sub-event type of an incident, and the trigger that decided it.

The strongest trigger names a type; the people around it refine it (a clash with no weapons is a riot, shots at
civilians are an attack, a protest met with tear gas is a protest with intervention). With no such trigger, or
when arrests and looting come with deaths, the harmed decide (``_casualty_kind``).
"""

from __future__ import annotations

import re

from eventsift.events.actors import ActorMention
from eventsift.events.clauses import Clause
from eventsift.events.count_words import HELD_BEFORE, VICTIM_OUTCOMES
from eventsift.events.draft import Draft
from eventsift.events.triggers import Trigger
from eventsift.ontology import sub_event_type
from eventsift.records import Sentence

ARMED_SIDES = ("state", "nonstate")

# Strategic developments that give way to violence in the same incident ("beaten and then arrested").
# (a group's change of activity only beside people counted harmed: "were killed, and the suspect surrendered"; not
# beside a word of harm alone, "no injuries were reported")
CHANGE = "Change to group/activity"
VIOLENCE_FIRST = frozenset({"Arrests", "Looting/property destruction", "Disrupted weapons use", CHANGE})
ABDUCTION = "Abduction/forced disappearance"
# Gatherings for the dead: beside the killing they mourn, they are not the incident.
MOURNING = re.compile(r"\b(?:vigils?|memorials?|funerals?|candlelight)\b", re.IGNORECASE)
# Security personnel attacked when not on duty: ACLED codes them as civilians.
OFF_DUTY = re.compile(r"\b(?:off[- ]duty|on (?:leave|vacation|holiday)|(?:at|in|outside|in front of|near) (?:his|her|their) "
                      r"(?:own )?(?:house|home|residence|shop|farm)|while (?:shopping|praying|at home|on his way home))\b", re.I)
# Words that name a fight between two sides (an armed clash even when the dead are civilians).
TWO_SIDED = re.compile(r"clash|battle|fight|exchang|shoot-?out|skirmish|encounter|gunfight|firefight", re.I)
# ... and the words of a fight told from one side.
FIGHT = re.compile(rf"{TWO_SIDED.pattern}|ambush|repel|repuls|returned", re.I)
# ... and those of a fight a bomb may open (not "encounter": as often a killing by the police, "fake encounters", or
# the place of one, "the encounter site").
_FIGHT_AFTER_BOMB = re.compile(r"clash|battle|firefight|gunfight|\bfighting\b|exchang|shoot-?out|skirmish|ambush", re.I)
PROTEST_WORDS = re.compile(
    # (a march in lower case: "In March" is the month)
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|(?-i:march(?:ed|es)?|March(?:ed|es))|sit-in|strike|demand\w*|"
    r"denounc\w*|reject\w*|grievances?|block(?:ed|ing|aded)? (?:a |the |several |\w+ )?(?:roads?|streets?|highway|route|entrance)|"
    # (a party's or a union's people the police fired on "to disperse" were gathered: "tear gas to disperse
    # stone-throwing supporters"; "to disperse the crowd" of a mob is no protest)
    r"barricad\w*|tires|tyres|dispers(?:e|ed|ing)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:supporters|activists|"
    r"students|workers|members))\b", re.I)
# The words of a gathering: an incident told with none is no protest's.
GATHERING = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|(?-i:march\w*|March(?:ed|es|ers|ing))|crowds?|mobs?|"
                       r"rioters?|sit-in)\b", re.IGNORECASE)
# (not the police's crowd-control rounds: "fired tear gas", "firing rubber bullets")
FIREARMS = re.compile(r"\b(?:gun\w*|shot|shots|shoot\w*|(?:fire|fired|firing)(?!\s+(?:tear|teargas|rubber|pellets?|"
                      r"water)\b)|rifles?|firearms?|small arms|weapons?|armed|bullets?|mortars?|shell\w*|artillery)\b",
                      re.I)
# Signs that the authorities stepped in: ACLED's "Protest with intervention".
INTERVENTION_WORDS = re.compile(
    r"\b(?:tear ?gas|baton|lathi|water cannons?|dispersed?|dispersing|rubber bullets|fired (?:in the air|warning shots)|"
    r"beat|charged|cordoned|blocked (?:the )?(?:protest|march)|prevented|broke up|intervened|intervention)\b", re.I)
CROWD = re.compile(r"\b(?:protesters?|demonstrators?|participants?|marchers|activists?|people|students|workers)\b", re.I)
# ("soldiers fired on marchers in Elmtown, killing four people", "troops shot dead two demonstrators"; not "protesters
# angered by the killing of two marchers": what the protest is about)
KILLED_PROTESTERS = re.compile(r"\b(?:protesters?|demonstrators?|marchers)\b[^.]{0,60}\b(?:killed|killing(?!\s+of\b)|shot dead|"
                               r"died)\b|\b(?:killed|killing|shot dead)\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:protesters?|"
                               r"demonstrators?|marchers)\b", re.I)


# A seizure of arms ("recovered two rifles", "a cache of explosives was found"), as against a bomb defused.
_TAKEN = re.compile(r"\b(?:seiz|recover|confiscat|found|discover|captur|intercept|cache|stash|haul|consignment|depot)",
                    re.IGNORECASE)


def weapons_taken(trigger: Trigger | None) -> bool:
    """Whether ``trigger`` tells arms seized or found (ACLED's "Disrupted weapons use" of a seizure)."""
    return trigger is not None and trigger.sub_event_type == "Disrupted weapons use" \
        and bool(_TAKEN.search(trigger.text))


# A clause that tells the help another deed was given ("jets carried out air strikes in support of the advance",
# "helicopters provided air cover"): the deed helped is the event's kind, the help a part of it.
_IN_SUPPORT = re.compile(r"\b(?:in\s+support\s+of|to\s+support|"
                         r"provid(?:ed|ing)\s+(?:air\s+|aerial\s+)?(?:support|cover))\b", re.IGNORECASE)


def choose_kind(draft: Draft, victims: list[ActorMention]) -> tuple[str, Trigger]:
    """The ACLED sub-event type and the trigger that decided it (``victims``: the people named as harmed)."""
    specific = [t for c in draft.clauses for t in c.triggers if t.kind in ("specific", "weak")]
    helped = [t for c in draft.clauses if not _IN_SUPPORT.search(c.span.text)
              for t in c.triggers if t.kind in ("specific", "weak")]
    specific = helped or specific
    casualty = [t for c in draft.clauses for t in c.triggers if t.kind == "casualty"]
    victim_sides = {a.side for a in victims}
    if "state" in victim_sides and draft.mentions(OFF_DUTY):
        victim_sides = (victim_sides - {"state"}) | {"civilian"}  # a soldier shot at home is a civilian victim
    if any(t.sub_event_type == "Arrests" for t in specific) and not (_has_casualties(draft) or casualty):
        # "arrested three suspects during a search operation": an operation told only by its arrests is the arrests
        specific = [t for t in specific if t.kind != "weak"]
    if specific:
        trigger = max(specific, key=lambda t: (t.priority, -t.start))
        fight = next((t for t in specific if t.kind == "specific" and t.sub_event_type == "Armed clash"
                      and FIGHT.search(t.text)), None)
        if weapons_taken(trigger) and fight is not None:
            trigger = fight  # arms taken in a fight are the fight's (a raid's, with no fight told, are a seizure)
        elif trigger.sub_event_type == "Remote explosive/landmine/IED" and fight is not None \
                and _FIGHT_AFTER_BOMB.search(fight.text):
            trigger = fight  # "set off a land mine, then ambushed the patrol in an hour-long clash": ACLED codes an
            # ambush or a fight a bomb opened as the battle
        name = _refine(trigger.sub_event_type, draft, trigger=trigger, specific=specific, victim_sides=victim_sides)
        mourning = name in ("Peaceful protest", "Protest with intervention") and MOURNING.search(trigger.text)
        # (a raid that killed some and carried others off is coded as the killing: ACLED codes no abduction with deaths)
        if (name not in VIOLENCE_FIRST and not mourning and not _dead_beside_protest(draft, name)
                and not (name == ABDUCTION and (_killed_beside_abducted(draft) or _none_counted_taken(draft)))) or not (
                _has_casualties(draft) or casualty and name != CHANGE):
            if name == "Arrests" and _seized_by_armed_group(draft, trigger):
                return ABDUCTION, trigger  # "militants rounded up dozens of men": a seizure
            return name, trigger
        # violence with arrests or looting is coded as the violence; so is a shooting its vigil is held for
    trigger = casualty[0] if casualty else trigger
    return _casualty_kind(draft, victim_sides), trigger


def _refine(name: str, draft: Draft, *, trigger: Trigger, specific: list[Trigger], victim_sides: set[str]) -> str:
    """The trigger's own type, corrected by who takes part."""
    if name in ("Peaceful protest", "Protest with intervention"):
        if any(t.sub_event_type == "Violent demonstration" and t.text.lower().startswith("riot") for t in specific):
            return "Violent demonstration"  # "rioters blocked the bridge with tyres": the report calls them rioters
        destroyed = [t for t in specific if t.sub_event_type == "Looting/property destruction"]
        if any(_crowd_does(draft, t) for t in destroyed):
            return "Violent demonstration"  # "protesters torched vehicles": a protest that destroys is violent
        if destroyed and _agent_side(draft) == "nonstate":
            return "Looting/property destruction"  # "rebels set two trucks ablaze and raised slogans": no protest
        return _protest_kind(draft, intervened=name == "Protest with intervention")
    if name in ("Violent demonstration", "Mob violence") and _told_as_cause(draft, trigger):
        return _protest_kind(draft, intervened=False)  # "rallied against the arrest of men accused of rioting"
    if name in ("Violent demonstration", "Mob violence") and _armed_fight(draft, specific):
        return "Armed clash"  # "gunmen clashed with police", stones thrown during an encounter with militants
    if name in ("Violent demonstration", "Mob violence") and not any(a.side == "crowd" for c in draft.clauses
                                                                    for a in c.actors) \
            and any(a.side == "nonstate" and a.role == "agent" and "Unidentified" not in a.name_template
                    for c in draft.clauses for a in c.actors):
        return "Attack"  # "Maoists torched three vehicles | The ultras also beat up the drivers": a named armed
        # group's beating is its attack on the people, no riot
    if name in ("Violent demonstration", "Mob violence"):
        return _riot_kind(draft)
    if name == "Government regains territory":
        side = _agent_side(draft)
        if side == "nonstate" or side is None and any(a.side == "state" and a.role == "victim"
                                                      for c in draft.clauses for a in c.actors):
            return "Non-state actor overtakes territory"  # (also "seizing districts from government forces")
    if name == "Non-state actor overtakes territory" and _agent_side(draft) == "state":
        return "Government regains territory"  # "the army took control of a militia stronghold"
    if (name == "Armed clash" and victim_sides <= {"civilian"} and not _two_armed_sides(draft)
            and not TWO_SIDED.search(trigger.text) and (victim_sides or _only_civilians_face(draft))):
        return "Attack"  # shots at civilians are not a battle, nor is an ambush of a congressman
    if name == "Armed clash" and _unopposed_raid(draft, trigger):
        return "Other"  # "police raided the offices of a newspaper and closed it": no fight, no one harmed
    if name == "Armed clash" and _raid_on_homes(draft, trigger):
        return "Attack"  # "the militants raided Elm village, killing three": no fight, the villagers' killing
    if name == "Armed clash" and _unarmed_fight(draft, trigger):
        return _riot_kind(draft)
    if name == "Looting/property destruction" and _crowd_acts(draft, trigger):
        return _riot_kind(draft)
    return name


# What a protest is about, ending right before a riot's word inside it: "against the detention of two men accused of |
# hurling a petrol bomb", "after an officer | beat up a trader" (not "demonstrators who pelted stones" nor "residents
# protesting against the curfew vandalized a police station": their own deeds).
_CAUSE_BEFORE = re.compile(r"\b(?:accused\s+of|suspected\s+of|charged\s+with|involved\s+in|arrested\s+for|"
                           r"detained\s+for|after)(?P<gap>[^,;:.]*)$", re.IGNORECASE)


def _told_as_cause(draft: Draft, trigger: Trigger) -> bool:
    """A riot's word told inside what a protest of the same sentence is about, not as what its people did: the
    protest comes first, then the word of its cause, and no "and" or comma between that word and the riot's."""
    clause = _clause_of(draft, trigger)
    sentence = clause.sentence
    protests = [t for c in draft.clauses if c.sentence.index == sentence.index for t in c.triggers
                if t.sub_event_type in ("Peaceful protest", "Protest with intervention") and t.end <= trigger.start]
    if not protests:
        return False
    between = sentence.text[protests[-1].end - sentence.start:trigger.start - sentence.start]
    cause = _CAUSE_BEFORE.search(between)
    return cause is not None and not re.search(r"\band\b", cause.group("gap"))


def _clause_of(draft: Draft, trigger: Trigger) -> Clause:
    """The clause of the draft a trigger was read in."""
    return next(c for c in draft.clauses if trigger in c.triggers)


def _seized_by_armed_group(draft: Draft, trigger: Trigger) -> bool:
    """An armed group, and no state force, does the arresting ("IS fighters rounded up dozens of men")."""
    clause = _clause_of(draft, trigger)
    doers = [a for a in clause.actors if a.role != "source" and a.end <= trigger.start]
    return any(a.side == "nonstate" for a in doers) and not any(a.side == "state" for a in clause.actors)


def _casualty_kind(draft: Draft, victim_sides: set[str]) -> str:
    """The type of an incident told by its harm: who was harmed, who acted."""
    # (a crowd's word for people harmed in no gathering the report tells, "eight youths were killed in Elmtown", is
    # no protest: they are people attacked)
    if "crowd" in victim_sides and draft.mentions(PROTEST_WORDS):
        return "Excessive force against protesters"
    if victim_sides & set(ARMED_SIDES):  # armed people among the harmed: a fight, even if civilians died too
        return "Armed clash"
    if not victim_sides and _two_armed_sides(draft):
        return "Armed clash"
    if any(a.side == "crowd" and a.role == "agent" for c in draft.clauses for a in c.actors):
        return "Mob violence"
    if any(c.outcome == "abducted" for cl in draft.clauses for c in cl.counts) and not _killed_beside_abducted(draft):
        return ABDUCTION
    return "Attack"


def _riot_kind(draft: Draft) -> str:
    return "Violent demonstration" if draft.mentions(PROTEST_WORDS) else "Mob violence"


# An armed group's raid on where people live: "raided Elm village", "an incursion into the hamlet", "stormed homes in".
_RAIDED_HOMES = re.compile(r"\b(?:raided|raid(?:s|ing)?\s+(?:on|in)|incursions?\s+(?:into|in|on)|stormed|swept\s+"
                           r"through)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:villages?|hamlets?|settlements?|"
                           r"communit(?:y|ies)|homes?|houses?|compounds?|markets?)\b", re.IGNORECASE)


def _unopposed_raid(draft: Draft, trigger: Trigger) -> bool:
    """A raid (a weak word of a fight) by the state's forces that names no armed group, harms no one and is told with
    no word of violence: a move of the state's (ACLED's "Other" strategic development), no battle. (An operation told
    so stays a fight with a side unnamed, as ACLED codes operations against groups it does not name.)"""
    sides = _sides_named(draft)
    return trigger.kind == "weak" and trigger.text.lower().startswith("raid") \
        and "state" in sides and "nonstate" not in sides and not _has_casualties(draft) \
        and not any(t.kind == "casualty" for c in draft.clauses for t in c.triggers)


def _raid_on_homes(draft: Draft, trigger: Trigger) -> bool:
    """An armed group told raiding a village or homes and killing or hurting people, with no force of the state nor
    fight named: ACLED codes the raid as an attack on the people who live there."""
    clause = _clause_of(draft, trigger)
    return bool(_RAIDED_HOMES.search(clause.span.text)) and _has_casualties(draft) \
        and "state" not in _sides_named(draft) and not FIGHT.search(trigger.text) \
        and not any(t.sub_event_type == "Armed clash" and t.kind == "specific" and t is not trigger
                    for c in draft.clauses for t in c.triggers)


def _sides_named(draft: Draft) -> set[str]:
    """The sides of the actors the incident names as taking part (not those who only tell of it)."""
    return {a.side for c in draft.clauses for a in c.actors if a.role != "source"}


def _two_armed_sides(draft: Draft) -> bool:
    """Both a state force and a non-state armed group are named (who did what to whom left open), not counting the
    police told only arresting or charging someone after the deed."""
    return {"state", "nonstate"} <= {a.side for c in draft.clauses for a in c.actors
                                     if a.role != "source" and not after_the_deed(a, c)}


def _only_civilians_face(draft: Draft) -> bool:
    """Civilians are the subject of a clause that counts the harmed, and no armed side besides the attackers is
    named: "Congressman X, of the Y party, was murdered ... he was ambushed by two gunmen" (whoever tells it aside;
    not "he was murdered by four unidentified people")."""
    harmed = any(a.side == "civilian" and a.role != "agent" and a.end <= m.start for c in draft.clauses
                 for m in c.counts if m.outcome in VICTIM_OUTCOMES for a in c.actors)
    return harmed and "state" not in _sides_named(draft)


def _agent_side(draft: Draft) -> str | None:
    """The side of whoever acts first in the incident: the named agent, else the first armed actor."""
    actors = [a for c in draft.clauses for a in c.actors if a.side in ARMED_SIDES and a.role != "source"]
    agents = [a for a in actors if a.role == "agent"] or [a for a in actors if a.role != "victim"]
    return agents[0].side if agents else None


# One person told by a noun: "a man", "the suspect", "her husband".
_ONE_PERSON = re.compile(r"(?:an?|the|one|his|her|their)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|suspect|teen|teenager|"
                         r"person|husband|wife|boyfriend|girlfriend|father|mother|son|daughter|neighbou?r)",
                         re.IGNORECASE)


def _crowd_acts(draft: Draft, trigger: Trigger, *, armed_ok: bool = False) -> bool:
    """Unarmed people named before the act are doing it: students burning dormitories, a crowd burning a bank,
    sellers clashing with police (``armed_ok``: armed people may be named after them)."""
    clause = _clause_of(draft, trigger)
    harmed = [(c.start, c.end) for c in clause.counts if c.outcome in VICTIM_OUTCOMES]  # "a man was pistol-whipped"
    # (nor the one harmed: "the boy was shot by robbers who stole his phone")
    before = [a for a in clause.actors if a.end <= trigger.start and a.role not in ("source", "victim")
              and not any(start <= a.start and a.end <= end for start, end in harmed)]
    if before and _ONE_PERSON.fullmatch(before[0].text):
        # one man who set his home on fire is no crowd; the people a passive names after the deed may be ("the car of
        # a man was set alight by community members")
        text = clause.sentence.text
        before = [a for a in clause.actors if a.start >= trigger.end and a.side in ("crowd", "civilian")
                  and re.search(r"\bby\s+(?:[\w-]+\s+){0,2}$", text[:a.start - clause.sentence.start])]
    if not before or before[0].side not in ("crowd", "civilian"):
        return False
    # armed people who tell of it, are harmed by it or whose property it hits ("set a police station ablaze") do not
    # act in it
    acting = [a for c in draft.clauses for a in c.actors
              if a.side in ARMED_SIDES and a.role not in ("source", "victim")
              and not (c is clause and trigger.start <= a.start and a.end <= trigger.end)]
    return armed_ok or not acting


# What may stand between a crowd and a deed told of others ("protesters demanded the arrest of those who looted") or
# told as done to them ("residents say their shops have been robbed").
_NOT_THEIR_DEED = re.compile(r"\b(?:who|whom|those|which|that|against|over|for|demand\w*|call\w*|accus\w*|after|"
                             r"claim\w*|say|says|said|alleg\w*|been|being|was|were|is|are)\b", re.IGNORECASE)


# How many words may stand between a crowd and its deed ("protesters stormed the county assembly on Tuesday and |
# set part of it on fire").
CROWD_DEED_WORDS = 9


def _crowd_does(draft: Draft, trigger: Trigger) -> bool:
    """The people told just before a deed do it: "protesters torched vehicles", "students set the hostel ablaze" (a
    few words between and none that tells it of someone else)."""
    clause = _clause_of(draft, trigger)
    before = [a for a in clause.actors if a.end <= trigger.start and a.role not in ("source", "victim")]
    if not before or before[-1].side not in ("crowd", "civilian"):
        return False
    gap = clause.span.text[before[-1].end - clause.span.start:trigger.start - clause.span.start]
    return len(gap.split()) <= CROWD_DEED_WORDS and not _NOT_THEIR_DEED.search(gap)


def _armed_fight(draft: Draft, specific: list[Trigger]) -> bool:
    """A riot word inside a fight between armed sides: two armed sides and a clash word, or an armed
    group named with no protest around it."""
    if _two_armed_sides(draft) and any(t.sub_event_type == "Armed clash" for t in specific):
        return True
    named_group = any(a.side == "nonstate" and a.inter in (2, 3) and a.role != "victim"
                      for c in draft.clauses for a in c.actors)
    return named_group and not draft.mentions(PROTEST_WORDS) and not _unarmed_people(draft)


def riot_told_as_a_clash(draft: Draft) -> bool:
    """An incident told so far only as a clash with no arms ("two groups of villagers clashed over a field"), which is
    coded as a riot: the stones thrown or the people hurt in it, told next, are its own."""
    told = [t for c in draft.clauses for t in c.triggers if t.kind == "specific"]
    clashes = [t for t in told if t.sub_event_type == "Armed clash"]
    # (the protesters who clashed name the gathering too: "police and protesters clashed")
    return bool(clashes) and all(t in clashes or sub_event_type(t.sub_event_type).event_type == "Protests" for t in told) \
        and _unarmed_fight(draft, clashes[0])


def clash_told_as_a_riot(clause: Clause) -> bool:
    """A clause that tells a clash of protesters with no arms ("Clashes broke out between protesters and police"): a
    violent demonstration (not "the skirmishes took place downtown", the fight told before)."""
    trigger = clause.main_trigger
    alone = Draft(clauses=[clause])
    return trigger is not None and trigger.sub_event_type == "Armed clash" and alone.mentions(GATHERING) \
        and _unarmed_fight(alone, trigger)


def _unarmed_fight(draft: Draft, trigger: Trigger) -> bool:
    """A clash with no weapons or armed group named: villagers against villagers, sellers against police,
    demonstrators clashing at a rally."""
    clashed = _people_clashed(draft, trigger)
    if _nonstate_armed(draft) or draft.mentions(FIREARMS) and not clashed:
        return False
    if draft.mentions(PROTEST_WORDS):
        return True  # "protesters clashed with police", "injured in the clashes" at a protest: a violent demonstration
    return _unarmed_people(draft) and (not _armed_actors(draft) or _crowd_acts(draft, trigger, armed_ok=True) or clashed)


def _people_clashed(draft: Draft, trigger: Trigger) -> bool:
    """People with no arms told as a side of the clash, where only the state's forces are armed: "two were shot dead
    after police and taxi drivers clashed" (the police shot; the drivers fought them)."""
    clause = _clause_of(draft, trigger)
    # (a clash told with no arms in its own words: not "a shoot-out", not "clashed with armed loggers")
    return trigger.text.lower().startswith("clash") and not FIREARMS.search(clause.span.text) and any(
        a.side in ("crowd", "civilian") and a.role not in ("source", "victim") and a.end <= trigger.start
        for a in clause.actors)


def _unarmed_people(draft: Draft) -> bool:
    """People with no arms named as taking part (not only as the harmed)."""
    return any(a.side in ("crowd", "civilian") and a.role not in ("source", "victim")
               for c in draft.clauses for a in c.actors)


def _nonstate_armed(draft: Draft) -> bool:
    return any(a.side == "nonstate" for c in draft.clauses for a in c.actors)


def _armed_actors(draft: Draft) -> bool:
    return any(a.side in ARMED_SIDES for c in draft.clauses for a in c.actors)


def _dead_beside_protest(draft: Draft, name: str) -> bool:
    """A peaceful protest's word ("slogans", "demanded") beside deaths told in a clause of their own: the incident
    is the killing ("killing two ... Maoists left leaflets with slogans"), not a protest. Deaths a protest's own
    clause tells of ("rallied against the killing of two students") are what the protest is about."""
    if name != "Peaceful protest":
        return False
    protest = [c for c in draft.clauses if any(
        t.kind in ("specific", "weak") and t.sub_event_type == "Peaceful protest" for t in c.triggers)]
    others = [c for c in draft.clauses if c not in protest]
    if _deaths_told(others):
        return True
    # ... and the hurt, beside a rally told with no day of its own ("six were shot outside a hall ... the pastor's
    # weekly rally seeks to end such bloodshed"): an aside about a cause, not the day's incident
    return not any(c.dates for c in protest) and any(
        m.outcome in ("injured", "hit") and m.count.best > 0 and any(_GUNFIRE.search(t.text) for t in c.triggers)
        for c in others for m in c.counts)


# The words of a shooting or a stabbing (not a bare "injured", which a protest's own scuffles tell).
_GUNFIRE = re.compile(r"\b(?:shot|shoot|shooting|shootings|gunfire|gunshots?|stabbed|stabbing|opened\s+fire)\b", re.I)


def _deaths_told(clauses: list[Clause]) -> bool:
    return any(m.outcome == "killed" and m.count.best > 0 for c in clauses for m in c.counts)


# Between the dead and the abducted a sentence lists as outcomes of one raid: a list's "and" or comma ("shot dead two
# herders | and | carried off nine women"), and no word that sets the seizure or the deaths apart in time or tells
# them of the same people ("who had been kidnapped", "later", "after").
_OUTCOMES_LISTED = re.compile(r"\band\b|,")
_OUTCOMES_APART = re.compile(r"\b(?:who|whom|which|later|after|afterwards|before|then|when|while|until|since)\b",
                             re.IGNORECASE)
# ... nor dead found, as hostages are ("a trader, who had been abducted ..., was found dead").
_FOUND_DEAD = re.compile(r"\b(?:found|discovered|recovered|turned\s+up|bod(?:y|ies))\b", re.IGNORECASE)


def _none_counted_taken(draft: Draft) -> bool:
    """People killed, told as hostages held before, and no one counted as taken or told seized ("the bodies of six
    hostages"): the killing, not a seizure ("killed a priest and abducted his assistant" stays the seizure it tells)."""
    counts = [m for c in draft.clauses for m in c.counts]
    told = [t.text for c in draft.clauses for t in c.triggers if t.sub_event_type == ABDUCTION]
    return any(m.outcome == "killed" and m.count.best > 0 for m in counts) and not any(
        m.outcome == "abducted" for m in counts) and bool(told) and all(HELD_BEFORE.fullmatch(t) for t in told)


def _killed_beside_abducted(draft: Draft) -> bool:
    """A sentence lists people killed and others carried off as outcomes of one raid ("shooting dead four farmers and
    seizing 11 others", "killed the village head ... and abducted his two wives"): ACLED codes the raid as the
    killing. Hostages killed afterwards ("seized a judge ... his body was found two days later", "the trader, who had
    been kidnapped, turned up dead") are not listed so: the seizure stays an abduction."""
    by_sentence: dict[int, tuple[Sentence, list]] = {}
    for clause in draft.clauses:
        by_sentence.setdefault(clause.sentence.index, (clause.sentence, []))[1].extend(clause.counts)
    for sentence, counts in by_sentence.values():
        for killed in (c for c in counts if c.outcome == "killed"):
            for taken in (c for c in counts if c.outcome == "abducted"):
                first, second = sorted((killed, taken), key=lambda c: c.start)
                if first.end > second.start:
                    continue
                between = sentence.text[first.end - sentence.start:second.start - sentence.start]
                told = sentence.text[first.start - sentence.start:second.end - sentence.start]
                if _OUTCOMES_LISTED.search(between) and not _OUTCOMES_APART.search(between) \
                        and not _FOUND_DEAD.search(told):
                    return True
    return _killing_told_first(draft)


# The dead of the side that did the seizing: "two of the kidnappers were killed" in a rescue is no raid's killing.
_ATTACKING_DEAD = re.compile(r"\b(?:kidnappers?|abductors?|captors?|gunm[ae]n|attackers?|assailants?|militants?|"
                             r"rebels?|insurgents?|bandits?|fighters?|terrorists?)\b", re.IGNORECASE)
_KILLED_WORD = re.compile(r"\b(?:killed|murdered|executed|slain|assassinated|beheaded|shot\s+dead)\b", re.IGNORECASE)
# An abduction told as having happened before, or as the story of its own that ended: "who had been kidnapped", "the
# hostages held since March", "was kidnapped on 22 January but was rescued three days later".
_TAKEN_BEFORE = re.compile(r"\b(?:had\s+been|were\s+being|held\s+since|still\s+held|in\s+captivity|rescued|freed|"
                          r"released|escaped)\b", re.IGNORECASE)


def _killing_told_first(draft: Draft) -> bool:
    """The incident's lead tells people killed, and a later sentence the people carried off in it ("killed at least
    40 people in a village on Friday ... | More than 100 were wounded and dozens of women were abducted"): the raid
    is the killing, as when both are listed at once (not dead found after a seizure told before them, nor people seized
    whose bodies the report tells found later: "the assassination of two lawyers ... | were kidnapped on their way to
    the airport; their bodies were found later", nor the seized told dead in their own sentence: "were abducted and
    killed in January")."""
    counts = [(c, cl.sentence) for cl in draft.clauses for c in cl.counts]
    killed = [(c, s) for c, s in counts if c.outcome == "killed" and c.count.best >= 1
              and not _ATTACKING_DEAD.search(c.victims)]
    taken = [(c, s) for c, s in counts if c.outcome == "abducted"]
    if not killed or not taken:
        return False
    its_sentence = min(killed, key=lambda cs: cs[0].start)[1]
    first_taken, taken_in = min(taken, key=lambda cs: cs[0].start)
    later = [c.sentence.text for c in draft.clauses if c.sentence.index >= taken_in.index]
    return its_sentence.index < taken_in.index and not _FOUND_DEAD.search(its_sentence.text) \
        and not _TAKEN_BEFORE.search(taken_in.text) and not any(_FOUND_DEAD.search(text) for text in later) \
        and not any(s.index == taken_in.index for _, s in killed) \
        and not _KILLED_WORD.search(taken_in.text, max(0, first_taken.start - taken_in.start))


def _has_casualties(draft: Draft) -> bool:
    return any(c.outcome in ("killed", "injured") for cl in draft.clauses for c in cl.counts)


def _forces_killed_the_crowd(draft: Draft) -> bool:
    """A sentence that tells the state's forces and the crowd they harmed with its dead: "police shot dead three
    youths during a protest" (not "a rally against the killing of a marcher last week", which names no force)."""
    for index in {c.sentence.index for c in draft.clauses}:
        here = [c for c in draft.clauses if c.sentence.index == index]
        actors = [a for c in here for a in c.actors]
        if any(a.side == "state" and a.role == "agent" for a in actors) and _deaths_told(here) and (
                any(a.side == "crowd" and a.role == "victim" for a in actors)
                or any(a.side == "civilian" and a.role == "victim" for a in actors)
                and _IN_THE_PROTESTS.search(here[0].sentence.text)):
            return True  # (or people told killed "in the bloodiest day of protests")
    return False


# The protests the harm was done in: "(security forces killed 90 people) in the bloodiest day of protests".
_IN_THE_PROTESTS = re.compile(r"\b(?:during|in|at|amid)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:protests?|demonstrations?|"
                              r"rall(?:y|ies)|marches)\b", re.IGNORECASE)


def _protest_kind(draft: Draft, *, intervened: bool) -> str:
    killed = _deaths_told(draft.clauses)
    if killed and (draft.mentions(KILLED_PROTESTERS) or _forces_killed_the_crowd(draft)):
        return "Excessive force against protesters"
    # arrests of the crowd, not of the person the protest is about ("against the arrest of the editor")
    arrests = any(c.outcome == "arrested" and (c.count.best > 1 or CROWD.search(c.victims))
                  for cl in draft.clauses for c in cl.counts)
    if intervened or arrests or draft.mentions(INTERVENTION_WORDS):
        return "Protest with intervention"
    return "Peaceful protest"


# What the police do after an incident: "police have arrested a suspect in the killing", "deputies charged two men".
# (told by themselves too: "Police said they arrested two suspects")
_POLICE_AFTER = re.compile(r"\s+(?:(?:said|say|says)\s+(?:that\s+)?(?:they|it)\s+)?"
                           r"(?:(?:have|has|had|later|also|on\s+\w+day)\s+)*(?:arrested|detained|apprehended|charged|"
                           r"booked|identified|named|released|questioned|took\s+(?:\w+\s+)?into\s+custody|"
                           # "Police have lodged a murder case against unknown persons"
                           r"(?:registered|lodged|filed|opened)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:case|FIR|complaint|"
                           r"investigation|inquiry|probe))\b", re.IGNORECASE)


# ... for an incident told as done: "a suspect", "in connection with", "in the killing of", "for the shooting"
_FOR_THE_DEED = re.compile(r"\b(?:suspects?|in\s+connection\s+with|(?:in|for|over)\s+the\s+(?:[\w-]+\s+){0,2}?(?:killing|"
                           r"shooting|murder|death|slaying|stabbing|attack|bombing|robbery|kidnapping)s?)\b", re.IGNORECASE)


# ... and what they do that names someone: "detectives named the cook shot behind a diner" names its victim.
_NAMING_AFTER = re.compile(r"\s+(?:(?:have|has|had|later|also|on\s+\w+day)\s+)*(?:identified|named)\b", re.IGNORECASE)


def after_the_deed(mention: ActorMention, clause) -> bool:  # noqa: ANN001 - a Clause
    """The police told arresting or naming a suspect of an attack are no side of the attack itself ("police have
    arrested a second suspect in the killing of ...", "police arrested a man three blocks away" in a clause that
    hurts no one), nor are the police naming its victim ("detectives named the cook shot behind ..."); police who
    arrested a man and then beat him are."""
    at = mention.end - clause.sentence.start
    return mention.side == "state" and bool(_POLICE_AFTER.match(clause.sentence.text, at)) \
        and (bool(_FOR_THE_DEED.search(clause.sentence.text, at)) or bool(_NAMING_AFTER.match(clause.sentence.text, at))
             or not any(m.outcome in VICTIM_OUTCOMES for m in clause.counts))

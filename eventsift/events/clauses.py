"""Reading one clause: its triggers, counts, actors, dates, places and certainty (decide, don't group yet)."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from eventsift.events.actors import ActorMention, find_actors
from eventsift.events.certainty import find_certainty
from eventsift.events.count_words import CALENDAR_WORD, FIGHT_NOUNS, PERPETRATOR_VICTIMS, VICTIM_OUTCOMES, exact_count
from eventsift.events.counts import CountMention, find_counts, shot_down_alive
from eventsift.events.numbers import word_to_int
from eventsift.events.triggers import Trigger, find_triggers
from eventsift.nlp.scan import GatedAlternation, search_gated
from eventsift.nlp.text import (
    ELLIPTIC_TOLL_PART, PART_NUMBER, PLACE_OF_EARLIER, RULERS_ASIDE, TOLL_PART, split_clauses,
)
from eventsift.nlp.timex import TimeExpression, find_dates, time_before
from eventsift.ontology import sub_event_type
from eventsift.records import Place, Sentence

# A clause that points back at an incident already described: "the operation", "this attack".
BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,3}?(?:operation|attack|raid|blast|explosion|bombing|"
    r"clash(?:es)?|fighting|battle|kidnapping|abduction|incident|assault|strike|ambush|protest|riot|violence|"
    r"encounter|shooting|stabbing|killing|murder|slaying|homicide|firing|action|advance|shelling|"
    r"bombardment)s?\b", re.IGNORECASE)
# A clause that says it is about another incident ("another shooting", "a third shooting early Sunday"; "the second
# shooting" may point back to one already told).
NEW_INCIDENT = re.compile(
    r"\b(?:in (?:a|another) (?:separate|different|similar|related) (?:incident|attack|development)|"
    r"separate(?:ly)?|in\s+an?\s+unrelated\s+(?:case|incident|shooting|attack|matter)|unrelated\s+(?:shooting|attack)|"
    r"in another (?:incident|attack|action|operation|clash|raid)|elsewhere|meanwhile|in a second (?:incident|attack)|"
    # "In the first incident, two men were shot ... | In the second, a man was killed": the next of a report's incidents
    r"(?:^\W*|[;:]\s*)in\s+the\s+(?:second|third|fourth|fifth|latter|other)\s*,\s*|"
    # "neutralised six separatists in a follow-up operation on Monday": the hunt after the incident, one of its own
    r"in\s+(?:a|the)\s+(?:follow-?up|subsequent)\s+(?:operation|offensive|raid|strike|attack)|"
    r"(?:another|an?\s+(?:second|third|fourth|fifth)) (?:shooting|attack|incident|killing|stabbing|homicide|massacre|bombing|"
    r"ambush|raid)"
    r"(?!\s+(?:victim|suspect|scene))|"
    # "Two other bombings in the north killed 29": incidents besides the one told
    r"(?:two|three|four|five|six|several|\d{1,2})\s+(?:other|more)\s+(?:shootings|attacks|bombings|blasts|explosions|"
    r"incidents|raids|ambushes)(?!\s+(?:victims?|suspects?|scenes?))|"
    # "It was also learned this morning that armed men seized two engineers": the wire's next item, dated by its own
    # telling, an incident of its own (told with no such day, more of the incident told before)
    r"(?:^\W*|[;:]\s*)it\s+(?:was|has\s+been)\s+also\s+(?:reported|learned|announced)\s+(?:today|yesterday|tonight|"
    r"this\s+(?:morning|afternoon|evening|week)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+that\b|"
    # "Detectives are also looking into a stabbing near the depot": another incident
    r"also\s+(?:investigating|probing|looking\s+into|responded\s+to|responding\s+to)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shooting|stabbing|attack|killing|homicide|incident)|"
    # "The second shooting happened ...", "in the third shooting": the next of the incidents a report counts
    r"(?:^\W*|\b(?:in|during)\s+)the\s+(?:second|third|fourth|fifth)\s+(?:shooting|attack|incident|stabbing)"
    r"(?!\s+(?:victim|suspect|scene|in\s+(?:a|two|three|as\s+many|less|under|the\s+(?:past|last|same)))\b)|"
    # "a previous bombing of the embassy", "an earlier attack": one told for comparison ("the first attack" may be the
    # first of this night's)
    r"(?:the|a|an)\s+(?:previous|earlier|prior)\s+(?:[\w-]+\s+)?(?:shooting|attack|bombing|incident|killing|"
    r"massacre|ambush|raid)s?(?!\s+(?:victim|suspect|scene))|"
    # "A church in the north had been attacked the same day": another target hit that day, an incident of its own
    r"(?:had\s+been|was\s+also|were\s+also|had\s+also\s+been)\s+(?:attacked|targeted|hit|bombed|raided|stormed)\s+"
    r"(?:on\s+)?the\s+same\s+(?:day|night|morning|evening))\b",
    re.IGNORECASE)
# "The shooting comes two weeks after a fatal shooting at a cookout", "this all comes after a man was killed there
# last year", "the killing came only hours after", "gathered to mark one year since a gunman killed five": what follows
# the "after" is an earlier incident, told for comparison or remembered.
_SPAN_OF_TIME = (r"(?:(?:just|only|barely|less than|more than|about|nearly|almost|roughly)\s+)?"
                 r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|\d{1,2})\s+)?"
                 r"(?:hours?|days?|weeks?|months?|years?)\s+)")
EARLIER_INCIDENT = re.compile(rf"\b(?:comes?|came|coming|marks?|marked|marking|to\s+mark)\s+{_SPAN_OF_TIME}?(?:after|since)\b",
                              re.IGNORECASE)
# ... and "the attack happened hours after | soldiers repelled an assault on a post, killing 10 attackers": an earlier
# incident when the clause after it tells its own victims (not "... weeks after | the president warned that soldiers
# who rape will be shot": a warning)
_HAPPENED_AFTER = re.compile(rf"\b(?:happened|occurred|took\s+place)\s+{_SPAN_OF_TIME}(?:after|since)\b", re.IGNORECASE)
# "A bomb exploded at a market ..., killing three, a day after a suicide bomber killed 12 at a mosque": the span of time
# set beside news told by its kind of event (not "A man died in hospital on Sunday, two days after a gunman opened fire
# ...": a death, an arrest or a vigil told so is news of that incident; nor "A day after a shooting, detectives say").
_SET_BESIDE = re.compile(rf"(?<=[,;])\s*{_SPAN_OF_TIME}(?:after|since)\b", re.IGNORECASE)


def _ending_inside(pattern: re.Pattern[str], span: Sentence, sentence: Sentence) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``sentence`` that end inside ``span``, one of its clauses (an "after" cut off at
    the clause's start)."""
    return [m for m in pattern.finditer(sentence.text) if span.start <= sentence.start + m.end() <= span.end]


def _tells_earlier_incident(span: Sentence, sentence: Sentence) -> bool:
    """The clause starts the earlier incident a sentence compares with: its "comes ... after" ends inside it, or its
    "..., a day after" when what the sentence told before is an incident of its own kind."""
    if _ending_inside(EARLIER_INCIDENT, span, sentence):
        return True
    return any(any(t.kind == "specific" for t in find_triggers(sentence.text[:m.start()]))
               for m in _ending_inside(_SET_BESIDE, span, sentence))


def _happened_after(span: Sentence, sentence: Sentence, counts: list[CountMention]) -> bool:
    """The clause after "the attack happened hours after" tells an earlier incident with victims of its own."""
    return any(c.outcome in VICTIM_OUTCOMES for c in counts) and bool(_ending_inside(_HAPPENED_AFTER, span, sentence))


# A protest's trigger that is a road blocked ("blocked the highway"), which armed men do to ambush.
ROADBLOCK = re.compile(r"(?:blocked|blocking)\b", re.IGNORECASE)


# Words that make a weak trigger ("operation", "raid") count: the clause is about armed conflict.
CONFLICT_CONTEXT = re.compile(
    r"\b(?:militant|terrorist|insurgent|rebel|gunmen|army|troops|soldiers|security forces|police|military|armed|"
    r"killed|injured|wounded|commanders?|fighters|jihadist|extremist|counter-?terrorism|hideout|weapons|targeted|"
    r"positions|strikes?|bombed|forces)\w*",
    re.IGNORECASE)


# Deaths and injuries that are not political violence: a casualty word beside these codes nothing.
NOT_VIOLENT = re.compile(
    r"\b(?:accident|crash(?:ed)?|collision|drown(?:ed|ing)|heart attack|cardiac|illness|disease|covid|coronavirus|"
    r"pandemic|virus|infection|natural causes|flood(?:s|ing)?|earthquake|landslide|fire broke out|electrocuted|"
    r"hypothermia|frostbite|heat ?stroke|shovel(?:l)?ing snow|"
    r"(?:house|home|apartment|building|brush|wild)\s?fire|"
    r"overdose|(?:alcohol|food|methanol|carbon\s+monoxide)\s+poisoning|(?:spurious|bootleg|toxic|tainted)\s+(?:liquor|alcohol)|"
    r"(?<!murder-)(?<!murder )suicide(?! (?:attack|bomb|bomber|bombing|blast|vest|car))|died in hospital of|gas (?:cylinder|leak|tank|"
    r"explosion)|(?:struck|hit|run over|mowed down)(?: [\w,]+){0,3}? by an? (?:\w+ )?(?:car|vehicle|minivan|van|truck|bus|train|suv)(?! bomb)|"
    r"propane|transformer|ammonium nitrate|boiler|chemical (?:plant|factory|depot|warehouse)|(?:missile|rocket|nuclear|nuke|weapons?) "
    r"(?:tests?|launch(?:es)?)|test[- ]fir\w+|fireworks|"
    # "when the roof of their house collapsed", "a wall caved in", "a stampede", "struck by lightning"
    r"(?:roof|wall|ceiling|building|house|bridge|structure|mine|tunnel|balcony|stage)s?\b(?:\s+[\w'’]+){0,4}?\s+"
    r"(?:collapsed|caved\s+in|gave\s+way)|stampede|lightning)\b", re.IGNORECASE)
# Words that make a death or blast political violence whatever else the sentence says.
VIOLENT = re.compile(r"\b(?:bomb(?:er|ers|ing|ings|s)?|attack\w*|militants?|terror\w*|ieds?|suicide (?:attack|bomb\w*)|"
                     r"gunm[ae]n|insurgents?|shelling|air ?strikes?|killed by|shot|shooting|gunfire|gunshots?|"
                     r"murder(?:ed|s)?|homicide|arson\w*|set (?:a |the )?fire|set ablaze|torched|firebomb\w*)\b", re.IGNORECASE)


# What a protest is about or follows: "a march against the jailing of union members after last week's unrest", what it
# demands ("demanding a law that punishes rape") and what its people say befell them ("relatives who say their sons
# were abducted").
BACKGROUND_BEFORE = re.compile(
    r"\b(?:against|during|since|after|following|amid|over|about|condemn\w*|denounc\w*|demand\w*|calling\s+for|"
    r"who\s+(?:say|said|claim|claimed|allege|alleged))\s+(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE)
PROTEST_TYPES = ("Peaceful protest", "Protest with intervention")
# People told by what they protest, then their own verb: "residents demonstrating against the night curfew
# (vandalized)".
_PEOPLE_PROTESTING_BEFORE = re.compile(r"\b\w+ing\s+(?:against|over|about)\s+"
                                       r"(?:(?!who\b|that\b|which\b)[\w'-]+\s+){1,4}$", re.IGNORECASE)


def _drop_background(triggers: list[Trigger], span: Sentence) -> list[Trigger]:
    """In a clause about a protest, the events the protest is against or follows are not what happened."""
    def background(t: Trigger) -> bool:
        before = span.text[:t.start - span.start]
        if t.text.lower().endswith("ed") and _PEOPLE_PROTESTING_BEFORE.search(before):
            return False  # "residents demonstrating against the curfew | vandalized a police station": their deed
        return bool(BACKGROUND_BEFORE.search(before))

    if not any(t.sub_event_type in PROTEST_TYPES and not background(t) for t in triggers):
        return triggers
    return [t for t in triggers if t.kind == "casualty" or sub_event_type(t.sub_event_type).event_type == "Protests"
            or not background(t)]


# A protest told as where people were harmed: "the shooting deaths of two people during a protest", "was stabbed at a
# rally".
_AT_A_PROTEST_BEFORE = re.compile(r"\b(?:during|at|amid|near|outside)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


def _without_protest_setting(triggers: list[Trigger], span: Sentence) -> list[Trigger]:
    """A protest told after the harm as where it was done is the setting, not the event: "the shooting deaths of two
    people during a protest" is a shooting. (Called only when no state force is in the clause: the police firing on a
    crowd is the protest's intervention.)"""
    def setting(t: Trigger) -> bool:
        return t.sub_event_type in PROTEST_TYPES and bool(_AT_A_PROTEST_BEFORE.search(span.text[:t.start - span.start])) \
            and any(o.kind == "casualty" and o.start < t.start for o in triggers)
    return [t for t in triggers if not setting(t)]


# The state a place has long been in, not an incident: "a city that has been hit hard by fighting between two
# cartels", "a region plagued by attacks", "the province, wracked by clashes since 2015".
# (Not "the village was hit by shelling on Monday": a deed told in the past tense is an incident.)
CONDITION_BEFORE = re.compile(
    r"(?:\b(?:has|have|had)\s+(?:long\s+|also\s+)?been\s+|(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen ))"
    r"(?:\w+ly\s+)?\b(?:hit\s+hard|hard[- ]hit|plagued|wracked|racked|torn|gripped|scarred|ravaged|beset|blighted|mired)"
    r"\s+(?:hard\s+)?by\s+(?:(?:years|decades|months|waves?|a\s+wave|a\s+spate|spates|bouts?|cycles?|a\s+cycle)\s+of\s+)?"
    r"(?:[\w'-]+\s+){0,2}$"
    # "the finding comes amid a wave of kidnappings, killings and dynamite attacks": the times, not this incident
    r"|\b(?:amid|amidst|in\s+the\s+(?:midst|middle)\s+of)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:wave|spate|surge|upsurge|string|climate|atmosphere|escalation|rise)\s+(?:in|of)\s+(?:[\w'-]+,?\s+){0,6}$",
    re.IGNORECASE)


# "a peace deal after two decades of fighting", "after weeks of clashes": a long time's fighting, no incident of its
# own ("months of protests" are the protests a report's gathering is one of)
LONG_FIGHTING_BEFORE = re.compile(r"\b(?:weeks|months|years|decades)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# What someone set out to do, not what was done: "went to his shop with the aim of looting or kidnapping him".
_AIM_OF_BEFORE = re.compile(r"\b(?:purpose|intent|intention|plots?|plans?|goal|aim)\s+of\s+(?:\w+ing\s+(?:or|and)\s+)?$",
                            re.IGNORECASE)


# A side's campaign going on, not an incident of its own: "(eight were killed,) as Marlow pressed on with its
# offensive against a militia there", "the army has stepped up its campaign against the rebels".
_CAMPAIGN_GOES_ON_BEFORE = re.compile(
    r"\b(?:(?:press|push)(?:ed|es|ing)?\s+(?:on\s+|ahead\s+|forward\s+)?with|"
    r"(?:continu|pursu|intensifi|escalat|widen|expand|broaden|resum)(?:ed|es|ing|e)\s+|"
    r"(?:step|ramp)(?:ped|s|ping)?\s+up\s+)\s*(?:its|their|his|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# ... or the start of one: "launched the operation", "began its offensive".
_LAUNCHED_BEFORE = re.compile(r"\b(?:launch|beg[au]n|start|open|announc|unleash|initiat)(?:ed|es|s|ing)?\s+"
                              r"(?:an?|the|its|their|his)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LAUNCHED_AFTER = re.compile(r"\s+(?:(?:that|which)\s+(?:\w+\s+){1,3}?)?(?:launched|began|begun|started|unleashed|"
                             r"mounted|opened)\b", re.IGNORECASE)  # "an offensive launched by the rebels in March"
_CAMPAIGN_WORDS = re.compile(r"offensive|campaign|operations?|onslaught|push|war|crackdown|assault", re.IGNORECASE)


def _drop_conditions(triggers: list[Trigger], span: Sentence) -> list[Trigger]:
    """Triggers that tell the state a place or a time is in ("hit hard by fighting", "amid a wave of bombings", "after
    two decades of fighting") or an aim ("the intention of kidnapping him") rather than what happened."""
    def condition(t: Trigger) -> bool:
        before = span.text[max(0, t.start - span.start - 80):t.start - span.start]
        return bool(CONDITION_BEFORE.search(before)) or bool(_AIM_OF_BEFORE.search(before)) or (
            bool(_CAMPAIGN_WORDS.fullmatch(t.text)) and bool(_CAMPAIGN_GOES_ON_BEFORE.search(before))) or (
            bool(LONG_FIGHTING_BEFORE.search(before))
            and sub_event_type(t.sub_event_type).event_type not in ("Protests", "Riots"))

    return [t for t in triggers if t.kind == "casualty" or not condition(t)]


# A clause that opens by timing the news against another incident ("after a separate attack", "following an ambush").
_ASIDE_OPENING = re.compile(r"^\W*(?:after|following)\s+(?:an?|the|another)\b", re.IGNORECASE)
# ... or by the time between them ("..., a day after a bomber killed 12 at a mosque").
_TIMED_AFTER_OPENING = re.compile(rf"^\W*{_SPAN_OF_TIME}(?:after|since)\s+(?:an?|the|another|(?-i:[a-z])+ing)\b",
                                  re.IGNORECASE)  # (also "..., a day after launching an offensive")
# ... or tells the day's fighting beside it ("as Elmish forces repelled attacks along the front": the clause cut there).
_AS_BESIDE = re.compile(r"^\W*as\b", re.IGNORECASE)


@dataclass(slots=True, kw_only=True)
class Clause:
    span: Sentence  # the clause (document offsets)
    sentence: Sentence  # the whole sentence it belongs to, quoted as evidence
    triggers: list[Trigger]
    counts: list[CountMention]
    actors: list[ActorMention]
    dates: list[TimeExpression]  # offsets made document offsets
    toponyms: list[int] = field(default_factory=list)  # indices into the document's toponym list
    certainty: str = "confirmed"
    certainty_span: tuple[int, int] | None = None
    refers_back: bool = False
    new_incident: bool = False
    # the earlier incident a sentence of the news places it by: "shot ..., a few blocks from where a guard was killed
    # in May"
    place_aside: bool = False
    lent: list[Sentence] = field(default_factory=list)  # other sentences whose victims or days this clause took in
    # where the clause's places end, when a clause with no event word after it tells where: "four policemen were
    # killed | when gunmen stormed a checkpoint in Elm district" (None: at the clause's end)
    places_end: int | None = None
    # where the clause's places start, when it tells how an incident the words before it tell (with no event word of
    # their own) came about: "a bank was damaged in Elmtown | when a bomb exploded" (None: at the clause's start)
    places_start: int | None = None
    # sentences after the clause, with no event word, that tell where its incident happened ("The assailants arrived
    # at the camp in Elmtown, in the Marlow region"), read when the clause itself names no town or district (pipeline)
    places_lent: list[Sentence] = field(default_factory=list)

    @property
    def launches_campaign(self) -> bool:
        """The clause tells only that a side's campaign began, with no one harmed: "Marlow launched the operation,
        dubbed 'Spring Shield', on Saturday", "after an offensive launched by the rebels in March" (the war the news
        belongs to, not an incident)."""
        told = [t for t in self.triggers if t.kind != "casualty"]
        return bool(told) and not self.counts and all(
            _CAMPAIGN_WORDS.fullmatch(t.text) and (_LAUNCHED_BEFORE.search(self.span.text[:t.start - self.span.start])
                                                   or _LAUNCHED_AFTER.match(self.span.text, t.end - self.span.start))
            for t in told)

    @property
    def toll_part(self) -> bool:
        """The clause tells a part of a toll told place by place: "(..., and) four others died in raids on Ashby"."""
        return bool(_TOLL_PART_OPENS.match(self.span.text))

    @property
    def reach(self) -> int:
        """The end of the text whose place names are this clause's."""
        return self.places_end or self.span.end

    @property
    def aside(self) -> bool:
        """Another incident told beside the news, to place or time it: "..., a few blocks from where a guard was
        killed in May", "..., hours after a separate attack in Elmtown left four dead", "..., as Elmish forces
        repelled attacks along the front"."""
        return self.place_aside or self.new_incident and bool(_ASIDE_OPENING.match(self.span.text)) \
            or bool(_AS_BESIDE.match(self.span.text))

    @property
    def timed_beside(self) -> bool:
        """Another incident the news is timed against: "..., a day after a suicide bomber killed 12 at a mosque" (what
        follows goes on with the news)."""
        return self.new_incident and bool(_TIMED_AFTER_OPENING.match(self.span.text))

    @property
    def main_trigger(self) -> Trigger | None:
        specific = [t for t in self.triggers if t.kind in ("specific", "weak")]
        pool = specific or self.triggers
        return max(pool, key=lambda t: t.priority) if pool else None

    @property
    def family(self) -> str | None:
        """The ACLED event type the clause's main trigger names; None for a bare casualty report."""
        trigger = self.main_trigger
        if trigger is None or trigger.kind == "casualty":
            return None
        return sub_event_type(trigger.sub_event_type).event_type


def _inside_quotes(text: str, offset: int) -> bool:
    """Whether ``offset`` of a sentence is inside a quotation: opened before it and not closed, or closed after it
    and not opened (a quotation that began in an earlier sentence: ... last night,” said the chief)."""
    before, after = text[:offset], text[offset:]
    return (before.count("“") > before.count("”") or after.count("”") > after.count("“")
            or before.count('"') % 2 == 1)


# A round-up: a toll summed over several incidents ("12 hurt in separate shootings around the city over the
# weekend", "31 shooting incidents and 40 victims so far this month"). It is not the toll of any one of them; a
# report that goes on to tell its incidents one by one is coded from those (pipeline: ``drop_roundups``).
ROUNDUP = re.compile(
    # (not the incident told as one of a series: "killed seven on Friday, the latest in a string of ethnic killings")
    r"(?<!\blatest\s)(?<!\bnewest\s)(?<!\bfirst\s)(?<!\blast\s)(?<!\bsecond\s)(?<!\bthird\s)(?<!\bfourth\s)"
    r"(?<!\bfifth\s)(?<!\bone\s)"
    r"\b(?:in|during|from|across)\s+(?:\w+\s+)?(?:separate|several|multiple|various|unrelated|different|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+|a (?:series|string|spate|rash|wave) of)\s+"
    r"(?:\w+\s+)?(?:shootings|attacks|incidents|stabbings|killings|bombings|blasts|explosions|operations|raids|"
    r"encounters|shootouts|gunfights)\b"
    # "a string of bombings across the capital killed 17": the series itself told as the subject of its toll (not
    # "the wave of attacks on reporters continued last night when an editor was killed")
    r"|\b(?:series|string|spate|rash|wave)\s+of\s+(?:[\w-]+\s+)?(?:shootings|attacks|bombings|blasts|explosions|"
    r"stabbings|killings|air\s*strikes)\s+(?:[\w,'’-]+\s+){0,8}?(?:killed|left|wounded|injured|claimed)\b"
    r"|\b(?:investigat\w+|separate|unrelated)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+"
    r"(?:\w+\s+)?(?:shootings|attacks|stabbings|killings)\b"
    # "Two separate shootings overnight left one man dead and two hurt": the count of incidents first
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:separate|unrelated)\s+(?:\w+\s+)?"
    r"(?:shootings|attacks|stabbings|killings|incidents)\b"
    r"|\b(?:shootings|violence|gunfire)\s+(?:\w+\s+)?(?:across|around|throughout)\s+(?:the\s+)?"
    r"(?:city|county|state|region|country|(?-i:[A-Z])[\w'’-]+)\b"
    # "40 people were shot, six of them fatally, across Elmtown over the holiday weekend": a city's weekend tally
    r"|\b(?:shot|wounded|injured|killed|hurt)\b[^.;]{0,40}?\b(?:across|around|throughout)\s+(?:the\s+)?"
    r"(?:city|county|state|(?-i:[A-Z])[\w'’-]+)\s+(?:over|during|on|this|last)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"weekend\b"
    # "six more were wounded around the city overnight", "17 hurt in incidents across four districts"
    r"|\b(?:shot|wounded|injured|killed|hurt)\s+(?:\w+\s+){0,2}?(?:across|around|throughout)\s+(?:the\s+)?"
    r"(?:city|county|state|region|country)\b"
    # a country's dead of the day: "the monitor documented the death of 97 people across Syria today", "deaths nationwide"
    r"|\b(?:deaths?\s+of|killed|dead)\s+(?:[\w,'’-]+\s+){0,4}?(?:across|throughout)\s+(?:the\s+country|(?-i:[A-Z])[\w'’-]+)\b"
    # "nine more were wounded in other shootings overnight", "in citywide shootings": the victims of other incidents
    r"|\b(?:shot|wounded|injured|killed|hurt)\s+in\s+(?:other\s+)?(?:\w+\s+)?(?:(?<=other\s)|(?<=citywide\s)|(?<=countywide\s))"
    r"(?:shootings|attacks|incidents|stabbings|killings)\b"
    # "a dozen more were hurt in the city since Saturday noon": the city's tally over days
    r"|\b(?:shot|wounded|injured|killed|hurt)\s+in\s+the\s+city\s+(?:between|since)\b"
    r"|\bin\s+(?:\w+\s+)?(?:shootings|incidents|attacks)\s+(?:across|around|throughout|spanning)\b"
    # "at least 38 people were shot between Friday evening and early Monday": a weekend's tally
    r"|\b(?:shot|wounded|injured|killed|hurt)\s+(?:[\w'’-]+\s+){0,3}?between\s+(?:(?:late|early)\s+)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # ... or a city's many shot over a weekend: "At least 40 people were shot, six of them fatally, over the holiday
    # weekend in Elmtown"
    r"|\b(?:\d{2,}|(?:at\s+least|more\s+than|nearly|about|some)\s+\d+)\s+(?:[\w-]+\s+){0,2}?(?:shot|wounded|injured|"
    r"killed|hurt)\b[^.;]{0,40}?\bover\s+the\s+(?:[\w'’-]+\s+){0,3}?weekend\b"
    # ... or told from one day through another: "40 people were shot, six fatally, from Friday evening through early
    # Monday"
    r"|\b(?:shot|wounded|injured|killed|hurt)\b[^.;]{0,60}?\bfrom\s+(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:through|to|until|till|into)\s+"
    r"(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # "nearly 50 shot since June 21", "three more wounded in the city since Friday": a tally from a day on
    r"|\b(?:shot|wounded|injured|killed|hurt)\s+(?:[\w'’-]+\s+){0,3}?since\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b"
    # "four other overnight incidents left eight people wounded", "shootings in which three people were killed"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|dozen|other)\s+(?:other\s+|more\s+)?"
    r"(?:[\w-]+\s+)?(?:shootings|incidents|attacks)\s+(?:left|wounded|injured|killed|claimed|in\s+which)\b"
    # "a violent weekend in Elmtown sent six people to hospitals", "bloody night leaves 18 shot"
    r"|\b(?:bloody|violent)\s+(?:night|weekend|week)\b"
    # "at least 32 people were killed over the past week in fighting": a week's toll, told day by day after it
    r"|\b(?:shot|wounded|injured|killed|hurt|died)\s+(?:[\w'’-]+\s+){0,3}?(?:over|during|in)\s+the\s+(?:past|last|previous)\s+"
    r"(?:week|fortnight|month)\b"
    r"|\bthe (?:number|total) of (?:people|persons|victims) (?:shot|killed|wounded|injured|murdered)\b"
    r"|\bshooting incidents\b|\bso far (?:this (?:year|month|week|weekend)|in (?:19|20)\d\d)\b"
    # "the raid came during a grim week in the district in which 40 were hurt", "a bloody weekend that saw 30 shot"
    r"|\b(?:amid|during|in|capping|capped)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:span|stretch|spate|string|wave|weekend|"
    r"night|week|period|day)(?:\s+(?:in|across|on)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?)?\s+"
    r"(?:in which|that saw|which saw|when|of violence)\b", re.IGNORECASE)


# A rank in a count: "the third", "the 84th".
_RANK = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# A statistic, not an incident: "killings in the city rose to 140 last year", "shootings fell over the same
# period last year", "the homicide rate", a toll over years.
# The two halves of a span's round-up ("in the past 48 hours", "in various acts of violence"), told in either order.
_PAST_SPAN = r"\b(?:in|during|over)\s+the\s+(?:past|last|previous)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:hours|days)\b"
_VARIOUS_ACTS = (r"\b(?:various|several|separate|different|numerous)\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:acts|incidents|attacks|clashes|shootings)\b")
STATISTIC = re.compile(
    r"\b(?:murders|homicides|shootings|killings|slayings|deaths)\s+(?:[\w,'’-]+\s+){0,4}?(?:reached|rose|climbed|totaled|"
    r"totalled|topped|surpassed|doubled|tripled|fell|dropped|declined|increased|decreased|jumped|soared)\b"
    r"|\bsame (?:period|time) (?:last|a|the previous) year\b"
    # a toll over months: "50 people hurt from March to October", "from 3 May 1990 to 9 June 1991" (a span of days
    # within a season, "from March 30 to April 2", is a riot's or an offensive's, not a statistic)
    r"|\bfrom\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:to|through|until|till)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
    r"|\bfrom\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+"
    r"(?:19|20)\d\d\s+(?:to|through|until|till)\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December),?\s+(?:19|20)\d\d\b"
    # a year's tally: "there have been 90 people shot in the city this year", "at this time last year"
    r"|\bthere\s+(?:have|has|had)\s+been\s+(?:[\w,'’-]+\s+){0,8}?(?:this|last)\s+year\b|\bthis\s+time\s+last\s+year\b"
    r"|\b(?:have|has|had)\s+been\s+(?:fatally\s+)?(?:shot|killed|murdered|wounded)\s+(?:[\w,'’-]+\s+){0,6}?"
    r"(?:this|last)\s+year\b"
    # ... told of the doers: "the militia has killed more than 500 villagers in the district this year"
    r"|\b(?:have|has)\s+(?:already\s+)?(?:shot|killed|murdered|massacred)\s+(?:[\w,'’-]+\s+){1,8}?(?:this|last)\s+year\b"
    # "a total of 412 people died by gunfire this year", "in all, 87 officers were killed last year", "have killed more
    # than 80 civilians this year"
    r"|\b(?:a\s+total\s+of|in\s+all,?)\s+(?:[\w,'’-]+\s+){1,10}?(?:this|last)\s+year\b"
    r"|\b(?:\d[\d,]*|hundreds|thousands|dozens)\s+(?:[\w'’-]+\s+){0,2}?(?:people|persons|civilians|soldiers|policemen|"
    r"officers|members|victims)\s+(?:so\s+far\s+)?(?:this|last)\s+year\b"
    # "14 policemen were martyred in the province last month": a region's month, not an incident
    r"|\b(?:killed|martyred|murdered|died|wounded|injured|shot)\s+(?:[\w,'’-]+\s+){0,3}?in\s+the\s+(?:province|district|"
    r"region|country|state|valley|area|division)\s+(?:last|this|past)\s+(?:month|week)\b"
    # "55 people were shot in Elmtown last year": a town's year, not an incident
    r"|\bwere\s+(?:shot|killed|murdered|wounded)\s+in\s+(?:the\s+city|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+"
    r"(?:last|this)\s+year\b"
    # a group's toll over a span: "the group has killed hundreds of civilians in the region over the past year"
    r"|\b(?:has|have|had)\s+(?:killed|kidnapped|abducted)\s+(?:[\w,'’-]+\s+){1,8}?(?:over|in|during|within)\s+the\s+"
    r"(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?|months)\b"
    # a war's toll told with the war as its subject: "the decade-long insurgency by the group and its offshoot has
    # killed more than 30,000 people" (not "the fighting has killed 12": a battle's)
    r"|\b(?:war|conflict|insurgency|rebellion|uprising)\s+(?!(?:that|which)\b)(?:[\w,'’()-]+\s+){0,8}?(?:has|have|had)\s+(?:so\s+far\s+|"
    r"already\s+|now\s+)?(?:killed|claimed|left|cost)\b"
    # the toll of fighting since it began: "rebel infighting that erupted in early January has killed more than 2,300"
    # ("The offensive, which began on Feb. 18, has killed more than 1,100": a month's abbreviation is no sentence's end)
    r"|\b(?:fighting|infighting|violence|clashes|unrest|offensive|campaign|bombardment|war|conflict),?\s+"
    r"(?:(?:between|among|in|on|of)\s+(?:[\w'’-]+\s+){1,4}?)?(?:that|which)\s+"
    r"(?:erupted|began|broke\s+out|started|flared|escalated)\b(?:[^.;]|(?<=Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.|"
    r"(?<=Sept)\.){0,40}?\b(?:has|have|had)\s+(?:so\s+far\s+)?"
    r"(?:killed|claimed|left|cost)\b"
    # a toll of several incidents within a span: "three congressmen have been murdered in less than a month"
    r"|\b(?:have|has)\s+been\s+(?:killed|murdered|assassinated|shot|slain|kidnapped|abducted)\s+(?:[\w,'’-]+\s+){0,6}?"
    r"in\s+(?:less|fewer)\s+than\s+(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen)\s+"
    r"(?:days?|weeks?|months?|years?)\b"
    # a toll since a campaign began: "more than 300 civilians have been killed since the regime and its ally stepped up
    # their bombardment" (not "... since Wednesday": a battle's own days)
    r"|\b(?:(?:have|has)\s+been\s+(?:killed|wounded|injured|displaced)|(?:killing|killed)\s+(?:[\w,'’-]+\s+){1,5}?)"
    # (not "since the attack began on Saturday": the siege's own dead)
    r"\s*since\s+(?:the|its|their|a|an)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:attack|siege|assault|raid|stand-?off|rampage|"
    r"hostage-taking)\s+(?:began|begun|started)\b)(?:[\w'’-]+\s+){0,8}?"
    r"(?:stepped\s+up|began|begun|started|launched|escalated|intensified|broke\s+out|erupted|resumed)\b"
    # what a group goes on doing: "the group, pushed out of the capital in 2011, continues to carry out deadly attacks",
    # "it frequently stages raids on the border", "our forces continue to firmly hold their positions in ..."
    r"|\b(?:continues?|continued|continuing)\s+to\s+(?:\w+ly\s+)?(?:carry\s+out|launch|stage|mount|wage|conduct|target|hold|"
    r"control|occupy)\b"
    # a toll or a run of strikes over a span of days: "67 civilians were killed between 29 May and 5 June", "strikes
    # continued to be reported across the province"
    r"|\b(?:killed|died|dead|deaths|wounded|injured)\b[^.;]{0,40}?\bbetween\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\.?(?:\s+\d{1,2})?,?"
    r"\s+and\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:continues?|continued|continuing)\s+to\s+be\s+(?:reported|recorded|documented)\b"
    # "the army and its allies are continuing their attacks on the villages of the canton"
    # (not "Continuing its offensive, the group ambushed a convoy": the clause's own deed)
    r"|\b(?:(?:are|is|were|was)\s+continuing|continues?|continued)\s+(?:their|its|his|her)\s+(?:attacks|offensive|assault|"
    r"bombardment|shelling|"
    r"raids|campaign)\b"
    # a rise in a group's attacks: "the rebels have stepped up attacks in the province this year" (each attack of
    # the rise is told apart if at all)
    r"|\b(?:have|has)\s+(?:(?:sharply|greatly|dramatically|recently)\s+)?(?:stepped\s+up|ramped\s+up|intensified|"
    r"escalated|increased)\s+(?:their\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks|raids|bombings|assaults|"
    r"ambushes|killings|kidnappings|abductions)\b"
    r"|\b(?:often|frequently|regularly|routinely|repeatedly)\s+(?:carries|carried|launches|stages|mounts|conducts|"
    r"targets)\b"
    # ... and has done: "armed factions have frequently targeted bases hosting foreign troops"
    r"|\b(?:have|has)\s+(?:often|frequently|regularly|routinely|repeatedly)\s+(?:targeted|attacked|struck|shelled|"
    r"carried\s+out|launched|staged|mounted)\b"
    # a ministry's round-up over many provinces: "41 insurgents were killed in operations in Kunduz, Faryab and six
    # other provinces during the past 24 hours"
    r"|\b(?:and|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+other\s+(?:provinces|states|"
    r"districts|regions|governorates)\b"
    # ... or a victim's: "she was the 11th child killed by gunfire in the city this year"
    rf"|\b{_RANK}\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:killed|shot|murdered|slain)\b[^.;]{0,60}?\b(?:this|last)\s+year\b"
    # a death's rank in a year's count: "his death was the city's 84th homicide of the year"
    rf"|\b{_RANK}\s+(?:homicide|murder|"
    r"killing|slaying|shooting\s+death|traffic\s+death)\s+(?:of|in|so\s+far\s+(?:this|in))\s+(?:the|this|\d{4})\b"
    # a place attacked many times over years: "the town has been attacked several times since 2018", "has been
    # repeatedly targeted in recent years" (not "ten times over the past few days": those attacks' event)
    r"|\b(?:have|has)\s+been\s+(?:(?:repeatedly|frequently|often)\s+)?(?:attacked|targeted|hit|raided|bombed|shelled)"
    r"(?:\s+(?:several|many|numerous|multiple|repeated|countless|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+number"
    r"\s+of|dozens\s+of)\s+times|\s+repeatedly)?\s+(?:since\s+(?:19|20)\d\d|in\s+recent\s+(?:years|months)|over\s+the\s+years)\b"
    # ... or every day since a campaign began: "the village has been targeted daily since the start of the offensive"
    r"|\b(?:have|has)\s+been\s+(?:attacked|targeted|hit|raided|bombed|shelled|struck|pounded)\s+"
    r"(?:almost\s+|nearly\s+)?(?:daily|nightly|every\s+day|every\s+night|day\s+after\s+day|constantly|relentlessly)\s+"
    r"(?:since|for)\b"
    # groups that have carried out attacks in the past: "the Taliban and Islamic State have both carried out attacks in
    # the city before" (who might have, not who did)
    r"|\b(?:have|has)\s+(?:both\s+|all\s+|also\s+|long\s+|repeatedly\s+|frequently\s+)?(?:carried\s+out|staged|"
    r"launched|claimed|conducted|mounted)\s+(?:[\w-]+\s+){0,3}?(?:attacks|bombings|raids|assaults|ambushes)\b"
    r"[^.;]{0,60}?\b(?:in\s+the\s+past|previously|before|over\s+the\s+years|in\s+recent\s+(?:years|months))\b"
    # places that have been the targets of attacks, plural: "Elmtown, Ashby and Marlow have been the targets of bomb
    # attacks", "the district has been hit by a wave of killings" (a summary of incidents, each told apart if at all;
    # a single place that "has been the target of three grenade attacks this week" is those attacks' event)
    r"|\bhave\s+been\s+(?:the\s+)?(?:targets|scenes)\s+of\s+(?:(?:repeated|several|numerous|frequent|many)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions|assaults|raids|killings)\b"
    r"|\b(?:(?:have|has)\s+been|was|were)\s+(?:hit|rocked|shaken)\s+by\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:wave|series|spate|string)\s+of\b"
    # ... or the toll of a conflict since it began: "since ethnic clashes broke out in May, leaving over 160 dead"
    r"|\bsince\s+[^.;]{0,60}?\b(?:broke\s+out|erupted|began|started|flared(?:\s+up)?)\b[^.;]{0,40}?"
    r"\b(?:leaving|killing|claiming)\b"
    # ... or told as what a group has done there: "where militants have carried out a spate of attacks since 2017"
    r"|\b(?:have|has)\s+(?:(?:since|also|repeatedly)\s+)?(?:carried\s+out|staged|launched|mounted|conducted|waged)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:wave|series|spate|string|campaign)\s+of\b"
    # a toll over a time: "over a six-year period", "over the past three months" (days are a riot's or a battle's)
    r"|\b(?:over|during)\s+(?:a|the\s+(?:past|last))\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]"
    r"(?:year|month|week)s?(?:[- ]long)?\s+period\b"
    r"|\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?:weeks|months|years)\b"
    # ... or told as how short the time was, opening the clause: "In just six weeks, 40 bodies have been found" (not
    # "a grenade attack on Tuesday, the third such attack in just three weeks")
    r"|(?:^\W*|[;:]\s+|\b(?:and|but)\s+)(?:in|within|over)\s+(?:only|just|barely|less\s+than|under|the\s+first)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several)\s+(?:weeks|months|years)\b"
    # a round-up of a span's violence, told incident by incident after it: "at least 14 people have died in the past
    # 48 hours in various acts of violence", "in separate attacks over the last three days"
    rf"|{_PAST_SPAN}[^.;]{{0,30}}?{_VARIOUS_ACTS}|{_VARIOUS_ACTS}[^.;]{{0,40}}?{_PAST_SPAN}"
    # a place's state since a time, not an incident: "the state has been shaken by fighting between two factions of the
    # cartel since September" ("the city has been rocked by a blast" alone is the news)
    r"|\b(?:has|have)\s+been\s+(?:(?:badly|severely|deeply)\s+)?(?:shaken|rocked|roiled|convulsed|engulfed|gripped|torn|"
    r"battered)\s+by\s+[^.;]{1,90}?\bsince\s+"
    # ... or what a group has been doing for years: "separatists, who have been fighting since 2017 to form a state",
    # "rebels who have been fighting to topple the government"
    r"|\b(?:who|which|that)\s+(?:have|has|had)\s+been\s+(?:fighting|battling|waging\s+(?:an?\s+)?\w+)\s+"
    r"(?:[^.;]{0,40}?\bsince\b|for\s+(?:years|decades|months|more\s+than|over|nearly|almost)|to\s+(?:form|create|"
    r"establish|set\s+up|carve\s+out|topple|overthrow|oust|bring\s+down|impose|win|secure)\b)"
    # ... or how a group began, told of it in a clause with the year: "the militia, which rose up in 2016 to demand
    # ...", "rebels who took up arms in 1964"
    r"|\b(?:who|which|that)\s+(?:first\s+)?(?:rose\s+up|took\s+up\s+arms|(?:launched|began|started)\s+(?:an?\s+|its\s+|"
    r"their\s+)?(?:insurgency|rebellion|uprising|armed\s+struggle|armed\s+campaign))\s+(?:(?:in|since)\s+(?:\d{4}|the\s+\d{4}s)|"
    r"last\s+year|(?:two|three|four|five|several|many)\s+years\s+ago)\b"
    # ... or told as its subject: "the group has been fighting for more than 15 years to topple the government"
    r"|\b(?:has|have|had)\s+been\s+(?:fighting|battling|waging\s+(?:an?\s+)?\w+)\s+(?:for\s+(?:(?:more\s+than|over|"
    r"nearly|almost|some|about|the\s+(?:past|last))\s+)?(?:[\w-]+\s+)?(?:years|decades)\b|to\s+(?:topple|overthrow|"
    r"oust|bring\s+down|carve\s+out|establish|impose)\b)"
    # ... or over a whole region: "the militia has been fighting government troops across the region"
    r"|\b(?:has|have)\s+been\s+(?:fighting|battling)\s+(?:[\w-]+\s+){0,3}?(?:across|throughout)\s+(?:the|much\s+of)\b"
    # ... or a struggle for control going on, in the present: "as two cartels battle for control of the fuel trade",
    # "gangs are fighting for control of the port" (not "fought for control of the town on Sunday": a battle told)
    r"|\b(?:battle|vie|compete|(?:are|is|have\s+been|has\s+been)\s+(?:battling|fighting|vying|competing|warring))\s+"
    r"(?:\w+\s+)?(?:for|over)\s+(?:the\s+)?(?:control|dominance|supremacy|turf|territory|"
    r"(?:[\w-]+\s+){0,3}?(?:routes|trade|markets?))\b"
    # ... whatever it is over, told in the present: "in the state, where cartels are fighting over fuel theft"
    r"|\b(?:are|is)\s+(?:battling|fighting|vying|warring|feuding)\s+(?:each\s+other\s+|one\s+another\s+)?(?:for|over)\b"
    # ... or told as the state of a place: "the most violent state, with cartels fighting over drug routes"
    r"|\bwith\s+(?:rival\s+|armed\s+|criminal\s+)?(?:cartels|gangs|groups|militias|factions|clans)\s+(?:fighting|battling|"
    r"vying|warring|competing)\s+(?:for|over)\b"
    # ... or what a place has seen over months: "the district has seen repeated tribal clashes in recent months" (not
    # "the town saw clashes on Tuesday": those clashes' event)
    r"|\b(?:has|have)\s+(?:also\s+)?(?:seen|witnessed|experienced)\s+(?:[\w-]+\s+){0,4}?(?:clashes|attacks|violence|"
    r"fighting|killings|bombings|unrest|riots|incidents|shootings)\b[^.;]{0,40}?\b(?:in\s+recent\s+(?:weeks|months|years)|"
    r"since\s|over\s+the\s+(?:past|last)\b|for\s+(?:years|decades|months))"
    # ... or the aim of a campaign since: "the city has been the focus of a rebel offensive since February"
    r"|\b(?:has|have)\s+been\s+the\s+(?:main\s+)?(?:focus|target|scene|centre|center|theatre|theater)\s+of\s+"
    r"[^.;]{1,90}?\bsince\s+"
    # ... or a fight a group has been waging since a month or a year: "the group has been fighting dissidents for control
    # of the region since January" (not "since Monday": the days of the fight that is the news)
    r"|\b(?:has|have)\s+been\s+(?:fighting|battling|clashing\s+with|at\s+war\s+with)\s+[^.;]{0,160}?\bsince\s+"
    r"(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d\d|last\s+year)\b"
    # ... or a campaign launched a year or more back: "the army launched an offensive against the group last year" (not
    # "launched an offensive on Monday": the news)
    r"|\blaunched\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:offensive|campaign|operation|crackdown|war)\s+"
    r"(?:(?:against|on)\s+(?:[\w'’-]+\s+){1,4}?)?(?:last\s+year|(?:\w+\s+)?years?\s+ago|in\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:19|20)\d\d)\b"
    # ... or how violence has grown since a time: "attacks in the province have surged since the truce collapsed"
    r"|\b(?:violence|attacks|fighting|killings|clashes|raids|bombings|kidnappings|abductions)\s+(?:[\w,'’-]+\s+){0,5}?"
    r"(?:has|have)\s+(?:(?:sharply|steadily|dramatically)\s+)?(?:surged|soared|spiked|risen|increased|escalated|"
    r"intensified|grown|worsened)\s+(?:[\w-]+\s+){0,3}?since\b"
    # ... or what a war has done since: "fighting has displaced more than a million people since late 2021"
    r"|\b(?:has|have)\s+(?:(?:now|already)\s+)?(?:displaced|uprooted|driven\s+(?:out|from)|forced)\b(?:[^.;]|\.\d){0,80}?\bsince\s+"
    # ... or counted since a day weeks back: "300 villagers have been abducted by the militia since 2 March"
    r"|\b(?:have|has)\s+been\s+(?:killed|murdered|executed|abducted|kidnapped|disappeared|arrested|detained)\b"
    r"[^.]{0,60}?\bsince\s+(?:early\s+|mid-?|late\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
    # ... or a decade: "hundreds have been killed in attacks over the last decade"
    r"|\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:(?:two|three|few|several)\s+)?decades?\b"
    # ... and the toll of many incidents over days: "the bombings carried out in the city over the past 12 days have
    # killed two" (the incidents alone, "a market hit by eight grenade attacks over the past week", are no toll)
    r"|\b(?:attacks|bombings|blasts|explosions|killings|shootings|incidents)\s+(?:[\w,'’-]+\s+){0,6}?"
    r"(?:in|over|during)\s+the\s+(?:last|past)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+"
    r"days\s+(?:have|has|had)\s+(?:killed|left|wounded|injured|claimed)\b"
    # a war's toll: "the thousands who have died in the war", "lost their lives because of the insurgency" ("killed
    # in the violence" tells of a riot)
    r"|\b(?:killed|died|deaths?|dead|lost\s+their\s+lives)\s+(?:[\w-]+\s+){0,3}?(?:as\s+a\s+result\s+of|due\s+to|because\s+of|"
    r"in|during|from)\s+(?:the\s+|this\s+)?(?:political\s+violence|(?:armed\s+)?(?:war|conflict|struggle|insurgency|"
    r"civil\s+war))\b"
    r"|\b(?:homicide|murder|crime|shooting) rates?\b"
    # cases counted: "17 kidnap cases were reported in September"
    r"|\b\d[\d,]*\s+(?:kidnap(?:ping)?|abduction|murder|homicide|shooting|rape|robbery|extortion)\s+cases\b"
    # a war's toll in thousands: "the invasion in 2022 has killed tens of thousands of civilians"
    # (said of the war itself; "a conflict that has left 40,000 dead" is WAR_TOLL's, which keeps the clause's deed)
    r"|\b(?:war|conflict|invasion|insurgency|occupation|uprising|violence)(?:\s+(?:in|since|of|on)\s+[^.;,]{1,40}?)?\s+"
    r"(?:has|have)\s+(?:so\s+far\s+|already\s+)?"
    r"(?:killed|left|claimed|cost)\s+(?:the\s+lives\s+of\s+)?(?:(?:tens|hundreds)\s+of\s+thousands|thousands|"
    r"(?:more\s+than|over|at\s+least|nearly|about|some)\s+[\d,]{5,}|[\d,]{5,})\b"
    # ... or a toll in thousands told in the perfect, with no time: "70,000 citizens have been killed", "thousands of
    # people have died" (an incident's dead are told by when they fell)
    r"|\b(?:\d{1,3}(?:,\d{3})+|\d{4,}|(?:tens|hundreds)\s+of\s+thousands|thousands)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:have|has)\s+(?:been\s+(?:killed|murdered)|died|lost\s+their\s+lives|perished)\b(?![^.;]{0,40}?\b(?:on|last|this|"
    r"yesterday|today)\b)"
    # a toll since a run of events began: "at least 10 people have been killed since the protests began last week"
    # (not "since the attack began on Saturday": a siege's own dead)
    r"|\b(?:killed|died|dead|deaths?|shot|wounded|injured|arrested|detained)\s+(?:[\w,'’-]+\s+){0,4}?since\s+"
    r"(?:the\s+)?(?!(?:[\w'’-]+\s+){0,2}?(?:attack|siege|assault|raid|stand-?off|rampage|hostage-taking)\s+"
    r"(?:began|begun|started)\b)"
    r"(?:[\w“”\"'’-]+\s+){1,5}?(?:began|started|erupted|broke\s+out|flared|(?:was\s+)?launched|took\s+effect)\b"
    # ... told first: "since the start of the bombing campaign on 15 December, more than 500 people have been killed"
    r"|\bsince\s+the\s+(?:start|beginning|outbreak|onset|launch)\s+of\b[^.;]{1,120}?\b(?:have|has)\s+"
    r"(?:died|been\s+(?:killed|shot|wounded|injured)|killed|caused|claimed|left|cost|received|recorded|documented|"
    r"counted|treated|registered)\b"
    # ... or a month or a year the sentence opens on: "Since January, more than 70 rockets have landed in the town,
    # killing 17 people" (not a day: "Since Monday, rioters have burned ..." tells the riot going on; nor an
    # incident the month is told by: "Since July, when the leader was arrested, ...")
    r"|^\W*since\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?\s*,(?!\s*when\b)[^.;]{1,120}?\b(?:have|has)\s+(?:been\s+)?\w+"
    # ... or since a month or a year: "six residents have been shot dead since March"
    r"|\b(?:have|has)\s+been\s+(?:fatally\s+)?(?:shot|killed|murdered|wounded)\s+(?:[\w,'’-]+\s+){0,9}?since\s+"
    r"(?:(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|(?:19|20)\d\d)\b"
    # a group's record, the suspicion a report voices ("the Taliban have carried out similar attacks in the region"):
    # no incident, and no author of this one
    r"|\b(?:have|has|had)\s+(?:\w+\s+)?(?:carried\s+out|claimed|staged|conducted|launched|mounted)\s+(?:similar|such|"
    r"many|several|numerous|dozens\s+of|scores\s+of)\s+(?:attacks|bombings|killings|assaults|ambushes)\b"
    # ... and the blame a side lays for a kind of attack ("officials have in the past blamed Elm rebels for such
    # blasts"): no author of this one
    r"|\b(?:have|has|had|often|routinely|usually|previously)\s+(?:[\w-]+\s+){0,3}?(?:blamed|accused)\s+"
    r"(?:[\w'’-]+\s+){1,6}?(?:for|of)\s+(?:[\w-]+\s+){0,2}?(?:similar|such|previous|past|earlier|many|several|"
    r"numerous|other)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|killings|assaults|ambushes|shootings)\b"
    # "the violence has caused more than 300 deaths nationwide": a country's dead, counted over a time
    r"|\b(?:deaths|killings|murders|homicides|slayings)\s+(?:nationwide|countrywide|statewide)\b"
    r"|\bthe number of (?:homicides|murders|shootings|killings)\b"
    # "..., raising to 412 the number of fighters killed since the start of the battle": the clause's own toll before
    r"|\b(?:raising|raises|raised|bringing|brings|brought)\s+to\s+[\d,]+\s+the\s+(?:total\s+)?number\s+of\b[^.;]{0,80}?\bsince\b"
    # "the number of those who were killed since the start of the operation rises to 512"
    r"|\bthe\s+(?:total\s+)?number\s+of\s+(?:those|people|civilians|fighters|members|(?:[\w'’-]+\s+){0,2}\w+)\s+(?:who\s+(?:were|have\s+been|"
    r"had\s+been)\s+)?(?:killed|dead|wounded|injured)\s+(?:[\w,'’-]+\s+){0,12}?(?:since|in\s+the\s+same\s+period)\b"
    # "city statistics show that 140 residents were murdered last year"
    r"|\b(?:stats|statistics|crime\s+(?:figures|data|numbers))\s+(?:[\w,'’-]+\s+){0,9}?(?:show|shows|showed|indicate|"
    r"indicated|reveal|revealed)\b"
    # a toll over years: "400 of its members have been killed since 1992", "during 15 years of insurgency 3,000 have died"
    r"|\b(?:have|has)\s+(?:been\s+)?(?:killed|murdered|died|disappeared|executed|beheaded|abducted|kidnapped)\b[^.]{0,60}?"
    r"\b(?:since|during|over|in)\b[^.]{0,50}?"
    r"\b(?:years|decades|(?:19|20)\d\d)\b"
    # "since then eight more traders have been murdered": killings gathered since an earlier one
    r"|\bsince\s+(?:then|that\s+time)\b[^.]{0,100}?\b(?:have|has)\s+been\s+(?:\w+ly\s+)?(?:killed|murdered|assassinated)\b"
    # ... and a toll told after the start of a run of events: "since the offensive began in April, more than 500
    # civilians have been killed" (its day may be written short: "since the unrest began on Oct. 1, ...")
    r"|\bsince\s+(?:the\s+)?(?:[\w“”\"'’-]+\s+){1,5}?(?:began|started|erupted|broke\s+out|flared|(?:was\s+)?launched)\b"
    r"(?:[^.]|\.(?=\s+\d)){0,120}?\b(?:have|has)\s+(?:been\s+)?(?:\w+ly\s+)?(?:killed|murdered|died|wounded|injured|shot)\b"
    r"|\b(?:since|during|over|throughout)\b[^.]{0,40}?\b(?:years|decades|war|(?:19|20)\d\d)\b[^.]{0,100}?\b(?:have|has)\s+"
    r"(?:been\s+)?(?:killed|murdered|died)\b"
    # people lost "to violence": a region's dead over a time, not one incident's ("the 300 farmers killed by
    # violence in the valley since the drought")
    r"|\b(?:lost\s+(?:their|his|her)\s+li(?:ves|fe)|killed|died)\s+(?:to|from|in|by)\s+(?:gun\s+|street\s+|senseless\s+)?"
    r"violence\b", re.IGNORECASE)
_STATISTICS = GatedAlternation(STATISTIC.pattern, STATISTIC.flags)  # the same matches, scanned faster


# A war's toll told of the war, from its name on: "a conflict that has left 40,000 dead", "the insurgency, which has
# claimed 9,000 lives". What a clause tells before it ("rebels killed three officers, in an insurgency that has ...")
# stands; a battle's "fighting that has left 20 dead" is an incident's.
WAR_TOLL = re.compile(r"\b(?:war|conflict|insurgency|struggle|rebellion|uprising|revolution|regimes?|dictatorships?)\b"
                      r"[\s,]+(?:that|which)\b[^.;:]{0,40}?(?:\b(?:has|have|had)\s+(?:so\s+far\s+|already\s+)?"
                      # "a conflict which has dragged on for years and left 30,000 dead"
                      r"(?:\w+\s+(?:[\w-]+\s+){0,3}?and\s+)?)?\b(?:left|claimed|cost|killed|taken)\b",
                      re.IGNORECASE)


# A round-up is set aside when the report gives tolls in at least this many other sentences (it goes on to tell
# its incidents); with fewer it is all the report says.
MIN_TOLD_INCIDENTS = 1


# A toll told over several places ("30 herders have been killed in two villages of the valley"): a round-up only
# when the report goes on to give tolls in at least as many other sentences as the places it counts (it tells each
# place's incident); else it is the incidents' only toll, shared out between them.
OVER_PLACES = re.compile(r"\b(?:in|across)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?"
                         r"(?:townships|villages|towns|districts|neighbou?rhoods|hamlets|localities|locations|places)\b",
                         re.IGNORECASE)


def is_roundup(clause: Clause) -> bool:
    return bool(clause.counts) and bool(ROUNDUP.search(clause.sentence.text))


def drop_roundups(clauses: list[Clause]) -> list[Clause]:
    """The clauses less the round-ups, when the report also tells incidents with tolls of their own (not only people
    arrested: "Police have arrested 24 people" after a series of blasts tells no incident of the series)."""
    marked = [is_roundup(c) for c in clauses]
    told = {c.sentence.index for c, roundup in zip(clauses, marked)
            if any(k.outcome in VICTIM_OUTCOMES for k in c.counts) and not roundup}
    for i, clause in enumerate(clauses):
        if clause.counts and not marked[i] and (m := OVER_PLACES.search(clause.sentence.text)) is not None \
                and len(told - {clause.sentence.index}) >= (word_to_int(m.group("n")) or 2):
            marked[i] = True  # told over places the report goes on to tell one by one
            _dead_by_total(clause, [c for c in clauses if c.sentence.index != clause.sentence.index])
    told -= {c.sentence.index for c, roundup in zip(clauses, marked) if roundup}
    if not any(marked) or len(told) < MIN_TOLD_INCIDENTS:
        return clauses
    return [c for c, roundup in zip(clauses, marked) if not roundup]


def _dead_by_total(roundup: Clause, parts: list[Clause]) -> None:
    """A toll told over places ("30 herders were killed in two hamlets") says the people its parts tell shot died,
    when the parts add up to it exactly ("shot 12 herders" ... "a raid killed 18 herders": 30); in place."""
    total = sum(m.count.best for m in roundup.counts if m.outcome == "killed")
    told = [m for c in parts for m in c.counts if m.outcome in ("killed", "hit")]
    if total and any(m.outcome == "hit" for m in told) and sum(m.count.best for m in told) == total:
        for mention in told:
            mention.outcome = "killed"


# A toll summed up, then told place by place: "Attacks killed seven across the province on Sunday. Four policemen died
# in Elmtown, and three soldiers in a bombing in Ashby." The sum is no incident's own toll: its parts, each told at a
# place of its own in the sentence or the next ones, are. The summary keeps its day, its actors and its kind of event.
SUMMED_PARTS_SENTENCES = 4  # how many sentences after the summary's its parts may be told in
MIN_SUMMED_TOLL = 3


def set_aside_summed_tolls(clauses: list[Clause], *, places: list[Place | None],
                           names: list[str] | None = None) -> list[Clause]:
    """The clauses, with a toll that its parts told at two or more places add up to exactly taken off the clause
    that sums them (``places``: the document's resolved toponyms, which ``Clause.toponyms`` index; ``names``: their
    words, which tell a village the gazetteer lacks apart from another)."""
    out = list(clauses)
    for i, clause in enumerate(clauses):
        summed = False
        for outcome in ("killed", "injured", "hit"):
            total = sum(m.count.best for m in clause.counts if m.outcome == outcome and not m.subset)
            if total < MIN_SUMMED_TOLL:
                continue
            if parts := _parts_by_place(clause, clauses[i + 1:], outcome, total, places, names=names):
                # the parts' places are theirs: the summary listing them ("five in Elmtown, one in Ashby") is at none
                theirs = {key for at in parts for key in at}
                out[i] = replace(out[i], counts=[m for m in out[i].counts if m.outcome != outcome],
                                 toponyms=[j for j in out[i].toponyms
                                           if places[j] is None or (places[j].name, places[j].admin1) not in theirs])
                summed = True
            elif _parts_by_deed(clause, clauses[i + 1:], outcome, total):
                # "Bombings across the capital killed 40 ... A car bomb at a market killed 25 ... a suicide bomber
                # killed nine ... a third bombing killed six": the sum of deeds told one by one, at no place
                out[i] = replace(out[i], counts=[m for m in out[i].counts if m.outcome != outcome])
                summed = True
        if summed:
            # "killed five and injured 19 across the country": the wounded of a sum told place by place are a sum too,
            # when the parts tell wounded of their own, however loosely they add up
            out[i] = replace(out[i], counts=[m for m in out[i].counts
                                             if not _loose_sum(m, clause, clauses[i + 1:])])
    return out


def _loose_sum(mention: CountMention, summary: Clause, later: list[Clause]) -> bool:
    """A count of the summary that the parts after it tell counts of the same outcome under, in all."""
    told = [m.count.best for part in later if part.sentence.index <= summary.sentence.index + SUMMED_PARTS_SENTENCES
            for m in part.counts if m.outcome == mention.outcome and not m.subset]
    return bool(told) and sum(told) <= mention.count.best


def _toll_parts(summary: Clause, later: list[Clause], outcome: str) -> Iterator[tuple[Clause, int]]:
    """The clauses told after a summary, within SUMMED_PARTS_SENTENCES of it, that count ``outcome`` themselves, each
    with the number they count: the candidates for the parts its toll is the sum of."""
    for part in later:
        if part.sentence.index > summary.sentence.index + SUMMED_PARTS_SENTENCES:
            return
        own = [m.count.best for m in part.counts if m.outcome == outcome and not m.subset]
        if own:
            yield part, sum(own)


def _parts_by_place(summary: Clause, later: list[Clause], outcome: str, total: int,
                    places: list[Place | None], *, names: list[str] | None = None) -> list[set[tuple[str, str | None]]]:
    """The places of the parts a summary's toll of ``outcome`` is told in, each part's, or [] if it is not."""
    running, seen = 0, []
    for part, own in _toll_parts(summary, later, outcome):
        if not _same_days(part, summary):
            return []  # "On Nov. 9, two were killed ...": an incident of another day, no part of the sum
        # (the part's place may be told in another clause of its sentence: "Eight were killed | when jets struck a
        # market in Elmtown")
        here = part.toponyms or [j for c in later if c.sentence.index == part.sentence.index for j in c.toponyms]
        at = {(p.name, p.admin1) for j in here if (p := places[j]) is not None}
        if not at and names is not None:  # "fired at villagers in Torbung area": a village the gazetteer lacks
            at = {(names[j], None) for j in here}
        if not at or at in seen:
            return []  # a part told at no place, or at the place before: no toll told place by place
        seen.append(at)
        running += own
        if running >= total:
            break
    return seen if len(seen) >= 2 and running == total else []


# A summary told of several deeds by their plural: "Bombings across the capital killed 40", "a string of attacks".
_DEEDS_PLURAL = re.compile(r"\b(?:bombings|attacks|explosions|blasts|shootings|raids|strikes)\b", re.IGNORECASE)


def _parts_by_deed(summary: Clause, later: list[Clause], outcome: str, total: int) -> bool:
    """Whether a summary told of deeds in the plural is the sum of two or more deeds told after it one by one, each
    with its own word for the deed and its own toll, on the summary's days, adding up to it exactly."""
    if not _DEEDS_PLURAL.search(summary.span.text):
        return False
    running, parts = 0, 0
    for part, own in _toll_parts(summary, later, outcome):
        if not _same_days(part, summary) or part.family is None:
            return False  # an incident of another day, or a toll told with no deed of its own
        running, parts = running + own, parts + 1
        if running >= total:
            break
    return parts >= 2 and running == total


def _same_days(clause: Clause, other: Clause) -> bool:
    """The days ``clause`` tells, if any, are among those ``other`` tells."""
    return {d.date for d in clause.dates if d.precision == "day"} <= {d.date for d in other.dates}


def roundup_day(roundups: list[Clause]) -> tuple[TimeExpression, Sentence] | None:
    """The one day the round-ups a report then tells one by one name ("a wave of bombings ... on Thursday"), with its
    sentence: the day of each of those incidents told with no day of its own. None when they name several days or
    none."""
    days = {(d.date, d.date_end) for c in roundups for d in c.dates if not d.reporting}
    if len(days) != 1:
        return None
    return next(((d, c.sentence) for c in roundups for d in c.dates if d.incident_day), None)


def read_sentence(sentence: Sentence, *, published: dt.date, dateline_end: int = 0,
                  day_before: dt.date | None = None, news_day: dt.date | None = None) -> list[Clause]:
    """The clauses of a sentence that have a usable trigger. A clause that counts victims without one gives its
    counts to the sentence's next triggered clause (else the last): "A man was hospitalized | after a shooting".
    One that tells a day without one gives it to the triggered clause before it (else the first) when that clause
    has no day of its own: "Two men were shot | when someone burst into the house on May 3". A day in the
    report's dateline (before ``dateline_end``: "TULSA, Okla. (May 2, 2016) --") is the writing's, no incident's.
    ``day_before``: the last day the sentence before told, which "a day earlier" at its start counts from;
    ``news_day``: the day of the first incident the report told, which "The attack came two days after ..." counts
    back from when its sentence tells no day of its own."""
    spans = split_clauses(sentence)
    found: list[Clause] = []
    for span in spans:
        # "37 were killed in Elmtown and | seven in Ashby": the toll goes on at another place, its verb left out
        toll_of = found[-1] if found and _ELLIPTIC_PART.match(span.text) and any(
            c.outcome in VICTIM_OUTCOMES for c in found[-1].counts) else None
        clause = read_clause(span, sentence, published=published, dateline_end=dateline_end, day_before=day_before,
                             news_day=news_day, toll_of=toll_of)
        if clause is not None:
            found.append(clause)
    if _TELLS_THE_INCIDENT_AGAIN.match(sentence.text):
        for clause in found:  # "The incident took place near a village | when a patrol was out on an operation"
            clause.refers_back = True
    for before, clause in zip(found, found[1:]):
        _kind_of_the_toll(clause, before)
        if _A_BOMB_OPENING.match(clause.span.text) and before.counts and before.family != _EXPLOSIONS \
                and clause.family == _EXPLOSIONS:
            clause.new_incident = True
        if clause.new_incident and _WHEN_OPENING.match(clause.span.text) and before.counts \
                and _SECOND_DEED_OPENING.match(before.span.text):
            # "(three rebels were killed in a gunfight,) | while two civilians were killed | when militants fired at
            # them in a separate incident": the toll the separate incident's clause tells how it came about
            before.new_incident, clause.new_incident = True, False
    if not found or len(found) == len(spans):
        return found
    for span in spans:
        if any(c.span.start == span.start for c in found):
            continue
        if _tells_earlier_incident(span, sentence):
            # "The attack came hours after | militants seized two villages | following clashes that left 20 dead": the
            # earlier incident goes on in the clauses after one with no event word of its own
            for clause in found:
                clause.new_incident = clause.new_incident or clause.span.start >= span.end
        if _tells_statistic(span, sentence):
            continue  # "... and since then ten more have been killed": a tally lends nothing to the incident
        if counts := _victim_counts(span, sentence):
            _take_counts(next((c for c in found if c.span.start >= span.end), found[-1]), counts)
        after = next((c for c in found if c.span.start >= span.end), None)
        if after is not None and _HOW_IT_CAME.match(after.span.text) \
                and not any(span.end <= other.start < after.span.start for other in spans) \
                and _told_dates(span, sentence, published=published, dateline_end=dateline_end):
            # "a bank was damaged in Elmtown on Friday night | when a bomb exploded": the words that set the incident
            # in its place and time give the clause its place ("worshippers were praying at a shrine | when the bomb
            # went off" only tells more of an incident told before)
            after.places_start = span.start
            # ... and its cue of another incident: "Meanwhile, a bank was damaged in Elmtown | when a bomb exploded"
            after.new_incident = after.new_incident or _tells_new_incident(span.text)
            if _WHEN_OPENING.match(after.span.text) and not after.dates \
                    and (any(c.outcome in VICTIM_OUTCOMES for c in after.counts) or not _SINCE.search(span.text)):
                # "the deadliest attack since April 2010, | when 76 troopers were killed": the time the clause is
                # told by is its incident's (not "since January, | when its attacks began": a campaign's start), and so
                # is the time of what the clause before tells ("the country plunged into war in April 2023, | when
                # fighting erupted in the capital")
                after.dates.extend(_told_dates(span, sentence, published=published, dateline_end=dateline_end))
        if after is not None and not after.dates and _SINCE_OPENING.match(after.span.text) \
                and _BEEN_A_WHILE_END.search(span.text) \
                and not any(span.end <= other.start < after.span.start for other in spans):
            # "It has been a year | since a gunman opened fire ...": how long ago the incident after it was
            after.dates.extend(_told_dates(span, sentence, published=published, dateline_end=dateline_end))
        _lend_person(span, found)
        before = [c for c in found if c.span.end <= span.start]
        target = before[-1] if before else found[0]
        if before and not any(target.span.end <= other.start < span.start for other in spans) and (
                _HOW_IT_HAPPENED.match(span.text) and not RULERS_ASIDE.match(span.text)
                and (not _has_day(target) or not _told_dates(span, sentence, published=published))
                or _WHERE_IT_WAS_DONE.match(span.text)
                or _AFTER_OPENING.match(span.text) and _BROKE_OUT.search(target.span.text)
                or _AFTER_A_LEAD_UP.match(span.text)):
            # "... were killed | when gunmen stormed a post in Elmtown": its place (and, the clause telling no day of
            # its own, "... when armed men burst into a farm in Elmtown last night": its day too); so does "...
            # condemned the judge's murder, | which took place in Elmtown on Friday night", whatever day it tells
            target.places_end = min(span.end, span.start + HOW_IT_HAPPENED_CHARS)
        if not _has_day(target) and span.end <= target.span.start and _tells_earlier_incident(target.span, sentence):
            # "Survivors gathered Saturday to mark one year | since a gunman killed five": the incident is dated back
            # from the gathering's day, not by it
            target.dates.extend(_dated_back(target.span, sentence, published=published))
        elif not _has_day(target):
            target.dates.extend(d for d in _told_dates(span, sentence, published=published, dateline_end=dateline_end,
                                                       day_before=day_before) if d.precision == "day")
    return found


# A clause with no event word that tells how the incident of the clause before it happened, and so where: "when
# gunmen stormed a post in Elmtown", and what its victims were doing ("who were fetching water near Elmtown").
_HOW_IT_HAPPENED = re.compile(r"^\W*(?:when|as|while|who\s+(?:was|were)\s+(?!being\b)[a-z]+ing)\b", re.IGNORECASE)
# ... and what a fight broke out after: "The gunfight erupted | after troops cordoned off a village in Elm district".
_AFTER_OPENING = re.compile(r"^\W*after\b", re.IGNORECASE)
_BROKE_OUT = re.compile(r"\b(?:erupted|broke\s+out|began|started|ensued)\W*$", re.IGNORECASE)
# ... and what led up to the deed where it was done: "(a deputy shot a man) | after a foot chase near Berea", "(two men
# were shot) | after an argument at a bar in Elmtown".
_AFTER_A_LEAD_UP = re.compile(r"^\W*after\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:chase|pursuit|argument|altercation|dispute|"
                              r"fight|confrontation|standoff|scuffle|brawl|quarrel|traffic\s+stop)\b", re.IGNORECASE)
HOW_IT_HAPPENED_CHARS = 120  # the place such a clause tells is near its start; further on it may tell more
# ... and a relative clause that tells where and when the deed the clause names was done: "which took place in Ashby
# on Friday", "which was committed in Elmtown".
_WHERE_IT_WAS_DONE = re.compile(r"^\W*(?:which|that)\s+(?:was\s+(?:carried\s+out|committed|perpetrated|staged)|"
                                r"took\s+place|happened|occurred)\b", re.IGNORECASE)
# How long it has been, told before "since" and the incident: "It has been a year | since a gunman opened fire".
_BEEN_A_WHILE_END = re.compile(r"\bbeen\s+(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?)\W*$", re.IGNORECASE)
_SINCE_OPENING = re.compile(r"^\W*since\b", re.IGNORECASE)
# A clause that tells how the words before it came about: "(a bank was damaged in Elmtown) | when a bomb exploded",
# "(two men were taken to hospital in Ashby) | after a shooting".
_HOW_IT_CAME = re.compile(r"^\W*(?:when|as|while|after)\b", re.IGNORECASE)
# ... told by a time just before it: "(since April 2010,) when 76 troopers were killed".
_WHEN_OPENING = re.compile(r"^\W*when\b", re.IGNORECASE)
# A clause that opens on a second deed beside the sentence's first: "..., while two civilians were killed".
_SECOND_DEED_OPENING = re.compile(r"^\W*(?:while|whereas|and|but)\b", re.IGNORECASE)
_EXPLOSIONS = "Explosions/Remote violence"
# A bomb of its own, told as the subject of its own verb after a killing told by other means ("Gunmen killed a mayor on
# Thursday, | and a bomb destroyed a party's offices"): a second deed, the next incident.
_A_BOMB_OPENING = re.compile(r"^\W*(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:bomb|grenade|mine|explosive\s+device|charge)\s+",
                             re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


# How much of its sentence after a clause ``find_counts`` reads: enough for "who were hurt by the blast".
REST_CHARS = 80


def _rest(span: Sentence, sentence: Sentence) -> str:
    """The start of what ``sentence`` says after ``span``, its clause."""
    start = span.end - sentence.start
    return sentence.text[start:start + REST_CHARS]


TERRITORY_TYPES = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
# A dateline a wire writes, with its day, its agency or its "--" ("ELMTOWN, 3 MAR 90 (AGENCY) --"): nothing in it is
# a count (a headline read as a town's dateline, "Six shot at a nightclub -", keeps its words).
_WIRE_DATELINE = re.compile(r"\d|\(|--|\[")
# A side's own word on the harm it did: "claimed their fighters had killed 20 policemen", "said in a statement that it
# had killed 20 soldiers", "the rebels said they killed 15 troops".
SELF_CLAIM = re.compile(r"\b(?:claimed|claims|claiming|said|says|saying|announced|boasted)\b[^.;]{0,60}?\b(?:that\s+)?"
                        r"(?:it|they|the\s+group|its\s+"
                        r"(?:fighters|men|militants|mujahideen|units)|their\s+(?:fighters|men|militants|mujahideen|"
                        r"units))\s+(?:had\s+|have\s+|has\s+)?killed\b"
                        # "claimed responsibility for the attack on its radio, saying 15 soldiers had been killed"
                        r"|\bclaimed\s+(?:responsibility|the\s+(?:attack|bombing|ambush))\b[^.;]{0,80}?\b(?:saying|adding)\b"
                        # "said in a statement that it had carried out the attack and that 15 soldiers died"
                        r"|\b(?:said|says|claimed|announced)\b[^.;]{0,60}?\b(?:it|they)\s+(?:had\s+|has\s+)?"
                        r"(?:carried\s+out|was\s+behind|were\s+behind)\b[^.;]{0,40}?\band\s+(?:that\s+)?"
                        # "a Taliban spokesman claimed that 25 soldiers had been killed": a side's figure (not "it is
                        # claimed that eight were killed": a hedge on the report's own figure)
                        # (also without "that": "the spokesman claimed 25 soldiers were killed")
                        r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbeing\s)\bclaimed\s+(?:on\s+\w+day\s+)?"
                        r"(?:that\b|(?=[\w,-]+(?:\s+[\w-]+){0,3}\s+(?:were|had\s+been|have\s+been|died)\b))",
                        re.IGNORECASE)


def _victim_counts(span: Sentence, sentence: Sentence) -> list[CountMention]:
    """The killed, injured and hit that ``span`` (of ``sentence``) counts, marked with the sentence they are in."""
    counts = [m for m in find_counts(span.text, offset=span.start, after=_rest(span, sentence))
              if m.outcome in VICTIM_OUTCOMES]
    for mention in counts:
        mention.sentence = sentence.index
    return counts


# A clause that tells its victim only by a pronoun: "(a union leader was leaving his office) | when he was shot".
PRONOUN_VICTIM = re.compile(r"^\W*(?:(?:when|as|after|while|before|and|but)\s+)?(?:he|she|they)\s+(?:was|were)\s+"
                             r"(?:\w+\s+)?(?:shot|attacked|ambushed|kidnapped|abducted|stabbed|beaten|wounded|"
                             r"injured)\b", re.IGNORECASE)


def _lend_person(span: Sentence, found: list[Clause]) -> None:
    """The person a clause without an event word names ("A union leader was leaving his office") is the victim of
    the next clause, when that clause tells its victim only by a pronoun ("when he was shot") and names nobody."""
    after = next((c for c in found if c.span.start >= span.end), None)
    if after is None or after.actors or not PRONOUN_VICTIM.match(after.span.text):
        return
    person = next((a for a in find_actors(span.text, offset=span.start) if a.side == "civilian" and a.role != "source"),
                  None)
    if person is not None:
        after.actors.append(replace(person, role="victim"))


def _take_counts(clause: Clause, counts: list[CountMention]) -> None:
    clause.counts = sorted(clause.counts + counts, key=lambda m: m.start)


# A sentence with no event word that tells of victims ("One of the men is in critical condition", "Two other
# victims drove themselves to a hospital") speaks of the incident told just before it, this many sentences on.
LEND_SENTENCES = 2
# ... and a sentence that points back to the victims ("All four victims are in stable condition", "Both of the wounded
# were treated and released") this many: it can only mean the people of the incident told last.
LEND_SENTENCES_BACK = 4
_VICTIMS_BACK = re.compile(r"^\W*(?:all|both|the|those)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:victims|wounded|injured)\b",
                           re.IGNORECASE)


def _borrower(sentence: Sentence, clauses: list[Clause]) -> Clause | None:
    """The latest clause before ``sentence`` (which has no clause of its own), when it is at most LEND_SENTENCES
    back: the one ``sentence`` may lend its victims or its days to. Not the earlier incident a sentence of the news
    is placed by ("shot ..., a few yards from where a guard was killed in May. He is in critical condition")."""
    if not clauses:
        return None
    latest = clauses[-1]
    if latest.place_aside:  # the news told in the same sentence, if any
        latest = next((c for c in reversed(clauses)
                       if c.sentence.index == latest.sentence.index and not c.place_aside), latest)
    reach = LEND_SENTENCES_BACK if _VICTIMS_BACK.match(sentence.text) else LEND_SENTENCES
    return latest if 0 < sentence.index - latest.sentence.index <= reach else None


def _lend(sentence: Sentence, clause: Clause) -> None:
    if sentence not in clause.lent:
        clause.lent.append(sentence)


# A clock time: "at 9:35 p.m.", "around 12:50 a.m.", "about 1 a.m.".
_CLOCK = re.compile(r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?\s*(?P<half>[ap])\.?\s?m\b\.?", re.IGNORECASE)


# Midnight and noon, as clock times: "just after midnight" (ten past), "shortly before noon" (ten to).
_CLOCK_WORD = re.compile(r"\b(?:(?P<side>before|after|past)\s+)?(?P<word>midnight|noon|midday)\b", re.IGNORECASE)


def clock_minutes(text: str, *, words: bool = False) -> list[int]:
    """The clock times ``text`` writes, as minutes past midnight (``words``: midnight and noon too, which reporters
    also write for times near them: "around midnight" may be 11:15 p.m.)."""
    out = []
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
        if 1 <= hour <= 12 and minute < 60:
            out.append((hour % 12 + (12 if m.group("half").lower() == "p" else 0)) * 60 + minute)
    for m in _CLOCK_WORD.finditer(text) if words else ():
        at = 0 if m.group("word").lower() == "midnight" else 12 * 60
        side = (m.group("side") or "").lower()
        out.append((at + (-10 if side == "before" else 10 if side else 0)) % (24 * 60))
    return out


# "three hours later": how many hours a clause is told after the incident before it.
_HOURS_LATER = re.compile(r"\b(?P<n>an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+hours?\s+later\b",
                          re.IGNORECASE)
# The small hours told without a clock: "shortly after midnight", "before dawn" (as minutes past midnight).
_SMALL_HOURS = re.compile(r"\b(?:after\s+midnight|before\s+dawn|at\s+dawn|at\s+daybreak|pre-?dawn|"
                          r"in\s+the\s+early\s+hours)\b", re.IGNORECASE)
SMALL_HOURS = 2 * 60
# The part of a day an incident is told in without a clock, as its likely time: "on Monday evening", "Saturday night".
_DAY_PARTS = ((re.compile(r"\blate\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bnight\b",
                           re.IGNORECASE), 21 * 60),
              (re.compile(r"\bevening\b", re.IGNORECASE), 19 * 60))


_TOLL_PART_OPENS = re.compile(rf"^\W*(?:{TOLL_PART}|{ELLIPTIC_TOLL_PART})", re.IGNORECASE)
# A part of a toll with its verb left out, after "and": "(37 were killed in Elmtown) and | seven in Ashby".
_ELLIPTIC_PART = re.compile(rf"^\W*(?P<n>{PART_NUMBER})\s+(?:others?\s+|more\s+)?(?:in|at)\b", re.IGNORECASE)
# Words that tell a kind of harm of their own, which a part of a toll keeps.
_OWN_HARM = re.compile(r"\b(?:shot|gunned|gunfire|stabbed|beaten|hacked|burned|drowned|crushed)\b", re.IGNORECASE)


def _kind_of_the_toll(part: Clause, before: Clause) -> None:
    """A part of a toll told place by place that names no kind of event of its own is of the kind of the part told
    before it: "five were killed in air strikes on Elmtown, and four others died in raids on Ashby" (air raids)."""
    kind_of_the_incident(part, [before])


def kind_of_the_incident(part: Clause, clauses: list[Clause]) -> None:
    """... or of the incident its toll's first part was told in ("Air strikes hit two markets. | 37 were killed in
    Elmtown and | seven in Ashby": air strikes at Ashby too)."""
    if not part.toll_part:
        return
    if not any(t.kind == "specific" for t in part.triggers) and not _OWN_HARM.search(part.span.text):
        part.triggers = [*part.triggers, *(t for c in clauses for t in c.triggers if t.kind == "specific")]
    if not part.actors:  # "... nine people in Elmtown and | four in Ashby": people of that kind
        part.actors = [a for c in clauses for a in c.actors if a.role in ("victim", None) and a.side == "civilian"]


def take_days_of(clause: Clause, earlier: list[Clause]) -> None:
    """Give ``clause``, told "hours later" than the incident of the ``earlier`` clauses, by its clock time or as the
    answer to it, and with no day of its own, their days ("Shots hit a man on Saturday night ... Some two hours later,
    two cooks were shot": Saturday); a clock time past midnight after a late evening's is the next day ("at 9:35
    p.m." ... "around 12:50 a.m."), and so are hours counted past midnight ("at 11:30 p.m." ... "three hours later")
    and the small hours after a night told without a clock ("on Saturday night" ... "shortly before dawn")."""
    mine = clock_minutes(clause.span.text)
    if clause.dates:
        return
    # "five were killed in strikes on Elmtown on Tuesday, and four others died in raids on Ashby": that day
    part = clause.toll_part and any(c.sentence.index == clause.sentence.index for c in earlier)
    # "Rebels responded by firing rockets into the city": the answer to the incident, on its day
    answer = bool(_RETALIATION.search(clause.span.text))
    if not (part or answer or LATER_SAME_DAY.search(clause.span.text) or mine):
        # the cue may close the clause before ("killing six on Monday, officials said, hours | after a separate attack
        # ..."): the days of that clause's sentence
        start = clause.span.start - clause.sentence.start
        cue = LATER_SAME_DAY.search(clause.sentence.text, max(0, start - 30), start + 30)
        if cue is None or cue.start() >= start:
            return
        earlier = [c for c in earlier if c.sentence.index == clause.sentence.index]
    # (a time told by words counts too: "Just before midnight Friday, ..." ... "About two hours later, ...")
    theirs = [t for c in earlier for t in clock_minutes(c.span.text)] or [
        t for c in earlier for t in clock_minutes(c.span.text, words=True)] or [
        minutes for c in earlier for words, minutes in _DAY_PARTS if words.search(c.span.text)][:1]
    mine = mine or ([SMALL_HOURS] if _SMALL_HOURS.search(clause.span.text) else [])
    later = _HOURS_LATER.search(clause.span.text)
    # "at 11:30 p.m." ... "three hours later" (past midnight), "on Monday evening" ... "shortly after midnight"
    next_day = bool(mine and theirs) and max(mine) < 6 * 60 and min(theirs) >= 18 * 60 or bool(
        later and theirs and not mine and max(theirs) + 60 * (word_to_int(later.group("n")) or 1) >= 24 * 60)
    for before in earlier:
        for told in before.dates:
            day = copy.copy(told)
            if next_day and day.precision == "day":
                day.date += dt.timedelta(days=1)
                day.date_end += dt.timedelta(days=1)
            clause.dates.append(day)
            told_in = next((s for s in [before.sentence, *before.lent] if s.start <= day.start < s.end), None)
            if told_in is not None:
                _lend(told_in, clause)


def lend_counts(sentence: Sentence, clauses: list[Clause]) -> bool:
    """Give the victims counted in ``sentence`` (which has no clause of its own) to the latest clause before it,
    when that clause is at most LEND_SENTENCES back; True when it took any."""
    target = _borrower(sentence, clauses)
    if target is None or tells_accident(sentence.text) or _STATISTICS.search(sentence.text) \
            or WAR_TOLL.search(sentence.text):
        return False
    counts = _victim_counts(sentence, sentence)
    if not counts:
        return False
    _take_counts(target, counts)
    _lend(sentence, target)
    return True


# A clause or sentence told of the doers just named, by a word for them with the definite article: "The militants
# triggered a bomb before opening fire", "the raiders torched the granary", "The New People's Army guerrillas ...".
DOERS_AGAIN = re.compile(r"^\W*(?:the|these|those)\s+(?:[\w'’-]+\s+){0,3}?(?:militants|attackers|assailants|gunmen|"
                         r"insurgents|rebels|raiders|terrorists|bombers|kidnappers|bandits|guerrillas|jihadists)\b",
                         re.IGNORECASE)
# "It happened shortly before midnight on Thursday", "the fight broke out at 2 a.m. Sunday", "officers were called to
# the scene just after 11 p.m. Sunday": when the incident told just before took place, in a sentence with no trigger
# of its own.
HAPPENED = re.compile(r"\b(?:it|this|that|the\s+(?:violence|incident|attack|gunfire|confrontation|melee|fight|argument|"
                      r"dispute|altercation|chaos|standoff))\s+(?:all\s+)?(?:happened|occurred|took place|unfolded|erupted|"
                      r"began|started|broke out)\b|"
                      # "said what has happened in Elmtown is inhumane"
                      r"\bwhat\s+(?:has\s+|had\s+|just\s+)?(?:happened|occurred|took\s+place)\s+(?:in|at)\b|"
                      r"\b(?:police|officers|deputies|troopers|medics|paramedics)\s+(?:were\s+)?(?:first\s+)?(?:called|"
                      r"dispatched|summoned|sent)\s+(?:out\s+)?(?:to|at)\b", re.IGNORECASE)


# A sentence that opens by telling again when or where the incident just told took place: every clause of it is
# about that incident, the way it came about included.
_TELLS_THE_INCIDENT_AGAIN = re.compile(
    r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|blast|explosion|shooting|ambush|clash|encounter|"
    r"violence|firing)\s+(?:took\s+place|occurred|happened)\b", re.IGNORECASE)


def lend_dates(sentence: Sentence, clauses: list[Clause], *, published: dt.date) -> bool:
    """Give the days of ``sentence`` (which has no clause of its own) to the latest clause before it, when the
    sentence says when "it happened" and that clause has no day of its own; True when it took any."""
    target = _borrower(sentence, clauses)
    if target is None or not HAPPENED.search(sentence.text) or _has_day(target) or _STATISTICS.search(sentence.text):
        return False  # "... killed since the protests began last week": a tally's time, no incident's
    dates = _told_dates(sentence, sentence, published=published)
    if not dates:
        return False
    target.dates.extend(dates)
    _lend(sentence, target)
    return True


# A capitalised word that may be a person's name (not a day's or a month's, nor a word that opens sentences).
_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:Police|The|A|An|He|She|They|It|Officers?|Deputies|Detectives?)\b)"
                        r"[A-Z][a-z]{2,}\b")


def lend_dates_forward(before: Sentence, found: list[Clause], *, published: dt.date) -> bool:
    """Give the day told by ``before`` (a sentence with no clause of its own that sets the scene: "Omar Reyes was
    waiting for a bus on April 3 when a car pulled up") to the first clause of the next sentence that tells its
    victims with no day of its own and names the same person ("a passenger fired, killing Reyes and wounding two");
    True when it took any."""
    target = next((c for c in found if any(m.outcome in VICTIM_OUTCOMES for m in c.counts)), None)
    if target is None or _has_day(target) or _STATISTICS.search(before.text):
        return False
    names = {m.group() for m in _NAME_WORD.finditer(before.text) if not CALENDAR_WORD.fullmatch(m.group())}
    counted = " ".join(f"{m.count.text} {m.victims}" for m in target.counts)
    if not names & set(re.findall(r"\b[A-Z][a-z]{2,}\b", counted)):  # the dead or hurt told by one of those names
        return False
    dates = [d for d in _told_dates(before, before, published=published) if d.precision == "day"
             and (CALENDAR_WORD.search(d.text) or re.search(r"\d", d.text))]  # a day named, not "the day before"
    if not dates:
        return False
    target.dates.extend(dates)
    _lend(before, target)
    return True


def lend_places(sentence: Sentence, clauses: list[Clause]) -> None:
    """Give ``sentence`` (which has no clause of its own) as a place to the latest clause before it, when it tells
    where "it happened", goes on with the doers just told ("The assailants arrived on motorcycles at the camp in
    Elmtown, in the Marlow region") or tells where its target was headed ("The convoy was travelling between Elmtown
    and Ashby")."""
    target = _borrower(sentence, clauses)
    if target is not None and (HAPPENED.search(sentence.text) or DOERS_AGAIN.match(sentence.text)
                               or _TARGET_ON_ITS_WAY.match(sentence.text)) \
            and not _STATISTICS.search(sentence.text):
        target.places_lent.append(sentence)


# The target of the incident on its way: "The convoy was travelling between Elmtown and Ashby", "The bus was heading
# to ...": where it was hit.
_TARGET_ON_ITS_WAY = re.compile(r"^\W*(?:the|their|its)\s+(?:[\w-]+\s+)?(?:convoy|patrol|bus|minibus|vehicle|truck|lorry|"
                                r"car|column|train|boat)\s+(?:was|were|had\s+been)\s+(?:travell?ing|heading|moving|"
                                r"returning|driving|on\s+(?:its|their)\s+way|en\s+route|escorting|carrying)\b",
                                re.IGNORECASE)


def _has_day(clause: Clause) -> bool:
    return any(d.precision == "day" for d in clause.dates)


def _told_dates(span: Sentence, sentence: Sentence, *, published: dt.date, dateline_end: int = 0,
                day_before: dt.date | None = None) -> list[TimeExpression]:
    """The days ``span`` tells of, at document offsets; "police said Monday", the day of the telling, dates nothing
    the span tells of."""
    dates = []
    anchor = _day_told_before(span, sentence, published=published, day_before=day_before)
    for t in find_dates(span.text, published=published, anchor=anchor):
        if t.reporting:
            continue
        t.start += span.start
        t.end += span.start
        if t.start < dateline_end:
            continue
        if day_of_another_deed(sentence.text, t.start - sentence.start, precision=t.precision):
            continue
        t.quoted = _inside_quotes(sentence.text, t.start - sentence.start)
        dates.append(t)
    # "abducted on 11 March but freed three days later": the day counted on tells what came after the incident
    return [t for t in dates if not (COUNTED_ON.search(t.text) and any(o.end <= t.start for o in dates))]


# What a fight began after, told with its own day: "the clash began after a member of one group was attacked on
# Friday" (the spark's day, not the fight's).
_SPARK_BEFORE = re.compile(r"\b(?:began|begun|erupted|started|broke\s+out|flared(?:\s+up)?|(?:was|were)\s+(?:sparked|"
                           r"triggered))\s+after\b[^.;:]{0,80}$", re.IGNORECASE)


# A step of someone's life told in a relative clause before a time: "a local who joined militant ranks last year", "who
# had moved to the city in 2019", "who was released from prison in March".
_BIOGRAPHY_BEFORE = re.compile(r"\bwho\s+(?:had\s+|has\s+)?(?:joined|left|quit|returned|moved|came|graduated|served|"
                               r"worked|married|enlisted|defected|surrendered|retired|was\s+(?:released|born|freed|"
                               r"recruited|hired|promoted|elected|appointed|deported))\b[^.;,]{0,50}$", re.IGNORECASE)


# The deed someone is suspected of, told with its own day: "men accused of carrying out the raid on the depot on 3
# March", "a gang suspected of staging the ambush of May 2".
_SUSPECTED_OF_BEFORE = re.compile(r"\b(?:suspected|accused)\s+of\s+(?:being\s+behind|carrying\s+out|involvement\s+in|"
                                  r"taking\s+part\s+in|staging|masterminding)\b[^.;:]{0,80}$", re.IGNORECASE)


def day_of_another_deed(text: str, at: int, *, precision: str) -> bool:
    """Whether the time told at offset ``at`` of a sentence dates a deed other than the one the sentence tells: what a
    fight began after ("the clash began after a member of one group was attacked on Friday"), a step of someone's life
    ("a local who joined militant ranks last year"), the deed someone is accused of ("a gunfight with men accused of
    carrying out the raid on the depot on 3 March"), what the doer did before the deed told ("The alliance, which
    launched an offensive on Oct. 27, said it seized two outposts")."""
    if _BIOGRAPHY_BEFORE.search(text, max(0, at - 80), at):
        return True
    if any(m.start() < at < m.end() and _AFTER_THE_ASIDE_DEED.search(text, m.end())
           for m in _ASIDE_ABOUT_THE_DOER.finditer(text)):
        return True  # "The alliance, which launched an offensive on Oct. 27, said it seized two outposts"
    return precision == "day" and bool(_SPARK_BEFORE.search(text, max(0, at - 120), at)
                                       or _SUSPECTED_OF_BEFORE.search(text, max(0, at - 120), at)
                                       or _COMPARED_SINCE_BEFORE.search(text, max(0, at - 120), at))


# The event a comparison counts from, told before its day: "the deadliest attack since the army seized power (on July
# 26)", "the worst violence since the coup": that event's day, not the incident's.
_COMPARED_SINCE_BEFORE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+(?:serious|deadly|violent))\s+"
                                    r"(?:[\w-]+\s+){0,3}?since\s+(?:the|a|an|its|their)\s+[^.;]{1,80}?$",
                                    re.IGNORECASE)


# A day counted on from the day told before it ("three days later", "the next morning").
COUNTED_ON = re.compile(r"\b(?:later|next|following)\b", re.IGNORECASE)


def _dated_back(span: Sentence, sentence: Sentence, *, published: dt.date,
                news_day: dt.date | None = None) -> list[TimeExpression]:
    """The time of the incident a clause tells when its sentence says the incident told first comes so long after it
    ("The raid comes | three weeks after gunmen killed two guards"), counted back from that incident's day: the day
    the sentence tells, else ``news_day`` (the report's first incident's), else the report's."""
    head = sentence.text[:span.start - sentence.start]
    if head.rstrip().endswith(",") and not _tells_earlier_incident(span, sentence):
        return []  # "A man died on Sunday, | two days after a gunman opened fire": the death's own incident, no other
    before = time_before(head, span.text, base=_day_of(head, published=published, default=news_day)) if head else None
    if before is None:
        return []
    before.start += span.start
    before.end += span.start
    return [before]


def _day_of(head: str, *, published: dt.date, default: dt.date | None = None) -> dt.date:
    """The last day ``head`` tells of ("The shooting on Wednesday comes ..."), else ``default``, else the report's."""
    return last_day_told(head, published=published) or default or published


_COUNTED_FROM_BEFORE = re.compile(r"\b(?:before|previous|earlier|next|following|later|same|that\s+(?:day|night|evening|"
                                  r"morning|afternoon))\b", re.IGNORECASE)


def _day_told_before(span: Sentence, sentence: Sentence, *, published: dt.date,
                     day_before: dt.date | None = None) -> dt.date | None:
    """The last day ``sentence`` tells before ``span`` begins, which "the night before" in ``span`` counts from
    ("died Sunday | after being shot the night before"), else ``day_before``, the last day the sentence before told
    ("... on Sunday. | A day earlier, a bomb ..."); None when the span has no such word or nothing is told."""
    if not _COUNTED_FROM_BEFORE.search(span.text):
        return None
    head = sentence.text[:span.start - sentence.start]
    days = [t for t in find_dates(head, published=published) if t.precision == "day"] if head else []
    return days[-1].date if days else day_before


def last_day_told(text: str, *, published: dt.date, anchor: dt.date | None = None) -> dt.date | None:
    """The last day (day precision, not the day of a telling) ``text`` tells of, if it tells any (``anchor``: the
    day told before ``text``, which its "later that morning" counts from)."""
    days = [t for t in find_dates(text, published=published, anchor=anchor) if t.incident_day]
    return days[-1].date if days else None


# "Meanwhile, three others reached a hospital with gunshot wounds": more victims of the incident just told, met
# elsewhere, not another incident (unless the clause names one: "meanwhile, in another shooting, ...").
_MORE_OF_THEM = re.compile(r"\b(?:others|another\s+(?:person|man|woman|victim|boy|girl|teen(?:ager)?))\b", re.IGNORECASE)


# "Some two hours later, two cooks were shot ...", "later that night", "earlier in the day", "hours after a separate
# attack": a time counted on (or back) from the incident just told.
LATER_SAME_DAY = re.compile(
    r"\b(?:(?:(?:about|some|nearly|roughly|around|almost|just|only|less\s+than|more\s+than)\s+)?"
    r"(?:an|one|two|three|four|five|six|ten|twenty|thirty|a\s+few|several|\d{1,2})\s+(?:hours?|minutes)|hours|"
    r"a\s+half[- ]hour|half\s+an\s+hour)\s+(?:later|earlier|after|before)\b|"
    r"\b(?:later|earlier)\s+(?:that|in\s+the|the\s+same)\s+(?:night|day|morning|afternoon|evening)\b", re.IGNORECASE)
# The people of a count told afresh, by a number or an article, not as people told before ("the guard", "he").
_TOLD_BEFORE = re.compile(r"(?:the|this|that|these|those|he|she|they|his|her|their|both|all)\b", re.IGNORECASE)
# Deaths of people already hurt ("died", "succumbed", not "were shot and killed"), and people found, who may be
# the incident's ("minutes later, officers found two more victims").
_DIED_OR_FOUND = re.compile(r"\b(?:died|dies|succumbed|passed\s+away|did\s+not\s+survive|found|discovered|located)\b",
                            re.IGNORECASE)
# ... nor more of the people told before: "two more victims", "another man", "a third woman".
_MORE_PEOPLE = re.compile(r"\b(?:other|others|more|another|additional|second|third|fourth|fifth)\b", re.IGNORECASE)


def tells_newcomers(span: Sentence, counts: list[CountMention], *, after: int = 0) -> bool:
    """Some count of ``span`` (from ``after`` characters into it) tells people newly shot or killed: "two women were
    shot", "a man was killed", not "he died", "the guard succumbed", "officers found two more victims"."""
    for c in counts:
        words = span.text[c.start - span.start:c.end - span.start]
        if told_afresh(c) and c.start - span.start >= after and not _DIED_OR_FOUND.search(words) \
                and not _MORE_PEOPLE.search(f"{c.count.text} {c.victims}"):
            return True
    return False


def told_afresh(count: CountMention) -> bool:
    """Whether a count tells harmed people afresh, by a number or an article ("two women", "a man"), not people told
    before ("the guard", "he", "both") nor a part or a group of others."""
    return count.outcome in VICTIM_OUTCOMES and not count.subset and not count.group \
        and not _TOLD_BEFORE.match(count.count.text)


# An incident told afresh by its indefinite article: "(two hours later,) deputies were sent to a stabbing near ...".
_AN_INCIDENT = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:shooting|stabbing|homicide|drive-by|carjacking)\b"
                          r"(?!\s+(?:victims?|suspects?|scene)\b)", re.IGNORECASE)


def _later_newcomers(span: Sentence, counts: list[CountMention], triggers: list[Trigger]) -> bool:
    """"Some two hours later, two cooks were shot": a count of people newly hit, minutes or hours after the incident
    just told, is another incident (not "an hour later, the guard died", "hours later, a second victim died", nor
    "minutes later, officers found two more victims"); so is an explosion told so ("earlier in the day, a bomb went
    off at a bank"), whether or not it hurt anyone, and an incident told afresh ("two hours later, deputies were sent
    to a stabbing near the depot")."""
    cue = LATER_SAME_DAY.search(span.text)
    if cue is None:
        return False
    return tells_newcomers(span, counts, after=cue.end()) or bool(_AN_INCIDENT.search(span.text, cue.end())) or any(
        t.kind == "specific" and t.start - span.start >= cue.end()
        and sub_event_type(t.sub_event_type).event_type == "Explosions/Remote violence" for t in triggers)


# The other side's answer: "Rebels responded by firing rockets into ...", "In retaliation, the army shelled ...".
# (not "the attack came in retaliation for a rocket fired ...": what the answer was to)
_RETALIATION = re.compile(r"\b(?:(?:responded|retaliated|hit\s+back)\s+(?:by|with)|in\s+(?:retaliation|response)\s*,)",
                          re.IGNORECASE)


def _fire_in_answer(span: Sentence, triggers: list[Trigger]) -> bool:
    """A side's answer from afar to the incident just told ("Rebels responded by firing rockets into the western
    districts") is an incident of its own, as ACLED codes it; a force's answer on the spot ("police responded by
    firing tear gas", "troops returned fire") is part of the incident."""
    cue = _RETALIATION.search(span.text)
    return cue is not None and any(
        t.kind == "specific" and t.start - span.start >= cue.end()
        and sub_event_type(t.sub_event_type).event_type == "Explosions/Remote violence" for t in triggers)


def _tells_new_incident(text: str) -> bool:
    """Whether a clause says it tells of another incident than the one before it."""
    said = {m.group(0).lower() for m in NEW_INCIDENT.finditer(text)}
    return bool(said) and not (said == {"meanwhile"} and _MORE_OF_THEM.search(text))


def tells_accident(text: str) -> bool:
    """Whether a sentence tells of an accident or a natural death and of no violence ("died in a car crash")."""
    return bool(search_gated(NOT_VIOLENT, text)) and not search_gated(VIOLENT, text)


# A statistic that opens with its own verb or its own incidents: what its clause tells before it is apart from it.
# (Not "have": "the Taliban have staged similar attacks" names nobody's deed before it.)
_TALLY_OPENS = re.compile(r"(?:killed|died|dead|deaths?|shot|wounded|injured|arrested|detained|attacks|bombings|"
                          r"raising|raises|raised|bringing|brings|brought|"
                          r"blasts|explosions|killings|shootings|incidents)\b", re.IGNORECASE)
# ... or the victim's rank in a year's count set beside the incident after a comma ("was shot dead on Friday, the third
# reporter killed this year"; not "the man's death was the city's 84th homicide": a death told before, ranked)
_RANK_OPENS = re.compile(rf"{_RANK}\b", re.IGNORECASE)
_RANK_BESIDE = re.compile(r",\s+(?:the|an?)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


# A word in scare quotes, read as the word (same length, the quotes as spaces): "20 assailants were "neutralised"".
_SCARE_QUOTED = re.compile(r"[\"“”](\w[\w-]*)[\"“”]")


def _before(items: list, offset: int) -> list:
    """The triggers, counts, actors or dates that end by ``offset``: what a clause tells before a tally or a war toll."""
    return [item for item in items if item.end <= offset]


def tells_statistic(text: str) -> bool:
    """The text tells a tally or a trend ("have stepped up attacks", "killed 40 this year"), not an incident."""
    return _STATISTICS.search(text) is not None


def _tells_statistic(span: Sentence, sentence: Sentence) -> bool:
    """A statistic in the clause, or one that runs through it from the clause before or on into the rest of its
    sentence: "the insurgency has killed 9,000 people | since 2009" is cut at "since" and tells no incident in
    either part."""
    return _statistic_from(span, sentence) is not None


def _statistic_from(span: Sentence, sentence: Sentence) -> int | None:
    """The document offset where a statistic in or through the clause begins (see ``_tells_statistic``)."""
    start, end = span.start - sentence.start, span.end - sentence.start
    since = _SINCE_AN_INCIDENT.match(sentence.text)
    if since and since.start("tally") < end and since.end() > start:
        return sentence.start + since.start("tally")
    if _PARTICIPLE_OPENING.match(span.text):
        # "... students have vanished | after being detained by police": the participle tells of the tally's people,
        # so a statistic earlier in the sentence runs through it
        return next((sentence.start + m.start() for m in _STATISTICS.finditer(sentence.text) if m.start() < start),
                    None)
    return next((sentence.start + m.start() for m in _STATISTICS.finditer(sentence.text)
                 if m.start() < end and m.end() > start), None)


# A clause that only tells what befell the people of the clause before: "after being detained", "before being shot".
_PARTICIPLE_OPENING = re.compile(r"\W*(?:after|before|while|upon|on)\s+(?:being|having\s+been)\b", re.IGNORECASE)


# A toll since an incident the sentence opens on: "Since 18 August, when a leader was shot dead, more than 40 people
# have died." The incident keeps its day and its dead; the people who have died since are a tally.
_SINCE_AN_INCIDENT = re.compile(
    r"\W*since\s+[^.;,]{1,40},?\s+when\s+[^.;]{1,160}?,\s+(?:[\w,'’-]+\s+){1,6}?(?:have|has)\s+(?:been\s+)?"
    r"(?P<tally>died|killed|shot|wounded|injured|lost\s+their\s+lives)\b", re.IGNORECASE)


# People held, told by a noun, and their release: "the hostages were freed on Saturday", "the captives, released ...".
_CAPTIVES = re.compile(r"(?:hostages?|captives?|abductees?)", re.IGNORECASE)
_RELEASED = re.compile(r"\b(?:freed|released|set\s+free|let\s+go)\b", re.IGNORECASE)
# A record the news sets, counted from a landmark in time: "(in) the deadliest attack | since ...".
_RECORD_BEFORE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most\s+(?:serious|deadly|"
                            r"violent|intense))\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A relative clause on a place: "..., where martial law was declared on Sunday".
_WHERE_AFTER_PLACE = re.compile(r",\s+where\s")
# What angered the people who acted, set off by commas: ", angered over the death of a youth in custody a day earlier,".
_MOTIVE = re.compile(r"(?:^|,)\s*(?:angered|angry|outraged|incensed|enraged|furious|upset|infuriated)\s+(?:over|at|by|about)"
                     r"\s+[^,;.]{1,160}(?=,)", re.IGNORECASE)


# The attackers a sentence opened on, told dead by a pronoun in a clause of their own, by the forces that met them:
# "Two gunmen opened fire ..., killing two officers | before they were shot dead by police" (not "... kidnapped three
# traders, who were held for a week before they were killed": the pronoun may be the victims').
_THEY_KILLED = re.compile(r"^\W*(?:before|until|when|after|and)\s+(?:(?:both\s+)?they\s+(?:both\s+|all\s+)?were|being)\s+"
                          r"(?:(?:later|eventually|themselves)\s+)?(?P<verb>shot\s+dead|killed|gunned\s+down|"
                          rf"neutrali[sz]ed)\s+(?:by|in\s+an?\s+(?:[\w-]+\s+)?{FIGHT_NOUNS}\s+with)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|officers|"
                          r"security\s+forces|troops|soldiers|guards|forces|commandos)\b", re.IGNORECASE)
# The attacker told harmed in a fight with the police that ended the attack: "The suspect, 46, was himself wounded in a
# gunfight with officers".
_DOER_STOPPED_IN_A_FIGHT = re.compile(
    r"^\W*(?:the\s+)?(?:suspected\s+|alleged\s+|lone\s+)?(?:suspect|gunman|shooter|attacker|assailant)\b[^.;]{0,80}?\b"
    rf"(?:wounded|injured|killed|shot(?:\s+dead)?|hit)\s+in\s+an?\s+(?:[\w-]+\s+)?(?:{FIGHT_NOUNS}|exchange\s+of\s+"
    r"gunfire)\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|officers|"
    r"deputies|troopers|agents|guards)\b", re.IGNORECASE)
_ATTACKERS_COUNTED = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?"
                                r"(?P<who>gunmen|attackers|assailants|militants|bombers|insurgents|raiders|terrorists)\b"
                                # "A man and a woman dressed in black opened fire": a pair, the sentence's subject
                                r"|^\W*(?:[A-Z][\w-]*\W+)*?(?P<who2>an?\s+(?:[\w-]+\s+)?(?:man|woman)\s+and\s+(?:an?|his|her)\s+"
                                r"(?:[\w-]+\s+)?(?:man|woman|wife|husband|accomplice|partner))\b",
                                re.IGNORECASE)


# A relative clause set off by commas after a doer's name: ", which launched an offensive on Oct. 27,", and a deed told
# after it.
_ASIDE_ABOUT_THE_DOER = re.compile(r",\s*(?:which|who)\s+(?:has\s+|had\s+|have\s+)?[a-z]+ed\b[^,;]{0,80}?,")
_AFTER_THE_ASIDE_DEED = re.compile(r"\b(?:seized|captured|killed|attacked|took|overran|stormed|shot|abducted|"
                                   r"kidnapped|bombed|shelled|struck|ambushed|clashed)\b", re.IGNORECASE)


def read_clause(span: Sentence, sentence: Sentence, *, published: dt.date, dateline_end: int = 0,
                day_before: dt.date | None = None, news_day: dt.date | None = None,
                toll_of: Clause | None = None) -> Clause | None:
    """The facts in one clause, or None when it has no usable trigger. ``toll_of``: the clause of the sentence whose
    toll this one goes on with its verb left out ("37 were killed in Elmtown and | seven in Ashby"): its event words
    and the kind of harm it counts."""
    triggers = find_triggers(span.text, offset=span.start) or (list(toll_of.triggers) if toll_of else [])
    # the dateline is no count nor victim ("ELMTOWN, 4 MAR 90 -- Three men were shot": three, not 90; "ELMTOWN, ... --
    # A union leader who ... was found dead": one, not the town and the leader)
    cut = min(max(dateline_end - span.start, 0), len(span.text))
    head = span.text[:cut]
    head = " " * cut if _WIRE_DATELINE.search(head) else re.sub(r"\d", " ", head)
    counts = find_counts(_SCARE_QUOTED.sub(r" \1 ", head + span.text[cut:]), offset=span.start,
                         after=_rest(span, sentence))
    if _SINCE_OPENING.match(span.text) and _RECORD_BEFORE.search(sentence.text, 0, span.start - sentence.start) \
            and not any(c.outcome in VICTIM_OUTCOMES for c in counts):
        # "the deadliest attack | since a truce took effect in February": a landmark in time, no incident (a killing
        # it is counted from is one: "the worst fighting since a commander was killed in 2013")
        return None
    if toll_of is not None and not any(c.outcome in VICTIM_OUTCOMES for c in counts) \
            and (part := _ELLIPTIC_PART.match(span.text)) is not None and (n := word_to_int(part.group("n"))):
        told = next(c for c in toll_of.counts if c.outcome in VICTIM_OUTCOMES)
        counts.append(CountMention(outcome=told.outcome, count=exact_count(n, part.group("n")), victims=told.victims,
                                   start=span.start + part.start("n"), end=span.start + part.end("n"),
                                   charge=told.charge))
    if (they := _THEY_KILLED.match(span.text)) is not None \
            and all(c.outcome != "killed" or c.victims == PERPETRATOR_VICTIMS and c.count.best == 1 for c in counts) \
            and (attackers := list(_ATTACKERS_COUNTED.finditer(sentence.text, 0, span.start - sentence.start))) \
            and (n := word_to_int(attackers[-1].group("n")) if attackers[-1].group("n") else 2):
        # "Two gunmen opened fire ..., killing two officers | before they were shot dead by police": the attackers
        # (all of them, not the one "being shot dead" reads alone)
        counts = [c for c in counts if c.outcome != "killed"]
        # ("... before they were killed in a shootout with police": the end of the attack, not a battle of its own)
        triggers = [t for t in triggers if t.kind == "casualty" or not span.start + they.start() <= t.start
                    < span.start + they.end()]
        pair = attackers[-1].group("n") is None
        counts.append(CountMention(outcome="killed", count=exact_count(n, attackers[-1].group("who2" if pair else "n")),
                                   victims="attackers" if pair else attackers[-1].group("who"),
                                   start=span.start + they.start("verb"),
                                   end=span.start + they.end("verb"), also=True))  # (none of the people they killed)
    if _DOER_STOPPED_IN_A_FIGHT.match(sentence.text):
        # "The suspect was himself wounded in a gunfight with officers": how the attack ended, no battle of its own
        triggers = [t for t in triggers if t.kind == "casualty"]
    own_word = SELF_CLAIM.search(sentence.text)
    for count in counts:
        count.sentence = sentence.index
        count.claimed = own_word is not None and count.start - sentence.start >= own_word.start()
        if shot_down_alive(count, sentence.text, offset=sentence.start):
            count.outcome = "hit"
    actors = find_actors(span.text, offset=span.start)
    armed = bool(counts) or any(a.side in ("state", "nonstate") for a in actors) or bool(
        CONFLICT_CONTEXT.search(span.text))
    accident = tells_accident(sentence.text)
    if accident:
        triggers = [t for t in triggers if t.kind != "casualty"
                    and sub_event_type(t.sub_event_type).event_type != "Explosions/Remote violence"]
        # "mourners of a cyclist run over by a bus the previous evening": the dead of an accident are nobody's
        # victims, and the accident's day is not the day of any incident told here
        counts = [c for c in counts if c.outcome not in VICTIM_OUTCOMES]
    triggers = _drop_conditions(_drop_background(triggers, span), span)
    if counts and not any(a.side == "state" and a.role != "source" for a in actors):
        triggers = _without_protest_setting(triggers, span)
    if _RELEASED.search(span.text):  # "The hostages were freed on Saturday": the end of an abduction told before
        triggers = [t for t in triggers if not _CAPTIVES.fullmatch(t.text)]
    if own_word is not None:  # "claimed their fighters had overrun two posts": a side's word on ground it took
        claim_at = sentence.start + own_word.start()
        triggers = [t for t in triggers if t.start < claim_at or t.sub_event_type not in TERRITORY_TYPES]
    # "the gunmen blocked the road and opened fire on vehicles": armed men's roadblock is their ambush, no protest
    violence = any(t.sub_event_type not in PROTEST_TYPES for t in triggers)
    triggers = [t for t in triggers if not (violence and ROADBLOCK.match(t.text) and any(
        a.side in ("state", "nonstate") and a.role != "victim" and a.end <= t.start for a in actors))]
    refers_back = bool(BACK_REFERENCE.search(span.text))
    triggers = [t for t in triggers if t.kind != "weak" or armed or refers_back]
    if war := WAR_TOLL.search(sentence.text, span.start - sentence.start, span.end - sentence.start):
        told_from = sentence.start + war.start()
        triggers, counts = _before(triggers, told_from), _before(counts, told_from)
    tally = _statistic_from(span, sentence)
    at = None if tally is None else tally - sentence.start
    if tally is not None and (_TALLY_OPENS.match(sentence.text, at) or _RANK_OPENS.match(sentence.text, at)
                              and _RANK_BESIDE.search(sentence.text, max(0, at - 40), at)):
        # "two were killed on Friday and 20 have been killed since the fighting began": the incident told before the
        # tally's own verb, if any
        triggers, counts, actors = _before(triggers, tally), _before(counts, tally), _before(actors, tally)
    elif tally is not None:  # "a conflict that has cost 50,000 lives over a ten-year period": all the tally's
        return None
    if not triggers:
        return None
    dates = [] if accident else _told_dates(span, sentence, published=published, dateline_end=dateline_end,
                                            day_before=day_before) or \
        _dated_back(span, sentence, published=published, news_day=news_day)
    if tally is not None:
        dates = _before(dates, tally)
    if (where := _WHERE_AFTER_PLACE.search(span.text)) is not None and not any(
            t.start >= span.start + where.start() for t in triggers) \
            and not any(c.start >= span.start + where.start() for c in counts):
        # "three died in the suburb of X, where martial law was declared on Sunday": the day of what the place saw
        dates = [d for d in dates if d.start < span.start + where.start()]
    for m in _ASIDE_ABOUT_THE_DOER.finditer(span.text):  # "The alliance, which launched an offensive on Oct. 27, said
        # its fighters seized two outposts": the day of what the doer did before, not of the deed told
        if not any(span.start + m.end() <= t.start for t in triggers if t.kind != "casualty"):
            continue
        inside = range(span.start + m.start(), span.start + m.end())
        dates = [d for d in dates if d.start not in inside]
    for m in _MOTIVE.finditer(span.text):  # "The mob, angered over a death in custody a day earlier, stoned ...": not
        # the day nor the dead of what the angry people did
        inside = range(span.start + m.start(), span.start + m.end())
        dates = [d for d in dates if d.start not in inside]
        counts = [c for c in counts if c.start not in inside or c.outcome not in VICTIM_OUTCOMES]
    certainty, cue = find_certainty(span.text)
    place_aside = bool(dates) and bool(PLACE_OF_EARLIER.match(span.text))  # with a day of its own
    return Clause(
        span=span, sentence=sentence, triggers=triggers, counts=counts, actors=actors, dates=dates,
        certainty=certainty,
        certainty_span=(span.start + cue.start(), span.start + cue.end()) if cue else None,
        refers_back=refers_back,
        new_incident=_tells_new_incident(span.text) or _tells_earlier_incident(span, sentence) or place_aside
        or _happened_after(span, sentence, counts)
        or _later_newcomers(span, counts, triggers) or _fire_in_answer(span, triggers),
        place_aside=place_aside,
    )

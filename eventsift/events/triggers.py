"""Trigger detection: which words in a clause signal which kind of event (lexicon in triggers.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventsift.events.actors import demonyms
from eventsift.events.count_words import PERSON_NOUNS
from eventsift.events.lexicon_regex import compile_lexicon_pattern, union_regex
from eventsift.nlp.lexicon import load_tsv
from eventsift.nlp.scan import GateFamily, gate_text, literal_alternation


@dataclass(slots=True, kw_only=True, frozen=True)
class TriggerRule:
    regexes: tuple[re.Pattern[str], ...]
    sub_event_type: str
    kind: str  # specific | weak | casualty
    priority: int


@dataclass(slots=True, kw_only=True)
class Trigger:
    text: str
    start: int  # document offsets
    end: int
    sub_event_type: str
    kind: str
    priority: int


@cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    rules = []
    for row in load_tsv("events/triggers.tsv"):
        pattern = row["pattern"].replace("{PERSON_NOUNS}", PERSON_NOUNS)  # the people a verb's object may name
        pattern = pattern.replace("{DEMONYMS}", literal_alternation(demonyms()))  # "Israeli", "Turkish", ...
        rules.append(TriggerRule(regexes=tuple(compile_lexicon_pattern(pattern, ignore_case=True)),
                                 sub_event_type=row["sub_event_type"], kind=row["kind"],
                                 priority=int(row["priority"])))
    return tuple(rules)


@cache
def _trigger_regexes() -> tuple[tuple[tuple[TriggerRule, re.Pattern[str]], ...], GateFamily]:
    """Each rule's regexes in the lexicon's order, with the family that tells which of them may match a text."""
    pairs = tuple((rule, regex) for rule in trigger_rules() for regex in rule.regexes)
    return pairs, GateFamily(regex for _, regex in pairs)


def has_trigger(text: str) -> bool:
    """Whether ``text`` holds any trigger, the cheap filter before a sentence is read: each rule's regex tried
    where its gate lets it match (one regex joining them all took more than twice as long)."""
    pairs, family = _trigger_regexes()
    return any(pairs[i][1].search(text) for i in family.passing(text, gated=gate_text(text)))


@cache
def _held_weapon_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(weapon, held before it, used in between, stormed with it) from ``held_weapons.tsv``."""
    words = {row["kind"]: row["pattern"] for row in load_tsv("events/held_weapons.tsv")}
    return (re.compile(rf"(?:{words['weapon']})", re.IGNORECASE),
            # (a list of the things held runs on past a calibre's point: "found a box of 9.5 mm cartridges, radios
            # and three hand grenades")
            re.compile(rf"\b(?:{words['held']})\b(?P<gap>(?:[^.;:!?()\[\]]|(?<=\d)\.(?=\d)){{0,140}})$",
                       re.IGNORECASE),
            re.compile(rf"\b(?:{words['used']})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{words['storm']})\b(?P<gap>[^.;:!?()\[\]]{{0,80}}?\bwith\s+(?:[\w-]+,?\s+){{0,4}})$",
                       re.IGNORECASE))


def _held_not_used(text: str, start: int, end: int) -> bool:
    """"troops found two rifles", "a shipment of missiles": a weapon only held is no sign of an event; nor is one a
    ground assault was made with ("stormed the mines with rockets"): the storming tells the event."""
    weapon, held, used, storm = _held_weapon_regexes()
    if not weapon.fullmatch(text, start, end):
        return False
    before = held.search(text, max(0, start - 160), start) or storm.search(text, max(0, start - 140), start)
    return before is not None and not used.search(before.group("gap"))


# A trigger said not to have happened: "no arrests have been made", "no one was hurt", "was not injured", "there will
# be no more bombings", "there will not be any more attacks".
_NEGATED = re.compile(r"\b(?:no|not|never|without|nobody|none)\s+(?:be\s+)?(?:any\s+)?(?:(?:one|other|further|"
                      r"more|immediate|reported|known|serious|injuries|shots)\s+)?(?:(?:was|were|has been|have been|"
                      r"had been|being|else)\s+)?$|"
                      # "there was no evidence of sabotage", "no sign of foul play"
                      r"\b(?:no|not\s+any|without\s+any|without)\s+(?:evidence|sign|signs|indication|suggestion|proof)\s+"
                      r"(?:of|that)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


# A protest only spoken of: "polling members on possibly protesting", "plans to march", "called for a rally".
_NOT_HELD = re.compile(r"\b(?:possibly|possible|planned|planning|plans?\s+to|will|would|could|may|might|"
                       r"threat(?:en(?:ed|s|ing)?)?\s+to|call(?:ed|s|ing)?\s+for|considering|consider|whether\s+to)\s+"
                       r"(?:(?:an?|the|more|further|another|new)\s+)?$", re.IGNORECASE)
_PROTEST_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})
# Armed men doing what a protest also does: "the gunmen blocked the road and forced travellers out", "bandits
# blocking the highway" is how a kidnapping or a robbery is staged, not a protest.
_ARMED_MEN_BEFORE = re.compile(r"\b(?:gunmen|bandits|militants|attackers|assailants|insurgents|rebels|kidnappers|"
                               r"robbers|jihadists|terrorists|militiamen|fighters)\s+(?:had\s+|first\s+|then\s+)?$",
                               re.IGNORECASE)


@cache
def _figurative_regex() -> re.Pattern[str]:
    """Violence words as figures of speech ("a social time bomb", "an explosion of joy"), from ``figurative.tsv``."""
    return union_regex([rx for row in load_tsv("events/figurative.tsv")
                        for rx in compile_lexicon_pattern(row["pattern"], ignore_case=True)], flags=re.IGNORECASE)


# The words the figures of speech (and the rescues of people kidnapped before) are built on: a quick test before the
# long pattern. (Short words only at a word's start, as figurative.tsv writes them: "war" is in "toward" and
# "warrant", "rob" in "problem".)
_FIGURATIVE_WORD = re.compile(r"explo|bomb|loot|plunder|pillag|attack|assault|aggression|broadside|grenade|bang|blast|"
                              r"\brob|\bsteal|\bstol|offensive|battle|\bwars?\b|\bfight|struggl|rescu|freed|freeing|"
                              r"releas|liberated|(?:went|go|goes|going|gone)\s+off|\bfled\b|\bescaped\b|displaced|driven\s+out",
                              re.IGNORECASE)
# Fire from the air or from guns told as backing a force on the ground, not as an act of its own: "troops backed by
# air strikes took the ridge", "with the support of helicopter gunships", "under cover of artillery fire". The
# fight is the event (the force that backs a side is its associate, in actors.py).
_SUPPORT_BEFORE = re.compile(r"\b(?:(?:backed|supported|assisted|aided|helped|covered)\s+by|with\s+(?:the\s+)?"
                             r"(?:support|help|backing|assistance|cover)\s+(?:of|from)|under\s+(?:the\s+)?cover\s+of)"
                             r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SUPPORT_FIRE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
# A search launched after an incident: "police have launched a search operation around the hamlet", "troops began a
# combing operation": the hunt for the doers, no fight of its own (a fight in it is told by its own words: "during a
# search operation, militants opened fire").
_SEARCH_LAUNCHED = re.compile(r"\b(?:launched|launch|started|start|began|begun|begin|initiated|mounted)\s+(?:an?\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:search|combing|cordon[- ]and[- ]search)(?:\s+operations?)?$",
                              re.IGNORECASE)
# Where a gun came from, told of the gun: "the pistol used in the shooting had been stolen from a truck" (a theft of its
# own only when what was taken is no weapon: "the laptops were stolen from the clinic").
_WEAPON_TAKEN_BEFORE = re.compile(r"\b(?:guns?|handguns?|pistols?|rifles?|revolvers?|shotguns?|firearms?|weapons?)\s+"
                                  r"(?:[\w-]+\s+){0,5}?(?:had\s+been|has\s+been|have\s+been|was|were)\s+$", re.IGNORECASE)
# An act only spoken of as what may come: "the areas will be bombed", "the house could be looted".
_MAY_COME = re.compile(r"\b(?:will|would|could|might|may|can|shall)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# An act planned, plotted or threatened, not done: "the insurgents were planning to launch a spring offensive", "the
# militia threatened to attack the barracks", "the gang was preparing an attack on a judge", "an imminent attack",
# "the risk of renewed fighting". (Not "tried to kill": an attempt is an act; nor "staged a planned attack".)
_PLANNED = re.compile(
    r"(?:\b(?:plan(?:s|ned|ning)?|plott?(?:s|ed|ing)|prepar(?:e|es|ed|ing)|threat(?:en(?:ed|s|ing)?)?|"
    r"intend(?:s|ed|ing)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|conspir(?:e|es|ed|ing|acy))\s+to\s+"
    r"(?:(?:launch|carry\s+out|stage|mount|use|unleash|conduct|step\s+up|commit|perpetrate|resume|intensify)\s+)?"
    r"|\b(?:planning|plotting|preparing)\s+|\bto\s+(?:plan|plot|prepare)\s+"
    r"|\b(?:an?|the)\s+(?:threatened|imminent|feared|future)\s+"
    r"|\b(?:possibility|risk|threat|danger|fears?|prospect|likelihood|chance)\s+of\s+(?:[\w-]+\s+)?"
    # what is asked for: "the mission called for an immediate ceasefire", "urged a truce" (not "officers were called
    # for a shooting")
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+for\s+"
    r"|\b(?:urg(?:e|es|ed|ing))\s+)"
    r"(?:(?:(?:an?|the|some|more|further|another|new|fresh|heavy|major|big|large-scale|all-out|final|general|its|"
    r"their)\s+){1,2}(?:[\w-]+\s+)?)?$",
    re.IGNORECASE)
# An act that did not happen, told as what would have: "the cell's scheme would have involved a bombing at the
# stadium", "he would have been shot". (Not "could have": "whether the guard could have been shot by a colleague"
# asks who did a deed done.)
_COUNTERFACTUAL = re.compile(r"\bwould\s+(?:not\s+)?have\s+(?:been\s+)?(?:\w+\s+)?(?:(?:an?|the)\s+)?$", re.IGNORECASE)
# A kind of act told of those who do it, not an act done: "the gangs who kidnap traders and loot their stalls",
# "radicals who enjoy planting bombs and shooting policemen": a verb in the present after "who", or what they enjoy.
_ACTS = (r"(?:attack|ambush|kidnap|abduct|kill|murder|massacre|bomb|shoot|burn|loot|rob|torture|rape|assault|shell|"
         r"terrori[sz]e|execute|behead|slaughter|assassinate)(?:e?s)?")
_WHO_DO = re.compile(r"\bwho\s+(?:(?:only|always|often|usually|routinely|regularly|constantly|still|also|continue\s+to)"
                     rf"\s+)*(?:{_ACTS}\s+(?:[\w'’-]+\s+){{0,3}}(?:and|or)\s+)?$", re.IGNORECASE)
_WHO_LIKE = re.compile(r"\bwho\s+(?:like|likes|love|loves|enjoy|enjoys)\s+(?:[\w-]+\s+(?:and\s+)?){0,2}$",
                       re.IGNORECASE)
_PRESENT_ACT = re.compile(_ACTS, re.IGNORECASE)
# Acts a demand asks to end, not an act of this report: "urged both sides to halt the shelling of villages", "an end
# to the killings", "stop firing rockets at villages", "end the beatings, kidnappings and torture".
_TO_END = re.compile(r"\b(?:(?<!\bbus )stops?|halts?|ceases?|ends?|an\s+end\s+to)\s+"
                     r"(?:(?:using|dropping|firing|planting|laying)\s+)?"
                     r"(?:(?:the|its|their|all|these|those|such)\s+(?:[\w-]+,?\s+){0,3}|(?<=ing\s))$", re.IGNORECASE)


# A crime named as a charge or an offence, not a deed told: "faces charges of murder and kidnapping", "a bill that would
# toughen penalties for murder and armed robbery" ("convicted of shooting dead two neighbours" tells the deed: its
# victims are counted, as are "two counts of murder").
_CHARGE = re.compile(
    r"\b(?:charged\s+with|accused\s+of|convicted\s+of|guilty\s+of|indicted\s+(?:on|for)|charges?\s+(?:of|for)|"
    r"penalt(?:y|ies)\s+for|sentences?\s+for|sentenced\s+for|wanted\s+for|jailed\s+for|suspicion\s+of|"
    r"crimes?\s+(?:of|such\s+as|like)|offen[cs]es?\s+(?:of|such\s+as|like))\s+"
    r"(?:(?:first|second|third|1st|2nd|3rd)[- ]degree\s+|attempted\s+|aggravated\s+|armed\s+|capital\s+|"
    r"[\w-]+,\s+|[\w-]+\s+(?:and|or)\s+)*$", re.IGNORECASE)
# ... or one its accused is said never to have done: "years of prison for a robbery he did not commit".
_NOT_COMMITTED = re.compile(r"\s+(?:that\s+)?(?:he|she|they|I|we|you)\s+(?:did\s+not|didn['’]t|never|had\s+not|"
                            r"hadn['’]t)\s+commit", re.IGNORECASE)
_CRIME = re.compile(r"(?:murders?|homicides?|kidnapping|abduction|robbery|rape|assault|manslaughter|terrorism|arson|"
                    r"battery|extortion|looting|torture)", re.IGNORECASE)


# A group's or a person's record, told as kinds of acts with no incident of their own: "a militia involved in killings
# and rapes", "gangs implicated in numerous kidnappings" (a plural with no article; "involved in the ambush of a
# convoy" tells one).
_RECORD_BEFORE = re.compile(r"\b(?:involved|implicated|specialis(?:ed|ing)|specializ(?:ed|ing))\s+in\s+"
                            r"(?:(?:numerous|several|many|multiple|past|previous|earlier|other|various|"
                            r"a\s+(?:series|spate|string|wave)\s+of)\s+)?"
                            r"(?:(?!(?:the|this|that|these|those|its|their|his|her|our|my)\b)[\w-]+,?\s+"
                            r"(?:and\s+|or\s+)?){0,3}$",
                            re.IGNORECASE)
_ACTS_AS_A_RECORD = re.compile(r"killings|rapes|attacks|kidnappings|abductions|murders|bombings|robberies|massacres|"
                               r"assaults|lootings|ambushes|raids|shootings|beatings|lynchings", re.IGNORECASE)


# An incident named only as a landmark: "protesters near the site of a gunfight", "police reached the scene of the
# blast" (the incident itself is told by its own words elsewhere).
_SITE_OF_BEFORE = re.compile(r"\b(?:near|close\s+to|outside|reached|arrived\s+at|rushed\s+to|visited|cordoned\s+off)\s+"
                             r"the\s+(?:site|scene|spot)\s+of\s+(?:a|an|the|that|this)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# What a place is known for, told in a clause that describes it: "the town of Ashby, where rival cartels have been
# fighting for control of the drug routes", "a valley where the army has long been battling rebels" (the news is
# told apart).
_WHERE_ONGOING_BEFORE = re.compile(r"\bwhere\s+(?:[\w'’-]+\s+){1,4}?(?:have|has)\s+(?:long\s+)?been\s+$", re.IGNORECASE)

# A side told by whom it fights, not a fight of this report: "the last stronghold of the rebels fighting the
# government", "militias fighting alongside the army", "factions fighting to topple the regime".
_SIDE_BEFORE = re.compile(r"\b(?:(?:rebels|militants|insurgents|groups|factions|forces|fighters|militias|jihadists|"
                          r"guerrillas|movements|those)|"
                          # "al Shabaab, which is | fighting to topple the government": what a group is about
                          r"(?:which|who|that)\s+(?:is|are|has\s+been|have\s+been|had\s+been)"
                          r"(?:\s+(?:long|still))?)\s+$",
                          re.IGNORECASE)
_FOUGHT_AFTER = re.compile(r"\s+(?:(?:against|alongside|on\s+behalf\s+of)\b|to\s+(?:topple|oust|overthrow|defend|"
                           r"establish|create|free|liberate|end)\b|the\s+(?:government|regime|army|state|military)\b|"
                           r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?-i:[A-Z]))", re.IGNORECASE)


def _not_done(text: str, start: int, end: int) -> bool:
    """A trigger the clause speaks of as planned or threatened, as what would have happened, as what some people do,
    as what a demand asks to end, as a charge, or as what a place has long seen."""
    before = text[max(0, start - 70):start]
    if _PLANNED.search(before) or _TO_END.search(before) or _WHO_LIKE.search(before) or _COUNTERFACTUAL.search(before) \
            or _WHERE_ONGOING_BEFORE.search(before):
        return True
    if _CRIME.fullmatch(text, start, end) and (_CHARGE.search(before) or _NOT_COMMITTED.match(text, end)):
        return True
    if _ACTS_AS_A_RECORD.fullmatch(text, start, end) and _RECORD_BEFORE.search(before):
        return True
    if text[start:end].lower() == "fighting" and _SIDE_BEFORE.search(before) and _FOUGHT_AFTER.match(text, end):
        return True
    return bool(_PRESENT_ACT.fullmatch(text, start, end)) and bool(_WHO_DO.search(before))


def find_triggers(text: str, *, offset: int = 0) -> list[Trigger]:
    """Every trigger in ``text`` that the text does not deny, speak of as what may come or would have happened, tell
    as only planned, threatened, asked to end, done by a kind of people or named as a charge (``_not_done``), or use
    as a figure of speech; where matches overlap the higher-priority, longer one wins."""
    figures = [m.span() for m in _figurative_regex().finditer(text)] if _FIGURATIVE_WORD.search(text) else []
    found: list[Trigger] = []
    pairs, family = _trigger_regexes()
    for i in family.passing(text, gated=gate_text(text)):
        rule, regex = pairs[i]
        for m in regex.finditer(text):
            if _NEGATED.search(text, max(0, m.start() - 40), m.start()) \
                    or _MAY_COME.search(text, max(0, m.start() - 40), m.start()) \
                    or _not_done(text, m.start(), m.end()):
                continue
            if any(a <= m.start() and m.end() <= b for a, b in figures):
                continue
            if rule.sub_event_type in _SUPPORT_FIRE and _SUPPORT_BEFORE.search(text, max(0, m.start() - 60),
                                                                                  m.start()):
                continue
            if rule.kind == "weak" and _SEARCH_LAUNCHED.search(text, max(0, m.end() - 80), m.end()):
                continue
            if _SITE_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            if m.group(0).lower() == "stolen" and _WEAPON_TAKEN_BEFORE.search(text, max(0, m.start() - 60),
                                                                                m.start()):
                continue
            if rule.kind == "specific" and _held_not_used(text, m.start(), m.end()):
                continue
            if rule.sub_event_type in _PROTEST_TYPES and (
                    _NOT_HELD.search(text, max(0, m.start() - 40), m.start())
                    or _ARMED_MEN_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                continue
            found.append(Trigger(text=m.group(0), start=offset + m.start(), end=offset + m.end(),
                                 sub_event_type=rule.sub_event_type, kind=rule.kind, priority=rule.priority))
    found.sort(key=lambda t: (-t.priority, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trig in found:
        if not any(trig.start < k.end and k.start < trig.end for k in kept):
            kept.append(trig)
    return sorted(kept, key=lambda t: t.start)

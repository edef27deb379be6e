"""Actors: who acted and who was acted on, normalised to ACLED-style names with inter codes.

The lexicon (actors.tsv) names the actor; the clause decides the role: victims are the people a casualty
count names ("28 people were killed") or the object of an attack ("attack on the convoy", "against IS");
agents are named with "by", claim responsibility, or are the subject of an active violent verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from eventsift.events.count_words import PERSON_NOUNS
from eventsift.events.lexicon_regex import compile_lexicon_pattern
from eventsift.nlp.lexicon import load_tsv
from eventsift.nlp.scan import GateFamily, gate_text


@dataclass(slots=True, kw_only=True, frozen=True)
class ActorRule:
    regexes: tuple[re.Pattern[str], ...]
    name: str
    inter: int
    side: str  # state | nonstate | civilian | crowd


# Countries whose name takes "the" after "of" in ACLED's actor names.
NAMED_WITH_THE = ("United States", "United Kingdom", "Philippines", "Netherlands", "United Arab Emirates",
                  "Democratic Republic of Congo", "Central African Republic")
# ... as ACLED writes them: "Military Forces of the United States", "Police Forces of the Philippines"
_OF_NAMED_WITH_THE = re.compile(rf"\bof ({'|'.join(map(re.escape, NAMED_WITH_THE))})\b")


@dataclass(slots=True, kw_only=True)
class ActorMention:
    text: str
    start: int  # document offsets
    end: int
    name_template: str  # may hold {country} or {match}
    inter: int
    side: str
    nationality: str | None = None  # country named by a demonym beside the mention
    role: str | None = None  # agent | victim | source | ally | None when the clause does not say

    def name(self, *, country: str | None) -> str:
        place = self.nationality or country
        name = self.name_template.replace("{match}", self.text).replace("{nationality}", self.nationality or "")
        if "{country}" in name:
            name = name.replace("{country}", place) if place else re.sub(r"\s*\(\{country\}\)|\s*of \{country\}", "", name)
        return with_acled_articles(name)


def with_acled_articles(name: str) -> str:
    """An actor's name with "the" where ACLED writes it: "Police Forces of the United States"."""
    return _OF_NAMED_WITH_THE.sub(r"of the \1", name)


@cache
def actor_rules() -> tuple[ActorRule, ...]:
    """The rules of actors.tsv ({COUNTRIES} in a pattern stands for the country names of demonyms.tsv)."""
    countries = "|".join(re.escape(name) for name in sorted(set(demonyms().values()), key=len, reverse=True))
    return tuple(
        ActorRule(regexes=tuple(compile_lexicon_pattern(row["pattern"].replace("{COUNTRIES}", countries))),
                  name=row["name"], inter=int(row["inter"]), side=row["side"])
        for row in load_tsv("events/actors.tsv")
    )


@cache
def _actor_regexes() -> tuple[tuple[tuple[ActorRule, re.Pattern[str]], ...], GateFamily]:
    """Each rule's regexes in the lexicon's order, with the family that tells which of them may match a text."""
    pairs = tuple((rule, regex) for rule in actor_rules() for regex in rule.regexes)
    return pairs, GateFamily(regex for _, regex in pairs)


@cache
def demonyms() -> dict[str, str]:
    return {row["demonym"]: row["country"] for row in load_tsv("events/demonyms.tsv")}


def _demonym_names() -> str:
    return "|".join(re.escape(name) for name in sorted(demonyms(), key=len, reverse=True))


@cache
def _country_after() -> re.Pattern[str]:
    """A country named right after a state's forces: "the army of Chad", "(military) forces of Niger and Chad"."""
    names = "|".join(re.escape(name) for name in sorted(set(demonyms().values()), key=len, reverse=True))
    return re.compile(rf"^\s+(?:forces\s+)?of\s+(?:the\s+)?({names})(?:\s+and\s+(?:the\s+)?({names}))?\b")


@cache
def _by_country_after() -> re.Pattern[str]:
    """A country named as the doer right after its strikes: "air strikes by Russia", "shelling by regime ally Russia"."""
    names = "|".join(re.escape(name) for name in sorted(set(demonyms().values()), key=len, reverse=True))
    return re.compile(rf"^\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?({names})\b(?!['’]s|\s+-?based)")


# How far before a mention its nationality word may stand: "two Central African aid workers", "Indian and" of
# "Indian and Pakistani troops" (the searches look no further back: the nationality list is long).
NATIONALITY_REACH = 60


@cache
def _demonym_before() -> re.Pattern[str]:
    return re.compile(rf"\b({_demonym_names()})(?:[- ]\w+)?\s+(?:\w+\s+)?$")


@cache
def _demonym_right_before() -> re.Pattern[str]:
    """A nationality word just before a mention ("Turkish jets", "Russian forces"), its state's word between them
    ("Syrian government air strikes"), the weapon's kind ("Russian cruise missiles"), or before the weapon joined to it
    ("Russian missile and drone strikes"); a word the other side calls them by between ("Turkish occupation army",
    "Israeli occupying forces")."""
    return re.compile(rf"\b({_demonym_names()})\s+(?:(?:government|regime|army|military|coalition|state|occupation|"
                      r"occupying|invading|invasion)\s+)?"
                      # the kind of weapon: "Russian cruise missiles", "Iranian ballistic missiles"
                      r"(?:(?:cruise|ballistic|hypersonic|guided|long-range|short-range|anti-ship|precision)\s+)?"
                      r"(?:[\w-]+\s+(?:and|or)\s+)?$")


@cache
def _demonym_opening() -> re.Pattern[str]:
    """A nationality word opening a mention ("Turkish army")."""
    return re.compile(rf"({_demonym_names()})\s+")


@cache
def _other_demonym_before() -> re.Pattern[str]:
    """Another nationality joined to the one before a mention: the "Indian and" of "Indian and Pakistani troops"."""
    return re.compile(rf"\b({_demonym_names()})\s+and\s+$")


# Who denies a deed tells of it and did not do it, as far as the report goes: "the Taliban denied involvement".
_DENIES = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:denied|denies|deny|denying|disowned|disowns|rejected claims)\b",
                     re.IGNORECASE)
# ... and so does who names what it was: "shot dead in what police described as a targeted attack".
_IN_WHAT_BEFORE = re.compile(r"\bin\s+what\s+(?:the\s+)?$", re.IGNORECASE)
# The verbs a sayer is told by, shared by the sayer after a mention and the sayer after a comma below.
_SAYING = r"said|say|says|told|confirmed|stated|added|reported"
_SPEECH = re.compile(rf"^\W*(?:\w+\s+){{0,3}}?(?:{_SAYING}|tell|announced|believe[sd]?|think|thinks|suspect(?!ed\b)s?\b|"
                     r"claimed(?!\s+(?:responsibility|credit|(?:the|a)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|"
                     r"killings?|murders?|assassinations?|kidnappings?|abductions?|ambush(?:es)?|explosions?)))|"
                     # "Detectives named the clerk found dead", "Police identify teen killed": who told the name
                     r"informed|according|identif(?:y|ies|ied)(?!\s+as\b)|named(?=\s+(?:the|a|an)\s)|released\s+the\s+names?|"
                     # "the police blamed the rebels for the attack": who accuses, not a side
                     # (not "rebels accused of the killing", "militants blamed for the attack": the accused)
                     r"blamed(?!\s+for\b)|blames|attributed(?!\s+to\b)|"
                     # ... of the deed ("accused the rebels of carrying out the attack"; not "whom the front accuses of
                     # spying": the victim accused)
                     r"accus(?:ed|es)(?=\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?of\s+(?:carrying\s+out|being\s+behind|staging|"
                     r"perpetrating|(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|killings?|massacres?|"
                     r"ambush))))\b",
                     re.IGNORECASE)
# ... and the side whose spokesman speaks: "the Taliban government's chief spokesman", "a Hamas spokeswoman"
_SPOKESMAN_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:[\w'’-]+\s+){0,2}?(?:spokes(?:man|woman|person|people|men|women)|"
                              r"press\s+(?:officer|secretary))\b", re.IGNORECASE)
# ... though not the sayer after a comma: "killed 12 rebels and 18 soldiers, the monitor said", "..., officials said"
_SAID_BY_ANOTHER = re.compile(r"^\s*,\s*(?:(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?|[\w'’-]+\s+)"
                              rf"(?:{_SAYING})\b", re.IGNORECASE)
# ... though not the subject of what was said: "the army said five militants died", "police said gunmen fired"
_DEED_AFTER = re.compile(r"^\s+(?:(?:also|later|then|had|have|has|were|was|are|is|been)\s+){0,2}(?:died|killed|"
                         r"attacked|fired|opened|stormed|abducted|kidnapped|shot|detonated|wounded|injured|ambushed|"
                         r"raided|torched|looted|clashed|fled|escaped|surrendered|exchanged|engaged|returned|repelled|"
                         r"repulsed|battled|fought|shelled|bombed|struck|targeted|carried\s+out|conducted|launched|"
                         r"staged|mounted|perpetrated|pounded|bombarded)\b", re.IGNORECASE)
# ... and the sayer who tells its own deed is its doer: "the army said it killed five militants", "the Houthi movement
# said it had shot down a drone"
_SAYS_IT_DID = re.compile(r"^(?:\s+(?:(?:movement|group|militia|rebels|militants)\s+)?|['’]s\s+(?:[\w-]+\s+){1,2}?)"
                          r"(?:in\s+(?-i:[A-Z])[\w'’-]+\s+)?"
                          r"(?:has\s+|had\s+)?(?:later\s+|also\s+)?"
                          r"(?:said|says|claimed|announced|stated|reported)\s+"
                          r"(?:(?:on\s+)?\w+day\s+|in\s+a\s+(?:\w+\s+)?statement\s+(?:on\s+\w+day\s+)?)?(?:that\s+)?"
                          r"(?:it|they)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?[\"“']?(?:killed|attacked|arrested|"
                          r"captured|shot|destroyed|repelled|repulsed|neutrali[sz]ed|eliminated|detained|seized|shelled|"
                          r"struck|targeted|raided|ambushed|downed|foiled|thwarted|fired|launched)\b", re.IGNORECASE)
# (not across "that": "the minister said that soldiers killed them" tells who killed, not who spoke)
_SPEECH_BEFORE = re.compile(r"(?:according to|said|told|quoting|cited)\s+(?!(?:that\s+)?(?:it|they|he|she|we)\s)"
                            r"(?:(?!that\b)\w+\s+){0,3}$|"
                            # "..., said Ana Ruiz, a leader of a hunters' militia": what the speaker is
                            r"\b(?:said|according to)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3},\s+"
                            r"(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
# ", said Ali Musa": a speaker named after the actor, who is not the speaker
_SPEAKER_SAID_AFTER = re.compile(r"\s*,\s*(?:said|says|according\s+to)\s+(?-i:[A-Z])", re.IGNORECASE)
# A part of a group told before the group's name: "a faction of the", "the armed wing of" (the group is the doer).
_GROUP_PARTS = r"faction|wing|splinter\s+group|affiliate|offshoot|branch"
PART_OF_A_GROUP = rf"(?:{_GROUP_PARTS}|cell)\s+of\s+(?:the\s+)?"
# ("by Pakistani troops": a nationality may stand between)
_AGENT_BEFORE = re.compile(r"(?:\bby|\bbetween)\s+(?:the\s+|a\s+|an\s+|suspected\s+|unidentified\s+|armed\s+)*"
                           # ("claimed by a faction of the Pakistani Taliban": the group, by its part)
                           rf"(?:{PART_OF_A_GROUP})?"
                           r"(?:(?-i:[A-Z])[a-z]+(?:['’]s)?\s+)?$", re.IGNORECASE)  # "by Elmland's military"
# ... not the one by whom the victims were found, taken or questioned: "two wounded men were discovered by deputies",
# nor who holds the area the incident is in: "the latest massacre in a region contested by dissident fighters"
_FOUND_BY_BEFORE = re.compile(r"\b(?:found|discovered|located|identified|questioned|interviewed|spotted|"
                              # ... nor who guarded them: "a convoy escorted by soldiers"
                              r"escorted|guarded|accompanied|protected|defended|manned|"
                              # ... nor who uses or owns the place hit: "a parking area used by coalition troops"
                              r"used|owned|operated|occupied|"
                              r"transported|treated|notified|contacted|contested|controlled|dominated|disputed|"
                              r"patrolled|ruled|infested|plagued|frequented)\b"
                              r"(?:\s+[\w'’,-]+){0,6}?\s+by\s+(?:the\s+|a\s+|an\s+)?"
                              r"(?:(?-i:[A-Z])[a-z]+(?:['’]s)?\s+)?$",
                              re.IGNORECASE)
# ... the one by whom a driver was stopped: "a gunman who was stopped by a state trooper for speeding".
_DRIVER_STOPPED_BY_BEFORE = re.compile(r"\b(?:stopped|pulled\s+over)\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
                                       re.IGNORECASE)
# (not across a "who" of someone else: "police are trying to find who shot him" did not shoot; "militants who
# attacked" did)
_AGENT_AFTER = re.compile(r"^(?:\s*,?\s*who\s+)?(?:(?!\bwho(?:ever)?\b|\b(?:looking|searching|hunting|seeking|"
                          # "Police are hunting a man they say shot his wife": the pursuers, not the doers
                          r"questioning|investigating)\b)[\w\s(),-]){0,40}?\b(?:claimed (?:responsibility|credit|(?:the|a) (?:\w+ )?(?:attacks?|"
                          r"bombings?|blasts?|killings?|murders?|assassinations?|kidnappings?|abductions?|ambush(?:es)?|"
                          r"explosions?))|attacked|stormed|ambushed|opened fire|(?<!shots )(?<!rounds )(?<!bullets )fired|hit|"
                          r"killed|shot|abducted|kidnapped|raided|targeted|launched|carried out|detonated|blew|"
                          r"(?<!were )(?<!was )(?<!been )(?<!being )(?<!be )(?<!got )(?<!were also )(?<!was also )"
                          r"(?:massacred|murdered|executed|assassinated|beheaded|gunned down|machine-?gunned|stabbed|"
                          r"lynched|hacked|slaughtered|tortured|dynamited|beat|assaulted|whipped|flogged|clubbed|"
                          r"thrashed|manhandled|raped)|"
                          r"clashed|arrested|detained|torched|looted|seized|captured|shelled|struck|bombed|"
                          r"set fire|hurled|threw|lobbed|dropped|pounded|planted|overran|took control|"
                          r"recaptured|retook|regained|reclaimed|took back|liberated|"
                          r"committed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:massacres?|atrocit(?:y|ies)|attacks?|bombings?|"
                          r"killings?))\b", re.IGNORECASE)
# ... or names the strikes that did it: "coalition air strikes on a wedding (killed 20)", "army shelling of the town",
# or its operation ("killed in a police operation in the favela"); and the strikes themselves stand for who made them
# ("Turkish shelling wounded ...").
_STRIKE_NOUNS = r"(?:air\s*strikes?|air\s+raids?|drone\s+strikes?|strikes?|shelling|bombardments?|artillery\s+fire|rocket\s+fire|raids)"
_AGENT_NOUN_AFTER = re.compile(rf"^\s+(?:{_STRIKE_NOUNS}|operations?|raid|crackdown)\b", re.IGNORECASE)
# ... and so do an actor's strikes named as one ("regime shelling", "regime barrel bombs")
_STRIKES = re.compile(rf"(?:.*\s)?(?:{_STRIKE_NOUNS}|barrel\s+bombs|missiles?|rockets?|(?:guided|glide|aerial)\s+bombs?)",
                      re.IGNORECASE)
# "blaming the attack on ELN rebels": the doer, though "on" comes before it.
_BLAMED_ON_BEFORE = re.compile(r"\b(?:blam(?:ed|ing)|pinn(?:ed|ing))\s+(?:the\s+[\w-]+\s+|it\s+|them\s+)?on\s+(?:the\s+)?$",
                               re.IGNORECASE)
_VICTIM_BEFORE = re.compile(
    r"(?i:\bon|\bagainst|\btargeting|\btargeted|\bat|\bkill(?:ed|ing)?|\bkidnap(?:ped|ping)?|\babduct(?:ed|ing)?|"
    r"\bshot(?: dead)?|\bgunned down|\battack(?:ed|ing)?|\binjur(?:ed|ing)|\bwound(?:ed|ing)|\barrest(?:ed|ing)?|"
    r"\bdetain(?:ed|ing)?|\bambush(?:ed|ing)?|\braid(?:ed|ing)?|\bstorm(?:ed|ing)?|\boverran|\bbeat|\bbeaten|"
    r"\bfired(?: [\w-]+){0,4}? (?:at|on|upon)|\bpositions of|\bposts? of)\s+"
    r"(?:(?i:at\s+least|more\s+than|as\s+many\s+as|up\s+to|some|about|around|nearly|almost|over)\s+)?"
    r"(?:(?i:the|a|an|two|three|four|five|several|local|\d+|key|top|senior)\s+|[A-Z][\w-]*\s+){0,3}$")
# People named by their herds or fields, who are an armed side when they attack ("Fulani herders attacked farmers",
# "Berom farmers attacked herders") and civilians when they are the harmed ("gunmen killed at least 30 Fulani herders").
_HERDERS = re.compile(r".*\b(?:herders|herdsmen|farmers)", re.IGNORECASE)


# Groups of people a crowd's row names ("rival groups", "a group of villagers"), and the words of their shooting.
_GROUPS_OF_PEOPLE = re.compile(r"(?i)(?:(?:two|rival|village)\s+groups|(?:a\s+)?groups?\s+of\s+(?:people|residents|"
                               r"villagers|youths?|men|locals|citizens))")
_GUNFIRE_WORDS = re.compile(r"\b(?:exchanges?\s+of\s+fire|exchanged\s+fire|opened\s+fire|traded\s+fire|gunfight|"
                            r"shoot-?out|firing|gunfire|fired\s+(?:shots|at|on))\b", re.IGNORECASE)
_GROUPS_OF_OTHERS_AFTER = re.compile(r"\s+(?:of|from)\b", re.IGNORECASE)
ARMED_GROUPS_TEMPLATE = "Unidentified Communal Militia ({country})"
ARMED_GROUPS_INTER = 4


# Men told by their kind before the group they belong to ("fighters from", "members of").
_MEN_OF = re.compile(r"(?i:fighters|members|militants|gunmen|elements|men|mercenaries|operatives|cadres)")
_FROM_GROUP = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?")


def find_actors(text: str, *, offset: int = 0) -> list[ActorMention]:
    """Actor mentions in a clause with their role where the clause tells it; longest match wins."""
    found: list[ActorMention] = []
    pairs, family = _actor_regexes()
    for i in family.passing(text, gated=gate_text(text)):
        rule, regex = pairs[i]
        for m in regex.finditer(text):
            if any(m.start() < f.end - offset and f.start - offset < m.end() for f in found):
                continue
            before, after = text[:m.start()], text[m.end():]
            if rule.side == "state" and _WORN_AFTER.match(after):
                continue  # "men who wore military uniforms", "gunmen in police fatigues": what they wore
            if _APPOINTED_BY_BEFORE.search(before):
                continue  # "a village head appointed by the military was shot": who the victim serves, no side
            nationality, of = None, None
            if rule.side in ("civilian", "crowd"):  # only people take a nationality: search only then
                dm = _demonym_before().search(before[-NATIONALITY_REACH:])
                nationality = demonyms()[dm.group(1)] if dm else None
            elif "{nationality}" in rule.name:  # "Turkish jets": a country's forces only with its nationality
                if (dm := _demonym_right_before().search(before[-NATIONALITY_REACH:])) is not None:
                    nationality = demonyms()[dm.group(1)]
                elif _STRIKES.fullmatch(m.group(0)) and (by := _by_country_after().match(after)) is not None:
                    nationality = by.group(1)  # "air strikes by Elmland", "shelling by regime ally Elmland"
                else:
                    continue
            elif rule.side == "state" and (dm := _demonym_right_before().search(before[-NATIONALITY_REACH:])):
                nationality = demonyms()[dm.group(1)]  # "Pakistani troops" in a report from India
            elif rule.side == "state" and (own := _demonym_opening().match(m.group(0))):
                nationality = demonyms()[own.group(1)]  # "Turkish army", the nationality taken into the match
            elif rule.side == "state" and (of := _country_after().match(after)):
                nationality = of.group(1)  # "the army of Chad", "the troops of Niger"
            role = "agent" if _STRIKES.fullmatch(m.group(0)) and not _ALLY_BEFORE.search(before) \
                else _role(before, after)
            if rule.side in ("state", "nonstate") and (_FORMER_BEFORE.search(before)
                                                       or role == "victim" and _HERDERS.fullmatch(m.group(0))):
                # "a former militant was shot dead", "a retired soldier": no longer of the armed side; herders harmed
                found.append(ActorMention(
                    text=m.group(0), start=offset + m.start(), end=offset + m.end(), name_template=CIVILIANS,
                    inter=CIVILIAN_INTER, side="civilian", nationality=None, role=role))
                continue
            found.append(ActorMention(
                text=m.group(0), start=offset + m.start(), end=offset + m.end(), name_template=rule.name,
                inter=rule.inter, side=rule.side, nationality=nationality, role=role))
            if rule.side == "state" and nationality and dm is not None and (
                    other := _other_demonym_before().search(
                        before[max(0, len(before) - len(dm.group(0)) - NATIONALITY_REACH):len(before) - len(dm.group(0))])):
                # "Indian and Pakistani troops exchanged fire": the forces of two countries, one mention each
                found.append(ActorMention(
                    text=other.group(1), start=offset + other.start(1), end=offset + other.end(1),
                    name_template=rule.name, inter=rule.inter, side=rule.side,
                    nationality=demonyms()[other.group(1)], role=role))
            elif of is not None and of.group(2):  # "the troops of Sudan and Chad traded gunfire": the same
                found.append(ActorMention(
                    text=of.group(2), start=offset + m.end() + of.start(2), end=offset + m.end() + of.end(2),
                    name_template=rule.name, inter=rule.inter, side=rule.side, nationality=of.group(2), role=role))
    found.sort(key=lambda a: a.start)
    # "fighters from the Wagner Group", "members of the Elm Front": the group named after its men is the actor, in the
    # men's role
    kept: list[ActorMention] = []
    for mention in found:
        men = kept[-1] if kept else None
        if men is not None and _MEN_OF.fullmatch(men.text) \
                and _FROM_GROUP.fullmatch(text[men.end - offset:mention.start - offset]) \
                and (men.side != mention.side or "Unidentified" in men.name_template):
            kept[-1] = replace(mention, role=mention.role or men.role)
        elif men is not None and men.side == mention.side == "nonstate" \
                and _PART_OF_BEFORE.search(text, 0, men.start - offset) \
                and re.fullmatch(r"\s*,\s*", text[men.end - offset:mention.start - offset]):
            # "a faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed ...": the faction the apposition names
            kept[-1] = replace(mention, role=mention.role or men.role)
        else:
            kept.append(mention)
    found = kept
    # "According to the Inter-Services Public Relations (ISPR), the blast ...": a name's short form in brackets is the
    # same actor in the same role, whatever words follow the bracket
    found = found[:1] + [replace(b, role=a.role) if a.name_template == b.name_template
                         and re.fullmatch(r"\s*\(", text[a.end - offset:b.start - offset])
                         and text[b.end - offset:b.end - offset + 1] == ")" else b for a, b in zip(found, found[1:])]
    if _GUNFIRE_WORDS.search(text):
        # "an exchange of fire between rival groups": groups that shoot are armed (ACLED's communal militias), not a
        # crowd; a crowd told as rioters or a mob stays one
        # (not "two groups of security forces": the kind of people told after the groups says who they are)
        found = [replace(a, name_template=ARMED_GROUPS_TEMPLATE, inter=ARMED_GROUPS_INTER, side="nonstate")
                 if a.side == "crowd" and _GROUPS_OF_PEOPLE.fullmatch(a.text)
                 and not _GROUPS_OF_OTHERS_AFTER.match(text, a.end - offset) else a for a in found]
    # "both the Taliban and an Islamic State affiliate are active in the province": groups told only as present where
    # it happened are no side of it
    found = [a for a in found if not (a.side == "nonstate" and _ONLY_PRESENT_AFTER.match(text, a.end - offset))]
    found = _members_of_named_groups(found, text=text, offset=offset)
    # "Lashkar-e-Jhangvi leader", "Taliban commander": the person belongs to the group before it
    return [a for i, a in enumerate(found)
            if not (i and a.side == "civilian" and found[i - 1].side in ("state", "nonstate")
                    and 0 <= a.start - found[i - 1].end <= 1)]


_WORN_AFTER = re.compile(r"[\s-]*(?:uniforms?|fatigues|clothes|clothing|garb|attire|gear|outfits?|camouflage|"
                         r"jackets?|vests?|style)\b", re.IGNORECASE)
_ONLY_PRESENT_AFTER = re.compile(r"[\w\s'’-]{0,60}?\b(?:are|is|remain|remains|have\s+been|has\s+been)\s+(?:also\s+|both\s+)?"
                                 r"(?:active|present|operating)\b|[\w\s'’-]{0,60}?\b(?:operate|operates)\s+(?:in|there)\b"
                                 # ... or as having done the like before: "JNIM has carried out similar raids"
                                 r"|[\w\s'’-]{0,60}?\b(?:has|have|had)\s+(?:\w+\s+)?(?:carried\s+out|claimed|staged|"
                                 r"conducted|launched|mounted)\s+(?:\w+\s+)?similar\b",
                                 re.IGNORECASE)


# "a former militant", "an ex-rebel", "a retired soldier", "a former military police officer", "a surrendered Maoist": a
# person who has left the armed side is a civilian to ACLED
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|retired|surrendered)\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
CIVILIANS = "Civilians ({country})"
CIVILIAN_INTER = 7


# "militants of the Northern Front", "gunmen from the Elm Brigade", "members of the Elm-led Front": a generic word
# for fighters, then the group (with the words that say who leads or backs it)
_MEMBERS_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w.]+-(?:led|backed|based|allied)\s+){0,2}$",
                         re.IGNORECASE)
# ... and "members of a vigilante group": people told as the members of a kind of group the lexicon names by country
_MEMBERS_OF_A_KIND = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
# "two members of the Elm Front": people told as a named group's members are the group
_MEMBERS = re.compile(r"members?", re.IGNORECASE)
# "Northern Front urban commandos", "the Elm Brigade [EB] fighters": the group, an acronym or a word, then the fighters
_GROUP_THEN_MEMBERS = re.compile(r"^[\s\])]*(?:[a-z]+\s+)?$")


def _members_of_named_groups(found: list[ActorMention], *, text: str, offset: int) -> list[ActorMention]:
    """A generic word for armed men ("terrorists", "commandos": a rule naming an unidentified group or a country's
    forces), or "members", told as members of a group the lexicon names, before or after it, is that group: the
    group takes the role the sentence gives the generic word, which is dropped. So is a group's name used as an
    adjective right before another's ("Maoist")."""
    def generic(a: ActorMention) -> bool:
        return a.side in ("state", "nonstate") and "{country}" in a.name_template \
            or a.side == "civilian" and bool(_MEMBERS.fullmatch(a.text))

    def named(a: ActorMention) -> bool:
        return a.side == "nonstate" and "{country}" not in a.name_template

    dropped: set[int] = set()
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        gap = text[a.end - offset:b.start - offset]
        if generic(a) and named(b) and _MEMBERS_OF.fullmatch(gap) or a.side == "civilian" and generic(a) \
                and b.side == "nonstate" and "{country}" in b.name_template and _MEMBERS_OF_A_KIND.fullmatch(gap):
            member, group = i, b
        elif named(a) and generic(b) and _GROUP_THEN_MEMBERS.fullmatch(gap):
            member, group = i + 1, a
        elif named(a) and named(b) and gap == " ":  # "Maoist Elm Front guerrillas": the last name is the group's
            member, group = i, b
        else:
            continue
        if group.role is None:
            group.role = found[member].role
        dropped.add(member)
    return [a for i, a in enumerate(found) if i not in dropped]


# "at a teacher", "at them": the people a verb was aimed at, not the place of a reduced relative ("shot at the gate")
_AT_PEOPLE = (rf"at\s+(?:him|her|them|us|(?:(?:an?|the|two|three|four|five|several|his|her|their)\s+)(?:[\w-]+\s+)?"
              rf"(?:{PERSON_NOUNS}|people|men|women|children|police|troops)s?)\b")
_HARM = (r"(?:killed|shot(?: dead| at)?|gunned down|injured|wounded|hurt|kidnapped|abducted|attacked|targeted|"
         r"arrested|detained|beheaded|executed|murdered|slain|taken hostage|held hostage|martyred|found dead|"
         r"fired (?:up)?on|fired at|ambushed|stabbed|lynched)")
# "X was killed", "X, who was kidnapped", and reduced relatives "instructors kidnapped from Quetta".
_PASSIVE_AFTER = re.compile(
    # (not "Police named the bartender who | was gunned down": the passive of another's relative clause)
    # ("police found the bodies of three farmers who | had been shot": the farmers')
    r"^(?![\w\s(),'-]{0,40}?\b(?:the|a|an|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:who|that)\s)"
    # ("is killed", "are wounded": the present tense of notes and headlines)
    rf"[\w\s(),'-]{{0,40}}?\b(?:was|were|is|are|had been|have been|has been|being|been|got)\s+(?:\w+\s+)?{_HARM}\b"
    # "a military convoy came under attack": the side attacked
    r"|^[\w\s(),'-]{0,40}?\b(?:came|comes|coming|come)\s+under\s+(?:[\w-]+\s+){0,2}?(?:attack|fire|gunfire|assault|"
    r"shelling|bombardment)\b"
    rf"|^\s+{_HARM}\s+(?!at\s+(?:least|most)\b)(?!{_AT_PEOPLE})"  # "soldiers killed at the gate", not "jets killed at
    # least 20" nor "gunmen shot at a teacher"
    rf"(?:from|in|on|at|near|by|during|earlier|last|yesterday|while|when|outside|inside)\b",
    re.IGNORECASE)


# A count and a participle with no object, as notes and headlines write the harmed: "four guards killed and two
# hurt", "two policemen wounded in an ambush" (not "four guards killed two robbers").
# (or one told with an article, as whose someone is: "the partner of a police officer killed during a traffic stop")
_COUNTED_BEFORE = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                             r"many|dozens\s+of|scores\s+of)|\bof\s+(?:a|an|the))\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# (the force's word for its men may follow the name it was found by: "2 police | officers shot, suspect killed")
_HARMED_AFTER = re.compile(r"^\s+(?:(?:officers?|personnel|constables?|men)\s+)?(?:(?:killed|wounded|injured|hurt|abducted|"
                           r"kidnapped|shot\s+dead)(?=\s*(?:[,.;:]|$)|\s+(?:and|in|on|at(?!\s+(?:least|most)\b)|near|during|"
                           r"when|while|by|after|as)\b)|"
                           r"shot(?=\s*(?:[,.;:]|$)|\s+(?:in|on|near|during|when|while|by|after)\b))",
                           re.IGNORECASE)


# "On Monday FMLN guerrillas ...", "on 4 March the army ...": a day before the actor, not the object of "attack on"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ON_DAY_BEFORE = re.compile(
    r"\bon\s+(?:(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)[\s,]*$", re.IGNORECASE)


# ... and in an apposition, the part the next name is ("a faction of the Pakistani Taliban, Jamaat-ul-Ahrar").
_PART_OF_BEFORE = re.compile(rf"\b(?:{_GROUP_PARTS})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# Who named a person to a post, told to describe them: "a village administrator appointed by the military regime".
_APPOINTED_BY_BEFORE = re.compile(r"\b(?:appointed|installed|nominated|named)\s+by\s+(?:the\s+)?$", re.IGNORECASE)


# "troops backed by Russian jets", "with the support of US drones": a force that helps the side doing the deed, which
# ACLED codes as that side's associated actor, not as a side of its own
_ALLY_BEFORE = re.compile(r"\b(?:(?:backed|supported|assisted|aided|helped|reinforced)\s+by|with\s+the\s+(?:[\w-]+\s+)?"
                          r"(?:support|help|backing|assistance)\s+of)\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?$",
                          re.IGNORECASE)


# The people a noun before them belongs to, no subject of the verb after: "checked the identity cards of passengers
# | and shot dead 23 people".
_OBJECT_OF_BEFORE = re.compile(r"\b(?:cards|papers|documents|names|phones|belongings|vehicles|homes|houses)\s+of\s+"
                               r"(?:the\s+|their\s+)?$", re.IGNORECASE)


# The side ground was taken from: "seizing several districts from government forces".
_TAKEN_FROM_BEFORE = re.compile(r"\b(?:seiz|captur|took|tak|wrest|retook|recaptur|overr[au]n)\w*\b[^.;]{0,60}?\bfrom\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)


def _role(before: str, after: str) -> str | None:
    before = _ON_DAY_BEFORE.sub("", before)
    if _TAKEN_FROM_BEFORE.search(before):
        return "victim"
    if _ALLY_BEFORE.search(before):
        return "ally"
    if _BLAMED_ON_BEFORE.search(before):
        return "agent"
    if _DENIES.match(after) or _IN_WHAT_BEFORE.search(before):
        return "source"
    if _SAYS_IT_DID.match(after):
        return "agent"
    if _AGENT_BEFORE.search(before) and _SPEAKER_SAID_AFTER.match(after):
        return "agent"  # "carried out by Boko Haram, said Ali Musa": the doer, then who told it
    if _SPEECH.match(after) and not _SAID_BY_ANOTHER.match(after) or _SPOKESMAN_AFTER.match(after) \
            or _SPEECH_BEFORE.search(before) and not _DEED_AFTER.match(after):
        return "source"
    if _PASSIVE_AFTER.match(after) or _COUNTED_BEFORE.search(before) and _HARMED_AFTER.match(after):
        return "victim"
    if _AGENT_NOUN_AFTER.match(after):
        return "agent"
    if _DRIVER_STOPPED_BY_BEFORE.search(before):
        return None  # who stopped a driver is no side of what the sentence tells next: "a gunman who was stopped by
        # a trooper | opened fire"
    if _AGENT_BEFORE.search(before) and not _FOUND_BY_BEFORE.search(before):
        return "agent"
    if _VICTIM_BEFORE.search(before):
        return "victim"
    if _AGENT_AFTER.match(after) and not re.match(r"^\W*(?:\w+\s+){0,3}?(?:were|was|have been|had been|been)\b", after, re.IGNORECASE) \
            and not _OBJECT_OF_BEFORE.search(before):
        return "agent"
    return None

"""Actors: who acted and who was acted on, normalised to ACLED-style names with inter codes.

The lexicon (actors.tsv) names the actor; the clause decides the role: victims are the people a casualty
count names ("28 people were killed") or the object of an attack ("attack on the convoy", "against IS");
agents are named with "by", claim responsibility, or are the subject of an active violent verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventsift.events.lexicon_regex import compile_lexicon_pattern
from eventsift.nlp.lexicon import load_tsv


@dataclass(slots=True, kw_only=True, frozen=True)
class ActorRule:
    regexes: tuple[re.Pattern[str], ...]
    name: str
    inter: int
    side: str  # state | nonstate | civilian | crowd


@dataclass(slots=True, kw_only=True)
class ActorMention:
    text: str
    start: int  # document offsets
    end: int
    name_template: str  # may hold {country} or {match}
    inter: int
    side: str
    nationality: str | None = None  # country named by a demonym beside the mention
    role: str | None = None  # agent | victim | source | None when the clause does not say

    def name(self, *, country: str | None) -> str:
        place = self.nationality or country
        name = self.name_template.replace("{match}", self.text)
        if "{country}" in name:
            name = name.replace("{country}", place) if place else re.sub(r"\s*\(\{country\}\)|\s*of \{country\}", "", name)
        return name


@cache
def actor_rules() -> tuple[ActorRule, ...]:
    return tuple(
        ActorRule(regexes=tuple(compile_lexicon_pattern(row["pattern"])), name=row["name"], inter=int(row["inter"]),
                  side=row["side"])
        for row in load_tsv("events/actors.tsv")
    )


@cache
def demonyms() -> dict[str, str]:
    return {row["demonym"]: row["country"] for row in load_tsv("events/demonyms.tsv")}


@cache
def _demonym_before() -> re.Pattern[str]:
    names = "|".join(sorted(demonyms(), key=len, reverse=True))
    return re.compile(rf"\b({names})(?:[- ]\w+)?\s+(?:\w+\s+)?$")


_SPEECH = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:said|say|says|told|tell|confirmed|stated|added|claimed|announced|"
                     r"reported|informed|according)\b", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(r"(?:according to|said|told|quoting|cited)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_AGENT_BEFORE = re.compile(r"(?:\bby|\bbetween)\s+(?:the\s+|a\s+|an\s+|suspected\s+|unidentified\s+|armed\s+)*$", re.IGNORECASE)
_AGENT_AFTER = re.compile(r"^[\w\s(),-]{0,40}?\b(?:claimed responsibility|attacked|stormed|ambushed|opened fire|fired|"
                          r"killed|shot|abducted|kidnapped|raided|targeted|launched|carried out|detonated|blew|"
                          r"clashed|arrested|detained|torched|looted|seized|captured|shelled|struck|bombed|"
                          r"set fire|hurled|threw|lobbed|planted|overran|took control)\b", re.IGNORECASE)
_VICTIM_BEFORE = re.compile(
    r"(?i:\bon|\bagainst|\btargeting|\btargeted|\bat|\bkill(?:ed|ing)?|\bkidnap(?:ped|ping)?|\babduct(?:ed|ing)?|"
    r"\bshot(?: dead)?|\bgunned down|\battack(?:ed|ing)?|\binjur(?:ed|ing)|\bwound(?:ed|ing)|\barrest(?:ed|ing)?|"
    r"\bdetain(?:ed|ing)?|\bambush(?:ed|ing)?|\braid(?:ed|ing)?|\bstorm(?:ed|ing)?|\boverran|\bbeat|\bbeaten|"
    r"\bfired(?: [\w-]+){0,4}? (?:at|on|upon)|\bpositions of|\bposts? of)\s+"
    r"(?:(?i:the|a|an|two|three|four|five|several|local|\d+|key|top|senior)\s+|[A-Z][\w-]*\s+){0,3}$")


def find_actors(text: str, *, offset: int = 0) -> list[ActorMention]:
    """Actor mentions in a clause with their role where the clause tells it; longest match wins."""
    found: list[ActorMention] = []
    for rule in actor_rules():
        for regex in rule.regexes:
            for m in regex.finditer(text):
                if any(m.start() < f.end - offset and f.start - offset < m.end() for f in found):
                    continue
                before, after = text[:m.start()], text[m.end():]
                nationality = None
                if rule.side in ("civilian", "crowd"):  # only people take a nationality: search only then
                    dm = _demonym_before().search(before)
                    nationality = demonyms()[dm.group(1)] if dm else None
                found.append(ActorMention(
                    text=m.group(0), start=offset + m.start(), end=offset + m.end(), name_template=rule.name,
                    inter=rule.inter, side=rule.side, nationality=nationality, role=_role(before, after)))
    found.sort(key=lambda a: a.start)
    # "Lashkar-e-Jhangvi leader", "Taliban commander": the person belongs to the group before it
    return [a for i, a in enumerate(found)
            if not (i and a.side == "civilian" and found[i - 1].side in ("state", "nonstate")
                    and 0 <= a.start - found[i - 1].end <= 1)]


_HARM = (r"(?:killed|shot(?: dead)?|gunned down|injured|wounded|hurt|kidnapped|abducted|attacked|targeted|"
         r"arrested|detained|beheaded|executed|murdered|slain|taken hostage|held hostage|martyred|found dead)")
# "X was killed", "X, who was kidnapped", and reduced relatives "instructors kidnapped from Quetta".
_PASSIVE_AFTER = re.compile(
    rf"^[\w\s(),'-]{{0,40}}?\b(?:was|were|had been|have been|has been|being|been|got)\s+(?:\w+\s+)?{_HARM}\b"
    rf"|^\s+{_HARM}\s+(?:from|in|on|at|near|by|during|earlier|last|yesterday|while|when|outside|inside)\b",
    re.IGNORECASE)


def _role(before: str, after: str) -> str | None:
    if _SPEECH.match(after) or _SPEECH_BEFORE.search(before):
        return "source"
    if _PASSIVE_AFTER.match(after):
        return "victim"
    if _AGENT_BEFORE.search(before):
        return "agent"
    if _VICTIM_BEFORE.search(before):
        return "victim"
    if _AGENT_AFTER.match(after) and not re.match(r"^\W*(?:\w+\s+){0,3}?(?:were|was|have been|had been|been)\b", after, re.IGNORECASE):
        return "agent"
    return None

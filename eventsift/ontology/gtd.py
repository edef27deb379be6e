"""GTD's attack type (attacktype1_txt) as GTD codes it, decided from an event and the text of its incident.

GTD types an attack by how it was carried out, with its own precedence: a hijacking, a barricade incident or
a kidnapping first; an attack on a specific prominent person is an assassination whatever the weapon; then a
bombing (grenades or projectiles used with firearms are an armed assault), an attack on a facility (arson,
sabotage, damage to infrastructure with nobody hurt; fire that hurt or was aimed at people is an armed
assault), an armed assault (a clash counts as one only when it hurt someone other than the attackers), an
unarmed assault; "Unknown" when the report does not say how. Harm told of the attackers alone ("six
assailants were killed in the ensuing clash") is not harm done by the attack: GTD counts perpetrators apart.
The cue words are data (gtd_cues.tsv); the ACLED sub-type is the fallback only when its name says how (an IED,
a suicide bomb, an abduction), never for an "attack" or a "clash".

    attack_type(event, text="Gunmen shot dead Ali Khan, a district governor, ...")  -> "Assassination"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from eventsift.nlp.lexicon import load_tsv
from eventsift.ontology import GTD_ATTACK_TYPES, sub_event_type, typology
from eventsift.records import Event

__all__ = ["attack_type", "code_attack_types", "incident_text"]

ASSASSINATION = "Assassination"
BOMBING = "Bombing/Explosion"
FACILITY = "Facility/Infrastructure Attack"
KIDNAPPING = "Hostage Taking (Kidnapping)"
UNARMED = "Unarmed Assault"
ARMED = "Armed Assault"
UNKNOWN = "Unknown"
# The kinds of row in gtd_cues.tsv (its header says what each is for).
KINDS = ("method", "title", "prefix", "aimed", "party", "bystander", "damage", "property", "thrown", "firearm",
         "people", "fight", "harm", "attacker", "victim", "silent")
# A person named in capitals ("Ali Khan", "Haji Mohammad Akbar") before or after their title.
_NAME = r"(?-i:[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|bin|al|ul|ud|de|van))*)"
# Words between an article and a title ("the Baraki Barak district chief"): a few, no sentence break.
_QUALIFIERS = r"(?:[\w()'’-]+\s+){0,6}?"
# How far before a named office-holder a bystander cue is looked for ("the bodyguard of |Ali Khan, a governor").
_BYSTANDER_REACH = 30
# Between a verb aimed at a person and the office before their name ("targeting| the vehicle of provincial |governor").
_AIMED_OFFICE = (r"\s+(?:(?:the|a|an)\s+(?:vehicle|car|convoy|motorcade|house|residence|home)\s+of\s+)?"
                 r"(?:[\w-]+\s+){0,2}?")
# Words between a verb of damage and the infrastructure it damaged ("destroyed |an unspecified number of |pylons"):
# its object, so no word that would start a place or a second clause ("attacked a post |near| the bridge").
_DAMAGE_OBJECT = (r"\w*\W+(?:(?!(?:near|in|at|on|by|outside|along|across|over|under|to|from|with|and|while)\b)"
                  r"[\w'’-]+\W+){0,5}?")
# Between a fire cue and the people it was aimed at ("threw firebombs| at a |police patrol"): one clause.
_AIMED_AT = r"[^.;]{0,40}?\b(?:at|on|towards?|into)\s+(?:[\w-]+\s+){0,3}?"
# Between the people a harm word tells of and the word ("assailants| were later |killed"): a few words, no clause.
_SUBJECT_OF_HARM = r"\s+(?:[\w-]+\s+){0,3}$"
# A harm word that tells what happened to its subject ("were killed", "was later injured", "died").
_PASSIVE = re.compile(r"(?:\b(?:were|was|been|are|is)\s+(?:\w+\s+)?\w+|\b(?:died|dead))$", re.IGNORECASE)
# A harm word negated just before it ("no one was injured", "nobody was killed", "without injuring").
_NEGATED = re.compile(r"\b(?:no|not|nobody|none|without|neither|nor)\b[\w\s]{0,20}$", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class _Cues:
    methods: tuple[tuple[str, re.Pattern[str]], ...]  # GTD type -> its cue words, in precedence order
    named: re.Pattern[str]  # "Ali Khan, a governor" / "the governor of X, Ali Khan," / "shot governor Ali Khan"
    party: re.Pattern[str]  # "a convoy of government officials": office-holders attacked together, none named
    bystander: re.Pattern[str]  # "the bodyguard of", "a funeral for": the office-holder was not the target
    property: re.Pattern[str]  # infrastructure damaged ("destroyed a power pylon"): with nobody hurt, a facility attack
    thrown: re.Pattern[str]  # a grenade, a rocket: with a firearm, part of an armed assault
    firearm: re.Pattern[str]  # "opened fire", "rifles"
    at_people: re.Pattern[str]  # a fire cue aimed at people ("threw firebombs at police")
    fight: re.Pattern[str]  # a fight named without its weapons ("the ensuing clash"): armed only if it harmed someone
    harm: re.Pattern[str]  # people killed or hurt
    attacker: re.Pattern[str]  # "assailants were ": harm to them alone is not harm done by the attack
    victim: re.Pattern[str]  # "police officers", "civilians", "people": anyone but the attackers
    silent: frozenset[str]  # sub-types whose name does not say how


def _words(cues: Iterable[str]) -> str:
    return "(?:" + "|".join(cues) + ")"


def _kind(rows: list[dict[str, str]], kind: str) -> str:
    return _words(r["cue"] for r in rows if r["kind"] == kind)


def _of_kind(rows: list[dict[str, str]], kind: str) -> re.Pattern[str]:
    return re.compile(r"\b" + _kind(rows, kind), re.IGNORECASE)


@cache
def _cues() -> _Cues:
    rows = load_tsv("ontology/gtd_cues.tsv")
    unknown = {r["gtd_attack_type"] for r in rows} - set(GTD_ATTACK_TYPES)
    if unknown:
        raise ValueError(f"gtd_cues.tsv: not GTD attack types: {sorted(unknown)}")
    strange = {r["kind"] for r in rows} - set(KINDS)
    if strange:
        raise ValueError(f"gtd_cues.tsv: unknown kinds: {sorted(strange)}")
    methods: dict[str, list[str]] = {}
    for row in rows:
        if row["kind"] == "method":
            methods.setdefault(row["gtd_attack_type"], []).append(row["cue"])
    # precedence: the order in which the types first appear in the file (method and title rows)
    order = list(dict.fromkeys(r["gtd_attack_type"] for r in rows if r["kind"] in ("method", "title")))
    compiled = tuple((t, re.compile(r"\b" + _words(methods.get(t, ["(?!)"])), re.IGNORECASE)) for t in order)
    title = r"\b" + _kind(rows, "title") + r"\b"
    article = r"\b(?:a|an|the)\s+" + _QUALIFIERS
    before_name = r"\b" + _kind(rows, "aimed") + _AIMED_OFFICE + _kind(rows, "prefix") + r"\s+" + _NAME
    return _Cues(
        methods=compiled,
        named=re.compile(f"{_NAME}, (?:a|an|the)\\s+{_QUALIFIERS}{title}|{article}{title}[^,.]{{0,40}}, {_NAME},"
                         f"|{before_name}", re.IGNORECASE),
        party=_of_kind(rows, "party"),
        bystander=_of_kind(rows, "bystander"),
        property=re.compile(r"\b" + _kind(rows, "damage") + _DAMAGE_OBJECT + _kind(rows, "property"), re.IGNORECASE),
        thrown=re.compile(r"\b" + _kind(rows, "thrown") + "$", re.IGNORECASE),
        firearm=_of_kind(rows, "firearm"),
        at_people=re.compile(r"\b" + _words(methods[FACILITY]) + _AIMED_AT + _kind(rows, "people") + r"\b",
                             re.IGNORECASE),
        fight=_of_kind(rows, "fight"),
        harm=_of_kind(rows, "harm"),
        attacker=re.compile(r"\b" + _kind(rows, "attacker") + _SUBJECT_OF_HARM, re.IGNORECASE),
        victim=re.compile(r"\b" + _kind(rows, "victim") + r"\b", re.IGNORECASE),
        silent=frozenset(r["cue"] for r in rows if r["kind"] == "silent"),
    )


def attack_type(event: Event, *, text: str) -> str | None:
    """GTD's attack type for ``event`` from ``text`` (the sentences of its incident); None when its sub-type has
    no GTD equivalent (protests, most strategic developments)."""
    record = typology().get(event.sub_event_type)
    if record is None or record.gtd_attack_type is None:
        return None
    cues = _cues()
    found = {kind for kind, pattern in cues.methods if pattern.search(text)}
    harmed = _harmed(text, cues)
    if harmed and cues.fight.search(text):
        found.add(ARMED)  # people hurt in a clash were shot, as a rule; a clash that hurt no one does not say how
    for kind, _ in cues.methods:
        if kind == ASSASSINATION and not (FACILITY in found and not harmed) and _assassination(text, cues):
            return ASSASSINATION  # (an office-holder's car burned with nobody hurt is an attack on property)
        if kind == FACILITY and not harmed and kind not in found and cues.property.search(text):
            return FACILITY  # infrastructure damaged ("destroyed a power pylon"), nobody hurt
        if kind not in found:
            continue
        if kind == BOMBING and _thrown_with_firearms(text, cues):
            return ARMED  # GTD: grenades or projectiles used with firearms are part of an armed assault
        if kind == KIDNAPPING and _killed(text, cues) and _assassination(text, cues):
            return ASSASSINATION  # a named office-holder seized and killed: the seizure was the means
        if kind == FACILITY and (harmed or cues.at_people.search(text)):
            # fire turned on people: GTD's armed assault includes incendiary weapons aimed at people
            return UNARMED if UNARMED in found else ARMED
        return kind
    return UNKNOWN if event.sub_event_type in cues.silent else record.gtd_attack_type


def _thrown_with_firearms(text: str, cues: _Cues) -> bool:
    """Firearms used with explosives that are thrown or fired ("threw a grenade and opened fire", "armed with
    rockets and rifles") and no other kind of explosive (a planted device, a suicide bomber)."""
    bombing = dict(cues.methods)[BOMBING]
    return cues.firearm.search(text) is not None and all(
        cues.thrown.match(match.group(0)) for match in bombing.finditer(text))


def _harm_words(text: str, cues: _Cues) -> Iterable[str]:
    """The harm words of ``text`` that are not negated ("two were injured", not "no one was injured") and that
    tell of harm done by the attack, not to the attackers ("12 assailants were killed and 9 were wounded in the
    ensuing clash": GTD counts perpetrators apart, and the forces that shot them say nothing of how the attack
    was carried out)."""
    start, attackers = 0, False
    for match in cues.harm.finditer(text):
        boundary = max(text.rfind(".", start, match.start()), text.rfind(";", start, match.start()))
        if boundary >= 0:  # a new sentence: nobody harmed in it yet
            start, attackers = boundary + 1, False
        words = text[start:match.start()]
        start = match.end()
        if cues.victim.search(words):
            attackers = False
        elif cues.attacker.search(words) and _PASSIVE.search(words + match.group(0)):
            # "assailants were killed", not "assailants abducted and killed ..." or "raiders set fire to a store
            # and two watchmen died"
            attackers = True
        # else the same people as the harm word before in the sentence ("four assailants were killed and two
        # were injured")
        if not attackers and not _NEGATED.search(text[max(0, match.start() - 30):match.start()]):
            yield match.group(0).lower()


def _harmed(text: str, cues: _Cues) -> bool:
    return any(True for _ in _harm_words(text, cues))


def _killed(text: str, cues: _Cues) -> bool:
    deaths = ("killed", "dead", "died", "massacre", "behead", "executed")
    return any(word.startswith(deaths) for word in _harm_words(text, cues))


def _assassination(text: str, cues: _Cues) -> bool:
    """A specific person named with an office or standing ("Ali Khan, a district governor", "the district
    governor, Ali Khan,", "shot and killed district governor Ali Khan"), who was the target rather than a
    bystander ("the bodyguard of Ali Khan, a governor", "a funeral for ...", "the governor's compound"). An
    unnamed office-holder is not enough: measured on GTD 2016-17, attacks on "a police commander" or "a
    prosecutor" were as often coded armed assaults or bombings as assassinations; nor is a named one among
    several victims ("including Ali Khan, a governor,"), which GTD coded as an assassination more often than not
    when the attack had been aimed at them earlier in the report. Office-holders attacked together in their convoy
    or vehicle ("a convoy of government officials") are such a target though none is named."""
    for match in cues.named.finditer(text):
        around = text[max(0, match.start() - _BYSTANDER_REACH):match.end()]
        if not cues.bystander.search(around):
            return True
    return cues.party.search(text) is not None


def incident_text(event: Event) -> str:
    """The sentences behind an event's fields, each once, in the order of the text."""
    spans = sorted({(e.start, e.sentence) for e in event.evidence if e.sentence})
    return " ".join(dict.fromkeys(sentence for _, sentence in spans))


def code_attack_types(events: Sequence[Event], *, text: str) -> None:
    """Set each event's ``gtd_attack_type`` from its incident: the whole ``text`` when it is the document's only
    event (a report of one incident speaks of it throughout), else the sentences behind its fields."""
    for event in events:
        context = text if len(events) == 1 else incident_text(event)
        event.gtd_attack_type = attack_type(event, text=context or text)


def check_cues() -> int:
    """Load and compile every cue (a test calls this); returns the number of GTD types with method cues."""
    return len(_cues().methods)


def sub_type_falls_back(name: str) -> str | None:
    """What a sub-type is coded as when its incident's text gives no cue (None: no GTD equivalent)."""
    record = sub_event_type(name)
    if record.gtd_attack_type is None:
        return None
    return UNKNOWN if name in _cues().silent else record.gtd_attack_type

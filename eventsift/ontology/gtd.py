"""GTD's attack type (attacktype1_txt) as GTD codes it, decided from an event and the text of its incident.

GTD types an attack by how it was carried out, with its own precedence: a hijacking, a barricade incident or
a kidnapping first; an attack on a specific prominent person is an assassination whatever the weapon; then a
bombing, an attack on a facility (arson, sabotage), an unarmed assault, an armed assault; "Unknown" when the
report does not say how. The cue words are data (gtd_cues.tsv); the ACLED sub-type is the fallback only when
its name says how (an IED, a suicide bomb, an abduction), never for an "attack" or a "clash".

    attack_type(event, text="Gunmen shot dead Ali Khan, a district governor, ...")  -> "Assassination"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from eventsift.lexicon import load_tsv
from eventsift.ontology import GTD_ATTACK_TYPES, sub_event_type, typology
from eventsift.records import Event

__all__ = ["attack_type", "code_attack_types", "incident_text"]

ASSASSINATION = "Assassination"
BOMBING = "Bombing/Explosion"
FACILITY = "Facility/Infrastructure Attack"
KIDNAPPING = "Hostage Taking (Kidnapping)"
ARMED = "Armed Assault"
UNKNOWN = "Unknown"
# A person named in capitals ("Ali Khan", "Haji Mohammad Akbar") before or after their title.
_NAME = r"(?-i:[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|bin|al|ul|ud|de|van))*)"
# Words between an article and a title ("the Baraki Barak district chief"): a few, no sentence break.
_QUALIFIERS = r"(?:[\w()'’-]+\s+){0,6}?"
# Deaths that make an arson attack on people an armed assault, not an attack on a building.
_KILLED = re.compile(r"\b(?:killed|dead|died|massacre)", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class _Cues:
    methods: tuple[tuple[str, re.Pattern[str]], ...]  # GTD type -> its cue words, in precedence order
    named: re.Pattern[str]  # "Ali Khan, a district governor" / "the governor of X, Ali Khan,"
    silent: frozenset[str]  # sub-types whose name does not say how


def _words(cues: Iterable[str]) -> str:
    return "(?:" + "|".join(cues) + ")"


@cache
def _cues() -> _Cues:
    rows = load_tsv("ontology/gtd_cues.tsv")
    unknown = {r["gtd_attack_type"] for r in rows} - set(GTD_ATTACK_TYPES)
    if unknown:
        raise ValueError(f"gtd_cues.tsv: not GTD attack types: {sorted(unknown)}")
    methods: dict[str, list[str]] = {}
    for row in rows:
        if row["kind"] == "method":
            methods.setdefault(row["gtd_attack_type"], []).append(row["cue"])
    # precedence: the order in which the types first appear in the file (method and title rows)
    order = list(dict.fromkeys(r["gtd_attack_type"] for r in rows if r["kind"] in ("method", "title")))
    compiled = tuple((t, re.compile(r"\b" + _words(methods.get(t, ["(?!)"])), re.IGNORECASE)) for t in order)
    title = r"\b" + _words(r["cue"] for r in rows if r["kind"] == "title") + r"\b"
    article = r"\b(?:a|an|the)\s+" + _QUALIFIERS
    return _Cues(
        methods=compiled,
        named=re.compile(f"{_NAME}, (?:a|an|the)\\s+{_QUALIFIERS}{title}|{article}{title}[^,.]{{0,40}}, {_NAME},",
                         re.IGNORECASE),
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
    for kind, _ in cues.methods:
        if kind == ASSASSINATION and _assassination(text, cues):
            return ASSASSINATION
        if kind not in found:
            continue
        if kind == KIDNAPPING and _KILLED.search(text) and _assassination(text, cues):
            return ASSASSINATION  # a named office-holder seized and killed: the seizure was the means
        if kind == FACILITY and ARMED in found and _KILLED.search(text):
            continue  # people shot and buildings burned: the attack was on the people
        return kind
    return UNKNOWN if event.sub_event_type in cues.silent else record.gtd_attack_type


def _assassination(text: str, cues: _Cues) -> bool:
    """A specific person named with an office or standing ("Ali Khan, a district governor", "the district
    governor, Ali Khan,"). An unnamed office-holder is not enough: measured on GTD 2016-17, attacks on "a police
    commander" or "a prosecutor" were as often coded armed assaults or bombings as assassinations."""
    return cues.named.search(text) is not None


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

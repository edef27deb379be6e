"""ACLED's actor-type rules, applied to every event before it is stored or exported.

    violations(event)   -> ["actor2: Civilians (inter 7) cannot be a side of Battles", ...]
    recode(event)       -> the event recoded by the first matching fix (actor_fixes.tsv), or the event itself
    apply_actor_rules(events)   recodes a list in place (the pipeline's last step)

The rules are data: ``actor_types.tsv`` says which actor kinds each event type allows, ``actor_fixes.tsv``
how an event that breaks them is recoded (a "Battle" against civilians keeps its type and loses the civilian
side: the civilians were the casualties of a clash with another, unnamed, armed side; the file says why).
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from functools import cache

from eventsift.nlp.lexicon import load_tsv
from eventsift.records import Event

log = logging.getLogger(__name__)

ANY = "*"
NO_ACTOR = "-"
KEEP = "*"


@dataclass(slots=True, kw_only=True, frozen=True)
class SideRule:
    """The inter codes a side may have; ``None`` in ``codes`` stands for no actor / unknown kind."""

    codes: frozenset[int | None] | None  # None: any

    def allows(self, inter: int | None) -> bool:
        return self.codes is None or _code(inter) in self.codes


@dataclass(slots=True, kw_only=True, frozen=True)
class Fix:
    event_type: str
    actor1: SideRule
    actor2: SideRule
    new_event_type: str  # KEEP keeps the event type
    new_sub_event_type: str  # KEEP keeps the sub-event type
    swap: bool
    clear: str | None  # "actor1" or "actor2": the side emptied (after the swap)


def _code(inter: int | None) -> int | None:
    return None if inter in (None, 0) else inter


def _side(cell: str) -> SideRule:
    cell = cell.strip()
    if cell == ANY:
        return SideRule(codes=None)
    return SideRule(codes=frozenset(None if c.strip() == NO_ACTOR else int(c) for c in cell.split(",") if c.strip()))


@cache
def actor_types() -> dict[str, tuple[SideRule, SideRule]]:
    """Event type -> (actor1 rule, actor2 rule)."""
    return {row["event_type"]: (_side(row["actor1"]), _side(row["actor2"])) for row in load_tsv("ontology/actor_types.tsv")}


@cache
def fixes() -> tuple[Fix, ...]:
    return tuple(
        Fix(event_type=row["event_type"], actor1=_side(row["actor1"]), actor2=_side(row["actor2"]),
            new_event_type=row["new_event_type"], new_sub_event_type=row["new_sub_event_type"], swap=row["swap"] == "yes",
            clear=None if row["clear"] == NO_ACTOR else row["clear"])
        for row in load_tsv("ontology/actor_fixes.tsv")
    )


def violations(event: Event) -> list[str]:
    """Which of the event's sides its type does not allow (empty when it keeps ACLED's rules)."""
    from eventsift.ontology import inter_codes

    rules = actor_types().get(event.event_type)
    if rules is None:
        return [f"event_type: {event.event_type!r} has no actor rules"]
    out = []
    for name, inter, rule in (("actor1", event.inter1, rules[0]), ("actor2", event.inter2, rules[1])):
        if not rule.allows(inter):
            kind = inter_codes().get(inter, "unknown") if inter else "none"
            out.append(f"{name}: {kind} (inter {inter}) cannot be {name} of {event.event_type}")
    return out


def find_fix(event: Event) -> Fix | None:
    """The first fix that applies to an event breaking a rule; None when it keeps the rules (or none applies)."""
    if not violations(event):
        return None
    for fix in fixes():
        if fix.event_type == event.event_type and fix.actor1.allows(event.inter1) and fix.actor2.allows(event.inter2):
            return fix
    return None


def recode(event: Event) -> Event:
    """The event recoded by its fix (a new Event), or the event itself when no fix applies."""
    from eventsift.ontology import typology

    fix = find_fix(event)
    if fix is None:
        return event
    kind = event.event_type if fix.new_event_type == KEEP else fix.new_event_type
    sub = event.sub_event_type if fix.new_sub_event_type == KEEP else fix.new_sub_event_type
    changes: dict[str, object] = {}
    if (kind, sub) != (event.event_type, event.sub_event_type):
        record = typology()[sub]
        changes.update(event_type=kind, sub_event_type=sub, cameo=record.cameo, plover=record.plover,
                       gtd_attack_type=event.gtd_attack_type or record.gtd_attack_type)
    if fix.swap:
        changes.update(actor1=event.actor2, actor2=event.actor1, inter1=event.inter2, inter2=event.inter1,
                       assoc_actor_1=event.assoc_actor_2, assoc_actor_2=event.assoc_actor_1)
    if fix.clear == "actor2":
        changes.update(actor2=None, inter2=None, assoc_actor_2=None)
    elif fix.clear == "actor1":
        changes.update(actor1=None, inter1=None, assoc_actor_1=None)
    log.debug("%s: %s / %s recoded as %s / %s, swap %s, clear %s (%s)", event.event_id, event.event_type,
              event.sub_event_type, kind, sub, fix.swap, fix.clear, "; ".join(violations(event)))
    return dataclasses.replace(event, **changes)


def apply_actor_rules(events: list[Event]) -> None:
    """Recode, in place, every event of the list that breaks ACLED's actor-type rules."""
    events[:] = [recode(event) for event in events]


__all__ = ["Fix", "SideRule", "actor_types", "apply_actor_rules", "find_fix", "fixes", "recode", "violations"]

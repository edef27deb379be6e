"""ACLED's event typology and its crosswalks: one source (typology.tsv, gtd_attack_types.tsv) for the pipeline,
the store's merge rules, the evaluation's labels and the exports.

    sub_event_type("Grenade").gtd_attack_type      -> "Bombing/Explosion"
    compatible_sub_event_types()                   -> {frozenset({"Grenade", "Attack"}), ...}
    gtd_compatible_sub_event_types()["Hijacking"]  -> ("Abduction/forced disappearance",)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventsift.nlp.lexicon import load_tsv

__all__ = [
    "GTD_ATTACK_TYPES", "NONE", "UCDP_VIOLENCE", "SubEventType", "compatible_event_types", "compatible_sub_event_types",
    "event_types", "gtd_compatible_sub_event_types", "inter_codes", "sub_event_type", "sub_event_types_by_type",
    "typology",
]

# The cell that says a target has no equivalent for a sub-type.
NONE = "-"
# GTD's attack types (attacktype1_txt), in the codebook's order.
GTD_ATTACK_TYPES = (
    "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown",
)
UCDP_VIOLENCE = ("one-sided", "by-actors")


@dataclass(slots=True, kw_only=True, frozen=True)
class SubEventType:
    event_type: str
    sub_event_type: str
    disorder_type: str
    cameo: str | None
    plover: str | None
    gtd_attack_type: str | None
    gtd_weapon_type: str | None
    ucdp_violence: str
    merges_with: tuple[str, ...]


def _cell(value: str) -> str | None:
    return None if value == NONE else value


def _list(value: str) -> tuple[str, ...]:
    return () if value == NONE else tuple(v.strip() for v in value.split(";") if v.strip())


@cache
def typology() -> dict[str, SubEventType]:
    """Sub-event type name -> its record, in ACLED's order."""
    out: dict[str, SubEventType] = {}
    for row in load_tsv("ontology/typology.tsv"):
        out[row["sub_event_type"]] = SubEventType(
            event_type=row["event_type"],
            sub_event_type=row["sub_event_type"],
            disorder_type=row["disorder_type"],
            cameo=_cell(row["cameo"]),
            plover=_cell(row["plover"]),
            gtd_attack_type=_cell(row["gtd_attack_type"]),
            gtd_weapon_type=_cell(row["gtd_weapon_type"]),
            ucdp_violence=row["ucdp_violence"],
            merges_with=_list(row["merges_with"]),
        )
    return out


def event_types() -> list[str]:
    return list(dict.fromkeys(s.event_type for s in typology().values()))


def sub_event_type(name: str) -> SubEventType:
    """The record for a sub-event type; KeyError names the unknown type."""
    return typology()[name]


@cache
def sub_event_types_by_type() -> dict[str, tuple[str, ...]]:
    """Event type -> its sub-event types, in ACLED's order."""
    out: dict[str, list[str]] = {}
    for record in typology().values():
        out.setdefault(record.event_type, []).append(record.sub_event_type)
    return {k: tuple(v) for k, v in out.items()}


@cache
def compatible_sub_event_types() -> frozenset[frozenset[str]]:
    """Pairs of different sub-types that one incident may be reported as (``merges_with``, made symmetric)."""
    return frozenset(frozenset((s.sub_event_type, other)) for s in typology().values() for other in s.merges_with)


@cache
def compatible_event_types() -> frozenset[frozenset[str]]:
    """Pairs of different event types with at least one compatible pair of sub-types."""
    t = typology()
    pairs = (frozenset(t[name].event_type for name in pair) for pair in compatible_sub_event_types())
    return frozenset(p for p in pairs if len(p) == 2)


@cache
def gtd_compatible_sub_event_types() -> dict[str, tuple[str, ...]]:
    """GTD attack type -> the ACLED sub-types an incident of that type may be coded as (gtd_attack_types.tsv)."""
    return {row["gtd_attack_type"]: _list(row["acled_sub_event_types"]) for row in load_tsv("ontology/gtd_attack_types.tsv")}


@cache
def inter_codes() -> dict[int, str]:
    return {int(row["inter"]): row["name"] for row in load_tsv("ontology/inter_codes.tsv")}

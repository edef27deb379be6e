"""ACLED's event typology and its crosswalk to CAMEO, PLOVER and GTD (data in typology.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventsift.lexicon import load_tsv


@dataclass(slots=True, kw_only=True, frozen=True)
class SubEventType:
    event_type: str
    sub_event_type: str
    disorder_type: str
    cameo: str | None
    plover: str | None
    gtd_attack_type: str | None


@cache
def typology() -> dict[str, SubEventType]:
    """Sub-event type name -> its record, in ACLED's order."""
    out: dict[str, SubEventType] = {}
    for row in load_tsv("ontology/typology.tsv"):
        out[row["sub_event_type"]] = SubEventType(
            event_type=row["event_type"],
            sub_event_type=row["sub_event_type"],
            disorder_type=row["disorder_type"],
            cameo=row["cameo"] or None,
            plover=row["plover"] or None,
            gtd_attack_type=row["gtd_attack_type"] or None,
        )
    return out


def event_types() -> list[str]:
    return list(dict.fromkeys(s.event_type for s in typology().values()))


def sub_event_type(name: str) -> SubEventType:
    """The record for a sub-event type; KeyError names the unknown type."""
    return typology()[name]


@cache
def inter_codes() -> dict[int, str]:
    return {int(row["inter"]): row["name"] for row in load_tsv("ontology/inter_codes.tsv")}

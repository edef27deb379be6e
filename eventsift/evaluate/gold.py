"""Gold records: what human coders said a document contains, with the tolerances they allow.

Every adapter turns its data set into ``GoldDocument`` records; the scorer compares a pipeline's
``Event`` list against them. A field left empty (``None`` or an empty tuple) is not coded by the
data set and is not scored.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from eventsift.records import Document, Event


@dataclass(slots=True, kw_only=True)
class GoldEvent:
    """One human-coded event; tuples are "any of" sets, ``*_low``/``*_high`` inclusive ranges."""

    label: str = ""  # the data set's own label, for the confusion matrix (e.g. "Remote violence")
    name: str = ""  # a short description, when the data set gives one
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    actor1: tuple[str, ...] = ()  # names any of which is right
    actor2: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()  # names any of which must appear among the predicted actors
    inter1: int | None = None
    inter2: int | None = None  # 0: the event has no second actor
    date_low: dt.date | None = None
    date_high: dt.date | None = None
    date_precisions: tuple[str, ...] = ()
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    max_km: float | None = None  # None: the scorer's default radius
    geo_precisions: tuple[int, ...] = ()
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    abducted_low: int | None = None
    abducted_high: int | None = None
    gtd_attack_type: str | None = None
    # the ACLED types above come from a crosswalk of another codebook's label (GTD's attack type), not from the
    # coders: they guide matching, and are scored once under the crosswalk's own name
    types_from_crosswalk: bool = False
    certainties: tuple[str, ...] = ()
    historical: bool | None = None
    optional: bool = False  # may be left out; scored only if a prediction matches it


@dataclass(frozen=True, slots=True, kw_only=True)
class EventScope:
    """The events a data set codes at all, by ACLED type and country (MUC-4 codes terrorist acts in nine
    countries, not battles or protests). A prediction outside it that matches no gold event is no error against
    that coding; the scoreboard counts it apart."""

    out_event_types: frozenset[str] = frozenset()
    out_sub_event_types: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # empty: any country

    def covers(self, event: Event) -> bool:
        if event.event_type in self.out_event_types or event.sub_event_type in self.out_sub_event_types:
            return False
        return not (self.countries and event.country and event.country not in self.countries)


@dataclass(slots=True, kw_only=True)
class GoldDocument:
    """A document and its human coding.

    ``max_extra_events`` is how many predicted events that match no gold event are tolerated
    (``None``: not stated). A document with no gold events and ``max_extra_events == 0`` is a
    negative example: nothing should be coded from it.
    """

    document: Document
    events: list[GoldEvent] = field(default_factory=list)
    max_extra_events: int | None = None
    # The gold event is the report's primary incident; other incidents the report tells of are not coded
    # (full news reports coded for their main shooting). It is paired with the prediction that agrees on
    # when and where, else with the report's first current event; other predictions are not errors.
    primary_incident: bool = False
    scope: EventScope | None = None  # the events the data set codes at all (None: every event)

    @property
    def is_negative(self) -> bool:
        return not self.events and self.max_extra_events == 0


@dataclass(slots=True, kw_only=True)
class TypeMapping:
    event_types: tuple[str, ...]
    sub_event_types: tuple[str, ...]


@lru_cache(maxsize=1)
def labels() -> dict[str, Any]:
    """The label tables in ``data/labels.json`` (keys starting with ``_`` are notes), with the two tables derived
    from the typology (eventsift/ontology): ``acled_types`` (event type -> sub-types) and ``gtd_attack_types``
    (GTD attack type -> the ACLED types and sub-types an incident of that type may be coded as)."""
    from eventsift import ontology

    text = resources.files("eventsift.evaluate").joinpath("data/labels.json").read_text(encoding="utf-8")
    tables = json.loads(text)
    tables["acled_types"] = {kind: list(subs) for kind, subs in ontology.sub_event_types_by_type().items()}
    typology = ontology.typology()
    tables["gtd_attack_types"] = {
        gtd: {"event_types": list(dict.fromkeys(typology[s].event_type for s in subs)), "sub_event_types": list(subs)}
        for gtd, subs in ontology.gtd_compatible_sub_event_types().items()
    }
    return tables


def event_scope(table: str) -> EventScope:
    """A data set's scope from the label tables (``out_event_types``, ``out_sub_event_types``, ``countries``)."""
    entry = labels()[table]
    return EventScope(out_event_types=frozenset(entry.get("out_event_types", ())),
                      out_sub_event_types=frozenset(entry.get("out_sub_event_types", ())),
                      countries=frozenset(entry.get("countries", ())))


def type_mapping(table: str, key: str) -> TypeMapping | None:
    """The ACLED types a data set's label stands for, ``None`` if the table does not list it."""
    entry = labels()[table].get(key)
    if entry is None or key.startswith("_"):
        return None
    return TypeMapping(event_types=tuple(entry["event_types"]), sub_event_types=tuple(entry["sub_event_types"]))


def sub_event_parent(sub_event_type: str) -> str | None:
    """ACLED's event type for a sub-event type."""
    for event_type, subs in labels()["acled_types"].items():
        if sub_event_type in subs:
            return event_type
    return None


def perpetrator_aliases(name: str) -> tuple[str, ...]:
    """Names a perpetrator group may be reported under, the group's own name first."""
    aliases = labels()["perpetrator_aliases"].get(name, [])
    return tuple(dict.fromkeys([name, *aliases]))

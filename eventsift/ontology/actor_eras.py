"""Actor names as of the event's date (``actor_eras.tsv``): the forces of a government that came to be in a given
year carry its name only from then on; an event before it names them as they were known then.

    name_as_of(events)   renames in place (the pipeline runs it before ACLED's actor-type rules)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import cache

from eventsift.nlp.lexicon import load_tsv
from eventsift.records import Event


@dataclass(slots=True, kw_only=True, frozen=True)
class Rename:
    """One row: ``name`` from ``since`` on, ``earlier`` (inter code ``earlier_inter``) before it."""

    name: str
    since: dt.date
    earlier: str
    earlier_inter: int


@cache
def eras() -> tuple[Rename, ...]:
    """The table's rows, in order (a name that changed twice has a row per change, the later first)."""
    return tuple(Rename(name=row["name"], since=dt.date.fromisoformat(row["from"]), earlier=row["earlier"],
                        earlier_inter=int(row["earlier_inter"]))
                 for row in load_tsv("ontology/actor_eras.tsv"))


def name_as_of(events: list[Event]) -> None:
    """Rename each side whose name dates from after the event to the name it had then (each row once, in order)."""
    for i, event in enumerate(events):
        if event.event_date is None:
            continue
        changes: dict[str, object] = {}
        for side, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            name = getattr(event, side)
            for row in eras():
                if name == row.name and event.event_date < row.since:
                    name, changes[side], changes[inter] = row.earlier, row.earlier, row.earlier_inter
        if changes:
            events[i] = dataclasses.replace(event, **changes)

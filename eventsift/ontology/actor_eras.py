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
class Era:
    since: dt.date
    earlier: str
    earlier_inter: int


@cache
def eras() -> dict[str, Era]:
    return {row["name"]: Era(since=dt.date.fromisoformat(row["from"]), earlier=row["earlier"],
                             earlier_inter=int(row["earlier_inter"]))
            for row in load_tsv("ontology/actor_eras.tsv")}


def name_as_of(events: list[Event]) -> None:
    """Rename each side whose name dates from after the event to the name it had then."""
    table = eras()
    for i, event in enumerate(events):
        changes = {}
        for side, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            era = table.get(getattr(event, side) or "")
            if era is not None and event.event_date is not None and event.event_date < era.since:
                changes[side], changes[inter] = era.earlier, era.earlier_inter
        if changes:
            events[i] = dataclasses.replace(event, **changes)

"""An incident being put together: the clauses that describe it, and the evidence that ties a field to its words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventsift.events.clauses import Clause
from eventsift.nlp.timex import TimeExpression
from eventsift.records import Document, Evidence, Sentence


@dataclass(slots=True, kw_only=True)
class Draft:
    clauses: list[Clause] = field(default_factory=list)
    family: str | None = None  # ACLED event type once a clause names one
    part: int = 0  # 0, or the place this copy of an incident stands for in a list of places (``split_listed_places``)
    parts: int = 1  # how many places of such a list share the incident's toll evenly (1: the toll is its own)
    unknown_town: bool = False  # a copy for a listed town the gazetteer lacks: placed at its area, at no other town

    @property
    def dates(self) -> list[TimeExpression]:
        return [d for c in self.clauses for d in c.dates]

    def place_ids(self) -> list[int]:
        return [i for c in self.clauses for i in c.toponyms]

    def mentions(self, regex: re.Pattern[str]) -> bool:
        """Some sentence of the incident matches ``regex``."""
        return any(regex.search(c.sentence.text) for c in self.clauses)


def evidence(document: Document, clause: Clause, field_name: str, start: int, end: int, *,
             sentence: Sentence | None = None) -> Evidence:
    """The words of ``clause`` (document offsets ``start``-``end``) that a field was read from; ``sentence`` when
    they are in a later sentence the clause took victims from."""
    quoted = sentence or clause.sentence
    return Evidence(document_id=document.id, field=field_name, sentence=quoted.text, start=start, end=end)

"""A stand-in draft incident for the tests of ``assemble_where.where``."""

from __future__ import annotations

from types import SimpleNamespace


class OneClause:
    """A draft incident whose one clause, in a sentence of ``text``, names the toponyms ``ids``."""

    def __init__(self, ids: list[int], text: str) -> None:
        self.ids = ids
        self.clauses = [SimpleNamespace(toponyms=ids, sentence=SimpleNamespace(text=text))]

    def place_ids(self) -> list[int]:
        return self.ids

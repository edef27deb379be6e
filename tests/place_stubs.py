"""Stand-ins for the place tests: a draft incident for ``assemble_where.where``, toponyms found in a text."""

from __future__ import annotations

from types import SimpleNamespace

from eventsift.records import Toponym


class OneClause:
    """A draft incident whose one clause, in a sentence of ``text``, names the toponyms ``ids``."""

    def __init__(self, ids: list[int], text: str) -> None:
        self.ids = ids
        self.unknown_town = False  # (no copy for a listed town)
        self.clauses = [SimpleNamespace(toponyms=ids, sentence=SimpleNamespace(text=text))]

    def place_ids(self) -> list[int]:
        return self.ids


def toponyms_at(text: str, *names: tuple[str, str | None]) -> list[Toponym]:
    """A toponym for each (name, qualifier), at the name's first place in ``text``, in sentence 0."""
    out = []
    for name, qualifier in names:
        start = text.index(name)
        out.append(Toponym(text=name, start=start, end=start + len(name), sentence_index=0, qualifier=qualifier))
    return out

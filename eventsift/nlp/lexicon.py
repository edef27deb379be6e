"""Loading the project's domain lexicons: small TSV files shipped inside the package.

A file has a header row; lines starting with ``#`` and blank lines are comments.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def _read(relative_path: str) -> tuple[dict[str, str], ...]:
    text = resources.files("eventsift").joinpath(relative_path).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"{relative_path}: row {number} has the wrong number of columns: {row}")
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)


def load_tsv(relative_path: str) -> list[dict[str, str]]:
    """Rows of a TSV lexicon as dicts (a fresh list; the parsed file is cached)."""
    return [dict(row) for row in _read(relative_path)]

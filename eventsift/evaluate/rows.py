"""Reading data-set rows: JSON lines (a bad line becomes a ``Rejected``), numbers and names as the data sets
write them ("", "nan", "Unknown"), and rows sharing one text merged into one gold document."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventsift.evaluate.gold import GoldDocument
from eventsift.records import Rejected

STAGE = "evaluate.read"
Loaded = GoldDocument | Rejected


def int_or_none(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def float_or_none(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def text_or_none(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text if text and text.lower() not in ("unknown", "nan", "none") else None


def group_by_text(items: Iterable[Loaded]) -> Iterator[Loaded]:
    """Merge documents with the same text into one, keeping every gold event (first-seen order)."""
    merged: dict[str, GoldDocument] = {}
    for item in items:
        if isinstance(item, Rejected):
            yield item
            continue
        key = item.document.text.strip()
        if key in merged:
            first = merged[key]
            first.events.extend(item.events)
            if item.document.published and (not first.document.published or item.document.published < first.document.published):
                first.document.published = item.document.published
        else:
            merged[key] = item
    yield from merged.values()


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | Rejected]]:
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, Rejected(source=f"{path}:{lineno}", stage=STAGE, reason=f"bad JSON: {exc}")

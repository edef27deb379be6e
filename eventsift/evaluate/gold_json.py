"""The project's own answer-key format (like the seed ``gold.json``).

One object ``{"document": {...}, "events": [...], "max_extra_events": N}``, a list of them, or
``{"documents": [...]}``. A field ``X`` may instead be given as ``X_any_of`` (a list of accepted
values) or, for dates and counts, ``X_between`` (an inclusive range). ``optional: true`` marks an
event that may be left out. The document's text is ``text`` or a ``file`` relative to the key.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventsift.errors import InputError
from eventsift.evaluate.gold import GoldDocument, GoldEvent
from eventsift.records import Document, Rejected, content_id

STAGE = "evaluate.read"


def _any_of(spec: dict[str, Any], name: str) -> tuple[Any, ...]:
    if f"{name}_any_of" in spec:
        return tuple(spec[f"{name}_any_of"])
    return (spec[name],) if spec.get(name) is not None else ()


def _between(spec: dict[str, Any], name: str) -> tuple[Any, Any]:
    if f"{name}_between" in spec:
        low, high = spec[f"{name}_between"]
        return low, high
    value = spec.get(name)
    return value, value


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def gold_event(spec: dict[str, Any]) -> GoldEvent:
    """One event of an answer key."""
    date_low, date_high = _between(spec, "date")
    fat_low, fat_high = _between(spec, "fatalities")
    inj_low, inj_high = _between(spec, "injured")
    abd_low, abd_high = _between(spec, "abducted")
    types = _any_of(spec, "event_type")
    return GoldEvent(
        label=types[0] if types else spec.get("name", ""),
        name=str(spec.get("name", "")),
        event_types=types,
        sub_event_types=_any_of(spec, "sub_event_type"),
        actor1=_any_of(spec, "actor1"),
        actor2=_any_of(spec, "actor2"),
        perpetrators=_any_of(spec, "perpetrator"),
        inter1=spec.get("inter1"),
        inter2=spec.get("inter2"),
        date_low=_date(date_low),
        date_high=_date(date_high),
        date_precisions=_any_of(spec, "date_precision"),
        country=spec.get("country"),
        admin1=spec.get("admin1"),
        location=spec.get("location"),
        latitude=spec.get("latitude"),
        longitude=spec.get("longitude"),
        max_km=spec.get("max_km"),
        geo_precisions=_any_of(spec, "geo_precision"),
        fatalities_low=fat_low,
        fatalities_high=fat_high,
        injured_low=inj_low,
        injured_high=inj_high,
        abducted_low=abd_low,
        abducted_high=abd_high,
        gtd_attack_type=spec.get("gtd_attack_type"),
        certainties=_any_of(spec, "certainty"),
        historical=spec.get("historical"),
        optional=bool(spec.get("optional", False)),
    )


def _read_as_product(file: Path) -> Document:
    """The key's document read exactly as ``eventsift extract`` reads it (page junk removed, metadata found)."""
    from eventsift.documents import read_inputs

    for item in read_inputs([str(file)]):
        if isinstance(item, Rejected):
            raise InputError(f"cannot read {file}: {item.reason}")
        return item
    raise InputError(f"cannot read {file}: no document in it")


def gold_document(spec: dict[str, Any], *, base: Path) -> GoldDocument:
    """One answer key; ``base`` is the folder a ``file`` is relative to."""
    meta = spec.get("document") or {}
    if meta.get("text"):
        document = Document(id=str(meta.get("id") or content_id(meta["text"], prefix="gold-")),
                            text=str(meta["text"]), source=str(base))
    elif meta.get("file"):
        document = _read_as_product(base / meta["file"])
    else:
        raise InputError("document has neither text nor file")
    # what the reader could not find, the key supplies
    for name in ("title", "url", "publisher", "dateline"):
        if getattr(document, name) is None and meta.get(name):
            setattr(document, name, meta[name])
    if document.published is None:
        document.published = _date(meta.get("published"))
    if meta.get("id"):
        document.id = str(meta["id"])
    return GoldDocument(
        document=document,
        events=[gold_event(e) for e in spec.get("events") or []],
        max_extra_events=spec.get("max_extra_events"),
    )


def load_gold_json(path: str | Path) -> Iterator[GoldDocument | Rejected]:
    """Answer keys in the project's own format (see the module docstring)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        yield Rejected(source=str(path), stage=STAGE, reason=f"cannot read answer key: {exc}")
        return
    specs = data.get("documents", [data]) if isinstance(data, dict) else data
    for index, spec in enumerate(specs):
        try:
            yield gold_document(spec, base=path.parent)
        except (InputError, ValueError, TypeError, KeyError) as exc:
            yield Rejected(source=f"{path}#{index}", stage=STAGE, reason=str(exc))

"""Writers for the formats researchers load directly.

    export(events, fmt="acled", out="build/")   ACLED's columns and spellings (CSV)
             fmt="ucdp"                          UCDP GED columns: best/low/high, where_prec, date_prec (CSV)
             fmt="gtd"                           GTD-style: nkill, nwound, nhostkid, attacktype1_txt (CSV)
             fmt="geojson"                       a FeatureCollection for maps
             fmt="jsonl"                         the output contract, one event a line
             fmt="parquet"                       typed columns for pandas and Spark

The events passed in are what the store returns: corrected values, rejected events already left
out. Before writing, each event keeps ACLED's actor-type rules (``eventsift.ontology.actor_rules``:
a "Battle" against civilians is written without the civilian side, its casualties) and gets its export
id: content-derived from the reports it was coded from (``export_id``), so the same corpus gives the
same ids in whatever order it was ingested. Events are written by date, then by that id.
Crosswalk tables (date precision to UCDP date_prec, sub-event type to GTD attack type, ...) are data
in ``mappings.json`` beside this module (read by ``mappings``). The writers are grouped by family: ``tables``
(ACLED, UCDP, GTD as CSV) and ``structured`` (JSONL, GeoJSON, Parquet); the ids are made in ``ids``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from eventsift.errors import EventsiftError
from eventsift.export.ids import EVENT_NUMBER_DIGITS, acled_event_id, event_number, export_id, report_keys
from eventsift.export.mappings import MAPPINGS
from eventsift.export.structured import geojson_feature, parquet_schema, write_geojson, write_jsonl, write_parquet
from eventsift.export.tables import (
    ACLED_COLUMNS,
    GTD_COLUMNS,
    NOTES_MAX_SENTENCES,
    UCDP_COLUMNS,
    acled_row,
    gtd_date,
    gtd_row,
    ucdp_row,
    ucdp_type_of_violence,
    write_acled,
    write_gtd,
    write_ucdp,
)
from eventsift.ontology.actor_rules import recode
from eventsift.records import Event

log = logging.getLogger(__name__)

__all__ = [
    "ACLED_COLUMNS", "EVENT_NUMBER_DIGITS", "EXTENSIONS", "FORMATS", "GTD_COLUMNS", "MAPPINGS", "NOTES_MAX_SENTENCES",
    "UCDP_COLUMNS", "WRITERS", "ExportError", "acled_event_id", "acled_row", "event_number", "export", "export_id",
    "geojson_feature", "gtd_date", "gtd_row", "parquet_schema", "prepare", "report_keys", "resolve_output", "ucdp_row",
    "ucdp_type_of_violence",
]

EXTENSIONS = {"acled": ".csv", "ucdp": ".csv", "gtd": ".csv", "geojson": ".geojson", "jsonl": ".jsonl", "parquet": ".parquet"}
FORMATS = tuple(EXTENSIONS)


class ExportError(EventsiftError):
    """An export cannot be written (unknown format, refused output path)."""


def prepare(events: Iterable[Event]) -> list[Event]:
    """What is written: each event recoded by ACLED's actor-type rules, with its export id and its evidence
    in report order (oldest source first), by date then id: nothing depends on the order of ingestion."""
    out = [dataclasses.replace(e, event_id=export_id(e), evidence=_evidence_in_report_order(e))
           for e in (recode(event) for event in events)]
    out.sort(key=lambda e: (e.event_date or dt.date.min, e.event_id))
    return out


def _evidence_in_report_order(event: Event) -> list:  # noqa: ANN202 - list[Evidence]
    published = {s.document_id: s.published or dt.date.max for s in event.sources}
    return sorted(event.evidence, key=lambda ev: (published.get(ev.document_id, dt.date.max), ev.document_id, ev.start, ev.end, ev.field))


WRITERS: dict[str, Callable[[Sequence[Event], Any], None]] = {
    "acled": write_acled, "ucdp": write_ucdp, "gtd": write_gtd, "geojson": write_geojson, "jsonl": write_jsonl,
    "parquet": write_parquet,
}


def resolve_output(out: str | os.PathLike[str], *, fmt: str, root: str | os.PathLike[str] | None = None) -> Path:
    """The file to write: ``out`` itself, or ``events_<fmt><ext>`` inside it when it is a directory.

    With ``root``, ``out`` is taken relative to it and refused when it resolves outside it
    (``..``, an absolute path elsewhere, a symlink pointing out).
    """
    if fmt not in EXTENSIONS:
        raise ExportError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
    path = Path(out)
    if root is not None:
        base = Path(root).resolve()
        path = (base / path).resolve()
        if path != base and base not in path.parents:
            raise ExportError(f"output {str(out)!r} is outside the output directory {str(root)!r}")
    if path.is_dir() or str(out).endswith(("/", os.sep)):
        path = path / f"events_{fmt}{EXTENSIONS[fmt]}"
    return path


def export(events: Iterable[Event], *, fmt: str, out: str | os.PathLike[str] | IO[Any],
           root: str | os.PathLike[str] | None = None) -> Path | None:
    """Write ``events`` in ``fmt`` to a path (file or directory) or an open stream; returns the path written."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
    items = prepare(events)
    if isinstance(out, (io.IOBase, io.TextIOWrapper)) or hasattr(out, "write"):
        WRITERS[fmt](items, out)
        return None
    path = resolve_output(out, fmt=fmt, root=root)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    binary = fmt == "parquet"
    with open(tmp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as stream:
        WRITERS[fmt](items, stream)
    tmp.replace(path)  # a reader never sees half a file
    log.info("wrote %d events as %s to %s", len(items), fmt, path)
    return path

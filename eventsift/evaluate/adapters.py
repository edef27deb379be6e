"""Adapters: human-coded data sets in their own formats -> ``GoldDocument`` records.

Each ``load_*`` function takes a path and yields ``GoldDocument`` (or ``Rejected`` for a row that
cannot be read, so one bad row does not stop a run). Rows that share a text (ACLED splits one
report over several events, GTD one attack over several rows) become one document with several
gold events.

The data sets of whole news reports have their own modules: ``muc4`` and ``gun_violence`` (GVDB, GVA); the
row-reading helpers they share are in ``rows``.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventsift.errors import InputError
from eventsift.evaluate.gold import (
    GoldDocument,
    GoldEvent,
    labels,
    perpetrator_aliases,
    sub_event_parent,
    type_mapping,
)
from eventsift.evaluate.gun_violence import (  # noqa: F401  (the loaders in one place; _-names: bench/merge_eval.py)
    _gva_date,
    _gva_incidents,
    _incident_event,
    _report_document,
    gva_report_documents,
    load_gva,
    load_gva_all,
    load_gvdb,
)
from eventsift.evaluate.muc4 import load_muc4, muc_date_range, muc_location  # noqa: F401  (the loaders in one place)
from eventsift.evaluate.rows import STAGE, Loaded, float_or_none, group_by_text, int_or_none, read_jsonl, text_or_none
from eventsift.records import Document, Rejected, content_id

log = logging.getLogger(__name__)

_ACLED_DATE_FORMATS = ("%d-%b-%y", "%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%m/%d/%Y")
# ACLED appends its crowd-size coding ("[size=no report]") to protest notes: coding metadata, not report text.
_ACLED_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]\s*$", re.IGNORECASE)
_GTD_DATE_PREFIX = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*:\s*")


# --- ACLED -------------------------------------------------------------------------------------


def parse_acled_date(value: str) -> dt.date:
    value = value.strip()
    for fmt in _ACLED_DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise InputError(f"unrecognised ACLED date {value!r}")


def acled_types(event_type: str, sub_event_type: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Current ACLED (types, sub-types) for a row of either schema."""
    current = labels()["acled_types"]
    if event_type in current:
        subs = (sub_event_type,) if sub_event_type and sub_event_type in current[event_type] else ()
        return (event_type,), subs
    mapping = type_mapping("acled_legacy_types", event_type)
    if mapping is None:
        raise InputError(f"unknown ACLED event type {event_type!r}")
    return mapping.event_types, mapping.sub_event_types


def _acled_row(row: dict[str, str], source: str) -> GoldDocument:
    text = _ACLED_SIZE_TAG.sub("", (row.get("notes") or "").strip())
    if not text:
        raise InputError("empty notes")
    date = parse_acled_date(row.get("event_date") or "")
    types, subs = acled_types((row.get("event_type") or "").strip(), (row.get("sub_event_type") or "").strip())
    inter2 = int_or_none(row.get("inter2"))
    event = GoldEvent(
        label=row["event_type"].strip(),
        event_types=types,
        sub_event_types=subs,
        actor1=tuple(a for a in [(row.get("actor1") or "").strip()] if a),
        actor2=tuple(a for a in [(row.get("actor2") or "").strip()] if a),
        inter1=int_or_none(row.get("inter1")),
        inter2=inter2,
        date_low=date,
        date_high=date,
        country=text_or_none(row.get("country")),
        admin1=text_or_none(row.get("admin1")),
        location=text_or_none(row.get("location")),
        latitude=float_or_none(row.get("latitude")),
        longitude=float_or_none(row.get("longitude")),
        geo_precisions=tuple(p for p in [int_or_none(row.get("geo_precision"))] if p),
        fatalities_low=int_or_none(row.get("fatalities")),
        fatalities_high=int_or_none(row.get("fatalities")),
    )
    row_id = row.get("data_id") or row.get("event_id_cnty") or content_id(text)
    document = Document(id=f"acled-{row_id}", text=text, published=date, source=source)
    return GoldDocument(document=document, events=[event])


def load_acled(path: str | Path) -> Iterator[Loaded]:
    """ACLED CSV export, current or pre-2019 schema: ``notes`` is the text, ``event_date`` its date."""
    path = Path(path)

    def rows() -> Iterator[Loaded]:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for lineno, row in enumerate(csv.DictReader(handle), start=2):
                source = f"{path}:{lineno}"
                try:
                    yield _acled_row(row, source)
                except (InputError, KeyError) as exc:
                    yield Rejected(source=source, stage=STAGE, reason=str(exc))

    yield from group_by_text(rows())


# --- GTD ---------------------------------------------------------------------------------------


def split_gtd_summary(summary: str) -> tuple[str, dt.date | None]:
    """``"02/28/2016: Assailants ..."`` -> ``("Assailants ...", date(2016, 2, 28))``."""
    match = _GTD_DATE_PREFIX.match(summary)
    if not match:
        return summary.strip(), None
    month, day, year = (int(g) for g in match.groups())
    try:
        date = dt.date(year, month, day)
    except ValueError:
        date = None  # GTD writes 00 for an unknown day or month
    return summary[match.end():].strip(), date


def _gtd_row(row: dict[str, Any], source: str) -> GoldDocument:
    text, date = split_gtd_summary(str(row.get("summary") or ""))
    if not text:
        raise InputError("empty summary")
    if date is None and row.get("summary_date"):
        date = dt.date.fromisoformat(str(row["summary_date"])[:10])
    attack = str(row.get("attacktype1_txt") or "").strip() or None  # "Unknown" kept: it is one of GTD's codes
    mapping = type_mapping("gtd_attack_types", attack) if attack else None
    gname = text_or_none(row.get("gname"))
    # GTD writes -99 for "unknown".
    nkill, nwound = (v if v is not None and v >= 0 else None for v in (int_or_none(row.get("nkill")), int_or_none(row.get("nwound"))))
    event = GoldEvent(
        label=attack or "Unknown",
        event_types=mapping.event_types if mapping else (),
        sub_event_types=mapping.sub_event_types if mapping else (),
        perpetrators=perpetrator_aliases(gname) if gname else (),
        date_low=date,
        date_high=date,
        country=text_or_none(row.get("country_txt")),
        admin1=text_or_none(row.get("provstate")),
        location=text_or_none(row.get("city")),
        fatalities_low=nkill,
        fatalities_high=nkill,
        injured_low=nwound,
        injured_high=nwound,
        gtd_attack_type=attack,  # "Unknown" included: a code GTD gives and the product must produce
        types_from_crosswalk=True,
    )
    document = Document(id=f"gtd-{row.get('eventid') or content_id(text)}", text=text, published=date, source=source)
    return GoldDocument(document=document, events=[event])


def load_gtd(path: str | Path) -> Iterator[Loaded]:
    """GTD rows as JSON lines: ``summary`` minus its ``MM/DD/YYYY:`` prefix is the text, that date its date."""
    path = Path(path)

    def rows() -> Iterator[Loaded]:
        for lineno, row in read_jsonl(path):
            source = f"{path}:{lineno}"
            if isinstance(row, Rejected):
                yield row
                continue
            try:
                yield _gtd_row(row, source)
            except (InputError, ValueError) as exc:
                yield Rejected(source=source, stage=STAGE, reason=str(exc))

    yield from group_by_text(rows())


# --- labelled snippets: SATP, CASE 2021, IndiaPoliceEvents -----------------------------------------


def load_satp(path: str | Path) -> Iterator[Loaded]:
    """SATP narratives with multi-hot labels (armed_assault, bombing_explosion, kidnapping, other)."""
    path = Path(path)
    for lineno, row in read_jsonl(path):
        source = f"{path}:{lineno}"
        if isinstance(row, Rejected):
            yield row
            continue
        text = str(row.get("text") or "").strip()
        flags = row.get("labels") or {}
        events = []
        for name, on in flags.items():
            mapping = type_mapping("satp_labels", name)
            if on and mapping:
                events.append(GoldEvent(label=name, event_types=mapping.event_types, sub_event_types=mapping.sub_event_types))
        if not text or not events:
            yield Rejected(source=source, stage=STAGE, reason="no text or no known label")
            continue
        doc_id = f"satp-{row.get('split', '')}-{row.get('idx', lineno)}"
        yield GoldDocument(document=Document(id=doc_id, text=text, source=source), events=events)


def load_case(path: str | Path) -> Iterator[Loaded]:
    """CASE 2021 task 2 snippets: ``label`` is an ACLED sub-event type or a class outside ACLED."""
    path = Path(path)
    table = labels()["case_labels"]
    for lineno, row in read_jsonl(path):
        source = f"{path}:{lineno}"
        if isinstance(row, Rejected):
            yield row
            continue
        text, label = str(row.get("text") or "").strip(), str(row.get("label") or "")
        if not text or label not in table or label.startswith("_"):
            yield Rejected(source=source, stage=STAGE, reason=f"no text or unknown label {label!r}")
            continue
        document = Document(id=f"case-{row.get('id', lineno)}", text=text, source=source)
        sub = table[label]
        if sub is None:  # outside ACLED: nothing should be coded
            yield GoldDocument(document=document, events=[], max_extra_events=0)
            continue
        event = GoldEvent(label=label, event_types=(sub_event_parent(sub) or "",), sub_event_types=(sub,))
        yield GoldDocument(document=document, events=[event])


def load_india_police(path: str | Path) -> Iterator[Loaded]:
    """IndiaPoliceEvents documents; only those labelled KILL, ARREST or FORCE carry gold events.

    Documents without those labels are skipped: they may still report violence the police took
    no part in, so they are not negative examples.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "docs.jsonl"
    for lineno, row in read_jsonl(path):
        source = f"{path}:{lineno}"
        if isinstance(row, Rejected):
            yield row
            continue
        events = []
        for name in row.get("labels") or []:
            mapping = type_mapping("india_police_labels", name)
            if mapping:
                events.append(GoldEvent(label=name, event_types=mapping.event_types, sub_event_types=mapping.sub_event_types))
        if not events:
            continue
        published = dt.date.fromisoformat(row["date"]) if row.get("date") else None
        text = str(row.get("text") or "").strip()
        document = Document(id=f"ipe-{row.get('doc_id', lineno)}", text=text, url=row.get("url"), published=published, source=source)
        yield GoldDocument(document=document, events=events)

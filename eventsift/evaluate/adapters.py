"""Adapters: human-coded data sets in their own formats -> ``GoldDocument`` records.

Each ``load_*`` function takes a path and yields ``GoldDocument`` (or ``Rejected`` for a row that
cannot be read, so one bad row does not stop a run). Rows that share a text (ACLED splits one
report over several events, GTD one attack over several rows) become one document with several
gold events.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Iterator
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
from eventsift.records import Document, Rejected, content_id

log = logging.getLogger(__name__)

STAGE = "evaluate.read"
Loaded = GoldDocument | Rejected

_ACLED_DATE_FORMATS = ("%d-%b-%y", "%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%m/%d/%Y")
# ACLED appends its crowd-size coding ("[size=no report]") to protest notes: coding metadata, not report text.
_ACLED_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]\s*$", re.IGNORECASE)
_GTD_DATE_PREFIX = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*:\s*")
_MUC_DATE = re.compile(r"(\d{1,2})\s+([A-Z]{3})\s+(\d{2})")
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}
# MUC-4 writes "- 08 JAN 90" for "on or before 8 January"; how far back such an open date is accepted.
MUC_OPEN_DATE_DAYS = 31


def _int(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _text_or_none(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text if text and text.lower() not in ("unknown", "nan", "none") else None


def _group_by_text(items: Iterable[Loaded]) -> Iterator[Loaded]:
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


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | Rejected]]:
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, Rejected(source=f"{path}:{lineno}", stage=STAGE, reason=f"bad JSON: {exc}")


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
    inter2 = _int(row.get("inter2"))
    event = GoldEvent(
        label=row["event_type"].strip(),
        event_types=types,
        sub_event_types=subs,
        actor1=tuple(a for a in [(row.get("actor1") or "").strip()] if a),
        actor2=tuple(a for a in [(row.get("actor2") or "").strip()] if a),
        inter1=_int(row.get("inter1")),
        inter2=inter2,
        date_low=date,
        date_high=date,
        country=_text_or_none(row.get("country")),
        admin1=_text_or_none(row.get("admin1")),
        location=_text_or_none(row.get("location")),
        latitude=_float(row.get("latitude")),
        longitude=_float(row.get("longitude")),
        geo_precisions=tuple(p for p in [_int(row.get("geo_precision"))] if p),
        fatalities_low=_int(row.get("fatalities")),
        fatalities_high=_int(row.get("fatalities")),
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

    yield from _group_by_text(rows())


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
    gname = _text_or_none(row.get("gname"))
    # GTD writes -99 for "unknown".
    nkill, nwound = (v if v is not None and v >= 0 else None for v in (_int(row.get("nkill")), _int(row.get("nwound"))))
    event = GoldEvent(
        label=attack or "Unknown",
        event_types=mapping.event_types if mapping else (),
        sub_event_types=mapping.sub_event_types if mapping else (),
        perpetrators=perpetrator_aliases(gname) if gname else (),
        date_low=date,
        date_high=date,
        country=_text_or_none(row.get("country_txt")),
        admin1=_text_or_none(row.get("provstate")),
        location=_text_or_none(row.get("city")),
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
        for lineno, row in _read_jsonl(path):
            source = f"{path}:{lineno}"
            if isinstance(row, Rejected):
                yield row
                continue
            try:
                yield _gtd_row(row, source)
            except (InputError, ValueError) as exc:
                yield Rejected(source=source, stage=STAGE, reason=str(exc))

    yield from _group_by_text(rows())


# --- MUC-4 -------------------------------------------------------------------------------------


def _muc_date(text: str) -> dt.date | None:
    match = _MUC_DATE.search(text.upper())
    if not match or match.group(2) not in _MONTHS:
        return None
    day, month, year = int(match.group(1)), _MONTHS[match.group(2)], int(match.group(3))
    try:
        return dt.date(1900 + year if year >= 50 else 2000 + year, month, day)
    except ValueError:
        return None


def muc_date_range(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """``"30 DEC 89"``, ``"- 08 JAN 90"`` (on or before) or ``"08 JAN 90 - 09 JAN 90"`` -> (low, high)."""
    if not value:
        return None, None
    value = value.split("/")[0].strip()
    if "-" in value:
        left, _, right = value.partition("-")
        high = _muc_date(right)
        low = _muc_date(left) if left.strip() else (high - dt.timedelta(days=MUC_OPEN_DATE_DAYS) if high else None)
        return low, high
    date = _muc_date(value)
    return date, date


def muc_location(value: str | None) -> tuple[str | None, str | None, str | None]:
    """``"COLOMBIA: BOLIVAR (DEPARTMENT): ACHI (TOWN)"`` -> (country, admin1, location)."""
    if not value:
        return None, None, None
    parts = [p.strip() for p in value.split("/")[0].split(":") if p.strip()]
    country = parts[0] if parts else None
    admin1 = location = None
    for part in parts[1:]:
        name = re.sub(r"\s*\([^)]*\)", "", part).split(" - ")[0].strip()
        if re.search(r"\((DEPARTMENT|PROVINCE|STATE|REGION)\)", part) and admin1 is None:
            admin1 = name
        elif location is None:
            location = name
    return country, admin1, location


def _muc_event(template: dict[str, Any]) -> GoldEvent:
    kinds = [k.strip() for k in str(template.get("incident_type") or "").split("/") if k.strip()]
    mappings = [m for m in (type_mapping("muc4_incident_types", k) for k in kinds) if m]
    low, high = muc_date_range(template.get("incident_date"))
    country, admin1, location = muc_location(template.get("incident_location"))

    def count(key: str) -> tuple[int | None, int | None]:
        value = template.get(key)
        if not value or value.get("has_unquantified_victims"):
            return None, None
        return _int(value.get("min")), _int(value.get("max"))

    killed, injured = count("killed"), count("injured")
    # The MUC-4 keys carry stray quoting ("\\", leading blanks); keep real names only.
    names = [n.strip(' \\"') for group in template.get("perp_organization") or [] for n in group]
    names = [n for n in dict.fromkeys(names) if re.search(r"\w", n)]
    return GoldEvent(
        label=" / ".join(kinds) or "UNKNOWN",
        event_types=tuple(dict.fromkeys(t for m in mappings for t in m.event_types)),
        sub_event_types=tuple(dict.fromkeys(s for m in mappings for s in m.sub_event_types))
        if all(m.sub_event_types for m in mappings)
        else (),
        perpetrators=tuple(names),
        date_low=low,
        date_high=high,
        country=country,
        admin1=admin1,
        location=location,
        fatalities_low=killed[0],
        fatalities_high=killed[1],
        injured_low=injured[0],
        injured_high=injured[1],
        # ACLED codes events that happened; a threat is not one.
        optional="THREATENED" in str(template.get("incident_stage") or ""),
    )


def _muc_paths(path: Path, templates: str | Path | None) -> tuple[Path, Path]:
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        docs = [f for f in files if "template" not in f.name]
        temps = [f for f in files if "template" in f.name]
        if not docs or not temps:
            raise InputError(f"{path}: expected a documents .jsonl and a templates .jsonl")
        return docs[0], Path(templates) if templates else temps[0]
    if templates:
        return path, Path(templates)
    sibling = sorted(p for p in path.parent.glob("*template*.jsonl") if p != path)
    if not sibling:
        raise InputError(f"{path}: no templates file next to it; pass templates=")
    return path, sibling[0]


def load_muc4(path: str | Path, *, templates: str | Path | None = None) -> Iterator[Loaded]:
    """MUC-4 documents (JSON lines with ``id``, ``dateline``, ``text``) and their flat templates.

    A document without a template is a negative example: it reports no terrorist incident.
    """
    docs_path, templates_path = _muc_paths(Path(path), templates)
    by_doc: dict[str, list[GoldEvent]] = {}
    for lineno, row in _read_jsonl(templates_path):
        if isinstance(row, Rejected):
            yield row
            continue
        by_doc.setdefault(str(row.get("id")), []).append(_muc_event(row))
    for lineno, row in _read_jsonl(docs_path):
        if isinstance(row, Rejected):
            yield row
            continue
        source = f"{docs_path}:{lineno}"
        text = str(row.get("text") or "").strip()
        if not text:
            yield Rejected(source=source, stage=STAGE, reason="empty text")
            continue
        doc_id = str(row.get("id") or content_id(text))
        dateline = str(row.get("dateline") or "")
        document = Document(id=f"muc4-{doc_id}", text=text, published=_muc_date(dateline), source=source,
                            dateline=dateline.split(",")[0].strip() or None)
        events = by_doc.get(doc_id, [])
        yield GoldDocument(document=document, events=events, max_extra_events=None if events else 0)


# --- labelled snippets: SATP, CASE 2021, IndiaPoliceEvents -----------------------------------------


def load_satp(path: str | Path) -> Iterator[Loaded]:
    """SATP narratives with multi-hot labels (armed_assault, bombing_explosion, kidnapping, other)."""
    path = Path(path)
    for lineno, row in _read_jsonl(path):
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
    for lineno, row in _read_jsonl(path):
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
    for lineno, row in _read_jsonl(path):
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



# --- full news reports: GVDB and GVA ----------------------------------------------------------------

US = "United States"
# GVA incident "frames" that mark accidental shootings: not conflict events, left out of the first-report scores.
_GVA_ACCIDENTAL = "accidental_"


def _report_document(record: dict[str, Any], *, source: str) -> Document:
    """A scraped report read exactly as a user's JSONL line would be: cleaned, edges read, nothing else."""
    from eventsift.documents.formats import document_from_record
    from eventsift.documents.settings import ReadSettings

    return document_from_record(record, source=source, settings=ReadSettings(detect_language=False))


# GVDB's state answers that label no state: the worker could not tell, or the shooting was abroad. Such an
# article is not labelled for the state (nor, abroad, for the country).
_NO_STATE = frozenset({"unclear", "outside the usa"})


def _us_place(state: Any, city: Any) -> dict[str, Any]:
    text = _text_or_none(state)
    if text and text.lower() in _NO_STATE:
        country = None if text.lower() == "outside the usa" else US
        return {"country": country, "admin1": None, "location": _text_or_none(city) if country else None}
    return {"country": US, "admin1": text, "location": _text_or_none(city)}


def _incident_event(*, killed: Any, injured: Any, date: dt.date | None, state: Any, city: Any) -> GoldEvent:
    k, i = _int(killed), _int(injured)
    return GoldEvent(label="shooting", date_low=date, date_high=date, fatalities_low=k, fatalities_high=k,
                     injured_low=i, injured_high=i, **_us_place(state, city))


def load_gvdb(path: str | Path) -> Iterator[Loaded]:
    """Gun Violence Database: US local-news articles, each coded by one crowd worker for its main shooting.

    The text goes through the same reader as a JSONL line (no publication date: the articles carry none).
    Each gold event is the report's primary incident (``GoldDocument.primary_incident``).
    """
    path = Path(path)
    for lineno, row in _read_jsonl(path):
        source = f"{path}:{lineno}"
        if isinstance(row, Rejected):
            yield row
            continue
        gold = row.get("gold") or {}
        try:
            document = _report_document({"id": f"gvdb-{row.get('id', lineno)}", "text": row.get("text"),
                                         "title": row.get("title"), "url": row.get("url")}, source=source)
            date = _loose_iso_date(gold.get("date"))
        except (InputError, ValueError) as exc:
            yield Rejected(source=source, stage=STAGE, reason=str(exc))
            continue
        event = _incident_event(killed=gold.get("killed"), injured=gold.get("injured"), date=date,
                                state=gold.get("state"), city=gold.get("city"))
        yield GoldDocument(document=document, events=[event], primary_incident=True)


def _loose_iso_date(value: Any) -> dt.date | None:
    """``2015-08-23`` or ``2015-8-23``."""
    if not value:
        return None
    year, month, day = (int(part) for part in str(value).strip()[:10].split("-"))
    return dt.date(year, month, day)


def _gva_files(path: Path) -> tuple[Path, Path]:
    folder = path if path.is_dir() else path.parent
    return folder / "incidents.jsonl", folder / "articles.jsonl"


def _gva_incidents(path: Path) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]] | Rejected]:
    """Each GVA incident with its reports, earliest report first (report date, then GVA's own order)."""
    incidents_path, articles_path = _gva_files(path)
    reports: dict[str, dict[str, Any]] = {}
    for lineno, row in _read_jsonl(articles_path):
        if isinstance(row, Rejected):
            yield row
            continue
        row["_source"] = f"{articles_path}:{lineno}"
        reports[str(row.get("doc_id"))] = row
    for lineno, row in _read_jsonl(incidents_path):
        if isinstance(row, Rejected):
            yield row
            continue
        ids = [str(d) for d in row.get("doc_ids") or []]
        found = [reports[d] for d in ids if d in reports]
        found.sort(key=lambda r: (str(r.get("dct") or "9999"), ids.index(str(r.get("doc_id")))))
        yield row, found


def _gva_date(value: Any) -> dt.date | None:
    try:
        return dt.datetime.strptime(str(value).strip(), "%B %d, %Y").date()
    except ValueError:
        return None


def gva_report_documents(path: str | Path, *, first_only: bool, skip_accidental: bool) -> Iterator[Loaded]:
    """GVA reports as gold documents, each scored against its incident (``incident_id`` in the document id)."""
    for item in _gva_incidents(Path(path)):
        if isinstance(item, Rejected):
            yield item
            continue
        incident, reports = item
        if skip_accidental and any(str(f).startswith(_GVA_ACCIDENTAL) for f in incident.get("frames") or []):
            continue
        event = _incident_event(killed=incident.get("num_killed"), injured=incident.get("num_injured"),
                                date=_gva_date(incident.get("date")), state=incident.get("state"),
                                city=incident.get("city_or_county"))
        for report in reports[:1] if first_only else reports:
            source = report["_source"]
            record = {"id": f"gva-{incident.get('incident_id')}-{report.get('doc_id')}", "text": report.get("text"),
                      "title": report.get("title"), "url": report.get("uri"), "published": report.get("dct")}
            try:
                document = _report_document(record, source=source)
            except InputError as exc:
                yield Rejected(source=source, stage=STAGE, reason=str(exc))
                continue
            yield GoldDocument(document=document, events=[event], primary_incident=True)


def load_gva(path: str | Path) -> Iterator[Loaded]:
    """Gun Violence Archive 2013-2015: each incident's first report (accidental shootings left out)."""
    return gva_report_documents(path, first_only=True, skip_accidental=True)


def load_gva_all(path: str | Path) -> Iterator[Loaded]:
    """Every GVA report, accidental shootings included, each scored against its incident."""
    return gva_report_documents(path, first_only=False, skip_accidental=False)

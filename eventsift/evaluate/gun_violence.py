"""Full US news reports of shootings: the Gun Violence Database (one crowd-coded main shooting per article) and
the Gun Violence Archive 2013-2015 (incidents with every report about them). Each report is read as a user's
JSONL line would be, and scored against its primary incident."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventsift.errors import InputError
from eventsift.evaluate.gold import GoldDocument, GoldEvent
from eventsift.evaluate.rows import STAGE, Loaded, int_or_none, read_jsonl, text_or_none
from eventsift.records import Document, Rejected

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
    text = text_or_none(state)
    if text and text.lower() in _NO_STATE:
        country = None if text.lower() == "outside the usa" else US
        return {"country": country, "admin1": None, "location": text_or_none(city) if country else None}
    return {"country": US, "admin1": text, "location": text_or_none(city)}


# The ACLED event types a shooting is coded as (an attack, a shootout, a riot's gunfire): they guide which of a
# report's events is its shooting (not the arrest or the vigil told beside it), and are not scored, as neither set
# codes a type.
_SHOOTING_TYPES = ("Violence against civilians", "Battles", "Riots", "Explosions/Remote violence")


def _incident_event(*, killed: Any, injured: Any, date: dt.date | None, state: Any, city: Any) -> GoldEvent:
    k, i = int_or_none(killed), int_or_none(injured)
    return GoldEvent(label="shooting", date_low=date, date_high=date, fatalities_low=k, fatalities_high=k,
                     injured_low=i, injured_high=i, event_types=_SHOOTING_TYPES, types_from_crosswalk=True,
                     **_us_place(state, city))


def load_gvdb(path: str | Path) -> Iterator[Loaded]:
    """Gun Violence Database: US local-news articles, each coded by one crowd worker for its main shooting.

    The text goes through the same reader as a JSONL line (no publication date: the articles carry none).
    Each gold event is the report's primary incident (``GoldDocument.primary_incident``).
    """
    path = Path(path)
    for lineno, row in read_jsonl(path):
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
    for lineno, row in read_jsonl(articles_path):
        if isinstance(row, Rejected):
            yield row
            continue
        row["_source"] = f"{articles_path}:{lineno}"
        reports[str(row.get("doc_id"))] = row
    for lineno, row in read_jsonl(incidents_path):
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

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
in ``mappings.json`` beside this module.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from eventsift.errors import EventsiftError
from eventsift.ontology import typology
from eventsift.ontology.actor_rules import recode
from eventsift.records import EVENT_FIELDS, Event, content_id

log = logging.getLogger(__name__)

MAPPINGS: dict[str, Any] = json.loads(resources.files("eventsift").joinpath("export/mappings.json").read_text("utf-8"))
# Sentences of evidence joined into ACLED's notes / GTD's summary: ACLED notes run 1-5 sentences.
NOTES_MAX_SENTENCES = 3

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_name", "dyad_name",
    "side_a", "side_b", "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "country", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low",
)
GTD_COLUMNS = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "region_txt", "provstate", "city",
    "latitude", "longitude", "specificity", "summary", "success", "suicide", "attacktype1_txt", "targtype1_txt",
    "gname", "weaptype1_txt", "nkill", "nwound", "ishostkid", "nhostkid", "scite1", "dbsource",
)
EXTENSIONS = {"acled": ".csv", "ucdp": ".csv", "gtd": ".csv", "geojson": ".geojson", "jsonl": ".jsonl", "parquet": ".parquet"}
FORMATS = tuple(EXTENSIONS)


class ExportError(EventsiftError):
    """An export cannot be written (unknown format, refused output path)."""


# Digits of the number in ACLED's event_id_cnty ("PAK" + number): 12 digits of the export id's hash keep
# two events of one country apart (a clash is below 1 in 200 at 100,000 events of one country).
EVENT_NUMBER_DIGITS = 12


# -- ids -------------------------------------------------------------------------------------
def report_keys(event: Event) -> list[tuple[str, int, int]]:
    """(document id, start, end) of each report's trigger (its event_type evidence), sorted."""
    return sorted({(ev.document_id, ev.start, ev.end) for ev in event.evidence if ev.field == "event_type"})


def export_id(event: Event) -> str:
    """The event's id in exports: a hash of the triggers of the reports it merges, independent of the order
    they were ingested in (the store's own id is its first report's). Without trigger evidence, the
    store's id (itself a hash of its first report's document and trigger)."""
    keys = report_keys(event)
    if not keys:
        return event.event_id
    return content_id(*(f"{doc}:{start}:{end}" for doc, start, end in keys), prefix="ev-")


def event_number(event: Event) -> int:
    """A number for ACLED's event_id_cnty, derived from ``export_id``."""
    digest = content_id(export_id(event), length=16)
    return int(digest, 16) % 10**EVENT_NUMBER_DIGITS


def acled_event_id(event: Event) -> str:
    """ACLED's event_id_cnty: the ISO 3166 alpha-3 code and a number stable for the event ("PAK48213...")."""
    _, iso3 = _country_codes(event.country)
    return f"{iso3 or 'XXX'}{event_number(event)}"


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


# -- helpers ---------------------------------------------------------------------------------
@lru_cache(maxsize=512)
def _country_codes(country: str | None) -> tuple[str, str]:
    """(ISO 3166 numeric, alpha-3) for a country name, or empty strings."""
    if not country:
        return "", ""
    import pycountry

    try:
        found = pycountry.countries.lookup(country)
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(country)[0]
        except LookupError:
            return "", ""
    return str(int(found.numeric)), found.alpha_3


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {iso3: region for region, codes in MAPPINGS["acled_regions"].items() for iso3 in codes}


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _notes(event: Event) -> str:
    sentences: list[str] = []
    for ev in event.evidence:
        text = " ".join(ev.sentence.split())
        if text and text not in sentences:
            sentences.append(text)
        if len(sentences) == NOTES_MAX_SENTENCES:
            break
    return " ".join(sentences)


def _publishers(event: Event) -> str:
    names = [s.publisher for s in event.sources if s.publisher]
    return "; ".join(dict.fromkeys(names))


def _interaction(inter1: int | None, inter2: int | None) -> str:
    if inter1 is None:
        return ""
    if inter2 is None or inter2 == 0:
        return str(inter1 * 10)
    low, high = sorted((inter1, inter2))
    return str(low * 10 + high)


# -- row builders ----------------------------------------------------------------------------
def acled_row(event: Event, *, timestamp: int) -> dict[str, Any]:
    numeric, iso3 = _country_codes(event.country)
    record = typology().get(event.sub_event_type)
    disorder = record.disorder_type if record else ""
    time_precision = event.time_precision or MAPPINGS["acled_time_precision"].get(event.date_precision or "day", "")
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{event_number(event)}",
        "event_date": event.event_date.strftime(MAPPINGS["acled_date_format"]) if event.event_date else "",
        "year": event.event_date.year if event.event_date else "",
        "time_precision": time_precision,
        "disorder_type": disorder,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": _blank(event.actor1),
        "assoc_actor_1": _blank(event.assoc_actor_1),
        "inter1": _blank(event.inter1),
        "actor2": _blank(event.actor2),
        "assoc_actor_2": _blank(event.assoc_actor_2),
        "inter2": event.inter2 if event.inter2 is not None else 0,
        "interaction": _interaction(event.inter1, event.inter2),
        "civilian_targeting": "Civilian targeting" if event.inter2 == 7 else "",
        "iso": numeric,
        "region": _regions().get(iso3, ""),
        "country": _blank(event.country),
        "admin1": _blank(event.admin1),
        "admin2": _blank(event.admin2),
        "admin3": "",
        "location": _blank(event.location),
        "latitude": _blank(event.latitude),
        "longitude": _blank(event.longitude),
        "geo_precision": _blank(event.geo_precision),
        "source": _publishers(event),
        "source_scale": "",
        "notes": _notes(event),
        "fatalities": event.fatalities or 0,
        "tags": "" if event.certainty == "confirmed" else f"certainty={event.certainty}",
        "timestamp": timestamp,
    }


def ucdp_type_of_violence(event: Event) -> int:
    rules = MAPPINGS["ucdp_type_of_violence"]
    record = typology().get(event.sub_event_type)
    if event.inter2 in rules["civilian_inter"] or (record is not None and record.ucdp_violence == "one-sided"):
        return 3
    if event.inter1 in rules["state_inter"] or event.inter2 in rules["state_inter"]:
        return 1
    return 2


def ucdp_row(event: Event, **_: Any) -> dict[str, Any]:
    date = event.event_date.isoformat() if event.event_date else ""
    kind = ucdp_type_of_violence(event)
    best = event.fatalities or 0
    has_point = event.latitude is not None and event.longitude is not None
    first = event.sources[0] if event.sources else None
    _, iso3 = _country_codes(event.country)
    return {
        "id": event.event_id, "relid": event.event_id, "year": event.event_date.year if event.event_date else "",
        "active_year": "", "code_status": "", "type_of_violence": kind, "conflict_name": "",
        "dyad_name": " - ".join(a for a in (event.actor1, event.actor2) if a),
        "side_a": _blank(event.actor1), "side_b": _blank(event.actor2), "number_of_sources": len(event.sources),
        "source_article": "; ".join(f"{s.publisher or s.url or s.document_id}, {s.published or ''}".strip(", ") for s in event.sources),
        "source_office": _blank(first.publisher if first else None),
        "source_date": first.published.isoformat() if first and first.published else "",
        "source_headline": "",
        "where_prec": MAPPINGS["ucdp_where_prec"].get(str(event.geo_precision or 1), ""),
        "where_coordinates": _blank(event.location),
        "where_description": ", ".join(p for p in (event.location, event.admin2, event.admin1) if p),
        "adm_1": _blank(event.admin1), "adm_2": _blank(event.admin2),
        "latitude": _blank(event.latitude), "longitude": _blank(event.longitude),
        "geom_wkt": f"POINT ({event.longitude} {event.latitude})" if has_point else "",
        "country": _blank(event.country), "region": _regions().get(iso3, ""), "event_clarity": 1,
        "date_prec": MAPPINGS["ucdp_date_prec"].get(event.date_precision or "day", ""),
        "date_start": date, "date_end": event.date_end.isoformat() if event.date_end else date,
        "deaths_a": "", "deaths_b": "", "deaths_civilians": best if kind == 3 else "",
        "deaths_unknown": "" if kind == 3 else best, "best": best,
        "high": event.fatalities_high if event.fatalities_high is not None else best,
        "low": event.fatalities_low if event.fatalities_low is not None else best,
    }


def gtd_date(event: Event) -> tuple[int | str, int, int]:
    """(iyear, imonth, iday) as GTD codes them: 0 for a month or day that is not known."""
    date = event.event_date
    if date is None:
        return "", 0, 0
    precision = event.date_precision or "day"
    known = MAPPINGS["gtd_known_date_parts"].get(precision, [])
    return date.year, date.month if "month" in known else 0, date.day if "day" in known else 0


def gtd_row(event: Event, *, sequence: int, **_: Any) -> dict[str, Any]:
    date = event.event_date
    published = event.sources[0] if event.sources else None
    summary = _notes(event)
    if date and summary:
        summary = f"{date.strftime('%m/%d/%Y')}: {summary}"
    _, iso3 = _country_codes(event.country)
    record = typology().get(event.sub_event_type)
    year, month, day = gtd_date(event)
    return {
        "eventid": f"{year or 0:04d}{month:02d}{day:02d}{sequence:04d}",
        "iyear": year, "imonth": month, "iday": day,
        "approxdate": "" if (event.date_precision or "day") == "day" else (date.isoformat() if date else ""),
        "extended": 0, "country_txt": _blank(event.country), "region_txt": _regions().get(iso3, ""),
        "provstate": _blank(event.admin1), "city": _blank(event.location),
        "latitude": _blank(event.latitude), "longitude": _blank(event.longitude),
        "specificity": _blank(event.geo_precision), "summary": summary, "success": 1,
        "suicide": 1 if event.sub_event_type == "Suicide bomb" else 0,
        "attacktype1_txt": event.gtd_attack_type or (record.gtd_attack_type if record else None) or "Unknown",
        "targtype1_txt": MAPPINGS["gtd_target_type_by_inter"].get(str(event.inter2), "Unknown"),
        "gname": event.actor1 if event.actor1 else "Unknown",
        "weaptype1_txt": (record.gtd_weapon_type if record else None) or "Unknown",
        "nkill": _blank(event.fatalities), "nwound": _blank(event.injured),
        "ishostkid": 1 if event.abducted else 0, "nhostkid": _blank(event.abducted),
        "scite1": _blank(published.url if published else None), "dbsource": "eventsift",
    }


# -- writers ---------------------------------------------------------------------------------
def _write_csv(events: Sequence[Event], stream: IO[str], columns: Sequence[str], row: Callable[..., dict[str, Any]]) -> None:
    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    timestamp = int(dt.datetime.now(dt.timezone.utc).timestamp())
    per_day: dict[str, int] = {}
    for event in events:  # in prepare()'s order (date, then export id): the day's sequence numbers are stable too
        day = event.event_date.isoformat() if event.event_date else ""
        per_day[day] = per_day.get(day, 0) + 1
        writer.writerow(row(event, timestamp=timestamp, sequence=per_day[day]))


def _acled(events: Sequence[Event], stream: IO[str]) -> None:
    _write_csv(events, stream, ACLED_COLUMNS, lambda e, timestamp, sequence: acled_row(e, timestamp=timestamp))


def _ucdp(events: Sequence[Event], stream: IO[str]) -> None:
    _write_csv(events, stream, UCDP_COLUMNS, ucdp_row)


def _gtd(events: Sequence[Event], stream: IO[str]) -> None:
    _write_csv(events, stream, GTD_COLUMNS, gtd_row)


def _jsonl(events: Sequence[Event], stream: IO[str]) -> None:
    for event in events:
        stream.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")


def geojson_feature(event: Event) -> dict[str, Any]:
    has_point = event.latitude is not None and event.longitude is not None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]} if has_point else None,
        "properties": event.as_dict(),
    }


def _geojson(events: Sequence[Event], stream: IO[str]) -> None:
    json.dump({"type": "FeatureCollection", "features": [geojson_feature(e) for e in events]}, stream, ensure_ascii=False)
    stream.write("\n")


def parquet_schema():  # noqa: ANN201
    import pyarrow as pa

    ints = {"inter1", "inter2", "time_precision", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
            "injured", "abducted", "arrested"}
    types: dict[str, Any] = {name: pa.string() for name in EVENT_FIELDS}
    types.update({name: pa.int32() for name in ints})
    types.update({"geonameid": pa.int64(), "latitude": pa.float64(), "longitude": pa.float64(),
                  "event_date": pa.date32(), "date_end": pa.date32(), "historical": pa.bool_()})
    types["evidence"] = pa.list_(pa.struct([("document_id", pa.string()), ("field", pa.string()), ("sentence", pa.string()),
                                            ("start", pa.int32()), ("end", pa.int32())]))
    types["sources"] = pa.list_(pa.struct([("document_id", pa.string()), ("url", pa.string()), ("publisher", pa.string()),
                                           ("published", pa.date32())]))
    return pa.schema([(name, types[name]) for name in EVENT_FIELDS])


def _parquet(events: Sequence[Event], stream: IO[bytes]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for event in events:
        row = {name: getattr(event, name) for name in EVENT_FIELDS}
        row["evidence"] = [e.as_dict() for e in event.evidence]
        row["sources"] = [{"document_id": s.document_id, "url": s.url, "publisher": s.publisher, "published": s.published}
                          for s in event.sources]
        rows.append(row)
    pq.write_table(pa.Table.from_pylist(rows, schema=parquet_schema()), stream)


WRITERS: dict[str, Callable[[Sequence[Event], Any], None]] = {
    "acled": _acled, "ucdp": _ucdp, "gtd": _gtd, "geojson": _geojson, "jsonl": _jsonl, "parquet": _parquet,
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

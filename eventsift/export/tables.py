"""The conflict datasets' own tables as CSV: ACLED's columns and spellings, UCDP GED's (best/low/high,
where_prec, date_prec) and GTD's (nkill, nwound, nhostkid, attacktype1_txt), one row builder each."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from typing import IO, Any

from eventsift.export.ids import event_number
from eventsift.export.mappings import MAPPINGS, country_codes, regions
from eventsift.ontology import typology
from eventsift.records import Event

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
    numeric, iso3 = country_codes(event.country)
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
        "region": regions().get(iso3, ""),
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
    _, iso3 = country_codes(event.country)
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
        "country": _blank(event.country), "region": regions().get(iso3, ""), "event_clarity": 1,
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
    _, iso3 = country_codes(event.country)
    record = typology().get(event.sub_event_type)
    year, month, day = gtd_date(event)
    return {
        "eventid": f"{year or 0:04d}{month:02d}{day:02d}{sequence:04d}",
        "iyear": year, "imonth": month, "iday": day,
        "approxdate": "" if (event.date_precision or "day") == "day" else (date.isoformat() if date else ""),
        "extended": 0, "country_txt": _blank(event.country), "region_txt": regions().get(iso3, ""),
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


def write_acled(events: Sequence[Event], stream: IO[str]) -> None:
    _write_csv(events, stream, ACLED_COLUMNS, lambda e, timestamp, sequence: acled_row(e, timestamp=timestamp))


def write_ucdp(events: Sequence[Event], stream: IO[str]) -> None:
    _write_csv(events, stream, UCDP_COLUMNS, ucdp_row)


def write_gtd(events: Sequence[Event], stream: IO[str]) -> None:
    _write_csv(events, stream, GTD_COLUMNS, gtd_row)

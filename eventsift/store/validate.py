"""One validator for analysts' corrections: the CLI (`events edit`), the API (PATCH) and the store all use it.

    changes = complete(changes)                  # a sub-event type brings its event type along
    check_event(values, changed=changes.keys())  # raises CorrectionError naming each field that is wrong

``values`` is the event as it would be after the change (its stored fields with the changes on top).
The rules:

- ``event_type`` and ``sub_event_type`` come from ACLED's typology (``ontology/typology.tsv``) and agree;
- ``latitude`` / ``longitude`` are in range, set together, and where the gazetteer can tell, in (or near)
  the event's ``country``;
- counts are >= 0 and ``fatalities_low <= fatalities <= fatalities_high``;
- ``date_end`` is not before ``event_date`` and neither lies in the future; codes are in their ranges.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from eventsift.errors import StoreError

COUNT_FIELDS = ("fatalities", "fatalities_low", "fatalities_high", "injured", "abducted", "arrested")
CERTAINTIES = ("confirmed", "reported", "claimed", "unconfirmed", "denied")
DATE_PRECISIONS = ("day", "week", "month", "year")
# Allowed ranges of the coded integers (ACLED: inter1 1-8, inter2 0-8 where 0 is "no second actor",
# geo_precision and time_precision 1-3).
CODE_RANGES = {"inter1": (1, 8), "inter2": (0, 8), "geo_precision": (1, 3), "time_precision": (1, 3)}
# A point inside a country lies within this distance of one of the country's gazetteer places (towns of
# 500+ people, district and province centres) except in the emptiest deserts; coordinates farther than
# this from every place of the event's country, and nearer another country's places, are elsewhere.
MAX_KM_FROM_COUNTRY = 150.0
# Dates a day ahead are allowed: a report's local date can be ahead of the machine's UTC date.
FUTURE_SLACK_DAYS = 1
EARTH_KM_PER_DEGREE = 111.2
# Fields checked together: a change to one of a group re-checks the others.
FIELD_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"event_type", "sub_event_type"}),
    frozenset({"latitude", "longitude", "country"}),
    frozenset({"fatalities", "fatalities_low", "fatalities_high"}),
    frozenset({"event_date", "date_end", "date_precision"}),
)


class CorrectionError(StoreError):
    """A correction the event's rules refuse; ``problems`` holds (field, reason) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{name}: {reason}" for name, reason in problems))

    @property
    def fields(self) -> list[str]:
        return [name for name, _ in self.problems]


class CountryLocator(Protocol):
    """Tells whether coordinates can belong to a country; None when it cannot tell."""

    def distances_km(self, country: str, latitude: float, longitude: float) -> tuple[float, float] | None:
        """(km to the nearest place of ``country``, km to the nearest place of any other country)."""
        ...


@dataclass(slots=True, kw_only=True, frozen=True)
class PlacePoint:
    country_code: str
    latitude: float
    longitude: float


class InMemoryLocator:
    """A locator over a few places (for tests and callers without a gazetteer index)."""

    def __init__(self, places: Iterable[PlacePoint], *, codes: Mapping[str, str]) -> None:
        self.places = list(places)
        self.codes = {name.lower(): code for name, code in codes.items()}

    def distances_km(self, country: str, latitude: float, longitude: float) -> tuple[float, float] | None:
        code = self.codes.get(country.strip().lower())
        if code is None:
            return None
        own = [_km(latitude, longitude, p.latitude, p.longitude) for p in self.places if p.country_code == code]
        other = [_km(latitude, longitude, p.latitude, p.longitude) for p in self.places if p.country_code != code]
        if not own:
            return None
        return min(own), min(other, default=math.inf)


class GazetteerLocator:
    """The locator over the gazetteer index (read only); it cannot tell when the index is not built."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            from eventsift.geo.build import default_index_path

            path = default_index_path()
        self.path = Path(path)

    def distances_km(self, country: str, latitude: float, longitude: float) -> tuple[float, float] | None:
        if not self.path.is_file():
            return None
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        except sqlite3.Error:
            return None
        try:
            code = _country_code(conn, country)
            if code is None:
                return None
            scale = math.cos(math.radians(latitude)) ** 2  # longitude degrees shrink with latitude
            nearest = ("SELECT MIN((latitude - :lat) * (latitude - :lat) + (longitude - :lon) * (longitude - :lon) * :k) "
                       "FROM places WHERE country_code {op} :code")
            params = {"lat": latitude, "lon": longitude, "k": scale, "code": code}
            own = conn.execute(nearest.format(op="="), params).fetchone()[0]
            other = conn.execute(nearest.format(op="!="), params).fetchone()[0]
        except sqlite3.Error:
            return None
        finally:
            conn.close()
        if own is None:
            return None
        return math.sqrt(own) * EARTH_KM_PER_DEGREE, (math.inf if other is None else math.sqrt(other) * EARTH_KM_PER_DEGREE)


def _country_code(conn: sqlite3.Connection, country: str) -> str | None:
    row = conn.execute("SELECT code FROM countries WHERE lower(name) = lower(?) OR code = upper(?)", (country.strip(), country.strip())).fetchone()
    if row:
        return row[0]
    return _pycountry_alpha2(country.strip())


@lru_cache(maxsize=512)
def _pycountry_alpha2(country: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(country).alpha_2
    except LookupError:
        return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    scale = math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(lat1 - lat2, (lon1 - lon2) * scale) * EARTH_KM_PER_DEGREE


def complete(changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changes with what they imply: a new sub-event type sets its event type (kept in the change log too)."""
    from eventsift.ontology import typology

    out = dict(changes)
    sub = out.get("sub_event_type")
    if isinstance(sub, str) and "event_type" not in out and sub in typology():
        out["event_type"] = typology()[sub].event_type
    return out


def check_event(values: Mapping[str, Any], *, changed: Iterable[str] | None = None,
                locator: CountryLocator | None = None, today: Callable[[], dt.date] = dt.date.today) -> None:
    """Raise CorrectionError naming every field of ``values`` that breaks a rule.

    ``changed`` (default: every field) limits the problems reported to the fields changed and the fields
    checked with them (a sub-event type with its event type, coordinates with the country, the toll with
    its range, the dates together): a value the coder stored is not this correction's fault.
    """
    changed = set(values if changed is None else changed)
    problems: list[tuple[str, str]] = []
    problems += _typology_problems(values)
    problems += _coordinate_problems(values)
    if not any(name in ("latitude", "longitude") for name, _ in problems) and changed & {"latitude", "longitude", "country"}:
        problems += _country_problems(values, locator or GazetteerLocator())
    problems += _count_problems(values)
    problems += _date_problems(values, today=today())
    problems += _code_problems(values)
    problems = [(name, reason) for name, reason in problems if _group(name) & changed]
    if problems:
        raise CorrectionError(problems)


def _group(name: str) -> frozenset[str]:
    return next((group for group in FIELD_GROUPS if name in group), frozenset({name}))


def _typology_problems(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    from eventsift.ontology import event_types, typology

    out: list[tuple[str, str]] = []
    kind, sub = values.get("event_type"), values.get("sub_event_type")
    if kind not in event_types():
        out.append(("event_type", f"{kind!r} is not an ACLED event type; one of: {', '.join(event_types())}"))
    if sub not in typology():
        subs = [s for s, record in typology().items() if record.event_type == kind] or list(typology())
        out.append(("sub_event_type", f"{sub!r} is not an ACLED sub-event type; for {kind} one of: {', '.join(subs)}"))
    elif kind in event_types() and typology()[sub].event_type != kind:
        out.append(("sub_event_type", f"{sub!r} is a sub-event type of {typology()[sub].event_type!r}, not of {kind!r} "
                                      "(set event_type too, or only sub_event_type)"))
    return out


def _coordinate_problems(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    lat, lon = values.get("latitude"), values.get("longitude")
    for name, value, limit in (("latitude", lat, 90.0), ("longitude", lon, 180.0)):
        if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value) and -limit <= value <= limit):
            out.append((name, f"{value} is out of range (-{limit:g} to {limit:g})"))
    if (lat is None) != (lon is None):
        out.append(("latitude" if lat is None else "longitude", "latitude and longitude are set together (or both cleared)"))
    return out


def _country_problems(values: Mapping[str, Any], locator: CountryLocator) -> list[tuple[str, str]]:
    lat, lon, country = values.get("latitude"), values.get("longitude"), values.get("country")
    if lat is None or lon is None or not country:
        return []
    found = locator.distances_km(str(country), float(lat), float(lon))
    if found is None:
        return []  # the gazetteer cannot tell (unknown country, no places of it, no index)
    own, other = found
    if own > MAX_KM_FROM_COUNTRY and other < own:
        return [("latitude", f"({lat}, {lon}) is {own:.0f} km from the nearest place in {country} and nearer another "
                             "country: check latitude, longitude and country")]
    return []


def _count_problems(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in COUNT_FIELDS:
        value = values.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            out.append((name, f"{value} is not a count (a whole number >= 0)"))
    low, best, high = (values.get(n) for n in ("fatalities_low", "fatalities", "fatalities_high"))
    if not out:
        if low is not None and best is not None and low > best:
            out.append(("fatalities_low", f"{low} is above fatalities {best} (low <= best <= high)"))
        if high is not None and best is not None and best > high:
            out.append(("fatalities_high", f"{high} is below fatalities {best} (low <= best <= high)"))
        if low is not None and high is not None and low > high:
            out.append(("fatalities_low", f"{low} is above fatalities_high {high}"))
    return out


def _date_problems(values: Mapping[str, Any], *, today: dt.date) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    start, end = values.get("event_date"), values.get("date_end")
    latest = today + dt.timedelta(days=FUTURE_SLACK_DAYS)
    for name, value in (("event_date", start), ("date_end", end)):
        if value is None:
            continue
        if not isinstance(value, dt.date):
            out.append((name, f"{value!r} is not a date (YYYY-MM-DD)"))
        elif value > latest:
            out.append((name, f"{value.isoformat()} is in the future"))
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        out.append(("date_end", f"{end.isoformat()} is before event_date {start.isoformat()}"))
    precision = values.get("date_precision")
    if precision is not None and precision not in DATE_PRECISIONS:
        out.append(("date_precision", f"{precision!r} is not one of {', '.join(DATE_PRECISIONS)}"))
    return out


def _code_problems(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name, (low, high) in CODE_RANGES.items():
        value = values.get(name)
        if value is not None and not (isinstance(value, int) and low <= value <= high):
            out.append((name, f"{value} is not a code from {low} to {high}"))
    certainty = values.get("certainty")
    if certainty is not None and certainty not in CERTAINTIES:
        out.append(("certainty", f"{certainty!r} is not one of {', '.join(CERTAINTIES)}"))
    return out


__all__ = ["CorrectionError", "CountryLocator", "GazetteerLocator", "InMemoryLocator", "PlacePoint", "check_event", "complete"]

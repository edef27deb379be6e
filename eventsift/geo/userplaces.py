"""A user's own places and aliases: a small tab-separated file with a header line.

Columns (only ``name`` and ``country`` are required; ``#`` starts a comment line)::

    name  country  latitude  longitude  feature  admin1  admin2  population  aliases  same_as

- A row with coordinates is a new place (``feature`` city, admin2, admin1 or country; default city).
- A row with ``same_as`` and no coordinates is an alias: ``name`` becomes another spelling of the known place
  ``same_as`` in that country ("Pindi" same_as "Rawalpindi").
- ``country`` is an ISO code ("PK") or a country name ("Pakistan"); ``aliases`` are ``|`` separated.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from eventsift.errors import GazetteerError
from eventsift.geo.normalize import name_key
from eventsift.geo.sources import FEATURES, PlaceRow, read_tsv, split_aliases

log = logging.getLogger(__name__)


def country_code(value: str, country_names: dict[str, str]) -> str | None:
    """An ISO code from a code or a name ("PK", "Pakistan" -> "PK")."""
    if len(value) == 2 and value.upper() in country_names:
        return value.upper()
    wanted = name_key(value)
    for code, name in country_names.items():
        if name_key(name) == wanted:
            return code
    return None


def read_places_file(
    path: Path, *, country_names: dict[str, str], conn: sqlite3.Connection | None = None, lookup_db: str = ""
) -> Iterator[PlaceRow]:
    """PlaceRows from a user's places file; ``conn`` is used to find the targets of ``same_as`` aliases."""
    if not path.exists():
        raise GazetteerError(f"places file not found: {path}")
    for line_no, row in enumerate(read_tsv(path), start=2):
        name = row.get("name", "")
        code = country_code(row.get("country", ""), country_names)
        if not name or code is None:
            raise GazetteerError(f"{path}:{line_no}: each row needs a name and a known country")
        if row.get("same_as") and not row.get("latitude"):
            target = _known_place(conn, lookup_db, row["same_as"], code) if conn is not None else None
            if target is None:
                log.warning("%s:%d: %r not found in %s; alias %r skipped", path, line_no, row["same_as"], code, name)
                continue
            target.names = {name, *split_aliases(row.get("aliases", ""))}
            target.source = f"alias:{path.name}"
            yield target
            continue
        feature = row.get("feature") or "city"
        if feature not in FEATURES:
            raise GazetteerError(f"{path}:{line_no}: feature must be one of {', '.join(FEATURES)}")
        try:
            latitude, longitude = float(row["latitude"]), float(row["longitude"])
            population = int(row.get("population") or 0)
        except (KeyError, ValueError) as exc:
            raise GazetteerError(f"{path}:{line_no}: latitude/longitude must be numbers") from exc
        yield PlaceRow(
            name=name, country_code=code, feature=feature, latitude=latitude, longitude=longitude,
            admin1=row.get("admin1") or (name if feature == "admin1" else None),
            admin2=row.get("admin2") or (name if feature == "admin2" else None),
            population=population, names=set(split_aliases(row.get("aliases", ""))), source=f"user:{path.name}",
        )


def _known_place(conn: sqlite3.Connection, db: str, name: str, code: str) -> PlaceRow | None:
    prefix = f"{db}." if db else ""
    found = conn.execute(
        f"SELECT p.name, p.feature, p.latitude, p.longitude, p.admin1, p.admin2, p.geonameid, p.population"
        f" FROM {prefix}names n JOIN {prefix}places p ON p.id = n.place"
        " WHERE n.key = ? AND n.kind IN (0, 3) AND p.country_code = ? ORDER BY p.population DESC LIMIT 1",
        (name_key(name), code),
    ).fetchone()
    if found is None:
        return None
    pname, feature, lat, lon, admin1, admin2, geonameid, population = found
    return PlaceRow(
        name=pname, country_code=code, feature=feature, latitude=lat, longitude=lon, admin1=admin1, admin2=admin2,
        geonameid=geonameid, population=population,
    )

"""The ``--db`` option shared by the commands that use the event store.

``--db`` takes a store URL (``sqlite:///path``, ``postgresql://...``) or a plain file path, read as a
SQLite file. Commands that only read (``events``, ``export``, ``serve``, ``tokens list``) refuse a SQLite
file that does not exist instead of creating an empty store, so a mistyped path is a one-line error.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from eventsift.errors import StoreError

if TYPE_CHECKING:
    from eventsift.store import Store

# The URL schemes a store opens with (SQLAlchemy's names, with the driver suffix allowed).
STORE_SCHEMES = ("sqlite", "postgresql", "postgres")
HELP = ("store: a SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DB "
        "(default $EVENTSIFT_DB or sqlite:///eventsift.db)")
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://")


def add_db_option(parser: argparse.ArgumentParser, *, default: object = None) -> None:
    parser.add_argument("--db", default=default, metavar="URL|PATH", help=HELP)


def store_url(value: str | None) -> str:
    """The store URL for a ``--db`` value: a URL is checked for a known scheme, a path becomes ``sqlite:///``."""
    from eventsift.store import default_url

    value = (value or default_url()).strip()
    if not value:
        raise StoreError("--db is empty: give a SQLite file path or a store URL")
    match = _URL.match(value)
    if match is None:
        if value.startswith(("sqlite:", "postgresql:", "postgres:")):
            raise StoreError(f"not a store URL: {value!r} (sqlite:///PATH has three slashes; postgresql://USER@HOST/DB)")
        return "sqlite:///" + str(Path(value).expanduser().resolve())
    scheme = match.group("scheme").lower().split("+", 1)[0]
    if scheme not in STORE_SCHEMES:
        raise StoreError(f"not a store URL: {value!r} (use a file path, sqlite:///PATH or postgresql://USER@HOST/DB)")
    return value


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL; None for other stores and in-memory SQLite."""
    if not url.lower().startswith("sqlite"):
        return None
    rest = url.split("://", 1)[1]
    path = rest[1:] if rest.startswith("/") else rest
    path = path.split("?", 1)[0]
    if path in ("", ":memory:"):
        return None
    return Path(path).expanduser()


def open_store(value: str | None, *, must_exist: bool) -> Store:
    """Open the store ``--db`` names; with ``must_exist`` a missing SQLite file is an error, not a new store."""
    from eventsift.store import Store

    url = store_url(value)
    path = sqlite_path(url)
    if must_exist and path is not None and not path.is_file():
        raise StoreError(f"no store at {path} (check --db or $EVENTSIFT_DB; `eventsift ingest` creates one)")
    return Store.open(url)

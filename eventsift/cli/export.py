"""`eventsift export --format acled|ucdp|gtd|geojson|jsonl|parquet [filters] [--output PATH]`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from eventsift.cli.db import add_db_option, open_store
from eventsift.cli.events import list_by_type
from eventsift.errors import EventsiftError
from eventsift.export import FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="write stored events as ACLED, UCDP GED, GTD, GeoJSON, JSONL or Parquet")
    p.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    add_db_option(p)
    p.add_argument("--since", type=dt.date.fromisoformat, default=None, metavar="DATE")
    p.add_argument("--until", type=dt.date.fromisoformat, default=None, metavar="DATE")
    p.add_argument("--country", default=None)
    p.add_argument("--type", dest="event_type", default=None, metavar="TYPE", help="an event type or a sub-event type")
    p.add_argument("--output", default=None, metavar="PATH",
                   help="file or directory to write (default: standard output; required for parquet)")
    p.add_argument("--output-dir", default=None, metavar="DIR", help="refuse any --output that resolves outside DIR")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventsift.export import export

    try:
        store = open_store(args.db, must_exist=True)
        events = list_by_type(store, args.event_type, since=args.since, until=args.until, country=args.country)
        if args.output is None and args.output_dir is None:
            if args.fmt == "parquet":
                print("eventsift export: parquet needs --output", file=sys.stderr)
                return 2
            export(events, fmt=args.fmt, out=sys.stdout)
            return 0
        path = export(events, fmt=args.fmt, out=args.output or ".", root=args.output_dir)
    except EventsiftError as exc:
        print(f"eventsift export: {exc}", file=sys.stderr)
        return 1
    print(f"{len(events)} events written to {path}", file=sys.stderr)
    return 0

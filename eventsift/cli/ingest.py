"""`eventsift ingest PATH|URL... [--db URL] [--published DATE]`: code reports and store the events."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from eventsift.cli.db import add_db_option, open_store
from eventsift.errors import EventsiftError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("ingest", help="code news reports and store their events (merging reports of one incident)")
    p.add_argument("inputs", nargs="+", metavar="PATH|URL", help="files, directories, URLs, or - for stdin")
    add_db_option(p)
    p.add_argument("--published", type=dt.date.fromisoformat, default=None, metavar="DATE",
                   help="publication date for documents that give none (YYYY-MM-DD)")
    p.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventsift.pipeline import Pipeline
    from eventsift.store import ingest_inputs

    try:
        store = open_store(args.db, must_exist=False)
        summary = ingest_inputs(store, args.inputs, pipeline=Pipeline(), published=args.published, progress=args.progress)
    except (EventsiftError, NotImplementedError) as exc:
        print(f"eventsift ingest: {exc}", file=sys.stderr)
        return 1
    print(summary.line())
    if not args.verbose:  # with -v each rejection was logged as it happened: once is enough
        for rejected in summary.rejected:
            print(f"  rejected {rejected}", file=sys.stderr)
    return 0 if summary.processed else 1  # nothing could be processed

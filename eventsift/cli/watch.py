"""`eventsift watch FEEDS.txt [--every 15m] [--db URL] [--once] [--max-cycles N]`: poll feeds into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventsift.errors import EventsiftError


def _duration(text: str) -> float:
    from eventsift.watch import parse_duration

    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("watch", help="poll RSS/Atom feeds, code and store new items; survives restarts")
    p.add_argument("feeds", metavar="FEEDS.txt", help="file of feed URLs, one a line (# starts a comment)")
    p.add_argument("--every", type=_duration, default="15m", metavar="DURATION",
                   help="time between polls, e.g. 30s, 15m, 2h (default 15m)")
    p.add_argument("--db", default=None, help="store URL: sqlite:///path or postgresql://... (default $EVENTSIFT_DB or sqlite:///eventsift.db)")
    p.add_argument("--once", action="store_true", help="poll once and exit (same as --max-cycles 1)")
    p.add_argument("--max-cycles", type=int, default=None, metavar="N", help="stop after N cycles")
    p.add_argument("--allow-private", action="store_true",
                   help="allow feeds on private or loopback addresses (an intranet feed server)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventsift.documents import ReadSettings
    from eventsift.pipeline import Pipeline
    from eventsift.store import Store
    from eventsift.watch import Watcher, read_feed_list

    try:
        feeds = read_feed_list(Path(args.feeds).read_text(encoding="utf-8"))
    except OSError as exc:
        print(f"eventsift watch: cannot read {args.feeds}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if not feeds:
        print(f"eventsift watch: no feed URLs in {args.feeds}", file=sys.stderr)
        return 1
    max_cycles = 1 if args.once else args.max_cycles
    settings = ReadSettings(allow_private_addresses=args.allow_private)
    try:
        store = Store.open(args.db)
        with Watcher(feeds, store=store, pipeline=Pipeline(), settings=settings, every=args.every) as watcher:
            watcher.run(max_cycles=max_cycles, on_cycle=lambda s: print(s.line(), file=sys.stderr, flush=True))
    except EventsiftError as exc:
        print(f"eventsift watch: {exc}", file=sys.stderr)
        return 1
    return 0

"""`eventsift watch FEEDS.txt [--every 15m] [--db URL] [--once] [--max-cycles N] [--status]`: poll feeds into the store."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from eventsift.errors import EventsiftError


def _duration(text: str) -> float:
    from eventsift.app.watch import parse_duration

    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    from eventsift.app.watch import DEFAULT_MAX_FETCHES, DEFAULT_MAX_PER_HOST

    p = subparsers.add_parser("watch", help="poll RSS/Atom feeds and news sitemaps, read each new item's article, "
                                            "code and store it; survives restarts")
    p.add_argument("feeds", metavar="FEEDS.txt", help="file of feed or news sitemap URLs, one a line (# starts a comment)")
    p.add_argument("--every", type=_duration, default="15m", metavar="DURATION",
                   help="time between polls, e.g. 30s, 15m, 2h (default 15m)")
    p.add_argument("--db", default=None, help="store URL: sqlite:///path or postgresql://... (default $EVENTSIFT_DB or sqlite:///eventsift.db)")
    p.add_argument("--once", action="store_true", help="poll once and exit (same as --max-cycles 1)")
    p.add_argument("--max-cycles", type=int, default=None, metavar="N", help="stop after N cycles")
    p.add_argument("--max-fetches", type=_positive, default=DEFAULT_MAX_FETCHES, metavar="N",
                   help=f"articles fetched per cycle, all feeds together; the rest wait for the next cycle (default {DEFAULT_MAX_FETCHES})")
    p.add_argument("--max-per-host", type=_positive, default=DEFAULT_MAX_PER_HOST, metavar="N",
                   help=f"articles fetched per site per cycle (default {DEFAULT_MAX_PER_HOST})")
    p.add_argument("--status", action="store_true",
                   help="show each feed's state (last poll, failures, backlog, recent rejections) and exit")
    p.add_argument("--allow-private", action="store_true",
                   help="allow feeds and articles on private or loopback addresses (an intranet news server)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventsift.documents import ReadSettings
    from eventsift.store import Store
    from eventsift.app.watch import Watcher, read_feed_list

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
        if args.status:
            with store:
                print_status(store, feeds)
            return 0
        from eventsift.pipeline import Pipeline

        with Watcher(feeds, store=store, pipeline=Pipeline(), settings=settings, every=args.every,
                     max_fetches=args.max_fetches, max_per_host=args.max_per_host) as watcher:
            watcher.run(max_cycles=max_cycles, on_cycle=_print_cycle)
    except EventsiftError as exc:
        print(f"eventsift watch: {exc}", file=sys.stderr)
        return 1
    return 0


def _print_cycle(summary) -> None:  # noqa: ANN001 - a CycleSummary
    for failure in summary.rejected:
        print(failure.line(), file=sys.stderr)
    print(summary.line(), file=sys.stderr, flush=True)


def _when(seconds: float | None) -> str:
    if seconds is None:
        return "never"
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def print_status(store, feeds: list[str]) -> None:  # noqa: ANN001 - a Store
    """One block per feed: last poll, health, what is remembered and waiting, the recent failures."""
    from eventsift.app.watch import feed_states

    for state in feed_states(store, feeds):
        print(state.url)
        health = "ok" if not state.failures else (
            f"failing, {state.failures} in a row, next try {_when(state.next_due)}: {state.last_error}")
        print(f"  last poll answered: {_when(state.last_polled)}; {health}")
        print(f"  items handled: {len(state.seen)}; waiting for their article: {len(state.backlog)}")
        if not state.recent_failures:
            print("  recent failures: none")
            continue
        print(f"  recent failures ({len(state.recent_failures)}, newest last):")
        for failure in state.recent_failures:
            print(f"    {_when(failure.at)}  {failure.line()}")

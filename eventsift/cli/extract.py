"""``eventsift extract PATH...``: code documents into events and print them."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable

from eventsift.records import EVENT_FIELDS, Event, Rejected

TABLE_COLUMNS = (
    ("event_date", 10), ("sub_event_type", 30), ("actor1", 34), ("actor2", 30), ("location", 16),
    ("admin1", 14), ("fatalities", 4), ("injured", 4), ("abducted", 4), ("certainty", 9), ("historical", 5),
)
TABLE_HEADINGS = {"fatalities": "kill", "injured": "inj", "abducted": "abd", "historical": "hist"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help="code news reports into events and print them",
        description="Read .txt, .html, JSONL, feeds, WARC, directories, URLs or - (stdin) and print one record "
                    "per event in ACLED's field names.")
    parser.add_argument("inputs", nargs="+", metavar="PATH|URL")
    parser.add_argument("--published", type=dt.date.fromisoformat, metavar="DATE",
                        help="publication date for documents that carry none (YYYY-MM-DD)")
    parser.add_argument("--format", choices=("table", "jsonl", "json", "csv"), default="table")
    parser.add_argument("--model", help="spaCy model name or path (default: en_core_web_md)")
    parser.add_argument("--workers", type=_workers, default=None,
                        help="worker processes (default: one per core this process may use; 1 codes in this process)")
    parser.add_argument("--allow-private", action="store_true", help="allow URLs on private or loopback addresses")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="a progress bar on stderr (default: when stderr is a terminal)")
    parser.set_defaults(func=run)


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run(args: argparse.Namespace) -> int:
    from eventsift.documents import ReadSettings, read_inputs
    from eventsift.pipeline import Processed

    items = read_inputs(args.inputs, published=args.published,
                        settings=ReadSettings(allow_private_addresses=args.allow_private))
    from eventsift.app.progress import progress

    results = progress(_extract(items, workers=args.workers, model=args.model), desc="extract",
                       enabled=args.progress)
    events: list[Event] = []
    processed = rejected = 0
    for result in results:
        if isinstance(result, Rejected):
            rejected += 1
            print(f"eventsift: {result}", file=sys.stderr)
        elif isinstance(result, Processed):
            processed += 1
            events.extend(result.events)
            if args.format == "jsonl":
                for event in result.events:
                    print(json.dumps(event.as_dict(), ensure_ascii=False))
    if args.format != "jsonl":
        write_events(events, fmt=args.format, out=sys.stdout)
    print(f"eventsift: {processed} documents, {len(events)} events, {rejected} rejected", file=sys.stderr)
    return 0 if processed or not rejected else 1


def _extract(items: Iterable, *, workers: int | None, model: str | None):  # noqa: ANN001, ANN202
    from eventsift.app.parallel import default_factory, default_workers, extract_parallel

    workers = default_workers() if workers is None else workers
    if workers > 1:
        return extract_parallel(items, workers=workers, factory=default_factory(model=model))
    from eventsift.pipeline import Pipeline

    return Pipeline(model=model).process_many(items)


def write_events(events: list[Event], *, fmt: str, out) -> None:  # noqa: ANN001 - a text stream
    """Events as a table, a JSON array or CSV (evidence and sources as JSON in their cells)."""
    if fmt == "json":
        json.dump([e.as_dict() for e in events], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EVENT_FIELDS)
        writer.writeheader()
        for event in events:
            row = event.as_dict()
            row["evidence"] = json.dumps(row["evidence"], ensure_ascii=False)
            row["sources"] = json.dumps(row["sources"], ensure_ascii=False)
            writer.writerow(row)
    else:
        out.write(format_table(events) + "\n")


def format_table(events: list[Event]) -> str:
    def cell(value: object, width: int) -> str:
        text = "-" if value is None else ("yes" if value is True else "" if value is False else str(value))
        return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)

    lines = ["  ".join(cell(TABLE_HEADINGS.get(name, name), width) for name, width in TABLE_COLUMNS)]
    lines.append("  ".join("-" * width for _, width in TABLE_COLUMNS))
    for event in events:
        values = event.as_dict()
        lines.append("  ".join(cell(values[name], width) for name, width in TABLE_COLUMNS))
    lines.append(f"{len(events)} events")
    return "\n".join(lines)

"""``eventsift read INPUT...``: show what the product reads from an input (text and metadata)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from eventsift.records import Document, Rejected

METADATA = ("title", "published", "publisher", "url", "dateline", "byline", "language")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "read",
        help="show the text and metadata read from a file, directory, feed, WARC or URL",
        description="Show exactly what later stages see of each document: its text and metadata.",
    )
    parser.add_argument("inputs", nargs="+", metavar="PATH|URL", help="file, directory, - for stdin, or http(s) URL")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or one JSON object a line")
    parser.add_argument("--published", type=dt.date.fromisoformat, help="date for documents that carry none (YYYY-MM-DD)")
    parser.add_argument("--allow-private", action="store_true", help="allow URLs on private or loopback addresses")
    parser.set_defaults(func=run)


def document_dict(doc: Document) -> dict[str, object]:
    out: dict[str, object] = {"id": doc.id, "source": doc.source}
    for name in METADATA:
        value = getattr(doc, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    out["text"] = doc.text
    return out


def run(args: argparse.Namespace) -> int:
    from eventsift.documents import ReadSettings, read_inputs

    settings = ReadSettings(allow_private_addresses=args.allow_private)
    read = rejected = 0
    for item in read_inputs(args.inputs, published=args.published, settings=settings):
        if isinstance(item, Rejected):
            rejected += 1
            print(f"rejected: {item}", file=sys.stderr)
            continue
        read += 1
        if args.format == "json":
            print(json.dumps(document_dict(item), ensure_ascii=False))
        else:
            if read > 1:
                print("\n" + "=" * 72)
            data = document_dict(item)
            for name in ("id", "source", *METADATA):
                print(f"{name + ':':<11}{data[name] if data[name] is not None else '-'}")
            print()
            print(item.text)
    if rejected:
        print(f"{read} read, {rejected} rejected", file=sys.stderr)
    return 0 if read else 1

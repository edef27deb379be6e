"""`eventsift spark INPUT... OUTPUT [--master local[2]] [--partitions N]`: code documents on Spark into Parquet."""

from __future__ import annotations

import argparse
import sys

from eventsift.errors import EventsiftError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("spark", help="code JSONL, WARC or Parquet documents on Apache Spark, events to Parquet")
    p.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT",
                   help="input files or directories (local, hdfs://, s3a://), then the Parquet output directory")
    p.add_argument("--master", default=None, help="Spark master, e.g. local[2] or yarn (default: as spark-submit set it, else local[*])")
    p.add_argument("--partitions", type=int, default=None, metavar="N", help="partitions to split the input into (default 3 per core)")
    p.add_argument("--format", dest="fmt", choices=("jsonl", "warc", "parquet"), default=None,
                   help="input format (default: from the input's name)")
    p.add_argument("--model", default=None, help="spaCy model name or path (default en_core_web_md)")
    p.add_argument("--no-gazetteer", action="store_true", help="code without the gazetteer (no coordinates)")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if len(args.paths) < 2:
        print("eventsift spark: give at least one INPUT and the OUTPUT", file=sys.stderr)
        return 2
    try:
        from eventsift.app.spark import run_spark
    except ImportError as exc:
        print(f"eventsift spark: {exc}", file=sys.stderr)
        return 1
    master = args.master
    if master is None:
        import os

        # under spark-submit the JVM is already running (and knows its master); alone, run locally
        master = None if os.environ.get("PYSPARK_GATEWAY_PORT") else "local[*]"
    try:
        summary = run_spark(args.paths[:-1], args.paths[-1], master=master, partitions=args.partitions, fmt=args.fmt,
                            model=args.model, gazetteer=not args.no_gazetteer, overwrite=args.overwrite)
    except ImportError as exc:
        print(f"eventsift spark: pyspark is needed: {exc}", file=sys.stderr)
        return 1
    except EventsiftError as exc:
        print(f"eventsift spark: {exc}", file=sys.stderr)
        return 1
    print(summary.line())
    return 0 if summary.documents else 1

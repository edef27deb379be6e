"""`eventsift evaluate DATASET PATH [--limit N] [--sample-seed S] [--report FILE.html|.md|.json]`."""

from __future__ import annotations

import argparse
import json
import sys

from eventsift.errors import EventsiftError

DATASETS = ("acled", "gtd", "muc4", "satp", "case", "india-police", "gvdb", "gva", "gva-all", "gold")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "evaluate",
        help="measure agreement with human-coded events (ACLED, GTD, MUC-4, SATP, CASE, IndiaPoliceEvents, gold JSON)",
        description="Run the pipeline over a human-coded data set and print per-field agreement.",
    )
    p.add_argument("dataset", choices=DATASETS, help="the format of PATH")
    p.add_argument("path", help="the data set file (MUC-4: the documents file, templates found next to it)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents")
    p.add_argument("--sample-seed", type=int, default=None, metavar="S",
                   help="with --limit, a random sample of N documents drawn with seed S instead of the first N")
    p.add_argument("--report", default=None, metavar="FILE",
                   help="also write a report with confusion matrices and the worst misses (.html, .md or .json)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    p.add_argument("--model", default=None, help="spaCy model name (default: the pipeline's)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: when standard error is a terminal)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventsift.evaluate import evaluate
    from eventsift.evaluate.report import text_table, write_report
    from eventsift.pipeline import Pipeline

    progress = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        pipeline = Pipeline(model=args.model) if args.model else Pipeline()
        result = evaluate(args.dataset, args.path, pipeline=pipeline, limit=args.limit,
                          sample_seed=args.sample_seed, progress=progress)
        if args.report:
            written = write_report(result, args.report)
            print(f"report written to {written}", file=sys.stderr)
    except EventsiftError as exc:
        print(f"eventsift evaluate: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, default=str))
    else:
        print(text_table(result))
    for rejected in result.rejected[:5]:
        print(f"rejected: {rejected}", file=sys.stderr)
    if len(result.rejected) > 5:
        print(f"... and {len(result.rejected) - 5} more rejected", file=sys.stderr)
    return 0

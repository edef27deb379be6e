"""The ``eventsift`` command: a thin shell over the library, one module per command.

Each command module has ``register(subparsers)`` that adds its parser and sets ``func`` to a
function taking the parsed arguments and returning an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

# Command modules, in the order `eventsift --help` lists them. A module that fails to import
# (an optional dependency missing) is reported when its command is used, not at start-up.
COMMANDS: tuple[str, ...] = (
    "extract",
    "read",
    "ingest",
    "events",
    "export",
    "evaluate",
    "serve",
    "tokens",
    "watch",
    "spark",
    "gazetteer",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventsift", description="News reports in, coded conflict events out.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and decisions to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"eventsift.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"eventsift.cli.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

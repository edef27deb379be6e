"""`eventsift tokens create|list|revoke`: API tokens for the server's write endpoints."""

from __future__ import annotations

import argparse
import sys

from eventsift.cli.db import add_db_option, open_store
from eventsift.errors import EventsiftError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("tokens", help="create, list and revoke API tokens for `eventsift serve`",
                              description="API tokens for `eventsift serve`. Only a hash of each token is stored.")
    add_db_option(p)
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="create a token and print it (once: it cannot be shown again)")
    create.add_argument("name", help="who or what the token is for; it is recorded as the author of corrections")
    sub.add_parser("list", help="list tokens (names, first characters, created, revoked)")
    revoke = sub.add_parser("revoke", help="revoke a token by name")
    revoke.add_argument("name")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventsift.web.auth import TokenStore

    try:
        store = open_store(args.db, must_exist=args.action != "create")
        tokens = TokenStore(store.engine)
    except EventsiftError as exc:
        print(f"eventsift tokens: {exc}", file=sys.stderr)
        return 1
    try:
        if args.action == "create":
            try:
                info, secret = tokens.create(args.name)
            except ValueError as exc:
                print(f"eventsift tokens: {exc}", file=sys.stderr)
                return 1
            print(secret)
            print(f"token {info.name!r} created; it is shown only now, keep it safe", file=sys.stderr)
            return 0
        if args.action == "list":
            for info in tokens.list():
                state = f"revoked {info.revoked:%Y-%m-%d %H:%M}" if info.revoked else "active"
                print(f"{info.name}\t{info.shown}…\tcreated {info.created:%Y-%m-%d %H:%M}\t{state}")
            return 0
        if tokens.revoke(args.name):
            print(f"token {args.name!r} revoked", file=sys.stderr)
            return 0
        print(f"eventsift tokens: no active token named {args.name!r}", file=sys.stderr)
        return 1
    finally:
        store.close()

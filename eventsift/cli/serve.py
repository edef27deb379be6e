"""`eventsift serve`: the REST API and the map page on uvicorn."""

from __future__ import annotations

import argparse
import os
import sys

from eventsift.cli.db import add_db_option, open_store
from eventsift.errors import EventsiftError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve", help="serve the REST API and the events map",
        description="Serve the REST API (OpenAPI docs at /api/docs) and the events map at / over an event store.",
    )
    add_db_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    reads = p.add_mutually_exclusive_group()
    reads.add_argument("--open-reads", dest="open_reads", action="store_true", default=True,
                       help="anyone who can reach the server may read events (default)")
    reads.add_argument("--token-reads", dest="open_reads", action="store_false",
                       help="reads need an API token too")
    p.add_argument("--tile-url", default=os.environ.get("EVENTSIFT_TILE_URL"),
                   help="a map tile server URL template, e.g. http://localhost:8080/{z}/{x}/{y}.png "
                        "(default $EVENTSIFT_TILE_URL; without it the map draws the bundled country outlines)")
    p.add_argument("--tile-attribution", default=os.environ.get("EVENTSIFT_TILE_ATTRIBUTION"),
                   help="attribution text for the tile server (default $EVENTSIFT_TILE_ATTRIBUTION)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from eventsift.web.app import STATIC_DIR, WebSettings, create_app

    try:
        store = open_store(args.db, must_exist=True)
    except EventsiftError as exc:
        print(f"eventsift serve: {exc}", file=sys.stderr)
        return 1
    if not (STATIC_DIR / "vendor" / "leaflet" / "leaflet.js").is_file():
        print("eventsift serve: the map library is not installed; run scripts/vendor-web-assets.sh "
              "(the API works without it)", file=sys.stderr)
    settings = WebSettings(open_reads=args.open_reads, tile_url=args.tile_url, tile_attribution=args.tile_attribution)
    app = create_app(store, settings=settings)
    print(f"eventsift serve: http://{args.host}:{args.port}/ (API docs at /api/docs)", file=sys.stderr)
    for line in exposure_warnings(args.host, open_reads=args.open_reads):
        print(f"eventsift serve: warning: {line}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning" if not args.verbose else "info")
    store.close()
    return 0


def exposure_warnings(host: str, *, open_reads: bool) -> list[str]:
    """What a user should know before serving beyond this machine (no warnings for a loopback address)."""
    import ipaddress

    name = host.strip("[]").lower()
    try:
        loopback = ipaddress.ip_address(name).is_loopback
    except ValueError:
        loopback = name == "localhost"
    if loopback:
        return []
    where = "every network interface" if name in ("0.0.0.0", "::") else host
    out = [f"listening on {where}: other machines can reach this server"]
    if open_reads:
        out.append("reads are open: anyone who can reach it can read every event (--token-reads requires a token)")
    out.append("this is plain HTTP: API tokens and events travel in clear; put a TLS proxy in front of it")
    return out

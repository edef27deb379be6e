"""``eventsift gazetteer build|lookup``: build the offline gazetteer index, look a place name up."""

from __future__ import annotations

import argparse
import json
import sys

from eventsift.errors import GazetteerError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gazetteer", help="build the offline gazetteer index or look a place up")
    sub = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)

    build = sub.add_parser("build", help="(re)build the index from the installed packages and your files")
    build.add_argument("--path", help="index file (default: $EVENTSIFT_HOME or ~/.cache/eventsift)")
    build.add_argument(
        "--geonames-dump", action="append", default=[], metavar="FILE",
        help="a GeoNames country dump (XX.txt, tab separated) to load too; repeatable",
    )
    build.add_argument("--places", action="append", default=[], metavar="FILE", help="your own places TSV; repeatable")
    build.set_defaults(func=run_build)

    lookup = sub.add_parser("lookup", help="every place a name may refer to, most likely first")
    lookup.add_argument("name")
    lookup.add_argument("--country", help="ISO code or country name to prefer")
    lookup.add_argument("--places", metavar="FILE", help="your own places TSV, searched alongside the index")
    lookup.add_argument("--path", help="index file (default: $EVENTSIFT_HOME or ~/.cache/eventsift)")
    lookup.add_argument("--limit", type=int, default=10)
    lookup.add_argument("--json", action="store_true", help="one JSON object per line")
    lookup.set_defaults(func=run_lookup)


def run_build(args: argparse.Namespace) -> int:
    from eventsift.geo.build import build_index

    try:
        path = build_index(args.path, places_files=args.places, geonames_dumps=args.geonames_dump)
    except GazetteerError as exc:
        print(f"eventsift gazetteer build: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from eventsift.geo.gazetteer import open_geocoder

    try:
        places = open_geocoder(path=args.path, extra_places=args.places).lookup(args.name, country=args.country)
    except GazetteerError as exc:
        print(f"eventsift gazetteer lookup: {exc}", file=sys.stderr)
        return 1
    if not places:
        print(f"{args.name}: not found", file=sys.stderr)
        return 1
    for place in places[: args.limit]:
        if args.json:
            print(json.dumps(asdict(place), ensure_ascii=False))
        else:
            where = ", ".join(x for x in (place.admin2, place.admin1, place.country) if x and x != place.name)
            print(
                f"{place.name}\t{where}\t{place.latitude:.4f},{place.longitude:.4f}\t{place.feature}"
                f"\tpopulation {place.population}\tgeo_precision {place.geo_precision}"
            )
    return 0

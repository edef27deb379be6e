"""``eventsift gazetteer build|download|lookup``: build the offline gazetteer index (optionally with GeoNames
country files downloaded on request), look a place name up."""

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

    download = sub.add_parser(
        "download", help="download GeoNames country files (villages) and build them into the index",
        description="Fetch GeoNames country files (https://download.geonames.org/export/dump/XX.zip), check them, "
                    "keep them under $EVENTSIFT_HOME/geonames and rebuild the index with every kept file. A cut "
                    "download resumes where it stopped when the command is run again.")
    download.add_argument("countries", nargs="+", metavar="CC", help="two-letter ISO country codes (PK IN AF ...)")
    download.add_argument("--base-url", default=None, metavar="URL",
                          help="where the XX.zip files are (default: the GeoNames export directory)")
    download.add_argument("--no-build", action="store_true", help="only download and keep the files ('gazetteer build' builds them in)")
    download.add_argument("--path", help="index file (default: $EVENTSIFT_HOME or ~/.cache/eventsift)")
    download.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                          help="show a progress bar (default: when standard error is a terminal)")
    download.set_defaults(func=run_download)

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
        from eventsift.geo.download import kept_dumps

        dumps = [*args.geonames_dump, *(p for p in kept_dumps() if str(p) not in args.geonames_dump)]
        path = build_index(args.path, places_files=args.places, geonames_dumps=dumps)
    except GazetteerError as exc:
        print(f"eventsift gazetteer build: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


def run_download(args: argparse.Namespace) -> int:
    from eventsift.geo import download

    bars: dict[str, object] = {}
    show = sys.stderr.isatty() if args.progress is None else args.progress

    def progress(code: str, done: int, total: int | None) -> None:
        from tqdm import tqdm

        bar = bars.get(code) or bars.setdefault(code, tqdm(total=total, desc=f"{code}.zip", unit="B", unit_scale=True,
                                                            file=sys.stderr, mininterval=0.5, leave=False))
        bar.update(done - bar.n)  # type: ignore[attr-defined]

    try:
        got = download.download_countries(args.countries, base_url=args.base_url or download.GEONAMES_EXPORT_URL,
                                          progress=progress if show else None)
    except GazetteerError as exc:
        print(f"eventsift gazetteer download: {exc}", file=sys.stderr)
        return 1
    finally:
        for bar in bars.values():
            bar.close()  # type: ignore[attr-defined]
    for item in got:
        resumed = f", resumed at {item.resumed_from} bytes" if item.resumed_from else ""
        print(f"{item.country}: {item.zip_path} ({item.size} bytes{resumed}, sha256 {item.sha256})")
    if args.no_build:
        return 0
    try:
        report = download.build_with_downloads(path=args.path)
    except GazetteerError as exc:
        print(f"eventsift gazetteer download: {exc}", file=sys.stderr)
        return 1
    for code, added in report.added.items():
        print(f"{code}: {added} places added from its GeoNames file ({report.total[code]} in the index)")
    print(report.index)
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

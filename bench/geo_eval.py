"""Measure the gazetteer on ACLED's coded places (not end to end: ``eventsift evaluate`` does that).

For each row of ../shared/eval/acled/acled_global_2020-04-27_to_05-09.csv the coded ``location`` is resolved
twice: with the row's country and admin1 named as context, and with only the country. Reported per country:
share within 25 km of the coded point, admin1 match, and unresolved places split into "name not found" and
"wrong candidate" (found, but more than 25 km off). Also the time to resolve a whole article's places.

With ``--end-to-end`` it runs the whole pipeline on the notes instead and sorts every gold event that did not
come out within 25 km by why: not detected, no place at all, the coded name is not in the text, the name is in
the text but not in the gazetteer, another of the text's names was chosen, or the same name was resolved to a
namesake far away.

    .venv/bin/python bench/geo_eval.py [--csv FILE] [--index FILE] [--misses N] [--end-to-end]
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventsift.geo import open_geocoder  # noqa: E402
from eventsift.geo.normalize import bare_key  # noqa: E402
from eventsift.records import Document, Toponym  # noqa: E402

DEFAULT_CSV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "acled" / "acled_global_2020-04-27_to_05-09.csv"
COUNTRIES = ("Pakistan", "Afghanistan", "India", "Yemen", "Syria")
WITHIN_KM = 25.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def toponym(text: str, name: str) -> Toponym:
    start = text.index(name)
    return Toponym(text=name, start=start, end=start + len(name), sentence_index=0)


def evaluate(geocoder, rows: list[dict], *, with_admin1: bool) -> dict[str, Counter]:
    stats: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list] = defaultdict(list)
    for row in rows:
        names = [row["location"], row["country"]] + ([row["admin1"]] if with_admin1 and row["admin1"] else [])
        text = ", ".join(names)
        tops = [toponym(text, n) for n in names]
        place = geocoder.resolve(tops, document=Document(id=row["event_id_cnty"], text=text))[0]
        group = row["country"] if row["country"] in COUNTRIES else "other"
        for key in (group, "all"):
            s = stats[key]
            s["rows"] += 1
            if place is None:
                s["not_found"] += 1
                continue
            dist = km(place.latitude, place.longitude, float(row["latitude"]), float(row["longitude"]))
            s["within"] += dist <= WITHIN_KM
            s["wrong_candidate"] += dist > WITHIN_KM
            s["admin1"] += bare_key(place.admin1 or "") == bare_key(row["admin1"])
        if place is None:
            misses[group].append(("not found", row["location"], row["admin1"]))
        elif km(place.latitude, place.longitude, float(row["latitude"]), float(row["longitude"])) > WITHIN_KM:
            misses[group].append(("wrong", row["location"], row["admin1"], place.name, place.admin1, place.feature))
    stats["_misses"] = misses  # type: ignore[assignment]
    return stats


def article_timing(geocoder, rows: list[dict]) -> float:
    """Median ms to resolve 20 place names of one article (a realistic upper count), cold caches per article."""
    by_country: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_country[row["country"]].append(row["location"])
    times = []
    for country, names in by_country.items():
        for i in range(0, len(names) - 19, 20):
            chunk = [*names[i : i + 19], country]
            text = ", ".join(chunk)
            geocoder._candidates.cache_clear()
            t0 = time.perf_counter()
            geocoder.resolve([toponym(text, n) for n in chunk], document=Document(id="t", text=text))
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[len(times) // 2] if times else float("nan")


def end_to_end(csv_path: Path, geocoder) -> Counter:  # noqa: ANN001
    """Why each gold event of the ACLED file is not placed within 25 km by the whole pipeline."""
    from eventsift.evaluate import load_dataset
    from eventsift.evaluate.gold import GoldDocument
    from eventsift.evaluate.scoring import match, same_admin1, same_place_name
    from eventsift.geo.distance import haversine_km
    from eventsift.geo.normalize import name_key
    from eventsift.pipeline import Pipeline

    golds = {g.document.id: g for g in load_dataset("acled", csv_path) if isinstance(g, GoldDocument)}
    reasons: Counter = Counter()
    for result in Pipeline(geocoder=geocoder).process_many([g.document for g in golds.values()], batch_size=64):
        gold = golds.get(getattr(result, "document", None) and result.document.id)
        if gold is None:
            continue
        events = list(result.events)
        pairing = match(gold.events, events)
        reasons["not detected"] += len(pairing.unmatched_gold)
        for gi, pi in pairing.pairs:
            g, e = gold.events[gi], events[pi]
            if None not in (e.latitude, g.latitude) and haversine_km(e.latitude, e.longitude, g.latitude, g.longitude) <= WITHIN_KM:
                reasons["within 25 km"] += 1
                continue
            town = (g.location or "").split("-")[0]  # ACLED writes a city's quarter as "City-Quarter"
            if e.location is None:
                why = "no place at all"
            elif same_place_name(e.location, g.location) or same_place_name(e.location, town):
                why = "same name, a namesake far away"
            elif name_key(town) not in name_key(gold.document.text):
                why = "coded name not in the text"
            elif not [p for p in geocoder.lookup(town, country=g.country) if p.country == g.country]:
                why = "name in the text, not in the gazetteer"
            else:
                why = "name in the text and the gazetteer, another chosen"
            reasons[f"{why} (admin1 {'right' if same_admin1(e.admin1, g.admin1) else 'wrong'})"] += 1
    return reasons


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--index", type=Path, help="gazetteer index (default: built/opened in the cache)")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per country")
    parser.add_argument("--end-to-end", action="store_true", help="why the pipeline's places miss, by cause")
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"{args.csv} not found: the evaluation data is not here", file=sys.stderr)
        return 2
    if args.end_to_end:
        reasons = end_to_end(args.csv, open_geocoder(path=args.index))
        total = sum(reasons.values())
        print(f"{'gold events, end to end':<64} {total:>5}")
        for why, n in reasons.most_common():
            print(f"{why:<64} {n:>5} {n / total:>6.3f}")
        return 0
    with args.csv.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["location"] and r["latitude"]]
    geocoder = open_geocoder(path=args.index)
    for label, with_admin1 in (("country + admin1 as context", True), ("country only as context", False)):
        stats = evaluate(geocoder, rows, with_admin1=with_admin1)
        misses = stats.pop("_misses")
        print(f"\n{label}")
        print(f"{'country':<12} {'rows':>5} {'<=25km':>7} {'admin1':>7} {'not found':>10} {'wrong cand.':>12}")
        for key in (*COUNTRIES, "all"):
            s = stats[key]
            n = s["rows"] or 1
            print(
                f"{key:<12} {s['rows']:>5} {s['within'] / n:>7.3f} {s['admin1'] / n:>7.3f}"
                f" {s['not_found'] / n:>10.3f} {s['wrong_candidate'] / n:>12.3f}"
            )
        if args.misses:
            for key in COUNTRIES:
                for miss in misses.get(key, [])[: args.misses]:
                    print("  ", key, *miss, sep=" | ")
    print(f"\nmedian time to resolve an article's 20 places (cold cache): {article_timing(geocoder, rows):.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

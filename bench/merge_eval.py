"""Cross-report merging, measured.

1. Realistic groups (tests/data/merge/*.jsonl): several outlets and follow-ups per incident, and
   separate incidents on the same day in the same province. Pairwise precision / recall of
   ``eventsift.store.merge.cluster`` against the incident labels.
2. ACLED and GTD rows that share date, place and type (../shared/eval, read at run time). Distinct
   rows are distinct events by definition, so every pair the merger joins is a false merge: the
   false-merge rate is merged pairs / all pairs inside such groups.

    .venv/bin/python -m bench.merge_eval [--json]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import re

from eventsift.records import Event, Evidence, Source
from eventsift.store.merge import cluster, pairwise_scores

REPO = Path(__file__).resolve().parents[1]
GROUPS = REPO / "tests" / "data" / "merge"
EVAL = REPO.parent / "shared" / "eval"
ACLED = EVAL / "acled" / "acled_global_2020-04-27_to_05-09.csv"
GTD = EVAL / "gtd" / "gtd_2016_2017.jsonl"

# GTD attack types as ACLED event types, for comparing rows among themselves (not a crosswalk).
GTD_TYPES = {
    "Bombing/Explosion": "Explosions/Remote violence",
    "Armed Assault": "Violence against civilians",
    "Assassination": "Violence against civilians",
    "Hostage Taking (Kidnapping)": "Violence against civilians",
    "Facility/Infrastructure Attack": "Violence against civilians",
}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_CODER_TAG = re.compile(r"\[[^\]]*\]")  # ACLED's "[size=...]" and similar coder annotations
_GTD_DATE = re.compile(r"^\s*\d{2}/\d{2}/\d{4}:\s*")


def text_evidence(document_id: str, text: str) -> list[Evidence]:
    """The row's description as evidence sentences, the way an extracted event carries its sentences."""
    text = _CODER_TAG.sub(" ", text or "").strip()
    return [Evidence(document_id=document_id, field="event_type", sentence=s, start=0, end=len(s))
            for s in _SENTENCE_END.split(text) if s.strip()]


def load_groups(path: Path) -> tuple[list[Event], dict[str, str]]:
    reports, gold = [], {}
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        event = Event.from_dict(row["event"])
        reports.append(event)
        gold[event.event_id] = f"{path.stem}:{row['incident']}"
    return reports, gold


def score_groups(paths: Iterable[Path]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    all_reports, all_gold = [], {}
    for path in sorted(paths):
        reports, gold = load_groups(path)
        all_reports += reports
        all_gold |= gold
        out[path.stem] = pairwise_scores([[e.event_id for e in g] for g in cluster(reports)], gold)
    # All files together, in publication order: what a store that receives them day by day does.
    ordered = sorted(all_reports, key=lambda e: (e.sources[0].published if e.sources else dt.date.min, e.event_id))
    out["all"] = pairwise_scores([[e.event_id for e in g] for g in cluster(ordered)], all_gold)
    return out


def _float(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _int(value: object) -> int | None:
    try:
        return int(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def acled_events(path: Path, *, with_text: bool = True) -> list[Event]:
    events = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            date = dt.datetime.strptime(row["event_date"], "%d-%b-%y").date()
            events.append(Event(
                event_id=row["event_id_cnty"], document_id=row["event_id_cnty"], event_type=row["event_type"],
                sub_event_type=row["sub_event_type"], actor1=row["actor1"] or None, actor2=row["actor2"] or None,
                event_date=date, date_precision="day", country=row["country"], admin1=row["admin1"],
                location=row["location"], latitude=_float(row["latitude"]), longitude=_float(row["longitude"]),
                geo_precision=int(row["geo_precision"] or 1), fatalities=int(row["fatalities"] or 0),
                evidence=text_evidence(row["event_id_cnty"], row["notes"]) if with_text else [],
                sources=[Source(document_id=row["event_id_cnty"], published=date)],
            ))
    return events


def gtd_events(path: Path, *, with_text: bool = True) -> list[Event]:
    events = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        when = row.get("summary_date") or row.get("date_from_eventid") or ""
        if len(when) != 10 or when.endswith("-00"):
            continue  # no day known: such rows could never be merged
        date = dt.date.fromisoformat(when)
        events.append(Event(
            event_id=row["eventid"], document_id=row["eventid"],
            event_type=GTD_TYPES.get(row["attacktype1_txt"], "Violence against civilians"),
            sub_event_type=row["attacktype1_txt"], actor1=row["gname"], event_date=date, date_precision="day",
            country=row["country_txt"], admin1=row["provstate"], location=row["city"],
                fatalities=_int(row.get("nkill")), injured=_int(row.get("nwound")),
                evidence=text_evidence(row["eventid"], _GTD_DATE.sub("", row.get("summary") or "")) if with_text else [],
            sources=[Source(document_id=row["eventid"], published=date)],
        ))
    return events


def false_merges(events: list[Event], key) -> dict[str, float]:  # noqa: ANN001
    """Among distinct rows sharing ``key`` (date, place, type), how many pairs the merger joins."""
    buckets: dict[tuple, list[Event]] = defaultdict(list)
    for event in events:
        buckets[key(event)].append(event)
    shared = [b for b in buckets.values() if len(b) > 1]
    pairs = sum(len(b) * (len(b) - 1) // 2 for b in shared)
    merged = sum(len(g) * (len(g) - 1) // 2 for b in shared for g in cluster(b))
    return {"rows": len(events), "groups": len(shared), "rows_in_groups": sum(map(len, shared)), "pairs": pairs,
            "merged_pairs": merged, "false_merge_rate": merged / pairs if pairs else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results: dict[str, object] = {"groups": score_groups(GROUPS.glob("*.jsonl"))}
    if ACLED.exists():
        results["acled_same_date_place_type"] = false_merges(acled_events(ACLED), lambda e: (e.event_date, e.location, e.event_type))
    if GTD.exists():
        results["gtd_same_date_city_type"] = false_merges(gtd_events(GTD), lambda e: (e.event_date, e.location, e.sub_event_type))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print("pairwise merging on tests/data/merge (precision / recall / F1, predicted and gold pairs):")
    for name, s in results["groups"].items():
        print(f"  {name:34s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  ({s['true_pairs']}/{s['predicted_pairs']} predicted, {s['gold_pairs']} gold)")
    for name in ("acled_same_date_place_type", "gtd_same_date_city_type"):
        if name in results:
            r = results[name]
            print(f"{name}: {r['groups']} groups, {r['pairs']} pairs of distinct events, {r['merged_pairs']} merged: "
                  f"false-merge rate {r['false_merge_rate']:.3f}")
        else:
            print(f"{name}: skipped, ../shared/eval not present", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

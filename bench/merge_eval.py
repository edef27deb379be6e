"""Cross-report merging, measured.

1. Realistic groups (tests/data/merge/*.jsonl): several outlets and follow-ups per incident, and
   separate incidents on the same day in the same province. Pairwise precision / recall of
   ``eventsift.store.merge.cluster`` against the incident labels.
2. ACLED and GTD rows that share date, place and type (../shared/eval, read at run time). Distinct
   rows are distinct events by definition, so every pair the merger joins is a false merge: the
   false-merge rate is merged pairs / all pairs inside such groups.
3. Real reports of one incident (``--gva DIR``, the Gun Violence Archive's incidents.jsonl and
   articles.jsonl): every report of a sample of incidents (fixed seed; incidents with two or more reports
   that have text) is read as a user's JSONL line, coded by the real pipeline and stored with the product's
   ingest (``eventsift.store.ingest_inputs``) into a fresh SQLite store in a temporary folder, in report-date
   order, as a store receiving the news day by day would.

   A report can code several events (other incidents, background). Its event *about its incident* is its
   primary event as the evaluation picks it (``eventsift.evaluate.scoring.match_primary``: the current,
   non-historical event that agrees best with the GVA incident on type, date and place, else its first
   current event; a report with no current event, whose background event joined a current event as a source of
   its incident, is about that event). Then:
   - events per incident: distinct merged events that its reports' primary events belong to (ideal 1);
   - a pair of reports *shares an event* when their primary events belong to one merged event; recall is
     the share of pairs of reports of one incident that do, precision the share of pairs that do which are
     reports of one incident (pairs across the whole sample);
   - each missed pair is explained by ``merge.compare`` on its two primary events, with the identity keys the store
     read from their documents (``merge_keys``): the criterion that failed, or, when they match, what kept the
     report out of the other's event.
   Reports the store skips as near-duplicates of a stored one are left out (they are not a second source).

    .venv/bin/python -m bench.merge_eval [--json] [--gva ../shared/eval/gva_2013_2015 [--incidents 310]
                                          [--seed 15] [--cache FILE] [--misses N]]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventsift.records import Document, Event, Evidence, Processed, Rejected, Source
from eventsift.store.merge import FOLLOW_UP_WINDOW_DAYS, LATE_REPORT_WINDOW_DAYS, cluster, compare, match_group, pairwise_scores

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


# -- real reports of one incident: GVA ---------------------------------------------------------------
@dataclass(slots=True, kw_only=True)
class GvaReport:
    document_id: str
    incident: str
    published: str


def gva_sample(path: Path, *, size: int, seed: int) -> tuple[list[tuple[dict, list[dict]]], int]:
    """``size`` incidents with two or more reports that have text, drawn with a fixed seed; (sample, incidents eligible)."""
    from eventsift.evaluate.adapters import _gva_incidents

    eligible = []
    for item in _gva_incidents(path):
        if isinstance(item, Rejected):
            continue
        readable = [report for report in item[1] if (report.get("text") or "").strip()]
        if len(readable) >= 2:
            eligible.append((item[0], readable))
    rng = random.Random(seed)
    return rng.sample(eligible, min(size, len(eligible))), len(eligible)


def _primary(events: list[tuple[Event, str]], incident: dict, *, joined: set[str] = frozenset()) -> list[tuple[Event, str]]:
    """The report's event about its incident, as the evaluation picks it (``match_primary``): the current event
    that agrees best with the GVA incident on type, date and place, else the report's first current event. A report
    with no current event of its own, whose background events joined current events (``joined``: a follow-up that
    recalls its incident), is about the one of those that agrees best."""
    from eventsift.evaluate.adapters import _gva_date, _incident_event
    from eventsift.evaluate.scoring import match_primary

    current = [(e, eid) for e, eid in events if not e.historical] or [(e, eid) for e, eid in events if eid in joined]
    gold = _incident_event(killed=incident.get("num_killed"), injured=incident.get("num_injured"),
                           date=_gva_date(incident.get("date")), state=incident.get("state"), city=incident.get("city_or_county"))
    found = match_primary(gold, [e for e, _ in current])
    return [current[i] for _, i in found.pairs]


class CachedCoder:
    """The real pipeline, with its events per document kept in a JSON file (``--cache``): re-runs then measure the
    merging alone, on the same extractions. The key is the document's id and text hash."""

    def __init__(self, path: Path | None) -> None:
        from eventsift.pipeline import Pipeline

        self.path = path
        self.cache: dict[str, list[dict]] = json.loads(path.read_text("utf-8")) if path and path.exists() else {}
        self._pipeline: Pipeline | None = None

    @staticmethod
    def _key(document: Document) -> str:
        return f"{document.id}:{hashlib.sha1(document.text.encode()).hexdigest()[:16]}"

    def process(self, document: Document) -> list[Event]:
        return next(iter(self.process_many([document]))).events  # type: ignore[union-attr]

    def process_many(self, items: Iterable[Document | Rejected], *, batch_size: int = 32) -> Iterator[Processed | Rejected]:
        from eventsift.pipeline import Pipeline

        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            key = self._key(item)
            if key not in self.cache:
                self._pipeline = self._pipeline or Pipeline()
                self.cache[key] = [e.as_dict() for e in self._pipeline.process(item)]
            yield Processed(document=item, events=[Event.from_dict(e) for e in self.cache[key]])

    def save(self) -> None:
        if self.path:
            self.path.write_text(json.dumps(self.cache), "utf-8")


def gva_eval(path: Path, *, size: int, seed: int, worst: int = 15, cache: Path | None = None) -> dict[str, Any]:
    """Ingest every report of the sample into a fresh SQLite store, in report-date order, with the real pipeline."""
    import sqlalchemy as sa

    from eventsift.evaluate.adapters import _report_document
    from eventsift.store import Store, ingest_inputs, schema

    sample, eligible = gva_sample(path, size=size, seed=seed)
    documents, incidents, reports = [], {}, {}
    for incident, items in sample:
        iid = str(incident.get("incident_id"))
        incidents[iid] = incident
        for item in items:
            record = {"id": f"gva-{iid}-{item.get('doc_id')}", "text": item.get("text"), "title": item.get("title"),
                      "url": item.get("uri"), "published": item.get("dct")}
            document = _report_document(record, source=item["_source"])
            documents.append(document)
            reports[document.id] = GvaReport(document_id=document.id, incident=iid, published=str(item.get("dct") or ""))
    documents.sort(key=lambda d: (reports[d.id].published, d.id))  # a store receiving the news day by day

    def reader(_inputs, *, published=None):  # noqa: ANN001, ANN202, ARG001
        return iter(documents)

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/gva.db")
        start = time.perf_counter()
        coder = CachedCoder(cache)
        summary = ingest_inputs(store, ["gva"], pipeline=coder, reader=reader)
        seconds = time.perf_counter() - start
        r, m = schema.reports, schema.event_members
        with store.engine.connect() as conn:
            rows = conn.execute(sa.select(r.c.document_id, r.c.data, m.c.event_id).join(m, m.c.report_id == r.c.id)
                                .order_by(r.c.document_id, r.c.position)).all()
            keys: dict[str, set[str]] = defaultdict(set)  # report id -> its identity keys, as the store compared them
            for row in conn.execute(sa.select(schema.merge_keys.c.report_id, schema.merge_keys.c.key)):
                keys[row.report_id].add(row.key)
        store.close()
    coder.save()
    events_of: dict[str, list[tuple[Event, str]]] = defaultdict(list)  # document -> (report, merged event id)
    members_of: dict[str, list[Event]] = defaultdict(list)  # merged event id -> its reports
    for row in rows:
        events_of[row.document_id].append((Event.from_dict(row.data), row.event_id))
        members_of[row.event_id].append(events_of[row.document_id][-1][0])
    # A report that tells its incident only as background is about the current event its background event joined.
    joined = {eid for eid, members in members_of.items() if any(not m.historical for m in members)}
    about = {doc: _primary(events_of.get(doc, []), incidents[rep.incident], joined=joined) for doc, rep in reports.items()}
    stored = [doc for doc in reports if doc in events_of]
    by_incident: dict[str, list[str]] = defaultdict(list)
    for doc in stored:
        by_incident[reports[doc].incident].append(doc)
    # events per incident: the distinct merged events its reports' primary events went to
    per_incident = {iid: {eid for doc in docs for _, eid in about[doc]} for iid, docs in by_incident.items()}
    per_incident_all = {iid: {eid for doc in docs for e, eid in events_of[doc] if not e.historical} for iid, docs in by_incident.items()}
    # pairwise: two reports "share an event" when their primary events are one merged event
    event_docs: dict[str, set[str]] = defaultdict(set)
    for doc in stored:
        for _, eid in about[doc]:
            event_docs[eid].add(doc)
    predicted = {frozenset((a, b)) for docs in event_docs.values() for a in docs for b in docs if a < b}
    # for context: pairs of reports of one incident sharing any current event (primary or not)
    any_docs: dict[str, set[str]] = defaultdict(set)
    for doc in stored:
        for e, eid in events_of[doc]:
            if not e.historical:
                any_docs[eid].add(doc)
    shared_any = {frozenset((a, b)) for docs in any_docs.values() for a in docs for b in docs if a < b}
    gold = {frozenset((a, b)) for docs in by_incident.values() for a in docs for b in docs if a < b}
    true = predicted & gold
    reasons: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    missed: list[dict[str, Any]] = []
    coded_apart = 0
    for pair in sorted(gold - predicted, key=sorted):
        a, b = sorted(pair)
        why = _miss_reason(about[a], about[b], keys=keys, members=members_of)
        reasons[_reason_kind(why)] += 1
        coded_apart += why.startswith(CODED_APART)
        misses[reports[a].incident].append(f"{a.split('-')[-1][:8]} / {b.split('-')[-1][:8]}: {why}")
        missed.append({"incident": reports[a].incident, "reason": why, "documents": [a, b],
                       "events": [_brief(about[d][0][0]) if about[d] else None for d in (a, b)]})
    false_merges_gva = []
    for pair in sorted(predicted - gold, key=sorted):
        a, b = sorted(pair)
        result = compare(about[a][0][0], about[b][0][0], keys=keys)
        false_merges_gva.append({"incidents": [reports[a].incident, reports[b].incident],
                                 "criteria": result.criteria if result.ok else [f"not directly: {result.failed}"],
                                 "events": [_brief(about[d][0][0]) for d in (a, b)]})
    worst_incidents = sorted(per_incident, key=lambda i: (-len(per_incident[i]), -len(misses[i]), i))[:worst]
    n = len(per_incident)
    return {
        "incidents": n, "eligible_incidents": eligible, "seed": seed, "reports": len(reports), "stored_reports": len(stored),
        "near_duplicates_or_skipped": summary.near_duplicates + summary.skipped, "rejected": len(summary.rejected),
        "reports_without_current_event": sum(1 for doc in stored if not about[doc]),
        "seconds": round(seconds, 1),
        "events_per_incident": sum(map(len, per_incident.values())) / n if n else 0.0,
        "current_events_per_incident_all": sum(map(len, per_incident_all.values())) / n if n else 0.0,
        "gold_pairs": len(gold), "predicted_pairs": len(predicted), "true_pairs": len(true),
        "recall": len(true) / len(gold) if gold else 1.0,
        "recall_any_current_event": len(shared_any & gold) / len(gold) if gold else 1.0,
        "precision_any_current_event": len(shared_any & gold) / len(shared_any) if shared_any else 1.0,
        "precision": len(true) / len(predicted) if predicted else 1.0,
        "miss_reasons": dict(reasons.most_common()),
        "missed_coded_apart": coded_apart,
        "missed_pairs": missed,
        "false_pairs": false_merges_gva,
        "worst": [{"incident": i, "reports": len(by_incident[i]), "events": len(per_incident[i]), "misses": misses[i][:3]}
                  for i in worst_incidents],
    }


# Misses the merger cannot accept whatever the texts say: no event, another type, dates beyond the follow-up
# window, places outside the place hierarchy (the coded fields, not the merging, keep them apart).
CODED_APART = ("no current event", "types differ", "sub-event types differ", "dates", "places", "no place", "no date")


def _miss_reason(a: list[tuple[Event, str]], b: list[tuple[Event, str]], *, keys: dict[str, set[str]],
                 members: dict[str, list[Event]]) -> str:
    """The cue that kept two reports of one incident apart: the comparison of their events that got furthest."""
    if not a or not b:
        return "no current event in " + ("both reports" if not a and not b else "one report")
    best = None
    for x, _ in a:
        for y, eid in b:
            result = compare(x, y, keys=keys)
            if result.ok:
                # The later report matched, yet joined another event (closer, or the first one it met), or a member
                # of this event kept it out.
                group = match_group(x, [m for m in members[eid] if m.event_id != x.event_id], keys=keys)
                return "match, but the events joined other groups first" + ("" if group.ok else f" (kept out: {group.failed})")
            if best is None or len(result.criteria) > len(best.criteria):
                best = result
    if best.outweighable and best.failed.startswith(CODED_APART):
        return "cues too weak: " + best.failed  # a soft date or place, not outweighed
    return best.failed or "?"


def _brief(e: Event) -> dict[str, Any]:
    return {"date": str(e.event_date), "published": str(e.sources[0].published) if e.sources else None,
            "type": f"{e.event_type} / {e.sub_event_type}", "place": [e.location, e.admin2, e.admin1], "lat": e.latitude,
            "lon": e.longitude, "geo_precision": e.geo_precision, "killed": e.fatalities, "injured": e.injured,
            "actors": [e.actor1, e.actor2]}


def _reason_kind(why: str) -> str:
    return re.sub(r"\s*\(.*", "", re.sub(r"[\d.]+", "N", why.split(":")[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--gva", type=Path, metavar="DIR", help="GVA folder (incidents.jsonl, articles.jsonl): ingest real reports")
    parser.add_argument("--incidents", type=int, default=310, help="GVA incidents in the sample (default 310)")
    parser.add_argument("--cache", type=Path, metavar="FILE", help="keep the pipeline's events per GVA report in FILE and reuse them")
    parser.add_argument("--seed", type=int, default=15, help="seed of the GVA sample (default 15)")
    parser.add_argument("--misses", type=int, default=0, metavar="N",
                        help="print N missed GVA pairs, each with the cue that failed and both events' date, type, place and toll")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"groups": score_groups(GROUPS.glob("*.jsonl"))}
    if ACLED.exists():
        results["acled_same_date_place_type"] = false_merges(acled_events(ACLED), lambda e: (e.event_date, e.location, e.event_type))
    if GTD.exists():
        results["gtd_same_date_city_type"] = false_merges(gtd_events(GTD), lambda e: (e.event_date, e.location, e.sub_event_type))
    if args.gva:
        results["gva"] = gva_eval(args.gva, size=args.incidents, seed=args.seed, cache=args.cache)
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
    if "gva" in results:
        g = results["gva"]
        print(f"GVA, every report of {g['incidents']} incidents (seed {g['seed']}, of {g['eligible_incidents']} with 2+ reports): "
              f"{g['reports']} reports, {g['stored_reports']} stored ({g['near_duplicates_or_skipped']} near-duplicates or "
              f"already stored, {g['rejected']} rejected), {g['seconds']} s")
        print(f"  events per incident (each report's primary event) {g['events_per_incident']:.2f}   "
              f"(all current events of its reports {g['current_events_per_incident_all']:.2f})")
        print(f"  pairwise recall {g['recall']:.3f}  precision {g['precision']:.3f}  "
              f"({g['true_pairs']} true of {g['predicted_pairs']} predicted, {g['gold_pairs']} gold pairs); "
              f"{g['reports_without_current_event']} reports with no current event")
        print(f"  (pairs sharing any current event, primary or not: recall {g['recall_any_current_event']:.3f}, "
              f"precision {g['precision_any_current_event']:.3f})")
        print(f"  missed pairs kept apart by the coded fields (no event, type, date beyond {FOLLOW_UP_WINDOW_DAYS} days "
              f"({LATE_REPORT_WINDOW_DAYS} for a report dated only by its publication), place outside the hierarchy): "
              f"{g['missed_coded_apart']} of {g['gold_pairs'] - g['true_pairs']}")
        print("  missed pairs by the cue that failed: " + "; ".join(f"{k} {v}" for k, v in g["miss_reasons"].items()))
        for miss in g["missed_pairs"][:args.misses]:
            print(f"  missed {miss['incident']} {' / '.join(d.split('-')[-1][:8] for d in miss['documents'])}: {miss['reason']}")
            for e in miss["events"]:
                print("      " + ("no current event" if e is None else
                                  f"{e['date']} (published {e['published']}) {e['type']}; {', '.join(p for p in e['place'] if p)} "
                                  f"(precision {e['geo_precision']}); killed {e['killed']}, injured {e['injured']}"))
        print("  worst incidents (most events):")
        for w in g["worst"]:
            print(f"    {w['incident']}: {w['reports']} reports, {w['events']} events")
            for miss in w["misses"]:
                print(f"      {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

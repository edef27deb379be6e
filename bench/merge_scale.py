"""Merging a new report against a large store: milliseconds per document stored.

A SQLite store in a temporary folder is filled with ``--events`` merged events (one report each, bulk
inserted: invented US shootings spread over two years and the continental United States, each with a
victim's name, age and street in its evidence sentence). Then ``--new`` documents are stored one at a time
through ``Store.ingest`` (candidate lookup by date and place, comparison, merge or new event, evidence,
sources, one transaction each), half of them follow-ups of a stored incident (same place, a few days later,
the victim's name) and half new incidents. Prints, median and 95th percentile, the merge decision alone
(the report's identity keys read, candidate events looked up by date and place and by key, then compared) and the whole ``Store.ingest`` of a document,
and how many merged.

    .venv/bin/python -m bench.merge_scale [--events 100000] [--new 300] [--seed 15]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time

import sqlalchemy as sa

from eventsift.records import Document, Event, Evidence, Source
from eventsift.store import Store, merge, schema

FIRST = ("Anna Bell Carl Dina Emil Fay Gus Hana Ivo Jan Kit Lev Mia Ned Ola Pia Rex Sol Tia Uma Vic Wes Yara Zed").split()
LAST = ("Abrell Bosko Cardle Dunmore Elkin Farro Gadd Hesketh Imber Jolley Kessin Lorne Mabry Nutley Orvis Pardo "
        "Quill Rusk Sowle Tamsin Umber Vail Wexler Yarrow Zorn").split()
STREETS = "Elm Oak Birch Cedar Maple Pine Walnut Chestnut Hickory Linden".split()
KINDS = ("Street", "Avenue", "Road", "Drive")
START = dt.date(2014, 1, 1)
DAYS = 730


def _letters(n: int) -> str:
    """A suffix that makes surnames vary ("Abrell" + "bh"), kept in letters so that the name reads as a name."""
    return "abcdefghij"[n // 10] + "abcdefghij"[n % 10]


def invented(rng: random.Random, i: int, *, date: dt.date | None = None, place: tuple[float, float] | None = None,
             victim: str | None = None) -> Event:
    lat, lon = place or (rng.uniform(25.0, 49.0), rng.uniform(-124.0, -67.0))
    victim = victim or f"{rng.choice(FIRST)} {rng.choice(LAST)}{_letters(i % 97)}"
    sentence = (f"A man was shot on the {rng.randint(1, 40) * 100} block of {rng.choice(STREETS)} {rng.choice(KINDS)}; "
                f"police identified him as {victim}, {rng.randint(15, 70)}.")
    doc = f"doc-{i}"
    return Event(event_id=f"r-{i}", document_id=doc, event_type="Violence against civilians", sub_event_type="Attack",
                 actor1="Unidentified Armed Group (United States)", actor2="Civilians (United States)",
                 event_date=date or START + dt.timedelta(days=rng.randrange(DAYS)), date_precision="day",
                 country="United States", admin1="State", location=f"Town {i}", latitude=lat, longitude=lon,
                 geo_precision=1, fatalities=rng.choice([0, 1]), injured=rng.choice([None, 1, 2]),
                 evidence=[Evidence(document_id=doc, field="event_type", sentence=sentence, start=0, end=len(sentence))],
                 sources=[Source(document_id=doc, published=None)])


def fill(store: Store, events: list[Event]) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    with store.engine.begin() as conn:
        for start in range(0, len(events), 5000):
            chunk = events[start:start + 5000]
            conn.execute(sa.insert(schema.documents), [
                dict(id=e.document_id, content_hash=e.document_id, text=e.evidence[0].sentence, ingested_at=now) for e in chunk])
            conn.execute(sa.insert(schema.reports), [
                dict(id=e.event_id, document_id=e.document_id, position=0, data=e.as_dict()) for e in chunk])
            conn.execute(sa.insert(schema.events), [
                dict(id=e.event_id, document_id=e.document_id, status="active", field_values={}, created_at=now, updated_at=now,
                     **{name: getattr(e, name) for name in schema.EVENT_FIELD_NAMES}) for e in chunk])
            conn.execute(sa.insert(schema.event_members), [
                dict(report_id=e.event_id, event_id=e.event_id, document_id=e.document_id, criteria={}, joined_at=now)
                for e in chunk])
            conn.execute(sa.insert(schema.merge_keys), [
                dict(key=key, report_id=e.event_id, event_date=e.event_date)
                for e in chunk for key in merge.document_keys([e], e.evidence[0].sentence)[0]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=300)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    stored = [invented(rng, i) for i in range(args.events)]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/scale.db")
        start = time.perf_counter()
        fill(store, stored)
        filled = time.perf_counter() - start
        timings, lookups, merged = [], [], 0
        for k in range(args.new):
            i = args.events + k
            if k % 2 == 0:  # a follow-up of a stored incident: same place, a few days later, the victim's name
                old = rng.choice(stored)
                name = old.evidence[0].sentence.split("identified him as ")[1].split(",")[0]
                event = invented(rng, i, date=old.event_date + dt.timedelta(days=rng.randint(0, 2)),  # type: ignore[operator]
                                 place=(old.latitude + 0.01, old.longitude), victim=name)  # type: ignore[operator]
            else:
                event = invented(rng, i)
            document = Document(id=event.document_id, text=event.evidence[0].sentence + f" ({i})", published=event.event_date)
            begin = time.perf_counter()
            with store.engine.connect() as conn:  # the merge decision alone: keys, candidates by index, then compare
                keys = merge.document_keys([event], document.text)[0]
                groups, known = store._candidates(conn, event, keys)
                merge.best_match(event, [members for _, members in groups], keys=known)
            lookups.append((time.perf_counter() - begin) * 1000)
            begin = time.perf_counter()
            result = store.ingest(document, [dataclasses.replace(event)])
            timings.append((time.perf_counter() - begin) * 1000)
            merged += result.events_merged
        store.close()
    timings.sort()
    lookups.sort()
    print(json.dumps({
        "stored_events": args.events, "fill_seconds": round(filled, 1), "new_documents": args.new, "merged": merged,
        "merge_decision_ms_median": round(statistics.median(lookups), 2),
        "merge_decision_ms_p95": round(lookups[int(0.95 * (len(lookups) - 1))], 2),
        "ms_per_document_median": round(statistics.median(timings), 2),
        "ms_per_document_p95": round(timings[int(0.95 * (len(timings) - 1))], 2),
        "ms_per_document_max": round(timings[-1], 2),
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

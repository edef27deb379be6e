"""Merging through the store: candidates by date precision, date and place (ix_events_candidates), and a
named follow-up joining its incident with the reason shown by ``Store.show``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from eventsift.records import Document, Event, Evidence, Source
from eventsift.store import Store, merge

DAY = dt.date(2015, 3, 7)


def report(doc: str, text: str, *, date: dt.date = DAY, precision: str = "day", lat: float = 40.10) -> Event:
    return Event(event_id=f"{doc}-1", document_id=doc, event_type="Violence against civilians", sub_event_type="Attack",
                 actor1="Unidentified Armed Group (United States)", event_date=date, date_precision=precision,
                 country="United States", admin1="Ohio", admin2="Harlan County", location="Millbrook",
                 latitude=lat, longitude=-82.90, geo_precision=1,
                 evidence=[Evidence(document_id=doc, field="event_type", sentence=text, start=0, end=len(text))],
                 sources=[Source(document_id=doc, published=date)])


def ingest(store: Store, event: Event) -> str:
    document = Document(id=event.document_id, text=f"{event.evidence[0].sentence} [{event.document_id}]",
                        published=event.event_date)
    return store.ingest(document, [dataclasses.replace(event)]).event_ids[0]


def test_candidates_by_date_precision(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    near = ingest(store, report("a", "A man was shot.", date=DAY + dt.timedelta(days=merge.FOLLOW_UP_WINDOW_DAYS)))
    ingest(store, report("b", "A woman was shot.", date=DAY + dt.timedelta(days=merge.FOLLOW_UP_WINDOW_DAYS + 5)))
    month = ingest(store, report("c", "A teen was shot.", date=dt.date(2015, 2, 1), precision="month"))
    ingest(store, report("d", "A boy was shot.", lat=45.0))  # 500 km north
    with store.engine.connect() as conn:
        found = {event_id for event_id, _ in store._candidates(conn, report("x", "Shots were fired."))[0]}
        indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(events)")}
    store.close()
    assert found == {near, month}
    assert "ix_events_candidates" in indexes


def test_a_report_dated_only_by_its_publication_looks_back_the_late_report_window(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    weeks_before = DAY - dt.timedelta(days=merge.LATE_REPORT_WINDOW_DAYS - 2)
    early = ingest(store, report("a", "A man was shot.", date=weeks_before))
    ingest(store, report("b", "A woman was shot.", date=DAY - dt.timedelta(days=merge.LATE_REPORT_WINDOW_DAYS + 3)))
    undated = report("x", "Jon Doe was charged in the shooting.")  # no date evidence: dated by its publication
    stated = dataclasses.replace(undated, evidence=[*undated.evidence, Evidence(
        document_id="x", field="event_date", sentence="It happened on Friday.", start=15, end=21)])
    with store.engine.connect() as conn:
        found = {event_id for event_id, _ in store._candidates(conn, undated)[0]}
        found_stated = {event_id for event_id, _ in store._candidates(conn, stated)[0]}
    store.close()
    assert merge.dated_by_publication(undated) and not merge.dated_by_publication(stated)
    assert found == {early} and found_stated == set()


def test_a_named_follow_up_joins_its_incident_and_says_why(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    first = ingest(store, report("a", "Police said Marcus T. Delaney, 27, was shot on Lindell Avenue on Saturday."))
    other = ingest(store, report("b", "Police said Renata Olsen, 41, was wounded near Crestview Park on Saturday."))
    later = ingest(store, report("c", "Delaney died on Wednesday, four days after he was shot.", date=DAY + dt.timedelta(days=4)))
    assert first != other and later == first
    detail = store.show(first)
    store.close()
    joined = [m for m in detail.members if m.report.event_id == "c-1"][0]
    assert joined.criteria["ok"] and any("names delaney" in c for c in joined.criteria["criteria"])


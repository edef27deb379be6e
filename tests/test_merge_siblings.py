"""A document that codes one incident twice: both its reports join the incident's event when each matches it and the
two match each other on what their own sentences say (``merge.coded_twice``); a round-up's incidents stay apart, and
the event counts one toll a document."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from eventsift.records import Event, Evidence
from eventsift.store import Store, merge, schema
from merge_reports import ingest, numbered_report

DAY = dt.date(2015, 3, 7)
PLACE = dict(country="United States", admin1="Ohio", admin2="Harlan County", location="Millbrook",
             latitude=40.10, longitude=-82.90, geo_precision=1)


def report(doc: str, n: int, text: str, *, date: dt.date = DAY, published: dt.date = DAY, **fields) -> Event:
    return numbered_report(doc, n, text, town=PLACE, date=date, published=published, **fields)


FIRST = "Officers found Marcus T. Delaney, 27, shot on Lindell Avenue on Saturday night, police said."
# The follow-up codes the shooting twice: on its own date, and again on the day it was published (the funeral).
TWICE = [("Marcus T. Delaney, 27, was shot on Lindell Avenue on Saturday night and died on Tuesday.", DAY, 1),
         ("Family and friends of Marcus T. Delaney gathered on Lindell Avenue on Tuesday, days after he was shot.",
          DAY + dt.timedelta(days=3), 0)]


def test_a_document_coding_one_incident_twice_joins_it_with_both_reports(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    [first] = ingest(store, "a", FIRST, [report("a", 1, FIRST)])
    later = DAY + dt.timedelta(days=3)
    text = " ".join(t for t, _, _ in TWICE)
    events = [report("b", i, t, date=d, published=later, fatalities=k) for i, (t, d, k) in enumerate(TWICE)]
    ids = ingest(store, "b", text, events)
    with store.engine.connect() as conn:
        members = conn.execute(sa.select(schema.event_members.c.report_id).where(
            schema.event_members.c.event_id == first)).scalars().all()
        toll = conn.execute(sa.select(schema.events.c.fatalities).where(schema.events.c.id == first)).scalar()
    store.close()
    assert ids == [first, first]
    assert sorted(members) == ["a-1", "b-0", "b-1"]
    assert toll == 1  # one toll a document: the funeral's report of no dead is not the day's lowest count


def test_a_round_up_of_two_incidents_keeps_them_apart(tmp_path: Path) -> None:
    brief = "A man was shot in Millbrook on Saturday night, police said."
    roundup = ["A man was shot in the Oakdale neighborhood on Saturday night, police said.",
               "Hours later a woman was wounded in a drive-by shooting in the Brenton neighborhood, police said."]
    first, (one, two) = report("a", 1, brief), [report("b", i, t) for i, t in enumerate(roundup)]
    assert merge.compare(two, first).ok  # alone, the brief report names nothing the second incident contradicts
    refused = merge.match_group(two, [first, one])
    assert not refused.ok and refused.failed.startswith("another report of its document: different places named")
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    [event] = ingest(store, "a", brief, [first])
    ids = ingest(store, "b", " ".join(roundup), [one, two])
    store.close()
    assert ids[0] == event and ids[1] != event


def test_two_events_of_one_document_are_no_versions_of_one_article() -> None:
    a = report("b", 0, "Prosecutors filed charges over the stabbing of a cashier at a gas station on May 2.",
               date=DAY - dt.timedelta(days=8))
    b = report("b", 1, "A retired teacher was shot dead while walking his dog along the canal on Friday.")
    assert merge.compare(a, b).failed == "same document"
    result = merge.coded_twice(a, b)
    assert not result.ok and "versions of one article" not in (result.failed or "")


def test_coded_twice_reads_no_dates_the_document_names() -> None:
    # A report of a shooting that recalls one a week earlier names both dates: they tie neither report to the other.
    a = report("b", 0, "A teenager was shot on Elm Street on Thursday.", date=DAY)
    b = report("b", 1, "A man was shot on Birch Road last week.", date=DAY - dt.timedelta(days=8))
    keys = {a.event_id: ["date:2015-02-27", "date:2015-03-07", "victim:16 male"],
            b.event_id: ["date:2015-02-27", "date:2015-03-07", "victim:16 male"]}
    assert not merge.coded_twice(a, b, keys=keys).ok


def test_migration_lets_an_event_hold_two_reports_of_a_document(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    with store.engine.connect() as conn:
        unique = sa.inspect(conn).get_unique_constraints("event_members")
    store.close()
    assert not [u for u in unique if set(u["column_names"]) == {"event_id", "document_id"}]


def test_two_events_of_one_article_sharing_few_words_are_no_absence() -> None:
    # The article's events cite its different sentences: the shots, then the victim's condition.
    shots = report("b", 0, "Gunfire erupted outside a corner grocery after an argument over a parking space between "
                           "neighbors, witnesses told detectives.")
    victim = report("b", 1, "A bartender in his twenties was driven by friends to a trauma center downtown; surgeons "
                            "expect him to survive.", date=DAY + dt.timedelta(days=1))
    result = merge.coded_twice(shots, victim)
    assert result.ok and "two events of one article" in result.criteria[-1], result
    # Told by two outlets, the same two sentences share too little to be one incident without a cue.
    assert not merge.compare(shots, dataclasses.replace(victim, document_id="c", event_id="c-1")).ok
    # A round-up's second incident, its victim named apart, is no second telling of the first.
    first = report("d", 0, "Officers found Marcus T. Delaney, 27, shot outside a corner store on Saturday night.")
    second = report("d", 1, "Renata Olsen, 41, was wounded by a stray bullet on Saturday night, police said.")
    assert not merge.coded_twice(first, second).ok


def test_the_report_its_text_dates_is_placed_before_the_one_dated_by_publication(tmp_path: Path) -> None:
    # A follow-up codes the incident on the day it appeared (no date in its text) before it codes it on the day its
    # text gives; the two are not one incident coded twice (days apart, nothing of their own in common). The report
    # dated by the text is the one that joins the incident's event.
    first_text = "Tobias Brandt, 19, and his brother were shot dead outside a laundromat on Harrow Street on Saturday night."
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    [first] = ingest(store, "a", first_text, [report("a", 1, first_text, fatalities=2)])
    later = DAY + dt.timedelta(days=3)
    undated = report("b", 0, "Detectives asked anyone who was near Harrow Street that night to call them.", date=later,
                     published=later, fatalities=2)
    dated = dataclasses.replace(
        report("b", 1, "Two brothers, one of them 19, were killed by gunfire outside a laundromat on Saturday.",
               published=later, fatalities=2),
        evidence=[Evidence(document_id="b", field=f, start=0, end=10, sentence=s) for f, s in (
            ("event_type", "Two brothers, one of them 19, were killed by gunfire outside a laundromat on Saturday."),
            ("event_date", "on Saturday"))])
    assert merge.compare(undated, report("a", 1, first_text, fatalities=2)).ok  # alone, each fits the incident
    assert merge.compare(dated, report("a", 1, first_text, fatalities=2)).ok
    assert not merge.coded_twice(undated, dated).ok
    ids = ingest(store, "b", "Detectives ... Two brothers ...", [undated, dated])
    store.close()
    assert ids[1] == first and ids[0] != first  # ids stay in the document's order
    assert [p for p, _, _ in merge.placing_order([undated, dated], [[], []])] == [1, 0]

"""Background (an earlier incident a later report recalls, coded as historical) is a report of that incident: it joins
the incident's current event as one more source when a person named in full or a numbered address ties them, never
moving the event's date or toll, and never keeping a current report out of the event it sits in."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from eventsift.records import Event
from eventsift.store import Store, merge, schema
from merge_reports import ingest, numbered_report

DAY = dt.date(2016, 9, 10)
LATER = DAY + dt.timedelta(days=40)
PLACE = dict(country="United States", admin1="Oregon", admin2="Lane County", location="Corvell",
             latitude=44.05, longitude=-123.09, geo_precision=1)

FIRST = "Delphine R. Okafor, 31, was shot dead outside her apartment on Wexford Lane on Saturday night, police said."
# Weeks later another outlet writes about a hearing, recalling the shooting as background (no current event of its own).
RECALLED = "Delphine R. Okafor was killed in September in the parking lot of her building, prosecutors said."
UNNAMED = "A woman was killed in September in the parking lot of her building, prosecutors said."


def report(doc: str, n: int, text: str, *, date: dt.date = DAY, published: dt.date = DAY, **fields) -> Event:
    return numbered_report(doc, n, text, town=PLACE, date=date, published=published, **{"fatalities": 1, **fields})


def test_background_joins_a_current_report_only_with_a_name_in_both() -> None:
    first = report("a", 0, FIRST)
    named = report("b", 0, RECALLED, published=LATER, historical=True)
    unnamed = report("c", 0, UNNAMED, published=LATER, historical=True)
    refused = merge.compare(first, unnamed)
    assert not refused.ok and refused.failed.startswith(merge.BACKGROUND)
    joined = merge.compare(first, named)
    assert joined.ok, joined
    assert any(merge.BACKGROUND in c for c in joined.criteria)  # explained as what the name outweighed
    # Background dated far from the incident is a disagreement more: a name alone does not outweigh both.
    assert not merge.compare(first, dataclasses.replace(named, event_date=DAY - dt.timedelta(days=300))).ok


def test_a_documents_background_is_not_its_current_event_coded_twice() -> None:
    current = report("b", 0, FIRST, published=LATER)
    background = report("b", 1, RECALLED, published=LATER, historical=True)
    assert not merge.coded_twice(current, background).ok


def test_the_event_keeps_its_current_reports_date_and_toll() -> None:
    first = report("a", 0, FIRST, fatalities=1)
    recalled = report("b", 0, RECALLED, date=DAY - dt.timedelta(days=1), published=LATER, historical=True, fatalities=2,
                      geo_precision=None)
    merged = merge.reconcile([first, recalled]).event
    assert not merged.historical and merged.event_date == DAY and merged.fatalities == 1
    assert {s.document_id for s in merged.sources} == {"a", "b"}
    assert merge.reconcile([recalled]).event.historical  # background alone stays background


def test_a_background_member_keeps_no_current_report_out() -> None:
    first = report("a", 0, FIRST)
    # The background's own sentence names another neighborhood (where she lived, not where she was shot).
    recalled = report("b", 0, "Delphine R. Okafor, of the Ashgrove neighborhood, was killed in September.",
                      published=LATER, historical=True)
    follow = report("c", 0, "Delphine R. Okafor, 31, was shot in the Millrace neighborhood and died on Sunday.",
                    date=DAY + dt.timedelta(days=1), published=DAY + dt.timedelta(days=1))
    refused = merge.compare(follow, recalled)
    assert not refused.ok and not refused.outweighable, refused
    assert merge.match_group(follow, [first, recalled]).ok


def test_a_follow_up_telling_the_incident_only_as_background_joins_its_event(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    [event] = ingest(store, "a", FIRST, [report("a", 0, FIRST)])
    [joined] = ingest(store, "b", RECALLED, [report("b", 0, RECALLED, published=LATER, historical=True, fatalities=2)])
    [apart] = ingest(store, "c", UNNAMED, [report("c", 0, UNNAMED, published=LATER, historical=True)])
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(schema.events).where(schema.events.c.id == event)).one()
        criteria = conn.execute(sa.select(schema.event_members.c.criteria).where(
            schema.event_members.c.report_id == "b-0")).scalar()
    store.close()
    assert joined == event and apart != event
    assert not row.historical and row.event_date == DAY and row.fatalities == 1  # a source, not a revision
    assert any(merge.BACKGROUND in c for c in criteria["criteria"])


def test_a_documents_current_reports_are_placed_before_its_background() -> None:
    current = report("b", 1, FIRST, published=LATER)
    background = report("b", 0, RECALLED, published=LATER, historical=True)
    assert [p for p, _, _ in merge.placing_order([background, current], [[], []])] == [1, 0]


def test_two_events_holding_a_documents_current_report_and_its_background_may_be_one() -> None:
    # Document b told the shooting as news and recalled it as background too; each went to one of two events that a
    # later report ties by the victim's name. The document's two reports are no second incident between them.
    first = report("a", 0, FIRST)
    current = report("b", 0, "Delphine R. Okafor, 31, died on Saturday after she was shot on Wexford Lane.",
                     published=DAY + dt.timedelta(days=1))
    background = report("b", 1, RECALLED, published=DAY + dt.timedelta(days=1), historical=True)
    other = report("c", 0, "Delphine R. Okafor, 31, was remembered by coworkers at the bakery where she worked.",
                   published=DAY + dt.timedelta(days=2))
    assert merge.groups_compatible([first, current], [other, background])


def test_a_documents_background_in_the_event_does_not_keep_its_current_report_out() -> None:
    first = report("a", 0, FIRST)
    background = report("b", 0, RECALLED, published=DAY + dt.timedelta(days=1), historical=True)
    current = report("b", 1, "Delphine R. Okafor, 31, died on Saturday after she was shot on Wexford Lane.",
                     published=DAY + dt.timedelta(days=1))
    assert merge.match_group(current, [first, background]).ok


def test_a_member_naming_no_one_does_not_keep_named_background_out() -> None:
    # The brief report describes the victim as the background does (age and sex), but names no one.
    brief = report("c", 0, "A 31-year-old woman was shot dead outside an apartment building on Saturday night.")
    recalled = report("b", 0, "Delphine R. Okafor, a 31-year-old woman, was killed in September, prosecutors said.",
                      published=LATER, historical=True)
    first = report("a", 0, FIRST)
    keys = {"c-0": ["victim:31 female"], "b-0": ["victim:31 female", "person:delphine r okafor"],
            "a-0": ["victim:31 female", "person:delphine r okafor"]}
    assert [c for c in merge.strong_cues(recalled, brief, keys=keys) if c.startswith("victims described alike")]
    refused = merge.compare(recalled, brief, keys=keys)
    assert not refused.ok and refused.outweighable, refused  # no name: an absence another member may make up for
    assert merge.match_group(recalled, [brief, first], keys=keys).ok


def test_events_show_marks_the_background_report_and_why_it_joined(tmp_path: Path, capsys) -> None:
    from eventsift.cli import main

    db = f"sqlite:///{tmp_path}/s.db"
    store = Store.open(db)
    [event] = ingest(store, "a", FIRST, [report("a", 0, FIRST)])
    ingest(store, "b", RECALLED, [report("b", 0, RECALLED, published=LATER, historical=True)])
    store.close()
    assert main(["events", "show", event, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "b-0 from b" in out and "(background: an earlier incident the report recalls)" in out
    assert "outweigh: one report is historical background" in out


def test_background_whose_document_names_the_incidents_day_joins_it_with_no_name_in_common(tmp_path: Path) -> None:
    # The first report names no one; months later a trial's report recalls the shooting by its day, at its place.
    brief = "A woman was shot dead outside her apartment in Corvell on Saturday night, police said."
    by_day = ("Two men will stand trial for the September 10, 2016, shooting of a woman outside her apartment in Corvell, "
              "a judge ruled.")
    no_day = "Two men will stand trial for the shooting of a woman outside her apartment in Corvell, a judge ruled."
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    [event] = ingest(store, "a", brief, [report("a", 0, brief)])
    [joined] = ingest(store, "b", by_day, [report("b", 0, by_day, published=LATER, historical=True)])
    [apart] = ingest(store, "c", no_day, [report("c", 0, no_day, published=LATER, historical=True)])
    with store.engine.connect() as conn:
        criteria = conn.execute(sa.select(schema.event_members.c.criteria).where(
            schema.event_members.c.report_id == "b-0")).scalar()
    store.close()
    assert joined == event and apart != event
    assert any("names the incident's day (2016-09-10)" in c for c in criteria["criteria"])


def test_a_report_whose_background_names_the_incidents_day_ties_the_event_its_name_found_to_that_incidents(
        tmp_path: Path) -> None:
    brief = "A woman was shot dead outside her apartment in Corvell on Saturday night, police said."
    named = "Delphine Okafor was killed outside her apartment in Corvell last year, her family said."
    both = "Two men will stand trial in the September 10, 2016, shooting of Delphine Okafor outside her apartment in Corvell."
    # The first report placed a few km off (its outlet's point for the town): the named event is the nearer one.
    reports = [report("a", 0, brief, latitude=PLACE["latitude"] + 0.05),
               report("b", 0, named, published=LATER, historical=True, date_precision="year"),
               report("c", 0, both, published=LATER + dt.timedelta(days=30), historical=True)]
    texts = {"a": brief, "b": named, "c": both}
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    for r in reports:
        ingest(store, r.document_id, texts[r.document_id], [r])
    with store.engine.connect() as conn:
        events = dict(conn.execute(sa.select(schema.event_members.c.report_id, schema.event_members.c.event_id)).all())
    store.close()
    assert events["a-0"] == events["b-0"] == events["c-0"], events


def test_background_that_names_the_incidents_day_at_its_place_stays_with_it_rather_than_a_name_tied_event_elsewhere(
        tmp_path: Path) -> None:
    # A round-up: its first incident's sentences name the people of the second (the extraction gave them to the first),
    # so the second incident's event holds no name. A later background report names the people and the second
    # incident's day, at its place: it is that incident's, not the first's 40 km off.
    roundup = ("Delphine Okafor was wounded in Halvern on Tuesday; Omar Fenwick is charged. "
               "On Saturday a woman was shot outside her apartment in Corvell.")
    elsewhere = dict(PLACE, location="Halvern", latitude=PLACE["latitude"] + 0.36)
    first = numbered_report("r", 0, "Delphine Okafor was wounded in Halvern on Tuesday; Omar Fenwick is charged.",
                            town=elsewhere, date=DAY - dt.timedelta(days=4), published=DAY, fatalities=0, injured=1)
    second = report("r", 1, "On Saturday a woman was shot outside her apartment in Corvell.")
    recalled = ("Omar Fenwick will stand trial for the September 10, 2016, shooting of Delphine Okafor outside her "
                "apartment in Corvell.")
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    ids = ingest(store, "r", roundup, [first, second])
    [joined] = ingest(store, "b", recalled, [report("b", 0, recalled, published=LATER, historical=True)])
    store.close()
    assert ids[0] != ids[1]
    assert joined == ids[1]

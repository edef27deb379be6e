"""Full-report adapters (GVDB, GVA) and primary-incident scoring, on tiny invented files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from eventsift.evaluate import GoldDocument, load_dataset
from eventsift.evaluate.gold import GoldEvent
from eventsift.evaluate.scoring import score_document
from eventsift.records import Document, Event


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_gvdb_rows_become_primary_incidents(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "g.jsonl", [
        {"id": "a", "title": "Man hurt in Elmtown shooting", "url": "http://x.test/a",
         "text": "ELMTOWN, Ohio -- A man was shot in the leg on Maple Street on Friday, police said.",
         "gold": {"date": "2015-8-7", "state": "Ohio", "city": "Elmtown", "killed": 0, "injured": 1}},
        {"id": "b", "text": "", "gold": {}},
    ])
    items = list(load_dataset("gvdb", path))
    docs = [i for i in items if isinstance(i, GoldDocument)]
    assert len(docs) == 1 and len(items) == 2  # the empty row is reported, not dropped silently
    gold = docs[0]
    assert gold.primary_incident and gold.document.title == "Man hurt in Elmtown shooting"
    event = gold.events[0]
    assert (event.date_low, event.admin1, event.location) == (dt.date(2015, 8, 7), "Ohio", "Elmtown")
    assert (event.fatalities_low, event.injured_low, event.country) == (0, 1, "United States")


def test_gva_first_report_of_each_non_accidental_incident(tmp_path: Path) -> None:
    _write_jsonl(tmp_path / "incidents.jsonl", [
        {"incident_id": "1", "frames": ["mass_shootings_2014"], "date": "March 3, 2014", "state": "Texas",
         "city_or_county": "Harris County", "num_killed": 1, "num_injured": 3, "doc_ids": ["r2", "r1"]},
        {"incident_id": "2", "frames": ["accidental_injuries_children"], "date": "May 1, 2014", "state": "Iowa",
         "city_or_county": "Ames", "num_killed": 0, "num_injured": 1, "doc_ids": ["r3"]},
    ])
    _write_jsonl(tmp_path / "articles.jsonl", [
        {"doc_id": "r1", "incident_id": "1", "dct": "2014-03-04", "title": "t", "text": "Four people were shot."},
        {"doc_id": "r2", "incident_id": "1", "dct": "2014-03-09", "title": "t", "text": "A victim died on Sunday."},
        {"doc_id": "r3", "incident_id": "2", "dct": "2014-05-02", "title": "t", "text": "A boy was hurt."},
    ])
    first = [d for d in load_dataset("gva", tmp_path) if isinstance(d, GoldDocument)]
    assert [d.document.id for d in first] == ["gva-1-r1"]  # earliest report; the accidental incident left out
    assert first[0].document.published == dt.date(2014, 3, 4)
    every = [d for d in load_dataset("gva-all", tmp_path) if isinstance(d, GoldDocument)]
    assert sorted(d.document.id for d in every) == ["gva-1-r1", "gva-1-r2", "gva-2-r3"]


def _event(**fields) -> Event:
    return Event(event_id=fields.pop("event_id", "e"), document_id="d", event_type="Violence against civilians",
                 sub_event_type="Attack", **fields)


def test_primary_incident_is_matched_on_date_and_place_not_on_the_toll() -> None:
    gold = GoldDocument(document=Document(id="d", text="x"), primary_incident=True, events=[GoldEvent(
        date_low=dt.date(2015, 1, 2), date_high=dt.date(2015, 1, 2), location="Elmtown", fatalities_low=2,
        fatalities_high=2, injured_low=0, injured_high=0)])
    other = _event(event_id="o", event_date=dt.date(2014, 6, 1), location="Oakville", fatalities=2, injured=0)
    primary = _event(event_id="p", event_date=dt.date(2015, 1, 2), location="Elmtown", fatalities=1, injured=1)
    score = score_document(gold, [other, primary])
    by_field = {o.field: o.correct for o in score.outcomes}
    # the toll of the other incident agrees, but the primary incident's toll is the one judged
    assert by_field["fatalities"] is False and by_field["fatalities_and_injured"] is False
    assert by_field["date_exact"] and by_field["location_name"]
    assert score.extra == 0 and score.other_incidents == 1


def test_primary_incident_falls_back_to_the_first_current_event() -> None:
    gold = GoldDocument(document=Document(id="d", text="x"), primary_incident=True, events=[GoldEvent(
        fatalities_low=0, fatalities_high=0, injured_low=1, injured_high=1, location="Harris County")])
    old = _event(event_id="h", historical=True, fatalities=3)
    first = _event(event_id="f", fatalities=0, injured=1, admin2="Harris")
    by_field = {o.field: o.correct for o in score_document(gold, [old, first]).outcomes}
    assert by_field["fatalities_and_injured"] and by_field["location_name"]  # a county is scored on admin2


def test_a_shooting_is_matched_to_the_shooting_not_to_the_arrest_told_beside_it(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "g.jsonl", [
        {"id": "a", "text": "x", "gold": {"date": "2015-8-7", "state": "Ohio", "city": "Elmtown", "killed": 0,
                                          "injured": 4}}])
    gold = next(i for i in load_dataset("gvdb", path) if isinstance(i, GoldDocument))
    arrest = Event(event_id="a", document_id="d", event_type="Strategic developments", sub_event_type="Arrests",
                   event_date=dt.date(2015, 8, 7), location="Elmtown", admin1="Ohio", fatalities=0)
    shooting = _event(event_id="s", event_date=dt.date(2015, 8, 7), location="Elmtown", admin1="Ohio", fatalities=0,
                      injured=4)
    outcomes = score_document(gold, [arrest, shooting]).outcomes
    by_field = {o.field: o.correct for o in outcomes}
    assert by_field["injured"] is True
    # the types only guide the pairing: neither set codes one, so none is scored
    assert not {"event_type", "sub_event_type", "type_agreement"} & {o.field for o in outcomes}

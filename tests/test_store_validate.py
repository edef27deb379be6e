"""One validator for corrections: the rules, and the CLI, the API and the store all refusing the same edits."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventsift.cli import main
from eventsift.records import Document, Event, Evidence
from eventsift.store import Store
from eventsift.store.validate import CorrectionError, GazetteerLocator, InMemoryLocator, PlacePoint, check_event, complete

# Two towns of one country and one across a border 300 km away (invented coordinates, not a real map).
LOCATOR = InMemoryLocator(
    [PlacePoint(country_code="PK", latitude=30.2, longitude=67.0), PlacePoint(country_code="PK", latitude=31.5, longitude=74.3),
     PlacePoint(country_code="IN", latitude=31.6, longitude=77.4)],
    codes={"Pakistan": "PK", "India": "IN"},
)
GOOD = {
    "event_type": "Violence against civilians", "sub_event_type": "Attack", "latitude": 30.2, "longitude": 67.0,
    "country": "Pakistan", "fatalities": 3, "fatalities_low": 2, "fatalities_high": 4, "injured": 1,
    "event_date": dt.date(2021, 3, 9), "date_end": None, "date_precision": "day", "inter1": 3, "inter2": 7,
    "geo_precision": 1, "certainty": "reported",
}
TODAY = dt.date(2021, 6, 1)


def problems(**changes) -> list[str]:
    try:
        check_event({**GOOD, **changes}, changed=changes, locator=LOCATOR, today=lambda: TODAY)
    except CorrectionError as exc:
        return exc.fields
    return []


def test_a_consistent_event_passes():
    check_event(GOOD, locator=LOCATOR, today=lambda: TODAY)


@pytest.mark.parametrize(("changes", "field"), [
    ({"sub_event_type": "Bogus"}, "sub_event_type"),
    ({"event_type": "Skirmish"}, "event_type"),
    ({"sub_event_type": "Grenade"}, "sub_event_type"),            # a sub-type of another event type
    ({"event_type": "Battles"}, "sub_event_type"),                # Battles / Attack do not agree
    ({"latitude": 999.0}, "latitude"),
    ({"longitude": -180.5}, "longitude"),
    ({"latitude": float("nan")}, "latitude"),
    ({"longitude": None}, "longitude"),                           # one coordinate without the other
    ({"latitude": 31.6, "longitude": 77.4}, "latitude"),          # on the other country's town
    ({"fatalities": -5}, "fatalities"),
    ({"injured": -1}, "injured"),
    ({"fatalities": 9}, "fatalities_high"),                       # best above high
    ({"fatalities_low": 5}, "fatalities_low"),                    # low above best
    ({"date_end": dt.date(2021, 3, 1)}, "date_end"),              # ends before it starts
    ({"event_date": dt.date(2021, 7, 1)}, "event_date"),          # in the future
    ({"date_precision": "fortnight"}, "date_precision"),
    ({"inter1": 0}, "inter1"),
    ({"geo_precision": 4}, "geo_precision"),
    ({"certainty": "rumoured"}, "certainty"),
])
def test_each_rule_names_its_field(changes, field):
    assert field in problems(**changes)


@pytest.mark.parametrize("changes", [
    {"latitude": 31.4, "longitude": 74.0},          # near the country's own town
    {"country": "Atlantis"},                         # a country the gazetteer does not know: cannot tell
    {"latitude": None, "longitude": None},           # cleared together
    {"event_type": "Explosions/Remote violence", "sub_event_type": "Grenade"},
    {"fatalities": 4},                               # best at the top of the range
])
def test_valid_corrections_pass(changes):
    assert problems(**changes) == []


def test_a_sub_type_brings_its_event_type():
    assert complete({"sub_event_type": "Grenade"}) == {"sub_event_type": "Grenade", "event_type": "Explosions/Remote violence"}
    assert complete({"sub_event_type": "Bogus"}) == {"sub_event_type": "Bogus"}


def test_stored_values_a_correction_does_not_touch_are_not_its_fault():
    stored = {**GOOD, "event_type": "Battles"}  # a coder's inconsistent pair, left alone by a toll edit
    check_event({**stored, "fatalities": 4}, changed={"fatalities"}, locator=LOCATOR, today=lambda: TODAY)


def test_the_gazetteer_tells_a_country_from_coordinates_elsewhere():
    locator = GazetteerLocator()
    if locator.distances_km("Pakistan", 30.19, 67.01) is None:
        pytest.skip("the gazetteer index is not built")
    assert locator.distances_km("Pakistan", 30.19, 67.01)[0] < 50            # Quetta
    own, other = locator.distances_km("Pakistan", 48.85, 2.35)               # Paris
    assert own > 1000 and other < 50


# -- the three ways in -------------------------------------------------------------------------
@pytest.fixture()
def stored(tmp_path):
    url = f"sqlite:///{tmp_path / 'v.db'}"
    store = Store.open(url)
    text = "Gunmen shot dead three villagers near the town on Tuesday, police said."
    document = Document(id="doc-v1", text=text, published=dt.date(2021, 3, 10))
    event = Event(event_id="ev-v1", document_id="doc-v1", event_type="Violence against civilians", sub_event_type="Attack",
                  actor1="Unidentified Armed Group", inter1=3, inter2=7, event_date=dt.date(2021, 3, 9),
                  country="Pakistan", location="Quetta", latitude=30.19, longitude=67.01, geo_precision=1,
                  fatalities=3, fatalities_low=3, fatalities_high=3,
                  evidence=[Evidence(document_id="doc-v1", field="event_type", sentence=text, start=12, end=16)])
    store.ingest(document, [event])
    yield url, store
    store.close()


BAD_EDITS = [({"sub_event_type": "Bogus"}, "sub_event_type"), ({"latitude": "999"}, "latitude"),
             ({"fatalities": "-5"}, "fatalities"), ({"event_type": "Battles"}, "sub_event_type"),
             ({"date_end": "2021-03-01"}, "date_end")]


@pytest.mark.parametrize(("changes", "field"), BAD_EDITS)
def test_the_store_refuses_and_changes_nothing(stored, changes, field):
    _, store = stored
    before = store.show("ev-v1")
    with pytest.raises(CorrectionError) as caught:
        store.edit("ev-v1", changes, by="analyst")
    assert field in caught.value.fields
    after = store.show("ev-v1")
    assert after.event == before.event and len(after.corrections) == len(before.corrections)


def test_the_store_sets_the_event_type_of_a_new_sub_type(stored):
    _, store = stored
    store.edit("ev-v1", {"sub_event_type": "Grenade"}, by="analyst")
    event = store.show("ev-v1").event
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Grenade")


@pytest.mark.parametrize(("changes", "field"), BAD_EDITS)
def test_the_cli_refuses_with_one_line_naming_the_field(stored, capsys, changes, field):
    url, _ = stored
    (name, value), = changes.items()
    assert main(["events", "--db", url, "edit", "ev-v1", f"{name}={value}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{field}:" in err


@pytest.mark.parametrize(("changes", "field"), [({"sub_event_type": "Bogus"}, "sub_event_type"),
                                                ({"event_type": "Battles"}, "sub_event_type"),
                                                ({"fatalities": 2, "fatalities_high": 1}, "fatalities_high")])
def test_the_api_answers_422_naming_the_field(stored, changes, field):
    from fastapi.testclient import TestClient

    from eventsift.web.app import create_app
    from eventsift.web.auth import TokenStore

    _, store = stored
    _, secret = TokenStore(store.engine).create("desk")
    with TestClient(create_app(store)) as client:
        response = client.patch("/api/events/ev-v1", json=changes, headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 422, response.text
    body = json.loads(response.text)
    assert ["body", field] in [d["loc"] for d in body["detail"]]
    assert store.show("ev-v1").event.sub_event_type == "Attack"

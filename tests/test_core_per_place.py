"""One event per place: an incident told at a list of places is coded at each, its toll shared out (ACLED's practice).
Reports and places are invented for these tests."""

import datetime as dt

import pytest

from eventsift.geo import InMemoryGeocoder
from eventsift.pipeline import Pipeline
from eventsift.records import Document, Place

PLACES = [
    Place(name="Ashby", country="Pakistan", admin1="Elmstate", latitude=30.10, longitude=67.10, population=40000),
    Place(name="Marlow", country="Pakistan", admin1="Elmstate", latitude=30.60, longitude=67.70, population=30000),
    Place(name="Oakvale", country="Pakistan", admin1="Fenland", latitude=31.40, longitude=68.60, population=25000),
    Place(name="Elmstate", country="Pakistan", admin1="Elmstate", latitude=30.30, longitude=67.30, feature="admin1",
          geo_precision=3),
    Place(name="Fenland", country="Pakistan", admin1="Fenland", latitude=31.20, longitude=68.40, feature="admin1",
          geo_precision=3),
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(geocoder=InMemoryGeocoder(PLACES))


def _code(pipeline, text):  # noqa: ANN001, ANN202
    return pipeline.process(Document(id="t", text=text, published=dt.date(2021, 3, 9)))


def test_an_incident_told_at_a_list_of_places_is_an_event_at_each(pipeline):
    events = _code(pipeline, "On 8 March 2021, militants attacked police posts in Ashby, Marlow and Oakvale, killing "
                             "seven policemen.")
    assert sorted((e.location, e.fatalities) for e in events) == [("Ashby", 3), ("Marlow", 2), ("Oakvale", 2)]
    assert len({e.event_id for e in events}) == 3
    assert all(e.event_type == events[0].event_type and e.event_date == dt.date(2021, 3, 8) for e in events)


def test_places_with_their_provinces_in_brackets(pipeline):
    events = _code(pipeline, "On 8 March 2021, troops and rebels clashed on the Ashby (Elmstate) and Oakvale "
                             "(Fenland) fronts, killing four fighters.")
    assert sorted((e.location, e.admin1, e.fatalities) for e in events) == [
        ("Ashby", "Elmstate", 2), ("Oakvale", "Fenland", 2)]


def test_a_toll_the_report_already_shares_out_is_each_places_own(pipeline):
    events = _code(pipeline, "On 8 March 2021, airstrikes hit militants in Ashby and Oakvale. Six militants were "
                             "killed across the two attacks.")
    assert sorted((e.location, e.fatalities) for e in events) == [("Ashby", 3), ("Oakvale", 3)]


@pytest.mark.parametrize("text", [
    "On 8 March 2021, gunmen killed a shopkeeper in Ashby, Elmstate.",  # a town and its province
    "On 8 March 2021, protesters marched between Ashby and Marlow to demand water.",  # one stretch of road
    "On 8 March 2021, protesters marched from Ashby to Oakvale to demand water.",
    "On 8 March 2021, protesters rallied in Ashby and Oakvale to demand water.",  # gatherings are left whole
])
def test_a_town_with_its_area_or_a_stretch_is_one_event(pipeline, text):
    assert len(_code(pipeline, text)) == 1


def test_each_place_of_a_list_keeps_the_count_the_text_gives_it(pipeline):
    events = _code(pipeline, "On 8 March 2021, raiders killed three herders in Ashby, five in Marlow and one in "
                             "Oakvale.")
    assert sorted((e.location, e.fatalities) for e in events) == [("Ashby", 3), ("Marlow", 5), ("Oakvale", 1)]


def test_a_place_by_place_count_of_the_wounded(pipeline):
    events = _code(pipeline, "On 8 March 2021, six constables were wounded in Oakvale on Monday and two at Ashby.")
    assert sorted((e.location, e.injured) for e in events) == [("Ashby", 2), ("Oakvale", 6)]


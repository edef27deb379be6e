"""Words for a part of a town and for "the capital" are not places' own names: a town's side or centre is the report's
town (or the town named right after it), and "the capital city" under a state's dateline is not the nation's.
Runs on a small index; every text is invented."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document
from place_stubs import toponyms_at


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("parts") / "gazetteer-test.sqlite", countries=("US", "AI", "DK"))
    return open_geocoder(path=path)


@pytest.mark.parametrize("side", ["North Side", "Southwest Side", "Eastside"])
def test_a_side_of_town_is_the_reports_town(geocoder, side):
    text = f"Two men were wounded outside a corner store on the {side} on Saturday, Tulsa police said."
    toponyms = toponyms_at(text, (side, None), ("Tulsa", "institution"))
    part, _ = geocoder.resolve(toponyms, document=Document(id="t", text=text))
    assert (part.name, part.admin1) == ("Tulsa", "Oklahoma")


def test_a_towns_centre_named_before_it_is_that_town(geocoder):
    text = "Shots rang out in Downtown Tulsa after the bars closed, witnesses said."
    toponyms = toponyms_at(text, ("Downtown", None), ("Tulsa", None))
    centre, _ = geocoder.resolve(toponyms, document=Document(id="t", text=text))
    assert (centre.name, centre.admin1) == ("Tulsa", "Oklahoma")


def test_a_side_of_town_in_a_headline_is_no_town(geocoder):
    document = Document(id="t", text="Two men were wounded on Saturday, police said.", title="Two hurt in North Side shooting")
    ctx = geocoder.context([], document)
    assert ctx.dateline_town is None


def test_a_side_of_town_and_the_capital_name_no_area(geocoder):
    text = "A man was shot on the North Side, and another in the capital."
    toponyms = toponyms_at(text, ("North Side", None), ("capital", None))
    ctx = geocoder.context(toponyms, Document(id="t", text=text))
    assert ctx.admin1 == set()


def test_the_capital_city_under_a_states_dateline_is_not_the_nations(geocoder):
    text = "ELMTOWN, Ohio (WXYZ) - Five people were hurt in a shooting in the capital city late Tuesday."
    toponyms = toponyms_at(text, ("capital", None))
    (place,) = geocoder.resolve(toponyms, document=Document(id="t", text=text, dateline="Elmtown, Ohio"))
    assert place is None or place.name != "Washington"
    # without a state's dateline, the capital is the country's
    (place,) = geocoder.resolve(toponyms, document=Document(id="t", text=text, dateline="Washington"))
    assert place.name == "Washington"


@pytest.mark.parametrize(("text", "state"), [
    ("Troopers with the Nebraska Highway Patrol said a driver was shot on the interstate.", "Nebraska"),
    ("A spokesman for the Vermont Law Enforcement Agency said two people were hurt.", "Vermont"),
])
def test_a_state_named_in_its_agencys_name_is_a_weak_sign_of_the_state(geocoder, text, state):
    from eventsift.events.place import INSTITUTION_AFTER

    start = text.index(state)
    assert (start, start + len(state)) in geocoder.find_toponyms(text)
    assert INSTITUTION_AFTER.match(text[start + len(state):])


@pytest.mark.parametrize(("text", "names", "expected"), [
    # a quarter named like a far-away city of another state, in a report whose big city's police speak
    ("Four people were hurt at a cookout in Savannah, a Tulsa Police spokesman said.",
     (("Savannah", None), ("Tulsa", "institution")), ("Tulsa", "Oklahoma")),
    # ... the city itself when the report names its own police, writes its state or names another town of its state
    ("Four people were hurt at a cookout in Savannah; Savannah police and Tulsa Police searched for the gunman.",
     (("Savannah", None), ("Tulsa", "institution")), ("Savannah", "Georgia")),
    ("Four people were hurt at a cookout in Savannah, Ga., a Tulsa Police spokesman said.",
     (("Savannah", None), ("Tulsa", "institution")), ("Savannah", "Georgia")),
    ("Four people were hurt at a cookout in Savannah, and the gunman was caught in Macon, Tulsa Police said.",
     (("Savannah", None), ("Macon", None), ("Tulsa", "institution")), ("Savannah", "Georgia")),
    # without a big city's police named, the name keeps its reading
    ("Four people were hurt at a cookout in Savannah, a Tulsa hospital said.",
     (("Savannah", None), ("Tulsa", None)), ("Savannah", "Georgia")),
])
def test_a_far_namesake_under_a_big_citys_police_is_a_quarter_of_that_city(geocoder, text, names, expected):
    place, *_ = geocoder.resolve(toponyms_at(text, *names), document=Document(id="t", text=text))
    assert (place.name, place.admin1) == expected


@pytest.mark.parametrize(("text", "placed"), [
    ("Two students were shot at a high school in a Tulsa suburb on Friday.", False),
    ("Two students were shot at a Tulsa-area high school on Friday.", False),
    ("Families in the Tulsa metro area mourned two students shot on Friday.", False),
    ("Two students were shot at a high school in Tulsa on Friday.", True),
])
def test_a_citys_suburb_or_area_is_not_the_city(geocoder, text, placed):
    (place,) = geocoder.resolve(toponyms_at(text, ("Tulsa", None)), document=Document(id="t", text=text))
    assert (place is not None) == placed

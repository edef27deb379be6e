"""Regions that are no administrative unit (data/regions.tsv), islands and facilities named after their town.
A continent or a region of several countries is never a place, nor a town that shares its name; a region of one
country finds that country, or its one first-level area. Runs on a small index; every text is invented."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("SD", "EG", "MX", "PH", "TN", "US", "LY", "KE", "SY", "IN", "UA")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("regions") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def _resolve(geocoder, text: str, name: str):  # noqa: ANN001, ANN201
    start = text.index(name)
    (place,) = geocoder.resolve([Toponym(text=name, start=start, end=start + len(name), sentence_index=0)],
                                document=Document(id="t", text=text))
    return place


@pytest.mark.parametrize(("text", "name"), [
    ("Two soldiers were killed in a bomb blast in Asia on Friday.", "Asia"),  # a Philippine town's name
    ("Protesters marched through the Middle East on Friday.", "Middle East"),  # a US neighbourhood's name
    ("Traders gathered at the Africa Market on Friday.", "Africa"),  # another name of a Tunisian town
    ("Fighters moved weapons across the Levant.", "Levant"),  # a town in Maine
])
def test_a_continent_or_a_region_of_several_countries_is_no_place(geocoder, text, name):
    assert geocoder.candidates(name) == []
    assert _resolve(geocoder, text, name) is None
    assert all(text[a:b] != name for a, b in geocoder.find_toponyms(text))


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("A food convoy was looted in Darfur last week.", "Darfur", "Sudan", None),
    ("Militants fired on a checkpoint in northern Sinai.", "Sinai", "Egypt", None),  # not a Mexican hamlet
    ("Shelling killed four people in Eastern Ghouta on Monday.", "Eastern Ghouta", "Syria", "Rural Damascus"),
    ("Militants attacked a patrol in Kashmir on Monday.", "Kashmir", "India", "Jammu and Kashmir"),
    ("Shelling killed two civilians in the Donbas.", "Donbas", "Ukraine", None),  # not the city of Donetsk
    # an island of one state, not the town named after it ("Long Island City" is a part of New York City)
    ("Two men were found shot in a parked car on Long Island.", "Long Island", "United States", "New York"),
    ("A fisherman was wounded by a stray bullet on Cape Cod.", "Cape Cod", "United States", "Massachusetts"),
])
def test_a_region_of_one_country_is_that_country_or_its_area(geocoder, text, name, country, admin1):
    place = _resolve(geocoder, text, name)
    assert (place.country, place.admin1, place.geo_precision) == (country, admin1, 3)


def test_a_facility_named_after_its_town_leaves_the_town_a_place(geocoder):
    text = "Nurses marched from Mombasa Medical Centre to the Nairobi Trade Centre."
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == ["Mombasa", "Nairobi"]


def test_an_island_named_after_its_town_is_the_town(geocoder):
    place = _resolve(geocoder, "Fishermen reported a boat fire off Lamu Island on Monday.", "Lamu Island")
    assert (place.name, place.country) == ("Lamu", "Kenya")


@pytest.mark.parametrize(("text", "found"), [
    ("Militants attacked a camp in Jammu and Kashmir on Monday.", ["Jammu and Kashmir"]),  # a name with "and" in it
    ("Curfew was imposed in Jammu and Srinagar on Monday.", ["Jammu", "Srinagar"]),  # two names joined by "and"
])
def test_and_inside_a_name_the_gazetteer_knows_whole(geocoder, text, found):
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == found

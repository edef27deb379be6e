"""Towns conflict reports name that the packaged city list lacks, and their spellings (data/towns.tsv)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Toponym


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-towns.sqlite", countries=("PK", "IN", "LB", "LY", "NG", "ET"))
    return open_geocoder(path=path)


def _place(geocoder, name: str, day: dt.date = dt.date(2020, 5, 4)):  # noqa: ANN001, ANN202
    text = f"Gunmen opened fire on a police van in {name} on Monday."
    start = text.index(name)
    toponym = Toponym(text=name, start=start, end=start + len(name), sentence_index=0)
    (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, published=day))
    return place


@pytest.mark.parametrize(("name", "country", "admin1"), [
    ("Lyari", "Pakistan", "Sindh"),  # a quarter of Karachi
    ("Rajouri", "India", "Jammu and Kashmir"),
    ("Baramulla", "India", "Jammu and Kashmir"),  # a spelling of the listed Baramula
    ("Choueifat", "Lebanon", "Mount Lebanon"),
    ("El Mina", "Lebanon", "North"),  # not Minna, Nigeria, by a looser key
    ("Tyr", "Lebanon", "South"),  # the French spelling of the listed Tyre
])
def test_towns_the_city_list_lacks(geocoder, name, country, admin1):
    place = _place(geocoder, name)
    assert (place.country, place.admin1, place.geo_precision) == (country, admin1, 1)


def test_a_packaged_town_is_coded_in_the_first_level_of_its_day(geocoder):
    assert _place(geocoder, "Mir Ali", dt.date(2015, 3, 1)).admin1 == "Federally Administered Tribal Areas"
    assert _place(geocoder, "Mir Ali", dt.date(2020, 3, 1)).admin1 == "Khyber Pakhtunkhwa"


def test_a_spelling_names_the_town_and_the_district_named_after_it(geocoder):
    features = {(c.name, c.feature) for c in geocoder.candidates("Baramulla", areas=True)}
    assert {("Baramula", "city"), ("Baramula", "admin2")} <= features


@pytest.mark.parametrize("name", ["West Hararge", "Horo Guduru Wollega"])
def test_a_zone_of_oromia_under_the_spellings_reports_use(geocoder, name):
    place = _place(geocoder, name)
    assert (place.country, place.admin1, place.feature, place.geo_precision) == ("Ethiopia", "Oromia", "admin2", 2)

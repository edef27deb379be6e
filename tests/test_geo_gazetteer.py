"""The real offline geocoder on a small index (a few countries) built into a temporary EVENTSIFT_HOME."""

from __future__ import annotations

import math
import pickle

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Toponym

# Countries the test index holds: enough for the South Asian cases and for names shared across borders.
TEST_COUNTRIES = ("PK", "AF", "IN", "YE", "SY")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    home = tmp_path_factory.mktemp("eventsift_home")
    path = build_index(home / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def doc(text: str, **kwargs) -> Document:
    return Document(id="t", text=text, **kwargs)


def toponyms(text: str, *names: str, qualifiers: dict[str, str] | None = None) -> list[Toponym]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(
            Toponym(text=name, start=start, end=start + len(name), sentence_index=0, qualifier=(qualifiers or {}).get(name))
        )
    return out


def test_mastung_is_the_town_in_balochistan(geocoder):
    text = "Militants were killed in Mastung on Friday."
    [place] = geocoder.resolve(toponyms(text, "Mastung"), document=doc(text))
    assert (place.country, place.admin1) == ("Pakistan", "Balochistan")
    assert km(place.latitude, place.longitude, 29.80, 66.85) < 25
    assert place.geo_precision == 1


@pytest.mark.parametrize("qualifier", ["near", "in the hills near", "35 km from", "on the outskirts of"])
def test_qualified_place_has_precision_two(geocoder, qualifier):
    text = f"The operation {qualifier} Mastung went on."
    [place] = geocoder.resolve(toponyms(text, "Mastung", qualifiers={"Mastung": qualifier}), document=doc(text))
    assert place.geo_precision == 2
    assert km(place.latitude, place.longitude, 29.80, 66.85) < 25


@pytest.mark.parametrize("name", ["Balochistan", "Baluchistan", "Balochistan Province"])
def test_province_spellings_give_admin1_precision_three(geocoder, name):
    [place] = geocoder.lookup(name)[:1]
    assert (place.name, place.country, place.feature, place.geo_precision) == ("Balochistan", "Pakistan", "admin1", 3)


@pytest.mark.parametrize("name", ["Khyber Pakhtunkhwa", "KP", "NWFP", "Khyber-Pakhtunkhwa"])
def test_khyber_pakhtunkhwa_variants(geocoder, name):
    place = geocoder.lookup(name, country="PK")[0]
    assert (place.admin1, place.feature) == ("Khyber Pakhtunkhwa", "admin1")


def test_quetta(geocoder):
    text = "Two engineers were kidnapped from Quetta."
    [place] = geocoder.resolve(toponyms(text, "Quetta"), document=doc(text))
    assert (place.name, place.admin1, place.feature) == ("Quetta", "Balochistan", "city")
    assert km(place.latitude, place.longitude, 30.18, 67.00) < 25


@pytest.mark.parametrize("name", ["D.I. Khan", "DI Khan", "Dera Ismail Khan"])
def test_dera_ismail_khan_abbreviations_resolve_to_the_town(geocoder, name):
    text = f"A blast in {name} killed three."
    [place] = geocoder.resolve(toponyms(text, name), document=doc(text))
    assert place.admin1 == "Khyber Pakhtunkhwa"
    assert km(place.latitude, place.longitude, 31.83, 70.90) < 25
    assert place.geo_precision == 1


@pytest.mark.parametrize(("name", "canonical"), [("Helmand", "Helmand"), ("Hilmand", "Helmand"), ("Paktya", "Paktia")])
def test_afghan_province(geocoder, name, canonical):
    text = f"Clashes were reported in {name} province."
    [place] = geocoder.resolve(toponyms(text, name), document=doc(text))
    assert (place.name, place.country, place.feature, place.geo_precision) == (canonical, "Afghanistan", "admin1", 3)


def test_district_named_as_such_resolves_to_the_district(geocoder):
    text = "Police in Mastung District said."
    [place] = geocoder.resolve(toponyms(text, "Mastung District"), document=doc(text))
    assert (place.feature, place.admin2, place.geo_precision) == ("admin2", "Mastung", 2)


def test_tribal_agency_without_a_town(geocoder):
    text = "A drone strike hit North Waziristan."
    [place] = geocoder.resolve(toponyms(text, "North Waziristan"), document=doc(text))
    assert (place.country, place.admin1, place.feature, place.geo_precision) == (
        "Pakistan", "Khyber Pakhtunkhwa", "admin2", 2,
    )


@pytest.mark.parametrize(("country_name", "expected"), [("Pakistan", "Pakistan"), ("India", "India")])
def test_a_name_in_two_countries_takes_the_documents_country(geocoder, country_name, expected):
    text = f"Police in Hyderabad, {country_name}, arrested five people."
    places = geocoder.resolve(toponyms(text, "Hyderabad", country_name), document=doc(text))
    assert places[0].country == expected
    assert places[1].feature == "country"


def test_publisher_country_breaks_a_tie(geocoder):
    text = "Protesters gathered in Punjab."
    for publisher, expected in (("Dawn", "Pakistan"), ("The Hindu", "India")):
        [place] = geocoder.resolve(toponyms(text, "Punjab"), document=doc(text, publisher=publisher))
        assert place.country == expected, publisher


def test_other_places_in_the_article_are_context(geocoder):
    text = "Gunmen attacked a post in Hyderabad; later a blast hit Karachi and Sukkur."
    places = geocoder.resolve(toponyms(text, "Hyderabad", "Karachi", "Sukkur"), document=doc(text))
    assert [p.country for p in places] == ["Pakistan"] * 3
    assert places[0].admin1 == "Sindh"


def test_unknown_name_is_none_and_others_still_resolve(geocoder):
    text = "Fighting in Qwzxtplorbad and Quetta."
    places = geocoder.resolve(toponyms(text, "Qwzxtplorbad", "Quetta"), document=doc(text))
    assert places[0] is None
    assert places[1].name == "Quetta"
    assert geocoder.lookup("Qwzxtplorbad") == []


def test_find_toponyms_finds_capitalised_places_only(geocoder):
    text = "The operation near Mastung in Balochistan began on Friday. Dera Ismail Khan was calm. mastung"
    found = [text[a:b] for a, b in geocoder.find_toponyms(text)]
    assert found == ["Mastung", "Balochistan", "Dera Ismail Khan"]


def test_geocoder_survives_pickling_for_worker_processes(geocoder):
    clone = pickle.loads(pickle.dumps(geocoder))
    assert clone.lookup("Quetta")[0].name == "Quetta"

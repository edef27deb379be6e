"""ACLED's first level where it is not GeoNames's: Uganda's districts, Belgrade's own region, and ACLED's spelling
of first-level areas GeoNames spells otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from eventsift.evaluate.scoring import same_admin1
from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Toponym


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-level.sqlite", countries=("UG", "RS", "SS", "ET", "PK", "HR", "MR", "PE"))
    return open_geocoder(path=path)


def _place(geocoder, name: str):  # noqa: ANN001, ANN202
    text = f"Police said a man was beaten by a mob in {name} on Monday."
    start = text.index(name)
    toponym = Toponym(text=name, start=start, end=start + len(name), sentence_index=0)
    (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, published=dt.date(2020, 5, 4)))
    return place


@pytest.mark.parametrize(("name", "admin1"), [("Kakiri", "Wakiso"), ("Gulu", "Gulu"), ("Belgrade", "Belgrade"),
                                              ("Novi Sad", "Vojvodina"), ("Wau", "Western Bahr el Ghazal"),
                                              ("Jimma", "Oromia"), ("Muzaffarabad", "Azad Jammu and Kashmir"),
                                              # a city of its own, apart from the county of its name; a capital split
                                              # among three areas, coded in the one that holds its centre
                                              ("Zagreb", "City of Zagreb"), ("Nouakchott", "Nouakchott-Ouest"),
                                              # GeoNames's "County of ..." and "... Department"
                                              ("Osijek", "Osijek-Baranja"), ("Cusco", "Cusco")])
def test_places_are_coded_under_acleds_first_level(geocoder, name, admin1):
    place = _place(geocoder, name)
    assert (place.name, place.admin1) == (name, admin1)


@pytest.fixture(scope="module")
def gaza_geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-gaza.sqlite", countries=("PS", "MZ", "IL"))
    return open_geocoder(path=path)


def test_gaza_alone_is_the_gaza_strip_not_mozambiques_province(gaza_geocoder):
    """"Northern Gaza", "a strike in Gaza": the Strip's short name. Mozambique's Gaza province, an area the size of
    the Strip's towns, scored its area bonus over them; it stays the province where the text says so."""
    place = _place(gaza_geocoder, "Gaza")
    assert (place.country, place.admin1) == ("Palestine", "Gaza Strip")
    text = "Armed men attacked a bus in Chokwe district of Gaza province, Mozambique."
    toponyms = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
                for n in ("Chokwe", "Gaza", "Mozambique")]
    places = gaza_geocoder.resolve(toponyms, document=Document(id="t", text=text, published=dt.date(2020, 5, 4)))
    assert (places[0].country, places[0].admin1) == ("Mozambique", "Gaza")


@pytest.mark.parametrize(("acled", "geonames"), [
    ("Republic of Dagestan", "Dagestan"), ("Republic of Bashkortostan", "Bashkortostan Republic"),
    ("Federal Capital Territory", "FCT"), ("West Kazakhstan", "Batys Qazaqstan"), ("Habana", "Havana"),
    ("Lop Buri", "Lopburi"), ("Republika Srpska", "Srpska"), ("Marrakech-Safi", "Marrakesh-Safi"),
    ("Diego Martin", "Diego Martin Regional Corporation"), ("N'Djamena", "NDjamena")])
def test_acleds_spelling_of_a_first_level_area_is_the_same_area(acled, geonames):
    assert same_admin1(acled, geonames)


@pytest.fixture(scope="module")
def spelling_geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-spelling.sqlite", countries=("RU", "NG"))
    return open_geocoder(path=path)


@pytest.mark.parametrize(("town", "admin1"), [("Makhachkala", "Republic of Dagestan"), ("Kazan", "Republic of Tatarstan"),
                                              ("Abuja", "Federal Capital Territory")])
def test_towns_are_coded_under_acleds_spelling_of_their_first_level_area(spelling_geocoder, town, admin1):
    place = _place(spelling_geocoder, town)
    assert (place.name, place.admin1) == (town, admin1)


def test_an_abbreviated_capital_territory_still_names_its_area(spelling_geocoder):
    text = "Residents clashed with police in Gwagwalada, FCT, on Monday."
    toponyms = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
                for n in ("Gwagwalada", "FCT")]
    _, area = spelling_geocoder.resolve(toponyms, document=Document(id="t", text=text, published=dt.date(2020, 5, 4)))
    assert (area.feature, area.admin1) == ("admin1", "Federal Capital Territory")

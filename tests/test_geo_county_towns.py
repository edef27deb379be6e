"""A county and its towns named in one report are read together; a dateline's or a headline's town that the body names
again is read as the body reads it; a name the report calls a neighbourhood is that part of its town wherever it is
told again. Runs on a small index; every text is invented."""

from __future__ import annotations

import re

import pytest

from eventsift.events.place import dateline_as_told
from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Place, Toponym


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("counties") / "gazetteer-test.sqlite", countries=("US",))
    return open_geocoder(path=path)


def _toponyms(text: str, *names: str) -> list[Toponym]:
    """Every mention of each name, in text order."""
    found = [(m.start(), m.end()) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return [Toponym(text=text[a:b], start=a, end=b, sentence_index=0) for a, b in sorted(found)]


def _resolve(geocoder, text: str, *names: str, **document):  # noqa: ANN001, ANN003, ANN202
    toponyms = _toponyms(text, *names)
    places = geocoder.resolve(toponyms, document=Document(id="t", text=text, **document))
    return {t.text: p for t, p in zip(toponyms, places)}, toponyms, places


def test_a_town_named_alone_is_its_biggest_namesake(geocoder):
    found, _, _ = _resolve(geocoder, "Two men were wounded outside a gas station in Oneonta on Friday night.", "Oneonta")
    assert found["Oneonta"].admin1 == "New York"


def test_a_town_and_the_county_it_lies_in_are_read_together(geocoder):
    # alone, the town is its biggest namesake's and the county its biggest namesake's, in two other states
    text = "Two men were wounded outside a gas station in Oneonta on Friday night, Blount County deputies said."
    found, _, _ = _resolve(geocoder, text, "Oneonta", "Blount County")
    assert (found["Oneonta"].admin1, found["Blount County"].admin1) == ("Alabama", "Alabama")


def test_a_county_named_in_full_is_then_called_by_its_name_alone(geocoder):
    text = ("Chilton County deputies found a man shot in a pickup truck on Tuesday. The Chilton sheriff said the man "
            "was taken to a hospital.")
    found, _, _ = _resolve(geocoder, text, "Chilton County", "Chilton")
    assert (found["Chilton"].feature, found["Chilton"].admin1) == ("admin2", "Alabama")


def test_a_county_named_alone_that_holds_a_town_of_the_report(geocoder):
    text = "Three people were hurt when shots were fired at a Cleburne apartment complex near Heflin late Sunday."
    found, _, _ = _resolve(geocoder, text, "Cleburne", "Heflin")
    assert (found["Cleburne"].feature, found["Cleburne"].admin1) == ("admin2", "Alabama")


def test_a_big_city_named_alone_is_no_county(geocoder):
    # a county of the big city's name elsewhere holds the other town: the city stays the city
    text = "A wounded woman was flown to Montgomery from a farm near Christiansburg, the sheriff said."
    found, _, _ = _resolve(geocoder, text, "Montgomery", "Christiansburg")
    assert found["Montgomery"].feature == "city"


def test_a_datelines_town_told_again_is_read_as_the_body_reads_it(geocoder):
    # the dateline, read alone, is the biggest Oneonta; the body names the county it lies in
    text = ("ONEONTA - Two men were wounded outside a gas station on Friday night, Blount County deputies said. "
            "Oneonta police are looking for a gray sedan.")
    found, toponyms, places = _resolve(geocoder, text, "Blount County", "Oneonta", dateline="Oneonta")
    assert found["Oneonta"].admin1 == "Alabama"
    alone = geocoder.dateline_place(Document(id="t", text=text, dateline="Oneonta"))
    assert alone.admin1 == "New York"
    told = dateline_as_told(alone, document=Document(id="t", text=text, dateline="Oneonta"), places=places,
                            toponyms=toponyms)
    assert (told.name, told.admin1) == ("Oneonta", "Alabama")


def test_a_headlines_town_told_again_is_read_as_the_body_reads_it(geocoder):
    text = ("Two men were wounded outside a gas station in Oneonta on Friday night. Blount County deputies are "
            "looking for a gray sedan.")
    found, _, _ = _resolve(geocoder, text, "Oneonta", "Blount County", title="Two wounded outside Oneonta gas station")
    assert found["Oneonta"].admin1 == "Alabama"


def test_a_dateline_that_writes_its_state_is_not_read_again():
    place = Place(name="Oneonta", country="United States", admin1="New York", feature="city")
    body = Place(name="Oneonta", country="United States", admin1="Alabama", feature="city")
    text = "ONEONTA, N.Y. - Two men were wounded in Oneonta on Friday night."
    toponyms = _toponyms(text[15:], "Oneonta")
    document = Document(id="t", text=text, dateline="Oneonta, N.Y.")
    assert dateline_as_told(place, document=document, places=[body], toponyms=toponyms) is place


def test_a_name_the_report_calls_a_neighbourhood_is_so_wherever_it_is_told(geocoder):
    # GeoNames lists the neighbourhood of another city as a town of 100,000 people
    text = ("Two men were wounded in the Borough Park neighborhood on Saturday, Tulsa police said. "
            "The shooting in Borough Park was the third there this month.")
    toponyms = [Toponym(text=t.text, start=t.start, end=t.end, sentence_index=0,
                        qualifier="institution" if t.text == "Tulsa" else None)
                for t in _toponyms(text, "Borough Park", "Tulsa")]
    places = geocoder.resolve(toponyms, document=Document(id="t", text=text))
    assert [p.name for p in places] == ["Tulsa", "Tulsa", "Tulsa"]

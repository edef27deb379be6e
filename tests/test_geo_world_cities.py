"""A city of a million or more named bare is that city, not a small namesake in a country the text names elsewhere;
the namesake's state, written or the report's own, still makes it the namesake. Runs on a small index; every text
is invented."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("US", "CO", "PE")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("world") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def _resolve(geocoder, text: str, *names: str, qualifiers: dict[str, str] | None = None):  # noqa: ANN001, ANN201
    toponyms, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        toponyms.append(Toponym(text=name, start=start, end=at, sentence_index=0,
                                qualifier=(qualifiers or {}).get(name)))
    return geocoder.resolve(toponyms, document=Document(id="t", text=text))


def test_a_world_city_named_bare_is_not_a_namesake_in_a_country_named_elsewhere(geocoder):
    # the country a thing is sent to ("destination", as the toponym finder marks it) is named, yet is not the scene
    text = "The cartel vowed to stop sending cocaine to the United States. A car bomb went off in Bogota on Friday."
    _, city = _resolve(geocoder, text, "United States", "Bogota", qualifiers={"United States": "destination"})
    assert (city.name, city.country) == ("Bogota", "Colombia")


@pytest.mark.parametrize("text, state", [
    ("A man was shot on Main Street in Bogota, New Jersey, on Friday.", "New Jersey"),
    ("Police in New Jersey said a man was shot on Main Street in Bogota on Friday.", "New Jersey"),
])
def test_the_namesakes_state_makes_it_the_namesake(geocoder, text, state):
    places = _resolve(geocoder, text, *(["Bogota", "New Jersey"] if text.index("Bogota") < text.index("New Jersey")
                                        else ["New Jersey", "Bogota"]))
    city = next(p for p in places if p is not None and p.feature == "city")
    assert (city.country, city.admin1) == ("United States", state)

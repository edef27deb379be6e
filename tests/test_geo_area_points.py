"""Where a first-level area is placed: ACLED codes an event known only to its province at the provincial capital
(geo_precision 3), so an area's point is its most populous town, not the middle of its towns."""

from __future__ import annotations

import datetime as dt

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.geo.distance import haversine_km
from eventsift.records import Document, Toponym


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-points.sqlite", countries=("YE", "BY", "AF"))
    return open_geocoder(path=path)


def _place(geocoder, text: str, name: str):  # noqa: ANN001, ANN202
    start = text.index(name)
    toponym = Toponym(text=name, start=start, end=start + len(name), sentence_index=0)
    (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, published=dt.date(2020, 5, 4)))
    return place


def _town(geocoder, name: str, country: str):  # noqa: ANN001, ANN202
    return max((c for c in geocoder.candidates(name) if c.feature == "city" and c.country_code == country),
               key=lambda c: c.population)


@pytest.mark.parametrize(("text", "area", "town", "country"), [
    ("Fighters clashed at several fronts in Hadramawt governorate on Monday.", "Hadramawt", "Mukalla", "YE"),
    ("A roadside bomb struck a police vehicle in Balkh province on Monday.", "Balkh", "Mazar-e Sharif", "AF"),
    # a capital that is an area of its own beside the province of its name is that province's seat
    ("Farmers blocked a road in the Minsk region on Monday.", "Minsk", "Minsk", "BY"),
])
def test_an_area_is_placed_at_its_seat(geocoder, text, area, town, country):
    place = _place(geocoder, text, area)
    seat = _town(geocoder, town, country)
    assert (place.admin1, place.geo_precision) == (area, 3)
    assert haversine_km(place.latitude, place.longitude, seat.latitude, seat.longitude) < 5

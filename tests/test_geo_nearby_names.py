"""Names a report gives together lie together: a town's reading near a reading of another name of the report gains,
so two small namesakes of one state beat two big ones far apart. Runs on a small index; every text is invented."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Toponym


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("nearby") / "gazetteer-test.sqlite", countries=("US", "AF"))
    return open_geocoder(path=path)


def _resolve(geocoder, text: str, *names: str):  # noqa: ANN001, ANN201
    toponyms = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0) for n in names]
    return geocoder.resolve(toponyms, document=Document(id="t", text=text))


def test_a_town_alone_is_its_biggest_namesake(geocoder):
    (place,) = _resolve(geocoder, "Six people were hurt at a party in Montgomery on Sunday.", "Montgomery")
    assert place.admin1 == "Alabama"


def test_two_towns_named_together_are_read_where_they_lie_together(geocoder):
    text = "Six people were hurt at a party in Montgomery, a suburb near Aurora, on Sunday."
    montgomery, aurora = _resolve(geocoder, text, "Montgomery", "Aurora")
    assert (montgomery.admin1, aurora.admin1) == ("Illinois", "Illinois")


def test_a_name_that_is_also_an_areas_keeps_its_area_reading(geocoder):
    # the province's name is also its capital's: a town of it named beside it does not make it the capital
    text = "Gunmen attacked a checkpoint in Alingar of Laghman, Afghanistan on Monday."
    _, laghman, _ = _resolve(geocoder, text, "Alingar", "Laghman", "Afghanistan")
    assert (laghman.feature, laghman.admin1) == ("admin1", "Laghman")

"""Places of a person's life story are not the scene: where a soldier once served, and a town's name that the report
uses as a speaker's surname (real spaCy model, fake gazetteer; every text is invented)."""

import datetime as dt

import pytest

from eventsift.events.place import find_toponyms
from eventsift.geo import InMemoryGeocoder
from eventsift.nlp.text import split_sentences
from eventsift.pipeline import Pipeline
from eventsift.records import Document, Place

PLACES = [
    Place(name="Elmland", country="Elmland", feature="country", geo_precision=3, latitude=33.0, longitude=44.0),
    Place(name="Ashby", country="United States", admin1="Texas", latitude=31.0, longitude=-97.0, population=20000),
    Place(name="Barlow", country="Elmland", admin1="North", latitude=34.0, longitude=45.0, population=90000),
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(geocoder=InMemoryGeocoder(PLACES))


def _place(pipeline, text):  # noqa: ANN001, ANN202
    (event,) = [e for e in pipeline.process(Document(id="t", text=text, published=dt.date(2024, 5, 6)))
                if not e.historical]
    return event.location


@pytest.mark.parametrize(
    "text",
    [
        "An Elmland war veteran shot his wife at their home on Sunday, police said.",
        "A man who served two tours in Elmland shot his neighbour on Sunday, police said.",
        "His brother said he was deployed to Elmland from May 2007. He was shot outside his home on Sunday.",
    ],
)
def test_where_someone_served_in_the_forces_is_not_the_scene(pipeline, text):
    assert _place(pipeline, text) is None


def test_a_served_in_place_gives_way_to_the_scene(pipeline):
    text = "A veteran of the Elmland war was shot outside a bar in Ashby on Sunday, police said."
    assert _place(pipeline, text) == "Ashby"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("He served two tours in Elmland and Ashby before he came home.", "service"),
        ("The Elmland war veteran was shot on Sunday.", "service"),
        # forces sent to a town with no years told are at the scene
        ("Police were deployed in Ashby after the clash on Sunday.", None),
    ],
)
def test_a_tour_of_duty_qualifies_its_places(text, qualifier):
    geocoder = InMemoryGeocoder(PLACES)
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [type("Parsed", (), {"ents": []})() for _ in sentences], text=text,
                          dateline_end=0, geocoder=geocoder)
    assert {t.qualifier for t in found} == {qualifier}


def test_a_name_marked_as_a_speaker_twice_is_a_person_throughout(pipeline):
    # "Barlow said" alone could be a country's town speaking through its officials; said twice, by a name the model
    # reads as a person's, it is the mother's surname, also where nothing marks it ("Barlow was at the house")
    text = ('"It was awful," said Barlow. Barlow was at the house when her son was shot on Sunday, Barlow said. '
            "Police in Ashby are looking for the gunman.")
    assert _place(pipeline, text) == "Ashby"
    text = '"It was awful," said Barlow. Barlow was at the house when her son was shot on Sunday, Barlow said.'
    assert _place(pipeline, text) is None

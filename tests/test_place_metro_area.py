"""A big city's name as the metro area around it ("a Phoenix-area school") is a weak sign of the incident's place:
a suburb's dateline nearby is the report's own word on where. Every text is invented."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventsift.events.place import WEAK_QUALIFIERS, choose_place, find_toponyms
from eventsift.geo.base import InMemoryGeocoder
from eventsift.nlp.text import split_sentences
from eventsift.records import Place


@dataclass
class Parsed:
    ents: list = field(default_factory=list)


GEOCODER = InMemoryGeocoder([Place(name="Hooper", country="C", feature="city", population=800_000),
                             Place(name="Elmtown", country="C", feature="city", population=20_000)])


def _qualifiers(text: str) -> list[str | None]:
    found = find_toponyms(split_sentences(text), [Parsed()], text=text, dateline_end=0, geocoder=GEOCODER)
    return [t.qualifier for t in found]


def test_a_city_named_as_its_metro_area_is_a_weak_sign():
    assert _qualifiers("Two teenagers were found shot at a Hooper-area high school on Friday.") == ["metro area"]
    assert _qualifiers("Two teenagers were found shot at a high school in Hooper on Friday.") == [None]
    assert "metro area" in WEAK_QUALIFIERS


def test_a_town_beats_the_metro_area_named_with_it():
    text = "A man was shot at a Hooper-area motel in Elmtown on Friday."
    toponyms = find_toponyms(split_sentences(text), [Parsed()], text=text, dateline_end=0,
                             geocoder=InMemoryGeocoder([Place(name=n, country="C", feature="city") for n in ("Hooper", "Elmtown")]))
    places = [Place(name=t.text, country="C", feature="city") for t in toponyms]
    chosen, _ = choose_place(list(range(len(toponyms))), places=places, toponyms=toponyms)
    assert chosen.name == "Elmtown"


def test_a_suburban_city_and_a_citys_suburb_are_its_metro_area():
    assert _qualifiers("A girl was shot at a suburban Hooper high school on Friday.") == ["metro area"]
    assert _qualifiers("A girl was shot in the Hooper suburb of Elmtown on Friday.")[:1] == ["metro area"]
    assert _qualifiers("A girl was shot in a Hooper suburb on Friday.") == ["near"]  # the suburb itself unnamed


def test_a_small_town_called_suburban_is_the_suburb_itself():
    # "south suburban Elmtown" names the suburb; "suburban Hooper" the big city's suburbs
    assert _qualifiers("A man was shot dead on Sunday in south suburban Elmtown.") == [None]
    assert _qualifiers("A man was shot dead on Sunday in suburban Hooper.") == ["metro area"]

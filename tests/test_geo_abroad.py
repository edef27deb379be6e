"""Wire copy: names abroad that the report gives no reason to place abroad, an agency's desk abroad, and the
armed groups and demonyms of Latin American wire reports as country cues. Invented reports, small index."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("SV", "MX", "DO", "US", "VE", "NI", "PE", "VN")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("abroad") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def resolve(geocoder, text: str, names: tuple[str, ...], *, dateline: str | None = None):  # noqa: ANN001, ANN201
    toponyms, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        toponyms.append(Toponym(text=name, start=start, end=at, sentence_index=0))
    return geocoder.resolve(toponyms, document=Document(id="t", text=text, dateline=dateline))


@pytest.mark.parametrize("surname", ["Guerrero", "Duarte", "Escalon"])
def test_a_foreign_province_or_small_town_the_report_never_points_to_is_not_placed_abroad(geocoder, surname):
    # a Mexican state, a Dominican province, a small Californian town: here an officer's surname
    text = f"Rebels attacked an army post in Chalatenango on Sunday, Colonel {surname} told reporters."
    town, other = resolve(geocoder, text, ("Chalatenango", surname), dateline="SAN SALVADOR")
    assert town is not None and town.country == "El Salvador"
    assert other is None


def test_without_a_dateline_or_cue_the_reading_abroad_stands(geocoder):
    text = "Gunmen attacked a bus in Guerrero on Sunday."
    (place,) = resolve(geocoder, text, ("Guerrero",))
    assert place is not None and place.country == "Mexico"


def test_a_report_that_points_to_the_country_keeps_the_reading_abroad(geocoder):
    text = "Mexican police said gunmen attacked a bus in Guerrero on Sunday."
    (place,) = resolve(geocoder, text, ("Guerrero",), dateline="SAN SALVADOR")
    assert place is not None and place.country == "Mexico"


def test_a_big_city_abroad_stays(geocoder):
    text = "Rebels attacked an army post in Chalatenango; the minister later left for Caracas."
    town, city = resolve(geocoder, text, ("Chalatenango", "Caracas"), dateline="SAN SALVADOR")
    assert town.country == "El Salvador"
    assert city is not None and city.name == "Caracas" and city.country == "Venezuela"


def test_a_small_towns_dateline_alone_does_not_settle_the_reports_country(geocoder):
    # "ESCALON -": the small Californian town or a namesake; the Mexican state keeps its reading
    text = "Gunmen attacked a bus in Guerrero on Sunday."
    (place,) = resolve(geocoder, text, ("Guerrero",), dateline="ESCALON")
    assert place is not None and place.country == "Mexico"


def test_armed_groups_alone_do_not_settle_the_reports_country(geocoder):
    # they cross borders; without a dateline the text's own names decide
    text = "FMLN rebels attacked a bus in Guerrero on Sunday."
    (place,) = resolve(geocoder, text, ("Guerrero",))
    assert place is not None and place.country == "Mexico"


@pytest.mark.parametrize(
    ("text", "country"),
    [("Shining Path guerrillas burned three buses overnight.", "Peru"),
     ("FMLN rebels blew up two power pylons overnight.", "El Salvador"),
     ("Salvadoran troops clashed with a rebel column.", "El Salvador")],
)
def test_latin_american_armed_groups_and_demonyms_are_cues(geocoder, text, country):
    place = geocoder.cued_country(Document(id="t", text=text))
    assert place is not None and place.country == country


def test_a_capitals_dateline_that_writes_its_country_over_another_countrys_war_is_a_desk(geocoder):
    text = "FMLN rebels blew up two power pylons overnight, the army said."
    assert geocoder.dateline_place(Document(id="t", text=text, dateline="MANAGUA (NICARAGUA)")) is None


@pytest.mark.parametrize(
    ("dateline", "text"),
    [("MANAGUA", "FMLN rebels blew up two power pylons overnight, the army said."),  # a plain capital: the scene
     ("MANAGUA (NICARAGUA)", "Nicaraguan police said a bomb damaged two power pylons overnight.")],  # its own people
)
def test_a_capitals_dateline_otherwise_stays_the_reports_place(geocoder, dateline, text):
    place = geocoder.dateline_place(Document(id="t", text=text, dateline=dateline))
    assert place is not None and place.name == "Managua" and place.country == "Nicaragua"


@pytest.mark.parametrize(
    ("text", "desk"),
    [("The Peruvian government said Peruvian troops searched two villages after the bombing.", True),
     ("Peruvian officials met Nicaraguan officials and Nicaraguan police after the bombing.", False),  # as many
     ("A bomb damaged a power pylon overnight, officials said.", False)],  # nothing points elsewhere
)
def test_a_dateline_that_writes_its_country_in_brackets_over_another_countrys_people_is_a_desk(geocoder, text, desk):
    # not the capital's armed groups: its people, told more often than the dateline's own
    place = geocoder.dateline_place(Document(id="t", text=text, dateline="MANAGUA (NICARAGUA)"))
    assert (place is None) == desk


def test_a_big_city_abroad_that_no_word_of_place_introduces_is_a_name(geocoder):
    # a Texan city's name as a surname: the report names nothing of the United States
    text = "Rebels attacked an army post in Chalatenango, and editor Ana Irving was wounded."
    town, other = resolve(geocoder, text, ("Chalatenango", "Irving"), dateline="SAN SALVADOR")
    assert town.country == "El Salvador" and other is None
    text = "Rebels attacked an army post in Chalatenango; the editor was later flown to Irving."
    town, other = resolve(geocoder, text, ("Chalatenango", "Irving"), dateline="SAN SALVADOR")
    assert other is not None and other.country == "United States"


@pytest.mark.parametrize(
    ("text", "country"),
    [("Nicaraguan troops fired at Salvadoran farmers near the border.", "El Salvador"),  # the forces' nationality last
     ("Nicaraguan troops fired at a border post overnight.", "Nicaragua")],  # ... but alone it stands
)
def test_a_nationality_of_armed_forces_gives_way_to_the_reports_other_people(geocoder, text, country):
    place = geocoder.cued_country(Document(id="t", text=text))
    assert place is not None and place.country == country


def test_a_country_named_elsewhere_does_not_take_a_name_that_is_a_town_at_home(geocoder):
    # the United States is named, but "San Miguel" is a town of the report's own country: a looser spelling or a
    # small namesake there is not the place
    text = "A spokesman said the United States would review its aid. Rebels attacked a garrison in San Miguel."
    country, town = resolve(geocoder, text, ("United States", "San Miguel"), dateline="SAN SALVADOR")
    assert country.country == "United States"
    assert town is not None and town.country == "El Salvador"


def test_letters_that_also_stand_for_a_city_abroad_are_a_local_institution(geocoder):
    # no dateline: a big city of the report's own country, and the initials of its hospital that the gazetteer
    # also knows as another name of a city abroad
    text = "Two men were shot late Monday in north Minneapolis. One was in surgery overnight at HCMC."
    town, hospital = resolve(geocoder, text, ("Minneapolis", "HCMC"))
    assert town is not None and town.country == "United States"
    assert hospital is None
    # ... the report's other names pointing nowhere, or to that country, the reading abroad stands
    (city,) = resolve(geocoder, "Flights to HCMC resumed on Monday.", ("HCMC",))
    assert city is not None and city.country == "Vietnam"
    text = "Two men were shot late Monday in Minneapolis. A Vietnamese carrier resumed flights to HCMC."
    assert resolve(geocoder, text, ("Minneapolis", "HCMC"))[1].country == "Vietnam"


def test_a_name_spelt_like_a_small_town_of_a_country_the_report_names_is_no_town_there(geocoder):
    # the report's country has no town of the name; a Mexican hamlet of a like spelling is not the place
    text = "Talks in Mexico went on as troops fought rebels at Las Hojas on Sunday."
    _, place = resolve(geocoder, text, ("Mexico", "Las Hojas"), dateline="SAN SALVADOR")
    assert place is None


def test_wire_copy_that_keeps_its_place_back_is_about_the_country_its_armed_groups_point_to(geocoder):
    # "CLANDESTINE": no town to read; the FMLN is a Salvadoran group, so San Ramon and Escalon, which the gazetteer
    # knows only as two Californian towns that would support each other, are places it lacks
    text = "FMLN urban commandos attacked posts in San Ramon and Escalon and fought troops in Chalatenango."
    ramon, escalon, town = resolve(geocoder, text, ("San Ramon", "Escalon", "Chalatenango"), dateline="CLANDESTINE")
    assert town is not None and town.country == "El Salvador"
    assert (ramon, escalon) == (None, None)

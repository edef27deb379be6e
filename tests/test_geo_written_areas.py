"""Names written with the area they lie in, where the gazetteer's reading of the area is a town: a province spelled
out after a town the gazetteer lacks there, a city written before a province the gazetteer lacks, a small hamlet's
longer name that begins with a known one."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.geo.resolve import Candidate, Context, choose_all
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("PH", "ID", "MX", "US", "NG", "RS", "MM")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-written.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def _resolve(geocoder, text: str, *names: str):  # noqa: ANN001, ANN202
    toponyms, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        toponyms.append(Toponym(text=name, start=start, end=at, sentence_index=0))
    return geocoder.resolve(toponyms, document=Document(id="t", text=text))


def _candidate(id_: int, name: str, feature: str, admin1: str, population: int, lat: float, lon: float) -> Candidate:
    return Candidate(id=id_, name=name, country_code="XX", feature=feature, latitude=lat, longitude=lon, admin1=admin1,
                     admin2=None, geonameid=None, population=population, namesake=None, kind=0)


def test_a_province_spelled_out_beats_a_small_town_of_its_name_beside_a_namesake():
    # "in Elmtown, Northshire": the gazetteer knows Elmtown only in Westland, beside a hamlet called Northshire; the
    # text means the province of Northshire (the gazetteer lacks its Elmtown)
    elmtown = _candidate(1, "Elmtown", "city", "Westland", 20_000, 10.0, 10.0)
    province = _candidate(2, "Northshire", "admin1", "Northshire", 3_000_000, 30.0, 30.0)
    hamlet = _candidate(3, "Northshire", "city", "Westland", 3_000, 10.1, 10.1)
    picks = choose_all([[elmtown], [province, hamlet]], Context(parents={0: 1}))
    assert picks[1] is province


def test_a_province_whose_own_seat_holds_the_town_is_read_as_the_seat():
    # the town named like the province lies inside it, near the town the text names: the text wrote the seat
    elmtown = _candidate(1, "Elmtown", "city", "Eastmoor", 6_000, 10.0, 10.0)
    province = _candidate(2, "Northshire", "admin1", "Northshire", 40_000, 10.3, 10.3)
    seat = _candidate(3, "Northshire", "city", "Northshire", 30_000, 10.1, 10.1)
    picks = choose_all([[elmtown], [province, seat]], Context(parents={0: 1}))
    assert picks[1] is seat


def test_a_town_stays_itself_before_a_province_found_without_its_compass_word(geocoder):
    # "North Cotabato" is a province, not a town; its bare "Cotabato" is a city of another region, far from Kidapawan
    town, _ = _resolve(geocoder, "Soldiers clashed with rebels in Kidapawan, North Cotabato, on Monday.", "Kidapawan",
                       "North Cotabato")
    assert (town.name, town.admin1, town.geo_precision) == ("Kidapawan", "Soccsksargen", 1)


@pytest.mark.parametrize(("town", "province", "admin1"), [("Dagupan", "Pangasinan", "Ilocos"),
                                                          ("Tuguegarao", "Cagayan", "Cagayan Valley")])
def test_a_city_stays_itself_before_a_province_read_as_a_smaller_town(geocoder, town, province, admin1):
    place, _ = _resolve(geocoder, f"Police dispersed a crowd in {town}, {province}, on Friday.", town, province)
    assert (place.name, place.country, place.admin1) == (town, "Philippines", admin1)


def test_a_small_town_is_still_the_town_that_encloses_it(geocoder):
    # a suburb named like a town elsewhere stays in the town the text puts it in
    text = "A market was looted in Pedregal, Valenzuela, on Monday."
    suburb, city = _resolve(geocoder, text, "Pedregal", "Valenzuela")
    assert (suburb.country, suburb.admin1) == (city.country, city.admin1)


def test_a_longer_name_that_begins_with_a_known_one_is_the_place(geocoder):
    text = "Gunmen killed a shopkeeper in Santiago Tlautla, Hidalgo, on Sunday."
    first = (text.index("Santiago"), text.index("Santiago") + len("Santiago"))
    state = (text.index("Hidalgo"), text.index("Hidalgo") + len("Hidalgo"))
    found = [text[a:b] for a, b in geocoder.find_enclosed_names(text, [first, state])]
    assert found == ["Santiago Tlautla"]


def test_a_longer_name_joined_by_spanish_connectors_is_the_place(geocoder):
    text = "Gunmen killed two farmers in Santa Ana de la Quixtla, Hidalgo, on Sunday."
    first = (text.index("Santa Ana"), text.index("Santa Ana") + len("Santa Ana"))
    state = (text.index("Hidalgo"), text.index("Hidalgo") + len("Hidalgo"))
    found = [text[a:b] for a, b in geocoder.find_enclosed_names(text, [first, state])]
    assert found == ["Santa Ana de la Quixtla"]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village in Malumfashi LGA, Katsina, on Sunday.",  # the district of the known name
    "Hundreds gathered in Belgrade-Zemun, Serbia, on Sunday.",  # a quarter of the city
    "Two teens were shot at Kenton High in the Tucson suburbs on Friday.",  # a school of the town
])
def test_a_known_name_followed_by_a_units_word_a_quarter_or_english_words_stays_whole(geocoder, text):
    first_word = text.split(" in ")[1].split()[0] if " at " not in text else "Kenton"
    name = first_word.split("-")[0]
    start = text.index(name)
    known = [(start, start + len(name))]
    assert all(text[a:b] != name and not text[a:b].startswith(name) for a, b in geocoder.find_enclosed_names(text, known))


def test_a_province_of_geonames_is_named_without_its_kind():
    from eventsift.geo.build import admin2_display

    assert admin2_display("Province of Quezon") == "Quezon"


@pytest.mark.parametrize(("town", "province", "admin1"), [("Lucena", "Quezon", "Calabarzon"),
                                                          ("Antipolo", "Rizal", "Calabarzon"),
                                                          ("Ilagan", "Isabela", "Cagayan Valley")])
def test_a_town_is_read_inside_the_province_written_after_it(geocoder, town, province, admin1):
    # GeoNames files the Philippines' provinces as "Province of X": read as X, they hold their towns
    place, area = _resolve(geocoder, f"Police dispersed a crowd in {town}, {province}, on Friday.", town, province)
    assert (place.name, place.admin1) == (town, admin1)
    assert (area.feature, area.name) == ("admin2", province)


def test_an_unknown_village_stands_in_for_the_province_written_after_it(geocoder):
    village, area = _resolve(geocoder, "Troops raided Qwzxtown, Bohol, on Friday.", "Qwzxtown", "Bohol")
    assert (village.admin1, village.geo_precision) == ("Central Visayas", 2)
    assert (area.feature, area.name) == ("admin2", "Bohol")


@pytest.fixture(scope="module")
def india_geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-in.sqlite", countries=("IN", "US"))
    return open_geocoder(path=path)


@pytest.mark.parametrize(("text", "found"), [
    ("A mob stoned a police post in Kheradih (UP) on Monday.", ["UP"]),  # a state's short form in brackets
    ("A man was shot in Elmtown (WA) on Friday.", ["WA"]),
    ("Troops of the Elmshire Rifles (ER) and the Tonk Rifles (TR) raided a camp.", []),  # a unit's initials
    ("The Member of Parliament (MP) spoke on Friday.", []),
    ("ELMTOWN, Texas (AP) - A man was shot.", ["Texas"]),  # the wire service's credit
])
def test_a_states_short_form_in_brackets_after_a_name(india_geocoder, text, found):
    assert [text[a:b] for a, b in india_geocoder.find_toponyms(text)] == found


def test_an_unknown_town_with_its_states_short_form_in_brackets_is_in_that_state(india_geocoder):
    text = "A mob stoned a police post in Kheradih (UP) on Monday."
    town, state = _resolve(india_geocoder, text, "Kheradih", "UP")
    assert (town.name, town.admin1, state.admin1) == ("Kheradih", "Uttar Pradesh", "Uttar Pradesh")


def test_a_state_told_as_a_state_keeps_its_country_beside_another_countrys_state(geocoder):
    # "Kano State" reads as the state's seat, a town; told with its kind of area it weighs as the state does, and a
    # US state named in passing does not make it a stray
    text = "Traders blocked the main road in Kano State for hours; their union later wrote to a firm in Maryland."
    kano, maryland = _resolve(geocoder, text, "Kano State", "Maryland")
    assert kano is not None and kano.country == "Nigeria"
    assert maryland is not None and maryland.country == "United States"


@pytest.mark.parametrize(("text", "name"), [
    # the state, not its seat of the same name, when the text says it is the state
    ("Gunmen opened fire in a bar in the northern state of Zacatecas on Friday.", "Zacatecas"),
    ("Police said the attack took place in the state of Durango.", "Durango"),
])
def test_a_state_told_with_its_kind_before_it_is_the_state(geocoder, text, name):
    (place,) = _resolve(geocoder, text, name)
    assert (place.feature, place.admin1, place.geo_precision) == ("admin1", name, 3)


def test_a_state_told_as_a_state_is_placed_at_its_seat_no_closer_than_the_state(geocoder):
    # a state, at its seat's point, so a town of the incident ranks before it and one of the state does not conflict
    (kano,) = _resolve(geocoder, "Bandits killed three vigilantes in Kano State on Monday.", "Kano State")
    assert (kano.name, kano.feature, kano.admin1, kano.geo_precision) == ("Kano", "admin1", "Kano", 3)


def test_a_region_told_as_a_region_is_not_the_district_of_its_name(geocoder):
    (sagaing,) = _resolve(geocoder, "Jets bombed a village in Sagaing Region on Sunday.", "Sagaing Region")
    assert (sagaing.feature, sagaing.admin1, sagaing.geo_precision) == ("admin1", "Sagaing", 3)

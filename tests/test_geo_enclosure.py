"""Enclosing names decide between readings: a province that contains the town beats a country of the same name,
a town's suburb stays in the town, an unknown district between two names still links them, and a place the
event did not happen at ("goods from Turkey") lends its country no support. Runs on a small index."""

from __future__ import annotations

import pytest

from eventsift.evaluate.scoring import same_admin1
from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.geo.gazetteer import enclosing
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("NG", "NE", "IN", "GE", "TR", "AF", "CN", "BH", "CI", "US", "SY", "UA", "TN", "DZ")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def toponyms(text: str, *names: str, qualifiers: dict[str, str] | None = None) -> list[Toponym]:
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        out.append(Toponym(text=name, start=start, end=at, sentence_index=0, qualifier=(qualifiers or {}).get(name)))
    return out


def resolve(geocoder, text: str, *names: str, qualifiers: dict[str, str] | None = None):  # noqa: ANN001, ANN201
    return geocoder.resolve(toponyms(text, *names, qualifiers=qualifiers), document=Document(id="t", text=text))


def test_the_province_that_contains_the_town_beats_a_country_of_the_same_name(geocoder):
    text = "Patients in Minna (Chanchaga LGA, Niger) demonstrated over their treatment."
    town, area = resolve(geocoder, text, "Minna", "Niger")
    assert (town.name, town.country) == ("Minna", "Nigeria")
    assert (area.country, area.feature, area.admin1) == ("Nigeria", "admin1", "Niger")


def test_the_country_stays_the_country_without_a_town_inside_it(geocoder):
    text = "Soldiers were killed in an ambush in Niger on Monday."
    (place,) = resolve(geocoder, text, "Niger")
    assert (place.country, place.feature) == ("Niger", "country")


def test_a_name_far_from_the_town_that_encloses_it_is_the_town(geocoder):
    # "Jamia Nagar" is not in the gazetteer; its loose spelling matches Jamnagar, 900 km away in Gujarat
    text = "A group of people protested against the police in Jamia Nagar, Delhi."
    suburb, town = resolve(geocoder, text, "Jamia Nagar", "Delhi")
    assert (suburb.name, suburb.admin1) == (town.name, town.admin1) == ("Delhi", "NCT of Delhi")
    assert suburb.geo_precision == 1  # a neighbourhood of a town is coded as the town


def test_a_neighbourhood_of_a_city_abroad_is_not_its_foreign_namesake(geocoder):
    text = "A shopkeeper was stabbed on Tuesday in Williamsville neighbourhood of Abidjan city, witnesses said."
    assert enclosing(toponyms(text, "Williamsville", "Abidjan"), text) == {0: 1}
    suburb, city = resolve(geocoder, text, "Williamsville", "Abidjan")
    assert suburb.country == city.country == "Ivory Coast"


def test_an_unknown_district_between_two_names_still_links_them():
    text = "Security forces shelled a house in Shewan area of Bala Buluk district, Farah."
    assert enclosing(toponyms(text, "Shewan", "Farah"), text) == {0: 1}
    listed = "Attacks in Shewan, Bala Buluk, and Farah."
    assert enclosing(toponyms(listed, "Shewan", "Farah"), listed) == {}


@pytest.mark.parametrize("gap", [", a town on the northern outskirts of ", ", a village near ", ", a suburb of ",
                                 ", a town east of "])
def test_an_apposition_puts_the_name_in_the_town_it_names(gap):
    text = f"A bomb went off in Elmfield{gap}Kafranbel on Monday."
    assert enclosing(toponyms(text, "Elmfield", "Kafranbel"), text) == {0: 1}


def test_a_town_told_kilometres_away_is_not_inside_the_other():
    text = "A bomb went off in Elmfield, a town 60 km east of Kafranbel, on Monday."
    assert enclosing(toponyms(text, "Elmfield", "Kafranbel"), text) == {}


def test_a_town_its_province_and_its_country_are_not_a_list(geocoder):
    text = "A suicide bomber detonated in Ghani Khel, Nangarhar, Afghanistan."
    names = ("Ghani Khel", "Nangarhar", "Afghanistan")
    assert enclosing(toponyms(text, *names), text, countries=frozenset({"afghanistan"})) == {0: 1, 1: 2}
    assert enclosing(toponyms(text, *names), text) == {0: 1, 1: 2}  # three names, commas alone: not a list either
    # Jani Khel in Paktia is a looser spelling match; the text puts the town in Nangarhar
    town, province, _ = resolve(geocoder, text, *names)
    assert (town.admin1, town.geo_precision) == (province.admin1, 2) == ("Nangarhar", 2)
    peers = "Clashes in Kabul, Kandahar, Helmand and Herat."
    assert enclosing(toponyms(peers, "Kabul", "Kandahar", "Helmand", "Herat"), peers,
                     countries=frozenset({"afghanistan"})) == {}


def test_a_place_the_event_did_not_happen_at_lends_no_support(geocoder):
    text = "Truckers hauling fruit from Turkey staged a sit-in at the port in Batumi."
    origin, place = resolve(geocoder, text, "Turkey", "Batumi", qualifiers={"Turkey": "from"})
    assert origin.country == "Turkey"
    assert (place.name, place.country) == ("Batumi", "Georgia")
    # named as where it happened, the country does support the homonym rule
    text = "A protest in Ankara, Turkey, and in Batumi."
    assert resolve(geocoder, text, "Ankara", "Turkey", "Batumi")[2] is None


def test_compass_words_are_places_only_before_an_area_word(geocoder):
    assert geocoder.find_toponyms("Sanctions imposed by the West hurt the economy, officials in the North said.") == []
    text = "A bomb exploded in Jaww, Southern governorate, Bahrain."
    found = [text[a:b] for a, b in geocoder.find_toponyms(text)]
    assert "Southern" in found and "Bahrain" in found


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Sud-Ouest", "South-West", True), ("Nord-Ouest", "North-West", True), ("Cusco", "Cuzco", True),
     ("Sud-Ouest", "Nord-Ouest", False), ("Kandahar", "Helmand", False)],
)
def test_the_same_province_under_another_name_is_the_same_admin1(a, b, same):
    assert same_admin1(a, b) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish forces shelled Menbij in Aleppo using artillery fire.", ["Menbij"]),
        ("A civilian was killed in al-Shamsani in al-Hasakeh.", ["al-Shamsani"]),
        ("An IED exploded near Ein Issa town in Ar-Raqqa countryside.", ["Ein Issa"]),
        # the kind of town said before it, with a word or two on who holds it
        ("Jets struck a bakery in the rebel-held town of Kafr Tawil in Idleb on Monday.", ["Kafr Tawil"]),
        ("A shell fell on the small village of Umm Jarn in Aleppo.", ["Umm Jarn"]),
        # ... or told in an apposition
        ("A car bomb went off in Tell Mardan, a village on the western outskirts of Aleppo.", ["Tell Mardan"]),
        ("Supporters of HTS in Idleb protested.", []),  # an acronym is an organisation
        ("Houthi fighters in Sanaa and Taliban in Kabul.", []),  # no locative word before the name
    ],
)
def test_unknown_names_the_text_puts_inside_a_known_place(geocoder, text, expected):
    known = geocoder.find_toponyms(text)
    assert [text[a:b] for a, b in geocoder.find_enclosed_names(text, known)] == expected


def test_an_unknown_name_inside_a_province_is_the_province_at_precision_2(geocoder):
    text = "Regime forces shelled Kansafra in Idleb."
    village, area = resolve(geocoder, text, "Kansafra", "Idleb")
    assert (area.feature, area.geo_precision) == ("admin1", 3)
    assert (village.admin1, village.country, village.geo_precision) == (area.admin1, "Syria", 2)
    # a spelling the looser keys find inside that province is the town itself
    town, _ = resolve(geocoder, "Turkish forces shelled Menbij in Aleppo.", "Menbij", "Aleppo")
    assert (town.name, town.geo_precision) == ("Manbij", 1)


def test_an_actor_that_operates_in_a_few_provinces_prefers_its_namesakes_there(geocoder):
    # the biggest Vesele is in Zaporizhia; the monitors' ceasefire reports are of Donetsk and Luhansk
    (plain,) = resolve(geocoder, "Ukrainian police reported shelling near Vesele.", "Vesele")
    (cued,) = resolve(geocoder, "The OSCE SMM observed 20 explosions near Vesele.", "Vesele")
    assert (plain.country, plain.admin1) == ("Ukraine", "Zaporizhia")
    assert (cued.country, cued.admin1) == ("Ukraine", "Donetsk")


def test_a_town_in_its_namesake_province(geocoder):
    # Algeria has a district called Mahdia too; "X (X)" is a town in the province of its name
    text = "Lawyers protested in Mahdia (Mahdia) against brokering."
    town, province = resolve(geocoder, text, "Mahdia", "Mahdia")
    assert (town.country, town.feature, province.feature) == ("Tunisia", "city", "admin1")


def test_a_facility_named_after_its_town_is_at_the_town(geocoder):
    text = "The monitors observed 36 projectiles near Donetsk Filtration Station."
    (place,) = resolve(geocoder, text, "Donetsk Filtration Station")
    assert (place.name, place.admin1) == ("Donetsk", "Donetsk")
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == ["Donetsk"]
    other = "Fighting near Shah Wali Kot went on."  # a longer unknown name is still not its known part
    assert geocoder.find_toponyms(other) == []


def test_a_country_named_for_its_forces_is_not_the_place(geocoder):
    text = "An airstrike by US military forces hit houses in Kishindih district, Balkh."
    us, village, province = resolve(geocoder, text, "US", "Kishindih", "Balkh")
    assert us is None
    assert (village.admin1, village.country, province.feature) == ("Balkh", "Afghanistan", "admin1")


def test_a_capital_that_is_its_own_province_has_that_province(geocoder):
    (place,) = geocoder.lookup("Tbilisi", country="Georgia")[:1]
    assert place.admin1 == "Tbilisi"


def test_a_hamlet_is_a_place_right_after_near(geocoder):
    # Pisky (a few thousand people) is below the size find_toponyms takes from running text on its own
    text = "The monitors observed 3 explosions near Pisky."
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == ["Pisky"]
    assert geocoder.find_toponyms("Pisky residents said the monitors left.") == []
    # a common English word stays a word even where a hamlet bears it
    assert geocoder.find_toponyms("He was held in Police custody near Mission headquarters.") == []
    # after "in", a rare word is as often a surname: only towns big enough for running text are taken there
    assert geocoder.find_toponyms("The monitors met in Pisky on Monday.") == []


@pytest.mark.parametrize(
    ("raw", "bare", "shown"),
    [("Province du Soum", "soum", "Soum"), ("Province de l'Oudalan", "oudalan", "Oudalan"),
     ("Kadiogo Province", "kadiogo", "Kadiogo"), ("Mastung District", "mastung", "Mastung"), ("De Aar", "de aar", "De Aar")],
)
def test_french_and_spanish_area_names_lose_their_kind(raw, bare, shown):
    from eventsift.geo.build import admin2_display
    from eventsift.geo.normalize import bare_key

    assert bare_key(raw) == bare and admin2_display(raw) == shown


def test_a_province_written_with_its_kind_is_found_by_its_name(tmp_path):
    # GeoNames writes Burkina Faso's provinces "Province du Soum"; Senegal has a village called Soum
    path = build_index(tmp_path / "gazetteer-bf.sqlite", countries=("BF", "SN"))
    geocoder = open_geocoder(path=path)
    village, area = resolve(geocoder, "Militants attacked Qwzxdiguel (Soum) on Monday.", "Qwzxdiguel", "Soum")
    assert (area.country, area.feature, area.admin1) == ("Burkina Faso", "admin2", "Sahel")
    assert (village.country, village.geo_precision) == ("Burkina Faso", 2)


def test_names_with_an_article_inside_stay_whole(geocoder):
    # "Ras" and "Ain" are places somewhere; "Ras al Ain" is one name, which the text puts in al-Hasakeh
    text = "Farmers said fighters burned fields in Zarqwiya in rural Ras al Ain in al-Hasakeh last week."
    known = geocoder.find_toponyms(text)
    assert "Ain" not in [text[a:b] for a, b in known]
    assert [text[a:b] for a, b in geocoder.find_enclosed_names(text, known)] == ["Ras al Ain"]


def test_a_town_named_with_city_is_the_town_not_its_district(tmp_path):
    path = build_index(tmp_path / "gazetteer-pk.sqlite", countries=("PK", "BD"))
    geocoder = open_geocoder(path=path)
    text = "Journalists held a rally in Jamshoro city (Jamshoro, Sindh)."
    town, district, _ = resolve(geocoder, text, "Jamshoro", "Jamshoro", "Sindh")
    assert (town.feature, town.geo_precision) == ("city", 1)
    assert district.feature == "admin2"
    # a historical alternate name of a bigger city does not beat the city of that name
    (capital,) = resolve(geocoder, "Journalists protested in Islamabad.", "Islamabad")
    assert capital.country == "Pakistan"


def test_an_arabic_article_may_start_a_place_name(geocoder):
    text = "Gunmen shot two civilians in al Bab in Aleppo."
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == ["al Bab", "Aleppo"]
    town, _ = resolve(geocoder, text, "al Bab", "Aleppo")
    assert (town.name, town.feature) == ("Al Bab", "city")


def test_an_abbreviation_with_an_ampersand_is_found_in_running_text(geocoder):
    text = "Militants attacked a camp in Wagoora city (Budgam district, J&K) on Monday."
    assert "J&K" in [text[a:b] for a, b in geocoder.find_toponyms(text)]


def test_towns_named_like_common_words_are_left_to_the_model(geocoder):
    # Arab, Alabama is a town of 8,000; "Arab cities" is not about it. Big cities named like words still count.
    assert geocoder.lookup("Arab", country="United States")  # the town is in the index
    assert geocoder.find_toponyms("Shop owners in the Arab cities and villages protested.") == []
    text = "Protesters gathered in Istanbul and in Delhi."  # "istanbul" and "delhi" are words of English text too
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == ["Istanbul", "Delhi"]


def test_possessives_and_pro_prefixes(geocoder):
    text = "Demonstrators blocked the road in Aleppo's Salaheddine district."
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == ["Aleppo"]
    text = "Warplanes struck pro-Iran militias near Al Mayadin."
    iran, town = resolve(geocoder, text, "Iran", "Al Mayadin")
    assert iran is None and town.country == "Syria"


@pytest.mark.parametrize(("text", "expected"), [
    # a day or a month right after a name does not make it part of a longer unknown name
    ("A teenager was wounded in Marion County Saturday night.", ["Marion County"]),
    ("Two men were shot in Bismarck Tuesday, deputies said.", ["Bismarck"]),
    ("A woman was shot in Marion County March 3, the sheriff said.", ["Marion County"]),
])
def test_a_day_after_a_name_leaves_the_name_whole(geocoder, text, expected):
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state written with its dots after a town's name is named, however small (or unknown) the town
    ("A man was shot in Hollowbrook, Mo., on Monday.", ["Mo."]),
    ("Deputies in Hollowbrook, N.C. said two men were hurt.", ["N.C."]),
    # not a suffix after a person's name
    ("Tom Hale, Jr. said he heard shots.", []),
])
def test_a_state_written_after_a_town_is_found(geocoder, text, expected):
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == expected


def test_an_unknown_town_with_its_written_state_is_in_that_state(geocoder):
    text = "A man was shot in Hollowbrook, Mo., on Monday."
    spans = geocoder.find_toponyms(text)
    (place,) = resolve(geocoder, text, *[text[a:b] for a, b in spans])
    assert (place.admin1, place.feature) == ("Missouri", "admin1")
    # the town itself, as the model tags it, keeps its name inside the state, written short or in full
    town, state = resolve(geocoder, text, "Hollowbrook", "Mo.")
    assert (town.name, town.admin1, town.feature) == ("Hollowbrook", "Missouri", "city")
    assert town.geo_precision >= 2  # the state's coordinates, as precise as the state standing in for the town
    assert (state.name, state.feature) == ("Missouri", "admin1")
    text = "A man was shot in Hollowbrook, Missouri, on Monday."
    town, state = resolve(geocoder, text, "Hollowbrook", "Missouri")
    assert (town.name, town.admin1, town.feature) == ("Hollowbrook", "Missouri", "city")
    assert (state.name, state.feature) == ("Missouri", "admin1")


def test_a_known_towns_name_with_a_postal_state_it_has_no_town_in_is_placed_in_that_state(geocoder):
    # a town the gazetteer knows only in other states, written with its state's postal code, is a town of that state
    # it lacks, at every mention (named as written where its state is written, at the state's coordinates); with a
    # state it has a town in, it is that town
    text = "Three people were hurt in a shooting in Savannah, NM on Monday. Savannah residents held a vigil."
    first, again = resolve(geocoder, text, "Savannah", "Savannah")
    state = geocoder.lookup("New Mexico")[0]
    assert (first.name, first.feature, first.admin1, first.geo_precision) == ("Savannah", "city", "New Mexico", 3)
    assert (first.latitude, first.longitude) == (state.latitude, state.longitude)
    assert (again.feature, again.admin1) == ("admin1", "New Mexico")
    (town,) = resolve(geocoder, "Three people were hurt in a shooting in Savannah, GA on Monday.", "Savannah")
    assert (town.name, town.feature, town.admin1) == ("Savannah", "city", "Georgia")


@pytest.mark.parametrize("text", [
    "Two people were hurt in a shooting in a Wisconsin town on Saturday.",
    "Deputies were called to the small central Minnesota town of Elmbrook.",
])
def test_a_states_name_before_town_is_the_state(geocoder, text):
    # "a Wisconsin town" is a town of the state, not a town GeoNames also calls by the state's name
    state = "Wisconsin" if "Wisconsin" in text else "Minnesota"
    (place,) = resolve(geocoder, text, state)
    assert (place.name, place.feature) == (state, "admin1")


def test_an_actor_of_a_few_provinces_places_a_namesake_elsewhere_in_its_main_province(geocoder):
    # the ceasefire monitors act in two provinces (data/country_cues.tsv lists them, the main one first): a town read
    # as a namesake in another province of the country is a place of the main province the gazetteer lacks
    text = "On 2 June 2021, the OSCE SMM recorded fourteen bursts of gunfire close to Konotop."
    (place,) = resolve(geocoder, text, "Konotop")
    assert (place.name, place.admin1, place.feature) == ("Konotop", "Donetsk", "city")
    # a report that names the province keeps the town there
    text = "On 2 June 2021, the OSCE SMM recorded fourteen bursts of gunfire close to Konotop (Sumy)."
    place, _ = resolve(geocoder, text, "Konotop", "Sumy")
    assert (place.name, place.admin1) == ("Konotop", "Sumy")
    # without the monitors, the town is the town
    (place,) = resolve(geocoder, "Police recorded fourteen bursts of gunfire close to Konotop.", "Konotop")
    assert place.admin1 == "Sumy"


def test_a_report_of_an_actor_of_a_few_provinces_that_names_no_known_place_is_in_its_main_province(geocoder):
    place = geocoder.cued_country(Document(id="t", text="The OSCE SMM recorded fourteen bursts of gunfire near Zhovtoselo."))
    assert (place.name, place.feature, place.geo_precision) == ("Donetsk", "admin1", 3)
    place = geocoder.cued_country(Document(id="t", text="Taliban fighters attacked a checkpoint near Zhovtoselo."))
    assert (place.name, place.feature) == ("Afghanistan", "country")


def test_a_provinces_possessive_puts_the_town_after_it_inside_the_province(geocoder):
    text = "Shells fell on Idlib's Saraqib overnight."
    names = toponyms(text, "Idlib", "Saraqib")
    assert enclosing(names, text) == {1: 0}
    area, town = geocoder.resolve(names, document=Document(id="t", text=text))
    assert (area.feature, area.admin1) == ("admin1", "Idleb")
    assert (town.name, town.admin1) == ("Saraqib", "Idleb")


@pytest.mark.parametrize(("text", "area", "expected"), [
    ("Shells fell on Idlib's Saraqib overnight.", "Idlib", ["Saraqib"]),
    # the model may take the name for a person's: the gazetteer knows it inside the province
    ("A patrol was ambushed in Helmand's Sangin district.", "Helmand", ["Sangin"]),
    ("Idlib's Governor Haddad toured the market.", "Idlib", []),  # no town of that name in the province
    ("Syria's Maarouf spoke on Monday.", "Syria", []),  # a country's possessive: a person as often as a town
])
def test_a_name_after_an_areas_possessive_is_found_when_the_area_holds_it(geocoder, text, area, expected):
    from eventsift.events.place import _possessed_places

    start = text.index(area)
    found = _possessed_places(text, [(start, start + len(area), 0)], geocoder)
    assert [text[a:b] for a, b, _ in found] == expected


@pytest.mark.parametrize("text", ["Herders clashed with farmers in Tunga (Kadi LGA, Niger) on Monday.",
                                  "Herders clashed with farmers in Kadi LGA (Niger) on Monday."])
def test_the_area_around_a_district_named_with_its_kind_is_a_state_not_a_country(geocoder, text):
    names = ("Tunga", "Kadi LGA", "Niger") if "Tunga" in text else ("Kadi LGA", "Niger")
    *_, area = resolve(geocoder, text, *names)
    assert (area.country, area.admin1) == ("Nigeria", "Niger")


def test_a_country_around_a_district_stays_a_country_when_no_state_bears_its_name(geocoder):
    text = "Gunmen killed two farmers in Kadi district, Niger, on Monday."
    _, area = resolve(geocoder, text, "Kadi district", "Niger")
    assert (area.country, area.admin1) == ("Nigeria", "Niger")  # the state of that name is preferred here too
    text = "Gunmen killed two farmers in Kadi district, Tunisia, on Monday."
    _, area = resolve(geocoder, text, "Kadi district", "Tunisia")
    assert (area.country, area.admin1) == ("Tunisia", None)


def test_a_neighbourhood_of_another_city_than_the_datelines_is_in_that_city(geocoder):
    text = "DALLAS (AP) -- A bomb went off at a bank in the Montrose neighborhood of the city of Houston on Sunday."
    assert enclosing(toponyms(text, "Montrose", "Houston"), text) == {0: 1}
    suburb, city = geocoder.resolve(toponyms(text, "Montrose", "Houston"),
                                    document=Document(id="t", text=text, dateline="DALLAS (AP)"))
    assert (suburb.name, suburb.admin1) == (city.name, city.admin1) == ("Houston", "Texas")

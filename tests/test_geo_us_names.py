"""US local news: names that look like a place the report does not mean. Runs on a small index; every text is
invented."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.geo.index_writer import is_namesake
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("US", "GT", "PK")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("us-names") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def _resolve(geocoder, text: str, name: str, *, title: str | None = None):  # noqa: ANN001, ANN201
    start = text.index(name)
    toponym = Toponym(text=name, start=start, end=start + len(name), sentence_index=0)
    (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, title=title))
    return place


@pytest.mark.parametrize(
    ("town", "area", "key", "expected"),
    [("Mastung", "Mastung District", "mastung", True),
     ("Al Kut", "Kut", "kut", True),
     ("Texas City", "Texas", "texas", False),  # a town with an area word the state's name lacks
     ("Oklahoma City", "Oklahoma County", "oklahoma", False),
     ("Fairhope", "Alabama", "alabama", False)],  # "Alabama City" is only one of its alternate names
)
def test_a_town_is_an_areas_namesake_by_its_own_name(town, area, key, expected):
    assert is_namesake(town, area, key) is expected


@pytest.mark.parametrize("state", ["Florida", "Alabama", "Iowa", "Oklahoma", "Texas", "Wisconsin", "California"])
def test_a_state_named_alone_is_the_state_not_a_town_named_after_it(geocoder, state):
    text = f"A deputy was shot during a traffic stop in rural {state} on Sunday night."
    place = _resolve(geocoder, text, state)
    assert (place.feature, place.admin1) == ("admin1", state)


def test_a_district_named_alone_is_still_its_namesake_town(geocoder):
    place = _resolve(geocoder, "Two men were shot dead in Mastung on Monday.", "Mastung")
    assert (place.name, place.feature) == ("Mastung", "city")


def test_a_neighbourhood_is_in_the_city_whose_police_the_report_names(geocoder):
    # a big city's neighbourhood named like a big city elsewhere, in a report whose only other town is the police's
    text = "A woman was hurt in the Columbus neighborhood late Monday, a Phoenix Police Department spokesman said."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0, qualifier=q)
             for n, q in (("Columbus", None), ("Phoenix", "institution"))]
    place, _ = geocoder.resolve(names, document=Document(id="t", text=text))
    assert (place.name, place.admin1) == ("Phoenix", "Arizona")


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Man shot outside a store | CBS Columbus", ("Columbus", "Ohio", 2)),  # the outlet names its town
     ("Man shot outside a store | Oregon Daily Courier", ("Oregon", "Oregon", 3))],  # ... only its state
)
def test_a_report_that_names_no_place_is_at_its_local_outlets_town(geocoder, title, expected):
    from eventsift.events.place import main_place

    document = Document(id="t", text="A man was shot outside a convenience store late on Friday.", title=title)
    found = main_place([], document=document, geocoder=geocoder, toponyms=[])
    assert (found.name, found.admin1, found.geo_precision) == expected


def test_every_police_force_acronym_names_a_city_of_its_state(geocoder):
    from eventsift.geo.sources import police_forces

    forces = police_forces()
    assert "NYPD" in forces
    for acronym, (city, admin1, country) in forces.items():
        assert acronym.isupper() and 3 <= len(acronym) <= 6, acronym
        found = [c for c in geocoder.candidates(city) if c.feature == "city" and c.admin1 == admin1
                 and c.country_code == country]
        assert found, acronym


def _candidate(name: str, feature: str, kind: int, country: str = "XX", admin1: str = "Northland"):  # noqa: ANN201
    from eventsift.geo.resolve import Candidate

    return Candidate(id=hash((name, feature)) % 10_000, name=name, country_code=country, feature=feature,
                     latitude=0.0, longitude=0.0, admin1=admin1, admin2=None, geonameid=None, population=1000,
                     namesake=None, kind=kind)


def test_a_towns_other_spelling_stays_a_reading_of_its_provinces_name():
    from eventsift.geo.gazetteer import _without_variants_inside

    province = _candidate("Northland", "admin1", 0)
    spelled = _candidate("Nordlan", "city", 3)  # the capital, whose alternate spelling is the province's name
    city_of = _candidate("Northland City", "city", 3)  # a town named after the province with an area word
    kept = _without_variants_inside("Northland", [province, spelled, city_of])
    assert [c.name for c in kept] == ["Northland", "Nordlan"]


def _resolve_all(geocoder, text: str, names: list[str]):  # noqa: ANN001, ANN201
    toponyms, at = [], 0
    for name in names:
        start = text.index(name, at)
        toponyms.append(Toponym(text=name, start=start, end=start + len(name), sentence_index=0))
        at = start + len(name)
    return geocoder.resolve(toponyms, document=Document(id="t", text=text))


@pytest.mark.parametrize(("tip_line", "expected"), [
    ("the Hanford Police Department", "California"),  # the town's own police: a town, kept in its state
    ("Hanford police", "California"),
    ("the county's tip line", None),  # nothing says it is a town: a namesake the report's states do not hold
    ("the Hanford Police Station", None),  # a police station is named after its locality, which may be a village
])
def test_a_town_with_its_own_police_stays_when_other_states_fill_the_page(geocoder, tip_line, expected):
    text = (f"A 19-year-old was shot on Olive Lane in Hanford on Friday. Anyone who saw it may call {tip_line}. "
            "In other news, the Vermont governor met New Hampshire lawmakers on Tuesday.")
    names = ["Hanford", *(["Hanford"] if "Hanford" in tip_line else []), "Vermont", "New Hampshire"]
    place = _resolve_all(geocoder, text, names)[0]
    assert (place.admin1 if place is not None else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two men were wounded in Surprise on Tuesday, officers said.", ["Surprise"]),  # a city of 140,000
    ("A rally was held in Surprise.", ["Surprise"]),
    ("Two men were wounded in Surprise Canyon on Tuesday.", []),  # a longer capitalised name
    ("Much to everyone's Surprise, the mayor resigned.", []),  # not after "in"
    ("The fair opens in May, officers said.", []),  # a month is never a town here
    # a word has no police: a common word's city with its own police is the city
    ("Surprise police said two men were wounded on Tuesday.", ["Surprise"]),
    ("The Surprise Police Department said two men were wounded.", ["Surprise"]),
    ("A Surprise party was held on Tuesday, officers said.", []),
])
def test_a_common_word_city_right_after_in_is_the_city(geocoder, text, expected):
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == expected
    if expected:
        start = text.index(expected[0])
        toponym = Toponym(text=expected[0], start=start, end=start + len(expected[0]), sentence_index=0)
        (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text))
        assert (place.name, place.admin1) == ("Surprise", "Arizona")


@pytest.mark.parametrize(("text", "expected"), [
    ("A Hanford Police Department Homicide Unit detective spoke on Monday.", ["Hanford"]),
    ("The Hanford Police Department said on Monday that two men were hurt.", ["Hanford"]),
    ("Residents of Hanford Oak Grove Estates met on Monday.", []),  # a longer name with no facility's word
    ("Workers of the Hanford Salt Mine Company struck on Monday.", []),  # a company's name, its facility inside it
])
def test_an_office_of_a_towns_police_is_still_the_towns(geocoder, text, expected):
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an address is followed by its town: a common word's town of any size after "<street> in"
    ("A woman was shot at a house on Birch Lane in Justice on Friday.", ["Justice"]),
    ("Deputies went back to the home on Walnut Drive in Justice.", ["Justice"]),
    ("The judge spoke of justice in Justice Hall on Friday.", []),  # a longer capitalised name, no street before
    ("He called for justice in court on Friday.", []),
])
def test_a_common_word_town_after_a_street_is_the_town(geocoder, text, expected):
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == expected


@pytest.mark.parametrize(("text", "title", "expected"), [
    # a local station's report: the only town of that name in its country, too small for running text in general
    ("A clerk was robbed at gunpoint in Ouray on Sunday.", "Clerk robbed | KXYZ News", ["Ouray"]),
    ("A man was shot in Ouray Tuesday night.", "Man shot | KXYZ", ["Ouray"]),
    ("A clerk was robbed at gunpoint in Ouray on Sunday.", None, None),  # no outlet: no home to read it in
    ("A clerk was robbed at gunpoint at Ouray's diner on Sunday.", "Clerk robbed | KXYZ News", []),  # not after "in"
    ("Deputies found the man in Harmony on Sunday.", "Man found | KXYZ News", []),  # a word, and many towns
])
def test_a_local_outlets_small_town_after_in_is_a_place(geocoder, text, title, expected):
    finder = geocoder.home_town_finder(Document(id="t", text=text, title=title))
    assert (None if finder is None else [text[a:b] for a, b in finder(text)]) == expected


def test_a_local_outlets_small_town_is_the_events_place(geocoder):
    from eventsift.pipeline import Pipeline

    text = "Police reported that a teenager was struck by gunfire in Kremmling on Friday."
    document = Document(id="t", text=text, title="Teen wounded | KXYZ News")
    (event,) = Pipeline(geocoder=geocoder).process(document)
    assert (event.location, event.admin1) == ("Kremmling", "Colorado")  # a name the model does not tag


@pytest.mark.parametrize(("text", "feature"), [
    ("Rebels clashed with troops in Escuintla and Solola departments on Monday.", "admin1"),  # the areas, in the plural
    ("Rebels clashed with troops in Escuintla, Solola and Jutiapa departments on Monday.", "admin1"),
    ("Rebels clashed with troops in Escuintla on Monday.", "city"),  # the town, named alone
])
def test_names_a_plural_kind_of_area_closes_are_the_areas(geocoder, text, feature):
    assert _resolve_all(geocoder, text, ["Escuintla"])[0].feature == feature

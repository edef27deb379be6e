"""The dateline as the strongest prior: its state or country (AP and postal abbreviations), its town as the place
when the body names none, a page's call sign glued to it. Runs on a small index."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("US", "GB", "AU", "PK", "IT")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def place_of(geocoder, dateline: str):  # noqa: ANN001, ANN201
    return geocoder.dateline_place(Document(id="t", text="A man was shot on Friday.", dateline=dateline))


@pytest.mark.parametrize(
    ("region", "area"),
    [("Pa.", ("US", "Pennsylvania")), ("PA", ("US", "Pennsylvania")), ("S.C.", ("US", "South Carolina")),
     ("Calif.", ("US", "California")), ("W.Va.", ("US", "West Virginia")), ("NSW", ("AU", "New South Wales")),
     ("Connecticut", ("US", "Connecticut")), ("KPK", ("PK", "Khyber Pakhtunkhwa"))],
)
def test_regions_written_after_a_dateline(geocoder, region, area):
    assert area in geocoder.region_areas(region)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [("Florence, S.C.", ("Florence", "South Carolina", "United States")),
     ("Florence, Ala.", ("Florence", "Alabama", "United States")),
     ("Florence", ("Florence", "Tuscany", "Italy")),  # alone, the biggest namesake
     ("Lancaster Twp, Pa", ("Lancaster", "Pennsylvania", "United States")),
     ("Wxyzbaltimore, Md.", ("Baltimore", "Maryland", "United States")),  # "... | WXYZBALTIMORE, Md. (WXYZ) -"
     ("Wxyzbaltimore", ("Baltimore", "Maryland", "United States")),
     # a county written after the town, as some stations do ("SPRINGFIELD, Sangamon County (STATION) -")
     ("Springfield, Sangamon County", ("Springfield", "Illinois", "United States")),
     ("Springfield, Greene County", ("Springfield", "Missouri", "United States"))],
)
def test_the_dateline_town_inside_its_region(geocoder, dateline, expected):
    place = place_of(geocoder, dateline)
    assert (place.name, place.admin1, place.country) == expected


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [("East Hanford, Calif.", ("Hanford", "California")),  # "EAST HANFORD, Calif. (STATION) -": a part of the town
     ("West Jackson, Tenn.", ("Jackson", "Tennessee")),  # not the bigger Jackson of another state
     ("North Qwzxville, Tenn.", (None, "Tennessee"))],  # an unknown town's part leaves its state
)
def test_a_part_of_a_town_under_a_written_state_is_the_town(geocoder, dateline, expected):
    place = place_of(geocoder, dateline)
    assert (place.name if place.feature == "city" else None, place.admin1) == expected


def test_an_unknown_town_leaves_its_state_and_a_word_is_no_dateline(geocoder):
    state = place_of(geocoder, "Qwzxville, Tenn.")
    assert (state.feature, state.admin1, state.geo_precision) == ("admin1", "Tennessee", 3)
    assert place_of(geocoder, "Update") is None  # "UPDATE: ..." is not Date, Japan, nor anything glued


def test_the_dateline_state_decides_a_namesake_in_the_body(geocoder):
    text = "A 19-year-old Florence man was charged with murder on Friday."
    start = text.index("Florence")
    toponym = Toponym(text="Florence", start=start, end=start + 8, sentence_index=0)
    for dateline, state in (("Florence, S.C.", "South Carolina"), ("Florence, Ala.", "Alabama")):
        (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, dateline=dateline))
        assert (place.country, place.admin1) == ("United States", state)


def _resolve_in(geocoder, text: str, name: str, *, dateline: str, qualifier: str | None = None):  # noqa: ANN001, ANN201
    start = text.index(name)
    toponym = Toponym(text=name, start=start, end=start + len(name), sentence_index=0, qualifier=qualifier)
    (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, dateline=dateline))
    return place


def test_a_neighbourhood_under_a_dateline_is_in_the_dateline_town(geocoder):
    text = "A man was shot on Friday in the Qwzxwood neighborhood, police said."
    place = _resolve_in(geocoder, text, "Qwzxwood", dateline="Baltimore")
    assert (place.name, place.admin1) == ("Baltimore", "Maryland")


def test_an_institution_of_the_county_around_the_dateline_town_is_at_the_town(geocoder):
    text = "The Lancaster County Sheriff's Office said a man was shot."
    place = _resolve_in(geocoder, text, "Lancaster County", dateline="Lancaster, Pa.", qualifier="institution")
    assert (place.name, place.admin1, place.feature) == ("Lancaster", "Pennsylvania", "city")


def test_under_a_dateline_with_its_state_a_small_town_of_another_state_is_a_stray(geocoder):
    # Thompson, Connecticut is the only Thompson here: under a Michigan dateline, with no word of Connecticut, the
    # name is a person's or a namesake's, not the place
    assert [p.admin1 for p in geocoder.lookup("Thompson", country="US")][:1] == ["Connecticut"]
    text = "Thompson pulled a gun during the encounter, police said."
    assert _resolve_in(geocoder, text, "Thompson", dateline="Benton Harbor, Mich.") is None
    place = _resolve_in(geocoder, text, "Thompson", dateline="Hartford, Conn.")
    assert (place.name, place.admin1) == ("Thompson", "Connecticut")


def test_under_a_big_citys_dateline_a_small_town_of_another_state_is_a_stray(geocoder):
    # a big city's dateline says its state as plainly as one written after it ("BALTIMORE (STATION) -"); a small
    # dateline town does not (it may be a word the page put first)
    text = "Thompson pulled a gun during the encounter, police said."
    assert _resolve_in(geocoder, text, "Thompson", dateline="Baltimore") is None
    place = _resolve_in(geocoder, text, "Thompson", dateline="Hartford")
    assert (place.name, place.admin1) == ("Thompson", "Connecticut")
    # a capital's dateline is as often an agency's desk, reporting on the provinces
    place = _resolve_in(geocoder, text, "Thompson", dateline="Washington")
    assert (place.name, place.admin1) == ("Thompson", "Connecticut")


def test_a_neighbourhood_is_in_the_biggest_city_the_report_names(geocoder):
    text = "Police in Baltimore said a man was shot in the Qwzxwood neighborhood on Friday."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Baltimore", "Qwzxwood")]
    city, hood = geocoder.resolve(names, document=Document(id="t", text=text))
    assert (hood.name, hood.admin1) == (city.name, city.admin1) == ("Baltimore", "Maryland")


@pytest.mark.parametrize(("day", "admin1"), [("2015-03-01", "Federally Administered Tribal Areas"),
                                             ("2019-03-01", "Khyber Pakhtunkhwa")])
def test_places_are_coded_under_the_areas_of_their_day(geocoder, day, admin1):
    import datetime as dt

    text = "Gunmen attacked a school in Landi Kotal on Monday."
    start = text.index("Landi Kotal")
    toponym = Toponym(text="Landi Kotal", start=start, end=start + 11, sentence_index=0)
    document = Document(id="t", text=text, published=dt.date.fromisoformat(day))
    (place,) = geocoder.resolve([toponym], document=document)
    assert (place.name, place.admin1) == ("Landi Kotal", admin1)
    peshawar = Toponym(text="Peshawar", start=0, end=8, sentence_index=0)
    (city,) = geocoder.resolve([peshawar], document=Document(id="t", text="Peshawar police said.", published=document.published))
    assert city.admin1 == "Khyber Pakhtunkhwa"  # a settled district never was in FATA


def test_every_boundary_change_names_known_areas(geocoder):
    from eventsift.geo.sources import admin1_history

    for change in admin1_history():
        assert change.since[:2] in ("19", "20") and change.admin1_then != change.admin1_now


def _spans(text: str, *names: str) -> list[Toponym]:
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        out.append(Toponym(text=name, start=start, end=at, sentence_index=0))
    return out


def test_the_capital_is_the_capital_of_the_country_the_report_is_about(geocoder):
    text = "Rebels attacked a post near Karachi; a soldier was taken to a hospital in the capital."
    _, capital = geocoder.resolve(_spans(text, "Karachi", "capital"), document=Document(id="t", text=text))
    assert (capital.name, capital.country) == ("Islamabad", "Pakistan")
    alone = "A bomb went off in the capital on Monday."
    (under_dateline,) = geocoder.resolve(_spans(alone, "capital"), document=Document(id="t", text=alone, dateline="Rome"))
    assert (under_dateline.name, under_dateline.country) == ("Rome", "Italy")
    (unknown,) = geocoder.resolve(_spans(alone, "capital"), document=Document(id="t", text=alone))
    assert unknown is None  # no country in the text: no capital


def test_a_capital_with_a_nationality_is_that_countrys_capital(geocoder):
    # "the Pakistani capital" under an Italian dateline and beside an Italian town is still Islamabad
    text = "A bomb went off near Milan; another exploded in the Pakistani capital."
    _, capital = geocoder.resolve(_spans(text, "Milan", "Pakistani capital"),
                                  document=Document(id="t", text=text, dateline="Rome"))
    assert (capital.name, capital.country) == ("Islamabad", "Pakistan")
    # a word that is no nationality says nothing of the country
    (found,) = geocoder.resolve(_spans("Bombs went off in the Lahore capital.", "Lahore capital"),
                                document=Document(id="t", text="Bombs went off in the Lahore capital.", dateline="Rome"))
    assert (found.name, found.country) == ("Rome", "Italy")


def test_the_capital_with_a_nationality_is_found_in_running_text():
    from eventsift.events.place import capital_regex

    found = [m.group(0) for m in capital_regex().finditer("Bombs hit the Pakistani capital and the new capital.")]
    assert found == ["the Pakistani capital"]


def test_the_provincial_capital_is_the_biggest_town_of_the_province(geocoder):
    text = "Gunmen killed two policemen in the provincial capital, officials in Sindh said."
    capital, _ = geocoder.resolve(_spans(text, "provincial capital", "Sindh"), document=Document(id="t", text=text))
    assert (capital.name, capital.admin1) == ("Karachi", "Sindh")


@pytest.mark.parametrize(("written", "town"), [("Peshwar", "Peshawar"), ("Jacob Abad", "Jacobabad"),
                                               ("Hyderabd", "Hyderabad"), ("Bahawalnager", "Bahawalnagar")])
def test_misspellings_inside_the_country_the_text_gives(geocoder, written, town):
    found = geocoder.candidates(written, countries=frozenset({"PK"}))
    assert found and found[0].name == town and found[0].country_code == "PK"
    assert not geocoder.candidates(written)  # without a country from the context, no fuzzy match
    assert all(c.country_code == "US" for c in geocoder.candidates(written, countries=frozenset({"US"})))  # never across


def test_short_names_and_far_spellings_are_not_matched_loosely(geocoder):
    assert not geocoder.candidates("Lahxr", countries=frozenset({"PK"}))  # 5 letters, 2 edits
    assert not geocoder.candidates("Qwzxabad", countries=frozenset({"PK"}))


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Police said a Lancaster County man was charged.", "Lancaster County", ("Lancaster", "city")),
    ("A man was shot in Pennsylvania on Friday.", "Pennsylvania", ("Lancaster", "city")),
    ("The shooting happened in Lancaster County on Friday.", "Lancaster County", ("Lancaster", "city")),
])
def test_an_area_the_dateline_town_lies_in_gives_the_town(geocoder, text, name, expected):
    place = _resolve_in(geocoder, text, name, dateline="Lancaster, Pa.")
    assert (place.name, place.feature) == expected
    elsewhere = _resolve_in(geocoder, text, name, dateline="Pittsburgh, Pa.")
    assert elsewhere.feature != "city" or elsewhere.name != "Lancaster"


def test_an_area_whose_possessive_places_the_next_name_stays_that_area(geocoder):
    # "Pennsylvania's Lancaster County" under a dateline in the state: the state holds the county it names
    text = "Two men were wounded in Pennsylvania's Lancaster County on Friday."
    place = _resolve_in(geocoder, text, "Pennsylvania", dateline="Pittsburgh, Pa.")
    assert (place.name, place.feature) == ("Pennsylvania", "admin1")


def test_a_title_outside_the_text_is_a_prior_like_a_dateline(geocoder):
    text = "A 19-year-old Florence man was charged with murder on Friday."
    start = text.index("Florence")
    toponym = Toponym(text="Florence", start=start, end=start + 8, sentence_index=0)
    for title, state in (("Man charged in Spartanburg shooting", "South Carolina"),
                         ("Man charged in Huntsville shooting", "Alabama")):
        (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, title=title))
        assert (place.name, place.admin1) == ("Florence", state)


def test_the_dateline_town_named_again_in_the_body_is_that_town(geocoder):
    # the United States named in the text would otherwise pull "Florence" to a small American namesake
    text = "A bomb exploded near a bank in Florence. The United States condemned the attack."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Florence", "United States")]
    florence, _ = geocoder.resolve(names, document=Document(id="t", text=text, dateline="FLORENCE"))
    assert florence.country == "Italy"


def test_a_big_dateline_towns_country_makes_a_small_foreign_town_a_stray(geocoder):
    # Thompson, Connecticut is the only Thompson here: under a Lahore dateline, with nothing else for the US, the name
    # is a person's
    text = "Thompson was unhurt when gunmen fired at his car."
    assert _resolve_in(geocoder, text, "Thompson", dateline="LAHORE") is None


def test_a_desks_dateline_does_not_move_a_big_town_abroad(geocoder):
    text = "A bomb killed five people in Lahore on Friday."
    place = _resolve_in(geocoder, text, "Lahore", dateline="WASHINGTON")
    assert (place.name, place.country) == ("Lahore", "Pakistan")


def test_a_dateline_names_a_town_not_a_province(geocoder):
    # "Lahore" is both Punjab's capital and a district; a dateline's word is the town
    place = place_of(geocoder, "LAHORE")
    assert (place.name, place.feature) == ("Lahore", "city")

"""A local outlet's own area as the reading of a dateline or a headline's town without a region, and neighbourhoods
coded as the city they are part of. Runs on a small index; every text is invented."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.geo.home import outlet_home
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("US", "GB", "IT", "LB")
CHICAGO_OUTLET = "https://chicago.newsexample.com/2015/06/01/story"
PITTSBURGH_OUTLET = "https://pittsburgh.newsexample.com/2015/06/01/story"
STATION = "https://www.wxqz.example/story/1"  # a US station's call sign: the country only


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("local") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def _dateline_place(geocoder, dateline: str, url: str | None):  # noqa: ANN001, ANN201
    return geocoder.dateline_place(Document(id="t", text="A man was shot on Friday night.", dateline=dateline, url=url))


def test_a_dateline_without_a_region_is_read_in_the_outlets_state(geocoder):
    # alone, the biggest Springfield; from an outlet of Illinois, the one of Illinois (AP style leaves out the state
    # of the paper's own towns)
    assert _dateline_place(geocoder, "Springfield", None).admin1 != "Illinois"
    place = _dateline_place(geocoder, "Springfield", CHICAGO_OUTLET)
    assert (place.name, place.admin1) == ("Springfield", "Illinois")


def test_a_stations_dateline_is_read_in_its_country(geocoder):
    assert _dateline_place(geocoder, "Florence", None).country == "Italy"
    assert _dateline_place(geocoder, "Florence", STATION).country == "United States"


def test_a_local_outlets_small_dateline_town_known_only_far_away_is_no_reading(geocoder):
    # no Homewood in Pennsylvania here: for a Pittsburgh outlet, Alabama's is a namesake, not the dateline's town
    assert _dateline_place(geocoder, "Homewood", None).admin1 == "Alabama"
    assert _dateline_place(geocoder, "Homewood", PITTSBURGH_OUTLET) is None
    # a region written after the town still places it anywhere
    assert _dateline_place(geocoder, "Homewood, Ala.", PITTSBURGH_OUTLET).admin1 == "Alabama"


def _resolve(geocoder, text: str, name: str, **document):  # noqa: ANN001, ANN003, ANN201
    start = text.index(name)
    toponym = Toponym(text=name, start=start, end=start + len(name), sentence_index=0)
    (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, **document))
    return place


def test_a_headlines_town_is_read_in_the_outlets_country(geocoder):
    # the headline names the town as a dateline would; a station's readers live in its country
    text = "A shooting inside a Chatham nightclub left one man dead early Sunday."
    title = "One dead in Chatham club shooting"
    assert _resolve(geocoder, text, "Chatham", title=title).country == "United Kingdom"
    assert _resolve(geocoder, text, "Chatham", title=title, url=STATION).country == "United States"


def test_a_named_neighbourhood_is_coded_as_its_city(geocoder):
    text = "A teenager was shot on a porch in the Englewood neighborhood on Monday."
    place = _resolve(geocoder, text, "Englewood", url=CHICAGO_OUTLET)
    assert (place.name, place.admin1) == ("Chicago", "Illinois")
    # with no town of the report's own, the big city around the neighbourhood's entry
    text = "A man was shot outside a store in the Chatham neighborhood on Friday."
    place = _resolve(geocoder, text, "Chatham", url=STATION)
    assert (place.name, place.admin1) == ("Chicago", "Illinois")


def test_a_town_or_borough_called_a_neighbourhood_stays_itself(geocoder):
    # "a Springfield neighborhood" under Springfield's own dateline is a part of that town
    text = "Four people were found dead in a Springfield neighborhood on Saturday."
    place = _resolve(geocoder, text, "Springfield", dateline="Springfield, Ill.")
    assert (place.name, place.admin1) == ("Springfield", "Illinois")
    # a big city's borough is coded as itself
    text = "A man was wounded near a Bronx housing complex on Monday."
    assert _resolve(geocoder, text, "Bronx").name == "The Bronx"


@pytest.mark.parametrize(("url", "country"), [("https://wqrtv.example/news/1", "US"), ("https://wqr4.example/news/1", "US"),
                                              ("https://www.web.example/news/1", None)])
def test_a_three_letter_call_sign_with_its_tv_or_channel(geocoder, url, country):
    home = outlet_home(geocoder, Document(id="t", text="x", url=url))
    assert (home.country if home else None) == country


def test_a_small_town_outside_of_which_it_happened_inside_its_county(geocoder):
    # "outside of X in Y County": X is put inside Y like "near X in Y", so a hamlet the running-text scan skips is found
    text = "Three people were shot at a club on Pine Street outside of Latta in Dillon County early Sunday."
    known = geocoder.find_toponyms(text)
    assert "Latta" not in [text[a:b] for a, b in known]
    assert [text[a:b] for a, b in geocoder.find_enclosed_names(text, known)] == ["Latta"]


def test_a_compass_word_after_an_outlets_comma_is_no_region(geocoder):
    # "WXQZ.com, South Georgia News": the outlet covers the south of a state; "South" is not a province abroad
    home = outlet_home(geocoder, Document(id="t", text="x", title="Man shot - WXQZ.com, South Georgia News, Weather"))
    assert (home.country, home.admin1) == ("US", ("US", "Georgia"))


def test_a_long_station_title_still_gives_its_town_and_state(geocoder):
    # too long for an outlet's name alone, the title's last part still ends with the station's town and state
    title = "Two hurt in shooting - WXQZ 3 News, Weather, Sports, and Traffic for Springfield, IL"
    home = outlet_home(geocoder, Document(id="t", text="x", title=title))
    assert (home.country, home.admin1, home.town.name) == ("US", ("US", "Illinois"), "Springfield")
    # a headline's own words after a dash are no outlet
    assert outlet_home(geocoder, Document(id="t", text="x", title="Italy - two hurt in Florence, police say")) is None


def test_a_stations_town_is_read_in_its_country(geocoder):
    # "WXQZNews.com": a call sign with "news"; the town in the station's name is its country's namesake
    home = outlet_home(geocoder, Document(id="t", text="x", title="Two hurt - WXQZNews.com, Florence, Weather"))
    assert home.country == "US"
    assert outlet_home(geocoder, Document(id="t", text="x", url="https://wxqznews.example/story/1")).country == "US"


def test_under_a_dateline_a_big_city_of_another_state_the_text_never_names_is_a_namesake(geocoder):
    # "Raleigh" under a dateline that writes its state: a part of the dateline's city, not North Carolina's capital
    text = "Five people were shot at an apartment complex in Raleigh late Friday, police said."
    assert _resolve(geocoder, text, "Raleigh").admin1 == "North Carolina"
    assert _resolve(geocoder, text, "Raleigh", dateline="Memphis, Tenn.") is None
    # a city of millions is one a reader knows without its state
    text = "The suspect was arrested in Chicago on Monday, police said."
    assert _resolve(geocoder, text, "Chicago", dateline="Memphis, Tenn.").admin1 == "Illinois"

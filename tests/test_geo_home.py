"""The outlet's home as a prior for a report's namesakes: the town or state in the outlet's name at the end of a
page title or in its web address, a US station's call sign; and the names that are streets, parts of a town or
same-named counties of several states. Runs on a small index; every text is invented."""

from __future__ import annotations

import pytest

from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index
from eventsift.geo.home import outlet_home, outlet_name
from eventsift.records import Document, Toponym

TEST_COUNTRIES = ("US", "GB", "AU", "PK", "GE")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


@pytest.mark.parametrize(
    ("title", "outlet"),
    [("Man shot outside a bar | The Evening Courier", "The Evening Courier"),
     ("Two hurt in crash - Springfield, Ohio", "Springfield, Ohio"),
     ("Teen wounded « Example News 12", "Example News 12"),
     ("Pakistan - five killed in an attack on a bus", None),  # a headline's own words, not an outlet
     ("Five killed in an attack on a bus", None)],
)
def test_the_outlet_is_the_last_part_of_a_title(title, outlet):
    assert outlet_name(title) == outlet


@pytest.mark.parametrize(
    ("title", "url", "home"),
    [("Man shot | CBS Columbus", None, ("US", "Ohio", "Columbus")),
     ("Man shot - Springfield, Mass.", None, ("US", "Massachusetts", "Springfield")),
     ("Man shot | Columbus Georgia Evening News", None, ("US", "Georgia", "Columbus")),
     ("Man shot | Oregon Daily Courier", None, ("US", "Oregon", None)),
     ("Man shot | WXQZ Home", None, ("US", None, None)),
     ("Man shot", "https://www.abc9news.example/story/1", ("US", None, None)),
     ("Man shot", "https://columbus.newsexample.com/2016/01/09/story", ("US", "Ohio", "Columbus")),
     ("Man shot", "https://www.example.com/story", None),
     ("Man shot | The Evening Courier", None, None)],
)
def test_the_outlets_home(geocoder, title, url, home):
    found = outlet_home(geocoder, Document(id="t", text="x", title=title, url=url))
    got = found and (found.country, found.admin1 and found.admin1[1], found.town and found.town.name)
    assert got == home


def _resolve(geocoder, text: str, name: str, *, title: str | None = None):  # noqa: ANN001, ANN201
    start = text.index(name)
    toponym = Toponym(text=name, start=start, end=start + len(name), sentence_index=0)
    (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, title=title))
    return place


def test_the_outlets_state_decides_a_namesake(geocoder):
    text = "A man was shot in Salem late on Friday, police said."
    assert _resolve(geocoder, text, "Salem").admin1 == "Oregon"  # the biggest Salem, without a home
    assert _resolve(geocoder, text, "Salem", title="Man shot | Salem, Mass.").admin1 == "Massachusetts"
    assert _resolve(geocoder, text, "Salem", title="Man shot | Boston Evening Courier").admin1 == "Massachusetts"


def test_a_home_gives_way_when_the_report_names_another_country(geocoder):
    text = "A man was shot in Salem, Oregon while visiting from Pakistan."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Salem", "Oregon", "Pakistan")]
    salem, *_ = geocoder.resolve(names, document=Document(id="t", text=text, title="Shooting | Boston Evening Courier"))
    assert salem.admin1 == "Oregon"


def test_under_a_home_state_a_small_town_of_another_state_is_a_person(geocoder):
    # Thompson, Connecticut is the only Thompson of the test index: in a report from an Ohio outlet that names
    # no Connecticut, "Thompson" is the man's name
    text = "Thompson pulled a gun during the encounter, police said."
    assert _resolve(geocoder, text, "Thompson", title="Man shot | Columbus, Ohio") is None
    assert _resolve(geocoder, text, "Thompson", title="Man shot | Hartford, Conn.").admin1 == "Connecticut"


def test_a_part_of_a_big_town_is_the_town(geocoder):
    text = "A teenager was shot in West Philadelphia on Sunday."
    place = _resolve(geocoder, text, "West Philadelphia")
    assert (place.name, place.admin1) == ("Philadelphia", "Pennsylvania")


def test_same_named_counties_of_several_states_are_all_in_the_index(geocoder):
    states = {p.admin1 for p in geocoder.lookup("Washington County", country="US") if p.feature == "admin2"}
    assert {"Oregon", "Pennsylvania", "Maryland"} <= states


def test_the_dateline_state_picks_its_own_county(geocoder):
    text = "Deputies in Washington County are looking for a gunman."
    start = text.index("Washington County")
    toponym = Toponym(text="Washington County", start=start, end=start + 17, sentence_index=0)
    (place,) = geocoder.resolve([toponym], document=Document(id="t", text=text, dateline="Washington County, Md."))
    assert (place.admin1, place.feature) == ("Maryland", "admin2")


def test_a_small_town_in_a_state_nothing_else_supports_is_a_namesake_or_a_person(geocoder):
    # Thompson, Connecticut is the only Thompson of the test index; the report's other names are all in Ohio
    text = "Police in Columbus, Ohio said Thompson pulled a gun."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Columbus", "Ohio", "Thompson")]
    columbus, ohio, thompson = geocoder.resolve(names, document=Document(id="t", text=text))
    assert (columbus.admin1, thompson) == ("Ohio", None)
    text = "Police in Hartford said Thompson was quiet after the shooting."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Hartford", "Thompson")]
    assert [p.admin1 for p in geocoder.resolve(names, document=Document(id="t", text=text))] == ["Connecticut"] * 2


def test_an_archived_pages_outlet_is_the_archived_pages(geocoder):
    url = "http://web.archive.org/web/20160102030405/http://columbus.newsexample.com/2016/01/02/story"
    home = outlet_home(geocoder, Document(id="t", text="x", title="Man shot", url=url))
    assert (home.country, home.admin1, home.town.name) == ("US", ("US", "Ohio"), "Columbus")


@pytest.mark.parametrize(("text", "state"), [("A man was shot in Salem, Mass., on Friday.", "Massachusetts"),
                                              ("A man was shot in Salem, NH on Friday.", "New Hampshire"),
                                              ("A man was shot in Salem on Friday.", "Oregon")])
def test_a_state_abbreviation_after_a_town_keeps_it_there(geocoder, text, state):
    assert _resolve(geocoder, text, "Salem").admin1 == state


def test_an_abbreviation_after_a_comma_is_the_state(geocoder):
    text = "A man was shot in Salem, Mass. on Friday."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0) for n in ("Salem", "Mass")]
    salem, state = geocoder.resolve(names, document=Document(id="t", text=text))
    assert (salem.admin1, state.name, state.feature) == ("Massachusetts", "Massachusetts", "admin1")


def test_the_home_area_is_the_outlets_state_at_precision_3(geocoder):
    area = geocoder.home_area(Document(id="t", text="x", title="Man shot | Springfield, Mass."))
    assert (area.name, area.feature, area.geo_precision) == ("Massachusetts", "admin1", 3)
    assert geocoder.home_area(Document(id="t", text="x", title="Man shot")) is None


def test_a_small_foreign_town_under_a_local_outlets_country_is_a_stray(geocoder):
    text = "A man was shot in Wokingham on Friday."
    assert _resolve(geocoder, text, "Wokingham").country == "United Kingdom"
    assert _resolve(geocoder, text, "Wokingham", title="Man shot | WXQZ Home") is None


@pytest.mark.parametrize(("publisher", "home"), [
    ("WXYZ-TV", "US"), ("KQXR", "US"), ("WXY-TV", "US"),  # a station's call sign, four letters or three with "-TV"
    ("KYODO", None), ("EFE", None), ("WXY", None), (None, None),  # an agency; three bare letters are anyone's
])
def test_a_station_credited_as_publisher_is_a_us_outlet(geocoder, publisher, home):
    from eventsift.geo.home import publisher_home

    found = publisher_home(geocoder, publisher)
    assert (found.country if found else None) == home


def test_a_publisher_named_after_its_city_is_at_home_there(geocoder):
    from eventsift.geo.home import publisher_home

    found = publisher_home(geocoder, "Tulsa Media Group")
    assert found is not None and found.town is not None and found.town.name == "Tulsa"



def test_a_small_foreign_town_under_a_credited_stations_country_is_a_stray(geocoder):
    text = "A man was shot in Wokingham on Friday."
    document = Document(id="t", text=text, publisher="WXQZ-TV")
    toponym = Toponym(text="Wokingham", start=text.index("Wokingham"), end=text.index("Wokingham") + 9, sentence_index=0)
    assert geocoder.resolve([toponym], document=document) == [None]


@pytest.mark.parametrize(("url", "home"), [
    ("https://www.columbusdispatchexample.com/story/1", ("US", "Ohio", "Columbus")),
    ("https://www.examplecolumbus.tv/story/1", ("US", "Ohio", "Columbus")),
    ("https://www.ohio.com/story/1", ("US", "Ohio", None)),
    ("https://www.lahoreexample.pk/story/1", ("PK", "Punjab", "Lahore")),
    ("https://www.northwestexample.com/story/1", None),
    # a longer name a town's name starts ("Daytonaville Times" is not Dayton): the rest of the address is no words
    ("https://www.daytonavilletimes.com/story/1", None),
])
def test_a_town_or_state_glued_into_a_web_address(geocoder, url, home):
    found = outlet_home(geocoder, Document(id="t", text="x", title="Man shot", url=url))
    assert (found and (found.country, found.admin1 and found.admin1[1], found.town and found.town.name)) == home


def test_a_name_that_is_a_country_and_a_state_of_the_outlets_country_is_the_state(geocoder):
    text = "A man was shot in Georgia on Friday."
    assert _resolve(geocoder, text, "Georgia").country == "Georgia"  # no outlet: the bigger reading
    place = _resolve(geocoder, text, "Georgia", title="Man shot | WXQZ Home")
    assert (place.country, place.name, place.feature) == ("United States", "Georgia", "admin1")


def test_no_home_area_when_the_reports_armed_groups_act_elsewhere(geocoder):
    title = "Shelling | Springfield, Mass."
    assert geocoder.home_area(Document(id="t", text="A Mexican man was shot on Friday.", title=title)).name == "Massachusetts"
    assert geocoder.home_area(Document(id="t", text="Taliban fighters attacked a checkpoint.", title=title)) is None


def test_a_big_foreign_namesake_under_a_local_outlets_country_gives_way(geocoder):
    text = "A man was shot in Manchester on Friday."
    assert _resolve(geocoder, text, "Manchester").country == "United Kingdom"
    assert _resolve(geocoder, text, "Manchester", title="Man shot | WXQZ Home").country == "United States"


def test_the_reports_telephone_numbers_give_the_state_an_outlet_does_not(geocoder):
    text = ("A man was shot in Salem late on Friday, police said. Anyone with information is asked to call "
            "detectives at (978) 555-0147 or the tip line at 978-555-0199.")
    assert _resolve(geocoder, text, "Salem").admin1 == "Massachusetts"
    assert _resolve(geocoder, text, "Salem", title="Man shot | WXQZ Home").admin1 == "Massachusetts"
    # an outlet that names its own state keeps it; a number without its dash or an even split decides nothing
    assert _resolve(geocoder, text, "Salem", title="Man shot | Salem, Oregon").admin1 == "Oregon"
    assert _resolve(geocoder, "A man was shot in Salem. Case 978 5550147.", "Salem").admin1 == "Oregon"
    split = "A man was shot in Salem. Call 978-555-0147 or 503-555-0123."
    assert _resolve(geocoder, split, "Salem").admin1 == "Oregon"


def test_a_report_that_names_no_place_is_in_its_telephone_numbers_state(geocoder):
    area = geocoder.home_area(Document(id="t", text="Two men were hurt. Call police at 417-555-0188.", title="Man shot"))
    assert (area.name, area.feature, area.geo_precision) == ("Missouri", "admin1", 3)


def test_every_area_code_names_a_us_state_the_gazetteer_knows():
    from eventsift.evaluate.names import same_admin1
    from eventsift.geo.sources import admin1_abbreviation_rows, area_codes

    states = {admin1 for country, admin1, _ in admin1_abbreviation_rows() if country == "US"}
    codes = area_codes()
    assert len(codes) > 300 and all(code.isdigit() and len(code) == 3 for code in codes)
    assert set(codes.values()) <= states
    assert same_admin1(codes["302"], "Delaware")

"""Which of an incident's place names it happened at, and the fallback when it names none."""

from __future__ import annotations

import pytest

from eventsift.events.assemble_where import town_inside
from eventsift.events.place import choose_place, main_place
from eventsift.geo.base import InMemoryGeocoder
from eventsift.records import Document, Place, Toponym


def place(name: str, feature: str) -> Place:
    return Place(name=name, country="C", feature=feature)


def top(name: str, qualifier: str | None = None) -> Toponym:
    return Toponym(text=name, start=0, end=len(name), sentence_index=0, qualifier=qualifier)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([("Armenia", "country", None), ("Gadabay", "admin1", None)], "Gadabay"),
        ([("Kandahar", "admin1", None), ("Maywand", "admin2", None)], "Maywand"),
        # the town, not the district its name was first used for ("the Darjeeling District unit ... in Siliguri")
        ([("Darjeeling", "admin2", None), ("Siliguri", "city", None)], "Siliguri"),
        ([("Deir", "city", "from"), ("Hasakeh", "admin1", None)], "Hasakeh"),
        ([("Luhansk", "city", "within a name"), ("Holubivske", "city", None)], "Holubivske"),
        ([("Deir", "city", "from")], "Deir"),
        ([("Syria", "country", None)], "Syria"),
    ],
)
def test_choose_place(names, expected):
    places = [place(n, f) for n, f, _ in names]
    toponyms = [top(n, q) for n, _, q in names]
    chosen, toponym = choose_place(list(range(len(names))), places=places, toponyms=toponyms)
    assert chosen.name == expected and toponym.text == expected


def test_choose_place_without_places():
    assert choose_place([0], places=[None], toponyms=[top("Nowhere")]) == (None, None)


class CuedGeocoder(InMemoryGeocoder):
    def cued_country(self, document: Document) -> Place | None:
        return place("Yemen", "country") if "Houthi" in document.text else None


@pytest.mark.parametrize(("text", "expected"), [("Houthi forces shelled a village.", "Yemen"), ("A village was shelled.", None)])
def test_main_place_falls_back_to_the_cued_country(text, expected):
    found = main_place([None], document=Document(id="t", text=text), geocoder=CuedGeocoder([]))
    assert (found.name if found else None) == expected


class HomeGeocoder(CuedGeocoder):
    def home_area(self, document: Document) -> Place | None:  # the real one: None when armed groups act elsewhere
        return Place(name="Ohio", country="United States", admin1="Ohio", feature="admin1", geo_precision=3) \
            if "Columbus" in (document.title or "") and "Houthi" not in document.text else None


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("A man was shot late on Friday.", "Man shot | Columbus Evening News", "Ohio"),
    ("A man was shot late on Friday.", "Man shot", None),
    ("Houthi forces shelled a village.", "Shelling | Columbus Evening News", "Yemen"),  # the text's country wins
])
def test_main_place_falls_back_to_a_local_outlets_state(text, title, expected):
    found = main_place([None], document=Document(id="t", text=text, title=title), geocoder=HomeGeocoder([]))
    assert (found.name if found else None) == expected


def test_a_weak_sign_abroad_gives_way_to_a_local_outlets_state():
    mexico = Place(name="Mexico", country="Mexico", feature="country", geo_precision=3)
    found = main_place([mexico], document=Document(id="t", text="A family from Mexico was shot.",
                                                   title="Family shot | Columbus Evening News"),
                       geocoder=HomeGeocoder([]), toponyms=[top("Mexico", "from")])
    assert found.name == "Ohio"
    found = main_place([mexico], document=Document(id="t", text="A family from Mexico was shot.", title="Family shot"),
                       geocoder=HomeGeocoder([]), toponyms=[top("Mexico", "from")])
    assert found.name == "Mexico"


class DatelineGeocoder(InMemoryGeocoder):
    """The dateline's town as the real geocoder reads it ("ELMTOWN" in Ruritania), and the report's armed groups' country."""

    def dateline_place(self, document: Document) -> Place | None:
        if document.dateline in ("ELMTOWN", "ELMTOWN (RURITANIA)"):
            return Place(name="Elmtown", country="Ruritania", feature="city", geo_precision=1)
        return None

    def cued_country(self, document: Document) -> Place | None:
        return Place(name="Ruritania", country="Ruritania", feature="country", geo_precision=3) \
            if "Ruritanian rebels" in document.text else None


ABROAD = Place(name="Bigport", country="Freedonia", feature="city", geo_precision=1)
AT_HOME = Place(name="Ashby", country="Ruritania", feature="city", geo_precision=1)


@pytest.mark.parametrize(("places", "dateline", "expected"), [
    # "ELMTOWN -- ... the talks in Bigport were called off after rebels attacked a post": the dateline's country
    ([ABROAD], "ELMTOWN", "Elmtown"),
    ([ABROAD, AT_HOME], "ELMTOWN", "Ashby"),
    # a dateline that writes its country in brackets is as often a desk abroad: the first place stands
    ([ABROAD, AT_HOME], "ELMTOWN (RURITANIA)", "Bigport"),
    ([ABROAD, AT_HOME], None, "Bigport"),
])
def test_an_unplaced_incident_is_in_the_datelines_country(places, dateline, expected):
    document = Document(id="t", text="The talks in Bigport were called off after rebels attacked a post.",
                        dateline=dateline)
    assert main_place(places, document=document, geocoder=DatelineGeocoder([])).name == expected


def test_without_a_dateline_an_unplaced_incident_is_in_its_armed_groups_country():
    document = Document(id="t", text="Ruritanian rebels said the talks in Bigport failed; they attacked a post in Ashby.")
    assert main_place([ABROAD, AT_HOME], document=document, geocoder=DatelineGeocoder([])).name == "Ashby"
    document = Document(id="t", text="Rebels said the talks in Bigport failed; they attacked a post in Ashby.")
    assert main_place([ABROAD, AT_HOME], document=document, geocoder=DatelineGeocoder([])).name == "Bigport"


COUNTY = Place(name="Marlow County", country="United States", admin1="Iowa", admin2="Marlow County", feature="admin2",
               geo_precision=2)
TOWN = Place(name="Elmwood", country="United States", admin1="Iowa", admin2="Marlow County", feature="city",
             geo_precision=1)


class CountyGeocoder(InMemoryGeocoder):
    def home_area(self, document: Document) -> Place | None:
        return Place(name="Iowa", country="United States", admin1="Iowa", feature="admin1", geo_precision=3) \
            if "Elmwood Herald" in (document.title or "") else None

    def home_town(self, document: Document) -> Place | None:
        return TOWN if "Elmwood Herald" in (document.title or "") else None


def test_a_headline_s_town_beats_an_institutions_county():
    text = "Marlow County deputies said two men were shot late on Friday."
    document = Document(id="t", text=text, title="Two shot outside Elmwood bar")
    found = main_place([COUNTY], document=document, geocoder=CountyGeocoder([TOWN]), toponyms=[top("Marlow County", "institution")])
    assert found.name == "Elmwood"


def test_a_county_institution_under_an_outlet_of_a_town_in_it_is_the_outlet_s_town():
    text = "Marlow County deputies said two men were shot late on Friday."
    toponyms = [top("Marlow County", "institution")]
    document = Document(id="t", text=text, title="Two men shot | Elmwood Herald")
    assert main_place([COUNTY], document=document, geocoder=CountyGeocoder([]), toponyms=toponyms).name == "Elmwood"
    document = Document(id="t", text=text, title="Two men shot")  # no outlet's town: the county
    assert main_place([COUNTY], document=document, geocoder=CountyGeocoder([]), toponyms=toponyms).name == "Marlow County"


def _us(name: str, feature: str, admin1: str) -> Place:
    return Place(name=name, country="United States", admin1=admin1, feature=feature)


@pytest.mark.parametrize(("names", "expected"), [
    # "shot in central Vermont ... the house on Birch Lane in Elmtown": the town the report names in the state
    ([("Vermont", "admin1", "Vermont", None), ("Elmtown", "city", "Vermont", None)], "Elmtown"),
    # a county when it names no town there; a town before a county
    ([("Vermont", "admin1", "Vermont", None), ("Marlow County", "admin2", "Vermont", None)], "Marlow County"),
    ([("Vermont", "admin1", "Vermont", None), ("Marlow County", "admin2", "Vermont", None),
      ("Elmtown", "city", "Vermont", None)], "Elmtown"),
    # not a town of another state, nor a town someone came from or was taken to
    ([("Vermont", "admin1", "Vermont", None), ("Ashby", "city", "Ohio", None)], None),
    ([("Vermont", "admin1", "Vermont", None), ("Elmtown", "city", "Vermont", "from"),
      ("Ashby", "city", "Vermont", "destination")], None),
])
def test_a_state_gives_way_to_a_town_the_report_names_in_it(names, expected):
    places = [_us(n, f, a) for n, f, a, _ in names]
    toponyms = [top(n, q) for n, _, _, q in names]
    found = town_inside(places[0], places=places, toponyms=toponyms)
    assert (found[0].name if found else None) == expected


def test_a_country_gives_way_to_a_town_the_report_names_in_it():
    # "Two dead in a parade shooting in the country ... in Elmtown, Ohio": the first town there, not one abroad
    places = [Place(name="United States", country="United States", feature="country"),
              Place(name="Ashby", country="Canada", admin1="Ontario", feature="city"),
              _us("Elmtown", "city", "Ohio"), _us("Ashby", "city", "Ohio")]
    toponyms = [top(p.name) for p in places]
    found = town_inside(places[0], places=places, toponyms=toponyms)
    assert found is not None and (found[0].name, found[0].admin1) == ("Elmtown", "Ohio")


def test_a_county_gives_way_to_a_town_the_report_names_in_it():
    # "Marlow County deputies were called ... the shooting at a bar in Elmtown": the town in that county, not a town
    # of another county, nor one someone came from
    county = Place(name="Marlow County", country="United States", admin1="Ohio", admin2="Marlow County", feature="admin2")
    elsewhere = Place(name="Ashby", country="United States", admin1="Ohio", admin2="Kent County", feature="city")
    home = Place(name="Lindon", country="United States", admin1="Ohio", admin2="Marlow County", feature="city")
    town = Place(name="Elmtown", country="United States", admin1="Ohio", admin2="Marlow County", feature="city")
    places = [county, elsewhere, home, town]
    toponyms = [top("Marlow County"), top("Ashby"), top("Lindon", "from"), top("Elmtown")]
    found = town_inside(county, places=places, toponyms=toponyms)
    assert found is not None and found[0].name == "Elmtown"
    assert town_inside(county, places=places[:3], toponyms=toponyms[:3]) is None

"""The dateline's town: read past a page's label, and the town of the area a report's telling names (invented texts)."""

from __future__ import annotations

import pytest

from eventsift.documents.clean import lead_labels, read_dateline
from eventsift.events.assemble_where import where
from eventsift.records import Document, Place, Toponym
from place_stubs import OneClause

COUNTY = Place(name="Dunmore County", country="United States", admin1="Georgia", admin2="Dunmore County",
               feature="admin2", geo_precision=2)
STATE = Place(name="Georgia", country="United States", admin1="Georgia", feature="admin1", geo_precision=3)
TOWN = Place(name="Wrenfield", country="United States", admin1="Georgia", admin2="Dunmore County", feature="city",
             latitude=33.7, longitude=-84.7, population=30_000)
OTHER_COUNTY_TOWN = Place(name="Cobbleton", country="United States", admin1="Georgia", admin2="Quillan County",
                          feature="city", latitude=32.1, longitude=-83.2, population=12_000)
OTHER_STATE_TOWN = Place(name="Cobbleton", country="United States", admin1="Alabama", admin2="Dunmore County",
                         feature="city", latitude=32.1, longitude=-86.2, population=12_000)


def _where(text: str, name: str, area: Place, dateline: Place | None, qualifier: str | None = None):  # noqa: ANN202
    start = text.index(name)
    names = [Toponym(text=name, start=start, end=start + len(name), sentence_index=0, qualifier=qualifier)]
    return where(OneClause([0], text), document=Document(id="t", text=text), places=[area], toponyms=names,
                 weak=frozenset(), fallback=area, dateline=dateline)


@pytest.mark.parametrize(("name", "area", "qualifier"), [
    ("Dunmore County", COUNTY, None),  # "... at a backyard party in Dunmore County"
    ("Dunmore County", COUNTY, "near"),  # "... a few miles outside Dunmore County's seat"
    ("Georgia", STATE, None),  # "... the worst such night in Georgia this spring"
])
def test_an_area_that_holds_the_datelines_town_is_that_town(name, area, qualifier):
    text = f"WRENFIELD, Ga. (AP) - Three people were wounded at a backyard party in {name} late Saturday."
    found = _where(text, name, area, TOWN, qualifier)
    assert found.place is TOWN and found.toponym is None


@pytest.mark.parametrize("dateline", [OTHER_COUNTY_TOWN, OTHER_STATE_TOWN, None])
def test_an_area_stays_when_the_dateline_is_elsewhere(dateline):
    text = "COBBLETON (AP) - Three people were wounded at a backyard party in Dunmore County late Saturday."
    found = _where(text, "Dunmore County", COUNTY, dateline)
    assert found.place is COUNTY and found.toponym is not None


def test_a_named_town_inside_the_area_still_comes_first():
    text = "WRENFIELD, Ga. (AP) - Three people were wounded in Dunmore County. A barn in Cobbleton was searched."
    town = Place(name="Cobbleton", country="United States", admin1="Georgia", admin2="Dunmore County", feature="city")
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Dunmore County", "Cobbleton")]
    found = where(OneClause([0], text), document=Document(id="t", text=text), places=[COUNTY, town],
                  toponyms=names, weak=frozenset(), fallback=COUNTY, dateline=TOWN)
    assert found.place is town


@pytest.mark.parametrize("label", ["UPDATE", "BREAKING NEWS", "RAW VIDEO", "EDITOR'S NOTE", "HFPD", "WCSO"])
def test_a_pages_label_is_no_dateline_and_the_real_one_follows(label):
    text = (f"{label}: A second man has died, his family said on Thursday.\n\n"
            "HOLLISTON, Miss. (WXYZ) - Holliston officers closed two streets after gunfire at a birthday party.")
    found = read_dateline(text)
    assert found is not None and found.place == "Holliston" and found.region == "Miss."
    assert read_dateline(f"{label}: A second man has died, his family said on Thursday.") is None


def test_a_town_before_a_colon_is_still_a_dateline():
    assert read_dateline("PESHAWAR: Two policemen were wounded on Monday.").place == "Peshawar"
    assert read_dateline("MILLHAVEN: A man was hurt.").place == "Millhaven"


def test_lead_labels_are_loaded():
    assert {"update", "breaking news", "video"} <= lead_labels()


DATELINE_TOWN = Place(name="Brackenridge", country="United States", admin1="Ohio", feature="city",
                      latitude=40.4, longitude=-82.5, population=16_000)
FAR_CITY = Place(name="Larkspur", country="United States", admin1="Colorado", feature="city",
                 latitude=39.7, longitude=-105.0, population=700_000)
NEAR_CITY = Place(name="Fernhollow", country="United States", admin1="Ohio", feature="city",
                  latitude=39.9, longitude=-83.0, population=900_000)


@pytest.mark.parametrize(("dateline_text", "weak_place", "qualifier", "headline", "expected"), [
    ("Brackenridge, Ohio", FAR_CITY, "from", False, DATELINE_TOWN),  # "... a Larkspur man was shot"
    ("Brackenridge, Ohio", FAR_CITY, None, True, DATELINE_TOWN),  # an outlet's town glued to the headline
    ("Brackenridge", FAR_CITY, "from", False, FAR_CITY),  # a dateline without its state may be a namesake's
    ("Brackenridge, Ohio", NEAR_CITY, "from", False, NEAR_CITY),  # in the dateline's own state
    # where the wounded were taken, even in the dateline's own state, is no scene: the dateline's town is
    ("Brackenridge, Ohio", NEAR_CITY, "destination", False, DATELINE_TOWN),
])
def test_a_weak_sign_in_another_state_than_the_datelines_gives_way(dateline_text, weak_place, qualifier, headline,
                                                                   expected):
    text = f"{dateline_text.upper()} (AP) - A {weak_place.name} man was shot at a gas station on Sunday night."
    start = text.index(weak_place.name)
    names = [Toponym(text=weak_place.name, start=start, end=start + len(weak_place.name), sentence_index=0,
                     qualifier=qualifier)]
    document = Document(id="t", text=text, dateline=dateline_text)
    found = where(OneClause([0], text), document=document, places=[weak_place], toponyms=names,
                  weak=frozenset({0}) if headline else frozenset(), fallback=None, dateline=DATELINE_TOWN)
    assert found.place is expected


# a dateline's town the gazetteer lacks, placed at its state's centre
UNKNOWN_TOWNSHIP = Place(name="Brackenridge Township", country="United States", admin1="Ohio", feature="city",
                         latitude=40.2, longitude=-82.7, geo_precision=3)


@pytest.mark.parametrize(("weak_place", "expected"), [(NEAR_CITY, UNKNOWN_TOWNSHIP), (FAR_CITY, FAR_CITY)])
def test_a_weak_sign_in_the_state_of_a_dateline_town_the_gazetteer_lacks_gives_way(weak_place, expected):
    text = f"BRACKENRIDGE TOWNSHIP (AP) - A 30-year-old {weak_place.name} man is charged with murder."
    start = text.index(weak_place.name)
    names = [Toponym(text=weak_place.name, start=start, end=start + len(weak_place.name), sentence_index=0,
                     qualifier="from")]
    found = where(OneClause([0], text), document=Document(id="t", text=text), places=[weak_place], toponyms=names,
                  weak=frozenset(), fallback=None, dateline=UNKNOWN_TOWNSHIP)
    assert found.place is expected


BIG_CITY = Place(name="Fernhollow", country="United States", admin1="Ohio", feature="city",
                 latitude=39.96, longitude=-83.00, population=900_000)
QUARTER = Place(name="Larkspur Flats", country="United States", admin1="Ohio", feature="city",
                latitude=39.90, longitude=-82.95, population=40_000)  # ~8 km from the city's centre
FAR_TOWN = Place(name="Brackenridge", country="United States", admin1="Ohio", feature="city",
                 latitude=40.40, longitude=-82.50, population=16_000)  # ~65 km away


@pytest.mark.parametrize(("text", "place", "dateline", "expected"), [
    # filed from the big city about one of its quarters, which GeoNames lists as a town of its own
    ("FERNHOLLOW - Three men were wounded in Larkspur Flats on Monday, police said.", QUARTER, BIG_CITY, BIG_CITY),
    # ... unless the report names the quarter's own police
    ("FERNHOLLOW - Three men were wounded in Larkspur Flats; Larkspur Flats police said.", QUARTER, BIG_CITY, QUARTER),
    # a town beyond a big city's neighbourhoods stays
    ("FERNHOLLOW - Three men were wounded in Brackenridge on Monday, police said.", FAR_TOWN, BIG_CITY, FAR_TOWN),
    # a quarter's own dateline is no police of a city
    ("LARKSPUR FLATS - Three men were wounded in Larkspur Flats on Monday.", QUARTER, QUARTER, QUARTER),
])
def test_a_big_citys_dateline_answers_for_its_quarters(text, place, dateline, expected):
    start = text.index(place.name, text.index(" - "))
    names = [Toponym(text=place.name, start=start, end=start + len(place.name), sentence_index=0)]
    found = where(OneClause([0], text), document=Document(id="t", text=text), places=[place], toponyms=names,
                  weak=frozenset(), fallback=place, dateline=dateline)
    assert found.place is expected


@pytest.mark.parametrize(("place", "expected"), [(QUARTER, BIG_CITY), (FAR_TOWN, FAR_TOWN)])
def test_a_quarter_that_stands_in_for_an_unplaced_incident_is_the_big_city_filed_from(place, expected):
    # the incident's own clause names only a place the gazetteer does not know; the report's main place stands in
    text = (f"FERNHOLLOW - Gunfire broke out near a corner in {place.name} on Monday. "
            "A boy was shot in an alley behind Wexley Park, police said.")
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=i)
             for i, n in enumerate((place.name, "Wexley Park"))]
    found = where(OneClause([1], text), document=Document(id="t", text=text), places=[place, None], toponyms=names,
                  weak=frozenset(), fallback=place, dateline=BIG_CITY)
    assert found.place is expected and found.toponym is None


# A town the gazetteer lacks, under a dateline that writes its state: the dateline's place is that town, named as
# written, at the state's coordinates (geo_precision 3).
UNLISTED = Place(name="Lower Quillby Township", country="United States", admin1="Georgia", feature="city",
                 latitude=32.6, longitude=-83.4, geo_precision=3)


def test_a_datelines_town_the_gazetteer_lacks_is_named_as_written():
    from eventsift.geo.dateline import unlisted_town

    text = "LOWER QUILLBY TOWNSHIP, Ga. - A man was shot in Lower Quillby Township on Monday."
    assert unlisted_town("Lower Quillby Township, Ga.", text) == "Lower Quillby Township"
    # the end of a page title glued before the town ("KXYZ"), when the report names the town again
    text = "Deputy fires at a man | KXYZKESTREL, Ga. - A deputy fired one shot in the Kestrel area on Monday."
    assert unlisted_town("Kxyzkestrel, Ga.", text) == "Kestrel"
    # a county, a dateline without a state, and a glued word the report never names again are no town
    assert unlisted_town("Dunmore County, Ga.", "DUNMORE COUNTY, Ga. - A man was shot.") is None
    assert unlisted_town("Kestrel", "KESTREL - A man was shot in Kestrel.") is None
    assert unlisted_town("Kxyzkestrel, Ga.", "KXYZKESTREL, Ga. - A deputy fired one shot on Monday.") is None


def test_the_state_of_an_unlisted_datelines_town_is_that_town():
    text = "LOWER QUILLBY TOWNSHIP, Ga. - Two people were hurt in a shooting in Georgia late Saturday."
    found = _where(text, "Georgia", STATE, UNLISTED)
    assert found.place is UNLISTED


def test_an_unlisted_datelines_town_told_again_in_the_body_is_that_town():
    text = "LOWER QUILLBY TOWNSHIP, Ga. - A man from Ashby was shot in Lower Quillby on Monday."
    ashby = Place(name="Ashby", country="United States", admin1="Georgia", feature="city", latitude=34.9,
                  longitude=-85.0, population=9_000)  # far from the state's centre
    names = [Toponym(text=n, start=text.index(n, 30), end=text.index(n, 30) + len(n), sentence_index=0, qualifier=q)
             for n, q in (("Ashby", "from"), ("Lower Quillby", None))]
    found = where(OneClause([0, 1], text), document=Document(id="t", text=text), places=[ashby, None],
                  toponyms=names, weak=frozenset(), fallback=ashby, dateline=UNLISTED)
    assert found.place is UNLISTED


def test_a_report_placed_only_at_the_datelines_state_is_at_its_town():
    # the incident's own clauses name no place; the report's main place is only the state the dateline's town is in
    text = "WRENFIELD, Ga. (AP) - Georgia officials said a boy was wounded when a gun went off."
    found = where(OneClause([], text), document=Document(id="t", text=text), places=[], toponyms=[],
                  weak=frozenset(), fallback=STATE, dateline=TOWN)
    assert found.place is TOWN


def test_a_name_after_in_the_gazetteer_lacks_is_a_town_of_the_state_the_incident_is_placed_at():
    text = "A man was shot in Georgia on Thursday. A neighbour in Kestrel Hollow found him at his door."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Georgia", "Kestrel Hollow")]
    found = where(OneClause([0, 1], text), document=Document(id="t", text=text), places=[STATE, None], toponyms=names,
                  weak=frozenset(), fallback=STATE, dateline=None)
    assert (found.place.name, found.place.admin1, found.place.feature, found.place.geo_precision) == \
        ("Kestrel Hollow", "Georgia", "city", 3)
    # ... or the town of a home the incident happened in
    text = "Troopers found a woman dead in Georgia late Monday, in a Kestrel Hollow home."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Georgia", "Kestrel Hollow")]
    found = where(OneClause([0, 1], text), document=Document(id="t", text=text), places=[STATE, None], toponyms=names,
                  weak=frozenset(), fallback=STATE, dateline=None)
    assert found.place.name == "Kestrel Hollow"
    # not a name after another word ("near", "on"), nor when a county or a town places the incident
    text = "A man was shot in Georgia on Thursday. A neighbour near Kestrel Hollow found him at his door."
    names = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), sentence_index=0)
             for n in ("Georgia", "Kestrel Hollow")]
    found = where(OneClause([0, 1], text), document=Document(id="t", text=text), places=[STATE, None], toponyms=names,
                  weak=frozenset(), fallback=STATE, dateline=None)
    assert found.place is STATE
    found = _where("A man was shot in Dunmore County. A neighbour in Kestrel Hollow found him.", "Dunmore County",
                   COUNTY, None)
    assert found.place is COUNTY


@pytest.mark.parametrize(("tail", "expected"), [
    # a town the gazetteer lacks, right after "in", beside a town that is only where the victim came from
    ("was shot at a party in Pellbrook.", "Pellbrook"),
    # a person's possessive after "in" is no town
    ("was found shot in Pellbrook's car.", "Cobbleton"),
])
def test_an_unlisted_town_beside_a_weak_sign_is_the_place(tail, expected):
    text = f"Ana Ruiz of Cobbleton {tail}"
    names = [Toponym(text="Cobbleton", start=text.index("Cobbleton"), end=text.index("Cobbleton") + 9, sentence_index=0,
                     qualifier="from"),
             Toponym(text="Pellbrook", start=text.index("Pellbrook"), end=text.index("Pellbrook") + 9, sentence_index=0)]
    found = where(OneClause([0, 1], text), document=Document(id="t", text=text), places=[OTHER_COUNTY_TOWN, None],
                  toponyms=names, weak=frozenset(), fallback=OTHER_COUNTY_TOWN, dateline=None)
    assert found.place.name == expected and found.place.admin1 == "Georgia"
    if expected == "Pellbrook":
        assert found.place.geo_precision == 3

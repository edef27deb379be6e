"""A name resolved to a country the rest of the document does not support is a foreign homonym."""

from __future__ import annotations

import pytest

from eventsift.geo.resolve import Candidate, Context, drop_strays


def cand(name: str, country: str, feature: str = "city", population: int = 1_000) -> Candidate:
    return Candidate(id=hash((name, country)) % 10_000, name=name, country_code=country, feature=feature,
                     latitude=0.0, longitude=0.0, admin1=None, admin2=None, geonameid=None, population=population,
                     namesake=None, kind=0)


def run(names: list[tuple[str, list[Candidate]]], cues: dict[str, float] | None = None) -> list[str | None]:
    lists = [c for _, c in names]
    picks = [max(c, key=lambda x: x.population) if c else None for c in lists]
    out = drop_strays(lists, picks, [n for n, _ in names], Context(cues=cues or {}))
    return [f"{p.name}/{p.country_code}" if p else None for p in out]


SY = ("ras al ain", [cand("Ras al Ain", "SY")])
HASAKEH = ("hasakeh", [cand("Al-Hasakeh", "SY", "admin1")])
YEMEN = ("yemen", [cand("Yemen", "YE", "country")])


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # two places of the text in Syria, the homonym in Morocco: dropped
        ([("dardara", [cand("Derdara", "MA")]), SY, HASAKEH], [None, "Ras al Ain/SY", "Al-Hasakeh/SY"]),
        # a country the text names counts two
        ([("hays", [cand("Hays", "US", population=20_000)]), YEMEN], [None, "Yemen/YE"]),
        # the name's candidate in the supported country replaces the bigger foreign one
        ([("tripoli", [cand("Tripoli", "LY", population=1_000_000), cand("Tripoli", "LB", population=200_000)]),
          ("beirut", [cand("Beirut", "LB")]), ("el mina", [cand("El Mina", "LB")])],
         ["Tripoli/LB", "Beirut/LB", "El Mina/LB"]),
        # one name each: nothing to go by, both stay
        ([("tripoli", [cand("Tripoli", "LY")]), ("washington", [cand("Washington", "US")])],
         ["Tripoli/LY", "Washington/US"]),
        # the name's own country has support: it stays
        ([("gorgan", [cand("Gorgan", "IR")]), ("tehran", [cand("Tehran", "IR")]), SY, HASAKEH],
         ["Gorgan/IR", "Tehran/IR", "Ras al Ain/SY", "Al-Hasakeh/SY"]),
        # the same name twice supports nothing but itself
        ([("dardara", [cand("Derdara", "MA")]), ("dardara", [cand("Derdara", "MA")]), SY, HASAKEH],
         [None, None, "Ras al Ain/SY", "Al-Hasakeh/SY"]),
    ],
)
def test_drop_strays(names, expected):
    assert run(names) == expected


def test_an_armed_group_supports_its_country():
    names = [("hays", [cand("Hays", "US")]), ("hodeidah", [cand("Al Hudaydah", "YE")])]  # two towns
    assert run(names) == ["Hays/US", "Al Hudaydah/YE"]
    assert run(names, cues={"YE": 2.5}) == [None, "Al Hudaydah/YE"]
    assert run(names, cues={"YE": 0.75}) == ["Hays/US", "Al Hudaydah/YE"]  # a demonym is not enough


def _us(name: str, admin1: str, feature: str = "city", population: int = 5_000) -> Candidate:
    return Candidate(id=hash((name, admin1)) % 10_000, name=name, country_code="US", feature=feature, latitude=35.0,
                     longitude=-90.0 if admin1 == "Ohio" else -100.0, admin1=admin1, admin2=None, geonameid=None,
                     population=population, namesake=None, kind=0)


@pytest.mark.parametrize(("candidates", "expected"), [
    # under "ELMTOWN, Ohio -", a county of another state the text never names is a namesake (or a misread word)
    ([_us("Marlow County", "Kansas", "admin2")], None),
    ([_us("Marlow County", "Kansas", "admin2"), _us("Marlow County", "Ohio", "admin2")], "Marlow County/Ohio"),
    ([_us("Ashby", "Kansas")], None),
])
def test_a_datelines_written_state_drops_towns_and_counties_of_other_states(candidates, expected):
    from eventsift.geo.resolve import drop_state_strays

    pick = max(candidates, key=lambda c: c.admin1 == "Kansas")
    context = Context(dateline_state=("US", "Ohio"), dateline_country="US")
    (out,) = drop_state_strays([candidates], [pick], context)
    assert (f"{out.name}/{out.admin1}" if out else None) == expected


def _at(name: str, admin1: str, latitude: float, feature: str = "city", population: int = 6_000) -> Candidate:
    return Candidate(id=hash((name, admin1, latitude)) % 10_000, name=name, country_code="US", feature=feature,
                     latitude=latitude, longitude=-80.0, admin1=admin1, admin2=None, geonameid=None,
                     population=population, namesake=None, kind=0)


@pytest.mark.parametrize(("second_latitude", "kept"), [
    (42.0, False),  # ~330 km apart: two officers' surnames that are small towns of one state strewn across it
    (39.3, True),  # ~35 km apart: two places of one area told together
])
def test_small_towns_of_one_state_far_apart_lend_each_other_no_support(second_latitude, kept):
    from eventsift.geo.resolve import drop_unsupported_states

    # "... near Wrenfield, Carolina ... a state Kestrel was grazed ... Sheriff Dale Ashby said": the report firmly
    # supports one state; two names read as small towns of another support only each other
    lists = [[_at("Wrenfield", "Carolina", 35.0)], [_at("Carolina", "Carolina", 35.5, "admin1", 9_000_000)],
             [_at("Kestrel", "Northland", 39.0)], [_at("Ashby", "Northland", second_latitude)]]
    picks = [cands[0] for cands in lists]
    out = drop_unsupported_states(lists, picks, ["wrenfield", "carolina", "kestrel", "ashby"], Context())
    assert [p is not None for p in out] == [True, True, kept, kept]


def test_a_town_named_as_its_own_province_is_kept_against_another_provinces_support():
    from eventsift.geo.resolve import drop_unsupported_states

    # "raids on Wrenfield, Kestrel and Brook, north of Carolina City": two names support Carolina, the
    # town of Kestrel is the seat of the province of Kestrel, which no namesake elsewhere shares
    lists = [[_at("Wrenfield", "Carolina", 35.0)], [_at("Kestrel", "Kestrel", 35.6)],
             [_at("Carolina City", "Carolina", 35.1)]]
    picks = [cands[0] for cands in lists]
    out = drop_unsupported_states(lists, picks, ["wrenfield", "kestrel", "carolina city"], Context())
    assert [p is not None for p in out] == [True, True, True]
    lists[1] = [_at("Kestrel", "Northland", 35.6)]  # a small town of another province: a namesake, as before
    out = drop_unsupported_states(lists, [cands[0] for cands in lists], ["wrenfield", "kestrel", "carolina city"],
                                  Context())
    assert [p is not None for p in out] == [True, False, True]


def test_a_name_the_report_calls_a_town_keeps_its_province_against_another_provinces_support():
    from eventsift.geo.resolve import drop_unsupported_states

    # "shelling of Wrenfield and Carolina City ... a car bomb in the northern town of Kestrel": a war report names
    # towns across provinces, and one it calls a town is no person's name
    lists = [[_at("Wrenfield", "Carolina", 35.0)], [_at("Carolina City", "Carolina", 35.1)],
             [_at("Kestrel", "Northland", 37.0, population=40_000)]]
    picks = [cands[0] for cands in lists]
    keys = ["wrenfield", "carolina city", "kestrel"]
    assert [p is not None for p in drop_unsupported_states(lists, picks, keys, Context())] == [True, True, False]
    out = drop_unsupported_states(lists, picks, keys, Context(), towns=frozenset({"kestrel"}))
    assert [p is not None for p in out] == [True, True, True]
    # a hamlet's name the country gives to other places too is often a small namesake's: dropped as before
    lists[2] = [_at("Kestrel", "Northland", 37.0), _at("Kestrel", "Southland", 33.0)]
    out = drop_unsupported_states(lists, [cands[0] for cands in lists], keys, Context(), towns=frozenset({"kestrel"}))
    assert [p is not None for p in out] == [True, True, False]
    # ... while a small town told as a town that is the only place of its name in the country keeps its reading
    lists[2] = [_at("Kestrel", "Northland", 37.0)]
    out = drop_unsupported_states(lists, [cands[0] for cands in lists], keys, Context(), towns=frozenset({"kestrel"}))
    assert [p is not None for p in out] == [True, True, True]


def test_a_first_level_area_the_text_names_supports_its_country_as_plainly_as_the_country():
    # "a blast near the Qasra crossing in Marrow in Hasakeh": one town abroad against one province at home
    names = [("qasra", [cand("Qasra", "BR", population=40_000)]), ("marrow", []), HASAKEH]
    assert run(names) == [None, None, "Al-Hasakeh/SY"]


def test_two_areas_of_two_countries_keep_each_other():
    # "the village of Tamra in Karak": two provinces, one each side of a border; nothing to choose one by
    names = [("karak", [cand("Karak", "JO", "admin1")]), HASAKEH]
    assert run(names) == ["Karak/JO", "Al-Hasakeh/SY"]


@pytest.mark.parametrize("area", [cand("Rajasthan", "IN", "admin1"), cand("Eastern", "SA", "admin1")])
def test_letters_and_a_direction_are_not_an_area_written_out(area):
    # "... posted by the app Shots - RJ", "the party's Eastern Region director": no firm sign of another country
    key = "rj" if area.name == "Rajasthan" else "eastern"
    names = [("lorena", [cand("Lorena", "BR")]), (key, [area])]
    assert run(names) == ["Lorena/BR", f"{area.name}/{area.country_code}"]



def test_names_people_came_from_or_went_to_tell_the_country_against_a_small_town():
    # "a report from Elmshire department ... flying from Ashby to Elmshire ... rockets fired at Noor": Noor's only
    # reading is a small town of another country than all the others
    names = [("elmshire", [cand("Elmshire", "SV", "admin1")]), ("ashby", [cand("Ashby", "SV")]),
             ("noor", [cand("Noor", "IN", population=9_000)])]
    lists = [c for _, c in names]
    picks = [c[0] for c in lists]
    out = drop_strays(lists, picks, [n for n, _ in names], Context(), silent=[True, True, False])
    assert [p.name if p else None for p in out] == ["Elmshire", "Ashby", None]
    # a big city is one readers know: refugees from two towns of one country protesting in another's capital
    names[2] = ("beirut", [cand("Beirut", "LB", population=1_900_000)])
    lists = [c for _, c in names]
    out = drop_strays(lists, [c[0] for c in lists], [n for n, _ in names], Context(), silent=[True, True, False])
    assert [p.name if p else None for p in out] == ["Elmshire", "Ashby", "Beirut"]
    # one such name is not enough: the small town stays
    names = [("ashby", [cand("Ashby", "SV")]), ("noor", [cand("Noor", "IN", population=9_000)])]
    lists = [c for _, c in names]
    out = drop_strays(lists, [c[0] for c in lists], [n for n, _ in names], Context(), silent=[True, False])
    assert [p.name if p else None for p in out] == ["Ashby", "Noor"]


def test_a_name_told_as_a_first_level_area_weighs_as_one():
    # "Elmshire State" reads as the state's seat (a town); told with its kind of area it counts as the state does, so
    # a first-level area of another country beside it is no reason to drop it
    names = [("elmshire", [cand("Elmshire", "XA", population=900_000), cand("Elmshire", "XA", "admin1")]),
             ("marlow", [cand("Marlow", "XB", "admin1")])]
    lists = [c for _, c in names]
    picks = [lists[0][0], lists[1][0]]
    keys = [n for n, _ in names]
    plain = drop_strays(lists, picks, keys, Context(cues={}))
    told = drop_strays(lists, picks, keys, Context(cues={}), told_as_areas=[True, False])
    assert [p.name if p else None for p in plain] == [None, "Marlow"]
    assert [p.name if p else None for p in told] == ["Elmshire", "Marlow"]


@pytest.mark.parametrize(("text", "name", "told"), [
    ("a car bomb went off in the northern town of Ashby near the border", "Ashby", True),
    ("troops entered Ashby town at dawn", "Ashby", True),
    ("IN THE TOWN OF SAN ASHBY GUERRILLAS BURNED A BUS", "SAN ASHBY", True),
    ("fighting near the town of San Ashby Grande, Elm department", "San Ashby", False),  # the name goes on
    ("FIGHTING NEAR THE TOWN OF SAN ASHBY GRANDE, ELM DEPARTMENT", "SAN ASHBY", False),  # read in the area after it
    ("the village of Ashby", "Ashby", False),  # a village's name is often a namesake's
    ("Ashby was shot in the arm", "Ashby", False),
])
def test_a_name_told_as_a_town(text, name, told):
    from eventsift.geo.gazetteer import _told_as_town
    from eventsift.records import Toponym

    start = text.index(name)
    assert _told_as_town(Toponym(text=name, start=start, end=start + len(name), sentence_index=0), text) is told

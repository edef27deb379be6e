"""Context the geocoder reads from the text: enclosing areas, actor and demonym cues, country names used as
modifiers, and the admin1 spellings file. Runs on a small index of a few countries."""

from __future__ import annotations

from collections import defaultdict

import pytest

from eventsift.geo import open_geocoder, sources
from eventsift.geo.build import build_index, clean_name
from eventsift.geo.gazetteer import enclosing
from eventsift.geo.normalize import name_key
from eventsift.geo.resolve import CUE_BONUS
from eventsift.records import Document, Toponym

# Yemen and Libya share "Al Bayda"; Syria, Pakistan and Afghanistan cover the other cases.
TEST_COUNTRIES = ("YE", "LY", "SY", "PK", "AF", "ZA", "SD", "KE", "SO", "TZ", "MG", "MW")


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("home") / "gazetteer-test.sqlite", countries=TEST_COUNTRIES)
    return open_geocoder(path=path)


def toponyms(text: str, *names: str) -> list[Toponym]:
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        out.append(Toponym(text=name, start=start, end=at, sentence_index=0))
    return out


def resolve(geocoder, text: str, *names: str):  # noqa: ANN001, ANN201
    return geocoder.resolve(toponyms(text, *names), document=Document(id="t", text=text))


@pytest.mark.parametrize(
    ("text", "names", "parents"),
    [
        ("Clashes in Qaniyah (Sawdiyah, Bayda) went on.", ("Qaniyah", "Sawdiyah", "Bayda"), {0: 1, 1: 2}),
        ("Shelling hit Holubivske, Luhansk on Monday.", ("Holubivske", "Luhansk"), {0: 1}),
        ("Raids in Shah Wali Kot district, Kandahar.", ("Shah Wali Kot", "Kandahar"), {0: 1}),
        ("Shelling of Ftireh in Idleb countryside.", ("Ftireh", "Idleb"), {0: 1}),
        ("Attacks in Kabul, Kandahar and Helmand.", ("Kabul", "Kandahar", "Helmand"), {}),
        # three names joined by commas alone: a place, its town and its province
        ("Nurses rallied in Tarla, Elm City, Bayda to protest.", ("Tarla", "Elm City", "Bayda"), {0: 1, 1: 2}),
        ("Attacks in Kabul, Kandahar, Herat and Helmand.", ("Kabul", "Kandahar", "Herat", "Helmand"), {}),
        ("Attacks in Kabul, Kandahar, and Helmand.", ("Kabul", "Kandahar", "Helmand"), {}),  # a serial comma
        ("Fighters from Homs travelled to Hama.", ("Homs", "Hama"), {}),
        # "X, in Y department": a comma before "in" still puts the town in its area
        ("Rebels ambushed a patrol near the village of Tarla, in Bayda department, on Monday.", ("Tarla", "Bayda"),
         {0: 1}),
    ],
)
def test_enclosing_areas_from_the_text(text, names, parents):
    assert enclosing(toponyms(text, *names), text) == parents


def test_an_unknown_name_takes_its_enclosing_area(geocoder):
    text = "Houthi fighters shelled Qwzxabad (Al Bayda) on Monday."
    unknown, area = resolve(geocoder, text, "Qwzxabad", "Al Bayda")
    assert (area.country, area.feature) == ("Yemen", "admin1")
    # a named locality placed only by its province: ACLED's "part of a region", precision 2; the province itself 3
    assert (unknown.country, unknown.admin1, unknown.geo_precision) == ("Yemen", "Al Bayda", 2)
    assert area.geo_precision == 3


def test_an_unknown_name_in_a_named_country_stands_at_the_country(geocoder):
    text = "Fighters shelled Qwzxabad, Yemen on Monday."
    unknown, country = resolve(geocoder, text, "Qwzxabad", "Yemen")
    assert (unknown.name, unknown.feature, unknown.geo_precision) == ("Yemen", "country", 3)


@pytest.mark.parametrize(("cue", "country"), [("Houthi fighters", "Yemen"), ("The Libyan National Army", "Libya")])
def test_an_armed_group_points_to_its_country(geocoder, cue, country):
    text = f"{cue} shelled Al Bayda on Monday."
    [place] = resolve(geocoder, text, "Al Bayda")
    assert place.country == country


def test_a_name_outside_the_area_the_text_puts_it_in_gives_way_to_the_area(geocoder):
    text = "Two families clashed in the town of Karak in Dar'a on Monday."
    town, area = resolve(geocoder, text, "Karak", "Dar'a")
    assert area.country == "Syria"
    assert (town.country, town.admin1, town.feature) == ("Syria", "Dar'a", "admin1")


def test_a_name_used_as_an_area_is_the_province(geocoder):
    text = "Regime forces shelled villages in Idleb countryside."
    [place] = resolve(geocoder, text, "Idleb")
    assert (place.feature, place.admin1, place.geo_precision) == ("admin1", "Idleb", 3)
    text = "Regime forces shelled Idleb city."
    [place] = resolve(geocoder, text, "Idleb")
    assert place.feature == "city"


@pytest.mark.parametrize("phrase", ["Pakistan-backed", "Pakistan-based", "Pakistan dollar",
                                    # a country's firms and people abroad
                                    "Pakistan company's", "Pakistan tourists'"])
def test_a_country_name_used_as_a_modifier_is_not_a_place(geocoder, phrase):
    text = f"The {phrase} group met in Kabul."
    modifier, town = resolve(geocoder, text, "Pakistan", "Kabul")
    assert modifier is None
    assert town.country == "Afghanistan"


@pytest.mark.parametrize(("text", "absent"), [
    ("A NATO convoy was hit.", "NATO"),
    ("Raids in Shah Wali Kot district.", "Kot"),
    ("The Pul-e Charkhi prison was attacked.", "Pul"),
])
def test_acronyms_and_parts_of_longer_names_are_not_found_as_places(geocoder, text, absent):
    found = [text[s:e] for s, e in geocoder.find_toponyms(text)]
    assert absent not in found


def test_a_whole_name_is_still_found(geocoder):
    text = "Militants attacked a checkpoint in Mastung and Quetta."
    assert [text[s:e] for s, e in geocoder.find_toponyms(text)] == ["Mastung", "Quetta"]


@pytest.mark.parametrize(("text", "country"), [
    ("Houthi forces shelled a village.", "Yemen"),
    ("The Taliban attacked a checkpoint.", "Afghanistan"),
    # parties and forces of one country
    ("An ANC councillor was shot dead outside his home.", "South Africa"),
    ("NISS agents detained two students.", "Sudan"),
    ("Kenya Defence Forces repelled an attack on a camp.", "Kenya"),
    # the forces of a country's own regional administration
    ("Puntland forces clashed with militiamen loyal to a former governor.", "Somalia"),
    ("Police broke up a rally of CUF supporters and held six of them.", "Tanzania"),
    ("Gendarmes pursued a band of dahalo who had driven off two hundred zebu.", "Madagascar"),
    ("An MCP youth leader was beaten by rival supporters.", "Malawi"),
    ("Police dispersed a crowd.", None),
])
def test_the_country_actors_point_to(geocoder, text, country):
    place = geocoder.cued_country(Document(id="t", text=text))
    assert (place.country if place else None) == country
    if place:
        assert place.geo_precision == 3


@pytest.mark.parametrize(("spelling", "name"), [("Al Dhale'e", "Ad Dali"), ("Idlib", "Idleb"), ("Daraa Governorate", "Dar'a"),
                                                ("Uruzgan", "Urozgan")])
def test_admin1_spellings_resolve_to_the_acled_name(geocoder, spelling, name):
    places = [p for p in geocoder.lookup(spelling) if p.feature == "admin1"]
    assert places and places[0].admin1 == name


def test_every_admin1_name_and_cue_entry_loads():
    names = sources.admin1_names()
    assert names
    owner: dict[tuple[str, str], set[str]] = defaultdict(set)
    for area in names:
        assert len(area.country_code) == 2 and area.name, area
        for alias in (area.name, *area.aliases):
            owner[(area.country_code, name_key(alias))].add(area.name)
    clashes = {key: found for key, found in owner.items() if len(found) > 1}
    assert not clashes, f"a spelling names two areas: {clashes}"
    cues = sources.country_cues()
    assert cues and all(len(c) == 2 and w in CUE_BONUS and cue for cue, c, w in cues)


@pytest.mark.parametrize(("raw", "clean"), [("Diyarbakır", "Diyarbakir"), ("Ağcabədi", "Agcabedi"), ("Hajjah", "Hajjah")])
def test_display_names_lose_letters_without_a_latin_base(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a spelling only the skeleton key finds, inside the country whose province the text names
        ("Clashes in Mirpurkhas, Sindh.", ("Mirpurkhas", "Sindh"), "Mirpur Khas"),
        ("Clashes in Mirpurkhas city (Mirpurkhas, Sindh).", ("Mirpurkhas city", "Mirpurkhas", "Sindh"), "Mirpur Khas"),
    ],
)
def test_skeleton_spelling_within_a_named_province_country(geocoder, text, names, expected):
    place = resolve(geocoder, text, *names)[0]
    assert place is not None and place.name == expected and place.country == "Pakistan"


def test_skeleton_spelling_needs_a_country(geocoder):
    assert resolve(geocoder, "Clashes in Mirpurkhas.", "Mirpurkhas") == [None]


def test_a_name_with_its_area_word_does_not_enclose_itself():
    text = "Clashes in Mirpurkhas city (Mirpurkhas, Sindh)."
    assert enclosing(toponyms(text, "Mirpurkhas city", "Mirpurkhas", "Sindh"), text) == {1: 2}


@pytest.mark.parametrize("text", [
    "Rebels who signed the Pakistan accord attacked a post in Kabul.",  # an agreement named after where it was made
    "The former ambassador to Pakistan was shot dead in Kabul.",  # a post abroad, not the scene
])
def test_a_country_that_names_an_agreement_or_a_post_is_not_a_place(geocoder, text):
    modifier, town = resolve(geocoder, text, "Pakistan", "Kabul")
    assert modifier is None
    assert town.country == "Afghanistan"


@pytest.fixture(scope="module")
def african_geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("africa") / "gazetteer-test.sqlite", countries=("CD", "ZM", "TN", "SS", "SD", "NG", "ML"))
    return open_geocoder(path=path)


@pytest.mark.parametrize(("text", "country"), [
    ("FARDC soldiers repelled an attack on their post at dawn.", "Democratic Republic of Congo"),
    ("UPND supporters stoned a campaign vehicle.", "Zambia"),
    ("The Tunisian air force bombed a mountain hideout.", "Tunisia"),
    ("Two South Sudanese traders were robbed on the road.", "South Sudan"),  # the longer nationality wins
    ("Two Sudanese traders were robbed on the road.", "Sudan"),
])
def test_a_countrys_own_forces_parties_and_people_point_to_it(african_geocoder, text, country):
    place = african_geocoder.cued_country(Document(id="t", text=text))
    assert place is not None and place.country == country and place.geo_precision == 3


@pytest.fixture(scope="module")
def levant_geocoder(tmp_path_factory):
    path = build_index(tmp_path_factory.mktemp("levant") / "gazetteer-test.sqlite", countries=("LB", "LY"))
    return open_geocoder(path=path)


@pytest.mark.parametrize(("text", "country"), [
    # a city two countries share: a quarter or a force of one of them tells which
    ("A grenade was thrown at a bakery in the Tabbaneh quarter of Tripoli.", "Lebanon"),
    ("Internal Security Forces arrested two smugglers in Tripoli.", "Lebanon"),
    ("The Libyan National Army shelled a district of Tripoli.", "Libya"),
])
def test_a_shared_city_name_follows_the_forces_and_quarters_of_its_country(levant_geocoder, text, country):
    (place,) = resolve(levant_geocoder, text, "Tripoli")
    assert place.country == country


def test_a_name_written_without_or_with_another_arabic_article_is_found_in_running_text(geocoder):
    # GeoNames writes "Al Qamishli" and "Jisr ash Shughur"; reports write "Qamishli" and "Jisr al-Shughur"
    text = "Drones struck Qamishli and Jisr al-Shughur on Monday."
    assert [text[a:b] for a, b in geocoder.find_toponyms(text)] == ["Qamishli", "Jisr al-Shughur"]


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed a farmer in Kafanchan LGA on Sunday.", "Kafanchan"),
    ("Troops clashed with rebels in Tessit Commune at dawn.", "Tessit"),
])
def test_a_districts_name_before_its_kind_of_unit_is_found(african_geocoder, text, name):
    assert [text[s:e] for s, e in african_geocoder.find_toponyms(text)] == [name]


@pytest.mark.parametrize(("text", "code"), [
    ("A BSF patrol came under fire near the fence.", "IN"),
    ("Naxals torched two trucks at a quarry.", "IN"),
    ("Sindh Rangers raided a hideout at dawn.", "PK"),
    ("Chhatra League activists clashed with rivals.", "BD"),
])
def test_forces_and_parties_point_to_their_country(text, code):
    from eventsift.geo.cues import Cues

    cues = Cues()
    assert set(cues.countries(cues.keys(text))) == {code}

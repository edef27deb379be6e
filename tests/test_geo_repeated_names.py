"""A name the report repeats is one place told again; an unknown name takes the area the text puts it in."""

from __future__ import annotations

from dataclasses import replace

from eventsift.geo.resolve import Candidate, Context, choose_all


def town(name: str, admin1: str, population: int, *, feature: str = "city", id: int) -> Candidate:
    return Candidate(id=id, name=name, country_code="US", feature=feature, latitude=0.0, longitude=0.0, admin1=admin1,
                     admin2=None, geonameid=None, population=population, namesake=None, kind=0)


# the bigger Elmwood in one state, a smaller one in the state of the county the report also names
BIG = town("Elmwood", "Ohio", 60_000, id=1)
SMALL = town("Elmwood", "Iowa", 12_000, id=2)
COUNTY = town("Marlow County", "Iowa", 900_000, feature="admin2", id=3)


def test_a_repeated_name_does_not_outvote_the_report_s_other_places():
    # "shot in Elmwood ... Marlow County prosecutors said ... Elmwood police": the county settles which Elmwood
    picks = choose_all([[BIG, SMALL], [COUNTY], [BIG, SMALL]], Context())
    assert [p.admin1 for p in picks] == ["Iowa", "Iowa", "Iowa"]


def test_two_names_still_support_each_other():
    # another town of the report (not the same name told again) is support as before
    other = [replace(COUNTY, id=4, name="Ashby", feature="city", population=5_000)]
    picks = choose_all([[BIG, SMALL], other], Context())
    assert picks[0].admin1 == "Iowa"


def test_an_unknown_name_takes_the_area_around_it_whose_reading_fits_the_text():
    # "Kalfou (Ashby, Marlow)": Ashby read as a namesake abroad lies outside the province the text puts it in, so
    # the unknown village takes the province, not the namesake
    from eventsift.geo.gazetteer import Gazetteer

    abroad = Candidate(id=10, name="Ashby", country_code="MX", feature="city", latitude=0.0, longitude=0.0,
                       admin1="Yucatan", admin2=None, geonameid=None, population=2_000, namesake=None, kind=0)
    province = Candidate(id=11, name="Marlow", country_code="NE", feature="admin1", latitude=0.0, longitude=0.0,
                         admin1="Marlow", admin2=None, geonameid=None, population=900_000, namesake=None, kind=0)
    assert Gazetteer._enclosing(0, [None, abroad, province], {0: 1, 1: 2}) == (2, province)
    at_home = replace(abroad, id=12, country_code="NE", admin1="Marlow")
    assert Gazetteer._enclosing(0, [None, at_home, province], {0: 1, 1: 2}) == (1, at_home)

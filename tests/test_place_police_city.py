"""A place inside a big city whose police the report names is a part of that city (invented texts)."""

from __future__ import annotations

from eventsift.events.assemble_where import policed_city
from eventsift.records import Place, Toponym
from place_stubs import OneClause, toponyms_at

METROPOLIS = Place(name="Metropolis", country="United States", admin1="Illinois", feature="city",
                   latitude=41.88, longitude=-87.63, population=2_000_000)
QUARTER = Place(name="Oakbrook Flats", country="United States", admin1="Illinois", feature="city",
                latitude=41.78, longitude=-87.64, population=30_000)  # ~11 km from the city's centre
FAR_TOWN = Place(name="Prairieville", country="United States", admin1="Illinois", feature="city",
                 latitude=41.30, longitude=-87.60, population=30_000)  # ~65 km away


def test_a_quarter_of_the_city_whose_police_speak_is_that_city():
    text = "Two men were shot in Oakbrook Flats late Monday, Metropolis Police said."
    toponyms = toponyms_at(text, ("Oakbrook Flats", None), ("Metropolis", "institution"))
    assert policed_city(QUARTER, text=text, places=[QUARTER, METROPOLIS], toponyms=toponyms) is METROPOLIS


def test_a_town_with_police_of_its_own_stays():
    text = "Two men were shot in Oakbrook Flats late Monday. Oakbrook Flats police and Metropolis Police searched."
    toponyms = toponyms_at(text, ("Oakbrook Flats", None), ("Metropolis", "institution"))
    assert policed_city(QUARTER, text=text, places=[QUARTER, METROPOLIS], toponyms=toponyms) is QUARTER
    text = "The suspect surrendered to the Oakbrook Flats and Metropolis Police officers."
    toponyms = toponyms_at(text, ("Oakbrook Flats", None), ("Metropolis", "institution"))
    assert policed_city(QUARTER, text=text, places=[QUARTER, METROPOLIS], toponyms=toponyms) is QUARTER


def test_a_town_far_from_the_city_stays():
    text = "A woman was shot in Prairieville on Sunday; Metropolis Police assisted."
    toponyms = toponyms_at(text, ("Prairieville", None), ("Metropolis", "institution"))
    assert policed_city(FAR_TOWN, text=text, places=[FAR_TOWN, METROPOLIS], toponyms=toponyms) is FAR_TOWN


def test_without_the_citys_police_the_quarter_stays():
    text = "Two men were shot in Oakbrook Flats late Monday, a Metropolis hospital said."
    toponyms = toponyms_at(text, ("Oakbrook Flats", None), ("Metropolis", None))
    assert policed_city(QUARTER, text=text, places=[QUARTER, METROPOLIS], toponyms=toponyms) is QUARTER


def test_a_forces_acronym_counts_as_its_citys_police(monkeypatch):
    import eventsift.events.assemble_where as where_module

    monkeypatch.setattr(where_module, "police_forces", lambda: {"MTPD": ("Metropolis", "Illinois", "US")})
    text = "Two men were shot in Oakbrook Flats late Monday, MTPD said."
    start = text.index("MTPD")
    toponyms = [*toponyms_at(text, ("Oakbrook Flats", None)),
                Toponym(text="Metropolis", start=start, end=start + 4, sentence_index=0, qualifier="institution")]
    assert policed_city(QUARTER, text=text, places=[QUARTER, METROPOLIS], toponyms=toponyms) is METROPOLIS


def test_a_borough_stays_itself_under_its_citys_police():
    borough = Place(name="Oakbrook", country="United States", admin1="Illinois", feature="city",
                    latitude=41.80, longitude=-87.60, population=1_500_000)
    text = "A man was shot in Oakbrook on Monday, Metropolis Police said."
    toponyms = toponyms_at(text, ("Oakbrook", None), ("Metropolis", "institution"))
    assert policed_city(borough, text=text, places=[borough, METROPOLIS], toponyms=toponyms) is borough


def test_a_suburbs_dateline_beats_the_big_city_named_as_a_landmark():
    from eventsift.events.assemble_where import _suburb_of

    suburb = Place(name="Elmtown", country="United States", admin1="Illinois", feature="city",
                   latitude=41.88, longitude=-88.10, population=30_000)  # ~18 km west of the city
    assert _suburb_of(suburb, METROPOLIS)  # "ELMTOWN, Ill. (AP) - ... a quiet street outside Metropolis"
    assert not _suburb_of(METROPOLIS, suburb)  # the big city's dateline over a suburb the body names
    assert not _suburb_of(FAR_TOWN, METROPOLIS)  # too far to be its suburb


def test_a_county_institution_gives_way_to_the_report_s_town_inside_it():
    from eventsift.events.assemble_where import where
    from eventsift.records import Document

    text = "Marlow County deputies said two men were shot."
    county = Place(name="Marlow County", country="United States", admin1="Iowa", admin2="Marlow County",
                   feature="admin2", geo_precision=2)
    town = Place(name="Elmwood", country="United States", admin1="Iowa", admin2="Marlow County", feature="city")
    elsewhere = Place(name="Ashby", country="United States", admin1="Iowa", admin2="Kenton County", feature="city")
    names = toponyms_at(text, ("Marlow County", "institution"))
    document = Document(id="t", text=text)
    found = where(OneClause([0], text), document=document, places=[county], toponyms=names, weak=frozenset(),
                  fallback=town, dateline=None)
    assert found.place.name == "Elmwood" and found.toponym is None
    found = where(OneClause([0], text), document=document, places=[county], toponyms=names, weak=frozenset(),
                  fallback=elsewhere, dateline=None)
    assert found.place.name == "Marlow County"


def test_a_towns_own_police_place_an_incident_told_only_at_its_county_or_state():
    from eventsift.events.assemble_where import where
    from eventsift.records import Document

    county = Place(name="Marlow County", country="United States", admin1="Illinois", admin2="Marlow County",
                   feature="admin2", geo_precision=2)
    town = Place(name="Elmtown", country="United States", admin1="Illinois", admin2="Marlow County", feature="city",
                 population=40_000)
    text = "A man was shot in Marlow County on Monday. The Elmtown Police Department responded to the call."
    toponyms = toponyms_at(text, ("Marlow County", None), ("Elmtown", "institution"))
    found = where(OneClause([0], text), document=Document(id="t", text=text), places=[county, town], toponyms=toponyms,
                  weak=frozenset(), fallback=county, dateline=None)
    assert found.place is town
    # a hospital of the town is no sign that the incident happened there
    text = "A man was shot in Marlow County on Monday. He was taken to Elmtown Hospital."
    toponyms = toponyms_at(text, ("Marlow County", None), ("Elmtown", "institution"))
    found = where(OneClause([0], text), document=Document(id="t", text=text), places=[county, town], toponyms=toponyms,
                  weak=frozenset(), fallback=county, dateline=None)
    assert found.place is county


def test_the_state_a_person_is_from_gives_way_to_the_county_the_report_is_about():
    from eventsift.events.assemble_where import where
    from eventsift.records import Document

    state = Place(name="Illinois", country="United States", admin1="Illinois", feature="admin1", geo_precision=3)
    county = Place(name="Marlow County", country="United States", admin1="Illinois", admin2="Marlow County",
                   feature="admin2", geo_precision=2)
    text = "An Illinois man is accused of shooting a stranger who stopped to help him."
    toponyms = toponyms_at(text, ("Illinois", "from"))
    found = where(OneClause([0], text), document=Document(id="t", text=text), places=[state], toponyms=toponyms,
                  weak=frozenset(), fallback=county, dateline=None)
    assert found.place is county

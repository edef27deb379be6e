"""The geocoder's data files load entry by entry, and name keys fold spellings as intended."""

from __future__ import annotations

import pytest

from eventsift.geo import sources
from eventsift.geo.normalize import bare_key, name_key, skeleton_key
from eventsift.geo.resolve import FEATURE_PRECISION, qualifier_precision


def test_every_curated_area_loads_with_plausible_coordinates():
    areas = sources.curated_areas()
    assert areas
    for area in areas:
        assert area.feature in ("admin1", "admin2"), area
        assert len(area.country_code) == 2, area
        assert -90 <= area.latitude <= 90 and -180 <= area.longitude <= 180, area
        if area.feature == "admin2":
            assert area.admin1, f"{area.name}: a district needs its province"


def test_curated_admin2_provinces_are_curated_admin1_names():
    areas = sources.curated_areas()
    provinces = {(a.country_code, a.name) for a in areas if a.feature == "admin1"}
    for area in areas:
        if area.feature == "admin2":
            assert (area.country_code, area.admin1) in provinces, area


def test_every_country_publisher_and_qualifier_entry_loads():
    countries = sources.acled_country_names()
    assert all(len(code) == 2 and name for code, (name, _) in countries.items())
    publishers = sources.publisher_countries()
    assert all(len(code) == 2 for code in publishers.values())
    patterns = sources.qualifier_patterns()
    assert all(p in FEATURE_PRECISION.values() for p in patterns.values())
    assert all(word for word in sources.not_places())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ḩajjah", "Hajjah"),
        ("Ta‘izz", "Taizz"),
        ("D.I. Khan", "D I Khan"),
        ("Sar-e Pol", "sar e pol"),
        ("KHYBER PAKHTUNKHWA", "Khyber Pakhtunkhwa"),
    ],
)
def test_name_key_folds_case_diacritics_and_punctuation(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Al-Hudaydah", "Hudaydah"), ("Mastung District", "Mastung"), ("Khyber Agency", "Khyber"), ("Ar Raqqah", "Raqqah"),
     ("Gusau Local Government Area", "Gusau"), ("Gusau LGA", "Gusau"), ("Gusau local government", "Gusau")],
)
def test_bare_key_drops_articles_and_area_words(a, b):
    assert bare_key(a) == bare_key(b)
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Deir ez-Zor", "Dayr az Zawr"), ("Sar-e Pol", "Sar-e Pul")])
def test_skeleton_key_matches_transliterations(a, b):
    assert skeleton_key(a) and skeleton_key(a) == skeleton_key(b)


def test_skeleton_key_is_empty_for_short_names():
    assert skeleton_key("Ibb") == ""


@pytest.mark.parametrize(
    ("qualifier", "precision"),
    [
        (None, 1),
        ("in", 1),
        ("near", 2),
        ("in the hills near", 2),
        ("on the outskirts of", 2),
        ("35 km from", 2),
        ("20km north of", 2),
        ("nearly", 1),
    ],
)
def test_qualifier_precision(qualifier, precision):
    assert qualifier_precision(qualifier, sources.qualifier_patterns()) == precision

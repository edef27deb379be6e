"""Building the index: atomic writes, a GeoNames dump, a user's places file (in the index and as an overlay)."""

from __future__ import annotations

import pytest

from eventsift.errors import GazetteerError
from eventsift.geo import open_geocoder
from eventsift.geo.build import build_index, default_index_path
from eventsift.records import Document, Toponym

QUETTA_GEONAMEID = 1167528
BALOCHISTAN_ADMIN1_CODE = "02"  # GeoNames admin1 code of Balochistan


def geonames_line(geonameid, name, lat, lon, fclass, fcode, admin1, admin2="", alternates="", population=0):
    # 19 tab-separated columns, as in the GeoNames dump readme.
    cols = [
        str(geonameid), name, name, alternates, str(lat), str(lon), fclass, fcode, "PK", "", admin1, admin2, "", "",
        str(population), "", "1500", "Asia/Karachi", "2024-01-01",
    ]
    return "\t".join(cols)


@pytest.fixture(scope="module")
def dump_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("dump") / "PK.txt"
    lines = [
        geonames_line(90000001, "Zarghun Kalay", 30.11, 67.21, "P", "PPL", BALOCHISTAN_ADMIN1_CODE, "9001", "Zarghoon Kalay"),
        geonames_line(90000002, "Zarghun Tehsil", 30.2, 67.3, "A", "ADM2", BALOCHISTAN_ADMIN1_CODE, "9001"),
        geonames_line(90000003, "Some Hotel", 30.0, 67.0, "S", "HTL", BALOCHISTAN_ADMIN1_CODE),
        geonames_line(QUETTA_GEONAMEID, "Quetta", 30.18, 67.0, "P", "PPLA", BALOCHISTAN_ADMIN1_CODE, "", "Shaalkot"),
        "this line is not in the GeoNames format",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def places_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("places") / "places.tsv"
    path.write_text(
        "# my places\n"
        "name\tcountry\tlatitude\tlongitude\tfeature\tadmin1\taliases\tsame_as\n"
        "Kili Qambrani\tPakistan\t30.25\t66.95\tcity\tBalochistan\tQambrani|Killi Qambrani\t\n"
        "Pindi\tPK\t\t\t\t\t\tRawalpindi\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def index(tmp_path_factory, dump_file, places_file):
    home = tmp_path_factory.mktemp("home")
    return build_index(home / "gazetteer.sqlite", countries=["PK"], geonames_dumps=[dump_file], places_files=[places_file])


def test_build_leaves_only_the_finished_index(index):
    assert index.exists()
    assert sorted(p.name for p in index.parent.iterdir()) == [index.name]


def test_dump_adds_villages_with_admin_names(index):
    geocoder = open_geocoder(path=index)
    [place] = geocoder.lookup("Zarghoon Kalay")
    assert (place.name, place.country, place.admin1, place.admin2) == ("Zarghun Kalay", "Pakistan", "Balochistan", "Zarghun")
    assert place.geonameid == 90000001
    assert geocoder.lookup("Some Hotel") == []


def test_dump_adds_spellings_to_known_places(index):
    places = open_geocoder(path=index).lookup("Shaalkot")
    assert [(p.name, p.geonameid) for p in places] == [("Quetta", QUETTA_GEONAMEID)]


def test_places_file_built_into_the_index(index):
    geocoder = open_geocoder(path=index)
    for name in ("Kili Qambrani", "Qambrani"):
        place = geocoder.lookup(name)[0]
        assert (place.name, place.admin1, place.latitude) == ("Kili Qambrani", "Balochistan", 30.25)
    assert geocoder.lookup("Pindi")[0].name == "Rawalpindi"


@pytest.fixture(scope="module")
def plain_index(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("plain") / "gazetteer.sqlite", countries=["PK"])


def test_places_file_as_an_overlay(plain_index, places_file):
    path = plain_index
    assert open_geocoder(path=path).lookup("Kili Qambrani") == []
    geocoder = open_geocoder(path=path, extra_places=places_file)
    text = "Gunmen attacked a checkpoint near Kili Qambrani."
    start = text.index("Kili")
    toponym = Toponym(text="Kili Qambrani", start=start, end=start + 13, sentence_index=0, qualifier="near")
    [place] = geocoder.resolve([toponym], document=Document(id="x", text=text))
    assert (place.name, place.country, place.geo_precision) == ("Kili Qambrani", "Pakistan", 2)
    assert geocoder.lookup("Pindi")[0].name == "Rawalpindi"


def test_failed_build_leaves_nothing_behind(tmp_path):
    target = tmp_path / "gazetteer.sqlite"
    with pytest.raises(GazetteerError):
        build_index(target, countries=["AD"], geonames_dumps=[tmp_path / "missing.txt"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("bad", ["name\tcountry\nSomewhere\tNowhereland\n", "name\tcountry\tlatitude\tlongitude\nX\tPK\tnorth\t1\n"])
def test_bad_places_file_is_a_gazetteer_error(tmp_path, plain_index, bad):
    path = plain_index
    places = tmp_path / "bad.tsv"
    places.write_text(bad, encoding="utf-8")
    with pytest.raises(GazetteerError):
        open_geocoder(path=path, extra_places=places)


def test_default_index_lives_under_eventsift_home(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTSIFT_HOME", str(tmp_path))
    path = default_index_path()
    assert path.parent == tmp_path and path.name.startswith("gazetteer-") and path.suffix == ".sqlite"


def test_a_county_and_the_independent_city_it_is_named_after_are_two_districts():
    from eventsift.geo.place_rows import admin2_rows
    from eventsift.geo.sources import PlaceRow

    def town(name: str, county: str, lat: float) -> PlaceRow:
        return PlaceRow(name=name, country_code="US", feature="city", latitude=lat, longitude=-76.6, admin1="Maryland",
                        admin2=county, population=10_000)

    rows = admin2_rows([town("Elmport", "City of Elmport", 39.3), town("Ashby", "Elmport County", 39.4),
                        town("Kestrel", "Elmport County", 39.5)], [])
    assert sorted(r.name for r in rows) == ["City of Elmport", "Elmport County"]


def test_a_curated_spelling_applies_once_the_areas_suffix_is_gone():
    from eventsift.geo.place_rows import acled_admin1_name

    curated = {("PE", "cuzco"): "Cusco", ("PE", "cusco"): "Cusco"}
    assert acled_admin1_name("Cuzco Department", "PE", curated) == "Cusco"
    assert acled_admin1_name("Cuzco", "PE", curated) == "Cusco"
    assert acled_admin1_name("Puno Department", "PE", curated) == "Puno"

"""Exports: ACLED / UCDP / GTD columns and spellings, GeoJSON, JSONL, Parquet, output paths, the command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from eventsift import export as ex
from eventsift.cli import main
from eventsift.records import Event, Evidence, Source


def event(**fields) -> Event:
    base = dict(
        event_id="abc123", document_id="d1", event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Unidentified Armed Group (Pakistan)", actor2="Civilians (Pakistan)", inter1=3, inter2=7,
        event_date=dt.date(2017, 5, 12), date_precision="day", country="Pakistan", admin1="Balochistan",
        location="Mastung", latitude=29.7997, longitude=66.8455, geo_precision=1,
        fatalities=27, fatalities_low=24, fatalities_high=28, injured=40, abducted=2,
        evidence=[Evidence(document_id="d1", field="fatalities", sentence="At least 27 people were killed.", start=0, end=30)],
        sources=[Source(document_id="d1", url="https://news.example/1", publisher="Dawn", published=dt.date(2017, 5, 13)),
                 Source(document_id="d2", publisher="Geo News", published=dt.date(2017, 5, 13))],
    )
    base.update(fields)
    return Event(**base)


def rows(fmt: str, events: list[Event]) -> list[dict[str, str]]:
    buf = io.StringIO()
    ex.export(events, fmt=fmt, out=buf)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def test_mapping_tables_load_and_name_known_values() -> None:
    m = ex.MAPPINGS
    # the typology's columns are read from eventsift/ontology/typology.tsv (tests/test_core_typology.py)
    assert not {"acled_disorder_type", "acled_disorder_type_by_sub_event", "gtd_attack_type", "gtd_weapon_type"} & set(m)
    assert set(m["ucdp_date_prec"]) == {"day", "week", "month", "year"} and set(m["ucdp_date_prec"].values()) <= {1, 2, 3, 4, 5}
    assert set(m["ucdp_where_prec"].values()) <= set(range(1, 8))
    codes = [c for cs in m["acled_regions"].values() for c in cs]
    assert len(codes) == len(set(codes)) and all(len(c) == 3 and c.isupper() for c in codes)


def test_acled_columns_and_spellings() -> None:
    (row,) = rows("acled", [event()])
    assert tuple(row) == ex.ACLED_COLUMNS
    assert row["event_date"] == "12 May 2017" and row["year"] == "2017" and row["time_precision"] == "1"
    assert row["disorder_type"] == "Political violence" and row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["region"], row["interaction"]) == ("586", "South Asia", "37")
    assert row["event_id_cnty"].startswith("PAK") and row["fatalities"] == "27"
    assert row["source"] == "Dawn; Geo News" and row["notes"] == "At least 27 people were killed."


@pytest.mark.parametrize(("inter1", "inter2", "interaction"), [(1, 2, "12"), (2, 1, "12"), (6, None, "60"), (None, None, "")])
def test_acled_interaction(inter1, inter2, interaction) -> None:
    assert rows("acled", [event(inter1=inter1, inter2=inter2)])[0]["interaction"] == interaction


@pytest.mark.parametrize(
    ("fields", "kind"),
    [({}, "3"), ({"event_type": "Battles", "sub_event_type": "Armed clash", "inter1": 1, "inter2": 2}, "1"),
     ({"event_type": "Battles", "sub_event_type": "Armed clash", "inter1": 2, "inter2": 3}, "2")],
)
def test_ucdp_columns(fields: dict, kind: str) -> None:
    (row,) = rows("ucdp", [event(**fields)])
    assert tuple(row) == ex.UCDP_COLUMNS
    assert row["type_of_violence"] == kind
    assert (row["best"], row["low"], row["high"]) == ("27", "24", "28")
    assert (row["date_prec"], row["where_prec"], row["date_start"]) == ("1", "1", "2017-05-12")
    assert row["number_of_sources"] == "2" and row["geom_wkt"] == "POINT (66.8455 29.7997)"


@pytest.mark.parametrize(("precision", "date_prec"), [("week", "3"), ("month", "4"), ("year", "5")])
def test_ucdp_date_precision(precision: str, date_prec: str) -> None:
    assert rows("ucdp", [event(date_precision=precision)])[0]["date_prec"] == date_prec


def test_gtd_columns() -> None:
    first, second = rows("gtd", [event(), event(event_id="x2", sub_event_type="Suicide bomb", event_type="Explosions/Remote violence")])
    assert tuple(first) == ex.GTD_COLUMNS
    assert (first["eventid"], second["eventid"]) == ("201705120001", "201705120002")
    assert (first["iyear"], first["imonth"], first["iday"]) == ("2017", "5", "12")
    assert (first["nkill"], first["nwound"], first["nhostkid"], first["ishostkid"]) == ("27", "40", "2", "1")
    assert first["attacktype1_txt"] == "Armed Assault" and first["targtype1_txt"] == "Private Citizens & Property"
    assert second["attacktype1_txt"] == "Bombing/Explosion" and second["suicide"] == "1"
    assert first["summary"].startswith("05/12/2017: ")


def test_geojson_and_jsonl_round_trip() -> None:
    buf = io.StringIO()
    ex.export([event(), event(event_id="nowhere", latitude=None, longitude=None)], fmt="geojson", out=buf)
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection"
    assert fc["features"][0]["geometry"] == {"type": "Point", "coordinates": [66.8455, 29.7997]}
    assert fc["features"][1]["geometry"] is None
    buf = io.StringIO()
    ex.export([event()], fmt="jsonl", out=buf)
    assert Event.from_dict(json.loads(buf.getvalue())) == event()


def test_parquet_typed_columns(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = ex.export([event(), event(event_id="e2", fatalities=None)], fmt="parquet", out=tmp_path)
    table = pq.read_table(path)
    assert path == tmp_path / "events_parquet.parquet"
    assert table.schema.field("event_date").type == pa.date32() and table.schema.field("fatalities").type == pa.int32()
    assert table.column("fatalities").to_pylist() == [27, None]
    assert table.column("sources").to_pylist()[0][1]["publisher"] == "Geo News"


@pytest.mark.parametrize("out", ["../outside.csv", "/etc/evil.csv", "a/../../b.csv"])
def test_paths_escaping_the_output_directory_are_refused(tmp_path: Path, out: str) -> None:
    root = tmp_path / "exports"
    root.mkdir()
    with pytest.raises(ex.ExportError):
        ex.export([event()], fmt="acled", out=out, root=root)


def test_symlink_out_of_the_output_directory_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "exports"
    root.mkdir()
    (root / "link").symlink_to(tmp_path)
    with pytest.raises(ex.ExportError):
        ex.export([event()], fmt="jsonl", out="link/x.jsonl", root=root)
    assert ex.export([event()], fmt="jsonl", out="sub/x.jsonl", root=root) == (root / "sub" / "x.jsonl").resolve()


def test_export_command_uses_corrections_and_leaves_rejected_out(tmp_path: Path, capsys) -> None:
    from eventsift.records import Document
    from eventsift.store import Store

    db = f"sqlite:///{tmp_path / 'e.db'}"
    store = Store.open(db)
    for i, place in enumerate(("Mastung", "Quetta")):
        d = Document(id=f"doc{i}", text=f"report {i}", published=dt.date(2017, 5, 13), publisher="Dawn")
        store.ingest(d, [event(event_id=f"e{i}", document_id=d.id, location=place, latitude=29.8 + i, sources=[])])
    store.edit("e0", {"fatalities": "30"}, by="analyst")
    store.reject("e1", by="analyst")
    out = tmp_path / "out"
    assert main(["export", "--format", "acled", "--db", db, "--output-dir", str(out), "--output", "acled.csv"]) == 0
    (row,) = list(csv.DictReader((out / "acled.csv").open()))
    assert (row["location"], row["fatalities"]) == ("Mastung", "30")
    assert main(["export", "--format", "jsonl", "--db", db, "--output-dir", str(out), "--output", "../x.jsonl"]) == 1
    assert "outside" in capsys.readouterr().err

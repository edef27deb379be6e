"""Adapters: each format read from a tiny file written here; real sets checked when present."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventsift.errors import InputError
from eventsift.evaluate import ADAPTERS, GoldDocument, load_dataset
from eventsift.evaluate.adapters import muc_date_range, muc_location, parse_acled_date, split_gtd_summary
from eventsift.evaluate.gold import event_scope, labels, sub_event_parent, type_mapping
from eventsift.evaluate.muc4 import key_counts, state_force_name
from eventsift.records import Rejected

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

ACLED_NEW = (
    "data_id,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,location,latitude,longitude,"
    "geo_precision,notes,fatalities\n"
    '1,9-May-20,Battles,Armed clash,Military Forces of X,1,Rebels,2,Yemen,Marib,Sirwah,15.4,45.1,2,'
    '"On 9 May 2020, forces clashed with rebels in Sirwah. 3 killed.",3\n'
    '2,9-May-20,Battles,Armed clash,Military Forces of X,1,Rebels,2,Yemen,Sanaa,Nihm,15.6,44.4,2,'
    '"On 9 May 2020, forces clashed with rebels in Sirwah. 3 killed.",0\n'
    '3,8-May-20,Protests,Peaceful protest,Protesters (X),6,,,Israel,Haifa,Haifa,32.8,34.9,1,'
    '"On 8 May 2020, interns protested in Haifa. [size=no report]",0\n'
    "4,8-May-20,Protests,Peaceful protest,Protesters (X),6,,,Israel,Haifa,Haifa,32.8,34.9,1,,0\n"
)
ACLED_OLD = (
    "actor1,actor2,admin1,country,data_id,event_date,event_type,fatalities,geo_precision,inter1,inter2,latitude,"
    "location,longitude,notes\n"
    "Al Shabaab,Civilians (Somalia),Bay,Somalia,80863,2016-07-02,Remote violence,2,1,2,7,3.1,Baidoa,43.6,"
    "Two people were killed in a mortar attack on Baidoa.\n"
    "Protesters (Zambia),,Lusaka,Zambia,83522,2016-07-02,Riots/Protests,0,1,6,0,-15.4,Lusaka,28.3,Workers strike.\n"
    "X,Y,Bay,Somalia,1,2016-07-02,Alien invasion,0,1,2,7,3.1,Baidoa,43.6,Something else.\n"
)


def _docs(items) -> list[GoldDocument]:
    return [i for i in items if isinstance(i, GoldDocument)]


def test_acled_current_schema_groups_shared_notes_and_strips_size_tag(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(ACLED_NEW, encoding="utf-8")
    items = list(load_dataset("acled", path))
    docs = _docs(items)
    assert [len(d.events) for d in docs] == [2, 1]
    assert docs[0].document.published == dt.date(2020, 5, 9)
    assert docs[1].document.text == "On 8 May 2020, interns protested in Haifa."
    first = docs[0].events[0]
    assert (first.event_types, first.sub_event_types, first.inter1, first.inter2) == (("Battles",), ("Armed clash",), 1, 2)
    assert (first.fatalities_low, first.latitude, first.admin1, first.geo_precisions) == (3, 15.4, "Marib", (2,))
    assert docs[1].events[0].inter2 is None
    assert [r.reason for r in items if isinstance(r, Rejected)] == ["empty notes"]


def test_acled_old_schema_maps_legacy_types(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text(ACLED_OLD, encoding="utf-8")
    items = list(load_dataset("acled", path))
    docs = _docs(items)
    assert docs[0].events[0].event_types == ("Explosions/Remote violence",)
    assert docs[0].events[0].sub_event_types == ()
    assert set(docs[1].events[0].event_types) == {"Protests", "Riots"}
    assert docs[0].document.published == dt.date(2016, 7, 2)
    rejected = [r for r in items if isinstance(r, Rejected)]
    assert len(rejected) == 1 and "Alien invasion" in rejected[0].reason


@pytest.mark.parametrize("value, expected", [
    ("9-May-20", dt.date(2020, 5, 9)), ("2016-07-02", dt.date(2016, 7, 2)), ("02 May 2020", dt.date(2020, 5, 2)),
])
def test_parse_acled_date(value: str, expected: dt.date) -> None:
    assert parse_acled_date(value) == expected


def test_parse_acled_date_rejects_garbage() -> None:
    with pytest.raises(InputError):
        parse_acled_date("yesterday")


@pytest.mark.parametrize("summary, text, date", [
    ("02/28/2016: Assailants attacked.", "Assailants attacked.", dt.date(2016, 2, 28)),
    ("00/00/2016: Unknown day.", "Unknown day.", None),
    ("No prefix here.", "No prefix here.", None),
])
def test_split_gtd_summary(summary: str, text: str, date: dt.date | None) -> None:
    assert split_gtd_summary(summary) == (text, date)


def test_gtd_rows(tmp_path: Path) -> None:
    rows = [
        {"eventid": "1", "summary": "03/06/2016: Taliban fighters attacked a checkpoint in Takhar.", "country_txt": "Afghanistan",
         "provstate": "Takhar", "city": "Unknown", "attacktype1_txt": "Armed Assault", "gname": "Taliban", "nkill": 2,
         "nwound": -99},
        {"eventid": "2", "summary": "03/07/2016: A bomb exploded.", "country_txt": "Afghanistan", "provstate": "Kabul",
         "city": "Kabul", "attacktype1_txt": "Unknown", "gname": "Unknown", "nkill": None, "nwound": 4},
    ]
    path = tmp_path / "gtd.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    items = list(load_dataset("gtd", path))
    docs = _docs(items)
    assert docs[0].document.text == "Taliban fighters attacked a checkpoint in Takhar."
    assert docs[0].document.published == dt.date(2016, 3, 6)
    first, second = docs[0].events[0], docs[1].events[0]
    assert first.gtd_attack_type == "Armed Assault" and "Battles" in first.event_types
    assert first.perpetrators[0] == "Taliban" and first.fatalities_low == 2 and first.injured_low is None
    assert first.location is None and first.admin1 == "Takhar"
    assert second.gtd_attack_type == "Unknown" and second.event_types == () and second.perpetrators == ()
    assert first.types_from_crosswalk and second.types_from_crosswalk
    assert second.fatalities_low is None and second.injured_low == 4
    assert sum(isinstance(i, Rejected) for i in items) == 1


@pytest.mark.parametrize("value, expected", [
    ("30 DEC 89", (dt.date(1989, 12, 30), dt.date(1989, 12, 30))),
    ("08 JAN 90 - 09 JAN 90", (dt.date(1990, 1, 8), dt.date(1990, 1, 9))),
    ("- 08 JAN 90", (dt.date(1989, 12, 8), dt.date(1990, 1, 8))),
    (None, (None, None)),
])
def test_muc_date_range(value, expected) -> None:  # noqa: ANN001
    assert muc_date_range(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("EL SALVADOR: LA PAZ (DEPARTMENT): SANTA ROSA DEL MONTE (TOWN)", ("EL SALVADOR", "LA PAZ", "SANTA ROSA DEL MONTE")),
    ("EL SALVADOR: ILOPANGO (CITY)", ("EL SALVADOR", None, "ILOPANGO")),
    ("PERU", ("PERU", None, None)),
    # alternatives, each in brackets: the first, without them
    ("(PERU: LIMA (CITY)) / (PERU: CALLAO (CITY))", ("PERU", None, "LIMA")),
    ("(COLOMBIA) / (COLOMBIA: CALI (CITY))", ("COLOMBIA", None, None)),
    ("(CHILE: BIO BIO (REGION): CONCEPCION (CITY)) / (CHILE)", ("CHILE", "BIO BIO", "CONCEPCION")),
])
def test_muc_location(value: str, expected: tuple) -> None:
    assert muc_location(value) == expected


def test_muc4_documents_and_templates(tmp_path: Path) -> None:
    docs = [{"id": "D1", "dateline": "SAN SALVADOR, 3 JAN 90 --", "text": "TERRORISTS KIDNAPPED 50 PEASANTS."},
            {"id": "D2", "dateline": "LIMA, 9 JAN 90 --", "text": "THE PRESIDENT SPOKE."}]
    templates = [{"id": "D1", "incident_type": "KIDNAPPING", "incident_stage": "ACCOMPLISHED", "incident_date": "30 DEC 89",
                  "incident_location": "EL SALVADOR", "perp_organization": [["\\", " FMLN"]],
                  "killed": {"min": 1, "max": 2, "has_unquantified_victims": False}, "injured": None},
                 {"id": "D1", "incident_type": "BOMBING", "incident_stage": "THREATENED", "incident_date": "",
                  "incident_location": "", "perp_organization": [], "killed": None, "injured": None}]
    (tmp_path / "muc_docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")
    (tmp_path / "muc_templates.jsonl").write_text("\n".join(json.dumps(t) for t in templates), encoding="utf-8")
    loaded = _docs(load_dataset("muc4", tmp_path / "muc_docs.jsonl"))
    assert loaded[0].document.published == dt.date(1990, 1, 3)
    kidnap, threat = loaded[0].events
    assert kidnap.sub_event_types == ("Abduction/forced disappearance",) and kidnap.perpetrators == ("FMLN",)
    assert (kidnap.fatalities_low, kidnap.fatalities_high) == (1, 2)
    assert threat.optional and not kidnap.optional
    assert loaded[1].is_negative
    scope = loaded[0].scope  # terrorist acts in its nine countries; battles and protests are not coded
    assert scope is not None and "El Salvador" in scope.countries and "Battles" in scope.out_event_types


def _key(numbers: list[tuple[str, list[str]]], effects: list[tuple[str, list[str]]]) -> dict:
    """A MUC-4 key template's HUM TGT slots as the documents file writes them: (fill, cross-referenced strings)."""
    return {"hum_tgt_number": [{"value": v, "xref": x} for v, x in numbers],
            "hum_tgt_effect": [{"value": v, "xref": x} for v, x in effects]}


def test_muc4_key_counts_one_filler_once_whatever_its_alternative_forms() -> None:
    # two teachers named two ways are two people, where the flat file's sum over the strings makes four
    teachers = ["RURAL TEACHERS", "TEACHERS"]
    assert key_counts(_key([("2", teachers), ("1", ["DRIVER"])], [("DEATH", teachers), ("INJURY", ["DRIVER"])])) == {
        "killed": (2, 2), "injured": (1, 1)}
    # one string for two fillers: each effect takes the next filler (4 dead, 11 hurt)
    assert key_counts(_key([("4", ["VILLAGERS"]), ("11", ["VILLAGERS"])],
                           [("DEATH", ["VILLAGERS"]), ("INJURY", ["VILLAGERS"])])) == {"killed": (4, 4), "injured": (11, 11)}
    # unknown as the flat file leaves it: PLURAL, "at least 6", an effect that is one or the other, nobody hurt
    assert key_counts(_key([("PLURAL", ["GUARDS"]), ("6 -", ["MINERS"])], [("DEATH", ["GUARDS"]), ("INJURY", ["MINERS"])])
                      ) == {"killed": (None, None), "injured": (None, None)}
    assert key_counts(_key([("3", ["CLERKS"])], [("INJURY / DEATH", ["CLERKS"])])) == {
        "killed": (None, None), "injured": (None, None)}
    assert key_counts(_key([("3", ["CLERKS"])], [("NO INJURY OR DEATH", ["CLERKS"])])) == {
        "killed": (None, None), "injured": (None, None)}


def test_muc4_counts_come_from_the_key_templates_where_the_documents_file_has_them(tmp_path: Path) -> None:
    monks = ["MONKS", "BUDDHIST MONKS"]
    docs = [{"id": "D7", "dateline": "QUITO, 5 FEB 90 --", "text": "GUERRILLAS KILLED TWO MONKS.",
             "templates": [_key([("2", monks)], [("DEATH", monks)])]}]
    templates = [{"id": "D7", "template_index": 0, "incident_type": "ATTACK", "incident_stage": "ACCOMPLISHED",
                  "incident_date": "04 FEB 90", "incident_location": "ECUADOR", "perp_organization": [],
                  "killed": {"min": 4, "max": 4, "has_unquantified_victims": False}, "injured": None}]
    (tmp_path / "muc_docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")
    (tmp_path / "muc_templates.jsonl").write_text("\n".join(json.dumps(t) for t in templates), encoding="utf-8")
    (attack,) = _docs(load_dataset("muc4", tmp_path / "muc_docs.jsonl"))[0].events
    assert (attack.fatalities_low, attack.fatalities_high) == (2, 2)
    assert attack.injured_low is None


def test_the_muc4_scope_names_real_acled_types() -> None:
    scope = event_scope("muc4_scope")
    acled = labels()["acled_types"]
    assert scope.out_event_types <= set(acled)
    assert all(sub_event_parent(s) is not None for s in scope.out_sub_event_types)
    assert len(scope.countries) == 9


def test_satp_and_case_and_india_police(tmp_path: Path) -> None:
    satp = tmp_path / "satp.jsonl"
    satp.write_text(json.dumps({"split": "dev", "idx": 3, "text": "A bomb went off.",
                                "labels": {"armed_assault": 1, "bombing_explosion": 1, "kidnapping": 0, "other": 0}}))
    assert [e.label for e in _docs(load_dataset("satp", satp))[0].events] == ["armed_assault", "bombing_explosion"]
    case = tmp_path / "case.jsonl"
    case.write_text("\n".join(json.dumps(r) for r in [
        {"id": 1, "text": "Jets struck the village.", "label": "AIR_STRIKE"},
        {"id": 2, "text": "Floods hit the coast.", "label": "NATURAL_DISASTER"},
        {"id": 3, "text": "Odd.", "label": "NOT_A_LABEL"}]))
    items = list(load_dataset("case", case))
    strike, flood = _docs(items)
    assert strike.events[0].event_types == ("Explosions/Remote violence",)
    assert strike.events[0].sub_event_types == ("Air/drone strike",)
    assert flood.is_negative
    assert sum(isinstance(i, Rejected) for i in items) == 1
    ipe = tmp_path / "docs.jsonl"
    ipe.write_text("\n".join(json.dumps(r) for r in [
        {"doc_id": 1, "date": "2002-03-01", "labels": ["ARREST", "ANY_ACTION"], "text": "Police arrested 20."},
        {"doc_id": 2, "date": "2002-03-01", "labels": [], "text": "A meeting was held."}]))
    ipe_docs = _docs(load_dataset("india-police", tmp_path))
    assert len(ipe_docs) == 1 and ipe_docs[0].events[0].sub_event_types == ("Arrests",)


def test_gold_json_answer_key(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Eight or nine militants were killed near Mastung.", encoding="utf-8")
    key = {"document": {"file": "story.txt", "published": "2017-06-04"},
           "events": [{"event_type": "Battles", "fatalities_between": [8, 9], "actor1_any_of": ["troops", "SSG"],
                       "date_between": ["2017-06-02", "2017-06-03"], "max_km": 50},
                      {"optional": True, "historical": True, "date_between": ["2015-01-01", "2015-12-31"]}],
           "max_extra_events": 0}
    (tmp_path / "gold.json").write_text(json.dumps({"documents": [key, {"document": {"file": "missing.txt"}}]}))
    items = list(load_dataset("gold", tmp_path / "gold.json"))
    doc = _docs(items)[0]
    battle, background = doc.events
    assert (battle.fatalities_low, battle.fatalities_high, battle.actor1, battle.max_km) == (8, 9, ("troops", "SSG"), 50)
    assert battle.date_high == dt.date(2017, 6, 3) and background.optional and background.historical
    assert doc.max_extra_events == 0 and doc.document.published == dt.date(2017, 6, 4)
    assert sum(isinstance(i, Rejected) for i in items) == 1


def test_limit_and_seeded_sample(tmp_path: Path) -> None:
    path = tmp_path / "case.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": f"Text {i}", "label": "ARMED_CLASH"}) for i in range(30)))
    first = [d.document.id for d in load_dataset("case", path, limit=5)]
    assert first == [f"case-{i}" for i in range(5)]
    sample = [d.document.id for d in load_dataset("case", path, limit=5, sample_seed=7)]
    assert sample == [d.document.id for d in load_dataset("case", path, limit=5, sample_seed=7)]
    assert len(set(sample)) == 5 and sample != first


def test_unknown_dataset_and_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_dataset("nope", tmp_path)
    with pytest.raises(InputError):
        load_dataset("acled", tmp_path / "absent.csv")


# --- the label tables: every entry loads and points at real ACLED types ---------------------------------


def _mapping_tables() -> list[tuple[str, str]]:
    return [(table, key) for table in ("acled_legacy_types", "gtd_attack_types", "satp_labels", "muc4_incident_types",
                                       "india_police_labels") for key in labels()[table] if not key.startswith("_")]


@pytest.mark.parametrize("table, key", _mapping_tables())
def test_every_mapping_names_real_acled_types(table: str, key: str) -> None:
    mapping = type_mapping(table, key)
    assert mapping is not None and mapping.event_types
    acled = labels()["acled_types"]
    assert all(t in acled for t in mapping.event_types)
    assert all(sub_event_parent(s) in mapping.event_types for s in mapping.sub_event_types)


@pytest.mark.parametrize("label", [k for k in labels()["case_labels"] if not k.startswith("_")])
def test_every_case_label_is_an_acled_sub_type_or_outside(label: str) -> None:
    sub = labels()["case_labels"][label]
    assert sub is None or sub_event_parent(sub) is not None


def test_acled_has_six_types_and_twenty_five_sub_types() -> None:
    acled = labels()["acled_types"]
    assert len(acled) == 6 and sum(len(v) for v in acled.values()) == 25


@pytest.mark.parametrize("group", [k for k in labels()["perpetrator_aliases"] if not k.startswith("_")])
def test_perpetrator_aliases_are_lists_of_names(group: str) -> None:
    aliases = labels()["perpetrator_aliases"][group]
    assert aliases and all(isinstance(a, str) and a.strip() for a in aliases)


# --- the real sets: every adapter reads its set whole ----------------------------------------------------

REAL = [
    ("acled", "acled/acled_global_2020-04-27_to_05-09.csv", 4900),
    ("acled", "acled/acled_africa_2016-06-17_to_07-02.csv", 450),
    ("gtd", "gtd/gtd_2016_2017.jsonl", 2500),
    ("muc4", "muc4/muc4_train_dev.jsonl", 1500),
    ("satp", "satp/satp_train_dev.jsonl", 1300),
    ("case", "case2021_task2/test_labeled.jsonl", 1000),
    ("india-police", "india_police_events", 150),
    ("gvdb", "gvdb/gvdb.jsonl", 890),
    ("gva-all", "gva_2013_2015", 2050),
]


@pytest.mark.skipif(not EVAL.is_dir(), reason="the evaluation data (../shared/eval) is not present")
@pytest.mark.parametrize("dataset, rel, at_least", REAL)
def test_real_sets_load(dataset: str, rel: str, at_least: int) -> None:
    items = list(load_dataset(dataset, EVAL / rel))
    docs = _docs(items)
    assert len(docs) >= at_least
    broken = [i for i in items if isinstance(i, Rejected) and "neither 'text' nor 'html'" not in i.reason]
    assert len(broken) <= len(items) // 100  # rejected rows are rare (scraped sets hold a few empty pages)
    assert len({d.document.id for d in docs}) == len(docs)


def test_every_adapter_is_registered() -> None:
    assert set(ADAPTERS) == {"acled", "gtd", "muc4", "satp", "case", "india-police", "gvdb", "gva", "gva-all", "gold"}


@pytest.mark.parametrize("name", [k for k in labels()["country_aliases"] if not k.startswith("_")])
def test_country_aliases_name_iso_codes(name: str) -> None:
    import pycountry

    code = labels()["country_aliases"][name]
    assert code == "XKX" or pycountry.countries.get(alpha_3=code) is not None


def test_gvdb_answers_that_label_no_state_leave_the_state_unscored(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "A man was shot on Main Street in Springfield on Friday night, police said.",
             "gold": {"state": "Unclear", "city": "Springfield"}},
            {"id": "b", "text": "A man was shot dead in a bar in a town abroad on Friday night, police said.",
             "gold": {"state": "Outside the USA", "city": "Elsewhere"}},
            {"id": "c", "text": "A man was shot on Main Street in Springfield on Friday night, police said.",
             "gold": {"state": "Illinois", "city": "Springfield"}}]
    path = tmp_path / "gvdb.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    events = [d.events[0] for d in _docs(load_dataset("gvdb", path))]
    assert [(e.country, e.admin1, e.location) for e in events] == [
        ("United States", None, "Springfield"), (None, None, None), ("United States", "Illinois", "Springfield")]


@pytest.mark.parametrize(("name", "expected"), [
    # a state's forces as MUC-4 writes them are the actor ACLED's codebook names "Military Forces of ..."
    ("ARMY", "Military Forces of Elmland"),
    ("THE ELMLAND ARMED FORCES", None),  # a word that is no nationality the cue table knows names no state
    ("HONDURAN ARMY", "Military Forces of Honduras"),
    ("NATIONAL POLICE", "Police Forces of Elmland"),
    ("ELM FRONT", None),
])
def test_muc_state_forces_have_acleds_name(name: str, expected: str | None) -> None:
    assert state_force_name(name, country="ELMLAND") == expected

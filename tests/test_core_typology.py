"""One typology: every sub-type maps exactly once per target, and the merge rules, evaluation and exports use it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventsift import export as ex
from eventsift import ontology
from eventsift.evaluate.gold import labels, sub_event_parent, type_mapping
from eventsift.nlp.lexicon import load_tsv
from eventsift.records import Event
from eventsift.store import merge

PACKAGE = Path(ontology.__file__).resolve().parents[1]
TARGETS = ("disorder_type", "cameo", "plover", "gtd_attack_type", "gtd_weapon_type", "ucdp_violence", "merges_with")
DISORDER = {"Political violence", "Demonstrations", "Strategic developments"}
PLOVER = {"AGREE", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT"}
GTD_WEAPONS = {"Firearms", "Explosives", "Incendiary", "Melee", "Chemical", "Unknown"}
SUB_TYPES = tuple(ontology.typology())


def test_the_typology_is_acleds() -> None:
    assert len(ontology.event_types()) == 6 and len(SUB_TYPES) == 25
    assert len(set(SUB_TYPES)) == len(load_tsv("ontology/typology.tsv"))  # no sub-type listed twice


@pytest.mark.parametrize("name", SUB_TYPES)
def test_every_sub_type_has_exactly_one_mapping_per_target(name: str) -> None:
    (row,) = [r for r in load_tsv("ontology/typology.tsv") if r["sub_event_type"] == name]
    assert all(row[target].strip() for target in TARGETS), "a cell is empty: write '-' for 'no equivalent'"
    record = ontology.sub_event_type(name)
    assert set(record.disorder_type.split("; ")) <= DISORDER
    assert record.cameo is not None and record.cameo.isdigit()
    assert record.plover is None or record.plover in PLOVER
    assert record.gtd_attack_type is None or record.gtd_attack_type in ontology.GTD_ATTACK_TYPES
    assert record.gtd_weapon_type is None or record.gtd_weapon_type in GTD_WEAPONS
    assert (record.gtd_attack_type is None) == (record.gtd_weapon_type is None)
    assert record.ucdp_violence in ontology.UCDP_VIOLENCE
    for other in record.merges_with:
        assert other in ontology.typology() and other != name
        assert name in ontology.sub_event_type(other).merges_with, f"{other} does not list {name} back"


def test_the_disagreements_are_settled() -> None:
    assert ontology.sub_event_type("Sexual violence").gtd_attack_type == "Unarmed Assault"
    assert ontology.sub_event_type("Arrests").gtd_attack_type is None
    assert ontology.sub_event_type("Excessive force against protesters").disorder_type == "Political violence; Demonstrations"


def test_gtd_types_list_every_sub_type_mapped_to_them() -> None:
    reverse = ontology.gtd_compatible_sub_event_types()
    assert set(reverse) == set(ontology.GTD_ATTACK_TYPES) - {"Unknown"}
    for gtd, subs in reverse.items():
        assert subs and set(subs) <= set(SUB_TYPES), gtd
    for name, record in ontology.typology().items():
        if record.gtd_attack_type not in (None, "Unknown"):
            assert name in reverse[record.gtd_attack_type], name


def test_no_other_file_keeps_a_copy() -> None:
    mappings = json.loads((PACKAGE / "export" / "mappings.json").read_text("utf-8"))
    rules = json.loads((PACKAGE / "store" / "merge_rules.json").read_text("utf-8"))
    label_file = json.loads((PACKAGE / "evaluate" / "data" / "labels.json").read_text("utf-8"))
    assert not {"gtd_attack_type", "gtd_weapon_type", "acled_disorder_type", "acled_disorder_type_by_sub_event"} & set(mappings)
    assert not {"event_types", "sub_event_types", "compatible_types", "compatible_sub_event_types"} & set(rules)
    assert not {"acled_types", "gtd_attack_types"} & set(label_file)


def test_merge_rules_use_it() -> None:
    assert merge.SUB_EVENT_TYPES == set(SUB_TYPES) and merge.EVENT_TYPES == set(ontology.event_types())
    pairs = {frozenset(g) for g in merge.SUB_EVENT_GROUPS}
    assert pairs == {frozenset((a, b)) for a, r in ontology.typology().items() for b in r.merges_with}
    assert frozenset(("Battles", "Violence against civilians")) in merge.COMPATIBLE_TYPES


def test_evaluation_uses_it() -> None:
    assert labels()["acled_types"] == {k: list(v) for k, v in ontology.sub_event_types_by_type().items()}
    for name, record in ontology.typology().items():
        assert sub_event_parent(name) == record.event_type
    for gtd, subs in ontology.gtd_compatible_sub_event_types().items():
        mapping = type_mapping("gtd_attack_types", gtd)
        assert mapping is not None and mapping.sub_event_types == subs
        assert set(mapping.event_types) == {ontology.sub_event_type(s).event_type for s in subs}


def _event(name: str, **fields) -> Event:  # noqa: ANN003
    record = ontology.sub_event_type(name)
    return Event(event_id="e1", document_id="d1", event_type=record.event_type, sub_event_type=name,
                 event_date=dt.date(2020, 5, 1), country="Pakistan", inter1=3, inter2=fields.pop("inter2", 8), **fields)


@pytest.mark.parametrize("name", SUB_TYPES)
def test_exports_use_it(name: str) -> None:
    record = ontology.sub_event_type(name)
    event = _event(name)
    assert ex.acled_row(event, timestamp=0)["disorder_type"] == record.disorder_type
    gtd = ex.gtd_row(event, sequence=1)
    assert gtd["attacktype1_txt"] == (record.gtd_attack_type or "Unknown")
    assert gtd["weaptype1_txt"] == (record.gtd_weapon_type or "Unknown")
    assert (ex.ucdp_type_of_violence(event) == 3) == (record.ucdp_violence == "one-sided")
    coded = _event(name, gtd_attack_type="Assassination")  # the event's own code, decided from its text, wins
    assert ex.gtd_row(coded, sequence=1)["attacktype1_txt"] == "Assassination"

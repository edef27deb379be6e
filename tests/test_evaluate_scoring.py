"""Matcher and scorer, checked with stand-in pipelines and hand-made events."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventsift.evaluate import GoldDocument, GoldEvent, evaluate, evaluate_documents, load_dataset
from eventsift.evaluate.report import write_report
from eventsift.evaluate.gold import event_scope
from eventsift.evaluate.scoring import (
    NO_EVENT,
    Scoreboard,
    haversine_km,
    match,
    normalise_name,
    same_actor,
    same_country,
    same_place_name,
    score_document,
)
from eventsift.evaluate.standins import EmptyPipeline, GoldPipeline, event_from_gold
from eventsift.pipeline import Processed
from eventsift.records import Document, Event, Rejected

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "gold.json"
DAY = dt.date(2020, 5, 9)


def _gold(**kw) -> GoldEvent:  # noqa: ANN003
    base = dict(label="Battles", event_types=("Battles",), sub_event_types=("Armed clash",), inter1=1, inter2=2,
                date_low=DAY, date_high=DAY, admin1="Marib", location="Sirwah", latitude=15.4, longitude=45.1,
                fatalities_low=3, fatalities_high=3, country="Yemen")
    base.update(kw)
    return GoldEvent(**base)


def _event(**kw) -> Event:  # noqa: ANN003
    base = dict(event_id="e", document_id="d", event_type="Battles", sub_event_type="Armed clash", inter1=1, inter2=2,
                event_date=DAY, admin1="Marib Governorate", location="Sirwah", latitude=15.45, longitude=45.12,
                fatalities=3, country="Yemen")
    base.update(kw)
    return Event(**base)


def _doc(events: list[GoldEvent], **kw) -> GoldDocument:  # noqa: ANN003
    return GoldDocument(document=Document(id=kw.pop("id", "d"), text=kw.pop("text", "Some report.")), events=events, **kw)


def _outcomes(gold: GoldDocument, events: list[Event]) -> dict[str, bool]:
    return {o.field: o.correct for o in score_document(gold, events).outcomes}


def test_a_perfect_prediction_agrees_on_every_field() -> None:
    outcomes = _outcomes(_doc([_gold()]), [_event()])
    assert outcomes and all(outcomes.values())


@pytest.mark.parametrize("change, wrong", [
    ({"event_type": "Riots", "sub_event_type": "Mob violence"}, {"event_type", "sub_event_type", "type_agreement"}),
    ({"sub_event_type": "Government regains territory"}, {"sub_event_type", "type_agreement"}),
    ({"fatalities": 4}, {"fatalities"}),
    ({"fatalities": None}, {"fatalities"}),
    ({"event_date": DAY - dt.timedelta(days=2)}, {"date_exact"}),
    ({"event_date": DAY - dt.timedelta(days=5)}, {"date_exact", "date_within_3_days"}),
    ({"latitude": 16.0}, {"location_within_km"}),
    ({"admin1": "Sanaa"}, {"admin1"}),
    ({"inter2": None}, {"inter2"}),
    ({"country": "Oman"}, {"country"}),
])
def test_each_wrong_field_is_counted_alone(change: dict, wrong: set[str]) -> None:
    outcomes = _outcomes(_doc([_gold()]), [_event(**change)])
    assert {f for f, ok in outcomes.items() if not ok} == wrong


def test_no_second_actor_is_right_when_none_is_predicted() -> None:
    outcomes = _outcomes(_doc([_gold(inter2=0)]), [_event(inter2=None)])
    assert outcomes["inter2"]


def test_count_range_and_mean_error() -> None:
    gold = _doc([_gold(fatalities_low=8, fatalities_high=9)])
    result = evaluate_documents([gold], pipeline=_Fixed({"d": [_event(fatalities=12)]}))
    assert result.fields["fatalities"].accuracy == 0.0
    assert result.fields["fatalities"].mean_error == 3


def test_a_missed_event_fails_every_coded_field_and_recall() -> None:
    gold = _doc([_gold()])
    outcomes = _outcomes(gold, [])
    assert outcomes and not any(outcomes.values())
    score = score_document(gold, [])
    assert (score.matched, score.required, score.extra) == (0, 1, 0)


def test_matcher_pairs_each_gold_event_with_its_best_prediction() -> None:
    golds = [_gold(location="Sirwah", fatalities_low=3, fatalities_high=3),
             _gold(label="Violence against civilians", event_types=("Violence against civilians",),
                   sub_event_types=("Abduction/forced disappearance",), location="Quetta", latitude=30.18,
                   longitude=67.0, fatalities_low=0, fatalities_high=0)]
    preds = [_event(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
                    location="Quetta", latitude=30.2, longitude=67.01, fatalities=0), _event()]
    m = match(golds, preds)
    assert m.pairs == [(0, 1), (1, 0)] and not m.unmatched_gold and not m.unmatched_pred


def test_an_unrelated_prediction_is_an_extra_not_a_match() -> None:
    gold = _doc([_gold(event_types=("Battles",), date_low=DAY, date_high=DAY)])
    far = _event(event_type="Protests", sub_event_type="Peaceful protest", event_date=DAY - dt.timedelta(days=40),
                 latitude=-15.0, longitude=28.0, location="Lusaka", admin1="Lusaka", fatalities=0)
    score = score_document(gold, [far])
    assert (score.matched, score.extra) == (0, 1)
    assert score.type_pairs == [("Battles", "Protests")]  # the confusion matrix shows the wrong guess


def test_optional_and_historical_events() -> None:
    required = _gold()
    background = GoldEvent(label="background", optional=True, historical=True, date_low=dt.date(2015, 1, 1),
                           date_high=dt.date(2015, 12, 31), admin1="Punjab")
    doc = _doc([required, background], max_extra_events=0)
    # Leaving the optional event out costs nothing.
    assert score_document(doc, [_event()]).matched == 1
    assert all(_outcomes(doc, [_event()]).values())
    # A historical prediction that matches nothing is not an extra current event.
    stray = _event(event_id="h", historical=True, event_date=dt.date(2001, 1, 1), admin1="Sindh", location="Karachi",
                   latitude=24.8, longitude=67.0, event_type="Riots", sub_event_type="Mob violence", fatalities=0)
    assert score_document(doc, [_event(), stray]).extra == 0
    # A current extra breaks the allowance.
    current = _event(event_id="x", event_type="Riots", sub_event_type="Mob violence", event_date=DAY + dt.timedelta(days=9),
                     admin1="Sindh", location="Karachi", latitude=24.8, longitude=67.0, fatalities=0)
    assert not _outcomes(doc, [_event(), current])["extra_events_within_allowance"]


def test_negative_document() -> None:
    doc = _doc([], max_extra_events=0)
    assert _outcomes(doc, []) == {"type_agreement": True, "extra_events_within_allowance": True}
    score = score_document(doc, [_event()])
    assert score.extra == 1 and score.type_pairs == [(NO_EVENT, "Battles")]


def test_extras_outside_the_data_sets_scope_are_counted_apart() -> None:
    """A data set that codes only terrorist acts in some countries: an unmatched battle, or an attack in a
    country it does not cover, is an extra for the plain precision and none for the in-scope one."""
    scope = event_scope("muc4_scope")
    gold = _doc([_gold(event_types=("Violence against civilians",), sub_event_types=("Attack",), country="Peru",
                       admin1="Junin", location="Huancayo", latitude=-12.07, longitude=-75.2)], scope=scope)
    matched = _event(event_type="Violence against civilians", sub_event_type="Attack", country="Peru", admin1="Junin",
                     location="Huancayo", latitude=-12.07, longitude=-75.2)
    later = dict(event_date=DAY + dt.timedelta(days=20), admin1="Lima", location="Lima", latitude=-12.05, longitude=-77.04)
    clash = _event(event_id="c", country="Peru", **later)  # the army against guerrillas
    attack = _event(event_id="a", event_type="Violence against civilians", sub_event_type="Attack", country="Peru", **later)
    abroad = _event(event_id="m", event_type="Violence against civilians", sub_event_type="Attack", country="Mexico",
                    event_date=DAY + dt.timedelta(days=20), admin1="Jalisco", location="Guadalajara", latitude=20.67,
                    longitude=-103.35)
    score = score_document(gold, [matched, clash, attack, abroad])
    assert (score.matched, score.extra, score.extra_in_scope) == (1, 3, 1)
    board = Scoreboard()
    board.add(score)
    assert board.precision == 0.25 and board.precision_in_scope == 0.5
    assert score_document(_doc(gold.events), [matched, clash]).extra_in_scope is None  # no scope stated


@pytest.mark.parametrize("a, b, same", [
    ("Kunduz", "Kunduz Province", True), ("Sanaa", "Sana'a", False), ("Al Bayda", "al-Bayda", True),
    ("Marib", "Sanaa", False), (None, "Marib", False), ("Balochistan", "BALOCHISTAN", True),
])
def test_same_place_name(a, b, same) -> None:  # noqa: ANN001
    assert same_place_name(a, b) is same


@pytest.mark.parametrize("a, b, same", [
    ("Afghanistan", "AFGHANISTAN", True), ("Democratic Republic of Congo", "Congo, The Democratic Republic of the", True),
    ("Pakistan", "India", False), ("EL SALVADOR", "El Salvador", True),
])
def test_same_country(a: str, b: str, same: bool) -> None:
    assert same_country(a, b) is same


@pytest.mark.parametrize("pred, gold, same", [
    ("Taliban", "Taliban", True), ("the Taliban militants", "Taliban", True),
    ("Military Forces of Yemen (2012-)", "Military Forces of Yemen (2016-) Supreme Political Council", True),
    ("Islamic State", "Boko Haram", False), (None, "Taliban", False), ("IS", "ISIS", False),
    # ACLED's older and current names of one actor
    ("Police Forces of the Central African Republic", "Police Forces of Central African Republic (2016-)", True),
])
def test_same_actor(pred, gold, same) -> None:  # noqa: ANN001
    assert same_actor(pred, gold) is same


def test_normalise_name_and_haversine() -> None:
    assert normalise_name("Sanaa (Yemen) – Old City") == "sanaa old city"
    assert haversine_km(29.80, 66.85, 30.18, 67.00) == pytest.approx(44.5, abs=1.0)
    assert haversine_km(10, 10, 10, 10) == 0


def test_gtd_attack_type_is_strict_and_the_crosswalk_has_its_own_row() -> None:
    gold = _doc([GoldEvent(label="Bombing/Explosion", gtd_attack_type="Bombing/Explosion", types_from_crosswalk=True,
                           event_types=("Explosions/Remote violence",))])
    ied = dict(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")
    coded = _outcomes(gold, [_event(**ied, gtd_attack_type="Bombing/Explosion")])
    assert coded["gtd_attack_type"] and coded["acled_type_fits_gtd_attack_type"]
    assert "event_type" not in coded and "type_agreement" not in coded  # crosswalk types are not the coders'
    uncoded = _outcomes(gold, [_event(**ied)])  # the sub-type fits, but the product wrote no GTD code
    assert not uncoded["gtd_attack_type"] and uncoded["acled_type_fits_gtd_attack_type"]
    chemical = _outcomes(gold, [_event(event_type="Explosions/Remote violence", sub_event_type="Chemical weapon")])
    assert not chemical["acled_type_fits_gtd_attack_type"]
    # an assassination is only right as an assassination, however well the ACLED sub-type fits
    murder = _doc([GoldEvent(label="Assassination", gtd_attack_type="Assassination", types_from_crosswalk=True,
                             event_types=("Violence against civilians",))])
    attack = dict(event_type="Violence against civilians", sub_event_type="Attack")
    assert _outcomes(murder, [_event(**attack, gtd_attack_type="Assassination")])["gtd_attack_type"]
    assert not _outcomes(murder, [_event(**attack, gtd_attack_type="Armed Assault")])["gtd_attack_type"]
    assert _outcomes(murder, [_event(**attack, gtd_attack_type="Armed Assault")])["acled_type_fits_gtd_attack_type"]
    # GTD's Unknown is a code to produce; it has no crosswalk row
    unknown = _doc([GoldEvent(label="Unknown", gtd_attack_type="Unknown", types_from_crosswalk=True, date_low=DAY,
                              date_high=DAY, admin1="Marib Governorate")])
    said = _outcomes(unknown, [_event(**attack, gtd_attack_type="Unknown")])
    assert said["gtd_attack_type"] and "acled_type_fits_gtd_attack_type" not in said
    assert _outcomes(unknown, [_event(**attack)])["gtd_attack_type"]  # written as Unknown by the GTD export


def test_perpetrator_among_any_actor() -> None:
    gold = _doc([GoldEvent(label="x", perpetrators=("Khorasan Chapter of the Islamic State", "Islamic State", "ISKP"))])
    assert _outcomes(gold, [_event(actor1="Security forces", actor2="Islamic State")])["perpetrator"]
    assert not _outcomes(gold, [_event(actor1="Taliban")])["perpetrator"]


class _Fixed:
    """Returns given events per document id; rejects ids listed in ``reject``."""

    def __init__(self, events: dict[str, list[Event]], reject: tuple[str, ...] = ()) -> None:
        self.events, self.reject = events, reject

    def process_many(self, items, *, batch_size: int = 32) -> Iterator:  # noqa: ANN001
        for doc in items:
            if doc.id in self.reject:
                yield Rejected(source=doc.source or doc.id, stage="nlp", reason="too long")
            else:
                yield Processed(document=doc, events=self.events.get(doc.id, []))


def test_pipeline_rejections_count_as_misses() -> None:
    docs = [_doc([_gold()], id="a", text="one"), _doc([_gold()], id="b", text="two")]
    docs[1].document.source = "b.txt"
    result = evaluate_documents(docs, pipeline=_Fixed({"a": [_event()]}, reject=("b",)))
    assert result.recall == 0.5 and len(result.rejected) == 1 and result.documents == 2
    assert result.fields["event_type"].accuracy == 0.5


def _write_case(path: Path) -> Path:
    rows = [{"id": i, "text": f"Report {i}.", "label": label} for i, label in
            enumerate(["ARMED_CLASH", "AIR_STRIKE", "PEACE_PROTEST", "NATURAL_DISASTER", "ARREST"])]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    return path


def test_stand_ins_bound_the_figures(tmp_path: Path) -> None:
    path = _write_case(tmp_path / "case.jsonl")
    docs = [d for d in load_dataset("case", path) if isinstance(d, GoldDocument)]
    perfect = evaluate("case", str(path), pipeline=GoldPipeline(docs))
    assert perfect.precision == perfect.recall == 1.0
    assert all(s.accuracy == 1.0 for s in perfect.fields.values())
    empty = evaluate("case", str(path), pipeline=EmptyPipeline())
    assert empty.recall == 0.0 and empty.fields["sub_event_type"].accuracy == 0.0
    assert empty.fields["type_agreement"].accuracy == pytest.approx(1 / 5)  # only the natural disaster is right
    assert empty.figure("recall") == 0.0 and empty.figure("nope") is None


@pytest.mark.parametrize("suffix", [".md", ".html", ".json"])
def test_reports_hold_figures_confusion_and_misses(tmp_path: Path, suffix: str) -> None:
    path = _write_case(tmp_path / "case.jsonl")
    result = evaluate("case", str(path), pipeline=EmptyPipeline())
    text = write_report(result, tmp_path / f"report{suffix}").read_text(encoding="utf-8")
    assert "type_agreement" in text and "Report 1." in text and "Air/drone strike" in text
    if suffix == ".json":
        data = json.loads(text)
        assert data["fields"]["sub_event_type"]["accuracy"] == 0.0 and data["misses"]


def test_seed_answer_key_with_stand_ins() -> None:
    if not SEED.exists():
        pytest.skip("the seed answer key (../shared/seed/gold.json) is not present")
    docs = [d for d in load_dataset("gold", SEED) if isinstance(d, GoldDocument)]
    perfect = evaluate("gold", str(SEED), pipeline=GoldPipeline(docs))
    assert perfect.precision == perfect.recall == 1.0 and all(s.accuracy == 1.0 for s in perfect.fields.values())
    one_missing = {docs[0].document.id: [event_from_gold(e, document_id="x") for e in docs[0].events[1:3]]}
    partial = evaluate("gold", str(SEED), pipeline=_Fixed(one_missing))
    assert partial.recall == pytest.approx(2 / 3) and partial.precision == 1.0


ORACLE_SETS = [
    ("acled", "acled/acled_global_2020-04-27_to_05-09.csv"),
    ("acled", "acled/acled_africa_2016-06-17_to_07-02.csv"),
    ("gtd", "gtd/gtd_2016_2017.jsonl"),
    ("muc4", "muc4/muc4_train_dev.jsonl"),
    ("satp", "satp/satp_train_dev.jsonl"),
    ("case", "case2021_task2/test_labeled.jsonl"),
]


@pytest.mark.skipif(not EVAL.is_dir(), reason="the evaluation data (../shared/eval) is not present")
@pytest.mark.parametrize("dataset, rel", ORACLE_SETS)
def test_replaying_the_gold_coding_scores_one_on_real_sets(dataset: str, rel: str) -> None:
    docs = [d for d in load_dataset(dataset, EVAL / rel, limit=400) if isinstance(d, GoldDocument)]
    result = evaluate_documents(docs, pipeline=GoldPipeline(docs))
    assert result.precision == result.recall == 1.0
    assert {n: s.accuracy for n, s in result.fields.items() if s.accuracy != 1.0} == {}

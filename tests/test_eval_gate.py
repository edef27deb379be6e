"""Quality gate: key figures on fixed samples of the real data must not drop below their floors.

Floors live in ``eval_baseline.json`` at the repository root, with the noise margin a figure may
fall below its floor before the gate fails. Raise the floors as accuracy improves. Runs when the
evaluation data (``../shared/eval``) is present, and is skipped otherwise.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from eventsift.evaluate import EvaluationResult, evaluate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = json.loads((ROOT / "eval_baseline.json").read_text(encoding="utf-8"))
KNOWN_FIGURES = {"precision", "recall", "f1", "event_type", "sub_event_type", "type_agreement", "inter1", "inter2",
                 "actor1", "actor2", "perpetrator", "gtd_attack_type", "acled_type_fits_gtd_attack_type", "fatalities",
                 "injured", "fatalities_and_injured", "abducted", "date_exact", "date_within_3_days", "date_precision", "country", "admin1", "location_within_km", "location_name",
                 "geo_precision", "certainty", "historical", "extra_events_within_allowance"}


def _floors() -> list[tuple[str, str, float]]:
    return [(s["name"], figure, floor) for s in BASELINE["sets"] for figure, floor in s["floors"].items()]


def test_baseline_is_well_formed() -> None:
    assert 0 < BASELINE["noise_margin"] < 0.1
    names = [s["name"] for s in BASELINE["sets"]]
    assert len(names) == len(set(names))
    for name, figure, floor in _floors():
        assert figure in KNOWN_FIGURES, (name, figure)
        assert 0.0 <= floor <= 1.0, (name, figure)


@lru_cache(maxsize=1)
def _pipeline():  # noqa: ANN202
    from eventsift.pipeline import Pipeline

    return Pipeline()


@lru_cache(maxsize=None)
def _measure(name: str) -> EvaluationResult:
    spec = next(s for s in BASELINE["sets"] if s["name"] == name)
    return evaluate(spec["dataset"], str(SHARED / spec["path"]), pipeline=_pipeline(), limit=spec.get("limit"))


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="the evaluation data (../shared/eval) is not present")
@pytest.mark.parametrize("name, figure, floor", _floors())
def test_figure_holds_its_floor(name: str, figure: str, floor: float) -> None:
    measured = _measure(name).figure(figure)
    assert measured is not None, f"{name}: {figure} was not measured"
    assert measured >= floor - BASELINE["noise_margin"], (
        f"{name}: {figure} {measured:.3f} is below its floor {floor:.3f} by more than {BASELINE['noise_margin']}"
    )

"""Golden test: the seed article and its hand-coded key (runs when ../shared/seed/ is present)."""

import json
from pathlib import Path

import pytest

from eventsift.evaluate import evaluate
from eventsift.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
pytestmark = pytest.mark.skipif(not (SEED / "gold.json").exists(), reason="../shared/seed/ is not present")


@pytest.fixture(scope="module")
def result():
    return evaluate("gold", str(SEED / "gold.json"), pipeline=Pipeline())


def test_every_required_event_and_nothing_else(result):
    assert result.rejected == []
    assert result.recall == 1.0
    assert result.precision == 1.0  # max_extra_events is 0; the optional background event may come out


@pytest.mark.parametrize("field", ["event_type", "sub_event_type", "actor1", "actor2", "fatalities", "injured",
                                   "abducted", "date_exact", "date_precision", "country", "admin1",
                                   "location_within_km", "geo_precision", "certainty", "historical"])
def test_every_coded_field_agrees(result, field):
    score = result.fields[field]
    assert score.n > 0 and score.correct == score.n, (field, score)


def test_sidebar_gives_nothing():
    from eventsift.documents import read_inputs

    (document,) = list(read_inputs([str(SEED / "dawn_2017-06-04_mastung.txt")]))
    key = json.loads((SEED / "gold.json").read_text())["document"]
    assert document.published.isoformat() == key["published"]
    assert document.publisher == key["publisher"]
    assert document.dateline == key["dateline"]
    assert "2024" not in document.text and "Editorial" not in document.text
    events = Pipeline().process(document)
    for event in events:
        for evidence in event.evidence:
            assert document.text[evidence.start:evidence.end] in evidence.sentence

"""Property-based tests of the text pipeline on hostile text: nothing escapes, evidence points into the text.

The pipeline runs for real with a blank spaCy tokenizer (no model: fast, and every rule still runs) and
an empty in-memory gazetteer. Inputs are bounded in size so each example finishes quickly; the limits
tests (test_limits_pipeline.py) cover inputs of a megabyte and more. ``EVENTSIFT_FUZZ_SCALE=10`` runs ten
times as many examples; ``pytest --hypothesis-show-statistics`` prints how many were tried.
"""

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventsift.pipeline import Pipeline, Processed
from eventsift.records import Document, Rejected

spacy = pytest.importorskip("spacy")

SCALE = int(os.environ.get("EVENTSIFT_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=150 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                  HealthCheck.data_too_large])

# Words that wake the rules up: triggers, counts, hedges, dates, actors, clause openers and punctuation.
WORDS = [
    "killed", "attack", "bomb", "suicide", "gunmen", "police", "militants", "Taliban", "army", "protest", "riot",
    "abducted", "injured", "wounded", "arrested", "dead", "bodies", "of", "at least", "about", "more than",
    "dozens", "one", "twenty-eight", "1,200", "8", "9", "or", "and", "between", "on Friday", "May 24",
    "last week", "in 2015", "yesterday", "since", "after", "who were", "claimed responsibility", "near",
    "km from", "Quetta", "QUETTA:", "(", ")", "[", "]", ".", ",", ";", " — ", "\n", "\n\n", "\t", "\x00",
    "\x1b", "\u200f", "\u202e", "قتل", "انفجار", "הרוגים", "🙂", "\ufeff", "Mr.", "D. I. Khan", "“", "”",
]
TEXTS = st.one_of(
    st.text(max_size=400),  # any Unicode, control characters included
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=60).map("".join),
    st.builds(lambda w, n: (w + " ") * n, st.sampled_from(WORDS), st.integers(1, 3000)),  # long repeated runs
)


@pytest.fixture(scope="module")
def pipeline():
    from eventsift.geo import InMemoryGeocoder

    return Pipeline(nlp=spacy.blank("en"), geocoder=InMemoryGeocoder([]), today=dt.date(2024, 1, 1))


def check_events(events, text):
    for event in events:
        assert event.event_type and event.sub_event_type
        for evidence in event.evidence:
            assert 0 <= evidence.start < evidence.end <= len(text), evidence
            assert evidence.sentence in text
        for name in ("fatalities", "injured", "abducted", "arrested"):
            value = getattr(event, name)
            assert value is None or value >= 0


@FUZZ
@given(text=TEXTS, published=st.one_of(st.none(), st.dates()))
def test_process_any_text(pipeline, text, published):
    document = Document(id="fuzz", text=text, published=published)
    check_events(pipeline.process(document), text)


@FUZZ
@given(texts=st.lists(TEXTS, min_size=1, max_size=4))
def test_process_many_yields_one_result_per_document(pipeline, texts):
    documents = [Document(id=f"d{i}", text=t, source=f"s{i}") for i, t in enumerate(texts)]
    results = list(pipeline.process_many(documents, batch_size=2))
    assert len(results) == len(documents)
    for document, result in zip(documents, results):
        assert isinstance(result, (Processed, Rejected))
        if isinstance(result, Processed):
            assert result.document is document
            check_events(result.events, document.text)
        else:
            assert result.reason


@pytest.mark.parametrize("text", [
    "Gunmen killed " + " ".join(str(i) for i in range(10_000)) + " people.",  # 10,000 numbers in one sentence
    "(" * 5_000 + "militants killed two soldiers" + ")" * 5_000,  # deeply nested brackets
    "[{(" * 3_000 + "bomb" + ")}]" * 3_000,
    "killed " * 20_000,  # a trigger word repeated
    "suicide bomb attack killed injured abducted " * 3_000,
    "one civilian was killed, " * 4_000,
    "killed" + " " * 200_000 + "since",  # a long run of spaces
    "\u202e" + "قتل 12 شخصا في انفجار " * 2_000 + "\u202c",  # right-to-left text and direction marks
    "\x00\x01\x02\x1b[31m killed 3 \x7f" * 2_000,  # control characters
])
def test_hostile_shapes_complete(pipeline, text):
    check_events(pipeline.process(Document(id="shape", text=text)), text)

"""The pipeline's limits: document length, sentence length, sentences per document; each cut is logged."""

import datetime as dt
import logging

import pytest

from eventsift import pipeline as pipeline_module
from eventsift.pipeline import MAX_DOCUMENT_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCES, Pipeline
from eventsift.records import Document

spacy = pytest.importorskip("spacy")
REPORT = "Gunmen killed two policemen in Quetta on Friday."


@pytest.fixture(scope="module")
def pipeline():
    from eventsift.geo import InMemoryGeocoder

    return Pipeline(nlp=spacy.blank("en"), geocoder=InMemoryGeocoder([]), today=dt.date(2024, 1, 1))


def test_limits_have_sane_defaults():
    assert 100_000 <= MAX_DOCUMENT_CHARS <= 10_000_000
    assert 1_000 <= MAX_SENTENCE_CHARS <= 10_000
    assert 100 <= MAX_SENTENCES <= 100_000


@pytest.mark.parametrize("text,message", [
    ("x " * (MAX_DOCUMENT_CHARS // 2 + 10) + REPORT, "characters, only the first"),
    ("\n\n".join([REPORT] * (MAX_SENTENCES + 5)), "sentences, only the first"),
])
def test_a_cut_is_logged_not_fatal(pipeline, caplog, text, message):
    with caplog.at_level(logging.WARNING, logger="eventsift.pipeline"):
        prepared = pipeline._prepare(Document(id="big", text=text))
    assert message in caplog.text
    assert all(s.end <= MAX_DOCUMENT_CHARS for s in prepared.candidates)
    assert all(s.index < MAX_SENTENCES for s in prepared.candidates)


def test_text_after_the_document_limit_is_not_read(pipeline):
    text = "x " * (MAX_DOCUMENT_CHARS // 2) + REPORT
    assert pipeline.process(Document(id="tail", text=text)) == []
    assert pipeline.process(Document(id="head", text=REPORT + " x" * (MAX_DOCUMENT_CHARS // 2)))


@pytest.mark.parametrize("text", [
    "killed " * 300_000,  # 2 MB, one "sentence"
    "Gunmen killed " + " ".join(str(i) for i in range(100_000)),
    "killed " + "z" * 1_000_000,  # no whitespace after the first word
])
def test_rules_see_bounded_sentences(pipeline, text):
    prepared = pipeline._prepare(Document(id="long", text=text))
    assert prepared.candidates
    for sentence in prepared.candidates:
        assert len(sentence.text) <= MAX_SENTENCE_CHARS
        assert text[sentence.start:sentence.end] == sentence.text


def test_a_real_length_sentence_is_not_cut(pipeline):
    sentence = ("Gunmen killed two policemen, " * (MAX_SENTENCE_CHARS // 30))[:-2] + "."
    assert len(sentence) < MAX_SENTENCE_CHARS
    prepared = pipeline._prepare(Document(id="one", text=sentence))
    assert [s.text for s in prepared.candidates] == [sentence]


def test_limits_are_module_settings(monkeypatch, pipeline):
    monkeypatch.setattr(pipeline_module, "MAX_SENTENCE_CHARS", 20)
    prepared = pipeline._prepare(Document(id="small", text=REPORT * 3))
    assert prepared.candidates and all(len(s.text) <= 20 for s in prepared.candidates)

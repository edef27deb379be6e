"""Wire copy in capitals, hard-wrapped at a fixed width: the pipeline reads a line break inside a sentence as a space
(only for such copy: a page in ordinary case splits at a line that starts with a capital, as it always did)."""

import datetime as dt

import pytest

from eventsift.pipeline import Pipeline
from eventsift.records import Document

spacy = pytest.importorskip("spacy")

WIRE = (
    "   OSTRAVA NUEVA, 4 MAR 91 (NORTEL) -- [TEXT] TWO GUARDS WHO WERE WATCHING THE\n"
    "BELVARIAN CONSULATE IN THE PORT OF SALTMARRA WERE WOUNDED EARLY TODAY BY\n"
    "GUNMEN WHO FLED IN A RED CAR, POLICE SAID.  CAPTAIN TEODORO RUIZ SAID THAT\n"
    "MIRELA DANKO, IVO PERSIC AND A THIRD GUARD WHOSE NAME WAS NOT GIVEN WERE\n"
    "TAKEN TO THE NAVAL HOSPITAL.\n"
)


@pytest.fixture(scope="module")
def pipeline():
    from eventsift.geo import InMemoryGeocoder

    return Pipeline(nlp=spacy.blank("en"), geocoder=InMemoryGeocoder([]), today=dt.date(1991, 3, 10))


def _candidate_with(prepared, word: str):
    return next(s for s in prepared.candidates if word in s.text.lower())


def test_wrapped_wire_copy_in_capitals_keeps_a_sentence_whole(pipeline):
    prepared = pipeline._prepare(Document(id="w1", text=WIRE, published=dt.date(1991, 3, 4)))
    wounded = _candidate_with(prepared, "wounded")
    assert wounded.text.lower().startswith("[text] two guards")  # the guards, on the line before, are the subject
    assert wounded.text.lower().endswith("police said.")
    # offsets of the document; a line that merely wrapped reads as a space in the sentence's text too
    assert WIRE[wounded.start:wounded.end].replace("\n", " ").lower() == wounded.text.lower()


def test_the_same_layout_in_ordinary_case_splits_as_before(pipeline):
    text = ("   Ostrava Nueva, 4 March (Nortel) - Two guards who were watching the\n"
            "Belvarian consulate in the port of Saltmarra were wounded early today by\n"
            "gunmen who fled in a red car, police said.  Captain Teodoro Ruiz said that\n"
            "Mirela Danko, Ivo Persic and a third guard whose name was not given were\n"
            "taken to the naval hospital.\n")
    prepared = pipeline._prepare(Document(id="w2", text=text, published=dt.date(1991, 3, 4)))
    assert _candidate_with(prepared, "wounded").text.startswith("Belvarian consulate")


def test_a_phrase_broken_across_two_lines_is_read_whole(pipeline):
    # "SHOT 14 | FARMERS" and "SET | FIRE TO" straddle wrapped lines: read as one phrase each, as in one line
    text = (
        "   OSTRAVA NUEVA, 9 MAR 91 (NORTEL) -- [TEXT] MASKED MEN STOPPED A BUS ON THE COAST ROAD NEAR\n"
        "VELKA LHOTA BEFORE DAWN YESTERDAY, ORDERED THE PASSENGERS OFF IT AND SHOT 14\n"
        "FARMERS RETURNING FROM THE AUTUMN MARKET IN THE PORT, THE REGIONAL\n"
        "GOVERNOR'S OFFICE SAID.  BEFORE LEAVING, THE BAND ALSO SET\n"
        "FIRE TO THE GRANARY OF THE FARM COOPERATIVE AND TO TWO TRACTORS, THE OFFICE ADDED.\n"
    )
    events = pipeline.process(Document(id="w3", text=text, published=dt.date(1991, 3, 9)))
    hit = [e for e in events if (e.injured or 0) + (e.fatalities or 0) == 14]
    assert hit, [(e.sub_event_type, e.fatalities, e.injured) for e in events]

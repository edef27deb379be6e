"""Property-based tests of the rule stages on their own: sentence and clause splitting, dates, counts.

Properties: no exception, every offset points into the text it came from, values stay in range.
``EVENTSIFT_FUZZ_SCALE=10`` runs ten times as many examples.
"""

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventsift.events.counts import combine, find_counts
from eventsift.events.numbers import MAX_PEOPLE, parse_quantity, quantity_regex, word_to_int
from eventsift.nlp.text import split_clauses, split_long, split_sentences
from eventsift.nlp.timex import find_dates, find_publication_date

SCALE = int(os.environ.get("EVENTSIFT_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=150 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DATE_WORDS = ["on", "Friday", "last", "late", "Saturday", "night", "May", "Sept.", "24", "24th", "31", "29", "Feb",
              "2015", "1999", "2024-02-30", "2023-12-31", "31/02/2020", "12/12/2012", "of", "in", "since",
              "earlier this month", "last year", "yesterday", "today", "week", "0", "00", "3000", ",", "."]
COUNT_WORDS = ["at least", "about", "more than", "nearly", "fewer than", "between", "and", "or", "to", "-", "dozens",
               "scores", "hundreds", "one", "a", "twenty-eight", "two hundred", "thousand", "1,200", "999999999999",
               "0", "8", "9", "people", "were", "killed", "injured", "killing", "left", "dead", "of whom",
               "including", "bodies of", "a civilian", "was", "kidnapped", "arrested", "May", "aged", ",", "."]


def phrases(words):
    return st.one_of(st.lists(st.sampled_from(words), max_size=40).map(" ".join), st.text(max_size=200))


@FUZZ
@given(text=st.one_of(st.text(max_size=500), phrases(COUNT_WORDS + DATE_WORDS + ["\n\n", "Mr.", "D.", "“"])))
def test_sentences_and_clauses_point_into_the_text(text):
    sentences = split_sentences(text)
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text and sentence.text.strip()
        for clause in split_clauses(sentence):
            assert text[clause.start:clause.end] == clause.text
            assert sentence.start <= clause.start <= clause.end <= sentence.end
    assert [s.index for s in sentences] == list(range(len(sentences)))


@FUZZ
@given(text=st.text(max_size=800), max_chars=st.integers(1, 120))
def test_split_long_keeps_every_character_within_bounds(text, max_chars):
    sentences = split_sentences(text)
    pieces = split_long(sentences, max_chars=max_chars)
    for piece in pieces:
        assert 0 < len(piece.text) <= max_chars
        assert text[piece.start:piece.end] == piece.text
    kept = "".join(p.text for p in pieces)
    assert "".join(kept.split()) == "".join("".join(s.text for s in sentences).split())
    assert [p.index for p in pieces] == list(range(len(pieces)))


@FUZZ
@given(text=phrases(DATE_WORDS), published=st.dates(min_value=dt.date(1900, 1, 1)))
def test_dates_resolve_inside_the_text(text, published):
    for found in find_dates(text, published=published):
        assert text[found.start:found.end] == found.text
        assert found.date <= found.date_end
        assert found.precision in ("day", "week", "month", "year")
    find_publication_date(text)


@FUZZ
@given(text=phrases(COUNT_WORDS), offset=st.integers(0, 10**6))
def test_counts_point_into_the_text_and_stay_plausible(text, offset):
    mentions = find_counts(text, offset=offset)
    for mention in mentions:
        assert offset <= mention.start <= mention.end <= offset + len(text)
        assert 0 <= mention.count.low <= mention.count.high <= MAX_PEOPLE
        assert mention.count.low <= mention.count.best <= mention.count.high
    total = combine(mentions)
    if total is not None:
        assert total.low <= total.best <= total.high


@FUZZ
@given(text=st.text(max_size=200))
def test_quantities_found_in_any_text_parse(text):
    for m in quantity_regex().finditer(text):
        count = parse_quantity(m)
        assert count is None or 0 <= count.low <= count.best <= count.high <= MAX_PEOPLE


@pytest.mark.parametrize("text", ["²", "①", "12²"])
def test_word_to_int_on_digit_like_characters(text):
    assert word_to_int(text) is None

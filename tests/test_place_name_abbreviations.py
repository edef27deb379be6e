"""Scoring a place's name: an abbreviated word of a town's name is the same name written out."""

from __future__ import annotations

import pytest

from eventsift.evaluate.names import same_place_name


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("St. Louis", "Saint Louis", True), ("Ft. Worth", "Fort Worth", True), ("Mt. Vernon", "Mount Vernon", True),
     ("Ste. Genevieve", "Sainte Genevieve", True), ("St. Louis", "Saint Paul", False), ("Stockton", "Saint Stockton", False)],
)
def test_abbreviated_words_of_a_place_name(a, b, same):
    assert same_place_name(a, b) is same

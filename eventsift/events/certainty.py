"""Certainty: how sure the report is that the event happened as described (cues in certainty.tsv)."""

from __future__ import annotations

import re
from functools import cache

from eventsift.events.lexicon_regex import compile_lexicon_pattern
from eventsift.nlp.lexicon import load_tsv

# Strength order: a denial outweighs a claim, a claim outweighs hearsay.
ORDER = ("confirmed", "reported", "unconfirmed", "claimed", "denied")


@cache
def _cues() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    return tuple((row["certainty"], tuple(compile_lexicon_pattern(row["pattern"], ignore_case=True)))
                 for row in load_tsv("events/certainty.tsv"))


def find_certainty(text: str) -> tuple[str, re.Match[str] | None]:
    """The strongest certainty cue in ``text`` and its match (``confirmed`` and None without a cue)."""
    best, best_match = "confirmed", None
    for level, regexes in _cues():
        for regex in regexes:
            m = regex.search(text)
            if m and ORDER.index(level) > ORDER.index(best):
                best, best_match = level, m
    return best, best_match

"""Compiling lexicon patterns: a pattern is alternatives joined by top-level ``|``; an alternative that
starts with ``(?i)`` matches case-insensitively, the others as written (a lowercase first letter may also be
capitalised, as at the start of a sentence)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

# Every lexicon match starts on a word edge; a hyphen counts as part of the word.
WORD_LEAD = r"(?<![\w-])"
# Set this environment variable to "1" to build ``union_regex`` the plain way, one alternative per regex
# each with its own word edge: the reference the faster form is checked against (evaluation runs).
PLAIN_UNION_ENV = "EVENTSIFT_PLAIN_UNION"


# Where a sentence opens: the text's start, after a full stop or a line break, and after a dateline or a bracketed
# label ("ELMTOWN -- Rebels attacked", "ELMTOWN (Agency) — Gunmen", "ELMTOWN: Police", "[TEXT] Rebels").
SENTENCE_OPENING = r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=-- )|(?<= - )|(?<=— )|(?<=– )|(?<=: )|(?<=\] ))"


def split_alternatives(pattern: str) -> list[str]:
    parts, depth, current = [], 0, []
    escaped = False
    for ch in pattern:
        if escaped:
            current.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p for p in parts if p]


# What may follow a pattern's first letter to make it optional or repeated.
_QUANTIFIERS = ("?", "*", "+", "{")


def _capitalised(alt: str) -> str:
    return alt[0].upper() + alt[1:]


def _as_written_and_capitalised(run: list[str]) -> list[str]:
    """Lowercase alternatives as written, then all of them capitalised after a sentence opening: what
    alternating each with its capitalised form matches (a lowercase and a capital first letter never match at one
    place), with the opening's lookbehinds tried once per place, and only before a capital that may open one of
    them, instead of once per alternative (the civilians' row of the actor lexicon has fifty)."""
    if not run:
        return []
    capitals = "".join(sorted({alt[0].upper() for alt in run}))
    return ["(?:" + "|".join(run) + ")",
            f"(?=[{capitals}]){SENTENCE_OPENING}(?:" + "|".join(map(_capitalised, run)) + ")"]


def compile_lexicon_pattern(pattern: str, *, ignore_case: bool = False) -> list[re.Pattern[str]]:
    """One compiled, word-bounded regex per case mode used in ``pattern``."""
    sensitive, insensitive = [], []
    run: list[str] = []  # lowercase alternatives in a row, each also capitalised where a sentence opens
    for alt in split_alternatives(pattern):
        if alt[0].islower() and alt[1:2] not in _QUANTIFIERS and not alt.startswith("(?i)") and not ignore_case:
            run.append(alt)
            continue
        sensitive += _as_written_and_capitalised(run)
        run = []
        if alt.startswith("(?i)"):
            insensitive.append(alt[4:])
        elif ignore_case:
            insensitive.append(alt)
        elif alt[0].islower():  # an optional first letter: the two forms may match at one place, so kept in order
            sensitive += [alt, SENTENCE_OPENING + _capitalised(alt)]
        else:
            sensitive.append(alt)
    sensitive += _as_written_and_capitalised(run)
    out = []
    if sensitive:
        out.append(re.compile(WORD_LEAD + "(?:" + "|".join(sensitive) + r")(?![\w-])"))
    if insensitive:
        out.append(re.compile(WORD_LEAD + "(?:" + "|".join(insensitive) + r")(?![\w-])", re.IGNORECASE))
    return out


def union_regex(regexes: Sequence[re.Pattern[str]], *, flags: int = 0) -> re.Pattern[str]:
    """One regex matching where any of ``regexes`` matches: the first of them to match at the leftmost place.

    Lexicon regexes share their leading word edge; it is tested once per position instead of once per
    regex (40% less time when it built the trigger pre-filter, since replaced by gated scans: nlp/scan.py; it now
    joins the figures of speech, triggers.py). The result matches
    exactly what ``"|".join(patterns)`` would: at each position the alternatives are tried in order.
    """
    patterns = [rx.pattern for rx in regexes]
    if os.environ.get(PLAIN_UNION_ENV) != "1" and patterns and all(p.startswith(WORD_LEAD) for p in patterns):
        return re.compile(WORD_LEAD + "(?:" + "|".join(f"(?:{p[len(WORD_LEAD):]})" for p in patterns) + ")", flags)
    return re.compile("|".join(patterns), flags)

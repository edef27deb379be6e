"""Compiling lexicon patterns: a pattern is alternatives joined by top-level ``|``; an alternative that
starts with ``(?i)`` matches case-insensitively, the others as written (a lowercase first letter may also be
capitalised, as at the start of a sentence)."""

from __future__ import annotations

import re


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


def compile_lexicon_pattern(pattern: str, *, ignore_case: bool = False) -> list[re.Pattern[str]]:
    """One compiled, word-bounded regex per case mode used in ``pattern``."""
    sensitive, insensitive = [], []
    for alt in split_alternatives(pattern):
        if alt.startswith("(?i)"):
            insensitive.append(alt[4:])
        elif ignore_case:
            insensitive.append(alt)
        elif alt[0].islower():
            sensitive.append(alt)
            sensitive.append(f"(?:^|(?<=[.!?] )|(?<=\n)){alt[0].upper()}{alt[1:]}")  # opening a sentence
        else:
            sensitive.append(alt)
    out = []
    if sensitive:
        out.append(re.compile(r"(?<![\w-])(?:" + "|".join(sensitive) + r")(?![\w-])"))
    if insensitive:
        out.append(re.compile(r"(?<![\w-])(?:" + "|".join(insensitive) + r")(?![\w-])", re.IGNORECASE))
    return out

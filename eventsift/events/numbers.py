"""Numbers of people as news writes them: "28", "eight or nine", "about 28", "at least seven", "dozens".

``parse_quantity`` turns one phrase into a ``Count`` (low / best / high); ``QUANTITY`` is the regular
expression that finds such phrases in a sentence.
"""

from __future__ import annotations

import re
from functools import cache

from eventsift.nlp.lexicon import load_tsv
from eventsift.records import Count

UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12}
_DIGIT_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))

# Upper bound on any single count: larger figures in news are money, years or populations, not people.
MAX_PEOPLE = 100_000

# a compound may be written as one word, as wire copy and typists do ("THIRTYTHREE SEAMEN"): "thirty-three"
_WORD_NUMBER = (
    r"(?:(?:" + "|".join(sorted(TENS, key=len, reverse=True)) + r")(?:[- ]?(?:" + "|".join(
        k for k in UNITS if UNITS[k] and k not in ("a", "an", "single")) + r"))?"
    r"|" + "|".join(sorted((k for k in UNITS if k not in ("a", "an", "no", "single")), key=len, reverse=True)) + r")"
    r"(?:[- ](?:hundred|thousand|dozen))?"  # "two dozen": 24
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_ONE = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
NUMBER = _ONE  # one number, in digits or in words ("28", "twenty-eight")


@cache
def _vague_words() -> dict[str, Count]:
    return {
        row["phrase"]: Count(low=int(row["low"]), best=int(row["best"]), high=int(row["high"]), text=row["phrase"])
        for row in load_tsv("events/number_words.tsv")
    }


def vague_pattern() -> str:
    """The words for an unknown number, longest first, as one alternation."""
    return "|".join(re.escape(p) for p in sorted(_vague_words(), key=len, reverse=True))


@cache
def _vague_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{vague_pattern()})\b", re.IGNORECASE)


def says_vaguely(text: str) -> bool:
    """Whether ``text`` holds a word for an unknown number ("several", "dozens", "a number of")."""
    return bool(_vague_regex().search(text))


# "over" is "more than", not "by the time it was all over two guards were dead"
_APPROX = (r"about|around|approximately|roughly|nearly|almost|some|up to|as many as|more than|(?<!\ball )over|at least|"
           r"at most|fewer than|less than|an estimated|estimated|close to|upwards of|no fewer than|no less than")


@cache
def quantity_regex() -> re.Pattern[str]:
    """A phrase giving a number of people, with its hedges: 'at least eight or nine', 'about 28', 'dozens'."""
    exact = rf"(?P<n1>{_ONE})(?:\s*(?:-|–|to|or|and)\s*(?P<n2>{_ONE}))?"
    between = rf"between\s+(?P<b1>{_ONE})\s+and\s+(?P<b2>{_ONE})"
    pattern = (
        rf"\b(?:(?P<approx>{_APPROX})\s+)?(?:(?P<top>top)\s+)?"
        rf"(?:{between}|{exact}|(?<!\bso )(?<!\btoo )(?<!\bhow )(?<!\bas )(?P<vague>{vague_pattern()}))\b"
    )  # "too many funerals", "how many were hurt": no number
    return re.compile(pattern, re.IGNORECASE)


def word_to_int(text: str) -> int | None:
    """'28' -> 28, 'twenty-eight' -> 28, 'two hundred' -> 200, '1,200' -> 1200; None if not a number."""
    t = text.strip().lower().replace(",", "")
    if t.isdecimal():
        return int(t)
    total, current = 0, 0
    for part in re.split(r"[\s-]+", t):
        if part in UNITS:
            current += UNITS[part]
        elif part in TENS:
            current += TENS[part]
        elif (tens := next((t for t in TENS if part.startswith(t)), None)) and part[len(tens):] in _DIGIT_WORDS:
            current += TENS[tens] + UNITS[part[len(tens):]]  # "thirtythree"
        elif part in SCALES:
            current = max(current, 1) * SCALES[part]
            if SCALES[part] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def parse_quantity(match: re.Match[str]) -> Count | None:
    """A ``quantity_regex`` match as a Count, or None when it is not a plausible number of people."""
    approx = (match.group("approx") or "").lower()
    if match.group("vague"):
        vague = _vague_words()[match.group("vague").lower()]
        low, best, high = vague.low, vague.best, vague.high
    else:
        first = match.group("b1") or match.group("n1")
        second = match.group("b2") or match.group("n2")
        a = word_to_int(first)
        b = word_to_int(second) if second else None
        if a is None:
            return None
        if b is not None and b < a:  # "8 or 9" yes; "24 7" no
            b = None
        low, high = a, (b if b is not None else a)
        best = low
        if approx in ("more than", "over", "upwards of"):
            low, best, high = low + 1, low + 1, max(high, low * 2, low + 1)  # "more than 0": 1, not a range 1..0
        elif approx in ("at least", "no fewer than", "no less than"):
            high = max(high, low)
        elif approx in ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to"):
            low, high = int(low * 0.9), int(high * 1.1 + 0.5)
        elif approx in ("nearly", "almost", "fewer than", "less than", "up to", "as many as", "at most"):
            low, best = max(int(low * 0.8), 1 if low else 0), low
            if approx in ("fewer than", "less than"):
                best = high = max(low, a - 1)
    if high > MAX_PEOPLE:
        return None
    return Count(low=low, best=best, high=high, text=match.group(0))

"""Faster scans with big patterns, each matching exactly what the plain form would.

- ``literal_alternation``: a table of names as one tree of shared prefixes instead of a flat alternation;
- ``finditer_gated``: a regex's scan skipped when the text lacks every string its matches must hold (the gate
  ``literal_gate`` reads from the pattern itself), for the hundreds of lexicon, count and date regexes tried on
  every clause.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from re import _constants as _c  # the parsed form's opcodes (literal_gate)
from re import _parser


def literal_alternation(words: Iterable[str], *, space: str = " ") -> str:
    """A regex source matching any of ``words`` (literals), the longest that fits where several do.

    It matches what ``"|".join`` of the escaped words sorted longest first matches (a following lookahead that
    rejects the longest falls back to the next longest), but as a tree of shared prefixes: the engine tests one
    branch per character instead of every word at every position, which on a table of hundreds of names (the
    country cues) is what made a scan of a report cost milliseconds. Words are stored lowercased, so the pattern
    is meant for ``re.IGNORECASE``; ``space`` is the regex written for a space inside a word (``r"\\s"`` to let a
    name run across a wrapped line)."""
    tree: dict = {}
    for word in words:
        if not word:
            continue
        node = tree
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [(space if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return ("(?:" + body + ")?") if len(branches) > 1 or len(branches[0]) > 1 else body + "?"

    return emit(tree)


# Letters outside ASCII that re.IGNORECASE matches to an ASCII letter but str.lower() does not lower to it alone
# ("İ" lowers to "i" and a combining dot).
_FOLD_TO_ASCII = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})
# A gate of many short strings costs more than it saves.
_GATE_MAX = 256
_GATE_MIN_CHARS = 2


def gate_text(text: str) -> str:
    """The text a gate (``literal_gate``) is tested against: lowercased, with the letters a case-blind regex
    matches to ASCII ones folded to them."""
    return text.translate(_FOLD_TO_ASCII).lower()


def literal_gate(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which, lowercased, every match of ``regex`` holds (see ``_required``): a text whose
    ``gate_text`` contains none of them cannot match, and the scan is skipped. None when no such strings are
    found ("[A-Z]\\w+|\\d+"), or they would be too many or too short to be worth testing."""
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except Exception:  # noqa: BLE001 - a pattern the private parser cannot read simply gets no gate
        return None
    prefixes = _required(list(parsed))
    if prefixes is None:
        return None
    lowered = sorted({p.lower() for p in prefixes}, key=len)
    kept: list[str] = []
    for p in lowered:  # "detonated " already tests for "detonated a "
        if not any(p.startswith(k) for k in kept):
            kept.append(p)
    return tuple(sorted(kept))


def _usable(strings: set[str] | None) -> bool:
    return bool(strings) and len(strings) <= _GATE_MAX and all(
        len(p) >= _GATE_MIN_CHARS and p.isascii() for p in strings)


def _required(items: list) -> set[str] | None:
    """The most telling set of strings one of which every match holds: the start of the match, or of what follows
    any item every match goes through ("(?:he|the gunman) was killed by police" holds "police"), or one such set
    for each branch of an alternation. None when no usable set is found."""
    best: set[str] | None = None
    for i, (op, arg) in enumerate(items):
        found = [_prefixes(items[i:])[0]]
        if op is _c.SUBPATTERN:
            found.append(_required(list(arg[-1])))
        elif op is _c.BRANCH:
            per_branch = [_required(list(branch)) for branch in arg[1]]
            if all(per_branch):
                found.append(set().union(*per_branch))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
            found.append(_required(list(arg[2])))
        for strings in found:
            if _usable(strings) and (best is None or _score(strings) > _score(best)):
                best = strings
    return best


def _score(strings: set[str]) -> tuple[int, int]:
    """Longer strings are rarer in a text (up to a point); then fewer of them."""
    return min(min(len(p) for p in strings), 6), -len(strings)


def _prefixes(items: list) -> tuple[set[str], bool]:
    """The literal strings a sequence of parsed regex items can start with, and whether they are the whole of
    what it matches (True) or only its start (False). Any smaller answer that still holds is allowed: a match
    always starts with one of the strings."""
    if not items:
        return {""}, True
    (op, arg), rest = items[0], items[1:]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _prefixes(rest)  # zero width
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] == 0:  # "(?:hand )?grenades?": with it or without it
        return _prefixes(list(arg[2]))[0] | _prefixes(rest)[0], False
    if op is _c.LITERAL:
        heads, whole = {chr(arg)}, True
    elif op is _c.IN and arg and all(o is _c.LITERAL for o, _ in arg) and len(arg) <= 4:
        heads, whole = {chr(a) for _, a in arg}, True  # "[Cc]"
    elif op is _c.SUBPATTERN:
        heads, whole = _prefixes(list(arg[-1]))
    elif op is _c.BRANCH:
        found = [_prefixes(list(branch)) for branch in arg[1]]
        heads, whole = set().union(*(f[0] for f in found)), all(f[1] for f in found)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):  # at least once: its start, then anything
        heads, whole = _prefixes(list(arg[2]))[0], False
    else:
        return {""}, False
    if not whole or len(heads) > _GATE_MAX:
        return heads, False
    tails, tails_whole = _prefixes(rest)
    joined = {a + b for a in heads for b in tails}
    return (joined, tails_whole) if len(joined) <= _GATE_MAX else (heads, False)


# Gates by the regex's id, the regex kept beside its gate so that the id stays its own. Not functools.cache: a
# compiled pattern's hash reads its whole compiled program on every call (14 µs for a big lexicon regex, more than
# the scan the gate saves).
_GATES: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
_GATES_MAX = 4096


def _cached_gate(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    entry = _GATES.get(id(regex))
    if entry is None:
        if len(_GATES) >= _GATES_MAX:  # only patterns compiled afresh for each call get here
            _GATES.clear()
        entry = _GATES[id(regex)] = (regex, literal_gate(regex))
    return entry[1]


_recent_gate_text = functools.lru_cache(maxsize=16)(gate_text)  # one clause is gated by many regexes in a row


def may_match(regex: re.Pattern[str], text: str, *, gated: str | None = None) -> bool:
    """False when ``gated`` (``gate_text(text)``, worked out here when not given) lacks every string a match of
    ``regex`` must hold, so that ``regex`` cannot match ``text``; else True."""
    gate = _cached_gate(regex)
    if gate is None:
        return True
    if gated is None:
        gated = _recent_gate_text(text)
    for word in gate:  # a plain loop: any() over a generator costs more than the tests
        if word in gated:
            return True
    return False


def finditer_gated(regex: re.Pattern[str], text: str, *, gated: str | None = None) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, the scan skipped when ``may_match`` says it cannot match: a clause is tested
    against a hundred lexicon regexes and names few of their words."""
    return regex.finditer(text) if may_match(regex, text, gated=gated) else iter(())

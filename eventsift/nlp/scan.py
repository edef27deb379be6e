"""Faster scans with big patterns, each matching exactly what the plain form would.

- ``literal_alternation``: a table of names as one tree of shared prefixes instead of a flat alternation;
- ``finditer_gated``: a regex's scan skipped when the text lacks every string its matches must hold (the gate
  ``literal_gate`` reads from the pattern itself), for the hundreds of lexicon, count and date regexes tried on
  every clause; ``GateFamily`` tells it for a whole table of regexes in one scan.
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
    prefixes = _required(parsed.data, {})
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


def _required(items: list, memo: dict) -> set[str] | None:
    """The most telling set of strings one of which every match holds: the start of the match, or of what follows
    any item every match goes through ("(?:he|the gunman) was killed by police" holds "police"), or one such set
    for each branch of an alternation. None when no usable set is found. ``items`` is a parsed sequence's list;
    ``memo`` keeps the ``_prefixes`` of its suffixes (each is asked for by every item before it)."""
    best: set[str] | None = None
    for i, (op, arg) in enumerate(items):
        found = [_prefixes(items, i, memo)[0]]
        if op is _c.SUBPATTERN:
            found.append(_required(arg[-1].data, memo))
        elif op is _c.BRANCH:
            per_branch = [_required(branch.data, memo) for branch in arg[1]]
            if all(per_branch):
                found.append(set().union(*per_branch))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
            found.append(_required(arg[2].data, memo))
        for strings in found:
            if _usable(strings) and (best is None or _score(strings) > _score(best)):
                best = strings
    return best


def _score(strings: set[str]) -> tuple[int, int]:
    """Longer strings are rarer in a text (up to a point); then fewer of them."""
    return min(min(len(p) for p in strings), 6), -len(strings)


def _prefixes(items: list, start: int, memo: dict) -> tuple[set[str], bool]:
    """The literal strings the parsed sequence ``items[start:]`` can start with, and whether they are the whole of
    what it matches (True) or only its start (False). Any smaller answer that still holds is allowed: a match
    always starts with one of the strings. The sets returned are shared through ``memo``: not to be changed."""
    key = (id(items), start)
    if key not in memo:
        memo[key] = _prefixes_of(items, start, memo)
    return memo[key]


def _prefixes_of(items: list, start: int, memo: dict) -> tuple[set[str], bool]:
    if start >= len(items):
        return {""}, True
    op, arg = items[start]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _prefixes(items, start + 1, memo)  # zero width
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] == 0:  # "(?:hand )?grenades?": with it or without it
        return _prefixes(arg[2].data, 0, memo)[0] | _prefixes(items, start + 1, memo)[0], False
    if op is _c.LITERAL:
        heads, whole = {chr(arg)}, True
    elif op is _c.IN and arg and all(o is _c.LITERAL for o, _ in arg) and len(arg) <= 4:
        heads, whole = {chr(a) for _, a in arg}, True  # "[Cc]"
    elif op is _c.SUBPATTERN:
        heads, whole = _prefixes(arg[-1].data, 0, memo)
    elif op is _c.BRANCH:
        found = [_prefixes(branch.data, 0, memo) for branch in arg[1]]
        heads, whole = set().union(*(f[0] for f in found)), all(f[1] for f in found)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):  # at least once: its start, then anything
        heads, whole = _prefixes(arg[2].data, 0, memo)[0], False
    else:
        return {""}, False
    if not whole or len(heads) > _GATE_MAX:
        return heads, False
    tails, tails_whole = _prefixes(items, start + 1, memo)
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


_NO_MATCHES: tuple[re.Match[str], ...] = ()


def finditer_gated(regex: re.Pattern[str], text: str, *, gated: str | None = None) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, the scan skipped when ``may_match`` says it cannot match: a clause is tested
    against a hundred lexicon regexes and names few of their words."""
    return regex.finditer(text) if may_match(regex, text, gated=gated) else iter(_NO_MATCHES)


def search_gated(regex: re.Pattern[str], text: str, *, gated: str | None = None) -> re.Match[str] | None:
    """``regex.search(text)``, the scan skipped when ``may_match`` says it cannot match."""
    return regex.search(text) if may_match(regex, text, gated=gated) else None


# Past this length a text is gated one regex at a time: a whole report names so many of a table's strings that
# gathering them all costs more than the tests, which stop at a regex's first string found.
FAMILY_MAX_CHARS = 1_000


class GateFamily:
    """Regexes tried one after another on the same text (a lexicon's rows): which of them may match (``may_match``
    for each), told by one scan of the text for the strings of all their gates instead of a test per regex and
    string. Built on first use, so that importing a lexicon stays cheap."""

    def __init__(self, regexes: Iterable[re.Pattern[str]]) -> None:
        self.regexes = tuple(regexes)
        self._always: frozenset[int] = frozenset()
        self._finder: re.Pattern[str] | None = None
        self._passes: dict[str, frozenset[int]] = {}
        self._built = False

    def _build(self) -> None:
        gates = [_cached_gate(regex) for regex in self.regexes]
        self._always = frozenset(i for i, gate in enumerate(gates) if gate is None)
        owners: dict[str, set[int]] = {}
        for i, gate in enumerate(gates):
            for word in gate or ():
                owners.setdefault(word, set()).add(i)
        if owners:
            # at each place in the text the longest gate string that starts there; it holds every shorter one it
            # starts with, whose regexes pass too
            self._finder = re.compile("(?=(" + literal_alternation(owners) + "))")
            self._passes = {word: frozenset(i for k in range(1, len(word) + 1) for i in owners.get(word[:k], ()))
                            for word in owners}
        self._built = True

    def passing(self, text: str, *, gated: str | None = None) -> list[int]:
        """The indices, in order, of the regexes that may match ``text`` (``gated`` is ``gate_text(text)``)."""
        if not self._built:
            self._build()
        if self._finder is None:
            return sorted(self._always)
        if gated is None:
            gated = _recent_gate_text(text)
        if len(gated) > FAMILY_MAX_CHARS:
            return [i for i, regex in enumerate(self.regexes) if may_match(regex, text, gated=gated)]
        found = set(self._always)
        for word in set(self._finder.findall(gated)):
            found |= self._passes[word]
        return sorted(found)


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a regex source at its top level ("a|b(c|d)" -> "a", "b(c|d)"): ``"|".join`` of them
    is the source again."""
    branches, start, depth, i, in_class, class_first = [], 0, 0, 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or i == class_first  # "[]...]", "[^]...]": a "]" first in a class is a letter
        elif ch == "[":
            in_class = True
            class_first = i + 2 if pattern.startswith("^", i + 1) else i + 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


class GatedAlternation:
    """A regex of many alternatives (a table of phrasings) scanned with only the alternatives whose gate the text
    passes (``GateFamily``): an alternative that cannot match anywhere in a text changes none of the alternation's
    matches there, and the engine otherwise tries every one of them at every word of every sentence. Matches are
    the whole pattern's (group numbers aside: use names)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self._branches = top_level_branches(pattern)
        self._family = GateFamily(re.compile(branch, flags) for branch in self._branches)
        self._narrowed = functools.lru_cache(maxsize=512)(self._compile)

    def _compile(self, kept: tuple[int, ...]) -> re.Pattern[str]:
        if len(kept) == len(self._branches):
            return self.pattern
        return re.compile("|".join(self._branches[i] for i in kept), self.pattern.flags)

    def _for(self, text: str) -> re.Pattern[str] | None:
        kept = self._family.passing(text)
        return self._narrowed(tuple(kept)) if kept else None

    def search(self, text: str) -> re.Match[str] | None:
        regex = self._for(text)
        return regex.search(text) if regex is not None else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        regex = self._for(text)
        return regex.finditer(text) if regex is not None else iter(_NO_MATCHES)

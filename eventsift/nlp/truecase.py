"""Readable case for text written all in capitals (MUC-4 reports, wire copy, radio transcripts).

The rules, the sentence splitter, the entity recogniser and the gazetteer's name finder all read case:
"POLICE" is not "police" to them and "SAN MIGUEL" is not a capitalised name. ``truecase()`` gives such a
text a copy of exactly the same length where only the case of ASCII letters changed, so every offset into
the original stays valid:

    decide: which words are names (gazetteer places, acronyms, words after a title, words no English
            dictionary knows), which start a sentence;
    write:  lower everything, then capitalise (or keep in capitals) the words decided on.

Which words are ordinary English comes from word frequencies shipped with ``wordfreq`` (nothing downloaded).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventsift.nlp.scan import literal_alternation

log = logging.getLogger(__name__)

# A text is "in capitals" when more than this share of its letters are capitals. Ordinary news sits at
# 3-10% (headlines and acronyms), the MUC-4 reports at 98-100%; 70% leaves room for mixed-case notes.
UPPER_SHARE = 0.70
# Fewer letters than this say nothing about a text's case ("AK-47", "UN"): the text is left alone.
MIN_LETTERS = 20
# Below this Zipf frequency (wordfreq: 3 is once per million words) a word is taken for a name: names of
# people and places in the MUC-4 reports ("ARCE" 2.2, "MORAZAN" 1.3, "CRISTIANI" 1.3) sit under it, the
# rarer ordinary words of conflict reports ("subversives", "materiel", "clandestine") above it.
NAME_ZIPF = 2.5
# Endings stripped (and what replaces them) to find an inflected ordinary word: "SUBVERSIVES", "AMNESTIES".
INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
               ("ly", ""), ("er", ""), ("est", ""), ("ier", "y"))
# Words rarer than this may be part of a place name and are looked up ("SAN" 5.0, "DEPARTMENT" 5.2,
# "UNITED" 5.1); more common words ("THE", "SAID", "SAME" 5.9) never are.
PROBE_ZIPF = 5.6
# Longest place name looked up, in words ("SAN LUIS DE LA REINA" is 5).
PLACE_MAX_WORDS = 5
# Short tokens in capitals rarer than this are acronyms and stay in capitals ("FMLN" 2.0, "PDC");
# common short words ("ARENA", "ARMY", "SAN") are not.
ACRONYM_ZIPF = 3.0
ACRONYM_MAX_LETTERS = 5
# A one-word gazetteer place more frequent than this as an English word is only a place when the gazetteer
# has it as a country ("WILL", "CAPITAL", "LIBERATION" 3.9 are places somewhere; "SANTIAGO" 3.66 is kept).
PLACE_WORD_ZIPF = 3.7
# The words after a title are a name while they are rarer than this ("MR JOHN SMITH", 5.4 and 4.9, but not
# "PRESIDENT SAID" 6.0 or "PRESIDENT TOLD" 5.5): function and reporting words are above it.
TITLE_NAME_ZIPF = 5.5
# At most this many words after a title are taken as the name ("COL RENE EMILIO PONCE").
TITLE_NAME_WORDS = 3

# Titles before a person's name (lower case, without the full stop of an abbreviation).
TITLES = frozenset(
    "mr mrs ms dr gen general col colonel maj major capt captain lt lieutenant sgt sergeant cpl corporal pvt "
    "adm admiral cmdr commander president vice-president minister senator sen deputy rep representative gov "
    "governor mayor judge justice father fr bishop archbishop monsignor msgr cardinal pope rev reverend sister "
    "brother prof professor ambassador attorney chancellor premier king queen prince princess sheikh mullah "
    "ayatollah comandante commandant".split())
# Lower-case words inside a place name ("SAN LUIS DE LA REINA"); never acronyms.
CONNECTORS = frozenset("de del la las los el da do dos das di des du y e van der von al bin ibn".split())
MONTHS = frozenset("january february april june july august september october november december".split())
# Month names that are also ordinary words: capitalised only next to a number ("3 MAY 90").
AMBIGUOUS_MONTHS = frozenset({"march", "may"})
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Words of direction that are a place's name only with the rest of it ("NORTH CAROLINA", "WEST BANK"): alone,
# before a name ("NORTHEASTERN SAN SALVADOR"), they stay in lower case, though the gazetteer knows some as areas.
DIRECTION_WORDS = frozenset("north south east west northern southern eastern western central northeast northwest "
                            "southeast southwest northeastern northwestern southeastern southwestern".split())
# A word between an article and "of" is a common noun even when somewhere a town bears it ("THE HAMLET OF SAN
# ANDRES", "THE CANTON OF ..."): a one-word place is not read there.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# Words that end a place's name while being common words themselves ("PANAMA CITY", "GUATEMALA CITY"): looked up
# after a rarer word, never alone.
PLACE_TAIL_WORDS = frozenset({"city"})
# A word before a kind of area is that area's name when the gazetteer has an area of its name ("MARKET DEPARTMENT"),
# or, before "municipality", a town ("SUMMIT MUNICIPALITY": a municipality bears its seat's name), however common the
# word is in English; a town's name before "department" stays a word ("THE SUMMIT DEPARTMENT OF THE MINISTRY").
# ... and a word after "the town of" is a town's name when the gazetteer has a town of that name ("THE TOWN OF SUMMIT").
_TOWN_OF_BEFORE = re.compile(r"\b(?:town|city|village|hamlet|municipality|port)\s+of\s+$", re.IGNORECASE)
_AREA_KIND_AFTER = re.compile(r"\s+(?:(?P<municipality>municipality)|department|province|governorate|district)\b",
                              re.IGNORECASE)

# Common given names (events/given_names.txt, the list the place code reads to tell a person from a place).
GIVEN_NAMES_FILE = Path(__file__).resolve().parent.parent / "events" / "given_names.txt"

_LETTER = re.compile(r"[A-Za-z]")
_CAPITAL, _SMALL = re.compile(r"[A-Z]"), re.compile(r"[a-z]")
_SPACE_BETWEEN = re.compile(r"[ \t]+|[ \t]*\n[ \t]*")
_WORD = re.compile(r"[A-Za-z]+")
_UNICODE_WORD = re.compile(r"[^\W\d_]+")
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The first word of a sentence: at the start, after a full stop, a paragraph break, or a dateline dash or
# paragraph start and the bracketed notes after it ("-- [TEXT] THE BATTALION ...", "[RODRIGUEZ] \"WE ...").
_SENTENCE_START = re.compile(
    r"(?:^|[.!?:;][\"')\]]*\s+|(?:--|^\s*|\n\s*\n)(?:\s*\[[^\]]{0,80}\])*)[\s\"'(\[]*([A-Za-z])")
_BRACKETED = re.compile(r"\[[^\]]{1,80}\]")
_CONSONANT_RUN = re.compile(r"[^aeiouy]{3}")
_DOTTED = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]\.){2,}")


@dataclass(slots=True, kw_only=True)
class _Word:
    start: int
    end: int
    key: str  # the word in lower case


# A text's sentence-like pieces, each with the space after it (they join back into the text exactly).
_SENTENCE_PIECE = re.compile(r".+?(?:[.!?]+\s+|\n+|$)", re.DOTALL)
# Letters in ordinary case a text in capitals must hold before only its capitals are truecased: a paragraph.
MIXED_MIN_LETTERS = 200


def is_upper_text(text: str, *, share: float = UPPER_SHARE, min_letters: int = MIN_LETTERS) -> bool:
    """True when more than ``share`` of the ASCII letters of ``text`` are capitals."""
    capitals = len(_CAPITAL.findall(text))  # counted by the regex engine: a report has thousands of letters
    letters = capitals + len(_SMALL.findall(text))
    if letters < min_letters:
        return False
    return capitals > share * letters


def truecase(text: str, *, geocoder=None, share: float = UPPER_SHARE) -> str | None:  # noqa: ANN001
    """A readable copy of an all-capitals ``text`` of exactly the same length, or ``None`` for ordinary text.

    Only ASCII letters change case. ``geocoder`` (``eventsift.geo.Geocoder``) keeps known place names
    capitalised; without it, places are kept only when they are not English words.
    """
    if not is_upper_text(text, share=share):
        return None
    pieces = _SENTENCE_PIECE.findall(text)
    if sum(len(_LETTER.findall(p)) for p in pieces if not is_upper_text(p, share=share, min_letters=1)) >= MIXED_MIN_LETTERS:
        # a page with an article in ordinary case and a transcript in capitals: only the capitals are read anew
        return "".join(_truecase_all(p, geocoder=geocoder) if is_upper_text(p, share=share) else p for p in pieces)
    return _truecase_all(text, geocoder=geocoder)


# A headline in title case ("Five Shot During Party At Elmford Hall"): at least this many words, this share of them
# capitalised.
HEADLINE_MIN_WORDS = 4
HEADLINE_SHARE = 0.75
# In such a headline a capitalised word stays a name when it is this rare in English ("Wapakoneta" 1.5, "Banquet"
# 3.6 is not), or when the gazetteer knows it as a town of this many people ("Dallas" 4.4 in English, a city of a
# million); two or three words together ("New Orleans", "San Miguel") as any populated place of 20,000.
HEADLINE_NAME_ZIPF = 3.5
HEADLINE_TOWN_POPULATION = 100_000
HEADLINE_TOWN_ZIPF = 5.0
HEADLINE_PLACE_POPULATION = 20_000
_HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def truecase_title(text: str, *, geocoder=None) -> str | None:  # noqa: ANN001
    """A readable copy of a headline written in title case, of the same length, or ``None`` when it is not one: the
    rules read "Five Shot During Party At Elmford Hall" as they read "Five shot during party at Elmford hall"."""
    words = list(_HEADLINE_WORD.finditer(text))
    long = [m.group() for m in words if len(m.group()) > 3]
    if len(long) < HEADLINE_MIN_WORDS or sum(w[0].isupper() for w in long) < HEADLINE_SHARE * len(long):
        return None
    names: set[int] = set()
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            chunk = words[i:i + n]
            if len(chunk) == n and all(m.group()[0].isupper() for m in chunk) \
                    and all(text[a.end():b.start()] == " " for a, b in zip(chunk, chunk[1:])) \
                    and _headline_name(text[chunk[0].start():chunk[-1].end()], n, geocoder):
                names.update(m.start() for m in chunk)
                i += n
                break
        else:
            i += 1
    chars = list(text)
    for m in words[1:]:
        word = m.group()
        if m.start() not in names and not (word.isupper() and len(word) > 1):
            chars[m.start()] = chars[m.start()].lower()
    return "".join(chars)


def _headline_name(name: str, words: int, geocoder) -> bool:  # noqa: ANN001
    if words == 1 and zipf(name) < HEADLINE_NAME_ZIPF:
        return True
    if geocoder is None:
        return False
    places = [p for p in geocoder.lookup(name)[:3] if p.name.lower() == name.lower()]
    if words == 1:  # not an everyday word that names a town somewhere ("Man", "Hope")
        return zipf(name) < HEADLINE_TOWN_ZIPF and any(
            p.feature == "city" and (p.population or 0) >= HEADLINE_TOWN_POPULATION for p in places)
    return any(p.feature in ("city", "admin2", "admin1") and (p.population or 0) >= HEADLINE_PLACE_POPULATION
               for p in places)


def _truecase_all(text: str, *, geocoder=None) -> str:  # noqa: ANN001
    words = [_Word(start=m.start(), end=m.end(), key=m.group().lower()) for m in _WORD.finditer(text)]
    capitalised, upper = decide(text, words, geocoder=geocoder)
    # a word with letters beyond ASCII ("ÑANDÚ") is left as written rather than changed in part
    upper.update(i for m in _UNICODE_WORD.finditer(text) if not m.group().isascii()
                 for i in range(m.start(), m.end()) if text[i].isupper())
    return write(text, capitalised=capitalised, upper=upper)


def decide(text: str, words: list[_Word], *, geocoder=None) -> tuple[set[int], set[int]]:  # noqa: ANN001
    """Offsets of letters to write as capitals: (first letters of names and sentences, whole acronyms)."""
    capitalised: set[int] = set()
    upper: set[int] = set()
    for word in words:
        if _is_acronym(text, word):
            upper.update(range(word.start, word.end))
        elif word.key == "i" or _is_calendar(text, word) or _is_name_word(word.key):
            capitalised.add(word.start)
    capitalised.update(_after_titles(words))
    upper.update(_cue_capitals(text))
    places = _place_starts(text, words, geocoder=geocoder)
    capitalised.update(places)
    capitalised.update(m.start(1) for m in _SENTENCE_START.finditer(text))
    capitalised.update(_given_names_before_names(text, words, capitalised, places=places))
    for m in _BRACKETED.finditer(text):  # source notes: "[ARMED FORCES PRESS COMMITTEE, COPREFA]"
        capitalised.update(w.start for w in words if m.start() < w.start < m.end() and w.key not in CONNECTORS)
    for m in _DOTTED.finditer(text):  # "U.S.", "P.M."
        upper.update(range(m.start(), m.end()))
    return capitalised, upper


def write(text: str, *, capitalised: Iterable[int], upper: Iterable[int]) -> str:
    """``text`` in lower case except the letters at the given offsets (ASCII letters only change)."""
    chars = list(text.translate(_LOWER))
    for offset in (*capitalised, *upper):
        if "a" <= chars[offset] <= "z":
            chars[offset] = chars[offset].upper()
    return "".join(chars)


def load_word_frequencies() -> None:
    """Read wordfreq's English list now (a tenth of a second) rather than at the first word looked up."""
    _zipf("the")


def zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale: 0 unknown, 7 "the")."""
    return _zipf(word.lower())


@lru_cache(maxsize=50_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _is_name_word(key: str) -> bool:
    """A word no English dictionary knows well, nor its stem ("MORAZAN" but not "SUBVERSIVES")."""
    if len(key) <= 2 or key in CONNECTORS or zipf(key) >= NAME_ZIPF:
        return False
    return not any(key.endswith(suffix) and zipf(key[:-len(suffix)] + add) >= NAME_ZIPF
                   for suffix, add in INFLECTIONS if len(key) > len(suffix) + 2)


def _is_acronym(text: str, word: _Word) -> bool:
    """A short token in capitals that is no English word ("FMLN", "PDC")."""
    token = text[word.start:word.end]
    if not token.isupper() or not 2 <= len(token) <= ACRONYM_MAX_LETTERS or word.key in CONNECTORS:
        return False
    if word.key in TITLES:
        return False
    if word.start > 0 and text[word.start - 1] in "'’":  # "COUNTRY'S", "DON'T"
        return False
    if not re.search(r"[aeiouy]", word.key):
        return True  # "FMLN", "PDC"
    # rare and unpronounceable: "MRTA", "URNG", "ELN" but not the names "ARCE", "MARTI"
    return zipf(word.key) < ACRONYM_ZIPF and (len(word.key) <= 3 or bool(_CONSONANT_RUN.search(word.key)))


def _is_calendar(text: str, word: _Word) -> bool:
    if word.key in MONTHS or word.key in WEEKDAYS:
        return True
    if word.key not in AMBIGUOUS_MONTHS:
        return False
    return bool(re.search(r"\d\s*$", text[max(0, word.start - 4):word.start])
                or re.match(r"\s*\d", text[word.end:word.end + 4]))


def _after_titles(words: list[_Word]) -> set[int]:
    """The title and the name after it: "PRESIDENT ALFREDO CRISTIANI", "COL RENE EMILIO PONCE"."""
    found: set[int] = set()
    for i, word in enumerate(words):
        if word.key not in TITLES:
            continue
        name = []
        for nxt in words[i + 1:i + 1 + TITLE_NAME_WORDS]:
            if nxt.key in TITLES or zipf(nxt.key) >= TITLE_NAME_ZIPF or len(nxt.key) < 2:
                break
            name.append(nxt.start)
        if name:
            found.add(word.start)
            found.update(name)
    return found


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The common given names, in lower case."""
    return frozenset(line.strip().lower() for line in GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


# A given name rarer than this as an English word ("CARLOS" 4.1, "JOSE" 4.2, "MARIA" 4.3, not "MARK" 5.1, "ROSE" 4.8,
# "WILL" 6.5) is a name before a rare word too ("CARLOS GARCIA"); a more common one only before a capitalised name.
GIVEN_NAME_WORD_ZIPF = 4.5
# A word rarer than this may be a surname after such a given name ("GARCIA" 3.9, "PEREZ" 3.7); verbs ("FLED" 4.05,
# "ESCAPED" 4.2, "ARRIVED" 4.8) and common English surnames ("SMITH" 4.9) are above it.
SURNAME_ZIPF = 4.0
# Endings of ordinary nouns, never of a surname after a given name ("SANTA ANA DETACHMENT", "... MUNICIPALITY").
_NOUN_ENDINGS = ("ment", "ity", "tion", "sion", "ness", "ance", "ence", "ship", "hood", "ism", "ist", "ary", "ory")


def _is_surname(key: str) -> bool:
    """A word rare enough after a given name to be a surname ("GARCIA" 3.9) and no ordinary noun or inflection."""
    if len(key) < 3 or key in CONNECTORS or zipf(key) >= SURNAME_ZIPF or key.endswith(_NOUN_ENDINGS):
        return False
    return not any(key.endswith(suffix) and zipf(key[:-len(suffix)] + add) >= NAME_ZIPF
                   for suffix, add in INFLECTIONS if len(key) > len(suffix) + 2)


def _given_names_before_names(text: str, words: list[_Word], capitalised: set[int], *,
                              places: set[int] = frozenset()) -> set[int]:
    """Given names right before a capitalised name: "CARLOS QUESADA" is "Carlos Quesada", not "carlos Quesada".

    A given name that is also an ordinary word ("MARK", "ROSE", "WILL") is capitalised only so, never alone; a
    run of given names takes its case from the name closing it ("JOSE MARIA QUESADA"), over a middle initial
    too ("CARLOS J. QUESADA"). A given name that is seldom an English word also makes a rare word after it a
    surname ("CARLOS GARCIA"), unless it is part of a place name ("SANTA ANA")."""
    names = given_names()
    found: set[int] = set()
    for i in range(len(words) - 2, -1, -1):
        word, nxt = words[i], words[i + 1]
        if word.key not in names or not _SPACE_BETWEEN.fullmatch(text[word.end:nxt.start]) \
                or nxt.key in MONTHS or nxt.key in WEEKDAYS:  # "THE BILL MONDAY": no surname
            continue
        named = capitalised | found
        if nxt.start in named:
            found.add(word.start)
        elif zipf(word.key) < GIVEN_NAME_WORD_ZIPF and _is_surname(nxt.key) and word.start not in places:
            found.update((word.start, nxt.start))
        elif len(nxt.key) == 1 and i + 2 < len(words) and text[nxt.end:nxt.end + 1] == "." \
                and _SPACE_BETWEEN.fullmatch(text[nxt.end + 1:words[i + 2].start]) and words[i + 2].start in named:
            found.update((word.start, nxt.start))  # "CARLOS J. QUESADA"
    return found


def _place_starts(text: str, words: list[_Word], *, geocoder=None) -> set[int]:  # noqa: ANN001
    """First letters of the words of place names the gazetteer knows ("SAN LUIS DE LA REINA").

    Each run of words that may be part of a name is probed on its own, longest stretch first, so that the
    gazetteer's name finder sees a capitalised name with nothing around it."""
    if geocoder is None:
        return set()
    found: set[int] = set()
    for run in _name_runs(text, words):
        i = 0
        while i < len(run):
            for n in range(min(PLACE_MAX_WORDS, len(run) - i), 0, -1):
                chunk = run[i:i + n]
                if chunk[-1].key in CONNECTORS or not _is_known_place(text, chunk, geocoder):
                    continue
                found.update(w.start for w in chunk if w.key not in CONNECTORS or w is chunk[0])
                i += n
                break
            else:
                i += 1
    return found


def _name_runs(text: str, words: list[_Word]) -> list[list[_Word]]:
    """Runs of adjacent words (spaces or hyphens between them) each rare enough to be part of a name, or a common
    word that ends one ("CITY") after such a word."""
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    for word in words:
        joined = current and re.fullmatch(r"[ \t]*\n?[ \t]*|-", text[current[-1].end:word.start])
        if word.key in PLACE_TAIL_WORDS and joined:
            current.append(word)
        elif word.key in CONNECTORS or zipf(word.key) < PROBE_ZIPF:
            if not joined:
                current = []
                runs.append(current)
            current.append(word)
        else:
            current = []
    return [r for r in runs if r]


def _is_known_place(text: str, chunk: list[_Word], geocoder) -> bool:  # noqa: ANN001
    start, end = chunk[0].start, chunk[-1].end
    probe = write(text[start:end], capitalised=[w.start - start for w in chunk if w.key not in CONNECTORS
                                               or w is chunk[0]], upper=())
    probe = re.sub(r"\s", " ", probe)  # a name a hard-wrapped line breaks ("SAN\nMIGUEL") is one name
    if geocoder.find_toponyms(probe) != [(0, len(probe))]:
        return False
    if len(chunk) > 1:
        return True
    if chunk[0].key in DIRECTION_WORDS or chunk[0].key in PLACE_TAIL_WORDS:
        return False
    if _ARTICLE_BEFORE.search(text[max(0, start - 6):start]) and _OF_AFTER.match(text, end):
        return False  # "THE HAMLET OF ..."
    if (kind := _AREA_KIND_AFTER.match(text, end)) is not None:
        features = ("admin1", "admin2", "city") if kind.group("municipality") else ("admin1", "admin2")
    elif _TOWN_OF_BEFORE.search(text[max(0, start - 20):start]):
        features = ("city",)
    else:
        return _is_place_word(chunk[0].key, geocoder)
    return any(p.feature in features and p.name.lower() == chunk[0].key
               for p in geocoder.lookup(chunk[0].key.title())[:3]) or _is_place_word(chunk[0].key, geocoder)


@lru_cache(maxsize=1)
def _cue_spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names of the country cue table (geo/data/country_cues.tsv: armed groups, forces, nationalities) as that
    table writes them, and a pattern that finds them in any case."""
    from eventsift.geo.sources import country_cues

    names = {cue for cue, _, _ in country_cues()}  # the tree finds the longest name that fits: no order needed
    alternatives = literal_alternation(names, space=r"\s")  # a name may run across a wrapped line
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return pattern, {name.lower(): name for name in names}


def _cue_capitals(text: str) -> set[int]:
    """Offsets of the letters written as capitals in the cue table's spelling of the groups, forces and nationalities
    the text names ("SALVADORAN" is "Salvadoran", "SHINING PATH" "Shining Path", "FMLN" stays in capitals)."""
    pattern, spelling = _cue_spellings()
    found: set[int] = set()
    for m in pattern.finditer(text):
        written = spelling.get(re.sub(r"\s", " ", m.group().lower()))
        if written is not None and len(written) == len(m.group()):
            found.update(m.start() + i for i, ch in enumerate(written) if ch.isupper())
    return found


def _is_place_word(key: str, geocoder) -> bool:  # noqa: ANN001
    """A one-word place name that is not an ordinary word, or a country."""
    if zipf(key) < PLACE_WORD_ZIPF:
        return True
    return any(p.feature == "country" for p in geocoder.lookup(key.title())[:3])

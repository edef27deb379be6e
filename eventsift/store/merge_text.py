"""What one report's event sentences say, reduced to what tells incidents apart: specific words, finer places,
kinds of people and targets, and what names the incident (people, ages, streets, numbered addresses)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from eventsift.documents import dedup
from eventsift.records import Event
from eventsift.store.merge_rules import (
    _RULES, ADMIN_NOUNS, BLOCK, CARE_WORDS, GENERIC_WORDS, NAME_SUFFIXES, NAME_TITLES, NAME_WORDS, NON_PLACES, NOT_PERSON_WORDS,
    PARTICIPANT_GROUPS, PLACE_NOUNS, PLACE_PREPOSITIONS, RECURRING_ROLES, SERIES_CUES, STOPWORDS, STREET_WORDS,
    TARGET_GROUPS,
)


@functools.lru_cache(maxsize=65536)
def _norm(text: str | None) -> str:
    """Lower case, hyphens as spaces, spaces collapsed (read once per text: every pair compared asks again)."""
    return " ".join((text or "").lower().replace("-", " ").split())

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|de|del|e|ul|bin|la|le|du|van|von)\s+)?[A-Z][\w'’-]*)*"
_PLACE_AFTER = re.compile(r"\b(?:" + "|".join(map(re.escape, PLACE_PREPOSITIONS)) + r")\s+(?:the\s+)?(" + _NAME + r")(?:\s+(\w+))?")
_PLACE_BEFORE = re.compile(r"(" + _NAME + r")\s+(" + "|".join(map(re.escape, PLACE_NOUNS)) + r")\b")
# "the village of Salib Qaran", "the neighborhood of Cidade Nova": the place's kind, then its name.
# "shelled Ostrel": a place verb's named object (place_verbs).
_PLACE_OBJECT = re.compile(r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _RULES["place_verbs"])
                           + r")\s+(" + _NAME + r")")
_PLACE_OF = re.compile(r"\b(?:" + "|".join(map(re.escape, PLACE_NOUNS)) + r")\s+of\s+(?:the\s+)?(" + _NAME + r")")


class Said:
    """What one report's event sentences say, reduced to what tells incidents apart.

    Each reading is made the first time a comparison asks for it and kept: most candidate pairs in a large store are
    told apart by their first readings (other people named), and never need the rest (kinds of people, targets,
    specific words, the wording's fingerprint).
    """

    __slots__ = ("text", "geography", "__dict__")

    def __init__(self, text: str, geography: tuple[str | None, ...] = ()) -> None:
        self.text = text  # the event sentences, joined
        self.geography = geography  # the report's own places (location, admin1, admin2, country)

    def __repr__(self) -> str:
        return f"Said({self.text!r})"

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Specific words (stemmed), without the report's own geography."""
        return frozenset(_specific(self.text, self.geography))

    @functools.cached_property
    def all_words(self) -> frozenset[str]:
        """Every word but function words (stemmed)."""
        return frozenset(_words(self.text))

    @functools.cached_property
    def places(self) -> frozenset[str]:
        """Finer place names (villages, neighbourhoods, sites), lower case."""
        return frozenset(_places(self.text))

    @functools.cached_property
    def participants(self) -> frozenset[str]:
        """Kinds of people it happened to or who took part (participant_groups)."""
        return frozenset(_kinds(self.text, _PARTICIPANT_RE))

    @functools.cached_property
    def targets(self) -> frozenset[str]:
        """Kinds of target hit (target_groups)."""
        return frozenset(_kinds(self.text, _TARGET_RE))

    @functools.cached_property
    def series(self) -> bool:
        """The incident is "one of several attacks"."""
        lowered = f" {self.text.lower()} "
        return any(cue.search(lowered) for cue in SERIES_CUES)

    @functools.cached_property
    def _name_sets(self) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
        return _name_sets(self.text)

    @property
    def names(self) -> frozenset[tuple[str, ...]]:
        """People named in full ("jon", "doe") or with a title (("doe",))."""
        return self._name_sets[0]

    @property
    def people(self) -> frozenset[tuple[str, ...]]:
        """Named in full with no title before ("Jon Doe", not "Sgt. Jon Doe")."""
        return self._name_sets[1]

    @functools.cached_property
    def name_stems(self) -> frozenset[str]:
        """Every word of the people it names (names and people), stemmed."""
        return frozenset(_stem(w) for n in self.names | self.people for w in n)

    @functools.cached_property
    def capitalised(self) -> frozenset[str]:
        """Every capitalised word, lower case (a surname said alone: "Doe was ...")."""
        return frozenset(w.lower() for w in _CAPITALISED.findall(self.text))

    @functools.cached_property
    def capitalised_stems(self) -> frozenset[str]:
        """Every capitalised word, stemmed as place names are ("Arden's" -> "arden")."""
        return frozenset(_stem(w) for w in self.capitalised)

    @functools.cached_property
    def lowercase(self) -> frozenset[str]:
        """Words written in lower case somewhere (so not a surname)."""
        return frozenset(w for w in _WORD_RE.findall(self.text) if w.islower())

    @functools.cached_property
    def ages(self) -> frozenset[int]:
        """"a 23-year-old", "Jon Doe, 23,"."""
        return frozenset(int(a or b) for a, b in _AGE.findall(self.text) if 0 < int(a or b) < 100)

    @functools.cached_property
    def streets(self) -> frozenset[str]:
        """"elm street", "300 block of Elm St." -> "elm street"."""
        return frozenset(_streets(self.text))

    @functools.cached_property
    def persons(self) -> frozenset[tuple[str, str]]:
        """Named in full, no title, no role: ("jon", "doe")."""
        return frozenset(_persons(self.text))

    @functools.cached_property
    def addresses(self) -> frozenset[str]:
        """"300 block of Elm St.", "312 Elm Street" -> "300 elm street"."""
        return frozenset(_addresses(self.text))

    @functools.cached_property
    def fingerprint(self) -> bytes:
        """The MinHash signature of the sentences (dedup.fingerprint), for their wording's similarity."""
        return dedup.fingerprint(self.text)


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ies", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD_RE.findall(text) if len(w) > 2 and w.lower() not in STOPWORDS}


def _specific(text: str, geography: Iterable[str | None]) -> set[str]:
    """Words that say which incident this is: not function words, not every incident's vocabulary, not the place."""
    geo = set().union(*(_words(g) for g in geography if g)) if geography else set()
    return {w for w in _words(text) if w not in GENERIC_WORDS and _stem(w) not in geo}


# A place name whose every word is this short ("U" of "U.S.", "D" of "D.C.", "St" of "St.") is an abbreviation cut at
# its dots, not a name.
ABBREVIATION = 2


# Where a suspect was caught is no place of the incident: "the suspect ... has been arrested in Mississippi" (as the
# coder reads it, ``assemble._arrest_places``).
_ARRESTED_BEFORE = re.compile(r"\b(?:arrested|apprehended|detained|caught|captured|taken\s+into\s+custody|booked|jailed|"
                              r"extradited|found\s+hiding)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _places(text: str) -> set[str]:
    """Names a sentence gives as a place finer than a district: "in Malgir", "Cidade Nova neighborhood"."""
    found: set[str] = set()
    for match in _PLACE_AFTER.finditer(text):
        after = (match.group(2) or "").lower()
        if after not in ADMIN_NOUNS and not _ARRESTED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            found.add(match.group(1))
    for match in _PLACE_BEFORE.finditer(text):
        found.add(match.group(1))
    for match in (*_PLACE_OF.finditer(text), *_PLACE_OBJECT.finditer(text)):
        found.add(match.group(1))
    out = set()
    for name in found:
        words = [w for w in _WORD_RE.findall(name) if w.lower() not in STOPWORDS]
        norm = " ".join(_stem(w) for w in words)
        if (norm and norm not in NON_PLACES and not all(_stem(w) in GENERIC_WORDS for w in words)
                and not any(w.lower() in CARE_WORDS for w in words) and max(map(len, words)) > ABBREVIATION):
            out.add(norm)  # not "in the U.S. capital", "in D.C.": an abbreviation's letters name no finer place
    return out


# A capitalised word; a surname's prefix may carry a capital of its own ("McNeal", "O'Dell", "DeShawn", "LaToya").
_CAP = r"(?:Ma?c(?=[A-Z])|[DO]['’](?=[A-Z])|D[aei](?=[A-Z])|L[ae](?=[A-Z]))?[A-Z][a-z]+(?:['’-][A-Za-z]+)?"
# A run of capitalised words, with an initial or a nickname in quotation marks inside it ("Jon Q. Doe", 'Jon "JD" Doe').
_NAME_RUN = re.compile(rf"\b{_CAP}(?:\s+(?:[A-Z]\.\s+|[\"“]{_CAP}[\"”]\s+)?{_CAP})+\b")
_TITLED = re.compile(r"\b(?:" + "|".join(sorted((t.capitalize() for t in NAME_TITLES), key=len, reverse=True))
                     + rf")\.?\s+({_CAP}(?:\s+{_CAP})*)")
_CAPITALISED = re.compile(rf"\b{_CAP}\b")
_AGE = re.compile(r"\b(\d{1,2})[- ]years?[- ]old\b|(?<=[A-Za-z]),\s*(\d{1,2})\s*,")
_STREET_KIND = {"st": "street", "ave": "avenue", "rd": "road", "blvd": "boulevard", "dr": "drive", "ln": "lane",
                "pl": "place", "ct": "court", "pkwy": "parkway", "hwy": "highway"}
_STREET = re.compile(rf"\b((?:{_CAP}\s+){{1,3}})(" + "|".join(w.capitalize() for w in STREET_WORDS) + r")\b\.?")


_POSSESSIVE = re.compile(r"['’]s?$")


def _name_word(word: str) -> bool:
    low = word.lower().replace("’", "'")
    # A title is no part of a name, written with its stop or without ("Pastor Rev Jon Doe": Jon Doe, titled).
    return low not in NAME_WORDS and low not in STOPWORDS and low not in GENERIC_WORDS and low not in NAME_TITLES


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(NAME_TITLES, key=len, reverse=True)) + r")\.?\s*$", re.IGNORECASE)


def _names(text: str, *, untitled: bool = False) -> set[tuple[str, ...]]:
    """People named in full ("Jon Q. Doe" -> ("jon", "doe")) or with a title ("Officer Doe" -> ("doe",)), lower case.

    ``untitled``: only people named in full with no title or office before them (victims and suspects are
    named so; officers and spokespeople, whom outlets quote in turn, carry their title).
    """
    names, people = _name_sets(text)
    return set(people if untitled else names)


def _run_words(run: str) -> list[str]:
    """The words of a capitalised run, without its initials and its nickname in quotation marks; one apostrophe for
    both an outlet's curly one and another's straight one ("O’Dell", "O'Dell")."""
    return [w.replace("’", "'") for w in run.split() if not w.endswith(".") and w[0] not in "\"“"]


def _name_sets(text: str) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(every name, the untitled ones) of ``_names``, read in one pass over the text."""
    found, untitled = set(), set()
    for match in _NAME_RUN.finditer(text):
        segment: list[str] = []  # the run split at words that are not names ("Police Chief | Tom Harris")
        titled = bool(_TITLE_BEFORE.search(text[max(0, match.start() - 12):match.start()]))
        for word in [*_run_words(match.group(0)), ""]:
            if word and _name_word(word):
                segment.append(word)
                continue
            if len(segment) >= 2:
                name = tuple(_POSSESSIVE.sub("", w).lower() for w in segment)  # "Jon Doe's family": Doe
                found.add(name)
                if not titled:
                    untitled.add(name)
            segment = []
            titled = True  # a name after other words of the run ("Police Chief Tom Harris") has an office before it
    for match in _TITLED.finditer(text):
        last = match.group(1).split()[-1]
        if _name_word(last):
            found.add((last.lower(),))
    return frozenset(found), frozenset(untitled)


def _streets(text: str) -> set[str]:
    out = set()
    for match in _STREET.finditer(text):
        words = [w.lower() for w in match.group(1).split()]
        while len(words) > 1 and words[0] in NAME_WORDS:
            words = words[1:]  # "Police ... Main Street", "North Elm Street": the street's own name
        kind = match.group(2).lower()
        out.add(" ".join(words) + " " + _STREET_KIND.get(kind, kind))
    return out


_ROLE_AFTER = re.compile(r"^\s*,?\s*(?:(?:a|an|the|who is|who was)\s+)?(?:[\w'’-]+\s+){0,3}?(" + "|".join(
    sorted(RECURRING_ROLES, key=len, reverse=True)) + r")s?\b", re.IGNORECASE)
_ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(RECURRING_ROLES, key=len, reverse=True)) + r")s?\s*,?\s*$", re.IGNORECASE)
_ADDRESS = re.compile(r"\b(\d{1,5})(?:\s+block\s+of)?\s+((?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|"
                      rf"(?:{_CAP}\s+){{1,3}}))(" + "|".join(w.capitalize() for w in STREET_WORDS) + r")\b")


_PLACE_BEFORE_NAME = re.compile(r"(?:\b(?:" + "|".join(PLACE_PREPOSITIONS) + r"|into|toward|towards|across|through)\s+(?:the\s+)?|\b[Tt]he\s+)$")
# Where a name is a place's however it is written elsewhere in the text: "the neighborhood of X", "the city of X",
# "downtown X", "miles north of X".
_PLACE_OF_NAME = re.compile(r"(?:\b(?:" + "|".join(PLACE_NOUNS + ("city", "town", "county", "state")) + r")\s+of\s+(?:the\s+)?"
                            r"|\b(?:downtown|uptown|suburban)\s+|\b(?:miles|km|kilometers|kilometres)\s+(?:\w+\s+)?of\s+)$",
                            re.IGNORECASE)


# What a person's name with a possessive after a place preposition is the place of: "at Jon Doe's home".
_HOME_AFTER = re.compile(r"\s+(?:" + "|".join(_RULES["home_words"]) + r")\b")
# A capitalised run in quotation marks of its own ("the app “Where The Shots Are”", a film's or a campaign's title, with
# perhaps a short code after a dash) is a title, not a person named in full.
_QUOTE_OPEN = re.compile(r"[\"“]$")
_QUOTE_CLOSE = re.compile(r"\s*(?:[-–]\s*[A-Z]{1,4}\s*)?[\"”]")


# A person's home town after the name: "of" and one or two capitalised words, then a stop, a comma or a lower-case word
# ("Jon Doe of Millbrook was charged", "Jon Doe of East Millbrook."), not a group's "of the ..." or longer name.
_HOME_TOWN = re.compile(rf"\s+of\s+{_CAP}(?:\s+{_CAP})?(?:[.,;]|\s+[a-z])")


def _persons(text: str) -> set[tuple[str, str]]:
    """People named in full with no title before them, the name ending its run of capitalised words and no recurring
    role next to it: ("jon", "doe") for "Jon Q. Doe, 23," but not "Advocate Christ Medical Center", "Sgt. Jon Doe" or
    "Jon Doe, a police spokesman" (whom outlets quote about incident after incident)."""
    found, places = set(), set()
    for match in _NAME_RUN.finditer(text):
        words = _run_words(match.group(0))
        while len(words) > 2 and words[-1].lower() in NAME_SUFFIXES:
            words.pop()  # "Jon Doe Jr.": the name is Jon Doe, as "Jon Doe" elsewhere
        if (len(words) < 2 or len(words) > 4 or any(_POSSESSIVE.search(w) for w in words[:-1])
                or not all(_name_word(w) and w.lower() not in NOT_PERSON_WORDS for w in words)):
            continue  # a run with an institution's or a place's word, or too long to be one person's name
        before, after = text[max(0, match.start() - 40):match.start()], text[match.end():match.end() + 60]
        if _TITLE_BEFORE.search(before[-12:]) or _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after) or before.endswith("By "):
            continue
        if _QUOTE_OPEN.search(before) and _QUOTE_CLOSE.match(after):
            continue  # a title in quotation marks
        if re.match(r"\s*(?:&|and)\s+[A-Z]|['’]s?\s+[A-Z]|\s+of\b", after) and not _HOME_TOWN.match(after):
            continue  # "Smith & Wesson", "Khorasan Chapter of ...": a firm, a group; not "Jon Doe of Millbrook," (his town)
        last = _POSSESSIVE.sub("", words[-1])  # "Jon Doe's family": the name is Doe
        if _PLACE_OF_NAME.search(before):
            places.add((words[0].lower(), last.lower()))
            continue
        if _PLACE_BEFORE_NAME.search(before) and not (_POSSESSIVE.search(words[-1]) and _HOME_AFTER.match(after)):
            # "at Jantar Mantar": a place; but "at Jon Doe's home" names the person whose home it is. A name the text
            # writes as a place once is a place wherever else it stands ("Port Alder police said", "in Port Alder").
            places.add((words[0].lower(), last.lower()))
            continue
        found.add((words[0].lower(), last.lower()))
    return found - places


# "the 1400 block of Larkin", "the 700 block of North Velder", "the 900 block of K Street": reporters name a block
# with or without the street's kind, and a numbered or lettered street too; the block and the street's name are the key.
_BLOCK_OF = re.compile(r"\b(\d{1,5})\s+block\s+of\s+(?:the\s+)?((?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
                       rf"(?:\d{{1,3}}(?:st|nd|rd|th)\b|[A-Z]\b(?!\.)|{_CAP}(?:\s+{_CAP}){{0,2}}))")


_DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}


def _addresses(text: str) -> set[str]:
    """Numbered addresses as their block: "312 Elm St." and "the 300 block of Elm Street" -> "300 elm street"; a block
    named with or without the street's kind ("the 1400 block of Larkin (Street)") also gives "block 1400 larkin"."""
    out = set()
    for match in _ADDRESS.finditer(text):
        number = int(match.group(1))
        words = [w.lower().rstrip(".") for w in match.group(2).split()]
        kind = match.group(3).lower()
        out.add(f"{number // BLOCK * BLOCK} {' '.join(words)} {_STREET_KIND.get(kind, kind)}")
    for match in _BLOCK_OF.finditer(text):
        words = [_DIRECTIONS.get(w, w) for w in (w.lower().rstrip(".") for w in match.group(2).split())]
        cut = next((i for i, w in enumerate(words) if i and w in STREET_WORDS), len(words))
        words = words[:cut]  # "Larkin Street", "Main Street East": the street's own name
        out.add(f"block {int(match.group(1)) // BLOCK * BLOCK} {' '.join(words)}")
    return out


def _group_patterns(groups: dict[str, tuple[str, ...]]) -> list[tuple[re.Pattern[str], str]]:
    # Longest terms first, so "media worker" is read before "worker".
    terms = sorted(((term, group) for group, words in groups.items() for term in words), key=lambda tg: -len(tg[0]))
    return [(re.compile(r"\b" + re.escape(term) + r"(?:s|es)?\b"), group) for term, group in terms]


_PARTICIPANT_RE = _group_patterns(PARTICIPANT_GROUPS)
_TARGET_RE = _group_patterns(TARGET_GROUPS)


def _kinds(text: str, patterns: list[tuple[re.Pattern[str], str]]) -> set[str]:
    """The groups a text names ("teachers", "a woman", "security personnel"; "a clinic")."""
    lowered, found = text.lower(), set()
    for pattern, group in patterns:
        if pattern.search(lowered):
            found.add(group)
            lowered = pattern.sub(" ", lowered)
    return found


@functools.lru_cache(maxsize=4096)
def _said(sentences: tuple[str, ...], geography: tuple[str | None, ...]) -> Said:
    return Said(" ".join(sentences), geography)


def said(report: Event) -> Said | None:
    """The report's event sentences, or None when it carries no evidence."""
    sentences = tuple(dict.fromkeys(e.sentence for e in report.evidence if e.sentence and e.document_id == report.document_id))
    if not sentences:
        sentences = tuple(dict.fromkeys(e.sentence for e in report.evidence if e.sentence))
    if not sentences:
        return None
    return _said(sentences, (report.location, report.admin1, report.admin2, report.country))

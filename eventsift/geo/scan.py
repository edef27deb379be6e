"""Finding place names in running text: known names the NER model may have missed, and unknown names the text
puts inside a known place ("shelled Kansafra in Idleb")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from eventsift.geo.enclosure import APPOSED_AREA, ENCLOSED_BY, ENCLOSED_THROUGH_UNKNOWN, KIND_WORD
from eventsift.geo.normalize import ARTICLES, area_words_in, bare_key, name_key

if TYPE_CHECKING:
    from eventsift.geo.index import GazetteerIndex

# find_toponyms: a town must have this many people to be matched in running text, so capitalised common
# words that are also hamlets ("Police", "Mission") are not taken for places. Admin areas and countries
# always match.
FIND_MIN_POPULATION = 5_000
# A one-word town name at least this common in English (wordfreq Zipf: "bank" 5.2, "arab" 4.4, "paris" 4.8, "kabul"
# 3.4) is taken from running text only for a city of FIND_COMMON_WORD_POPULATION or more.
COMMON_WORD_ZIPF = 4.3
FIND_COMMON_WORD_POPULATION = 500_000
# ... but right after "in" and before the sentence goes on in lower case or stops ("shot in Mobile on Friday", "a
# shooting in Columbia."), a one-word name that is a city this big is the city: the reader needs no more to tell it
# from the word (the name then neither starts a longer capitalised name, "Mobile Bay", nor owns anything, "Jackson's").
COMMON_WORD_TOWN_AFTER_IN_POPULATION = 100_000
_IN_BEFORE = re.compile(r"\bin\s+$")
# ... and so is one with its own police ("Independence police said", "the Mobile Police Department"): a word has none.
_OWN_POLICE_AFTER = re.compile(r"\s+(?:[Pp]olice|PD)\b")
_PLAIN_AFTER = re.compile(r"(?:[.,;:!?]|\s+[a-z]|\s*$)")
# Words of a town's name that say what kind of place it is, common words that do not make the name one.
_TOWN_KIND_WORDS = frozenset({"city", "town", "township", "village", "borough"})
# A name of one to three capitalised words right after "in" (find_home_towns).
_HOME_TOWN_AFTER_IN = re.compile(r"\bin\s+(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})\b")
# ... and after a street's name and "in" ("the home on Garfield Drive in Holiday", "the 200 block of Main Street in
# Union."), a one-word name that is a town of FIND_MIN_POPULATION or more is the town: an address is followed by its
# town.
_STREET_IN_BEFORE = re.compile(r"\b(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|"
                               r"Highway|Hwy|Parkway|Pkwy|Circle|Terrace|Trail)\.?\s+in\s+$")
# A city found in running text under one of its GeoNames alternate names must be this big: alternates include
# translations and old names, which small places share with ordinary words and people.
FIND_ALTERNATE_POPULATION = 100_000
# Longest place name, in words, that find_toponyms tries ("Dera Ismail Khan", "Deir ez Zor", "Sar-e Pol").
FIND_MAX_WORDS = 5
# Lower-case words allowed inside a capitalised place name.
_CONNECTORS = {"&", "al", "el", "ez", "as", "ar", "ad", "e", "i", "of", "de", "la", "le", "da", "du", "ul", "bin", "ibn",
               "do", "dos", "das", "del", "di", "des", "los", "las", "y", "van", "der"}
_WORD = re.compile(r"[A-Z][\w'’.\-]*|[a-z]+(?:-(?=[A-Z]))?|&|(?<=[A-Za-z] )\d{1,2}(?= [A-Z])")  # "South 24 Parganas"
# An unknown capitalised name after a locative word, and the gap to the known place after it (checked against
# ENCLOSED_BY): find_enclosed_names. Arabic articles may lead ("al-Shamsani"); up to four words.
_LOCATIVE_WORD = re.compile(
    r"\b(?i:in|at|near|outside(?:\s+of)?|around|towards?|into|on|shelled|attacked|targeted|stormed|raided|bombed|struck|hit|"
    r"captured|seized|besieged)\s+(?:the\s+)?(?:(?i:rural|northern|southern|eastern|western|central)\s+)?"
    r"(?:(?:(?:[a-z]+-[a-z]+|small|nearby|remote|besieged|restive|tiny|neighbou?ring|border)\s+){0,2}?"
    r"(?i:village|town|city|area|camp|outskirts|vicinity|countryside|neighbou?rhood)"
    r"\s+of\s+)?(?=[A-Za-z])"  # "in the rebel-held town of", "in the small village of"
)
_NAME_THEN_GAP = re.compile(
    r"(?P<name>(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w'’]*(?:[ -](?:(?:al|el|ad|an|ar|as|ash|at|az|de|del|la|e|i|"
    r"ul|bin|los|las|do|da|dos|das|er)[ -]){0,2}[A-Z][\w'’]*){0,3})(?P<gap>[^.;:!?]{1,80})"
)
_ENCLOSED_WINDOW = 160
# Words right before a name that make it a place whatever the town's size: find_toponyms takes hamlets after them
# (checked on ACLED 2020 and MUC-4: adding "in"/"at" gained 0.001 on ACLED and lost as much on MUC-4's surnames).
_LOCATIVE_BEFORE = re.compile(
    r"(?:\bnear|\b(?:villages?|towns?|area|outskirts|vicinity|settlements?) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or the kind of place after it, in lower case: "at the entrance to Elmgoye town", "Ashby village".
_LOCATIVE_AFTER = re.compile(r"\s+(?:town|village|city|hamlet|settlement)\b")
# ... or a kind of area after it: "in Tank district", "Swat tehsil", "Bannu division": a town named like an English word
# ("tank", "swat") is the town when the text says what kind of area it is.
_AREA_KIND_AFTER = re.compile(r"\s+(?:district|tehsil|taluka|sub-?division|division|agency|county|province)\b")
# ... and "area" right after a name told with no article after "in": "militants attacked a post in Tank area"
_AREA_AFTER = re.compile(r"\s+area\b")
# A state written after a town's name the AP's way, with its dots ("Hollowbrook, Mo.", "Elmtown, N.C."): the state is named
# whatever the town's size (a town the gazetteer lacks is then placed in the state).
_WRITTEN_STATE_AFTER_TOWN = re.compile(
    r"\b[A-Z][a-z'’-]+,\s(?P<abbr>[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.\s?[A-Z]\.)(?![\w.])"
    # "in Rampur (UP)", "Solan (HP)": a short form in brackets right after a name, which no English word is
    r"|\b[A-Z][a-z'’-]+\s\((?P<code>[A-Z]{2,3})\)")
# The wire service whose credit follows a dateline ("ELMTOWN, Texas (AP) -"), not Andhra Pradesh.
_AGENCY_CODES = frozenset({"AP"})


def _agency_or_acronym(text: str, end: int, code: str) -> bool:
    """A short form in brackets that is not a state's: a wire service's credit, or the initials of the words before it
    ("the Elmshire Rifles (ER)", "Member of Parliament (MP)")."""
    if code in _AGENCY_CODES:
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[max(0, end - 80):end]) if w[0].isupper()]
    return "".join(w[0] for w in words[-len(code):]) == code


# Words after a name that make it an area: "Idleb countryside", "Kunar province".
AREA_AFTER = re.compile(
    r"^\s+(?:countryside|province|governorate|district|region|oblast|state|department|county|prefecture|agency)\b",
    re.IGNORECASE,
)
# ... or with the kind before it: "the central state of Guanajuato", "the province of Kunar" (the area, not its seat)
AREA_OF_BEFORE = re.compile(r"\b(?:state|province|governorate|department|region|prefecture|oblast|emirate)\s+of\s+$",
                            re.IGNORECASE)
# ... and a name in a list the kind of area closes, in the plural: "in Kunduz and Baghlan provinces", "Idlib, Hama and
# Aleppo governorates" (each name is an area's, not its namesake town's).
AREAS_LIST_AFTER = re.compile(
    r"^(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*(?:\s*,)?(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"\s+(?:provinces|governorates|districts|regions|oblasts|states|departments|counties|prefectures)\b")


class TextScanner:
    """Place names in running text, by the index: ``find_toponyms``, ``find_enclosed_names``. Cached by text."""

    def __init__(self, index: GazetteerIndex, *, cue_pattern: re.Pattern[str]) -> None:
        self._index = index
        self._cue_pattern = cue_pattern
        self._is_known_place = lru_cache(maxsize=20_000)(self._known_place)
        self._is_known_hamlet = lru_cache(maxsize=20_000)(self._known_hamlet)
        self._is_common_word_city = lru_cache(maxsize=20_000)(self._common_word_city)
        self._is_area_seat = lru_cache(maxsize=20_000)(self._area_seat)
        self._is_home_hamlet = lru_cache(maxsize=20_000)(self._home_hamlet)
        self._find_toponyms_cached = lru_cache(maxsize=4_096)(self._find_toponyms)

    def find_toponyms(self, text: str) -> list[tuple[int, int]]:
        """Spans of capitalised known place names (longest match first) that the NER model may have missed.
        Cached by text: the pipeline asks once to decide whether a sentence needs the model, then for its places."""
        return list(self._find_toponyms_cached(text))

    def _find_toponyms(self, text: str) -> tuple[tuple[int, int], ...]:
        words = list(_WORD.finditer(text))
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            # a name starts capitalised, or with an Arabic article before a capitalised word ("al Bab", "el Mina")
            if not words[i].group()[0].isupper() and not (
                    words[i].group().rstrip("-") in ARTICLES and i + 1 < len(words)
                    and words[i + 1].group()[0].isupper() and _contiguous(text, words[i : i + 2])):
                i += 1
                continue
            matched = 0
            # ("Yemen's Hodeidah province": a name after a known place's possessive is a name of its own)
            owned = bool(spans) and text[spans[-1][1]:words[i].start()] in ("'s ", "’s ")
            for n in range(min(FIND_MAX_WORDS, len(words) - i), 0, -1):
                chunk = words[i : i + n]
                if not chunk[-1].group()[0].isupper() or not _contiguous(text, chunk):
                    continue
                if any(not w.group()[0].isupper() and w.group().rstrip("-") not in _CONNECTORS
                       and not (w.group() == "and" and 0 < k < len(chunk) - 1)
                       and not (w.group().isdigit() and 0 < k < len(chunk) - 1) for k, w in enumerate(chunk)):
                    continue  # "and" only inside a name the gazetteer knows whole ("Sistan and Baluchestan"), and a
                    # number too ("South 24 Parganas")
                start, end = chunk[0].start(), chunk[-1].end()
                if text[end - 2 : end] in ("'s", "’s"):  # "Beirut's Hamra district"
                    end -= 2
                while end > start and text[end - 1] in ".-'’":
                    end -= 1
                known = (self._is_known_place(text[start:end]) or self._named_area(text, start, end)
                         or ((bool(_LOCATIVE_BEFORE.search(text[max(0, start - 25) : start]))
                              or bool(_LOCATIVE_AFTER.match(text, end)))
                             and self._is_known_hamlet(text[start:end]))
                         or (n == 1 and (bool(_IN_BEFORE.search(text[max(0, start - 4) : start]))
                                         and bool(_PLAIN_AFTER.match(text, end)) or bool(_OWN_POLICE_AFTER.match(text, end)))
                             and self._is_common_word_city(text[start:end]))
                         or ((bool(_AREA_KIND_AFTER.match(text, end)) or n == 1 and bool(
                             _IN_BEFORE.search(text[max(0, start - 4) : start])) and bool(_AREA_AFTER.match(text, end)))
                             and self._is_area_seat(text[start:end]))
                         or (n == 1 and bool(_STREET_IN_BEFORE.search(text[max(0, start - 16) : start]))
                             and bool(_PLAIN_AFTER.match(text, end))
                             and self._is_common_word_city(text[start:end], FIND_MIN_POPULATION)))
                if known and (owned or not _inside_longer_name(text, start, end)):
                    spans.append((start, end))
                    matched = n
                    break
            i += matched or 1
        for m in _WRITTEN_STATE_AFTER_TOWN.finditer(text):  # "in Hollowbrook, Mo.": the state of a town of any size
            group = "abbr" if m.group("abbr") else "code"
            start, end = m.start(group), m.end(group)
            if group == "code" and _agency_or_acronym(text, m.start(group) - 2, m.group(group)):
                continue
            if self._index.is_area_abbreviation(m.group(group)) and not any(a < end and start < b for a, b in spans):
                spans.append((start, end))
        return tuple(sorted(spans))

    def find_home_towns(self, text: str, *, country: str, admin1: str | None = None) -> list[tuple[int, int]]:
        """Spans of small towns of a local outlet's home area, right after "in" and before the sentence goes on in
        lower case or stops ("a drive-by shooting in Elmvale on Friday"): too small for running text in general
        (FIND_MIN_POPULATION), the outlet's own area's town when it is the only town of that name there (in its state,
        else, for a story from another state, in its country) and its words are rare in English."""
        out = []
        for m in _HOME_TOWN_AFTER_IN.finditer(text):
            words = list(re.finditer(r"\S+", m.group("name")))
            for n in range(len(words), 0, -1):  # "in Elmvale Borough Sunday": the longest name the area has
                start, end = m.start("name"), m.start("name") + words[n - 1].end()
                if (_PLAIN_AFTER.match(text, end) or _CALENDAR_OR_AREA_AFTER.match(text, end)) \
                        and self._is_home_hamlet(text[start:end], country, admin1):
                    out.append((start, end))
                    break
        return out

    def _home_hamlet(self, name: str, country: str, admin1: str | None) -> bool:
        key = name_key(name)
        rest = " ".join(w for w in key.split() if w not in _TOWN_KIND_WORDS)  # "Elmvale City": its name is "Elmvale"
        if not key or not rest or key in self._index.not_places or name.isupper() or _CALENDAR_WORD.fullmatch(name) \
                or not self._rare_words(rest):
            return False
        towns = [c for c in self._index.by_key(key, (0,)) if c.feature == "city" and c.country_code == country]
        towns = [c for c in towns if c.admin1 == admin1] or towns  # a wire story from another state ("in Elmvale")
        return len(towns) == 1 and towns[0].population < FIND_MIN_POPULATION

    def find_enclosed_names(self, text: str, known: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of capitalised names the gazetteer does not know that the text puts inside a known place, after a
        locative word: "shelled Kansafra in Idleb", "near Ein Issa town in Ar-Raqqa countryside". Resolution then
        tries the looser keys within the area's country, else codes the area standing in (geo_precision 2)."""
        out: list[tuple[int, int]] = []
        for start, _ in known:
            window = max(0, start - _ENCLOSED_WINDOW)
            before = text[window:start]
            match = None
            for word in reversed(list(_LOCATIVE_WORD.finditer(before))):  # the nearest locative word that fits
                found = _NAME_THEN_GAP.fullmatch(before, word.end())
                if found and (ENCLOSED_BY.match(found.group("gap")) or ENCLOSED_THROUGH_UNKNOWN.match(found.group("gap"))
                              or APPOSED_AREA.match(found.group("gap"))):
                    match = found
                    break
            if match is None:
                continue
            a, b = window + match.start("name"), window + match.end("name")
            name = text[a:b]
            # a known name that only begins the longer one ("in Elmtown Heights, Marlow" where the model found
            # "Elmtown") does not stop it: the longer name, a hamlet too small for running text or one the gazetteer
            # lacks, is the place
            overlaps = [(s, e) for s, e in known if s < b and a < e]
            if overlaps and all(s == a and e < b and _longer_name_rest(text[e:b])
                                and not is_common_word(name_key(text[e:b].split()[-1])) for s, e in overlaps):
                overlaps = []
            if (overlaps or name.isupper() or name_key(name) in self._index.not_places
                    or self._cue_pattern.fullmatch(name)):
                continue
            out.append((a, b))
        return out

    def _named_area(self, text: str, start: int, end: int) -> bool:
        """A word kept out of running text ("Southern", "North") that an area word follows: "Southern governorate"."""
        return bool(AREA_AFTER.match(text[end : end + 20])) and any(
            c.feature in ("admin1", "admin2") for c in self._index.by_key(name_key(text[start:end]), (0,)))

    def _known_hamlet(self, name: str) -> bool:
        """A town of any size, for a name right after "near" or "village of": one whose every word is rare in English
        ("Pisky", "Novoluhanske"), so "near Mission" stays a word. Not after "in" or "at": there the rare words are
        as often people's names ("in Perez's house")."""
        key = name_key(name)
        if not key or key in self._index.not_places or (len(name) > 1 and name.isupper()):
            return False
        if not self._rare_words(key):
            return False
        # (or a town under another of its spellings, one of some size: "on the outskirts of Afgoye" for Afgooye)
        return any(c.feature == "city" for c in self._index.by_key(key, (0,))) or any(
            c.feature == "city" and c.population >= FIND_MIN_POPULATION for c in self._index.by_key(key, (3,)))

    def _area_seat(self, name: str) -> bool:
        """A town of FIND_MIN_POPULATION or more, or an area, under its own name, whatever its word means in English
        ("Tank" before "district"); never an acronym nor a word kept out of running text."""
        key = name_key(name)
        if not key or key in self._index.not_places or (len(name) > 1 and name.isupper()):
            return False
        return any(c.feature != "city" or c.population >= FIND_MIN_POPULATION for c in self._index.by_key(key, (0,)))

    def _common_word_city(self, name: str, min_population: int = COMMON_WORD_TOWN_AFTER_IN_POPULATION) -> bool:
        """A one-word city of ``min_population`` or more (COMMON_WORD_TOWN_AFTER_IN_POPULATION after "in"; a town of
        FIND_MIN_POPULATION after an address, see _STREET_IN_BEFORE), under its own name ("Mobile", "Columbia"), also
        when the word is otherwise kept out of running text (data/not_places.tsv), a month's name aside."""
        key = name_key(name)
        if not key or (len(name) > 1 and name.isupper()) or _CALENDAR_WORD.fullmatch(name) or name == "May":
            return False
        return any(c.feature == "city" and c.population >= min_population for c in self._index.by_key(key, (0,)))

    def _known_place(self, name: str) -> bool:
        key = name_key(name)
        if not key or key in self._index.not_places:
            return False
        # An acronym ("NATO", "ASHA") is an organisation unless it names an area ("KP", "FATA", "UAE").
        acronym = len(name) > 1 and name.isupper()
        cands = self._index.by_key(key, (0,)) or self._same_but_articles(name)
        if any(c.feature != "city" for c in cands):
            return True
        # a town named like a common English word ("Bank", "Arab", "Union", "Mobile") is left to the model, unless
        # it is a big city ("London" and "Paris" are common words too)
        common = " " not in key and is_common_word(key)
        if any(c.population >= FIND_MIN_POPULATION and not acronym
               and (not common or c.population >= FIND_COMMON_WORD_POPULATION) for c in cands):
            return True
        # a big city under a spelling GeoNames keeps as an alternate ("Larissa" for Larisa), if not an English word
        return not acronym and any(c.feature == "city" and c.population >= FIND_ALTERNATE_POPULATION
                                   for c in self._index.by_key(key, (3,))) and self._rare_words(key)

    def _same_but_articles(self, name: str) -> tuple:
        """Towns whose own name differs from ``name`` only by Arabic articles ("Qamishli" for GeoNames's "Al
        Qamishli", "Jisr al-Shughur" for "Jisr ash Shughur")."""
        bare = bare_key(name)
        if not bare or area_words_in(name):
            return ()
        return tuple(c for c in self._index.by_key(bare, (1,))
                     if c.feature == "city" and not area_words_in(c.name) and bare_key(c.name) == bare)

    @staticmethod
    def _rare_words(key: str) -> bool:
        from eventsift.nlp.truecase import NAME_ZIPF, zipf

        return all(zipf(word) < NAME_ZIPF for word in key.split())


def is_common_word(key: str) -> bool:
    """A name key at least COMMON_WORD_ZIPF common in English: "bank", "union", "mobile"."""
    from eventsift.nlp.truecase import zipf

    return zipf(key) >= COMMON_WORD_ZIPF


# A day or month right after a name does not lengthen it: "shot in Marlow County Thursday night".
_CALENDAR_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|"
                            r"September|October|November|December")
# After a small town's name: a day, a month or the kind of town it is ("in Elmvale Sunday", "in Elmvale Borough").
_CALENDAR_OR_AREA_AFTER = re.compile(rf"\s+(?:{_CALENDAR_WORD.pattern}|Borough|Township|Village)\b")
_CAPITALISED_BEFORE = re.compile(r"(?:^|[^\w.!?;:])[A-Z][\w'’\-]*[ -](?:(?:al|el|ad|an|ar|as|ash|at|az|ul)[ -])?$")
_CAPITALISED_AFTER = re.compile(r"^[ -](?:(?:al|el|ad|an|ar|as|ash|at|az|ul)[ -])?[A-Z][\w'’\-]*")
_FACILITY_AFTER = re.compile(r"^(?: [A-Z][\w'’\-]*){0,2} ([A-Z][a-z]+)\b")
# The capitalised word right after a name.
_FIRST_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """"Kot" in "Shah Wali Kot", "Pul" in "Pul-e Charkhi": a known name that is only part of an unknown one.
    A capitalised word right before (not a sentence start) or after makes the match part of a longer name."""
    before = text[max(0, start - 30) : start]
    after = _CAPITALISED_AFTER.match(text[end : end + 30])
    if _CAPITALISED_BEFORE.search(before) and not re.search(r"(?:^|[.!?:]\s+)\S+\s$", before):
        # "students of Government College Elmtown", "the Press Club Ashby": an institution named with its town after
        # its own word is in that town (not a word the name goes on with: "the Trade Union Federation's office")
        facility = re.search(r"([A-Za-z]+)\s$", before)
        return not (facility and facility.group(1).lower() in _SEATED_INSTITUTIONS and not after
                    and not re.match(r"['’]s\b", text[end:end + 3]))
    # ("Elmland State's Ashby area": the area's word with its possessive is still the area's)
    word = re.sub(r"['’]s$", "", after.group().strip(" -")) if after else ""
    if not after or word.lower() in _AREA_WORDS_TITLE or _CALENDAR_WORD.fullmatch(word):
        return False
    facility = _FACILITY_AFTER.match(text[end : end + 50])
    if facility and facility.group(1).lower() in FACILITY_WORDS:
        return False
    # "the Elmtown Police Department Homicide Unit": an office of an institution named after the town, the
    # institution's word right after the name, is still the town's ("Elmtown Coal Mine Company" is a company's name)
    first = _FIRST_WORD_AFTER.match(text, end)
    return not (first and first.group(1).lower() in FACILITY_WORDS)


def _longer_name_rest(rest: str) -> bool:
    """Words after a known name that make a longer name of it ("Elmtown Quixtal", "Elmtown de la Quixtal"): spaced
    capitalised words and the connectors between them, none a unit's kind ("Elmtown LGA" is the known name's
    district), an area's or a facility's word ("Elmtown High School" is in the town), nor after a hyphen
    ("Metropolis-Old Town" is a quarter of the city). The caller asks too that the last word be no common English word
    ("Elmtown High" is a school)."""
    words = [w for w in rest.split() if w not in _CONNECTORS]
    return rest.startswith(" ") and bool(words) and all(w[0].isupper() for w in words) and not any(
        KIND_WORD.fullmatch(w) or w.lower() in _AREA_WORDS_TITLE or w.lower() in FACILITY_WORDS for w in words)


# Institutions named with their town after their own word ("Government College Elmtown", "Press Club Ashby").
_SEATED_INSTITUTIONS = frozenset({"college", "university", "hospital", "club", "school", "court", "prison"})
# Capitalised words after a name that still leave it the whole name ("Kandahar Province", "Swat Valley").
_AREA_WORDS_TITLE = frozenset({"province", "district", "city", "governorate", "valley", "region", "state", "county",
                               "agency", "division", "town", "village", "oblast", "camp", "airport",
                               # the kinds of unit other countries' reports write after a district's name ("Elmtown
                               # LGA", "Ashby Zone", "Marlow Woreda")
                               "lga", "tehsil", "upazila", "zone", "woreda", "locality", "sub-county", "commune",
                               "cercle", "prefecture", "municipality", "department", "territory"})
# Capitalised words that end the name of a facility named after its town ("Donetsk Filtration Station", "Kabul
# International Airport", "Sidnaya Military Prison", "Benghazi Medical Centre"): the town is still the place. Not the
# US "Center": local news names jails, hospitals and malls so ("the Elm County Detention Center"), seldom the scene.
# Not roads, highways or crossings: those are named after where they lead ("Murree Road in Rawalpindi").
FACILITY_WORDS = frozenset({"airport", "airbase", "station", "prison", "bridge", "dam", "port", "university",
                             "hospital", "market", "stadium", "square", "checkpoint", "mine", "plant", "refinery",
                             "base", "barracks", "camp", "club", "hotel", "mosque", "court", "college", "school",
                             "police", "department", "office", "command", "assembly", "union", "agency", "patrol",
                             "centre", "compound", "rangers", "levies", "constabulary", "secretariat"})



def _contiguous(text: str, chunk: Sequence[re.Match]) -> bool:
    """Words separated only by spaces or hyphens (no sentence or clause break between them)."""
    return all(text[a.end() : b.start()].strip(" -") == "" for a, b in zip(chunk, chunk[1:]))



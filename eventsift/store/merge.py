"""Cross-report merging: one incident reported by several outlets becomes one event.

Pure functions over ``Event`` records, no database:

    compare(a, b, keys=)  -> MatchResult   which criteria hold, with distance in km and days apart
    best_match(r, groups) -> (index, MatchResult) | None    (matches(): every group it fits, best first)
    cluster(reports)      -> list[list[Event]]   greedy grouping, in the order reports arrive
    reconcile(reports)    -> Merged            one event with low/best/high and where every value came from
    document_keys(reports, text) -> the identity keys (full names, addresses) the store indexes each report by

Two reports are merged when every criterion holds (same or compatible type, places within a radius, dates
within a window, compatible actors, different documents), or when identity cues outweigh the ones that do not
(a surname, a street, an age, a toll, shared wording for a follow-up's date or a county for a town; a person named
in full or a numbered address for another type of one family, a date months off, a namesake town). Nothing is
merged on missing evidence: a report without a date never joins another.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from eventsift import ontology
from eventsift.documents import dedup
from eventsift.records import Event, Source
from eventsift.geo.distance import haversine_km

# Reports of one incident place it within this many km of each other when both name the town
# (ACLED geo_precision 1): neighbouring towns in the tests/data/merge groups are 30+ km apart,
# while outlets naming a town vs. a nearby village differ by 5-15 km.
MERGE_RADIUS_KM = 25.0
# Wider radius when a report only places the event "near" a town or in a district (precision 2),
# or only in a province (precision 3): the coded point is then a centroid, not the site.
MERGE_RADIUS_BY_PRECISION_KM = {1: MERGE_RADIUS_KM, 2: 50.0, 3: 150.0}
# Follow-ups and outlets in other time zones date the same incident up to a day apart ("late
# Saturday" vs. "on Sunday"); two days also absorbs a report written the day after "yesterday".
MERGE_WINDOW_DAYS = 2
# Span of a date known only to the week, month or year, for the window test.
PRECISION_DAYS = {"day": 0, "week": 7, "month": 31, "year": 366}
# Demonstrations: a city often has several at once at separate sites a few km apart (Jantar
# Mantar and Shaheen Bagh in Delhi are 8 km apart), so reports of one protest must be closer.
# Before this cap the Delhi group in tests/data/merge scored pairwise precision 0.29.
PROTEST_RADIUS_KM = 5.0
PROTEST_TYPES = frozenset({"Protests", "Riots"})

_RULES: dict[str, Any] = json.loads(resources.files(__package__).joinpath("merge_rules.json").read_text("utf-8"))
# Type compatibility comes from the typology (eventsift/ontology/typology.tsv, column merges_with).
EVENT_TYPES: frozenset[str] = frozenset(ontology.event_types())
COMPATIBLE_TYPES: frozenset[frozenset[str]] = ontology.compatible_event_types()
UNIDENTIFIED_WORDS: tuple[str, ...] = tuple(_RULES["unidentified_actor_words"])
SUB_EVENT_TYPES: frozenset[str] = frozenset(ontology.typology())
SUB_EVENT_GROUPS: tuple[frozenset[str], ...] = tuple(sorted(ontology.compatible_sub_event_types(), key=sorted))
STOPWORDS: frozenset[str] = frozenset(_RULES["stopwords"])
GENERIC_WORDS: frozenset[str] = frozenset(_RULES["generic_words"])
PLACE_PREPOSITIONS: tuple[str, ...] = tuple(_RULES["place_prepositions"])
PLACE_NOUNS: tuple[str, ...] = tuple(_RULES["place_nouns"])
ADMIN_NOUNS: tuple[str, ...] = tuple(_RULES["admin_nouns"])
NON_PLACES: frozenset[str] = frozenset(_RULES["non_places"])
CARE_WORDS: frozenset[str] = frozenset(_RULES["care_words"])
PARTICIPANT_GROUPS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _RULES["participant_groups"].items()}
TARGET_GROUPS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _RULES["target_groups"].items()}
SERIES_CUES: tuple[re.Pattern[str], ...] = tuple(re.compile(r"\b" + cue + r"\b") for cue in _RULES["series_cues"])
NAME_TITLES: frozenset[str] = frozenset(_RULES["name_titles"])
NAME_WORDS: frozenset[str] = frozenset(_RULES["name_words"])
STREET_WORDS: tuple[str, ...] = tuple(_RULES["street_words"])
RECURRING_ROLES: frozenset[str] = frozenset(_RULES["recurring_roles"])
NOT_PERSON_WORDS: frozenset[str] = frozenset(_RULES["not_person_words"])
STRONG_TYPE_FAMILIES: tuple[frozenset[str], ...] = tuple(frozenset(f) for f in _RULES["strong_type_families"])

# Two reports whose event sentences share this much of their word shingles (estimated Jaccard, the
# near-duplicate fingerprint of eventsift.documents.dedup) tell the same story in the same words: a syndicated
# or re-published report. Same threshold as document de-duplication (chosen there on the
# article-extraction benchmark: same story >= 0.5 for 98% of pages, different stories <= 0.08).
SAME_WORDING_SIMILARITY = dedup.DEFAULT_THRESHOLD
# Counts of one incident from several outlets differ by a few (24 / 25 / 27, 8 / 10 / 15 in the
# tests/data/merge groups: at most 2x + 2 on one publication day); a toll of 3 against one of 40 is
# two incidents unless the higher one is a later report (a follow-up revising the toll).
COUNT_RATIO = 2.0
COUNT_SLACK = 2
# A report must have at least this many specific words (names, targets, what happened, with the
# shared place, dates and the vocabulary of every incident left out) before sharing none of them
# with another report counts against a merge: a one-line report with one specific word proves
# nothing by missing the other's.
MIN_SPECIFIC_WORDS = 5
# Share of the shorter report's specific words that the other report must also use. Measured with
# bench/merge_eval.py: multi-sentence reports of one incident by different outlets in tests/data/merge
# share 0.31 or more; 0.3 keeps them, 0.4 would split them (ACLED false merges 0.215 at 0.3, 0.180 at 0.4).
MIN_SPECIFIC_OVERLAP = 0.3
# A city holds several protests a day, told in a line or two each: two reports of protests share at least this
# many specific words (what was demanded, who marched), or a cue of their own, to be one protest.
MIN_SHARED_PROTEST_WORDS = 2

# Identity cues (identity_cues): what only reports of one incident share. A person's name or a street
# weighs 2, a shared age 1 (many victims are 20), event sentences with some wording in common (estimated
# shingle Jaccard >= SOME_WORDING_SIMILARITY) 1, the same wording (SAME_WORDING_SIMILARITY) 2.
NAME_CUE, STREET_CUE, AGE_CUE = 2, 2, 1
# The same toll from both reports weighs 1 per count when it tells incidents apart: 2 or more (one dead
# is what most shootings' reports say), or the same dead and wounded adding up to more than 2.
TOLL_CUE = 1
TOLL_CUE_MIN = 2
# A count this large that both reports give weighs one more: few incidents of one place and week have it.
LARGE_TOLL = 5
SOME_WORDING_SIMILARITY = 0.25
# The strength of identity cues that outweighs one criterion that did not quite hold (a follow-up dated days
# later, a county for a town, "nothing specific in common" by word counts); two such criteria need more.
CUES_FOR_ONE = 2
CUES_FOR_TWO = 3
# When date, place and type agree and the only thing missing is shared wording ("nothing specific in common":
# outlets that tell one shooting in their own words), one cue of its own (the same toll of 2+, an age) ties them.
CUES_FOR_ABSENCE = 1
# A follow-up ("Saturday's shooting", an arrest in the case) is often coded on its own report date, days
# after the incident: with identity cues, reports this many days apart may still be one incident.
FOLLOW_UP_WINDOW_DAYS = 14
# Two places of one county (a city and its suburb, 26 km apart) are one incident's only with identity cues.
SAME_COUNTY_KM = 60.0
# A report that states no date of its own is coded on its publication date: weak evidence of when the incident
# happened, only that it was on or before that day. Such a late report (a court hearing, a funeral, "the
# victim has died") may be about an incident up to this many days before it, in the same state, when
# identity cues tie it (a shared surname, a street, ages); beyond FOLLOW_UP_WINDOW_DAYS it weighs as two.
LATE_REPORT_WINDOW_DAYS = 30

# Strong identity cues (strong_cues): a person both reports name in full (first and last name, no title, not a
# place's or group's name) or a numbered address (one block of one street). Such a cue is what a follow-up shares with
# the first report when the extraction codes it apart: a date read from the court hearing or the funeral months later,
# a vigil coded as a protest, a namesake town of another state. Each weighs FULL_NAME_CUE / ADDRESS_CUE (instead of
# NAME_CUE / STREET_CUE) and makes a date, type or place disagreement soft, weighing as two criteria, and every further
# such disagreement adds one more (a full name alone outweighs one of them; two need a second cue).
FULL_NAME_CUE = 2
ADDRESS_CUE = 2
# Each further person named in full in both weighs one more, up to this many.
MORE_FULL_NAMES = 2
# How far apart reports tied by a strong cue may be dated: a trial or a sentencing is reported a year or two after
# the incident, coded on the hearing's date. Beyond it two incidents with one victim's name are more likely (a
# person shot twice, a suspect charged again).
STRONG_WINDOW_DAYS = 800
# A key (a full name, an address) that events of more places than this share within STRONG_WINDOW_DAYS names none of
# them: a tip line, a public figure, a common name. One incident's events are in one place or two (the town and a
# geocoded namesake), however many events its reports were first split into.
COMMON_KEY_PLACES = 3
# A house number names its block: "312 Elm St." and "the 300 block of Elm Street" are one address.
BLOCK = 100

# What the texts say against a merge: different finer places named ("in Malgir" / "in Dasht") is never
# outweighed; tolls far apart on one day, or other people or targets hit, weigh as two criteria.
NOTHING_SPECIFIC = "nothing specific in common"
OTHER_KINDS = ("different people (", "different targets (")  # kinds of people or targets, not people named apart
FIRM_AGAINST = ("different places named", "both are one attack of a series")
WEIGHS_TWO = "(weighs as two)"
WEIGHTY_AGAINST = ("fatalities", "injured", "abducted", "arrested", "different people", "different targets")  # + named

# A revised document (the same id with another text: an article updated at its address, "UPDATE: a third victim
# has died") is stored as "<id>~<hash>"; it and the original are versions of one article.
REVISION_MARK = "~"
# Two versions of one article (the same URL, or a revision of one document) tell of the same incidents: a cue
# worth one soft criterion (an update's toll far from the first version's, a new time word).
SAME_ARTICLE_CUE = 2

# Fields a merged event takes from its most precise report (missing ones filled from the others).
_DESCRIPTIVE = (
    "sub_event_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "inter1", "inter2",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geonameid", "geo_precision",
    "cameo", "plover", "gtd_attack_type", "date_end", "time_precision",
)
# Counts whose every value is kept with its source; the merged value follows the latest report.
COUNT_FIELDS = ("fatalities", "injured", "abducted", "arrested")


@dataclass(slots=True, kw_only=True)
class MatchResult:
    """Whether two reports describe one incident, and why (or why not)."""

    ok: bool
    criteria: list[str] = field(default_factory=list)  # what matched, readable
    failed: str | None = None  # the first criterion that did not hold
    distance_km: float | None = None
    days: int | None = None
    similarity: float | None = None  # estimated Jaccard of the event sentences' word shingles
    outweighable: bool = False  # failed only on criteria that identity cues could have outweighed

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True, kw_only=True)
class FieldValue:
    """One report's value for a field, with the report it came from."""

    value: Any
    document_id: str
    report_id: str
    published: dt.date | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "document_id": self.document_id,
            "report_id": self.report_id,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(slots=True, kw_only=True)
class Merged:
    """A merged event and, per count field, every source's value in publication order."""

    event: Event
    values: dict[str, list[FieldValue]]


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("-", " ").split())


def is_unidentified(actor: str | None) -> bool:
    name = _norm(actor)
    return not name or any(word in name for word in UNIDENTIFIED_WORDS)


def actors_compatible(a: str | None, b: str | None) -> bool:
    """Two actor names can be one party: equal, one inside the other, or either unnamed."""
    if is_unidentified(a) or is_unidentified(b):
        return True
    na, nb = _norm(a), _norm(b)
    return na == nb or na in nb or nb in na


def _type_check(a: Event, b: Event) -> str | None:
    if a.event_type == b.event_type:
        return f"same type ({a.event_type})"
    if frozenset((a.event_type, b.event_type)) in COMPATIBLE_TYPES:
        return f"compatible types ({a.event_type} / {b.event_type})"
    return None


def _subtype_check(a: Event, b: Event) -> str | None:
    if not a.sub_event_type or not b.sub_event_type or a.sub_event_type == b.sub_event_type:
        return f"same sub-event type ({a.sub_event_type or b.sub_event_type or '-'})"
    if any(a.sub_event_type in g and b.sub_event_type in g for g in SUB_EVENT_GROUPS):
        return f"compatible sub-event types ({a.sub_event_type} / {b.sub_event_type})"
    return None


def _assoc_compatible(a: str | None, b: str | None) -> bool:
    """Associated actors ("A; B") agree when either names none or some name appears in both."""
    if not a or not b:
        return True
    parts_a, parts_b = [p for p in a.split(";") if p.strip()], [p for p in b.split(";") if p.strip()]
    return any(_norm(x) == _norm(y) or _norm(x) in _norm(y) or _norm(y) in _norm(x) for x in parts_a for y in parts_b)


def _place_check(a: Event, b: Event) -> tuple[str | None, float | None]:
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        precision = max(a.geo_precision or 1, b.geo_precision or 1)
        radius = MERGE_RADIUS_BY_PRECISION_KM.get(precision, MERGE_RADIUS_KM)
        if precision == 1 and {a.event_type, b.event_type} <= PROTEST_TYPES:
            radius = PROTEST_RADIUS_KM
        if km <= radius:
            return f"places {km:.1f} km apart (radius {radius:g} km)", km
        return None, km
    if (a.location and _norm(a.location) not in NON_PLACES and _norm(a.location) == _norm(b.location)
            and _norm(a.country) == _norm(b.country)):
        return f"same named place ({a.location}), no coordinates", None
    return None, None


def _date_check(a: Event, b: Event) -> tuple[str | None, int | None]:
    if a.event_date is None or b.event_date is None:
        return None, None
    days = abs((a.event_date - b.event_date).days)
    slack = max(PRECISION_DAYS.get(a.date_precision or "day", 0), PRECISION_DAYS.get(b.date_precision or "day", 0))
    window = MERGE_WINDOW_DAYS + slack
    if days <= window:
        return f"dates {days} day(s) apart (window {window})", days
    return None, days


def _actor_check(a: Event, b: Event) -> str | None:
    if not (_assoc_compatible(a.assoc_actor_1, b.assoc_actor_1) and _assoc_compatible(a.assoc_actor_2, b.assoc_actor_2)):
        return None
    straight = actors_compatible(a.actor1, b.actor1) and actors_compatible(a.actor2, b.actor2)
    if straight:
        return f"actors compatible ({a.actor1 or '-'} / {b.actor1 or '-'})"
    # A clash may name its sides in either order.
    # A clash may name its sides in either order; the swap needs one named side to match.
    named_match = (not is_unidentified(a.actor1) and not is_unidentified(b.actor2)) or (
        not is_unidentified(a.actor2) and not is_unidentified(b.actor1)
    )
    if (a.event_type == b.event_type == "Battles" and named_match and actors_compatible(a.actor1, b.actor2)
            and actors_compatible(a.actor2, b.actor1)):
        return "actors compatible (sides named in the other order)"
    return None


# -- what the reports say ------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|de|del|e|ul|bin|la|le|du|van|von)\s+)?[A-Z][\w'’-]*)*"
_PLACE_AFTER = re.compile(r"\b(?:" + "|".join(map(re.escape, PLACE_PREPOSITIONS)) + r")\s+(?:the\s+)?(" + _NAME + r")(?:\s+(\w+))?")
_PLACE_BEFORE = re.compile(r"(" + _NAME + r")\s+(" + "|".join(map(re.escape, PLACE_NOUNS)) + r")\b")


@dataclass(slots=True, kw_only=True, frozen=True)
class Said:
    """What one report's event sentences say, reduced to what tells incidents apart."""

    text: str  # the event sentences, joined
    words: frozenset[str]  # specific words (stemmed), without the report's own geography
    places: frozenset[str]  # finer place names (villages, neighbourhoods, sites), lower case
    participants: frozenset[str]  # kinds of people it happened to or who took part (participant_groups)
    targets: frozenset[str]  # kinds of target hit (target_groups)
    series: bool  # the incident is "one of several attacks"
    names: frozenset[tuple[str, ...]] = frozenset()  # people named in full ("jon", "doe") or with a title (("doe",))
    capitalised: frozenset[str] = frozenset()  # every capitalised word, lower case (a surname said alone: "Doe was ...")
    lowercase: frozenset[str] = frozenset()  # words written in lower case somewhere (so not a surname)
    people: frozenset[tuple[str, ...]] = frozenset()  # named in full with no title before ("Jon Doe", not "Sgt. Jon Doe")
    ages: frozenset[int] = frozenset()  # "a 23-year-old", "Jon Doe, 23,"
    streets: frozenset[str] = frozenset()  # "elm street", "300 block of Elm St." -> "elm street"
    persons: frozenset[tuple[str, str]] = frozenset()  # named in full, no title, no role: ("jon", "doe")
    addresses: frozenset[str] = frozenset()  # "300 block of Elm St.", "312 Elm Street" -> "300 elm street"


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


def _places(text: str) -> set[str]:
    """Names a sentence gives as a place finer than a district: "in Malgir", "Cidade Nova neighborhood"."""
    found: set[str] = set()
    for match in _PLACE_AFTER.finditer(text):
        after = (match.group(2) or "").lower()
        if after not in ADMIN_NOUNS:
            found.add(match.group(1))
    for match in _PLACE_BEFORE.finditer(text):
        found.add(match.group(1))
    out = set()
    for name in found:
        words = [w for w in _WORD_RE.findall(name) if w.lower() not in STOPWORDS]
        norm = " ".join(_stem(w) for w in words)
        if (norm and norm not in NON_PLACES and not all(_stem(w) in GENERIC_WORDS for w in words)
                and not any(w.lower() in CARE_WORDS for w in words)):
            out.add(norm)
    return out


_CAP = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)?"
_NAME_RUN = re.compile(rf"\b{_CAP}(?:\s+(?:[A-Z]\.\s+)?{_CAP})+\b")
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
    return low not in NAME_WORDS and low not in STOPWORDS and low not in GENERIC_WORDS


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(NAME_TITLES, key=len, reverse=True)) + r")\.?\s*$", re.IGNORECASE)


def _names(text: str, *, untitled: bool = False) -> set[tuple[str, ...]]:
    """People named in full ("Jon Q. Doe" -> ("jon", "doe")) or with a title ("Officer Doe" -> ("doe",)), lower case.

    ``untitled``: only people named in full with no title or office before them (victims and suspects are
    named so; officers and spokespeople, whom outlets quote in turn, carry their title).
    """
    found = set()
    for match in _NAME_RUN.finditer(text):
        segment: list[str] = []  # the run split at words that are not names ("Police Chief | Tom Harris")
        titled = bool(_TITLE_BEFORE.search(text[max(0, match.start() - 12):match.start()]))
        for word in [*(w for w in match.group(0).split() if not w.endswith(".")), ""]:
            if word and _name_word(word):
                segment.append(word)
                continue
            if len(segment) >= 2 and not (untitled and titled):
                found.add(tuple(_POSSESSIVE.sub("", w).lower() for w in segment))  # "Jon Doe's family": Doe
            segment = []
            titled = True  # a name after other words of the run ("Police Chief Tom Harris") has an office before it
    if untitled:
        return found
    for match in _TITLED.finditer(text):
        last = match.group(1).split()[-1]
        if _name_word(last):
            found.add((last.lower(),))
    return found


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


# What a person's name with a possessive after a place preposition is the place of: "at Jon Doe's home".
_HOME_AFTER = re.compile(r"\s+(?:" + "|".join(_RULES["home_words"]) + r")\b")


def _persons(text: str) -> set[tuple[str, str]]:
    """People named in full with no title before them, the name ending its run of capitalised words and no recurring
    role next to it: ("jon", "doe") for "Jon Q. Doe, 23," but not "Advocate Christ Medical Center", "Sgt. Jon Doe" or
    "Jon Doe, a police spokesman" (whom outlets quote about incident after incident)."""
    found = set()
    for match in _NAME_RUN.finditer(text):
        words = [w for w in match.group(0).split() if not w.endswith(".")]
        if (len(words) < 2 or len(words) > 4 or any(_POSSESSIVE.search(w) for w in words[:-1])
                or not all(_name_word(w) and w.lower() not in NOT_PERSON_WORDS for w in words)):
            continue  # a run with an institution's or a place's word, or too long to be one person's name
        before, after = text[max(0, match.start() - 40):match.start()], text[match.end():match.end() + 60]
        if _TITLE_BEFORE.search(before[-12:]) or _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after) or before.endswith("By "):
            continue
        if re.match(r"\s*(?:&|and)\s+[A-Z]|['’]s?\s+[A-Z]|\s+of\b", after):
            continue  # "Smith & Wesson", "Khorasan Chapter of ...": a firm, a group
        if _PLACE_BEFORE_NAME.search(before) and not (_POSSESSIVE.search(words[-1]) and _HOME_AFTER.match(after)):
            continue  # "at Jantar Mantar": a place; but "at Jon Doe's home" names the person whose home it is
        last = _POSSESSIVE.sub("", words[-1])  # "Jon Doe's family": the name is Doe
        found.add((words[0].lower(), last.lower()))
    return found


# "the 1400 block of Gherald", "the 700 block of North Homan", "the 1400 block of R Street": reporters name a block
# with or without the street's kind, and a numbered or lettered street too; the block and the street's name are the key.
_BLOCK_OF = re.compile(r"\b(\d{1,5})\s+block\s+of\s+(?:the\s+)?((?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
                       rf"(?:\d{{1,3}}(?:st|nd|rd|th)\b|[A-Z]\b(?!\.)|{_CAP}(?:\s+{_CAP}){{0,2}}))")


_DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}


def _addresses(text: str) -> set[str]:
    """Numbered addresses as their block: "312 Elm St." and "the 300 block of Elm Street" -> "300 elm street"; a block
    named with or without the street's kind ("the 1400 block of Gherald (Street)") also gives "block 1400 gherald"."""
    out = set()
    for match in _ADDRESS.finditer(text):
        number = int(match.group(1))
        words = [w.lower().rstrip(".") for w in match.group(2).split()]
        kind = match.group(3).lower()
        out.add(f"{number // BLOCK * BLOCK} {' '.join(words)} {_STREET_KIND.get(kind, kind)}")
    for match in _BLOCK_OF.finditer(text):
        words = [_DIRECTIONS.get(w, w) for w in (w.lower().rstrip(".") for w in match.group(2).split())]
        cut = next((i for i, w in enumerate(words) if i and w in STREET_WORDS), len(words))
        words = words[:cut]  # "Gherald Street", "Main Street East": the street's own name
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
    text = " ".join(sentences)
    lowered = f" {text.lower()} "
    return Said(
        text=text,
        words=frozenset(_specific(text, geography)),
        places=frozenset(_places(text)),
        participants=frozenset(_kinds(text, _PARTICIPANT_RE)),
        targets=frozenset(_kinds(text, _TARGET_RE)),
        series=any(cue.search(lowered) for cue in SERIES_CUES),
        names=frozenset(_names(text)),
        people=frozenset(_names(text, untitled=True)),
        capitalised=frozenset(w.lower() for w in _CAPITALISED.findall(text)),
        lowercase=frozenset(w for w in _WORD_RE.findall(text) if w.islower()),
        ages=frozenset(int(a or b) for a, b in _AGE.findall(text) if 0 < int(a or b) < 100),
        streets=frozenset(_streets(text)),
        persons=frozenset(_persons(text)),
        addresses=frozenset(_addresses(text)),
    )


def said(report: Event) -> Said | None:
    """The report's event sentences, or None when it carries no evidence."""
    sentences = tuple(dict.fromkeys(e.sentence for e in report.evidence if e.sentence and e.document_id == report.document_id))
    if not sentences:
        sentences = tuple(dict.fromkeys(e.sentence for e in report.evidence if e.sentence))
    if not sentences:
        return None
    return _said(sentences, (report.location, report.admin1, report.admin2, report.country))


def _counts_check(a: Event, b: Event) -> str | None:
    """None when the tolls agree (or one is a later report's revision), else why not."""
    for name in COUNT_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        if va is None or vb is None or va == vb:
            continue
        (low, low_report), (high, high_report) = sorted(((va, a), (vb, b)), key=lambda x: x[0])
        if high <= COUNT_RATIO * low + COUNT_SLACK:
            continue
        if _published(high_report) > _published(low_report):
            continue  # a follow-up revising the toll upwards
        return f"{name} {low} and {high} on the same day"
    return None


def _explained(name: str, other: Said, geography: set[str]) -> bool:
    """A place name the other report also uses, or part of the events' own geography."""
    words = [w for w in name.split() if len(w) > 2 and w not in PLACE_NOUNS]
    other_words = _words(other.text)
    return name in other.places or any(w in geography or w in other_words for w in words)


def evidence_check(a: Event, b: Event) -> tuple[str | None, str | None, float | None]:
    """(why the texts agree, why they do not, word similarity): one of the first two is None.

    A report without evidence sentences is judged by its fields alone.
    """
    sa, sb = said(a), said(b)
    if sa is None or sb is None:
        why = _counts_check(a, b)
        return (None, why, None) if why else ("no evidence sentences to compare (fields only)", None, None)
    similarity = dedup.similarity(sa.text, sb.text)
    why = _counts_check(a, b)
    if why:
        return None, why, similarity
    if sa.series and sb.series:
        return None, "both are one attack of a series (coded as separate events)", similarity
    geography = set().union(*(_words(g) for g in (a.location, a.admin1, a.admin2, b.location, b.admin1, b.admin2) if g))
    only_a = sorted(p for p in sa.places if not _explained(p, sb, geography))
    only_b = sorted(p for p in sb.places if not _explained(p, sa, geography))
    if only_a and only_b:
        return None, f"different places named ({only_a[0]} / {only_b[0]})", similarity
    not_names = _not_names(a, b)
    people_a = {n[-1] for n in sa.people if not set(n) & not_names} - sb.lowercase - sa.lowercase
    people_b = {n[-1] for n in sb.people if not set(n) & not_names} - sb.lowercase - sa.lowercase
    if people_a and people_b and not (people_a & sb.capitalised or people_b & sa.capitalised):
        return None, f"different people named ({', '.join(sorted(people_a)[:2])} / {', '.join(sorted(people_b)[:2])})", similarity
    if sa.participants and sb.participants and not sa.participants & sb.participants:
        return None, f"different people ({', '.join(sorted(sa.participants))} / {', '.join(sorted(sb.participants))})", similarity
    if sa.targets and sb.targets and not sa.targets & sb.targets:
        return None, f"different targets ({', '.join(sorted(sa.targets))} / {', '.join(sorted(sb.targets))})", similarity
    shared = sa.words & sb.words
    smaller = min(len(sa.words), len(sb.words))
    overlap = len(shared) / smaller if smaller else 1.0
    if similarity < SAME_WORDING_SIMILARITY and smaller >= MIN_SPECIFIC_WORDS and overlap < MIN_SPECIFIC_OVERLAP:
        return None, f"{NOTHING_SPECIFIC} (shared words {overlap:.2f})", similarity
    if (similarity < SAME_WORDING_SIMILARITY and {a.event_type, b.event_type} <= PROTEST_TYPES
            and len(shared) < MIN_SHARED_PROTEST_WORDS):
        return None, f"{NOTHING_SPECIFIC} (protests sharing {len(shared)} specific words)", similarity
    said_what = ", ".join(sorted(shared)[:5]) or "-"
    return f"reports agree (shared words {overlap:.2f}: {said_what}; similarity {similarity:.2f})", None, similarity


def _not_names(*events: Event) -> set[str]:
    """Words of the events' places and actors: shared by distinct incidents of one place or one armed group."""
    fields = [getattr(e, name) for e in events for name in ("location", "admin1", "admin2", "country", "actor1", "actor2",
                                                             "assoc_actor_1", "assoc_actor_2")]
    return {w.lower() for f in fields if f for w in _WORD_RE.findall(f)}


Keys = Mapping[str, Collection[str]]  # report id -> the identity keys its document gives it (document_keys)


def strong_cues(a: Event, b: Event, *, keys: Keys | None = None) -> list[str]:
    """The strong identity cues two reports share: a person both name in full, a numbered address (one block of one
    street), in their event sentences or, with ``keys``, anywhere in their documents (document_keys). Not a name made
    of the events' place or actor words ("Los Angeles", "Houston Chronicle" when one event is in Houston), nor one
    either report also writes in lower case.

    When ``keys`` holds both reports (the store passes every candidate's), they are compared alone: their sentences
    need not be read, which keeps a store's comparison with candidates far off in date or place cheap.
    """
    if keys is not None and a.event_id in keys and b.event_id in keys:
        shared = set(keys[a.event_id]) & set(keys[b.event_id])
        if not shared:
            return []
        not_names = _not_names(a, b)  # each document's own lower-case words were left out when its keys were read
    else:
        sa, sb = said(a), said(b)
        if sa is None or sb is None:
            return []
        ka, kb = set(identity_keys(a)), set(identity_keys(b))
        if keys:
            ka |= set(keys.get(a.event_id, ()))
            kb |= set(keys.get(b.event_id, ()))
        shared = ka & kb
        not_names = _not_names(a, b) | sa.lowercase | sb.lowercase
    people = sorted(k.split(":", 1)[1] for k in shared if k.startswith("person:")
                    and not set(k.split(":", 1)[1].split()) & not_names)[:1 + MORE_FULL_NAMES]
    addresses = sorted(k.split(":", 1)[1] for k in shared if k.startswith("address:"))
    out = []
    if people:
        out.append("full names " + ", ".join(people))
    if addresses:
        out.append("address " + ", ".join(addresses[:2]))
    return out


def identity_keys(report: Event) -> list[str]:
    """The strong cues a report's event sentences give ("person:jon doe", "address:300 elm street"), not names made
    of the report's own place or actor words."""
    s = said(report)
    if s is None:
        return []
    not_names = _not_names(report) | s.lowercase
    return _keys(s.persons, s.addresses, not_names, streets=s.streets)


def _keys(persons: Iterable[tuple[str, str]], addresses: Iterable[str], not_names: set[str], *,
          streets: Iterable[str] = ()) -> list[str]:
    keys = [f"person:{' '.join(n)}" for n in sorted(persons) if not set(n) & not_names]
    keys += [f"address:{a}" for a in sorted(addresses)]
    # A street's name without a number is no strong cue (many places have an Elm Street), but the document's street
    # is what a follow-up shares with the first report when neither event cites the sentence that names it.
    keys += [f"{STREET_KEY}{street}" for street in sorted(streets)]
    return [k[:KEY_LENGTH] for k in keys]


def document_keys(reports: Sequence[Event], text: str) -> list[list[str]]:
    """The identity keys of each report of one document (what the store indexes them by, beyond date and place):
    its own event sentences' and the document's, less those another of its events names in its own sentences (a
    round-up names each incident's victim with that incident). Most reports name the victim or the suspect in full
    once, in a sentence the event does not cite ("The victim was identified as Jon Doe, 23")."""
    own = [identity_keys(r) for r in reports]
    words = set(_WORD_RE.findall(text))
    lowercase = {w for w in words if w.islower()}
    found = _keys(_persons(text), _addresses(text), lowercase, streets=_streets(text))
    out = []
    for i, report in enumerate(reports):
        # Background (historical) events are mostly the incident a follow-up is about: their names stay shared.
        others = {k for j, keys in enumerate(own) if j != i and not reports[j].historical for k in keys}
        not_names = _not_names(report)
        shared = [k for k in found if k not in others and not set(k.split(":", 1)[1].split()) & not_names]
        out.append(list(dict.fromkeys(own[i] + shared)))
    return out


STREET_KEY = "street:"


def _shared_keys(a: Event, b: Event, keys: Keys | None, prefix: str) -> set[str]:
    """The keys of one kind (``prefix``) that both reports' documents give them, without the prefix."""
    if not keys:
        return set()
    shared = set(keys.get(a.event_id, ())) & set(keys.get(b.event_id, ()))
    return {k.removeprefix(prefix) for k in shared if k.startswith(prefix)}


# Longest identity key stored (the store's merge_keys.key column).
KEY_LENGTH = 200


def identity_cues(a: Event, b: Event, *, similarity: float | None = None, keys: Keys | None = None,
                  personal: bool = False) -> tuple[int, list[str]]:
    """(strength, what) of the cues that name one incident in both reports: a person's name (a surname one
    report gives in full and the other uses), a street, an age, wording in common (``similarity`` of the
    event sentences when already known). ``personal``: only the people's names, numbered addresses and ages."""
    sa, sb = said(a), said(b)
    if sa is None or sb is None:
        return 0, []
    places_and_actors = _not_names(a, b)
    # A surname one report gives in full and the other uses; not a run holding a place or actor word ("Taliban
    # Pakistan" names a group), nor a word either report also writes in lower case (a common noun).
    surnames_a = {n[-1] for n in sa.names if not set(n) & places_and_actors}
    surnames_b = {n[-1] for n in sb.names if not set(n) & places_and_actors}
    names = sorted(((surnames_a & sb.capitalised) | (surnames_b & sa.capitalised)) - sa.lowercase - sb.lowercase)
    streets = sorted((sa.streets & sb.streets) | _shared_keys(a, b, keys, STREET_KEY))
    ages = sorted(sa.ages & sb.ages)
    if similarity is None:
        similarity = dedup.similarity(sa.text, sb.text)
    strength, what = 0, []
    strong = strong_cues(a, b, keys=keys)
    full = [w for w in strong if w.startswith("full names")]
    if full:
        # Each further person both name in full (the victim and the suspect, two victims) adds one.
        people = full[0].removeprefix("full names ").split(", ")
        strength += FULL_NAME_CUE + min(len(people) - 1, MORE_FULL_NAMES)
        what.append(full[0])
    elif names:
        strength += NAME_CUE
        what.append("names " + ", ".join(names[:3]))
    address = [w for w in strong if w.startswith("address")]
    if address:
        strength += ADDRESS_CUE
        what.append(address[0])
    elif streets and not personal:  # a street's name without a number is shared by many places' incidents
        strength += STREET_CUE
        what.append("street " + ", ".join(streets[:2]))
    if ages:
        strength += AGE_CUE
        what.append("ages " + ", ".join(map(str, ages[:3])))
    if personal:
        return strength, what
    tolls = [f"{name} {getattr(a, name)}" for name in ("fatalities", "injured")
             if (getattr(a, name) or 0) >= TOLL_CUE_MIN and getattr(a, name) == getattr(b, name)]
    if a.fatalities and a.injured and (a.fatalities, a.injured) == (b.fatalities, b.injured) \
            and a.fatalities + a.injured > TOLL_CUE_MIN:
        tolls = [f"fatalities {a.fatalities}", f"injured {a.injured}"]  # "1 dead, 4 wounded" in both: one count each
    if tolls:
        strength += TOLL_CUE * len(tolls)
        if max((getattr(a, name) or 0) for name in ("fatalities", "injured")
               if getattr(a, name) == getattr(b, name)) >= LARGE_TOLL:
            strength += TOLL_CUE  # five or more dead or wounded in both: few incidents of a place and week
        what.append("same toll (" + ", ".join(tolls) + ")")
    if article_key(a) == article_key(b):
        strength += SAME_ARTICLE_CUE
        what.append("versions of one article")
    if similarity >= SAME_WORDING_SIMILARITY:
        strength += 2
        what.append(f"same wording ({similarity:.2f})")
    elif similarity >= SOME_WORDING_SIMILARITY:
        strength += 1
        what.append(f"wording in common ({similarity:.2f})")
    return strength, what


def _place_level(e: Event) -> str:
    """How finely a report places the event: "admin1" (only the state), "admin2" (the county) or "place"."""
    location = _norm(e.location)
    if not location or location in (_norm(e.admin1), _norm(e.country)) or (e.geo_precision or 1) >= 3:
        return "admin1"
    if location == _norm(e.admin2):
        return "admin2"
    return "place"


def _place_within(a: Event, b: Event, km: float | None) -> str | None:
    """A place hierarchy link when the points are too far apart: one report gives the county or state the
    other's town is in, or two places of one county (city and suburb). Needs identity cues to merge."""
    if not a.admin1 or _norm(a.admin1) != _norm(b.admin1) or _norm(a.country) != _norm(b.country):
        return None
    levels = {_place_level(a), _place_level(b)}
    if "admin1" in levels:
        return f"one report names only the state ({a.admin1})"
    same_county = a.admin2 and _norm(a.admin2) == _norm(b.admin2)
    if same_county and "admin2" in levels:
        return f"one report names only the county ({a.admin2})"
    if same_county and km is not None and km <= SAME_COUNTY_KM:
        return f"places of one county ({a.admin2}, {km:.1f} km apart)"
    if km is not None and km > SAME_STATE_KM:
        return None
    coarse = max(a.geo_precision or 1, b.geo_precision or 1)
    if coarse >= 2:
        return f"one report places it only near a town or in a district of {a.admin1} (precision {coarse})"
    return f"{SAME_STATE} ({a.admin1})"


# Two precisely placed towns of one state: outweighed only by cues worth two soft criteria. Beyond the
# widest merge radius (a province centroid's) places of one state are not compared: the store looks no further.
SAME_STATE = "two towns of one state"
PERSONAL_CUES = ("names", "street", "ages", "full names", "address")
SAME_STATE_KM = max(MERGE_RADIUS_BY_PRECISION_KM.values())


def _date_stated(e: Event) -> bool:
    """The report gives the incident's date in its text (a date evidence sentence), not only its own date."""
    return any(ev.field == "event_date" for ev in e.evidence)


def dated_by_publication(report: Event) -> bool:
    """The report's date is only its publication date: its text gives no date of the incident."""
    return report.event_date is not None and not _date_stated(report) and report.event_date == _published(report)


def _late_report(a: Event, b: Event, days: int) -> str | None:
    """One report's date is only its publication date (no date in its text) and the other's incident came before
    it, in the same state, within LATE_REPORT_WINDOW_DAYS: weak date evidence rather than a contradiction."""
    if days > LATE_REPORT_WINDOW_DAYS or not a.admin1 or _norm(a.admin1) != _norm(b.admin1):
        return None
    for late, early in ((a, b), (b, a)):
        published = _published(late)
        if dated_by_publication(late) and early.event_date is not None and early.event_date <= published:
            return f"a later report dated only by its publication ({published.isoformat()})"
    return None


def _unplaced(a: Event, b: Event) -> str | None:
    """One report places the event nowhere (no point, no place name): nothing to contradict the other's place."""
    for x, y in ((a, b), (b, a)):
        if x.latitude is None and not x.location and not (x.admin1 and y.admin1 and _norm(x.admin1) != _norm(y.admin1)):
            return "one report names no place"
    return None


def _type_family(a: Event, b: Event) -> bool:
    """Two types one incident's reports may be coded as when the extraction misreads one (a vigil, a brawl)."""
    return any(a.event_type in family and b.event_type in family for family in STRONG_TYPE_FAMILIES)


TYPES_DIFFER = "types differ"


def _coded_type_only(strong_only: Sequence[str], result: MatchResult) -> bool:
    """The only strong disagreement is the coded type (another type of one family, another sub-event type), while the
    dates fall within the merge window and the places within the radius (both passed as criteria)."""
    return (len(strong_only) == 1 and strong_only[0].startswith((TYPES_DIFFER, "sub-event types differ"))
            and any(c.startswith("dates ") and "(window" in c for c in result.criteria)
            and any(c.startswith("places ") and "(radius" in c or c.startswith("same named place") for c in result.criteria))


def compare(a: Event, b: Event, *, keys: Keys | None = None) -> MatchResult:
    """Every criterion for "same incident", in order.

    Actors, document and background are firm: the first that fails ends the comparison. Date, place and what the
    texts say may fail softly (a follow-up dated within FOLLOW_UP_WINDOW_DAYS, a county or state for a town,
    too few shared words): then the reports merge only if identity cues (names, streets, ages, wording)
    outweigh it, CUES_FOR_ONE for one such criterion, CUES_FOR_TWO for more. A type of one family, a date up to
    STRONG_WINDOW_DAYS apart or a place outside the place hierarchy is outweighed only with a strong cue (a person
    named in full in both, one numbered address), each such disagreement weighing two and adding one to what the
    cues must reach.
    """
    result = MatchResult(ok=False)
    soft: list[str] = []  # criteria that did not hold but identity cues may outweigh
    strong_only: list[str] = []  # disagreements that only a strong cue (a full name, an address) may outweigh
    if a.document_id == b.document_id:
        result.failed = "same document"
        return result
    if a.historical != b.historical:
        result.failed = "one report is historical background"
        return result
    why = _type_check(a, b)
    if why is None:
        result.failed = f"types differ ({a.event_type} / {b.event_type})"
        if not _type_family(a, b):
            return result
        strong_only.append(result.failed)
    else:
        result.criteria.append(why)
        why = _subtype_check(a, b)
        if why is None:
            result.failed = f"sub-event types differ ({a.sub_event_type} / {b.sub_event_type})"
            strong_only.append(result.failed)
        else:
            result.criteria.append(why)
    why, result.days = _date_check(a, b)
    if why is None:
        result.failed = "no date" if result.days is None else f"dates {result.days} days apart"
        late = _late_report(a, b, result.days) if result.days is not None else None
        if result.days is None or result.days > STRONG_WINDOW_DAYS:
            return result
        if result.days > FOLLOW_UP_WINDOW_DAYS and late is None:
            strong_only.append(result.failed)
        elif strong_only and result.days <= FOLLOW_UP_WINDOW_DAYS:
            # A vigil, a march or a brawl coded for the incident happens on a day of its own, days after it: with the
            # types already apart, a date within the follow-up window is what that report should have.
            result.criteria.append(f"{result.failed}: within the follow-up window of another type's report")
        else:
            soft.append(f"{result.failed}: {late}" if late else result.failed)
            if result.days > FOLLOW_UP_WINDOW_DAYS and not strong_cues(a, b, keys=keys):
                soft.append(WEIGHS_TWO)  # with a person named in full or an address in both it weighs one
    else:
        result.criteria.append(why)
    why, result.distance_km = _place_check(a, b)
    if why is None:
        failed = "no place to compare" if result.distance_km is None else f"places {result.distance_km:.1f} km apart"
        within = _place_within(a, b, result.distance_km) if result.distance_km is not None else _unplaced(a, b)
        if within is None:
            result.failed = failed
            strong_only.append(failed)
        else:
            soft.append(f"{failed}: {within}")
            if within.startswith(SAME_STATE) and not strong_cues(a, b, keys=keys):
                # Two towns of one state, both placed precisely: a geocoded namesake at most. With a person named in
                # full or an address in both it weighs one, as a town of another state does.
                soft.append(WEIGHS_TWO)
    else:
        result.criteria.append(why)
    strong = strong_cues(a, b, keys=keys) if strong_only else []
    if strong_only and not strong and _coded_type_only(strong_only, result):
        # Another type of one family, on the same day and at the same place: the extraction misread one report (a
        # shooting told as "protesters" gathered), not a strong disagreement; cues worth two criteria outweigh it.
        soft += [f"{strong_only[0]}: same day and place", WEIGHS_TWO]
        strong_only = []
    if strong_only and not strong:
        # Another type, a date beyond the follow-up window, a place outside the hierarchy: nothing but a strong
        # cue outweighs it. Outweighable: a report that another member of an event ties by a strong cue joins it.
        result.failed = strong_only[0]
        result.outweighable = True
        return result
    why = _actor_check(a, b)
    if why is None:
        result.failed = f"actors differ ({a.actor1} / {b.actor1}; associated {a.assoc_actor_1} / {b.assoc_actor_1})"
        result.outweighable = False
        if "Battles" in (a.event_type, b.event_type) or not (is_unidentified(a.actor1) or is_unidentified(b.actor1)):
            return result  # a clash is told apart by its sides, an attack by its named perpetrators
        strong = strong or strong_cues(a, b, keys=keys)
        if not strong:
            return result
        strong_only.append(result.failed)  # the police coded as a side in one report, an armed group in the other
    else:
        result.criteria.append(why)
    sa, sb = said(a), said(b)
    if sa is not None and sb is not None and sa.series and sb.series:
        result.failed = "both are one attack of a series (coded as separate events)"
        result.outweighable = False
        return result
    why, against, result.similarity = evidence_check(a, b)
    if why is None and against and against.startswith(FIRM_AGAINST):
        result.failed = against
        result.outweighable = False
        return result
    types_apart = any(x.startswith(TYPES_DIFFER) for x in strong_only + soft)
    if why is None and against and against.startswith(OTHER_KINDS) and types_apart:
        # A vigil or a march is told by who gathered (families, neighbours), the attack by whom it hit: with the types
        # already apart, other kinds of people or targets are what the other type's report says, not a second incident.
        result.criteria.append(f"{against}: as reports of another type tell it")
    elif why is None:
        soft.append(against or "texts disagree")
        if against and against.startswith(WEIGHTY_AGAINST):
            soft.append(WEIGHS_TWO)  # tolls far apart on one day, other people or targets: more cues needed
    else:
        result.criteria.append(why)
    if soft or strong_only:
        strength, what = identity_cues(a, b, similarity=result.similarity, keys=keys)
        # "Nothing specific in common" is an absence, not a contradiction: the cues that outweigh it are
        # themselves something specific in common, so it adds nothing to what they must outweigh.
        against = [x for x in soft if not x.startswith(NOTHING_SPECIFIC)]
        if strong_only:
            # A strong cue outweighs one disagreement of any kind (another type, a date months off, a namesake town);
            # every further disagreement needs one more cue.
            needed = CUES_FOR_ONE + len(strong_only) + len([x for x in against if x != WEIGHS_TWO]) - 1
        else:
            # One more cue for each further disagreement (a criterion that weighs two counts twice): a town 80 km off
            # and other victims named is what two shootings of one night look like.
            needed = CUES_FOR_ABSENCE if not against else CUES_FOR_ONE if len(against) == 1 else CUES_FOR_TWO + len(against) - 2
        if strength < needed:
            result.failed = (strong_only + soft)[0] + (f" (identity cues {strength} < {needed}: {'; '.join(what)})" if what else "")
            result.outweighable = True
            return result
        if strong_only and needed > CUES_FOR_ONE and identity_cues(a, b, keys=keys, personal=True)[0] < needed:
            # Two disagreements, one of them beyond what other cues outweigh (a date months off and a town of another
            # state): only more of what names the people (a second name, an age, an address), not a common toll or
            # wording, says it is one incident.
            result.failed = strong_only[0] + f" (names, addresses and ages short of {needed}: {'; '.join(what)})"
            result.outweighable = True
            return result
        if any(SAME_STATE in x for x in soft) and not any(w.startswith(PERSONAL_CUES) for w in what):
            # Two towns named precisely: only what names the incident itself (a person, a street, an age) says
            # one of them is wrong; the same wording or toll is what a template or a wire round-up repeats.
            result.failed = soft[0] + f" (no name, street or age: {'; '.join(what)})"
            result.outweighable = True
            return result
        result.criteria.append(f"identity cues {strength} >= {needed} ({'; '.join(what)}) outweigh: {'; '.join(strong_only + soft)}")
    result.failed = None
    result.ok = True
    return result


def match_group(report: Event, group: Sequence[Event], *, keys: Keys | None = None) -> MatchResult:
    """A report joins a group when it matches one member and no member firmly contradicts it.

    Firm: another type, actors, document, a date or place beyond the soft windows, a different finer place
    named. A member that disagrees only softly (no names of its own to confirm a follow-up's date, a county
    for a town) does not keep out a report that another member's cues tie to the incident.
    """
    best: MatchResult | None = None
    first_failure: MatchResult | None = None
    for member in group:
        result = compare(report, member, keys=keys)
        if not result.ok:
            if not result.outweighable:
                return result
            first_failure = first_failure or result
            continue
        if best is None or (result.distance_km or 0.0, result.days or 0) < (best.distance_km or 0.0, best.days or 0):
            best = result
    return best or first_failure or MatchResult(ok=False, failed="empty group")


def matches(report: Event, groups: Sequence[Sequence[Event]], *, keys: Keys | None = None) -> list[tuple[int, MatchResult]]:
    """Every group the report fits, best first (closest, then nearest in time, then the first met)."""
    found = [(index, result) for index, group in enumerate(groups)
             if (result := match_group(report, group, keys=keys)).ok]
    found.sort(key=lambda hit: (hit[1].distance_km if hit[1].distance_km is not None else 0.0, hit[1].days or 0, hit[0]))
    return found


def best_match(report: Event, groups: Sequence[Sequence[Event]], *, keys: Keys | None = None) -> tuple[int, MatchResult] | None:
    """The group the report fits best (closest, then nearest in time), or None."""
    found = matches(report, groups, keys=keys)
    return found[0] if found else None


def groups_compatible(a: Sequence[Event], b: Sequence[Event], *, keys: Keys | None = None) -> bool:
    """Two groups one report fits are one incident's when they share no document, some member of one (besides the
    report) matches a member of the other and none firmly contradicts one (another type family, named places apart,
    a date beyond any window): two events whose first reports were coded apart, that a later report ties together."""
    if {x.document_id for x in a} & {y.document_id for y in b}:
        return False
    tied = False
    for x in a:
        for y in b:
            result = compare(x, y, keys=keys)
            if not (result.ok or result.outweighable):
                return False
            # Two events are tied only by a person named in full or an address: the wording or toll that ties a
            # report to one incident's event is what two incidents of one place and night may share too.
            tied = tied or (result.ok and bool(strong_cues(x, y, keys=keys)))
    return tied


def cluster(reports: Iterable[Event]) -> list[list[Event]]:
    """Group reports of one incident, in arrival order (what the store does one report at a time)."""
    groups: list[list[Event]] = []
    for report in reports:
        hit = best_match(report, groups)
        if hit is None:
            groups.append([report])
        else:
            groups[hit[0]].append(report)
    return groups


def article_key(report: Event) -> str:
    """What identifies the article a report comes from across its versions: its URL, else its document id without
    the revision mark."""
    urls = [s.url for s in report.sources if s.document_id == report.document_id and s.url]
    if urls:
        return "url:" + urls[0].strip().rstrip("/").lower()
    return "doc:" + report.document_id.split(REVISION_MARK)[0]


def current_reports(reports: Sequence[Event]) -> list[Event]:
    """The reports not superseded by a later version of their article (reports in the order they arrived)."""
    return [r for i, r in enumerate(reports)
            if not any(later.document_id != r.document_id and article_key(later) == article_key(r) for later in reports[i + 1:])]


def _published(report: Event) -> dt.date:
    dates = [s.published for s in report.sources if s.document_id == report.document_id and s.published]
    return dates[0] if dates else dt.date.min


def _precision_key(report: Event) -> tuple[int, int, int]:
    filled = sum(getattr(report, name) is not None for name in _DESCRIPTIVE)
    date_rank = list(PRECISION_DAYS).index(report.date_precision) if report.date_precision in PRECISION_DAYS else 9
    return (report.geo_precision or 9, date_rank, -filled)


def count_values(reports: Sequence[Event], name: str) -> list[FieldValue]:
    """Every report's value of a count field, oldest publication first."""
    values = [
        FieldValue(value=getattr(r, name), document_id=r.document_id, report_id=r.event_id, published=_published(r))
        for r in reports
        if getattr(r, name) is not None
    ]
    values.sort(key=lambda v: (v.published or dt.date.min))
    for v in values:
        if v.published == dt.date.min:
            v.published = None
    return values


def _latest_best(values: list[FieldValue]) -> int | None:
    """The toll of the latest report; among reports of the same day the lowest (the conservative one)."""
    if not values:
        return None
    latest = max((v.published or dt.date.min) for v in values)
    return min(v.value for v in values if (v.published or dt.date.min) == latest)


def reconcile(reports: Sequence[Event], *, event_id: str | None = None) -> Merged:
    """One event from its reports: descriptive fields from the most precise report, counts from the latest.

    Fatalities keep low / best / high across sources: low is the smallest value any source gave,
    high the largest, best the latest report's (a follow-up revising a toll updates the event). A later version of
    one article (its URL, or a revised document) supersedes the earlier one: its counts replace the earlier's even on
    the same publication day, which stay in ``values`` as the toll's history.
    """
    if not reports:
        raise ValueError("reconcile needs at least one report")
    ordered = sorted(reports, key=_precision_key)
    first = reports[0]
    merged = dataclasses.replace(ordered[0], event_id=event_id or first.event_id, document_id=first.document_id)
    for name in _DESCRIPTIVE:
        if getattr(merged, name) is None:
            for other in ordered[1:]:
                if getattr(other, name) is not None:
                    setattr(merged, name, getattr(other, name))
                    break
    dated = [r.event_date for r in reports if r.event_date and (r.date_precision or "day") == "day"]
    if dated:
        merged.event_date = min(dated)
    # Every version's counts are kept (values, the toll history); an updated article's replace its earlier version's.
    values = {name: count_values(reports, name) for name in COUNT_FIELDS}
    current = current_reports(reports)
    for name in COUNT_FIELDS:
        setattr(merged, name, _latest_best(count_values(current, name)))
    lows = [r.fatalities_low if r.fatalities_low is not None else r.fatalities for r in current]
    highs = [r.fatalities_high if r.fatalities_high is not None else r.fatalities for r in current]
    lows = [v for v in lows if v is not None]
    highs = [v for v in highs if v is not None]
    if merged.fatalities is not None:
        merged.fatalities_low = min(lows + [merged.fatalities])
        merged.fatalities_high = max(highs + [merged.fatalities])
    # The strongest certainty any report gives: one confirmation outweighs claims.
    certainty_order = ["confirmed", "reported", "claimed", "unconfirmed", "denied"]
    merged.certainty = min((r.certainty for r in reports), key=lambda c: certainty_order.index(c) if c in certainty_order else 9)
    merged.evidence = [e for r in reports for e in r.evidence]
    merged.sources = _sources(reports)
    return Merged(event=merged, values=values)


def _sources(reports: Sequence[Event]) -> list[Source]:
    seen: dict[str, Source] = {}
    for report in reports:
        for source in report.sources or [Source(document_id=report.document_id)]:
            seen.setdefault(source.document_id, source)
    return list(seen.values())


def pairwise_scores(predicted: Sequence[Sequence[str]], gold: dict[str, str]) -> dict[str, float]:
    """Pairwise precision / recall / F1 of a clustering of report ids against gold incident labels."""
    pred_pairs = {frozenset((a, b)) for group in predicted for i, a in enumerate(group) for b in group[i + 1 :]}
    ids = sorted(gold)
    gold_pairs = {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :] if gold[a] == gold[b]}
    tp = len(pred_pairs & gold_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision, "recall": recall, "f1": f1,
        "predicted_pairs": len(pred_pairs), "gold_pairs": len(gold_pairs), "true_pairs": tp,
    }

"""Thresholds and vocabulary of cross-report merging (eventsift.store.merge), each with how it was chosen.

The vocabulary comes from ``merge_rules.json`` next to this module; type compatibility from the typology
(eventsift/ontology/typology.tsv, column merges_with).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

from eventsift import ontology
from eventsift.documents import dedup

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
NAME_SUFFIXES: frozenset[str] = frozenset(_RULES["name_suffixes"])
STREET_WORDS: tuple[str, ...] = tuple(_RULES["street_words"])
RECURRING_ROLES: frozenset[str] = frozenset(_RULES["recurring_roles"])
NOT_PERSON_WORDS: frozenset[str] = frozenset(_RULES["not_person_words"])
STRONG_TYPE_FAMILIES: tuple[frozenset[str], ...] = tuple(frozenset(f) for f in _RULES["strong_type_families"])
DEVELOPMENTS = "Strategic developments"
TARGET_SIDES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _RULES["target_sides"].items()}
MISREAD_DEVELOPMENTS: frozenset[str] = frozenset(_RULES["misread_developments"])

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
# A finer place (a neighbourhood, a site) that both reports' sentences name, when one of them is coded to no place at
# all (its town missed: "mourned in North Arden" beside "the North Arden neighborhood" of a placed report): it stands
# in for the place that report lacks, weighing what an age does. Not between two placed reports, whose places are
# compared as places (two shootings of one neighbourhood and week are common in a large city).
PLACE_CUE = 1
# A count this large that both reports give weighs one more: few incidents of one place and week have it.
LARGE_TOLL = 5
# Dead weigh so from fewer: four killed is where tallies of mass killings start, rarer than four wounded. Measured with
# bench/merge_eval.py: 5 -> 4 for the dead joined 6 more pairs of reports of one incident on the GVA sample and no pair
# of two; the ACLED and GTD false-merge rates did not move.
LARGE_DEATH_TOLL = 4
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
# A victim both documents describe by the same age and sex ("a 23-year-old man", merge_refs.victims), the reports dated
# within FOLLOW_UP_WINDOW_DAYS: a strong cue of this weight (instead of an age's). Measured on the GVA reports of one
# state dated within a fortnight: 13 pairs of one incident's reports describe a victim alike, 1 pair of two incidents.
VICTIM_CUE = 2
# Each further person named in full in both weighs one more, up to this many.
MORE_FULL_NAMES = 2
# How far apart reports tied by a strong cue may be dated: a trial or a sentencing is reported a year or two after
# the incident, coded on the hearing's date. Beyond it two incidents with one victim's name are more likely (a
# person shot twice, a suspect charged again).
STRONG_WINDOW_DAYS = 800
# Two or more people named in full in both (the victim and the accused, two victims): a trial, an appeal or a retrial
# reported up to five years after the incident is dated by its hearing. Two namesakes of one incident's people, in one
# place, years apart, are rarer than one; the reports may then be dated this far apart.
TRIAL_WINDOW_DAYS = 5 * 365
TRIAL_FULL_NAMES = 2
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

# Every threshold and vocabulary name, for ``from eventsift.store.merge_rules import *`` in eventsift.store.merge.
__all__ = [name for name in list(globals()) if name.isupper()]

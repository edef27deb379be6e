"""Toponym resolution: choose one candidate per place name using the whole document as context.

Decide, then write: ``score_candidates`` and ``choose`` only rank ``Candidate`` records; the gazetteer turns
the chosen ones into ``Place`` records. Context, strongest first: countries and provinces the document names,
other places in the same document (their countries and provinces), the publisher's country, the dateline's
country, and population as the prior.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

# Score weights. Population enters as log10, so +1 is worth a tenfold population. Set by hand and checked with
# bench/geo_eval.py on the ACLED 2020 file: a country the article names must beat any population gap short of
# ~10^4, a province named in the article ~10^3, another place of the article in the same country ~10^2.
COUNTRY_NAMED_BONUS = 4.0
ADMIN1_NAMED_BONUS = 3.0
SAME_COUNTRY_AS_OTHERS_BONUS = 2.0
SAME_ADMIN1_AS_OTHERS_BONUS = 1.5
PUBLISHER_COUNTRY_BONUS = 1.5
DATELINE_COUNTRY_BONUS = 1.0
# Admin areas carry their cities' summed population; these keep a big province from losing to a small town of
# the same name and a country from losing to anything.
FEATURE_BONUS = {"country": 4.0, "admin1": 1.0, "admin2": 0.5, "city": 0.0}
# A match through a looser key is weaker evidence than an exact spelling.
KIND_PENALTY = {0: 0.0, 1: 1.0, 2: 3.0, 3: 0.5}
# ACLED geo_precision of the place itself, by feature.
FEATURE_PRECISION = {"city": 1, "admin2": 2, "admin1": 3, "country": 3}


@dataclass(slots=True, kw_only=True)
class Candidate:
    """A gazetteer entry a name may refer to."""

    id: int
    name: str
    country_code: str
    feature: str
    latitude: float
    longitude: float
    admin1: str | None
    admin2: str | None
    geonameid: int | None
    population: int
    namesake: int | None
    kind: int  # 0 name or curated alias, 1 without articles/area words, 2 skeleton, 3 GeoNames alternate


@dataclass(slots=True, kw_only=True)
class Context:
    """What the document says about where it is."""

    countries: set[str] = field(default_factory=set)  # ISO codes of countries the document names
    admin1: set[tuple[str, str]] = field(default_factory=set)  # (country, admin1) the document names
    publisher_country: str | None = None
    dateline_country: str | None = None


def prior(candidate: Candidate) -> float:
    return math.log10(candidate.population + 1) + FEATURE_BONUS.get(candidate.feature, 0.0) - KIND_PENALTY[candidate.kind]


def score(candidate: Candidate, context: Context, others: Counter, others_admin1: Counter) -> float:
    """The candidate's score given the document context and the other toponyms' current choices."""
    value = prior(candidate)
    cc = candidate.country_code
    if cc in context.countries:
        value += COUNTRY_NAMED_BONUS
    if candidate.admin1 and (cc, candidate.admin1) in context.admin1 and candidate.feature != "admin1":
        value += ADMIN1_NAMED_BONUS
    if others.get(cc):
        value += SAME_COUNTRY_AS_OTHERS_BONUS
    if candidate.admin1 and others_admin1.get((cc, candidate.admin1)):
        value += SAME_ADMIN1_AS_OTHERS_BONUS
    if cc == context.publisher_country:
        value += PUBLISHER_COUNTRY_BONUS
    if cc == context.dateline_country:
        value += DATELINE_COUNTRY_BONUS
    return value


def choose(candidates: Sequence[Candidate], context: Context, others: Counter, others_admin1: Counter) -> Candidate | None:
    if not candidates:
        return None
    return max(candidates, key=lambda c: (score(c, context, others, others_admin1), c.population, -c.id))


def choose_all(candidate_lists: Sequence[Sequence[Candidate]], context: Context) -> list[Candidate | None]:
    """Choose for every toponym: first on the document context alone, then again with the others' choices."""
    empty: Counter = Counter()
    picks = [choose(cands, context, empty, empty) for cands in candidate_lists]
    for _ in range(RESOLUTION_ROUNDS):
        countries = Counter(p.country_code for p in picks if p)
        admin1 = Counter((p.country_code, p.admin1) for p in picks if p and p.admin1)
        new = []
        for cands, pick in zip(candidate_lists, picks):
            others = countries.copy()
            others_admin1 = admin1.copy()
            if pick is not None:
                others[pick.country_code] -= 1
                if pick.admin1:
                    others_admin1[(pick.country_code, pick.admin1)] -= 1
            new.append(choose(cands, context, +others, +others_admin1))
        if new == picks:
            break
        picks = new
    return picks


# Re-scoring rounds with the other toponyms' choices; choices settle after one or two on real articles.
RESOLUTION_ROUNDS = 3


def qualifier_precision(qualifier: str | None, patterns: dict[str, int]) -> int:
    """The geo_precision a qualifier implies ("near" -> 2), 1 when it implies nothing."""
    if not qualifier:
        return 1
    text = qualifier.lower()
    best = 1
    for pattern, precision in patterns.items():
        if re.search(rf"(?<![a-z]){re.escape(pattern)}(?![a-z])", text) or (
            pattern in ("km", "kms", "miles") and re.search(rf"\d\s*{pattern}\b", text)
        ):
            best = max(best, precision)
    return best

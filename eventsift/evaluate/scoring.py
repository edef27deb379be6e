"""Scoring predicted events against gold ones: match within a document, then agree field by field.

``match`` pairs each gold event with at most one predicted event (best compatibility first);
``score_document`` turns the pairs into per-field outcomes; ``Scoreboard`` sums them over a run.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from eventsift.evaluate.gold import GoldDocument, GoldEvent, labels, type_mapping
from eventsift.records import Event
from eventsift.geo.distance import haversine_km

# ACLED's own threshold for "the same place" in its geo-precision guide; the 25 km target.
DEFAULT_MAX_KM = 25.0
# "Date within 3 days": the window the issue sets for approximate dates.
DATE_TOLERANCE_DAYS = 3
NONE = "(none)"
NO_EVENT = "(no event)"
# Words that name a kind of administrative unit rather than the unit ("Kunduz province" = "Kunduz").
_ADMIN_WORDS = frozenset(
    "province provincia governorate muhafazat state region oblast department departamento district "
    "division territory county city town municipality prefecture the of".split()
)


# --- normalisation -------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def normalise_name(name: str | None) -> str:
    """Case, accents, punctuation and parenthetical qualifiers removed: "Sanaa (Yemen)" -> "sanaa"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def _place_key(name: str | None) -> str:
    words = [w for w in normalise_name(name).replace("-", " ").split() if w not in _ADMIN_WORDS]
    return " ".join(words)


def same_place_name(a: str | None, b: str | None) -> bool:
    key_a, key_b = _place_key(a), _place_key(b)
    return bool(key_a) and key_a == key_b


@lru_cache(maxsize=1)
def _admin1_aliases() -> dict[str, frozenset[str]]:
    """Place key -> keys of every name of the same first-level area (the gazetteer's admin1 spellings): data sets
    name one province differently ("South-West" in GTD, "Sud-Ouest" in ACLED) and neither is wrong."""
    from eventsift.geo.sources import admin1_abbreviation_rows, admin1_names

    abbreviations: dict[str, list[str]] = {}
    for _, admin1, written in admin1_abbreviation_rows():  # "Calif." and "CA" name California
        abbreviations.setdefault(admin1, []).extend(written)
    groups: dict[str, frozenset[str]] = {}
    named = [(area.name, area.aliases) for area in admin1_names()]
    named += [(admin1, []) for admin1 in abbreviations if admin1 not in {n for n, _ in named}]
    for name, aliases in named:
        keys = frozenset(k for k in (_place_key(n) for n in (name, *aliases, *abbreviations.get(name, ()))) if k)
        for key in keys:
            groups[key] = groups.get(key, frozenset()) | keys
    return groups


def same_admin1(a: str | None, b: str | None) -> bool:
    """The same first-level area, under any of its names."""
    return same_place_name(a, b) or (bool(_place_key(a)) and _place_key(a) in _admin1_aliases().get(_place_key(b), ()))


@lru_cache(maxsize=4096)
def _country_code(name: str) -> str:
    import pycountry

    aliases = {normalise_name(k): v for k, v in labels()["country_aliases"].items() if not k.startswith("_")}
    if normalise_name(name) in aliases:
        return aliases[normalise_name(name)]
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return _place_key(name)


def same_country(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return same_place_name(a, b) or _country_code(a.strip()) == _country_code(b.strip())


def _contains_words(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def same_actor(predicted: str | None, gold: str) -> bool:
    """Names agree when one's words, normalised, are a contiguous run of the other's."""
    p, g = normalise_name(predicted), normalise_name(gold)
    return bool(p and g) and (p == g or _contains_words(p, g) or _contains_words(g, p))


def _range_distance(value: float, low: float, high: float) -> float:
    return 0.0 if low <= value <= high else min(abs(value - low), abs(value - high))


def _date_distance(pred: Event, gold: GoldEvent) -> int | None:
    if pred.event_date is None or gold.date_low is None:
        return None
    high = gold.date_high or gold.date_low
    low, high = sorted((gold.date_low.toordinal(), high.toordinal()))
    return int(_range_distance(pred.event_date.toordinal(), low, high))


def _same_location(pred: Event, name: str | None) -> bool:
    """The place's name, or its county when the data set names a county ("Cook County")."""
    if same_place_name(pred.location, name):
        return True
    return bool(name) and name.split()[-1].lower() in ("county", "parish") and same_place_name(pred.admin2, name)


def _km(pred: Event, gold: GoldEvent) -> float | None:
    if None in (pred.latitude, pred.longitude, gold.latitude, gold.longitude):
        return None
    return haversine_km(pred.latitude, pred.longitude, gold.latitude, gold.longitude)  # type: ignore[arg-type]


# --- matching ------------------------------------------------------------------------------------


def pair_score(pred: Event, gold: GoldEvent, *, counts: bool = True) -> float:
    """How compatible a predicted event is with a gold one; 0 means nothing in common. ``counts=False``
    leaves the toll out, so that a toll is judged on the event that agrees on the rest."""
    score = 0.0
    if gold.sub_event_types and pred.sub_event_type in gold.sub_event_types:
        score += 4
    elif pred.event_type in gold.event_types:
        score += 2
    days = _date_distance(pred, gold)
    if days is not None:
        score += 2 if days == 0 else 1 if days <= DATE_TOLERANCE_DAYS else 0
    km = _km(pred, gold)
    if km is not None and km <= (gold.max_km or DEFAULT_MAX_KM):
        score += 2
    elif same_place_name(pred.location, gold.location):
        score += 2
    elif same_admin1(pred.admin1, gold.admin1):
        score += 1
    if counts and gold.fatalities_low is not None and gold.fatalities_low > 0:
        if _range_distance(pred.fatalities or 0, gold.fatalities_low, gold.fatalities_high or gold.fatalities_low) == 0:
            score += 1
    actors = (pred.actor1, pred.actor2, pred.assoc_actor_1, pred.assoc_actor_2)
    if any(_actor_ok(a, gold.perpetrators or gold.actor1) for a in actors):
        score += 1
    if gold.historical is not None and bool(pred.historical) != gold.historical:
        score -= 3
    return score


@dataclass(slots=True, kw_only=True)
class Match:
    pairs: list[tuple[int, int]]  # (gold index, predicted index)
    unmatched_gold: list[int]
    unmatched_pred: list[int]


# Weight of each agreeing field in the pairing score: small, so it only decides between candidates
# that ``pair_score`` finds equally compatible (e.g. two attacks on the same day in one report).
FIELD_TIEBREAK_WEIGHT = 0.1


def _pairing_weight(pred: Event, gold: GoldEvent) -> float:
    base = pair_score(pred, gold)
    if base <= 0:
        return 0.0
    agreeing = sum(o.correct for o in field_outcomes(pred, gold))
    return base + FIELD_TIEBREAK_WEIGHT * agreeing + (0 if gold.optional else 0.01)


def match_primary(gold: GoldEvent, predicted: list[Event]) -> Match:
    """The report's primary incident: the prediction that agrees best on type, date and place (not on the
    toll being scored), else the report's first current event."""
    current = [i for i, p in enumerate(predicted) if not p.historical]
    weights = [(pair_score(predicted[i], gold, counts=False), -i) for i in range(len(predicted))]
    best = max(range(len(predicted)), key=lambda i: weights[i], default=None)
    if best is None or weights[best][0] <= 0:
        best = current[0] if current else None
    if best is None:
        return Match(pairs=[], unmatched_gold=[0], unmatched_pred=list(range(len(predicted))))
    return Match(pairs=[(0, best)], unmatched_gold=[], unmatched_pred=[i for i in range(len(predicted)) if i != best])


def match(gold: list[GoldEvent], predicted: list[Event]) -> Match:
    """One-to-one pairing that maximises the summed pairing weight (greedy, then pairwise swaps)."""
    weight = [[_pairing_weight(p, g) for p in predicted] for g in gold]
    candidates = sorted(((w, gi, pi) for gi, row in enumerate(weight) for pi, w in enumerate(row) if w > 0),
                        key=lambda t: (-t[0], t[1], t[2]))
    pred_of: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in pred_of and pi not in used:
            pred_of[gi] = pi
            used.add(pi)
    _improve_by_swaps(pred_of, weight, len(predicted))
    pairs = sorted(pred_of.items())
    return Match(
        pairs=pairs,
        unmatched_gold=[i for i in range(len(gold)) if i not in pred_of],
        unmatched_pred=[i for i in range(len(predicted)) if i not in set(pred_of.values())],
    )


def _improve_by_swaps(pred_of: dict[int, int], weight: list[list[float]], n_pred: int) -> None:
    """Swap partners between two gold events, or move one to a free prediction, while the total rises."""
    improved = True
    while improved:
        improved = False
        for a in list(pred_of):
            free = [pi for pi in range(n_pred) if pi not in pred_of.values()]
            for pi in free:
                if weight[a][pi] > weight[a][pred_of[a]] + 1e-9:
                    pred_of[a] = pi
                    improved = True
            for b in list(pred_of):
                x, y = pred_of[a], pred_of[b]
                if a < b and weight[a][y] > 0 and weight[b][x] > 0 and \
                        weight[a][y] + weight[b][x] > weight[a][x] + weight[b][y] + 1e-9:
                    pred_of[a], pred_of[b] = y, x
                    improved = True


# --- per-field agreement -------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Outcome:
    """One field of one gold event: right or wrong, and by how much when it is a number."""

    field: str
    correct: bool
    error: float | None = None


def _count_outcome(name: str, value: int | None, low: int | None, high: int | None) -> Outcome | None:
    if low is None:
        return None
    error = _range_distance(value or 0, low, high if high is not None else low)
    return Outcome(field=name, correct=error == 0, error=error)


def gtd_attack_type_as_written(pred: Event) -> str:
    """The prediction's GTD attack type as the GTD export writes it: its own code, "Unknown" without one."""
    return pred.gtd_attack_type or "Unknown"


def _acled_type_fits_gtd(pred: Event, gold: GoldEvent) -> bool:
    """The prediction's ACLED sub-type is one the gold GTD attack type may be coded as (the typology's crosswalk,
    eventsift/ontology/gtd_attack_types.tsv): a lenient figure, reported under its own name."""
    mapping = type_mapping("gtd_attack_types", gold.gtd_attack_type or "")
    if mapping is None:
        return False
    return pred.sub_event_type in mapping.sub_event_types


def _actor_ok(pred_name: str | None, names: tuple[str, ...]) -> bool:
    return any(same_actor(pred_name, n) for n in names)


def _inter_ok(pred: int | None, gold: int) -> bool:
    return (pred or 0) == gold


def field_outcomes(pred: Event | None, gold: GoldEvent) -> list[Outcome]:
    """Every field the gold event codes, judged against ``pred`` (``None``: the event was missed)."""
    p = pred or Event(event_id="", document_id="", event_type=NONE, sub_event_type=NONE)
    missed = pred is None
    out: list[Outcome | None] = []

    def check(name: str, coded: bool, ok: Callable[[], bool]) -> None:
        if coded:
            out.append(Outcome(field=name, correct=not missed and ok()))

    # GTD codes no ACLED type: its rows' ACLED types come from the crosswalk and are scored once, by name, below
    acled_typed = not gold.types_from_crosswalk
    check("event_type", acled_typed and bool(gold.event_types), lambda: p.event_type in gold.event_types)
    check("sub_event_type", acled_typed and bool(gold.sub_event_types), lambda: p.sub_event_type in gold.sub_event_types)
    check("type_agreement", acled_typed and bool(gold.event_types or gold.sub_event_types),
          lambda: p.sub_event_type in gold.sub_event_types if gold.sub_event_types else p.event_type in gold.event_types)
    check("inter1", gold.inter1 is not None, lambda: _inter_ok(p.inter1, gold.inter1))  # type: ignore[arg-type]
    check("inter2", gold.inter2 is not None, lambda: _inter_ok(p.inter2, gold.inter2))  # type: ignore[arg-type]
    check("actor1", bool(gold.actor1), lambda: _actor_ok(p.actor1, gold.actor1))
    check("actor2", bool(gold.actor2), lambda: _actor_ok(p.actor2, gold.actor2))
    actors = (p.actor1, p.actor2, p.assoc_actor_1, p.assoc_actor_2)
    check("perpetrator", bool(gold.perpetrators), lambda: any(_actor_ok(a, gold.perpetrators) for a in actors))
    check("gtd_attack_type", gold.gtd_attack_type is not None,
          lambda: gtd_attack_type_as_written(p) == gold.gtd_attack_type)
    check("acled_type_fits_gtd_attack_type", gold.gtd_attack_type not in (None, "Unknown"),
          lambda: _acled_type_fits_gtd(p, gold))
    for name, value, low, high in (
        ("fatalities", p.fatalities, gold.fatalities_low, gold.fatalities_high),
        ("injured", p.injured, gold.injured_low, gold.injured_high),
        ("abducted", p.abducted, gold.abducted_low, gold.abducted_high),
    ):
        outcome = _count_outcome(name, value, low, high)
        if outcome is not None:
            out.append(Outcome(field=name, correct=False) if missed else outcome)
    if gold.fatalities_low is not None and gold.injured_low is not None:
        both = [o for o in out if o.field in ("fatalities", "injured")]
        out.append(Outcome(field="fatalities_and_injured", correct=not missed and all(o.correct for o in both)))
    days = _date_distance(p, gold)
    check("date_exact", gold.date_low is not None, lambda: days == 0)
    check("date_within_3_days", gold.date_low is not None, lambda: days is not None and days <= DATE_TOLERANCE_DAYS)
    if out and gold.date_low is not None and days is not None and not missed:
        out[-1].error = float(days)
    check("date_precision", bool(gold.date_precisions), lambda: p.date_precision in gold.date_precisions)
    check("country", gold.country is not None, lambda: same_country(p.country, gold.country))
    check("admin1", gold.admin1 is not None, lambda: same_admin1(p.admin1, gold.admin1))
    km = _km(p, gold)
    has_point = gold.latitude is not None and gold.longitude is not None
    check("location_within_km", has_point, lambda: km is not None and km <= (gold.max_km or DEFAULT_MAX_KM))
    if has_point and km is not None and not missed:
        out[-1].error = km
    check("location_name", gold.location is not None and not has_point, lambda: _same_location(p, gold.location))
    check("geo_precision", bool(gold.geo_precisions), lambda: p.geo_precision in gold.geo_precisions)
    check("certainty", bool(gold.certainties), lambda: p.certainty in gold.certainties)
    check("historical", gold.historical is not None, lambda: bool(p.historical) == gold.historical)
    return [o for o in out if o is not None]


# --- documents and runs --------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class DocumentScore:
    document_id: str
    outcomes: list[Outcome]
    matched: int  # required gold events paired with a prediction
    matched_optional: int
    required: int
    extra: int  # current (non-historical) predictions paired with no gold event
    other_incidents: int  # for a primary-incident document: its other current predictions (not scored)
    type_pairs: list[tuple[str, str]]  # (gold label, predicted type) for the confusion matrix
    sub_type_pairs: list[tuple[str, str]]

    @property
    def cost(self) -> float:
        """How bad this document went, for picking the worst misses to show."""
        wrong = sum(1 for o in self.outcomes if not o.correct)
        return wrong + 2 * (self.required - self.matched) + self.extra


def score_document(gold: GoldDocument, predicted: list[Event]) -> DocumentScore:
    """Match, then judge every coded field; a negative document scores whether nothing was coded."""
    m = match_primary(gold.events[0], predicted) if gold.primary_incident and len(gold.events) == 1 \
        else match(gold.events, predicted)
    outcomes: list[Outcome] = []
    type_pairs, sub_pairs = [], []
    for gi, pi in m.pairs:
        g, p = gold.events[gi], predicted[pi]
        outcomes.extend(field_outcomes(p, g))
        type_pairs.append((g.label or "/".join(g.event_types), p.event_type))
        if g.sub_event_types:
            sub_pairs.append((g.sub_event_types[0], p.sub_event_type))
    current_extras = [predicted[i] for i in m.unmatched_pred if not predicted[i].historical]
    other_incidents = len(current_extras) if gold.primary_incident else 0
    if gold.primary_incident:  # the report's other incidents are not coded: not errors, counted apart
        current_extras = []
    spare = iter(current_extras)
    for gi in m.unmatched_gold:
        g = gold.events[gi]
        if g.optional:
            continue
        outcomes.extend(field_outcomes(None, g))
        guess = next(spare, None)  # the confusion matrix shows a wrong guess rather than "(none)"
        type_pairs.append((g.label or "/".join(g.event_types), guess.event_type if guess else NONE))
        if g.sub_event_types:
            sub_pairs.append((g.sub_event_types[0], guess.sub_event_type if guess else NONE))
    if gold.is_negative:
        outcomes.append(Outcome(field="type_agreement", correct=not current_extras))
        type_pairs.extend((NO_EVENT, e.event_type) for e in current_extras)
        type_pairs.extend([(NO_EVENT, NONE)] if not current_extras else [])
    if gold.max_extra_events is not None:
        outcomes.append(Outcome(field="extra_events_within_allowance", correct=len(current_extras) <= gold.max_extra_events))
    required = sum(1 for g in gold.events if not g.optional)
    return DocumentScore(
        document_id=gold.document.id,
        outcomes=outcomes,
        matched=sum(1 for gi, _ in m.pairs if not gold.events[gi].optional),
        matched_optional=sum(1 for gi, _ in m.pairs if gold.events[gi].optional),
        required=required,
        extra=len(current_extras),
        other_incidents=other_incidents,
        type_pairs=type_pairs,
        sub_type_pairs=sub_pairs,
    )


@dataclass(slots=True, kw_only=True)
class FieldScore:
    """Agreement on one field over a run: ``accuracy`` over every gold event that codes it."""

    n: int = 0
    correct: int = 0
    error_sum: float = 0.0
    error_n: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None

    @property
    def mean_error(self) -> float | None:
        """Mean absolute error over matched events (counts: people, dates: days, places: km)."""
        return self.error_sum / self.error_n if self.error_n else None

    def add(self, outcome: Outcome) -> None:
        self.n += 1
        self.correct += outcome.correct
        if outcome.error is not None:
            self.error_sum += outcome.error
            self.error_n += 1


@dataclass(slots=True, kw_only=True)
class Scoreboard:
    """Running totals over many documents."""

    fields: dict[str, FieldScore] = field(default_factory=dict)
    matched_gold: int = 0
    required_gold: int = 0
    matched_predictions: int = 0
    extra_predictions: int = 0
    other_incidents: int = 0
    documents: int = 0
    confusion: Counter = field(default_factory=Counter)
    sub_confusion: Counter = field(default_factory=Counter)

    def add(self, score: DocumentScore) -> None:
        self.documents += 1
        for outcome in score.outcomes:
            self.fields.setdefault(outcome.field, FieldScore()).add(outcome)
        self.matched_gold += score.matched
        self.required_gold += score.required
        self.matched_predictions += score.matched + score.matched_optional
        self.extra_predictions += score.extra
        self.other_incidents += score.other_incidents
        self.confusion.update(score.type_pairs)
        self.sub_confusion.update(score.sub_type_pairs)

    @property
    def precision(self) -> float | None:
        total = self.matched_predictions + self.extra_predictions
        return self.matched_predictions / total if total else None

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.required_gold if self.required_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)


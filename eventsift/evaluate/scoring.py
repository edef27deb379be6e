"""Scoring predicted events against gold ones: match within a document, then agree field by field.

``match`` pairs each gold event with at most one predicted event (best compatibility first);
``score_document`` turns the pairs into per-field outcomes; ``Scoreboard`` sums them over a run.
The parts: ``names`` (when names agree), ``fields`` (per-field outcomes), ``matching`` (pairing events).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from eventsift.evaluate.fields import (  # noqa: F401  (offered here with the rest of scoring)
    DATE_TOLERANCE_DAYS,
    DEFAULT_MAX_KM,
    NONE,
    Outcome,
    field_outcomes,
    gtd_attack_type_as_written,
)
from eventsift.evaluate.gold import GoldDocument
from eventsift.evaluate.matching import FIELD_TIEBREAK_WEIGHT, Match, match, match_primary, pair_score  # noqa: F401
from eventsift.evaluate.names import normalise_name, same_actor, same_admin1, same_country, same_place_name  # noqa: F401
from eventsift.geo.distance import haversine_km  # noqa: F401
from eventsift.records import Event

NO_EVENT = "(no event)"


@dataclass(slots=True, kw_only=True)
class DocumentScore:
    document_id: str
    outcomes: list[Outcome]
    matched: int  # required gold events paired with a prediction
    matched_optional: int
    required: int
    extra: int  # current (non-historical) predictions paired with no gold event
    other_incidents: int  # for a primary-incident document: its other current predictions (not scored)
    extra_in_scope: int | None  # the extras the data set codes at all (None: the data set states no scope)
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
        extra_in_scope=sum(map(gold.scope.covers, current_extras)) if gold.scope else None,
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
    scoped_predictions: int = 0  # matched and extra predictions of documents that state a scope
    scoped_extra: int = 0
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
        if score.extra_in_scope is not None:
            self.scoped_predictions += score.matched + score.matched_optional + score.extra_in_scope
            self.scoped_extra += score.extra_in_scope
        self.confusion.update(score.type_pairs)
        self.sub_confusion.update(score.sub_type_pairs)

    @property
    def precision(self) -> float | None:
        total = self.matched_predictions + self.extra_predictions
        return self.matched_predictions / total if total else None

    @property
    def precision_in_scope(self) -> float | None:
        """Precision counting only the extras the data set codes at all (its ``EventScope``); ``None`` without one."""
        if not self.scoped_predictions:
            return None
        return (self.scoped_predictions - self.scoped_extra) / self.scoped_predictions

    @property
    def f1_in_scope(self) -> float | None:
        return _f1(self.precision_in_scope, self.recall)

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.required_gold if self.required_gold else None

    @property
    def f1(self) -> float | None:
        return _f1(self.precision, self.recall)


def _f1(p: float | None, r: float | None) -> float | None:
    """The harmonic mean of a precision and a recall; None when either is undefined."""
    return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)


"""Pairing predicted events with gold ones within a document: how compatible two events are, a one-to-one
pairing that maximises it, and a report's primary incident."""

from __future__ import annotations

from dataclasses import dataclass

from eventsift.evaluate.fields import (
    DATE_TOLERANCE_DAYS,
    DEFAULT_MAX_KM,
    range_distance,
    actor_ok,
    date_distance,
    field_outcomes,
    km_apart,
)
from eventsift.evaluate.gold import GoldEvent
from eventsift.evaluate.names import same_admin1, same_place_name
from eventsift.records import Event


def pair_score(pred: Event, gold: GoldEvent, *, counts: bool = True) -> float:
    """How compatible a predicted event is with a gold one; 0 means nothing in common. ``counts=False``
    leaves the toll out, so that a toll is judged on the event that agrees on the rest."""
    score = 0.0
    if gold.sub_event_types and pred.sub_event_type in gold.sub_event_types:
        score += 4
    elif pred.event_type in gold.event_types:
        score += 2
    days = date_distance(pred, gold)
    if days is not None:
        score += 2 if days == 0 else 1 if days <= DATE_TOLERANCE_DAYS else 0
    km = km_apart(pred, gold)
    if km is not None and km <= (gold.max_km or DEFAULT_MAX_KM):
        score += 2
    elif same_place_name(pred.location, gold.location):
        score += 2
    elif same_admin1(pred.admin1, gold.admin1):
        score += 1
    if counts and gold.fatalities_low is not None and gold.fatalities_low > 0:
        if range_distance(pred.fatalities or 0, gold.fatalities_low, gold.fatalities_high or gold.fatalities_low) == 0:
            score += 1
    actors = (pred.actor1, pred.actor2, pred.assoc_actor_1, pred.assoc_actor_2)
    if any(actor_ok(a, gold.perpetrators or gold.actor1) for a in actors):
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

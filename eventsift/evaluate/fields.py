"""Per-field agreement: every field a gold event codes, judged against the predicted event paired with it, with
the error of a count (people), a date (days) or a place (km)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from eventsift.evaluate.gold import GoldEvent, type_mapping
from eventsift.evaluate.names import same_actor, same_admin1, same_country, same_place_name
from eventsift.geo.distance import haversine_km
from eventsift.records import Event

# ACLED's own threshold for "the same place" in its geo-precision guide; the 25 km target.
DEFAULT_MAX_KM = 25.0
# "Date within 3 days": the window the issue sets for approximate dates.
DATE_TOLERANCE_DAYS = 3
NONE = "(none)"


@dataclass(slots=True, kw_only=True)
class Outcome:
    """One field of one gold event: right or wrong, and by how much when it is a number."""

    field: str
    correct: bool
    error: float | None = None


def _count_outcome(name: str, value: int | None, low: int | None, high: int | None) -> Outcome | None:
    if low is None:
        return None
    error = range_distance(value or 0, low, high if high is not None else low)
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


def actor_ok(pred_name: str | None, names: tuple[str, ...]) -> bool:
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
    check("actor1", bool(gold.actor1), lambda: actor_ok(p.actor1, gold.actor1))
    check("actor2", bool(gold.actor2), lambda: actor_ok(p.actor2, gold.actor2))
    actors = (p.actor1, p.actor2, p.assoc_actor_1, p.assoc_actor_2)
    check("perpetrator", bool(gold.perpetrators), lambda: any(actor_ok(a, gold.perpetrators) for a in actors))
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
    days = date_distance(p, gold)
    check("date_exact", gold.date_low is not None, lambda: days == 0)
    check("date_within_3_days", gold.date_low is not None, lambda: days is not None and days <= DATE_TOLERANCE_DAYS)
    if out and gold.date_low is not None and days is not None and not missed:
        out[-1].error = float(days)
    check("date_precision", bool(gold.date_precisions), lambda: p.date_precision in gold.date_precisions)
    check("country", gold.country is not None, lambda: same_country(p.country, gold.country))
    check("admin1", gold.admin1 is not None, lambda: same_admin1(p.admin1, gold.admin1))
    km = km_apart(p, gold)
    has_point = gold.latitude is not None and gold.longitude is not None
    check("location_within_km", has_point, lambda: km is not None and km <= (gold.max_km or DEFAULT_MAX_KM))
    if has_point and km is not None and not missed:
        out[-1].error = km
    check("location_name", gold.location is not None and not has_point, lambda: same_location(p, gold.location))
    check("geo_precision", bool(gold.geo_precisions), lambda: p.geo_precision in gold.geo_precisions)
    check("certainty", bool(gold.certainties), lambda: p.certainty in gold.certainties)
    check("historical", gold.historical is not None, lambda: bool(p.historical) == gold.historical)
    return [o for o in out if o is not None]


def range_distance(value: float, low: float, high: float) -> float:
    return 0.0 if low <= value <= high else min(abs(value - low), abs(value - high))


def date_distance(pred: Event, gold: GoldEvent) -> int | None:
    if pred.event_date is None or gold.date_low is None:
        return None
    high = gold.date_high or gold.date_low
    low, high = sorted((gold.date_low.toordinal(), high.toordinal()))
    return int(range_distance(pred.event_date.toordinal(), low, high))


def same_location(pred: Event, name: str | None) -> bool:
    """The place's name, or its county when the data set names a county ("Cook County")."""
    if same_place_name(pred.location, name):
        return True
    return bool(name) and name.split()[-1].lower() in ("county", "parish") and same_place_name(pred.admin2, name)


def km_apart(pred: Event, gold: GoldEvent) -> float | None:
    if None in (pred.latitude, pred.longitude, gold.latitude, gold.longitude):
        return None
    return haversine_km(pred.latitude, pred.longitude, gold.latitude, gold.longitude)  # type: ignore[arg-type]

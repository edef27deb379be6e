"""Exports keep their formats' conventions: ACLED ids and actor types, GTD's unknown date parts, stable ids."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
from pathlib import Path

import pytest

from eventsift import export as ex
from eventsift.ontology import event_types, inter_codes, typology
from eventsift.ontology.actor_rules import actor_types, find_fix, fixes, recode, violations
from eventsift.records import Event, Evidence
from eventsift.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from test_store_ingest import doc, events_from_text  # noqa: E402


def event(**fields) -> Event:
    base = dict(event_id="ev-1", document_id="d1", event_type="Battles", sub_event_type="Armed clash",
                actor1="Rebels", actor2="Military Forces", inter1=2, inter2=1, event_date=dt.date(2019, 8, 14),
                date_precision="day", country="Pakistan", latitude=30.2, longitude=67.0, fatalities=2,
                evidence=[Evidence(document_id="d1", field="event_type", sentence="Rebels and troops clashed.", start=11, end=18)])
    base.update(fields)
    return Event(**base)


def rows(fmt: str, events: list[Event]) -> list[dict[str, str]]:
    buf = io.StringIO()
    ex.export(events, fmt=fmt, out=buf)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


# -- ACLED -------------------------------------------------------------------------------------
def test_event_id_cnty_is_a_country_code_and_a_number_stable_for_the_event():
    (row,) = rows("acled", [event()])
    assert re.fullmatch(r"PAK\d+", row["event_id_cnty"])
    again = event(event_id="ev-other-store-id", evidence=list(reversed(event().evidence)))
    assert rows("acled", [again])[0]["event_id_cnty"] == row["event_id_cnty"]  # the store's id does not matter
    other = event(evidence=[Evidence(document_id="d2", field="event_type", sentence="x", start=11, end=18)])
    assert rows("acled", [other])[0]["event_id_cnty"] != row["event_id_cnty"]


NAMES = {1: "Military Forces", 2: "Rebels", 3: "Gunmen", 7: "Civilians", None: None}


@pytest.mark.parametrize(("kind", "inter1", "inter2", "expected"), [
    # a "battle" against civilians: the civilians were the clash's casualties, the other armed side is unnamed
    ("Battles", 2, 7, ("Battles", "Rebels", "", "2", "0")),
    ("Battles", 7, 3, ("Battles", "Gunmen", "", "3", "0")),                     # the armed side becomes actor1
    ("Battles", 2, 1, ("Battles", "Rebels", "Military Forces", "2", "1")),      # two armed sides: kept
    ("Battles", 2, None, ("Battles", "Rebels", "", "2", "0")),                  # an unnamed second side is allowed
    ("Violence against civilians", 7, 3, ("Violence against civilians", "Gunmen", "Civilians", "3", "7")),
    ("Violence against civilians", 3, 7, ("Violence against civilians", "Gunmen", "Civilians", "3", "7")),
])
def test_a_battle_needs_two_armed_sides_and_civilians_are_acted_on(kind, inter1, inter2, expected):
    sub = "Armed clash" if kind == "Battles" else "Attack"
    (row,) = rows("acled", [event(event_type=kind, sub_event_type=sub, actor1=NAMES[inter1], actor2=NAMES[inter2],
                                  inter1=inter1, inter2=inter2)])
    assert (row["event_type"], row["actor1"], row["actor2"], row["inter1"], row["inter2"]) == expected
    assert row["sub_event_type"] == sub


def test_actor_rules_cover_every_event_type_and_every_entry_loads():
    assert set(actor_types()) == set(event_types())
    codes = set(inter_codes())
    for first, second in actor_types().values():
        for side in (first, second):
            assert side.codes is None or side.codes - {None} <= codes
    assert fixes()
    for fix in fixes():
        assert fix.event_type in actor_types() and fix.new_event_type in ("*", *event_types())
        kind = fix.event_type if fix.new_event_type == "*" else fix.new_event_type
        assert fix.new_sub_event_type == "*" or typology()[fix.new_sub_event_type].event_type == kind
        assert fix.clear in (None, "actor1", "actor2")


@pytest.mark.parametrize("kind", sorted({r.event_type for r in typology().values()}))
def test_every_fix_leaves_an_event_that_keeps_the_rules(kind):
    subs = [s for s, r in typology().items() if r.event_type == kind]
    for a in [*inter_codes(), None]:
        for b in [*inter_codes(), None]:
            original = event(event_type=kind, sub_event_type=subs[0], inter1=a, inter2=b)
            if find_fix(original) is not None:
                assert not violations(recode(original)), (kind, a, b)
            else:
                assert recode(original) is original


# -- GTD ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("precision", "month", "day"), [("day", "8", "14"), ("week", "8", "0"), ("month", "8", "0"),
                                                          ("year", "0", "0")])
def test_gtd_month_and_day_are_zero_when_unknown(precision, month, day):
    (row,) = rows("gtd", [event(date_precision=precision)])
    assert (row["iyear"], row["imonth"], row["iday"]) == ("2019", month, day)
    assert row["eventid"] == f"2019{int(month):02d}{int(day):02d}0001"


# -- ids independent of ingestion order ------------------------------------------------------------
def corpus(n: int, incidents: int) -> list:
    """n reports of ``incidents`` incidents (several outlets each), as the stand-in coder reads them."""
    out = []
    for i in range(n):
        k = i % incidents
        text = (f"Report {i}. type=Battles sub=Armed_clash date=2020-05-{1 + k % 5:02d} lat={30 + k * 0.9:.3f} "
                f"lon={67 + k * 0.9:.3f} killed={k + i % 3} actor=Taliban")
        out.append(doc(text, published=f"2020-05-{6 + i % 3:02d}", publisher=f"Outlet {i % 4}"))
    return out


def ingest_in_order(path: Path, documents: list) -> tuple[list[str], list[dict[str, str]]]:
    store = Store.open(f"sqlite:///{path}")
    try:
        for d in documents:
            store.ingest(d, events_from_text(d))
        events = store.list_events()
    finally:
        store.close()
    exported = rows("acled", events)
    for row in exported:
        row.pop("timestamp")
    return [e.event_id for e in events], exported


def test_the_same_corpus_exports_the_same_ids_in_any_ingestion_order(tmp_path):
    documents = corpus(30, 6)
    store_ids, first = ingest_in_order(tmp_path / "a.db", documents)
    shuffled = documents[:]
    random.Random(16).shuffle(shuffled)
    other_store_ids, second = ingest_in_order(tmp_path / "b.db", shuffled)
    assert len(first) == 6
    assert set(store_ids) != set(other_store_ids)  # the store's own ids follow the first report: they differ
    assert first == second  # the exports do not, row for row
    assert len({r["event_id_cnty"] for r in first}) == len(first)

"""Cues reporters give that tie two reports of one incident: a block named without the street's kind, a person named
by the home the incident happened at, and a report whose type the extraction misread on the incident's own day and
place. Invented reports throughout."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from merge_reports import make_report

from eventsift.records import Document, Event, Evidence, Source
from eventsift.store import Store, merge

DAY = dt.date(2016, 9, 3)
TOWN = dict(location="Larkfield", admin2="Brandt County", admin1="Ohio", country="United States",
            latitude=40.10, longitude=-82.90, geo_precision=1)


def report(doc: str, text: str, *, date: dt.date = DAY, published: dt.date | None = None, **fields) -> Event:
    return make_report(doc, text, town=TOWN, date=date, published=published, **fields)


# -- a block named with or without the street's kind -----------------------------------------------------------------
def test_a_block_is_read_with_or_without_the_streets_kind() -> None:
    assert "block 2300 quarry" in merge._addresses("Shots were fired in the 2300 block of Quarry late Friday.")
    assert "block 2300 quarry" in merge._addresses("Shots were fired in the 2300 block of Quarry Road late Friday.")
    assert "block 600 north tillman" in merge._addresses("A woman was found in the 600 block of N. Tillman.")
    assert "block 1100 k" in merge._addresses("It happened in the 1100 block of K Street.")
    assert merge._addresses("Shots were fired on Quarry Road late Friday.") == set()


def test_one_block_ties_a_follow_up_dated_days_later() -> None:
    first = report("a", "A man was shot in the 2300 block of Quarry Road late Friday, police said.")
    later = DAY + dt.timedelta(days=6)
    follow_up = report("b", "Detectives are still looking for whoever fired shots in the 2300 block of Quarry.",
                       date=later, published=later)
    result = merge.compare(first, follow_up)
    assert result.ok, result
    assert "address block 2300 quarry" in result.criteria[-1]
    elsewhere = report("c", "Detectives are still looking for whoever fired shots in the 4100 block of Quarry.",
                       date=later, published=later)
    assert not merge.compare(first, elsewhere).ok


# -- a person named by their home --------------------------------------------------------------------------------------
def test_a_name_before_a_home_after_a_place_preposition_is_a_person() -> None:
    assert ("dwayne", "kettering") in merge._persons("Deputies found two people dead at Dwayne Kettering's home.")
    assert ("dwayne", "kettering") in merge._persons("Shots were fired outside Dwayne Kettering's apartment.")
    # A place after a preposition stays a place, with or without a possessive that names no home.
    assert merge._persons("Shots were fired at Harmon Plaza on Sunday.") == set()
    assert merge._persons("Shots were fired at Rosa Linden's Diner on Sunday.") == set()


# -- another type of one family on the incident's own day and place --------------------------------------------------
PROTEST = dict(event_type="Protests", sub_event_type="Excessive force against protesters",
               actor1="Protesters (United States)", actor2=None)


def test_a_misread_type_on_the_same_day_and_place_yields_to_cues_worth_one_criterion() -> None:
    first = report("a", "One man was killed and six people were wounded at a party hall early Sunday.",
                   fatalities=1, injured=6)
    misread = report("b", "Gunfire at a crowded party hall left one man dead and six people hurt, police said.",
                     fatalities=1, injured=6, **PROTEST)
    result = merge.compare(first, misread)
    assert result.ok, result
    assert "types differ (Violence against civilians / Protests): same day and place" in result.criteria[-1]


def test_a_misread_type_needs_more_than_one_cue() -> None:
    first = report("a", "One man was killed at a party hall early Sunday.", fatalities=1, injured=0)
    misread = report("b", "Gunfire at a crowded party hall left one man dead, police said.", fatalities=1, injured=0,
                     **PROTEST)
    result = merge.compare(first, misread)
    assert not result.ok and result.failed.startswith("types differ")


def test_another_sub_event_type_of_one_type_needs_more_cues_than_a_misread_type() -> None:
    first = report("a", "A man was killed and three people were hurt on a porch early Sunday.", fatalities=1, injured=3)
    misread = report("b", "Police said gunfire left one dead and three wounded at a house party.", fatalities=1,
                     injured=3, **PROTEST)
    assert merge.compare(first, misread).ok  # the same dead and wounded: one count each, 2
    assert "Sexual violence" in merge.SUB_EVENT_TYPES
    other_sub = dataclasses.replace(misread, event_type="Violence against civilians", sub_event_type="Sexual violence",
                                    actor1="Unidentified Armed Group (United States)", actor2="Civilians (United States)")
    result = merge.compare(first, other_sub)
    assert not result.ok and result.failed.startswith("sub-event types differ")


def test_a_misread_type_brings_its_own_actors() -> None:
    first = report("a", "One man was killed and six people were wounded at a party hall early Sunday.",
                   fatalities=1, injured=6)
    protest = dict(PROTEST, actor2="Police Forces of United States")
    misread = report("b", "Gunfire at a crowded party hall left one man dead and six people hurt, police said.",
                     fatalities=1, injured=6, **protest)
    result = merge.compare(first, misread)
    assert result.ok, result
    assert any(c.startswith("actors differ") and "as a report of the other type codes them" in c for c in result.criteria)
    # Of one type, the same actors apart are a disagreement of their own.
    same_type = report("c", "Gunfire at a crowded party hall left one man dead and six people hurt, police said.",
                       fatalities=1, injured=6, actor2="Police Forces of United States", actor1="Protesters (United States)")
    assert not merge.compare(first, same_type).ok


def test_another_type_days_later_or_elsewhere_still_needs_a_strong_cue() -> None:
    first = report("a", "One man was killed and six people were wounded at a party hall early Sunday.",
                   fatalities=1, injured=6)
    misread = report("b", "Gunfire at a crowded party hall left one man dead and six people hurt, police said.",
                     fatalities=1, injured=6, **PROTEST)
    days_later = dataclasses.replace(misread, event_date=DAY + dt.timedelta(days=5))
    assert not merge.compare(first, days_later).ok
    far = dataclasses.replace(misread, location="Dunmore", latitude=40.10, longitude=-81.90)
    assert not merge.compare(first, far).ok
    # An arrest in the case is another family: an event of its own, however much the reports share.
    arrest = dataclasses.replace(misread, event_type="Strategic developments", sub_event_type="Arrests")
    assert not merge.compare(first, arrest).ok


# -- the document's street ---------------------------------------------------------------------------------------------
def test_a_street_the_documents_name_ties_a_follow_up_dated_days_later() -> None:
    first = report("a", "A woman was wounded late Friday, police said.")
    later = DAY + dt.timedelta(days=5)
    follow_up = report("b", "Detectives are asking for help with last week's shooting.", date=later, published=later)
    assert not merge.compare(first, follow_up).ok
    (keys_a,) = merge.document_keys([first], "A woman was wounded late Friday, police said. It happened on Tamsin Road.")
    (keys_b,) = merge.document_keys([follow_up], "Detectives are asking for help. Officers were called to Tamsin Road.")
    assert "street:tamsin road" in keys_a and "street:tamsin road" in keys_b
    result = merge.compare(first, follow_up, keys={first.event_id: keys_a, follow_up.event_id: keys_b})
    assert result.ok, result
    assert "street tamsin road" in result.criteria[-1]
    # A street is no strong cue: it does not outweigh a date beyond the follow-up window.
    months = DAY + dt.timedelta(days=90)
    much_later = dataclasses.replace(follow_up, event_date=months, sources=[Source(document_id="b", published=months)])
    assert not merge.compare(first, much_later, keys={first.event_id: keys_a, much_later.event_id: keys_b}).ok


def test_a_round_up_gives_each_event_only_its_own_street() -> None:
    one = report("a", "A man was shot on Tamsin Road.")
    two = report("a", "A woman was shot on Quarry Lane.", event_id="a-2")
    text = "A man was shot on Tamsin Road. A woman was shot on Quarry Lane."
    keys_one, keys_two = merge.document_keys([one, two], text)
    assert "street:tamsin road" in keys_one and "street:quarry lane" not in keys_one
    assert "street:quarry lane" in keys_two and "street:tamsin road" not in keys_two


# -- where the wounded were taken ---------------------------------------------------------------------------------------
def test_a_hospital_is_not_a_place_of_the_incident() -> None:
    assert merge._places("He died at Larkfield General Hospital after the shooting in Dunmore.") == {"dunmore"}
    first = report("a", "Two men were shot at Harmon Plaza and taken to Saint Ives Medical Center.")
    other = report("b", "Two men were shot at Harmon Plaza; one was flown to Brightwater General Hospital.")
    assert merge.compare(first, other).ok
    elsewhere = report("c", "Two men were shot at Quarry Park and taken to Saint Ives Medical Center.")
    result = merge.compare(first, elsewhere)
    assert not result.ok and result.failed.startswith("different places named")


def test_the_store_finds_events_far_off_by_a_name_not_by_a_street(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    first = report("a", "Noel Ashgrove, 27, was shot on Tamsin Road late Friday.")
    store.ingest(Document(id="a", text=first.evidence[0].sentence, published=DAY), [first])
    months = DAY + dt.timedelta(days=120)
    elsewhere = dict(location="Dunmore", latitude=41.90, longitude=-84.10)
    street_only = report("b", "A cyclist was hit by gunfire on Tamsin Road.", date=months, **elsewhere)
    named = report("c", "A judge heard the case of the man accused of shooting Noel Ashgrove.", date=months, **elsewhere)
    with store.engine.connect() as conn:
        by_street, _ = store._candidates(conn, street_only, merge.identity_keys(street_only))
        by_name, _ = store._candidates(conn, named, merge.identity_keys(named))
    store.close()
    assert merge.identity_keys(street_only) == ["street:tamsin road"]
    assert by_street == [] and [event_id for event_id, _ in by_name] == [first.event_id]


def test_a_block_is_looked_up_with_its_kind_and_without(tmp_path: Path) -> None:
    keys = ["person:noel ashgrove", "address:2300 quarry road", "address:block 2300 quarry", "street:quarry road",
            "address:400 elm street"]
    assert merge.search_keys(keys) == ["person:noel ashgrove", "address:2300 quarry road", "address:block 2300 quarry",
                                       "address:400 elm street"]
    assert merge.search_keys(["address:block 2300 quarry"]) == ["address:block 2300 quarry"]
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    first = report("a", "A man was shot in the 2300 block of Quarry Road late Friday.")
    store.ingest(Document(id="a", text=first.evidence[0].sentence, published=DAY), [first])
    months = DAY + dt.timedelta(days=120)
    hearing = report("b", "A judge heard the case of the shooting in the 2300 block of Quarry.", date=months,
                     location="Dunmore", latitude=41.90, longitude=-84.10)
    with store.engine.connect() as conn:
        found, _ = store._candidates(conn, hearing, merge.identity_keys(hearing))
    store.close()
    assert [event_id for event_id, _ in found] == [first.event_id]


def test_a_block_given_with_its_kind_finds_a_report_that_left_the_kind_out(tmp_path: Path) -> None:
    # The first outlet writes "the 2300 block of Quarry", the later one "the 2300 block of Quarry Road", and the later
    # report is geocoded to a namesake far off: only the block, looked up without its kind, finds the first report.
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    first = report("a", "A man was shot in the 2300 block of Quarry late Friday.")
    store.ingest(Document(id="a", text=first.evidence[0].sentence, published=DAY), [first])
    later = report("b", "The man shot in the 2300 block of Quarry Road late Friday has died.",
                   location="Dunmore", latitude=41.90, longitude=-84.10)
    with store.engine.connect() as conn:
        found, _ = store._candidates(conn, later, merge.identity_keys(later))
    store.close()
    assert [event_id for event_id, _ in found] == [first.event_id]


def test_a_person_written_as_an_owner_after_in_is_no_place() -> None:
    # "charged in Tobin's death": the victim, whom the document names in full elsewhere, read as a place after "in".
    first = report("a", "A boy, 3, was shot in the Harmon Heights neighborhood late Sunday.")
    charge = report("b", "Two men were charged Tuesday in Tobin's death.")
    assert merge.evidence_check(first, charge)[1] == "different places named (harmon height / tobin)"
    assert merge.evidence_check(first, charge, persons=["tobin ashby"])[1] is None
    # Through the store's keys, as compare reads them
    keys = {first.event_id: set(), charge.event_id: {"person:tobin ashby"}}
    assert not (merge.compare(first, charge, keys=keys).failed or "").startswith("different places named")
    # A park named after a person is a place.
    park = report("c", "Two men were charged Tuesday in the shooting in Tobin Park.")
    assert merge.evidence_check(first, park, persons=["tobin ashby"])[1] == "different places named (harmon height / tobin park)"


# -- what names no finer place ---------------------------------------------------------------------------------------
def test_an_abbreviations_letters_name_no_finer_place() -> None:
    assert merge._places("A courier was robbed at gunpoint in a U.S. border town on Friday.") == set()
    assert merge._places("Shots were fired in D.C. on Friday.") == set()
    assert merge._places("He was shot in Brendan Heights on Friday.") == {"brendan height"}
    # "in a U.S. border town" against "in the Oakdale neighborhood" is no pair of places named apart
    one = report("a", "Two couriers were robbed and wounded at gunpoint in a U.S. border town, a wire service said.",
                 injured=2)
    other = report("b", "Two couriers were wounded in an armed robbery in the Oakdale neighborhood on Friday.",
                   injured=2)
    assert merge.compare(one, other).ok


def test_the_events_country_is_no_finer_place() -> None:
    one = report("a", "Two couriers were wounded in an armed robbery in the United States, a wire service said.",
                 injured=2)
    other = report("b", "Two couriers were wounded in an armed robbery in the Oakdale neighborhood on Friday.", injured=2)
    result = merge.compare(one, other)
    assert result.ok and not any("different places named" in c for c in result.criteria), result
    # events of another country: the United States is a place the report names, apart from the other's neighborhood
    abroad, other_abroad = (dataclasses.replace(e, country="Canada") for e in (one, other))
    assert merge.evidence_check(abroad, other_abroad)[1] == "different places named (united stat / oakdale)"


def test_a_tip_line_or_a_unit_names_no_person_apart_from_the_victim() -> None:
    first = report("a", "Tobias Wendell, 31, was shot on Marigold Avenue late Saturday, police said.")
    for text in ("Anyone with information should call Corran Crime Stoppers about the shooting on Marigold Avenue.",
                 "Officers of the Quarry Homicide Unit are investigating the shooting on Marigold Avenue."):
        agree, against, _ = merge.evidence_check(first, report("b", text))
        assert against is None and agree.startswith("reports agree"), against
    other = report("c", "Renata Olsen, 41, was wounded on Marigold Avenue late Saturday, police said.")
    assert merge.evidence_check(first, other)[1] == "different people named (wendell / olsen)"

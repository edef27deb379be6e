"""What a whole document says of its incident (eventsift.store.merge_refs): the incident's own date in a follow-up's
words ("the March 3 shooting", "Saturday's shooting") and a victim described by age and sex ("a 23-year-old man"), and
what they tie in the merge and in the store. Invented reports throughout."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from merge_reports import make_report

from eventsift.records import Document, Event
from eventsift.store import Store, merge
from eventsift.store import merge_refs
from eventsift.store.merge_refs import incident_dates, reference_keys, victims

DAY = dt.date(2014, 3, 8)  # a Saturday
TOWN = dict(location="Greyford", admin2="Pell County", admin1="Ohio", country="United States",
            latitude=40.20, longitude=-83.10, geo_precision=1)

FIRST = "A man was shot outside a corner store on Saturday night and taken to hospital, police said."
FIRST_DOC = FIRST + " No arrests have been made."


def report(doc: str, text: str, *, date: dt.date = DAY, published: dt.date | None = None, **fields) -> Event:
    return make_report(doc, text, town=TOWN, date=date, published=published, **fields)


def keys_of(*pairs: tuple[Event, str]) -> dict[str, list[str]]:
    """Each report's identity keys as the store reads them from its document."""
    return {r.event_id: merge.document_keys([r], text)[0] for r, text in pairs}


def test_a_follow_up_gives_its_incident_the_date_reporters_write() -> None:
    published = dt.date(2014, 6, 20)
    assert incident_dates("He was charged over the March 8 shooting outside the store.", published) == [DAY]
    assert incident_dates("Jurors heard that the Nov. 2, 2013, slaying began with an argument.", published) == [
        dt.date(2013, 11, 2)]
    assert incident_dates("The victim was shot on Saturday, March 8, outside the store.", published) == [DAY]
    assert incident_dates("Police said the stabbing occurred Feb. 27 near the river.", published) == [dt.date(2014, 2, 27)]
    # A month and day with no year is the last such day on or before the publication.
    assert incident_dates("the Dec. 30 shooting", published) == [dt.date(2013, 12, 30)]
    # A weekday is the last such day on or before the publication (a Tuesday paper's "Saturday's shooting").
    assert incident_dates("A vigil was held for the victims of Saturday's shooting.", dt.date(2014, 3, 11)) == [DAY]
    assert incident_dates("He was shot Saturday night near the park.", DAY) == [DAY]
    # A date that is no incident's, or after the paper, is not read.
    assert incident_dates("The hearing is set for March 3. The council meets on Monday.", published) == []
    assert incident_dates("the July 4 shooting", dt.date(2014, 3, 10)) == [dt.date(2013, 7, 4)]


def test_a_victim_is_described_by_age_and_sex() -> None:
    text = "A 23-year-old man and a 7-year-old Greyford girl were hit. A 40-year-old was unhurt; he is 51 years old."
    assert victims(text) == {"23 male", "7 female"}
    assert reference_keys(text, None) == ["victim:23 male", "victim:7 female"]


def test_a_follow_up_dated_by_its_hearing_joins_the_incident_whose_date_it_names() -> None:
    first = report("a", FIRST)
    hearing = dt.date(2014, 6, 20)
    text = "A Greyford man was charged Friday with attempted murder in the March 8 shooting outside a corner store."
    follow_up = report("b", text, date=hearing, published=hearing)
    result = merge.compare(follow_up, first, keys=keys_of((first, FIRST_DOC), (follow_up, text)))
    assert result.ok and any("names the other's date (2014-03-08)" in c for c in result.criteria)
    # Another date named, or none: months apart with nothing to tie them, two incidents.
    other = text.replace("March 8", "April 19")
    assert not merge.compare(report("b", other, date=hearing, published=hearing), first,
                             keys=keys_of((first, FIRST_DOC), (report("b", other, date=hearing), other))).ok
    assert not merge.compare(follow_up, first).ok


def test_a_named_date_does_not_tie_two_towns_of_another_state() -> None:
    first = report("a", FIRST)
    elsewhere = dict(location="Marlow", admin2="Kane County", admin1="Indiana", latitude=39.70, longitude=-86.20)
    text = "A man was charged Friday in the March 8 shooting outside a corner store."
    follow_up = report("b", text, date=dt.date(2014, 6, 20), **elsewhere)
    assert not merge.compare(follow_up, first, keys=keys_of((first, FIRST_DOC), (follow_up, text))).ok


def test_a_victim_described_alike_ties_a_misread_report_of_the_day() -> None:
    shooting = report("a", "A 19-year-old man was shot on Elmhurst Street.")
    vigil_text = "Neighbours gathered where a 19-year-old man was shot, calling for an end to the violence."
    vigil = report("b", vigil_text, event_type="Protests", sub_event_type="Peaceful protest",
                   actor1="Protesters (United States)", actor2=None, date=DAY + dt.timedelta(days=2))
    keys = keys_of((shooting, "A 19-year-old man was shot on Elmhurst Street on Saturday."), (vigil, vigil_text))
    result = merge.compare(vigil, shooting, keys=keys)
    assert result.ok and any("victims described alike 19 male" in c for c in result.criteria)
    # Another victim (a woman, or another age): nothing ties the protest to the shooting.
    for other in ("a 19-year-old woman", "a 31-year-old man"):
        text = vigil_text.replace("a 19-year-old man", other)
        differently = dataclasses.replace(vigil, evidence=report("b", text).evidence)
        assert not merge.compare(differently, shooting, keys={**keys, "b-1": merge.document_keys([differently], text)[0]}).ok


def test_victims_described_alike_months_apart_tie_nothing() -> None:
    first = report("a", "A 19-year-old man was shot.")
    later = report("b", "A 19-year-old man was shot.", date=DAY + dt.timedelta(days=90))
    keys = keys_of((first, "A 19-year-old man was shot."), (later, "A 19-year-old man was shot."))
    assert not merge.strong_cues(first, later, keys=keys)
    assert not merge.compare(later, first, keys=keys).ok


def test_the_store_finds_the_incident_a_late_follow_up_names_and_says_why(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    first = store.ingest(Document(id="a", text=FIRST_DOC, published=DAY), [report("a", FIRST)]).event_ids[0]
    hearing = dt.date(2014, 6, 20)
    text = "A Greyford man was charged Friday with attempted murder in the March 8 shooting outside a corner store."
    later = store.ingest(Document(id="b", text=text, published=hearing),
                         [report("b", text, date=hearing, published=hearing)]).event_ids[0]
    detail = store.show(first)
    store.close()
    assert later == first
    joined = [m for m in detail.members if m.report.event_id == "b-1"][0]
    assert any("names the other's date" in c for c in joined.criteria["criteria"])


def test_a_development_with_a_toll_on_the_attacks_day_and_place_is_a_misread_attack() -> None:
    attack = report("a", "Two men were killed and four wounded when gunmen fired on a porch on Ketter Street.",
                    fatalities=2, injured=4)
    misread = report("b", "Two people died and four were hurt after shots were fired at a gathering on Ketter Street.",
                     event_type="Strategic developments", sub_event_type="Change to group/activity",
                     fatalities=2, injured=4)
    result = merge.compare(misread, attack)
    assert result.ok and any("same day and place" in c for c in result.criteria)
    # An arrest in the case is an event of its own, whatever it says of the toll.
    arrest = dataclasses.replace(misread, sub_event_type="Arrests")
    assert not merge.compare(arrest, attack).ok
    # Without a toll of its own, or on another day, a development stays one.
    assert not merge.compare(dataclasses.replace(misread, fatalities=0, injured=None), attack).ok
    assert not merge.compare(dataclasses.replace(misread, event_date=DAY + dt.timedelta(days=9)), attack).ok


def test_a_follow_up_that_names_only_the_month_needs_cues_as_a_follow_up_of_the_window() -> None:
    published = dt.date(2014, 6, 20)
    assert merge_refs.incident_months("Police made an arrest in an April shooting at a bowling alley.", published) == [
        "2014-04"]
    assert merge_refs.incident_months("He was shot back in March of 2013 outside his home.", published) == ["2013-03"]
    assert merge_refs.incident_months("In January, two men were killed at a party.", published) == ["2014-01"]
    assert merge_refs.incident_months("The trial is set for May. He may be released.", published) == []
    first = report("a", "Four people were wounded at a bowling alley on Halvern Street on Saturday night.", injured=4)
    text = "Police made an arrest in a March shooting at a bowling alley on Halvern Street that left four people wounded."
    follow_up = report("b", text, date=published, published=published, injured=4)
    keys = keys_of((first, FIRST_DOC), (follow_up, text))
    result = merge.compare(follow_up, first, keys=keys)
    assert result.ok and any("names the month of the other's date (2014-03)" in c for c in result.criteria)
    # The month named is a soft criterion, not a date held: with nothing else in common, two incidents.
    bare = "Police made an arrest in a March shooting."
    alone = report("b", bare, date=published, published=published)
    assert not merge.compare(alone, first, keys=keys_of((first, FIRST_DOC), (alone, bare))).ok
    # Another month named: months apart, nothing ties them.
    other = text.replace("a March shooting", "an April shooting")
    elsewhere = report("b", other, date=published, published=published, injured=4)
    assert not merge.compare(elsewhere, first, keys=keys_of((first, FIRST_DOC), (elsewhere, other))).ok


def test_the_store_looks_up_the_events_of_a_named_month_near_the_report(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    march = store.ingest(Document(id="a", text=FIRST_DOC, published=DAY), [report("a", FIRST)]).event_ids[0]
    april = dt.date(2014, 4, 12)
    store.ingest(Document(id="c", text=FIRST_DOC + " [c]", published=april),
                 [report("c", "A woman was shot on a porch.", date=april)])
    far = dict(TOWN, latitude=45.0)  # 500 km north
    store.ingest(Document(id="d", text=FIRST_DOC + " [d]", published=DAY), [report("d", "A boy was shot.", **far)])
    hearing = dt.date(2014, 9, 2)
    text = "A man was charged Tuesday in a March shooting outside a corner store."
    follow_up = report("b", text, date=hearing, published=hearing)
    (keys,) = merge.document_keys([follow_up], text)
    with store.engine.connect() as conn:
        found = {event_id for event_id, _ in store._candidates(conn, follow_up, keys)[0]}
        without = {event_id for event_id, _ in store._candidates(conn, follow_up, [])[0]}
    store.close()
    assert "month:2014-03" in keys
    assert found == {march} and without == set()


def test_one_attacker_whose_targets_each_report_codes_by_its_type() -> None:
    attack = report("a", "A gunman wounded four bystanders and killed a man outside a bar on Quarry Lane.",
                    fatalities=1, injured=4, actor2="Civilians (United States)")
    clash = report("b", "A gunman opened fire on officers outside a bar on Quarry Lane; one man died and four were hurt.",
                   event_type="Battles", sub_event_type="Armed clash", actor2="Police Forces of United States",
                   fatalities=1, injured=4)
    result = merge.compare(clash, attack)
    assert result.ok and any("one attacker, its targets coded by each report's type" in c for c in result.criteria)
    # Coded as one type, whom the attacker hit tells two incidents apart.
    same_type = dataclasses.replace(clash, event_type=attack.event_type, sub_event_type=attack.sub_event_type)
    assert not merge.compare(same_type, attack).ok
    # Two named attackers are two parties, whatever their targets.
    assert not merge.compare(dataclasses.replace(clash, actor1="Harbor Street Crew"), attack).ok


def test_a_victim_described_alike_ties_a_follow_up_months_later_that_names_the_incidents_date() -> None:
    # The first report describes the victim; the sentencing months later gives the incident's date in its own words
    # and describes the victim alike. Dated by its hearing, it is on the first report's day as its reporter tells it.
    first_doc = "A 6-year-old girl was shot inside a home on Dorrit Lane on Saturday, police said."
    first = report("a", "A child was hit by a bullet inside a home on Saturday.")
    hearing = dt.date(2014, 9, 12)
    text = "A Greyford man was sentenced Friday for the March 8 shooting that killed a 6-year-old girl."
    later = report("b", "A Greyford man was sentenced Friday for the killing, the judge said.", date=hearing,
                   published=hearing, fatalities=1)
    keys = keys_of((first, first_doc), (later, text))
    assert any("victims described alike 6 female" in c for c in merge.strong_cues(first, later, keys=keys))
    # Without the date named, months apart, the same description ties nothing.
    undated = text.replace(" for the March 8 shooting", " in a shooting")
    keys = keys_of((first, first_doc), (later, undated))
    assert not merge.strong_cues(first, later, keys=keys)

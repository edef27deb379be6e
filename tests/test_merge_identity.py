"""Identity cues (people's names, streets, ages, tolls, wording) and the criteria they may outweigh."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from merge_reports import make_report

from eventsift.records import Event, Evidence, Source
from eventsift.store import merge

# Invented local-news reports of US shootings; Springfield-like places with made-up coordinates.
CITY = dict(location="Millbrook", admin2="Harlan County", admin1="Ohio", country="United States",
            latitude=40.10, longitude=-82.90, geo_precision=1)
# A county centroid beyond the 50 km radius of a district-level place, a state centroid beyond 150 km.
COUNTY = dict(location="Harlan County", admin2="Harlan County", admin1="Ohio", country="United States",
              latitude=40.60, longitude=-83.20, geo_precision=2)
STATE = dict(location="Ohio", admin2=None, admin1="Ohio", country="United States",
             latitude=41.60, longitude=-82.70, geo_precision=3)


def shooting(doc: str, text: str, *, published: dt.date = dt.date(2015, 3, 7), **fields) -> Event:
    base = dict(event_id=f"{doc}-1", document_id=doc, event_type="Violence against civilians", sub_event_type="Attack",
                actor1="Unidentified Armed Group (United States)", actor2="Civilians (United States)",
                event_date=dt.date(2015, 3, 7), date_precision="day", **CITY)
    base.update(fields)
    event = Event(**base)
    event.evidence = [Evidence(document_id=doc, field="event_type", sentence=s, start=0, end=len(s))
                      for s in text.split("|")]
    event.sources = [Source(document_id=doc, published=published)]
    return event


FIRST = ("A man was shot outside a bar on Lindell Avenue late Saturday, police said.|"
         "Officers found Marcus T. Delaney, 27, with a wound to the chest.")
FOLLOW_UP = ("Delaney died Wednesday at the regional hospital, four days after the Saturday shooting.|"
             "Detectives are still looking for the gunman.")
OTHER = ("A woman was wounded in a drive-by shooting near Crestview Park, police said.|"
         "Officers said Renata Olsen, 41, is expected to recover.")


def test_names_read_from_full_names_and_titles() -> None:
    text = ("Police Chief Tom Harris said Julia Q. Maren, 19, was hit near the 400 block of North Elm Street "
            "on New Year's Eve; Mr. Okafor called 911 and Deputy Brandt arrived.")
    surnames = {name[-1] for name in merge._names(text)}
    assert {"harris", "maren", "okafor", "brandt"} <= surnames
    assert not surnames & {"chief", "police", "year", "eve", "street", "north"}
    assert merge._streets(text) == {"elm street"}
    said = merge._said((text,), ("Millbrook", None, None, None))
    assert 19 in said.ages


def test_a_follow_up_dated_days_later_merges_on_the_victims_name() -> None:
    first = shooting("a", FIRST)
    later = shooting("b", FOLLOW_UP, event_date=dt.date(2015, 3, 11), published=dt.date(2015, 3, 11), fatalities=1)
    result = merge.compare(first, later)
    assert result.ok, result
    assert "names delaney" in result.criteria[-1] and "dates 4 days apart" in result.criteria[-1]
    # Without the name, nothing ties a report dated four days later to the incident.
    anonymous = shooting("c", FOLLOW_UP.replace("Delaney", "The victim"), event_date=dt.date(2015, 3, 11))
    result = merge.compare(first, anonymous)
    assert not result.ok and result.failed.startswith("dates 4 days apart") and result.outweighable


def test_beyond_the_follow_up_window_only_a_strong_cue_merges() -> None:
    day = dt.date(2015, 3, 7) + dt.timedelta(days=merge.FOLLOW_UP_WINDOW_DAYS + 1)
    later = shooting("b", FOLLOW_UP, event_date=day)  # the surname alone
    result = merge.compare(shooting("a", FIRST), later)
    assert not result.ok and result.failed.startswith(f"dates {merge.FOLLOW_UP_WINDOW_DAYS + 1} days apart")
    # A follow-up naming the victim in full, its date read from a later hearing: the name outweighs the date.
    hearing = shooting("c", "Marcus Delaney died of his wounds, a relative said at a hearing on Monday.", event_date=day)
    result = merge.compare(shooting("a", FIRST), hearing)
    assert result.ok, result
    assert "full names marcus delaney" in result.criteria[-1] and "dates 15 days apart" in result.criteria[-1]
    # Beyond the strong window, one full name is another incident (a report that names more of the incident's people
    # may still tie it: not a contradiction, outweighable); beyond the trial window, whatever the names.
    years = dt.date(2015, 3, 7) + dt.timedelta(days=merge.STRONG_WINDOW_DAYS + 1)
    result = merge.compare(shooting("a", FIRST), shooting("c", hearing.evidence[0].sentence, event_date=years))
    assert not result.ok and result.outweighable
    later = dt.date(2015, 3, 7) + dt.timedelta(days=merge.TRIAL_WINDOW_DAYS + 1)
    result = merge.compare(shooting("a", FIRST), shooting("c", hearing.evidence[0].sentence, event_date=later))
    assert not result.ok and not result.outweighable


def test_a_trial_years_later_that_names_two_of_the_incidents_people_in_full_is_the_incidents() -> None:
    # The retrial's report, dated by its hearing three years on, names the victim and the accused as the first report did.
    first = shooting("a", FIRST + "|Police arrested Gideon R. Fairley, 30, near the bar.")
    retrial = shooting("c", "Gideon R. Fairley was convicted again of killing Marcus T. Delaney outside a bar.",
                       event_date=dt.date(2018, 4, 20), published=dt.date(2018, 4, 20))
    result = merge.compare(first, retrial)
    assert result.ok, result
    assert "full names gideon fairley, marcus delaney" in result.criteria[-1]
    # One of them alone, that many years apart, is no tie.
    alone = shooting("d", "Marcus T. Delaney's family spoke at a hearing.", event_date=dt.date(2018, 4, 20))
    assert not merge.compare(first, alone).ok


@pytest.mark.parametrize("coarse", [COUNTY, STATE], ids=["county", "state"])
def test_a_county_or_state_for_the_town_merges_with_identity_cues(coarse: dict) -> None:
    town = shooting("a", FIRST)
    wider = shooting("b", FIRST.replace("late Saturday", "on Saturday night"), **coarse)
    result = merge.compare(town, wider)
    assert result.ok, result
    assert "names only the" in result.criteria[-1]
    unnamed = shooting("c", OTHER, **coarse)
    assert not merge.compare(town, unnamed).ok


def test_another_state_is_not_the_place_hierarchy_but_a_full_name_outweighs_a_namesake() -> None:
    town = shooting("a", FIRST)
    indiana = {**STATE, "location": "Indiana", "admin1": "Indiana", "latitude": 40.0, "longitude": -86.3}
    result = merge.compare(town, shooting("b", FOLLOW_UP, **indiana))
    assert not result.ok and result.failed.startswith("places")
    # The same victim named in full, the town geocoded to a namesake in another state.
    result = merge.compare(town, shooting("b", "Marcus T. Delaney was shot outside a bar, police said.", **indiana))
    assert result.ok, result
    assert "full names marcus delaney" in result.criteria[-1] and "places" in result.criteria[-1]


def test_two_shootings_in_one_city_on_one_night_stay_apart() -> None:
    result = merge.compare(shooting("a", FIRST), shooting("b", OTHER))
    assert not result.ok
    assert merge.identity_cues(shooting("a", FIRST), shooting("b", OTHER))[0] < merge.CUES_FOR_ONE


def test_a_common_toll_of_one_is_no_cue_but_a_larger_one_is() -> None:
    a, b = shooting("a", FIRST, fatalities=1), shooting("b", OTHER, fatalities=1)
    assert merge.identity_cues(a, b)[0] == 0
    a, b = dataclasses.replace(a, fatalities=3, injured=4), dataclasses.replace(b, fatalities=3, injured=4)
    strength, what = merge.identity_cues(a, b)
    assert strength == 2 * merge.TOLL_CUE and "same toll" in what[-1]
    # one dead and four wounded in both reports: the pair tells it apart; no one dead and four wounded is one count
    a, b = dataclasses.replace(a, fatalities=1, injured=4), dataclasses.replace(b, fatalities=1, injured=4)
    assert merge.identity_cues(a, b)[0] == 2 * merge.TOLL_CUE
    a, b = dataclasses.replace(a, fatalities=0), dataclasses.replace(b, fatalities=0)
    assert merge.identity_cues(a, b)[0] == merge.TOLL_CUE


def test_series_and_different_places_named_are_never_outweighed() -> None:
    text = ("Gunmen shot Omar Haddad Kareem in the market of Tal Hamra village.|"
            "This was one of three attacks on the market that day.")
    result = merge.compare(shooting("a", text), shooting("b", text))
    assert not result.ok and "series" in result.failed
    a = shooting("a", "Gunmen shot Omar Haddad Kareem in Tal Hamra village.")
    b = shooting("b", "Gunmen shot Omar Haddad Kareem in Deir Saman village.")
    result = merge.compare(a, b)
    assert not result.ok and "different places named" in result.failed and not result.outweighable


def test_a_place_or_actor_name_is_not_a_persons_name() -> None:
    a = shooting("a", "Fighters of Harakat Millbrook shot a shopkeeper.", location="Millbrook")
    b = shooting("b", "Harakat Millbrook claimed the killing of a teacher.", location="Millbrook")
    assert not [w for w in merge.identity_cues(a, b)[1] if w.startswith("names")]


def test_a_member_without_cues_does_not_keep_out_a_named_follow_up() -> None:
    first = shooting("a", FIRST)
    brief = shooting("b", "Police said a man was shot on Saturday and taken to hospital in serious condition.")
    assert merge.compare(first, brief).ok  # same day, same place, nothing against
    later = shooting("c", FOLLOW_UP, event_date=dt.date(2015, 3, 11), published=dt.date(2015, 3, 11))
    assert not merge.compare(brief, later).ok  # four days later, nothing in common with the brief report
    assert merge.match_group(later, [first, brief]).ok
    assert [len(g) for g in merge.cluster([first, brief, later])] == [3]
    # A member that firmly disagrees (a type outside the family: an arrest is an event of its own) keeps it out.
    arrest = shooting("d", FIRST, event_type="Strategic developments", sub_event_type="Arrests")
    assert not merge.match_group(later, [first, arrest]).ok


def test_victims_named_apart_are_two_incidents_but_spokespeople_are_not_victims() -> None:
    a = shooting("a", "Police said Marcus T. Delaney was shot outside a bar.|A gunman fled on foot.")
    b = shooting("b", "Police said Tomas Ruiz Okafor was shot outside a bar.|A gunman fled on foot.")
    result = merge.compare(a, b)
    assert not result.ok and result.failed.startswith("different people named")
    c = shooting("c", "Sgt. Helen Brandt said a man was shot outside a bar.|A gunman fled on foot.")
    d = shooting("d", "Lt. Owen Kessler said a man was shot outside a bar.|A gunman fled on foot.")
    assert merge.compare(c, d).ok


# A report published weeks later that states no date of its own (a charge, a funeral) is coded on its publication
# date: weak evidence of when the incident happened.
COURT = ("Jaylen R. Brooks, 19, was charged with murder in the death of Delaney, 27, prosecutors said.|"
         "Delaney was shot outside a bar on Lindell Avenue.")


def _stated(event: Event) -> Event:
    """The report gives the incident's date in its text."""
    sentence = event.evidence[0].sentence
    event.evidence.append(Evidence(document_id=event.document_id, field="event_date", sentence=sentence, start=0, end=4))
    return event


def test_a_late_report_dated_only_by_its_publication_merges_on_strong_cues() -> None:
    first = _stated(shooting("a", FIRST))
    day = dt.date(2015, 3, 7) + dt.timedelta(days=merge.FOLLOW_UP_WINDOW_DAYS + 9)
    court = shooting("b", COURT, event_date=day, published=day)
    result = merge.compare(first, court)
    assert result.ok, result
    assert "dated only by its publication" in result.criteria[-1]
    # The same report giving a date of its own contradicts the first one's date.
    assert not merge.compare(first, _stated(shooting("b", COURT, event_date=day, published=day))).ok
    # Beyond the late-report window, or in another state, or before the incident, dates stay firm.
    far = dt.date(2015, 3, 7) + dt.timedelta(days=merge.LATE_REPORT_WINDOW_DAYS + 1)
    result = merge.compare(first, shooting("b", COURT, event_date=far, published=far))
    assert not result.ok and result.failed.startswith(f"dates {merge.LATE_REPORT_WINDOW_DAYS + 1} days apart")
    moved = {**STATE, "location": "Fort Wayne", "admin1": "Indiana", "latitude": 40.1, "longitude": -82.95, "geo_precision": 1}
    assert not merge.compare(first, shooting("b", COURT, event_date=day, published=day, **moved)).ok
    earlier = _stated(shooting("a", FIRST, event_date=day + dt.timedelta(days=1)))
    assert not merge.compare(earlier, shooting("b", COURT, event_date=day - dt.timedelta(days=20),
                                               published=day - dt.timedelta(days=20))).ok
    # A name alone (weighs 2) does not outweigh a date weeks off (weighs as two soft criteria).
    brief = shooting("c", "Delaney's family held a vigil.|Relatives asked for witnesses to come forward.",
                     event_date=day, published=day)
    result = merge.compare(first, brief)
    assert not result.ok and result.outweighable


# Two towns of one state 80 km apart, both placed precisely (a geocoded namesake, or the victim's home town).
TOWN_80_KM = dict(location="Ridgeway", admin2="Pike County", admin1="Ohio", country="United States",
                  latitude=40.82, longitude=-82.90, geo_precision=1)


def test_towns_of_one_state_merge_only_on_strong_cues() -> None:
    first = shooting("a", FIRST)
    named_street = shooting("b", "Marcus T. Delaney was shot on Lindell Avenue, police said.", **TOWN_80_KM)
    result = merge.compare(first, named_street)
    assert result.ok, result
    assert "two towns of one state" in result.criteria[-1]
    named = shooting("b", "Officer Delaney said a man was shot near a bar.", **TOWN_80_KM)
    result = merge.compare(first, named)
    assert not result.ok and result.outweighable  # a surname alone: cues 2 < 3
    # Placed only near a town or in a district (precision 2), the same surname is enough.
    assert merge.compare(first, shooting("b", "Officer Delaney said a man was shot near a bar.",
                                         **{**TOWN_80_KM, "geo_precision": 2})).ok
    # A person named in full in both outweighs the two towns as it outweighs a namesake of another state.
    assert merge.compare(first, shooting("b", "Marcus T. Delaney was shot near a bar, police said.", **TOWN_80_KM)).ok
    # Beyond the widest merge radius, only a strong cue: a surname and a street are not enough.
    far = {**TOWN_80_KM, "latitude": 42.0}
    assert not merge.compare(first, shooting("b", "Delaney was shot on Lindell Avenue.", **far)).ok


def test_one_cue_ties_reports_that_agree_on_date_and_place_in_their_own_words() -> None:
    a = shooting("a", "Four people died when a gunman opened fire inside a crowded laundromat downtown.|"
                      "Witnesses described panic as customers fled through the back door.", fatalities=4)
    b = shooting("b", "Investigators recovered shell casings scattered across the parking lot overnight.|"
                      "The mayor urged residents with doorbell cameras to share footage.", fatalities=4)
    result = merge.compare(a, b)
    assert result.ok, result
    assert "same toll" in result.criteria[-1]
    result = merge.compare(dataclasses.replace(a, fatalities=1), dataclasses.replace(b, fatalities=1))
    assert not result.ok and result.failed.startswith(merge.NOTHING_SPECIFIC)


def _party_and_follow_up(**toll: int) -> tuple[Event, Event]:
    """A house party's shooting and a follow-up days later that share nothing but ``toll``."""
    first = shooting("a", "Gunfire broke out at a house party on Saturday night.|Police are looking for the shooter.",
                     **toll)
    later_day = dt.date(2015, 3, 12)
    later = shooting("b", "Detectives asked for tips about the weekend violence.|No arrests have been made.",
                     event_date=later_day, published=later_day, **toll)
    return first, later


def test_a_large_toll_in_both_reports_weighs_more() -> None:
    first, later = _party_and_follow_up(injured=merge.LARGE_TOLL)
    strength, what = merge.identity_cues(first, later)
    assert strength == 2 * merge.TOLL_CUE and "injured 5" in what[-1]
    assert merge.compare(first, later).ok
    smaller = [dataclasses.replace(e, injured=merge.LARGE_TOLL - 2) for e in (first, later)]
    assert merge.identity_cues(*smaller)[0] == merge.TOLL_CUE
    assert not merge.compare(*smaller).ok


def test_two_protests_of_one_city_and_day_need_more_than_one_shared_word() -> None:
    def protest(doc: str, text: str) -> Event:
        return shooting(doc, text, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (United States)",
                        actor2=None)

    landfill = protest("a", "Crowds rallied outside city hall against the landfill.")
    parking = protest("b", "Neighbours marched near the stadium against parking fees.")
    result = merge.compare(landfill, parking)
    assert not result.ok and result.failed.startswith(merge.NOTHING_SPECIFIC), result
    landfill_again = protest("c", "A crowd opposed to the landfill rallied at city hall.")
    assert merge.compare(landfill, landfill_again).ok


def test_towns_of_one_state_are_not_tied_by_wording_and_toll_alone() -> None:
    text = "Three people were killed when gunmen fired on a market, officials said."
    first = shooting("a", text, fatalities=3)
    copy = shooting("b", text, fatalities=3, **TOWN_80_KM)
    strength, what = merge.identity_cues(first, copy)
    assert strength >= merge.CUES_FOR_TWO and not [w for w in what if w.startswith(merge.PERSONAL_CUES)]
    result = merge.compare(first, copy)
    assert not result.ok and result.outweighable and "no name, street or age" in result.failed
    assert merge.compare(first, dataclasses.replace(copy, **CITY)).ok  # the same town: one report


NOWHERE = dict(location=None, admin2=None, admin1=None, country="United States", latitude=None, longitude=None,
               geo_precision=None)
THREE_DEAD = ("Three people were found shot dead inside a brick row house early Sunday, deputies said.|"
              "The house stands in the city's Corvell Heights section, near a shuttered laundromat.")


def test_a_report_coded_to_no_place_is_tied_by_the_neighbourhood_both_name() -> None:
    placed = shooting("a", THREE_DEAD, fatalities=3)
    vigil = shooting("b", "Neighbours lit candles in Corvell Heights for the three who were killed.", fatalities=3,
                     event_date=dt.date(2015, 3, 9), **NOWHERE)
    result = merge.compare(placed, vigil)
    assert result.ok, result
    assert "names the other's place corvell height" in result.criteria[-1]
    # Without the neighbourhood the toll alone does not place a report that names no place.
    elsewhere = shooting("c", "Neighbours lit candles in Tamsworth Park for the three who were killed.", fatalities=3,
                         event_date=dt.date(2015, 3, 9), **NOWHERE)
    assert not merge.compare(placed, elsewhere).ok


def test_a_neighbourhood_is_no_cue_between_two_placed_reports_nor_the_other_reports_own_town() -> None:
    placed = shooting("a", THREE_DEAD, fatalities=3)
    # Both placed: their places are compared as places, a neighbourhood both name is no cue of its own.
    other_night = shooting("b", "Two men were wounded by gunfire in Corvell Heights on Friday.", injured=2)
    assert not any(w.startswith(merge.PLACE_NAMED_ALIKE) for w in merge.identity_cues(placed, other_night)[1])
    # The town the placed report is coded to, named by the report coded to no place, is no finer place.
    in_town = shooting("c", "Neighbours lit candles in Millbrook for the three who were killed.", fatalities=3,
                       event_date=dt.date(2015, 3, 9), **NOWHERE)
    assert not any(w.startswith(merge.PLACE_NAMED_ALIKE) for w in merge.identity_cues(placed, in_town)[1])
    assert not merge.compare(placed, in_town).ok


def test_a_street_one_report_names_and_a_neighbourhood_the_other_names_are_not_places_named_apart() -> None:
    block = shooting("a", "Two women were shot on a porch at Kessler Street late Friday, police said.", injured=2)
    area = shooting("b", "Neighbours in the Orchard Hill neighborhood said two women were hurt by gunfire Friday.",
                    injured=2, event_date=dt.date(2015, 3, 8))
    why, against, _ = merge.evidence_check(block, area)
    assert not (against or "").startswith("different places named"), against
    assert merge.compare(block, area).ok
    # Two streets, or two neighbourhoods, named apart are two places still.
    other_street = shooting("c", "Two women were shot on a porch at Varney Avenue late Friday, police said.", injured=2)
    assert merge.evidence_check(block, other_street)[1] == "different places named (kessler street / varney avenue)"
    other_area = shooting("d", "Neighbours in the Dunmore Flats neighborhood said two women were hurt by gunfire Friday.",
                          injured=2, event_date=dt.date(2015, 3, 8))
    assert merge.evidence_check(area, other_area)[1].startswith("different places named (orchard hill / dunmore flat")


def test_the_same_number_hit_with_more_dead_later_is_a_toll_that_grew() -> None:
    # "Four people were shot" and, two days on, "one of the four has died": one count of people hit, one more dead.
    from eventsift.store.merge_cues import _toll_cue

    day = dt.date(2015, 4, 4)
    first = make_report("a", "Four people were shot near a bus stop.", town=CITY, date=day, injured=4)
    later = make_report("b", "One of four people shot near a bus stop has died.", town=CITY, date=day,
                        published=day + dt.timedelta(days=2), fatalities=1, injured=3)
    strength, what = _toll_cue(first, later)
    assert strength == merge.TOLL_CUE and "more of them dead later" in what
    # Fewer dead in the later report is no toll that grew; nor is another number hit, or two people hit.
    earlier_dead = dataclasses.replace(first, fatalities=2, injured=2)
    assert _toll_cue(earlier_dead, later)[0] == 0
    assert _toll_cue(dataclasses.replace(first, injured=6), later)[0] == 0
    two = dataclasses.replace(first, injured=2)
    assert _toll_cue(two, dataclasses.replace(later, fatalities=1, injured=1))[0] == 0



def test_four_dead_in_both_reports_weigh_as_a_large_toll_four_wounded_do_not() -> None:
    first, later = _party_and_follow_up(fatalities=merge.LARGE_DEATH_TOLL)
    assert merge.LARGE_DEATH_TOLL == 4 and merge.identity_cues(first, later)[0] == 2 * merge.TOLL_CUE
    wounded = [dataclasses.replace(e, fatalities=0, injured=merge.LARGE_DEATH_TOLL) for e in (first, later)]
    assert merge.identity_cues(*wounded)[0] == merge.TOLL_CUE


def test_a_capitalised_run_in_quotation_marks_is_a_title_not_a_person() -> None:
    assert merge._persons('alerts from the app "Crossfire Alert Now" said shots were fired') == set()
    assert merge._persons("the app \u201cCrossfire Alert Now - NY\u201d said") == set()
    assert merge._persons('"Rowan Tillery did not deserve this," his aunt said.') == {("rowan", "tillery")}


def test_a_member_naming_the_persons_place_apart_does_not_keep_out_what_more_members_tie_by_the_name() -> None:
    # One incident that moved: the carjacking in one neighbourhood, the shooting in the next.
    def told(doc: str, text: str) -> Event:
        return shooting(doc, text, fatalities=3, injured=2)

    shots = [told("a", "Rowan P. Tillery opened fire on a crowd in the Fernbrook neighborhood, police said."),
             told("b", "Three people were killed when Rowan P. Tillery fired on a crowd in the Fernbrook neighborhood.")]
    carjacking = told("c", "Hours before, Rowan P. Tillery had carjacked a driver in the Quarry Hill neighborhood.")
    report = told("d", "Rowan P. Tillery shot into a crowd in the Fernbrook neighborhood, killing three.")
    apart = merge.compare(report, carjacking)
    assert not apart.ok and apart.failed.startswith("different places named") and not apart.outweighable
    assert merge.match_group(report, [*shots, carjacking]).ok
    # One member tying the report by the name is not enough against the member that names the place apart.
    assert not merge.match_group(report, [shots[0], carjacking]).ok
    # Nor are members that share only the toll and the wording.
    unnamed = [dataclasses.replace(e, evidence=[dataclasses.replace(ev, sentence=ev.sentence.replace(
        "Rowan P. Tillery", "a gunman")) for ev in e.evidence]) for e in (*shots, report)]
    assert not merge.match_group(unnamed[-1], [*unnamed[:2], carjacking]).ok


def test_a_surname_the_other_document_gives_in_full_is_a_name_cue() -> None:
    # The first report names the suspect in full in a sentence its event does not cite; the follow-up's event calls him
    # by his surname alone.
    first_text = "A man was shot dead outside a bar on Saturday night. Police later arrested Tobias Wendell, 31."
    later_text = "Wendell was charged on Thursday with murder in the shooting outside the bar."
    first = _surname_report("a", "A man was shot dead outside a bar on Saturday night.", dt.date(2016, 5, 14))
    later = _surname_report("b", later_text, dt.date(2016, 5, 19))
    keys = {"a-1": merge.document_keys([first], first_text)[0], "b-1": merge.document_keys([later], later_text)[0]}
    result = merge.compare(first, later, keys=keys)
    assert result.ok and "names wendell" in result.criteria[-1], result
    # A surname the other document does not give is no cue.
    other = {"a-1": merge.document_keys([first], first_text.replace("Wendell", "Pratt"))[0], "b-1": keys["b-1"]}
    assert not merge.compare(first, later, keys=other).ok


def _surname_report(doc: str, text: str, date: dt.date) -> Event:
    return make_report(doc, text, town=CITY, date=date, fatalities=1)


def test_where_a_suspect_was_arrested_is_no_place_named_apart() -> None:
    shot = shooting("a", "Three men were killed in a shooting in the Brookfield neighborhood, police said.",
                    fatalities=3)
    caught = shooting("b", "The man suspected of killing three men has been arrested in Tennessee.", fatalities=3,
                      published=dt.date(2015, 4, 20))
    assert not (merge.evidence_check(shot, caught)[1] or "").startswith("different places named")

"""Strong identity cues (a person named in full, a numbered address): what they are read from, what they outweigh
(another type of one family, a date months off, a namesake town, an unnamed attacker), and how the store finds the
events that share them (merge_keys) whatever their coded date and place. Invented reports throughout."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from merge_reports import make_report

from eventsift.records import Document, Event, Evidence, Source
from eventsift.store import Store, merge, schema
from eventsift.store.candidates import KEYED_CANDIDATES

DAY = dt.date(2016, 5, 14)
TOWN = dict(location="Fairhaven", admin2="Orland County", admin1="Kansas", country="United States",
            latitude=38.50, longitude=-97.60, geo_precision=1)
# Another state's namesake, 700 km away (an outlet's town geocoded to the wrong Fairhaven).
NAMESAKE = dict(location="Fairhaven", admin2="Tolland County", admin1="Iowa", country="United States",
                latitude=42.80, longitude=-91.90, geo_precision=1)


def report(doc: str, text: str, *, date: dt.date = DAY, published: dt.date | None = None, **fields) -> Event:
    return make_report(doc, text, town=TOWN, date=date, published=published, **fields)


SHOT = "Tobias K. Wendell, 31, was shot in the 1400 block of Marigold Avenue late Saturday, police said."


def test_persons_are_people_named_in_full_not_offices_places_or_tip_lines() -> None:
    text = ("Tobias K. Wendell, 31, was shot near Harmon Plaza. Sgt. Ada Quill and Lena Voss, a police spokeswoman, "
            "asked callers to phone Crime Stoppers. By Ruth Calder. A witness, Omar Fenwick, saw the car at Larkin Hollow.")
    persons = merge._persons(text)
    assert ("tobias", "wendell") in persons and ("omar", "fenwick") in persons
    assert not persons & {("ada", "quill"), ("lena", "voss"), ("crime", "stoppers"), ("ruth", "calder"), ("larkin", "hollow")}


def test_a_house_number_and_a_block_are_one_address() -> None:
    assert merge._addresses("He was found at 1432 Marigold Ave. on Sunday.") == {"1400 marigold avenue"}
    assert "1400 marigold avenue" in merge._addresses("Shots rang out in the 1400 block of Marigold Avenue.")
    assert merge._addresses("Shots rang out on Marigold Avenue.") == set()


def test_a_full_name_outweighs_a_date_read_from_a_later_hearing() -> None:
    first = report("a", SHOT)
    hearing = report("b", "A judge set bail for the man accused of shooting Tobias Wendell outside a bar.",
                     date=DAY + dt.timedelta(days=90))
    result = merge.compare(first, hearing)
    assert result.ok, result
    assert "full names tobias wendell" in result.criteria[-1] and "dates 90 days apart" in result.criteria[-1]
    # The surname alone ties nothing months later.
    brief = report("c", "A judge set bail for the man accused of shooting Wendell outside a bar.", date=DAY + dt.timedelta(days=90))
    assert not merge.compare(first, brief).ok


def test_an_address_outweighs_a_date_but_a_street_without_a_number_does_not() -> None:
    first = report("a", SHOT)
    later = dict(date=DAY + dt.timedelta(days=40))
    assert merge.compare(first, report("b", "Neighbors on the 1400 block of Marigold Avenue held a cookout for peace.", **later)).ok
    assert not merge.compare(first, report("c", "Neighbors on Marigold Avenue held a cookout for peace.", **later)).ok


def test_a_vigil_coded_as_a_protest_joins_the_shooting_by_the_victims_name_but_an_arrest_does_not() -> None:
    first = report("a", SHOT)
    vigil = report("b", "Friends of Tobias Wendell gathered with candles on Sunday evening.", date=DAY + dt.timedelta(days=1),
                   event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (United States)", actor2=None)
    result = merge.compare(first, vigil)
    assert result.ok, result
    assert "types differ (Violence against civilians / Protests)" in result.criteria[-1]
    # Without the name a vigil of the same town is another event.
    assert not merge.compare(first, dataclasses.replace(vigil, evidence=[Evidence(
        document_id="b", field="event_type", sentence="Friends gathered with candles on Sunday evening.", start=0, end=10)])).ok
    arrest = report("c", "Police arrested a man in the killing of Tobias Wendell.", event_type="Strategic developments",
                    sub_event_type="Arrests", date=DAY + dt.timedelta(days=3))
    assert not merge.compare(first, arrest).ok  # an arrest in the case is an event of its own


def test_a_full_name_outweighs_a_namesake_town_of_another_state_and_an_unnamed_attacker() -> None:
    first = report("a", SHOT)
    elsewhere = report("b", "Tobias Wendell, 31, was shot by an officer on Saturday.", **NAMESAKE)
    result = merge.compare(first, elsewhere)
    assert result.ok, result
    assert "places 677.8 km apart" in result.criteria[-1]
    # One report codes the man shot as a rioter: with the attacker unnamed in one, the name and age outweigh it too.
    rioter = dataclasses.replace(elsewhere, actor2="Rioters (United States)")
    result = merge.compare(first, rioter)
    assert result.ok and "actors differ" in result.criteria[-1]
    assert not merge.compare(first, dataclasses.replace(rioter, evidence=[Evidence(
        document_id="b", field="event_type", sentence="Wendell was shot by an officer.", start=0, end=5)])).ok
    # Two named groups told apart, or the sides of a clash, are not outweighed.
    named = dataclasses.replace(first, actor1="Hill Street Crew")
    assert not merge.compare(named, dataclasses.replace(elsewhere, actor1="Police Forces of the United States (2009-)")).ok
    clash = dict(event_type="Battles", sub_event_type="Armed clash")
    assert merge.compare(report("c", SHOT, **clash), report("d", elsewhere.evidence[0].sentence, **NAMESAKE, **clash)).ok
    assert not merge.compare(report("c", SHOT, **clash), report("d", elsewhere.evidence[0].sentence, **NAMESAKE, **clash,
                                                                  actor2="Rioters (United States)")).ok


def test_two_shootings_of_one_night_with_other_victims_named_stay_apart() -> None:
    a = report("a", SHOT)
    b = report("b", "Imogen Pratt, 24, was shot in the 900 block of Dunmore Road late Saturday, police said.")
    assert not merge.compare(a, b).ok
    assert merge.strong_cues(a, b) == []


def test_a_round_up_gives_each_event_only_the_names_of_its_own_incident() -> None:
    text = ("Two people were shot overnight. Tobias Wendell was hit on Marigold Avenue. "
            "Later, Imogen Pratt was wounded on Dunmore Road. Police asked anyone with information to call.")
    a = report("r", "Tobias Wendell was hit on Marigold Avenue.")
    b = dataclasses.replace(report("r", "Later, Imogen Pratt was wounded on Dunmore Road."), event_id="r-2")
    keys_a, keys_b = merge.document_keys([a, b], text)
    assert "person:tobias wendell" in keys_a and "person:imogen pratt" not in keys_a
    assert "person:imogen pratt" in keys_b and "person:tobias wendell" not in keys_b
    # A report about one incident gets the names its document gives outside the event's sentences.
    single = report("s", "A man was shot on Saturday night.")
    (keys,) = merge.document_keys([single], "A man was shot on Saturday night. He was identified as Tobias Wendell, 31.")
    assert [k for k in keys if k.startswith("person:")] == ["person:tobias wendell"]


def test_document_keys_tie_reports_whose_event_sentences_name_no_one() -> None:
    a, b = report("a", "A man was shot on Saturday night."), report("b", "A man died of his wounds.", date=DAY + dt.timedelta(days=30))
    assert not merge.compare(a, b).ok
    keys = {"a-1": ["person:tobias wendell"], "b-1": ["person:tobias wendell"]}
    result = merge.compare(a, b, keys=keys)
    assert result.ok and "full names tobias wendell" in result.criteria[-1]


def _ingest(store: Store, event: Event, text: str | None = None) -> str:
    document = Document(id=event.document_id, text=text or " ".join(e.sentence for e in event.evidence), published=event.event_date)
    return store.ingest(document, [dataclasses.replace(event)]).event_ids[0]


def test_the_store_finds_an_event_by_a_shared_name_beyond_its_date_and_place_window(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    first = _ingest(store, report("a", SHOT))
    other = _ingest(store, report("b", "Imogen Pratt, 24, was shot on Dunmore Road.", date=DAY + dt.timedelta(days=1)))
    # Months later, coded on the hearing's date: out of the date window, found by the name in its document.
    hearing = report("c", "A judge set bail on Monday.", date=DAY + dt.timedelta(days=120))
    later = _ingest(store, hearing, text="A judge set bail on Monday for the man accused of shooting Tobias Wendell, 31.")
    assert first != other and later == first
    detail = store.show(first)
    store.close()
    joined = [m for m in detail.members if m.report.event_id == "c-1"][0]
    assert joined.criteria["ok"] and any("full names tobias wendell" in c for c in joined.criteria["criteria"])


def test_a_name_that_events_of_many_places_share_finds_none_of_them(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    tip = "Anyone with information may call Garrow Hotline."  # read as a person's name, shared by every report
    stories = ["A man was shot outside a diner.", "Two teens were wounded near a school bus stop.",
               "A cab driver was robbed and shot in the arm.", "Gunfire hit a parked van and a bakery window.",
               "A woman was grazed by a bullet while walking her dog.", "A clerk was shot during a late-night holdup."]
    for i in range(merge.COMMON_KEY_PLACES + 1):
        _ingest(store, report(f"t{i}", f"{stories[i]} {tip}", date=DAY + dt.timedelta(days=20 * i), latitude=38.5 + i,
                              location=f"Town {i}"))
    probe = report("x", f"A woman was wounded. {tip}", date=DAY + dt.timedelta(days=200), **NAMESAKE)
    with store.engine.connect() as conn:
        groups, known = store._candidates(conn, probe, merge.identity_keys(probe))
    store.close()
    assert merge.identity_keys(probe) == ["person:garrow hotline"]
    assert groups == [] and known[probe.event_id] == set()


def test_each_further_person_named_in_full_weighs_one_more() -> None:
    first = report("a", "Tobias K. Wendell, 31, was shot by Victor Ames after an argument, police said.")
    months = dict(date=DAY + dt.timedelta(days=200), **NAMESAKE)  # a date and a place apart: two disagreements
    one = report("b", "A jury heard how Tobias Wendell was shot after an argument.", **months)
    two = report("c", "A jury heard how Victor Ames shot Tobias Wendell after an argument.", **months)
    assert not merge.compare(first, one).ok
    result = merge.compare(first, two)
    assert result.ok, result
    assert "full names tobias wendell, victor ames" in result.criteria[-1]


def test_two_fields_apart_need_more_names_or_an_age_not_a_common_toll() -> None:
    first = report("a", SHOT, injured=2)
    months = dict(date=DAY + dt.timedelta(days=200), **NAMESAKE)
    toll = report("b", "Tobias Wendell was one of two people wounded in the attack.", injured=2, **months)
    result = merge.compare(first, toll)
    assert not result.ok and "names, addresses and ages short of 3" in result.failed
    aged = report("c", "Tobias Wendell, 31, was one of two people wounded in the attack.", injured=2, **months)
    assert merge.compare(first, aged).ok


def test_a_vigil_days_later_counts_its_own_date_no_more_than_its_type() -> None:
    first = report("a", SHOT)
    vigil = report("b", "Friends of Tobias Wendell gathered with candles at the park.", date=DAY + dt.timedelta(days=6),
                   event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (United States)", actor2=None)
    result = merge.compare(first, vigil)
    assert result.ok, result
    assert "within the follow-up window of another type's report" in " ".join(result.criteria)
    # Beyond the follow-up window the date is a second disagreement: the name alone no longer outweighs both.
    late = dataclasses.replace(vigil, event_date=DAY + dt.timedelta(days=merge.FOLLOW_UP_WINDOW_DAYS + 20))
    assert not merge.compare(first, late).ok


def test_every_further_disagreement_needs_one_more_cue() -> None:
    # A town 80 km off (weighs two) and other victims named (weighs two): a street and some wording are not enough.
    first = report("a", "Tobias Wendell was shot on Marigold Avenue near the depot late Saturday.|A gunman fled on foot.")
    other = report("b", "Imogen Pratt was shot on Marigold Avenue near the depot late Saturday.|A gunman fled in a car.",
                   **{**TOWN, "location": "Ashby", "latitude": 38.50, "longitude": -96.68})
    result = merge.compare(first, other)
    assert not result.ok and result.outweighable
    strength, _ = merge.identity_cues(first, other)
    assert strength >= merge.CUES_FOR_TWO  # what two disagreements alone needed


def _split_incident(store: Store) -> tuple[str, str]:
    """One incident stored as two events: a brief first report and a follow-up naming the victim, then a report coded
    20 days later (a hearing's date) that matches neither."""
    first = _ingest(store, report("a", "A man was shot on Saturday night, police said."))
    named = _ingest(store, report("b", "Tobias K. Wendell, 31, died of his wounds on Sunday.", date=DAY + dt.timedelta(days=1)))
    hearing = _ingest(store, report("c", "A hearing on the Saturday shooting was held.", date=DAY + dt.timedelta(days=20)))
    assert named == first and hearing != first
    return first, hearing


def test_a_report_that_ties_two_events_of_one_incident_by_a_name_merges_them(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    first, hearing = _split_incident(store)
    # Coded on the hearing's day too, it fits the hearing's event best, and the victim's full name ties it to the
    # first event: both are one incident.
    joined = _ingest(store, report("d", "Tobias Wendell's family attended the hearing.", date=DAY + dt.timedelta(days=20)))
    detail = store.show(joined)
    with store.engine.connect() as conn:
        events = {row.id for row in conn.execute(sa.select(schema.events.c.id))}
    followed = store.resolve_id(first)  # the absorbed event's id still leads to the incident (its first report's id)
    store.close()
    assert followed == hearing
    assert joined == hearing
    assert {m.report.event_id for m in detail.members} == {"a-1", "b-1", "c-1", "d-1"}
    assert any(c.action == "absorb" and c.old == first for c in detail.corrections)
    assert events == {hearing}


def test_an_event_an_analyst_has_confirmed_is_not_merged_into_another(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    first, hearing = _split_incident(store)
    store.confirm(first, by="analyst")
    joined = _ingest(store, report("d", "Tobias Wendell's family attended the hearing.", date=DAY + dt.timedelta(days=20)))
    members = {m.report.event_id for m in store.show(joined).members}
    store.close()
    assert joined == hearing and members == {"c-1", "d-1"}


def _store_apart(store: Store, events: list[Event], key: str) -> None:
    """Events stored as they are, one report each, apart (as a store holds an incident first split into several)."""
    now = dt.datetime.now(dt.timezone.utc)
    with store.engine.begin() as conn:
        for e in events:
            conn.execute(sa.insert(schema.documents).values(id=e.document_id, content_hash=e.document_id, text="-", ingested_at=now))
            conn.execute(sa.insert(schema.reports).values(id=e.event_id, document_id=e.document_id, position=0, data=e.as_dict()))
            conn.execute(sa.insert(schema.events).values(id=e.event_id, document_id=e.document_id, status="active",
                                                         field_values={}, created_at=now, updated_at=now,
                                                         **{name: getattr(e, name) for name in schema.EVENT_FIELD_NAMES}))
            conn.execute(sa.insert(schema.event_members).values(report_id=e.event_id, event_id=e.event_id,
                                                                document_id=e.document_id, criteria={}, joined_at=now))
            conn.execute(sa.insert(schema.merge_keys).values(key=key, report_id=e.event_id, event_date=e.event_date))


def test_a_name_that_several_events_of_one_place_share_still_finds_them(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    key = "person:tobias wendell"
    one_town = [report(f"t{i}", "A hearing was held in the diner case.", date=DAY + dt.timedelta(days=30 * i)) for i in range(5)]
    _store_apart(store, one_town, key)
    probe = report("x", "Tobias Wendell was remembered at a memorial.", date=DAY + dt.timedelta(days=200))
    with store.engine.connect() as conn:
        groups, known = store._candidates(conn, probe, merge.identity_keys(probe))
    store.close()
    assert len(one_town) > merge.COMMON_KEY_PLACES  # more events than places allowed, all in one town
    assert {event_id for event_id, _ in groups} == {e.event_id for e in one_town} and known[probe.event_id] == {key}


def test_a_block_that_events_of_many_places_share_does_not_crowd_out_the_name_that_finds_the_incident(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    # A block of a common street in many towns, stored for more events than the lookup reads in all...
    block = "address:block 1400 marigold"
    towns = [report(f"t{i}", "A man was shot on a porch.", date=DAY + dt.timedelta(days=i % 300), location=f"Town {i}",
                    latitude=30.0 + i / 100) for i in range(KEYED_CANDIDATES + 20)]
    _store_apart(store, towns, block)
    # ...and, months before and geocoded to a namesake far off, the one event that names the victim in full.
    first = report("a", "A man was shot on a porch.", date=DAY - dt.timedelta(days=150), **NAMESAKE)
    _store_apart(store, [first], "person:tobias wendell")
    probe = report("x", "Tobias Wendell, 31, was shot in the 1400 block of Marigold Avenue.", date=DAY + dt.timedelta(days=40))
    with store.engine.connect() as conn:
        groups, known = store._candidates(conn, probe, [block, "person:tobias wendell"])
    store.close()
    # The block names none of them (a common key); the name still finds its incident, whatever the block brought.
    assert [event_id for event_id, _ in groups] == [first.event_id] and known[probe.event_id] == {"person:tobias wendell"}


def test_a_street_without_a_number_does_not_count_among_the_names_that_two_disagreements_need() -> None:
    first = report("a", SHOT)
    months = dict(date=DAY + dt.timedelta(days=200), **NAMESAKE)
    street = report("b", "Tobias Wendell was shot on Marigold Avenue.", **months)
    result = merge.compare(first, street)
    assert not result.ok and "names, addresses and ages short of 3" in result.failed
    numbered = report("c", "Tobias Wendell was shot at 1412 Marigold Avenue.", **months)
    assert merge.compare(first, numbered).ok


def test_a_background_event_of_the_incident_does_not_keep_its_names_from_the_follow_up() -> None:
    text = "Tobias Wendell died on Monday. He was shot on Marigold Avenue last month. Rosa's Cantina staff planned a vigil."
    death = report("f", "Tobias Wendell died on Monday.")
    background = dataclasses.replace(report("f", "He was shot on Marigold Avenue last month, Tobias Wendell's family said."),
                                     event_id="f-2", historical=True)
    keys_death, keys_background = merge.document_keys([death, background], text)
    assert "person:tobias wendell" in keys_death and "person:tobias wendell" in keys_background
    # A current event of another incident citing the name keeps it to itself, as in a round-up.
    other = dataclasses.replace(background, historical=False)
    keys_death, _ = merge.document_keys([report("f", "A man died on Monday."), other], text)
    assert "person:tobias wendell" not in keys_death
    assert not any(key.startswith("person:rosa") for key in keys_death)  # "Rosa's Cantina" is a place's name


def test_a_vigil_told_by_who_gathered_is_not_held_to_the_kinds_of_people_the_attack_hit() -> None:
    guard = report("a", "A security guard, Tobias K. Wendell, 31, was shot outside a warehouse late Saturday.")
    vigil = report("b", "Students gathered with candles for Tobias Wendell on Sunday.", date=DAY + dt.timedelta(days=1),
                   event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (United States)", actor2=None)
    said_guard, said_vigil = merge.said(guard), merge.said(vigil)
    assert said_guard.participants and said_vigil.participants and not said_guard.participants & said_vigil.participants
    result = merge.compare(guard, vigil)
    assert result.ok, result
    assert any("as reports of another type tell it" in c for c in result.criteria)
    # Of one type, other kinds of people hit still weigh against a merge on a name alone.
    attack = dataclasses.replace(vigil, event_type="Violence against civilians", sub_event_type="Attack",
                                 actor1=guard.actor1, actor2=guard.actor2, event_date=DAY + dt.timedelta(days=30))
    assert not merge.compare(guard, attack).ok


def test_a_full_name_outweighs_tolls_far_apart_on_one_day_a_toll_alone_does_not() -> None:
    # One outlet counts the two dead, the other reads no death into its sentences: a person named in full in both says
    # it is one incident miscounted; two brief reports of one town and day with such tolls stay apart.
    first = report("a", "Tobias K. Wendell and his brother were killed on Marigold Avenue late Saturday, police said.",
                   fatalities=2)
    other = report("b", "Officers were called to a shooting late Saturday in which Tobias K. Wendell was hit.",
                   fatalities=0)
    result = merge.compare(first, other)
    assert result.ok, result
    assert "full names tobias wendell" in result.criteria[-1] and "fatalities 0 and 2 on the same day" in result.criteria[-1]
    brief = report("c", "Two men were killed in a shooting late Saturday, police said.", fatalities=2)
    unnamed = report("d", "Officers were called to a shooting late Saturday; a man was hit.", fatalities=0)
    assert not merge.compare(brief, unnamed).ok


def test_a_sea_or_a_gulf_in_a_capitalised_run_names_no_person() -> None:
    text = "Fishermen were fired on near the Tarsen Sea shore and off the Corran Gulf islands."
    assert merge._persons(text) == set()


def test_two_events_a_report_ties_are_one_though_members_of_two_types_code_their_actors_apart() -> None:
    # The police shooting, and the neighbours' march over it coded as a protest: a later report that names the victim
    # fits both events. The protest report's actors (protesters) and the shooting's (the police) are each type's coding.
    shooting = report("a", SHOT, actor1="Police Forces of United States (2009-2017)")
    march = report("b", "Neighbors of Tobias K. Wendell marched on Marigold Avenue to protest the shooting.",
                   date=DAY + dt.timedelta(days=3), event_type="Protests", sub_event_type="Peaceful protest",
                   actor1="Protesters (United States)", actor2=None)
    later = report("c", "Tobias K. Wendell, 31, died of his wounds; neighbors marched on Marigold Avenue.",
                   date=DAY + dt.timedelta(days=3), fatalities=1)
    apart = merge.compare(shooting, march)
    assert not apart.ok and not apart.outweighable and apart.failed.startswith("actors differ")
    assert merge.groups_compatible([shooting, later], [march])
    # Two clashes of one type whose sides are named apart stay two events, whatever ties them.
    clash = dict(event_type="Battles", sub_event_type="Armed clash", actor2=None)
    one = report("d", SHOT, actor1="Marigold Crew", **clash)
    other = report("e", "Tobias K. Wendell, 31, was hurt as Quarry Boys members fired on Marigold Avenue.",
                   actor1="Quarry Boys", **clash)
    assert not merge.groups_compatible([one, dataclasses.replace(later, event_type="Battles", sub_event_type="Armed clash",
                                                                 actor2=None)], [other])


def test_a_report_that_fits_two_events_joins_the_one_a_full_name_ties_it_to_when_they_cannot_be_one() -> None:
    # A follow-up placed only in the state fits the nearest event of that state (another incident of a round-up, the
    # same night, told with no name) and the town's event that names its victim. The round-up's two incidents cannot
    # be one event (one article, two towns): the name, not the state centroid's distance, says where it belongs.
    other_town = dict(TOWN, location="Dunmore", admin2="Pell County", latitude=38.48, longitude=-97.98)
    state = dict(TOWN, location="Kansas", admin2=None, latitude=38.50, longitude=-98.00, geo_precision=3)
    named = report("r", "Tobias K. Wendell, 31, was shot in the 1400 block of Marigold Avenue in Fairhaven late Saturday.")
    unnamed = dataclasses.replace(make_report("r", "In Dunmore, a man was wounded outside a gas station the same night.",
                                              town=other_town, date=DAY), event_id="r-2")
    later = make_report("f", "Tobias K. Wendell, the man shot late Saturday, has died, police said.", town=state,
                        date=DAY + dt.timedelta(days=1))
    groups = [[unnamed], [named]]
    assert [index for index, _ in merge.matches(later, groups)] == [0, 1]  # the nearer first
    assert not merge.groups_compatible([unnamed, later], [named])
    hit, absorbed = merge.placement(later, groups)
    assert hit[0] == 1 and absorbed == []
    # With no name in the follow-up, the nearest event it fits is the one.
    brief = make_report("g", "The man shot late Saturday has died, police said.", town=state, date=DAY + dt.timedelta(days=1))
    assert merge.placement(brief, groups)[0][0] == 0


def test_a_namesake_town_across_the_state_on_the_same_day_is_outweighed_by_what_names_the_incident() -> None:
    # One outlet's town is geocoded to a namesake 330 km off in the same state; the reports are of one day and name one
    # street and the victim's age. No full name: before, only a strong cue outweighed a place that far.
    far = dict(TOWN, location="Fairhaven", admin2="Cloud County", latitude=39.55, longitude=-101.00)
    first = report("a", "A man, 31, was shot on Marigold Avenue late Saturday; four others were wounded.", fatalities=1, injured=4)
    other = report("b", "Police said a 31-year-old was killed on Marigold Avenue and four people were hurt late Saturday.",
                   fatalities=1, injured=4, **{k: v for k, v in far.items()})
    result = merge.compare(first, other)
    assert result.ok, result
    assert "beyond 150 km on one day" in result.criteria[-1]
    # The same toll and wording alone are what a template or a round-up repeats for incidents of two towns.
    bare = report("c", "Five people were shot late Saturday, police said.", fatalities=1, injured=4)
    bare_far = report("d", "Five people were shot late Saturday, police said.", fatalities=1, injured=4, **far)
    assert not merge.compare(bare, bare_far).ok
    # Days apart, the namesake stays outside the place hierarchy.
    later = dataclasses.replace(other, event_date=DAY + dt.timedelta(days=5))
    assert not merge.compare(first, later).ok


def test_a_protest_and_a_riot_of_one_night_name_one_crowd_by_each_type() -> None:
    # One outlet tells the night's gathering as a march, another as a riot: "Protesters" and "Rioters" are its crowd
    # as each coded type names it, not two parties; the victim's name outweighs the types.
    protest = report("a", "Hundreds marched on Marigold Avenue on Sunday night after Tobias K. Wendell, 31, was shot by police.",
                     event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (United States)", actor2=None)
    riot = report("b", "Crowds smashed windows on Marigold Avenue on Sunday night over the police shooting of Tobias K. Wendell.",
                  event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (United States)", actor2=None)
    result = merge.compare(protest, riot)
    assert result.ok, result
    assert any(c.startswith("actors compatible (one crowd") for c in result.criteria)
    # Crowds of two countries are two.
    abroad = dataclasses.replace(riot, actor1="Rioters (Canada)")
    assert not merge.compare(protest, abroad).ok


def test_sides_told_apart_on_the_day_and_at_the_place_of_one_named_victim_are_one_incidents() -> None:
    # One outlet codes the officers who returned fire as the first side, another the gunman's group: on one day, at
    # one place, both naming the victim in full, one incident told in each outlet's words.
    clash = dict(event_type="Battles", sub_event_type="Armed clash", actor2=None)
    police = report("a", SHOT, actor1="Police Forces of United States (2009-2017)", **clash)
    gunman = report("b", "Tobias K. Wendell, 31, was killed when Quarry Boys members opened fire late Saturday.",
                    actor1="Quarry Boys", **clash)
    result = merge.compare(gunman, police)
    assert result.ok, result
    assert "actors differ" in result.criteria[-1] and "same day and place" in result.criteria[-1]
    # Without the name in both, or days apart, or with no state forces on either side, the sides keep them apart.
    unnamed = dataclasses.replace(gunman, evidence=report("b", "A man was killed when gang members opened fire.").evidence)
    assert not merge.compare(unnamed, police).ok
    assert not merge.compare(dataclasses.replace(gunman, event_date=DAY + dt.timedelta(days=9)), police).ok
    assert not merge.compare(gunman, dataclasses.replace(police, actor1="Hill Street Crew")).ok


def test_the_store_finds_the_incident_a_retrial_years_later_names_two_people_of(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    text = SHOT + " Police arrested Gideon R. Fairley, 30, at the scene."
    first = _ingest(store, report("a", SHOT), text=text)
    retrial = report("c", "A jury returned its verdict on Monday.", date=DAY + dt.timedelta(days=3 * 365))
    later = _ingest(store, retrial, text="Gideon R. Fairley, 33, was convicted on Monday of shooting Tobias K. Wendell, 31.")
    detail = store.show(first)
    store.close()
    assert later == first
    joined = [m for m in detail.members if m.report.event_id == "c-1"][0]
    assert any("full names gideon fairley, tobias wendell" in c for c in joined.criteria["criteria"])


def test_a_name_the_text_writes_as_a_place_is_no_person_wherever_it_stands() -> None:
    # "Port Alder police said" reads like a person's name; the same text puts Port Alder where places stand.
    for place in ("He grew up in Port Alder.", "They lived in the Woodland neighborhood of Port Alder.",
                  "Crandon is about 30 miles south of Port Alder.", "The car was found in downtown Port Alder."):
        text = f"Tobias K. Wendell, 31, was shot late Saturday, Port Alder police said. {place}"
        assert merge._persons(text) == {("tobias", "wendell")}, place
    assert ("port", "alder") in merge._persons("Tobias K. Wendell, 31, was shot late Saturday, Port Alder police said.")


def test_two_reports_of_one_article_each_naming_a_victim_are_one_incident_when_another_names_both() -> None:
    # The first article tells each of the two men killed in a sentence of its own, and was coded as two events; the
    # charge weeks later names both men in full. The two events are one incident's.
    text = ("Tobias K. Wendell, 31, was killed on Marigold Avenue late Saturday. "
            "Nearby, Imogen R. Pratt, 24, was also shot dead, police said.")
    one = report("a", "Tobias K. Wendell, 31, was killed on Marigold Avenue late Saturday.", fatalities=1)
    two = dataclasses.replace(report("a", "Nearby, Imogen R. Pratt, 24, was also shot dead, police said.",
                                     fatalities=1), event_id="a-2")
    keys = dict(zip(("a-1", "a-2"), merge.document_keys([one, two], text)))
    charge_text = "Two men were charged in the killings of Tobias K. Wendell, 31, and Imogen R. Pratt, 24."
    charge = report("c", "Two men were charged in the killings.", date=DAY + dt.timedelta(days=20), fatalities=2)
    keys["c-1"] = merge.document_keys([charge], charge_text)[0]
    assert not merge.coded_twice(one, two, keys=keys).ok
    assert merge.groups_compatible([one, charge], [two], keys=keys)
    # A report of another document that names one of them only ties nothing together.
    alone = report("d", "A man was charged.", date=DAY + dt.timedelta(days=20), fatalities=1)
    keys["d-1"] = merge.document_keys([alone], "A man was charged in the killing of Tobias K. Wendell, 31.")[0]
    assert not merge.groups_compatible([one, alone], [two], keys=keys)


def test_a_cars_make_and_model_is_no_person() -> None:
    persons = merge._persons("Deputies found the victim in a grey Nissan Sentra near Harmon Plaza. Omar Fenwick saw it.")
    assert ("nissan", "sentra") not in persons and ("omar", "fenwick") in persons


def test_a_name_with_jr_or_sr_after_it_is_the_person_named_without_it() -> None:
    # "Jr." ends the run of capitals: the person is Tobias Wendell, as the follow-up without the suffix names him.
    assert merge._persons("Tobias Lee Wendell Jr., the second man charged, was arrested on Tuesday.") == {("tobias", "wendell")}
    assert merge._persons("A jury convicted Tobias Wendell Sr. of murder.") == {("tobias", "wendell")}
    first = report("a", "Police arrested Tobias Wendell Jr. after a man was shot on Saturday night.")
    plea = report("b", "Tobias Wendell pleaded guilty to the shooting of a man in the city.", date=DAY + dt.timedelta(days=200))
    keys = dict(zip(("a-1", "b-1"), (merge.document_keys([first], first.evidence[0].sentence)[0],
                                     merge.document_keys([plea], plea.evidence[0].sentence)[0])))
    result = merge.compare(first, plea, keys=keys)
    assert result.ok and "full names tobias wendell" in result.criteria[-1], result


def test_a_title_written_without_its_stop_is_no_person_named_apart() -> None:
    # "Pastor Rev. Jon Doe": the run before the stop is two titles, not a person whom the other report fails to name.
    text = "Among the dead was Pastor Rev. Tobias Wendell, who led the evening service."
    assert merge._persons(text) == set()
    a = report("a", text + "|Nine people were shot at the church on Saturday night.", fatalities=9)
    b = report("b", "A gunman killed nine people at a church on Saturday night; Imogen Pratt, a member, escaped unharmed.|"
                    "Wendell was preaching when the gunman opened fire.", fatalities=9)
    assert "different people named" not in (merge.compare(a, b).failed or ""), merge.compare(a, b)


def test_names_with_a_capital_inside_or_a_nickname_are_read_in_full() -> None:
    persons = merge._persons("Deputies arrested Tobias “Tobe” McNeal, 23, on Friday. Ilse O’Dell saw it; DeShawn Pratt called.")
    assert {("tobias", "mcneal"), ("ilse", "o'dell"), ("deshawn", "pratt")} <= persons
    # Another outlet's straight apostrophe and no nickname: the same person.
    assert ("ilse", "o'dell") in merge._persons("A neighbour, Ilse O'Dell, heard three shots.")
    assert ("tobias", "mcneal") in merge._persons("Tobias McNeal pleaded guilty on Monday.")


def test_a_street_written_short_is_no_person() -> None:
    assert merge._persons("Officers found him near Larkin Ave and Dunmore Rd on Sunday.") == set()


def test_other_kinds_of_people_weigh_one_disagreement_when_a_person_named_in_full_ties_the_reports() -> None:
    first = report("a", "A woman and her child were wounded when Tobias Wendell, 31, opened fire at a house on Saturday night.")
    later = report("b", "Tobias Wendell, 31, traded shots with a security guard inside the home, deputies said.",
                   date=DAY + dt.timedelta(days=3))
    result = merge.compare(first, later)
    assert result.ok, result
    assert "different people" in result.criteria[-1] and "full names tobias wendell" in result.criteria[-1]
    # Without the name, the guards and the woman and child three days apart are other people: two incidents.
    unnamed = report("c", "A security guard fired back at a gunman who had opened fire at a house on Saturday.",
                     date=DAY + dt.timedelta(days=3))
    assert not merge.compare(first, unnamed).ok


def test_officials_and_witnesses_named_with_their_title_are_no_people_named_apart() -> None:
    a = report("a", "Tobias Wendell, 31, was shot outside a bar late Saturday, Inspector Ada Quill said.")
    b = report("b", "A man was shot outside a bar late Saturday. Witness Omar Fenwick said he heard four shots.")
    assert merge._persons(a.evidence[0].sentence) == {("tobias", "wendell")}
    assert merge._persons(b.evidence[0].sentence) == set()
    assert "different people named" not in (merge.compare(a, b).failed or ""), merge.compare(a, b)


def test_a_comparison_hands_the_strong_cues_it_read_to_its_callers_not_to_the_stored_explanation() -> None:
    first = report("a", SHOT)
    hearing = report("b", "A judge set bail for the man accused of shooting Tobias Wendell outside a bar.",
                     date=DAY + dt.timedelta(days=90))
    result = merge.compare(first, hearing)
    assert result.ok and result.strong == merge.strong_cues(first, hearing) == ["full names tobias wendell"]
    assert "strong" not in result.as_dict()


def test_a_person_named_with_the_home_town_after_the_name_is_a_person_a_group_is_not() -> None:
    assert merge._persons("The trial of 20-year-old Tobias Wendell of Fairhaven begins Monday.") == {("tobias", "wendell")}
    assert merge._persons("Deputies identified the victim as Imogen Pratt of North Arden.") == {("imogen", "pratt")}
    assert merge._persons("The Harrow Chapter of the Order of Larks claimed it.") == set()
    assert merge._persons("Members of the Quenby Rifle Club of the county met.") == set()

"""How wire copy tells incidents apart: reports written for these tests (real spaCy model, fake gazetteer)."""

import datetime as dt

import pytest

from eventsift.documents.clean import clean_plain_text
from eventsift.geo import InMemoryGeocoder
from eventsift.pipeline import Pipeline
from eventsift.records import Document, Place

PLACES = [
    Place(name="Valmoro", country="Peru", admin1="Junin", latitude=-11.90, longitude=-75.30, population=20000),
    Place(name="Pelaya", country="Peru", admin1="Junin", latitude=-11.95, longitude=-75.25, population=8000),
    Place(name="Quinoral", country="Peru", admin1="Junin", latitude=-12.00, longitude=-75.20, population=6000),
    Place(name="Junin", country="Peru", admin1="Junin", latitude=-11.5, longitude=-75.0, feature="admin1",
          geo_precision=3),
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(geocoder=InMemoryGeocoder(PLACES))


def doc(text, published=dt.date(1990, 3, 12)):
    return Document(id="w1", text=text, published=published)


def test_attacks_listed_at_towns_are_one_incident_each(pipeline):
    events = pipeline.process(doc(
        "Rebels attacked guard huts in Valmoro, Tarquenda, Pelaya and Husmeca on Sunday, killing three "
        "officers, the army said."))
    current = [e for e in events if not e.historical]
    assert len(current) == 4
    assert len({e.event_id for e in current}) == 4
    assert {e.location for e in current} >= {"Valmoro", "Pelaya"}
    assert all(e.event_date == dt.date(1990, 3, 11) for e in current)
    assert sorted(e.fatalities for e in current) == [0, 1, 1, 1]  # the toll shared out evenly


def test_towns_listed_after_an_incident_elsewhere_are_all_new(pipeline):
    events = pipeline.process(doc(
        "Guerrillas shot dead a farmer in Quinoral on 9 March.\n\n"
        "The guerrillas also bombed municipal depots in Tarquenda, Valmoro and Pelaya, in Junin department."))
    current = [e for e in events if not e.historical]
    assert len(current) == 4
    assert (current[0].location, current[0].fatalities) == ("Quinoral", 1)
    assert "Pelaya" in {e.location for e in current[1:]}
    assert [e.fatalities for e in current[1:]] == [0, 0, 0]


@pytest.mark.parametrize("told", ["in Tarquenda, Valmoro, Husmeca and Rondelo, in Junin department",
                                  "in the towns of Tarquenda, Valmoro, Husmeca and Rondelo"])
def test_towns_told_as_towns_are_listed_apart_though_few_are_known(pipeline, told):
    events = pipeline.process(doc(f"Guerrillas shot dead a farmer in Quinoral on 9 March.\n\nThe guerrillas also attacked "
                                  f"public buildings {told}."))
    current = [e for e in events if not e.historical]
    assert len(current) == 5
    assert (current[0].location, current[0].fatalities) == ("Quinoral", 1)
    assert "Valmoro" in {e.location for e in current[1:]}


@pytest.mark.parametrize(("told", "area"), [("in the villages of Tarquenda, Husmeca and Rondelo", None),
                                            ("in Tarquenda, Husmeca and Rondelo, in Junin department", "Junin")])
def test_towns_told_as_towns_are_listed_apart_though_none_is_known(pipeline, told, area):
    # each village its own incident, in the area the report puts them in (if any) for want of the village's point
    events = pipeline.process(doc(f"Rebels attacked public buildings {told} on Sunday, the army said."))
    assert [e.admin1 for e in events if not e.historical] == [area] * 3


@pytest.mark.parametrize("text", [
    "Rebels attacked guard posts of Tarquenda, Valmoro, Husmeca and Rondelo on Sunday.",
    "Rebels shot at Tom Hale, Valmoro Ruiz, Ana Lin and Luis Pardo on Sunday.",
])
def test_a_list_with_one_known_town_and_nothing_saying_they_are_towns_stays_one_incident(pipeline, text):
    assert len([e for e in pipeline.process(doc(text)) if not e.historical]) == 1


def test_fighters_told_by_their_kind_are_the_armed_group_their_incident_names(pipeline):
    events = pipeline.process(doc("The Red Dawn Front has stepped up its campaign. On Sunday rebels burned a bus in "
                                  "Valmoro and kidnapped its driver, whom the Red Dawn Front accuses of spying."))
    assert [e.actor1 for e in events] == ["Red Dawn Front"]


def test_gunmen_told_as_unknown_stay_unknown_beside_the_group_they_raid(pipeline):
    events = pipeline.process(doc("Unidentified gunmen raided an office of the Red Dawn Front in Valmoro on Sunday."))
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Peru)"]


@pytest.mark.parametrize("text", [
    # people, and buildings, listed are no towns side by side
    "At least three guards, identified as Tomas Rendel, Ivo Marcan and Luis Pardo, were wounded in a grenade attack in "
    "Valmoro.",
    "Rebels fired rockets at the Pelaya fort, the Valmoro exchange and offices of the council on Sunday.",
    "Rebels attacked homes in the Tarquenda, Husmeca and Rondelo neighborhoods of Valmoro on Sunday.",
    "Rebels attacked a patrol near Valmoro on Sunday using mortars, grenades and rifles.",
    "Rebels attacked a police post at Tarquenda farm, Husmeca jurisdiction, Junin department, on Sunday.",
    "On Sunday in Valmoro, Junin, guerrillas and bandits attacked a police post.",
    "Police arrested 40 rebels in Tarquenda, Husmeca, Rondelo and Corvanel over two weeks.",
    "On Sunday in Valmoro, Tarquenda, Rebel Cadres attacked and burned 14 shops.",
])
def test_parts_of_one_place_or_other_lists_stay_one_incident(pipeline, text):
    assert len([e for e in pipeline.process(doc(text)) if not e.historical]) == 1


@pytest.mark.parametrize(("text", "word"), [
    ("The mayor said a death squad had put his name on a list.", "death"),
    ("Congress is debating the death penalty for kidnappers.", "death"),
    ("The wounded pilot was flown to the air force hospital in the capital.", "air force"),
    ("The minister met the commander of the air force on Monday.", "air force"),
    ("An artillery lieutenant was among those promoted.", "artillery"),
])
def test_names_of_units_and_institutions_are_no_event_words(text, word):
    from eventsift.events.triggers import find_triggers

    assert word not in [t.text.lower() for t in find_triggers(text)]


def test_the_event_words_themselves_still_count():
    from eventsift.events.triggers import find_triggers

    found = [t.text.lower() for t in find_triggers(
        "Two deaths were reported after the air force bombed the camp and artillery shelled the hills.")]
    assert {"deaths", "artillery"} <= set(found) and any("air force" in w for w in found)


def test_the_same_act_also_at_another_town_is_another_incident(pipeline):
    events = pipeline.process(doc(
        "Two people were killed and three wounded in a rebel attack on the militia barracks in Marbela.\n\n"
        "The militia barracks in Pelaya was also attacked on 9 March, and one person was killed."))
    current = [e for e in events if not e.historical]
    assert len(current) == 2
    assert (current[1].location, current[1].event_date, current[1].fatalities) == ("Pelaya", dt.date(1990, 3, 9), 1)
    assert current[0].fatalities == 2


def test_also_at_a_town_the_incident_named_is_the_same_incident(pipeline):
    events = pipeline.process(doc(
        "Gunmen killed two guards at a bank in Valmoro on Sunday. They also wounded a driver in Valmoro."))
    assert len([e for e in events if not e.historical]) == 1


@pytest.mark.parametrize("text", [
    "The front said there will be no more bombings of power lines.",
    "There will not be any more attacks on mayors, the commander said.",
])
def test_acts_said_to_be_over_are_no_event_words(text):
    from eventsift.events.triggers import find_triggers

    assert [t.text for t in find_triggers(text)] == []


@pytest.mark.parametrize("text", [
    # acts only spoken of as what may come
    "Leaflets told families to leave because the hamlets will be bombed.",
    "Stay at home, or your shop could be looted, the radio warned.",
    # figures of speech
    "The minister called the slums of Norvale a social time bomb about to explode.",
    "Crowds greeted the vote with an explosion of joy.",
    "The opposition denounced the looting of our natural resources by foreign firms.",
    "The senator shrugged off the scathing attacks from her rivals.",
    # a gun's fire told as a bang, a noise likened to one, the police's distraction devices
    "Deputies tossed a stun grenade through the kitchen window.",
    "A flash-bang grenade thrown by the tactical team shattered a window.",
    "His rifle accidentally went off as he climbed the fence.",
    "To the neighbours it sounded like a blast.",
    # a body or a law named for weapons
    "An agent of the Bureau of Tobacco, Firearms and Explosives spoke to reporters.",
    "Lawmakers debated the Office for Firearms and Explosives budget.",
])
def test_acts_that_may_come_and_figures_of_speech_are_no_event_words(text):
    from eventsift.events.triggers import find_triggers

    assert [t.text for t in find_triggers(text)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A time bomb exploded outside the court in Norvale.", ["time bomb"]),
    ("Insurgents lobbed two grenades at the police post.", ["grenades"]),
    ("A parcel bomb went off at the post office.", ["parcel bomb", "went off"]),
    # gunfire told as exploding is gunfire
    ("Without warning, gunfire exploded across the parking lot.", ["gunfire"]),
    # a stun grenade thrown by gunmen, not the police's, is a grenade attack
    ("A stun grenade hurled by masked gunmen landed in a trader's courtyard.", ["grenade"]),
    ("Rebels looted the market and attacked the post.", ["looted", "attacked"]),
    ("The hamlets were bombed on Monday.", ["bombed"]),
])
def test_real_acts_beside_the_figures_are_still_event_words(text, expected):
    from eventsift.events.triggers import find_triggers

    assert [t.text for t in find_triggers(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Guerrillas placed a charge of dynamite under the mayor's car.", ["placed a charge of dynamite"]),
    ("A dynamite attack damaged two pylons.", ["dynamite attack"]),
    ("Soldiers found sticks of dynamite in a cave.", []),  # only held: no act
])
def test_dynamite_placed_or_set_off_is_a_bombing(text, expected):
    from eventsift.events.triggers import find_triggers

    found = find_triggers(text)
    assert [t.text for t in found] == expected
    assert all(t.sub_event_type == "Remote explosive/landmine/IED" for t in found)


@pytest.mark.parametrize(("text", "expected"), [
    # pepper spray a gunman carries is no crowd's dispersal; "riot police" are no riot
    ("Police said a man armed with a knife and pepper spray was killed in the cinema.", [("killed", "Attack")]),
    ("Riot police were deployed near the stadium.", []),
    ("Officers pepper-sprayed the crowd outside the hall.", [("Officers pepper-sprayed", "Protest with intervention")]),
])
def test_pepper_spray_and_riot_police_tell_a_protest_only_against_a_crowd(text, expected):
    from eventsift.events.triggers import find_triggers

    assert [(t.text, t.sub_event_type) for t in find_triggers(text)] == expected


def test_they_were_all_pronounced_dead_gathers_everyone_told_just_before(pipeline):
    # two victims, the attacker's own death told apart, then "all": three dead
    events = pipeline.process(doc(
        "Tom Hale, 66, and 65-year-old Ann Hale both suffered gunshot wounds to the head in Valmoro on Sunday. "
        "Their deaths were ruled homicides. Carl Hale, 34, fatally shot himself in the same house, the coroner said. "
        "They were all pronounced dead at the scene."))
    assert [e.fatalities for e in events] == [3]


@pytest.mark.parametrize(("text", "word"), [
    ("Marlow police say man fatally shot, woman in custody", "fatally shot"),  # a headline's participle, no "was"
    ("Deputies fatally shoot man who fired at them", "fatally shoot"),
])
def test_fatally_shot_alone_is_an_event_word(text, word):
    from eventsift.events.triggers import find_triggers

    assert (word, "Attack") in [(t.text, t.sub_event_type) for t in find_triggers(text)]


def test_found_deceased_is_a_death(pipeline):
    events = pipeline.process(doc("Officers found a male and a female deceased inside a house in Valmoro on Sunday."))
    assert [(e.fatalities, e.injured) for e in events] == [(2, None)]


def test_listed_places_lexicon_loads_every_entry():
    import re

    from eventsift.nlp.lexicon import load_tsv

    rows = load_tsv("events/listed_places.tsv")
    assert {r["kind"] for r in rows} == {"opener", "place_kind", "not_town"}
    for row in rows:
        assert re.compile(row["pattern"])


def test_one_more_victim_told_with_also_is_the_same_incident(pipeline):
    events = pipeline.process(doc(
        "A player shot and killed a coach in Valmoro on Sunday. Another player, Tomas Ruiz, was also injured, the "
        "weekly added, quoting Pelaya radio."))
    assert [(e.location, e.fatalities, e.injured) for e in events if not e.historical] == [("Valmoro", 1, 1)]


def test_people_shot_by_their_trade_are_an_incident_of_their_own(pipeline):
    # "shot 16 farmers": people named by their trade or group are shot as much as "16 people"
    events = pipeline.process(doc("Gunmen on horseback rode into Pelaya yesterday and shot 12 herders at a well."))
    assert [(e.location, e.event_date) for e in events] == [("Pelaya", dt.date(1990, 3, 11))]


def test_a_day_written_out_is_another_incident_than_the_day_before(pipeline):
    # "yesterday" (the 11th) and a written "10 March" are two days: no overnight incident runs across them
    events = pipeline.process(doc(
        "Gunmen on horseback rode into Pelaya yesterday and shot 12 herders at a well. A shepherd told the radio "
        "that on 10 March, 9 bodies were pulled from a ditch near Quinoral."))
    assert sorted((e.event_date, e.fatalities) for e in events) == [(dt.date(1990, 3, 10), 9),
                                                                    (dt.date(1990, 3, 11), 0)]
    # a day written after the incident's may be the incident going on
    events = pipeline.process(doc("Gunmen seized 30 passengers from a bus near Pelaya on 9 March. The remaining 10 "
                                  "hostages were released on 10 March."))
    assert len(events) == 1
    # an incident told on a weekday night and the early hours after it stays one
    events = pipeline.process(doc("Gunmen opened fire on a bus in Pelaya late Saturday night. Two passengers died "
                                  "early Sunday at a clinic in Pelaya, police said."))
    assert len(events) == 1


def test_a_previous_attack_told_for_comparison_is_its_own_old_incident(pipeline):
    events = pipeline.process(doc("Gunmen attacked a police post in Pelaya, killing two policemen. A previous attack on "
                                  "the post in 1985 killed four."))
    assert sorted((e.historical, e.fatalities) for e in events) == [(False, 2), (True, 4)]


def test_a_toll_over_places_the_report_then_tells_one_by_one_is_a_round_up(pipeline):
    events = pipeline.process(doc(
        "The army says 30 herders died in two villages of the valley this week. Gunmen on horseback rode into Pelaya "
        "yesterday and killed 12 herders at a well. A shepherd told the radio that on 9 March, 18 bodies were pulled "
        "from a ditch near Quinoral."))
    assert sorted(e.fatalities for e in events) == [12, 18]
    # told alone, it is the incident's toll
    (event,) = pipeline.process(doc("Clashes between troops and rebels in two villages near Pelaya killed five "
                                    "people. One soldier was wounded."))
    assert event.fatalities == 5


@pytest.mark.parametrize("later", ["Some two hours later", "Later that night", "Twenty minutes later",
                                   "In a separate shooting some two hours later"])
def test_people_shot_hours_later_are_another_incident_of_that_day(pipeline, later):
    # a time counted on from the incident just told, with people newly hit: another incident, on its day
    events = pipeline.process(doc(
        "A trader was shot in the leg outside his shop in Valmoro on Saturday night, police said. "
        f"{later}, two farmers were shot near the bus stand."))
    assert sorted((e.event_date, e.injured) for e in events) == [(dt.date(1990, 3, 10), 1), (dt.date(1990, 3, 10), 2)]


def test_the_victim_dying_hours_later_is_the_same_incident(pipeline):
    events = pipeline.process(doc(
        "A trader was shot in the leg outside his shop in Valmoro on Saturday night, police said. "
        "Some two hours later, he died at the district hospital."))
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(1990, 3, 10), 1)]


def test_people_shot_at_other_hours_of_a_night_are_incidents_of_their_own(pipeline):
    # a night's list told by the hour: each time with people newly shot is an incident; past midnight is the next day
    events = pipeline.process(doc(
        "A trader was shot in the arm at 9:35 p.m. Saturday near the market in Valmoro. "
        "Around 10:25 p.m., a schoolgirl was hit by gunfire from a passing car. "
        "Two farmers were shot around 12:50 a.m. near the mill."))
    assert sorted((e.event_date, e.injured) for e in events) == [
        (dt.date(1990, 3, 10), 1), (dt.date(1990, 3, 10), 1), (dt.date(1990, 3, 11), 2)]


@pytest.mark.parametrize("after", ["He was pronounced dead at 10:40 p.m. at the clinic.",
                                   "Two more victims reached the clinic at 10:40 p.m. with gunshot wounds."])
def test_the_same_victims_or_more_of_them_at_a_later_hour_are_the_same_incident(pipeline, after):
    events = pipeline.process(doc(f"A trader was shot at 9:35 p.m. Saturday near the market in Valmoro. {after}"))
    assert len(events) == 1


def test_a_bomb_told_earlier_in_the_day_is_an_incident_of_its_own(pipeline):
    events = pipeline.process(doc(
        "Rebels killed two policemen in an attack on a police post in Valmoro on Sunday, the army said.\n\n"
        "Earlier in the day, a bomb exploded at a bank branch in Pelaya, causing heavy damage but no casualties."))
    assert [(e.location, e.fatalities, e.event_date) for e in events if not e.historical] == [
        ("Valmoro", 2, dt.date(1990, 3, 11)), ("Pelaya", 0, dt.date(1990, 3, 11))]


def test_a_listed_town_whose_name_is_part_of_another_word_is_its_own_town():
    # "Anta" is inside "Santa Rivera" as letters, not as a word: the first town listed stays the incident's own
    places = [Place(name="Santa Rivera", country="Peru", admin1="Junin", latitude=-11.9, longitude=-75.3, population=9000),
              Place(name="Anta", country="Peru", admin1="Cusco", latitude=-13.47, longitude=-72.15, population=7000),
              Place(name="Rosapata", country="Peru", admin1="Puno", latitude=-15.2, longitude=-69.9, population=3000)]
    events = Pipeline(geocoder=InMemoryGeocoder(places)).process(doc(
        "Rebels attacked police posts on Sunday in the towns of Santa Rivera, Pulcamayo, Anta and Rosapata."))
    assert events[0].location == "Santa Rivera"
    assert {"Anta", "Rosapata"} <= {e.location for e in events}


CITY_AND_NEIGHBOURS = [
    Place(name="Corvana", country="Colombia", admin1="Antioquia", latitude=6.25, longitude=-75.56, population=2_000_000),
    # a city of its own 10 km from it, beyond its built-up radius
    Place(name="Brisela", country="Colombia", admin1="Antioquia", latitude=6.34, longitude=-75.56, population=400_000),
    # a quarter of it, with a population of its own
    Place(name="Lomaverde", country="Colombia", admin1="Antioquia", latitude=6.26, longitude=-75.58,
          population=150_000),
    Place(name="Tiquel", country="Colombia", admin1="Antioquia", latitude=6.31, longitude=-75.57, population=8_000),
]


@pytest.fixture(scope="module")
def metro():
    return Pipeline(geocoder=InMemoryGeocoder(CITY_AND_NEIGHBOURS))


def test_a_city_beside_another_is_another_incidents_place(metro):
    events = metro.process(doc("Gunmen shot dead four bus drivers at a depot in Corvana on Sunday. Two brothers were "
                               "killed by hitmen outside a bakery in Brisela."))
    assert sorted((e.location, e.fatalities) for e in events) == [("Brisela", 2), ("Corvana", 4)]


@pytest.mark.parametrize("second", ["a bakery in Lomaverde", "a bakery in Tiquel"])
def test_a_quarter_of_the_city_or_a_village_near_it_is_still_the_same_incident(metro, second):
    events = metro.process(doc("Gunmen shot dead four bus drivers at a depot in Corvana on Sunday. The attackers "
                               f"fled after setting fire to {second}."))
    assert len([e for e in events if e.event_type != "Strategic developments"]) <= 1


def test_a_deed_of_another_kind_told_weeks_before_is_not_the_undated_incidents(pipeline):
    events = pipeline.process(doc(
        "Rebels bombed the town hall and a bank in Valmoro. A leaflet left at the scene recalled that three union "
        "leaders were shot dead in early February."))
    (bombing,) = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombing.event_date == dt.date(1990, 3, 12) and not bombing.fatalities  # the report's day, no one killed
    (murder,) = [e for e in events if e.sub_event_type == "Attack"]
    assert (murder.event_date, murder.fatalities) == (dt.date(1990, 2, 1), 3)


def test_an_old_toll_told_after_the_news_is_another_incident(pipeline):
    # an undated incident, then a bombing of the same kind years before with a toll of its own
    events = pipeline.process(doc(
        "A roadside bomb struck an army patrol near Pelaya, killing two soldiers, officers said.\n\n"
        "In 1985, a truck bomb in Husmeca killed more than 60 people."))
    current = [e for e in events if not e.historical]
    old = [e for e in events if e.historical]
    assert [(e.location, e.fatalities) for e in current] == [("Pelaya", 2)]
    assert [(e.event_date.year, e.fatalities >= 60) for e in old] == [(1985, True)]


def test_an_incident_the_lead_times_the_news_by_is_told_beside_it(pipeline):
    # "hours after a separate attack": its day is the news's, and what follows goes on with the news
    events = pipeline.process(doc(
        "Gunmen killed six people at a market in Valmoro on Monday, officials said, hours after a separate attack "
        "in Quinoral left four police officers dead.\n\n"
        "Another 20 people were wounded, including five children.", published=dt.date(1990, 3, 13)))
    current = sorted((e.location, e.event_date.isoformat(), e.fatalities, e.injured) for e in events)
    assert current == [("Quinoral", "1990-03-12", 4, None), ("Valmoro", "1990-03-12", 6, 20)]


@pytest.mark.parametrize("earlier", ["Earlier on Saturday, a policeman was shot dead in Quinoral.",
                                     "On Saturday, gunmen shot dead a policeman in Quinoral."])
def test_a_sentence_opening_with_another_day_and_its_own_dead_is_another_incident(pipeline, earlier):
    # the news counts its dead in one clause and tells their day in the next ("... when gunmen fired ... on Sunday
    # night"); a sentence opening with the day before and a death of its own is another incident
    events = pipeline.process(doc(
        "Three policemen were killed and two hurt when gunmen fired on their patrol car in Tarquenda on Sunday "
        f"night, police said.\n\nThe wounded were taken to a hospital.\n\n{earlier}"))
    assert sorted((e.event_date.isoformat(), e.fatalities, e.injured) for e in events) == [
        ("1990-03-10", 1, None), ("1990-03-11", 3, 2)]


def test_a_deed_of_the_day_before_with_a_mother_and_her_son_killed_is_another_incident(pipeline):
    events = pipeline.process(doc(
        "Five civilians were killed on Sunday when troops shelled the town of Tarquenda, activists said.\n\n"
        "On Saturday, warplanes struck villages near Husmeca, killing a farmer and his daughter."))
    assert sorted((e.event_date.isoformat(), e.fatalities) for e in events) == [("1990-03-10", 2), ("1990-03-11", 5)]


def test_a_victim_who_died_days_later_is_the_old_incidents_toll():
    # a charge in an old killing, whose victim "died two days later": the death is the old shooting's toll
    text = clean_plain_text("ELMTOWN, Ohio — A 30-year-old was charged with murder in the 2019 shooting death of a "
                            "store clerk, prosecutors said Thursday. He was arrested Wednesday in Columbus. Police said he shot "
                            "the clerk at a store on Salem Avenue on Nov. 3, 2019. The clerk died two days later.")
    events = Pipeline().process(Document(id="t", text=text.text, dateline=text.dateline, published=dt.date(2021, 3, 8)))
    assert [(e.event_date.isoformat(), e.fatalities) for e in events if e.historical] == [("2019-11-03", 1)]


def test_a_rescue_days_after_a_kidnapping_keeps_the_kidnapping_apart_from_another_that_day(pipeline):
    events = pipeline.process(doc(
        "The mayor of Valmoro was abducted on 14 March 1987 and found dead hours later. The judge of Pelaya was "
        "abducted on 11 March 1987 but was freed three days later."))
    assert sorted(e.event_date.isoformat() for e in events) == ["1987-03-11", "1987-03-14"]


@pytest.mark.parametrize("text", ["A girl was struck in the arm while riding in a car in Valmoro on Saturday evening.",
                                  "A woman was grazed outside a bar in Valmoro on Saturday evening."])
def test_people_struck_in_a_part_of_the_body_or_grazed_are_hurt(pipeline, text):
    events = pipeline.process(doc(text))
    assert [(e.sub_event_type, e.fatalities, e.injured) for e in events] == [("Attack", 0, 1)]

"""How reporters write, rule by rule: counts, words for events and actors, days, page furniture and places, each on
invented sentences that keep one habit of real reports (wire copy, local pages, agency desks, analysts' notes)."""

import datetime as dt

import pytest

from eventsift.documents.clean import clean_plain_text
from eventsift.events.actors import find_actors
from eventsift.events.clauses import STATISTIC, WAR_TOLL, read_sentence
from eventsift.events.counts import find_counts
from eventsift.events.place import _entity_parts, is_street
from eventsift.events.triggers import find_triggers
from eventsift.nlp.text import places_of_earlier
from eventsift.nlp.timex import find_dates
from eventsift.pipeline import Pipeline
from eventsift.records import Document, Sentence


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def coded(pipeline, raw, published):
    """The events of a pasted page, read as the command line reads a text file."""
    page = clean_plain_text(raw)
    return pipeline.process(Document(id="t", text=page.text, title=page.title, dateline=page.dateline,
                                     publisher=page.publisher, published=published))


# -- counts ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # "to" before a deed done is no aim: the siblings are dead
    ("A woman admitted in court to stabbing two neighbours.", [("hit", 2)]),
    ("She was convicted of shooting dead two neighbours.", [("killed", 2)]),
    ("A second man, 25, suffered a deep cut to his hand.", [("hit", 1)]),
    ("The man was flown to Elmford Regional in critical condition.", [("hit", 1)]),
    # the wounded after a list of the dead are no part of it
    ("Shells hit the market, killing four civilians including two children and wounding nine others.",
     [("killed", 4), ("injured", 9)]),
    ("The rebels condemned the massacre of 12 farmers.", [("killed", 12)]),
    ("Rebels attacked the barracks, annihilating 25 soldiers of the garrison.", [("killed", 25)]),
    # a deed claimed done is no aim; a digit one is a number of its own
    ("Police claimed to have killed 4 militants in an encounter, 1 policeman sustained injuries.",
     [("killed", 4), ("injured", 1)]),
    ("In March, a teenager was fatally shot a few doors away.", [("killed", 1)]),  # doors are no people
])
def test_counts_as_reports_write_them(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


def test_a_company_that_suffered_a_cut_hurt_no_one():
    assert find_counts("The company suffered a cut in its funding.") == []


# -- event words ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("Guerrillas have destroyed at least 6 power pylons in the east.", "Looting/property destruction"),
    ("An explosive device was also defused at the airport.", "Disrupted weapons use"),
    ("A suicide car bomber rammed into a checkpoint.", "Suicide bomb"),
])
def test_event_words(text, kind):
    triggers = find_triggers(text)
    assert max(triggers, key=lambda t: t.priority).sub_event_type == kind


@pytest.mark.parametrize("text", [
    "Police fired 12 tear shells to disperse the crowd.",  # tear gas, no artillery
    "The smell of burning tyres hung over the square.",  # a scene described, no riot
    "Deputies tried to serve him with an arrest warrant.",  # no one arrested
])
def test_words_that_tell_no_such_event(text):
    kinds = {t.sub_event_type for t in find_triggers(text)}
    assert not kinds & {"Shelling/artillery/missile attack", "Violent demonstration", "Arrests"}


# -- actors ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "name"), [
    ("Congressman Ruiz was murdered outside his office.", "Congressman", "Civilians (Peru)"),
    ("A judge was shot dead.", "judge", "Civilians (Peru)"),
    ("The security escort returned fire.", "security escort", "Military Forces of Peru"),
    ("Carabineros found the car.", "Carabineros", "Police Forces of Peru"),
    ("Islamic State West Africa Province fighters attacked the base.", "Islamic State West Africa Province",
     "Islamic State (West Africa)"),
    ("Regime rocket fire killed two civilians.", "Regime rocket fire", "Military Forces of Syria"),
    ("The attack was blamed on the Syrian government.", "Syrian government", "Military Forces of Syria"),
    ("Villagers blamed ADF rebels for the raid.", "ADF", "ADF: Allied Democratic Forces"),
])
def test_actors_by_what_they_are(text, word, name):
    found = {a.text: a.name(country="Peru") for a in find_actors(text)}
    assert found.get(word) == name


def test_police_who_respond_to_shots_fired_fired_none():
    police = next(a for a in find_actors("Police answered a call about shots fired at a home on Elm Street.")
                  if a.text == "Police")
    assert police.role != "agent"


# -- days -----------------------------------------------------------------------------------------------------------

def test_a_day_of_last_year():
    found = find_dates("the massacre on 21 September last year", published=dt.date(1989, 11, 14))
    assert [(t.date, t.precision) for t in found] == [(dt.date(1988, 9, 21), "day")]


def test_minutes_later_is_the_day_told_before():
    found = find_dates("He came back ten minutes later and fired.", published=dt.date(2016, 5, 12),
                       anchor=dt.date(2015, 8, 22))
    assert [t.date for t in found] == [dt.date(2015, 8, 22)]


# -- page furniture -------------------------------------------------------------------------------------------------

def test_a_stamp_between_headline_and_dateline():
    page = clean_plain_text("Man beaten to death in village\n\nEPN | Jun 14, 2016, 04.12 AM IST\n\n"
                            "ELMPUR: A man was beaten to death by a mob in a village late on Sunday night.")
    assert page.dateline == "Elmpur" and page.text.startswith("ELMPUR:")


def test_a_repeated_headline_is_read_once():
    page = clean_plain_text("Man shot in leg in Elmtown\n\nMan shot in leg in Elmtown\n\n"
                            "A man suffered a leg wound in a shooting on Saturday night and should recover, officers "
                            "said.")
    assert page.title == "Man shot in leg in Elmtown" and page.text.startswith("A man suffered")


@pytest.mark.parametrize(("line", "publisher"), [
    ("© Copyright 2013, Elmtown Media Group", "Elmtown Media Group"),
    ("Copyright 2016 The Courier. All rights reserved. This article may not be copied or sold.", "The Courier"),
])
def test_copyright_lines(line, publisher):
    body = ("A man was shot in the arm on Tuesday night on Elm Street, police said. He is in stable condition at Elm "
            "General. Officers are looking for a gray sedan seen leaving the area.")
    page = clean_plain_text(f"{body}\n\n{line}")
    assert page.publisher == publisher and page.text == body


def test_a_sidebar_before_the_copyright_line():
    body = "A man was stabbed in Elmtown early Sunday, deputies said. He is in stable condition at Elm General."
    page = clean_plain_text(f"{body}\n\nMORE LOCAL NEWS:\nDeputies: Man shot in Ashby Saturday night\n"
                            f"County fair opens Friday\n\nCopyright 2016 Elm Broadcasting")
    assert page.text == body


def test_an_outlets_heading_opens_its_sidebar():
    body = "A man was stabbed in Elmtown early Sunday, deputies said. He is in stable condition at Elm General."
    page = clean_plain_text(f"{body}\n\nALSO ON ELMTOWNNEWS.COM\n- Deputies search for escaped inmate\n"
                            f"- Man charged in store robbery")
    assert page.text == body


def test_a_teaser_of_a_deadly_shooting_kills_no_one_here(pipeline):
    events = coded(pipeline, "SPRINGFIELD, Mo. — Police are looking for whoever shot a man late Saturday night.\n\n"
                             "The man had been hit once in the thigh. His injury is not considered life-threatening.\n\n"
                             "RELATED: Police investigate deadly shooting on Elm Street", dt.date(2015, 3, 15))
    assert [(e.fatalities, e.injured) for e in events] == [(0, 1)]


def test_a_photo_caption_is_no_incident(pipeline):
    events = coded(pipeline, "MEMPHIS, Tenn. — A man was wounded in a shooting on Friday night, police said.\n\n"
                             "[Photo: Officers tape off Elm Avenue where a fatal shooting happened late Friday.]\n\n"
                             "He is being treated for non-critical wounds.", dt.date(2014, 7, 19))
    assert [(e.fatalities, e.injured) for e in events] == [(0, 1)]


# -- statistics and round-ups: no incident ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "So far, three congressmen have been murdered by terrorists in less than a month.",
    "The decade-long insurgency by the group and its offshoot has killed more than 30,000 people.",
    "The town has been attacked several times since 2018, killing dozens.",
    "More than 300 civilians have been killed since the regime and its ally stepped up their bombardment.",
    "The group, which was pushed out of Kandahar in 2011, continues to carry out deadly attacks on soldiers.",
    "Separately, the ministry said 41 insurgents were killed in operations in Kunduz, Faryab and six other provinces.",
    "Elders said hundreds of community members had been killed in attacks over the last decade.",
    "The group has been blamed for killing more than 300 civilians since the army launched an offensive against it.",
])
def test_a_tally_beside_an_incident_adds_nothing(pipeline, sentence):
    events = pipeline.process(Document(id="t", published=dt.date(2019, 6, 6), text=(
        "KABUL - Gunmen shot dead a shopkeeper in Ghazni city on Wednesday, police said. " + sentence)))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 1)]


def test_a_summary_of_towns_attacked_does_not_place_the_bombing(pipeline):
    events = coded(pipeline, "CALI, 12 JUN 89 (RADIO NACIONAL) -- [TEXT] CARTAGENA, PEREIRA, AND CALI HAVE BEEN THE "
                             "TARGETS OF REPEATED BOMB ATTACKS THIS YEAR. EARLY TODAY A BOMB LEFT AT THE DOOR OF A "
                             "RESTAURANT IN PEREIRA WENT OFF, KILLING A WAITER.", dt.date(1989, 6, 12))
    assert [(e.location, e.fatalities) for e in events] == [("Pereira", 1)]


def test_a_weeks_toll_told_day_by_day_is_no_incident(pipeline):
    events = coded(pipeline, "SANAA, Feb. 20 (Xinhua) -- At least 32 people were killed over the past week in fighting "
                             "in the southwestern city of Taiz, medical sources said Saturday.\n\nOn Tuesday, mortar "
                             "shells hit a neighborhood in the east of the city, killing four civilians.\n\nOn Thursday, "
                             "coalition warplanes struck positions near the palace hill, killing eight fighters.",
                   dt.date(2016, 2, 20))
    assert sorted(e.fatalities for e in events) == [4, 8]


# -- counts in reports ----------------------------------------------------------------------------------------------

def test_a_wire_dateline_is_nobody(pipeline):
    events = coded(pipeline, "GUATEMALA CITY, 3 SEP 89 (AGENCY) -- [TEXT] A PEASANT LEADER WHO HAD BEEN KIDNAPPED WAS "
                             "FOUND DEAD TODAY NEAR A RIVER.", dt.date(1989, 9, 3))
    assert [e.fatalities for e in events] == [1]


def test_a_sides_own_word_is_the_high_end(pipeline):
    events = coded(pipeline, "KABUL (Agency): Six policemen were killed when Taliban insurgents stormed their check "
                             "posts in Baghlan province late Sunday night, officials said on Monday.\n\nEleven Taliban "
                             "were killed in the clash, a police spokesman said.\n\nA Taliban spokesman claimed their "
                             "fighters had killed 20 policemen and overran two posts.", dt.date(2015, 6, 15))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 17)]
    assert events[0].fatalities_high == 20


# -- incidents ------------------------------------------------------------------------------------------------------

def test_the_next_shooting_of_a_night_by_its_clock(pipeline):
    events = coded(pipeline, "MEMPHIS, Tenn. — One man died and two people were hurt in two unrelated shootings "
                             "overnight, police said.\n\nThe first shooting was reported shortly before 11 p.m. Friday "
                             "on Elm Avenue. Officers found a 19-year-old man lying in a driveway. He was pronounced "
                             "dead at the scene.\n\nAbout 2:15 a.m. Saturday, officers were called to an apartment "
                             "complex, where a woman had been grazed on the arm and a man had been hit in the foot.\n\n"
                             "The man's death was the city's 84th homicide of the year.",
                   dt.date(2014, 7, 19))
    assert [(e.event_date.isoformat(), e.fatalities, e.injured) for e in events] == [
        ("2014-07-18", 1, None), ("2014-07-19", 0, 2)]


def test_a_sentencing_story_tells_one_old_shooting(pipeline):
    events = coded(pipeline, "A man who opened fire outside a bar in Toledo last summer, killing one man and wounding "
                             "another, was sentenced Wednesday to life in prison.\n\nPolice said he had been thrown out "
                             "of the bar shortly before 2 a.m. on Aug. 22, 2015. He returned about 10 minutes later and "
                             "fired at a group standing outside. Tom Reyes, 31, was struck in the chest and died later "
                             "that morning. Luis Marin, 28, was shot in the hip and has since recovered.\n\nHe was "
                             "arrested two days later at a relative's home.", dt.date(2016, 5, 12))
    assert [(e.event_date.isoformat(), e.fatalities, e.injured, e.historical) for e in events] == [
        ("2015-08-22", 1, 1, True)]


def test_a_plea_story_tells_its_old_shooting_throughout(pipeline):
    # the news is a court's: what the report tells after its lead, with no day of its own, is the old shooting
    events = coded(pipeline, "A Tulsa woman was convicted on Tuesday of shooting dead two neighbours and wounding a "
                             "third in 2019.\n\nOfficers were sent to an apartment block on Pine Street, where they "
                             "found three people shot. One neighbour died where she fell and another at a hospital. The "
                             "third recovered.", dt.date(2021, 3, 10))
    assert [(e.fatalities, e.injured, e.historical) for e in events] == [(2, 1, True)]


def test_positions_held_are_no_incidents_at_the_towns_they_list(pipeline):
    events = coded(pipeline, "SAN SALVADOR, 14 NOV 89 (RADIO VENCEREMOS) -- [TEXT] ON THE FOURTH DAY OF THE OFFENSIVE "
                             "OUR FORCES CONTINUE TO FIRMLY HOLD THEIR POSITIONS IN MEJICANOS, CUSCATANCINGO, SOYAPANGO "
                             "AND APOPA.\n\nYESTERDAY AFTERNOON OUR UNITS AMBUSHED AN ARMY COLUMN IN MEJICANOS, KILLING "
                             "12 SOLDIERS.", dt.date(1989, 11, 14))
    assert [(e.location, e.fatalities) for e in events] == [("Mejicanos", 12)]


def test_police_who_arrested_the_suspect_are_no_side_of_the_stabbing(pipeline):
    events = coded(pipeline, "MINNEAPOLIS — A 42-year-old man was stabbed outside a bar Thursday night and died early "
                             "Friday, police said.\n\nPolice arrested a 37-year-old man about three blocks away a few "
                             "minutes later.", dt.date(2014, 9, 26))
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (United States)"]


def test_an_ambushed_congressman_is_a_civilian_attacked(pipeline):
    events = coded(pipeline, "LIMA, 9 JUN 89 (RADIO NACIONAL) -- [EXCERPT] CONGRESSMAN JUAN TORRES, OF THE UNITED LEFT, "
                             "DIED TONIGHT AFTER GUNMEN ON A MOTORCYCLE FIRED AT HIS CAR.\n\nPOLICE SAID THE TWO "
                             "ATTACKERS AMBUSHED TORRES AT THE DOOR OF HIS PARTY'S OFFICES AND FLED.", dt.date(1989, 6, 9))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians (Peru)")]


# -- places ---------------------------------------------------------------------------------------------------------

def test_where_the_victims_were_when_taken(pipeline):
    events = coded(pipeline, "MAIDUGURI, Nigeria (Agency) - Fighters attacked a military base in Gajiram, in Nganzai "
                             "local government area, late on Tuesday, forcing troops to withdraw, a source said.\n\nIn a separate incident on Sunday, "
                             "suspected Boko Haram militants abducted at least 16 women who were gathering firewood on "
                             "the outskirts of Konduga, a resident said.", dt.date(2020, 1, 29))
    assert [(e.location, e.abducted) for e in events] == [("Gajiram", None), ("Konduga", 16)]


def test_a_town_under_another_spelling_told_as_a_town(pipeline):
    events = coded(pipeline, "NAIROBI, Kenya (Agency) — A suicide car bomber rammed into a military checkpoint at the "
                             "main entrance to Afgoye town, outside Somalia's capital, on Thursday, killing seven people, "
                             "officials said.",
                   dt.date(2018, 3, 2))
    assert [(e.admin1, e.location) for e in events] == [("Lower Shabelle", "Afgooye")]


def test_a_loose_spelling_abroad_gives_way_to_the_reports_country(pipeline):
    events = coded(pipeline, "A man was killed in a clash between supporters of two candidates at a village in Raipura "
                             "upazila of Narsingdi district yesterday. He died on the way to Dhaka Medical College "
                             "Hospital.\n\nMeanwhile, in Belabo upazila of the district, unidentified men exploded "
                             "three crude bombs in front of a polling centre in Narayanpur union, injuring two voters.",
                   dt.date(2016, 4, 24))
    assert {e.country for e in events} == {"Bangladesh"}


def test_a_provincial_assembly_is_in_the_provinces_capital(pipeline):
    events = pipeline.process(Document(id="t", published=dt.date(2015, 3, 14), text=(
        "March 14, 2015: Unidentified armed men on a motorbike shot dead a party worker close to the Sindh Assembly "
        "building in the evening.")))
    assert [(e.admin1, e.location) for e in events] == [("Sindh", "Karachi")]


@pytest.mark.parametrize(("raw", "town"), [
    ("Sukkur, 2/2/2015 - unidentified men threw a grenade into a tailor's shop in the old market, wounding the owner.",
     "Sukkur"),
    ("Quetta - night of 20/21 May 2015: police killed four militants in an encounter.", "Quetta"),
])
def test_an_analysts_note_opens_with_its_town(pipeline, raw, town):
    assert clean_plain_text(raw).dateline == town
    events = coded(pipeline, raw, dt.date(2015, 5, 21))
    assert [e.location for e in events] == [town]


def test_a_county_sheriffs_town_is_not_the_big_city_the_report_is_filed_from(pipeline):
    events = coded(pipeline, "BAKERSFIELD, Calif. (KXYZ) — A man was stabbed several times during a fight with a "
                             "neighbor in Lamont early Sunday, the Kern County Sheriff's Office said.",
                   dt.date(2016, 8, 15))
    assert [e.location for e in events] == ["Lamont"]


def test_a_misspelt_town_of_the_country_its_armed_groups_act_in(pipeline):
    # no country named: the Taliban say which, and a misspelling is looked for there only
    events = pipeline.process(Document(id="t", published=dt.date(2020, 5, 4), text=(
        "On 3 May 2020, Taliban militants attacked a checkpoint in Jalalbad, killing two soldiers.")))
    assert [(e.admin1, e.location) for e in events] == [("Nangarhar", "Jalalabad")]


def test_a_sheriffs_county_lends_no_country_to_misspellings(pipeline):
    # a local report's names are no misspelt towns of its country ("Sprng Valley" is no Spring Valley far away)
    events = pipeline.process(Document(id="t", published=dt.date(2015, 5, 4), text=(
        "The Harris County Sheriff's Office says a man was shot at Sprng Valley near the ship channel.")))
    assert [e.admin1 for e in events] == ["Texas"]


def test_police_who_believe_are_no_side_of_the_shootout(pipeline):
    events = pipeline.process(Document(id="t", published=dt.date(2014, 8, 1), text=(
        "A man died in a shootout on Elm Drive on Friday. Police believe the gunfire was over a debt.")))
    assert [e.actor1 for e in events] == ["Unidentified Armed Group"]


def test_a_killing_that_ended_a_shootout_is_one_incident_whatever_the_lead(pipeline):
    # the lead tells an arrest; the killing, the shootout it ended in and its wounded are one incident
    events = pipeline.process(Document(id="t", published=dt.date(2014, 8, 1), text=(
        "Deputies arrested a man on Thursday in the deaths of two men last spring.\n\nInvestigators say he shot and killed "
        "Ray Dunn and Carl Voss on May 10 after an argument that started at a gas station and ended in a shootout on "
        "Elm Drive.\n\nHe also faces a charge of shooting and wounding a third man.")))
    assert [(e.event_date.isoformat(), e.fatalities, e.injured) for e in events] == [("2014-05-10", 2, 1)]


def test_a_sidebar_of_suggested_stories_and_tag_lines(pipeline):
    events = coded(pipeline, "Teen wounded near basketball court\n\nA boy, 15, was wounded in the stomach on Sunday "
                             "afternoon while playing basketball in Gary, police said. He is recovering.\n\n"
                             "Topics: Indiana, shootings\n\nSUGGESTED STORIES\n- Weekend violence: 40 shot, 6 fatally, "
                             "across Chicago\n- Heat advisory for the area on Monday", dt.date(2016, 7, 25))
    assert [(e.location, e.fatalities, e.injured) for e in events] == [("Gary", 0, 1)]


def test_a_section_line_and_a_headline_above_the_dateline(pipeline):
    page = clean_plain_text("Country News | Sunday, February 12, 2017\n\nGrenade hurled at shop, 2 hurt\n\n"
                            "Elmpur, Feb 11 (AGENCY) – Two people were injured when men hurled a grenade at a shop.")
    assert page.dateline == "Elmpur" and page.text.startswith("Elmpur, Feb 11")


def test_a_death_told_by_name_is_the_incident_the_name_was_told_in(pipeline):
    events = coded(pipeline, "BALTIMORE — Police are investigating two weekend shootings.\n\nIn the first shooting, officers found a 31-year-old man with "
                             "gunshot wounds at about 10 p.m. Friday. He died at a hospital. Police identified him as "
                             "Ed Braxton.\n\nAbout 22 hours later, at about 8:40 p.m. Saturday, a 45-year-old woman was "
                             "shot in the leg. She is expected to recover.\n\nHomicide detectives are investigating "
                             "Braxton's death.", dt.date(2015, 11, 8))
    assert [(e.event_date.isoformat(), e.fatalities, e.injured) for e in events] == [
        ("2015-11-06", 1, None), ("2015-11-07", 0, 1)]



def test_a_saints_name_is_no_place():
    from eventsift.geo import InMemoryGeocoder
    from eventsift.records import Place

    places = [Place(name="Elmtown", country="United States", admin1="Ohio", latitude=40.0, longitude=-83.0,
                    population=50_000),
              Place(name="Mary", country="Turkmenistan", admin1="Mary", latitude=37.6, longitude=61.8,
                    population=120_000)]
    events = Pipeline(geocoder=InMemoryGeocoder(places)).process(Document(id="t", published=dt.date(2015, 1, 30), text=(
        "A man was shot on Sunday and died that night at St. Mary's Medical Center, Elmtown police said.")))
    assert [e.location for e in events] == ["Elmtown"]



@pytest.mark.parametrize(("raw", "where"), [
    # a holy figure's epithet names a place that is no scene
    ("Mourners in Salinas on Sunday remembered a retired farmworker who was shot dead in his home on Saturday.\n\n"
     "He prayed every week to the Virgin of Guadalupe and sang in the choir at St. Agnes of Bohemia Church.",
     ("United States", "California", "Salinas")),
    # nor is a victim's birthplace
    ("Neighbours in Pasadena on Sunday mourned a retired gardener who was shot dead in his home on Saturday.\n\n"
     "A native of Mexico, he had sung in the church choir for 30 years.", ("United States", "Texas", "Pasadena")),
])
def test_a_saints_epithet_or_a_birthplace_is_no_scene(pipeline, raw, where):
    assert [(e.country, e.admin1, e.location) for e in coded(pipeline, raw, dt.date(2016, 5, 9))] == [where]


# -- analysts' notes from South Asia, wire desks abroad ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a victim's name set off by commas inside a list of the dead
    ("Gunmen shot dead a village headman, Rafiq Lashari, and his nephew near the bus stand.", [("killed", 2)]),
    ("Councillor Tariq Baloch was gunned down by two men on a motorbike.", [("killed", 1)]),
])
def test_counts_of_notes(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


def test_a_police_picket_is_no_protest():
    kinds = {t.sub_event_type for t in find_triggers("A constable on guard duty at a picket was shot dead.")}
    assert "Peaceful protest" not in kinds and "Attack" in kinds


def test_an_operation_told_only_by_its_arrests_is_the_arrests(pipeline):
    events = coded(pipeline, "Police arrested four suspected Maoists during a combing operation in the forests of Gaya "
                             "district on Tuesday. No shots were fired.", dt.date(2016, 3, 23))
    assert [e.sub_event_type for e in events] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "The same day, rebels burnt a bus near the depot.",
    "Shelling that evening hit a school.",
])
def test_the_same_day_is_the_day_told_before(text):
    found = find_dates(text, published=dt.date(2015, 8, 17), anchor=dt.date(2015, 8, 16))
    assert [t.date for t in found] == [dt.date(2015, 8, 16)]


def test_the_same_day_with_no_day_told_is_the_reports():
    found = find_dates("This was one of three raids on the same day.", published=dt.date(2016, 7, 2))
    assert [t.date for t in found] == [dt.date(2016, 7, 2)]


def test_initials_run_together_end_no_sentence():
    from eventsift.nlp.text import split_sentences

    assert len(split_sentences("Gunmen killed a trader in D.I. Khan's main bazaar. Police said the men fled.")) == 2
    assert len(split_sentences("He lived in Washington, D.C. The suspect fled on foot.")) == 2


@pytest.mark.parametrize(("raw", "published", "where"), [
    # a province inside a force's name, when nothing better is told
    ("Sindh Rangers said two suspects died in a gunfight during a raid in Qadirabad Colony early on "
     "Friday.", dt.date(2015, 5, 9), ("Pakistan", "Sindh")),
    ("Balochistan Levies repulsed an attack on their check post at Kulanchi late on Friday; two attackers died.",
     dt.date(2016, 2, 28), ("Pakistan", "Balochistan")),
    # a town written in two words, in the country the report's party names
    ("Unidentified gunmen shot dead a PPP worker outside his shop in Jacob Abad on Tuesday.", dt.date(2015, 7, 22),
     ("Pakistan", "Sindh")),
    # the Bijapur where Maoists fight, not Karnataka's
    ("Five CRPF men were killed when Maoists blew up their vehicle in Bijapur district on Monday.",
     dt.date(2015, 4, 14), ("India", "Chhattisgarh")),
    # a desk abroad: the war is next door
    ("BEIRUT (Reuters) - A car bomb killed four fighters of the U.S.-backed Syrian Democratic Forces (SDF) at a "
     "checkpoint in Deir al-Zor province on Sunday, a war monitor said.\n\nThe blast came a day after Islamic State "
     "fighters attacked SDF positions around the village of Qarat Hamdan, killing seven.", dt.date(2018, 10, 14),
     ("Syria", "Deir-ez-Zor")),
])
def test_where_notes_and_desks_put_an_incident(pipeline, raw, published, where):
    events = coded(pipeline, raw, published)
    assert events and {(e.country, e.admin1) for e in events} == {where}


def test_a_road_towards_a_town_is_no_second_scene(pipeline):
    events = coded(pipeline, "A roadside bomb went off near Parachinar on Monday, killing two vendors. No group "
                             "claimed the blast, and the road towards Sadda stayed closed.", dt.date(2015, 3, 17))
    assert [(e.location, e.fatalities) for e in events] == [("Parachinar", 2)]


# -- war reports: monitors, agencies and outlets of a side ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "More than 120 people have been killed in government air strikes on the province since November 3.",
    "Fighting between the rebel factions that erupted in early March has killed more than 700 people.",
    "The group has beheaded more than 200 people in the region since declaring its emirate in May 2014.",
    "Since the beginning of the assault on the canton on 2 April, the town hospital has received 95 bodies.",
    "The army and allied militias are continuing their attacks on the villages of the valley.",
])
def test_tallies_of_a_war_are_no_incident(text):
    from eventsift.events.clauses import STATISTIC

    assert STATISTIC.search(text)


def test_a_days_own_toll_beside_todays_raid(pipeline):
    events = coded(pipeline, "Government helicopters dropped barrel bombs on a village near Idlib on Wednesday, killing "
                             "seven people, a monitor said. The raid came as the toll from Tuesday's air strikes on the "
                             "city's market rose to 15.", dt.date(2016, 3, 9))
    assert sorted((e.event_date.isoformat(), e.fatalities) for e in events) == [("2016-03-08", 15), ("2016-03-09", 7)]


def test_a_toll_since_the_battle_began_after_the_days_own(pipeline):
    events = coded(pipeline, "Clashes went on in Raqqa on Monday. The monitor documented the deaths of six SDF "
                             "fighters and nine jihadists in Monday's clashes, raising to 300 the number of SDF fighters "
                             "killed since the start of the battle.", dt.date(2017, 7, 11))
    assert [e.fatalities for e in events] == [15]


@pytest.mark.parametrize(("raw", "where"), [
    # an armed group's name is no place
    ("Rebels of the Army of Islam clashed with fighters of the Islamic State of Iraq and the Levant near Aleppo on "
     "Monday; 12 fighters died.", ("Syria", "Aleppo")),
    # nor is a city's quarter by its common name, nor a tribe
    ("Clashes between the SDF and Islamic State in the Old City of Raqqa killed nine fighters on Tuesday. Snipers of "
     "the group held out in the Old City.", ("Syria", "Ar-Raqqa")),
])
def test_names_that_are_no_scene(pipeline, raw, where):
    events = coded(pipeline, raw, dt.date(2017, 7, 12))
    assert events and {(e.country, e.admin1) for e in events} == {where}


def test_a_tribes_name_is_no_place():
    from eventsift.events.place import IN_A_NAME

    assert IN_A_NAME.match(" tribe said") and IN_A_NAME.match(" clan")


def test_a_nationality_taken_into_an_armys_name():
    found = {a.text: a.name(country="Syria") for a in find_actors("The Turkish army shelled the village.")}
    assert found == {"Turkish army": "Military Forces of Turkey"}


def test_men_rounded_up_by_an_armed_group_are_abducted_on_their_own_day(pipeline):
    events = coded(pipeline, "Islamic State militants shot dead six men from a clan in the village of Tal Sabha on "
                             "Sunday, a monitor said.\n\nOn Monday, IS fighters rounded up dozens of men from a nearby "
                             "village and took them to an unknown place.", dt.date(2015, 8, 4))
    assert [(e.event_date.isoformat(), e.sub_event_type) for e in events] == [
        ("2015-08-02", "Attack"), ("2015-08-03", "Abduction/forced disappearance")]


def test_a_day_of_publishing_dates_nothing():
    found = find_dates("The monitor had published, on the 4th of November, that attacks on the checkpoints had grown.",
                       published=dt.date(2016, 11, 21))
    assert [t.reporting for t in found] == [True]


def test_several_years_ago_is_years_before():
    found = find_dates("His mother died several years ago.", published=dt.date(2015, 4, 2))
    assert [(t.date.year, t.date_end.year, t.precision) for t in found] == [(2006, 2013, "year")]


def test_an_armed_groups_own_dead_are_new_people():
    from eventsift.events.count_words import is_part_of

    mention = next(iter(find_counts("Jets struck the camp, killing four of the group's fighters.")))
    assert mention.count.best == 4 and not is_part_of(mention)


def test_a_photo_label_and_a_credit_make_a_caption(pipeline):
    events = coded(pipeline, "Air strikes on a market in Idlib province killed 12 civilians on Tuesday, a monitor "
                             "said.\n\n[Photo] A man carries a wounded boy after strikes on the town of Kafr Zita on "
                             "September 3, 2017.\n\nRescuers were still searching the rubble.", dt.date(2017, 9, 26))
    assert [(e.event_date.isoformat(), e.fatalities) for e in events] == [("2017-09-26", 12)]


def test_a_government_named_with_its_country_and_a_regiments_rifles():
    found = {a.text: a.name(country="Syria") for a in find_actors("Strikes by Government of Syria and allied forces hit "
                                                                  "the market.")}
    assert found == {"Government of Syria and allied forces": "Military Forces of Syria"}
    kinds = {t.sub_event_type for t in find_triggers("Assam Rifles troopers rushed to the site after the blast.")}
    assert "Armed clash" not in kinds


@pytest.mark.parametrize(("text", "tally"), [
    ("At least 40 civilians were reportedly killed between 2 May and 9 May.", True),
    ("Air strikes continued to be reported across the south of the province.", True),
    # a participle that opens the clause's own deed
    ("Continuing its offensive against the army, the group ambushed a convoy, wounding four soldiers.", False),
])
def test_tallies_of_humanitarian_updates(text, tally):
    from eventsift.events.clauses import STATISTIC

    assert bool(STATISTIC.search(text)) is tally


def test_a_countrys_dead_of_the_day_beside_its_incidents(pipeline):
    events = coded(pipeline, "The monitor documented the deaths of 64 people across Syria today.\n\nIdlib: five "
                             "civilians were killed when regime warplanes struck the village of Tell Qarsa.\n\nHama: "
                             "gunmen abducted two drivers near the town of Suran.", dt.date(2014, 6, 2))
    assert sorted(e.fatalities for e in events) == [0, 5]


def test_an_undated_incident_told_right_after_a_dated_one_shares_its_day(pipeline):
    events = coded(pipeline, "Supporters of two parties clashed in a village near Garbeta in West Midnapore on Monday "
                             "evening. Crude bombs were hurled; a worker died in hospital and five were hurt.",
                   dt.date(2016, 4, 26))
    assert {e.event_date.isoformat() for e in events} == {"2016-04-25"}


def test_a_paragraphs_label_is_its_region(pipeline):
    events = coded(pipeline, "The monitor documented the deaths of 64 people across Syria today.\n\nIdlib: five "
                             "civilians were killed when regime warplanes struck the village of Kafr Nabl.\n\nHama: "
                             "gunmen abducted two drivers near the town of Suran.", dt.date(2014, 6, 2))
    assert [(e.admin1, e.sub_event_type, e.fatalities) for e in events] == [
        ("Idleb", "Air/drone strike", 5), ("Hama", "Abduction/forced disappearance", 0)]


def test_a_bulleted_list_of_other_stories_and_the_comments_end_the_page():
    page = clean_plain_text("Man wounded in Elmtown shooting\n\nA man was shot in the arm on Elm Street late Friday, "
                            "police said. Doctors say he will live.\n\nAround the county:\n- Ashby police: 3 dead in "
                            "weekend shooting at apartment complex near the river\n- Marlow man charged in January "
                            "robbery\n\nComments (4)\n  reader_22: this keeps happening!!\n  Jo: praying for him, "
                            "get well soon and stay safe out there friend\n\n(c) 2015 Elmtown Herald. All rights "
                            "reserved. Our terms of service apply to every page.")
    assert page.text.endswith("Doctors say he will live.") and page.publisher == "Elmtown Herald"


@pytest.mark.parametrize("text", [
    "At least 27 people were shot between Friday evening and early Monday, five of them fatally.",
    "She was the ninth teenager killed by gunfire in the city this year.",
])
def test_a_weekends_and_a_years_count_beside_the_incident(text):
    from eventsift.events.clauses import ROUNDUP, STATISTIC

    assert ROUNDUP.search(text) or STATISTIC.search(text)


def test_wire_copy_of_a_massacre_told_days_later(pipeline):
    # where the news was told and where it reached, the capital named by apposition and the clinic are no scene; the
    # massacre of years before is another, historical incident
    events = coded(pipeline, "LIMA, 3 NOV 89 (EFE) -- [REPORT] GUERRILLAS KILLED NINE PEASANTS IN AN ATTACK ON A "
                             "HAMLET IN HUANTA\nPROVINCE, AYACUCHO DEPARTMENT, POLICE SOURCES REPORTED TODAY IN LIMA.\n\n"
                             "   THE ATTACK TOOK PLACE ON 31 OCTOBER, BUT NEWS OF IT REACHED HUANTA, THE\nPROVINCIAL "
                             "CAPITAL, ONLY YESTERDAY. TWO OTHER VILLAGERS WERE WOUNDED AND ARE\nBEING TREATED AT THE "
                             "HUANTA HEALTH CENTRE.\n\n   THE SAME AREA WAS THE SCENE OF ANOTHER MASSACRE ON 2 MAY 1986, "
                             "WHEN\nGUERRILLAS KILLED 14 PEASANTS IN A NEIGHBOURING COMMUNITY.", None)
    assert [(e.event_date.isoformat(), e.admin1, e.fatalities, e.injured, e.historical) for e in events] == [
        ("1989-10-31", "Ayacucho", 9, 2, False), ("1986-05-02", "Ayacucho", 14, None, True)]


def test_news_of_an_exhumation_leaves_the_massacre_historical(pipeline):
    events = coded(pipeline, "Forensic experts today began exhuming remains in the canton of El Zapotal, in Cabanas "
                             "department, where soldiers killed 26 peasants on 3 June 1982.", dt.date(1990, 7, 2))
    assert [(e.event_date.isoformat(), e.historical) for e in events] == [("1982-06-03", True)]


@pytest.mark.parametrize("raw", [
    "A journalist was murdered last night in the city of Cali, and a bomb exploded today at a bank in Barranquilla, "
    "wounding four people, police said.",
    "A union leader was shot dead last night in San Pedro Sula, police said.\n\nAlso last night, a dynamite charge "
    "exploded at the door of a house in Choloma, damaging it.",
])
def test_a_second_deed_told_beside_the_first_is_its_own_incident(pipeline, raw):
    assert len(coded(pipeline, raw, dt.date(1990, 1, 29))) == 2


@pytest.mark.parametrize(("text", "protest"), [
    ("The gunman fired into a group of teenagers gathered outside the store.", False),
    ("About 200 residents of the village gathered in front of the district office on Monday.", True),
])
def test_people_gathered_outside_protest_only_as_a_crowd(text, protest):
    kinds = {t.sub_event_type for t in find_triggers(text)}
    assert ("Peaceful protest" in kinds) is protest


@pytest.mark.parametrize(("text", "kept"), [
    # planned, plotted or threatened: not done
    ("Intelligence officers said the insurgents were planning to launch a spring offensive.", set()),
    ("The militia threatened to attack the barracks.", set()),
    ("Police said the gang was preparing an attack on a judge.", set()),
    ("Residents were warned of an imminent attack on the town.", set()),
    ("Diplomats spoke of the risk of renewed fighting in the north.", set()),
    ("Police said the cell's scheme would have involved a bombing at the stadium.", set()),
    ("Officials believe the cell wants to plan more bombings in the port.", set()),
    # what some people do, not a deed done
    ("He said the gangs who kidnap traders and loot their stalls have no friends left.", set()),
    ("The rebels who ambush convoys and kidnap traders will be hunted down, the army warned.", set()),
    ("Only a handful of radicals, who enjoy planting bombs and shooting policemen, oppose the deal.", set()),
    # what a demand asks to end
    ("Church leaders urged both sides to halt the shelling of villages.", set()),
    ("Stop firing rockets at villages, the bishop told both armies.", set()),
    ("The deal holds only if the group ceases its bombings of pipelines.", set()),
    # weapons listed as found, past a calibre's point
    ("Soldiers found a box of 9.5 mm cartridges, radios and three hand grenades in the hideout.", set()),
    # deeds done stay events
    ("Gunmen tried to kill the mayor on Sunday.", {"Attack"}),
    ("The men who attacked the post on Monday fled into the hills.", {"Attack"}),
    ("A gunman opened fire at a bus stop, killing two.", {"Attack"}),
    ("Militants staged a planned attack on a checkpoint.", {"Attack"}),
    ("Raiders pillaged three villages near the border.", {"Looting/property destruction"}),
])
def test_acts_only_planned_or_told_of_a_kind_of_people_are_no_triggers(text, kept):
    assert {t.sub_event_type for t in find_triggers(text)} == kept


@pytest.mark.parametrize(("text", "kinds"), [
    ("The former colonel, extradited on Friday, faces charges of murder and kidnapping.", set()),
    ("Lawmakers debated a bill that would toughen penalties for murder and armed robbery.", set()),
    ("The man was wanted for armed robbery, police said.", set()),
    ("He spent 18 years in prison for a robbery he did not commit.", set()),
    # the toll a charge gives stays: two counts of murder are two dead
    ("The man faces two counts of murder.", {"Attack"}),
    # the deed the charge is for stays
    ("Prosecutors charged the pharmacist with murder for the fatal shooting of a cashier at the till.", {"Attack"}),
])
def test_a_crime_named_as_a_charge_is_no_deed(text, kinds):
    assert {t.sub_event_type for t in find_triggers(text)} == kinds


@pytest.mark.parametrize("text", [
    "The senator said the new tax law is an attack on our sovereignty.",
    "He accused the governing party of having stolen the election in 1986.",
    "Prosecutors say the engineer stole trade secrets from his employer.",
    "The government opened an offensive against corruption in the spring.",
    "The station read out battle reports from the front each night.",
    "The senator sharply attacked the finance minister in a radio interview.",
    "The minister praised the police units sent to fight drug trafficking in the ports.",
    "Customs will get new scanners as part of the anti-narcotics offensive.",
    "Families still wait for the release of the students abducted last year.",
    "The bishops asked the army to end the beatings, kidnappings and torture of union members.",
])
def test_attacks_on_ideals_and_thefts_of_office_are_figures_of_speech(text):
    assert find_triggers(text) == []


@pytest.mark.parametrize("raw", [
    "Officials say 300 villagers have been abducted by the militia since 2 March.",
    "Relatives say that over the past eight years more than 500 students have vanished after being detained by "
    "police.",
    "In just six weeks, 40 bodies have been found dumped along the river.",
    "Donors pledged aid to end a conflict which has dragged on for years and left 30,000 dead.",
])
def test_tallies_since_a_day_or_over_a_short_time_are_no_incident(pipeline, raw):
    assert coded(pipeline, raw, dt.date(1989, 12, 20)) == []


def test_an_incident_told_as_the_second_in_a_short_time_stays(pipeline):
    events = coded(pipeline, "A farmer was badly hurt on Tuesday when a grenade went off outside his shop in the "
                             "market square, the third such attack in just three weeks.", dt.date(2019, 3, 7))
    assert [(e.sub_event_type, e.injured) for e in events] == [("Grenade", 1)]


@pytest.mark.parametrize(("raw", "kinds"), [
    ("The rebel group signed a peace deal with the government today after two decades of fighting.", ["Agreement"]),
    # the protests a gathering is one of stay protests
    ("Dozens of students lit candles on Saturday outside a church in the city to honour a classmate whose death has "
     "inspired months of protests.", ["Peaceful protest"]),
])
def test_fighting_over_years_is_no_incident_beside_the_news(pipeline, raw, kinds):
    assert [e.sub_event_type for e in coded(pipeline, raw, dt.date(1989, 4, 4))] == kinds


@pytest.mark.parametrize(("pattern", "text"), [
    (WAR_TOLL, "The president took office in a country still scarred by a dictatorship that left 30,000 people dead."),
    (WAR_TOLL, "Historians say the civil war which left 200,000 dead began over land."),
    (STATISTIC, "The agency counted 15 kidnapping cases in March."),
], ids=["regime", "past war", "cases"])
def test_tolls_of_a_regime_or_a_month_of_cases_are_tallies(pattern, text):
    assert pattern.search(text)


# -- round 40: who is who by age, the incident a "came after" goes on with, forces backing a side ---------------------

@pytest.mark.parametrize(("raw", "toll"), [
    # the same age is the same child, whatever the noun ("boy", "son")
    ("DENVER (KXYZ) - A 6-year-old boy was fatally shot on a highway ramp on Sunday evening, police said.\n\n"
     "The boy's mother told officers her 6-year-old son was shot when the other driver fired into the back seat.",
     (1, None)),
    # two ages are two men, though both are "a man"
    ("FRESNO, Calif. - A 23-year-old man was fatally shot outside a bar late Saturday, police said.\n\n"
     "A 31-year-old man was shot in the arm during the same argument and drove himself to the hospital.", (1, 1)),
    # kin told without a possessive may be the woman told before
    ("AKRON, Ohio - A woman was shot and killed in her kitchen on Tuesday night, police said.\n\n"
     "Officers said the 44-year-old wife was shot twice during an argument.", (1, None)),
    # "his son" is the dead man's kin: someone else
    ("AKRON, Ohio - A man was fatally shot in his driveway on Tuesday night, police said.\n\n"
     "His teenage son was shot twice during the argument, officers said.", (1, 1)),
], ids=["same age", "two ages", "the wife", "his son"])
def test_ages_and_kin_tell_who_is_who(pipeline, raw, toll):
    events = coded(pipeline, raw, dt.date(2015, 3, 4))
    assert [(e.fatalities, e.injured) for e in events] == [toll]


def test_an_earlier_incident_goes_on_after_a_clause_with_no_event_word(pipeline):
    raw = ("ELMVILLE (AP) - A suicide bomber detonated his vest at a police station in the northern city of Elmville on "
           "Thursday, killing 11 policemen, state TV said.\n\n"
           "The attack came hours after militants moved into two hamlets east of the city following clashes with army "
           "troops that left 20 fighters dead on both sides, a monitoring group said.")
    events = coded(pipeline, raw, dt.date(2015, 6, 12))
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Armed clash", 20), ("Suicide bomb", 11)]


@pytest.mark.parametrize(("raw", "actors"), [
    ("BEIRUT, Oct 3 (Reuters) - Syrian government troops backed by Russian jets recaptured a hill town in Hama "
     "province on Saturday, state media said.",
     ("Military Forces of Syria", "Military Forces of Russia")),
    # a unit the lexicon does not know: the force backing it stands for the side
    ("On 3 May 2020, 5 militants were killed during an operation by the Rapid Response Unit supported by Kenyan "
     "military aircraft near Elm village, Lamu.", ("Military Forces of Kenya", None)),
], ids=["backed by", "unknown unit"])
def test_a_force_backing_a_side_is_its_associated_actor(pipeline, raw, actors):
    events = coded(pipeline, raw, dt.date(2020, 5, 5))
    assert [(e.actor1, e.assoc_actor_1) for e in events] == [actors]


@pytest.mark.parametrize(("text", "earlier"), [
    ("It said the strikes hit Ashby, where rebels launched an offensive last week.", True),
    ("Police guarded the square, where a bomb killed six people in March.", True),
    ("The convoy was ambushed near Elm Hill, where two soldiers died three months ago.", True),
    # a weekday may be the news's own day: the same incident
    ("Officers went to a house on Elm Street, where a man had been shot on Monday.", False),
])
def test_a_place_told_with_an_incident_weeks_back_is_the_place_of_an_earlier_incident(text, earlier):
    assert bool(places_of_earlier(text)) is earlier


@pytest.mark.parametrize(("doers", "actor1"), [
    ("Clan militiamen", "Clan militiamen"),
    # rebels told fighting the group are not that group (and a word opening the text after " - " is read as a
    # sentence's first word)
    ("Rebels", "Unidentified Armed Group (Somalia)"),
])
def test_fighters_told_clashing_with_a_named_group_are_the_other_side(pipeline, doers, actor1):
    raw = (f"MOGADISHU (Reuters) - {doers} clashed with al Shabaab near the town of Afgoye on Tuesday, leaving at "
           "least nine fighters dead, residents said.")
    events = coded(pipeline, raw, dt.date(2016, 8, 25))
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [(actor1, "Al Shabaab", 9)]


def test_two_armed_groups_told_fighting_are_the_two_sides(pipeline):
    raw = "Local rebels clashed with al Shabaab near the town of Afgoye on Tuesday, residents said."
    events = coded(pipeline, raw, dt.date(2016, 8, 25))
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Somalia)", "Al Shabaab")]


def test_a_word_after_a_plain_dateline_dash_opens_the_sentence():
    assert [a.text for a in find_actors("ELMTOWN (Reuters) - Rebels attacked a post.")] == ["Rebels"]


def test_a_month_named_beside_the_news_does_not_take_in_an_earlier_day(pipeline):
    raw = ("3 hurt in Saturday night shooting at house party\n\n"
           "MEMPHIS, Tenn. — Three people were injured when someone fired shots into a crowd at a house party in "
           "Whitehaven late Saturday, police said.\n\n"
           "This is the second shooting at a party in the area this month. On May 3, a 19-year-old was killed at a "
           "birthday party two miles away.")
    events = coded(pipeline, raw, dt.date(2015, 5, 17))
    assert sorted((e.event_date, e.fatalities, e.injured or 0) for e in events) == [
        (dt.date(2015, 5, 3), 1, 0), (dt.date(2015, 5, 16), 0, 3)]


def test_a_valley_of_a_district_is_inside_it(pipeline):
    events = coded(pipeline, "Troops say they shot dead five insurgents during a raid in the Tirah valley of Khyber district.",
                   dt.date(2015, 3, 10))
    assert [(e.country, e.admin1, e.location, e.geo_precision) for e in events] == [
        ("Pakistan", "Federally Administered Tribal Areas", "Khyber", 2)]


def test_a_town_told_inside_its_district_takes_the_district_s_province_of_its_day(pipeline):
    events = coded(pipeline, "A drone strike killed 4 suspected militants in Datta Khel, North Waziristan.",
                   dt.date(2015, 3, 10))
    assert [(e.admin1, e.location) for e in events] == [("Federally Administered Tribal Areas", "Datta Khel")]


def test_a_capital_s_report_naming_a_town_at_home_is_no_desk_abroad(pipeline):
    raw = ("NAIROBI (Reuters) - Suspected militants ambushed a bus near the town of Mandera on Tuesday, killing nine "
           "passengers, police said, in the latest attack blamed on Somalia's al Shabaab.\n\n"
           "In November 2014, al Shabaab killed 28 people in a similar attack in the same area.")
    events = coded(pipeline, raw, dt.date(2015, 7, 7))
    assert [(e.fatalities, e.country) for e in events] == [(9, "Kenya"), (28, "Kenya")]


@pytest.mark.parametrize(("raw", "actor2"), [
    ("On 4 May 2020, market vendors angry at new fees set tyres alight and blocked Moi Avenue in Nairobi. Police "
     "used tear gas to break up the crowd.", "Police Forces of Kenya"),
    ("On 4 May 2020, young men angry about a fuel shortage hurled stones at police officers in Kisumu, Kenya.",
     "Police Forces of Kenya"),
    # a mob's victim stays its other side
    ("On 6 May 2020, a mob lynched a herder blamed for a missing goat near Kisumu, Kenya. Officers detained "
     "three people later.", "Civilians (Kenya)"),
], ids=["dispersed", "stoned", "mob's victim"])
def test_the_police_that_face_a_violent_crowd_are_its_other_side(pipeline, raw, actor2):
    events = coded(pipeline, raw, dt.date(2020, 5, 5))
    assert [e.actor2 for e in events if e.event_type == "Riots"] == [actor2]


def test_looted_or_destroyed_property_is_the_civilians_unless_told_whose(pipeline):
    events = coded(pipeline, "On 9 May 2020, three shops in the Elm market of Kano, Nigeria, were burned down "
                             "overnight by people nobody has named.", dt.date(2020, 5, 10))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Looting/property destruction", "Civilians (Nigeria)")]


@pytest.mark.parametrize(("raw", "actor2"), [
    ("On 7 May 2020, insurgent mortar crews lobbed shells onto regime checkpoints outside Kessab, Syria.",
     "Military Forces of Syria"),
    ("On 5 May 2020, jihadists shelled an Iraqi army unit stationed near Baqubah.", "Military Forces of Iraq"),
], ids=["regime positions", "army unit"])
def test_the_forces_a_strike_hits_are_its_other_side(pipeline, raw, actor2):
    events = coded(pipeline, raw, dt.date(2020, 5, 10))
    assert [(e.event_type, e.actor2) for e in events] == [("Explosions/Remote violence", actor2)]


def test_a_mob_that_hurt_people_attacked_civilians(pipeline):
    events = coded(pipeline, "On 3 May 2020, a furious mob in Elm village, Wakiso, Uganda, beat a suspected "
                             "burglar until he lost consciousness.", dt.date(2020, 5, 3))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Mob violence", "Civilians (Uganda)")]


@pytest.mark.parametrize("text", [
    "Pro-Russian separatists shelled a village near Mariupol.",
    "The DPR forces fired mortars at an army post.",
    "A sniper of the Donbass People's Militia wounded a Ukrainian soldier near Avdiivka.",
])
def test_the_donbas_separatist_forces_are_one_named_group(text):
    assert "NAF: United Armed Forces of Novorossiya" in [a.name_template for a in find_actors(text)]


def test_a_state_s_forces_take_the_country_named_after_them():
    found = find_actors("The army of Chad said it drove back fighters near Lake Chad after a raid by the troops of Niger.")
    assert [a.nationality for a in found if a.side == "state"] == ["Chad", "Niger"]


def test_the_forces_of_two_countries_named_after_them_are_two_sides(pipeline):
    events = coded(pipeline, "On 2 May 2020, the troops of Sudan and Chad exchanged fire for an hour at a border "
                             "post near Adre, Chad.", dt.date(2020, 5, 3))
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Sudan", "Military Forces of Chad")]


def test_the_side_that_attacked_is_actor1_when_the_other_held_it_off(pipeline):
    events = coded(pipeline, "Government troops beat back a night assault by al Shabaab on their base outside "
                             "Afgoye, Somalia, on Tuesday, an officer said.", dt.date(2020, 5, 7))
    assert [(e.actor1, e.actor2) for e in events] == [("Al Shabaab", "Military Forces of Somalia")]


@pytest.mark.parametrize("raw", [
    "Dozens of women rallied outside the courthouse in Elmtown, Mauritania, on 29 April 2020, demanding harsher "
    "punishment for rape.",
    "Mothers who say their sons were kidnapped by a militia marched through Elmtown, Turkey, on 6 May 2020.",
], ids=["demand", "grievance"])
def test_what_a_protest_demands_or_its_people_say_befell_them_is_no_event(pipeline, raw):
    assert [e.sub_event_type for e in coded(pipeline, raw, dt.date(2020, 5, 7))] == ["Peaceful protest"]


def test_a_protest_stepped_in_on_by_unnamed_forces_was_stepped_in_on_by_the_police(pipeline):
    events = coded(pipeline, "On 5 May 2020, about 60 nurses marched to the health ministry in Elmtown, Ghana, over "
                             "unpaid wages; several of them were detained by officers.", dt.date(2020, 5, 6))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Protest with intervention", "Police Forces of Ghana")]


# -- round 41: fire set by attackers or crowds, fire backing a force, a distance's landmark, one victim told twice ----

def test_homes_the_attackers_set_ablaze_are_part_of_their_attack(pipeline):
    raw = ("ELMTOWN, Nigeria - Gunmen killed seven villagers in a night raid on Ashgrove, in Benue State, residents "
           "said on Monday.\n\nThe raiders came on foot late on Sunday, fired on people fleeing and set granaries "
           "ablaze, a local chief, Musa Dauda, said.")
    events = coded(pipeline, raw, dt.date(2018, 2, 5))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 7)]


def test_an_armed_group_setting_vehicles_ablaze_destroys_property(pipeline):
    events = coded(pipeline, "Maoist cadres set ablaze two lorries at a quarry near Dumka, Jharkhand, on Tuesday "
                             "night, police said.", dt.date(2020, 5, 7))
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_a_crowd_setting_a_police_post_ablaze_is_a_mob(pipeline):
    events = coded(pipeline, "On 4 May 2020, angry youths set a police post ablaze in Kisumu, Kenya.",
                   dt.date(2020, 5, 5))
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_protesters_who_destroy_property_are_a_violent_demonstration(pipeline):
    events = coded(pipeline, "On 3 May 2020, protesters torched two buses outside the governor's office in Kano, "
                   "Nigeria.", dt.date(2020, 5, 5))
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_theft_a_protest_blames_on_others_is_not_the_protesters_deed(pipeline):
    events = coded(pipeline, "On 3 May 2020, traders marched in Tripoli, Lebanon, calling for the trial of officials "
                             "who looted the central bank.", dt.date(2020, 5, 5))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_rebels_who_destroy_and_shout_slogans_are_not_a_protest(pipeline):
    events = coded(pipeline, "On 5 May 2020, armed Maoist cadres set a road roller ablaze at a work site near "
                             "Koraput, Odisha, and shouted slogans against the project.", dt.date(2020, 5, 6))
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Government troops backed by helicopter gunships fought rebels for hours near the town.",
    "Troops, supported by air strikes, pushed into the rebel-held town.",
    "The militia advanced under cover of artillery fire.",
])
def test_fire_backing_a_force_is_no_strike_of_its_own(text):
    kinds = {t.sub_event_type for t in find_triggers(text)}
    assert not kinds & {"Air/drone strike", "Shelling/artillery/missile attack"}


def test_a_strike_told_on_its_own_is_still_a_strike():
    assert "Air/drone strike" in {t.sub_event_type for t in find_triggers("Air strikes hit the rebel-held town.")}


def test_a_landmark_a_distance_is_told_from_does_not_move_the_place_out_of_its_region(pipeline):
    raw = ("MOGADISHU, Somalia - Al Shabaab fighters stormed an army post on Tuesday in Elmbay, a village in the "
           "Lower Shabelle region some 40 km north-west of Mogadishu, killing four soldiers, an officer said.")
    events = coded(pipeline, raw, dt.date(2020, 5, 7))
    assert [(e.admin1, e.fatalities) for e in events] == [("Lower Shabelle", 4)]


def test_a_wounded_victim_told_in_the_lead_and_again_in_the_body_is_one(pipeline):
    raw = ("ELMTOWN, Ohio - Two men were killed and a teenage girl was wounded in a shooting late Saturday, police "
           "said.\n\nOne man, 45, was dead when deputies arrived. The other, 28, died in surgery, and a 15-year-old "
           "girl was treated for a gunshot wound and sent home.")
    events = coded(pipeline, raw, dt.date(2016, 10, 16))
    assert [(e.fatalities, e.injured) for e in events] == [(2, 1)]


def test_the_police_station_whose_limits_place_a_deed_is_not_a_side_in_it(pipeline):
    events = coded(pipeline, "On 2 May 2020, villagers beat two suspected cattle thieves and set their van ablaze at "
                             "a village under Tezpur police station limits in Assam.", dt.date(2020, 5, 3))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Mob violence", "Rioters (India)")]


def test_last_week_in_a_friday_report_reaches_back_to_the_monday_before(pipeline):
    raw = ("ASHBY, Mo. - An Ashby man faces a murder charge over the death of his cousin, who was found shot in their "
           "trailer last week.\n\nDeputies were called to the trailer park on Nov. 8 after a caller reported a gunshot. "
           "They found Kyle Dorn, 41, with a wound to the chest. He died at the scene.")
    events = coded(pipeline, raw, dt.date(2018, 11, 16))
    assert [(str(e.event_date), e.fatalities) for e in events] == [("2018-11-08", 1)]


@pytest.mark.parametrize("said, first", [("last week", "2018-11-04"), ("in the past week", "2018-11-09"),
                                          ("earlier this week", "2018-11-12")])
def test_the_week_words_each_cover_their_own_days(said, first):
    found = find_dates(f"A man was shot {said}.", published=dt.date(2018, 11, 16))
    assert [(str(d.date), str(d.date_end)) for d in found] == [(first, "2018-11-16")]


def test_gunmen_blocking_a_road_stage_a_kidnapping_not_a_protest(pipeline):
    raw = ("ABUJA (Reuters) - Gunmen kidnapped 12 travellers on a highway in Nigeria's Katsina State, police said on "
           "Wednesday.\n\nThe travellers were taken on Monday night near the town of Funtua when the gunmen blocked "
           "the road and forced them out of two buses, police spokesman Ali Dogo said.")
    events = coded(pipeline, raw, dt.date(2021, 3, 24))
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_groups_told_only_as_active_in_the_area_are_no_side(pipeline):
    raw = ("KABUL - A roadside bomb hit a tractor carrying farm workers in Ghazni province on Sunday, killing five of "
           "them, an official said. Nobody claimed the blast, though the Taliban and several criminal gangs are active "
           "in the area.")
    events = coded(pipeline, raw, dt.date(2019, 7, 22))
    assert [(e.actor1, e.fatalities) for e in events] == [("Unidentified Armed Group (Afghanistan)", 5)]


def test_a_group_that_is_active_and_attacked_is_still_the_attacker():
    found = find_actors("Taliban fighters, who are active across the district, attacked a checkpoint.")
    assert [a.name_template for a in found if a.side == "nonstate"] == ["Taliban"]


@pytest.mark.parametrize("text", ["In another action, rebel units sabotaged a bridge on the coastal highway.",
                                  "In another operation, troops arrested two couriers."])
def test_another_action_or_operation_is_another_incident(text):
    sentence = Sentence(text=text, start=0, end=len(text), index=0)
    assert [c.new_incident for c in read_sentence(sentence, published=dt.date(1990, 2, 3))] == [True]


def test_the_day_police_reported_a_massacre_of_last_week_is_not_its_day(pipeline):
    raw = ("LIMA, 22 AUG 89 (AFP) -- [TEXT] PERUVIAN POLICE TODAY REPORTED THAT GUERRILLAS KILLED FIVE FARMERS IN "
           "A HAMLET OF HUANCAVELICA DEPARTMENT LAST WEEK.\n\n   THE GUERRILLAS REACHED THE HAMLET ON 16 AUGUST AND "
           "SHOT FIVE MEN THEY ACCUSED OF HELPING THE ARMY, THE REPORT SAID.")
    events = coded(pipeline, raw, dt.date(1989, 8, 22))
    assert [(str(e.event_date), e.fatalities) for e in events] == [("1989-08-16", 5)]


def test_a_rebel_bulletin_s_own_forces_are_no_named_group_and_routing_a_patrol_is_a_fight():
    text = "Our forces routed an army patrol near the river."
    assert [a.name_template for a in find_actors(text) if a.side == "nonstate"] == []
    assert "Armed clash" in {t.sub_event_type for t in find_triggers(text)}


def test_the_one_of_several_shot_who_died_is_not_one_more_hit():
    found = find_counts("Six men, two fatally, were shot at a cookout late Friday.")
    assert sorted((c.outcome, c.count.best) for c in found) == [("hit", 6), ("killed", 2)]


def test_forces_that_committed_a_massacre_did_it(pipeline):
    events = coded(pipeline, "Syrian regime warplanes committed a massacre in the town of Maarrat al-Nu'man on "
                             "Monday, killing 8 civilians, activists said.", dt.date(2019, 5, 28))
    assert [(e.actor1, e.fatalities) for e in events] == [("Military Forces of Syria", 8)]


def test_the_day_written_before_a_death_dates_the_death_not_the_verdict(pipeline):
    raw = ("Man found guilty in 2015 killing outside Elmtown diner\n\nELMTOWN, Ohio - A jury on Tuesday found a "
           "40-year-old man guilty of murder in the death of a cook outside a diner two years ago.\n\nJurors convicted "
           "Dale Rusk in the March 7, 2015, death of Omar Pruitt, 33, who was shot twice behind the diner.")
    events = coded(pipeline, raw, dt.date(2017, 5, 10))
    assert [(str(e.event_date), e.date_precision, e.historical) for e in events] == [("2015-03-07", "day", True)]


def test_what_the_doers_just_named_do_next_is_the_same_incident(pipeline):
    raw = ("Imphal, June 12: Suspected militants ambushed a patrol of the Assam Rifles in Manipur's Ukhrul district on "
           "Sunday, killing a soldier, officials said.\n\nThe militants detonated an IED on the road before opening "
           "fire, an officer said.")
    events = coded(pipeline, raw, dt.date(2022, 6, 12))
    assert [e.fatalities for e in events] == [1]


def test_an_unknown_locality_of_a_second_incident_is_placed_at_the_dateline_town(pipeline):
    raw = ("QUETTA: Two Levies men were killed when gunmen fired at their van near Pishin on Saturday, officials said."
           "\n\nIn another incident, a trader was shot dead in Elmabad on Sunday.")
    events = coded(pipeline, raw, dt.date(2019, 6, 10))
    assert [(e.location, e.fatalities) for e in events] == [("Pishin", 2), ("Quetta", 1)]


def test_livestock_taken_away_are_not_people_abducted():
    found = find_counts("The bandits took away 150 cows and two goats after the raid.")
    assert [c for c in found if c.outcome == "abducted"] == []


def test_a_group_s_toll_over_the_past_year_is_no_incident(pipeline):
    raw = ("ELMTOWN, Congo - Rebels killed nine villagers in a night raid on Elmtown on Tuesday, officials said.\n\n"
           "The militia, an offshoot of a movement that has operated in the area since the 1990s, has killed "
           "hundreds of villagers in the region over the past year.")
    events = coded(pipeline, raw, dt.date(2019, 3, 29))
    assert [e.fatalities for e in events] == [9]


def test_a_group_named_for_having_done_the_like_before_is_no_side(pipeline):
    raw = ("BAMAKO - Gunmen killed 12 soldiers in an attack on an army post in central Mali on Sunday, the army said. "
           "No group has claimed the raid, though an al Qaeda-linked alliance called JNIM has carried out similar "
           "raids in the region.")
    events = coded(pipeline, raw, dt.date(2019, 6, 3))
    assert [(e.actor1, e.fatalities) for e in events] == [("Unidentified Armed Group (Mali)", 12)]


def test_attackers_who_were_pushed_back_were_repelled_not_driven_from_territory(pipeline):
    raw = ("Gunmen stormed an army camp near Elmtown, Mali, on 2 June 2019, wounding six soldiers before they were "
           "pushed back, the army said.")
    events = coded(pipeline, raw, dt.date(2019, 6, 3))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_fighters_pushed_back_from_the_army_s_positions_fought_a_battle(pipeline):
    events = coded(pipeline, "On 3 May 2020, rebel fighters were pushed back from the hills around the army's positions "
                             "near Elmtown, Syria.", dt.date(2020, 5, 4))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_police_tear_gas_and_a_clash_with_protesters_make_a_violent_demonstration(pipeline):
    raw = ("ELMTOWN, Kenya - Police fired tear gas to disperse hundreds of traders protesting against a new market tax "
           "on Monday. Several traders and two officers were hurt in the clashes, police said.")
    events = coded(pipeline, raw, dt.date(2020, 5, 5))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Violent demonstration", "Police Forces of Kenya")]


def test_a_city_s_weekend_tally_is_no_incident_of_its_own(pipeline):
    raw = ("ELMTOWN (AP) - At least 25 people were shot, four of them fatally, across Elmtown over the holiday weekend, "
           "police said Monday.\n\nThe violence included the killing of a 19-year-old man on Pine Street early Sunday.")
    events = coded(pipeline, raw, dt.date(2016, 7, 5))
    assert [(e.fatalities, e.injured) for e in events] == [(1, None)]


@pytest.mark.parametrize("raw", [
    "On 6 May 2020, about 200 people rallied outside the courthouse in Elmtown, Lebanon, against the detention of "
    "three students accused of throwing petrol bombs at a bank.",
    "On 6 May 2020, market women marched in Elmtown, Ghana, after a tax collector beat up a trader.",
], ids=["accused", "after"])
def test_violence_a_protest_is_about_does_not_make_it_violent(pipeline, raw):
    assert [e.event_type for e in coded(pipeline, raw, dt.date(2020, 5, 7))] == ["Protests"]


def test_protesters_who_also_stone_the_police_are_violent(pipeline):
    raw = "On 6 May 2020, students protested against fee rises in Elmtown, Ghana, and pelted the police with stones."
    assert [e.sub_event_type for e in coded(pipeline, raw, dt.date(2020, 5, 7))] == ["Violent demonstration"]


def test_demonstrators_who_stone_the_police_did_it_themselves(pipeline):
    raw = "On 7 May 2020, demonstrators who hurled stones at the police were dispersed in Srinagar, India."
    assert [e.sub_event_type for e in coded(pipeline, raw, dt.date(2020, 5, 8))] == ["Violent demonstration"]


@pytest.mark.parametrize("raw", [
    "On 5 May 2020, shopkeepers protesting against a new levy vandalized the tax office in Elmtown, Mali.",
    "Rioters on 7 May 2020 blocked the coastal highway near the port in both directions in Tyre, Lebanon.",
], ids=["own-verb", "rioters"])
def test_a_crowd_told_by_its_protest_or_called_rioters_that_does_damage_is_violent(pipeline, raw):
    assert [e.sub_event_type for e in coded(pipeline, raw, dt.date(2020, 5, 8))] == ["Violent demonstration"]


@pytest.mark.parametrize("text", ["The pistol used in the shooting had been stolen from a pickup truck.",
                                  "Police said the rifle was stolen in a burglary last year."])
def test_where_the_gun_came_from_is_no_theft_of_its_own(text):
    assert "Looting/property destruction" not in {t.sub_event_type for t in find_triggers(text)}


# -- round 42: people taken, fatal injuries, where the words before set an incident, times before the news --------


@pytest.mark.parametrize("text, expected", [
    ("Armed men seized nine passengers from a minibus near the river.", [("abducted", 9)]),
    ("The raiders led away four herders at gunpoint.", [("abducted", 4)]),
    ("Soldiers seized 14 rifles and a pickup at the checkpoint.", []),
    ("Customs officers seized 40 bags of rice.", []),
    ("Detectives seized three suspects after the chase.", []),
], ids=["passengers", "led-away", "rifles", "goods", "suspects"])
def test_a_verb_of_taking_counts_the_abducted_only_when_people_are_taken(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_villagers_taken_away_in_a_raid_are_an_abduction_with_its_count(pipeline):
    raw = ("Armed men on motorbikes raided Elmtown in Katsina State, Nigeria, on Sunday night and took away 17 "
           "residents, a local councillor said on Monday.")
    events = coded(pipeline, raw, dt.date(2021, 6, 8))
    assert [(e.sub_event_type, e.abducted) for e in events] == [("Abduction/forced disappearance", 17)]


def test_captors_who_march_their_hostages_away_stage_no_march(pipeline):
    raw = ("Gunmen stopped a bus near Elmtown in Niger State, Nigeria, on Friday and seized 11 passengers, police said "
           "on Saturday. They marched them into the bush. A driver who resisted was shot dead.")
    events = coded(pipeline, raw, dt.date(2021, 6, 12))
    assert [(e.event_type, e.fatalities, e.abducted) for e in events] == [("Violence against civilians", 1, 11)]


@pytest.mark.parametrize("opener", ["MEANWHILE, ", ""], ids=["meanwhile", "landmark"])
def test_a_bomb_whose_damage_is_told_first_is_at_the_damage_s_place(pipeline, opener):
    raw = ("SAN MIGUEL, 3 MAR 90 (AFP) -- [TEXT] FOUR POLICEMEN WERE KILLED WHEN REBELS ATTACKED A POST NEAR USULUTAN, "
           f"40 KM WEST OF SAN MIGUEL, ON 2 MARCH, OFFICIALS SAID TODAY.\n\n   {opener}TWO SHOPS WERE DAMAGED IN SAN "
           "MIGUEL ON THE NIGHT OF 2 MARCH WHEN A BOMB EXPLODED. NOBODY WAS HURT.")
    events = coded(pipeline, raw, dt.date(1990, 3, 3))
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Usulutan"),
                                                            ("Explosions/Remote violence", "San Miguel")]


def test_multiple_victims_shot_are_an_incident_with_a_vague_count(pipeline):
    raw = ("Dispatcher: multiple victims shot on Oak Street\n\nELMTOWN, Ky. (WXYZ) -- A county dispatcher confirmed that "
           "multiple victims were shot on Oak Street in Louisville early Sunday.\n\nAll of them had injuries that are not "
           "believed to be life-threatening, the dispatcher said.")
    events = coded(pipeline, raw, dt.date(2016, 5, 15))
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Louisville")]
    assert events[0].injured == 10  # a vague number: ACLED's 10


@pytest.mark.parametrize("text, expected", [
    ("Detectives said both brothers had several injuries from gunfire.", [("hit", 2)]),
    ("The crash caused multiple injuries on the bridge.", [("injured", 10)]),
], ids=["had-injuries", "caused-injuries"])
def test_the_injuries_people_had_are_no_number_of_people(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


@pytest.mark.parametrize("time", ["Last week", "Earlier this month"])
def test_an_incident_told_as_last_week_s_is_not_the_news_of_the_day(pipeline, time):
    raw = ("Shelling kills five civilians in Idlib countryside\n\nFive civilians were killed on Tuesday when government "
           "forces shelled the town of Saraqib in the Idlib countryside, rescuers said.\n\nThe toll could rise, a "
           f"rescuer said.\n\n{time}, 14 people were killed in air strikes on the nearby town of Ariha.")
    events = coded(pipeline, raw, dt.date(2019, 5, 8))
    assert [(e.fatalities, e.location) for e in events][:1] == [(5, "Saraqib")]
    assert len(events) == 2


@pytest.mark.parametrize("text, expected", [
    ("The shooting on the ridge left a driver with fatal injuries.", [("killed", 1)]),
    ("One man with fatal gunshot wounds was found behind the bar.", [("killed", 1)]),
    ("Gunfire on Elm Street left four people, one with fatal injuries, police said.", [("injured", 4), ("killed", 1)]),
    ("Two others sustained non-fatal gunshot wounds.", [("hit", 2)]),
], ids=["left-one", "one-with", "part", "non-fatal"])
def test_fatal_injuries_are_a_death(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_victims_one_with_fatal_injuries_are_one_dead_and_the_rest_hurt(pipeline):
    raw = ("ELMTOWN, Mo. (KXYZ) - A shooting late Saturday left four victims, one with fatal injuries, on the city's "
           "east side, police said Sunday.\n\nOfficers found the victims outside a bar on Oak Street.")
    events = coded(pipeline, raw, dt.date(2015, 8, 9))
    assert [(e.fatalities, e.injured) for e in events] == [(1, 3)]


@pytest.mark.parametrize("text", ["Maoists shot dead two farmers, calling them police informers.",
                                  "The rebels accused the man of being a police informant."])
def test_people_called_police_informers_bring_no_police_to_the_incident(text):
    assert "police" not in {a.text.lower() for a in find_actors(text)}


def test_a_town_told_by_its_direction_from_a_city_is_not_that_city(pipeline):
    raw = ("BEIRUT (Reuters) - Shelling killed at least nine people in a rebel-held town south of Idlib on Sunday, a "
           "war monitor said.\n\nThe monitor said the shells hit the town of Saraqib, and that dozens were hurt.")
    events = coded(pipeline, raw, dt.date(2019, 6, 3))
    assert [(e.fatalities, e.location) for e in events] == [(9, "Saraqib")]


def test_a_name_told_as_the_town_of_is_the_town_not_its_district(pipeline):
    raw = "On 2 June 2019, shelling by government forces hit the town of Ariha in Idlib, Syria, killing two civilians."
    events = coded(pipeline, raw, dt.date(2019, 6, 3))
    assert [(e.location, e.geo_precision) for e in events] == [("Ariha", 1)]


@pytest.mark.parametrize("text, dead", [
    ('At least 12 members of the "village guard" (the militia that patrols the hamlets) died in the ambush.', 12),
    ("Nine officers (all of them from the rapid response unit that guards the airport) died in the ambush.", 9),
], ids=["quoted-and-bracket", "bracket"])
def test_a_bracket_that_says_who_the_dead_were_keeps_their_number(text, dead):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == [("killed", dead)]


def test_a_day_when_sources_reported_dates_no_incident():
    told = find_dates("Army sources today announced that the road was cut.", published=dt.date(1990, 3, 5))
    assert [t.reporting for t in told] == [True]


def test_abductions_over_the_past_week_are_apart_from_the_day_s_attack(pipeline):
    raw = ("LIMA, 5 MAR 90 (EFE) -- [TEXT] AT LEAST SIX PEASANTS WERE KILLED DURING AN ATTACK BY A REBEL COLUMN ON "
           "A HAMLET IN HUANTA PROVINCE ON SATURDAY NIGHT, OFFICIALS SAID TODAY.\n\n   ARMY SOURCES TODAY ANNOUNCED "
           "THAT OVER THE PAST WEEK 20 YOUTHS WERE ABDUCTED BY REBEL COLUMNS ON THE ROADS OF THE DEPARTMENT.")
    events = coded(pipeline, raw, dt.date(1990, 3, 5))
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Abduction/forced disappearance", 0),
                                                                         ("Attack", 6)]


def test_fighting_a_place_has_long_seen_does_not_make_a_massacre_a_battle(pipeline):
    raw = ("MEXICO CITY (AP) - Gunmen burst into a wake in the state of Michoacan late Friday and opened fire, killing "
           "six people, state prosecutors said.\n\nThe shooting happened in the town of Zamora, where two gangs have "
           "been fighting for control of the avocado trade.")
    events = coded(pipeline, raw, dt.date(2022, 3, 6))
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [("Attack", "Civilians (Mexico)", 6)]


def test_a_charge_for_a_shooting_earlier_this_month_is_that_shooting_not_the_arrest_s_town(pipeline):
    raw = ("Man charged in deadly parking lot shooting\n\nSPRINGFIELD, Ohio - A 27-year-old Springfield man has been "
           "accused of murder over the fatal shooting of a 30-year-old man outside a tavern earlier this month, police "
           "said Thursday.\n\nThe suspect was arrested Wednesday at a relative's home in Dayton and booked into jail. "
           "He is accused of shooting the victim in the tavern's parking lot on March 6. The victim died at a "
           "hospital.\n\nA second man was wounded in the shooting.")
    events = coded(pipeline, raw, dt.date(2019, 3, 22))
    assert [(str(e.event_date), e.fatalities, e.injured, e.location) for e in events] == [
        ("2019-03-06", 1, 1, "Springfield")]


def test_each_side_s_dead_told_again_are_counted_once(pipeline):
    raw = ("PESHAWAR: Three soldiers were martyred and four terrorists were killed in a gunfight in South "
           "Waziristan's Wana area on Monday, the military said.\n\nIn the gunfight four terrorists were killed, the "
           "statement said.")
    events = coded(pipeline, raw, dt.date(2021, 6, 15))
    assert [e.fatalities for e in events] == [7]


def test_an_attack_set_a_day_after_another_is_apart_and_a_day_earlier(pipeline):
    raw = ("MAIDUGURI, Nigeria (AP) - A bomb went off at a bus depot in Nigeria's northeast on Thursday, killing "
           "four people and wounding seven, a day after a suicide bomber killed 9 people at a church in the same "
           "area.\n\nThe blast at the bus station in Bama happened in the morning, said Ali Bukar, a leader of a "
           "hunters' militia.")
    events = coded(pipeline, raw, dt.date(2018, 2, 16))
    assert [(str(e.event_date), e.sub_event_type, e.fatalities) for e in events] == [
        ("2018-02-15", "Remote explosive/landmine/IED", 4), ("2018-02-14", "Suicide bomb", 9)]
    assert events[0].actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize("text, role", [
    ("The raid was staged by Boko Haram, said Ali Bukar, a police spokesman.", "agent"),
    ("The blast happened in the morning, said Ali Bukar, a leader of a hunters' militia.", "source"),
], ids=["doer-then-speaker", "speaker-s-group"])
def test_who_said_it_after_a_name_is_told_apart_from_who_did_it(text, role):
    assert [a.role for a in find_actors(text) if a.side == "nonstate"] == [role]


@pytest.mark.parametrize("text", ["A man was wounded at 1400 S.W. Marion about 9 p.m.",
                                  "A man was wounded at 1400 SW Marion about 9 p.m."])
def test_a_name_after_a_house_number_and_a_quadrant_is_a_street(text):
    start = text.index("Marion")
    assert is_street(text, start, start + len("Marion"))


def test_a_factory_boiler_blast_is_no_bombing_whatever_its_headline_says(pipeline):
    raw = ("Death toll in Lahore factory blast rises to nine\n\nLAHORE: The death toll from Friday's explosion at a "
           "chemical factory in Lahore rose to nine on Sunday after two more workers died of their burns, officials "
           "said.\n\nSeven people were killed and 12 injured when a boiler exploded at the factory on Friday. Police "
           "found no evidence of sabotage.")
    assert coded(pipeline, raw, dt.date(2019, 7, 14)) == []


def test_a_crash_in_a_teaser_beside_the_text_does_not_silence_the_headline(pipeline):
    teasers = ("1:27 Harvest festival paints the town  2:07 Fiery county crash caught on camera  0:58 Zoo welcomes a "
               "baby giraffe  1:11 Dog rescued from a frozen pond")
    events = pipeline.process(Document(id="t", text=teasers, title="Four people hurt in shooting outside Sacramento "
                                       "nightclub", published=dt.date(2014, 12, 28)))
    assert [(e.sub_event_type, e.injured, e.location) for e in events] == [("Attack", 4, "Sacramento")]


def test_no_evidence_of_a_deed_is_no_deed():
    assert find_triggers("Investigators found no evidence of sabotage.") == []


@pytest.mark.parametrize("text", ["The gunmen, who wore military uniforms, dragged the farmers from their homes.",
                                  "Attackers in police fatigues stopped the bus and shot the driver."])
def test_the_uniform_the_attackers_wore_brings_no_force_into_the_incident(text):
    assert [a.side for a in find_actors(text) if a.side == "state"] == []


def test_men_in_uniform_who_kill_are_an_armed_group_not_a_mob(pipeline):
    raw = "On 3 May 2020, men in army fatigues shot dead four farmers in Ayacucho, Peru."
    events = coded(pipeline, raw, dt.date(2020, 5, 4))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", "Unidentified Armed Group (Peru)")]


def test_the_weapon_named_again_goes_back_to_its_own_incident(pipeline):
    raw = ("BAGHDAD (AP) - A car bomb exploded near a bus station in Baghdad on Monday, killing at least seven people, "
           "while two roadside bombs killed three others elsewhere in the capital, officials said.\n\nThe car bomb went "
           "off in the Sadr City area, killing seven and wounding 19, a police officer said. The roadside bombs, in "
           "the southern Dora neighborhood, killed three civilians and wounded eight, another officer said.")
    events = coded(pipeline, raw, dt.date(2016, 5, 17))
    assert [(e.fatalities, e.injured) for e in events] == [(7, 19), (3, 8)]


def test_a_vigil_s_day_and_a_death_days_later_belong_to_the_shooting_told_on_its_day(pipeline):
    raw = ("Vigil held for teen killed on the west side\n\nASHBY, Ind. (WXYZ) - Friends gathered Monday evening to honor "
           "a 17-year-old who was fatally shot last week on the city's west side.\n\nDevon Price was shot several "
           "times in a parking lot on West Tenth Street on May 4, police said. He died in hospital three days later.")
    events = coded(pipeline, raw, dt.date(2016, 5, 11))
    assert [(str(e.event_date), e.fatalities, e.injured) for e in events] == [("2016-05-04", 1, None)]


@pytest.mark.parametrize("headline", ["Death toll from Idlib market strike rises to 19",
                                      "Death toll from market strike rises to 19"], ids=["town", "no-town"])
def test_the_day_a_toll_rose_is_not_the_strike_s_day_nor_the_desk_its_place(pipeline, headline):
    raw = (f"{headline}\n\nBEIRUT (AFP) - The death toll from air strikes on a "
           "market in the town of Kafr Tallat in northwest Syria rose to 19 civilians on Wednesday, a war monitor "
           "said.\n\nThe strikes hit the market on Tuesday evening as it was crowded, the monitor said.")
    events = coded(pipeline, raw, dt.date(2019, 7, 24))
    assert [(str(e.event_date), e.fatalities, e.country) for e in events] == [("2019-07-23", 19, "Syria")]


def test_the_doers_named_again_by_their_group_s_name_go_on_with_the_incident(pipeline):
    raw = ("MANILA, Philippines (AP) - Communist rebels ambushed an army patrol in the southern Philippines on Monday, "
           "killing two soldiers and wounding four others, the military said.\n\nThe New People's Army guerrillas set "
           "off a roadside bomb and opened fire on the troops as they patrolled a village in Monkayo town, an army "
           "spokesman said.")
    events = coded(pipeline, raw, dt.date(2020, 8, 18))
    assert [(e.fatalities, e.injured, e.location) for e in events] == [(2, 4, "Monkayo")]


@pytest.mark.parametrize("text", ["The raiders, who arrived on about 30 motorcycles, shot randomly at herders.",
                                  "The gunmen, who arrived in three pickups, shot randomly at traders."])
def test_the_vehicles_the_attackers_came_in_are_no_people_hit(text):
    assert [c for c in find_counts(text) if c.count.best > 1] == []


@pytest.mark.parametrize("text, expected", [
    # a search launched after an attack is no fight of its own
    ("Police have launched a search operation around the hamlet.", []),
    ("Police began a combing operation to track down the attackers.", []),
    ("During a search operation in the forest, militants opened fire on the troops.", ["Armed clash", "Attack"]),
    # an incident named only as a landmark or where people went is no event word
    ("Youths threw stones at the police near the site of a gunfight in Pulwama.", ["Violent demonstration"]),
    ("Rescuers rushed to the scene of the blast within minutes.", []),
    ("Two people were killed at the site of the explosion.", ["Attack", "Remote explosive/landmine/IED"]),
], ids=["launched", "began", "during", "near-site", "rushed-to", "at-the-site"])
def test_a_search_launched_or_an_incident_named_as_a_landmark_is_no_event_word(text, expected):
    assert [t.sub_event_type for t in find_triggers(text)] == expected


def test_a_death_told_days_after_a_spree_is_news_of_that_spree(pipeline):
    raw = ("ELMTOWN, Calif. - A 19-year-old man died in hospital on Sunday, two days after a gunman opened fire at a "
           "bus stop in Elmtown, police said.\n\nThe gunman was arrested at the scene.")
    events = coded(pipeline, raw, dt.date(2013, 6, 10))
    assert len(events) == 1


def test_a_follow_up_s_last_week_is_the_shooting_it_told_on_its_day(pipeline):
    raw = ("SHREVEPORT, La. - Six people were wounded early on Sunday, July 5, when gunfire broke out at a party on "
           "Fairview Avenue, police said.\n\nPolice on Monday arrested a third man in connection with the shooting, "
           "which wounded six people last week.")
    events = [e for e in coded(pipeline, raw, dt.date(2015, 7, 14)) if e.event_type != "Strategic developments"]
    assert [(str(e.event_date), e.injured) for e in events] == [("2015-07-05", 6)]


# -- round 43: reports in the styles of the sets measured elsewhere

@pytest.mark.parametrize("text, expected", [
    ("Gunmen on Friday kidnapped three engineers and their driver on the road to the dam.", [("abducted", 4)]),
    ("Raiders killed two herders and their guard near the waterhole.", [("killed", 3)]),
    ("Raiders killed two herders and their guard escaped unhurt.", [("killed", 2)]),
    ("Militants seized 12 travellers and their luggage at a checkpoint.", [("abducted", 12)]),
], ids=["kidnapped", "killed", "escaped", "luggage"])
def test_one_of_their_own_after_an_active_verbs_number_is_one_more(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_the_deed_an_arrest_is_for_is_the_incident_told_before(pipeline):
    raw = ("MILLBROOK, Ohio - A cook died of stab wounds behind a diner on Elm Street early Wednesday, the sheriff's "
           "office said.\n\nDeputies on Friday arrested Carl Deane, 35, in connection with the brutal killing.")
    events = coded(pipeline, raw, dt.date(2016, 4, 16))
    assert sorted((e.sub_event_type, str(e.event_date), e.fatalities) for e in events) == [
        ("Arrests", "2016-04-15", 0), ("Attack", "2016-04-13", 1)]


def test_the_day_a_report_says_the_incident_happened_on_is_its_day(pipeline):
    raw = ("ELMWOOD, Texas - A college student was stabbed to death and his roommate was cut during a fight outside "
           "a pizza shop.\n\nThe stabbing occurred just past midnight on Saturday near the shop's rear door, a "
           "detective said.\n\nClassmates held a candlelight walk for the student who was stabbed Friday.")
    events = coded(pipeline, raw, dt.date(2015, 5, 16))
    assert [str(e.event_date) for e in events if e.event_type != "Protests"] == ["2015-05-16"]


@pytest.mark.parametrize("where, expected", [
    ("in Kenya's capital", ("Nairobi", 1)),
    ("in Borno's state capital", ("Maiduguri", 1)),
    ("in Kenya's north", ("Kenya", 3)),
], ids=["country", "state", "not-a-capital"])
def test_a_capital_told_by_its_country_or_state_is_that_capital(pipeline, where, expected):
    raw = f"A bomb hidden in a parked car exploded outside a bank {where} on Tuesday, killing four people, police said."
    events = coded(pipeline, raw, dt.date(2019, 3, 14))
    assert [(e.location, e.geo_precision) for e in events] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed six herders and abducted nine women in a raid on Garin Dutse village on Sunday, residents said.",
     "Attack"),
    ("Gunmen abducted nine women in a raid on Garin Dutse village on Sunday, residents said.",
     "Abduction/forced disappearance"),
    ("Gunmen abducted two traders near Garin Dutse village on Sunday, residents said. Both traders were later "
     "found dead.", "Abduction/forced disappearance"),
    ("Gunmen on Sunday killed the chief of Garin Dutse village in Elm Local Government Area and abducted his two "
     "sons, residents said.", "Attack"),
    ("A trader, who had been abducted near Garin Dutse village on Sunday, was found dead on the road, residents "
     "said.", "Abduction/forced disappearance"),
], ids=["with-deaths", "alone", "hostages-killed-after", "chief-and-sons", "who-had-been"])
def test_a_raid_that_killed_some_and_carried_others_off_is_coded_as_the_killing(pipeline, text, expected):
    events = coded(pipeline, "KANO, Nigeria - " + text, dt.date(2020, 7, 14))
    assert [e.sub_event_type for e in events] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Rebels set off a land mine and then ambushed an army convoy near Eastfield on Monday, killing two soldiers in a "
     "firefight that lasted an hour, the army said.", "Armed clash"),
    ("A land mine planted by rebels struck an army truck near Eastfield on Monday, killing two soldiers, the army "
     "said.", "Remote explosive/landmine/IED"),
], ids=["bomb-then-ambush", "bomb-alone"])
def test_an_ambush_a_bomb_opened_is_the_battle(pipeline, text, expected):
    events = coded(pipeline, text, dt.date(2019, 9, 24))
    assert [e.sub_event_type for e in events] == [expected]


def test_police_naming_the_dead_are_no_side_of_the_killing(pipeline):
    raw = ("LAKEVIEW, Mo. - Police have named the woman killed in Saturday's east side shooting as 34-year-old "
           "Rena Cole.")
    events = coded(pipeline, raw, dt.date(2018, 10, 8))
    assert [(e.actor1, e.fatalities) for e in events] == [("Unidentified Armed Group (United States)", 1)]


def test_a_province_after_its_country_s_possessive_is_the_province(pipeline):
    raw = "Air strikes hit a training camp in Yemen's Hodeidah province on Friday, killing nine fighters, medics said."
    events = coded(pipeline, raw, dt.date(2019, 2, 16))
    assert [(e.admin1, e.geo_precision) for e in events] == [("Al Hudaydah", 3)]


def test_an_incident_told_afresh_hours_later_is_the_next_of_a_night_s_list(pipeline):
    raw = ("OAKDALE, Tenn. - Two men died and three more people were hurt in two unrelated shootings across the "
           "city at the weekend, police said.\n\nThe first, shortly before 2 a.m. Saturday on Poplar Street, killed a "
           "45-year-old man in a parked van and wounded a woman sitting beside him.\n\nAbout eight hours later, "
           "deputies were sent to a shooting outside a laundromat on Ridge Road. A man there died after surgery and "
           "two teenagers were wounded in the legs.")
    events = coded(pipeline, raw, dt.date(2017, 3, 13))
    assert sorted((e.fatalities, e.injured) for e in events) == [(1, 1), (1, 2)]


@pytest.mark.parametrize("text, expected", [
    ("A driver lay dead in a cab and a woman was flown to a trauma centre in serious condition.",
     [("killed", 1), ("hit", 1)]),
], ids=["cab-and-a-woman"])
def test_a_thing_before_and_is_no_word_of_the_person_after_it(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_an_arrest_by_an_unnamed_force_is_by_the_police_as_acled_names_them(pipeline):
    raw = ("ELMTOWN, Ohio - Prosecutors filed a murder charge against Roy Tate, 40, over the April 2 killing of a "
           "gas station clerk on Oak Street.\n\nTate was arrested Tuesday by U.S. Marshals in Cleveland, police "
           "said.")
    events = coded(pipeline, raw, dt.date(2016, 5, 12))
    assert [e.actor1 for e in events if e.sub_event_type == "Arrests"] == ["Police Forces of the United States"]


def test_a_day_inside_the_year_that_names_an_incident_dates_it(pipeline):
    raw = ("TROY, Ohio - Jurors on Thursday convicted Dale Ivers, 28, of murder in the 2018 shooting at a bowling "
           "alley that left a mechanic dead and two bowlers hurt.\n\nProsecutors said Ivers fired at the group after "
           "a quarrel over a parking space on May 12, 2018.")
    events = coded(pipeline, raw, dt.date(2020, 2, 8))
    assert [(str(e.event_date), e.fatalities, e.historical) for e in events] == [("2018-05-12", 1, True)]


@pytest.mark.parametrize("text", ["Rebels captured the centre of Elm district after a day of fighting.",
                                  "Rebels captured the district headquarters after a day of fighting."])
def test_a_district_centre_captured_is_territory_taken(text):
    assert "Government regains territory" in [t.sub_event_type for t in find_triggers(text)]


def test_a_protest_over_a_killing_is_a_gathering_of_its_own(pipeline):
    raw = ("MARDAN: Hundreds of mourners on Tuesday joined the last rites of a lawyer, Omar Zaman, gunned down by two "
           "men on a motorbike near his chambers in Swabi on Sunday.\n\nLawyers' bodies staged a protest at the "
           "Mardan district courts, demanding that the culprits be caught.")
    events = coded(pipeline, raw, dt.date(2019, 4, 17))
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Attack", 1), ("Peaceful protest", 0)]


@pytest.mark.parametrize("text, expected", [
    ("The stabbing took place behind the bakery.", ["Attack"]),
    ("Mourners joined the last rites of the lawyer.", []),
    ("The strike hit a wedding tent in the valley.", ["Air/drone strike"]),
    ("The strike hit exporters hard.", []),
    ("Two brothers joined the Lords of the Hills militia last year.", ["Change to group/activity"]),
], ids=["stabbing-noun", "joined-rites", "joined-group", "strike-hit-tent", "labour-strike"])
def test_a_stabbing_told_as_a_noun_is_an_event_word_and_joining_mourners_is_none(text, expected):
    assert [t.sub_event_type for t in find_triggers(text)] == expected


def test_a_victim_who_died_days_later_moves_to_the_dead_of_the_first_day(pipeline):
    raw = ("Teen hurt at block party dies\n\nCAMDEN, N.J. - A high school junior hit by a bullet at a block party in "
           "Camden has died, officials said Friday.\n\nTyrell Banks was one of four teenagers shot on Pine Street "
           "late Monday. He died Thursday in intensive care.")
    events = coded(pipeline, raw, dt.date(2016, 7, 15))
    assert [(str(e.event_date), e.fatalities, e.injured) for e in events] == [("2016-07-11", 1, 3)]


@pytest.mark.parametrize("text, expected", [
    ("Tyrell Banks was one of four people wounded on the porch.", [("hit", 4)]),
    ("Ravi was one of three guards shot near the gate.", [("hit", 3)]),
], ids=["one-of-four", "one-of-three"])
def test_one_of_a_number_of_people_hurt_counts_them_all(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("A mother fell to her knees when the deputies told her.", []),
    ("The border post fell to the rebels after a week of fighting.", ["Government regains territory", "Armed clash"]),
], ids=["knees", "post"])
def test_falling_to_one_s_knees_is_no_territory_lost(text, expected):
    assert [t.sub_event_type for t in find_triggers(text)] == expected


def test_a_quarter_told_as_an_area_under_a_city_s_dateline_is_no_namesake_abroad(pipeline):
    raw = "LAHORE: Two brothers were shot dead over a land dispute in the Shahdara area on Friday, police said."
    events = coded(pipeline, raw, dt.date(2019, 11, 16))
    assert [(e.country, e.location) for e in events] == [("Pakistan", "Lahore")]


# -- round 44: war reports from agency desks abroad ---------------------------------------------------------------

def test_a_name_the_text_calls_a_town_is_a_place_whatever_the_model_calls_it(pipeline):
    raw = ("BEIRUT (Reuters) - Government rockets slammed into the town of Maarat al-Numan on Monday, killing six "
           "people, a war monitor said. The town lies in the south of Idlib province.")
    events = coded(pipeline, raw, dt.date(2021, 2, 2))
    assert [(e.admin1, e.location) for e in events] == [("Idleb", "Maarrat an Numan")]


def test_an_unknown_village_in_a_province_told_as_one_stands_in_at_the_province(pipeline):
    raw = "Fighting near the village of Ain Issa in Raqqa province killed nine fighters on Sunday, the monitor said."
    events = coded(pipeline, raw, dt.date(2021, 2, 2))
    assert [(e.admin1, e.geo_precision) for e in events] == [("Ar-Raqqa", 2)]


def test_a_town_of_another_province_by_the_capital_s_dateline_is_its_own_place(pipeline):
    raw = ("DAMASCUS, Syria (AP) — A car bomb went off outside a school in the Damascus suburb of Jaramana on "
           "Tuesday, killing four people, state media said.")
    events = coded(pipeline, raw, dt.date(2016, 3, 9))
    assert [(e.admin1, e.location) for e in events] == [("Rural Damascus", "Jaramana")]


def test_a_road_named_after_two_towns_places_the_blockade_at_the_first(pipeline):
    raw = "Sugarcane growers blocked the Ludhiana-Moga highway for three hours on Tuesday, demanding their unpaid dues."
    events = coded(pipeline, raw, dt.date(2015, 4, 15))
    assert [(e.country, e.admin1, e.location) for e in events] == [("India", "Punjab", "Ludhiana")]


def test_a_town_named_as_the_scene_beats_the_towns_a_road_is_named_after(pipeline):
    raw = "Residents blocked the Ludhiana-Moga highway in Jagraon on Friday, protesting against power cuts."
    events = coded(pipeline, raw, dt.date(2016, 3, 8))
    assert [e.location for e in events] == ["Jagraon"]
    raw = "Gunmen abducted two traders on the Tal Elm-Ash-Shajara road in Dar'a province on Monday."
    assert [e.admin1 for e in coded(pipeline, raw, dt.date(2020, 5, 5))] == ["Dar'a"]


@pytest.mark.parametrize("text, expected", [
    ("Idlib is the last refuge of the factions fighting the government.", []),
    ("Hama was held by rebels fighting to topple the regime.", []),
    ("Rebels fighting on Sunday near the dam lost two men.", ["Armed clash"]),
], ids=["fighting-whom", "fighting-to", "fighting-on-a-day"])
def test_a_side_told_by_whom_it_fights_is_no_fight(text, expected):
    assert [t.sub_event_type for t in find_triggers(text)] == expected


def test_blame_laid_for_such_attacks_is_no_author_of_this_one(pipeline):
    assert STATISTIC.search("Officials have often blamed Elm rebels for such blasts.")
    raw = ("A truck bomb went off outside a bakery in the Syrian town of Azaz on Saturday, killing eight people. "
           "Turkish officials have in the past blamed Kurdish fighters for similar bombings.")
    events = coded(pipeline, raw, dt.date(2021, 2, 2))
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Syria)"]


def test_a_force_a_monitor_says_carried_out_the_raids_is_their_author():
    found = find_actors("The monitor said Russian warplanes carried out the raids.")
    assert [(a.name(country="Syria"), a.role) for a in found] == [("Military Forces of Russia", "agent")]


def test_strikes_in_support_of_an_advance_are_its_part_and_the_state_regains_the_village(pipeline):
    raw = ("Government troops captured the village of Tell Khanzir in eastern Hama province on Saturday after a day "
           "of clashes with rebels, state television said. Eight soldiers and 11 rebels died in the fighting, the "
           "monitor said. It said Russian helicopters carried out strikes in support of the advance.\n\n"
           "In Idlib province, a woman was killed when a rocket hit her house in the town of Ariha, the monitor said.")
    events = coded(pipeline, raw, dt.date(2016, 3, 7))
    assert [(e.sub_event_type, e.actor1, e.admin1, e.geo_precision, e.fatalities) for e in events] == [
        ("Government regains territory", "Military Forces of Syria", "Hama", 2, 19),
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Idleb", 1, 1)]


@pytest.mark.parametrize("text, expected", [
    ("Army bombardment of the enclave killed twelve civilians.", ["Shelling/artillery/missile attack", "Attack"]),
    ("Government guns pounded Elmtown overnight.", ["Shelling/artillery/missile attack"]),
    ("Storms pounded the coast overnight.", []),
    ("The minister was bombarded with questions.", []),
], ids=["bombardment", "pounded-town", "storms", "questions"])
def test_a_bombardment_is_shelling(text, expected):
    assert [t.sub_event_type for t in find_triggers(text)] == expected



@pytest.mark.parametrize("text", [
    "The envoy, who took office on Friday, was hurt in the blast.",
    "The new governor, who was sworn in on Thursday, escaped unhurt when gunmen fired on his convoy.",
    "The police chief, appointed last Tuesday, was shot dead outside his home.",
], ids=["took-office", "sworn-in", "appointed"])
def test_the_day_someone_took_up_a_post_does_not_date_the_attack(text):
    assert [d.reporting for d in find_dates(text, published=dt.date(1990, 3, 4))] == [True]


def test_a_headline_names_the_doer_the_text_leaves_unnamed(pipeline):
    raw = ("Regime shelling kills nine at market in Douma\n\n"
           "Shells slammed into a crowded market in Douma on Sunday, killing nine people, activists said.")
    events = coded(pipeline, raw, dt.date(2016, 3, 8))
    assert [(e.actor1, e.fatalities) for e in events] == [("Military Forces of Syria", 9)]


def test_the_death_of_another_person_told_by_name_is_another_incident(pipeline):
    raw = ("CALI, 5 OCT 89 (AGENCY) -- Gunmen shot dead union leader Hernan Duque Rojas outside his office on Tuesday. "
           "Police are also investigating the killing of journalist Beatriz Montoya Salas, whose body turned up "
           "beside a canal on Wednesday.")
    events = coded(pipeline, raw, dt.date(1989, 10, 5))
    assert [(str(e.event_date), e.fatalities) for e in events] == [("1989-10-03", 1), ("1989-10-04", 1)]
    raw = ("CALI, 5 OCT 89 (AGENCY) -- Gunmen shot dead union leader Hernan Duque Rojas outside his office on Tuesday. "
           "Police said the killing of Duque Rojas bore the marks of a hired gunman.")
    assert [(str(e.event_date), e.fatalities) for e in coded(pipeline, raw, dt.date(1989, 10, 5))] == [("1989-10-03", 1)]


def test_the_stones_thrown_after_two_groups_clashed_are_the_same_riot(pipeline):
    raw = ("Farmers from two hamlets clashed about canal water at Khanpur village in Sitapur district on Sunday. "
           "Nine people were hurt when the two sides pelted each other with stones, police said.")
    events = coded(pipeline, raw, dt.date(2019, 6, 10))
    assert [(e.event_type, e.injured) for e in events] == [("Riots", 9)]


def test_houses_set_on_fire_by_nobody_named_after_a_raid_are_the_raid_s(pipeline):
    raw = ("Soldiers killed four villagers during a raid on a hamlet in Magway region on Tuesday, residents said. "
           "Troops opened fire on people trying to flee. Several houses were set on fire.")
    events = coded(pipeline, raw, dt.date(2021, 11, 20))
    assert [(e.sub_event_type, str(e.event_date), e.fatalities) for e in events] == [("Attack", "2021-11-16", 4)]


def test_a_headline_naming_the_region_short_does_not_place_the_raid_at_its_town(pipeline):
    raw = ("Troops kill six in Magway raid\n\n"
           "Soldiers killed six villagers during a raid in the central Magway region on Monday, a local group said.")
    events = coded(pipeline, raw, dt.date(2021, 11, 18))
    assert [(e.admin1, e.location, e.geo_precision) for e in events] == [("Magway", "Magway", 3)]


def test_an_institution_named_with_its_town_after_its_own_word_is_in_that_town(pipeline):
    raw = ("Police baton charged students of Government College Multan who were protesting against a fee hike on the "
           "main road.")
    events = coded(pipeline, raw, dt.date(2015, 10, 6))
    assert [(e.admin1, e.location) for e in events] == [("Punjab", "Multan")]


def test_a_frontier_corps_post_written_short_is_the_army_s():
    found = find_actors("Gunmen attacked an FC check post near the border town at night.")
    assert [(a.name(country="Pakistan"), a.role) for a in found][-1] == ("Military Forces of Pakistan", "victim")


@pytest.mark.parametrize("text, expected", [
    ("Shopkeepers observed a shutter-down strike across the old city against extortion.", ["Peaceful protest"]),
    ("Truckers observed a wheel-jam strike on the national highway.", ["Peaceful protest"]),
    ("Traders observed a complete hartal in the district on Tuesday.", ["Peaceful protest"]),
    ("The band observed a minute of silence before the show.", []),
    ("Schools stayed shut during the bandh called by the party.", []),
], ids=["shutter-down", "wheel-jam", "hartal", "band", "during-the-bandh"])
def test_a_shutdown_strike_observed_is_a_protest(text, expected):
    assert [t.sub_event_type for t in find_triggers(text)] == expected


def test_the_next_item_of_a_night_s_list_told_by_its_clock_time_is_its_own_incident(pipeline):
    raw = ("Three shot in separate incidents\n\n"
           "A man, 40, was wounded by gunfire about 8:10 p.m. Friday in the 200 block of Alder Lane, police said. "
           "Medics took him to a trauma ward.\n\n"
           "About an hour later, a teenager was wounded in the foot near Birch Court.\n\n"
           "Around 11 p.m., a woman, 29, was found shot dead inside a parked van on Cedar Row.")
    events = coded(pipeline, raw, dt.date(2016, 4, 16))
    assert [(str(e.event_date), e.fatalities, e.injured) for e in events] == [
        ("2016-04-15", 0, 1), ("2016-04-15", 0, 1), ("2016-04-15", 1, None)]


# -- round 45: full reports from agency desks, local papers and wire copy --------------------------------------------

def test_a_victim_who_died_days_later_is_one_incident_on_the_shooting_s_day(pipeline):
    raw = ("Man dies days after being shot outside his home\n\n"
           "ELMVILLE, Ark. - A man who was shot last week during an argument with a neighbour has died, police said "
           "Thursday. Tom Reyes, 52, died Tuesday at a hospital in Marlow, police said. He was shot March 3 in the "
           "driveway of his home on Birch Lane.")
    events = coded(pipeline, raw, dt.date(2021, 3, 11))
    assert [(str(e.event_date), e.fatalities, e.injured) for e in events] == [("2021-03-03", 1, None)]


def test_the_time_a_when_clause_is_told_by_dates_the_old_incident_it_tells(pipeline):
    raw = ("Rebels ambushed a police convoy near Dornapal in Sukma district on Monday, killing nine officers. It was "
           "the deadliest attack in the district since March 2012, when 40 policemen were killed in a similar ambush.")
    events = coded(pipeline, raw, dt.date(2018, 6, 20))
    assert [(str(e.event_date), e.fatalities, e.historical) for e in events] == [
        ("2018-06-18", 9, False), ("2012-03-01", 40, True)]


def test_a_campaign_begun_at_a_time_is_no_incident_of_that_time(pipeline):
    raw = ("Rebels dynamited a stretch of the main oil pipeline near Puerto Boyaca on Tuesday night. Since June 2015, "
           "when the group began its sabotage campaign, it has carried out more than 80 such attacks.")
    events = coded(pipeline, raw, dt.date(2017, 9, 14))
    assert [str(e.event_date) for e in events] == ["2017-09-12"]


def test_the_towns_a_stretch_of_road_runs_between_give_way_to_the_district_named(pipeline):
    raw = ("Maoists killed four policemen near Gompad village in Sukma district on Monday. The team was guarding road "
           "work between Dornapal and Chintagufa when it came under fire.")
    events = coded(pipeline, raw, dt.date(2018, 3, 14))
    assert [(e.location, e.geo_precision) for e in events] == [("Sukma", 2)]


def test_an_unknown_village_in_a_district_known_by_its_seat_is_the_district_not_the_town(pipeline):
    raw = "Maoists killed two villagers at Pedakorma in Dantewada district on Saturday, police said."
    events = coded(pipeline, raw, dt.date(2019, 7, 8))
    assert [(e.admin1, e.geo_precision) for e in events] == [("Chhattisgarh", 2)]


def test_a_person_told_by_age_and_a_relative_clause_struck_in_the_arm_is_hurt(pipeline):
    raw = ("A 30-year-old cook was gunned down near a laundromat on Pine Street on Sunday evening, officers said. A "
           "14-year-old who was cycling by was hit in the thigh and is expected to survive.")
    events = coded(pipeline, raw, dt.date(2019, 4, 9))
    assert [(e.fatalities, e.injured) for e in events] == [(1, 1)]


def test_the_other_side_s_answer_from_afar_is_an_incident_of_its_own_on_that_day(pipeline):
    raw = ("BEIRUT (Agency) - Government warplanes struck rebel-held districts of the city of Idlib on Friday, killing "
           "eight civilians, a monitoring group said. Rebels responded by firing rockets into government-held parts of "
           "the city, killing two people, state media said.")
    events = coded(pipeline, raw, dt.date(2019, 5, 18))
    assert [(str(e.event_date), e.sub_event_type, e.fatalities) for e in events] == [
        ("2019-05-17", "Air/drone strike", 8), ("2019-05-17", "Shelling/artillery/missile attack", 2)]


def test_an_attack_told_as_the_answer_to_another_is_still_one_incident(pipeline):
    raw = ("On 3 May 2021, army artillery shelled two posts of the militia near Ashkelon. No casualties were "
           "reported. The shelling came in retaliation for a rocket fired from the strip earlier.")
    events = coded(pipeline, raw, dt.date(2021, 5, 10))
    assert len(events) == 1


def test_a_wire_dateline_s_day_is_the_today_of_its_copy(pipeline):
    raw = ("QUITO, 21 MAR 90 (AFP) -- [TEXT] GUERRILLAS TODAY RAIDED A POLICE STATION IN THE TOWN OF ESMERALDAS, "
           "KILLING TWO POLICEMEN, AUTHORITIES REPORTED.")
    events = coded(pipeline, raw, dt.date(1990, 3, 23))
    assert [str(e.event_date) for e in events] == ["1990-03-21"]


def test_a_town_told_by_its_direction_from_the_capital_is_its_own_incident_there(pipeline):
    raw = ("BAGHDAD (Agency) - A suicide bomber killed 30 people at a crowded market in central Baghdad on Tuesday, "
           "police said. In Ramadi, west of Baghdad, a roadside bomb killed three soldiers on Wednesday.")
    events = coded(pipeline, raw, dt.date(2014, 3, 13))
    assert [(e.location, e.fatalities) for e in events] == [("Baghdad", 30), ("Ramadi", 3)]


@pytest.mark.parametrize("text, riot", [
    ("A routine traffic stop turned violent late on Sunday.", False),
    ("The march turned violent late on Sunday.", True),
], ids=["traffic-stop", "march"])
def test_only_a_gathering_turns_violent_as_a_riot(text, riot):
    assert ("Violent demonstration" in [t.sub_event_type for t in find_triggers(text)]) == riot


def test_an_army_unit_written_in_capitals_with_an_old_ordinal_is_the_army():
    found = find_actors("REBEL UNITS SHELLED THE BARRACKS OF THE 2D INFANTRY BRIGADE AT DAWN.".lower())
    assert [a.name(country="El Salvador") for a in found][-1] == "Military Forces of El Salvador"


def test_a_clash_of_protesters_with_police_is_not_joined_to_a_gunfight_the_same_day(pipeline):
    raw = ("Srinagar: Troops shot dead two militants during a gunfight in a village of Shopian district on "
           "Thursday, police said. Clashes broke out between protesters and police near the site, leaving 12 "
           "people injured.")
    events = coded(pipeline, raw, dt.date(2019, 8, 2))
    assert sorted(e.event_type for e in events) == ["Battles", "Riots"]


def test_a_word_before_cartel_is_not_the_cartel_s_name():
    assert [a.text for a in find_actors("Suspected cartel gunmen opened fire on the bus.")] == ["gunmen"]
    assert [a.text for a in find_actors("The Valle Cartel gunmen opened fire.")][:1] == ["Valle Cartel"]


def test_a_nigerian_local_government_area_written_out_is_a_district(pipeline):
    raw = ("Gunmen abducted 40 villagers from Kadisau village in Faskari local government area of Katsina State on "
           "Monday, police said.")
    events = coded(pipeline, raw, dt.date(2020, 6, 10))
    assert [(e.admin1, e.geo_precision) for e in events] == [("Katsina", 2)]


def test_what_a_group_is_fighting_for_is_no_fight(pipeline):
    raw = ("MOGADISHU (Agency) - Militants fired mortar shells at the airport on Tuesday, wounding four people, police "
           "said. Al Shabaab, which is fighting to topple the government, said it carried out the attack.")
    events = coded(pipeline, raw, dt.date(2020, 2, 5))
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_what_the_news_is_timed_against_with_no_toll_day_or_place_is_no_event(pipeline):
    raw = ("BOGOTA (Agency) - Rebels kidnapped three engineers near the town of Tame on Sunday, the army said, days "
           "after the group called off a truce.")
    events = coded(pipeline, raw, dt.date(2018, 4, 10))
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_police_who_identify_a_victim_are_not_the_victims(pipeline):
    raw = ("Police on Tuesday named the bartender who was gunned down late Sunday outside a tavern on Grove Street "
           "as Leon Marsh, 27. A woman who was with him was wounded.")
    events = coded(pipeline, raw, dt.date(2016, 8, 10))
    assert [(e.sub_event_type, e.actor2.split()[0], e.fatalities, e.injured) for e in events] == [
        ("Attack", "Civilians", 1, 1)]


@pytest.mark.parametrize("raw, country", [
    ("Rebels killed 11 villagers near Beni in eastern Congo on Sunday, local officials said.",
     "Democratic Republic of Congo"),
    ("BRAZZAVILLE, Congo (Agency) - Police fired tear gas at opposition supporters in the capital on Sunday.",
     "Republic of Congo"),
], ids=["congo-alone", "brazzaville"])
def test_congo_alone_is_the_democratic_republic_unless_the_report_says_otherwise(pipeline, raw, country):
    events = coded(pipeline, raw, dt.date(2019, 6, 12))
    assert [e.country for e in events] == [country]


def test_a_dateline_s_town_is_the_place_over_its_own_country_named_in_passing(pipeline):
    raw = ("KANO, Nigeria (Agency) - Gunmen killed two guards during a robbery at a bank on Friday, police said. "
           "Nigeria has seen a rise in armed robberies this year.")
    events = coded(pipeline, raw, dt.date(2019, 6, 10))
    assert [(e.location, e.admin1) for e in events] == [("Kano", "Kano")]


def test_our_forces_in_a_group_s_own_radio_are_that_group(pipeline):
    raw = ("CLANDESTINE (RADIO VENCEREMOS) -- [TEXT] THE GENERAL COMMAND REPORTS THAT OUR FORCES STORMED THE "
           "GARRISON IN SENSUNTEPEQUE TODAY, KILLING NINE SOLDIERS.")
    events = coded(pipeline, raw, dt.date(1989, 12, 3))
    assert [(e.actor1, e.actor2) for e in events] == [("FMLN", "Military Forces of El Salvador")]


def test_a_series_told_with_its_toll_stands_when_the_rest_counts_only_arrests(pipeline):
    raw = ("The death toll from a series of bomb blasts in Elmtown on Sunday rose to 31 on Monday, officials said. "
           "Police have arrested six suspects.")
    events = coded(pipeline, raw, dt.date(2019, 4, 22))
    assert [(e.sub_event_type, e.fatalities) for e in events][:1] == [("Remote explosive/landmine/IED", 31)]


def test_a_headline_s_total_does_not_raise_one_place_s_share_of_it(pipeline):
    raw = ("Church blasts: toll rises to 60\n\n"
           "The death toll from a series of bomb blasts that hit churches on Sunday rose to 60 on Monday, police "
           "said. The explosions hit churches in Colombo, Kandy and Galle.")
    events = coded(pipeline, raw, dt.date(2019, 4, 22))
    assert sum(e.fatalities for e in events) == 60


def test_a_sidebar_pasted_above_the_story_is_no_title_nor_incident(pipeline):
    raw = ("Related Coverage\n"
           "Man shot dead in a park in Lyon\n"
           "Two held after a stabbing in Lille\n\n"
           "A man was stabbed to death outside a bar in Nantes early on Sunday, police said.")
    events = coded(pipeline, raw, dt.date(2020, 7, 13))
    assert [(e.location, e.fatalities) for e in events] == [("Nantes", 1)]


def test_people_joined_under_one_number_are_counted_by_it():
    found = find_counts("At least 14 soldiers and allied militiamen and nine rebels were killed in the fighting.")
    assert sorted(c.count.best for c in found if c.outcome == "killed") == [9, 14]


def test_the_doers_told_again_in_a_sentence_of_their_own_say_where_it_was(pipeline):
    raw = ("BAMAKO (Agency) - Gunmen killed 11 soldiers when they stormed an army post in central Mali on Sunday, the "
           "army said. The attackers arrived on motorcycles at the post in Boni, in the Mopti region, at dawn.")
    events = coded(pipeline, raw, dt.date(2019, 5, 8))
    assert [e.admin1 for e in events] == ["Mopti"]


def test_the_day_a_group_claimed_an_attack_is_not_the_attack_s(pipeline):
    raw = ("Militants killed seven soldiers when they overran a base in northern Burkina Faso on Saturday, the army "
           "said. JNIM claimed the attack on Monday.")
    events = coded(pipeline, raw, dt.date(2019, 5, 8))
    assert [(str(e.event_date), e.actor1) for e in events] == [
        ("2019-05-04", "JNIM: Group for Support of Islam and Muslims")]


def test_police_who_found_the_victims_are_not_the_shooters(pipeline):
    raw = ("Three people with gunshot wounds were found early Saturday by police answering a call about gunfire on "
           "Oak Street in Fresno. One of them died at a hospital.")
    events = coded(pipeline, raw, dt.date(2014, 6, 9))
    assert [e.actor1.split()[0] for e in events] == ["Unidentified"]


def test_a_town_and_a_colon_opening_a_report_is_its_dateline(pipeline):
    raw = ("Lucknow: Two people died when police opened fire on a mob that had torched a police outpost in Faizabad "
           "district on Sunday.")
    events = coded(pipeline, raw, dt.date(2013, 7, 15))
    assert [e.country for e in events] == ["India"]


def test_groups_that_have_struck_before_are_not_the_doers_of_this_attack(pipeline):
    raw = ("KABUL (Agency) - A suicide bomber killed six people near a mosque in Kabul on Friday, officials said. No "
           "group claimed responsibility, but the Taliban and Islamic State have both carried out attacks in the "
           "capital before.")
    events = coded(pipeline, raw, dt.date(2019, 7, 22))
    assert [e.actor1.split()[0] for e in events] == ["Unidentified"]


def test_a_common_word_and_a_colon_is_no_dateline_though_a_town_bears_it(pipeline):
    raw = "Police: Two men were wounded by gunfire near a tavern in Bentonville, Arkansas, early on Friday."
    events = coded(pipeline, raw, dt.date(2016, 3, 7))
    assert [e.country for e in events] == ["United States"]


def test_a_person_told_by_noun_and_age_between_commas_is_not_the_one_hit_after(pipeline):
    raw = ("A cook, 30, was shot dead near a diner on Elm Row late on Sunday, officers said. A 14-year-old who was "
           "cycling by was hit in the thigh and is expected to survive.")
    events = coded(pipeline, raw, dt.date(2019, 4, 9))
    assert [(e.fatalities, e.injured) for e in events] == [(1, 1)]


# -- round 46: coders' notes and agency copy from Africa and South Asia ---------------------------------------------

def test_captives_set_free_in_a_raid_are_no_abduction_of_that_day(pipeline):
    raw = "Soldiers overran an insurgent camp near Kukawa on Sunday, killing nine fighters and freeing 22 hostages."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [e.event_type for e in events] == ["Battles"]
    assert not [t for t in find_triggers("Troops rescued 14 hostages from a forest camp.")
                if t.sub_event_type == "Abduction/forced disappearance"]


def test_troops_who_dislodge_a_group_from_a_town_regain_it(pipeline):
    raw = "Government troops dislodged the rebels from Mweso on Thursday after a day of fighting."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_rioters_throwing_objects_shell_nothing(pipeline):
    raw = "Angry traders threw projectiles at council officials and their vans in Tamale on Monday."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [e.event_type for e in events] == ["Riots"]


def test_a_school_block_set_on_fire_is_an_event(pipeline):
    raw = "Pupils at a boarding school in Mbale district set fire to a dormitory block late on Saturday."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [(str(e.event_date), e.location) for e in events] == [("2017-03-11", "Mbale")]


def test_buildings_torched_with_no_one_hurt_are_property_destroyed(pipeline):
    raw = "Unidentified attackers torched a clinic and a church hall in Mabopane overnight."
    events = coded(pipeline, raw, dt.date(2018, 9, 20))
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_workers_who_take_their_grievances_to_an_office_protest(pipeline):
    raw = "About 200 unpaid cleaners took their grievances to the offices of the city council in Durban on Tuesday."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [(e.event_type, e.location) for e in events] == [("Protests", "Durban")]


def test_a_groups_record_of_acts_tells_no_incident():
    text = "The gang, involved in kidnappings and lootings across the district, was banned."
    assert find_triggers(text) == []
    assert [t.text for t in find_triggers("Two men involved in the attacks on Monday were held.")] != []
    # nor is a duty one is "engaged" with a fight
    assert find_triggers("Officers said they had been engaged only with guarding the polling stations.") == []


def test_a_figure_quoted_from_a_source_is_counted():
    found = find_counts('Troops shelled the camp, killing "dozens" and wounding "at least 40".')
    assert [(c.outcome, c.count.best) for c in found] == [("killed", 12), ("injured", 40)]


def test_police_who_beat_or_assault_someone_are_the_doers(pipeline):
    raw = "Police beat a reporter covering a by-election in Jinja on Thursday."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [e.actor1 for e in events] == ["Police Forces of Uganda"]
    raw = "Two police officers assaulted a motorcyclist at a roadblock in Mombasa on Friday."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [e.actor1 for e in events] == ["Police Forces of Kenya"]


def test_a_countrys_air_forces_and_peacekeepers_are_forces(pipeline):
    raw = "Ethiopian air forces carried out strikes on a militant base near Bardere on Sunday."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Air/drone strike", "Military Forces of Ethiopia")]
    raw = "A Zambian peacekeeper was shot dead by unknown gunmen near Bria on Tuesday."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [e.event_type for e in events] == ["Battles"]


def test_the_month_a_wage_is_owed_for_dates_nothing(pipeline):
    raw = "Nurses in Kabwe are on strike over the payment of February salaries."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [str(e.event_date) for e in events] == ["2017-03-14"]


def test_an_arrest_for_an_attack_on_another_day_is_the_arrest(pipeline):
    raw = "Police in Abyei arrested four men on Sunday in connection with an attack last week."
    events = coded(pipeline, raw, dt.date(2017, 3, 14))
    assert [(str(e.event_date), e.sub_event_type) for e in events] == [("2017-03-12", "Arrests")]


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's present tense: the person after the verb is the victim
    ("Man kills nephew at family cookout", [("killed", 1)]),
    ("Teen shoots neighbour over loud music", [("hit", 1)]),
    ("Woman kills 2-year-old, police say", [("killed", 1)]),
    # the killer's own death after the killing of others, as a murder-suicide is told
    ("Farmer kills wife, her brother, himself", [("killed", 2), ("killed", 1)]),
    ("He killed his stepson before shooting himself in the garage.", [("killed", 1), ("killed", 1)]),
    # ... but one who only wounded them may have lived
    ("He wounded his stepson before shooting himself in the garage.", [("injured", 1)]),
])
def test_headline_verbs_and_a_killers_own_death(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_a_headline_telling_a_murder_suicide_codes_both_dead(pipeline):
    page = Document(id="t", text="Subscribe to get the morning headlines in your inbox.",
                    title="Dover man kills infant daughter before shooting himself", published=dt.date(2016, 2, 3))
    assert [e.fatalities for e in pipeline.process(page)] == [2]


def test_a_raid_on_a_village_that_kills_people_is_an_attack_on_them(pipeline):
    raw = "Militants raided Garin Ali village on Wednesday night, killing five and wounding three."
    events = coded(pipeline, raw, dt.date(2018, 9, 20))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]
    raw = "Troops raided Garin Ali village on Wednesday night, killing five militants."
    events = coded(pipeline, raw, dt.date(2018, 9, 20))
    assert [e.event_type for e in events] == ["Battles"]


def test_a_raid_by_police_that_meets_no_one_is_no_battle(pipeline):
    raw = "Police raided the printing press of a weekly paper in Ndola on Friday and sealed it."
    events = coded(pipeline, raw, dt.date(2018, 9, 20))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Other", "Police Forces of Zambia")]
    raw = "Officers raided the gang's den in Ndola on Friday and traded fire with its members."
    events = coded(pipeline, raw, dt.date(2018, 9, 20))
    assert [e.event_type for e in events] == ["Battles"]


def test_a_convoy_that_came_under_attack_is_the_side_attacked(pipeline):
    raw = "An army patrol came under attack near Tessit on Monday. Four soldiers killed and two injured."
    events = coded(pipeline, raw, dt.date(2018, 9, 20))
    assert [(e.event_type, e.actor1.split()[0], e.actor2) for e in events] == [
        ("Battles", "Unidentified", "Military Forces of Mali")]


def test_a_detention_centre_and_a_neighbourhood_named_for_a_day_tell_no_arrest_nor_date():
    text = "After the hearing the teenager was returned to the Juvenile Detention Center in Elmford."
    assert "Arrests" not in {t.sub_event_type for t in find_triggers(text)}
    assert find_dates("Troops pushed the rebels out of the 14 March neighbourhood.",
                      published=dt.date(1990, 2, 3)) == []


def test_a_suspect_who_gives_himself_up_is_no_change_of_a_groups_activity(pipeline):
    raw = ("Two women and a boy were shot dead at a farmhouse near Elmira on Sunday, and a 52-year-old suspect "
           "surrendered.")
    events = coded(pipeline, raw, dt.date(2015, 4, 14))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 3)]


def test_a_groups_move_told_with_no_one_hurt_stays_a_move(pipeline):
    raw = ("On 3 June 2020, the militia reportedly set up new fortifications west of Hays. No fatalities or injuries "
           "were reported.")
    events = coded(pipeline, raw, dt.date(2020, 6, 5))
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


def test_a_rally_against_violence_told_beside_a_shooting_is_not_its_incident(pipeline):
    raw = ("Six people were shot outside a community hall in Flintridge early Sunday. All six are expected to "
           "recover. A local pastor says his weekly rally is his answer to the violence.")
    events = coded(pipeline, raw, dt.date(2015, 4, 14))
    assert [(e.sub_event_type, e.injured) for e in events] == [("Attack", 6)]


def test_a_war_roundup_dates_its_undated_incidents_by_the_lead_and_keeps_rebels_apart(pipeline):
    raw = ("BEIRUT (Agency) - Government air strikes killed nine civilians in the town of Saraqeb in Idlib province "
           "on Thursday, a monitor said.\n"
           "Residents said the jets struck a bakery. In Aleppo, rebel shelling of a government-held quarter killed "
           "two people, state television said.\n"
           "Elsewhere, Islamic State fighters attacked army posts near Palmyra, sparking clashes.")
    events = coded(pipeline, raw, dt.date(2016, 2, 13))
    assert [(str(e.event_date), e.actor1) for e in events] == [
        ("2016-02-11", "Military Forces of Syria"), ("2016-02-11", "Unidentified Armed Group (Syria)"),
        ("2016-02-11", "Islamic State")]



def test_an_operation_against_a_group_the_lexicon_lacks_stays_a_fight(pipeline):
    raw = "Soldiers dismantled a camp of the ELVF in the Kazuba area during operations backed by UN troops."
    events = coded(pipeline, raw, dt.date(2016, 6, 24))
    assert [e.event_type for e in events] == ["Battles"]


def test_a_protest_whose_people_were_hurt_with_no_shooting_stays_a_protest(pipeline):
    raw = ("Residents of Kupwara district demonstrated over poor conditions at a quarantine centre and police "
           "scattered them. Several people were reported injured.")
    events = coded(pipeline, raw, dt.date(2020, 5, 2))
    assert [e.event_type for e in events] == ["Protests"]


def test_a_soldier_told_killed_in_the_present_tense_is_a_battles_side(pipeline):
    raw = "A soldier is killed in Kismayo, the attackers not identified."
    events = coded(pipeline, raw, dt.date(2016, 6, 24))
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Military Forces of Somalia")]


def test_posts_set_up_and_camps_captured_are_their_kinds(pipeline):
    raw = "Turkish troops set up an observation post near Saraqeb on Friday."
    assert [e.sub_event_type for e in coded(pipeline, raw, dt.date(2020, 2, 9))] == [
        "Headquarters or base established"]
    raw = "Soldiers captured two camps of the Elm Front in Abra province over the weekend."
    assert [e.sub_event_type for e in coded(pipeline, raw, dt.date(2020, 2, 9))] == ["Government regains territory"]


def test_a_murder_suicide_counts_the_killer_with_the_killed(pipeline):
    found = find_counts("Deputies are looking into an apparent murder-suicide.")
    assert [(c.outcome, c.count.best) for c in found] == [("killed", 2)]
    page = Document(id="t", text="Get breaking news alerts on your phone.", title="Elk Grove police probe apparent "
                    "double murder-suicide", published=dt.date(2016, 2, 3))
    assert [e.fatalities for e in pipeline.process(page)] == [3]
    # the whole toll, not two more beside those told
    raw = "Officers found a husband and wife dead in their home on Sunday in what they called a murder-suicide."
    assert [e.fatalities for e in coded(pipeline, raw, dt.date(2016, 2, 3))] == [2]


# -- round 47: what an incident answers or is about; a nationality's ground --------------------------------------

@pytest.mark.parametrize(("raw", "place"), [
    ("Dock workers picketed the harbour offices in Durban on Monday over late wages. Later that day, a group of "
     "Zimbabwean exiles marched to the same offices to urge the government to intervene in the crisis in Zimbabwe.",
     ("South Africa", "Durban")),
    ("Students rallied in Nairobi on Friday against the crackdown in Burundi.", ("Kenya", "Nairobi")),
    ("Kenyan warplanes bombed militant camps in the Gedo region on Saturday to avenge the killing of police officers "
     "in Mandera. Four militants died.", ("Somalia", "Gedo")),
])
def test_the_place_an_incident_answers_or_is_about_is_not_its_own(pipeline, raw, place):
    events = coded(pipeline, raw, dt.date(2016, 6, 30))
    assert events and {(e.country, e.location) for e in events} == {place}


def test_a_nationalitys_soil_is_its_country(pipeline):
    raw = "Two Ugandan herders who crossed into Kenyan territory were shot dead by rangers on Monday."
    assert [e.country for e in coded(pipeline, raw, dt.date(2016, 6, 30))] == ["Kenya"]


@pytest.mark.parametrize(("raw", "place"), [
    # the country across a border is not the incident's
    ("Troops exchanged fire with smugglers along the border with Algeria near Kasserine on Sunday.",
     ("Tunisia", "Kasserine")),
    # a site named in common words with its article is no town of its own
    ("Gunmen fired on a bus outside the Olympic Village near Kabul University on Tuesday, wounding three students.",
     ("Afghanistan", "Kabul")),
])
def test_names_beside_the_incidents_place_are_not_it(pipeline, raw, place):
    events = coded(pipeline, raw, dt.date(2016, 6, 26))
    assert [(e.country, e.location) for e in events] == [place]


def test_a_sudanese_movement_places_its_fight_in_sudan(pipeline):
    raw = "Fighters of the Justice and Equality Movement clashed with herders near a village on Tuesday."
    assert [e.country for e in coded(pipeline, raw, dt.date(2016, 6, 28))] == ["Sudan"]


def test_a_groups_name_joined_by_and_is_whole(pipeline):
    raw = "Fighters of the Unity and Renewal Front attacked an army post on Tuesday, killing two soldiers."
    assert "Unity and Renewal Front" in {e.actor1 for e in coded(pipeline, raw, dt.date(2016, 6, 28))}


def test_a_town_seized_is_territory_taken(pipeline):
    raw = "Militants of the Elm Front seized the town of Al Qaryatayn in Homs province on Sunday."
    events = coded(pipeline, raw, dt.date(2016, 8, 14))
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    # things seized are no territory, nor is land seized
    for raw in ("Police seized two bags of explosives at a displacement camp near Maiduguri on Sunday.",
                "Soldiers seized a large area of privately owned land near the village of Elm Hill on Saturday."):
        kinds = {e.sub_event_type for e in coded(pipeline, raw, dt.date(2016, 8, 14))}
        assert not kinds & {"Non-state actor overtakes territory", "Government regains territory"}


def test_the_side_ground_is_taken_from_is_the_other_side(pipeline):
    raw = "Fighters of the Elm Front took control of the town of Al Bab from Islamic State militants on Sunday."
    events = coded(pipeline, raw, dt.date(2016, 8, 14))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Non-state actor overtakes territory", "Islamic State")]
    # the one group the report names, told as the side that lost the town, is not the rebels who took it
    raw = "Rebel fighters seized the town of Kafr Elm from the Elm Front on Sunday."
    events = coded(pipeline, raw, dt.date(2016, 10, 16))
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group", "Elm Front")]


# -- round 48: names with nothing to vouch for their country -------------------------------------------------------
@pytest.mark.parametrize("raw", [
    "Soldiers beat two traders who had come to answer a summons in Council on Monday.",
    "Police arrested four students after a scuffle at Bridge on Sunday.",
])
def test_a_common_word_that_is_a_hamlet_somewhere_is_no_place(pipeline, raw):
    events = coded(pipeline, raw, dt.date(2016, 7, 1))
    assert events and all(e.country is None for e in events)


@pytest.mark.parametrize(("raw", "country"), [
    # a foreign town's other spelling, a foreign hamlet: one of the armed group's country that the gazetteer lacks
    ("Fighters of the Justice and Equality Movement shot dead two herders near Lora on Sunday.", "Sudan"),
    ("Fighters of the Justice and Equality Movement attacked a police post in Lomo on Sunday, killing two.", "Sudan"),
    ("Mayi Mayi fighters clashed with soldiers near Mabu on Sunday, killing two.", "Democratic Republic of Congo"),
])
def test_a_guessed_foreign_town_gives_way_to_the_country_the_text_names(pipeline, raw, country):
    assert [e.country for e in coded(pipeline, raw, dt.date(2016, 7, 1))] == [country]


def test_a_town_under_another_spelling_in_the_country_the_text_names_stays(pipeline):
    raw = "Gunmen shot dead two herders near Akora on Sunday, Pakistani police said."
    assert [e.country for e in coded(pipeline, raw, dt.date(2016, 7, 1))] == ["Pakistan"]


# -- round 49: acts added "also" elsewhere, deaths an arrest is linked to, places on outskirts and abroad, tolls ----
@pytest.mark.parametrize("raw", [
    # "also" before a verb that only says the act was done ("carried out ... air strikes")
    "Government artillery shelled the town of Binnish on Friday, killing four civilians, a monitor said.\n\n"
    "Russian jets also carried out at least five air strikes near Maarrat Misrin on Friday, the monitor said.",
    # ... or inside the words of the act ("drones also struck")
    "Government artillery shelled the town of Binnish on Friday, killing four civilians, a monitor said. "
    "Turkish drones also struck a car near Maarrat Misrin, killing two fighters.",
])
def test_an_act_added_at_a_nearby_town_is_an_incident_of_its_own(pipeline, raw):
    events = coded(pipeline, raw, dt.date(2026, 3, 14))
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Air/drone strike", "Maarratmisrin"), ("Shelling/artillery/missile attack", "Binnish")]
    assert [e.fatalities for e in events if e.location == "Binnish"] == [4]


def test_a_death_an_arrest_is_linked_to_is_the_old_killing_not_a_new_one(pipeline):
    raw = ("FORT COLLINS — A man, 34, is accused of murder over the 2019 killing of a woman whose body was found in a "
           "field, prosecutors said Tuesday.\n\n"
           "Sam Porter was arrested Monday in Loveland after DNA evidence linked him to the death of Rita Vance, 27, "
           "according to an arrest affidavit.")
    events = coded(pipeline, raw, dt.date(2026, 11, 12))
    current = [(e.sub_event_type, e.fatalities) for e in events if not e.historical]
    assert current == [("Arrests", 0)]
    assert [(e.event_date.year, e.fatalities) for e in events if e.historical] == [(2019, 1)]


def test_a_name_on_the_outskirts_of_which_something_happened_is_a_place(pipeline):
    raw = ("A Turkish drone struck a car on the southern outskirts of Tal Rifat on Thursday, killing two fighters in "
           "Aleppo province.")
    events = coded(pipeline, raw, dt.date(2026, 3, 14))
    assert [(e.admin1, e.location) for e in events] == [("Aleppo", "Tall Rifat")]


@pytest.mark.parametrize(("name", "parts"), [
    ("Elmvale in Ashshire", ["Elmvale", "Ashshire"]),  # a town the model joined to its province: each a place
    ("Elmvale, Ashshire", ["Elmvale", "Ashshire"]),
    ("Elmvale in the north", ["Elmvale in the north"]),  # no name after "in"
])
def test_an_entity_is_split_into_its_places(name, parts):
    assert [name[a:b] for a, b in _entity_parts(name, 0)] == parts


def test_the_town_a_convoy_was_escorting_people_to_is_not_where_it_was_hit(pipeline):
    raw = ("Six soldiers were killed on Monday when their convoy hit a roadside bomb near Dounkou in northwestern "
           "Burkina Faso, security sources said. The convoy was escorting traders to the provincial capital Nouna when "
           "the explosion occurred.")
    events = coded(pipeline, raw, dt.date(2026, 9, 22))
    assert [(e.country, e.location) for e in events] == [("Burkina Faso", "Burkina Faso")]


def test_a_victims_rank_in_a_years_count_leaves_the_killing_told_before_it(pipeline):
    raw = ("A reporter was shot dead on Wednesday in Fort Collins, police said, the third journalist killed in the "
           "state this year.")
    events = coded(pipeline, raw, dt.date(2026, 5, 15))
    assert [(e.event_date, e.fatalities, e.location) for e in events] == [(dt.date(2026, 5, 13), 1, "Fort Collins")]


@pytest.mark.parametrize(("raw", "killed"), [
    ("A second victim of last week's shooting at a car wash in Loveland has died, police said, bringing the death "
     "toll to two.", 2),
    ("Rescuers found two more bodies in the ruins of the market in Loveland on Friday, raising the overall toll from "
     "the blast to 14.", 14),
])
def test_a_toll_brought_to_a_figure_is_the_toll(pipeline, raw, killed):
    assert [e.fatalities for e in coded(pipeline, raw, dt.date(2026, 9, 14))] == [killed]


def test_a_verb_in_scare_quotes_still_counts(pipeline):
    raw = ("Militants killed 11 soldiers in an attack on an army base in northern Mali on Saturday, the army said, "
           "adding that 20 assailants were \"neutralised\" in the counter-attack.")
    assert [e.fatalities for e in coded(pipeline, raw, dt.date(2026, 9, 14))] == [31]


@pytest.mark.parametrize("raw", [
    "Mayi Mayi militiamen attacked an army post near Kasindi on Friday, killing two soldiers.",
    "Mai-Mai fighters attacked an army post near Mangina on Friday, killing two soldiers.",
])
def test_a_militia_whose_name_repeats_a_word_is_named_whole(pipeline, raw):
    events = coded(pipeline, raw, dt.date(2026, 3, 14))
    assert [e.actor1 for e in events] == ["Mayi Mayi Militia"]


@pytest.mark.parametrize("raw", [
    "The UN mission in the country called for an immediate ceasefire on Tuesday.",
    "Church leaders urged a truce between the two clans on Sunday.",
])
def test_a_ceasefire_asked_for_is_no_agreement(pipeline, raw):
    assert [e.sub_event_type for e in coded(pipeline, raw, dt.date(2026, 4, 28))] == []


def test_officers_called_to_a_shooting_still_tell_the_shooting(pipeline):
    raw = "Officers were called for a shooting on Elm Street on Monday night and found a man dead, police said."
    assert [e.fatalities for e in coded(pipeline, raw, dt.date(2026, 4, 28))] == [1]


def test_a_misspelt_town_the_model_takes_for_a_name_is_looked_up_in_the_reports_country(pipeline):
    raw = "Two policemen were shot dead by gunmen on motorcycles in Chiniott on Monday, Punjab police said."
    events = coded(pipeline, raw, dt.date(2026, 3, 3))
    assert [(e.country, e.location) for e in events] == [("Pakistan", "Chiniot")]


def test_a_town_with_its_own_rural_police_is_no_quarter_of_the_datelines_city(pipeline):
    raw = ("MANDYA: A 28-year-old farmer was hacked to death over a land dispute in Maddur on Sunday night, and his "
           "brother was hurt.\n\nThe Maddur rural police have registered a case against four men.")
    events = coded(pipeline, raw, dt.date(2026, 7, 15))
    assert [e.location for e in events] == ["Maddur"]


def test_the_place_of_an_incidents_series_is_no_incident_of_its_own(pipeline):
    raw = ("Gunmen attacked an army detachment in Talayan, Maguindanao, on Sunday. The raid was one of three linked "
           "assaults in Sultan sa Barongis town that day. Two soldiers were killed.")
    events = coded(pipeline, raw, dt.date(2026, 9, 23))
    assert [e.location for e in events] == ["Talayan"]


def test_how_long_it_has_been_since_an_incident_dates_it(pipeline):
    raw = ("It has been a year since a gunman stormed a nightclub in Fort Collins, killing four people and wounding "
           "nine. No one has been charged.")
    events = coded(pipeline, raw, dt.date(2026, 8, 20))
    assert [(e.event_date.year, e.fatalities, e.historical) for e in events] == [(2025, 4, True)]


# -- round 50: spans with no number, a side's claim by "saying", later deaths by name, rough clock times, capitals ----

def test_an_incident_the_news_comes_days_after_is_dated_before_it(pipeline):
    raw = ("Gunmen opened fire on a wedding party in a village late on Saturday, killing four guests, officials said "
           "on Sunday. The attack comes days after three traders were killed in an ambush on a highway.")
    events = coded(pipeline, raw, dt.date(2026, 5, 10))
    assert [(e.event_date, e.fatalities) for e in events][0] == (dt.date(2026, 5, 9), 4)
    earlier = events[1]
    assert (earlier.fatalities, earlier.date_precision) == (3, "week")
    assert earlier.event_date < dt.date(2026, 5, 9)


def test_a_sides_toll_told_by_saying_is_only_the_high_end(pipeline):
    raw = ("Rebels attacked an army post overnight, killing four soldiers, the army said on Monday. A rebel spokesman "
           "claimed responsibility, saying the group had killed 12 soldiers.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 11))
    assert (event.fatalities, event.fatalities_high) == (4, 12)


def test_a_province_named_like_the_datelines_town_stays_the_province(pipeline):
    raw = ("IBB, Yemen — Gunmen attacked a police checkpoint in As Sabrah district of Ibb province overnight, killing "
           "three policemen, officials said on Tuesday.")
    events = coded(pipeline, raw, dt.date(2026, 3, 10))
    assert [(e.location, e.geo_precision) for e in events] == [("As Sabrah", 2)]


def test_a_victim_who_died_later_told_by_name_moves_to_the_dead_of_the_shooting(pipeline):
    raw = ("A teenager wounded by gunfire at a backyard birthday gathering on May 24 has died, the coroner's office "
           "announced Monday.\n\nJo Marsh was hit in the back around 1:30 a.m. May 24 behind a duplex on Carver "
           "Street. Two of his friends were also wounded.\n\nMarsh died Sunday at a hospital, the coroner said.")
    events = coded(pipeline, raw, dt.date(2026, 6, 1))
    assert [(e.event_date, e.fatalities, e.injured) for e in events] == [(dt.date(2026, 5, 24), 1, 2)]


def test_the_year_before_a_deaths_words_after_a_charge_dates_the_deed(pipeline):
    raw = ("A roofer has been charged with first-degree murder in the 2019 shooting death of a high school junior, "
           "prosecutors said Monday. Detectives picked him up Friday at his cousin's house.")
    events = coded(pipeline, raw, dt.date(2026, 3, 17))
    assert [(e.event_date.year, e.fatalities, e.historical) for e in events if e.fatalities] == [(2019, 1, True)]


def test_shootings_told_just_after_midnight_and_at_three_are_two(pipeline):
    raw = ("Gunfire hurt two men in unrelated incidents overnight, officers reported Saturday.\n\nIn the first, a "
           "delivery driver was wounded in the wrist on Elm Street just after midnight.\n\nAbout 3 a.m., a student "
           "was shot in the calf on Oak Street.")
    events = coded(pipeline, raw, dt.date(2026, 8, 8))
    assert [e.injured for e in events] == [1, 1]


def test_around_midnight_is_near_a_quarter_past_eleven(pipeline):
    raw = ("Ambulances carried six guests to three hospitals after gunfire broke up a graduation party Friday, "
           "shortly after 11:15 p.m., officers reported.\n\nAt least six partygoers were hit by bullets around midnight "
           "in the courtyard, a neighbour said.")
    events = coded(pipeline, raw, dt.date(2026, 8, 8))
    assert [e.injured for e in events] == [6]


def test_a_town_in_a_department_in_capitals_copy_is_read_inside_it(pipeline):
    raw = ("ASUNCION, 13 MAR 26 (AGENCY) -- [TEXT] CATTLE RUSTLERS RAIDED A RURAL CONSTABULARY OFFICE AT SAN "
           "JOSE, IN THE DEPARTMENT OF CAAGUAZU, ON 11 MARCH, KILLING TWO CONSTABLES, A SPOKESMAN SAID TODAY.")
    events = coded(pipeline, raw, dt.date(2026, 3, 14))
    # (the department's own San Jose, San Jose de los Arroyos, or the name standing in at the department)
    assert [(e.admin1, e.location.startswith("San Jose")) for e in events] == [("Caaguazu", True)]


def test_what_angered_a_mob_is_not_the_day_of_its_deed(pipeline):
    raw = ("Two people were killed when police opened fire on a mob that had attacked a police station on Sunday "
           "evening, officials said. The mob, angered over the death of a youth in custody a day earlier, pelted "
           "stones at the station and set fire to two vehicles.")
    events = coded(pipeline, raw, dt.date(2026, 8, 4))
    assert [e.event_date for e in events] == [dt.date(2026, 8, 2)]


def test_hostages_set_free_are_no_new_abduction(pipeline):
    raw = ("Gunmen released 12 of the 23 people they abducted during a raid on a village last month, an official said "
           "on Monday. The hostages, including seven children, were freed on Saturday near the border.")
    events = coded(pipeline, raw, dt.date(2026, 2, 16))
    assert all(e.event_date.month == 1 for e in events)


def test_a_killing_told_on_the_afternoon_of_a_nights_shooting_is_another(pipeline):
    raw = ("A bouncer died after gunfire outside a dance hall on Park Avenue around 11:50 p.m. Saturday, detectives "
           "said.\n\nThat made two deadly shootings in under a day. On Saturday afternoon, a cashier was gunned down "
           "from a passing sedan near the stadium.")
    events = coded(pipeline, raw, dt.date(2026, 4, 13))
    assert [e.fatalities for e in events] == [1, 1]


def test_police_who_name_the_dead_are_no_side_of_the_shooting(pipeline):
    raw = ("Police identify man killed outside dance hall\n\nDetectives on Monday identified the bouncer gunned down "
           "Saturday night outside the hall on Park Avenue as Leon Marsh, 27.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 13))
    assert "Police" not in event.actor1


def test_a_truce_a_record_is_counted_from_is_no_event(pipeline):
    raw = ("Air strikes on two crowded markets killed at least 44 people on Tuesday, rescue workers said, in the "
           "deadliest attack since a partial truce took effect in February. A monitor said 37 of the dead were "
           "killed in one town.")
    events = coded(pipeline, raw, dt.date(2026, 4, 20))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 44)]


def test_the_day_of_what_a_place_saw_before_is_not_the_deaths(pipeline):
    raw = ("Soldiers shot dead at least eight protesters on Monday. Five were killed in the centre of the city, while "
           "three others died in a suburb to the west, where martial law was declared on Sunday.")
    events = coded(pipeline, raw, dt.date(2026, 3, 16))
    assert {e.event_date for e in events} == {dt.date(2026, 3, 16)}


def test_a_suspect_who_died_at_the_scene_is_the_attacker_told_dead_before(pipeline):
    raw = ("A police officer was shot and wounded during a traffic stop late Sunday, and the suspect was killed when "
           "officers returned fire, authorities said. The suspect, whose name was not released, died at the scene.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 2))
    assert (event.fatalities, event.injured) == (1, 1)


def test_police_also_investigating_a_shooting_tell_another_incident(pipeline):
    raw = ("A sophomore was wounded in the knee Sunday evening in front of a laundromat on Birch Road, officers "
           "said.\n\nDetectives are also investigating a shooting early Sunday near the rail yard that left a man wounded.")
    events = coded(pipeline, raw, dt.date(2026, 7, 20))
    assert [e.injured for e in events] == [1, 1]



def test_an_earlier_shelling_of_another_town_is_another_incident(pipeline):
    raw = ("DAMASCUS, (AGENCY) – A child was killed and 11 other civilians were injured when militants fired mortar "
           "shells on residential neighborhoods in Damascus city on Wednesday.\n\nA source at Damascus Police Command "
           "said the shells caused material damage.\n\nEarlier, two civilians were injured by a rocket shell that hit "
           "Sahnaya city in Damascus Countryside.")
    events = coded(pipeline, raw, dt.date(2026, 3, 22))
    assert [(e.location, e.fatalities, e.injured) for e in events] == [("Damascus", 1, 11), ("Sahnaya", 0, 2)]


def test_a_town_of_another_province_is_no_quarter_of_the_city_whose_police_speak(pipeline):
    raw = ("DAMASCUS, (AGENCY) – Two civilians were injured by a rocket shell that hit Sahnaya city in Damascus "
           "Countryside on Wednesday, a source at Damascus Police Command said.")
    events = coded(pipeline, raw, dt.date(2026, 3, 22))
    assert [(e.admin1, e.location) for e in events] == [("Rural Damascus", "Sahnaya")]


@pytest.mark.parametrize(("raw", "expected"), [
    ("Nearly two dozen fans were hurt when someone tossed a grenade into a crowded cantina late Saturday.", (0, 24)),
    ("A couple and their teenage son were found shot dead inside their home on Sunday, prosecutors said.", (3, None)),
    ("A mother and her three children, aged 2, 5 and 9, were killed when a shell hit their house on Sunday.", (4, None)),
])
def test_people_counted_by_dozens_and_by_family(pipeline, raw, expected):
    [event] = coded(pipeline, raw, dt.date(2026, 5, 6))
    assert (event.fatalities, event.injured) == expected


@pytest.mark.parametrize("raw", [
    "Two union organisers, identified as Rafiq Lalani (45) and Anwar Bhatti (30), were gunned down by pillion riders "
    "outside a tea stall on May 29, a local paper reported.",
    "Two traffic wardens, Rafiq Lalani and Anwar Bhatti, were shot dead near a flyover on May 29, police said.",
])
def test_victims_named_between_their_count_and_their_verb_are_still_counted(pipeline, raw):
    [event] = coded(pipeline, raw, dt.date(2026, 5, 30))
    assert event.fatalities == 2


def test_a_headline_naming_the_victim_killed_counts_the_dead(pipeline):
    raw = "Police identify teen killed at Elmford block party\n\nDetectives had no suspect in custody by Sunday."
    events = coded(pipeline, raw, dt.date(2026, 8, 23))
    assert [(e.fatalities, e.actor1) for e in events] == [(1, "Unidentified Armed Group")]


def test_the_day_an_election_is_scheduled_for_dates_no_incident(pipeline):
    raw = ("Insurgents killed two soldiers in a raid on a hilltop outpost, days ahead of a referendum scheduled for "
           "Sunday, 1 March, officials said.")
    events = coded(pipeline, raw, dt.date(2026, 2, 24))
    assert [(e.event_date, e.historical) for e in events] == [(dt.date(2026, 2, 24), False)]


def test_a_round_figure_in_dozens_yields_to_a_figure_told_exactly(pipeline):
    raw = ("Gunfire wounded 19 spectators at a street festival on Sunday, according to the fire department.\n\n"
           "One vendor guessed almost two dozen people had been hurt.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 11))
    assert event.injured == 19


def test_a_toll_told_place_by_place_with_its_verb_left_out_is_an_event_at_each_place(pipeline):
    raw = ("Shelling killed nine people in the town of Dhi as Sufal and four in the nearby town of Jiblah, in Ibb "
           "province, on Tuesday, medics said.")
    events = coded(pipeline, raw, dt.date(2026, 4, 22))
    assert [(e.location, e.fatalities) for e in events] == [("Dhi as Sufal", 9), ("Jiblah", 4)]


def test_deaths_from_tainted_liquor_counted_state_by_state_are_no_attacks(pipeline):
    raw = ("Tainted liquor sold at weddings has now killed 31 guests in Elmvale; 12 in Ashby, and three in Marlow, "
           "health officials said.")
    assert coded(pipeline, raw, dt.date(2026, 5, 20)) == []


def test_a_tolls_second_place_is_of_the_kind_of_its_incident(pipeline):
    raw = ("Air strikes on two markets in Ibb province killed at least 13 people on Tuesday, medics said.\n\nNine of "
           "them were killed in the town of Dhi as Sufal and four in the nearby town of Jiblah.")
    events = coded(pipeline, raw, dt.date(2026, 4, 22))
    assert [(e.location, e.sub_event_type) for e in events] == [("Dhi as Sufal", "Air/drone strike"),
                                                               ("Jiblah", "Air/drone strike")]


# -- round 51: the gunman told dead apart from his victims, quarters named alone, deeds' days after charges ---------

def test_the_gunman_told_dead_is_not_the_woman_he_wounded(pipeline):
    raw = ("A man fired at his former girlfriend outside a Dalton pharmacy early Monday, hitting her, and then turned "
           "the rifle on himself, deputies reported.\n\nThe woman, 34, was hit twice in the hip and was flown to a "
           "trauma unit. Doctors expect her to live. The gunman, identified as Curtis Bale, 39, died in the lot.")
    [event] = coded(pipeline, raw, dt.date(2026, 2, 3))
    assert (event.fatalities, event.injured) == (1, 1)


def test_an_assailant_killed_among_several_is_not_the_one_wounded(pipeline):
    raw = ("Raiders stormed a border post near Elmtown on Friday, officials reported. Three guards and an attacker died "
           "in the fighting, and a guard and an attacker were wounded.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 11))
    assert (event.fatalities, event.injured) == (4, 2)


def test_a_police_car_struck_by_a_bullet_is_no_one_hurt():
    assert find_counts("Two rounds went wide; a Marlow County cruiser was hit by a bullet.") == []
    assert [(m.outcome, m.count.best) for m in find_counts("A Marlow pensioner was struck by a bullet.")] == [("hit", 1)]


def test_a_neighbourhood_named_alone_in_the_headline_is_the_town_the_body_puts_it_in(pipeline):
    raw = ("Two shot, one critically, in Northgate drive-by\n\nTwo men were shot, one critically, in a drive-by "
           "shooting in the Northgate neighborhood of Fairhaven on Sunday afternoon.\n\nPolice said someone in a dark "
           "sedan fired at the men as they stood outside a barbershop around 2:30 p.m.")
    # (as a scraped page's text holds its headline, with no title given apart)
    events = pipeline.process(Document(id="t", text=raw, published=dt.date(2026, 8, 24)))
    assert [(e.admin1, e.location, e.injured) for e in events] == [("Massachusetts", "Fairhaven", 2)]


def test_a_district_named_under_a_press_offices_dateline_keeps_its_town(pipeline):
    raw = ("RAWALPINDI: Two soldiers were martyred while three militants also died as troops and insurgents traded fire "
           "in the Mir Ali area of North Waziristan district on Sunday, the military's media wing said.")
    events = coded(pipeline, raw, dt.date(2026, 5, 18))
    assert [(e.admin1, e.location, e.fatalities) for e in events] == [("Khyber Pakhtunkhwa", "Mir Ali", 5)]


def test_a_day_right_before_its_deeds_noun_after_a_charge_dates_the_deed(pipeline):
    raw = ("A dishwasher, 19, has been charged in a Feb. 14 shooting that hurt two people outside a cinema, the "
           "district attorney announced Monday.")
    events = coded(pipeline, raw, dt.date(2026, 3, 2))
    assert [(e.event_date, e.injured) for e in events] == [(dt.date(2026, 2, 14), 2)]


def test_last_week_from_a_monday_reaches_the_sunday_before():
    [last_week] = find_dates("A man who was shot last week has died.", published=dt.date(2026, 1, 26))
    assert (last_week.date, last_week.precision) == (dt.date(2026, 1, 18), "week")


def test_a_man_shot_last_week_who_died_is_the_sunday_shooting_told_by_its_date(pipeline):
    raw = ("A man who was shot outside an apartment block in Westbrook last week has died, police said Monday.\n\n"
           "Leon Price, 26, was shot in the stomach on Jan. 18 on Bridge Street. He died Saturday at a hospital.")
    events = coded(pipeline, raw, dt.date(2026, 1, 26))
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2026, 1, 18), 1)]


def test_a_ceasefire_an_escalation_comes_despite_is_no_agreement_of_the_day(pipeline):
    raw = ("Three farmers were killed on Sunday when artillery shelled the village of Ashby, a monitoring group said. "
           "The shelling comes despite a ceasefire agreed in March.")
    events = coded(pipeline, raw, dt.date(2026, 6, 8))
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_a_state_shaken_by_fighting_since_a_month_is_no_battle_of_the_day(pipeline):
    raw = ("Gunmen killed four men at a cockfight in the town of Elmira on Saturday night, prosecutors said. The state "
           "has been shaken by fighting between two wings of a cartel since September.")
    events = coded(pipeline, raw, dt.date(2026, 4, 20))
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 4)]


def test_a_clash_of_villagers_over_land_is_mob_violence(pipeline):
    raw = ("LUCKNOW: One man was killed and four others hurt when members of two groups clashed over a land dispute in "
           "a village of Sitapur district on Sunday evening, police said. The two sides attacked each other with "
           "sticks and sharp-edged weapons, and shots were also fired.")
    events = coded(pipeline, raw, dt.date(2026, 2, 16))
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events][0] == ("Riots", "Mob violence", 1)


def test_a_big_citys_police_name_the_city_not_a_province_of_its_name_abroad(pipeline):
    raw = ("A grandfather and two boys, ages 5 and 8, were hurt when someone fired into their house on the south side "
           "late Saturday, Toledo police said. All three were grazed.")
    [event] = coded(pipeline, raw, dt.date(2026, 7, 13))
    assert (event.country, event.location, event.injured) == ("United States", "Toledo", 3)


def test_a_city_a_town_is_measured_from_is_a_landmark_not_the_place(pipeline):
    raw = ("BAGHDAD, March 9 (Reuters) - Two soldiers were killed and four wounded late on Sunday when militants attacked "
           "an army post in Kirkuk province, security sources said. The attack took place near the town of Hawija, "
           "about 60 km (40 miles) southwest of Kirkuk city.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.admin1, event.location) == ("Kirkuk", "Al-Hawija")


def test_a_round_up_of_two_days_violence_is_not_the_toll_of_its_first_incident(pipeline):
    raw = ("QUITO, 20 FEB 26 (AGENCY) -- [TEXT] AT LEAST 11 PEOPLE HAVE DIED IN THE PAST 48 HOURS IN VARIOUS ACTS OF "
           "VIOLENCE IN ECUADOR, POLICE SOURCES REPORTED TODAY.\n\nIN GUAYAQUIL, UNIDENTIFIED GUNMEN KILLED THREE "
           "FISHERMEN AT A DOCK LAST NIGHT. IN MACHALA, A BOMB EXPLODED AT A BUS STATION THIS MORNING, INJURING FIVE "
           "PEOPLE.")
    events = coded(pipeline, raw, dt.date(2026, 2, 21))
    assert [(e.location, e.fatalities, e.injured) for e in events] == [("Guayaquil", 3, None), ("Machala", 0, 5)]


def test_a_vigils_day_told_before_its_park_and_purpose_dates_no_killing(pipeline):
    raw = ("Hundreds gathered Sunday evening at a park in Kenner to remember a boy of ten who was killed by a stray "
           "round while he rode his bike down the block on Aug. 2.")
    events = coded(pipeline, raw, dt.date(2026, 8, 10))
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2026, 8, 2), 1)]


def test_a_victim_named_only_at_a_death_in_hospital_is_one_of_the_wounded_told_before(pipeline):
    raw = ("Second victim dies after Thursday shooting at bus stop\n\nA second person has died after a shooting at a bus "
           "stop in Northwood on Thursday afternoon, police said Sunday.\n\nDerrick Cole, 52, died Saturday at "
           "Regional Medical Center. Kayla Ross, 19, was killed at the scene. A third victim, a 17-year-old boy, "
           "remains hospitalized in serious condition.")
    events = coded(pipeline, raw, dt.date(2026, 4, 26))
    assert [(e.event_date, e.fatalities, e.injured) for e in events] == [(dt.date(2026, 4, 23), 2, 1)]


def test_a_street_a_shooting_is_on_is_no_district_abroad_of_its_name(pipeline):
    raw = ("Five wounded in two holiday shootings\n\nFive people were wounded in two shootings in Evanston over the "
           "holiday weekend, police said Monday. On Friday night, two men were shot in the legs near a park on Church "
           "Street. Early Saturday, three teenagers were wounded outside a house on Dodge Avenue.")
    events = coded(pipeline, raw, dt.date(2026, 7, 6))
    assert {(e.country, e.location) for e in events} == {("United States", "Evanston")}


def test_an_arrest_for_a_killing_carries_no_toll_of_its_own(pipeline):
    raw = ("Man arrested in June 14 killing of Lakewood woman\n\nA 34-year-old man was arrested Saturday in connection "
           "with the June 14 shooting death of a woman in Lakewood, police said. Shawn Ellis is accused of shooting "
           "Rita Gomez, 29, outside her apartment. Gomez died at the scene.")
    events = coded(pipeline, raw, dt.date(2026, 6, 29))
    assert {(e.sub_event_type, e.fatalities) for e in events} == {("Arrests", 0), ("Attack", 1)}


def test_a_days_toll_told_again_at_villages_the_gazetteer_lacks_is_their_parts(pipeline):
    raw = ("IMPHAL: At least three people were killed as fresh violence broke out in Bishnupur district on Sunday, "
           "officials said. Armed miscreants fired at villagers in Torbung area early in the morning, killing two "
           "farmers. Later in the day, a man was killed in retaliatory firing in Phougakchao Ikhai, police said.")
    events = coded(pipeline, raw, dt.date(2026, 5, 25))
    assert sorted(e.fatalities for e in events) == [1, 2]


def test_a_looser_spelling_of_a_town_in_another_province_than_the_one_told_is_no_place(pipeline):
    raw = ("IMPHAL: Fresh violence broke out in Bishnupur district on Sunday, officials said. Armed men fired at "
           "villagers in Kolpara area early in the morning, killing two farmers.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 25))
    assert (event.admin1, event.location) == ("Manipur", "Bishnupur")


def test_the_gunman_killed_by_police_is_one_more_than_the_sailors_he_killed(pipeline):
    raw = ("Five sailors were killed Thursday when a gunman opened fire at a naval reserve centre in Elmford. The lone "
           "gunman, a 30-year-old former reservist, was killed by police.")
    [event] = coded(pipeline, raw, dt.date(2026, 7, 17))
    assert event.fatalities == 6


def test_a_suspect_found_wounded_is_none_of_his_victims(pipeline):
    raw = ("Two sisters were found shot to death in their home on Cedar Road on Saturday, the sheriff said. Their "
           "cousin, a 9-year-old boy, suffered minor injuries.\n\nA suspect was shot in the hip by a deputy two streets away and is "
           "under guard at a hospital.")
    [event] = coded(pipeline, raw, dt.date(2026, 8, 31))
    assert (event.fatalities, event.injured) == (2, 2)


def test_paramilitaries_named_after_the_word_are_that_group(pipeline):
    raw = ("KHARTOUM — At least 30 villagers were killed when the paramilitary Rapid Support Forces attacked a village "
           "near El Fasher in North Darfur on Saturday, activists said.")
    [event] = coded(pipeline, raw, dt.date(2026, 9, 21))
    assert (event.actor1, event.fatalities) == ("RSF: Rapid Support Forces", 30)


def test_a_countrys_single_missile_is_its_military(pipeline):
    raw = "KYIV — A Russian missile hit an apartment block in Mykolaiv overnight, killing three people, the governor said."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 23))
    assert event.actor1 == "Military Forces of Russia"


def test_what_fighting_has_done_since_a_year_is_no_battle_of_the_day(pipeline):
    raw = ("GOMA — M23 rebels shelled army positions near Sake on Sunday, killing four soldiers, an official said. "
           "The war in the province has displaced more than 1.5 million people since late 2021.")
    events = coded(pipeline, raw, dt.date(2026, 6, 8))
    assert [(e.actor1, e.fatalities) for e in events] == [("M23: March 23 Movement", 4)]


def test_an_attacker_who_stabbed_soldiers_is_not_one_of_the_wounded(pipeline):
    raw = "A man stabbed recruits at an army enlistment office in Elmtown on Monday. Two recruits were hurt."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 17))
    assert event.injured == 2


def test_a_suspect_who_shot_him_is_no_one_hit():
    assert find_counts("When the clerk chased the robber into the alley, the suspect shot him in the belly.") == []


def test_a_town_with_a_downtown_is_the_city_not_a_small_namesake(pipeline):
    raw = ("Police say a man and a woman were shot early Sunday outside a nightclub in downtown Kent. The man, 29, "
           "was taken to a hospital.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 18))
    assert (event.country, event.location, event.geo_precision) == ("United States", "Kent", 1)


def test_a_third_person_who_turned_up_later_with_a_graze_is_one_more_hurt(pipeline):
    raw = ("Two cousins were wounded by gunfire outside a bowling alley on Elm Street late Friday, officers said. One "
           "cousin walked to a clinic with a hole in his sleeve. A third man turned up later at a clinic with a graze "
           "wound, saying the same burst had caught him.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 16))
    assert event.injured == 3


def test_sides_named_before_the_headline_placed_the_incident_take_its_country(pipeline):
    raw = ("Two dead, one hurt in Gary shooting\n\nTwo men were killed and a third man was wounded in a shooting Saturday "
           "night on the city's west side, Gary police said.")
    [event] = coded(pipeline, raw, dt.date(2026, 11, 23))
    assert (event.location, event.actor1, event.actor2) == (
        "Gary", "Unidentified Armed Group (United States)", "Civilians (United States)")


def test_the_terrorists_of_a_report_naming_one_group_are_that_group(pipeline):
    raw = ("SAN SALVADOR, 11 MAR 26 (RADIO) -- [TEXT] TERRORISTS OF THE FMLN ATTACKED A POWER SUBSTATION IN SOYAPANGO "
           "AT DAWN TODAY. ONE SOLDIER WAS WOUNDED.\n\nIN ANOTHER ACTION, THE TERRORISTS MURDERED A FARMER IN SAN "
           "VICENTE DEPARTMENT YESTERDAY AFTERNOON.")
    events = coded(pipeline, raw, dt.date(2026, 3, 12))
    assert {e.actor1 for e in events} == {"FMLN"}


@pytest.mark.parametrize(("text", "expected"), [
    # the manner of a killing told before the people it befell
    ("A mob on Saturday beat to death a man accused of stealing goats.", [("killed", 1)]),
    ("Villagers stoned to death two suspected thieves.", [("killed", 2)]),
    ("Two herders were stoned to death.", [("killed", 2)]),
    # a school's head is a person
    ("Gunmen shot dead a school principal outside a mosque.", [("killed", 1)]),
])
def test_killings_told_by_their_manner_before_the_victims(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


def test_the_suspect_told_dead_stays_among_a_count_of_everyone_shot(pipeline):
    raw = ("Four people were shot in Elmtown late Friday, the sheriff said. The suspect, hit by a deputy, was fatally "
           "wounded.")
    [event] = coded(pipeline, raw, dt.date(2026, 8, 9))
    assert (event.fatalities, event.injured) == (1, 3)


def test_one_person_after_a_preposition_and_before_a_new_clause_is_its_object():
    found = find_counts("Officers fired back at the robber, and the robber was killed.")
    assert [(m.outcome, m.count.best) for m in found] == [("killed", 1)]


def test_a_quarter_of_the_big_city_told_beside_it_is_no_namesake_under_another_spelling(pipeline):
    raw = ("Three killed in weekend shootings across Memphis\n\nThree people died in two shootings across Memphis over the "
           "weekend, officers reported Monday. On Saturday afternoon, two brothers were gunned down at a duplex in "
           "Binghampton.")
    events = coded(pipeline, raw, dt.date(2026, 1, 12))
    assert {(e.admin1, e.location) for e in events} <= {("Tennessee", "Memphis")}


# -- round 52: a group told dead whole, the other side's strike, an arrest's own day, a district beside a city ------


def test_the_group_told_hurt_then_dead_as_a_whole_is_no_one_wounded(pipeline):
    raw = ("Two found dead in Fairhaven flat\n\nFAIRHAVEN - Officers called to a flat on Mill Lane on Friday found a "
           "52-year-old man and a 17-year-old girl with serious injuries. Both were pronounced dead at the scene.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (2, 0)


def test_one_of_the_other_sex_told_hurt_in_a_later_sentence_is_one_more(pipeline):
    raw = ("MARLOW, Ore. - A woman who was stabbed at her home last Tuesday has died, police said Monday.\n\n"
           "A neighbour who tried to help, a 58-year-old man, suffered a cut to his hand.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (1, 1)


def test_a_man_carrying_the_wounded_girl_is_not_one_more_hurt(pipeline):
    raw = ("ELMTOWN - A 15-year-old girl was shot dead outside a shop on Tuesday night. Witnesses saw a man carrying "
           "the wounded teenager to a car.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 11))
    assert (event.fatalities, event.injured or 0) == (1, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("The army lost seven soldiers in the fighting.", [("killed", 7)]),
    ("The militia said it lost three of its fighters.", [("killed", 3)]),
    ("The company lost 20 vehicles in the raid.", []),
    ("Raiders attacked the hamlet, hacking two herders to death.", [("killed", 2)]),
    ("A mob beat three suspected thieves to death.", [("killed", 3)]),
    ("Neighbours took the two boys to a hospital.", []),
    ("Two U.S. soldiers were wounded near the base this morning.", [("injured", 2)]),
    ("Gunmen killed three U.N. peacekeepers.", [("killed", 3)]),
    ("Five aid workers were taken away by armed men.", [("abducted", 5)]),
    ("Two trucks were taken away.", []),
    ("Gunmen took two engineers from the site.", [("abducted", 2)]),
])
def test_a_sides_losses_killings_by_manner_people_taken_to_care_and_dotted_initials(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


def test_a_victim_named_before_a_theft_is_not_a_crowd_doing_it(pipeline):
    raw = ("Two held over shooting that left teen paralysed\n\nPolice in Nairobi have arrested two suspects in connection "
           "with the shooting of a 16-year-old boy in Kayole on April 29.\n\nThe boy, a Form Two student, was shot in "
           "the back by robbers who stole his phone as he walked home from school.")
    events = coded(pipeline, raw, dt.date(2026, 5, 7))
    assert {(e.event_type, e.sub_event_type) for e in events if e.injured} == {("Violence against civilians", "Attack")}


def test_an_arrest_for_a_deed_of_an_earlier_day_is_dated_by_the_report(pipeline):
    raw = ("Police in Nairobi have arrested two suspects in connection with the shooting of a trader in Kibera on "
           "April 3.\n\nThe trader was shot in the arm by men who stole his cash box.")
    events = coded(pipeline, raw, dt.date(2026, 4, 14))
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [e.event_date for e in arrests] == [dt.date(2026, 4, 14)]


def test_a_town_of_a_district_named_beside_it_is_no_quarter_of_the_datelined_city(pipeline):
    raw = ("SRINAGAR: A shopkeeper was shot dead by militants at Beerwah in central Kashmir's Badgam district on "
           "Thursday, police said. He was rushed to a hospital in Srinagar where he died.")
    [event] = coded(pipeline, raw, dt.date(2026, 6, 12))
    assert event.location != "Srinagar"


def test_the_other_sides_shelling_with_its_own_dead_is_an_incident_of_its_own(pipeline):
    raw = ("BEIRUT - Government air strikes killed at least 30 people in the rebel-held suburb of Ashby on Sunday, a "
           "monitor said, as the army pressed its offensive to retake the enclave. Rebel shelling of Damascus killed "
           "three people, state media said.")
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert sorted(e.fatalities for e in events) == [3, 30]


def test_an_offensives_toll_since_it_began_is_a_tally():
    assert STATISTIC.search("The offensive, which began on Feb. 18, has killed more than 900 people.")


def test_one_told_apart_by_age_in_a_later_sentence_is_one_more_hurt(pipeline):
    raw = ("ELMTOWN - A 31-year-old man who was shot Friday night on the east side has died, police said Monday.\n\n"
           "He died Sunday at the county hospital. A 17-year-old boy shot in the same incident is recovering.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (1, 1)


def test_an_incident_told_as_the_latest_of_a_series_keeps_its_toll(pipeline):
    raw = ("Gunmen kill five villagers\n\nBAMAKO - Gunmen killed five people in an attack on a village in the Mopti "
           "region on Friday, a local official said, the latest in a string of ethnic killings.\n\nThe attackers "
           "arrived at dawn on motorbikes. Last month, 12 people were killed in a similar attack nearby.")
    events = coded(pipeline, raw, dt.date(2026, 5, 18))
    assert 5 in [e.fatalities for e in events]


def test_a_town_told_only_of_an_earlier_incident_is_no_town_of_the_news(pipeline):
    raw = ("BAMAKO - Gunmen killed five people in an attack on a village in the Mopti region on Friday, a local "
           "official said.\n\nLast month, 12 people were killed in a similar attack in the nearby commune of Youwarou.")
    events = coded(pipeline, raw, dt.date(2026, 5, 18))
    news = next(e for e in events if e.fatalities == 5)
    assert (news.admin1, news.location) == ("Mopti", "Mopti")


def test_police_hunting_the_man_who_shot_are_not_the_doers(pipeline):
    raw = ("ELMTOWN, Ohio - Police are hunting a man they say shot his wife Saturday night at her apartment on Copper "
           "Lane. The 29-year-old woman was shot in the arm and is in stable condition.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert not event.actor1.startswith("Police")


def test_a_bomb_that_opens_an_ambush_with_gunfire_is_the_ambushs(pipeline):
    raw = ("Two soldiers were killed when rebels ambushed an army patrol near Elmtown on Saturday morning, the military "
           "said. The soldiers were on their way to a village when the rebels detonated a mine and opened fire.")
    events = coded(pipeline, raw, dt.date(2026, 8, 14))
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 2)]


def test_a_soldier_who_embraced_shahadat_is_dead():
    assert [(m.outcome, m.count.best) for m in find_counts("A soldier, Sepoy Ali Khan, embraced shahadat.")] == [("killed", 1)]


def test_one_found_hurt_beside_the_dead_who_died_later_is_no_one_wounded(pipeline):
    raw = ("Two dead after weekend shooting\n\nELMTOWN - Two people are dead after a shooting at an apartment block over "
           "the weekend, police said. Officers found a man dead in a hallway and a woman with gunshot wounds; she died "
           "later Saturday at a hospital.")
    [event] = coded(pipeline, raw, dt.date(2026, 7, 20))
    assert (event.fatalities, event.injured or 0) == (2, 0)


def test_indias_central_armed_police_are_police(pipeline):
    raw = ("RAIPUR: A CRPF jawan was killed when Maoists triggered an IED blast in Chhattisgarh's Bijapur district on "
           "Sunday, police said.")
    [event] = coded(pipeline, raw, dt.date(2026, 9, 14))
    assert event.actor2 == "Police Forces of India"


@pytest.mark.parametrize(("text", "name"), [
    ("Armed youths seized five aid workers on the road.", "Unidentified Armed Group ({country})"),
    ("An armed gang robbed the depot.", "Unidentified Armed Group ({country})"),
    ("Youths blocked the road with burning tyres.", "Rioters ({country})"),
])
def test_armed_youths_are_an_armed_group_and_youths_a_crowd(text, name):
    assert find_actors(text)[0].name_template == name


@pytest.mark.parametrize("raw", [
    "Militants attacked a police check post in Tank district, killing two policemen.",
    "Militants attacked a police check post in Tank area, killing two policemen.",
])
def test_a_town_named_like_a_word_is_the_town_before_its_kind_of_area(pipeline, raw):
    [event] = coded(pipeline, raw, dt.date(2026, 3, 14))
    assert (event.country, event.location) == ("Pakistan", "Tank")


def test_a_word_before_area_with_no_town_of_its_name_is_no_place(pipeline):
    [event] = coded(pipeline, "Gunmen shot dead a guard in Market area on Sunday.", dt.date(2026, 3, 16))
    assert event.location is None or event.location != "Market"


def test_police_firing_to_disperse_stone_throwing_supporters_is_a_violent_demonstration(pipeline):
    raw = ("DHAKA - A man was killed on Sunday as police fired rubber bullets and tear gas to disperse opposition "
           "supporters who were throwing stones in central Dhaka, witnesses said. Police said 12 officers were hurt.")
    [event] = coded(pipeline, raw, dt.date(2026, 11, 16))
    assert (event.sub_event_type, event.actor2) == ("Violent demonstration", "Police Forces of Bangladesh")


def test_a_groups_armed_forces_of_liberation_are_no_state_army(pipeline):
    raw = ("LA PAZ, 9 MAY 26 (RADIO) -- [TEXT] A DYNAMITE CHARGE EXPLODED LAST NIGHT AT THE DOOR OF A MINISTER'S HOME IN "
           "LA PAZ, CAUSING DAMAGE BUT NO INJURIES. THE TUPAJ KATARI ARMED FORCES OF LIBERATION CLAIMED RESPONSIBILITY "
           "FOR THE ATTACK IN A COMMUNIQUE.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 10))
    assert not event.actor1.startswith("Military Forces")


def test_a_strike_from_the_air_told_with_no_doer_is_the_named_air_forces(pipeline):
    raw = ("BEIRUT - Syrian government air strikes killed at least 20 civilians in the rebel-held east of Aleppo on "
           "Saturday, a monitor said.\n\nIn Idlib province, six people died in strikes on the town of Saraqib.")
    events = coded(pipeline, raw, dt.date(2026, 9, 27))
    assert {e.actor1 for e in events if e.sub_event_type == "Air/drone strike"} == {"Military Forces of Syria"}


def test_a_protest_demanding_the_vandals_arrest_is_a_gathering_of_its_own(pipeline):
    raw = ("Temple vandalised\n\nHYDERABAD: Unidentified miscreants vandalised a Hindu temple in Tando Allahyar "
           "district on Saturday night, the police said.\n\nMembers of the Hindu community staged a protest outside "
           "the press club on Sunday, demanding the arrest of the culprits.")
    events = coded(pipeline, raw, dt.date(2026, 4, 8))
    protests = [e for e in events if e.event_type == "Protests"]
    assert len(events) == 2 and len(protests) == 1
    assert (protests[0].country, protests[0].admin1) == ("Pakistan", "Sindh")


def test_police_who_tried_to_arrest_a_man_made_no_arrest(pipeline):
    raw = ("SUKKUR: A wanted dacoit was killed in an encounter with the police in Ghotki district on Sunday, police "
           "said. The police team came under fire when it tried to arrest him. Two policemen were injured.")
    events = coded(pipeline, raw, dt.date(2026, 7, 29))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize("text", ["Man jailed for 2019 double murder in Elmtown", "Two charged over 2021 killing of guard"])
def test_a_headlines_year_before_its_deed_with_no_article_names_the_incident(text):
    [year] = find_dates(text, published=dt.date(2026, 11, 14))
    assert (year.precision, year.names_incident) == ("year", True)


def test_the_armys_own_air_force_is_the_military(pipeline):
    raw = ("OUAGADOUGOU - Three soldiers were killed on Saturday when suspected jihadists ambushed a convoy near Djibo, "
           "the army said. The army said its air force then struck the fleeing attackers, killing about 20 of them.")
    events = coded(pipeline, raw, dt.date(2026, 6, 12))
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [e.actor1 for e in strikes] == ["Military Forces of Burkina Faso"]


def test_a_raw_texts_opening_dateline_places_it_as_a_cleaned_pages_would(pipeline):
    text = "MULTAN (Reuters) - Gunmen shot dead two policemen at a checkpoint on Sunday, officials said."
    [event] = pipeline.process(Document(id="raw", text=text, published=dt.date(2026, 3, 9)))
    assert (event.country, event.location) == ("Pakistan", "Multan")


def test_the_day_an_army_denied_a_killing_does_not_date_the_killing(pipeline):
    raw = ("NIAMEY - The army on Sunday denied reports that its soldiers killed 12 civilians during an operation near a "
           "village in the Tillaberi region last week.")
    [event] = coded(pipeline, raw, dt.date(2026, 11, 17))
    assert event.event_date != dt.date(2026, 11, 15) and event.certainty == "denied"


def test_a_town_told_as_a_city_keeps_its_reading_under_a_big_citys_dateline_in_another_province(pipeline):
    raw = ("ADEN (Reuters) - A missile hit a residential area in the central city of Ataq on Sunday, killing four "
           "civilians, local officials said.")
    [event] = coded(pipeline, raw, dt.date(2026, 9, 7))
    assert (event.country, event.location) == ("Yemen", "Ataq")


def test_a_city_that_has_been_an_offensives_aim_since_a_month_is_no_battle_of_the_day():
    assert STATISTIC.search("The city has been the focus of a rebel offensive since February.")


def test_a_group_a_government_blamed_with_nothing_more_said_is_the_doer(pipeline):
    raw = ("BOGOTA - A car bomb exploded at a police academy in the capital on Thursday, killing at least 15 people, the "
           "government said.\n\nThe government blamed the National Liberation Army (ELN) rebel group.")
    [event] = coded(pipeline, raw, dt.date(2026, 1, 18))
    assert event.actor1 == "ELN: National Liberation Army"


def test_a_groups_years_of_fighting_told_of_it_are_no_battle_of_the_day(pipeline):
    raw = ("YAOUNDE - Gunmen stormed a school in Kumba on Saturday, killing at least five children, the government said. "
           "It blamed separatists, who have been fighting since 2017 to form a breakaway state.")
    [event] = coded(pipeline, raw, dt.date(2026, 10, 26))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_news_services_name_with_city_in_it_is_no_town_told_as_one(pipeline):
    raw = ("OAKLAND (KXYZ) - A man was shot in the arm outside a grocery store on Monday night, police said.\n\n"
           "Dover City News Service contributed to this report.")
    [event] = coded(pipeline, raw, dt.date(2026, 8, 24))
    assert (event.admin1, event.location) == ("California", "Oakland")


def test_people_told_seized_in_the_passive_were_abducted(pipeline):
    raw = ("KADUNA - The pupils were seized on June 18 when armed men stormed a boarding school in Kajuru. Three of them "
           "remain in captivity, the state government said on Sunday.")
    events = coded(pipeline, raw, dt.date(2026, 7, 10))
    assert [(e.event_type, e.event_date) for e in events] == [("Violence against civilians", dt.date(2026, 6, 18))]


def test_rival_groups_that_exchange_fire_are_armed_not_a_crowd(pipeline):
    raw = ("KARACHI: Two men were wounded in an exchange of fire between rival groups in Lyari on Sunday, police said.")
    [event] = coded(pipeline, raw, dt.date(2026, 8, 26))
    assert (event.event_type, event.actor1) == ("Battles", "Unidentified Communal Militia (Pakistan)")


def test_two_groups_that_clash_with_sticks_stay_a_crowd(pipeline):
    raw = "MEERUT: Two groups of villagers clashed with sticks over a land dispute on Sunday, leaving five people hurt."
    [event] = coded(pipeline, raw, dt.date(2026, 2, 19))
    assert event.event_type == "Riots"


def test_two_groups_of_soldiers_that_exchange_fire_are_the_forces_not_a_militia(pipeline):
    raw = "MOGADISHU - Two groups of soldiers traded gunfire at a checkpoint on Monday after a quarrel over pay."
    [event] = coded(pipeline, raw, dt.date(2026, 5, 5))
    assert "Communal Militia" not in (event.actor1 or "") + (event.actor2 or "")


# -- round 53: a road's towns, an incident named again, a side told twice, lists of hospitals, sums told place by place


def test_a_town_the_road_runs_from_is_nearer_than_a_dateline_outside_the_county(pipeline):
    raw = ("MALINDI, Kenya - Gunmen ambushed a bus in Tana River county on Tuesday, killing three passengers, police "
           "said. The bus was attacked on the road between Garsen and Hola.")
    [event] = coded(pipeline, raw, dt.date(2026, 2, 5))
    assert (event.admin1, event.location) == ("Tana River", "Garsen")


def test_a_claim_for_the_incident_it_names_again_goes_to_that_incident(pipeline):
    raw = ("Militants ambushed an army convoy near the river crossing on Monday, killing four soldiers, officials "
           "said.\n\nIn a separate incident on Tuesday, militants shot dead two traders at a cattle market.\n\n"
           "The Elm Front claimed responsibility for the convoy ambush, saying its fighters had killed nine soldiers.")
    events = coded(pipeline, raw, dt.date(2026, 2, 12))
    tolls = sorted((e.fatalities, e.fatalities_high) for e in events)
    assert tolls == [(2, 2), (4, 9)]


def test_the_side_told_also_killed_then_again_by_its_foe_is_one_figure_and_a_range(pipeline):
    raw = ("Troops killed 17 rebels in a raid on a camp near the river on Tuesday, the army said. Three soldiers were "
           "also killed in the fighting.\n\nThe rebels said they repelled the raid and killed 20 soldiers.")
    [event] = coded(pipeline, raw, dt.date(2026, 2, 12))
    assert (event.fatalities, event.fatalities_high) == (20, 37)


def test_the_towns_of_a_list_of_hospitals_are_no_scene(pipeline):
    raw = ("EUFAULA, Ala. (AP) - Two people were killed and three wounded when gunfire broke out at a party early "
           "Sunday, deputies said. The wounded were taken to hospitals in Dothan and Valdosta, Georgia.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 13))
    assert (event.admin1, event.location) == ("Alabama", "Eufaula")


def test_a_medical_institute_the_wounded_were_admitted_to_is_no_scene(pipeline):
    raw = ("GUWAHATI: Two villagers were killed when militants opened fire on a hamlet in Meghalaya's East Khasi Hills "
           "district on Sunday, police said. The injured were admitted to the Hill Institute of Medical Sciences "
           "(HIMS) in Shillong.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 13))
    assert (event.admin1, event.location) == ("Meghalaya", "East Khasi Hills")


def test_a_township_named_after_its_seat_is_the_seat(pipeline):
    raw = ("Soldiers shot dead three farmers in a village of Magway Region's Pakokku Township on Monday, residents "
           "said.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 15))
    assert (event.admin1, event.location) == ("Magway", "Pakokku")


def test_the_wounded_of_a_sum_told_place_by_place_are_no_one_places(pipeline):
    raw = ("Russian attacks killed four civilians and injured 12 others over the past day, officials said.\n\n"
           "In Sumy Oblast, a drone struck a house in Krasnopillya, killing two people.\n\n"
           "In Dnipropetrovsk Oblast, shelling killed one person in Nikopol and one in Marhanets. Seven people were "
           "injured in the region.")
    events = coded(pipeline, raw, dt.date(2026, 6, 11))
    first = next(e for e in events if e.location == "Krasnopillya")
    assert (first.fatalities, first.injured or 0) == (2, 0)


def test_a_raid_told_by_its_dead_then_by_the_women_carried_off_is_the_killing(pipeline):
    raw = ("Fighters of the Elm Brigade killed at least 40 people in a farming village on Friday, residents said.\n\n"
           "The fighters stormed the village, shooting residents and looting homes. More than 60 people were wounded, "
           "and dozens of women were abducted.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 4))
    assert (event.sub_event_type, event.fatalities) == ("Attack", 40)
    assert event.injured and event.abducted


def test_a_group_blamed_with_its_kind_after_it_names_the_militiamen(pipeline):
    raw = ("Suspected militiamen armed with machetes killed nine villagers overnight, a local official said.\n\n"
           "The army blamed the Kivara militia, a coalition of herder groups.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 4))
    assert event.actor1 == "Kivara militia"


@pytest.mark.parametrize(("text", "template"), [
    ("Suspected militiamen killed nine villagers.", "Unidentified Communal Militia ({country})"),
    ("Unidentified militiamen raided a village.", "Unidentified Armed Group ({country})"),
])
def test_militiamen_told_by_what_is_not_known_are_no_named_group(text, template):
    assert find_actors(text)[0].name_template == template


def test_a_name_short_form_in_brackets_keeps_the_names_role():
    text = "According to the Central Reserve Police Force (CRPF), the blast targeted a patrol."
    assert [a.role for a in find_actors(text)][:2] == ["source", "source"]


def test_a_guided_bomb_is_dropped_from_the_air_by_the_nations_forces():
    text = "A Russian guided bomb struck a house."
    assert {t.sub_event_type for t in find_triggers(text)} == {"Air/drone strike"}
    assert [a.name(country="Ukraine") for a in find_actors(text)] == ["Military Forces of Russia"]


def test_people_told_by_the_fighting_they_fled_tell_no_fight():
    text = "The school was sheltering families who had fled fighting in nearby villages."
    assert not find_triggers(text)


def test_a_villager_who_pulled_out_bodies_is_not_one_of_them():
    assert find_counts('"The roof fell in," said a villager who helped pull bodies from the rubble.') == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The district has seen repeated tribal clashes in recent months.", True),
    ("The province has witnessed a wave of killings since the election.", True),
    ("The town saw clashes on Tuesday.", False),
])
def test_what_a_place_has_seen_over_months_is_no_incident(text, expected):
    assert bool(STATISTIC.search(text)) is expected


def test_a_medical_college_named_after_a_city_is_no_scene_of_its_own(pipeline):
    raw = ("ARRAH: Three members of a family were hacked to death by neighbours over a land dispute in Bihar's Buxar "
           "district on Sunday night, police said.\n\nA fourth family member, a nine-year-old girl, is undergoing "
           "treatment at the Gaya Medical College with head injuries.")
    [event] = coded(pipeline, raw, dt.date(2026, 6, 12))
    assert (event.location, event.fatalities, event.injured) == ("Buxar", 3, 1)


def test_members_of_one_of_two_groups_are_no_group_of_that_name():
    assert [a.name_template for a in find_actors("A member of one group was attacked.")] != ["{match}"]


def test_the_day_of_what_a_fight_began_after_is_not_the_fights(pipeline):
    raw = ("Two young men were killed on Saturday when members of rival gangs clashed in a market area of the "
           "town.\n\nResidents said the clash began after a member of one gang was attacked on Friday.")
    [event] = coded(pipeline, raw, dt.date(2026, 10, 26))
    assert event.event_date == dt.date(2026, 10, 24)


@pytest.mark.parametrize("second", [
    "Two of the kidnappers were killed when police freed the hostages.",
    "Both were abducted and killed on their way to the airport.",
    "The two had been kidnapped on their way to the airport; their bodies were found later.",
])
def test_a_killing_told_first_is_no_raid_when_the_seized_died_or_the_dead_seized(pipeline, second):
    raw = f"Gunmen abducted two lawyers in the capital last week.\n\n{second}"
    events = coded(pipeline, raw, dt.date(2026, 10, 26))
    assert "Abduction/forced disappearance" in {e.sub_event_type for e in events}


def test_explosives_thrown_at_troops_in_a_raid_are_the_raids_fight(pipeline):
    raw = ("Troops killed two gunmen during a raid on a hillside village early on Monday, the military said.\n\n"
           "The military said soldiers came under fire and returned fire. It said explosives were thrown at the "
           "soldiers and that none of them was hurt.\n\nLocal medics said three other villagers were wounded.")
    events = coded(pipeline, raw, dt.date(2026, 8, 24))
    assert [(e.event_type, e.fatalities, e.injured) for e in events] == [("Battles", 2, 3)]


def test_a_refugee_camp_named_after_a_town_is_where_it_happened():
    from eventsift.events.place import _qualifier
    text = "Troops raided the Elmtown refugee camp at dawn."
    start = text.index("Elmtown")
    assert _qualifier(text, start, start + len("Elmtown")) is None


def test_the_year_someone_joined_a_group_does_not_date_their_death(pipeline):
    raw = ("Two policemen and a militant were killed in a gunfight in a village of the valley on Sunday, officials "
           "said.\n\nThe slain militant was a local man who joined militant ranks last year, police said.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 13))
    assert (event.event_date, event.fatalities) == (dt.date(2026, 4, 12), 3)


def test_a_follow_up_operation_on_another_day_is_an_incident_of_its_own(pipeline):
    raw = ("Three soldiers were killed when separatist fighters ambushed their patrol on Sunday, a military source "
           "said.\n\nThe army later said it had neutralised six separatists in a follow-up operation in the area on "
           "Monday.")
    events = coded(pipeline, raw, dt.date(2026, 9, 9))
    assert sorted((e.event_date.day, e.fatalities, e.actor1.startswith("Military")) for e in events) == [
        (6, 3, False), (7, 6, True)]


def test_separate_incidents_each_open_on_their_place(pipeline):
    raw = ("Two people were killed and three injured in separate incidents in the city on Sunday, police said.\n\n"
           "A 35-year-old man was shot dead by two men on a motorcycle near a bus stand.\n\n"
           "In Elm Colony, a young man was killed and his friend injured when robbers opened fire on them.\n\n"
           "Separately, two men were injured in a quarrel over a parking space.")
    events = coded(pipeline, raw, dt.date(2026, 5, 11))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(0, 2), (1, 0), (1, 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Shootings have surged as two gangs battle for control of the port.", True),
    ("Gangs are fighting for control of the market.", True),
    ("Rebels fought for control of the town on Sunday, killing five.", False),
])
def test_a_struggle_for_control_told_in_the_present_is_no_incident(text, expected):
    assert bool(STATISTIC.search(text)) is expected


def test_a_figure_the_group_gave_when_claiming_the_attack_is_only_the_high_end(pipeline):
    raw = ("A suicide bomber struck an army checkpoint outside the town on Monday, killing at least five soldiers and "
           "two civilians, officials said.\n\nThe Elm Front claimed responsibility for the attack on its radio "
           "station, saying 15 soldiers had been killed.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 10))
    assert (event.fatalities, event.fatalities_high) == (7, 15)


def test_stolen_animals_the_victims_were_caught_with_are_no_looting(pipeline):
    raw = ("Two men suspected of stealing livestock were beaten to death by a mob in a village on Sunday morning, "
           "police said.\n\nResidents caught the men with three stolen goats and attacked them with sticks and "
           "stones.")
    events = coded(pipeline, raw, dt.date(2026, 5, 4))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Mob violence", 2)]


def test_the_day_of_a_deed_the_armed_men_are_accused_of_is_not_the_gunfights(pipeline):
    raw = ("Troops killed two men accused of carrying out the raid on the district office on 3 March in a gunfight "
           "near the river, the army said.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 20))
    assert event.event_date == dt.date(2026, 4, 20)


def test_heavy_machine_guns_both_sides_used_are_the_fights():
    from eventsift.events.assemble import _GUNFIRE
    assert _GUNFIRE.search("He said both sides used heavy machine guns.")


def test_kidnappers_killed_in_a_raid_make_a_fight_not_an_abduction_and_the_hurt_policeman_is_no_dead_one(pipeline):
    raw = ("Police on Saturday killed three suspected kidnappers and freed two captives during a raid on a forest "
           "camp, a spokesman said.\n\nThe suspects opened fire on the officers, who returned fire. One policeman "
           "sustained a gunshot injury.")
    [event] = coded(pipeline, raw, dt.date(2026, 7, 20))
    assert (event.event_type, event.fatalities, event.injured) == ("Battles", 3, 1)


def test_the_city_a_long_march_was_headed_for_is_no_scene(pipeline):
    raw = ("AMBALA: Police fired tear gas and baton-charged farmers at a state border crossing on Tuesday as they "
           "tried to break through barricades on their march to Delhi, leaving 60 people injured, farm leaders said.")
    [event] = coded(pipeline, raw, dt.date(2026, 2, 11))
    assert (event.admin1, event.location) == ("Haryana", "Ambala")


def test_attackers_the_police_mean_to_arrest_are_no_side_harmed(pipeline):
    raw = ("Bandits on Saturday night killed seven villagers in an attack on a hamlet in the hills, residents said.\n\n"
           "A police spokesman said officers had been deployed to the hamlet and that efforts were on to arrest the "
           "attackers.")
    [event] = coded(pipeline, raw, dt.date(2026, 11, 2))
    assert (event.sub_event_type, event.actor2.startswith("Civilians")) == ("Attack", True)


def test_one_man_who_set_his_home_on_fire_is_no_mob(pipeline):
    raw = ("ELMTOWN - Three people died after a man shot his wife and then set fire to their home early Sunday, "
           "police said.")
    [event] = coded(pipeline, raw, dt.date(2026, 12, 7))
    assert event.event_type == "Violence against civilians"


def test_a_site_named_like_a_town_on_its_street_is_within_a_name():
    from eventsift.events.place import _qualifier
    text = "He was shot at the Ashby on Broad Street."
    start = text.index("Ashby")
    assert _qualifier(text, start, start + len("Ashby")) == "within a name"


def test_the_day_a_scene_setting_sentence_tells_dates_the_shooting_of_the_person_it_names(pipeline):
    raw = ("Two brothers were charged Monday in the killing of a man at a bus stop last spring.\n\nProsecutors said "
           "Omar Reyes was waiting for a bus on April 3, 2026 when a car pulled up beside him.\n\nA passenger leaned "
           "out and fired, killing Reyes and wounding two students nearby.\n\nEach brother faces a count of "
           "second-degree murder.")
    events = coded(pipeline, raw, dt.date(2026, 11, 16))
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert [(a.event_date, a.fatalities, a.injured, a.historical) for a in attacks] == [
        (dt.date(2026, 4, 3), 1, 2, True)]


def test_a_gathering_to_mark_a_year_since_a_shooting_dates_the_shooting_a_year_back(pipeline):
    raw = ("Survivors and relatives gathered Saturday to mark one year since a gunman killed five people and wounded "
           "nine at a supermarket in the city's east end.")
    [event] = coded(pipeline, raw, dt.date(2026, 2, 2))
    assert (event.event_date, event.fatalities, event.injured, event.historical) == (dt.date(2025, 1, 31), 5, 9, True)


def test_the_people_a_passive_names_after_the_deed_may_be_the_crowd(pipeline):
    raw = "On Monday, the kiosk of a woman who sold tea near the station was burned down by youths who called her a spy."
    [event] = coded(pipeline, raw, dt.date(2026, 5, 6))
    assert event.event_type == "Riots"


def test_a_countrys_own_group_after_its_possessive_is_no_place_and_its_fighters_are_the_group(pipeline):
    raw = ("Soldiers and fighters from Russia's Wagner Group killed at least 25 civilians during a raid on a village "
           "in central Mali last week, residents said.")
    [event] = coded(pipeline, raw, dt.date(2026, 2, 12))
    assert (event.country, event.event_type) == ("Mali", "Violence against civilians")
    assert "Wagner Group" in (event.actor1, event.assoc_actor_1)


def test_troops_who_arrived_in_helicopters_flew_no_air_strike():
    kinds = {t.sub_event_type for t in find_triggers("The soldiers arrived in helicopters and rounded up the men.")}
    assert "Air/drone strike" not in kinds


def test_a_side_that_said_in_a_statement_it_had_done_the_deed_did_it():
    actors = find_actors('The army said in a statement that it had "neutralised" 15 terrorists.')
    assert actors[0].role == "agent"


def test_a_name_told_with_its_province_is_the_province(pipeline):
    raw = "A drone struck an army post in Yemen's southwestern Taiz province on Sunday, killing three soldiers."
    [event] = coded(pipeline, raw, dt.date(2026, 1, 26))
    assert (event.admin1, event.location, event.geo_precision) == ("Taizz", "Taizz", 3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed and injured 30 people in an attack on a mine.", [("killed", 15), ("injured", 15)]),
    ("The raid killed or wounded 12 soldiers.", [("killed", 6), ("injured", 6)]),
    ("Gunmen killed three and injured 30 people.", [("killed", 3), ("injured", 30)]),
])
def test_dead_and_hurt_told_as_one_active_figure_are_halved(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


def test_the_men_of_a_group_pass_their_role_to_it():
    actors = find_actors("Two veterans were beaten by members of the Elm Corps in the capital.")
    assert [(a.text, a.role) for a in actors if a.side == "nonstate"] == [("Elm Corps", "agent")]


def test_a_raid_with_houses_burned_takes_no_kidnapping_told_paragraphs_later(pipeline):
    raw = ("Fighters raided a farming village on Sunday, killing nine villagers and burning dozens of houses, "
           "residents said.\n\nThe district's market reopened on Monday.\n\nThe sports ministry said the race drew "
           "record crowds.\n\nTwo engineers were kidnapped from a road site near the border, officials said.")
    events = coded(pipeline, raw, dt.date(2026, 2, 11))
    killing = next(e for e in events if e.fatalities == 9)
    assert killing.sub_event_type == "Attack"


def test_the_second_of_a_reports_incidents_told_elliptically_is_its_own(pipeline):
    raw = ("Three people were shot dead and two wounded in two shootings in the city on Sunday night, police said.\n\n"
           "In the first incident, two men were shot dead near a tavern at about 8pm. In the second, a man was killed "
           "and two women wounded outside a shop about an hour later.")
    events = coded(pipeline, raw, dt.date(2026, 7, 13))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(1, 2), (2, 0)]


def test_a_province_told_by_the_possessive_before_its_district_is_the_province(pipeline):
    raw = ("KANDAHAR, Afghanistan - Gunmen attacked a police checkpoint in Kandahar's Khakrez district late on "
           "Saturday, killing two policemen, a spokesman said.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 18))
    assert (event.admin1, event.location) == ("Kandahar", "Khakrez")


def test_a_municipality_near_the_big_city_the_report_is_filed_from_is_no_quarter_of_it(pipeline):
    raw = ("CALI, Colombia - Four young men were shot dead on Saturday night at a farm in the municipality of Yumbo, "
           "in the department of Valle del Cauca, local authorities said.")
    [event] = coded(pipeline, raw, dt.date(2026, 8, 10))
    assert event.location == "Yumbo"


def test_explosives_dropped_from_drones_are_an_air_strike():
    triggers = find_triggers("They were attacked with explosive devices dropped from drones.")
    assert max(triggers, key=lambda t: t.priority).sub_event_type == "Air/drone strike"


def test_one_person_hurt_by_the_gunmans_second_deed_is_one_more(pipeline):
    raw = ("A gunman shot four men and pistol-whipped a woman outside a nightclub early Tuesday, police said. All "
           "are expected to survive.")
    [event] = coded(pipeline, raw, dt.date(2026, 1, 6))
    assert (event.fatalities, event.injured) == (0, 5)


# -- round 54: a city's own district, a victim gunned down who lives, a group that says it did it, a night's list told
# by word times, a verdict's named defendant, a hospital where someone died, a province's seat by another spelling


def test_a_district_told_as_the_citys_is_in_that_city_not_a_namesake_far_away(pipeline):
    raw = ("ODESA, July 9 - Russian shelling of the southern city of Kherson killed three people on Tuesday, the "
           "regional governor said. A shell hit a market in the city's Dniprovskyi district.")
    events = coded(pipeline, raw, dt.date(2026, 7, 10))
    assert {(e.admin1, e.location) for e in events} == {("Kherson", "Kherson")}


def test_someone_gunned_down_who_lives_is_wounded(pipeline):
    raw = ("ELMWOOD, Ark. - A cook is recovering after he was gunned down in a parking lot late Friday, police said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (0, 1)


def test_someone_gunned_down_in_one_sentence_and_another_in_stable_condition_in_the_next_are_two(pipeline):
    raw = ("ELMWOOD, Ark. - A cook was gunned down in a parking lot late Friday. His cousin, who was hit in the leg, "
           "is in stable condition, police said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (1, 1)


def test_a_group_that_says_it_carried_out_the_attack_is_credited_and_its_figure_is_the_high_end(pipeline):
    raw = ("MOGADISHU - A suicide bomber drove a truck into a police station in Jowhar on Monday, killing at least six "
           "officers, officials said.\n\nAl Shabaab said in a statement on its radio that it had carried out the "
           "attack and that 20 officers died.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 12))
    assert (event.actor1, event.fatalities, event.fatalities_high) == ("Al Shabaab", 6, 20)


def test_the_army_saying_it_carried_out_a_raid_credits_no_armed_group():
    from eventsift.events.claims import find_claims
    assert find_claims("The army said it had carried out the raid on the camp.") == []


def test_a_night_list_item_told_by_a_word_time_is_its_own_incident(pipeline):
    raw = ("ELMTOWN, Ohio - Two people were killed in separate shootings across the city on Saturday night, police "
           "said.\n\nAbout an hour later, a man was shot on Birch Street and died at a hospital.\n\nJust after "
           "midnight, gunfire outside a diner killed a cook and wounded two customers, neither of them seriously.")
    events = coded(pipeline, raw, dt.date(2026, 8, 3))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(1, 0), (1, 2)]


def test_a_verdict_naming_the_defendant_tells_of_the_old_incident_only(pipeline):
    raw = ("ELMTOWN, Tenn. - A jury on Thursday found Ray Corbin guilty of murder for shooting a doorman outside "
           "a bar three years ago.\n\nProsecutors said Corbin opened fire after he was refused "
           "entry on June 2, 2023, killing 40-year-old Luis Vega and wounding a customer.")
    [event] = coded(pipeline, raw, dt.date(2026, 9, 25))
    assert (event.event_date, event.fatalities, event.injured) == (dt.date(2023, 6, 2), 1, 1)


def test_the_hospital_where_a_victim_died_is_no_scene(pipeline):
    raw = ("AUGUSTA, Maine - A Gardiner man who was shot during a fight outside a bar last week has died, police "
           "said Monday. He died Sunday at Maine Medical Center in Portland.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 14))
    assert event.location != "Portland"


def test_a_provinces_seat_by_another_spelling_is_no_stray_of_a_province_not_otherwise_named(pipeline):
    raw = ("SANAA - Houthi forces said on Sunday they had downed a drone over Hajjah province, while medics said "
           "air strikes killed three civilians in Saada.\n\nA Houthi spokesman said the drone was brought down over "
           "Haradh district.")
    events = coded(pipeline, raw, dt.date(2026, 8, 29))
    assert ("Sadah", "Sadah") in {(e.admin1, e.location) for e in events}


def test_a_movement_that_says_it_shot_down_a_drone_is_its_doer():
    [movement] = [a for a in find_actors("The Houthi movement said on Sunday it had shot down a drone.")
                  if a.side != "civilian"][:1]
    assert movement.role == "agent"


def test_a_cook_is_a_victim_told_by_trade():
    assert [(c.outcome, c.count.best) for c in find_counts("Gunfire outside the diner killed a cook.")] == [("killed", 1)]


def test_a_region_that_tells_what_kind_of_country_it_is_is_no_place(pipeline):
    raw = ("OUAGADOUGOU (AFP) - Gunmen killed five civilians in an attack on a village in northern Burkina Faso on "
           "Tuesday, security sources said, one more of many assaults in the Sahel country.\n\nThe "
           "assailants stormed Rollo, in Bam province, and opened fire on residents, a local official said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 17))
    assert (event.admin1, event.location, event.fatalities) == ("Centre-Nord", "Bam", 5)


def test_a_group_blamed_by_its_own_name_holding_of_and_then_its_wing_is_credited(pipeline):
    raw = ("OWERRI - A police sergeant was killed when gunmen attacked a checkpoint in Orlu on Sunday. The state "
           "police spokesman blamed the outlawed Indigenous People of Biafra and its armed wing, the Eastern Security "
           "Network.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 17))
    assert event.actor1 == "IPOB: Indigenous People of Biafra"


def test_a_name_put_in_a_big_city_and_found_only_under_a_looser_spelling_is_that_city(pipeline):
    raw = "DALLAS - A teenager was killed early Sunday in a shooting at a party in Oak Cliff, Dallas police said."
    [event] = coded(pipeline, raw, dt.date(2026, 11, 2))
    assert (event.admin1, event.location) == ("Texas", "Dallas")


def test_what_the_rulers_did_beside_the_incident_tells_no_place_of_it(pipeline):
    raw = ("Soldiers fired on marchers in Magway on Sunday, killing four people, witnesses said, as the junta "
           "imposed a curfew in Monywa.\n\nIn Sagaing Region's Monywa township, at least nine people were killed "
           "when troops raided a market, a rights group said.")
    events = coded(pipeline, raw, dt.date(2026, 3, 16))
    assert sorted((e.location, e.fatalities) for e in events) == [("Magway", 4), ("Monywa", 9)]


def test_marchers_fired_on_with_dead_told_after_them_are_protesters_met_with_excessive_force(pipeline):
    raw = "Police fired on marchers in Elmtown on Sunday, killing two people, witnesses said."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 16))
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 2)


def test_a_figure_a_side_claimed_is_only_the_high_end():
    from eventsift.events.clauses import SELF_CLAIM
    assert SELF_CLAIM.search("A rebel spokesman claimed that 30 soldiers had been killed.")
    assert not SELF_CLAIM.search("The blast claimed the lives of 30 soldiers.")
    assert not SELF_CLAIM.search("It is claimed that at least six of the fighters were killed.")


def test_a_rally_angered_by_the_killing_of_marchers_is_no_excessive_force(pipeline):
    raw = "Students rallied in Elmtown on Monday, angered by the killing of two marchers at a rally last month."
    events = coded(pipeline, raw, dt.date(2026, 3, 17))
    assert "Excessive force against protesters" not in {e.sub_event_type for e in events}


def test_the_other_side_told_also_wounded_adds_to_the_wounded_of_the_first(pipeline):
    raw = ("KANDAHAR, March 3 - Troops killed 12 insurgents and wounded six others in raids in Arghandab district on "
           "Monday, a provincial spokesman said. He said three soldiers were also wounded.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 4))
    assert (event.fatalities, event.injured) == (12, 9)


def test_the_same_side_told_also_wounded_in_a_second_count_is_not_added_twice(pipeline):
    raw = ("Troops killed 12 insurgents and wounded six others in raids on Monday, a spokesman said. Two more "
           "insurgents were also wounded, he said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 4))
    assert event.injured != 14


def test_a_group_that_has_been_fighting_to_form_a_state_tells_no_battle(pipeline):
    raw = ("Gunmen attacked a school in the town of Elmbridge on Saturday, killing six pupils. The government blamed "
           "separatists, who have been fighting to form a breakaway state.")
    [event] = coded(pipeline, raw, dt.date(2026, 10, 26))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_region_under_its_common_spelling_is_found_under_acleds_name(pipeline):
    raw = ("Gunmen attacked a minibus in Ethiopia's western Benishangul-Gumuz region on Sunday, killing nine "
           "passengers, a rights body said.")
    [event] = coded(pipeline, raw, dt.date(2026, 9, 14))
    assert (event.country, event.admin1) == ("Ethiopia", "Benshangul/Gumuz")


@pytest.mark.parametrize(("text", "expected"), [
    ("The raiders broke in and shot him and his teenage son dead.", [("killed", 2)]),
    ("The raiders shot the herder and his brother dead.", [("killed", 2)]),
    ("A gunman shot her and her cousin outside the shop.", [("hit", 2)]),
])
def test_the_people_shot_after_a_pronoun_or_told_dead_after_the_list(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text) if c.count.best > 1] == expected


def test_a_state_police_spokesman_giving_a_lower_figure_tells_no_second_incident(pipeline):
    raw = ("KANO - Gunmen killed at least 14 villagers in an attack on a market in Shanono Local Government Area of "
           "Kano State on Sunday, residents said.\n\nKano police spokesman Musa Haruna confirmed the attack but said "
           "nine people were killed.")
    [event] = coded(pipeline, raw, dt.date(2026, 8, 10))
    assert (event.location, event.fatalities_low, event.fatalities) == ("Shanono", 9, 14)


def test_another_person_told_with_an_age_between_commas_is_counted_once(pipeline):
    raw = ("Five people were wounded at a block party on Sunday, deputies said. A 40-year-old woman was hit in the "
           "shoulder. Two teenagers, a 15-year-old girl and a 16-year-old boy, were grazed. A 33-year-old man was hit "
           "in the foot. Another woman, 52, was treated for a wound to her hand.")
    [event] = coded(pipeline, raw, dt.date(2026, 9, 28))
    assert (event.fatalities, event.injured) == (0, 5)


def test_a_group_the_attack_is_blamed_on_while_blaming_is_its_doer(pipeline):
    raw = ("BOGOTA - An oil pipeline was bombed on Tuesday near the town of Tame in Arauca province, halting pumping, "
           "the state oil company said, blaming the attack on ELN rebels.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 20))
    assert (event.actor1, event.actor2) == ("ELN: National Liberation Army", None)


def test_the_attackers_told_killed_by_the_other_side_add_to_contractors_killed(pipeline):
    raw = ("Militants attacked an airstrip in Elm county on Sunday, killing one soldier and two contractors, "
           "officials said.\n\nThe army said four attackers were killed.")
    [event] = coded(pipeline, raw, dt.date(2026, 1, 6))
    assert event.fatalities == 7


def test_a_numbered_accord_named_after_a_town_is_no_place():
    from eventsift.events.place import _qualifier
    text = "An aide said the government hopes the Minsk II accords will bring peace."
    start = text.index("Minsk")
    assert _qualifier(text, start, start + len("Minsk")) == "within a name"
    text = "Clashes broke out in Minsk on Tuesday."
    start = text.index("Minsk")
    assert _qualifier(text, start, start + len("Minsk")) is None


def test_where_the_deed_was_carried_out_told_in_a_relative_clause_places_it(pipeline):
    raw = ("PANAMA CITY, 9 JUN 89 (AFP) -- The foreign ministry condemned the judge's murder, which was committed on "
           "Thursday night in San Salvador.")
    [event] = coded(pipeline, raw, dt.date(1990, 3, 5))
    assert (event.country, event.location) == ("El Salvador", "San Salvador")


def test_the_bodyguards_of_one_person_killed_told_also_killed_are_more_dead(pipeline):
    raw = "Gunmen shot dead a provincial governor on Monday. Police said two of his escorts also died."
    [event] = coded(pipeline, raw, dt.date(2026, 6, 9))
    assert event.fatalities == 3


def test_an_attack_that_happened_hours_after_another_leaves_that_one_apart(pipeline):
    raw = ("NIAMEY - Gunmen killed nine villagers and burned grain stores in an attack on a hamlet in Tillaberi region "
           "on Thursday, an official said. The raid happened hours after troops beat back an assault on an army post "
           "in the town of Ayorou, killing 12 attackers, the army said.")
    events = coded(pipeline, raw, dt.date(2026, 8, 21))
    assert sorted((e.event_type, e.fatalities) for e in events) == [("Battles", 12), ("Violence against civilians", 9)]


def test_a_killing_someone_was_arrested_on_a_warrant_in_is_the_killing_told_before(pipeline):
    raw = ("ELMTOWN, Tenn. - A 30-year-old man has been charged with murder in the shooting of a cashier on March 3, "
           "police said Monday.\n\nLee Grant was arrested Friday in Memphis on a warrant in the killing of Ana Cole, "
           "who was found shot behind a store and died at a hospital, police said.")
    events = coded(pipeline, raw, dt.date(2026, 3, 16))
    killings = [e for e in events if e.fatalities]
    assert [(e.event_date, e.fatalities) for e in killings] == [(dt.date(2026, 3, 3), 1)]


def test_a_warning_the_attack_happened_weeks_after_tells_no_incident(pipeline):
    raw = ("Soldiers looted shops and beat traders in a market near Elmtown on Sunday, officials said. The raid "
           "happened two weeks after the president warned that soldiers who loot shops will be shot.")
    events = coded(pipeline, raw, dt.date(2026, 7, 13))
    assert len(events) == 1


def test_the_other_sides_strikes_on_its_positions_the_same_day_are_an_incident_apart(pipeline):
    raw = ("KHARTOUM - Shelling blamed on the Rapid Support Forces killed 12 civilians in a southern district of "
           "Khartoum on Sunday, a residents' committee said. The army carried out air strikes on RSF positions in "
           "Omdurman on the same day, residents said.")
    events = coded(pipeline, raw, dt.date(2026, 6, 8))
    assert sorted((e.sub_event_type, e.location, e.actor2) for e in events) == [
        ("Air/drone strike", "Omdurman", "RSF: Rapid Support Forces"),
        ("Shelling/artillery/missile attack", "Khartoum", "Civilians (Sudan)")]


def test_people_killed_in_a_police_operation_were_killed_by_the_police(pipeline):
    raw = ("RIO DE JANEIRO - Eight suspected gang members were killed in a police operation in a favela in the north "
           "of the city on Tuesday, state police said.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 20))
    assert event.actor1 == "Police Forces of Brazil"


def test_fighters_who_slit_the_throats_of_farmers_killed_them(pipeline):
    raw = ("Suspected jihadists tied up and slit the throats of at least 17 herders near a village in Borno state on "
           "Friday, officials said. Four others were wounded.")
    [event] = coded(pipeline, raw, dt.date(2026, 11, 30))
    assert (event.event_type, event.fatalities, event.injured) == ("Violence against civilians", 17, 4)


def test_attackers_told_killed_across_a_relative_clause_with_a_time_add_to_the_staff_killed(pipeline):
    raw = ("A car bomb struck the gate of a ministry compound in Elmtown on Sunday, killing five members of staff, "
           "officials said. Three gunmen who tried to storm the building after the blast were shot dead by guards.")
    [event] = coded(pipeline, raw, dt.date(2026, 2, 9))
    assert event.fatalities == 8


def test_power_towers_blown_up_beside_an_attack_with_a_toll_are_a_bombing_of_their_own(pipeline):
    raw = ("ELMPORT, 5 NOV 89 (RADIO) -- [TEXT] ONE SOLDIER DIED AND TWO WERE HURT WHEN REBELS ATTACKED "
           "AN ARMY PATROL NEAR THE TOWN OF SAN MIGUEL YESTERDAY. THE REBELS ALSO BLEW UP THREE HIGH-VOLTAGE TOWERS "
           "IN THE AREA.")
    events = coded(pipeline, raw, dt.date(1989, 11, 6))
    assert sorted((e.event_type, e.fatalities) for e in events) == [("Battles", 1), ("Explosions/Remote violence", 0)]


def test_a_bridge_blown_up_by_the_bomb_that_killed_is_that_bombing(pipeline):
    raw = ("A roadside bomb killed two soldiers near the border on Monday, officials said. The blast also destroyed "
           "a bridge.")
    events = coded(pipeline, raw, dt.date(2026, 3, 3))
    assert len(events) == 1


def test_police_who_found_the_bodies_of_people_shot_are_no_side_harmed(pipeline):
    raw = "Meanwhile, in the town of Elmira, police found the bodies of three farmers who had been shot in the head."
    [event] = coded(pipeline, raw, dt.date(2026, 1, 22))
    assert (event.event_type, event.actor2.split(" (")[0]) == ("Violence against civilians", "Civilians")


@pytest.mark.parametrize(("text", "expected"), [
    ("Two guards died at the gate and a third at the hospital.", 3),
    ("Two guards died at the gate and a third was wounded.", 2),
])
def test_the_dead_told_by_the_rank_of_the_last(text, expected):
    assert max(c.count.best for c in find_counts(text) if c.outcome == "killed") == expected


def test_one_dead_and_another_critically_hurt_is_one_hurt_too(pipeline):
    raw = "A shooting outside a bakery on Friday left one dead and another critically hurt, police said."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 2))
    assert (event.fatalities, event.injured) == (1, 1)


def test_a_group_that_contests_the_region_is_not_the_doer_of_the_massacre_there(pipeline):
    raw = ("BOGOTA - Gunmen killed six people attending a wake in Narino province on Saturday, officials said, the "
           "latest massacre in a region contested by dissident FARC fighters and drug gangs.")
    [event] = coded(pipeline, raw, dt.date(2026, 7, 20))
    assert event.actor1 == "Unidentified Armed Group (Colombia)"


def test_a_name_told_as_a_municipality_is_a_place_whatever_the_model_tags_it(pipeline):
    raw = "Gunmen killed five farmers in the rural area of the municipality of Argelia in Cauca on Sunday."
    [event] = coded(pipeline, raw, dt.date(2026, 7, 20))
    assert (event.admin1, event.location) == ("Cauca", "Argelia")


def test_the_towns_a_convoy_hit_in_a_country_was_travelling_between_place_it(pipeline):
    raw = ("OUAGADOUGOU - At least nine civilians were killed when a roadside bomb hit a supply convoy in northern "
           "Burkina Faso on Monday, the army said. The convoy was travelling between Djibo and Arbinda.")
    [event] = coded(pipeline, raw, dt.date(2026, 9, 13))
    assert (event.admin1, event.location, event.geo_precision) == ("Sahel", "Djibo", 2)


def test_a_group_that_claimed_one_of_the_attacks_is_credited(pipeline):
    raw = ("MAPUTO - Insurgents killed at least 12 people in raids on two villages in Cabo Delgado province over the "
           "weekend, local sources said. Islamic State claimed one of the attacks.")
    [event] = coded(pipeline, raw, dt.date(2026, 5, 11))
    assert event.actor1 == "Islamic State"


def test_a_known_towns_area_the_model_takes_for_an_organisation_is_a_place(pipeline):
    raw = ("KADUNA - Gunmen on Friday night attacked worshippers at a mosque in Unguwan Rimi village, Zaria Local "
           "Government Area of Kaduna State, killing three, residents said.")
    [event] = coded(pipeline, raw, dt.date(2026, 4, 4))
    assert (event.admin1, event.location) == ("Kaduna", "Zaria")


def test_abducting_someone_after_killing_others_is_one_abducted(pipeline):
    raw = "Gunmen stormed a church in Elmtown on Sunday, killing five worshippers and abducting the pastor."
    [event] = coded(pipeline, raw, dt.date(2026, 4, 6))
    assert (event.sub_event_type, event.fatalities, event.abducted) == ("Attack", 5, 1)


def test_a_kidnapping_that_was_only_the_aim_of_a_murder_is_no_abduction(pipeline):
    raw = ("ELMPORT, 24 AUG 89 (WIRE) -- [TEXT] ARMED MEN CAME TO A TRADER'S SHOP AT DAWN WITH THE AIM OF LOOTING OR "
           "KIDNAPPING HIM. THE TRADER FOUGHT BACK AND WAS SHOT DEAD.")
    events = coded(pipeline, raw, dt.date(1989, 8, 24))
    assert [(e.sub_event_type, e.fatalities, e.abducted) for e in events] == [("Attack", 1, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A handful of villagers were hurt in the crossfire.", [("injured", 2, 3, 5)]),
    ("The patrol found a handful of spent cartridges.", []),
])
def test_a_handful_of_people_is_a_few(text, expected):
    assert [(c.outcome, c.count.low, c.count.best, c.count.high) for c in find_counts(text)] == expected


def test_attackers_told_shot_dead_by_police_with_a_pronoun_add_to_their_victims(pipeline):
    raw = ("ELMTOWN (WIRE) - Three gunmen opened fire at a bus station on Sunday, killing two guards before they were "
           "shot dead by police, officials said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 30))
    assert event.fatalities == 5


def test_a_pronoun_told_killed_with_no_force_named_is_not_the_attackers():
    from eventsift.events.clauses import _THEY_KILLED
    assert _THEY_KILLED.match("before they were killed, police said.") is None


# -- round 55: a part of the wounded who died, a nation's strikes, towns across a border, youths killed, a count of
# separate incidents first, works a verb blows up ---------------------------------------------------------------------


def test_one_of_the_wounded_who_later_died_adds_to_the_dead_told_beside_them(pipeline):
    raw = ("Two men were shot dead and three others wounded when gunmen fired on a bar in Elmtown on Saturday night, "
           "police said. The wounded were taken to hospital. One of them later succumbed to his injuries.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (3, 2)


def test_one_of_the_people_found_shot_who_later_died_is_the_dead_told_before(pipeline):
    raw = ("A shooting in Elmtown killed one man and hurt three others on Saturday night. Officers found four people "
           "shot outside a hall. One of the victims later died at a hospital. The other three are stable.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (1, 3)


def test_a_victim_found_with_stab_wounds_is_hurt(pipeline):
    raw = ("A teenager died after being stabbed in Elmtown on Friday night. A second boy was also found with stab "
           "wounds and taken to hospital.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 7))
    assert (event.fatalities, event.injured) == (1, 1)


@pytest.mark.parametrize(("text", "found"), [
    ("Israeli strikes on the town killed six people.", True),
    ("Russian strikes hit a depot overnight.", True),
    ("French strikes over the pension reform closed schools.", False),
])
def test_a_nations_strikes_are_air_strikes(text, found):
    assert any(t.sub_event_type == "Air/drone strike" for t in find_triggers(text, offset=0)) is found


def test_strikes_a_nation_made_that_killed_people_are_no_riot(pipeline):
    raw = ("ASHBY (WIRE) - A drone strike on a car in the town of Bint Jbeil killed two people on Thursday, the state "
           "news agency said. It came a day after Israeli strikes in the city of Nabatieh killed ten civilians.")
    events = coded(pipeline, raw, dt.date(2026, 2, 12))
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Air/drone strike"]


def test_a_group_that_says_it_fired_rockets_at_a_base_did_it_apart_from_the_strike(pipeline):
    raw = ("BEIRUT (WIRE) - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed two "
           "people on Thursday. Hezbollah said it fired dozens of rockets at an Israeli army base in retaliation.")
    events = coded(pipeline, raw, dt.date(2026, 2, 12))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Air/drone strike", "Military Forces of Israel"), ("Shelling/artillery/missile attack", "Hezbollah")]


def test_towns_either_side_of_a_border_are_two_incidents(pipeline):
    raw = ("BEIRUT (WIRE) - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed two "
           "people on Thursday. Hezbollah said it fired rockets at the northern Israeli town of Safed.")
    events = coded(pipeline, raw, dt.date(2026, 2, 12))
    assert [e.country for e in events] == ["Lebanon", "Israel"]


def test_youths_killed_with_no_gathering_told_are_civilians_attacked(pipeline):
    raw = "Gunmen killed eight youths in the village of Elmfield, Narino department, on Saturday, officials said."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Colombia)")


def test_youths_killed_at_a_protest_are_still_protesters_fired_on(pipeline):
    raw = ("Police opened fire on youths protesting a curfew in Elmtown, Narino department, on Saturday, killing "
           "three of them, residents said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert event.sub_event_type == "Excessive force against protesters"


def test_a_lead_counting_separate_shootings_first_is_no_toll_of_the_first(pipeline):
    raw = ("Two separate shootings overnight left one man dead and two others hurt, Elmtown police said.\n\n"
           "In the first, officers found a 30-year-old man with a gunshot wound in the 200 block of Oak Street around "
           "11 p.m. Sunday. He died at a hospital.\n\n"
           "About two hours later, two men were shot outside a store on Ash Avenue. Both are expected to survive.")
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert [(e.fatalities, e.injured) for e in events] == [(1, None), (0, 2)]


def test_a_bridge_a_verb_blows_up_beside_a_killing_is_a_bombing_of_its_own(pipeline):
    raw = ("ASHBY, 5 JUN 89 (WIRE) -- [TEXT] REBELS KILLED SIX FARMERS IN THE VILLAGE OF ELMFIELD ON 3 JUNE, POLICE "
           "SAID. THE REBELS ALSO DYNAMITED A BRIDGE BEFORE FLEEING.")
    events = coded(pipeline, raw, dt.date(1989, 6, 5))
    assert [(e.event_type, e.fatalities) for e in events] == [
        ("Violence against civilians", 6), ("Explosions/Remote violence", 0)]


def test_youths_shot_dead_during_a_protest_are_protesters_killed(pipeline):
    raw = "Police shot dead three youths during a protest against a curfew in Elmtown, Narino department, on Saturday."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 3)


def test_the_deaths_of_the_attackers_told_apart_add_to_the_forces_dead(pipeline):
    raw = ("Monitors documented the deaths of 5 members of government forces in an attack by militants on their "
           "posts near Elmtown, Syria, on Sunday. The monitors documented the deaths of 2 of the attackers too.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert event.fatalities == 7


def test_two_friends_dead_when_one_shot_the_other_and_herself_are_two(pipeline):
    # (a guard: the people after "the deaths of" now tell their kind, and friends may hold the shooter)
    raw = ("Two students dead at Elmtown school\n\nPolice said the deaths of two teenage friends at an Elmtown school "
           "on Friday were a murder-suicide. A student fired at her classmate and then turned the gun on herself, "
           "detectives believe.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert event.fatalities == 2


def test_gang_members_who_kill_residents_are_an_armed_group_not_a_mob(pipeline):
    raw = ("Gang members killed at least 12 people and set fire to dozens of homes in an attack on a neighborhood of "
           "Port-au-Prince over the weekend, a rights group said Monday.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.sub_event_type, event.actor1) == ("Attack", "Unidentified Armed Group (Haiti)")


def test_a_claim_for_both_attacks_credits_each(pipeline):
    raw = ("Militants killed four policemen in two separate attacks in Khyber Pakhtunkhwa on Sunday, officials said.\n\n"
           "In the first attack, gunmen opened fire on a police patrol in Lakki Marwat district, killing two "
           "constables. Hours later, two more policemen were shot dead at a checkpoint in Tank district.\n\n"
           "The Pakistani Taliban claimed responsibility for both attacks.")
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert [e.actor1 for e in events] == ["TTP: Tehreek-i-Taliban Pakistan"] * 2


def test_a_claim_for_the_attack_credits_only_the_last_incident(pipeline):
    raw = ("Gunmen shot dead two constables in Lakki Marwat district on Sunday. In another incident, a policeman was "
           "killed at a checkpoint in Tank district. The Pakistani Taliban claimed responsibility for the attack.")
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert [e.actor1 for e in events][-1] == "TTP: Tehreek-i-Taliban Pakistan"
    assert events[0].actor1 != "TTP: Tehreek-i-Taliban Pakistan"


@pytest.mark.parametrize(("text", "reporting"), [
    ("The trial of three men accused of killing a reporter in Elmtown in 2017 opened on Monday in Ashby.", True),
    ("A funeral was held on Sunday for the six members of a family killed last week.", True),
    ("Three men were shot on Monday outside the court where a trial was held.", False),
])
def test_the_day_a_trial_opened_or_a_funeral_was_held_dates_no_incident(text, reporting):
    [day] = [d for d in find_dates(text, published=dt.date(2026, 3, 10)) if d.precision == "day"]
    assert day.reporting is reporting


def test_a_trial_report_codes_the_old_killing_on_its_own_month(pipeline):
    raw = ("The trial of three men accused of killing a reporter in the city of Mosul in 2017 opened on Monday in "
           "Baghdad. The reporter was shot dead outside his home in October 2017.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 10))
    assert (event.event_date, event.date_precision, event.historical) == (dt.date(2017, 10, 1), "month", True)


@pytest.mark.parametrize(("text", "statistic"), [
    ("Thanks to that aid, 60,000 citizens have been killed and many more have fled.", True),
    ("Thousands of people have died in the fighting.", True),
    ("At least 1,200 people have been killed in the earthquake on Monday.", False),
    ("Seven people have been killed.", False),
])
def test_a_toll_in_thousands_told_in_the_perfect_is_a_statistic(text, statistic):
    assert bool(STATISTIC.search(text)) is statistic


def test_a_war_toll_in_a_commentary_codes_no_incident(pipeline):
    raw = ("ELMPORT, 10 SEP 89 (RADIO) -- [COMMENTARY] [TEXT] THE FOREIGN AID KEEPS THE WAR GOING. THANKS TO THIS "
           "AID, 60,000 CITIZENS HAVE BEEN KILLED AND MANY MORE HAVE FLED THE COUNTRY.")
    assert coded(pipeline, raw, dt.date(1989, 9, 10)) == []


def test_people_arrested_for_a_killing_told_after_them_are_an_arrest_beside_the_killing(pipeline):
    raw = "Police arrested two men who killed a trader in Kano last week, a spokesman said."
    events = coded(pipeline, raw, dt.date(2026, 3, 13))
    assert [(e.sub_event_type, e.actor1, e.event_date) for e in events] == [
        ("Arrests", "Police Forces of Nigeria", dt.date(2026, 3, 13)),
        ("Attack", "Unidentified Armed Group (Nigeria)", dt.date(2026, 3, 1))]


def test_an_arrest_of_people_who_attacked_a_place_is_no_attack_by_the_police(pipeline):
    raw = "Police in Kano State have arrested 12 suspected thugs who attacked a polling unit in Tarauni."
    events = coded(pipeline, raw, dt.date(2026, 3, 13))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Arrests", "Police Forces of Nigeria")]


def test_an_arrest_with_no_day_of_its_own_is_not_dated_by_the_deed(pipeline):
    raw = ("Police have arrested a 17-year-old in connection with last week's fatal shooting of a store clerk in "
           "Savannah, Georgia. He was charged with murder in the Jan. 12 death of the clerk, who was shot during a "
           "robbery.")
    events = coded(pipeline, raw, dt.date(2026, 1, 20))
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Arrests", dt.date(2026, 1, 20)), ("Attack", dt.date(2026, 1, 12))]


def test_a_town_in_capitals_followed_by_in_is_no_town_of_indiana(pipeline):
    raw = ("ELMPORT, 12 AUG 89 (WIRE) -- [TEXT] GUERRILLAS ATTACKED A MILITARY POST IN SANTA ANA, IN WESTERN EL "
           "SALVADOR, LAST NIGHT, KILLING THREE SOLDIERS, THE ARMED FORCES REPORTED.")
    [event] = coded(pipeline, raw, dt.date(1989, 8, 12))
    assert (event.country, event.location) == ("El Salvador", "Santa Ana")


def test_a_state_code_after_a_town_in_capitals_still_names_the_state():
    from eventsift.geo.gazetteer import _written_state
    from eventsift.records import Toponym
    text = "ELMTOWN, IN (WIRE) - A man was shot."
    assert _written_state(text, Toponym(text="Elmtown", start=0, end=7, sentence_index=0)).group("abbr") == "IN"


@pytest.mark.parametrize(("raw", "expected"), [
    ("A bomb at a mosque in the country's second city killed ten worshippers on Friday, officials in Afghanistan "
     "said.", ("Afghanistan", "Kandahar")),
    ("A bomb at a mosque in Pakistan's second city killed ten worshippers on Friday, officials said.",
     ("Pakistan", "Lahore")),
    ("A bomb at a mosque in the country's capital killed ten worshippers on Friday, officials in Afghanistan said.",
     ("Afghanistan", "Kabul")),
])
def test_the_countrys_second_city_and_capital_are_placed(pipeline, raw, expected):
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.country, event.location) == expected


def test_the_second_city_to_be_hit_is_no_place():
    from eventsift.events.place import capital_regex
    assert capital_regex().search("Elmtown was the second city to be hit by strikes this week.") is None


@pytest.mark.parametrize(("text", "name", "qualifier"), [
    ("The army, backed by Russia, launched an offensive on the region.", "Russia", "actor"),
    ("Militias allied with Elmland shelled the town.", "Elmland", "actor"),
    ("Three were killed in Russia on Sunday.", "Russia", None),
])
def test_a_country_told_backing_a_side_is_an_actor_not_the_scene(text, name, qualifier):
    from eventsift.events.place import _qualifier
    start = text.index(name)
    assert _qualifier(text, start, start + len(name)) == qualifier


def test_a_day_written_without_its_year_in_an_undated_report_is_sure_only_of_the_year(pipeline):
    raw = ("ELMTOWN, Ind. - A 19-year-old was shot and killed Feb. 9 at a house party on the city's north side, police "
           "said Tuesday. Two others were hurt.")
    [event] = coded(pipeline, raw, None)
    assert (event.event_date.month, event.event_date.day, event.date_precision) == (2, 9, "year")


def test_a_day_written_without_its_year_in_a_dated_report_keeps_its_day(pipeline):
    raw = "A 19-year-old was shot and killed Feb. 9 at a house party in Elmtown, Indiana, police said."
    [event] = coded(pipeline, raw, dt.date(2026, 2, 11))
    assert (event.event_date, event.date_precision) == (dt.date(2026, 2, 9), "day")


def test_a_summed_toll_whose_parts_tell_their_places_in_another_clause_is_no_parts_toll(pipeline):
    raw = ("BEIRUT (WIRE) - Government air strikes killed at least 12 civilians in northwest Syria on Sunday, rescuers "
           "said.\n\nEight people were killed when jets struck a market in the town of Maarat al-Numan in Idlib "
           "province. Four others died in strikes on the town of Khan Shaykhun in Idlib.")
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert [e.fatalities for e in events] == [8, 4]


def test_the_other_sides_shelling_beside_air_strikes_told_with_no_doer_is_its_own_incident(pipeline):
    raw = ("Four people died in strikes on the village of Kafr Zita in Hama province on Sunday. Rebels shelled the town "
           "of Mhardeh, killing two people, state media said.")
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Air/drone strike", 4), ("Shelling/artillery/missile attack", 2)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two suspected criminals wanted in several murder cases were killed in an encounter with police.",
     [("killed", 2)]),
    ("Two men with several prior arrests were killed.", [("killed", 2)]),
    ("Seven years after the war began, 12 people were killed.", [("killed", 12)]),
])
def test_a_number_of_cases_or_years_in_a_description_of_the_dead_is_no_count(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_an_officer_injured_in_an_encounter_where_suspects_died_is_wounded_not_dead(pipeline):
    raw = ("Two suspected criminals wanted in several murder cases were killed in an encounter with the Uttar Pradesh "
           "Police Special Task Force in Meerut district on Friday night, officials said. A sub-inspector was "
           "injured in the exchange of fire.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured, event.actor1) == (2, 1, "Police Forces of India")


def test_a_gunman_who_turned_the_gun_on_himself_told_dead_again_is_one_more_dead(pipeline):
    raw = ("Police said a man shot his estranged wife and her mother at their Elmtown home Sunday evening before "
           "turning the gun on himself. The wife, 34, died at the scene; her mother, 61, was flown to a trauma "
           "center. The gunman was also pronounced dead.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (2, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ('More than 100 assailants were "neutralized" during the response, it added.', [("killed", 101)]),
    ('The army said 12 "terrorists" were arrested.', [("arrested", 12)]),
])
def test_a_word_of_harm_in_scare_quotes_still_counts(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen abducted three traders and killed them hours later.", [("abducted", 3), ("killed", 3)]),
    ("Soldiers surrounded the attackers and killed them.", []),
])
def test_people_carried_off_and_killed_after_are_the_dead(text, expected):
    told = find_counts(text)
    from eventsift.events.tolls import group_size
    assert [(c.outcome, group_size(c, told).count.best) for c in told] == expected


def test_two_of_his_friends_who_tried_to_save_him_and_were_hurt_are_two_hurt(pipeline):
    raw = ("A 28-year-old youth was hacked to death by unidentified miscreants in Elmtown, Odisha, on Sunday night, "
           "police said. Two of his friends who tried to save him sustained grievous injuries and were admitted to "
           "hospital.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.injured) == (1, 2)


def test_a_village_told_in_a_district_its_namesake_town_is_not_in_is_in_the_district(pipeline):
    raw = "A clash over a land dispute left one person dead at Rampur village in Sitapur district on Sunday, police said."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.admin1, event.location, event.geo_precision) == ("Uttar Pradesh", "Sitapur", 2)


def test_a_town_told_in_its_own_district_stays_the_town(pipeline):
    raw = "A clash over a land dispute left one person dead in Sitapur town of Sitapur district on Sunday, police said."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.location, event.geo_precision) == ("Sitapur", 1)


def test_an_agency_dateline_in_capitals_with_no_dash_is_no_scene(pipeline):
    raw = ("SRINAGAR, Aug 14 (PTI) Militants shot dead a constable and wounded his colleague outside a bank in Shopian "
           "district of south Kashmir on Tuesday, officials said.\n\nThe two men had been posted at the branch for a "
           "week, they said.")
    [event] = coded(pipeline, raw, dt.date(2026, 8, 14))
    assert (event.location, event.fatalities, event.injured) == ("Shopian", 1, 1)


@pytest.mark.parametrize(("text", "found"), [
    ("Taliban militants stormed a security checkpoint late Sunday.", True),
    ("The minister stormed out of the meeting.", False),
])
def test_militants_who_stormed_a_post_attacked_it(text, found):
    assert any(t.text.startswith("storm") for t in find_triggers(text, offset=0)) is found


def test_burkinabe_defence_volunteers_ambushed_are_a_side_of_a_battle(pipeline):
    raw = ("Gunmen killed 19 members of a pro-government militia, the Volunteers for the Defence of the Homeland (VDP), "
           "in an ambush in northern Burkina Faso's Loroum province on Sunday, security sources said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "VDP: Volunteers for the Defense of the Homeland")


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed a traditional ruler and his two aides.", 3),
    ("Gunmen killed a guard and his two aides.", 3),
])
def test_one_person_and_his_people_told_after_an_active_verb_add_up(pipeline, text, expected):
    [event] = coded(pipeline, f"{text[:-1]} in Elmtown, Ekiti State, on Sunday night, police said.", dt.date(2026, 3, 9))
    assert event.fatalities == expected


def test_the_day_mourners_attended_a_funeral_dates_no_incident(pipeline):
    raw = ("Hundreds of people attended the funeral on Sunday of a reporter who was shot dead outside his home in "
           "Culiacan last week.")
    events = coded(pipeline, raw, dt.date(2026, 3, 10))
    assert [(e.event_date, e.date_precision) for e in events] == [(dt.date(2026, 3, 1), "week")]


def test_suspects_arrested_over_a_murder_last_week_are_an_arrest_beside_the_murder(pipeline):
    raw = ("Police in Lagos have arrested three suspected cultists over the murder of a 25-year-old man in the Ikorodu "
           "area of the state last Friday, the command's spokesman said on Sunday.")
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Arrests", "Police Forces of Nigeria"), ("Attack", "Unidentified Armed Group (Nigeria)")]


def test_a_suspected_thief_beaten_to_death_by_a_mob_is_one_dead(pipeline):
    raw = "Police detained five men on Sunday after a mob beat a suspected thief to death in the Nakuru market."
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Arrests", 0), ("Mob violence", 1)]


# -- round 56: livestock counted by the head, a state's possessive, a deed dated before its arrest, what rioters burn,
# Myanmar's armed groups, the state of a region, a clash of police with unarmed people, kin told again, a group's
# record, a region named like its seat, two cities of a size, a toll of the year, "another 29", other bombings, works
# blown up beside an attack

def test_cattle_counted_by_the_head_are_no_dead():
    text = "The herders said they had lost two young men and over 300 head of cattle in the raid."
    assert [(m.outcome, m.count.best) for m in find_counts(text, offset=0)] == [("killed", 2)]


def test_a_state_named_with_its_possessive_before_an_unknown_area_places_the_incident_in_the_state(pipeline):
    raw = "Gunmen killed two farmers in Jonglei State's Dorwal area on Monday, officials said."
    [event] = coded(pipeline, raw, dt.date(2026, 3, 10))
    assert (event.country, event.admin1) == ("South Sudan", "Jonglei")


def test_a_shooting_told_with_the_arrest_for_it_keeps_its_own_earlier_day(pipeline):
    raw = ("ELMWOOD, Ill. - A 19-year-old has been charged with murder in the shooting that killed a 23-year-old man, "
           "police said Friday.\n\n"
           "Officers said the suspect was arrested Wednesday at a relative's house.\n\n"
           "The victim was shot twice outside a gas station on Elm Street shortly after 1 a.m. on Jan. 4 and died at "
           "a hospital.")
    events = coded(pipeline, raw, dt.date(2026, 2, 13))
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2026, 1, 4), 1)]


def test_vehicles_burnt_after_rioters_fought_police_are_the_riot(pipeline):
    raw = ("At least 20 people were hurt as supporters of the opposition clashed with police in the capital on "
           "Wednesday, witnesses said.\n\nPolice fired tear gas to break up the crowd. Two buses were set on fire.")
    events = coded(pipeline, raw, dt.date(2026, 3, 12))
    assert [e.event_type for e in events] == ["Riots"]


def test_a_peoples_defence_force_that_shot_a_juntas_appointee_attacked_a_civilian(pipeline):
    raw = ("Fighters of a local People's Defence Force shot dead a ward administrator appointed by the military council "
           "in Sagaing Region on Tuesday, residents said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 12))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "PDF: People's Defense Force", "Civilians (Myanmar)")


@pytest.mark.parametrize(("text", "found"), [
    ("The port is among the most violent places in the country, with rival gangs fighting over the drug trade.", True),
    ("Two cartels are fighting over smuggling routes in the state.", True),
    ("Gang members fighting over a debt shot dead two men on Sunday.", False),
])
def test_groups_fighting_over_trade_or_routes_tell_a_state_of_affairs(text, found):
    assert bool(STATISTIC.search(text)) is found


def test_police_and_taxi_drivers_who_clashed_rioted_even_where_shots_killed(pipeline):
    raw = ("Two people were shot dead on Monday after police and minibus taxi operators clashed in the Elmview "
           "township of Durban, officials said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 10))
    assert (event.event_type, event.actor1, event.actor2, event.fatalities) == (
        "Riots", "Rioters (South Africa)", "Police Forces of South Africa", 2)


@pytest.mark.parametrize(("text", "injured"), [
    # someone's kin told dead, then "the woman": the same woman
    ("A man was charged with murder after his wife was found dead in their apartment on Sunday. The woman had been "
     "shot several times, police said.", None),
    # a woman told hurt first, her kin dead: "the woman" is the one hurt
    ("A woman was shot in the arm on Sunday and her daughter was killed, police said. The woman was taken to a "
     "hospital.", 1),
])
def test_a_plain_noun_after_kin_told_dead_is_the_same_person(pipeline, text, injured):
    [event] = coded(pipeline, f"ELMTON, Ohio - {text}", dt.date(2026, 3, 10))
    assert (event.fatalities, event.injured) == (1, injured)


def test_a_groups_spate_of_attacks_since_a_year_credits_no_one_with_the_news(pipeline):
    raw = ("Suspected jihadists killed nine villagers in an attack in Niger's Tahoua region on Monday, the government "
           "said.\n\nThe area lies near the border with Mali, where fighters linked to the Islamic State group have "
           "carried out a series of attacks since 2019.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 11))
    assert event.actor1 == "Unidentified Armed Group (Niger)"


def test_a_regions_name_told_again_bare_is_the_region_not_its_seat(pipeline):
    raw = ("Gunmen killed nine villagers in an attack in Niger's Tahoua region on Monday, the government said.\n\n"
           "Tahoua lies on the border with Nigeria.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 11))
    assert (event.admin1, event.geo_precision) == ("Tahoua", 3)


def test_a_city_as_big_as_the_dateline_is_the_scene_not_its_suburb(pipeline):
    raw = ("ZACATECAS, Mexico - Gunmen killed four men at a pool hall in the state of Zacatecas late on Friday, "
           "prosecutors said.\n\nThe attackers opened fire on players at the pool hall in the city of Fresnillo.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert event.location == "Fresnillo"


@pytest.mark.parametrize(("text", "found"), [
    ("The militia has killed more than 500 villagers in the district this year, the UN says.", True),
    ("The militia killed 50 villagers in the district on Monday.", False),
    # the toll of a conflict since it began
    ("The region has been tense since communal fighting erupted in April, leaving more than 90 people dead.", True),
    ("Fighting erupted on Sunday, leaving nine people dead.", False),
])
def test_what_a_group_has_killed_this_year_or_a_conflict_since_it_began_is_a_tally(text, found):
    assert bool(STATISTIC.search(text)) is found


@pytest.mark.parametrize(("text", "expected"), [
    ("A second bomb in the old city killed another 17 people.", [("killed", 17)]),
    ("The blast killed a further 11 people.", [("killed", 11)]),
    ("Three other bombings in the north killed 22 people.", [("killed", 22)]),
])
def test_another_and_a_further_number_and_other_bombings_are_read(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text, offset=0)] == expected


def test_two_other_bombings_after_a_market_blast_are_an_incident_of_their_own(pipeline):
    raw = ("A car bomb went off in a busy market in eastern Baghdad on Thursday, killing 31 people, police said.\n\n"
           "Two other bombings in the south of the city killed another 12 people.")
    events = coded(pipeline, raw, dt.date(2026, 3, 13))
    assert [e.fatalities for e in events] == [31, 12]


def test_a_bank_dynamited_after_an_attack_on_a_post_is_a_bombing_of_its_own(pipeline):
    raw = ("MEDELLIN, 4 MAR 90 (RADIO) -- [TEXT] THREE SOLDIERS WERE KILLED TODAY WHEN GUERRILLAS ATTACKED AN ARMY "
           "POST IN THE TOWN OF REMEDIOS, ANTIOQUIA DEPARTMENT. THE GUERRILLAS ALSO DYNAMITED THE MAIN BRANCH OF THE "
           "POPULAR BANK.")
    events = coded(pipeline, raw, dt.date(1990, 3, 5))
    assert [e.event_type for e in events] == ["Battles", "Explosions/Remote violence"]


def test_a_civilian_also_killed_in_clashes_of_protesters_near_a_gunfight_is_a_riot_of_its_own(pipeline):
    raw = ("Three militants were killed in a gunfight with troops in Elmpora village of Pulwama district on Tuesday, "
           "police said. A youth was also killed during clashes between protesters and troops near the site, officials "
           "said. Dozens of people were hurt in the clashes.")
    events = coded(pipeline, raw, dt.date(2026, 3, 11))
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 3), ("Riots", 1)]


def test_the_day_a_long_told_toll_rose_is_not_the_bombings_day(pipeline):
    raw = ("The death toll from last week's suicide bombing at a crowded mosque inside a police compound in the "
           "northwestern city of Peshawar rose to 87 on Monday, officials said. More than 150 people were wounded in "
           "the March 2 attack, which was claimed by a faction of the Pakistani Taliban.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.event_date, event.fatalities, event.injured, event.actor1) == (
        dt.date(2026, 3, 2), 87, 151, "TTP: Tehreek-i-Taliban Pakistan")


def test_defendants_who_denied_the_charges_leave_the_attack_as_sure_as_told(pipeline):
    raw = ("A court on Monday jailed four men for an attack on a market in Elmdorf, Ouaddai, in June 2024 that killed "
           "nine traders. The men, arrested in 2025, denied the charges.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 10))
    assert event.certainty == "confirmed"


def test_a_headline_over_two_bombings_gives_no_toll_to_the_first(pipeline):
    raw = ("Church bombings kill 30 in Egypt\n\n"
           "CAIRO - Two bombings at churches in the Egyptian cities of Tanta and Alexandria killed 30 people on Sunday, "
           "officials said. The first blast, at a church in Tanta, killed 19 people. Hours later a second bomber blew "
           "himself up outside a cathedral in Alexandria, killing 11.")
    events = coded(pipeline, raw, dt.date(2026, 4, 13))
    assert [(e.location, e.fatalities) for e in events] == [("Tanta", 19), ("Alexandria", 11)]


def test_a_countrys_national_army_told_with_its_nationality_is_its_military():
    army = find_actors("Gunmen attacked a Somali National Army base near the town.")[-1]
    assert (army.text, army.name_template, army.nationality) == (
        "National Army", "Military Forces of {nationality}", "Somalia")


def test_a_car_bomb_that_opened_heavy_fighting_for_a_base_is_the_battle(pipeline):
    raw = ("Al-Shabaab fighters on Sunday attacked an army base in the Middle Shabelle region after heavy fighting, "
           "killing six soldiers, residents said. The militants detonated a car bomb at the gate before storming the "
           "base.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert event.event_type == "Battles"


def test_a_national_guard_barracks_attacked_by_guerrillas_is_a_battle(pipeline):
    raw = ("SAN SALVADOR, 3 MAR 90 (RADIO) -- [TEXT] THE GUERRILLAS ATTACKED THE NATIONAL GUARD BARRACKS IN SAN MIGUEL "
           "LAST NIGHT, MILITARY SOURCES SAID.")
    [event] = coded(pipeline, raw, dt.date(1990, 3, 4))
    assert (event.event_type, event.actor2) == ("Battles", "Military Forces of El Salvador")


def test_a_town_a_nationality_places_abroad_from_the_gazetteers_namesake_stays_in_that_country(pipeline):
    raw = ("MAPUTO (Reuters) - Insurgents have seized the northern Mozambican town of Palma after a three-day assault, "
           "security sources said on Monday.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 30))
    assert (event.country, event.location, event.geo_precision) == ("Mozambique", "Palma", 3)


def test_a_town_the_gazetteer_lacks_told_with_its_countrys_name_is_placed_in_that_country(pipeline):
    raw = ("OUAGADOUGOU (Reuters) - Gunmen killed 11 people during a service at a church in the eastern Burkina Faso "
           "town of Elmkoura on Sunday, the government said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.country, event.location, event.geo_precision) == ("Burkina Faso", "Elmkoura", 3)


def test_each_town_of_a_list_is_a_place_whichever_province_it_lies_in(pipeline):
    raw = ("COLOMBO - Bombs hit churches in Colombo, Negombo and Batticaloa on Sunday, killing dozens of worshippers, "
           "police said.")
    events = coded(pipeline, raw, dt.date(2026, 4, 6))
    assert [(e.admin1, e.location) for e in events] == [
        ("Western", "Colombo"), ("Western", "Negombo"), ("Eastern", "Batticaloa")]


def test_the_dead_of_the_fighting_after_an_offensive_launched_the_day_before_are_the_clashs(pipeline):
    raw = ("BEIRUT (Reuters) - Kurdish-led forces clashed with Islamic State militants north of Raqqa on Monday, a day "
           "after launching an offensive to take the city, a monitor said. At least nine militants and three Kurdish "
           "fighters were killed in the fighting, the monitor said.")
    events = coded(pipeline, raw, dt.date(2026, 3, 10))
    assert (events[0].event_date, events[0].fatalities) == (dt.date(2026, 3, 9), 12)


def test_a_headline_naming_the_province_the_text_tells_by_its_kind_leaves_the_province(pipeline):
    raw = ("Air strikes kill 30 civilians in Latakia\n\n"
           "BEIRUT - Air strikes killed 30 civilians in the northern part of Latakia province on Tuesday, a monitor "
           "said.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 11))
    assert (event.admin1, event.geo_precision) == ("Lattakia", 3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Crowds marched through the city as anger over the death of Ana Ruiz grew.", []),
    ("Protests against the death of a teenager spread to three towns.", []),
    ("Police are investigating the death of Ana Ruiz.", [("killed", 1)]),
])
def test_the_death_people_are_angry_over_is_no_toll_of_theirs(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text, offset=0)] == expected


def test_a_sides_claim_without_that_is_its_own_word_not_the_toll(pipeline):
    raw = ("KABUL - Six policemen were killed in a Taliban attack on a checkpoint in Ghazni province on Sunday night, an "
           "official said. A Taliban spokesman claimed 20 policemen were killed.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.fatalities, event.fatalities_high) == (6, 20)


def test_a_policeman_fired_upon_in_a_district_of_south_kashmir_is_the_victim_there(pipeline):
    raw = ("SRINAGAR: A policeman was shot dead by militants outside his home in Shopian district of south Kashmir on "
           "Sunday evening, police said. The policeman, identified as Constable Elm Dar, was fired upon from close "
           "range.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.actor1, event.actor2, event.location) == (
        "Unidentified Armed Group (India)", "Police Forces of India", "Shopian")


def test_attackers_shot_dead_by_police_after_the_killing_are_more_dead_and_not_the_police_deed(pipeline):
    raw = ("LONDON - Three attackers drove a van into pedestrians on a bridge and then stabbed people in a nearby "
           "market on Saturday night, killing six people and wounding 40, before being shot dead by police.")
    [event] = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Attack", "Unidentified Armed Group (United Kingdom)", 9)


def test_a_roof_that_collapsed_in_a_round_up_of_violence_is_no_incident(pipeline):
    raw = ("KARACHI: Three people were killed in separate incidents in the city on Sunday. In Lyari, two men were "
           "killed when armed men opened fire on them near a tea stall. Separately, a woman was killed when the roof "
           "of her house collapsed in Korangi.")
    events = coded(pipeline, raw, dt.date(2026, 3, 9))
    assert [e.fatalities for e in events] == [2]


def test_jawans_of_indias_central_police_forces_are_police():
    mentions = find_actors("A CoBRA jawan was killed and two CRPF jawans were injured in a blast set off by Maoists.")
    assert [(m.text, m.name_template) for m in mentions if m.side == "state"] == [
        ("CoBRA jawan", "Police Forces of India"), ("CRPF jawans", "Police Forces of India")]


def test_a_mayor_of_a_town_told_with_its_department_and_two_of_his_guards_are_three_dead(pipeline):
    raw = ("LIMA, 4 MAR 90 (RADIO) -- [TEXT] GUERRILLAS TODAY KILLED THE MAYOR OF THE ANDEAN TOWN OF HUANTA, AYACUCHO "
           "DEPARTMENT, AND TWO OF HIS BODYGUARDS IN AN AMBUSH NEAR THE TOWN, POLICE SAID. A THIRD BODYGUARD WAS "
           "WOUNDED.")
    [event] = coded(pipeline, raw, dt.date(1990, 3, 5))
    assert (event.fatalities, event.injured) == (3, 1)


def test_the_police_who_blamed_a_group_for_a_bombing_are_no_side_of_it(pipeline):
    raw = ("SAN SALVADOR, 3 MAR 90 (RADIO) -- [TEXT] A CAR BOMB EXPLODED LAST NIGHT OUTSIDE THE HOME OF A JUDGE IN "
           "SAN SALVADOR. NO ONE WAS HURT. THE NATIONAL POLICE BLAMED THE FMLN FOR THE ATTACK.")
    [event] = coded(pipeline, raw, dt.date(1990, 3, 4))
    assert (event.actor1, event.actor2) == ("FMLN", None)


def test_the_faction_an_apposition_names_is_the_doer_not_its_parent_group():
    mentions = find_actors("A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed responsibility for the blast.")
    assert [(m.name_template, m.role) for m in mentions] == [("Jamaat-ul-Ahrar", "agent")]


# -- round 57: the same two groups, a province spelt as its seat, a place told by the town it is near, some of the dead
# by who they were, a camp in an occupied area, a prison retaken, a reply to an attack, a fight's own shelling, a group
# described before its name, a vehicle packed with explosives, campaigns and waves of years back, a side's
# spokesman, a rally as the scene, a war's first day, a possessive doer, a storming's weapons -----------------------

def test_clashes_of_the_same_two_armed_groups_are_a_battle_not_a_riot(pipeline):
    raw = ("Fighting between rival armed factions has flared in the port city for months. In March, clashes between "
           "the same two groups killed 31 people.")
    events = coded(pipeline, raw, dt.date(2024, 6, 1))
    assert [e.event_type for e in events if e.fatalities == 31] == ["Battles"]


def test_a_province_spelt_as_only_its_seat_is_known_is_the_province(pipeline):
    raw = "A drone strike killed three fighters in Iraq's Sulaimaniya province on Tuesday, security officials said."
    [event] = coded(pipeline, raw, dt.date(2024, 12, 5))
    assert (event.location, event.geo_precision) == ("Sulaymaniyah", 3)


def test_a_place_told_by_the_town_it_lies_north_of_is_the_town_the_report_names_next(pipeline):
    raw = ("Gang members stormed a fishing community north of Haiti's capital on Sunday, killing at least nine people, "
           "a rights group said. The attack in Arcahaie was carried out by the Gran Grif gang, the group said.")
    [event] = coded(pipeline, raw, dt.date(2025, 3, 4))
    assert (event.location, event.fatalities, event.actor1) == ("Arcahaie", 9, "Gran Grif")


def test_some_of_the_dead_told_by_who_they_were_are_no_lower_figure():
    from eventsift.events.tolls import killed_toll
    found = find_counts("Raiders killed at least 14 villagers on Friday. Among the dead were a teacher and her son.")
    toll = killed_toll([m for m in found if m.outcome == "killed"])
    assert (toll.low, toll.best) == (14, 14)


def test_a_camp_in_an_occupied_area_is_placed_by_its_town_not_the_dateline(pipeline):
    raw = ("RAMALLAH, West Bank (Reuters) - Troops killed three Palestinians during a raid on the Jenin refugee camp "
           "in the occupied West Bank on Thursday, the health ministry said.")
    [event] = coded(pipeline, raw, dt.date(2025, 6, 6))
    assert event.location == "Jenin"


@pytest.mark.parametrize("text", [
    "Attacks on farmers in the valley have surged since the truce collapsed, with dozens of people killed in raids.",
    "The violence has killed thousands and driven half a million people from their homes.",
    "The army launched an offensive against the rebels last year with the help of local militias.",
    "The country was rocked by a wave of bombings in 2016 and 2017 by two armed groups.",
    "The rebels have been fighting a rival faction for control of the mining district since March, displacing 9,000.",
])
def test_a_conflicts_course_over_months_or_years_is_no_incident(text):
    assert STATISTIC.search(text)


def test_regaining_control_of_a_prison_is_no_territory_won_but_of_areas_it_is():
    assert "Government regains territory" not in {
        t.sub_event_type for t in find_triggers("Police and soldiers regained control of the prison early Tuesday.")}
    assert "Government regains territory" in {
        t.sub_event_type for t in find_triggers("Troops regained control over two districts on Sunday.")}


def test_the_reply_to_an_attack_told_with_heavy_weapons_is_the_same_fight(pipeline):
    raw = ("PESHAWAR: Four policemen were martyred when gunmen stormed a police checkpoint in Bannu district late on "
           "Sunday, police said. The gunmen fired on the checkpoint with heavy weapons from three sides. The police "
           "fired back and the gunfight went on for two hours.")
    [event] = coded(pipeline, raw, dt.date(2024, 9, 2))
    assert (event.event_type, event.sub_event_type, event.fatalities) == ("Battles", "Armed clash", 4)


def test_a_fights_own_shelling_told_again_is_no_strike_of_its_own(pipeline):
    raw = ("Fighting between the army and militiamen broke out near Gondar on Sunday, residents said, with at least six "
           "civilians killed by shelling. \"Heavy weapons were used,\" one resident said.")
    [event] = coded(pipeline, raw, dt.date(2024, 3, 5))
    assert (event.event_type, event.fatalities) == ("Battles", 6)


def test_a_group_described_by_its_kind_before_its_name_is_the_one_credited(pipeline):
    raw = ("MOGADISHU (Reuters) - A roadside bomb killed four soldiers near Afgoye on Monday, in an attack claimed by "
           "Islamist militant group al Shabaab.")
    [event] = coded(pipeline, raw, dt.date(2023, 2, 7))
    assert event.actor1 == "Al Shabaab"


def test_a_vehicle_packed_with_explosives_is_a_bombing():
    assert "Remote explosive/landmine/IED" in {
        t.sub_event_type for t in find_triggers("The attacker rammed a truck packed with explosives into the gate.")}


def test_the_side_whose_spokesman_speaks_is_no_side_of_the_bombing(pipeline):
    raw = ("KABUL (Reuters) - A bomb blast at a mosque in the city of Kunduz killed five worshippers on Friday. "
           "Zabihullah Mujahid, the Taliban government's chief spokesman, said 11 others were wounded.")
    [event] = coded(pipeline, raw, dt.date(2023, 12, 2))
    assert event.actor1 != "Taliban"


def test_a_rally_where_someone_was_attacked_is_the_scene_not_a_gathering_of_its_own(pipeline):
    raw = ("A mayoral candidate was shot dead on Sunday in the state of Guerrero, prosecutors said. Ana Torres, running "
           "for mayor of Chilapa, was attacked by a gunman as she greeted supporters at a rally.")
    events = coded(pipeline, raw, dt.date(2024, 5, 21))
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 1)]


def test_the_fighting_a_war_began_with_is_dated_by_the_war_start(pipeline):
    raw = ("Shelling killed 12 people in the besieged city of El Fasher on Monday, activists said. Sudan plunged into war "
           "in April 2023, when fighting between the army and a paramilitary force erupted in the capital, Khartoum.")
    events = coded(pipeline, raw, dt.date(2025, 2, 12))
    assert [(e.fatalities, e.historical) for e in events if e.location == "Khartoum"] in ([], [(0, True)])


def test_a_doer_told_by_its_countrys_possessive_after_by_is_the_doer():
    mentions = find_actors("Five people were killed by Myanmar's military in the raid.")
    assert [(m.name_template, m.role) for m in mentions if m.side == "state"] == [
        ("Military Forces of {country}", "agent")]


def test_the_weapons_a_post_was_stormed_with_do_not_make_it_shelling(pipeline):
    raw = ("QUETTA: Gunmen attacked a coal mine in Harnai district on Friday, killing 11 miners, officials said. The "
           "attackers stormed the mine with rockets and grenades and opened fire on sleeping workers.")
    [event] = coded(pipeline, raw, dt.date(2024, 10, 6))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_the_month_of_march_is_no_protest_march():
    from eventsift.events.assemble_what import GATHERING, PROTEST_WORDS
    told = "In March, clashes between two armed factions killed 14 people in the town."
    assert not PROTEST_WORDS.search(told) and not GATHERING.search(told)
    assert PROTEST_WORDS.search("Thousands marched to the square.") and GATHERING.search("The march was peaceful.")


def test_the_soldiers_a_convoy_was_escorted_by_are_no_doers_and_their_reply_is_the_same_fight(pipeline):
    raw = ("BAMAKO (Reuters) - Suspected jihadists attacked a convoy of trucks escorted by soldiers in central Mali on "
           "Tuesday, killing at least eight drivers, local officials said. The army said its escort had repelled the "
           "attackers and that \"several terrorists were neutralised\".")
    [event] = coded(pipeline, raw, dt.date(2025, 4, 17))
    assert (event.actor1, event.fatalities) == ("Unidentified Armed Group (Mali)", 8)


def test_the_deputies_who_shot_the_gunman_are_no_doers_of_his_attack(pipeline):
    raw = ("SAVANNAH, Ga. (AP) — A man began shooting inside a bar early Sunday, killing two people and wounding four "
           "others before sheriff's deputies shot and killed him outside, authorities said.")
    [event] = coded(pipeline, raw, dt.date(2024, 6, 11))
    assert (event.actor1, event.fatalities, event.injured) == ("Unidentified Armed Group (United States)", 3, 4)


def test_a_town_told_by_its_possessive_as_the_area_of_another_leaves_the_other_as_the_scene(pipeline):
    raw = ("CHATTOGRAM, Nov 4 (UNB) - A youth was killed and 12 others injured when supporters of two rival parties "
           "clashed in Chattogram's Hathazari upazila on Sunday.")
    [event] = coded(pipeline, raw, dt.date(2024, 11, 5))
    assert event.location == "Hathazari"


def test_the_police_stepping_into_a_riot_are_the_riots_not_a_protest_of_its_own(pipeline):
    raw = ("Two were hurt when supporters of rival parties clashed in the market town on Sunday. The two groups "
           "attacked each other with sticks and bricks. Police fired rubber bullets to bring the situation under "
           "control.")
    events = coded(pipeline, raw, dt.date(2024, 11, 5))
    assert [e.event_type for e in events] == ["Riots"]


def test_an_arabic_name_spelt_without_its_final_h_is_found_and_near_the_town_of_is_near(pipeline):
    raw = ("BEIRUT (AP) — Militants attacked truffle hunters in central Syria on Friday, killing 17 people. The attack "
           "took place near the town of al-Sukhna in the countryside of Homs province.")
    [event] = coded(pipeline, raw, dt.date(2023, 2, 19))
    assert (event.location, event.geo_precision) == ("As Sukhnah", 2)


def test_a_vaccinator_and_the_policeman_guarding_him_are_two_dead():
    found = find_counts("A polio vaccinator and the policeman escorting him were shot dead by gunmen on Sunday.")
    assert [(m.outcome, m.count.best) for m in found] == [("killed", 2)]


def test_the_when_clause_of_a_lead_with_no_day_gives_its_place_as_well_as_its_day(pipeline):
    raw = ("BOGOTA, 11 APR 90 (EFE) -- [TEXT] POLICE REPORTED TODAY THAT FOUR PEASANTS WERE KILLED WHEN A GROUP OF "
           "ARMED MEN BURST INTO A FARM IN THE RURAL AREA OF SEGOVIA MUNICIPALITY, ANTIOQUIA DEPARTMENT, LAST NIGHT.")
    [event] = coded(pipeline, raw, dt.date(1990, 4, 12))
    assert (event.location, event.geo_precision, event.event_date) == ("Segovia", 1, dt.date(1990, 4, 10))


def test_a_shooter_killed_by_police_after_killing_children_and_adults_is_one_more_dead_and_no_wounded(pipeline):
    raw = ("NASHVILLE, Tenn. (AP) — A shooter killed two children and two adults at a school on Monday, police said. "
           "The shooter, a 30-year-old, was killed by police. Officers shot the suspect on the second floor.")
    [event] = coded(pipeline, raw, dt.date(2023, 3, 28))
    assert (event.fatalities, event.injured) == (5, None)


def test_of_two_towns_told_near_the_smaller_is_the_place_and_a_town_abroad_is_no_scene(pipeline):
    raw = ("Gunmen killed a prosecutor's driver in an ambush near Kabul on Friday evening, Afghan police "
           "said. Gunmen fired on the prosecutor's convoy near the town of Paghman, west of the capital.")
    [event] = coded(pipeline, raw, dt.date(2021, 7, 3))
    assert (event.location, event.geo_precision) == ("Paghman", 2)


def test_a_strike_that_hit_a_neighbourhood_of_a_town_places_the_strike_there(pipeline):
    raw = ("CAIRO (AP) — An airstrike hit a residential area in Sudan's capital region on Saturday, killing 14 people, "
           "the health ministry said. The strike hit the Dar el-Salam neighborhood of Omdurman, the ministry said.")
    [event] = coded(pipeline, raw, dt.date(2023, 7, 10))
    assert event.location == "Omdurman"


def test_the_people_whose_papers_were_checked_are_no_doers_of_the_killing():
    mentions = find_actors("Gunmen stopped a bus, checked the identity cards of passengers and shot dead 12 people.")
    assert [(m.text, m.role) for m in mentions if m.text == "passengers"] == [("passengers", None)]


def test_who_uses_the_place_hit_is_no_doer_and_a_groups_habit_is_no_incident(pipeline):
    raw = ("BAGHDAD, June 23 (Reuters) - Two rockets struck near Baghdad International Airport late on Sunday, causing "
           "no casualties, security sources said. One of the rockets landed in a parking area used by a U.S.-led "
           "coalition unit. Armed factions have frequently targeted bases hosting foreign troops with rockets.")
    [event] = coded(pipeline, raw, dt.date(2025, 6, 24))
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


def test_clashes_of_two_communities_are_a_riot_though_one_was_hit_by_a_bullet(pipeline):
    raw = ("NEW DELHI: Six policemen were injured after clashes broke out between two communities during a procession "
           "in the city on Saturday evening, police said. Stones were pelted and some vehicles were set on fire. A "
           "sub-inspector was hit in the hand by a bullet.")
    events = coded(pipeline, raw, dt.date(2022, 4, 17))
    assert [e.event_type for e in events if e.injured] == ["Riots"]


def test_a_country_told_as_the_doer_of_a_strike_is_its_forces():
    mentions = find_actors("Russia launched a massive missile attack on Ukrainian cities on Monday.")
    assert [(m.text, m.name_template, m.role) for m in mentions] == [("Russia", "Military Forces of {match}", "agent")]
    assert find_actors("Pakistan has launched an inquiry into the killing.") == []
    assert find_actors("He fled Russia last year.") == []


def test_protesters_who_set_a_building_on_fire_riot_and_those_the_police_killed_count(pipeline):
    raw = ("NAIROBI, Kenya (AP) — Protesters stormed the county assembly on Tuesday and set part of it on fire, and "
           "police opened fire, killing at least four people, rights groups said.")
    [event] = coded(pipeline, raw, dt.date(2024, 6, 26))
    assert (event.sub_event_type, event.fatalities) == ("Violent demonstration", 4)


def test_the_day_a_comparison_counts_from_dates_no_incident(pipeline):
    raw = ("NIAMEY (Reuters) - Twelve soldiers died in an ambush that suspected jihadists laid in the Tillaberi region "
           "on Tuesday, the defence ministry said. It was the deadliest attack since the army seized power on July 26.")
    [event] = coded(pipeline, raw, dt.date(2023, 8, 16))
    assert (event.event_date, event.fatalities) == (dt.date(2023, 8, 15), 12)


def test_setting_a_person_on_fire_is_no_property_destroyed():
    assert "Looting/property destruction" not in {
        t.sub_event_type for t in find_triggers("The crowd beat the thief and set him on fire.")}


def test_engineers_and_a_technician_taken_from_a_work_site_are_three_abducted():
    found = find_counts("Three German surveyors and a Dutch technician were kidnapped at a dam site on Thursday.")
    from eventsift.events.tolls import combine
    assert combine([m for m in found if m.outcome == "abducted"]).best == 4


def test_hostages_found_killed_in_the_city_an_area_is_told_by_are_a_killing_there(pipeline):
    raw = ("JERUSALEM (AP) — The military said Sunday it had recovered the bodies of four hostages from a tunnel in the "
           "southern Gaza city of Rafah, and that they had been shot by their captors shortly before troops arrived.")
    [event] = coded(pipeline, raw, dt.date(2024, 9, 2))
    assert (event.sub_event_type, event.location, event.fatalities, event.abducted) == ("Attack", "Rafah", 4, None)


def test_the_one_who_shot_a_deputy_and_was_killed_is_not_the_deputy(pipeline):
    raw = ("OCALA, Fla. — A Marion County sheriff's deputy was shot in the arm during a traffic stop early Sunday, and "
           "the driver who shot him was killed when other deputies returned fire, the sheriff said.")
    [event] = coded(pipeline, raw, dt.date(2025, 3, 17))
    assert (event.fatalities, event.injured) == (1, 1)


def test_another_target_attacked_the_same_day_is_an_incident_of_its_own(pipeline):
    raw = ("OUAGADOUGOU (Reuters) - Gunmen killed at least nine worshippers at a mosque in eastern Burkina Faso on "
           "Sunday, security sources said. A church in the country's north had been attacked the same day, "
           "killing 13 people.")
    events = coded(pipeline, raw, dt.date(2024, 2, 12))
    assert sorted(e.fatalities for e in events) == [9, 13]


def test_a_common_word_for_armed_men_opening_a_sentence_is_no_group_name():
    mentions = find_actors("Militia fighters attacked a church before dawn on Sunday.")
    assert mentions and not any("{match}" in m.name_template for m in mentions)


def test_the_day_of_the_event_a_comparison_counts_from_dates_no_undated_incident(pipeline):
    raw = ("NIAMEY (Reuters) - Eight soldiers died in an ambush that suspected jihadists laid in the Dosso region, the "
           "defence ministry said on Wednesday. It was the deadliest attack since the army seized power on July 26.")
    [event] = coded(pipeline, raw, dt.date(2023, 8, 16))
    assert event.event_date != dt.date(2023, 7, 26)


# -- round 58: a desk's border, a campaign going on, herders harmed, the mayor's bodyguard ---------------------------

def test_a_neighbouring_countrys_border_points_to_no_desk_at_home(pipeline):
    # "the Lebanese border" is where a Syrian town lies beside, not a sign that the Beirut desk's city is the scene:
    # the market the bombs hit is in the city the lead named
    raw = ("BEIRUT (AFP) - Syrian government helicopters dropped barrel bombs on a rebel-held district of Aleppo on "
           "Monday, killing at least 14 people, the Syrian Observatory for Human Rights said.\n\n"
           "The monitoring group said the bombs hit a crowded market in the Qarzala neighbourhood in the east of the "
           "city. Dozens more were wounded.\n\n"
           "Rebels and troops also fought in the town of Yabroud, near the Lebanese border, the Observatory said.")
    events = coded(pipeline, raw, dt.date(2014, 2, 17))
    assert {e.country for e in events} == {"Syria"}
    strike = next(e for e in events if e.fatalities == 14)
    assert (strike.location, strike.injured) == ("Aleppo", 12)


def test_a_sides_campaign_going_on_is_no_fight_of_its_own(pipeline):
    raw = ("AMMAN (Reuters) - Turkish artillery shelling killed eight civilians in the Afrin region of northwest Syria "
           "on Wednesday, a monitor said, as Ankara pressed on with its offensive against a Kurdish militia there.\n\n"
           "Turkey launched the operation, dubbed \"Spring Gate\", on Saturday.")
    [event] = coded(pipeline, raw, dt.date(2018, 1, 25))
    assert (event.sub_event_type, event.actor2, event.fatalities) == (
        "Shelling/artillery/missile attack", "Civilians (Syria)", 8)


def test_a_place_told_by_its_direction_from_a_city_is_near_it(pipeline):
    raw = "Gunmen attacked a convent south of Lahore on Friday, killing three nuns, police said."
    [event] = coded(pipeline, raw, dt.date(2019, 3, 2))
    assert (event.location, event.geo_precision) == ("Lahore", 2)


def test_a_name_alone_under_a_big_us_citys_dateline_is_a_quarter_not_a_city_of_another_state(pipeline):
    raw = ("CHICAGO (WLS) — A man, 19, was wounded by gunfire about 1:15 a.m. Monday in the 7900 block of South "
           "Elm Avenue in Gresham. He was taken in serious condition to a hospital.")
    [event] = coded(pipeline, raw, dt.date(2013, 7, 8))
    assert (event.admin1, event.location) == ("Illinois", "Chicago")


def test_herders_killed_by_gunmen_are_civilians(pipeline):
    raw = ("BAMAKO (Reuters) - Gunmen dressed as hunters killed at least 30 Fulani herders in central Mali on "
           "Saturday, the government said.")
    [event] = coded(pipeline, raw, dt.date(2019, 3, 25))
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Mali)")
    armed = find_actors("Fulani herders attacked farmers in their fields on Monday.")
    assert any("Fulani" in a.name_template for a in armed)


def test_a_country_told_where_a_group_acts_is_no_doer():
    text = "The group's affiliate in Afghanistan has targeted the Hazara community in the same area before."
    assert not any("Military Forces" in a.name_template for a in find_actors(text))


def test_the_side_that_recaptured_a_place_did_it():
    [forces] = [a for a in find_actors("Government forces and their allies recaptured the academy on Sunday.")
                if a.side == "state"]
    assert forces.role == "agent"


def test_a_countrys_name_opening_a_partys_name_is_no_place(pipeline):
    raw = ("Activists of the Pakistan Tehreek-e-Insaf staged a protest in front of the Quetta Press Club on "
           "Thursday against the alleged rigging of the local elections.")
    [event] = coded(pipeline, raw, dt.date(2015, 6, 5))
    assert event.location == "Quetta"


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels killed the mayor of the town of Elmville and his bodyguard on Sunday.", 2),
    ("Rebels killed the mayor of Elmville and his bodyguard on Sunday.", 2),
    # a person set off by commas is the one told again
    ("Rebels killed the mayor, a former teacher, on Sunday.", 1),
    ("Assailants shot and killed the bodyguard of Ana Ruiz, a local commander, in Elmtown.", 1),
    # whose and where the first people were, before "and" the others
    ("A suicide bomber killed two staff members of the Russian embassy in Elmtown and four other people.", 6),
])
def test_the_people_a_verb_kills_told_with_whose_and_where_they_were(text, killed):
    assert sum(m.count.best for m in find_counts(text) if m.outcome == "killed") == killed


def test_someones_driver_told_wounded_after_the_dead_is_one_more(pipeline):
    raw = ("LIMA, 19 NOV 89 (AFP) -- [TEXT] GUERRILLAS KILLED THE MAYOR OF THE TOWN OF ELMVILLE AND HIS BODYGUARD "
           "YESTERDAY AFTERNOON IN AN AMBUSH ON THE HIGHWAY TO CHOSICA, POLICE SOURCES REPORTED.\n\n"
           "SOME 10 ARMED MEN OPENED FIRE ON THE MAYOR'S VEHICLE. HIS DRIVER WAS SERIOUSLY WOUNDED.")
    [event] = coded(pipeline, raw, dt.date(1989, 11, 20))
    assert (event.fatalities, event.injured) == (2, 1)


def test_a_groups_fight_of_many_years_is_no_incident():
    assert STATISTIC.search("The group has been fighting for more than 15 years to topple the government.")
    assert STATISTIC.search("Rebels have been fighting for decades in the hills.")
    assert not STATISTIC.search("Rebels have been fighting for two days in the hills.")


def test_peace_talks_a_side_attacks_despite_are_no_agreement(pipeline):
    raw = ("KABUL — Afghan forces repelled a Taliban attack on checkpoints in Baghlan province late on Tuesday, "
           "killing 22 insurgents, an official said.\n\n"
           "The Taliban, who have stepped up attacks despite peace talks with the United States, did not comment.")
    events = coded(pipeline, raw, dt.date(2019, 5, 2))
    assert [e.event_type for e in events] == ["Battles"]


def test_a_woman_hit_beside_a_man_shot_dead_is_one_more_wounded(pipeline):
    raw = ("JACKSONVILLE, Fla. — Police on Monday identified the man who was fatally shot early Sunday outside a "
           "bar on Elm Street as 24-year-old Ray Miles. Miles was shot several times around 2:30 a.m. after an "
           "argument. A 21-year-old woman who was standing nearby was grazed in the arm.")
    [event] = coded(pipeline, raw, dt.date(2014, 8, 12))
    assert (event.fatalities, event.injured) == (1, 1)


def test_what_the_arrested_is_accused_of_is_the_killing_charged(pipeline):
    raw = ("ROCHESTER, N.Y. — A 17-year-old has been charged with second-degree murder in the Dec. 28 shooting death "
           "of a 33-year-old man on Jay Street, police said Monday. Officers arrested the teen on Friday. He is "
           "accused of shooting Kevin Burke once in the chest during a robbery. Burke died at a hospital.")
    events = coded(pipeline, raw, dt.date(2015, 1, 20))
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events if e.fatalities] == [
        ("Attack", dt.date(2014, 12, 28), 1)]


def test_a_government_taken_over_and_an_offensive_launched_by_someone_are_no_fight(pipeline):
    raw = ("SAN SALVADOR, 13 DEC 89 (AFP) -- Rebels killed two soldiers in an ambush near Soyapango yesterday. The "
           "editorial blamed the colonels who took over the national government in a coup. After an offensive "
           "launched by the rebels in March, diplomats urged both sides to resume talks.")
    [event] = coded(pipeline, raw, dt.date(1989, 12, 14))
    assert event.fatalities == 2


def test_a_separate_incident_told_in_the_lead_and_again_by_its_rank(pipeline):
    raw = ("SRINAGAR, India (AP) — Government forces killed three suspected rebels in a gunfight in "
           "Indian-controlled Kashmir on Sunday, police said, while two civilians were killed when suspected militants "
           "fired at them in a separate incident.\n\n"
           "The gunfight erupted after troops cordoned off a village in the southern Kulgam district, police said. In "
           "the second incident, gunmen shot two men outside their home in the northwestern Baramulla district.")
    events = coded(pipeline, raw, dt.date(2021, 9, 13))
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Armed clash", 3), ("Attack", 2)]
    assert next(e for e in events if e.fatalities == 2).location == "Baramula"


def test_a_headline_that_sums_the_days_incidents_raises_no_toll(pipeline):
    raw = ("At least 5 killed in Kashmir gunfight\n\n"
           "SRINAGAR, India (AP) — Government forces killed three suspected rebels in a gunfight in the Kulgam "
           "district on Sunday, police said. In a separate incident, gunmen shot dead two men outside their home in "
           "the Baramulla district.")
    events = coded(pipeline, raw, dt.date(2021, 9, 13))
    assert sorted(e.fatalities for e in events) == [2, 3]


def test_the_other_sides_rockets_at_another_country_are_an_incident_of_their_own(pipeline):
    raw = ("GAZA CITY, Gaza Strip (AP) — Israeli aircraft struck dozens of targets in the Gaza Strip on Tuesday, "
           "killing at least seven people, health officials said, as Israel launched an offensive against Hamas.\n\n"
           "Hamas fired more than 80 rockets at Israel, the military said. No one was hurt.")
    events = coded(pipeline, raw, dt.date(2014, 7, 9))
    assert sorted((e.country, e.actor1) for e in events) == [
        ("Israel", "Hamas"), ("Palestine", "Military Forces of Israel")]


def test_a_country_told_as_the_subject_of_a_deed_is_no_place():
    from eventsift.events.place import _qualifier
    text = "Aircraft struck the coast on Tuesday, as Elmland launched an offensive against the rebels."
    start = text.index("Elmland")
    assert _qualifier(text, start, start + len("Elmland")) == "actor"
    text = "Shells fired at Elmtown struck a market."
    start = text.index("Elmtown")
    assert _qualifier(text, start, start + len("Elmtown")) != "actor"


@pytest.mark.parametrize(("text", "territory"), [
    ("The editorial blamed the colonels who took over the national government in a coup.", False),
    ("The colonel took over as head of the regional command.", False),
    ("Rebels took over the town after a night of fighting.", True),
])
def test_taking_over_a_government_or_a_post_is_no_territory(text, territory):
    kinds = {t.sub_event_type for t in find_triggers(text)}
    assert bool(kinds & {"Non-state actor overtakes territory", "Government regains territory"}) is territory


def test_a_district_named_with_a_number_is_one_name(pipeline):
    raw = ("Two persons were injured when unidentified miscreants hurled a crude bomb at the house of a Trinamool "
           "Congress leader at Qazipur in South 24 Parganas on Monday night.")
    [event] = coded(pipeline, raw, dt.date(2015, 5, 12))
    assert (event.country, event.admin1, event.location) == ("India", "West Bengal", "South 24 Parganas")


def test_an_armed_groups_beating_of_people_is_its_attack_not_a_riot(pipeline):
    raw = ("Maoists torched three vehicles engaged in road construction work near Konta in Sukma on Sunday. The ultras "
           "also beat up the drivers and left a note warning the contractor.")
    [event] = coded(pipeline, raw, dt.date(2015, 11, 2))
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians (India)")


def test_a_frontier_corps_man_is_of_the_military():
    assert any(a.text == "FC man" and a.side == "state"
               for a in find_actors("An FC man was martyred when militants attacked their check post."))


def test_a_days_own_toll_inside_a_campaigns_total_is_the_days(pipeline):
    raw = ("The death toll from the bombardment of Eastern Ghouta rose to 310 civilians on Thursday, the fourth day of "
           "the campaign, rescuers said. On Thursday alone, at least 46 people were killed in Douma, rescuers said.")
    [event] = coded(pipeline, raw, dt.date(2018, 2, 22))
    assert event.fatalities == 46


def test_ground_seized_from_government_forces_is_taken_by_the_other_side(pipeline):
    raw = ("Kurdish fighters repelled an attack by Islamic State militants on Hasakah city on Monday, killing 20 of "
           "the attackers. The group launched its attack on the city last Thursday, seizing several districts from "
           "government forces.")
    events = coded(pipeline, raw, dt.date(2015, 6, 30))
    seized = next(e for e in events if e.event_date == dt.date(2015, 6, 25))
    assert (seized.sub_event_type, seized.actor2) == ("Non-state actor overtakes territory", "Military Forces of Syria")


def test_a_place_targeted_daily_since_a_campaign_began_is_no_incident():
    assert STATISTIC.search("The village has been targeted daily since the start of the offensive.")
    assert not STATISTIC.search("The village was targeted on Monday.")


def test_an_ocean_is_no_town_that_shares_its_name(pipeline):
    raw = "A fishing boat was attacked by an army helicopter on the Atlantic on Sunday, leaving two fishermen dead."
    events = coded(pipeline, raw, dt.date(1989, 12, 11))
    assert events and not any(e.country == "United States" for e in events)


def test_the_wounded_told_with_the_other_sides_dead_are_that_sides(pipeline):
    raw = ("At least nine members of the security forces were killed and four others wounded in Taliban attacks on "
           "their checkpoints in Baghlan province on Sunday night, an official said. He said 12 Taliban fighters were "
           "also killed and 15 wounded in the clashes.")
    [event] = coded(pipeline, raw, dt.date(2021, 4, 19))
    assert (event.fatalities, event.injured) == (21, 19)


def test_the_next_of_a_list_of_separate_shootings_told_by_later_is_its_own(pipeline):
    raw = ("NEW ORLEANS — Two people were killed and five wounded in three separate shootings across New Orleans on "
           "Sunday, police said.\n\n"
           "In the first, a 30-year-old man was shot dead in the 7th Ward about 3 p.m. In the second, three men were "
           "wounded outside a bar in Central City around 8 p.m. Later, a woman was killed and two men were wounded in "
           "the Lower 9th Ward.")
    events = coded(pipeline, raw, dt.date(2013, 6, 17))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(0, 3), (1, 0), (1, 2)]


def test_a_group_that_says_it_captured_a_town_took_it_on_the_day_told(pipeline):
    raw = ("BANGKOK (AP) — An alliance of ethnic armed groups in Myanmar said Sunday it had captured the town of "
           "Kunlong in northern Shan state after days of fighting with government troops.\n\n"
           "The alliance, which launched a coordinated offensive on Oct. 27, said its fighters also seized several "
           "army outposts.")
    [event] = coded(pipeline, raw, dt.date(2023, 11, 20))
    assert (event.sub_event_type, event.actor2, event.event_date) == (
        "Non-state actor overtakes territory", "Military Forces of Myanmar", dt.date(2023, 11, 19))


def test_a_distance_told_with_its_miles_in_brackets_and_the_kind_of_town_is_near(pipeline):
    raw = ("BEIRUT (AP) — Observers found 13 bodies with their hands tied in eastern Syria, the mission said "
           "Wednesday. The bodies were found in the Qasrak area, about 50 kilometers (30 miles) east of the city of "
           "Deir el-Zour.")
    [event] = coded(pipeline, raw, dt.date(2012, 5, 30))
    assert (event.location, event.geo_precision) == ("Deir ez-Zor", 2)


def test_the_next_of_the_dead_told_hurt_with_its_verb_left_out_is_one_wounded(pipeline):
    raw = ("SRINAGAR: Two policemen were killed and a third injured when militants ambushed a police party in Shopian "
           "district on Sunday evening, officials said.")
    [event] = coded(pipeline, raw, dt.date(2018, 7, 2))
    assert (event.fatalities, event.injured) == (2, 1)


def test_a_village_named_with_a_number_is_no_namesake_of_its_first_word(pipeline):
    raw = ("Two men died and three were hurt on Sunday when two groups fought over a water channel in village "
           "Chak 118 near Sargodha.")
    events = coded(pipeline, raw, dt.date(2015, 9, 14))
    assert {(e.admin1, e.location, e.geo_precision) for e in events} == {("Punjab", "Sargodha", 2)}


# -- round 59: a relative's name, a city's quarter, a scene named in no incident, a second deed -----------------------

def test_a_name_set_off_after_someones_relative_is_that_relative():
    [killed] = [c for c in find_counts("Ana Ruiz, 31, her husband, Tomas, 33, and their neighbour Lia Hale, 40, were "
                                       "shot to death inside the house.") if c.outcome == "killed"]
    assert killed.count.best == 3


def test_a_list_of_a_relative_and_a_name_told_apart_by_and_is_two():
    [killed] = [c for c in find_counts("Her brother and Tomas Ruiz were shot to death on the porch.")
                if c.outcome == "killed"]
    assert killed.count.best == 2


def test_a_district_of_an_american_city_is_no_town_of_its_name(pipeline):
    raw = ("DAYTON, Ohio (AP) — A man opened fire outside a bar in the Oregon District late Saturday, wounding three "
           "people, police said.")
    [event] = coded(pipeline, raw, dt.date(2017, 3, 12))
    assert (event.admin1, event.location) == ("Ohio", "Dayton")


def test_a_district_of_a_city_named_with_it_does_not_move_the_city(pipeline):
    raw = "Two men were shot outside a bar in the Oregon District of Dayton on Saturday night, police said."
    [event] = coded(pipeline, raw, dt.date(2017, 3, 12))
    assert (event.admin1, event.location) == ("Ohio", "Dayton")


def test_a_gunman_police_shot_dead_is_one_more_dead():
    counts = find_counts("A gunman opened fire in a bar, killing four people before police shot him dead.")
    assert sorted(c.count.best for c in counts if c.outcome == "killed") == [1, 4]


def test_a_gunman_officers_killed_after_storming_a_building_is_one_more_dead():
    counts = find_counts("He killed six people in the hall before officers stormed the building and killed him.")
    assert sorted(c.count.best for c in counts if c.outcome == "killed") == [1, 6]


def test_service_members_are_the_side_attacked_and_the_attackers_dead_add_up(pipeline):
    raw = ("NAIROBI (AP) — Militants attacked a base in Kenya's Lamu county on Sunday, killing two U.S. service "
           "members and a contractor, officials said. Kenya's military said four attackers were killed.")
    [event] = coded(pipeline, raw, dt.date(2021, 3, 8))
    assert event.fatalities == 7


def test_a_town_named_in_no_sentence_of_an_incident_is_not_the_scene(pipeline):
    raw = ("NAIROBI (AP) — Police fired tear gas and live rounds at opposition supporters in two slums on Friday, "
           "killing three people, witnesses said.\n\n"
           "In the western city of Kisumu, an opposition stronghold, shops stayed shut.")
    [event] = coded(pipeline, raw, dt.date(2019, 5, 11))
    assert event.location == "Nairobi"


def test_how_a_group_began_told_with_its_year_is_no_incident():
    assert STATISTIC.search("The militia, which rose up in 2011 to demand autonomy, has been blamed for many deaths.")
    assert STATISTIC.search("rebels who took up arms in 1997 against the state")
    assert not STATISTIC.search("Hundreds rose up on Monday to demand the governor's resignation.")


def test_a_county_deputy_is_the_police(pipeline):
    raw = "ELMTOWN, Ga. — A Marlow County deputy shot and wounded a man who pointed a rifle at him on Sunday."
    [event] = coded(pipeline, raw, dt.date(2018, 4, 9))
    assert event.actor1 == "Police Forces of the United States"


def test_members_of_a_vigilante_group_are_the_vigilantes(pipeline):
    raw = "Bandits on Sunday killed nine members of a vigilante group near Zuru in Kebbi State, police said."
    [event] = coded(pipeline, raw, dt.date(2021, 8, 2))
    assert event.actor2 == "Vigilante Militia (Nigeria)"


def test_early_and_late_in_the_same_day_open_two_incidents_of_a_list(pipeline):
    raw = ("MILWAUKEE — Three people were killed in shootings across the city over the weekend, police said.\n\n"
           "Early Saturday, two men were found shot dead in a car on the south side.\n\n"
           "Late Saturday, a clerk was fatally shot during a robbery at a gas station. A customer was also hurt.")
    events = coded(pipeline, raw, dt.date(2018, 9, 10))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(1, 1), (2, 0)]


def test_the_head_of_a_village_told_by_his_office_is_one_dead(pipeline):
    raw = "NAGPUR: Suspected Maoists killed the sarpanch of a village in Gadchiroli district on Saturday night."
    [event] = coded(pipeline, raw, dt.date(2019, 2, 4))
    assert event.fatalities == 1


def test_police_who_say_they_arrested_suspects_are_no_side_of_the_attack(pipeline):
    raw = ("A gunman opened fire at a community centre in Elmtown on Sunday, killing three people and wounding five. "
           "Police said they arrested two suspects.")
    events = coded(pipeline, raw, dt.date(2019, 3, 4))
    assert [e.actor1 for e in events if e.fatalities] == ["Unidentified Armed Group"]


def test_a_bomb_told_after_a_killing_as_its_own_deed_is_another_incident(pipeline):
    raw = ("CALI, Aug 3 (AP) - Gunmen killed a former judge and his driver on Thursday, and a bomb destroyed the "
           "offices of a local radio station in the city, police said. The former judge was shot as he left a "
           "restaurant. The bomb, which went off at night, caused no casualties.")
    events = coded(pipeline, raw, dt.date(1989, 8, 4))
    assert sorted((e.event_type, e.fatalities, e.injured) for e in events) == [
        ("Explosions/Remote violence", 0, None), ("Violence against civilians", 2, None)]


def test_one_told_among_the_dead_is_dead_though_told_shot():
    counts = find_counts("Among the dead was a 9-year-old boy, Tomas Ruiz, who was shot while riding his bicycle.")
    assert [(c.outcome, c.count.best) for c in counts if c.outcome == "killed"] == [("killed", 1)]


def test_the_force_that_shot_the_attackers_dead_is_no_doer_of_the_attack(pipeline):
    raw = ("ELMTOWN, Texas (AP) — Two men opened fire outside a community hall on Sunday evening, wounding a guard "
           "before police shot and killed both of them, authorities said.")
    [event] = coded(pipeline, raw, dt.date(2016, 5, 9))
    assert (event.actor1, event.fatalities, event.injured) == ("Unidentified Armed Group (United States)", 2, 1)


@pytest.mark.parametrize("text", [
    "2 police officers shot, suspect killed in standoff",
    "The partner of a police officer killed during a traffic stop on Friday was not hurt, Chief Ana Ruiz said.",
])
def test_the_police_told_harmed_in_a_reduced_passive_are_victims(text):
    [police] = [a for a in find_actors(text) if a.side == "state"]
    assert police.role == "victim"


def test_a_group_that_killed_at_least_some_is_their_doer():
    [group] = [a for a in find_actors("Fighters of the Elm Brigade killed at least 40 people in a village.")
               if a.side == "nonstate"]
    assert group.role == "agent"


def test_a_toll_since_a_run_of_events_began_on_a_short_written_day_is_a_statistic():
    assert STATISTIC.search("Since the protests began on Oct. 3, more than 90 people have been killed nationwide.")


def test_a_town_whose_first_word_is_written_short_is_found_by_its_full_name(pipeline):
    raw = ("ST. JOSEPH, Mich. (AP) — A man shot and wounded two people outside a bar on Saturday night, police "
           "said.")
    [event] = coded(pipeline, raw, dt.date(2017, 6, 5))
    assert (event.admin1, event.location) == ("Michigan", "Saint Joseph")


def test_people_newly_shot_in_another_quarter_of_the_city_are_another_incident(pipeline):
    raw = ("CHICAGO — Two men were killed and a boy was wounded in shootings across the city overnight, police said.\n\n"
           "About 11 p.m. Friday, a 28-year-old man died of gunshot wounds on South Elm Street in the Englewood "
           "neighborhood.\n\n"
           "Shortly after midnight, a 33-year-old man was killed in the Little Village neighborhood.\n\n"
           "A 14-year-old boy was wounded in the hand in the Austin neighborhood about 9 p.m. Friday.")
    events = coded(pipeline, raw, dt.date(2015, 8, 8))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(0, 1), (1, 0), (1, 0)]


def test_a_member_of_a_group_that_shot_and_killed_someone_is_the_doer():
    [group] = [a for a in find_actors("Gunmen of the Elm militia shot and killed a bus conductor near the market.")
               if a.side == "nonstate"]
    assert group.role == "agent"


def test_a_countys_deputy_names_the_seat_of_the_sheriff_not_the_scene(pipeline):
    raw = ("TAMPA, Fla. — A Hillsborough County sheriff's deputy shot a man who charged at him with a knife in Brandon "
           "on Saturday night, the sheriff's office said.")
    [event] = coded(pipeline, raw, dt.date(2016, 3, 7))
    assert event.location == "Brandon"


def test_what_led_up_to_the_deed_tells_where_it_was_done(pipeline):
    raw = ("GREENVILLE, S.C. — A Greenville County deputy shot and wounded a man who pointed a pistol at him after a "
           "foot chase on Sunday afternoon near Berea, the sheriff said.")
    [event] = coded(pipeline, raw, dt.date(2017, 9, 4))
    assert (event.location, event.geo_precision) == ("Berea", 2)


def test_a_weapon_written_in_capitals_is_no_town_that_shares_its_name(pipeline):
    raw = ("[REPORT] [TEXT] UNIDENTIFIED INDIVIDUALS TODAY HURLED A GRENADE AT THE OFFICES OF A UNION IN SAN PEDRO "
           "SULA, WOUNDING THREE PEOPLE, POLICE REPORTED.")
    [event] = coded(pipeline, raw, dt.date(1990, 2, 6))
    assert (event.country, event.location) == ("Honduras", "San Pedro Sula")


def test_where_the_attack_took_place_is_that_attacks_place_though_first_told_near_a_city(pipeline):
    raw = ("CAIRO (AP) — Gunmen opened fire on a bus carrying pilgrims to a monastery south of Cairo on Friday, killing "
           "at least 11 people, officials said.\n\n"
           "The attack took place on a desert road in Minya province. Another 14 people were wounded.")
    [event] = coded(pipeline, raw, dt.date(2018, 11, 3))
    assert (event.admin1, event.fatalities, event.injured) == ("Minya", 11, 14)


def test_a_mother_and_her_children_found_shot_to_death_are_all_dead():
    counts = find_counts("A woman and her three children were found shot to death on Sunday in their home.")
    assert max(c.count.best for c in counts if c.outcome == "killed") == 4


def test_the_bodies_of_people_listed_with_their_ages_are_each_dead():
    counts = find_counts("Deputies found the bodies of Ana Ruiz, 40, her son, 12, and her mother, 66, after a call.")
    assert max(c.count.best for c in counts if c.outcome == "killed") == 3


def test_the_trooper_who_stopped_a_driver_is_no_doer_of_the_shooting_after():
    [trooper] = [a for a in find_actors("A gunman who was stopped by a state trooper for speeding opened fire on "
                                        "the trooper and drove off.") if a.text == "state trooper"]
    assert trooper.role != "agent"


def test_a_town_told_as_a_town_near_the_city_of_the_dateline_is_its_own(pipeline):
    raw = ("MEERUT: Two persons were killed and nine others injured in a clash between two groups in Sardhana town on "
           "Sunday evening, police said.")
    events = coded(pipeline, raw, dt.date(2019, 6, 10))
    assert {e.location for e in events} == {"Sardhana"}


def test_the_hurt_told_before_an_arrest_in_one_sentence_are_the_clashs(pipeline):
    raw = ("Supporters of two rival candidates clashed outside a polling station near Hafizabad on Saturday. Six "
           "people were injured and police arrested 14.")
    events = coded(pipeline, raw, dt.date(2015, 11, 2))
    assert sorted((e.sub_event_type, e.injured) for e in events) == [("Arrests", None), ("Mob violence", 6)]


def test_an_attacker_tackled_and_then_shot_dead_by_police_is_one_more_dead_and_no_police_deed(pipeline):
    raw = ("LONDON (AP) — A man stabbed two people to death and wounded four others near a bridge on Friday before he "
           "was tackled by passers-by and shot dead by police, officials said.")
    [event] = coded(pipeline, raw, dt.date(2021, 4, 5))
    assert (event.actor1, event.fatalities, event.injured) == ("Unidentified Armed Group (United Kingdom)", 3, 4)


def test_one_person_told_with_two_descriptions_joined_by_and_is_one_dead():
    counts = find_counts("The group denied any part in the death of Tomas Ruiz, party leader and former mayor.")
    assert max(c.count.best for c in counts if c.outcome == "killed") == 1


def test_what_has_happened_in_a_town_tells_where_the_incident_was(pipeline):
    raw = ("TEGUCIGALPA, 4 MAR 90 (AGENCY) -- [TEXT] GUNMEN TODAY SHOT DEAD A SALVADORAN LABOR LEADER AND HIS "
           "NEPHEW AS THEY LEFT A CHURCH, A GOVERNMENT SPOKESMAN HERE SAID.\n\n"
           "THE SPOKESMAN CALLED WHAT HAD HAPPENED IN SAN SALVADOR A CRIME AGAINST THE WHOLE REGION.")
    [event] = coded(pipeline, raw, dt.date(1990, 3, 5))
    assert (event.country, event.location) == ("El Salvador", "San Salvador")


def test_a_hospital_looted_in_a_town_is_the_scene_not_where_the_wounded_went(pipeline):
    raw = ("KHARTOUM, Sudan (AP) — Fighters of the Rapid Support Forces looted a hospital in Nyala on Monday, a "
           "doctors' group said.")
    [event] = coded(pipeline, raw, dt.date(2023, 5, 2))
    assert (event.admin1, event.location) == ("South Darfur", "Nyala")


def test_a_countrys_air_force_that_says_it_shot_down_drones_is_its_military(pipeline):
    raw = ("KYIV, Ukraine (AP) — Ukraine's air force said it shot down 20 of 25 drones launched by Russia overnight "
           "over the Odesa region.")
    [event] = coded(pipeline, raw, dt.date(2024, 3, 4))
    assert event.actor1 == "Military Forces of Ukraine"


def test_more_dead_told_before_the_attackers_own_death_add_to_the_toll(pipeline):
    raw = ("ELMTOWN, Calif. (AP) — A man stabbed two people to death at his home on Friday night and then shot and "
           "killed three more people before he was found dead beside his truck, authorities said.")
    [event] = coded(pipeline, raw, dt.date(2016, 5, 9))
    assert event.fatalities >= 5  # the two stabbed and the three more shot (and, as some count, the man himself)


def test_hours_later_than_a_time_told_by_words_before_midnight_is_the_next_day(pipeline):
    raw = ("ELMTOWN, Ohio — Two people died and three were hurt in shootings around the city over the weekend, "
           "police said.\n\n"
           "Just before midnight Friday, a 22-year-old was shot and killed outside a store on Elm Street.\n\n"
           "About two hours later, two women were wounded outside a bar on Oak Avenue.\n\n"
           "On Saturday afternoon, a 35-year-old man was fatally shot during an argument, and a teenager was grazed.")
    events = coded(pipeline, raw, dt.date(2016, 6, 20))
    assert sorted((e.event_date, e.fatalities, e.injured or 0) for e in events) == [
        (dt.date(2016, 6, 17), 1, 0), (dt.date(2016, 6, 18), 0, 2), (dt.date(2016, 6, 18), 1, 1)]


def test_a_claim_for_the_attack_on_a_target_goes_to_the_incident_at_that_target(pipeline):
    raw = ("BAGHDAD (AP) — A car bomb at a crowded market in the Shula district killed 25 people on Tuesday, officials "
           "said. Hours later, a suicide bomber struck an army checkpoint in the south of the city, killing nine. A "
           "third bombing near a bakery killed six.\n\n"
           "The Islamic State group claimed responsibility for the market attack.")
    events = coded(pipeline, raw, dt.date(2016, 8, 10))
    assert sorted((e.fatalities, e.actor1) for e in events) == [
        (6, "Unidentified Armed Group (Iraq)"), (9, "Unidentified Armed Group (Iraq)"), (25, "Islamic State")]


def test_farmers_of_a_people_whose_militia_acled_names_are_that_militia_when_they_attack(pipeline):
    raw = ("JOS, Nigeria (AP) — Police said Tarok farmers attacked Fulani herders near Langtang on Thursday, killing "
           "four.")
    [event] = coded(pipeline, raw, dt.date(2018, 5, 7))
    assert (event.actor1, event.actor2) == ("Tarok Ethnic Militia (Nigeria)", "Civilians (Nigeria)")


def test_a_toll_of_deeds_in_the_plural_told_one_by_one_is_their_sum(pipeline):
    raw = ("BAGHDAD (AP) — Bombings across the Iraqi capital killed at least 31 people on Thursday, officials said.\n\n"
           "A car bomb near a bus station killed 19 people. Hours later, a suicide bomber struck a police patrol in the "
           "north of the city, killing eight. A third bombing near a mosque killed four.")
    events = coded(pipeline, raw, dt.date(2016, 9, 16))
    assert sorted(e.fatalities for e in events) == [4, 8, 19]


def test_the_gunman_found_dead_is_none_of_the_people_he_killed(pipeline):
    raw = ("ELMTOWN, Texas (AP) — A man armed with a rifle opened fire inside a church on Sunday, killing 14 people and "
           "wounding nine others, officials said.\n\n"
           "The gunman was later found dead in his truck after a chase.")
    [event] = coded(pipeline, raw, dt.date(2018, 4, 9))
    assert (event.fatalities, event.injured) == (15, 9)


def test_a_family_found_dead_counts_the_father_who_shot_them_once(pipeline):
    raw = ("ELMTOWN, Utah — A man and his three children were found dead in their apartment on Sunday, police "
           "said.\n\n"
           "Investigators said the man shot the children before killing himself.")
    [event] = coded(pipeline, raw, dt.date(2016, 7, 4))
    assert event.fatalities == 4


# -- round 60: couples, tallies of a campaign, sieges, settings and a desk abroad --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("An elderly couple was killed in an attack on their farm late on Saturday.", [("killed", 2)]),
    ("A young couple were shot dead in their car outside the depot.", [("killed", 2)]),
    ("The couple was found stabbed to death in their kitchen.", [("killed", 2)]),
    # (a couple and their children are counted whole; "a couple of" is a few)
    ("Gunmen killed a couple and their son.", [("killed", 3)]),
    ("A couple of men were shot.", [("hit", 2)]),
])
def test_a_couple_is_two_people(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A man opened fire, killing two people and wounding a third.", [("killed", 2), ("hit", 1)]),
    ("Gunmen killed a guard and injured a second one.", [("killed", 1), ("hit", 1)]),
])
def test_one_hurt_told_by_the_rank_after_the_dead(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_the_country_s_second_city_unknown_to_the_table_is_the_dateline_s_city(pipeline):
    raw = ("SURABAYA, Indonesia (AP) — Bombers struck three churches in Indonesia's second-largest city on Sunday, "
           "killing 13 people, police said.")
    [event] = coded(pipeline, raw, dt.date(2018, 5, 14))
    assert (event.admin1, event.location) == ("East Java", "Surabaya")


@pytest.mark.parametrize("text", [
    "The rebels have stepped up attacks in the province this year.",
    "The militia has sharply increased its raids on villages along the river.",
    "The militia, which rose up last year, has been fighting the army across the region.",
])
def test_a_rise_in_attacks_or_a_fight_across_a_region_is_a_tally(text):
    assert STATISTIC.search(text)


def test_a_town_told_in_a_tally_of_the_campaign_is_not_the_incident_s(pipeline):
    raw = ("MAPUTO (Reuters) - Insurgents killed 20 men in the village of Elmvale in Mozambique's Cabo Delgado "
           "province after they refused to join the group, police said on Wednesday.\n\n"
           "The insurgents have stepped up attacks in the province this year, briefly seizing the town of Mocimboa da "
           "Praia in March.")
    [event] = coded(pipeline, raw, dt.date(2020, 4, 8))
    assert (event.admin1, event.location, event.fatalities) == ("Cabo Delgado", "Cabo Delgado", 20)


def test_a_militia_named_by_two_words_and_its_war_across_a_region(pipeline):
    raw = ("KANANGA, Congo (Reuters) - Kamuina Nsapu militiamen killed nine people in an attack on a village on "
           "Sunday, an official said.\n\n"
           "The militia, which rose up last year, has been fighting government troops across the Kasai region.")
    [event] = coded(pipeline, raw, dt.date(2017, 5, 22))
    assert (event.actor1, event.fatalities) == ("Kamuina Nsapu Militia", 9)


def test_the_police_who_shot_and_detained_the_attacker_are_no_doers(pipeline):
    raw = ("MOSCOW (Reuters) - A student opened fire at a college in the Russian city of Perm on Monday, killing "
           "four people before he was shot and detained by police, officials said.")
    [event] = coded(pipeline, raw, dt.date(2021, 9, 20))
    assert "Police" not in event.actor1 and event.fatalities == 4


def test_where_the_wounded_were_treated_is_not_the_scene(pipeline):
    raw = ("JOS, Nigeria (AP) — Gunmen killed nine people in an overnight attack on a village in Plateau state's "
           "Riyom area, police said Monday.\n\n"
           "Four wounded villagers are recovering at a hospital in Jos.")
    [event] = coded(pipeline, raw, dt.date(2019, 3, 18))
    assert event.location == "Riyom"


def test_a_battle_for_a_town_after_air_strikes_on_it_is_its_own_event_there(pipeline):
    raw = ("BEIRUT (AP) — Turkish airstrikes on the Syrian border town of Ras al-Ain killed three civilians "
           "overnight, a Kurdish-led force said Monday.\n\n"
           "The Syrian Democratic Forces said its fighters repelled a ground assault on the town's southern edge. "
           "Two SDF fighters died in the battle, the group said.")
    events = coded(pipeline, raw, dt.date(2019, 10, 14))
    assert sorted((e.event_type, e.location, e.fatalities) for e in events) == [
        ("Battles", "Ras al Ayn", 2), ("Explosions/Remote violence", "Ras al Ayn", 3)]


def test_what_it_was_also_reported_that_is_another_incident(pipeline):
    raw = ("QUITO, 3 JUN 91 (AGENCY) -- [TEXT] POLICE SAID GUNMEN IN A CAR SHOT DEAD A BUS DRIVER IN QUITO LAST "
           "NIGHT.\n\n"
           "IT WAS ALSO LEARNED THIS MORNING THAT A GROUP OF ARMED MEN SEIZED TWO ENGINEERS ON THE HIGHWAY SOUTH OF "
           "QUITO.")
    events = coded(pipeline, raw, dt.date(1991, 6, 3))
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Attack"]


def test_a_protest_told_as_where_people_were_shot_is_the_setting(pipeline):
    raw = ("ELMTOWN, Wis. (AP) — A man opened fire during a protest downtown on Tuesday night, killing two people "
           "and wounding a third, police said.")
    [event] = coded(pipeline, raw, dt.date(2020, 8, 26))
    assert (event.event_type, event.fatalities, event.injured) == ("Violence against civilians", 2, 1)


def test_the_dead_since_a_siege_began_are_the_siege_s_own_and_the_group_s_home_no_scene(pipeline):
    raw = ("NAIROBI (Reuters) - Kenyan security forces battled on Monday to end a siege by gunmen at a Nairobi "
           "shopping mall where at least 40 people have been killed since the attack began on Saturday.\n\n"
           "Somalia's al Shabaab said it carried out the attack.")
    [event] = coded(pipeline, raw, dt.date(2013, 9, 23))
    assert (event.fatalities, event.location) == (40, "Nairobi")


def test_attackers_the_police_shot_dead_are_more_dead_and_the_police_no_doers(pipeline):
    raw = ("ELMTOWN, China (Reuters) - Knife-wielding assailants killed 20 people and wounded 60 at a railway "
           "station in the southwestern city of Kunming on Saturday night, state media said.\n\n"
           "Police shot dead three of the attackers and captured one.")
    [event] = coded(pipeline, raw, dt.date(2014, 3, 3))
    assert event.fatalities == 23 and "Police" not in event.actor1


@pytest.mark.parametrize(("text", "expected"), [
    ("Each of the four men was shot.", [("hit", 4)]),
    # (the group's number told elsewhere: no one new)
    ("Each one of the friends was shot.", []),
    ("Each of them was shot twice.", []),
])
def test_each_of_a_group_counts_the_group(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_towns_listed_after_a_kind_of_places_are_each_an_event_and_an_unknown_one_its_area(pipeline):
    raw = ("BOGOTA (Reuters) - Sixteen people have died in clashes between FARC dissidents and ELN rebels in the "
           "eastern province of Arauca, the defense minister said on Monday.\n\n"
           "The fighting began on Jan. 2 in the municipalities of Tame, Elmvale, Fortul and Saravena.")
    events = coded(pipeline, raw, dt.date(2022, 1, 24))
    assert sorted(e.location for e in events) == ["Arauca", "Fortul", "Saravena", "Tame"]
    assert {e.actor2 for e in events} == {"ELN: National Liberation Army"}


def test_cartels_fighting_over_a_trade_are_the_setting_not_a_battle(pipeline):
    raw = ("CELAYA, Mexico (AP) — Gunmen burst into a bar in the central Mexican city of Celaya late Saturday and "
           "opened fire, killing five men, prosecutors said.\n\n"
           "The attack was the latest in a wave of violence in Guanajuato state, where cartels are fighting over "
           "fuel theft.")
    [event] = coded(pipeline, raw, dt.date(2019, 11, 18))
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians (Mexico)")


def test_forces_killing_people_in_a_day_of_protests_is_excessive_force(pipeline):
    raw = ("ELMTOWN (Reuters) - Myanmar security forces killed at least 40 people on Saturday in the deadliest day of "
           "protests since the coup, witnesses said.")
    [event] = coded(pipeline, raw, dt.date(2021, 3, 29))
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 40)


def test_a_pair_of_attackers_killed_in_a_shootout_with_police_ends_the_attack(pipeline):
    raw = ("ELMTOWN, Calif. (AP) — A man and a woman in tactical gear opened fire on an office party on Wednesday, "
           "killing nine people and wounding 11 others before they were killed in a shootout with police hours "
           "later.")
    [event] = coded(pipeline, raw, dt.date(2015, 12, 3))
    assert (event.event_type, event.fatalities, event.injured) == ("Violence against civilians", 11, 11)
    assert "Police" not in event.actor1


@pytest.mark.parametrize("raw", [
    "ELMTOWN, Ukraine (AP) — A Russian missile slammed into a block of flats in Kramatorsk late Wednesday, killing "
    "four people and wounding 11, officials said.",
    "BEIRUT (AFP) - Air strikes by regime ally Russia killed nine civilians in a village of Idlib province on Sunday.",
])
def test_a_country_s_missile_or_strikes_by_a_country_are_its_forces(pipeline, raw):
    [event] = coded(pipeline, raw, dt.date(2023, 2, 6))
    assert event.actor1 == "Military Forces of Russia"


def test_a_step_of_the_trial_dates_no_incident(pipeline):
    raw = ("ELMTOWN, Wash. — Jury selection began Monday for an Elmtown roofer charged with shooting dead two "
           "people and wounding three others at a tavern in October 2014.")
    [event] = coded(pipeline, raw, dt.date(2016, 5, 3))
    assert (event.event_date, event.date_precision, event.historical) == (dt.date(2014, 10, 1), "month", True)


def test_a_victim_told_by_his_age_in_decades_is_new_to_the_night_s_list(pipeline):
    raw = ("NEW ORLEANS — Gunfire claimed three lives in unrelated shootings around New Orleans during the weekend, "
           "police said.\n\n"
           "On Saturday night, a 24-year-old was found fatally shot inside a parked van in Elmview. Early Sunday, a "
           "man in his 40s was killed in Ashgrove.")
    events = coded(pipeline, raw, dt.date(2019, 9, 9))
    assert sorted(e.event_date for e in events) == [dt.date(2019, 9, 7), dt.date(2019, 9, 8)]


def test_a_village_in_a_province_s_district_is_in_that_district(pipeline):
    raw = ("PATNA: Two brothers were hacked to death by neighbours over a land dispute at Bhagwanpur village in "
           "Bihar's Vaishali district on Sunday, police said.")
    [event] = coded(pipeline, raw, dt.date(2017, 7, 24))
    assert (event.admin1, event.location) == ("Bihar", "Vaishali")


def test_a_city_s_tally_from_one_day_through_another_is_no_incident(pipeline):
    raw = ("CHICAGO — At least 30 people were shot, five fatally, across the city from Friday evening through early "
           "Monday, police said.\n\n"
           "The first fatal shooting happened about 6:30 p.m. Friday in Elmview, where gunfire killed a "
           "19-year-old. Early Sunday, two men died and a woman was hurt when shots rang out in Ashgrove.")
    events = coded(pipeline, raw, dt.date(2019, 6, 24))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(1, 0), (2, 1)]


def test_a_wave_of_attacks_told_with_a_long_subject_is_summed_by_its_parts(pipeline):
    raw = ("BAGHDAD (AP) — A wave of car bombings and other attacks in and around Baghdad killed at least 30 people "
           "on Wednesday, officials said.\n\n"
           "The deadliest attack took place in Sadr City, where a car bomb exploded near a market, killing eight "
           "people. In the western suburb of Abu Ghraib, gunmen stormed a police checkpoint, killing four "
           "policemen.")
    events = coded(pipeline, raw, dt.date(2014, 1, 16))
    assert sorted(e.fatalities for e in events) == [4, 8]


def test_the_attacker_wounded_in_a_gunfight_with_officers_is_how_the_attack_ended(pipeline):
    raw = ("ELMTOWN, Pa. (AP) — A gunman began shooting inside a synagogue during services on Saturday, killing eight "
           "people and wounding five, authorities said.\n\n"
           "The suspect, 46, was himself wounded in a gunfight with officers and surrendered.")
    [event] = coded(pipeline, raw, dt.date(2018, 10, 29))
    assert event.event_type == "Violence against civilians" and "Police" not in event.actor1


def test_a_part_of_the_city_the_report_is_filed_from_is_that_city(pipeline):
    raw = ("HARTFORD — A boy of 17 was hit in the leg by gunfire on Sunday evening in the city's North End, police "
           "said. He is expected to survive.")
    [event] = coded(pipeline, raw, dt.date(2019, 2, 11))
    assert (event.admin1, event.location) == ("Connecticut", "Hartford")


def test_separate_police_operations_are_a_round_up_told_by_its_parts(pipeline):
    raw = ("MANILA, Philippines — Seven suspected drug dealers were killed in separate police operations in Bulacan "
           "province over the weekend, police said.\n\n"
           "Four were killed in San Jose del Monte on Saturday night, while three others died in shootouts with "
           "police in Malolos on Sunday.")
    events = coded(pipeline, raw, dt.date(2017, 9, 4))
    assert sorted(e.fatalities for e in events) == [3, 4]


def test_police_who_lodged_a_case_are_no_side_of_the_stabbing(pipeline):
    raw = ("LUDHIANA: A 22-year-old youth was stabbed to death by three unidentified men near a market late on "
           "Saturday night.\n\n"
           "Police have lodged a murder case against unknown persons.")
    [event] = coded(pipeline, raw, dt.date(2019, 12, 23))
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians (India)")


def test_a_spree_s_next_victims_at_another_kind_of_site_are_the_next_incident(pipeline):
    raw = ("ELMTOWN, Mich. (AP) — A gunman who fired at random in three places around Elmtown on Saturday night "
           "killed five people and wounded two others, authorities said.\n\n"
           "The first shooting happened at an apartment complex around 6 p.m., where a woman was wounded. About four "
           "hours later, two brothers were killed at a car dealership. Minutes after that, three women were killed "
           "and a teenage girl was critically wounded in a restaurant parking lot.")
    events = coded(pipeline, raw, dt.date(2016, 2, 22))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(0, 1), (2, 0), (3, 1)]


def test_an_incident_told_in_another_part_of_the_country_is_at_the_country(pipeline):
    raw = ("KABUL (Reuters) - A suicide bomber killed nine people at a funeral in eastern Nangarhar province on "
           "Sunday, officials said.\n\n"
           "In a separate incident, two soldiers were killed by a man in army uniform in the west of the country.")
    events = coded(pipeline, raw, dt.date(2012, 9, 3))
    assert sorted((e.admin1 or "", e.fatalities) for e in events) == [("", 2), ("Nangarhar", 9)]


def test_a_report_filed_from_a_town_of_the_country_it_names_is_about_that_town(pipeline):
    raw = ("MALANG, Indonesia (AP) — Police fired tear gas at a soccer match in Indonesia, triggering a crush that "
           "killed at least 100 people, officials said Sunday.")
    [event] = coded(pipeline, raw, dt.date(2022, 10, 3))
    assert (event.admin1, event.location) == ("East Java", "Malang")


def test_rival_gangs_clashing_are_both_sides_of_the_battle(pipeline):
    raw = ("PORT-AU-PRINCE, Haiti (AP) — Fighting between rival gangs left at least a dozen people dead in a "
           "neighborhood of Haiti's capital on Saturday, a rights group said.")
    [event] = coded(pipeline, raw, dt.date(2021, 7, 12))
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles", "Unidentified Armed Group (Haiti)", "Unidentified Armed Group (Haiti)")


def test_a_country_s_weapons_told_by_their_kind_are_its_forces(pipeline):
    raw = ("ELMTOWN, Ukraine (AP) — Russian cruise missiles struck a training base near the border on Sunday, killing "
           "20 people, officials said.")
    [event] = coded(pipeline, raw, dt.date(2022, 3, 14))
    assert event.actor1 == "Military Forces of Russia"


def test_a_capital_s_report_of_an_ambush_at_a_border_is_at_the_country(pipeline):
    raw = ("NIAMEY (Reuters) - Suspected jihadists killed six soldiers in an ambush near the border with Mali on "
           "Saturday, the defence ministry said on Sunday.")
    [event] = coded(pipeline, raw, dt.date(2018, 9, 10))
    assert (event.country, event.admin1, event.geo_precision) == ("Niger", None, 3)


def test_a_city_s_many_shot_over_a_weekend_is_a_tally_and_one_shot_among_the_dead_is_dead(pipeline):
    raw = ("CHICAGO — At least 50 people were shot, seven of them fatally, over the holiday weekend in Chicago, police "
           "said Tuesday.\n\n"
           "Among the dead was a cook, 20, hit by gunfire outside a diner in Elmview early Saturday. On Sunday "
           "afternoon, a woman was wounded in a drive-by in Ashgrove.")
    events = coded(pipeline, raw, dt.date(2016, 5, 31))
    assert sorted((e.fatalities, e.injured or 0) for e in events) == [(0, 1), (1, 0)]

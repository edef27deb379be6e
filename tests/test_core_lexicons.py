"""Every lexicon entry loads and compiles; the typology has ACLED's exact 6 types and 25 sub-types."""

import datetime as dt
import re

import pytest

from eventsift import ontology
from eventsift.events.actors import actor_rules, demonyms, find_actors
from eventsift.events.certainty import find_certainty
from eventsift.events.claims import credit_the_named_group
from eventsift.events.triggers import find_triggers, trigger_rules
from eventsift.nlp.lexicon import load_tsv
from eventsift.records import Document, Event, Evidence

ACLED_SUB_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def test_typology_is_acleds():
    table = ontology.typology()
    assert len(table) == 25
    got: dict[str, set[str]] = {}
    for record in table.values():
        got.setdefault(record.event_type, set()).add(record.sub_event_type)
    assert got == ACLED_SUB_TYPES


def test_crosswalk_entries():
    suicide = ontology.sub_event_type("Suicide bomb")
    assert (suicide.cameo, suicide.plover, suicide.gtd_attack_type) == ("1831", "ASSAULT", "Bombing/Explosion")
    assert ontology.sub_event_type("Abduction/forced disappearance").gtd_attack_type == "Hostage Taking (Kidnapping)"
    assert set(ontology.inter_codes()) == set(range(1, 9))
    with pytest.raises(KeyError):
        ontology.sub_event_type("Battle-No change of territory")


def test_every_trigger_names_a_known_sub_type():
    known = set(ontology.typology())
    rules = trigger_rules()
    assert rules
    for rule in rules:
        assert rule.sub_event_type in known
        assert rule.kind in {"specific", "weak", "casualty"}


@pytest.mark.parametrize("text, name", [
    ("Turkish jets pounded villages near the border.", "Military Forces of Turkey"),
    ("Russian forces shelled the outskirts of the town.", "Military Forces of Russia"),
    ("Regime helicopters dropped barrel bombs on the market.", "Military Forces of Syria"),
    ("Government warplanes struck a bridge.", "Military Forces of Yemen"),
    ("Saudi jets struck a bridge.", "Military Forces of Saudi Arabia"),
    ("Saudi-led coalition jets struck a bridge.", "Operation Restoring Hope"),  # the coalition, by ACLED's name for it
])
def test_a_countrys_aircraft_and_forces_are_its_military(text, name):
    (actor,) = find_actors(text)
    assert (actor.name(country="Yemen"), actor.role) == (name, "agent")


@pytest.mark.parametrize("text, name", [
    ("U.S. air strikes hit a port on Monday.", "Military Forces of the United States"),  # ACLED's "of the"
    ("Syrian government air strikes hit a market.", "Military Forces of Syria"),  # the state's word between
    ("Israeli missiles struck a weapons depot.", "Military Forces of Israel"),
    ("A Ukrainian drone hit a car on the road.", "Military Forces of Ukraine"),  # the weapon that hit does it
    ("A Turkish drone strike on a car killed two.", "Military Forces of Turkey"),  # "drone strike" whole
])
def test_a_countrys_strikes_missiles_and_drones_are_its_militarys_deed(text, name):
    states = [a for a in find_actors(text) if a.side == "state"]
    assert [(a.name(country="Syria"), a.role) for a in states] == [(name, "agent")]


@pytest.mark.parametrize("text", [
    "Saudi-led coalition air strikes on a market in the port city killed at least nine people on Friday.",
    "Turkish shelling of the village's outskirts wounded four farmers.",
    "Russian airstrikes on a clinic in the old town killed five people.",
    # the strikes named as an actor's own
    "Medics said regime shelling hit a school, wounding six children.",
    "Regime barrel bombs killed eleven people in the old quarter.",
])
def test_forces_that_name_the_strikes_did_them(text):
    (actor, *_) = find_actors(text)
    assert actor.role == "agent"


def test_killed_at_least_is_no_place_where_the_actor_was_killed():
    (actor, _) = find_actors("Bombs dropped by regime helicopters killed at least 20 people.")
    assert (actor.name(country="Syria"), actor.role) == ("Military Forces of Syria", "agent")


def test_aircraft_without_a_nationality_name_no_country():
    assert find_actors("Warplanes struck a bridge.") == []


def test_every_actor_rule_has_a_valid_inter_code():
    for rule in actor_rules():
        assert 1 <= rule.inter <= 8
        assert rule.side in {"state", "nonstate", "civilian", "crowd"}
    assert demonyms()["Chinese"] == "China"


def test_every_number_word_and_certainty_row_loads():
    for row in load_tsv("events/number_words.tsv"):
        assert int(row["low"]) <= int(row["best"]) <= int(row["high"])
    for row in load_tsv("events/certainty.tsv"):
        assert row["certainty"] in {"reported", "claimed", "denied", "unconfirmed"}
        re.compile(row["pattern"])


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [("a suicide attack on the convoy", "Suicide bomb"), ("a roadside bomb struck a bus", "Remote explosive/landmine/IED"),
     ("an airstrike hit the village", "Air/drone strike"), ("two engineers were abducted", "Abduction/forced disappearance"),
     ("police arrested 40 people", "Arrests"), ("hundreds of protesters rallied", "Peaceful protest"),
     # Indian English writes the baton charge as one word
     ("police lathicharged the marchers", "Protest with intervention"),
     ("a lathi-charge on the sit-in", "Protest with intervention"),
     # sabotage with explosives is an explosion; a bus set on fire is property destroyed
     ("rebels blew up two pylons outside the town", "Remote explosive/landmine/IED"),
     ("the bridge was blown up at dawn", "Remote explosive/landmine/IED"),
     ("commandos burned a bus owned by a dairy", "Looting/property destruction"),
     # a bomb made safe is a disrupted weapon, whatever it names
     ("sappers dismantled an explosive device near the bridge", "Disrupted weapons use"),
     ("the bomb squad neutralised two landmines on the track", "Disrupted weapons use"),
     ("the men had planted a bomb under the stage, but sappers dismantled the device", "Disrupted weapons use"),
     # a bomb someone planted is an attempted bombing
     ("officers seized a man who had planted a bomb beside the ticket office", "Remote explosive/landmine/IED"),
     ("rebels planted two explosive devices on the rail line", "Remote explosive/landmine/IED"),
     # a barrel bomb is dropped from the air
     ("barrel bombs fell on the market", "Air/drone strike"),
     # a person shot by an active verb, whatever office they hold
     ("gunmen shot the mayor outside his office", "Attack"),
     ("two men shot a judge on the court steps", "Attack")],
)
def test_triggers(text, sub_type):
    best = max(find_triggers(text), key=lambda t: t.priority)
    assert best.sub_event_type == sub_type


@pytest.mark.parametrize(
    ("text", "level"),
    [("commanders have reportedly been killed", "reported"), ("It is claimed that eight were killed", "claimed"),
     ("The army denies the report", "denied"), ("The toll could not be independently verified", "unconfirmed"),
     ("Five people were killed", "confirmed")],
)
def test_certainty(text, level):
    assert find_certainty(text)[0] == level


def test_actor_roles_and_nationality():
    victims = find_actors("two Chinese-language instructors kidnapped from Quetta")
    assert [(a.name(country="Pakistan"), a.role) for a in victims] == [("Civilians (China)", "victim")]
    attack = find_actors("Taliban militants attacked a police checkpoint")
    assert [(a.name(country="Afghanistan"), a.role) for a in attack][0] == ("Taliban", "agent")
    assert attack[-1].name(country="Afghanistan") == "Police Forces of Afghanistan"
    sources = find_actors("security officials told reporters")
    assert sources[0].role == "source"


@pytest.mark.parametrize(("text", "names"), [
    ("Peruvian soldiers shot at the rebels", ["Military Forces of Peru", "Unidentified Armed Group (Chile)"]),
    ("two Filipino workers were kidnapped", ["Civilians (Philippines)"]),
    ("Azerbaijani forces shelled the village", ["Military Forces of Azerbaijan"]),
    ("Thai and Cambodian troops traded fire", ["Military Forces of Thailand", "Military Forces of Cambodia"]),
])
def test_a_nationality_word_names_the_country_of_forces_and_people(text, names):
    assert [a.name(country="Chile") for a in find_actors(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    # a sheriff's deputies and state troopers are the police; a deputy minister is not
    ("Deputies shot a man who aimed a rifle at them.", ["Police Forces of Chile", "Civilians (Chile)"]),
    ("A highway trooper was hit by a stray round.", ["Police Forces of Chile"]),
    ("Two deputy ministers quit the cabinet.", ["Civilians (Chile)"]),
    # "national" is a person after a nationality ("a Peruvian national was"), not the adjective of "a national gang"
    ("A Peruvian national was hurt.", ["Civilians (Peru)"]),
    ("A national gang was named in the report.", []),
])
def test_deputies_and_troopers_are_the_police(text, names):
    assert [a.name(country="Chile") for a in find_actors(text)] == names


@pytest.mark.parametrize("text", ["Rescuers pulled two boys from the rubble of three destroyed houses.",
                                  "The destroyed shops were rebuilt within a year.",
                                  "Pictures posted online showed burning shops near the square.",
                                  "The rebels have threatened to blow up the hotel."])
def test_destroyed_as_an_adjective_is_no_destruction(text):
    assert not find_triggers(text)


@pytest.mark.parametrize("text", ["Shelling went on in violation of the ceasefire agreement.",
                                  "Raids continued despite the truce."])
def test_a_truce_broken_is_no_agreement(text):
    assert "Agreement" not in {t.sub_event_type for t in find_triggers(text)}


@pytest.mark.parametrize("text", ["Militants blew up a girls' school in the valley.",
                                  "The old shrine was blown up at night."])
def test_a_school_or_a_shrine_blown_up_is_an_explosion(text):
    assert "Remote explosive/landmine/IED" in {t.sub_event_type for t in find_triggers(text)}


@pytest.mark.parametrize("text", ["Bomb squad experts deactivated a charge of 40 kg of dynamite in a parked van.",
                                  "Police disarmed a bomb left outside the court."])
def test_a_bomb_made_safe_is_disrupted_weapons_use(text):
    assert "Disrupted weapons use" in {t.sub_event_type for t in find_triggers(text)}


def test_talks_that_blew_up_are_no_explosion():
    from eventsift.events.triggers import find_triggers
    assert not find_triggers("The negotiations blew up on Monday.")


@pytest.mark.parametrize(("text", "names"), [
    # a person who has left the armed side is a civilian
    ("A former militant was shot dead by gunmen.", ["Civilians (Chile)", "Unidentified Armed Group (Chile)"]),
    ("Gunmen killed a retired colonel.", ["Unidentified Armed Group (Chile)", "Civilians (Chile)"]),
    ("A surrendered rebel was found dead.", ["Civilians (Chile)"]),
    ("Rebels attacked the post.", ["Unidentified Armed Group (Chile)"]),
])
def test_former_fighters_are_civilians(text, names):
    assert [a.name(country="Chile") for a in find_actors(text)] == names


@pytest.mark.parametrize(("text", "name"), [
    # armed groups and forces as ACLED names them
    ("LNA forces shelled the airport.", "Military Forces of Libya Haftar Faction"),
    ("GNA forces repelled the attack.", "Military Forces of Libya Government of National Accord"),
    ("JNIM fighters attacked the post.", "JNIM: Group for Support of Islam and Muslims"),
    ("Suspected NSCN(K) cadres abducted two workers.", "NSCN-K: National Socialist Council of Nagaland (Khaplang)"),
    ("ULFA (I) militants ambushed a patrol.", "ULFA-I: United Liberation Front of Asom (Independent)"),
    ("Tiv militias raided the village.", "Tiv Ethnic Militia (Chile)"),
    ("Fulani militias raided the village.", "Fulani Ethnic Militia (Chile)"),
    ("PKK militants attacked a post.", "PKK: Kurdistan Workers Party"),
    ("Pro-regime fighters attacked the post.", "Military Forces of Chile"),
    ("Libya National Army jets struck the port.", "Military Forces of Libya Haftar Faction"),
    ("Pro-Hadi forces took the hill.", "Military Forces of Yemen"),
    ("International Coalition warplanes struck the bridge.", "Global Coalition Against Daesh"),
    ("Presumed ISGS militants raided the market.", "Islamic State (Greater Sahara)"),
    ("Barkhane forces struck a camp in the desert.", "Operation Barkhane"),
])
def test_named_groups_take_acleds_names(text, name):
    assert find_actors(text)[0].name(country="Chile") == name


@pytest.mark.parametrize(("text", "names"), [
    # the word the other side calls a country's forces by stands between the nationality and the forces
    ("Peruvian occupation forces shelled the village.", ["Military Forces of Peru"]),
    ("The Peruvian occupying army raided the camp.", ["Military Forces of Peru"]),
])
def test_occupation_forces_keep_their_nationality(text, names):
    assert [a.name(country="Chile") for a in find_actors(text)] == names


@pytest.mark.parametrize("text", [
    "Three porters engaged by a private contractor carried the loads up the pass.",
    "The lorries were engaged in building a canal.",
    "The couple got engaged to each other last spring.",
    "The firm was engaged for the survey of the district.",
])
def test_engaged_in_work_or_to_marry_is_no_fighting(text):
    from eventsift.events.triggers import find_triggers
    assert not find_triggers(text)
    for fight in ("Soldiers engaged the raiders at dawn.", "Both gangs were engaged in heavy firing for an hour."):
        assert "Armed clash" in [t.sub_event_type for t in find_triggers(fight)]


@pytest.mark.parametrize("text", [
    # a gun's spent cases, a fuel brand, a medical or police helicopter: no shelling and no air strike
    "Nine spent shells lay in the driveway next to the van.",
    "A detective flagged the shell casings in the road.",
    "He bought fuel at a Shell gas station an hour earlier.",
    "A Life Flight helicopter carried the girl to the trauma centre.",
    "A sheriff's helicopter was circling over the fields.",
    "Neighbours said they heard helicopters for hours.",
])
def test_the_furniture_of_a_shooting_is_no_shelling_or_air_strike(text):
    from eventsift.events.triggers import find_triggers
    assert all(t.sub_event_type not in ("Shelling/artillery/missile attack", "Air/drone strike")
               for t in find_triggers(text))


@pytest.mark.parametrize("text, sub_type", [
    ("Shells landed near the school.", "Shelling/artillery/missile attack"),
    ("Troops fired mortar shells at the ridge.", "Shelling/artillery/missile attack"),
    ("Army helicopters fired on the convoy.", "Air/drone strike"),
])
def test_shells_and_helicopters_of_war_are_still_read(text, sub_type):
    from eventsift.events.triggers import find_triggers
    assert sub_type in {t.sub_event_type for t in find_triggers(text)}


@pytest.mark.parametrize(("text", "group"), [
    # a generic word for fighters, then the group they belong to: the group has the sentence's role
    ("ten farmers were kidnapped by terrorists of the Shining Path", "Shining Path"),
    ("gunmen from the FMLN attacked a police post", "FMLN"),
    # the group, then its fighters (an acronym or a word between): no country's forces are read in "commandos"
    ("FMLN urban commandos attacked a police post", "FMLN"),
    ("the Farabundo Marti National Liberation Front [FMLN] commandos attacked a post", "FMLN"),
    # a group's name as an adjective before another group's: the last is the group
    ("Maoist Shining Path guerrillas attacked a police post", "Shining Path"),
])
def test_fighters_of_a_named_group_are_that_group(text, group):
    found = find_actors(text)
    agents = [a for a in found if a.role == "agent"]
    assert [a.name(country="El Salvador") for a in agents] == [group]
    assert not any("Military Forces" in a.name(country="El Salvador") for a in found)


@pytest.mark.parametrize("text", ["the armed group that killed them fled", "over 200 fighters attacked at dawn"])
def test_a_bare_word_for_armed_men_names_no_group(text):
    assert [a.name(country="Colombia") for a in find_actors(text)] == ["Unidentified Armed Group (Colombia)"]


@pytest.mark.parametrize(("text", "names"), [
    # a unit of a government body, named by its owner or by its work, is no armed group
    ("Agent Moss of the Treasury's Ridgeway Division spoke after the shooting.", []),
    ("The Criminal Division of the prosecutor's office brought the charges.", []),
    ("Chief Lowe of the Harbor Field Division read the statement.", []),
    # a unit named for itself still is
    ("The Northern Hawks Division attacked a post.", ["Northern Hawks Division"]),
])
def test_a_government_bodys_division_is_no_armed_group(text, names):
    assert [a.name(country="United States") for a in find_actors(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    # an army's numbered or named line unit is the army, not a group of its own name
    ("The 41st Infantry Battalion came under fire.", ["Military Forces of Elmland"]),
    ("A Mechanized Brigade convoy was hit by a mine.", ["Military Forces of Elmland"]),
    # the Philippines' armed groups by ACLED's names
    ("Members of the Bangsamoro Islamic Freedom Fighters attacked a post.",
     ["BIFF: Bangsamoro Islamic Freedom Fighters"]),
    ("Abu Sayyaf gunmen seized two fishermen.", ["Abu Sayyaf Group"]),
])
def test_an_armys_line_units_and_named_groups(text, names):
    assert [a.name(country="Elmland") for a in find_actors(text) if a.side != "civilian"] == names


def test_a_named_groups_fighters_keep_its_name():
    assert [a.name(country="Afghanistan") for a in find_actors("Elmwali fighters attacked a post")] == ["Elmwali fighters"]


@pytest.mark.parametrize("text", [
    "On Monday FMLN guerrillas attacked a police post",
    "On 4 March FMLN guerrillas attacked a police post",
    "on Dec. 3 FMLN guerrillas attacked a police post",
])
def test_a_day_before_the_actor_is_no_object_of_on(text):
    assert [(a.text, a.role) for a in find_actors(text)][0] == ("FMLN", "agent")


def test_an_attack_on_a_group_still_makes_it_the_victim():
    assert [(a.text, a.role) for a in find_actors("an attack on Taliban fighters")] == [("Taliban", "victim")]
    assert [(a.text, a.role) for a in find_actors("an attack on 12 Afghan soldiers")] == [("soldiers", "victim")]


def test_a_denied_trigger_is_no_trigger():
    from eventsift.events.triggers import find_triggers
    assert find_triggers("No arrests have been made and no one was hurt.") == []
    assert [t.sub_event_type for t in find_triggers("Deputies arrested two men.")] == ["Arrests"]
    # shots that "went off" are no blast; a bomb that went off is one
    assert "Remote explosive/landmine/IED" not in {t.sub_event_type for t in find_triggers("Shots went off near the depot.")}
    assert "Remote explosive/landmine/IED" in {t.sub_event_type for t in find_triggers("A bomb went off near the depot.")}
    # a protest only spoken of is none: planned, called for, "possibly protesting"
    assert "Peaceful protest" not in {t.sub_event_type for t in find_triggers("The union asked members about possibly protesting.")}
    assert "Peaceful protest" not in {t.sub_event_type for t in find_triggers("The union called for a rally on Friday.")}
    assert "Peaceful protest" in {t.sub_event_type for t in find_triggers("Hundreds of nurses protested outside the ward.")}
    # a shotgun blast is a gunshot, a blast alone an explosion
    assert "Remote explosive/landmine/IED" not in {t.sub_event_type for t in find_triggers("He was hit by a shotgun blast.")}
    assert "Remote explosive/landmine/IED" in {t.sub_event_type for t in find_triggers("A blast hit the market.")}


def test_the_month_march_is_no_march():
    from eventsift.events.triggers import find_triggers
    assert "Peaceful protest" not in {t.sub_event_type for t in find_triggers("Photos: March arrests in the county")}
    assert "Peaceful protest" in {t.sub_event_type for t in find_triggers("Thousands march to the assembly")}



@pytest.mark.parametrize(("text", "name"), [
    # a group named as "calling itself": the name, not the words before it
    ("a group calling itself the Elm Commando Unit tonight claimed responsibility for the attack", "Elm Commando Unit"),
    ("men of a group calling itself Red Dawn Brigades claimed responsibility for the blast", "Red Dawn Brigades"),
    # a cartel by its name
    ("Ashby Cartel gunmen killed a judge", "Ashby Cartel"),
])
def test_named_groups_that_claim_attacks_are_agents(text, name):
    agents = [a for a in find_actors(text) if a.role == "agent"]
    assert [a.name(country="Elmland") for a in agents] == [name]


def test_a_claim_of_responsibility_is_no_speech():
    assert [a.role for a in find_actors("the FMLN claimed responsibility for the attack")] == ["agent"]
    assert [a.role for a in find_actors("the FMLN claimed the bombing of the power station")] == ["agent"]
    assert [a.role for a in find_actors("the FMLN claimed that the army retreated")][0] == "source"


@pytest.mark.parametrize("text", [
    "ELMTOWN -- Rebels attacked a polling station.",
    "ELMTOWN (Agency) — Rebels attacked a polling station.",
    "ELMTOWN: Rebels attacked a polling station.",
    "[TEXT] Rebels attacked a polling station.",
])
def test_a_word_opening_the_text_after_a_dateline_is_read_as_opening_a_sentence(text):
    assert [(a.text, a.side) for a in find_actors(text)] == [("Rebels", "nonstate")]


def test_a_capitalised_word_inside_a_sentence_is_still_a_name():
    assert find_actors("The Rebels Cafe was closed.") == []


@pytest.mark.parametrize("text", ["Guerrillas attacked a bus on the highway.", "The guerrillas burned a bus.",
                                  "A guerrilla column entered the town."])
def test_guerrillas_are_fighters(text):
    assert [a.side for a in find_actors(text)] == ["nonstate"]


def test_a_countrys_troops_named_by_nationality_are_its_forces_and_did_it_when_told_by_them():
    (victims, by) = find_actors("Two soldiers were killed in firing by Pakistani troops along the border.")
    assert (victims.role, by.name(country="India"), by.role) == ("victim", "Military Forces of Pakistan", "agent")
    (plain,) = find_actors("Troops opened fire along the border.")
    assert plain.name(country="India") == "Military Forces of India"


@pytest.mark.parametrize("text", ["Gunmen shot at a village teacher near the market.", "Masked gunmen shot at them twice."])
def test_those_who_shot_at_people_are_the_attackers(text):
    assert find_actors(text)[0].role == "agent"


def test_people_shot_at_a_place_are_still_the_victims():
    (soldiers,) = find_actors("Two soldiers shot at the gate were taken to hospital.")
    assert soldiers.role == "victim"


@pytest.mark.parametrize("text", ["Police are trying to learn who shot the clerk.", "Police are hunting whoever stabbed a guard."])
def test_police_looking_for_who_did_it_did_not_do_it(text):
    assert find_actors(text)[0].role is None


def test_fighters_who_did_it_did_it():
    assert find_actors("The rebels, who ambushed a convoy, withdrew.")[0].role == "agent"


@pytest.mark.parametrize(("text", "names"), [
    # an armed group the text blames, accuses or holds responsible is credited with the deed
    ("After the raid the Taliban were held responsible by the district chief.", ["Taliban"]),
    ("The mayor accused the Shining Path of staging the raid on the market.", ["Shining Path"]),
    ("Officials held Boko Haram responsible for the bombing.",
     ["Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"]),  # by ACLED's name for it
    ("Police blamed the Houthis for the ambush on the convoy.", ["Military Forces of Yemen Supreme Political Council"]),
    # ... a person, or a group blamed for something else, is not
    ("Prosecutors accused Ana Ruiz of committing the murder.", []),
    ("The army accused the Taliban of violating the truce.", []),
    # "carried out by" credits a group only after a deed, and a name ends on a word, not inside one
    ("The count of the ballots was carried out by Elmish clerks at the hall.", []),
    ("The ambush on the convoy was carried out by the Red Dawn Brigades.", ["Red Dawn Brigades"]),
    ("Sources attributed the raid to Jund al-Marwa, a little-known group.", ["Jund al-Marwa"]),
    # a state's forces too, after the words; not those who looked into the deed
    ("The massacre in the hamlet was carried out by soldiers of a mountain battalion.", ["Military Forces of Elmland"]),
    ("The inquiry into the bombing was carried out by police detectives.", []),
    ("The murder was perpetrated by a man from the valley, according to the police.", []),
])
def test_who_a_report_credits_with_a_deed(text, names):
    from eventsift.events.claims import find_claims

    assert [c.name for c in find_claims(text, country="Elmland")] == names


@pytest.mark.parametrize(("text", "roles"), [
    # whom "said that" introduces is the subject of what was said, not the one who said it
    ("The bishop said that soldiers executed nine farmers.", [("soldiers", "agent"), ("farmers", None)]),
    ("Nine farmers were killed, said police.", [("farmers", "victim"), ("police", "source")]),
    # a verb of killing after the actor makes it the agent
    ("Rebels beheaded two traders near the ford.", [("Rebels", "agent"), ("traders", None)]),
    # a sayer after a comma tells of those before it; one saying it did the deed did it
    ("Eight rebels died in the clash with two soldiers, the police said.",
     [("rebels", None), ("soldiers", None), ("police", "source")]),
    ("The army said it sank two boats of smugglers.", [("The army", "source")]),
    ("The army said it repelled the raiders.", [("The army", "agent")]),
    # words that count or point are no names of a force: "Thirty fighters", "These forces"
    ("Thirty-one fighters were killed.", [("fighters", "victim")]),
    ("These forces withdrew at dusk.", []),
    ("An Army porter was hurt.", []),
    # the subject of what was said is no sayer
    ("The army said five militants died.", [("The army", "source"), ("militants", None)]),
    # who denies a deed only tells of it
    ("The rebels denied any role in the bombing.", [("rebels", "source")]),
    ("The Taliban quickly denied involvement in the blast.", [("Taliban", "source")]),
])
def test_who_did_it_and_who_told_it(text, roles):
    assert [(a.text, a.role) for a in find_actors(text)] == roles


def test_rebels_fighting_the_named_group_are_not_that_group():
    text = "Front fighters clashed with rebels near the dam."
    document = Document(id="d", text=text)
    rebels = text.index("rebels")
    clash = Event(event_id="e1", document_id="d", event_type="Battles", sub_event_type="Armed clash",
                  event_date=dt.date(2021, 3, 9), country="Elmland", actor1="Elm Front", inter1=2,
                  actor2="Unidentified Armed Group (Elmland)", inter2=3,
                  evidence=[Evidence(document_id="d", field="actor2", sentence=text, start=rebels, end=rebels + 6)])
    credit_the_named_group([clash], document=document)
    assert (clash.actor1, clash.actor2) == ("Elm Front", "Unidentified Armed Group (Elmland)")


@pytest.mark.parametrize("text, named", [
    ("A drone strike killed two members of the Kurdish-led Syrian Democratic Forces.", "SDF: Syrian Democratic Forces"),
    ("Police arrested three members of the Taliban.", "Taliban"),
    ("Gunmen killed two members of a family.", None),  # a family names no group
])
def test_members_of_a_named_group_are_the_group(text, named):
    victims = [a for a in find_actors(text) if a.role == "victim"]
    assert [a.name(country="Syria") for a in victims] == ([named] if named else ["Civilians (Syria)"])

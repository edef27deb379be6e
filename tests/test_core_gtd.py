"""GTD's attack type as GTD codes it, decided from the event and the text of its incident (sentences written here)."""

from __future__ import annotations

import pytest

from eventsift import ontology
from eventsift.nlp.lexicon import load_tsv
from eventsift.ontology.gtd import KINDS, attack_type, check_cues, code_attack_types, incident_text, sub_type_falls_back
from eventsift.records import Event, Evidence


def event(sub: str, **fields) -> Event:  # noqa: ANN003
    return Event(event_id="e", document_id="d", event_type=ontology.sub_event_type(sub).event_type,
                 sub_event_type=sub, **fields)


@pytest.mark.parametrize(("sub", "text", "expected"), [
    ("Attack", "Gunmen shot dead Farid Noori, a provincial council member, outside his shop on Sunday.",
     "Assassination"),
    ("Remote explosive/landmine/IED", "A roadside device went off under the car of Musa Karimi, the border police "
     "commander, near the river crossing.", "Assassination"),
    ("Attack", "The district governor, Halima Yusuf, was shot at as she left the market.", "Assassination"),
    ("Remote explosive/landmine/IED", "A device hidden in a cart exploded in the cattle market, killing four traders.",
     "Bombing/Explosion"),
    ("Attack", "Unknown men set fire to the village clinic overnight; nobody was inside.",
     "Facility/Infrastructure Attack"),
    ("Attack", "Raiders opened fire on farmers and burned their huts, and six farmers were killed.", "Armed Assault"),
    ("Armed clash", "Militants attacked an army outpost on the ridge and fighting went on until dawn.", "Unknown"),
    ("Attack", "Two teachers were beaten to death by a crowd at the bus stand.", "Unarmed Assault"),
    ("Abduction/forced disappearance", "Armed men kidnapped three engineers from the dam site.",
     "Hostage Taking (Kidnapping)"),
    ("Attack", "Fighters hijacked a passenger bus on the coastal road and drove it into the hills.", "Hijacking"),
    ("Armed clash", "Attackers barricaded themselves inside the hotel with the guests as hostages.",
     "Hostage Taking (Barricade Incident)"),
    ("Suicide bomb", "The attack at the gate left nine people dead.", "Bombing/Explosion"),  # the sub-type says how
    ("Armed clash", "Rebels attacked a police post and two constables died in the ensuing clash.", "Armed Assault"),
    ("Abduction/forced disappearance", "Armed men abducted Omar Dahir, a village elder, from his farm; he was "
     "found dead two days later.", "Assassination"),  # a named office-holder seized and killed
    ("Abduction/forced disappearance", "Armed men abducted Omar Dahir, a village elder, from his farm.",
     "Hostage Taking (Kidnapping)"),
    ("Attack", "A police official was among those killed when a device exploded at the bus station.",
     "Bombing/Explosion"),  # an unnamed office-holder among a bombing's victims is not its target
])
def test_attack_type_from_the_incident_text(sub: str, text: str, expected: str) -> None:
    assert attack_type(event(sub), text=text) == expected


# GTD's codebook, rule by rule (invented sentences): whom an assassination targets, what a facility attack
# damages, when explosives with firearms are an armed assault, what says hostages were held or executed.
@pytest.mark.parametrize(("sub", "text", "expected"), [
    # the named office-holder was not the one attacked: a bodyguard, a relative, a funeral, an office building
    ("Attack", "Gunmen shot dead the driver of Karim Osei, a district governor, near the bridge.", "Armed Assault"),
    ("Attack", "Gunmen shot dead Musa Tade, the son of a member of parliament, at a wedding.", "Armed Assault"),
    ("Remote explosive/landmine/IED", "A bomb exploded at a funeral for Ruth Adeyemi, a former mayor, killing eleven "
     "mourners.", "Bombing/Explosion"),
    ("Shelling/artillery/missile attack", "Militants fired rockets at the governor's compound in Tarsa, Eastland, "
     "overnight.", "Bombing/Explosion"),
    # a civil office written before its holder's name, aimed at; a military rank so written is not enough
    ("Attack", "Gunmen shot and killed district governor Samuel Eto outside his office.", "Assassination"),
    ("Remote explosive/landmine/IED", "A device exploded targeting Member of Parliament Grace Mensah in the capital; "
     "she was unharmed.", "Assassination"),
    ("Attack", "Gunmen opened fire on Colonel Peter Banda at a checkpoint.", "Armed Assault"),
    # a standing that is not a prominent office: a prayer leader, a member of a group, an official
    ("Attack", "Gunmen shot dead Yusuf Bello, a prayer leader, outside his mosque.", "Armed Assault"),
    ("Attack", "Gunmen shot dead Amina Sule, a member of a vigilante group, at her farm.", "Armed Assault"),
    ("Attack", "Gunmen shot dead Amina Sule, a member of the provincial council, at her farm.", "Assassination"),
    ("Attack", "Gunmen shot dead Peter Mwangi, a water board official, at his gate.", "Armed Assault"),
    # hostages held where they were seized are a barricade incident; a road barricade is not one
    ("Abduction/forced disappearance", "Gunmen stormed a bank and held a dozen customers hostage for six hours.",
     "Hostage Taking (Barricade Incident)"),
    ("Attack", "A man stabbed a guard at a police barricade near the stadium.", "Armed Assault"),
    # captives put to death: GTD's kidnapping (and an assassination when a named office-holder)
    ("Attack", "Militants beheaded two farmers in the hills.", "Hostage Taking (Kidnapping)"),
    ("Attack", "Insurgents executed a shopkeeper they accused of spying.", "Hostage Taking (Kidnapping)"),
    ("Abduction/forced disappearance", "Militants abducted Daniel Obi, a district judge, from his car; he was "
     "executed a week later.", "Assassination"),
    # infrastructure damaged with nobody hurt is a facility attack, whatever the weapon other than explosives
    ("Attack", "Rebels destroyed two electricity pylons near the lake; there were no casualties.",
     "Facility/Infrastructure Attack"),
    ("Attack", "Rebels opened fire on a power station; no one was hurt.", "Facility/Infrastructure Attack"),
    ("Attack", "Militants attacked a checkpoint near the bridge at night.", "Unknown"),  # the bridge is where
    ("Attack", "Someone set fire to the car of Lena Fischer, a local journalist; she was not harmed.",
     "Facility/Infrastructure Attack"),
    # fire turned on people is an armed assault (GTD: incendiary weapons aimed at people), a beating first unarmed
    ("Attack", "Attackers set fire to houses in the village and three residents were injured.", "Armed Assault"),
    ("Attack", "Youths threw petrol bombs at a police patrol; there were no casualties.", "Armed Assault"),
    ("Attack", "Youths threw petrol bombs at a mosque overnight; there were no casualties.",
     "Facility/Infrastructure Attack"),
    ("Attack", "A crowd beat two traders and burned their stall, injuring both.", "Unarmed Assault"),
    # grenades or projectiles used with firearms are part of an armed assault; a planted or suicide bomb is not
    ("Grenade", "Gunmen threw a grenade into a bar and opened fire on the drinkers.", "Armed Assault"),
    ("Suicide bomb", "A suicide bomber blew himself up at the gate and gunmen then opened fire.", "Bombing/Explosion"),
    ("Attack", "Insurgents fired projectiles at the air base.", "Bombing/Explosion"),
    ("Attack", "Insurgents shot down an army helicopter over the valley.", "Bombing/Explosion"),
    # GTD's hierarchy puts an armed assault before an unarmed one; a vehicle driven into people is unarmed
    ("Attack", "A guard poisoned his colleagues' tea and then shot them.", "Armed Assault"),
    ("Attack", "A driver rammed his van into pedestrians on the promenade.", "Unarmed Assault"),
    # a clash says how only when it hurt someone other than the attackers (people hurt in a clash were shot)
    ("Armed clash", "Fighters raided the customs post at Belo; nobody was hurt in the ensuing clash.", "Unknown"),
    ("Armed clash", "Fighters raided the customs post at Belo. Two guards were wounded in the ensuing clash.",
     "Armed Assault"),
    ("Armed clash", "Fighters raided the customs post at Belo. Eight assailants were killed and three were "
     "injured in the ensuing clash.", "Unknown"),  # only the attackers, shot by the post's guards
    ("Armed clash", "Fighters raided the customs post at Belo, where six assailants died and four others were "
     "hurt during the ensuing clashes.", "Unknown"),  # "others": more of the assailants just counted
    ("Armed clash", "Fighters raided the customs post at Belo. Six assailants and a customs officer were killed in "
     "the ensuing clash.", "Armed Assault"),
    ("Armed clash", "Fighters raided the customs post at Belo. Three assailants were killed and four other people "
     "were injured in the ensuing clash.", "Armed Assault"),
    # the attackers' own deaths do not make arson an armed assault; the victims' do
    ("Attack", "Raiders set fire to a grain store in Kova. Two raiders died in the blaze.",
     "Facility/Infrastructure Attack"),
    ("Attack", "Raiders set fire to a grain store in Kova and two watchmen died in the blaze.", "Armed Assault"),
    # the attackers as the subject of the harm, not its object: "assailants ... killed" a victim
    ("Abduction/forced disappearance", "Assailants abducted and killed Tomas Reyes, the district governor, on "
     "the coast road.", "Assassination"),
    # office-holders attacked together in their convoy: aimed at them though none is named
    ("Attack", "Gunmen ambushed a convoy of provincial officials on the mountain road; nobody was hurt.",
     "Assassination"),
    ("Remote explosive/landmine/IED", "A roadside device struck a vehicle carrying two ministry officials near "
     "the port.", "Assassination"),
    ("Remote explosive/landmine/IED", "A roadside device struck a vehicle carrying grain near the port.",
     "Bombing/Explosion"),
])
def test_codebook_rules(sub: str, text: str, expected: str) -> None:
    assert attack_type(event(sub), text=text) == expected


def test_sub_types_without_a_gtd_equivalent_get_none() -> None:
    assert attack_type(event("Peaceful protest"), text="Traders marched to the governor's office.") is None
    assert attack_type(event("Arrests"), text="Police detained two men with rifles.") is None


@pytest.mark.parametrize("name", tuple(ontology.typology()))
def test_every_sub_type_falls_back_to_gtd_or_unknown(name: str) -> None:
    fallback = sub_type_falls_back(name)
    record = ontology.sub_event_type(name)
    assert fallback == (None if record.gtd_attack_type is None else fallback)
    assert fallback is None or fallback in ontology.GTD_ATTACK_TYPES
    assert attack_type(event(name), text="Something happened.") == fallback


def test_every_cue_loads() -> None:
    rows = load_tsv("ontology/gtd_cues.tsv")
    assert {r["kind"] for r in rows} == set(KINDS)
    assert {r["gtd_attack_type"] for r in rows} <= set(ontology.GTD_ATTACK_TYPES)
    assert {r["cue"] for r in rows if r["kind"] == "silent"} <= set(ontology.typology())
    assert check_cues() == len({r["gtd_attack_type"] for r in rows if r["kind"] in ("method", "title")})


def test_each_event_of_a_report_is_read_in_its_own_sentences() -> None:
    bombing = "A device exploded under a fuel truck at the depot."
    kidnapping = "Later that day, a contractor was seized on the highway."
    text = f"{bombing} {kidnapping}"
    first = event("Remote explosive/landmine/IED",
                  evidence=[Evidence(document_id="d", field="event_type", sentence=bombing, start=0, end=10)])
    second = event("Abduction/forced disappearance",
                   evidence=[Evidence(document_id="d", field="event_type", sentence=kidnapping, start=60, end=70)])
    code_attack_types([first, second], text=text)
    assert first.gtd_attack_type == "Bombing/Explosion"
    assert second.gtd_attack_type == "Hostage Taking (Kidnapping)"  # the sub-type's own code: "seized" is no cue
    assert incident_text(second) == kidnapping

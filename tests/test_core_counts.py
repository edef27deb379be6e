import pytest

from eventsift.events.counts import combine, find_counts, killed_toll, shot_toll
from eventsift.events.numbers import parse_quantity, quantity_regex, word_to_int


@pytest.mark.parametrize(("text", "value"), [("28", 28), ("twenty-eight", 28), ("twentyeight", 28), ("two hundred", 200),
                                             ("1,200", 1200), ("seven", 7), ("banana", None)])
def test_word_to_int(text, value):
    assert word_to_int(text) == value


@pytest.mark.parametrize(
    ("phrase", "low", "best", "high"),
    [("eight or nine", 8, 8, 9), ("at least seven", 7, 7, 7), ("about 28", 25, 28, 31), ("dozens", 12, 12, 99),
     ("a number of", 2, 10, 20), ("several", 3, 10, 20), ("between 10 and 12", 10, 10, 12), ("more than 20", 21, 21, 40),
     ("more than 0", 1, 1, 1)],
)
def test_quantities(phrase, low, best, high):
    count = parse_quantity(quantity_regex().search(phrase))
    assert (count.low, count.best, count.high) == (low, best, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 28 people were killed in a suicide attack", [("killed", 28)]),
        ("At least seven troops were injured in the operation, including three officers.", [("injured", 7)]),
        ("Two of the injured soldiers are said to be in a critical condition.", []),
        ("the state of four of the six persons injured, two guards and two drivers, was serious", []),
        ("at least eight or nine of the commanders were killed", [("killed", 8)]),
        ("two Chinese-language instructors kidnapped from Quetta on May 24 were being held", [("abducted", 2)]),
        ("The blast killed 12 people and injured 30 others.", [("killed", 12), ("injured", 30)]),
        ("a civilian was killed by gunmen", [("killed", 1)]),
        ("Police arrested 40 protesters", [("arrested", 40)]),
        ("the death toll rose to 45", [("killed", 45)]),
        # a count with its people listed by age ("a boy of 12" is his age); "were hit" closing its clause
        ("Four people, a 23-year-old man, a 37-year-old woman and a girl of 9, were shot at the fair",
         [("hit", 4), ("hit", 1), ("hit", 1)]),
        ("Three other men were hit, deputies said.", [("hit", 3)]),
        ("two parked cars were hit.", []),
        ("In both cases, nobody was hit.", []),
        # incidents and lengths of service beside a toll are not people
        ("3 shootings in Marlow overnight, 1 dead", [("killed", 1)]),
        ("charged with murder in the death of the 18-year police veteran", []),
        ("FORTYSIX DOCKERS WERE INJURED IN THE BLAST", [("injured", 46)]),  # a compound as one word, as wire copy has it
        # the incident named between "toll" and its verb; a war's toll is no incident's
        ("the death toll from the market bombing has risen to 45", [("killed", 45)]),
        ("the toll in the ferry attack climbed to 45 overnight", [("killed", 45)]),
        ("the death toll reached 45", [("killed", 45)]),
        ("the death toll of the war stands at 9,000", []),
        ("top 10 commanders had assembled", []),
        ("it happened at 10 pm on 5 May 2020", []),
        ("Two farmers and five raiders were killed and four farmers were injured", [("killed", 2), ("killed", 5), ("injured", 4)]),
        ("Assailants shot and killed Naimatullah, the head of the security zone", [("killed", 1)]),
        ("kidnapped Chinese persons are inside a deep cave", []),
        ("5 rebel fighters were killed and wounded in the raid", [("killed", 2), ("injured", 3)]),
        ("resulting in the death of a local man", [("killed", 1)]),
        # a word that begins like a month is no date before the number ("martyred", "declared")
        ("Terrorists martyred two policemen at a checkpoint", [("killed", 2)]),
        ("doctors declared three men dead at the scene", [("killed", 3)]),
        ("the bodies were found on May 24 near the river", []),
        # "is recovering": alive
        ("A teenager is recovering at a hospital", [("injured", 1)]),
        # "hostage" ends in "age" but tells no age: the number after it is the people taken
        ("gunmen killed a guard and took hostage three travellers", [("killed", 1), ("abducted", 3)]),
        ("The victim, aged 24, was shot", [("hit", 1)]),
    ],
)
def test_find_counts(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_exact_figure_beats_vague_and_range_spans_mentions():
    mentions = find_counts("A number of commanders have been killed") + find_counts(
        "at least eight or nine of the commanders were killed")
    total = combine(mentions)
    assert (total.low, total.best, total.high) == (8, 8, 9)
    assert combine([]) is None


# Ages, addresses, times and calibres beside victims are not counts of people.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 41-year-old was found dead in his car", [("killed", 1)]),
        ("Police are investigating the killing of 19-year-old Ana Ruiz", [("killed", 1)]),
        ("a 7-year-old boy was hit by a stray bullet", [("hit", 1)]),
        ("Ruiz, 19, was shot near the 200 block of Elm Avenue", [("hit", 1)]),
        # an age before an aside in brackets; warrants served, not people executed
        ("Tom Hale, 82 (the landlord, killed on the stairs)", []),
        ("detectives have executed 31 search warrants across the county", []),
        ("the bodies of 64-year-old Tom Hale and 60-year-old Jo Hale were found", [("killed", 2)]),
        # a body told by its owner's pronoun is one dead
        ("his bullet-riddled body was found in a ditch on Wednesday", [("killed", 1)]),
        ("her body was discovered by a neighbour", [("killed", 1)]),
        ("an inquiry into the murders of Carla Vega, Colonel Tom Hale and senator Jo Lin", [("killed", 3)]),
        ("the assassination of candidate Luis Ortega last year", [("killed", 1)]),
        ("a strike against the murder of union leader Tom Hale", [("killed", 1)]),
        # one person told by "the" and a noun after a death; not many, nor an attacker's death
        ("the council condemned the murder of the deputy mayor in the market", [("killed", 1)]),
        ("villagers mourned the killing on Sunday of the old shepherd", [("killed", 1)]),
        ("rangers recovered the bodies of the herders", []),
        ("officers confirmed the death of the gunman", []),
        ("arrests after Senator Jo Lin's murder in May", [("killed", 1)]),
        ("police are looking into the shooting death of Mara Quist, who died Friday evening at a clinic", [("killed", 1)]),
        # a headline's capitals after "death of" name one person by a noun and a crime, not two people
        ("Deputies Seek Driver In Shooting Death Of Woman, Robbery", [("killed", 1)]),
        ("protests against the killing of civilians in Elmtown", []),
        ("shots rang out at 8:20 near 114 Birch Road and a .38 revolver was found", []),
        ("a man was wounded on Route 9 near exit 14", [("hit", 1)]),
        ("two men were wounded on Route 9 near exit 14", [("injured", 2)]),
        ("the patients, who range in age from 41 to 57, were treated at a clinic", []),
        ("a guard fired one shot at the car and neighbours heard two more", []),
        ("the robber fired at a clerk, and the clerk returned one shot, but the robber was not struck", []),
        ("the deputy got off one shot before the car sped away", []),
        # killing by hand told of one person: "was stabbed to death", "beat him to death" (not an animal)
        ("he was stabbed to death in his shop", [("killed", 1)]),
        ("the raiders beat him to death in the yard", [("killed", 1)]),
        ("gunmen shot her dead at the gate", [("killed", 1)]),
        ("the goat, which boys had stoned to death, lay by the well", []),
        ("the old goat was stoned to death near the well", []),
        ("twenty minutes later one man was killed", [("killed", 1)]),
        ("deputies could not say whether anyone was hurt", []),
        ("police said no one else, so far, was hurt", []),
        ("he fired 11 rounds and 3 shots hit the car", []),
        ("officers reported a double stabbing around 4 p.m. at a bus stop", [("hit", 2)]),
        ("the toddler, unharmed by the gunfire, was taken to a clinic for a check", []),
        # "left" counts people only when it says the state they were left in
        ("she had just left the 514 Lounge with a friend", []),
        ("the blast left 12 dead and 30 injured", [("killed", 12), ("injured", 30)]),
        ("a late-night shooting left six people with wounds", [("injured", 6)]),
        # an age range is not a count: "between the ages of 16-18"
        ("Three other boys, between the ages of 15-17, were also hurt", [("injured", 3)]),
        # a bullet hits a person, not a car; "another" after an active verb is one more person
        ("a toddler on the porch was also hit with a bullet", [("hit", 1)]),
        ("the van was hit by a bullet", []),
        ("the gang is accused of killing two guards at the depot and wounding another", [("killed", 2), ("hit", 1)]),
        ("he fired another round", []),
        # one named person's death; a death sentence is none
        ("relatives announced Ruiz's death on Tuesday", [("killed", 1)]),
        ("the uncle spoke of his nephew's sudden death", [("killed", 1)]),
        ("prosecutors will seek Ruiz's death sentence", []),
        # "treated and released", "is stable": wounded
        ("two cousins were treated and released", [("injured", 2)]),
        ("three guards were seriously injured", [("injured", 3)]),
        # a headline's bare noun and participle is one person; before an active verb with its object it is the
        # shooter, and the object the one hit
        ("Police say teen fatally shot outside gas station", [("killed", 1)]),
        ("Update: Woman wounded in drive-by on Elm Street", [("hit", 1)]),
        ("Man shot his neighbor over a fence", [("hit", 1)]),
        # weapons are not people; nobody hurt however long the phrase
        ("a hunter with two rifles in his truck was shot and killed by deputies", [("killed", 1)]),
        ("neither the clerks nor anyone else inside the depot was injured", []),
        # "so many deaths" is no number; an aim is no deed
        ("residents grieve so many deaths on one street", []),
        ("he grabbed the rifle for the purpose of killing the guard", []),
    ],
)
def test_numbers_beside_victims_are_not_counts(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


# "Shot" means hit by gunfire: wounded unless the text says the victim died.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot in the leg on Friday", [("hit", 1)]),
        ("Four people were shot outside a bar, one fatally", [("hit", 4), ("killed", 1)]),
        ("Six people were shot; two of them died at the hospital", [("hit", 6), ("killed", 2)]),
        ("The teen was shot and killed outside his home", [("killed", 1)]),
        ("the victim was pronounced dead at the scene", [("killed", 1)]),
        ("Man shot, killed on the east side | Channel 9", [("killed", 1)]),
        ("2 dead, 3 hurt in overnight shooting", [("killed", 2), ("injured", 3)]),
        ("a woman was taken to the hospital in critical condition", [("hit", 1)]),
        ("two front windows of the store were shot out", []),
        ("deputies found four people with gunshot wounds behind the club", [("hit", 4)]),
        ("a 911 caller said three men were hurt", [("injured", 3)]),
        ("at least three people were taken to area hospitals", [("hit", 3)]),
        ("a 40-year-old male and a 19-year-old male were also hit by gunfire", [("hit", 2)]),
        ("Six people are shot at a block party", [("hit", 6)]),
        ("two deputies were shot at by the driver", []),
        ("Five other guests, ages 15 to 19, sustained what police called minor injuries", [("injured", 5)]),
        ("Lu Chen, 22, suffered a gunshot wound to the arm", [("hit", 1)]),
        ("the doors and windows were shot out", []),
        ("the clerk was shot and later died at a hospital", [("killed", 1)]),
        ("a neighbour said shooting suspect Ken Ruiz was quiet", []),
        ("Three men are recovering after a shooting at a garage", [("injured", 3)]),
        ("a gunman shot five people near the depot", [("hit", 5)]),
        ("A deputy fatally shot a man who ran at officers", [("killed", 1)]),
        ("Ana Ruiz, a county judge, was assassinated on Tuesday", [("killed", 1)]),
        ("gunmen assassinated two mayors", [("killed", 2)]),
        ("twelve herders were massacred near the well", [("killed", 12)]),
        ("the suspect tried to grab the gun to kill the deputy", []),
        ("Deputies seek gunman after woman found shot to death at motel", [("killed", 1)]),
        # "the second victim" is the second of those counted; "a second victim" (or "since") is one more dead
        ("The second teenager was pronounced dead on arrival.", [("killed", 1)]),
        ("A second victim has died.", [("killed", 2)]),
        ("Deputies Say Man Who Wounded 2 Clerks Killed Himself", [("injured", 2), ("killed", 1)]),
        ("The body of Jo Ruiz, 30, lay near the gate while neighbours and friends waited", [("killed", 1)]),
        # the verb before its number; ages after it are not counts
        ("Also hurt in the attack were three diners", [("injured", 3)]),
        ("Those hurt were 19 and 23 years old", []),
        ("Six diners were treated for minor wounds", [("injured", 6)]),
        # a list of numbers adds up when "and" closes it, and not into a part of it
        ("52 sick, 6 dead after the outbreak", [("killed", 6)]),
        ("the blast injured five people, one seriously", [("injured", 5)]),
        ("gunfire wounded six people, four of them students", [("injured", 6)]),
        ("a 40-year-old driver and a 52-year-old nurse, both of Elmtown, were shot", [("hit", 1), ("hit", 1)]),
        # the part is the count: "some 300 guests were at the hall and three of them were hurt"
        ("some 300 guests were at the hall and three of them were hurt", [("injured", 3)]),
        ("two groups of fans brawled and several were shot", [("hit", 10)]),
        ("troopers said two men, aged 19 and 31, and one woman, 44, were shot", [("hit", 2), ("hit", 1)]),
        # the attackers an "in addition to" names are added by ``attackers_killed``, not joined to the victims
        ("In addition to the two bombers, one guard was killed", [("killed", 1)]),
        ("a fair ended with five people shot", [("hit", 5)]),
        ("he fired twice, killing 2-year-old Ana Ruiz and wounding her uncle", [("killed", 1), ("injured", 1)]),
        # a figure given before it was corrected is no toll
        ("The sheriff initially told reporters that five hikers were shot, then corrected the release", []),
        # what a bomb "would have killed" is no toll
        ("Engineers said the truck bomb would have killed 40 passengers", []),
        # an age in a headline cut short is not a count
        ("Stray round hits 7-year-o", []),
        # the parts of a number set off by dashes are not more people; a dash after a dateline's clock opens no parts
        ("the blast killed six pilgrims - four men and two women - at the shrine", [("killed", 6)]),
        ("(03-11) 09:40 CST ELMTOWN -- A driver was killed and two other men were injured",
         [("killed", 1), ("injured", 2)]),
    ],
)
def test_victim_state(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def _toll(*texts):
    mentions = []
    for index, text in enumerate(texts):
        for mention in find_counts(text, offset=1000 * index):
            mention.sentence = index
            mentions.append(mention)
    pick = lambda outcome: [m for m in mentions if m.outcome == outcome]  # noqa: E731
    killed = killed_toll(pick("killed"))
    injured = shot_toll(killed=pick("killed"), injured=pick("injured"), shot=pick("hit"))
    return (killed.best if killed else 0, injured.best if injured else 0)


@pytest.mark.parametrize(
    ("texts", "killed_injured"),
    [
        (["Five people were shot, one fatally."], (1, 4)),
        (["Four dancers were shot - two fatally - at the fair."], (2, 2)),
        (["A man was shot on Friday night.", "He died at the hospital on Saturday."], (1, 0)),
        (["A woman was killed and a man was shot in the arm."], (1, 1)),
        (["The driver of the van is in critical condition and a young passenger has been pronounced dead."], (1, 1)),
        (["Three people were shot.", "Two were in stable condition."], (0, 3)),
        (["A woman was rushed to the hospital in critical condition.", "She died there on Monday."], (1, 0)),
        (["A man was shot and killed.", "No one else was hurt."], (1, 0)),
        (["Three workers were killed and another worker was injured."], (3, 1)),
        (["The guard was wounded and his brother was killed."], (1, 1)),
        (["Rosa Diaz, 31, and Ed Moss, 40, were killed, and Lin Park and Al Cruz were hurt."], (2, 2)),
        (["A father and his son were found fatally shot on Monday."], (2, 0)),
        (["Five traders and a boy were injured in the blast."], (0, 6)),
        (["Six people were shot; one of them died later."], (1, 5)),
        (["One man died at the scene.", "Two were treated for minor injuries.", "Two other victims had gunshot wounds."], (1, 2)),
        (["Medics said three men had gunshot wounds."], (0, 3)),  # wounds they have: hit
        (["Four people have bullet wounds, a nurse at the clinic said."], (0, 4)),
        (["A cook was wounded in the arm, a waiter was shot in the hip and another waiter was grazed on the chin."], (0, 3)),
        (["A man was shot on Elm Street.", "A man was shot on Elm Street.", "The man is expected to survive."], (0, 1)),
        (["Three guests were killed at the wedding.", "The bride's 20-year-old cousin was also shot in the arm."], (3, 1)),
        (["A gunman killed two guards and injured a third guard and a 15-year-old student."], (2, 2)),
        (["A teenager shot his brother to death and wounded an older brother."], (1, 1)),
        (["Deputies found four people shot at the farm.", "One of the men, 44, died later."], (1, 3)),
        (["Two teachers were killed.", "Four others were also shot and taken to hospitals."], (2, 4)),
        (["Police found two men shot in a parked car.", "Both men were later pronounced dead."], (2, 0)),
        (["Five people were shot at the bus stop.", "All three of them died at the hospital."], (3, 2)),
        # the subject of a passive starts after its clause break: "..., where he | was pronounced dead" is he
        (["Tariq Aziz was shot twice outside a shop.",
          "Aziz, who was shot in the chest, was driven to Mercy Clinic, where he was pronounced dead."], (1, 0)),
        # "hit in the leg", "winged"; "one of the wounded later died"
        (["The quarrel left three guests winged."], (0, 3)),
        (["Two porters were hit in the legs when the gunman fired."], (0, 2)),
        (["Four people were shot near the depot.", "One of the wounded later died, officers said."], (1, 3)),
        # a breakdown in brackets is not more dead; "the murder of A and B" counts both; "also killed" is one more
        (["Four monks (three Peruvians and one Chilean) and two cooks were killed in the raid."], (6, 0)),
        (["Two soldiers were charged with the murder of four teachers and two drivers."], (6, 0)),
        (["The mayor was killed in the ambush.", "His bodyguard was also killed."], (2, 0)),
        # the dead are not among those taken to hospitals when the hurt would be fewer than "dozens" allows
        (["Seven fans were killed and dozens were injured in the brawl.", "At least 16 fans were taken to hospitals."],
         (7, 16)),
        # "as well as" joins the objects of an active verb as "and" does
        (["A sniper opened fire, killing two rangers as well as a driver."], (3, 0)),
        # "also wounded were three diners": besides those told in the sentence
        (["Two porters were shot at the depot, and also wounded were three diners."], (0, 5)),
        # people counted one by one across sentences, the last by its ordinal alone
        (["Two victims walked into Bayview Medical.", "A third victim was found at Linden Clinic, and a fourth at "
          "Harbor General."], (0, 4)),
        (["A third victim was shot in the hip and a fourth round struck a car."], (0, 3)),
        # one person after an inverted verb: "Also injured was a vendor", "Killed was a ..."; "also" is besides the dead
        (["A ranger was killed at the gate.", "Also injured was a fruit vendor who was passing by."], (1, 1)),
        (["A ranger was killed at the gate.", "Also killed was a fruit vendor who was passing by."], (2, 0)),
        (["Also wounded was a 20-year-old man, officers said."], (0, 1)),
        (["Killed was Petra Lindqvist, 38, of Harlow."], (1, 0)),
        # "also" before the auxiliary, as reporters often place it
        (["Carl Brandt, 61, was flown to Hollis Regional, where he was later pronounced dead.",
          "Mira Santos, 47, also was found dead inside the cabin, deputies said."], (2, 0)),
        # "three of four": three; someone brought in after the dead in their sentence is not one of them
        (["Rangers say two of three herders were shot and killed and a 9-year-old boy wounded near the dam."], (2, 1)),
        (["The teenager is fighting for his life in an intensive care ward."], (0, 1)),
        # an ordinal gives the running toll
        (["Three people died at the fair.", "A fourth victim died later at the clinic."], (4, 0)),
        (["Two men were shot dead.", "Officers said a third shooting victim has since died."], (3, 0)),
        # one relative and a number more, killed by one verb
        (["A farmer fatally shot his wife and two young daughters at their home."], (3, 0)),
        # "how many" is a question
        (["Police would not say how many people were hurt."], (0, 0)),
        # "fatally" and "mortally" before the verb say the victim died
        (["A cyclist pedalling past the depot was fatally shot through the neck on Tuesday."], (1, 0)),
        (["The guard was mortally wounded in the exchange."], (1, 0)),
        (["Officers found 44-year-old Nia Cole and 12-year-old Ben Cole dead in a bedroom."], (2, 0)),
        # where each listed victim came from is not another victim; deaths without a word of revision cap nothing
        (["Two mechanics died and two others were hurt when gunfire raked a garage on Thursday.",
          "Rafi Noor, 40, of Elmwood, and Ken Dale, 38, of Ashby, were taken to a clinic, where they died."], (2, 2)),
        # a revised toll: those shot less the dead are the wounded, whatever the first toll said
        (["Six people were shot at the fair.", "The first bulletin gave one person killed and five wounded.",
          "Two more have since died, and officers confirmed that three were deceased."], (3, 3)),
        # "two of the four victims" is a part of four; a vague figure gives way to an exact one
        (["Four people were shot at a party.", "Two of the four victims drove themselves to a clinic."], (0, 4)),
        (["One dead, several hurt at the party.", "Five people were shot at a party.", "One of them died."], (1, 4)),
        # a reporter describes one victim anew in each sentence; "a third" is one more
        (["Dispatchers sent deputies to a garage where a person had been shot.", "They found a 40-year-old man with a gunshot wound.",
          "He died at the hospital."], (1, 0)),
        (["Both brothers were rushed to a clinic and they died there.", "A third brother had minor injuries."], (2, 1)),
        # a total and its breakdown share a verb: the total, not their sum
        (["Six people were shot outside the arena, one fatally.",
          "Five other patrons, three men and two women, were also shot."], (1, 5)),
        # the number in the incident's name; "none ... died" is nobody
        (["A cashier died in a triple shooting at the market."], (1, 2)),
        (["Detectives opened a double murder inquiry."], (2, 0)),
        (["Three teenagers were shot near the park.", "None of them died."], (0, 3)),
        # "a slain uncle" is someone else, not the four who were shot
        (["Three cousins driving home from the grave of a slain uncle were shot, one fatally."], (1, 2)),
        # a list found wounded, then dead
        (["Troopers discovered a driver and his passenger with bullet wounds in a parked van.",
          "The driver and passenger were declared dead at a clinic."], (2, 0)),
        # "the other man" is one of the pair already counted, not one more
        (["Two cousins were shot on Friday.", "One of the men was shot in a truck.",
          "The other man was shot in the back.", "Both died."], (2, 0)),
        # one person and a number of others; an ordinal gives the victims so far
        (["A 15-year-old was in serious condition after she and two others were shot at a bus stop."], (0, 3)),
        (["Kim Doe and four others were wounded when a car opened fire."], (0, 5)),
        (["A cook was shot in the arm and a waiter was shot in the hip.", "A third victim was also wounded."], (0, 3)),
        (["Two men were killed at the bar.", "A third man was also shot and is in stable condition."], (2, 1)),
        # numbers joined by "and" after one active verb add up; "a" and "a" are two people, not a vague figure
        (["A gunman fired into a crowd, killing a vendor and injuring his two sons and three other people."], (1, 5)),
        (["The raid killed three soldiers, 12 civilians, and two police officers."], (17, 0)),
        (["Rebels murdered a village headman and two of his sons."], (3, 0)),
        (["Jo Ruiz, a union leader, was found dead along with Tom Hale, a lawyer."], (2, 0)),
        # people listed rather than counted; the attacker's death after the dead he killed
        (["Ana Ruiz, a 24-year-old nurse, died at the scene."], (1, 0)),
        (["A reward was raised in the deaths of a mother and her 6-year-old son."], (2, 0)),
        (["A farmer shoots three neighbours, killing two, then himself"], (3, 1)),
        (["The gunman wounded a clerk before being fatally shot by deputies."], (1, 1)),
        (["The ambush left a nurse and a driver dead, and a boy and two men wounded."], (2, 3)),
        (["One victim suffered fatal injuries.", "The other three victims were listed in stable condition."], (1, 3)),
        (["Ana Ruiz was shot and killed at the shop.", "Tom Hale, a customer, was also killed."], (2, 0)),
        # the attacker's own death is one more beside a count of its sentence; a count told apart is everyone's
        (["A man stabbed his brother to death and then killed himself."], (2, 0)),
        (["Three people were killed by a gunman at a depot before he was shot dead by officers."], (4, 0)),
        (["The suspect was shot and killed by deputies after a chase."], (1, 0)),
        (["Three people died at the farmhouse on Sunday.", "The gunman had turned the rifle on himself."], (3, 0)),
        (["Five people were killed, including the gunman, who shot himself to death."], (5, 0)),
        # a vague number of people hit beside an exact toll of dead: the rest of the fewest the word allows
        (["Medics reached several gunshot victims in the orchard.", "Three of them died at the scene."], (3, 0)),
        (["Several people were shot at the fair, one of them fatally."], (1, 2)),
        # a list of people as the subject: pronouns and names after "police say"; "none of" is nobody
        (["Police say Ana Ruiz and Tom Hale were killed in the kitchen."], (2, 0)),
        (["The cashier died at the clinic on Friday after she and her aunt were shot outside a bus shelter."], (1, 1)),
        (["The driver never drew a weapon, and none of the deputies were injured."], (0, 0)),
        (["Officers said Ana Ruiz, 33, and Tom Hale, 28, were wounded."], (0, 2)),
        # the victim described, then named: one person, not a dead one and a wounded one
        (["A courier was found shot to death in a parked van.", "Detectives think Ruiz was shot behind the depot."], (1, 0)),
        (["Deputies came upon a hiker with a gunshot wound to her side.", "She was declared dead by medics."], (1, 0)),
        # a toll that grew: the wounded of the earlier count less the deaths since
        (["Two dead, two hurt after gunfire at a gas station", "The gunfire at the pumps killed a clerk and wounded "
          "three other customers.", "Ruiz later died in surgery."], (2, 2)),
        (["One guard was pronounced dead in the lobby and another guard died during surgery."], (2, 0)),
        (["Two cousins were killed.", "Soon after, another person was fatally shot by the river."], (2, 0)),
        # "both victims had injuries" are the dead; a vague number of people shot is at least its fewest
        (["Deputies found a farmer and his nephew dead in the barn.", "Both victims suffered head injuries."], (2, 0)),
        (["Several people were shot at a dance hall.", "The doorman was wounded in the knee.",
          "Another guest was grazed on the hand."], (0, 3)),
        # people listed one by one after "identified as", "and" a number more, "N other people" besides one told
        (["The victims were identified as Ana Ruiz, 61, Tom Hale, 19, Jo Lin, 40, and Sam Ortiz, 35."], (0, 4)),
        (["A pathologist identified the victims as 61-year-old Ana Ruiz, of Elmtown, 19-year-old Tom Hale and "
          "40-year-old Jo Lin, who all died in the fire-bombed mill."], (3, 0)),
        (["A 9-year-old and two adults were shot at the fair."], (0, 3)),
        (["Police said the five people who were shot at the fair are expected to live."], (0, 5)),
        (["Gunfire raked the van, hitting all three of its riders."], (0, 3)),
        (["A wedding brawl left one groomsman in hospital and two others grazed."], (0, 3)),
        (["A cook was wounded in the leg.", "Two other people with gunshot wounds drove themselves to a clinic."],
         (0, 3)),
        (["Five people were shot at the fair.", "The other four victims were treated and released."], (0, 5)),
        # the people an active "shot" lists, one for each
        (["The intruder shot his stepson, a neighbour, a cook and a deputy."], (0, 4)),
        (["The robber shot a clerk and a bouncer."], (0, 2)),
        # the attacker's own death is not one of the people he shot
        (["A retired miner shot his brother and a neighbour at the farm before he died."], (1, 2)),
        (["Four people were shot at the fair before the gunman killed himself."], (1, 4)),
        (["The gunman shot three neighbours and then took his own life."], (1, 3)),
        # "shot and wounded" someone is one wounded person beside the dead, not a person hit who may be one of them
        (["The rancher fired from the porch and killed two cousins.", "Then he shot and wounded a neighbour by the fence."],
         (2, 1)),
        (["A clerk was shot dead and the robber also shot and wounded a customer."], (1, 1)),
        # a shooting that "also wounded two other people" wounded them besides the one told first
        (["A bus driver is in critical condition after gunfire at the depot that also wounded two other people."], (0, 3)),
        # a list of people who all suffered gunshot wounds
        (["Medics said Ana Ruiz, Tom Hale, Jo Lin and Sam Ortiz all suffered gunshot wounds to the legs."], (0, 4)),
        # an active verb's object list ("killing his former brother-in-law and his cousin"), two ages before one
        # plural noun, and a bare age as the person ("wounded a nine-year-old")
        (["A man opened fire at the ferry dock, killing his former brother-in-law and his cousin and wounding two porters."],
         (2, 2)),
        (["Deputies said a trucker killed his 3- and 5-year-old nieces in the cabin and later turned himself in."], (2, 0)),
        (["A sniper on the overpass killed three motorists; he also wounded a nine-year-old."], (3, 1)),
        # people listed as "also" struck are besides the dead; a victim told as "a fifth victim" is one of five
        (["A courier died of his wounds at the clinic.", "Ana Ruiz, Tom Hale and Jo Lin were also hit by stray bullets."], (1, 3)),
        (["Four dancers were wounded at the fair.", "A fifth victim turned up at a clinic the next morning."], (0, 5)),
        # a part of the wounded who "later died" leaves the rest wounded; dying "at the scene" tells of the dead
        (["Four hikers were hurt when a hunter fired into the camp.", "One of the hikers later died."], (1, 3)),
        (["Three miners were killed and four others were hurt in the raid.", "Two of the miners died at the gate."],
         (3, 4)),
        # the people an active verb names one by one
        (["The sniper on the bridge fired twice, killing Ana Ruiz, 44, and Tom Hale, 61."], (2, 0)),
        (["The gunman shot and killed Ana Ruiz and Tom Hale before fleeing."], (2, 0)),
        # two dead told one by one in a sentence ("one ... and another ...") are the toll, not one more on top of it
        (["Two dead, three hurt at a camp.", "One guard was declared dead on the spot, and another guard died at the clinic."], (2, 3)),
        # people who reached a hospital by themselves
        (["A bouncer was grazed on the arm.", "Two others drove themselves to Mercy Clinic."],
         (0, 3)),
        # trying to take one's own life is no death
        (["The landlord killed his brother with a shotgun and then tried to take his own life in the barn."], (1, 0)),
        (["The gunman shot two neighbours and then took his own life."], (1, 2)),
        # a crowd that gathered is no toll, whatever verb follows
        (["Some 300 neighbours have gathered at the chapel with candles for an officer fatally shot on patrol."], (1, 0)),
        (["Crowds gather at memorial for slain ranger"], (0, 0)),
    ],
)
def test_shot_victims_move_from_injured_to_killed(texts, killed_injured):
    assert _toll(*texts) == killed_injured


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen on a motorbike killed an editor outside the press club.", 1),  # the press's trades name people too
    ("Two newsmen were shot dead near the ferry landing.", 2),
])
def test_the_press_trades_are_people(text, killed):
    assert _toll(text)[0] == killed


@pytest.mark.parametrize(("texts", "killed"), [
    # the attacking side told "also" killed after the people it attacked: both sides' dead
    (["Raiders stormed a ranger post at dawn, killing five rangers.", "Two raiders were also killed in the gunfight."], 7),
    (["Gunmen shot dead three guards at the depot.", "Four of the gunmen were also killed."], 7),
    (["Raiders stormed a ranger post at dawn, killing five people.", "Two raiders were also killed in the gunfight."], 7),
    # ... and each side told by its own word, with or without "also"
    (["Raiders stormed a ranger post at dawn, killing five rangers.", "Two raiders were killed in the gunfight."], 7),
    (["Raiders stormed a depot, killing six guards.", "Troops later killed 11 of the raiders."], 17),
    # ... not the same side told again, nor people the raiders may be among
    (["Raiders stormed a ranger post at dawn, killing five rangers.", "Two rangers were also killed."], 5),
    (["Raiders stormed a ranger post at dawn, killing five people.", "Two raiders were killed in the gunfight."], 5),
])
def test_the_other_sides_dead_add_up(texts, killed):
    assert _toll(*texts)[0] == killed


def test_an_attacker_who_lived_adds_no_death():
    assert _toll("A woman shot her husband and then turned the gun on herself; she is in critical condition.")[0] == 0


def test_attackers_killed_besides_the_victims():
    from eventsift.events.counts import attackers_killed
    assert attackers_killed("In addition to the bomber, six guards were killed.") == 1
    assert attackers_killed("In addition to the three assailants, two guards were killed.") == 3
    assert attackers_killed("In addition to the deaths of two gunmen, four people died.") == 2
    assert attackers_killed("Four guards were killed.") == 0


def test_a_list_of_people_is_an_exact_count_whatever_its_range():
    from eventsift.events.tolls import is_vague
    from eventsift.records import Count
    assert not is_vague(Count(low=1, best=3, high=3, text="Ana Ruiz, Tom Hale and Jo Lin"))
    assert is_vague(Count(low=3, best=5, high=9, text="several"))


def test_where_a_victim_was_from_is_not_a_part_of_a_group():
    assert [m.subset for m in find_counts("Ana Ruiz, 58, of Elmtown was found dead by the canal.")] == [False]
    assert [m.subset for m in find_counts("One of them was found dead by the canal.")] == [True]


@pytest.mark.parametrize(("text", "killed_injured"), [
    # "shot at" a place or a time is where and when they were hit; "shot at by" is fired upon
    ("Four men were shot at Rosie's Tavern near Elm Street on Sunday.", (0, 4)),
    ("Three women were shot at 1 a.m. Friday.", (0, 3)),
    ("Two guards were shot at by a gunman on Friday.", (0, 0)),
    # a dateline's time and capitals before the lead are not the whole of a breakdown
    ("(07-02) 09:45 PDT LAKEVILLE -- Five students remained hospitalized Sunday after a shooting.", (0, 5)),
    # a list of people counts all of them, with its singular one among them
    ("Their cousin and a 41-year-old neighbour were hit by gunfire in a parked van.", (0, 2)),
])
def test_reporters_lead_phrasings(text, killed_injured):
    assert _toll(text) == killed_injured


@pytest.mark.parametrize(("texts", "killed_injured"), [
    # a blade or a gun's butt wounds as a bullet does: one hurt, and others "also hurt" beside them
    (("A cyclist was stabbed in the shoulder near the pier on Monday.",), (0, 1)),
    (("A teenager was stabbed near the depot on Monday.", "Two other teenagers were hurt."), (0, 3)),
    (("Police said the intruder stabbed three guests.",), (0, 3)),
    (("A cashier was pistol-whipped during the holdup.",), (0, 1)),
    # ... and dead where the text says so
    (("A woman was stabbed and killed behind the diner.",), (1, 0)),
    (("A woman was stabbed to death behind the diner.",), (1, 0)),
])
def test_people_stabbed_or_pistol_whipped_are_hurt(texts, killed_injured):
    assert _toll(*texts) == killed_injured


@pytest.mark.parametrize(("text", "killed_injured"), [
    ("The shell killed a family of six in the orchard.", (6, 0)),
    ("A family of four was wounded when the roof fell in.", (0, 4)),
    ("A family of three were shot dead at the farm.", (3, 0)),
    ("The boy lived with a family of five in the orchard.", (0, 0)),
])
def test_a_family_told_by_its_size_is_that_many_people(text, killed_injured):
    assert _toll(text) == killed_injured


def test_a_victim_told_as_the_nth_in_figures():
    assert _toll("Officers later learned that a 6th student was hurt at the rink.") == (0, 6)
    assert _toll("Five men were shot on Friday.", "A 3rd victim died on Sunday.") == (3, 2)


def test_a_person_and_their_family_are_all_counted():
    assert _toll("The killings of a man and his four sons shocked the valley.") == (5, 0)
    assert _toll("A man and his two nephews were shot near the levee.") == (0, 3)
    # the verb before them: "the shelling killed a mother and her four daughters"
    assert _toll("The shelling killed a mother and her four daughters.") == (5, 0)
    assert _toll("Raiders murdered a herder and his three brothers at dawn.") == (4, 0)


def test_the_attackers_death_told_with_an_aside_counts_once_more():
    assert _toll("Four guards were shot dead by a gunman.", "The gunman, a dismissed employee, was killed.") == (5, 0)
    assert _toll("Four guards were shot dead by a gunman.", "The lone gunman, who had worked there, was killed.") == (5, 0)


def test_a_number_of_people_and_one_of_their_kin():
    assert _toll("Three girls and their grandmother were found dead in the burned house.") == (4, 0)
    assert _toll("Two brothers, aged 9 and 12, and their uncle were wounded outside the mosque.") == (0, 3)


def test_both_sides_of_a_fight_are_no_two_victims():
    assert _toll("The observers said 23 gunmen from both sides died in the battle.") == (23, 0)
    assert _toll("Nineteen militiamen from both sides were killed in the clashes.") == (19, 0)


def test_the_dead_and_the_wounded_listed_after_the_word_for_them():
    assert _toll("The dead included nine militiamen and four police officers.") == (13, 0)
    assert _toll("Among the dead were six pupils.") == (6, 0)
    assert _toll("The wounded included two firemen.") == (0, 2)
    # a part of a toll told before is no more dead
    assert _toll("The rockets killed 16 people.", "The dead included five women.") == (16, 0)
    assert _toll("Four people died.", "The dead were taken to the morgue in two vans.") == (4, 0)


def test_one_family_is_no_victim_beside_its_members():
    assert _toll("Seven members of one family were killed when the shell hit their home.") == (7, 0)
    assert _toll("Police said three family members were wounded at the farm.") == (0, 3)


def test_people_listed_as_also_killed_add_to_the_one_told_first():
    assert _toll("The provincial governor was shot dead in an ambush in which his wife and his brother were also killed.") == (3, 0)
    # numbered "other" people are not a list told besides the dead
    assert _toll("Two were found wounded, and two other people were found shot and killed.") == (2, 2)


def test_the_dead_of_another_kind_are_not_among_those_hit():
    assert _toll("Three men were shot in the yard and a baby boy was killed.") == (1, 3)
    assert _toll("Three men were shot in the yard and a man was killed.") == (1, 2)


def test_a_baby_told_by_months_is_one_person():
    assert _toll("A man was charged with murder in the death of 7-month-old Ada Fox.") == (1, 0)


def test_the_whole_after_out_of_is_not_the_count():
    assert _toll("A brawl broke out and two men out of the 80 guests at the hall were shot.") == (0, 2)


def test_a_victims_death_told_after_his_life_is_not_the_attackers():
    assert [m.victims for m in find_counts("She had turned 19 just weeks before she was killed.")] != ["another perpetrator"]
    assert "another perpetrator" in [m.victims for m in find_counts("He shot two clerks before he was shot dead by a guard.")]


def test_others_hurt_add_to_the_hurt_told_first_when_nobody_died():
    assert _toll("Two guests are in critical condition and four others were treated for minor wounds.") == (0, 6)
    assert _toll("A porter was injured at the depot.", "Two others were hurt by flying glass.") == (0, 3)
    # beside the dead, "others" are those besides the dead
    assert _toll("A porter was killed and two others were injured.") == (1, 2)


def test_a_charge_sheet_counts_one_murder_count_per_person_killed():
    assert _toll("The driver faces trial on three first-degree murder counts.") == (3, 0)
    assert _toll("Ray Dunn was indicted on two counts of first-degree murder and an attempted murder count.") == (2, 0)
    assert _toll("He was arraigned on five counts of attempted murder.") == (0, 0)


def test_an_aside_about_the_people_counted_is_no_count_of_its_own():
    assert _toll("Seven nuns, three of them from abroad, were murdered at the mission.") == (7, 0)
    assert _toll("Nine people, two of whom were children, were wounded by the blast.") == (0, 9)


def test_a_deadly_incident_named_without_a_number_killed_someone():
    assert _toll("Detectives are looking into a fatal stabbing outside a bakery on Tuesday.") == (1, 0)
    assert _toll("Sunday's deadly shooting left the street shaken.", "Four people were shot, two of them fatally.") == (2, 2)
    # a history of incidents, or a name with no article, counts nobody
    assert _toll("The corner has seen three fatal shootings this year.") == (0, 0)


def test_people_named_by_their_age_group_or_role_are_people():
    assert _toll("Deputies found a juvenile with a gunshot wound in a yard.") == (0, 1)
    assert _toll("A referee was shot dead after the match.") == (1, 0)


def test_one_more_person_also_hit_who_later_died_adds_to_the_dead():
    assert _toll("Two guards were found dead at the gate.",
                 "A cook was also hit by the burst and later died in surgery.") == (3, 0)
    # one of those hit who later died is not one more
    assert _toll("Four people were shot at the fair.", "One man was taken to a clinic where he later died.") == (1, 3)


def test_more_dead_add_to_the_dead_told_just_before_them():
    assert _toll("Police counted six victims at the bakery.", "One victim, a 52-year-old clerk, died at the scene.",
                 "The other five were rushed to the hospital.", "Two more people, a cook and a driver, died there.") == (3, 3)
    assert _toll("Six people were shot at the fair.", "One man died at the scene and two more people died later.") == (3, 3)
    assert _toll("Two men were killed and five wounded in the raid.", "Two more victims died on Sunday.") == (4, 3)
    # a headline's total is not added to again, nor is a total the sentence gives itself
    assert _toll("Three dead in bakery shooting.", "Six people were shot at the bakery.", "One died at the scene.",
                 "Two more died at a clinic.") == (3, 3)
    assert _toll("Two guards were killed at the depot.", "Two more died on Sunday, bringing the death toll to four.")[0] == 4
    # more dead told after other dead, at another scene, are not among the wounded
    assert _toll("At least four people were wounded.", "Five people were shot dead at a diner, and two more died at "
                 "a garage.") == (7, 4)


def test_a_family_named_by_a_plural_without_a_number():
    assert _toll("Police said a farmer killed his parents at their ranch.") == (2, 0)
    assert _toll("Ray Dunn, 40, shot and killed his daughters, ages 5, 7 and 9, at the cabin.") == (3, 0)
    assert _toll("The suspect wounded his children before fleeing.") == (0, 2)
    # a number of their own is read as written; a possession of the family is no victim
    assert _toll("A man fatally shot his three sons at the farm.") == (3, 0)
    assert _toll("A man killed his parents' dog on the porch.") == (0, 0)


def test_people_hit_in_a_shooting_were_hit_by_gunfire():
    assert _toll("Officers said three people were hit in a late-night shooting near the docks.") == (0, 3)
    assert _toll("Two guards were struck during the gunfire at the depot.") == (0, 2)
    # hit in a crash is no gunshot
    assert _toll("Two cyclists were hit in a crash on the bridge.") == (0, 0)


def test_an_aside_giving_ages_is_no_count_of_its_own():
    assert _toll("Three other men in the flat, two twenty years old, one twenty-two, were also shot but survived.") == (0, 3)
    assert _toll("Four hikers, aged 19 to 24, were wounded on the trail.") == (0, 4)


def test_people_hit_and_told_alive_are_not_among_the_dead():
    assert _toll("Two men died at the scene.", "Medics say three porters were rushed to hospital in stable "
                 "condition.") == (2, 3)
    assert _toll("Two victims, a 20-year-old man and a 23-year-old man, died at the scene.",
                 "Three victims, a 21-year-old man, a 22-year-old man, and a 30-year-old man, were all rushed to a "
                 "hospital for treatment of minor injuries.") == (2, 3)
    # people hit with no state told may be the dead among them
    assert _toll("Two men died at the scene.", "Three victims were taken to a hospital.") == (2, 1)


def test_a_local_hospital_is_no_person():
    assert [m.count.best for m in find_counts("Three guards were taken to a local hospital for treatment of "
                                              "injuries.")] == [3]
    assert [(m.outcome, m.count.best) for m in find_counts("A local was shot dead on the road.")] == [("killed", 1)]


def test_a_victim_with_an_article_is_one_person():
    assert [(m.outcome, m.count.best) for m in find_counts("A victim was found with a gunshot wound.")] == [("hit", 1)]
    assert [(m.outcome, m.count.best) for m in find_counts("Two porters were found nearby with gunshot wounds.")] == \
        [("hit", 2)]
    # "a second victim" is the toll its ordinal tells
    assert _toll("A second victim has died.") == (2, 0)


def test_a_part_of_the_wounded_who_died_is_counted_as_the_part():
    assert _toll("Four hikers were found shot near the lake.", "Rangers said two of the four shooting victims had "
                 "died.") == (2, 2)
    assert _toll("Six people were wounded at the fair.", "Two of the wounded later died.") == (2, 4)


def test_a_clock_time_with_a_typographic_apostrophe_is_no_count():
    assert _toll("When deputies arrived just before 9 o’clock one man was found dead in the yard.") == (1, 0)


def test_a_shooting_that_took_her_life_killed_her():
    assert _toll("Ana Ruiz, 19, was the victim of a drive-by shooting that took her life.") == (1, 0)


def test_killed_him_is_the_death_of_someone_told_before():
    assert _toll("A courier was shot outside the depot.", "The robber walked up to him and killed him.") == (1, 0)
    # officers who returned fire and killed him killed the attacker, one more
    assert _toll("A robber shot two cooks at the diner.", "Deputies returned fire and killed him.") == (1, 2)


def test_a_named_person_shot_and_the_people_listed_with_them():
    assert _toll("Police believe Ray Dunn shot and killed Ana Ruiz and her son, Lino Ruiz, at the farm.") == (2, 0)
    assert _toll("The gang shot Tom Hale and a guard at the depot.") == (0, 2)
    assert _toll("Officers say Ray Dunn shot Ana Ruiz dead at the farm.") == (1, 0)
    # a day after "shot" is no person
    assert _toll("A gunman shot Friday Night into the air over the farm.") == (0, 0)


def test_a_part_of_the_wounded_told_as_fatally_wounded_died():
    assert _toll("A brawl at the fair left seven people wounded -- three mortally, officials said.") == (3, 4)
    assert _toll("Seven people were wounded, three of them fatally.") == (3, 4)


def test_who_fired_is_no_count_of_those_hit_and_a_death_at_the_hospital_came_later():
    assert _toll("Two deputies fired their rifles, and the man sustained two gunshot wounds.") == (0, 1)
    assert _toll("Two men are dead after a shooting at the lookout.",
                 "A guard was found dead and two others were found with gunshot wounds.",
                 "The two were taken to a hospital where the older man died.") == (2, 1)


def test_went_on_to_kill_is_a_deed_not_an_aim():
    assert _toll("The gunman went on to kill five people at the depot.") == (5, 0)
    assert _toll("The gunman wanted to kill five people at the depot.") == (0, 0)


def test_another_teen_and_a_wound_described_at_length():
    assert _toll("A courier was shot dead at the depot.", "The gunfire left another teen critically wounded.") == (1, 1)
    assert _toll("Deputies found a guard with a non-life-threatening gunshot wound.") == (0, 1)


def test_a_headlines_present_tense_kills_injures_and_dies():
    assert _toll("Gunman kills 2, injures 4 outside Elmford diner") == (2, 4)
    assert _toll("A sniper kills one, wounds three at the ferry landing.") == (1, 3)
    assert _toll("3 die in Elmford warehouse shooting") == (3, 0)
    assert _toll("Boy shot at picnic dies; uncle held") == (1, 0)
    # a death only feared or meant is none
    assert _toll("Doctors said two of the hikers could die.") == (0, 0)
    assert _toll("If he dies, the charge will be murder.") == (0, 0)


def test_people_listed_by_number_and_comma_are_all_counted():
    assert _toll("3 boys, 2 women shot at the Elmford fair") == (0, 5)
    assert _toll("Two teens, three adults were wounded near the pier.") == (0, 5)
    # numbers of other things listed by commas are no list of the people hit
    assert _toll("52 sick, 6 dead at the county fair") == (6, 0)


def test_people_shot_at_a_gathering_a_headline_names_without_article_were_hit():
    assert _toll("4 shot at graduation party in Elmford") == (0, 4)
    assert _toll("Two men were shot at home on Sunday.") == (0, 2)
    # people shot at are fired upon when the words after "at" are whom they fired on
    assert _toll("Two men shot at deputies from a van.") == (0, 0)


def test_one_more_person_also_hit_of_another_kind_than_the_group():
    assert _toll("Four men were shot outside the arcade.", "A woman was also shot and drove to a clinic.") == (0, 5)
    assert _toll("Officials said three adult male victims were taken to Elmford Medical Center.",
                 "A 4-year-old was also hit by a bullet.") == (0, 4)
    assert _toll("Deputies found three men with gunshot wounds in the tavern.", "Two of those men later died.",
                 "A woman was also shot and went to a clinic.") == (2, 2)
    # one of the same kind, or one told by its place in the count, may be one of the group
    assert _toll("Four men were shot outside the arcade.", "A man was also shot.") == (0, 4)
    assert _toll("Four men were shot outside the arcade.", "A fifth man was also shot.") == (0, 5)
    assert _toll("Four people were shot outside the arcade.", "A woman was also shot.") == (0, 4)


def test_a_bare_age_after_and_is_one_person():
    assert _toll("Two adults and a 5-year-old were shot on the porch.") == (0, 3)
    # an age beside a description is no count of its own
    assert _toll("Ana Ruiz, a 29-year-old Latina, died Friday.", "Police said Ruiz was found shot in her kitchen.") == (1, 0)


def test_one_person_who_reached_a_hospital_with_a_gunshot_wound():
    assert _toll("Before dawn an Elmford man drove himself to St. Jude clinic with two bullet wounds.") == (0, 1)
    assert _toll("A young woman later turned up at Elmford General Hospital with a gunshot injury to her arm.") == (0, 1)
    assert _toll("A man drove himself to St. Jude clinic with a burn on his hand.") == (0, 0)


def test_people_receiving_treatment_and_injure_another():
    assert _toll("Deputies said a 63-year-old ferry worker, hit twice by gunfire, is getting hospital treatment.") == (0, 1)
    assert _toll("The gunman went on to kill four people and critically injure another.") == (4, 1)


def test_a_passenger_is_a_person_and_a_condition_ends_a_clause():
    assert _toll("In the minivan a rear passenger, 15, sustained a bullet wound in the calf.") == (0, 1)
    assert _toll("The passenger side door was hit by a bullet.") == (0, 0)
    assert _toll("The driver of the truck remains in serious condition and an elderly passenger was declared dead.") == (1, 1)


def test_one_told_hurt_after_the_dead_were_told_is_someone_else():
    assert _toll("Rangers found the bodies of three people near the lake.",
                 "A wounded woman was found on the trail when they arrived.") == (3, 1)
    # one told hurt before "he later died" may be the dead
    assert _toll("A wounded man was found on the trail.", "He later died at a clinic.") == (1, 0)


def test_people_who_survived_but_were_also_hit():
    assert _toll("A cook was shot dead by robbers.", "The two other cooks survived but were also hit and wounded "
                 "by gunfire.") == (1, 2)


def test_people_shot_along_with_one_more():
    assert _toll("Deputies seek a man in the killings of a farmer and his nephew.",
                 "Both were shot, along with a neighbour, just after dawn near the silo.") == (2, 1)
    assert _toll("The three were shot along with another cyclist on the towpath.")[1] == 4


def test_a_vague_number_hit_beside_an_exact_number_wounded():
    assert _toll("Several people were shot at a barn dance in Elmford.",
                 "A deputy said as many as three people were wounded.") == (0, 3)
    assert _toll("Several people were shot at a barn dance in Elmford.")[1] == 10


def test_a_part_of_the_wounded_told_dead_in_their_sentence_or_later():
    assert _toll("Rangers say at least 12 campers were hurt, and three of those victims are dead.") == (3, 9)
    assert _toll("The brawl left five guests injured at the inn.",
                 "One of the guests, who was shot in the chest, later died.") == (1, 4)


def test_the_last_person_a_groups_sentence_describes_is_one_of_the_group():
    assert _toll("Three porters were wounded at the dock -- a cook shot in the hip, a man grazed on the wrist and "
                 "another man hit in the knee.") == (0, 3)


def test_a_verb_with_its_object_before_and_is_no_list_of_people():
    assert _toll("At least one man pulled a knife and five guests were wounded in the fight.") == (0, 5)


def test_one_death_told_by_a_shooting_death_a_body_found_or_a_headline_noun_after_a_town():
    assert _toll("A shooting death is under investigation in Elmford.") == (1, 0)
    assert _toll("Deputies say a hunter’s body is found near the creek.") == (1, 0)
    assert _toll("Oakton Juvenile dead from gunshot wound") == (1, 0)
    # deaths told as a statistic are no incident's toll
    assert _toll("Shooting deaths rose last year.") == (0, 0)


def test_people_who_shot_and_people_denied_hurt_are_no_victims():
    assert _toll("Deputies are hunting three men who shot at a parked patrol car near the mill.") == (0, 0)
    assert _toll("No pupils nor the van driver were hurt, the sheriff said.") == (0, 0)
    assert _toll("Neither the cook nor the passenger was injured.") == (0, 0)
    # people who were shot are the hit, and people who died the dead
    assert _toll("Three men who were shot near the mill reached a clinic.") == (0, 3)
    assert _toll("Police named the two cooks who died in the shooting.") == (2, 0)


def test_people_an_active_verb_lists_by_commas():
    assert _toll("It was a deadly ambush that injured a bus driver, a county deputy, and another woman.") == (1, 3)
    assert _toll("The gunman killed his wife, his son and a neighbour.") == (3, 0)


def test_a_headlines_pair_a_bare_age_and_a_couple_with_their_children():
    assert _toll("Grandmother, grandson found dead in Oakton home") == (2, 0)
    assert _toll("Oakton Uncle, Nephew Shot Outside Diner") == (0, 2)
    assert _toll("9-year-old shot, killed in Oakton, 2 others hurt") == (1, 2)
    assert _toll("An Oakton couple and their three sons were found dead in the farmhouse.") == (5, 0)
    # an article before a bare age is no headline's, and counts it once
    assert _toll("The 9-year-old was dead at the scene.") == (1, 0)


def test_a_parent_of_children_is_one_person():
    assert _toll("A father of three was killed in the shooting.") == (1, 0)
    assert _toll("Deputies said a grandmother of five was shot at the bus stop.") == (0, 1)


def test_people_hit_in_more_parts_of_the_body():
    assert _toll("A guard was hit in the knee.") == (0, 1)
    assert _toll("Two boys were struck in the ankle.") == (0, 2)
    assert _toll("The van was hit in the side.") == (0, 0)


def test_a_first_number_of_one_kind_is_a_part_not_the_total():
    """"Three boys, two women and a man": six people, though 3 = 2 + 1; "five patrons, three men and two women": 5."""
    assert _toll("Three boys, two women and a man were shot outside the rink.") == (0, 6)
    assert _toll("Five other patrons, three men and two women, were also shot.") == (0, 5)


def test_a_limiting_word_between_an_active_verb_and_its_number():
    assert _toll("A parcel bomb went off in the lobby, injuring only two people.") == (0, 2)
    assert _toll("Rebels shelled the depot, killing just one guard.") == (1, 0)


def test_an_active_past_verb_with_a_named_person_as_its_object():
    assert _toll("Masked men this morning wounded Tomas Ferrero Vidal, a city councillor.") == (0, 1)
    # a passive verb or a weekday after it names nobody
    assert _toll("The guard was wounded Tuesday near the depot.") == (0, 1)
    assert _toll("Two brothers were badly injured Friday.") == (0, 2)


def test_a_pair_whose_second_is_one_of_a_group():
    assert _toll("His driver and one of his guards were killed in the ambush.") == (2, 0)
    # a number before it is a group of its own, not one of a pair
    assert _toll("The two clerks and one of their customers were shot.") == (0, 3)


def test_one_told_by_a_place_the_dead_already_reach_is_one_of_the_dead():
    assert _toll("Four people were found shot dead in the farmhouse.",
                 "Deputies later found a fourth person shot in the barn.") == (4, 0)
    # a place past the dead is one more
    assert _toll("Two clerks were killed in the robbery.", "A third man was shot in the arm.") == (2, 1)


def test_people_listed_after_a_death_and_told_wounded_lived():
    assert _toll("Rangers are looking into the killing of a woman and four others who were hurt by the blast.",
                 "The woman died at the lake.") == (1, 4)
    assert _toll("Rangers found the bodies of four hikers and two guides.") == (6, 0)
    # the clause is cut before "who were hurt": the rest of its sentence tells who lived
    assert [(m.outcome, m.count.best) for m in find_counts(
        "Rangers are looking into the killing of a woman and four others", after=" who were injured at the lake.")] == [
        ("killed", 1), ("injured", 4)]


def test_both_after_the_people_listed_is_how_many_they_are():
    assert _toll("Ana Ruiz and the driver were both pronounced dead at the scene.") == (2, 0)
    # "both" before a group is a part of the list
    assert _toll("Both raiders and one guard were killed in the clash.") == (3, 0)


def _told(*texts):
    """The mentions of ``texts`` (one sentence each) with "they died" given the size of the group before it."""
    from eventsift.events.counts import group_size
    mentions = []
    for index, text in enumerate(texts):
        for mention in find_counts(text, offset=1000 * index):
            mention.sentence = index
            mentions.append(mention)
    return [(m.outcome, group_size(m, mentions).count.best) for m in mentions]


def test_they_of_one_person_told_in_its_own_sentence_is_one():
    assert _told("Medics found a person with a gunshot wound.",
                 "The victim was taken to a hospital, where they later died.")[-1] == ("killed", 1)
    # "they" of the group counted before is the group
    assert _told("Two guards were shot at the gate.", "They later died at the hospital.")[-1] == ("killed", 2)


def test_people_fatally_shot_this_year_are_a_statistic():
    from eventsift.events.clauses import STATISTIC
    assert STATISTIC.search("Seven deputies have been fatally shot this year alone, the sheriff said.")
    assert not STATISTIC.search("Two deputies were fatally shot on Tuesday.")
    # a total over the year
    assert STATISTIC.search("A total of 412 people died by gunfire in the county this year, the coroner said.")
    assert STATISTIC.search("In all, 87 officers were killed on duty last year.")
    assert not STATISTIC.search("A total of four people were hurt in Tuesday's blast.")
    assert STATISTIC.search("Bandits have killed more than 80 civilians this year.")
    assert not STATISTIC.search("The rebels killed at least 30 people on Monday, the worst attack this year.")


def test_other_people_hit_of_whom_one_died_in_their_own_sentence():
    assert _toll("Three guards were killed and one critically wounded at the depot.",
                 "Medics said two of the guards died at the gate.",
                 "Two other guards were taken to hospitals, where one was pronounced dead.") == (3, 1)
    # one told dead after a number of other people is not a part of them when named apart
    assert _toll("A cook was killed.", "Two other people were shot and a porter was killed.")[1] == 2


def test_pronounced_deceased_is_a_death():
    assert _toll("Police said one was pronounced deceased at the hospital.") == (1, 0)


def test_deaths_from_the_cold_or_shoveling_snow_are_no_victims():
    from eventsift.events.clauses import tells_accident
    assert tells_accident("Two more people died during the storm, both while shoveling snow.")
    assert tells_accident("An elderly man died of hypothermia in his car.")
    assert not tells_accident("Two more people were shot dead during the storm.")


def test_treated_at_a_place_and_released_is_hurt():
    assert _toll("Three other people were treated at the scene and released.") == (0, 3)


def test_the_dead_a_sentence_tells_one_by_one():
    assert _toll("Deputies said five people were shot at the lake.",
                 "One man died at the scene and a woman died at the clinic.") == (2, 3)
    # one person described twice is one
    assert _toll("One man died at the scene, a man of 40 from Oakton.")[0] == 1


def test_someone_told_anew_who_later_died_was_one_of_the_wounded():
    assert _toll("Six people were wounded at the fair on Friday.",
                 "A 20-year-old woman was shot in the neck and later died at a clinic.") == (1, 5)
    assert _toll("Six people were wounded at the fair on Friday.", "A guard later died.") == (1, 5)
    # a death told first: the wounded are others
    assert _toll("A guard was killed at the fair.", "Six people were wounded.", "A cook later died.")[1] == 6
    # one told by "the" is someone already counted
    assert _toll("Two guests were wounded in a shooting at an inn.",
                 "The 30-year-old victim died at a clinic.") == (1, 1)
    assert _toll("Two guards were wounded in a shootout at the gate.", "The suspect died at a clinic.")[1] == 2


def test_others_besides_one_person_when_the_dead_are_a_part_of_them():
    assert _toll("A guard was shot at the gate.", "Two others were hurt by gunfire.",
                 "One of them later died.") == (1, 2)


def test_a_headlines_bare_age_and_a_number_more():
    assert _toll("4-year-old and three adults shot outside Oakton diner") == (0, 4)


def test_one_found_with_injuries_was_hit():
    assert _toll("A guard was later found near the depot with minor injuries.") == (0, 1)
    assert _toll("The clerk was found dead with gunshot wounds.") == (1, 0)


def test_brain_dead_is_a_death():
    assert _toll("Her aunt says doctors at the clinic have declared her brain dead.") == (1, 0)
    assert _toll("A boy was shot in the head on Friday.", "His father said the boy is now brain dead.") == (1, 0)


def test_one_told_wounded_with_a_subject_of_their_own_beside_the_dead():
    assert _toll("Ortiz died and Pardo was seriously injured.") == (1, 1)
    assert _toll("Senator Lena Voss was wounded in the ambush, and two of her guards were killed.") == (2, 1)
    # the same person, told by a pronoun or with no subject of their own, is one of the dead
    assert _toll("A guard was wounded at the gate and later died.") == (1, 0)
    assert _toll("A guard was wounded at the gate and he died at the clinic.") == (1, 0)
    assert _toll("A guard was wounded at the gate and died at the clinic.") == (1, 0)
    assert _toll("Pardo was wounded at the gate and died at the clinic.") == (1, 0)
    # a name and what the person is, between the joining word and the passive
    assert _toll("The judge was murdered, and Deputy Ines Sol, a member of the ruling party, was seriously hurt.") == (1, 1)


def test_an_active_verb_with_a_named_persons_kin_as_its_object():
    assert _toll("Gunmen shot dead the judge on Monday.", "The attackers also wounded Vega's nephew.") == (1, 1)
    assert _toll("Gunmen killed Lina Vega's husband and wounded her son.") == (1, 1)


def test_the_wounding_or_shooting_of_people_listed():
    assert _toll("An inquiry will look into the wounding of a local driver and a foreign journalist.") == (0, 2)
    assert _toll("He was charged in the shooting of a clerk and a customer.") == (0, 2)
    assert _toll("He was charged in the shooting of a clerk and the theft of a car.") == (0, 1)
    assert _toll("Describing the fatal shooting of Tom Hale, Ruiz said the officer erred.") == (1, 0)


def test_one_told_wounded_with_no_verb_of_their_own_after_the_dead():
    assert _toll("Rebels seized the banker in an ambush in which his driver was killed and his bodyguard wounded.") == (1, 1)
    assert _toll("Two guards were killed and the driver seriously injured.") == (2, 1)


def test_another_told_in_the_state_the_attack_left_him_in():
    assert _toll("The shooting left a guard dead and another with serious injuries.") == (1, 1)
    assert _toll("The blast left one porter dead and another in critical condition.") == (1, 1)
    assert _toll("The shooting left a guard dead and another with fatal injuries.")[1] == 0


def test_one_of_the_victims_later_dead_after_the_wounded_told_in_two_parts():
    assert _toll("A shooting at the fair left four people injured.",
                 "Two victims were flown to a trauma center and two others were taken to Oakton Hospital.",
                 "One of the victims later died, the Oakton Ledger reported.") == (1, 3)


def test_one_person_and_a_group_of_any_kind_told_by_one_verb():
    assert _toll("Her driver and two bodyguards were killed.") == (3, 0)
    assert _toll("The judge and three of his guards were wounded in the ambush.") == (0, 4)
    assert _toll("Ana Ruiz and two of her children were killed.") == (3, 0)


def test_a_pair_after_other_words_of_its_sentence():
    assert _toll("In the ambush his driver and one of his guards were killed.") == (2, 0)


def test_one_wounded_in_an_attack_in_which_others_died():
    assert _toll("Minister Lena Voss was seriously wounded during an ambush in which her driver and one of her guards "
                 "were killed.") == (2, 1)
    assert _toll("It is sad that a cook was killed and that a 12-year-old boy walking to school was injured.") == (1, 1)
    assert _toll("A guard was wounded in a shootout in which he later died.") == (1, 0)


def test_a_part_of_a_group_numbered_or_named_apart_is_the_toll():
    assert _toll("Seven of the nine soldiers were wounded, three of them gravely.") == (0, 7)
    assert _toll("Two of the guards were injured.") == (0, 2)
    # a part of those told hurt already, or of things, is no more people
    assert _toll("Five guards were shot.", "Two of the wounded were in critical condition.") == (0, 5)
    assert _toll("Officers found the driver of one of the cars had been shot in the head.", "He died on Tuesday.") == (1, 0)


def test_the_injury_of_people():
    assert _toll("The bombing resulted in the injury of six people.") == (0, 6)


def test_people_counted_and_told_hurt_by_a_clause_of_their_own():
    from eventsift.events.counts import find_counts
    told = find_counts("Vega, 46, was gunned down together with five other persons", after=" who were wounded as he spoke.")
    assert [(c.outcome, c.count.best) for c in told][-1] == ("injured", 5)
    assert _toll("Police found two men who were wounded in the leg.") == (0, 2)


def test_an_editors_note_in_brackets_between_a_number_and_its_verb():
    assert _toll("Police said 10 other people [not further identified] were also injured.") == (0, 10)



def test_one_injury_or_wound_and_burns_or_cuts_suffered():
    assert _toll("A clerk suffered a minor injury when the shots were fired.") == (0, 1)
    assert _toll("A guard received a gunshot wound to the leg.") == (0, 1)
    assert _toll("Two soldiers suffered burns in the blast.") == (0, 2)
    assert _toll("The clerk suffered a fatal wound.") == (1, 0)
    assert _toll("The store suffered damage.") == (0, 0)


def test_one_person_told_twice_in_apposition_is_one():
    assert _toll("A guest in the booth, a teenage girl, also suffered a gunshot wound.") == (0, 1)
    assert _toll("Two men were shot at the diner.", "A guest in the booth, a teenage girl, also suffered a gunshot wound.") == (0, 3)


def test_people_struck_by_pellets_shots_or_shrapnel():
    assert _toll("Four guests were struck by shotgun pellets at the party.") == (0, 4)
    assert _toll("A girl was hit by one of the bullets.") == (0, 1)
    assert _toll("Two soldiers were hit by shrapnel.") == (0, 2)
    assert _toll("The van was struck by two shots.") == (0, 0)
    assert _toll("Two bystanders were hit by the car.") == (0, 0)


def test_a_name_after_the_last_item_of_a_list_is_that_persons_name():
    assert _toll("Two guards were killed at the depot.",
                 "Vega's wife and her 30-year-old cousin, Lia Orr, were also shot and rushed to a trauma center.") == (2, 2)
    assert _toll("A clerk and his brother, Tom Hale, were shot.") == (0, 2)
    # a list's last item comes after "and"
    assert _toll("A clerk, Tom Hale and Ana Ruiz were shot.") == (0, 3)


def test_the_verb_before_the_people_it_lists():
    assert _toll("Killed were Pablo Soto, 22, and Mateo Diaz, 25, police said.") == (2, 0)
    assert _toll("A porter was found shot dead in the hall.", "Also killed were Rosa Lind and Omar Pike.") == (3, 0)


def test_found_him_dead_is_one_dead():
    assert _toll("Deputies found him dead in the kitchen of the farmhouse.") == (1, 0)


def _toll_of_clauses(*clauses):
    """The toll of one sentence read clause by clause, as the clause reader hands it over."""
    mentions = []
    for index, text in enumerate(clauses):
        for mention in find_counts(text, offset=1000 * index):
            mention.sentence = 0
            mentions.append(mention)
    pick = lambda outcome: [m for m in mentions if m.outcome == outcome]  # noqa: E731
    killed = killed_toll(pick("killed"))
    injured = shot_toll(killed=pick("killed"), injured=pick("injured"), shot=pick("hit"))
    return (killed.best if killed else 0, injured.best if injured else 0)


def test_people_one_sentence_tells_hit_by_their_names():
    assert _toll("Lund, Mara Jo Pike and Ortega were shot in the back, while Bexley was shot in the left hand.") == (0, 4)
    assert _toll_of_clauses("Those hurt include: Dana Fore, who was shot in the hip;", "Carl Bex, who was shot in the hand.") == (0, 2)
    # a name told again in part is the same person; a pronoun or a place is no name
    assert _toll_of_clauses("Dana Fore was shot in the hip,", "and Fore was later flown to Oak Clinic.") == (0, 1)
    assert _toll_of_clauses("Carl Bex was shot in the head", "and he was flown to Oakton Regional Medical Center.") == (0, 1)
    # other sentences may tell of other incidents
    assert _toll("Dana Fore was shot in the hip.", "Carl Bex was shot in the hand.") == (0, 1)


def test_the_attacker_found_dead_after_he_shot_someone():
    assert _toll("Police say a man shot a guard before he was found dead in his truck.") == (1, 1)
    # a victim's own life told up to the day
    assert _toll("The clerk turned 30 just before she was found dead in her car.") == (1, 0)


def test_the_attackers_death_told_apart_from_victims_who_cannot_be_him():
    assert _toll("A ranger was killed in the shootout.",
                 "Troopers returned fire at the shooter, who was pronounced dead in the lot.") == (2, 0)
    assert _toll("Two deputies were killed at the depot.", "One suspect has been killed.") == (3, 0)
    assert _toll("Deputy Ana Ruiz died at a clinic.",
                 "Troopers say the robber later died following a self-inflicted wound to the chest.") == (2, 0)
    # dead told with words that may count him, or his death told in words that may be a victim's
    assert _toll("Five people died in the shooting.", "The gunman was shot dead by police.") == (5, 0)
    assert _toll("One person has been killed and two others injured.", "One suspect was killed.") == (1, 2)
    assert _toll("Two cousins were found dead on the farm.",
                 "Deputies think one of the cousins shot the other before turning a rifle on himself.") == (2, 0)


# Counts of full local-news reports, the seventeenth round's rules (invented sentences, one test per rule).


def test_a_death_that_did_not_happen_is_none():
    assert _toll("A stray round came within feet of probably killing the cashier.") == (0, 0)
    assert _toll("'I could have died that night,' the groom says.") == (0, 0)
    assert _toll("Three shoppers might have been killed.") == (0, 0)
    assert _toll("The cashier was nearly killed when the robber opened fire.") == (0, 0)
    # a count before "nearly" is a toll; a death told after the counted people stands
    assert _toll("The blast killed nearly 30 people.") == (30, 0)
    assert _toll("Gunmen killed two guards who could have fled.") == (2, 0)


def test_people_found_deceased_are_dead():
    assert _toll("Upon entry, troopers found a father and son deceased in the cabin.") == (2, 0)


def test_one_person_and_a_group_gunned_down_or_of_a_congregation():
    assert _toll("The rector led the chapel where he and seven parishioners were gunned down in May.") == (8, 0)
    assert _toll("She and two classmates were shot near the gym.") == (0, 3)


def test_the_last_age_of_a_list_of_named_people_needs_no_comma():
    assert _toll("Police said Omar, his wife Lina Sabb, 31, daughter Rima, 11, son Tarek, 6 were found dead.") == (4, 0)


def test_one_name_as_the_object_of_an_active_verb():
    # those who fired are no count of the dead: the verb's object is a person named alone
    assert _toll("Two deputies fatally shot Ortez after he fired at them.") == (1, 0)
    # a name with a capital inside it ("McKay", "DeShawn", "O'Neal")
    assert _toll("Gunmen shot and killed McKay on Friday.") == (1, 0)
    assert _toll("A trooper fatally shot DeShawn, who was waving a rake.") == (1, 0)


def test_a_word_opening_the_sentence_is_no_person_of_the_list():
    assert _toll("Earlier, a man and girl were shot to death by masked men outside the shop.") == (2, 0)
    assert _toll("Late Friday, Ortez and Lund were shot outside a bakery.") == (0, 2)
    # a name first in the list stays a person
    assert _toll("Kelly, Ortez and Lund were shot outside a bakery.") == (0, 3)


def test_all_over_is_no_more_than():
    assert _toll("By the time it was all over one man was dead and four others were wounded.") == (1, 4)
    assert _toll("Over 20 people were hurt.") == (0, 21)


def test_both_before_a_pair_is_the_pair():
    assert _toll("Both Pryor and the infant were dead from apparent gunshot wounds.") == (2, 0)
    assert _toll("Both the driver and the clerk were killed.") == (2, 0)
    assert _toll("Both raiders and a guard were killed.") == (3, 0)  # "both" counts the raiders


def test_a_noun_of_death_after_including_is_no_verb_of_the_count():
    assert _toll("Three people, including the deceased, drove to a firehouse after the gunfire.") == (0, 0)


def test_a_persons_deadly_shooting_and_a_body_moved_are_deaths():
    assert _toll("Widow charged in husband's fatal Marlow shooting") == (1, 0)
    assert _toll("Officer cleared in Ortez's deadly shooting") == (1, 0)
    assert _toll("Detectives say Pryor had been shot twice in the kitchen and his body dragged to the shed.") == (1, 0)


def test_a_headlines_man_found_dead_after_says_or_claims():
    assert _toll("Deputies: Pair claims man found dead on county road was burglar") == (1, 0)
    assert _toll("Police say woman found dead in parked van") == (1, 0)


def test_killing_another_person_is_one_more_death():
    # a deputy is a person; "killed another deputy" is the second death, and the attacker's own is a third
    assert _toll("A gunman fatally shot a deputy at a diner and killed another deputy nearby.",
                 "The suspect was killed in the shootout.") == (3, 0)
    assert _toll("Raiders shot dead a guard at the gate and killed another guard inside.") == (2, 0)


def test_a_headlines_attacker_dying_after_the_victims():
    # present tense and a contracted "he's": the attacker's own death is one more
    assert _toll("Gunman kills 1 at Elmtown pawn shop before he's fatally shot") == (2, 0)
    assert _toll("Police: Man kills his wife, her son, himself in Marlow") == (3, 0)
    assert _toll("Elmtown man shoots and kills his brother") == (1, 0)


def test_also_before_an_active_verb_brings_in_one_more_victim():
    # the subject is who fired, not one of the dead; the object is one more besides the victim told before
    assert _toll("A trooper fatally shot Grier, who was waving a rake at him.",
                 "The trooper then also shot and killed a bystander, 60-year-old Lia Moss.") == (2, 0)
    assert _toll("A guard was killed at the gate.", "A cook was also killed.") == (2, 0)


def test_an_attacker_dead_by_his_own_hand_after_a_mother_and_her_son():
    # "her son" is a victim of a kind, not a pronoun that may be the attacker; the attacker's death is one more
    assert _toll("A woman and her son were found dead.", "The suspect is now also dead, by his own hand.") == (3, 0)
    # "a man" may be the attacker himself: no more than those found
    assert _toll("A man and his wife were found dead.", "Police said he killed her and then himself.") == (2, 0)


def test_a_headlines_deadly_shooting_without_its_article():
    assert _toll("Prayer vigil held in Elmtown after deadly officer-involved shooting") == (1, 0)
    assert _toll("Man charged in fatal stabbing at Marlow bar") == (1, 0)
    assert _toll("Deputies were trained in deadly force last year") == (0, 0)


def test_a_dash_at_the_end_of_the_line_before_a_number_is_no_address():
    # wire copy: an inner dateline's dash ends its line, the count opens the next ("I-95" is still a road)
    assert _toll("[Text] Marlow --\nThree persons were injured when a bomb went off.") == (0, 3)
    assert _toll("Two cars collided on I-95 near Marlow.") == (0, 0)


def test_fatally_shooting_and_being_killed():
    # "fatally shooting" is as deadly as "fatally shot"; the one "being killed" after it is the attacker, one more
    assert _toll("A gunman fatally shooting two guards and being killed in a shootout closed the mall.") == (3, 0)
    assert _toll("Police: Marlow man fatally shoots two neighbors") == (2, 0)


def test_killing_another_man_told_alone_is_the_man_other_than_the_shooter():
    assert _toll("Man shot and killed during dispute over a dog",
                 "Police say Roy Dunn shot and killed another man during an argument Friday.") == (1, 0)


def test_other_people_listed_after_a_first_victim_are_all_who_were_hit():
    # "a girl and four other people were shot": five hit; when the girl dies the other four are the wounded
    assert _toll("A 9-year-old girl and four other people were shot outside a bakery on Friday.",
                 "The girl died at a hospital hours later.") == (1, 4)
    assert _toll("A porter and two other men were shot at the depot.", "The porter died at the clinic.") == (1, 2)


def test_a_number_after_a_day_written_before_its_month_is_a_count():
    assert _toll("A shepherd told the radio that on 14 March 9 bodies were pulled from the river.")[0] == 9
    assert _toll("On 3 May 12 people were killed in the market.")[0] == 12
    assert _toll("On May 24 police found the body of a clerk.")[0] == 1  # "May 24" is the day


def test_people_told_by_different_words_are_different_people():
    # a guard killed and a cook hurt: two people, whatever words the vocabulary knows
    assert _toll("A guard was killed at the gate.", "A cook was seriously injured.") == (1, 1)
    # the same word told again is the same person, who died
    assert _toll("A cook was shot in the chest.", "The cook died at the hospital.") == (1, 0)


def test_a_name_before_what_the_person_is_is_the_one_hit():
    # "Hale, the leader of the union, was killed": Hale, not "of the union" (a part of some group)
    assert _toll("Tom Hale, the head of the dockers' union, was killed outside the harbour office.",
                 "Ana Ruiz, the union's treasurer, was seriously injured in the blast.") == (1, 1)


def test_a_person_told_by_their_office_after_the_dead_is_someone_else():
    # "a candidate" is a person brought in after the dead; "was shot" may yet be one of them
    assert _toll("Gunmen shot dead a judge outside the court.",
                 "Ana Ruiz, a candidate for the council, was seriously injured in the same blast.") == (1, 1)
    assert _toll("Gunmen shot dead a judge outside the court.", "Senator Ana Ruiz was shot in the leg.") == (1, 0)


@pytest.mark.parametrize("text", ["A farmer found the corpse of a woman with a bullet wound beside the canal on Sunday.",
                                  "A farmer finds corpse with bullet wound beside canal"])
def test_the_one_who_finds_a_wounded_body_is_not_hit(text):
    assert "farmer" not in " ".join(m.victims for m in find_counts(text))


def test_someone_found_hurt_is_still_hit():
    assert [(m.outcome, m.victims) for m in find_counts("A guard was later found near the depot with minor injuries.")] \
        == [("hit", "guard")]


@pytest.mark.parametrize("text, victims", [
    ("Several men on Tuesday night wounded a watchman at a warehouse.", "watchman"),
    ("Gunmen wounded a peasant near the river.", "peasant"),
    ("The blast wounded a cameraman.", "cameraman"),
])
def test_trades_and_offices_name_one_victim(text, victims):
    assert [(m.outcome, m.count.best, m.victims) for m in find_counts(text)] == [("injured", 1, victims)]


@pytest.mark.parametrize("text, expected", [
    ("Four guests who were at the wedding were wounded.", [("injured", 4)]),
    ("Three soldiers who were patrolling the canal road were killed.", [("killed", 3)]),
    ("Two men who robbed a pharmacy and fled were shot by a deputy.", [("hit", 2)]),
])
def test_a_relative_clause_of_no_outcome_in_the_subject_keeps_the_count(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


def test_a_relative_clause_and_one_more_person_are_all_hurt():
    assert _toll("Two guards who were watching the gate and a passer-by were wounded when the bomb went off.") == (0, 3)


@pytest.mark.parametrize("text, expected", [
    # the number is the object of the relative clause; the singular verb is the gunman's
    ("The gunman who killed two shoppers was shot by a guard.", [("killed", 2)]),
    ("The driver who wounded three cyclists was arrested on Monday.", [("injured", 3)]),
])
def test_a_singular_verb_is_not_the_verb_of_a_number_above_one(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text) if m.outcome != "arrested"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Militants ambushed the convoy, killing a major and two soldiers.", [("killed", 1), ("killed", 2)]),
    ("Gunmen shot dead a major outside his house.", [("killed", 1)]),
    ("A captain was killed when the mine went off.", [("killed", 1)]),
    # a rank only where a noun ends: an adjective before its noun counts nobody
    ("A major attack on the depot killed five guards.", [("killed", 5)]),
    ("A general strike was called after two marchers were killed.", [("killed", 2)]),
])
def test_ranks_name_one_victim(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


def test_south_asian_ranks_are_soldiers_told_by_rank():
    assert _toll("A havildar and two sepoys were injured when the vehicle hit a mine.") == (0, 3)


@pytest.mark.parametrize("text, expected", [
    ("Troops neutralised four militants in the forest.", [("killed", 4)]),
    ("Two insurgents were eliminated in the raid.", [("killed", 2)]),
    ("A constable embraced martyrdom in the attack.", [("killed", 1)]),
])
def test_south_asian_words_for_killing(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


@pytest.mark.parametrize("text, killed, injured", [
    # the part the text gives, the rest the other kind
    ("The explosion caused 17 casualties, including nine wounded.", 8, 9),
    ("The ambush left 12 casualties, including five dead.", 5, 7),
    ("There were 20 casualties in the raid, eight of them fatal.", 8, 12),
])
def test_casualties_with_their_part_told_are_split_by_it(text, killed, injured):
    assert _toll(text) == (killed, injured)


def test_casualties_alone_are_halved_like_killed_and_wounded():
    assert [(m.outcome, m.count.best) for m in find_counts("The raid caused 15 casualties.")] == [("killed", 7),
                                                                                               ("injured", 8)]


def test_a_halved_total_yields_to_the_figures_told():
    assert _toll("Two guards were killed and five wounded in the raid, which caused seven casualties.") == (2, 5)


@pytest.mark.parametrize("text", ["The standoff could have caused a number of casualties.",
                                  "The raids produced numerous casualties.",
                                  "The rebels claimed cumulative losses of 400 casualties on the army."])
def test_casualties_that_may_have_been_vague_or_a_tally_are_no_toll(text):
    assert find_counts(text) == []


@pytest.mark.parametrize("texts, expected", [
    # the dead told as the kin or staff of the one hit are other people
    (["A sniper wounded Senator Lia Moss as she left the rally.", "One of her guards was killed."], (1, 1)),
    (["Attackers wounded Mayor Tom Hale on the bridge.", "His driver was killed."], (1, 1)),
    # ... but not when the one hit is told as that kin too
    (["A judge and his driver were shot outside the court.", "His driver died."], (1, 1)),
])
def test_the_kin_of_the_one_hit_are_other_people(texts, expected):
    assert _toll(*texts) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot the mayor of the town.", [("hit", 1)]),
    ("He shot his neighbour after an argument.", [("hit", 1)]),
])
def test_one_person_shot_by_an_active_verb_is_hit(text, expected):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == expected


@pytest.mark.parametrize("text", ["The tavern's neon sign had been shot out by vandals.",
                                  "Every window of the bakery was shot out overnight."])
def test_a_window_shot_out_is_no_one_hit(text):
    assert find_counts(text) == []


def test_verbs_listed_before_their_object_are_active():
    # "shot," is the first of the gunman's verbs, not a gunman who was shot
    assert [(m.outcome, m.count.best) for m in find_counts(
        "The deserter, a former guard, shot, stabbed and killed three villagers.")] == [("killed", 3)]


@pytest.mark.parametrize("texts, expected", [
    (["A shooting left several people wounded in the park.",
      "Police named the victims, three teenagers from Ashby, late on Monday."], (0, 3)),
    (["One man was killed and another wounded near the depot.",
      "Both victims, two brothers from Ashby, were walking home."], (1, 1)),
])
def test_the_victims_counted_in_an_apposition(texts, expected):
    assert _toll(*texts) == expected


@pytest.mark.parametrize("text", ["The court convicted the cell of the killings of many shepherds.",
                                  "Villagers blamed the militia for the deaths of dozens of herders.",
                                  "He was charged over the deaths of several migrants."])
def test_a_record_of_killings_without_a_figure_is_no_toll(text):
    assert find_counts(text) == []


def test_a_charge_with_a_figure_keeps_its_toll():
    assert [(m.outcome, m.count.best) for m in find_counts("He is charged with the murder of three grocers.")] == [
        ("killed", 3)]


@pytest.mark.parametrize("texts, expected", [
    (["A gunman fired into a crowd outside a club in Elmtown.",
      "Two of the injured guests went home that night, and the other is still in hospital."], (0, 3)),
    (["Gunmen opened fire on a porch in Elmtown.",
      "Medics treated three of the victims at the scene and the fourth was driven to Ashby."], (0, 4)),
    (["Gunmen opened fire on a porch in Elmtown.",
      "Two of the victims died in the ambulance while the other two are recovering."], (2, 2)),
])
def test_a_part_of_the_victims_and_the_rest_are_all_of_them(texts, expected):
    assert _toll(*texts) == expected


def test_the_other_suspect_is_no_victim():
    assert _toll("Police said two people were wounded.",
                 "Two of the victims were treated at a clinic and the other suspect fled on foot.") == (0, 2)


@pytest.mark.parametrize(("text", "quoted"), [
    ("Villagers mourned the killing of Reza Alavi outside his shop.", "killing of"),
    ("The bodies of Omar Dar, 40, and Lena Shah, 35, were found in a canal.", "bodies of"),
    ("Police reported the murder of a baker near the market.", "murder of a"),
    ("They condemned the deaths of four teachers and two drivers.", "deaths of four"),
    ("Nobody was charged over the shooting of Ana Ruiz and Tom Hale.", "shooting of"),
    ("The nurse and a driver were hurt in the blast.", "The nurse and a driver were hurt"),
])
def test_a_count_is_quoted_from_word_edge_to_word_edge(text, quoted):
    # the evidence a count gives is its words, never the first letter of the next name or the last of the last one
    assert [text[m.start:m.end] for m in find_counts(text) if not m.subset] == [quoted]


@pytest.mark.parametrize("text", [
    "On the bridge, the nurse and a driver were hurt by the bomb.",
    "Near the depot on Monday, the watchman and a clerk were hurt in the blast.",
])
def test_a_place_or_time_before_a_listed_subject_is_no_person(text):
    # "On Monday, A and B were hurt" lists two people: the words before the comma set the scene
    assert sum(m.count.best for m in find_counts(text) if not m.subset) == 2


@pytest.mark.parametrize(("text", "injured"), [
    # a relative clause telling the role people served in closes their subject, "as" included
    ("Three constables who were serving as escorts to the judge were wounded when the convoy was ambushed.", 3),
    ("Three porters who were working as guides were hurt in the blast.", 3),
    # "a toll of one person wounded" is one person, not the toll and the person
    ("The bombing has left a toll of one person wounded and a row of shops damaged.", 1),
])
def test_role_clauses_and_tolls_of_one(text, injured):
    assert sum(m.count.best for m in find_counts(text) if not m.subset and m.outcome in ("injured", "hit")) == injured


@pytest.mark.parametrize(("texts", "killed"), [
    # a part of the attackers, whom no count told, is one more dead
    (["Raiders fired on a convoy near the ford, killing three drivers.", "One of the raiders died when guards shot back."], 4),
    (["Five drivers were killed in the ambush.", "Two of the bandits were also shot dead."], 7),
    # ... but a part of a group the toll counted is one of them
    (["Troops killed four rebels in the hills.", "One of the rebels was shot dead as he fled."], 4),
])
def test_a_part_of_the_attackers_is_counted_apart(texts, killed):
    assert _toll(*texts)[0] == killed


@pytest.mark.parametrize(("texts", "toll"), [
    # the staff of a cafe or a shop are people a verb counts
    (["Gunmen killed a waiter and wounded a bartender at the cafe."], (1, 1)),
    (["A pharmacist was shot dead behind his counter."], (1, 0)),
])
def test_trades_are_people(texts, toll):
    assert _toll(*texts) == toll


@pytest.mark.parametrize(("text", "killed"), [
    ("The June 3 shooting in Elmtown that left 9-year-old Dara Voss dead was a feud, police said.", 1),
    ("The ambush left a teacher dead and two pupils hurt.", 1),
    ("The storm left Elmtown Dead Creek Road closed.", 0),
])
def test_left_one_person_dead(text, killed):
    assert sum(m.count.best for m in find_counts(text) if m.outcome == "killed" and not m.subset) == killed


@pytest.mark.parametrize(("text", "outcome", "n"), [
    # "shot at" people is firing at them: the shooters are no victims
    ("Neighbours said three teenagers on bicycles shot at the guards from across the road.", "hit", 0),
    ("Three men were shot at the police station on Elm Road.", "hit", 3),
    ("Three men were shot at 2:35 a.m. in the parking lot.", "hit", 3),  # a clock time, not whom they fired at
    # "the wounding of" people is their injury
    ("Officials promised an inquiry into the wounding of two nurses.", "injured", 2),
])
def test_shot_at_people_and_the_wounding_of(text, outcome, n):
    assert sum(m.count.best for m in find_counts(text) if m.outcome == outcome and not m.subset) == n


@pytest.mark.parametrize(("texts", "toll"), [
    # an office and a name after "shot", with no article, are the one person hit, not the shooters' number
    (["Three gunmen shot former minister Omar Vale outside his office."], (0, 1)),
    (["Masked men shot retired colonel Ines Moro as she left church."], (0, 1)),
    # "the other victim" after one person hurt is a second person ...
    (["A man was shot in the head outside a bar.", "The other victim, a woman, was hit in the arm."], (0, 2)),
    (["Gunmen shot a city councilman outside his home.",
      "The other official hurt during the raid, a court clerk, was hit twice."], (0, 2)),
    (["Rebels ambushed a convoy on the pass, and a colonel was hit in the leg.",
      "The other general hurt in the ambush, Tomas Ibarra, was hit four times."], (0, 2)),
    # ... but after two, one of them
    (["Two men were shot outside a bar.", "One was hit in the head.", "The other victim was hit in the arm."], (0, 2)),
    (["Two guards were wounded in the raid.", "The other guard wounded in the raid, a cook's son, is recovering."], (0, 2)),
])
def test_an_office_before_a_name_and_the_other_victim(texts, toll):
    assert _toll(*texts) == toll


@pytest.mark.parametrize("text", ["A guard was hit four times.", "A courier was struck 3 times."])
def test_hit_so_many_times_is_one_person_hit(text):
    assert [(m.outcome, m.count.best) for m in find_counts(text)] == [("hit", 1)]


@pytest.mark.parametrize(("texts", "killed_injured"), [
    # someone told dying at a hospital or of wounds after the wounded were counted is one of them
    (["Three people were wounded when a gunman fired on a porch party.", "A 19-year-old man died Sunday at the hospital."],
     (1, 2)),
    (["Four guards were hurt in the raid.", "A 40-year-old man died of his wounds on Monday."], (1, 3)),
    # ... not the attacker, nor someone told dead at the scene
    (["Two deputies were wounded in a gunfight.",
      "The suspect in the case, a 22-year-old man, died at a nearby hospital late Saturday."], (1, 2)),
    (["Three people were wounded when a gunman fired on a porch party.", "Medics declared a teenager dead on the lawn."],
     (1, 3)),
])
def test_a_death_at_the_hospital_after_the_wounded_were_counted_is_one_of_them(texts, killed_injured):
    assert _toll(*texts) == killed_injured


@pytest.mark.parametrize(("text", "killed"), [
    # one person told by a noun, joined to a number: one more than the number
    ("Raiders killed the priest and two ushers near the chapel.", 3),
    ("Gunmen shot dead the headman's son, as well as four of his cousins.", 5),
    ("The chief and his three nephews were killed at the ford.", 4),
    ("The judge and her three escorts were killed at the checkpoint.", 3 + 1),
    # one person killed, then a number "also" killed in the same sentence: more people
    ("A ranger was killed at the north gate and two of his colleagues were also killed.", 3),
    # ... but not a number of its own, nor plural nouns of unknown number
    ("Two farmers were killed near the mill.", 2),
    ("Gunmen killed a policeman and two civilians near the mill.", 3),
])
def test_one_person_beside_a_number(text, killed):
    assert _toll(text)[0] == killed


@pytest.mark.parametrize(("text", "not_counted"), [
    # inside a list of whom a total includes, the number is a part of the total, not one more than itself
    ("Nine pilgrims, among them the abbot, his cook and four novices, were killed near the pass.", 5),
    # a number that opens the next clause is not the verb's object
    ("The robber shot the teller and two guards fled the bank.", 3),
])
def test_no_one_more_beside_a_part_or_the_next_subject(text, not_counted):
    assert not_counted not in [m.count.best for m in find_counts(text) if m.outcome in ("killed", "hit")]


def test_other_people_also_hurt_add_to_fewer_told_before():
    # "other" and "also" in a later sentence: more people, when they outnumber those told before
    assert _toll("Seven pilgrims were hurt when a grenade hit the bus.", "Nine other people were also hurt.") == (0, 16)
    # ... fewer may be the rest of those told before
    assert _toll("Six diners were shot, one fatally.", "Four other diners were also shot.") == (1, 5)


def test_a_list_of_the_dead_parted_by_semicolons():
    text = ("The device went off at noon, killing Ana Varga, 37; Lia Varga, 23; the driver of the van; Ivo Persic, "
            "and a nurse.")
    assert _toll(text) == (5, 0)
    # a sentence whose clauses semicolons part is no list
    assert _toll("The blast wounded two guards; the bomb was hidden in a cart; the market was shut.") == (0, 2)


@pytest.mark.parametrize(("text", "killed"), [
    # a day between the deed and its victims: "the slaying on 9 May of ..." counts them as "the slaying of ..." does
    ("Prosecutors reopened the file on the slaying on 9 May of a ferry clerk.", 1),
    ("The killing on Friday of three guards at the depot shocked the valley.", 3),
])
def test_a_day_between_the_deed_and_its_victims(text, killed):
    assert _toll(text)[0] == killed


def _outcomes_after_roundups(text):
    import datetime as dt

    from eventsift.events.clauses import drop_roundups, read_sentence
    from eventsift.nlp.text import split_sentences

    clauses = [c for s in split_sentences(text) for c in read_sentence(s, published=dt.date(2017, 6, 4))]
    return [[(m.count.best, m.outcome) for m in c.counts] for c in drop_roundups(clauses)]


def test_a_toll_over_places_tells_its_parts_shot_died():
    # the parts add up to the toll told over the villages: those "shot" are among its dead
    report = ("Thirty herders were killed in two hamlets of the Elm hills this month, a monitor said on Sunday. "
              "On Tuesday raiders on motorbikes stormed Ashby and shot 12 herders at the well. "
              "A second raid on Friday killed 18 herders in Marlow, the monitor added.")
    assert _outcomes_after_roundups(report) == [[(12, "killed")], [(18, "killed")]]
    # ... parts that do not add up to it stay as they are told
    other = report.replace("killed 18", "killed 10")
    assert _outcomes_after_roundups(other) == [[(12, "hit")], [(10, "killed")]]


@pytest.mark.parametrize(("texts", "killed_injured"), [
    # one of the wounded who later died is one more dead, and one fewer wounded
    (("Raiders killed a ranger and wounded two porters at the gate on Monday.", "One of the wounded later died."),
     (2, 1)),
    (("Raiders killed a ranger and wounded two porters at the gate on Monday.",
      "One of the wounded later died, raising the death toll to two."), (2, 1)),
    # a figure told as overtaken ("earlier reports had put ...") yields to the toll told now, wherever it stands
    (("The toll from Monday's raid on a depot in the hills has risen to 14, officials said.",
      "Earlier reports had put the toll at nine."), (14, 0)),
    (("Officials had earlier said nine people died in the raid.", "The toll has since risen to 14."), (14, 0)),
    # "earlier" in the day is no correction
    (("Earlier on Monday, the police said two guards were shot.",), (0, 2)),
])
def test_tolls_that_grow_after_they_were_first_told(texts, killed_injured):
    assert _toll(*texts) == killed_injured


@pytest.mark.parametrize(("texts", "killed_injured"), [
    # an ordinal alone after a count is one more person: "a third was shot"
    (("Two porters were grazed by bullets and a third was shot through the hand.",), (0, 3)),
    (("Two porters were grazed by bullets.", "A third was hit in the arm."), (0, 3)),
    (("Two guards were killed and a third was wounded.",), (2, 1)),
])
def test_an_ordinal_alone_after_a_count_is_the_next_person(texts, killed_injured):
    assert _toll(*texts) == killed_injured


@pytest.mark.parametrize(("text", "outcome", "best"), [
    # "reported" and "confirmed" between the people and their fate
    ("Three gunmen were reported killed in the exchange at the checkpoint.", "killed", 3),
    ("Five people were reported wounded in the attack.", "injured", 5),
    ("Three soldiers were confirmed dead on Monday.", "killed", 3),
])
def test_people_reported_or_confirmed_killed_are_counted(text, outcome, best):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == [(outcome, best)]


@pytest.mark.parametrize(("text", "expected"), [
    # a military unit's number is no count of people
    ("Two troopers of 17 Border Rifles were wounded in the ambush.", [("injured", 2)]),
    ("A sepoy of 9 Para was killed and two constables of the 88 battalion were injured.", [("killed", 1), ("injured", 2)]),
    ("Three jawans belonging to 312 CoBRA were injured in the blast.", [("injured", 3)]),
    ("Four soldiers from 6 Hill Brigade were killed.", [("killed", 4)]),
    # ... but a count after "of" stays one when no unit follows
    ("The bodies of 12 Taliban fighters were found near the canal.", [("killed", 12)]),
    # people and their crew, a unit or a plural in "-men" before them
    ("Five guards of the convoy and their civilian driver were killed when the mine went off.", [("killed", 6)]),
    ("Three linemen and their driver were killed.", [("killed", 4)]),
])
def test_unit_numbers_and_crews(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_a_bounded_number_after_a_second_verb_is_its_object():
    # "and wounding more than 20 others": the 20 are the wounded, the nine before them the dead
    text = "Jets bombed the market, killing 9 traders, among them two boys and a porter, and wounding more than 20 others."
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == [("killed", 9), ("injured", 21)]


@pytest.mark.parametrize(("text", "expected"), [
    # a word of arms joined to an adjective is no count of arms: the people are counted
    ("Police recovered two bullet-riddled bodies from a canal.", [("killed", 2)]),
    ("Three gun-toting men were killed in the exchange.", [("killed", 3)]),
    ("Two bullets were found at the scene.", []),
])
def test_arms_words_inside_an_adjective_do_not_hide_people(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # who the counted people were, told between them and their verb, is no count of its own
    ("Two villagers, a farmer and his young nephew, were killed by the shell.", [("killed", 2)]),
    ("Three guards, a sergeant and two constables, were wounded.", [("injured", 3)]),
    # the dead of a group and of another, the first told with whose they are
    ("The bodies of 14 members of the gang and 3 policemen were found.", [("killed", 17)]),
    ("Rockets hit the camp, claiming the lives of two farmers.", [("killed", 2)]),
])
def test_people_described_between_their_number_and_their_verb(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the incident told at length between "toll" and its verb; the person who told the toll is no victim
    ("The death toll from a truck bomb that tore through a busy street beside the old bus station in the eastern "
     "border town of Elmabad on Friday night has risen to 23, a district official said.", [("killed", 23)]),
    ("The toll has climbed to 9, a hospital doctor told reporters.", [("killed", 9)]),
])
def test_a_toll_told_again_at_length_and_its_teller(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected

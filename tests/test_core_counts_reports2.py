"""Counts of full local-news reports: rules of the round on GVDB's killed (invented sentences, one per rule)."""

from eventsift.events.counts import find_counts, killed_toll, shot_toll


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

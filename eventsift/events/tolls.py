"""One toll per outcome from an incident's count mentions: the largest exact figure, parts that add up, people shot
who lived or died, the dead told one more at a time, "they died" as the group counted before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventsift.events.count_words import (ONE_ATTACKER, PERPETRATOR_VICTIMS, PERSON_NOUNS, TOLD_HURT, VICTIM_NOUNS,
                                          VICTIM_OUTCOMES, CountMention, exact_count, is_part_of, plus)
from eventsift.events.numbers import says_vaguely
from eventsift.records import Count


def combine(mentions: list[CountMention]) -> Count | None:
    """One figure from several mentions of the same outcome in the same event.

    Numbers that share a verb are parts of one total ("two farmers and five raiders were killed": 7).
    Exact figures beat vague ones ("a number of" vs "eight or nine"); among exact figures the largest is
    the latest toll (reports revise tolls upwards), and the range spans every mention.
    """
    if not mentions:
        return None
    groups: dict[object, list[CountMention]] = {}
    for i, mention in enumerate(mentions):
        groups.setdefault(mention.verb_end if mention.verb_end >= 0 else ("alone", i), []).append(mention)
    counts = [_parts_total(g) for g in groups.values()]
    exact = [c for c in counts if not is_vague(c) and not _halved(c)] or [c for c in counts if not is_vague(c)] or counts
    best = max(exact, key=lambda c: c.best)
    # (some of the people counted, told as such, are no lower figure for all of them: "at least 15 killed ... among
    # the dead were a pastor and his wife")
    parts = [c for c, g in zip(counts, groups.values()) if all(m.subset for m in g)]
    low = min(c.low for c in [c for c in exact if c not in parts] or exact)
    high = max(c.high for c in exact)
    return Count(low=min(low, best.best), best=best.best, high=max(high, best.best), text=best.text)


def _halved(count: Count) -> bool:
    """Half of a total of dead and hurt ("seven casualties", "seven killed or wounded": ACLED's rule, see
    ``counts._split_casualties``), which yields to a figure the text gives ("two were killed")."""
    return count.low == 0 and 0 < count.best < count.high


def _parts_total(mentions: list[CountMention]) -> Count:
    """Numbers sharing a verb add up, unless the first is the total of the rest ("five other patrons, three men and
    two women, were also shot": 5) or "both" says how many ("Ruiz and the man were both killed": 2); a first number
    of one kind of people is a part like the others ("three boys, two women and a man were shot": 6)."""
    parts = [m.count for m in mentions]
    last = max(mentions, key=lambda m: m.start)
    if len(parts) > 1 and last.count.text.lower() == "both":
        # "Ruiz and the driver were both pronounced dead": the two listed, not two more ("both raiders and a guard
        # were killed" is three)
        return last.count
    first = min(mentions, key=lambda m: m.start)
    if len(parts) > 1 and first.count.text.lower() == "both" and not re.match(r"[a-z][\w-]*s\b", first.victims) \
            and all(first.start <= m.start < first.end for m in mentions):
        # "Both Ruiz and the cook were dead": the pair, whose second person was read again inside it ("both raiders
        # and a guard" are three)
        return first.count
    first_kind = re.match(r"[a-z]+", mentions[0].victims.lower())
    if len(parts) > 2 and parts[0].best == sum(c.best for c in parts[1:]) and not (
            first_kind and first_kind.group(0) in _KIND_OF):
        return parts[0]
    return Count(low=sum(c.low for c in parts), best=sum(c.best for c in parts), high=sum(c.high for c in parts),
                 text=" + ".join(c.text for c in parts))


def is_vague(count: Count) -> bool:
    """"several", "dozens", "a number of"; not a figure, nor one person ("a" + "a": a nurse and a driver)."""
    if all(part.strip().lower() in _ONE_PERSON for part in count.text.split(" + ")):
        return False
    if count.low == count.high:  # one person told by phrase ("was shot"), or a list ("Ana and Tom"): exact
        return False
    if re.search(r",|\band\b", count.text) and not says_vaguely(count.text):
        return False  # a list whose range spans other mentions ("Ana Ruiz, Tom Hale and Jo Lin"): still exact
    if re.search(r"\bdozens?\b", count.text, re.IGNORECASE):
        return True  # "almost two dozen": a round figure, which a figure told exactly beats
    return not any(ch.isdigit() for ch in count.text) and not re.search(
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety|hundred|both|double|triple|quadruple|quintuple)\b", count.text, re.IGNORECASE)


_ONE_PERSON = frozenset({"a", "an", "another"})
# Words for a victim that say nothing of who: "the victim", "people", "them".
_GENERIC_VICTIMS = frozenset("people persons victim victims them of whom those one person individuals".split())


def _who(mention: CountMention) -> frozenset[str] | None:
    """Who the mention names: the noun of one victim ("man" in "a 23-year-old man") or the names it lists
    ("Ana Ruiz and Tom Hale"); None when it does not say."""
    names = frozenset(re.findall(r"\b(?!(?:The|A|An|And|His|Her|Their)\b)[A-Z][a-z][\w'’-]*", mention.victims))
    if names:
        return names
    words = re.findall(r"[a-z]+", mention.victims.lower())
    if mention.count.best != 1 or not words or words[-1] in _GENERIC_VICTIMS:
        return None
    nouns = [w for w in words if _PERSON_WORD.fullmatch(w)]
    told = f"{mention.count.text} {mention.victims}" if mention.count.text.lower() in (*_INDEFINITE, "the") \
        else mention.victims
    if not nouns and _ONE_DESCRIBED.fullmatch(told.strip()):
        nouns = words[-1:]  # "a cook", "the night porter": the word the person is told by
    return frozenset(nouns[:1]) or None  # "the driver of the fleeing car": the driver


# One person told by a determiner and a word or two ("a cook", "the night porter"), as the counts keep a phrase's victims.
_ONE_DESCRIBED = re.compile(r"(?:an?|the)\s+(?:[a-z][\w-]*\s+)?[a-z][a-z-]+", re.IGNORECASE)


# Kinds of people no one is two of: "two women were shot and a baby girl was killed" are three people.
_KIND_OF = {**dict.fromkeys(("man", "men", "father", "husband"), "adult male"),
            **dict.fromkeys(("woman", "women", "mother", "wife"), "adult female"),
            **dict.fromkeys(("boy", "boys"), "boy"), **dict.fromkeys(("girl", "girls"), "girl"),
            **dict.fromkeys(("baby", "babies", "infant", "infants", "toddler", "toddlers"), "baby")}


def _kind(mention: CountMention) -> str | None:
    """The kind of people the mention's noun names ("two women": adult female), when it names one."""
    words = re.findall(r"[a-z]+", mention.victims.lower())
    kinds = {_KIND_OF[w] for w in words if w in _KIND_OF}
    if "baby" in kinds:
        return "baby"  # "a baby boy"
    return kinds.pop() if len(kinds) == 1 else None


# A victim told by the word for their kind, last or before who they were: "a 21-year-old woman (who was standing
# nearby)", not "a man carrying the (wounded girl)", whose phrase goes on about someone else.
_KIND_LAST = re.compile(rf"\b(?:{'|'.join(_KIND_OF)})(?:\s+who\b.*)?$", re.IGNORECASE)


def _kinds_apart(killed: list[CountMention], shot: list[CountMention]) -> bool:
    """Every one of the dead is of another kind than every group hit ("two women were shot ... a baby was killed")."""
    killed_kinds, shot_kinds = [_kind(m) for m in killed], [_kind(m) for m in shot]
    return None not in killed_kinds + shot_kinds and not set(killed_kinds) & set(shot_kinds)


def _sides_apart(killed: list[CountMention], shot: list[CountMention]) -> bool:
    """The dead are all of one side and everyone hit of the other ("killed three suspected kidnappers ... one
    policeman sustained a gunshot injury"): no one hit is among the dead."""
    killed_sides, shot_sides = {_side(m) for m in killed}, {_side(m) for m in shot}
    return len(killed_sides) == 1 and len(shot_sides) == 1 and None not in killed_sides | shot_sides \
        and killed_sides != shot_sides


# "his driver", "one of her bodyguards": someone told by the one a pronoun points back to.
_KIN_OF_ONE = re.compile(rf"(?:^|\bof\s+)(?:his|her)\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS})s?$", re.IGNORECASE)


def _kin_apart(killed: list[CountMention], shot: list[CountMention]) -> bool:
    """The dead are told as the kin or staff of the one person hit ("gunmen wounded the judge ... one of his
    bodyguards was killed"): the one hit is not among them."""
    return all(_KIN_OF_ONE.search(m.victims.strip()) for m in killed) and all(
        m.count.best == 1 and not re.search(r"\b(?:his|her)\s", m.victims, re.IGNORECASE) for m in shot) \
        and not any(_kin_told_again(k, s, shot) for k in killed for s in shot)


# "a 6-year-old boy" ... "her 6-year-old son": an age told beside one victim says who is who better than the noun
# ("a cook, 30, was shot dead": the age between commas after the noun)
_AGE = re.compile(r"\b(\d{1,3})-year-old\b|^\s*(?-i:[a-z])[\w'’-]*,\s*(\d{1,3})\b")


def _ages_in(description: str) -> set[int]:
    return {int(a or b) for a, b in _AGE.findall(description)}


def _age(mention: CountMention) -> int | None:
    """The age told with one person ("a 23-year-old man": 23), else None."""
    ages = _ages_in(mention.victims)
    return ages.pop() if mention.count.best == 1 and len(ages) == 1 else None


# Kin told without a possessive ("the wife", "the 44-year-old son") may be someone already told by a noun of their sex
# ("a woman was killed" ... "the wife was shot twice"); "his wife", "her son" are someone else's kin.
_KIN_SEX = {**dict.fromkeys(("son", "brother", "husband", "father", "grandson", "nephew", "uncle", "boyfriend"), "male"),
            **dict.fromkeys(("daughter", "sister", "wife", "mother", "granddaughter", "niece", "aunt", "girlfriend"),
                            "female")}
# (the kinds of people above, by sex, and the kin)
_SEX = {**{word: "male" if kind in ("adult male", "boy") else "female" for word, kind in _KIND_OF.items() if kind != "baby"},
        **_KIN_SEX}
_POSSESSIVE = re.compile(r"\b(?:his|her|their|my|our|your)\s|['’]s\s", re.IGNORECASE)


# A dead person told as the one who shot or attacked: "the driver who shot him", "a man who had opened fire".
_THE_ONE_WHO_SHOT = re.compile(r"\bwho\s+(?:had\s+)?(?:shot|opened\s+fire|fired|attacked|stabbed|wounded)\b", re.IGNORECASE)


def _may_be_one(killed: CountMention, shot: CountMention) -> bool:
    """Whether two one-person mentions told by nouns may be the same person: the same noun, the same age, or kin told
    without a possessive beside a noun of the same sex. Two ages that differ are two people."""
    ages = (_age(killed), _age(shot))
    if None not in ages:
        return ages[0] == ages[1]
    who = (_who(killed) or frozenset(), _who(shot) or frozenset())
    if who[0] & who[1]:
        return True
    for kin, other, mention in ((who[0], who[1], killed), (who[1], who[0], shot)):
        kin_sex = {_KIN_SEX[w] for w in kin if w in _KIN_SEX}
        other_sex = {_SEX[w] for w in other if w in _SEX}
        if kin_sex and kin_sex == other_sex and not _POSSESSIVE.search(mention.victims):
            return True
    return False


def _kin_told_again(kin: CountMention, again: CountMention, told: list[CountMention]) -> bool:
    """Someone's kin told first, then "the" person of that sex, no one else of that noun told between ("his
    girlfriend was found dead ... The woman had been stabbed"): the same person, told again by a plain noun."""
    kin_sex = {_KIN_SEX[w] for w in _who(kin) or () if w in _KIN_SEX}
    again_who = _who(again) or frozenset()
    return kin.count.best == again.count.best == 1 and kin.start < again.start and bool(kin_sex) \
        and kin_sex == {_SEX[w] for w in again_who if w in _SEX} \
        and bool(re.match(r"the\b", f"{again.count.text} {again.victims}".strip(), re.IGNORECASE)) \
        and not any(m.start < again.start and (_who(m) or frozenset()) & again_who for m in told if m is not again)


def _distinct(mentions: list[CountMention]) -> list[CountMention]:
    """The mentions left once a one-person mention that may be someone told before is dropped (the lead's "a woman"
    and the body's "a 22-year-old woman")."""
    kept: list[CountMention] = []
    for m in mentions:
        if not (m.count.best == 1 and any(k.count.best == 1 and _may_be_one(k, m) for k in kept)):
            kept.append(m)
    return kept


def _ages_apart(killed: list[CountMention], shot: list[CountMention]) -> bool:
    """Each of the dead and each one hit told as one person with an age, and no age shared ("a 23-year-old was
    killed" ... "a 31-year-old was shot in the arm"): different people."""
    killed_ages, shot_ages = [_age(m) for m in killed], [_age(m) for m in shot]
    return bool(killed) and bool(shot) and None not in killed_ages + shot_ages and not set(killed_ages) & set(shot_ages)


def _is_name(who: frozenset[str]) -> bool:
    return any(word[:1].isupper() for word in who)


_PERSON_WORD = re.compile(f"(?:{PERSON_NOUNS}|{VICTIM_NOUNS})")
_INDEFINITE = ("a", "an", "one", "another")


def _newcomer_count(shot: list[CountMention]) -> int:
    """How many people the "a"/"another" victims bring in. In one sentence each differently described victim is
    someone new ("a cook was wounded in the arm, a waiter in the hip and another waiter was grazed": 3); across
    sentences a reporter describes one victim anew ("a woman was shot" ... "a 51-year-old woman with a gunshot
    wound"), so only "another" adds to the sentence that brings in the most."""
    by_sentence: dict[int, set[tuple[str, str]]] = {}
    for mention in shot:
        if key := newcomer(mention):
            by_sentence.setdefault(mention.sentence, set()).add(key)
    if not by_sentence:
        return 0
    main = max(by_sentence, key=lambda s: len(by_sentence[s]))
    extra = {key for s, keys in by_sentence.items() if s != main for key in keys if key[0] == "another"}
    # ... or one told apart from everyone of that sentence by sex or by age: "a woman was stabbed" ... "a neighbour, a
    # 61-year-old man, suffered a cut" (2), "a 22-year-old man who was shot has died" ... "a 19-year-old man shot in the
    # same incident is recovering" (2); one more person for each sex and age, whatever the sentences that retell them
    # (not one told by their place in the count: "the third victim, a 31-year-old man")
    firsts = [_sex_and_age(description) for _, description in by_sentence[main]]
    ranked = {newcomer(m) for m in shot if _NTH_WORD.search(f"{m.count.text} {m.victims}")}
    later = set()
    for sentence, keys in by_sentence.items():
        for _, description in (keys - ranked - extra if sentence != main else ()):  # ("another" counted once)
            told = _sex_and_age(description)
            if told != (None, None) and all(_told_apart(told, first) for first in firsts):
                later.add(told)
    return len(by_sentence[main] | extra) + len(later)


def _sex_and_age(description: str) -> tuple[str | None, int | None]:
    return _sex_of(description), _age_of(description)


def _told_apart(a: tuple[str | None, int | None], b: tuple[str | None, int | None]) -> bool:
    """Two people whose (sex, age) differ where both are told."""
    return any(None not in (x, y) and x != y for x, y in zip(a, b))


def _age_of(description: str) -> int | None:
    """The age a one-person description tells ("19-year-old man": 19)."""
    ages = _ages_in(description)
    return ages.pop() if len(ages) == 1 else None


def _sex_of(description: str) -> str | None:
    """The sex the head noun of a one-person description gives ("61-year-old man", "woman who": male, female), None
    when it ends on another word ("man carrying the wounded teenager" tells more than one person)."""
    words = re.findall(r"[a-z]+", description)
    while words and words[-1] in ("who", "that", "whom"):
        words.pop()
    return _SEX.get(words[-1]) if words else None


def newcomer(mention: CountMention) -> tuple[str, str] | None:
    """(determiner, description) of one victim brought in with "a", "one" or "another", else None."""
    words = f"{mention.count.text} {mention.victims}".lower().split() if mention.count.text.lower() in _INDEFINITE \
        else mention.victims.lower().split()
    starts = [i for i, w in enumerate(words) if w in _INDEFINITE]
    words = words[starts[-1]:] if starts else []  # "... in the arm, a waiter": from the last "a"/"another"
    if mention.count.best != 1 or len(words) < 2 or words[0] not in _INDEFINITE:
        return None
    return words[0], " ".join(words[1:])


# Victims brought in besides the dead ("three other people were shot"); "the other man" is one of a pair already
# counted ("two brothers were shot ... one in the car ... the other man in the chest").
_OTHERS = re.compile(r"\b(?:other|others|another|second|third|fourth|fifth|sixth)\b", re.IGNORECASE)
_THE_OTHER_ONE = re.compile(rf"\bthe other\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|one)\b(?!s)", re.IGNORECASE)


def _own_words(mention: CountMention) -> str:
    """The words of the mention's first person or group, up to a list's next item: "a boy and six other people" is
    a boy (the six are a mention of their own), not other people."""
    return f"{mention.count.text} {_NEXT_ITEM.split(mention.victims, maxsplit=1)[0]}"


_NEXT_ITEM = re.compile(r"\s*,\s*|\s+and\s+")


_NTH_WORD = re.compile(r"\b(?:an?|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                       r"\d{1,2}(?:st|nd|rd|th))\b", re.IGNORECASE)
_NTH_VALUE = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
              "tenth": 10}


def _nth(mention: CountMention) -> int:
    """The place of one person told by it in a count ("a third person": 3), else 0."""
    nth = _NTH_WORD.search(f"{mention.count.text} {mention.victims}")
    if mention.count.best != 1 or nth is None:
        return 0
    word = nth.group(1).lower()
    return int(word[:-2]) if word[0].isdigit() else _NTH_VALUE[word]


def _counted_on_from_dead(mention: CountMention, killed: list[CountMention]) -> bool:
    """One person told by their place in a count ("a third bodyguard") whose noun the dead were told by ("two of his
    bodyguards were killed"): the count goes on from the dead, not from those hit."""
    who = _who(mention) or frozenset()
    return _nth(mention) > 0 and any(who & (_who(k) or frozenset()) or any(
        w in k.victims.lower() for w in who) for k in killed)


def _one_of_the_dead(mention: CountMention, dead: int) -> bool:
    """One person told by their place in a count the dead already reach: "four people were found shot dead" ... "a
    fourth person shot at the home" is the fourth of the dead, not one more ("two were killed and a third man
    wounded" is one more)."""
    return 0 < _nth(mention) <= dead


# How far after one person killed a number "also" killed is told for it to be more people beside that one (a list's
# items further on are a breakdown of a total: "one militant killed ... four guards also killed").
ALSO_REACH = 120


_OF_THE_WOUNDED = re.compile(r"(?:more\s+)?of\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE)


def killed_toll(killed: list[CountMention], *, hurt: Sequence[CountMention] = ()) -> Count | None:
    """The dead: the largest figure, plus each one more told as such ("a bodyguard was also killed", the attacker's
    own death). The attacker's death is one more beside a count of the same sentence ("killed two men before he
    was shot dead by police"), or beside dead told apart that cannot be him ("a deputy was killed" ... "the gunman
    was shot dead by officers"); a count told apart with no such word ("five people died", "the bodies of ...") is
    everyone's, and so is one that says whom it includes ("three dead, including the gunman")."""
    # a toll told again holds the deaths its sentence tells beside it: "the death toll rose to 14 after three more of
    # the wounded died" (14)
    # (and, told in another sentence, the wounded who died: "the toll has risen to 19 ... eight of the wounded died
    # overnight" is 19)
    revised = {m.sentence for m in killed if m.revised and m.sentence >= 0}
    killed = [m for m in killed if m.revised or m.sentence not in revised
              and not (revised and _OF_THE_WOUNDED.match(m.victims))]
    attacker = [m for m in killed if m.victims == PERPETRATOR_VICTIMS]
    told = [m for m in killed if m.victims != PERPETRATOR_VICTIMS]
    if attacker and told:
        # (the attacker's death told again by his noun, "the gunman was also pronounced dead", is his, none of the
        # others': the others say whether he is among them)
        told = [m for m in told if not _is_the_attacker(m)] or told
        largest = max(told, key=lambda m: m.count.best)
        # (so are the dead of the doer's own verb: "opened fire, killing 26 people ... The gunman was later found
        # dead")
        apart = (_not_the_attacker(told) or all(m.by_the_doer and not is_vague(m.count) for m in told)) \
            and not all(m.maybe_told for m in attacker)
        if re.search(r"\bincluding\b", largest.victims, re.IGNORECASE) or \
                not apart and not any(m.sentence == largest.sentence for m in attacker):
            killed = told
    # "a cook died on the spot and another in surgery": a pair told one by one, the
    # sentence's own total rather than one more on top of the toll
    paired = [m for m in killed if _another(m) and m.victims != PERPETRATOR_VICTIMS and any(
        o.sentence == m.sentence and o.start < m.start and not _another(o) for o in killed)]
    # "(he) shot and killed another man" told alone is the man other than the shooter: one more only beside a death
    # of its own sentence (``paired``); "another man died", "a cook was also killed" always
    also = {newcomer(m) for m in killed if _told_another(m) and m not in paired} - {None}
    # "the mayor was shot dead ... his wife and his brother were also killed": people listed besides those told before
    listed_also = [m for m in killed if _listed_also(m) and any(
        o.start < m.start and not _another(o) and not _listed_also(o) for o in killed)]
    other_side = _other_sides_dead(killed)  # "... killing five rangers ... two raiders were (also) killed"
    # "a ranger was killed at the gate and two of his colleagues were also killed": a number told "also"
    # killed right after one person killed (ALSO_REACH characters) is that many more people
    # "a governor was shot dead ... two of his escorts also died": the people of the one told dead are more dead
    listed_also += [m for m in killed if m.also and _OF_ONES_PEOPLE.match(m.victims.strip()) and m not in other_side
                    and any(o.start < m.start and o.count.best == 1 and not o.also and not o.subset for o in killed)]
    listed_also += [m for m in killed if m.also and m not in listed_also and m not in other_side and any(
        o.sentence == m.sentence and 0 <= m.start - o.end <= ALSO_REACH and o.count.best == 1 and not o.also
        and not _another(o) and o.victims != PERPETRATOR_VICTIMS for o in killed)]
    # "killed a guard and wounded two ... one of the wounded later died": the part of the wounded who died is one more
    # dead beside those told killed (``shot_toll`` takes it off the wounded)
    # (and so is "one of them later succumbed" after "two were shot dead and three others wounded": the wounded told
    # beside the dead, not "four people were shot" ... "one of the victims later died", one of the four)
    of_wounded = [m for m in killed if m.subset and (_OF_THE_WOUNDED.match(m.victims) or is_part_of(m) and _wounded_beside_dead(
        _hurt_group_of(m, list(hurt), killed), killed)) and any(o.start < m.start and not o.subset and o is not m for o in killed)]
    # "three soldiers died and four raiders were killed ... In the gunfight four raiders were killed": the other side's
    # dead told again are the same dead (seven)
    # (a larger figure for the same side, told later by another voice, "the group said it killed 20 soldiers", is the
    # same dead by another count: it widens the range, not the toll)
    told_again = [(m, o) for m in killed if m not in other_side and _side(m) is not None
                  for o in other_side if _side(o) == _side(m) and o.start < m.start]
    again = [m for m in killed if any(m is a for a, _ in told_again)]
    wider = max((m.count.best - o.count.best for m, o in told_again), default=0)
    base = combine([m for m in killed if not _another(m) and m not in listed_also and m not in other_side
                    and m not in of_wounded and m not in again])
    if base is not None and of_wounded:
        base = plus(base, sum(m.count.best for m in of_wounded))
    if base is not None and other_side:
        n = sum(m.count.best for m in other_side)
        base = plus(base, n)
        if wider > 0:
            base = Count(low=base.low, best=base.best, high=max(base.high, base.best + wider), text=base.text)
    if base is not None and listed_also:
        n = sum(m.count.best for m in listed_also)
        base = plus(base, n)
    for m in paired:
        told = sum(o.count.best for o in killed if o.sentence == m.sentence and o.start <= m.start
                   and o.victims != PERPETRATOR_VICTIMS)
        if base is not None and told > base.best:
            base = Count(low=base.low, best=told, high=max(base.high, told), text=base.text)
    if also:
        n = len(also)
        base = exact_count(n, "also") if base is None else plus(base, n)
    toll = _at_least(base or combine(killed), max(_more_dead(killed), _one_by_one(killed))) if killed else None
    if toll is not None and (n := sum(m.count.best for m in _part_of_attackers(killed) if m not in other_side)):
        toll = plus(toll, n)
    return toll


# The side that attacked: "gunmen", "militants", "insurgents" (and the like) are never the policemen, soldiers or
# villagers they attacked (also the words ``_OF_THE_ATTACKERS`` reads a part of them by).
_ATTACKER_NOUNS = (r"attacker|assailant|gunm[ae]n|militant|rebel|guerrilla|terrorist|insurgent|raider|robber|kidnapper|bandit|"
                   r"criminal|gangster|smuggler|trafficker")
_ATTACKING_SIDE = re.compile(rf"\b(?:{_ATTACKER_NOUNS}|fighter|jihadist|jihadi|extremist|separatist|mujahid|Maoist|"
                             rf"Naxal|Naxalite|dacoit)s?\b|\b(?:Taliban|mujahideen)\b", re.IGNORECASE)


def _other_sides_dead(killed: list[CountMention]) -> list[CountMention]:
    """Groups killed on the other side from every group counted before them: told as "also" killed ("killing four
    people ... three attackers were also killed": seven), or each side told by its own word ("killing six soldiers
    ... troops killed 17 of the fighters": 23). Not "two soldiers died ... two more soldiers were also killed" (told
    apart by ``_more_told``), nor gunmen "killed" beside "people" (who may be among them)."""
    out = []
    for mention in killed:
        before = [o for o in killed if o.start < mention.start and not o.also and not o.subset
                  and o.victims != PERPETRATOR_VICTIMS]
        if not before or is_vague(mention.count):
            continue
        side = _side(mention)
        attacking = side == "attacking"
        if mention.also and all((_side(o) == "attacking") != attacking and re.search(r"[a-z]", o.victims) for o in before):
            out.append(mention)
        elif side is not None and all(_side(o) not in (side, None) for o in before) \
                and not any(o.also and _side(o) == side for o in out):
            # (not the side told "also" killed before, told again: "three soldiers were also killed ... the group said
            # it killed 20 soldiers")
            out.append(mention)
        elif attacking and mention.subset and all(o.by_the_doer and _side(o) != "attacking" for o in before):
            # "assailants killed 29 people ... Police shot dead four of the attackers": the dead of the doers' own
            # verb are none of the doers, and those told as some of them are (not "two raiders were killed in the
            # gunfight" after "killing five people": a toll of the fight may count them)
            out.append(mention)
    return out


# The people an attack is made on, told by what they are: no one is of both sides.
_DEFENDING_SIDE = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|service\s+members?|marines?|sailors?|airm[ae]n|policem[ae]n|police\s+officers?|officers|constables?|"
                             r"(?:sub-)?inspectors?|sergeants?|troopers?|"
                             r"jawans?|guards?|rangers?|personnel|civilians?|villagers?|residents?|worshippers?|"
                             r"passengers?|students?|farmers?|contractors?|workers?|labou?rers?|employees?|traders?|"
                             r"travell?ers?|pilgrims?|children|women|teachers?|pupils?|doctors?|nurses?|journalists?|"
                             r"reporters?|staff|forces)\b", re.IGNORECASE)


def _side(mention: CountMention) -> str | None:
    """"attacking" for gunmen, militants, fighters and the like; "defending" for soldiers, police, civilians and the
    like; None for "people" or anyone else."""
    attacking, defending = _ATTACKING_SIDE.search(mention.victims), _DEFENDING_SIDE.search(mention.victims)
    if attacking and not defending:
        return "attacking"
    if defending and not attacking:
        return "defending"
    return None


# "... killing four soldiers" ... "one of the attackers was killed when the troops returned fire": a part of a group
# that no count of the incident told, so one more dead (not one of the four).
_OF_THE_ATTACKERS = re.compile(rf"^of\s+the\s+({_ATTACKER_NOUNS})s?$", re.IGNORECASE)


def _part_of_attackers(killed: list[CountMention]) -> list[CountMention]:
    """The dead told as one or two "of the raiders" when no other count of the incident names raiders."""
    out = []
    for mention in killed:
        m = _OF_THE_ATTACKERS.match(mention.victims.strip()) if mention.subset else None
        if m is None or mention.count.best >= 3 or len(killed) < 2:
            continue
        stem = m.group(1).lower()
        stem = stem[:4] if stem.startswith("gunm") else stem  # "gunman" / "gunmen"
        if not any(stem in o.victims.lower() for o in killed if o is not mention):
            out.append(mention)
    return out


# Words that may name the attacker himself, or anyone: "the suspect", "a man", "one person", "he" (not "her" before
# the noun it qualifies: "a woman and her son" are two people of a kind).
_ATTACKER_WORDS = re.compile(r"\b(?:suspects?|gunm[ae]n|shooters?|attackers?|assailants?|robbers?|intruders?|he|she|him|"
                             r"her(?!\s+(?-i:[a-z]))|man|male|subject|person|persons|people|individuals?)\b", re.IGNORECASE)


# People told by what they are to each other, the shooter may be one of: "two friends", "a couple".
_EACH_OTHERS = re.compile(r"\b(?:friends|couple|partners|spouses|roommates|lovers)\b",
                          re.IGNORECASE)


def _not_the_attacker(told: list[CountMention]) -> bool:
    """The dead told are victims the attacker is not among: one person named or told by what they were ("Deputy Ruiz
    died", "a deputy was killed"), or people of a kind ("two deputies were killed"); not "a man", "five people" or a
    bare "three dead", which may count him."""
    def of_a_kind(mention: CountMention) -> bool:
        words = re.findall(r"[a-z]+", mention.victims.lower())
        if _EACH_OTHERS.search(mention.victims):
            return False  # "the deaths of two close friends": one may have shot the other
        return any(_PERSON_WORD.fullmatch(w) or _PERSON_WORD.fullmatch(re.sub(r"ies$", "y", w))
                   or _PERSON_WORD.fullmatch(re.sub(r"s$", "", w)) or _PERSON_WORD.fullmatch(re.sub(r"ren$", "", w))
                   for w in words)  # ("children": a child's plural)
    return all(not is_vague(m.count) and not _ATTACKER_WORDS.search(f"{m.count.text} {m.victims}")
               and (m.count.best == 1 or of_a_kind(m)) for m in told)


def _one_by_one(killed: list[CountMention]) -> int:
    """The dead a sentence tells one by one, each of another kind: "one man died at the scene and a woman died at the
    hospital" (two)."""
    most = 0
    for sentence in {m.sentence for m in killed}:
        ones = sorted((m for m in killed if m.sentence == sentence and m.count.best == 1 and newcomer(m)
                       and m.victims != PERPETRATOR_VICTIMS), key=lambda m: m.start)
        kinds = [_kind(m) for m in ones]
        if len(ones) > 1 and None not in kinds and len(set(kinds)) == len(kinds):
            most = max(most, len(ones))
    return most


# "two more people died": dead besides those told before ("more than" is a bound, not more people).
_MORE = re.compile(r"more\b(?!\s+than\b)", re.IGNORECASE)


def _more_told(killed: list[CountMention]) -> list[tuple[CountMention, int]]:
    """Each count of more dead with the toll it makes: "one victim died at the scene" ... "two more died at the
    hospital" (three). The count added to is the latest told before it, so a headline's total is not added to
    again; a total told after it in its sentence ("two more died, bringing the toll to five") is the toll."""
    told = []
    for more in (m for m in killed if _MORE.match(m.victims) and not is_vague(m.count)):
        if any(o.sentence == more.sentence and o.start >= more.end and o.victims != PERPETRATOR_VICTIMS for o in killed):
            continue  # (not the attacker's own death told after: "... three more people before he was found dead")
        before = [o for o in killed if not _MORE.match(o.victims) and o.victims != PERPETRATOR_VICTIMS and (
            o.sentence < more.sentence or o.sentence == more.sentence and o.end <= more.start)]
        if before:
            last = max(o.sentence for o in before)
            told.append((more, max(o.count.best for o in before if o.sentence == last) + more.count.best))
    return told


def _more_dead(killed: list[CountMention]) -> int:
    return max((toll for _, toll in _more_told(killed)), default=0)


def _less_more_dead(wounded: int, hurt: list[CountMention], killed: list[CountMention]) -> int:
    """The wounded once more of them are told dead right after them: "the other five were rushed to the hospital" ...
    "two more died at the hospital" (three). More dead told after other dead ("four were shot dead at the diner, and
    two more died at the garage") are other people."""
    told = _more_told(killed)
    if not told or not hurt:
        return wounded
    more = max(told, key=lambda t: t[1])[0]
    before = [m for m in hurt + killed if m.start < more.start and m is not more]
    if before and all(m.sentence < more.sentence for m in hurt) and max(before, key=lambda m: m.start) in hurt \
            and more.count.best < wounded:
        return wounded - more.count.best
    return wounded


# A victim told by age alone ("a 3-year-old"): a child up to this age, whatever the sex.
_CHILD_AGE = 12
_YOUNG = frozenset({"child", "boy", "girl", "baby"})


def _one_kind(mention: CountMention) -> str | None:
    """The kind of people a mention names, a young child told by age included ("a 3-year-old": child); "male
    victims" and "female victims" are adults when no age or child's noun says otherwise."""
    kind = _kind(mention)
    if kind is not None:
        return kind
    if (age := re.search(r"\b(\d{1,2})-(?:year|month)s?-old\b", mention.victims)) and (
            "month" in age.group(0) or int(age.group(1)) <= _CHILD_AGE):
        return "child"
    words = set(re.findall(r"[a-z]+", mention.victims.lower()))
    if words & {"teen", "teens", "teenager", "teenagers", "juvenile", "juveniles", "child", "children", "kids"}:
        return None
    sexes = {"adult male" for w in words if w in ("male", "males")} | {"adult female" for w in words if w in ("female", "females")}
    return sexes.pop() if len(sexes) == 1 else None


def _kinds_differ(a: str, b: str) -> bool:
    """Two kinds no one person is both of ("a child" may be the boy or the girl counted, not one of the men)."""
    return a != b and not ({a, b} <= _YOUNG and "child" in (a, b))


def _also_of_another_kind(shot: list[CountMention]) -> int:
    """People hit told as "also" hit after a numbered group of another kind: "four men were shot" ... "a woman was
    also shot" (5). One of the same kind, or told by its place in the count ("a fourth man was also shot"), may be
    one of the group, and is not added."""
    best = 0
    for group in shot:
        if group.count.best < 2 or is_vague(group.count) or _another(group) or (kind := _one_kind(group)) is None:
            continue
        also = [m for m in shot if m.start > group.end and m.count.best == 1 and _another(m)
                and not re.search(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
                                  m.victims, re.IGNORECASE)
                and (other := _one_kind(m)) is not None and _kinds_differ(kind, other)]
        if also:
            best = max(best, group.count.best + len(also))
    return best


_HURT_WORD = re.compile(rf"{TOLD_HURT}\s", re.IGNORECASE)  # the victims ``counts`` kept for one told hurt


# "of his bodyguards", "of the minister's escorts": the people of one person the report told before.
_OF_ONES_PEOPLE = re.compile(r"^of\s+(?:his|her|the\s+[\w-]+['’]s|(?-i:[A-Z])[\w-]*['’]s)\s", re.IGNORECASE)


def _listed_also(mention: CountMention) -> bool:
    """People a list names as "also" hit or killed ("his wife and his brother were also killed"): the list reader
    marks them "other" besides its own words (``count_phrases._listed_subjects``)."""
    return mention.victims == f"other {mention.count.text}"


def _another(mention: CountMention) -> bool:
    """One more person: "a customer was also killed", "another man died at the hospital", "(fatally shot a deputy)
    and killed another deputy"."""
    return _told_another(mention) or bool(_VERB_ANOTHER.match(mention.count.text))


def _told_another(mention: CountMention) -> bool:
    """One more person told by the victims' own words ("another man died", "a cook was also killed"), not only by an
    active verb's object ("killed another deputy")."""
    return mention.victims.lower().startswith("another ")


# An active verb whose one object is "another" person: "killed another deputy", "shot and killed another man".
_VERB_ANOTHER = re.compile(r"(?:shot\s+and\s+)?(?:killed|killing|fatally\s+shot|fatally\s+shooting|murdered)\s+another\s+"
                           r"(?!of\b)", re.IGNORECASE)


# "they were all ...", "all of them died": the whole group the sentences just before counted, one by one or not.
_ALL_OF_THEM = re.compile(r"\ball\b", re.IGNORECASE)
# How many sentences back "all" reaches for the people it gathers.
GROUP_SENTENCES = 3


def group_size(mention: CountMention, earlier: list[CountMention]) -> CountMention:
    """A "they died" mention given the size of the group counted just before it (at least two)."""
    if not mention.group:
        return mention
    # (people carried off count too: "abducted three traders and killed them")
    before = [m for m in earlier if m.start < mention.start and m.outcome in (*VICTIM_OUTCOMES, "abducted")]
    n = max(2, before[-1].count.best) if before else 2
    if before and _singular_they(mention, before):
        n = 1
    elif _ALL_OF_THEM.search(mention.count.text) and mention.sentence >= 0:
        # "They were all pronounced dead" after two victims and the attacker told apart: everyone told just before
        told = sum(m.count.best for m in before if not m.subset and 0 <= mention.sentence - m.sentence <= GROUP_SENTENCES)
        n = max(n, told)
    return CountMention(outcome=mention.outcome, count=exact_count(n, mention.count.text), victims=mention.victims,
                        start=mention.start, end=mention.end, subset=True, sentence=mention.sentence)


def _singular_they(mention: CountMention, before: list[CountMention]) -> bool:
    """"The victim was taken to a hospital, where they later died": "they" of the one person its own sentence told
    before it (no one else counted there), as reporters write of someone whose sex they do not give."""
    here = [m for m in before if m.sentence == mention.sentence]
    return len(here) == 1 and here[0] is before[-1] and here[0].count.best == 1 and not is_vague(here[0].count) \
        and not re.search(r"\b(?:and|with|both)\b", f"{here[0].count.text} {here[0].victims}", re.IGNORECASE)


# Deaths told as a revision of an earlier toll: "a third victim has since died", "officers now say four are dead".
_LATER_DEATHS = re.compile(r"\b(?:more|since|now|later|another)\b", re.IGNORECASE)


def _besides_first(shot: list[CountMention], injured: list[CountMention]) -> int:
    """People hit, when some are "other" people besides those told first: "a fight left one guest in a coma and two
    others grazed" (3), "a cook was wounded" ... "two other people reached a clinic with gunshot wounds" (3), "a bus
    driver is recovering after gunfire that also wounded two other people" (3). The first are those of the same
    sentence, or one person told before, or as many or fewer told before than the others "also" hurt ("five were
    hurt" ... "seven other people were also hurt": 12); "the other three victims" are the rest of a group (none),
    unless only one person was told before: "a guard was shot in the leg" ... "the other victim, a cook, was
    grazed" (2)."""
    pool = shot + injured
    others = [m for m in pool if re.search(r"\b(?:an)?others?\b", _own_words(m), re.IGNORECASE)
              and not any(n is not m and n.start <= m.start < n.end for n in pool)  # "she and two others": one
              and not _last_of_a_breakdown(m, pool)]
    best = 0
    for other in others:
        first = [m for m in pool if m not in others and m.start < other.start and not is_vague(m.count)]
        here = [m.count.best for m in first if m.sentence == other.sentence]
        one_before = bool(first) and max(m.count.best for m in first) == 1
        if re.search(r"\bthe\s+other\b", f"{other.count.text} {other.victims}", re.IGNORECASE):
            if here or not one_before or other.count.best != 1:
                continue  # "two men were shot ... the other man in the arm": one of the two
        # "five pilgrims were hurt" ... "seven other people were also hurt": "other" and "also" add to the group before
        # when they outnumber it (fewer may be its rest: "six were shot, one fatally" ... "five other patrons")
        earlier = max((m.count.best for m in first), default=0)
        told = here or ([1] if one_before else []) or ([earlier] if other.also and 0 < earlier <= other.count.best else [])
        if told:
            best = max(best, max(told) + other.count.best)
    return best


def _last_of_a_breakdown(mention: CountMention, pool: list[CountMention]) -> bool:
    """"Four men were wounded -- a cook shot in the neck, a guard grazed ... and another guard hit in the leg": the last
    of the people a group's sentence describes one by one is one of the group, not one more."""
    if mention.count.best != 1 or newcomer(mention) is None:
        return False
    same = [m for m in pool if m.sentence == mention.sentence and m is not mention]
    group = [m for m in same if m.start < mention.start and m.count.best > 1 and not is_vague(m.count)]
    described = [m for m in same if m.start < mention.start and newcomer(m) is not None]
    return bool(group) and bool(described) and len(described) + 1 <= max(m.count.best for m in group)


def _after_later_deaths(killed: list[CountMention], hurt: list[CountMention], dead: int) -> int | None:
    """The wounded left once later deaths are told: "a guard killed and three other men hurt" then "Ruiz later died" (two
    dead) is two wounded. Each sentence that gives the dead and the hurt together is a snapshot of everyone hit;
    the wounded are the most hit in a snapshot taken before the toll grew, less the dead now. None without one."""
    totals = []
    later = {m.sentence for m in killed if _LATER_DEATHS.search(f"{m.count.text} {m.victims}")}
    for sentence in {m.sentence for m in killed} - later:  # "another man died ... two are in critical condition": no
        told = max(m.count.best for m in killed if m.sentence == sentence)
        hurt_here = [m for m in hurt if m.sentence == sentence]
        if hurt_here and told < dead and (hurt_total := combine(hurt_here)) and not is_vague(hurt_total):
            totals.append(told + hurt_total.best)
    return max(totals) - dead if totals and max(totals) >= dead else None


# A part of the wounded who died of their wounds: "one of them later died", "six were wounded, two fatally".
_DIED_OF_WOUNDS = re.compile(rf"{_LATER_DEATHS.pattern}|\b(?:fatally|mortally)\b", re.IGNORECASE)


def _less_part_dead(wounded: int, hurt: list[CountMention], killed: list[CountMention]) -> int:
    """The wounded once a part of them is told dead right after them: "four hikers were hurt" ... "one of the hikers
    later died" (three). The part is of the group told last before it ("medics reached two guards, one of whom died"
    is a part of the two, not of the wounded)."""
    if not wounded:
        return wounded
    part = 0
    for dead in (m for m in killed if m.subset and is_part_of(m)):
        told = _hurt_group_of(dead, hurt, killed)
        group = combine(told)
        # the group, or its parts told one after another ("two were flown to a trauma center and two others taken
        # to a clinic" of four)
        if group and wounded in (group.best, sum(m.count.best for m in told)) and not is_vague(group):
            part += dead.count.best
    return wounded - part if 0 < part < wounded else wounded


def _hurt_group_of(dead: CountMention, hurt: list[CountMention], killed: list[CountMention]) -> list[CountMention]:
    """The hurt a part told dead belongs to: the group told hurt last before it ("three others were wounded" ...
    "one of them later died"), when the part says it died of its wounds or is told in the group's own sentence;
    none when the dead were told last ("medics reached two guards, one of whom died" is a part of the two)."""
    # "one of the guests, hit in the chest, later died": the part's own words are no group
    before = [m for m in hurt + killed if m.start < dead.start and m is not dead and not is_part_of(m)]
    if not before or max(before, key=lambda m: m.start).outcome == "killed":
        return []
    last = max(m.sentence for m in before if m.outcome != "killed")
    if not _DIED_OF_WOUNDS.search(dead.victims) and last != dead.sentence:
        return []  # "12 campers were hurt, and three of those victims are dead": a part of the group just told
    return [m for m in hurt if m.sentence == last and m.start < dead.start]


def _wounded_beside_dead(group: list[CountMention], killed: list[CountMention]) -> bool:
    """Whether a group is of people told wounded after the dead of their own sentence ("two were shot dead and three
    others wounded"): none of them among the dead."""
    return bool(group) and all(m.outcome == "injured" for m in group) and any(
        k.sentence == m.sentence and k.end <= m.start and not k.subset for k in killed for m in group)


def _part_dead_after(others: list[CountMention], killed: list[CountMention], left: int) -> int:
    """How many of the other people hit died as their own sentence goes on: "two other victims were taken to
    hospitals, where one was pronounced dead" (one of the two). Only a bare number or "one of them" is a part."""
    part = 0
    for other in others:
        here = [k for k in killed if k.sentence == other.sentence and k.start > other.end
                and (not k.victims.strip() or is_part_of(k)) and not is_vague(k.count)]
        part = max(part, sum(k.count.best for k in here))
    return part if 0 < part < left else 0


# The whole group told dead in a word: "both were pronounced dead", "all three died", "they died at the hospital".
_GROUP_WORD = re.compile(r"(?:both|all|they)\b", re.IGNORECASE)


def _less_group_dead(wounded: int, hurt: list[CountMention], killed: list[CountMention]) -> int:
    """The wounded once the group just told hurt is told dead as a whole: "officers found a woman and a boy with
    serious injuries" ... "Both were pronounced dead at the scene" (none wounded, two dead). Only when the hurt were
    the last people counted, in the sentence before or the same one, and as many as the group, told as its subject."""
    for dead in killed:
        if dead.victims.strip() or not _GROUP_WORD.match(dead.count.text) or not dead.count.text[:1].isupper():
            continue  # (the group as the sentence's subject: "... were taken to a clinic, where they died" may be others)
        before = [m for m in hurt + killed if m.start < dead.start and m is not dead]
        if not before or (last := max(before, key=lambda m: m.start)).outcome == "killed" \
                or not 0 <= dead.sentence - last.sentence <= 1:
            continue
        group = combine([m for m in hurt if m.sentence == last.sentence])
        if group and not is_vague(group) and group.best == dead.count.best == wounded:
            return 0
    return wounded


# The attacker told by his part: "the suspect in the shooting died at the same hospital" is none of the people he hit.
_ATTACKER_OR_SUSPECT = re.compile(rf"\b(?:{_ATTACKER_NOUNS}|suspect|shooter|intruder)s?\b", re.IGNORECASE)


def _less_later_dead(wounded: int, injured: list[CountMention], killed: list[CountMention]) -> int:
    """The wounded once someone told anew "later died", at a hospital or of wounds, or told as "the victim" already
    counted: "five people were wounded" ... "a 19-year-old man was shot in the chest and later died" (four), "a man
    died Sunday at the hospital" (four), "two people were wounded" ... "the older victim died at a hospital" (one;
    not "the suspect died"). Only when the wounded were told, as a number,
    before anyone was told dead."""
    later = [k for k in killed if not k.subset and not _another(k) and not is_vague(k.count)
             and (re.search(r"\b(?:later|since)\b", f"{k.count.text} {k.victims}", re.IGNORECASE)
                  # someone told by a noun ("a 19-year-old man died at the hospital"), not "he" of a man just told
                  or k.of_wounds and k.count.text.lower() in ("a", "an", "one", "the") and k.victims.strip()
                  and not _ATTACKER_OR_SUSPECT.search(k.victims)
                  or k.count.text.lower() == "the" and re.search(r"\bvictim\b", k.victims, re.IGNORECASE)
                  and not _OTHERS.search(k.victims))]
    if not later:
        return wounded
    first_death = min(k.sentence for k in killed)
    told = [m for m in injured if m.count.best == wounded and not is_vague(m.count) and m.sentence < first_death
            and not _OTHERS.search(f"{m.count.text} {m.victims}")]
    dead = sum(k.count.best for k in later)
    return wounded - dead if told and dead < wounded else wounded


# A person told by name alone: "Ana Ruiz", "Ruiz", "Deputy Tom Hale" (an age after it dropped).
_NAME = re.compile(r"(?:[A-Z][a-z][\w'’-]*\.?\s+){0,3}[A-Z][a-z][\w'’-]*")
_NOT_NAMES = frozenset("He She They It Police Officers Officer Deputies Authorities Investigators Monday Tuesday Wednesday "
                       "Thursday Friday Saturday Sunday Both All Two Three Four Five Six Seven Eight Nine Ten Hospital "
                       "Center Medical Clinic County City Street Avenue Road".split())


def _names(victims: str) -> list[set[str]] | None:
    """The people a mention names, each as the words of their name: "Ana Ruiz, 19, and Tom Hale" is two, "a guard"
    none (None: not names alone)."""
    items = [re.sub(r",?\s*\d{1,3}$", "", i).strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", victims.strip(" ,"))]
    items = [i for i in items if i]
    if not items or not all(_NAME.fullmatch(i) and not set(i.split()) & _NOT_NAMES
                            and not any(_PERSON_WORD.fullmatch(w.lower()) for w in i.split()) for i in items):
        return None  # "Homicide Victim Was Shot": a headline's capitals, not a name
    return [set(i.split()) for i in items]


def _named_apart(shot: list[CountMention]) -> int:
    """People hit that one sentence tells by their names, each with a verb of their own: "Ruiz and Lin were shot in the
    legs, while Hale was shot in the arm" (three), "those hurt include Ana Ruiz, who was shot in the hip; Tom Hale, who
    was shot in the hand" (two). A name told again in part ("Ruiz") is the same person; other sentences may tell of
    other incidents."""
    most = 0
    for sentence in {m.sentence for m in shot}:
        people: list[set[str]] = []
        for mention in (m for m in shot if m.sentence == sentence):
            named = _names(mention.victims)
            if named is None or len(named) != mention.count.best:
                continue
            for words in named:
                same = [p for p in people if p & words]
                for p in same:
                    people.remove(p)
                    words = words | p
                people.append(words)
        most = max(most, len(people))
    return most if most > 1 else 0


# The one person who shot, told by the word for him ("the gunman", "a suspect, 24,"), not one of the people he shot.
_THE_ATTACKER = re.compile(rf"(?:the\s+)?(?:suspected\s+|lone\s+|alleged\s+)?(?:{ONE_ATTACKER})\b(?!\s+(?:and|or)\b)"
                           r"(?:,[^,]*(?:,\s*\d{1,3})?)?$", re.IGNORECASE)


# ... told with any article: "a suspect", "the gunman" (not "one of the robbers", a part of a group).
_AN_ATTACKER = re.compile(rf"(?:(?:the|a|an)\s+)?(?:suspected\s+|alleged\s+)?(?:{ONE_ATTACKER})\b(?!\s+(?:and|or)\b)",
                          re.IGNORECASE)


# ... and one victim told by a pronoun only, who may be the attacker himself ("officers wounded the robber ... he died
# in surgery"), or by a number alone.
# A victim told wounded in so many words, not shot: "was seriously wounded", "were hurt".
_SAID_WOUNDED = re.compile(r"(?:was|were)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b", re.IGNORECASE)
# ... who was someone's: "his driver", "the mayor's bodyguard".
_SOMEONES = re.compile(r"(?:his|her|their|(?:the\s+)?[\w-]+['’]s)\s+[a-z]", re.IGNORECASE)
_PRONOUN_ONLY = re.compile(r"(?:he|she|him|her)?", re.IGNORECASE)


def _is_the_attacker(mention: CountMention) -> bool:
    """The one attacker told as the only one ("the gunman"; "an assailant was killed" is one of several)."""
    return mention.count.best == 1 and mention.count.text.lower() not in _INDEFINITE \
        and bool(_THE_ATTACKER.match(mention.victims.strip()))


def _with_other_side_hurt(injured: list[CountMention], killed: list[CountMention]) -> int:
    """The hurt of one side and the hurt of the other told "also" after them ("killed 15 militants and wounded eight
    others ... two soldiers were also wounded": ten); 0 when no side is told so. "Others" after the dead of a side are
    of that side."""
    def side(mention: CountMention) -> str | None:
        if (own := _side(mention)) is None and re.fullmatch(r"(?:an)?others?", mention.victims.strip(), re.IGNORECASE):
            return next((_side(k) for k in reversed(killed) if k.sentence == mention.sentence and k.end <= mention.start),
                        None)
        return own
    sides = {id(m): side(m) for m in injured}
    first = [m for m in injured if not m.also and not is_vague(m.count)]
    also = [m for m in injured if m.also and not is_vague(m.count) and sides[id(m)] is not None and first
            and all(o.start < m.start and sides[id(o)] not in (None, sides[id(m)]) for o in first)]
    return max(m.count.best for m in first) + sum(m.count.best for m in also) if also else 0


def _at_least(hit: Count, n: int) -> Count:
    """``hit``, or exactly ``n`` people (its high kept) when ``n`` is more."""
    return Count(low=n, best=n, high=max(hit.high, n), text=hit.text) if n > hit.best else hit


def shot_toll(*, killed: list[CountMention], injured: list[CountMention], shot: list[CountMention]) -> Count | None:
    """The injured once the ``hit`` mentions are read: people shot or hurt are wounded unless the text says they
    died.

    "Five people were shot, one fatally" is 1 killed and 4 injured; "a man was shot ... he died at the hospital"
    is 1 killed and nobody injured (the victim moves from injured to killed). Victims named apart ("a woman was
    killed and a man was shot") are different people and add up.
    """
    # the attacker's own death is not one of the people he shot ("shot two neighbours before he died", "The gunman,
    # 39, died at the scene"); nor is the attacker, shot himself, one of the wounded once told dead ("officers shot
    # the suspect ... the suspect died at a hospital")
    # (not beside a count of everyone hit, which may hold him: "four people were hit ... a deputy's bullet killed the
    # robber")
    # (also told as the attacker's own death: "The shooter was killed by police. ... Officers shot the suspect")
    attacker_dead = any(_is_the_attacker(m) or m.victims == PERPETRATOR_VICTIMS for m in killed) \
        and all(m.count.best == 1 for m in shot)
    killed = [m for m in killed if m.victims != PERPETRATOR_VICTIMS and not (attacker_dead and _is_the_attacker(m))]
    if attacker_dead:
        shot = [m for m in shot if not _is_the_attacker(m)]
        injured = [m for m in injured if not _is_the_attacker(m)]
    elif sum(m.count.best for m in killed + injured) >= 2 and shot \
            and all(_AN_ATTACKER.match(m.victims.strip()) for m in shot) \
            and not any(_AN_ATTACKER.match(m.victims.strip())
                        or m.count.best == 1 and _PRONOUN_ONLY.fullmatch(m.victims.strip()) for m in killed + injured):
        # "two sisters were found shot to death ... a suspect was shot in the hip by a deputy": the attacker, hit, is
        # none of his victims, dead or wounded, and one more wounded (when all those hit are attackers: a man told hit
        # beside "the suspect" may be the suspect himself)
        rest = shot_toll(killed=killed, injured=injured, shot=[])
        n = len(_distinct(shot))
        return plus(rest, n) if rest is not None else exact_count(n, shot[0].count.text)
    wounded = combine(injured)
    hit = combine(shot)
    dead = combine(killed)
    dead_best = max(dead.best if dead else 0, _more_dead(killed), _one_by_one(killed))
    revised = any(_LATER_DEATHS.search(f"{m.count.text} {m.victims}") for m in killed)
    if hit is None:  # "a guard killed and three other men hurt" ... "Ruiz later died"
        if not wounded:
            return wounded
        if not killed:  # "two victims are in critical condition and five others were treated": seven
            wounded = _at_least(wounded, _besides_first([], injured))
        wounded = _at_least(wounded, _with_other_side_hurt(injured, killed))
        snapshot = _after_later_deaths(killed, injured, dead_best) if revised and dead else None
        rest = snapshot if snapshot is not None and snapshot < wounded.best else \
            _less_part_dead(wounded.best, injured, killed)  # "four hikers were hurt" ... "one later died"
        rest = min(rest, _less_more_dead(wounded.best, injured, killed), _less_later_dead(wounded.best, injured, killed),
                   _less_group_dead(wounded.best, injured, killed))
        if rest < wounded.best:
            return Count(low=min(rest, wounded.low), best=rest, high=wounded.high, text=wounded.text)
        return wounded
    # "several people were shot" ... "the guard was shot in the foot": at least three
    hit = _at_least(hit, max((m.count.low for m in shot if is_vague(m.count)), default=0))
    # "a guard was shot ... two others were hurt ... one of them later died": others besides the first are still
    # more people when the only dead are a part of those counted
    hit = _at_least(hit, _besides_first(shot, injured) if not killed or all(
        k.subset and is_part_of(k) for k in killed) else 0)
    hit = _at_least(hit, _newcomer_count(shot))
    # "two cousins were hit ... a third man later walked into a clinic, grazed by the same burst": the third of those hit
    # (not "two of his bodyguards were killed ... a third bodyguard was wounded": the third of those the dead began)
    hit = _at_least(hit, max((_nth(m) for m in shot if not _counted_on_from_dead(m, killed)), default=0))
    hit = _at_least(hit, _named_apart(shot))
    hit = _at_least(hit, _also_of_another_kind(shot))
    killed_who, shot_who = [_who(m) for m in killed], [_who(m) for m in shot]
    # a noun beside a name says nothing of who is who ("a courier was found shot to death in a van" ... "Ruiz was
    # shot behind the depot" is one person): only names against names, or nouns against nouns, tell people apart
    kinds = {_is_name(who) for who in killed_who + shot_who if who is not None}
    named = None not in killed_who + shot_who and len(kinds) == 1
    killed_names = frozenset().union(*killed_who) if named else frozenset()
    shot_names = frozenset().union(*shot_who) if named else frozenset()
    others = [m for m in shot
              if _OTHERS.search(_own_words(m)) and not _THE_OTHER_ONE.search(f"{m.count.text} {m.victims}")
              and not _one_of_the_dead(m, dead_best)]
    # "three were killed and a girl wounded": someone brought in after "and" in the sentence of the dead is not
    # one of them
    after_dead = [h for h in shot if h.besides_dead]
    # "the bodies of four people were found" ... "an injured woman was found outside": one told hurt after all the
    # dead were told is someone else (one told hurt before "he later died" may be one of them)
    after_dead += [h for h in shot if not h.besides_dead and _HURT_WORD.match(h.victims) and killed
                   and all(k.start < h.start for k in killed)]
    # ... and so is one told wounded in a sentence of their own after them by a word for who they were to someone
    # ("Rebels killed the mayor and his bodyguard ... His driver was seriously wounded")
    after_dead += [h for h in shot if not h.besides_dead and _SAID_WOUNDED.match(h.count.text)
                   and _SOMEONES.match(h.victims) and killed and all(k.sentence < h.sentence for k in killed)]
    # ... and one of another kind than every one of the dead ("the man who was fatally shot ... Ruiz was shot ... A
    # woman standing nearby was grazed")
    dead_kinds = {_kind(k) for k in killed}
    after_dead += [h for h in shot if killed and h.count.best == 1 and None not in dead_kinds
                   and all(k.count.best == 1 for k in killed)
                   and _kind(h) is not None and _kind(h) not in dead_kinds
                   and _KIND_LAST.search(h.victims)]
    after_dead = _distinct(after_dead)  # "... and a woman was wounded" in the lead, "a 22-year-old woman" in the body
    # ("found a man dead and a woman with gunshot wounds; she died later Saturday": told dead after all)
    after_dead = [h for h in after_dead if not any(k.sentence == h.sentence and k.start > h.end and not k.victims.strip()
                                                   and k.count.best == 1 for k in killed)]
    # names against names tell people apart; nouns against nouns only when no pair of them may be one person
    told_apart = not killed_names & shot_names if named and kinds == {True} else named and not any(
        _may_be_one(k, s) or _kin_told_again(k, s, shot) for k in killed for s in shot)
    apart = bool(killed) and (bool(others) or told_apart or _ages_apart(killed, shot) or _kinds_apart(killed, shot)
                              or _kin_apart(killed, shot) or _sides_apart(killed, shot)
                              # "... a nurse was killed in the same attack", "another man died": not the one hit
                              or all(_told_another(m) for m in killed)
                              # "the driver who shot him was killed": the one who shot, not the one hit
                              or all(_THE_ONE_WHO_SHOT.search(m.victims) for m in killed))
    if is_vague(hit) and (dead and not is_vague(dead) or wounded and not is_vague(wounded)):
        # "medics reached several people, three of whom died": the wounded are at least the rest of the fewest people
        # the vague word allows, not the rest of its codebook figure (ten); "several people were shot" ... "as many as
        # four were wounded": the exact figure
        hit = Count(low=hit.low, best=hit.low, high=hit.high, text=hit.text)
    more = hit.best if apart else max(hit.best - dead_best, len(after_dead) if killed else 0, 0)
    if wounded and is_vague(wounded) and not is_vague(hit) and more < wounded.low <= hit.best:
        # "nine were killed and dozens hurt" ... "18 were taken to hospitals": the dead are not among those taken in,
        # or the hurt would be fewer than the vague word allows
        more = hit.best
    if others and killed:  # "three other people were shot": those hit besides the dead (or all hit but the dead)
        besides = combine(others)  # "the other five were rushed in" ... "two more died": three
        besides_left = _less_more_dead(besides.best, others, killed) if besides else 0
        besides_left -= _part_dead_after(others, killed, besides_left)
        more = max(besides_left, hit.best - dead_best)
    # "several injured" beside "four people were shot": the exact figure
    base = wounded.best if wounded and not (is_vague(wounded) and not is_vague(hit)) else 0
    base = _less_more_dead(_less_part_dead(base, injured + shot, killed), injured, killed)
    best = max(base, more)
    if revised and not apart and not others and not is_vague(hit) and dead_best < hit.best < best + dead_best:
        # "seven were shot" and "four died": the wounded are the rest, whatever an earlier toll said ("two killed
        # and five wounded" before two more died)
        best = hit.best - dead_best
    if revised and (snapshot := _after_later_deaths(killed, injured + shot, dead_best)) is not None and snapshot < best:
        best = snapshot
    best = _less_later_dead(best, injured, killed)
    if wounded is None and best == 0:
        return None if dead else exact_count(0, hit.text)
    return Count(low=min(best, wounded.low if wounded else best), best=best,
                 high=max(best, wounded.high if wounded else best, hit.high), text=hit.text)

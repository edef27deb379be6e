"""Counts of killed, injured, abducted and arrested people in a clause.

"about 28 people were killed", "killing at least seven", "eight or nine of the commanders were killed",
"left 12 dead", "the death toll rose to 30". Subsets ("including three officers", "two of the injured")
are not counted again, and counts of different outcomes are kept apart.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from eventsift.events.count_phrases import ACTIVE_OBJECTS, UNHARMED, VICTIMS_AFTER, implicit_singulars, listed_people
from eventsift.events.count_words import (ACTIVE, BE, CALENDAR_WORD, CLAUSE_BREAK, GAP, HELD_BEFORE, LOOK_BACK, MANNER_VERBS,
                                          MONTH_BEFORE, MONTH_NAME, NOT_PEOPLE, OFFICE_BEFORE_NAME, OUTCOMES, PERSON_NOUNS,
                                          SUBSET_AFTER, SUBSET_BEFORE, TAKEN_PEOPLE, TAKING_VERB, TOLD_HURT, VICTIM_NOUNS,
                                          VICTIM_OUTCOMES, CountMention, exact_count, is_part_of, phrase_mention, plus,
                                          tells_aim)
from eventsift.events.numbers import NUMBER, parse_quantity, quantity_regex, vague_pattern, word_to_int
from eventsift.events.tolls import combine, group_size, is_vague, killed_toll, newcomer, shot_toll
from eventsift.nlp.scan import finditer_gated
from eventsift.nlp.text import THE_DEED
from eventsift.records import Count

# re-exported: what the rest of the package reads from this module
__all__ = ["CountMention", "PERSON_NOUNS", "VICTIM_NOUNS", "attackers_killed", "combine", "find_counts", "group_size",
           "killed_toll", "series_size", "shot_toll", "even_share"]

# Numbers beside people that are not how many of them: ages ("a 41-year-old", "Ana, 19,", "aged 7"),
# addresses ("the 200 block", "114 Elm Street", "Route 9"), times ("8:20"), calibres (".38", "9mm").
_AGE_AFTER = re.compile(r"^(?:\s*-\s*|\s+)(?:years?|yrs?|months?|weeks?|days?)(?:\s*-\s*|\s+)old\b|"
                        r"^\s+(?:years?|yrs?) of age\b|^-?(?:year|month)s?-olds?\b|"
                        r"^-\s+(?:and|or|to)\s+[\w]+-(?:year|month)s?-olds?\b|"  # "her 3- and 5-year-old nieces"
                        r"^-(?:year|yr|month)s?-o\w*(?:\W|$)", re.IGNORECASE)  # a headline cut short: "hits 7-year-o"
_AGE_BESIDE_NAME = re.compile(r"[A-Z][\w'’.-]*,\s*$")  # "Ana Ruiz, 19, of Elmtown"
# People listed with their ages before: the last age of the list needs no comma after it ("Ruiz, 41, his sister Lia, 19,
# and her son Tom, 4 were found dead": Tom is 4).
_AGES_LISTED = re.compile(r"[\w'’.-],\s*\d{1,3},\s+(?:and\s+)?[\w'’ -]+,\s*$")
_ADDRESS_BEFORE = re.compile(r"(?:\b(?:route|highway|hwy|interstate|state road|county road|i|us|sr|apt|apartment|"
                             r"suite|unit|room|channel|flight|bus|exit|mile marker|precinct|ward|grade|no|number|"
                             r"aged?|ages|between ages)\.?\s*-?\s*|[.:$#/-]|\b(?:image|photo|picture|slide|video|page|"
                             r"part|step)\s+(?:\d+\s+of\s*/?\s*)?)\Z", re.IGNORECASE)  # \Z: "--\nThree" is no "-3"
_ADDRESS_AFTER = re.compile(
    r"^(?:\s+(?:hundred\s+)?block\b|[:/.-]\d|\s*(?:-?caliber|-?calibre|mm\b|-?gauge|-?millimet)|\s+of\s*/?\s*\d|"
    r"\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|"
    r"Pkwy|Circle|Cir|Terrace|Trail|Pike|Square|Sq)\b)")


# A part of the victims who died is news ("one of them died", "two of the wounded later died"): the toll moves
# from injured to killed. Other subsets ("including three officers", "two of the injured") are not counted again.
_SUBSET_DIED = re.compile(r"^\s+(?:more\s+)?of\s+(?:the|those|them|whom)\b[^.;]{0,40}?\b(?:died|succumbed|passed away|"
                          r"(?:was|were) (?:later )?(?:killed|pronounced dead)|(?:is|are|was|were) (?:now )?dead|"
                          r"did not survive)", re.IGNORECASE)


# Ages given as a range: "who range in age from 23 to 31", "ages 18 through 20", "ranging from 19 to 24",
# "between the ages of 16-18".
_AGE_RANGE_BEFORE = re.compile(r"\b(?:ages?|aged|in age|ranging)\s+(?:of\s+|from\s+|between\s+)?"
                               r"(?:\d{1,3}\s*(?:-|–|to|through|and|,|, and)\s*)*$", re.IGNORECASE)
# "one woman, 33, had been shot": an age after a person, between commas.
_AGE_BESIDE_PERSON = re.compile(rf"\b(?:{PERSON_NOUNS}|{VICTIM_NOUNS}),\s*$", re.IGNORECASE)
# Words for people, as the subject of a verb that may say people or things ("four people were hit", "two cars were hit").
_PEOPLE_WORD = re.compile(rf"\b(?:(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|adult|kid|juvenile|teen)s?|(?:wo)?men|people|persons|"
                          r"children|others)\b", re.IGNORECASE)
# A verb "to be" (or one standing for it) before a participle makes it passive: "was also killed", not "also killed a guard".
_AUXILIARY = re.compile(r"\b(?:were|was|been|are|is|being|got|found|left|survived)\b", re.IGNORECASE)
# "also wounded were three diners": the verb before its number, the people besides those told.
_ALSO_INVERTED = re.compile(r"\balso\s+(?:wounded|injured|hurt|shot)\s+(?:(?:in|during|by)\s+(?:[\w-]+\s+){1,4}?)?"
                            r"(?:were|was)\s+(?:at\s+least\s+)?\w", re.IGNORECASE)
# "a boy of 12", "a woman of 70": an age after a person, told with "of".
_AGE_OF_PERSON = re.compile(rf"\b(?:{PERSON_NOUNS}|{VICTIM_NOUNS})\s+of\s+$", re.IGNORECASE)
_BREAKDOWN_BEFORE = re.compile(r"\b(?<!:)(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"  # not "10:20 PST"
                               r"(?:(?!(?:were|was|are|is|killed|wounded|injured|shot|dead|died|hurt)\b|(?-i:[A-Z]{2,}\b))"
                               r"[\w'’-]+\s+){0,3}"  # nor a dateline's capitals: "10:20 PST DAYTON -- Six men were hurt"
                               r"(?:\([^()]*|\s*(?:--|[—–]|-)\s+(?:(?!(?:were|was|are|is|killed|wounded|injured|shot|dead|died|hurt)\b)"
                               r"[\w'’,-]+\s+){0,8}?)$",  # "four children - two sons and"
                               re.IGNORECASE)
_PART_OF_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+of\s+(?:the\s+|those\s+)?$",
                             re.IGNORECASE)
# Verbs of firing or hearing shots: "fired one shot", "the officer returned one shot", "heard three shots"
_FIRING = r"fired|fire|fires|firing|returned|returning|let off|squeezed off|got off|heard|hearing"
_FIRED_BEFORE = re.compile(rf"\b(?:{_FIRING}|counted)\s+(?:at least\s+|about\s+)?$", re.IGNORECASE)
# ... and the shots someone fired before a passive, not people shot
_SHOTS_FIRED = re.compile(rf"\b(?:{_FIRING})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
_HOUSE_NUMBER = re.compile(r"\d{4,5}")  # "2211 Falling Oak": a house number before a name


_FATAL = re.compile(r"(?<![\w-])(?:fatal|mortal)\b", re.IGNORECASE)  # (not "non-fatal")
# What someone "had" or "suffered", told by a vague number: their injuries, not a number of people.
_HARM_HAD_BEFORE = re.compile(r"\b(?:had|has|have|suffered|sustained|received|with)\s+$", re.IGNORECASE)
_HARMS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|lacerations|fractures|burns|bruises)\b",
                          re.IGNORECASE)


def _is_plausible(text: str, m: re.Match[str], count: Count) -> bool:
    before, after = text[max(0, m.start() - LOOK_BACK):m.start()], text[m.end():m.end() + LOOK_BACK]
    if NOT_PEOPLE.match(after):
        return False
    if (SUBSET_BEFORE.search(before) or SUBSET_AFTER.match(after)) and not _SUBSET_DIED.match(after):
        return False
    if m.group(0) in _EMERGENCY_NUMBERS:
        return False  # "911 dispatchers", "a 911 call"
    if m.groupdict().get("vague") and _HARM_HAD_BEFORE.search(before) and _HARMS_AFTER.match(after):
        return False  # "both men had multiple injuries": the harm of people told already, no number of people
    if not m.groupdict().get("vague") and (
            _AGE_AFTER.match(after) or _ADDRESS_BEFORE.search(before) or _ADDRESS_AFTER.match(after)
            or ((_AGE_BESIDE_NAME.search(before) or _AGE_BESIDE_PERSON.search(before))
                and (re.match(r"\s*(?:[,()|–—]|-\s)", after) or _AGES_LISTED.search(before)))
            or (before.endswith("(") and after.startswith(")"))
            or (_HOUSE_NUMBER.fullmatch(m.group(0)) and re.match(r"\s+[A-Z]", after))):
        return False
    if 1900 <= count.best <= 2100 and not m.groupdict().get("vague"):
        return False  # a year
    if re.search(r"(?:\bno\.|\bnumber|#|\baged?|\bage of)\s*$", before, re.IGNORECASE) or _AGE_RANGE_BEFORE.search(before):
        return False
    if _BREAKDOWN_BEFORE.search(before):
        return False  # "four monks (three Peruvians and one Chilean)": the parts of a number already counted
    if re.search(r"\b(?:mother|father|mom|dad|parent|grandmother|grandfather|grandparent)s?\s+of\s+$", before, re.IGNORECASE):
        return False  # "a father of three was killed": his children, not the dead
    if not m.groupdict().get("vague") and _AGE_OF_PERSON.search(before):
        return False  # "a boy of 12": his age
    if re.search(r"\bhow\s+$", before, re.IGNORECASE):
        return False  # "did not say how many victims were found": a question, not a count
    if _PART_OF_BEFORE.search(before) or re.search(r"\bout\s+of\s+(?:the\s+)?$", before, re.IGNORECASE):
        return False  # "two of three herders were killed", "four out of the 75 guests": the whole, not the count
    if _FIRED_BEFORE.search(before):
        return False  # "fired one shot at the car", "heard three shots": shots, not people shot
    if MONTH_BEFORE.search(before) and not m.groupdict().get("vague") and not _DAY_MONTH_BEFORE.search(before):
        return False  # "on May 24" (not "on 23 May 28 bodies were found": the day is written before the month)
    if _RESCUED_BEFORE.search(before) or _RESCUED_AFTER.match(after):
        return False  # "troops rescued 23 kidnapped persons": people set free, no victims of this incident
    if _IN_A_NAME_BEFORE.search(before) and _IN_A_NAME_AFTER.match(after) and m.group(0)[:1].isupper() \
            and m.group(0).isalpha():
        return False  # "rushed to Regional One Health": a word of a name
    if _UNIT_BEFORE.search(before) and _UNIT_AFTER.match(after) and m.group(0).isdigit():
        return False  # "two soldiers of 41 Rashtriya Rifles": the unit's number, not how many
    return True


_RESCUED_BEFORE = re.compile(r"\b(?:rescued|freed|released|liberated)\s+(?:(?:at\s+least|about|some|over|more\s+than|"
                             r"all|the)\s+)?$", re.IGNORECASE)
_RESCUED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:kidnapped|abducted)\s+(?:[\w-]+\s+){0,2}?(?:were|was|have\s+been|"
                            r"had\s+been)\s+(?:\w+\s+)?(?:rescued|freed|released|liberated)\b", re.IGNORECASE)
# A number word written inside an institution's name: after a capitalised word that does not open the sentence,
# before a word such names end on ("Regional One Health", "Channel Four News"; not a headline's "Kill Three Farmers").
_IN_A_NAME_BEFORE = re.compile(r"(?<![.!?:;\n]\s)(?<!^)\b(?-i:[A-Z][a-z]+)\s+$")
_IN_A_NAME_AFTER = re.compile(r"\s+(?:Health|Healthcare|Medical|Hospital|Clinic|Cent(?:er|re)|News|Radio|TV|Television|"
                              r"Plaza|Towers?|Park|Bank|Network|Media|Group|Stadium|Arena|Mall|Airlines?|Motors?)\b")

# A military unit's number: "jawans of 92 Battalion CRPF", "a soldier from 3 Para", "troopers of 21 Assam Rifles",
# "men of the 150 battalion", "belonging to 206 CoBRA". The number follows "of", "from", "with", "in" or "belonging
# to" and comes before the unit's kind, at most two name words on.
_UNIT_BEFORE = re.compile(r"\b(?:of|from|belonging\s+to|with|in)\s+(?:the\s+)?$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s+(?:(?-i:[A-Z][\w&'’-]*)\s+){0,2}(?:bn|battalions?|brigade|bde|regiment|regt|rifles|rr|para|"
                         r"infantry|li|cobra|corps|division|div|squadron|sqn|wing|commando|company|coy|platoon|"
                         r"artillery|armou?red|cavalry|lancers|frontier\s+force|ff)\b", re.IGNORECASE)


# A day written before its month ("on 23 May"): a number after the month is no day of it.
_DAY_MONTH_BEFORE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}\s*$", re.IGNORECASE)


# Nouns for one person ("a civilian", "the assailant"): with no number written, they count one.

# "a local" is a person, "a local hospital" is not: "local" and "national" as nouns stand before a verb or a pause.
_LOCAL_ADJECTIVE = r"(?:(?<=\blocal)|(?<=\bnational))\s+(?!(?:was|were|is|are|who|and|or|had|has|said|died)\b)[a-z]"
# "a second victim" is the toll told by its ordinal (``count_phrases``), not one victim more.
_NOT_NTH = "".join(rf"(?<!\b{nth} )" for nth in ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"))
_SINGULAR = re.compile(rf"\b(?<!\bno )(?<!\bnot )(?<!\bnor )(?<!\bneither )(?P<n1>an?|one|another)"
                       r"(?!\s+(?:toll|total|balance|tally)\s+of\b)"  # "a toll of one person wounded": the one
                       # (the words before the person its words: not "a car | and a woman")
                       rf"(?=\s+(?:(?!(?:and|or)\s)[\w-]+\s+){{0,3}}?(?:(?:{PERSON_NOUNS})\b(?!{_LOCAL_ADJECTIVE})|{_NOT_NTH}(?:victim|teen)\b)|"
                       # "two adults and a 6-year-old were shot": a bare age is the person
                       r"\s+\d{1,3}-(?:year|month)-old\s+(?:were|was|are|is)\b)|"
                       rf"\b(?<!\bnor )(?<!\bneither )(?P<the>the)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{VICTIM_NOUNS})\b(?!['’]s|\s+(?:and|or)\b)|"
                       rf"\s+\d{{1,3}}-year-old\s+(?:is|was|has|had|remains|died)\b)",
                       re.IGNORECASE)


# "the body of a farmer was found", "his bullet-riddled body was found": one dead; "the bodies of 12 people"; "the death
# of 19-year-old Ana Ruiz".
_POSSESSIVE_BODY = re.compile(r"(?:\b[\w-]+['’]s?|\b(?:his|her)(?: [\w-]+)?) body (?:was|is|has been|had been) (?:\w+ )?"
                              r"(?:found|discovered|recovered|pulled)|"
                              # "she was stabbed in the hall and her body dragged to the yard"
                              r"\band\s+(?:his|her)\s+body\s+(?:later\s+)?"
                              r"(?:moved|dumped|dragged|hidden|left|found|discovered)\b", re.IGNORECASE)
# "after Senator Ana Ruiz's murder", "confirmed Ruiz's death", "his daughter's tragic death": one dead.
_POSSESSIVE_DEATH = re.compile(
    rf"(?:\b(?-i:[A-Z])[\w'’-]+|\b(?:the|his|her|their|a)\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|son|daughter|"
    r"brother|sister|wife|husband|cousin|nephew|niece|friend|girlfriend|boyfriend))['’]s\s+(?:(?:tragic|violent|"
    r"sudden|untimely|shooting|stabbing)\s+)?(?:murder|assassination|killing|slaying|death)\b(?!s|\s+(?:sentence|penalty|"
    r"row|threats?|warrant|certificate))", re.IGNORECASE)
_BODIES = re.compile(r"\b(?:bod(?:y|ies)|deaths?|killings?|murders?|assassinations?|slayings?|massacres?)\s+"
                     # a day between the deed and its victim: "the slaying on 9 May of a ferry clerk"
                     r"(?:(?:on|in)\s+(?:\d{1,2}\s+[A-Za-z]{3,9}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|[A-Za-z]+day)\s+)?"
                     r"of\s+(?:the\s+)?", re.IGNORECASE)
# One person told by "the" and a noun after a death: "the murder of the mayor", "the killing of the local priest" (not
# "of the soldiers", "of the man's son", nor an attacker's death, which the tolls read apart).
_THE_ONE = re.compile(rf"(?:[a-z][\w-]*\s+){{0,2}}?(?!(?:assailant|attacker|bomber|gunman|suspect|shooter|intruder|"
                      rf"burglar|robber)\b)(?:{PERSON_NOUNS}|{VICTIM_NOUNS})(?![\w'’-])", re.IGNORECASE)
# After "the deaths of four teachers": "and two drivers", a second group of the dead.
# ("the death of 17 members of the group and 9 soldiers": the people's words may hold whose they are, not a verb)
_AND_MORE = re.compile(r"(?:\s+(?!(?:were|was|are|is|had|have|has)\b)[\w'’-]+){1,5}?\s+and\s+(?:of\s+)?(?:the\s+)?",
                       re.IGNORECASE)
# "the murders of Ana Ruiz, Colonel Tom Hale and senator Jo Lin": one dead for each name listed.
# A title before a name: "presidential candidate Ana Ruiz", "union leader Tom Hale" (not "civilians in Idlib").
_TITLE_WORDS = r"(?:(?!(?:in|at|on|near|by|from|of|and|the|a|an|his|her|their|to|for|with)\b)[a-z]+\s+){0,4}"
_NAMED_PEOPLE = re.compile(rf"(?:{_TITLE_WORDS}(?:[A-Z][\w'’.-]*\s*){{1,5}}(?:,\s*(?:and\s+)?|\s*\band\s+)?)+")


_ONE_PERSON_NOUN = re.compile(f"(?:{PERSON_NOUNS}|{VICTIM_NOUNS})", re.IGNORECASE)
_NOT_A_NAME = re.compile(rf"(?:{PERSON_NOUNS}|{VICTIM_NOUNS})s?|(?:wo)?men|people|children|"
                         r"(?:shootings?|stabbings?|robber(?:y|ies)|carjackings?|bombings?|attacks?|assaults?)", re.IGNORECASE)


def _named_people(following: str) -> int:
    """Names listed at the start of ``following`` (each a run of capitalised words, with an optional title)."""
    m = _NAMED_PEOPLE.match(following)
    if not m or not following[:1].isupper() and not re.match(rf"{_TITLE_WORDS}[A-Z]", following):
        return 0
    if CALENDAR_WORD.match(re.sub(rf"^{_TITLE_WORDS}", "", following)):
        return 0  # "the killing of protesters Monday"
    names = [n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(0).strip(" ,")) if re.search(r"[A-Z]", n)
             # "Ana Ruiz, who died Tuesday": a day after a relative clause is no second name; a headline's capitals
             # ("Death of Woman, Carjackings") name one person by a noun and a crime, no one
             and not CALENDAR_WORD.match(re.sub(rf"^{_TITLE_WORDS}", "", n))
             and not (_NOT_A_NAME.fullmatch(n.strip()) and not _ONE_PERSON_NOUN.fullmatch(n.strip()))]
    return len(names)


_AGE = re.compile(r"\b\d{1,3}(?:-| )(?:years?|months?|weeks?)(?:-| )old\b|\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*, \d{1,3}\b")
_NOUN_PHRASE_END = re.compile(r"\b(?:was|were|is|are|has|have|had|in|at|on|after|who|that|when|inside|outside)\b|[.;:]")


def _aged_people(following: str) -> int:
    """People named by their ages in the noun phrase that starts ``following`` ("78-year-old X and 59-year-old Y": 2)."""
    end = _NOUN_PHRASE_END.search(following)
    return len(_AGE.findall(following[:end.start() if end else 150][:150]))


def _listed_after(following: str, *, after: str = "") -> int:
    """People listed in the noun phrase that starts ``following`` ("a mother and her 8-year-old son": 2; "Ana Ruiz,
    31, her son, 7, and her daughter, 4": 3)."""
    m = _LIST_AFTER.match(following)
    if m and _TOLD_HURT_AFTER.match(following + after, m.end()):
        return 0  # "the killing of a guard and two others who were hurt": the two lived
    if m is None and (end := _NOUN_PHRASE_END.search(following[:LOOK_BACK])) is not None \
            and (listed := _COMMA_LIST.fullmatch(following[:end.start()].rstrip(" ,"))) \
            and not _GROUP_ITEM.search(re.sub(r",\s*\d{1,3}\b|\b\d{1,3}-(?:year|month)-old\b", "", listed.group(0))):
        return listed_people(listed.group(0))  # (not with a group among them: "and their two children, Ana and Tom")
    return listed_people(m.group(0)) if m else 0


# The last people of a list told as hurt, not dead, in a clause of their own: "... and two others who were hurt".
_TOLD_HURT_AFTER = re.compile(r"(?:\s+(?:other\s+)?[\w'’-]+)?,?\s+who\s+(?:were|was|had\s+been)\s+(?:also\s+)?"
                              r"(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE)


# ... or people listed with commas, each item a few words, the last after "and": "Ana Ruiz, 40, her son, 12, and her
# mother, 66" (not "Ana Ruiz, whose funeral drew thousands").
# (each item after the first someone's, a name or an age: not "Ana Ruiz, party leader and former mayor", one person)
_COMMA_ITEM = r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3}"
_LATER_ITEM = (r"(?:\d{1,3}|(?:his|her|their|a|an|the)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}|"
               r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})")
_GROUP_ITEM = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|both|all)\b", re.IGNORECASE)
_COMMA_LIST = re.compile(rf"{_COMMA_ITEM}(?:,\s*{_LATER_ITEM})+,?\s+and\s+{_LATER_ITEM}(?:,\s*\d{{1,3}})?")
# "a mother and her 8-year-old son": two people joined by "and", no comma between.
_LIST_AFTER = re.compile(rf"[^,;.]{{1,40}}?\band\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                         rf"(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|children|sons|daughters)\b", re.IGNORECASE)


def _quantities(text: str):  # noqa: ANN202 - yields (match, Count)
    seen: set[tuple[int, int]] = set()
    for m in quantity_regex().finditer(text):
        count = parse_quantity(m)
        if count is not None and _is_plausible(text, m, count):
            seen.add((m.start(), m.end()))
            yield m, count
    for m in finditer_gated(_SINGULAR, text):
        if not any(start <= m.start() < end for start, end in seen) and not SUBSET_BEFORE.search(text[:m.start()]) \
                and not _FIRED_BEFORE.search(text[max(0, m.start() - LOOK_BACK):m.start()]):
            yield m, exact_count(1, m.group(0))
    for m in finditer_gated(_HEADLINE_SINGULAR, text):
        yield m, exact_count(1, m.group("noun") or m.group("bare"))
    for m in finditer_gated(_A_COUPLE, text):
        yield m, exact_count(2, m.group(0))


# Two people told as one pair: "an elderly couple was killed", "a young couple were shot dead" (not "a couple of
# hours", "a couple's son", nor "a couple and their son", whom ``count_phrases`` counts whole).
_A_COUPLE = re.compile(r"\b(?<!\bno )an?\s+(?:(?!(?:and|or|of)\b)[\w-]+\s+){0,2}?couple\b(?!\s+of\b|['’]s\b|\s+and\b)",
                       re.IGNORECASE)


# Headlines drop the article: "Man shot, killed on the west side", "Teen hurt in crash" (at the start of a text
# or after the "|" that joins a page title to its site name).
_HEADLINE_SINGULAR = re.compile(r"(?:^|(?<=[|:]\s)|(?<=[|]))\s*(?:(?!(?:The|A|An|His|Her|Their|This|That)\b)(?-i:[A-Z])[\w.'’-]*\s+){0,2}?"  # "Elmford Man Shot"
                                r"(?P<noun>Man|Woman|Teen|Teenager|Boy|Girl|Child|Toddler|Juvenile|Victim|\d{1,2}-(?:year|month)-old|"
                                r"Baby|Student|Father|Mother|Driver|Officer|Deputy|Trooper|Clerk)(?=\s+(?:was\s+)?(?:shot|killed|"
                                r"dies|dead|wounded|injured|hurt|stabbed|fatally|found dead|slain|gunned down)\b)|"
                                # "Homicide inquiry after man found shot in car": a headline's bare noun after a linking word
                                r"(?:(?<=\bafter )|(?<=\bwhen ))(?P<bare>man|woman|teen|teenager|boy|girl|child|toddler)"
                                r"(?=\s+(?:was\s+)?(?:found\s+)?(?:shot|killed|dead|stabbed|fatally|slain)\b)")


def _apposition(text: str, m: re.Match[str], count: Count) -> bool:
    """"a man and a woman, both from Elmtown, were shot": "both" is the people just listed, not more of them."""
    return bool(re.match(r"(?:both|all)\b", count.text, re.IGNORECASE) and re.search(r",\s*$", text[:m.start()]))


_IN_ADDITION_TO = re.compile(r"\bin addition to (?:the )?(?:deaths? of )?(?:the )?$", re.IGNORECASE)


# The state the people hit are told in, in the words right after their verb: alive, so none of them is among the dead.
_ALIVE_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:(?:with|(?:for\s+)?treatment\s+(?:of|for)|treated\s+for)\s+(?:what\s+(?:were|was|are)\s+(?:described\s+as\s+)?)?"
                          r"(?:non-?\s?life[- ]threatening|minor|superficial)\s+(?:[\w-]+\s+)?(?:injuries|wounds)|"
                          r"(?:in|listed\s+in)\s+(?:stable|good|fair)\s+condition|treated\s+and\s+released|"
                          r"expected\s+to\s+(?:survive|recover|be\s+(?:ok|okay|fine|all\s+right)))\b", re.IGNORECASE)


# What follows an active verb: its object ("killed a police officer", "wounded two guards").
_OBJECT_AFTER = re.compile(r"(?:\s+and\s+(?:killed|wounded|injured))?"
                           # "wounding more than 20 others": a number told with its bounds is an object too
                           r"(?:\s+(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to))?"
                           r"\s+(?:a|an|the|his|her|their|its|him|them|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
                           r"dozens|[A-Z][a-z]+\s+[A-Z][a-z]+)\b|"
                           # an office and a name, told without an article: "two gunmen shot former minister Ana Ruiz"
                           rf"\s+{OFFICE_BEFORE_NAME}[A-Z][a-z]|"
                           # one name alone, in a sentence's case ("an officer fatally shot Ruiz"), not a headline's
                           # capitals nor a day ("Two Shot In Elmtown", "three killed Monday")
                           rf"\s+(?!{CALENDAR_WORD.pattern}|(?:In|At|On|Near|By|After|During|Outside|Inside|While|When|"
                           r"Over|Following|From|For|With|And|Or|The|A|An|To|Into|Along|Across|Before|Since|Dead|Early|"
                           r"Late|Last|Overnight|Tonight|Today|Yesterday|Outside|Off|Near|Downtown|Here|There)\b)"
                           r"[A-Z][a-z][\w'’-]*(?:,|\s+(?-i:[a-z])|[.;]|$)")
# ... or people told by a plural with no article, after a verb its subject came before: "an assailant stabbed soldiers
# at a centre" (not "two dead teenagers", "four wounded soldiers": the verb right after the number is an adjective)
_PLURAL_OBJECT_AFTER = re.compile(rf"\s+(?:(?!(?:when|while|as|after|before|and|but|because|if|since|until|where|who|"
                                  rf"that|which|then|so)\b)(?-i:[a-z])[\w-]+\s+)?(?:{PERSON_NOUNS})s\b", re.IGNORECASE)


# "both brothers reached the clinic, where the elder one died": one of those hit died after the toll was told.
_AT_HOSPITAL_BEFORE = re.compile(r"\b(?:hospital|clinic|medical cent(?:er|re)|trauma cent(?:er|re))\s*,?\s+where\s+$",
                                 re.IGNORECASE)


_ASIDE_PART = re.compile(r",\s+(?:[\w-]+\s+){1,2}?of\s+(?:them|whom)\b[^,;]*,\s*$|"
                         # "three other men, two aged 19 and one 20, were shot": their ages, no count
                         r",\s+[^,;]*?\b(?:years?\s+old|aged?|ages|in\s+their\s+\w+s)\b[^,;]*(?:,\s+(?!and\b)[^,;]{1,30}?){0,2},\s*$|"
                         # "two lawyers, identified as Ana Ruiz (45) and Tom Hale, were shot dead": their names
                         r",\s+(?:identified\s+as|named\s+as|namely)\s+[^;]{1,120}?,\s*$",
                         re.IGNORECASE)
# ... or named right after their noun: "two officers, Ana Ruiz and Tom Hale, were shot dead"
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+\(\d{1,3}\))?"
_ASIDE_NAMES = re.compile(rf",\s+{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME},\s*$")
# ... and who they were, two people told right after their noun: "two civilians, a father and his young son, were killed"
_PAIR_ITEM = r"(?:an?|the|his|her|their|two|three|four|five|six|\d{1,2})\s+"
_ASIDE_PAIR = re.compile(rf"^\s*[\w'’-]+(?:\s+[\w'’-]+)?(?P<aside>,\s+{_PAIR_ITEM}(?:[\w'’-]+\s+){{0,2}}?"
                         rf"[\w'’-]+\s+and\s+{_PAIR_ITEM}[^,;]{{1,40}},\s*)$", re.IGNORECASE)


def _aside(gap: str, *, plural: bool) -> tuple[int, int] | None:
    """Where in the gap between a number and its verb an aside tells who the people were (see _ASIDE_PART); two
    people told after the noun only of a number above one."""
    if part := _ASIDE_PART.search(gap):
        return part.start(), part.end()
    if plural and (pair := _ASIDE_PAIR.match(gap)):
        return pair.start("aside"), pair.end("aside")
    if plural and (names := _ASIDE_NAMES.search(gap)):
        return names.start(), names.end()
    return None


# "2 girls, 2 men shot": numbers of people listed by commas alone, as headlines write them (not "52 sick, 6 dead")
_PEOPLE_LISTED = re.compile(rf"^\s+(?:[\w-]+\s+)?(?:(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|adult|kid)s|(?:wo)?men|children|people),\s+$",
                            re.IGNORECASE)


# Things a number may count in a description of people, no people themselves: "(two men) wanted in several murder
# cases", "with three prior arrests", "who served 12 years".
_NO_PEOPLE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:cases|charges|counts|arrests|warrants|crimes|offen[cs]es|"
                              r"convictions|incidents|times|occasions|years|months|weeks|days|hours)\b", re.IGNORECASE)


def _gap_ok(gap: str, gap_start: int, starts: set[int], numbers: set[int], *, plural: bool) -> bool:
    """A gap between a number and its verb may join further numbers with "and", nothing else."""
    # (a number of things that says who the people are is no further number: "two men wanted in several murder cases")
    numbers = {start for start in numbers if not (gap_start < start < gap_start + len(gap) and _NO_PEOPLE_AFTER.match(
        gap, re.match(r"\S+", gap[start - gap_start:]).end() + start - gap_start))}
    # "six monks, four of them foreigners, were killed", "nine people, two of whom were children, were hurt": the
    # aside says who the people were; its number is no count and its verb is not theirs
    aside = _aside(gap, plural=plural)
    if aside:
        a, b = aside
        numbers = {start for start in numbers if not gap_start + a < start < gap_start + b}
        gap = gap[:a] + "," + " " * (b - a - 1)
    # "two of the four wounded later died": the group the part is of names an outcome, and is no verb
    gap = re.sub(r"^\s*(?:more\s+)?of\s+(?:the|those)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\s+",
                 lambda part: " " * len(part.group(0)), gap, flags=re.IGNORECASE)
    # "four people who were shot": the relative clause of the people counted is their verb; "three guards who were
    # posted at the gate were hurt": a relative clause that tells no outcome only says who the people were
    gap = _RELATIVE_IN_SUBJECT.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), gap)
    # "twelve guards of the dam (the unit that watches the spillway) died": a bracket only says who they were
    gap = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), gap)
    if CLAUSE_BREAK.search(re.sub(r"^(\s*(?:[\w'’-]+\s+){0,2})who\s+$", r"\1", gap)):
        return False
    if _FINDS_SOMEONE.search(gap):
        return False  # "a hiker found the corpse of a woman with a bullet wound": the wound is the one found's
    verb = re.search(r"\b[a-z]+ed\s+(?:a|an|the|his|her|their|its)\b[^,;]*?\band\s+", gap)
    if verb and gap_start + verb.end() in starts:
        return False  # "one man pulled a gun and four men were wounded": the gap holds a verb of its own
    listing = re.search(r"\b(?:including|among them)\b", gap)  # "four people, including a boy and a girl, were hurt"
    if listing:
        gap = gap[:listing.start()]
    if re.search(r"\band\s+\S+(?:\s+\S+)?\s+of\s+(?:them|those|whom)\b", gap):
        return False  # "300 guests were at the hall and three of them were hurt": the part is the count
    closed = bool(re.search(r",?\s+and\s+\S+", gap))  # "three soldiers, two civilians, and nine guards": a list
    if any(gap_start < start < gap_start + len(gap)
           and not re.search(r"\band\s+$" if not closed else r"(?:\band|,)\s+$", gap[:start - gap_start])
           and not _PEOPLE_LISTED.search(gap, 0, start - gap_start)
           for start in numbers):
        return False  # "a fair ended with five people shot", "52 sick, 6 dead": not joined by "and"
    for m in re.finditer(r"\band\s+", gap):
        if gap_start + m.end() not in starts and not quantity_regex().match(gap, m.end()) \
                and not _SINGULAR.match(gap, m.end()) and not _MORE_OF_THE_COUNTED.match(gap, m.end()):
            return False
    return True


# People joined to those a number counts, under that number: "26 soldiers | and allied fighters | were killed" (a
# plural noun of people, at most two words before it, closing the gap or followed by another count's "and").
_MORE_OF_THE_COUNTED = re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?:(?:{PERSON_NOUNS}|{VICTIM_NOUNS})s|(?:wo)?men|militiamen|"
                                  r"personnel|forces|troops)\s+(?:$|and\s+)", re.IGNORECASE)


# A singular verb, which a number above one is not the subject of.
_SINGULAR_BE = re.compile(r"(?:was|is|has been)\b", re.IGNORECASE)
# A relative clause closing the subject of the people counted ("guards who were posted at the gate", "men who robbed
# a shop and fled", "constables who were serving as escorts"): words of no outcome, no saying and no other
# clause ("as" only after a verb of a role), which the outcome verb after it follows.
_RELATIVE_IN_SUBJECT = re.compile(
    r"^(\s*(?:[\w'’-]+\s+){0,2}(?:of\s+(?:his|her|their|the)\s+[\w'’-]+\s+)?)who\s+(?:(?:were|was|had\s+been|are|had)\s+)?"
    r"(?:(?!(?:who|that|which|whose|when|where|while|"
    # ("who tried to enter the compound after the blast were shot dead": the time of their own deed)
    rf"(?:after|before)(?!{THE_DEED})|"
    r"because|but|if|(?<!acting\s)(?<!serving\s)(?<!working\s)"
    r"(?<!posing\s)(?<!posted\s)as|were|was|said|say|says|told|"
    r"shot|killed|dead|died|wounded|injured|hurt|fired|firing|killing|wounding|injuring|hitting|left|leaving|"
    r"condition|hospital\w*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\b)"
    r"[a-z][\w'’-]*\s+){1,8}$")


# The one counted finding someone else, whose state the words after tell: "a hiker found the body of a man",
# "Hiker finds corpse" (not "a man found the next morning with injuries", "was found in the yard").
_FINDS_SOMEONE = re.compile(r"\b(?:found|finds|discovered|discovers|spotted|spots)\s+"
                            r"(?:(?:a|an|the|his|her|their|its)\s+(?!(?:next|following|same)\b)|"
                            r"(?:bod(?:y|ies)|remains|corpses?)\b)", re.IGNORECASE)


# "left three dead", "leaving two people injured": the state the people were left in follows closely.
_LEFT_DEAD = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:dead|killed|injured|wounded|hurt|critically|seriously|in\s+critical|"
                        r"with\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries))\b", re.IGNORECASE)


# People taken where they are cared for, not carried off: "took the boy to a clinic", "took two boys to safety".
_TAKEN_FOR_CARE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’.-]+\s+){0,3}?"
                             r"(?:hospitals?|clinics?|medical|trauma|health|emergency|safety|shelters?)\b", re.IGNORECASE)


# A manner of harm whose people are dead only when "to death" follows them: "beat two thieves to death".
_MANNER_VERB = re.compile(rf"(?:{MANNER_VERBS})\b(?!\s+to\s+death)", re.IGNORECASE)
_TO_DEATH_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?to\s+death\b", re.IGNORECASE)


# A side's own people it "lost": "the army lost seven soldiers", "lost three of its men", "lost two sons".
_LOST_PEOPLE = re.compile(r"\s+(?:of\s+(?:its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){0,2}?(?:soldiers|troops|men|"
                          r"fighters|officers|policemen|personnel|members|comrades|servicemen|commandos|guards|"
                          r"militiamen|sons|daughters|children|lives)\b", re.IGNORECASE)


# A figure given before it was corrected: "police initially said three people were shot", "officers at first
# reported four dead". The figure told after it is the toll.
_SUPERSEDED_BEFORE = re.compile(r"(?:\b(?:initially|originally|at first)\s+(?:[\w'’-]+\s+){0,8}?"
                                r"(?:said|say|reported|stated|told|announced|believed|thought|listed|released|gave)"
                                # "officials had earlier put the toll at 11", "earlier reports had put it at 11", "an
                                # earlier figure of 11" (not "earlier Sunday, police said": earlier in the day)
                                r"|\bhad\s+(?:earlier|previously)\s+(?:said|reported|stated|told|announced|given|put|"
                                r"placed)|\b(?:earlier|previous)\s+(?:reports?|figures?|tolls?|accounts?|estimates?))"
                                r"\b[^.;]*$", re.IGNORECASE)
# A death that did not happen, the words right before its verb: "could have died", "might have been killed", "almost
# died", "was nearly killed", "came within feet of killing", "came close to killing".
_COUNTERFACTUAL_DEATH = re.compile(
    r"\b(?:(?:could|would|might|may|should)(?:\s+not|n['’]t)?\s+(?:well\s+|easily\s+)?have\s+(?:been\s+)?|"
    r"(?:almost|nearly|narrowly|all\s+but)\s+(?:been\s+|got\s+|gotten\s+|being\s+)?|"
    r"(?:within\s+(?:inches|feet|seconds|an?\s+inch|a\s+few\s+(?:inches|feet|seconds))|came\s+close|close)"
    r"\s+(?:of|to)\s+"
    r"(?:\w+ly\s+)?(?:being\s+)?)"
    r"(?:died|dying|die|killed|killing|dead|shot\s+dead|shot\s+and\s+killed|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b",
    re.IGNORECASE)


def _counterfactual(text: str, mention: CountMention, *, offset: int) -> bool:
    """A death that did not happen: "could have died", "was nearly killed", "came within feet of killing the
    guard" (the death word in the mention, or right at its start, after such words)."""
    start, end = mention.start - offset, mention.end - offset
    return any(m.end() > start for m in _COUNTERFACTUAL_DEATH.finditer(text, max(0, start - 60), max(start, end)))


# A record of killings held against someone, told without a figure: "responsible for the murders of several
# traders", "blamed for the deaths of dozens of villagers". It tells no incident, so it gives no toll; a figure
# ("charged with the murder of two men") is the toll of the incident the charge is about.
_HELD_AGAINST = re.compile(r"\b(?:responsible|blamed|accused|charged|suspected|wanted|convicted|sought|sentenced|"
                           r"jailed|indicted)\s+(?:\w+\s+){0,3}?(?:for|of|with|over|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _vague_record(text: str, mention: CountMention, *, offset: int) -> bool:
    start = mention.start - offset
    return is_vague(mention.count) and bool(_HELD_AGAINST.search(text, max(0, start - 80), start))


# A figure quoted from a source, as analysts' notes write vague ones: 'left "a few" dead', 'wounding "scores"'. Read
# without its quotes (blanked, so offsets hold).
_QUOTED_FIGURE = re.compile(rf'["“]((?:(?:at\s+least|about|around|some|nearly|more\s+than|over|up\s+to)\s+)?'
                            rf'(?:{vague_pattern()}|{NUMBER})(?:\s+(?:people|others))?)["”]', re.IGNORECASE)


# ... and a word of harm in scare quotes, as armies' statements are quoted: 'were "neutralized"', '"eliminated"'.
_QUOTED_HARM = re.compile(r'["“](neutrali[sz]ed|eliminated|liquidated|annihilated|martyred|executed)["”]', re.IGNORECASE)


def _unquote_figures(text: str) -> str:
    if '"' not in text and "“" not in text:
        return text
    return _QUOTED_HARM.sub(lambda m: f" {m.group(1)} ", _QUOTED_FIGURE.sub(lambda m: f" {m.group(1)} ", text))


# Initials with stops between a number and its people: "two U.S. soldiers", "three U.N. peacekeepers".
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")


def _undot_initials(text: str) -> str:
    """The text with dotted initials written as one word, padded to keep every offset ("U.S." -> "US  ")."""
    if "." not in text:
        return text
    return _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", "").ljust(len(m.group(0))), text)


def find_counts(text: str, *, offset: int = 0, after: str = "") -> list[CountMention]:
    """Counts in one clause, in text order; ``after`` is the rest of its sentence, read only for what it says of the
    people the clause ends with ("the killing of a guard and two others | who were hurt")."""
    text = _undot_initials(_unquote_figures(text))
    quantities = list(_quantities(text))
    found = _numbered(text, quantities, offset=offset, after=after)
    _deaths_of(text, quantities, offset=offset, found=found, after=after)
    _murder_counts(text, offset=offset, found=found)
    found = _families(text, offset=offset, found=found)
    found.extend(implicit_singulars(text, offset=offset, found=found))
    found = [c for c in found if not _SUPERSEDED_BEFORE.search(text, 0, max(0, c.start - offset))]
    found = [c for c in found if c.outcome != "killed" or not _counterfactual(text, c, offset=offset)]
    found = [c for c in found if c.outcome != "killed" or not _vague_record(text, c, offset=offset)]
    found = _casualty_totals(text, quantities, found, offset=offset)
    found = [split for c in found for split in _split_casualties(c)]
    _unshare_verbs(text, found, offset=offset)
    _settle(text, found, offset=offset)
    found = _without_appositions(text, found, offset=offset)
    # "six men, two fatally, were shot": the part who died is not more people hit
    parts = [c for c in found if c.outcome == "killed" and c.subset]
    found = [c for c in found if c.outcome == "killed" or not any(
        p.start <= c.start < p.end and c.count.text in p.count.text for p in parts)]
    # "the bodies of six hostages": the dead, no people taken now (hostages held before, whose number is the bodies')
    found = [c for c in found if c.outcome != "abducted" or not any(
        k.outcome == "killed" and k.start <= c.start < k.end and HELD_BEFORE.match(k.victims) for k in found)]
    found.sort(key=lambda c: c.start)
    _mark_besides_dead(text, found, offset=offset)
    _mark_same_incident(text, found, offset=offset)
    _mark_died_of_wounds(f"{text} {after}", found, offset=offset)
    _mark_second_deed(text, found, offset=offset)
    for mention in found:  # "the couple was found shot dead": the two of them, told by a singular verb
        if mention.count.best == 1 and _THE_COUPLE.fullmatch(mention.victims):
            mention.count = exact_count(2, mention.count.text)
    return _each_of_them(text, found, offset=offset)


# Everyone of a group told one at a time: "Each of the four men was shot", "each one of the friends was hit".
_EACH_OF = re.compile(r"\beach\s+(?:one\s+)?of\s+(?:the|them|those|these|his|her|their)\b(?:\s+(?P<q>[\w-]+))?",
                      re.IGNORECASE)


def _each_of_them(text: str, found: list[CountMention], *, offset: int) -> list[CountMention]:
    """A singular verb after "each of" counts the group it names ("Each of the four men was shot": four), or nobody
    new when the group's number is told elsewhere ("Each one of the friends was shot")."""
    out = []
    for mention in found:
        at = mention.start - offset
        told = text.rfind(mention.victims, 0, at + len(mention.victims)) if mention.victims else -1
        each = next((m for m in _EACH_OF.finditer(text, max(0, at - 40), min(len(text), at + 40))
                     if m.start() <= at <= m.end() + 1 or told >= 0 and m.start() <= told <= m.end()), None) \
            if mention.count.best == 1 else None
        if each is None:
            out.append(mention)
            continue
        q = quantity_regex().match(each.group("q") or "")
        count = parse_quantity(q) if q else None
        if count is not None and count.best > 1:
            mention.count = replace(count, text=each.group(0))
            out.append(mention)
    return out


_THE_COUPLE = re.compile(r"(?:the|an?)\s+(?:[\w-]+\s+){0,2}?couple", re.IGNORECASE)


# One person hurt by a second deed of the same doer, told right after the first group: "shot four men | and
# pistol-whipped a woman".
_SECOND_DEED_BETWEEN = re.compile(r"\W*(?:,\s*)?and\s+(?:then\s+)?", re.IGNORECASE)
_SECOND_DEED = re.compile(r"(?:pistol-whipped|stabbed|beat|struck|slashed|wounded|injured)\s", re.IGNORECASE)


def _mark_second_deed(text: str, found: list[CountMention], *, offset: int) -> None:
    """Mark one person hurt by a second deed told right after a group hit ("shot four men and pistol-whipped a woman")
    as one more besides them (``tolls`` adds one of another kind than the group)."""
    for first, second in zip(found, found[1:]):
        if first.outcome in ("hit", "injured") and second.outcome in ("hit", "injured") and second.count.best == 1 \
                and first.count.best > 1 and not second.victims.startswith(("another", "other")) \
                and _SECOND_DEED_BETWEEN.fullmatch(text[first.end - offset:second.start - offset]) \
                and _SECOND_DEED.match(text, second.start - offset):
            second.victims = f"another {second.victims}"


# Where and of what someone died, told right after the death: at a hospital, of wounds (so they were hurt first).
_OF_WOUNDS_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:(?:at|in)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:hospital|medical\s+cent(?:er|re)|trauma\s+"
    r"cent(?:er|re))|(?:of|from)\s+(?:his|her|their|the)\s+(?:wounds|injuries|gunshot\s+wounds))", re.IGNORECASE)


def _mark_died_of_wounds(text: str, found: list[CountMention], *, offset: int) -> None:
    """Mark a death told at a hospital or of wounds ("a man died Sunday at the hospital") as one of someone hurt."""
    for mention in found:
        if mention.outcome == "killed" and _OF_WOUNDS_AFTER.match(text, mention.end - offset):
            mention.of_wounds = True


# One person killed "in the same attack" as people told before: someone else than those ("the consul's niece was
# wounded ... a nurse named Ana Ruiz was killed in the same incident").
_IN_THE_SAME = re.compile(r"\s*(?:[\w,'’-]+\s+){0,3}?in\s+the\s+same\s+(?:incident|attack|shooting|explosion|blast|"
                          r"ambush|raid|bombing|clash(?:es)?)\b", re.IGNORECASE)


def _mark_same_incident(text: str, found: list[CountMention], *, offset: int) -> None:
    """Mark one person killed "in the same attack", with no victim told before in the clause, as another person."""
    for mention in found:
        if mention.outcome == "killed" and mention.count.best == 1 and not mention.subset \
                and not mention.victims.lower().startswith(("another", "other")) \
                and not any(o.outcome in VICTIM_OUTCOMES and o.start < mention.start for o in found) \
                and _IN_THE_SAME.match(text, mention.end - offset):
            mention.victims = f"another {mention.victims}".strip()


def _without_appositions(text: str, found: list[CountMention], *, offset: int) -> list[CountMention]:
    """"A passenger in the car, a teenage girl, also received a gunshot wound": one person told twice, read as one
    mention inside another that ends with it, after a comma ("a driver and a nurse, both of Elmtown, were shot" are
    two)."""
    def apposed(c: CountMention) -> bool:
        return c.count.best == 1 and any(
            o is not c and o.outcome == c.outcome and o.count.best == 1 and o.start < c.start and o.end == c.end
            and _APPOSED.match(text, o.start - offset, c.start - offset) for o in found)
    return [c for c in found if not apposed(c)]


# Between one person and a second description of them: a comma and no "and" ("a passenger in the car, | a girl").
_APPOSED = re.compile(r"(?:(?!\band\b)[^;:.])*,\s*$", re.IGNORECASE)


# People counted and told hurt by a clause of their own: "five other people who were wounded" (not "... who were
# wounded later died").
_PEOPLE_WHO_HURT = re.compile(rf"\s+(?P<who>(?:other\s+)?(?:people|persons|men|women|others|children|(?:{PERSON_NOUNS})s))"
                              r",?\s+who\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt)\b"
                              r"(?![^.;]{0,40}?\b(?:died|succumbed|perished|killed)\b)", re.IGNORECASE)
# A part of people told hurt already ("one of the wounded", "two of the victims", "one of the vehicles"), not of a
# group of people numbered or named apart ("seven of the nine soldiers were wounded", "two of the porters": seven, two).
_PART_OF_HURT = re.compile(rf"\s*(?:more\s+)?of\s+(?:the|those|these)\b(?!\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
                           rf"eleven|twelve|\d+)\s+)?(?:[\w-]+\s+){{0,2}}?(?!victims\b)(?:{PERSON_NOUNS})s\b)",
                           re.IGNORECASE)


# A clause of its own opening inside a number's gap: "(fired back at the robber), and the robber was ...".
_NEW_CLAUSE_IN_GAP = re.compile(r",\s+(?:and|but|while)\s+(?:the|a|an|his|her|their)\s", re.IGNORECASE)
# ... after a preposition that makes the one person its object ("at the robber"), not a list's item.
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|at|on|against|toward|towards|near|from)\s+$", re.IGNORECASE)


# "including the" or "among the" right before a word of death or wounds: a noun for some of those counted, no verb.
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among|besides)\s+(?:the\s+|those\s+)?$", re.IGNORECASE)


@cache
def _passive_verb(verbs: str) -> re.Pattern[str]:
    """A number's passive verb of one outcome after it: "28 people were killed" (compiled once per outcome)."""
    return re.compile(rf"(?P<gap>\s+{GAP})(?P<be>{BE})(?:{verbs})\b(?!\s+(?:him|her|them)sel(?:f|ves)\b)",
                      re.IGNORECASE)


@cache
def _active_verb(verbs: str) -> re.Pattern[str]:
    """An active verb of one outcome right before a number: "killing at least seven" (compiled once per outcome)."""
    # ("killed another 29 people", "wounding a further 12": the people of this telling, more than told before)
    return re.compile(rf"\b(?:{verbs})\s+(?:{_ONE_AND_MORE_BEFORE}|the\s+|all\s+|his\s+|her\s+|their\s+|another\s+|"
                      r"a\s+further\s+|an\s+additional\s+)?"
                      r"(?:(?:at least|about|around|some|over|more than|nearly|almost|approximately|roughly|"
                      r"only|just)\s+)?$", re.IGNORECASE)


def _numbered(text: str, quantities: list, *, offset: int, after: str = "") -> list[CountMention]:  # (match, Count)
    """People counted by a number and a verb: "28 people were killed" (passive), "killing at least seven"
    (active), "the four victims"."""
    found: list[CountMention] = []
    starts = {m.start() for m, _ in quantities}
    # (one is a number when written in digits, "killed 4 militants, 1 policeman sustained injuries"; as "a" or "one"
    # it is as often an article)
    numbers = {m.start() for m, count in quantities
               if (count.best > 1 or m.group(0).strip().startswith("1")) and not _apposition(text, m, count)}
    described: set[int] = set()  # numbers in an aside about people counted before ("six monks, four of them foreigners,")
    rest = after  # the rest of the sentence, past the clause
    for m, count in sorted(quantities, key=lambda q: q[0].start()):
        if m.start() in described:
            continue
        after = text[m.end():]
        if _IN_ADDITION_TO.search(text, max(0, m.start() - 40), m.start()):
            continue  # "In addition to the two raiders, a guard died": ``attackers_killed`` adds them
        if _apposition(text, m, count):
            continue
        if _NO_PEOPLE_AFTER.match(after):
            continue  # "with several prior arrests were killed": the number counts the arrests
        for outcome, verbs in OUTCOMES.items():
            passive = _passive_verb(verbs).match(after)  # "Man Who Wounded 2 Clerks Killed Himself": the gunman's
            if passive and not _AUXILIARY.search(passive.group("be")) and (
                    _OBJECT_AFTER.match(after, passive.end())
                    or passive.group("gap").strip() and _PLURAL_OBJECT_AFTER.match(after, passive.end())
                    or outcome == "hit" and re.search(r"\bwho\s+$", passive.group("gap"))):
                continue  # "three assailants shot and killed a police officer", "the officer also shot and killed a
                # neighbor", "two men who shot at a patrol car": the number did it, not suffered it
            if passive and count.best == 1 and m.group(0).strip().lower() in ("the", "a", "an") \
                    and _NEW_CLAUSE_IN_GAP.search(passive.group("gap")) \
                    and _PREPOSITION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "officers fired back at the robber, and the robber was killed": an object, told again
            if passive and after[passive.end("be"):passive.end()].lower() == "bodies" \
                    and re.search(r"\bwho\b", passive.group("gap"), re.IGNORECASE):
                continue  # "a villager who helped pull bodies from the rubble": who handled the dead, not one of them
            if passive and not passive.group("be") and _INCLUDING_BEFORE.search(passive.group("gap")):
                continue  # "three men, including the wounded, fled in a van": a noun of those counted
            if passive and outcome in ("injured", "hit") and _PART_OF_HURT.match(passive.group("gap")):
                continue  # "one of the wounded later died": a part of those counted, told for its death
            if passive and outcome == "hit" and after[passive.end("be"):passive.end()].lower() in ("hit", "struck") \
                    and not _PEOPLE_WORD.search(passive.group("gap")):
                continue  # "two parked cars were hit": "hit" alone says people only of people
            if passive and outcome == "hit" and (_SHOTS_FIRED.search(after[:passive.end("be")])
                                                 or UNHARMED.search(passive.group("gap"))):
                continue  # "one deputy fired one shot", "the boy, unharmed, was taken to a hospital": nobody hit
            if passive and count.best > 1 and _SINGULAR_BE.match(passive.group("be")) \
                    and not re.search(r"\band\b", passive.group("gap")) and not _A_COUPLE.fullmatch(m.group(0)):
                continue  # "the man who killed two people was shot": a singular verb is not the number's
            if passive and _gap_ok(passive.group("gap"), m.end(), starts, numbers, plural=count.best > 1):
                if aside := _aside(passive.group("gap"), plural=count.best > 1):
                    described |= {start for start in starts if m.end() + aside[0] < start < m.end() + aside[1]}
                victims = passive.group("gap").strip(" ,")
                group = _ONE_OF_PEOPLE.match(passive.group("gap")) if count.best == 1 else None
                if group and outcome in ("injured", "hit", "killed") and (n := word_to_int(group.group("n"))):
                    count = exact_count(n, group.group("n"))  # "Lia, one of six guards hurt": six hit (one of
                    outcome = "hit" if outcome == "injured" else outcome  # them may be told dead later)
                if outcome == "killed" and (re.search(r"\b(?:later|since|eventually|subsequently)\b", passive.group("be"),
                                                      re.IGNORECASE) or _AT_HOSPITAL_BEFORE.search(text, 0, m.start())):
                    victims = f"{victims} later"  # "one of the men later died": the toll grew after it was told
                if count.text.lower() in ("a", "an") and re.search(r"\balso\b", passive.group("be"), re.IGNORECASE) \
                        or count.text.lower() == "another" and outcome == "killed" and \
                        any(f.outcome == "killed" for f in found):  # "one man died at the scene and another man died
                    victims = f"another {victims}"  # at the hospital", "a customer was also killed": one more
                if outcome in ("injured", "hit") and (fatal := _FATAL.search(after, 0, passive.end())) \
                        and "," not in after[:fatal.start()] and not text[:m.start()].rstrip().endswith(","):
                    outcome = "killed"  # "one man with fatal injuries": dead of them ("three victims, one with fatal
                    # injuries," are three hit, one of them dead: a part, read by ``count_phrases._FATALLY``)
                elif outcome == "injured" and count.text.lower() in ("both", "all"):
                    outcome = "hit"  # "all were found with head injuries": the people counted before, dead or alive
                elif outcome == "hit" and (_ALIVE_AFTER.match(after, passive.end())
                                           or re.search(r"\bsurvived\b", passive.group("be"), re.IGNORECASE)):
                    outcome = "injured"  # "three porters were rushed to hospital in stable condition"
                if _one_and_more_ok(text, m, count, active=False) \
                        and _ONE_AND_MORE_SUBJECT.search(text, max(0, m.start() - LOOK_BACK), m.start()):
                    count = _one_more(count)  # "the chief and his three nephews were killed": four
                found.append(CountMention(outcome=outcome, count=count, victims=victims,
                                          start=offset + m.start(), end=offset + m.end() + passive.end(),
                                          verb_end=offset + m.end() + passive.end(),
                                          also=count.best > 1 and bool(re.search(r"\balso\b", passive.group("be"),
                                                                                 re.IGNORECASE))))
                break
        else:
            victims = VICTIMS_AFTER.match(after)
            if victims and count.best > 1:  # "the four victims were taken in", "two other shooting victims"
                found.append(CountMention(outcome="hit", count=count, victims=victims.group(0).strip(),
                                          start=offset + m.start(), end=offset + m.end() + victims.end()))
                continue
            mention = _active(text, m, count, offset=offset) or _and_more(text, m, count, offset=offset, found=found)
            if mention:
                found.append(mention)
            elif count.best > 1 and (hurt := _PEOPLE_WHO_HURT.match(text + rest, m.end())):
                # "machine-gunned along with five other people | who were wounded": the clause after tells them hurt
                found.append(CountMention(outcome="injured", count=count, victims=hurt.group("who").strip(),
                                          start=offset + m.start(), end=offset + min(len(text), m.end() + hurt.end())))
    for mention in found:  # "the other three victims": people besides those counted before
        if re.search(r"\bother\s+$", text[max(0, mention.start - offset - 12):mention.start - offset], re.IGNORECASE) \
                or mention.outcome in ("injured", "hit") and (
                    also := _ALSO_INVERTED.search(text, max(0, mention.start - offset - 60), mention.end - offset)) \
                and also.end() > mention.start - offset:
            mention.victims = f"other {mention.victims}"  # "... and also wounded were three diners"
    for first, second in zip(found, found[1:]):
        if not second.victims and first.victims and first.outcome != second.outcome \
                and re.fullmatch(r"[^.;,]{0,40}?\s+and\s+", text[first.end - offset:second.start - offset]):
            # "12 Taliban fighters were also killed | and 15 wounded": the same people's wounded
            second.victims, second.also = first.victims, first.also
    return found


# The words naming whom an active verb's number counts: "killing at least seven | villagers near the well".
_OBJECT_TAIL = re.compile(r"\s*((?:(?!and\b|or\b|in\b|on\b|at\b|near\b|as\s+well\s+as\b)[\w’'-]+\s*){0,4})")


# One person told by a noun before a number that the same words join to it: "(killed) the priest and two ushers",
# "the chief and his three nephews (were killed)", "his wife, as well as three neighbours": one more than the
# number. ("a policeman and two civilians": "a" is a number of its own, joined by ``_and_more``.)
_ONE_AND_MORE_BEFORE = (rf"(?P<one>(?:the|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS}|wife|husband|son|"
                       r"daughter|mother|father|brother|sister)(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+){0,2}"
                       # ("the mayor of the town of Elmtown, Fenland department, and two of his guards")
                       r"(?:,\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:department|province|state|district|region|county|governorate))?"
                       r"(?:,\s+(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:his\s+|her\s+|their\s+)?)")
_ONE_AND_MORE_SUBJECT = re.compile(rf"(?:^|[^\w\s]\s*|\b(?:that|when|after)\s+){_ONE_AND_MORE_BEFORE}$", re.IGNORECASE)
# ... not inside a list of whom a total includes ("nine pilgrims, among them the abbot, his cook and four novices"), nor a
# number that opens the next clause ("shot the clerk and both robbers fled")
_INCLUDING_BEFORE_LIST = re.compile(r"\b(?:including|among\s+(?:them|whom|the\s+dead)|such\s+as)\b[^.;:]*$", re.IGNORECASE)
_NEXT_SUBJECT_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:were|was|are|is|had|have|fled|ran|escaped|got|"
                                 r"went|drove|left)\b", re.IGNORECASE)


def _one_and_more_ok(text: str, m: re.Match[str], count: Count, *, active: bool) -> bool:
    """Whether the number at ``m`` may count one more person told before it (see _ONE_AND_MORE_BEFORE); after an
    active verb, not when the number opens a clause of its own."""
    return count.best > 1 and count.text.lower() not in ("both", "all") \
        and not _INCLUDING_BEFORE_LIST.search(text, max(0, m.start() - LOOK_BACK), m.start()) \
        and not (active and _NEXT_SUBJECT_AFTER.match(text, m.end()))


_TOLL_WORD = re.compile(r"\btoll\b", re.IGNORECASE)


# The people a person is told as one of, right before the verb they all suffered: "(Lia was) one | of six people |
# hurt", "one of the three guards shot".
_ONE_OF_PEOPLE = re.compile(rf"^\s+of\s+(?:the\s+)?(?P<n>\w+)\s+(?:[\w-]+\s+)?(?:people|persons|men|women|children|"
                            rf"victims|(?:{PERSON_NOUNS})s)\s*$", re.IGNORECASE)


# One of their own told after an active verb's number of people: "kidnapped three engineers | and their driver",
# "killed two farmers and their guard": one more ("and their driver was spared" opens a clause of its own).
_AND_ONE_OF_THEIRS_AFTER = re.compile(
    rf",?\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS}|mother|father|sister)\b(?![\w'’-])"
    r"(?!\s+(?:was|were|is|are|had|has|fled|escaped|survived|managed|remains?|got)\b)", re.IGNORECASE)


def _one_more(count: Count) -> Count:
    """The person told before the number, and the number's people."""
    return plus(count, 1, text=f"1 + {count.text}")


# The verbs of a doer's own killing ("killing 26 people", "shot dead three guards"), not of a toll ("left five dead",
# "claimed the lives of").
_DOERS_KILLING = re.compile(r"(?:killing|killed|kills|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|"
                            r"shot\s+and\s+killed|shooting\s+and\s+killing|fatally\s+shot|fatally\s+shooting|"
                            r"massacred|massacring|murdered|murdering|stabbed|stabbing|hacked|hacking|beat|beating)\b",
                            re.IGNORECASE)


def _active(text: str, m: re.Match[str], count: Count, *, offset: int) -> CountMention | None:
    """A number after an active verb: "killing at least seven", "wounded his two sons", "left three dead", "killed
    the priest and two ushers" (three)."""
    before, after = text[max(0, m.start() - LOOK_BACK):m.start()], text[m.end():]
    for outcome, verbs in ACTIVE.items():
        active = _active_verb(verbs).search(before)
        if not active or active.group("one") and not _one_and_more_ok(text, m, count, active=True):
            continue  # ("the nurse and a driver": a list, read by ``listed_people``)
        if outcome == "abducted" and TAKING_VERB.match(active.group(0)) and (
                not TAKEN_PEOPLE.match(after) or _TAKEN_FOR_CARE.match(after)):
            continue  # "seized 12 rifles", "took 20 minutes", "took the boy to a clinic": no people taken
        if tells_aim(before[:active.start()], before[active.start():]):
            continue  # "the intent to kill the guard", "for the purpose of robbing and killing him": meant, not a toll
        if outcome == "killed" and re.match(r"(?:left|leaving)\b", active.group(0), re.IGNORECASE):
            state = _LEFT_DEAD.match(after)
            if not state:
                continue  # "had just left the 514 Lounge": "left" counts the dead only when they are said dead
            if not re.search(r"(?<![\w-])(?:dead|killed|fatal|mortal)\b", state.group(0), re.IGNORECASE):
                outcome = "injured"  # "left six people with wounds" ("with fatal wounds": dead)
        if outcome == "killed" and re.match(r"(?:lost|losing)\b", active.group(0), re.IGNORECASE) \
                and not _LOST_PEOPLE.match(after):
            continue  # "lost 20 vehicles", "lost two seats": people only
        if outcome == "killed" and _MANNER_VERB.match(active.group(0)) and not _TO_DEATH_AFTER.match(after):
            continue  # "stabbed two guards" hit them; "hacking two farmers to death" killed them
        tail = _OBJECT_TAIL.match(after)
        end = m.end() + len(tail.group(0).rstrip())
        if tail.group(1).strip() and (theirs := _AND_ONE_OF_THEIRS_AFTER.match(text, end)):
            count, end = _one_more(count), theirs.end()
        return CountMention(outcome=outcome, count=_one_more(count) if active.group("one") else count,
                            victims=tail.group(1).strip(), start=offset + active.start(), end=offset + end,
                            revised=outcome == "killed" and bool(_TOLL_WORD.search(active.group(0))),
                            by_the_doer=outcome == "killed" and bool(_DOERS_KILLING.match(active.group(0))))
    return None


def _and_more(text: str, m: re.Match[str], count: Count, *, offset: int,
              found: list[CountMention]) -> CountMention | None:
    """A further number joined by "and" or a comma to the object of an active verb: "injuring his two sons and
    three other people" (5), "killing 12 soldiers, two police and one civilian" (15)."""
    previous = found[-1] if found else None
    if previous is None or previous.outcome not in (*VICTIM_OUTCOMES, "abducted", "arrested"):
        return None
    verb = re.compile(rf"(?:{ACTIVE[previous.outcome if previous.outcome in ACTIVE else 'killed']})\b", re.IGNORECASE)
    if not (previous.verb_end == previous.start or previous.verb_end == -1 and verb.match(text, previous.start - offset)):
        return None  # only an active verb's object, or a number already joined to one
    if re.match(r"\s+(?:of\s+(?:them|those|the|whom|which)\b|[a-z]+ly\b)", text[m.end():]):
        return None  # "injuring five people, four of them teens", "injured four people, one seriously": a part
    if _SAYS_AFTER.match(text, m.end()):
        return None  # "the toll has risen to 19, a member of the council said": who told it
    gap = text[previous.end - offset:m.start()]
    if not re.fullmatch(r"[\w’'-]*(?:\s+[\w’'-]+){0,3}?(?:,\s+(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                        r"(?:his\s+|her\s+|their\s+)?",  # "killed a guard and his two aides"
                        gap) \
            and not re.fullmatch(r"[\w’'-]*(?:\s+[\w’'-]+){0,6}?\s+and\s+", gap):  # "killing his five children as
        # well as his wife"; "killing two staff members of the embassy in Elmtown and four other people": whose and
        # where the first were, before "and" (not a comma: "wounded four others outside a fair, one teen dared ...")
        return None
    key = previous.verb_end if previous.verb_end >= 0 else offset + m.start()
    previous.verb_end = key  # they add up (``combine`` sums counts that share a verb)
    tail = _OBJECT_TAIL.match(text, m.end())
    return CountMention(outcome=previous.outcome, count=count, victims=tail.group(1).strip(), start=offset + m.start(),
                        end=offset + m.end() + len(tail.group(0).rstrip()), verb_end=key)


# A speech verb closing the words after a person: the person is a source ("a police officer said").
_SAYS_AFTER = re.compile(r"\s+(?:(?!who\b|which\b|that\b)[\w'’-]+\s+){0,6}?(?:said|says|told|added|reported|"
                         r"confirmed|stated)\b", re.IGNORECASE)


# Charges laid one per person killed: "charged with four counts of murder", "held on three first-degree murder
# counts". Not "counts of attempted murder": those people lived, or were never hit.
_MURDER_COUNTS = re.compile(
    r"\s+(?:counts?\s+of\s+(?:(?:first|second|third)[- ]degree\s+|capital\s+|aggravated\s+|felony\s+)?"
    r"(?:murder|homicide|manslaughter)|(?:(?:first|second|third)[- ]degree\s+|capital\s+)?(?:murder|homicide)\s+(?:counts|charges))\b",
    re.IGNORECASE)


_MURDER_WORD = re.compile(r"\b(?:murder|homicide|manslaughter)\b", re.IGNORECASE)


def _murder_counts(text: str, *, offset: int, found: list[CountMention]) -> None:
    """The dead a charge sheet counts: one count of murder for each person killed."""
    if not _MURDER_WORD.search(text):
        return  # no charge named: the clause's numbers need no second reading
    for m in quantity_regex().finditer(text):
        charge = _MURDER_COUNTS.match(text, m.end())
        count = parse_quantity(m) if charge else None
        if count is not None and not any(c.start <= offset + m.start() < c.end for c in found):
            found.append(CountMention(outcome="killed", count=count, victims=charge.group(0).strip(),
                                      start=offset + m.start(), end=offset + charge.end(), charge=True))


# A family told by its size: "killed a family of five", "a family of six was wiped out": that many people, not one.
_FAMILY_OF = re.compile(r"\b(?:an?|the|his|her|their)\s+(?:entire\s+|whole\s+)?family\s+of\s+", re.IGNORECASE)
# ... struck by the verb before it (active) or after it (passive), each outcome a group of its own name
_FAMILY_OUTCOMES = ("killed", "injured", "hit")


def _outcome_groups(verbs: dict[str, str]) -> str:
    return "|".join(rf"(?P<{outcome}>{verbs[outcome]})" for outcome in _FAMILY_OUTCOMES)


_FAMILY_VERB_BEFORE = re.compile(rf"\b(?:{_outcome_groups(ACTIVE)})\s+$", re.IGNORECASE)
_FAMILY_VERB_AFTER = re.compile(rf",?\s*{BE}(?:{_outcome_groups(OUTCOMES)})\b", re.IGNORECASE)


def _families(text: str, *, offset: int, found: list[CountMention]) -> list[CountMention]:
    """A family of a size struck by the verb before or after it counts its members, replacing a count of one."""
    for m in finditer_gated(_FAMILY_OF, text):
        size = quantity_regex().match(text, m.end())
        count = parse_quantity(size) if size else None
        if count is None or count.best < 2:
            continue
        before = _FAMILY_VERB_BEFORE.search(text, 0, m.start())
        after = _FAMILY_VERB_AFTER.match(text, size.end())
        verb = before or after
        if verb is None:
            continue
        outcome = next(o for o in _FAMILY_OUTCOMES if verb.group(o) is not None)
        start, end = offset + m.start(), offset + (after.end() if after else size.end())
        found = [c for c in found if not (c.count.best in (1, count.best) and start <= c.start < end)]
        found.append(CountMention(outcome=outcome, count=count, victims=text[m.start():size.end()],
                                  start=start, end=end))
    return found


# What people protest or grieve over, right before the deaths it names: "anger over", "protests against", "demanding
# justice for", "protesters angry at".
_CAUSE_OF_ANGER_BEFORE = re.compile(r"\b(?:anger|angry|outrage|outraged|fury|furious|protests?|protesting|protested|"
                                    r"demonstrations?|rall(?:y|ies|ied)|march(?:ed|es)?|mourn(?:ed|ing)?|grief|"
                                    r"demand(?:ed|ing)?\s+justice)\s+(?:over|against|at|about|for|in\s+the\s+wake\s+of)"
                                    r"\s+(?:the\s+)?$", re.IGNORECASE)


def _deaths_of(text: str, quantities: list, *, offset: int, found: list[CountMention], after: str = "") -> None:
    """Deaths and shootings "of" people: "the bodies of six men", "the murder of four teachers and two drivers",
    "the shooting of nine people", "the man's body"."""
    for m in finditer_gated(_BODIES, text):
        if _CAUSE_OF_ANGER_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "as anger over the death of Ana Ruiz spread": what people protest, not a toll of theirs
        following = [(q, c) for q, c in quantities if q.start() == m.end()]
        single = re.match(r"(?:a|an|one)\b", text[m.end():], re.IGNORECASE) or (
            _THE_ONE.match(text, m.end()) if re.search(r"\bthe\s+$", m.group(0), re.IGNORECASE) else None)
        aged = max(_aged_people(text[m.end():]), _listed_after(text[m.end():], after=after)) or (
            _named_people(text[m.end():]) if m.group(0)[:1].lower() in "dkmas" else 0)
        if following or single or aged:
            count = following[0][1] if following else exact_count(aged, str(aged)) if aged else exact_count(1, single.group(0))
            # the evidence: through the number written ("the bodies of six"), or the phrase before a list of people
            end = following[0][0].end() if following else m.end() + (len(single.group(0)) if single and not aged else 0)
            if aged > count.best:  # "the deaths of a mother and her son": the list, not its first "a"
                count, following, end = exact_count(aged, str(aged)), [], m.end()
            if following:  # "the murder of four teachers and two drivers": both groups
                more = _AND_MORE.match(text, following[0][0].end())
                second = [c for q, c in quantities if more and q.start() == more.end()
                          and not _TOLD_HURT_AFTER.match(text + after, q.end())]
                if second:
                    count = Count(low=count.low + second[0].low, best=count.best + second[0].best,
                                  high=count.high + second[0].high, text=f"{count.text} + {second[0].text}")
            # the people told after the number ("the deaths of 3 of the attackers", "of four soldiers") say whose
            # dead they are
            tail = _OBJECT_TAIL.match(text, following[0][0].end()) if following else None
            if not any(c.outcome == "killed" and c.start == offset + m.end() for c in found):
                found.append(CountMention(outcome="killed", count=count, victims=tail.group(1).strip() if tail else "",
                                          start=offset + m.start(), end=offset + len(text[:end].rstrip())))
    for m in re.finditer(r"\b(?:shootings?|wounding|injury) of\s+(?:the\s+)?", text, re.IGNORECASE):  # "the shooting of nine people"
        following = [c for q, c in quantities if q.start() == m.end()]
        names = _NAMED_PEOPLE.match(text, m.end())  # names joined by "and" ("of Ruiz, police said" is one)
        listed = max(_listed_after(text[m.end():], after=after),
                     _named_people(text[m.end():]) if names and re.search(r"\band\s", names.group(0)) else 0)
        end = m.end() + len(following[0].text) if following else m.end()
        if listed > 1 and all(c.best == 1 for c in following):  # "the wounding of a guard and a cook", "of Ana Ruiz and Tom Hale"
            following, end = [exact_count(listed, str(listed))], m.end()
        if following and not any(c.start <= offset + m.start() < c.end for c in found):
            # "the wounding of two reporters": hurt, not dead; "the shooting of nine people": hit
            outcome = "injured" if m.group(0).lower().startswith(("wounding", "injury")) else "hit"
            found.append(CountMention(outcome=outcome, count=following[0], victims="", start=offset + m.start(),
                                      end=offset + len(text[:end].rstrip())))
    for m in finditer_gated(_POSSESSIVE_DEATH, text):  # "after Senator Ana Ruiz's murder": one dead
        if not any(c.outcome == "killed" for c in found):
            found.append(phrase_mention("killed", 1, m, offset=offset))
    for m in finditer_gated(_POSSESSIVE_BODY, text):
        if not any(c.outcome == "killed" for c in found):
            found.append(phrase_mention("killed", 1, m, offset=offset))


# A victim the clause says will live: "hospitalized in stable condition", "with non-life-threatening injuries".
_ALIVE = re.compile(r"\b(?:stable|good|fair) condition\b|\bnon-?\s?life[- ]threatening\b|\btreated and released\b|"
                    r"\bexpected to (?:survive|recover)\b|\bminor injur|\b(?:is|was|are|were)\s+recovering\b",
                    re.IGNORECASE)


# The one verb of the dead a reporter also writes of someone shot who lives ("recovering after he was gunned down").
_GUNNED_DOWN = re.compile(r"\bgunned\s+down\b", re.IGNORECASE)


def shot_down_alive(mention: CountMention, sentence: str, *, offset: int) -> bool:
    """One person "gunned down" in a sentence that says they live ("A man is recovering after he was gunned down",
    "a man who was gunned down ... is in stable condition"): shot, not dead (``offset``: where ``sentence`` starts)."""
    return mention.outcome == "killed" and _is_one_unnumbered(mention.count) and bool(_ALIVE.search(sentence)) \
        and bool(_GUNNED_DOWN.search(sentence, mention.start - offset, mention.end - offset))


# Who some of the dead were, told as a list of them: "among the dead were ...", "the dead included ...".
_SOME_OF_THE_DEAD = re.compile(r"(?:among\s+(?:the\s+)?dead|(?:the\s+)?dead\s+includ(?:ed|e|es))\b", re.IGNORECASE)
_SOME_OF_THE_DEAD_BEFORE = re.compile(r"\b(?:among\s+(?:the\s+)?dead\s+(?:were|are|was|is)|(?:the\s+)?dead\s+includ(?:ed|e|es))"
                                      r"\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


# "an injured woman was found outside": one person told as hurt by the word before her noun, not one of the dead
_HURT_PERSON = re.compile(rf"{TOLD_HURT}\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS}|{VICTIM_NOUNS})\b", re.IGNORECASE)


def _settle(text: str, found: list[CountMention], *, offset: int) -> None:
    """One victim said to be hurt may die later in the report: hit, not yet injured ("killed A and wounded B": B
    lives); "one of them died" is a part of those counted."""
    shared = {c.verb_end for c in found if c.verb_end >= 0 and sum(o.verb_end == c.verb_end for o in found) > 1}
    for mention in found:
        if mention.outcome == "injured" and _is_one_unnumbered(mention.count) and mention.verb_end not in shared \
                and not ACTIVE_OBJECTS.match(text, mention.start - offset) \
                and not _ALIVE.search(text, mention.start - offset):  # "killed A and wounded B": B lives
            mention.outcome = "hit"
            if hurt := _HURT_PERSON.match(text, mention.start - offset):
                mention.victims = hurt.group(0)  # "an injured woman": told hurt, though she may die later
        if mention.outcome == "killed" and is_part_of(mention):
            mention.subset = True  # "one of them died" ("Ruiz, 58, of Elmtown was found dead" is where he was from)
        if mention.outcome == "hit" and _SOME_OF_THE_DEAD_BEFORE.search(text, 0, mention.start - offset):
            mention.outcome = "killed"  # "Among the dead was a cook hit by a stray bullet": hit, and among the dead
        if mention.outcome == "killed" and (_SOME_OF_THE_DEAD.match(text, mention.start - offset)
                                            or _SOME_OF_THE_DEAD_BEFORE.search(text, 0, mention.start - offset)):
            mention.subset = True  # "among the dead were a pastor and his wife": some of the dead, by who they were


def _mark_besides_dead(text: str, found: list[CountMention], *, offset: int) -> None:
    """Someone brought in after "and" in the sentence of the dead is not one of them ("two were killed and a boy
    wounded")."""
    for dead in (c for c in found if c.outcome == "killed"):
        for hit in (c for c in found if c.outcome == "hit" and c.start >= dead.end and newcomer(c)):
            hit.besides_dead = hit.besides_dead or bool(_AND_BETWEEN.match(text, dead.end - offset, hit.start - offset))
        # "Ortiz died and Pardo was seriously wounded", "the guard was wounded, and his driver and a cook were
        # killed": one person told hurt by a passive verb, with a subject of their own, joined to the dead
        for hit in (c for c in found if c.outcome == "hit" and _is_one_unnumbered(c.count) and not c.besides_dead):
            if not (passive := _HURT_PASSIVE.search(text, hit.start - offset, hit.end - offset)):
                continue
            if hit.start >= dead.end:
                hit.besides_dead = bool(_JOINED_SUBJECT.match(text, dead.end - offset, passive.start()))
            elif dead.start >= hit.end:
                joined = _JOINED_DEAD.match(text, hit.end - offset, dead.start - offset)
                hit.besides_dead = bool(joined) and not _DEATH_VERB.match(text, joined.start("who"))


# "were killed and a girl wounded", "died, and a man was hurt": the words joining the dead to someone new.
_AND_BETWEEN = re.compile(r"[^.;:]{0,30}?\band\s*$", re.IGNORECASE)
# A singular passive of being hurt ("was seriously wounded"): not "was shot", which may yet be one of the dead.
_HURT_PASSIVE = re.compile(r"(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE)
_JOIN = r"(?:,\s*|\s+)and\s+"
_NOT_NEW = r"(?!(?:he|she|they|it|later|then|was|were|is|are|who|one|the other|another|both|all)\b)"
# "died | and Pardo |was wounded": the subject between the joining word and the passive is someone new
# ("and Deputy Ana Ruiz, a member of the council, |was wounded": a name and what she is)
# ("and that a boy going to school |was injured": a subject of a few words more)
_JOINED_SUBJECT = re.compile(rf"[^.;:,]{{0,30}}?{_JOIN}{_NOT_NEW}(?:[\w'’-]+,?\s+){{1,7}}(?:[^.;:,]{{1,60}},\s+)?$",
                             re.IGNORECASE)
# "was wounded| in the attack, and her driver and two guards were |killed": the dead are told with a subject of their own
# ("was wounded| in an ambush in which his driver and a guard were |killed": the incident's other dead)
_JOINED_DEAD = re.compile(rf"[^.;:,]{{0,40}}?(?:{_JOIN}|\s+(?:in|during)\s+which\s+){_NOT_NEW}(?P<who>(?:[\w'’-]+\s+){{0,6}})$",
                          re.IGNORECASE)
# ... and their own verb, not one said of the person wounded ("was wounded and later died", "and died at the clinic")
_DEATH_VERB = re.compile(r"(?:died|killed|succumbed|passed|perished|pronounced|declared|fatally|subsequently|eventually|also|"
                         r"soon|shortly|now|has|had|have)\b", re.IGNORECASE)


def _unshare_verbs(text: str, found: list[CountMention], *, offset: int) -> None:
    """Numbers add up over one verb only when "and" joins them ("two farmers and five raiders were killed");
    "one of the guests, a 20-year-old student, was killed" names one person twice."""
    by_verb: dict[int, list[CountMention]] = {}
    for mention in found:
        if mention.verb_end >= 0:
            by_verb.setdefault(mention.verb_end, []).append(mention)
    for group in by_verb.values():
        group.sort(key=lambda c: c.start)
        for first, second in zip(group, group[1:]):
            between = text[first.start - offset:second.start - offset]
            if re.match(r"\S+\s+of\b", between) or _is_one_unnumbered(second.count) and "and" not in between.split() \
                    and not re.search(r"\bas\s+well\s+as\s+$", between):
                first.verb_end = -1


def _is_one_unnumbered(count: Count) -> bool:
    """"a man", "the victim", "was wounded": one person with no number written."""
    return count.best == 1 and not re.search(r"\d|\bone\b", count.text, re.IGNORECASE)


# "In addition to the bomber, six civilians were killed": the attacker died too.
_ATTACKER_TOO = re.compile(r"\bin addition to (?:the )?(?:deaths? of )?(?:the )?(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|"
                           r"\d{1,3}) )?(?:suicide )?(?P<who>bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?)\b",
                           re.IGNORECASE)
# "There were no casualties other than the assailant", "The assailants were the only reported casualties".
_ONLY_ATTACKER = re.compile(r"\bno (?:other )?(?:reported )?casualties other than the (?P<who>bombers?|attackers?|assailants?)\b|"
                            r"\bthe (?P<who2>bombers?|attackers?|assailants?) (?:was|were) the only (?:reported )?casualt", re.IGNORECASE)


def attackers_killed(text: str) -> int:
    """Attackers a report says died on top of the victims it counts (0 when it says nothing of the kind)."""
    m = _ATTACKER_TOO.search(text) or _ONLY_ATTACKER.search(text)
    if not m:
        return 0
    if m.re is _ATTACKER_TOO and m.group("n"):
        return word_to_int(m.group("n")) or 1  # "in addition to the three assailants"
    who = m.group("who") if m.re is _ATTACKER_TOO else (m.group("who") or m.group("who2"))
    return 2 if who.lower().endswith(("s", "men")) else 1


# "This was one of four related attacks": a toll given for the series is split evenly over its incidents.
_SERIES = re.compile(r"\bone of (?:at least )?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+) "
                     r"(?:(?:related|coordinated|similar|simultaneous|separate|linked)\s+)+(?:attacks|assaults|incidents|"
                     r"events|raids|explosions|blasts|bombings)\b|"
                     r"\b(?:across|among|between) (?:the |all |both )?(?P<m>two|three|four|five|six|seven|eight|nine|ten|both|\d+) "
                     r"(?:attacks|assaults|incidents|events|raids|explosions|blasts|bombings|locations)\b", re.IGNORECASE)


def even_share(total: int, parts: int, k: int) -> int:
    """The ``k``-th of ``parts`` even shares of ``total``, as ACLED splits a toll over the places of one incident (the
    first shares take what does not divide: 7 over three places is 3, 2, 2)."""
    return total // parts + (1 if k < total % parts else 0)


def series_size(text: str) -> int:
    """How many incidents a report says its toll is spread over (1 when it says nothing of the kind)."""
    m = _SERIES.search(text)
    if not m:
        return 1
    word = (m.group("n") or m.group("m")).lower()
    size = 2 if word == "both" else word_to_int(word) or 1
    return max(1, min(size, 50))


# "17 casualties, including nine wounded", "20 casualties, eight of them fatal": the dead and the hurt together, and
# the part the text says; the rest are the other kind.
_CASUALTIES_AFTER = re.compile(r"\s+casualties\b")
_CASUALTY_PART = re.compile(
    r"(?:\s+(?:in|during|from|at|on)\b[^,;.]{0,40}?)?\s*,?\s*"  # "... in the raid, eight of them fatal"
    r"(?:(?:including|among them|of whom|of them)\s+(?P<q1>[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:were|people|persons)\s+)?"
    r"(?P<kind1>dead|killed|deaths|fatalities|fatal|wounded|injured|hurt|injuries)\b"
    r"|,\s*(?P<q2>[\w-]+)\s+of\s+(?:them|whom)\s+(?:were\s+)?(?P<kind2>dead|killed|fatal|fatalities|deaths|wounded|"
    r"injured|hurt)\b)", re.IGNORECASE)
_DEATH_KINDS = frozenset({"dead", "killed", "deaths", "fatalities", "fatal"})
# Casualties that may not have happened, or a tally over time: no incident's toll.
_CASUALTIES_UNSURE_BEFORE = re.compile(r"\b(?:could|would|might|may|cumulative|so far|since)\b", re.IGNORECASE)


def _casualty_totals(text: str, quantities: list, found: list[CountMention], *, offset: int) -> list[CountMention]:
    """A number of casualties: the dead and the hurt together. Where the text says how many of either it is the
    split; else a total ``_split_casualties`` halves, as for "killed and wounded". Replaces what other rules read
    of the same number ("17 casualties, including nine wounded" is not 17 hurt)."""
    for m, count in quantities:
        casualties = _CASUALTIES_AFTER.match(text, m.end())
        if casualties is None or count.best < 1 or is_vague(count) \
                or _CASUALTIES_UNSURE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "many casualties", "could have caused a number of casualties", "cumulative damage: 760 casualties"
        start, end = offset + m.start(), offset + casualties.end()
        part = _CASUALTY_PART.match(text, casualties.end())
        told_end = offset + part.end() if part else end
        found = [c for c in found if not (c.start <= start < c.end or start <= c.start < told_end)]  # read here instead
        if part is not None:
            said = quantity_regex().match(text, part.start("q1" if part.group("q1") else "q2"))
            told = parse_quantity(said) if said else None
            if told is not None and told.best < count.best:
                kind = (part.group("kind1") or part.group("kind2")).lower()
                dead = told.best if kind in _DEATH_KINDS else count.best - told.best
                hurt = count.best - dead
                end = offset + part.end()
                found += [CountMention(outcome=outcome, count=exact_count(n, m.group(0)), victims="casualties",
                                       start=start, end=end, verb_end=end)
                          for outcome, n in (("killed", dead), ("injured", hurt))]
                continue
        found.append(CountMention(outcome="casualties", count=count, victims="casualties", start=start, end=end,
                                  verb_end=end))
    return found


def _split_casualties(mention: CountMention) -> list[CountMention]:
    """"7 militants were killed and wounded": ACLED's codebook codes half (rounded down) as killed."""
    if mention.outcome != "casualties":
        return [mention]
    n = mention.count
    killed = Count(low=0, best=n.best // 2, high=n.high, text=n.text)
    injured = Count(low=0, best=n.best - n.best // 2, high=n.high, text=n.text)
    return [CountMention(outcome=outcome, count=count, victims=mention.victims, start=mention.start, end=mention.end,
                         verb_end=mention.verb_end) for outcome, count in (("killed", killed), ("injured", injured))]


# "Sabour, a contractor, was killed": one person, named rather than counted.

"""Victims counted by phrase rather than by number: "was shot", "both men were later pronounced dead", "found a man
and a woman suffering from gunshot wounds", "a quadruple shooting", "Ana Ruiz, 33, and Tom Hale, 28, were killed".
"""

from __future__ import annotations

import re

from eventsift.events.count_words import (CALENDAR_WORD, HIT_IN_THE_BODY, LOOK_BACK, OFFICE_BEFORE_NAME, ONE_ATTACKER,
                                          PERSON_NOUNS, PERPETRATOR_VICTIMS, VICTIM_NOUNS, CountMention, exact_count, phrase_mention,
                                          tells_aim)
from eventsift.events.numbers import parse_quantity, quantity_regex, word_to_int
from eventsift.nlp.scan import finditer_gated
from eventsift.records import Count


# A subject said to be unhurt: taken to a hospital for a check, not wounded.
UNHARMED = re.compile(r"\b(?:unharmed|unhurt|uninjured|not (?:hurt|injured|wounded|struck|hit)|escaped (?:without )?injur\w*)\b",
                       re.IGNORECASE)

# The ways of killing by hand: "he was stabbed to death", "she was beaten to death", "they beat him to death".
_BY_HAND_VERBS = ("stabbed", "beaten", "hacked", "burned", "burnt", "bludgeoned", "clubbed", "stoned", "tortured",
                  "strangled", "choked", "kicked")
_BY_HAND = rf"(?:{'|'.join(_BY_HAND_VERBS)}) to death"
# A subject no person: "which" (not "who"), an animal.
_NOT_A_PERSON = re.compile(r"\b(?:which|dogs?|puppy|puppies|cats?|kittens?|animals?|cows?|cattle|calf|calves|horses?|"
                           r"goats?|sheep|buffalo(?:es)?|pigs?|birds?|elephants?|leopards?|tigers?|bears?|deer|monkeys?)\b",
                           re.IGNORECASE)
_SINGULAR_PASSIVE = re.compile(r"\b(?:was|has been|had been|is|remains|remained)\s+(?:(?!not\b|never\b|fatally\b|mortally\b)\w+\s+)?(?P<verb>killed|shot dead|gunned down|shot and killed|shot to death|"
                               rf"{_BY_HAND}|"
                               r"(?:fatally|mortally) (?:shot|wounded|injured|stabbed)|pronounced dead|declared dead|found dead|murdered|assassinated|massacred|beheaded|"
                               r"executed|lynched|injured|wounded|hurt|hospitali[sz]ed|shot(?!\s+(?:at|out)\b)|grazed|kidnapped|abducted|"
                               r"(?:hit|struck) (?:by|with) (?:gunfire|(?:[\w-]+ ){0,3}?(?:bullets?|rounds?|pellets?|shots|gunshots|buckshot|shrapnel))|"
                               rf"{HIT_IN_THE_BODY}|arrested|detained|(?:taken|rushed|transported|airlifted|flown) to (?:[\w-]+ ){0,3}?hospital|"
                               r"(?:being )?treated (?:at|in) (?:[\w-]+ ){0,3}?(?:hospital|medical cent(?:er|re))|"
                               r"(?:listed )?in (?:critical|serious|stable|grave|fair) condition)\b", re.IGNORECASE)
# "no one else was hurt", "no one, not the driver, was hurt", "could not say whether anyone was injured"
_NOBODY_BEFORE = re.compile(r"\b(?:no one|no-one|nobody|none|neither|no other \w+|no \w+|anyone|anybody)"
                            r"(?:[\s,]+[\w-]+){0,5}[\s,]*$",
                            re.IGNORECASE)
# "sent four people to the hospital", "left three dead and another injured", "the other three victims": people hit.
_SENT_TO_HOSPITAL = re.compile(r"\bsen(?:t|ding)\s+(?P<q>\S+(?:\s+\S+)?)\s+(?:people\s+|victims\s+|others\s+)?(?:to|into)\s+"
                               r"(?:the\s+|a\s+|area\s+|local\s+|nearby\s+)?hospitals?\b", re.IGNORECASE)
# "two more victims walked into a clinic", "three others drove themselves to the hospital":
# people hit who reached a hospital by themselves.
_WALKED_IN = re.compile(
    r"\b(?P<q>(?:at least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(?:(?:other|more|additional)\s+)?"
    r"(?:(?:gunshot|shooting)\s+)?(?:people|persons|victims|men|women|others|teens|teenagers|patients)\s+(?:later\s+|also\s+)?"
    r"(?:showed up|arrived|walked in(?:to)?|turned up|went|drove themselves|took themselves|got themselves|"
    r"were dropped off|checked (?:themselves )?in)\s+(?:at|to|into)\s+(?:[\w'’.-]+\s+){0,4}?(?:hospitals?|medical cent(?:er|re)s?|"
    r"emergency rooms?|clinics?|trauma cent(?:er|re)s?)\b", re.IGNORECASE)
# "a cook later turned up at the clinic with a bullet wound": one person hit who reached a hospital by himself.
_ONE_WALKED_IN = re.compile(
    rf"\b(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|\d{{1,3}}-year-old)\s+(?:later\s+|also\s+)?"
    r"(?:showed up|arrived|walked in(?:to)?|turned up|went|drove (?:himself|herself)|took (?:himself|herself)|"
    r"was dropped off|checked (?:himself |herself )?in)\s+(?:later\s+)?(?:at|to|into)\s+(?:[\w'’.-]+\s+){0,4}?(?:hospitals?|"
    r"medical cent(?:er|re)s?|emergency rooms?|clinics?|trauma cent(?:er|re)s?)\b"
    r"(?=[^.;]{0,40}?\bwith\s+(?:[\w-]+\s+){0,3}?(?:gunshot|bullet|graze)\s+(?:wounds?|injur(?:y|ies))\b)", re.IGNORECASE)
# "left one man dead and another with serious injuries", "and another in critical condition": the state told of him
_ANOTHER_HURT = re.compile(r"\band\s+(?:an)?other(?:\s+(?:person|man|woman|victim|boy|girl|teen))?\s+(?:(?:was|is)\s+)?"
                           r"(?P<verb>injured|wounded|hurt|shot|with\s+(?:(?!fatal\b)[\w-]+\s+){0,3}?(?:injuries|injury|wounds?)|"
                           r"in\s+(?:critical|serious|stable|grave|fair|good)\s+condition)\b", re.IGNORECASE)
# "a shooting that left 12-year-old Ana Ruiz dead", "leaving a cook dead", "left a man with fatal injuries": one
# person, left dead by the incident.
_LEFT_ONE_DEAD = re.compile(
    rf"\b(?:left|leaving|leaves)\s+(?P<who>(?:(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON_NOUNS}|{VICTIM_NOUNS})|"
    r"(?:(?:an?\s+)?\d{1,3}-year-old\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}))\s+"
    r"(?:(?-i:dead)|with\s+(?:[\w-]+\s+)?(?:fatal|mortal)\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b", re.IGNORECASE)
# "killing three men and wounding another", "shot two and injured one other": one more person, hit by the verb.
_ANOTHER_OBJECT = re.compile(rf"\b(?:wound(?:ing|ed)?|injur(?:ing|ed|e)|hurting|shooting|shot)\s+(?:(?:an)?other|one other)"
                             rf"(?:\s+(?:{PERSON_NOUNS}|{VICTIM_NOUNS}))?(?=\s*(?:[,.;]|$|\s(?:in|at|on|and|before|after|"
                             rf"who|during|with|near|outside|inside|as)\b))", re.IGNORECASE)
# "the other guard hurt during the raid, a cook, was ...": the subject names the second person hurt before the
# apposition and the verb (the apposition alone reads as one person, with nothing to say there were two).
_THE_OTHER_HURT = re.compile(rf"\b(?P<who>the\s+other\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS}|{VICTIM_NOUNS}))\s+(?:who\s+was\s+)?"
                             r"(?:wounded|injured|hurt|shot)\s+(?:in|during|by)\s+(?:[\w'’-]+\s+){1,4}?"
                             r"(?:attack|shooting|ambush|assault|blast|explosion|raid|incident|gunfire)\s*,", re.IGNORECASE)
# Whom a bullet hit must be a person: "a 3-year-old was struck by a bullet", not "the car was hit by a bullet".
_PERSON_SUBJECT = re.compile(rf"(?i:\b(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|he|she|\d{{1,3}}-year-old)\b)|"
                             r"\b(?!(?:The|A|An|His|Her|Their|Its)\b)[A-Z][a-z][\w'’-]*")
# ... and a subject that ends on a thing is the thing, a capital letter before it notwithstanding: "a Marlow County
# cruiser", "the Ruiz family's home".
_THING_STRUCK = re.compile(r"\b(?:cars?|vehicles?|trucks?|vans?|SUVs?|buses|bus|cruisers?|houses?|homes?|windows?|"
                           r"buildings?|walls?|doors?|apartments?|windshields?)\s*$", re.IGNORECASE)
VICTIMS_AFTER = re.compile(r"^\s+(?P<other>other\s+)?(?:(?:shooting|gunshot|injured|wounded)\s+)?victims\b", re.IGNORECASE)
# "Ana Ruiz, 19, suffered a gunshot wound": one person hit, named.
_NAMED_WOUNDED = re.compile(r"\b(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?:,\s*\d{1,3},)?\s+(?:sustained|suffered|received)\s+"
                            r"(?:an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:gunshot|bullet|graze)\s+wounds?\b")
# "who died at the scene", "Ruiz later died", "the boy succumbed to his wounds": one death, no number written.
# "is now brain dead", "doctors declared her brain dead": a death, as the law and gun-violence tallies count it.
_SINGULAR_DIED = re.compile(r"\b(?:died|(?<!\bif he )(?<!\bif she )dies(?![\w-])|succumbed|passed away|did not survive|"
                            r"(?:is|was|been|declared|pronounced)\s+(?:now\s+|him\s+|her\s+)?brain[- ]dead|"
                            # "a drive-by shooting that took her life" (not "took his own life": the attacker's)
                            r"(?:took|claimed|has claimed|had claimed)\s+(?:his|her)\s+life)\b", re.IGNORECASE)
# "shot him in the back and killed him": one death, of someone told before (the attacker's own, when police killed
# him, is marked as such by ``_perpetrator_deaths``).
_KILLED_PRONOUN = re.compile(r"\b(?:(?:shot and killed|fatally (?:shot|stabbed)|killed|murdered|strangled)\s+(?:him|her)\b"
                             r"(?!\s*self)|(?:shot|gunned)\s+(?:him|her)\s+(?:dead|down)\b|"
                             rf"(?:beat|{'|'.join(_BY_HAND_VERBS)})\s+(?:him|her)\s+to\s+death\b)", re.IGNORECASE)
# "Five people were shot, one fatally", "four were shot - two fatally -": the part of those hit who died.
_FATALLY = re.compile(r"(?:,|;|\band\b|\s(?:--|[—–-]))\s*(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
                      r"(?:\s+of\s+(?:them|the\s+\w+))?\s+(?:fatally|mortally|"
                      # "left four victims, one with fatal injuries"
                      r"with\s+(?:[\w-]+\s+)?(?:fatal|mortal)\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b", re.IGNORECASE)
# "Both men were later pronounced dead", "all three died at the hospital": the people counted before, now dead.
_GROUP_DIED = re.compile(
    r"\b(?:both|all\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))(?:\s+of\s+them|\s+(?:[\w-]+\s+)?"
    r"(?:men|women|victims|people|boys|girls|brothers|sisters|teens|teenagers))?\s+(?:were\s+(?:later\s+)?"
    r"(?:pronounced dead|declared dead|killed|dead)|(?:later\s+)?(?:died|succumbed))\b", re.IGNORECASE)
# "They were later pronounced dead", "they both died": the people the report counted just before, now dead.
_THEY_DIED = re.compile(r"\b(?:they|both of them|all of them)\s+(?:both\s+|all\s+)?(?:were\s+(?:later\s+|both\s+|all\s+)?"
                        r"(?:pronounced|declared|found)\s+dead|(?:later\s+)?(?:died|succumbed|did not survive))\b",
                        re.IGNORECASE)
# "(abducted three traders) and killed them hours later": the people the clause counted just before, killed after.
_KILLED_THEM = re.compile(r"\b(?:and|then|before|later)\s+(?:later\s+|then\s+|subsequently\s+)?(?:killed|executed|"
                          r"murdered|beheaded|shot\s+dead)\s+them\b", re.IGNORECASE)
# "a third victim died", "a fifth died later at the hospital": the running toll an ordinal gives.
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
# ... or in figures: "an 8th teen was hurt"
_NTH = rf"{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th)\b"


def _ordinal(word: str) -> int:
    return int(word[:-2]) if word[0].isdigit() else _ORDINALS[word.lower()]


# "The second teenager was pronounced dead on arrival" describes the second of the people counted, not a running
# toll: with "the", only a later death ("the third victim has since died") is one.
_ORDINAL_DIED = re.compile(rf"\b(?:an?\s+|the\s+(?=\S+\s+(?:[\w-]+\s+){{0,2}}?(?:has|had)?\s*(?:later|since)\b))"
                           rf"(?P<nth>{_NTH})\s+(?:[\w-]+\s+){{0,2}}?"
                           r"(?:has\s+|had\s+)?(?:later\s+|since\s+)?(?:died|succumbed|was (?:pronounced|declared) dead|did not survive)\b",
                           re.IGNORECASE)
# "a third victim was also grazed": the people hit so far, told by an ordinal; "a fifth victim turned up", "a
# fourth gunshot victim": a victim told as the next one is one of at least that many.
_ORDINAL_HIT = re.compile(rf"\b(?:an?|the)\s+(?P<nth>{_NTH})\s+(?:[\w-]+\s+){{0,2}}?(?:{VICTIM_NOUNS}|person)\s+"
                          r"(?:was|is|had been|has been)\s+(?:also\s+)?(?:shot|wounded|injured|hurt|grazed|struck|hit)\b|"
                          rf"\ban?\s+(?P<nth2>{_NTH})\s+(?:(?:gunshot|shooting)\s+)?victim\b"
                          r"(?!\s+(?:(?:has|had|later|since|also|then)\s+)*(?:died|succumbed)\b)|"
                          # "two porters were grazed and a third was shot through the hand": the ordinal alone
                          rf"\ban?\s+(?P<nth3>{_NTH})\s+(?:was|had been|has been)\s+(?:also\s+)?"
                          r"(?:shot|wounded|injured|hurt|grazed|struck|hit)\b|"
                          # ... and its verb left out after the dead: "two policemen were killed and a third injured"
                          rf"\band\s+an?\s+(?P<nth4>{_NTH})\s+(?:seriously\s+|critically\s+|slightly\s+)?"
                          r"(?:wounded|injured|hurt)\b",
                          re.IGNORECASE)
# The next victim told by its ordinal alone after one told in full: "a third victim was found at one clinic, and a
# fourth at another" (not "a fourth shot", "a fourth time").
_AND_NEXT = re.compile(rf"[^.;:]*?,?\s+and\s+an?\s+(?P<nth>{_NTH})(?=\s+(?:at|in|on|near|to|inside|outside|later)\b)",
                       re.IGNORECASE)
# "she and two others were shot", "Jon Doe and four others were wounded", "a 6-year-old and three adults were
# shot": one person and a number more.
# "her driver and two bodyguards were killed", "the mayor and three of his guards were wounded": a possessive or a
# group of any kind of people too; "she and four guards were gunned down".
_AND_OTHERS = re.compile(
    rf"\b(?:(?i:he|she)|(?i:the|a|an|his|her|their|(?-i:[A-Z][\w-]+)['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|[\w-]+-(?:year|month)-old)|"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    r"\s+and\s+(?P<q>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:of\s+(?i:his|her|their)\s+)?"
    rf"(?:others|(?:other\s+)?(?:people|persons|men|women|adults|teens|teenagers|victims|children|kids|"
    rf"(?i:{PERSON_NOUNS}|{VICTIM_NOUNS})s))\s+(?:were|have been|had been|are)\s+"
    r"(?:\w+\s+)?(?P<verb>shot and killed|shot dead|shot to death|fatally shot|gunned down|killed|murdered|slain|shot|"
    r"wounded|injured|hurt)\b")
# A headline's "3-year-old and four adults shot": one person told by a bare age and a number more, no article, no "were".
_HEADLINE_AND_OTHERS = re.compile(
    r"^\s*\d{1,3}-(?:year|month)-old\s+and\s+(?P<q>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:others|(?:other\s+)?(?:people|persons|men|women|adults|teens|teenagers|victims))\s+"
    r"(?P<verb>shot and killed|shot dead|fatally shot|killed|shot|wounded|injured|hurt)\b", re.IGNORECASE)
# "a woman and her two children were found dead", "the deaths of a father and his three sons", "the strike killed a
# man and his two daughters": one person and their family, all told by the verb (or the noun of death before them).
_AND_FAMILY = re.compile(
    rf"(?P<deaths>\b(?:deaths?|killings?|murders?|bodies)\s+of\s+|\b(?:killed|killing|murdered|massacred|shot\s+dead)\s+)?\b(?i:a|an|the)\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS}|(?P<couple>couple))\s+and\s+"
    r"(?i:his|her|their)\s+(?:(?P<q>two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[\w-]+\s+)?"
    r"(?i:children|kids|sons|daughters|grandchildren|stepchildren|siblings|brothers|sisters|nephews|nieces|cousins|"
    r"friends|roommates|companions)|(?:[\w-]+\s+)?(?P<one>(?i:son|daughter|child|baby|infant|brother|sister|"
    # "a couple and their teenage son", "a mother and her three children, aged 2, 5 and 9, were killed"
    r"grandson|granddaughter|nephew|niece)))\b(?:,\s+(?:aged?\s+|ages\s+)?\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2},)?"
    r"(?(deaths)|\s+(?:were|have been|had been)\s+(?:\w+\s+)?(?P<verb>shot and killed|shot dead|shot to death|fatally shot|"
    r"killed|found dead|murdered|shot|wounded|injured|hurt)\b)", re.IGNORECASE)
# "two boys and their father were found dead", "three children, aged 2, 5 and 9, and their mother were shot", "six
# policemen and their civilian driver were killed": a number of people and one of their family or crew, all told by
# the verb.
_OTHERS_AND_KIN = re.compile(
    r"\b(?P<q>two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[\w-]+\s+)?"
    rf"(?:people|persons|[a-z]*men|women|children|kids|(?i:{PERSON_NOUNS}|{VICTIM_NOUNS})s)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"  # "six jawans of the DRG and their driver"
    r"(?:,\s+(?:aged?\s+|ages\s+)?\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2},)?\s+and\s+(?i:his|her|their)\s+"
    rf"(?:[\w-]+\s+)?(?:{PERSON_NOUNS}|{VICTIM_NOUNS})\s+(?:were|have been|had been)\s+(?:\w+\s+)?"
    r"(?P<verb>shot and killed|shot dead|shot to death|fatally shot|killed|found dead|murdered|shot|wounded|injured|hurt)\b",
    re.IGNORECASE)
# "the two were shot, along with another man": the people counted and one more, hit.
_SHOT_ALONG_WITH = re.compile(
    r"\b(?P<q>both|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?(?:were|have been|had been)\s+"
    r"(?:\w+\s+)?shot,?\s+along with\s+(?:another|one other|an?)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{PERSON_NOUNS}|{VICTIM_NOUNS})\b", re.IGNORECASE)
# "Father, daughter found dead in Elmford home", "Mother, son killed in crash": a headline's two people, no article.
_HEADLINE_PAIR_NOUN = (r"(?:Man|Woman|Father|Mother|Son|Daughter|Husband|Wife|Brother|Sister|Boy|Girl|Teen|Child|Baby|"
                       r"Grandmother|Grandfather|Grandson|Granddaughter|Boyfriend|Girlfriend|Uncle|Aunt|Nephew|Niece|Cousin|Friend)")
_HEADLINE_PAIR = re.compile(
    rf"^\s*(?:(?!(?:The|A|An|His|Her|Their)\b)(?-i:[A-Z])[\w.'’-]*\s+){{0,2}}?(?i:{_HEADLINE_PAIR_NOUN}),\s+(?:(?i:his|her)\s+)?(?i:{_HEADLINE_PAIR_NOUN})\s+"
    r"(?P<verb>(?i:found dead|shot dead|shot to death|killed|dead|slain|shot|wounded|injured|hurt))\b")
# "was found dead along with Tom Hale", "was killed along with his driver": two dead.
_ALONG_WITH = re.compile(r"\b(?:killed|murdered|assassinated|found dead|shot dead|died)\s+(?:[\w,]+\s+){0,4}?along with\s+"
                         rf"(?P<who>(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS}|{VICTIM_NOUNS})\b|"
                         r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)", re.IGNORECASE)
# "Also hurt in the blast were two guards", "Killed were three porters": the verb before its number.
_INVERTED = re.compile(r"\b(?P<verb>killed|injured|wounded|hurt|shot)\s+(?:(?:in|during|by)\s+(?:[\w-]+\s+){1,4}?)?(?:was|were)\s+"
                       r"(?P<q>(?:at least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}))\b"
                       r"(?!-| (?:and|to) \d{1,3}\b| years?\b)", re.IGNORECASE)  # "those hurt were 28 and 31 years old"
# "fatally shot his wife and three sons", "killed her husband and two children": one relative and a number more.
_KILLED_KIN = re.compile(
    r"\b(?:fatally shot|shot and killed|shot dead|killed|murdered|stabbed to death)\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:wife|husband|partner|girlfriend|boyfriend|mother|father|son|daughter|fianc[eé]e?)\s*,?\s+and\s+"
    r"(?:(?:his|her|their)\s+)?(?P<n>two|three|four|five|six|seven|\d)\s+(?:[\w-]+\s+)?"
    r"(?:sons|daughters|children|kids|grandchildren|stepchildren|brothers|sisters|relatives)\b", re.IGNORECASE)
# "killed his parents", "shot and killed her sons, ages 4 and 6", "wounded their children": a family named by a plural
# with no number. Parents are two; other kin are as many as the ages listed after them, else two at least.
_KIN_GROUP = re.compile(
    r"\b(?:(?P<killed>fatally shot|shot and killed|shot dead|killed|killing|murdered|murdering|stabbed to death)|"
    r"(?P<hurt>wounded|wounding|injured|injuring)|(?P<hit>shot|shooting))\s+(?:his|her|their)\s+"
    r"(?!(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\b)(?:[\w-]+\s+)?"
    r"(?P<kin>(?:grand)?parents|(?:step|grand)?(?:sons|daughters|children)|kids|brothers|sisters)\b(?![’'-])"
    r"(?!\s*,?\s+and\b)(?P<ages>,\s+age[sd]?\s+\d{1,2}(?:,\s+\d{1,2})*,?\s+and\s+\d{1,2}\b)?"
    r"(?P<to_death>\s+to\s+death\b)?", re.IGNORECASE)
# "a quadruple shooting", "a double homicide": the number of victims in the incident's name.
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTIPLE_INCIDENT = re.compile(rf"\b(?P<n>{'|'.join(_MULTIPLE)})[- ](?P<fatal>fatal[- ])?"
                                r"(?P<what>shootings?|stabbings?|homicides?|murders?|killings?|slayings?)\b", re.IGNORECASE)
# "a deadly shooting", "Sunday's fatal stabbing", "her brother's deadly stabbing": someone died, how many the name
# does not say (one at least).
_DEADLY_INCIDENT = re.compile(r"\b(?:a|an|the|this|that|his|her|[A-Z][a-z]+day['’]s|"
                              # a headline leaves the article out: "vigil held after deadly shooting"
                              r"(?<=\bafter)|(?<=\bfollowing)|(?<=\bin)|(?<=\bover)|(?<=\binto)|"
                              # a person's: "her brother's deadly stabbing", "Vega's fatal shooting"
                              rf"(?:(?i:{PERSON_NOUNS}|{VICTIM_NOUNS})|(?-i:[A-Z][\w'’-]+))['’]s)"
                              r"\s+(?:deadly|fatal)\s+(?:[\w-]+\s+)?"
                              r"(?P<what>shooting|stabbing|attack|ambush|assault|home invasion|robbery|carjacking|drive-by)\b"
                              r"(?!\s+(?:spree|series|wave|campaign)s?\b)|"
                              # "a shooting death is under investigation": one death
                              r"\b(?:a|an|the|this|that|[A-Z][a-z]+day['’]s)\s+(?P<death>shooting|stabbing|gunshot)\s+death\b(?!s)",
                              re.IGNORECASE)
_DEADLY_WORD = re.compile(r"deadly|fatal|death", re.IGNORECASE)
# "an apparent murder-suicide": one killed and the killer; "a double murder-suicide": two and the killer.
_MURDER_SUICIDE = re.compile(rf"\b(?:(?P<n>{'|'.join(_MULTIPLE)})[- ])?murders?[- ]suicides?\b", re.IGNORECASE)
# "found a man and a woman suffering from gunshot wounds" (hit), "found Ana Ruiz, 37, and Tom Hale dead" (killed),
# "found a father and son deceased" (killed):
# the people the list names.
_FOUND_LIST = re.compile(r"\b(?:found|discovered|located)\s+(?P<who>(?:[\w'’-]+,?\s+){2,10}?)(?:(?P<dead>dead|deceased|shot to death|"
                         r"fatally (?:shot|wounded|stabbed)|slain|stabbed to death)\b|(?:suffering\s+(?:from\s+)?|with\s+)"
                         r"(?:\w+\s+)?(?:gunshot|bullet|stab)\s+(?:wounds?|injuries))", re.IGNORECASE)
_VERB_OUTCOME = {"killed": "killed", "killing": "killed", "shot dead": "killed", "gunned down": "killed",
                 "assassinated": "killed", "shot to death": "killed", "pronounced dead": "killed", "declared dead": "killed", "found dead": "killed",
                 "fatally shot": "killed", "fatally wounded": "killed", "fatally injured": "killed",
                 "fatally stabbed": "killed", "mortally wounded": "killed", "mortally injured": "killed",
                 "mortally shot": "killed", "mortally stabbed": "killed",
                 "stabbed to death": "killed", "shot and killed": "killed", "murdered": "killed", "massacred": "killed",
                 **{f"{verb} to death": "killed" for verb in _BY_HAND_VERBS},
                 "slaughtered": "killed",
                 "beheaded": "killed", "executed": "killed", "lynched": "killed", "injured": "injured",
                 "wounded": "injured", "hurt": "injured", "hospitalized": "injured", "hospitalised": "injured",
                 "grazed": "hit",
                 "shot": "hit", "injuring": "hit", "wounding": "hit", "striking": "hit", "shooting": "hit",
                 "shoots and kills": "killed", "fatally shoots": "killed", "shoots dead": "killed", "kills": "killed",
                 "murders": "killed", "shoots": "hit", "stabs": "hit",
                 "kidnapped": "abducted", "abducted": "abducted", "kidnapping": "abducted", "abducting": "abducted",
                 "arrested": "arrested",
                 "detained": "arrested"}


# "shot and killed Naimatullah", "killed the assailant": one person, by name or with a singular noun.
_ACTIVE_SINGULAR = re.compile(
    r"\b(?P<verb>shot and killed|fatally shot|shot dead|gunned down|killed|killing|assassinated|beheaded|murdered|executed|stabbed to death|"
    r"kidnapped|abducted|arrested|detained|injuring|wounding|striking|(?<=of )shooting|(?<=after )shooting|"
    # "killing four and abducting the imam" (not "the kidnapping of a clerk", a noun that may name another incident)
    r"(?<!\bthe )(?<!\ba )(?<!\bof )(?<!\bhis )(?<!\bher )(?<!\btheir )(?:kidnapping|abducting)|"
    # a headline's present tense: "Man kills wife", "Teen shoots neighbour", "Police: woman stabs roommate"
    r"shoots and kills|fatally shoots|shoots dead|kills|murders|shoots|stabs|"
    # "gunmen wounded Ana Ruiz": past tense wounded/injured only as an active verb, never after "was" (``_PASSIVE_BEFORE``)
    r"wounded|injured)\s+"
    r"(?!(?:suspect|victim|incident|death|scene|spree|range)s?\b)"
    rf"(?:(?:(?:the|a|an)\s+)?(?!(?:by|in|on|at|near|during|while|when|after|and|or|with|from|as|for|to|inside|outside)\b)"
    rf"(?:[\w'-]+\s+){{0,2}}?(?:{PERSON_NOUNS}|\d{{1,3}}-(?:year|month|week)-old)\b(?![\w-])"
    # or a name: a capitalised word that is not a number word and is not followed by a noun it qualifies
    # ("killed Naimatullah, the head..." yes; "kidnapped Chinese persons" no)
    r"|(?:\d{1,3}-(?:year|month|week)s?-old\s+)?"  # "killing 2-year-old Ana Ruiz"
    r"(?!(?:The|A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Dozens|Many|Some)\b)"
    r"[A-Z](?:[a-z]|['’](?=[A-Z]))[\w'’-]*"  # "DeVaughn", "McKay", "O'Neal"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:[A-Z]\w*|in|on|at|from|near|and|while|as|who|after|outside|inside|during|with)\b))")


# "rebels seized the mayor", "gunmen snatched a trader": one person taken by force, told by a noun (never a name:
# "seized Elmtown" takes a town).
_TAKEN_ONE = re.compile(rf"\b(?:seized|snatched|grabbed|carried\s+off|took\s+away|dragged\s+away|led\s+away)\s+"
                        rf"(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\b"
                        # the noun ends the object: "snatched the official weapons" took no official
                        r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|of|in|on|at|from|near|who|as|after|during|while|to|with|outside|"
                        r"inside|before|when|for)\b|\s+(?-i:[A-Z0-9]))",
                        re.IGNORECASE)


# Before a past participle that is no active verb: "was wounded", "were badly injured", "the wounded".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got|the|critically|seriously|badly|"
                             r"fatally|slightly|mortally|gravely)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_CALENDAR_NAME = re.compile(rf"\s+{CALENDAR_WORD.pattern}")


# An active verb with one or more people as its object, each brought in by an article or a possessive: "wounded an
# older brother", "injured a second guard and a 12-year-old girl", "shot his brother to death", "wounded Ruiz's son".
_ONE_PERSON = (rf"(?:an?|another|his|her|their|the|(?!{CALENDAR_WORD.pattern})(?-i:[A-Z][\w-]+)['’]s)\s+"
               rf"(?:[\w'-]+\s+){{0,2}}(?:{PERSON_NOUNS}|deputy|trooper|"
               r"\w+-(?:year|month)-old(?!-))\b"
               r"(?:-in-law\b)?")
# "killed Ana Ruiz and her daughter": a name before the people listed with it (alone it is read as one by
# ``_ACTIVE_SINGULAR``).
_ONE_NAME = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=,?\s+and\s+(?:his|her|their|an?)\s)"
# "shot him and his son dead": someone told before, by a pronoun, and the people listed with him
_ONE_PRONOUN = r"(?:him|her)(?=,?\s+and\s+(?:his|her|their|an?)\s)"
# "a local leader, Ana Ruiz, and his nephew": the person's name set off by commas
_APPOSED = r"(?:,\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),?)?"
# "the mayor of the town of Elmtown (and his bodyguard)": the place a person is told of, after the noun (a name alone
# only before "and": "the bodyguard of Ana Ruiz, a local commander" is one person).
_OF_A_PLACE = (r"(?:\s+of\s+(?:the\s+)?(?:(?:(?:town|city|village|municipality|district|province|department)\s+of\s+)"
               r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?"
               r"(?=\s+and\s)))?")
# "her 3- and 5-year-old nieces": two people, told by their ages.
_TWO_AGED = r"(?:his|her|their|the)\s+\w+-\s+and\s+\w+-(?:year|month)-old\s+(?:[\w-]+\s+)?[a-z]+s\b"
# ... and a headline's first one, told with no article: "Man kills wife, her brother"
_HEADLINE_ONE = rf"(?:(?<=kills\s)|(?<=shoots\s)|(?<=murders\s))(?:[\w'-]+\s+)?(?:{PERSON_NOUNS})\b(?![\w-])"
ACTIVE_OBJECTS = re.compile(
    rf"\b(?:(?:shot|shooting|shoots)\s+and\s+)?(?:wounded|injured|wounding|injuring|(?P<killed>killed|killing|murdered|"
    rf"fatally\s+shot|fatally\s+shooting|kills|murders|fatally\s+shoots|shot\s+dead|shooting\s+dead|gunned\s+down|"
    rf"gunning\s+down|(?:beat|stabbed|hacked|stoned|bludgeoned|burned|burnt)\s+to\s+death)|"
    rf"(?P<death>shot|stabbed|beat))\s+(?P<objects>{_TWO_AGED}|"
    rf"(?:{_ONE_PERSON}{_OF_A_PLACE}{_APPOSED}|{_ONE_NAME}|{_ONE_PRONOUN}|{_HEADLINE_ONE})"
    rf"(?:(?:,\s+(?:and\s+)?|\s+and\s+){_ONE_PERSON})*)"
    rf"(?(death)\s+(?:to\s+death|dead)\b|(?!\s+(?:was|were|is|are|had|has)\b))", re.IGNORECASE)
# "shot his stepson, a ranger and a courier", "shot a clerk and a cook": one person hit for each.
_A_PERSON = (rf"(?:an?|another|his|her|their|the)\s+(?:[\w'-]+\s+){{0,2}}(?:ex-|step-?)?"
             rf"(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|sheriff|marshal|cook|waiter|waitress|bartender|bouncer|manager|owner)"
             r"\b(?![\w-])")
# "Also injured was a street vendor", "Killed was Ana Ruiz, 40": one person after the verb. "also" with the dead
# is one more besides them.
_INVERTED_ONE = re.compile(rf"\b(?P<also>also\s+)?(?P<verb>killed|injured|wounded|hurt)\s+"
                           r"(?:(?:in|during|by)\s+(?:[\w-]+\s+){1,4}?)?was\s+"
                           rf"(?P<who>{_A_PERSON}|(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+)", re.IGNORECASE)
# "Also killed were Ana Ruiz, 22, and Tom Hale, 25": the verb before the people it lists (``listed_people``).
_INVERTED_LIST = re.compile(r"\b(?P<also>also\s+)?(?P<verb>killed|injured|wounded|hurt)\s+(?:(?:in|during|by)\s+"
                            r"(?:[\w-]+\s+){1,4}?)?were\s+(?P<who>[^.;:()]+?)(?=\s*(?:[.;:(]|$|,\s+(?:police|authorities|"
                            r"officials|deputies|investigators)\s+said\b))", re.IGNORECASE)
# "deputies found him dead in the kitchen": one dead, told by the pronoun of someone the text named.
_FOUND_ONE_DEAD = re.compile(r"\bfound\s+(?P<who>him|her)\s+(?:lying\s+)?dead\b", re.IGNORECASE)
_SHOT_OBJECTS = re.compile(rf"\b(?:shot|shooting|shoots)\s+(?P<objects>(?:{_ONE_PRONOUN}|{_A_PERSON})"
                           rf"(?:(?:,\s+|,?\s+and\s+){_A_PERSON})*)"
                           r"(?!\s+(?:was|were|is|are|had|has|to death)\b)", re.IGNORECASE)
# "the gang shot Tom Hale": one person hit, named by a first and a last name (the verb's other objects are read
# by ``_SHOT_OBJECTS``; "shot and killed Tom Hale" by ``_ACTIVE_SINGULAR``).
_SHOT_NAME = re.compile(r"\bshot\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|New|North|South|East|"
                        r"West|Police|Officers?)\b)"
                        # the office before the name, told without an article: "shot former minister Ana Ruiz"
                        rf"(?:{OFFICE_BEFORE_NAME})?"
                        r"(?-i:[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+)\b"
                        rf"(?P<more>(?:,?\s+and\s+{_A_PERSON})*)(?P<dead>\s+(?:dead|to death)\b)?")
# "they found five people shot", "found two men with gunshot wounds": those hit, counted where they were found.
_FOUND_SHOT = re.compile(
    rf"\bfound\s+(?P<q>(?:at least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}))\s+(?:[\w-]+\s+)?"
    rf"(?:{PERSON_NOUNS})\s+(?:shot|wounded|injured|with\s+(?:apparent\s+)?gunshot\s+wounds)\b", re.IGNORECASE)
# "the victims, four young men who were not named, ...", "both victims, two teenagers, were ...": everyone hit,
# counted where the report names who the victims were.
_VICTIMS_APPOSED = re.compile(
    rf"\b(?:the|all|both)\s+(?:[\w-]+\s+)?victims\s*,\s*(?P<q>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<who>(?:{PERSON_NOUNS})s|men|women|children|people)\b", re.IGNORECASE)
# "Two of the wounded men were taken to Mercy, and the other to St. Luke's", "three of the victims were found inside
# and the other outside", "four of the victims were in the car and the fifth victim on the sidewalk": a part of the
# people hit and the rest, all of them.
_PART_AND_REST = re.compile(
    rf"\b(?P<q>two|three|four|five|six|seven|eight|nine|\d{{1,2}})\s+of\s+the\s+(?:[\w-]+\s+)?(?P<who>victims|wounded|"
    rf"injured)\b[^.;]{{0,100}}?(?:,\s*|\s+)(?:and\s+|while\s+)?the\s+(?:(?P<nth>{_NTH})|other|remaining)"
    r"(?:\s+(?P<more>two|three|four|five|\d{1,2}))?(?:\s+(?:victim|man|woman|boy|girl|teen|teenager|person|one))?\s+"
    r"(?:was|were|is|are|had|has|remains?|died|suffered|managed|to|at|in|on)\b", re.IGNORECASE)
# "Rasoul and his daughter were killed", "the commander and his cousin were killed", "his driver and one of his
# guards were killed": two people.
_PAIR_PASSIVE = re.compile(
    r"\b(?:[A-Z][\w'-]+|[Tt]he (?:[\w'-]+ ){0,2}?[\w-]+|(?:[Hh]is|[Hh]er|[Tt]heir) (?:[\w'-]+ ){0,2}?[\w-]+(?= and one of)) and "
    r"(?:his|her|(?P<part>one of (?:his|her|their|the))) (?:[\w-]+ ){0,2}?[\w-]+ "
    r"(?:were|have been|had been) (?:\w+ )?(?P<verb>killed|shot dead|shot and killed|murdered|injured|wounded|"
    r"kidnapped|abducted|arrested|detained)\b")


# A plural passive whose subject lists people rather than counting them: "Ana Ruiz, 33, and Tom Hale, 28, were
# killed", "a mother and her son were found fatally shot", "a 31-year-old woman and a boy had been shot".
_PLURAL_PASSIVE = re.compile(r"\b(?:(?:were|have been|had been|are)\s+(?:(?!not\b)\w+\s+){0,2}?(?P<verb>shot and killed|shot dead|"
                             r"fatally shot|found dead|shot to death|killed|murdered|assassinated|massacred|slaughtered|pronounced dead|declared dead|dead|"
                             r"shot(?!\s+(?:out|at|up|down)\b)|wounded|"
                             r"injured|hurt|hospitali[sz]ed|grazed|(?:hit|struck) by (?:stray )?(?:gunfire|bullets|rounds)|"
                             r"taken to (?:[\w-]+ ){0,3}?hospitals?))\b",
                             re.IGNORECASE)
# "Ana Ruiz, Tom Hale and Jo Lin all suffered gunshot wounds": the people of the list, hit.
_PLURAL_SUFFERED = re.compile(r"\b(?:all\s+|both\s+)?(?P<verb>suffered|sustained)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:(?:gunshot|bullet|graze|stab)\s+(?:wounds|injuries)|injuries\s+from\s+(?:being\s+shot|gunfire|"
                              r"gunshots))\b", re.IGNORECASE)
_SUBJECT_BREAK = r"said|says|say|told|tells?|where|when|after|while|that|which|police|officials|were|was|killed|injured|wounded|shot|died"
_SUBJECT_START = re.compile(rf"(?:^|[.;:!?—]|\b(?:{_SUBJECT_BREAK})\b)(?:(?!\b(?:{_SUBJECT_BREAK})\b)[^.;:!?—])*$",
                            re.IGNORECASE)
_KIN_NOUNS = (r"mom|dad|mother|father|sons?|daughters?|wife|husband|sisters?|brothers?|nephew|niece|cousin|friend|girlfriend|"
              r"boyfriend|grandmother|grandfather|uncle|aunt|fianc[ée]e?|stepson|stepdaughter|grandson|granddaughter")
_PERSON_ITEM = re.compile(rf"\b(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|{_KIN_NOUNS}|children|grandchildren|kids)\b|"
                          r"\b\d{1,3}(?:-| )years?(?:-| )old\b|^\s*(?:he|she)\s*$|^\s*(?!(?:The|A|An|His|Her|Their|Its)\b)(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*)*)"
                          r"(?:,?\s*\d{1,3})?\s*$",
                          re.IGNORECASE)


# A name after the last item of a list, set off by a comma with no "and": the name of that item, not one more
# ("his wife and her 30-year-old cousin, Lia Ruiz, were shot" are two; a list's last item comes after "and").
_APPOSED_NAME = re.compile(r"(\band\s+(?:a|an|the|his|her|their|its|[\w'’-]+['’]s?)\s+(?:(?!and\b)[\w'’-]+\s+){0,3}?"
                           r"(?!and\b)[\w'’-]+),\s*(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*,?\s*$", re.IGNORECASE)


# Someone's relative or companion told by the word for them ("her brother", "Ana Ruiz's driver"): a name set off by
# commas right after it is theirs ("her brother, Tom, 19, and ..." is one person), not one more of the list.
_SOMEONES_PERSON = re.compile(rf"^(?:his|her|their|(?-i:[A-Z])[\w'’-]*['’]s?)\s+(?:[\w'’-]+\s+){{0,2}}?"
                              rf"(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|{_KIN_NOUNS})$", re.IGNORECASE)
_BARE_NAME = re.compile(r"^(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}(?:\s+\d{1,3})?$")
_LIST_SEPARATOR = re.compile(r"(,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)", re.IGNORECASE)


def _list_items(subject: str) -> list[str]:
    """The items of a list of people, a name set off by commas after someone's relative folded into them."""
    pieces = _LIST_SEPARATOR.split(subject.strip(" ,"))
    items, separators = pieces[0::2], pieces[1::2] + [","]
    out: list[str] = []
    for i, item in enumerate(items):
        if (out and _BARE_NAME.match(item.strip()) and _SOMEONES_PERSON.match(out[-1].strip())
                and separators[i - 1].strip() == "," and separators[i].startswith(",")):
            continue  # "her brother, Tom, 19," : her brother is Tom
        out.append(item)
    return [i for i in out if i.strip()]


def listed_people(subject: str) -> int:
    """How many people a subject lists ("X, 33, and Y, 28", "a mother and her son"); 0 unless it is a list of 2+."""
    subject = re.sub(r",\s*(\d{1,3})\s*(,|$)", r" \1\2", subject)  # "Ana Ruiz, 33, and" -> "Ana Ruiz 33, and"
    subject = _APPOSED_NAME.sub(r"\1", subject)  # "his wife and her cousin, Lia Ruiz,": the cousin's name
    items = _list_items(subject)
    items = [i for i in items if not re.match(r"\s*(?:of|from)\s", i)]  # "Ana Ruiz, 19, of Elmtown, and ...": where from
    # "none of the officers", "no bystanders": nobody, whatever the noun
    people = [i for i in items if _PERSON_ITEM.search(i) and not re.match(r"\s*(?:none|no|neither|nobody)\b", i, re.IGNORECASE)]
    return len(people) if len(items) >= 2 and len(people) == len(items) else 0


# A word or phrase that opens a sentence before its subject, set off by a comma ("Earlier, a guard and a cook were
# hurt", "Late Saturday, ...", "Meanwhile, ..."): no item of the list of people.
_LEADING_ADVERB = re.compile(
    rf"^(?:(?:earlier|later|late|early|last|this)\s+)?(?:{CALENDAR_WORD.pattern}|earlier|later|meanwhile|also|"
    r"however|then|previously|separately|elsewhere|overnight|yesterday|today|tonight|afterwards?|additionally|"
    r"tragically|sadly|unfortunately|instead|eventually|finally|initially|moments\s+later|hours\s+later|minutes\s+later|"
    r"in\s+(?:addition|the\s+meantime)|(?:this|that|last)\s+(?:morning|afternoon|evening|night|week|weekend))\s*,\s*",
    re.IGNORECASE)
# A place or time set before the subject ("On Monday, ...", "At the market, ..."): no item of the list either.
_LEADING_SETTING = re.compile(r"^(?:on|in|at|near|outside|inside|during|around|about|by|across|along)\s+[^,]{1,50},\s*",
                              re.IGNORECASE)


def _listed_subjects(text: str, *, offset: int, found: list[CountMention]) -> list[CountMention]:
    out = []
    for m in (*finditer_gated(_PLURAL_PASSIVE, text), *finditer_gated(_PLURAL_SUFFERED, text)):
        told = [c for c in found if c.verb_end == offset + m.end() or c.start <= offset + m.start() < c.end]
        head = _SUBJECT_START.search(text[max(0, m.start() - LOOK_BACK):m.start()])
        subject = re.sub(rf"^(?:[.;:!?—]|\b(?:{_SUBJECT_BREAK})\b)?[\s,]*(?:and\s+)?", "", head.group(0).strip(),
                         flags=re.IGNORECASE) if head else ""
        subject = _LEADING_SETTING.sub("", _LEADING_ADVERB.sub("", subject))  # "Earlier, a guard and a cook were hurt": two
        bare = re.sub(r",\s*\d{1,3}\s*(?=,|\s+and\b|$)|\b\d{1,3}(?:-| )years?(?:-| )old\b", "", subject)
        n = listed_people(subject) if subject and not quantity_regex().search(bare) else 0
        if any(c.count.best > 1 for c in told) or (told and n <= len(told)):
            continue  # the numbers read at this verb say it ("two men and a woman were shot")
        for one in told:  # "the teenage victim and a 30-year-old man were shot": the man is one of the two
            one.subset = True
        if n >= 2:
            verb = m.group("verb").lower()
            outcome = _VERB_OUTCOME.get(verb, "killed" if "dead" in verb else "hit")
            out.append(CountMention(outcome="hit" if outcome == "injured" else outcome,
                                    count=exact_count(n, subject),  # "... were also shot": besides those told
                                    victims=f"other {subject}" if re.search(r"\balso\b", m.group(0), re.IGNORECASE) else subject,
                                    start=offset + max(text.rfind(subject, 0, m.start()), 0), end=offset + m.end(),
                                    verb_end=-1 if told else offset + m.end()))
    return out


# "also" before a passive's auxiliary, as reporters often place it: "Jo Lin, 52, also was found dead".
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.IGNORECASE)
# Where the subject of a passive starts: "Civil Hospital, where he | was pronounced dead".
_SUBJECT_CUT = re.compile(r"[,;:]|\b(?:where|when|which|that|after|before|while|and|but|as|then)\b", re.IGNORECASE)


# A name and what the person is, between commas, before a passive: "Tom Hale, the leader of the union, | was killed".
_NAME_THEN_APPOSITION = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}),\s+(?:the|a|an|one of|"
                                   r"his|her|their)\s[^,;()]{1,80},\s*$", re.IGNORECASE)


# A person's noun and age between commas before a passive: "a cook, 30, | was shot dead".
_NOUN_THEN_AGE = re.compile(r"\b(?P<noun>(?-i:[a-z])[\w'’-]*),\s*(?P<age>\d{1,3}),\s*$")
# A relative clause between a subject and its verb: "(a teenager) who was standing nearby (was struck)".
_RELATIVE_BEFORE_VERB = re.compile(r",?\s*\bwho\s+(?:was|were|is|had\s+been)\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)


def _passive_subject(before: str) -> str:
    """The last few words before a singular passive, from its clause's start: "Khan, who | was shot" is Khan,
    "taken to a clinic, where he | was pronounced dead" is he, "Tom Hale, the leader of the union, | was killed" is
    Tom Hale."""
    if named := _NAME_THEN_APPOSITION.search(before):
        return named.group("name")
    if aged := _NOUN_THEN_AGE.search(before):  # "a cook, 30, | was shot dead": the 30-year-old cook
        return f"{aged.group('age')}-year-old {aged.group('noun')}"
    if relative := _RELATIVE_BEFORE_VERB.search(before):
        # "a teenager who was standing nearby | was struck": the teenager
        before = before[:relative.start()] + " "
    words = re.search(r"((?:[\w'’-]+,?\s+){0,4})$", before)
    text = re.sub(r",?\s*\bwho\s*$", "", words.group(1) if words else "", flags=re.IGNORECASE)
    pieces = [piece.strip() for piece in _SUBJECT_CUT.split(text)]
    return next((piece for piece in reversed(pieces) if piece), "")


def _quantity_in(m: re.Match[str]) -> Count | None:
    """The number a rule's ``q`` group wrote ("five", "at least 3")."""
    q = quantity_regex().match(m.group("q"))
    return parse_quantity(q) if q else None


def implicit_singulars(text: str, *, offset: int, found: list[CountMention]) -> list[CountMention]:
    """Victims a clause counts by phrase, besides the numbered ones in ``found``."""
    out: list[CountMention] = []
    _one_by_one(text, offset=offset, found=found, out=out)
    _identified_victims(text, offset=offset, found=found, out=out)
    _group_deaths(text, offset=offset, found=found, out=out)
    out.extend(_listed_subjects(text, offset=offset, found=found + out))
    _objects_by_verb(text, offset=offset, found=found, out=out)
    _names_by_verb(text, offset=offset, found=found, out=out)
    _perpetrator_deaths(text, offset=offset, found=found, out=out)
    _one_wounded_beside_dead(text, offset=offset, found=found, out=out)
    return out


# "his driver was killed and his bodyguard wounded": one more person, told hurt with no verb of their own after the
# dead of the clause (with an article, "and a boy wounded", the number rules read it already)
_AND_ONE_WOUNDED = re.compile(
    rf"\band\s+(?:(?:his|her|their|the|(?-i:[A-Z][\w-]+)['’]s)\s+(?:[\w'-]+\s+){{0,2}}?(?:{PERSON_NOUNS}|{VICTIM_NOUNS})|"
    # "left one dead and another critically hurt"
    r"another|one\s+other|a\s+second)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE)
# "Two guards died at the gate and a third in hospital": the dead told by the rank of the last of them.
_AND_AN_NTH_DEAD = re.compile(r"\b(?:died|were\s+(?:killed|pronounced\s+dead))\b[^.;]{0,40}?\band\s+a\s+"
                              rf"(?P<nth>{'|'.join(_ORDINALS)})\s+(?:[\w-]+\s+)?"
                              r"(?:at|in|on|later|after|while|en\s+route)\b", re.IGNORECASE)


# "killing two people and wounding a third": one more, hurt, numbered by the rank after the dead.
_AND_AN_NTH_HURT = re.compile(r"\b(?:wounding|injuring|hurting|wounded|injured)\s+(?:a|an)\s+"
                              rf"(?P<nth>{'|'.join(_ORDINALS)})(?!\s+(?:time|round|shot|bullet|blast|attack|"
                              r"bomb|explosion|grenade|one\s+of)\b)", re.IGNORECASE)


def _one_wounded_beside_dead(text: str, *, offset: int, found: list[CountMention], out: list[CountMention]) -> None:
    for m in finditer_gated(_AND_AN_NTH_HURT, text):
        n = _ordinal(m.group("nth"))
        if not _covered(offset + m.start("nth"), found + out) and any(
                c.outcome == "killed" and c.count.best == n - 1 and c.end <= offset + m.start() for c in found + out):
            mention = phrase_mention("hit", 1, m, offset=offset, victims=m.group(0))
            mention.besides_dead = True
            out.append(mention)
    for m in finditer_gated(_AND_ONE_WOUNDED, text):
        if _covered(offset + m.start(), found + out):
            continue
        if any(c.outcome == "killed" and c.end <= offset + m.start() for c in found + out):
            mention = phrase_mention("hit", 1, m, offset=offset, victims=m.group(0))
            mention.besides_dead = True
            out.append(mention)
    for m in finditer_gated(_AND_AN_NTH_DEAD, text):
        n = _ordinal(m.group("nth"))
        if any(c.outcome == "killed" and c.count.best == n - 1 and c.end <= offset + m.start("nth") for c in found + out):
            out.append(CountMention(outcome="killed", count=exact_count(n, m.group("nth")), victims="",
                                    start=offset + m.start("nth"), end=offset + m.end("nth")))


# "Those hurt were identified as Ana Ruiz, 61, Tom Hale, 19, and Jo Lin, 40", "identified the dead as ...": the
# people of the list; dead when the list says so ("..., who all died") or names the dead, hit otherwise.
_IDENTIFIED = re.compile(r"\b(?:(?P<who1>victims|dead|deceased|wounded|injured)\s+(?:[\w-]+\s+){0,3}?(?:were|have been|had been)\s+"
                         r"(?:\w+\s+)?identified\s+as|identified\s+the\s+(?:\w+\s+)?(?P<who2>victims|dead|deceased|wounded|injured)"
                         r"\s+as)\s+(?P<list>[^.;:]+?)(?P<end>,?\s+(?:who|whom|all of whom|both of whom)\b[^.;]*|[.;:]|$)",
                         re.IGNORECASE)


def _counted_at(position: int, n: int, told: list[CountMention]) -> bool:
    """A mention spanning ``position`` already counts at least ``n`` people."""
    return any(c.count.best >= n and c.start <= position < c.end for c in told)


def _covered(position: int, told: list[CountMention]) -> bool:
    """A mention spans ``position``: the words there are counted already."""
    return any(c.start <= position < c.end for c in told)


def _meant(text: str, start: int) -> bool:
    """The verb at ``start`` tells an aim, not a deed: "the intent to kill", "for the purpose of killing"."""
    return tells_aim(text[max(0, start - 40):start], text[start:start + 20])


def _identified_victims(text: str, *, offset: int, found: list[CountMention], out: list[CountMention]) -> None:
    for m in finditer_gated(_IDENTIFIED, text):
        n = listed_people(m.group("list"))
        if n < 2 or _counted_at(offset + m.start("list"), n, found + out):
            continue
        who = (m.group("who1") or m.group("who2")).lower()
        dead = who in ("dead", "deceased") or re.search(r"\b(?:died|killed|dead)\b", m.group("end"), re.IGNORECASE)
        outcome = "killed" if dead else "injured" if who in ("wounded", "injured") else "hit"
        out.append(CountMention(outcome=outcome, count=exact_count(n, m.group("list")), victims=m.group("list"),
                                start=offset + m.start(), end=offset + m.end("list")))


# A headline's bare noun and participle: "Cyclist's son, teen, killed on ferry", "Police say teen wounded", "Family
# claims man found dead in park was a burglar": one person.
_HEADLINE_SINGULAR = re.compile(
    # ("Police identify victim killed in shooting": the one person named)
    r"(?:^|\b(?i:says|said|say|claims?|claimed|identif(?:y|ies|ied)|names?)\s+|[:|—–]\s*)"
    r"(?:(?!(?:The|A|An|His|Her)\b)[A-Z][\w'’.-]*\s+){0,2}?"
    r"(?i:man|woman|teen|teenager|boy|girl|child|toddler|baby|person|driver|officer|deputy|trooper|clerk|student|"
    r"victim)\s+"
    r"(?:(?!(?i:fatally|mortally)\b)(?i:\w+ly)\s+)?(?P<verb>(?i:fatally shot|shot dead|shot and killed|shot to death|"
    r"killed|slain|found dead|shot|wounded|injured|hurt))\b"
    r"(?!\s+(?i:his|her|their|a|an|the|him|them|two|three|four|and killed|and wounded)\b|,?\s+(?i:killed|dies|died)\b)"
    r"(?!(?<=shot)(?<!fatally shot)(?<!mortally shot)\s+(?i:at)\b)")  # "man shot at police": he fired


def _one_by_one(text: str, *, offset: int, found: list[CountMention], out: list[CountMention]) -> None:
    """One or two people at a time: "was shot", "shot and killed Naimatullah", "Rasoul and his daughter were
    killed", "found three men shot", "sent four people to the hospital", "and another injured"."""
    for m in finditer_gated(_PAIR_PASSIVE, text):
        outcome = _VERB_OUTCOME[m.group("verb").lower()]
        same = [c for c in found + out if c.outcome == outcome]
        # "one of his guards were killed", read alone, is the second of the pair: the pair replaces it
        inside = [c for c in same if offset + m.start() <= c.start and c.end <= offset + m.end()]
        if same and not (m.group("part") and inside == same and not quantity_regex().search(m.group(0), 0, m.start("part") - m.start())):
            continue
        for c in inside:
            (found if c in found else out).remove(c)
        out.append(phrase_mention(outcome, 2, m, offset=offset))
    for m in finditer_gated(_LEFT_ONE_DEAD, text):  # "the shooting that left 12-year-old Ana Ruiz dead"
        if not any(c.outcome == "killed" and c.start <= offset + m.start("who") < c.end for c in found + out):
            out.append(phrase_mention("killed", 1, m, offset=offset, victims=m.group("who")))
    for m in finditer_gated(_SHOT_OBJECTS, text):
        objects = m.group("objects")  # ("shot her and her sister": the one told before and the sister)
        pronoun = re.match(_ONE_PRONOUN, objects, re.IGNORECASE)
        n = bool(pronoun) + len(re.findall(_A_PERSON, objects[pronoun.end() if pronoun else 0:], re.IGNORECASE))
        if not _counted_at(offset + m.start("objects"), n, found + out):
            out.append(phrase_mention("hit", n, m, offset=offset, victims=m.group("objects")))
    for m in finditer_gated(_HEADLINE_SINGULAR, text):
        verb = m.group("verb").lower()
        outcome = _VERB_OUTCOME.get(verb, "killed" if verb == "slain" else "hit")
        if not any(c.outcome == outcome for c in found + out):
            out.append(phrase_mention(outcome, 1, m, offset=offset))
    for m in finditer_gated(_SHOT_NAME, text):
        if not _meant(text, m.start()) and not _covered(offset + m.start(), found + out):
            n = 1 + len(re.findall(r"\band\s", m.group("more")))
            out.append(phrase_mention("killed" if m.group("dead") else "hit", n, m, offset=offset))
    for m in finditer_gated(_ACTIVE_SINGULAR, text):
        outcome = _VERB_OUTCOME.get(m.group("verb").lower(), "killed")
        if _meant(text, m.start()):
            continue
        if m.group("verb").lower() in ("wounded", "injured") and (
                _PASSIVE_BEFORE.search(text, 0, m.start()) or _CALENDAR_NAME.match(text, m.end("verb"))):
            continue  # "was wounded Sunday", "the injured Tom": no active verb with a person as its object
        if not any(c.outcome == outcome for c in found + out):
            out.append(phrase_mention(outcome, 1, m, offset=offset))
    for m in finditer_gated(_TAKEN_ONE, text):
        if not _meant(text, m.start()) and not any(c.outcome == "abducted" for c in found + out):
            out.append(phrase_mention("abducted", 1, m, offset=offset))
    for m in finditer_gated(_FOUND_SHOT, text):
        count = _quantity_in(m)
        if count is not None and not _covered(offset + m.start("q"), found + out):
            out.append(CountMention(outcome="hit", count=count, victims="", start=offset + m.start(), end=offset + m.end()))
    for m in finditer_gated(_PART_AND_REST, text):
        n = _ordinal(m.group("nth")) if m.group("nth") else word_to_int(m.group("q")) + (
            word_to_int(m.group("more")) if m.group("more") else 1)
        if not _counted_at(offset + m.start("q"), n, found + out):
            out.append(CountMention(outcome="injured" if m.group("who").lower() != "victims" else "hit",
                                    count=exact_count(n, m.group("q")), victims=m.group("who"),
                                    start=offset + m.start(), end=offset + m.end()))
    for m in finditer_gated(_VICTIMS_APPOSED, text):
        count = _quantity_in(m)
        if count is not None and not _covered(offset + m.start("q"), found + out):
            out.append(CountMention(outcome="hit", count=count, victims=m.group("who"), start=offset + m.start("q"),
                                    end=offset + m.end()))
    for m in finditer_gated(_SINGULAR_PASSIVE, text):
        before = text[max(0, m.start() - LOOK_BACK):m.start()]
        if _NOBODY_BEFORE.search(before) or UNHARMED.search(before[-60:]):
            continue  # "no one else was hurt", "the child, unharmed by the gunfire, was taken to a hospital"
        if any(c.start <= offset + m.start() < c.end or c.verb_end == offset + m.end() for c in found):
            continue
        verb = m.group("verb").lower()  # taken to hospital, in critical condition: hit; in stable condition: wounded
        outcome = _VERB_OUTCOME.get(verb, "injured" if re.search(r"\b(?:stable|fair|good)\b", verb) else "hit")
        # "her boyfriend was also shot", "her boyfriend also was shot": one more
        also_before = _ALSO_BEFORE.search(before)
        also = bool(re.search(r"\balso\b", m.group(0), re.IGNORECASE) or also_before)
        newcomer = outcome == "hit" and (also or re.search(r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}$", before,
                                                           re.IGNORECASE))
        same = [c for c in found + out if c.outcome == outcome]
        # "a ranger was killed at the gate and two of his colleagues were also killed": those told after it are more
        first_of_more = bool(same) and all(c.also and c.start >= offset + m.end() for c in same)
        if same and not newcomer and not first_of_more:
            continue  # "another waiter was grazed" is one more victim; "he was hurt" is the one already counted
        victims = _passive_subject(before[:also_before.start()] if also_before else before)
        if verb.startswith(("hit ", "struck ")) and (not _PERSON_SUBJECT.search(victims) or _THING_STRUCK.search(victims)):
            continue  # "the car was hit by a bullet", "a Marlow County cruiser took a round": a thing, not a person
        if re.fullmatch(_BY_HAND, verb) and (_NOT_A_PERSON.search(victims) or re.search(r"\bwhich\s*$", before)):
            continue  # "a stray dog, which was beaten to death": only people are counted
        out.append(phrase_mention(outcome, 1, m, offset=offset,
                                  victims=f"another {victims}" if also and outcome in ("hit", "killed") else victims))
    for m in finditer_gated(_NAMED_WOUNDED, text):
        if not _covered(offset + m.start(), found + out):
            out.append(phrase_mention("hit", 1, m, offset=offset, victims=m.group("who")))
    for m in finditer_gated(_WALKED_IN, text):
        count = _quantity_in(m)
        if count is not None and not _covered(offset + m.start("q"), found + out):
            out.append(CountMention(outcome="hit", count=count, victims=text[m.end("q"):m.end()].strip(),
                                    start=offset + m.start(), end=offset + m.end()))
    for m in finditer_gated(_ONE_WALKED_IN, text):
        if not _covered(offset + m.start(), found + out):
            out.append(phrase_mention("hit", 1, m, offset=offset, victims=m.group(0).split()[1]))
    for m in finditer_gated(_SENT_TO_HOSPITAL, text):
        count = _quantity_in(m)
        if count is not None and not any(c.outcome == "hit" for c in found + out):
            out.append(CountMention(outcome="hit", count=count, victims="", start=offset + m.start(), end=offset + m.end()))
    for m in finditer_gated(_ORDINAL_HIT, text):
        n = _ordinal(m.group("nth") or m.group("nth2") or m.group("nth3") or m.group("nth4"))
        out.append(CountMention(outcome="hit", count=exact_count(n, str(n)), victims="", start=offset + m.start(),
                                end=offset + m.end()))
        if more := _AND_NEXT.match(text, m.end(), m.end() + LOOK_BACK):  # "... and a fourth at the clinic"
            n = _ordinal(more.group("nth"))
            out.append(CountMention(outcome="hit", count=exact_count(n, str(n)), victims="", start=offset + more.start(),
                                    end=offset + more.end()))
    for m in (*finditer_gated(_AND_OTHERS, text), *finditer_gated(_HEADLINE_AND_OTHERS, text),
              *finditer_gated(_AND_FAMILY, text),
              *finditer_gated(_OTHERS_AND_KIN, text)):  # one person and a number more, or a number and one more
        n = 1 if m.groupdict().get("one") else word_to_int(m.group("q"))
        outcome = "killed" if m.groupdict().get("deaths") else _VERB_OUTCOME.get(m.group("verb").lower(), "killed")
        if n:
            heads = 2 if m.groupdict().get("couple") else 1  # "a couple and their two children": four
            # (not "others": one group; "a woman and her son": who they are, people of a kind)
            who = text[m.start():m.start("verb")].strip() if m.groupdict().get("one") and m.group("verb") else ""
            out.append(CountMention(outcome="hit" if outcome == "injured" else outcome,
                                    count=exact_count(n + heads, f"{m.group('q') or 'one'} + {heads}"), victims=who,
                                    start=offset + m.start(), end=offset + m.end()))
    for m in finditer_gated(_INVERTED, text):
        count = _quantity_in(m)
        if count is not None and not _covered(offset + m.start("q"), found + out):
            outcome = _VERB_OUTCOME[m.group("verb").lower()]
            out.append(CountMention(outcome=outcome, count=count, victims="", start=offset + m.start(), end=offset + m.end()))
    for m in finditer_gated(_INVERTED_ONE, text):
        if not _covered(offset + m.start("who"), found + out):
            outcome = _VERB_OUTCOME[m.group("verb").lower()]
            who = m.group("who")
            out.append(phrase_mention(outcome, 1, m, offset=offset,
                                      victims=f"another {who}" if m.group("also") else who))
    for m in finditer_gated(_INVERTED_LIST, text):  # "Also killed were Ana Ruiz, 22, and Tom Hale, 25"
        who = m.group("who").strip(" ,")
        if not _covered(offset + m.start("who"), found + out) and (n := listed_people(who)) >= 2:
            outcome = _VERB_OUTCOME[m.group("verb").lower()]
            out.append(CountMention(outcome="hit" if outcome == "injured" else outcome, count=exact_count(n, who),
                                    victims=f"other {who}" if m.group("also") else who, start=offset + m.start(),
                                    end=offset + m.end("who")))
    for m in finditer_gated(_FOUND_ONE_DEAD, text):  # "where police found him dead"
        if not _covered(offset + m.start(), found + out):
            out.append(phrase_mention("killed", 1, m, offset=offset, victims=m.group("who")))
    for m in finditer_gated(_HEADLINE_PAIR, text):
        verb = m.group("verb").lower()
        outcome = "hit" if verb == "shot" else "injured" if verb in ("wounded", "injured", "hurt") else "killed"
        if not _covered(offset + m.start(), found + out):
            out.append(CountMention(outcome=outcome, count=exact_count(2, "2"), victims="", start=offset + m.start(),
                                    end=offset + m.end()))
    for m in finditer_gated(_SHOT_ALONG_WITH, text):
        n = 2 if m.group("q").lower() == "both" else word_to_int(m.group("q"))
        if n:
            out.append(CountMention(outcome="hit", count=exact_count(n + 1, f"{m.group('q')} + 1"), victims="",
                                    start=offset + m.start(), end=offset + m.end()))
    for m in finditer_gated(_ALONG_WITH, text):  # the one the verb tells of and the one along with them
        out.append(CountMention(outcome="killed", count=exact_count(2, "2"), victims="", start=offset + m.start(),
                                end=offset + m.end()))
    for m in finditer_gated(_ANOTHER_HURT, text):
        out.append(phrase_mention("hit", 1, m, offset=offset, victims="others"))
    for m in finditer_gated(_ANOTHER_OBJECT, text):
        if not _covered(offset + m.start(), found + out):
            out.append(phrase_mention("hit", 1, m, offset=offset, victims="another"))
    for m in finditer_gated(_THE_OTHER_HURT, text):  # counted as one more only after one person (tolls)
        if not _covered(offset + m.start(), found + out):
            out.append(phrase_mention("hit", 1, m, offset=offset, victims=m.group("who")))


def _group_told_dead(m: re.Match[str], *, offset: int) -> CountMention:
    """The group counted just before, told dead by a pronoun ("they died", "killed them"): as many as that group
    (``tolls.group_size``), two at least."""
    mention = phrase_mention("killed", 2, m, offset=offset, subset=True)
    mention.group = True
    return mention


def _group_deaths(text: str, *, offset: int, found: list[CountMention], out: list[CountMention]) -> None:
    """Deaths told of a group or in the incident's name: "both men died", "they were pronounced dead", "a double
    homicide", "found X and Y dead", "five shot, one fatally", "died"."""
    for m in finditer_gated(_GROUP_DIED, text):
        n = 2 if m.group("n") is None else word_to_int(m.group("n"))
        if n and not any(c.outcome == "killed" for c in found + out):
            out.append(phrase_mention("killed", n, m, offset=offset, subset=True))
    for m in finditer_gated(_THEY_DIED, text):
        if not any(c.outcome == "killed" for c in found + out):
            out.append(_group_told_dead(m, offset=offset))
    for m in finditer_gated(_KILLED_THEM, text):
        if not any(c.outcome == "killed" for c in found + out) and any(
                c.outcome in ("abducted", "hit", "injured") and c.end <= offset + m.start() for c in found):
            out.append(_group_told_dead(m, offset=offset))
    for m in finditer_gated(_MURDER_SUICIDE, text):
        if not any(c.outcome == "killed" for c in found + out):
            # (the incident's whole toll, not more dead beside those the report counts: "the deaths of a couple ...
            # as a possible murder-suicide" are two)
            out.append(phrase_mention("killed", (_MULTIPLE[m.group("n").lower()] if m.group("n") else 1) + 1, m,
                                      offset=offset, subset=True))
    for m in finditer_gated(_MULTIPLE_INCIDENT, text):
        dead = bool(m.group("fatal")) or not m.group("what").lower().startswith(("shooting", "stabbing"))
        outcome = "killed" if dead else "hit"
        if not any(c.outcome == outcome for c in found + out):
            out.append(phrase_mention(outcome, _MULTIPLE[m.group("n").lower()], m, offset=offset))
    # the long pattern only where its key words are (a quick test first: it starts at every word)
    for m in finditer_gated(_DEADLY_INCIDENT, text) if _DEADLY_WORD.search(text) else ():
        if not any(c.outcome == "killed" for c in found + out):
            out.append(phrase_mention("killed", 1, m, offset=offset))
    for m in finditer_gated(_FOUND_LIST, text):
        n = listed_people(m.group("who"))
        outcome = "killed" if m.group("dead") else "hit"
        if n >= 2 and not any(c.outcome == outcome and c.start <= offset + m.start("who") < c.end for c in found + out):
            who = m.group("who").strip()
            out.append(CountMention(outcome=outcome, count=exact_count(n, who), victims=who,
                                    start=offset + m.start("who"), end=offset + m.end()))
    for m in finditer_gated(_ORDINAL_DIED, text):  # "a seventh victim has died": the toll is now at least seven
        n = _ordinal(m.group("nth"))
        out.append(CountMention(outcome="killed", count=exact_count(n, str(n)), victims="", start=offset + m.start(),
                                end=offset + m.end()))
    for m in finditer_gated(_KILLED_KIN, text):
        n = word_to_int(m.group("n"))
        if n and not any(c.outcome == "killed" and c.count.best >= n + 1 for c in found + out):
            out.append(phrase_mention("killed", n + 1, m, offset=offset))
    for m in finditer_gated(_KIN_GROUP, text):
        outcome = "killed" if m.group("killed") or m.group("to_death") else "injured" if m.group("hurt") else "hit"
        n = len(re.findall(r"\d+", m.group("ages"))) if m.group("ages") else 2
        if not any(c.outcome == outcome and offset + m.start() <= c.start < offset + m.end() for c in found + out):
            out.append(phrase_mention(outcome, n, m, offset=offset, victims=m.group("kin")))
    for m in finditer_gated(_FATALLY, text):
        n = word_to_int(m.group("n"))
        if n and not any(c.outcome == "killed" for c in found + out):
            # "six people were wounded, two fatally": a part of those told, who died of their wounds
            out.append(phrase_mention("killed", n, m, offset=offset, subset=True, victims="of them fatally"))
    for m in finditer_gated(_KILLED_PRONOUN, text):  # the victim told before: "walked up to him and killed him"
        if not any(c.outcome == "killed" for c in found + out):
            out.append(phrase_mention("killed", 1, m, offset=offset))
    for m in finditer_gated(_SINGULAR_DIED, text):
        if _NOBODY_BEFORE.search(text[max(0, m.start() - LOOK_BACK):m.start()]):
            continue  # "none of the victims died"
        if not any(c.outcome == "killed" for c in found + out):
            later = re.search(r"\b(?:later|since|eventually|subsequently)\s+$", text[max(0, m.start() - 20):m.start()],
                              re.IGNORECASE)  # "Ruiz later died": a death after the first toll (``tolls.shot_toll``)
            # "a cook was also hit by the burst and later died in surgery": one more dead
            also = later and _ALSO_HIT.search(text[max(0, m.start() - LOOK_BACK):m.start()])
            # "one of the guests, hit in the chest, later died": a part of the people counted before
            part = later and _ONE_OF_BEFORE.search(text, max(0, m.start() - LOOK_BACK), m.start())
            # "The suspect, whose name was not released, died at the scene": who died, told as the subject
            subject = _ATTACKER_SUBJECT.match(text, 0, m.start())
            out.append(phrase_mention("killed", 1, m, offset=offset, subset=bool(part),
                                      victims="of them later" if part else "another later" if also else
                                      "later" if later else subject.group("who") if subject else ""))


_ATTACKER_SUBJECT = re.compile(rf"^\W*(?:the|a|an|one|that)\s+(?:[\w-]+\s+)?(?P<who>{ONE_ATTACKER})\b[^.;]*$",
                               re.IGNORECASE)
_ONE_OF_BEFORE = re.compile(r"(?:^|[.;:]\s*)\W*(?:one|1) of (?:the|them|those|these)\b[^.;:]*$", re.IGNORECASE)
# One person brought in as also hit, before "he later died" in the same clause.
_ALSO_HIT = re.compile(r"^\W*(?:an?|one)\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:who\s+)?(?:was\s+)?also\s+(?:suffered|sustained|shot|"
                       r"wounded|hit|struck|injured)\b", re.IGNORECASE)


# The attacker's own death, which counts in the toll as ACLED, GTD and gun-violence tallies count it: "then killed
# himself", "turned the gun on himself", "the gunman was shot and killed by police", "officers returned fire,
# killing him". Told as one more death ("another perpetrator"), not as one of the victims.
_SELF_KILLED = re.compile(
    r"\b(?:killed|killing|fatally shot|fatally shooting)\s+(?:him|her)self\b|\bshot\s+(?:him|her)self\s+to death\b|"
    r"(?<!tried to )(?<!trying to )(?<!attempted to )(?<!attempting to )(?<!attempt to )(?<!threatened to )"
    r"(?<!threatening to )\bt(?:ook|ake|akes|aking)\s+(?:his|her)\s+own\s+life\b|"
    # "shot two clerks before he was shot dead"; "he turned 21 shortly before he was killed" is the victim's own life
    r"(?<!shortly )(?<!just )(?<!moments )(?<!minutes )(?<!hours )(?<!days )(?<!weeks )(?<!months )(?<!years )"
    r"\bbefore\s+(?:he|she)(?:\s+(?:died|dies|(?:was|is|gets|got)\s+(?:killed|shot dead|fatally shot|(?:later\s+)?found\s+dead))|"
    r"['’]s\s+(?:killed|shot dead|fatally shot))\b|\bturn(?:ed|ing)\s+(?:the|a|his|her)\s+(?:[\w-]+\s+)?(?:gun|weapon|rifle|"
    r"pistol|shotgun|handgun|revolver)\s+on\s+(?:him|her)self\b(?![^.]{0,80}\b(?:critical|surviv|hospital|injur|wound))|"
    r"\b(?:died|dead)\s+(?:of|from|following|after)\s+(?:an?\s+)?(?:apparent\s+|possible\s+)?self-inflicted\b|"
    r"\b(?:died|dead),?\s+by\s+(?:his|her)\s+own\s+hand\b|"
    r"\bkilled\s+(?:him|her)self\b", re.IGNORECASE)
# ... told after the killing of the others, its own part the death: "killed his wife and then himself", a headline's
# list ("Man kills wife, her son, himself"), "killed two before shooting himself" (as a murder-suicide is told; a man
# who wounded them before shooting himself may live)
_KILLED_THEN_SELF = re.compile(
    r"\b(?:killed|killing|kills|murdered|murders|fatally\s+(?:shot|shooting|shoots)|shot\s+dead|shoots\s+dead)\s+"
    r"[^.;:]{1,80}?(?P<own>\b(?:before|then)\s+(?:fatally\s+)?(?:shooting|shot|shoots|killing|kills|killed|"
    r"turning\s+the\s+(?:gun|weapon)\s+on)\s+(?:him|her)self\b|\bthen\s+(?:him|her)self\b|"
    r"(?<=,)\s+(?:and\s+)?(?:him|her)self\b)",
    re.IGNORECASE)
_BY_POLICE = r"(?:police|officers?|deputies|deputy|troopers?|agents?|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:officer|deputy|trooper|agent|police))"
# ... and the forces told ending an attack on the one man who made it ("before special forces killed him")
_ENDED_BY = rf"(?:{_BY_POLICE}|(?:special|security)\s+forces|commandos)"
_PERPETRATOR = r"(?:suspect|gunman|shooter|assailant|attacker|robber|he|she)"
_KILLED_BY_POLICE = re.compile(
    rf"\b{_PERPETRATOR}\s+(?:[\w,'’-]+\s+){{0,4}}?(?:was|were)\s+(?:later\s+|eventually\s+|then\s+)?(?:shot and killed|fatally shot|"
    rf"killed|shot dead|shot to death)\s+by\s+{_BY_POLICE}\b|"
    rf"\b{_BY_POLICE}\s+(?:\w+\s+){{0,2}}?(?:shot and killed|fatally shot|killed|shot dead)\s+(?:the\s+)?"
    rf"(?:suspect|gunman|shooter|assailant|attacker|robber)\b|"
    rf"\b{_ENDED_BY}\s+(?:\w+\s+){{0,2}}?(?:shot and killed|fatally shot|killed|shot dead)\s+(?:him|her)\b|"
    # "... until officers stormed the club and killed him"
    rf"\b{_ENDED_BY}\s+(?:[\w'’-]+\s+){{1,5}}?and\s+(?:shot and killed|fatally shot|killed|shot dead)\s+(?:him|her)\b|"
    # "before he was tackled by passers-by and shot dead by police"
    rf"\b(?:he|she|the\s+(?:suspect|gunman|shooter|assailant|attacker))\s+was\s+(?:[\w'’-]+\s+){{1,8}}?and\s+"
    rf"(?:shot and killed|fatally shot|killed|shot dead)\s+by\s+{_ENDED_BY}\b|"
    # "before police shot him dead"
    rf"\b{_ENDED_BY}\s+(?:\w+\s+){{0,2}}?shot\s+(?:him|her|the\s+(?:suspect|gunman|shooter|assailant|attacker|robber))\s+dead\b|"
    r"\b(?:returned fire|fired back|opened fire|shot back),\s+(?:fatally\s+)?(?:killing|striking and killing)\s+(?:him|her|the\s+"
    r"(?:suspect|gunman|shooter|assailant|attacker|robber))\b|"
    r"\b(?:returned fire|fired back|shot back)\s+and\s+(?:fatally shot|shot and killed|killed)\s+(?:him|her|the\s+"
    r"(?:suspect|gunman|shooter|assailant|attacker|robber))\b|"
    rf"\bbefore\s+being\s+(?:fatally shot|shot and killed|shot dead|killed)\s+by\s+{_BY_POLICE}\b|"
    # "a gunman fatally shooting two deputies and being killed in a shootout": the one who shot
    r"\b(?:shooting|killing|wounding)\s+[^.;]{1,80}?\s+and\s+(?:then\s+)?being\s+(?:fatally shot|shot and killed|shot dead|"
    r"killed)\b|"
    rf"\b{_PERPETRATOR}\s+(?:[\w,'’-]+\s+){{0,4}}?died\s+(?:after|when)\s+(?:being\s+|(?:he|she)\s+was\s+)?shot\s+by\s+{_BY_POLICE}\b|"
    # "a suspect has been killed too", "troopers shot at the robber, who was later pronounced dead"
    # ... and told with an aside: "the lone gunman, a former student, was killed"
    r"\b(?:the|one|a)\s+(?:suspected\s+|lone\s+)?(?:suspect|gunman|shooter|assailant|attacker|robber)"
    r"(?:,\s+who|,\s+[^,.;]{1,60},)?\s+"
    r"(?:was|has been|had been)\s+(?:later\s+)?(?:shot and killed|fatally shot|killed|shot dead|shot to death|"
    r"pronounced dead|found dead)\b",
    re.IGNORECASE)
_INCLUDING_ATTACKER = re.compile(r"\bincluding\s+(?:the\s+)?(?:suspected\s+)?(?:gunman|shooter|suspect|attacker|assailant|"
                                 r"(?:him|her)self)\b", re.IGNORECASE)


_ONE_OF_THEM = re.compile(r"\bone of (?:the|them|those|these)\b", re.IGNORECASE)


def _perpetrator_deaths(text: str, *, offset: int, found: list[CountMention], out: list[CountMention]) -> None:
    if _INCLUDING_ATTACKER.search(text):
        return  # "five were killed, including the gunman": the count has him already
    spans = [(*m.span(), True) for m in (*finditer_gated(_SELF_KILLED, text), *finditer_gated(_KILLED_BY_POLICE, text))]
    spans += [(*m.span("own"), False) for m in finditer_gated(_KILLED_THEN_SELF, text)]
    for start, end, may_be_told in sorted(spans):
        told = [c for c in found + out if c.outcome == "killed" and c.count.best == 1
                and c.start < offset + end and offset + start < c.end]
        # ("before he was killed" may be a victim told before; "before shooting himself" is the killer's own death)
        before = may_be_told and (text[start:end].lower().startswith("before")
                                  or bool(_ONE_OF_THEM.search(text, 0, start)))
        if told:  # "he was shot and killed by police", read as one death already: it is the attacker's
            for c in told:
                c.victims, c.maybe_told = PERPETRATOR_VICTIMS, before
        elif not any(c.victims == PERPETRATOR_VICTIMS for c in found + out):
            out.append(CountMention(outcome="killed", count=exact_count(1, text[start:end]),
                                    victims=PERPETRATOR_VICTIMS, start=offset + start, end=offset + end))
            out[-1].maybe_told = before


# "killing Ana Ruiz, 44, and Tom Hale, 61", "wounding Jo Lin and Sam Ortiz": the people an active verb names.
_NAME_ITEM = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s*\d{1,3})?"
_VERB_NAMES = re.compile(rf"\b(?P<verb>killing|killed|murdering|murdered|fatally shooting|fatally shot|shot and killed|"
                         rf"wounding|wounded|injuring|injured)\s+(?P<who>{_NAME_ITEM}(?:,\s*{_NAME_ITEM})*,?\s+and\s+"
                         rf"{_NAME_ITEM})")


# ... and a list whose items semicolons part, as wire copy lists the dead with their ages ("killing Ana Ruiz, 42; Lia
# Ruiz, 19; a boy known as Tomas; Ivo Persic, and a guard who died in hospital": five), each item a name or a person.
_PERSON_START = r"(?:[A-Z]|(?:an?|the|his|her|their|one|another)\s)"
_VERB_SEMICOLONS = re.compile(rf"\b(?P<verb>killing|killed|murdering|murdered|wounding|wounded|injuring|injured)\s+"
                              rf"(?P<who>{_PERSON_START}[^;.:]{{1,60}}(?:;\s*{_PERSON_START}[^;.:]{{1,60}}){{1,}};\s*"
                              rf"{_PERSON_START}[^;.:]{{1,100}})")


def _semicolon_list(who: str) -> int:
    """People a semicolon list names: one per item, two for a last item that joins two with "and"."""
    items = who.split(";")
    return len(items) - 1 + (2 if re.search(rf",?\s+and\s+{_PERSON_START}", items[-1]) else 1)


def _names_by_verb(text: str, *, offset: int, found: list[CountMention], out: list[CountMention]) -> None:
    lists = [(m, listed_people(m.group("who"))) for m in finditer_gated(_VERB_NAMES, text)]
    lists += [(m, _semicolon_list(m.group("who"))) for m in finditer_gated(_VERB_SEMICOLONS, text)]
    for m, n in lists:
        if n < 2:
            continue
        outcome = "injured" if m.group("verb").startswith(("wound", "injur")) else "killed"
        inside = [c for c in found + out if offset + m.start() <= c.start < offset + m.end()]
        if len(inside) == 1 and inside[0].outcome in ("hit", outcome) and inside[0].count.best < n:
            inside[0].outcome, inside[0].count = outcome, exact_count(n, m.group("who"))
        elif not inside:
            out.append(CountMention(outcome=outcome, count=exact_count(n, m.group("who")), victims=m.group("who"),
                                    start=offset + m.start(), end=offset + m.end()))


# "also" before an active verb: its object is one more besides the victims told before ("he also killed a neighbor").
_ALSO_ACTIVE = re.compile(r"\balso\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _objects_by_verb(text: str, *, offset: int, found: list[CountMention], out: list[CountMention]) -> None:
    """The object's own verb says what befell it: a "hit" read from its article becomes the outcome ("killed his
    brother and wounded an older brother": the older brother is wounded, not only hit)."""
    for m in finditer_gated(ACTIVE_OBJECTS, text):
        outcome = "killed" if m.group("death") or m.group("killed") else "injured"
        if _meant(text, m.start()):
            continue  # "for the purpose of killing the guard"
        # (one set off by a comma and "a" with no "and" is the person told again: "killed the mayor, a former teacher,";
        # not a headline's list, "kills his wife, her son")
        listed = r"(?:an?|another|his|her|their|the)" if re.search(r"\band\s", m.group("objects"), re.IGNORECASE) \
            else r"(?:another|his|her|their|the)"
        n = 2 if re.fullmatch(_TWO_AGED, m.group("objects")) else \
            1 + len(re.findall(rf"(?:,\s+(?:and\s+)?|\band\s+){listed}\b", m.group("objects"), re.IGNORECASE))
        inside = [c for c in found + out if offset + m.start() <= c.start < offset + m.end()]
        # "the officer also shot and killed a neighbor": one more besides the victims told before (``tolls.killed_toll``)
        also = n == 1 and bool(_ALSO_ACTIVE.search(text, max(0, m.start() - 30), m.start()))
        if inside and all(c.outcome in ("hit", outcome) for c in inside):
            for c in inside:  # the phrase is the count: "an" alone would read as one victim who may die later
                c.outcome, c.count = outcome, exact_count(max(n, c.count.best) if len(inside) == 1 else c.count.best,
                                                      m.group(0))
                if also and len(inside) == 1 and not c.victims.lower().startswith("another "):
                    c.victims = f"another {c.victims or m.group('objects')}"
        elif not inside and (not any(c.outcome == outcome for c in found + out)
                             or re.match(r"another\b", m.group("objects"), re.IGNORECASE)):
            # "(fatally shot a deputy) and killed another deputy": one more (``tolls.killed_toll``)
            out.append(phrase_mention(outcome, n, m, offset=offset,
                                      victims=f"another {m.group('objects')}" if also else ""))

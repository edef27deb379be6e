"""Counts of killed, injured, abducted and arrested people in a clause.

"about 28 people were killed", "killing at least seven", "eight or nine of the commanders were killed",
"left 12 dead", "the death toll rose to 30". Subsets ("including three officers", "two of the injured")
are not counted again, and counts of different outcomes are kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventsift.events.numbers import parse_quantity, quantity_regex, word_to_int
from eventsift.records import Count

OUTCOMES: dict[str, str] = {
    # "killed and wounded" with one number: ACLED's codebook counts half of it as killed (see _split_casualties)
    "casualties": r"killed and (?:wounded|injured)|killed or (?:wounded|injured)|killed/(?:wounded|injured)",
    "killed": r"shot(?:,| and|, and) killed|shot and (?:later )?(?:died|pronounced dead)|shot dead|fatally (?:shot|wounded|injured|stabbed|struck)|killed|dead|deceased|died|"
              r"(?<!\ba )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )slain|"
              r"gunned down|lost (?:their|his|her) li(?:ves|fe)|perished|pronounced dead|found dead|succumbed|"
              r"martyred|bodies|murdered|executed|beheaded|lynched|(?:beaten|stabbed|shot|hacked|burned|burnt) to death|"
              r"fatalit(?:y|ies)|deaths",
    "injured": r"injured|wounded|hurt|(?<!gunshot )(?<!with )(?<!suffering )injuries|injuring|wounding|critically injured|hospitali[sz]ed|"
               r"(?:in|listed in) (?:critical|serious|stable|fair|good|grave) condition",
    # "four people were shot": hit by gunfire; how many of them died is said elsewhere (``shot_toll``)
    "hit": r"shot(?!\s+(?:at(?!\s+(?:a|an|the|his|her|their)\s)|dead|to death|and killed|down|up|out)\b)|"
           r"fighting for (?:his|her|their) li(?:fe|ves)|winged|"
           r"(?:hit|struck) in the (?:\w+ )?(?:legs?|arms?|chest|head|back|necks?|shoulders?|foot|feet|hands?|hips?|"
           r"torso|abdomen|stomach|buttocks|face|thighs?|groin|side)|"
            r"(?:struck|hit) by (?:gunfire|(?:a |an )?(?:stray )?(?:bullets?|rounds?))|suffered (?:\w+ )?gunshot wounds?|grazed|"
           r"(?:with|suffering(?: from)?|who suffered|sustained) (?:\w+ )?(?:gunshot|bullet) (?:wounds?|injuries)|"
           r"(?:taken|rushed|transported|airlifted|flown) to (?:[\w-]+ ){0,3}?hospitals?|"
           r"(?:sustained|suffered|received) (?:[\w'’-]+ ){0,6}?(?:injuries|wounds)",
    "abducted": r"kidnapped|abducted|taken hostage|held hostage|hostages|went missing|seized",
    "arrested": r"arrested|detained|apprehended|taken into custody|rounded up|nabbed|captured",
}
# Active forms put the number after the verb: "killing 12", "kidnapped two", "arrested 40 people".
ACTIVE = {
    "killed": r"kill(?:ed|ing|s)?|shot dead|gunned down|shot and killed|murder(?:ed|ing)|execut(?:ed|ing)|"
              r"behead(?:ed|ing)|lynch(?:ed|ing)|left|leaving|claimed the lives of|death toll (?:rose |climbed |has risen |reached |stood |stands )?(?:to|at)|toll (?:rose |climbed )?(?:to|at)",
    "injured": r"injur(?:ed|ing|e)|wound(?:ed|ing)?|shot and (?:wounded|injured)",
    "hit": r"shot|shooting",
    "abducted": r"kidnap(?:ped|ping|s)|abduct(?:ed|ing|s)|took|taking",
    "arrested": r"arrest(?:ed|ing|s)|detain(?:ed|ing|s)|apprehended|rounded up",
}
# Words allowed between a number and its passive verb: "28 people were killed", "seven troops were injured".
_GAP = r"(?:[\w’'()-]+,?\s+){0,14}?"
_BE = r"(?:(?:were|was|have been|has been|had been|are|is|being|got|reportedly|allegedly|also|later|all|been|has|have|had|" \
      r"both|each|since|subsequently|eventually|apparently|found|left)\s+){0,3}"
_SUBSET_BEFORE = re.compile(r"(?:including|among them|among whom|of whom|of them)[^,;.()]*$", re.IGNORECASE)
# A gap may hold "and" only where it joins another number: "two farmers and five raiders were killed".
# Nor may it hold another outcome: in "three shot, one dead" the three are not the dead.
_CLAUSE_BREAK = re.compile(r"\b(?:but|while|when|who|after|which|were|was|shot|killed|dead|died|wounded|injured|hurt|"
                           r"where|say|says|said|went|told|before|because|that|whose|if)\b",
                           re.IGNORECASE)
_SUBSET_AFTER = re.compile(r"^\s+of\s+(?:the|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?"
                           r"(?:injured|wounded|dead|killed|slain|victims|hostages|abducted|people|men|women)", re.IGNORECASE)
_NOT_PEOPLE = re.compile(r"^\s*(?:%|per ?cent|percent|km|kilometres?|kilometers?|miles?|metres?|meters?|hours?|days?|"
                         r"weeks?|months?|years?|am|pm|a\.m\.|p\.m\.|o'clock|rupees|dollars|\$|vehicles?|cars?|houses?|"
                         r"homes?|shops?|buildings?|kg|tonnes?|times|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                         r"aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\w)", re.IGNORECASE)


_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE)


@dataclass(slots=True, kw_only=True)
class CountMention:
    outcome: str  # killed | injured | hit (shot or hurt, alive or not said) | abducted | arrested
    count: Count
    victims: str  # the words naming who: "people", "of the commanders", "troops"
    start: int  # document offsets of the whole phrase
    end: int
    verb_end: int = -1  # counts sharing a verb ("two farmers and five raiders were killed") add up
    subset: bool = False  # a part of victims counted elsewhere ("one of them died", "five shot, two fatally")
    sentence: int = -1  # index of the sentence it was read in (set by the clause reader)
    group: bool = False  # "they were pronounced dead": as many as the people counted just before (``group_size``)
    besides_dead: bool = False  # "three were killed and a girl wounded": someone else than the dead just counted


def _exact(n: int, text: str) -> Count:
    return Count(low=n, best=n, high=n, text=text)


def _phrase(outcome: str, n: int, m: re.Match[str], *, offset: int, victims: str = "", subset: bool = False) -> CountMention:
    """``n`` people, written as the whole phrase ``m`` matched ("was shot", "and another injured")."""
    return CountMention(outcome=outcome, count=_exact(n, m.group(0)), victims=victims, start=offset + m.start(),
                        end=offset + m.end(), subset=subset)


# How far back from a number the rules look for its verb or a subset word: phrases are short, and a bounded
# window keeps the rules linear in the sentence length.
LOOK_BACK = 200


# Numbers beside people that are not how many of them: ages ("a 41-year-old", "Ana, 19,", "aged 7"),
# addresses ("the 200 block", "114 Elm Street", "Route 9"), times ("8:20"), calibres (".38", "9mm").
_AGE_AFTER = re.compile(r"^(?:\s*-\s*|\s+)(?:years?|yrs?|months?|weeks?|days?)(?:\s*-\s*|\s+)old\b|"
                        r"^\s+(?:years?|yrs?) of age\b|^-?(?:year|month)s?-olds?\b", re.IGNORECASE)
_AGE_BESIDE_NAME = re.compile(r"[A-Z][\w'’.-]*,\s*$")  # "Ana Ruiz, 19, of Elmtown"
_ADDRESS_BEFORE = re.compile(r"(?:\b(?:route|highway|hwy|interstate|state road|county road|i|us|sr|apt|apartment|"
                             r"suite|unit|room|channel|flight|bus|exit|mile marker|precinct|ward|grade|no|number|"
                             r"aged?|ages|between ages)\.?\s*-?\s*|[.:$#/-]|\b(?:image|photo|picture|slide|video|page|"
                             r"part|step)\s+(?:\d+\s+of\s*/?\s*)?)$", re.IGNORECASE)
_ADDRESS_AFTER = re.compile(
    r"^(?:\s+(?:hundred\s+)?block\b|[:/.-]\d|\s*(?:-?caliber|-?calibre|mm\b|-?gauge|-?millimet)|\s+of\s*/?\s*\d|"
    r"\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|"
    r"Pkwy|Circle|Cir|Terrace|Trail|Pike|Square|Sq)\b)")


# A part of the victims who died is news ("one of them died", "two of the wounded later died"): the toll moves
# from injured to killed. Other subsets ("including three officers", "two of the injured") are not counted again.
_SUBSET_DIED = re.compile(r"^\s+of\s+(?:the|those|them|whom)\b[^.;]{0,40}?\b(?:died|succumbed|passed away|"
                          r"(?:was|were) (?:later )?(?:killed|pronounced dead)|did not survive)", re.IGNORECASE)


# Ages given as a range: "who range in age from 23 to 31", "ages 18 through 20", "ranging from 19 to 24".
_AGE_RANGE_BEFORE = re.compile(r"\b(?:ages?|aged|in age|ranging)\s+(?:from\s+)?(?:\d{1,3}\s*(?:-|–|to|through|and)\s*)?$",
                               re.IGNORECASE)
# A subject said to be unhurt: taken to a hospital for a check, not wounded.
_UNHARMED = re.compile(r"\b(?:unharmed|unhurt|uninjured|not (?:hurt|injured|wounded|struck|hit)|escaped (?:without )?injur\w*)\b",
                       re.IGNORECASE)
_BREAKDOWN_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:[\w'’-]+\s+){0,3}\([^()]*$",
                               re.IGNORECASE)
_PART_OF_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+of\s+$", re.IGNORECASE)
_FIRED_BEFORE = re.compile(r"\b(?:fired|fire|fires|firing|let off|squeezed off|heard|hearing|counted)\s+(?:at least\s+|about\s+)?$",
                           re.IGNORECASE)
_SHOTS_FIRED = re.compile(r"\b(?:fired|fire|fires|firing|let off|squeezed off|heard|hearing)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
_HOUSE_NUMBER = re.compile(r"\d{4,5}")  # "2211 Falling Oak": a house number before a name


def _is_plausible(text: str, m: re.Match[str], count: Count) -> bool:
    before, after = text[max(0, m.start() - LOOK_BACK):m.start()], text[m.end():m.end() + LOOK_BACK]
    if _NOT_PEOPLE.match(after):
        return False
    if (_SUBSET_BEFORE.search(before) or _SUBSET_AFTER.match(after)) and not _SUBSET_DIED.match(after):
        return False
    if m.group(0) in _EMERGENCY_NUMBERS:
        return False  # "911 dispatchers", "a 911 call"
    if not m.groupdict().get("vague") and (
            _AGE_AFTER.match(after) or _ADDRESS_BEFORE.search(before) or _ADDRESS_AFTER.match(after)
            or (_AGE_BESIDE_NAME.search(before) and re.match(r"\s*(?:[,)|–—]|-\s)", after))
            or (before.endswith("(") and after.startswith(")"))
            or (_HOUSE_NUMBER.fullmatch(m.group(0)) and re.match(r"\s+[A-Z]", after))):
        return False
    if 1900 <= count.best <= 2100 and not m.groupdict().get("vague"):
        return False  # a year
    if re.search(r"(?:no\.|number|#|aged?|age of)\s*$", before, re.IGNORECASE) or _AGE_RANGE_BEFORE.search(before):
        return False
    if _BREAKDOWN_BEFORE.search(before):
        return False  # "four monks (three Peruvians and one Chilean)": the parts of a number already counted
    if _PART_OF_BEFORE.search(before):
        return False  # "two of three herders were killed": three is the whole, two the count
    if _FIRED_BEFORE.search(before):
        return False  # "fired one shot at the suspect", "heard three shots": shots, not people shot
    if _MONTH_BEFORE.search(before) and not m.groupdict().get("vague"):
        return False  # "on May 24"
    return True


# Nouns for one person ("a civilian", "the assailant"): with no number written, they count one.
PERSON_NOUNS = (
    r"man|woman|boy|girl|child|civilian|soldier|policeman|officer|constable|militant|person|resident|villager|"
    r"farmer|shepherd|student|teacher|trader|shopkeeper|worker|driver|journalist|leader|member|commander|cleric|"
    r"elder|teenager|youth|guard|trooper|fighter|rebel|protester|demonstrator|passer-by|passerby|pedestrian|"
    r"local|citizen|national|doctor|judge|lawyer|activist|chief|official|head|governor|mayor|politician|"
    r"councill?or|assailant|attacker|bomber|gunman|suspect|bodyguard|inmate|prisoner|herder|priest|employee|"
    r"contractor|engineer|inspector|sub-inspector|jawan|cadre|operative|son|daughter|brother|wife|husband|"
    r"individual|pastor|imam|monk|nurse|businessman|businesswoman|merchant|vendor|operator|agent|colonel|"
    r"lieutenant|sergeant|gendarme|militiaman|informant|headman|chieftain|scholar"
)
# Nouns that name the person a crime report is about: "the victim died", "the teen was shot".
VICTIM_NOUNS = r"victim|man|woman|boy|girl|teen|teenager|child|toddler|infant|baby|driver|passenger|shooter|gunman|" \
               r"suspect|officer|deputy|trooper|clerk|cashier|customer|homeowner|resident|student|mother|father|" \
               r"male|female"
# "a civilian was killed", "an officer was injured": one person, with no number written.
_SINGULAR = re.compile(rf"\b(?<!\bno )(?<!\bnot )(?P<n1>an?|one|another)(?=\s+(?:[\w-]+\s+){{0,3}}?(?:{PERSON_NOUNS})\b)|"
                       rf"\b(?P<the>the)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{VICTIM_NOUNS})\b(?!['’]s|\s+(?:and|or)\b)|"
                       rf"\s+\d{{1,3}}-year-old\s+(?:is|was|has|had|remains|died)\b)",
                       re.IGNORECASE)


# "the body of a man was found": one dead; "the bodies of 12 people"; "the death of 19-year-old Ana Ruiz".
_POSSESSIVE_BODY = re.compile(r"\b[\w-]+['’]s? body (?:was|has been|had been) (?:\w+ )?(?:found|discovered|recovered|pulled)",
                              re.IGNORECASE)
_BODIES = re.compile(r"\b(?:bod(?:y|ies)|deaths?|killings?|murders?|assassinations?|slayings?) of\s+(?:the\s+)?",
                     re.IGNORECASE)
# After "the deaths of four teachers": "and two drivers", a second group of the dead.
_AND_MORE = re.compile(r"(?:\s+[\w'’-]+){1,3}?\s+and\s+(?:of\s+)?(?:the\s+)?")
# "the murders of Ana Ruiz, Colonel Tom Hale and senator Jo Lin": one dead for each name listed.
_NAMED_PEOPLE = re.compile(r"(?:(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’.-]*\s*){1,5}(?:,\s*(?:and\s+)?|\s+and\s+)?)+")


def _named_people(following: str) -> int:
    """Names listed at the start of ``following`` (each a run of capitalised words, with an optional title)."""
    m = _NAMED_PEOPLE.match(following)
    if not m or not following[:1].isupper() and not re.match(r"[a-z]+\s+[A-Z]", following):
        return 0
    names = [n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(0).strip(" ,")) if re.search(r"[A-Z]", n)]
    return len(names)


_AGE = re.compile(r"\b\d{1,3}(?:-| )years?(?:-| )old\b|\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*, \d{1,3}\b")
_NOUN_PHRASE_END = re.compile(r"\b(?:was|were|is|are|has|have|had|in|at|on|after|who|that|when|inside|outside)\b|[.;:]")


def _aged_people(following: str) -> int:
    """People named by their ages in the noun phrase that starts ``following`` ("78-year-old X and 59-year-old Y": 2)."""
    end = _NOUN_PHRASE_END.search(following)
    return len(_AGE.findall(following[:end.start() if end else 150][:150]))


def _quantities(text: str):  # noqa: ANN202 - yields (match, Count)
    seen: set[tuple[int, int]] = set()
    for m in quantity_regex().finditer(text):
        count = parse_quantity(m)
        if count is not None and _is_plausible(text, m, count):
            seen.add((m.start(), m.end()))
            yield m, count
    for m in _SINGULAR.finditer(text):
        if not any(start <= m.start() < end for start, end in seen) and not _SUBSET_BEFORE.search(text[:m.start()]) \
                and not _FIRED_BEFORE.search(text[max(0, m.start() - LOOK_BACK):m.start()]):
            yield m, _exact(1, m.group(0))
    for m in _HEADLINE_SINGULAR.finditer(text):
        yield m, _exact(1, m.group("noun"))


# Headlines drop the article: "Man shot, killed on the west side", "Teen hurt in crash" (at the start of a text
# or after the "|" that joins a page title to its site name).
_HEADLINE_SINGULAR = re.compile(r"(?:^|(?<=[|:]\s)|(?<=[|]))\s*(?P<noun>Man|Woman|Teen|Teenager|Boy|Girl|Child|Toddler|"
                                r"Baby|Student|Father|Mother|Driver|Officer|Deputy|Trooper|Clerk)(?=\s+(?:was\s+)?(?:shot|killed|"
                                r"dies|dead|wounded|injured|hurt|stabbed|fatally|found dead|slain|gunned down)\b)")


# What follows an active verb: its object ("killed a police officer", "wounded two guards").
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
                           r"dozens|[A-Z][a-z]+\s+[A-Z][a-z]+)\b")


def _gap_ok(gap: str, gap_start: int, starts: set[int]) -> bool:
    """A gap between a number and its verb may join further numbers with "and", nothing else."""
    if _CLAUSE_BREAK.search(gap):
        return False
    listing = re.search(r"\b(?:including|among them)\b", gap)  # "four people, including a boy and a girl, were hurt"
    if listing:
        gap = gap[:listing.start()]
    for m in re.finditer(r"\band\s+", gap):
        if gap_start + m.end() not in starts and not quantity_regex().match(gap, m.end()) \
                and not _SINGULAR.match(gap, m.end()):
            return False
    return True


# "left three dead", "leaving two people injured": the state the people were left in follows closely.
_LEFT_DEAD = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:dead|killed|injured|wounded|hurt|critically|seriously|in\s+critical)\b",
                        re.IGNORECASE)


def find_counts(text: str, *, offset: int = 0) -> list[CountMention]:
    """Counts in one clause, in text order."""
    found: list[CountMention] = []
    quantities = list(_quantities(text))
    starts = {m.start() for m, _ in quantities}
    for m, count in quantities:
        after = text[m.end():]
        for outcome, verbs in OUTCOMES.items():
            passive = re.match(rf"(?P<gap>\s+{_GAP})(?P<be>{_BE})(?:{verbs})\b", after, re.IGNORECASE)
            if passive and not passive.group("be") and _OBJECT_AFTER.match(after, passive.end()):
                continue  # "three assailants shot and killed a police officer": the number did it, not suffered it
            if passive and outcome in ("injured", "hit") and re.match(r"\s*of\s", passive.group("gap")):
                continue  # "one of the wounded later died": a part of those counted, told for its death
            if passive and outcome == "hit" and (_SHOTS_FIRED.search(after[:passive.end("be")])
                                                 or _UNHARMED.search(passive.group("gap"))):
                continue  # "one deputy fired one shot", "the boy, unharmed, was taken to a hospital": nobody hit
            if passive and _gap_ok(passive.group("gap"), m.end(), starts):
                found.append(CountMention(outcome=outcome, count=count, victims=passive.group("gap").strip(" ,"),
                                          start=offset + m.start(), end=offset + m.end() + passive.end(),
                                          verb_end=offset + m.end() + passive.end()))
                break
        else:
            victims = _VICTIMS.match(after)
            if victims and count.best > 1:  # "the four victims were taken in", "two other shooting victims"
                found.append(CountMention(outcome="hit", count=count, victims=victims.group(0).strip(),
                                          start=offset + m.start(), end=offset + m.end() + victims.end()))
                continue
            before = text[max(0, m.start() - LOOK_BACK):m.start()]
            for outcome, verbs in ACTIVE.items():
                active = re.search(rf"\b(?:{verbs})\s+(?:the\s+|all\s+)?(?:(?:at least|about|around|some|over|more than|nearly)\s+)?$",
                                   before, re.IGNORECASE)
                if active and outcome == "killed" and re.match(r"(?:left|leaving)\b", active.group(0), re.IGNORECASE) \
                        and not _LEFT_DEAD.match(after):
                    continue  # "had just left the 514 Lounge": "left" counts the dead only when they are said dead
                if active:
                    tail = re.match(r"\s*((?:(?!and\b|or\b|in\b|on\b|at\b|near\b)[\w’'-]+\s*){0,4})", after)
                    victims = tail.group(1).strip()
                    found.append(CountMention(outcome=outcome, count=count, victims=victims,
                                              start=offset + active.start(),
                                              end=offset + m.end() + len(tail.group(0).rstrip())))
                    break
    for m in _BODIES.finditer(text):
        following = [(q, c) for q, c in quantities if q.start() == m.end()]
        single = re.match(r"(?:a|an|one)\b", text[m.end():], re.IGNORECASE)
        aged = _aged_people(text[m.end():]) or (_named_people(text[m.end():]) if m.group(0)[:1].lower() in "dkmas" else 0)
        if following or single or aged:
            count = following[0][1] if following else _exact(aged, "") if aged else _exact(1, single.group(0))
            if following:  # "the murder of four teachers and two drivers": both groups
                more = _AND_MORE.match(text, following[0][0].end())
                second = [c for q, c in quantities if more and q.start() == more.end()]
                if second:
                    count = Count(low=count.low + second[0].low, best=count.best + second[0].best,
                                  high=count.high + second[0].high, text=f"{count.text} + {second[0].text}")
            if not any(c.outcome == "killed" and c.start == offset + m.end() for c in found):
                found.append(CountMention(outcome="killed", count=count, victims="", start=offset + m.start(),
                                          end=offset + m.end() + len(count.text)))
    for m in re.finditer(r"\b(?:shootings?|wounding) of\s+(?:the\s+)?", text, re.IGNORECASE):  # "the shooting of nine people"
        following = [c for q, c in quantities if q.start() == m.end()]
        if following and not any(c.start <= offset + m.start() < c.end for c in found):
            found.append(CountMention(outcome="hit", count=following[0], victims="", start=offset + m.start(),
                                      end=offset + m.end() + len(following[0].text)))
    for m in _POSSESSIVE_BODY.finditer(text):
        if not any(c.outcome == "killed" for c in found):
            found.append(_phrase("killed", 1, m, offset=offset))
    found.extend(_implicit_singulars(text, offset=offset, found=found))
    found = [split for c in found for split in _split_casualties(c)]
    _unshare_verbs(text, found, offset=offset)
    shared = {c.verb_end for c in found if c.verb_end >= 0 and sum(o.verb_end == c.verb_end for o in found) > 1}
    for mention in found:  # one victim said to be hurt may die later in the report: hit, not yet injured
        if mention.outcome == "injured" and _is_one_unnumbered(mention.count) and mention.verb_end not in shared \
                and not _ACTIVE_OBJECTS.match(text, mention.start - offset):  # "killed A and wounded B": B lives
            mention.outcome = "hit"
        if mention.outcome == "killed" and mention.victims.lower().startswith("of "):
            mention.subset = True  # "one of them died"
    found.sort(key=lambda c: c.start)
    for dead in (c for c in found if c.outcome == "killed"):
        for hit in (c for c in found if c.outcome == "hit" and c.start >= dead.end and _newcomer(c)):
            hit.besides_dead = hit.besides_dead or bool(_AND_BETWEEN.match(text, dead.end - offset, hit.start - offset))
    return found


# "were killed and a girl wounded", "died, and a man was hurt": the words joining the dead to someone new.
_AND_BETWEEN = re.compile(r"[^.;:]{0,30}?\band\s*$", re.IGNORECASE)


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
            if re.match(r"\S+\s+of\b", between) or _is_one_unnumbered(second.count) and "and" not in between.split():
                first.verb_end = -1


def _is_one_unnumbered(count: Count) -> bool:
    """"a man", "the victim", "was wounded": one person with no number written."""
    return count.best == 1 and not re.search(r"\d|\bone\b", count.text, re.IGNORECASE)


# "In addition to the bomber, six civilians were killed": the attacker died too.
_ATTACKER_TOO = re.compile(r"\bin addition to the (?:suicide )?(?P<who>bombers?|attackers?|assailants?)\b", re.IGNORECASE)
# "There were no casualties other than the assailant", "The assailants were the only reported casualties".
_ONLY_ATTACKER = re.compile(r"\bno (?:other )?(?:reported )?casualties other than the (?P<who>bombers?|attackers?|assailants?)\b|"
                            r"\bthe (?P<who2>bombers?|attackers?|assailants?) (?:was|were) the only (?:reported )?casualt", re.IGNORECASE)


def attackers_killed(text: str) -> int:
    """Attackers a report says died on top of the victims it counts (0 when it says nothing of the kind)."""
    m = _ATTACKER_TOO.search(text) or _ONLY_ATTACKER.search(text)
    if not m:
        return 0
    who = m.group("who") if m.re is _ATTACKER_TOO else (m.group("who") or m.group("who2"))
    return 2 if who.lower().endswith("s") else 1


# "This was one of four related attacks": a toll given for the series is split evenly over its incidents.
_SERIES = re.compile(r"\bone of (?:at least )?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+) "
                     r"(?:(?:related|coordinated|similar|simultaneous|separate|linked)\s+)+(?:attacks|assaults|incidents|"
                     r"events|raids|explosions|blasts|bombings)\b|"
                     r"\b(?:across|among|between) (?:the |all |both )?(?P<m>two|three|four|five|six|seven|eight|nine|ten|both|\d+) "
                     r"(?:attacks|assaults|incidents|events|raids|explosions|blasts|bombings|locations)\b", re.IGNORECASE)


def series_size(text: str) -> int:
    """How many incidents a report says its toll is spread over (1 when it says nothing of the kind)."""
    m = _SERIES.search(text)
    if not m:
        return 1
    word = (m.group("n") or m.group("m")).lower()
    size = 2 if word == "both" else word_to_int(word) or 1
    return max(1, min(size, 50))


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
_SINGULAR_PASSIVE = re.compile(r"\b(?:was|has been|had been|is|remains|remained)\s+(?:(?!not\b|never\b|fatally\b|mortally\b)\w+\s+)?(?P<verb>killed|shot dead|shot and killed|shot to death|"
                               r"(?:fatally|mortally) (?:shot|wounded|injured|stabbed)|pronounced dead|found dead|murdered|beheaded|"
                               r"executed|lynched|injured|wounded|hurt|hospitali[sz]ed|shot(?!\s+at\b)|grazed|kidnapped|abducted|"
                               r"arrested|detained|(?:taken|rushed|transported|airlifted|flown) to (?:[\w-]+ ){0,3}?hospital|"
                               r"(?:listed )?in (?:critical|serious|stable|grave|fair) condition)\b", re.IGNORECASE)
_NOBODY_BEFORE = re.compile(r"\b(?:no one|no-one|nobody|none|neither|no other \w+|no \w+)(?:\s+[\w-]+){0,3}\s*$",
                            re.IGNORECASE)
# "sent four people to the hospital", "left three dead and another injured", "the other four victims": people hit.
_SENT_TO_HOSPITAL = re.compile(r"\bsen(?:t|ding)\s+(?P<q>\S+(?:\s+\S+)?)\s+(?:people\s+|victims\s+|others\s+)?(?:to|into)\s+"
                               r"(?:the\s+|a\s+|area\s+|local\s+|nearby\s+)?hospitals?\b", re.IGNORECASE)
_ANOTHER_HURT = re.compile(r"\band\s+(?:an)?other(?:\s+(?:person|man|woman|victim|boy|girl|teen))?\s+(?:(?:was|is)\s+)?"
                           r"(?P<verb>injured|wounded|hurt|shot)\b", re.IGNORECASE)
_VICTIMS = re.compile(r"^\s+(?P<other>other\s+)?(?:(?:shooting|gunshot|injured|wounded)\s+)?victims\b", re.IGNORECASE)
# "Ana Ruiz, 19, suffered a gunshot wound": one person hit, named.
_NAMED_WOUNDED = re.compile(r"\b(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?:,\s*\d{1,3},)?\s+(?:sustained|suffered|received)\s+"
                            r"(?:an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:gunshot|bullet|graze)\s+wounds?\b")
# "who died at the scene", "Ruiz later died", "the boy succumbed to his wounds": one death, no number written.
_SINGULAR_DIED = re.compile(r"\b(?:died|succumbed|passed away|did not survive)\b", re.IGNORECASE)
# "Five people were shot, one fatally": the part of those hit who died.
_FATALLY = re.compile(r"(?:,|;|\band\b)\s*(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
                      r"(?:\s+of\s+(?:them|the\s+\w+))?\s+(?:fatally|mortally)\b", re.IGNORECASE)
# "Both men were later pronounced dead", "all three died at the hospital": the people counted before, now dead.
_GROUP_DIED = re.compile(
    r"\b(?:both|all\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))(?:\s+of\s+them|\s+(?:[\w-]+\s+)?"
    r"(?:men|women|victims|people|boys|girls|brothers|sisters|teens|teenagers))?\s+(?:were\s+(?:later\s+)?"
    r"(?:pronounced dead|declared dead|killed|dead)|(?:later\s+)?(?:died|succumbed))\b", re.IGNORECASE)
# "They were later pronounced dead", "they both died": the people the report counted just before, now dead.
_THEY_DIED = re.compile(r"\b(?:they|both of them|all of them)\s+(?:both\s+|all\s+)?(?:were\s+(?:later\s+|both\s+|all\s+)?"
                        r"(?:pronounced|declared|found)\s+dead|(?:later\s+)?(?:died|succumbed|did not survive))\b",
                        re.IGNORECASE)
# "a quadruple shooting", "a double homicide": the number of victims in the incident's name.
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTIPLE_INCIDENT = re.compile(rf"\b(?P<n>{'|'.join(_MULTIPLE)})[- ](?P<fatal>fatal[- ])?"
                                r"(?P<what>shootings?|stabbings?|homicides?|murders?|killings?|slayings?)\b", re.IGNORECASE)
# "found a man and a woman suffering from gunshot wounds" (hit), "found Ana Ruiz, 37, and Tom Hale dead" (killed):
# the people the list names.
_FOUND_LIST = re.compile(r"\b(?:found|discovered|located)\s+(?P<who>(?:[\w'’-]+,?\s+){2,10}?)(?:(?P<dead>dead|shot to death|"
                         r"fatally (?:shot|wounded|stabbed)|slain|stabbed to death)\b|(?:suffering\s+(?:from\s+)?|with\s+)"
                         r"(?:\w+\s+)?(?:gunshot|bullet|stab)\s+(?:wounds?|injuries))", re.IGNORECASE)
_VERB_OUTCOME = {"killed": "killed", "killing": "killed", "shot dead": "killed", "gunned down": "killed",
                 "assassinated": "killed", "shot to death": "killed", "pronounced dead": "killed", "found dead": "killed",
                 "fatally shot": "killed", "fatally wounded": "killed", "fatally injured": "killed",
                 "fatally stabbed": "killed", "mortally wounded": "killed", "mortally injured": "killed",
                 "mortally shot": "killed", "mortally stabbed": "killed",
                 "stabbed to death": "killed", "shot and killed": "killed", "murdered": "killed",
                 "beheaded": "killed", "executed": "killed", "lynched": "killed", "injured": "injured",
                 "wounded": "injured", "hurt": "injured", "hospitalized": "injured", "hospitalised": "injured",
                 "grazed": "hit",
                 "shot": "hit", "injuring": "hit", "wounding": "hit", "striking": "hit", "shooting": "hit",
                 "kidnapped": "abducted", "abducted": "abducted", "arrested": "arrested",
                 "detained": "arrested"}


# "shot and killed Naimatullah", "killed the assailant": one person, by name or with a singular noun.
_ACTIVE_SINGULAR = re.compile(
    r"\b(?P<verb>shot and killed|shot dead|gunned down|killed|killing|assassinated|beheaded|murdered|executed|stabbed to death|"
    r"kidnapped|abducted|arrested|detained|injuring|wounding|striking|(?<=of )shooting|(?<=after )shooting)\s+"
    r"(?!(?:suspect|victim|incident|death|scene|spree|range)s?\b)"
    rf"(?:(?:(?:the|a|an)\s+)?(?!(?:by|in|on|at|near|during|while|when|after|and|or|with|from|as|for|to|inside|outside)\b)"
    rf"(?:[\w'-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\b(?![\w-])"
    # or a name: a capitalised word that is not a number word and is not followed by a noun it qualifies
    # ("killed Naimatullah, the head..." yes; "kidnapped Chinese persons" no)
    r"|(?!(?:The|A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Dozens|Many|Some)\b)[A-Z][a-z]+"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:[A-Z]\w*|in|on|at|from|near|and|while|as|who|after|outside|inside|during|with)\b))")


# An active verb with one or more people as its object, each brought in by an article or a possessive: "wounded an
# older brother", "injured a second guard and a 12-year-old girl", "shot his brother to death".
_ONE_PERSON = rf"(?:an?|another|his|her|their|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\b"
_ACTIVE_OBJECTS = re.compile(
    rf"\b(?:wounded|injured|(?P<death>shot))\s+(?P<objects>{_ONE_PERSON}(?:,?\s+and\s+{_ONE_PERSON})*)"
    rf"(?(death)\s+to\s+death\b|(?!\s+(?:was|were|is|are|had|has)\b))", re.IGNORECASE)
# "they found five people shot", "found two men with gunshot wounds": those hit, counted where they were found.
_FOUND_SHOT = re.compile(
    rf"\bfound\s+(?P<q>(?:at least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}))\s+(?:[\w-]+\s+)?"
    rf"(?:{PERSON_NOUNS})\s+(?:shot|wounded|injured|with\s+(?:apparent\s+)?gunshot\s+wounds)\b", re.IGNORECASE)
# "Rasoul and his daughter were killed", "the commander and his cousin were killed": two people.
_PAIR_PASSIVE = re.compile(
    r"\b(?:[A-Z][\w'-]+|[Tt]he (?:[\w'-]+ ){0,2}?[\w-]+) and (?:his|her) (?:[\w-]+ ){0,2}?[\w-]+ "
    r"(?:were|have been|had been) (?:\w+ )?(?P<verb>killed|shot dead|shot and killed|murdered|injured|wounded|"
    r"kidnapped|abducted|arrested|detained)\b")


# A plural passive whose subject lists people rather than counting them: "Ana Ruiz, 33, and Tom Hale, 28, were
# killed", "a mother and her son were found fatally shot", "a 31-year-old woman and a boy had been shot".
_PLURAL_PASSIVE = re.compile(r"\b(?:were|have been|had been|are)\s+(?:(?!not\b)\w+\s+){0,2}?(?P<verb>shot and killed|shot dead|"
                             r"fatally shot|found dead|shot to death|killed|murdered|pronounced dead|dead|"
                             r"shot(?!\s+(?:out|at|up|down)\b)|wounded|"
                             r"injured|hurt|hospitali[sz]ed|hit by gunfire|struck by gunfire|taken to (?:[\w-]+ ){0,3}?hospitals?)\b",
                             re.IGNORECASE)
_SUBJECT_BREAK = r"said|says|where|when|after|while|that|which|police|officials|were|was|killed|injured|wounded|shot|died"
_SUBJECT_START = re.compile(rf"(?:^|[.;:!?—]|\b(?:{_SUBJECT_BREAK})\b)(?:(?!\b(?:{_SUBJECT_BREAK})\b)[^.;:!?—])*$",
                            re.IGNORECASE)
_PERSON_ITEM = re.compile(rf"\b(?:{PERSON_NOUNS}|{VICTIM_NOUNS}|mom|dad|sons?|daughters?|wife|husband|sister|"
                          rf"brother|nephew|niece|cousin|friend|girlfriend|boyfriend|grandmother|grandfather)\b|"
                          r"\b\d{1,3}(?:-| )years?(?:-| )old\b|^\s*(?!(?:The|A|An|His|Her|Their|Its)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*)*"
                          r"(?:,?\s*\d{1,3})?\s*$",
                          re.IGNORECASE)


def _listed_people(subject: str) -> int:
    """How many people a subject lists ("X, 33, and Y, 28", "a mother and her son"); 0 unless it is a list of 2+."""
    subject = re.sub(r",\s*(\d{1,3})\s*,", r" \1,", subject)  # "Ana Ruiz, 33, and" -> "Ana Ruiz 33, and"
    items = [i for i in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", subject.strip(" ,")) if i.strip()]
    items = [i for i in items if not re.match(r"\s*(?:of|from)\s", i)]  # "Ana Ruiz, 19, of Elmtown, and ...": where from
    people = [i for i in items if _PERSON_ITEM.search(i)]
    return len(people) if len(items) >= 2 and len(people) == len(items) else 0


def _listed_subjects(text: str, *, offset: int, found: list[CountMention]) -> list[CountMention]:
    out = []
    for m in _PLURAL_PASSIVE.finditer(text):
        if any(c.verb_end == offset + m.end() or c.start <= offset + m.start() < c.end for c in found):
            continue
        head = _SUBJECT_START.search(text[max(0, m.start() - LOOK_BACK):m.start()])
        subject = re.sub(rf"^(?:[.;:!?—]|\b(?:{_SUBJECT_BREAK})\b)?[\s,]*(?:and\s+)?", "", head.group(0).strip(),
                         flags=re.IGNORECASE) if head else ""
        bare = re.sub(r",\s*\d{1,3}\s*(?=,|\s+and\b|$)|\b\d{1,3}(?:-| )years?(?:-| )old\b", "", subject)
        n = _listed_people(subject) if subject and not quantity_regex().search(bare) else 0
        if n >= 2:
            outcome = _VERB_OUTCOME.get(m.group("verb").lower(), "killed" if "dead" in m.group("verb").lower() else "hit")
            out.append(CountMention(outcome="hit" if outcome == "injured" else outcome,
                                    count=_exact(n, subject), victims=subject,
                                    start=offset + m.start() - len(subject), end=offset + m.end(), verb_end=offset + m.end()))
    return out


# Where the subject of a passive starts: "Civil Hospital, where he | was pronounced dead".
_SUBJECT_CUT = re.compile(r"[,;:]|\b(?:where|when|which|that|after|before|while|and|but|as|then)\b", re.IGNORECASE)


def _passive_subject(before: str) -> str:
    """The last few words before a singular passive, from its clause's start: "Khan, who | was shot" is Khan,
    "taken to a clinic, where he | was pronounced dead" is he."""
    words = re.search(r"((?:[\w'’-]+,?\s+){0,4})$", before)
    text = re.sub(r",?\s*\bwho\s*$", "", words.group(1) if words else "", flags=re.IGNORECASE)
    pieces = [piece.strip() for piece in _SUBJECT_CUT.split(text)]
    return next((piece for piece in reversed(pieces) if piece), "")


def _quantity_in(m: re.Match[str]) -> Count | None:
    """The number a rule's ``q`` group wrote ("five", "at least 3")."""
    q = quantity_regex().match(m.group("q"))
    return parse_quantity(q) if q else None


def _implicit_singulars(text: str, *, offset: int, found: list[CountMention]) -> list[CountMention]:
    out: list[CountMention] = []
    for m in _PAIR_PASSIVE.finditer(text):
        outcome = _VERB_OUTCOME[m.group("verb").lower()]
        if not any(c.outcome == outcome for c in found + out):
            out.append(_phrase(outcome, 2, m, offset=offset))
    for m in _ACTIVE_SINGULAR.finditer(text):
        outcome = _VERB_OUTCOME.get(m.group("verb").lower(), "killed")
        if not any(c.outcome == outcome for c in found + out):
            out.append(_phrase(outcome, 1, m, offset=offset))
    for m in _FOUND_SHOT.finditer(text):
        count = _quantity_in(m)
        if count is not None and not any(c.start <= offset + m.start("q") < c.end for c in found + out):
            out.append(CountMention(outcome="hit", count=count, victims="", start=offset + m.start(), end=offset + m.end()))
    for m in _SINGULAR_PASSIVE.finditer(text):
        before = text[max(0, m.start() - LOOK_BACK):m.start()]
        if _NOBODY_BEFORE.search(before) or _UNHARMED.search(before[-60:]):
            continue  # "no one else was hurt", "the child, unharmed by the gunfire, was taken to a hospital"
        if any(c.start <= offset + m.start() < c.end or c.verb_end == offset + m.end() for c in found):
            continue
        outcome = _VERB_OUTCOME.get(m.group("verb").lower(), "hit")  # taken to hospital, in critical condition
        also = bool(re.search(r"\balso\b", m.group(0), re.IGNORECASE))  # "her boyfriend was also shot": one more
        newcomer = outcome == "hit" and (also or re.search(r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}$", before,
                                                           re.IGNORECASE))
        if any(c.outcome == outcome for c in found + out) and not newcomer:
            continue  # "another waiter was grazed" is one more victim; "he was hurt" is the one already counted
        victims = _passive_subject(before)
        out.append(_phrase(outcome, 1, m, offset=offset,
                           victims=f"another {victims}" if also and outcome in ("hit", "killed") else victims))
    for m in _NAMED_WOUNDED.finditer(text):
        if not any(c.start <= offset + m.start() < c.end for c in found + out):
            out.append(_phrase("hit", 1, m, offset=offset, victims=m.group("who")))
    for m in _SENT_TO_HOSPITAL.finditer(text):
        count = _quantity_in(m)
        if count is not None and not any(c.outcome == "hit" for c in found + out):
            out.append(CountMention(outcome="hit", count=count, victims="", start=offset + m.start(), end=offset + m.end()))
    for m in _ANOTHER_HURT.finditer(text):
        out.append(_phrase("hit", 1, m, offset=offset, victims="others"))
    for m in _GROUP_DIED.finditer(text):
        n = 2 if m.group("n") is None else word_to_int(m.group("n"))
        if n and not any(c.outcome == "killed" for c in found + out):
            out.append(_phrase("killed", n, m, offset=offset, subset=True))
    for m in _THEY_DIED.finditer(text):
        if not any(c.outcome == "killed" for c in found + out):
            mention = _phrase("killed", 2, m, offset=offset, subset=True)
            mention.group = True
            out.append(mention)
    for m in _MULTIPLE_INCIDENT.finditer(text):
        dead = bool(m.group("fatal")) or not m.group("what").lower().startswith(("shooting", "stabbing"))
        outcome = "killed" if dead else "hit"
        if not any(c.outcome == outcome for c in found + out):
            out.append(_phrase(outcome, _MULTIPLE[m.group("n").lower()], m, offset=offset))
    for m in _FOUND_LIST.finditer(text):
        n = _listed_people(m.group("who"))
        outcome = "killed" if m.group("dead") else "hit"
        if n >= 2 and not any(c.outcome == outcome and c.start <= offset + m.start("who") < c.end for c in found + out):
            out.append(CountMention(outcome=outcome, count=_exact(n, m.group("who").strip()), victims=m.group("who").strip(),
                                    start=offset + m.start("who"), end=offset + m.end()))
    for m in _FATALLY.finditer(text):
        n = word_to_int(m.group("n"))
        if n and not any(c.outcome == "killed" for c in found + out):
            out.append(_phrase("killed", n, m, offset=offset, subset=True))
    for m in _SINGULAR_DIED.finditer(text):
        if _NOBODY_BEFORE.search(text[max(0, m.start() - LOOK_BACK):m.start()]):
            continue  # "none of the victims died"
        if not any(c.outcome == "killed" for c in found + out):
            out.append(_phrase("killed", 1, m, offset=offset))
    out.extend(_listed_subjects(text, offset=offset, found=found + out))
    for m in _ACTIVE_OBJECTS.finditer(text):
        # the object's own verb says what befell it: a "hit" read from its article becomes the outcome ("killed his
        # brother and wounded an older brother": the older brother is wounded, not only hit)
        outcome = "killed" if m.group("death") else "injured"
        n = 1 + len(re.findall(r"\band\s+(?:an?|another|his|her|their|the)\b", m.group("objects"), re.IGNORECASE))
        inside = [c for c in found + out if offset + m.start() <= c.start < offset + m.end()]
        if inside and all(c.outcome in ("hit", outcome) for c in inside):
            for c in inside:  # the phrase is the count: "an" alone would read as one victim who may die later
                c.outcome, c.count = outcome, _exact(max(n, c.count.best) if len(inside) == 1 else c.count.best,
                                                      m.group(0))
        elif not inside and not any(c.outcome == outcome for c in found + out):
            out.append(_phrase(outcome, n, m, offset=offset))
    return out


def combine(mentions: list[CountMention]) -> Count | None:
    """One figure from several mentions of the same outcome in the same event.

    Numbers that share a verb are parts of one total ("two farmers and five raiders were killed": 7).
    Exact figures beat vague ones ("a number of" vs "eight or nine"); among exact figures the largest is
    the latest toll (reports revise tolls upwards), and the range spans every mention.
    """
    if not mentions:
        return None
    groups: dict[object, list[Count]] = {}
    for i, mention in enumerate(mentions):
        groups.setdefault(mention.verb_end if mention.verb_end >= 0 else ("alone", i), []).append(mention.count)
    counts = [_parts_total(g) for g in groups.values()]
    exact = [c for c in counts if not _is_vague(c)] or counts
    best = max(exact, key=lambda c: c.best)
    low = min(c.low for c in exact)
    high = max(c.high for c in exact)
    return Count(low=min(low, best.best), best=best.best, high=max(high, best.best), text=best.text)


def _parts_total(parts: list[Count]) -> Count:
    """Numbers sharing a verb add up, unless the first is the total of the rest ("eight other victims, five men and
    three women, were also shot": 8)."""
    if len(parts) > 2 and parts[0].best == sum(c.best for c in parts[1:]):
        return parts[0]
    return Count(low=sum(c.low for c in parts), best=sum(c.best for c in parts), high=sum(c.high for c in parts),
                 text=" + ".join(c.text for c in parts))


def _is_vague(count: Count) -> bool:
    return not any(ch.isdigit() for ch in count.text) and not re.search(
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety|hundred)\b", count.text, re.IGNORECASE)


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
    return frozenset(nouns[:1]) or None  # "the driver of the fleeing car": the driver


_PERSON_WORD = re.compile(f"(?:{PERSON_NOUNS}|{VICTIM_NOUNS})")
_INDEFINITE = ("a", "an", "one", "another")


def _newcomer_count(shot: list[CountMention]) -> int:
    """How many people the "a"/"another" victims bring in. In one sentence each differently described victim is
    someone new ("a cook was wounded in the arm, a waiter in the hip and another waiter was grazed": 3); across
    sentences a reporter describes one victim anew ("a man was shot" ... "a 32-year-old man with a gunshot
    wound"), so only "another" adds to the sentence that brings in the most."""
    by_sentence: dict[int, set[tuple[str, str]]] = {}
    for mention in shot:
        if key := _newcomer(mention):
            by_sentence.setdefault(mention.sentence, set()).add(key)
    if not by_sentence:
        return 0
    main = max(by_sentence, key=lambda s: len(by_sentence[s]))
    extra = {key for s, keys in by_sentence.items() if s != main for key in keys if key[0] == "another"}
    return len(by_sentence[main] | extra)


def _newcomer(mention: CountMention) -> tuple[str, str] | None:
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


def killed_toll(killed: list[CountMention]) -> Count | None:
    """The dead: the largest figure, plus each one more told as such ("a sound technician was also killed")."""
    also = {_newcomer(m) for m in killed if m.victims.lower().startswith("another ")} - {None}
    base = combine([m for m in killed if not m.victims.lower().startswith("another ")])
    if not also:
        return base or combine(killed)
    n = len(also)
    if base is None:
        return _exact(n, "also")
    return Count(low=base.low + n, best=base.best + n, high=base.high + n, text=base.text)


def group_size(mention: CountMention, earlier: list[CountMention]) -> CountMention:
    """A "they died" mention given the size of the group counted just before it (at least two)."""
    if not mention.group:
        return mention
    before = [m for m in earlier if m.start < mention.start and m.outcome in ("hit", "injured", "killed")]
    n = max(2, before[-1].count.best) if before else 2
    return CountMention(outcome=mention.outcome, count=_exact(n, mention.count.text), victims=mention.victims,
                        start=mention.start, end=mention.end, subset=True, sentence=mention.sentence)


# Deaths told as a revision of an earlier toll: "two more have since died", "now confirmed that three were dead".
_LATER_DEATHS = re.compile(r"\b(?:more|since|now|later|another)\b", re.IGNORECASE)


def shot_toll(*, killed: list[CountMention], injured: list[CountMention], shot: list[CountMention]) -> Count | None:
    """The injured once the ``hit`` mentions are read: people shot or hurt are wounded unless the text says they
    died.

    "Five people were shot, one fatally" is 1 killed and 4 injured; "a man was shot ... he died at the hospital"
    is 1 killed and nobody injured (the victim moves from injured to killed). Victims named apart ("a woman was
    killed and a man was shot") are different people and add up.
    """
    wounded = combine(injured)
    hit = combine(shot)
    if hit is None:
        return wounded
    newcomers = _newcomer_count(shot)
    if newcomers > hit.best:
        hit = Count(low=newcomers, best=newcomers, high=max(hit.high, newcomers), text=hit.text)
    dead = combine(killed)
    dead_best = dead.best if dead else 0
    killed_who, shot_who = [_who(m) for m in killed], [_who(m) for m in shot]
    named = None not in killed_who + shot_who
    killed_names = frozenset().union(*killed_who) if named else frozenset()
    shot_names = frozenset().union(*shot_who) if named else frozenset()
    others = [m for m in shot
              if _OTHERS.search(f"{m.count.text} {m.victims}") and not _THE_OTHER_ONE.search(f"{m.count.text} {m.victims}")]
    # "three were killed and a girl wounded": someone brought in after "and" in the sentence of the dead is not
    # one of them
    after_dead = [h for h in shot if h.besides_dead]
    apart = bool(killed) and (bool(others) or (named and not killed_names & shot_names))
    more = hit.best if apart else max(hit.best - dead_best, len(after_dead) if killed else 0, 0)
    if others and killed:  # "three other people were shot": those hit besides the dead (or all hit but the dead)
        besides = combine(others)
        more = max(besides.best if besides else 0, hit.best - dead_best)
    # "several injured" beside "four people were shot": the exact figure
    base = wounded.best if wounded and not (_is_vague(wounded) and not _is_vague(hit)) else 0
    best = max(base, more)
    revised = any(_LATER_DEATHS.search(f"{m.count.text} {m.victims}") for m in killed)
    if revised and not apart and not others and not _is_vague(hit) and dead_best < hit.best < best + dead_best:
        # "seven were shot" and "four died": the wounded are the rest, whatever an earlier toll said ("two killed
        # and five wounded" before two more died)
        best = hit.best - dead_best
    if wounded is None and best == 0:
        return None if dead else _exact(0, hit.text)
    return Count(low=min(best, wounded.low if wounded else best), best=best,
                 high=max(best, wounded.high if wounded else best, hit.high), text=hit.text)

"""The words of counting: what befell people (outcome verbs), the count mention record, and the nouns for people.

Shared by the number rules (``counts``), the phrase rules (``count_phrases``) and the tolls (``tolls``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventsift.records import Count

# A bullet or a blow that struck someone somewhere in the body: "was struck in the arm", "hit in the lower body".
HIT_IN_THE_BODY = (r"(?:hit|struck) in the (?:\w+ )?(?:legs?|arms?|chest|head|back|necks?|shoulders?|foot|feet|"
                   r"hands?|hips?|torso|abdomen|stomach|buttocks|face|thighs?|groin|side|knees?|ankles?|wrists?|"
                   r"elbows?|jaw|calf|calves|heels?|fingers?|eyes?|cheeks?|ribs|pelvis|spine|shins?|forearms?|"
                   r"lower body|upper body)")

# Where people gather, as a headline names it without an article: people "shot at birthday party", "shot at
# close range" were hit; "shot at officers" were fired upon.
_VENUES = (r"party|bar|club|nightclub|school|home|church|park|picnic|gathering|festival|concert|funeral|vigil|"
           r"restaurant|store|mall|motel|hotel|apartments?|house|cookout|barbecue|wedding|reunion|lounge|tavern|pub|"
           r"fair|game|range|work")
OUTCOMES: dict[str, str] = {
    # "killed and wounded" with one number: ACLED's codebook counts half of it as killed (see _split_casualties)
    "casualties": r"killed and (?:wounded|injured)|killed or (?:wounded|injured)|killed/(?:wounded|injured)",
    "killed": r"(?:suffer(?:ed|ing)|sustain(?:ed|ing)|receiv(?:ed|ing))\s+(?:[\w-]+\s+){0,2}?fatal\s+(?:[\w-]+\s+)?(?:injuries|wounds?)|"
              r"(?:shot|stabbed)(?:,| and|, and) killed|(?:shot|stabbed) and (?:later )?(?:died|pronounced dead)|shot dead|fatally (?:shot|wounded|injured|stabbed|struck)|killed|dead|deceased|died|"
              r"(?<!\ba )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )slain|"
              r"gunned down|lost (?:their|his|her) li(?:ves|fe)|perished|(?:pronounced|declared) (?:dead|deceased)|found dead|succumbed|"
              r"martyred|(?:embraced|attained) (?:martyrdom|shahadat)|neutrali[sz]ed|eliminated|annihilated|bodies|murdered|assassinated|massacred|slaughtered|strangled|executed|beheaded|lynched|(?:beaten|stabbed|shot|hacked|burned|burnt|stoned|bludgeoned|clubbed) to death|"
              r"fatalit(?:y|ies)|deaths|"
              # a headline's present tense: "2 die in shooting" (not "could die", "did not die", "die-hard")
              r"(?<!\bnot )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bto )(?<!\bcan )dies?(?![\w-])",
    "injured": r"injured|wounded|hurt|(?:(?<=are )|(?<=were )|(?<=is )|(?<=was ))recovering\b|"
               r"(?:to be )?treated for (?:[\w-]+ ){0,3}?(?:wounds?|injuries)|"
               r"(?<!gunshot )(?<!with )(?<!suffering )injuries|injuring|wounding|critically injured|hospitali[sz]ed|"
               r"(?:in|listed in) (?:critical|serious|stable|fair|good|grave) condition|"
               # "was flown to Kern Medical in critical condition": a hospital by its name
               r"(?:taken|rushed|transported|airlifted|flown) (?:by helicopter )?to (?:[\w'’.-]+ ){1,4}?in (?:critical|"
               r"serious|stable|fair|grave) condition|"
               r"treated (?:(?:at|on|in) (?:the |a |an )?[\w-]+ )?and released|"
               r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere )|(?<=\bremains )|(?<=\bremain ))(?:listed as )?(?:stable|critical)\b(?! condition)",
    # "four people were shot": hit by gunfire; how many of them died is said elsewhere (``shot_toll``). "Shot at"
    # is fired upon, unless a place or a time follows: "shot at a bar", "shot at Lucky's Lounge", "shot at 2 a.m."
    # (never when people follow: "four youths shot at the policemen" fired)
    "hit": r"shot(?!\s+(?:at\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+)?(?:policem[ae]n|officers?|police|troops|"
           r"soldiers|guards?|deputies|agents|patrols?|crowds?|him|her|them)\b(?!['’]|\s+(?:station|headquarters|post|"
           r"academy|department|precinct|barracks|checkpoint|club|house|home))|"  # "youths shot at the policemen": fired
           r"at(?!\s+(?:a|an|the|his|her|their|about|around|approximately|(?-i:[A-Z0-9]))[\s\w]|\s+\d{1,2}:\d{2}\b|"
           rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_VENUES})(?![\w-]))|dead|to death|"
           r"and killed|down|up|out)\b|"
           # "a gunman shot, stabbed and killed five": a list of active verbs sharing their object
           r",\s+(?:\w+ed,?\s+)*and\s+(?:killed|wounded|injured)\b)|"
           r"fighting for (?:his|her|their) li(?:fe|ves)|winged|"
           # wounded by a blade or a gun's butt: "was stabbed in the back", "was pistol-whipped" (not "to death")
           r"(?:stabbed|knifed|pistol-whipped)(?!\s+(?:to\s+death|and\s+killed)\b)|"
           rf"{HIT_IN_THE_BODY}|"
            # "hit by a stray bullet", "struck by shotgun pellets", "hit by one of the shots", "struck by shrapnel"
            r"(?:struck|hit)(?: and (?:injured|wounded))? (?:by|with) (?:gunfire|(?:[\w-]+ ){0,3}?(?:bullets?|rounds?|pellets?|"
            r"shots|gunshots|buckshot|shrapnel))|suffered (?:\w+ )?gunshot wounds?|grazed|"
           r"(?:struck|hit) (?:in|during) (?:a|an|the) (?:[\w-]+ ){0,3}?(?:shooting|gunfire|drive-by|crossfire|shootout)\b|"
           # "two men with gunshot wounds", "four people have bullet wounds", "a boy with stab wounds"
           r"(?:with|suffering(?: from)?|who suffered|sustained|have|has|had) (?:[\w-]+ ){0,2}?(?:gunshot|bullet|stab|knife) "
           r"(?:wounds?|injuries)|"
           r"(?:taken|rushed|transported|airlifted|flown) to (?:[\w-]+ ){0,3}?(?:hospitals?|medical cent(?:er|re)s?)|"
           r"in (?:the |a |area |local )?hospitals?\b|"
           r"(?:being )?treated (?:at|in) (?:[\w-]+ ){0,3}?(?:hospitals?|medical cent(?:er|re)s?)|"
           r"(?:receiving|getting|undergoing) (?:medical |hospital )?treatment\b|"
           # "suffered a minor injury", "received a gunshot wound", "suffered cuts and burns"
           r"(?:sustained|suffered|received) (?:[\w'’-]+ ){0,6}?(?:injur(?:y|ies)|wounds?|burns|fractures?|cut(?=\s+(?:to|on|and)\b)|cuts|bruises|"
           r"lacerations?|broken (?:arms?|legs?|nose|jaw|ribs?|bones?|wrists?|ankles?))\b|"
           # "a guard was later found near the depot with minor injuries"
           # (not "a hiker found the corpse of a woman with a bullet wound": someone found by the one counted)
           r"found (?!(?:the|a|an|his|her|their|its|two|three|four|\d+) )(?:[\w-]+ ){0,5}?with (?:[\w-]+ ){0,2}?"
           r"(?:injuries|(?:gunshot|bullet|stab|knife) wounds?)|"
           # "four people were hit", "all were struck twice": hit by the shots, the verb closing its clause (last, so
           # that "hit in the leg", "hit by gunfire" are read first)
           r"(?:hit|struck)(?=\s*[.,;]|\s*$|\s+(?:and|but|as|when|while|once|twice|several times|multiple times|"
           r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times)\b)",
    "abducted": r"kidnapped|abducted|taken hostage|held hostage|hostages|went missing|seized|taken away|snatched|"
                r"whisked away|carried off",
    "arrested": r"arrested|detained|apprehended|taken into custody|rounded up|nabbed|captured",
}
# Verbs of a manner of harm that kills only when "to death" follows the people: "hacking two farmers to death", not
# "stabbed two guards" (``counts._active``).
MANNER_VERBS = (r"beat|beating|hacked|hacking|stabbed|stabbing|stoned|stoning|bludgeoned|bludgeoning|clubbed|clubbing|"
                r"burned|burning|burnt|kicked|kicking")
# Active forms put the number after the verb: "killing 12", "kidnapped two", "arrested 40 people".
ACTIVE = {
    # "gunmen killed and injured 30 people": the dead and the hurt together, split by ACLED's half rule where the
    # text gives no split (``counts._split_casualties``)
    "casualties": r"(?:killed|killing)\s+(?:and|or)\s+(?:wounded|injured|wounding|injuring)",
    "killed": r"kill(?:ed|ing|s)?|shot dead|shooting dead|gunned down|gunning down|shot and killed|fatally (?:shot|shooting|shoots|wounded|wounding|stabbed|"
              r"stabbing)|murder(?:ed|ing)|execut(?:ed|ing)|"
              # "troops neutralised three militants": South Asian forces' word for killing the enemy
              r"neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|martyr(?:ed|ing)|"
              r"behead(?:ed|ing)|lynch(?:ed|ing)|assassinat(?:ed|ing)|massacr(?:ed|ing)|slaughter(?:ed|ing)|annihilat(?:ed|ing)|"
              # "tied up and slit the throats of 12 farmers"
              r"(?:slit|slitting|cut|cutting)\s+the\s+throats\s+of|"
              # "villagers stoned to death two suspected thieves": the manner before the people
              r"(?:beat|beating|stabbed|stabbing|hacked|hacking|stoned|stoning|bludgeoned|burned|burnt) to death|"
              r"left|leaving|claim(?:ed|ing) the lives? of|"
              # "the army lost seven soldiers": a side's own dead (people only: ``counts._LOST_PEOPLE``)
              r"lost|losing|"
              # "hacking two farmers to death": the manner, then the people (only when "to death" follows them)
              rf"(?:{MANNER_VERBS})|"
              # "the dead included four children", "among the dead were two officers"
              r"(?:the )?dead (?:included|include|includes|were|are)|among (?:the )?dead (?:were|are|was|is)|"
              # "the death toll rose to 25", "the toll from Sunday's bombing has risen to 25", "the death toll reached 25"
              r"(?:death )?toll (?:(?:from|in|of) (?:(?!(?:war|conflict|insurgency|uprising|year|month|decade)\b)[\w'’-]+ ){1,25}?)?(?:(?:has |had |now |since |further |again ){0,2}(?:rose|rises|risen|climbed|"
              r"climbs|jumped|increased) (?:to|at)|(?:has |had )?(?:reached|reaches|hit|stood at|stands at)|at)|"
              # "bringing the death toll to two", "raising the overall toll from the attack to 14"
              r"(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|tak(?:e|es|ing)|took) the "
              r"(?:(?:overall|total|official) )?(?:death )?toll (?:(?:from|in|of) (?:[\w'’-]+ ){1,8}?)?to",
    "injured": r"injur(?:ed|ing|es?)|wound(?:ed|ing|s)?|shot and (?:wounded|injured)|"
               # "a shooting that hurt two people", "gunfire hurting three"
               r"hurt(?:ing|s)?|"
               r"(?:the )?(?:wounded|injured) (?:included|include|includes|were|are)|among (?:the )?(?:wounded|injured) (?:were|are)",
    "hit": r"shot|shooting|shoots|hitting|striking|stabbed|stabbing|stabs|pistol-whipp(?:ed|ing)",
    "abducted": r"kidnap(?:ped|ping|s)|abduct(?:ed|ing|s)|took(?:\s+(?:away|hostage))?|taking(?:\s+(?:away|hostage))?|"
                # verbs of taking count people only where people follow (``TAKEN_PEOPLE``): "seized 12 travellers"
                r"seiz(?:ed|ing)|snatch(?:ed|ing)|grabb(?:ed|ing)|carried off|(?:led|dragged|whisked|marched) (?:away|off)",
    "arrested": r"arrest(?:ed|ing|s)|detain(?:ed|ing|s)|apprehended|rounded up",
}
# Words allowed between a number and its passive verb: "28 people were killed", "seven troops were injured".
GAP = r"(?:[\w’'\"“”()\[\]-]+,?\s+){0,14}?"  # "[not further identified]": an editor's note in brackets; a "quoted" name
BE = r"(?:(?:were|was|have been|has been|had been|are|is|being|got|reportedly|allegedly|reported|confirmed|also|later|all|been|has|have|had|" \
      r"both|each|since|subsequently|eventually|apparently|found|left|nearby|there|alive|" \
      r"seriously|critically|severely|gravely|badly|slightly|lightly|moderately|survived,?\s+(?:but|and))\s+){0,3}"
# The list a subset word opens ends at an outcome and "and": "three dead, including the gunman, and nine injured".
SUBSET_BEFORE = re.compile(r"(?:including|among them|among whom|of whom|of them)"
                           r"(?:(?!\b(?:dead|killed|injured|wounded|hurt)\s+and\b|\b(?:wounding|injuring|killing|leaving)\b)"
                           r"[^,;.()])*$", re.IGNORECASE)
# A gap may hold "and" only where it joins another number: "two farmers and five raiders were killed".
# Nor may it hold another outcome: in "three shot, one dead" the three are not the dead.
# "90 neighbours have gathered with candles for the slain ranger", "crowds gather at a memorial for slain
# officers": the number's own verb comes first ("have" right before the outcome is it: "two had minor injuries").
CLAUSE_BREAK = re.compile(r"\b(?:but|while|when|who|after|which|were|was|shot|killed|dead|died|wounded|injured|hurt|condition|"
                          r"(?:have|has|had)(?!\s+(?:(?:\w+ly|earlier|already|since|now)\s+)?(?:been|also|all|both)\b"
                          r"|(?:\s+[\w-]+){0,3}\s*$)|gather(?:ed|ing)?|"
                          r"left|leaving|killing|wounding|injuring|hitting|fired|firing|"
                           r"where|say|says|said|went|told|before|because|that|whose|if)\b",
                           re.IGNORECASE)
SUBSET_AFTER = re.compile(r"^\s+(?:more\s+)?of\s+(?:the|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?"
                          r"(?:shooting\s+|gunshot\s+)?"
                           r"(?:injured|wounded|dead|killed|slain|victims|hostages|abducted|people|persons|men|women)", re.IGNORECASE)
NOT_PEOPLE = re.compile(r"^\s*(?:%|per ?cent|percent|km|kilometres?|kilometers?|miles?|metres?|meters?|hours?|days?|"
                        # incidents, not people: "2 shootings in Elmtown, 1 dead", "two bombings killed five"
                        # ("two other bombings killed 29", "three separate attacks")
                        r"(?:(?:other|more|separate|similar|further|earlier|previous|such)\s+)?"
                        r"(?:shootings?|shootouts?|stabbings?|robber(?:y|ies)|carjackings?|bombings?|attacks?|incidents?|"
                        r"cases|instances|occasions)(?!\w)|"  # "in both cases, no one was hit"
                        # a length of time or service, not people: "the 25-year police veteran"
                        r"-(?:year|month|week|day|hour|minute)s?(?![\w-])|"
                        r"minutes?|mins?|seconds?|feet|foot|yards?|blocks?|rounds?|shots|bullets?|groups?|"
                        r"sides|parties|camps|factions|directions|ends|"  # "fighters from both sides died"
                        # "five members of one family" (not "five family members", "two village elders")
                        r"(?:famil(?:y|ies)|households?|clans?|tribes?|villages?)(?!\s+(?:members?|elders?|leaders?|chiefs?|heads?))|"
                        r"(?:hand)?guns?|rifles?|pistols?|shotguns?|weapons?|firearms?|knives|knife|"
                        # "bandits took away 200 cows": livestock rustled, not people
                        r"cows?|cattle|goats?|sheep|camels?|livestock|animals?|horses?|donkeys?|bulls?|oxen|pigs?|head(?=\s+of\s)|"
                         r"weeks?|months?|years?|am|pm|a\.m\.|p\.m\.|o['’]clock|rupees|dollars|\$|vehicles?|cars?|houses?|"
                         # "bandits who arrived on about 40 motorcycles shot at residents"
                         r"motorcycles?|motorbikes?|bikes?|trucks?|pick-?ups?|boats?|canoes?|buses|vans?|"
                         r"homes?|shops?|buildings?|doors?|streets?|kg|tonnes?|times|(?:search\s+|arrest\s+)?warrants?|subpoenas?|counts?\s+of|(?:[\w-]+\s+)?(?:murder|homicide|manslaughter)\s+(?:counts|charges)|"
                         r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                         r"aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                        # not an adjective made of the word: "two bullet-riddled bodies", "three gun-toting men"
                        r"(?!\w|-[a-z]+(?:ed|ing|en)\b)", re.IGNORECASE)


# Words before an active verb that make it an aim, not a deed: "the intent to kill", "for the purpose of killing",
# "with the aim of looting or kidnapping a trader" (each of the aims).
INTENT_BEFORE = re.compile(r"\b(?<!went on )(?<!going on )(?:to|could|would|might|will)\s+(?:have\s+)?$|\b(?:purpose|intent|intention|threats?|plots?|attempts?|"
                           r"risk|danger|possibility|goal|aim|plans?)\s+of\s+(?:\w+ing\s+(?:or|and)\s+)?$", re.IGNORECASE)


def tells_aim(before: str, verb: str) -> bool:
    """Whether ``before`` makes ``verb`` (the words from the verb on) an aim, not a deed: "the intent to kill",
    "would have killed", "the purpose of killing"; not "pleaded guilty to killing" nor "claimed to have killed",
    where "to" takes a deed done."""
    found = INTENT_BEFORE.search(before)
    told = found.group(0).lower().split() if found is not None else []
    return found is not None and not (told[0] == "to" and (re.match(r"\w+ing\b", verb) or "have" in told))


# A day's or a month's name, capitalised: "wounded Sunday" and "killed Ana, March 3" name no person.
CALENDAR_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                           r"June|July|August|September|October|November|December)\b")
# A month's name, whole or cut short ("Mar.", "Sept"): not any word it begins ("martyred", "declared", "maybe").
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
              r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
MONTH_BEFORE = re.compile(rf"\b{MONTH_NAME}\s*$", re.IGNORECASE)


# The words of people held before, hostages and captives: counted dead, no one taken now ("the bodies of six hostages").
HELD_BEFORE = re.compile(r"(?:hostages?|captives?|abductees?)\b", re.IGNORECASE)
# What befalls victims (as opposed to the abducted and the arrested): the outcomes a toll of the hurt is made of.
VICTIM_OUTCOMES = ("killed", "injured", "hit")
# The victims of a death that is the attacker's own ("then killed himself", "was shot dead by police"): one more
# dead beside the count of its sentence (``count_phrases`` marks it, ``tolls.killed_toll`` adds it).
PERPETRATOR_VICTIMS = "another perpetrator"
# The fight with the police or troops that ended an attack: "(killed) in a shootout with police", "in a gunfight with".
FIGHT_NOUNS = r"(?:shootout|shoot-out|gunfight|firefight|gun\s+battle|exchange\s+of\s+fire)"
# The words for the one who shot or struck, as reports tell him apart from his victims ("the gunman", "a suspect").
ONE_ATTACKER = r"suspect|gunman|shooter|assailant|attacker|robber|intruder"


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
    # the attacker's death told in words that may tell someone counted already: "before he died" (a victim's own life
    # may end so), "one of the cousins shot the other, then turned a rifle on himself"
    maybe_told: bool = False
    # "three attackers were also killed": a group told besides the people counted before it
    also: bool = False
    # "a 19-year-old man died Sunday at the hospital", "died of his wounds": a death of someone hurt before
    of_wounds: bool = False
    # "the death toll rose to 11": the incident's dead told again as a whole, those who died since included
    revised: bool = False
    # "the group said its fighters had killed 20 soldiers": a side's own word on what it did, beside others' figures
    # only the high end of the range
    claimed: bool = False
    # "faces two counts of murder": the dead a charge sheet counts (``counts._murder_counts``), told of a killing
    charge: bool = False
    # "(a gunman opened fire,) killing 26 people": the dead of the doer's own verb, whom the doer is none of
    by_the_doer: bool = False


def exact_count(n: int, text: str) -> Count:
    return Count(low=n, best=n, high=n, text=text)


def plus(count: Count, n: int, *, text: str | None = None) -> Count:
    """``count`` and ``n`` more people (its low, best and high each raised by ``n``), told by ``text`` if given."""
    return Count(low=count.low + n, best=count.best + n, high=count.high + n, text=count.text if text is None else text)


def phrase_mention(outcome: str, n: int, m: re.Match[str], *, offset: int, victims: str = "", subset: bool = False) -> CountMention:
    """``n`` people, written as the whole phrase ``m`` matched ("was shot", "and another injured")."""
    return CountMention(outcome=outcome, count=exact_count(n, m.group(0)), victims=victims, start=offset + m.start(),
                        end=offset + m.end(), subset=subset)


# How far back from a number the rules look for its verb or a subset word: phrases are short, and a bounded
# window keeps the rules linear in the sentence length.
LOOK_BACK = 200


# "a front-seat passenger suffered a gunshot wound" (not "the passenger side", "a passenger train")
_PASSENGER = r"passenger(?!-|\s+(?:side|seat|door|window|car|train|jet|plane|van|vehicle|bus|ship|ferry|flight|rail)s?\b)"
PERSON_NOUNS = (
    r"man|woman|boy|girl|child|civilian|soldier|policeman|officer|constable|militant|person|resident|villager|"
    r"farmer|shepherd|student|teacher|trader|shopkeeper|worker|driver|journalist|leader|member|commander|cleric|"
    r"elder|teenager|youth|guard|trooper|fighter|rebel|protester|demonstrator|passer-by|passerby|pedestrian|"
    r"local|citizen|national|doctor|judge|lawyer|activist|chief|official|head|governor|mayor|politician|"
    r"councill?or|assailant|attacker|bomber|gunman|suspect|bodyguard|inmate|prisoner|herder|priest|employee|"
    r"contractor|engineer|inspector|sub-inspector|jawan|cadre|operative|son|daughter|brother|wife|husband|"
    r"individual|adult|pastor|imam|monk|nurse|businessman|businesswoman|merchant|vendor|operator|agent|colonel|"
    r"lieutenant|sergeant|gendarme|militiaman|informant|headman|chieftain|scholar|"
    # family and the people around a victim, as crime reports name them
    r"father|mother|sister|uncle|aunt|cousin|nephew|niece|grandmother|grandfather|grandson|granddaughter|"
    r"step-?(?:son|daughter|father|mother|brother|sister|child)|"
    r"girlfriend|boyfriend|fianc[eé]e?|friend|neighbou?r|relative|roommate|customer|patron|bystander|clerk|cashier|"
    r"toddler|infant|baby|juvenile|guest|tenant|landlord|owner|manager|coach|player|referee|fan|"
    r"shopper|motorist|cyclist|jogger|hunter|homeowner|witness|worshipp?er|parishioner|congregant|churchgoer|"
    r"classmate|co-?worker|colleague|intruder|burglar|robber|thief|pickpocket|"
    # trades and offices that wire copy and conflict reports name their victims by
    r"peasant|watchman|doorman|janitor|caretaker|sentry|reporter|photographer|cameraman|mechanic|labou?rer|miner|"
    r"editor|publisher|columnist|blogger|broadcaster|newsman|"
    r"fisherman|diplomat|ambassador|minister|senator|congressman|councilman|magistrate|prosecutor|candidate|"
    r"professor|tourist|pilgrim|refugee|courier|vigilante|ranger|policewoman|"
    # traditional rulers and their household, as West African reports name them ("a traditional ruler and his aides")
    r"ruler|monarch|king|emir|oba|aide|"
    # the heads of villages and councils, as South Asian and African reports name them ("killed the sarpanch")
    r"sarpanch|pradhan|mukhiya|nambardar|lambardar|chairman|chairperson|"
    # the staff of the shops, restaurants and homes where crime reports' victims work
    r"waiter|waitress|chef|cook|bartender|barber|bouncer|dishwasher|attendant|salesman|saleswoman|hairdresser|tailor|"
    r"butcher|carpenter|plumber|electrician|firefighter|paramedic|pharmacist|dentist|surgeon|accountant|banker|"
    r"lecturer|schoolboy|schoolgirl|pupil|conductor|cleaner|gardener|housewife|maid|servant|"
    r"principal|headmaster|headmistress|headteacher|schoolteacher|"
    # health and aid workers, as reports of attacks on vaccination teams and convoys name them
    r"vaccinator|volunteer|midwife|"
    # the foreign and technical staff kidnapped from work sites and missions
    r"technician|specialist|consultant|surveyor|geologist|scientist|staffer|translator|interpreter|missionary|"
    # ranks, South Asian forces' too ("a havildar and two sepoys"); "major" and "general" only where a noun ends
    # ("killing a major and two soldiers", not "a major attack", "a general strike")
    r"captain|corporal|brigadier|subedar|havildar|naik|sepoy|"
    # the services' people, as reports of attacks on them name them ("four Marines", "two sailors and a pilot")
    r"sailor|seaman|airman|airmen|marine|serviceman|servicewoman|servicemember|reservist|recruit|cadet|pilot|"
    r"paratrooper|commando|"
    r"(?:major|(?<!secretary )(?<!attorney )(?<!director )(?<!inspector )(?<!surgeon )(?<!governor )(?<!solicitor )"
    r"(?<!consul )general)(?=\s*(?:[,.;:]|(?:and|or|was|were|who|is|died|in|of|from|at|on|near|outside|inside|with|by|"
    r"as|after|when|while|wounded|injured|killed|hurt|shot)\b))|"
    rf"{_PASSENGER}"
)
# A verb of taking ("took", "seized", "led away") counts the abducted only where the number names people: "seized 12
# travellers", "took away 30 residents" (not "seized 12 rifles", "took 20 minutes"); "kidnapped 12" counts alone.
TAKING_VERB = re.compile(r"(?:took|taking|seiz|snatch|grabb|carried|led|dragged|whisked|marched)", re.IGNORECASE)
TAKEN_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?!(?:suspect|assailant|attacker|gunm[ae]n|militant|rebel|fighter|robber|"
                          r"inmate|prisoner)s?\b)(?:(?:" + PERSON_NOUNS + r")s?|people|persons|men|women|children|"
                          r"travell?ers|families|foreigners|policemen|businessmen|wives|hostages|schoolchildren|locals)\b",
                          re.IGNORECASE)
# An office before the name of the one who holds it, told without an article: "former minister Ana Ruiz", "junta
# member Ana Ruiz" (the words up to the name; never a preposition's phrase, "after officer Ana Ruiz").
OFFICE_BEFORE_NAME = (r"(?!(?:a|an|the|his|her|their|its|by|in|on|at|near|during|while|when|after|and|or|with|from|as|for|"
                      r"to|inside|outside)\s)" rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:{PERSON_NOUNS})\s+")
# Nouns that name the person a crime report is about: "the victim died", "the teen was shot".
VICTIM_NOUNS = rf"victim|man|woman|boy|girl|teen|teenager|child|toddler|infant|baby|driver|{_PASSENGER}|shooter|gunman|" \
               r"suspect|officer|deputy|trooper|clerk|cashier|customer|homeowner|resident|student|mother|father|" \
               r"male|female"
# "an injured woman", "a critically wounded guard": one person told as hurt by the word before the noun (the counts
# keep these words as the mention's victims; the tolls read them there).
TOLD_HURT = r"(?:an?|another)\s+(?:[a-z]+ly\s+)?(?:injured|wounded)"
# "a civilian was killed", "an officer was injured": one person, with no number written.


_PART_OF = re.compile(r"of\s+(?!(?:the\s+[\w-]+['’]s|its|their|his|her)\s+(?:[\w-]+\s+)?(?:fighters|members|militants|"
                      r"soldiers|troops|personnel|cadres|guards|bodyguards|escorts|commanders|men)\b)"
                      # "four of the group's fighters", "two of the governor's escorts": its or his men, not a part
                      r"(?:the|them|those|these|whom|which|us|its|his|her|their|all|both)\b", re.IGNORECASE)


def is_part_of(mention: CountMention) -> bool:
    """A mention told as a part of people counted before: "one of them", "two of the men", "one of whom"."""
    return bool(_PART_OF.match(mention.victims))

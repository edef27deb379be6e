"""The event's place: place names in the text, the dateline, and which name an incident happened at.

Resolution of names to coordinates is the geocoder's (eventsift.geo); this module decides which names
are candidates and which one belongs to an incident.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from eventsift.documents.clean import DATELINE_SEARCH_CHARS, read_dateline
from eventsift.events.actors import demonyms
from eventsift.geo.dateline import ANCHOR_MIN_POPULATION, bracketed_region
from eventsift.geo.home import outlet_name
from eventsift.geo.normalize import name_key
from eventsift.geo.resolve import NOT_HERE_QUALIFIERS
from eventsift.geo.scan import FACILITY_WORDS
from eventsift.geo.sources import country_cues, is_capital, police_forces
from eventsift.records import Document, Place, Sentence, Toponym
from eventsift.nlp.text import headline_end, split_sentences
from eventsift.nlp.truecase import zipf

# spaCy labels that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words before a place name that put the event near it rather than in it (ACLED geo_precision 2).
NEAR = re.compile(r"(?:\bnear|\boutskirts of|\bvicinity of|\bclose to|\bhills near|\barea near|\bnot far from|"
                  # "50 km north of", "30 kilometers (19 miles) from"
                  r"\b(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\([^()]{1,30}\)\s+)?(?:\w+\s+)?(?:from|of)|"
                  # "a rebel-held town east of Elmtown", "villages just south of Ashby", "a monastery south of the
                  # capital": a place told by its direction (not "the south of Elmtown", a part of it)
                  r"\b(?!(?:the|in|of|to|at|on|from)\s)[a-z]+\s+"
                  r"(?:(?:just|some|directly|further|far)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                  # "Ashby, west of the capital": the direction told after a town, from a landmark
                  r",\s+(?:(?:just|some|directly|further|far)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
                  # "500 km from the state capital, Raipur": the kind of town told before its name
                  r"\s+(?:the\s+(?:(?:state|provincial|district|regional|national|divisional|county|country['’]s|state['’]s)\s+)?"
                  r"(?:capital|headquarters|city|town|seat)\s*,?\s+|"
                  # "near the town of Ashby", "close to the northern village of Elm"
                  r"the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|settlement|hamlet|locality)\s+of\s+|the\s+)?$", re.IGNORECASE)
NEAR_AFTER = re.compile(r"^\s+(?:area|outskirts|vicinity|suburbs?|region)\b", re.IGNORECASE)
# Words before a place name that make it where someone or something came from, not where the event happened ("a
# native of Elmland", "born in Ashby", "citizens of Elmland"; not "the death toll from Ashby's market blast").
FROM = re.compile(r"\b(?:(?<!toll )(?<!tolls )(?<!deaths )(?<!casualties )from|natives?\s+of|born\s+in|(?:grew\s+up|raised)\s+in|"
                  r"citizens?\s+of|nationals?\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# Words before a place name that make it where the wounded or detained were taken ("shifted to Quetta"), or
# where someone or a road went.
DESTINATION = re.compile(r"\b(?:shifted|taken|rushed|moved|referred|transferred|transported|flown|evacuated|airlifted|"
                         r"brought|sent|send|sends|sending|driven|repatriated|repatriating)"
                         r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:in\s+)?$"
                         r"|\b(?:headed|heading|fled|fleeing|escaped)\s+(?:\w+\s+){0,2}?(?:to|toward|towards|for)\s+(?:the\s+)?$"
                         # "the hurt are recovering at a clinic in Elmtown": where they were cared for, not the scene
                         r"|\b(?:treated|hospitali[sz]ed|admitted|recovering|receiving\s+treatment)\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:at|in)\s+(?:a|the|two|several)\s+(?:[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?|medical\s+cent(?:er|re)s?)"
                         r"\s+in\s+$"
                         # "a convoy escorting traders to the district capital Elmtown", "a bus bound for Elmtown" (not "on
                         # his way to Elmtown": he may have been seized there)
                         r"|\b(?:escort(?:ing|ed|s)?|ferrying|bound)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:to|for)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?$"
                         r"|\b(?:flights?|trip|visit|flew|travel(?:l?ed|l?ing)?|deported|extradited)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?$"
                         # "stopped at the state border on their march to Elmtown": where a long march was headed
                         r"|\b(?:their|its|his|her|the|a)\s+(?:[\w-]+\s+){0,2}?(?:march|trek|convoy)\s+(?:to|towards?|on)\s+"
                         r"(?:the\s+)?$"
                         # "the road towards Elmtown stayed closed": where a road leads, not where the incident was
                         r"|\b(?:road|highway|route|way)\s+(?:to|towards?|leading\s+to)\s+(?:the\s+)?$"
                         # "news of it reached Elmtown only yesterday": where the news came, not the incident
                         r"|\b(?:news|word|reports?)\s+(?:[\w-]+\s+){0,3}?reached\s+(?:the\s+)?$"
                         # "to hospitals in the Turkish city of Gaziantep" (not "looted a hospital in Nyala": the target)
                         r"|\b(?:to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?hospitals?|hospitals)\s+in\s+"
                         r"(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|capital|province|district)\s+of\s+)?$"
                         # ... or "admitted to the Elmtown Institute of Medical Sciences (EIMS) in Ashby" (not "a rocket hit a
                         # clinic in Ashby": where the wounded were taken to, not any clinic's town)
                         r"|\b(?:admitted|taken|rushed|shifted|referred|transferred|transported|flown|evacuated|airlifted|"
                         r"brought)\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+|a\s+)?[^.;]{0,60}?\b(?:infirmary|clinic|institute\s+of\s+"
                         r"medical\s+sciences|medical\s+(?:college|cent(?:er|re)))(?:\s+\([A-Z]{2,8}\))?\s+in\s+$",
                         re.IGNORECASE)
# ... and a hospital named after its town where someone died or was treated ("died Sunday at Elmtown Medical
# Center"): where the wounded were taken (not "a gunman opened fire at Elmtown Hospital": the scene).
DIED_AT_BEFORE = re.compile(r"\b(?:died|dies|succumbed|(?:pronounced|declared)\s+dead|treated|recovering|"
                            r"hospitali[sz]ed)\s+(?:\w+\s+){0,3}?(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
HOSPITAL_NAMED = re.compile(r"\b(?:hospital|infirmary|clinic|(?:medical|trauma)\s+cent(?:er|re))$", re.IGNORECASE)
# Qualifiers of names that are never the event's place, not even a weak sign of it: where someone once served
# in the forces ("SERVICE_BEFORE") and what the incident answers or is about ("SUBJECT_BEFORE").
NEVER_HERE_QUALIFIERS = frozenset({"service", "subject"})
# What an incident answers or is about, told with a place of its own: "jets bombed camps near Ashby in reprisal for a
# raid on Elmtown", "exiles urged the minister to intervene in the crisis in Elmland", "a rally against the war in
# Elmland". The place of the other incident or of the cause, never this one's.
SUBJECT_BEFORE = re.compile(
    r"\b(?:in\s+(?:response|retaliation|reprisal)\s+(?:to|for)|to\s+avenge|avenging)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|raids?|killings?|ambush(?:es)?|massacres?|assaults?|shootings?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|on|at)\s+(?:the\s+)?$"
    r"|\b(?:against|over|about|protesting|denouncing|condemning|to\s+end|an\s+end\s+to|(?:mediate|intervene)\s+in)\s+"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:crisis|war|conflict|situation|violence|killings|genocide|occupation|"
    r"crackdown|persecution)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# Where someone served in the armed forces, a life story's place and not the event's: "two tours in Elmland",
# "deployed to Elmland from March 2007" (a deployment told with its years: "police deployed in Elmtown" are at the
# scene), "an Elmland war veteran", "a veteran of the Elmland war".
SERVICE_BEFORE = re.compile(r"\b(?:(?:two|three|four|five|six|several|multiple|combat|military|\d)\s+tours?|"
                            r"tours?\s+of\s+duty)\s+(?:in|to)\s+(?:the\s+)?$", re.IGNORECASE)
DEPLOYED_BEFORE = re.compile(r"\b(?:deployed|deployments?|served)\s+(?:twice\s+|overseas\s+)?(?:in|to)\s+(?:the\s+)?$",
                             re.IGNORECASE)
SERVICE_YEARS_AFTER = re.compile(r"^\s+(?:from|in|between)\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b"
                                 r"|^\s+(?:twice|three times)\b")
WAR_VETERAN_AFTER = re.compile(r"^(?:\s+[Ww]ar)?\s+(?:veteran|vet)s?\b")
VETERAN_OF_BEFORE = re.compile(r"\bveterans?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
WAR_AFTER = re.compile(r"^\s+[Ww]ars?\b")
# Words before a place name that make it the seat of a hospital named before it ("Ashby Regional Medical Center in
# Elmtown"): where the wounded are treated, a weak sign near the scene, like an institution's.
HOSPITAL_IN = re.compile(r"\b(?:medical|health|trauma|burn)\s+cent(?:er|re)\s+in\s+$", re.IGNORECASE)
# A saint's name before its possessive is a church's, a school's or a hospital's: "St. Mary's Medical Center".
SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint)\s+$")
# A holy figure's epithet names a place that is no scene: "St. Elizabeth of Hungary Church", "prayers to Our Lady of
# Fatima", "the Virgin of Guadalupe".
HOLY_EPITHET_BEFORE = re.compile(r"\b(?:St\.?|Saint|Our\s+Lady|Virgin)\s+(?:[A-Z][\w'’.-]*\s+){0,2}of\s+(?:the\s+)?$")
# Words after a place name that make it part of an organisation's name ("Luhansk People's Militia"), or a tribe's
# ("the Al-Bu Elm tribe").
IN_A_NAME = re.compile(r"^\s*(?:People'?s|Militia|Liberation|Brigades?|Battalions?|Regiment|Front|Group|"
                       r"(?i:tribes?|clans?)"
                       # a party's name: "the Elmland Tehreek-e-Insaf", "Elmland Muslim League", "Elmland Peoples Party"
                       r"|Tehr[ei]e?k|Tahr[ei]e?k|(?:[A-Z][\w'-]+\s+){0,2}(?:Party|League|Congress)"
                       # "the Minsk II accords", "the Oslo II agreement": a numbered accord or round of talks
                       r"|(?i:II|III|IV)(?![\w-]))\b")
# A number after a name makes another place of it: "village Chak 45", "Chak No. 112/GB", "Sector 7" (not "Elmtown 40
# km away", "Elmtown 3 killed", "in Elmland 2 days ago", "a Hooper 2-year-old").
NUMBERED_AFTER = re.compile(r"\s+(?:No\.?\s*)?\d{1,3}(?:[-/][A-Za-z]{1,3})?(?![\w-])(?!\s*(?:km|kms|kilomet|miles?|people|persons|"
                            r"killed|dead|injured|wounded|hurt|men|women|children|soldiers|police|militants|shot|held|"
                            r"arrested|days?|weeks?|months?|years?|hours?|minutes?|times|[ap]\.?m\b|%|percent))")
# "at Lakeview restaurant in Elmtown", "the Georgia Bar on Main Street": a business named after a place, since the
# text then says where the business is (", located in southern Elmtown" too).
BUSINESS_IN_AFTER = re.compile(
    r"^\s+(?:restaurant|bar|grill|cafe|café|tavern|pub|lounge|club|nightclub|motel|hotel|inn|market|store|shop|"
    r"liquor store|gas station|apartments|apartment complex|"
    # a shelter or a church named after a saint: "the Santa Clara shelter, located in northern Elmtown"
    r"shelter|refuge|church|chapel|parish)"
    r",?\s+(?:(?:located|situated)\s+)?(?:in|on|at)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|downtown)\s+)?"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?-i:[A-Z0-9])", re.IGNORECASE)
# The rest of a facility's name and "in" between a name and the town it is in ("Elmwood High School in Ashby"): the
# town is said of the facility, and takes the facility's part (where someone came from or was taken to).
FACILITY_IN_BETWEEN = re.compile(r"(?:\s+[A-Z][\w'’.-]*){1,3},?\s+in\s+")
# A facility named after a place, with its town after it ("Lakeview Market in Elmtown"): the name is the facility's.
FACILITY_NAME_IN = re.compile(r"^,?\s+in\s+(?-i:[A-Z])")
# A name told as a site with "the", then the street it stands on: "at the Speedway on Broad Street", "outside the
# Marlow on 5th Avenue" (a business or a building named like a town).
AT_THE_BEFORE = re.compile(r"\b(?:at|outside|inside|near|behind|in\s+front\s+of)\s+the\s+$", re.IGNORECASE)
ON_A_STREET_AFTER = re.compile(r"^\s+(?:on|at|off|along)\s+(?:[A-Z0-9][\w'’.-]*\s+){1,3}(?:Street|St\.?|Road|Rd\.?|"
                               r"Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Highway|Hwy\.?|Pike|Parkway|"
                               r"Way|Court|Ct\.?)(?!\w)")
# "Radio Libertad", "Radio Kabul": a station's name.
STATION_BEFORE = re.compile(r"\b(?:Radio|Television|TV)\s+$")
# "near the Oregon border", "35 miles west of the Nevada line": a boundary of the area, which the event is beside,
# most often on its other side; neither the event's place nor support for the area's country.
BORDER_AFTER = re.compile(r"^[\s-]+(?:border|borders|state line|county line|line)\b")
# ... and "along the border with Elmland": the country across the border, where the event most often is not.
BORDER_BEFORE = re.compile(r"\b(?:border|frontier)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
# A place that speaks or acts ("the United States offers aid", "Pakistan condemned the attack") is an actor there,
# not where the event happened (a weak sign that lends its country no support).
ACTOR_AFTER = re.compile(
    r"^\s+(?:said|says|offers|offered|sends|sent|condemned|condemns|denied|denies|supports|supported|accused|accuses|"
    r"announced|announces|demanded|demands|agreed|agrees|wants|wanted|warned|warns|urged|urges|provides|provided|"
    r"pledged|pledges|called for|backs|backed)\b")
# ... or the subject of a side's deed, a country or its capital standing for its forces: "(..., as) Elmland launched an
# offensive", "Marlow struck back" (not "shells fired at Elmtown struck a market": no subject there).
ACTOR_DEED_AFTER = re.compile(r"^\s+(?:has\s+|had\s+|have\s+)?(?:launched|struck|fired|bombed|shelled|invaded|pounded|"
                              r"retaliated|deployed|sent)\b")
DEED_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:]\s+|\b(?:as|while|when|after|and|but)\s+)$")
# ... or one that backs a side, told after it: "the army, backed by Russia, launched an offensive".
ACTOR_BEFORE = re.compile(r"\b(?:backed|supported|armed|funded|equipped|trained|aided|assisted)\s+by\s+(?:the\s+)?$|"
                          r"\ballied\s+(?:with|to)\s+(?:the\s+)?$", re.IGNORECASE)
# ... or a country's own forces or the group it backs, after its possessive: "fighters from Russia's Wagner Group",
# "Rwanda's army", "Iran's Revolutionary Guards" (the doers' country, not the scene).
# ("Elmland's al Shabaab", "Elmland's main rebel group": an armed group's home, not the scene)
FORCES_OF_AFTER = re.compile(r"^['’]s\s+(?:(?:[A-Z][\w-]*\s+){0,3}?(?:Group|[Gg]uards?|[Aa]rmy|[Mm]ilitary|[Ff]orces|[Tt]roops|"
                             r"[Nn]avy|[Aa]ir\s+[Ff]orce|[Mm]ercenaries|[Mm]ilitias?|[Pp]roxies|[Aa]llies)\b|"
                             r"(?i:al)[\s-](?-i:[A-Z])[\w-]+|(?:[\w-]+\s+){0,2}?(?:militant|rebel|insurgent|jihadist|"
                             r"[Ii]slamist|separatist)\s+(?:group|movement|organi[sz]ation)\b)")
# Words after a place name that make it the seat of an institution named after it ("Manteca Police Department",
# "Cook County Sheriff's Office", "Lagos State Police Command", "Sindh Assembly", "Kabul University", "Mount Sinai
# Hospital" or "two Elmtown hospitals", where the wounded are taken; a police range, "the Inspector General of Police
# (Elmpur range)"): a weak sign of the incident's place, used when the text gives nothing better, at geo_precision 2
# or coarser.
INSTITUTION_AFTER = re.compile(
    r"^(?:\s+(?:County|Parish|City|State|Metropolitan|Metro|Municipal|Regional|Provincial|District|Township))?"
    r"\s+(?:Police|Rangers|Levies|Constabulary|Highway Patrol|Patrol|Law Enforcement|[Ss]heriff'?s?|[Ss]heriff’s|[Dd]eput(?:y|ies)|"
    r"Fire|District Attorney'?s?|Prosecutor'?s?|Coroner'?s?|Medical Examiner'?s?|"
    r"Nurses'?|Assembly|University|High Court|Press Club|Bar Association|Jail|Correctional|Hospitals?|hospitals?|"
    r"Medical Center|Medical College|Institute of Medical Sciences|(?i:health\s+(?:centre|center|post|clinic))|"
    r"Medical Centre|Regional Medical|Common Pleas|[Rr]ange|"
    # (a court in any case: copy in capitals comes truecased, "the Elmtown superior court")
    r"(?i:(?:circuit|superior|district|municipal|juvenile|family|criminal|magistrate'?s?|county|high) court|court(?:house)?))\b")
# Where those who tell of the incident speak from: "police in Elmtown reported that", "officials in Elmtown
# said": the seat of an institution, like its name's town, not the incident's place.
SPEAKERS_IN_BEFORE = re.compile(r"\b(?:police|officials?|authorities|sources|spokes(?:man|woman|person)|military|army|"
                                r"government|correspondents?|diplomats?|politicians|lawmakers|legislators|congressmen|"
                                r"voters|leaders|observers|analysts|critics|exiles|(?:public|political)\s+opinion|opinion)"
                                r"\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# Where the news was told, after its telling: "police sources reported today in Lima", "the ministry said here in
# the capital".
# ("the rebels charged in X today that ...": an accusation, not "was charged in X", a court's)
TOLD_IN_BEFORE = re.compile(r"\b(?:reported|said|announced|stated|disclosed|confirmed|denounced|alleged|"
                            r"(?<!was )(?<!were )(?<!been )(?<!be )charged)\s+(?:(?:today|yesterday|tonight|"
                            r"here|on\s+\w+)\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
# ... and what they did there: spoke, or took the news ("congressmen in Elmland issued a statement on the raid", "voters
# in Elmland were outraged by the killings").
SAID_AFTER = re.compile(r"^\s*,?\s+(?:\w+\s+){0,2}?(?:said|says|reported|announced|told|confirmed|stated|claimed|"
                        r"disclosed|issued|condemned|denounced|deplored|(?:been\s+)?(?:shaken|shocked|outraged))\b",
                        re.IGNORECASE)
# A town before a word for a person is where the person is from ("a 20-year-old Milwaukee man", "Plainview native",
# "an Elmtown 2-year-old").
PERSON_FROM_AFTER = re.compile(
    r"^\s+(?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|residents|native|natives|couple|family|mother|"
    r"father|businessman|student|students|veterans?|refugees?(?!\s+camps?\b)|migrants?|villagers|farmers|workers|traders|"
    r"fishermen|miners|pilgrims|(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-olds?)\b")  # (not "the Elmtown refugee camp")
# A big city's name as the metro area around it ("a Phoenix-area school", "a suburban Phoenix school", "the Dallas
# suburb of Plano"): the incident is somewhere near the city, a weak sign beside the suburb's own name or dateline
# (geo_precision 2 when nothing better is given).
METRO_AFTER = re.compile(r"^(?:-area\b|\s+suburbs?\s+of\s+(?-i:[A-Z])|\s+metro(?:politan)? area\b)", re.IGNORECASE)
METRO_BEFORE = re.compile(r"\bsuburban\s+$", re.IGNORECASE)
# Qualifiers of names that are a weaker sign of the incident's place than any other name in its clauses (the
# geocoder does not count them as support for their country either, except a metro area's).
WEAK_QUALIFIERS = NOT_HERE_QUALIFIERS | {"institution", "metro area", "road"}
# The sentences without an event trigger are not parsed, but the gazetteer still reads their place names
# ("... set fire to a vehicle. The incident occurred in Thessaloniki."): they give the document its main place
# and its context. Only the first this many characters are read that way, so a long report stays fast (a
# 20,000-character report is ~3,000 words, a few ms of cached look-ups).
MAX_UNPARSED_CHARS = 20_000
# The shortest rest of a sentence beside a parsed one that is read for names (a few words).
MIN_UNPARSED_PART_CHARS = 12
# A name is a person's, not a place's, when the sentence marks it so: a title or role before it ("Mr Jordan",
# "victim Tran", "identified as Chad Houston"), a verb of speaking to someone before it ("the envoy told Hooper"), a
# verb of saying or of what befell a person after it ("Edwards said", "Lincoln was pronounced dead"), or an age after
# it ("Hooper, 23,").
PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sgt|Cpl|Pvt|Lt|Capt|Col|Gen|Det|Rev|Gov|Sen|Rep|Rev)\.?"
    r"|\b(?:[Vv]ictims?|[Ss]uspects?|[Oo]fficer|[Dd]eputy|[Dd]etective|[Tt]rooper|[Ss]heriff|[Jj]udge|[Aa]ttorney|[Pp]rosecutor|"
    r"[Ss]pokes(?:man|woman|person)|[Cc]oroner|[Cc]hief|[Mm]ayor|[Ss]ergeant|[Cc]aptain|[Ll]ieutenant|[Cc]orporal|"
    r"identified\s+(?:only\s+)?as|named|nicknamed|known as|son|daughter|wife|husband|brother|sister|mother|father)"
    # the names after the first of a list: "identified only as Rosa and Tomas"
    r"|\bidentified\s+(?:only\s+)?as\s+[A-Z][\w'’-]*(?:\s*,\s*[A-Z][\w'’-]*)*(?:\s*,)?\s+and"
    r"|\b(?:shot|stabbed|killed|murdered|robbed|wounded|shooting|killing|murder of|death of)"
    # verbs whose object is someone spoken to ("the envoy told Hooper that ..."), never where an incident was
    r"|\b(?:told|asked|urged|thanked|telephoned|interviewed|met with|testified before|[Ii]nterview with|spoke (?:with|to)))"
    r"\s+$")
PERSON_AFTER = re.compile(
    r"^(?:\s+(?:said|says|told|added|explained|stated|testified|pleaded|admitted|allegedly|"
    r"(?:was|is|had been|has been)\s+(?:pronounced|shot|killed|stabbed|wounded|injured|arrested|charged|taken|"
    r"found|identified|booked|sentenced|convicted|hospitali[sz]ed|rushed|transported|listed|released|held|jailed|"
    r"accused|described|remembered|survived|struck|hit))\b"
    r"|,\s*(?:a\s+)?\d{1,2}\s*(?:,|-year-old\b)"
    # "Ashby, who was walking home, was shot": a relative "who" takes a person (a place takes "which" or "where")
    r"|,\s+who\b"
    r"|['’]s\s+(?:vehicle|car|truck|wife|husband|girlfriend|boyfriend|son|daughter|mother|father|brother|sister|"
    r"family|attorney|lawyer|body|death|arrest|home|house|apartment|residence|assassination|funeral|widow|murderers|assassins|killers|"
    # "those responsible for Rivera's murder", not "the city's murder rate"
    r"murder(?!\s+(?:rate|count|toll|total|tally|capital|epidemic|problem|figures?)))\b)")
PERSON_SURELY_AFTER = re.compile(
    r"^(?:\s+(?:was|had been|has been)\s+(?:pronounced|shot|stabbed|arrested|charged|booked|sentenced|convicted)\b"
    r"|,\s*(?:a\s+)?\d{1,2}\s*(?:,|-year-old\b)|,\s+who\b"
    r"|['’]s\s+(?:wife|husband|girlfriend|boyfriend|son|daughter|mother|father|brother|sister|attorney|lawyer|body|arrest)\b)")
# A common given name right before a name makes it a surname ("Carlos Mendez", "Carroll Baxter"): given_names.txt.
GIVEN_NAME_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted((line.strip() for line in (Path(__file__).parent / "given_names.txt").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")), key=len, reverse=True))
    + r")\s+(?:[A-Z]\.\s+)?$")
# A town or county after an age or a name is where a person is from, not where the event was ("Smith, 25, of
# Houston", "Smith, of Houston,").
OF_AFTER_AGE = re.compile(r"(?:\b\d{1,2},?\s+|-year-old\s+(?:\w+\s+){0,2}?|\b[A-Z][a-z'’-]+,\s+)of\s+$"
                          # a list of victims with their ages and towns: "Ana Ruiz, 34, Elmtown; Tom Hale, 33, Ashby"
                          r"|\b[A-Z][a-z'’-]+,\s*\d{1,2},\s+$")
# "Armonte Hooper, 23": a first and last name before an age. Both words are a person's wherever the report uses them.
_NAMED_WITH_AGE = re.compile(r"\b([A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z'’-]+)(?:\s+(?:Jr|Sr|II|III)\.?)?,\s*(?:a\s+)?\d{1,2}\b")
# A police force's acronym ("NYPD", "IMPD"); data/police_forces.tsv says which stand for one city's force.
POLICE_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
# "the capital", "this capital", "the provincial capital": a place the geocoder finds from the country or province
# the report is about (geocoders that can say ``resolves_capitals``). Not when a name follows ("the capital Kabul",
# "the capital of Yemen"): that name is the place.
# "the Pakistani capital": the capital of the country a nationality names (data/country_cues.tsv's demonyms);
# "Somalia's capital", "Borno's state capital": the capital of the country or province named before it; and "the
# country's second city", the city reports call so (geo/data/second_cities.tsv).
@cache
def capital_regex() -> re.Pattern[str]:
    demonyms = sorted((cue for cue, _, weight in country_cues() if weight == "demonym"), key=len, reverse=True)
    return re.compile(
        r"(?:\b(?:the|this|that|its|the country's|the nation's)\s+(?:(?:" + "|".join(map(re.escape, demonyms)) + r")\s+)?|"
        r"(?<![\w'’-])(?-i:[A-Z][a-z][\w-]*)(?:\s+(?-i:[A-Z][a-z][\w-]*))?['’]s\s+)"
        r"(?:(?P<kind>provincial|state|regional|district)\s+|national\s+)?"
        r"(?:capital\b(?!\s*,?\s*(?:of\b|city\b)?\s*(?-i:[A-Z]))|"
        # "the country's second city", "Elmland's second-largest city" (not "the second city to be hit")
        r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)second(?:[- ](?:largest|biggest))?\s+city\b(?!\s*,?\s*(?:of\b)?\s*(?-i:[A-Z])))",
        re.IGNORECASE)
# The word after a name that may belong to it ("Kansas City", "Jersey City").
CITY_AFTER = re.compile(r" City\b")
# A model's place entity that is a list or a name with its area ("Mirpurkhas, Sindh", "Fes (Fes", "Elmvale in Ashby")
# is split at commas and brackets and at "in" before a name.
_ENTITY_PARTS = re.compile(r"(?:^|(?<=[,;()])|(?<=\sin\s))[^,;()]+?(?=\s+in\s+[A-Z]|[,;()]|$)")
# A side of town or of a country that the model takes into the name ("north Elmtown", "downtown Ashby", "rural
# Marlow"): written in small letters, no part of it.
_COMPASS_SIDES = r"north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest"
_SIDE_IN_ENTITY = re.compile(rf"(?:(?:{_COMPASS_SIDES}|downtown|uptown|suburban|rural)\s+)+(?=[A-Z])")
DATELINE = re.compile(r"^\W*(?P<place>[A-Z][A-Za-z .'-]{1,40}?)(?:,\s*[\w .]{2,30})?\s*(?:\([\w .]+\))?\s*(?::|—|–|-{1,2})\s")


# A town's name and a colon opening a report in ordinary case, as South Asian papers print their datelines online
# ("Lucknow: Two people were killed ...").
_COLON_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*:\s+(?=[A-Z0-9])")
# ... whose last word is no common English word ("Police:", "Update:", "Watch:" open headlines; Police is also a town).
COLON_DATELINE_MAX_ZIPF = 4.5


def colon_dateline(text: str, geocoder) -> str | None:  # noqa: ANN001 - a Geocoder
    """The town of a "Lucknow: ..." dateline, when the gazetteer knows a town of that name and it is no common word."""
    m = _COLON_DATELINE.match(text)
    if m is None or zipf(re.split(r"[ -]", m.group("place"))[-1]) >= COLON_DATELINE_MAX_ZIPF:
        return None
    return m.group("place") if any(p.feature == "city" for p in geocoder.lookup(m.group("place"))) else None


def dateline_end(document: Document) -> int:
    """Where the dateline at the start of the document's text ends (0 without one): its names are not toponyms."""
    found = read_dateline(document.text[:DATELINE_SEARCH_CHARS])
    if found is not None and not document.text[:found.start].strip():
        return found.end
    m = DATELINE.match(document.text[:120])
    if m and (document.dateline is None or document.dateline.lower() in m.group("place").lower()
              or m.group("place").isupper()):
        return m.end()
    return 0


# A name that is part of a street's is not the place ("shot on Washington Street", "the 4200 block of Madison Ave.",
# "a home near 88th and Washington"): reporters locate an incident in its town by streets named after presidents,
# states and other towns. A road is a street only after a house number or "block of" ("1200 Lahore Road"), since
# a road named after a town often runs to it ("on the Quetta road").
STREET_AFTER = re.compile(
    r"^\s+(?:Street|St\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Ln\.?|Court|Ct\.|Terrace|Parkway|Pkwy\.?|"
    r"Circle|Cir\.|Place|Pl\.|Plaza|Square)(?![\w-])")
NUMBERED_ROAD = re.compile(r"(?:\b\d{2,5}(?:\s+(?:North|South|East|West|[NSEW]\.?))?|\bblock of(?:\s+(?:North|South|East|West|"
                           r"[NSEW]\.?))?)\s+$")
ROAD_AFTER = re.compile(r"^\s+(?:Road|Rd\.?|Highway|Hwy\.?|Pike|Way|Street|St\.?|Avenue|Ave\.?)(?![\w-])")
# "at 88th and Washington", "Washington and 5th": an intersection of numbered streets with a named one.
INTERSECTION = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:Street\s+|St\.?\s+)?(?:and|&)\s+$")
INTERSECTION_AFTER = re.compile(r"^\s+(?:and|&)\s+\d{1,3}(?:st|nd|rd|th)\b")


# "shot in Northeast", "a Southwest nightclub": a city's quadrant or a direction, not a region, unless an area word
# or the enclosing area follows ("Southwest region", "North East state", "Idenau, South-West, Cameroon").
QUADRANT = re.compile(r"(?:North|South)[- ]?(?:east|west|East|West)")
AREA_AFTER = re.compile(r"^(?:\s+(?:region|province|state|zone|department|governorate|district|division)\b|,\s*(?-i:[A-Z]))",
                        re.IGNORECASE)


# "the intersection of Birchwood and Hollis", "the corner of Linden and Marsh", "in the area of Cedar and Pell",
# "at Holloway and Tanner streets": two streets that cross, named without their kind.
_CROSSING = r"\b(?:intersection|corner|area|junction)s?\s+of\s+(?:the\s+)?"
_STREET_NAME = r"(?:[NSEW]\.\s+|(?:North|South|East|West)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
CROSSING_FIRST = re.compile(_CROSSING + r"(?:[NSEW]\.\s+|(?:North|South|East|West)\s+)?$")
CROSSING_SECOND = re.compile(_CROSSING + _STREET_NAME + r"\s+(?:and|&)\s+(?:[NSEW]\.\s+|(?:North|South|East|West)\s+)?$")
STREETS_AFTER_PAIR = re.compile(r"^\s+(?:and|&)\s+" + _STREET_NAME + r"\s+(?:streets|avenues|roads|Streets|Avenues|Roads)\b")
STREETS_AFTER = re.compile(r"^\s+(?:streets|avenues|roads|Streets|Avenues|Roads)\b")
AND_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+(?:and|&)\s+$")
# "on Ashby at Marlow", "on Ashby and Marlow": a town is "in", not "on"; two names after "on" joined by "at" or "and"
# are streets that cross (a day or a month after "on" is a date: "on Monday at Elmtown").
_NOT_STREET = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|" \
              r"July|August|September|October|November|December)\b)"
ON_CROSSING_FIRST = re.compile(r"\bon\s+" + _NOT_STREET + r"(?:[NSEW]\.\s+|(?:North|South|East|West)\s+)?$")
ON_CROSSING_SECOND = re.compile(r"\bon\s+" + _NOT_STREET + _STREET_NAME + r"\s+(?:at|and|&)\s+"
                                r"(?:[NSEW]\.\s+|(?:North|South|East|West)\s+)?$")
# "at Truman Road and Grand Boulevard": a name after a street told with its kind and "and" is the crossing street.
STREET_AND_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Rd\.|Drive|Dr\.|"
                               r"Lane|Ln\.)\s+(?:and|&)\s+$")
# A name right after "at" or "on" and a house number is the street of an address, told with its kind or not ("at 418
# Kenton", "on 1200 N. Marlow", "at 3300 S.E. Marlow").
ADDRESS_BEFORE = re.compile(r"\b(?:at|on)\s+\d{1,5}\s+(?:[NS]\.?[EW]\.?\s+|[NSEW]\.?\s+|(?:North|South|East|West)\s+)?$")
# A name that ends with a road's word after a house number is the road ("at 2400 Marlow Road").
ROAD_WORDS = frozenset({"Road", "Street", "Avenue", "Boulevard", "Drive", "Lane", "Highway", "Pike", "Way"})


# The kinds of street a town is never named by, and the word before a street a place is on.
_STREET_NAME_WORDS = frozenset({"Street", "St.", "Avenue", "Ave.", "Boulevard", "Blvd.", "Drive", "Lane"})
_ON_BEFORE = re.compile(r"\b(?:on|along|off)\s+$", re.IGNORECASE)


def is_crossing(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is one of two crossing streets named without their kind."""
    before, after = text[max(0, start - 80):start], text[end:end + 60]
    if CROSSING_FIRST.search(before) and re.match(r"^\s+(?:and|&)\s+[A-Z]", after):
        return True
    if ON_CROSSING_FIRST.search(before) and re.match(r"^\s+(?:at|and|&)\s+[A-Z]", after):
        return True
    return bool(CROSSING_SECOND.search(before) or ON_CROSSING_SECOND.search(before) or STREETS_AFTER_PAIR.match(after)
                or STREET_AND_BEFORE.search(before) or (STREETS_AFTER.match(after) and AND_BEFORE.search(before)))


def is_quadrant(text: str, start: int, end: int) -> bool:
    return bool(QUADRANT.fullmatch(text[start:end])) and not AREA_AFTER.match(text[end:end + 16])


def is_street(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is part of a street's name or an intersection."""
    before, after = text[max(0, start - 30):start], text[end:end + 16]
    road = ROAD_AFTER.match(after) or text[start:end].split()[-1] in ROAD_WORDS
    # "near a park on Church Street": a name that is itself a street's, after "on", whatever district shares it
    on_street = text[start:end].split()[-1] in _STREET_NAME_WORDS and bool(_ON_BEFORE.search(before))
    return bool(on_street or STREET_AFTER.match(after) or INTERSECTION.search(before) or INTERSECTION_AFTER.match(after)
                or (NUMBERED_ROAD.search(before) and road) or ADDRESS_BEFORE.search(before)
                or (_GRID_WORD.fullmatch(text[start:end]) and _GRID_NUMBER_BEFORE.search(before))) \
        or is_crossing(text, start, end)


# A street of a grid address: a compass word after a number ("near 400 North and 600 East", "at 1200 South"), as towns
# laid out on a grid name their streets; never a town of that name.
_GRID_WORD = re.compile(r"North|South|East|West")
_GRID_NUMBER_BEFORE = re.compile(r"\b\d{2,5}\s+$")


# The agency a wire dateline credits, after its day: "ASHFORD (ELMLAND), 3 MAY 90 (ELMA) --", "(RADIO NORTE)".
_DATELINE_AGENCY = re.compile(r"\d[^()]*\(([^()]{2,60})\)[^()]*$")


def _agency_spans(text: str, dateline_end: int) -> list[tuple[int, int]]:
    """Where the text names the agency its wire dateline credits ("a spokesman told ELMA", "Radio Norte has
    learned"): a station or an agency, never a place, whatever town shares its name."""
    m = _DATELINE_AGENCY.search(text[:dateline_end])
    if not m:
        return []
    words = m.group(1).split()
    return [(f.start(), f.end()) for f in re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", text,
                                                      re.IGNORECASE)]


def find_toponyms(sentences: list[Sentence], parsed: list, *, text: str, dateline_end: int,
                  geocoder, written: str | None = None, title: str | None = None,  # noqa: ANN001
                  home_towns: Callable[[str], list[tuple[int, int]]] | None = None) -> list[Toponym]:
    """Place names of a document: in the given (parsed) sentences the model's place entities and the
    gazetteer's names, in the document's other sentences the gazetteer's names; minus the dateline, each with the
    words that put the event near it rather than in it (the site's name of a page title the text opens with is the
    outlet's home: a weak sign). Names of streets and of people are not places.

    ``written`` is the document's text as written when ``text`` is a truecased copy of it (same offsets): an entity
    written without a capital letter is a common noun the model took for a place ("near a metro station").
    ``title`` is the page's title (spaCy Docs in ``parsed``, a Geocoder). ``home_towns`` finds the small towns of a
    local outlet's home area in a sentence ("in Elmvale on Friday"), which running text alone does not take."""
    written = text if written is None else written
    site = _site_in_text(text, title)
    found: list[tuple[int, int, int]] = []  # start, end, sentence index
    named = _NamedAreas(text, geocoder)
    for sentence, doc in zip(sentences, parsed):
        spans = [part for e in doc.ents if e.label_ in PLACE_LABELS or _norp_as_place(sentence.text, e)
                 or _known_place_as_other(sentence.text, e, geocoder, named=named)
                 or _called_a_town(sentence.text, e)
                 for part in _entity_parts(e.text, e.start_char)]
        spans = [(a, b) for a, b in spans if not written[sentence.start + a : sentence.start + b].islower()]
        spans = [(a + _side_written_small(written, sentence.start + a, sentence.start + b), b) for a, b in spans]
        spans = [_longer_known_name(sentence.text, start, end, geocoder) for start, end in spans]
        spans += list(geocoder.find_toponyms(sentence.text))
        spans += _road_ends(sentence.text, geocoder)
        spans += home_towns(sentence.text) if home_towns else []
        enclosed = getattr(geocoder, "find_enclosed_names", None)  # "Kansafra in Idleb": unknown, but placed
        spans += enclosed(sentence.text, spans) if enclosed else []
        found += [(start + sentence.start, end + sentence.start, sentence.index) for start, end in spans]
    unparsed = _unparsed(sentences, text)
    for sentence in unparsed:
        found += [(start + sentence.start, end + sentence.start, sentence.index)
                  for start, end in [*geocoder.find_toponyms(sentence.text),
                                     *(home_towns(sentence.text) if home_towns else [])]]
    found = [_with_city_word(text, start, end, index, geocoder) for start, end, index in found]
    found += _possessed_places(text, found, geocoder)
    # a one-word name the report marks as a person's once ("Baxter's daughter") is a person's wherever it is used
    people = _people(parsed, text) | {text[a:b] for a, b, _ in found
                                      if " " not in text[a:b] and _marked_as_person(text, a, b, surely=True)}
    people |= _named_as_people({text[a:b] for a, b, _ in found} - people, text, places=[(a, b) for a, b, _ in found])
    people |= _speakers({text[a:b] for a, b, _ in found} - people, text, parsed)
    world_regions = getattr(geocoder, "world_regions", frozenset())  # "Africa", "the Middle East": no place
    agency = _agency_spans(text, dateline_end)
    found = [(a, b, i) for a, b, i in found if not any(s <= a and b <= e for s, e in agency)]
    spans_kept: list[tuple[int, int, int]] = []
    regions: list[tuple[int, int, int]] = []  # no places, but no shorter name inside them is one ("Latin American")
    for start, end, index in sorted(found, key=lambda se: (se[0], -(se[1] - se[0]))):
        if end <= dateline_end or any(s < end and start < e for s, e, _ in (*spans_kept, *regions)):
            continue
        if name_key(re.sub(r"^the\s+", "", text[start:end], flags=re.IGNORECASE)) in world_regions:
            regions.append((start, end, index))
            continue
        if (_THE_COMMON_NAME.search(text[max(0, start - 4):end]) or _common_words_site(text, start, end)) \
                and text[end:end + 3] != " of":
            regions.append((start, end, index))  # "the Old City": a quarter of the report's city, no town of its own
            continue
        if _is_person(text, start, end, people) or is_street(text, start, end) or is_quadrant(text, start, end) \
                or _is_saint(text, start, end):
            regions.append((start, end, index))  # (nor a name inside it: "St. Mary's Medical Center")
            continue
        spans_kept.append((start, end, index))
    if getattr(geocoder, "resolves_capitals", False):
        capitals = _capitals(sentences, text, spans_kept)
        # "the Somali capital": the nationality inside the phrase is no place of its own (not Ethiopia's Somali region)
        spans_kept = [k for k in spans_kept if not any(c[0] <= k[0] and k[1] <= c[1] for c in capitals)] + capitals
    # words that stand for a place: "NYPD", the force's city, as an institution's seat; "on Elmlandic soil", the country
    stand_ins: dict[int, tuple[str, str | None]] = {}
    for find, qualifier in ((_police_forces, "institution"), (_national_ground, None)):
        for start, end, index, name in find([*sentences, *unparsed], text, spans_kept):
            spans_kept.append((start, end, index))
            stand_ins[start] = (name, qualifier)
    toponyms = []
    for start, end, index in sorted(spans_kept):
        if start in stand_ins:
            name, qualifier = stand_ins[start]
            toponyms.append(Toponym(text=name, start=start, end=end, sentence_index=index, qualifier=qualifier))
            continue
        name = re.sub(r"^(?:the)\s+", "", text[start:end], flags=re.IGNORECASE)
        start = end - len(name)
        qualifier = _qualifier(text, start, end)
        if site and site[0] <= start < site[1]:
            qualifier = "institution"  # the site's name: its home, a weak sign like a police force's town
        if qualifier == "metro area" and METRO_BEFORE.search(text[max(0, start - 40):start]) \
                and _small_town(name, geocoder):
            qualifier = None  # "in south suburban Elmtown": the suburb itself, not a big city's suburbs
        if qualifier is None and _of_a_person(text, start, people):
            qualifier = "from"  # "Dana Whitfield of Elmtown": where the person lives
        if qualifier is None and toponyms and toponyms[-1].qualifier == "from" \
                and re.fullmatch(r",\s*", text[toponyms[-1].end:start]):
            qualifier = "from"  # "of Houston, Texas": the state of a place someone is from
        if qualifier is None and toponyms and toponyms[-1].qualifier in ("from", "destination") \
                and FACILITY_IN_BETWEEN.fullmatch(text[toponyms[-1].end:start]):
            qualifier = toponyms[-1].qualifier  # "graduated from Elmwood High School in Ashby": where the school is
        if qualifier is None and _listed_destination(text, toponyms, start):
            qualifier = "destination"  # "taken to hospitals in Elmtown and Ashby, Marland": each where they were taken
        if qualifier is None and toponyms and toponyms[-1].qualifier in NEVER_HERE_QUALIFIERS \
                and re.fullmatch(r",?\s+and\s+|,\s*", text[toponyms[-1].end:start]):
            qualifier = toponyms[-1].qualifier  # "tours in Elmland and Ashland": each a place of the service
        toponyms.append(Toponym(text=name, start=start, end=end, sentence_index=index, qualifier=qualifier))
    return toponyms


_AND_BETWEEN = re.compile(r",?\s+(?:and|or)\s+")


def _listed_destination(text: str, toponyms: list[Toponym], start: int) -> bool:
    """Whether the name at ``start`` goes on a list of places someone was taken to: "to hospitals in Elmtown | and
    Ashby", and the state that closes such a list ("Elmtown and Ashby, | Marland"; not the state after one town, "en
    route to Elmtown, Marland", which is as often the state of the whole incident)."""
    if not toponyms or toponyms[-1].qualifier != "destination":
        return False
    between = text[toponyms[-1].end:start]
    if _AND_BETWEEN.fullmatch(between):
        return True
    return bool(re.fullmatch(r",\s*", between)) and len(toponyms) > 1 and toponyms[-2].qualifier == "destination" \
        and bool(_AND_BETWEEN.fullmatch(text[toponyms[-2].end:toponyms[-1].start]))


def _site_in_text(text: str, title: str | None) -> tuple[int, int] | None:
    """Where the site's name of the page title the text opens with is ("Four shot on Elm St « CBS Elmtown / Ashby"
    glued to the report): the outlet's name, whose towns are its home (``geo.home``), not the incident's place."""
    cut = headline_end(text, title)
    outlet = outlet_name(title)
    if not cut or not outlet or not text[:cut].endswith(outlet):
        return None
    return cut - len(outlet), cut


# "Helmand's Sangin district", "Idlib's Maarat al-Numan", "North Sinai's Al Arish": a province's or a district's
# possessive before a name. The model often takes the name for a person or a product; the name is a place inside the
# area when the gazetteer knows one of that name there. Up to four capitalised words, Arabic articles and "de"-like
# particles between them.
POSSESSIVE_AFTER = re.compile(r"['’]s\s+")
NAME_AFTER_POSSESSIVE = re.compile(
    r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ez)-)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|an|ez)[\s-]|(?:de|del|la|di)\s+)?[A-Z][\w'’-]*){0,3}")


# A road named after the towns at its ends: "the Elmtown-Ashby highway", "on the Elmtown-Ashby road" (not an
# Arabic article glued to a name, "the Elm-Ash-Shajara road", nor a post named after the road, "the Elmtown-Ashby
# highway commander").
_ROAD_ENDS = re.compile(r"(?<![\w-])(?!(?:al|el|as|ash|ad|ar|an|at|az|ez)-)(?P<first>(?-i:[A-Z])[a-z]+)-"
                        r"(?P<second>(?-i:[A-Z])[a-z]+)\s+(?:national\s+)?(?:highway|road|motorway|expressway|railway|"
                        r"rail\s+line|bypass)\b(?!\s+(?:commanders?|chiefs?|police|authority|project|contracts?|"
                        r"construction)\b)", re.IGNORECASE)


# ... or told as the towns a stretch of road runs between: "road work between Elmtown and Ashby", "on the highway
# between Elmtown and Ashby", "travelling between Elmtown and Ashby" (not "clashes between Elmtown and Ashby
# villagers": a fight between their people).
_BETWEEN_TOWNS = re.compile(r"\b(?:road|roads|highway|route|stretch|section|track|railway|rail\s+line|pipeline|"
                            r"travell?ing|journey|way)\b[^.;]{0,40}?\bbetween\s+(?P<first>(?-i:[A-Z])[\w'’-]+)\s+and\s+"
                            r"(?P<second>(?-i:[A-Z])[\w'’-]+)\b(?!\s+(?-i:[A-Z]))(?!\s+(?:villagers|residents|tribes|"
                            r"communities|people|groups)\b)", re.IGNORECASE)


def _road_ends(text: str, geocoder) -> list[tuple[int, int]]:  # noqa: ANN001 - a Geocoder
    """Spans of the known towns a road is named after, which the model reads as one organisation's name and the
    gazetteer's scan skips inside a hyphenated word."""
    return [m.span(group) for m in _ROAD_ENDS.finditer(text) for group in ("first", "second")
            if any(p.feature == "city" for p in geocoder.lookup(m.group(group)))]


def _road_end(text: str, start: int, end: int) -> bool:
    """Whether the name is a town a road is named after: the incident is somewhere along the road (geo_precision 2),
    and any other name of its clauses ("blocked the Elmtown-Ashby highway in Marlow") is the better place."""
    return any(m.span("first") == (start, end) or m.span("second") == (start, end)
               for regex in (_ROAD_ENDS, _BETWEEN_TOWNS) for m in regex.finditer(text, max(0, start - 100), end + 60))


def _possessed_places(text: str, found: list[tuple[int, int, int]],
                      geocoder) -> list[tuple[int, int, int]]:  # noqa: ANN001 - a Geocoder
    """Spans of names after a province's or a district's possessive that the gazetteer knows inside that area (a
    country's possessive is left out: "Syria's Assad" names a person more often than a town)."""
    out = []
    for start, end, index in found:
        after = POSSESSIVE_AFTER.match(text, end)
        name = NAME_AFTER_POSSESSIVE.match(text, after.end()) if after else None
        if name is None:
            continue
        areas = [p for p in geocoder.lookup(text[start:end]) if p.feature in ("admin1", "admin2")]
        if not areas:
            continue
        words = list(re.finditer(r"\S+", name.group()))
        for n in range(len(words), 0, -1):  # the longest known name first
            stop = name.start() + words[n - 1].end()
            if any(p.feature in ("city", "admin2") and any(_inside(p, area) for area in areas)
                   for p in geocoder.lookup(text[name.start():stop])):
                out.append((name.start(), stop, index))
                break
    return out


def _inside(place: Place, area: Place) -> bool:
    return place.country == area.country and place.admin1 == area.admin1 and place is not area \
        and (area.feature == "admin1" or place.admin2 == area.admin2)


def _small_town(name: str, geocoder) -> bool:  # noqa: ANN001 - a Geocoder
    """Whether every known town of exactly this name is smaller than a big city (ANCHOR_MIN_POPULATION): "south
    suburban Elmtown" names the suburb, "a suburban Metropolis school" the big city's suburbs."""
    key = name_key(name)
    towns = [p for p in geocoder.lookup(name) if p.feature == "city" and name_key(p.name) == key]
    return bool(towns) and all(p.population < ANCHOR_MIN_POPULATION for p in towns)


def _with_city_word(text: str, start: int, end: int, index: int, geocoder) -> tuple[int, int, int]:  # noqa: ANN001
    """"Kansas City Mayor Ann Ruiz": the model may tag the state's name alone; a state's or a country's name followed by
    "City" whose whole is a known place's name ("Kansas City", "Panama City") is that place's (the state's name alone
    would count as named by the report)."""
    if not CITY_AFTER.match(text, end):
        return start, end, index
    areas = {p.country for p in geocoder.lookup(text[start:end]) if p.feature in ("admin1", "country")}
    if areas and any(p.feature == "city" and p.country in areas for p in geocoder.lookup(f"{text[start:end]} City")):
        return start, end + CITY_AFTER.match(text, end).end() - end, index
    return start, end, index


def _police_forces(sentences: list[Sentence], text: str,
                   taken: list[tuple[int, int, int]]) -> list[tuple[int, int, int, str]]:
    """Spans of city police forces' acronyms (data/police_forces.tsv) in the given sentences, with the force's city."""
    forces = police_forces()
    return _spans_standing_for(sentences, text, taken, POLICE_ACRONYM, 0,
                               lambda key: forces[key][0] if key in forces else None)


def _spans_standing_for(sentences: list[Sentence], text: str, taken: list[tuple[int, int, int]],
                        regex: re.Pattern[str], group: int | str, place_of: Callable[[str], str | None],
                        ) -> list[tuple[int, int, int, str]]:
    """Spans of ``regex``'s ``group`` in the given sentences that stand for a place (``place_of`` the matched words,
    None when they stand for none) and overlap no span ``taken``, with that place's name."""
    out = []
    for sentence in sentences:
        for m in regex.finditer(text, sentence.start, sentence.end):
            start, end = m.span(group)
            name = place_of(text[start:end])
            if name is not None and not any(s < end and start < e for s, e, _ in taken):
                out.append((start, end, sentence.index, name))
    return out


@cache
def _national_ground_regex() -> re.Pattern[str]:
    """ "on Elmlandic soil", "into Elmlandic territory": the country a nationality names (events/demonyms.tsv)."""
    names = sorted(demonyms(), key=len, reverse=True)
    return re.compile(r"\b(?:on|onto|in|into|inside)\s+(?:the\s+)?(?P<demonym>" + "|".join(map(re.escape, names))
                      + r")\s+(?:soil|territory|territorial\s+waters|airspace)\b")


def _national_ground(sentences: list[Sentence], text: str,
                     taken: list[tuple[int, int, int]]) -> list[tuple[int, int, int, str]]:
    """Spans of the nationality in "on Elmlandic soil" and the like in the given sentences, with its country: where
    the incident was, told without a place name."""
    return _spans_standing_for(sentences, text, taken, _national_ground_regex(), "demonym", demonyms().get)


# "Dana Whitfield of Elmtown", "Tom L. Hale Jr. of Ashby": a person's name right before "of" and a town.
_NAME_OF_BEFORE = re.compile(r"\b([A-Z][a-z'’-]+)(?:\s+(?:Jr|Sr|II|III)\.?)?\s+of\s+$")


def _of_a_person(text: str, start: int, people: frozenset[str]) -> bool:
    """Whether the name at ``start`` follows a person's name and "of" (where the person is from)."""
    m = _NAME_OF_BEFORE.search(text[max(0, start - 40):start])
    if m is None:
        return False
    surname_at = max(0, start - 40) + m.start(1)
    return m.group(1) in people or bool(GIVEN_NAME_BEFORE.search(text[max(0, surname_at - 30):surname_at]))


def _capitals(sentences: list[Sentence], text: str, taken: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Spans of "the capital" / "the provincial capital" in the given sentences, where no other name is (a name
    inside the phrase is its nationality: "the Somali capital")."""
    out = []
    for sentence in sentences:
        for m in capital_regex().finditer(text, sentence.start, sentence.end):
            if any(e <= m.start() and _APPOSED_AFTER.fullmatch(text, e, m.start()) for _, e, _ in taken):
                continue  # "Huanta, the provincial capital": the name told is the capital
            if not any(s < m.end() and m.start() < e and not (m.start() <= s and e <= m.end()) for s, e, _ in taken):
                out.append((m.start(), m.end(), sentence.index))
    return out


_APPOSED_AFTER = re.compile(r"\s*,\s*")


def _people(parsed: list, text: str) -> frozenset[str]:  # noqa: ANN001 - spaCy Docs
    """Words of the report's people's names: the model's PERSON entities of two words or more, and names before an age."""
    words = {w for doc in parsed for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1
             for w in e.text.split()}
    words.update(w for m in _NAMED_WITH_AGE.finditer(text[:MAX_UNPARSED_CHARS]) for w in m.groups())
    return frozenset(words)


def _named_as_people(names: set[str], text: str, *, places: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The one-word names the report gives a person elsewhere than where they were found as places ("Kenneth Ashby,
    who ... no stranger, Ashby said"): a mention after a given name, an age or a title is a person's; not a mention
    inside a longer place name (``places``: "San Francisco Campeche, Campeche" is a town and its state)."""
    out = set()
    head = text[:MAX_UNPARSED_CHARS]
    for name in names:
        if " " in name or not name[:1].isupper() or name not in head:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", head):
            if any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in places):
                continue
            if _marked_as_person(text, m.start(), m.end(), surely=True):
                out.add(name)
                break
    return out


# A one-word name the words around it mark as a person this many times ("Ashby said", "said Ashby.") is a person's
# wherever the report uses it ("Ashby was on the phone"), when the model reads it as a person and never as a place.
SPEAKER_MIN_MARKS = 2


def _speakers(names: set[str], text: str, parsed: list) -> set[str]:  # noqa: ANN001 - spaCy Docs
    """The one-word names the report marks as a person's more than once by looser marks than ``_named_as_people``'s
    ("Ashby said", which a country's name also takes), that the model tags as a person and never as a place, and that
    no preposition puts as a place ("in Ashby")."""
    if not names:
        return set()
    tagged: dict[str, set[str]] = {}
    for doc in parsed:
        for e in doc.ents:
            tagged.setdefault(e.text, set()).add("person" if e.label_ == "PERSON" else
                                                 "place" if e.label_ in PLACE_LABELS else "other")
    out = set()
    head = text[:MAX_UNPARSED_CHARS]
    for name in names:
        labels = tagged.get(name, set())
        if " " in name or not name[:1].isupper() or "place" in labels or "person" not in labels:
            continue
        mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", head))
        if any(_LOCATIVE_BEFORE.search(head[max(0, m.start() - 30):m.start()]) for m in mentions):
            continue
        if sum(_marked_as_person(head, m.start(), m.end()) for m in mentions) >= SPEAKER_MIN_MARKS:
            out.add(name)
    return out


# "the Old City of Elmtown": the city.
_QUARTER_OF = re.compile(r"(?:the\s+)?Old\s+(?:City|Town)\s+of\s+(?=[A-Z])", re.IGNORECASE)
# A city's quarter by its common name, with its article: "clashes in the Old City", "the Old Town".
_THE_COMMON_NAME = re.compile(r"\bthe\s+Old\s+(?:City|Town)$", re.IGNORECASE)


# "the Olympic Village", "the Green Zone", "the Industrial Zone": a site named in common words with its article, a part
# of a town (which the gazetteer may list as another name of some town elsewhere), not a town of its own.
_SITE_WORD = re.compile(r"\s(?:Village|Camp|Zone|Compound|Complex|Resort|Quarter)$")
# How common each word of such a name is (wordfreq's Zipf scale; "refugee" 4.0, "Kabul" 2.9).
SITE_WORD_MIN_ZIPF = 3.9


def _common_words_site(text: str, start: int, end: int) -> bool:
    the = re.match(r"(?i:the)\s+", text[start:end])
    name = text[start + the.end():end] if the else text[start:end]
    return bool(_SITE_WORD.search(name)) and bool(the or text[max(0, start - 4):start].lower() == "the ") \
        and all(zipf(word) >= SITE_WORD_MIN_ZIPF for word in name.split())


def _is_saint(text: str, start: int, end: int) -> bool:
    """A saint's name before its possessive: a church's, a school's or a hospital's ("St. Mary's Medical Center"), or
    the place in a holy figure's epithet ("Our Lady of Lourdes")."""
    return (bool(SAINT_BEFORE.search(text[max(0, start - 8):start])) and text[end:end + 2] in ("'s", "’s")) \
        or bool(HOLY_EPITHET_BEFORE.search(text[max(0, start - 60):start]))


def _is_person(text: str, start: int, end: int, people: frozenset[str]) -> bool:
    """A name the sentence or the report marks as a person's ("Edwards said", "victim Tran", "Hooper" after
    "Armonte Hooper, 23"): not a place, unless a locative word puts it as one ("in Lincoln")."""
    if _PERSONS_OWN.match(text, end):
        return True  # "at Ruiz's home": the home is the place, the name its owner's
    if _LOCATIVE_BEFORE.search(text[max(0, start - 30):start]):
        return False
    name = text[start:end]
    return _marked_as_person(text, start, end) or (" " not in name and name in people)


def _marked_as_person(text: str, start: int, end: int, *, surely: bool = False) -> bool:
    """The words around the name make it a person's ("Edwards said", "victim Tran", "shot Baxter"). ``surely``:
    only marks no country or town takes ("Mr", an age, "Baxter's daughter"), not "Jordan said" or "Kabul was hit"."""
    before = text[max(0, start - 50):start]  # "identified only as Ana Ruiz and Rosa": the whole list
    if _LOCATIVE_BEFORE.search(before) or _PERSON_NOUN_AFTER.match(text, end):
        return False  # "killing Elmtown officer": a town before a word for a person is the person's town
    if _AREA_NAME.search(text, start, end):
        return False  # "Elm County said": an area's officials speak, no person bears an area's kind in its name
    if PERSON_BEFORE.search(before) or GIVEN_NAME_BEFORE.search(before) \
            or (PERSON_SURELY_AFTER if surely else PERSON_AFTER).match(text[end:end + 40]):
        return True
    if not surely and _SAID_BEFORE.search(before) and re.match(r"\s*[,.]", text[end:end + 2]):
        return True  # "... is gone," said Ashby, crying: the one who speaks
    given = re.search(r"[A-Z][\w'’-]*\s+$", before)  # "identified as Chad Houston": the surname too
    return bool(given and PERSON_BEFORE.search(text[max(0, start - 30 - len(given.group())):start - len(given.group())]))


# A name that ends with an area's kind ("Elm County", "Ashby Parish"): a place's, whatever the words around it.
_AREA_NAME = re.compile(r"\s(?:County|Parish|Province|District|Township|Borough|Governorate|Prefecture|Municipality)$")
# What only a person has, after a name's possessive: "at Ruiz's home" is at a person's home, "in Ruiz's car" in a
# person's car, whatever word comes before.
_PERSONS_OWN = re.compile(r"['’]s\s+(?:home|house|apartment|residence|wife|husband|girlfriend|boyfriend|son|daughter|"
                          r"mother|father|brother|sister|funeral|vehicle|car|truck|van|jeep|pickup|motorcycle)\b")
# A verb of saying before a name that ends the clause: the speaker ("... is gone," said Ashby, crying).
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+$")
# A word for a person right after a name, which makes the name the person's town or force ("an Elmtown officer").
_PERSON_NOUN_AFTER = re.compile(r"\s+(?:officers?|police|deputy|deputies|troopers?|cops?|firefighters?|man|woman|men|"
                                r"women|boy|girl|teens?|teenager|resident|residents|native|couple|family)\b")
# A preposition right before a name that makes it a place whatever else the report says about the word.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|from|outside|to|into|of|across|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)


# An institution's word the model may take into a place entity ("Marlow County Sheriff's", "Elmtown Police"): the
# place is the name before it, and the word makes it the institution's seat (INSTITUTION_AFTER).
_INSTITUTION_IN_ENTITY = re.compile(
    r"\s+(?:Police|Rangers|Levies|Constabulary|Highway Patrol|Patrol|Law Enforcement|Sheriff'?s?|Sheriff’s|Fire|District Attorney|Prosecutor'?s?|Coroner'?s?|Medical Examiner'?s?|"
    r"Hospital|Medical Center|Jail|Court(?:house)?)\b.*$")


# A name the model calls a nationality or a group (NORP) where only a place can stand: "rioters blocked the road in
# Kessaba opposite the bank" (after "in", "at", "near", and not qualifying a noun the way "in Kurdish areas" does).
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+$", re.IGNORECASE)
_NOT_QUALIFYING_AFTER = re.compile(r"^(?:\s*[,.;:)(]|\s*$|\s+(?:opposite|near|in|on|at|and|after|before|when|where|with|"
                                   r"during|from|to|district|province|village|town|city|area|governorate|county)\b"
                                   # "protested in Larissa demanding ...": a participle of what happened there
                                   r"|\s+(?-i:[a-z]+ing)\b)", re.IGNORECASE)


def _around(text: str, entity) -> tuple[str, str]:  # noqa: ANN001 - a spaCy Span
    """The few characters before and after an entity that tell whether only a place can stand there."""
    return text[max(0, entity.start_char - 12):entity.start_char], text[entity.end_char:entity.end_char + 16]


# An item of a list of places after a place's preposition or a kind of places: "in the municipalities of Ashby,
# Marlow, | Elmvale and ...", "in Ashby and | Marlow".
_LIST_ITEM_BEFORE = re.compile(
    r"\b(?:in|at|near|(?:towns|villages|cities|municipalities|districts|communities|localities|provinces|states|"
    r"regions|departments|counties)\s+of)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+|\s+and\s+)){1,6}"
    r"(?:and\s+)?$")


def _where_a_place_stands(before: str, after: str) -> bool:
    return bool(_PLACE_PREPOSITION_BEFORE.search(before)) and bool(_NOT_QUALIFYING_AFTER.match(after))


def _norp_as_place(text: str, entity) -> bool:  # noqa: ANN001 - a spaCy Span
    return entity.label_ == "NORP" and _where_a_place_stands(*_around(text, entity))


# A name the model calls a person, a product or an organisation where only a place can stand, which the gazetteer
# knows as a town: "airstrikes hit a market in Tal Hamra on Monday" (Arabic names with an article read as people's).
_OTHER_LABELS_AS_PLACE = frozenset({"PERSON", "PRODUCT", "ORG", "WORK_OF_ART"})
# ... after "in", "at", "near" (not "at Elm and Main": a street corner).
_CORNER_AFTER = re.compile(r"\s+(?:and|&)\s+[A-Z]")


# "the nearby town of", "the village of", "the eastern outskirts of", "the municipality of": the name after it is a
# place's, whatever the model calls it (an unknown or misspelt town is then looked up loosely inside the report's
# country).
_TOWN_OF_BEFORE = re.compile(r"\b(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|hamlet|port|outskirts|suburbs?|"
                             r"countryside|environs|municipality|township|commune)\s+of\s+$", re.IGNORECASE)


def _called_a_town(text: str, entity) -> bool:  # noqa: ANN001 - a spaCy Span
    """A name the sentence calls a town ("shelling on the nearby town of Ashby killed ..."), which the model took for a
    person's or an organisation's."""
    return entity.label_ in _OTHER_LABELS_AS_PLACE | {"FAC"} and entity.text[:1].isupper() \
        and bool(_TOWN_OF_BEFORE.search(text, max(0, entity.start_char - 40), entity.start_char))


# The kind of area a name ends with, which the model may take into an organisation's name.
_AREA_KIND_END = re.compile(r"(?<=\S)\s+(?:Local\s+Government\s+Area|LGA|District|Province|County|Governorate|Department|"
                            r"Municipality|Tehsil|Upazila|Township)$")


def _known_place_as_other(text: str, entity, geocoder, *,  # noqa: ANN001 - a spaCy Span, a Geocoder
                          named: _NamedAreas | None = None) -> bool:
    before, after = _around(text, entity)
    at = re.search(r"\bat\s+$", before, re.IGNORECASE)
    if at and (_CORNER_AFTER.match(after) or (entity.label_ == "PERSON" and " " not in entity.text)):
        return False  # "at Elm and Main": a street corner; "returned fire at Baxter": a person
    if entity.label_ in _OTHER_LABELS_AS_PLACE and (area := _AREA_KIND_END.search(entity.text)) is not None \
            and any(p.feature in ("city", "admin2", "admin1") for p in geocoder.lookup(entity.text[:area.start()])):
        return True  # "..., Zaria Local Government Area of Kaduna State": a known place's area, told by its kind
    if not (entity.label_ in _OTHER_LABELS_AS_PLACE and (_where_a_place_stands(before, after) or _NOT_QUALIFYING_AFTER.match(
            after) and _LIST_ITEM_BEFORE.search(text, max(0, entity.start_char - 120), entity.start_char))):
        return False
    # "in Jacob Abad": a known town written in two words (which town, the report's country decides)
    names = (entity.text, entity.text.replace(" ", "")) if entity.text.count(" ") == 1 else (entity.text,)
    if any(p.feature == "city" for name in names for p in geocoder.lookup(name)):
        return True
    # "in Peshwar on Monday, KP police said": a town of a province the report names (else of a country it names
    # alone), misspelt, looked up loosely there (``Gazetteer.candidates``)
    return named is not None and entity.text[:1].isupper() and any(
        p.feature == "city" and named.holds(p) for country in named.countries()
        for p in geocoder.lookup(entity.text, country=country))


# Places the gazetteer finds in a report by their exact names that say a province or a country plainly: a province, a
# district, a country, a city this big.
NAMING_CITY_POPULATION = 100_000


class _NamedAreas:
    """The provinces and countries a report names by places the gazetteer knows by their exact names, worked out only
    when asked (a name the model takes for a person's, where a place stands, is rare)."""

    def __init__(self, text: str, geocoder) -> None:  # noqa: ANN001 - a Geocoder
        self._text, self._geocoder = text, geocoder
        self._areas: set[tuple[str, str]] | None = None
        self._countries: list[str] = []

    def _find(self) -> None:
        head = self._text[:MAX_UNPARSED_CHARS]
        self._areas = set()
        for start, end in self._geocoder.find_toponyms(head):
            best = next(iter(self._geocoder.lookup(head[start:end])), None)
            if best is None or not (best.feature in ("admin1", "admin2", "country")
                                    or best.feature == "city" and best.population >= NAMING_CITY_POPULATION):
                continue
            if best.admin1 and best.feature != "country":
                self._areas.add((best.country, best.admin1))
            if best.country not in self._countries:
                self._countries.append(best.country)

    def countries(self) -> list[str]:
        if self._areas is None:
            self._find()
        return self._countries

    def holds(self, place: Place) -> bool:
        """In a province the report names, or in a country it names with none of its provinces."""
        if self._areas is None:
            self._find()
        return (place.country, place.admin1) in self._areas or place.country in self._countries and not any(
            country == place.country for country, _ in self._areas)


# The words the model may leave off a place's name: more capitalised words ("Khan" of "Khan Tamra"), a governorate's
# countryside ("Damascus countryside", "rural Damascus": ACLED's Rural Damascus).
_MORE_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,2}")
_COUNTRYSIDE_AFTER = re.compile(r"\s+countryside\b", re.IGNORECASE)
_RURAL_BEFORE = re.compile(r"\brural\s+$", re.IGNORECASE)


def _longer_known_name(text: str, start: int, end: int, geocoder) -> tuple[int, int]:  # noqa: ANN001 - a Geocoder
    """The span of the longest known place name that begins or ends with the model's entity, else the entity's."""
    if (more := _MORE_WORDS_AFTER.match(text, end)) is not None:
        words = list(re.finditer(r"\S+", more.group()))
        for n in range(len(words), 0, -1):
            stop = end + words[n - 1].end()
            if words[0].group() == "City" or _MORE_WORDS_AFTER.match(text, stop):
                continue  # "Kansas City" is _with_city_word's; "Harbor City News" may be an agency's name
            if any(p.feature in ("city", "admin2", "admin1") for p in geocoder.lookup(text[start:stop])):
                return start, stop
    if (after := _COUNTRYSIDE_AFTER.match(text, end)) is not None \
            and any(p.feature == "admin1" for p in geocoder.lookup(text[start:after.end()])):
        return start, after.end()
    window = max(0, start - 8)
    if (before := _RURAL_BEFORE.search(text[window:start])) is not None:
        begin = window + before.start()
        if any(p.feature == "admin1" for p in geocoder.lookup(text[begin:end])):
            return begin, end
    return start, end


# The possessive the model may take into a place entity ("North Sinai's" of "North Sinai's Al Arish").
_POSSESSIVE_END = re.compile(r"['’]s$")


def _side_written_small(written: str, start: int, end: int) -> int:
    """The length of the side of town or country written in small letters that opens the name at ``written[start:end]``
    ("north Elmtown", "downtown Ashby"), 0 when there is none ("North Ashby", a truecased wire's "central America")."""
    side = _SIDE_IN_ENTITY.match(written, start, end)
    return side.end() - start if side else 0


# A unit and the area it is of, taken by the model as one name: "Ashby district of (south) Elmshire".
_UNIT_OF_AREA = re.compile(r"(?<=\s)(?:district|province|division|county|region|tehsil|department)(?P<of>\s+of\s+(?:the\s+)?"
                           rf"(?:(?:{_COMPASS_SIDES})\s+)?)(?=[A-Z])")


def _entity_parts(name: str, offset: int) -> list[tuple[int, int]]:
    """An entity's comma-separated parts as spans ("Mirpurkhas, Sindh" -> "Mirpurkhas", "Sindh"), an institution's
    word at the end left out ("Marlow County Sheriff's" -> "Marlow County"), a unit apart from the area it is of
    ("Ashby district of south Elmshire" -> "Ashby district", "Elmshire"), a city's quarter of the city ("the Old City of
    Elmtown" -> "Elmtown")."""
    out = []
    for m in _ENTITY_PARTS.finditer(name):
        part = _POSSESSIVE_END.sub("", _INSTITUTION_IN_ENTITY.sub("", m.group()))
        stripped = part.strip()
        if stripped:
            start = offset + m.start() + (len(part) - len(part.lstrip()))
            if of := _UNIT_OF_AREA.search(stripped):
                out += [(start, start + of.start("of")), (start + of.end(), start + len(stripped))]
            elif quarter := _QUARTER_OF.match(stripped):  # "the Old City of Raqqa": Raqqa
                out.append((start + quarter.end(), start + len(stripped)))
            else:
                out.append((start, start + len(stripped)))
    return out


def _unparsed(parsed: list[Sentence], text: str) -> list[Sentence]:
    """The document's text (within MAX_UNPARSED_CHARS) outside the parsed sentences, as sentences: whole sentences,
    and the rest of a sentence a parsed one covers only in part (a headline glued to the lead by a scraped page,
    "... | Daily NewsAccording to police, a man was shot in Elmtown")."""
    taken = sorted((s.start, s.end) for s in parsed)
    out = []
    for sentence in split_sentences(text[:MAX_UNPARSED_CHARS]):
        if not any(a < sentence.end and sentence.start < b for a, b in taken):
            out.append(sentence)
            continue
        at = sentence.start
        for a, b in taken:
            if b <= at or a >= sentence.end:
                continue
            if a - at >= MIN_UNPARSED_PART_CHARS:
                out.append(Sentence(index=sentence.index, text=text[at:a], start=at, end=a))
            at = max(at, b)
        if sentence.end - at >= MIN_UNPARSED_PART_CHARS:
            out.append(Sentence(index=sentence.index, text=text[at:sentence.end], start=at, end=sentence.end))
    return out


def _qualifier(text: str, start: int, end: int) -> str | None:
    before, after = text[max(0, start - 40):start], text[end:end + 20]
    if BORDER_AFTER.match(after) or BORDER_BEFORE.search(before):
        return "border"
    if METRO_AFTER.match(after) or METRO_BEFORE.search(before):
        return "metro area"
    if _road_end(text, start, end):
        return "road"
    if NEAR.search(text[max(0, start - 70):start]) or NEAR_AFTER.match(after):
        return "near"  # (a wider window: "about 50 kilometers (30 miles) east of the city of Elmtown")
    if AT_THE_BEFORE.search(before) and ON_A_STREET_AFTER.match(text[end:end + 60]):
        return "within a name"  # "shot at the Speedway on Broad Street": a business named like a town, on its street
    if IN_A_NAME.match(after) or STATION_BEFORE.search(before) or BUSINESS_IN_AFTER.match(text[end:end + 40]) \
            or NUMBERED_AFTER.match(text, end) \
            or (_names_a_facility(text[start:end]) and FACILITY_NAME_IN.match(after)):
        return "within a name"
    if ACTOR_AFTER.match(after) or FORCES_OF_AFTER.match(text[end:end + 60]) or ACTOR_BEFORE.search(before) \
            or ACTOR_DEED_AFTER.match(after) and DEED_SUBJECT_BEFORE.search(before):
        return "actor"
    if FROM.search(before) or OF_AFTER_AGE.search(before) or PERSON_FROM_AFTER.match(after):
        return "from"
    if INSTITUTION_AFTER.match(text[end:end + 40]) or HOSPITAL_IN.search(before) or TOLD_IN_BEFORE.search(before) \
            or _states_police(text, start, end) \
            or SPEAKERS_IN_BEFORE.search(before) and SAID_AFTER.match(text[end:end + 40]):
        return "institution"
    if DESTINATION.search(text[max(0, start - 80):start]) \
            or DIED_AT_BEFORE.search(before) and HOSPITAL_NAMED.search(text, start, end):
        return "destination"
    if SUBJECT_BEFORE.search(text[max(0, start - 100):start]):
        return "subject"
    if SERVICE_BEFORE.search(before) or DEPLOYED_BEFORE.search(before) and SERVICE_YEARS_AFTER.match(text[end:end + 30]) \
            or WAR_VETERAN_AFTER.match(after) or VETERAN_OF_BEFORE.search(before) and WAR_AFTER.match(after):
        return "service"
    return None


# "Sokoto police spokesman": a force named in lower case after its place (not "the Elmtown police station", which may
# be the scene).
_LOWER_CASE_POLICE_AFTER = re.compile(
    r"\s+police\b(?!\s+(?:stations?|posts?|camps?|lines|checkpoints?|check\s*posts?|chowki)\b)")


def _states_police(text: str, start: int, end: int) -> bool:
    """A force named in lower case after a name the report calls a state ("Kano police spokesman ... said" beside
    "Kano State"): the state's police command, which tells the news, not the incident's town (a city's police,
    "Elmtown police are looking into a shooting", is the city the shooting happened in)."""
    return bool(_LOWER_CASE_POLICE_AFTER.match(text, end)) and bool(
        re.search(rf"\b{re.escape(text[start:end])}\s+[Ss]tate\b", text))


def _names_a_facility(name: str) -> bool:
    """Whether a name ends with a facility's word ("Lakeview Market", "Ashby Station"): the gazetteer reads it as its
    town when it does not know the facility."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in FACILITY_WORDS


def main_place(places: list[Place | None], *, document: Document, geocoder,  # noqa: ANN001
               toponyms: list[Toponym] | None = None, scenes: frozenset[int] | None = None) -> Place | None:
    """The place an event with no place of its own is put at: the document's first resolved place (with
    ``toponyms``: the first that is not a weak sign such as "from X" or "X Police"; with a dateline, the first in the
    dateline's country, not one set at the head of a sentence that tells no incident (``scenes``: the indices of
    the names told in an incident's clauses), else the dateline's town; without one, the first in the country its
    armed groups point to),
    else its dateline, else the town a headline kept apart from the text names, else the first weak one (in a local
    outlet's country), else the town (geo_precision 2), else the state (3) of a local outlet's home (unless the
    report's armed groups act elsewhere), else the country its actors point to ("Houthi forces" -> Yemen)."""
    told = bool(toponyms) and len(toponyms) == len(places)  # each place with the words that tie it to the text
    qualifiers = [t.qualifier for t in toponyms] if told else [None] * len(places)
    strong = [place for place, q in zip(places, qualifiers) if place is not None and q not in WEAK_QUALIFIERS]
    found = dateline_place(document, geocoder)
    if told:
        found = dateline_as_told(found, document=document, places=places, toponyms=toponyms)
    code_of = getattr(geocoder, "country_code", None)
    desk = found is not None and code_of is not None and is_capital(found.name, code_of(found.country))
    if found is not None and strong and not bracketed_region(document.dateline or ""):
        # "ELMTOWN, ... -- ... talks in Lisbon", "aid from the United States": a report is filed from the country
        # it is about; an incident it does not place is there (its first place in that country, else the dateline's
        # town), not in the first country it names. A dateline that writes its country in brackets ("MANAGUA
        # (NICARAGUA)") is as often an agency's desk abroad and is left out of this; so is a capital's whose report
        # names far more places of one other country than of its own ("AMMAN - ... a car bomb in Mosul ... clashes
        # near Tikrit ... a patrol in Samarra"): the desk of a war next door.
        if desk and (abroad := _mostly_abroad(strong, found.country)
                     or _scene_abroad(places, qualifiers=qualifiers, scenes=scenes, country=found.country)):
            return abroad
        # (the country itself, named in passing, holds the dateline's town: "KANO, Nigeria - ... Nigeria has seen")
        # (a town set at the head of a sentence that tells no incident opens another scene: "... in the Kibera slum.
        # In the western city of Elmtown, shops stayed shut" is at the dateline's town)
        at_home = [p for i, (p, q) in enumerate(zip(places, qualifiers))
                   if p is not None and q not in WEAK_QUALIFIERS and p.country == found.country and p.feature != "country"
                   and not (told and scenes is not None and i not in scenes and found.feature == "city"
                            and _opens_a_scene(toponyms[i], document.text))]
        return next(iter(at_home), found)
    cued = getattr(geocoder, "cued_country", None)
    if strong and found is None and cued is not None and (country := cued(document)) is not None:
        # "CLANDESTINE -- ... the guerrillas' front ... the talks in Mexico ... fighting in Chalatenango": without a
        # dateline, the country the report's armed groups and people point to is the one it is about
        return next((p for p in strong if p.country == country.country), strong[0])
    if strong:
        return strong[0]
    if desk and found.feature == "city" and "border" in qualifiers:
        # "NIAMEY - ... killed eight soldiers in an ambush near the border with Elmland": a capital's report of an
        # incident it places only at a border is at the country, not at the desk
        return next((p for p in geocoder.lookup(found.country) if p.feature == "country"), found)
    if found is not None:
        return found
    found = _title_place(document, geocoder)
    if found is not None:  # a headline's town over a weak sign ("Marlow County deputies said ...")
        return found
    home = getattr(geocoder, "home_area", None)  # a local outlet's state when nothing else says where
    at_home = home(document) if home else None
    town_of = getattr(geocoder, "home_town", None)
    town = town_of(document) if town_of is not None and at_home is not None else None
    for place, q in zip(places, qualifiers):  # weak signs, unless only abroad while the outlet is at home ("a family
        # from Mexico"); where someone once served in the forces, or what the incident is about, is not even a weak
        # sign of the scene
        if place is not None and q not in NEVER_HERE_QUALIFIERS \
                and (at_home is None or place.country == at_home.country):
            # "Marlow County deputies said ..." in a paper of a town in that county: the outlet's town
            return town if town is not None and area_holds(place, town) else place
    if at_home is not None:  # the outlet's town, else its state
        return town or at_home
    cued = getattr(geocoder, "cued_country", None)
    return cued(document) if cued else None


# A place set at the head of its sentence: "In the western city of Elmtown, ...", "In Ashby, ...".
_SCENE_OPENING_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$")


def _opens_a_scene(toponym: Toponym, text: str) -> bool:
    """The name opens its sentence as the scene of what the sentence tells ("In the western city of Elmtown, shops
    stayed shut")."""
    return bool(_SCENE_OPENING_BEFORE.search(text, max(0, toponym.start - 60), toponym.start)) \
        and text[toponym.end:toponym.end + 1] == ","


def _mostly_abroad(places: Sequence[Place], country: str | None) -> Place | None:
    """The first of ``places`` in the one country other than ``country`` where they name at least two towns, and more
    than twice as many places as in ``country`` (a capital's report names its own country's places in passing too;
    a report of talks in one capital abroad or of an extradition names one town abroad and its country)."""
    counts = Counter(p.country for p in places if p.country)
    top = [c for c, n in counts.most_common() if c != country][:1]
    if not top or counts[top[0]] <= 2 * counts.get(country, 0) \
            or len({p.name for p in places if p.country == top[0] and p.feature == "city"}) < 2:
        return None
    return next(p for p in places if p.country == top[0])


def _scene_abroad(places: list[Place | None], *, qualifiers: list[str | None], scenes: frozenset[int] | None,
                  country: str | None) -> Place | None:
    """The town abroad where the report's incidents are told, when it names no place of the capital's own country
    ("BEIRUT - Jets struck the Elmland border town of Ashby ... | its fighters repelled an assault on the town"): the
    desk's city is no scene."""
    strong = [(i, p) for i, (p, q) in enumerate(zip(places, qualifiers)) if p is not None and q not in WEAK_QUALIFIERS]
    if scenes is None or not strong or any(p.country == country for _, p in strong):
        return None
    towns = [p for i, p in strong if i in scenes and p.feature == "city"]
    return towns[0] if towns and len({p.country for _, p in strong}) == 1 else None


def area_holds(area: Place, town: Place) -> bool:
    """Whether ``area`` is the county or state ``town`` lies in."""
    if area.country != town.country or area.admin1 != town.admin1:
        return False
    return area.feature == "admin1" or (area.feature == "admin2" and area.admin2 is not None and area.admin2 == town.admin2)


def _title_place(document: Document, geocoder) -> Place | None:  # noqa: ANN001
    """The first place the document's title names ("Four wounded in shooting at Pomona restaurant"), when the title is
    not part of the text: a headline names where the main incident happened even when the body does not."""
    title = (document.title or "").strip()
    if not title or title in document.text[:len(title) + 200]:
        return None
    if outlet := outlet_name(title):  # "... | Salem, Mass.": the outlet's home, not the incident's place
        title = title[: title.rindex(outlet)]
    spans = geocoder.find_toponyms(title)
    toponyms = [Toponym(text=title[a:b], start=a, end=b, sentence_index=0, qualifier=_qualifier(title, a, b))
                for a, b in spans if not _is_person(title, a, b, frozenset())]
    toponyms = [t for t in toponyms if t.qualifier not in WEAK_QUALIFIERS]
    if not toponyms:
        return None
    resolved = geocoder.resolve(toponyms, document=replace(document, text=title))
    return next((p for p in resolved if p is not None), None)


def dateline_place(document: Document, geocoder) -> Place | None:  # noqa: ANN001
    """The place of the document's dateline, if it has one the geocoder knows."""
    dateline = getattr(geocoder, "dateline_place", None)
    if dateline is not None:
        return dateline(document)
    if document.dateline:
        found = geocoder.resolve([Toponym(text=document.dateline, start=0, end=0, sentence_index=0)],
                                 document=document)
        return found[0] if found else None
    return None


def dateline_as_told(found: Place | None, *, document: Document, places: list[Place | None],
                     toponyms: list[Toponym]) -> Place | None:
    """The dateline's place as the body reads its name: a dateline that writes no state or country ("CHESTER -") is
    read alone, as its biggest namesake; the body names the town again beside the report's other places ("Marlow
    County prosecutors said ... Chester police"), and its reading there is the report's town."""
    label = (document.dateline or "").strip()
    if found is None or found.feature != "city" or not label or "," in label or "(" in label:
        return found
    key = name_key(label)
    return next((p for p, t in zip(places, toponyms) if p is not None and p.feature == "city"
                 and name_key(t.text) == key), found)


# A town told as the landmark a distance is measured from: "about 45 kilometers west of the capital, Elmtown".
_DISTANCE_FROM = re.compile(r"\b(?:km|kms|kilomet(?:er|re)s?|miles?)\b[^.;:]{0,30}?\b(?:of|from)\b[^.;:]{0,25}$",
                            re.IGNORECASE)


def measured_from(toponym: Toponym, text: str) -> bool:
    """The name is told as the landmark a distance is measured from: "about 45 km west of Elmtown"."""
    return bool(_DISTANCE_FROM.search(text[max(0, toponym.start - 60):toponym.start]))


# A town told only by the direction from it, no distance: "a monastery south of Elmtown".
_BY_DIRECTION_FROM = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
                                r"(?:the\s+(?:capital|city|town)\s*,?\s*)?$", re.IGNORECASE)


def _landmark_outside(place: Place, toponym: Toponym, group: list[tuple[Place, Toponym]], text: str) -> bool:
    """A town told only as a landmark ("about 45 km west of Elmtown") lying in another province than the one the
    incident's place was told inside, before it ("in Ashby, a town of Marlow region, about 45 km west of Elmtown"):
    the province the text puts the place in is nearer the truth than a landmark outside it; so is a town or district
    told before it as where the incident was ("near the town of Ashby, about 60 km southwest of Elmtown city")."""
    if place.feature == "city" and _BY_DIRECTION_FROM.search(text, max(0, toponym.start - 40), toponym.start) \
            and any(p.feature == "admin1" and p.country == place.country and p.admin1 != place.admin1 for p, _ in group):
        return True  # ("a monastery south of Elmtown ... on a desert road in Marlow province": told before or after)
    return place.feature == "city" and measured_from(toponym, text) \
        and any(p.feature == "admin1" and p.country == place.country and p.admin1 != place.admin1
                or p.feature in ("city", "admin2") and p.name != place.name and not measured_from(t, text)
                for p, t in group if t.start < toponym.start)


# The kinds of area a report writes after an area's name ("Elm department", "Fenland province").
AREA_KINDS = r"(?:department|province|state|district|region|county|governorate)"
# A possessive between two names: "Elmtown's | Ashby".
_POSSESSIVE = re.compile(r"['’]s\s+")
# A kind of place between two names, the first telling where the second is: "Elmland | city of | Ashby".
# (not "Elmtown town of Elmtown district": the second an area)
_KIND_OF = re.compile(r"\s+(?:city|town|village|suburb|port)\s+of\s+(?:the\s+)?", re.IGNORECASE)
_AREA_KIND_AFTER = re.compile(rf"\s+(?:{AREA_KINDS}|division)\b", re.IGNORECASE)


def _scene_order(towns: list[tuple[Place, Toponym]], text: str, *,
                 cities: bool) -> Callable[[tuple[Place, Toponym]], tuple[bool, bool, int]]:
    """The order in which towns of one kind are the incident's scene, first the least. Among ``cities``, a town told by
    its possessive as the area of the next ("Elmtown's Ashby sub-district") or as what the next is the town of ("the
    southern Elmland city of Ashby") comes after it, and a town told near after a town of its country told at ("30 km
    from Elmtown ... the ambassador of Marlow" leaves Elmtown the place); of towns all told near, the smaller comes
    first ("near the capital ... near the town of Ashby")."""
    at = {(p.name, p.admin1, p.country) for p, t in towns if t.qualifier != "near"}
    owners = {t.start for (_, t), (_, u) in zip(towns, towns[1:]) if cities and (
        _POSSESSIVE.fullmatch(text, t.end, u.start)
        or _KIND_OF.fullmatch(text, t.end, u.start) and not _AREA_KIND_AFTER.match(text, u.end))}
    all_near = all(t.qualifier == "near" for _, t in towns)

    def order(town: tuple[Place, Toponym]) -> tuple[bool, bool, int]:
        place, toponym = town
        near_after_at = cities and toponym.qualifier == "near" and any(
            country == place.country for _, _, country in at - {(place.name, place.admin1, place.country)})
        return toponym.start in owners, near_after_at, place.population if all_near else 0

    return order


def choose_place(ids: list[int], *, places: list[Place | None], toponyms: list[Toponym],
                 weak: frozenset[int] = frozenset(), text: str = "") -> tuple[Place | None, Toponym | None]:
    """The incident's own place among the toponyms of its clauses: the first town, else the first district, else
    the first province, else the first country (ACLED codes the most specific place the report gives); names the
    event did not happen at ("from X", "X People's Militia") or an institution's seat ("X Police") only when there
    is nothing else, and never where someone once served in the forces ("an Elmland war veteran") or what the event
    answers or is about ("in reprisal for a raid on Elmtown")."""
    resolved = [(places[i], toponyms[i]) for i in ids
                if places[i] is not None and toponyms[i].qualifier not in NEVER_HERE_QUALIFIERS]
    strong = [(places[i], toponyms[i]) for i in ids
              if places[i] is not None and toponyms[i].qualifier not in WEAK_QUALIFIERS and i not in weak]
    for group in (strong, resolved):
        for features in (("city",), ("admin2",), ("admin1",)):
            # a town the incident is told at before one it is told near: "in a town east of Elmtown ... the strikes
            # hit the town of Ashby"
            towns = [(p, t) for p, t in group if p.feature in features and not _landmark_outside(p, t, group, text)]
            if towns:
                return min(towns, key=_scene_order(towns, text, cities=features == ("city",)))
        if group:
            return group[0]
    return None, None

"""Which name the text puts inside which: "X (Y)", "X, Y", "X in the countryside of Y", and whether a place is
inside the area the text puts it in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventsift.geo.normalize import bare_key, name_key
from eventsift.geo.resolve import Candidate, near_city
from eventsift.records import Toponym

# Text between a name and the next one that makes the second the area enclosing the first: "X (Y", "X, Y",
# "X district, Y", "X in Y", "X in the countryside of Y", "X of Y province", "X neighbourhood of the city of Y".
_KIND_WORDS = (r"districts?|provinces?|governorates?|city|town|village|areas?|region|county|state|tehsil|sub-?districts?|"
               r"countryside|(?:refugee\s+)?camps?|municipality|agency|neighbou?rhoods?|suburbs?|localit(?:y|ies)|quarters?|sectors?|"
               r"communit(?:y|ies)|subdivisions?|upazila|LGA|colonia|barangay|ward|township|valley")
# One word of a unit's kind ("district", "LGA"): a name it follows is that unit's.
KIND_WORD = re.compile(rf"(?:{_KIND_WORDS})", re.IGNORECASE)
ENCLOSED_BY = re.compile(
    rf"^\s*(?:(?:{_KIND_WORDS})\s*){{0,2}}"
    r"(?:\(|,|,?\s*\bin\b(?:\s+(?:the\s+)?(?:\w+\s+)?(?:countryside|outskirts|suburbs|district|province|governorate|"
    r"area|region|countryside)\s+of\b|\s+rural\b"
    # "X in southern Y province", "X in the far north of Y"
    r"|\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?(?:\s+(?:part|parts)\s+of)?\b)?|\bof\b"
    # "X district of south Y", "X area of northern Y"
    r"(?:\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?(?=\s))?)\s*(?:the\s+)?"
    r"(?:(?:city|town|village|municipality|province|department|state)\s+of\s+)?"  # "X neighborhood of the city of Y"
    # "X in the occupied Y", "X in restive Y": a word reports tell an area by
    r"(?:(?:occupied|restive|volatile|troubled|war-?torn|rebel-held|embattled)\s+)?"
    r"(?:(?:al|as|ad|ar|an|at|el|ash|az)[\s-])?$",
    re.IGNORECASE,
)
# The same through a district the gazetteer does not know: "Shewan area of Bala Buluk district, Farah" puts
# Shewan in Farah.
ENCLOSED_THROUGH_UNKNOWN = re.compile(
    rf"^\s*(?:(?i:{_KIND_WORDS})\s*){{0,2}}(?:\(|,|\b(?i:in|of)\b)\s*(?:(?i:the)\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}"
    r"(?i:districts?|provinces?|sub-?districts?|subdivisions?|tehsil|upazila|LGA|county|municipality)\s*(?:,|\()\s*$"
)
# ... or told in an apposition: "Qudsaya, a town on the northwestern outskirts of Damascus", "X, a village near Y",
# "X, a suburb of Y", "X, a town north of Y" (a town at a distance told in kilometres is no part of Y)
APPOSED_AREA = re.compile(
    r"^\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|suburb|district|neighbou?rhood|area|locality|"
    r"camp|settlement|hamlet)\s+(?:(?:just\s+)?(?:on\s+the\s+(?:[\w-]+\s+)?outskirts\s+of|outside|near|in|of)|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
    r"\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "Y's X": a province's or a district's possessive before a town puts the town inside it ("Helmand's Sangin").
POSSESSED_BY = re.compile(r"^['’]s\s+$")
# "X, Y" longer than this is a list or a new clause rather than an enclosing area.
MAX_ENCLOSURE_GAP = 40


def enclosing(toponyms: Sequence[Toponym], text: str, *, countries: frozenset[str] = frozenset()) -> dict[int, int]:
    """Toponym index -> index of the next toponym that the text puts around it as its area.

    "X, Y and Z" / "X, Y, Z" outside parentheses is a list of peers, not X inside Y, unless Z is one of
    ``countries`` (name keys): "Ghani Khel, Nangarhar, Afghanistan" is a town, its province and its country."""
    parents: dict[int, int] = {}
    for i, (inner, outer) in enumerate(zip(toponyms, toponyms[1:])):
        gap = text[inner.end : outer.start]
        if POSSESSED_BY.match(gap):  # "Idlib's Saraqib": the first name is the area of the second
            parents[i + 1] = i
            continue
        encloses = (len(gap) <= MAX_ENCLOSURE_GAP and ENCLOSED_BY.match(gap)) or (
            len(gap) <= 2 * MAX_ENCLOSURE_GAP and (ENCLOSED_THROUGH_UNKNOWN.match(gap) or APPOSED_AREA.match(gap)))
        # the same name twice is one place mentioned twice, except "Mahdia (Mahdia)": a town in its namesake province
        same_name = bare_key(inner.text) == bare_key(outer.text)
        namesake_area = gap.strip() == "(" and text[outer.end : outer.end + 1] == ")"
        if not encloses or (same_name and not namesake_area):
            continue
        country_next = i + 2 < len(toponyms) and name_key(toponyms[i + 2].text) in countries \
            and text[outer.end : toponyms[i + 2].start].strip() == ","
        if gap.strip().startswith(",") and _LIST_NEXT.match(text[outer.end : outer.end + 30]) and not country_next \
                and "(" not in text[max(0, inner.start - 60) : inner.start].rsplit(")", 1)[-1] \
                and not _three_levels(toponyms, i, text):
            continue
        parents[i] = i + 1
    return parents


# Another list item after a name: a comma (with or without a conjunction), or the conjunctions given alone.
# (not a word that goes on with the sentence, in capitals-only copy: "X, IN THE DEPARTMENT OF Y, ON 11 MARCH, KILLING")
_ITEM_AFTER = r"^(?:\s+(?:districts?|provinces?|governorates?|areas?))?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:{})\s+)" \
              r"(?!(?i:on|in|at|near|from|to|by|for|with|during|after|before|where|when|which|who|while|as|the|an?|" \
              r"killing|wounding|injuring|leaving|according)\b)[A-Z]"
# After the second name of "X, Y": another list item follows ("X, Y and Z", "X, Y, Z").
_LIST_NEXT = re.compile(_ITEM_AFTER.format("and|&"))
# ... and after the third: a list goes on ("X, Y, Z and W", "X, Y, Z, W") or ends with a conjunction.
_MORE_ITEMS = re.compile(_ITEM_AFTER.format("and|or|&"))


def _three_levels(toponyms: Sequence[Toponym], i: int, text: str) -> bool:
    """"Jaro, Elm City, Elmshire to protest": three names joined by commas alone, no conjunction before the last nor
    after it, are a place, its town or district and its province (edited copy ends a list with "and")."""
    if i + 2 >= len(toponyms) or text[toponyms[i + 1].end : toponyms[i + 2].start].strip() != ",":
        return False
    return not _MORE_ITEMS.match(text[toponyms[i + 2].end : toponyms[i + 2].end + 30])


def inside(place: Candidate, area: Candidate) -> bool:
    """Whether the gazetteer agrees that ``place`` lies in ``area`` (the text put it there)."""
    if place.country_code != area.country_code:
        return False
    if area.feature in ("admin1", "admin2") and place.admin1 == area.admin1 and bare_key(place.name) == bare_key(area.name):
        return True  # a town is in the district of its name, whatever its own district field says ("Jamshoro")
    if area.feature == "admin1":
        return place.admin1 == area.admin1
    if area.feature == "admin2":
        return place.admin2 == area.admin2 or (place.feature == "admin2" and place.id == area.id) or (
            place.admin1 == area.admin1 and not place.admin2)
    if area.feature == "city":  # "Kot Addu, Muzaffargarh": a town named with its district's seat
        return place.admin1 == area.admin1 or near_city(place, area)
    return True



"""One event per place: ACLED codes an incident its report tells at a list of places ("clashes on the Ashby (Elmstate),
Marlow (Fenland) and Oakvale fronts", "airstrikes in Ashby and Marlow districts") as one event at each place, its
toll shared out evenly between them (the codebook's practice, which its own notes state: "fatalities split across 2
events").

Only a list in the words that place the incident counts: names joined by commas and a last "and" (without it,
"Ashby, Marlow" is a town and its area), each a place of its own (not the area the text puts another in, not a
country, not one holding another), and the incident's own place among them. "between Ashby and Marlow" and "from
Ashby to Marlow" are one stretch of road or front, not a list. Gatherings, and arrests and measures told over a
region, are left whole, as the grouping leaves them (``assemble.NOT_SPLIT_TYPES``).

A clause that lists three or more towns, known to the gazetteer or not ("attacks in Ashby, Marlow, Oakvale and
Fenby"), was already split into incidents while they were grouped (``assemble.split_listed_places``), with the same
even shares; each of those names one place, so nothing is split twice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventsift.events.assemble import NOT_SPLIT_SUB_TYPES, NOT_SPLIT_TYPES
from eventsift.events.counts import even_share, series_size
from eventsift.events.draft import Draft
from eventsift.events.numbers import NUMBER, word_to_int
from eventsift.events.place import AREA_KINDS, area_holds
from eventsift.geo.base import town_standing_in
from eventsift.geo.enclosure import enclosing
from eventsift.geo.gazetteer import STAND_IN_PRECISION
from eventsift.geo.normalize import name_key
from eventsift.records import Document, Event, Evidence, Place, Sentence, Toponym, content_id

# The words a name's kind may follow it with ("Ashby district", "the Marlow front").
_KIND = (r"(?:front(?:line)?s?|districts?|provinces?|governorates?|villages?|towns?|areas?|sectors?|regions?|"
         r"neighbou?rhoods?|camps?|counties|county|states?|sub-?districts?|tehsils?|LGAs?|localit(?:y|ies))")
# The text between two items of a list of places: the first's kind, its area in brackets or "region of <area>",
# the joining comma or "and", and a part of the next place ("the outskirts of Marlow").
LIST_GAP = re.compile(
    rf"^(?:\s+(?i:{_KIND}))?(?:\s*\([^()]{{1,60}}\))?(?:\s+(?i:{_KIND})\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:outskirts|limits|vicinity|countryside|suburbs)\s+of\s+(?:the\s+)?)?$"
)
# After the last name found, the list goes on to a name the gazetteer lacks: "Ashby (Elmstate), Marlow (Elmstate) and
# Oakvale".
_LIST_GOES_ON = re.compile(r"(?:\s*\([^()]{1,60}\))?\s*,?\s+and\s+(?:the\s+)?[A-Z]")
# Words before a list that make its names the ends of one stretch: "between A and B", "from A to B".
_STRETCH_BEFORE = re.compile(r"\b(?:between|from|linking|connecting)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
# More names than this in one list is a round-up of a region, not a list of where one incident happened.
MAX_PLACES = 6


def listed_places(at: int, *, toponyms: list[Toponym], places: list[Place | None], text: str,
                  allowed: set[int]) -> list[tuple[int, Place]]:
    """The names listed together with the ``at``-th (itself included, in text order), with their places; empty when
    it is not in such a list. The areas in brackets after a name are its own, not items ("Ashby (Ashby, Elmstate) and
    Marlow (Fenland)"); a name the gazetteer lacks stands at its own area, else at the area the list's last name is
    put in ("Ashby district and the outskirts of Marlow town, Elmstate": Ashby in Elmstate), else is left out."""
    parents = enclosing(toponyms, text)
    enclosures = set(parents.values())
    items = [i for i, t in enumerate(toponyms) if i not in enclosures and not _in_brackets(text, t.start)]
    if at not in items:
        return []
    pos = items.index(at)
    run = [at]
    for step in (-1, 1):
        k = pos
        while 0 <= k + step < len(items):
            a, b = (items[k + step], items[k]) if step < 0 else (items[k], items[k + step])
            if not LIST_GAP.match(text[toponyms[a].end : toponyms[b].start]):
                break
            k += step
            run.append(items[k])
    run.sort()
    if len(run) < 2 or len(run) > MAX_PLACES or not all(i in allowed for i in run) \
            or not (re.search(r"\band\b", text[toponyms[run[-2]].end : toponyms[run[-1]].start])
                    or _LIST_GOES_ON.match(text, toponyms[run[-1]].end)) \
            or _STRETCH_BEFORE.search(text[max(0, toponyms[run[0]].start - 40) : toponyms[run[0]].start]):
        # "Ashby, Marlow" without a last "and" is a town and its area ("Ashby, Fenland, Elmstate")
        return []
    last_area = _own_area(run[-1], toponyms=toponyms, places=places, parents=parents, text=text)
    listed = []
    for i in run:
        area = _own_area(i, toponyms=toponyms, places=places, parents=parents, text=text) or last_area
        place = places[i] or (town_standing_in(area, toponyms[i].text, precision=STAND_IN_PRECISION)
                              if area is not None else None)
        if place is not None:
            listed.append((i, place))
    chosen = [p for _, p in listed]
    if len(listed) < 2 or at not in {i for i, _ in listed} or any(p.feature == "country" for p in chosen) \
            or len({name_key(toponyms[i].text) for i, _ in listed}) < len(listed) \
            or any(a is not b and area_holds(a, b) for a in chosen for b in chosen):
        return []
    return listed


def _in_brackets(text: str, start: int) -> bool:
    before = text[max(0, start - 80) : start]
    return before.rfind("(") > before.rfind(")")


def _own_area(i: int, *, toponyms: list[Toponym], places: list[Place | None], parents: dict[int, int],
              text: str) -> Place | None:
    """The district or province the text puts the ``i``-th name in: the innermost resolved area of the brackets
    right after it ("Ashby (Marlow, Elmstate)"), else its enclosing name's."""
    inside = []
    if re.match(r"^\s*(?:\w+\s+){0,2}\(", text[toponyms[i].end : toponyms[i].end + 40]):
        close = text.find(")", toponyms[i].end)
        inside = [j for j in range(i + 1, len(toponyms)) if close != -1 and toponyms[j].end <= close]
    if i in parents:
        inside.append(parents[i])
    for j in inside:
        area = places[j]
        if area is not None and area.feature in ("admin1", "admin2"):
            return area
    return None


def one_per_place(event: Event, draft: Draft, *, document: Document, toponyms: list[Toponym],
                  places: list[Place | None], weak: frozenset[int]) -> list[Event]:
    """``event``, or one copy of it at each place of the list its place is told in, the toll shared out."""
    if event.event_type in NOT_SPLIT_TYPES or event.sub_event_type in NOT_SPLIT_SUB_TYPES:
        return [event]  # a gathering, or arrests and measures told over a region, the way the grouping leaves them
    shown = next((e for e in event.evidence if e.field == "location"), None)
    at = next((i for i, t in enumerate(toponyms) if shown is not None and t.start == shown.start), None)
    if at is None:
        return [event]
    own = {i for i in draft.place_ids() if i not in weak}
    told, field = _told_per_place(at, event, draft, toponyms=toponyms, places=places, allowed=own)
    if told:
        return _copies(event, [(i, place) for i, place, _ in told], at=at, toponyms=toponyms, shown=shown,
                       shares=True, own=(field, [n for _, _, n in told]))
    run = listed_places(at, toponyms=toponyms, places=places, text=document.text, allowed=own)
    if not run:
        return [event]
    # a toll the report already says is spread over its incidents is each one's share
    shared = series_size(" ".join(c.sentence.text for c in draft.clauses)) > 1
    return _copies(event, run, at=at, toponyms=toponyms, shown=shown, shares=not shared)


def _copies(event: Event, run: list[tuple[int, Place]], *, at: int, toponyms: list[Toponym], shown: Evidence | None,
            shares: bool, own: tuple[str, list[int]] | None = None) -> list[Event]:
    """A copy of ``event`` at each place of ``run``, with even shares of its counts (``shares``); ``own`` is a count
    field and the figure the text gives it at each place, which it has instead."""
    n = len(run)
    out = []
    for k, (i, place) in enumerate(run):
        toponym = toponyms[i]
        evidence = [replace(e, start=toponym.start, end=toponym.end) if e is shown else e for e in event.evidence]
        copy = replace(
            event, event_id=event.event_id if i == at else content_id(event.event_id, toponym.start, prefix="ev-"),
            admin1=place.admin1, admin2=place.admin2, location=place.name, latitude=place.latitude,
            longitude=place.longitude, geonameid=place.geonameid, geo_precision=place.geo_precision,
            country=place.country or event.country, evidence=evidence)
        if shares:
            copy = replace(copy, fatalities=_share(event.fatalities, n, k), fatalities_low=(event.fatalities_low or 0) // n,
                           injured=_share(event.injured, n, k), abducted=_share(event.abducted, n, k),
                           arrested=_share(event.arrested, n, k))
        if own is not None:
            field, figure = own[0], own[1][k]
            copy = replace(copy, **{field: figure}, **({"fatalities_low": figure, "fatalities_high": figure}
                                                       if field == "fatalities" else {}))
        out.append(copy)
    out.sort(key=lambda e: e.event_id != event.event_id)  # the incident's own place first
    return out


def _share(total: int | None, parts: int, k: int) -> int | None:
    return None if total is None else even_share(total, parts, k)


# A count told for each place of a list: "killed four farmers in Ashby, two in Marlow and five in Oakvale", "two
# guards were wounded in Ashby and three at Marlow". The first item's words between its number and "in" are the
# victims and the verb (no "and": "three killed and two hurt in Ashby" is no item); a later item is a number, at
# most a word ("more", "others") and "in" or "at".
_FIRST_ITEM = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:(?!(?:and|or|of|in|at)\b)[\w-]+\s+){{0,4}}(?:in|at)\s+(?:the\s+)?$",
                         re.IGNORECASE)
_NEXT_ITEM = re.compile(
    r"^(?:\s*\([^()]{1,60}\)"  # the place's area in brackets: "Ashby (Elmstate), two in ..."
    r"|,\s+(?:(?:northern|southern|eastern|western|central)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    rf"(?:\s+{AREA_KINDS})?(?=\s*,))?"  # ", southern Elm Department"
    r"(?:\s+(?:on|last|early|late)\s+[A-Za-z]+(?:\s+(?:morning|night|evening|afternoon))?)?"  # "in Ashby on Sunday, two in"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<n>{NUMBER})\s+(?:(?:more|others?|people|persons)\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE)
# Count fields a place's own figure can be told for.
_COUNT_FIELDS = ("fatalities", "injured", "abducted", "arrested")


def _told_per_place(at: int, event: Event, draft: Draft, *, toponyms: list[Toponym], places: list[Place | None],
                    allowed: set[int]) -> tuple[list[tuple[int, Place, int]], str]:
    """The places of a list the ``at``-th name is in that each come with their own count, with that count ("four
    farmers in Ashby, two in Marlow and five in Oakvale"), and the count field they are of; empty when it is in no
    such list, when a place is not known, or when the sentence tells no count or more than one kind of count."""
    for sentence in {id(c.sentence): c.sentence for c in draft.clauses}.values():
        if not sentence.start <= toponyms[at].start < sentence.end:
            continue
        chain = _count_chain(sentence, toponyms=toponyms)
        if at not in {i for i, _ in chain} or not all(i in allowed for i, _ in chain):
            continue
        chosen = [places[i] for i, _ in chain]
        if None in chosen or any(a is not b and area_holds(a, b) for a in chosen for b in chosen) \
                or len({name_key(p.name) for p in chosen}) < len(chain):
            return [], ""
        # the one count field read from this sentence is the one its figures are of
        fields = {e.field for e in event.evidence if e.field in _COUNT_FIELDS and getattr(event, e.field)
                  and sentence.start <= e.start < sentence.end}
        return ([(i, places[i], n) for i, n in chain], fields.pop()) if len(fields) == 1 else ([], "")
    return [], ""


def _count_chain(sentence: Sentence, *, toponyms: list[Toponym]) -> list[tuple[int, int]]:
    """The longest run of names in ``sentence`` each told with its own number (toponym index, number); empty when no
    two are."""
    inside = [i for i, t in enumerate(toponyms) if sentence.start <= t.start and t.end <= sentence.end]
    text, base = sentence.text, sentence.start
    best: list[tuple[int, int]] = []
    for k, first in enumerate(inside):
        head = _FIRST_ITEM.search(text[max(0, toponyms[first].start - base - 80) : toponyms[first].start - base])
        n = word_to_int(head.group("n")) if head else None
        if n is None:
            continue
        chain = [(first, n)]
        for nxt in inside[k + 1 :]:
            gap = _NEXT_ITEM.match(text[toponyms[chain[-1][0]].end - base : toponyms[nxt].start - base])
            if gap is None:
                if toponyms[nxt].start - toponyms[chain[-1][0]].end < 60:
                    continue  # a name inside the gap ("Ashby, southern Elm Department, two in ...")
                break
            m = word_to_int(gap.group("n"))
            if m is None:
                break
            chain.append((nxt, m))
        if len(chain) > len(best):
            best = chain
    return best if len(best) >= 2 else []


"""Names abroad that a report gives no reason to place abroad.

Wire copy is filed from a town in the country it is about. A name in it that the gazetteer only knows as a small
town, a province or a translated name of a city in some other country, which the report never names and whose
people and armed groups it never mentions, is a person's name ("Minister Duarte", "Colonel Guerrero"), a word ("a
grenade") or a local place the gazetteer lacks, not an event abroad.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventsift.geo.resolve import DATELINE_SUPPORT_MIN_POPULATION, Candidate, Context, likeliest

# Smaller towns than this are homonyms when nothing in the report points to their country; a city this big is how
# an agency names events abroad ("a bomb in Caracas") and stays.
FOREIGN_TOWN_MAX_POPULATION = 100_000
# ... unless no word of place introduces it: an agency writes "a bomb in Lisbon", "the talks in Oslo", "flew
# to Lisbon"; a big city's name with none before it ("editor Ana Irving", "the Irving brothers") is a person's or a
# word, not an event abroad.
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|into|of|for|across|towards?|between|and|or|via|"
                             # the target of a war's strikes: "air strikes on Idlib", "raids on Ariha"
                             r"(?:strikes?|airstrikes|raids|shelling|bombardment|bombing|assault|offensive)\s+"
                             r"(?:on|against))\s+(?:the\s+)?"
                             r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|downtown)\s+)?$",
                             re.IGNORECASE)


def introduced_as_place(text: str, start: int) -> bool:
    """Whether a word of place comes right before the name at ``text[start:]`` ("in", "to", "near the")."""
    return bool(LOCATIVE_BEFORE.search(text[max(0, start - 20):start]))


# Letters that stand for a name: "HCMC", "UCLA", "KL" (capitals only, no more than this many, in a text that is not
# written in capitals throughout).
ACRONYM_MAX_LETTERS = 6


def is_acronym(name: str, text: str) -> bool:
    """Whether ``name`` is written as an acronym in ``text``."""
    return name.isalpha() and name.isupper() and len(name) <= ACRONYM_MAX_LETTERS and not text[:2000].isupper()


def report_country(context: Context) -> str | None:
    """The country the report is filed from: the region its dateline writes, else its dateline's town when that is
    a big city (a small town's name alone is as often a namesake abroad; a title's town is a weaker sign). Not its
    armed groups' alone: they cross borders (a Lake Chad group's attacks in Cameroon), and a report without a
    dateline (a coder's note) names its places plainly. Wire copy filed from a place it keeps back ("CLANDESTINE,
    1 AUG 89 --") is about the one country its armed groups and people point to most."""
    if context.dateline_state is not None:
        return context.dateline_state[0]
    town = context.dateline_town
    if town is not None and not context.title_town and town.population >= DATELINE_SUPPORT_MIN_POPULATION:
        return town.country_code
    if context.placeless_dateline and context.cues:
        best = max(context.cues.values())
        top = [cc for cc, bonus in context.cues.items() if bonus == best]
        return top[0] if len(top) == 1 else None
    return None


def drop_foreign_homonyms(candidate_lists: Sequence[Sequence[Candidate]], picks: Sequence[Candidate | None],
                          context: Context, *, located: Sequence[bool] | None = None,
                          acronyms: Sequence[bool] | None = None) -> list[Candidate | None]:
    """Picks abroad with no support in the report give way to the name's reading in the report's country, else to
    nothing: small towns, provinces, looser spellings, and big cities no word of place introduces (``located``: the
    names that follow one, see ``introduced_as_place``). Support for a country: its name in the text, a cue (its
    people, its armed groups), its publisher, or another name read there as the country itself, as one of its
    first-level areas told as an area, or as a big city the text introduces as a place. Names the text uses as
    areas or puts inside one are left to the enclosure rules. A report filed from nowhere in particular keeps its
    names abroad, except the ``acronyms`` (names written in capital letters only) read as another name of a place
    in a country nothing in the report supports."""
    home = report_country(context)
    located = list(located) if located is not None else [True] * len(picks)
    firm = {p.country_code for p, at in zip(picks, located) if p is not None and p.kind == 0
            and (p.feature == "country" or (p.feature == "city" and p.population >= FOREIGN_TOWN_MAX_POPULATION and at))}
    # ... or a first-level area the text tells as one ("in Idlib province", "X, Y")
    told_areas = {p.country_code for i, p in enumerate(picks) if p is not None and i in context.areas
                  and p.feature == "admin1" and p.kind == 0}
    supported = context.countries | set(context.cues) | firm | told_areas | {home, context.publisher_country}
    if home is None:
        if not firm or acronyms is None:
            return list(picks)
        # "treated at HCMC" beside a big city of the report's own: letters a city abroad is also known by (an
        # alternate name) stand for a local institution when nothing in the report points abroad
        return [None if p is not None and short and p.kind == 3 and p.country_code not in supported else p
                for p, short in zip(picks, acronyms)]
    out = list(picks)
    for i, (cands, pick) in enumerate(zip(candidate_lists, picks)):
        if pick is not None and i in context.areas and i not in context.parents and pick.feature == "city" \
                and pick.country_code != home and pick.population < FOREIGN_TOWN_MAX_POPULATION:
            # "the Northern Atlantic Region" of a report from Managua: an area of its own country, not a small town
            # abroad that shares the word
            inside = [c for c in cands if c.country_code == home]
            out[i] = likeliest(inside)
            continue
        if pick is None or i in context.parents or i in context.areas or pick.country_code == home:
            continue
        if pick.country_code in supported:
            # "talks in Mexico ... attacks in San Antonio" under a Salvadoran dateline: a country the report names
            # does not make a small namesake or a looser spelling there the place, when the name is a town's own
            # in the report's country
            own = [c for c in cands if c.country_code == home and c.kind == 0 and c.feature == "city"]
            if own and (pick.kind in (2, 3) or (
                    pick.feature == "city" and pick.population < FOREIGN_TOWN_MAX_POPULATION)):
                out[i] = likeliest(own)
            elif pick.kind == 2 and pick.population < FOREIGN_TOWN_MAX_POPULATION \
                    and not (located[i] and pick.country_code in told_areas):
                # a name spelt like no town of the report's country is not a small town abroad it resembles (unless
                # the text introduces it as a place in a country whose province it tells as one: "BEIRUT - ...
                # shelling on the nearby town of Ashby ... Elm province")
                out[i] = None
            continue
        loose = pick.kind in (2, 3) or pick.feature == "admin1" or (
            pick.feature in ("city", "admin2") and (pick.population < FOREIGN_TOWN_MAX_POPULATION or not located[i]))
        if loose:
            inside = [c for c in cands if c.country_code == home]
            out[i] = likeliest(inside)
    return out

"""Names abroad that a report gives no reason to place abroad.

Wire copy is filed from a town in the country it is about. A name in it that the gazetteer only knows as a small
town, a province or a translated name of a city in some other country, which the report never names and whose
people and armed groups it never mentions, is a person's name ("Minister Duarte", "Colonel Guerrero"), a word ("a
grenade") or a local place the gazetteer lacks, not an event abroad.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventsift.geo.resolve import DATELINE_SUPPORT_MIN_POPULATION, Candidate, Context, prior

# Smaller towns than this are homonyms when nothing in the report points to their country; a city this big is how
# an agency names events abroad ("a bomb in Caracas") and stays.
FOREIGN_TOWN_MAX_POPULATION = 100_000


def report_country(context: Context) -> str | None:
    """The country the report is filed from: the region its dateline writes, else its dateline's town when that is
    a big city (a small town's name alone is as often a namesake abroad; a title's town is a weaker sign). Not its
    armed groups' alone: they cross borders (a Lake Chad group's attacks in Cameroon), and a report without a
    dateline (a coder's note) names its places plainly."""
    if context.dateline_state is not None:
        return context.dateline_state[0]
    town = context.dateline_town
    if town is not None and not context.title_town and town.population >= DATELINE_SUPPORT_MIN_POPULATION:
        return town.country_code
    return None


def drop_foreign_homonyms(candidate_lists: Sequence[Sequence[Candidate]], picks: Sequence[Candidate | None],
                          context: Context) -> list[Candidate | None]:
    """Picks abroad with no support in the report give way to the name's reading in the report's country, else to
    nothing. Support for a country: its name in the text, a cue (its people, its armed groups), its publisher, or
    another name read there as the country itself or as a big city. Names the text uses as areas or puts inside
    one are left to the enclosure rules."""
    home = report_country(context)
    if home is None:
        return list(picks)
    firm = {p.country_code for p in picks if p is not None and p.kind == 0
            and (p.feature == "country" or (p.feature == "city" and p.population >= FOREIGN_TOWN_MAX_POPULATION))}
    supported = context.countries | set(context.cues) | firm | {home, context.publisher_country}
    out = list(picks)
    for i, (cands, pick) in enumerate(zip(candidate_lists, picks)):
        if pick is None or pick.country_code in supported or i in context.parents or i in context.areas:
            continue
        loose = pick.kind in (2, 3) or pick.feature == "admin1" or (
            pick.feature in ("city", "admin2") and pick.population < FOREIGN_TOWN_MAX_POPULATION)
        if loose:
            inside = [c for c in cands if c.country_code == home]
            out[i] = max(inside, key=lambda c: (prior(c), c.population)) if inside else None
    return out

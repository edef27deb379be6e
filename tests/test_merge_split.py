"""Splitting as carefully as merging: what keeps two reports of one town and day apart. Invented reports."""

from __future__ import annotations

import dataclasses
import datetime as dt

from merge_reports import make_report

from eventsift.records import Event
from eventsift.store import merge

DAY = dt.date(2019, 10, 4)
TOWN = dict(location="Brackwater", admin2="Lune County", admin1="Oregon", country="United States",
            latitude=44.30, longitude=-121.10, geo_precision=1)


def report(doc: str, text: str, **fields) -> Event:
    return make_report(doc, text, town=TOWN, date=DAY, **fields)


def test_nobody_killed_and_two_killed_on_one_day_are_two_incidents() -> None:
    hurt = report("a", "Armed men fired at a man on Tolley Road; he was injured.", fatalities=0, injured=1)
    killed = report("b", "Armed men attacked a group on Tolley Road; two men died and one was injured.",
                    fatalities=2, injured=1)
    result = merge.compare(killed, hurt)
    assert not result.ok and result.failed.startswith("fatalities 0 and 2 on the same day")
    # A later report that the wounded died revises the toll: one incident.
    later = dataclasses.replace(killed, sources=[dataclasses.replace(killed.sources[0], published=DAY + dt.timedelta(days=1))])
    assert merge.compare(later, hurt).ok
    # One dead against none is within what outlets of one day say (a death not yet reported).
    one = dataclasses.replace(killed, fatalities=1)
    assert merge.compare(one, hurt).ok


def test_the_village_of_one_and_the_village_of_another_are_two_places() -> None:
    first = report("a", "Artillery units shelled the village of Ostrel in the northern countryside; no one was hurt.",
                   event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    other = report("b", "Artillery units shelled the village of Marrow Hill in the northern countryside; no one was hurt.",
                   event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    result = merge.compare(other, first)
    assert not result.ok and result.failed.startswith("different places named")
    same = report("b", "Artillery units shelled the village of Ostrel again in the northern countryside, with no casualties.",
                  event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    assert merge.compare(same, first).ok


def test_a_shelled_place_named_apart_is_another_incident() -> None:
    kind = dict(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    first = report("a", "Border units shelled Ostrel using artillery fire. Neither fatalities nor injuries were reported.", **kind)
    other = report("b", "Border units shelled Quenby using artillery fire. Neither fatalities nor injuries were reported.", **kind)
    assert not merge.compare(other, first).ok
    again = report("b", "Border units shelled Ostrel with artillery. No casualties were reported.", **kind)
    assert merge.compare(again, first).ok
    # Who was attacked is not where: "attacked" takes people as readily as places, so it names no place.
    assert merge._places("Gunmen attacked Quenby villagers") == set()

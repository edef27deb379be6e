"""Forces named after a government carry that name only from the day it came to be (ontology/actor_eras.tsv)."""

from __future__ import annotations

import datetime as dt

from eventsift.ontology.actor_eras import name_as_of
from eventsift.records import Event

SPC = "Military Forces of Yemen Supreme Political Council"


def _event(day: dt.date) -> Event:
    return Event(event_id="e", document_id="d", event_type="Battles", sub_event_type="Armed clash", actor1=SPC,
                 actor2="Military Forces of Yemen", inter1=1, inter2=1, event_date=day, country="Yemen")


def test_a_name_from_a_later_year_is_the_name_of_the_time():
    events = [_event(dt.date(2015, 4, 2)), _event(dt.date(2019, 4, 2))]
    name_as_of(events)
    assert [(e.actor1, e.inter1) for e in events] == [("Houthi Movement", 2), (SPC, 1)]
    assert [e.actor2 for e in events] == ["Military Forces of Yemen"] * 2


def test_a_coalition_before_its_operation_was_renamed():
    early = Event(event_id="e", document_id="d", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  actor1="Operation Restoring Hope", inter1=8, event_date=dt.date(2015, 4, 1), country="Yemen")
    events = [early]
    name_as_of(events)
    assert events[0].actor1 == "Operation Decisive Storm"


def test_a_name_changed_twice_is_the_name_of_each_time():
    jas = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    events = [Event(event_id="e", document_id="d", event_type="Battles", sub_event_type="Armed clash", actor1=jas,
                    inter1=2, event_date=day, country="Nigeria")
              for day in (dt.date(2014, 5, 1), dt.date(2016, 1, 1), dt.date(2018, 1, 1))]
    name_as_of(events)
    assert [e.actor1 for e in events] == [jas, "Boko Haram - Wilayat Gharb Ifriqiyyah", jas]

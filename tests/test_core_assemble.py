"""Building an event field group by field group, on drafts made by hand."""

import datetime as dt

import pytest

from eventsift.events.assemble import _how_sure
from eventsift.events.assemble_counts import how_many
from eventsift.events.assemble_when import when
from eventsift.events.assemble_who import who
from eventsift.events.clauses import Clause
from eventsift.events.draft import Draft
from eventsift.events.triggers import Trigger
from eventsift.nlp.timex import TimeExpression
from eventsift.records import Document, Sentence

TEXT = "Gunmen attacked a bus station on Sunday, officials said."
PUBLISHED = dt.date(2021, 3, 10)
DOCUMENT = Document(id="doc-1", text=TEXT, published=PUBLISHED)
SENTENCE = Sentence(index=0, text=TEXT, start=0, end=len(TEXT))


def _clause(*, dates=(), certainty="confirmed", certainty_span=None) -> Clause:
    trigger = Trigger(text="attacked", start=7, end=15, sub_event_type="Attack", kind="specific", priority=1)
    return Clause(span=SENTENCE, sentence=SENTENCE, triggers=[trigger], counts=[], actors=[], dates=list(dates),
                  certainty=certainty, certainty_span=certainty_span)


def _day(day: dt.date, *, names_incident: bool = False, precision: str = "day") -> TimeExpression:
    return TimeExpression(text="Sunday", start=33, end=39, date=day, date_end=day, precision=precision,
                          names_incident=names_incident)


def test_when_takes_the_clause_date_and_marks_old_incidents_historical():
    recent = when(Draft(clauses=[_clause(dates=[_day(dt.date(2021, 3, 7))])]), document=DOCUMENT,
                  published=PUBLISHED, lead_date=None)
    assert (recent.event_date, recent.date_end, recent.time_precision, recent.historical) == (
        dt.date(2021, 3, 7), None, 1, False)
    assert [e.field for e in recent.evidence] == ["event_date"]
    old = when(Draft(clauses=[_clause(dates=[_day(dt.date(2020, 6, 1))])]), document=DOCUMENT,
               published=PUBLISHED, lead_date=None)
    assert old.historical


def test_when_prefers_the_date_that_names_the_incident_over_a_sharper_one():
    dates = [_day(dt.date(2021, 3, 8)), _day(dt.date(2021, 3, 1), names_incident=True, precision="week")]
    chosen = when(Draft(clauses=[_clause(dates=dates)]), document=DOCUMENT, published=PUBLISHED, lead_date=None)
    assert (chosen.event_date, chosen.precision, chosen.time_precision) == (dt.date(2021, 3, 1), "week", 2)


def test_when_falls_back_to_the_lead_then_to_publication():
    lead = (_day(dt.date(2021, 3, 7)), SENTENCE)
    from_lead = when(Draft(clauses=[_clause()]), document=DOCUMENT, published=PUBLISHED, lead_date=lead)
    assert (from_lead.event_date, from_lead.time_precision, len(from_lead.evidence)) == (dt.date(2021, 3, 7), 2, 1)
    undated = when(Draft(clauses=[_clause()]), document=DOCUMENT, published=PUBLISHED, lead_date=None)
    assert (undated.event_date, undated.precision, undated.evidence) == (PUBLISHED, "day", [])


@pytest.mark.parametrize(
    ("kind", "country", "expected"),
    [("Attack", "Kenya", ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)", 3, 7)),
     ("Peaceful protest", "Chile", ("Protesters (Chile)", None, 6, None)),
     ("Arrests", None, ("Police Forces", None, 1, None)),
     # a battle has two armed sides: neither named, both are unidentified armed groups
     ("Armed clash", "Brazil", ("Unidentified Armed Group (Brazil)", "Unidentified Armed Group (Brazil)", 3, 3))],
)
def test_who_uses_the_type_default_when_no_one_is_named(kind, country, expected):
    actors = who(kind, Draft(clauses=[_clause()]), victims=[], country=country, document=DOCUMENT)
    assert (actors.actor1, actors.actor2, actors.inter1, actors.inter2) == expected
    assert actors.evidence == []


def test_how_many_reads_nothing_when_no_count_is_named():
    tolls = how_many("Attack", Draft(clauses=[_clause()]), document=DOCUMENT, context="")
    assert (tolls.killed, tolls.injured, tolls.abducted, tolls.arrested, tolls.evidence) == (None, None, None, None, [])


def test_how_sure_keeps_the_least_sure_clause_and_its_words():
    draft = Draft(clauses=[_clause(), _clause(certainty="reported", certainty_span=(41, 55))])
    certainty, found = _how_sure(draft, document=DOCUMENT)
    assert certainty == "reported"
    assert [(e.field, e.start, e.end) for e in found] == [("certainty", 41, 55)]


def test_who_takes_two_countries_forces_as_the_two_sides_of_a_battle():
    from eventsift.events.actors import find_actors
    text = "Lebanese and Jordanian troops exchanged fire near the border on Sunday."
    sentence = Sentence(index=0, text=text, start=0, end=len(text))
    trigger = Trigger(text="exchanged fire", start=35, end=49, sub_event_type="Armed clash", kind="specific",
                      priority=1)
    clause = Clause(span=sentence, sentence=sentence, triggers=[trigger], counts=[], actors=find_actors(text),
                    dates=[], certainty="confirmed", certainty_span=None)
    actors = who("Armed clash", Draft(clauses=[clause]), victims=[], country="Lebanon",
                 document=Document(id="doc-2", text=text, published=PUBLISHED))
    assert (actors.actor1, actors.actor2) == ("Military Forces of Lebanon", "Military Forces of Jordan")

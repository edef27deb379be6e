"""A headline kept apart from the text: its town and its toll for the report's first incident."""

from eventsift.events.headline import strip_site, with_headline_toll
from eventsift.records import Event, Evidence


def _event(**kw):
    return Event(event_id=kw.pop("event_id", "e1"), document_id="d1", event_type="Violence against civilians",
                 sub_event_type="Attack", **kw)


def test_the_headlines_town_places_an_incident_the_text_placed_no_closer_than_a_country_or_state():
    title = "One dead in Elmford club shooting"
    told = _event(country="United States", admin1="Ohio", location="Elmford", geo_precision=1,
                  evidence=[Evidence(document_id="d1", field="location", sentence=title, start=12, end=19)])
    (placed,) = with_headline_toll([_event(country="Canada", location="Canada", geo_precision=3)], [told],
                                   title="One dead in Elmford club shooting")
    assert (placed.location, placed.admin1, placed.geo_precision) == ("Elmford", "Ohio", 1)
    (placed,) = with_headline_toll([_event(country="United States", admin1="Ohio", location="Ohio", geo_precision=3)],
                                   [told], title="One dead in Elmford club shooting")
    assert placed.location == "Elmford"
    # a town the text names, or a state the headline's town is not in, stays
    for first in (_event(country="United States", admin1="Ohio", location="Oakton", geo_precision=1),
                  _event(country="United States", admin1="Texas", location="Texas", geo_precision=3)):
        (kept,) = with_headline_toll([first], [told], title="One dead in Elmford club shooting")
        assert kept.location == first.location
    # a headline that names no town was placed at the report's fallback (a desk abroad, "BEIRUT (AFP)"): it places
    # nothing
    unnamed = _event(country="Lebanon", admin1="Beirut", location="Beirut", geo_precision=2)
    (kept,) = with_headline_toll([_event(country="Syria", location="Syria", geo_precision=3)], [unnamed],
                                 title="Death toll from market strike rises to 19")
    assert kept.location == "Syria"


def test_a_site_name_after_a_page_title_is_dropped():
    assert strip_site("Four shot at a fair - KXYZ 9 News Elmford, Ohio News, Weather") == "Four shot at a fair"
    assert strip_site("Five shot at a billiards bar :: KTV.com") == "Five shot at a billiards bar"
    # a clause after a dash that names no site stays
    assert strip_site("Man shot in Elmford - suspect at large") == "Man shot in Elmford - suspect at large"


def test_people_the_text_told_hit_are_the_headlines_dead():
    told = _event(country="United States", admin1="Ohio", location="Elmford", geo_precision=1, fatalities=4)
    first = _event(country="United States", admin1="Ohio", location="Elmford", geo_precision=1, fatalities=0, injured=4)
    (tolled,) = with_headline_toll([first], [told], title="Four found shot to death in Elmford home")
    assert (tolled.fatalities, tolled.injured) == (4, None)
    # more people hit than the headline's dead: some of them lived
    more = _event(country="United States", admin1="Ohio", location="Elmford", geo_precision=1, fatalities=0, injured=5)
    (tolled,) = with_headline_toll([more], [told], title="Four found shot to death in Elmford home")
    assert (tolled.fatalities, tolled.injured) == (4, 5)

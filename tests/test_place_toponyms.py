"""Which place names of a document become toponyms: the model's entities (split at commas), the gazetteer's
names in parsed sentences, and the gazetteer's names in the sentences that were not parsed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from eventsift.events.place import find_toponyms
from eventsift.geo.base import InMemoryGeocoder
from eventsift.records import Place, Sentence
from eventsift.nlp.text import split_sentences


@dataclass
class Ent:
    text: str
    start_char: int
    end_char: int
    label_: str = "GPE"


@dataclass
class Parsed:
    ents: list[Ent]


def entity(sentence: Sentence, name: str) -> Ent:
    start = sentence.text.index(name)
    return Ent(text=name, start_char=start, end_char=start + len(name))


GEOCODER = InMemoryGeocoder([Place(name=n, country="C", feature="city") for n in ("Thessaloniki", "Quetta", "Sindh")])


@pytest.mark.parametrize(
    ("text", "parsed_index", "expected"),
    [
        ("Arsonists set fire to a car. The incident occurred in Thessaloniki.", 0, ["Thessaloniki"]),
        ("The incident occurred in Thessaloniki. Arsonists set fire to a car.", 1, ["Thessaloniki"]),
        ("Arsonists set fire to a car in Quetta. Police came from Thessaloniki.", 0, ["Quetta", "Thessaloniki"]),
        ("Arsonists set fire to a car. Nothing else happened.", 0, []),
    ],
)
def test_unparsed_sentences_give_gazetteer_names(text, parsed_index, expected):
    sentences = split_sentences(text)
    parsed = [sentences[parsed_index]]
    found = find_toponyms(parsed, [Parsed(ents=[])], text=text, dateline_end=0, geocoder=GEOCODER)
    assert [t.text for t in found] == expected
    assert all(text[t.start:t.end] == t.text for t in found)
    assert [t.sentence_index for t in found] == [next(s.index for s in sentences if s.start <= t.start < s.end)
                                                 for t in found]


@pytest.mark.parametrize(
    ("entity_text", "expected"),
    [
        ("Mirpurkhas, Sindh", ["Mirpurkhas", "Sindh"]),
        ("Mato Grosso do Sul", ["Mato Grosso do Sul"]),
        ("Abala,  Tillabery", ["Abala", "Tillabery"]),
        ("Fes (Fes", ["Fes", "Fes"]),  # the model's entity swallowed a bracket
        ("north Ashby", ["Ashby"]),  # a side of town in small letters is no part of the name
        ("downtown Ashby, rural Marlow", ["Ashby", "Marlow"]),
        ("North Ashby", ["North Ashby"]),  # ... written with a capital, it is
        # a unit and the area it is of, taken as one name
        ("Ashby district of south Elmshire", ["Ashby district", "Elmshire"]),
        ("Ashby district of Elmshire", ["Ashby district", "Elmshire"]),
        ("Bank of Marlow", ["Bank of Marlow"]),
    ],
)
def test_entities_are_split_at_commas_and_brackets(entity_text, expected):
    text = f"Two groups clashed in {entity_text} on Friday."
    sentence = split_sentences(text)[0]
    found = find_toponyms([sentence], [Parsed(ents=[entity(sentence, entity_text)])], text=text, dateline_end=0,
                          geocoder=InMemoryGeocoder([]))
    assert [t.text for t in found] == expected
    assert all(text[t.start:t.end] == t.text for t in found)


def test_a_common_noun_the_model_calls_a_place_is_no_toponym():
    text = "Students protested near a metro station in Thessaloniki on Friday."
    sentence = split_sentences(text)[0]
    ents = [Ent(text=name, start_char=text.index(name), end_char=text.index(name) + len(name), label_=label)
            for name, label in (("metro", "FAC"), ("Thessaloniki", "GPE"))]
    found = find_toponyms([sentence], [Parsed(ents=ents)], text=text, dateline_end=0, geocoder=InMemoryGeocoder([]))
    assert [t.text for t in found] == ["Thessaloniki"]


def test_a_name_a_truecased_copy_left_in_lower_case_is_still_a_toponym():
    written = "STUDENTS PROTESTED IN KAVALA ON FRIDAY."
    text = "Students protested in kavala on Friday."  # the truecaser did not know the town
    sentence = split_sentences(text)[0]
    ents = [Ent(text="kavala", start_char=text.index("kavala"), end_char=text.index("kavala") + 6)]
    found = find_toponyms([sentence], [Parsed(ents=ents)], text=text, written=written, dateline_end=0,
                          geocoder=InMemoryGeocoder([]))
    assert [t.text for t in found] == ["kavala"]


def test_dateline_names_stay_out_of_unparsed_sentences():
    text = "QUETTA: Officials met on Monday. Gunmen shot a man."
    sentences = split_sentences(text)
    found = find_toponyms([sentences[-1]], [Parsed(ents=[])], text=text, dateline_end=len("QUETTA: "),
                          geocoder=GEOCODER)
    assert found == []


PEOPLE_GEOCODER = InMemoryGeocoder([Place(name=n, country="C", feature="city") for n in (
    "Lincoln", "Omaha", "Jordan", "Chad", "Houston", "Hooper", "Texas", "Kodiak", "Edwards")]
    + [Place(name="Hooper County", country="C", feature="admin2")])


class PeopleSkippingGeocoder(InMemoryGeocoder):
    """Like the gazetteer's scanner, leaves a name after a given name out ("Kenneth Hooper")."""

    def find_toponyms(self, text: str) -> list[tuple[int, int]]:
        return [(a, b) for a, b in super().find_toponyms(text) if not text[:a].endswith("Kenneth ")]


def test_a_name_the_report_gives_a_person_elsewhere_is_the_persons():
    text = ("The victim, Kenneth Hooper, was treated at a burn center. Hooper is now at home and recovering. "
            "A shooting in Hooper last year was unrelated.")
    geocoder = PeopleSkippingGeocoder([Place(name="Hooper", country="C", feature="city")])
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[]) for _ in sentences], text=text, dateline_end=0, geocoder=geocoder)
    assert [(t.text, text[t.start - 3:t.start]) for t in found] == [("Hooper", "in ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said Lincoln was pronounced dead at a hospital in Omaha.", ["Omaha"]),
        ("A man was shot in Lincoln on Friday.", ["Lincoln"]),
        ("Officers found the victim Jordan in a parked car.", []),
        ("The dead man was identified as Chad Houston by the coroner.", []),
        ("Edwards said three children were left without a father.", []),
        ("Tom Hooper, 23, was charged with murder. Hooper was held without bail.", []),
        ("A gunman shot a man in Hooper on Friday.", ["Hooper"]),  # a locative word makes it a place again
        # a town before a word for a person is the person's town, whatever verb comes before it
        ("A man was charged with killing Hooper officer Dan Reyes.", ["Hooper"]),
        # the speaker after a verb of saying, the name ending the clause; a relative "who" takes a person
        ('"He was my only son," said Hooper, holding a photograph.', []),
        ("A man was shot in Omaha. Hooper, who was walking home, saw it.", ["Omaha"]),
        ("Families from Omaha, who lost homes, gathered on Friday.", ["Omaha"]),  # after "from": the town
        # someone spoken to
        ("The envoy told Hooper that the talks in Omaha would go on.", ["Omaha"]),
        ("Two witnesses testified before Lincoln, a commission of inquiry.", []),
        # no person bears an area's kind in the name: its officials speak
        ("Police in Omaha, Hooper County said two men were shot.", ["Omaha", "Hooper County"]),
        # a vehicle after a name's possessive is the person's, whatever word comes before; a list of those
        # identified only by a name
        ("A grenade went off in Hooper's pickup outside the market in Omaha.", ["Omaha"]),
        ("Two nurses identified only as Lincoln and Jordan were hurt in Omaha.", ["Omaha"]),
        ("In an interview with Lincoln Hale, the mayor of Omaha spoke of the raid.", ["Omaha"]),
    ],
)
def test_people_are_not_places(text, expected):
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[]) for _ in sentences], text=text, dateline_end=0,
                          geocoder=PEOPLE_GEOCODER)
    assert [t.text for t in found] == expected


def test_a_compass_word_after_a_number_is_a_grid_street():
    geocoder = InMemoryGeocoder([Place(name=n, country="C", feature="city") for n in ("North", "Ogdenville")])
    text = "Officers were called to a home near 400 North and 600 East in Ogdenville on Friday."
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[])], text=text, dateline_end=0, geocoder=geocoder)
    assert [t.text for t in found] == ["Ogdenville"]


def test_where_a_person_is_from_is_not_where_it_happened():
    text = "The victim, Al Smith, 25, of Houston, Texas, was shot dead in Kodiak."
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[])], text=text, dateline_end=0, geocoder=PEOPLE_GEOCODER)
    assert [(t.text, t.qualifier) for t in found] == [("Houston", "from"), ("Texas", "from"), ("Kodiak", None)]
    # a list of victims with their ages and towns
    text = "The wounded were named as Al Smith, 25, Houston; and Jo Hale, 31, Kodiak."
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[])], text=text, dateline_end=0, geocoder=PEOPLE_GEOCODER)
    assert [(t.text, t.qualifier) for t in found] == [("Houston", "from"), ("Kodiak", "from")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The Hooper Police Department said a man was shot.", "institution"),
        ("Deputies of the Hooper County Sheriff's Office were called.", "institution"),
        ("A 20-year-old Hooper man was shot on Friday.", "from"),
        ("A Hooper native was killed in a crash.", "from"),
        ("A Hooper 2-year-old was hurt when a gun went off.", "from"),
        ("Two Hooper veterans marched to the ministry.", "from"),  # where people come from
        ("Hooper farmers blocked the highway.", "from"),
        ("A man was shot in Hooper and a 2-year-old was hurt.", None),
        ("A man was shot in Hooper on Friday.", None),
        ("The victim was taken to Hooper Hospital in critical condition.", "institution"),
        ("The wounded were treated at two Hooper hospitals.", "institution"),  # hospitals named after a place
        ("Two boys were taken to a Hooper hospital.", "institution"),
        ("He was arraigned before a Hooper County Common Pleas Court judge.", "institution"),
        ("A Hooper County Superior Court judge ruled on Friday.", "institution"),
        # a boundary is beside the event, most often on its other side
        ("The ranch where the men were shot lies near the Hooper border.", "border"),
        ("The ranch lies 30 miles west of the Hooper County line.", "border"),
        # a business named after a place, whose own place the text gives
        ("Two men were shot at Hooper restaurant in Elmtown on Friday.", "within a name"),
        ("Two men were shot at a Hooper restaurant on Friday.", None),
        ("Troops raided the Hooper shelter, located in northern Elmtown, on Friday.", "within a name"),
        # where those who tell of it speak from
        ("Police in Hooper today reported that four bombs went off.", "institution"),
        ("Officials in Hooper on Monday said two guards were killed.", "institution"),
        ("Police in Hooper found two men shot dead.", None),
        # where people took the news: the reaction's place, not the incident's
        ("Voters in Hooper were outraged by the killings.", "institution"),
        ("Congressmen in Hooper issued a statement on the raid.", "institution"),
        ("Leaders in Hooper were shot dead on Sunday.", None),
        # a town the distance is told from, after the kind of town it is
        ("The blast hit a camp about 40 km from the state capital Hooper.", "near"),
        ("The camp lies 12 miles from the county seat, Hooper.", "near"),
        ("The camp lies 12 miles from the district headquarters, Hooper.", "near"),
        ("The blast hit a camp about 40 kilometers (25 miles) north of Hooper.", "near"),
    ],
)
def test_institutions_and_home_towns_are_weak_signs(text, qualifier):
    geocoder = InMemoryGeocoder([Place(name=n, country="C", feature="city") for n in ("Hooper", "Hooper County")])
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[])], text=text, dateline_end=0, geocoder=geocoder)
    assert [t.qualifier for t in found] == [qualifier]


class CapitalGeocoder(InMemoryGeocoder):
    resolves_capitals = True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two guards were hurt, and the army said the clinic in this capital was full.", ["this capital"]),
        ("Gunmen killed two policemen in the provincial capital on Monday.", ["provincial capital"]),
        ("A bomb went off in the capital, Quetta, on Monday.", ["Quetta"]),  # the name is the place
        ("A bomb went off in the capital of Sindh on Monday.", ["Sindh"]),
        ("Investors worried about capital flight on Monday.", []),
    ],
)
def test_the_capital_is_a_toponym_for_geocoders_that_place_it(text, expected):
    geocoder = CapitalGeocoder([Place(name=n, country="C", feature="city") for n in ("Quetta", "Sindh")])
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[])], text=text, dateline_end=0, geocoder=geocoder)
    assert [t.text for t in found] == expected
    plain = find_toponyms(sentences, [Parsed(ents=[])], text=text, dateline_end=0, geocoder=GEOCODER)
    assert "capital" not in " ".join(t.text for t in plain)  # a geocoder that cannot place them is not given them


def test_a_title_outside_the_text_gives_the_place_when_the_body_names_none():
    from eventsift.events.place import main_place
    from eventsift.records import Document

    geocoder = InMemoryGeocoder([Place(name="Quetta", country="C", feature="city")])
    body = "Four people were wounded at a restaurant on Friday night, police said."
    titled = Document(id="t", text=body, title="Four wounded in shooting at Quetta restaurant")
    assert main_place([], document=titled, geocoder=geocoder).name == "Quetta"
    assert main_place([], document=Document(id="t", text=body), geocoder=geocoder) is None
    named = Place(name="Thessaloniki", country="C", feature="city")
    assert main_place([named], document=titled, geocoder=geocoder) is named  # the body's own place first
    officer = Document(id="t", text=body, title="Officer Quetta said four were wounded")
    assert main_place([], document=officer, geocoder=geocoder) is None  # a person, not a place


STREET_GEOCODER = InMemoryGeocoder([Place(name=n, country="C", feature="city") for n in (
    "Washington", "Madison", "Quetta", "Baxter")])


def _toponyms(text, geocoder):  # noqa: ANN001, ANN202
    """The toponyms of a text read with no model entities."""
    sentences = split_sentences(text)
    return find_toponyms(sentences, [Parsed(ents=[]) for _ in sentences], text=text, dateline_end=0, geocoder=geocoder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot on Washington Street in Quetta.", ["Quetta"]),
        ("Police found him in the 4200 block of Madison Ave. on Friday.", []),
        ("The shooting happened at a home near 88th and Washington.", []),
        ("A car was stopped at Madison and 5th on Friday.", []),
        ("A man was shot at 1200 Madison Road on Friday.", []),
        ("The convoy was attacked on the Quetta road on Friday.", ["Quetta"]),  # a road to a town names the town
        ("A man was shot in Washington on Friday.", ["Washington"]),
    ],
)
def test_streets_are_not_places(text, expected):
    found = _toponyms(text, STREET_GEOCODER)
    assert [t.text for t in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman shot Baxter twice outside the store. Relatives said Baxter had just opened it.", []),
        ("Sam Baxter's daughter said the family was shaken. Baxter owned the shop for years.", []),
        ("A man was shot in Baxter on Friday. Baxter is a small town.", ["Baxter", "Baxter"]),
        # a place has no murder nor funeral; it has a murder rate
        ("Soldiers are responsible for Baxter's murder, the party said.", []),
        ("Hundreds attended Baxter's funeral on Sunday.", []),
        ("Armored vehicles left Baxter's house after the standoff.", []),
        ("At Baxter's home in Quetta, neighbours were stunned.", ["Quetta"]),  # a locative word before the home
        ("Baxter's murder rate doubled last year.", ["Baxter"]),
        # "who" after the name marks it a person's wherever the report uses it
        ("Baxter, who had just turned 30, was shot twice. Relatives in Ohio said Baxter was kind.", []),
    ],
)
def test_a_name_marked_as_a_person_once_is_a_person_throughout(text, expected):
    found = _toponyms(text, STREET_GEOCODER)
    assert [t.text for t in found] == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Tom Hooper, of Quetta, was charged on Friday.", "from"),
        ("Two students were shot at a school in a Quetta suburb on Friday.", "near"),
        ("Two students were shot at a school in Quetta on Friday.", None),
    ],
)
def test_where_a_named_person_is_from_and_a_suburb(text, qualifier):
    found = _toponyms(text, STREET_GEOCODER)
    assert [(t.text, t.qualifier) for t in found] == [("Quetta", qualifier)]


def test_a_name_after_a_common_given_name_is_a_surname():
    text = "Gunmen abducted Carlos Baxter on Friday. Police said Baxter had received threats. The car was found in Quetta."
    found = _toponyms(text, STREET_GEOCODER)
    assert [t.text for t in found] == ["Quetta"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("A man was shot in Northeast on Friday.", []),
     ("Troops clashed with militants in the Southwest region on Friday.", ["Southwest"]),
     ("A man was shot in Northeast, police said.", []),
     ("Gunmen burned a school in Northeast, Quetta on Friday.", ["Northeast", "Quetta"])],
)
def test_a_citys_quadrant_is_not_a_region(text, expected):
    geocoder = InMemoryGeocoder([Place(name="Northeast", country="C", feature="admin1"),
                                 Place(name="Southwest", country="C", feature="admin1"), Place(name="Quetta", country="C")])
    found = _toponyms(text, geocoder)
    assert [t.text for t in found] == expected


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [("Radio Quetta reported that a man was shot in Quetta.", [("Quetta", "within a name"), ("Quetta", None)]),
     ("Washington condemned the bombing in Quetta.", [("Washington", "actor"), ("Quetta", None)])],
)
def test_a_station_and_a_country_that_acts_are_not_the_place(text, qualifiers):
    assert [(t.text, t.qualifier) for t in _toponyms(text, STREET_GEOCODER)] == qualifiers


def test_a_police_forces_acronym_is_its_city_as_an_institution():
    geocoder = InMemoryGeocoder([Place(name="Indianapolis", country="United States", feature="city")])
    text = "IMPD officers found a man shot on the east side. The ABCD said nothing."
    found = find_toponyms(split_sentences(text), [Parsed(ents=[])], text=text, dateline_end=0, geocoder=geocoder)
    assert [(t.text, text[t.start:t.end], t.qualifier) for t in found] == [("Indianapolis", "IMPD", "institution")]


@pytest.mark.parametrize(
    ("entity_text", "expected"),
    [("Marlow County Sheriff's", "Marlow County"), ("Elmtown Police", "Elmtown"), ("Ashby Hospital", "Ashby")],
)
def test_an_institutions_word_in_an_entity_is_left_out_and_marks_the_seat(entity_text, expected):
    text = f"{entity_text} officers arrested two men after the shooting."
    sentence = split_sentences(text)[0]
    found = find_toponyms([sentence], [Parsed(ents=[entity(sentence, entity_text)])], text=text, dateline_end=0,
                          geocoder=InMemoryGeocoder([]))
    assert [(t.text, t.qualifier) for t in found] == [(expected, "institution")]


CROSSING_GEOCODER = InMemoryGeocoder([Place(name=n, country="C", feature="city")
                                      for n in ("Elmtown", "Ashby", "Marlow", "Kenton", "Marlow Road")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were shot in Elmtown at the intersection of Ashby and Marlow.", ["Elmtown"]),
        ("Two men were shot in Elmtown in the area of Ashby and E. Marlow.", ["Elmtown"]),
        ("Two men were shot in Elmtown at the corner of Ashby and Kenton on Friday.", ["Elmtown"]),
        ("Two men were shot in Elmtown; a third was found at Ashby and Marlow streets.", ["Elmtown"]),
        # "on" a pair of names: streets (a town is "in"), unless the first is a day or a month
        ("Two men were shot in Elmtown at a bar on Ashby at Marlow.", ["Elmtown"]),
        ("Two men were shot in Elmtown on Ashby and Kenton late Friday.", ["Elmtown"]),
        ("Two men were shot on Friday at Elmtown.", ["Elmtown"]),
        # the crossing of a street told with its kind, and a road after a house number
        ("Two men were shot in Elmtown at Kenton Avenue and Ashby.", ["Elmtown"]),
        ("Two men were shot in Elmtown outside 2210 Marlow Road.", ["Elmtown"]),
        ("Two men were shot in Elmtown at a bar at 210 Marlow.", ["Elmtown"]),
        # towns joined by "and" without a crossing's words stay towns
        ("Two men were shot in Ashby and Marlow on Friday.", ["Ashby", "Marlow"]),
    ],
)
def test_crossing_streets_named_without_their_kind_are_not_places(text, expected):
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[]) for _ in sentences], text=text, dateline_end=0,
                          geocoder=CROSSING_GEOCODER)
    assert [t.text for t in found] == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Anna Whitfield of Elmtown was shot outside a bar in Ashby.", "from"),  # a given name marks the person
        ("The City of Elmtown reported that a man was shot in Ashby.", None),  # an institution's name, not a person's
        ("A man was shot in Ashby and flown by helicopter to Elmtown.", "destination"),
        ("The dead man was later transported for an autopsy to the coroner's lab in Elmtown.", "destination"),
        # where a suspect fled is not where the shooting was
        ("A man was shot in Ashby; the gunman may be headed to Elmtown in a grey van.", "destination"),
        ("A man was shot in Ashby before the shooter fled on foot toward Elmtown.", "destination"),
        ("A union leader was seized in Ashby on his way to catch a flight to Elmtown.", "destination"),
        ("Rebels bombed a bridge in Ashby ahead of the president's visit to Elmtown.", "destination"),
        # where the victims' bodies are to be buried
        ("Relatives hope to raise money for sending their bodies back to Elmtown for burial.", "destination"),
        # a hospital's town, named after the hospital, is its seat: a weak sign, not the scene
        ("Two men were shot in Ashby and are stable at Marlow Regional Medical Center in Elmtown.", "institution"),
        ("Two men were shot in Ashby and are stable at the trauma center in Elmtown.", "institution"),
    ],
)
def test_a_persons_home_and_a_destination_are_qualified(text, qualifier):
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[]) for _ in sentences], text=text, dateline_end=0,
                          geocoder=CROSSING_GEOCODER)
    assert {t.text: t.qualifier for t in found}["Elmtown"] == qualifier



# "Lakeview Market" stands for a name the gazetteer reads as its town's (a facility's word after a town's name)
FACILITY_GEOCODER = InMemoryGeocoder([Place(name=n, country="C", feature="city")
                                      for n in ("Elmtown", "Ashby", "Lakeview Market", "Elmwood")])


@pytest.mark.parametrize(
    ("text", "name", "qualifier"),
    [
        # a shop named after a place, with its town after it: the name is the shop's
        ("Four people were shot outside Lakeview Market in Elmtown on Friday.", "Lakeview Market", "within a name"),
        ("Four people were shot outside Lakeview Market in Elmtown on Friday.", "Elmtown", None),
        # the town of a school someone went to is where the person came from
        ("The victim graduated from Elmwood High School in Ashby.", "Ashby", "from"),
        ("A man shot in Elmtown was a graduate from Elmwood Central College, in Ashby.", "Ashby", "from"),
    ],
)
def test_a_facilitys_town_is_said_of_the_facility(text, name, qualifier):
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[]) for _ in sentences], text=text, dateline_end=0,
                          geocoder=FACILITY_GEOCODER)
    assert {t.text: t.qualifier for t in found}[name] == qualifier


def test_the_rest_of_a_lead_glued_to_the_parsed_headline_is_read_for_names():
    # a scraped page glues the headline to the lead; the parsed sentence is the headline alone
    text = "Gunfire at a storage lot | Daily Courier OnlineAccording to police, a man was shot in Elmtown on Sunday."
    headline = Sentence(index=0, text=text[:text.index("Online") + 6], start=0, end=text.index("Online") + 6)
    found = find_toponyms([headline], [Parsed(ents=[])], text=text, dateline_end=0, geocoder=FACILITY_GEOCODER)
    assert [t.text for t in found] == ["Elmtown"]


class NamesOnly(InMemoryGeocoder):
    """Knows names but finds none in running text (the gazetteer's scanner leaves a name before a run of capitalised
    words, "Carson City Mayor Dale Reese", to the model)."""

    def find_toponyms(self, text: str) -> list[tuple[int, int]]:
        return []


def test_a_states_name_the_model_cuts_before_city_is_the_whole_city():
    # "Ostland City Mayor ...": the model tags the state's name alone; the gazetteer knows the whole name
    known = [Place(name="Ostland", country="C", admin1="Ostland", feature="admin1"),
             Place(name="Ostland City", country="C", admin1="Ostland", feature="city")]
    text = "Ostland City Mayor Dale Reese spoke to reporters after the shooting."
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[entity(sentences[0], "Ostland")])], text=text, dateline_end=0,
                          geocoder=NamesOnly(known))
    assert [t.text for t in found] == ["Ostland City"]
    found = find_toponyms(sentences, [Parsed(ents=[entity(sentences[0], "Ostland")])], text=text, dateline_end=0,
                          geocoder=NamesOnly(known[:1]))
    assert [t.text for t in found] == ["Ostland"]
    # a town's name before "City" may be an agency's ("Harbor City News"), and so may a province's abroad: left as
    # the model tagged it
    for harbor in (Place(name="Harbor", country="C", feature="city"), Place(name="Harbor", country="D", feature="admin1")):
        text = "Harbor City News reported the shooting."
        sentences = split_sentences(text)
        found = find_toponyms(sentences, [Parsed(ents=[entity(sentences[0], "Harbor")])], text=text, dateline_end=0,
                              geocoder=NamesOnly([harbor, Place(name="Harbor City", country="C", feature="city")]))
        assert [t.text for t in found] == ["Harbor"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the model calls a small town a nationality or a group; after "in", before "opposite", it is a place
        ("Rioters blocked the main road in Kessaba opposite the bank.", "Kessaba", ["Kessaba"]),
        ("Protesters gathered at Kessaba, chanting slogans.", "Kessaba", ["Kessaba"]),
        # a nationality qualifying a noun stays one
        ("Shells fell in Kurdish areas near the border.", "Kurdish", []),
        ("Kessaba farmers blocked the road.", "Kessaba", []),
    ],
)
def test_a_name_the_model_calls_a_group_is_a_place_where_only_a_place_can_stand(text, name, expected):
    (sentence,) = split_sentences(text)
    ent = Ent(text=name, start_char=text.index(name), end_char=text.index(name) + len(name), label_="NORP")
    found = find_toponyms([sentence], [Parsed(ents=[ent])], text=text, dateline_end=0, geocoder=GEOCODER)
    assert [t.text for t in found] == expected


TOWNS = NamesOnly(  # the model's entities only: the gazetteer's scanner finds nothing here
    [Place(name=n, country="C", feature="city") for n in ("Tal Hamra", "Khan Tamra", "Elmfield")]
    + [Place(name="Rural Elmfield", country="C", feature="admin1")],
    aliases={"Elmfield Countryside": "Rural Elmfield"})


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        # the model calls a town with an article a person's name, or a product; after "in" the gazetteer's town stands
        ("Airstrikes hit a market in Tal Hamra on Monday.", "Tal Hamra", "PERSON", ["Tal Hamra"]),
        ("Shells fell in Tal Hamra, a monitor said.", "Tal Hamra", "PRODUCT", ["Tal Hamra"]),
        ("Gunmen opened fire at Tal Hamra, killing two.", "Tal Hamra", "PERSON", ["Tal Hamra"]),
        ("Tal Hamra said the market was hit.", "Tal Hamra", "PERSON", []),  # no place word before it
        ("A man in the car fired back at Elmfield, who was hit.", "Elmfield", "PERSON", []),  # a person shot at
        ("Airstrikes hit a market in Omar Haddad on Monday.", "Omar Haddad", "PERSON", []),  # no such town
        # the model leaves words off a town's name, or off a governorate's countryside
        ("Airstrikes hit Khan Tamra on Monday.", "Khan", "GPE", ["Khan Tamra"]),
        ("Shelling hit the Elmfield countryside on Monday.", "Elmfield", "GPE", ["Elmfield countryside"]),
        ("Shelling hit villages in rural Elmfield on Monday.", "Elmfield", "GPE", ["rural Elmfield"]),
        ("Shelling hit Elmfield Monday night.", "Elmfield", "GPE", ["Elmfield"]),
        # a participle of what happened there after the name ("in Elmfield demanding ...")
        ("Nurses rallied in Elmfield demanding back pay.", "Elmfield", "PERSON", ["Elmfield"]),
    ],
)
def test_a_town_the_model_misreads_or_cuts_short_is_found_whole(text, name, label, expected):
    (sentence,) = split_sentences(text)
    ent = Ent(text=name, start_char=text.index(name), end_char=text.index(name) + len(name), label_=label)
    found = find_toponyms([sentence], [Parsed(ents=[ent])], text=text, dateline_end=0, geocoder=TOWNS)
    assert [t.text for t in found] == expected


def test_a_street_corner_the_model_calls_an_organisation_is_no_town():
    text = "The shooting at Elmfield and Birch was a robbery, police said."
    (sentence,) = split_sentences(text)
    ent = Ent(text="Elmfield", start_char=text.index("Elmfield"), end_char=text.index("Elmfield") + 8, label_="ORG")
    found = find_toponyms([sentence], [Parsed(ents=[ent])], text=text, dateline_end=0, geocoder=TOWNS)
    assert found == []


def test_a_word_of_a_longer_place_name_after_a_given_name_is_no_persons_name():
    # "San Pedro Quixtal, Quixtal": the town's name holds the state's after "Pedro"; the state is no surname
    known = [Place(name="San Pedro Quixtal", country="C", admin1="Quixtal", feature="city"),
             Place(name="Quixtal", country="C", admin1="Quixtal", feature="admin1")]
    text = "Drivers blocked a road in San Pedro Quixtal, Quixtal, on Friday."
    (sentence,) = split_sentences(text)
    town = entity(sentence, "San Pedro Quixtal")
    start = text.rindex("Quixtal,")
    state = Ent(text="Quixtal", start_char=start, end_char=start + 7, label_="GPE")
    found = find_toponyms([sentence], [Parsed(ents=[town, state])], text=text, dateline_end=0, geocoder=NamesOnly(known))
    assert [t.text for t in found] == ["San Pedro Quixtal", "Quixtal"]


def test_a_region_of_several_countries_is_no_place_and_hides_the_names_inside_it():
    # "the Latin American bishops": neither the region nor the country its last word names
    geocoder = InMemoryGeocoder([Place(name="America", country="US", feature="country"),
                                 Place(name="Elmira", country="C", feature="city")])
    geocoder.world_regions = frozenset({"latin america"})
    text = "Latin American bishops met in Elmira on Friday."
    (sentence,) = split_sentences(text)
    found = find_toponyms([sentence], [Parsed(ents=[entity(sentence, "Latin America")])], text=text, dateline_end=0,
                          geocoder=geocoder)
    assert [t.text for t in found] == ["Elmira"]


def test_the_site_name_of_a_title_the_text_opens_with_is_a_weak_sign():
    # a scraped page: its title, the site's name (a station serving two cities) and the report glued to it
    title = "Man shot dead over a phone « CBS Omaha / Lincoln"
    text = title + "OMAHA (CBS) – A man was shot dead in Omaha on Tuesday."
    sentences = split_sentences(text)
    found = find_toponyms(sentences, [Parsed(ents=[]) for _ in sentences], text=text, dateline_end=0,
                          geocoder=PEOPLE_GEOCODER, title=title)
    assert [(t.text, t.qualifier) for t in found if t.start < len(title)] == [("Omaha", "institution"),
                                                                               ("Lincoln", "institution")]
    assert [(t.text, t.qualifier) for t in found if t.start > len(title) + 12] == [("Omaha", None)]


def test_a_side_truecased_from_capitals_stays_part_of_the_name():
    # wire copy in capitals, read in a truecased copy: whether the side word was written small is not known
    written = "TWO GROUPS CLASHED IN NORTH ASHBY ON FRIDAY."
    text = "Two groups clashed in north Ashby on Friday."
    sentence = split_sentences(text)[0]
    found = find_toponyms([sentence], [Parsed(ents=[entity(sentence, "north Ashby")])], text=text, dateline_end=0,
                          geocoder=InMemoryGeocoder([]), written=written)
    assert [t.text for t in found] == ["north Ashby"]

"""Reports in capitals get a readable copy of the same length; ordinary text is left alone."""

import datetime as dt

import pytest

from eventsift.geo import InMemoryGeocoder
from eventsift.records import Document, Place
from eventsift.nlp.truecase import is_upper_text, truecase, truecase_title, zipf

PLACES = [
    Place(name="San Miguel", country="El Salvador", feature="admin1", population=500_000),
    Place(name="El Salvador", country="El Salvador", feature="country", population=5_000_000),
    Place(name="Peru", country="Peru", feature="country", population=20_000_000),
    Place(name="Will", country="United States", feature="city", population=40_000),
    Place(name="Market", country="Elmland", feature="admin1", population=300_000),
    Place(name="Summit", country="Elmland", feature="city", population=60_000),
]
GEOCODER = InMemoryGeocoder(PLACES)


def _check(text: str) -> str:
    out = truecase(text, geocoder=GEOCODER)
    assert out is not None
    assert len(out) == len(text) and out.lower() == text.lower()
    return out


@pytest.mark.parametrize("text", [
    "Soldiers killed three villagers near the market on Tuesday, police said.",
    "The Taliban claimed the attack in Kabul. UN officials condemned it.",
    "AK-47",
    "",
])
def test_ordinary_text_is_left_alone(text):
    assert truecase(text, geocoder=GEOCODER) is None


@pytest.mark.parametrize("text", [
    "THREE SOLDIERS WERE KILLED YESTERDAY. THE ARMY SAID THE REBELS FLED.",
    "POLICE REPORTED THAT UNKNOWN GUNMEN KIDNAPPED A MAYOR IN THE NORTH.",
])
def test_capitals_are_detected(text):
    assert is_upper_text(text)
    assert not is_upper_text(text.lower())


@pytest.mark.parametrize("text, word", [
    ("THREE SOLDIERS WERE KILLED AND POLICE ARRIVED LATER IN THE DAY.", "soldiers"),
    ("THREE SOLDIERS WERE KILLED AND POLICE ARRIVED LATER IN THE DAY.", "police"),
    ("THE REBELS ATTACKED A CONVOY. MEANWHILE, SUBVERSIVES WERE WOUNDED.", "subversives"),
    ("THE REBELS ATTACKED A CONVOY AGAINST THEIR WILL ON THE ROAD.", "will"),
])
def test_ordinary_words_are_lower_case(text, word):
    assert f" {word} " in _check(text)


@pytest.mark.parametrize("text, sentence_starts", [
    ("THREE SOLDIERS WERE KILLED. THE ARMY BLAMED THE REBELS. NOBODY WAS ARRESTED.", ["Three", "The", "Nobody"]),
    ("LIMA, 5 JAN 90 -- [TEXT] THE POLICE ARRESTED FOUR MEN IN THE CAPITAL.", ["The"]),
])
def test_sentences_start_with_a_capital(text, sentence_starts):
    out = _check(text)
    for word in sentence_starts:
        assert word in out.split()


@pytest.mark.parametrize("text, name", [
    ("GUERRILLAS ATTACKED A POST IN SAN MIGUEL DEPARTMENT LAST NIGHT.", "San Miguel"),
    ("TROOPS CROSSED INTO EL SALVADOR AT DAWN ON THE SAME DAY.", "El Salvador"),
    ("REBELS BOMBED A BRIDGE IN PERU ON THE SAME DAY AS THE ELECTION.", "Peru"),
    # a name a hard-wrapped line breaks
    ("GUERRILLAS ATTACKED A POST ON THE ROAD OUT OF SAN\nMIGUEL LAST NIGHT.", "San\nMiguel"),
])
def test_gazetteer_places_stay_capitalised(text, name):
    assert name in _check(text)


@pytest.mark.parametrize("text, expected", [
    # an ordinary word before a kind of area is the area's name when the gazetteer has an area so named
    ("REBELS BURNED A BUS IN MARKET DEPARTMENT ON FRIDAY.", "in Market department"),
    # ... a town's name before "municipality" or after "the town of"
    ("GUNMEN SEIZED A FARM IN SUMMIT MUNICIPALITY ON FRIDAY.", "in Summit municipality"),
    ("GUNMEN SEIZED A FARM NEAR THE TOWN OF SUMMIT ON FRIDAY.", "the town of Summit"),
    # ... but a town is no department, and a word alone stays a word
    ("THE SUMMIT DEPARTMENT OF THE MINISTRY DENIED IT.", "summit department"),
    ("THE TALKS ENDED IN A SUMMIT ON FRIDAY.", "a summit on"),
])
def test_ordinary_words_naming_an_area(text, expected):
    assert expected in _check(text)


@pytest.mark.parametrize("text, acronym", [
    ("THE ARMY SAID THE FMLN ATTACKED THE BARRACKS AT NIGHT.", "FMLN"),
    ("THE POLICE BLAMED THE MRTA FOR THE BOMBING OF THE OFFICE.", "MRTA"),
    ("A CAR BOMB EXPLODED NEAR THE U.S. EMBASSY IN THE MORNING.", "U.S."),
])
def test_acronyms_stay_in_capitals(text, acronym):
    assert f" {acronym} " in _check(text)


@pytest.mark.parametrize("text, name", [
    ("THE ARMY SAID PRESIDENT ALFREDO CRISTIANI WAS NOT HURT IN THE BLAST.", "President Alfredo Cristiani"),
    ("THE ATTACK WAS ORDERED BY COL RENE EMILIO PONCE, THE REPORT SAID.", "Col Rene Emilio Ponce"),
    ("GUNMEN SHOT MR GEORGE SMITH OUTSIDE HIS HOUSE ON THE ROAD.", "Mr George Smith"),
])
def test_words_after_a_title_are_a_name(text, name):
    assert name in _check(text)


def test_the_title_does_not_take_ordinary_words():
    out = _check("THE ATTACK WAS CONDEMNED BY THE PRESIDENT, WHO SAID THE ARMY WOULD RESPOND.")
    assert " who said " in out


@pytest.mark.parametrize("text, word", [
    ("GUERRILLAS DYNAMITED TOWERS IN USULUTAN AND MORAZAN YESTERDAY.", "Usulutan"),
    ("GUERRILLAS DYNAMITED TOWERS IN USULUTAN AND MORAZAN YESTERDAY.", "Morazan"),
    ("THE ATTACK TOOK PLACE ON 30 DECEMBER NEAR THE FARM.", "December"),
    ("THE ATTACK TOOK PLACE ON 3 MAY NEAR THE FARM AND MAY BE REPEATED.", "May"),
])
def test_unknown_words_and_months_are_capitalised(text, word):
    assert word in _check(text).split()


def test_may_as_a_verb_is_lower_case():
    assert " may be repeated" in _check("THE ATTACK TOOK PLACE ON 3 MAY NEAR THE FARM AND MAY BE REPEATED.")


def test_non_ascii_letters_keep_their_case():
    text = "GUERRILLAS ATTACKED THE TOWN OF SANTA ANA IN EL SALVADOR. THE ARMY SAID ÑANDÚ WAS HIT."
    out = _check(text)
    assert "ÑANDÚ" in out


@pytest.mark.parametrize("word, common", [("the", True), ("soldiers", True), ("usulutan", False)])
def test_word_frequencies_tell_common_words_from_names(word, common):
    assert (zipf(word) >= 3.0) is common


def test_pipeline_reads_the_truecased_copy_and_keeps_the_original_text():
    import spacy

    from eventsift.pipeline import Pipeline

    pipeline = Pipeline(nlp=spacy.blank("en"), geocoder=GEOCODER, today=dt.date(1990, 1, 10))
    text = "SAN MIGUEL, 5 JAN 90 -- [TEXT] SOLDIERS KILLED THREE GUERRILLAS DURING A CLASH IN SAN MIGUEL DEPARTMENT."
    document = Document(id="d1", text=text, published=dt.date(1990, 1, 5))
    prepared = pipeline._prepare(document)
    assert prepared.document.text == text
    assert prepared.candidates, "the clash sentence carries an event word"
    for sentence in prepared.candidates:
        assert sentence.text.lower() == text[sentence.start:sentence.end].lower()  # same offsets
        assert "Soldiers killed three guerrillas" in sentence.text

def test_a_page_in_ordinary_case_with_a_transcript_in_capitals_keeps_its_ordinary_case():
    article = "Police in Salt Lake City said a driver was found wounded beside a wrecked van on Friday night. " * 3
    transcript = "OUR CREW IS OUTSIDE THE STORE WHERE THE VAN CAME TO A STOP THIS MORNING. " * 30
    text = article + transcript
    copy = truecase(text)
    assert copy is not None and len(copy) == len(text)
    assert copy.startswith(article)  # untouched
    assert "Our crew is outside the store" in copy


@pytest.mark.parametrize("text, name", [
    # a given name before a surname the gazetteer capitalises
    ("UNKNOWN MEN SHOT CARLOS PERU NEAR THE MARKET ON TUESDAY, THE POLICE SAID.", "Carlos Peru"),
    # a run of given names, and a middle initial
    ("THE POLICE FOUND THE BODY OF JOSE MARIA PERU IN A DITCH ON TUESDAY.", "Jose Maria Peru"),
    ("THE POLICE FOUND THE BODY OF CARLOS J. PERU IN A DITCH ON TUESDAY.", "Carlos J. Peru"),
    # a given name that is also an ordinary word, before a surname
    ("THE ARMY SAID THAT MARK PERU AND ROSE PERU WERE WOUNDED IN THE ATTACK.", "Mark Peru and Rose Peru"),
])
def test_a_given_name_before_a_surname_is_capitalised(text, name):
    assert f" {name} " in _check(text)


@pytest.mark.parametrize("text, words", [
    ("THE SOLDIERS WILL MARK THE ROAD AND PRICES ROSE AGAIN IN THE NORTH.", [" will mark ", " rose again "]),
    ("CONGRESS PASSED THE BILL MONDAY AFTER A LONG DEBATE ON THE BUDGET.", [" bill Monday "]),
    # a given name at the end of a sentence takes no case from the next sentence's first word
    ("THE TROOPS DID NOT MARK. PERU SAID NOTHING ABOUT THE ATTACK IN THE NORTH.", [" mark. Peru "]),
])
def test_a_given_name_that_is_an_ordinary_word_stays_lower_case(text, words):
    out = _check(text)
    for word in words:
        assert word in out


@pytest.mark.parametrize("text, name", [
    ("UNKNOWN MEN SHOT CARLOS GARCIA NEAR THE MARKET ON TUESDAY, THE POLICE SAID.", "Carlos Garcia"),
    ("THE POLICE FOUND THE BODY OF JOSE ANTONIO RODRIGUEZ IN A DITCH.", "Jose Antonio Rodriguez"),
])
def test_a_given_name_makes_a_rare_word_after_it_a_surname(text, name):
    assert f" {name} " in _check(text)


@pytest.mark.parametrize("text, words", [
    # an ordinary word as a given name does not make a rare word a surname
    ("THE COURT WILL REOPEN THE CASE, THE MINISTER SAID ON THE RADIO.", " will reopen "),
    # verbs, inflected words and ordinary nouns after a given name are no surname
    ("THE TROOPS SAID THAT CARLOS FLED WITH THE GUERRILLAS TO THE NORTH.", " carlos fled "),
    ("THE ARMY BLAMED THE MARIA DETACHMENT FOR THE ATTACK IN THE NORTH.", " maria detachment "),
    # a given name that is part of a place name does not make the word after it a surname
    ("REBELS ATTACKED THE SAN MIGUEL GARRISON ON TUESDAY, THE ARMY SAID.", " San Miguel garrison "),
])
def test_no_surname_after_an_ordinary_word_a_verb_or_a_place(text, words):
    assert words in _check(text)


def test_a_headline_in_title_case_is_read_as_a_sentence():
    assert truecase_title("Five Shot During Party At San Miguel Banquet Hall", geocoder=GEOCODER) == \
        "Five shot during party at San Miguel banquet hall"
    # a headline in sentence case, or too short to tell, is left alone
    assert truecase_title("Five shot during a party in San Miguel", geocoder=GEOCODER) is None
    assert truecase_title("Gunmen Kill Two", geocoder=GEOCODER) is None


def test_a_headline_keeps_the_towns_it_names_in_capitals():
    geocoder = InMemoryGeocoder([Place(name="Phoenix", country="United States", feature="city", population=1_600_000),
                                 Place(name="Man", country="Ivory Coast", feature="city", population=150_000)])
    # a big town with an English name stays a name; an everyday word that names a town somewhere does not
    assert truecase_title("Man Dead After Shooting At Phoenix Bus Depot", geocoder=geocoder) == \
        "Man dead after shooting at Phoenix bus depot"
    assert truecase_title("Four Shot, One Man Dead Outside Phoenix Bus Stop", geocoder=geocoder) == \
        "Four shot, one man dead outside Phoenix bus stop"


def test_groups_and_nationalities_take_the_cue_tables_spelling():
    out = _check("SALVADORAN TROOPS CLASHED WITH THE SHINING\nPATH AND THE FMLN NEAR THE BORDER.")
    assert out.startswith("Salvadoran troops") and "Shining\nPath" in out and " FMLN " in out


SMALL_PLACES = [
    Place(name="Hamlet", country="United States", feature="city", population=6_000),
    Place(name="Northeastern", country="Ghana", feature="admin1", population=2_000_000),
    Place(name="Elmford City", country="Peru", feature="city", population=300_000),
    Place(name="Peru", country="Peru", feature="country", population=20_000_000),
]


@pytest.mark.parametrize("text, expected", [
    # a word between an article and "of" is a common noun, though a town somewhere bears it
    ("TROOPS ATTACKED IN THE HAMLET OF QUIXTEPEC ON TUESDAY, THE ARMY SAID.", " the hamlet of Quixtepec "),
    # a word of direction is no place alone, nor before a place
    ("REBELS ATTACKED A POST IN NORTHEASTERN PERU ON TUESDAY, THE ARMY SAID.", " in northeastern Peru "),
    # "CITY" ends a place's name after a rarer word, never alone
    ("A BOMB EXPLODED IN ELMFORD CITY AND THE CITY WAS CLOSED, THE ARMY SAID.", " in Elmford City and the city was "),
])
def test_common_words_around_places(text, expected):
    out = truecase(text, geocoder=InMemoryGeocoder(SMALL_PLACES))
    assert expected in out


def test_the_town_itself_is_still_capitalised():
    out = truecase("TROOPS ENTERED HAMLET ON TUESDAY AND LEFT, THE ARMY SAID.", geocoder=InMemoryGeocoder(SMALL_PLACES))
    assert " entered Hamlet on " in out


def test_more_spanish_given_names_make_a_surname():
    assert " Gilberto Garcia " in _check("THE POLICE FOUND THE BODY OF GILBERTO GARCIA IN A DITCH ON TUESDAY.")

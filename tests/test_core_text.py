import pytest

from eventsift.nlp.text import split_clauses, split_sentences


def test_sentences_keep_offsets_and_abbreviations():
    text = "Gen. Ahmed said five were killed. Police arrived.\n\nA new paragraph"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Gen. Ahmed said five were killed.", "Police arrived.", "A new paragraph"]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_a_sentence_keeps_the_quotation_mark_or_bracket_it_closes():
    text = "She said: \u201cWe left early. The road was shut.\u201d\n\nA NAME (Ashby) Rain fell. (It was cold.) Then a bus came."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "She said: \u201cWe left early.", "The road was shut.\u201d", "A NAME (Ashby) Rain fell.", "(It was cold.)",
        "Then a bus came."]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_a_time_of_day_runs_on_into_its_day():
    text = "Shots rang out at 7:10 p.m. Monday near the park. A guard called at 8 p.m. He was hurt. It was 9 a.m. EST then."
    assert [s.text for s in split_sentences(text)] == [
        "Shots rang out at 7:10 p.m. Monday near the park.", "A guard called at 8 p.m.", "He was hurt.",
        "It was 9 a.m. EST then."]
    # ... and into a date written short: "at 9:40 p.m. Nov. 3"
    text = "Gunfire broke out at about 9:40 p.m. Nov. 3 near a diner. Police came at 10 p.m. Nobody was held."
    assert [s.text for s in split_sentences(text)] == [
        "Gunfire broke out at about 9:40 p.m. Nov. 3 near a diner.", "Police came at 10 p.m.", "Nobody was held."]
    # a page's line broken between the time and its day is the same sentence; a blank line is a paragraph's end
    text = "The card game ended about 2 a.m.\nFriday as three men with rifles came in. It closed at 6 p.m.\n\nFriday was calm."
    assert [s.text for s in split_sentences(text)] == [
        "The card game ended about 2 a.m.\nFriday as three men with rifles came in.", "It closed at 6 p.m.", "Friday was calm."]


@pytest.mark.parametrize(("text", "second"), [
    ("The raid on the depot comes three weeks after gunmen killed two guards at a farm.",
     "three weeks after gunmen killed two guards at a farm."),
    ("The ambush came less than a month after a bomb went off at the market.",
     "less than a month after a bomb went off at the market."),
])
def test_how_long_after_opens_the_clause_of_the_earlier_incident(text, second):
    clauses = split_clauses(split_sentences(text)[0])
    assert [c.text for c in clauses][1:] == [second]


def test_clauses_split_background_incident():
    sentence = split_sentences("It was the biggest operation since the leader was killed in Punjab in 2015.")[0]
    clauses = split_clauses(sentence)
    assert len(clauses) == 2
    assert clauses[1].text.startswith("since the leader")
    assert all(sentence.text[c.start - sentence.start:c.end - sentence.start] == c.text for c in clauses)


def test_a_title_glued_to_the_body_is_its_own_sentence():
    from eventsift.nlp.text import split_headline

    text = "Two hurt in Elmtown crash | Channel 4Two people were hurt on Friday. Police said so."
    sentences = split_headline(split_sentences(text), text=text, title="Two hurt in Elmtown crash | Channel 4")
    assert [s.text for s in sentences] == ["Two hurt in Elmtown crash | Channel 4", "Two people were hurt on Friday.",
                                           "Police said so."]
    assert [s.index for s in sentences] == [0, 1, 2] and text[sentences[1].start:sentences[1].end] == sentences[1].text
    assert split_headline(split_sentences(text), text=text, title="Another title entirely") == split_sentences(text)


def test_sentences_that_lost_their_space_are_still_two():
    text = 'A man was shot in the arm.He was taken to a clinic. "We heard it," she said."Then we ran."'
    assert [s.text for s in split_sentences(text)] == [
        "A man was shot in the arm.", "He was taken to a clinic.", '"We heard it," she said."', 'Then we ran."']
    # initials, titles and abbreviations glued to a name are not boundaries
    assert len(split_sentences("Dr.Smith met Jan.Ruiz in St.Louis.")) == 1


def test_before_and_after_a_time_of_day_open_no_clause():
    for text in ("The fight, which broke out just before 2 a.m. Sunday outside a diner, drew a crowd.",
                 "Three men were shot shortly after midnight near the station.",
                 "A porter who was stabbed at the depot the evening before, the chief said, is recovering."):
        sentence = split_sentences(text)[0]
        pieces = [c.text for c in split_clauses(sentence)]
        assert not any(p.startswith(("before 2", "after midnight", "before,")) for p in pieces), pieces
        assert len(pieces) == 1, pieces
    sentence = split_sentences("Two guards were hurt before the gunmen fled in a white van.")[0]
    assert len(split_clauses(sentence)) == 2


def test_windows_1252_punctuation_read_as_latin_1_is_repaired_one_for_one():
    from eventsift.nlp.text import repair_c1

    text = "the guards\x92 post, \x93a blast\x94 \x96 then\x81 silence"
    repaired = repair_c1(text)
    assert repaired == "the guards’ post, “a blast” – then  silence"
    assert len(repaired) == len(text)
    assert repair_c1("plain text") == "plain text"


# Wire copy written in capitals and hard-wrapped at ~75 columns, as the pipeline reads it: a truecased copy.
WRAPPED_WIRE = (
    "   Ostrava Nueva, 4 mar 91 (Nortel) -- [Text] Two guards who were watching the\n"
    "Belvarian consulate in the port of Saltmarra were wounded early today by\n"
    "gunmen who fled in a red car, police said.  Captain Teodoro Ruiz said that\n"
    "Mirela Danko, Ivo Persic and a third guard whose name was not given were\n"
    "taken to the naval hospital.  The attack was claimed by the so-called Gen.\n"
    "Varga brigade.\n"
)


def test_a_line_break_inside_a_sentence_of_wrapped_wire_copy_is_a_space():
    sentences = split_sentences(WRAPPED_WIRE, wrapped=True)
    assert [s.text.replace("\n", " ") for s in sentences] == [
        "Ostrava Nueva, 4 mar 91 (Nortel) --",  # the section marker opens the report's text
        "[Text] Two guards who were watching the Belvarian consulate in the "
        "port of Saltmarra were wounded early today by gunmen who fled in a red car, police said.",
        "Captain Teodoro Ruiz said that Mirela Danko, Ivo Persic and a third guard whose name was not given were "
        "taken to the naval hospital.",
        "The attack was claimed by the so-called Gen. Varga brigade."]
    # offsets stay those of the text, whose line breaks inside a sentence read as spaces
    assert all(WRAPPED_WIRE[s.start:s.end].replace("\n", " ") == s.text for s in sentences)
    # read as ordinary text, every wrapped line that starts with a name cuts its sentence apart
    assert len(split_sentences(WRAPPED_WIRE)) == 6 and split_sentences(WRAPPED_WIRE)[0].text.endswith("watching the")


WRAPPED_WITH_HEADINGS = (
    "Bomb hidden in a melon cart kills three vendors in Saltmarra market\n"
    "Saltmarra, 6 may 91 (Nortel) -- A bomb hidden in a melon cart went off in\n"
    "the central market of this port city this morning, killing three vendors\n"
    "and wounding eleven shoppers, the harbor police said.\n"
    "\n"
    "Crimson Lark claims the attack\n"
    "Clandestine, no date (Radio Libre Belvar) -- [Communique] [Crimson Lark Front]\n"
    "[Text] The Crimson Lark Front takes responsibility for the punishment dealt\n"
    "to the traders who serve the garrison troops in the port of Saltmarra --\n"
    "   Commanders Ilse Varga and Tomas Brenner, for the general command\n"
)


def test_wrapped_wire_copy_still_breaks_where_a_line_ends_on_purpose():
    # a heading (a long one before a dateline, a short one), a section marker, an indented line
    sentences = split_sentences(WRAPPED_WITH_HEADINGS, wrapped=True)
    assert [s.text.replace("\n", " ") for s in sentences] == [
        "Bomb hidden in a melon cart kills three vendors in Saltmarra market",
        "Saltmarra, 6 may 91 (Nortel) -- A bomb hidden in a melon cart went off in the central market of this port "
        "city this morning, killing three vendors and wounding eleven shoppers, the harbor police said.",
        "Crimson Lark claims the attack",
        "Clandestine, no date (Radio Libre Belvar) --",
        "[Communique] [Crimson Lark Front]",
        "[Text] The Crimson Lark Front takes responsibility for the punishment dealt to the traders who serve the "
        "garrison troops in the port of Saltmarra --",
        "Commanders Ilse Varga and Tomas Brenner, for the general command"]
    assert all(WRAPPED_WITH_HEADINGS[s.start:s.end].replace("\n", " ") == s.text for s in sentences)


def test_a_wrapping_artefact_space_opens_no_paragraph():
    text = ("The second plan was made known this week by Ona Brel, a columnist of the\n"
            "Saltmarra evening paper, who said in a note sent to the press agency that\n"
            " the attack was to be carried out by a group that had crossed the border\n"
            "in March and had been trained abroad, the minister said on Friday.\n")
    assert len(split_sentences(text, wrapped=True)) == 1


@pytest.mark.parametrize("text", [
    # a scraped page: every line a paragraph of its own, far wider than a wrapped line
    "Gunmen Wound Two Guards At Belvarian Consulate\nTwo guards who were watching the Belvarian consulate in the port "
    "of Saltmarra were wounded early today by gunmen who fled in a red car, police said on Friday\nCaptain Teodoro "
    "Ruiz said that both men were taken to the naval hospital and that officers were searching for the car\nRelated: "
    "Saltmarra port reopens after the storm",
    # a list of names, narrower than any wrapped copy
    "The dead were named as:\nMirela Danko\nIvo Persic\nTeodoro Ruiz\n",
])
def test_lines_not_wrapped_at_a_fixed_width_split_as_before(text):
    assert split_sentences(text, wrapped=True) == split_sentences(text)

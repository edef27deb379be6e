from eventsift.nlp.text import split_clauses, split_sentences


def test_sentences_keep_offsets_and_abbreviations():
    text = "Gen. Ahmed said five were killed. Police arrived.\n\nA new paragraph"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Gen. Ahmed said five were killed.", "Police arrived.", "A new paragraph"]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_a_time_of_day_runs_on_into_its_day():
    text = "Shots rang out at 7:10 p.m. Monday near the park. A guard called at 8 p.m. He was hurt. It was 9 a.m. EST then."
    assert [s.text for s in split_sentences(text)] == [
        "Shots rang out at 7:10 p.m. Monday near the park.", "A guard called at 8 p.m.", "He was hurt.",
        "It was 9 a.m. EST then."]


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

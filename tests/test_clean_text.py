"""Plain text copied from a page: article end, sign-offs, dateline, title, byline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventsift.documents.clean import clean_plain_text, find_dateline, match_signoff, page_sections, read_dateline, signoffs

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "dawn_2017-06-04_mastung.txt"

BODY = (
    "A roadside bomb struck a police patrol on the main road outside the town on Tuesday morning, killing "
    "two constables and wounding a passer-by, district officials said in a statement.\n\n"
    "No group has claimed responsibility for the attack, the third on the same road this month, and "
    "the area has been sealed off while investigators search for the people behind it.\n"
)


@pytest.mark.parametrize("entry", signoffs(), ids=lambda e: e.example[:30])
def test_every_signoff_pattern_matches_its_example(entry):
    found = match_signoff(entry.example)
    assert found is not None and found[0].kind == entry.kind


def test_page_sections_loaded():
    assert {"opinion", "editorial", "related"} <= page_sections()


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("ISLAMABAD: A number of commanders", "Islamabad", None),
        ("QUETTA, Pakistan (Reuters) - A bomb", "Quetta, Pakistan", "Reuters"),
        ("FLORENCE, S.C. (WXYZ) -- A man was shot", "Florence, S.C.", "WXYZ"),
        ("LANCASTER TWP, Pa- One man was hurt", "Lancaster Twp, Pa", None),
        ("SPRINGFIELD, Ill. (Jan. 8, 2016)– Police said", "Springfield, Ill.", None),  # a date, not an agency
        ("Man shot at gas station | Channel 9 NewsAUGUSTA, Ga. (WXYZ) - A man", "Augusta, Ga.", "WXYZ"),
        ("Man shot at gas station | WXYZDENTON (WXYZ) - A man", "Wxyzdenton", "WXYZ"),
        ("RIVERTON >> A man was shot", "Riverton", None),
        ("MANAGUA, 12 MAR 90 (RADIO) -- [TEXT] A bomb", "Managua", "RADIO"),
        # wire copy that leaves the year out: the day is part of the dateline, not its place
        ("MANAGUA, 7 FEB (RADIO) -- [TEXT] A bomb", "Managua", "RADIO"),
        ("ELMTOWN (RURITANIA), 12 NOV (AGENCY) -- [TEXT] A bomb", "Elmtown, RURITANIA", "AGENCY"),
        ("A man was shot near the KWIK STOP (a store) - police said", None, None),
        ("Riverside, Calif. – One man was shot", "Riverside, Calif.", None),
        ("Police, Fire - A man was shot", None, None),
        ("DERA ISMAIL KHAN: Gunmen shot", "Dera Ismail Khan", None),
        ("KABUL (AP) — Taliban fighters", "Kabul", "AP"),
        ("PESHAWAR, June 3: Two soldiers", "Peshawar", None),
        ("However: this is not a dateline", None, None),
        ("A bomb went off: police said", None, None),
        # the Indian agencies' style, in ordinary case with the day and no dash
        ("Elmpur, March 14 (PTI) Two traders were shot", "Elmpur", "PTI"),
        ("New Ashby, Jan. 9 (IANS): Police said", "New Ashby", "IANS"),
        ("Elmpur, Westshire, Oct 2 (UNI) - A bomb", "Elmpur, Westshire", "UNI"),
        ("Monday, March 14 was quiet (mostly) in town", None, None),
        # an archive's dateline writes the year after the day
        ("AMMAN, Oct 6, 2014 (AFP) - A car bomb", "Amman", "AFP"),
        # state agencies write the town in ordinary case and their initials after it
        ("Elm Wadi, SANA- Two farmers were hurt", "Elm Wadi", "SANA"),
        ("Ashabad, APP: Police said", "Ashabad", "APP"),
        ("Raqqa, ISIS-held until 2017, was quiet", None, None),
        # a country of several words after the town
        ("ELMVILLE, Central African Republic (AP) - Rebels", "Elmville, Central African Republic", "AP"),
        ("ASHPORT, Democratic Republic of Congo (Reuters) - A", "Ashport, Democratic Republic of Congo", "Reuters"),
    ],
)
def test_dateline(line, place, agency):
    found = find_dateline(line)
    assert (found[0] if found else None) == place
    if found:
        assert found[1] == agency


def test_signoff_cuts_article_and_gives_publisher_and_date():
    raw = BODY + "\nPublished in The Daily Star, March 2nd, 2019\n\nOpinion\n\nSome teaser\nUpdated 25 Nov, 2024\n"
    clean = clean_plain_text(raw)
    assert clean.publisher == "The Daily Star"
    assert clean.published == dt.date(2019, 3, 2)
    assert clean.text.endswith("behind it.")
    assert "2024" not in clean.text


def test_credit_line_gives_byline_and_is_cut():
    clean = clean_plain_text(BODY + "\n(Reporting by Jane Roe and Ali Khan; Editing by Sam Poe)\n")
    assert clean.byline == "Jane Roe and Ali Khan"
    assert "Editing" not in clean.text


def test_trailing_teaser_block_without_signoff_is_cut():
    raw = BODY + "\nRelated\nFloods hit the north\n12 May, 2024\nMarkets close higher\n13 May, 2024\n"
    clean = clean_plain_text(raw)
    assert clean.text.endswith("behind it.")
    assert clean.published is None  # sidebar dates never date the article


def test_a_section_heading_and_one_teaser_under_it_are_cut():
    # "RELATED NEWS" and one headline under it: another story's toll, not this report's
    clean = clean_plain_text(BODY + "\nRELATED NEWS\nGunmen kill 11 in a raid on a market town\n")
    assert clean.text.endswith("behind it.")


@pytest.mark.parametrize("ending", ["\n- AFP\n", "\nAdditional input from agencies\n", ""])
def test_short_closing_lines_stay(ending):
    clean = clean_plain_text(BODY + ending)
    assert clean.text == (BODY + ending).strip()


def test_signoff_at_the_top_does_not_cut():
    clean = clean_plain_text("© 2019 Reuters\n" + BODY)
    assert "behind it." in clean.text


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Two policemen killed in roadside bombing", "Two policemen killed in roadside bombing"),
        ("Two policemen were killed in a roadside bombing on Tuesday.", None),
        ("ISLAMABAD: Two policemen were killed", None),
    ],
)
def test_title_only_when_first_line_is_a_headline(first, title):
    clean = clean_plain_text(first + "\n\n" + BODY)
    assert clean.title == title
    assert (title is None) == (first in clean.text)


def test_byline_under_headline():
    clean = clean_plain_text("Bomb kills two\nBy Jane Roe\n\n" + BODY)
    assert (clean.title, clean.byline) == ("Bomb kills two", "Jane Roe")
    assert clean.text.startswith("A roadside bomb")


@pytest.mark.parametrize(("line", "byline", "dateline"), [
    # the town a byline writes from is the report's dateline
    ("By Jane Roe, Elmtown", "Jane Roe", "Elmtown"),
    ("From Our Correspondent in Port Ashby", "Our Correspondent", "Port Ashby"),
    # ... not the desk or the paper a reporter writes for
    ("By Jane Roe, Staff Reporter", "Jane Roe", None),
    ("By Jane Roe, Senior Correspondent", "Jane Roe", None),
])
def test_a_bylines_town_is_the_dateline(line, byline, dateline):
    clean = clean_plain_text("Bomb kills two\n" + line + "\n\n" + BODY)
    assert (clean.title, clean.byline, clean.dateline) == ("Bomb kills two", byline, dateline)
    assert clean.text.startswith("A roadside bomb")


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present at ../shared/seed/")
def test_seed_article():
    clean = clean_plain_text(SEED.read_text(encoding="utf-8"))
    assert clean.published == dt.date(2017, 6, 4)
    assert clean.publisher == "Dawn"
    assert clean.dateline == "Islamabad"
    assert clean.title is None
    assert clean.text.startswith("ISLAMABAD:")
    assert clean.text.rstrip().endswith("late-night update.")
    for sidebar in ("2024", "Editorial", "Opinion", "Published in"):
        assert sidebar not in clean.text


def test_a_station_in_brackets_with_spaces_is_still_a_dateline():
    assert find_dateline("RIVERTON, Mo. ( WXYZ.com ) – Four people were hurt") == ("Riverton, Mo.", "WXYZ.com")


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [("LIMA (PERU), 12 MAR 90 (EXAMPLE RADIO) -- [TEXT] TWO BOMBS EXPLODED", "Lima", "PERU"),
     ("QUITO (ECUADOR), NO DATE (EXAMPLE SERVICE) -- [STATEMENT] THE GROUP SAID", "Quito", "ECUADOR"),
     ("ISLAMABAD (APP): Two men were shot on Friday.", "Islamabad", None)],
)
def test_wire_datelines_with_the_country_in_brackets(text, place, region):
    found = read_dateline(text)
    assert (found.place, found.region) == (place, region)
    assert text[found.end:].lstrip().startswith(("[", "Two"))


def test_a_dateline_whose_dash_was_lost_to_a_wrong_encoding():
    found = read_dateline("Man held | Example News 5SPRINGFIELD, Mo. ??? A man was shot on Friday.")
    assert (found.place, found.region) == ("Springfield", "Mo.")
    assert read_dateline("Is it over??? Nobody knows yet.") is None


@pytest.mark.parametrize("text, place, region, agency", [
    # a site name ending in its state's postal code, glued to the dateline's town
    ("Two hurt in shooting - News - Riverton Herald - Riverton, MOFAIRVIEW — Two men were hurt on Monday.",
     "Fairview", None, None),
    ("Man held after chase | Delta Radio - Greenville, MSSPRINGFIELD, LA (KXYZ) - A man was held on Friday.",
     "Springfield", "LA", "KXYZ"),
    # after the site name and a space: a town with its state's abbreviation, or with a station in brackets
    ("Man shot near park - The Daily Courier FAIRVIEW, Pa. -- Police say a man was shot.", "Fairview", "Pa.", None),
    ("Man shot near park - Channel Five News - RIVERTON, N.C. - Police say a man was shot.", "Riverton", "N.C.", None),
    ("Driver hurt | Radio 9 | Social: Follow us SPRINGFIELD (WXYZ) – A driver was hurt.", "Springfield", None, "WXYZ"),
    ("Driver hurt | Radio 9 | Follow us RIVERTON (KXYZ9) – A driver was hurt.", "Riverton", None, None),
    ("Driver hurt - Posted Monday, May 3, 2021 FAIRVIEW, Georgia --A driver was hurt.", "Fairview", "Georgia", None),
    # a station's call sign glued to the town after a space: the gazetteer reading of the dateline cuts it
    ("Woman hurt in crash | Local News - Coast News KXYZRIVERTON, Calif. - A woman was hurt.",
     "Kxyzriverton", "Calif.", None),
])
def test_datelines_glued_to_a_site_name(text, place, region, agency):
    found = read_dateline(text)
    assert found is not None
    assert (found.place, found.region, found.agency) == (place, region, agency)


@pytest.mark.parametrize("text", [
    # a word in capitals after a space, with neither a state nor a station, is no dateline
    "Storm hits coast - Channel Five News UPDATE - The storm moved north overnight.",
    # a dash inside running text after a town without a state
    "Police said the man drove to RIVERTON - then fled on foot before officers arrived.",
])
def test_capitals_after_a_space_without_a_state_are_no_dateline(text):
    assert read_dateline(text) is None


def test_a_town_that_begins_like_a_postal_code_is_not_cut():
    found = read_dateline("Two hurt | Channel 8, INDIANAPOLIS (AP) - Two men were hurt.")
    assert found is not None and found.place == "Indianapolis"
    found = read_dateline("Two hurt | Channel 8 - WARRENTON, Va. - Two men were hurt.")
    assert found is not None and found.place == "Warrenton"


@pytest.mark.parametrize("text, place", [
    # the time of a page's stamp is no part of the dateline opening the next line
    ("Man shot near store\nMay 3, 2021 4:10 PM EDT\n\nRIVERTON, Ga. (WXYZ) -- A man was shot on Friday.", "Riverton"),
    ("Man shot near store\nMay 3, 2021 4:10 PM\n\nSPRINGFIELD (KXYZ) – A man was shot on Friday.", "Springfield"),
    ("Photo courtesy of KXYZ\n\nFAIRVIEW — A man was shot on Friday.", "Fairview"),
])
def test_a_dateline_opening_a_line_after_capitals(text, place):
    found = read_dateline(text)
    assert found is not None and found.place == place


def test_a_heading_opening_a_line_after_capitals_is_no_dateline():
    assert read_dateline("Man shot near store\nMay 3, 2021 4:10 PM EST\n\nUPDATE:\n\nThe man died later.") is None

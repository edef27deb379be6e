import datetime as dt

import pytest

from eventsift.nlp.timex import find_dates, find_publication_date, time_before

SUNDAY = dt.date(2017, 6, 4)


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("started on Friday", "2017-06-02", "2017-06-02", "day"),
        ("filed late Saturday night", "2017-06-03", "2017-06-03", "day"),
        ("on Sunday", "2017-06-04", "2017-06-04", "day"),
        ("last Sunday", "2017-05-28", "2017-05-28", "day"),
        ("kidnapped on May 24", "2017-05-24", "2017-05-24", "day"),
        ("on 24 May", "2017-05-24", "2017-05-24", "day"),
        ("on December 30", "2016-12-30", "2016-12-30", "day"),
        ("On 9 May 2020, in Kabul", "2020-05-09", "2020-05-09", "day"),
        ("on June 4th, 2017", "2017-06-04", "2017-06-04", "day"),
        ("yesterday", "2017-06-03", "2017-06-03", "day"),
        ("Earlier in the month", "2017-05-01", "2017-05-31", "month"),
        ("last month", "2017-05-01", "2017-05-31", "month"),
        ("last year", "2016-01-01", "2016-12-31", "year"),
        ("killed in Punjab in 2015", "2015-01-01", "2015-12-31", "year"),
        ("in March 2016", "2016-03-01", "2016-03-31", "month"),
        ("in March, 2016", "2016-03-01", "2016-03-31", "month"),
        # a month with no year: the latest one not after the report
        ("after 31 people were killed in January", "2017-01-01", "2017-01-31", "month"),
        ("a spike in shootings during October", "2016-10-01", "2016-10-31", "month"),
        # a count after the month's comma is no day of it
        ("In April, 14 people were killed at a clinic", "2017-04-01", "2017-04-30", "month"),
        # a month with the year told in words, and "last June" said in June
        ("In June last year, a strike on the same town killed 50", "2016-06-01", "2016-06-30", "month"),
        ("in February of last year", "2016-02-01", "2016-02-29", "month"),
        ("In March this year", "2017-03-01", "2017-03-31", "month"),
        ("Last June, a strike killed 50", "2016-06-01", "2016-06-30", "month"),
        ("last March", "2017-03-01", "2017-03-31", "month"),
    ],
)
def test_resolves_against_publication_date(text, first, last, precision):
    found = find_dates(text, published=SUNDAY)
    assert len(found) == 1, found
    assert (found[0].date.isoformat(), found[0].date_end.isoformat(), found[0].precision) == (first, last, precision)
    assert text[found[0].start:found[0].end] == found[0].text


def test_earlier_this_month_late_in_month_stays_in_month():
    found = find_dates("earlier this month", published=dt.date(2020, 5, 20))
    assert (found[0].date, found[0].date_end) == (dt.date(2020, 5, 1), dt.date(2020, 5, 20))


def test_future_year_and_plain_numbers_are_not_dates():
    assert find_dates("in 2031 the plan ends; 28 people", published=SUNDAY) == []


def test_invalid_day_is_skipped():
    assert find_dates("on 31 June", published=SUNDAY) == []


def test_publication_date_from_signoff():
    assert find_publication_date("Published in Dawn, June 4th, 2017") == dt.date(2017, 6, 4)
    assert find_publication_date("Opinion") is None


def test_a_weekday_before_a_full_date_is_that_date_and_page_stamps_are_not_events():
    published = dt.date(2015, 5, 28)
    found = find_dates("On Tuesday, May 26, 2015, two men were shot.", published=published)
    assert [(t.text, t.date) for t in found] == [("May 26, 2015", dt.date(2015, 5, 26))]
    assert find_dates("Posted: Tuesday, May 26, 2015 6:39 AM Updated: Wednesday, May 27", published=published) == []


def test_report_date_from_url_or_latest_full_date():
    from eventsift.nlp.timex import find_url_date, latest_full_date

    assert find_url_date("http://news.example/2015/08/23/man-shot/") == dt.date(2015, 8, 23)
    assert find_url_date("http://news.example/local/20140105-story.html") == dt.date(2014, 1, 5)
    assert find_url_date("http://news.example/story/24426895/shooting") is None
    text = "The trial began on March 3, 2014. The verdict came on June 9, 2014, and a hearing is set for 2031."
    assert latest_full_date(text, not_after=dt.date(2020, 1, 1)) == dt.date(2014, 6, 9)
    assert latest_full_date("No dates at all.", not_after=dt.date(2020, 1, 1)) is None


def test_a_date_before_an_incident_noun_names_that_incident():
    found = find_dates("charged in the 2012 shooting and in Saturday's attack, police said on Monday",
                       published=dt.date(2017, 6, 6))
    assert [(t.text, t.names_incident) for t in found] == [("2012", True), ("Saturday", True), ("on Monday", False)]


def test_a_day_right_after_an_incident_noun_names_that_incident_but_a_year_counted_does_not():
    found = find_dates("a shooting early Sunday after a dance on Saturday; the town's third killing of 2016",
                       published=dt.date(2016, 5, 10))
    assert [(t.text, t.names_incident) for t in found] == [
        ("early Sunday", True), ("on Saturday", False), ("of 2016", False)]


@pytest.mark.parametrize("text, arrest", [
    ("He was arrested Sunday.", True),
    ("She was taken into custody at about 8:15 p.m. Saturday.", True),
    ("A man was arrested in Saturday's shooting.", False),
    ("A man was arrested after a shooting Sunday.", False),
    # a place between the arrest and its day; not a day or a deed after "in"
    ("Deputies arrested a teenager in Elmtown on Sunday.", True),
    ("Deputies arrested a teenager in Sunday's robbery.", False),
])
def test_the_day_of_an_arrest_is_told_apart(text, arrest):
    assert [t.arrest for t in find_dates(text, published=dt.date(2017, 6, 5))] == [arrest]


def test_the_day_told_before_what_a_gathering_was_for_is_the_gatherings():
    found = find_dates("Neighbours met Sunday evening for a vigil; the clerk was shot on Friday.",
                       published=dt.date(2017, 6, 5))
    assert [(t.text, t.reporting) for t in found] == [("Sunday evening", True), ("on Friday", False)]


def test_the_day_of_the_telling_is_not_the_day_of_the_incident():
    published = dt.date(2016, 9, 13)  # a Tuesday

    def reporting(text: str) -> list[tuple[str, bool]]:
        return [(t.text, t.reporting) for t in find_dates(text, published=published)]

    assert reporting("A clerk was shot Sunday night, officers said Monday.") == [("Sunday night", False), ("Monday", True)]
    assert reporting("The sheriff's office announced Monday that a reward is offered.") == [("Monday", True)]
    assert reporting("Deputies on Monday identified the woman killed Saturday.") == [("on Monday", True),
                                                                                      ("Saturday", False)]
    assert reporting("The owner told The Valley Courier on Monday that he heard shots.") == [("on Monday", True)]
    assert reporting("Nobody had been charged as of Monday afternoon.") == [("Monday afternoon", True)]
    assert reporting("Detectives were still at the house Monday morning.") == [("Monday morning", True)]
    assert reporting("The boy remained in stable condition Monday.") == [("Monday", True)]
    assert reporting("Three guests remained hospitalized Tuesday.") == [("Tuesday", True)]
    assert reporting("The cousins were recovering at home Sunday.") == [("Sunday", True)]
    # a plan is not a deed
    assert reporting("The council plans to vote on the curfew Monday.") == [("Monday", True)]
    assert reporting("The suspect will appear in court Friday.") == [("Friday", True)]
    # the incident's own verb next to its day, whoever tells it afterwards
    assert reporting("Officers said the clerk was shot Sunday night.") == [("Sunday night", False)]
    assert reporting("He told officers he ran off Monday.") == [("Monday", False)]


def test_a_weekday_after_the_reports_date_is_the_day_of_the_writing():
    sunday = dt.date(2016, 9, 11)
    (monday,) = find_dates("The boy was awake and talking on Monday.", published=sunday)
    assert (monday.date, monday.reporting) == (dt.date(2016, 9, 12), True)
    (last,) = find_dates("The boy was shot last Monday.", published=sunday)
    assert (last.date, last.reporting) == (dt.date(2016, 9, 5), False)
    (saturday,) = find_dates("The boy was shot on Saturday.", published=sunday)
    assert (saturday.date, saturday.reporting) == (dt.date(2016, 9, 10), False)


def test_a_birth_date_is_no_incidents_date():
    found = find_dates("Ana Ruiz, born in 1981, and Tom Hale, born on May 2, 1990, were hurt.", published=dt.date(2016, 9, 11))
    assert found == []


def test_so_long_ago():
    published = dt.date(2016, 9, 11)
    def when(text: str) -> tuple[dt.date, dt.date, str]:
        (found,) = find_dates(text, published=published)
        return found.date, found.date_end, found.precision
    assert when("her father died 26 years ago in a similar shooting") == (dt.date(1990, 1, 1), dt.date(1990, 12, 31), "year")
    assert when("a man was shot there two months ago") == (dt.date(2016, 7, 1), dt.date(2016, 7, 31), "month")
    assert when("the store was robbed four days ago") == (dt.date(2016, 9, 7), dt.date(2016, 9, 7), "day")
    assert when("a similar attack a week ago")[2] == "week"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the latest such day not after the report; an explicit year wins
        ("a Christmas Day shooting at a tavern", "2016-12-27", "2016-12-25"),
        ("two men were stabbed on Christmas Eve", "2017-01-03", "2016-12-24"),
        ("a fight on Thanksgiving night turned deadly", "2015-11-30", "2015-11-26"),
        ("gunfire at a Memorial Day cookout", "2014-05-27", "2014-05-26"),
        ("a parade shooting on Labor Day 2012", "2016-09-11", "2012-09-03"),
        ("a brawl at an Easter Sunday picnic", "2024-04-02", "2024-03-31"),
        ("a vigil for those shot on New Year's Day", "2019-01-03", "2019-01-01"),
        ("fireworks and gunfire over the Fourth of July weekend", "2016-07-06", "2016-07-04"),
        ("three men were hurt at a July Fourth block party", "2016-07-07", "2016-07-04"),
        # a name with one day in North America and another elsewhere: the latest not after the report
        ("workers marched on Labour Day", "2020-05-03", "2020-05-01"),
        ("a shooting at a Labor Day picnic", "2020-09-09", "2020-09-07"),
    ],
)
def test_named_days(text, published, day):
    (found,) = find_dates(text, published=dt.date.fromisoformat(published))
    assert (found.date.isoformat(), found.precision) == (day, "day")


def test_a_holiday_word_in_passing_is_no_date():
    assert find_dates("police warned about thefts during Christmas shopping", published=dt.date(2016, 12, 20)) == []


def test_a_courts_day_dates_no_incident():
    found = find_dates("Tom Hale was convicted in March and sentenced on Monday for the shooting", published=SUNDAY)
    assert [t.reporting for t in found] == [True, True]
    found = find_dates("Two men were charged Friday and a third entered a plea deal Tuesday", published=SUNDAY)
    assert [t.reporting for t in found] == [True, True]
    # the verdict's day after a comma is the court's too
    found = find_dates("A man on trial in a double murder was found guilty, Wednesday afternoon", published=SUNDAY)
    assert [t.reporting for t in found] == [True]
    # told before the court's verb: "a jury on Thursday found him guilty", "a judge Friday sentenced"
    found = find_dates("A jury on Thursday found the driver guilty of murder; a judge Friday sentenced his brother",
                       published=SUNDAY)
    assert [t.reporting for t in found] == [True, True]
    # ... but not a day someone found a victim
    found = find_dates("Hikers on Thursday found a man shot dead near the dam", published=SUNDAY)
    assert [t.reporting for t in found] == [False]



def test_the_day_an_embedded_post_was_written_is_no_date():
    found = find_dates("Two men died, police said. — Dana Cole (@danacole_tv) April 3, 2016", published=dt.date(2016, 4, 4))
    assert found == []


def test_a_day_that_opens_a_sentence_before_who_told_is_the_telling():
    sunday = dt.date(2016, 9, 11)
    (told,) = find_dates("Saturday, the medical examiner announced a third death.", published=sunday)
    assert told.reporting
    (deed,) = find_dates("The third man was shot Saturday, the sheriff's office said.", published=sunday)
    assert not deed.reporting


def test_the_day_of_a_search_a_plan_or_a_gathering_is_no_incidents():
    thursday = dt.date(2016, 9, 15)
    for text in ("A post-mortem is set for Tuesday.", "Officers were still hunting late Wednesday for the driver.",
                 "At Monday's press conference, the mayor asked for calm.", "Wednesday's vigil drew hundreds."):
        assert [t.reporting for t in find_dates(text, published=thursday)] == [True], text
    (deed,) = find_dates("Monday's shooting left a clerk dead.", published=thursday)
    assert not deed.reporting


def test_the_weekend_is_the_saturday_and_sunday_before_the_report():
    tuesday = dt.date(2016, 9, 13)
    (over,) = find_dates("Three men were hurt over the weekend.", published=tuesday)
    assert (over.date, over.date_end, over.precision) == (dt.date(2016, 9, 10), dt.date(2016, 9, 11), "week")
    (noun,) = find_dates("A suspect in a weekend stabbing was charged.", published=tuesday)
    assert noun.date == dt.date(2016, 9, 10)
    assert find_dates("The weekend before the attack was quiet.", published=tuesday) == []


def test_the_night_before_and_the_next_day_count_from_the_day_told_before_them():
    tuesday = dt.date(2019, 3, 12)
    found = find_dates("The porter, stabbed at the depot on Sunday, had quarrelled there the evening before.",
                       published=tuesday)
    assert [(t.text, t.date) for t in found] == [("on Sunday", dt.date(2019, 3, 10)),
                                                ("the evening before", dt.date(2019, 3, 9))]
    found = find_dates("She was stabbed late Friday and died the next day.", published=tuesday)
    assert [t.date for t in found] == [dt.date(2019, 3, 8), dt.date(2019, 3, 9)]
    # a day the sentence told before the clause began
    (before,) = find_dates("after being shot the night before", published=tuesday, anchor=dt.date(2019, 3, 10))
    assert before.date == dt.date(2019, 3, 9)
    # with nothing told before: the report's eve, and no "next day" at all
    (eve,) = find_dates("The shooting happened the previous day.", published=tuesday)
    assert eve.date == dt.date(2019, 3, 11)
    assert find_dates("He was released the following morning.", published=tuesday) == []
    # counted from an occasion, not a day
    assert find_dates("The guard was hurt the day before the hearing.", published=tuesday) == []


def test_the_day_of_a_news_conference_or_of_naming_suspects_is_the_telling():
    friday = dt.date(2019, 3, 15)
    for text in ("At a news conference Tuesday in Elmford, the chief asked for help.",
                 "During a vigil on Sunday, neighbours lit candles.",
                 "Officials on Wednesday named two men wanted over the brawl."):
        assert [t.reporting for t in find_dates(text, published=friday)] == [True], text


@pytest.mark.parametrize("text, days", [
    ("Rebels of the April 19 Movement raided a police post in Elmira yesterday.", [dt.date(1990, 3, 4)]),
    ("A new band calling itself the \"4 June\" People's Front set off two bombs.", []),
    ("The 12 October Legion claimed the blast.", []),
    ("Fighters of the 3rd of August Movement shelled the town.", []),
    ("the 20 May movement said on Sunday it would fight on", [dt.date(1990, 3, 4)]),  # truecased wire copy
    ("a cell calling itself the \"7 June\" workers' liberation front bombed a depot", []),  # truecased, quoted
    # a date told as one keeps its day
    ("On 19 April army troops retook the town.", [dt.date(1989, 4, 19)]),
    ("The 19 April attack killed two guards.", [dt.date(1989, 4, 19)]),
])
def test_a_date_in_a_groups_name_is_no_day(text, days):
    published = dt.date(1990, 3, 5)
    assert [t.date for t in find_dates(text, published=published) if t.precision == "day"] == days


@pytest.mark.parametrize("text, published, first, last", [
    # the latest such season before the report; "last" in a report of that season is the year before's
    ("in a shooting at the dormitory last fall", dt.date(2016, 8, 23), dt.date(2015, 9, 1), dt.date(2015, 11, 30)),
    ("in a shooting at the dormitory last fall", dt.date(2016, 12, 10), dt.date(2016, 9, 1), dt.date(2016, 11, 30)),
    ("the ambush last summer", dt.date(2016, 7, 4), dt.date(2015, 6, 1), dt.date(2015, 8, 31)),
    ("the raids this past winter", dt.date(2016, 3, 14), dt.date(2015, 12, 1), dt.date(2016, 2, 29)),
    ("the riots this summer", dt.date(2016, 7, 4), dt.date(2016, 6, 1), dt.date(2016, 7, 4)),
    # a season of a year told
    ("was stabbed in the spring of 2012", dt.date(2016, 7, 4), dt.date(2012, 3, 1), dt.date(2012, 5, 31)),
    ("a string of arsons in fall 2013", dt.date(2016, 7, 4), dt.date(2013, 9, 1), dt.date(2013, 11, 30)),
])
def test_a_season_is_its_three_months(text, published, first, last):
    (found,) = find_dates(text, published=published)
    assert (found.date, found.date_end, found.precision) == (first, last, "month")


def test_a_fall_of_something_is_no_season():
    assert find_dates("a year after the fall of the old regime", published=dt.date(2016, 7, 4)) == []


@pytest.mark.parametrize(("head", "text", "first", "last", "precision"), [
    ("The raid on the depot comes ", "three weeks after gunmen killed two guards", dt.date(2020, 5, 15),
     dt.date(2020, 5, 21), "week"),
    ("The ambush came ", "less than a week after a bomb went off", dt.date(2020, 6, 1), dt.date(2020, 6, 7), "week"),
    ("The fire on Tuesday comes ", "two days after a shop was looted", dt.date(2020, 6, 7), dt.date(2020, 6, 7), "day"),
    ("The curfew was lifted ", "two days after the riot", None, None, None),  # nothing said to come after it
])
def test_how_long_after_counts_back_from_the_incident_told_first(head, text, first, last, precision):
    found = time_before(head, text, base=dt.date(2020, 6, 8) if "Tuesday" not in head else dt.date(2020, 6, 9))
    if first is None:
        assert found is None
    else:
        assert (found.date, found.date_end, found.precision) == (first, last, precision)


@pytest.mark.parametrize(("text", "reporting"), [
    ("He was sentenced to life in prison Friday for the raid.", True),  # the court's day
    ("She was sentenced to 25 years in prison on Monday.", True),
    ("He was convicted of killing a guard on Friday.", False),  # the deed's day may be told after it
    ("He was sentenced to 30 years in prison for the June 2, 2019 raid.", False),  # ... and what the sentence is for
])
def test_a_sentence_handed_down_is_the_courts_day(text, reporting):
    (found,) = find_dates(text, published=dt.date(2021, 6, 12))
    assert found.reporting is reporting


@pytest.mark.parametrize(("text", "reporting"), [
    ("Officials on Friday presented seized rifles at a briefing.", True),  # the day of the showing
    ("Officials on Tuesday paraded three men before reporters.", True),
    ("Police on Monday issued a statement about the raid.", True),
    ("Police on Monday arrested two men in the village.", False),  # a deed of its own
    # the day right after a telling is the telling's
    ("A sheriff's update Thursday showed a photo of the van.", True),
    ("In a news release on Sunday, the county named the victim.", True),
    ("Deputies got a call Friday about shots near the lake.", False),  # a call about the deed is the deed's day
    # the day of a vote a noun names, and a tally's span
    ("The party that won the 2 May presidential elections denied any part in it.", True),
    ("Guerrillas fired on voters during the 2 May elections.", False),
    ("The grenade blast, the ninth in the port this month, hurt a guard.", True),
])
def test_days_of_tellings_votes_and_tallies_are_no_incidents(text, reporting):
    (found,) = find_dates(text, published=dt.date(2021, 6, 12))
    assert found.reporting is reporting


@pytest.mark.parametrize(("text", "day"), [
    ("He was shot on 3 May 2016 and died two days later.", "2016-05-05"),
    ("She was found on 3 May 2016; she died a day later.", "2016-05-04"),
    ("The boy was hurt on 3 May 2016 and died 4 days later.", "2016-05-07"),
])
def test_days_later_count_on_from_the_day_told_before(text, day):
    found = find_dates(text, published=SUNDAY)
    assert found[-1].date.isoformat() == day

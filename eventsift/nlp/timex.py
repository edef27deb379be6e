"""Dates in news text, resolved against the report's publication date.

``find_dates(text, *, published=...)`` returns every time expression in a piece of text as a
``TimeExpression`` with a resolved range and a precision. Rules cover what newswire actually says
("on Friday", "late Saturday night", "May 24", "24 May 2017", "earlier in the month", "last year",
"in 2015", "yesterday"); dateparser is not used because it misses most of the relative phrases.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from eventsift.nlp.lexicon import load_tsv
from eventsift.nlp.scan import GateFamily, gate_text, search_gated

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

# A report published in the first days of a month that says "earlier in the month" almost always means the
# previous month (a reporter says "on Thursday" for two days ago). Chosen from newswire usage; 5 days.
EARLY_IN_MONTH_DAYS = 5

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
# Nouns naming an incident: a date just before one is that incident's ("the 2012 shooting", "Saturday's attack").
_INCIDENT_NOUNS = r"shootings?|attacks?|bombings?|killings?|murders?|massacres?|slayings?|stabbings?|riots?|raids?|" \
                  r"ambush(?:es)?|kidnappings?"


@cache
def _holidays() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(name pattern, date rule) for the named days of ``holidays.tsv``."""
    return tuple((re.compile(row["pattern"], re.IGNORECASE), row["rule"]) for row in load_tsv("nlp/holidays.tsv"))


_HOLIDAY = "|".join(f"(?:{rx.pattern})" for rx, _ in _holidays())
# How long ago, counted: "26 years", "a month", "several weeks" (read by ``_ago``).
_AGO_SPAN = (r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|"
             r"a\s+few|few|many)\s+(?P<unit>years?|months?|weeks?|days?)")

PATTERNS: list[tuple[str, str]] = [
    # kind, regular expression (named groups used by the resolvers below)
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ("numeric", r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)\b"),
    ("day_month_year", rf"\b(?P<d>{_DAYNUM})\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
    ("month_day_year", rf"\b(?P<month>{_MONTH})\s+(?P<d>{_DAYNUM}),?\s+(?P<y>{_YEAR})\b"),
    # ("21 September last year": that day of the year before the report's)
    ("day_month", rf"\b(?P<d>{_DAYNUM})\s+(?:of\s+)?(?P<month>{_MONTH})\b"
                  rf"(?:,?\s+(?:of\s+)?(?P<year_told>last|previous|this)\s+year\b)?"),
    ("month_day", rf"\b(?P<month>{_MONTH})\s+(?P<d>{_DAYNUM})\b(?!\s*(?:,\s*)?{_YEAR})"
                  rf"(?:,?\s+(?:of\s+)?(?P<year_told>last|previous|this)\s+year\b)?"),
    ("month_year", rf"\b(?:in\s+|since\s+|during\s+|of\s+)?(?:early|mid|late|mid-)?\s*(?P<month>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    # "in the summer of 2014", "fall 2013": the season of that year (a bare "the fall" is as often a fall of
    # something); "last summer", "this past spring": the latest such season before the report
    ("season_year", rf"\b(?:(?:early|late)\s+)?(?P<season>spring|summer|fall|autumn)\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("season", r"\b(?P<rel>last|this|this\s+past|past)\s+(?P<season>spring|summer|fall|autumn|winter)\b"),
    # "a Christmas Day shooting", "on Thanksgiving night", "Memorial Day 2014"
    ("holiday", rf"\b(?P<holiday>{_HOLIDAY})(?:,?\s+(?P<y>{_YEAR}))?\b"),
    # "31 people were killed in January": the latest such month not after the report; "in April last year", "in
    # March this year", "last April" (said in April: a year before)
    ("month", rf"\b(?:(?:in|during|since|through|throughout|for|of)\s+(?:early\s+|late\s+|mid-?\s*)?|(?P<last>last)\s+)"
              rf"(?!(?-i:may)\b)(?P<month>{_MONTH})"
              rf"(?!\s*\d)(?!\w)"  # not "in May 12": a day; "In July, 26 people were killed" is the month
              # nor what is paid for it ("a strike over unpaid March wages", "the May salaries"): a month of pay
              r"(?!\s+(?:salar(?:y|ies)|wages?|pay|paychecks?|pensions?|allowances?|bonus(?:es)?|stipends?|arrears|"
              r"rents?|bills?|dues|installments?|instalments?)\b)"
              rf"(?:,?\s+(?:of\s+)?(?P<year_told>last|previous|past|this)\s+year\b)?"),
    ("weekday", rf"\b(?:(?P<rel>last|this|on|late|early|past)\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?\b"),
    ("yesterday", r"\b(?:yesterday|last night)\b"),
    # "died Sunday after being shot the night before", "was found the next morning": a day counted from the day
    # told just before it (else, for the day before, from the report's: "the shooting happened the previous day").
    # Not "the day before the trial": that counts from an occasion, not a day.
    ("day_before", r"\b(?:the\s+(?:night|day|evening)\s+before|the\s+previous\s+(?:night|day|evening)|"
                   r"a\s+day\s+(?:earlier|before))\b(?!\s+(?:the|his|her|their|its|a|an)\b)"),
    ("day_after", r"\b(?:the\s+(?:next|following)\s+(?:day|morning|night|evening|afternoon)|"
                  r"(?P<n>a|one|two|three|four|five|six|[1-6])\s+days?\s+later)\b"),
    # "He returned about 10 minutes later", "died later that morning", "the same day", "that evening": the day told
    # just before it (nothing when no day was told; hours later may be past midnight, which the clock times tell)
    ("same_day", r"\b(?:(?:about|some|nearly|roughly|around|almost|just|only|less\s+than)\s+)?"
                 r"(?:(?:a|one|two|three|four|five|ten|fifteen|twenty|thirty|a\s+few|several|\d{1,2})\s+minutes?|"
                 r"moments|minutes)\s+later\b|\blater\s+that\s+(?:morning|afternoon|evening|day)\b"
                 # "The same day, rebels ...", "shelling the same night killed": the day just told
                 r"|\b(?:on\s+)?(?:the|that)\s+same\s+(?:day|night|evening|morning|afternoon)\b"
                 r"|\b(?:on\s+|in\s+|during\s+)?that\s+(?:day|night|evening|morning|afternoon)\b"),
    ("today", r"\b(?:today|tonight|this morning|this afternoon|this evening|earlier today)\b"),
    ("earlier_month", r"\b(?:earlier (?:in|this) (?:the )?month|at the (?:start|beginning) of the month|this month)\b"),
    ("last_month", r"\b(?:last|previous|past) month\b"),
    ("last_week", r"\b(?:last|previous) week\b"),
    ("past_week", r"\bpast week\b"),
    ("this_week", r"\bthis week\b|\bearlier (?:this|in the) week\b"),
    # "over the weekend", "last weekend", "a weekend shooting": the Saturday and Sunday just before the report
    ("weekend", rf"\b(?:over|during|on|at|this|last|past)\s+(?:the\s+)?weekend\b(?!\s+(?:before|after|of)\b)|"
                rf"\b(?:a|the)\s+weekend(?:['’]s)?(?=\s+(?:[\w-]+\s+)?(?:{_INCIDENT_NOUNS})\b)"),
    ("last_year", r"\b(?:last|previous|past) year\b"),
    # "26 years ago", "three weeks ago", "a month ago"
    ("ago", rf"\b{_AGO_SPAN}\s+ago\b"),
    # "it has been a year since a gunman opened fire", "it's been two months since the raid": as long ago
    ("ago", rf"\bit(?:\s+(?:has|had)|['’]s)\s+(?:now\s+)?been\s+(?:nearly\s+|almost\s+|exactly\s+)?{_AGO_SPAN}"
            r"(?=\s+since\b|\W*$)"),
    ("year", rf"\b(?:in|since|during|of|from)\s+(?P<y>{_YEAR})\b"),
    # "the 2012 shooting", "a 2009 bombing": the year of the incident the noun names (or a headline's, told with no
    # article: "jailed for 2019 double murder", "charged over 2021 killing")
    ("year", rf"(?:(?<=\bthe )|(?<=\ba )|(?<=\ban )|(?<='s )|(?<=\bfor )|(?<=\bover )|(?<=\bafter ))(?P<y>{_YEAR})"
             rf"(?=\s+(?:[\w-]+\s+)?(?:{_INCIDENT_NOUNS}|incidents?)\b)"),
]
_COMPILED = [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in PATTERNS]
_FAMILY = GateFamily(regex for _, regex in _COMPILED)
# "the same day", "that night": with no day told before, the report's own day (the day the report is of).
_SAME_DAY = re.compile(r"\b(?:same|that)\s+(?:day|night|evening|morning|afternoon)\b", re.IGNORECASE)
# Kinds counted from the day told before them in the text (see ``find_dates``).
_CHAINED_KINDS = frozenset({"day_before", "day_after", "same_day"})


def counts_from_a_day(text: str) -> bool:
    """Whether ``text`` tells a day counted from another ("a day earlier", "the next morning")."""
    return any(search_gated(regex, text) for kind, regex in _COMPILED if kind in _CHAINED_KINDS)
# Kinds counted from the report's date: without a known report date they say nothing sure.
_RELATIVE_KINDS = frozenset({"weekday", "yesterday", "day_before", "today", "earlier_month", "last_month", "last_week", "past_week",
                             "this_week", "weekend",
                             "last_year", "ago", "season"})
# Kinds of date written without a year: the year comes from the report's date.
_YEARLESS_KINDS = frozenset({"day_month", "month_day", "month"})
# A season's first and last month (the northern hemisphere's, by the meteorological calendar; winter runs into the
# next year).
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}


@dataclass(slots=True, kw_only=True)
class TimeExpression:
    text: str
    start: int  # offsets in the text given to find_dates
    end: int
    date: dt.date  # first day of the range
    date_end: dt.date  # last day of the range
    precision: str  # day | week | month | year
    names_incident: bool = False  # the date of an incident the text names: "the 2012 shooting", "Saturday's attack"
    reporting: bool = False  # the day someone spoke or a state held, not an incident's: "police said Monday"
    relative: bool = False  # counted from the report's date ("on Friday", "last week"), not written out ("May 24")
    quoted: bool = False  # inside a quotation: counted from when someone spoke ("'it happened last night'")
    arrest: bool = False  # the day of an arrest ("was arrested Sunday"): no earlier than the deed it is for
    yearless: bool = False  # written without its year ("Feb. 9", "in March"): the year is the report's

    @property
    def incident_day(self) -> bool:
        """A day (not a longer span) that something happened on, not the day of a telling ("police said Monday")."""
        return self.precision == "day" and not self.reporting


# An incident noun right after a date: the date is that incident's, whatever else the sentence is about.
_INCIDENT_WORDS = rf"(?:{_INCIDENT_NOUNS}|blasts?|explosions?|(?:air\s?)?strikes?|shelling|clashes|deaths?|homicides?)"
# A date right before the noun of its deed and what it befell: "in the Nov. 2, 2014, death of", "the May 3 shooting at",
# "in the 2012 shooting death of".
_DEED_OF_DAY = re.compile(rf",?\s+(?:{_INCIDENT_WORDS}\s+|fatal\s+|deadly\s+)?{_INCIDENT_WORDS}\s+(?:of|on|at|in)\b",
                          re.IGNORECASE)
# ... or right before the noun alone, as a day names its deed: "charged in a Feb. 14 shooting that", "said Saturday's
# stabbing was": the deed's day, whatever verb of telling or of a court comes before it.
_DEED_NOUN_AFTER = re.compile(rf"(?:['’]s)?\s+(?:fatal\s+|deadly\s+)?{_INCIDENT_WORDS}\b", re.IGNORECASE)
# ("the Nov. 2, 2014, death of": a full date set off by commas, before its deed's noun; not "last summer, killing")
_INCIDENT_AFTER = re.compile(rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}|\s+(?:[\w-]+\s+)?){_INCIDENT_WORDS}\b|{_DEED_OF_DAY.pattern}",
                             re.IGNORECASE)
# ... or right before its day: "a shooting early Sunday", "the attack on Tuesday" (not a year: "the first murder of 2015"
# counts the year's murders).
_INCIDENT_BEFORE = re.compile(rf"\b{_INCIDENT_WORDS}\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
# ... unless a verb of what others did about it comes first: "(the group) claimed the attack on Monday", "condemned
# the bombing on Sunday": the day is read as the claim's, a day of the telling.
_OTHERS_DID_BEFORE = re.compile(rf"\b(?:claimed|condemned|denounced|denied|mourned|avenged)\s+"
                                rf"(?:responsibility\s+for\s+)?(?:the|this|that)\s+(?:[\w-]+\s+)?{_INCIDENT_WORDS}\s+"
                                r"(?:on\s+)?$", re.IGNORECASE)
# ... or told as when the incident happened: "The stabbing occurred just past midnight on Sunday", "the raid took
# place before dawn Tuesday" (not a day someone spoke on: "..., police said Sunday").
_INCIDENT_HAPPENED_BEFORE = re.compile(
    rf"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:{_INCIDENT_WORDS}|drive-bys?)\s+(?:happened|occurred|took\s+place|unfolded)\b"
    r"(?:(?!\b(?:said|says|told|according|reported|announced)\b)[^.;:!?\"“”])*$", re.IGNORECASE)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _without_year(month: int, day: int, published: dt.date) -> dt.date | None:
    """A day and month with no year: the latest such date not after publication (news reports the past)."""
    date = _safe_date(published.year, month, day)
    if date and date > published + dt.timedelta(days=1):
        date = _safe_date(published.year - 1, month, day)
    return date


def _told_year(word: str, published: dt.date) -> int:
    """The year "this year" or "last" / "previous" / "past year" names, from the report's date."""
    return published.year if word.lower() == "this" else published.year - 1


def _resolve(kind: str, m: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date, str] | None:
    g = m.groupdict()
    if kind in ("iso", "numeric", "day_month_year", "month_day_year"):
        month = int(g["m"]) if g.get("m") else MONTHS[g["month"].lower().rstrip(".")]
        date = _safe_date(int(g["y"]), month, int(re.sub(r"\D", "", g["d"])))
        return (date, date, "day") if date else None
    if kind in ("day_month", "month_day"):
        month, day = MONTHS[g["month"].lower().rstrip(".")], int(re.sub(r"\D", "", g["d"]))
        if g.get("year_told"):
            date = _safe_date(_told_year(g["year_told"], published), month, day)
        else:
            date = _without_year(month, day, published)
        return (date, date, "day") if date else None
    if kind == "month_year":
        first, last = _month_range(int(g["y"]), MONTHS[g["month"].lower().rstrip(".")])
        return first, last, "month"
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if (g.get("rel") or "").lower() == "last" and back == 0:
            back = 7
        date = published - dt.timedelta(days=back)
        return date, date, "day"
    if kind == "month":
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = published.year if month <= published.month else published.year - 1
        if g.get("year_told"):
            year = _told_year(g["year_told"], published)
        elif g.get("last") and month == published.month:
            year = published.year - 1
        first, last = _month_range(year, month)
        return first, min(last, published), "month"
    if kind == "season_year":
        return *_season_range(g["season"].lower(), int(g["y"])), "month"
    if kind == "season":
        return _season(g["season"].lower(), last=g["rel"].lower() == "last", published=published)
    if kind == "holiday":
        date = _holiday(m, published)
        return (date, date, "day") if date else None
    if kind == "yesterday":
        date = published - dt.timedelta(days=1)
        return date, date, "day"
    if kind == "today":
        return published, published, "day"
    if kind == "earlier_month":
        if published.day <= EARLY_IN_MONTH_DAYS:
            previous = published.replace(day=1) - dt.timedelta(days=1)
            return *_month_range(previous.year, previous.month), "month"
        return published.replace(day=1), published, "month"
    if kind == "last_month":
        previous = published.replace(day=1) - dt.timedelta(days=1)
        return *_month_range(previous.year, previous.month), "month"
    if kind == "last_week" and published.weekday() < 5:
        # on a weekday, the calendar week before the report's (from its Monday), up to the report: on a Friday,
        # "last week" reaches back eleven days, not seven (at a weekend, the seven days before hold the week past);
        # and from the Sunday before that Monday, where weeks start on Sundays (American calendars)
        return published - dt.timedelta(days=published.weekday() + 8), published, "week"
    if kind == "this_week":  # "earlier this week": from the Monday of the report's week
        return published - dt.timedelta(days=published.weekday()), published, "week"
    if kind in ("last_week", "past_week"):  # "the past week": the seven days before
        return published - dt.timedelta(days=7), published, "week"
    if kind == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if m.group(0).lower().startswith("last") and published.weekday() in (5, 6):
            saturday -= dt.timedelta(days=7)  # "last weekend" in a report of the weekend is the one before
        return saturday, min(saturday + dt.timedelta(days=1), published), "week"
    if kind == "last_year":
        return dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31), "year"
    if kind == "ago":
        return _ago(g["n"].lower(), g["unit"].lower().rstrip("s"), published)
    if kind == "year":
        year = int(g["y"])
        if year > published.year:
            return None
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    raise ValueError(f"unknown time expression kind {kind!r}")


def _season_range(season: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of ``season`` begun in ``year`` (winter ends in the next year)."""
    first_month, last_month = SEASONS[season]
    return dt.date(year, first_month, 1), _month_range(year + (last_month < first_month), last_month)[1]


def _season(season: str, *, last: bool, published: dt.date) -> tuple[dt.date, dt.date, str]:
    """The latest ``season`` begun by the report's date ("this summer", "this past fall"); for "last", the one
    before it when the report falls inside it ("last summer" in a report of July is the year before's)."""
    year = published.year if published.month >= SEASONS[season][0] else published.year - 1
    start, end = _season_range(season, year)
    if last and published <= end:
        start, end = _season_range(season, year - 1)
    return start, min(end, published), "month"


def _holiday(m: re.Match[str], published: dt.date) -> dt.date | None:
    """The named day of the year given, else its latest occurrence not after publication (news reports the past)."""
    rule = next(rule for rx, rule in _holidays() if (hit := rx.match(m.string, m.start("holiday"))) and
                hit.end() == m.end("holiday"))
    if m.group("y"):
        return max(_holiday_in(one, int(m.group("y"))) for one in rule.split("|"))
    latest = published + dt.timedelta(days=1)
    return max(date for one in rule.split("|") for year in (published.year, published.year - 1)
               if (date := _holiday_in(one, year)) <= latest)


def _holiday_in(rule: str, year: int) -> dt.date:
    """A holiday's date in ``year``: "12-25", "4:thursday:11" (fourth Thursday of November), "-1:monday:5" (last
    Monday of May), "easter-2"."""
    if rule.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(rule[len("easter"):]))
    if ":" not in rule:
        month, day = rule.split("-")
        return dt.date(year, int(month), int(day))
    nth, weekday, month = rule.split(":")
    days = [d for d in range(1, calendar.monthrange(year, int(month))[1] + 1)
            if dt.date(year, int(month), d).weekday() == WEEKDAYS[weekday]]
    return dt.date(year, int(month), days[int(nth) - 1 if int(nth) > 0 else int(nth)])


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


_AGO_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30}


# The spans of time vague counts stand for: "several years ago" is two to nine years before.
_VAGUE_AGO = {"several": (2, 9), "many": (2, 9), "a few": (2, 5), "few": (2, 5)}


def _number(word: str) -> int:
    """A count of days, weeks, months or years as written: "3", "three", "a"."""
    return int(word) if word.isdigit() else _AGO_NUMBERS[word.lower()]


def _ago(number: str, unit: str, published: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """"26 years ago": that year; "two months ago": that month; "three weeks ago": that week; "four days ago";
    "several years ago": the years from two to nine before (a few: two to five; months alike, days and weeks none)."""
    if (vague := _VAGUE_AGO.get(re.sub(r"\s+", " ", number.lower()))) is not None:
        if unit not in ("year", "month"):
            return None  # "a few days ago": recent, no day of its own
        latest, earliest = (_ago(str(n), unit, published) for n in vague)
        if latest is None or earliest is None:
            return None
        return earliest[0], latest[1], unit
    n = _number(number)
    if unit == "day":
        date = published - dt.timedelta(days=n)
        return date, date, "day"
    if unit == "week":
        start = published - dt.timedelta(days=7 * n)
        return start - dt.timedelta(days=3), start + dt.timedelta(days=3), "week"
    if unit == "month":
        months = published.year * 12 + published.month - 1 - n
        return *_month_range(months // 12, months % 12 + 1), "month"
    year = published.year - n
    return (dt.date(year, 1, 1), dt.date(year, 12, 31), "year") if year >= 1 else None


# How long before the incident a sentence told first: "(The attack comes) two weeks after | 23 people were killed".
# A span with no number ("comes | days after", "just hours after", "a few weeks after") is a few of its units.
_SPAN_AFTER = re.compile(r"\W*(?P<less>less\s+than\s+|under\s+)?(?:(?:more\s+than|nearly|almost|about|just|only|barely|"
                         r"some|mere)\s+)?(?:(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve)\s+(?P<unit>years?|months?|weeks?|days?)|(?:(?P<few>a\s+few)\s+|several\s+)?"
                         r"(?P<units>years|months|weeks|days|hours))\s+after\b", re.IGNORECASE)
# ... or as marked, a span ending the words before it: "gathered to mark one year | since a gunman killed five".
_MARKED_SPAN = re.compile(r"\b(?:marks?|marked|marking|to\s+mark)\s+(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|"
                          r"eight|nine|ten)\s+(?P<unit>years?|months?|weeks?)\s*$", re.IGNORECASE)
_SINCE_OPENING = re.compile(r"\W*(?:since|after)\b", re.IGNORECASE)
# ... told as coming after it, or set beside it after a comma ("..., killing three, a day after a bomber killed 12")
_COMES_BEFORE = re.compile(r"(?:\b(?:comes?|came|coming)|,)\s*$", re.IGNORECASE)


def _anniversary(base: dt.date, n: int, unit: str) -> dt.date:
    """The day ``n`` years, months or weeks before ``base`` (the 29th of February falls on the 28th)."""
    if unit == "week":
        return base - dt.timedelta(weeks=n)
    months = base.year * 12 + base.month - 1 - (n * 12 if unit == "year" else n)
    year, month = divmod(months, 12)
    return _safe_date(year, month + 1, base.day) or _month_range(year, month + 1)[1]


def _few_before(unit: str, *, few: bool, base: dt.date) -> tuple[dt.date, dt.date, str]:
    """The span "(comes) days after" points back to: two to nine days before ``base`` (a week's precision), two to
    five for "a few"; weeks and months alike at the next coarser precision; "hours after" is the same day."""
    if unit == "hour":
        return base, base, "day"
    lo, hi = _VAGUE_AGO["a few" if few else "several"]
    if unit in ("day", "week"):
        days = 7 if unit == "week" else 1
        return (base - dt.timedelta(days=hi * days), base - dt.timedelta(days=lo * days),
                "week" if unit == "day" else "month")
    latest, earliest = (_ago(str(n), unit, base) for n in (lo, hi))
    return earliest[0], latest[1], "year"


def time_before(head: str, text: str, *, base: dt.date) -> TimeExpression | None:
    """The time of the incident ``text`` opens with when ``head`` (the sentence before it) says the incident told
    there comes so long after it ("The shooting comes | six months after a family was found shot"): counted back
    from ``base``, the day of the incident told first; "less than a week after" is the whole week before it."""
    if (marked := _MARKED_SPAN.search(head)) is not None and _SINCE_OPENING.match(text):
        # "survivors gathered Saturday to mark one year | since a gunman killed five": the day that long before the
        # day told (an anniversary is kept on its day)
        day = _anniversary(base, _number(marked.group("n").lower()), marked.group("unit").lower().rstrip("s"))
        return TimeExpression(text=marked.group(0).strip(), start=0, end=0, date=day, date_end=day, precision="day",
                              relative=True)
    m = _SPAN_AFTER.match(text)
    if m is None or not _COMES_BEFORE.search(head):
        return None
    if m.group("units"):
        if head.rstrip().endswith(","):
            return None  # "..., days after the rebels ended a truce": what the news is timed against, no incident
        found = _few_before(m.group("units").lower().rstrip("s"), few=bool(m.group("few")), base=base)
        return TimeExpression(text=m.group(0).strip(), start=m.start("units"), end=m.end(), date=found[0],
                              date_end=found[1], precision=found[2], relative=True)
    unit = m.group("unit").lower().rstrip("s")
    found = _ago(m.group("n").lower(), unit, base)
    if found is None:
        return None
    first, last, precision = found
    if m.group("less") and unit in ("day", "week"):  # "less than a week after": any day of the week before
        n = _number(m.group("n"))
        first, last, precision = base - dt.timedelta(days=n * (7 if unit == "week" else 1)), base - dt.timedelta(days=1), "week"
    return TimeExpression(text=m.group(0).strip(), start=m.start("n"), end=m.end(), date=first, date_end=max(first, last),
                          precision=precision, relative=True)


_COMMA_GAP = re.compile(r",?\s*")
# Page time stamps: the date of the page, not of an event ("Posted: May 26, 2015", "Updated Wednesday"), and the
# date an embedded social post was written, after its author's handle ("— Ann Lee (@annlee_news) June 2, 2019").
_STAMP_BEFORE = re.compile(r"\b(?:posted|updated|published|last updated|modified|first published)\s*(?:on|at)?\s*:?\s*"
                           r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$|\(@\w{1,30}\)\s*$", re.IGNORECASE)


# The day of the telling, not of the incident: a time right after a speech verb ("police said Monday", "told
# reporters on Tuesday", "announced Friday that"), right before one ("Police on Monday identified ..."), or
# after a state that still holds ("as of Monday evening", "was still at the house Sunday", "in critical
# condition Monday", "remained hospitalized Tuesday"). Reporters put the incident's own time beside its verb ("was shot Sunday, police said").
_NAMED = r"(?:[A-Z][\w.'’-]*\s+){1,4}"
_REPORTING_BEFORE = re.compile(
    r"\b(?:(?:said|says|announced|confirmed|stated|added|reported|published|posted|tweeted|declined to comment|"
    rf"told\s+(?:reporters|police|investigators|officers|deputies|the\s+{_NAMED}|{_NAMED})|"
    r"as\s+of|still\s+(?:[\w'’-]+\s+){0,4}?|condition|(?:remain(?:s|ed)?|recovering)(?:\s+[\w'’-]+){0,3}?|"
    # a plan, not a deed: "the council plans to vote on the curfew Monday", "he will appear in court Friday"
    r"(?:(?:plans?|planned|planning|scheduled|expected|due)\s+to|will|would)(?:\s+[\w'’-]+){1,6}?|"
    # ... "the vote, set for Sunday, 1 March": the day of a plan, whose weekday may stand between
    r"(?i:(?:scheduled|set|planned|slated|due)\s+(?:for|on)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?)|"
    # a search or an inquiry still going on: "police were searching late Tuesday for two men"
    r"(?:were|are|is|was)\s+(?:still\s+)?(?:searching|looking|hunting|investigating))\s*)"
    # "the monitor had published, on the 4th of November, that ..."
    r"(?:,?\s*on\s+(?:the\s+)?)?$")
# The day of a gathering about an incident: "at Tuesday's news conference", "Friday's vigil", "at a news
# conference Tuesday", "during a vigil on Sunday".
_GATHERINGS = r"(?:news\s+conference|press\s+conference|briefing|hearing|vigil|funeral|memorial|arraignment|court\s+appearance|" \
              r"meeting|rally)"
_GATHERING_BEFORE = re.compile(rf"\b(?:at|during|in|attended|attending)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{_GATHERINGS}\s+"
                               r"(?:on\s+|late\s+|early\s+)?$",
                               re.IGNORECASE)
# ... or held, opened or begun on the day: "A funeral was held on Sunday for ...", "the trial of three men accused
# of the 2017 killing opened on Monday"
_GATHERING_HELD_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{_GATHERINGS}|trial|inquest|sentencing)\s+"
                                    r"(?:[^.;]{0,140}?\s+)?(?:(?:was|were|is|has|had)\s+(?:been\s+)?)?(?:held|opened|began|"
                                    r"started|resumed|adjourned|took\s+place)\s+(?:on\s+|late\s+|early\s+)?$",
                                    re.IGNORECASE)
_GATHERING_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?:{_GATHERINGS}|game)\b", re.IGNORECASE)
# ... or the day told before what it was for: "hundreds gathered Saturday for a vigil", "spoke Monday at a briefing"
_GATHERING_FOR_AFTER = re.compile(rf"\s+(?:night\s+|morning\s+|evening\s+|afternoon\s+)?(?:(?:for|at)\s+(?:a|an|the)\s+"
                                  rf"(?:[\w-]+\s+)?{_GATHERINGS}\b|"
                                  # "gathered Tuesday night (at a park in Elmtown) to remember a teen who was shot
                                  # last week"
                                  r"(?:(?:at|in|outside|near)\s+[^.;,]{1,50}?\s+)?to\s+(?:remember|mourn|honou?r|pay\s+(?:tribute|their\s+respects)|pray\s+for|"
                                  r"celebrate\s+the\s+li(?:fe|ves)\s+of)\b)", re.IGNORECASE)
# ... or told right after a telling it dates: "a sheriff's update Thursday showed a photo", "in a statement Tuesday"
_TELLING_BEFORE = re.compile(r"\b(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:update|statement|"
                             r"(?:news\s+|press\s+)?release|tweet|e-?mail|interview|bulletin|announcement)\s+"
                             r"(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
# ... or the day of a vote it names ("won the 2 May elections", "ahead of the 30 June polls"; not "during the 2
# May elections", when something happened that day)
_VOTE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:elections?|polls|vote|referendum|run-?off|inauguration)\b", re.IGNORECASE)
_VOTE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_DURING_BEFORE = re.compile(r"\b(?:during|on|at|amid)\s+the\s+$", re.IGNORECASE)
# A tally's span, not an incident's day: "the 12th such attack in the port this month", "the third such raid this week".
_TALLY_BEFORE = re.compile(r"\bthe\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                           r"tenth|eleventh|twelfth|[a-z]+tieth)\b(?:\s+[\w-]+){0,5}?\s+(?:during\s+|in\s+|so\s+far\s+)?$",
                           re.IGNORECASE)
_SPAN_WORDS = re.compile(r"(?:this|last|the\s+past)\s+(?:week|month|year)$", re.IGNORECASE)
# ... (and who showed the press: "officials on Friday presented seized rifles to reporters", "paraded", "issued")
_REPORTING_AFTER = re.compile(r"\s*,?\s*(?:said|reported|announced|confirmed|identified|named|released|told|declined|presented|"
                              # (and who answered reports: "the army on Sunday denied reports that its soldiers ...")
                              r"paraded|issued|published|briefed|denied|rejected|dismissed|refuted|condemned|blamed)\b")


# The day of an accord a deed is told in spite of: "(the shelling comes) despite a ceasefire agreed in March".
_DESPITE_ACCORD_BEFORE = re.compile(r"\b(?:despite|in\s+violation\s+of|violating|breaching)\s+(?:a|an|the)\s+"
                                    r"(?:[\w-]+\s+){1,3}?(?:agreed|signed|brokered|reached|declared|announced|struck)\s+"
                                    r"(?:on\s+|in\s+|last\s+)?$", re.IGNORECASE)


# Who tells: "Police on Monday identified ...", "Police sources today reported ...".
_TELLER_BEFORE = re.compile(r"\b(?:[Pp]olice|[Aa]uthorities|[Oo]fficials|[Ii]nvestigators|[Dd]eputies|[Pp]rosecutors|"
                            r"[Ss]heriff|[Cc]oroner|[Ss]pokesman|[Ss]pokeswoman|[Oo]ffice|[Dd]epartment|[Ss]ources|[Aa]rmy|"
                            r"[Mm]ilitary|[Gg]overnment|[Mm]inistry|[Cc]ommand)\s+(?:on\s+)?$")


# A court's day: "was convicted in March", "was arraigned Monday", "pleaded guilty on May 3". It dates the
# hearing, never the incident the case is about.
COURT_VERBS = r"convicted|sentenced|indicted|arraigned|acquitted|charged"
_COURT_BEFORE = re.compile(rf"\b(?:{COURT_VERBS}|pleaded (?:not )?guilty|"
                           # "Jury selection began Monday in the trial of ...": a step of the trial
                           r"(?:jury selection|trial|testimony|deliberations|closing arguments|opening statements|"
                           r"(?:preliminary |sentencing )?hearing) (?:began|begins|started|starts|opened|opens|resumed|"
                           r"resumes|continued|continues|ended|ends|wrapped up|got underway)|"
                           r"found (?:not )?guilty|testified|ruled|(?:entered|accepted|reached) (?:into )?(?:a |the )?plea"
                           r"(?: deals?| agreements?| bargains?)?),?\s+"
                           # "was sentenced to life in prison Friday": a sentence's words, not the deed's
                           r"(?:(?!(?:killing|shooting|murdering|stabbing|attacking|wounding|for|over)\b)[\w'’-]+\s+){0,6}?"
                           r"(?:on\s+|last\s+)?$", re.IGNORECASE)

# ... and a court's day told before its verb: "a jury on Thursday found him guilty", "a judge Friday sentenced".
_COURT_AFTER = re.compile(rf",?\s+(?:{COURT_VERBS}|"
                          r"found\s+(?:[\w'’.-]+\s+){0,6}?(?:not\s+)?guilty)\b", re.IGNORECASE)


# A day that opens a sentence and is followed by who told: "Sunday, the coroner's office said ...", "On Monday,
# police said ...". (After the deed, "was shot Friday, police said", the day is the incident's.)
_OPENS = re.compile(r"^\W*(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
_TELLER_SAID_AFTER = re.compile(
    r"\s*,\s*(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:police|authorities|officials|investigators|deputies|prosecutors|sheriff|"
    r"coroner|spokes(?:man|woman|person)|office|department|chief|examiner)(?:'s?\s+office)?\s+"
    r"(?:said|says|announced|confirmed|reported|stated|told|identified|released)\b", re.IGNORECASE)


# ... or the day a toll grew to its figure: "the death toll from the strikes rose to 21 on Tuesday"
_TOLL_ROSE_BEFORE = re.compile(r"\btoll\b[^.;]{0,160}?\b(?:rose|risen|rises|climbed|climbs|increased|reached|jumped)\s+"
                               r"(?:to\s+)?[^.;]{0,40}?$", re.IGNORECASE)


# ... or the day someone took up a post: "the judge, who took office on Friday, was wounded", "sworn in Monday".
_OFFICE_BEFORE = re.compile(r"\b(?:(?:took|taken|taking|assumed|assuming)\s+(?:office|power|his\s+post|her\s+post|"
                            r"charge|command)|sworn\s+in|inaugurated|appointed)\s+(?:on\s+|last\s+)?$", re.IGNORECASE)


def _is_reporting(text: str, start: int, end: int) -> bool:
    if _TOLL_ROSE_BEFORE.search(text, max(0, start - 220), start):
        return True
    before = text[max(0, start - 60):start]
    return bool(_REPORTING_BEFORE.search(before) or _COURT_BEFORE.search(before) or _COURT_AFTER.match(text, end)
                or _OFFICE_BEFORE.search(before) or _DESPITE_ACCORD_BEFORE.search(before)
                or _GATHERING_BEFORE.search(before) or _TELLING_BEFORE.search(before)
                or _GATHERING_HELD_BEFORE.search(text, max(0, start - 200), start)
                or (_VOTE_BEFORE.search(before) and not _DURING_BEFORE.search(before) and _VOTE_AFTER.match(text, end))
                or (_TALLY_BEFORE.search(before) and _SPAN_WORDS.search(text[start:end]))
                or (_TELLER_BEFORE.search(before) and _REPORTING_AFTER.match(text, end)) or _GATHERING_AFTER.match(text, end)
                or _GATHERING_FOR_AFTER.match(text, end)
                or (_OPENS.match(text[:start]) and _TELLER_SAID_AFTER.match(text, end)))


# The day of an arrest: "was arrested Sunday", "taken into custody at about 8 p.m. Saturday" (not "arrested in
# Saturday's shooting" nor "arrested after a shooting Sunday": those days are the deed's).
_ARREST_BEFORE = re.compile(r"\b(?:arrested|detained|apprehended|taken\s+into\s+custody)\s+"
                            r"(?:(?!(?:after|for|over|on\s+suspicion|following)\b)"
                            # "in" before a place ("arrested a man in Elmtown on Sunday"), not before a day or a deed
                            r"(?!in\s+(?!(?-i:[A-Z])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)))"
                            r"[\w'’.:-]+\s+){0,5}?(?:on\s+)?$", re.IGNORECASE)


_BORN_BEFORE = re.compile(r"\b(?:born|b\.)\s*(?:on\s+)?$", re.IGNORECASE)
# A date that is part of a group's name: "the April 19 Movement", "the 15 September Legion", "a group calling itself
# the "9 May" People's Front", "the "9 May" people's liberation front" (as truecased). Names take the article; a
# date told as one does not ("on 19 April army troops ...").
_NAME_ARTICLE_BEFORE = re.compile(r"\bthe\s+[\"“]?$", re.IGNORECASE)
_NAME_WORD_AFTER = re.compile(r"[\"”]?\s+(?:[\w'’-]+\s+){0,2}?(?:movement|legion|front|brigades?|commandos?|command|organi[sz]ation|"
                              r"revolutionary|liberation|youth|coalition|alliance|group|"
                              # a place named for a day: "the 14 March neighbourhood", "the 9 July bridge"
                              r"neighbou?rhood|barrio|colonia|district|street|avenue|square|bridge|stadium)\b",
                              re.IGNORECASE)
_QUOTED_BEFORE_NAME = re.compile(r"[\"”]\s+(?-i:[A-Z])")


def _names_a_group(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 10):start]
    if before.endswith(("\"", "“")) and _QUOTED_BEFORE_NAME.match(text, end):
        return True  # "the "9 May" People's Front": a quoted date, then a name
    return bool(_NAME_ARTICLE_BEFORE.search(before) and _NAME_WORD_AFTER.match(text, end))


def _names_tomorrow(m: re.Match[str], published: dt.date) -> bool:
    """A bare weekday that is the day after the report's date ("on Monday" in a report dated Sunday). A reporter
    says "last Monday" for six days back; a page's date a day behind its writing (time zones, a feed's clock) is
    far more common. It is read as the day of the writing, which dates no incident."""
    rel = (m.group("rel") or "").lower()
    return rel not in ("last", "past") and (published.weekday() + 1) % 7 == WEEKDAYS[m.group("wd").lower()]


def find_dates(text: str, *, published: dt.date, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved; overlapping matches keep the earliest, longest one.

    "The night before" and "the next day" count from the day told just before them: in ``text``, else ``anchor``
    (a day the text's sentence told before the text began); "the day before" with neither is the report's eve."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    chained: list[tuple[str, re.Match[str]]] = []
    for i in _FAMILY.passing(text, gated=gate_text(text)):  # PATTERNS is ordered most specific first
        kind, regex = _COMPILED[i]
        for m in regex.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if kind in _CHAINED_KINDS:
                taken.append((m.start(), m.end()))
                chained.append((kind, m))
                continue
            if kind == "weekday" and any(start == _COMMA_GAP.match(text, m.end()).end() for start, _ in taken):
                continue  # "Tuesday, May 26, 2015": the weekday names the date that follows it
            if _STAMP_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "Posted: Tuesday, May 26": when the page was written, not when anything happened
            if _BORN_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                continue  # "born in 1970": a birth date dates nobody's incident
            if _names_a_group(text, m.start(), m.end()):
                taken.append((m.start(), m.end()))  # nor is a part of it a month ("the 6th of October Movement")
                continue  # "the April 19 Movement": a name, not a day
            resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            first, last, precision = resolved
            reporting = _is_reporting(text, m.start(), m.end())
            claimed = precision == "day" and bool(_OTHERS_DID_BEFORE.search(text[max(0, m.start() - 60):m.start()]))
            reporting = reporting or claimed
            if kind == "weekday" and _names_tomorrow(m, published):
                first = last = published + dt.timedelta(days=1)
                reporting = True
            taken.append((m.start(), m.end()))
            found.append(TimeExpression(text=m.group(0), start=m.start(), end=m.end(), date=first,
                                        date_end=last, precision=precision,
                                        names_incident=bool(_INCIDENT_AFTER.match(text, m.end())
                                                            or precision == "day" and (_INCIDENT_BEFORE.search(
                                                                text[max(0, m.start() - 40):m.start()])
                                                                and not claimed
                                                                or _INCIDENT_HAPPENED_BEFORE.search(
                                                                    text[max(0, m.start() - 100):m.start()]))),
                                        # "convicted in the Nov. 2, 2014, death of": the deed's day, not the court's
                                        reporting=reporting and not _DEED_OF_DAY.match(text, m.end())
                                        and not (precision == "day" and _DEED_NOUN_AFTER.match(text, m.end())),
                                        relative=kind in _RELATIVE_KINDS,
                                        arrest=bool(_ARREST_BEFORE.search(text[max(0, m.start() - 60):m.start()])),
                                        yearless=kind in _YEARLESS_KINDS or kind == "holiday" and not m.group("y")))
    for kind, m in chained:
        told = [t for t in found if t.precision == "day" and t.end <= m.start()]
        base = max(told, key=lambda t: t.end) if told else None
        day = base.date if base else anchor
        if day is None:
            if kind != "day_before" and not _SAME_DAY.search(m.group(0)):
                continue
            day = published  # "the shooting happened the previous day", "two attacks on the same day"
        step = -1 if kind == "day_before" else 0 if kind == "same_day" else _number(m.groupdict().get("n") or "a")
        date = day + dt.timedelta(days=step)
        found.append(TimeExpression(text=m.group(0), start=m.start(), end=m.end(), date=date, date_end=date,
                                    precision="day", reporting=_is_reporting(text, m.start(), m.end()),
                                    relative=base.relative if base else True))
    return sorted(found, key=lambda t: t.start)


def find_publication_date(text: str) -> dt.date | None:
    """A full date (day, month and year) in a short text such as a sign-off line; None if there is none."""
    for kind, regex in _COMPILED[:4]:
        m = regex.search(text)
        if m:
            resolved = _resolve(kind, m, dt.date.today())
            if resolved:
                return resolved[0]
    return None


# News URLs often carry the publication date: "/2015/08/23/", "/2015-08-23/", "/20150823/".
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)(?:[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)|(?P<m2>[01]\d)(?P<d2>[0-3]\d))(?=[/_.-]|$)")


def find_url_date(url: str | None) -> dt.date | None:
    """The date a news URL's path carries, None when it carries none."""
    for m in _URL_DATE.finditer(url or ""):
        found = _safe_date(int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2")))
        if found:
            return found
    return None


def written_days(text: str, *, published: dt.date) -> list[dt.date]:
    """The days ``text`` writes out with their year ("Sunday, June 23, 2013"), in text order."""
    return [t.date for t in find_dates(text, published=published)
            if t.precision == "day" and re.search(r"(?:19|20)\d\d", t.text)]


def latest_full_date(text: str, *, not_after: dt.date) -> dt.date | None:
    """The latest date written out with its year ("Sunday, June 23, 2013") that is not in the future: a report
    with no publication date is written on or soon after the latest day it names."""
    days = [day for day in written_days(text, published=not_after) if day <= not_after]
    return max(days) if days else None


_YEAR_WORD = re.compile(rf"\b{_YEAR}\b")
# Wire copy writes a dateline's year in two digits after the day: "LIMA, 12 MAR 90 (EFE) --", "QUITO, JUNE 11 89 --".
_SHORT_YEAR_AFTER = re.compile(r"\s*,?\s*'?(\d{2})(?![\d:.])")


def dateline_day(dateline: str, *, today: dt.date) -> tuple[dt.date, bool] | None:
    """The day a dateline names and whether it writes the year ("May 4, 2016"; "12 MAR 90", a two-digit year
    being the latest such year not after ``today``). A day without a year is the latest such day before
    ``today``. None when the dateline names no day."""
    days = [t for t in find_dates(dateline, published=today) if t.precision == "day"]
    if not days:
        return None
    first = days[0]
    if _YEAR_WORD.search(first.text):
        return first.date, True
    short = _SHORT_YEAR_AFTER.match(dateline, first.end)
    if short is None:
        return first.date, False
    year = 2000 + int(short.group(1))
    year = year if year <= today.year else year - 100
    try:
        return first.date.replace(year=year), True
    except ValueError:  # 29 February of a year without one
        return None


def weekday_stand_in(text: str, *, not_after: dt.date) -> dt.date:
    """A stand-in report date for a text with no date and no year: the day after the weekdays it names, taken as
    one run of days ("Friday ... Saturday": a Sunday), the latest such day on or before ``not_after``; ``not_after``
    itself when it names none. Read against it the text's weekdays keep their order and spacing whatever day it is
    read on (against today, a Friday and a Saturday are a day apart on a Sunday and six days apart on a Friday)."""
    named = {WEEKDAYS[m.group(0).lower()] for m in re.finditer(rf"\b{_WEEKDAY}\b", text, re.IGNORECASE)}
    if not named:
        return not_after
    first = min(range(7), key=lambda start: (max((d - start) % 7 for d in named), start))
    last = (first + max((d - first) % 7 for d in named)) % 7
    return not_after - dt.timedelta(days=(not_after.weekday() - (last + 1)) % 7)


def latest_year_anchor(text: str, *, not_after: dt.date) -> dt.date | None:
    """A stand-in report date for a text with no full date: the latest year it writes (not in the future), at the
    latest day it names without a year in that year ("Feb. 7" with "2016" elsewhere: 7 Feb 2016), else that
    year's last day. None when it writes no year."""
    years = [int(y) for y in _YEAR_WORD.findall(text) if int(y) <= not_after.year]
    if not years:
        return None
    end = min(dt.date(max(years), 12, 31), not_after)
    days = [t.date for t in find_dates(text, published=end)
            if t.incident_day and t.date.year == end.year and re.search(_MONTH, t.text, re.IGNORECASE)]
    return max(days) if days else end


# A live-updated story's stamp opening a paragraph: "UPDATE 6/5 9:40 a.m.: ...", "UPDATE 10:05 PM, JUNE 5 - ...".
_UPDATE_STAMP = re.compile(r"^\W*UPDATED?\b\s*:?\s*(?P<stamp>(?:[^:\n]|:(?=\d\d)){0,40}?)\s*(?:[-–—:]|\.\s*:)\s",
                           re.IGNORECASE)
_NUMERIC_DAY = re.compile(r"\b(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])\b(?!/\d)")
_NAMED_DAY = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>3[01]|[12]\d|0?[1-9])\b", re.IGNORECASE)
# How far from the page's date an update's day may be.
UPDATE_REACH_DAYS = 14


def update_day(text: str, *, published: dt.date) -> dt.date | None:
    """The day of the update stamp that opens ``text`` ("UPDATE 6/5 9:40 a.m.: ..."), in the year of the page's date
    (``published``) and within UPDATE_REACH_DAYS of it; None when it opens with none. What the paragraph counts from
    ("last night") counts from that day, not the page's."""
    stamp = _UPDATE_STAMP.match(text)
    if stamp is None:
        return None
    found = _NUMERIC_DAY.search(stamp.group("stamp")) or _NAMED_DAY.search(stamp.group("stamp"))
    if found is None:
        return None
    month = found.group("month")
    month = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    for year in (published.year, published.year + 1, published.year - 1):
        try:
            day = dt.date(year, month, int(found.group("day")))
        except (TypeError, ValueError):
            return None
        if abs((day - published).days) <= UPDATE_REACH_DAYS:
            return day
    return None

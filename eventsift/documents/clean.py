"""Plain text as copied from a web page: where the article ends, and what its edges tell.

    raw text ─► split headline / byline ─► cut at the sign-off or the trailing teaser block
             ─► dateline ─► CleanText(text, title, dateline, byline, publisher, published)

Sign-off patterns ("Published in Dawn, June 4th, 2017", "(Reporting by ...)", "© 2017 Reuters") and the
headings that open a page's sidebar ("Opinion", "Related") are data: ``eventsift/data/signoffs.tsv``
and ``eventsift/data/page_sections.txt``.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass
from importlib import resources

log = logging.getLogger(__name__)

# A headline is one line of at most this many characters / words (the longest headlines of the
# extraction benchmark's pages are about 130 characters and 22 words).
MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 25
# A sign-off only ends the article when at least this much article text precedes it (a copyright
# notice at the top of a copied page is not the end of anything): about one sentence.
MIN_ARTICLE_CHARS = 100
# Lines of at most this many words without sentence punctuation are teaser-like (headlines, dates,
# section names); article paragraphs are longer.
SHORT_LINE_WORDS = 12
# A trailing block is cut only with at least this many teaser-like lines and a section heading or a
# date among them: a closing "- AFP" or a one-line caption stays.
MIN_TEASER_LINES = 3
MIN_HEADED_TEASER_LINES = 2

# A dateline: the place in capitals, then optionally its state, province or country (", Calif.", ", Pa",
# ", Pakistan", " (SPAIN),"), a date (", June 3", " May 4", ", Oct 6, 2013", ", 12 MAR 90", ", 7 FEB" without its year), the agency
# or station in brackets ("(AP)", "(WCIV/WPDE)") or a date there ("(Jan. 8, 2016)"), and a colon, a dash or ">>"
# before the story.
_DATELINE_BODY = r"""
        (?P<place>[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}?)                  # ISLAMABAD, DERA ISMAIL KHAN
        (?:\s*\((?P<bracket>[A-Z][A-Z .'\-]{2,30})\)(?=,))?                        # ELMTOWN (RURITANIA), 3 MAY 90
        (?:,\s*(?!NO\s+DATE)(?P<region>[A-Z][A-Za-z.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][A-Za-z.]*){0,3}?)\.?,?)?   # , Calif. / , Democratic Republic of Congo
        (?:,?\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?
                          |\d{1,2}\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*(?:\s+\d{2,4})?
                          |\d{1,2}\s+[A-Z]{3}\s+\d{2,4}|NO\s+DATE))?   # , June 3 / , 12 MAR 90 / , 7 FEB
        \s*(?:\(\s?(?P<agency>[A-Za-z0-9][A-Za-z0-9 .,&/'\-]{0,38}?)\s?\))?       # (AP), (WCIV/WPDE), (Jan. 8, 2016)
        \s*(?P<sep>:|[-–—]{1,2}|>>|\?{3}|\ufffd)\s*(?=\S)"""   # "???" or U+FFFD: a dash lost to a wrong encoding
_DATELINE = re.compile(r"^" + _DATELINE_BODY, re.VERBOSE)
# The same inside the first lines of a scraped page, where the page title is glued to the body without a break
# ("... | Fox 59INDIANAPOLIS, Ind. (AP) -") or opening a later line of the page's head.
_DATELINE_INSIDE = re.compile(r"(?<![A-Z'.\-])" + _DATELINE_BODY, re.VERBOSE)
# The same right after a site name's last letters in capitals ("..., PA" + "ELMTOWN, Pa. -").
_DATELINE_GLUED = re.compile(_DATELINE_BODY, re.VERBOSE)
# A dateline in ordinary case at the very start, only with a state abbreviation and a dash: "Portsmouth, Va. –".
_DATELINE_MIXED = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*(?P<region>(?:[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?)|[A-Z]{2})"
    r"\s*(?:\((?P<agency>[A-Za-z0-9][A-Za-z0-9 .,&/'\-]{0,38})\))?\s*(?P<sep>[-–—]{1,2})\s+(?=\S)")
# ... and the wire style of Indian and other agencies, in ordinary case with the day and the agency and often no dash
# at all: "Raipur, March 14 (PTI) Maoists ...", "New Delhi, Mar 3 (IANS) -", "Imphal, Manipur, Jan. 9 (UNI):".
# (the town may be in capitals: "SRINAGAR, Aug 14 (PTI) A policeman ...")
_DATELINE_WIRE_MIXED = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}|[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,2}),\s*"
    r"(?:(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s*)?"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)"
    r"\s*\((?P<agency>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)\s*(?P<sep>:|[-–—]{1,2})?\s*(?=\S)")
# ... and the state agencies' style, a town in ordinary case and the agency's initials: "Aleppo, SANA-", "Quetta, APP:"
# (three letters at least: two are a state's, "Portland, OR -").
_DATELINE_AGENCY_MIXED = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*(?P<agency>[A-Z]{3,6})\s*(?P<sep>:|[–—]|-{1,2}(?=\s))\s*(?=\S)")
# ... and the analyst's note, a town and then the day or the time told: "Elmabad, 2/2/2015 - unknown persons hurled a
# grenade ...", "Elmpur - night of 20/21 May 2015: police ...".
_NOTE_TOWN = r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_DATELINE_NOTE = re.compile(_NOTE_TOWN + r",\s*\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\s*(?P<sep>[-–—:])\s+(?=\S)")
_DATELINE_NOTE_TIME = re.compile(_NOTE_TOWN + r"\s+(?P<sep>[-–—])\s+(?=(?:night|on|late|early|in|at|\d)\b)")
# How far into a text a glued dateline is looked for: a page title and its site name (~160 characters) and more.
DATELINE_SEARCH_CHARS = 320
# A byline, with the town the reporter writes from where the paper gives one ("By Ada Musa, Gusau", "From Our
# Correspondent in Quetta"): that town is the report's dateline.
_BYLINE = re.compile(r"^(?:By|From)\s+(?P<name>[A-Z][\w.'\-]+(?:\s+(?:and\s+)?[A-Z][\w.'\-]+){0,6})"
                     r"(?:\s*,\s*(?:[A-Z]\w*\s+)*(?:Correspondent|Reporter|Staff|Writer|Editor|Press|News|Desk|Bureau|"
                     r"Agency|Agencies|Team|Service)\b[\w\s]*"  # "By Ada Musa, Staff Reporter": a desk, no town
                     r"|\s*(?:,|\bin\b)\s*(?P<place>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}))?\s*$")
_DATE_LINE = re.compile(
    r"^(?:Updated\s+|Published\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\b.{0,20}$"
)
# A page's stamp between the headline and the story: "TNN | Jun 14, 2016, 04.12 AM IST", "POSTED: Wednesday, June 12,
# 2013, 6:03 AM", "Updated 9:14 AM, Mar 15, 2015" (a source, a day, a time; no sentence).
_STAMP_LINE = re.compile(
    r"^(?:(?:posted|updated|published|last\s+updated)\s*:?\s*|[A-Z][\w.&'’ -]{0,30}\s*[|•]\s*)?"
    r"(?:[A-Za-z]{3,9},?\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?,?\s+(?:[A-Za-z]{3,9},?\s+)?)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"(?:\s*[|•]\s*(?:updated|last\s+updated)?:?.{0,60})?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"""[.!?]["'”’)]?$""")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")


@dataclass(slots=True, kw_only=True)
class SignOff:
    kind: str  # published | credit | copyright
    pattern: re.Pattern[str]
    example: str


@dataclass(slots=True, kw_only=True)
class CleanText:
    """The article part of a copied page and the metadata its edges give."""

    text: str
    title: str | None = None
    dateline: str | None = None
    byline: str | None = None
    publisher: str | None = None
    published: dt.date | None = None


@functools.cache
def signoffs() -> tuple[SignOff, ...]:
    """The sign-off patterns of ``data/signoffs.tsv``."""
    out = []
    for line in resources.files("eventsift.data").joinpath("signoffs.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, pattern, example = line.split("\t")
        out.append(SignOff(kind=kind, pattern=re.compile(pattern, re.IGNORECASE), example=example))
    return tuple(out)


def _label_lines(name: str) -> frozenset[str]:
    """The lines of a list in ``eventsift/data`` (comments and blank lines left out), lower-cased."""
    text = resources.files("eventsift.data").joinpath(name).read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@functools.cache
def page_sections() -> frozenset[str]:
    """Headings that open a page's non-article part (``data/page_sections.txt``), lower-cased."""
    return _label_lines("page_sections.txt")


@functools.cache
def link_labels() -> frozenset[str]:
    """Labels before a link to a page's picture galleries inside its text (``data/link_labels.txt``), lower-cased."""
    return _label_lines("link_labels.txt")


def parse_loose_date(text: str) -> dt.date | None:
    """A date written out in a sign-off ("June 4th, 2017", "12 March 2019"); None if it is not one."""
    import dateparser

    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip().rstrip("."))
    if not re.search(r"\d{4}", cleaned):
        return None  # a sign-off without a year cannot be trusted for the date
    parsed = dateparser.parse(cleaned, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


@functools.cache
def lead_labels() -> frozenset[str]:
    """Labels a page puts before a story's first words ("UPDATE:", ``data/lead_labels.txt``), lower-cased."""
    return _label_lines("lead_labels.txt")


def match_signoff(line: str) -> tuple[SignOff, dict[str, str]] | None:
    """The sign-off a line is, with its named groups; None for an ordinary line."""
    stripped = line.strip()
    if not stripped or len(stripped) > 200:
        return None
    for signoff in signoffs():
        m = signoff.pattern.match(stripped)
        if not m:
            continue
        groups = {k: v.strip() for k, v in m.groupdict().items() if v}
        if signoff.kind == "published" and parse_loose_date(groups.get("date", "")) is None:
            continue
        return signoff, groups
    return None


def normalise_place(name: str) -> str:
    """ "DERA ISMAIL KHAN" -> "Dera Ismail Khan"."""
    return " ".join(w.capitalize() if not w.isdigit() else w for w in re.split(r"\s+", name.strip()))


@dataclass(slots=True, kw_only=True)
class Dateline:
    """The dateline of a report: its place (normalised), the state or country written after it, the agency."""

    place: str
    region: str | None = None
    agency: str | None = None
    start: int = 0  # offsets of the whole dateline in the text it was read from
    end: int = 0

    @property
    def label(self) -> str:
        """ "Florence, S.C.": the place with its region, as the report writes it."""
        return f"{self.place}, {self.region}" if self.region else self.place


def read_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a text, else one glued to a page title within its first characters."""
    lead = len(text) - len(text.lstrip())
    m = _DATELINE.match(text, lead)
    m = m or _DATELINE_MIXED.match(text, lead) or _DATELINE_WIRE_MIXED.match(text, lead) \
        or _DATELINE_AGENCY_MIXED.match(text, lead) or _DATELINE_NOTE.match(text, lead) \
        or _DATELINE_NOTE_TIME.match(text, lead)
    found = _dateline(m, text) if m else None
    if found is not None:
        return found
    for m in _DATELINE_INSIDE.finditer(text, lead, min(len(text), lead + DATELINE_SEARCH_CHARS)):
        if "\n" in m.group("place"):  # a dateline opens its line: "... 5:40 PM\n\nELMTOWN (WXYZ) -" is at ELMTOWN
            line_start = m.start("place") + m.group("place").rindex("\n") + 1
            m = _DATELINE_GLUED.match(text, line_start)
            # ... with a dash, a region or a station: "UPDATE:" or "DATE:" opening a line is a heading
            if m is None or not (m.group("sep") in DASHES or m.group("region") or _is_station(m.group("agency"))):
                continue
        before = text[max(0, m.start() - 3):m.start()]
        # a site name ending in a state's postal code glued to the town: "... - Elmtown, PAWESTVILLE, Pa. -"
        if before.endswith(", ") and (glued := _after_glued_state(m, text)):
            return glued
        # glued to the title ("Fox 59INDIANAPOLIS"), after a title's separator ("| WBFFBALTIMORE") or opening a
        # line; never inside running text
        if (not before or before[-1].isalnum() or before[-1] == "\n" or re.search(r"[|–—]\s*$", before)) \
                and (found := _dateline(m, text)):
            return found
        # after the site name and a space ("- The Daily Courier ELMTOWN, Pa. -", "Radio 5 ELMTOWN (WXYZ) -"): only
        # a town with a US state's abbreviation or with an agency in brackets, and a dash, is a dateline there
        if before.endswith(" ") and m.group("sep") in DASHES and (found := _dateline(m, text)) \
                and (_is_station(m.group("agency")) or _is_us_state(found.region)):
            return found
    return None


DASHES = frozenset({"-", "--", "–", "—", "––", "——"})


def _after_glued_state(m: re.Match[str], text: str) -> Dateline | None:
    """The dateline after a postal code glued to it ("Elmtown, PAWESTVILLE, Pa. -" is at "WESTVILLE"), when the
    glued word is no word at all ("INDIANAPOLIS" is not "IN" + "DIANAPOLIS")."""
    from eventsift.nlp.truecase import zipf

    place = m.group("place")
    code = place[:2]
    if code.lower() not in _us_state_abbreviations() or not re.match(r"[A-Z]{3}", place[2:]) \
            or zipf(place.split()[0]) > 0:
        return None
    glued = _DATELINE_GLUED.match(text, m.start() + 2)
    return _dateline(glued, text) if glued else None


def _is_station(agency: str | None) -> bool:
    """ "AP", "WXYZ", "CBS11", "KXYZ/AP": an agency or station in brackets, not a note ("(a store)") or a date."""
    return bool(agency) and bool(re.fullmatch(r"[A-Z][A-Za-z0-9.&/ ]*", agency)) \
        and sum(c.isupper() for c in agency) >= 2


def _is_us_state(region: str | None) -> bool:
    """ "Pa.", "Calif.", "N.C.", "PA", "Alabama": how a US state is written after a town."""
    return bool(region) and "".join(c for c in region.lower() if c.isalnum()) in _us_state_abbreviations()


@functools.cache
def _us_state_abbreviations() -> frozenset[str]:
    """The names of the US states and their abbreviations (AP style and postal codes), in lower case without dots
    or spaces ("pa", "calif", "newyork")."""
    from eventsift.geo.sources import abbreviation_key, admin1_abbreviation_rows

    return frozenset(abbreviation_key(a) for country, state, abbreviations in admin1_abbreviation_rows()
                     if country == "US" for a in (state, *abbreviations) if len(a) <= 6 or a == state)


# A police force's acronym before a colon ("NOPD:", "JPSO:"): the source of the news, not its place.
_POLICE_ACRONYM = re.compile(r"[A-Z]{1,4}(?:PD|SO)")


def _dateline(m: re.Match[str], text: str) -> Dateline | None:
    place, groups = m.group("place"), m.groupdict()  # (an analyst's note's town has no region or agency)
    if sum(c.isalpha() for c in place) < 3:
        return None
    if (" ".join(place.split()).lower() in lead_labels() or _POLICE_ACRONYM.fullmatch(place)) \
            and not (groups.get("region") or groups.get("agency")):
        return None  # "UPDATE: ...", "NOPD: ...": a page's label or its source, and the dateline may follow later
    agency = groups.get("agency")
    if agency and any(c.isdigit() for c in agency):  # "(Jan. 8, 2016)": a date, not an agency
        agency = None
    region = groups.get("bracket") or groups.get("region")
    if m.group("sep") == "-" and region and not region.endswith(".") and text[m.start("sep") - 1].isalpha() \
            and groups.get("agency") is None and not re.match(r"\s", text[m.end("sep"):m.end("sep") + 1]):
        return None  # "OSLO, Norway-based": a hyphenated word, not a dash
    return Dateline(place=normalise_place(place), region=region.rstrip(",") if region else None,
                    agency=agency.strip() if agency else None, start=m.start(), end=m.end())


def find_dateline(text: str) -> tuple[str, str | None] | None:
    """The dateline at the start of the text: its place with its region ("Florence, S.C."), and its agency."""
    found = read_dateline(text)
    return (found.label, found.agency) if found else None


def looks_like_title(line: str, following: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= MAX_TITLE_CHARS
        and len(line.split()) <= MAX_TITLE_WORDS
        and not re.search(r"[.,;:]$", line)
        and find_dateline(line + " x") is None
        and bool(following.strip())
    )


# A heading that names the outlet whose other stories follow: "ALSO ON EXAMPLENEWS.COM", "More from The Courier".
_OUTLET_HEADING = re.compile(r"^(?:also|more|latest|trending|popular|elsewhere)\s+(?:stories\s+|news\s+)?(?:on|from|at)\s+"
                             r"\S+(?:\s+\S+){0,3}$", re.IGNORECASE)


_COUNT_AFTER = re.compile(r"\s*\(\d{1,6}\)$")


def _is_heading(line: str) -> bool:
    """A heading that opens a page's sidebar (``data/page_sections.txt``, or one naming the outlet)."""
    s = _COUNT_AFTER.sub("", line.strip().rstrip(":").rstrip())  # "Comments (12)"
    return s.lower() in page_sections() or bool(_OUTLET_HEADING.match(s))


def _is_teaser_line(line: str) -> bool:
    s = line.strip()
    if _is_heading(s) or _DATE_LINE.match(s) or _ELLIPSIS.search(s) or _is_linked_headline(s):
        return True
    return len(s.split()) <= SHORT_LINE_WORDS and not _SENTENCE_END.search(s)


def _is_marker(line: str) -> bool:
    s = line.strip()
    return _is_heading(s) or bool(_DATE_LINE.match(s)) or _is_linked_headline(s) or bool(_LABEL_LINE.match(s))


# A short label closing with a colon over a trailing block ("Around the county:", "In other news:").
_LABEL_LINE = re.compile(r"^[A-Z][\w'’ -]{2,40}:$")


# A headline in a bulleted list of links ("- Elmtown police: 2 wounded in drive-by", "> Man, 28, killed in Ashby"):
# a bullet and no closing full stop.
_BULLET = re.compile(r"^(?:[-*>•·▪►]|\d{1,2}[.)])\s+\S")


def _is_linked_headline(line: str) -> bool:
    return bool(_BULLET.match(line)) and not _SENTENCE_END.search(line)


def trailing_teaser_start(lines: list[str]) -> int | None:
    """Index of the first line of the trailing sidebar/teaser block, or None if there is none."""
    start = None
    teasers = markers = headings = 0
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip():
            continue
        if not _is_teaser_line(lines[i]):
            break
        start, teasers, markers = i, teasers + 1, markers + _is_marker(lines[i])
        headings += _is_heading(lines[i])
    # (a section's heading and one teaser under it, "Related news" then a headline, are enough)
    if start is None or not markers or teasers < (MIN_HEADED_TEASER_LINES if headings else MIN_TEASER_LINES):
        return None
    # the block begins at its first heading or date: a short closing line before it is the article's
    for j in range(start, len(lines)):
        if lines[j].strip() and _is_marker(lines[j]):
            return j
    return start


def _split_head(lines: list[str]) -> tuple[int, str | None, str | None, str | None]:
    """Skip a headline and a byline at the top: (first body line, title, byline, the byline's town). A sidebar
    pasted above the story ("Related Coverage" and its teasers, up to the first blank line) is skipped first."""
    top = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if top is not None and _is_heading(lines[top]):
        gap = next((i for i in range(top + 1, len(lines)) if not lines[i].strip()), None)
        if gap is not None and any(ln.strip() for ln in lines[gap:]):
            lines = [""] * gap + lines[gap:]
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if not idx:
        return 0, None, None, None
    title = byline = place = None
    pos = 0
    first = idx[0]
    rest = "\n".join(lines[first + 1 :])
    if looks_like_title(lines[first], rest) and not _BYLINE.match(lines[first].strip()):
        title, pos = lines[first].strip(), 1
        if pos < len(idx) and lines[idx[pos]].strip() == title:
            pos += 1  # a page that repeats its headline
    if pos < len(idx):
        m = _BYLINE.match(lines[idx[pos]].strip())
        if m:
            byline, place, pos = m.group("name"), m.group("place"), pos + 1
    while pos + 1 < len(idx) and find_dateline(lines[idx[pos + 1]].strip()) is not None \
            and (_STAMP_LINE.match(lines[idx[pos]].strip())
                 or looks_like_title(lines[idx[pos]], lines[idx[pos + 1]]) and find_dateline(lines[idx[pos]]) is None):
        # the page's stamp, or the story's own headline under a section's, between the head and a story that opens
        # with its dateline ("RANCHI: A man ...")
        pos += 1
    body_start = idx[pos] if pos < len(idx) else len(lines)
    return body_start, title, byline, place


def _cut_at_signoff(lines: list[str], body_start: int, meta: dict[str, str]) -> int | None:
    """Index of the first sign-off line that ends the article; fills ``meta`` from the sign-offs."""
    seen = 0
    for i in range(body_start, len(lines)):
        found = match_signoff(lines[i]) if seen >= MIN_ARTICLE_CHARS else None
        seen += len(lines[i])
        if not found:
            continue
        _signoff, groups = found
        # the sign-off block may hold several lines (credit, then copyright): read them all
        for line in lines[i : i + 4]:
            more = match_signoff(line)
            if more:
                for key, value in more[1].items():
                    meta.setdefault(key, value)
        return i
    return None


# The heading of readers' comments ("Comments (12)", "View comments", "23 comments"): the page's end, whatever the
# comments say.
_COMMENTS_HEADING = re.compile(r"^(?:\d{1,5}\s+)?comments?(?:\s*\(\d{1,5}\))?:?$|^(?:view|show|read|see)\s+(?:all\s+)?"
                               r"(?:\d{1,5}\s+)?comments?(?:\s*\(\d{1,5}\))?:?$", re.IGNORECASE)


def _comments_start(lines: list[str], body_start: int, end: int) -> int:
    """Where readers' comments begin in the second half of the page's body, else ``end``."""
    half = body_start + (end - body_start) // 2
    return next((i for i in range(half, end) if _COMMENTS_HEADING.match(lines[i].strip())), end)


def clean_plain_text(raw: str) -> CleanText:
    """Cut a copied page down to its article and read the metadata on its edges."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body_start, title, byline, byline_town = _split_head(lines)
    meta: dict[str, str] = {}
    end = _cut_at_signoff(lines, body_start, meta)
    end = len(lines) if end is None else end
    end = _comments_start(lines, body_start, end)
    teasers = trailing_teaser_start(lines[body_start:end])  # a sidebar before a copyright line too
    end = body_start + teasers if teasers is not None else end
    text = "\n".join(ln.rstrip() for ln in lines[body_start:end]).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    dateline = find_dateline(text) or ((byline_town, None) if byline_town else None)
    publisher = meta.get("publisher")
    if dateline and dateline[1] and not publisher:
        publisher = dateline[1].strip()
    published = parse_loose_date(meta["date"]) if "date" in meta else None
    return CleanText(
        text=text,
        title=title,
        dateline=dateline[0] if dateline else None,
        byline=byline or meta.get("byline"),
        publisher=publisher,
        published=published,
    )

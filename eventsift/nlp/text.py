"""Cheap text segmentation: sentences and clauses by rule, before (and instead of) the parser.

The trigger pre-filter runs on these sentences, so only sentences that can carry an event reach spaCy.
"""

from __future__ import annotations

import re

from eventsift.records import Sentence

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt cpl pvt brig adm gov sen rep st jr sr prof rev hon no vs etc approx "
    "inc ltd co corp dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e mt ft "
    "km kms lt.col".split()
)
# Scraped pages lose the space between sentences ("in the chest.He was taken"): a word of two lower-case letters
# or more, a full stop and a capitalised word is a boundary too.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z“\"])|"
                       r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z][.!?][\"”]))(?=[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.$")
# Initials run together ("D.I" of "D.I. Khan", "J.R" of "J.R. Smith"), and the words that open a sentence after a
# place written so ("... in Washington, D.C. The suspect fled").
_INITIALS = re.compile(r"[A-Z]\.[A-Z]")
_OPENER = re.compile(r"[\"'“‘(\[]?(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|There|In|On|At|"
                     r"After|Before|When|While|But|And|Police|Officers|Authorities|According|No|One|Two|Three)\b")
# The quotation marks and brackets a sentence closes after its full stop ('... the next step."'): its own.
_CLOSING = re.compile(r"[\"'”’)\]]*")
# "at 7:10 p.m. Monday", "about 3 a.m. Sunday", "at 9 p.m. EST": a time of day runs on into its day or time zone.
_CLOCK = frozenset({"a.m", "p.m"})
_DAY_AFTER_CLOCK = re.compile(r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                              r"April|May|June|July|August|September|October|November|December|[ECMP][SD]?T)\b"
                              r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)")  # "9:40 p.m. Nov. 3" too

# Words that open a new clause describing a possibly different incident ("... since X was killed in 2015").
# A whitespace run is only entered at its first character ``(?<!\s)``: without that, every position
# inside a long run of spaces retried the whole run and a 30 kB run took 20 s (quadratic).
# "Before" and "after" with a time of day ("just before 2 a.m.", "shortly after midnight") or closing the clause
# ("the night before, police said") say when, and open nothing.
# The deed a phrase of time names, after "before" or "after": "(after) the blast", "(before) the dawn raid".
THE_DEED = r"\s+the\s+(?:[\w-]+\s+)?(?:blast|explosion|attack|bombing|shooting|raid|ambush)\b"
# The warrant someone was held on: "on a warrant (in the killing of ...)", "on an outstanding warrant (for ...)".
ON_A_WARRANT = r"on\s+(?:an?\s+)?(?:[\w-]+\s+)?warrants?\s+"
_WHEN_NOT_CLAUSE = (r"(?!(?:before|after)\s+(?:about\s+|around\s+|approximately\s+)?(?:\d{1,2}(?::\d\d)?\s*"
                    r"(?:a\.?m\b|p\.?m\b|o['’]clock\b)|midnight|noon|dawn|daybreak|sunrise|sunset|dusk|nightfall)\b)"
                    r"(?!before\b\s*(?:[,.;:!?)\"”]|$))"
                    # "(killed his son) before shooting himself": the killer's own death, part of the same incident
                    r"(?!(?:before|then|and\s+then)\s+(?:fatally\s+)?(?:shooting|killing|"
                    r"turning\s+the\s+(?:gun|weapon)\s+on)\s+(?:him|her)self\b)"
                    # "two attackers who tried to enter (after the blast) were shot dead": a phrase of time inside the
                    # subject, its verb right after it
                    rf"(?!(?:before|after){THE_DEED}\s+(?:were|was)\b)")
# "three guards who were at the gate were wounded": a relative clause inside the subject of the verb that follows
# it, no clause of its own.
_RELATIVE_IN_SUBJECT = (r"(?!who\s+were\b[^,;.]{1,80}?\b(?:were|was)\s+(?:\w+ly\s+)?"
                        r"(?:killed|wounded|injured|hurt|shot)\b)")
# A part of a toll told place by place, each with a place of its own: "(..., and) four others died in raids on Ashby",
# "three soldiers were killed in a bombing in Elm district".
TOLL_PART = (r"(?:another|a\s+further|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
             r"(?:[\w-]+\s+){0,3}?(?:died|perished|(?:were|was)\s+(?:killed|wounded|injured|hurt))\b[^,;.]{0,60}?"
             r"\b(?:in|at|near|on)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|village|city|district|area|neighbou?rhood)\s+of\s+)?"
             r"(?-i:[A-Z])")
# ... or with its verb left out after a toll's first part: "(37 were killed in Elmtown) and seven in the nearby town of
# Ashby", "(killing 12 in Elmtown,) and five more at Ashby".
PART_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
ELLIPTIC_TOLL_PART = (rf"{PART_NUMBER}\s+(?:others?\s+|more\s+)?"
                      r"(?:in|at)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|village|city|district|area|neighbou?rhood)\s+of\s+)?"
                      r"(?-i:[A-Z])")
# What someone was held for: "detained two youths for (their suspected) involvement in a raid on ...", "on suspicion
# of ..." (a clause of its own; eventsift.events.assemble reads it as the deed an arrest was made for).
HELD_FOR = (r"for\s+(?:(?:their|his|her|its|the|suspected|alleged)\s+){0,2}(?:involvement|role|part|participation)\s+in|"
            r"on\s+suspicion\s+of|"
            # "arrested Saturday in Ashby | on a warrant in the killing of ..."
            rf"{ON_A_WARRANT}(?:in|for|charging\s+(?:him|her)\s+with)")
# What the rulers did beside the incident: "(three were killed in Elmtown,) as the junta declared martial law in
# parts of Ashby" tells no place of the incident.
_RULERS_DID = r"as\s+(?:[\w'’-]+\s+){0,2}(?:junta|government|authorities|regime)\s+\w+ed\b"
RULERS_ASIDE = re.compile(rf"^\W*{_RULERS_DID}", re.IGNORECASE)
CLAUSE_OPENERS = re.compile(
    rf"(?:,\s*|(?<!\s)\s+){_WHEN_NOT_CLAUSE}{_RELATIVE_IN_SUBJECT}(?=\b(?:since|after|before|when|while|whereas|following|days after|"
    r"weeks after|months after|a day after|two days after|who were|which was|which were|in connection with|"
    rf"{HELD_FOR}|"
    # "The raid came as the toll from Monday's attacks rose to 19": another incident's toll
    r"as\s+the\s+(?:death\s+)?toll)\b)|;\s+|(?<!\s)\s+[—–]\s+|"
    # "..., as Elmish forces repelled attacks along the front": the fighting of the day beside the incident; "..., as the
    # junta declared martial law in parts of Elmtown": what the rulers did the same day
    r",\s*(?=as\s+(?:[\w'’-]+\s+){0,2}(?:forces|troops|soldiers|fighters|rebels|militants|insurgents|police|army)\s+\w+ed\b"
    rf"|{_RULERS_DID})"
    # "Five people were injured and police arrested 12": the arrest after the harm, a deed of its own
    r"|(?:,\s*|(?<!\s)\s+)and\s+(?=(?:the\s+)?(?:police|officers|authorities|security\s+forces|troops|deputies)\s+"
    r"(?:later\s+|also\s+|have\s+|had\s+|then\s+)?(?:arrested|detained|rounded\s+up|apprehended)\b)"
    # "five were killed in strikes on Elmtown, and four others died in raids on Ashby": a toll told place by place
    rf"|,\s+(?:and|while|whereas)\s+(?={TOLL_PART})|(?:,\s*|(?<!\s)\s+)and\s+(?={ELLIPTIC_TOLL_PART})"
    # "a journalist was murdered last night in Elmtown, and a bomb exploded today at a bank in Ashby" (or "a bomb
    # destroyed a party's offices"): a second deed
    r"|,\s+(?:and|while)\s+(?=(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:bomb|grenade|mine|explosive\s+device|charge)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exploded|went\s+off|blew\s+up|was\s+detonated|was\s+hurled|destroyed|damaged|wrecked|"
    r"gutted|ripped\s+through|tore\s+through)\b)",
    re.IGNORECASE,
)


# Windows-1252 punctuation read as Latin-1 (mojibake in scraped and exported text: "Benghazi\x92s", "\x93quoted\x94"): the
# C1 control characters U+0080-U+009F, which no text means, stand for the characters Windows-1252 puts there; the five
# codes it leaves unassigned become spaces, so every offset stays the same.
_C1_AS_WINDOWS_1252 = {code: bytes([code]).decode("cp1252", errors="replace").replace("\ufffd", " ")
                       for code in range(0x80, 0xA0)}


def repair_c1(text: str) -> str:
    """``text`` with Windows-1252 punctuation read as Latin-1 put right, one character for one."""
    return text.translate(_C1_AS_WINDOWS_1252) if re.search("[\x80-\x9f]", text) else text


def split_sentences(text: str, *, wrapped: bool = False) -> list[Sentence]:
    """Sentences with their offsets in ``text`` (paragraph breaks always end a sentence).

    ``wrapped``: the text is a report that was written in capitals (wire copy, hard-wrapped at a fixed width),
    read here in a truecased copy. A line break inside its paragraphs is only where the line was full, so it is
    read as a space, in where sentences end and in their text ("shot 14 | farmers" is one phrase); see
    ``_unwrapped``. Offsets stay those of ``text``.
    """
    view, hard = _unwrapped(text) if wrapped else (text, [])
    sentences: list[Sentence] = []
    start = 0
    for cut_start, cut_end, m in _boundaries(view, hard):
        if m is not None:  # a boundary by punctuation, which an abbreviation, a time or an initial may undo
            candidate = view[start:cut_start]
            before = _WORD_BEFORE.search(candidate.rstrip("\"'”’)]"))
            if before and before.group(1).lower() in ABBREVIATIONS and "\n" not in m.group(0):
                continue
            if before and before.group(1).lower() in _CLOCK and _DAY_AFTER_CLOCK.match(view, m.end()) \
                    and m.group(0).count("\n") < 2:
                continue  # "around 1 a.m. Sunday", a line broken between the two too: no paragraph opens on a day
            if before and len(before.group(1)) == 1 and before.group(1).isupper() and "\n" not in m.group(0):
                continue  # an initial: "D. I. Khan", "J. Smith"
            if before and _INITIALS.fullmatch(before.group(1)) and "\n" not in m.group(0) \
                    and not _OPENER.match(view, m.end()):
                continue  # initials run together: "D.I. Khan", "J.R. Smith" (not "in Washington, D.C. The ...")
        closing = _CLOSING.match(view, cut_start, cut_end).end()  # a quotation or bracket the sentence closes
        _append(sentences, view, start, closing)
        start = cut_end
    _append(sentences, view, start, len(text))
    return sentences


def _boundaries(view: str, hard: list[int]):  # noqa: ANN202
    """The boundaries found in ``view`` as ``(start, end, match)``, in order, with the hard breaks as
    ``(at, at + 1, None)`` (always cut); a boundary that holds a hard break is always cut too."""
    pending = iter(hard)
    at = next(pending, None)
    for m in _BOUNDARY.finditer(view):
        while at is not None and at < m.start():
            yield at, at + 1, None
            at = next(pending, None)
        holds = False
        while at is not None and at < m.end():
            holds, at = True, next(pending, None)
        yield m.start(), m.end(), None if holds else m
    while at is not None:
        yield at, at + 1, None
        at = next(pending, None)


# Hard-wrapped copy (wire services, teleprinters, e-mail) breaks its lines at a fixed width of 60 to 80 columns,
# whatever the sentence. A text is read as wrapped when its usual line (the WRAP_PERCENTILE-th longest, so that a
# paragraph's short last lines and one long header do not count) is between these widths: wider lines are
# paragraphs of their own (scraped pages), narrower ones a list or a table.
WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 100
WRAP_PERCENTILE = 0.8
# A line shorter than this share of the usual width ended on purpose (a heading, a dateline, a signature, a list's
# item): a wrapped line ends at most one long word (~20 characters) short of the width, and MUC-4 copy wrapped at
# 65-80 columns never ends a line more than 16 characters short inside a paragraph.
WRAP_SHORT_SHARE = 0.6
# A section marker of monitored broadcasts and wires: what follows it is the report's text or its kind.
_SECTION_MARKER = (r"\[(?:text|report|excerpt|excerpts|article|editorial|commentary|communique|interview|speech|"
                   r"statement)\]")
# A line that opens a paragraph of its own: indented, a section marker, or a dateline with its date ("ELMTOWN, 3 MAY
# 90 --", "Elmtown, May 3 (AP) --"). A single space at a line's start is a wrapping artefact, not an indentation; a
# dateline without its date ("ELMTOWN (AP) --") looks like any bracketed acronym before a dash, and follows a short
# headline line anyway.
_PARAGRAPH_OPENER = re.compile(
    r"[ \t]*\t| {2,}|" + _SECTION_MARKER + r"|[A-Za-z][A-Za-z'.\- ]{1,40}(?:,[A-Za-z'.\- ]{2,30})?"
    r",\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*(?:\([^()\n]{2,40}\))?"
    r"\s*(?:--|—|–)\s", re.IGNORECASE)
# A section marker inside a line ("ELMTOWN, 3 MAY 90 -- [TEXT] THE ARMY SAID"): the dateline before it is no part of
# the first sentence.
_INLINE_MARKER = re.compile(r"(?<=\S)[ \t](?=" + _SECTION_MARKER + ")", re.IGNORECASE)


def _unwrapped(text: str) -> tuple[str, list[int]]:
    """A copy of hard-wrapped ``text`` of the same length whose line breaks inside a paragraph are spaces, and the
    line breaks that end a line on purpose (after a short line, before a paragraph's opening line).

    A line that ends a sentence becomes a space too: the full stop still ends the sentence, unless it is an
    abbreviation's ("Gen.") as it would be inside a line. A text not laid out in wrapped lines is given back as it is.
    """
    lines = text.split("\n")
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(widths) < 3:
        return text, []
    width = widths[int(WRAP_PERCENTILE * (len(widths) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return text, []
    view = list(text)
    hard: list[int] = []
    at = 0
    for line, following in zip(lines, lines[1:]):
        at += len(line)  # the line break
        if line.strip() and following.strip():
            if len(line.rstrip()) < WRAP_SHORT_SHARE * width or _PARAGRAPH_OPENER.match(following):
                hard.append(at)
            else:
                view[at] = " "
        at += 1
    hard += [m.start() for m in _INLINE_MARKER.finditer(text)]
    return "".join(view), sorted(set(hard))


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + (len(chunk) - len(chunk.lstrip()))
    out.append(Sentence(index=len(out), text=stripped, start=offset, end=offset + len(stripped)))


def headline_end(text: str, title: str | None) -> int:
    """Where the page title ends when the text starts with it (scraped pages repeat their headline), else 0."""
    title = (title or "").strip()
    head = text.lstrip()
    return len(text) - len(head) + len(title) if title and head.startswith(title) else 0


def split_headline(sentences: list[Sentence], *, text: str, title: str | None) -> list[Sentence]:
    """A page's title glued to its first paragraph ("Man shot on Elm St | News 5A man was shot ...") is a
    sentence of its own: scraped pages often lose the break between headline and body."""
    cut = headline_end(text, title)
    if len((title or "").strip()) < 12 or not cut or not sentences:
        return sentences
    first = sentences[0]
    if not first.start < cut < first.end:
        return sentences
    out: list[Sentence] = []
    _append(out, text, first.start, cut)
    _append(out, text, cut, first.end)
    for sentence in sentences[1:]:
        out.append(Sentence(index=len(out), text=sentence.text, start=sentence.start, end=sentence.end))
    return out


def split_long(sentences: list[Sentence], *, max_chars: int) -> list[Sentence]:
    """Sentences longer than ``max_chars`` cut at whitespace into pieces of at most that length.

    Real sentences stay whole; a megabyte with no full stop (a table dump, a hostile page) becomes many
    bounded pieces, so rules that look back over a sentence stay cheap. Offsets stay document offsets.
    """
    out: list[Sentence] = []
    for sentence in sentences:
        text, at = sentence.text, 0
        while len(text) - at > max_chars:
            cut = text.rfind(" ", at + 1, at + max_chars + 1)
            cut = cut if cut > at else at + max_chars  # no space in the window: a hard cut
            out.append(_renumbered(sentence, at, cut, len(out)))
            at = cut
            while at < len(text) and text[at].isspace():
                at += 1
        if at < len(text):
            out.append(_renumbered(sentence, at, len(text), len(out)))
    return out


def _renumbered(sentence: Sentence, start: int, end: int, index: int) -> Sentence:
    return Sentence(index=index, text=sentence.text[start:end], start=sentence.start + start,
                    end=sentence.start + end)


# "The group, which on Jan. 25 killed a former army chief, claimed a bombing on Tuesday": an aside that tells,
# on a day of its own, what the subject did before is a clause of its own (the earlier incident). Said of a victim
# ("the man, who was shot on Friday, died Sunday") it is the same incident and stays in one clause.
_DATED_ASIDE = re.compile(
    r",\s*(?:(?:which|who)\s+(?!(?:was|were|had|has|have|is|are|had been|has been)\b)|whose\s+)"
    r"(?=[^,;]{0,30}?\b(?:on|in|last|earlier)\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|"
    r"thu|fri|sat|sun|week|month|year))"
    r"[^;]{10,160}?(?P<close>,)\s+(?=(?!(?:a|an|the|and|or|but|his|her|their|its|including|whose|as|in|on|at|of|"
    r"for|to|with|by|from|near|who|which)\b)(?-i:[a-z]+)\b)", re.IGNORECASE)


# "shot at the corner of Elm and Oak, a few blocks from where a teenager was killed on Feb. 20", "near the spot where
# the mayor was murdered last year": the place of an earlier incident, told with a day of its own, opens a clause of
# its own (the earlier incident, ``events.clauses``).
_SPOT = (r"the\s+(?:same\s+)?(?:[\w-]+\s+)?(?:spot|place|site|corner|street|road|area|house|home|building|location|"
         r"intersection|block)\s+")
# How many of a unit of time, as in "three months ago".
_HOW_MANY = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
PLACE_OF_EARLIER = re.compile(
    r"\b(?:(?:(?:(?:just|only)\s+)?(?:a\s+)?(?:few\s+|couple\s+of\s+)?(?:\w+\s+)?(?:blocks?|miles?|yards?|feet|"
    rf"met(?:er|re)s|kilomet(?:er|re)s)\s+(?:away\s+)?)?(?:from|near|by|at|outside|on)\s+(?:{_SPOT})?"
    rf"|(?:(?<=,\s)|^){_SPOT})where\s+"  # "..., the area where a car bomb went off three months ago"
    r"(?=[^;]{0,80}?\b(?:(?:on|in|last|earlier)\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|"
    rf"thu|fri|sat|sun|week|month|year)|{_HOW_MANY}\s+(?:days?|weeks?|months?|years?)\s+ago\b))"
    # "... targeted Elm Hill and Ashby, where rebels launched an offensive last week": after a place's name, a time
    # that cannot be the news's day (a week, a month or a year back, "in 2012", "in March")
    r"|(?:(?<=,\s)|^)where\s+(?=[^;,]{0,80}?\b(?:(?:last|earlier\s+this|earlier\s+in\s+the)\s+(?:week|month|year)|"
    rf"{_HOW_MANY}\s+(?:weeks?|months?|years?)\s+ago|in\s+(?:(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b))", re.IGNORECASE)


def places_of_earlier(text: str) -> list[re.Match[str]]:
    """Where ``text`` opens the place of an earlier incident (``PLACE_OF_EARLIER``); looked for only where "where"
    is written, the one word every such place holds."""
    return list(PLACE_OF_EARLIER.finditer(text)) if "where" in text.lower() else []


# How long after: "comes six months after", "came less than a week after". The clause opens at the count, which
# belongs to the incident told after it, not to the one before.
_COUNT_BEFORE_AFTER = re.compile(
    r"(?<!\s)\s+(?P<count>(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|few|several|"
    r"less|more|than|nearly|about|almost|just|only|barely|some)\s+){1,4})(?=(?P<unit>days?|weeks?|months?|years?)\s+after\b)",
    re.IGNORECASE)


# The deed of the people an arrest holds, told after them: "arrested 12 suspected thugs | who attacked a polling
# unit", "detained two men | who had killed a trader last week", "| over the murder of ..." (the deed is an incident
# of its own, the arrest another).
WHO_DID = (r"(?:who|that)\s+(?:(?:had|have|has|allegedly|reportedly|earlier|previously)\s+)*(?:killed|attacked|shot|"
           r"murdered|stormed|kidnapped|abducted|raided|robbed|ambushed|burned|torched|looted|stabbed|beheaded|bombed)\b")
_ARRESTED_WHO = re.compile(r"\b(?:arrested|detained|apprehended|nabbed|caught|rounded\s+up)\s+(?:[\w'’-]+,?\s+){1,6}?"
                           rf"(?P<who>{WHO_DID}|"
                           # "... three suspected cultists | over the murder of a man last Friday"
                           r"over\s+the\s+(?:[\w-]+\s+){0,2}?(?:murder|killing|death|shooting|stabbing|attack|"
                           r"abduction|kidnapping|lynching)s?\b)", re.IGNORECASE)


def split_clauses(sentence: Sentence) -> list[Sentence]:
    """A sentence cut at words that may open a separate incident; offsets stay document offsets."""
    pieces: list[Sentence] = []
    start = 0
    cuts = [(m.start(), m.end()) for m in CLAUSE_OPENERS.finditer(sentence.text)]
    if "after" in sentence.text:
        counts = [(m.start(), m.start("count"), m.end("unit")) for m in _COUNT_BEFORE_AFTER.finditer(sentence.text)]
        cuts = [(a, b) for a, b in cuts if not any(c < a <= e for c, _, e in counts)]
        cuts += [(c, opens) for c, opens, _ in counts]
    cuts += [(m.start("close"), m.end("close")) for m in _DATED_ASIDE.finditer(sentence.text)]
    cuts += [(m.start(), m.start()) for m in places_of_earlier(sentence.text)]
    cuts += [(m.start("who"), m.start("who")) for m in _ARRESTED_WHO.finditer(sentence.text)]
    for cut_start, cut_end in sorted(cuts):
        if cut_start - start >= 12:  # a clause shorter than this is a fragment, keep it with the next
            pieces.append(_piece(sentence, start, cut_start))
            start = cut_end
    pieces.append(_piece(sentence, start, len(sentence.text)))
    return pieces


def _piece(sentence: Sentence, start: int, end: int) -> Sentence:
    return Sentence(index=sentence.index, text=sentence.text[start:end], start=sentence.start + start,
                    end=sentence.start + end)

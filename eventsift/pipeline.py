"""The orchestrator: one document in, its events out.

    Document ─► sentences ─► trigger pre-filter ─► clauses ─► NER ─► places ─► incidents ─► Event

Each stage is a plain function over typed records; this module only calls them in order.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from eventsift.documents.clean import DATELINE_SEARCH_CHARS, read_dateline
from eventsift.errors import EventsiftError
from eventsift.events.assemble import build_event, group_clauses
from eventsift.events.claims import attribute_claims, credit_the_air_force, credit_the_named_group, own_outlet_claims
from eventsift.events.headline import strip_site, takes_headline, with_headline_toll
from eventsift.events.clauses import (
    PRONOUN_VICTIM, Clause, day_of_another_deed, drop_roundups, last_day_told, lend_counts, lend_dates,
    lend_dates_forward, lend_places, read_sentence,
    roundup_day, set_aside_summed_tolls, tells_accident, tells_statistic,
)
from eventsift.events.counts import series_size
from eventsift.events.draft import Draft
from eventsift.events.per_place import one_per_place
from eventsift.events.place import (
    WEAK_QUALIFIERS, colon_dateline, dateline_as_told, dateline_end, dateline_place, find_toponyms, main_place,
    measured_from,
)
from eventsift.events.triggers import has_trigger
from eventsift.geo.base import Geocoder
from eventsift.ontology.actor_eras import name_as_of
from eventsift.ontology.actor_rules import apply_actor_rules
from eventsift.ontology.gtd import code_attack_types
from eventsift.records import Document, Event, Place, Processed, Rejected, Sentence, Toponym  # Processed: re-exported
from eventsift.nlp.text import headline_end, places_of_earlier, repair_c1, split_headline, split_long, split_sentences
from eventsift.nlp.timex import (
    TimeExpression, counts_from_a_day, dateline_day, find_dates, find_url_date, latest_full_date, latest_year_anchor,
    update_day, weekday_stand_in,
)
from eventsift.nlp.truecase import load_word_frequencies, truecase, truecase_title

log = logging.getLogger(__name__)

# Casualty words that are acts of violence by someone on someone (not a death or injury as such).
VIOLENT_ACT = re.compile(r"(?:attack|shot|shoot|opened fire|fired|tortur|assault|stab|beat|injur|wound)", re.IGNORECASE)
# A capitalised word that may be a name (sentence-initial words are skipped by the caller).
CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday i".split())


class _NoEntities:
    """What the pipeline reads from a sentence the model was not run on."""

    ents: tuple = ()


NO_ENTITIES = _NoEntities()
# Strategic developments that are only coded when a report is about nothing else.
ASIDE_TYPES = frozenset({"Change to group/activity", "Other", "Non-violent transfer of territory"})
# Documents bigger than this are cut: longer "articles" are dumps, not reports.
MAX_SENTENCES = 2_000
# Characters of a document read by the rules; the rest is cut (logged). A long news report is 20-50 kB;
# 300,000 characters is a short book, and keeps the worst hostile document to seconds, not hours.
MAX_DOCUMENT_CHARS = 300_000
# Longer sentences are cut at whitespace before the rules see them: the longest of ~4,000 real news
# sentences measured (trafilatura's English benchmark and SATP) was 1,889 characters, the 99.9th
# percentile 1,635; rules that look back over a sentence cost its length squared, so it must be bounded.
MAX_SENTENCE_CHARS = 2_000
# Sentences per spaCy batch (256 measured ~10% less CPU than 64 with identical events).
BATCH_SIZE = 256


@dataclass(slots=True, kw_only=True)
class _Prepared:
    document: Document
    text: str  # what the rules and the model read: the document's text, truecased when it is in capitals
    published: dt.date
    candidates: list[Sentence]  # sentences with at least one clause that carries an event word
    clauses: list[Clause]  # those sentences' clauses, read by the rules
    dateline_end: int  # offset where the dateline ends (0 without one)
    headline_end: int = 0  # offset where the page title ends when the text starts with it (0 otherwise)
    lead_date: tuple[TimeExpression, Sentence] | None = None  # the day the report's lead names, with its sentence
    # the one day of the round-up the report then tells one by one ("a wave of bombings ... on Thursday"), with its
    # sentence: the day of each incident told with no day of its own
    roundup_day: tuple[TimeExpression, Sentence] | None = None
    # how sure ``published`` is: "known"; "year", a stand-in from the latest year the text writes; "none", today
    date_basis: str = "known"
    given: Document | None = None  # the document as it came in, when ``document`` is a repaired copy to read
    # teasers, captions and headlines inside the body (start, end, whether a teaser or caption): other stories' text,
    # or this one's told again (a "CONTINUING COVERAGE:" headline names the incident's town)
    furniture: list[tuple[int, int, bool]] = field(default_factory=list)
    # sentences that tell a tally or a trend and no incident (start, end): "The rebels have stepped up attacks this
    # year, seizing Ashby in March"
    tallies: list[tuple[int, int]] = field(default_factory=list)

    def told(self) -> str:
        """The text without its page furniture (blanked), as the report speaks of its incidents."""
        out = self.text
        for start, end, _ in self.furniture:
            out = out[:start] + " " * (end - start) + out[end:]
        return out


class Pipeline:
    """Holds the loaded model and gazetteer; reuse one instance for many documents."""

    def __init__(self, *, nlp=None, geocoder=None, model: str | None = None,  # noqa: ANN001
                 today: dt.date | None = None) -> None:
        if nlp is None:
            from eventsift.nlp.model import load_model

            nlp = load_model(model)
        if geocoder is None:
            from eventsift.geo import open_geocoder

            geocoder = open_geocoder()
        self.nlp = nlp
        self.geocoder = geocoder
        self.today = today
        load_word_frequencies()  # read once here, like the model, not inside the first document that needs it

    def process(self, document: Document) -> list[Event]:
        """Code one document into events."""
        prepared = self._prepare(document)
        return self._with_headline(prepared, self._code(prepared, list(self.nlp.pipe(s.text for s in prepared.candidates))))

    def process_many(self, items: Iterable[Document | Rejected], *, batch_size: int = BATCH_SIZE) -> Iterator[Processed | Rejected]:
        """Code a stream of documents; a ``Rejected`` input passes through, a failing document becomes one."""
        batch: list[_Prepared] = []
        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            skipped = _language_skip(item)
            if skipped:
                yield skipped
                continue
            try:
                batch.append(self._prepare(item))
            except Exception as exc:  # as in _code_batch: report, go on
                log.exception("could not prepare %s", item.source or item.id)
                yield Rejected(source=item.source or item.id, stage="prepare",
                               reason=f"internal error: {type(exc).__name__}: {exc}")
                continue
            if sum(len(p.candidates) for p in batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    # ------------------------------------------------------------------------------------------ stages

    def _prepare(self, document: Document) -> _Prepared:
        """Sentences, then the cheap trigger filter: only these sentences are parsed."""
        given = document
        if (repaired := repair_c1(document.text)) != document.text:  # "Benghazi\x92s": Windows-1252 read as Latin-1
            document = replace(document, text=repaired)  # read a repaired copy; the result keeps the document given
        if document.dateline is None and (town := colon_dateline(document.text, self.geocoder)):
            document = replace(document, dateline=town)  # "Lucknow: Two people were killed ..."
        elif document.dateline is None and (label := _wire_dateline(document.text)):
            document = replace(document, dateline=label)  # "MANAGUA (NICARAGUA), 3 MAY 90 (AGENCY) -- ..." given raw
        text = document.text
        if len(text) > MAX_DOCUMENT_CHARS:
            log.warning("%s: %d characters, only the first %d are read", document.id, len(text), MAX_DOCUMENT_CHARS)
            text = text[:MAX_DOCUMENT_CHARS]
        # a report in capitals is read in a truecased copy of the same length: offsets stay those of the Document
        # its lines, hard-wrapped wire copy, are then read as one paragraph's where a line merely wrapped
        truecased = truecase(text, geocoder=self.geocoder)
        text = truecased or text
        sentences = split_sentences(text, wrapped=truecased is not None)
        sentences = split_headline(sentences, text=text, title=document.title)
        sentences = split_long(sentences, max_chars=MAX_SENTENCE_CHARS)
        if len(sentences) > MAX_SENTENCES:
            log.warning("%s: %d sentences, only the first %d are read", document.id, len(sentences), MAX_SENTENCES)
            sentences = sentences[:MAX_SENTENCES]
        end = dateline_end(document)
        published, date_basis = (_written_on(document.published, dateline=document.text[:end]), "known") if document.published \
            else _report_date(document, dateline=document.text[:end], today=self.today or dt.date.today())
        # the cheap filter, then the rules on each clause: only sentences with a usable trigger are parsed
        clauses: list[Clause] = []
        candidates: list[Sentence] = []
        first_line = text.find("\n") if "\n" in text else len(text)
        captions = _caption_spans(text)
        updated, last_end = None, 0  # the day of a live story's update stamp, over its paragraph
        news_day: dt.date | None = None
        furniture: list[tuple[int, int, bool]] = []
        tallies: list[tuple[int, int]] = []
        read: list[tuple[str, dt.date, dt.date | None]] = []  # each sentence read: its text, its day, its anchor
        scene: Sentence | None = None  # the last sentence with no clause of its own
        for sentence in sentences:
            if "\n" in text[last_end:sentence.start]:
                updated = None
            last_end = sentence.end
            updated = update_day(sentence.text, published=published) or updated
            told_on = updated or published  # "UPDATE 6/5 9:40 a.m.: ... shot last night": from the update
            teaser = _is_teaser(sentence.text) or any(a <= sentence.start < b for a, b in captions)
            if teaser or sentence.start > first_line and _is_inner_headline(text, sentence):
                furniture.append((sentence.start, sentence.end, teaser))
                continue
            # "... killed 30 on Sunday. | A day earlier, a car bomb ...": counted from the last day told before (a
            # sentence that tells none in between, "Ochoa was shot in the hip.", does not break the chain)
            day_before = _last_day_told(read) if counts_from_a_day(sentence.text) else None
            read.append((sentence.text, told_on, day_before))
            triggered = has_trigger(sentence.text)
            found = read_sentence(sentence, published=told_on, dateline_end=end, day_before=day_before,
                                  news_day=news_day) if triggered else []
            if found:
                candidates.append(sentence)
                if scene is not None and scene.index == sentence.index - 1:
                    lend_dates_forward(scene, found, published=told_on)  # "X was playing ball on Oct. 22 when ..."
                clauses.extend(found)
                # the first incident's day, which "The attack came two days after ..." counts back from
                news_day = news_day or next((d.date for c in found for d in c.dates if d.incident_day), None)
            else:  # "One of the men is in critical condition": the victims of the incident told just before
                if triggered and tells_statistic(sentence.text):
                    tallies.append((sentence.start, sentence.end))
                lend_counts(sentence, clauses)
                if not lend_dates(sentence, clauses, published=told_on):
                    scene = sentence  # a day it did not lend back may set the scene of what follows
                lend_places(sentence, clauses)
        kept = drop_roundups(clauses)
        left = {id(c) for c in kept}
        roundup = roundup_day([c for c in clauses if id(c) not in left])
        clauses = kept
        title_end = headline_end(text, document.title)
        return _Prepared(document=document, text=text, published=published, candidates=candidates, clauses=clauses,
                         dateline_end=end, headline_end=title_end, date_basis=date_basis, given=given,
                         lead_date=_lead_date(sentences, published=published, skip_before=max(end, title_end)),
                         roundup_day=roundup, furniture=furniture, tallies=tallies)

    def _code_batch(self, batch: list[_Prepared]) -> Iterator[Processed | Rejected]:
        # the model only reads sentences with a capitalised word the rules and the gazetteer do not explain
        todo = [(p, s) for p in batch for s in p.candidates if self._needs_model(p, s)]
        parsed = dict(zip(((id(p), s.index) for p, s in todo),
                          self.nlp.pipe((s.text for _, s in todo), batch_size=BATCH_SIZE)))
        for prepared in batch:
            docs = [parsed.get((id(prepared), s.index), NO_ENTITIES) for s in prepared.candidates]
            source = prepared.document.source or prepared.document.id
            try:
                yield Processed(document=prepared.given or prepared.document,
                                events=self._with_headline(prepared, self._code(prepared, docs)))
            except EventsiftError as exc:
                yield Rejected(source=source, stage="extract", reason=str(exc))
            except Exception as exc:  # a bug must not end the batch: report it with its traceback, go on
                log.exception("extraction failed on %s", source)
                yield Rejected(source=source, stage="extract", reason=f"internal error: {type(exc).__name__}: {exc}")

    def _needs_model(self, prepared: _Prepared, sentence: Sentence) -> bool:
        """False when every capitalised word after the first is a gazetteer place, part of an actor the rules
        found, or a calendar word: the entity recogniser could add no place name there."""
        known = [(a, b) for a, b in self.geocoder.find_toponyms(sentence.text)]
        known += [(a.start - sentence.start, a.end - sentence.start) for c in prepared.clauses
                  if c.sentence.index == sentence.index for a in c.actors]
        for m in CAPITALISED.finditer(sentence.text, 1):
            if m.group(0).lower() in CALENDAR_WORDS or any(a <= m.start() < b for a, b in known):
                continue
            return True
        return False

    def _with_headline(self, prepared: _Prepared, events: list[Event]) -> list[Event]:
        """A headline kept apart from the text: a page whose text tells no incident (page furniture, a paywall
        notice) is coded from its headline alone ("4 people shot in southeast Atlanta"); otherwise the headline's
        toll of the first incident is taken when it is more (``headline.with_headline_toll``)."""
        title = (prepared.document.title or "").strip()
        if events and not takes_headline(events, title=title):
            return events  # nothing the headline says could change them: it is not read
        if not events and _tells_accident_toll(prepared.text):
            return []  # "Death toll in factory blast rises to 11" over a text that tells a boiler exploded
        headline = self._code_headline(prepared)
        return with_headline_toll(events, headline, title=title) if events else headline

    def _code_headline(self, prepared: _Prepared) -> list[Event]:
        """The events of a headline kept apart from the text, coded alone; their evidence is the headline's: its
        sentence is ``document.title`` and its offsets point into the title."""
        document = prepared.document
        title = (document.title or "").strip()
        if not title or title in prepared.text:
            return []
        title = strip_site(title)
        # a headline in title case is read as a sentence ("Five Shot During Party" as "Five shot during party")
        text = truecase_title(title, geocoder=self.geocoder) or title
        headline = self._prepare(replace(document, text=text, title=None))
        if not headline.clauses:
            return []
        parsed = [self.nlp(s.text) if self._needs_model(headline, s) else NO_ENTITIES for s in headline.candidates]
        # the evidence quotes the title as the page gave it, with offsets into it (the title is not in the text)
        shift = len(document.title) - len(document.title.lstrip())
        return [replace(event, evidence=[replace(e, sentence=document.title, start=e.start + shift * (e.end > 0),
                                                 end=e.end + shift * (e.end > 0)) for e in event.evidence])
                for event in self._code(headline, parsed)]

    def _code(self, prepared: _Prepared, parsed: list) -> list[Event]:  # noqa: ANN001 - spaCy Docs
        document, published = prepared.document, prepared.published
        # 1. place names in the candidate sentences (the model's and the gazetteer's), dateline excluded
        home_towns = getattr(self.geocoder, "home_town_finder", None)
        toponyms = find_toponyms(prepared.candidates, parsed, text=prepared.text, written=document.text,
                                  dateline_end=prepared.dateline_end, geocoder=self.geocoder, title=document.title,
                                  home_towns=home_towns(document) if home_towns else None)
        # (a teaser's or a tag line's places are another story's: "Topics: Indiana, shootings")
        toponyms = [t for t in toponyms if not any(a <= t.start < b for a, b, teaser in prepared.furniture if teaser)]
        # (an armed group's name is no place: "the Islamic State of Iraq and the Levant" fighting in Aleppo)
        groups = [(a.start, a.end) for c in prepared.clauses for a in c.actors if a.side == "nonstate"]
        toponyms = [t for t in toponyms if not any(a <= t.start and t.end <= b and b - a > t.end - t.start
                                                   for a, b in groups)]
        # 2. resolve them together: they are each other's context
        places = self.geocoder.resolve(toponyms, document=document) if toponyms else []
        # 3. the clauses read in _prepare (triggers, counts, actors, dates, certainty) get their places
        clauses = prepared.clauses
        for clause in clauses:
            clause.toponyms = [i for i, t in enumerate(toponyms) if clause.span.start <= t.start < clause.reach]
            if not clause.toponyms and clause.places_start is not None:  # "in Elmtown | when a bomb exploded"
                clause.toponyms = [i for i, t in enumerate(toponyms) if clause.places_start <= t.start < clause.span.start]
            if clause.places_lent and not any(places[i] is not None and places[i].feature in ("city", "admin2")
                                              for i in clause.toponyms):
                # "... in central Elmland on Sunday. | The assailants arrived at the camp in Ashby": where it was
                clause.toponyms += [i for i, t in enumerate(toponyms)
                                    if any(s.start <= t.start < s.end for s in clause.places_lent)]
        # a toll summed up and then told place by place is its parts' tolls ("seven across the province ... four in
        # Elmtown, and three in Ashby"): the sum gives up its count and the places its parts are told at
        clauses = set_aside_summed_tolls(clauses, places=places, names=[t.text for t in toponyms])
        # 4. group clauses into incidents, then fill each incident's fields
        # names that only say where someone came from or went, and the headline's (it sums up the report's main
        # incident, often naming a wider or a looser place than the lead), nor a landmark told by its direction from
        # the place ("In Ashby, west of Elmtown, ...")
        weak = frozenset(i for i, t in enumerate(toponyms)
                         if t.qualifier in WEAK_QUALIFIERS or t.start < prepared.headline_end) \
            | _told_by_direction(clauses, toponyms=toponyms, places=places, text=prepared.text)
        # with no known report date, no incident can be told apart as old news; a landmark an incident is told near
        # ("in Ashby, 30 km north of Elmtown") does not make it the incident at the landmark
        drafts = group_clauses(clauses, places=places, text=prepared.text,
                               published=published if prepared.date_basis == "known" else None,
                               weak=weak | _landmarks(clauses, toponyms=toponyms, places=places, text=prepared.text)
                               | _series_areas(clauses))
        fallback = main_place(places, document=document, geocoder=self.geocoder, toponyms=toponyms,
                              scenes=frozenset(i for clause in clauses for i in clause.toponyms))
        as_told = dateline_as_told(dateline_place(document, self.geocoder), document=document, places=places,
                                   toponyms=toponyms)
        dateline = _in_the_told_country(as_told, places=places, geocoder=self.geocoder)
        if dateline is not as_told and fallback is not None and as_told is not None \
                and (fallback.name, fallback.country) == (as_told.name, as_told.country):
            fallback = dateline  # the report's main place was its dateline, read in the wrong country
        kept = [d for d in drafts if _is_codable(d) and not (len(drafts) > 1 and _is_aside(d))]
        context = prepared.told() if len(kept) == 1 else ""  # a report of one incident speaks of it throughout
        # the places of a sentence that tells a tally or a trend ("The rebels have stepped up attacks this year,
        # seizing Ashby in March"), none of an incident's own
        trends = frozenset(i for i, t in enumerate(toponyms) if any(a <= t.start < b for a, b in prepared.tallies))
        events = []
        for draft in kept:
            event = build_event(draft, document=document, places=places, toponyms=toponyms,
                                fallback=_fallback_of(draft, kept, fallback=fallback, dateline=dateline, places=places,
                                                      geocoder=self.geocoder),
                                published=published, context=context, weak=weak,
                                lead_date=_day_told_before(draft, kept, prepared), dateline=dateline,
                                date_basis=prepared.date_basis, elsewhere=_told_elsewhere(draft, kept, trends=trends))
            if event is not None:
                # ACLED codes an incident told at a list of places as one event at each
                events.extend(one_per_place(event, draft, document=document, toponyms=toponyms, places=places,
                                            weak=weak))
        # 5. credit attacks to the groups the report says claimed them or were blamed, or whose own outlet tells them
        #    ("our forces"), its "rebels" to the one armed group it names, its strikes told with no doer to the one air
        #    force it names
        attribute_claims(events, document=replace(document, text=prepared.text))
        own_outlet_claims(events, document=replace(document, text=prepared.text))
        credit_the_named_group(events, document=replace(document, text=prepared.text))
        credit_the_air_force(events)
        # 6. forces named after a government as of the event's day (ontology/actor_eras.tsv), then ACLED's actor-type
        #    rules: an event whose sides its type does not allow is recoded (ontology/actor_fixes.tsv)
        name_as_of(events)
        apply_actor_rules(events)
        # 7. GTD's attack type, as GTD codes it, for the final sub-types: from how the incident's sentences say it
        #    was carried out
        code_attack_types(events, text=prepared.text)
        log.debug("%s: %d candidate sentences, %d clauses, %d events", document.id, len(prepared.candidates),
                  len(clauses), len(events))
        return events


def _series_areas(clauses: list[Clause]) -> frozenset[int]:
    """The names a sentence that tells the incident's series places the series in ("the raid was one of three linked
    assaults across Elm district that day"): the area the series was in, not another incident's place."""
    sentences = {clause.sentence.index: clause.sentence.text for clause in clauses}  # each read once
    in_series = {index for index, text in sentences.items() if series_size(text) > 1}
    return frozenset(i for clause in clauses if clause.sentence.index in in_series for i in clause.toponyms)


def _landmarks(clauses: list[Clause], *, toponyms: list[Toponym], places: list[Place | None],
               text: str) -> frozenset[int]:
    """The names a clause places its incident near ("30 km north of Elmtown") beside a place it is at ("in Ashby"),
    or measures the distance from after the place it is near ("near Ashby, 30 km north of Elmtown")."""
    out = set()
    for clause in clauses:
        for i in clause.toponyms:
            if toponyms[i].qualifier != "near":
                continue
            measured = measured_from(toponyms[i], text)
            if any(j != i and places[j] is not None
                   and (toponyms[j].qualifier is None or (measured and toponyms[j].start < toponyms[i].start))
                   for j in clause.toponyms):
                out.add(i)
    return frozenset(out)


# A landmark told by its direction from the place just named: "(in Ashby,) west of Elmtown", "(Ashby,) north-east of
# the capital, Elmtown".
_DIRECTION_AFTER_PLACE = re.compile(r",\s+(?:(?:just|some|far|about|directly)\s+)?(?:north|south|east|west)"
                                    r"(?:-?(?:east|west))?\s+of\s+(?:the\s+(?:capital|city)\s*,?\s+)?$", re.IGNORECASE)


def _told_by_direction(clauses: list[Clause], *, toponyms: list[Toponym], places: list[Place | None],
                       text: str) -> frozenset[int]:
    """The names a clause tells by their direction from the place it names first ("In Ashby, west of Elmtown, a
    roadside bomb ..."): landmarks, neither the incident's place nor a sign that it is the incident told at them."""
    return frozenset(i for clause in clauses for i in clause.toponyms
                     if _DIRECTION_AFTER_PLACE.search(text, max(0, toponyms[i].start - 50), toponyms[i].start)
                     and any(j != i and places[j] is not None and toponyms[j].end < toponyms[i].start
                             for j in clause.toponyms))


# Another part of the country, told instead of a place: "in the west of the country", "in the country's north".
_ANOTHER_PART_OF_THE_COUNTRY = re.compile(
    r"\bin\s+(?:the\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+the\s+"
    r"country|the\s+country['’]s\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west))\b",
    re.IGNORECASE)


def _fallback_of(draft: Draft, drafts: list[Draft], *, fallback: Place | None, dateline: Place | None,
                 places: list[Place | None], geocoder: Geocoder) -> Place | None:
    """Where an incident that names no place of its own is put: the report's main place, unless the main place is
    only named by incidents told after it ("ELMTOWN: ... a police van was fired on near the market ... Separately, in
    Ashby, ..."): then the town the report is filed from. (An incident placed nowhere is told on from the ones
    before it, and a wire's dateline is as often only its desk.) An incident told after the first in another part of
    the country ("In a separate incident, two soldiers were killed in the west of the country") is at the country."""
    if fallback is not None and fallback.feature != "country" and draft is not drafts[0] and not draft.place_ids() \
            and any(_ANOTHER_PART_OF_THE_COUNTRY.search(c.span.text) for c in draft.clauses):
        return next((p for p in geocoder.lookup(fallback.country) if p.feature == "country"), fallback)
    if fallback is None or dateline is None or dateline.feature != "city" or fallback is dateline:
        return fallback
    named_at = [i for i, p in enumerate(places) if p is fallback]
    at = next(n for n, d in enumerate(drafts) if d is draft)
    later = {i for d in drafts[at + 1:] for i in d.place_ids()}
    return dateline if named_at and all(i in later for i in named_at) else fallback


# A report's lead: the sentences that say what happened and when. A day named there dates the report's first
# incident when that incident's own clauses name none; further back than LEAD_DAYS it is not this news, unless the
# lead tells of nothing nearer than a charge or a hearing.
LEAD_SENTENCES = 4
LEAD_DAYS = 7
# ... and for a follow-up whose lead tells only of a charge or a hearing, how far back the incident's day may be.
LEAD_FOLLOW_UP_DAYS = 60


# An incident told this many days or less before the report is news, whose day an undated incident told beside it
# shares; an older one's day is not lent.
NEWS_DAYS = 31


def _wire_dateline(text: str) -> str | None:
    """The dateline a raw text opens with, as a label ("Managua (NICARAGUA)", "Elmtown, Pa."): text given without a
    page cleaner's reading (a JSONL batch, wire copy) gives its dateline the same weight as a cleaned page's."""
    found = read_dateline(text[:DATELINE_SEARCH_CHARS])
    if found is None or text[:found.start].strip():
        return None
    bracketed = rf"[^,(]*\(\s*{re.escape(found.region)}\s*\)" if found.region else None
    if bracketed and re.match(bracketed, text[found.start:found.end], re.IGNORECASE):
        return f"{found.place} ({found.region})"  # a town abroad, as wire services mark it
    return found.label


def _in_the_told_country(dateline: Place | None, *, places: list[Place | None], geocoder: Geocoder) -> Place | None:
    """The dateline's town as a namesake in the one country the body's places all lie in ("HYDERABAD: ... in Tando
    Allahyar district": Hyderabad in Sindh, not the bigger one in India), when it has a city there big
    enough to file news from (DATELINE_NAMESAKE_POPULATION); else as read."""
    if dateline is None or dateline.feature != "city":
        return dateline
    countries = {p.country for p in places if p is not None and p.feature in ("city", "admin2", "admin1")}
    if len(countries) != 1 or dateline.country in countries:
        return dateline
    country = countries.pop()
    return next((p for p in geocoder.lookup(dateline.name, country=country)
                 if p.country == country and p.feature == "city" and p.name == dateline.name
                 and p.population >= DATELINE_NAMESAKE_POPULATION), dateline)


# A namesake of a dateline's town in the country the body tells of must be a city at least this big: news is filed
# from cities (a capital's dateline over a body that names only places abroad is the capital, not a village there).
DATELINE_NAMESAKE_POPULATION = 100_000


def _told_elsewhere(draft: Draft, kept: list[Draft], *, trends: frozenset[int]) -> frozenset[int]:
    """The toponyms told only in the clauses of other incidents that the report tells as such ("In another attack
    ...", "Last month, 12 were killed in Ashby") or in a tally's sentence (``trends``), none of ``draft``'s."""
    own = set(draft.place_ids())
    return frozenset(i for other in kept if other is not draft for c in other.clauses if c.new_incident
                     for i in c.toponyms if i not in own) | (trends - own)


def _day_told_before(draft: Draft, kept: list[Draft], prepared: _Prepared) -> tuple[TimeExpression, Sentence] | None:
    """The day an incident with no day of its own is told on: the report's lead's for its first incident; for another
    told in the sentence of an incident with a day, or in the sentence right after it ("... clashed on Monday evening.
    Crude bombs were hurled; a worker died and six were hurt"), that incident's day; else a round-up's day; else the
    day the lead tells of, within the last week ("Air strikes killed 14 on Tuesday ... In Elmtown, rebel shelling
    killed three": a day's news, not the day of the writing)."""
    if draft is kept[0]:
        return prepared.lead_date
    if not draft.dates:
        first = draft.clauses[0]
        for other in kept:
            told = [c for c in other.clauses if c.span.start < first.span.start
                    and first.sentence.index - c.sentence.index in (0, 1)
                    and any(d.precision == "day" for d in c.dates)]
            if other is not draft and told:
                clause = told[-1]  # the clause told nearest before, by the first day it tells (its lead's)
                day = next(d for d in clause.dates if d.precision == "day")
                if prepared.published - day.date <= dt.timedelta(days=NEWS_DAYS):  # not an old incident's day
                    return day, clause.sentence
        lead = prepared.lead_date
        if prepared.roundup_day is None and lead is not None and not lead[0].reporting \
                and prepared.published - lead[0].date <= dt.timedelta(days=LEAD_DAYS):
            return lead
    return prepared.roundup_day


def _lead_date(sentences: list[Sentence], *, published: dt.date, skip_before: int) -> tuple[TimeExpression, Sentence] | None:
    """The first day the lead names for its incident; failing that, the first day someone told of it ("police said
    Monday"): the incident was no later than that."""
    lead = [s for s in sentences if s.end > skip_before][:LEAD_SENTENCES]  # the first runs on after its dateline
    lead = [s for s in lead if not tells_accident(s.text)]  # an accident's day dates no incident
    # a day told after "near where" dates the earlier incident that places the news ("a few blocks from where a
    # guard was killed on May 2"), not the news
    asides = {sentence.index: [m.start() for m in places_of_earlier(sentence.text)] for sentence in lead}
    days = [(when, sentence) for sentence in lead for when in find_dates(sentence.text, published=published)
            if when.precision == "day" and 0 <= (published - when.date).days <= LEAD_FOLLOW_UP_DAYS
            and sentence.start + when.start >= skip_before  # a dated dateline's day is the writing's
            and not any(start <= when.start for start in asides[sentence.index])
            and not day_of_another_deed(sentence.text, when.start, precision=when.precision)]
    recent = [(w, s) for w, s in days if (published - w.date).days <= LEAD_DAYS]
    # a lead that tells only of a charge or a hearing this week ("indicted on Monday over the ambush") and of
    # an incident weeks before ("the ambush on the ridge on May 2"): the incident's day, not the telling's
    # (nor the day of an arrest for it, "a man was arrested Sunday in the shooting", beside the deed's own day)
    told = [(w, s) for w, s in recent if not w.reporting and not w.arrest] or \
        [(w, s) for w, s in recent if not w.reporting] or [(w, s) for w, s in days if not w.reporting] or recent
    if not told:
        return None
    when, sentence = told[0]
    when.start += sentence.start
    when.end += sentence.start
    return when, sentence


def _last_day_told(read: list[tuple[str, dt.date, dt.date | None]]) -> dt.date | None:
    """The last day the sentences read so far tell (each counted from its own day and anchor), looked for only when a
    sentence counts from it ("a day earlier", "later that morning")."""
    for text, day, anchor in reversed(read):
        if found := last_day_told(text, published=day, anchor=anchor):
            return found
    return None


@functools.cache
def _teaser_opener() -> re.Pattern[str]:
    """A sentence that opens with a page-furniture heading ("Read more: Bomb kills 12 in ...", "Related: ...") or a
    gallery's label ("Gallery: ...", data/link_labels.txt)."""
    from eventsift.documents.clean import link_labels, page_sections

    labels = page_sections() | link_labels()
    names = "|".join(re.escape(n) for n in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^\W*(?:{names})\s*[:|»>›–—-]", re.IGNORECASE)


def _is_teaser(sentence: str) -> bool:
    """A link to another story inside the text: none of its events are this report's."""
    return bool(_teaser_opener().match(sentence))


# A video's caption pasted with the page: a paragraph that ends with the player's stamp ("Watch: the mayor speaks
# about the storm. (Posted on: May 4, 2015)"). It tells of other stories as often as this one.
_VIDEO_CAPTION = re.compile(r"^[^\n]*\((?:Video\s+)?(?:posted|uploaded)(?:\s+on)?:?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
                            r"\d{4}\)[ \t]*$", re.IGNORECASE | re.MULTILINE)


# ... and a photo's caption in a paragraph of its own ("[Photo: Officers mark shell casings near the corner.]",
# "Caption: ...", "[Photo] ...", a credit closing it): what the picture shows is told in the report, or belongs to
# another story.
_PHOTO_CAPTION = re.compile(r"^[ \t]*[\[(]?[ \t]*(?:(?:photo|image|picture)(?:[ \t]+caption)?|caption)[ \t]*:[^\n]*$"
                            # "[Photo] A man carries ...", a paragraph ending with its credit: "... (AFP Photo/Ana Ruiz)"
                            r"|^[ \t]*[\[(](?:photo|image|picture)[\])][^\n]*$"
                            r"|^[^\n]*\((?:[A-Z]{2,}[ \t]+)?(?:photo|image|picture)s?[ \t]*[/:][^)\n]{1,60}\)[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)


def _caption_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in (_VIDEO_CAPTION, _PHOTO_CAPTION) for m in pattern.finditer(text)]


# A word of a headline: capitalised ("Gunman Kills Two"), or a short word headlines leave in lower case.
_HEADLINE_WORD = re.compile(r"^(?:[A-Z0-9\W]\S*|a|an|the|and|or|of|in|on|at|to|for|by|with|from|as|after|near|over|vs\.?)$")


def _is_inner_headline(text: str, sentence: Sentence) -> bool:
    """A headline line inside the body: a link to another story ("Weekend Weather: Storms Roll Into The Valley",
    "Photo Gallery: The County Fair Parade", a video list's "2:07 Crash on the bridge leaves two hurt") or a caption's title. A line of its own, with no sentence punctuation, its
    words capitalised as a headline's are. The story's own title is the first line and is read."""
    line = sentence.text.strip()
    words = line.split()
    alone = (sentence.start == 0 or text[sentence.start - 1] == "\n") and text[sentence.end:sentence.end + 1] in ("", "\n")
    if not alone or not 3 <= len(words) <= 16 or re.search(r"[.!?][\"'”’)]*$", line):
        return False
    if re.match(r"\d{1,2}:\d{2}\s", line):
        return True  # a video list's entry: "2:07 Crash on the bridge leaves two hurt"
    return (sum(bool(_HEADLINE_WORD.match(w)) for w in words) == len(words)
            and sum(w[:1].isupper() for w in words) >= 3)


def _language_skip(document: Document) -> Rejected | None:
    if document.language and not document.language.lower().startswith("en"):
        return Rejected(source=document.source or document.id, stage="language",
                        reason=f"skipped: language {document.language}, not English")
    return None


# Characters of a report searched for a full date to anchor its relative dates when it has no other date.
ANCHOR_SEARCH_CHARS = 5_000


def _written_on(published: dt.date, *, dateline: str) -> dt.date:
    """The day the report was written, which its relative dates count from: its dateline's full date when that is
    earlier than the page's date ("ELMFORD, Ga. (June 3, 2015) - ... early this morning" on a page stamped a year
    later, when it was copied or archived; "LIMA, 13 FEB 90 (EFE) -- ... today" in a digest dated the day after), else
    the page's date."""
    day = dateline_day(dateline, today=published)
    return day[0] if day is not None and day[1] and day[0] < published else published


def _report_date(document: Document, *, dateline: str, today: dt.date) -> tuple[dt.date, str]:
    """The report's date when it has no publication date, and whether it is known: a dated dateline ("KABUL, May
    4, 2016 -", "LIMA, 12 MAR 90 (EFE) --"), the date in its URL, the latest full date it writes out (known); else
    a stand-in against which "on Friday" dates nothing sure: the dateline's day without a year ("KABUL, Sept 12 -")
    in the latest year the report writes (basis "year") or before today (basis "none"), else the latest year it
    writes (``latest_year_anchor``, basis "year") or the day after the weekdays it names, else today (basis "none":
    ``weekday_stand_in``, so that what it codes does not change with the day it is read on)."""
    day = dateline_day(dateline, today=today)
    if day is not None and day[1]:
        return day[0], "known"
    head = document.text[:ANCHOR_SEARCH_CHARS]
    found = find_url_date(document.url) or latest_full_date(head, not_after=today)
    if found is not None:
        return found, "known"
    log.info("%s: no publication date in the report; relative dates are read as year precision", document.id)
    anchor = latest_year_anchor(head, not_after=today)
    if day is not None:
        try:
            return (day[0].replace(year=anchor.year), "year") if anchor else (day[0], "none")
        except ValueError:  # 29 February
            return anchor, "year"
    return (anchor, "year") if anchor else (weekday_stand_in(head, not_after=today), "none")


_TOLL_WORD = re.compile(r"\b(?:killed|died|dead|deaths?|injured|wounded|hurt)\b", re.IGNORECASE)


def _tells_accident_toll(text: str) -> bool:
    """A sentence of the text tells the toll of an accident ("Seven people were killed when a boiler exploded"), not
    a teaser's word on a crash or a fire in the page furniture around it."""
    return any(_TOLL_WORD.search(s.text) and tells_accident(s.text) for s in split_sentences(text))


def _is_aside(draft) -> bool:  # noqa: ANN001
    """A change of posture ("troops were deployed") next to a real incident is context, not an event; so is an
    operation told with no victims, arrests or day of its own ("a search operation has begun nearby"), and
    fighting told only beside the news with no victims, day or place of its own, what the news is timed against
    with none of them ("..., days after the rebels ended a truce"), and a campaign's launch with no one harmed."""
    triggers = [t for c in draft.clauses for t in c.triggers]
    return all(t.sub_event_type in ASIDE_TYPES for t in triggers) or (
        all(t.kind == "weak" for t in triggers) and not any(c.counts or c.dates for c in draft.clauses)) or (
        # "..., as Elmish forces repelled attacks along the front": fighting told beside the news, nowhere in particular
        all((c.aside or c.timed_beside) and not (c.counts or c.dates or c.toponyms) for c in draft.clauses)) or (
        # "Marlow launched the operation on Saturday": the campaign the news belongs to
        all(c.launches_campaign for c in draft.clauses))


def _is_codable(draft) -> bool:  # noqa: ANN001
    """An incident worth a record: a named kind of event, a count of victims, armed actors, or a person the report
    tells by a pronoun was shot, attacked or taken."""
    for clause in draft.clauses:
        if any(t.kind == "specific" for t in clause.triggers) or clause.counts:
            return True
        if any((a.side in ("state", "nonstate") and a.role != "source") or a.role == "victim" for a in clause.actors):
            return True
        if any(t.kind == "casualty" and VIOLENT_ACT.match(t.text) for t in clause.triggers) and any(
                a.role != "source" for a in clause.actors):
            return True  # "political opponents attacked the newly elected mayor"
        if clause.triggers and PRONOUN_VICTIM.match(clause.span.text):
            return True  # "(a clerk was opening his shop) when he was shot": a person, told by a pronoun, was hit
    return False

"""The orchestrator: one document in, its events out.

    Document ─► clean ─► sentences ─► trigger pre-filter ─► NER ─► clauses ─► places ─► incidents ─► Event

Each stage is a plain function over typed records; this module only calls them in order.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventsift.errors import EventsiftError
from eventsift.events.assemble import build_event, group_clauses
from eventsift.events.claims import attribute_claims
from eventsift.events.clauses import Clause, read_clause
from eventsift.events.triggers import any_trigger_regex
from eventsift.records import Document, Event, Place, Rejected, Sentence, Toponym
from eventsift.text import split_clauses, split_sentences

log = logging.getLogger(__name__)

# spaCy labels that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words before a place name that put the event near it rather than in it (ACLED geo_precision 2).
NEAR = re.compile(r"(?:\bnear|\boutskirts of|\bvicinity of|\bclose to|\bhills near|\barea near|\bnot far from|"
                  r"\bkm (?:\w+ )?(?:from|of)|\bkilomet(?:re|er)s? (?:\w+ )?(?:from|of)|\bmiles? (?:\w+ )?(?:from|of))"
                  r"\s+(?:the\s+)?$", re.IGNORECASE)
NEAR_AFTER = re.compile(r"^\s+(?:area|outskirts|vicinity|suburbs|region)\b", re.IGNORECASE)
DATELINE = re.compile(r"^\W*(?P<place>[A-Z][A-Za-z .'-]{1,40}?)(?:,\s*[A-Za-z .]{2,30})?\s*(?:\([\w .]+\))?\s*(?::|—|–|-{1,2})\s")
# Strategic developments that are only coded when a report is about nothing else.
ASIDE_TYPES = frozenset({"Change to group/activity", "Other", "Non-violent transfer of territory"})
# Documents bigger than this are cut: longer "articles" are dumps, not reports.
MAX_SENTENCES = 2_000
# Sentences per spaCy batch.
BATCH_SIZE = 64


@dataclass(slots=True, kw_only=True)
class Processed:
    """A document and the events coded from it."""

    document: Document
    events: list[Event]


@dataclass(slots=True, kw_only=True)
class _Prepared:
    document: Document
    published: dt.date
    candidates: list[Sentence]  # sentences that passed the trigger pre-filter
    dateline_end: int  # offset where the dateline ends (0 without one)


class Pipeline:
    """Holds the loaded model and gazetteer; reuse one instance for many documents."""

    def __init__(self, *, nlp=None, geocoder=None, model: str | None = None,  # noqa: ANN001
                 today: dt.date | None = None) -> None:
        if nlp is None:
            from eventsift.nlp import load_model

            nlp = load_model(model)
        if geocoder is None:
            from eventsift.geo import open_geocoder

            geocoder = open_geocoder()
        self.nlp = nlp
        self.geocoder = geocoder
        self.today = today

    def process(self, document: Document) -> list[Event]:
        """Code one document into events."""
        prepared = self._prepare(document)
        return self._code(prepared, list(self.nlp.pipe(s.text for s in prepared.candidates)))

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
            batch.append(self._prepare(item))
            if sum(len(p.candidates) for p in batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    # ------------------------------------------------------------------------------------------ stages

    def _prepare(self, document: Document) -> _Prepared:
        """Sentences, then the cheap trigger filter: only these sentences are parsed."""
        sentences = split_sentences(document.text)[:MAX_SENTENCES]
        trigger = any_trigger_regex()
        candidates = [s for s in sentences if trigger.search(s.text)]
        published = document.published or self.today or dt.date.today()
        return _Prepared(document=document, published=published, candidates=candidates,
                         dateline_end=_dateline_end(document))

    def _code_batch(self, batch: list[_Prepared]) -> Iterator[Processed | Rejected]:
        parsed = list(self.nlp.pipe((s.text for p in batch for s in p.candidates), batch_size=BATCH_SIZE))
        at = 0
        for prepared in batch:
            docs = parsed[at:at + len(prepared.candidates)]
            at += len(prepared.candidates)
            try:
                yield Processed(document=prepared.document, events=self._code(prepared, docs))
            except EventsiftError as exc:
                yield Rejected(source=prepared.document.source or prepared.document.id, stage="extract", reason=str(exc))

    def _code(self, prepared: _Prepared, parsed: list) -> list[Event]:  # noqa: ANN001 - spaCy Docs
        document, published = prepared.document, prepared.published
        # 1. place names in the candidate sentences (the model's and the gazetteer's), dateline excluded
        toponyms = _toponyms(prepared, parsed, self.geocoder)
        # 2. resolve them together: they are each other's context
        places = self.geocoder.resolve(toponyms, document=document) if toponyms else []
        # 3. read each clause: triggers, counts, actors, dates, certainty
        clauses: list[Clause] = []
        for sentence in prepared.candidates:
            for span in split_clauses(sentence):
                clause = read_clause(span, sentence, published=published)
                if clause is None:
                    continue
                clause.toponyms = [i for i, t in enumerate(toponyms) if span.start <= t.start < span.end]
                clauses.append(clause)
        # 4. group clauses into incidents, then fill each incident's fields
        drafts = group_clauses(clauses, places=places, published=published)
        fallback = _main_place(places, toponyms, document=document, geocoder=self.geocoder)
        events = []
        for draft in drafts:
            if not _is_codable(draft) or (len(drafts) > 1 and _is_aside(draft)):
                continue
            event = build_event(draft, document=document, places=places, toponyms=toponyms, fallback=fallback,
                                published=published)
            if event is not None:
                events.append(event)
        # 5. credit attacks to the groups the report says claimed them or were blamed
        attribute_claims(events, document=document)
        log.debug("%s: %d candidate sentences, %d clauses, %d events", document.id, len(prepared.candidates),
                  len(clauses), len(events))
        return events


def _language_skip(document: Document) -> Rejected | None:
    if document.language and not document.language.lower().startswith("en"):
        return Rejected(source=document.source or document.id, stage="language",
                        reason=f"skipped: language {document.language}, not English")
    return None


def _dateline_end(document: Document) -> int:
    m = DATELINE.match(document.text[:120])
    if m and (document.dateline is None or document.dateline.lower() in m.group("place").lower()
              or m.group("place").isupper()):
        return m.end()
    return 0


def _toponyms(prepared: _Prepared, parsed: list, geocoder) -> list[Toponym]:  # noqa: ANN001
    text = prepared.document.text
    spans: list[tuple[int, int, int]] = []  # start, end, sentence index
    for sentence, doc in zip(prepared.candidates, parsed):
        found = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PLACE_LABELS]
        found += list(geocoder.find_toponyms(sentence.text))
        for start, end in sorted(found, key=lambda se: (se[0], -(se[1] - se[0]))):
            start, end = start + sentence.start, end + sentence.start
            if end <= prepared.dateline_end or any(s < end and start < e for s, e, _ in spans):
                continue
            spans.append((start, end, sentence.index))
    toponyms = []
    for start, end, index in sorted(spans):
        name = re.sub(r"^(?:the)\s+", "", text[start:end], flags=re.IGNORECASE)
        start = end - len(name)
        near = NEAR.search(text[max(0, start - 40):start]) or NEAR_AFTER.match(text[end:end + 20])
        toponyms.append(Toponym(text=name, start=start, end=end, sentence_index=index,
                                qualifier="near" if near else None))
    return toponyms


def _main_place(places: list[Place | None], toponyms: list[Toponym], *, document: Document,
                geocoder) -> Place | None:  # noqa: ANN001
    """The place an event with no place of its own is put at: the document's first resolved place, else
    its dateline."""
    for place in places:
        if place is not None:
            return place
    if document.dateline:
        found = geocoder.resolve([Toponym(text=document.dateline, start=0, end=0, sentence_index=0)],
                                 document=document)
        return found[0] if found else None
    return None


def _is_aside(draft) -> bool:  # noqa: ANN001
    """A change of posture ("troops were deployed") next to a real incident is context, not an event."""
    return all(t.sub_event_type in ASIDE_TYPES for c in draft.clauses for t in c.triggers)


def _is_codable(draft) -> bool:  # noqa: ANN001
    """An incident worth a record: a named kind of event, a count of victims, or armed actors."""
    for clause in draft.clauses:
        if any(t.kind == "specific" for t in clause.triggers) or clause.counts:
            return True
        if any((a.side in ("state", "nonstate") and a.role != "source") or a.role == "victim" for a in clause.actors):
            return True
    return False

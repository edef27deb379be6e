"""The event's place: place names in the text, the dateline, and which name an incident happened at.

Resolution of names to coordinates is the geocoder's (eventsift.geo); this module decides which names
are candidates and which one belongs to an incident.
"""

from __future__ import annotations

import re

from eventsift.records import Document, Place, Sentence, Toponym

# spaCy labels that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words before a place name that put the event near it rather than in it (ACLED geo_precision 2).
NEAR = re.compile(r"(?:\bnear|\boutskirts of|\bvicinity of|\bclose to|\bhills near|\barea near|\bnot far from|"
                  r"\bkm (?:\w+ )?(?:from|of)|\bkilomet(?:re|er)s? (?:\w+ )?(?:from|of)|\bmiles? (?:\w+ )?(?:from|of))"
                  r"\s+(?:the\s+)?$", re.IGNORECASE)
NEAR_AFTER = re.compile(r"^\s+(?:area|outskirts|vicinity|suburbs|region)\b", re.IGNORECASE)
# Words before a place name that make it where someone or something came from, not where the event happened.
FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# Words before a place name that make it where the wounded or detained were taken ("shifted to Quetta").
DESTINATION = re.compile(r"\b(?:shifted|taken|rushed|moved|referred|transferred|flown|evacuated|airlifted|brought|"
                         r"sent)\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:in\s+)?$|\bhospitals?\s+in\s+$", re.IGNORECASE)
# Words after a place name that make it part of an organisation's name ("Luhansk People's Militia").
IN_A_NAME = re.compile(r"^\s*(?:People'?s|Militia|Liberation|Brigades?|Battalions?|Regiment|Front)\b")
# Qualifiers of names that are a weaker sign of the incident's place than any other name in its clauses.
WEAK_QUALIFIERS = frozenset({"from", "within a name", "destination"})
DATELINE = re.compile(r"^\W*(?P<place>[A-Z][A-Za-z .'-]{1,40}?)(?:,\s*[\w .]{2,30})?\s*(?:\([\w .]+\))?\s*(?::|—|–|-{1,2})\s")


def dateline_end(document: Document) -> int:
    m = DATELINE.match(document.text[:120])
    if m and (document.dateline is None or document.dateline.lower() in m.group("place").lower()
              or m.group("place").isupper()):
        return m.end()
    return 0


def find_toponyms(sentences: list[Sentence], parsed: list, *, text: str, dateline_end: int,
                  geocoder) -> list[Toponym]:  # noqa: ANN001 - spaCy Docs, a Geocoder
    """Place names in the given sentences: the model's place entities and the gazetteer's names, minus
    the dateline, each with the words that put the event near it rather than in it."""
    spans: list[tuple[int, int, int]] = []  # start, end, sentence index
    for sentence, doc in zip(sentences, parsed):
        found = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PLACE_LABELS]
        found += list(geocoder.find_toponyms(sentence.text))
        for start, end in sorted(found, key=lambda se: (se[0], -(se[1] - se[0]))):
            start, end = start + sentence.start, end + sentence.start
            if end <= dateline_end or any(s < end and start < e for s, e, _ in spans):
                continue
            spans.append((start, end, sentence.index))
    toponyms = []
    for start, end, index in sorted(spans):
        name = re.sub(r"^(?:the)\s+", "", text[start:end], flags=re.IGNORECASE)
        start = end - len(name)
        toponyms.append(Toponym(text=name, start=start, end=end, sentence_index=index,
                                qualifier=_qualifier(text, start, end)))
    return toponyms


def _qualifier(text: str, start: int, end: int) -> str | None:
    before, after = text[max(0, start - 40):start], text[end:end + 20]
    if NEAR.search(before) or NEAR_AFTER.match(after):
        return "near"
    if IN_A_NAME.match(after):
        return "within a name"
    if FROM.search(before):
        return "from"
    if DESTINATION.search(before):
        return "destination"
    return None


def main_place(places: list[Place | None], *, document: Document, geocoder) -> Place | None:  # noqa: ANN001
    """The place an event with no place of its own is put at: the document's first resolved place, else
    its dateline, else the country its actors point to ("Houthi forces" -> Yemen)."""
    for place in places:
        if place is not None:
            return place
    if document.dateline:
        found = geocoder.resolve([Toponym(text=document.dateline, start=0, end=0, sentence_index=0)],
                                 document=document)
        if found and found[0] is not None:
            return found[0]
    cued = getattr(geocoder, "cued_country", None)
    return cued(document) if cued else None


def choose_place(ids: list[int], *, places: list[Place | None], toponyms: list[Toponym]) -> tuple[Place | None, Toponym | None]:
    """The incident's own place among the toponyms of its clauses: the first town or district, else the first
    province, else the first country;
    names the event did not happen at ("from X", "X People's Militia") only when there is nothing else."""
    resolved = [(places[i], toponyms[i]) for i in ids if places[i] is not None]
    strong = [(p, t) for p, t in resolved if t.qualifier not in WEAK_QUALIFIERS]
    for group in (strong, resolved):
        for features in (("city", "admin2"), ("admin1",)):
            for place, toponym in group:
                if place.feature in features:
                    return place, toponym
        if group:
            return group[0]
    return None, None

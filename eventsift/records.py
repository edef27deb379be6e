"""Typed records passed between the pipeline's stages.

Every stage takes and returns these dataclasses; nothing downstream relies on the
shape of a dict. The output contract (``Event``) uses ACLED's field names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


def content_id(*parts: object, prefix: str = "", length: int = 16) -> str:
    """A stable id derived from content: the same parts always give the same id."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return prefix + digest[:length]


@dataclass(slots=True, kw_only=True)
class Document:
    """One news report as read from its source, before any NLP."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    dateline: str | None = None
    byline: str | None = None
    language: str | None = None
    source: str | None = None  # the path, URL or batch line this came from


@dataclass(slots=True, kw_only=True)
class Rejected:
    """An input that could not be processed, with the stage and the reason."""

    source: str
    stage: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.stage}: {self.reason}"


@dataclass(slots=True, kw_only=True)
class Sentence:
    index: int
    text: str
    start: int  # character offsets in Document.text
    end: int


@dataclass(slots=True, kw_only=True)
class Evidence:
    """The text a field's value came from."""

    document_id: str
    field: str
    sentence: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True, kw_only=True)
class Source:
    document_id: str
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(slots=True, kw_only=True)
class Toponym:
    """A place name as it appears in a document."""

    text: str
    start: int  # character offsets in Document.text
    end: int
    sentence_index: int
    # The words that tie the name to the event: "in", "near", "35 km from", ...
    # "near"/"km from" make ACLED geo_precision 2.
    qualifier: str | None = None


@dataclass(slots=True, kw_only=True)
class Place:
    """A resolved place with ACLED's geography fields."""

    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    feature: str = "city"  # city | admin2 | admin1 | country
    population: int = 0
    geo_precision: int = 1  # ACLED: 1 the place itself, 2 near it / a district, 3 a province or wider


@dataclass(slots=True, kw_only=True)
class Count:
    """A number of people, as low / best / high."""

    low: int
    best: int
    high: int
    text: str = ""


@dataclass(slots=True, kw_only=True)
class Actor:
    name: str  # normalised where known, e.g. "Military Forces of Pakistan"
    inter: int | None = None  # ACLED inter code 1-8
    text: str = ""  # as written


@dataclass(slots=True, kw_only=True)
class Event:
    """One real-world incident: the output contract (ACLED field names)."""

    event_id: str
    document_id: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    event_date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str | None = None  # day | week | month | year
    time_precision: int | None = None  # ACLED 1-3
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    abducted: int | None = None
    arrested: int | None = None
    certainty: str = "confirmed"
    historical: bool = False
    cameo: str | None = None
    plover: str | None = None
    gtd_attack_type: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of the output contract (dates as ISO strings)."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif f.name in ("evidence", "sources"):
                value = [item.as_dict() for item in value]
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        """Inverse of ``as_dict``."""
        kwargs = dict(data)
        for name in ("event_date", "date_end"):
            if kwargs.get(name):
                kwargs[name] = dt.date.fromisoformat(str(kwargs[name])[:10])
        kwargs["evidence"] = [Evidence(**e) for e in kwargs.get("evidence") or []]
        kwargs["sources"] = [
            Source(**{**s, "published": dt.date.fromisoformat(s["published"]) if s.get("published") else None})
            for s in kwargs.get("sources") or []
        ]
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in kwargs.items() if k in known})


EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Event))


@dataclass(slots=True, kw_only=True)
class Processed:
    """A document and the events coded from it (what a coder yields per document)."""

    document: Document
    events: list[Event]

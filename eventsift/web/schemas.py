"""Request bodies and query parameters of the REST API, validated with pydantic."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Longest free-text value accepted in an edit (actor names, locations, notes).
MAX_TEXT = 500
# Largest count accepted in an edit: above any single event ACLED has recorded.
MAX_COUNT = 1_000_000
# Largest document accepted through the API, in characters; the request body limit caps bytes as well.
MAX_DOCUMENT_CHARS = 1_000_000

Certainty = Literal["confirmed", "reported", "claimed", "denied", "unconfirmed"]
DatePrecision = Literal["day", "week", "month", "year"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class EventEdit(_Strict):
    """Fields an analyst may correct; only the fields present in the body are changed."""

    event_type: str | None = Field(None, min_length=1, max_length=100)
    sub_event_type: str | None = Field(None, min_length=1, max_length=100)
    actor1: str | None = Field(None, max_length=MAX_TEXT)
    actor2: str | None = Field(None, max_length=MAX_TEXT)
    assoc_actor_1: str | None = Field(None, max_length=MAX_TEXT)
    assoc_actor_2: str | None = Field(None, max_length=MAX_TEXT)
    inter1: int | None = Field(None, ge=1, le=8)
    inter2: int | None = Field(None, ge=0, le=8)
    event_date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision | None = None
    country: str | None = Field(None, max_length=MAX_TEXT)
    admin1: str | None = Field(None, max_length=MAX_TEXT)
    admin2: str | None = Field(None, max_length=MAX_TEXT)
    location: str | None = Field(None, max_length=MAX_TEXT)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geo_precision: int | None = Field(None, ge=1, le=3)
    fatalities: int | None = Field(None, ge=0, le=MAX_COUNT)
    fatalities_low: int | None = Field(None, ge=0, le=MAX_COUNT)
    fatalities_high: int | None = Field(None, ge=0, le=MAX_COUNT)
    injured: int | None = Field(None, ge=0, le=MAX_COUNT)
    abducted: int | None = Field(None, ge=0, le=MAX_COUNT)
    arrested: int | None = Field(None, ge=0, le=MAX_COUNT)
    certainty: Certainty | None = None
    historical: bool | None = None
    note: str | None = Field(None, max_length=MAX_TEXT, description="why the change was made (kept in the change log)")

    def changes(self) -> dict[str, object]:
        """The fields the request set (an explicit null clears a field), without the note."""
        return {name: getattr(self, name) for name in self.model_fields_set if name != "note"}

    @model_validator(mode="after")
    def _not_empty(self) -> "EventEdit":
        if not self.changes():
            raise ValueError("the body sets no field to change")
        return self


class Review(_Strict):
    """Body of confirm/reject: an optional note for the change log."""

    note: str | None = Field(None, max_length=MAX_TEXT)


class DocumentIn(_Strict):
    """A report submitted for coding: exactly one of text, html or url."""

    text: str | None = Field(None, min_length=1, max_length=MAX_DOCUMENT_CHARS)
    html: str | None = Field(None, min_length=1, max_length=MAX_DOCUMENT_CHARS)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")
    title: str | None = Field(None, max_length=MAX_TEXT)
    published: dt.date | None = None
    publisher: str | None = Field(None, max_length=MAX_TEXT)

    @model_validator(mode="after")
    def _one_source(self) -> "DocumentIn":
        given = [name for name in ("text", "html") if getattr(self, name)]
        if len(given) > 1 or (not given and not self.url):
            raise ValueError("give exactly one of text or html, or a url alone")
        return self

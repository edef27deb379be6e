"""What the API's routes need besides the store: path rules, change checking, reading a submitted document.

The reads themselves are the store's (``Store.query_events``, ``Store.events_geojson``, ``Store.timeline``,
``Store.facets``, ``Store.event_record``); a submitted document is coded and stored by
``eventsift.app.ingest_stream``, like every other way in. Nothing here issues SQL.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from fastapi import Path as PathParam

from eventsift.errors import EventsiftError, StoreError
from eventsift.records import Document, Rejected
from eventsift.store import parse_value
from eventsift.store.queries import EventFilter, Interval, period_start

if TYPE_CHECKING:
    from eventsift.app import Coder
    from eventsift.documents.settings import ReadSettings
    from eventsift.store import Store
    from eventsift.web.schemas import DocumentIn

log = logging.getLogger(__name__)

__all__ = ["EVENT_ID_PATH", "EventFilter", "Interval", "as_text", "check_changes", "ingest_submission",
           "period_start", "submission_documents"]

# Event ids are content hashes (hex) or report ids; anything else cannot name an event.
EVENT_ID_PATH = PathParam(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
# Source named in a submission's rejection, and the source of a submitted text without a URL.
SUBMITTED = "submitted document"
API_SOURCE = "api"


def as_text(value: Any) -> str | None:
    """A value in the text form the store's change log and ``Store.edit`` take."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def check_changes(changes: dict[str, Any]) -> dict[str, str | None]:
    """The changes as text, each checked by the store's own parser (raises StoreError for a bad value)."""
    texts = {name: as_text(value) for name, value in changes.items()}
    for name, text in texts.items():
        parse_value(name, text)
    return texts


def submission_documents(body: DocumentIn, *, settings: ReadSettings | None = None) -> list[Document | Rejected]:
    """The Documents (or Rejected) read from a submitted text, HTML or URL, with the reader's own rules.

    A text or HTML body is read as the JSONL record it is (the documents-in contract); a URL alone is fetched.
    """
    from eventsift.documents import read_inputs
    from eventsift.documents.formats import document_from_record
    from eventsift.documents.settings import ReadSettings

    if not body.text and not body.html:
        return list(read_inputs([body.url], published=body.published, settings=settings))
    record = {k: v for k, v in (("text", body.text), ("html", body.html), ("url", body.url), ("title", body.title),
                                 ("publisher", body.publisher)) if v}
    if body.published:
        record["published"] = body.published.isoformat()
    try:
        return [document_from_record(record, source=body.url or API_SOURCE, settings=settings or ReadSettings())]
    except EventsiftError as exc:
        return [Rejected(source=SUBMITTED, stage="read", reason=str(exc))]


def ingest_submission(store: Store, coder: Coder, body: DocumentIn) -> dict[str, Any]:
    """Read, code and store one submitted document; ``rejected`` says why when it could not be."""
    from eventsift.app import STORE_STAGE, ingest_stream

    items = submission_documents(body)
    if not items:
        return {"rejected": "the submission held no document"}
    first = items[0]
    if isinstance(first, Rejected):
        return {"rejected": f"{first.stage}: {first.reason}"}
    if store.has_document(first):
        return {"document_id": first.id, "stored": False, "events": [], "events_new": 0, "events_merged": 0}
    for outcome in ingest_stream(store, coder, [first]):
        if isinstance(outcome, Rejected) and outcome.stage == STORE_STAGE:
            raise StoreError(outcome.reason)  # the server's failure, not the submission's
        if isinstance(outcome, Rejected):
            return {"rejected": f"{outcome.stage}: {outcome.reason}"}
        return {
            "document_id": outcome.result.document_id,
            "stored": outcome.result.stored,
            "events": outcome.result.event_ids,
            "events_new": outcome.result.events_new,
            "events_merged": outcome.result.events_merged,
        }
    return {"rejected": "the pipeline returned nothing for the document"}

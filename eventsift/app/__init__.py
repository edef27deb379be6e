"""The application layer: what every front end (CLI, feed watcher, web route) does with a coder and a store.

    documents ─► coder.process_many ─► Store.ingest (one transaction each) ─► Stored | Rejected

``Coder`` is the protocol the pipeline offers (``eventsift.pipeline.Pipeline`` is one; tests use small
stand-ins). ``ingest_stream`` is the one loop that stores coded documents: front ends decide what to
feed it (new documents only, a feed's fresh items, one submission) and what to do with each outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from eventsift.errors import EventsiftError
from eventsift.records import Document, Event, Processed, Rejected

if TYPE_CHECKING:
    from eventsift.store import IngestResult, Store

log = logging.getLogger(__name__)

__all__ = ["Coder", "Stored", "ingest_stream"]

# Stage name of a ``Rejected`` made when the store refused a coded document (the coder's own rejections
# carry their stage: language, prepare, extract). A front end may retry these later.
STORE_STAGE = "store"


@runtime_checkable
class Coder(Protocol):
    """Codes documents into events: one at a time, or a stream (a ``Rejected`` input passes through)."""

    def process(self, document: Document) -> list[Event]: ...

    def process_many(self, items: Iterable[Document | Rejected], *,
                     batch_size: int = ...) -> Iterator[Processed | Rejected]: ...


@dataclass(slots=True, kw_only=True)
class Stored:
    """A coded document after ``Store.ingest``: ``result.stored`` is False when another writer stored it first."""

    document: Document
    events: list[Event]
    result: IngestResult


def ingest_stream(store: Store, coder: Coder, documents: Iterable[Document | Rejected]) -> Iterator[Stored | Rejected]:
    """Code ``documents`` and store each in its own transaction; yields one outcome per input, in order.

    A document the coder rejects, or the store refuses (stage ``"store"``), becomes a ``Rejected`` and the
    stream goes on.
    """
    for item in coder.process_many(documents):
        if isinstance(item, Rejected):
            log.info("rejected %s", item)
            yield item
            continue
        try:
            result = store.ingest(item.document, item.events)
        except EventsiftError as exc:
            rejected = Rejected(source=item.document.source or item.document.id, stage=STORE_STAGE, reason=str(exc))
            log.info("rejected %s", rejected)
            yield rejected
            continue
        yield Stored(document=item.document, events=item.events, result=result)

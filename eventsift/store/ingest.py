"""A whole batch into the store: read inputs, skip what is stored, code the rest, store each document.

    read_inputs ─► skip documents already stored ─► pipeline.process_many ─► Store.ingest (one transaction each)

A ``Rejected`` input or document is counted with its reason and the batch goes on. Each document
is committed on its own, so a batch killed half-way keeps what it finished and a re-run skips it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventsift.errors import EventsiftError
from eventsift.records import Document, Rejected

if TYPE_CHECKING:
    from eventsift.store import Store

log = logging.getLogger(__name__)


@dataclass(slots=True, kw_only=True)
class IngestSummary:
    read: int = 0  # documents read from the inputs (stored, skipped or failed later)
    stored: int = 0
    skipped: int = 0  # already in the store
    rejected: list[Rejected] = field(default_factory=list)
    events_stored: int = 0  # new incidents
    events_merged: int = 0  # reports merged into an incident already known

    @property
    def processed(self) -> int:
        return self.stored + self.skipped

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        text = (
            f"{self.read} documents read, {self.stored} stored, {self.skipped} already stored, "
            f"{len(self.rejected)} rejected; {self.events_stored} events stored, {self.events_merged} merged into known events"
        )
        return text


def _fresh(store: "Store", items: Iterable[Document | Rejected], summary: IngestSummary) -> Iterator[Document | Rejected]:
    """Pass on only documents not yet stored (the check happens before the expensive NLP)."""
    for item in items:
        if isinstance(item, Rejected):
            yield item
            continue
        summary.read += 1
        if store.has_document(item):
            summary.skipped += 1
            log.info("already stored: %s", item.source or item.id)
            continue
        yield item


def ingest_inputs(
    store: "Store",
    inputs: Iterable[str],
    *,
    pipeline: Any,
    published: dt.date | None = None,
    progress: bool = False,
    reader: Callable[..., Iterable[Document | Rejected]] | None = None,
) -> IngestSummary:
    """Read, code and store a batch. ``reader`` defaults to ``eventsift.documents.read_inputs``."""
    if reader is None:
        from eventsift.documents import read_inputs as reader
    summary = IngestSummary()
    items = _fresh(store, reader(inputs, published=published), summary)
    stream = pipeline.process_many(items)
    if progress:
        from tqdm import tqdm

        stream = tqdm(stream, unit="doc", desc="ingest")
    for item in stream:
        if isinstance(item, Rejected):
            summary.rejected.append(item)
            log.warning("rejected %s", item)
            continue
        try:
            result = store.ingest(item.document, item.events)
        except EventsiftError as exc:
            summary.rejected.append(Rejected(source=item.document.source or item.document.id, stage="store", reason=str(exc)))
            continue
        if result.stored:
            summary.stored += 1
            summary.events_stored += result.events_new
            summary.events_merged += result.events_merged
        else:  # stored by another process since the check
            summary.skipped += 1
    return summary

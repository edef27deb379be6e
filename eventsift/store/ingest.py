"""A whole batch into the store: read inputs, skip what is stored, code the rest, store each document.

    read_inputs ─► skip documents already stored ─► eventsift.app.ingest_stream (code, store each in one transaction)

A ``Rejected`` input or document is counted with its reason and the batch goes on. Each document
is committed on its own, so a batch killed half-way keeps what it finished and a re-run skips it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventsift.records import Document, Rejected
from eventsift.store.merge import REVISION_MARK

if TYPE_CHECKING:
    from eventsift.app import Coder
    from eventsift.store import Store

log = logging.getLogger(__name__)


@dataclass(slots=True, kw_only=True)
class IngestSummary:
    read: int = 0  # documents read from the inputs (stored, skipped or failed later)
    stored: int = 0
    skipped: int = 0  # already in the store
    near_duplicates: int = 0  # the same story again (fetched twice, syndicated): not a second source
    rejected: list[Rejected] = field(default_factory=list)
    events_stored: int = 0  # new incidents
    events_merged: int = 0  # reports merged into an incident already known

    @property
    def processed(self) -> int:
        return self.stored + self.skipped + self.near_duplicates

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        text = (
            f"{self.read} documents read, {self.stored} stored, {self.skipped} already stored, "
            f"{self.near_duplicates} near-duplicates, "
            f"{len(self.rejected)} rejected; {self.events_stored} events stored, {self.events_merged} merged into known events"
        )
        return text


# A story is compared for near-duplication with what was stored this many days back (and with its own
# batch), at most NEAR_DUPLICATE_RECENT documents: syndicated copies and re-fetches arrive within days.
NEAR_DUPLICATE_DAYS = 14
NEAR_DUPLICATE_RECENT = 20_000
# Shorter texts (analysts' notes, one-line items) are often templates about different incidents ("observed 5
# explosions near X" / "6 explosions near Y"): they are never treated as copies of each other.
NEAR_DUPLICATE_MIN_WORDS = 60


def _long_enough(text: str) -> bool:
    return len(text.split()) >= NEAR_DUPLICATE_MIN_WORDS


def _fresh(store: "Store", items: Iterable[Document | Rejected], summary: IngestSummary) -> Iterator[Document | Rejected]:
    """Pass on only documents not yet stored, nor near-duplicates of one (checked before the expensive NLP)."""
    from eventsift.documents.dedup import NearDuplicateIndex

    seen = NearDuplicateIndex()
    for doc_id, text in store.recent_texts(days=NEAR_DUPLICATE_DAYS, limit=NEAR_DUPLICATE_RECENT):
        if _long_enough(text):
            seen.add(doc_id, text)
    for item in items:
        if isinstance(item, Rejected):
            yield item
            continue
        summary.read += 1
        if store.has_document(item):
            summary.skipped += 1
            log.info("already stored: %s", item.source or item.id)
            continue
        original = seen.add(item.id, item.text) if _long_enough(item.text) else None
        if original is not None and original.split(REVISION_MARK)[0] != item.id:  # an updated version is no copy
            summary.near_duplicates += 1
            log.info("near-duplicate of %s: %s", original, item.source or item.id)
            continue
        yield item


def ingest_inputs(
    store: "Store",
    inputs: Iterable[str],
    *,
    pipeline: "Coder",
    published: dt.date | None = None,
    progress: bool = False,
    reader: Callable[..., Iterable[Document | Rejected]] | None = None,
) -> IngestSummary:
    """Read, code and store a batch. ``reader`` defaults to ``eventsift.documents.read_inputs``."""
    from eventsift.app import ingest_stream

    if reader is None:
        from eventsift.documents import read_inputs as reader
    summary = IngestSummary()
    items = _fresh(store, reader(inputs, published=published), summary)
    stream = ingest_stream(store, pipeline, items)
    if progress:
        from tqdm import tqdm

        stream = tqdm(stream, unit="doc", desc="ingest")
    for outcome in stream:
        if isinstance(outcome, Rejected):
            summary.rejected.append(outcome)
        elif outcome.result.stored:
            summary.stored += 1
            summary.events_stored += outcome.result.events_new
            summary.events_merged += outcome.result.events_merged
        else:  # stored by another process since the check
            summary.skipped += 1
    return summary

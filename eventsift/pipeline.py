"""The orchestrator: one document in, its events out.

    Document ─► clean ─► nlp ─► mentions ─► arguments ─► time ─► place ─► Event

Each stage is a plain function over typed records; this module only calls them in order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventsift.records import Document, Event, Rejected

log = logging.getLogger(__name__)


@dataclass(slots=True, kw_only=True)
class Processed:
    """A document and the events coded from it."""

    document: Document
    events: list[Event]


class Pipeline:
    """Holds the loaded model and gazetteer; reuse one instance for many documents."""

    def __init__(self, *, nlp=None, geocoder=None, model: str | None = None) -> None:  # noqa: ANN001
        raise NotImplementedError("being written")

    def process(self, document: Document) -> list[Event]:
        """Code one document into events."""
        raise NotImplementedError

    def process_many(
        self, items: Iterable[Document | Rejected], *, batch_size: int = 32
    ) -> Iterator[Processed | Rejected]:
        """Code a stream of documents; a ``Rejected`` input passes through, a failing document becomes one."""
        raise NotImplementedError

"""Measuring the pipeline against human-coded data.

    load (adapter per data set) ─► pipeline.process_many ─► match + score per document ─► EvaluationResult

``evaluate("acled", "path/to/acled.csv", pipeline=Pipeline())`` returns per-field agreement,
event precision/recall, type confusion matrices and the worst misses; ``report`` writes them.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from eventsift.errors import InputError
from eventsift.evaluate.adapters import (
    load_acled,
    load_case,
    load_gtd,
    load_gva,
    load_gva_all,
    load_gvdb,
    load_india_police,
    load_muc4,
    load_satp,
)
from eventsift.evaluate.gold import GoldDocument, GoldEvent
from eventsift.evaluate.gold_json import load_gold_json
from eventsift.evaluate.scoring import DocumentScore, FieldScore, Scoreboard, score_document
from eventsift.records import Document, Event, Processed, Rejected

__all__ = [
    "ADAPTERS",
    "EvaluationResult",
    "GoldDocument",
    "GoldEvent",
    "Miss",
    "evaluate",
    "evaluate_documents",
    "load_dataset",
]

log = logging.getLogger(__name__)

ADAPTERS: dict[str, Callable[..., Iterator[GoldDocument | Rejected]]] = {
    "acled": load_acled,
    "gtd": load_gtd,
    "muc4": load_muc4,
    "satp": load_satp,
    "case": load_case,
    "india-police": load_india_police,
    "gvdb": load_gvdb,
    "gva": load_gva,
    "gva-all": load_gva_all,
    "gold": load_gold_json,
}
# How many of the worst-scored documents a result keeps for a person to read.
WORST_MISSES = 20
# Documents sent to the pipeline per call; large enough for spaCy's batching, small enough for a smooth progress bar.
BATCH_SIZE = 64


class BatchCoder(Protocol):
    """What evaluation needs of a coder: ``eventsift.app.Coder``'s stream (stand-ins need not code one at a time)."""

    def process_many(self, items: Iterable[Document | Rejected], *,
                     batch_size: int = ...) -> Iterator[Processed | Rejected]: ...


BatchPipeline = BatchCoder  # the earlier name


@dataclass(slots=True, kw_only=True)
class Miss:
    """A document that went badly, with what was expected and what came out."""

    document_id: str
    source: str | None
    text: str
    cost: float
    wrong_fields: list[str]
    gold: list[dict[str, Any]]
    predicted: list[dict[str, Any]]


@dataclass(slots=True, kw_only=True)
class EvaluationResult:
    dataset: str
    path: str
    documents: int
    rejected: list[Rejected]
    fields: dict[str, FieldScore]
    precision: float | None
    recall: float | None
    f1: float | None
    matched_gold: int
    required_gold: int
    extra_predictions: int
    confusion: Counter
    sub_confusion: Counter
    misses: list[Miss] = field(default_factory=list)
    seconds: float = 0.0
    other_incidents: int = 0  # primary-incident data sets: current events beside the primary one (not scored)
    # Data sets that code only some kinds of event (MUC-4: terrorist acts in nine countries): precision and F1
    # counting only the extras the data set codes at all; None for the others.
    precision_in_scope: float | None = None
    f1_in_scope: float | None = None

    def figure(self, name: str) -> float | None:
        """A headline figure by name: a field's accuracy, ``<field>_mae``, or ``precision``/``recall``/``f1`` (and
        ``precision_in_scope``/``f1_in_scope`` for a data set that codes only some kinds of event)."""
        if name in ("precision", "recall", "f1", "precision_in_scope", "f1_in_scope"):
            return getattr(self, name)
        if name.endswith("_mae") and name[:-4] in self.fields:
            return self.fields[name[:-4]].mean_error
        score = self.fields.get(name)
        return score.accuracy if score else None

    def as_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        """Plain JSON-able figures; ``with_text`` adds the worst misses with their text."""
        out: dict[str, Any] = {
            "dataset": self.dataset,
            "path": self.path,
            "documents": self.documents,
            "rejected": len(self.rejected),
            "seconds": round(self.seconds, 2),
            "events": {
                "precision": self.precision,
                "recall": self.recall,
                "f1": self.f1,
                "matched_gold": self.matched_gold,
                "required_gold": self.required_gold,
                "extra_predictions": self.extra_predictions,
                "other_incidents": self.other_incidents,
                "precision_in_scope": self.precision_in_scope,
                "f1_in_scope": self.f1_in_scope,
            },
            "fields": {
                name: {"n": s.n, "correct": s.correct, "accuracy": s.accuracy, "mean_error": s.mean_error}
                for name, s in self.fields.items()
            },
            "confusion": [[g, p, n] for (g, p), n in sorted(self.confusion.items())],
            "sub_confusion": [[g, p, n] for (g, p), n in sorted(self.sub_confusion.items())],
        }
        if with_text:
            out["misses"] = [
                {"document_id": m.document_id, "source": m.source, "cost": m.cost, "wrong_fields": m.wrong_fields,
                 "text": m.text, "gold": m.gold, "predicted": m.predicted}
                for m in self.misses
            ]
        return out


def load_dataset(dataset: str, path: str | Path, *, limit: int | None = None,
                 sample_seed: int | None = None) -> Iterator[GoldDocument | Rejected]:
    """The documents of a data set: the first ``limit``, or a seeded random sample of ``limit``."""
    if dataset not in ADAPTERS:
        raise InputError(f"unknown data set {dataset!r}; known: {', '.join(sorted(ADAPTERS))}")
    if not Path(path).exists():
        raise InputError(f"{path}: no such file or folder")
    items = ADAPTERS[dataset](path)
    if sample_seed is not None:
        everything = list(items)
        if limit is not None and limit < len(everything):
            chosen = sorted(random.Random(sample_seed).sample(range(len(everything)), limit))
            everything = [everything[i] for i in chosen]
        return iter(everything)
    return itertools.islice(items, limit) if limit is not None else items


def _gold_summary(event: GoldEvent) -> dict[str, Any]:
    keep = ("label", "event_types", "sub_event_types", "actor1", "actor2", "perpetrators", "date_low", "date_high",
            "admin1", "location", "fatalities_low", "fatalities_high", "injured_low", "optional")
    return {k: (str(v) if hasattr(v, "isoformat") else v) for k in keep if (v := getattr(event, k)) not in (None, (), "")}


def _event_summary(event: Event) -> dict[str, Any]:
    keep = ("event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2", "event_date", "admin1", "location",
            "latitude", "longitude", "fatalities", "injured", "abducted", "historical")
    return {k: (str(v) if hasattr(v, "isoformat") else v) for k in keep if (v := getattr(event, k)) is not None}


def _results(coder: BatchCoder, documents: list[Document]) -> Iterator[Processed | Rejected]:
    return coder.process_many(documents, batch_size=BATCH_SIZE)


def evaluate_documents(items: Iterable[GoldDocument | Rejected], *, pipeline: BatchCoder, dataset: str = "", path: str = "",
                       progress: bool = False, total: int | None = None, worst: int = WORST_MISSES) -> EvaluationResult:
    """Run ``pipeline`` over gold documents and score it; ``Rejected`` inputs are counted, not scored."""
    board = Scoreboard()
    rejected: list[Rejected] = []
    worst_heap: list[tuple[float, int, DocumentScore, GoldDocument, list[Event]]] = []
    started = time.perf_counter()
    bar = _progress_bar(progress, total)
    counter = itertools.count()
    for chunk in _chunks(items, BATCH_SIZE):
        gold_by_id: dict[str, GoldDocument] = {}
        for item in chunk:
            if isinstance(item, Rejected):
                rejected.append(item)
            else:
                gold_by_id[item.document.id] = item
        by_source = {g.document.source: g for g in gold_by_id.values()}
        seen: set[str] = set()
        for result in _results(pipeline, [g.document for g in gold_by_id.values()]):
            if isinstance(result, Rejected):
                rejected.append(result)
                continue
            gold = gold_by_id.get(result.document.id) or by_source.get(result.document.source)
            if gold is None or gold.document.id in seen:
                continue
            seen.add(gold.document.id)
            _record(board, worst_heap, gold, list(result.events), worst, next(counter))
        for doc_id, gold in gold_by_id.items():
            if doc_id not in seen:  # rejected by the pipeline: every gold event is missed
                _record(board, worst_heap, gold, [], worst, next(counter))
        if bar is not None:
            bar.update(len(chunk))
    if bar is not None:
        bar.close()
    return EvaluationResult(
        dataset=dataset, path=str(path), documents=board.documents, rejected=rejected, fields=board.fields,
        precision=board.precision, recall=board.recall, f1=board.f1, matched_gold=board.matched_gold,
        required_gold=board.required_gold, extra_predictions=board.extra_predictions, confusion=board.confusion,
        sub_confusion=board.sub_confusion, seconds=time.perf_counter() - started, other_incidents=board.other_incidents,
        precision_in_scope=board.precision_in_scope, f1_in_scope=board.f1_in_scope,
        misses=[_miss(score, gold, events) for _, _, score, gold, events in sorted(worst_heap, key=lambda t: (-t[0], t[1]))],
    )


def _record(board: Scoreboard, heap: list, gold: GoldDocument, events: list[Event], worst: int, order: int) -> None:
    score = score_document(gold, events)
    board.add(score)
    if worst and score.cost > 0:
        entry = (score.cost, -order, score, gold, events)
        if len(heap) < worst:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)


def _miss(score: DocumentScore, gold: GoldDocument, events: list[Event]) -> Miss:
    return Miss(
        document_id=gold.document.id, source=gold.document.source, text=gold.document.text, cost=score.cost,
        wrong_fields=sorted({o.field for o in score.outcomes if not o.correct}),
        gold=[_gold_summary(e) for e in gold.events], predicted=[_event_summary(e) for e in events],
    )


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _progress_bar(enabled: bool, total: int | None) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="evaluate", leave=False)


def evaluate(dataset: str, path: str, *, pipeline: BatchCoder, limit: int | None = None,
             sample_seed: int | None = None, progress: bool = False) -> EvaluationResult:
    """Score ``pipeline`` on a data set (an ``ADAPTERS`` name) read from ``path``."""
    items: Iterable[GoldDocument | Rejected] = load_dataset(dataset, path, limit=limit, sample_seed=sample_seed)
    total = None
    if progress:
        items = list(items)
        total = len(items)
    result = evaluate_documents(items, pipeline=pipeline, dataset=dataset, path=str(path), progress=progress, total=total)
    log.info("evaluated %d documents of %s in %.1f s", result.documents, dataset, result.seconds)
    return result

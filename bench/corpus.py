"""A benchmark corpus built from the project's own example texts, repeated with light variation.

    records = build_corpus(300)        # JSONL records of the documents-in contract, ~600 words each

Paragraphs of the examples (``examples/*.txt``, ``examples/inputs/*``, and the seed article in
``../shared/seed`` when present) are shuffled and recombined per document, and every number is
changed, so no two documents are identical and none is a verbatim copy (the pipeline keeps no
cache, but a corpus of one repeated text would flatter any that did).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT.parent / "shared" / "seed"
# The length of a typical news report, in words (the target is stated for 600-word reports).
WORDS_PER_DOCUMENT = 600
_NUMBER = re.compile(r"\b\d{1,3}\b")


def example_paths(root: Path = ROOT) -> list[Path]:
    """The example texts the corpus is made of, sorted."""
    paths = sorted((root / "examples").glob("*.txt"))
    inputs = root / "examples" / "inputs"
    if inputs.is_dir():
        paths += sorted(p for p in inputs.iterdir() if p.is_file() and not p.name.startswith("."))
    if SEED_DIR.is_dir():
        paths += sorted(SEED_DIR.glob("*.txt"))
    return paths


def paragraphs(paths: list[Path]) -> list[str]:
    """Article paragraphs of every example, read and cleaned by the product's own reader."""
    from eventsift.documents import ReadSettings, read_inputs
    from eventsift.records import Document

    found: list[str] = []
    settings = ReadSettings(detect_language=False)
    for item in read_inputs([str(p) for p in paths], settings=settings):
        if isinstance(item, Document):
            found += [p.strip() for p in re.split(r"\n\s*\n", item.text) if len(p.split()) >= 5]
    return found


def build_corpus(count: int, *, words: int = WORDS_PER_DOCUMENT, seed: int = 0,
                 paths: list[Path] | None = None) -> list[dict]:
    """``count`` documents of about ``words`` words each (JSONL records: id, text, published, language)."""
    pool = paragraphs(paths if paths is not None else example_paths())
    if not pool:
        raise FileNotFoundError("no example texts found: add examples/*.txt or ../shared/seed")
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    records = []
    for number in range(count):
        order = pool[:]
        rng.shuffle(order)
        chosen: list[str] = []
        total = 0
        while total < words:
            paragraph = order[len(chosen) % len(order)]
            paragraph = _NUMBER.sub(lambda m: str(rng.randint(2, 60)), paragraph)
            chosen.append(paragraph)
            total += len(paragraph.split())
        records.append({
            "id": f"bench-{number:06d}",
            "text": "\n\n".join(chosen),
            "published": (start + dt.timedelta(days=number % 365)).isoformat(),
            "language": "en",
        })
    return records

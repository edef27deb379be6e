"""Article-body extraction quality on the article-extraction benchmark.

    .venv/bin/python -m bench.article_extraction [--baselines] [--eval-dir DIR]

Scored as the benchmark does: tokens ``\\w+``, 4-token shingles counted as multisets, per page
tp / fp / fn from min / excess counts normalised by their sum (so long pages weigh no more),
summed over pages; precision = tp / (tp + fp), recall = tp / (tp + fn).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO_ROOT.parent / "shared" / "eval" / "article_extraction_benchmark"
SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def page_scores(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_recall_f1(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    tp = sum(s[0] for s in scores)
    fp = sum(s[1] for s in scores)
    fn = sum(s[2] for s in scores)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_jsonl(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as f:
        return {row["id"]: row for row in map(json.loads, f)}


def product_outputs(truth: dict[str, dict], root: Path) -> dict[str, str]:
    """The product's article text for every page, read through ``read_inputs`` as a user would."""
    from eventsift.documents import ReadSettings, read_inputs

    settings = ReadSettings(detect_language=False)
    out: dict[str, str] = {}
    for key, row in truth.items():
        items = list(read_inputs([str(root / row["html_file"])], settings=settings))
        docs = [i for i in items if hasattr(i, "text")]
        # the body text alone: what every later stage reads (the headline is kept apart as the title)
        out[key] = docs[0].text if docs else ""
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--baselines", action="store_true", help="also score the shipped outputs of other tools")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "ground_truth.jsonl").exists():
        print(f"benchmark not found at {args.eval_dir}", file=sys.stderr)
        return 2
    truth = load_jsonl(args.eval_dir / "ground_truth.jsonl")
    systems: dict[str, dict[str, str]] = {"eventsift": product_outputs(truth, args.eval_dir)}
    if args.baselines:
        for path in sorted(args.eval_dir.glob("baseline_output_*.jsonl")):
            rows = load_jsonl(path)
            systems[path.stem.removeprefix("baseline_output_")] = {k: r.get("articleBody") or "" for k, r in rows.items()}
    print(f"{'system':<14} {'pages':>5} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, outputs in systems.items():
        scores = [page_scores(row["articleBody"], outputs.get(key, "")) for key, row in truth.items()]
        p, r, f = precision_recall_f1(scores)
        print(f"{name:<14} {len(scores):>5} {p:>9.3f} {r:>7.3f} {f:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

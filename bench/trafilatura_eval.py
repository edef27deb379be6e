"""Text, title and date extraction on trafilatura's evaluation pages.

    .venv/bin/python -m bench.trafilatura_eval [--eval-dir DIR] [--show-misses]

For each page: the share of must-include snippets found in the product's text, the share of
must-exclude snippets kept out of it, and whether the title and the publication date are right.
Snippets are compared with whitespace collapsed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO_ROOT.parent / "shared" / "eval" / "trafilatura_eval_en"


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def score_page(row: dict, doc) -> dict[str, float]:  # noqa: ANN001 - Document or None
    text = norm(doc.text) if doc else ""
    with_ = row.get("with") or []
    without = row.get("without") or []
    return {
        "found": sum(norm(s) in text for s in with_),
        "with": len(with_),
        "kept_out": sum(norm(s) not in text for s in without) if doc else len(without),
        "without": len(without),
        "title": float(bool(doc) and norm(doc.title).lower() == norm(row.get("title")).lower()),
        "date": float(bool(doc) and doc.published is not None and doc.published.isoformat() == row.get("date")),
        "has_date": float(bool(row.get("date"))),
        "read": float(bool(doc)),
    }


def main(argv: list[str] | None = None) -> int:
    from eventsift.documents import ReadSettings, read_inputs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    truth_path = args.eval_dir / "ground_truth.jsonl"
    if not truth_path.exists():
        print(f"evaluation pages not found at {args.eval_dir}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in truth_path.open(encoding="utf-8")]
    settings = ReadSettings(detect_language=False)
    totals: dict[str, float] = {}
    for row in rows:
        items = list(read_inputs([str(args.eval_dir / row["html_file"])], settings=settings))
        doc = next((i for i in items if hasattr(i, "text")), None)
        scores = score_page(row, doc)
        if args.show_misses and (scores["title"] < 1 or (scores["has_date"] and scores["date"] < 1)):
            print(f"# {row['html_file']}: title {doc.title if doc else None!r} vs {row.get('title')!r}; "
                  f"date {doc.published if doc else None} vs {row.get('date')}", file=sys.stderr)
        for key, value in scores.items():
            totals[key] = totals.get(key, 0.0) + value
    n = len(rows)
    print(f"{'measure':<34} {'value':>6}")
    print(f"{'pages':<34} {n:>6}")
    print(f"{'pages read':<34} {totals['read'] / n:>6.3f}")
    print(f"{'must-include snippets found':<34} {totals['found'] / max(1, totals['with']):>6.3f}")
    print(f"{'must-exclude snippets kept out':<34} {totals['kept_out'] / max(1, totals['without']):>6.3f}")
    print(f"{'title accuracy':<34} {totals['title'] / n:>6.3f}")
    print(f"{'date accuracy (pages with a date)':<34} {totals['date'] / max(1, totals['has_date']):>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

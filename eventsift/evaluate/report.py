"""Writers for an ``EvaluationResult``: a console table, Markdown, HTML and JSON reports.

Reports include the worst misses with their text so a person can see what went wrong; such a
report is for local reading (the texts belong to the data set's owners).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from eventsift.errors import InputError
from eventsift.evaluate import EvaluationResult
from eventsift.evaluate.scoring import FieldScore

# Fields in the order a reader wants them; anything else measured follows alphabetically.
FIELD_ORDER = (
    "event_type", "sub_event_type", "type_agreement", "inter1", "inter2", "actor1", "actor2", "perpetrator",
    "gtd_attack_type", "acled_type_fits_gtd_attack_type", "fatalities", "injured", "abducted", "date_exact",
    "date_within_3_days", "date_precision",
    "country", "admin1", "location_within_km", "location_name", "geo_precision", "certainty", "historical",
    "extra_events_within_allowance",
)
# Characters of a miss's text shown in a report: enough for an ACLED note or a GTD summary.
MISS_TEXT_CHARS = 1200
ERROR_UNITS = {"fatalities": "people", "injured": "people", "abducted": "people", "date_within_3_days": "days",
               "location_within_km": "km"}


def _ordered(result: EvaluationResult) -> list[tuple[str, FieldScore]]:
    known = [(n, result.fields[n]) for n in FIELD_ORDER if n in result.fields]
    rest = sorted((n, s) for n, s in result.fields.items() if n not in FIELD_ORDER)
    return known + rest


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _field_rows(result: EvaluationResult) -> list[list[str]]:
    rows = [["events: precision", _fmt(result.precision), str(result.matched_gold + result.extra_predictions), ""],
            ["events: recall", _fmt(result.recall), str(result.required_gold), ""],
            ["events: F1", _fmt(result.f1), "", ""]]
    if result.precision_in_scope is not None:  # extras outside what the data set codes at all are not counted
        rows += [["events in the data set's scope: precision", _fmt(result.precision_in_scope), "", ""],
                 ["events in the data set's scope: F1", _fmt(result.f1_in_scope), "", ""]]
    if result.other_incidents:
        rows.append(["other current events per report (not scored)",
                     _fmt(result.other_incidents / max(result.documents, 1), 2), str(result.other_incidents), ""])
    for name, score in _ordered(result):
        mae = f"{_fmt(score.mean_error, 2)} {ERROR_UNITS.get(name, '')}".strip() if score.mean_error is not None else ""
        rows.append([name, _fmt(score.accuracy), str(score.n), mae])
    return rows


def text_table(result: EvaluationResult) -> str:
    """The per-field figures as an aligned console table."""
    head = (f"{result.dataset} {result.path}: {result.documents} documents, {result.required_gold} gold events, "
            f"{len(result.rejected)} rejected, {result.seconds:.1f} s")
    rows = [["figure", "value", "n", "mean error"], *_field_rows(result)]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [head] + ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def _matrix(confusion) -> tuple[list[str], list[str], dict[tuple[str, str], int]]:  # noqa: ANN001
    golds = sorted({g for g, _ in confusion})
    preds = sorted({p for _, p in confusion})
    return golds, preds, dict(confusion)


def markdown(result: EvaluationResult) -> str:
    out = [f"# Evaluation: {result.dataset}", "", f"`{result.path}`: {result.documents} documents, "
           f"{result.required_gold} gold events, {len(result.rejected)} rejected, {result.seconds:.1f} s", "",
           "| figure | value | n | mean error |", "|---|---|---|---|"]
    out += [f"| {' | '.join(r)} |" for r in _field_rows(result)]
    for title, confusion in (("event types", result.confusion), ("sub-event types", result.sub_confusion)):
        if not confusion:
            continue
        golds, preds, cells = _matrix(confusion)
        out += ["", f"## Confusion matrix, {title} (rows: gold, columns: predicted)", "",
                "| gold \\ predicted | " + " | ".join(preds) + " |", "|---" * (len(preds) + 1) + "|"]
        out += [f"| {g} | " + " | ".join(str(cells.get((g, p), "")) for p in preds) + " |" for g in golds]
    if result.misses:
        out += ["", "## Worst misses", ""]
        for m in result.misses:
            out += [f"### {m.document_id} (cost {m.cost:g}; wrong: {', '.join(m.wrong_fields) or '-'})", "",
                    "> " + m.text[:MISS_TEXT_CHARS].replace("\n", "\n> "), "",
                    f"- gold: `{json.dumps(m.gold, ensure_ascii=False)}`",
                    f"- predicted: `{json.dumps(m.predicted, ensure_ascii=False)}`", ""]
    return "\n".join(out) + "\n"


def html_report(result: EvaluationResult) -> str:
    esc = html.escape
    parts = ["<!doctype html><html><head><meta charset='utf-8'>",
             f"<title>eventsift evaluation: {esc(result.dataset)}</title>",
             "<style>body{font-family:sans-serif;max-width:75em;margin:2em auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}td:first-child,th:first-child"
             "{text-align:left}blockquote{background:#f6f6f6;padding:.5em;white-space:pre-wrap}</style></head><body>",
             f"<h1>Evaluation: {esc(result.dataset)}</h1><p><code>{esc(result.path)}</code>: {result.documents} "
             f"documents, {result.required_gold} gold events, {len(result.rejected)} rejected, {result.seconds:.1f} s</p>",
             "<table><tr><th>figure</th><th>value</th><th>n</th><th>mean error</th></tr>"]
    parts += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in _field_rows(result)]
    parts.append("</table>")
    for title, confusion in (("event types", result.confusion), ("sub-event types", result.sub_confusion)):
        if not confusion:
            continue
        golds, preds, cells = _matrix(confusion)
        parts.append(f"<h2>Confusion matrix, {title}</h2><p>rows: gold, columns: predicted</p><table><tr><th></th>")
        parts += [f"<th>{esc(p)}</th>" for p in preds]
        parts.append("</tr>")
        for g in golds:
            parts.append(f"<tr><th>{esc(g)}</th>" + "".join(f"<td>{cells.get((g, p), '')}</td>" for p in preds) + "</tr>")
        parts.append("</table>")
    if result.misses:
        parts.append("<h2>Worst misses</h2>")
        for m in result.misses:
            parts.append(f"<h3>{esc(m.document_id)} (cost {m.cost:g}; wrong: {esc(', '.join(m.wrong_fields) or '-')})</h3>"
                         f"<blockquote>{esc(m.text[:MISS_TEXT_CHARS])}</blockquote>"
                         f"<p>gold: <code>{esc(json.dumps(m.gold, ensure_ascii=False))}</code></p>"
                         f"<p>predicted: <code>{esc(json.dumps(m.predicted, ensure_ascii=False))}</code></p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(result: EvaluationResult, path: str | Path) -> Path:
    """Write a report; the format follows the suffix: ``.html``, ``.md`` or ``.json``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        text = html_report(result)
    elif suffix in (".md", ".markdown"):
        text = markdown(result)
    elif suffix == ".json":
        text = json.dumps(result.as_dict(with_text=True), indent=2, ensure_ascii=False, default=str)
    else:
        raise InputError(f"unknown report format {suffix!r}: use .html, .md or .json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path

"""The evaluate command, with the pipeline replaced by a stand-in that codes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eventsift.pipeline
from eventsift.cli import main
from eventsift.evaluate.standins import EmptyPipeline


@pytest.fixture()
def case_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(eventsift.pipeline, "Pipeline", lambda **kw: EmptyPipeline())
    path = tmp_path / "case.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": f"Report {i}.", "label": label})
                              for i, label in enumerate(["ARMED_CLASH", "DIPLO", "ARREST"])))
    return path


def test_prints_the_figures(case_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["evaluate", "case", str(case_file), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "type_agreement" in out and "3 documents" in out


def test_json_and_report(case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    report = tmp_path / "out" / "report.html"
    assert main(["evaluate", "case", str(case_file), "--limit", "2", "--json", "--report", str(report)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 2 and data["fields"]["type_agreement"]["accuracy"] == 0.5
    assert "Report 0." in report.read_text(encoding="utf-8")


@pytest.mark.parametrize("argv", [["evaluate", "case", "missing.jsonl"], ["evaluate", "case", "{path}", "--report", "r.pdf"]])
def test_errors_exit_1(case_file: Path, argv: list[str], capsys: pytest.CaptureFixture) -> None:
    argv = [a.replace("{path}", str(case_file)) for a in argv]
    assert main(argv) == 1
    assert "eventsift evaluate:" in capsys.readouterr().err

"""The ``eventsift read`` command: what the product reads, as text or JSON; rejections on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventsift.cli import main

REPO = Path(__file__).resolve().parents[1]
TEXT = (
    "Blast kills three in market\n\n"
    "KHARAN: A bomb hidden in a cart exploded in a crowded market on Friday, killing three people and wounding "
    "eleven, police said. The market was closed for the rest of the day.\n\n"
    "Published in Frontier Post, March 5th, 2021\n"
)


def test_read_json(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["read", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["title"], out["dateline"], out["publisher"], out["published"]) == (
        "Blast kills three in market", "Kharan", "Frontier Post", "2021-03-05")
    assert out["text"].startswith("KHARAN: A bomb") and "Published in" not in out["text"]


@pytest.mark.parametrize(("args", "code"), [(["missing.txt"], 1), (["missing.txt", "good.txt"], 0)])
def test_read_reports_rejections_on_stderr(tmp_path, capsys, monkeypatch, args, code):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    assert main(["read", *args]) == code
    captured = capsys.readouterr()
    assert "missing.txt: read: no such file or directory" in captured.err
    assert ("published: 2021-03-05" in captured.out) == (code == 0)


def test_read_from_stdin():
    result = subprocess.run([sys.executable, "-m", "eventsift", "read", "-", "--format", "json"], input=TEXT.encode(),
                            capture_output=True, cwd=REPO, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "-"

"""`eventsift extract` end to end: formats, bad input reported by name, exit codes."""

import csv
import io
import json

import pytest

from eventsift.cli import main

REPORT = "PESHAWAR: Four policemen were killed when militants attacked a checkpoint in Peshawar on Tuesday.\n"


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "j1", "text": REPORT, "published": "2018-03-15"}) + "\n{not json\n",
                     encoding="utf-8")
    return tmp_path


def test_jsonl_output_and_document_id(files, capsys):
    assert main(["extract", str(files / "batch.jsonl"), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["document_id"] for e in events] == ["j1"]
    assert events[0]["fatalities"] == 4 and events[0]["event_date"] == "2018-03-13"
    assert "batch.jsonl:2" in err and "JSON" in err


def test_bad_inputs_are_named_and_the_rest_goes_on(files, capsys):
    code = main(["extract", str(files / "empty.txt"), str(files / "blob.txt"), str(files / "good.txt"),
                 "--published", "2018-03-15", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0
    assert len(json.loads(out)) == 1
    assert "empty.txt" in err and "blob.txt" in err


def test_nothing_processed_exits_non_zero(files, capsys):
    assert main(["extract", str(files / "empty.txt"), str(files / "blob.txt")]) == 1
    assert "empty.txt" in capsys.readouterr().err


def test_csv_and_table(files, capsys):
    assert main(["extract", str(files / "good.txt"), "--published", "2018-03-15", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["sub_event_type"] == "Armed clash" and rows[0]["location"] == "Peshawar"
    assert main(["extract", str(files / "good.txt"), "--published", "2018-03-15"]) == 0
    assert "Armed clash" in capsys.readouterr().out

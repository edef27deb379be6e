"""The ingest and events commands, end to end on a SQLite store (the pipeline replaced by the stand-in)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from eventsift.cli import main
from eventsift.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from test_store_ingest import StandInPipeline  # noqa: E402

REPORTS = [
    {"id": "r1", "text": "Dawn report. type=Battles date=2020-05-01 lat=30.0 lon=67.0 killed=5 actor=Taliban place=Quetta",
     "published": "2020-05-01", "publisher": "Dawn"},
    {"id": "r2", "text": "Geo follow-up. type=Battles date=2020-05-01 lat=30.01 lon=67.0 killed=8 actor=Taliban place=Quetta",
     "published": "2020-05-02", "publisher": "Geo"},
    {"id": "r3", "text": "Separate. type=Riots sub=Mob_violence date=2020-05-01 lat=33.0 lon=70.0 place=Bannu",
     "published": "2020-05-02", "publisher": "Dawn"},
]


@pytest.fixture
def db(tmp_path: Path, monkeypatch) -> str:
    monkeypatch.setattr("eventsift.pipeline.Pipeline", StandInPipeline)
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    return path


def test_ingest_summary_and_rerun(db: str, batch: Path, capsys) -> None:
    assert main(["ingest", str(batch), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "3 documents read, 3 stored, 0 already stored, 0 near-duplicates, 0 rejected; 2 events stored, 1 merged" in out
    assert main(["ingest", str(batch), "--db", db]) == 0
    assert "0 stored, 3 already stored" in capsys.readouterr().out


def test_ingest_fails_when_nothing_can_be_processed(db: str, tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["ingest", str(empty), "--db", db]) == 1
    assert "1 rejected" in capsys.readouterr().out


def test_events_list_show_edit_confirm_reject(db: str, batch: Path, capsys) -> None:
    main(["ingest", str(batch), "--db", db])
    capsys.readouterr()
    assert main(["events", "--db", db, "--format", "jsonl"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    battle = next(e for e in events if e["event_type"] == "Battles")
    assert (battle["fatalities_low"], battle["fatalities"], battle["fatalities_high"]) == (5, 8, 8)
    assert len(battle["sources"]) == 2

    assert main(["events", "show", battle["event_id"], "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "merged because: same type (Battles)" in shown and "km apart" in shown
    assert "fatalities by source, oldest first: 5 (r1, 2020-05-01), 8 (r2, 2020-05-02)" in shown

    assert main(["events", "edit", battle["event_id"], "fatalities=6", "location=Quetta Cantonment", "--by", "ana", "--db", db]) == 0
    assert main(["events", "reject", battle["event_id"], "--by", "ana", "--note", "duplicate", "--db", db]) == 0
    capsys.readouterr()
    assert main(["events", "--db", db, "--type", "Battles"]) == 0
    assert "0 events" in capsys.readouterr().out
    assert main(["events", "confirm", battle["event_id"], "--db", db]) == 0
    capsys.readouterr()
    assert main(["events", "--db", db, "--type", "battles"]) == 0
    table = capsys.readouterr().out
    assert "Quetta Cantonment" in table and "confirmed" in table and "1 events" in table


@pytest.mark.parametrize("args", [["show", "nope"], ["edit", "nope", "fatalities=1"], ["confirm", "nope"]])
def test_unknown_event_is_an_error(db: str, args: list[str], capsys) -> None:
    Store.open(db).close()  # an existing, empty store (a missing one is its own error: tests/test_cli_db_paths.py)
    assert main(["events", *args, "--db", db]) == 1
    assert "no event" in capsys.readouterr().err


def test_edit_needs_field_equals_value(db: str, batch: Path, capsys) -> None:
    main(["ingest", str(batch), "--db", db])
    assert main(["events", "edit", "r1", "fatalities", "--db", db]) == 1
    assert "FIELD=VALUE" in capsys.readouterr().err

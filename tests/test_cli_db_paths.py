"""``--db`` as a newcomer types it: a plain path is a SQLite file; a bad URL or a missing store is one line."""

from __future__ import annotations

import os

import pytest

from eventsift.cli import main
from eventsift.cli.db import store_url
from eventsift.errors import StoreError
from eventsift.store import Store


@pytest.fixture()
def store_file(tmp_path):
    path = tmp_path / "my.db"
    Store.open(f"sqlite:///{path}").close()
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("command", [["events"], ["export", "--format", "jsonl"], ["tokens", "list"]])
def test_a_plain_path_opens_that_sqlite_file(capsys, store_file, monkeypatch, command):
    monkeypatch.chdir(store_file.parent)
    code, out, err = run(capsys, command[0], "--db", "./my.db", *command[1:])
    assert code == 0, err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["events"], ["export", "--format", "acled"], ["serve"], ["tokens", "list"],
                                     ["events", "show", "ev-1"]])
def test_a_missing_store_on_a_read_command_is_one_line_and_creates_nothing(capsys, tmp_path, command):
    missing = tmp_path / "typo.db"
    code, _out, err = run(capsys, command[0], "--db", str(missing), *command[1:])
    assert code == 1
    assert err.count("\n") == 1 and f"no store at {missing}" in err
    assert not missing.exists()
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("value", ["postgresq://user@host/db", "sqlite:/x.db", "mysql://u@h/db", "http://example.org/db"])
def test_a_mistyped_url_is_one_line(capsys, value):
    code, _out, err = run(capsys, "events", "--db", value)
    assert code == 1
    assert err.count("\n") == 1 and "not a store URL" in err and "Traceback" not in err


def test_store_url_forms(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert store_url("my.db") == f"sqlite:///{tmp_path / 'my.db'}"
    assert store_url("sqlite:///abs/x.db") == "sqlite:///abs/x.db"
    assert store_url("postgresql://u@h/db") == "postgresql://u@h/db"
    monkeypatch.setenv("EVENTSIFT_DB", "sub/env.db")
    assert store_url(None) == f"sqlite:///{tmp_path / 'sub' / 'env.db'}"
    with pytest.raises(StoreError):
        store_url("   ")


def test_ingest_may_create_the_store_a_path_names(tmp_path):
    from eventsift.cli.db import open_store

    store = open_store(str(tmp_path / "new.db"), must_exist=False)
    store.close()
    assert (tmp_path / "new.db").is_file()

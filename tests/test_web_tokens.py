"""`eventsift tokens` and the token store: created once, stored hashed, verified, revoked."""

from __future__ import annotations

import hashlib

import pytest

from eventsift.cli import main
from eventsift.store import Store
from eventsift.web.auth import TokenStore


@pytest.fixture
def db_url(tmp_path) -> str:  # noqa: ANN001
    return f"sqlite:///{tmp_path / 'tokens.db'}"


def test_cli_create_list_revoke(db_url, capsys) -> None:  # noqa: ANN001
    assert main(["tokens", "--db", db_url, "create", "field desk"]) == 0
    secret = capsys.readouterr().out.strip()
    assert secret.startswith("es_") and len(secret) > 40
    assert main(["tokens", "--db", db_url, "list"]) == 0
    listing = capsys.readouterr().out
    assert "field desk" in listing and "active" in listing and secret not in listing
    assert main(["tokens", "--db", db_url, "create", "field desk"]) == 1  # names are unique
    assert main(["tokens", "--db", db_url, "revoke", "field desk"]) == 0
    assert main(["tokens", "--db", db_url, "revoke", "field desk"]) == 1  # already revoked
    store = Store.open(db_url)
    try:
        assert TokenStore(store.engine).verify(secret) is None
    finally:
        store.close()


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_bad_names_are_refused(db_url, name) -> None:  # noqa: ANN001
    store = Store.open(db_url)
    try:
        with pytest.raises(ValueError):
            TokenStore(store.engine).create(name)
    finally:
        store.close()


def test_verify_matches_only_the_exact_token(db_url) -> None:  # noqa: ANN001
    store = Store.open(db_url)
    try:
        tokens = TokenStore(store.engine)
        _, first = tokens.create("a")
        _, second = tokens.create("b")
        assert first != second
        assert tokens.verify(first).name == "a" and tokens.verify(second).name == "b"
        for wrong in (None, "", first[:-1], first + "x", first.upper(), hashlib.sha256(first.encode()).hexdigest()):
            assert tokens.verify(wrong) is None
    finally:
        store.close()

"""API tokens for the server's write endpoints (and reads, when reads are protected).

A token is shown once when created; only its SHA-256 hash is stored, in the store's ``api_tokens`` table
(created by the store's migrations). Presented tokens are compared with every active hash in
constant time, so the time a check takes does not depend on how much of a token was right.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from eventsift.store.connect import READ_ONLY
from eventsift.store.schema import TOKEN_NAME_LENGTH, TOKEN_SHOWN_LENGTH, api_tokens

log = logging.getLogger(__name__)

# 32 random bytes (256 bits) from the OS generator: far beyond guessing, still short enough to paste.
TOKEN_BYTES = 32
# Prefix that makes a leaked token easy to recognise in logs and secret scanners.
TOKEN_PREFIX = "es_"
# Characters of the token kept in clear so `tokens list` can tell tokens apart without revealing them.
SHOWN_CHARS = TOKEN_SHOWN_LENGTH - len(TOKEN_PREFIX)
# Longest token name accepted; names are labels for people, not data.
MAX_NAME_LENGTH = TOKEN_NAME_LENGTH


@dataclass(slots=True, kw_only=True)
class TokenInfo:
    """A stored token, without its secret."""

    id: int
    name: str
    shown: str  # the first characters of the token, e.g. "es_AbC12x"
    created: dt.datetime
    revoked: dt.datetime | None = None


def hash_token(token: str) -> str:
    """The hex SHA-256 of a token: what the database keeps."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _info(row: sa.Row) -> TokenInfo:
    return TokenInfo(id=row.id, name=row.name, shown=row.shown, created=row.created, revoked=row.revoked)


class TokenStore:
    """Create, list, revoke and verify API tokens in the ``api_tokens`` table."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine  # of a store opened with Store.open, whose migrations made the table

    def create(self, name: str) -> tuple[TokenInfo, str]:
        """A new token named ``name``: its record and the secret, which is not stored and cannot be shown again."""
        name = name.strip()
        if not name or len(name) > MAX_NAME_LENGTH:
            raise ValueError(f"a token name must have 1 to {MAX_NAME_LENGTH} characters")
        token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        values = {
            "name": name,
            "token_hash": hash_token(token),
            "shown": token[: len(TOKEN_PREFIX) + SHOWN_CHARS],
            "created": dt.datetime.now(dt.timezone.utc),
        }
        try:
            with self.engine.begin() as conn:
                token_id = conn.execute(api_tokens.insert().values(**values)).inserted_primary_key[0]
        except sa.exc.IntegrityError as exc:
            raise ValueError(f"a token named {name!r} already exists") from exc
        log.info("created API token %s", name)
        return TokenInfo(id=token_id, revoked=None, **{k: values[k] for k in ("name", "shown", "created")}), token

    def list(self) -> list[TokenInfo]:
        with self.engine.connect().execution_options(**{READ_ONLY: True}) as conn:
            rows = conn.execute(sa.select(api_tokens).order_by(api_tokens.c.id)).all()
        return [_info(row) for row in rows]

    def revoke(self, name: str) -> bool:
        """Revoke the token named ``name``; False when there is no such active token."""
        stmt = (
            api_tokens.update()
            .where(api_tokens.c.name == name, api_tokens.c.revoked.is_(None))
            .values(revoked=dt.datetime.now(dt.timezone.utc))
        )
        with self.engine.begin() as conn:
            done = conn.execute(stmt).rowcount > 0
        if done:
            log.info("revoked API token %s", name)
        return done

    def verify(self, token: str | None) -> TokenInfo | None:
        """The active token matching ``token``, or None. Every active hash is compared in constant time."""
        if not token:
            return None
        presented = hash_token(token)
        with self.engine.connect().execution_options(**{READ_ONLY: True}) as conn:
            rows = conn.execute(sa.select(api_tokens).where(api_tokens.c.revoked.is_(None))).all()
        found = None
        for row in rows:  # no early exit: the loop takes the same time wherever the match is
            if hmac.compare_digest(presented, row.token_hash):
                found = row
        return _info(found) if found is not None else None

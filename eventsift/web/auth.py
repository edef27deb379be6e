"""API tokens: kept by the store (``eventsift.store.tokens``); re-exported here for the web app's imports."""

from eventsift.store.tokens import MAX_NAME_LENGTH, SHOWN_CHARS, TOKEN_BYTES, TOKEN_PREFIX, TokenInfo, TokenStore, hash_token

__all__ = ["MAX_NAME_LENGTH", "SHOWN_CHARS", "TOKEN_BYTES", "TOKEN_PREFIX", "TokenInfo", "TokenStore", "hash_token"]

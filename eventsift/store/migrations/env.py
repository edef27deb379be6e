"""Alembic environment: the store passes its open connection in ``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from eventsift.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the store always passes one
    raise RuntimeError("eventsift migrations run through eventsift.store.Store.open")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

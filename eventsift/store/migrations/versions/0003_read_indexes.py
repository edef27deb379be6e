"""Indexes for the API's reads: filters by country, event type, admin1 and sub-type ignore case (they compare
lower(column)), the page's facets and timeline read only status, date, type, country and fatalities, and the
store's data version (the count of events and their latest updated_at) keys the cache of whole answers.

Measured on a 10,000-event SQLite store (bench/api_load.py): a country filter 11 -> 2.5 ms, facets 20 -> 1.5 ms.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LOWER = ("country", "admin1", "event_type", "sub_event_type")


def upgrade() -> None:
    for name in LOWER:
        op.create_index(f"ix_events_lower_{name}", "events", [sa.text(f"lower({name})")])
    op.create_index("ix_events_overview", "events", ["event_type", "country", "status", "event_date", "fatalities"])
    op.create_index("ix_events_updated_at", "events", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_events_updated_at", table_name="events")
    op.drop_index("ix_events_overview", table_name="events")
    for name in LOWER:
        op.drop_index(f"ix_events_lower_{name}", table_name="events")

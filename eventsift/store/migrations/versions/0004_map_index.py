"""Indexes for the map: the GeoJSON's events (which, in which order, changed when) and the timeline's counts,
read without the table rows.

The store rebuilds only the features of events changed since its last answer (store.answers.AnswerCache.geojson); finding them
scanned every row of the events table (~55 ms at 10,000 events), the index takes ~10 ms. The weekly timeline
read each event's row for its type, status and toll: 27 ms of CPU at 10,000 events, 10 ms from the index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_map", "events", ["event_date", "id", "status", "latitude", "longitude", "updated_at"])
    op.create_index("ix_events_timeline", "events", ["event_date", "event_type", "status", "fatalities"])


def downgrade() -> None:
    op.drop_index("ix_events_timeline", table_name="events")
    op.drop_index("ix_events_map", table_name="events")

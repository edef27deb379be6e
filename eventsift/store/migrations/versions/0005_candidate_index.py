"""An index for finding the events a new report may merge with: by date precision, date and place.

A report is compared with events dated to the day within a few days of it (the follow-up window) and with
the few events dated only to the week, month or year within a year. Looked up in ix_events_map, the year's
window of day-dated events was read too (~290 ms a document at 100,000 events, bench.merge_scale); with this
index each window is one range of the index, latitude and longitude checked in it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_candidates", "events", ["date_precision", "event_date", "latitude", "longitude"])


def downgrade() -> None:
    op.drop_index("ix_events_candidates", table_name="events")

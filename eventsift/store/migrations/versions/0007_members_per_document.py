"""An event may hold more than one report of a document: a report that codes one incident twice (the shooting on its
date and again on the publication date, or the incident split in two by its own sentences) gives both events to the
incident's event when each matches it. Until now the pair (event, document) was unique, and the second report of such
a document founded an event of its own beside the incident's.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import warnings

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with warnings.catch_warnings():
        # SQLite rebuilds the table, reading the tables it refers to; the events' expression indexes are left as they are.
        warnings.filterwarnings("ignore", message="Skipped unsupported reflection of expression-based index")
        with op.batch_alter_table("event_members") as batch:
            batch.drop_constraint("uq_event_members_event_document", type_="unique")


def downgrade() -> None:
    with op.batch_alter_table("event_members") as batch:
        batch.create_unique_constraint("uq_event_members_event_document", ["event_id", "document_id"])

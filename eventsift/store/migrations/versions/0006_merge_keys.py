"""Identity keys of reports (a person named in full, a numbered address): a follow-up that the extraction dates or
places apart from its incident (a court report coded on the hearing's date, a namesake town) finds the event of its
first report by them, one index range per key (ix_merge_keys_key_date), not by a scan.

Reports stored before this migration get their keys here, read from their event sentences.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from eventsift.records import Event
    from eventsift.store import merge

    table = op.create_table(
        "merge_keys",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("report_id", sa.String(64), sa.ForeignKey("reports.id"), primary_key=True),
        sa.Column("event_date", sa.Date),
    )
    op.create_index("ix_merge_keys_key_date", "merge_keys", ["key", "event_date"])
    conn = op.get_bind()
    reports = sa.table("reports", sa.column("id", sa.String(64)), sa.column("data", sa.JSON))
    rows = []
    for row in conn.execute(sa.select(reports.c.id, reports.c.data)):
        report = Event.from_dict(row.data)
        rows += [{"key": key, "report_id": row.id, "event_date": report.event_date} for key in merge.identity_keys(report)]
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_index("ix_merge_keys_key_date", table_name="merge_keys")
    op.drop_table("merge_keys")

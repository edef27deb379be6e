"""The initial store: documents, reports, merged events, members, evidence, sources, corrections, checkpoints.

Revision ID: 0001
Revises:
Create Date: 2026-05-20
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(64)
TS = sa.DateTime(timezone=True)


def _event_columns() -> list[sa.Column]:
    text = ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]
    cols = [sa.Column("event_type", sa.Text, nullable=False), sa.Column("sub_event_type", sa.Text, nullable=False)]
    cols += [sa.Column(n, sa.Text) for n in text]
    cols += [sa.Column("inter1", sa.Integer), sa.Column("inter2", sa.Integer)]
    cols += [sa.Column("event_date", sa.Date), sa.Column("date_end", sa.Date)]
    cols += [sa.Column("date_precision", sa.String(8)), sa.Column("time_precision", sa.Integer)]
    cols += [sa.Column(n, sa.Text) for n in ("country", "admin1", "admin2", "location")]
    cols += [sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float)]
    cols += [sa.Column("geonameid", sa.BigInteger), sa.Column("geo_precision", sa.Integer)]
    counts = ["fatalities", "fatalities_low", "fatalities_high", "injured", "abducted", "arrested"]
    cols += [sa.Column(n, sa.Integer) for n in counts]
    cols += [sa.Column("certainty", sa.String(16), nullable=False), sa.Column("historical", sa.Boolean, nullable=False)]
    cols += [sa.Column(n, sa.Text) for n in ("cameo", "plover", "gtd_attack_type")]
    return cols


def upgrade() -> None:
    _documents_and_events()
    _reports_and_members()
    _evidence_and_sources()
    _corrections_and_checkpoints()


def _documents_and_events() -> None:
    op.create_table(
        "documents",
        sa.Column("id", ID, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        *[sa.Column(n, sa.Text) for n in ("url", "title", "publisher")],
        sa.Column("published", sa.Date),
        sa.Column("dateline", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("source", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", TS, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", ID, primary_key=True),
        sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False),
        *_event_columns(),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("field_values", sa.JSON, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    for name in ("event_date", "country", "event_type"):
        op.create_index(f"ix_events_{name}", "events", [name])


def _reports_and_members() -> None:
    op.create_table(
        "reports",
        sa.Column("id", ID, primary_key=True),
        sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_reports_document_id", "reports", ["document_id"])
    op.create_table(
        "event_members",
        sa.Column("report_id", ID, sa.ForeignKey("reports.id"), primary_key=True),
        sa.Column("event_id", ID, sa.ForeignKey("events.id"), nullable=False),
        sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("criteria", sa.JSON, nullable=False),
        sa.Column("joined_at", TS, nullable=False),
        sa.UniqueConstraint("event_id", "document_id", name="uq_event_members_event_document"),
    )
    op.create_index("ix_event_members_event_id", "event_members", ["event_id"])


def _evidence_and_sources() -> None:
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", ID, sa.ForeignKey("events.id"), nullable=False),
        sa.Column("report_id", ID, sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.UniqueConstraint("report_id", "field", "start_char", "end_char", name="uq_evidence_span"),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])
    op.create_table(
        "sources",
        sa.Column("event_id", ID, sa.ForeignKey("events.id"), primary_key=True),
        sa.Column("document_id", ID, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("published", sa.Date),
    )


def _corrections_and_checkpoints() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", ID, sa.ForeignKey("events.id"), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("field", sa.Text),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_corrections_event_id", "corrections", ["event_id"])
    op.create_table(
        "checkpoints",
        sa.Column("key", sa.String(512), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )


def downgrade() -> None:
    for name in ("checkpoints", "corrections", "sources", "evidence", "event_members", "reports", "events", "documents"):
        op.drop_table(name)

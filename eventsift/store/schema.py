"""The store's tables (SQLAlchemy Core). The migrations in ``migrations/versions`` create them.

    documents       one row per stored report (content hash unique)
    reports         one row per event coded from one document (the pipeline's output, kept as is)
    events          merged events: the output contract, one row per real-world incident
    event_members   which reports make up which event, and the criteria that merged them
    evidence        the text every field came from
    merge_keys      what names each report's incident (full names, addresses), for finding follow-ups
    sources         the documents behind each event
    corrections     change log: confirm / edit / reject by an analyst, revise by a later report
    checkpoints     key / value state for long-running readers (e.g. one per feed)
    api_tokens      the API's tokens, SHA-256 hashes only (eventsift.store.tokens)
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

ID = sa.String(64)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("publisher", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("dateline", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("source", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

# The scalar fields of eventsift.records.Event, as columns of events.
EVENT_COLUMNS: tuple[sa.Column, ...] = (
    sa.Column("event_type", sa.Text, nullable=False),
    sa.Column("sub_event_type", sa.Text, nullable=False),
    sa.Column("actor1", sa.Text),
    sa.Column("actor2", sa.Text),
    sa.Column("assoc_actor_1", sa.Text),
    sa.Column("assoc_actor_2", sa.Text),
    sa.Column("inter1", sa.Integer),
    sa.Column("inter2", sa.Integer),
    sa.Column("event_date", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("time_precision", sa.Integer),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("fatalities_low", sa.Integer),
    sa.Column("fatalities_high", sa.Integer),
    sa.Column("injured", sa.Integer),
    sa.Column("abducted", sa.Integer),
    sa.Column("arrested", sa.Integer),
    sa.Column("certainty", sa.String(16), nullable=False),
    sa.Column("historical", sa.Boolean, nullable=False),
    sa.Column("cameo", sa.Text),
    sa.Column("plover", sa.Text),
    sa.Column("gtd_attack_type", sa.Text),
)
EVENT_FIELD_NAMES: tuple[str, ...] = tuple(c.name for c in EVENT_COLUMNS)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False),
    *[c._copy() for c in EVENT_COLUMNS],
    # active | confirmed | rejected (set by analysts; rejected events are left out of exports)
    sa.Column("status", sa.String(16), nullable=False),
    # per count field, every source's value: {"fatalities": [{"value", "document_id", ...}], ...}
    sa.Column("field_values", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_events_event_date", "event_date"),
    sa.Index("ix_events_country", "country"),
    sa.Index("ix_events_event_type", "event_type"),
    # the API's reads (migration 0003): case-blind filters, and facets / timeline read from the index alone
    *(sa.Index(f"ix_events_lower_{name}", sa.func.lower(sa.column(name)))
      for name in ("country", "admin1", "event_type", "sub_event_type")),
    sa.Index("ix_events_overview", "event_type", "country", "status", "event_date", "fatalities"),
    sa.Index("ix_events_updated_at", "updated_at"),  # the store's data version (queries.data_version)
    # the map's GeoJSON: which events, in which order, changed when (migration 0004)
    sa.Index("ix_events_map", "event_date", "id", "status", "latitude", "longitude", "updated_at"),
    # the weekly and daily timeline, counted from the index alone (migration 0004)
    sa.Index("ix_events_timeline", "event_date", "event_type", "status", "fatalities"),
    # the events a new report may merge with, by date precision, date and place (migration 0005)
    sa.Index("ix_events_candidates", "date_precision", "event_date", "latitude", "longitude"),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),  # order within the document
    sa.Column("data", sa.JSON, nullable=False),  # Event.as_dict() as the pipeline coded it
)

event_members = sa.Table(
    "event_members",
    metadata,
    sa.Column("report_id", ID, sa.ForeignKey("reports.id"), primary_key=True),
    sa.Column("event_id", ID, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("criteria", sa.JSON, nullable=False),  # MatchResult.as_dict(), {} for the founding report
    sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", ID, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("report_id", ID, sa.ForeignKey("reports.id"), nullable=False),
    sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("field", sa.Text, nullable=False),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.UniqueConstraint("report_id", "field", "start_char", "end_char", name="uq_evidence_span"),
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("event_id", ID, sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("document_id", ID, sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("publisher", sa.Text),
    sa.Column("published", sa.Date),
)

# What names a report's incident whatever its coded date and place (eventsift.store.merge.identity_keys: a person named
# in full, a numbered address), so that a follow-up dated or placed apart by the extraction still finds the event its
# first report is in (migration 0006). By report: the event it belongs to is read from event_members.
merge_keys = sa.Table(
    "merge_keys",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("report_id", ID, sa.ForeignKey("reports.id"), primary_key=True),
    sa.Column("event_date", sa.Date),
    sa.Index("ix_merge_keys_key_date", "key", "event_date"),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", ID, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("action", sa.String(16), nullable=False),  # confirm | edit | reject | revise | absorb
    sa.Column("field", sa.Text),
    sa.Column("old", sa.Text),
    sa.Column("new", sa.Text),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("note", sa.Text),
)

checkpoints = sa.Table(
    "checkpoints",
    metadata,
    sa.Column("key", sa.String(512), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# Longest API token name; names are labels for people, not data.
TOKEN_NAME_LENGTH = 100
# Characters of a token kept in clear (its "es_" prefix and 8 more) so tokens can be told apart.
TOKEN_SHOWN_LENGTH = 11

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(TOKEN_NAME_LENGTH), nullable=False, unique=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("shown", sa.String(TOKEN_SHOWN_LENGTH), nullable=False),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked", sa.DateTime(timezone=True), nullable=True),
)

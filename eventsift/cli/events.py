"""`eventsift events`: list, show, confirm, reject and edit stored events.

    eventsift events [--db URL] [--since DATE] [--country X] [--type T] [--format table|jsonl]
    eventsift events show ID
    eventsift events confirm|reject ID [--by NAME] [--note TEXT]
    eventsift events edit ID FIELD=VALUE... [--by NAME] [--note TEXT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys

from eventsift.cli.db import add_db_option, open_store
from eventsift.errors import EventsiftError, StoreError

# Widths of the table's text columns, chosen so a row fits a 120-column terminal; ids are never cut
# (they are copied into `events show`), the ID column is as wide as the longest.
TABLE_WIDTHS = {"id": 19, "date": 10, "type": 26, "where": 28, "actor": 24, "dead": 5, "src": 3, "status": 9}
# Marks beside a toll that is a range (fatalities_low < fatalities_high).
DISAGREE_MARK = "*"  # the sources give different tolls
RANGE_MARK = "~"  # one source gives a range ("at least 5", "5 to 7")


def _db_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    add_db_option(parser, default=default)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("events", help="list, show, confirm, reject or edit stored events")
    _db_option(p, default=None)
    p.add_argument("--since", type=dt.date.fromisoformat, default=None, metavar="DATE")
    p.add_argument("--until", type=dt.date.fromisoformat, default=None, metavar="DATE")
    p.add_argument("--country", default=None)
    p.add_argument("--type", dest="event_type", default=None, metavar="TYPE",
                   help="an event type or a sub-event type (the TYPE column shows the sub-event type)")
    p.add_argument("--format", dest="fmt", choices=("table", "jsonl"), default="table")
    p.add_argument("--all", action="store_true", help="include rejected events")
    p.set_defaults(func=run_list)
    sub = p.add_subparsers(dest="action", metavar="ACTION")

    show = sub.add_parser("show", help="an event, its sources, why its reports were merged, its change log")
    show.add_argument("event_id", metavar="ID")
    show.add_argument("--format", dest="fmt", choices=("text", "json"), default="text")
    _db_option(show, default=argparse.SUPPRESS)
    show.set_defaults(func=run_show)

    for action in ("confirm", "reject"):
        q = sub.add_parser(action, help=f"{action} an event (recorded in the change log)")
        q.add_argument("event_id", metavar="ID")
        q.add_argument("--by", default=None, help="who (default: the user name)")
        q.add_argument("--note", default=None)
        _db_option(q, default=argparse.SUPPRESS)
        q.set_defaults(func=run_status, status_action=action)

    edit = sub.add_parser("edit", help="set fields of an event (recorded in the change log, kept on re-ingest)")
    edit.add_argument("event_id", metavar="ID")
    edit.add_argument("changes", nargs="+", metavar="FIELD=VALUE")
    edit.add_argument("--by", default=None, help="who (default: the user name)")
    edit.add_argument("--note", default=None)
    _db_option(edit, default=argparse.SUPPRESS)
    edit.set_defaults(func=run_edit)


def _open(args: argparse.Namespace):  # noqa: ANN202
    return open_store(args.db, must_exist=True)


def type_filter(value: str | None) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) for a --type value: either an ACLED event type or a sub-event type."""
    from eventsift.ontology import typology

    if not value:
        return None, None
    subs = {name.lower(): record for name, record in typology().items()}
    record = subs.get(value.strip().lower())
    if record is not None and value.strip().lower() not in {r.event_type.lower() for r in typology().values()}:
        return record.event_type, record.sub_event_type
    return value, None


def list_by_type(store, value: str | None, **filters):  # noqa: ANN001, ANN003, ANN201
    """The store's events filtered by an event type or a sub-event type."""
    event_type, sub = type_filter(value)
    events = store.list_events(event_type=event_type, **filters)
    return [e for e in events if sub is None or e.sub_event_type == sub]


def resolve(store, given: str) -> str:  # noqa: ANN001
    """The event an id names: an event's or a report's id, an exported id, or a unique prefix of one."""
    from eventsift.export import export_id

    found = store.resolve_id(given)
    if found is not None:
        return found
    given = given.strip()
    events = store.list_events(include_rejected=True)
    exact = [e.event_id for e in events if export_id(e) == given]
    matches = exact or sorted({e.event_id for e in events if e.event_id.startswith(given) or export_id(e).startswith(given)})
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise StoreError(f"{given!r} is the start of {len(matches)} event ids: " + ", ".join(matches[:5]) +
                         (" ..." if len(matches) > 5 else ""))
    raise StoreError(f"no event {given!r}")


def _who(args: argparse.Namespace) -> str:
    if args.by:
        return args.by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _cell(value: object, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _fail(exc: Exception) -> int:
    print(f"eventsift events: {exc}", file=sys.stderr)
    return 1


def run_list(args: argparse.Namespace) -> int:
    try:
        store = _open(args)
        events = list_by_type(store, args.event_type, since=args.since, until=args.until, country=args.country,
                              include_rejected=args.all)
        statuses = {e.event_id: store.status(e.event_id) for e in events} if args.fmt == "table" else {}
    except EventsiftError as exc:
        return _fail(exc)
    if args.fmt == "jsonl":
        for event in events:
            print(json.dumps(event.as_dict(), ensure_ascii=False))
        return 0
    w = dict(TABLE_WIDTHS, id=max([TABLE_WIDTHS["id"], *(len(e.event_id) for e in events)]))
    header = ["ID".ljust(w["id"]), "DATE".ljust(w["date"]), "TYPE".ljust(w["type"]), "WHERE".ljust(w["where"]),
              "ACTOR".ljust(w["actor"]), "DEAD".rjust(w["dead"]), "SRC".rjust(w["src"]), "STATUS"]
    print("  ".join(header))
    for e in events:
        where = ", ".join(p for p in (e.location, e.admin1, e.country) if p)
        dead = "" if e.fatalities is None else str(e.fatalities) + toll_mark(e)
        print("  ".join([
            e.event_id.ljust(w["id"]), _cell(e.event_date, w["date"]).ljust(w["date"]),
            _cell(e.sub_event_type or e.event_type, w["type"]).ljust(w["type"]), _cell(where, w["where"]).ljust(w["where"]),
            _cell(e.actor1, w["actor"]).ljust(w["actor"]), dead.rjust(w["dead"]), str(len(e.sources)).rjust(w["src"]),
            statuses.get(e.event_id, ""),
        ]))
    marks = {toll_mark(e) for e in events} - {""}
    notes = [text for mark, text in ((DISAGREE_MARK, f"{DISAGREE_MARK} sources disagree on the toll"),
                                     (RANGE_MARK, f"{RANGE_MARK} the report gives a range")) if mark in marks]
    print(f"{len(events)} events" + (f"  ({'; '.join(notes)}: see `eventsift events show ID`)" if notes else ""))
    return 0


def toll_mark(event) -> str:  # noqa: ANN001
    """What stands beside a toll: nothing for one figure, * when sources disagree, ~ for one source's range."""
    if event.fatalities is None or event.fatalities_low == event.fatalities_high:
        return ""
    return DISAGREE_MARK if len(event.sources) > 1 else RANGE_MARK


def run_show(args: argparse.Namespace) -> int:
    try:
        store = _open(args)
        detail = store.show(resolve(store, args.event_id))
    except EventsiftError as exc:
        return _fail(exc)
    if args.fmt == "json":
        out = {"event": detail.event.as_dict(), "status": detail.status, "field_values": detail.field_values,
               "members": [{"report_id": m.report.event_id, "document_id": m.document_id, "criteria": m.criteria} for m in detail.members],
               "corrections": [{"action": c.action, "field": c.field, "old": c.old, "new": c.new, "who": c.who,
                                "at": c.at.isoformat(), "note": c.note} for c in detail.corrections]}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(describe(detail)))
    return 0


def describe(detail) -> list[str]:  # noqa: ANN001
    """The readable account of one event: fields, sources, merge reasons, values per source, change log."""
    e = detail.event
    lines = [f"event {e.event_id}  [{detail.status}]",
             f"  {e.event_type} / {e.sub_event_type}  on {e.event_date or '?'} ({e.date_precision or 'day'})",
             f"  where: {', '.join(p for p in (e.location, e.admin2, e.admin1, e.country) if p) or '?'}"
             f"  ({e.latitude}, {e.longitude}) geo_precision {e.geo_precision}",
             f"  actors: {e.actor1 or '-'} (inter {e.inter1}) vs {e.actor2 or '-'} (inter {e.inter2})",
             f"  fatalities: {e.fatalities} (low {e.fatalities_low}, high {e.fatalities_high})  injured {e.injured}"
             f"  abducted {e.abducted}  arrested {e.arrested}  certainty {e.certainty}",
             f"  sources ({len(e.sources)}):"]
    lines += [f"    - {s.publisher or '?'} {s.published or ''} {s.url or ''} [{s.document_id}]" for s in e.sources]
    lines.append(f"  reports ({len(detail.members)}):")
    for i, m in enumerate(detail.members):
        r = m.report
        head = f"    {i + 1}. {r.event_id} from {m.document_id}: {r.location or '?'} {r.event_date or '?'} fatalities {r.fatalities}"
        if r.historical:
            head += "  (background: an earlier incident the report recalls)"
        lines.append(head)
        if not m.criteria:
            lines.append("       first report of this event")
        else:
            lines.append("       merged because: " + "; ".join(m.criteria.get("criteria", [])))
    for name, values in detail.field_values.items():
        if len(values) > 1:
            shown = ", ".join(f"{v['value']} ({v['document_id']}, {v['published'] or 'undated'})" for v in values)
            lines.append(f"  {name} by source, oldest first: {shown}")
    if detail.corrections:
        lines.append("  change log:")
        for c in detail.corrections:
            what = f"{c.field}: {c.old} -> {c.new}" if c.field else ""
            lines.append(f"    {c.at:%Y-%m-%d %H:%M} {c.action} by {c.who} {what}" + (f"  ({c.note})" if c.note else ""))
    lines.append("  evidence:")
    lines += [f"    {ev.field}: \"{ev.sentence[:160]}\" [{ev.document_id} {ev.start}-{ev.end}]" for ev in e.evidence]
    return lines


def run_status(args: argparse.Namespace) -> int:
    try:
        store = _open(args)
        method = store.confirm if args.status_action == "confirm" else store.reject
        event_id = method(resolve(store, args.event_id), by=_who(args), note=args.note)
    except EventsiftError as exc:
        return _fail(exc)
    print(f"event {event_id} {args.status_action}ed")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    changes: dict[str, str] = {}
    for item in args.changes:
        name, sep, value = item.partition("=")
        if not sep or not name:
            return _fail(ValueError(f"expected FIELD=VALUE, got {item!r}"))
        changes[name.strip()] = value
    try:
        store = _open(args)
        event_id = store.edit(resolve(store, args.event_id), changes, by=_who(args), note=args.note)
    except EventsiftError as exc:
        return _fail(exc)
    print(f"event {event_id}: " + ", ".join(f"{k}={v}" for k, v in changes.items()))
    return 0

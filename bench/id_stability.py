"""How many event ids change when the same reports are ingested in another order: the store's own ids
(an event keeps its first report's id) against the ids the exports write (``eventsift.export.export_id``).

    .venv/bin/python -m bench.id_stability [--reports 90] [--incidents 30] [--orders 5]

The reports are invented, coded by the stand-in coder of the store tests (the events are written into the
text), so the figure is the store's and the exporter's alone.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from eventsift.export import acled_event_id, export_id
from eventsift.store import Store

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from test_store_ingest import doc, events_from_text  # noqa: E402


def corpus(reports: int, incidents: int) -> list:
    out = []
    for i in range(reports):
        k = i % incidents
        text = (f"Report {i}. type=Battles sub=Armed_clash date=2020-05-{1 + k % 20:02d} lat={30 + (k % 6) * 0.9:.3f} "
                f"lon={67 + (k // 6) * 0.9:.3f} killed={k % 4 + i % 3} actor=Taliban")
        out.append(doc(text, published=f"2020-05-{21 + i % 3:02d}", publisher=f"Outlet {i % 4}"))
    return out


def ids_after(documents: list, path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(store id, export id) of each event, keyed by the sorted document ids of its sources."""
    with Store.open(f"sqlite:///{path}") as store:
        for d in documents:
            store.ingest(d, events_from_text(d))
        events = store.list_events()
    key = {e.event_id: ",".join(sorted(s.document_id for s in e.sources)) for e in events}
    return ({key[e.event_id]: e.event_id for e in events},
            {key[e.event_id]: f"{export_id(e)} {acled_event_id(e)}" for e in events})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=90)
    parser.add_argument("--incidents", type=int, default=30)
    parser.add_argument("--orders", type=int, default=5)
    args = parser.parse_args()
    documents = corpus(args.reports, args.incidents)
    with tempfile.TemporaryDirectory() as tmp:
        base_store, base_export = ids_after(documents, Path(tmp) / "base.db")
        print(f"{args.reports} reports, {len(base_store)} events; ids that differ from the first order's:")
        for seed in range(1, args.orders + 1):
            shuffled = documents[:]
            random.Random(seed).shuffle(shuffled)
            store_ids, export_ids = ids_after(shuffled, Path(tmp) / f"order{seed}.db")
            same_events = set(store_ids) == set(base_store)
            store_changed = sum(store_ids.get(k) != v for k, v in base_store.items())
            export_changed = sum(export_ids.get(k) != v for k, v in base_export.items())
            print(f"  order {seed}: same events {same_events}; store ids {store_changed} of {len(base_store)}, "
                  f"export ids {export_changed} of {len(base_export)}")


if __name__ == "__main__":
    main()

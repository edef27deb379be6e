"""A report and its update: an article revised at its address (the same document id with another text) or re-published
at the same URL revises the event's toll; every version's toll is kept as the history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventsift.records import Document, Event, Evidence, Source
from eventsift.store import Store, merge

DAY = dt.date(2016, 9, 3)
FIRST = "Two people were killed and one was wounded when a gunman opened fire outside a diner on Harbor Road."
UPDATE = ("UPDATE: A third victim has died. Three people were killed when a gunman opened fire outside a diner on "
          "Harbor Road.")


def coded(document: Document, killed: int) -> list[Event]:
    """What a pipeline codes from either version: one attack at the same place, on the day of the report."""
    sentence = document.text
    return [Event(event_id=f"ev-{document.id}-0", document_id=document.id, event_type="Violence against civilians",
                  sub_event_type="Attack", actor1="Unidentified Armed Group (United States)", event_date=DAY,
                  date_precision="day", country="United States", admin1="Oregon", admin2="Lane County",
                  location="Cedar Falls", latitude=44.05, longitude=-123.09, geo_precision=1, fatalities=killed,
                  evidence=[Evidence(document_id=document.id, field="event_type", sentence=sentence, start=0,
                                     end=len(sentence))])]


def test_an_article_updated_at_its_address_revises_the_toll_and_keeps_the_history(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    url = "https://news.example/local/diner-shooting"
    first = Document(id="doc-diner", text=FIRST, url=url, published=DAY, publisher="Valley Courier")
    update = Document(id="doc-diner", text=UPDATE, url=url, published=DAY, publisher="Valley Courier")
    one = store.ingest(first, coded(first, 2))
    assert not store.has_document(update)  # the same id with another text is a revision, not a copy
    assert store.has_document(first) and store.has_document(Document(id="doc-diner", text=""))
    two = store.ingest(update, coded(update, 3))
    assert two.stored and two.document_id != "doc-diner" and two.event_ids == one.event_ids
    assert not store.ingest(update, coded(update, 3)).stored  # the same update again is a copy
    (event,) = store.list_events()
    assert event.fatalities == 3 and event.fatalities_high == 3
    detail = store.show(event.event_id)
    store.close()
    assert [v["value"] for v in detail.field_values["fatalities"]] == [2, 3]
    assert [(c.field, c.old, c.new) for c in detail.corrections if c.action == "revise" and c.field == "fatalities"] \
        == [("fatalities", "2", "3")]
    assert detail.members[-1].criteria["ok"] and len(detail.members) == 2


def _report(doc: str, killed: int, *, url: str | None, publisher: str) -> Event:
    return Event(event_id=f"{doc}-1", document_id=doc, event_type="Violence against civilians", sub_event_type="Attack",
                 event_date=DAY, date_precision="day", country="United States", admin1="Oregon", location="Cedar Falls",
                 latitude=44.05, longitude=-123.09, geo_precision=1, fatalities=killed,
                 evidence=[Evidence(document_id=doc, field="event_type", sentence=FIRST, start=0, end=len(FIRST))],
                 sources=[Source(document_id=doc, url=url, publisher=publisher, published=DAY)])


def test_same_day_reports_keep_the_lower_toll_unless_one_updates_the_other() -> None:
    a = _report("a", 3, url="https://one.example/a", publisher="Valley Courier")
    b = _report("b", 2, url="https://two.example/b", publisher="Coast Herald")
    merged = merge.reconcile([a, b])
    assert (merged.event.fatalities_low, merged.event.fatalities, merged.event.fatalities_high) == (2, 2, 3)
    # The same article re-published at its URL with a new toll: the later version replaces the earlier one.
    revised = _report("a2", 4, url="https://one.example/a/", publisher="Valley Courier")
    merged = merge.reconcile([a, b, revised])
    assert merge.current_reports([a, b, revised]) == [b, revised]
    assert (merged.event.fatalities_low, merged.event.fatalities, merged.event.fatalities_high) == (2, 2, 4)
    assert [v.value for v in merged.values["fatalities"]] == [3, 2, 4]
    merged = merge.reconcile([a, revised])
    assert merged.event.fatalities == 4 and [v.value for v in merged.values["fatalities"]] == [3, 4]
    # Versions of one article tie their reports as an identity cue.
    strength, what = merge.identity_cues(a, revised)
    assert "versions of one article" in what and strength >= merge.SAME_ARTICLE_CUE
    assert "versions of one article" not in merge.identity_cues(a, b)[1]


class _Coder:
    """Codes the toll written as "killed=N" into the invented text."""

    def process_many(self, items, *, batch_size: int = 32):  # noqa: ANN001, ANN201, ARG002
        from eventsift.pipeline import Processed

        for document in items:
            killed = int(document.text.split("killed=")[1].split()[0])
            yield Processed(document=document, events=coded(document, killed))


def test_a_long_updated_article_is_no_near_duplicate_of_its_first_version(tmp_path: Path) -> None:
    from eventsift.store import ingest_inputs

    body = " ".join(f"Neighbours on Harbor Road described the evening, sentence {i}." for i in range(12))
    first = Document(id="doc-diner", text=f"{FIRST} killed=2 {body}", published=DAY)
    update = Document(id="doc-diner", text=f"{UPDATE} killed=3 {body}", published=DAY)
    copy = Document(id="doc-copy", text=f"{FIRST} killed=2 {body}", published=DAY)
    store = Store.open(f"sqlite:///{tmp_path}/s.db")
    summaries = [ingest_inputs(store, ["x"], pipeline=_Coder(), reader=lambda _i, published=None, d=d: iter([d]))
                 for d in (first, update, copy)]
    (event,) = store.list_events()
    store.close()
    assert [s.stored for s in summaries] == [1, 1, 0] and summaries[2].skipped + summaries[2].near_duplicates == 1
    assert event.fatalities == 3

"""A new user's rough edges: whole ids and prefixes, toll marks, --type, Latin-1, short briefs, bbox, serve, workers."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

import pytest

from eventsift.cli import main
from eventsift.documents.decode import decode_text
from eventsift.documents.html import extract_page
from eventsift.errors import InputError
from eventsift.records import Document, Event, Evidence, Source
from eventsift.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from test_store_ingest import StandInPipeline  # noqa: E402


def _event(event_id: str, document: Document, **fields) -> Event:
    base = dict(event_id=event_id, document_id=document.id, event_type="Violence against civilians", sub_event_type="Attack",
                inter1=3, inter2=7, event_date=dt.date(2021, 3, 9), country="Pakistan", location="Quetta",
                latitude=30.19, longitude=67.01, geo_precision=1, fatalities=3, fatalities_low=3, fatalities_high=3,
                evidence=[Evidence(document_id=document.id, field="event_type", sentence=document.text, start=4, end=9)])
    base.update(fields)
    return Event(**base)


@pytest.fixture()
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'edges.db'}"
    with Store.open(url) as store:
        a = Document(id="doc-a", text="Gunmen shot three men in the bazaar.", published=dt.date(2021, 3, 10))
        b = Document(id="doc-b", text="A bomb hit a bus on the highway.", published=dt.date(2021, 3, 11))
        store.ingest(a, [_event("ev-0123456789abcdef", a, fatalities=5, fatalities_low=5, fatalities_high=7)])
        store.ingest(b, [_event("ev-0123fedcba987654", b, event_type="Explosions/Remote violence",
                                sub_event_type="Remote explosive/landmine/IED", event_date=dt.date(2021, 4, 2),
                                latitude=33.6, longitude=73.0, location="Rawalpindi")])
    return url


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_table_prints_ids_whole_and_show_takes_a_unique_prefix(db, capsys):
    code, out, _ = run(capsys, "events", "--db", db)
    assert code == 0 and "ev-0123456789abcdef" in out and "ev-0123fedcba987654" in out
    code, out, _ = run(capsys, "events", "--db", db, "show", "ev-01234")
    assert code == 0 and out.startswith("event ev-0123456789abcdef")
    code, _, err = run(capsys, "events", "--db", db, "show", "ev-0123")
    assert code == 1 and "start of 2 event ids" in err
    code, _, err = run(capsys, "events", "--db", db, "confirm", "ev-0123f", "--by", "desk")
    assert code == 0


def test_an_exported_id_names_its_event(db, capsys):
    from eventsift.export import export_id

    with Store.open(db) as store:
        event = store.list_events(event_type="Explosions/Remote violence")[0]
    code, out, _ = run(capsys, "events", "--db", db, "show", export_id(event))
    assert code == 0 and out.startswith(f"event {event.event_id}")


def test_the_toll_mark_says_what_it_is(db, capsys):
    _, out, _ = run(capsys, "events", "--db", db)
    assert "5~" in out and "the report gives a range" in out and "sources disagree" not in out


@pytest.mark.parametrize(("value", "expected"), [
    ("Explosions/Remote violence", 1), ("Remote explosive/landmine/IED", 1), ("attack", 1),
    ("violence against civilians", 1), ("Battles", 0),
])
def test_type_takes_an_event_type_or_a_sub_type(db, capsys, value, expected):
    _, out, _ = run(capsys, "events", "--db", db, "--type", value, "--format", "jsonl")
    assert len(out.splitlines()) == expected
    _, out, _ = run(capsys, "export", "--db", db, "--format", "jsonl", "--type", value)
    assert len(out.splitlines()) == expected


def test_an_ingest_rejection_is_reported_once(tmp_path, capsys, caplog, monkeypatch):
    monkeypatch.setattr("eventsift.pipeline.Pipeline", StandInPipeline)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with caplog.at_level(logging.INFO):
        main(["-v", "ingest", str(empty), "--db", f"sqlite:///{tmp_path / 'i.db'}"])
    shown = capsys.readouterr().err + caplog.text
    assert shown.count("empty file") == 1
    main(["ingest", str(empty), "--db", f"sqlite:///{tmp_path / 'i.db'}"])
    assert capsys.readouterr().err.count("empty file") == 1


@pytest.mark.parametrize("text", [
    "El señor Gómez dijo que la policía llegó tarde al lugar del ataque.",
    "Police said the señor was shot outside the café on Tuesday.",
    "Der Bürgermeister sagte, die Straße bleibe gesperrt.",
    "señor",
])
def test_latin1_input_decodes_as_written(text):
    assert decode_text(text.encode("latin-1")) == text


@pytest.mark.parametrize(("text", "encoding"), [
    ("Полиция сообщила, что двое погибли при взрыве на рынке во вторник.", "cp1251"),
    ("Η αστυνομία ανέφερε ότι δύο άνθρωποι σκοτώθηκαν στην έκρηξη.", "cp1253"),
])
def test_other_code_pages_are_still_detected(text, encoding):
    assert decode_text(text.encode(encoding)) == text


BRIEF = ("<html><head><title>Two hurt in blast</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
         "<p>A grenade blast wounded two traders at a market in the east of the city on Monday, police said.</p>"
         "<p>Nobody claimed the attack.</p><footer>All rights reserved</footer></body></html>")


def test_a_short_brief_falls_back_to_the_visible_text():
    page = extract_page(BRIEF)
    assert page.text.startswith("A grenade blast wounded two traders") and "Nobody claimed" in page.text
    assert "Home" not in page.text and "rights reserved" not in page.text


@pytest.mark.parametrize("html", [
    "<html><body><p>Please sign in to continue reading.</p></body></html>",
    "<html><body><nav>" + " ".join(f"<a href='/{i}'>Section {i}</a>" for i in range(8)) + "</nav><p>Welcome.</p></body></html>",
])
def test_a_page_without_text_is_still_refused(html):
    with pytest.raises(InputError):
        extract_page(html)


@pytest.fixture()
def api(db):
    from fastapi.testclient import TestClient

    from eventsift.web.app import WebSettings, create_app

    def make(open_reads: bool = True):  # noqa: ANN202
        store = Store.open(db)
        return TestClient(create_app(store, settings=WebSettings(open_reads=open_reads)))
    return make


@pytest.mark.parametrize("bbox", ["1..2,3,4,5", "1,2,3,4.5.6", "-.,1,2,3"])
def test_a_malformed_bbox_is_a_422_with_the_reason(api, bbox):
    with api() as client:
        response = client.get("/api/events", params={"bbox": bbox})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "bbox"] and "four numbers" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("open_reads", [True, False])
def test_the_openapi_document_has_the_token_scheme(api, open_reads):
    with api(open_reads) as client:
        doc = client.get("/api/openapi.json").json()
    assert doc["components"]["securitySchemes"]["apiToken"] == {
        "type": "http", "scheme": "bearer", "description": doc["components"]["securitySchemes"]["apiToken"]["description"]}
    assert doc["paths"]["/api/events/{event_id}"]["patch"]["security"] == [{"apiToken": []}]
    assert doc["paths"]["/api/documents"]["post"]["security"] == [{"apiToken": []}]
    reads = doc["paths"]["/api/events"]["get"]
    assert ("security" in reads) == (not open_reads)


@pytest.mark.parametrize(("host", "warned"), [("0.0.0.0", True), ("::", True), ("192.168.1.5", True),
                                              ("127.0.0.1", False), ("localhost", False), ("::1", False)])
def test_serving_beyond_this_machine_warns(host, warned):
    from eventsift.cli.serve import exposure_warnings

    lines = exposure_warnings(host, open_reads=True)
    assert bool(lines) == warned
    if warned:
        assert any("in clear" in line for line in lines) and any("reads are open" in line for line in lines)
        assert not any("reads are open" in line for line in exposure_warnings(host, open_reads=False))


def test_extract_uses_every_core_by_default(monkeypatch, tmp_path, capsys):
    import eventsift.app.parallel as parallel

    seen = {}

    def fake(items, *, workers, factory=None, **_):  # noqa: ANN001, ANN202
        seen["workers"] = workers
        return iter(())

    monkeypatch.setattr(parallel, "default_workers", lambda: 3)
    monkeypatch.setattr(parallel, "extract_parallel", fake)
    text = tmp_path / "a.txt"
    text.write_text("Gunmen killed two people in the town on Monday, police said.")
    main(["extract", str(text), "--format", "jsonl"])
    assert seen == {"workers": 3}
    with pytest.raises(SystemExit):  # argparse refuses a worker count below 1
        main(["extract", str(text), "--workers", "0"])

"""The REST API against the app running under uvicorn on 127.0.0.1 over a real SQLite store."""

from __future__ import annotations

import datetime as dt
import hashlib

import httpx
import pytest
import sqlalchemy as sa
from test_web_fixtures import SCRIPT, SEEDS, live, live_private, live_shared, seeded_store  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow


def client(live, token: str | None = None) -> httpx.Client:  # noqa: ANN001
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=live.url, headers=headers, timeout=30)


def locations(response: httpx.Response) -> set[str]:
    assert response.status_code == 200, response.text
    return {e["location"] for e in response.json()["events"]}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {s.location for s in SEEDS}),
        ({"event_type": "Battles"}, {"Dansadau"}),
        ({"sub_event_type": "suicide bomb"}, {"Mastung"}),
        ({"country": "pakistan"}, {"Mastung", "Lahore"}),
        ({"admin1": "Zamfara"}, {"Dansadau"}),
        ({"bbox": "60,25,80,35"}, {"Mastung", "Lahore", "Ghazni"}),
        ({"bbox": "170,-10,10,20"}, {"Dansadau"}),  # crosses the antimeridian
        ({"start": "2017-06-01", "end": "2017-06-30"}, {"Mastung", "Dansadau"}),
        ({"start": "2017-07-01"}, {"Ghazni"}),
        ({"min_fatalities": 5}, {"Mastung", "Dansadau"}),
        ({"actor": "bandit"}, {"Dansadau"}),
        ({"q": "teachers"}, {"Lahore"}),
        ({"q": "aid workers"}, {"Ghazni"}),
        ({"q": "Mastung civilians"}, {"Mastung"}),
        ({"q": "%"}, set()),  # LIKE wildcards are taken literally
        ({"actor": "_"}, set()),
        ({"country": "Pakistan' OR '1'='1"}, set()),
    ],
)
def test_list_filters(live_shared, params, expected) -> None:  # noqa: ANN001
    response = client(live_shared).get("/api/events", params=params)
    assert locations(response) == expected
    assert response.json()["total"] == len(expected)


def test_list_pages_are_disjoint_and_complete(live_shared) -> None:  # noqa: ANN001
    with client(live_shared) as c:
        first = c.get("/api/events", params={"limit": 3, "offset": 0}).json()
        second = c.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] == len(SEEDS)
    ids = [e["event_id"] for e in first["events"]] + [e["event_id"] for e in second["events"]]
    assert len(ids) == len(set(ids)) == len(SEEDS)
    dates = [e["event_date"] for e in first["events"] + second["events"]]
    assert dates == sorted(dates, reverse=True)


def test_geojson_follows_filters(live_shared) -> None:  # noqa: ANN001
    with client(live_shared) as c:
        everything = c.get("/api/events.geojson")
        pakistan = c.get("/api/events.geojson", params={"country": "Pakistan"}).json()
    assert everything.headers["content-type"].startswith("application/geo+json")
    body = everything.json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == len(SEEDS)
    by_place = {s.location: s for s in SEEDS}
    for feature in body["features"]:
        seed = by_place[feature["properties"]["location"]]
        assert feature["geometry"]["coordinates"] == [seed.lon, seed.lat]
    assert {f["properties"]["location"] for f in pakistan["features"]} == {"Mastung", "Lahore"}


@pytest.mark.parametrize("interval", ["day", "week"])
def test_timeline_counts_every_dated_event(live_shared, interval) -> None:  # noqa: ANN001
    buckets = client(live_shared).get("/api/stats/timeline", params={"interval": interval}).json()["buckets"]
    assert sum(b["count"] for b in buckets) == len(SEEDS)
    assert sum(b["fatalities"] for b in buckets) == sum(s.fatalities for s in SEEDS)
    periods = [dt.date.fromisoformat(b["period"]) for b in buckets]
    if interval == "week":
        assert all(p.weekday() == 0 for p in periods)
    else:
        assert set(periods) == {s.date for s in SEEDS}


def test_event_detail_has_evidence_inside_the_document_text(live_shared) -> None:  # noqa: ANN001
    event = client(live_shared).get(f"/api/events/{live_shared.ids['Mastung']}").json()
    texts = {d["id"]: d["text"] for d in event["documents"]}
    assert event["evidence"], "the seeded event has evidence"
    quotes = {field: quote for field, quote in next(s for s in SEEDS if s.location == "Mastung").evidence}
    for item in event["evidence"]:
        span = texts[item["document_id"]][item["start"]:item["end"]]
        assert span == quotes[item["field"]] and span in item["sentence"]
        assert item["sentence"] in texts[item["document_id"]]
    assert {s["document_id"] for s in event["sources"]} == set(texts)
    assert event["status"] == "active" and event["changes"] == []


def test_unknown_event_and_route_are_json_404(live_shared) -> None:  # noqa: ANN001
    with client(live_shared) as c:
        for path in ("/api/events/e0000000000000000", "/api/no-such-thing"):
            response = c.get(path)
            assert response.status_code == 404
            assert response.json()["error"] == "not_found"


WRITES = [
    ("patch", "/api/events/{id}", {"fatalities": 30}),
    ("post", "/api/events/{id}/confirm", {}),
    ("post", "/api/events/{id}/reject", {"note": "duplicate"}),
    ("post", "/api/documents", {"text": "Police arrested five men in Quetta on Monday."}),
]


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", "Basic YW5hbHlzdDpwdw==", "Bearer es_"])
def test_writes_need_a_valid_token(live_shared, method, path, body, authorization) -> None:  # noqa: ANN001
    headers = {"Authorization": authorization} if authorization else {}
    with client(live_shared) as c:
        response = c.request(method, path.format(id=live_shared.ids["Mastung"]), json=body, headers=headers)
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"
        assert response.headers["www-authenticate"] == "Bearer"
        assert c.get(f"/api/events/{live_shared.ids['Mastung']}").json()["changes"] == []


def test_edit_with_token_is_logged_with_who(live) -> None:  # noqa: ANN001
    with client(live, live.token) as c:
        response = c.patch(f"/api/events/{live.ids['Dansadau']}", json={"fatalities": 12, "actor2": "Armed bandits", "note": "ministry figure"})
    assert response.status_code == 200, response.text
    event = response.json()
    assert event["fatalities"] == 12 and event["actor2"] == "Armed bandits"
    changes = {c["field"]: c for c in event["changes"]}
    assert changes["fatalities"]["old"] == "10" and changes["fatalities"]["new"] == "12"
    assert all(c["who"] == "analyst" and c["note"] == "ministry figure" and c["when"] for c in event["changes"])


def test_reject_hides_the_event_and_confirm_is_logged(live) -> None:  # noqa: ANN001
    with client(live, live.token) as c:
        assert c.post(f"/api/events/{live.ids['Ghazni']}/reject", json={"note": "not an attack"}).json()["status"] == "rejected"
        assert c.post(f"/api/events/{live.ids['Lahore']}/confirm").json()["status"] == "confirmed"
        assert "Ghazni" not in locations(c.get("/api/events"))
        assert "Ghazni" in locations(c.get("/api/events", params={"include_rejected": "true"}))
        log = c.get(f"/api/events/{live.ids['Ghazni']}").json()["changes"]
    assert [(x["action"], x["who"], x["note"]) for x in log] == [("reject", "analyst", "not an attack")]


def test_revoked_token_is_refused(live) -> None:  # noqa: ANN001
    from eventsift.web.auth import TokenStore

    assert TokenStore(live.store.engine).revoke("analyst")
    response = client(live, live.token).post(f"/api/events/{live.ids['Mastung']}/confirm")
    assert response.status_code == 401


def test_tokens_are_stored_hashed(live) -> None:  # noqa: ANN001
    with live.store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.text("SELECT * FROM api_tokens"))]
    assert len(rows) == 1
    assert rows[0]["token_hash"] == hashlib.sha256(live.token.encode()).hexdigest()
    assert not any(live.token in str(value) for value in rows[0].values())


def test_token_reads_setting_protects_reads(live_private) -> None:  # noqa: ANN001
    live = live_private
    assert client(live).get("/api/events").status_code == 401
    assert client(live).get("/api/stats/timeline").status_code == 401
    assert client(live, "es_wrong").get(f"/api/events/{live.ids['Mastung']}").status_code == 401
    assert client(live, live.token).get("/api/events").json()["total"] == len(SEEDS)
    assert client(live).get("/").status_code == 200  # the page itself loads and asks for a token


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("patch", "/api/events/{id}", {"json": {}}),
        ("patch", "/api/events/{id}", {"json": {"fatalities": -1}}),
        ("patch", "/api/events/{id}", {"json": {"latitude": 91}}),
        ("patch", "/api/events/{id}", {"json": {"event_date": "last Tuesday"}}),
        ("patch", "/api/events/{id}", {"json": {"no_such_field": 1}}),
        ("patch", "/api/events/{id}", {"json": {"event_type": "Skirmish"}}),
        ("patch", "/api/events/{id}", {"json": {"event_type": None}}),
        ("patch", "/api/events/{id}", {"content": b"{not json", "headers": {"content-type": "application/json"}}),
        ("post", "/api/documents", {"json": {}}),
        ("post", "/api/documents", {"json": {"text": "a", "html": "<p>a</p>"}}),
        ("post", "/api/documents", {"json": {"url": "file:///etc/passwd"}}),
        ("get", "/api/events", {"params": {"limit": 0}}),
        ("get", "/api/events", {"params": {"limit": 100000}}),
        ("get", "/api/events", {"params": {"bbox": "1,2,3"}}),
        ("get", "/api/events", {"params": {"bbox": "0,80,10,70"}}),
        ("get", "/api/events", {"params": {"start": "2017-07-01", "end": "2017-06-01"}}),
        ("get", "/api/events", {"params": {"min_fatalities": "many"}}),
        ("get", "/api/stats/timeline", {"params": {"interval": "month"}}),
        ("get", "/api/events/{id}", {"params": {}, "bad_id": "not an id!"}),
    ],
)
def test_bad_input_is_a_json_422(live_shared, method, path, kwargs) -> None:  # noqa: ANN001
    kwargs = dict(kwargs)  # the parameter dict is shared by the SQLite and PostgreSQL runs: do not change it
    event_id = kwargs.pop("bad_id", live_shared.ids["Mastung"])
    response = client(live_shared, live_shared.token).request(method, path.format(id=event_id), **kwargs)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "invalid_request"
    assert body["detail"] and all("msg" in item for item in body["detail"])


@pytest.mark.parametrize("declared", [True, False])
def test_request_body_over_the_limit_is_413(live_shared, declared) -> None:  # noqa: ANN001
    big = b'{"text": "' + b"x" * 100_000 + b'"}'
    body = big if declared else iter([big[:50_000], big[50_000:]])  # an iterator is sent chunked, no length
    response = client(live_shared, live_shared.token).post("/api/documents", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"


def test_page_is_served_without_data_and_with_a_strict_policy(live_shared) -> None:  # noqa: ANN001
    response = client(live_shared).get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert SCRIPT not in response.text and "Mastung" not in response.text  # data only arrives as JSON
    assert client(live_shared).get("/static/app.js").status_code == 200
    spec = client(live_shared).get("/api/openapi.json").json()
    assert {"/api/events", "/api/events.geojson", "/api/events/{event_id}", "/api/stats/timeline",
            "/api/documents", "/api/events/{event_id}/confirm", "/api/events/{event_id}/reject"} <= set(spec["paths"])


def test_script_in_a_document_comes_back_as_json_text(live_shared) -> None:  # noqa: ANN001
    event = client(live_shared).get(f"/api/events/{live_shared.ids['Lahore']}")
    assert event.headers["content-type"].startswith("application/json")
    assert SCRIPT in event.json()["documents"][0]["text"]


class StandInPipeline:
    """Codes one arrest event per document that mentions an arrest, and nothing otherwise."""

    calls = 0

    def process_many(self, items):  # noqa: ANN001, ANN201
        from eventsift.pipeline import Processed
        from eventsift.records import Event, Evidence, Rejected, content_id

        for item in items:
            StandInPipeline.calls += 1
            if isinstance(item, Rejected):
                yield item
                continue
            start = item.text.find("arrested")
            events = [] if start < 0 else [Event(
                event_id=content_id(item.id, "arrest", prefix="e"), document_id=item.id,
                event_type="Strategic developments", sub_event_type="Arrests", location="Quetta", country="Pakistan",
                latitude=30.18, longitude=67.0, event_date=item.published, arrested=5,
                evidence=[Evidence(document_id=item.id, field="arrested", sentence=item.text[start:start + 8],
                                   start=start, end=start + 8)],
            )]
            yield Processed(document=item, events=events)


@pytest.fixture
def live_ingest(seeded_store):  # noqa: ANN001, ANN201
    from test_web_fixtures import Live

    from eventsift.web.app import create_app
    from eventsift.web.auth import TokenStore
    from eventsift.web.server import BackgroundServer

    _, secret = TokenStore(seeded_store.engine).create("desk")
    StandInPipeline.calls = 0
    with BackgroundServer(create_app(seeded_store, pipeline_factory=StandInPipeline)) as server:
        yield Live(url=server.url, store=seeded_store, token=secret, ids=seeded_store.seeded_ids)


@pytest.mark.parametrize(
    ("body", "events"),
    [
        ({"text": "Police arrested five men in Quetta on Monday.", "published": "2017-06-05"}, 1),
        ({"html": "<html><head><title>Arrests in Quetta</title></head><body><nav><a href='/'>Home</a></nav>"
                  "<article><h1>Arrests in Quetta</h1>"
                  + "<p>Police arrested five men in Quetta on Monday after a week of raids across the city, officials "
                    "said. The men were taken to a police station for questioning and will appear in court.</p>" * 3
                  + "</article></body></html>",
          "published": "2017-06-05", "publisher": "Quetta Times"}, 1),
        ({"text": "The city council approved a new budget for schools on Monday.", "published": "2017-06-05"}, 0),
    ],
)
def test_submitted_document_is_coded_and_stored_once(live_ingest, body, events) -> None:  # noqa: ANN001
    with client(live_ingest, live_ingest.token) as c:
        first = c.post("/api/documents", json=body)
        assert first.status_code == 201, first.text
        result = first.json()
        assert result["stored"] is True and len(result["events"]) == events
        again = c.post("/api/documents", json=body).json()
        assert again["stored"] is False and again["document_id"] == result["document_id"]
        assert StandInPipeline.calls == 1  # a stored document is not coded again
        listed = c.get("/api/events", params={"sub_event_type": "Arrests"}).json()["total"]
    assert listed == events


def test_submitted_empty_html_is_rejected_with_a_reason(live_ingest) -> None:  # noqa: ANN001
    response = client(live_ingest, live_ingest.token).post("/api/documents", json={"html": "<html><body></body></html>"})
    assert response.status_code == 422
    assert response.json()["error"] == "rejected" and response.json()["detail"]


def test_submission_through_the_real_pipeline(seeded_store) -> None:  # noqa: ANN001
    """POST /api/documents with eventsift.pipeline.Pipeline (skipped while the pipeline cannot be built here)."""
    from eventsift.errors import EventsiftError
    from eventsift.pipeline import Pipeline
    from eventsift.web.app import create_app
    from eventsift.web.auth import TokenStore
    from eventsift.web.server import BackgroundServer

    try:
        pipeline = Pipeline()
    except (NotImplementedError, ImportError, EventsiftError) as exc:
        pytest.skip(f"the real pipeline cannot be built here: {type(exc).__name__}: {exc}")
    _, secret = TokenStore(seeded_store.engine).create("desk")
    text = ("QUETTA: A remote-controlled bomb killed four soldiers and injured six others in Turbat on Saturday, "
            "officials said. No group claimed responsibility.")
    with BackgroundServer(create_app(seeded_store, pipeline_factory=lambda: pipeline)) as server:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {secret}"}, timeout=120) as c:
            response = c.post("/api/documents", json={"text": text, "published": "2017-06-04"})
            assert response.status_code == 201, response.text
            result = response.json()
            assert result["stored"] is True and result["events"], "a bombing with a toll is coded as an event"
            for event_id in result["events"]:
                event = c.get(f"/api/events/{event_id}").json()
                doc = next(d for d in event["documents"] if d["id"] == result["document_id"])
                for item in event["evidence"]:
                    if item["document_id"] == doc["id"]:
                        assert doc["text"][item["start"]:item["end"]] in item["sentence"]
                assert event["evidence"] and event["status"] == "active"


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/story", "http://localhost:9/story", "http://169.254.169.254/latest"])
def test_submitted_url_on_a_private_address_is_refused(live_ingest, url) -> None:  # noqa: ANN001
    response = client(live_ingest, live_ingest.token).post("/api/documents", json={"url": url})
    assert response.status_code == 422
    assert response.json()["error"] == "rejected" and response.json()["detail"]
    assert StandInPipeline.calls <= 1  # a refused fetch is passed through as Rejected, never coded

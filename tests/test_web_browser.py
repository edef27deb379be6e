"""The map page in Debian's chromium (driven by Playwright) against the app on a seeded store.

Set EVENTSIFT_SCREENSHOTS=DIR to also write the README's screenshots into DIR.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from test_web_fixtures import SCRIPT, SEEDS, live, live_private, seeded_store  # noqa: F401  (fixtures)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Waits for the page (not assertions about speed): generous so a busy 2-core machine does not flake.
WAIT_MS = 20_000

VENDORED = Path(__file__).resolve().parents[1] / "eventsift" / "web" / "static" / "vendor" / "leaflet" / "leaflet.js"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
    pytest.mark.skipif(not VENDORED.exists(), reason="the map library is not vendored: run scripts/vendor-web-assets.sh"),
]


@pytest.fixture(scope="module")
def playwright():  # noqa: ANN201
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        yield p


def launch(playwright, profile: Path, **options):  # noqa: ANN001, ANN003, ANN201
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 860}, **options,
    )
    context.set_default_timeout(WAIT_MS)
    return context


@pytest.fixture(scope="module")
def browser(playwright, tmp_path_factory):  # noqa: ANN001, ANN201
    # The page's Content-Security-Policy forbids eval, which Playwright's waits use; bypassing it also
    # shows that a report's <script> stays text by the page's own escaping, not thanks to the policy.
    context = launch(playwright, tmp_path_factory.mktemp("chromium-profile"), bypass_csp=True)
    yield context
    context.close()


@pytest.fixture
def page(browser, live):  # noqa: ANN001, ANN201
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: errors.append(f"unexpected {dialog.type}: {dialog.message}"))
    # Offline by design: every request the page makes goes to the server itself.
    page.on("request", lambda r: errors.append(f"outside request: {r.url}")
            if not r.url.startswith((live.url, "data:")) else None)
    page.goto(live.url + "/")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    page.errors = errors
    yield page
    assert errors == [], errors
    page.close()


def markers_shown(page) -> int:  # noqa: ANN001
    """Events on the map: single markers plus the counts written on clusters."""
    singles = page.locator(".event-marker .dot").count()
    clustered = sum(int(t) for t in page.locator(".event-cluster .cluster-count").all_inner_texts())
    return singles + clustered


def table_places(page) -> list[str]:  # noqa: ANN001
    return [cell.split(",")[0] for cell in page.locator("#events-table tbody tr td:nth-child(3)").all_inner_texts()]


def test_page_shows_a_marker_and_a_row_per_event(page) -> None:  # noqa: ANN001
    page.wait_for_function(f"document.querySelectorAll('#events-table tbody tr').length === {len(SEEDS)}")
    assert markers_shown(page) == len(SEEDS)
    assert sorted(table_places(page)) == sorted(s.location for s in SEEDS)
    assert page.locator("#timeline rect[data-period]").count() >= 1
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # the vendored country outlines


@pytest.mark.parametrize("event_type", sorted({s.event_type for s in SEEDS}))
def test_filter_by_type(page, event_type) -> None:  # noqa: ANN001
    expected = sorted(s.location for s in SEEDS if s.event_type == event_type)
    page.select_option("#f-type", event_type)
    page.wait_for_function(f"document.querySelectorAll('#events-table tbody tr').length === {len(expected)}")
    assert sorted(table_places(page)) == expected
    assert markers_shown(page) == len(expected)
    dots = page.locator(".event-marker .dot")
    assert all(dots.nth(i).get_attribute("data-type") == event_type for i in range(dots.count()))


def test_brushing_the_timeline_filters_the_map(page) -> None:  # noqa: ANN001
    page.select_option("#t-interval", "day")
    page.wait_for_selector("#timeline[data-interval=day]", state="attached")
    assert page.locator("#timeline rect[data-period]").count() == len(SEEDS)
    first = min(SEEDS, key=lambda s: s.date)
    bar = page.locator(f"#timeline rect[data-period='{first.date.isoformat()}']").bounding_box()
    page.mouse.move(bar["x"] - 4, bar["y"] + bar["height"] / 2)
    page.mouse.down()
    page.mouse.move(bar["x"] + bar["width"] + 4, bar["y"] + bar["height"] / 2, steps=5)
    page.mouse.up()
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr').length === 1")
    assert table_places(page) == [first.location]
    assert page.locator("#t-clear").is_visible()
    page.click("#t-clear")
    page.wait_for_function(f"document.querySelectorAll('#events-table tbody tr').length === {len(SEEDS)}")


def test_token_reads_page_asks_for_a_token_then_shows_events(browser, live_private) -> None:  # noqa: ANN001
    page = browser.new_page()
    page.goto(live_private.url + "/")
    page.wait_for_selector("#token-dialog[open]")
    assert page.locator("#events-table tbody tr").count() == 0
    page.fill("#token-input", live_private.token)
    page.click("#token-form button[value=save]")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    page.wait_for_function(f"document.querySelectorAll('#events-table tbody tr').length === {len(SEEDS)}")
    assert markers_shown(page) == len(SEEDS)
    page.close()


def test_pages_run_under_their_security_policy(playwright, live, tmp_path) -> None:  # noqa: ANN001
    strict = launch(playwright, tmp_path / "profile")  # the policy enforced, as for a user
    try:
        for path, ready in (("/", ".event-marker .dot, .event-cluster"), ("/api/docs", ".opblock")):
            page = strict.new_page()
            problems: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.goto(live.url + path)
            page.wait_for_selector(ready, state="attached")
            assert problems == [], (path, problems)
            page.close()
    finally:
        strict.close()


def test_api_docs_render_offline(browser, live) -> None:  # noqa: ANN001
    page = browser.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(live.url) else None)
    page.goto(live.url + "/api/docs")
    page.wait_for_selector(".opblock-summary-path[data-path='/api/events.geojson']", state="attached")
    assert outside == []
    page.close()


def open_event(page, place: str) -> None:  # noqa: ANN001
    page.locator("#events-table tbody tr", has_text=place).click()
    page.wait_for_selector("#event-view:not([hidden]) mark.evidence")


def test_event_view_highlights_the_evidence(page) -> None:  # noqa: ANN001
    seed = next(s for s in SEEDS if s.location == "Mastung")
    open_event(page, "Mastung")
    assert page.locator("#ev-title").inner_text() == f"{seed.sub_event_type} in {seed.location}"
    for field, quote in seed.evidence:  # a field's marks, in order, spell its quote (overlaps split marks)
        marks = page.locator(f"#ev-docs mark.evidence[data-fields~='{field}']").all_inner_texts()
        assert "".join(marks) == quote
    page.locator("#ev-fields dd[data-field=fatalities]").click()
    focused = page.locator("#ev-docs mark.evidence.focus").all_inner_texts()
    assert "".join(focused) == dict(seed.evidence)["fatalities"]
    sentence_rest = " ".join(page.locator("#ev-docs .evidence-sentence").all_inner_texts())
    assert "officials said" in sentence_rest and "Rescue teams" not in sentence_rest  # the sentence, lightly
    unmarked = page.locator("#ev-docs .doc-text").inner_text()
    assert "Rescue teams moved the injured to Quetta." in unmarked  # the rest of the report is there too


def test_evidence_from_a_headline_is_marked_in_the_title(page, live) -> None:  # noqa: ANN001
    # a page whose text tells nothing is coded from its title: the evidence's offsets point into the title
    from eventsift.records import Document, Event, Evidence, content_id

    title, text = "Four shot at Sibi fair - Valley Post", "Sign up for our newsletter to read more."
    doc = Document(id=content_id(title, prefix="d"), text=text, title=title, published=dt.date(2017, 6, 20))
    quote = [("injured", "Four shot"), ("location", "Sibi")]
    evidence = [Evidence(document_id=doc.id, field=f, sentence=title, start=title.index(q), end=title.index(q) + len(q))
                for f, q in quote]
    live.store.ingest(doc, [Event(event_id=content_id(doc.id, prefix="e"), document_id=doc.id, event_type="Violence against civilians",
                                  sub_event_type="Attack", event_date=dt.date(2017, 6, 19), date_precision="day",
                                  country="Pakistan", admin1="Balochistan", location="Sibi", latitude=29.54, longitude=67.88,
                                  geo_precision=1, fatalities=0, injured=4, evidence=evidence)])
    page.reload()
    page.wait_for_selector("body[data-ready=true]", state="attached")
    open_event(page, "Sibi")
    for field, q in quote:
        assert page.locator(f"#ev-docs .doc-head mark.evidence[data-fields~='{field}']").all_inner_texts() == [q]
    assert page.locator("#ev-docs .doc-head").inner_text().startswith(title)
    assert page.locator("#ev-docs .doc-text mark.evidence").count() == 0  # nothing marked in the text


def test_script_in_a_report_shows_as_text(page) -> None:  # noqa: ANN001
    open_event(page, "Lahore")
    assert SCRIPT in page.locator("#ev-docs .doc-text").inner_text()
    assert page.locator("#ev-docs script").count() == 0
    assert page.evaluate("document.body.dataset.pwned") is None


def use_token(page, token: str) -> None:  # noqa: ANN001
    page.click("#token-button")
    page.fill("#token-input", token)
    page.click("#token-form button[value=save]")
    page.wait_for_selector("#token-button.set")


def test_correction_without_a_token_asks_for_one(page) -> None:  # noqa: ANN001
    open_event(page, "Dansadau")
    page.fill("#edit-form input[name=fatalities]", "11")
    page.click("#save")
    page.wait_for_selector("#token-dialog[open]")
    page.click("#token-form button[value=cancel]")
    assert page.locator("#ev-log li.empty").count() == 1


def test_saved_correction_appears_in_the_change_log(page, live) -> None:  # noqa: ANN001
    use_token(page, live.token)
    open_event(page, "Mastung")
    page.fill("#edit-form input[name=fatalities]", "27")
    page.fill("#edit-form input[name=note]", "hospital toll")
    page.click("#save")
    page.wait_for_selector("#ev-log li[data-action=edit]")
    entry = page.locator("#ev-log li[data-action=edit]").inner_text()
    assert re.search(r"analyst fatalities: 25 → 27", entry) and "hospital toll" in entry
    assert page.locator("#ev-fields dd[data-field=fatalities]").inner_text() == "27"
    page.click("#confirm")
    page.wait_for_selector("#ev-status.confirmed")
    assert page.locator("#ev-log li[data-action=confirm]").count() == 1
    # The correction is in the store, not only on the page.
    detail = live.store.show(live.ids["Mastung"])
    assert detail.event.fatalities == 27 and detail.status == "confirmed"
    assert [(c.action, c.who) for c in detail.corrections] == [("edit", "analyst"), ("confirm", "analyst")]


def test_wrong_token_is_refused_on_the_page(page, live) -> None:  # noqa: ANN001
    use_token(page, "es_not-a-real-token")
    open_event(page, "Ghazni")
    page.click("#reject")
    page.wait_for_function("document.getElementById('edit-msg').textContent.includes('unauthorized')")
    assert live.store.status(live.ids["Ghazni"]) == "active"


# More reports for the screenshots only, so the map looks like a working day's data:
# (place, country, admin1, lat, lon, type, sub-type, date, killed, actor1, actor2, sentence).
SCREENSHOT_EXTRA = [
    ("Quetta", "Pakistan", "Balochistan", 30.18, 67.00, "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "2017-06-20", 7, "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan",
     "A roadside bomb hit a police van in Quetta, killing seven officers."),
    ("Parachinar", "Pakistan", "Khyber Pakhtunkhwa", 33.90, 70.10, "Explosions/Remote violence", "Suicide bomb",
     "2017-06-23", 14, "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)",
     "Twin blasts tore through a market in Parachinar, killing 14 shoppers."),
    ("Peshawar", "Pakistan", "Khyber Pakhtunkhwa", 34.01, 71.58, "Protests", "Peaceful protest", "2017-06-26", 0,
     "Protesters (Pakistan)", None, "Traders marched in Peshawar against new taxes."),
    ("Karachi", "Pakistan", "Sindh", 24.86, 67.01, "Riots", "Violent demonstration", "2017-07-03", 1,
     "Rioters (Pakistan)", "Police Forces of Pakistan", "Protesters threw stones at police in Karachi; one man died."),
    ("Kandahar", "Afghanistan", "Kandahar", 31.61, 65.71, "Battles", "Armed clash", "2017-06-08", 12,
     "Taliban", "Military Forces of Afghanistan", "Taliban fighters attacked an army post near Kandahar; 12 died."),
    ("Kunduz", "Afghanistan", "Kunduz", 36.73, 68.86, "Battles", "Armed clash", "2017-06-29", 9,
     "Taliban", "Military Forces of Afghanistan", "Clashes on the outskirts of Kunduz left nine fighters dead."),
    ("Kabul", "Afghanistan", "Kabul", 34.53, 69.17, "Explosions/Remote violence", "Suicide bomb", "2017-05-31", 90,
     "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)",
     "A truck bomb exploded in the diplomatic quarter of Kabul, killing 90 people."),
    ("Maiduguri", "Nigeria", "Borno", 11.85, 13.16, "Explosions/Remote violence", "Suicide bomb", "2017-06-07", 13,
     "Boko Haram", "Civilians (Nigeria)", "Suicide bombers struck Maiduguri, killing 13 people."),
    ("Damboa", "Nigeria", "Borno", 11.15, 12.76, "Violence against civilians", "Attack", "2017-06-17", 6,
     "Boko Haram", "Civilians (Nigeria)", "Insurgents raided a village near Damboa and killed six farmers."),
    ("Jos", "Nigeria", "Plateau", 9.90, 8.86, "Riots", "Mob violence", "2017-07-05", 3,
     "Rioters (Nigeria)", "Civilians (Nigeria)", "A mob attacked traders in Jos; three people were killed."),
    ("Mogadishu", "Somalia", "Banadir", 2.04, 45.34, "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "2017-06-14", 31, "Al Shabaab", "Civilians (Somalia)", "A car bomb outside a restaurant in Mogadishu killed 31."),
    ("Baidoa", "Somalia", "Bay", 3.12, 43.65, "Battles", "Armed clash", "2017-07-01", 5,
     "Al Shabaab", "Military Forces of Somalia", "Troops and militants fought near Baidoa; five were killed."),
    ("Aden", "Yemen", "Aden", 12.79, 45.03, "Violence against civilians", "Attack", "2017-06-11", 2,
     "Unidentified Armed Group (Yemen)", "Civilians (Yemen)", "Gunmen shot dead two officials in Aden."),
    ("Taiz", "Yemen", "Taizz", 13.58, 44.02, "Explosions/Remote violence", "Shelling/artillery/missile attack",
     "2017-06-19", 4, "Houthi Movement", "Civilians (Yemen)", "Shelling hit a residential area of Taiz, killing four."),
    ("Mosul", "Iraq", "Nineveh", 36.34, 43.13, "Battles", "Armed clash", "2017-06-21", 40,
     "Military Forces of Iraq", "Islamic State", "Iraqi forces fought Islamic State in the old city of Mosul."),
    ("Cairo", "Egypt", "Cairo", 30.04, 31.24, "Protests", "Protest with intervention", "2017-06-15", 0,
     "Protesters (Egypt)", "Police Forces of Egypt", "Police dispersed a protest over the islands in Cairo."),
]


def seed_screenshot_events(store) -> None:  # noqa: ANN001
    import datetime as dt

    from eventsift.records import Document, Event, Evidence, content_id

    for place, country, admin1, lat, lon, kind, sub, day, killed, actor1, actor2, sentence in SCREENSHOT_EXTRA:
        text = f"{place.upper()}: {sentence} Officials said an investigation had begun."
        doc = Document(id=content_id(text, prefix="d"), text=text, title=sentence.split(",")[0].split(";")[0],
                       published=dt.date.fromisoformat(day) + dt.timedelta(days=1), publisher="Regional Desk")
        start = text.index(sentence)
        event = Event(
            event_id=content_id(doc.id, prefix="e"), document_id=doc.id, event_type=kind, sub_event_type=sub,
            actor1=actor1, actor2=actor2, event_date=dt.date.fromisoformat(day), country=country, admin1=admin1,
            location=place, latitude=lat, longitude=lon, fatalities=killed,
            evidence=[Evidence(document_id=doc.id, field="event_type", sentence=sentence, start=start,
                               end=start + len(sentence))],
        )
        store.ingest(doc, [event])


@pytest.mark.skipif(not os.environ.get("EVENTSIFT_SCREENSHOTS"), reason="set EVENTSIFT_SCREENSHOTS=DIR to write screenshots")
def test_write_screenshots(page, live) -> None:  # noqa: ANN001
    out = Path(os.environ["EVENTSIFT_SCREENSHOTS"])
    out.mkdir(parents=True, exist_ok=True)
    seed_screenshot_events(live.store)
    page.reload()
    page.wait_for_selector("body[data-ready=true]", state="attached")
    page.wait_for_timeout(800)  # let the map finish its zoom animation before the picture
    page.screenshot(path=str(out / "map.png"))
    open_event(page, "Mastung")
    page.locator("#ev-fields dd[data-field=fatalities]").click()
    page.wait_for_timeout(500)
    page.screenshot(path=str(out / "event.png"))
    use_token(page, live.token)
    page.fill("#edit-form input[name=fatalities]", "27")
    page.fill("#edit-form input[name=note]", "hospital toll the next day")
    page.click("#save")
    page.wait_for_selector("#ev-log li[data-action=edit]")
    page.click("#confirm")
    page.wait_for_selector("#ev-status.confirmed")
    page.locator("#ev-log").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    page.screenshot(path=str(out / "correction.png"))

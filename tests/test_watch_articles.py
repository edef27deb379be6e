"""The watcher reads the articles behind feed items: against news sites served on 127.0.0.1, into a real SQLite store.

Two servers stand for two news sites (two hosts, as the per-host budget sees them).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventsift.documents import ReadSettings
from eventsift.records import Processed
from eventsift.store import Store
from eventsift.app.watch import CHECKPOINT_PREFIX, FeedState, Watcher


class Site:
    """A news site: ``pages[path] = (content type, body)``; ``etags[path]`` makes a page answer 304 to its ETag."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.etags: dict[str, str] = {}
        self.redirects: dict[str, str] = {}  # path -> where it sends the client (301)
        self.hits: Counter[str] = Counter()
        self.conditional: list[str | None] = []  # If-None-Match of each request for a page with an ETag
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                site.hits[path] += 1
                if path in site.etags:
                    site.conditional.append(self.headers.get("If-None-Match"))
                    if self.headers.get("If-None-Match") == site.etags[path]:
                        self.send_response(304)
                        self.send_header("ETag", site.etags[path])
                        self.end_headers()
                        return
                if path in site.redirects:
                    self.send_response(301)
                    self.send_header("Location", site.redirects[path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if path not in site.pages:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                ctype, body = site.pages[path]
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if path in site.etags:
                    self.send_header("ETag", site.etags[path])
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def article(self, path: str, title: str, *paragraphs: str) -> str:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        html = (f"<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
                f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved.</footer></body></html>")
        self.pages[path] = ("text/html; charset=utf-8", html.encode())
        return self.url(path)

    def article_hits(self) -> int:
        return sum(n for path, n in self.hits.items() if path.startswith("/news/"))


def rss(items: list[dict[str, str]], *, title: str = "World news") -> tuple[str, bytes]:
    entries = "".join(
        "<item>" + "".join(f"<{k}>{v}</{k}>" if k != "content" else f"<content:encoded><![CDATA[{v}]]></content:encoded>"
                           for k, v in item.items()) + "</item>"
        for item in items
    )
    xml = (f'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
           f"<channel><title>{title}</title>{entries}</channel></rss>")
    return "application/rss+xml", xml.encode()


def report(n: int) -> tuple[str, str]:
    """Two paragraphs of an invented report, numbered so that no two are alike."""
    return (f"Gunmen attacked a police post in the hill district of Karvan on day {n} of the month, killing {n + 2} "
            f"officers and wounding two others, a provincial spokesman said on Tuesday.",
            f"The attackers fled on motorcycles before reinforcements arrived from the district town, report {n} "
            f"said, and a search of nearby villages was under way.")


class RecordingPipeline:
    """Stands in for the NLP pipeline: codes no events, keeps the documents it was given."""

    def __init__(self, *, die_after: int | None = None) -> None:
        self.documents = []
        self.die_after = die_after

    def process_many(self, items):
        for item in items:
            if self.die_after is not None and len(self.documents) >= self.die_after:
                raise KeyboardInterrupt  # the process is killed while coding
            self.documents.append(item)
            yield Processed(document=item, events=[])


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _site() -> Iterator[Site]:
    s = Site()
    s.thread.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


site = pytest.fixture(_site)
other_site = pytest.fixture(_site)


@pytest.fixture()
def store(tmp_path) -> Iterator[Store]:
    s = Store.open(f"sqlite:///{tmp_path / 'watch.db'}")
    yield s
    s.close()


SETTINGS = ReadSettings(allow_private_addresses=True, per_host_delay=0.0, detect_language=False)


def watcher(feeds: list[str], store: Store, *, pipeline: RecordingPipeline | None = None, **options) -> Watcher:
    return Watcher(feeds, store=store, pipeline=pipeline or RecordingPipeline(), settings=SETTINGS, every=60,
                   clock=Clock(), **options)


def test_link_only_items_get_their_articles_coded(site: Site, store: Store) -> None:
    links = [site.article(f"/news/{n}", f"Police post attacked, report {n}", *report(n)) for n in range(3)]
    site.pages["/rss"] = rss([{"title": f"Attack {n}", "link": link, "pubDate": "Mon, 04 Mar 2024 10:00:00 GMT",
                               "author": "desk@example.org (News Desk)"} for n, link in enumerate(links)])
    pipeline = RecordingPipeline()
    with watcher([site.url("/rss")], store, pipeline=pipeline) as w:
        summary = w.cycle()
    assert (summary.items_new, summary.fetched, summary.stored, summary.rejected) == (3, 3, 3, [])
    assert site.article_hits() == 3
    for n, doc in enumerate(pipeline.documents):
        assert f"killing {n + 2} officers" in doc.text and "search of nearby villages" in doc.text
        assert doc.title == f"Police post attacked, report {n}"  # the page's own title wins
        assert doc.published is not None and doc.published.isoformat() == "2024-03-04"  # the page has none: the feed's
        assert doc.publisher == "World news" and doc.byline  # the feed's, where the page gives none
        assert doc.source == f"{site.url('/rss')}#{n + 1} [article]"
        assert doc.url == links[n]
    assert store.counts()["documents"] == 3


def test_full_text_items_are_not_fetched(site: Site, store: Store) -> None:
    paragraphs = [" ".join(report(n)) for n in range(6)]  # well past a blurb's length
    link = site.article("/news/full", "Should not be fetched", "A page the watcher must not need.")
    site.pages["/rss"] = rss([{"title": "Full story", "link": link, "content": "".join(f"<p>{p}</p>" for p in paragraphs)}])
    pipeline = RecordingPipeline()
    with watcher([site.url("/rss")], store, pipeline=pipeline) as w:
        summary = w.cycle()
    assert (summary.stored, summary.from_feed, summary.fetched) == (1, 1, 0)
    assert site.article_hits() == 0
    doc = pipeline.documents[0]
    assert doc.source.endswith("[feed full text]") and "killing 7 officers" in doc.text and doc.url == link


def test_dead_link_falls_back_to_the_summary_and_says_so(site: Site, store: Store) -> None:
    blurb = "Gunmen killed four officers at a police post in Karvan on Monday, a spokesman said."
    site.pages["/rss"] = rss([{"title": "Post attacked", "link": site.url("/news/gone"), "description": blurb},
                              {"title": "No text either", "link": site.url("/news/also-gone")}])
    pipeline = RecordingPipeline()
    with watcher([site.url("/rss")], store, pipeline=pipeline) as w:
        summary = w.cycle()
        state = w.state(site.url("/rss"))
    assert (summary.stored, summary.fallbacks, summary.fetched) == (1, 1, 0)
    doc = pipeline.documents[0]
    assert doc.text == blurb and doc.title == "Post attacked"
    assert doc.source.endswith("[feed summary; article not read: HTTP 404 Not Found]")
    [failure] = summary.rejected
    assert (failure.item, failure.link, failure.stage) == ("No text either", site.url("/news/also-gone"), "fetch")
    assert "HTTP 404" in failure.reason and "no text" in failure.reason
    assert state.recent_failures == [failure]


def test_etag_is_honoured(site: Site, store: Store) -> None:
    site.pages["/rss"] = rss([{"title": "First", "link": site.article("/news/1", "First", *report(1))}])
    site.etags["/rss"] = '"v1"'
    with watcher([site.url("/rss")], store) as w:
        first = w.cycle()
        second = w.cycle()
        site.pages["/rss"] = rss([{"title": "Second", "link": site.article("/news/2", "Second", *report(2))},
                                  {"title": "First", "link": site.url("/news/1")}])
        site.etags["/rss"] = '"v2"'
        third = w.cycle()
    assert site.conditional == [None, '"v1"', '"v1"']
    assert (first.stored, first.unchanged) == (1, 0)
    assert (second.unchanged, second.items_new, second.stored) == (1, 0, 0)
    assert (third.unchanged, third.items_new, third.stored) == (0, 1, 1)
    assert site.hits["/news/1"] == 1


def test_per_host_and_per_cycle_limits_hold_and_the_backlog_carries_over(site: Site, other_site: Site,
                                                                           store: Store) -> None:
    big = [site.article(f"/news/{n}", f"Big {n}", *report(n)) for n in range(6)]
    small = [other_site.article(f"/news/{n}", f"Small {n}", *report(100 + n)) for n in range(2)]
    site.pages["/rss"] = rss([{"title": f"Big {n}", "link": link} for n, link in enumerate(big)])
    other_site.pages["/rss"] = rss([{"title": f"Small {n}", "link": link} for n, link in enumerate(small)])
    pipeline = RecordingPipeline()
    with watcher([site.url("/rss"), other_site.url("/rss")], store, pipeline=pipeline,
                 max_fetches=3, max_per_host=2) as w:
        first = w.cycle()
        after_first = (site.article_hits(), other_site.article_hits())
        second = w.cycle()
        third = w.cycle()
        fourth = w.cycle()
    assert after_first == (2, 1)  # the big feed did not take the whole budget
    assert (first.fetched, first.stored, first.backlog) == (3, 3, 5)
    assert (second.fetched, second.backlog) == (3, 2)
    assert (third.fetched, third.backlog) == (2, 0)
    assert (fourth.fetched, fourth.items_new) == (0, 0)
    assert site.article_hits() == 6 and other_site.article_hits() == 2
    assert all(n == 1 for path, n in {**site.hits, **other_site.hits}.items() if path.startswith("/news/"))
    assert sorted(d.title for d in pipeline.documents) == sorted([f"Big {n}" for n in range(6)] + ["Small 0", "Small 1"])


class KilledAfterStoring:
    """A store that is killed right after its ``n``-th document is stored (before the watcher saves its checkpoint)."""

    def __init__(self, store: Store, n: int) -> None:
        self.store, self.n = store, n

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def ingest(self, document, events):
        result = self.store.ingest(document, events)
        self.n -= 1
        if self.n == 0:
            raise KeyboardInterrupt
        return result


@pytest.mark.parametrize("kill", ["while coding", "after storing"])
def test_restart_mid_cycle_neither_loses_nor_repeats(site: Site, store: Store, kill: str) -> None:
    links = [site.article(f"/news/{n}", f"Story {n}", *report(n)) for n in range(5)]
    site.pages["/rss"] = rss([{"title": f"Story {n}", "link": link} for n, link in enumerate(links)])
    first = RecordingPipeline(die_after=2 if kill == "while coding" else None)
    target = KilledAfterStoring(store, 3) if kill == "after storing" else store
    with watcher([site.url("/rss")], target, pipeline=first) as w, pytest.raises(KeyboardInterrupt):
        w.cycle()
    stored_before = store.counts()["documents"]
    assert stored_before == (2 if kill == "while coding" else 3)
    second = RecordingPipeline()
    with watcher([site.url("/rss")], store, pipeline=second) as again:
        summary = again.cycle()
        state = again.state(site.url("/rss"))
    coded = [d.title for d in first.documents] + [d.title for d in second.documents]
    stored_titles = [d.title for d in first.documents][:stored_before] + [d.title for d in second.documents]
    assert sorted(stored_titles) == [f"Story {n}" for n in range(5)]  # every item stored once
    assert store.counts()["documents"] == 5
    assert len(coded) == len(set(coded))  # none coded twice
    assert summary.stored == 5 - stored_before and summary.rejected == []
    assert state.backlog == [] and len(state.seen) == 5
    # an article is fetched again only when the kill came between its fetch and its storing
    assert sum(site.hits[f"/news/{n}"] for n in range(5)) == 5 + (1 if kill == "while coding" else 0)


def test_the_same_article_from_two_feeds_is_read_once(site: Site, other_site: Site, store: Store) -> None:
    link = site.article("/news/story", "Post attacked", *report(1))
    site.article("/news/story/amp", "Post attacked (AMP)", *report(1))
    site.pages["/rss"] = rss([{"title": "Post attacked", "link": link + "?utm_source=rss&amp;utm_medium=feed"}])
    other_site.pages["/rss"] = rss([{"title": "Post attacked", "link": link + "/amp?fbclid=abc"}])
    pipeline = RecordingPipeline()
    with watcher([site.url("/rss"), other_site.url("/rss")], store, pipeline=pipeline) as w:
        summary = w.cycle()
    assert (summary.items_new, summary.stored, summary.skipped) == (2, 1, 1)
    assert site.article_hits() == 1 and len(pipeline.documents) == 1


def test_a_link_that_redirects_to_an_article_already_read_is_a_duplicate(site: Site, other_site: Site,
                                                                          store: Store) -> None:
    link = site.article("/news/story", "Post attacked", *report(1))
    site.redirects["/r/123"] = link
    site.pages["/rss"] = rss([{"title": "Post attacked", "link": site.url("/r/123")}])
    other_site.pages["/rss"] = rss([{"title": "Post attacked", "link": link}])
    with watcher([site.url("/rss"), other_site.url("/rss")], store) as w:
        summary = w.cycle()
    assert (summary.fetched, summary.stored, summary.duplicates) == (2, 1, 1)
    assert store.counts()["documents"] == 1


def test_a_copy_under_another_url_is_a_near_duplicate(site: Site, store: Store) -> None:
    paragraphs = [" ".join(report(n)) for n in range(4)]
    first = site.article("/news/original", "Post attacked", *paragraphs)
    copy = site.article("/news/syndicated-copy", "Post attacked, copy", *paragraphs, "Reporting by the news desk.")
    site.pages["/rss"] = rss([{"title": "Original", "link": first}, {"title": "Copy", "link": copy}])
    with watcher([site.url("/rss")], store) as w:
        summary = w.cycle()
    assert (summary.fetched, summary.stored, summary.duplicates) == (2, 1, 1)


def test_news_sitemap_is_read(site: Site, store: Store) -> None:
    a = site.article("/news/a", "Police post attacked", *report(1))
    b = site.article("/news/b", "Convoy ambushed", *report(2))
    sitemap = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>{a}</loc><news:news><news:publication><news:name>Karvan Daily</news:name><news:language>en</news:language>
    </news:publication><news:publication_date>2024-03-05T08:30:00+05:00</news:publication_date>
    <news:title>Police post attacked</news:title></news:news></url>
  <url><loc>{b}</loc><news:news><news:publication><news:name>Karvan Daily</news:name><news:language>en</news:language>
    </news:publication><news:publication_date>2024-03-06</news:publication_date>
    <news:title>Convoy ambushed</news:title></news:news></url>
  <url><loc>{site.url('/about')}</loc></url>
</urlset>"""
    site.pages["/sitemap-news.xml"] = ("application/xml", sitemap.encode())
    pipeline = RecordingPipeline()
    with watcher([site.url("/sitemap-news.xml")], store, pipeline=pipeline) as w:
        summary = w.cycle()
    assert (summary.items_new, summary.fetched, summary.stored) == (2, 2, 2)
    assert site.hits["/about"] == 0
    by_title = {d.title: d for d in pipeline.documents}
    assert by_title["Police post attacked"].published.isoformat() == "2024-03-05"
    assert by_title["Convoy ambushed"].published.isoformat() == "2024-03-06"
    assert {d.publisher for d in pipeline.documents} == {"Karvan Daily"}


def test_status_lists_recent_failures_per_feed(site: Site, store: Store, tmp_path, capsys) -> None:
    from eventsift.cli import main

    site.pages["/rss"] = rss([{"title": "Vanished report", "link": site.url("/news/vanished")}])
    site.pages["/ok"] = rss([{"title": "Fine", "link": site.article("/news/fine", "Fine", *report(3))}])
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site.url('/rss')}\n{site.url('/ok')}\n{site.url('/missing')}\n", encoding="utf-8")
    with watcher([site.url("/rss"), site.url("/ok"), site.url("/missing")], store) as w:
        w.cycle()
    assert main(["watch", str(feeds), "--status", "--db", f"sqlite:///{tmp_path / 'watch.db'}"]) == 0
    out = capsys.readouterr().out
    blocks = out.split("\nhttp")
    assert len(blocks) == 3
    assert 'rejected: "Vanished report" <' + site.url("/news/vanished") + ">: fetch: HTTP 404" in blocks[0]
    assert "recent failures: none" in blocks[1] and "items handled: 1" in blocks[1]
    assert "failing, 1 in a row" in blocks[2] and "HTTP 404" in blocks[2]


def test_old_checkpoints_still_load() -> None:
    state = FeedState.from_json("https://a.example/rss", '{"seen": ["x"], "failures": 1, "next_due": 5.0, "last_error": "e"}')
    assert (state.seen, state.failures, state.backlog, state.etag) == (["x"], 1, [], None)
    assert FeedState.from_json(state.url, state.to_json()) == state
    assert CHECKPOINT_PREFIX == "feed:"
    legacy = FeedState.from_json("f", '{"seen": ["https://www.example.org/a?utm_source=rss", "http://example.org/a"]}')
    assert legacy.seen == ["example.org/a"]  # raw links of older checkpoints match the items' keys


def test_the_walk_through_in_the_docs_holds(site: Site, store: Store) -> None:
    """docs/watching.md's session: the demo site served here (its links moved to this server's port)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "docs" / "watch-demo"
    port = site.url("")
    for path in [*root.glob("*.xml"), *root.glob("news/*.html")]:
        ctype = "application/xml" if path.suffix == ".xml" else "text/html; charset=utf-8"
        site.pages["/" + path.relative_to(root).as_posix()] = (ctype, path.read_bytes().replace(b"http://127.0.0.1:8417", port.encode()))
    feeds = [line.replace("http://127.0.0.1:8417", port) for line in (root / "feeds.txt").read_text().splitlines()
             if not line.startswith("#")]
    with watcher(feeds, store) as w:
        first = w.cycle()
    assert (first.items_new, first.fetched, first.fallbacks, first.stored, first.skipped) == (6, 3, 1, 4, 1)
    assert [f.item for f in first.rejected] == ["Photo gallery: the week in pictures"]

"""The feed watcher against feeds (and their articles) served by a real HTTP server on 127.0.0.1, into a real SQLite store."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventsift.documents import ReadSettings
from eventsift.pipeline import Processed
from eventsift.records import Rejected
from eventsift.store import Store
from eventsift.app.watch import CHECKPOINT_PREFIX, FeedState, Watcher, parse_duration, read_feed_list


class FeedServer:
    """Serves ``feeds[path]`` as RSS and each item's article at ``path/Title-words``; a path in ``failing``
    answers 500; counts requests per path."""

    def __init__(self) -> None:
        self.feeds: dict[str, list[tuple[str, str]]] = {}
        self.failing: set[str] = set()
        self.hits: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                page = server.article(self.path)
                if page is None and (self.path in server.failing or self.path not in server.feeds):
                    self.send_response(500 if self.path in server.failing else 404)
                    self.end_headers()
                    return
                body = page or rss(server.url(self.path), server.feeds[self.path]).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html" if page else "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def article(self, path: str) -> bytes | None:
        """The article page of a feed item: its text and a second paragraph the feed does not carry."""
        feed, _, slug = path.rpartition("/")
        for title, text in self.feeds.get(feed, []):
            if slug == title.replace(" ", "-") and text:
                return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p>"
                        f"<p>Residents of the area told reporters that the roads were open again by the evening "
                        f"and that shops had stayed shut for most of the day.</p></article></body></html>").encode()
        return None


def rss(feed_url: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{feed_url}/{title.replace(' ', '-')}</link>"
        f"<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>{text}</description></item>"
        for title, text in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed_url}</title>{entries}</channel></rss>'


class RecordingPipeline:
    """Stands in for the NLP pipeline: codes no events, remembers which documents it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def process_many(self, items):
        for item in items:
            self.seen.append(item.url)
            yield Processed(document=item, events=[])


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def story(n: int) -> tuple[str, str]:
    return (f"Story {n}", f"Story number {n} says that something of note happened in a town on day {n}.")


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    s = FeedServer()
    s.thread.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


@pytest.fixture()
def store(tmp_path) -> Iterator[Store]:
    s = Store.open(f"sqlite:///{tmp_path / 'watch.db'}")
    yield s
    s.close()


SETTINGS = ReadSettings(allow_private_addresses=True, per_host_delay=0.0, detect_language=False)


def watcher(server: FeedServer, store: Store, paths: list[str], *, clock: Clock | None = None,
            pipeline: RecordingPipeline | None = None) -> Watcher:
    return Watcher([server.url(p) for p in paths], store=store, pipeline=pipeline or RecordingPipeline(),
                   settings=SETTINGS, every=60, clock=clock or Clock())


def test_new_items_once_then_nothing_then_the_new_one(server: FeedServer, store: Store) -> None:
    server.feeds["/a"] = [story(1), story(2)]
    server.feeds["/b"] = [story(3)]
    pipeline = RecordingPipeline()
    with watcher(server, store, ["/a", "/b"], pipeline=pipeline) as w:
        first = w.cycle()
        assert (first.polled, first.items_new, first.stored, first.failed) == (2, 3, 3, 0)
        second = w.cycle()
        assert (second.polled, second.items_new, second.stored) == (2, 0, 0)
        server.feeds["/a"].insert(0, story(4))
        third = w.cycle()
    assert (third.items_new, third.stored) == (1, 1)
    assert store.counts()["documents"] == 4
    assert len(pipeline.seen) == 4  # nothing coded twice
    assert "cycle 3:" in third.line() and "1 stored" in third.line()


def test_failing_feed_backs_off_while_others_go_on(server: FeedServer, store: Store) -> None:
    server.feeds["/ok"] = [story(1)]
    server.failing.add("/down")
    clock = Clock()
    with watcher(server, store, ["/down", "/ok"], clock=clock) as w:
        first = w.cycle()
        assert (first.failed, first.stored) == (1, 1)
        delays = []
        for _ in range(3):  # each failure doubles the wait; polls in between leave the feed alone
            state = w.state(server.url("/down"))
            delays.append(state.next_due - clock.now)
            clock.now += 60
            skipped = w.cycle()
            assert skipped.waiting == 1 and skipped.polled == 1
            clock.now = state.next_due
            server.feeds["/ok"].insert(0, story(clock.now))
            retried = w.cycle()
            assert retried.failed == 1 and retried.stored == 1
        assert delays == [120, 240, 480]
        assert "HTTP 500" in (w.state(server.url("/down")).last_error or "")
        server.failing.discard("/down")
        server.feeds["/down"] = [story(99)]
        clock.now = w.state(server.url("/down")).next_due
        recovered = w.cycle()
    assert (recovered.failed, recovered.stored) == (0, 1)
    state = FeedState.from_json(server.url("/down"), store.get_checkpoint(CHECKPOINT_PREFIX + server.url("/down")))
    assert state.failures == 0 and state.last_error is None


def test_restart_does_not_reingest(server: FeedServer, store: Store, tmp_path) -> None:
    server.feeds["/a"] = [story(1), story(2)]
    with watcher(server, store, ["/a"]) as w:
        assert w.cycle().stored == 2
    pipeline = RecordingPipeline()
    reopened = Store.open(f"sqlite:///{tmp_path / 'watch.db'}")
    with watcher(server, reopened, ["/a"], pipeline=pipeline) as again:
        summary = again.cycle()
    reopened.close()
    assert (summary.items_new, summary.stored) == (0, 0)
    assert pipeline.seen == []


def test_lost_checkpoint_still_does_not_duplicate(server: FeedServer, store: Store) -> None:
    """Killed after storing but before the checkpoint: the store's duplicate check catches the items."""
    server.feeds["/a"] = [story(1), story(2)]
    with watcher(server, store, ["/a"]) as w:
        w.cycle()
    store.set_checkpoint(CHECKPOINT_PREFIX + server.url("/a"), FeedState(url=server.url("/a")).to_json())
    pipeline = RecordingPipeline()
    with watcher(server, store, ["/a"], pipeline=pipeline) as again:
        summary = again.cycle()
    assert (summary.items_new, summary.skipped, summary.stored) == (2, 2, 0)
    assert pipeline.seen == [] and store.counts()["documents"] == 2


def test_bad_items_are_rejected_once(server: FeedServer, store: Store) -> None:
    server.feeds["/a"] = [story(1), ("Empty", "")]  # no text in the feed, no article at its link
    with watcher(server, store, ["/a"]) as w:
        first = w.cycle()
        second = w.cycle()
        failures = w.state(server.url("/a")).recent_failures
    assert first.stored == 1 and len(first.rejected) == 1
    failure = first.rejected[0]
    assert (failure.item, failure.link, failure.stage) == ("Empty", server.url("/a/Empty"), "fetch")
    assert "HTTP 404" in failure.reason and failure.line().startswith('rejected: "Empty" <http://127.0.0.1:')
    assert second.rejected == [] and failures == [failure]


def test_run_stops_after_max_cycles(server: FeedServer, store: Store) -> None:
    server.feeds["/a"] = [story(1)]
    lines: list[str] = []
    with watcher(server, store, ["/a"]) as w:
        summaries = w.run(max_cycles=3, on_cycle=lambda s: lines.append(s.line()), sleep=lambda _s: None)
    assert [s.stored for s in summaries] == [1, 0, 0]
    assert len(lines) == 3


class BrokenPipeline(RecordingPipeline):
    def process_many(self, items):
        for item in items:
            if "Broken" in item.title:
                raise RuntimeError("a bug")
            yield from super().process_many([item])


def test_a_bug_on_one_item_does_not_stop_the_others(server: FeedServer, store: Store) -> None:
    server.feeds["/bad"] = [("Broken story", "This item makes the pipeline fail with a bug of its own.")]
    server.feeds["/good"] = [story(1)]
    with watcher(server, store, ["/bad", "/good"], pipeline=BrokenPipeline()) as w:
        summary = w.cycle()
        again = w.cycle()
        failures = w.state(server.url("/bad")).recent_failures
    assert (summary.failed, summary.stored, len(summary.rejected)) == (0, 1, 1)
    assert "RuntimeError" in summary.rejected[0].reason and failures == summary.rejected
    assert again.rejected == [] and again.stored == 0  # not tried again


@pytest.mark.parametrize(("text", "seconds"), [("90", 90), ("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400), ("0.5m", 30)])
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "15x", "-5m", "soon"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_read_feed_list() -> None:
    text = "# feeds\nhttps://a.example/rss\n\n  https://b.example/atom  # world news\nhttps://a.example/rss\n"
    assert read_feed_list(text) == ["https://a.example/rss", "https://b.example/atom"]


VIOLENT = ("Gunmen killed three policemen at a checkpoint in Quetta on Monday, officials said. "
           "Two other officers were injured in the attack.")


@pytest.mark.slow
def test_watch_command_codes_and_stores_events_once(server: FeedServer, tmp_path, capsys) -> None:
    from eventsift.cli import main

    server.feeds["/news"] = [("Checkpoint attack", VIOLENT), story(1), ("Gallery", "")]
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{server.url('/news')}\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["watch", str(feeds), "--once", "--db", db, "--allow-private"]) == 0
    first = capsys.readouterr().err
    assert main(["watch", str(feeds), "--max-cycles", "1", "--db", db, "--allow-private"]) == 0
    second = capsys.readouterr().err
    assert "3 new items, 2 articles read" in first and "; 2 stored" in first and "1 rejected" in first
    assert f'rejected: "Gallery" <{server.url("/news/Gallery")}>: fetch: HTTP 404' in first
    assert "0 new items, 0 articles read" in second and "; 0 stored" in second
    with Store.open(db) as reopened:
        counts = reopened.counts()
        events = reopened.list_events()
    assert counts["documents"] == 2
    assert events and all(e.sources[0].url.endswith("Checkpoint-attack") for e in events)
    assert main(["watch", str(feeds), "--status", "--db", db]) == 0
    status = capsys.readouterr().out
    assert server.url("/news") in status and "items handled: 3; waiting for their article: 0" in status
    assert 'rejected: "Gallery"' in status

"""Fetching from a real HTTP server started on 127.0.0.1: errors, limits, robots, redirects, SSRF guard."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from eventsift.documents import ReadSettings, read_inputs
from eventsift.errors import FetchError
from eventsift.documents.fetch import Fetcher, HostClock, check_url
from eventsift.records import Document, Rejected

ARTICLE = (
    "<html><head><title>Bomb kills two policemen</title></head><body><article><h1>Bomb kills two policemen</h1>"
    "<p>A roadside bomb struck a police patrol on the main road outside the town on Tuesday morning, killing two "
    "constables and wounding a passer-by, district officials said.</p><p>No group has claimed responsibility for "
    "the attack, the third on the same road this month, and the area has been sealed off.</p></article></body></html>"
).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout case)
            pass

    def do_GET(self):  # noqa: N802 - http.server's name
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/article.html" or path == "/private/article.html":
            self._send(200, ARTICLE)
        elif path == "/moved":
            self._send(301, headers=[("Location", "/article.html")])
        elif path in ("/loop-a", "/loop-b"):
            self._send(302, headers=[("Location", "/loop-b" if path == "/loop-a" else "/loop-a")])
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, headers=[("Location", f"/chain/{n + 1}")])
        elif path == "/to-ftp":
            self._send(302, headers=[("Location", "ftp://127.0.0.1/file")])
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, ARTICLE)
        elif path == "/endless":  # a response with no end and no length: the reader must stop at its cap
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                return
        elif path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(1 << 30))
            self.end_headers()
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = ReadSettings(allow_private_addresses=True, per_host_delay=0.0, fetch_timeout=0.5, max_response_bytes=1024 * 1024)


def read(urls, settings=LOCAL):
    items = list(read_inputs(urls, settings=settings))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Rejected)]


def test_fetches_an_article_with_the_product_user_agent(server):
    docs, rejected = read([server + "/article.html"])
    assert not rejected
    assert docs[0].title == "Bomb kills two policemen" and "roadside bomb" in docs[0].text
    assert docs[0].url == server + "/article.html"
    assert Handler.seen_agents[-1].startswith("eventsift/") and "+https://" in Handler.seen_agents[-1]


def test_redirect_followed_and_final_url_kept(server):
    docs, _ = read([server + "/moved"])
    assert docs[0].url == server + "/article.html" and docs[0].source == server + "/moved"


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing", "HTTP 404"),
    ("/slow", "timed out"),
    ("/loop-a", "redirect loop"),
    ("/chain/0", "redirects"),
    ("/to-ftp", "scheme"),
    ("/endless", "limit"),
    ("/big-declared", "limit"),
    ("/private/article.html", "robots.txt"),
])
def test_fetch_failures_are_rejected_and_the_batch_goes_on(server, path, reason):
    docs, rejected = read([server + path, server + "/article.html"])
    assert len(docs) == 1
    assert len(rejected) == 1 and rejected[0].source == server + path and rejected[0].stage == "fetch"
    assert reason in rejected[0].reason


def test_loopback_refused_by_default(server):
    _, rejected = read([server + "/article.html"], settings=ReadSettings(per_host_delay=0.0))
    assert "non-public address 127.0.0.1" in rejected[0].reason


@pytest.mark.parametrize(("address", "refused"), [
    ("10.1.2.3", True), ("192.168.0.1", True), ("169.254.169.254", True), ("::1", True),
    ("fe80::1", True), ("0.0.0.0", True), ("93.184.216.34", False),
])
def test_private_addresses_refused(address, refused):
    def resolve(host, port):
        return [address]

    if refused:
        with pytest.raises(FetchError):
            check_url("http://news.example/x", allow_private=False, resolve=resolve)
    else:
        check_url("http://news.example/x", allow_private=False, resolve=resolve)


def test_per_host_delay_waits_between_requests_to_one_host():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    clock = HostClock(2.0, clock=lambda: now[0], sleep=sleep)
    clock.wait("a.example")
    now[0] += 0.5
    clock.wait("a.example")
    clock.wait("b.example")
    assert slept == [1.5]


def test_robots_is_fetched_once_per_host(server):
    with Fetcher(LOCAL) as fetcher:
        before = len(Handler.seen_agents)
        fetcher.fetch(server + "/article.html")
        fetcher.fetch(server + "/article.html")
        assert len(Handler.seen_agents) - before == 3  # robots.txt + two pages

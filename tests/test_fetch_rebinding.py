"""DNS rebinding: the fetcher connects to the address its check passed, never to a second resolution.

The host name used is ``localhost``: the system resolver answers 127.0.0.1 for it, so a client that
resolved the name again to connect would reach the local server below.
"""

from __future__ import annotations

import http.server
import threading

import pytest

from eventsift.documents import ReadSettings, read_inputs
from eventsift.errors import FetchError
from eventsift.documents.fetch import Fetcher
from eventsift.records import Document

# A public address (example.org's) for the first answer; nothing listens for this test there.
PUBLIC = "93.184.216.34"
PAGE = (
    "<html><head><title>Clash at the border post</title></head><body><article><h1>Clash at the border post</h1>"
    "<p>Gunmen attacked a border post in the hills on Sunday night, and the guards fought them for an hour before "
    "the attackers withdrew, a local official said.</p><p>Two guards were wounded in the exchange of fire, the "
    "official added, and the post has been reinforced.</p></article></body></html>"
).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    requests: list[tuple[str, str]] = []

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        Handler.requests.append((self.path, self.headers.get("Host", "")))
        if self.path == "/robots.txt":
            body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
        elif self.path == "/hop":  # to another name on the same port
            self.send_response(302)
            self.send_header("Location", f"http://second-hop.invalid:{self.server.server_address[1]}/page.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        else:
            body, ctype = PAGE, "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def port():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


class Rebinding:
    """A resolver that answers differently on each call: the given answers in turn, then the last again."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self, host: str, port: int) -> list[str]:
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        return [answer]


def settings(**kw) -> ReadSettings:
    return ReadSettings(per_host_delay=0.0, fetch_timeout=0.5, **kw)


@pytest.mark.parametrize("path", ["/page.html", "/hop", "/robots.txt"])  # robots.txt is asked for first in each
def test_a_name_that_rebinds_to_loopback_never_reaches_the_local_server(port, path):
    resolve = Rebinding(PUBLIC, "127.0.0.1")
    before = len(Handler.requests)
    with Fetcher(settings(), resolve=resolve) as fetcher, pytest.raises(FetchError):
        fetcher.fetch(f"http://localhost:{port}{path}")
    assert Handler.requests[before:] == []  # the connection went to the checked public address, not to 127.0.0.1
    assert resolve.calls >= 1


def test_without_robots_the_page_request_is_pinned_too(port):
    resolve = Rebinding(PUBLIC, "127.0.0.1")
    before = len(Handler.requests)
    with Fetcher(settings(respect_robots=False), resolve=resolve) as fetcher, pytest.raises(FetchError):
        fetcher.fetch(f"http://localhost:{port}/page.html")
    assert Handler.requests[before:] == []


def test_each_redirect_hop_is_checked_and_pinned_again(port):
    # The first hop resolves to loopback (allowed here); the redirect's host then answers another address:
    # the second request must go to that newly resolved and pinned address, so the local server sees one request.
    resolve = Rebinding("127.0.0.1", PUBLIC)
    before = len(Handler.requests)
    with Fetcher(settings(allow_private_addresses=True, respect_robots=False), resolve=resolve) as fetcher:
        with pytest.raises(FetchError):
            fetcher.fetch(f"http://localhost:{port}/hop")
    assert [p for p, _ in Handler.requests[before:]] == ["/hop"]
    assert resolve.calls == 2


def test_the_connection_goes_to_the_checked_address_and_keeps_the_name(port):
    # The name is invented (no DNS knows it): only the pinned address can make this fetch work.
    resolve = Rebinding("127.0.0.1", "198.51.100.7")
    before = len(Handler.requests)
    with Fetcher(settings(allow_private_addresses=True), resolve=resolve) as fetcher:
        page = fetcher.fetch(f"http://border-news.invalid:{port}/page.html")
    assert page.status == 200 and b"border post" in page.content
    seen = Handler.requests[before:]
    assert [p for p, _ in seen] == ["/robots.txt", "/page.html"]
    assert {h for _, h in seen} == {f"border-news.invalid:{port}"}  # the Host header keeps the name
    assert resolve.calls == 1  # one resolution per hop: robots.txt and the page use the same pinned address


def test_feeds_and_read_inputs_go_through_the_pinned_fetcher(port):
    items = list(read_inputs([f"http://localhost:{port}/page.html"], settings=settings(allow_private_addresses=True)))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 1 and "border post" in docs[0].text


def test_tls_keeps_the_name_as_server_name(tmp_path):
    """Over HTTPS the pinned connection still sends the URL's name as TLS server name (SNI)."""
    import shutil
    import socket
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a throwaway certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=border-news.invalid"], check=True, capture_output=True)
    seen: list[str | None] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda _sock, name, _ctx: seen.append(name)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve_once():
        conn, _ = listener.accept()
        try:
            context.wrap_socket(conn, server_side=True).close()
        except (ssl.SSLError, OSError):
            pass  # the client refuses the self-signed certificate after sending its hello
        finally:
            conn.close()

    thread = threading.Thread(target=serve_once, daemon=True)
    thread.start()
    resolve = Rebinding("127.0.0.1")
    with Fetcher(settings(allow_private_addresses=True, respect_robots=False), resolve=resolve) as fetcher:
        with pytest.raises(FetchError):  # the certificate is not trusted: the point is what the server was told
            fetcher.fetch(f"https://border-news.invalid:{port}/page.html")
    thread.join(timeout=5)
    listener.close()
    assert seen == ["border-news.invalid"]

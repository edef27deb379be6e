"""Fetching pages over HTTP politely and safely.

    URL ─► scheme check ─► address check (no private hosts) ─► pin the checked addresses ─► robots.txt
        ─► per-host delay ─► GET without auto-redirects (each hop goes through all checks again) ─► size-capped body

The name is resolved once, by the check; the connection goes to an address that passed it (the
transport never resolves the name again), while the Host header and the TLS server name keep the
name. A name that answers a public address to the check and 127.0.0.1 to the connection (DNS
rebinding) therefore cannot reach an internal service.

Every failure is a ``FetchError`` with a reason a user can act on.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
import urllib.robotparser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from eventsift.errors import FetchError

if TYPE_CHECKING:
    from eventsift.documents.settings import ReadSettings

log = logging.getLogger(__name__)

SCHEMES = ("http", "https")
ROBOTS_AGENT = "eventsift"
# robots.txt files are small; more than this is not a robots file worth parsing.
MAX_ROBOTS_BYTES = 512 * 1024
REDIRECT_CODES = (301, 302, 303, 307, 308)


@dataclass(slots=True, kw_only=True)
class FetchedPage:
    """A fetched response body with where it finally came from."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    content_type: str | None
    content: bytes
    # Validators for a later conditional request (``fetch(url, headers={"If-None-Match": etag})``).
    etag: str | None = None
    last_modified: str | None = None


def check_url(url: str, *, allow_private: bool, resolve: Callable[[str, int], list[str]] | None = None) -> list[str]:
    """Refuse schemes other than http(s) and hosts that resolve to non-public addresses.

    Returns the addresses that passed the check: connect to these, never to a second resolution.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"refused scheme {parts.scheme or '(none)'!r}: only http and https are fetched")
    if not parts.hostname:
        raise FetchError("URL has no host")
    addresses = (resolve or resolve_host)(parts.hostname, _port(parts.scheme, parts.port))
    if not addresses:
        raise FetchError(f"cannot resolve host {parts.hostname}: no address")
    if allow_private:
        return list(addresses)
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(f"refused: {parts.hostname} resolves to non-public address {ip}")
    return list(addresses)


def _port(scheme: str, port: int | None) -> int:
    return port or (443 if scheme.lower() == "https" else 80)


def resolve_host(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host}: {exc.strerror}") from exc
    return sorted({str(info[4][0]) for info in infos})


class PinnedBackend(httpcore.SyncBackend):
    """httpcore's network backend that connects only to addresses pinned for a (host, port) after the check.

    httpcore asks it for a TCP connection to the URL's host name; it connects to the pinned address
    instead and never resolves the name itself. TLS is started by httpcore over this socket with
    the URL's host name as server name, and the request keeps its Host header, so the server sees
    the name it was asked for.
    """

    def __init__(self) -> None:
        self._pins: dict[tuple[str, int], tuple[str, ...]] = {}

    def pin(self, host: str, port: int, addresses: list[str]) -> None:
        self._pins[(_host_key(host), port)] = tuple(addresses)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: object = None) -> httpcore.NetworkStream:
        addresses = self._pins.get((_host_key(host), port))
        if not addresses:
            raise FetchError(f"refused: {host}:{port} was not checked before connecting")
        failure: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                           socket_options=socket_options)  # type: ignore[arg-type]
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure  # type: ignore[misc]


def _host_key(host: str) -> str:
    return host.strip("[]").lower()


def pinned_transport(backend: PinnedBackend) -> httpx.HTTPTransport:
    """An httpx transport whose connections go through ``backend`` (proxies from the environment are not used)."""
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx builds its connection pool without a way to pass a network backend: replace the pool with
    # one that has the same (default) settings and the pinning backend. httpx is pinned in requirements/.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=httpx.Limits().max_connections,
        max_keepalive_connections=httpx.Limits().max_keepalive_connections,
        keepalive_expiry=httpx.Limits().keepalive_expiry,
        network_backend=backend,
    )
    return transport


@dataclass(slots=True)
class HostClock:
    """Per-host politeness: waits so that two requests to one host are ``delay`` seconds apart."""

    delay: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    last: dict[str, float] = field(default_factory=dict)

    def wait(self, host: str) -> None:
        now = self.clock()
        previous = self.last.get(host)
        if previous is not None and now - previous < self.delay:
            self.sleep(self.delay - (now - previous))
            now = self.clock()
        self.last[host] = now


class Fetcher:
    """Fetches URLs under one ``ReadSettings``; keep one per batch so robots and delays are shared."""

    def __init__(self, settings: ReadSettings, *, client: httpx.Client | None = None, host_clock: HostClock | None = None,
                 resolve: Callable[[str, int], list[str]] | None = None) -> None:
        self.settings = settings
        self.backend = PinnedBackend()
        self.client = client or httpx.Client(
            transport=pinned_transport(self.backend),
            timeout=httpx.Timeout(settings.fetch_timeout),
            headers={"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.8,*/*;q=0.5"},
            follow_redirects=False,
            trust_env=False,
        )
        self.host_clock = host_clock or HostClock(settings.per_host_delay)
        self.resolve = resolve
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, *, headers: Mapping[str, str] | None = None) -> FetchedPage:
        """GET a page, following redirects by hand; raises FetchError.

        ``headers`` go with every hop: ``If-None-Match`` / ``If-Modified-Since`` make the request
        conditional, and an unchanged page comes back with status 304 and no content.
        """
        seen: set[str] = set()
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            if current in seen:
                raise FetchError(f"redirect loop at {current}")
            seen.add(current)
            self._check_and_pin(current)
            if self.settings.respect_robots and not self._allowed(current):
                raise FetchError(f"disallowed by robots.txt: {current}")
            status, answer, body, location = self._get(current, headers=headers)
            if location is None:
                return FetchedPage(url=url, final_url=current, status=status, content_type=answer.get("content-type"),
                                   content=body, etag=answer.get("etag"), last_modified=answer.get("last-modified"))
            current = urljoin(current, location)
            log.info("%s redirects to %s", url, current)
        raise FetchError(f"more than {self.settings.max_redirects} redirects")

    def _check_and_pin(self, url: str) -> None:
        """Check the URL's host and pin the addresses that passed, so the connection goes to one of them."""
        addresses = check_url(url, allow_private=self.settings.allow_private_addresses, resolve=self.resolve)
        parts = urlsplit(url)
        self.backend.pin(parts.hostname or "", _port(parts.scheme, parts.port), addresses)

    def _get(self, url: str, *, limit: int | None = None,
             headers: Mapping[str, str] | None = None) -> tuple[int, httpx.Headers, bytes, str | None]:
        """One request: (status, response headers, body, redirect location or None)."""
        limit = self.settings.max_response_bytes if limit is None else limit
        self.host_clock.wait(urlsplit(url).netloc.lower())
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code in REDIRECT_CODES and response.headers.get("location"):
                    return response.status_code, response.headers, b"", response.headers["location"]
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
                body = self._read_body(response, limit=limit)
                return response.status_code, response.headers, body, None
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.settings.fetch_timeout:g} s ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"request failed: {type(exc).__name__}: {exc}") from exc

    def _read_body(self, response: httpx.Response, *, limit: int) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(f"response of {declared} bytes is over the limit of {limit} bytes")
        deadline = time.monotonic() + self.settings.fetch_deadline
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > limit:
                raise FetchError(f"response over the limit of {limit} bytes; stopped reading")
            if time.monotonic() > deadline:
                raise FetchError(f"response not complete after {self.settings.fetch_deadline:g} s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        if key not in self._robots:
            self._robots[key] = self._load_robots(key + "/robots.txt")
        robots = self._robots[key]
        return robots is None or robots.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, robots_url: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots rules; None (allow all) when it has none (4xx), as RFC 9309 says."""
        try:
            status, _ctype, body, location = self._get(robots_url, limit=MAX_ROBOTS_BYTES)
        except FetchError as exc:
            if str(exc).startswith("HTTP 4"):
                return None
            raise FetchError(f"robots.txt unavailable ({exc}); not fetching") from exc
        if location is not None:
            return None  # a redirected robots.txt is treated as absent
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        log.debug("robots.txt %s: status %s", robots_url, status)
        return parser

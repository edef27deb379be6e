"""ASGI middleware guarding the server: a request body size limit and the page's security headers."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    pass


async def _reply_too_large(send: Send, max_bytes: int) -> None:
    body = json.dumps({"error": "too_large", "detail": f"request body over {max_bytes} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    """Answers 413 when a body is over ``max_bytes``: at once from Content-Length, or while it streams in."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _reply_too_large(send, self.max_bytes)
            return
        seen = 0
        started = replied = False

        async def limited_receive() -> Message:
            nonlocal seen, replied
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    # Answer now: the framework may turn the exception below into an error of its own.
                    if not started and not replied:
                        await _reply_too_large(send, self.max_bytes)
                    replied = True
                    raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if replied:
                return  # the 413 has been sent; drop whatever the app answers after it
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            pass


class SecurityHeaders:
    """A strict Content-Security-Policy (scripts from this server only) and related headers on every response."""

    def __init__(self, app: ASGIApp, *, tile_url: str | None = None) -> None:
        self.app = app
        images = "'self' data:"
        if tile_url:
            parts = urlsplit(tile_url.replace("{s}", "a"))
            host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
            images += f" {parts.scheme}://{host}"
        csp = (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
        )
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        await self.app(scope, receive, with_headers)

"""The server's guards in isolation: the page's security policy and the period arithmetic of the timeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventsift.web.limits import SecurityHeaders
from eventsift.web.queries import as_text, period_start


def policy(tile_url: str | None) -> str:
    headers = dict(SecurityHeaders(lambda *a: None, tile_url=tile_url).headers)
    return headers[b"content-security-policy"].decode()


@pytest.mark.parametrize(
    ("tile_url", "allowed"),
    [
        (None, "img-src 'self' data:;"),
        ("http://localhost:8080/{z}/{x}/{y}.png", "img-src 'self' data: http://localhost:8080;"),
        ("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "img-src 'self' data: https://*.tiles.example.org;"),
    ],
)
def test_images_only_from_self_and_the_configured_tile_server(tile_url, allowed) -> None:  # noqa: ANN001
    csp = policy(tile_url)
    assert allowed in csp
    assert "script-src 'self';" in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp


@pytest.mark.parametrize(
    ("day", "interval", "start"),
    [
        ("2017-06-02", "day", "2017-06-02"),
        ("2017-06-02", "week", "2017-05-29"),  # a Friday belongs to the week from Monday
        ("2017-05-29", "week", "2017-05-29"),
        ("2017-01-01", "week", "2016-12-26"),  # a Sunday: the week began the year before
    ],
)
def test_period_start(day, interval, start) -> None:  # noqa: ANN001
    assert period_start(dt.date.fromisoformat(day), interval) == dt.date.fromisoformat(start)


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, None), (True, "true"), (False, "false"), (0, "0"), (12, "12"), (1.5, "1.5"),
     (dt.date(2017, 6, 2), "2017-06-02"), ("Mastung", "Mastung")],
)
def test_values_are_written_as_the_store_reads_them(value, text) -> None:  # noqa: ANN001
    assert as_text(value) == text

"""Reading watched sources (RSS/Atom, news sitemaps) into items, and the URL keys that find one article under many links."""

from __future__ import annotations

import pytest

from eventsift.errors import InputError
from eventsift.documents.feeds import FULL_TEXT_MIN_WORDS, FeedItem, clean_url, is_full_text, parse_source, tracking_parameters, url_key


@pytest.mark.parametrize(("url", "key"), [
    ("https://www.example.org/world/story-1", "example.org/world/story-1"),
    ("http://example.org/world/story-1/", "example.org/world/story-1"),
    ("https://example.org/world/story-1#comments", "example.org/world/story-1"),
    ("https://m.example.org/world/story-1?utm_source=rss&utm_medium=feed", "example.org/world/story-1"),
    ("https://mobile.example.org/world/story-1?fbclid=x1&gclid=x2", "example.org/world/story-1"),
    ("https://amp.example.org/world/story-1", "example.org/world/story-1"),
    ("https://example.org/world/story-1/amp/", "example.org/world/story-1"),
    ("https://example.org/amp/world/story-1", "example.org/world/story-1"),
    ("https://example.org/world/story-1.amp.html", "example.org/world/story-1.html"),
    ("https://example.org/world/story-1?outputType=amp", "example.org/world/story-1"),
    ("https://www-example-org.cdn.ampproject.org/c/s/www.example.org/world/story-1", "example.org/world/story-1"),
    ("https://EXAMPLE.org/World/Story-1", "example.org/World/Story-1"),  # paths are case-sensitive
    ("https://example.org/story?id=7&utm_campaign=x", "example.org/story?id=7"),
    ("https://example.org/story?page=2&id=7", "example.org/story?id=7&page=2"),  # parameters sorted
    ("https://example.org:8443/story", "example.org:8443/story"),
    ("https://example.org:443/story", "example.org/story"),
])
def test_url_key(url: str, key: str) -> None:
    assert url_key(url) == key


@pytest.mark.parametrize(("a", "b"), [
    ("https://example.org/story?id=7", "https://example.org/story?id=8"),
    ("https://example.org/world/story-1", "https://example.net/world/story-1"),
    ("https://example.org/world/story-1", "https://example.org/world/story-2"),
    ("https://news.example.org/story", "https://sport.example.org/story"),
])
def test_different_articles_keep_different_keys(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


def test_every_tracking_parameter_is_dropped() -> None:
    exact, prefixes = tracking_parameters()
    assert exact and prefixes
    for name in [*exact, *(p + "x" for p in prefixes)]:
        assert url_key(f"https://example.org/s?{name}=1&id=2") == "example.org/s?id=2", name


def _words(n: int) -> str:
    return " ".join(f"word{i}" for i in range(n)) + "."


def test_full_text_needs_length_and_no_cut() -> None:
    assert is_full_text(_words(FULL_TEXT_MIN_WORDS))
    assert not is_full_text(_words(FULL_TEXT_MIN_WORDS - 1))
    assert not is_full_text(_words(FULL_TEXT_MIN_WORDS) + " And then …")
    assert not is_full_text(_words(FULL_TEXT_MIN_WORDS) + " [...]")
    assert not is_full_text(_words(FULL_TEXT_MIN_WORDS) + "\nContinue reading")


def test_feed_items_carry_link_metadata_and_text() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Daily Courier</title><language>en-gb</language>
    <item><title>Bridge closed</title><link>https://example.org/bridge</link><guid>b-1</guid>
    <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate><author>desk@example.org</author>
    <description>&lt;p&gt;The bridge was &lt;b&gt;closed&lt;/b&gt; after a blast.&lt;/p&gt;</description></item>
    <item><title>Untitled link</title><link>javascript:alert(1)</link></item>
    </channel></rss>"""
    first, second = parse_source(feed, source="https://example.org/rss")
    assert first == FeedItem(source="https://example.org/rss#1", link="https://example.org/bridge", guid="b-1",
                             title="Bridge closed", published=first.published, author="desk@example.org",
                             publisher="Daily Courier", language="en", text="The bridge was closed after a blast.")
    assert first.published.isoformat() == "2024-03-05" and not first.full_text
    assert second.link is None  # only http(s) links are followed
    assert FeedItem.from_dict(first.to_dict()) == first


def test_news_sitemap_without_news_entries_is_refused() -> None:
    plain = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<url><loc>https://example.org/about</loc></url></urlset>")
    with pytest.raises(InputError, match="no <news:news>"):
        parse_source(plain, source="s")
    index = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>https://example.org/news.xml</loc></sitemap></sitemapindex>")
    with pytest.raises(InputError, match="sitemap index"):
        parse_source(index, source="s")
    with pytest.raises(InputError):
        parse_source(b"<urlset><url>", source="s")


def test_sitemap_entities_are_not_expanded() -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
    <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>https://example.org/a</loc><news:news><news:title>&c;</news:title></news:news></url></urlset>"""
    [item] = parse_source(bomb, source="s")
    assert item.link == "https://example.org/a"
    assert "a" * 100 not in (item.title or "")


def test_clean_url_keeps_the_address_and_drops_the_tracking() -> None:
    assert clean_url("https://m.example.org/a/b?id=7&utm_source=rss#top") == "https://m.example.org/a/b?id=7"
    assert clean_url("http://example.org/a?b=1&c=2") == "http://example.org/a?b=1&c=2"

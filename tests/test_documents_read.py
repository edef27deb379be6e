"""read_inputs over every input format, and every kind of bad input rejected without stopping the batch."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json

import pytest

from eventsift.documents import ReadSettings, read_inputs
from eventsift.documents.language import is_english
from eventsift.records import Document, Rejected, content_id

SETTINGS = ReadSettings()
PARAGRAPHS = [
    "A roadside bomb struck a police patrol on the main road outside the town of Kharan on Tuesday morning, "
    "killing two constables and wounding a passer-by, district officials said.",
    "No group has claimed responsibility for the attack, the third on the same road this month. The area "
    "has been sealed off while investigators search for the people behind it.",
    "Residents said the blast was heard several kilometres away and that traffic was halted for hours.",
]
ARTICLE_TEXT = "\n\n".join(PARAGRAPHS)

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Bomb kills two policemen near Kharan | Frontier Post</title>
<meta property="og:site_name" content="Frontier Post">
<meta property="article:published_time" content="2021-03-09T08:00:00+05:00">
<meta name="author" content="Jane Roe"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Bomb kills two policemen near Kharan</h1><p class="byline">By Jane Roe</p>
{paragraphs}
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Floods hit the north of the country again</a></li>
<li><a href="/b">Markets close higher on the week</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><p>Great article, thanks for sharing this with us all.</p></section>
<footer>Copyright Frontier Post. All rights reserved.</footer></body></html>"""


def page_html(paragraphs=PARAGRAPHS) -> str:
    return PAGE.format(paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs))


def write(tmp_path, name, content):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def read_all(inputs, **kwargs):
    items = list(read_inputs(inputs, **kwargs))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Rejected)]


def warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    return out.getvalue()


def test_plain_text_file(tmp_path):
    docs, rejected = read_all([write(tmp_path, "a.txt", ARTICLE_TEXT)])
    assert not rejected and len(docs) == 1
    assert docs[0].text == ARTICLE_TEXT
    assert docs[0].id == content_id(ARTICLE_TEXT, prefix="doc-")
    assert docs[0].language == "en"


def test_html_page_keeps_article_and_drops_page_furniture(tmp_path):
    docs, rejected = read_all([write(tmp_path, "page.html", page_html())])
    assert not rejected
    doc = docs[0]
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.text
    for furniture in ("Home", "Floods hit the north", "Great article", "All rights reserved"):
        assert furniture not in doc.text
    assert doc.title == "Bomb kills two policemen near Kharan"
    assert doc.published == dt.date(2021, 3, 9)
    assert doc.publisher == "Frontier Post"
    assert doc.byline == "Jane Roe"


@pytest.mark.parametrize(("published", "own", "expected"), [
    (dt.date(2020, 1, 1), None, dt.date(2020, 1, 1)),
    (dt.date(2020, 1, 1), "2019-05-06", dt.date(2019, 5, 6)),
    (None, "2019-05-06T10:00:00Z", dt.date(2019, 5, 6)),
])
def test_caller_date_fills_only_a_missing_date(tmp_path, published, own, expected):
    line = json.dumps({"id": "d1", "text": ARTICLE_TEXT, "published": own})
    docs, _ = read_all([write(tmp_path, "b.jsonl", line)], published=published)
    assert docs[0].published == expected and docs[0].id == "d1"


def test_jsonl_bad_line_is_rejected_and_the_rest_read(tmp_path):
    lines = [
        json.dumps({"text": ARTICLE_TEXT, "url": "https://example.org/1", "title": "One"}),
        "{not json",
        json.dumps({"html": page_html(), "id": "h1"}),
        json.dumps({"title": "no body"}),
        json.dumps({"text": ARTICLE_TEXT, "published": "last week"}),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines))
    docs, rejected = read_all([path])
    assert [d.id for d in docs] == [content_id(ARTICLE_TEXT, prefix="doc-"), "h1"]
    assert docs[0].url == "https://example.org/1" and docs[0].title == "One"
    assert [r.source for r in rejected] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "not JSON" in rejected[0].reason


def test_feed_items_become_documents(tmp_path):
    items = "".join(
        f"<item><title>Story {i}</title><link>https://example.org/{i}</link>"
        f"<pubDate>0{i + 1} Mar 2021 08:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{PARAGRAPHS[i]}</p><p>{PARAGRAPHS[2]}</p>]]></description></item>"
        for i in (1, 0)
    )
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Frontier Post</title>{items}</channel></rss>'
    docs, rejected = read_all([write(tmp_path, "news.rss", rss)])
    assert not rejected
    assert [(d.title, d.url, d.published) for d in docs] == [
        ("Story 1", "https://example.org/1", dt.date(2021, 3, 2)),
        ("Story 0", "https://example.org/0", dt.date(2021, 3, 1)),
    ]
    assert docs[0].text.startswith(PARAGRAPHS[1]) and "<p>" not in docs[0].text
    assert all(d.publisher == "Frontier Post" for d in docs)


def test_warc_response_records(tmp_path):
    data = warc_bytes([("https://example.org/a", page_html()), ("https://example.org/b", page_html(PARAGRAPHS[::-1]))])
    docs, rejected = read_all([write(tmp_path, "crawl.warc.gz", data)])
    assert not rejected
    assert [d.url for d in docs] == ["https://example.org/a", "https://example.org/b"]


def test_truncated_warc_keeps_complete_records_and_rejects_the_rest(tmp_path):
    first = warc_bytes([("https://example.org/a", page_html())])
    second = warc_bytes([("https://example.org/b", page_html(PARAGRAPHS[::-1]))])
    path = write(tmp_path, "cut.warc.gz", first + second[: len(second) // 2])
    docs, rejected = read_all([path])
    assert [d.url for d in docs] == ["https://example.org/a"]
    assert len(rejected) == 1 and rejected[0].source == path + "#2" and f"byte {len(first)}" in rejected[0].reason


def test_directory_recursion_skips_hidden(tmp_path):
    write(tmp_path, "d/a.txt", ARTICLE_TEXT)
    write(tmp_path, "d/sub/b.txt", PARAGRAPHS[2] + " " + PARAGRAPHS[0])
    write(tmp_path, "d/.hidden.txt", "hidden text that must not be read at all by anyone")
    write(tmp_path, "d/.git/c.txt", "hidden directory text that must not be read either")
    docs, rejected = read_all([str(tmp_path / "d")])
    assert [d.source for d in docs] == [str(tmp_path / "d/a.txt"), str(tmp_path / "d/sub/b.txt")]
    assert not rejected


def test_gzip_and_cp1252_inputs(tmp_path):
    text = ARTICLE_TEXT + " The café owner’s account – confirmed by police – was consistent."
    docs, rejected = read_all([
        write(tmp_path, "a.txt.gz", gzip.compress(ARTICLE_TEXT.encode())),
        write(tmp_path, "b.txt", text.encode("cp1252")),
    ])
    assert not rejected
    assert docs[0].text == ARTICLE_TEXT and docs[1].text == text


def _sparse(tmp_path, name, size):
    path = tmp_path / name
    with path.open("wb") as f:
        f.truncate(size)
    return str(path)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\n \t\n", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("latin.txt", bytes(range(0x80, 0x100)) * 16, "encoding"),
    ("broken.html", b"<html><body><div><p>unclosed <b>tags <<<>>> &&& </p", "no article"),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav></body></html>", "no article"),
    ("feed.rss", b"this is not xml at all, just words", "feed"),
    ("bomb.txt.gz", gzip.compress(b"a" * (3 * 1024 * 1024)), "limit"),
    ("cut.txt.gz", gzip.compress(ARTICLE_TEXT.encode())[:-12], "truncated"),
])
def test_bad_inputs_are_rejected_and_the_batch_goes_on(tmp_path, name, content, reason):
    settings = ReadSettings(max_decompressed_bytes=1024 * 1024)
    good = write(tmp_path, "good.txt", ARTICLE_TEXT)
    bad = write(tmp_path, name, content)
    docs, rejected = read_all([bad, good], settings=settings)
    assert len(docs) == 1 and docs[0].source == good
    assert len(rejected) == 1 and rejected[0].source == bad and rejected[0].stage == "read"
    assert reason in rejected[0].reason.lower()


def test_oversized_file_rejected_without_reading(tmp_path):
    big = _sparse(tmp_path, "huge.txt", 100 * 1024 * 1024)  # sparse: costs no disk
    docs, rejected = read_all([big, write(tmp_path, "ok.txt", ARTICLE_TEXT)])
    assert len(docs) == 1
    assert rejected[0].source == big and "limit" in rejected[0].reason


def test_html_nested_too_deep(tmp_path):
    deep = "<div>" * 300 + "<p>" + ARTICLE_TEXT + "</p>" + "</div>" * 300
    _, rejected = read_all([write(tmp_path, "deep.html", f"<html><body>{deep}</body></html>")],
                           settings=ReadSettings(max_html_depth=100))
    assert "nested" in rejected[0].reason


def test_missing_path_and_refused_scheme():
    _, rejected = read_all(["/no/such/file.txt", "ftp://example.org/x"])
    assert [r.stage for r in rejected] == ["read", "fetch"]
    assert "scheme" in rejected[1].reason


def test_non_english_document_gets_its_language(tmp_path):
    french = ("Une bombe a frappé une patrouille de police sur la route principale mardi matin, tuant deux "
              "policiers et blessant un passant, ont déclaré les responsables du district.")
    docs, _ = read_all([write(tmp_path, "fr.txt", french), write(tmp_path, "en.txt", ARTICLE_TEXT)])
    assert [d.language for d in docs] == ["fr", "en"]
    assert [is_english(d) for d in docs] == [False, True]

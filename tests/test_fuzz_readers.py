"""Property-based tests of the readers on broken and hostile bytes.

Property: a reader yields ``Document`` or ``Rejected`` records, or raises ``InputError`` (which
``read_inputs`` turns into one ``Rejected``); no other exception escapes, and every document has text.
``EVENTSIFT_FUZZ_SCALE=10`` runs ten times as many examples.
"""

import gzip
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventsift.documents.formats import iter_jsonl, iter_warc, read_content
from eventsift.documents.settings import ReadSettings
from eventsift.errors import InputError
from eventsift.records import Document, Rejected

SCALE = int(os.environ.get("EVENTSIFT_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                  HealthCheck.data_too_large])
SETTINGS = ReadSettings(detect_language=False, max_document_bytes=200_000, max_decompressed_bytes=400_000,
                        max_html_depth=60)
ARTICLE = ("Gunmen killed two policemen in Quetta on Friday, officials said. The attack took place near a "
           "busy market, and police said the attackers fled on a motorcycle after the shooting.")


def drain(make):
    """Every record a reader yields; InputError is the one exception a reader may raise."""
    try:
        items = list(make())
    except InputError as exc:
        assert str(exc)
        return []
    for item in items:
        assert isinstance(item, (Document, Rejected)), item
        if isinstance(item, Document):
            assert item.text.strip()
        else:
            assert item.reason
    return items


# ------------------------------------------------------------------------------------------------ HTML

TAGS = ["html", "body", "div", "p", "span", "a", "table", "tr", "td", "script", "style", "article", "b", "i",
        "ul", "li", "h1", "title", "head", "meta", "br", "!--", "![CDATA[", "?xml"]
HTML_PIECES = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"<{t} class='x\" id=>"),
    st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&#99999999;", "&bogus;", "<", ">", "\x00", "\ufffd", "-->"]),
    st.just(ARTICLE),
    st.text(max_size=30),
)


@FUZZ
@given(pieces=st.lists(HTML_PIECES, max_size=80), depth=st.integers(0, 300))
def test_html_reader_on_broken_markup(pieces, depth):
    html = "<html><body>" + "<div>" * depth + "".join(pieces) + "</div>" * (depth // 2)
    drain(lambda: read_content(html.encode("utf-8", "surrogatepass"), name="page.html", source="t",
                               settings=SETTINGS))


@FUZZ
@given(data=st.binary(max_size=3000), name=st.sampled_from(["x.html", "x.txt", "x.xml", "x.jsonl", "x", "x.gz"]))
def test_any_bytes_under_any_name(data, name):
    drain(lambda: read_content(data, name=name, source="t", settings=SETTINGS))


# ------------------------------------------------------------------------------------------------ feeds

def feed(items: str, doctype: str = "") -> bytes:
    return (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>T</title>{items}'
            "</channel></rss>").encode()


FEED_ITEMS = st.lists(st.one_of(
    st.just(f"<item><title>a</title><description>{ARTICLE}</description></item>"),
    st.just(f"<item><description><![CDATA[<p>{ARTICLE}</p>]]></description></item>"),
    st.just("<item><title>empty</title></item>"),
    st.just("<item><pubDate>not a date</pubDate><description>&lt;p&gt;x</description></item>"),
    st.text(max_size=40).map(lambda t: f"<item><description>{t}</description></item>"),
    st.text(max_size=40),
), max_size=8).map("".join)


@FUZZ
@given(items=FEED_ITEMS, cut=st.integers(0, 2000))
def test_feed_reader_on_broken_feeds(items, cut):
    data = feed(items)
    drain(lambda: read_content(data[: len(data) - cut] if cut < len(data) else data, name="f.rss", source="t",
                               settings=SETTINGS))


def test_feed_billion_laughs_is_not_expanded():
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">' for i in range(10))
    data = feed(f"<item><description>&lol9; {ARTICLE}</description></item>", f"<!DOCTYPE rss [{entities}]>")
    for item in drain(lambda: read_content(data, name="f.rss", source="t", settings=SETTINGS)):
        if isinstance(item, Document):
            assert "lollollol" not in item.text
            assert len(item.text) < 10 * len(ARTICLE)


def test_feed_external_entity_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    doctype = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    data = feed(f"<item><description>&xxe; {ARTICLE}</description></item>", doctype)
    for item in drain(lambda: read_content(data, name="f.rss", source="t", settings=SETTINGS)):
        if isinstance(item, Document):
            assert "TOPSECRETVALUE" not in item.text


# ------------------------------------------------------------------------------------------------ WARC

def warc(pages: list[str], *, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for i, page in enumerate(pages):
        body = page.encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


PAGE = f"<html><head><title>Story</title></head><body><article><p>{ARTICLE}</p></article></body></html>"


@FUZZ
@given(gz=st.booleans(), n=st.integers(1, 3), cut=st.integers(0, 4000), flips=st.lists(st.integers(0, 10**6), max_size=4))
def test_warc_reader_on_damaged_archives(gz, n, cut, flips):
    data = bytearray(warc([PAGE] * n, gz=gz))
    for at in flips:
        data[at % len(data)] ^= 0x5A
    data = bytes(data[: max(1, len(data) - cut)])
    drain(lambda: iter_warc(io.BytesIO(data), source="t.warc", settings=SETTINGS))


@pytest.mark.parametrize("old,new", [(b"Content-Length: ", b"Content-Length: 9"), (b"Content-Length: ", b"Content-Length: -"),
                                     (b"WARC/1.", b"WARC/9."), (b"response", b"responze")])
def test_warc_with_wrong_headers(old, new):
    data = warc([PAGE, PAGE], gz=False).replace(old, new, 1)
    drain(lambda: iter_warc(io.BytesIO(data), source="t.warc", settings=SETTINGS))


# ------------------------------------------------------------------------------------------------ JSONL

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "text", "html", "url", "title", "published", "language", "x"]), inner, max_size=5),
    max_leaves=12,
)
JSONL_LINES = st.one_of(
    JSON_VALUES.map(json.dumps),
    st.text(max_size=60),
    st.just(json.dumps({"text": ARTICLE, "published": "2024-13-45"})),
    st.just(json.dumps({"html": PAGE, "published": "2024-01-02T03:04:05Z", "id": 7})),
    st.just(json.dumps({"text": ARTICLE * 200})),
    st.just('{"text": "' + "\\ud800" * 5 + ARTICLE + '"}'),  # lone surrogates escaped in JSON
)


@FUZZ
@given(lines=st.lists(JSONL_LINES, max_size=8))
def test_jsonl_reader_on_bad_lines(lines):
    batch = "\n".join(lines)
    items = drain(lambda: iter_jsonl(batch, source="b.jsonl", settings=SETTINGS))
    assert len(items) <= batch.count("\n") + 1


@pytest.mark.parametrize("inside", ["\u2028", "\u2029", "\x85"])
def test_jsonl_record_holding_a_line_separator_is_one_document(inside):
    line = json.dumps({"text": ARTICLE.replace(". ", "." + inside + " ", 1)}, ensure_ascii=False)
    items = drain(lambda: iter_jsonl(line + "\n" + line + "\r\n", source="b.jsonl", settings=SETTINGS))
    assert [type(i) for i in items] == [Document, Document]


# ------------------------------------------------------------------------------------------------ gzip

@FUZZ
@given(cut=st.integers(1, 400), name=st.sampled_from(["a.txt.gz", "a.jsonl.gz", "a.html.gz", "a.gz"]))
def test_truncated_gzip_is_rejected(cut, name):
    data = gzip.compress(((ARTICLE + "\n") * 20).encode())
    with pytest.raises(InputError):
        list(read_content(data[: max(2, len(data) - cut)], name=name, source="t", settings=SETTINGS))

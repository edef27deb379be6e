"""Reader limits (ReadSettings): each one turns a hostile input into a Rejected and the batch goes on."""

import gzip
import io

import pytest

from eventsift.documents import read_inputs
from eventsift.documents.settings import ReadSettings
from eventsift.records import Document, Rejected

ARTICLE = ("Gunmen killed two policemen in Quetta on Friday, officials said. The attack took place near a "
           "busy market, and police said the attackers fled on a motorcycle after the shooting.\n")
SMALL = ReadSettings(detect_language=False, max_document_bytes=50_000, max_decompressed_bytes=200_000,
                     max_html_depth=60)


def page(depth: int = 0) -> str:
    return ("<html><head><title>Story</title></head><body>" + "<div>" * depth + f"<article><p>{ARTICLE}</p>"
            f"<p>{ARTICLE}</p></article>" + "</div>" * depth + "</body></html>")


def warc(payloads: list[bytes], *, gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for i, body in enumerate(payloads):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def read_one_bad_then_good(tmp_path, name: str, data: bytes, settings: ReadSettings = SMALL):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "z_good.txt").write_text(ARTICLE)
    items = list(read_inputs([str(tmp_path / name), str(tmp_path / "z_good.txt")], settings=settings))
    assert isinstance(items[-1], Document) and items[-1].source.endswith("z_good.txt"), items
    return items[:-1]


def test_defaults_are_sane():
    d = ReadSettings()
    assert 1 << 20 <= d.max_document_bytes <= d.max_decompressed_bytes <= 1 << 30
    assert 100 <= d.max_html_depth <= 5_000
    assert not d.allow_private_addresses


@pytest.mark.parametrize("name", ["big.txt", "big.html", "big.jsonl"])
def test_document_over_the_size_limit(tmp_path, name):
    [bad] = read_one_bad_then_good(tmp_path, name, ARTICLE.encode() * 1_000)
    assert isinstance(bad, Rejected) and "limit" in bad.reason


@pytest.mark.parametrize("name", ["bomb.txt.gz", "bomb.jsonl.gz", "bomb.html.gz"])
def test_gzip_bomb(tmp_path, name):
    bomb = gzip.compress(b" " * 5_000_000)  # about 5 kB that inflate to 5 MB
    assert len(bomb) < SMALL.max_document_bytes
    [bad] = read_one_bad_then_good(tmp_path, name, bomb)
    assert isinstance(bad, Rejected) and "decompressed size over the limit" in bad.reason


def test_warc_record_over_the_document_limit(tmp_path):
    items = read_one_bad_then_good(tmp_path, "a.warc.gz", warc([page().encode() + b" " * 3_000_000, page().encode()]))
    assert isinstance(items[0], Rejected) and "record larger than" in items[0].reason
    assert isinstance(items[1], Document)


def test_warc_bomb_over_the_archive_limit(tmp_path):
    payload = page().encode() + b" " * 40_000  # each record under the document limit, all of them over the total
    items = read_one_bad_then_good(tmp_path, "b.warc.gz", warc([payload] * 10))
    assert isinstance(items[-1], Rejected) and "archive content over the limit" in items[-1].reason
    assert sum(isinstance(i, Document) for i in items) < 10


@pytest.mark.parametrize("depth,settings", [(200, SMALL), (300, ReadSettings(detect_language=False)),
                                            (5_000, ReadSettings(detect_language=False))])
def test_html_nested_too_deep(tmp_path, depth, settings):
    [bad] = read_one_bad_then_good(tmp_path, "deep.html", page(depth).encode(), settings)
    assert isinstance(bad, Rejected) and "nested" in bad.reason


def test_html_within_the_depth_limit_is_read(tmp_path):
    [good] = read_one_bad_then_good(tmp_path, "ok.html", page(30).encode())
    assert isinstance(good, Document) and "Quetta" in good.text


def test_huge_jsonl_line_is_rejected_alone(tmp_path):
    import json

    lines = [json.dumps({"text": ARTICLE}), "{" * 20_000, json.dumps({"text": "[" * 10_000}), json.dumps({"text": ARTICLE})]
    items = read_one_bad_then_good(tmp_path, "b.jsonl", "\n".join(lines).encode())
    assert [type(i) for i in items] == [Document, Rejected, Document, Document]

"""A WARC cut anywhere: every record is either read or reported with its byte offset, never lost in silence."""

from __future__ import annotations

import io

import pytest

from eventsift.cli import main
from eventsift.documents import read_inputs
from eventsift.records import Document, Rejected

PAGE = ("<html><head><title>Market blast {n}</title></head><body><article><h1>Market blast {n}</h1>"
        "<p>A bomb hidden in a cart went off in a crowded vegetable market on Friday morning, wounding several "
        "traders and shoppers, the district police chief said by telephone.</p><p>Report number {n}: the market was "
        "closed for the day and the wounded were taken to the district hospital.</p></article></body></html>")


def archive(n: int, *, gz: bool) -> tuple[bytes, list[int]]:
    """A WARC of ``n`` HTML responses and the byte offset where each record starts."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    starts = []
    for i in range(n):
        starts.append(out.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        payload = io.BytesIO(PAGE.format(n=i).encode())
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response", payload=payload,
                                                      http_headers=headers))
    return out.getvalue(), starts


def read(path) -> tuple[list[Document], list[Rejected]]:
    items = list(read_inputs([str(path)]))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Rejected)]


@pytest.mark.parametrize("gz", [True, False])
def test_every_started_record_is_read_or_reported_wherever_the_file_is_cut(tmp_path, gz):
    data, starts = archive(3, gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    for cut in range(1, len(data), 5):
        path.write_bytes(data[:cut])
        docs, rejected = read(path)
        started = sum(1 for s in starts if s < cut)
        assert len(docs) + len(rejected) == started, (cut, [r.reason for r in rejected])
        assert [d.url for d in docs] == [f"https://example.org/{i}" for i in range(len(docs))]
        assert all("byte" in r.reason for r in rejected), [r.reason for r in rejected]


@pytest.mark.parametrize("gz", [True, False])
def test_the_report_names_the_offset_of_the_record_cut(tmp_path, gz):
    data, starts = archive(3, gz=gz)
    path = tmp_path / "mid.warc.gz"
    cut = (starts[1] + starts[2]) // 2  # in the middle of the second record
    path.write_bytes(data[:cut])
    docs, rejected = read(path)
    assert [d.url for d in docs] == ["https://example.org/0"]
    assert len(rejected) == 1 and f"byte {starts[1]}" in rejected[0].reason
    assert rejected[0].source in (str(path), f"{path}#2")  # the record when its headers could be read


def test_a_file_cut_to_a_few_hundred_bytes_is_not_zero_and_zero(tmp_path, capsys):
    data, _ = archive(2, gz=True)
    path = tmp_path / "stub.warc.gz"
    path.write_bytes(data[:300])
    code = main(["read", str(path)])
    err = capsys.readouterr().err
    assert "1 rejected" in err or "truncated archive" in err
    docs, rejected = read(path)
    assert not docs and len(rejected) == 1 and "byte 0" in rejected[0].reason
    assert code != 0 or rejected


@pytest.mark.parametrize(("gz", "padding"), [(True, b""), (False, b"\r\n\r\n")])
def test_a_whole_archive_reports_nothing(tmp_path, gz, padding):
    data, _ = archive(3, gz=gz)
    path = tmp_path / "whole.warc"
    path.write_bytes(data + padding)
    docs, rejected = read(path)
    assert len(docs) == 3 and not rejected

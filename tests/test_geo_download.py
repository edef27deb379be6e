"""``gazetteer download``: GeoNames country files fetched from a real HTTP server on 127.0.0.1 that serves a small
zip made here (with range requests, so a cut download resumes), checked, kept and built into the index."""

from __future__ import annotations

import io
import socket
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventsift.errors import GazetteerError
from eventsift.geo import download, open_geocoder

# Two invented villages in GeoNames's 19 tab-separated columns (a populated place and its country code "ZZ" is
# not used: they sit in Pakistan, whose admin1 code 02 is Balochistan).
ROWS = [
    ["9990001", "Qwzxabad", "Qwzxabad", "Qwzx Abad,Qwzxabaad", "29.91", "66.84", "P", "PPL", "PK", "", "02", "",
     "", "", "1200", "", "1500", "Asia/Karachi", "2020-01-01"],
    ["9990002", "Zwqxkot", "Zwqxkot", "", "30.02", "66.90", "P", "PPL", "PK", "", "02", "", "", "", "800", "", "1400",
     "Asia/Karachi", "2020-01-01"],
]


def country_zip(code: str = "PK") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{code}.txt", "".join("\t".join(r) + "\n" for r in ROWS))
        archive.writestr("readme.txt", "test file\n" * 200)
    return buffer.getvalue()


class Files(BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}
    requests: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.requests.append({"path": self.path, "range": self.headers.get("Range", "")})
        body = self.files.get(self.path.rsplit("/", 1)[-1])
        if body is None:
            self.send_error(404)
            return
        start = 0
        if self.headers.get("Range", "").startswith("bytes="):
            start = int(self.headers["Range"][6:].split("-")[0])
            if start >= len(body):
                self.send_error(416)
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(body) - start))
        self.end_headers()
        self.wfile.write(body[start:])

    def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
        pass


@pytest.fixture()
def server():
    Files.files, Files.requests = {"PK.zip": country_zip()}, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Files)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/export/dump/"
    httpd.shutdown()
    httpd.server_close()


def test_a_country_file_is_downloaded_checked_and_unpacked(server, tmp_path):
    seen: list[tuple[int, int | None]] = []
    (got,) = download.download_countries(["pk"], dest=tmp_path, base_url=server,
                                         progress=lambda code, done, total: seen.append((done, total)))
    assert got.country == "PK" and got.txt_path.read_text().startswith("9990001\tQwzxabad")
    assert got.size == len(Files.files["PK.zip"]) and got.resumed_from == 0 and len(got.sha256) == 64
    assert seen and seen[-1] == (got.size, got.size)
    assert not (tmp_path / "PK.zip.part").exists()


def test_a_cut_download_resumes_where_it_stopped(server, tmp_path):
    whole = Files.files["PK.zip"]
    (tmp_path / "PK.zip.part").write_bytes(whole[:100])
    (got,) = download.download_countries(["PK"], dest=tmp_path, base_url=server)
    assert Files.requests[-1]["range"] == "bytes=100-"
    assert got.resumed_from == 100 and got.zip_path.read_bytes() == whole


def test_a_damaged_file_is_refused_and_not_kept(server, tmp_path):
    data = bytearray(Files.files["PK.zip"])
    data[60] ^= 0xFF  # inside the compressed text: its CRC-32 no longer matches
    Files.files["PK.zip"] = bytes(data)
    with pytest.raises(GazetteerError, match="checksum|damaged"):
        download.download_countries(["PK"], dest=tmp_path, base_url=server)
    assert not (tmp_path / "PK.txt").exists() and not (tmp_path / "PK.zip.part").exists()


def test_unknown_countries_and_bad_codes_are_clear_errors(server, tmp_path):
    with pytest.raises(GazetteerError, match="no file for XK"):
        download.download_countries(["XK"], dest=tmp_path, base_url=server)
    with pytest.raises(GazetteerError, match="two-letter"):
        download.download_countries(["Pakistan"], dest=tmp_path, base_url=server)


def test_offline_says_so_and_how_to_do_it_by_hand(tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(GazetteerError, match="offline.*--geonames-dump PK.txt"):
        download.download_countries(["PK"], dest=tmp_path, base_url=f"http://127.0.0.1:{port}/", timeout=5)


def test_downloaded_villages_are_built_into_the_index(server, tmp_path):
    dest = tmp_path / "geonames"
    download.download_countries(["PK"], dest=dest, base_url=server)
    report = download.build_with_downloads(path=tmp_path / "gazetteer-test.sqlite", dest=dest, countries=("PK",))
    assert report.added == {"PK": 2} and report.total["PK"] > 2
    geocoder = open_geocoder(path=report.index)
    (village, *_) = geocoder.lookup("Qwzx Abad", country="Pakistan")
    assert (village.name, village.admin1, village.country) == ("Qwzxabad", "Balochistan", "Pakistan")


def test_the_command_reports_what_it_added(server, tmp_path, monkeypatch, capsys):
    from eventsift.cli import main

    monkeypatch.setenv("EVENTSIFT_HOME", str(tmp_path))
    code = main(["gazetteer", "download", "PK", "--base-url", server, "--no-build", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0 and "PK:" in out and "sha256" in out
    assert (tmp_path / "geonames" / "PK.txt").exists()
    assert Path(download.geonames_dir()) == tmp_path / "geonames"

"""WARC and ARC archives: HTML page responses become documents with their URI and crawl date."""

from __future__ import annotations

import gzip
import io
from datetime import date

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.read import iter_inputs
from eventwire.read.warc import read_warc
from eventwire.records import Failure, RawDocument

PAGE = b"<html><body><article><p>Floods cut the river road on Friday.</p></article></body></html>"


def _warc(records, gz=False) -> bytes:
    """An archive of (kind, uri, status, content type, payload) records, written by warcio."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for kind, uri, status, ctype, payload in records:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1") \
            if kind in ("response", "request") else None
        record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload),
                                           http_headers=http,
                                           warc_headers_dict={"WARC-Date": "2021-03-05T10:00:00Z"})
        writer.write_record(record)
    return out.getvalue()


MIXED = [
    ("response", "https://news.example/2021/03/04/floods", "200 OK", "text/html; charset=utf-8",
     PAGE),
    ("response", "https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG"),
    ("response", "https://news.example/gone", "404 Not Found", "text/html", b"<p>Not found</p>"),
    ("response", "https://news.example/old", "301 Moved", "text/html", b""),
    ("response", "https://news.example/latin", "200 OK", "text/html; charset=iso-8859-1",
     "<p>Caf\u00e9 d\u00e9truit</p>".encode("latin-1")),
    ("metadata", "https://news.example/2021/03/04/floods", None, None, b"outlinks: 3"),
]


def read(data: bytes, name="crawl.warc"):
    return list(read_warc(name, io.BytesIO(data)))


@pytest.mark.parametrize("gz", [False, True])
def test_html_responses_become_documents_and_the_rest_is_passed_over(gz):
    first, latin = read(_warc(MIXED, gz=gz))
    assert isinstance(first, RawDocument) and first.kind == "html" and first.content == \
        PAGE.decode()
    assert first.url == "https://news.example/2021/03/04/floods"
    assert first.crawled == date(2021, 3, 5) and first.published is None
    assert first.line == 1 and latin.line == 5
    assert latin.content == "<p>Caf\u00e9 d\u00e9truit</p>"        # the HTTP header's charset


def test_an_archive_without_pages_is_one_failure():
    (failure,) = read(_warc(MIXED[1:4]))
    assert isinstance(failure, Failure) and "no HTML pages (3 records" in failure.message


def test_a_broken_archive_fails_after_its_good_records():
    data = _warc(MIXED[:1]) + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\n"
    got = read(data)
    assert isinstance(got[0], RawDocument)
    assert all(isinstance(g, Failure) for g in got[1:])


def test_a_binary_page_fails_alone():
    records = [("response", "https://news.example/bin", "200 OK", "text/html", b"\x00\x01\x02"),
               MIXED[0]]
    failure, doc = read(_warc(records))
    assert isinstance(failure, Failure) and failure.line == 1 and "NUL" in failure.message
    assert isinstance(doc, RawDocument)


def test_arc_files_are_read_too():
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    version = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://crawl.arc 0.0.0.0 20080808120000 text/plain %d\n" % len(version)
    record = b"http://news.example/2008/08/08/games 1.2.3.4 20080808120000 text/html %d\n" % len(
        body)
    (doc,) = read(head + version + b"\n" + record + body + b"\n", "crawl.arc")
    assert (doc.url, doc.crawled) == ("http://news.example/2008/08/08/games", date(2008, 8, 8))


def test_archives_are_found_by_name_and_by_their_first_bytes(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(_warc(MIXED[:1], gz=True))
    (tmp_path / "b.warc").write_bytes(_warc(MIXED[:1]))
    (tmp_path / "c.dat").write_bytes(_warc(MIXED[:1]))              # sniffed: WARC/1.x
    (tmp_path / "d.dat").write_bytes(gzip.compress(_warc(MIXED[:1])))   # sniffed: gzip, then WARC
    got = list(iter_inputs([str(tmp_path / n) for n in ("a.warc.gz", "b.warc", "c.dat", "d.dat")]))
    assert [type(g).__name__ for g in got] == ["RawDocument"] * 4
    assert {g.url for g in got} == {"https://news.example/2021/03/04/floods"}


def test_wet_conversion_records_are_read_as_text_with_their_uri_and_date(tmp_path):
    text = (b"Floods cut road\nHome | World\nFloods cut the river road on Friday, officials "
            b"said.\nTwo villages were cut off.\n")
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for kind, ctype in (("warcinfo", "application/warc-fields"), ("conversion", "text/plain"),
                        ("conversion", "application/pdf")):
        writer.write_record(writer.create_warc_record(
            "https://news.example/2021/03/04/floods", kind, payload=io.BytesIO(text),
            warc_headers_dict={"WARC-Date": "2021-03-05T10:00:00Z", "Content-Type": ctype}))
    (doc,) = read(out.getvalue(), name="crawl.warc.wet.gz")
    assert (doc.kind, doc.content, doc.url, doc.crawled, doc.line) == (
        "text", text.decode(), "https://news.example/2021/03/04/floods", date(2021, 3, 5), 2)
    (tmp_path / "crawl.warc.wet.gz").write_bytes(out.getvalue())
    from eventwire.read import iter_inputs
    assert [d.kind for d in iter_inputs([str(tmp_path)])] == ["text"]   # by name, in a folder

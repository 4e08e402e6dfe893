"""WARC and ARC web archives (plain or gzipped, as crawlers write them): each HTML page a
document.

Only ``response`` records of HTML pages (``text/html``, ``application/xhtml+xml``) with a 2xx
status are articles, and ``conversion`` records of plain text (the page text of Common Crawl's
WET files, read as text); requests, metadata, images, scripts and redirects are passed
over. Each
page keeps its target URI as its ``url`` and the record's ``WARC-Date`` as ``crawled`` (the
page existed then: a bound on its publication date, and the date of last resort). The page is
decoded with the charset of its HTTP header, else its own. A document's ``line`` is the
record's number in the archive (1-based), so a failure names the record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from ..errors import DocumentError, ResourceError
from ..published import parse_date_value
from ..records import Failure, RawDocument
from . import decoding as limits
from .decoding import decode, fail, too_large

_HTML_TYPES = ("text/html", "application/xhtml+xml")
WARC_MAGIC = (b"WARC/", b"filedesc://")        # the first bytes of a WARC and of an ARC file


def read_warc(source: str, stream: IO[bytes]) -> Iterator[RawDocument | Failure]:
    """Each HTML page in the archive read from ``stream``, or why not."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as exc:
        raise ResourceError(f"warcio cannot be imported ({exc}): reinstall eventwire, it is a "
                            "required dependency") from exc
    pages = 0
    n = 0
    try:
        for n, record in enumerate(ArchiveIterator(stream, arc2warc=True), start=1):
            content_type = _html_type(record) or _text_type(record)
            if content_type is None:
                continue
            pages += 1
            yield _page(source, n, record, content_type)
    except (ArchiveLoadFailed, OSError, EOFError) as exc:
        yield _broken(source, n, exc)
        return
    except Exception as exc:  # noqa: BLE001 - warcio raises assorted errors on a bad record
        yield _broken(source, n, exc)
        return
    if not pages:
        yield fail(source, f"archive holds no HTML pages ({n} records, none a 2xx response "
                   "of text/html or a conversion to text/plain): nothing to read")


def _broken(source: str, n: int, exc: BaseException) -> Failure:
    return fail(source, f"not a readable WARC or ARC archive after record {n} "
                f"({type(exc).__name__}: {exc}): check that the file is whole")


def _html_type(record) -> str | None:
    """The Content-Type of a record that is a successful HTML response, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if status.startswith("2") and content_type.split(";")[0].strip() in _HTML_TYPES:
        return content_type
    return None


def _text_type(record) -> str | None:
    """The Content-Type of a ``conversion`` record of plain text (a WET file's page text, as
    Common Crawl writes it), else None."""
    if record.rec_type != "conversion":
        return None
    content_type = (record.rec_headers.get_header("Content-Type") or "").lower()
    return content_type if content_type.split(";")[0].strip() == "text/plain" else None


def _page(source: str, n: int, record, content_type: str) -> RawDocument | Failure:
    data = record.content_stream().read(limits.MAX_FILE_BYTES + 1)
    if len(data) > limits.MAX_FILE_BYTES:
        return too_large(source, None, n)
    charset = content_type.partition("charset=")[2].split(";")[0].strip(" \"'") or None
    html = not content_type.startswith("text/plain")
    try:
        text = decode(data, html=html, charset=charset)
    except DocumentError as exc:
        return fail(source, exc.reason, n)
    if not text.strip():
        return fail(source, "empty page (nothing but whitespace): nothing to read", n)
    headers = record.rec_headers
    crawled = headers.get_header("WARC-Date")
    return RawDocument(source, text, "html" if html else "text", line=n,
                       url=headers.get_header("WARC-Target-URI") or None,
                       crawled=parse_date_value(crawled) if crawled else None)

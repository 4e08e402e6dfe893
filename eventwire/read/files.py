"""Paths to documents: files, directories, stdin; what kind each input is; gzip.

Inputs are files or directories (read recursively, in sorted order, hidden entries skipped);
``"-"`` is stdin. A file's kind comes from its name (:data:`SUFFIXES`; ``x.csv.gz`` is a
gzipped table); ``.xml`` is read as a feed when it is one, and a ``.txt`` that opens as an
HTML page (a page saved as text) as a page. Inside a directory, files of other
kinds are counted and reported once, in one failure naming a few (the batch goes on); a file
named explicitly with another extension (or stdin) is sniffed: gzip, WARC/ARC, a JSON object
on the first line (JSON Lines), a JSON array or an object over several lines (a JSON file:
:mod:`.jsonfile`), a feed, HTML, a table's header row (:func:`.table.looks_like_table`),
else text.

Files over :data:`~.decoding.MAX_FILE_BYTES` are refused from their size, without being read;
JSON Lines, tables and archives are streamed, so only each record is held to that limit (and a
gzipped document to it once decompressed, so a gzip bomb costs nothing).
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TextIO

from ..errors import DocumentError
from ..records import Failure, RawDocument
from . import decoding as limits
from .decoding import SNIFF_CHARS, decode, fail, lines, source_name, too_large
from .feeds import looks_like_feed, parse_feed
from .jsonfile import read_json
from .jsonl import read_jsonl
from .table import Columns, looks_like_table, read_table
from .warc import WARC_MAGIC, read_warc

SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text", ".jsonl": "jsonl",
            ".ndjson": "jsonl", ".json": "json", ".rss": "feed", ".atom": "feed", ".xml": "xml", ".csv": "csv",
            ".tsv": "tsv", ".warc": "warc", ".arc": "warc", ".wet": "warc"}
KNOWN = ", ".join(SUFFIXES) + " (and the same gzipped, .gz)"
# Kinds read one record at a time; the others are read whole, up to the size limit.
_STREAMED = frozenset({"jsonl", "csv", "tsv", "warc"})
# How many skipped files a directory's report names.
_EXAMPLES = 3
_GZIP_MAGIC = b"\x1f\x8b"

_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<meta|<div|<p\b|<article)", re.IGNORECASE)


def iter_inputs(paths: Sequence[str], *, stdin: TextIO | None = None,
                columns: Columns | None = None) -> Iterator[RawDocument | Failure]:
    """Every document in ``paths`` (files, directories, ``"-"`` for stdin), or why not;
    ``columns`` says which table columns hold what (else found by header name)."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, columns)
        else:
            yield from _read_path(path, columns)


def kind_of(name: str) -> tuple[str | None, bool]:
    """The kind a file name says (None: unknown) and whether it is gzipped."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    kind = SUFFIXES.get(Path(lower.removesuffix(".gz")).suffix)
    return kind, gz and kind != "warc"       # warcio reads gzipped archives itself


def _read_path(name: str, columns: Columns | None) -> Iterator[RawDocument | Failure]:
    path = Path(name)
    name = source_name(name)
    if not path.exists():
        yield fail(name, "no such file or directory: check the path")
    elif path.is_dir():
        yield from _read_dir(path, name, columns)
    else:
        kind, gz = kind_of(path.name)
        yield from _read_file(path, kind, gz, columns)


def _read_dir(root: Path, name: str, columns: Columns | None) -> Iterator[RawDocument | Failure]:
    skipped: list[Path] = []
    read = 0
    for file in _walk(root):
        kind, gz = kind_of(file.name)
        if kind == "xml" and not gz and not _is_feed_file(file):
            kind = None                  # a sitemap or other XML: not news
        if kind is None:
            skipped.append(file)
            continue
        read += 1
        yield from _read_file(file, kind, gz, columns)
    if skipped or not read:
        yield fail(name, _skipped_message(root, skipped, read))


def _skipped_message(root: Path, skipped: list[Path], read: int) -> str:
    if not skipped:
        return (f"directory holds no {KNOWN} files (searched recursively): point eventwire "
                "at news articles")
    types = Counter(_type_name(p) for p in skipped)
    kinds = ", ".join(f"{n} {t}" for t, n in types.most_common(_EXAMPLES))
    more = ", ..." if len(types) > _EXAMPLES else ""
    examples = ", ".join(source_name(p.relative_to(root)) for p in skipped[:_EXAMPLES])
    verdict = "skipped" if read else "skipped, and nothing else is there"
    return (f"{len(skipped)} file(s) of unknown type {verdict} ({kinds}{more}; e.g. "
            f"{examples}): eventwire reads {KNOWN}")


def _type_name(path: Path) -> str:
    """How the report counts a skipped file: its extension; a ``.xml`` is skipped only when it
    is no feed, which the list of kinds read would not tell."""
    suffix = path.suffix.lower()
    return "no extension" if not suffix else ".xml (not a feed)" if suffix == ".xml" else suffix


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root``, depth first in sorted order; hidden entries skipped."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


def _is_feed_file(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return looks_like_feed(f.read(SNIFF_CHARS * 2))
    except OSError:
        return True                      # let the read report why it cannot be read


def _read_file(path: Path, kind: str | None, gz: bool, columns: Columns | None
               ) -> Iterator[RawDocument | Failure]:
    """One file: a known kind, or ``None`` to sniff it."""
    source = source_name(path)
    try:
        size = path.stat().st_size if path.is_file() else None
        if kind not in _STREAMED and not gz and size is not None and \
                size > limits.MAX_FILE_BYTES:
            yield too_large(source, size)
            return
        with path.open("rb") as raw:
            stream: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw
            yield from _read_stream(source, stream, kind, columns)
    except (OSError, EOFError, zlib.error) as exc:
        what = "broken gzip data" if gz and not isinstance(exc, FileNotFoundError) else \
            "cannot read the file"
        yield fail(source, f"{what} ({getattr(exc, 'strerror', None) or exc}): check the file "
                   "and its permissions")


def _read_stdin(stdin: TextIO, columns: Columns | None) -> Iterator[RawDocument | Failure]:
    stream: IO[bytes] | None = getattr(stdin, "buffer", None)
    if stream is None:                 # an in-memory text stream (tests, embedding)
        stream = io.BytesIO(stdin.read().encode("utf-8", "surrogatepass"))
    try:
        yield from _read_stream("-", stream, None, columns)
    except (OSError, EOFError, zlib.error) as exc:
        yield fail("-", f"broken gzip data ({exc}): check the input")


def _read_stream(source: str, stream: IO[bytes], kind: str | None, columns: Columns | None
                 ) -> Iterator[RawDocument | Failure]:
    """The documents in ``stream``; ``kind`` None (or "xml") is sniffed from its first bytes."""
    if kind in (None, "xml"):
        head = stream.read(SNIFF_CHARS)
        stream = io.BufferedReader(_Rejoined(head, stream))
        if kind is None and head.startswith(_GZIP_MAGIC):
            yield from _read_stream(source, gzip.GzipFile(fileobj=stream, mode="rb"), None,
                                    columns)
            return
        kind = _sniff(head, xml=kind == "xml", columns=columns)
    if kind == "jsonl":
        yield from read_jsonl(source, lines(stream),
                              day_first=columns.day_first if columns else None)
    elif kind in ("csv", "tsv"):
        yield from read_table(source, stream, tsv=kind == "tsv", columns=columns)
    elif kind == "warc":
        yield from read_warc(source, stream)
    else:
        yield from _read_whole(source, stream, kind,
                               day_first=columns.day_first if columns else None)


def _sniff(head: bytes, *, xml: bool, columns: Columns | None = None) -> str:
    if not xml and head.startswith(WARC_MAGIC):
        return "warc"
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not xml and first.startswith(b"{"):
        # one object a line, or one object over many (a pretty-printed record or envelope,
        # whose first line ends within the sniffed bytes); a long first record is JSON Lines
        line, newline, _ = first.partition(b"\n")
        return "json" if newline and not line.rstrip().endswith(b"}") else "jsonl"
    if not xml and first.startswith(b"[") and first[1:].lstrip()[:1] in (b"{", b"]"):
        return "json"
    if looks_like_feed(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    # a table piped in would otherwise be one text of cells and commas
    return (None if xml else looks_like_table(head, columns)) or "text"


def _read_whole(source: str, stream: IO[bytes], kind: str, *, day_first: bool | None = None
                ) -> Iterator[RawDocument | Failure]:
    """A document read whole (HTML, text, a feed, a JSON file), up to the size limit."""
    data = stream.read(limits.MAX_FILE_BYTES + 1)
    if len(data) > limits.MAX_FILE_BYTES:
        yield too_large(source, None)
        return
    if kind == "feed":
        yield from parse_feed(data, source=source)
        return
    if kind == "json":
        yield from read_json(source, data, day_first=day_first)
        return
    if kind == "text" and _HTML_START.match(data[:SNIFF_CHARS].lstrip(b"\xef\xbb\xbf")):
        kind = "html"                    # a page saved as .txt: its markup is no article text
    try:
        text = decode(data, html=kind == "html")
    except DocumentError as exc:
        yield fail(source, exc.reason)
        return
    if not text.strip():
        yield fail(source, "empty document (nothing but whitespace): nothing to read")
        return
    yield RawDocument(source, text, "html" if kind == "html" else "text")


class _Rejoined(io.RawIOBase):
    """A stream whose first bytes were read to sniff it, made whole again."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

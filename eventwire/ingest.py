"""The ingest stage: input paths and stdin become :class:`RawDocument` records.

Inputs are files or directories (read recursively, in sorted order, hidden entries skipped) of
``.html``/``.htm``, ``.txt`` and ``.jsonl`` (or ``.ndjson``); ``"-"`` is stdin. Inside a
directory, files with other extensions are skipped silently; a file named explicitly with
another extension (or stdin) is sniffed: a JSON object on the first line means JSON Lines,
``<html``/``<!doctype`` or a leading tag means HTML, anything else is text.

A JSON Lines record holds ``text`` (plain article text, preferred when both are given) or
``html`` (a page), and optionally ``url``, ``title``, ``outlet`` and ``published``. A
``published`` value that is not a date (ISO 8601, RFC 2822 or "Nov. 17, 2015") fails the
record: a wrong anchor date would silently misdate every "on Friday" in it.

Bad input never stops the batch: each problem is yielded as a :class:`Failure` (stage
"ingest") saying what is wrong and what to do. Decoding: UTF-8 (a BOM is honoured, UTF-16
too); a few invalid bytes in otherwise UTF-8 text become U+FFFD; text that is mostly not UTF-8
is read as Windows-1252 (legacy Western text) when that gives printable text, else refused.
A file with NUL bytes is binary and refused. Files over :data:`MAX_FILE_BYTES` are refused
from their size, without being read; JSON Lines files are streamed, so only each line is
held to that limit. A lone surrogate in a JSON string (``"\\ud800"``) becomes U+FFFD, and a
file name that is not UTF-8 or holds control characters is named with escapes
(:func:`source_name`): no later stage, store or terminal meets text it cannot write.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import IO, TextIO

from .clean import replace_surrogates
from .errors import DocumentError
from .published import parse_date_value
from .records import Failure, RawDocument

# One news article is at most a few hundred kilobytes of HTML; 20 MB leaves room for heavy
# pages while refusing dumps, archives and logs that would exhaust memory when parsed.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Share of undecodable bytes tolerated in UTF-8 text (replaced by U+FFFD): a few stray bytes
# from a bad copy; more means the text is in another encoding.
MAX_REPLACED_FRACTION = 0.01
# Share of control characters above which a decoded "text" is taken for binary data.
MAX_CONTROL_FRACTION = 0.01
# How much of a stream is looked at to tell HTML from text.
SNIFF_CHARS = 2048

SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_KNOWN = ", ".join(SUFFIXES)
_SKIP_CHUNK = 1 << 20
_STAGE = "ingest"

_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<meta|<div|<p\b|<article)", re.IGNORECASE)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters of a file name that must not reach a terminal or a log as they are.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def iter_inputs(paths: Sequence[str], *, stdin: TextIO | None = None
                ) -> Iterator[RawDocument | Failure]:
    """Every document in ``paths`` (files, directories, ``"-"`` for stdin), or why not."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin)
        else:
            yield from _read_path(path)


def _fail(source: str, message: str, line: int | None = None) -> Failure:
    return Failure(source, line, _STAGE, message)


def source_name(path: str | Path) -> str:
    """How an input is named in records, the store and messages: its path as text that any
    UTF-8 writer and terminal accepts. Bytes of the name that are not UTF-8 are written as
    ``\\xff`` and control characters (a newline, a terminal escape) as ``\\n``, ``\\x1b``."""
    name = os.fsencode(path).decode("utf-8", errors="backslashreplace")
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], name)


def _read_path(name: str) -> Iterator[RawDocument | Failure]:
    path = Path(name)
    name = source_name(name)
    if not path.exists():
        yield _fail(name, "no such file or directory: check the path")
    elif path.is_dir():
        files = list(_walk(path))
        if not files:
            yield _fail(name, f"directory holds no {_KNOWN} files (searched recursively): "
                        "point eventwire at news articles")
        for file, kind in files:
            yield from _read_file(file, kind)
    else:
        yield from _read_file(path, SUFFIXES.get(path.suffix.lower()))


def _walk(root: Path) -> Iterator[tuple[Path, str]]:
    """Known files under ``root``, depth first in sorted order; hidden entries skipped."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            kind = SUFFIXES.get(Path(name).suffix.lower())
            if kind and not name.startswith("."):
                yield Path(folder) / name, kind


def _read_file(path: Path, kind: str | None) -> Iterator[RawDocument | Failure]:
    """One file: a known kind, or ``None`` to sniff it."""
    source = source_name(path)
    try:
        if kind != "jsonl" and path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            yield _too_large(source, path.stat().st_size)
            return
        with path.open("rb") as stream:
            if kind == "jsonl":
                yield from _jsonl(source, _lines(stream))
            else:
                yield from _read_stream(source, stream, kind)
    except OSError as exc:
        yield _fail(source, f"cannot read the file ({exc.strerror or exc}): check its "
                    "permissions")


def _read_stdin(stdin: TextIO) -> Iterator[RawDocument | Failure]:
    stream: IO[bytes] | None = getattr(stdin, "buffer", None)
    if stream is None:                 # an in-memory text stream (tests, embedding)
        stream = io.BytesIO(stdin.read().encode("utf-8", "surrogatepass"))
    yield from _read_stream("-", stream, None)


def _read_stream(source: str, stream: IO[bytes], kind: str | None
                 ) -> Iterator[RawDocument | Failure]:
    """A whole document from ``stream``; ``kind`` None sniffs (JSON Lines are then streamed)."""
    head: list[bytes | None] = []
    if kind is None:
        lines = _lines(stream)
        for line in lines:               # skip leading blank lines to see the first record
            head.append(line)
            if line is None or line.strip():
                break
        first = head[-1] if head else None
        if first is not None and first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
            yield from _jsonl(source, chain(head, lines))
            return
    data = b"".join(x for x in head if x is not None)
    if None in head:
        yield _too_large(source, None)
        return
    data += stream.read(MAX_FILE_BYTES + 1 - len(data))
    if len(data) > MAX_FILE_BYTES:
        yield _too_large(source, None)
        return
    try:
        if kind is None:
            kind = "html" if _HTML_START.match(data[:SNIFF_CHARS]) else "text"
        text = decode(data, html=kind == "html")
    except DocumentError as exc:
        yield _fail(source, exc.reason)
        return
    if not text.strip():
        yield _fail(source, "empty document (nothing but whitespace): nothing to read")
        return
    yield RawDocument(source, text, "html" if kind == "html" else "text")


def _too_large(source: str, size: int | None) -> Failure:
    what = f"{size / 2**20:.1f} MB" if size is not None else "the input"
    return _fail(source, f"{what} is larger than the {MAX_FILE_BYTES // 2**20} MB limit for one "
                 "document: pass the article itself, or split the input into .jsonl records")


def _lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of a binary stream; ``None`` for a line over the size limit (skipped unread)."""
    while line := stream.readline(MAX_FILE_BYTES + 1):
        if len(line) > MAX_FILE_BYTES:
            while line and not line.endswith(b"\n"):
                line = stream.readline(_SKIP_CHUNK)
            yield None
        else:
            yield line


# ----------------------------------------------------------------------------- decoding


def decode(data: bytes, *, html: bool = False) -> str:
    """Bytes of a document as text (see the module docstring for the policy).

    Raises :class:`DocumentError` for binary data or text in an unknown encoding.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data:
        raise DocumentError("binary file (it contains NUL bytes): eventwire reads news "
                            "articles as .html, .txt or .jsonl text; convert it first")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html and (declared := _declared_charset(data)):
        return data.decode(declared, errors="replace")
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= MAX_REPLACED_FRACTION * len(text):
        return text
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and len(_CONTROL.findall(text)) <= MAX_CONTROL_FRACTION * len(text):
        return text
    raise DocumentError("not text in a known encoding (neither UTF-8 nor Windows-1252): "
                        "re-encode it as UTF-8, e.g. with iconv -t UTF-8")


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, if Python knows it."""
    m = _CHARSET.search(data[:SNIFF_CHARS * 2])
    if not m:
        return None
    try:
        return codecs.lookup(m[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


# ----------------------------------------------------------------------------- JSON Lines

_FIELDS = ("text", "html", "url", "title", "outlet", "published")


def _jsonl(source: str, lines: Iterator[bytes | None]) -> Iterator[RawDocument | Failure]:
    """One document per non-blank line; a bad line is a Failure naming its line number."""
    seen = False
    for n, line in enumerate(lines, start=1):
        if line is None:
            yield _fail(source, f"line is longer than the {MAX_FILE_BYTES // 2**20} MB limit "
                        "for one record: shorten the record", n)
            seen = True
            continue
        if n == 1 and b"\x00" in line[:SNIFF_CHARS]:
            yield _fail(source, "binary file (it contains NUL bytes): a .jsonl file must be "
                        "UTF-8 text, one JSON object per line")
            return
        if not line.strip():
            continue
        seen = True
        yield _record(source, n, line)
    if not seen:
        yield _fail(source, "empty document (no records): write one JSON object per line")


def _record(source: str, n: int, line: bytes) -> RawDocument | Failure:
    try:
        obj = json.loads(line.decode("utf-8-sig" if n == 1 else "utf-8"))
    except UnicodeDecodeError:
        return _fail(source, "line is not valid UTF-8: JSON Lines must be UTF-8", n)
    except json.JSONDecodeError as exc:
        return _fail(source, f"line is not valid JSON ({exc.msg} at column {exc.colno}): "
                     "write one JSON object per line", n)
    if isinstance(obj, dict):           # "\\ud800" decodes to a lone surrogate: no character
        obj = {k: replace_surrogates(v) if isinstance(v, str) else v for k, v in obj.items()}
    if not isinstance(obj, dict):
        return _fail(source, f"line is a JSON {type(obj).__name__}, not an object: write "
                     'one object per line, e.g. {"text": "..."}', n)
    for key in _FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return _fail(source, f"field {key!r} must be a string, not "
                         f"{type(obj[key]).__name__}", n)
    text, page = obj.get("text") or "", obj.get("html") or ""
    if not text.strip() and not page.strip():
        return _fail(source, "record has no article: give it a non-empty 'text' (plain "
                     "text) or 'html' (a page) field", n)
    published = None
    if raw_date := (obj.get("published") or "").strip():
        published = parse_date_value(raw_date)
        if published is None:
            return _fail(source, f"'published' value {raw_date!r} is not a date: write it as "
                         "YYYY-MM-DD", n)
    return RawDocument(source, text if text.strip() else page,
                       "text" if text.strip() else "html", line=n, url=obj.get("url") or None,
                       title=(obj.get("title") or "").strip() or None, published=published,
                       outlet=(obj.get("outlet") or "").strip() or None)

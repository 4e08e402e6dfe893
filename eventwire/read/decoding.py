"""Bytes to text, safely: the decoding policy, size limits and how inputs are named.

Decoding: UTF-8 (a BOM is honoured, UTF-16 too); a few invalid bytes in otherwise UTF-8 text
become U+FFFD; text that is mostly not UTF-8 is read as Windows-1252 (legacy Western text)
when that gives printable text, else refused. Data with NUL bytes is binary and refused. A
file name that is not UTF-8 or holds control characters is named with escapes
(:func:`source_name`): no later stage, store or terminal meets text it cannot write.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import DocumentError
from ..records import Failure

STAGE = "read"
# One news article is at most a few hundred kilobytes of HTML; 20 MB leaves room for heavy
# pages while refusing dumps, archives and logs that would exhaust memory when parsed.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Share of undecodable bytes tolerated in UTF-8 text (replaced by U+FFFD): a few stray bytes
# from a bad copy; more means the text is in another encoding.
MAX_REPLACED_FRACTION = 0.01
# Share of control characters above which a decoded "text" is taken for binary data.
MAX_CONTROL_FRACTION = 0.01
# How much of a stream is looked at to tell its kind (HTML, feed, JSON Lines, text).
SNIFF_CHARS = 2048
_SKIP_CHUNK = 1 << 20

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters of a file name that must not reach a terminal or a log as they are.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def fail(source: str, message: str, line: int | None = None) -> Failure:
    """A failure of the read stage."""
    return Failure(source, line, STAGE, message)


def too_large(source: str, size: int | None, line: int | None = None) -> Failure:
    what = f"{size / 2**20:.1f} MB" if size is not None else "the input"
    return fail(source, f"{what} is larger than the {MAX_FILE_BYTES // 2**20} MB limit for one "
                "document: pass the article itself, or split the input into .jsonl records",
                line)


def source_name(path: str | Path) -> str:
    """How an input is named in records, the store and messages: its path as text that any
    UTF-8 writer and terminal accepts. Bytes of the name that are not UTF-8 are written as
    ``\\xff`` and control characters (a newline, a terminal escape) as ``\\n``, ``\\x1b``."""
    name = os.fsencode(path).decode("utf-8", errors="backslashreplace")
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], name)


def lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of a binary stream; ``None`` for a line over the size limit (skipped unread)."""
    while line := stream.readline(MAX_FILE_BYTES + 1):
        if len(line) > MAX_FILE_BYTES:
            while line and not line.endswith(b"\n"):
                line = stream.readline(_SKIP_CHUNK)
            yield None
        else:
            yield line


def decode(data: bytes, *, html: bool = False, charset: str | None = None) -> str:
    """Bytes of a document as text (see the module docstring for the policy); ``charset`` is
    one declared outside the data (an HTTP header), tried where a page's own would be.

    Raises :class:`DocumentError` for binary data or text in an unknown encoding.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data:
        raise DocumentError("binary file (it contains NUL bytes): eventwire reads news "
                            "articles as text, HTML, feeds, .jsonl or tables; convert it first")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html and (declared := _known_codec(charset) or _declared_charset(data)):
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
    return _known_codec(m[1].decode("ascii", "replace")) if m else None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None

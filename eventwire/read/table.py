"""CSV and TSV tables: one article per row.

Which column holds what is given by a :class:`Columns` map (``--text-column``,
``--url-column``, ``--title-column``, ``--published-column``), else found by header name
(:data:`HEADER_NAMES`: ``text``, ``body``, ``content``...; case, spaces and dashes ignored;
else by a header's last word: "Story Body", "Date Published").
A table without a text column (nor an ``html`` one) is one failure listing its columns; a bad
row is a failure naming its line, as in JSON Lines (:func:`.jsonl.article`), and so is a row
of more cells than the header (an unquoted delimiter, which would shift its text into the
next columns). Tables are
streamed row by row; a ``.csv`` whose header has more semicolons than commas is read with
semicolons (the spreadsheet export of many locales).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import IO

from ..clean import replace_surrogates
from ..records import Failure, RawDocument
from . import decoding
from .decoding import fail
from .jsonl import article

# Header names that say what a column holds, best first, normalised by :func:`_key`.
HEADER_NAMES = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "fulltext",
             "maintext", "story", "story_text", "body_text", "description", "summary"),
    "html": ("html", "raw_html", "page", "page_html"),
    "url": ("url", "link", "article_url", "source_url", "sourceurl", "href", "permalink",
            "document_identifier", "documentidentifier"),
    "title": ("title", "headline", "heading", "article_title"),
    "published": ("published", "publish_date", "published_date", "publication_date",
                  "published_at", "publishedat", "pubdate", "pub_date", "date_publish", "date",
                  "datetime", "timestamp", "created_at"),
    "outlet": ("outlet", "source", "source_name", "publisher", "site", "site_name", "domain",
               "source_domain", "source_common_name"),
}
# A header no name above matches is read by its last word, where English puts what a column
# holds ("Story Body", "Date Published", "Article URL"), unless a word says it holds
# something else ("Event Date", "Updated Date", "Article ID").
HEADER_LAST_WORDS = {
    "text": ("text", "body", "content"),
    "html": ("html",),
    "url": ("url", "uri", "link", "href"),
    "title": ("title", "headline"),
    "published": ("published", "date", "datetime", "pubdate"),
}
_OTHER_WORDS = frozenset({"event", "incident", "updated", "modified", "crawled", "crawl",
                          "fetched", "scraped", "retrieved", "accessed", "id", "image", "img",
                          "photo", "video", "author", "comments", "birth"})
# A column name is short; longer cells of a first line are text (a sentence with commas).
MAX_HEADER_CELL = 40
_NOT_KEY = re.compile(r"[\s\-.]+")


@dataclass(frozen=True, slots=True)
class Columns:
    """Header names a user gave for the fields of a table row (None: found by header name),
    and the order of day and month in the dates of tables and JSON Lines records
    (``"day-first"``, ``"month-first"``; None: "08/02/2021" fails its record)."""

    text: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    date_order: str | None = None

    def given(self) -> dict[str, str]:
        """The column names given, by field."""
        return {f.name: v for f in fields(self)
                if f.name != "date_order" and (v := getattr(self, f.name)) is not None}

    @property
    def day_first(self) -> bool | None:
        return None if self.date_order is None else self.date_order == "day-first"


def looks_like_table(head: bytes, columns: Columns | None = None) -> str | None:
    """``"csv"`` or ``"tsv"`` when ``head`` opens with a table's header, else None: how stdin
    and files of other extensions are told to be tables rather than text.

    A header is short names ("Story Body", not a sentence), one of them an article column
    (by the names above, or ``columns``), and either another known column or a next line of
    as many cells: "Body, mind and soul" opening a story is no header.
    """
    first, _, rest = head.decode("utf-8-sig", "replace").partition("\n")
    given = {_key(name) for name in (columns or Columns()).given().values()}
    for kind, delimiter in (("tsv", "\t"), ("csv", ";"), ("csv", ",")):
        if delimiter not in first:
            continue
        header = next(csv.reader([first.rstrip("\r")], delimiter=delimiter))
        if not all(_header_like(h) for h in header):
            continue
        where = field_columns(header, Columns())
        known = len(where) if isinstance(where, dict) else 0
        if not known and not given & {_key(h) for h in header}:
            continue
        row = next(csv.reader([rest.split("\n", 1)[0]], delimiter=delimiter), [])
        if known > 1 or given or len(row) == len(header):
            return kind
    return None


def _header_like(cell: str) -> bool:
    """A column name: short, a few words, not a sentence, not spaced from its delimiter as
    the words of a sentence are ("Body, mind and soul")."""
    if cell[:1].isspace():
        return False
    cell = cell.strip()
    return 0 < len(cell) <= MAX_HEADER_CELL and len(cell.split()) <= 4 and \
        not cell.endswith((".", "!", "?", ":"))


def read_table(source: str, stream: IO[bytes], *, tsv: bool, columns: Columns | None = None
               ) -> Iterator[RawDocument | Failure]:
    """One document per row of a CSV (``tsv`` False) or TSV table."""
    text = _Lines(stream)
    try:
        yield from _rows(source, text, tsv, columns or Columns())
    except UnicodeDecodeError as exc:
        yield fail(source, f"line {text.n} is not UTF-8 ({exc.reason}): tables must be UTF-8; "
                   "re-encode it, e.g. with iconv -t UTF-8")
    except csv.Error as exc:
        yield fail(source, f"not a readable table at line {text.n} ({exc}): check its quoting")


class _Lines:
    """The lines of a binary stream as text, decoded one by one (so that a bad byte fails
    where it is, after the rows before it), counted."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.n = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._stream.readline(decoding.MAX_FILE_BYTES + 1)
        if not line:
            raise StopIteration
        self.n += 1
        return line.decode("utf-8-sig" if self.n == 1 else "utf-8")


def _rows(source: str, text: _Lines, tsv: bool, columns: Columns
          ) -> Iterator[RawDocument | Failure]:
    header_line = next(text, "")
    if not header_line.strip():
        yield fail(source, "empty table (no header row): the first row must name the columns")
        return
    delimiter = "\t" if tsv else (";" if header_line.count(";") > header_line.count(",")
                                  else ",")
    header = next(csv.reader([header_line], delimiter=delimiter))
    where = field_columns(header, columns)
    if isinstance(where, str):
        yield fail(source, where)
        return
    csv.field_size_limit(decoding.MAX_FILE_BYTES)   # an article is longer than csv's 128 KB
    reader = csv.reader(text, delimiter=delimiter)
    last = 1
    seen = False
    for row in reader:
        line, last = last + 1, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        seen = True
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            # an unquoted delimiter in a cell: its text was cut and the rest shifted into
            # the next columns (a url, a date), which would be read silently
            yield fail(source, f"row has {len(row)} cells where the header names "
                       f"{len(header)}: a cell holding the delimiter ({delimiter!r}) must be "
                       'quoted ("...")', line)
            continue
        cells = {field: replace_surrogates(row[i]) if i < len(row) else None
                 for field, i in where.items()}
        yield article(source, line, text=cells.get("text"), html=cells.get("html"),
                      url=cells.get("url"), title=cells.get("title"),
                      published=cells.get("published"), outlet=cells.get("outlet"),
                      what=f"{_name(header, where, 'text', 'html')} cell",
                      day_first=columns.day_first)
    if not seen:
        yield fail(source, "table has a header but no rows: nothing to read")


def field_columns(header: Sequence[str], columns: Columns) -> dict[str, int] | str:
    """Field -> column index, or a message saying what is missing."""
    keys = [_key(h) for h in header]
    where: dict[str, int] = {}
    for field, name in columns.given().items():
        if _key(name) not in keys:
            return (f"no column {name!r} (given by --{field}-column); the columns are "
                    f"{_listing(header)}")
        where[field] = keys.index(_key(name))
    taken = set(where.values())
    for field, names in HEADER_NAMES.items():
        if field in where or (field == "html" and "text" in columns.given()):
            continue
        found = next((keys.index(n) for n in names if n in keys), None)
        if found is not None and found not in taken:
            where[field] = found
            taken.add(found)
    for field, last in HEADER_LAST_WORDS.items():
        if field in where or (field == "html" and "text" in where):
            continue
        found = next((i for i, k in enumerate(keys) if i not in taken and _by_words(k, last)),
                     None)
        if found is not None:
            where[field] = found
            taken.add(found)
    if "text" not in where and "html" not in where:
        return (f"no article text column among {_listing(header)}: name it with "
                "--text-column (or call it 'text')")
    return where


def _name(header: Sequence[str], where: dict[str, int], *fields_: str) -> str:
    return " or ".join(repr(header[where[f]]) for f in fields_ if f in where)


def _listing(header: Sequence[str]) -> str:
    shown = ", ".join(repr(h) for h in header[:12])
    return shown + (f" and {len(header) - 12} more" if len(header) > 12 else "")


def _by_words(key: str, last: tuple[str, ...]) -> bool:
    words = key.split("_")
    return len(words) > 1 and words[-1] in last and not _OTHER_WORDS.intersection(words)


def _key(name: str) -> str:
    return _NOT_KEY.sub("_", name.strip().casefold()).strip("_")

"""JSON Lines: one article per line.

A record holds ``text`` (plain article text, preferred when both are given) or ``html`` (a
page), and optionally ``url``, ``title``, ``outlet`` and ``published``; a field missing under
its name is found under the names a table's header may give it (``maintext``, ``body``,
``date_publish``, ``link``, ``headline``...: :data:`.table.HEADER_NAMES`), as scrapers write. A ``published`` value
that is not a date (ISO 8601, RFC 2822, "Nov. 17, 2015", numeric with a plain order:
"2015/11/17", "17.11.2015", "17/11/2015", or a Unix timestamp in seconds or milliseconds,
as a number or a string) fails the record, and so does "08/02/2021", whose day
and month may be either: a wrong anchor date would silently misdate every "on Friday" in it. A lone surrogate in a JSON string
(``"\\ud800"``) becomes U+FFFD. Files are streamed: only each line is held to the size limit.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

from ..clean import replace_surrogates
from ..published import parse_date_value
from ..records import Failure, RawDocument
from . import decoding
from .decoding import SNIFF_CHARS, fail

_FIELDS = ("text", "html", "url", "title", "outlet", "published")


def read_jsonl(source: str, lines: Iterator[bytes | None], *, day_first: bool | None = None
               ) -> Iterator[RawDocument | Failure]:
    """One document per non-blank line; a bad line is a Failure naming its line number;
    ``day_first`` reads "08/02/2021" (None: it fails its record)."""
    seen = False
    for n, line in enumerate(lines, start=1):
        if line is None:
            yield fail(source, f"line is longer than the {decoding.MAX_FILE_BYTES // 2**20} MB "
                       "limit for one record: shorten the record", n)
            seen = True
            continue
        if n == 1 and b"\x00" in line[:SNIFF_CHARS]:
            yield fail(source, "binary file (it contains NUL bytes): a .jsonl file must be "
                       "UTF-8 text, one JSON object per line")
            return
        if not line.strip():
            continue
        seen = True
        yield _record(source, n, line, day_first)
    if not seen:
        yield fail(source, "empty document (no records): write one JSON object per line")


def _record(source: str, n: int, line: bytes, day_first: bool | None = None
            ) -> RawDocument | Failure:
    try:
        obj = json.loads(line.decode("utf-8-sig" if n == 1 else "utf-8"))
    except UnicodeDecodeError:
        return fail(source, "line is not valid UTF-8: JSON Lines must be UTF-8", n)
    except json.JSONDecodeError as exc:
        return fail(source, f"line is not valid JSON ({exc.msg} at column {exc.colno}): "
                    "write one JSON object per line", n)
    except RecursionError:
        return fail(source, "line has arrays or objects nested too deeply to read: a record "
                    'is one object of strings, e.g. {"text": "..."}', n)
    except ValueError:                 # an integer over int's digit limit
        return fail(source, f"line has a number of more than {sys.get_int_max_str_digits():,} "
                    'digits: a record is one object of strings, e.g. {"text": "..."}', n)
    if not isinstance(obj, dict):
        return fail(source, f"line is a JSON {type(obj).__name__}, not an object: write "
                    'one object per line, e.g. {"text": "..."}', n)
    return record_document(source, n, obj, day_first)


def record_document(source: str, n: int, obj: dict, day_first: bool | None = None
                    ) -> RawDocument | Failure:
    """One JSON record (a line's, or an element of a JSON file's array) as a document, or
    why not; ``n`` names it in failures."""
    # "\\ud800" decodes to a lone surrogate: no character
    obj = {k: replace_surrogates(v) if isinstance(v, str) else v for k, v in obj.items()}
    obj = _with_field_names(obj)
    if _number(obj.get("published")):
        obj["published"] = repr(obj["published"])     # a Unix timestamp, read as such below
    for key in _FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return fail(source, f"field {key!r} must be a string, not "
                        f"{type(obj[key]).__name__}", n)
    return article(source, n, text=obj.get("text"), html=obj.get("html"), url=obj.get("url"),
                   title=obj.get("title"), published=obj.get("published"),
                   outlet=obj.get("outlet"), what="'text' (plain text) or 'html' (a page) field",
                   day_first=day_first)


def _with_field_names(obj: dict) -> dict:
    """``obj`` with the fields it names otherwise under their own names: scrapers write
    ``maintext``, ``date_publish``, ``headline``, ``link`` (news-please, GDELT, exports),
    read by the names a table's headers are (:data:`.table.HEADER_NAMES`); a field given
    under its own name wins."""
    if all(key in obj for key in ("text", "url", "title", "published")):
        return obj
    from .table import Columns, field_columns      # table reads rows with article() below

    keys = [k for k in obj if isinstance(k, str)]
    found = field_columns(keys, Columns())
    if isinstance(found, str):
        return obj
    # only strings (and a timestamp): a "page": 3 is no page of HTML
    named = {f: value for f, i in found.items() if f not in obj and keys[i] != f and (
        isinstance(value := obj[keys[i]], str) or (f == "published" and _number(value)))}
    return {**obj, **named} if named else obj


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def article(source: str, n: int, *, text: str | None, html: str | None = None,
            url: str | None = None, title: str | None = None, published: str | None = None,
            outlet: str | None = None, what: str = "text", day_first: bool | None = None
            ) -> RawDocument | Failure:
    """A record's fields (JSON Lines, a table row) as a document, or why not; ``what`` names
    the field(s) the article text should be in; ``day_first`` the order of "08/02/2021"."""
    text, page = text or "", html or ""
    if not text.strip() and not page.strip():
        return fail(source, f"record has no article: give it a non-empty {what}", n)
    when = None
    if raw_date := (published or "").strip():
        when = parse_date_value(raw_date, day_first)
        if when is None:
            return fail(source, f"'published' value {raw_date!r} is not a date eventwire "
                        "can read without guessing (day and month in either order, or no "
                        "full date): write it as YYYY-MM-DD, or say the order with "
                        "--date-order day-first|month-first", n)
    return RawDocument(source, text if text.strip() else page,
                       "text" if text.strip() else "html", line=n,
                       url=(url or "").strip() or None, title=(title or "").strip() or None,
                       published=when, outlet=(outlet or "").strip() or None)

"""JSON files (``.json``): an array of article records, one record, or records under a key.

Exports and APIs write a whole file of JSON rather than JSON Lines: ``[{"title": ...,
"text": ...}, ...]``, one pretty-printed object, or an envelope holding the list
(``{"status": "ok", "articles": [...]}``: NewsAPI; ``{"data": [...]}``, ``{"items": [...]}``).
Each record is read as a JSON Lines record is (:func:`.jsonl.record_document`: the same field
names, dates and checks); a failure names the record by its number in the list (1-based), as
``file.json:3``. A ``.json`` file that is JSON Lines after all is read as such. The file is
read whole, up to the size limit of one document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..records import Failure, RawDocument
from .decoding import fail
from .jsonl import read_jsonl, record_document

_EXAMPLE = ('an array of records, e.g. [{"text": "...", "url": "..."}], or one record, or an '
            'object holding such an array ({"articles": [...]})')


def read_json(source: str, data: bytes, *, day_first: bool | None = None
              ) -> Iterator[RawDocument | Failure]:
    """The records of a JSON file's bytes as documents, or why not."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield fail(source, "not UTF-8: a .json file must be UTF-8")
        return
    except json.JSONDecodeError as exc:
        if _json_lines(data):
            yield from read_jsonl(source, iter(data.splitlines(keepends=True)),
                                  day_first=day_first)
            return
        yield fail(source, f"not valid JSON ({exc.msg} at line {exc.lineno}, column "
                   f"{exc.colno}): a .json file is {_EXAMPLE}")
        return
    except (RecursionError, ValueError):   # nested too deeply, a number too long
        yield fail(source, f"JSON too deeply nested or with too long a number: a .json file "
                   f"is {_EXAMPLE}")
        return
    records = _records(obj)
    if records is None:
        yield fail(source, f"holds a JSON {type(obj).__name__} with no article records: a "
                   f".json file is {_EXAMPLE}")
        return
    if not records:
        yield fail(source, "empty document (no records): nothing to read")
    for n, record in enumerate(records, start=1):
        if isinstance(record, dict):
            yield record_document(source, n, record, day_first)
        else:
            yield fail(source, f"record {n} is a JSON {type(record).__name__}, not an "
                       f"object: a .json file is {_EXAMPLE}", n)


def _records(obj: object) -> list | None:
    """The records of a parsed file: its array, itself when it is one record, or the first
    array of objects it holds under a key; None when none."""
    if isinstance(obj, list):
        return obj
    if not isinstance(obj, dict):
        return None
    if (held := next((v for v in obj.values() if _is_records(v)), None)) is not None:
        return held
    if _article_fields(obj):
        return [obj]                       # one record (its fields checked when read)
    # an envelope whose array is empty ({"status": "ok", "articles": []}): no records
    return [] if any(v == [] for v in obj.values()) else None


def _is_records(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _article_fields(obj: dict) -> bool:
    """Whether ``obj`` names an article's text or page (under any name tables know)."""
    from .table import Columns, field_columns
    found = field_columns([k for k in obj if isinstance(k, str)], Columns())
    return not isinstance(found, str)


def _json_lines(data: bytes) -> bool:
    """Whether ``data`` is JSON Lines: each non-blank line one JSON object."""
    rows = [line for line in data.splitlines() if line.strip()]
    if len(rows) < 2:
        return False
    try:
        return all(isinstance(json.loads(row), dict) for row in rows[:3])
    except ValueError:
        return False

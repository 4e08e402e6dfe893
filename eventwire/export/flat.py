"""The flat record: one column per leaf of the JSON event record, nested names joined by ``_``.

One flattening serves every tabular consumer: the GeoJSON properties, the Parquet columns and
the store's filter columns. ``span`` pairs become ``<name>_span_start`` / ``<name>_span_end``;
the ``mentions``, ``conflicts``, ``document.sources`` and actors' ``associated`` lists (variable
length) are kept whole as JSON text; ``targets`` as ``kind: text`` pairs joined by ``; ``
("school: school; place of worship: Shiite mosque"), their spans in the JSON record only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..errors import ExportError

if TYPE_CHECKING:  # pyarrow is imported only by the writers that need it
    import pyarrow as pa

# Between the "kind: text" pairs of the flat ``targets`` column.
TARGET_SEPARATOR = "; "
# Column kinds: "str", "int", "float", "bool", "date" (ISO text in the record).
_SPAN = (("span_start", "int"), ("span_end", "int"))
_ACTOR = (("name", "str"), ("text", "str"), ("inter", "int"), ("country", "str"), *_SPAN,
          ("assoc", "str"), ("associated", "str"))   # the last two: only when known
_COUNT = (("low", "int"), ("best", "int"), ("high", "int"), ("text", "str"), *_SPAN,
          ("note", "str"))           # only when a figure too large to be a count was dropped
_GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("", (("event_id", "str"), ("event_type", "str"), ("sub_event_type", "str"),
          ("label", "str"))),
    ("plover", (("type", "str"), ("mode", "str"))),
    ("date", (("start", "date"), ("end", "date"), ("precision", "int"), ("text", "str"),
              *_SPAN)),
    ("actor1", _ACTOR),
    ("actor2", _ACTOR),
    ("location", (("name", "str"), ("admin1", "str"), ("admin2", "str"), ("country", "str"),
                  ("iso2", "str"), ("latitude", "float"), ("longitude", "float"),
                  ("geonameid", "int"), ("geo_precision", "int"), ("feature", "str"),
                  ("confidence", "float"), ("text", "str"), *_SPAN)),
    ("fatalities", _COUNT),
    ("injured", _COUNT),
    ("arrested", _COUNT),
    ("", (("civilian_targeting", "bool"),)),
    ("claim", (("source", "str"), ("kind", "str"), ("text", "str"), *_SPAN)),
    ("evidence", (("sentence", "str"), *_SPAN)),
    ("document", (("id", "str"), ("url", "str"), ("title", "str"), ("published", "date"),
                  ("language", "str"), ("sources", "str"))),   # the last two: from a store
    ("", (("mentions", "str"), ("confidence", "float"), ("confidence_with_crime", "float"),
          ("scope", "str"), ("background", "bool"), ("reviewed", "str"), ("conflicts", "str"),
          ("targets", "str"))),     # an eventwire extension of the public schema
)

#: Every flat column, in record order, with its kind.
FLAT_FIELDS: tuple[tuple[str, str], ...] = tuple(
    (f"{prefix}_{name}" if prefix else name, kind)
    for prefix, fields in _GROUPS for name, kind in fields)
FLAT_NAMES: tuple[str, ...] = tuple(name for name, _ in FLAT_FIELDS)
_KINDS = dict(FLAT_FIELDS)


def _path(prefix: str, name: str) -> tuple[str | int, ...]:
    """Where a flat column sits in the record: ("location", "span", 0) for location_span_start."""
    if name in ("span_start", "span_end"):
        return (*([prefix] if prefix else []), "span", 0 if name == "span_start" else 1)
    return (prefix, name) if prefix else (name,)


_PATHS = {(f"{p}_{n}" if p else n): _path(p, n) for p, fields in _GROUPS for n, _ in fields}
# The record's keys, one level down for groups: anything else is a field the layout lacks.
_KNOWN = {path[:2] if len(path) > 1 and isinstance(path[1], str) else path[:1]
          for path in _PATHS.values()}
_GROUP_NAMES = {path[0] for path in _KNOWN if len(path) == 2}


def _unknown(record: Mapping[str, Any]) -> list[str]:
    out = []
    for key, value in record.items():
        if key in _GROUP_NAMES:
            out += [f"{key}_{k}" for k in (value or {}) if (key, k) not in _KNOWN]
        elif (key,) not in _KNOWN:
            out.append(key)
    return out


def _get(record: Mapping[str, Any], path: tuple[str | int, ...]) -> Any:
    value: Any = record
    for step in path:
        if value is None:
            return None
        value = value[step] if isinstance(step, int) else value.get(step)
    return value


def flatten(record: Mapping[str, Any], names: Sequence[str] = FLAT_NAMES) -> dict[str, Any]:
    """The flat record of a JSON event record: ``names`` keys in order, ``None`` if absent.

    Nested fields are joined with ``_``; ``mentions`` is kept whole as JSON text. Raises
    :class:`ExportError` when the record has a field the flat layout does not know (the
    record grew: add it to ``_GROUPS`` so no export silently drops it).
    """
    unknown = _unknown(record)
    if unknown:
        raise ExportError(f"the event record has fields the flat layout does not know: "
                          f"{', '.join(unknown)}; add them to eventwire/export/flat.py")
    out = {name: _get(record, _PATHS[name]) for name in names}
    if "mentions" in out:
        out["mentions"] = json.dumps(out["mentions"] or [], ensure_ascii=False, allow_nan=False)
    if out.get("document_sources") is not None:    # every outlet of the text, as JSON text
        out["document_sources"] = json.dumps(out["document_sources"], ensure_ascii=False)
    if out.get("conflicts") is not None:     # where merged reports disagree, as JSON text
        out["conflicts"] = json.dumps(out["conflicts"], ensure_ascii=False)
    if out.get("targets") is not None:       # what the act hit: "kind: text; kind: text"
        out["targets"] = TARGET_SEPARATOR.join(f"{t['kind']}: {t['text']}"
                                               for t in out["targets"])
    for key in ("actor1_associated", "actor2_associated"):   # the others in the role, as JSON
        if out.get(key) is not None:
            out[key] = json.dumps(out[key], ensure_ascii=False)
    return out


def arrow_type(kind: str) -> pa.DataType:
    import pyarrow as pa

    return {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
            "date": pa.date32()}[kind]


def arrow_table(rows: Iterable[Mapping[str, Any]], names: Sequence[str] = FLAT_NAMES,
                extra: Sequence[tuple[str, pa.DataType, Sequence[Any]]] = ()) -> pa.Table:
    """A typed Arrow table of the ``names`` columns of flat rows, plus ``extra`` columns."""
    import pyarrow as pa

    rows = list(rows)
    arrays, fields = [], []
    for name in names:
        kind = _KINDS[name]
        values = [r[name] for r in rows]
        if kind == "date":
            values = [date.fromisoformat(v) if v else None for v in values]
        arrays.append(pa.array(values, type=arrow_type(kind)))
        fields.append(pa.field(name, arrow_type(kind)))
    for name, typ, values in extra:
        arrays.append(pa.array(list(values), type=typ))
        fields.append(pa.field(name, typ))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))

"""The export stage: events written as JSON Lines, ACLED CSV, PLOVER, GeoJSON or Parquet.

Every format is built from the same public record (:func:`eventwire.records.event_to_record`)
and is reproducible: the same events give the same bytes (no clock, no random order).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import ExportError
from ..records import Event, event_to_record
from .flat import flatten

FORMATS = ("jsonl", "acled-csv", "plover", "geojson", "parquet")
# Rows per Parquet row group / Arrow batch: bounded memory on big exports.
PARQUET_BATCH = 10_000


@dataclass(frozen=True, slots=True)
class ExportResult:
    written: int
    skipped: int = 0          # events the format cannot hold (no coordinates, no ACLED type)


def write_events(events: Iterable[Event], fmt: str, out: BinaryIO | Path) -> int:
    """Write events in ``fmt`` to a binary stream or a file; returns how many were written."""
    return export_events(events, fmt, out).written


def export_events(events: Iterable[Event], fmt: str, out: BinaryIO | Path) -> ExportResult:
    """Like :func:`write_events`, also saying how many events the format had to leave out."""
    writer = _writer(fmt)
    if isinstance(out, (str, Path)):
        path = Path(out)
        if not path.parent.is_dir():
            raise ExportError(f"the folder of {path} does not exist: create it first")
        part = path.with_name(path.name + ".part")   # no half-written file if it fails
        try:
            with part.open("wb") as stream:
                result = writer(iter(events), stream)
            part.replace(path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return result
    if fmt == "parquet" and _is_terminal(out):
        raise ExportError("parquet is a binary format and would garble the terminal: "
                          "write it to a file with -o events.parquet")
    result = writer(iter(events), out)
    out.flush()
    return result


def _is_terminal(out: Any) -> bool:
    try:
        return bool(out.isatty())
    except (AttributeError, ValueError):
        return False


def _writer(fmt: str) -> Callable[[Iterator[Event], BinaryIO], ExportResult]:
    from . import acled, plover

    writers = {"jsonl": write_lines, "acled-csv": acled.write_csv, "plover": plover.write_jsonl,
               "geojson": _geojson, "parquet": _parquet}
    try:
        return writers[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}: use one of "
                          f"{', '.join(FORMATS)}") from None


# Characters str.splitlines() and some JSON Lines readers take as line ends, which JSON keeps
# raw inside strings when ensure_ascii is off: escaped, so one record stays on one line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(obj: Any) -> str:
    """Compact, UTF-8 JSON in the order the dict was built (deterministic), on one line."""
    return json.dumps(obj, ensure_ascii=False, allow_nan=False).translate(_LINE_BREAKS)


def write_lines(events: Iterator[Event], out: BinaryIO,
                to_record: Callable[[Event], dict[str, Any]] = event_to_record) -> ExportResult:
    """JSON Lines: one ``to_record(event)`` per line (the public record by default)."""
    n = 0
    for e in events:
        out.write((dumps(to_record(e)) + "\n").encode("utf-8"))
        n += 1
    return ExportResult(n)


def feature(e: Event) -> dict[str, Any] | None:
    """The GeoJSON Point feature of an event, or ``None`` without coordinates."""
    loc = e.location
    if loc is None or loc.latitude is None or loc.longitude is None:
        return None
    return {"type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": [loc.longitude, loc.latitude]},
            "properties": flatten(event_to_record(e))}


def _geojson(events: Iterator[Event], out: BinaryIO) -> ExportResult:
    out.write(b'{"type": "FeatureCollection", "features": [')
    n = skipped = 0
    for e in events:
        f = feature(e)
        if f is None:
            skipped += 1
            continue
        out.write(((",\n" if n else "\n") + dumps(f)).encode("utf-8"))
        n += 1
    out.write(b"\n]}\n")
    return ExportResult(n, skipped)


def _parquet(events: Iterator[Event], out: BinaryIO) -> ExportResult:
    import pyarrow.parquet as pq

    from .flat import FLAT_NAMES, arrow_table

    schema = arrow_table([]).schema
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for e in events:
            batch.append(flatten(event_to_record(e)))
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(arrow_table(batch, FLAT_NAMES))
                n, batch = n + len(batch), []
        if batch or not n:
            writer.write_table(arrow_table(batch, FLAT_NAMES))
            n += len(batch)
    return ExportResult(n)

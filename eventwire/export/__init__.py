"""The export stage: events written as JSON Lines, ACLED CSV, PLOVER, GeoJSON or Parquet.

Every format is built from the same public record (:func:`eventwire.records.event_to_record`)
and is reproducible: the same events give the same bytes (no clock, no random order).
"""

from __future__ import annotations

import contextlib
import errno
import html
import json
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import ExportError
from ..records import Event, event_to_record
from .documents import NO_DOCUMENTS, Documents
from .flat import flatten

FORMATS = ("jsonl", "acled-csv", "plover", "geojson", "parquet", "table")
# Rows per Parquet row group / Arrow batch: bounded memory on big exports.
PARQUET_BATCH = 10_000


@dataclass(frozen=True, slots=True)
class ExportResult:
    written: int
    skipped: int = 0          # events the format cannot hold (no coordinates, no ACLED type)


def write_events(events: Iterable[Event], fmt: str, out: BinaryIO | Path,
                 documents: Documents = NO_DOCUMENTS) -> int:
    """Write events in ``fmt`` to a binary stream or a file; returns how many were written."""
    return export_events(events, fmt, out, documents).written


def export_events(events: Iterable[Event], fmt: str, out: BinaryIO | Path,
                  documents: Documents = NO_DOCUMENTS) -> ExportResult:
    """Like :func:`write_events`, also saying how many events the format had to leave out.

    ``documents`` (from a store, :meth:`Documents.load`) adds each document's language and
    every outlet of its text to the records (``document.language``, ``document.sources``) and
    to ACLED's ``source`` column.

    A path behaves like shell redirection that cannot leave a half-written file: a regular
    file or a new path is written to a temporary file beside it and renamed over it at the
    end; anything else (a FIFO, a device such as ``/dev/null``, the target of a symlink — the
    symlink stays a symlink — or a file with several hard links, which all keep seeing it) is
    written straight through; ``-`` is standard output.
    """
    writer = _writer(fmt, documents)
    if isinstance(out, (str, Path)):
        if str(out) == "-":
            return _to_stream(writer, events, fmt, sys.stdout.buffer)
        path = Path(out)
        check_output(path)
        if not _replaceable(path):
            stream = _guarded(lambda: path.open("wb"), str(path))
            return _closed_after(stream, lambda: _to_stream(writer, events, fmt, stream))
        return _replace(path, lambda stream: writer(iter(events), stream))
    return _to_stream(writer, events, fmt, out)


def check_output(path: Path | str) -> None:
    """Raise :class:`ExportError` unless ``path`` can be written as an output file.

    Cheap (no input is read): the CLI calls it before reading any input, so a typo in ``-o``
    fails at once instead of after the whole run.
    """
    if str(path) == "-":
        return
    path = Path(path)
    try:
        st: os.stat_result | None = path.stat()          # follows a symlink to its target
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ExportError(f"cannot use {path} as the output ({exc.strerror}): "
                          "give another -o path") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise ExportError(f"{path} is a folder: give a file name with -o, e.g. "
                          f"{path / 'events.jsonl'}")
    if st is not None and not os.access(path, os.W_OK):
        raise ExportError(f"{path} is not writable: change its permissions or give another "
                          "-o path")
    if st is not None and not _replaceable(path):
        return                                          # written straight through
    folder = (path.resolve() if path.is_symlink() else path).parent
    if not folder.is_dir():
        raise ExportError(f"the folder of {path} does not exist: create it first "
                          f"(mkdir -p {folder}) or give another -o path")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write in the folder {folder}: give an -o path in a "
                          "folder you can write to")


def _replaceable(path: Path) -> bool:
    """A new path or a regular file with one name (not a symlink, not a file with other hard
    links, which a rename would part from it): written to a temporary file and renamed."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return True
    return stat.S_ISREG(st.st_mode) and st.st_nlink == 1


def _replace(path: Path, write: Callable[[BinaryIO], ExportResult]) -> ExportResult:
    """Write through ``write`` to a temporary file beside ``path``, then rename it over."""
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)   # keep an existing file's mode
    except FileNotFoundError:
        mode = None                                            # new file: 0o666 less the umask
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        fd = _guarded(lambda: os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666),
                      str(path))
        if mode is not None:
            os.fchmod(fd, mode)
        stream = _Guarded(os.fdopen(fd, "wb"), str(path))
        result = _closed_after(stream, lambda: write(stream))
        _guarded(lambda: os.replace(part, path), str(path))
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return result


def _guarded(call: Callable[[], Any], where: str) -> Any:
    """``call()``, its OSError (no room, no permission) one :class:`ExportError`."""
    try:
        return call()
    except OSError as exc:
        raise _write_failed(where, exc) from None


def _closed_after(stream: Any, write: Callable[[], ExportResult]) -> ExportResult:
    """``write()``, then ``stream`` closed: the last buffered bytes are written then, so a
    full disk may show only there. After a failed write, closing again fails the same way and
    is not said twice."""
    try:
        result = write()
    except BaseException:
        with contextlib.suppress(OSError, ExportError):
            stream.close()
        raise
    stream.close()
    return result


def _to_stream(writer: Callable[[Iterator[Event], BinaryIO], ExportResult],
               events: Iterable[Event], fmt: str, out: BinaryIO) -> ExportResult:
    if fmt == "parquet" and _is_terminal(out):
        raise ExportError("parquet is a binary format and would garble the terminal: "
                          "write it to a file with -o events.parquet")
    if not isinstance(out, _Guarded):
        out = _Guarded(out, _name_of(out))
    result = writer(iter(events), out)
    out.flush()
    return result


def _write_failed(where: str, exc: OSError) -> ExportError:
    room = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    return ExportError(f"could not write {where}: {exc.strerror or exc}: "
                       + ("free some space or " if room else "") + "give another -o path")


def _name_of(out: Any) -> str:
    if out is sys.stdout.buffer or getattr(out, "name", None) in (1, "<stdout>"):
        return "standard output"
    name = getattr(out, "name", None)
    return str(name) if isinstance(name, str) else "the output"


class _Guarded:
    """A binary stream whose write errors are one :class:`ExportError` naming the output (a
    full disk is then one line, not a traceback); a reader that went away (EPIPE: ``| head``)
    is left to the command line, which ends quietly as shell tools do."""

    def __init__(self, raw: BinaryIO, where: str) -> None:
        self._raw, self._where = raw, where

    def write(self, data: bytes) -> int:
        try:
            return self._raw.write(data)
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self._raw.flush()
        except OSError as exc:
            raise self._failed(exc) from None

    def close(self) -> None:
        try:
            self._raw.close()
        except OSError as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: OSError) -> OSError | ExportError:
        return exc if exc.errno == errno.EPIPE else _write_failed(self._where, exc)

    def tell(self) -> int:
        return self._raw.tell()

    def fileno(self) -> int:
        return self._raw.fileno()

    def isatty(self) -> bool:
        return _is_terminal(self._raw)

    @property
    def closed(self) -> bool:
        return bool(getattr(self._raw, "closed", False))

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return False


def _is_terminal(out: Any) -> bool:
    try:
        return bool(out.isatty())
    except (AttributeError, ValueError):
        return False


def _writer(fmt: str, documents: Documents = NO_DOCUMENTS
            ) -> Callable[[Iterator[Event], BinaryIO], ExportResult]:
    from functools import partial

    from . import acled, plover, summary

    writers = {"jsonl": partial(write_lines, to_record=documents.record),
               "acled-csv": partial(acled.write_csv, documents=documents),
               "plover": plover.write_jsonl, "table": summary.write_table,
               "geojson": partial(_geojson, documents=documents),
               "parquet": partial(_parquet, documents=documents)}
    try:
        return writers[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}: use one of "
                          f"{', '.join(FORMATS)}") from None


# Characters str.splitlines() and some JSON Lines readers take as line ends, which JSON keeps
# raw inside strings when ensure_ascii is off: escaped, so one record stays on one line.
# And < > & as \u escapes (like Go's HTML-safe JSON): the values are unchanged for any JSON
# parser, but the file carries no markup, so it is safe to embed in or serve as a web page.
_ESCAPES = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029",
                          "<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def dumps(obj: Any) -> str:
    """Compact, UTF-8 JSON in the order the dict was built (deterministic), on one line.

    ``<``, ``>`` and ``&`` (which only occur inside strings) are written as ``\\u`` escapes.
    """
    return json.dumps(obj, ensure_ascii=False, allow_nan=False).translate(_ESCAPES)


def write_lines(events: Iterator[Event], out: BinaryIO,
                to_record: Callable[[Event], dict[str, Any]] = event_to_record) -> ExportResult:
    """JSON Lines: one ``to_record(event)`` per line (the public record by default)."""
    n = 0
    for e in events:
        out.write((dumps(to_record(e)) + "\n").encode("utf-8"))
        n += 1
    return ExportResult(n)


def feature(e: Event, documents: Documents = NO_DOCUMENTS) -> dict[str, Any] | None:
    """The GeoJSON Point feature of an event, or ``None`` without coordinates."""
    loc = e.location
    if loc is None or loc.latitude is None or loc.longitude is None:
        return None
    return {"type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": [loc.longitude, loc.latitude]},
            "properties": _html_safe(flatten(documents.record(e)))}


def _html_safe(properties: dict[str, Any]) -> dict[str, Any]:
    """Text properties with ``& < >`` HTML-escaped: a web map's popup that shows them as HTML
    shows the text (a decoded ``<script>`` in a title stays text) and runs nothing."""
    return {k: html.escape(v, quote=False) if isinstance(v, str) else v
            for k, v in properties.items()}


def _geojson(events: Iterator[Event], out: BinaryIO, documents: Documents = NO_DOCUMENTS
             ) -> ExportResult:
    out.write(b'{"type": "FeatureCollection", "features": [')
    n = skipped = 0
    for e in events:
        f = feature(e, documents)
        if f is None:
            skipped += 1
            continue
        out.write(((",\n" if n else "\n") + dumps(f)).encode("utf-8"))
        n += 1
    out.write(b"\n]}\n")
    return ExportResult(n, skipped)


def _parquet(events: Iterator[Event], out: BinaryIO, documents: Documents = NO_DOCUMENTS
             ) -> ExportResult:
    import pyarrow.parquet as pq

    from .flat import FLAT_NAMES, arrow_table

    schema = arrow_table([]).schema
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for e in events:
            batch.append(flatten(documents.record(e)))
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(arrow_table(batch, FLAT_NAMES))
                n, batch = n + len(batch), []
        if batch or not n:
            writer.write_table(arrow_table(batch, FLAT_NAMES))
            n += len(batch)
    return ExportResult(n)

"""What the command line says on stderr: errors as one line, the progress bar and the closing
summary, skipped documents, and what a stopped command leaves behind."""

from __future__ import annotations

import errno
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from .errors import EventwireError
from .records import Document, Failure

# What a stopped command says it leaves behind (set by the command running, read by
# cli.main when a signal stops it).
ON_STOP = {"note": "nothing was left half-done"}


class Failed(click.ClickException):
    exit_code = 1

    def show(self, file: Any = None) -> None:
        say(f"error: {self.message}")


class Usage(click.ClickException):
    """A usage error on one line (exit 2), found before any input is read."""
    exit_code = 2

    def show(self, file: Any = None) -> None:
        say(f"error: {self.message}")


def say(message: str) -> None:
    """One line on stderr: a newline or terminal escape inside (a file name's) is shown
    escaped, as ``source_name`` shows input names."""
    from .read.decoding import source_name
    click.echo(f"eventwire: {source_name(message)}", err=True)


def check_writable(output: Path | None) -> None:
    """Fail fast, before reading any input, when ``-o`` cannot be written."""
    from .errors import ExportError
    from .export import check_output

    if output is not None:
        try:
            check_output(output)
        except ExportError as exc:
            raise Usage(str(exc)) from None


class OneLineErrors(click.Group):
    """A command group whose library errors (and store faults) end the run on one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            raise Failed(str(exc)) from exc
        except MemoryError as exc:
            raise Failed("out of memory: run with fewer --workers, or split the largest "
                         "inputs") from exc
        except OSError as exc:
            if exc.errno not in _NO_ROOM:
                raise
            raise Failed(no_room(exc)) from exc
        except Exception as exc:
            duckdb = sys.modules.get("duckdb")      # loaded by whatever met a store
            if duckdb is None or not isinstance(exc, duckdb.Error):
                raise
            # A store fault met outside the store's own checks: still one line, naming the
            # file DuckDB names (the command's --db is in a context already closed).
            from .store.database import fault_message
            named = re.search(r'file "([^"]+)"', str(exc))
            raise Failed(fault_message(exc, named[1] if named else "the store")) from exc


# A write that found no room: the disk (or the user's quota) full, or a file over the size
# the system allows (ulimit -f).
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def no_room(exc: OSError) -> str:
    """The one line of a write that found no room, wherever it was (an output, a model's
    temporary file)."""
    where = f" writing {exc.filename}" if exc.filename else ""
    if exc.errno == errno.EFBIG:
        return (f"a file grew over the size this system allows{where} ({exc.strerror}): "
                "raise the limit (ulimit -f) or write somewhere else")
    return (f"no space left on the disk{where} ({exc.strerror}): free some space (the "
            "temporary folder's too, $TMPDIR) and run again")


class Progress:
    """Progress bar on stderr (documents/s, events found) and a closing summary."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.documents = 0
        self.failures = 0
        self.already_stored = 0
        self.sources_added = 0                # stored texts read again from another outlet
        self.unsaved: list[Failure] = []      # failures not yet recorded in a store
        self.unsaved_sources: list[Any] = []  # stored texts read again, not yet recorded
        self.started = time.perf_counter()
        self._bar: Any = None

    def track(self, results: Iterable[Any]) -> Iterator[Any]:
        if not self.quiet:
            from tqdm import tqdm
            self._bar = tqdm(unit="doc", file=sys.stderr, leave=False, dynamic_ncols=True)
        events = 0
        try:
            for result in results:
                if isinstance(result, Failure):
                    self.fail(result)
                    continue
                self.documents += 1
                events += len(result.events)
                if self._bar is not None:
                    self._bar.update(1)
                    self._bar.set_postfix(events=events, refresh=False)
                yield result
        except BaseException:
            if self._bar is not None:   # a stop or an error is printed on a clean line
                self._bar.close()
            raise

    def fail(self, failure: Failure, *, recorded: bool = False) -> None:
        echo_failure(failure)
        self.failures += 1
        if not recorded:
            self.unsaved.append(failure)

    def documents_of(self, items: Iterable[Document | Failure]) -> Iterator[Document]:
        """The documents among ``items``; failures are reported and counted."""
        for item in items:
            if isinstance(item, Failure):
                self.fail(item)
            else:
                yield item

    def close(self, *, events: int, extra: str = "") -> None:
        if self._bar is not None:
            self._bar.close()
        if self.quiet:
            return
        seconds = time.perf_counter() - self.started
        rate = self.documents / seconds if seconds else 0.0
        parts = [_counted(self.documents, "document"), _counted(events, "event"),
                 _counted(self.failures, "failure")]
        if self.sources_added:
            parts.append(f"{self.sources_added} new sources of stored documents")
        if self.already_stored:
            parts.append(f"{self.already_stored} already stored")
        click.echo(f"eventwire: {', '.join(parts)} in {seconds:.1f} s ({rate:.1f} docs/s)"
                   + (f"; {extra}" if extra else ""), err=True)


def _counted(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless one ("1 event", "0 failures")."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def echo_failure(f: Failure) -> None:
    where = f"{f.source}:{f.line}" if f.line is not None else f.source
    say(f"skipped {where} ({f.stage}): {f.message}")


def exit_if_nothing(documents_read: int) -> None:
    if documents_read == 0:
        raise Failed("nothing could be read from the inputs (see the lines above): "
                     "give articles (.html, .txt), feeds, archives, .jsonl or tables, a "
                     "directory of them, or - for stdin")


def less_likely(n: int, min_confidence: float) -> str:
    return f"{n} less likely than --min-confidence {min_confidence} left out" if n else ""


def left_out(skipped: int, fmt: str) -> str:
    """Why a format left events out (no coordinates for GeoJSON, no ACLED type for ACLED)."""
    if not skipped:
        return ""
    why = {"geojson": "without coordinates",
           "acled-csv": "without an ACLED event type, a country or a date"}
    return f"{skipped} events {why.get(fmt, '')} left out of {fmt}".replace("  ", " ")

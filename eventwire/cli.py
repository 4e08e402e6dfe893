"""The ``eventwire`` command line: a thin layer over the library.

Every :class:`~eventwire.errors.EventwireError` becomes one line on stderr and a non-zero exit.
A bad document is reported on one line and skipped; the exit status is non-zero only when
nothing at all could be read.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import click

from .cli_actors import actors_option, chosen_actors
from .cli_summary import filter_options, selected, where
from .errors import EventwireError
from .events.model import DEFAULT_MIN_CONFIDENCE
from .records import Document, Event, Failure, document_to_json

FORMATS_EXTRACT = ("jsonl", "acled-csv", "plover", "geojson", "table")
FORMATS_EXPORT = ("jsonl", "acled-csv", "plover", "geojson", "parquet", "table")
DEFAULT_DB = "eventwire.duckdb"
# Documents per store transaction: a killed run loses at most this much work.
INGEST_BATCH = 64


class _Failed(click.ClickException):
    exit_code = 1

    def show(self, file: Any = None) -> None:
        _say(f"error: {self.message}")


class _Usage(click.ClickException):
    """A usage error on one line (exit 2), found before any input is read."""
    exit_code = 2

    def show(self, file: Any = None) -> None:
        _say(f"error: {self.message}")


def _say(message: str) -> None:
    """One line on stderr: a newline or terminal escape inside (a file name's) is shown
    escaped, as ``source_name`` shows input names."""
    from .read.decoding import source_name
    click.echo(f"eventwire: {source_name(message)}", err=True)


def _check_output(output: Path | None) -> None:
    """Fail fast, before reading any input, when ``-o`` cannot be written."""
    from .errors import ExportError
    from .export import check_output

    if output is not None:
        try:
            check_output(output)
        except ExportError as exc:
            raise _Usage(str(exc)) from None


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            raise _Failed(str(exc)) from exc
        except Exception as exc:
            if type(exc).__module__.split(".")[0] != "duckdb":
                raise
            # A store fault met outside the store's own checks: still one line.
            from .store.database import fault_message
            raise _Failed(fault_message(exc, ctx.params.get("db") or "the store")) from exc


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: give it as YYYY-MM-DD") from None


def _outlet_table(ctx: click.Context, param: click.Parameter, value: Path | None
                  ) -> Path | None:
    """A user's outlet table, checked before any document is read."""
    if value is None:
        return None
    from .places import load_gazetteer
    from .places.outlet import Outlets, unresolved
    try:
        missing = unresolved(load_gazetteer(), Outlets.read(value))
    except EventwireError as exc:
        raise click.BadParameter(str(exc)) from None
    if missing:
        rows = "; ".join(f"{o.domain}: {o.town}, {o.admin1}, {o.country}" for o in missing[:5])
        raise click.BadParameter(f"no such town in the gazetteer ({rows}): write the town's "
                                 "GeoNames name and first-level region, or leave both empty")
    return value


_paths = click.argument("paths", nargs=-1, required=True)
_pub = click.option("--published", callback=_published, metavar="YYYY-MM-DD",
                    help="Publication date of inputs that give none of their own (it "
                    "anchors relative dates; a record's, page's or URL's date wins).")


def _column(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """Collects the --*-column options into one column map, read by :func:`_columns`."""
    if value is not None:
        ctx.meta.setdefault("eventwire.columns", {})[param.name.removesuffix("_column")] = value


def _reading(command: Any) -> Any:
    """The options that say how inputs are read: which columns of a CSV/TSV table hold what."""
    for field, what in reversed((("text", "the article text"), ("url", "its address"),
                                 ("title", "its headline"), ("published", "its publication date"))):
        command = click.option(f"--{field}-column", metavar="NAME", callback=_column,
                               expose_value=False, help=f"CSV/TSV inputs: the column holding "
                               f"{what} (default: found by header name).")(command)
    return command


def _columns() -> Any:
    """The column map given by the --*-column options of the running command."""
    from .read import Columns
    return Columns(**click.get_current_context().meta.get("eventwire.columns", {}))
_workers = click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                        help="Processes to use (one model copy each, about 500 MB); more "
                        "than the CPUs here is cut to their number, with a warning.")
_document_timeout = click.option(
    "--document-timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
    help="Seconds one document may take before it is skipped as a failure (stage budget), "
    "so that no document stalls the run [default: eventwire.parallel.DOCUMENT_SECONDS, "
    "120; 0: no limit].")
_scheduler = click.option("--dask", "scheduler", metavar="ADDRESS", default=None,
                          help="Run on a dask cluster ('local' starts one); needs eventwire[dask].")
_outlets = click.option("--outlets", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                        callback=_outlet_table, help="A table of news outlets and their home "
                        "towns to add to the bundled one (its format: outlets.tsv).")

_min_confidence = click.option(
    "--min-confidence", type=click.FloatRange(0.0, 1.0), default=DEFAULT_MIN_CONFIDENCE,
    show_default=True, help="Leave out events less likely than this to be real and in scope "
    "(the calibrated `confidence` of each event).")


@click.group(cls=_Group)
@click.version_option(package_name="eventwire")
@click.option("--gazetteer", metavar="PATH|bundled", default=None,
              help="The gazetteer index to use: one `eventwire gazetteer build` wrote, or "
              "'bundled' [default: $EVENTWIRE_GAZETTEER, else a built index in "
              "~/.local/share/eventwire, else the bundled tables].")
def cli(gazetteer: str | None) -> None:
    """Structured, sourced, geolocated event data from news reports."""
    if gazetteer:       # read by places.gazetteer.user_index(), in workers too
        import os
        os.environ["EVENTWIRE_GAZETTEER"] = gazetteer


# --------------------------------------------------------------------------- read


@cli.command()
@_paths
@_pub
@_reading
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document.")
def read(paths: tuple[str, ...], published: date | None, as_json: bool) -> None:
    """Show what eventwire reads from each input (id, title, dates, dateline, clean text)."""
    from .pipeline import Pipeline

    progress = _Progress(quiet=True)
    n = 0
    for doc in progress.documents_of(Pipeline().read(paths, published=published,
                                                     stdin=sys.stdin, columns=_columns())):
        n += 1
        click.echo(json.dumps(document_to_json(doc), ensure_ascii=False) if as_json
                   else _describe(doc))
    _exit_if_nothing(n)


def _describe(d: Document) -> str:
    head = [f"# {d.id[:16]}  {d.source}" + (f":{d.line}" if d.line else ""),
            f"title:     {d.title or '-'}", f"url:       {d.url or '-'}",
            f"published: {d.published or 'unknown'}"
            + (f" (from {d.published_from})" if d.published_from else ""),
            f"dateline:  {d.dateline or '-'}", ""]
    return "\n".join(head) + d.text + "\n"


# --------------------------------------------------------------------------- extract


@cli.command()
@_paths
@_pub
@_reading
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXTRACT), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@_workers
@_document_timeout
@_scheduler
@_outlets
@actors_option
@_min_confidence
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract(paths: tuple[str, ...], published: date | None, fmt: str, output: Path | None,
            workers: int, document_timeout: float | None, scheduler: str | None,
            outlets: Path | None, min_confidence: float, quiet: bool) -> None:
    """Read news reports and print their events (no database needed)."""
    _check_output(output)
    _ON_STOP["note"] = "no events were written (extract writes them once every input is read)"
    from .export import export_events
    from .export.documents import Documents
    from .merge import merge
    from .pipeline import Pipeline

    events: list[Event] = []
    documents = Documents()        # each one's language and outlets, as exports from a store
    progress = _Progress(quiet)
    docs = progress.documents_of(Pipeline().read(paths, published=published, stdin=sys.stdin,
                                                 columns=_columns()))
    for result in progress.track(_run(docs, workers, scheduler, outlets, document_timeout,
                                            min_confidence)):
        events.extend(result.events)
        documents.add(result.document)
    merged = merge(events)
    kept = [e for e in merged if e.confidence >= min_confidence]
    result = export_events(kept, fmt, output or sys.stdout.buffer, documents)
    progress.close(events=len(kept), extra="; ".join(filter(None, (
        _left_out(result.skipped, fmt), _less_likely(len(merged) - len(kept), min_confidence)))))
    _exit_if_nothing(progress.documents)


def _run(docs: Iterable[Document], workers: int, scheduler: str | None,
         outlets: Path | None, document_timeout: float | None = None,
         min_confidence: float = 0.0) -> Iterator[Any]:
    from . import parallel
    from .pipeline import Pipeline

    tables = {k: v for k, v in (("outlets", outlets), ("actors", chosen_actors())) if v}
    # A document with no event at the threshold skips actors, places and dates.
    factory = partial(Pipeline, **tables, min_confidence=min_confidence)
    if scheduler in (None, "local"):          # processes on this machine
        workers = _capped(workers)
    if scheduler:
        return parallel.run_dask(docs, scheduler=None if scheduler == "local" else scheduler,
                                 workers=workers, factory=factory)
    seconds = parallel.DOCUMENT_SECONDS if document_timeout is None else document_timeout
    return parallel.run(docs, workers=workers, factory=factory, seconds=seconds or None)


def _capped(workers: int) -> int:
    """``workers``, at most one per CPU this process may use: each worker holds its own
    models (about 500 MB), and more workers than CPUs add memory, not speed."""
    cpus = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1)
    if workers > cpus:
        _say(f"warning: --workers {workers} is more than the {cpus} CPUs here: using {cpus} "
             "(each worker holds its own models, about 500 MB)")
    return min(workers, cpus)


# --------------------------------------------------------------------------- ingest / export


@cli.command()
@click.argument("paths", nargs=-1)
@_pub
@_reading
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--reprocess", is_flag=True, help="Read the documents already stored again with "
              "this eventwire and replace their events (no PATHS); reviews are kept, and what "
              "became of them is said. --published dates the documents that have no date of "
              "their own; the column options read the stored documents' tables again.")
@_workers
@_document_timeout
@_scheduler
@_outlets
@actors_option
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0,
              show_default=True, help="Store only events at least this likely to be real and "
              "in scope; by default every event is stored, and `export --min-confidence` "
              "chooses later.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def ingest(paths: tuple[str, ...], published: date | None, db: str, reprocess: bool,
           workers: int, document_timeout: float | None, scheduler: str | None,
           outlets: Path | None, min_confidence: float, quiet: bool) -> None:
    """Extract events into a DuckDB store; idempotent, and a killed run resumes."""
    from .cli_store import check_paths
    from .cli_store import reprocess as reprocess_store
    from .pipeline import Pipeline
    from .store import ReleasedStore

    check_paths(paths, reprocess)
    if reprocess:
        return reprocess_store(db, workers=workers, scheduler=scheduler, outlets=outlets,
                               document_timeout=document_timeout,
                               min_confidence=min_confidence, quiet=quiet,
                               published=published, columns=_columns())

    _ON_STOP["note"] = ("every batch stored so far is kept: rerun the same command to resume "
                        "after it")
    progress = _Progress(quiet)
    # Opened (and migrated) now, before any input is read; held only while a batch is looked
    # up or written, so that export can read the store during a long run.
    with ReleasedStore(db) as store:
        docs = _new_documents(store, Pipeline().read(paths, published=published,
                                                     stdin=sys.stdin, columns=_columns()),
                              progress)
        results = _confident(progress.track(_run(docs, workers, scheduler, outlets,
                                                 document_timeout, min_confidence)),
                             min_confidence)
        added = _store_in_batches(store, results, progress)
        counts = store.counts()
    progress.close(events=added, extra=f"store now holds {counts.get('events', 0)} events "
                   f"from {counts.get('documents', 0)} documents ({db})")
    _exit_if_nothing(progress.documents + progress.already_stored + progress.sources_added)


def _confident(results: Iterable[Any], min_confidence: float) -> Iterator[Any]:
    """Each document's result with its events below ``min_confidence`` left out."""
    for r in results:
        if min_confidence and any(e.confidence < min_confidence for e in r.events):
            r = replace(r, events=tuple(e for e in r.events if e.confidence >= min_confidence))
        yield r


def _new_documents(store: Any, items: Iterable[Document | Failure],
                   progress: _Progress) -> Iterator[Document]:
    """Documents not yet in the store: a rerun skips them, a killed run resumes."""
    docs = progress.documents_of(items)
    while chunk := list(islice(docs, INGEST_BATCH)):    # one lookup per batch, not per document
        stored = store.has_documents(d.id for d in chunk)
        again = [d for d in chunk if d.id in stored]
        added = store.add_sources(again) if again else 0    # another outlet of a stored text
        progress.sources_added += added
        progress.already_stored += len(again) - added
        yield from (d for d in chunk if d.id not in stored)


def _store_in_batches(store: Any, results: Iterable[Any], progress: _Progress) -> int:
    """Commit documents with their events (and failures seen so far) in transactions; a
    document the store could not hold is reported like any failed document."""
    added = 0
    batch: list[tuple[Document, tuple[Event, ...]]] = []
    failures = progress.unsaved

    def commit() -> int:
        result = store.add_batch(batch, tuple(failures))
        failures.clear()
        for failure in result.failed:           # recorded by the store already
            progress.fail(failure, recorded=True)
            progress.documents -= 1
        return result.events_added

    for result in results:
        batch.append((result.document, result.events))
        if len(batch) >= INGEST_BATCH:
            added += commit()
            batch = []
    if batch or failures:
        added += commit()
    return added


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False, exists=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXPORT), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--since", callback=_published, metavar="YYYY-MM-DD", help="Events on or after.")
@click.option("--until", callback=_published, metavar="YYYY-MM-DD", help="Events on or before.")
@filter_options
@_min_confidence
@click.option("--include-rejected", is_flag=True, help="Also export the events a reviewer "
              "rejected (their `reviewed` field says so).")
def export(db: str, fmt: str, output: Path | None, since: date | None, until: date | None,
           country: tuple[str, ...], label: tuple[str, ...], actor: tuple[str, ...],
           bbox: str | None, min_confidence: float, include_rejected: bool) -> None:
    """Export stored events, filtered, in any format."""
    wanted = where(country, label, actor, bbox, since, until)
    _check_output(output)
    from .export import export_events
    from .export.documents import Documents
    from .store import Store

    # Read-only: never migrates or writes, works on a read-only disk, and waits for an
    # ingest's batch write to finish instead of failing.
    with Store.open(db, read_only=True) as store:
        events = selected(store, wanted, since=since, until=until,
                          min_confidence=min_confidence, include_rejected=include_rejected)
        # Each document's language and every outlet of its text, added to the records.
        result = export_events(events, fmt, output or sys.stdout.buffer,
                               Documents.load(store._con))
    click.echo(f"eventwire: exported {result.written} events"
               + (f"; {_left_out(result.skipped, fmt)}" if result.skipped else ""), err=True)


def _less_likely(n: int, min_confidence: float) -> str:
    return f"{n} less likely than --min-confidence {min_confidence} left out" if n else ""


def _left_out(skipped: int, fmt: str) -> str:
    """Why a format left events out (no coordinates for GeoJSON, no ACLED type for ACLED)."""
    if not skipped:
        return ""
    why = {"geojson": "without coordinates",
           "acled-csv": "without an ACLED event type, a country or a date"}
    return f"{skipped} events {why.get(fmt, '')} left out of {fmt}".replace("  ", " ")


# --------------------------------------------------------------------------- eval


@cli.group(name="eval", cls=_Group)
def eval_() -> None:
    """Score eventwire on annotated gold data."""


def _print_scores(scores: Any, as_json: bool) -> None:
    click.echo(json.dumps(scores.to_json(), indent=None if as_json else 2)
               if as_json else scores.format_table())


@eval_.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["lgl", "trnews"]), default="lgl",
              show_default=True)
@click.option("--gold-spans", is_flag=True, help="Resolve the gold spans (resolution only).")
@click.option("--baseline", is_flag=True,
              help="Score the naive lookup instead (spaCy GPE/LOC, country, else largest town).")
@click.option("--json", "as_json", is_flag=True)
def geoparse(path: Path, fmt: str, gold_spans: bool, baseline: bool, as_json: bool) -> None:
    """Toponym recognition and resolution (LGL / TR-News XML)."""
    from .evaluate.geo import NaiveGeoparser, evaluate_geo
    from .places import load_gazetteer
    naive = NaiveGeoparser(load_gazetteer()) if baseline else None
    _print_scores(evaluate_geo(path, fmt=fmt, gold_spans=gold_spans, geoparser=naive), as_json)


@eval_.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["timeml"]), default="timeml",
              show_default=True)
@click.option("--json", "as_json", is_flag=True)
def dates(path: Path, fmt: str, as_json: bool) -> None:
    """Time expression recognition and normalisation (TimeML .tml files)."""
    from .evaluate.dates import evaluate_timeml
    _print_scores(evaluate_timeml(path), as_json)


@eval_.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["case2021", "plover"]), required=True)
@click.option("--json", "as_json", is_flag=True)
def events(path: Path, fmt: str, as_json: bool) -> None:
    """Event typing (CASE 2021 snippets) or PLOVER coding (PLOVER gold records)."""
    from .evaluate.events import evaluate_events
    _print_scores(evaluate_events(path, fmt=fmt), as_json)


@eval_.command()
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def articles(path: Path, as_json: bool) -> None:
    """Article body extraction from HTML (ground-truth.json + html/)."""
    from .evaluate.articles import evaluate_articles
    _print_scores(evaluate_articles(path), as_json)


@eval_.command()
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--url-dates", is_flag=True, help="Score pages without a gold date against "
              "the date in their URL, read with the URL hidden.")
@click.option("--baseline", is_flag=True, help="Score htmldate alone (extensive_search, "
              "original_date) instead.")
@click.option("--show", type=int, default=10, show_default=True, help="Misses to list.")
@click.option("--json", "as_json", is_flag=True)
def published(path: Path, url_dates: bool, baseline: bool, show: int, as_json: bool) -> None:
    """Publication dates read from HTML pages (ground-truth.json + html/)."""
    from .evaluate.published import evaluate_dates, htmldate_alone, read_date
    _print_scores(evaluate_dates(path, url_dates=url_dates, show=show,
                                 reader=htmldate_alone if baseline else read_date), as_json)


@eval_.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--corpus", type=click.Choice(["trnews", "lgl", "all"]), default="all",
              show_default=True)
@click.option("--events", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score this JSON Lines file of event records instead of running eventwire.")
@click.option("--trnews-xml", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TR-News.xml [default: geo/trnews/ beside the gold's folder].")
@click.option("--lgl-xml", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="lgl.xml [default: geo/lgl/ beside the gold's folder].")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out events less confident than this before scoring [default: "
              "extract's default when eventwire runs here; every event of an --events file].")
@click.option("--show", type=click.IntRange(0), default=10, show_default=True,
              help="Worst false events and misses to list per corpus.")
@click.option("--json", "as_json", is_flag=True)
def e2e(gold: Path, corpus: str, events: Path | None, trnews_xml: Path | None,
        lgl_xml: Path | None, min_confidence: float | None, show: int, as_json: bool) -> None:
    """Events read end to end from whole articles (events-e2e gold.jsonl), per corpus."""
    from .evaluate.e2e import evaluate_e2e
    _print_scores(evaluate_e2e(gold, corpus=corpus, events=events, show=show,
                               xml={"trnews": trnews_xml, "lgl": lgl_xml},
                               min_confidence=min_confidence if min_confidence is not None
                               else None if events else DEFAULT_MIN_CONFIDENCE), as_json)


@eval_.command(name="merge")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--events", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score this JSON Lines file of event records instead of running eventwire.")
@_min_confidence
@click.option("--json", "as_json", is_flag=True)
def merge_(path: Path, events: Path | None, min_confidence: float, as_json: bool) -> None:
    """Cross-report merging (merge-ecbplus docs.jsonl), scored as its score.py does."""
    from .evaluate.merge import evaluate_merge
    _print_scores(evaluate_merge(path, min_confidence, events), as_json)


# --------------------------------------------------------------------------- helpers


class _Progress:
    """Progress bar on stderr (documents/s, events found) and a closing summary."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.documents = 0
        self.failures = 0
        self.already_stored = 0
        self.sources_added = 0                # stored texts read again from another outlet
        self.unsaved: list[Failure] = []      # failures not yet recorded in a store
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
        _echo_failure(failure)
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
        parts = [f"{self.documents} documents", f"{events} events", f"{self.failures} failures"]
        if self.sources_added:
            parts.append(f"{self.sources_added} new sources of stored documents")
        if self.already_stored:
            parts.append(f"{self.already_stored} already stored")
        click.echo(f"eventwire: {', '.join(parts)} in {seconds:.1f} s ({rate:.1f} docs/s)"
                   + (f"; {extra}" if extra else ""), err=True)


def _echo_failure(f: Failure) -> None:
    where = f"{f.source}:{f.line}" if f.line is not None else f.source
    _say(f"skipped {where} ({f.stage}): {f.message}")


def _exit_if_nothing(documents_read: int) -> None:
    if documents_read == 0:
        raise _Failed("nothing could be read from the inputs (see the lines above): "
                      "give articles (.html, .txt), feeds, archives, .jsonl or tables, a "
                      "directory of them, or - for stdin")


# Commands kept in modules of their own, registered last (they use the helpers above).
from .cli_watch import watch  # noqa: E402
cli.add_command(watch)


# What a stopped command says it leaves behind (set by the command running).
_ON_STOP = {"note": "nothing was left half-done"}


# The signals received, in order: a signal raised inside a library call may surface as the
# library's own error instead of Stopped (DuckDB: "Query interrupted").
_SIGNALLED: list[int] = []


def _stop(signum: int, frame: Any) -> None:
    from .errors import Stopped
    _SIGNALLED.append(signum)
    raise Stopped(signum)


def main() -> None:
    """The command line, with SIGTERM and SIGINT turned into a clean stop: one line, and
    exit status 128 + the signal (143, 130); workers are ended by :mod:`eventwire.parallel`
    and a store batch is one transaction, so the store stays whole."""
    from .errors import Stopped

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop)
    try:
        try:
            cli(prog_name="eventwire")
        except (Exception, SystemExit) as exc:
            failed = not isinstance(exc, SystemExit) or exc.code not in (0, None)
            if not (_SIGNALLED and failed):
                raise
            raise Stopped(_SIGNALLED[0]) from exc
    except Stopped as stop:
        _say(f"stopped by {stop.name}: {_ON_STOP['note']}")
        sys.exit(128 + stop.signum)
    finally:
        # The command has ended and said how. Python's exit puts handlers back to the
        # default before it is done (a signal then killed the process with no message: ingest
        # with workers, signalled as it finished); ignored ones it leaves alone.
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.SIG_IGN)


from .cli_actors import eval_actors  # noqa: E402
from .cli_serve import serve  # noqa: E402
from .cli_summary import summary  # noqa: E402
cli.add_command(serve)
cli.add_command(summary)
from .cli_gazetteer import gazetteer as _gazetteer_commands  # noqa: E402
cli.add_command(_gazetteer_commands)
eval_.add_command(eval_actors)

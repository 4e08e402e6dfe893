"""``eventwire read`` and ``eventwire extract``: what is read from the inputs, and their events,
with no store (thin layers over eventwire.pipeline and eventwire.export)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from .cli_actors import actors_option
from .cli_options import (
    chosen_columns,
    document_timeout_option,
    include_crime_option,
    min_confidence_option,
    outlets_option,
    paths_argument,
    published_option,
    reading_options,
    scheduler_option,
    workers_option,
)
from .cli_output import (
    ON_STOP,
    Progress,
    check_writable,
    exit_if_nothing,
    left_out,
    less_likely,
)
from .cli_run import run_pipeline
from .records import Document, Event, document_to_json, kept_confidence

FORMATS_EXTRACT = ("jsonl", "acled-csv", "plover", "geojson", "table")


@click.command()
@paths_argument
@published_option
@reading_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document.")
def read(paths: tuple[str, ...], published: date | None, as_json: bool) -> None:
    """Show what eventwire reads from each input (id, title, dates, dateline, clean text)."""
    from .pipeline import Pipeline

    progress = Progress(quiet=True)
    n = 0
    for doc in progress.documents_of(Pipeline().read(paths, published=published,
                                                     stdin=sys.stdin, columns=chosen_columns())):
        n += 1
        click.echo(json.dumps(document_to_json(doc), ensure_ascii=False) if as_json
                   else _describe(doc))
    exit_if_nothing(n)


def _describe(d: Document) -> str:
    head = [f"# {d.id[:16]}  {d.source}" + (f":{d.line}" if d.line else ""),
            f"title:     {d.title or '-'}", f"url:       {d.url or '-'}",
            f"published: {d.published or 'unknown'}"
            + (f" (from {d.published_from})" if d.published_from else ""),
            f"dateline:  {d.dateline or '-'}", ""]
    return "\n".join(head) + d.text + "\n"


@click.command()
@paths_argument
@published_option
@reading_options
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXTRACT), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@workers_option
@document_timeout_option
@scheduler_option
@outlets_option
@actors_option
@min_confidence_option
@include_crime_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract(paths: tuple[str, ...], published: date | None, fmt: str, output: Path | None,
            workers: int, document_timeout: float | None, scheduler: str | None,
            outlets: Path | None, min_confidence: float, include_crime: bool,
            quiet: bool) -> None:
    """Read news reports and print their events (no database needed)."""
    check_writable(output)
    ON_STOP["note"] = "no events were written (extract writes them once every input is read)"
    from .export import export_events
    from .export.documents import Documents
    from .merge import merge
    from .pipeline import Pipeline

    events: list[Event] = []
    documents = Documents()        # each one's language and outlets, as exports from a store
    progress = Progress(quiet)
    docs = progress.documents_of(Pipeline().read(paths, published=published, stdin=sys.stdin,
                                                 columns=chosen_columns()))
    for result in progress.track(run_pipeline(docs, workers, scheduler, outlets,
                                              document_timeout, min_confidence,
                                              include_crime)):
        events.extend(result.events)
        documents.add(result.document)
    merged = merge(events)
    kept = [e for e in merged if kept_confidence(e, include_crime) >= min_confidence]
    result = export_events(kept, fmt, output or sys.stdout.buffer, documents)
    progress.close(events=len(kept), extra="; ".join(filter(None, (
        left_out(result.skipped, fmt), less_likely(len(merged) - len(kept), min_confidence)))))
    exit_if_nothing(progress.documents)

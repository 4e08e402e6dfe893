"""``eventwire export``: stored events, filtered, in any format (a thin layer over
eventwire.export; the filters are :mod:`eventwire.cli_summary`'s)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from .cli_options import DEFAULT_DB, include_crime_option, min_confidence_option, parse_date
from .cli_output import check_writable, left_out
from .cli_summary import filter_options, selected, where

FORMATS_EXPORT = ("jsonl", "acled-csv", "plover", "geojson", "parquet", "table")


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False, exists=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXPORT), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or after.")
@click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or before.")
@filter_options
@min_confidence_option
@include_crime_option
@click.option("--include-rejected", is_flag=True, help="Also export the events a reviewer "
              "rejected (their `reviewed` field says so).")
def export(db: str, fmt: str, output: Path | None, since: date | None, until: date | None,
           country: tuple[str, ...], admin1: tuple[str, ...], admin2: tuple[str, ...],
           label: tuple[str, ...], actor: tuple[str, ...], target_kind: tuple[str, ...],
           bbox: str | None, min_confidence: float, include_crime: bool,
           include_rejected: bool) -> None:
    """Export stored events, filtered, in any format."""
    wanted = where(country, label, actor, bbox, since, until,
                   admin={"admin1": admin1, "admin2": admin2}, target_kind=target_kind)
    check_writable(output)
    from .export import export_events
    from .export.documents import Documents
    from .store import Store

    # Read-only: never migrates or writes, works on a read-only disk, and waits for an
    # ingest's batch write to finish instead of failing.
    with Store.open(db, read_only=True) as store:
        events = selected(store, wanted, since=since, until=until,
                          min_confidence=min_confidence, include_rejected=include_rejected,
                          include_crime=include_crime)
        # Each document's language and every outlet of its text, added to the records.
        result = export_events(events, fmt, output or sys.stdout.buffer,
                               Documents.load(store._con))
    click.echo(f"eventwire: exported {result.written} events"
               + (f"; {left_out(result.skipped, fmt)}" if result.skipped else ""), err=True)

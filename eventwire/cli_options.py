"""Options the commands share: how inputs are read and dated, how the pipeline runs, and the
confidence threshold; each value is checked before any input is read."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from .errors import EventwireError
from .events.model import DEFAULT_MIN_CONFIDENCE

DEFAULT_DB = "eventwire.duckdb"


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
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


def parse_published(ctx: click.Context, param: click.Parameter, value: str | None
                    ) -> date | None:
    """A publication date as records may give one: from published.EARLIEST to tomorrow (a
    date at the calendar's ends would fail every document where relative dates are worked
    out from it)."""
    from .published import EARLIEST, parse_date_value

    day = parse_date(ctx, param, value)
    if day is not None and parse_date_value(day.isoformat()) is None:
        raise click.BadParameter(f"{value!r} is not a publication date eventwire takes: give "
                                 f"one from {EARLIEST.isoformat()} to tomorrow")
    return day


paths_argument = click.argument("paths", nargs=-1, required=True)
published_option = click.option(
    "--published", callback=parse_published, metavar="YYYY-MM-DD",
    help="Publication date of inputs that give none of their own (it anchors relative "
    "dates; a record's, page's or URL's date wins).")


def _column(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """Collects the --*-column options into one column map, read by :func:`chosen_columns`."""
    if value is not None:
        ctx.meta.setdefault("eventwire.columns", {})[param.name.removesuffix("_column")] = value


def _date_order(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.meta.setdefault("eventwire.columns", {})["date_order"] = value


def reading_options(command: Any) -> Any:
    """The options that say how inputs are read: which columns of a CSV/TSV table hold what,
    and the order of day and month in the dates of tables and JSON Lines records."""
    command = click.option(
        "--date-order", type=click.Choice(["day-first", "month-first"]), callback=_date_order,
        expose_value=False, help="CSV/TSV and JSON Lines inputs: how their numeric dates "
        "such as 08/02/2021 are written (default: such a date fails its record; 17/11/2015, "
        "2015/11/17 and 17.11.2015 are read anyway).")(command)
    for field, what in reversed((("text", "the article text"), ("url", "its address"),
                                 ("title", "its headline"), ("published", "its publication date"))):
        command = click.option(f"--{field}-column", metavar="NAME", callback=_column,
                               expose_value=False, help=f"CSV/TSV inputs: the column holding "
                               f"{what} (default: found by header name).")(command)
    return command


def chosen_columns() -> Any:
    """The column map given by the --*-column options of the running command."""
    from .read import Columns
    return Columns(**click.get_current_context().meta.get("eventwire.columns", {}))


workers_option = click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True,
    help="Processes to use (one model copy each, about 500 MB); more than the CPUs here is "
    "cut to their number, with a warning.")
document_timeout_option = click.option(
    "--document-timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
    help="Seconds one document may take before it is skipped as a failure (stage budget), "
    "so that no document stalls the run [default: eventwire.parallel.DOCUMENT_SECONDS, "
    "120; 0: no limit].")
scheduler_option = click.option(
    "--dask", "scheduler", metavar="ADDRESS", default=None,
    help="Run on a dask cluster ('local' starts one); needs eventwire[dask].")
outlets_option = click.option(
    "--outlets", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    callback=_outlet_table, help="A table of news outlets and their home towns to add to the "
    "bundled one (its format: outlets.tsv).")
min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0.0, 1.0), default=DEFAULT_MIN_CONFIDENCE,
    show_default=True, help="Leave out events less likely than this to be real and in scope "
    "(the calibrated `confidence` of each event).")
include_crime_option = click.option(
    "--include-crime", is_flag=True, help="Keep events of ordinary crime and policing too (a "
    "murder, a routine arrest, a suspect shot by police: scope `crime`), comparing "
    "--min-confidence with each event's `confidence_with_crime`.")

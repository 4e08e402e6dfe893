"""``eventwire summary`` and the event filters ``export`` and ``summary`` share (a thin layer
over eventwire.export.filters and eventwire.export.summary)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import click

from .cli_options import include_crime_option
from .cli_output import Usage
from .events.model import DEFAULT_MIN_CONFIDENCE

DEFAULT_DB = "eventwire.duckdb"


@dataclass(frozen=True, slots=True)
class Wanted:
    """Checked filter values (labels upper-cased, countries as their spellings, regions
    lower-cased by level: ("admin1", names), ...)."""

    countries: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None
    admin: tuple[tuple[str, tuple[str, ...]], ...] = ()
    target_kinds: tuple[str, ...] = ()


def where(country: tuple[str, ...], label: tuple[str, ...], actor: tuple[str, ...] = (),
          bbox: str | None = None, since: date | None = None, until: date | None = None,
          admin: Mapping[str, tuple[str, ...]] | None = None,
          target_kind: tuple[str, ...] = ()) -> Wanted:
    """The filters of the command line, checked before any store is opened: an unknown
    label, country or target kind, or a reversed date range, is a usage error that says
    what is valid. ``admin``: the --admin1/--admin2 values by level (checked against the
    store's places when it is read)."""
    from .export import filters

    if since and until and since > until:
        raise Usage(f"--since {since} is after --until {until}: no event can be in that "
                    "range; swap them")
    try:
        return Wanted(filters.countries(filters.split(country)),
                      filters.labels(filters.split(label)), tuple(filters.split(actor)),
                      filters.bbox(bbox),
                      tuple((level, filters.admins(filters.split(values)))
                            for level, values in (admin or {}).items() if values),
                      filters.target_kinds(filters.split(target_kind)))
    except filters.FilterError as exc:
        raise Usage(str(exc)) from None


def selected(store: Any, wanted: Wanted, *, since: date | None, until: date | None,
             min_confidence: float, include_rejected: bool = False,
             include_crime: bool = False) -> Iterator[Any]:
    """The stored events the filters keep, reviews applied (rejected ones left out unless
    ``include_rejected``). Filters test the values as reviewed: a corrected event is kept or
    left out by its corrected label, date, place and actors, not by the extracted ones."""
    from .export.filters import FilterError, kept, known_admins, narrowed
    from .store import EventFilter
    from .store.filters import admin_names
    from .store.review import corrected_ids, reviewed

    try:
        for level, names in wanted.admin:
            known_admins(level, names, admin_names(store._con, level))
    except FilterError as exc:
        raise Usage(str(exc)) from None
    events = reviewed(store, store.events(EventFilter(
        since=since, until=until, label=wanted.labels or None, min_confidence=min_confidence,
        include_crime=include_crime, target_kinds=wanted.target_kinds,
        also=corrected_ids(store._con))),
        include_rejected=include_rejected)
    events = (e for e in events if kept(e, since=since, until=until, labels=wanted.labels,
                                        countries=wanted.countries,
                                        min_confidence=min_confidence,
                                        admin=dict(wanted.admin), include_crime=include_crime,
                                        target_kinds=wanted.target_kinds))
    return narrowed(events, wanted.actors, wanted.bbox)


def filter_options(command: Any) -> Any:
    """--country, --admin1, --admin2, --label, --actor, --target-kind, --bbox: repeated or
    comma-separated."""
    for opt in reversed((
            click.option("--country", multiple=True, help="Country name or ISO alpha-2 code; "
                         "repeat or separate by commas."),
            click.option("--admin1", multiple=True, help="First-level region (state, "
                         "province) of the place, as stored; repeat or separate by commas."),
            click.option("--admin2", multiple=True, help="Second-level region (county, "
                         "district) of the place, as stored; repeat or separate by commas."),
            click.option("--label", multiple=True, help="Event label, e.g. AIR_STRIKE; "
                         "repeat or separate by commas."),
            click.option("--actor", multiple=True, help="Part of an actor's name; repeat or "
                         "separate by commas."),
            click.option("--target-kind", multiple=True, metavar="KIND", help="Events that hit "
                         "a target of this kind (e.g. school, 'health facility'; the kinds of "
                         "data/actors_targets.tsv); repeat or separate by commas."),
            click.option("--bbox", metavar="W,S,E,N", help="Events inside this box of "
                         "degrees: west,south,east,north."))):
        command = opt(command)
    return command


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False, exists=True))
@click.option("--since", metavar="YYYY-MM-DD", type=click.DateTime(["%Y-%m-%d"]),
              help="Events on or after.")
@click.option("--until", metavar="YYYY-MM-DD", type=click.DateTime(["%Y-%m-%d"]),
              help="Events on or before.")
@filter_options
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0),
              default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Leave out events less likely than this to be real and in scope.")
@include_crime_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of a table.")
def summary(db: str, since: Any, until: Any, country: tuple[str, ...], admin1: tuple[str, ...],
            admin2: tuple[str, ...], label: tuple[str, ...], actor: tuple[str, ...],
            target_kind: tuple[str, ...], bbox: str | None, min_confidence: float,
            include_crime: bool, as_json: bool) -> None:
    """Counts of stored events by country, region, type and month, and the top actors."""
    from .export.summary import summarize
    from .store import Store

    since, until = (since.date() if since else None), (until.date() if until else None)
    wanted = where(country, label, actor, bbox, since, until,
                   admin={"admin1": admin1, "admin2": admin2}, target_kind=target_kind)
    with Store.open(db, read_only=True) as store:
        result = summarize(selected(store, wanted, since=since, until=until,
                                    min_confidence=min_confidence, include_crime=include_crime))
    click.echo(json.dumps(result.to_json(), ensure_ascii=False) if as_json
               else result.format_table())

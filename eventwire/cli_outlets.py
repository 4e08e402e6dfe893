"""``eventwire outlets learn``: a table of the outlets nobody listed, learnt from their own
articles in a store (a thin layer over :mod:`eventwire.places.learn`)."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_options import outlets_option
from .cli_output import say


@click.group()
def outlets() -> None:
    """Outlets and their home towns: the prior for the places an outlet names."""


@outlets.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False),
              help="The store whose articles teach their outlets' homes.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the table (the format of `--outlets`).")
@outlets_option
def learn(db: str, output: Path, outlets: Path | None) -> None:
    """Learn the home of each outlet that is neither bundled nor in --outlets from the
    places its stored articles name (three articles or more, half of their firm towns in
    one region). Read the store again with it: `eventwire ingest --reprocess --db DB
    --outlets FILE`."""
    from .export import check_output
    from .places.learn import articles_of, learn_outlets, write_outlets
    from .places.outlet import Outlets
    from .store import Store

    check_output(output)
    listed = Outlets.read() | (Outlets.read(outlets) if outlets else Outlets())
    with Store.open(db, read_only=True) as store:
        articles = articles_of(store.events())
    learnt = learn_outlets(articles, listed)
    write_outlets(learnt, output)
    say(f"{len(learnt)} outlets learnt from {len(articles)} stored documents "
        f"({output})")

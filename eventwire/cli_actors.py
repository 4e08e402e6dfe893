"""``eventwire eval actors`` and the ``--actors FILE`` option (thin layers over
eventwire.evaluate.actors and eventwire.actors.table)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .errors import InputError


def _actor_table(ctx: click.Context, param: click.Parameter, value: Path | None
                 ) -> Path | None:
    """Validate a user's actor table before any input is read."""
    if value is None:
        return None
    from .actors.table import load_actor_table
    try:
        load_actor_table(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from exc
    return value


_HELP = ("A table of named actors (armed groups, parties, ...) to add to the bundled one; its "
         "format: eventwire/data/ACTORS.md.")
_META = "eventwire.actors"


def _remember(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    ctx.meta[_META] = _actor_table(ctx, param, value)


# On extract and ingest: the table reaches the pipeline factory through the click context
# (chosen_actors), so the commands' signatures stay as they are.
actors_option = click.option(
    "--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    callback=_remember, expose_value=False, help=_HELP)


def chosen_actors() -> Path | None:
    """The ``--actors`` table of the running command, if any."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(_META) if ctx is not None else None


@click.command(name="actors")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Fill roles from events at least this likely [default: 0.3, see "
              "eventwire/evaluate/actors.py].")
@click.option("--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              callback=_actor_table, help=_HELP)
@click.option("--json", "as_json", is_flag=True)
def eval_actors(path: Path, min_confidence: float | None, actors: Path | None,
                as_json: bool) -> None:
    """Role fillers (perpetrators, victims, targets, weapons) on MUC-4 documents in GRIT's
    JSON Lines format, scored as GRIT scores them."""
    from .evaluate.actors import MIN_CONFIDENCE, evaluate_actors
    from .pipeline import Pipeline

    scores: Any = evaluate_actors(path, pipeline=Pipeline(actors=actors),
                                  min_confidence=MIN_CONFIDENCE if min_confidence is None
                                  else min_confidence)
    click.echo(json.dumps(scores.to_json()) if as_json else scores.format_table())

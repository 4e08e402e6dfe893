"""``eventwire eval``: eventwire scored on annotated gold data (thin layers over
eventwire.evaluate; ``eval actors`` is :mod:`eventwire.cli_actors`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .cli_actors import eval_actors
from .cli_options import include_crime_option, min_confidence_option
from .cli_output import OneLineErrors
from .events.model import DEFAULT_MIN_CONFIDENCE


@click.group(name="eval", cls=OneLineErrors)
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
@include_crime_option
@click.option("--show", type=click.IntRange(0), default=10, show_default=True,
              help="Worst false events and misses to list per corpus.")
@click.option("--json", "as_json", is_flag=True)
def e2e(gold: Path, corpus: str, events: Path | None, trnews_xml: Path | None,
        lgl_xml: Path | None, min_confidence: float | None, include_crime: bool, show: int,
        as_json: bool) -> None:
    """Events read end to end from whole articles (events-e2e gold.jsonl), per corpus."""
    from .evaluate.e2e import evaluate_e2e
    _print_scores(evaluate_e2e(gold, corpus=corpus, events=events, show=show,
                               include_crime=include_crime,
                               xml={"trnews": trnews_xml, "lgl": lgl_xml},
                               min_confidence=min_confidence if min_confidence is not None
                               else None if events else DEFAULT_MIN_CONFIDENCE), as_json)


@eval_.command(name="merge")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--events", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score this JSON Lines file of event records instead of running eventwire.")
@min_confidence_option
@click.option("--json", "as_json", is_flag=True)
def merge_(path: Path, events: Path | None, min_confidence: float, as_json: bool) -> None:
    """Cross-report merging (merge-ecbplus docs.jsonl), scored as its score.py does."""
    from .evaluate.merge import evaluate_merge
    _print_scores(evaluate_merge(path, min_confidence, events), as_json)


eval_.add_command(eval_actors)

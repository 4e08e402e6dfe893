"""``eventwire serve``: the web app and HTTP API over a store (a thin layer over eventwire.serve)."""

from __future__ import annotations

import click

DEFAULT_DB = "eventwire.duckdb"


def _tiles(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The --tiles template, checked before the store is opened."""
    if value is None:
        return None
    from .errors import InputError
    from .serve.app import tile_source
    try:
        tile_source(value)
    except InputError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[1]) from None
    except ImportError:
        return value              # the serve extra is missing: said once the command runs
    return value


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False, exists=True), help="The store to serve.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default serves this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-review", is_flag=True,
              help="Let the web app accept, reject and correct events (writes to the store).")
@click.option("--tiles", metavar="URL", callback=_tiles,
              help="Draw online map tiles from this address template under the country "
              "outlines, e.g. https://tile.example.org/{z}/{x}/{y}.png (web Mercator). "
              "Without it the map fetches nothing from the internet.")
@click.option("--tiles-credit", metavar="TEXT", default="",
              help="The credit the tile provider asks to show on the map.")
def serve(db: str, host: str, port: int, allow_review: bool, tiles: str | None,
          tiles_credit: str) -> None:
    """Serve a map, timeline, evidence pages and an HTTP API over a store (eventwire[serve])."""
    from .serve import check_installed
    from .serve import serve as run

    check_installed()
    mode = "reviews on" if allow_review else "read-only"
    online = f", map tiles from {tiles}" if tiles else ""
    click.echo(f"eventwire: serving {db} ({mode}{online}) at http://{host}:{port}/ — "
               "Ctrl-C stops", err=True)
    run(db, host=host, port=port, allow_review=allow_review, tiles=tiles,
        tiles_credit=tiles_credit)

"""``eventwire serve``: the web app and HTTP API over a store (a thin layer over eventwire.serve)."""

from __future__ import annotations

import click

DEFAULT_DB = "eventwire.duckdb"


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False, exists=True), help="The store to serve.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default serves this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-review", is_flag=True,
              help="Let the web app accept, reject and correct events (writes to the store).")
def serve(db: str, host: str, port: int, allow_review: bool) -> None:
    """Serve a map, timeline, evidence pages and an HTTP API over a store (eventwire[serve])."""
    from .serve import check_installed
    from .serve import serve as run

    check_installed()
    mode = "reviews on" if allow_review else "read-only"
    click.echo(f"eventwire: serving {db} ({mode}) at http://{host}:{port}/ — Ctrl-C stops",
               err=True)
    run(db, host=host, port=port, allow_review=allow_review)

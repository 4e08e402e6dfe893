"""The one exception tree of eventwire.

Every error says what happened and what to do about it. The CLI prints ``str(error)`` as one
line and exits non-zero; batch runs record a :class:`DocumentError` and go on.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input path or option cannot be used at all (missing path, bad --published...)."""


class DocumentError(EventwireError):
    """One document cannot be read or processed; the batch records it and goes on.

    ``source`` names the file, ``line`` the JSONL line (1-based) when there is one, and
    ``stage`` the pipeline stage that failed.
    """

    def __init__(self, message: str, *, source: str = "", line: int | None = None,
                 stage: str = "read") -> None:
        self.source = source
        self.line = line
        self.stage = stage
        self.reason = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}" if where else message)


class ResourceError(EventwireError):
    """A model, gazetteer or optional dependency is missing or broken."""


class StoreError(EventwireError):
    """The event database cannot be opened, migrated or written."""


class ReviewError(EventwireError):
    """A review cannot be recorded: an unknown event, action or field, or a bad value."""


class ExportError(EventwireError):
    """An export format or destination cannot be used."""


class EvaluationError(EventwireError):
    """Gold data for ``eventwire eval`` cannot be read."""


class FetchError(EventwireError):
    """A feed or page could not be fetched (HTTP error, no answer, robots.txt forbids it);
    ``watch`` records it against the URL and goes on. ``permanent`` is False when asking
    again later may succeed (timeouts, 429, 5xx)."""

    def __init__(self, message: str, *, url: str, status: int | None = None,
                 permanent: bool = True) -> None:
        self.url = url
        self.status = status
        self.permanent = permanent
        super().__init__(message)


class Stopped(BaseException):
    """The run was asked to stop (SIGTERM, SIGINT). Deliberately outside the tree, like
    KeyboardInterrupt: the handlers that isolate one bad document catch ``Exception`` and
    must let it through. The CLI prints one line and exits with 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        import signal
        self.signum = signum
        self.name = signal.Signals(signum).name
        super().__init__(f"stopped by {self.name}")

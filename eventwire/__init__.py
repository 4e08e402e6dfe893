"""eventwire: structured, sourced, geolocated event data from news reports.

The library API (the CLI and any server are thin layers over it)::

    import eventwire
    events = eventwire.extract(["examples/"])            # list[eventwire.Event]
    record = eventwire.event_to_record(events[0])        # the public JSON record

Heavy parts (spaCy, the gazetteer) load on first use, not at import.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from .errors import (
    DocumentError, EvaluationError, EventwireError, ExportError, InputError, ResourceError,
    StoreError,
)
from .records import (
    Actor, Claim, Count, DateValue, Document, Event, EventType, Evidence, Failure, Place,
    event_from_record, event_to_record,
)

# The read stage package (eventwire/read) shares its name with read() below: imported first,
# so that ``eventwire.read`` is the function (later imports of eventwire.read.* leave it be).
from . import read as _read_stage  # noqa: F401, I001

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = [
    "Actor", "Claim", "Count", "DateValue", "Document", "DocumentError", "EvaluationError",
    "Event", "EventType", "EventwireError", "Evidence", "ExportError", "Failure", "InputError",
    "Pipeline", "Place", "ResourceError", "StoreError", "event_from_record", "event_to_record",
    "extract", "read",
]


def read(paths: Sequence[str], *, published: date | None = None) -> list[Document | Failure]:
    """The clean documents eventwire reads from files/directories, and what it could not read."""
    from .pipeline import Pipeline
    return list(Pipeline().read(paths, published=published))


def extract(paths: Sequence[str], *, published: date | None = None,
            workers: int = 1) -> list[Event]:
    """Events from files/directories of .html, .txt and .jsonl news reports, merged."""
    from .merge import merge
    from .parallel import run
    from .pipeline import Pipeline

    docs = (d for d in Pipeline().read(paths, published=published) if isinstance(d, Document))
    events = [e for r in run(docs, workers=workers) if not isinstance(r, Failure)
              for e in r.events]
    return merge(events)


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from .pipeline import Pipeline
        return Pipeline
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")

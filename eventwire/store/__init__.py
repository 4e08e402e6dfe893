"""The store stage: events kept in an embedded DuckDB database (see :mod:`.database`)."""

from .database import BatchResult, EventFilter, ReleasedStore, Store
from .migrations import MIGRATIONS, SCHEMA_VERSION

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "BatchResult", "EventFilter", "ReleasedStore",
           "Store"]

"""The store stage: events kept in an embedded DuckDB database (see :mod:`.database`), held
between a long ingest's batches by :class:`.released.ReleasedStore`."""

from .database import BatchResult, EventFilter, Store
from .migrations import MIGRATIONS, SCHEMA_VERSION
from .released import ReleasedStore

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "BatchResult", "EventFilter", "ReleasedStore",
           "Store"]

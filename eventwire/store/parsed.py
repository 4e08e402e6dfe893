"""Stored reports as merging compares them, parsed once per process rather than once per batch.

Merging a new report compares it with every stored report of its blocks (:mod:`.merging`): in
a dense story (a region at war, a season of protests) that is dozens of stored reports per new
one, the same ones batch after batch. Parsing a stored record (JSON, then the event, then
:func:`eventwire.merge.evidence.profile` and the blocking keys) cost more than the rest of
merging together (issue 12: ``ingest`` slowed as the store grew). What the comparison reads is
kept here, by report id, for the process's life, at most :data:`CACHED_REPORTS` of them.

A report id is derived from the report's content, and a stored report's record never changes
while it is stored: only reprocessing deletes reports, and it calls :func:`forget`. Another
process reprocessing the same store while this one ingests would leave this one's parsed
reports stale until it stops; ``ingest`` and ``reprocess`` of one store are not meant to run
at once (each holds the store while it writes).

The "one event" edges a component's clustering found are kept too (:class:`EdgeCache`): a
report joining it adds its own edges, and the component is clustered again from those.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from ..merge.blocking import keys
from ..merge.cluster import order_key
from ..merge.evidence import Profile, profile
from ..records import Event

# Parsed reports kept per process. One holds about 3.9 KB (its profile's word sets and
# sentences, its order and blocking keys: `python benchmarks/parsed_size.py STORE` on the
# store of 36,000 documents of benchmarks/ingest_vs_extract.py's feed), so at most about
# 390 MB; an ingest's working set is the reports of its blocks, and a store larger than this
# reads the least recently used again.
CACHED_REPORTS = 100_000


@dataclass(frozen=True, slots=True)
class Parsed:
    """What merging reads of a report besides its ids."""

    profile: Profile
    order: tuple                # sorts as merge.sort_key sorts reports of distinct ids
    keys: tuple[str, ...]       # its blocking keys

    @classmethod
    def of(cls, e: Event) -> Parsed:
        p = profile(e)
        return cls(p, order_key(e), tuple(keys(e, p)))


class Cache:
    """Parsed reports by report id, the least recently used dropped first."""

    def __init__(self, size: int = CACHED_REPORTS) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[str, str], Parsed] = OrderedDict()

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, where: str, ids: Iterable[str]) -> dict[str, Parsed]:
        """The kept reports among ``ids`` of the store at ``where``."""
        found = {}
        for i in ids:
            if (hit := self._kept.get((where, i))) is not None:
                self._kept.move_to_end((where, i))
                found[i] = hit
        return found

    def put(self, where: str, items: Iterable[tuple[str, Parsed]]) -> None:
        if where == ":memory:":          # every in-memory store is another database
            return
        for i, parsed in items:
            self._kept[(where, i)] = parsed
            self._kept.move_to_end((where, i))
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)

    def forget(self) -> None:
        self._kept.clear()


CACHE = Cache()


# Edges kept per process, over all components: one takes about 100 bytes (a float and two
# ids shared with the parsed reports), so at most about 50 MB.
CACHED_EDGES = 500_000


@dataclass(frozen=True, slots=True)
class Known:
    """A component's "one event" edges (score, report id, report id), all of them for the
    reports ``members``."""

    members: frozenset[str]
    links: tuple[tuple[float, str, str], ...]


class EdgeCache:
    """Each component's edges as its last clustering found them, so that clustering it again
    when a report joins costs its edges, not the comparisons of all its reports' pairs. A
    component's edges are used only while its stored reports are the ones they were found
    for: another process adding to or taking from it makes them be found again."""

    def __init__(self, size: int = CACHED_EDGES) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[str, str], Known] = OrderedDict()
        self._count = 0

    def get(self, where: str, component: str, members: frozenset[str]) -> Known | None:
        known = self._kept.get((where, component))
        if known is None or known.members != members:
            return None
        self._kept.move_to_end((where, component))
        return known

    def put(self, where: str, component: str, known: Known) -> None:
        if where == ":memory:":
            return
        self.drop(where, [component])
        self._kept[(where, component)] = known
        self._count += len(known.links)
        while self._count > self.size and self._kept:
            self._count -= len(self._kept.popitem(last=False)[1].links)

    def drop(self, where: str, components: Iterable[str]) -> None:
        for c in components:
            if (gone := self._kept.pop((where, c), None)) is not None:
                self._count -= len(gone.links)

    def forget(self) -> None:
        self._kept.clear()
        self._count = 0


EDGES = EdgeCache()

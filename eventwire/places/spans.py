"""Where names lie in a text: the characters a set of place mentions covers, and entities
found by their offsets (both read by :mod:`.recognize` for every name a document holds)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Entity

if TYPE_CHECKING:                       # .recognize reads this module
    from .recognize import Mention


def overlaps(m: Mention, taken: Sequence[Mention]) -> bool:
    """``m`` shares a character with one of ``taken``."""
    return any(m.start < t.end and t.start < m.end for t in taken)


class Covered:
    """The characters a set of mentions covers: asking whether a mention overlaps one of them
    costs the mention's length, not the number of mentions (event-dense text names thousands
    of places, and comparing each name with all of them was quadratic). Empty spans, which
    names never have, are compared one by one as :func:`overlaps` does."""

    def __init__(self, size: int, mentions: Sequence[Mention] = ()) -> None:
        self._marks = bytearray(size)
        self._all: list[Mention] = []
        self._empty: list[Mention] = []
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        self._all.append(m)
        if m.end > len(self._marks):
            self._marks.extend(bytes(m.end - len(self._marks)))
        if m.start < m.end:
            self._marks[m.start:m.end] = b"\x01" * (m.end - m.start)
        else:
            self._empty.append(m)

    def overlaps(self, m: Mention) -> bool:
        if m.start >= m.end:
            return overlaps(m, self._all)
        return self._marks.find(1, m.start, m.end) >= 0 or overlaps(m, self._empty)


class Spans:
    """Entities, found by where they lie: those over a span cost the entities that start near
    it, not all of them (event-dense text has thousands, and comparing each name the
    gazetteer scan found with all of them was quadratic)."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._entities = entities
        self._order = sorted(range(len(entities)), key=lambda i: entities[i].start)
        self._starts = [entities[i].start for i in self._order]
        self._longest = max((e.end - e.start for e in entities), default=0)

    def over(self, start: int, end: int) -> list[Entity]:
        """The entities overlapping ``start:end``, in the order they were given."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        near = sorted(self._order[k] for k in range(lo, hi))
        return [e for e in map(self._entities.__getitem__, near)
                if e.start < end and start < e.end]

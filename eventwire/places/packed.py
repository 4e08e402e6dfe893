"""A gazetteer index in a compact form: what the streaming build (:mod:`.streambuild`) holds
and writes, without one Python object per place or per name.

Names and keys are "\\n"-joined UTF-8 blobs, numbers typed arrays, codes small integers into a
table of their values, and a name index is its keys in order, how many entries each has and
the entries one after the other. Pickled, a :class:`PackedIndex` loads as the
:class:`~.gazetteer.Gazetteer` it stands for (``read_index`` reads it like any index), and the
writer never holds that Gazetteer: for a full GeoNames dump it, and the pickler's memo of its
millions of objects, would take more memory than the build itself.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from itertools import islice
from pickle import PickleBuffer

from .gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class PackedNames:
    """A name index: ``keys`` in the index's order, ``counts[k]`` entries of key ``k`` in
    ``entries`` after those of the keys before it (best prior first)."""

    keys: bytes | bytearray             # "\n".join(keys), UTF-8
    counts: Sequence[int]               # array('B'): 0 to MAX_CANDIDATES
    entries: Sequence[int]              # array('I')

    def unpack(self) -> dict[str, int | tuple[int, ...]]:
        """The index as a Gazetteer holds it: one entry as an int, more (or none) as a tuple."""
        it = iter(self.entries)
        out: dict[str, int | tuple[int, ...]] = {}
        for key, n in zip(split(self.keys, len(self.counts)), self.counts):
            out[key] = next(it) if n == 1 else tuple(islice(it, n))
        return out


class PackedNamesWriter:
    """Builds a :class:`PackedNames` one key at a time."""

    def __init__(self) -> None:
        self.keys = bytearray()
        self.counts = array("B")
        self.entries = array("I")

    def add(self, key: str, entries: Iterable[int]) -> None:
        if self.counts:
            self.keys += b"\n"
        self.keys += key.encode("utf-8")
        before = len(self.entries)
        self.entries.extend(entries)
        self.counts.append(len(self.entries) - before)

    def done(self) -> PackedNames:
        return PackedNames(self.keys, self.counts, self.entries)


@dataclass(frozen=True, slots=True)
class PackedIndex:
    """The fields of a :class:`Gazetteer`, packed (see the module docstring)."""

    names: bytes | bytearray            # "\n".join(names), UTF-8 (a name holds no newline)
    latitude: Sequence[float]           # array('d')
    longitude: Sequence[float]
    codes: tuple[str, ...]              # the values of country, admin1 and feature
    country: Sequence[int]              # array('I') of positions in ``codes``
    admin1: Sequence[int]
    feature: Sequence[int]
    population: Sequence[int]           # array('q')
    geonameid: Sequence[int]
    index: PackedNames
    loose: PackedNames
    demonyms: dict[str, int]
    countries: dict[str, int]
    admin1s: dict[str, int]
    neighbours: dict[str, tuple[str, ...]]

    def __len__(self) -> int:
        return len(self.latitude)

    def __reduce__(self):
        # Arrays go as buffers, written from their own memory (pickle protocol 5): pickled
        # as arrays, each would be copied into a bytes object the pickler keeps to the end.
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _ARRAYS:
                value = _buffer(value)
            elif f.name in _NAMES:
                value = (value.keys, _buffer(value.counts), _buffer(value.entries))
            parts.append(value)
        return (unpack, tuple(parts))

    def feature_counts(self) -> Counter:
        """How many entries have each feature code."""
        return Counter({self.codes[c]: n for c, n in Counter(self.feature).items()})

    def gazetteer(self) -> Gazetteer:
        """The Gazetteer these fields stand for; its names and codes are read from the packed
        columns when asked for (a list of them would take a Python object per place: the
        12-million-line synthetic index with 16 million alternate names loaded at a peak of
        2,077 MB with lists, 1,436 MB without: `python benchmarks/gazetteer_build.py --load`)."""
        codes = tuple(sys.intern(c) for c in self.codes)
        return Gazetteer(
            name=NameColumn(self.names, len(self)), latitude=self.latitude,
            longitude=self.longitude, country=CodeColumn(codes, self.country),
            admin1=CodeColumn(codes, self.admin1),
            feature=CodeColumn(codes, self.feature), population=self.population,
            geonameid=self.geonameid, index=self.index.unpack(), loose=self.loose.unpack(),
            demonyms=self.demonyms, countries=self.countries, admin1s=self.admin1s,
            neighbours=self.neighbours)


_ARRAYS = frozenset({"latitude", "longitude", "country", "admin1", "feature", "population",
                     "geonameid"})
_NAMES = frozenset({"index", "loose"})


def _buffer(values: array) -> tuple[str, PickleBuffer]:
    return values.typecode, PickleBuffer(values)


def _array(typecode: str, data: bytes | bytearray) -> memoryview:
    """The numbers of a pickled array, read in place: a copy into an array would hold a
    second copy of every column while the index loads (the 12-million-line synthetic index
    with 16 million alternate names peaked at 2,443 MB copied, 2,077 MB read in place:
    `python benchmarks/gazetteer_build.py --load INDEX`)."""
    return memoryview(data).cast(typecode)


def unpack(*parts) -> Gazetteer:
    """What a pickled :class:`PackedIndex` loads as."""
    values = []
    for f, value in zip(fields(PackedIndex), parts):
        if f.name in _ARRAYS:
            value = _array(*value)
        elif f.name in _NAMES:
            value = PackedNames(value[0], _array(*value[1]), _array(*value[2]))
        values.append(value)
    return PackedIndex(*values).gazetteer()


class _Column(Sequence[str]):
    """A read-only column of strings that compares equal to the list of its values and
    pickles as that list."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None                     # type: ignore[assignment]

    def __reduce__(self):
        return (list, (list(self),))


class CodeColumn(_Column):
    """Codes (country, admin1 key, feature) read through their positions in ``codes``."""

    __slots__ = ("codes", "positions")

    def __init__(self, codes: tuple[str, ...], positions: Sequence[int]) -> None:
        self.codes, self.positions = codes, positions

    def __getitem__(self, i):           # noqa: ANN001 - an int or a slice
        if isinstance(i, slice):
            return [self.codes[k] for k in self.positions[i]]
        return self.codes[self.positions[i]]

    def __len__(self) -> int:
        return len(self.positions)

    def __iter__(self):
        return map(self.codes.__getitem__, self.positions)


class NameColumn(_Column):
    """The ``n`` names of a "\\n"-joined UTF-8 blob, each decoded when asked for."""

    __slots__ = ("blob", "starts")

    def __init__(self, blob: bytes | bytearray, n: int) -> None:
        import numpy as np
        self.blob = blob
        newlines = np.flatnonzero(np.frombuffer(blob, dtype=np.uint8) == 10)
        # starts[k]: where name k begins; starts[n]: one past the blob's end.
        starts = np.concatenate(([0], newlines + 1, [len(blob) + 1])) if n else np.zeros(1)
        self.starts = memoryview(starts.astype(np.int64))

    def __getitem__(self, i):           # noqa: ANN001 - an int or a slice
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("name index out of range")
        return self.blob[self.starts[i]:self.starts[i + 1] - 1].decode("utf-8")

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __iter__(self):
        return iter(split(self.blob, len(self)))


def split(blob: bytes | bytearray, n: int) -> list[str]:
    """The ``n`` strings of a "\\n"-joined UTF-8 blob (an empty blob is one "" or none)."""
    return blob.decode("utf-8").split("\n") if n else []

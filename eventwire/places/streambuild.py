"""The gazetteer builder for GeoNames dumps of millions of places, in bounded memory.

It has the interface of :class:`.build._Builder` (``add``, ``alias``, ``cols``, ``keys``,
``demonyms``, ``finish``) and gives the same index: the same entries, names and ranking
(``tests/places/test_build_stream.py`` builds both ways), each name's entries once, in the
order they were given it. What differs is where things are
kept: the entries' columns compactly (a names blob, typed arrays, codes; see :mod:`.packed`),
and the (name key, entry) pairs in a DuckDB database in a temporary folder, where the index is
grouped and ranked by sorts that spill to disk past :data:`DUCKDB_MEMORY`, then read back in
order into a :class:`~.packed.PackedIndex`. Memory grows with the places kept (their columns),
not with their names.
"""

from __future__ import annotations

import math
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ResourceError
from .build import FEATURE_RANK, MAX_CANDIDATES
from .names import normalize, skeleton
from .packed import PackedIndex, PackedNames, PackedNamesWriter

# DuckDB's memory for grouping and sorting the name pairs; past it, it spills to the
# temporary folder. With it, `python benchmarks/gazetteer_build.py --lines 12000000` builds
# the 12-million-line synthetic dump at a peak of 1.2 GB (the README gives the figures).
DUCKDB_MEMORY = "512MB"
# Name pairs held in Python before they are written to DuckDB in one batch.
PAIRS_BATCH = 200_000
# Rows per batch read back from DuckDB.
READ_BATCH = 100_000


class _Names:
    """Strings appended one by one, kept in one UTF-8 blob ("\\n" between them)."""

    def __init__(self) -> None:
        self.blob = bytearray()
        self.ends = array("Q")

    def append(self, text: str) -> None:
        if self.ends:
            self.blob += b"\n"
        self.blob += text.encode("utf-8")
        self.ends.append(len(self.blob))

    def __getitem__(self, i: int) -> str:
        start = self.ends[i - 1] + 1 if i else 0
        return self.blob[start:self.ends[i]].decode("utf-8")

    def __len__(self) -> int:
        return len(self.ends)


class _Codes:
    """A column of short codes (country, admin1 key, feature), as positions in a shared table."""

    def __init__(self, table: list[str], positions: dict[str, int]) -> None:
        self.table, self.positions = table, positions
        self.values = array("I")

    def append(self, code: str) -> None:
        k = self.positions.get(code)
        if k is None:
            k = self.positions[code] = len(self.table)
            self.table.append(code)
        self.values.append(k)

    def __getitem__(self, i: int) -> str:
        return self.table[self.values[i]]

    def __len__(self) -> int:
        return len(self.values)


class _Keys:
    """``builder.keys.get(key)``: a key's entries in the order they were given it."""

    def __init__(self, builder: StreamBuilder) -> None:
        self.builder = builder

    def get(self, key: str, default: object = None) -> list[int] | object:
        b = self.builder
        b.flush()
        rows = b.db.execute("SELECT entry FROM pairs WHERE key = ? GROUP BY entry "
                            "ORDER BY min(seq)", [key]).fetchall()
        return [r[0] for r in rows] or default


@contextmanager
def stream_builder(memory: str = DUCKDB_MEMORY) -> Iterator[StreamBuilder]:
    """A :class:`StreamBuilder` whose database lives in a temporary folder while it is used."""
    import duckdb
    with tempfile.TemporaryDirectory(prefix="eventwire-gazetteer-") as tmp:
        config = {"memory_limit": memory, "temp_directory": str(Path(tmp) / "spill"),
                  "preserve_insertion_order": False,
                  "autoinstall_known_extensions": False, "autoload_known_extensions": False}
        try:
            db = duckdb.connect(str(Path(tmp) / "names.duckdb"), config=config)
        except duckdb.Error as e:
            raise ResourceError(f"cannot open a work database in {tmp} ({e}): set TMPDIR "
                                "to a writable folder with room for it") from e
        try:
            yield StreamBuilder(db)
        finally:
            db.close()


class StreamBuilder:
    """Accumulates entries and their names (see the module docstring)."""

    def __init__(self, db) -> None:
        table: list[str] = []
        positions: dict[str, int] = {}
        self.cols = {"name": _Names(), "latitude": array("d"), "longitude": array("d"),
                     "country": _Codes(table, positions), "admin1": _Codes(table, positions),
                     "feature": _Codes(table, positions), "population": array("q"),
                     "geonameid": array("q")}
        self.codes = table
        self.keys = _Keys(self)
        self.demonyms: dict[str, int] = {}
        self.db = db
        db.execute("CREATE TABLE pairs (key VARCHAR, entry UINTEGER, seq UBIGINT)")
        # A pair's seq orders it as _Builder's lists are ordered: by when it was given.
        self._seq = 0
        self._pending: tuple[list[str], array, array] = ([], array("I"), array("Q"))
        # _Builder's index holds the key "" (with no entries) when a name normalizes to
        # nothing; where it first came decides its place in the index's order.
        self._empty_seq: int | None = None

    def add(self, name: str, lat: float, lon: float, cc: str, admin1: str, feature: str,
            population: int, geonameid: int, aliases: Iterable[str] = ()) -> int:
        i = len(self.cols["name"])
        for k, v in zip(self.cols, (name, lat, lon, cc, admin1, feature, population,
                                    geonameid)):
            self.cols[k].append(v)
        self.alias(i, [name, *aliases])
        return i

    def alias(self, i: int, names: Iterable[str]) -> None:
        keys, entries, seqs = self._pending
        for key in {normalize(n) for n in names}:
            if key:
                keys.append(key)
                entries.append(i)
                seqs.append(self._seq)
            elif self._empty_seq is None:
                self._empty_seq = self._seq
            self._seq += 1
        if len(keys) >= PAIRS_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pending name pairs to the database."""
        import pyarrow as pa
        keys, entries, seqs = self._pending
        if not keys:
            return
        batch = pa.table({"key": pa.array(keys, pa.string()),
                          "entry": pa.array(entries, pa.uint32()),
                          "seq": pa.array(seqs, pa.uint64())})
        self.db.register("batch", batch)
        self.db.execute("INSERT INTO pairs SELECT * FROM batch")
        self.db.unregister("batch")
        self._pending = ([], array("I"), array("Q"))

    def priors(self) -> array:
        """Each entry's static prior, as :meth:`.build._Builder.prior` computes it."""
        rank = [FEATURE_RANK.get(c, 0.0) for c in self.codes]
        return array("d", (math.log10(p + 1) + rank[f] for p, f in
                           zip(self.cols["population"], self.cols["feature"].values)))

    def finish(self, countries: dict[str, int], admin1s: dict[str, int],
               neighbours: dict[str, tuple[str, ...]]) -> PackedIndex:
        self.flush()
        priors = self.priors()
        _rank(self.db, priors)
        index = self._read_index()
        loose = _read_loose(self.db, priors)
        c = self.cols
        return PackedIndex(
            names=c["name"].blob, latitude=c["latitude"], longitude=c["longitude"],
            codes=tuple(self.codes), country=c["country"].values, admin1=c["admin1"].values,
            feature=c["feature"].values, population=c["population"],
            geonameid=c["geonameid"], index=index, loose=loose, demonyms=self.demonyms,
            countries=countries, admin1s=admin1s, neighbours=neighbours)

    def _read_index(self) -> PackedNames:
        """The name index in _Builder's order: keys as first given, entries by prior."""
        out = PackedNamesWriter()
        empty = self._empty_seq
        rows = _read(self.db, "SELECT key, korder, entry FROM ranked ORDER BY korder, pos")
        for key, korder, ids in _runs(rows):
            if empty is not None and empty < korder:
                out.add("", ())
                empty = None
            out.add(key, ids)
        if empty is not None:
            out.add("", ())
        return out.done()


def _rank(db, priors: array) -> None:
    """Table ``ranked``: each key's best MAX_CANDIDATES entries (a pair given twice counts
    from its first time), with the key's order (``korder``) and the entry's place (``pos``)."""
    import numpy as np
    import pyarrow as pa
    table = pa.table({"entry": pa.array(np.arange(len(priors), dtype=np.uint32)),
                      "prior": pa.array(np.frombuffer(priors, dtype=np.float64))})
    db.register("prior_batch", table)
    db.execute("CREATE TABLE priors AS SELECT * FROM prior_batch")
    db.unregister("prior_batch")
    del table
    db.execute("CREATE TABLE firsts AS SELECT key, entry, min(seq) AS seq FROM pairs "
               "GROUP BY key, entry")
    db.execute("DROP TABLE pairs")
    db.execute(f"""
        CREATE TABLE ranked AS
        SELECT key, min(seq) OVER (PARTITION BY key) AS korder, entry,
               row_number() OVER (PARTITION BY key ORDER BY prior DESC, seq) AS pos
        FROM firsts JOIN priors USING (entry)
        QUALIFY pos <= {MAX_CANDIDATES}""")
    db.execute("DROP TABLE firsts")
    db.execute("DROP TABLE priors")


def _read_loose(db, priors: array) -> PackedNames:
    """The loose index: for each skeleton (in the order of its first key), the entries of
    its keys, best first, as _Builder ranks them (the same Python sort over the same list)."""
    from duckdb import sqltypes
    db.create_function("skeleton", lambda key: skeleton(key), [sqltypes.VARCHAR],
                       sqltypes.VARCHAR)
    db.execute("CREATE TABLE skeletons AS SELECT korder, skeleton(key) AS skel "
               "FROM (SELECT DISTINCT korder, key FROM ranked)")
    rows = _read(db, """
        SELECT s.skel, min(s.korder) OVER (PARTITION BY s.skel) AS sorder, r.entry
        FROM ranked r JOIN skeletons s USING (korder)
        ORDER BY sorder, r.korder, r.pos""")
    out = PackedNamesWriter()
    for skel, _, ids in _runs(rows):
        out.add(skel, sorted(set(ids), key=priors.__getitem__, reverse=True)[:MAX_CANDIDATES])
    return out.done()


def _read(db, sql: str) -> Iterator[tuple[str, int, int]]:
    """Rows of a query of three columns, read in batches."""
    for batch in db.sql(sql).to_arrow_reader(READ_BATCH):
        yield from zip(*(col.to_pylist() for col in batch.columns))


def _runs(rows: Iterator[tuple[str, int, int]]) -> Iterator[tuple[str, int, list[int]]]:
    """(name, order, entries) of each run of rows of one order."""
    name, order, ids = "", None, []
    for n, o, entry in rows:
        if o != order:
            if order is not None:
                yield name, order, ids
            name, order, ids = n, o, []
        ids.append(entry)
    if order is not None:
        yield name, order, ids

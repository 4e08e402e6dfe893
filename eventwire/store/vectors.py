"""The sentence vectors a store keeps (migration 0011): each stored report's headline and
sentence, as the encoder placed them, so that merging reads them instead of encoding old text.

A row is a text, its 64-bit twin (:func:`.lookup.id_hash`, indexed), the encoder's name and
version (:func:`eventwire.merge.text.encoder_name`: vectors of another encoder are never read)
and the vector as float16 bytes. Two texts sharing a hash are told apart by the text itself,
which a read compares (a sentence is about a fifth of its vector's bytes; keying on hash and
length would only make a collision rarer). Writes add only the texts the store lacks for that
encoder, so writing a batch again adds nothing.

Form (``python benchmarks/store_size.py --vector-forms``: 200,000 vectors of 3,000 encoded
news-like sentences, DuckDB 2.0, a shared 2-core machine; 12,000 read by row id into a float32
matrix, after the first read): float16 BLOB 1,033 bytes a vector, read in 22-28 ms; int8 with a
per-vector scale (BLOB or TINYINT[512]) 516-520 bytes, 17-22 ms; FLOAT[512] 2,085 bytes, 17-38
ms. Reading is a few microseconds a vector whatever the form, encoding a text about 1 ms.
float16 is kept: its rounding moves a cosine by at most 7.2e-5 (mean 1.2e-5), int8's by up to
1.2e-3 (mean 2.2e-4, the fourth decimal merging rounds to changed for 86% of pairs, 12% with
float16), so int8 would move more pairs across the merge threshold for half the bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..merge.evidence import profile
from ..merge.text import encoder_name, vectors
from ..records import Event
from .lookup import id_hash, select

if TYPE_CHECKING:
    import numpy as np

    from .database import Store

# Texts encoded and written at a time: a bulk load of 50,000 reports would otherwise hold all
# their vectors at once (2 KB each as float32), and the process's kept ones hold 50,000.
WRITE_TEXTS = 4096


def texts_of(events: Iterable[Event]) -> list[str]:
    """The texts merging encodes of reports: each one's headline and sentence."""
    return sorted({t for e in events for p in (profile(e),) for t in (p.headline, p.sentence)
                   if t})


def read(store: Store, texts: Sequence[str]) -> dict[str, np.ndarray]:
    """The vectors the store keeps of ``texts`` for this encoder (float32 of the float16)."""
    import numpy as np

    wanted = set(texts)
    if not wanted:
        return {}
    name, version = encoder_name()
    rows = [(text, vector) for _, text, enc, ver, vector in select(
        store, "sentence_vectors", "text_hash", sorted({id_hash(t) for t in wanted}),
        "t.text, t.encoder, t.encoder_version, t.vector")
        if enc == name and ver == version and text in wanted]
    if not rows:
        return {}
    matrix = np.frombuffer(b"".join(v for _, v in rows), dtype="<f2").reshape(len(rows), -1)
    return dict(zip([t for t, _ in rows], matrix.astype(np.float32), strict=True))


class Reader:
    """:func:`read` for :func:`eventwire.merge.text.prime`, noting which texts the store held
    and which it lacked (those are then encoded, and :func:`write` keeps them)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.held: set[str] = set()
        self.lacked: set[str] = set()

    def __call__(self, texts: list[str]) -> dict[str, np.ndarray]:
        found = read(self.store, texts)
        self.held.update(found)
        self.lacked.update(t for t in texts if t not in found)
        return found


def write(store: Store, texts: Iterable[str], reader: Reader | None = None) -> int:
    """Keep the vectors of ``texts`` the store lacks for this encoder, read or encoded as
    merging reads them (``reader``, which knows what the store held); returns the rows
    added."""
    import pyarrow as pa

    reader = reader or Reader(store)
    have = vectors(texts, reader)
    # Texts the process had kept were not asked of the store: ask now.
    unknown = [t for t in have if t not in reader.held and t not in reader.lacked]
    held = reader.held | set(read(store, unknown))
    new = sorted(t for t in have if t not in held)
    if not new:
        return 0
    name, version = encoder_name()
    store._insert("sentence_vectors", pa.table({
        "text_hash": pa.array([id_hash(t) for t in new], pa.int64()),
        "encoder": pa.array([name] * len(new), pa.string()),
        "encoder_version": pa.array([version] * len(new), pa.string()),
        "text": pa.array(new, pa.string()),
        "vector": pa.array([have[t].astype("<f2").tobytes() for t in new], pa.binary())}))
    return len(new)


def keep(store: Store, events: Sequence[Event], reader: Reader | None = None,
         more: Sequence[str] = ()) -> int:
    """Keep the vectors of reports being stored (:func:`texts_of`) and of ``more`` texts
    (:func:`write`), :data:`WRITE_TEXTS` at a time."""
    texts = sorted({*texts_of(events), *more})
    return sum(write(store, texts[at:at + WRITE_TEXTS], reader)
               for at in range(0, len(texts), WRITE_TEXTS))

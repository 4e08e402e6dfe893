"""Big events' tallies kept in the store, so that a new process's first join reads no event whole.

An event of a component over :data:`.merging.RECLUSTER_LIMIT` grows from its tally
(:mod:`.growing`). Tallies were kept only in the process (:data:`.growing.TALLIES`), so a
new process's first report joining a big event read and parsed every report of the event to
build its tally (issue 13): 780-880 CPU ms at 3,000 reports, against 60-65 for the joins after
it (python benchmarks/big_event.py --sizes 100 1000 3000 --adds 5, cold join). Now the tally
of such an event of at least :data:`.merging.GROWN_FROM_TALLY` reports is kept in
``tally_parts`` (migration 0015) when it grows: pickled, whole when the store holds none of
it, else only the tally of the reports that joined, as one more part (pickling the whole
tally of 3,000 reports cost 40-65 ms, a join's part about 1), until :data:`PARTS_KEPT` parts,
when it is written whole again. The event's row names its parts (``events.tally_stamp``), so a
row written any other way (clustered anew, reprocessed) names none, and deleting an event
drops its parts; the parts must tally as many reports as the event has. A part is read only by
the code that wrote it (:func:`code_version`), and unpickled into eventwire's own records and
tallies only (:class:`_Unpickler`): a store file holds no code that runs. A tally not read so
is built from the reports, as before (once: it is kept then). The cold join at 3,000 reports
now costs 99-166 CPU ms, 66-103 at 1,000 (unpickling the tally 22-45 ms of it at 3,000,
parsing the sample of the event's reports 10-15, which a process keeps after; the mention
texts are cut from the record: :func:`.writing.stored_texts`); the joins after it cost 49-68,
as before (2026-12-06: 6 runs before, 9 after, load 3-7).
"""

from __future__ import annotations

import hashlib
import io
import pickle
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, is_dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..merge.tally import Tally, join_all
from .lookup import id_hash, select

if TYPE_CHECKING:
    from .database import Store
    from .growing import Growth

# Parts an event's tally is kept in before it is written whole again. Reading a part costs
# little beside the whole (unpickling 3,000 reports' tally 22-45 ms, a report's well under
# one), writing the whole 40-65 ms at 3,000 reports (benchmarks/big_event.py's story,
# 2026-12-06): every PARTS_KEPT joins, about 2 ms a join. Set by hand.
PARTS_KEPT = 32
# zlib's fastest level: a tally of 3,000 reports pickles to 1.2 MB, 0.25 MB compressed in 6 ms.
_LEVEL = 1
# The modules whose classes a kept tally holds (beside datetime.date).
_MODULES = ("eventwire.records", "eventwire.merge.")
# The sources that make a tally (what it holds and how its reports are read and joined).
_SOURCES = ("merge/*.py", "records.py", "taxonomy.py", "store/stored_tallies.py")


@dataclass(frozen=True, slots=True)
class Held:
    """What the store holds of an event's tally: its parts' stamp and their number."""

    stamp: int
    parts: int


@cache
def code_version() -> str:
    """The digest of the sources that make a tally: a part another code wrote is not read."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(str(pickle.DEFAULT_PROTOCOL).encode())
    for pattern in _SOURCES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class _Unpickler(pickle.Unpickler):
    """Finds only datetime.date and eventwire's dataclasses of records and merging."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("datetime", "date") or module.startswith(_MODULES):
            found = super().find_class(module, name)
            if module == "datetime" or (isinstance(found, type) and is_dataclass(found)):
                return found
        raise pickle.UnpicklingError(f"a kept tally holds no {module}.{name}")


def _dumps(t: Tally) -> bytes:
    return zlib.compress(pickle.dumps(t, pickle.DEFAULT_PROTOCOL), _LEVEL)


def _loads(blob: bytes) -> Tally:
    t = _Unpickler(io.BytesIO(zlib.decompress(blob))).load()
    if not isinstance(t, Tally):
        raise pickle.UnpicklingError("a kept tally part is no tally")
    return t


def load(store: Store, event_ids: Sequence[str], sizes: dict[str, int]
         ) -> dict[str, tuple[Tally, Held]]:
    """The kept tallies of events (``sizes``: their reports now) whose rows name parts that
    this code wrote and that tally as many reports; the others are left out."""
    stamps = {e: s for e, s in select(store, "events", "event_id", event_ids, "t.tally_stamp")
              if s is not None}
    if not stamps:
        return {}
    marks = ", ".join(["?"] * len(set(stamps.values())))
    parts: dict[int, list[tuple[int, str, bytes]]] = {}
    for stamp, n, fmt, blob in store._run(
            f"SELECT stamp, reports, format, tally FROM tally_parts WHERE stamp IN ({marks}) "
            "ORDER BY stamp, rowid", sorted(set(stamps.values()))):
        parts.setdefault(stamp, []).append((n, fmt, blob))
    out = {}
    for e, stamp in stamps.items():
        got = parts.get(stamp, [])
        if not got or sum(n for n, _, _ in got) != sizes.get(e) or \
                any(fmt != code_version() for _, fmt, _ in got):
            continue
        try:
            tallies = [_loads(blob) for _, _, blob in got]
        except Exception:  # noqa: BLE001 - a part unreadable (damaged, of another code):
            continue       # the tally is read from the reports instead
        out[e] = (join_all(tallies), Held(stamp, len(got)))
    return out


def keep_tallies(store: Store, grown: Sequence[Growth], held: dict[str, Held],
                 gone: Sequence[int | None], floor: int) -> dict[str, Held]:
    """Keep the tallies of grown events of at least ``floor`` reports (and two): a part more
    when the one stored event a growth absorbed had ``held`` parts (fewer than
    :data:`PARTS_KEPT`), else whole. ``gone``: the stamps of the stored events the growths
    replaced, whose parts are dropped unless kept on. Returns what is held of each event
    kept, by its id (its row names the stamp: :attr:`.writing.Written.stamp`)."""
    rows: list[tuple[int, int, bytes]] = []
    out: dict[str, Held] = {}
    fresh: list[int] = []
    for g in grown:
        if g.tally.n < max(floor, 2):         # an event of one report is written as it
            continue
        was = held.get(g.absorbed[0]) if len(g.absorbed) == 1 else None
        if was is not None and was.parts < PARTS_KEPT:
            from .growing import tally_of
            rows.append((was.stamp, len(g.fresh), _dumps(tally_of(g.fresh))))
            now = Held(was.stamp, was.parts + 1)
        else:
            now = Held(id_hash(f"{g.tally.first[1]} {g.tally.n}"), 1)
            rows.append((now.stamp, g.tally.n, _dumps(g.tally)))
            fresh.append(now.stamp)
        out[g.tally.first[1]] = now
    kept_on = {h.stamp for h in out.values()}
    drop(store, [*(s for s in gone if s not in kept_on), *fresh])
    if rows:
        store._run("INSERT INTO tally_parts SELECT unnest(?), unnest(?), ?, unnest(?)",
                   [[s for s, _, _ in rows], [n for _, n, _ in rows], code_version(),
                    [b for _, _, b in rows]])
    return out


def drop(store: Store, stamps: Sequence[int | None]) -> None:
    """Drop the parts of these stamps (events deleted or written anew)."""
    if wanted := sorted({s for s in stamps if s is not None}):
        store._run("DELETE FROM tally_parts WHERE stamp IN (SELECT unnest(?))", [wanted])

"""State coherence: a town or county picked alone in its first-level region, where the
document's other picks gather in another region that has a namesake of it, is that namesake
("Springfield" among three Missouri places is Springfield, Missouri, not the bigger or better
supported one elsewhere). Local news names its own state's towns; the support the first passes
weigh is spread over every region a name could be in, while the picks are what the document
settled on. Names with an explicit container ("X, Ill.") and big cities that dwarf their
namesakes keep their picks.

When the first passes scatter a local story's towns over several regions, no region holds two
picks and the rule above has nothing to go on; :func:`gather_states` then counts, for each
neighbourhood, the document's names that have a namesake there, and gathers them where most
do, unless a region already holds as many picks (or is named by the text).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from .gazetteer import COUNTRY_FEATURES, Gazetteer
from .names import normalize

K = TypeVar("K")                # the key of a name (one sense per name and document)

# Other names picked in a region that make it the document's: at least STATE_MIN_NAMES of
# them and STATE_SHARE of all the other picks that lie in a region. LGL end to end acc@161
# 0.8122 without the rule; 0.8135 at (2, 0.5) and (2, 0.3), 0.8131 at (3, 0.5), 0.8126 at
# (2, 0.7); TR-News 0.8941 at all. Half: the higher share at the same score. The own sentences
# (tests/places/data/context_states_*.jsonl) are short and already right without the rule:
# they guard what it must not change (a big city named from another state, "X, Colo.").
STATE_MIN_NAMES = 2
STATE_SHARE = 0.5
# A namesake this many times smaller than the pick does not take its place ("Boston" in a
# Missouri story is the city, not a hamlet of that state).
STATE_MAX_RATIO = 10.0
# Gathering (gather_states): a neighbourhood (a grid cell of GATHER_CELL_DEGREES and the eight
# around it) where GATHER_MIN_NAMES or more of the document's towns and counties have a
# namesake, more than any region holds picks and than any other neighbourhood away from it,
# takes those names (a pick STATE_MAX_RATIO times bigger than its namesake there stays).
# LGL acc@161 gold spans / end to end: 0.9139 / 0.8445 without the rule, 0.9148 / 0.8454 at 2
# or 3 names and ratios 10-100, 0.9139 / 0.8445 at 4 names; cells of 0.25 degree 0.9139 /
# 0.8445, of 1 degree 0.9142 / 0.8445. TR-News 0.9412 / 0.9090 at all. Three: the higher at
# the same score. Counting names by region instead of by neighbourhood moved counties found
# in most states ("Henry County", "Washington County") to the wrong one.
GATHER_MIN_NAMES = 3
GATHER_CELL_DEGREES = 0.5
_NEAR = tuple((da, db) for da in (-1, 0, 1) for db in (-1, 0, 1))


def settle_states(gaz: Gazetteer, keys: Sequence[K],
                  picked: Mapping[K, tuple[int | None, float]],
                  senses: Mapping[K, Sequence[int]], containers: Mapping[K, Sequence[int]],
                  prominent: Callable[[Gazetteer, Sequence[int]], int | None]
                  ) -> dict[K, tuple[int | None, float]]:
    """The picks to change (see the module docstring): ``senses`` are each name's candidates,
    ``containers`` the containers the text gives each name, ``prominent`` the big city among
    candidates that dwarfs its namesakes (homonyms.prominent_town)."""
    regions = {k: _region(gaz, i) for k, (i, _) in picked.items() if i is not None}
    counts = Counter(r for r in regions.values() if r)
    total = sum(counts.values())
    out: dict[K, tuple[int | None, float]] = {}
    for k in dict.fromkeys(keys):
        i, confidence = picked.get(k, (None, 0.0))
        if (i is None or containers.get(k) or not _local_kind(gaz, i)
                or counts[regions[k]] > 1 or i == prominent(gaz, senses.get(k, ()))):
            continue
        others = total - (1 if regions[k] else 0)

        def support(j: int) -> int:
            return counts[gaz.admin1[j]]

        name = normalize(gaz.name[i])
        fits = [j for j in senses.get(k, ()) if j != i and gaz.admin1[j]
                and gaz.feature[j][:3] == gaz.feature[i][:3] and normalize(gaz.name[j]) == name
                and support(j) >= max(STATE_MIN_NAMES, STATE_SHARE * others)
                and gaz.population[j] * STATE_MAX_RATIO >= gaz.population[i]]
        if fits:
            out[k] = (max(fits, key=lambda j: (support(j), gaz.population[j])), confidence)
    return out


def gather_states(gaz: Gazetteer, keys: Sequence[K],
                  picked: Mapping[K, tuple[int | None, float]],
                  senses: Mapping[K, Sequence[int]], containers: Mapping[K, Sequence[int]]
                  ) -> dict[K, tuple[int | None, float]]:
    """The picks to gather into one neighbourhood (see the module docstring): names picked
    as a town or a county outside any region the text names, without a container the text
    gives, each moved to its namesake of the same country there."""
    named = {gaz.admin1[i] for i, _ in picked.values()
             if i is not None and gaz.feature[i] == "ADM1"}
    movable = {k: i for k in dict.fromkeys(keys) for i in [picked.get(k, (None, 0.0))[0]]
               if i is not None and not containers.get(k) and _local_kind(gaz, i)
               and gaz.admin1[i] not in named}
    ranked = sorted(_neighbourhoods(gaz, movable, senses).items(), key=lambda kv: -len(kv[1]))
    if not ranked:
        return {}
    cell, names = ranked[0]
    # Another neighbourhood as well supplied, away from this one, leaves it undecided.
    rivals = [c for c, n in ranked[1:] if len(n) == len(names)
              and max(abs(c[0] - cell[0]), abs(c[1] - cell[1])) > 2]
    # The picks a region holds (its towns, counties and itself) already make a story's home.
    held = Counter(gaz.admin1[i] for i, _ in picked.values() if i is not None and gaz.admin1[i]
                   and (_local_kind(gaz, i) or gaz.feature[i] == "ADM1"))
    if (len(names) < GATHER_MIN_NAMES or rivals
            or len(names) <= max(held.values(), default=0)):
        return {}
    out = {}
    for k, js in names.items():
        j = max(js, key=lambda j: gaz.population[j])
        if (movable[k] not in js
                and gaz.population[movable[k]] <= STATE_MAX_RATIO * max(gaz.population[j], 1)):
            out[k] = (j, picked[k][1])
    return out


def _neighbourhoods(gaz: Gazetteer, movable: Mapping[K, int], senses: Mapping[K, Sequence[int]]
                    ) -> dict[tuple[int, int], dict[K, list[int]]]:
    """For each grid cell, the names with a namesake of their pick (a town or a county of the
    pick's country) in it or the eight cells around it, and those namesakes."""
    near: dict[tuple[int, int], dict[K, list[int]]] = {}
    for k, i in movable.items():
        name = normalize(gaz.name[i])
        for j in senses.get(k, ()):
            if (gaz.country[j] == gaz.country[i] and _local_kind(gaz, j)
                    and normalize(gaz.name[j]) == name):
                a = int(gaz.latitude[j] // GATHER_CELL_DEGREES)
                b = int(gaz.longitude[j] // GATHER_CELL_DEGREES)
                for da, db in _NEAR:
                    near.setdefault((a + da, b + db), {}).setdefault(k, []).append(j)
    return near


def _local_kind(gaz: Gazetteer, i: int) -> bool:
    """A town or a county: what a region's local news names."""
    return gaz.feature[i].startswith("PPL") or gaz.feature[i] == "ADM2"


def _region(gaz: Gazetteer, i: int) -> str:
    return "" if gaz.feature[i] in COUNTRY_FEATURES else gaz.admin1[i]

"""State coherence: a town or county picked alone in its first-level region, where the
document's other picks gather in another region that has a namesake of it, is that namesake
("Springfield" among three Missouri places is Springfield, Missouri, not the bigger or better
supported one elsewhere). Local news names its own state's towns; the support the first passes
weigh is spread over every region a name could be in, while the picks are what the document
settled on. Names with an explicit container ("X, Ill.") and big cities that dwarf their
namesakes keep their picks.
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


def settle_states(gaz: Gazetteer, keys: Sequence[K],
                  picked: Mapping[K, tuple[int | None, float]],
                  senses: Mapping[K, Sequence[int]], containers: Mapping[K, Sequence[int]],
                  prominent: Callable[[Gazetteer, Sequence[int]], int | None]
                  ) -> dict[K, tuple[int | None, float]]:
    """The picks to change (see the module docstring): ``senses`` are each name's candidates,
    ``containers`` the containers the text gives each name, ``prominent`` the big city among
    candidates that dwarfs its namesakes (resolve.prominent_town)."""
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


def _local_kind(gaz: Gazetteer, i: int) -> bool:
    """A town or a county: what a region's local news names."""
    return gaz.feature[i].startswith("PPL") or gaz.feature[i] == "ADM2"


def _region(gaz: Gazetteer, i: int) -> str:
    return "" if gaz.feature[i] in COUNTRY_FEATURES else gaz.admin1[i]

"""What the rest of a document says about where a name is: the support each distinct name
gives (its first-pass pick's country, the regions and grid cells its candidates could be in),
summed into the context a name is resolved in (read by :mod:`.resolve`'s score)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class Support:
    """The support one distinct name of the document gives to where the others are."""

    country: str                            # country of its first-pass pick, "" when none
    admin1s: dict[str, float]               # 1/n to each of the n regions it could be in
    cells: dict[tuple[int, int], float]     # 1/n to the grid cells around its n towns
    # How much the name's country counts (its regions and cells are scaled alike): less than
    # one for a name that only tells where people come from (see resolve.ORIGIN_WEIGHT).
    weight: float = 1.0


def weakened(support: Support, weight: float) -> Support:
    """``support`` counted ``weight`` times as much as a plain name's."""
    return Support(support.country, {a: w * weight for a, w in support.admin1s.items()},
                   {c: w * weight for c, w in support.cells.items()}, weight)


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of the document says about where it is: the support of all its distinct
    names, less that of the name being resolved (``own``)."""

    countries: dict[str, float]
    admin1s: dict[str, float]
    cells: dict[tuple[int, int], float]
    total: int                              # number of other distinct names it knows
    dateline_country: str | None = None
    outlet_country: str | None = None
    outlet_towns: frozenset[int] = frozenset()
    title_countries: frozenset[str] = frozenset()
    title_admin1s: frozenset[str] = frozenset()
    own: Support | None = None
    # The support of each country's neighbours, summed once per context: candidates share
    # countries (benchmarks/geoparse.py: 20,400 -> 23,400 toponyms/s).
    _neighbour_support: dict[str, float] = field(default_factory=dict, init=False,
                                                 compare=False, repr=False)

    def country(self, cc: str) -> float:
        if not cc:              # areas across countries: no country support, none taken off
            return 0.0
        own = self.own.weight if self.own is not None and self.own.country == cc else 0.0
        return self.countries.get(cc, 0.0) - own

    def neighbours(self, gaz: Gazetteer, cc: str) -> float:
        got = self._neighbour_support.get(cc)
        if got is None:
            got = sum(self.country(n) for n in gaz.neighbours.get(cc, ()))
            self._neighbour_support[cc] = got
        return got

    def admin1(self, a1: str) -> float:
        own = self.own.admin1s.get(a1, 0.0) if self.own is not None else 0.0
        return self.admin1s.get(a1, 0.0) - own

    def cell(self, c: tuple[int, int]) -> float:
        own = self.own.cells.get(c, 0.0) if self.own is not None else 0.0
        return self.cells.get(c, 0.0) - own

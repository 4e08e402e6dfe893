"""A country the text names makes its capital the sense of the capital's name: "a Texas teacher
visiting Egypt ... the streets of Cairo" is Cairo, Egypt, though the paper's other places are
all in the US, where Cairos lie too. The capital is the one GeoNames marks (PPLC) in a country
another name of the document names by its name (not a demonym: "French fries in Paris,
Texas"); a container ("Paris, Texas") or a civic use in local news outweighs it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .gazetteer import COUNTRY_FEATURES, Gazetteer
from .names import normalize

# Dev sets, end to end acc@161 km (TR-News / LGL): 0.9075 / 0.8445 at 0 and 2, 0.9090 / 0.8445
# at 4 and 6 (gold spans unchanged); own sentences context_capitals_dev 3/4 at 0, 4/4 at 4.
# The lowest of the plateau: a town the text uses civically in local news keeps its 5.5.
CAPITAL_BONUS = 4.0


def capital_bonuses(gaz: Gazetteer, texts: Mapping[object, str],
                    cands: Mapping[object, Sequence[int]]) -> dict[object, dict[int, float]]:
    """CAPITAL_BONUS for each name's candidates that are the capital of a country another
    name of the document names (``texts``: each name's text, by key)."""
    named: dict[str, set[object]] = {}         # country -> the names that name it
    for k, text in texts.items():
        key = normalize(text)
        for i in cands.get(k, ()):
            if gaz.feature[i] in COUNTRY_FEATURES and normalize(gaz.name[i]) == key:
                named.setdefault(gaz.country[i], set()).add(k)
    if not named:
        return {}
    out: dict[object, dict[int, float]] = {}
    for k, ids in cands.items():
        capitals = {i: CAPITAL_BONUS for i in ids if gaz.feature[i] == "PPLC"
                    and named.get(gaz.country[i], {k}) - {k}}
        if capitals:
            out[k] = capitals
    return out

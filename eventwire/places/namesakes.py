"""Names that hold a place's name but name something else: a church's saint ("the chapel of
St. Anne"), a mountain or a glacier ("Mount Lincoln", "the Hamilton Glacier")."""

from __future__ import annotations

import re

# A saint a building is named after ("the chapel of St. Anne and St. Luke", "St. Brigid's
# Cathedral"): a dedication, not the towns named after the saint.
_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|San|Santa|Sainte)\s")
_DEDICATED_BEFORE = re.compile(
    r"\b(?i:church|cathedral|chapel|basilica|monastery|abbey|parish|convent|shrine|mosque)\s+"
    r"of\s+(?:the\s+)?(?:(?:St\.?|Saint|Ste\.?)\s+[A-Z][\w'’-]*\s+(?:and|&)\s+)?$")
_DEDICATED_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:and|&)\s+(?:St\.?|Saint|Ste\.?)\s+[A-Z][\w'’-]*(?:['’]s)?)?"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:church|cathedral|chapel|basilica|monastery|abbey|"
    r"parish|convent|shrine)\b")
# Mountains and ice are named after people and places far off ("Mount Lincoln", "the Hamilton
# Glacier"): a town's name in such a feature's name, the whole unknown, is not the town. Not
# "Summit" (the "Riyadh Summit" meets in Riyadh) nor "Col" ("Kabul Col. Ahmed said").
# The words for a mountain or hill that open names in the languages news transliterates
# (Jebel, Gunung, Bukit, Cerro...) count as "Mount" does: "Bukit X" is a hill or the village
# on it, not a town named X abroad.
_PEAK_BEFORE = re.compile(r"\b(?:Mount|Mt\.?|Mont|Monte|Mountain|Jebel|Jabal|Djebel|Gunung|"
                          r"Bukit|Cerro|Pico)[ ]+$")
_PEAK_AFTER = re.compile(r"[ ]+(?:Glacier|Icefield|Ice[ ]+Shelf|Saddle|Peak|Massif|Range|Ridge|"
                         r"Spur|Couloir|Icefall)\b")


def names_a_peak(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is part of a mountain's or glacier's name ("Mount Lincoln",
    "Hamilton Glacier")."""
    return bool(_PEAK_BEFORE.search(text, max(0, start - 12), start)
                or _PEAK_AFTER.match(text, end))


def dedication(text: str, start: int, end: int) -> bool:
    """The saint's name at ``start:end`` names a church ("the chapel of St. Anne", "St.
    Brigid's Cathedral")."""
    if not _SAINT.match(text, start, end):
        return False
    return bool(_DEDICATED_BEFORE.search(text[max(0, start - 60):start])
                or _DEDICATED_AFTER.match(text, end))

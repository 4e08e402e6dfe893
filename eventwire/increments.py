"""Figures a sentence states that count none of its event's people: increments to a total it
also states, and animals.

"The toll rose to 12 when three more bodies were found", "another two people died, raising the
toll to 14", "rose to eight overnight, when a wounded woman died": the event's dead are the
total; the three, the two and the woman are among them (:func:`added`). "Killing a dozen
cows": no people (:func:`animals`). Read by :mod:`.numbers`.
"""

from __future__ import annotations

import re

# A figure told as an increment to another: "three more bodies", "another two people".
_MORE_AFTER = re.compile(r"\s+(?:more|additional|further)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s+$", re.I)
# ... or told in a clause of when after a toll that rose to a total: "rose to eight overnight,
# when a 61-year-old woman died" (her death is among the eight).
_ROSE_WHEN = re.compile(r"\b(?:rose|risen|climbed|increased|jumped)\s+to\s+\S+(?:\s+[a-z]+){0,3}"
                        r",?\s+(?:when|after|as)\s+(?:\S+\s+){0,3}$", re.I)
# How far before a figure the words of an increment are looked for, in characters.
_REACH = 80
# Animals a figure may count: killed, they are no fatalities.
_ANIMALS = re.compile(r"\b(?:cows?|cattle|oxen|bulls?|calves|sheep|goats?|camels?|donkeys?|"
                      r"horses?|mules?|pigs?|chickens?|hens?|poultry|birds?|dogs?|animals?|"
                      r"livestock|buffalo(?:es)?)\b", re.IGNORECASE)


def added(sentence: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` of ``sentence`` is told as an increment to a total."""
    before = max(0, start - _REACH)
    return bool(_MORE_AFTER.match(sentence, end)
                or _MORE_BEFORE.search(sentence, before, start)
                or _ROSE_WHEN.search(sentence, before, start))


def animals(sentence: str, start: int, end: int) -> bool:
    """The words at ``start:end`` (a figure's noun) name animals ("a dozen cows")."""
    return _ANIMALS.search(sentence, start, end) is not None

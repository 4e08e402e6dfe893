"""How many nights or days a report says its unrest has lasted ("a second night of rioting",
"for a third straight day", "after four nights of unrest"), so that the reports of a riot or
protest wave over several nights are one event whose window spans the nights they name
(issue 13).

A report of the second night says its riot began the night before; a report of "three
nights of rioting" on the morning after says it began three nights back. Such a report's
window (:func:`.windows.window_of`) reaches back over those nights, so it joins the reports
of each night it spans, and through it they join one another. A report of one night that
says nothing of the others stays that night's: two nights told apart by their days are two
events, as ACLED codes them, unless a report ties them together. Another city's riot of the
same night never joins (the place vetoes).

Only the words of unrest are read (:data:`UNREST`): "the third day of the trial" or "a
second day of talks" say nothing of how long a happening lasted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..numbers import SMALL_NUMBERS

# The longest spell read, in days: a "fifteenth day of protests" is a campaign, not one
# happening of a few nights; its report keeps its own day. Set by hand (two weeks, the
# slack of follow-ups in :data:`.evidence.FAR_DAYS`).
LONGEST_SPELL_DAYS = 14
# How far back "another night of rioting" reaches (it says at least one night before).
ANOTHER_DAYS = 1

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
             "thirteenth": 13, "fourteenth": 14, "fifteenth": 15}
# The words of unrest a spell must be of (a riot, a protest wave, clashes with the police).
UNREST = ("riot", "riots", "rioting", "unrest", "violence", "clashes", "disorder", "disturbances",
          "protest", "protests", "protesting", "demonstrations", "looting", "arson", "chaos",
          "street battles", "running battles", "skirmishes", "trouble", "tension")
_UNREST = "|".join(u.replace(" ", r"\s+") for u in UNREST)
_UNIT = r"(?:nights?|days?|evenings?)"
_STRAIGHT = r"(?:(?:straight|consecutive|successive|running)\s+)?"
_OF = rf"(?:\s+(?:of|in)\s+(?:\w+\s+){{0,2}}?(?:{_UNREST})\b)"
_ORD = rf"(?P<ord>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
_CARD = rf"(?P<card>{'|'.join(w for w, n in SMALL_NUMBERS.items() if 2 <= n <= 15)}|\d{{1,2}})"
# "a second night of rioting", "the third straight night of unrest", "for a fourth night",
# "a fourth consecutive day": an ordinal of nights followed by words of unrest ("of ...")
# or by "in a row", or after a word of unrest ("rioting broke out for a third night").
_ORDINAL = re.compile(rf"\b{_ORD}\s+{_STRAIGHT}{_UNIT}(?P<of>{_OF}|\s+in\s+a\s+row)?",
                      re.IGNORECASE)
# "three nights of rioting", "after four days of protests"
_CARDINAL = re.compile(rf"\b{_CARD}\s+{_STRAIGHT}{_UNIT}{_OF}", re.IGNORECASE)
# "another night of rioting", "a further night of violence"
_ANOTHER = re.compile(rf"\b(?:another|a\s+further|fresh)\s+{_UNIT}{_OF}", re.IGNORECASE)
_UNREST_WORD = re.compile(
    rf"\b(?:{_UNREST}|riot\w*|protesters?|"
    r"clash\w*)\b", re.IGNORECASE)


def _ordinal(word: str) -> int:
    word = word.lower()
    return _ORDINALS[word] if word in _ORDINALS else int(re.sub(r"\D", "", word))


@lru_cache(maxsize=8192)
def days_back(sentence: str) -> int:
    """How many days before its own day a sentence says its unrest began (0: none said)."""
    back = 0
    for m in _ORDINAL.finditer(sentence):
        if m.group("of") or _UNREST_WORD.search(sentence, 0, m.start()):
            back = max(back, _ordinal(m.group("ord")) - 1)
    for m in _CARDINAL.finditer(sentence):
        word = m.group("card").lower()
        back = max(back, SMALL_NUMBERS.get(word) or int(word))
    if _ANOTHER.search(sentence):
        back = max(back, ANOTHER_DAYS)
    return back if back <= LONGEST_SPELL_DAYS else 0


def spell(sentences: Iterable[str]) -> int:
    """The longest spell the sentences tell, in days back (0: none)."""
    return max((days_back(s) for s in sentences), default=0)

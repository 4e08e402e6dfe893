"""Where an event happened when its sentence names no place of its own, read from what the
sentence says instead of the article's main place (:mod:`.locate` asks these in turn):

* officials meeting met at the home of the head of state or government they met ("Yemen's
  foreign minister met Djibouti's president": Djibouti; :func:`met_host`);
* the town whose residents tell the act ("residents of Gao said jets bombed the town
  overnight": Gao; :func:`residents_place`);
* the place "there" stands for, named just before the sentence ("... a town on Mindanao
  island. The military said its jets had bombed the group's positions there": Mindanao;
  :func:`there_place`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from ..records import Place, Sentence
from .gazetteer import COUNTRY_FEATURES
from .recognize import DWELLERS

# Heads of state or government, whom visitors meet at home.
_HEADS_OF_STATE = frozenset({"president", "king", "queen", "emir", "sultan", "premier",
                             "monarch", "chancellor"})
# The people of a place telling what happened there: "residents of X", "villagers in X".
_RESIDENTS = re.compile(rf"\b(?:{DWELLERS}|locals|people|witnesses)\s+(?:of|in)\s+"
                        r"(?:the\s+(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)
# How far before a place the words naming its residents may start.
_RESIDENTS_WINDOW = 60
# How far before a sentence the place its "there" stands for may be named: about two
# sentences of news English (as a pronoun's antecedent, :data:`..actors.names.ANTECEDENT_WINDOW`).
THERE_WINDOW = 400


def met_host(acting: Sequence[Place], sentence: Sentence, parse: Any) -> Place | None:
    """For officials meeting in a sentence that names no place, the country whose head of
    state or government was met ("met Djibouti's president", "held talks with Chad's prime
    minister"): a visitor meets one at home, not at the article's main place. Not the
    visitor's country, the subject's, nor a met minister's (who may be the visitor).
    ``acting``: the article's places that name who, not where (the possessive country)."""
    if parse is None:
        return None
    for tok in parse:
        met = tok.head
        if tok.dep_ != "poss" or not _a_head_of_state(met) or not (met.dep_ == "dobj" or (
                met.dep_ == "pobj" and met.head.lower_ == "with")):
            continue
        start = sentence.start + tok.idx
        host = next((p for p in acting if p.span[0] == start
                     and p.feature in COUNTRY_FEATURES), None)
        if host is not None:
            return host
    return None


def residents_place(places: Sequence[Place], text: str, sentence: Sentence) -> Place | None:
    """The town whose residents tell the sentence's act ("residents of Gao said jets bombed
    the town overnight"): people of a place report what happened there, not where the
    article's other news is."""
    for p in places:
        if sentence.start <= p.span[0] < sentence.end and _RESIDENTS.search(
                text, max(sentence.start, p.span[0] - _RESIDENTS_WINDOW), p.span[0]):
            return p
    return None


def there_place(usable: Sequence[Place], starts: Sequence[int],
                by_start: Sequence[tuple[int, int]], sentence: Sentence, parse: Any
                ) -> Place | None:
    """The place "there" stands for: the last of the ``usable`` places named shortly before
    the sentence (``by_start``: their starts with their index, in order; ``starts``, the
    starts alone); not the "there" of "there were", which names nothing."""
    if parse is None or not any(t.lower_ == "there" and t.dep_ == "advmod" for t in parse):
        return None
    k = bisect_left(starts, sentence.start) - 1
    if k < 0:
        return None
    p = usable[by_start[k][1]]
    return p if sentence.start - p.span[1] <= THERE_WINDOW else None


def _a_head_of_state(noun: Any) -> bool:
    """ "president", "king", "prime minister" (a minister only with "prime")."""
    word = noun.lower_
    return word in _HEADS_OF_STATE or (word == "minister" and any(
        c.lower_ == "prime" for c in noun.children))

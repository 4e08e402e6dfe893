"""The cue scan: which cue words and actor words a text holds, and each label's cue score.

Every cue scanner of ``events_cues.tsv`` whose words the text may hold is run over it (the
others are skipped by the lexicon's index); a hit inside a name ("Liberation Front"), after a
negation ("no arrests") or, for a claim, after the one accused ("soldiers were accused of")
does not count. :mod:`.classify` reasons over the :class:`Reading` this gives.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..actor_mentions import ActorMention, find_actor_mentions
from ..lexicon import CueScanner, cue_index, cue_scanners, text_keys

# Cues after the first sentence count less: news puts the main event first. Tuned on hand-written
# two-sentence examples where the second sentence is background (0.5 keeps a strong later cue
# above a weak first-sentence one).
LATER_SENTENCE_FACTOR = 0.5
# Characters between a verb and the noun it governs for window checks ("seized two rifles",
# "set up a new military post"): about six words of news English.
OBJECT_WINDOW = 60
# Where a sentence of the text ends: an end mark, then space before a capital or a quote.
SENTENCE_END = re.compile(r"[.!?][\"'”)]*\s+(?=[A-Z\"“])")
_NEGATED = re.compile(r"\b(?:no|not|without|never)\s+$", re.IGNORECASE)
# "X were accused of ...", "the woman accused of ...": the one accused did it; the act is the event.
_ACCUSED_PERSON = re.compile(r"\b(?:was|were|is|are|been|being|stands?|man|woman|men|women|"
                             r"person|people|suspects?|who|those|soldiers|officers|troops)\s+$",
                             re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue match: the words, where, and the cue it belongs to."""

    name: str
    weight: float
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Reading:
    """What the cue scan found in one text; the reasoning reads it (never changes it: readings
    are shared by :func:`read`'s cache)."""

    text: str
    hits: tuple[Hit, ...]
    actors: tuple[ActorMention, ...]
    first_end: int                              # end of the first sentence
    by_name: dict[str, list[Hit]] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        return bool(self.by_name.get(name))

    def first(self, name: str) -> Hit | None:
        hits = self.by_name.get(name)
        return hits[0] if hits else None

    def near(self, a: str, b: str, window: int = OBJECT_WINDOW, *, ordered: bool = True) -> bool:
        """A hit of ``a`` with a hit of ``b`` within ``window`` characters after it."""
        for ha in self.by_name.get(a, ()):
            for hb in self.by_name.get(b, ()):
                gap = hb.start - ha.end
                if (0 <= gap <= window) or (not ordered and 0 <= ha.start - hb.end <= window):
                    return True
        return False


# Detection reads each candidate sentence's text several times (its features, its rule
# mentions, its clauses), in the same order, a batch's worth apart: a batch of 32 long
# documents holds a few thousand distinct texts, and a megabyte of event-dense text about
# 13,000, beyond which the second pass missed every entry at 4,096 (H-speed, 512 KB of
# 'varied events': 12,704 misses, +0.32 CPU s per 100 KB). 16,384 holds them for a few MB.
READ_CACHE = 16_384


@lru_cache(maxsize=READ_CACHE)
def read(text: str) -> Reading:
    """Scan ``text`` with every cue and actor word list."""
    labelled = _label_hits(text)
    labels, scanners = _label_scanners(), cue_scanners()
    hits = [h for i in sorted(_possible(text))      # lexicon order: the order ties keep
            for h in (labelled[i] if i in labels else _cue_hits(scanners[i], text))]
    hits.sort(key=lambda h: h.start)
    by_name: dict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        by_name[h.name].append(h)
    return Reading(text, tuple(hits), find_actor_mentions(text), _first_end(text),
                   dict(by_name))


# A sentence's neighbours and its article's title are read for their label scores alone
# (``features``): scanning them for labels only, without the feature cues and the actor
# words, costs about a third of a full read; a batch holds a few thousand of them.
@lru_cache(maxsize=READ_CACHE)
def _label_hits(text: str) -> tuple[tuple[Hit, ...], ...]:
    """For each cue scanner in lexicon order, its hits in ``text`` if it names a label (none
    for a feature): what :func:`read` and :func:`text_label_scores` share."""
    scanners = cue_scanners()
    found: list[tuple[Hit, ...]] = [()] * len(scanners)
    for i in _possible(text) & _label_scanners():
        found[i] = tuple(_cue_hits(scanners[i], text))
    return tuple(found)


@lru_cache(maxsize=16)   # read asks right after _label_hits: found once for the two (H-speed8)
def _possible(text: str) -> frozenset[int]:
    """The indices of the cue scanners that may match in ``text`` (the others are skipped)."""
    return frozenset(cue_index().may_match(text_keys(text)))


@lru_cache(maxsize=1)
def _label_scanners() -> frozenset[int]:
    """The indices of the cue scanners naming a label (upper case), not a feature."""
    return frozenset(i for i, cue in enumerate(cue_scanners()) if cue.name.isupper())


def _cue_hits(cue: CueScanner, text: str) -> list[Hit]:
    """The hits of one cue scanner in ``text``, in order."""
    hits: list[Hit] = []
    in_names = cue.name.isupper() or cue.name == "territory"
    claims = cue.name == "ATTRIB"
    for m in cue.pattern.finditer(text):
        if in_names and (_in_name(text, m.start(), m.end()) or _NEGATED.search(
                text, max(0, m.start() - 12), m.start())):
            continue                    # a word of a name ("Liberation Front"), "no arrests"
        if claims and _ACCUSED_PERSON.search(text, max(0, m.start() - 20), m.start()):
            continue                    # "soldiers were accused of raping": the act is news
        weight = cue.weights[int(m.lastgroup[1:])] if m.lastgroup else 0.0
        hits.append(Hit(cue.name, weight, m.start(), m.end(), m.group()))
    return hits


def _first_end(text: str) -> int:
    """Where the first sentence of ``text`` ends."""
    m = SENTENCE_END.search(text)
    return m.end() if m else len(text)


def _in_name(text: str, start: int, end: int) -> bool:
    """A capitalised cue word next to another capitalised word is part of a name ("National
    Accord", "Liberation Front"), unless it opens the text or a sentence."""
    if not text[start:start + 1].isupper():
        return False
    prev = re.search(r"([A-Za-z][\w'-]*)\W{1,2}$", text[max(0, start - 30):start])
    nxt = re.match(r"\W{1,2}([A-Za-z][\w'-]*)", text[end:end + 30])
    opens = start == 0 or re.search(r"[.!?:\"]\s*$", text[max(0, start - 3):start])
    prev_cap = prev is not None and prev.group(1)[0].isupper() and not opens
    next_cap = nxt is not None and nxt.group(1)[0].isupper()
    return prev_cap or next_cap


def label_scores(r: Reading) -> dict[str, float]:
    """Each label's cue score: the best weight of each distinct cue word, later sentences less."""
    return _label_scores(r.hits, r.first_end)


def text_label_scores(text: str) -> dict[str, float]:
    """:func:`label_scores` of ``read(text)``, ``text`` scanned for the labels' cues only."""
    hits = sorted((h for found in _label_hits(text) for h in found), key=lambda h: h.start)
    return _label_scores(hits, _first_end(text))


def _label_scores(hits: Sequence[Hit], first_end: int) -> dict[str, float]:
    best: dict[tuple[str, str], float] = {}
    for h in hits:
        if not h.name.isupper():
            continue
        w = h.weight * (1.0 if h.start < first_end else LATER_SENTENCE_FACTOR)
        key = (h.name, h.text.lower())
        best[key] = max(best.get(key, 0.0), w)
    scores: dict[str, float] = defaultdict(float)
    for (name, _), w in best.items():
        scores[name] += w
    return dict(scores)

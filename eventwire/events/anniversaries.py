"""An event a sentence only remembers: the blast "ten years since" which families gathered, the
attacks whose "anniversary" a city marked (GUIDELINES: anniversaries are not events).

The learned model reads the remembered act's words ("an explosion ... killed nine workers") and
types the sentence by them, though its news is the gathering. The parse tells where those
words stand: inside the phrase of an anniversary ("the anniversary of the bombing") or of a
long time since ("ten years since an explosion killed nine"). When every word of harm stands
there, the sentence tells no event of harm; a protest at an anniversary stays one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import cue_scanners
from ..taxonomy import LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..lexicon import CueScanner

# Nouns of a remembered time: "the anniversary of", "ten years since" (not "two days since":
# a recent act told as the news's cause is no anniversary).
_ANNIVERSARY = frozenset({"anniversary", "anniversaries"})
_LONG_SPANS = frozenset({"year", "years", "decade", "decades", "century", "centuries"})
# Cue rows this heavy name an act by themselves, as the detector's prefilter takes them (lighter
# rows hold words like "emergency" that name no act).
STRONG_CUE = 2.0
# The kinds of harm an anniversary remembers (ACLED's event types; the disasters, labels of
# their own). The model may type the remembered act by any of them ("an explosion killed
# nine" as a man-made disaster or a bombing), so the words of all of them count.
_HARM_KINDS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians",
                         "Riots", "NATURAL_DISASTER", "MAN_MADE_DISASTER"})


def remembered_only(sent: Doc, label: str) -> bool:
    """True when ``label`` is a kind of harm and every cue word of harm in the parsed sentence
    stands inside an anniversary's or a long time-since's phrase, and there is at least one."""
    if _kind(label) not in _HARM_KINDS:
        return False
    spans = _remembered_spans(sent)
    if not spans:
        return False
    found = False
    for scanner in _harm_scanners():
        for m in scanner.pattern.finditer(sent.text):
            if _weight(scanner, m) < STRONG_CUE:
                continue                        # "firefighters" names no fire by itself
            if not any(lo <= m.start() < hi for lo, hi in spans):
                return False
            found = True
    return found


def _weight(scanner: CueScanner, m: re.Match[str]) -> float:
    return next(w for i, w in enumerate(scanner.weights) if m.group(f"g{i}"))


def _remembered_spans(sent: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentence's anniversary phrases ("the anniversary of X", its
    subtree) and long time-since phrases ("ten years since X", the clause after "since")."""
    out = []
    for tok in sent:
        if tok.lower_ in _ANNIVERSARY:
            out.append(_extent(tok))
        elif tok.lower_ == "since" and tok.head.lower_ in _LONG_SPANS:
            out.append(_extent(tok))                  # "ten years since the bombing"
        elif tok.lower_ == "since" and tok.dep_ == "mark" and _long_before(tok):
            out.append(_extent(tok.head))             # "ten years since a blast killed nine"
    return out


def _long_before(since: Token) -> bool:
    """A long span of time stands just before "since" or on its clause ("years since")."""
    before = since.nbor(-1) if since.i > since.sent.start else None
    return (before is not None and before.lower_ in _LONG_SPANS) or any(
        c.dep_ == "npadvmod" and c.lower_ in _LONG_SPANS for c in since.head.children)


def _extent(tok: Token) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _kind(label: str) -> str:
    """ACLED's event type of a label; an extra label is a kind of its own."""
    info = LABELS.get(label)
    return info.event_type if info is not None and info.event_type else label


@lru_cache(maxsize=1)
def _harm_scanners() -> tuple[CueScanner, ...]:
    """The cue scanners of the labels of harm (the cue lexicon's rows named by label)."""
    return tuple(s for s in cue_scanners() if s.name in LABELS and _kind(s.name) in _HARM_KINDS)

"""Figures a sentence tells of another happening than its event, read on its parse.

"The army regained the villages on Monday, after fighters killed at least 22 civilians on
Sunday", "Nikopol came under fire on Monday, two days after Saturday's shelling, which killed
two": the dead are the earlier happening's, told in a phrase or clause set at another time
("after", "before", "since", "following"), and the trigger is outside it. A participle of the
event's own clause ("exploded after noon prayers, killing 12") and an event told inside the
time phrase itself ("killed 12 after a bomb exploded", the trigger "exploded") keep theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nlp import text_of, token_at

if TYPE_CHECKING:  # spaCy is imported lazily: importing eventwire must stay cheap
    from spacy.tokens import Doc, Token


def told_apart(parse: Doc | None, text: str, trigger: tuple[int, int],
               figure: tuple[int, int]) -> bool:
    """Whether the figure at ``figure`` (offsets in ``text``, the parsed sentence's text) sits
    in a phrase or clause of another time than the trigger's (see the module docstring)."""
    if parse is None or text_of(parse) != text:
        return False
    fig, trig = token_at(parse, figure[0]), token_at(parse, max(trigger[0], 0))
    if fig is None or trig is None:
        return False
    # imported here: the places package reads numbers, which read this module
    from .places.clauses import TIME_APART
    tok = fig
    while tok.head.i != tok.i:
        tok = tok.head
        if _time_apart(tok, TIME_APART) and not (tok.i == trig.i or tok.is_ancestor(trig)):
            return True
    return False


def _time_apart(tok: Token, words: frozenset[str]) -> bool:
    """A preposition or subordinator of another time (``words``) heading its phrase or clause
    ("after the attack", "after fighters killed ..."), or the clause it marks."""
    if tok.lower_ in words and tok.dep_ in ("prep", "mark"):
        return True
    return tok.dep_ in ("advcl", "pcomp") and any(
        c.dep_ in ("mark", "prep") and c.lower_ in words for c in tok.children)

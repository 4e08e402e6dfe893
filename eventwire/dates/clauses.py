"""Whether a date is told in another clause than the event's: a relative or participial clause
that describes a person or thing of the sentence ("supporters of a teacher whom the board fired
in September rallied on Tuesday", "families of men who disappeared in 2015 held a sit-in").
The date there is when that clause's happening was, not the event's. Read from the sentence's
parse; where there is none, :func:`eventwire.dates.event_date` falls back on the words
between (a comma and "which" or "who").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Clauses that describe a noun: relative clauses and participles hung on it.
_DESCRIBING = frozenset({"relcl", "acl"})


def in_other_clause(parsed: Doc, start: int, span: tuple[int, int],
                    trigger_span: tuple[int, int]) -> bool:
    """True when the date at ``span`` (document offsets; the sentence starts at ``start``) lies
    in a clause describing a noun that neither holds the trigger at ``trigger_span`` nor is
    the trigger's own."""
    date = token_at(parsed, span[0] - start)
    trigger = token_at(parsed, trigger_span[0] - start)
    if date is None or trigger is None:
        return False
    clause = _describing_clause(date)
    # a clause of the event's own noun dates it ("an attack that killed five on Tuesday")
    return clause is not None and clause.head.i != trigger.i and not _within(trigger, clause)


def _describing_clause(tok: Token) -> Token | None:
    """The nearest clause describing a noun that the token is inside, if any."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in _DESCRIBING and node.pos_ in ("VERB", "AUX"):
            return node
        node = node.head
    return None


def _within(tok: Token, clause: Token) -> bool:
    return clause.left_edge.i <= tok.i <= clause.right_edge.i

"""Who reports an event rather than takes part in it: the subject and addressee of a
reporting verb ("officials said", "told the AP", "according to X") whose clause names its own
actor; and the act a reporting verb marked as the trigger tells of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..claims import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["extent", "heads_of", "reported_act", "source_spans"]


def reported_act(trigger: Token) -> Token:
    """The act a reporting verb tells of ("X fired on Y, police said": "fired"): a detector
    that marks "said" still means the event it reports, whose roles are that clause's."""
    if trigger.lower_ not in SPEECH_VERBS or trigger.lower_ == "according":
        return trigger
    told = [c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if told:
        return told[0]
    if trigger.dep_ == "parataxis" and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head                 # "X fired on Y, police said" parsed the other way
    return trigger


def source_spans(sent: Doc, trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of who reports ("officials said", "according to X", "told the AP")
    an event that the reported clause gives its own subject ("X said the attacker ..."). A
    pronoun subject ("X said they would ...") or none leaves the speaker the actor.

    Linear in the sentence: a subtree's range comes from its edges, and whether it holds the
    trigger from the trigger's heads, both computed once (sorting each reporting word's
    subtree made " according to" repeated quadratic)."""
    holds_trigger = heads_of(trigger)
    chain = _subject_chain(trigger)
    spans = []
    for tok in sent:
        if tok.lower_ not in SPEECH_VERBS or tok.i == trigger.i:
            continue
        if tok.lower_ != "according" and not (_names_own_subject(chain, tok)
                                               or _reports_named_act(tok)):
            continue
        parts = [tok] if tok.lower_ == "according" else [
            c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dative")
            or (c.dep_ == "dobj" and tok.lower_.startswith("t"))]       # "told reporters"
        spans += [extent(part) for part in parts if part.i not in holds_trigger]
    return spans


def extent(tok: Token) -> tuple[int, int]:
    """The character range of ``tok``'s subtree."""
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


def heads_of(tok: Token) -> set[int]:
    """``tok`` and its heads up to the root: the tokens whose subtree holds ``tok``."""
    out = {tok.i}
    while tok.head.i != tok.i and tok.head.i not in out:
        tok = tok.head
        out.add(tok.i)
    return out


# Clauses rarely nest deeper than this between a trigger and the verb reporting it.
MAX_CLAUSE_DEPTH = 8


def _subject_chain(trigger: Token) -> list[tuple[int, bool | None]]:
    """The trigger and its heads (at most :data:`MAX_CLAUSE_DEPTH`), each with whether it has
    a noun subject (True), a pronoun subject (False) or none (None)."""
    chain: list[tuple[int, bool | None]] = []
    node = trigger
    for _ in range(MAX_CLAUSE_DEPTH):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        chain.append((node.i, any(c.pos_ != "PRON" for c in subjects) if subjects else None))
        if node.head.i == node.i:
            break
        node = node.head
    return chain


def _names_own_subject(chain: list[tuple[int, bool | None]], reporting: Token) -> bool:
    """Whether the clauses between the trigger and the reporting verb have a noun subject; a
    trigger outside the reporting verb's reach (", officials said") counts as having one."""
    for i, noun_subject in chain:
        if i == reporting.i:
            return False
        if noun_subject is not None:
            return noun_subject                 # a pronoun: "they would meet": the speaker acts
    return True


def _reports_named_act(reporting: Token) -> bool:
    """Whether the clause a reporting verb tells names who acted ("X said the blast was
    carried out by a bomber", whatever word the detector marked): X only reports it."""
    return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass", "agent")
                                         and s.pos_ != "PRON" for s in c.children)
               for c in reporting.children)

"""The events the rules read in a sentence: one per clause naming a distinct event, typed by
the cue classifier (:mod:`.classify`), each done (its trigger's realis, not a time anchor, not
inside a quotation), with the rules' rough confidence; and the labels the rules read only as
not done. The detector (:mod:`.detect`) gives them the model's judgement.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..claims import inside_quotation
from ..nlp import text_of, token_at
from ..records import EventMention, Sentence
from ..taxonomy import event_type
from .airstrikes import bombers_are_people
from .captives import LABEL as TAKEN_PEOPLE
from .captives import TAKEN_LABELS, taking_people
from .classify import Classification, classify
from .clauses import another_verb, background_starts, sentence_clauses
from .crowdless import PROTESTS, marched_away
from .plover import plover_type, words_after
from .realis import ATTEMPT, IRREALIS_HEADS, realis, time_anchor

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A clause must score at least this much to be reported as an event on its own: one specific
# cue word (weights 3..6 in events_cues.tsv: "airstrikes", "arrested"), not a lone "bomb" (2)
# or "killed" (1). 4 was tried on a sample of local news: it drops "helicopters struck" too.
# A label the typing settled from who does what (``Classification.reasoned``: territory
# verbs weigh 0; "troops killed 14 jihadists") needs no cue score.
MIN_EVENT_SCORE = 3.0


def rule_mentions(sent: Doc, sentence: Sentence) -> tuple[EventMention, ...]:
    """The events the rules read in ``sent`` (one sentence, parsed alone) as having
    happened, with the rules' own rough confidence."""
    out: list[EventMention] = []
    seen: set[str] = set()
    background = background_starts(sent)
    for start, end in sentence_clauses(sent):
        if start in background:
            continue                    # "forces, which have been pressing an offensive"
        for offset, c in _readings(text_of(sent), start, end):
            if c.label in seen or not c.trigger or _weak(c):
                # one event of a label a sentence, and none of a weak cue, unless a later
                # clause tells a further happening
                c = _another(c, sent, start, end, out[-1]) if offset == start and out else None
                if c is None:
                    continue
            if inside_quotation(text_of(sent), offset + c.trigger_span[0]):
                continue                # words inside a quotation are someone's speech
            tok = token_at(sent, offset + c.trigger_span[0])
            if c.label != "ATTRIB" and tok is not None and (
                    not realis(tok) or time_anchor(tok)):
                continue
            if c.label == "AIR_STRIKE" and tok is not None and bombers_are_people(tok):
                continue                # "the gunmen and bombers had been trained"
            if c.label in PROTESTS and marched_away(sent):
                continue                # "armed men ... marched them into the hills"
            if c.label in TAKEN_LABELS and tok is not None and taking_people(tok):
                c = replace(c, label=TAKEN_PEOPLE)      # "gunmen seized eight drivers"
            seen.add(c.label)
            out.append(mention_of(c, offset, sentence, end))
    return tuple(out)


def _weak(c: Classification) -> bool:
    """The cue classifier's reading rests on too weak a cue (:data:`MIN_EVENT_SCORE`)."""
    return bool(c.scores) and c.scores[0][1] < MIN_EVENT_SCORE and not c.reasoned


def _another(c: Classification, sent: Doc, start: int, end: int, told: EventMention
             ) -> Classification | None:
    """The reading of a clause (characters ``start``..``end``) that tells a further happening
    (:func:`.clauses.another_verb`: "and another bomb hit a market in Tikrit", "a second salvo
    destroyed a hangar"): its cue's, however weak; with no cue, the label of the mention
    ``told`` before it, at the clause's verb. None for other clauses."""
    verb = another_verb(sent, start, end)
    if verb is None:
        return None
    if c.trigger:
        return c
    at = verb.idx - start
    return Classification(told.type.label, verb.text, (at, at + len(verb.text)),
                          told.confidence)


def irrealis_labels(sent: Doc) -> frozenset[str]:
    """Labels the rules read in ``sent`` only under a threat, plan, wish, negation or modal
    ("he contemplated a hunger strike", "rebels vowed to retake the town")."""
    out = set()
    for start, end in sentence_clauses(sent):
        for offset, c in _readings(text_of(sent), start, end):
            if not c.trigger or c.label == "ATTRIB":
                continue
            tok = token_at(sent, offset + c.trigger_span[0])
            if tok is not None and not realis(tok, IRREALIS_HEADS - ATTEMPT):
                out.add(c.label)
    return frozenset(out)


def _readings(text: str, start: int, end: int) -> list[tuple[int, Classification]]:
    """The clause's label; a claim of responsibility also reports the act claimed
    ("IS claimed the bombings in Ankara": ATTRIB and SUIC_BOMB)."""
    c = classify(text[start:end])
    out = [(start, c)]
    if c.label == "ATTRIB" and c.trigger:
        rest = start + c.trigger_span[1]
        claimed = classify(text[rest:end])
        if claimed.label != "ATTRIB":
            out.append((rest, claimed))
    return out


def mention_of(c: Classification, offset: int, sentence: Sentence, end: int | None = None
               ) -> EventMention:
    """The mention of what the cue classifier read at ``offset`` of ``sentence`` (its trigger
    and the clause it read, to ``end``), with the rules' rough confidence."""
    s, e = c.trigger_span
    span = (sentence.start + offset + s, sentence.start + offset + e)
    ptype, mode = plover_type(c.trigger, c.label, words_after(sentence, span))
    return EventMention(event_type(c.label, ptype, mode), c.trigger, span,
                        sentence, c.confidence,
                        clause=(sentence.start + offset,
                                sentence.start + (len(sentence.text) if end is None else end)))

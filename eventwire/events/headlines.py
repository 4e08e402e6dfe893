"""A headline told in the present: "Gunmen kill 5 in attack on bus in Zamfara", "Army retakes
key town of Palma from insurgents", "Rebels seize border town, army says".

Headlines, wire alerts, radio bulletins and live-blog entries tell what just happened in the
simple present. The learned model, trained mostly on sentences in the past tense, reads that
tense as a habit or a state and is unsure (0.2-0.6 on such lines), though the rules read the
same act in the same words. This reading tells the headline's shape from the parse: a short
sentence whose act verb is a bare present with a named subject, a place or a number that makes
it one occurrence, and no word of habit, and it makes the event the rules and the model agree
on as sure as the other parse rules make theirs (:data:`HEADLINE_CONFIDENCE`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..records import EventMention
from .plover import main_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .model import Sure

# As sure as the other parse rules' readings (0.8): a reading here is the rules' own label
# agreed by the model, in a shape a headline has. On the headlines of the third review set
# (training/data/reviews/r12) the model gave the real events 0.16-0.79; the corpus slices,
# whose sentences are body text, hold few headlines.
HEADLINE_CONFIDENCE = 0.8
# The model's own confidence in the label at least this. On our headlines
# (tests/events/test_headlines.py) the real events scored 0.31-0.79 and the look-alikes whose
# words the rules read (a storm of investors, a heat wave that kills crops, a generic "drone
# strikes kill civilians", a march in a musical) 0.00-0.18.
HEADLINE_FLOOR = 0.25
# Headlines are short: at most this many words (punctuation left out). The review's headlines
# ran 6-14 words; a body sentence in the present that tells a habit or a state runs longer.
MAX_HEADLINE_WORDS = 16
# Words that make a present tell a habit, a trend or a state, not one occurrence.
HABIT_WORDS = frozenset({
    "often", "usually", "regularly", "routinely", "always", "sometimes", "frequently",
    "typically", "generally", "increasingly", "repeatedly", "never", "rarely", "seldom",
    "every", "each", "annually", "daily", "weekly", "still", "continue", "continues"})
# Verbs whose present tells a state or a stance, whatever the headline.
_STATES = frozenset({
    "is", "are", "has", "have", "remain", "remains", "control", "controls", "hold", "holds",
    "face", "faces", "fear", "fears", "want", "wants", "need", "needs", "deny", "denies",
    "plan", "plans", "vow", "vows", "threaten", "threatens", "warn", "warns", "urge", "urges",
    "seek", "seeks", "say", "says", "claim", "claims", "accuse", "accuses", "mark", "marks"})
# Entity labels that anchor an act to one occurrence: a place, a count, a people or a named
# body ("Israeli, Jordanian foreign ministers meet", "Hamas fighters ...").
_ANCHORS = frozenset({"GPE", "LOC", "FAC", "CARDINAL", "NORP", "ORG"})


def headline_act(sent: Doc, realis: Callable[[Token], bool]) -> Token | None:
    """The act verb of a headline told in the present (see the module docstring), or None."""
    words = [t for t in sent if not t.is_punct]
    if not words or len(words) > MAX_HEADLINE_WORDS or sent.text.lstrip()[:1] in "\"“'‘":
        return None
    if any(t.lower_ in HABIT_WORDS for t in words):
        return None
    verb = main_verb(sent)
    if (verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lower_ in _STATES
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
            or not realis(verb)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    if not any(e.label_ in _ANCHORS for e in sent.ents) and not any(
            t.like_num or t.pos_ == "PROPN" for t in words):
        return None
    return verb


def headline_label(sent: Doc, rules: Sequence[EventMention], judged: Sure,
                   realis: Callable[[Token], bool]) -> str | None:
    """The model's label when the sentence is a headline in the present, the model gives it at
    least :data:`HEADLINE_FLOOR` and a rule reads the same label in the headline's act: its
    verb ("Guerrillas kidnap 3 oil workers") or its subject ("Car bomb kills 7"); a rule's word
    in the object is what the act is about ("Opposition leader slams arrests")."""
    label = judged.judgement.label
    if judged.confidence < HEADLINE_FLOOR:
        return None
    verb = headline_act(sent, realis)
    if verb is None:
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    spans = [(verb.idx, verb.idx + len(verb))] + [
        (d.left_edge.idx, d.right_edge.idx + len(d.right_edge)) for d in doers]
    for m in rules:
        at = m.trigger_span[0] - m.sentence.start      # the parse is of the sentence alone
        if m.type.label == label and any(a <= at < b for a, b in spans):
            return label
    return None

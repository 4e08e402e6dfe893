"""Event detection: which sentences report an event that happened, and of what type.

:meth:`Detector.is_candidate` is the cheap prefilter the pipeline runs on every sentence
before spaCy (one regex of event words, no parse); :meth:`Detector.detect` reads a parsed
sentence and returns the events it reports — not threats, plans, denials, opinions or
hypotheticals — typed by :mod:`eventwire.classify` (one per clause naming a distinct event).
"""

from __future__ import annotations

import re
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from .classify import Classification, classify
from ..lexicon import event_cues
from .plover import plover_type, read_plover
from ..records import EventMention, Sentence
from ..taxonomy import event_type

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Labels whose cue words are too common to make a sentence a candidate on their own.
_WEAK_CANDIDATE_CUES = frozenset({"OTHER"})
# Verbs and particles that turn a clause into something not (yet) done: threats, plans, wishes.
_IRREALIS_HEADS = frozenset({"threaten", "threatens", "threatened", "threatening", "vow", "vows",
                             "vowed", "vowing", "plan", "plans", "planned", "planning", "intend",
                             "intends", "intended", "prepare", "prepares", "prepared", "preparing",
                             "aim", "aims", "aimed", "seek", "seeks", "sought", "want", "wants",
                             "wanted", "warn", "warns", "warned", "promise", "promised", "pledge",
                             "pledged", "hope", "hoped", "expect", "expected", "try", "tried",
                             "attempt", "attempted", "urge", "urged", "demand", "demanded", "ask",
                             "asked", "propose", "proposed", "consider", "considered", "fear",
                             "feared", "threat", "threats", "plot", "plotted"})
_IRREALIS_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "must",
                           "'ll", "ca", "can"})
_DENIAL = frozenset({"deny", "denies", "denied", "reject", "rejects", "rejected", "dismissed",
                     "refuted"})
# A clause must score at least this much to be reported as an event on its own: one specific
# cue word (weights 3..6 in events_cues.tsv: "airstrikes", "arrested"), not a lone "bomb" (2)
# or "killed" (1). 4 was tried on a sample of local news: it drops "helicopters struck" too.
# A label the typing settled from who does what (``Classification.reasoned``: territory
# verbs weigh 0; "troops killed 14 jihadists") needs no cue score.
MIN_EVENT_SCORE = 3.0


class Detector:
    """Finds and types the events sentences report; lexicons load on first use."""

    @cached_property
    def _candidate_regex(self) -> re.Pattern[str]:
        parts = [c.pattern.pattern for c in event_cues()
                 if c.name.isupper() and c.name not in _WEAK_CANDIDATE_CUES and c.weight >= 2]
        parts += [c.pattern.pattern for c in event_cues() if c.name in ("territory",
                                                                         "attack_verb")]
        return re.compile("|".join(parts), re.IGNORECASE)

    def is_candidate(self, sentence_text: str) -> bool:
        """Cheap prefilter: does the sentence name any event word at all (high recall)."""
        return self._candidate_regex.search(sentence_text) is not None

    def detect(self, sent: Doc, sentence: Sentence) -> tuple[EventMention, ...]:
        """The events ``sent`` (one sentence, parsed alone) reports as having happened."""
        out: list[EventMention] = []
        seen: set[str] = set()
        for start, end in _clauses(sent):
            if _background(sent, start):
                continue                    # "forces, which have been pressing an offensive"
            for offset, c in self._readings(sent.text, start, end):
                if c.label in seen or not c.trigger or (
                        c.scores and c.scores[0][1] < MIN_EVENT_SCORE and not c.reasoned):
                    continue
                if _quoted(sent.text, offset + c.trigger_span[0]):
                    continue                # words inside a quotation are someone's speech
                tok = _token_at(sent, offset + c.trigger_span[0])
                if c.label != "ATTRIB" and tok is not None and not _realis(tok):
                    continue
                seen.add(c.label)
                out.append(self._mention(c, offset, sentence))
        return tuple(out)

    @staticmethod
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

    def _mention(self, c: Classification, offset: int, sentence: Sentence) -> EventMention:
        s, e = c.trigger_span
        ptype, mode = plover_type(c.trigger, c.label)
        return EventMention(event_type(c.label, ptype, mode), c.trigger,
                            (sentence.start + offset + s, sentence.start + offset + e),
                            sentence, c.confidence)

    def classify_snippet(self, doc: Doc) -> str:
        """The label of the snippet's main event (one of the 30 labels)."""
        return classify(doc.text).label

    def classify_text(self, text: str) -> Classification:
        """Typing without a parse (what the speed benchmark measures)."""
        return classify(text)

    def plover_snippet(self, doc: Doc) -> str:
        """The PLOVER type of the snippet's main event."""
        found = read_plover(doc.text, doc)
        return found[0] if found else plover_type(doc.text, classify(doc.text).label)[0]

    def snippet_actors(self, doc: Doc) -> tuple[str | None, str | None]:
        """Source and target actor text of the snippet's main event: the main verb's subject
        and object, else the actors of the first detected event."""
        from ..actors import ActorExtractor
        from .plover import clause_roles
        source, target = clause_roles(doc)
        if source is not None:
            return source, target
        sentence = Sentence(doc.text, 0, len(doc.text))
        mentions = self.detect(doc, sentence) or (self._mention(classify(doc.text), 0, sentence),)
        a1, a2 = ActorExtractor().actors(doc, sentence, mentions[0])
        return (a1.text if a1 else None), (a2.text if a2 else target)


def _clauses(sent: Doc) -> list[tuple[int, int]]:
    """Character ranges of the sentence's clauses: split before conjoined or relative verbs
    heading their own subject ("... and IS claimed ..."), so two events are read apart."""
    cuts = [0]
    for tok in sent:
        if tok.dep_ in ("conj", "advcl", "ccomp", "relcl") and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            left = min(t.idx for t in tok.subtree)
            if left - cuts[-1] > 20:
                cuts.append(left)
    cuts.append(len(sent.text))
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _background(sent: Doc, start: int) -> bool:
    """A relative clause in the perfect progressive describes an actor's ongoing activity
    ("government forces, which have been pressing an offensive since April"), not news."""
    for tok in sent:
        if tok.dep_ == "relcl" and tok.tag_ == "VBG" and min(t.idx for t in tok.subtree) == start:
            return any(c.lower_ == "been" for c in tok.children)
    return False


def _quoted(text: str, pos: int) -> bool:
    """True when ``pos`` falls inside a quotation ("straight" or “curly”)."""
    before = text[:pos]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


def _token_at(sent: Doc, char: int) -> Token | None:
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok
    return None


def _realis(tok: Token) -> bool:
    """False when the trigger sits under a threat, plan, negation, denial or modal."""
    node = tok
    for _ in range(6):                      # a trigger is rarely deeper than six heads
        for child in node.children:
            if child.dep_ == "neg":
                return False
            if child.dep_ == "aux" and child.lower_ in _IRREALIS_AUX:
                return False
        passive = any(c.dep_ == "auxpass" for c in node.children)   # "was planned in Raqqa"
        if (node.lower_ in _IRREALIS_HEADS or node.lower_ in _DENIAL) and not passive:
            return node.i == tok.i and node.pos_ == "NOUN"
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        node = node.head
    return True

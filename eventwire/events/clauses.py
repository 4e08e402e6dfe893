"""The clauses of a candidate sentence: where they start, which hold a time or place of their
own, which tell an actor's ongoing background or what came before the sentence's news, and
which rule mention is the main event's own word. The detector reads one event per clause;
these say which clause may give one, and which is the news."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ..claims import SPEECH_VERBS
from ..nlp import text_of
from ..places.recognize import PLACE_NOUN
from ..records import EventMention
from ..taxonomy import CROWD_TYPES, VIOLENT_TYPES, event_type

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .detect import Candidate
    from .model import Judgement, Sure

# Entity types that give a clause a time or place of its own.
WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
WHERE = frozenset({"GPE", "LOC", "FAC"})
_TIMES = frozenset({"DATE", "TIME"})
# A length of time before these tells a time of its own ("about an hour later").
_LATER = frozenset({"later", "earlier"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around", "across", "inside"})


def own_time_or_place(cand: Candidate, m: EventMention, main: EventMention,
                       kinds: frozenset[str] = WHEN_WHERE) -> bool:
    """True when ``m``'s clause names a date, time or place (entities of ``kinds``) that the
    rest of ``main``'s clause does not ("Rebels kidnapped two engineers on Monday, and a bomb
    killed a soldier on Tuesday"; "IS claimed the bombings in Beirut": the claim's clause
    holds the act's)."""
    s0 = cand.sentence.start
    whole = (s0, cand.sentence.end)
    own = m.clause or whole
    lead = main.clause or whole

    text = text_of(cand.parsed)
    timed = not kinds.isdisjoint(_TIMES)

    def named(keep: Callable[[int, int], bool]) -> set[str]:
        # The small model often mislabels an unfamiliar town (PERSON, NORP): a proper noun
        # after a preposition of place, or after "the town of", counts too; and a time told
        # from another ("about an hour later").
        ents = {e.text.lower() for e in cand.parsed.ents
                if e.label_ in kinds and keep(s0 + e.start_char, s0 + e.end_char)}
        return ents | {t.lower_ for t in cand.parsed if keep(s0 + t.idx, s0 + t.idx + len(t))
                       and (t.pos_ == "PROPN" and t.dep_ == "pobj"
                            and (t.head.lower_ in _PLACE_PREPOSITIONS or (
                                t.head.lower_ == "of" and PLACE_NOUN.search(text[:t.idx])))
                            or timed and t.lower_ in _LATER and t.dep_ == "advmod"
                            and any(c.dep_ == "npadvmod" for c in t.children))}

    mine = named(lambda a, b: own[0] <= a and b <= own[1])
    theirs = named(lambda a, b: lead[0] <= a and b <= lead[1] and not own[0] <= a < own[1])
    return bool(mine - theirs) or (timed and _days_apart(text, m.trigger_span[0] - s0))


def _days_apart(text: str, at: int) -> bool:
    """The word at ``at`` lies in a trailing clause that tells how long before or after the
    main clause it happened (", a day after separatist fighters killed two soldiers"): a time
    of its own, whether or not the parse marked it."""
    trailing = _TRAILING_SEQUENCE.search(text)
    return trailing is not None and trailing.group("span") is not None and at >= trailing.end()


def same_word(m: EventMention, main: EventMention) -> bool:
    """True when a rule's mention is told by the main event's own trigger word: one act, not a
    second one ("police arrested 61 people as they held up signs" read as an arrest and as the
    protest's intervention)."""
    (a, b), (c, d) = m.trigger_span, main.trigger_span
    return a < d and c < b



# Words by which a clause tells a happening besides one the sentence told before it, of its
# kind: "and a second device went off at a checkpoint", "another mine killed two", "a police
# post nearby was also fired on", "the town was hit again on Saturday night".
_ANOTHER_ONE = frozenset({"another", "second", "third", "fourth"})
_ONCE_MORE = frozenset({"also", "again"})


def another_verb(sent: Doc, start: int, end: int) -> Token | None:
    """The verb of the clause of characters ``start``..``end`` of the sentence that heads its
    own subject and tells a further happening: its subject is "another" or "a second" one (not
    a count of people: "another 20 were wounded"), or it is done "also" or "again"; else
    None."""
    for verb in sent:
        if (not start <= verb.idx < end or verb.pos_ not in ("VERB", "AUX")
                or verb.lower_ in SPEECH_VERBS):     # "Xinhua also reported": no happening
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        if any(c.dep_ == "advmod" and c.lower_ in _ONCE_MORE for c in verb.children):
            return verb
        if any(c.dep_ in ("det", "amod") and c.lower_ in _ANOTHER_ONE
               for s in subjects if s.pos_ != "NUM" and all(c.dep_ != "nummod" for c in s.children)
               for c in s.children):
            return verb
    return None


def tells_further(sent: Doc, start: int, m: EventMention) -> bool:
    """The mention ``m`` of the sentence starting at document offset ``start`` is read in a
    clause telling a further happening (:func:`another_verb`)."""
    return m.clause is not None and another_verb(
        sent, m.clause[0] - start, m.clause[1] - start) is not None


def sentence_clauses(sent: Doc) -> list[tuple[int, int]]:
    """Character ranges of the sentence's clauses: split before conjoined or relative verbs
    heading their own subject ("... and IS claimed ..."), and before what came before or after
    the main clause set off by a comma (", a day after a ceasefire took effect": the parse
    hangs its verb on "after" as a preposition's), so two events are read apart."""
    starts = [tok.left_edge.idx for tok in sent
              if tok.dep_ in ("conj", "advcl", "ccomp", "relcl") and tok.pos_ in ("VERB", "AUX")
              and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)]
    trailing = _TRAILING_SEQUENCE.search(text_of(sent))
    if trailing is not None:
        starts.append(trailing.start() + 1)
    cuts = [0]
    for left in sorted(starts):
        if left - cuts[-1] > 20:
            cuts.append(left)
    cuts.append(len(text_of(sent)))
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def background_starts(sent: Doc) -> frozenset[int]:
    """Where the sentence's relative clauses in the perfect progressive start: they describe an
    actor's ongoing activity ("government forces, which have been pressing an offensive since
    April"), not news."""
    return frozenset(tok.left_edge.idx for tok in sent
                     if tok.dep_ == "relcl" and tok.tag_ == "VBG"
                     and any(c.lower_ == "been" for c in tok.children))


# Words that open what came before or after the sentence's news: "a day after X", "since X".
_SEQUENCE = frozenset({"after", "before", "since", "following", "until"})


# The fewest words a main clause needs to be judged alone (:func:`lead_clause`): a subject, a
# verb and a place or time ("a car bomb exploded in Kabul"). Set by reasoning.
LEAD_WORDS = 5
# A clause of what came before or after: how long before or after ("two days"), and the word.
_HOW_LONG = (r"(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+"
             r"(?:day|days|hours?|weeks?|months?)\s+")
_SEQUENCE_WORD = r"(?:after|before|since|following)\s+"
# ... opening the sentence, set off by a comma before its main clause: "Hours after the
# derailment, ", "A day after the raid, ", "Following the blast, ".
_LEADING_SEQUENCE = re.compile(
    rf"(?:{_HOW_LONG}|(?:shortly|soon|just|only|hours|days|weeks|minutes)\s+)?{_SEQUENCE_WORD}"
    r"[^,;:]{3,80},\s+", re.IGNORECASE)
# ... set off by a comma after the main clause: ", a day after", ", days before", ", following"
# (not ", after which": a relative clause goes on telling the news).
_TRAILING_SEQUENCE = re.compile(
    rf",\s+(?P<span>{_HOW_LONG})?(?:(?:shortly|soon|just|only|hours|days|weeks)\s+)?"
    rf"{_SEQUENCE_WORD}(?!which\b|whom\b)", re.IGNORECASE)


def in_sequence_clause(sent: Doc, offset: int) -> bool:
    """True when the word at ``offset`` (characters into the sentence) tells what came before
    or after the sentence's main clause: it hangs, a few heads up, on "after", "before",
    "since", "following" or "until", or follows them set off by a comma after the main clause
    ("drones hit the town on Tuesday, a day after the group said its fighter had blown
    himself up in X": the bombing; the parse may hang the clause's verb elsewhere)."""
    trailing = _TRAILING_SEQUENCE.search(text_of(sent))
    if trailing is not None and offset >= trailing.end():
        return True
    tok = next((t for t in sent if t.idx <= offset < t.idx + len(t)), None)
    node = tok
    for _ in range(8):
        if node is None or node.head.i == node.i:
            return False
        if node.lower_ in _SEQUENCE and node.dep_ == "prep" and node.i != tok.i or any(
                c.dep_ == "mark" and c.lower_ in _SEQUENCE for c in node.children):
            return True                 # "after the blast", "after the group said ..."
        node = node.head
    return False


def main_clause_news(sent: Doc, offset: int, rules: Sequence[EventMention], j: Judgement
                     ) -> Judgement:
    """The judgement ``j`` of the sentence (at ``offset`` in its document), with the label of
    the rules' mention of violence in the sentence's main clause where the model's label is
    read only in what came before or after it (:func:`in_sequence_clause`: "drones hit the
    town on Tuesday, a day after the group said its fighter had blown himself up in X": the
    strikes are the news; the bombing is read as its clause's own event). Not for a crowd's:
    arrests or a march after a protest are its own."""
    def told_apart(m: EventMention) -> bool:
        return in_sequence_clause(sent, m.trigger_span[0] - offset)
    own = [m for m in rules if m.type.label == j.label]
    if not own or not all(told_apart(m) for m in own):
        return j
    main = next((m for m in rules if m.type.label != j.label and not told_apart(m)), None)
    if main is None or main.type.event_type not in VIOLENT_TYPES or (
            event_type(j.label).event_type in CROWD_TYPES):
        # "police arrested eight after demonstrators sat down", a crowd's march "after the
        # protest turned violent": one protest, one riot
        return j
    return replace(j, label=main.type.label)


def lead_clause(sent: Doc, offset: int, rules: Sequence[EventMention]
                ) -> tuple[int, int] | None:
    """The span (characters into the sentence, at ``offset`` in its document) of its main
    clause, when the rules read events only outside it, in a clause of what came before or
    after: trailing ("an explosives-laden car blew up outside a police station on Wednesday,
    a day after gunmen killed two policemen and two days after 15 inmates died in a riot":
    the car bomb, no rule's word, is the news; the model reading the whole sentence types it
    by the riot) or leading ("hours after the derailment, two gunmen shot dead two village
    defence volunteers at a checkpoint"); else None."""
    text = text_of(sent)
    if not rules:
        return None
    leading = _LEADING_SEQUENCE.match(text)
    trailing = _TRAILING_SEQUENCE.search(text)
    if leading is not None and all(m.trigger_span[0] - offset < leading.end() for m in rules):
        span = (leading.end(), trailing.start() if trailing else len(text))
    elif trailing is not None and all(m.trigger_span[0] - offset >= trailing.end()
                                      for m in rules):
        span = (leading.end() if leading else 0, trailing.start())
    else:
        return None
    return span if len(text[span[0]:span[1]].split()) >= LEAD_WORDS else None


# A main clause's own judgement stands for its sentence's (:func:`lead_over_sequence`) when at
# least this sure: more likely than not an event of its label. Set by reasoning, not tuned.
LEAD_CONFIDENCE = 0.5


def lead_over_sequence(judged: Sure, lead: Sure | None, rules: Sequence[EventMention]) -> Sure:
    """The sentence's judgement, or its main clause's (``lead``, :func:`lead_clause`) where
    the model typed the whole sentence by a happening the rules read only outside that clause
    and the clause alone is read as another event (:data:`LEAD_CONFIDENCE`)."""
    if (lead is None or lead.confidence < LEAD_CONFIDENCE
            or lead.judgement.label == judged.judgement.label
            or all(m.type.label != judged.judgement.label for m in rules)):
        return judged
    return lead

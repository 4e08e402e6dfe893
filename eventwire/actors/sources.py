"""Who reports an event rather than takes part in it: the subject and addressee of a
reporting verb ("officials said", "told the AP", "according to X") whose clause names its own
actor; and the act a reporting verb marked as the trigger tells of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..claiming import ACT_VERBS
from ..claims import SPEECH_VERBS
from ..nlp import text_of, token_at

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from ..actor_mentions import ActorMention

__all__ = [
    "accused_act_words",
    "accused_of",
    "accuser_spans",
    "blamed_words",
    "extent",
    "heads_of",
    "reported_act",
    "responder_spans",
    "source_spans",
    "speaker_meant",
    "speakers_own",
]


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


def source_spans(sent: Doc, trigger: Token, *, spoken: bool = False) -> list[tuple[int, int]]:
    """Character ranges of who reports ("officials said", "according to X", "told the AP")
    an event that the reported clause gives its own subject ("X said the attacker ..."). A
    pronoun subject ("X said they would ...") or none leaves the speaker the actor.

    Linear in the sentence: a subtree's range comes from its edges, and whether it holds the
    trigger from the trigger's heads, both computed once (sorting each reporting word's
    subtree made " according to" repeated quadratic). ``spoken``: the event is an exchange of
    words, so a telling verb whose own phrase holds it ("in a phone call, X told Y that ...")
    tells how the parties exchanged them: its speaker and addressee take part."""
    holds_trigger = heads_of(trigger)
    means = _phrase_of(trigger) if spoken else None
    means_i = means.i if means is not None else -1
    chain = _subject_chain(trigger)
    spans = []
    for tok in sent:
        if tok.lower_ not in SPEECH_VERBS or tok.i in (trigger.i, means_i):
            continue
        if tok.lower_ != "according" and not (_names_own_subject(chain, tok)
                                               or _reports_named_act(tok)
                                               or _closes_after(tok, trigger)):
            continue
        parts = [tok] if tok.lower_ == "according" else [
            c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dative")
            or (c.dep_ == "dobj" and tok.lower_.startswith("t"))]       # "told reporters"
        spans += [extent(part) for part in parts if part.i not in holds_trigger]
    return spans


def _phrase_of(trigger: Token) -> Token | None:
    """The reporting verb a noun trigger is a phrase of ("in a phone call", "during talks"),
    through prepositions, nouns and clauses with no subject of their own ("in a call to mark
    the date, X told Y"): never through a clause it reports, which has its own subject."""
    node = trigger
    for _ in range(MAX_CLAUSE_DEPTH):
        if node.head.i == node.i or node.dep_ not in _PHRASE_DEPS:
            return None
        node = node.head
        if node.lower_ in SPEECH_VERBS:
            return node
        if node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return None
    return None


# Dependencies of the words between a noun trigger and the verb it is a phrase of.
_PHRASE_DEPS = frozenset({"pobj", "prep", "npadvmod", "compound", "ccomp", "xcomp", "advcl"})


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
        subjects = [c for c in node.children
                    if c.dep_ in ("nsubj", "nsubjpass", "agent", "expl")]
        chain.append((node.i, any(_names_other(c) for c in subjects) if subjects else None))
        if node.head.i == node.i:
            break
        node = node.head
    return chain


_THIRD_PERSON = frozenset({"he", "she", "they", "it"})


def _names_other(subject: Token) -> bool:
    """Whether a clause's subject is someone other than whoever reports it: a noun, "there"
    ("X said there were attacks": X only tells), or "he"/"they" inside a quotation ("X said,
    \"He fired at the police\"": a third person, not X)."""
    if subject.pos_ != "PRON" or subject.dep_ == "expl":
        return True
    if subject.lower_ not in _THIRD_PERSON:
        return False
    before = text_of(subject.doc)[:subject.idx]
    return sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1


def _names_own_subject(chain: list[tuple[int, bool | None]], reporting: Token) -> bool:
    """Whether the clauses between the trigger and the reporting verb have a noun subject; a
    trigger outside the reporting verb's reach (", officials said") counts as having one."""
    for i, noun_subject in chain:
        if i == reporting.i:
            return False
        if noun_subject is not None:
            return noun_subject                 # a pronoun: "they would meet": the speaker acts
    return True


def _closes_after(reporting: Token, trigger: Token) -> bool:
    """Whether a reporting verb closes the sentence after a comma, past the trigger ("fighting
    between two armed groups killed 12 overnight, officials said"): its speaker reports, even
    where the parser hangs the act's words on the verb with no subject of their own."""
    subject = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < trigger.i or subject.i > reporting.i:
        return False
    before = subject.left_edge.i - 1
    return before > trigger.i and subject.doc[before].text == ","


def _reports_named_act(reporting: Token) -> bool:
    """Whether the clause a reporting verb tells names who acted ("X said the blast was
    carried out by a bomber", whatever word the detector marked): X only reports it."""
    return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass", "agent")
                                         and s.pos_ != "PRON" for s in c.children)
               for c in reporting.children)


# Verbs whose object is said to have done what their "of"/"for" phrase tells ("accused the army
# of shelling the camp", "blamed the militia for killing ..."), in their written forms.
_ACCUSING = frozenset({"accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed",
                       "blaming", "charge", "charged", "charges", "charging", "suspect",
                       "suspects", "suspected", "suspecting", "condemned", "condemning",
                       "condemns", "condemn"})


def accused_of(act: Token) -> list[Token]:
    """The words of whom an accusation names as doing ``act`` ("X accused the army of
    shelling the camp": the army; "the army was accused of torching homes": the army)."""
    verb = _accusing_verb(act)
    if verb is None:
        return []
    return [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]


def blamed_words(verb: Token) -> list[Token]:
    """The words of whom a verb of accusing names ("police blamed X", "blamed the attack on
    X", "X was accused of ..."): the one an attribution says did it."""
    if verb.lower_ not in _ACCUSING:
        return []
    on = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
          for t in c.subtree]
    return on or [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                  for t in c.subtree]


def accused_act_words(verb: Token) -> list[Token]:
    """The words of the act a verb of accusing tells ("accused X of killing six priests":
    "killing six priests"; "blamed X for the killing of two guards"), where whom it was done
    to is named."""
    if verb.lower_ not in _ACCUSING:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return [t for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in (
        "of", "for") for p in c.children if p.dep_ == "pcomp" or p.dep_ == "pobj" and any(
            g.dep_ == "prep" and g.lower_ == "of" for g in p.children) for t in p.subtree]


def accuser_spans(trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of who accuses another of the trigger's act, or of who accuses when
    the trigger is the accusing verb: a source, not a party."""
    if trigger.lower_ in _ACCUSING and blamed_words(trigger):
        return [extent(c) for c in trigger.children if c.dep_ == "nsubj"]
    act = trigger                       # up to its verb, or to the noun the accusation
    while act.pos_ not in ("VERB", "AUX") and act.head.i != act.i and (  # names ("accused
            _accusing_verb(act) is None):                   # the regime of heavy shelling")
        act = act.head
    verb = _accusing_verb(act)
    if verb is None or not accused_of(act):
        return []
    return [extent(c) for c in verb.children if c.dep_ == "nsubj"]


def _accusing_verb(act: Token) -> Token | None:
    """The verb of accusing whose "of"/"for" phrase tells ``act``, if any."""
    prep = act.head
    if act.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for"):
        return None
    verb = prep.head
    if verb.lower_ not in _ACCUSING and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head                    # "of" attached to the one accused
    return verb if verb.lower_ in _ACCUSING else None


# Verbs of what others do about an act after it ("police examined the blast", "the president
# condemned the killing of ..."): their subject did not do the act their object names.
_AFTERMATH = frozenset(f"{stem}{end}" for stem, ends in (
    ("prob", ("e", "es", "ed", "ing")), ("investigat", ("e", "es", "ed", "ing")),
    ("inspect", ("", "s", "ed", "ing")), ("examin", ("e", "es", "ed", "ing")),
    ("condemn", ("", "s", "ed", "ing")), ("denounc", ("e", "es", "ed", "ing")),
    ("mourn", ("", "s", "ed", "ing")), ("surviv", ("e", "es", "ed", "ing")),
    ("witness", ("", "es", "ed", "ing")), ("cordon", ("", "s", "ed", "ing")),
    ("deplor", ("e", "es", "ed", "ing")), ("regrett", ("ed", "ing")), ("regret", ("", "s")))
    for end in ends)


def responder_spans(trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of who probes, condemns or witnesses the act a noun trigger names
    ("while police examined the bomb blast": the police did not set it off)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    node = trigger
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return []                           # the act is the subject, not the object
        node = node.head
    if node.lower_ not in _AFTERMATH:
        return []
    return [extent(c) for c in node.children if c.dep_ == "nsubj"]


# Pronouns by which a speaker tells of their own side's act ("X said he and Y agreed"); "it"
# only as the subject of an act a claimant says it did ("the group said it carried out the
# attack"): else it is a thing or the weather ("police said it was a bomb").
_OWN_SIDE = frozenset({"he", "she", "they", "we", "i"})


def speaker_meant(subject: Token) -> Token | None:
    """The subject of the reporting verb a pronoun subject stands for ("the chancellor said he
    and the president agreed": the chancellor), outside quotations, where "he" is someone
    else."""
    own = subject.lower_ in _OWN_SIDE or (subject.lower_ == "it"
                                           and subject.head.lower_ in ACT_VERBS)
    if subject.pos_ != "PRON" or not own or _names_other(subject):
        return None
    node = subject.head
    for _ in range(MAX_CLAUSE_DEPTH):
        if node.dep_ not in ("ccomp", "parataxis", "xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ in SPEECH_VERBS and node.lower_ != "according":
            return next((c for c in node.children if c.dep_ == "nsubj"
                         and c.pos_ != "PRON"), None)
    return None


def speakers_own(sent: Doc, a: ActorMention, mentions: Sequence[ActorMention]
                 ) -> ActorMention | None:
    """The group a speaker names as its own ("the Taliban said its fighters captured ...":
    the fighters are the Taliban's): the armed mention that is the subject of the reporting
    verb above ``a``'s clause, when ``a``'s noun is "its"/"their" members."""
    head = token_at(sent, a.end - 1)
    if head is None or not any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                               for c in head.children):
        return None
    node = head
    for _ in range(MAX_CLAUSE_DEPTH):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ in SPEECH_VERBS and node.lower_ != "according":
            who = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return next((m for m in mentions if who is not None and m.armed
                         and m.start <= who.idx < m.end), None)
    return None

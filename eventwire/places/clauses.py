"""Which clause of a parsed sentence a place belongs to, seen from an event's trigger.

A locative phrase says where its own clause happened. Seen from the trigger's clause, a place
is one of:

* ``OWN``: in the trigger's clause ("shot an officer at a reception in the capital");
* ``FREE``: in a clause that tells the same episode: a coordinated verb's own locative
  ("marched through the city and rallied in X"), a participle or purpose clause ("killing 20
  people in X", "to disperse crowds in X"), a "when/as/while" clause ("killed when police
  opened fire in X"), a clause with no subject of its own ("arrested after hiding in X"), a
  clause modifying a participant ("soldiers guarding a checkpoint outside X") or the event
  ("the protest, which began in X"), what a speech verb taken as the event says ("said the
  attack in X ..."), or a place whose clause cannot be told;
* ``APART``: in a clause about something else: the reporting verb of the trigger's clause
  ("..., officials said at a news conference in X"), what someone else says ("protested,
  saying the crackdown in X must end"), another actor's act at another time ("days after
  the president visited troops in X"), a relative clause about someone ("a man who had
  fought in X"; not one telling the act of the trigger verb's object: "sent the gunmen who
  killed 37 at a hotel in X"), or a noun phrase of a coordinated verb's argument ("and then
  denounced the government's role in X": the place of the role, not of the act).

The parse is spaCy's (dependency labels of the English models, ClearNLP style).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..claiming import ACT_VERBS
from ..claims import SPEECH_VERBS
from ..nlp import text_of

if TYPE_CHECKING:  # spaCy is imported lazily: importing eventwire must stay cheap
    from spacy.tokens import Doc, Token

OWN, FREE, APART = 0, 1, 2
# A place in a phrase of the trigger noun: where its act was, or of what it was about.
WHERE, CAUSE = 0, 1

# Dependents heading a clause of their own (an open complement, "tried to seize", stays in
# its verb's clause: it is the same act).
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "parataxis", "csubj", "csubjpass", "acl",
                          "pcomp"})
# A clause holding what the clause above it says, or set beside it as an aside.
_SAID_DEPS = frozenset({"ccomp", "parataxis"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# Subordinators of a clause set at another time than its main clause.
TIME_APART = frozenset({"after", "before", "since", "until", "till", "following"})
# From a place up to its clause, the labels of a phrase modifying the verb itself ("at a
# reception in the capital", "near X"); any other (an object, a subject) is a participant.
_ADVERBIAL = frozenset({"pobj", "prep", "compound", "appos", "conj", "cc", "advmod",
                        "npadvmod", "amod", "nmod", "punct", "quantmod", "nummod"})
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# From a place up to a noun, the labels of the noun's own phrase ("the arrest of the mayor in
# X"): no clause between.
_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "appos", "conj", "amod", "nmod", "poss"})
# Prepositions of a phrase of the time of a clause's act: a noun there is its stretch.
_FRAMES = frozenset({"during", "amid", "amidst", "throughout"})
# Prepositions of that phrase saying whose the act was and where ("the abduction of pupils
# from a school in X"); any other ("over", "against", "for") tells another thing, a cause or
# an aim.
_PHRASE_PREPS = frozenset({"of", "in", "at", "near", "outside", "inside", "on", "across",
                           "around", "within", "into", "off", "from"})


class Clauses:
    """The clause structure of one parsed sentence starting at ``offset`` in the text."""

    def __init__(self, doc: Doc, offset: int) -> None:
        self.doc, self.offset = doc, offset

    @classmethod
    def of(cls, doc: Doc | None, offset: int, text: str) -> Clauses | None:
        """The clauses of ``doc`` when it is a dependency parse of ``text``, else None."""
        if doc is None or text_of(doc) != text or not doc.has_annotation("DEP"):
            return None
        return cls(doc, offset)

    def relation(self, trigger: tuple[int, int], place: tuple[int, int]) -> int:
        """``OWN``, ``FREE`` or ``APART``: the place's clause seen from the trigger's."""
        t, p = self._root(trigger), self._root(place)
        if t is None or p is None:
            return FREE
        up, down = _chain(t), _chain(p)
        if up[0] == down[0]:
            return OWN
        common = next((c for c in up if c in down), None)
        if common is None:     # in two sentences of spaCy's: nothing ties them
            return FREE
        up, down = up[:up.index(common)], down[:down.index(common)]
        if any(_said_in(c, t) for c in up) or any(_apart(c, t) for c in down):
            return APART
        # a coordinated clause's argument ("and denounced the role in X"): not its place
        if any(c.dep_ == "conj" for c in down) and not _adverbial(p, down[0]):
            return APART
        return FREE

    def describes_trigger(self, trigger: tuple[int, int], place: tuple[int, int]) -> bool:
        """The place is in a clause describing the trigger noun itself ("suicide attacks
        that killed dozens in X"): the trigger's event, whatever the parse joins it to."""
        t, p = self._root(trigger), self._root(place)
        if t is None or p is None or t.pos_ in _VERBS:
            return False
        clause = _clause(p)
        return clause.dep_ in ("relcl", "acl") and clause.head.i == t.i

    def trigger_phrase(self, trigger: tuple[int, int], place: tuple[int, int]) -> int | None:
        """``WHERE`` when the place is in a prepositional phrase of the trigger noun itself
        that says where its act was ("after the arrest of the mayor in X", "the bombing of a
        church in X"), ``CAUSE`` when the phrase tells another thing ("riots over the arrest
        of the mayor in X", "a march against the killings in X"), else None."""
        t, p = self._root(trigger), self._root(place)
        if t is None or p is None or t.pos_ not in _NOUNS or p.i == t.i:
            return None
        preps = []
        while p.i != t.i:
            if p.dep_ not in _PHRASE_DEPS or p.head.i == p.i:
                return None
            if p.dep_ == "prep":
                preps.append(p.lower_)
            p = p.head
        if any(w not in _PHRASE_PREPS for w in preps):
            return CAUSE
        # "the siege of X" names what, with no preposition of place; "set fire to it during
        # weeks of protests across X" names the protests' stretch, the act's time, whose own
        # place the clause tells
        return WHERE if set(preps) - {"of"} and not _a_frame(t) else None

    def in_antecedent(self, trigger: tuple[int, int], place: tuple[int, int]) -> bool:
        """The trigger stands in a relative clause and the place in the phrase of the noun
        that clause is about ("the bombing at a market in X, which the group said it carried
        out"): for a claim, where the act claimed was."""
        t, p = self._root(trigger), self._root(place)
        if t is None or p is None:
            return False
        clause = _clause(t)
        while clause.dep_ != "relcl":
            if clause.head.i == clause.i:
                return False
            clause = _clause(clause.head)
        noun = clause.head
        while p.i != noun.i:
            if p.dep_ not in _PHRASE_DEPS or p.head.i == p.i or (
                    p.dep_ == "prep" and p.lower_ not in _PHRASE_PREPS - {"from"}):
                return False            # "a man from X who said he carried out the attack"
            p = p.head
        return True

    def _root(self, span: tuple[int, int]) -> Token | None:
        """The syntactic head of the tokens of a text span."""
        words = self.doc.char_span(span[0] - self.offset, span[1] - self.offset,
                                   alignment_mode="expand")
        return None if words is None or not len(words) else words.root


def _a_frame(noun: Token) -> bool:
    """The noun stands in a phrase of the time of its clause's act ("during weeks of
    protests", "amid clashes")."""
    tok = noun
    while tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in _FRAMES:
            return True
    return False


def _is_clause(tok: Token) -> bool:
    if tok.dep_ == "ROOT" or tok.head.i == tok.i:
        return True
    if tok.dep_ == "conj":      # a coordinated verb, not a coordinated noun
        return tok.pos_ in _VERBS and tok.head.pos_ in _VERBS
    return tok.dep_ in _CLAUSE_DEPS and (tok.dep_ != "pcomp" or tok.pos_ in _VERBS)


def _clause(tok: Token) -> Token:
    while not _is_clause(tok):
        tok = tok.head
    return tok


def _chain(tok: Token) -> list[Token]:
    """The heads of the clauses holding ``tok``, innermost first."""
    out = [_clause(tok)]
    while out[-1].head.i != out[-1].i:
        out.append(_clause(out[-1].head))
    return out


def _marker(clause: Token) -> str | None:
    """The word introducing a subordinate clause ("after", "when"), or its preposition."""
    if clause.dep_ == "pcomp":
        return clause.head.lower_
    return next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)


def _said_in(clause: Token, trigger: Token) -> bool:
    """Whether the clause headed by ``clause``, holding the trigger's, is what a clause above
    says ("X killed, officials said at a briefing in Y"); a speech verb taken as the event
    is said of its content ("Gunmen killed five in Y, police said")."""
    if clause.dep_ not in _SAID_DEPS:
        return False
    return not (clause.i == trigger.i and trigger.lower_ in SPEECH_VERBS)


def _apart(clause: Token, trigger: Token) -> bool:
    """Whether the clause headed by ``clause``, below the trigger's, tells another thing."""
    if clause.dep_ == "ccomp":
        # what someone else says ("protested, saying the crackdown in X must end"), not
        # what a speech verb taken as the event says ("said the attack in X was ...")
        return clause.head.lower_ in SPEECH_VERBS and clause.head.i != trigger.i
    if clause.dep_ == "parataxis":      # an aside ("..., he told reporters in X")
        return not (clause.head.i == trigger.i and trigger.lower_ in SPEECH_VERBS)
    # Another actor's act at another time ("days after the president visited X"), or a
    # relative clause about someone ("a man who had fought in X"); one without a subject
    # of its own is the same actor's ("after searching for him in X"), and a relative
    # clause may be about the event itself ("a meeting to be held in X") or where something
    # is ("a village that is near X", "X, where he met ...").
    if not any(c.dep_ in _SUBJECTS for c in clause.children):
        return False
    if clause.dep_ == "relcl":
        return not (clause.head.i == trigger.i or clause.pos_ == "AUX"
                    or any(c.lower_ == "where" for c in clause.children)
                    or _act_of_its_object(clause, trigger))
    return clause.dep_ in ("advcl", "pcomp") and _marker(clause) in TIME_APART


def _act_of_its_object(clause: Token, trigger: Token) -> bool:
    """The relative clause tells the act of the trigger verb's object, a verb that is no act
    itself ("said it sent the gunmen who shot dead 37 guests in a hotel in X": the act the
    sending was for)."""
    noun = clause.head
    return (clause.lower_ in ACT_VERBS and noun.dep_ == "dobj" and noun.head.i == trigger.i
            and trigger.pos_ == "VERB" and trigger.lower_ not in ACT_VERBS)


def _adverbial(tok: Token, clause: Token) -> bool:
    """Whether the phrase holding ``tok`` modifies its clause's verb, not a participant."""
    while tok.i != clause.i:
        if tok.dep_ not in _ADVERBIAL:
            return False
        tok = tok.head
    return True

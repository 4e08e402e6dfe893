"""What the clause around an event's trigger says about who may fill its roles: the verb the
trigger belongs to, the act a trigger on a place or date stands for, whom the purpose of a deal
names, who acted together, and a count that names nobody new."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..claims import SPEECH_VERBS
from .sources import extent, heads_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["COUNT_ONLY", "SYMMETRIC", "act_of", "came_under", "from_whom",
           "is_passive", "other_clauses", "joint_spans", "purpose_objects",
           "roles_of", "spans_of", "subject_agent", "undergoes", "verb_of"]

# Verbs whose coordinated subjects are the two sides ("X and Y met").
SYMMETRIC = frozenset({"met", "meet", "meets", "meeting", "talked", "talks", "held", "agreed",
                       "agree", "signed", "discussed", "spoke", "negotiated", "clashed"})
# A count with no noun ("..., killing eleven") counts the people already named, not new ones.
COUNT_ONLY = re.compile(
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"(?:-[a-z]+)?|dozens|scores|hundreds|thousands|several|many|some|all|both|them)"
    r"(?:\s+of\s+them)?", re.IGNORECASE)
# Verbs of people escaping, sheltering from or living through an act (every form: the
# pipeline has no lemmatizer): whoever does them underwent the act the sentence names beside
# them ("villagers fled as shells hit", "rebels withdrew under shelling by the army").
_UNDERGOING = frozenset(
    f"{stem}{end}" for stem, ends in (
        ("fle", ("e", "es", "eing", "d")), ("r", ("an", "un", "uns", "unning")),
        ("hid", ("", "e", "es", "ing")), ("shelter", ("", "s", "ed", "ing")),
        ("withdr", ("ew", "aw", "awn", "aws", "awing")), ("retreat", ("", "s", "ed", "ing")),
        ("escap", ("e", "es", "ed", "ing")), ("evacuat", ("e", "es", "ed", "ing")),
        ("huddl", ("e", "es", "ed", "ing")), ("cower", ("", "s", "ed", "ing")),
        ("scrambl", ("e", "es", "ed", "ing")), ("scatter", ("", "s", "ed", "ing")),
        ("suffer", ("", "s", "ed", "ing")), ("endur", ("e", "es", "ed", "ing")),
        ("surviv", ("e", "es", "ed", "ing")), ("w", ("oke", "ake", "akes", "aking", "oken")),
        ("awoke", ("",)), ("t", ("ook", "ake", "akes", "aking", "aken"))) for end in ends)
# Prepositions of living through an act; after or in one, only when its doer is named with
# "by" (the doers flee after their own attack and suffer losses in it).
_THROUGH = frozenset({"under", "amid", "amidst", "from", "during"})
_AFTER = frozenset({"after", "following", "in"})
# What "took" must have taken for its subject to have sheltered ("took cover from shelling").
_SHELTER = frozenset({"cover", "refuge", "shelter"})
# Entity types of words that name no act: a trigger on them ("SAN SALVADOR, 14 MAR 90 --",
# a dateline) stands for the sentence's main act.
_NO_ACT = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def verb_of(trigger: Token) -> Token:
    """The verb a trigger belongs to (itself when it is one)."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def roles_of(verb: Token) -> list[Token]:
    """The verb's dependents, with the "by" phrase of a passive it shares its subject with:
    "were shot and killed by X" and "was beaten by X and robbed" name X for both verbs (the
    parser hangs "by X" on the nearer verb only); not an active verb's ("stormed the post and
    were repelled by troops": the troops did not storm). An active verb with no object of
    its own shares the next one's ("shot and killed a man", "attacked and burned the post")."""
    out = list(verb.children)
    deps = {c.dep_ for c in out}
    if "agent" in deps:
        return out
    if verb.dep_ == "conj" and verb.head.i != verb.i and not deps & _SUBJECTS:
        partners = [verb.head]                  # its subject is its head's
        deps |= {c.dep_ for c in verb.head.children}
    else:
        partners = [c for c in out if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                    and not any(g.dep_ in _SUBJECTS for g in c.children)]
    if deps & {"nsubjpass", "auxpass"} and not deps & {"nsubj", "csubj"}:
        out += [c for p in partners for c in p.children if c.dep_ == "agent"]
    elif "dobj" not in {c.dep_ for c in out}:   # "police shot and killed a man": his too
        out += [c for p in partners if p.i > verb.i for c in p.children if c.dep_ == "dobj"]
    return out


def subject_agent(subject: Token) -> list[Token]:
    """The words of a "by" phrase on a participle of the subject ("mortar rounds launched by
    the army hit ...", "a mine laid by rebels killed ..."): the doer, over the
    weapon's own words, when the subject is a thing (not "rebels, backed by X,")."""
    return [t for c in subject.children if c.dep_ == "acl" for a in c.children
            if a.dep_ == "agent" for t in a.subtree]


# Verbs whose subject had an act done to them by whoever "from" names ("received threats
# from X", "faced attacks from X").
_RECEIVED = frozenset({"received", "receive", "receives", "receiving", "faced", "face", "faces",
                       "facing", "got", "gets", "getting"})


def from_whom(trigger: Token) -> list[Token]:
    """The words of "from X" on an act told as a noun ("fire from X") or on what a subject
    received ("received death threats from X"): where it came from, its doer when a party is
    named there."""
    if trigger.pos_ == "NOUN":
        heads = [trigger]
    elif trigger.lower_ in _RECEIVED:
        heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    else:
        return []
    return [t for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for t in c.subtree]


def undergoes(trigger: Token, verb: Token) -> bool:
    """Whether ``verb``'s subject lived through the act ``trigger`` names rather than did it:
    a verb of escape or shelter with the act in a phrase of its time or cause beside it
    ("fled as shells hit", "withdrew under shelling", "took cover from airstrikes", "hid
    during the attack", "retreated after airstrikes by the air force"); not after or in it
    with no other doer named ("the gunmen fled after the attack", "suffered losses in their
    assault": the doers), nor the verb's own object."""
    if trigger.i == verb.i or verb.lower_ not in _UNDERGOING:
        return False
    if verb.lower_.startswith("t") and not any(
            c.dep_ == "dobj" and c.lower_ in _SHELTER for c in verb.children):
        return False                            # "took part in the attack" did it
    tok = trigger
    while tok.head.i != verb.i:                 # the phrase or clause hanging on the verb
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    if tok.dep_ == "prep":             # after an act only when another did it: "by X"
        return tok.lower_ in _THROUGH or tok.lower_ in _AFTER and any(
            c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for n in tok.children if n.dep_ == "pobj" for c in n.children)
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while")
                                       for c in tok.children)


# Forms of "come": whoever "came under" fire, attack or shelling underwent it.
_COME = frozenset({"come", "comes", "came", "coming"})


def came_under(verb: Token) -> bool:
    """Whether ``verb``'s subject came under an act ("troops came under mortar fire on the ridge",
    "the convoy came briefly under attack"): hit by it, never its doer. "under" must follow
    the verb with at most adverbs between ("came to the village under cover" only moved)."""
    return verb.lower_ in _COME and any(
        c.dep_ == "prep" and c.lower_ == "under" and c.i > verb.i
        and all(t.pos_ == "ADV" for t in verb.doc[verb.i + 1:c.i]) for c in verb.children)


def act_of(sent: Doc, trigger: Token | None) -> Token | None:
    """The trigger, or the sentence's main verb when the trigger is a place or a date."""
    if trigger is None or trigger.ent_type_ not in _NO_ACT:
        return trigger
    roots = [t for t in sent if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    return roots[-1] if roots else trigger


def purpose_objects(trigger: Token) -> set[int]:
    """Indices of whom the purpose of an act or a deal names ("a truce to let rebel fighters
    leave", "an operation to free hostages held by X"): parties it concerns, never the one
    who acted."""
    verb = verb_of(trigger)
    nouns = [trigger, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return {t.i for n in nouns for c in n.children if c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for o in c.children if o.dep_ == "dobj" for t in o.subtree}


def spans_of(sent: Doc, indices: set[int]) -> list[tuple[int, int]]:
    """Character ranges of the tokens at ``indices``."""
    return [(t.idx, t.idx + len(t.text)) for t in map(sent.__getitem__, sorted(indices))]


def joint_spans(trigger: Token | None) -> list[tuple[int, int]]:
    """Character ranges of the subject of a one-sided act ("soldiers and police raided the
    village"): whoever is named there acted together, none was acted upon (the two sides of
    "X and Y met" are the exception)."""
    if trigger is None:
        return []
    verb = verb_of(trigger)
    if verb.lower_ in SYMMETRIC:
        return []
    return [extent(c) for c in verb.children if c.dep_ == "nsubj"]


def is_passive(verb: Token) -> bool:
    """A passive verb without a "by" phrase leaves its agent unsaid ("was kidnapped and
    killed along with X": X is a victim, not the one who acted)."""
    deps = {c.dep_ for c in roles_of(verb)}
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        deps |= {c.dep_ for c in verb.head.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps


def other_clauses(sent: Doc, trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of subordinate clauses with their own subject that do not hold the
    trigger, nor the trigger's verb; and, for a trigger a speaker tells in a clause of what
    came before or after the sentence's act, the words outside that clause
    (:func:`_outside_told_time`)."""
    holds = heads_of(trigger) | heads_of(verb_of(trigger))
    return [extent(tok) for tok in sent
            if tok.dep_ in ("advcl", "relcl", "ccomp", "conj") and tok.pos_ in ("VERB", "AUX")
            and tok.i not in holds
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            ] + _outside_told_time(sent, verb_of(trigger))


# Marks of a clause telling what came before or after the sentence's act.
_TIME_MARKS = frozenset({"after", "before", "following", "since", "until"})


def _outside_told_time(sent: Doc, verb: Token) -> list[tuple[int, int]]:
    """The words outside a clause of time whose speaker tells the trigger's act ("jets
    bombed the town, after the group said it carried out the shooting": the jets and the
    town are the bombing's, not the shooting's), as character ranges; [] for any other
    trigger. Only a told act: an act's own clause of time often tells its outcome outside
    it ("two people died after gunmen opened fire")."""
    if verb.dep_ != "ccomp" or verb.head.lower_ not in SPEECH_VERBS:
        return []
    said = verb.head
    if said.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS
                                       for c in said.children):
        return []
    start, end = extent(said)
    first = sent[0].idx
    last = sent[-1].idx + len(sent[-1].text)
    return [r for r in ((first, start), (end, last)) if r[0] < r[1]]

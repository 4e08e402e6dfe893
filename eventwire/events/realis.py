"""Whether a trigger tells what happened: not under a threat, plan, wish, negation, denial or
modal. Read by the detector and by every parse rule of :mod:`eventwire.events`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs and particles that turn a clause into something not (yet) done: threats, plans, wishes.
IRREALIS_HEADS = frozenset({"threaten", "threatens", "threatened", "threatening", "vow", "vows",
                             "vowed", "vowing", "plan", "plans", "planned", "planning", "intend",
                             "intends", "intended", "prepare", "prepares", "prepared", "preparing",
                             "aim", "aims", "aimed", "seek", "seeks", "sought", "want", "wants",
                             "wanted", "warn", "warns", "warned", "promise", "promised", "pledge",
                             "pledged", "hope", "hoped", "expect", "expected", "try", "tried",
                             "attempt", "attempted", "urge", "urged", "demand", "demanded", "ask",
                             "asked", "propose", "proposed", "consider", "considered",
                             "contemplate", "contemplated", "contemplating", "mull", "mulled",
                             "ponder", "pondered", "fear",
                             "feared", "threat", "threats", "plot", "plotted",
                             # notices of what may come: "an alert warning of an incoming
                             # missile", "a hoax threat of a bomb at the school"
                             "warning", "warnings", "alert", "alerts", "alarm", "hoax"})
# An attempt happened, though its goal was not reached ("militants tried to storm the base"):
# the model's event stands where these are the only irrealis words (see Detector._irrealis_labels).
ATTEMPT = frozenset({"try", "tried", "attempt", "attempted"})
_IRREALIS_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "must",
                           "'ll", "ca", "can"})
_DENIAL = frozenset({"deny", "denies", "denied", "reject", "rejects", "rejected", "dismissed",
                     "refuted"})


def disputed(noun: Token) -> bool:
    """The noun is what a verb of denial denies: "the claim was dismissed", "rejected the
    claim"."""
    return noun.dep_ in ("nsubjpass", "dobj") and noun.head.lower_ in _DENIAL


def realis(tok: Token, heads: frozenset[str] = IRREALIS_HEADS) -> bool:
    """False when the trigger sits under a threat, plan, negation, denial or modal (one of
    ``heads``, an irrealis auxiliary, a negation)."""
    if _none_of(tok):
        return False
    node, adjunct = tok, False
    for _ in range(6):                      # a trigger is rarely deeper than six heads
        for child in node.children:
            if child.dep_ == "neg":
                return False
            if child.dep_ == "aux" and child.lower_ in _IRREALIS_AUX:
                return False
        if _given_deadline(node):
            return False                    # "gave the army 72 hours to withdraw"
        passive = any(c.dep_ == "auxpass" for c in node.children)   # "was planned abroad"
        if (node.lower_ in heads or node.lower_ in _DENIAL) and not passive and not adjunct:
            return node.i == tok.i and node.pos_ == "NOUN"
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        # A participle beside a verb tells what happened as it was done, not what it urges or
        # plans: "Meeting his counterpart, the minister pledged aid" (its modals still count);
        # so does a clause of its own subject told as going on beside it ("fighters are
        # preparing the city for an assault as jets bomb it daily").
        adjunct = node.dep_ == "advcl" and (node.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("mark", "nsubj", "aux") for c in node.children) or _alongside(node))
        node = node.head
    return True


# Conjunctions of a clause told as going on beside the main one, not as its aim or its time.
_ALONGSIDE = frozenset({"as", "while", "because", "since"})


def _alongside(clause: Token) -> bool:
    """An adverbial clause of its own subject, in the present or the past, opened by "as",
    "while", "because" or "since": a fact beside its head verb, not in that verb's scope."""
    return (any(c.dep_ == "mark" and c.lower_ in _ALONGSIDE for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and clause.tag_ in ("VBP", "VBZ", "VBD"))


# Verbs that give someone time to act, and the words of the time given: an ultimatum.
_GIVING = frozenset({"give", "gives", "gave", "given", "giving", "set", "sets", "setting",
                     "issued", "issue", "issues", "allowed", "granted"})
_TIME_GIVEN = frozenset({"hours", "hour", "days", "day", "week", "weeks", "month", "months",
                         "deadline", "ultimatum", "until"})


def _given_deadline(node: Token) -> bool:
    """The node is the act an ultimatum demands: an infinitive under a verb of giving whose
    own words give time ("gave rebels until Friday to lay down their weapons", "set a
    deadline of Friday for the militia to leave")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return False
    giver = node.head
    if giver.lower_ not in _GIVING or giver.i == node.i:
        return False
    inside = {t.i for t in node.subtree}
    return any(t.lower_ in _TIME_GIVEN for t in giver.subtree if t.i not in inside)


# Verbs that say only that their subject happened ("no march took place", "no attack occurred").
_HAPPENED = frozenset({"took", "take", "takes", "occurred", "occur", "happened", "happen",
                       "held", "reported", "recorded"})


def _none_of(tok: Token) -> bool:
    """The trigger is a noun under "no" ("there was no protest", "no arrests were made"), or
    a verb of happening whose subject is ("no march took place", "no attack was reported")."""
    if under_no(tok):
        return True
    verb = tok.head if tok.lower_ == "place" and tok.dep_ == "dobj" else tok
    return verb.lower_ in _HAPPENED and any(
        c.dep_ in ("nsubj", "nsubjpass") and under_no(c) for c in verb.children)


def under_no(tok: Token) -> bool:
    """The token has "no" for its determiner ("no arrests", "no one")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def time_anchor(tok: Token) -> bool:
    """True when the trigger only dates something else: it sits in a "since" clause or phrase
    ("the first deaths since the truce began", "the worst clashes since the war"), which names
    an earlier happening as a point in time, not as news."""
    node = tok
    for _ in range(6):                      # as in :func:`realis`
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "since":
            return True
        if node.dep_ in ("ROOT", "ccomp", "conj", "relcl") or node.head.i == node.i:
            return False
        node = node.head
    return False

"""Whether a date is told in another clause than the event's: a relative or participial clause
that describes a person or thing of the sentence ("supporters of a teacher whom the board fired
in September rallied on Tuesday", "families of men who disappeared in 2015 held a sit-in").
The date there is when that clause's happening was, not the event's: it ranks after the
event's own clause's (none there, it may still be the event's: "shot by a gunman who burst into
a party on Friday night"), and one told in the past perfect is never the event's. Read from
the sentence's parse; where there is none, :func:`eventwire.dates.event_date` falls back on
the words between (a comma and "which" or "who").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..claims import REPORTING_VERBS
from ..agreeing import in_force
from ..claiming import CREDIT_FOR, claimed_nouns, claims
from ..nlp import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Clauses that describe a noun: relative clauses and participles hung on it.
_DESCRIBING = frozenset({"relcl", "acl"})


# A verb of saying, then the date: "said on Wednesday", "told reporters late on Friday".
_SAID_ON = re.compile(r"\b(?:said|says|told(?:[ ]\w+)?|announced|reported|added|confirmed|"
                      r"stated|claimed)[ ]+(?:(?:late|early)[ ]+)?(?:on[ ]+)?$", re.IGNORECASE)

# How far before a date :data:`_SAID_ON` is looked for: "told reporters late on " and a margin.
_SAID_ON_CHARS = 40

# What :func:`other_clause` says of a date: in the event's clause, in another, or in another
# told as earlier still (the past perfect: "a hospital that had reopened in August").
OWN, OTHER, EARLIER = "own", "other", "earlier"


def other_clause(parsed: Doc, start: int, span: tuple[int, int],
                 trigger_span: tuple[int, int]) -> str:
    """Whether the date at ``span`` (document offsets; the sentence starts at ``start``) lies
    in a clause describing a noun that neither holds the trigger at ``trigger_span`` nor is
    the trigger's own: :data:`OTHER` (or :data:`EARLIER` in the past perfect), else
    :data:`OWN`; a date outside the describing clause the trigger is told in is
    :data:`OTHER` too. The parser often hangs a date that ends a sentence on the participle before
    it ("robbers made off with watches valued at $2 million early Monday"), so a date in
    another clause is only ranked after the event's own; one told as earlier is none of
    the event's."""
    date = token_at(parsed, span[0] - start)
    trigger = token_at(parsed, trigger_span[0] - start)
    if date is None or trigger is None:
        return OWN
    # the trigger told in a clause describing a noun ("arrested people on Monday on suspicion
    # of helping jihadists who killed 17 soldiers on Saturday night"): a date outside that
    # clause is the sentence's other act's
    told = _describing_clause(trigger)
    if told is not None and not _within(date, told):
        return OTHER
    clause = _describing_clause(date)
    if clause is None or _within(trigger, clause):
        return OWN
    if _past_perfect(clause):               # "gunmen who had been freed in January attacked"
        return EARLIER
    # a clause of the event's own noun dates it ("an attack that killed five on Tuesday")
    return OWN if clause.head.i == trigger.i else OTHER


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _describing_clause(tok: Token) -> Token | None:
    """The nearest clause describing a noun that the token is inside, if any."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in _DESCRIBING and node.pos_ in ("VERB", "AUX") and not _misread_main(node):
            return node
        node = node.head
    return None


def _misread_main(verb: Token) -> bool:
    """A past participle "describing" a noun while it takes a direct object is the sentence's
    main verb, misread ("fighting between two of the city's armed groups killed 12 people
    overnight": the parser hangs "killed" on "groups"): a passive participle that describes a
    noun ("the men killed in the raid") takes none."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "dobj" for c in verb.children)


def said_on(text: str, at: int) -> bool:
    """Whether the date at offset ``at`` of ``text`` follows a verb of saying ("..., the
    ministry said on Friday", "told reporters late on Monday that"): the day of the saying."""
    return _SAID_ON.search(text[max(0, at - _SAID_ON_CHARS):at]) is not None


def _verb_of(date: Token) -> Token:
    """The verb a date's phrase hangs on ("said on Wednesday": "said")."""
    verb = date.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _within(tok: Token, clause: Token) -> bool:
    return clause.left_edge.i <= tok.i <= clause.right_edge.i


def of_the_saying(parsed: Doc, start: int, span: tuple[int, int],
                  trigger_span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` dates a verb of saying whose reported clause holds the
    trigger ("the army said on Wednesday that troops retook the town on Monday": Wednesday is
    the saying's). Ranked after the reported clause's own dates, it still dates an event that
    has none."""
    date = token_at(parsed, span[0] - start)
    trigger = token_at(parsed, trigger_span[0] - start)
    if date is None or trigger is None:
        return False
    before = parsed.text[max(0, span[0] - start - _SAID_ON_CHARS):span[0] - start]
    saying = _SAID_ON.search(before)
    # the parser often hangs "on Wednesday" on the verb after; a date right after a verb of
    # saying that closes the sentence (", the ministry said on Tuesday") is the saying's too,
    # unless the saying is the event ("the group claimed on Monday")
    if saying is not None and (trigger_span[0] >= span[1] or trigger_span[1] <= span[0] - (
            len(before) - saying.start())):
        return True
    verb = _verb_of(date)
    return verb.lower_ in REPORTING_VERBS and any(
        c.dep_ == "ccomp" and _within(trigger, c) for c in verb.children)


def of_the_standing(parsed: Doc, start: int, span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` dates an agreement kept, not made ("the truce held for a
    second day on Wednesday, after the two sides signed it on Tuesday": Wednesday is the
    truce's holding; :func:`eventwire.agreeing.in_force`)."""
    date = token_at(parsed, span[0] - start)
    return date is not None and in_force(_verb_of(date))


def of_the_claim(parsed: Doc, start: int, span: tuple[int, int],
                 trigger_span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` dates a claim of the act the trigger names ("claimed
    responsibility on Friday for a bombing at a checkpoint": Friday is the claim's). A group
    claims an act on its day or days after it, so that day is no date of the act."""
    date = token_at(parsed, span[0] - start)
    trigger = token_at(parsed, trigger_span[0] - start)
    if date is None or trigger is None:
        return False
    verb = _verb_of(date)
    if verb.i == trigger.i or not claims(verb):
        return False
    nouns = claimed_nouns(verb)
    if any(_within(date, n) for n in nouns if n.lower_ not in CREDIT_FOR):
        return False                        # the act's own ("claimed Thursday's bombing")
    return any(_within(trigger, noun) for noun in nouns)

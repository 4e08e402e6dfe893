"""An agreement between parties to a conflict read from the parse: a ceasefire, truce, peace
deal or prisoner exchange signed, agreed, reached or brokered (AGREEMENT, GUIDELINES-style
definition in ``training/data/README.md``).

The learned model ranks a third of the corpus's agreements low ("Elders from the district
negotiated a truce by mid-morning"): the words are those of any deal, and what makes it an
agreement in scope is what was agreed. The parse tells that:

* parties sign, agree, reach, broker, seal or strike a ceasefire, truce or armistice, or a
  deal, accord or pact of peace, ceasefire, prisoners, hostages, evacuation or withdrawal
  ("the two sides signed a peace accord", "mediators brokered a prisoner swap");
* parties agree to or on one ("agreed to a ceasefire", "agreed on a truce");
* one was signed, agreed, reached or brokered, or took effect ("a truce was agreed on
  Sunday", "the ceasefire took effect at midnight", "the truce brokered by Qatar collapsed").

Each only as done (``realis`` of its verb, not "no deal was reached"); business and trade deals
("signed a deal to buy the firm") are not agreements in scope.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actor_mentions import ARMED_CATEGORIES, find_actor_mentions
from ..agreeing import DEALS, TRUCES, agreed_thing
from ..lexicon import country_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of an agreement the parse reads (P(a real event in scope)). Measured on the
# training corpus, case restored as the pipeline does (`python benchmarks/parse_rules.py
# agreements`): it fires on 13 sentences of the aside split, all real agreements; on 73 in all
# splits, 72 real events in scope (the other a truce told as context). Set below those shares,
# as news is less clean than the project's own text; it reads about a quarter of the corpus's
# real agreements, so the model still decides the rest.
AGREEMENT_CONFIDENCE = 0.8
# Verbs whose object is what was agreed, as word forms (the pipeline runs no lemmatizer).
_MAKING = frozenset({
    "sign", "signs", "signed", "agree", "agrees", "agreed", "reach", "reaches", "reached",
    "broker", "brokers", "brokered", "seal", "seals", "sealed", "strike", "strikes", "struck",
    "conclude", "concluded", "ink", "inked", "mediate", "mediated", "negotiate", "negotiated",
    "declare", "declared", "announce", "announced", "accept", "accepted"})
# Verbs of an agreement coming into being on its own: "the truce took effect".
_TAKING_EFFECT = frozenset({"took", "came", "entered", "began", "started"})
# Words that tell an agreement already standing, broken or flouted by the sentence's act
# ("shelled the town in violation of the ceasefire", "despite the truce", "breaking a truce
# agreed last month"): prepositions and verbs whose object it is, and the nouns of breach.
_DESPITE = frozenset({"despite", "notwithstanding", "amid"})     # not "under": it carries out
# Verbs an agreement ends by breach with, as their subject; and those that do so with a
# particle ("broke down", "fell apart").
_COLLAPSING = frozenset({"collapse", "collapsed", "collapses", "collapsing", "crumble",
                         "crumbled", "crumbles", "crumbling", "unravel", "unravelled",
                         "unraveled", "unravels", "unravelling", "unraveling"})
_GIVING_WAY = frozenset({"break", "breaks", "broke", "broken", "breaking", "fall", "falls",
                         "fell", "falling", "fallen"})
_BREACHING = frozenset({
    "break", "breaks", "breaking", "broke", "broken", "violate", "violates", "violated",
    "violating", "breach", "breaches", "breached", "breaching", "flout", "flouted", "flouting",
    "defy", "defied", "defying", "undermine", "undermined", "undermining", "test", "tested",
    "testing", "strain", "strained", "straining", "shatter", "shattered", "shattering"})
_BREACH_NOUNS = frozenset({"violation", "violations", "breach", "breaches", "defiance"})
# Verbs of an agreement carried out: an exchange or release done despite a truce is one.
_EXCHANGING = frozenset({
    "swap", "swapped", "swaps", "exchange", "exchanged", "exchanges", "release", "released",
    "releases", "free", "freed", "frees", "hand", "handed", "hands", "trade", "traded",
    "repatriated", "returned"})
# Determiners that say there was none: "no deal was reached".
_NONE = frozenset({"no", "neither"})


def conflict_agreement(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells an agreement between parties to a conflict
    (see the module docstring) that was made; when the sentence names who made it, a party to
    a conflict must be among its words (:func:`_parties`)."""
    if _named_agents(sent) and not _parties(sent):
        return False                        # "two feuding rappers announced a peace deal"
    for tok in sent:
        if not agreed_thing(tok) or any(c.lower_ in _NONE for c in tok.children):
            continue
        verb = tok.head
        if not main_clause(verb.head if tok.dep_ == "pobj" else verb) or dated_by_year(verb):
            continue
        if tok.dep_ in ("dobj", "nsubjpass") and verb.lower_ in _MAKING and realis(verb):
            return True
        if (tok.dep_ == "pobj" and verb.lower_ in ("to", "on") and verb.head.lower_ in
                ("agree", "agrees", "agreed") and realis(verb.head)):
            return True
        if (tok.dep_ == "pobj" and verb.lower_ in ("in", "under") and verb.head.lower_ in
                _EXCHANGING and realis(verb.head) and main_clause(verb.head)
                and not dated_by_year(verb.head)):
            return True                     # "freed 400 detainees in an exchange of prisoners"
        if tok.dep_ == "nsubj" and verb.lower_ in _TAKING_EFFECT and _into_effect(verb) \
                and realis(verb):
            return True
        if any(c.dep_ == "acl" and c.lower_ in _MAKING and c.tag_ == "VBN"
               for c in tok.children) and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and not (
                   _flouted(tok)):                # "violated the truce brokered by Qatar"
            return True                     # "the ceasefire brokered by Turkey collapsed"
    return False


# Words that name the sides of a conflict without naming them ("the warring parties", "the two
# sides", "rival factions").
_SIDES = frozenset({"sides", "parties", "factions", "belligerents", "warring", "combatants",
                    "clans", "tribes", "communities"})


def _named_agents(sent: Doc) -> bool:
    """The sentence names who made or agreed the deal: the subject of a verb of making or
    agreeing ("the two airlines signed a ceasefire"), not a passive one ("a truce was agreed")."""
    return any(c.dep_ == "nsubj" for v in sent if v.lower_ in _MAKING for c in v.children)


def _parties(sent: Doc) -> bool:
    """The sentence names a party a conflict's agreement is made by or with: a state (a
    country's name or people), an armed actor of the actor table (forces, rebels, militias,
    gangs), or the sides by that word; not feuding rappers, airlines in a fare war or
    neighbours ("the two airlines signed a ceasefire in their fare war")."""
    if any(t.lower_ in _SIDES or country_of(t.text) is not None for t in sent):
        return True
    return any(m.category in ARMED_CATEGORIES or m.category == "state"
               for m in find_actor_mentions(sent.text))


def standing_only(sent: Doc) -> bool:
    """True when every truce or conflict deal the sentence names is one already standing that
    its act flouts ("pressed ahead with airstrikes despite the truce", "shelled the town in
    violation of the ceasefire", "attacked a post, breaking a ceasefire agreed last month"):
    the sentence tells the act, never an agreement made."""
    things = [t for t in sent if agreed_thing(t)]
    if not things or any(_carries_out(v) for v in main_clause_verbs(sent)):
        return False                        # "despite the truce, the two sides swapped ..."
    return all(_flouted(t) for t in things)


def breach_told(sent: Doc) -> bool:
    """True when the sentence's news is that an agreement was broken, with no act of its
    own: a verb of breach on it is the main verb, or what someone is accused of or denies
    ("Ukraine said Russia had violated the truce", "accused the rebels of breaking the
    ceasefire")."""
    for tok in sent:
        if not (agreed_thing(tok) and tok.dep_ == "dobj" and tok.head.lower_ in _BREACHING):
            continue
        verb = tok.head
        if verb in main_clause_verbs(sent) or (verb.head.lower_ in ("of", "denied", "denies")
                                                or verb.dep_ == "xcomp"):
            return True
    return False


def main_clause_verbs(sent: Doc) -> list[Token]:
    """The roots, verbs coordinated with them and what a root reports."""
    out = []
    for root in (t for t in sent if t.dep_ == "ROOT"):
        out.extend((root, *(c for c in root.children if c.dep_ in ("conj", "ccomp"))))
    return out


def _carries_out(verb: Token) -> bool:
    """A verb of making an agreement or carrying one out, with what it made or handed over
    ("signed a pact", "swapped 150 prisoners", "freed 13 hostages")."""
    return (verb.lower_ in _MAKING or verb.lower_ in _EXCHANGING) and any(
        c.dep_ == "dobj" for c in verb.children)


def _flouted(tok: Token) -> bool:
    """The agreement ``tok`` is what an act is done despite, or in breach of."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _DESPITE:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _BREACH_NOUNS:
        return True
    return (tok.dep_ == "dobj" and head.lower_ in _BREACHING) or (
        tok.dep_ == "nsubj" and _collapses(head) and not _made_in(tok))


def _made_in(agreement: Token) -> bool:
    """The agreement's own phrase tells it made ("the ceasefire brokered by Turkey on
    Tuesday"): news of its making, whatever became of it."""
    return any(c.dep_ in ("acl", "relcl") and c.lower_ in _MAKING for c in agreement.children)


def _collapses(verb: Token) -> bool:
    """A verb of an agreement ending by breach, with the act that broke it in a clause of its
    own ("the ceasefire collapsed when the two groups traded fire", "the truce broke down as
    rebels shelled ...", "the deal fell apart after gunmen attacked ..."). A collapse with no
    act told leaves the agreement to the other rules ("the truce brokered on Monday collapsed
    within hours": the truce was made)."""
    ends = verb.lower_ in _COLLAPSING or (verb.lower_ in _GIVING_WAY and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "apart") for c in verb.children))
    return ends and any(c.dep_ == "advcl" and c.pos_ == "VERB" for c in verb.children)


def main_clause(verb: Token) -> bool:
    """The verb tells the sentence's own news: the root, a verb coordinated with it, or what
    a reporting root reports; not a clause of time or purpose ("before the truce took effect",
    "efforts to reach a ceasefire", "a guerrilla who had signed the peace deal")."""
    while verb.dep_ == "conj":
        verb = verb.head
    if any(c.dep_ in ("mark", "aux") and c.lower_ != "has" and c.tag_ in ("IN", "TO")
           for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")


def dated_by_year(verb: Token) -> bool:
    """A year in the verb's clause: the agreement is told as history ("signed a peace deal in
    2015", "the 2016 peace accord")."""
    return any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
               for t in verb.subtree)


def _into_effect(verb: Token) -> bool:
    """"took effect", "came into force", "entered into force"."""
    words = {t.lower_ for c in verb.children for t in c.subtree}
    return bool(words & {"effect", "force"})


def may_agree(words: frozenset[str]) -> bool:
    """False only where :func:`conflict_agreement` cannot fire on a sentence of these
    lower-cased ``words``: no truce or deal named (a hyphen may join "cease-fire")."""
    return "-" in words or not (words.isdisjoint(TRUCES) and words.isdisjoint(DEALS))

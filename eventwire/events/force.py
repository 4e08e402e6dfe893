"""The state's force used on a crowd, read from the parse: who fired what at whom
(GUIDELINES-style definitions in ``training/data/README.md``).

The learned model reads "police fired rubber bullets at farmers who blocked a bridge" or
"soldiers open fire on protesters, three dead" as a peaceful protest: the words are those of
the crowd, and what decides is that the state's forces aimed force at it. The parse tells:

* the state's forces (police, troops, security forces) firing or using force at or on a crowd
  ("fired tear gas at students marching on the ministry", "opened fire on an opposition
  march", "used water cannon against dockworkers who blocked the port"), or shooting, killing
  or beating it ("shot dead three protesters", "were shot dead by police");
* a crowd is protesters or a protest by name (the caller's test), or people whose own clause
  tells them protesting, marching, gathering with a demand or blocking a road ("farmers who
  blocked a bridge", "mourners protesting", "students who were trying to march").

Lethal or severe force (live fire, shooting, killing, beatings; or people killed or hurt told
beside the force, as the training corpus codes them) is force against a protest
(FORCE_AGAINST_PROTEST); tear gas, rubber bullets or water cannon with no one told killed or
hurt is a protest met with intervention (PROTEST_WITH_INTER). "Used force against protesters"
names no means: an inquiry's or a report's finding, left to the model.
Only as done (``realis`` of the verb). Armed men of no state firing on a crowd is an attack,
left to the model; so is a crowd told violent (the caller reads that first).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actor_mentions import find_actor_mentions
from ..nlp import phrase_of
from .crowd_nouns import crowd
from .gatherings import DEMAND_WORDS, GATHER_VERBS, PROTEST_VERBS, gathers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FORCE, INTERVENED = "FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER"
# Verbs of aiming force, whose target is what their prepositions reach ("fired tear gas at",
# "opened fire on", "used water cannon against", "turned hoses on").
_AIMING = frozenset({
    "fire", "fires", "fired", "firing", "open", "opens", "opened", "opening", "use", "uses",
    "used", "using", "lobbed", "lobbing", "sprayed", "spraying", "turned", "unleashed",
    "shot", "shooting", "shoot", "shoots", "launched"})
_AT = frozenset({"at", "on", "upon", "against", "into"})
# Verbs of force done to a crowd as their object: lethal, or severe only with injury told.
_KILLING = frozenset({"shot", "shoot", "shoots", "shooting", "killed", "killing", "kill",
                      "kills", "gunned", "mowed", "bayoneted"})
_BEATING = frozenset({"beat", "beating", "beaten", "whipped", "whipping", "clubbed",
                      "clubbing", "flogged", "assaulted"})
# Means that stop short of lethal force: a protest met with them is met with intervention.
_NON_LETHAL = frozenset({
    "tear", "teargas", "tear-gas", "gas", "rubber", "plastic", "water", "cannon", "cannons",
    "pellets", "pepper", "spray", "stun", "batons", "baton", "canisters", "smoke", "sound",
    "flash-bangs", "flashbangs", "hoses", "blanks", "foam", "sponge"})
# Words of people killed, and of people hurt badly (what makes a beating severe force).
_DEATHS = frozenset({"killed", "killing", "kills", "dead", "died", "death", "deaths", "dying",
                     "fatally", "lifeless", "bodies", "live"})
_INJURIES = frozenset({"injured", "injuring", "injuries", "wounded", "wounding", "hurt",
                       "hospitalised", "hospitalized", "unconscious", "bleeding"})
# Means of force that kill: named with a verb of use, they are lethal force ("used live
# ammunition against"); the abstract "force" names no means ("used excessive force against
# protesters", an inquiry's finding).
_LETHAL_MEANS = frozenset({"live", "ammunition", "bullets", "rounds", "guns", "rifles",
                           "firearms", "gunfire", "shots"})
_USING = frozenset({"use", "uses", "used", "using", "unleashed", "turned"})
# Words of denial before a death word: "no one was killed", "no deaths".
_NONE = frozenset({"no", "not", "nobody", "none", "without"})
# Verbs of a crowd's own protest that make the people who do them a crowd at a protest
# (beside the verbs of protest and gathering): "who blocked a bridge", "occupying a square".
_BLOCKING = frozenset({"blocked", "blocking", "block", "blockaded", "blockading",
                       "occupied", "occupying", "barricaded", "barricading", "camped",
                       "camping", "striking", "picketing"})


def force_on_crowd(sent: Doc, realis: Callable[[Token], bool],
                   crowd_named: Callable[[Token], bool]) -> str | None:
    """:data:`FORCE` or :data:`INTERVENED` when the parsed sentence tells the state's forces
    using force on a crowd (see the module docstring), as done; else None. ``crowd_named``
    says whether a noun names protesters or a protest by name."""
    lethal = found = False
    for tok in sent:
        targets = _targets(tok)
        if not targets or not any(_crowd(t, crowd_named) for t in targets):
            continue
        act = tok if tok.pos_ == "VERB" else tok.head
        if act.pos_ == "VERB" and not realis(act):
            continue
        doers = _doers(tok)
        means = _means(tok)
        if doers and not any(state_actor(d) for d in doers):
            continue                        # gunmen firing on a march: an attack
        if not doers and (tok.lower_ in _KILLING or not means & _NON_LETHAL):
            continue                        # "protesters were shot dead": by whom is not told
        if tok.lower_ in _USING and not means & (_NON_LETHAL | _LETHAL_MEANS):
            continue                        # "used excessive force against": no means named
        found = True
        lethal = lethal or _lethal(tok, means)
    if not found:
        return None
    return FORCE if lethal or harm_told(sent, _DEATHS | _INJURIES) else INTERVENED


def _targets(tok: Token) -> list[Token]:
    """Whom the force word aims at: the objects of its prepositions of aim ("fired at
    students", "open fire on a march", with "fire" read as the verb or its object), or the
    object or passive subject of a verb of killing or beating."""
    word = tok.lower_
    out = []
    if word in _AIMING or word == "fire" or word in _KILLING:
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]   # "cannon against"
        for prep in (c for h in heads for c in h.children
                     if c.dep_ == "prep" and c.lower_ in _AT):
            out += [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
    if (word in _KILLING or word in _BEATING) and tok.pos_ == "VERB":
        out += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return out


def _crowd(noun: Token, crowd_named: Callable[[Token], bool]) -> bool:
    """Protesters or a protest by name, or people whose own clause tells their protest:
    "farmers who blocked a bridge", "mourners protesting", "students marching on the
    ministry" (a participle the parser makes the target)."""
    if noun.pos_ == "VERB":                 # "at students marching": the verb, its subject
        return _protesting_verb(noun) and any(
            c.dep_ == "nsubj" and _people(c) for c in noun.children)
    if crowd_named(noun):
        return True
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]   # "trying to"
    return _people(noun) and (any(_protesting_verb(c) for c in clauses) or any(
        c.dep_ == "amod" and c.lower_ in _BLOCKING for c in noun.children))   # "striking"


def _protesting_verb(verb: Token) -> bool:
    """A verb of the crowd's protest: protesting, marching, blocking, or gathering with a
    demand."""
    word = verb.lower_
    if word in PROTEST_VERBS or word in _BLOCKING or word in DEMAND_WORDS:
        return True                         # "workers demanding unpaid wages"
    return word in GATHER_VERBS and gathers(verb)


def _people(noun: Token) -> bool:
    """A crowd or a group of people (not "a lorry that blocked the road")."""
    return crowd([noun]) is not None


def _doers(tok: Token) -> list[Token]:
    """Who used the force: the verb's subjects or "by" agents; a noun "fire" read as the
    sentence's verb, its compounds ("Security forces fire on ...")."""
    if tok.pos_ != "VERB":
        return [c for c in tok.children if c.dep_ == "compound"]
    agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj"]
    return subjects_of(tok) + agents


def _means(tok: Token) -> set[str]:
    """The words of what was fired or used: the objects and their conjuncts ("water cannon
    and tear gas"), a passive's subject ("tear gas was fired at"), and the "with" phrase
    ("beat them with batons")."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    objects = [c for c in tok.children if c.dep_ == "dobj" or passive and c.dep_ == "nsubjpass"]
    objects += [x for o in objects for x in o.conjuncts]
    objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    return {t.lower_ for o in objects for t in o.subtree}


def _lethal(tok: Token, means: set[str]) -> bool:
    """Lethal or severe force: shooting or killing, fire with no gentler means named ("opened
    fire on", "fired on the march"), or a beating that hurt people badly."""
    word = tok.lower_
    if word in _KILLING:
        return not means & _NON_LETHAL      # "shot rubber bullets at" is no shooting dead
    if word in _BEATING:
        return True                         # the corpus codes beatings as severe force
    return not means & _NON_LETHAL and not any(
        t.lower_ in _NON_LETHAL for t in tok.doc if t.head.i == tok.i)


def deaths_told(sent: Doc) -> bool:
    """People killed in the sentence, not denied ("no one was killed") and not of the
    state's side ("killing two police officers")."""
    return harm_told(sent, _DEATHS)


def harm_told(sent: Doc, words: frozenset[str]) -> bool:
    """People harmed (of ``words``: killed, hurt) in the sentence, not denied and not of the
    state's side."""
    for t in sent:
        if t.lower_ not in words:
            continue
        if any(w.lower_ in _NONE for w in sent[max(t.i - 3, 0):t.i]):
            continue
        victims = [c for c in t.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        if t.dep_ == "amod":
            victims.append(t.head)
        if victims and all(state_actor(v) for v in victims):
            continue
        return True
    return False


# Words of harm done to people (deaths, injuries, the verbs of shooting and killing).
_HARM = _DEATHS | _INJURIES | _KILLING | frozenset({"slain", "murdered", "massacred"})
# What a crowd gathers for, when it gathers for the dead: a vigil "for" them, to "mourn" them.
_MOURNING = frozenset({"mourn", "mourns", "mourned", "mourning", "honour", "honor",
                       "honoured", "honored", "honouring", "honoring", "remember",
                       "remembered", "remembering", "commemorate", "commemorated",
                       "commemorating", "memory", "memorial", "funeral", "funerals", "burial",
                       "burials", "buried", "bury"})
# Words between a noun and the next of a list ("the editor and two young reporters").
_LIST_GAP = 4
_GATHERING_FOR = frozenset({"vigil", "vigils", "prayers", "service", "gathering", "march",
                            "procession", "gathered", "marched", "prayed", "rallied"})


def mourned_only(sent: Doc) -> bool:
    """Every word of harm in the sentence tells of those a crowd gathers for ("a vigil for
    the twelve shoppers shot dead at the market", "marched to mourn the villagers killed
    last week", "the funerals of the protesters killed on Monday"): the harm was done
    before, not to the crowd. False where no harm is told."""
    harm = [t for t in sent if t.lower_ in _HARM]
    return bool(harm) and all(_of_the_mourned(t) for t in harm)


def _of_the_mourned(tok: Token) -> bool:
    """``tok`` sits under a word of mourning or in what a gathering is "for", a few heads
    up."""
    node = tok
    for _ in range(6):
        head = _noun_before(node) or node.head
        if head.i == node.i:
            return False
        if head.lower_ in _MOURNING or (head.lower_ == "for" and any(
                _gathering(a) for a in list(head.ancestors)[:3])):
            return True                 # "to mourn the ...", "the funerals of ..." (its "of")
        node = head
    return False


def _noun_before(tok: Token) -> Token | None:
    """The noun a word truly hangs on where the parser, after a list of nouns, hangs it on
    the main verb ("the shoppers and two stallholders shot dead at the market"): for a
    participle with no subject or auxiliary of its own (or a past tense with none hung on
    the main verb as a clause: the tagger's reading of "his two sons shot dead"), or a noun
    joined by "and" to a verb (a noun is never coordinated with a verb), the nearest noun
    before it past articles, numbers, adjectives and "and"; else None."""
    if tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ == "advcl"):   # or mistagged
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            return None
    elif not (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "conj" and tok.head.pos_ == "VERB"):
        return None
    for before in reversed(tok.doc[max(tok.i - _LIST_GAP, 0):tok.i]):
        if before.pos_ in ("NOUN", "PROPN"):
            return before
        if before.pos_ not in ("DET", "NUM", "ADJ", "CCONJ"):
            return None
    return None


def _gathering(tok: Token) -> bool:
    """A gathering's word, or a verb whose object is one ("held a vigil ... for"; "for" may
    hang on a noun between: "a vigil outside the mosque for")."""
    return tok.lower_ in _GATHERING_FOR or any(
        c.dep_ == "dobj" and c.lower_ in _GATHERING_FOR for c in tok.children)


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, or its clause's for a participle ("..., carrying them out")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp"):
        return subjects_of(verb.head)
    return subjects


def state_actor(noun: Token) -> bool:
    """The noun phrase names the state's force or officials ("police", "riot officers",
    "troops", "municipal officials", "the authorities")."""
    words = {t.lower_ for t in noun.subtree}
    if words & {"officers", "police", "guards", "bailiffs", "troops", "soldiers"}:
        return True
    return any(m.category == "state" for m in find_actor_mentions(phrase_of(noun)))


# The words :func:`force_on_crowd` starts from.
FORCE_WORDS = _AIMING | _KILLING | _BEATING

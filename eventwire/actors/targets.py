"""Places in an event's sentence: where it happened and what was hit.

Whoever a place belongs to was hit there, never the one who acted: a post or vehicle of the
forces (:func:`is_place_of_forces`), the owner of an office or a house (:func:`owner_of_place`);
phrases of place (:data:`LOCATIVE`) say where, not who. The building, facility or vehicle
itself is a :class:`Target` (:func:`physical_targets`, MUC-4's physical target), never an
actor: "gunmen hit a school and a clinic" has two targets and no actor2.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp import text_of
from ..records import Target
from .clauses import verb_of
from .sources import extent

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from ..actor_mentions import ActorMention

__all__ = ["LOCATIVE", "Target", "attacked_from", "event_targets", "facility_kind", "is_facility",
           "is_place_of_forces", "names_facility", "not_where", "owner_of_place", "physical_targets",
           "place_spans", "sentence_targets"]


# Prepositions naming where something happened: a ministry "outside" which a bomb went off is
# the place (and at most the target), not the one who acted.
LOCATIVE = frozenset({"outside", "inside", "near", "in", "into", "behind", "beside", "opposite",
                      "around", "across", "at", "from", "within", "along"})
_FACILITY = re.compile(r"\s+(?:station|post|checkpoint|headquarters|building|office|compound|"
                       r"base|barracks|camp|convoy|vehicle|academy|school|hospital|residence|"
                       r"outpost|garrison|position)s?\b",
                       re.IGNORECASE)


def names_facility(text: str, end: int) -> bool:
    """Whether a place of the forces' word follows ``end`` ("police| station"): the words before
    it name whose place it is, not who acted."""
    return _FACILITY.match(text, end) is not None


def place_spans(sent: Doc) -> list[tuple[int, int]]:
    """Character ranges of locative phrases ("outside the Ministry of ...")."""
    return [extent(tok) for tok in sent if tok.dep_ == "prep" and tok.lower_ in LOCATIVE]


# A mention that is a place of the forces (phrases.facility_mentions): hit, not acting.
_PLACE_WORDS = re.compile(r"(?:checkpoint|outpost|barracks|garrison|patrol|post|station|base|"
                          r"camp|convoy|vehicle|truck|position|headquarters|academy|compound)"
                          r"s?$", re.IGNORECASE)


def is_facility(a: ActorMention, text: str) -> bool:
    """Whether a mention of the forces names a place of theirs ("an army checkpoint")."""
    return a.category == "state" and bool(_PLACE_WORDS.search(a.text))


# "the headquarters of X", "X's offices": X owns the place hit, it does not act there.
_PLACE_OF = re.compile(r"\b(?:headquarters|offices?|premises|home|house|residence|compound|"
                       r"buildings?|property|properties|rally|convoy|motorcade|vehicle)\s+of\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)
_OWNS = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:headquarters|offices?|premises|home|house|"
                   r"residence|compound|buildings?|property|rally|convoy|motorcade)\b",
                   re.IGNORECASE)


def owner_of_place(text: str, a: ActorMention) -> bool:
    """Whether the mention owns a place named next to it ("the offices of X", "X's house")."""
    return bool(_PLACE_OF.search(text, max(0, a.start - 40), a.start)
                or _OWNS.match(text, a.end))


# Vehicles and units of the forces: hit when they "came under fire" or "hit a mine", else
# they may act ("an army patrol opened fire").
_MOBILE = re.compile(r"\s+(?:patrol|convoy|vehicle|truck|jeep|helicopter)s?\b", re.IGNORECASE)
_MINES = frozenset({"mine", "landmine", "bomb", "ied", "device", "explosive", "explosives"})


def is_place_of_forces(a: ActorMention, text: str, verb: Token) -> bool:
    """A post or base of the forces ("police station", "a checkpoint"), or a vehicle of theirs
    that was hit ("a military convoy hit a landmine"): what was hit, never who acted."""
    if a.category != "state":
        return False
    if is_facility(a, text) or names_facility(text, a.end):
        return True
    hit = bool(attacked_from(verb)) or (verb.lower_ in ("hit", "hits", "struck", "ran") and any(
        t.lower_ in _MINES for c in verb.children if c.dep_ in ("dobj", "prep")
        for t in c.subtree))
    return hit and bool(_MOBILE.match(text, a.end))


def attacked_from(verb: Token) -> list[Token]:
    """"came under fire/attack" (and who fired: "from X")."""
    if not any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children):
        return []
    return [verb, *(t for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "from"
                    for t in p.subtree)]


def not_where(head: Token) -> list[Token]:
    """The words of ``head``'s phrase outside its phrases of place ("an explosion at a
    military base": not the base): none of them, nor any word above them, is a preposition of
    place within the phrase's span other than ``head``."""
    lo, hi = head.left_edge.i, head.right_edge.i
    places = {a.i for a in head.doc[lo:hi + 1]
              if a.i != head.i and a.dep_ == "prep" and a.lower_ in LOCATIVE}
    if not places:
        return list(head.subtree)
    return [t for t in head.subtree
            if t.i not in places and not any(a.i in places for a in t.ancestors)]


# -- physical targets ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[re.Pattern[str], str], ...]:
    from ..lexicon import read_table
    return tuple((re.compile(pattern, re.IGNORECASE), kind)
                 for pattern, kind in read_table("actors_targets.tsv"))


def kinds() -> tuple[str, ...]:
    """The kinds of physical target, each once, in the order of their table."""
    return tuple(dict.fromkeys(kind for _, kind in _kinds()))


@lru_cache(maxsize=4096)
def facility_kind(word: str) -> str | None:
    """The kind of target a head noun names ("mosque": "place of worship"), else None (kept:
    each noun of every event's sentence is asked, against every pattern of the table)."""
    return next((kind for pattern, kind in _kinds() if pattern.fullmatch(word)), None)


def _forms(*rows: tuple[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(stem + end for stem, ends in rows for end in ends)


_ED = ("", "s", "ed", "ing")
_E = ("e", "es", "ed", "ing")
_ES = ("", "es", "ed", "ing")
# Verbs (written forms: the pipeline has no lemmatizer) whose object or passive subject is what
# the act hit ("stormed a school", "a mosque was bombed").
_DAMAGE = _forms(
    ("attack", _ED), ("bomb", _ED), ("shell", _ED), ("hit", ("", "s", "ting")),
    ("strik", ("e", "es", "ing")), ("struck", ("",)), ("burn", (*_ED, "t")), ("torch", _ES),
    ("raid", _ED), ("storm", _ED), ("loot", _ED), ("ransack", _ED), ("destroy", _ED),
    ("damag", _E), ("dynamit", _E), ("target", _ED), ("overr", ("un", "uns", "an", "unning")),
    ("captur", _E), ("seiz", _E), ("ambush", _ES), ("besieg", _E), ("sabotag", _E),
    ("blast", _ED), ("ram", ("", "s", "med", "ming")), ("demolish", _ES), ("raz", _E),
    ("vandali", ("se", "ses", "sed", "sing", "ze", "zes", "zed", "zing")), ("invad", _E),
    ("gut", ("", "s", "ted", "ting")), ("flatten", _ED), ("rocket", _ED), ("mortar", _ED),
    ("occup", ("y", "ies", "ied", "ying")), ("firebomb", _ED), ("smash", _ES), ("sack", _ED),
    ("blew", ("",)), ("blow", ("", "s", "n", "ing")), ("set", ("", "s", "ting")),
    ("grenad", _E), ("pillag", _E), ("hijack", _ED))
# Verbs that count only with these words ("set fire to", "blew up"): alone they harm nothing.
_SET = frozenset({"set", "sets", "setting"})
_NEEDS = {**dict.fromkeys(_SET, frozenset({"fire", "ablaze", "alight"})),
          **dict.fromkeys(("blew", "blow", "blows", "blown", "blowing"), frozenset({"up"})),
          **dict.fromkeys(("open", "opens", "opened", "opening"), frozenset({"fire"}))}
# Verbs whose "at", "on" or "against" phrase names what they were aimed at ("fired on a bus",
# "hurled grenades at the embassy"); that of a verb of damage only when it has no object
# ("attacked a convoy on the highway": where).
_AIMED = _forms(
    ("fir", _E), ("shoot", ("", "s", "ing")), ("shot", ("",)), ("threw", ("",)),
    ("throw", ("", "s", "n", "ing")), ("hurl", _ED), ("lob", ("", "s", "bed", "bing")),
    ("open", _ED), ("launch", _ES), ("aim", _ED))
# Verbs and nouns of an explosion, whose place is what it hit ("a bomb went off inside a bus
# terminal", "blew himself up at a mosque", "an explosion outside a ministry"); and verbs that
# leave a bomb there ("planted a bomb in a school").
_EXPLODE = _forms(("explod", _E), ("detonat", _E), ("went", ("",)), ("go", ("", "es", "ing")),
                  ("gone", ("",)), ("blew", ("",)), ("blow", ("", "s", "n", "ing")))
_EXPLOSION = _forms(("explosion", ("", "s")), ("blast", ("", "s")), ("bombing", ("", "s")))
_PLANT = _forms(("plant", _ED), ("plac", _E), ("hid", ("", "den", "e", "es", "ing")),
                ("left", ("",)), ("leav", ("e", "es", "ing")))
# Nouns of an act whose "on", "against", "of" or "at" phrase is what it hit ("an attack on the
# headquarters of X", "the burning of a church"); "damage to" a thing.
_ACTS = _EXPLOSION | _forms(
    ("attack", ("", "s")), ("raid", ("", "s")), ("assault", ("", "s")), ("strike", ("", "s")),
    ("airstrike", ("", "s")), ("shelling", ("",)), ("arson", ("",)), ("burning", ("",)),
    ("destruction", ("",)), ("looting", ("",)), ("fire", ("",)), ("ambush", ("", "es")),
    ("bombardment", ("", "s")), ("grenade", ("", "s")), ("rocket", ("", "s")),
    ("damage", ("",)))
_TO = frozenset({"fire", "damage"})
# Verbs whose subject was the one damaged ("the market burned down", "the convoy came under
# fire", "its vehicle hit a mine").
_DAMAGED = frozenset({"burned", "burnt", "burning", "collapsed", "caught"})
_AT = frozenset({"at", "on", "upon", "against"})
# Where an explosion or a planted bomb was: "near" and "outside" too (a blast hits around it).
_IN = frozenset({"in", "inside", "at", "into", "near", "outside", "under", "beside"})


def physical_targets(sent: Doc, acts: set[int] | None = None) -> list[Target]:
    """What acts of violence in the sentence hit, from the parse: the buildings, facilities
    and vehicles (``data/actors_targets.tsv``) that are the object or passive subject of a verb
    of damage, the aim of a shot, the place of an explosion or what a nominal attack was on
    (sentence offsets). ``acts``: the indices of the words that may govern (default: any).
    A facility that only qualifies a noun ("the school board", "the clinic's director",
    "hospital officials said") is no target."""
    out = []
    for tok in sent:
        kind = facility_kind(tok.text) if tok.pos_ in ("NOUN", "PROPN") else None
        if kind is None or tok.dep_ in ("compound", "poss", "amod", "nmod", "npadvmod"):
            continue
        governor = _governor(tok)
        if governor is not None and (acts is None or governor.i in acts):
            start, end = _target_words(tok)
            out.append(Target(kind, text_of(sent)[start:end], (start, end)))
    return out


def _governor(noun: Token) -> Token | None:
    """The act that hit ``noun`` (the first of a list: "hit a school and a clinic"), if any."""
    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    gov = head.head
    if head.dep_ in ("dobj", "nsubjpass") and _damages(gov):
        return gov
    if head.dep_ == "nsubj" and _was_damaged(gov):
        return gov
    if head.dep_ != "pobj" or gov.head.i == gov.i:
        return None
    act, prep = gov.head, gov.lower_
    if act.pos_ in ("VERB", "AUX"):
        aimed = _with(act) and (prep in _AT and _aims(act) or prep == "to" and act.lower_ in _SET)
        exploded = prep in _IN and (_explodes(act) or _plants_bomb(act))
        return act if aimed or exploded else None
    if act.lower_ in _ACTS and (prep in _AT or prep == "of" or prep == "to" and (
            act.lower_ in _TO) or prep in _IN and act.lower_ in _EXPLOSION):
        return act
    return None


def _aims(verb: Token) -> bool:
    return verb.lower_ in _AIMED or verb.lower_ in _DAMAGE and not any(
        c.dep_ == "dobj" for c in verb.children)


def _damages(verb: Token) -> bool:
    return verb.lower_ in _DAMAGE and verb.pos_ in ("VERB", "AUX") and _with(verb)


def _with(verb: Token) -> bool:
    """Whether the words a verb needs are among its dependents ("set ... on fire", "blew up"),
    or it needs none."""
    needs = _NEEDS.get(verb.lower_)
    return needs is None or any(t.lower_ in needs for c in verb.children for t in c.subtree)


def _explodes(verb: Token) -> bool:
    """"exploded", "detonated", "went off", "blew (himself) up"."""
    word = verb.lower_
    if word in ("went", "go", "goes", "going", "gone"):
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if word in ("blew", "blow", "blows", "blown", "blowing"):
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return word in _EXPLODE


def _plants_bomb(verb: Token) -> bool:
    """"planted a bomb", "a device was left": a verb that leaves an explosive somewhere."""
    return verb.lower_ in _PLANT and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _MINES for c in verb.children)


def _was_damaged(verb: Token) -> bool:
    """A subject hit by its verb: "came under fire", "burned down", "hit a mine"."""
    if attacked_from(verb):
        return True
    objects = [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    if verb.lower_ in ("hit", "hits", "struck", "ran"):
        return any(t.lower_ in _MINES for t in objects)
    if verb.lower_ == "caught":
        return any(t.lower_ == "fire" for t in objects)
    return verb.lower_ in _DAMAGED and not any(c.dep_ == "dobj" for c in verb.children)


# Adjectives before a facility that say which it is ("Shiite mosque", "military base"), not how
# it was ("crowded", "nearby"): proper, or made from a noun (-al, -ary, -ic, -ian).
_CLASSIFYING = re.compile(r"\w+(?:al|ary|ic|ian|ese|ist|ite)", re.IGNORECASE)
_DESCRIBING = frozenset({"local", "several", "usual", "total", "normal", "typical"})


def _target_words(noun: Token) -> tuple[int, int]:
    """Character range of a target's words: the noun and the words right before it that say
    which facility it is ("power substation", "Shiite mosque"), without article, count or
    description ("a crowded bus terminal": "bus terminal")."""
    first = noun
    for left in reversed(list(noun.lefts)):
        if left.i != first.i - 1 or not _names_which(left):
            break
        first = left.left_edge          # "United States" of "United States embassy"
    return first.idx, noun.idx + len(noun.text)


def _names_which(tok: Token) -> bool:
    if tok.dep_ in ("compound", "nmod"):
        return True
    if tok.dep_ != "amod" or tok.lower_ in _DESCRIBING:
        return False
    return tok.text[:1].isupper() or _CLASSIFYING.fullmatch(tok.text) is not None


def event_targets(sent: Doc, trigger: Token) -> list[Target]:
    """The targets of one event: those its trigger, its verb, or the verbs coordinated with it
    or telling how it went on hit ("gunmen stormed a school and burned it", "..., destroying
    two houses"), in sentence offsets; not those of a clause with a subject of its own ("...,
    while a market burned")."""
    verb = verb_of(trigger)
    acts = {trigger.i, verb.i, *(c.i for c in verb.children if c.dep_ in ("conj", "xcomp") or (
        c.dep_ == "advcl" and not any(s.dep_.startswith("nsubj") for s in c.children)))}
    if verb.dep_ == "conj":
        acts.add(verb.head.i)
    return physical_targets(sent, acts)


def sentence_targets(sent: Doc, triggers: Sequence[Token | None]) -> list[list[Target]]:
    """The targets of each event of a sentence (``triggers``: their acts, None where unknown),
    in sentence offsets: those its own acts hit (:func:`event_targets`); for an event whose
    acts hit nothing, those an act of the sentence hit that no event of it claims. The
    detector may name a word of the sentence that governs no target as the event ("dynamited
    a pipeline, causing a spill": the spill; "claimed the bombing of a post": the claim); the
    sentence still tells what was hit. An event that hit something keeps its own ("stormed a
    bank, while a market burned": the bank)."""
    own = [event_targets(sent, t) if t is not None else [] for t in triggers]
    claimed = {t.span for ts in own for t in ts}
    rest = [t for t in physical_targets(sent) if t.span not in claimed]
    return [ts or rest for ts in own]

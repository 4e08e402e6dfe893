"""People seized by armed men are abducted (ABDUCT_DISSAP), whatever verb of taking tells it;
captives their takers let go are released, an agreement (:func:`captives_released`).

The learned model reads "seized" and "captured" by what is usually taken: ground ("armed men
seized six travellers on the road to the city" came out territory taken), an arrest ("fighters
captured four employees of the mine") or an attack ("gunmen seized 15 worshippers from a
church"). What makes it an abduction is what was taken and by whom, which the parse and the
actor word lists tell: civilians (the actor table's civilian nouns) taken by a non-state armed
group or by takers unnamed, in a sentence that tells no one killed (a raid that killed and
took captives is told as the killing). State forces taking people is an arrest; soldiers taken
in a fight are the fight's.

A ship, boat, bus, train or plane hijacked or seized with people aboard by armed men or
takers unnamed is a hostage-taking too (:func:`craft_hijacked`): the model reads "pirates
hijacked a tanker with 20 crew" as a foiled attack, an accident or a looting as often as an
abduction. Not a car, van or lorry (a carjacking or a cargo stolen), not a craft seized by the
state, not one that is only boarded or taken empty.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_mentions import NON_STATE_ARMED, find_actor_mentions
from .battles import FIGHT_WORDS
from .tallies import spanned
from .violent_acts import main_verbs

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc, Token

    from ..actor_mentions import ActorMention
    from .model import Judgement

LABEL = "ABDUCT_DISSAP"
# The confidence of a hijacking the parse reads (P(a real event in scope)): the training corpus
# holds few (`python benchmarks/parse_rules.py hijackings`: one firing in the training split,
# one in the aside split, both real abductions); on the project's own sentences
# (tests/events/test_captives.py, with hard negatives) it fires on every hijacking with people
# aboard and on no negative. Set at 0.75 with the other rules of thin evidence
# (movement_bans.MOVEMENT_BAN_CONFIDENCE), below those of many firings (0.8).
HIJACK_CONFIDENCE = 0.75
# ACLED codes a release of prisoners or hostages as an agreement, whoever took them.
RELEASE = "AGREEMENT"
# The labels the model gives a taking of people that this check corrects; of them, the
# rules' cue words give a taking the territory ones ("seized": ground taken).
TAKEN_LABELS = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
                          "NON_VIOL_TERRIT_TRANSFER"})
_CORRECTED = TAKEN_LABELS | {"ARREST", "ATTACK", "OTHER"}
# Verbs of taking.
_TAKING = frozenset({"seized", "seize", "seizes", "seizing", "captured", "capture", "captures",
                     "capturing", "grabbed", "grab", "grabs", "snatched", "snatch", "snatches"})
# Verbs of taking people besides :data:`_TAKING` (the pipeline reads no lemmas).
_KIDNAPPING = frozenset({"kidnapped", "kidnap", "kidnaps", "kidnapping", "abducted", "abduct",
                         "abducts", "abducting"})
# Verbs of letting people go.
_RELEASING = frozenset({"released", "release", "releases", "releasing", "freed", "free",
                        "frees", "freeing"})
# Nouns of captives, and words that say people were taken.
_CAPTIVES = frozenset({"hostage", "hostages", "captive", "captives", "abductees", "prisoners",
                       "detainees"})
_TAKEN_WORDS = frozenset({"kidnapped", "abducted", "seized", "captured", "held", "taken",
                          "kidnap", "abduction"})
# People the actor table does not list as civilians but who are taken as such (the table
# stays as it is: its categories are features the detector's model was trained on).
_ALSO_CIVILIANS = frozenset({"travellers", "travelers", "employees", "engineers", "labourers",
                             "laborers", "shepherds", "tourists", "fishermen", "miners",
                             "nurses", "motorists", "contractors", "hostages", "drivers",
                             "truckers", "schoolgirls", "schoolboys", "priests", "monks", "nuns",
                             "missionaries", "medics", "hunters", "loggers", "woodcutters"})
# Verbs of taking a craft with the people in it.
_HIJACKING = frozenset({"hijacked", "hijack", "hijacks", "hijacking", "commandeered",
                        "commandeer", "seized", "seize", "seizes", "seizing", "captured"})
# Craft that carry people: not cars, vans or lorries, whose taking is a theft.
_CRAFT = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "carrier",
                    "freighter", "trawler", "trawlers", "dhow", "dhows", "boat", "boats", "ferry",
                    "yacht", "barge", "tugboat", "bus", "buses", "minibus", "coach", "train",
                    "plane", "aircraft", "airliner", "jet", "helicopter"})
# The people a craft carries, told in its phrase.
_ON_BOARD = frozenset({"crew", "crews", "crewmen", "crewmembers", "sailors", "seafarers",
                       "seamen", "fishermen", "passengers", "travellers", "travelers",
                       "pilgrims", "tourists", "students", "people", "aboard", "onboard"})
# Words of ground taken by force beside the taking ("after overrunning the base").
_OVERRUNNING = frozenset({"overran", "overrun", "overrunning", "overruns", "stormed",
                          "storming"})
# Words of people killed beside the taking: the sentence tells an attack.
_KILLED = frozenset({"killed", "killing", "dead", "died", "murdered", "massacred", "executed",
                     "beheaded"})


def people_taken(j: Judgement, parsed: Doc) -> Judgement:
    """The judgement as an abduction where the sentence's taking is of civilians by armed men
    or takers unnamed (see the module docstring); else unchanged."""
    if j.label not in _CORRECTED or not any(t.lower_ in _TAKING for t in parsed):
        return j
    if any(t.lower_ in _KILLED for t in parsed):
        return j
    mentions = find_actor_mentions(parsed.text)
    verbs = [t for t in parsed if t.lower_ in _TAKING and t.pos_ == "VERB"]
    # soldiers or police taken with no fight told, by the only taking of the sentence, are
    # abducted too ("the soldiers were seized on the road"); taken in a fight, or beside
    # ground taken ("captured 20 soldiers after overrunning the base"), they are the fight's
    quiet = len(verbs) == 1 and not any(t.lower_ in FIGHT_WORDS or t.lower_ in _OVERRUNNING
                                        for t in parsed)
    if any(_takes_people(verb, mentions, quiet) for verb in verbs):
        return replace(j, label=LABEL)
    return j


def taking_people(verb: Token) -> bool:
    """The verb (a rule's trigger) is a taking of civilians by armed men or takers unnamed, as
    :func:`people_taken` reads it ("gunmen seized eight truck drivers": no ground taken)."""
    parsed = verb.sent
    if verb.lower_ not in _TAKING or verb.pos_ != "VERB" or any(
            t.lower_ in _KILLED for t in parsed):
        return False
    return _takes_people(verb, find_actor_mentions(parsed.text), quiet=False)


def _takes_people(verb: Token, mentions: Sequence[ActorMention], quiet: bool) -> bool:
    """Everyone the verb took is a civilian (or, ``quiet``: no fight told, a soldier or a
    policeman), taken by a non-state armed group or takers unnamed."""
    taken = _taken(verb)
    return bool(taken) and all(
        _civilian(t, mentions) or quiet and _category(t, mentions) == "state" for t in taken
    ) and _category_of_takers(verb, mentions) in NON_STATE_ARMED | {None}


# Of the craft for people (:data:`_CRAFT`), those at sea: crewed whatever the text says of it,
# so that pirates or an armed group seizing one take its crew ("pirates hijacked a cargo ship
# off Oman"). A tanker or a
# carrier may be a lorry: at sea only when pirates took it or the sentence names the water
# ("bandits hijacked five fuel tankers on the highway" are lorries).
_AMPHIBIOUS = frozenset({"tanker", "tankers", "carrier"})
_AT_SEA = _CRAFT - _AMPHIBIOUS - frozenset({"bus", "buses", "minibus", "coach", "train",
                                            "plane", "aircraft", "airliner", "jet",
                                            "helicopter"})
_SEA_WORDS = frozenset({"sea", "seas", "gulf", "ocean", "strait", "straits", "coast", "waters",
                        "bay", "maritime", "offshore", "harbour", "harbor", "anchorage",
                        "pirates", "pirate"})


def may_hijack(words: frozenset[str]) -> bool:
    """The sentence has a word of hijacking or seizing and one of a craft carrying people."""
    return bool(words & _HIJACKING) and bool(words & _CRAFT)


def craft_hijacked(parsed: Doc, realis: Callable[[Token], bool]) -> bool:
    """The sentence's act is a craft for people (:data:`_CRAFT`) hijacked or seized with
    people aboard ("with 23 crew", "carrying 18 passengers", "took its crew hostage") by a
    non-state armed group or takers unnamed, or a craft at sea (:data:`_AT_SEA`) by a
    non-state armed group named ("pirates seized a tanker"); no one killed (that is the
    killing's event)."""
    if any(t.lower_ in _KILLED for t in parsed):
        return False
    mentions = find_actor_mentions(parsed.text)
    hostage = any(t.lower_ in _CAPTIVES for t in parsed)
    for verb in (v for m in main_verbs(parsed) for v in (m, *m.conjuncts)):
        if (verb.lower_ not in _HIJACKING or verb.pos_ != "VERB" or not realis(verb)
                or spanned(verb)):          # "have seized 90 ships this year": a tally
            continue
        crafts = [t for t in _taken(verb) if t.lower_ in _CRAFT]
        takers = _category_of_takers(verb, mentions) if crafts else "state"
        if takers in NON_STATE_ARMED and any(at_sea(c) and not _unmanned(c) for c in crafts):
            return True                 # a crewed craft at sea, taken by an armed group
        if crafts and (hostage or _aboard(verb, crafts)) and takers in NON_STATE_ARMED | {None}:
            return True
    return False


def at_sea(craft: Token) -> bool:
    """A craft at sea (:data:`_AT_SEA`), or a tanker or carrier in a sentence of the sea."""
    return craft.lower_ in _AT_SEA or (craft.lower_ in _AMPHIBIOUS and any(
        t.lower_ in _SEA_WORDS for t in craft.doc))


# Words that tell a craft had no one aboard ("an empty fishing boat moored at the harbour").
# (A ship at anchor keeps its crew aboard.)
_UNMANNED = frozenset({"empty", "abandoned", "unmanned", "derelict", "unoccupied", "moored"})


def _unmanned(craft: Token) -> bool:
    """The craft's phrase says it was empty or tied up in port."""
    return any(t.lower_ in _UNMANNED for t in craft.subtree)


def _aboard(verb: Token, crafts: Sequence[Token]) -> bool:
    """People are told aboard the craft, in its own phrase or the verb's "with": "a carrier
    with 23 crew", "a bus carrying 18 passengers", "a tanker with 20 sailors aboard"."""
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(t.lower_ in _ON_BOARD for c in crafts for t in c.subtree if t.i > c.i) or any(
        t.lower_ in _ON_BOARD for w in withs for t in w.subtree)


def captives_released(j: Judgement, parsed: Doc) -> Judgement:
    """The judgement as an agreement where the model reads an abduction and the sentence's
    news is captives let go: a main verb of release ("rebels freed four engineers they had
    held since Friday", "the kidnapped workers were released on Tuesday") whose captives are
    people taken (hostages, the kidnapped, or civilians), by their takers or no one named;
    or anyone an armed group lets go ("guerrillas released six soldiers").
    Captives freed by soldiers or police are rescued, and a sentence telling a taking as its
    news ("seized 12 and freed two") stays the abduction."""
    if j.label != LABEL:
        return j
    verbs = [v for root in parsed if root.dep_ == "ROOT" for v in (root, *root.conjuncts)]
    if any(v.lower_ in _TAKING or v.lower_ in _KIDNAPPING for v in verbs):
        return j
    mentions = find_actor_mentions(parsed.text)
    for verb in verbs:
        if not _releases(verb):
            continue
        freed = _taken(verb)
        takers = _category_of_takers(verb, mentions)
        if freed and takers != "state" and all(
                _captive(t, mentions) or (takers in NON_STATE_ARMED
                                          and _category(t, mentions) is not None)
                for t in freed):
            return replace(j, label=RELEASE)
    return j


def _releases(verb: Token) -> bool:
    """A verb of letting people go: "released", "freed", "set free"."""
    return verb.pos_ == "VERB" and (verb.lower_ in _RELEASING or (
        verb.lower_ in ("set", "sets") and any(c.lower_ == "free" for c in verb.children)))


def _captive(noun: Token, mentions: Sequence[ActorMention]) -> bool:
    """A hostage or captive, one said taken ("the kidnapped engineers", "workers abducted
    last week"), or a civilian (a civilian let go is one who was held)."""
    words = {c.lower_ for c in noun.children}          # "the kidnapped engineers", "... held"
    return noun.lower_ in _CAPTIVES or bool(words & _TAKEN_WORDS) or _civilian(noun, mentions)


def _taken(verb: Token) -> list[Token]:
    """What the verb took: its object, or its passive subject, with their conjuncts."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return out + [c for t in out for c in t.conjuncts]


def _category_of_takers(verb: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The actor category of who took them: the active subject (a coordinated verb's:
    "pirates boarded and seized a tanker"), or the passive's "by"."""
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    head = verb
    while not takers and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
        takers = [c for c in head.children if c.dep_ == "nsubj"]
    takers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
               if g.dep_ == "pobj"]
    if any(t.pos_ == "PRON" for t in takers):
        return "unknown"                    # "they grabbed people": who, the text before says
    categories = {_category(t, mentions) for t in takers}
    return next(iter(categories)) if len(categories) == 1 else (
        "mixed" if categories else None)


def _civilian(noun: Token, mentions: Sequence[ActorMention]) -> bool:
    return noun.lower_ in _ALSO_CIVILIANS or _category(noun, mentions) == "civilian"


def _category(noun: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The category of the actor mention inside the noun's phrase and holding the noun, if
    any: "two police officers", not "a police station" (a place the police hold)."""
    start, end = noun.left_edge.idx, noun.idx + len(noun)
    return next((m.category for m in mentions if start <= m.start < end and m.end > noun.idx),
                None)

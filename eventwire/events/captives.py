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
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_mentions import NON_STATE_ARMED, find_actor_mentions
from .battles import FIGHT_WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from ..actor_mentions import ActorMention
    from .model import Judgement

LABEL = "ABDUCT_DISSAP"
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
    """The actor category of who took them: the active subject, or the passive's "by"."""
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
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

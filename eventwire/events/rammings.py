"""A vehicle driven into protesters or a crowd on purpose: an attack (ATTACK).

The learned model reads the protest or the crowd in "a driver accelerated into a crowd of people
protesting outside the Statehouse, injuring three" and types the sentence as force used on a
protest or as the protest; what happened to the crowd is an attack by the driver, which the
parse tells: a verb of driving into, through or over people, a crowd or a protest, done by a
driver, a man or a vehicle; political when those hit were protesting, else only where the
sentence says it was on purpose ("deliberately", "rammed", "in an attack"). Not an accident
("lost control", "a medical episode"), not police vehicles, not a plan or a threat.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .agreements import dated_by_year
from .crowds import state_actor, subjects_of
from .gatherings import PROTEST_NOUNS, PROTESTERS
from .property import harm_told

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a ramming the parse reads: set with the other rules of one act (0.8),
# checked on the sentences of tests/events/test_rammings.py (the corpus has few: `python
# benchmarks/parse_rules.py rammings`).
RAMMING_CONFIDENCE = 0.8
# Words that make a sentence a candidate where no event cue is named ("deliberately drove his
# van into worshippers").
CANDIDATE_WORDS = (r"(?:drove|driven|ploughed|plowed|rammed|slammed|accelerated|careened|"
                   r"mowed|sped) (?:\w+ ){0,4}(?:into|through|down)")
# Verbs of driving a vehicle into something, as word forms; those that are on purpose in
# themselves; and the prepositions or particles that put people in the way.
_DRIVING = frozenset({
    "drove", "driven", "drives", "driving", "ploughed", "plowed", "ploughing", "plowing",
    "rammed", "ramming", "slammed", "accelerated", "sped", "careened", "barreled",
    "barrelled", "crashed", "smashed", "mowed", "ran", "veered", "swerved"})
_ON_PURPOSE = frozenset({"rammed", "ramming", "mowed"})
_INTO = frozenset({"into", "through", "over", "at", "toward", "towards"})
# People in the way, and words that make them a protest's.
_PEOPLE = frozenset({
    "crowd", "crowds", "people", "pedestrians", "worshippers", "shoppers", "revellers",
    "revelers", "spectators", "fans", "students", "group", "mourners", "cyclists"})
_PROTESTING = PROTESTERS | PROTEST_NOUNS | frozenset({
    "protester", "protestor", "demonstrator", "marcher", "counter-protesters", "protesting",
    "demonstrating", "marching", "vigil", "picket", "picketers", "strikers"})
# Drivers who mean it, the protest's own people and rescuers, and words of a court.
_ATTACKERS = frozenset({"attacker", "attackers", "assailant", "terrorist", "gunman",
                        "extremist", "militant"})
_OWN_SIDE = PROTESTERS | frozenset({"organisers", "organizers", "supporters", "participants",
                                    "activists"})
_RESCUE = frozenset({"ambulance", "ambulances", "fire", "engine", "paramedics", "firefighters"})
_COURT = frozenset({"sentenced", "trial", "court", "convicted", "accused", "jury"})
_HOSPITAL = frozenset({"hospital", "hospitalised", "hospitalized", "knocked"})
# Words that tell it was on purpose, or an accident.
_INTENT = frozenset({"deliberately", "intentionally", "purposely", "purposefully", "attack",
                     "terror", "terrorism", "terrorist", "targeted", "aimed", "purpose"})
_ACCIDENT = frozenset({"lost", "control", "medical", "episode", "accident", "accidentally",
                       "brakes", "skidded", "crash", "collision", "seizure"})


def ramming(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells a vehicle driven into protesters, or on purpose
    into a crowd (see the module docstring), as done."""
    words = {t.lower_ for t in sent}
    if words & _ACCIDENT or words & _COURT:
        return False
    intent = bool(words & _INTENT) and not _negated(sent)
    for verb in sent:
        if (verb.lower_ not in _DRIVING or verb.pos_ != "VERB" or not realis(verb)
                or verb.dep_ == "relcl" or dated_by_year(verb)):
            continue
        hit = _people_hit(verb)
        drivers = subjects_of(verb)
        if not hit or any(state_actor(s) or _own_side_or_rescue(s) for s in drivers):
            continue
        protest = any({t.lower_ for t in h.subtree} & _PROTESTING for h in hit)
        attacker = any(s.lower_ in _ATTACKERS for s in drivers)
        if protest and _through(verb) and not (harm_told(sent) or words & _HOSPITAL
                                                or verb.lower_ in _ON_PURPOSE):
            continue                        # "drove slowly through the march": no one hit
        if protest or verb.lower_ in _ON_PURPOSE or intent or attacker:
            return True
    return False


def _through(verb: Token) -> bool:
    return any(c.lower_ == "through" for c in verb.children)


def _negated(sent: Doc) -> bool:
    """The sentence denies or doubts something ("not being treated as terrorism", "no sign of
    a terror motive"): its words of intent do not count."""
    return any(t.dep_ == "neg" or t.lower_ in ("no", "never") for t in sent)


def _own_side_or_rescue(noun: Token) -> bool:
    """The protest's own people, or an emergency vehicle ("organisers drove a truck through
    the march", "an ambulance drove through the march")."""
    words = {t.lower_ for t in noun.subtree}
    return bool(words & _OWN_SIDE or words & _RESCUE)


def _people_hit(verb: Token) -> list[Token]:
    """The people, crowd or protest the verb drives into: "into a crowd of people protesting",
    "through the march", "mowed down pedestrians", "ran over two marchers"."""
    hit = [o for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ in _INTO
           for o in p.children if o.dep_ == "pobj"]
    if any(c.dep_ == "prt" and c.lower_ in ("down", "over") for c in verb.children):
        hit += [c for c in verb.children if c.dep_ == "dobj"]
    return [h for h in hit if _people(h)]


def _people(noun: Token) -> bool:
    """People or a gathering of them, as the noun or the "of" it heads ("a crowd of
    people", "dozens of protesters")."""
    members = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
    return any(m.lower_ in _PEOPLE or m.lower_ in _PROTESTING for m in members)


def may_ram(words: frozenset[str]) -> bool:
    """False only where :func:`ramming` cannot fire on a sentence of these lower-cased
    ``words``: an accident or a court told, no verb of driving, or no people in the way."""
    return (words.isdisjoint(_ACCIDENT) and words.isdisjoint(_COURT)
            and not words.isdisjoint(_DRIVING)
            and not (words.isdisjoint(_PEOPLE) and words.isdisjoint(_PROTESTING)))

"""Ordinary policing read from the parse: police using force on a person, and arrests made or
only named (README "Ordinary crime and policing", ``--include-crime``).

The learned model reads "officers shot a man who came at them with a knife" or "a man was
tasered and arrested" as ordinary crime it doubts, or as another act: the words are those of
any shooting, and a police shooting of one suspect is no political violence (scope
``crime``). The parse tells who did what to whom:

* the police (officers, troopers, deputies, constables, gendarmes) as the doer of
  a verb of force, the subject of an active verb or the "by" agent of a passive one: shooting
  or shooting at someone (a miss counts: "fired at a suspect", "opened fire on a car"),
  killing, beating, punching, kicking, tasering, pepper spray, a police dog ("was bitten by a
  police dog"), firing back at a gunman ("returned fire", "shot back", "exchanged fire
  with"). A passive of a police weapon with no agent ("was tasered") is police force too.
* not force done TO the police ("a gunman shot an officer"), not by others with police
  reporting it ("police said a man shot his neighbour"), not planned, denied or told as not
  done (the verb's realis), not warning shots fired into the air, not force on a protest
  (:mod:`.force`, read by the crowd rules).

Arrests (:mod:`.custody`): one made (its verb done and the sentence's news) by the
police or by no one named ("was arrested"), and arrests only named, never made: a warrant
for someone's arrest, an attempt to arrest, resisting arrest, a death in custody, "no
arrests".

The events are ordinary crime. What ``--include-crime`` keeps by, ``confidence_with_crime``,
is raised for what the parse reads done and lowered to ``confidence`` for an arrest only
named. ``confidence`` (real and in scope) stays the model's: an event read beside the
model's has 0, and one the force retypes ("police fired on a car at a checkpoint", which the
model read as a base set up) keeps its own. Runs without the option keep the events they
kept, a mistyped one under its new label. Soldiers are left out: troops firing on armed men
are a battle, which the model and :mod:`.battles` read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_mentions import find_actor_mentions
from ..actors.names import UNNAMED_ARMED
from ..records import Count, Counts, EventMention, Sentence
from ..taxonomy import CROWD_TYPES, event_type
from .agreements import dated_by_year
from .custody import COURT_WORDS, arrest_unmade, arrest_verb
from .model import DEFAULT_MIN_CONFIDENCE
from .realis import realis as realis_of
from .targeted import in_public_life, statistic
from .violent_acts import VIOLENT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Realis = Callable[["Token"], bool]

# How sure an act of police force the parse reads is a real event, ordinary crime counted.
# No labelled sample of police news calibrates it: set level with the other rules of one act
# (arrests.ARREST_CONFIDENCE, targeted.TARGETED_CONFIDENCE). The rule fires on every positive
# and none of the hard negatives of tests/events/test_policing.py (written for it), and on
# the police benchmark's dev split (`python benchmarks/police.py --split dev --include-crime`)
# no document it reads force in is labelled without force.
POLICE_FORCE_CONFIDENCE = 0.8
# How sure an arrest made (by the police, or passive with no doer named) is a real arrest,
# ordinary crime counted: the same calibration as :data:`POLICE_FORCE_CONFIDENCE`.
ARREST_MADE_CONFIDENCE = 0.8
# The label of police force on a person: violence against a civilian (ACLED's "Attack"); the
# exchange of fire with an armed suspect is coded alike, the police being actor1.
FORCE_LABEL = "ATTACK"
# The model's labels that police force read in a sentence replaces: violence typed by its
# weapon, victim or place, and acts the force is not (a base set up at a checkpoint, property
# destroyed, weapons disrupted, organised crime, an abduction where police freed a hostage,
# another act). An arrest or a protest stays, the force then read beside it.
REPLACES = frozenset({"ATTACK", "ARMED_CLASH", "ORG_CRIME", "PROPERTY_DISTRUCT", "DISR_WEAP",
                      "HQ_ESTABLISHED", "OTHER", "ABDUCT_DISSAP", "GRENADE", "REM_EXPLOS"})

# Nouns of the police, singular too ("an officer", "a state trooper"), that the actor table
# names only in the plural or with "police". Not soldiers: troops firing on armed men are a
# battle, read by the model and :mod:`.battles`.
_POLICE_NOUNS = frozenset({
    "police", "officer", "officers", "policeman", "policemen", "policewoman", "policewomen",
    "trooper", "troopers", "deputy", "deputies", "sheriff", "constable", "constables", "cop",
    "cops", "gendarme", "gendarmes", "detective", "detectives", "marshal", "marshals",
    "gendarmerie"})
# Words that make a phrase with a police word no police officer: private guards, a police
# vehicle (its crash is no force), an army officer.
_NOT_POLICE = frozenset({"security", "bouncer", "bouncers", "private", "car", "cars", "van",
                         "vans", "vehicle", "vehicles", "cruiser", "helicopter", "horse",
                         "army", "military", "naval", "navy", "prison", "customs",
                         "probation", "press", "medical", "executive", "election"})

# Verbs of force whose object (or passive subject) is its victim.
_HITTING = frozenset({
    "shot", "shoot", "shoots", "shooting", "killed", "kill", "kills", "killing", "gunned",
    "beat", "beating", "beaten", "punched", "punching", "kicked", "kicking", "clubbed",
    "tasered", "tased", "tasering", "tasing", "pepper-sprayed", "sprayed", "bitten", "bit",
    "mauled", "wounded", "wounding", "struck", "hit", "hitting", "batoned", "assaulted",
    # holds and takedowns that are physical force ("tackled him to the ground")
    "tackled", "choked", "strangled", "slammed", "body-slammed", "dragged", "stamped",
    "kneed", "headbutted", "pinned", "knelt"})
# Of those, hits that need a weapon or a fist told to be force ("struck" a car, "hit" a kerb).
_NEEDS_MEANS = frozenset({"struck", "hit", "hitting", "sprayed", "wounded",
                          "wounding", "dragged", "pinned"})
# Verbs of aiming, whose victim is the object of "at", "on", "upon", "into" or "against".
_AIMING = frozenset({"fired", "fire", "fires", "firing", "opened", "open", "used", "use",
                     "using", "shot", "shooting", "deployed", "discharged", "sprayed"})
_AT = frozenset({"at", "on", "upon", "against", "into", "toward", "towards"})
# Means of force named with a verb of use ("used pepper spray on a man").
_MEANS = frozenset({"fire", "shots", "rounds", "taser", "tasers", "stun", "pepper", "spray",
                    "baton", "batons", "dog", "dogs", "gun", "guns", "weapon", "weapons",
                    "firearm", "firearms", "bullets", "bullet", "cs", "gas", "incapacitant",
                    "fists", "truncheon", "truncheons", "force"})
# Firing back at an armed suspect: "returned fire", "shot back", "exchanged fire with".
_BACK = frozenset({"returned", "return", "exchanged", "exchange", "exchanging"})
# Weapons only the police carry: a passive with no doer named is police force ("was tasered").
_POLICE_WEAPON_VERBS = frozenset({"tasered", "tased", "pepper-sprayed", "batoned"})
_FORCE_WORDS = _HITTING | _AIMING | _BACK
# Warning shots and shots in the air aim at no one.
_NO_AIM = frozenset({"warning", "air", "sky", "blanks"})


def police_force(sent: Doc, realis: Realis = realis_of) -> Token | None:
    """The verb of the police using force on a person in the parsed sentence ``sent`` (see
    the module docstring), as done; else None."""
    if statistic(sent):
        return None                         # "police have shot 12 people this year"
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lower_ not in _FORCE_WORDS or not realis(tok):
            continue
        if _told_of_officer(tok) or _before_court(tok):
            continue
        if _force_by_police(tok):
            return tok
    return None


def _told_of_officer(verb: Token) -> bool:
    """The force is a clause describing the police who did it ("the officer who shot the
    man was charged"): what the officer is known for, not the news."""
    return verb.dep_ in ("relcl", "acl") and _police(verb.head)


def _before_court(verb: Token) -> bool:
    """The force is what a court, a charge or a sacking is about ("charged over shooting a
    man", "accused of beating a prisoner")."""
    return any(a.lower_ in COURT_WORDS for a in verb.ancestors)


def _force_by_police(tok: Token) -> bool:
    """The word is force done by the police to someone other than the police."""
    doers = _doers(tok)
    if not doers and tok.lower_ in _DYING and _passive(tok):
        return _killed_in_operation(tok)
    if doers and not all(_police(d) for d in doers):
        return False
    victims = _victims(tok)
    if any(_police(v) for v in victims):
        return False                        # "a gunman shot an officer"
    if any(in_public_life(v) for v in victims + _aims(tok)):
        return False                        # "a policeman shot the ambassador": targeted
    if not doers:                           # "a man was tasered": a police weapon
        return tok.lower_ in _POLICE_WEAPON_VERBS and bool(victims) and _names_police(tok.doc)
    if tok.lower_ in _BACK:
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children)
    if tok.lower_ in ("shot", "fired") and any(c.lower_ == "back" for c in tok.children):
        return True                         # "the officers shot back"
    if victims and tok.lower_ in _HITTING:
        return tok.lower_ not in _NEEDS_MEANS or bool(_means(tok) & _MEANS)
    return _aimed(tok)


# A suspect killed in a police operation told by its verb, not by a shot: "a suspected
# robber was killed when police raided the house", "an armed man ... was killed when officers
# stormed the building". The dead must be named a suspect or armed: a hostage killed in a
# storming may have died by the hostage-taker's hand.
_DYING = frozenset({"killed", "shot"})
_OPERATIONS = frozenset({"raided", "stormed", "swooped", "intervened", "confronted",
                         "cornered", "surrounded"})
_SUSPECTS = frozenset({"suspect", "suspects", "suspected", "armed", "gunman", "gunmen",
                       "robber", "robbers", "kidnapper", "kidnappers", "hostage-taker",
                       "attacker", "assailant", "fugitive", "wanted", "escaped"})


def _killed_in_operation(verb: Token) -> bool:
    """The passive death ``verb`` (no doer named) is a suspect's, in a clause of a police
    operation ("when police raided the house")."""
    dead = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(dead) != 1 or _police(dead[0]) or not own_words(dead[0]) & _SUSPECTS:
        return False
    clauses = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl"]
    return any(c.lower_ in _OPERATIONS and any(s.dep_ == "nsubj" and _police(s)
                                               for s in c.children) for c in clauses)


def _aimed(tok: Token) -> bool:
    """Fire or a weapon aimed at someone: "fired at a suspect", "opened fire on a car", "used
    a taser on him", "fired twice, hitting him in the leg"."""
    if tok.lower_ not in _AIMING:
        return False
    means = _means(tok)
    if means & _NO_AIM or any(t.lower_ in _NO_AIM for t in tok.subtree):
        return False                        # warning shots, shots into the air
    if tok.lower_ in ("used", "use", "using", "deployed") and not means & _MEANS:
        return False                        # "used the car", "used a ladder on the wall"
    if tok.lower_ in ("opened", "open") and "fire" not in means:
        return False
    aims = _aims(tok)
    hits = [c for c in tok.children if c.dep_ == "advcl" and c.lower_ in _HITTING
            and any(o.dep_ == "dobj" for o in c.children)]     # "..., hitting him"
    return any(not _police(a) for a in aims) or bool(hits)


def _aims(tok: Token) -> list[Token]:
    """What the word aims at: the objects of "at", "on", "against" and the like, on the verb
    or on the means it used ("used pepper spray on a man")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj" and own_words(c) & _MEANS)]
    at = _AT | {"with"} if tok.lower_ in _BACK else _AT      # "exchanged fire with the gunman"
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in at
            for o in p.children if o.dep_ == "pobj"]


# Verbs of being seen doing it: "two officers were filmed kicking a man".
_SEEN = frozenset({"filmed", "seen", "caught", "pictured", "recorded", "shown",
                   "photographed", "videoed", "captured", "spotted", "heard"})


def _doers(tok: Token) -> list[Token]:
    """Who did it: the subjects (a participle's or a conjunct's, its clause's), or the "by"
    agents of the word or of a verb it is joined to ("was shot and wounded by officers")."""
    if tok.pos_ != "VERB":
        tok = tok.head                      # "fire" read as a noun of "opened"
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if subjects:
        return subjects
    agents = _agents(tok)
    passive = _passive(tok) or tok.dep_ == "conj" and _passive(tok.head)
    if agents or passive:                   # a passive's agent may be its conjunct's
        return agents or [a for v in tok.conjuncts for a in _agents(v)]
    if tok.dep_ in ("xcomp", "advcl", "oprd") and tok.head.lower_ in _SEEN:
        subjects = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if not subjects and tok.dep_ == "conj":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if not subjects and tok.head.pos_ == "NOUN":
            subjects = [tok.head]           # "a trooper shot and killed": "shot" a noun
    if not subjects and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        subjects = [tok.head]               # "an officer who fired once"
    return subjects


def _agents(verb: Token) -> list[Token]:
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children
            if o.dep_ == "pobj"]


def _victims(tok: Token) -> list[Token]:
    """Whom the word hit: its object, its passive subject (a conjunct's too: "was tasered and
    arrested")."""
    if tok.pos_ != "VERB":
        return []
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok, *tok.conjuncts]
    return [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")
            and not own_words(c) & _MEANS]        # "fired shots", "used a taser": no victim


def _means(tok: Token) -> set[str]:
    """The words of what was used or fired, and of the "with" phrase ("with a baton")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod")]
    objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    return {t.lower_ for o in objects for t in o.subtree}


def _police(noun: Token) -> bool:
    """The noun phrase names the police, not a private guard or a police car: its own words,
    not those of a clause about it ("a gunman who fired at officers" is no officer)."""
    if noun.lower_ in ("who", "that") and noun.head.dep_ == "relcl":
        noun = noun.head.head               # "an officer who fired once"
    words = own_words(noun)
    return bool(words & _POLICE_NOUNS) and not words & _NOT_POLICE


# The dependencies of a noun's own words: its compounds, adjectives, possessor, determiner,
# number ("two armed officers", "the state trooper"); not its clauses or phrases.
_OWN = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod"})


def own_words(noun: Token) -> set[str]:
    """The lower-cased words of the noun and its modifiers, not of its clauses or phrases."""
    out, todo = set(), [noun]
    while todo:
        t = todo.pop()
        out.add(t.lower_)
        todo += [c for c in t.children if c.dep_ in _OWN]
    return out


def _names_police(sent: Doc) -> bool:
    return any(t.lower_ in _POLICE_NOUNS for t in sent)


def may_police(words: frozenset[str]) -> bool:
    """False only where :func:`police_force` cannot fire on a sentence of these lower-cased
    ``words``: no word of the police, or no word of force."""
    return not words.isdisjoint(_POLICE_NOUNS) and not (
        words.isdisjoint(_HITTING) and words.isdisjoint(_AIMING) and words.isdisjoint(_BACK))


# The words of police force the detector's candidate filter must let through (a regex
# alternation): sentences naming none of its event cues ("two officers punched a man").
POLICE_FORCE_WORDS = (r"tase(?:r(?:ed|ing)?|d)|tasing|pepper[- ]spray(?:ed)?|punch(?:ed|ing)|"
                      r"kick(?:ed|ing)|batoned|(?:fired|opened fire|shots?) (?:at|on)|"
                      r"returned fire|exchanged fire|shot back|police dog|"
                      r"fired[\w ,]{0,30}\b(?:hitting|wounding|striking)")


def police_actions(mentions: Sequence[tuple[EventMention, ...]], parsed: Sequence[Doc],
                   sentences: Sequence[Sentence], realis: Realis = realis_of
                   ) -> list[tuple[EventMention, ...]]:
    """A document's events, sentence by sentence (``parsed``, ``sentences``: each candidate
    sentence's parse and place in the text), with
    the police force and the arrests the parse reads (see the module docstring): an arrest
    made is as sure as :data:`ARREST_MADE_CONFIDENCE` with crime counted, one only named no
    surer with crime counted than without; police force replaces a doubted or mistyped
    event of the sentence, or is read beside its arrest, :data:`POLICE_FORCE_CONFIDENCE`
    sure with crime counted."""
    out = []
    for ms, doc, sentence in zip(mentions, parsed, sentences, strict=True):
        if _armed_conflict(doc):
            out.append(ms)                  # police and rebels: a battle, the model's
            continue
        ms = _arrests_read(ms, doc, sentence, realis)
        words = frozenset(t.lower_ for t in doc)
        verb = police_force(doc, realis) if may_police(words) else None
        if verb is not None and not dated_by_year(verb):
            ms = _with_force(ms, verb, sentence)
        out.append(ms)
    return out


def _armed_conflict(sent: Doc) -> bool:
    """The sentence names a party to an armed conflict, a rebel group or a militia by its
    name ("the rebels opened fire on the station and officers returned fire", "fighters
    rounded up boys"): what police and they do is no ordinary policing. An unnamed armed man
    ("a gunman", "armed robbers") is crime's."""
    return any(m.category == "rebel" or (m.category in ("militia", "identity")
                                         and not m.name.startswith(UNNAMED_ARMED))
               for m in find_actor_mentions(sent.text))


def _with_force(ms: tuple[EventMention, ...], verb: Token, sentence: Sentence
                ) -> tuple[EventMention, ...]:
    """The sentence's events with the police force at ``verb``: replacing a mention of a label
    force is not, or violence the model reads as doubted ordinary crime; leaving violence it
    reads in scope (police and militants fighting is a battle) or sure; else beside them (a
    riot's too: "riot police fired tear gas at youths who threw stones" tells the riot and the
    force used on it). Not beside a protest: force on one is its intervention (:mod:`.force`)."""
    start = sentence.start + verb.idx
    span = (start, start + len(verb.text))
    if any(m.type.event_type == _PROTESTS for m in ms):
        return ms                           # force on a protest: the crowd rules' (.force)
    for k, m in enumerate(ms):
        doubted = m.confidence < DEFAULT_MIN_CONFIDENCE
        if m.type.label in REPLACES and (not _violent(m.type.label) or doubted and (
                m.scope == "crime" or m.type.label in _BY_VICTIMS)):
            force = replace(m, type=event_type(FORCE_LABEL), trigger=verb.text,
                            trigger_span=span, confidence_with_crime=max(
                                m.confidence_with_crime, POLICE_FORCE_CONFIDENCE))
            return (*ms[:k], force, *ms[k + 1:])
    if any(_violent(m.type.label) for m in ms) and verb.lower_ not in _BACK and not any(
            c.lower_ == "back" for c in verb.children):
        return ms                           # a sure act of violence the model types itself
    background = any(m.background for m in ms)
    return (*ms, EventMention(event_type(FORCE_LABEL), verb.text, span, sentence, 0.0,
                              "crime", background,
                              confidence_with_crime=POLICE_FORCE_CONFIDENCE))


# Violence the model types by its victims' own crime ("shot dead two suspected kidnappers"):
# doubted, it is the police force the parse reads, in scope or not.
_BY_VICTIMS = frozenset({"ABDUCT_DISSAP"})
# The event type of protests (a crowd's of riots, ``Riots``, gets the force read beside it).
_PROTESTS = "Protests"


def _violent(label: str) -> bool:
    return event_type(label).event_type in VIOLENT_TYPES


def police_did(sent: Doc, sentence: Sentence, mention: EventMention) -> bool:
    """The mention is police force the parse reads (:data:`FORCE_LABEL` at a verb of force
    whose doer is the police, or a police weapon's passive with no doer named): its actor1 is
    the police, though the actor table names no one ("a man was tasered") or reads a lone
    "officer" or "trooper" as an unnamed armed man."""
    if mention.type.label != FORCE_LABEL:
        return False
    tok = _token_at(sent, mention.trigger_span[0] - sentence.start)
    return tok is not None and tok.lower_ in _FORCE_WORDS and _force_by_police(tok)


def police_toll(counts: Counts, sent: Doc, sentence: Sentence, mention: EventMention
                ) -> Counts:
    """``counts`` with one dead where the numbers stage found none and the police force of
    ``mention`` (:func:`police_did`) killed the one person it was aimed at (:func:`killed_by`):
    "a gunman ... was killed when officers returned fire", "exchanged fire with the gunman,
    who was killed", "officers shot back, killing him". A count the text gives stands."""
    if counts.fatalities is not None or not police_did(sent, sentence, mention):
        return counts
    tok = _token_at(sent, mention.trigger_span[0] - sentence.start)
    dead = killed_by(tok) if tok is not None else None
    if dead is None:
        return counts
    start = sentence.start + dead.left_edge.idx
    end = sentence.start + dead.idx + len(dead.text)
    return replace(counts, fatalities=Count(1, 1, 1, sentence.text[start - sentence.start:
                                                                   end - sentence.start],
                                            (start, end)))


# Verbs and participles of killing a person told beside the police's force.
_KILLING = frozenset({"killed", "killing", "dead", "died"})


def killed_by(verb: Token) -> Token | None:
    """The one person the police's force ``verb`` killed, where the sentence tells the death
    beside it: the act is a clause of the victim's death ("X was killed when officers returned
    fire"), the person fired at or fired back at dies in a clause of their own ("exchanged fire
    with the gunman, who was killed"), or a participle kills ("shot back, killing him", "shot
    and killed the man"). None for more than one (the numbers stage counts those) or none."""
    if any(c.lower_ == "fatally" and c.dep_ == "advmod" or c.lower_ == "dead" and c.dep_ in (
            "acomp", "advmod", "oprd", "xcomp", "dobj") for c in verb.children):
        return _one(_victims(verb))         # "fatally shot the driver", "was shot dead by"
    head = verb.head
    if verb.dep_ == "advcl" and head.lower_ in _KILLING and _passive(head):
        dead = [c for c in head.children if c.dep_ == "nsubjpass"]
        return _one(dead)
    for act in (verb, *verb.conjuncts):
        killing = [c for c in act.children if c.dep_ in ("advcl", "conj", "xcomp")
                   and c.lower_ in _KILLING and c.pos_ == "VERB"]
        if act.lower_ in ("killed", "killing"):
            killing.append(act)
        for k in killing:
            dead = [c for c in k.children if c.dep_ == "dobj" or k is act and c.dep_ == (
                "nsubjpass")]                  # "a suspect was killed when police raided"
            if dead or k is act:
                return _one(dead or _victims(act))
    for target in _aims(verb) + _victims(verb):
        if any(c.dep_ == "relcl" and c.lower_ in _KILLING and (_passive(c) or c.lower_ == "died")
               for c in target.children):
            return _one([target])
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _one(nouns: list[Token]) -> Token | None:
    """The only noun, if it names one person not of the police (not "two men", "them")."""
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    if _police(noun) or noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("them", "they") or any(
            c.dep_ in ("nummod", "conj") for c in noun.children):
        return None
    return noun


def _token_at(sent: Doc, at: int) -> Token | None:
    return next((t for t in sent if t.idx == at), None)


def _arrests_read(ms: tuple[EventMention, ...], doc: Doc, sentence: Sentence,
                  realis: Realis) -> tuple[EventMention, ...]:
    """The sentence's arrest mentions surer where the parse reads an arrest made (one read
    beside the sentence's other events where the model reads none, unless a crowd's: an
    arrest at a protest is the protest's), no surer than in scope where it reads one only
    named and none made."""
    made = arrest_verb(doc, realis)
    if not any(m.type.label == "ARREST" for m in ms):
        if made is None or any(m.type.event_type in CROWD_TYPES for m in ms):
            return ms
        start = sentence.start + made.idx
        return (*ms, EventMention(event_type("ARREST"), made.text, (start, start + len(
            made.text)), sentence, 0.0, "crime", any(m.background for m in ms),
            confidence_with_crime=ARREST_MADE_CONFIDENCE))
    if made is not None:
        sure = [replace(m, confidence_with_crime=max(m.confidence_with_crime,
                                                     ARREST_MADE_CONFIDENCE))
                if m.type.label == "ARREST" and m.scope == "crime" else m for m in ms]
        return tuple(sure)
    if arrest_unmade(doc, realis):
        return tuple(replace(m, confidence_with_crime=m.confidence)
                     if m.type.label == "ARREST" else m for m in ms)
    return ms

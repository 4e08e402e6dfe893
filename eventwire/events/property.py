"""Property destroyed, sealed or defaced as a political act (PROPERTY_DISTRUCT), read from who
did what to whose building.

Two kinds the learned model misses or mistypes, as their words are those of attacks, riots or
protests ("forces demolished the homes of two men accused of an attack" came out an attack, a
riot and a claim; "officials padlocked the party's office" a protest):

* the state's agents (police, troops, officials, the authorities, bailiffs) demolishing,
  bulldozing, razing, burning, sealing, padlocking or boarding up a building that belongs to
  people or a group they name ("the homes of two suspects", "the opposition party's office",
  "the campaign group's centre"); not a building with no owner named ("the derelict car park",
  "an old silo", "illegal structures"), a closure for health or safety ("inspectors closed a
  restaurant"), seizures of goods;
* anyone defacing, vandalising, torching or smashing a place of worship or a political office
  ("swastikas were daubed on a synagogue", "vandals smashed the windows of the MP's
  constituency office"); painting only with slurs, slogans or symbols ("painted the church
  white" is no attack); not a fire, a storm or a quake doing it.

Only as done (``realis`` of the verb), not dated by a year ("the church burned in 1941"), and
not where a crowd's riot is read (:func:`.crowds.riot`: a mob torching a mosque is the mob's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .agreements import dated_by_year
from .crowds import CROWD_NOUNS, state_actor, subjects_of
from .gatherings import BACKGROUND_MARKS
from ..lexicon import demonyms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a destruction the parse reads (P(a real event of its label)). Measured on
# the training corpus, case restored as the pipeline does (`python benchmarks/parse_rules.py
# property`): of its 12 firings in the training part, all are PROPERTY_DISTRUCT (10 in scope,
# 2 crime); of 2 in the aside split, 2 (1 in scope); of 13 in the held slices, 12 (the other a
# riot's vandalism). Passives with no doer named (:func:`_meant`) added 2, 0 and 3 of them, all
# PROPERTY_DISTRUCT. It reads few of the corpus's destructions (0.07:
# most are attackers burning houses or vehicles inside an attack, left to the model). Set
# below those shares, as news is less clean than the project's own text, and as a review of
# the rule on ~90 sentences of its own still found 5 misses and no false reading.
PROPERTY_CONFIDENCE = 0.8
LABEL = "PROPERTY_DISTRUCT"
# Words that make a sentence a candidate for the detector where no event cue is named
# ("swastikas were spray-painted on a synagogue", "officials padlocked the party's office").
CANDIDATE_WORDS = (r"vandali[sz]\w*|defaced|desecrat\w*|daubed|spray-painted|scrawled|"
                   r"swastikas?|graffiti|bulldoz\w+|demolish\w*|razed|padlocked|boarded up|"
                   r"sealed (?:the|a|an|its|their|his|her|\w+'s)")
# Verbs of the state's agents taking a building out of its owners' use, as word forms.
_STATE_ACTS = frozenset({
    "demolished", "demolishing", "demolish", "bulldozed", "bulldozing", "razed", "razing",
    "sealed", "sealing", "padlocked", "padlocking", "boarded", "torched", "torching", "burned",
    "burnt", "burning", "ransacked", "ransacking"})
# Verbs whose object is a building only with their particle ("sealed off the area" is a cordon).
_NEEDS_PARTICLE = {"boarded": "up"}
_NO_PARTICLE = {"sealed": "off", "sealing": "off"}
# Buildings and belongings that have an owner.
_BUILDINGS = frozenset({
    "home", "homes", "house", "houses", "office", "offices", "headquarters", "shop", "shops",
    "store", "stores", "studio", "studios", "centre", "centres", "center", "centers",
    "premises", "building", "buildings", "hall", "halls", "structure", "structures",
    "property", "properties", "belongings", "press", "printing", "residence", "residences",
    "compound", "farm", "farms", "hut", "huts", "dwellings", "shelters", "camp"})
# Owners whose building it is: people and the groups of public life.
_PEOPLE = frozenset({
    "men", "women", "man", "woman", "family", "families", "accused", "suspect", "suspects",
    "activist", "activists", "residents", "villagers", "leader", "leaders", "politician",
    "journalist", "journalists", "protesters", "protester", "refugees", "migrants", "tenants",
    "farmers", "owner", "owners", "militants", "critics", "dissident", "dissidents"})
_GROUPS = frozenset({
    "party", "opposition", "group", "union", "movement", "front", "campaign", "newspaper",
    "weekly", "daily", "broadcaster", "channel", "ngo", "organisation", "organization",
    "charity", "association", "mp", "mla", "councillor", "councilor", "lawmaker", "senator",
    "congressman", "congresswoman"})
# Entity types of an owner named outright.
_OWNER_ENTS = frozenset({"PERSON", "NORP", "ORG"})
# Places of worship and political offices: defacing them is an attack on who they stand for.
_WORSHIP = frozenset({
    "mosque", "mosques", "synagogue", "synagogues", "church", "churches", "temple", "temples",
    "gurdwara", "gurdwaras", "shrine", "shrines", "chapel", "cathedral", "cemetery",
    "graves", "gravestones", "headstones", "tombstones", "masjid", "masjids", "mandir",
    "mandirs", "pagoda", "pagodas", "basilica", "monastery", "monasteries", "convent"})
# A faith's buildings by their faith's name.
_FAITH_BUILDINGS = frozenset({"centre", "center", "hall", "school", "academy", "institute",
                              "society", "association", "cemetery"})
_FAITHS = frozenset({
    "islamic", "muslim", "jewish", "hebrew", "hindu", "sikh", "buddhist", "christian",
    "catholic", "orthodox", "evangelical", "baptist", "methodist", "anglican", "coptic"})
_POLITICAL = frozenset({
    "party", "constituency", "campaign", "electoral", "opposition", "mp", "mla", "councillor",
    "councilor", "senator", "congressman", "congresswoman", "lawmaker", "mayor"})
_OFFICES = frozenset({"office", "offices", "headquarters"})
# Verbs of defacing or wrecking, and those of them that tell someone's intent even in a
# passive with no agent ("the mosque was vandalised"; "was damaged" may be a storm's).
_DEFACE = frozenset({
    "vandalised", "vandalized", "vandalising", "vandalizing", "defaced", "desecrated",
    "smashed", "torched", "firebombed", "burned", "burnt", "ransacked", "wrecked",
    "damaged", "set", "daubed", "painted", "spray-painted", "scrawled", "sprayed", "smashing",
    "torching", "burning", "ransacking", "wrecking", "damaging", "setting", "daubing",
    "defacing", "desecrating", "spray-painting", "scrawling", "broke", "threw", "thrown",
    "hurled", "fired", "gutted", "destroyed"})
_INTENT = frozenset({
    "vandalised", "vandalized", "vandalising", "vandalizing", "defaced", "desecrated",
    "torched", "firebombed", "ransacked", "daubed", "painted", "spray-painted", "scrawled",
    "sprayed", "defacing", "desecrating", "torching", "ransacking", "daubing",
    "spray-painting", "scrawling", "thrown", "hurled", "fired"})
# Words that tell a deed meant, where a passive names no doer ("was set on fire", "were
# smashed ... in what police called a religiously motivated attack", "was badly damaged in
# an arson attack"): an attack, arson, a deliberate act, a motive (beside :data:`_HATE`);
# and the words before one that deny it ("not being treated as arson").
_DELIBERATE = frozenset({
    "arson", "arsonist", "arsonists", "attack", "deliberately", "deliberate",
    "intentionally", "motivated", "firebomb", "firebombs", "petrol", "molotov", "antisemitic",
    "anti-semitic", "anti-muslim", "anti-christian", "anti-hindu", "anti-sikh", "anti-jewish"})
_DENYING = frozenset({"no", "not", "nothing", "accidental", "ruled", "unlikely"})
# Verbs of fire set on purpose: "was set on fire", "set alight" (a building catches fire, it
# is set on fire by someone).
_SETTING, _FIRE_WORDS = "set", frozenset({"fire", "alight", "ablaze"})
# Adverbs of a habit: "churches have been attacked repeatedly" is no one act.
_HABIT = frozenset({"repeatedly", "often", "frequently", "regularly", "routinely"})
# Verbs whose subject had something done to it ("had its windows smashed").
_HAVING = frozenset({"had", "has", "have"})
# Verbs of shooting or throwing, whose target is what their prepositions aim at.
_LAUNCHING = frozenset({"fired", "threw", "thrown", "hurled"})
_AIMED = frozenset({"into", "at", "on", "through"})
# Verbs that tell a crash with "into" ("a car smashed into the church").
_CRASHING = frozenset({"smashed", "smashing", "broke"})
# Painting verbs, an attack only with slurs, slogans or symbols.
_PAINTING = frozenset({"daubed", "painted", "spray-painted", "scrawled", "sprayed", "daubing",
                       "spray-painting", "scrawling"})
_MARKS = frozenset({"swastika", "swastikas", "graffiti", "slur", "slurs", "insults",
                    "obscenities", "word"})
# Verbs of the state destroying, not only closing: a people named is owner enough for them.
_DESTROYING = frozenset({
    "demolished", "demolishing", "demolish", "bulldozed", "bulldozing", "razed", "razing",
    "torched", "torching", "burned", "burnt", "burning", "ransacked", "ransacking"})
# Words that tie a building's owners to a conflict ("the homes of men accused of stone-pelting",
# "the offices of opposition activists"): else a sealing or a demolition is administrative.
_TIES = frozenset({
    "attackers", "attacker", "militants", "militant", "rebels",
    "rebel", "insurgents", "insurgent", "sympathisers", "sympathizers", "activists",
    "activist", "dissidents", "dissident", "critics", "protesters", "gunman", "gunmen",
    "bomber", "bombers", "journalist", "journalists", "opposition", "separatists",
    "fighters", "stone-pelting", "riot", "riots", "rioting", "violence", "clashes", "attack",
    "shooting", "insurgency", "terror", "terrorism", "terrorist", "terrorists", "banned"})
# Words of an accusation: a demolition of the accused's homes is punitive (not a sealing: the
# home of a murder suspect is sealed for a search).
_ACCUSED = frozenset({"accused", "suspected", "suspect", "suspects", "convicted"})
# Doers who may mean harm by defacing a building, and words that make men unknown.
_DOERS = frozenset({
    "vandals", "vandal", "someone", "somebody", "attackers", "attacker", "assailants",
    "assailant", "arsonists", "arsonist", "miscreants", "youths", "extremists", "militants",
    "intruders", "hooligans", "thugs", "nationalists", "settlers", "perpetrators", "culprits",
    "gunmen", "men", "supporters", "activists", "man", "gunman", "suspect", "youth"})
_UNKNOWN = frozenset({"unknown", "unidentified", "masked", "hooded", "suspected"})
# Words of weather that make a name a storm's ("Storm Ciaran").
_WEATHER = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tornado", "lightning"})
# Signs that are marks of hate only with a word of hate before them.
_SIGNS = frozenset({"slogan", "slogans", "symbol", "symbols", "message", "messages", "signs",
                    "drawings", "words"})
_HATE = frozenset({"racist", "hate", "nazi", "offensive", "abusive", "threatening", "obscene",
                   "islamophobic", "sectarian", "hateful", "derogatory", "fascist"})
# Words of people hurt: a sentence with them tells an attack, not damage alone.
_HARM = frozenset({
    "killed", "killing", "kills", "dead", "died", "wounded", "wounding", "injured", "injuring",
    "injuries", "hurt", "shot", "stabbed", "beaten", "casualties", "bodies", "beheaded",
    "abducted", "kidnapped", "raped", "massacred", "executed", "lynched", "beat", "death",
    "stoned", "hacked", "dragged"})


def destroyed_property(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells the state's agents taking or destroying a building
    whose owner it names, or anyone defacing a place of worship or a political office (see the
    module docstring), as done; not where people were hurt (an attack on a mosque that
    killed worshippers is the attack)."""
    if harm_told(sent):
        return False                        # people hurt: the attack is the event
    for verb in sent:
        if verb.pos_ != "VERB" or not realis(verb) or dated_by_year(verb) or _told_in_passing(verb):
            continue
        word = verb.lower_
        if word in _STATE_ACTS and _state_act(verb):
            return True
        if word in _DEFACE and _defaced(verb):
            return True
    return False


def harm_told(sent: Doc) -> bool:
    """The sentence tells people hurt: killed, wounded, beaten, lynched ...; not denied ("no
    one was hurt", "no injuries were reported", "was not injured")."""
    return any(t.lower_ in _HARM and not _denied(t) for t in sent)


def _denied(tok: Token) -> bool:
    """A harm word its clause denies: a negation on it, or "no" on it or its subject."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lower_ in ("no", "nobody", "none") for h in (tok, *subjects)
               for t in h.subtree if t.i <= tok.i)


def _told_in_passing(verb: Token) -> bool:
    """The act is told beside other news: in a relative clause ("a man who set fire to the
    office was sentenced"), before it ("charged a man after swastikas were painted"), or as a
    habit ("have been attacked repeatedly")."""
    if verb.dep_ in ("relcl", "acl") or any(
            c.lower_ in BACKGROUND_MARKS and c.dep_ in ("mark", "advmod") for c in verb.children):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _HABIT for c in verb.children)


def _state_act(verb: Token) -> bool:
    """The state's agents act on a building with a named owner: sealing one of a group of
    public life, or of people the sentence ties to a conflict ("the offices of the opposition
    weekly", "the homes of activists"); destroying one of such people or of a people named
    ("Palestinian homes"), or a place of worship. Not a crime scene, a tax or health closure,
    a planning demolition or a cull ("sealed the home of the murder suspect while forensic
    teams searched it", "demolished Mr Patel's house, built without permission")."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    word = verb.lower_
    if word in _NEEDS_PARTICLE and _NEEDS_PARTICLE[word] not in particles:
        return False
    if word in _NO_PARTICLE and _NO_PARTICLE[word] in particles:
        return False
    if not any(state_actor(a) for a in (*subjects_of(verb), *_agents(verb))):
        return False
    words = {t.lower_ for t in verb.doc}
    tied = bool(words & _TIES or word in _DESTROYING and words & _ACCUSED)
    for o in _objects(verb):
        if word in _DESTROYING and o.lower_ in _WORSHIP:
            return True                     # "authorities razed a church"
        if o.lower_ in _BUILDINGS and _owned(o, people_ok=tied, nation_ok=word in _DESTROYING):
            return True
    return False


def _agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive ("were demolished by the authorities")."""
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children
            if o.dep_ == "pobj"]


def _objects(verb: Token) -> list[Token]:
    """What the verb acts on: its object or passive subject, and their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return heads + [c for h in heads for c in h.conjuncts]


def _owned(building: Token, *, people_ok: bool, nation_ok: bool) -> bool:
    """The building's owner is a group of public life; or people or a name where
    ``people_ok`` (the sentence ties them to a conflict); or a people named ("Palestinian
    homes") where ``nation_ok``."""
    owners = [c for c in building.children if c.dep_ == "poss"]
    owners += [o for p in building.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    if nation_ok and any(t.ent_type_ == "NORP" or _people_adjective(t)
                         for o in (building, *owners) for t in o.subtree if t.i != building.i):
        return True
    return any(_group(o) or people_ok and _person(o) for o in owners)


def _people_adjective(tok: Token) -> bool:
    """A people's adjective before the building or its owner, as the actor table knows
    them ("Palestinian", "Kurdish"), where the entity recognizer has not run."""
    return tok.dep_ in ("amod", "compound") and tok.text[:1].isupper() and any(
        d.pattern.fullmatch(tok.text) for d in demonyms())


def _group(noun: Token) -> bool:
    """A group of public life: a party, a newspaper, a union, an NGO ("the opposition Lok
    Jan party", "the independent weekly")."""
    return not noun.ent_type_ in ("GPE", "LOC", "FAC") and bool(
        {t.lower_ for t in noun.subtree} & _GROUPS)


def _person(noun: Token) -> bool:
    """People or a name; not a place where the entity recognizer has run ("the city's
    homes")."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return (noun.ent_type_ in _OWNER_ENTS or noun.pos_ == "PROPN" or noun.lower_ in _PEOPLE
            or noun.lower_ in _TIES or noun.lower_ in _ACCUSED)


def _defaced(verb: Token) -> bool:
    """Someone who means harm by it defaces or wrecks a place of worship or a political
    office: in the verb's object or passive subject, or a place its prepositions reach
    ("smashed windows at a mosque", "were daubed on the doors of a synagogue"). Not a storm's,
    a fire's, a crowd's or a blast's doing, nor builders', firefighters' or a car's; a verb
    that tells no intent ("damaged") needs its doer named; not a crash ("smashed into")."""
    having = verb.dep_ in ("ccomp", "xcomp") and verb.head.lower_ in _HAVING
    doers = [] if having else [s for c in subjects_of(verb) for s in (c, *c.conjuncts)]
    doers += _agents(verb)
    if any(d.lower_ in CROWD_NOUNS for d in doers):
        return False                        # a crowd's: a riot or a protest's
    if doers and not any(_hostile(d) for d in doers):
        return False                        # builders, firefighters, a car, termites
    if not doers and not having and not _meant(verb):
        return False                        # "was badly damaged": by whom is not told
    if verb.lower_ in _CRASHING and any(c.dep_ == "prep" and c.lower_ == "into"
                                        for c in verb.children):
        return False                        # "a car smashed into the church": a crash
    words = [t for c in verb.children if c.dep_ not in ("nsubj", "advcl", "ccomp")
             for t in c.subtree]
    if verb.lower_ in _LAUNCHING:
        words = _aimed_at(verb)             # "fired shots into the office", not "near" it
        if any(t.lower_ == "air" for t in words):
            return False                    # "fired into the air"
    if verb.lower_ == _SETTING and not {t.lower_ for t in words} & _FIRE_WORDS:
        return False
    if verb.lower_ in _PAINTING and not any(_hateful(t) for t in verb.subtree):
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "broke into the Islamic centre, smashing windows": the place is the head verb's
        words += [t for c in verb.head.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    owners = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if having:                              # "the party's office had its windows smashed"
        owners += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_targeted_place(t) for t in words) or any(
        _targeted_place(t) for c in owners for t in c.subtree)


def _meant(verb: Token) -> bool:
    """A deed meant, with no doer named: a verb that tells intent by itself ("was
    vandalised"), fire set ("was set on fire"), or words of an attack, arson or a motive in
    the sentence that nothing before denies ("damaged in an arson attack", "in what police
    called a religiously motivated attack"; not "not being treated as arson")."""
    if verb.lower_ in _INTENT:
        return True
    if verb.lower_ == _SETTING and any(t.lower_ in _FIRE_WORDS for t in verb.subtree):
        return True
    doc = verb.doc
    return any((t.lower_ in _DELIBERATE or t.lower_ in _HATE)
               and not any(w.lower_ in _DENYING for w in doc[max(t.i - 4, 0):t.i])
               for t in doc)


def _aimed_at(verb: Token) -> list[Token]:
    """What a shot or a thrown thing was aimed at: the object of "into", "at", "on" or
    "through", and the "of" it names ("into the front doors of a church"); not a place it was
    fired near, outside or from."""
    out = []
    for o in (o for p in verb.children if p.dep_ == "prep" and p.lower_ in _AIMED
              for o in p.children if o.dep_ == "pobj"):
        out.append(o)
        out += [w for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                for w in q.children if w.dep_ == "pobj"]
    return out


def _hostile(noun: Token) -> bool:
    """A doer who may mean harm by it: vandals, someone, unknown or masked men, attackers, a
    group of youths, or one named (a person, a group); not workers, firefighters, thieves
    after goods (ordinary crime), a car or the weather."""
    head = noun
    if head.lower_ in ("group", "gang", "band") or head.like_num:
        head = next((o for p in noun.children if p.lower_ == "of" for o in p.children), noun)
    if {t.lower_ for t in noun.subtree} & _WEATHER:
        return False                        # "Storm Ciaran", "Hurricane Ian"
    return (head.lower_ in _DOERS or head.pos_ == "PROPN" and head.ent_type_ in _OWNER_ENTS
            or any(c.lower_ in _UNKNOWN for c in noun.children))


def _hateful(tok: Token) -> bool:
    """A mark of hate: a swastika, graffiti, slurs; slogans, symbols or messages only with a
    word of hate ("antisemitic slogans", "Nazi symbols"; not "slogans of peace")."""
    if tok.lower_ in _MARKS:
        return True
    return tok.lower_ in _SIGNS and any(
        c.dep_ in ("amod", "compound") and (c.lower_.startswith("anti") or c.lower_ in _HATE)
        for c in tok.children)


def _targeted_place(tok: Token) -> bool:
    """A place of worship or a faith's centre, hall or school, or an office of a party or a
    politician; not one named as another thing's owner ("the party's headquarters'
    credibility")."""
    if tok.dep_ == "poss":
        return False
    if tok.lower_ in _WORSHIP:
        return True
    if tok.lower_ in _FAITH_BUILDINGS and any(c.lower_ in _FAITHS for c in tok.children):
        return True                         # "the Islamic Centre", "a Jewish school"
    return tok.lower_ in _OFFICES and any(
        t.lower_ in _POLITICAL for t in tok.subtree if t.i != tok.i)


# What the state's agents act on, and the places defacing is read on.
_STATE_TARGETS = _BUILDINGS | _WORSHIP
_DEFACED_PLACES = _WORSHIP | _FAITH_BUILDINGS | _OFFICES


def may_destroy(words: frozenset[str]) -> bool:
    """False only where :func:`destroyed_property` cannot fire on a sentence of these
    lower-cased ``words``: no verb of the state's acts with a building or a place of worship
    named, and no verb of defacing with a place of worship, a faith's building or an office."""
    return not (words.isdisjoint(_STATE_ACTS) or words.isdisjoint(_STATE_TARGETS)) or not (
        words.isdisjoint(_DEFACE) or words.isdisjoint(_DEFACED_PLACES))

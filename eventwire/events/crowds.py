"""What happened at a protest, read from who did what to whom: the authorities stepping in
(PROTEST_WITH_INTER) or the protesters turning violent (VIOL_DEMONSTR); GUIDELINES-style
definitions and ACLED's conventions in ``training/data/README.md``.

The learned model tells a crowd's event by its words, and the words of a protest met by the
police and of a violent one are close: "police removed a dozen protesters who refused to leave"
comes out a peaceful protest, "stones were thrown from the march at police" too. What decides is
who acts on whom, which the parse tells:

* the state's forces (police, officers, troops, guards, bailiffs) removing, dispersing,
  detaining, evicting or clearing protesters, a protest or its camp: the protest met with
  intervention; force aimed at a crowd (tear gas, rubber bullets, live fire, beatings) is
  read by :mod:`.force`, and deaths told beside the stepping in make it force against a
  protest (FORCE_AGAINST_PROTEST);
* protesters by that name (or a protest, as where things were thrown from), or people of no
  other name at or during a protest, throwing, smashing, burning, looting, storming or
  attacking: a violent demonstration.

Only as done (``realis`` of the verb): not "police threatened to clear the camp", "protesters
did not throw anything". Crowds of other names ("residents", "fans") are left to the model.

A crowd, a mob or rioters by that name doing those acts with no protest named (:func:`riot`:
"crowds torched cars and stoned police", "a mob set fire to the police station") is a riot,
MOB_VIOL, whatever the model reads in the fire or the victim (property destruction, crime, an
attack): who acts decides the family.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_mentions import find_actor_mentions
from ..nlp import phrase_of
from .agreements import dated_by_year
from .force import FORCE, FORCE_WORDS, deaths_told, force_on_crowd, state_actor, subjects_of
from .gatherings import BACKGROUND_MARKS, PROTEST_NOUNS, PROTEST_VERBS, PROTESTERS
from .realis import under_no

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .model import Judgement

# The confidence of a protest's kind the parse reads (P(a real event in scope)). Measured on the
# training corpus, case restored as the pipeline does (`python benchmarks/parse_rules.py
# crowds`): of the 155 sentences of the training part it fires on (force on a crowd read too,
# :mod:`.force`), all report a real event in scope and 148 the label read (the rest: arrests of
# protesters the corpus codes ARREST, beatings or injuries it codes as force where the rule reads
# intervention or the reverse); of 38 in the aside split, 38 and 38; of 50 in the held slices,
# 50 and 50 (before force was read: 100/95, 22/22 and 38/38; it reads 0.40 of the training
# part's real sentences of its labels, 0.26 before). Set below those shares, as news is less
# clean than the project's own text.
CROWD_CONFIDENCE = 0.8
INTERVENED, VIOLENT, MOB = "PROTEST_WITH_INTER", "VIOL_DEMONSTR", "MOB_VIOL"
# Crowds by a name that makes their violence a riot's.
_RIOTERS = frozenset({"crowd", "crowds", "mob", "mobs", "rioters", "rioter", "looters"})
# Verbs of stoning: "stoned police".
_STONING = frozenset({"stoned", "stoning"})
# Words of a crowd's joy or rite, and things beaten or burned as music or rite: no riot. (Not
# matches or funerals: fans who attack a team bus, a mob at a funeral, riot.)
_CHEER = frozenset({"celebrate", "celebrated", "celebrating", "celebration", "celebrations",
                    "cheered", "cheering", "festival", "carnival", "parade", "concert",
                    "wedding", "newlyweds", "confetti", "fireworks", "rice", "incense"})
_INSTRUMENTS = frozenset({"drums", "drum", "incense", "candles", "effigy", "effigies"})
# Verbs of the authorities stepping in on a protest, as word forms (no lemmatizer).
_INTERVENE = frozenset({
    "removed", "removing", "evicted", "evicting", "dispersed", "dispersing", "cleared",
    "clearing", "detained", "detaining", "arrested", "arresting", "dragged", "dragging",
    "carried", "carrying", "escorted", "escorting", "kettled", "kettling", "tear-gassed",
    "pepper-sprayed", "rounded", "dismantled", "dismantling", "stopped", "blocked", "halted",
    "pushed", "forced", "ejected", "expelled", "broke", "breaking", "charged",
    # after "used tear gas to ...": the purpose the force served
    "disperse", "clear", "remove", "break", "evict", "push"})
# Verbs whose object is the protest only with a particle: "broke up", "carried out" (a march
# the police "escorted" passed off peacefully; one they "escorted out" was removed).
_PARTICLE = {"broke": "up", "breaking": "up", "break": "up", "rounded": "up", "carried": "out",
             "carrying": "out", "escorted": "out", "escorting": "out"}
# Verbs of arrest: at a protest only of protesters by that name (an activist arrested at home
# over a post is an arrest).
_ARRESTS = frozenset({"detained", "detaining", "arrested", "arresting", "rounded"})
# Verbs of violence done by protesters.
_VIOLENCE = frozenset({
    "threw", "throwing", "hurled", "hurling", "pelted", "pelting", "lobbed", "smashed",
    "smashing", "torched", "torching", "burned", "burnt", "burning", "vandalised",
    "vandalized", "vandalising", "looted", "looting", "ransacked", "stormed", "storming",
    "attacked", "attacking", "assaulted", "beat", "clashed", "clashing", "splashed", "daubed",
    "set", "damaged", "wrecked", "overturned", "shoved", "punched", "kicked"})
# What protesters burn or throw as a sign, not as violence: "burned flags", "threw flowers"
# (burning tyres is a riot's barricade: 17 of the corpus's 19 such sentences are VIOL_DEMONSTR).
_SYMBOLS = frozenset({
    "flag", "flags", "effigy", "effigies", "copy", "copies", "picture", "pictures", "portrait",
    "portraits", "poster", "posters", "photo", "photos", "photographs", "banner", "banners",
    "candles", "flowers", "petals", "books", "bills", "documents",
    "letters", "cards", "leaflets"})
# Things thrown "from" a protest, in the passive: "bottles were thrown from the march".
_THROWN = frozenset({"thrown", "hurled", "lobbed", "fired"})
# Those named for protesting (the gatherings rule's, with their singulars and those who hold
# a picket or a building), and those who also act in other ways ("activists" are arrested at
# home over a post, too: not read in an arrest).
_NAMED_PROTESTERS = PROTESTERS | {"protester", "protestor", "demonstrator", "marcher",
                                  "picketers", "occupiers"}
_PROTESTERS = _NAMED_PROTESTERS | {"activists", "activist", "strikers", "campaigners"}
# Of them, those that are a crowd force can be used on: one activist shot dead by police is
# an attack on a person, not force used on a protest, unless the sentence names the protest.
_CROWD_OF_PROTESTERS = _PROTESTERS - {"activist"}
# Crowds by any of these names: what they do is a crowd's event (a riot, a protest's).
CROWD_NOUNS = _RIOTERS | _NAMED_PROTESTERS
# A protest by name (the gatherings rule's nouns, and a vigil: what was thrown from it, who was
# removed from it, is the protest's whatever its demand).
_PROTESTS = PROTEST_NOUNS | {"vigil", "vigils"}
# Gatherings that are a protest's only when a protest word is in their phrase ("the protest
# camp", "a crowd of demonstrators"; not "a camp used by a gang", "the crowd at the match").
_GATHERINGS = frozenset({"encampment", "encampments", "camp", "camps", "blockade", "blockades",
                         "occupation", "crowd", "crowds"})
# What a protest camp is made of: a protest's only where the sentence names the protest or its
# people (a sweep of tents of homeless people is none).
_CAMP_THINGS = frozenset({"tents", "tent", "tarps", "shelters"})
# People of no other name, who at a protest are its participants; the prepositions that put an
# act at or during one ("at the rally", "toward the end of the march").
_PEOPLE = frozenset({"people", "men", "women", "youths", "persons", "participants", "others",
                     "dozens", "hundreds", "some", "several", "group",
                     # the ordinary groups that protest ("students smashed the windows of the
                     # ministry during a protest over fees")
                     "students", "workers", "farmers", "residents", "villagers", "traders",
                     "teachers", "miners", "activists", "supporters"})
_DURING = frozenset({"at", "during", "toward", "towards", "amid", "in"})
# Words of deadly force: a protest met with it is force against a protest where the parse
# reads the force on the crowd (:mod:`.force`), or deaths beside the stepping in; else the
# model's call.
_DEADLY = frozenset({"killed", "killing", "shot", "shooting", "dead", "fired", "firing",
                     "opened", "live"})


def protest_kind(sent: Doc, realis: Callable[[Token], bool]) -> str | None:
    """:data:`INTERVENED`, :data:`VIOLENT` or force against a protest when the parsed
    sentence tells the authorities stepping in on a protest, protesters turning violent, or
    the state's force used on a crowd (:func:`.force.force_on_crowd`: "fired rubber bullets
    at farmers who blocked a bridge", "open fire on a march, killing two"), and it happened;
    else None. A crowd told violent where deadly force is told too is left to the model
    ("police shot dead two protesters as the crowd tried to storm the station")."""
    deadly = any(t.lower_ in _DEADLY for t in sent)
    kind = _stepping_in_or_violence(sent, realis)
    if kind == VIOLENT or _turning_violent(sent):
        return None if deadly else kind
    force = force_on_crowd(sent, realis, _crowd_of_protesters)
    if force is not None:
        return force
    if kind == INTERVENED and deadly:
        return FORCE if deaths_told(sent) else None      # "dispersed the march, killing two"
    return kind


def _stepping_in_or_violence(sent: Doc, realis: Callable[[Token], bool]) -> str | None:
    """:data:`INTERVENED` or :data:`VIOLENT` read from the acts of the sentence's verbs."""
    for verb in sent:
        if verb.pos_ != "VERB" or not realis(verb) or any(
                c.lower_ in BACKGROUND_MARKS and c.dep_ in ("mark", "aux", "advmod")
                for c in verb.children):
            continue                        # "severed when protesters stormed the embassy"
        word = verb.lower_
        if word in _INTERVENE and _state_subject(verb) and _on_protest(verb):
            return INTERVENED
        if (word in _VIOLENCE and (_protester_subject(verb) or _at_protest(verb)
                                   or _some_of_the_marchers(verb)) and not _symbolic(verb)):
            return VIOLENT
        if word in _THROWN and _thrown_from_protest(verb):
            return VIOLENT
    return None


# Verbs of a crowd's violence in the forms of an attempt or a plan ("tried to storm").
_ATTEMPTED = frozenset({"storm", "throw", "hurl", "attack", "burn", "loot", "smash", "torch",
                        "ransack", "overrun", "breach"})


def _turning_violent(sent: Doc) -> bool:
    """Protesters or a crowd told doing violence, done or tried ("as the crowd tried to storm
    the station", "protesters who threw stones"), not denied."""
    for verb in sent:
        word = verb.lower_
        if (verb.pos_ != "VERB" or not (word in _VIOLENCE or word in _ATTEMPTED)
                or any(c.dep_ == "neg" for c in verb.children) or _symbolic(verb)):
            continue
        doers = subjects_of(verb)
        if verb.dep_ == "relcl" and any(d.tag_ in ("WDT", "WP") for d in doers):
            doers = [verb.head]             # "protesters who threw stones"
        if any(_protesting(d) or _rioting(d) for d in doers):
            return True
    return False


def crowd_violence(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """The sentence tells a crowd's violence, whatever else it tells: a riot (:func:`riot`)
    or protesters turning violent ("after protesters hurled stones at police")."""
    return riot(sent, realis) or _turning_violent(sent)


def _state_subject(verb: Token) -> bool:
    """The verb's subject is the state's force ("police", "riot officers", "troops")."""
    return any(state_actor(s) for s in subjects_of(verb))


def _on_protest(verb: Token) -> bool:
    """The verb acts on protesters or their protest: its object ("removed the protesters",
    "broke up the rally", "cleared the camp") or a participle's beside it."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    particle = _PARTICLE.get(verb.lower_)
    if particle and not any(c.dep_ in ("prt", "advmod") and c.lower_ == particle
                            for c in verb.children):
        return False
    if verb.lower_ in _ARRESTS:
        return any(_protesting(o, _NAMED_PROTESTERS) for o in objects)
    return any(_protesting(o) for o in objects)


def _symbolic(verb: Token) -> bool:
    """What the verb's object names is burned or thrown as a sign ("burned flags")."""
    return any(c.dep_ == "dobj" and c.lower_ in _SYMBOLS for c in verb.children)


def _crowd_of_protesters(noun: Token) -> bool:
    """The noun names protesters or a protest force can be used on: not one activist, unless
    the sentence names the protest ("shot dead an activist leading a march")."""
    return _protesting(noun, _CROWD_OF_PROTESTERS) or (
        noun.lower_ == "activist" and any(t.lower_ in _PROTESTS for t in noun.doc))


def _protesting(noun: Token, people: frozenset[str] = _PROTESTERS) -> bool:
    """The noun names protesters (of ``people``) or a protest ("dozens of protesters")."""
    if noun.lower_ in people or noun.lower_ in _PROTESTS:
        return True
    if noun.lower_ == "in" and any(c.lower_ == "sit" for c in noun.children):
        return True                                       # "a sit-in", tokenised in three
    if noun.lower_ in _GATHERINGS:
        return any(t.lower_ in people or t.lower_ in _PROTESTS or t.lower_.startswith("protest")
                   for t in noun.subtree if t is not noun)
    if noun.lower_ in _CAMP_THINGS:         # "removed the tents" of a camp the sentence names
        return any(t.lower_ in people or t.lower_ in _PROTESTS or t.lower_.startswith("protest")
                   for t in noun.doc)
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]        # "dozens of protesters"
    return any(o.lower_ in people for o in of)


def _protester_subject(verb: Token) -> bool:
    """The verb's subject is protesters by that name ("protesters", "some of the
    marchers")."""
    return any(_protesting(s) and s.lower_ not in _GATHERINGS for s in subjects_of(verb))


def _at_protest(verb: Token) -> bool:
    """People of no other name doing the act at or during a protest: "toward the end of the
    march, two people splashed paint on the gate" (not the police, not "after the rally")."""
    if not any(s.lower_ in _PEOPLE for s in subjects_of(verb)):
        return False
    frames = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _DURING]
    return any(_protesting(t) for p in frames for t in p.subtree if t.dep_ == "pobj")


# Subjects that name part of a crowd the clause before told: "some of them", "a few".
_PART_OF = frozenset({"some", "others", "several", "many", "few", "dozens", "hundreds", "one",
                      "two", "three"})


def _some_of_the_marchers(verb: Token) -> bool:
    """Part of a crowd told marching in the clause the verb is coordinated with: "thousands
    of students marched to the building, and some of them threw stones". Not marchers the
    actor table calls armed ("soldiers marched into the town, and some attacked residents"),
    nor acts of no harm ("some set up tents", "some burned their headscarves")."""
    return (verb.dep_ == "conj" and verb.head.lower_ in PROTEST_VERBS
            and any(s.lower_ in _PART_OF for s in subjects_of(verb))
            and not any(state_actor(s) or _armed_side(s) for s in subjects_of(verb.head))
            and not _symbolic(verb) and _aimed(verb))


def _armed_side(noun: Token) -> bool:
    """The noun's phrase names an armed actor ("soldiers", "militiamen")."""
    return any(a.armed for a in find_actor_mentions(phrase_of(noun)))


# Things thrown to hurt or damage, and the prepositions of a throw's target.
_MISSILES = frozenset({"stones", "stone", "rocks", "bricks", "bottles", "bombs", "eggs",
                       "firebombs", "fireworks", "flares", "projectiles", "missiles", "chairs"})
_AT = frozenset({"at", "on", "onto", "towards", "toward", "into"})
_THROW_WORDS = frozenset({"threw", "throwing", "hurled", "hurling", "lobbed"})
# Things smashed or burned as a sign or a noise: "banged pots and pans", "burned headscarves".
_HARMLESS = frozenset({"pots", "pans", "headscarves", "hijabs", "veils", "scarves",
                       "tents", "placards", "signs", "songs"})


def _aimed(verb: Token) -> bool:
    """A throw aimed at someone or something, or of missiles ("threw bottles at police
    lines", "threw stones"; not "threw their helmets in the air"); other violence done to
    someone or something ("smashed the glass doors", "stormed into the building"; not "set up
    tents", "burned incense")."""
    at = any(c.dep_ == "prep" and c.lower_ in _AT for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prt" for c in verb.children) or any(
            o.lower_ in _INSTRUMENTS or o.lower_ in _HARMLESS for o in objects):
        return False                        # "set up", "set off"; "burned incense"
    if verb.lower_ not in _THROW_WORDS:
        return at or bool(objects)
    return at or any(t.lower_ in _MISSILES for o in objects for t in o.subtree)


def _thrown_from_protest(verb: Token) -> bool:
    """Things thrown from a protest or by protesters: "bottles were thrown from the march"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    sources = [o for p in verb.children if p.dep_ in ("prep", "agent")
               and p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj"]
    return any(_protesting(o) for o in sources)


def riot(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells a crowd, a mob or rioters by that name throwing,
    burning, looting, storming, stoning or attacking (see the module docstring), as done."""
    for verb in sent:
        if verb.pos_ != "VERB" or not realis(verb) or any(
                c.lower_ in BACKGROUND_MARKS and c.dep_ in ("mark", "aux", "advmod")
                for c in verb.children):
            continue
        if ((verb.lower_ in _VIOLENCE or verb.lower_ in _STONING) and not _symbolic(verb)
                and any(_rioting(s) or (_following(s) and verb.lower_ in _DAMAGING)
                        for s in subjects_of(verb)) and _does_harm(verb)
                and not dated_by_year(verb)):
            return True
    return False


def _does_harm(verb: Token) -> bool:
    """The crowd's act harms someone or something: "set" only with fire ("set fire to", "set
    cars alight"), "burned" and "beat" only with an object (not "burned with anger", "beat
    drums"), "stormed" something (not a rush: "the crowd stormed in"); and no festival, rite
    or match in the sentence ("crowds threw confetti ... as the new year began")."""
    words = {t.lower_ for t in verb.doc}
    if words & _CHEER:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    word = verb.lower_
    if word == "set":
        return bool(words & {"fire", "alight", "ablaze", "ablaze."})
    if word in ("burned", "burnt", "burning", "beat"):
        return bool(objects) and not any(o.lower_ in _INSTRUMENTS for o in objects)
    if word in ("stormed", "storming"):
        return bool(objects) or any(c.dep_ == "prep" and c.lower_ in ("into", "onto", "through")
                                    for c in verb.children)
    return True


def _rioting(noun: Token) -> bool:
    """ "crowds", "an angry mob", "hundreds of rioters"."""
    return _of_whom(noun, _RIOTERS)


def _of_whom(noun: Token, people: frozenset[str]) -> bool:
    """The noun is one of ``people``, or a number of them ("hundreds of rioters")."""
    if noun.lower_ in people:
        return True
    return any(o.lower_ in people for p in noun.children if p.dep_ == "prep"
               and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


# Followers of a party or a team, and youths, whose damage and looting is a riot's (their
# fights with each other are :mod:`.brawls`' to read; students' or workers' damage at their
# protest is the protest's), and the acts of damage.
_UNRULY = frozenset({"supporters", "fans", "loyalists", "partisans", "followers", "cadres",
                     "youths", "hooligans", "ultras"})
_DAMAGING = frozenset({"smashed", "smashing", "torched", "torching", "looted", "looting",
                       "ransacked", "vandalised", "vandalized", "set", "overturned", "wrecked",
                       "stoned", "pelted", "burned", "burnt", "damaged"})


def _following(noun: Token) -> bool:
    """ "opposition supporters", "hundreds of football fans", "rival youths"."""
    return _of_whom(noun, _UNRULY)


# The verbs :func:`protest_kind` reads, and those of a riot.
_PROTEST_ACTS = _INTERVENE | _VIOLENCE | _THROWN
_RIOT_ACTS = _VIOLENCE | _STONING


def may_protest(words: frozenset[str]) -> bool:
    """False only where :func:`protest_kind` reads nothing in a sentence of these lower-cased
    ``words``: no verb of stepping in, of violence, of throwing or of force."""
    return not (words.isdisjoint(_PROTEST_ACTS) and words.isdisjoint(FORCE_WORDS))


def may_riot(words: frozenset[str]) -> bool:
    """False only where :func:`riot` cannot fire on a sentence of these lower-cased ``words``:
    no crowd, mob or rioters named, or no verb of their violence (nor followers or youths and
    one of damage)."""
    return not (words.isdisjoint(_RIOTERS) or words.isdisjoint(_RIOT_ACTS)) or not (
        words.isdisjoint(_UNRULY) or words.isdisjoint(_DAMAGING))


# Words of the authorities stepping in, as nouns or verbs, that a crowd may demand or deny.
_STEPPING_IN = _INTERVENE | frozenset({
    "arrest", "arrests", "detention", "detentions", "release", "custody", "jailing", "jailed",
    "tear", "teargas", "dispersal", "crackdown", "detainees"})
# Verbs and nouns of a demand, whose object the stepping in is ("demanding the arrest of").
_DEMANDING = frozenset({"demand", "demands", "demanded", "demanding", "call", "calls", "called",
                        "calling", "urge", "urged", "urging", "seek", "sought", "seeking",
                        "end"})


def asked_or_denied(j: Judgement, sent: Doc, realis: Callable[[Token], bool]) -> Judgement:
    """The judgement as a peaceful protest where the model reads one met with intervention, but
    every word of stepping in is what the crowd demanded ("marched demanding the arrest of the
    men", "urging the release of jailed classmates") or did not happen ("no one was
    detained", "no arrests were reported"), and the parse reads no intervention, nor the crowd
    doing violence (a crowd that "stormed the police office to demand the release of a
    leader", left to the model where deadly force is told too, :func:`protest_kind`)."""
    if (j.label != INTERVENED or protest_kind(sent, realis) is not None
            or _stepping_in_or_violence(sent, realis) == VIOLENT or _turning_violent(sent)):
        return j
    words = [t for t in sent if t.lower_ in _STEPPING_IN]
    if words and all(_demanded(t) or not realis(t) or _no_one(t) for t in words):
        return replace(j, label="PEACE_PROTEST")
    return j


def _demanded(tok: Token) -> bool:
    """The word is inside what a demand asks for (a few heads up)."""
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in _DEMANDING:
            return True
    return False


def _no_one(verb: Token) -> bool:
    """ "no one was detained", "nobody was arrested": done to no one."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none")
                                                      or under_no(c))
               for c in verb.children)

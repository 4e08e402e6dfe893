"""Military exercises, drills and weapons tests read from the parse: no event.

"Troops fired artillery rounds at a firing range during a NATO exercise", "the navy
test-fired a cruise missile": weapons are fired and the learned model reads shelling or a
missile attack, but nobody is attacked. ACLED codes neither exercises nor weapons tests. A
sentence whose act is framed as an exercise, drill, test or rehearsal ("during", "in", "as
part of", "for" one), done at a firing or training range or on mock targets, or told with a
test verb, is no event of violence, unless it tells people killed or hurt, or a non-state
armed group's act ("militants attacked the troops during a drill" is an attack). A missile
fired into the sea with no word of a test is left to the model: the corpus codes such
launches as events.

The same holds for a crowd's event staged for practice or for a camera (:func:`staged`):
police practising on "volunteers playing protesters", "a mock riot", "simulated a violent
protest", "extras playing rioters ... on a film set" tell no protest and no riot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_mentions import NON_STATE_ARMED, ActorMention, find_actor_mentions
from ..lexicon import country_of
from ..nlp import token_at
from .crowds import CROWD_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "test-fired" as the parser splits it: "test" hung on the verb.
_TEST_PART = "test"
# Nouns of practice: the act done for them is no attack.
# (Not "demonstration", "parade", "trial" or "games": a protest, a march, a court and a sports
# event are where real attacks happen; "war games" is read whole.)
_PRACTICE = frozenset({
    "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "manoeuvre",
    "maneuver", "wargames", "rehearsal", "rehearsals", "simulation", "test", "tests",
    "training"})
# Verbs that hold a practice as their object: "held drills", "conducted exercises".
_HOLDING = frozenset({"held", "hold", "holds", "holding", "conducted", "conduct", "conducts",
                      "conducting", "staged", "stage", "stages", "staging", "began", "begin",
                      "launched", "launch", "started", "start"})
# Prepositions that put an act inside a practice: "during an exercise", "as part of drills".
_FRAMING = frozenset({"during", "in", "for", "amid", "as"})
# "war games": the one game that is practice.
_GAMES, _OF_WAR = "games", "war"
# Targets that are no one's: "a mock village", "dummy targets".
_MOCK = frozenset({"mock", "dummy", "simulated", "practice", "target"})
# Where practice fire lands: "at a firing range" (not "shot at close range").
_RANGES = frozenset({"range", "ranges", "ground", "grounds"})
_RANGE_KINDS = frozenset({"firing", "training", "shooting", "test", "testing", "rifle",
                          "artillery", "bombing", "missile", "military", "army"})
# Verbs of testing a weapon ("tested" only with a weapon as its object).
_TEST_VERBS = frozenset({"test-fired", "test-fires", "test-firing", "test-launched",
                         "tested", "tests", "testing"})
_WEAPONS = frozenset({"missile", "missiles", "rocket", "rockets", "weapon", "weapons", "bomb",
                      "bombs", "warhead", "warheads", "torpedo", "torpedoes", "drone", "drones",
                      "launcher", "launchers", "device", "system", "interceptor"})
# Prepositions of a place beside a range: what happened there was not practice on it.
_BESIDE = frozenset({"near", "outside", "beside", "behind", "opposite", "by"})
# Words of people harmed: a drill where people died is told as its harm.
_HARM = frozenset({"killed", "killing", "kills", "dead", "died", "wounded", "wounding",
                   "injured", "injuring", "hurt", "casualties", "victims"})
# Verbs of acting a part: "officers playing gunmen", "volunteers posing as militants".
_PLAYING = frozenset({"play", "plays", "played", "playing", "pose", "posed", "posing",
                      "acting", "portray", "portrayed", "portraying"})
# Verbs whose object or following verb is done for practice ("simulated a bomb blast",
# "practised dispersing a crowd", "rehearsed storming the building"); "trained" only with
# what it trained for ("trained to put down a simulated uprising"), never as a participle
# ("fighters trained abroad attacked ...").
_PRACTISING = frozenset({
    "simulated", "simulating", "simulate", "simulates", "practised", "practising", "practise",
    "practises", "practiced", "practicing", "practices", "rehearsed", "rehearsing", "rehearse",
    "rehearses", "re-enacted", "re-enacting", "reenacted", "reenacting", "trained", "training",
    "train", "trains"})
_TRAINING = frozenset({"trained", "training", "train", "trains"})
# Verbs of playing a part in a drill or a film, not of posing as someone in a ruse ("gunmen
# posing as police" is an attack).
_ACTING = frozenset({"play", "plays", "played", "playing", "portray", "portrays", "portrayed",
                     "portraying"})
# Dependencies of a participle that qualifies a noun, not a clause's own verb.
_QUALIFYING = frozenset({"acl", "relcl", "amod"})
# Where a camera rolls: "on a film set", "a movie shoot" (not a studio, a real place).
_SCREENS = frozenset({"film", "movie", "tv", "television", "series", "drama"})
_PRODUCTION = frozenset({"set", "sets", "shoot", "shoots"})


def exercise_or_test(sent: Doc) -> bool:
    """True when the parsed sentence ``sent`` tells weapons used in an exercise, a drill or a
    test (see the module docstring), with nobody harmed and no non-state armed group acting."""
    if _harmed(sent):
        return False
    if not (any(_practising(verb) for verb in sent if verb.pos_ == "VERB")
            or _acted_out(sent)):
        return False
    return not any(m.category in NON_STATE_ARMED and not _played(sent, m)
                   for m in find_actor_mentions(sent.text))


def staged(sent: Doc) -> bool:
    """True when the parsed sentence tells a crowd's event staged for practice or a camera:
    done in a drill or for practice, to a mock crowd, by people playing its parts or on a
    film set ("riot police practised dispersing volunteers playing protesters", "officers
    staged a mock riot"), with nobody harmed. Not a range or a weapons test, where a real
    crowd may protest ("farmers protested at the army's firing range")."""
    if _harmed(sent):
        return False
    return _acted_out(sent) or any(_practising(verb, weapons=False)
                                   for verb in sent if verb.pos_ == "VERB")


def _harmed(sent: Doc) -> bool:
    """People told harmed (not "volunteers playing the wounded")."""
    return any(t.lower_ in _HARM and t.head.lower_ not in _PLAYING for t in sent)


def _acted_out(sent: Doc) -> bool:
    """Parts played or a camera rolling: a verb of playing whose object is an actor or a
    crowd ("extras playing protesters", "officers portraying gunmen"), or a film's set or
    shoot ("on a film set")."""
    for tok in sent:
        if tok.lower_ in _ACTING and any(_a_part(o) for o in _played_parts(tok)):
            return True
        if (tok.lower_ in _SCREENS and tok.i + 1 < len(sent)
                and sent[tok.i + 1].lower_ in _PRODUCTION):
            return True
    return False


def _played_parts(verb: Token) -> list[Token]:
    """What a verb of playing plays: its object, the noun after "as" ("posing as"), or the
    noun it qualifies ("playing" read as an adjective of "protesters")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children if o.dep_ == "pobj"]
    if verb.dep_ == "amod":
        out.append(verb.head)
    return out


def _a_part(noun: Token) -> bool:
    """An actor or a crowd one may play: "protesters", "rioters", "police", "gunmen"."""
    return noun.lower_ in CROWD_NOUNS or bool(find_actor_mentions(noun.text))



def _played(sent: Doc, mention: ActorMention) -> bool:
    """The armed group is a part someone plays in the drill, not an actor in it."""
    tok = token_at(sent, mention.start)
    while tok is not None and tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok is None:
        return False
    head = tok.head.head if tok.head.lower_ == "as" else tok.head
    return head.lower_ in _PLAYING


def _practising(verb: Token, *, weapons: bool = True) -> bool:
    """The verb's act is framed as practice or done for practice; where ``weapons``, also
    one that lands on a range or tests a weapon."""
    if weapons and _weapons_tried(verb):
        return True
    if _for_practice(verb):
        return True                         # "simulated a bomb blast", "practised storming"
    mocked = _mocked if weapons else _mock_crowd
    if any(c.dep_ == "dobj" and mocked(c) for c in verb.children):
        return True                         # "staged a mock hostage siege"
    if verb.lower_ in _HOLDING and any(c.dep_ == "dobj" and _practice(c) for c in verb.children):
        return True                         # "held live-fire drills east of the island"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for h in (verb, *objects) for c in h.children if c.dep_ == "prep"):
        # the preposition's own object ("during an exercise"), not one inside it ("a protest
        # against exam tests")
        for obj in (o for o in _objects(prep) if o.dep_ == "pobj"):
            if prep.lower_ in _FRAMING and _practice(obj):
                return True
            if mocked(obj):
                return True                 # "fired at dummy targets", "joined a
    return False                            # simulated bombing"


def _weapons_tried(verb: Token) -> bool:
    """A weapon test-fired or tested, or fire landing on a range."""
    if any(c.lower_ == _TEST_PART and c.dep_ in ("npadvmod", "compound") for c in verb.children):
        return True                         # "test-fired", split as "test - fired"
    if verb.lower_ in _TEST_VERBS and any(c.dep_ == "dobj" and c.lower_ in _WEAPONS
                                          for c in verb.children):
        return True                         # "tested a missile", not "tested positive"
    return any(t.lower_ in _RANGES and t.i > 0 and t.nbor(-1).lower_ in _RANGE_KINDS
               and not _someone_elses(t) for t in verb.subtree)  # the parse of it varies


def _for_practice(verb: Token) -> bool:
    """A clause's verb of practice with what was practised: an object or a verb after it
    ("simulated a gas leak", "practised dispersing a crowd", "trained to put down a riot")."""
    if verb.lower_ not in _PRACTISING or verb.dep_ in _QUALIFYING:
        return False
    done = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    if verb.lower_ in _TRAINING:            # "trained recruits" is teaching, not a drill
        done = [c for c in done if c.dep_ == "xcomp"]
    return bool(done)


def _practice(noun: Token) -> bool:
    """ "drills", "an exercise", "war games"."""
    return noun.lower_ in _PRACTICE or noun.lower_ == _GAMES and any(
        c.lower_ == _OF_WAR for c in noun.children)


def _mocked(noun: Token) -> bool:
    """ "a mock siege", "dummy targets", "a simulated bombing": no one's act or target."""
    return any(c.lower_ in _MOCK and c.dep_ in ("amod", "compound") for c in noun.children)


# A crowd's events, which a mock one stages (not a protest's props: "carried mock cheques",
# "held a mock funeral" are a real protest's theatre).
_CROWD_EVENTS = frozenset({"protest", "protests", "demonstration", "demonstrations", "riot",
                           "riots", "uprising", "unrest", "march", "rally", "crowd", "mob",
                           "siege", "attack", "clashes", "disturbance", "blockade"})


def _mock_crowd(noun: Token) -> bool:
    """ "a mock riot", "a simulated protest": a crowd's event staged, not a prop."""
    return noun.lower_ in _CROWD_EVENTS and _mocked(noun)


def _objects(prep: Token) -> list[Token]:
    """The preposition's objects, through "as part of" ("as part of drills": drills)."""
    out = [o for o in prep.children if o.dep_ == "pobj"]
    return out + [x for o in out if o.lower_ == "part" for p in o.children
                  if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                  if x.dep_ == "pobj"]


def _someone_elses(range_: Token) -> bool:
    """ "near the training ground", "outside the training ground", "the army's firing range"
    fired on, "Ukrainian training grounds": a range beside which something happened, where
    the shots landed or someone else's, not the shooters'."""
    if range_.head.lower_ in _BESIDE or any(c.dep_ == "poss" for c in range_.children):
        return True
    return any(country_of(t.text) is not None for t in range_.subtree)


def may_practise(words: frozenset[str]) -> bool:
    """False only where :func:`exercise_or_test` cannot fire on a sentence of these lower-cased
    ``words`` (a precondition for :func:`.nonevents.told_as_no_event`): a word of harm, or
    none of the words :func:`_practising` reads practice from."""
    if not words.isdisjoint(_HARM) and words.isdisjoint(_PLAYING):
        return False
    return may_stage(words) or (_TEST_PART in words
            or not (words.isdisjoint(_TEST_VERBS) or words.isdisjoint(_WEAPONS))
            or not (words.isdisjoint(_RANGES) or words.isdisjoint(_RANGE_KINDS))
            or not words.isdisjoint(_MOCK)
            or not (words.isdisjoint(_FRAMING) and words.isdisjoint(_HOLDING)) and not (
                words.isdisjoint(_PRACTICE) and not (_GAMES in words and _OF_WAR in words)))


def may_stage(words: frozenset[str]) -> bool:
    """False only where :func:`staged` cannot fire on a sentence of these lower-cased
    ``words``: none of the words of practice, of a mock target, of playing a part or of a
    film's set."""
    if not words.isdisjoint(_HARM) and words.isdisjoint(_PLAYING):
        return False
    return (not (words.isdisjoint(_PRACTISING) and words.isdisjoint(_ACTING)
                 and words.isdisjoint(_MOCK))
            or not (words.isdisjoint(_SCREENS) or words.isdisjoint(_PRODUCTION))
            or not (words.isdisjoint(_FRAMING) and words.isdisjoint(_HOLDING)) and not (
                words.isdisjoint(_PRACTICE) and not (_GAMES in words and _OF_WAR in words)))

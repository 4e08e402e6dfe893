"""An armed party keeping people from moving: a movement ban, a change to the group's activity
(CHANGE_TO_GROUP_ACT; the taxonomy names movement bans there).

"The militants barred residents from leaving the town", "Boko Haram banned villagers leaving
the district", "insurgents have dug in among the houses and are stopping anyone from
escaping": the learned model reads the verbs of these by what usually follows them in its
training text (a law, a product, a match) and rates them near 0 (0.03 for a group that kept
its city's people from going), or the sentence never reaches it, naming no event word. What
makes the ban an event is who keeps whom from doing what, which the parse and the actor word
lists tell:

* a verb of keeping from (ban, bar, prevent, forbid, prohibit, stop, block, keep), told as
  done (its realis);
* people as what it keeps (residents, civilians, villagers, anyone; not students, journalists,
  protesters or goods: a school's rule, a court's order and a protest's policing are other
  things), as its object or, passive, its subject;
* moving as what they are kept from (leaving, fleeing, entering, returning, travelling; "to
  leave" after a verb of forbidding);
* an armed party keeping them: the verb's subject, or its passive agent, names a state's force
  or an armed group (the actor table and its generic nouns); a subject shared with an earlier
  verb ("insurgents have dug in ... and are stopping anyone from escaping") counts, and so
  do "the group" and a name the actor tables do not know ("Ansar al-Sahil", "the GLF") after
  words naming an armed group. A ban with no party named is no event read here (precision
  first).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actor_mentions import find_actor_mentions
from ..nlp import text_of
from .responsibility import names_armed_group, the_group

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LABEL = "CHANGE_TO_GROUP_ACT"
# The confidence of a ban the parse reads (P(a real event in scope)). The training corpus holds
# few such sentences (`python benchmarks/parse_rules.py movement_bans`: one firing, in the
# aside split, a real ban); on the project's own test sentences (tests/events/
# test_movement_bans.py, 27 with hard negatives) it fires on every ban and on no negative. Set
# at 0.75, below the other parse readings (0.8), as that evidence is thin.
MOVEMENT_BAN_CONFIDENCE = 0.75

# Verbs of keeping someone from doing something, as word forms (no lemmatizer runs).
_KEEPING = frozenset(
    stem + end for stem, ends in (
        ("ban", ("", "s", "ned", "ning")), ("bar", ("", "s", "red", "ring")),
        ("prevent", ("", "s", "ed", "ing")), ("prohibit", ("", "s", "ed", "ing")),
        ("stop", ("", "s", "ped", "ping")), ("block", ("", "s", "ed", "ing")),
        ("forbid", ("", "s", "den", "ding")), ("forbade", ("",)),
        ("keep", ("", "s", "ing")), ("kept", ("",)))
    for end in ends)
# Moving, as the infinitive a verb of forbidding takes ("forbade residents to leave").
_TO_MOVE = frozenset({"leave", "flee", "enter", "return", "travel", "move", "cross", "go",
                      "escape", "exit"})
# Moving, as the -ing form a verb of keeping takes.
_MOVING = frozenset({"leaving", "fleeing", "entering", "returning", "travelling", "traveling",
                     "moving", "crossing", "going", "escaping", "exiting"})
# People a party keeps from moving (not a group with a role of its own: students, journalists,
# protesters, fans).
_PEOPLE = frozenset({
    "people", "residents", "civilians", "anyone", "anybody", "everyone", "villagers",
    "inhabitants", "population", "families", "locals", "men", "women", "children", "citizens",
    "townspeople", "displaced", "farmers", "herders", "fishermen", "traders"})
# The words that make a sentence a candidate for the detector (the cue lexicon names none of
# them as an event): a verb of keeping, up to three words, and moving.
CANDIDATE_WORDS = (
    r"(?:(?:bann|barr|prevent|prohibit|stopp|block|forb[ai]d|ke[ep]p?)\w* (?:[\w']+ ){0,3}"
    r"(?:from )?(?:leaving|fleeing|entering|returning|travell?ing|crossing|escaping)|"
    r"forb[ai]d\w* (?:[\w']+ ){0,3}to (?:leave|flee|enter|return|travel|cross|escape))")


def may_ban(words: frozenset[str]) -> bool:
    """Cheap prefilter: the sentence's lower-case words hold a verb of keeping and of
    moving."""
    return not words.isdisjoint(_KEEPING) and not (words.isdisjoint(_MOVING)
                                                   and words.isdisjoint(_TO_MOVE))


def movement_ban(sent: Doc, realis: Callable[[Token], bool], context: str = ""
                 ) -> Token | None:
    """The verb by which the parsed sentence tells an armed party keeping people from moving
    (see the module docstring), or None. ``context``, the words before the sentence (its
    title, the sentence before), may name the group "the group" refers to."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lower_ not in _KEEPING or not realis(verb):
            continue
        people = _kept(verb)
        if people is not None and _from_moving(verb, people) and _armed_party(verb, context):
            return verb
    return None


def _kept(verb: Token) -> Token | None:
    """The people the verb keeps: its object, or its passive subject; for a verb of
    forbidding, the subject of the infinitive it forbids ("forbid residents to leave")."""
    kept = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lower_.startswith("forb"):
        kept += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                 for s in c.children if s.dep_ == "nsubj"]
    return next((c for c in kept if c.lower_ in _PEOPLE), None)


def _from_moving(verb: Token, people: Token) -> bool:
    """What the people are kept from is moving: "from leaving" on the verb, or "leaving"
    joined to the verb or to the people ("banned villagers leaving the district")."""
    for tok in (*verb.children, *people.children, *([people.head] if people.dep_ == "nsubj"
                                                     else [])):
        if tok.dep_ == "prep" and tok.lower_ == "from":
            if any(c.lower_ in _MOVING for c in tok.children):
                return True
        elif tok.lower_ in _MOVING and tok.dep_ in ("acl", "xcomp", "advcl", "ccomp", "dobj"):
            return True
        elif (tok.lower_ in _TO_MOVE and tok.dep_ in ("xcomp", "ccomp", "advcl")
              and verb.lower_.startswith("forb")
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            return True                 # "forbade residents to leave"
    return False


def _armed_party(verb: Token, context: str = "") -> bool:
    """The verb's subject (or the one it shares with the verb it is joined to), its passive
    agent, or the noun it describes ("with the gunmen blocking families from fleeing")
    names a state's force or an armed group; or is "the group" where ``context`` names a
    non-state armed group."""
    heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    parties = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
    parties += [verb.head] if verb.dep_ == "acl" else []
    parties += [o for c in verb.children if c.dep_ == "agent"
                for o in c.children if o.dep_ == "pobj"]
    return any(_armed(p) or ((the_group(list(p.subtree)) or _unknown_name(p))
                             and names_armed_group(context))
               for p in parties)


def _unknown_name(noun: Token) -> bool:
    """The noun phrase is a proper name the actor tables do not know ("Ansar al-Sahil", "the
    GLF"): where the words before the sentence name an armed group, a party of the story's
    war (a state or a known group is read by its name)."""
    words = [t for t in noun.subtree if t.dep_ != "det"]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return noun.pos_ == "PROPN" and not any(
        m.start < end and start < m.end for m in find_actor_mentions(text_of(noun.doc)))


def _armed(noun: Token) -> bool:
    """The noun phrase names a state's force or an armed group, read in its sentence (an
    acronym tells itself from a word by the words around it: "IS has barred ...")."""
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return any(m.armed and m.start < end and start < m.end
               for m in find_actor_mentions(text_of(noun.doc)))

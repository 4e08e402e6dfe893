"""Doers the word lists do not name: people a common noun names as the subject of the act
("a teenager threw a petrol bomb"), a lone attacker the document later names ("the gunman was
identified as X"), the police of an arrest nobody is said to make; and who only bore an act
("two students sustained injuries") or was acted on by another verb, never its doer."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..claims import SPEECH_VERBS
from ..records import Actor
from .clauses import came_under, roles_of, undergoes, verb_of
from .names import with_country
from .parties import is_person
from .phrases import done_to, harmed_nouns, harms, person_mention
from .sources import extent, heads_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actor_mentions import ActorMention
    from ..lexicon import Demonym
    from ..records import EventMention

__all__ = ["arresting_police", "bearer_spans", "bears_injury", "blamed_act", "by_of_gerund",
           "by_of_noun", "done_to_spans", "identified_attacker", "lone", "others_agents",
           "others_object_words", "others_objects", "person_doer", "underwent", "victim_spans"]

# What a body bears: whoever "sustained injuries" or "suffered wounds" was hurt, never the doer.
_INJURIES = frozenset({"injury", "injuries", "wound", "wounds", "burns", "fractures", "cuts",
                       "bruises", "trauma"})


def bears_injury(verb: Token) -> bool:
    """Whether ``verb``'s object is an injury ("sustained injuries"): its subject was hurt."""
    return any(o.dep_ == "dobj" and o.lower_ in _INJURIES for o in verb.children)


def underwent(trigger: Token, verb: Token) -> bool:
    """Whether the subject of the trigger's verb was hit by the act: it fled or sheltered
    from it, "came under" it, or "sustained injuries" in it."""
    return undergoes(trigger, verb) or came_under(verb) or bears_injury(verb)


def by_of_noun(trigger: Token) -> list[Token]:
    """The words of the "by" phrase of a noun trigger ("villagers described bombing by
    government jets"): its doer, over the subject of the verb it hangs on."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return [t for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for t in c.subtree]


def by_of_gerund(child: Token) -> bool:
    """"by X" on an act the parser read as a gerund with no subject ("reported shelling by
    the army"): X did it, as with a noun."""
    verb = child.head
    return (child.dep_ == "prep" and child.lower_ == "by" and verb.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def bearer_spans(sent: Doc) -> list[tuple[int, int]]:
    """Character ranges of the subjects of verbs whose object is an injury ("two students
    suffered cuts to their hands", "a guard suffered burns"): people hurt."""
    return [extent(c) for tok in sent if tok.pos_ in ("VERB", "AUX") and bears_injury(tok)
            for c in tok.children if c.dep_ == "nsubj"]


def others_objects(sent: Doc, trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of what other verbs were done to ("a truce to move the wounded out
    collapsed as shelling resumed"): whom another act moved, held or hit did not do this one;
    an object holding the trigger ("reported shelling by X") is left alone."""
    return [extent(c) for c in _others_objects(sent, trigger)]


def others_object_words(sent: Doc, trigger: Token) -> set[int]:
    """Indices of the words of :func:`others_objects`."""
    return {t.i for c in _others_objects(sent, trigger) for t in c.subtree}


def others_agents(sent: Doc, trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of the "by" phrases of other verbs ("the truce brokered by Turkey
    collapsed as shelling resumed", "hostages held by X"): who did another act, not this one."""
    return [extent(c) for c in _others_objects(sent, trigger, ("agent",))]


def _others_objects(sent: Doc, trigger: Token, deps: tuple[str, ...] = ("dobj",)
                    ) -> list[Token]:
    holds = heads_of(trigger)
    own = verb_of(trigger).i
    return [c for tok in sent if tok.pos_ == "VERB" and tok.i != own
            for c in tok.children if c.dep_ in deps and c.i not in holds
            and not c.left_edge.i <= trigger.i <= c.right_edge.i]


def person_doer(trigger: Token, hit: list[tuple[int, int]]) -> ActorMention | None:
    """The people a common noun names as the active subject of the trigger's own verb ("a
    teenager threw ...", "engineers defused the device") or in its "by" phrase ("was stabbed
    by a neighbour"), as civilians; not a pronoun, not
    someone the sentence says was hit (``hit``), not whoever only speaks of the act, lived
    through it or came under it."""
    verb = verb_of(trigger)
    if trigger.i != verb.i or verb.lower_ in SPEECH_VERBS or undergoes(trigger, verb) or (
            came_under(verb)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (o for c in roles_of(verb) if c.dep_ == "agent" for o in c.children
         if o.dep_ == "pobj"), None)            # "stabbed to death by his neighbour"
    if subject is None or subject.pos_ == "PRON":
        return None
    found = person_mention(subject)
    if found is None or any(lo <= found.start < hi for lo, hi in hit):
        return None
    return found


# "the gunman, who was identified as Ana Ruiz," / "the attacker has been named as Ana Ruiz".
_NAME = r"(?:\d+-year-old\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
_IDENTIFIED = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?P<noun>[a-z]+)\s*,?\s*(?:who\s+)?(?:(?:was|has\s+been|had\s+been|is)\s+)?"
    r"(?:identified|named)\s+(?:by\s+[\w\s]{1,40}?\s+)?as\s+" + _NAME)
# "police named the gunman as Ana Ruiz".
_IDENTIFIED_OBJECT = re.compile(
    r"\b(?:identified|named)\s+the\s+(?P<noun>[a-z]+)\s+as\s+" + _NAME)
# Words for a lone attacker: whoever of them the document names, named so, acted.
_LONE_ATTACKER = frozenset({"gunman", "attacker", "assailant", "shooter", "bomber",
                            "assassin", "killer", "perpetrator", "stabber"})


def lone(sent: Doc, a: ActorMention) -> bool:
    """Whether ``a`` names one unnamed person: a singular common noun that names an attacker
    or a person ("the gunman", "a teenager"), or any after "a" ("a Turkish policeman")."""
    head = next((t for t in reversed(sent) if t.idx < a.end), None)
    if head is None or head.tag_ != "NN" or head.idx < a.start:
        return False
    return (head.lower_ in _LONE_ATTACKER or is_person(head)
            or _ONE.search(sent.text, 0, a.start) is not None)


_ONE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}$")    # "an off-duty soldier"


def identified_attacker(actor: Actor, text: str) -> Actor:
    """A lone unnamed attacker (:func:`lone`) as the one person the document says the
    attacker or the same noun was identified or named as; ``actor`` when there is none or
    more than one."""
    words = actor.text.lower().split()
    if not words:
        return actor
    own = words[-1]
    names = {name for noun, name in _identified(text) if noun in _LONE_ATTACKER or noun == own}
    if len(names) != 1:
        return actor
    return Actor(names.pop(), actor.text, actor.span, actor.inter, actor.country, actor.assoc,
                 actor.associated)


@lru_cache(maxsize=8)
def _identified(text: str) -> tuple[tuple[str, str], ...]:
    """(noun, name) of each "the X was identified as NAME" of ``text``, once per document."""
    return tuple((m.group("noun"), m.group("name")) for pattern in (_IDENTIFIED,
                                                                    _IDENTIFIED_OBJECT)
                 for m in pattern.finditer(text))


def arresting_police(mention: EventMention, setting: Demonym | None) -> Actor:
    """Who arrested when the text does not say ("those detained were flown to the capital"):
    the police of the country the event is in (ACLED's reading), named where the act is."""
    name = with_country("Police Forces", setting.country) if setting else "Police Forces"
    at = mention.trigger_span[0]
    return Actor(name, "", (at, at), 1, setting.iso2 if setting else None)


def victim_spans(sent: Doc) -> list[tuple[int, int]]:
    """Character ranges of whom harming verbs were done to ("a peacekeeper was killed",
    "killed two soldiers"): never the one who acted."""
    return [extent(c) if c.head.i == tok.i else (c.left_edge.idx, c.idx + len(c.text))
            for tok in sent if tok.pos_ == "VERB" and harms(tok) for c in harmed_nouns(tok)]


def done_to_spans(trigger: Token | None) -> list[tuple[int, int]]:
    """Character ranges of what a nominal act was done to ("an attack on the offices of X"):
    whoever is named there was hit, never the one who acted."""
    hit = done_to(trigger) if trigger is not None else set()
    return [(t.idx, t.idx + len(t.text)) for t in trigger.doc if t.i in hit] if hit else []


def blamed_act(sent: Doc, trigger: Token) -> Token | None:
    """The harm the sentence tells with its own doer outside the clause of blame ("attackers
    killed six ..., a leader said, blaming X"): the act the blame is about."""
    blame = {t.i for t in trigger.subtree}
    return next((t for t in sent if t.pos_ == "VERB" and t.i not in blame and harms(t)
                 and any(c.dep_ == "nsubj" for c in t.children)), None)

"""Lists in one role: "gunmen killed a teacher, two farmers and a police officer" names four
victims, "a strike hit a police post and an army base" two forces hit.

The roles keep one actor2, the first of the list or a more specific one (a person or a group of
the actor table over generic words); :func:`list_of` gives the parties coordinated with it, which
:mod:`.roles` keeps as its associated actors (``Actor.associated``, ACLED's ``assoc_actor_2``).
A list is read from the parse only: conjuncts of the actor's noun and appositions that are
themselves lists of common nouns; an apposition that names ("a community leader, Ana Ruiz") is
the same person, and a verb's conjunct ("killed two soldiers and wounded three") another act.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..actor_mentions import ActorMention, overlaps
from ..nlp import tokens_within
from ..records import Actor
from .clauses import COUNT_ONLY, SYMMETRIC, verb_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

__all__ = [
    "Lists",
    "harmed_after",
    "is_list_apposition",
    "list_members",
    "list_of",
    "lists_of",
    "most_specific",
    "partners_of",
    "with_others",
    "with_partners",
]

# Parts of speech of a list's items: nouns, and counts or pronouns standing for them.
_ITEM_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


def is_list_apposition(tok: Token) -> bool:
    """An apposition that goes on a list ("a teacher, two farmers and a police officer"), not
    one that names or describes the noun before it ("a community leader, Ana Ruiz")."""
    if tok.dep_ != "appos" or tok.pos_ not in ("NOUN", "NUM") or tok.ent_type_ == "PERSON":
        return False
    return any(c.dep_ == "conj" for c in tok.children) or any(
        c.dep_ == "conj" and c.i > tok.i for c in tok.head.children)


def _linked(tok: Token) -> bool:
    """Whether ``tok`` is an item of the list its head starts."""
    return tok.pos_ in _ITEM_POS and tok.head.pos_ in _ITEM_POS and (
        tok.dep_ == "conj" or is_list_apposition(tok))


def list_members(head: Token) -> list[Token]:
    """The heads of the items of the list ``head`` is on (``head`` included), in text order;
    ``[head]`` when it is on none."""
    top = head
    while _linked(top) and top.head.i != top.i:
        top = top.head
    out, todo = [], [top, *_misattached(top)]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if _linked(c)]
    return sorted(out, key=lambda t: t.i)


def _misattached(top: Token) -> list[Token]:
    """Items the parser hung on the verb instead of on its object ("killing the chief, two
    teachers and four farmers": "teachers" a conjunct of "killing"): a verb's conjunct that
    is a noun after its object is no other act but the object's list going on."""
    verb = top.head
    if top.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.i == top.i:
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.i > top.i
            and c.pos_ in _ITEM_POS and c.pos_ != "PRON"]


# Dependencies of a word that only qualifies the noun of the item ("police" of "a police post").
_QUALIFIES = frozenset({"compound", "amod", "poss", "nmod"})


def _head_of(sent: Doc, a: ActorMention) -> Token | None:
    """The noun of the item a mention is on: the head of its words, or the noun they qualify
    ("post" of "a police post", the mention being "police")."""
    inside = tokens_within(sent, a.start, a.end)
    head = next((t for t in inside if not a.start <= t.head.idx < a.end or t.head.i == t.i),
                None)
    while head is not None and head.dep_ in _QUALIFIES and head.head.i != head.i:
        head = head.head
    return head


def _mention_of(item: Token, mentions: tuple[ActorMention, ...]) -> ActorMention | None:
    """The mention on the item whose noun is ``item``: over the noun or a word qualifying it."""
    words = [item, *(c for c in item.lefts if c.dep_ in _QUALIFIES)]
    return next((a for t in words for a in mentions if a.start <= t.idx < a.end), None)


def list_of(sent: Doc, chosen: ActorMention, mentions: tuple[ActorMention, ...],
            keep: Callable[[ActorMention], bool],
            unnamed: Callable[[Token], ActorMention | None]) -> tuple[ActorMention, ...]:
    """The mentions on one list with ``chosen`` (``chosen`` included), in text order, each once;
    ``keep`` says which may be on it (not the one who acted); ``unnamed`` makes the mention of
    an item no mention covers, when ``chosen`` names people ("two journalists and a lawyer")."""
    head = _head_of(sent, chosen)
    if head is None:
        return (chosen,)
    out = [chosen]
    for item in list_members(head):
        hit = _mention_of(item, mentions)
        if hit is None and chosen.category in _PEOPLE:
            hit = unnamed(item)
        if hit is not None and all(hit is not o and (hit.start, hit.end) != (o.start, o.end)
                                   for o in out) and keep(hit):
            out.append(hit)
    return tuple(sorted(out, key=lambda a: a.start))


# Categories of a mention that names people, whose list may go on with people no list names.
_PEOPLE = frozenset({"civilian", "person", "protester"})


def harmed_after(verb: Token, mentions: tuple[ActorMention, ...],
                 is_harm: Callable[[Token], bool]) -> list[ActorMention]:
    """Each party on the lists of people a clause of harm after the act names ("..., and
    wounded a guard and two cleaners", "..., killing a nurse"): more victims of the act."""
    out = []
    for c in verb.subtree:
        if (c.dep_ == "relcl" or c.head.i == verb.i and c.dep_ in ("advcl", "conj", "xcomp")
                ) and is_harm(c):
            for o in (o for o in c.children if o.dep_ in ("dobj", "nsubjpass")):
                out += [m for m in (_mention_of(t, mentions) for t in list_members(o))
                        if m is not None]
    return out


def most_specific(items: tuple[ActorMention, ...], named: Callable[[ActorMention], bool]
                  ) -> ActorMention:
    """The first item that names a person or a listed group, else the first."""
    return next((a for a in items if a.category == "person" or named(a)), items[0])


def with_others(actor2: Actor | None, others: list[Actor], actor1: Actor | None
                 ) -> Actor | None:
    """actor2 with the others on its list as associated actors; none of them the one who
    acted (X acting on X is a misreading), the next on the list standing in for actor2."""
    keep = [a for a in [actor2, *others] if a is not None and (
        actor1 is None or a.name != actor1.name)]
    if actor2 is None or not keep:
        return None
    return replace(keep[0], associated=tuple(keep[1:]))


def partners_of(sent: Doc, a1: ActorMention, acted_upon: tuple[ActorMention, ...],
                mentions: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """Who acted together with ``a1`` ("troops and police raided the village": the police), the
    others on its list; none of them acted upon. Not for the two sides of a symmetric verb
    ("X and Y met"), which the roles split."""
    hit = [(a.start, a.end) for a in acted_upon]
    return tuple(a for a in list_of(sent, a1, mentions, lambda a: (a.start, a.end) not in hit
                                    and a.name != a1.name, lambda _: None) if a is not a1)


def with_partners(actor1: Actor | None, partners: list[Actor], actor2: Actor | None
                  ) -> Actor | None:
    """actor1 with who acted together with it as associated actors (ACLED's assoc_actor_1),
    each once, none of them actor1's or actor2's own name."""
    if actor1 is None:
        return None
    seen = {actor1.name, *((actor2.name,) if actor2 is not None else ())}
    keep = []
    for p in partners:
        if p.name not in seen:
            seen.add(p.name)
            keep.append(p)
    return replace(actor1, associated=tuple(keep)) if keep else actor1


@dataclass(frozen=True, slots=True)
class Lists:
    """What the lists of a sentence add to an event's two roles."""

    actor2: ActorMention | None               # the first or most specific of its list
    others: tuple[ActorMention, ...]          # the rest of its list, and the people harmed after
    partners: tuple[ActorMention, ...]        # who acted together with actor1


def lists_of(sent: Doc, trigger: Token | None, a1: ActorMention | None,
             a2: ActorMention | None, mentions: tuple[ActorMention, ...], *,
             named: Callable[[ActorMention], bool],
             unnamed: Callable[[Token], ActorMention | None],
             is_harm: Callable[[Token], bool]) -> Lists:
    """actor2's list ("killed a teacher, two farmers and a police officer"), the people a
    further harm names ("..., and wounded three civilians") and actor1's partners ("troops
    and police raided ..."): ``named`` tells a listed group, ``unnamed`` makes the mention of a
    list's people no word list names, ``is_harm`` tells a clause of harm."""
    def victim(a: ActorMention) -> bool:
        return a1 is None or (a.name != a1.name and not overlaps((a.start, a.end),
                                                                 [(a1.start, a1.end)]))
    listed = list_of(sent, a2, mentions, victim, unnamed) if a2 is not None else ()
    a2 = most_specific(listed, named) if listed else a2
    if listed and trigger is not None:
        listed += tuple(h for h in harmed_after(verb_of(trigger), mentions, is_harm)
                        if all(h is not o for o in listed) and victim(h)
                        and not COUNT_ONLY.fullmatch(h.text))   # "injuring dozens": of them
    partners = partners_of(sent, a1, listed or ((a2,) if a2 else ()), mentions) if (
        a1 is not None and trigger is not None and verb_of(trigger).lower_ not in SYMMETRIC
    ) else ()
    return Lists(a2, tuple(a for a in listed if a is not a2), partners)

"""Who was in or at what was hit: the people a vehicle carried and the forces that held a post.

An attack on "a bus carrying soldiers" or "a truck carrying members of X" is an attack on the
soldiers or on X (ACLED codes them as actor2, and MUC-4 names them as the victims), not on the
vehicle; "a checkpoint manned by police" names the police as the ones hit, whatever force a bare
checkpoint would stand for. :func:`with_carried` rewrites a sentence's actor mentions so that
the people carried and the forces named as holding a place stand where the vehicle or the place
stood; :func:`carried_spans` tells the roles where they are, so that they are never read as the
one who acted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actor_mentions import ActorMention, overlaps
from ..nlp import token_at, tokens_within
from .parties import is_part, is_party
from .phrases import HOW_MANY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["carried_spans", "crowd_of", "with_carried"]

# Vehicles that carry people (singular and plural as written).
_VEHICLE = (r"(?:(?:mini)?bus(?:es)?|coach(?:es)?|cars?|trucks?|lorr(?:y|ies)|vans?|pickups?|"
            r"vehicles?|convoys?|boats?|ships?|ferr(?:y|ies)|planes?|aircraft|helicopters?|"
            r"trains?|ambulances?|jeeps?|taxis?|motorcades?|canoes?|tractors?|minivans?)")
# "a bus carrying soldiers", "a boat packed with migrants": who is carried follows.
_CARRYING = re.compile(
    rf"\b(?P<what>{_VEHICLE})\s+(?:carrying|transporting|ferrying|shuttling|conveying|"
    r"evacuating|full\s+of|packed\s+with|crammed\s+with|filled\s+with|laden\s+with)\s+",
    re.IGNORECASE)
# "a van with six miners on board": who is carried stands between "with" and "on board".
_ON_BOARD = re.compile(rf"\b(?P<what>{_VEHICLE})\s+with\s+(?=[^,.;]{{1,60}}?\s+(?:on\s+board|"
                       r"aboard)\b)", re.IGNORECASE)
# "a checkpoint manned by police", "a base held by the rebels": who holds the place follows.
_HELD_BY = re.compile(r"\b(?P<what>[a-z][\w-]*)\s+(?:manned|guarded|run|operated|staffed|held|"
                      r"controlled|defended|occupied|set\s+up|erected)\s+by\s+(?:the\s+)?",
                      re.IGNORECASE)
# "a house where peasant leaders were meeting", "a mosque in X where hundreds had taken
# refuge": who was in the place hit follows.
_WHERE = re.compile(r"\b(?P<what>[a-z][\w-]*)(?:\s+(?:in|near|on|at|outside)\s+(?:the\s+|a\s+)?"
                    r"[\w-]+(?:\s+[A-Z][\w-]*)?)?\s+where\s+", re.IGNORECASE)
# What says the people were in the place when it was hit ("were meeting", "had taken
# refuge", "lived"), unlike "the town where the minister was born".
_THERE = re.compile(r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+\w+ing\b|"
                    r"(?:had|have|has)\s+(?:taken|sought|found)\s+(?:refuge|shelter)|"
                    r"(?:live|lived|lives|gathered|sheltered|stayed|slept|prayed|worked|"
                    r"studied|worshipped|met)\b)", re.IGNORECASE)
# Words of a noun phrase naming who was carried ("two off-duty soldiers", "Shiite pilgrims").
_PHRASE_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class _Carried:
    what: tuple[int, int]          # the vehicle or place, as written
    who: ActorMention              # the people in it or holding it


def with_carried(sent: Doc, text: str, mentions: tuple[ActorMention, ...]
                 ) -> tuple[ActorMention, ...]:
    """``mentions`` with the people a vehicle carried (or the forces holding a place) in place
    of the vehicle's or place's own mention; a force named with the vehicle ("a police van
    transporting prisoners") keeps standing for it, as the one hit."""
    found = _carried(sent, text, mentions)
    if not found:
        return mentions
    out = list(mentions)
    for c in found:
        who = c.who
        for a in list(out):
            if not _stands_for_vehicle(text, a, c):
                continue
            if a.country is not None and who.country is None and _base(a.name) == _base(who.name):
                who = replace(who, country=a.country, name=a.name)
            out.remove(a)
        if not any(a.start == who.start and a.end == who.end for a in out):
            out = [a for a in out if not overlaps((a.start, a.end), [(who.start, who.end)])]
            out.append(who)
        else:
            out = [who if (a.start, a.end) == (who.start, who.end) else a for a in out]
        out = [_same_people(a, who) for a in out]
    return tuple(sorted(out, key=lambda a: a.start))


def _same_people(a: ActorMention, who: ActorMention) -> ActorMention:
    """People harmed whom the word lists could not name, called by the noun that named those
    carried ("a bus carrying police agents ..., killing four agents"): the same party."""
    if a is who or a.name != "Civilians" or who.name == "Civilians":
        return a
    if a.text.split()[-1].lower() != who.text.split()[-1].lower():
        return a
    return replace(a, name=who.name, inter=who.inter, country=who.country,
                   category=who.category)


def carried_spans(sent: Doc, text: str, mentions: tuple[ActorMention, ...]
                  ) -> list[tuple[int, int]]:
    """Character ranges of the people carried and the forces holding a place hit: parties
    acted upon, never the one who acted."""
    return [(c.who.start, c.who.end) for c in _carried(sent, text, mentions)]


def _stands_for_vehicle(text: str, a: ActorMention, c: _Carried) -> bool:
    """Whether ``a`` is the vehicle's or place's own mention ("helicopter", "a checkpoint"), or
    a force word before it that names the same party as the people carried ("a military truck
    carrying soldiers")."""
    if a is c.who:
        return False
    if overlaps((a.start, a.end), [c.what]):
        return True
    before = text[a.end:c.what[0]]
    return before.strip() == "" and a.end <= c.what[0] and _base(a.name) == _base(c.who.name)


def _base(name: str) -> str:
    return name.split(" of ")[0].split(" (")[0]


def _carried(sent: Doc, text: str, mentions: tuple[ActorMention, ...]) -> list[_Carried]:
    out = []
    for pattern, m in _phrases(text):
        if pattern in (_HELD_BY, _WHERE) and not _a_place(
                sent, m.start("what"), m.end("what"), party_too=pattern is _WHERE):
            continue
        who = _who(sent, text, m.end(), mentions, new=pattern is not _HELD_BY)
        if pattern is _WHERE and who is not None and not _THERE.match(text, who.end):
            continue
        if who is not None:
            out.append(_Carried(m.span("what"), who))
    return out


# A word each pattern cannot match without (its letters have no other case-insensitive forms,
# so their absence from the lower-cased text is exact): most sentences skip the scans whose
# every word start the pattern tries.
_NEEDS = {_ON_BOARD: "board", _HELD_BY: "by", _WHERE: "where"}


@lru_cache(maxsize=64)
def _phrases(text: str) -> tuple[tuple[re.Pattern[str], re.Match[str]], ...]:
    """The matches of the carrying and holding patterns in ``text``, pattern by pattern: the
    same for both callers of :func:`_carried` on a sentence (each event's actors read them
    twice), so scanned once."""
    low = text.lower()
    return tuple((pattern, m) for pattern in (_CARRYING, _ON_BOARD, _HELD_BY, _WHERE)
                 if _NEEDS.get(pattern, "") in low for m in pattern.finditer(text))


def _a_place(sent: Doc, start: int, end: int, *, party_too: bool = False) -> bool:
    """A noun that is no party ("a checkpoint", "a base"): "a man held by police" is not;
    ``party_too``: a noun of an institution counts ("a church where ...")."""
    tok = token_at(sent, start)
    return tok is not None and tok.pos_ == "NOUN" and tok.idx + len(tok.text) == end and (
        party_too or not is_party(tok))


def _who(sent: Doc, text: str, at: int, mentions: tuple[ActorMention, ...], *, new: bool
         ) -> ActorMention | None:
    """The party whose phrase starts at ``at``: a mention there, else (``new``) the people the
    phrase names, as civilians ("nurses", "six miners") when the noun names a party."""
    span = _noun_phrase(sent, at)
    if span is None:
        return None
    hit = next((a for a in mentions if overlaps((a.start, a.end), [span])), None)
    if hit is not None and hit.start < span[0]:     # "Israeli helicopter carrying commandos"
        end = min(hit.end, span[1])                 # read as one: the people carried
        hit = replace(hit, start=span[0], end=end, text=text[span[0]:end])
    elif hit is not None and not any(a is not hit and overlaps((a.start, a.end), [span])
                                     for a in mentions):
        hit = replace(hit, start=span[0], end=max(hit.end, span[1]),   # "police agents",
                      text=text[span[0]:max(hit.end, span[1])])        # "peasant militiamen"
    if hit is not None or not new:
        return hit
    head = token_at(sent, span[1] - 1)
    if head is None or not is_party(head) or head.ent_type_ in ("GPE", "LOC", "FAC"):
        return None
    return ActorMention(span[0], span[1], text[span[0]:span[1]], "Civilians", 7, None,
                        "civilian")


def _noun_phrase(sent: Doc, at: int) -> tuple[int, int] | None:
    """The character range of the noun phrase starting at ``at`` (without a leading article),
    up to its last noun; "members of X" and "dozens of X" run on to X."""
    toks = tokens_within(sent, at)
    words: list[Token] = []
    for t in toks:
        if t.pos_ in _PHRASE_POS or (t.text == "-" and words) or _participle_before_noun(t):
            words.append(t)
            continue
        if t.lower_ == "of" and words and words[-1].pos_ in ("NOUN", "NUM", "PRON"):
            words.append(t)
            continue
        break
    while words and words[0].pos_ == "DET":
        words = words[1:]
    if len(words) > 2 and words[0].lower_ in HOW_MANY and words[1].lower_ == "of":
        words = words[2:]                           # "hundreds of Muslims": the Muslims
    while words and words[-1].pos_ not in ("NOUN", "PROPN"):
        words = words[:-1]
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _participle_before_noun(t: Token) -> bool:
    """"displaced" of "displaced people": a participle standing as an adjective."""
    return t.tag_ in ("VBN", "VBG") and t.i + 1 < len(t.doc) and t.nbor().pos_ in (
        "NOUN", "PROPN")


def crowd_of(trigger: Token, text: str, mentions: tuple[ActorMention, ...]
             ) -> ActorMention | None:
    """The crowd of a protest the word lists do not name, as the subject of its verb says
    ("hundreds of supporters of the cleric marched", "relatives of the missing protested"):
    protesters, when the subject names people and no party the lists know ("riot police")."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    head = subject
    if is_part(head):                               # "hundreds of supporters"
        head = next((t for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for t in c.children if t.dep_ == "pobj"), head)
    if not is_party(head) or head.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"):
        return None
    first = subject.left_edge
    first = first.nbor() if first.pos_ == "DET" and first.i < head.i else first
    start, end = first.idx, head.idx + len(head.text)
    if overlaps((start, end), [(a.start, a.end) for a in mentions]):
        return None
    return ActorMention(start, end, text[start:end], "Protesters", 6, None, "protester")

"""A fight between unarmed groups of people (MOB_VIOL), not a battle: "rival party supporters
fought with sticks and stones", "two groups of villagers clashed with sticks over a land
dispute", "members of two student unions clashed with iron rods"; and a mob's beating of
people, not an attack (:func:`mob_beating`): "stopped by about 30 men who beat them with
clubs".

ACLED keeps battles for organised armed groups and the state's forces; a brawl of party
workers, students, villagers or fans with sticks, stones or crude bombs is mob violence (a
riot), however many it kills. The learned model reads "clashed" and "fought" as a battle
whoever fights. This reading tells the brawl from the parse: a verb of fighting whose sides
(its subjects, the "with" or "between" of it) are groups of people by an ordinary name, none
named armed by the actor table nor a gang, cult or militia, and either sides that are
political, student or sports followers or a crude weapon that is no blade; no firearm in the
sentence. Sides that are communities, clans, castes, sects or ethnic groups brawl only with
crude weapons that are no blades ("residents of two castes clashed with stones"): ACLED codes
such clashes as riots, and keeps battles for communal militias, which fight with blades and guns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actor_mentions import find_actor_mentions
from ..nlp import text_of
from ..numbers import parse_number
from .agreements import dated_by_year

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of two sides fighting, as word forms (the pipeline runs no lemmatizer).
_FIGHT_VERBS = frozenset({"clashed", "clash", "clashing", "fought", "fight", "fighting",
                          "brawled", "scuffled"})
# Groups of people by an ordinary name, and of them the followers of a party, a union or a
# team, whose fights are brawls whatever they fight with.
_FOLLOWERS = frozenset({"supporters", "workers", "cadres", "activists", "students", "fans",
                        "loyalists", "followers", "partisans"})
_GROUPS = _FOLLOWERS | frozenset({
    "members", "villagers", "residents", "youths", "traders", "vendors", "neighbours", "neighbors",
    "worshippers", "devotees", "families", "groups", "people", "men"})
# Crude weapons of a brawl, of them the blades (a fight of villagers with machetes is as
# often a communal militia's battle: only followers' fights with blades are brawls), and
# words of firearms (a gunfight is no brawl).
_CRUDE = re.compile(r"\b(?:sticks?|stones?|rocks?|bricks?|machetes?|clubs?|(?:iron )?rods?|"
                    r"knives|knife|bottles?|batons?|axes?|swords?|spears?|bamboo|cudgels?|"
                    r"crude bombs?|hockey sticks?|bats?|sharp weapons?|fists?)\b", re.IGNORECASE)
_BLADES = re.compile(r"\b(?:machetes?|knives|knife|axes?|swords?|spears?|sharp weapons?|"
                     r"daggers?|arrows?|bows?)\b", re.IGNORECASE)
# Words of a side that is an organised armed group by its name (gangs, cults and militias
# fight battles whatever they fight with), and of one that is a community, a clan, a tribe, a
# sect or a caste (with nationalities and ethnic groups, by their entity label).
_ARMED_GROUPS = frozenset({"cult", "cults", "gangs", "gang", "militias", "militia", "states"})
_COMMUNAL = frozenset({"communities", "community", "clans", "clan", "clansmen", "tribes",
                       "tribe", "tribesmen", "ethnic", "sects", "sect", "castes", "caste"})
_FIREARMS = re.compile(r"\b(?:guns?|gunfire|gunmen|rifles?|pistols?|firearms?|bullets?|shots|"
                       r"shot|opened fire|gunshots?|ak-47s?|automatic weapons?)\b", re.IGNORECASE)


def brawl(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells unarmed groups of people fighting each other (see
    the module docstring), as done and not as history."""
    text = text_of(sent)
    if _FIREARMS.search(text):
        return False
    crude, blades = bool(_CRUDE.search(text)), bool(_BLADES.search(text))
    armed = [a for a in find_actor_mentions(text) if a.armed]
    for verb in sent:
        if verb.lower_ not in _FIGHT_VERBS or verb.pos_ != "VERB" or not realis(verb) \
                or dated_by_year(verb):
            continue
        heads, conjuncts = _sides(verb)
        sides = heads + conjuncts
        if not heads or any(_named_armed(s, armed) or _named_in(s, _ARMED_GROUPS)
                            for s in sides):
            continue
        if any(_communal(s) for s in sides):
            if crude and not blades:
                return True
            continue
        # one side by a group noun is enough: the parse may split a side's name into more
        names = {_group_word(s) for s in heads} - {None}
        followers = bool(names & _FOLLOWERS)
        if names and (followers or (crude and not blades)):
            return True
    return False


def _sides(verb: Token) -> tuple[list[Token], list[Token]]:
    """The sides named by their heads (the verb's subjects, the objects of its "with" or
    "between"; a verb hung on a noun with no subject of its own, "youths from two villages
    fought", has that noun's top for subject), and the conjuncts beside them ("workers of
    the ruling party and the opposition")."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    if not heads and verb.dep_ == "conj":      # "... pelted each other and clashed with sticks"
        heads = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not heads and verb.dep_ == "acl":
        top = verb.head
        while top.dep_ == "pobj" and top.head.head.pos_ in ("NOUN", "PROPN"):
            top = top.head.head
        heads = [top]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
              for o in p.children if o.dep_ == "pobj" and not _weapon(o)]
    conjuncts = [c for h in heads for c in h.children if c.dep_ == "conj" and not _weapon(c)]
    return heads, conjuncts


def _group_word(side: Token) -> str | None:
    """The group noun a side is named by ("rival party supporters", "members of two student
    unions", "youths from two villages"), or None for any other side."""
    return side.lower_ if side.lower_ in _GROUPS else None


def _weapon(tok: Token) -> bool:
    """ "sticks", "bamboo sticks", "crude bombs": a crude weapon by its noun, or by its
    noun and modifiers."""
    phrase = text_of(tok.doc)[tok.left_edge.idx:tok.idx + len(tok)]
    return bool(_CRUDE.fullmatch(tok.text) or _CRUDE.fullmatch(phrase))


def _communal(side: Token) -> bool:
    """The side's phrase names a community, clan, tribe, sect or caste, or a nationality or
    ethnic group ("Hema and Lendu villagers", "members of the Masalit and Arab communities")."""
    return _named_in(side, _COMMUNAL) or any(t.ent_type_ == "NORP" for t in side.subtree)


def _named_in(side: Token, words: frozenset[str]) -> bool:
    """The side's phrase holds one of ``words`` ("members of two rival cult groups")."""
    return any(t.lower_ in words for t in side.subtree)


def _named_armed(side: Token, armed: list) -> bool:
    """The side's phrase holds an actor the table calls armed (rebels, police, a militia)."""
    start, end = side.left_edge.idx, side.right_edge.idx + len(side.right_edge)
    return any(a.start < end and start < a.end for a in armed)


# Verbs of a beating, as word forms: a crowd's blows, not an armed group's attack.
_BEATING = frozenset({"beat", "beaten", "beating", "lynched", "lynch", "thrashed", "clubbed",
                      "stoned", "assaulted", "attacked", "pummelled", "pummeled", "kicked"})
# A crowd by its noun, and the size a group named by a number must reach to be one (a mob, not
# a gang of a few men): set by reasoning, ten being the usual count of a crowd in reports.
_MOBS = frozenset({"mob", "mobs", "crowd", "crowds", "throng"})
MOB_SIZE = 10


def mob_beating(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells a crowd beating people: a verb of beating done by
    a mob or crowd, or by a group of people by an ordinary name at least :data:`MOB_SIZE`
    strong ("about 30 men who beat them"), with crude weapons that are no blades or none
    named, no firearm in the sentence and no party the actor table calls armed."""
    text = text_of(sent)
    if _FIREARMS.search(text) or _BLADES.search(text):
        return False
    armed = [a for a in find_actor_mentions(text) if a.armed]
    for verb in sent:
        if verb.lower_ not in _BEATING or verb.pos_ != "VERB" or not realis(verb) \
                or dated_by_year(verb):
            continue
        if any(_crowd(doer) and not _named_armed(doer, armed) for doer in _doers(verb)):
            return True
    return False


def _doers(verb: Token) -> list[Token]:
    """Who did the verb: its subject, the antecedent of a relative subject ("30 men who beat
    them"), the "by" agent of its passive, or for a verb coordinated with no subject of its
    own, its first verb's ("men who dragged them out and beat them")."""
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            out.append(verb.head if c.lower_ in ("who", "that") and verb.dep_ == "relcl" else c)
        elif c.dep_ == "agent":
            out.extend(o for o in c.children if o.dep_ == "pobj")
    if not out and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _doers(verb.head)
    return out


def _crowd(noun: Token) -> bool:
    """A mob or crowd ("a mob of villagers"), or a group noun counted at least
    :data:`MOB_SIZE` ("about 30 men", "dozens of youths")."""
    if noun.lower_ in _MOBS or any(o.lower_ in _MOBS for o in _of_head(noun)):
        return True
    if noun.lower_ not in _GROUPS and not any(o.lower_ in _GROUPS for o in _of_head(noun)):
        return False
    counts = [t for t in noun.subtree if t.dep_ in ("nummod", "quantmod") or t.like_num
              or t.lower_ in ("dozens", "scores", "hundreds")]
    return any((parse_number(t.text) or 0) >= MOB_SIZE for t in counts)


def _of_head(noun: Token) -> list[Token]:
    """The nouns of a group's "of" ("a mob of villagers": villagers)."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]

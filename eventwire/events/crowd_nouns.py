"""Who a crowd is: whether a gathering's subject names a crowd or a group of people ("hundreds
of residents", "protesters", "2,000 farmers", "the union", "Georgians", "commuters").

The actor table's protesters, civilians and rioters, a count of people or a group, a nation's
people, and any plural whose singular ends as an agent noun ends ("-er", "-or", "-ist", "-ian":
"commuters", "swimmers", "campaigners", "cyclists", "shopkeepers"), as people are named by
what they do, that the party nouns (``actors/parties.py``) do not call a thing and the actor
table does not call armed. Those last are :data:`AGENTS`: a crowd only where it protests,
gathers or holds a protest by name, and marches or rallies only with a demand, as such plurals
also name teams, officials and markets' movers ("the players rallied in the second half",
"exporters rallied", "lawmakers walked out protesting the budget"). (The party nouns' persons
are not read as crowds: candidates holding rallies, mercenaries beginning a march, inmates.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actor_mentions import find_actor_mentions
from ..actors.parties import thing_nouns
from ..lexicon import actor_categories

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a crowd or a group of people beside the actor table's protesters and civilians.
_GROUPS = frozenset({
    "supporters", "family", "families", "persons", "fishermen", "followers", "backers",
    "members", "relatives", "citizens", "employees", "staff", "miners", "nurses", "tenants",
    "parents", "opponents", "lawyers", "veterans", "pensioners", "retirees", "union", "unions",
    "drivers", "vendors", "youth", "others", "participants"})
# Nouns of a number or a group, whose "of" says of whom ("hundreds of residents").
QUANTITIES = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions",
                        "crowd", "crowds", "group", "groups", "number", "lot", "handful",
                        "many"})
# Quantities that are a crowd only with "of" and whom ("a number of traders").
_OF_WHOM = frozenset({"number", "lot", "handful"})
# Actor categories (``actors_categories.tsv``) whose nouns are people who can gather.
_PEOPLE_CATEGORIES = frozenset({"protester", "civilian", "rioter"})
# The kind of crowd an agent noun names (see the module docstring).
AGENTS = "agents"
# Endings of English agent nouns, singular ("commuter", "cyclist", "librarian"); and the
# shortest stem before one that makes a word of its own ("user", not "per").
_AGENT_ENDINGS = ("er", "or", "ist", "ian")
_MIN_STEM = 3


def crowd(subjects: list[Token]) -> str | None:
    """What the first subject that is a crowd or a group of people is ("protester", "people",
    :data:`AGENTS`), or None: a count of people, a people noun, a nation's people, a plural of
    persons or of agents."""
    agents = False
    for tok in (t for s in subjects for t in (s, *_also(s))):
        member = _members(tok)
        category = _category(member.lower_)
        if category is not None:
            if category in _PEOPLE_CATEGORIES:
                return category
            continue                        # "thousands of fighters", "police"
        if member.i == tok.i and member.lower_ in _OF_WHOM:
            continue                        # "the world number three": a rank, no crowd
        if (member.lower_ in _GROUPS or member.lower_ in QUANTITIES or member.like_num
                or (member.i != tok.i and member.pos_ in ("NOUN", "PROPN"))
                or (member.ent_type_ == "NORP" and member.lower_.endswith("s"))):
            return "people"                 # "hundreds of cyclists", "Georgians"
        agents = agents or _agents(member)
    return AGENTS if agents else None


def _agents(noun: Token) -> bool:
    """A plural common noun whose singular ends as an agent noun ends ("commuters",
    "swimmers", "campaigners", "cyclists"), not one the party nouns list as a thing."""
    word = noun.lower_
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or not word.endswith("s"):
        return False                        # (an entity type on a common plural is the
                                            # recognizer's slip: "Commuters" as an ORG)
    singular = word[:-1]
    if not singular.replace("-", "").isalpha() or singular in thing_nouns():
        return False
    return any(singular.endswith(e) and len(singular) - len(e) >= _MIN_STEM
               for e in _AGENT_ENDINGS) and not any(
        m.armed for m in find_actor_mentions(noun.text))     # "snipers", "raiders"


def _also(tok: Token) -> list[Token]:
    """The subject's coordinated nouns and appositions ("relatives and supporters"; "LONDON -
    hundreds of nurses" parsed as an apposition of the dateline)."""
    return [c for c in tok.children if c.dep_ in ("conj", "appos")]


def _members(tok: Token) -> Token:
    """Who a number or a group is of: "tens of thousands of farmers" -> farmers."""
    for _ in range(4):
        if tok.lower_ not in QUANTITIES:
            break
        of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
        if not of:
            break
        tok = of[0]
    return tok


def _category(word: str) -> str | None:
    """The actor table's category of a noun ("protester", "civilian", "state"), or None."""
    return next((c for c, p in _actor_patterns() if p.fullmatch(word)), None)


@lru_cache(maxsize=1)
def _actor_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((t.category, t.pattern) for t in actor_categories())

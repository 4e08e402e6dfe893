"""Names whose kind in the tables makes them places where the recognizer would doubt them:
landmarks and airports after a preposition of place, waters and land forms that spaCy tags as
people or things, and regions before the word of their unit ("Unity state"). Read by
:mod:`.recognize`."""

from __future__ import annotations

import re

from .facilities import AIRPORT_FEATURE, speaks_of_flying
from .gazetteer import LANDMARK_FEATURES, PHYSICAL_FEATURES, Gazetteer

# A preposition of place before a landmark's name: streets and squares are "on", "off" or
# "along" as often as "in" or "at".
_LANDMARK_BEFORE = re.compile(r"\b(?:in|at|on|off|along|near|outside|inside|into|across|"
                              r"around|from|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"\b(?:on|off|in|into|across|along|near|at|from|over|of)\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# An administrative unit's word in lower case after a name ("Unity state", "Kherson region",
# "the Var department"); capitalised, it opens another name ("Ohio State", "Unity State
# Bank").
_UNIT_AFTER = re.compile(r"(?:['’]s)?[ ]+(?:state|province|region|governorate|oblast|"
                         r"prefecture|county|district|department|parish)\b")
_OF_AFTER = re.compile(r"[ ]+of\b")


def after_landmark_preposition(text: str, start: int) -> bool:
    """A preposition of place a landmark takes stands before ``start`` ("off the", "in")."""
    return bool(_LANDMARK_BEFORE.search(text[max(0, start - 30):start]))


def landmark(gaz: Gazetteer, name: str) -> bool:
    """Every place of the name is a landmark of the project's table (a street, a square, a
    monument: :data:`.gazetteer.LANDMARK_FEATURES`), and the name is no single plain word."""
    found = gaz.lookup(name)
    return (bool(found) and all(gaz.feature[i] in LANDMARK_FEATURES for i in found)
            and any(c in name for c in " -"))


def airport(gaz: Gazetteer, name: str, text: str) -> bool:
    """Every place of the name is an airport, and the text speaks of flying."""
    found = gaz.lookup(name)
    return (bool(found) and all(gaz.feature[i] == AIRPORT_FEATURE for i in found)
            and speaks_of_flying(text))


def unit_named(gaz: Gazetteer, text: str, name: str, end: int, word: bool) -> bool:
    """A unit's word follows the name ending at ``end``, which the gazetteer knows as a first-
    or second-level region; after a name that is also a word (``word``), not in a phrase
    ("a Unity state of mind"). Capitalised, the word is part of the name the tables know
    ("Unity State": see :func:`.strength.strong`)."""
    after = _UNIT_AFTER.match(text, end)
    if after is None or (word and _OF_AFTER.match(text, after.end())):
        return False
    return any(gaz.feature[i] in ("ADM1", "ADM2") for i in gaz.lookup(name))


def physical_after_preposition(gaz: Gazetteer, text: str, name: str, start: int) -> bool:
    """An island's, a river's or a sea's name after a preposition of place ("on Java", "in
    the Volga", "off Borneo"): spaCy's small model tags such lone names as people."""
    return bool(_PLACE_PREPOSITION.search(text[max(0, start - 12):start])) and any(
        gaz.feature[i] in PHYSICAL_FEATURES for i in gaz.lookup(name))


def physical_with_article(gaz: Gazetteer, text: str, name: str, start: int) -> bool:
    """A name that is only a water's or a land form's in the tables after "the" ("crossed the
    Dnieper", "through the Bosphorus", "before the Brenner Pass"): spaCy tags such names
    alone as people, products or works, and no person's name takes an article."""
    ids = gaz.lookup(name)
    return (bool(ids) and all(gaz.feature[i] in PHYSICAL_FEATURES for i in ids)
            and bool(_ARTICLE_BEFORE.search(text, max(0, start - 5), start)))

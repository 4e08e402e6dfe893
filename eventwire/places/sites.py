"""A place name that modifies a noun: "the Paris attacks" names a past event, "at the Garissa
cattle market" and "struck a Kampala taxi park" name a site in the town. Read by
:mod:`.locate`.
"""

from __future__ import annotations

import re

from ..records import Place
from .capitals import names_a_capital

_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([a-z]+)\b")
# Words after a name that make it an area, not a thing it names ("the Raqqa area").
_AREA_WORDS = frozenset({"area", "areas", "region", "province", "city", "town", "countryside",
                         "border", "borders", "outskirts", "suburbs", "district", "districts",
                         "governorate", "valley", "basin",
                         # a war's front named by its place ("fought on the Marib front")
                         "front", "fronts", "frontline", "frontlines"})
# A sea's name takes the article itself: before a word that modifies nothing ("in the Gulf of
# Aden on Tuesday", "the Red Sea and the Gulf"), it is a place, not a modifier. Not before
# "in" or "near", which place its thing ashore ("a terminal across the Gulf of Aden in
# Djibouti").
_WATERS = re.compile(r"\b(?:Sea|Ocean|Gulf|Bay|Strait|Straits|Channel)\b")
_NO_NOUN = frozenset({"on", "at", "off", "to", "for", "from", "by", "with",
                      "and", "or", "but", "after", "before", "since", "during", "where",
                      "when", "which", "that", "as", "late", "early", "last", "this",
                      "was", "were", "is", "are", "has", "had", "have"})
# A preposition of place and "the" before a name, and a place of a town's after it: "at the
# Garissa cattle market", "outside the Kabul central prison" are in the town named.
_AT_THE = re.compile(r"\b(?:at|in|near|outside|inside|on|into)[ ]+the[ ]+$", re.IGNORECASE)
_FACILITY_AHEAD = re.compile(
    r"(?:[ ]+[\w-]+){0,2}?[ ]+(?:market|marketplace|bazaar|school|mosque|church|hospital|camp|"
    r"base|hotel|station|airport|prison|jail|bridge|stadium|checkpoint|square|mall|port|"
    r"harbou?r|university|terminal|taxi[ ]+park|bus[ ]+park)s?\b", re.IGNORECASE)
# An article right before a name ("a Kampala taxi park", "the Kabul airport").
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)[ ]+$", re.IGNORECASE)


def names_a_noun(text: str, p: Place) -> bool:
    """A name used as a noun modifier ("the Paris attacks", a past event), not "the Raqqa
    area", nor a place of the town after a preposition of place ("at the Garissa cattle
    market")."""
    before = text[max(0, p.span[0] - 5):p.span[0]]
    after = _NEXT_WORD.match(text, p.span[1])
    if _AT_THE.search(text[max(0, p.span[0] - 12):p.span[0]]) and _FACILITY_AHEAD.match(
            text, p.span[1]):
        return False
    return (before.lower().endswith("the ") and after is not None
            and not names_a_capital(p.text)         # "in the Afghan capital on Friday"
            and after.group(1) not in _AREA_WORDS
            and not (_WATERS.search(p.text) and after.group(1) in _NO_NOUN))


def a_site_in(text: str, p: Place) -> bool:
    """A town named as the town of a site, after an article ("a suicide bomber struck a
    Kampala taxi park", "gunmen stormed the Kabul airport"): where the act of its clause
    happened, whatever place another clause is in ("funerals were held across Uganda")."""
    return (p.geo_precision != 3
            and _ARTICLE_BEFORE.search(text, max(0, p.span[0] - 4), p.span[0]) is not None
            and _FACILITY_AHEAD.match(text, p.span[1]) is not None)

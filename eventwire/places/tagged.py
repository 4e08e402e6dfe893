"""Town names spaCy tags as organisations ("Penticton police", "a Lethbridge jail", "Jane Roe,
26, of Kalamazoo"): the text's own cues make them places again. A name an organisation entity
covers whole is most often a company, a team, a government or a person's name ("Toyota",
"Smith's car", "Moscow said"), so such a name is kept only with a cue: a locative before it
("in X", not "in the X summit" nor "in a X"), a region after it ("X, Ky."), a civic noun or a person
after it (places.local: "X police", "X residents", "a X woman"), a person's residence ("Jane
Roe, 26, of X") or a dateline ("X —", "X, Ky. (AP) --", the name in capitals); never with a
possessive ("at X's": a shop or a person), nor when the name goes on ("at X University").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .gazetteer import COUNTRY_FEATURES, Gazetteer
from .local import civic
from .recognize import Mention

# "Jane Roe, 26, of X", "Jane Roe of X,": where a person lives.
_RESIDENCE_BEFORE = re.compile(r"(?:,[ ]+(?:aged[ ]+)?\d{1,3},[ ]+of|[A-Z][\w'’-]+[ ]+of)[ ]+$")
_RESIDENCE_AFTER = re.compile(r"[ ]*[,.;]")
# A dateline: the name in capitals, maybe a region and an agency, then a dash and a sentence.
_DATELINE_AFTER = re.compile(r"(?:,[ ]*[A-Z][\w.]*\.?)?[ ]*(?:\([^()\n]{1,30}\)[ ]*)?"
                             r"(?:—|–|--?)[ ]*[A-Z\"“]")
_REGION_AFTER = re.compile(r",[ ]*([A-Z][\w]*(?:[ ][A-Z][\w]*)?\.?)")
_ARTICLE_BEFORE = re.compile(r"\b(?i:the|a|an)[ ]+$")
# The name goes on: "McGill University", "Cubo-futurist".
_GOES_ON = re.compile(r"[ ]+[A-Z]|-[a-z]")


def cued_place(gaz: Gazetteer, text: str, start: int, end: int,
               locative: Callable[[str, int], bool]) -> bool:
    """The text makes the name at ``start:end`` a place (see the module docstring);
    ``locative``: a preposition of place stands before ``start``."""
    name = text[start:end]
    if text[end:end + 2] in ("'s", "’s") or _GOES_ON.match(text, end):
        return False
    if civic(text, Mention(start, end, name, "ORG", False)):
        return True
    if _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
        return False
    acronym = name.isupper() and len(name) <= 4          # "in SEC football"
    if (locative(text, start) and not acronym) or _region_after(gaz, text, end):
        return True
    if _RESIDENCE_BEFORE.search(text, max(0, start - 30), start) and _RESIDENCE_AFTER.match(
            text, end):
        return True
    return opens_dateline(text, start, end)


def opens_dateline(text: str, start: int, end: int) -> bool:
    """The name at ``start:end``, in capitals, opens a dateline ("SPRINGVALE —", "SPRINGVALE,
    Ky. (AP) --"): at the start of the text, of a line or of a sentence."""
    name, before = text[start:end], text[max(0, start - 3):start].rstrip(" ")
    return (name.isupper() and len(name) > 2 and (not before or before[-1] in ".!?\n\"”")
            and bool(_DATELINE_AFTER.match(text, end)))


def _region_after(gaz: Gazetteer, text: str, end: int) -> bool:
    """A first-level region or a country after a comma ("X, Ky.", "X, Manitoba")."""
    m = _REGION_AFTER.match(text, end)
    return m is not None and any(gaz.feature[i] == "ADM1" or gaz.feature[i] in COUNTRY_FEATURES
                                 for i in gaz.lookup(m.group(1)))

"""The entries a mention may name, before the document's evidence chooses among them (see
:mod:`.resolve`): its name's, a possessive dropped, a feature word's namesake ("Hamilton
Township", "Fars Province"), else the longest place inside a longer name (:mod:`.inner`)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .cues import REGION_TAIL
from .gazetteer import Gazetteer
from .inner import inner_name, named
from .names import normalize, skeleton
from .recognize import Mention

# Words after a name that make it a feature the gazetteer lacks; the river or the town of the
# same name stands in for it (a township's seat usually bears its name; a town, its river's).
_GENERIC_TAIL = re.compile(r"\s+(?:Township|Twp\.?|River|Creek|Station)$", re.IGNORECASE)
# A loose match's own name spells the name found when their skeletons are this alike
# (difflib's ratio): transliterations score 0.55-1 ("Kiev", Kyiv City 0.55; "Hodeidah", Al
# Hudaydah 0.86), coincidences of an alternate name far less ("Wynwood", Kansas City 0.12).
# Set by those examples; the dev sets gain 3 mentions (LGL) and lose none at 0.5.
LOOSE_SPELLING_RATIO = 0.5
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def candidates(gaz: Gazetteer, m: Mention) -> tuple[tuple[int, ...], bool]:
    """Candidate entries of a mention, and whether they came from the loose key; for a name
    the gazetteer does not know, those of the longest place name inside it ("Dubai World
    Cup": Dubai; see :mod:`.inner`)."""
    ids, loose = own_candidates(gaz, m)
    if ids or m.demonym:
        return ids, loose
    found = inner_name(gaz, m.text)
    return (named(gaz, m.text[found[0]:found[1]]), False) if found else ((), False)


def own_candidates(gaz: Gazetteer, m: Mention) -> tuple[tuple[int, ...], bool]:
    if m.demonym:
        i = gaz.demonym(m.text)
        return ((i,) if i is not None else ()), False
    text = name_of(gaz, m.text)
    ids = gaz.lookup(text)
    if ids:
        return ids, False
    ids = loose_senses(gaz, text)
    if ids:
        return ids, True
    base = _GENERIC_TAIL.sub("", text)
    if base != text:            # "Hamilton Township", "Neches River": the town of that name
        key = normalize(base)
        ids = tuple(i for i in gaz.lookup_key(key) if normalize(gaz.name[i]) == key
                    and (not gaz.is_area(i) or gaz.feature[i] == "STM"))
        return ids, bool(ids)
    base = REGION_TAIL.sub("", text)
    if base != text:            # "Fars Province": the region of that name, else what bears it
        ids = gaz.lookup(base) or gaz.lookup_loose(base)
        regions = tuple(i for i in ids if gaz.feature[i] in ("ADM1", "ADM2"))
        return regions or ids, bool(ids)
    return (), False


def spelled_loosely(gaz: Gazetteer, m: Mention) -> bool:
    """The mention's senses come from the transliteration skeleton alone (a weak reading)."""
    if m.demonym:
        return False
    text = name_of(gaz, m.text)
    return not gaz.lookup(text) and bool(loose_senses(gaz, text))


def loose_senses(gaz: Gazetteer, text: str) -> tuple[int, ...]:
    """The entries whose transliteration skeleton matches ``text``, less those whose own name
    spells another name (a skeleton shared only with a town's alternate name by coincidence:
    "Wynwood", a Miami district, and an alias of Kansas City; but "Hodeidah" is Al Hudaydah)."""
    skel = skeleton(text)
    return tuple(i for i in gaz.lookup_loose(text) if gaz.is_area(i) or SequenceMatcher(
        None, skel, skeleton(gaz.name[i])).ratio() >= LOOSE_SPELLING_RATIO)


def name_of(gaz: Gazetteer, text: str) -> str:
    """The place name of a mention: a possessive dropped ("Virginia's" is Virginia, not Las
    Virginias) unless the gazetteer bears the name with it ("St. Mary's")."""
    base = _POSSESSIVE.sub("", text)
    if base == text or not gaz.lookup(base):
        return text
    key = normalize(text)
    return text if any(normalize(gaz.name[i]) == key for i in gaz.lookup(text)) else base

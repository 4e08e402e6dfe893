"""The people a document names, whose names are then no places: full names, surnames and
first names of person entities (see :mod:`.recognize`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..records import Entity
from .gazetteer import Gazetteer
from .names import normalize

# Words after a surname that are no part of it ("George Bush Jr").
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def person_words(entities: Sequence[Entity], gaz: Gazetteer,
                 place_labels: frozenset[str]) -> frozenset[str]:
    """Names of people in the document, whole and by surname ("John Ripley", "Ripley"): from
    person entities of two or three words, less names the document tags as places more often
    than it tags them as people ("Rock Hill"). A full name counts as a person tag of its
    surname too: "Ann Peoria" then "Peoria's church" (tagged a place) is one person, not a
    town of the same name. A person span may keep the possessive ("Jane Holland's"): its key
    is the name, unless the name is a place's ("Sierra Leone's", "Kent County's" read as
    people). ``place_labels``: the labels of spaCy's place entities."""
    out = set()
    tags: Counter = Counter()
    for e in entities:
        name = unpossessed(e.text)
        if name != e.text and gaz.lookup(name):
            name = e.text
        words = [w for w in name.split() if w.rstrip(".").lower() not in SUFFIXES]
        if e.label == "PERSON" and 1 < len(words) <= 3:
            out.add(normalize(" ".join(words)))
            out.add(normalize(words[-1]))
            tags[(normalize(words[-1]), True)] += 1
        if e.label == "PERSON" or e.label in place_labels:
            tags[(normalize(name), e.label == "PERSON")] += 1
    return frozenset(n for n in out if tags[(n, True)] + 1 > tags[(n, False)])


def given_names(entities: Sequence[Entity], gaz: Gazetteer) -> frozenset[str]:
    """First names of people the document also names by surname alone ("Lincoln Ripley" ...
    "Ripley said": "Lincoln"), the surname no English word (spaCy tags "Huntsville Fire" and
    "Drive" as people) and the whole no place's name ("Abu Dhabi"). Weaker than
    person_words: they keep no name spaCy tags as a place from being one ("the storm reached
    Sydney", then "Sydney Mensah"), only the gazetteer's matches inside a person's name or
    tagged as a person ("Vladimir Putin", "a friend of Vladimir")."""
    # Imported here: eventwire.casing imports this package.
    from ..casing import load_table

    people = [unpossessed(e.text) for e in entities if e.label == "PERSON"]
    if not people:
        return frozenset()
    lower = load_table().lower
    alone = {normalize(n) for n in people if " " not in n.strip() and n.lower() not in lower}
    out = set()
    for name in people if alone else ():
        words = [w for w in name.split() if w.rstrip(".").lower() not in SUFFIXES]
        if (1 < len(words) <= 3 and normalize(words[-1]) in alone
                and not gaz.lookup(" ".join(words))):
            out.add(normalize(words[0]))
    return frozenset(out)


# A name used alone as a person's: speaking ("said Victoria", "Chad continues", "according to
# Jordan"), with kin or a self ("Chad's mother", "Florence herself"), or with an age
# ("India, 22,").
_SPEECH = (r"said|says|told|added|wrote|asked|explained|recalled|replied|continued|continues|"
           r"noted|notes|laughed|smiled|admitted|agreed|insisted")
_KIN = (r"father|mother|dad|mum|mom|parents|family|husband|wife|son|daughter|brother|sister|"
        r"grandmother|grandfather|boyfriend|girlfriend|coach|teammates?|friends?")
_PERSON_BEFORE = re.compile(rf"\b(?:(?:{_SPEECH})|[Aa]ccording[ ]+to)[ ]+$")
_PERSON_AFTER = re.compile(rf"[ ]+(?:{_SPEECH}|herself|himself)\b|['’]s[ ]+(?:{_KIN})\b"
                           r"|,[ ]+\d{1,2},")
_NAME_GOES_ON = re.compile(r"[ ]+[A-Z]")        # "Georgia Lane", "Georgia Tech"


def first_names(text: str, entities: Sequence[Entity], gaz: Gazetteer,
                made_a_place: Callable[[str, int, int], bool]) -> frozenset[str]:
    """First names of the document's people ("Georgia Lane") that the text then uses alone
    as the person's ("said Georgia", "Georgia's coach") and never alone as a place
    (``made_a_place``: "in Georgia", "Georgia, Ky."; a possessive aside: "since Georgia's
    win"): the person, wherever the name stands alone, even a country's or a state's
    name ("Georgia said" alone may be its government)."""
    firsts = {}
    for e in entities:
        words = unpossessed(e.text).split()
        if (e.label == "PERSON" and 1 < len(words) <= 3 and words[0].isalpha()
                and words[0][0].isupper() and gaz.lookup(words[0])
                and not gaz.lookup(" ".join(words))):
            firsts[words[0]] = normalize(words[0])
    if not firsts:
        return frozenset()
    alone = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, firsts)) + r")(?![\w-])")
    marked, placed = set(), set()
    for m in alone.finditer(text):
        a, b = m.span()
        if _NAME_GOES_ON.match(text, b):
            continue
        if _PERSON_AFTER.match(text, b) or _PERSON_BEFORE.search(text, max(0, a - 20), a):
            marked.add(m.group())
        elif text[b:b + 1] not in ("'", "’") and made_a_place(text, a, b):
            placed.add(m.group())
    return frozenset(firsts[w] for w in marked - placed)


# Kin named after their relation, as obituaries and family stories name them ("survived by
# his wife, Tonya", "and husband, Jerome", "her daughters, Malia and Sasha", "his wife of 40
# years, Ann"): people, not the towns of their names.
_KIN_NOUN = (r"(?:wife|husband|son|daughter|brother|sister|mother|father|grandson|"
             r"granddaughter|stepson|stepdaughter|fianc[eé]e?|widow|widower)s?")
_KIN_NAMES = re.compile(
    rf"\b(?i:{_KIN_NOUN})(?:[ ]+of[ ]+\d+[ ]+years)?,[ ]+"
    r"([A-Z][a-z'’-]+(?:[ ]+and[ ]+[A-Z][a-z'’-]+(?=[,.;:]))?)(?=[,.;:]|[ ]+and\b)")
_NAME_IN_LIST = re.compile(r"[A-Z][a-z'’-]+")


def kin_names(text: str, strong: Callable[[str], bool]) -> frozenset[str]:
    """Names the text gives right after a kin noun and a comma ("his wife, Tonya; her
    daughters, Malia and Sasha"), unless ``strong`` says the name is a place on its own
    (a country's, a big region's: "his son, Jordan" is still a person there, but one such
    name must not unmake the country for the whole document)."""
    out = set()
    for m in _KIN_NAMES.finditer(text):
        for name in _NAME_IN_LIST.findall(m.group(1)):
            if not strong(name):
                out.add(normalize(name))
    return frozenset(out)


def unpossessed(name: str) -> str:
    """A name without a trailing possessive ("Jane Holland's" -> "Jane Holland")."""
    return name[:-2] if name.endswith(("'s", "’s")) else name

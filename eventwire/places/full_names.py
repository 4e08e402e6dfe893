"""A place's name opening a person's full name: "Chelsea Clinton", "actress Ireland Baldwin",
"Georgia May Jagger" (which spaCy splits into a place and a date), "India Walton" (a place
and a person), "Jordan Peterson ... will speak in Jordan" (only the second is the country).

The capitalised words after the place's name (one or two, ending the run of capitals: the
rest) make the whole a person's full name when

* the rest's last word is name-like (the casing table knows it only capitalised, or not at
  all: "Sweeney", "Walton"; no plural: "Celtics"), and the place's name is a given name too
  (:mod:`.given_names`: "Georgia", "India"; not "Pakistan Imran Khan supporters") or spaCy
  tags the whole a person's ("Kingston Rossdale"); or
* the text says a person, whatever the last word (an English word: "Bloom", "Manning"): a
  title or a role before ("actress"), a role, an age or "who" after, speaking of itself as
  he or she ("Orlando Bloom said he"), at this mention or where the full name stands again,
  or the surname alone elsewhere used as a person's ("Barris said", tagged a person alone).

After a preposition of place ("in Chicago Trapani produced", "in Kenya Ruto's
supporters") only the name's own title, role, age or "who" does. Never when a word of the
rest is a place's, an institution's or a body's ("Jordan Valley", "Sydney Harbour", "Georgia
Gwinnett College", "Orlando Police", "Minnesota National Guard", "the Washington Post",
"Kenya Airways"), a day or a month as last word ("in Austin Monday"), a demonym, a strong
place or a part of the first place ("Lagos Ikeja", "Jordan Amman"), an abbreviation or a
title ("Madison Twp.", "Georgia Gov. Brian Kemp"), an organisation or a people spaCy tags
alone ("Gaza Hamas officials"); nor after "the" ("the Paris Hilton"), nor when the run of
capitals goes on ("Orlando Police Chief John Mina", "Alexandria Commonwealth's Attorney"),
nor for a dateline in capitals ("WASHINGTON Barack Obama") or an abbreviated state
("Harrisburg, Pa. Smith said").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..dates.recognize import MONTHS, WEEKDAYS
from ..records import Entity
from .gazetteer import COUNTRY_FEATURES, Gazetteer
from .given_names import is_given_name
from .institutions import institution_word
from .names import normalize
from .people import after_title, near, role_follows, speaks_as_person, titled, used_as_person
from .strength import strong

# One or two capitalised words after the place's name, a middle initial allowed ("Georgia
# May Jagger", "China Anne McClain", "Paris J. Okafor"), each a word with an inner capital,
# an apostrophe or a hyphen at most ("McClain", "O'Neill", "Saint-Germain").
_NAME_WORD = r"(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
_REST = re.compile(rf"[ ]((?:[A-Z]\.[ ])?{_NAME_WORD})(?:[ ]({_NAME_WORD}))?"
                   r"(?=['’]s\b|[^\w'’-]|$)")
# ... and the run of capitals ends there, a possessive aside ("Orlando Police Chief John
# Mina", "Alexandria Commonwealth's Attorney" go on).
_GOES_ON = re.compile(r"(?:['’]s)?[ ]+(?:[A-Z]|&)")
_INITIAL = re.compile(r"[A-Z]\.")
# An abbreviation with its full stop, no vowel in it ("Twp.", "Hwy.", "Pkwy."); a title's
# is read as a title ("Georgia Gov. Brian Kemp").
_ABBREVIATION = re.compile(r"[^aeiouAEIOU]+")
_THE_BEFORE = re.compile(r"\b(?i:the)[ ]+$")
_PLACE_BEFORE = re.compile(r"\b(?i:in|at|near|outside|from|into|across|throughout|around|"
                           r"toward|towards|of)[ ]+$")
# A person's attribute right after the name: an age, a relative clause about someone
# ("Phoenix Tran, 34,", "Austin Butler, who played").
_ATTRIBUTE_AFTER = re.compile(r"(?:['’]s)?,?[ ]+(?:\d{1,3},|who\b|whose\b)|,[ ]+\d{1,3}[,.]")


def opens_full_name(text: str, start: int, end: int, gaz: Gazetteer,
                    over: Callable[[int, int], Sequence[Entity]]) -> bool:
    """The place name at ``start:end`` is the first name of a person's full name (see the
    module); ``over``: spaCy's entities over a span."""
    first_name = text[start:end]
    rest = _REST.match(text, end)
    if (rest is None or _GOES_ON.match(text, rest.end()) or first_name.isupper()
            or first_name.endswith(".") or _THE_BEFORE.search(text, max(0, start - 5), start)):
        return False
    words = [w for part in rest.groups() if part for w in part.split()
             if not _INITIAL.fullmatch(w)]
    last, first = words[-1], gaz.lookup(first_name)
    if (gaz.lookup(text[start:rest.start(1) + len(rest.group(1))])
            or any(_ends_another_name(gaz, w, first) for w in {*words, " ".join(words)})
            or last.lower() in MONTHS
            or (text.startswith(".", rest.end()) and (
                _ABBREVIATION.fullmatch(last) or titled(text, rest.end() + 2)))):
        return False
    tags = over(start, rest.end())
    if any(e.label in ("ORG", "NORP") and e.start >= rest.start(1) for e in tags):
        return False                    # "Gaza Hamas officials": an organisation after a place
    if _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return _own_signs(text, start, rest.end())
    full = text[start:rest.end()]
    if any(_own_signs(text, a, a + len(full)) or speaks_as_person(text, a + len(full))
           for a in _each(text, full)) or _used_alone(text, start, rest.end(), last, over):
        return True                     # here or where the full name stands again
    whole = any(e.label == "PERSON" and e.start <= start and e.end >= rest.end() for e in tags)
    return _name_like(last) and (whole or is_given_name(first_name))


def _own_signs(text: str, start: int, end: int) -> bool:
    """A title or a role before the name at ``start:end``, a role, an age or "who" after."""
    return (titled(text, start) or after_title(text, start) or role_follows(text, end)
            or bool(_ATTRIBUTE_AFTER.match(text, end)))


def _each(text: str, name: str) -> list[int]:
    """Where ``name`` stands as a whole name in ``text``."""
    return [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text)]


def _ends_another_name(gaz: Gazetteer, word: str, first: Sequence[int]) -> bool:
    """``word`` makes the whole a place's, an institution's, a day's or a people's name, or
    is a strong place or a part of the first word's main reading (its best prior: a place
    in that country or region, or near that town, people.NEAR_PLACE_KM: "Jordan Amman",
    "Lagos Ikeja", "Tokyo Shinjuku")."""
    from .recognize import GEO_WORDS         # .recognize reads this module
    if (GEO_WORDS.fullmatch(word) or any(map(institution_word, word.split()))
            or word.lower() in WEEKDAYS or gaz.demonym(word) is not None):
        return True
    ids = [j for j in gaz.lookup(word) if normalize(gaz.name[j]) == normalize(word)]
    if strong(gaz, ids, word):
        return True
    if not first or not ids:
        return False
    main = first[0]
    if gaz.feature[main] in COUNTRY_FEATURES:
        return any(gaz.country[j] == gaz.country[main] for j in ids)
    if gaz.feature[main] == "ADM1":
        return any(gaz.admin1[j] == gaz.admin1[main] for j in ids)
    return any(near(gaz, main, j) for j in ids)


def _name_like(word: str) -> bool:
    """A surname by its casing: known only capitalised or not at all, no plural."""
    from ..casing import unknown_name        # eventwire.casing imports this package
    bare = word.split("’")[-1].split("'")[-1]
    return (all(unknown_name(part) for part in bare.split("-"))
            and not (word.endswith("s") and not word.endswith("ss")))


def _used_alone(text: str, start: int, end: int, surname: str,
                over: Callable[[int, int], Sequence[Entity]]) -> bool:
    """The surname stands alone elsewhere in the text as a person's: speaking, with kin or
    an age (people.used_as_person), or tagged a person alone ("Kenya Barris ... Barris
    said")."""
    alone = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
    # Not the full name again ("Greer Station" ... "Greer Station"), nor "the Marine".
    prior = text[start:end - len(surname)].split()[-1]
    before = re.compile(rf"(?:\b{re.escape(prior)}|\b(?i:the))[ ]+$")
    for m in alone.finditer(text):
        a, b = m.span()
        if start <= a < end or before.search(text, max(0, a - 40), a):
            continue
        if used_as_person(text, b) or any(e.label == "PERSON" and (e.start, e.end) == (a, b)
                                          for e in over(a, b)):
            return True
    return False


def place_tagged_a_person(e: Entity) -> bool:
    """spaCy tags a name a person's whose last word ends a place's ("Sydney Harbour", "Sydney
    Airport", "Victoria Falls"; recognize.GEO_WORDS): its small model does so for two-word
    names it does not know, and no one is named so. Such a tag blocks nothing."""
    from .recognize import GEO_WORDS         # .recognize reads this module
    words = e.text.split()
    return e.label == "PERSON" and len(words) > 1 and bool(GEO_WORDS.fullmatch(words[-1]))

"""Names that hold a place's name but name something else: a church's saint ("the chapel of
St. Anne"), a mountain or a glacier ("Mount Lincoln", "the Hamilton Glacier"), a direction
("the South of France", "207 South Main St.") that regions abroad are named for, a street
("London Road", "Pennsylvania Avenue", "Syria Street"), a vehicle
model ("a red Dodge Durango", "a Hyundai Tucson"), a people's language, breed or dish ("she
speaks French", "a German shepherd", "Italian food")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

# A saint a building is named after ("the chapel of St. Anne and St. Luke", "St. Brigid's
# Cathedral"): a dedication, not the towns named after the saint.
SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|San|Santa|Sainte)\s")
_DEDICATED_BEFORE = re.compile(
    r"\b(?i:church|cathedral|chapel|basilica|monastery|abbey|parish|convent|shrine|mosque)\s+"
    r"of\s+(?:the\s+)?(?:(?:St\.?|Saint|Ste\.?)\s+[A-Z][\w'’-]*\s+(?:and|&)\s+)?$")
_DEDICATED_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:and|&)\s+(?:St\.?|Saint|Ste\.?)\s+[A-Z][\w'’-]*(?:['’]s)?)?"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:church|cathedral|chapel|basilica|monastery|abbey|"
    r"parish|convent|shrine)\b")
# Mountains and ice are named after people and places far off ("Mount Lincoln", "the Hamilton
# Glacier"): a town's name in such a feature's name, the whole unknown, is not the town. Not
# "Summit" (the "Riyadh Summit" meets in Riyadh) nor "Col" ("Kabul Col. Ahmed said").
# The words for a mountain or hill that open names in the languages news transliterates
# (Jebel, Gunung, Bukit, Cerro...) count as "Mount" does: "Bukit X" is a hill or the village
# on it, not a town named X abroad.
_PEAK_BEFORE = re.compile(r"\b(?:Mount|Mt\.?|Mont|Monte|Mountain|Jebel|Jabal|Djebel|Gunung|"
                          r"Bukit|Cerro|Pico)[ ]+$")
_PEAK_AFTER = re.compile(r"[ ]+(?:Glacier|Icefield|Ice[ ]+Shelf|Saddle|Peak|Massif|Range|Ridge|"
                         r"Spur|Couloir|Icefall)\b")


def names_a_peak(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is part of a mountain's or glacier's name ("Mount Lincoln",
    "Hamilton Glacier")."""
    return bool(_PEAK_BEFORE.search(text, max(0, start - 12), start)
                or _PEAK_AFTER.match(text, end))


# Words that close a street's name: a place's name before one is the street's ("London Road"
# in Leicester, "Syria Street" in Tripoli), not the place. "St." only where no capitalised
# word follows ("Main St.", not "Kansas St. Louis"); not "Highway" nor "Route": a road named
# after the towns it joins runs through them.
STREET_WORDS = r"(?:Street|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.?|Drive|Lane|Parkway)"
_STREET_AFTER = re.compile(rf"[ ]+(?:{STREET_WORDS}|St\.?(?![.\w])(?![ ]+[A-Z]))(?!\w)")
# "the Kabul-Jalalabad Road": a road between two towns, named for both.
_JOINED_BEFORE = re.compile(r"\w[-–][ ]?$")


# "Otter Tail County Road 80": a county's (or a parish's) own road, in it.
_UNIT_ROAD = re.compile(r"\b(?:County|Parish|Township|Borough)$")


def street_end(text: str, start: int, end: int) -> int | None:
    """Where the street's name that the name at ``start:end`` opens ends ("London Road",
    "Pennsylvania Avenue"), or None: not a street's, or the towns a road joins ("the
    Kabul-Jalalabad Road"), or a county's own road ("Douglas County Road 4")."""
    found = _STREET_AFTER.match(text, end)
    if (found is None or _JOINED_BEFORE.search(text, max(0, start - 3), start)
            or _UNIT_ROAD.search(text, start, end)):
        return None
    return found.end()


def names_a_street(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` opens a street's name (see :func:`street_end`)."""
    return street_end(text, start, end) is not None


def dedication(text: str, start: int, end: int) -> bool:
    """The saint's name at ``start:end`` names a church ("the chapel of St. Anne", "St.
    Brigid's Cathedral")."""
    if not SAINT.match(text, start, end):
        return False
    return bool(_DEDICATED_BEFORE.search(text[max(0, start - 60):start])
                or _DEDICATED_AFTER.match(text, end))


# Names made only of compass words: regions called "West" or "Northwest", Rwanda's "Southern
# Province", Israel's "Southern District". Read bare, they are directions or parts
# of other names ("Far North Queensland", "the Southern District of Ohio") far more often.
_COMPASS_ONLY = re.compile(
    r"(?i:(?:far|upper|lower)[ ]+)?(?i:(?:north|south)[ -]?(?:east|west)|north|south|east|west|"
    r"central)(?i:ern)?(?:[ ]+(?:Province|District|Region|Division))?")
_TOWNS_AND_FIRST_LEVELS = ("PPL", "ADM")


def names_a_direction(gaz: Gazetteer, text: str, name: str) -> bool:
    """``name`` is made only of compass words, the tables know it only as towns and regions
    (not as a region across borders: "Midwest", "Far East"), and ``text`` names none of the
    regions' countries ("Rwanda" for its Southern Province): a direction, not a place."""
    if not _COMPASS_ONLY.fullmatch(name):
        return False
    ids = gaz.lookup(name)
    if not ids or any(not gaz.feature[i].startswith(_TOWNS_AND_FIRST_LEVELS) for i in ids):
        return False
    # The regions' countries only: a hamlet called "West" does not make "the West" Texan.
    names = {gaz.country_name(gaz.country[i]) for i in ids
             if gaz.country[i] and gaz.feature[i] == "ADM1"}
    return not any(n and n in text for n in names)


# Car makes whose models are named after places ("Dodge Durango", "Chevrolet Tahoe", "Hyundai
# Santa Fe", "Toyota Tacoma"). Makes that are common words or names of their own ("Lincoln",
# "Mercury", "Saturn", "Jaguar") are left out: "Lincoln" before a town is too often the town.
_MAKE_BEFORE = re.compile(
    r"\b(?:Acura|Audi|BMW|Buick|Cadillac|Chevrolet|Chevy|Chrysler|Dodge|Fiat|Ford|GMC|Honda|"
    r"Hummer|Hyundai|Infiniti|Isuzu|Jeep|Kia|Lexus|Mazda|Mercedes(?:-Benz)?|Mitsubishi|Nissan|"
    r"Oldsmobile|Peugeot|Plymouth|Pontiac|Porsche|Renault|Saab|Subaru|Suzuki|Toyota|"
    r"Volkswagen|VW|Volvo)[ ]+$")


# ... but a make's works are where they stand ("the BMW Munich plant", "Ford Dagenham works").
_WORKS_AFTER = re.compile(r"[ ]+(?i:plant|factory|works|assembly|site|headquarters|"
                          r"dealership|operations?)\b")


def names_a_vehicle(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` follows a car make: a model ("Dodge Durango"), not a place,
    unless the make's works are meant ("the Toyota Georgetown plant")."""
    return (bool(_MAKE_BEFORE.search(text, max(0, start - 16), start))
            and not _WORKS_AFTER.match(text, end))


# A people's name used for its language, or for a breed or a dish ("she speaks French", "in
# English and Spanish", "English language learners", "a French bulldog", "Italian food"): no
# place. Not "French troops", "in French Guiana", "the French government".
_SPEECH_BEFORE = re.compile(
    r"\b(?i:speaks?|spoke|spoken|speaking|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|"
    r"stud(?:y|ies|ied|ying)|fluent|translated[ ]+(?:in)?to|translations?[ ]+(?:in)?to|"
    r"subtitled[ ]+in|dubbed[ ]+in|written[ ]+in|published[ ]+in|(?:aired|airing|broadcast)"
    r"[ ]+in|in[ ]+(?:both[ ]+)?(?:[A-Z][a-z]+[ ]+(?:and|or))?|in)(?:[ ]+only)?[ ]+$")
_LANGUAGE_AFTER = re.compile(
    r"(?:[ ]+|-)(?i:language|languages|speakers?|speaking|translation|translator|interpreter|"
    r"immersion|lessons?|classes|class|courses?|subtitles|dictionary|grammar|food|cuisine|"
    r"restaurants?|dishes|fries|toast|dressing|bulldog|shepherd|spaniel|poodle|terrier|"
    r"mastiff|setter|pointer)\b")
# What may follow a language named after "in": a sentence's end, a list, a lower-case word.
_LANGUAGE_END = re.compile(r"(?:[ ]*[,.;:)!?\"”]|[ ]+(?:and|or|with|to|as|but|on|at|for|across|"
                           r"in|from|by|during|after|before|since)\b|$)")


def names_a_language(text: str, start: int, end: int) -> bool:
    """The people's name at ``start:end`` stands for its language, a breed or a dish (see
    above), not for the place."""
    if _LANGUAGE_AFTER.match(text, end):
        return True
    return bool(_SPEECH_BEFORE.search(text, max(0, start - 40), start)
                and _LANGUAGE_END.match(text, end))

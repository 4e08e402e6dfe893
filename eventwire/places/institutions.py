"""Place names that open the name of an institution: a school, a hospital, a club, a firm, a
newspaper ("Lincoln High School", "St. Mary's Hospital", "the Washington Post").

Such a name names the institution, not a place where something happened: Lincoln High School
may stand in any town, Columbia University is in New York, the Washington Post reports from
everywhere. What a coder says, and what is kept as a place here:

* a newspaper ("the Houston Chronicle"): never the place (a source), but its premises are
  ("outside the Washington Post building"); an airline only when a country's ("Kenya
  Airways"; "American Airlines" flies anywhere);
* never when the place name is only part of a longer proper name: a first name or another
  name before it ("the Charles Dayton Center", "George Washington High School"), a
  landform's word after it ("Jordan Valley Medical Center"), or a saint's possessive ("St.
  Mary's Hospital"); a water's or a land form's name of the tables likewise ("Hudson River
  Museum"), unless the document names the place on its own;
* a country, a big region, a county or a demonym gives its own institutions its name
  ("Kentucky Medical Center", "Laurel County Detention Center", "Texas Southern
  University", "the Russian Museum"): the place, but not a venue's ("the Victoria Club");
* a school, a college, a hospital, a centre, a club, a hotel, a firm named after a town: the
  town only when the document also names it on its own ("a gunman at Goose Creek High
  School ... parents in Goose Creek") or in the names of two institutions or more, or names
  a place in the same first-level region as a town of that name (local news: "Hartford
  Hospital" in a story that names Connecticut), or the town is a city of a million ("Kabul
  University": a coder places an attack on it in Kabul); with another name word between
  ("the Washington Latin School"), only when the document names the town on its own;
* the town's own bodies are the town's, as before: "Springfield Police Department", "Kenema
  Government Hospital", "the Oakland School District", "Harris County Jail", "Boston's
  Children's Hospital", "the Bremen Lions Club" (a word of jurisdiction before or after the
  institution's kind: district, county, city, government, general, regional, state, public
  ...; or of its people's life: police, fire, historical, civic, recreation, education; a
  service club's chapter; a possessive); so is an institution "in" a place ("Jackson
  Memorial Hospital in Miami"), which stands for it there.

The geo dev corpora's gold marks many town names inside local institutions' names as places,
so end-to-end accuracy there drops a little while precision rises (see the README).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from .gazetteer import COUNTRY_FEATURES, PHYSICAL_FEATURES
from .names import normalize, skeleton
from .namesakes import SAINT
from .strength import CUED_CITY_POPULATION, MEGACITY_POPULATION, strong

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .recognize import Mention

M = TypeVar("M", bound="Mention")

# Newspapers' title words: "the Houston Chronicle", "the Boston Globe".
# Right after the name only ("the Tarrant County Medical Examiner" is an office).
_OUTLETS = (r"Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Examiner|Courier|Observer|"
            r"Telegraph|Inquirer|Dispatch|Enquirer|Globe|Bee|Star|Sun-Times|Star-Tribune|"
            r"Free[ ]+Press|Daily[ ]+News")
# Airlines: a town's or a people's flies anywhere; a country's is its national carrier.
_AIRLINES = r"Airlines|Airways|Air[ ]+Lines"
# Firms: named after a town, they stand in it no more than its schools do.
_FIRMS = (r"Bank|Company|Co\.|Corporation|Corp\.|Inc\.?|Ltd\.?|LLC|Group|Holdings|Motors|"
          r"Industries|Insurance")
# Institutions that stand somewhere, whatever they are named after.
_FACILITIES = (r"Schools?|Academy|College|University|Seminary|Institute|Polytechnic|Hospital|"
               r"Clinic|Cent(?:er|re)|Church|Chapel|Temple|Mosque|Synagogue|Museum|Gallery|"
               r"Foundation|Association|Society|Legion|Fund|Trust|Orchestra|Symphony|Players|"
               r"Organi[sz]ation|Federation|Alliance")
# Venues, named for their glamour as often as for their place: a big region's name on one is
# no region's own ("the Victoria Club", "the Georgia Hotel").
_VENUES = r"Club|Hotel|Motel|Inn|Mall|Apartments|Stadium|Arena|Theat(?:er|re)"
# Words between the name and the institution that make the institution the place's own body.
_JURISDICTION = (r"Government|District|General|Regional|County|City|Municipal|Provincial|"
                 r"Public|State|Town|Area|Parish|Borough|Metropolitan|Unified|Independent|"
                 # ... or its people's: police, history, civic life, schooling, leisure
                 r"Police|Fire|Sheriff['’]s|Enforcement|Correctional|Historical|Heritage|"
                 r"Genealogy|Genealogical|Civic|Citizens|Recreation|Education|"
                 # ... or its chapter of a service club
                 r"Lions|Rotary|Kiwanis|Optimist|Elks|Jaycees")
# Other words a name of an institution holds between the place and its kind.
_MODIFIERS = (r"Central|High|Middle|Elementary|Primary|Secondary|Junior|Senior|Grammar|Charter|"
              r"Community|Memorial|Medical|Children['’]s|Women['’]s|Veterans|Teaching|"
              r"Technical|Technological|Polytechnic|Military|Naval|Christian|Catholic|Baptist|"
              r"Methodist|Lutheran|Presbyterian|Episcopal|Islamic|Jewish|International|"
              r"National|Country|Golf|Yacht|Tennis|Athletic|Sports|Cultural|Convention|"
              r"Conference|Health|Cancer|Heart|Eye|Psychiatric|Rehabilitation|Nursing|Research|"
              r"Maternity|"
              r"Science|Sciences|Art|Arts|Law|Business|Film|Day|Youth|Detention|Shopping|Trade|"
              r"Grand|Royal|University|Union|Family|Aquatic")
_WORD = r"[ ]+"
_KIND_AFTER = re.compile(
    rf"(?P<between>(?:['’]s)?(?:{_WORD}[A-Z][\w'’.-]*){{0,3}}?){_WORD}"
    rf"(?:(?P<outlet>{_OUTLETS})|(?P<airline>{_AIRLINES})|(?P<venue>{_VENUES})|{_FIRMS}|"
    rf"{_FACILITIES})(?![\w-])")
# ... or after it: "the Oakland School District", "the Camden Hospital Authority".
_BODY_AFTER = re.compile(r"[ ]+(?:District|Districts|Board|Division|System|Authority|Department|"
                         r"Police|Committee|Commission|Council|Trustees)(?![\w-])")
# A newspaper's premises stand in its town: "outside the Washington Post building".
_PREMISES_AFTER = re.compile(r"['’]?s?[ ]+(?:building|buildings|offices?|headquarters|newsroom|"
                             r"premises)\b")
# "Jackson Memorial Hospital in Miami": the institution's place is given; the name stands for
# it there (cues.settle_within).
_CONTAINER_AFTER = re.compile(r"[ ]+in[ ]+(?:the[ ]+)?[A-Z]")
_JURISDICTION_WORD = re.compile(rf"(?:{_JURISDICTION})\b")
# Any word of the lists above: a word of an institution's or a body's name.
_INSTITUTION_WORD = re.compile(
    rf"(?:{_OUTLETS}|{_AIRLINES}|{_FIRMS}|{_FACILITIES}|{_VENUES}|{_JURISDICTION}|"
    rf"{_MODIFIERS}|District|Districts|Board|Division|System|Authority|Department|Committee|"
    r"Commission|Council|Trustees|Court)")
_MODIFIER_WORD = re.compile(rf"(?:{_MODIFIERS})\b")
# A name word or an initial right before the place name ("Charles Dayton", "Stephen F.
# Austin"); an article or a preposition written with a capital is none.
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*\.?)[ ]+$")
# ... nor a compass word or a title of a region's part ("Eastern Kentucky University", "the
# State Hermitage Museum").
_NO_NAMES = frozenset({"The", "A", "An", "At", "In", "On", "Of", "For", "From", "To", "By",
                       "Near", "Outside", "Inside", "And", "But", "Or", "If", "When", "As",
                       "North", "South", "East", "West", "Northeast", "Northwest", "Southeast",
                       "Southwest", "Northern", "Southern", "Eastern", "Western", "Central",
                       "Upper", "Lower", "Greater", "State", "National", "Royal"})
_NAME_AFTER = re.compile(r"[ ]+[A-Z]")
_SENTENCE_END = re.compile(r"(?:^|[.!?\"“\n])[ ]*$")
# Big towns whose institutions a coder places in the town ("Kabul University"): cities of
# strength.MEGACITY_POPULATION up. Not every capital: Georgetown University is not in Guyana,
# nor the Victoria Club in the Seychelles.


class Kind(Enum):
    """What the institution after a place name makes of the name."""

    SOURCE = "source"        # a newspaper: never the place
    CARRIER = "carrier"      # an airline: a country's only ("Kenya Airways")
    PART = "part"            # part of a longer proper name ("Charles Dayton", "Jordan Valley")
    LONGER = "longer"        # another name word before the institution ("Texas Southern")
    NAMED = "named"          # named after the place ("Lincoln High School")
    VENUE = "venue"          # a venue named after the place ("the Camden Hotel")


def institution_after(text: str, start: int, end: int) -> Kind | None:
    """What the name at ``start:end`` opens, if it opens an institution's name; None when it
    does not, or when the institution is the place's own body ("Springfield Police", "Kenema
    Government Hospital", "Boston's Children's Hospital")."""
    m = _KIND_AFTER.match(text, end)
    if m is None or _BODY_AFTER.match(text, m.end()) or _CONTAINER_AFTER.match(text, m.end()):
        return None
    between = m.group("between")
    possessive = between.startswith(("'s", "’s"))
    saint = SAINT.match(text, start)
    if possessive and not (saint and saint.group().startswith(("St", "Saint"))):
        return None                     # the place's own ("San Antonio's"; not "St. Mary's")
    if m.group("outlet"):
        if between.strip() or _PREMISES_AFTER.match(text, m.end()):
            return None                 # "the Washington Post building" stands in its town
        return Kind.SOURCE
    if m.group("airline"):
        return Kind.CARRIER
    words = between.replace("'s", " ").replace("’s", " ").split()
    if any(_JURISDICTION_WORD.fullmatch(w) for w in words):
        return None
    # Imported here: .recognize reads this module.
    from .recognize import GEO_WORDS
    if possessive or _name_before(text, start) or GEO_WORDS.search(between):
        return Kind.PART
    if any(not _MODIFIER_WORD.fullmatch(w) for w in words):
        return Kind.LONGER
    return Kind.VENUE if m.group("venue") else Kind.NAMED


def institution_word(word: str) -> bool:
    """``word`` is one of an institution's or a body's name ("College", "Police", "Post",
    "Airways", "Authority", "National", "Court"): a name holding it is no person's (see
    :mod:`.full_names`)."""
    return bool(_INSTITUTION_WORD.fullmatch(word))


def _name_before(text: str, start: int) -> bool:
    """A first name, an initial or another name word stands right before ``start``, not a
    sentence's first word."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1) in _NO_NAMES:
        return False
    if re.fullmatch(r"[A-Z]\.", m.group(1)):
        return True                     # an initial
    return not _SENTENCE_END.search(text, max(0, m.start() - 4), m.start())


def kept_outside_institutions(text: str, mentions: Sequence[M], gaz: Gazetteer,
                              weak: Sequence[M] = ()) -> list[M]:
    """``mentions`` less the place names that only name an institution (see the module
    docstring); ``weak``: names the recognizer keeps only with support, which support an
    institution's town where they stand alone ("Bremen residents", "the Aberdeen school
    board"; not "George Washington")."""
    kinds = [institution_after(text, m.start, m.end) for m in mentions]
    if not any(kinds):
        return list(mentions)
    alone = [m for m, k in zip(mentions, kinds) if k is None]
    names = {normalize(m.text) for m in alone} | {
        normalize(m.text) for m in weak if _stands_alone(text, m.start, m.end)}
    # A town that names several institutions is the story's town ("the Springfield Science
    # Museum ... the Springfield Bus Co."), not one school's name said again.
    institutions: dict[str, set[str]] = {}
    for m, k in zip(mentions, kinds):
        if k in (Kind.NAMED, Kind.LONGER, Kind.VENUE):
            institutions.setdefault(normalize(m.text), set()).add(_institution(text, m.end))
    names |= {key for key, named in institutions.items() if len(named) > 1}
    regions = {gaz.admin1[ids[0]] for m in alone if not m.demonym
               for ids in [gaz.lookup(m.text)] if ids and gaz.admin1[ids[0]]}
    return [m for m, k in zip(mentions, kinds)
            if k is None or _a_place(gaz, m, k, names, regions)]


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No name word before or after the name at ``start:end``, no institution after it."""
    return not (_name_before(text, start) or _NAME_AFTER.match(text, end)
                or institution_after(text, start, end))


def _institution(text: str, end: int) -> str:
    """The words that follow the place name inside an institution's name, as a key."""
    m = _KIND_AFTER.match(text, end)
    return normalize(m.group()) if m else ""


def _a_place(gaz: Gazetteer, m: M, kind: Kind, names: set[str], regions: set[str]) -> bool:
    """Whether the place name ``m`` that opens an institution of ``kind`` is kept; ``names``
    and ``regions``: the names and the first-level regions of the document's other places."""
    if kind in (Kind.SOURCE, Kind.PART):
        return False
    ids = gaz.lookup(m.text)
    if kind is Kind.CARRIER:
        return not m.demonym and any(gaz.feature[i] in COUNTRY_FEATURES for i in ids)
    # A water or a land form lends its name as an honour, no jurisdiction ("Jordan Valley
    # Medical Center", "Hudson River Museum"): only a country's or a region's makes it its own.
    own = [i for i in ids if gaz.feature[i] not in PHYSICAL_FEATURES]
    if kind is not Kind.VENUE and (m.demonym or strong(gaz, own, m.text)):
        return True
    key = normalize(m.text)
    if kind is Kind.LONGER:
        return key in names
    towns = [i for i in ids if gaz.feature[i].startswith("PPL") and (
        normalize(gaz.name[i]) == key or skeleton(gaz.name[i]) == skeleton(m.text))]
    # A town of a region the document names, and no hamlet of the name.
    return key in names or any(gaz.population[i] >= MEGACITY_POPULATION for i in towns) or any(
        gaz.admin1[i] in regions for i in towns if gaz.population[i] >= CUED_CITY_POPULATION)

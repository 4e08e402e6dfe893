"""Toponym recognition: spaCy's place entities, checked and completed by gazetteer matching.

spaCy's small model finds about 70-77% of the place names news gold data marks. The rest are
recovered here: demonyms ("Syrian"), place names opening organisation names ("Kentucky State
Police"), towns tagged as people ("Ein Issa"), and names in sentences the pipeline did not parse,
found by scanning capitalised words against the gazetteer and kept when the name is a strong
place (country, region, large city) or is used as a place ("in X", "X, Ky.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path

from ..records import Entity
from .gazetteer import COUNTRY_FEATURES, Gazetteer
from .clubs import area_words, club_word, leads_sport
from .diseases import names_a_disease
from .full_names import opens_full_name, place_tagged_a_person
from .institutions import kept_outside_institutions
from .kinds import (after_landmark_preposition, airport, landmark, physical_after_preposition,
                    physical_with_article, unit_named)
from .names import normalize
from .namesakes import (STREET_WORDS, dedication, names_a_direction, names_a_language,
                        names_a_peak, names_a_street, names_a_vehicle, street_end)
from .people import (after_title, aimed_at, attributed_people, described_as_person, first_names,
                     given_names, kin_names, marked_people, opens_person_name,
                     owned_by_person, person_words,
                     role_follows, speaks_as_person, speaks_for_self, titled)
from .strength import (CUED_CITY_POPULATION, MEGACITY_POPULATION, STRONG_CITY_POPULATION,
                       own_name_population, strong)
from .spans import Covered, Spans
from .things import names_a_thing

_STREET_END = re.compile(rf"[ ]{STREET_WORDS}$")     # "Aurora Lane", said a person's
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# Entities whose longer names may hold a place name as a part (a person's name does not:
# "Aleppo Mayor Ann X" is the mayor's city).
_NAMING_LABELS = (BLOCKING_LABELS | PLACE_LABELS) - {"PERSON"}
# Longest name looked up, in words ("Bosnia and Herzegovina", "Democratic Republic of Congo").
MAX_WORDS = 5
# A town opening or inside an organisation's name ("Huntsville Police Department") is kept from
# this population up (news gold data marks such names as places).
ORG_CITY_POPULATION = 10_000

# Words, dotted abbreviations ("U.S."), inner apostrophes ("O'Neill") but not a possessive;
# hyphenated names are matched as several words ("Paris-Henry County", "Ar-Raqqah").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:['’](?!s\b)\w+)*\.?")
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "da", "do", "dos", "das", "di",
                         "and", "upon", "on", "the", "al", "el", "ar", "as", "ad", "an", "ez",
                         "es"})
# A bearing: "north", "south-east", "northwest" (with "ern", the adjective of a part).
COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_LOCATIVE = re.compile(
    r"\b(?:in|near|at|outside|from|into|across|throughout|around|toward|towards|"
    r"(?:town|city|village|province|county|state|capital|suburb|outskirts)\s+of|"
    rf"{COMPASS}\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE)
# ... a word for a settlement before it, which tells that a name the tables lack is a town
# ("the village of Uikpam", tagged an organisation): not "the stronghold of" or "the camp of",
# which a group or a person may be.
_SETTLEMENT_OF = re.compile(r"\b(?:town|village)\s+of\s+$", re.IGNORECASE)
# What may stand between the words of one name: "Ar-Raqqah", "T&T", "Trinidad & Tobago".
_JOINERS = frozenset({" ", "-", "&", " & "})
_PLACE_NOUNS = (r"(?:town|city|village|province|region|district|area|suburb|neighbou?rhood|"
                r"camp|stronghold|bastion)")
# ... and their plurals ("two neighbourhoods of X", "the villages of X": parts of the place).
_PLACE_NOUNS_PLURAL = (r"(?:towns|cities|villages|provinces|regions|districts|areas|suburbs|"
                       r"neighbou?rhoods|camps|strongholds)")
PLACE_NOUN = re.compile(rf"\b(?:{_PLACE_NOUNS}|{_PLACE_NOUNS_PLURAL})\s+of\s+(?:the\s+)?$",
                         re.IGNORECASE)
# A preposition of place and a word of nearness before a name: "in nearby X", "to neighbouring
# X" say it is a place whatever spaCy tagged it (its small model tags a two-word town after
# them a person: "In neighbouring Dagestanskiye Ogni"); no person stands "in nearby" anything.
_NEARBY = re.compile(r"\b(?:in|at|into|to|from|near|toward|towards|across)\s+(?:the\s+)?"
                     r"(?:nearby|neighbou?ring|adjacent)\s+$", re.IGNORECASE)
# The people living in a place: "residents of X", "villagers of X" (no person or
# organisation has residents; :mod:`.referents` reads them too).
DWELLERS = r"(?:residents|inhabitants|villagers|townspeople|townsfolk)"
_DWELLERS_OF = re.compile(rf"\b{DWELLERS}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# An apposition that says what kind of place a name is: "X, the Lanao del Sur town held by
# the group", "X, a desert town in the north" (the place noun ends its phrase, with no
# preposition or pronoun before it: not "X, a city councillor", "X, the town's mayor", "X, a
# lobbyist for the city of Y", "X, an expert hired by the city"); not the end of a hyphenated
# name ("Clichy-sous-Bois, a suburb"). Such a town abroad, where nothing else of the document
# is, is none (cues.settle_abroad).
PLACE_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:for|by|of|in|at|to|with|from|on|and|or|who|which|that|the|"
    r"a|an|his|her|their|its)\b)[\w'’-]+\s+){0,4}?"
    rf"(?:{_PLACE_NOUNS}|port|capital)"
    r"(?=\s*(?:[,.;:)]|$|(?:held|controlled|in|on|near|where|which|that|of|north|south|east|"
    r"west)\b))", re.IGNORECASE)
# A demonym before a place noun names where the place is ("Scottish town", "a Kenyan
# border village"), not who someone is.
_BEFORE_PLACE_NOUN = re.compile(rf"(?:\s+[a-z]+)?\s+{_PLACE_NOUNS}s?\b", re.IGNORECASE)
# A word that is also a big city's name ("Nice", "Mobile") is the city right after "in" or "at"
# when no capitalised word follows (a title's "Attack in Nice"; not "in Central Park").
_CITY_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|near|outside)\s+$")
_NOUN_OF = re.compile(r"\b[a-z]{3,}\s+of\s+$")
# A big city spaCy tags as an organisation is the city after a place noun too ("the capital
# Antananarivo", "the port city Karachi"), as after "in" (see _judge_scanned).
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:capital|city|town|port)\s+$")
# ... and anywhere from strength.MEGACITY_POPULATION up: spaCy's small model tags cities of
# millions as organisations ("vaccinators would return to Peshawar and Karachi"), and an
# organisation named by such a city's name alone is rare (with "to" as a cue instead, a
# person named like a town of 100,000 came in, LGL end to end).
_ALONE = re.compile(r"(?:['’]s)?(?:$|[^\w\s]|\s+[a-z0-9])")
GEO_WORDS = re.compile(r"\b(?:River|Lake|Mountains?|Mount|Valley|Sea|Ocean|Gulf|Bay|Island|"
                        r"Islands|County|Parish|Province|Park|Desert|Strait|Peninsula|Canal|"
                        r"Creek|Township|Airport|Harbor|Harbour|Street|St\.|Road|Rd\.|Avenue|"
                        r"Ave\.|Highway|Boulevard|Blvd\.?|Drive|Lane|Parkway|Route|Interstate|"
                        r"Square|Plaza|Falls)(?!\w)")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words never taken as places on gazetteer evidence alone (data/places_stopwords.txt)."""
    path = Path(__file__).resolve().parent.parent / "data" / "places_stopwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    words = " ".join(line for line in lines if not line.startswith("#")).split()
    return frozenset(w.replace("_", " ") for w in words)


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognised place name, before resolution."""

    start: int
    end: int
    text: str
    source: str              # entity label it came from ("GPE", "ORG", ...) or "GAZ"
    demonym: bool = False
    # Found inside a longer name spaCy tags as an organisation, a work, a product or a place
    # the gazetteer lacks ("the Hamilton Boys gang", "Real Madrid", "Roanoke Park"): it may
    # name the place, or honour it.
    embedded: bool = False


def recognize(text: str, entities: Sequence[Entity], gaz: Gazetteer) -> list[Mention]:
    """Place mentions of a document, sorted by start, not overlapping.

    Two passes: first the names that are places on their own evidence (place entities known
    to the gazetteer, strong gazetteer names, cued names); then weaker matches — names inside
    organisation names, names tagged as people — kept when the document uses the same name as a
    place elsewhere or the name is a strong place.
    """
    entities = [e for e in entities if not place_tagged_a_person(e)]
    people = (person_words(entities, gaz, PLACE_LABELS) | marked_people(text, gaz)
              | first_names(text, entities, gaz, _made_a_place)
              | kin_names(text, lambda n: strong(gaz, gaz.lookup(n), n))
              | attributed_people(text))
    given = given_names(entities, gaz)
    named = people | given              # for the gazetteer's matches (see _given_names)
    blockers = Spans([e for e in entities if e.label in BLOCKING_LABELS])
    out: list[Mention] = []
    unknown: list[Mention] = []         # place entities the gazetteer does not know
    scanned = scan(text, gaz)
    for e in entities:
        m = _from_entity(text, e, gaz, people)
        if m is not None:
            known_name = m.demonym or gaz.lookup(m.text) or gaz.lookup_loose(m.text)
            if known_name and not m.demonym:
                m = _whole_name(text, m, scanned, gaz)
                if out and out[-1].end > m.start:
                    continue                # the rest of a whole name taken before it
            (out if known_name else unknown).append(m)
    taken, unknown_taken = Covered(len(text), out), Covered(len(text), unknown)
    weak = []
    for m in scanned:
        if taken.overlaps(m):
            continue
        if unknown_taken.overlaps(m):   # "Mount Pleasant" inside "Mount Pleasant Civic Center"
            if (place_inside_place(m, gaz) and not names_a_street(text, m.start, m.end)
                    and not _opens_a_longer_name(text, m, unknown)):
                out.append(m)
                taken.add(m)
            continue
        verdict = _judge_scanned(text, m, gaz, blockers, named, given)
        if verdict == "keep":
            out.append(m)
            taken.add(m)
        elif verdict == "weak":
            weak.append(m)
    for m in unknown:                   # each against those kept before it, as extend did
        if not taken.overlaps(m):
            out.append(m)
            taken.add(m)
    out = kept_outside_institutions(text, out, gaz, weak)  # "Lincoln High School"
    known = {normalize(m.text) for m in out}
    out.extend(m for m in weak if normalize(m.text) in known and (
        normalize(m.text) not in named or _made_a_place(text, m.start, m.end)))
    out = kept_outside_institutions(text, out, gaz)    # the weak ones too
    out.sort(key=lambda m: m.start)
    out = _without_club_areas(text, out, gaz)
    from .unknown import named_again   # imported here: .unknown reads this module
    out = named_again(text, out, gaz)
    names = Spans([e for e in entities if e.label in _NAMING_LABELS])
    tagged = Spans(entities)
    return [_marked_embedded(text, m, names) for m in map(partial(_street, text), out)
            if m.demonym or not opens_full_name(text, m.start, m.end, gaz, tagged.over)
            if not (_STREET_END.search(m.text) and described_as_person(text, m.start, m.end))
            and not dedication(text, m.start, m.end) and not names_a_peak(text, m.start, m.end)
            and not club_word(text, m.start, m.end)
            and not names_a_thing(text, m.start, m.end)
            and not (speaks_as_person(text, m.end) and _tagged_person(blockers, m))
            and not speaks_for_self(text, m.start, m.end)
            and not names_a_direction(gaz, text, m.text)
            and not names_a_vehicle(text, m.start, m.end)
            and not (m.demonym and names_a_language(text, m.start, m.end))
            and not names_a_disease(text, m.start, m.end, m.demonym,
                                    tuple(gaz.feature[i] for i in gaz.lookup(m.text)))]


def _whole_name(text: str, m: Mention, scanned: Sequence[Mention], gaz: Gazetteer) -> Mention:
    """The tagged place ``m``, or the longer town or region name the gazetteer knows that holds
    it: the tagger's fragment of a whole name ("near Paso Hondo", "Paso" tagged a place and
    "Hondo" a person, is the Mexican village, not El Paso or Hondo, Texas). Not a name with a
    word of a physical place or a street (:data:`GEO_WORDS`: "Lake Chad", "Baghdad Street"),
    which names what is at or near the town, nor a name of no town or unit, nor one a longer
    name goes on from ("Dublin City Council" is the Ohio city's, not Ireland's Dublin City)."""
    whole = next((s for s in scanned if s.start <= m.start and s.end >= m.end), None)
    if whole is None or whole.demonym or GEO_WORDS.search(whole.text):
        return m
    end = whole.end - 1 if text[whole.end - 1] == "." else whole.end   # "... del Sur."
    if (end - whole.start <= m.end - m.start or NAME_GOES_ON.match(text, end)
            or not any(_town_or_unit(gaz.feature[i]) for i in gaz.lookup(text[whole.start:end]))):
        return m
    return Mention(whole.start, end, text[whole.start:end], m.source)


# A capitalised word going on from a name: it is the start of a longer one.
NAME_GOES_ON = re.compile(r"(?:\s+|-)[A-Z]")


def _town_or_unit(feature: str) -> bool:
    """A populated place (not a section of one), a country or an administrative unit."""
    return (feature.startswith("PPL") and feature != "PPLX" or feature in COUNTRY_FEATURES
            or feature in ("ADM1", "ADM2"))


def _tagged_person(blockers: Spans, m: Mention) -> bool:
    """spaCy tags exactly the name at ``m`` as a person's (its small model tags a country
    speaking so too: "Jordan said it"; read with a sign of the text's own)."""
    return any(e.label == "PERSON" and (e.start, e.end) == (m.start, m.end)
               for e in blockers.over(m.start, m.end))


def _without_club_areas(text: str, out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``out`` without a region's name opening a club's before its town ("Bayern Munich"), or
    in another tongue before a word of sport ("Bayern fans"): see :mod:`.clubs`."""
    def area(m: Mention) -> bool:
        ids = gaz.lookup(m.text)
        return m.demonym or (bool(ids) and all(gaz.is_area(i) for i in ids))

    def town(m: Mention) -> bool:
        return not m.demonym and any(not gaz.is_area(i) for i in gaz.lookup(m.text))

    def other_tongue(m: Mention) -> bool:      # "Bayern" of Bavaria, "Lazio" of Latium
        ids, key = gaz.lookup(m.text), normalize(m.text)
        return not m.demonym and bool(ids) and all(
            gaz.feature[i] == "ADM1" and normalize(gaz.name[i]) != key for i in ids)

    drop = area_words(text, out, area, town) if len(out) > 1 else set()
    drop |= {k for k, m in enumerate(out)
             if k not in drop and leads_sport(text, m.start, m.end) and other_tongue(m)}
    return [m for k, m in enumerate(out) if k not in drop] if drop else out


def _street(text: str, m: Mention) -> Mention:
    """``m`` itself, or the street its name opens ("London Road": not London; the tables lack
    the street, which stands in at the document's town, see :mod:`.standin`)."""
    end = None if m.demonym else street_end(text, m.start, m.end)
    return m if end is None else Mention(m.start, end, text[m.start:end], "STREET")


def _marked_embedded(text: str, m: Mention, names: Spans) -> Mention:
    """``m`` marked embedded when a name it is part of holds more words than an article or a
    possessive ("the Hamilton Boys", "Roanoke Park"; not "the Hilton" nor "Hamilton's")."""
    for e in names.over(m.start, m.end):
        start, end = _trim(text, e.start, e.end)
        if not m.demonym and e.start <= m.start and m.end <= e.end and (
                start < m.start or m.end < end):
            return replace(m, embedded=True)
    return m


def before_place_noun(text: str, end: int) -> bool:
    """A place noun follows, a word at most between ("Scottish town", "Mexican border
    city"): the name before it says where that place lies."""
    return bool(_BEFORE_PLACE_NOUN.match(text, end))


def _made_a_place(text: str, start: int, end: int) -> bool:
    """The text makes a name a place: "in X", "X, Ky.", "the town of X"; not when a person's
    role follows ("aimed at Milton, the candidate"), nor after a verb of aiming ("the gunman
    fired at Marengo" in a story about Paul Marengo), nor owning a person's things ("at
    Marengo's door")."""
    if role_follows(text, end) or aimed_at(text, start) or owned_by_person(text, end):
        return False
    return _cued(text, start, end) or bool(PLACE_NOUN.search(text[max(0, start - 30):start]))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from a span."""
    s = text[start:end]
    if s.lower().startswith("the "):
        start += 4
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return start, end


def _from_entity(text: str, e: Entity, gaz: Gazetteer, people: frozenset[str]) -> Mention | None:
    start, end = _trim(text, e.start, e.end)
    if end <= start or not text[start].isupper():
        return None
    name = text[start:end]
    if e.label == "NORP":
        return Mention(start, end, name, "NORP", True) if gaz.demonym(name) is not None else None
    if titled(text, start) or owned_by_person(text, end):
        return None                     # "reporter X", "at X's door": a person
    cued = _cued(text, start, end)
    if e.label in ("PERSON", "ORG"):    # "the town of Ein Issa" tagged as a person or an org
        before = text[max(0, start - 30):start]
        if cued and PLACE_NOUN.search(before) and (
                gaz.lookup(name) or gaz.lookup_loose(name) or _SETTLEMENT_OF.search(before)):
            return Mention(start, end, name, e.label)
        return None
    if e.label not in PLACE_LABELS:
        return None
    ids = gaz.lookup(name)
    if not ids and gaz.demonym(name) is not None:
        return Mention(start, end, name, e.label, True)
    if normalize(name) in people and not _made_a_place(text, start, end):
        return None                     # "Ripley said" in a story about John Ripley
    if ids or GEO_WORDS.search(name) or (cued and (e.label == "GPE" or gaz.lookup_loose(name))):
        return Mention(start, end, name, e.label)
    return None


def _cued(text: str, start: int, end: int) -> bool:
    """A locative word before ("in X") or a region after ("X, Ky.")."""
    return bool(_LOCATIVE.search(text[max(0, start - 30):start])
                or re.match(r",\s*[A-Z]", text[end:end + 3]))


def scan(text: str, gaz: Gazetteer) -> list[Mention]:
    """Longest gazetteer names and demonyms among capitalised word sequences."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        if not text[tokens[i][0]].isupper():
            i += 1
            continue
        found = _longest(text, tokens, i, gaz)
        if found is None:
            i += 1
            continue
        n, demonym = found
        start, end = tokens[i][0], _strip_period(text, tokens[i + n - 1])
        out.append(Mention(start, end, text[start:end], "GAZ", demonym))
        i += n
    return out


def _longest(text: str, tokens: list[tuple[int, int]], i: int, gaz: Gazetteer
             ) -> tuple[int, bool] | None:
    for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
        last = tokens[i + n - 1]
        if not text[last[0]].isupper():
            continue
        inner = tokens[i + 1:i + n - 1]
        if any(not text[a].isupper() and text[a:b].lower() not in _CONNECTORS
               for a, b in inner):
            continue
        if any(text[tokens[j][1]:tokens[j + 1][0]] not in _JOINERS for j in range(i, i + n - 1)):
            continue
        key = normalize(text[tokens[i][0]:last[1]])
        # A demonym first: "Canadian" is Canada's before it is a Texas town's name.
        if key in gaz.demonyms:
            return n, True
        if key in gaz.index:
            return n, False
    return None


def _strip_period(text: str, token: tuple[int, int]) -> int:
    """End of a token without a sentence's full stop ("Texas." but "Ky.", "U.S.")."""
    a, b = token
    word = text[a:b]
    if word.endswith(".") and len(word) > 4 and "." not in word[:-1]:
        return b - 1
    return b


def _judge_scanned(text: str, m: Mention, gaz: Gazetteer, blockers: Spans,
                   people: frozenset[str], given: frozenset[str] = frozenset()) -> str:
    """"keep", "weak" (kept if the document names the place elsewhere) or "drop";
    ``given``: the first names of _given_names."""
    key = normalize(m.text)
    if key in given and _made_a_place(text, m.start, m.end):
        people = people - given         # "roads around Madison", then "Madison Kerrigan"
    if key in stopwords() and _CITY_AFTER_PREPOSITION.search(text[max(0, m.start - 8):m.start]) \
            and _ALONE.match(text, m.end) and (
                own_name_population(gaz, m.text, key) >= STRONG_CITY_POPULATION):
        return "keep"                   # "attack in Nice", "flooding in Mobile"
    if unit_named(gaz, text, m.text, m.end, key in stopwords()):
        return "keep"                   # "Unity state", "the Lot department": words as
                                        # names of units (not "a Unity state of mind")
    if key in stopwords() or _looks_like_word(m.text):
        return "drop"
    # Imported here: .tagged reads .local, which reads this module.
    from .tagged import cued_place, opens_dateline
    if opens_dateline(text, m.start, m.end) and own_name_population(gaz, m.text, key) > 0:
        return "keep"                   # "SPRINGVALE —", whatever spaCy tagged it
    before = text[max(0, m.start - 30):m.start]
    if PLACE_NOUN.search(before) or ((_NEARBY.search(before) or _DWELLERS_OF.search(before))
                                      and not NAME_GOES_ON.match(text, m.end)) or (
            PLACE_APPOSITION.match(text, m.end) and text[max(0, m.start - 1):m.start] != "-"):
        return "keep"                   # "the town of X", "in nearby X", "residents of X",
                                        # "X, the northern town held by Y": the text says it
                                        # is a place
    from .cues import feature_senses   # imported here: .cues reads this module
    if feature_senses(gaz, text, m):
        return "keep"                   # "the Severn bridge": the River Severn's
    if after_landmark_preposition(text, m.start) and airport(gaz, m.text, text):
        return "keep"                   # "stranded at Gatwick", whatever spaCy tagged it, in
                                        # a story of flights
    inside = _entities_over(text, m, key, gaz, blockers, people)
    if (all(e.start == m.start and e.end == m.end for e in inside) and key not in people
            and (_struck_or_taken(text, m.start, inside) or (names_a_happening(text, m.end)
                                                    and not _opens_sentence(text, m.start)))
            and own_name_population(gaz, m.text, key) >= CUED_CITY_POPULATION):
        return "keep"                   # "jets bombed X", "claims X hotel attack", whatever
                                        # spaCy tagged X; not "Gang violence" opening one
    if inside and all(e.start == m.start and e.end == m.end for e in inside) and (
            _after_place_word(text, m.start) or inside[0].label == "ORG") and (
                own_name_population(gaz, m.text, key) >= (
                    STRONG_CITY_POPULATION if _after_place_word(text, m.start)
                    else MEGACITY_POPULATION)) and not (
                key in given and inside[0].label == "PERSON"):
        return "keep"                   # "clashes in Bamako", "the streets of Lagos", though
                                        # tagged as an organisation (not "a friend of
                                        # Vladimir" after "Vladimir Putin")
    if any(e.label != "ORG" or not (e.start <= m.start and m.end <= e.end) for e in inside):
        # in a person's name ("George Bush Jr") or across an entity's edge: needs support;
        weak = not m.demonym and all(e.label in ("PERSON", "ORG") for e in inside)
        return "weak" if weak else "drop"
    is_strong = m.demonym or strong(gaz, () if m.demonym else gaz.lookup(m.text), m.text)
    if (key in people and not _made_a_place(text, m.start, m.end)) or titled(text, m.start) or (
            len(inside) == 1 and opens_person_name(text, m.start, m.end, inside[0], gaz)):
        return "drop"                   # "Ripley said", "reporter X", "Paris Hilton"
    pop = own_name_population(gaz, m.text, key)
    if inside:                          # a place name inside an organisation's name
        org = inside[0]
        head = text[org.start:m.start].lower()
        whole = org.start >= m.start and org.end <= m.end + 3
        opening = head in ("", "the ") or head.endswith(("of ", "in "))
        if is_strong or (pop >= ORG_CITY_POPULATION and opening and not whole) or (
                pop >= STRONG_CITY_POPULATION and not whole) or (
                    whole and pop > 0      # a place's own name, not an alias only
                    and cued_place(gaz, text, m.start, m.end, _locative)):
            return "keep"
        return "weak" if pop >= CUED_CITY_POPULATION else "drop"
    if landmark(gaz, m.text) and after_landmark_preposition(text, m.start):
        return "keep"                   # "just off the Champs-Elysees", "in Tahrir Square"
    sentence_start = _opens_sentence(text, m.start)
    if is_strong or (pop >= STRONG_CITY_POPULATION) or (
            pop >= CUED_CITY_POPULATION and not sentence_start and _cued(text, m.start, m.end)):
        return "keep"
    return "weak" if pop >= CUED_CITY_POPULATION else "drop"


def _locative(text: str, start: int) -> bool:
    return bool(_LOCATIVE.search(text[max(0, start - 30):start]))


# Verbs whose object, a big town's name, is the place struck or taken (spaCy often tags such a
# name an organisation: "shells hit Nikopol").
_STRUCK_OR_TAKEN = re.compile(
    r"\b(?:shelled|hit|struck|bombed|pounded|attacked|captured|seized|stormed|overran|retook|"
    r"recaptured|besieged|raided|rocked|shook)[ ]+$", re.IGNORECASE)


# Of those, the verbs whose object is a place and never a person ("shelled X", "overran X"),
# and striking said of weapons ("jets hit X", "drones struck X"; not "a bullet hit X"): a small
# town's name after them is the place, whatever spaCy tagged it.
_BOMBARDED_OR_OVERRUN = re.compile(
    r"(?:\b(?:shell(?:s|ed)?|bomb(?:s|ed)?|bombard(?:s|ed)?|pound(?:s|ed)?|strafe[sd]?|"
    r"overr[au]ns?|retook|retakes?|recaptur(?:e|es|ed)|besieg(?:e|es|ed))"
    r"|\b(?:jets|drones|warplanes|aircraft|planes|missiles|rockets|shells|strikes|"
    r"airstrikes|artillery)\s+(?:[a-z]+\s+)?(?:hit|hits|struck|strike))(?:\s+again)?[ ]+$",
    re.IGNORECASE)


# Storming: of a place or a building, of a person only in a figure ("fans stormed Jones"):
# a name after it is a place unless tagged a person.
_STORMED = re.compile(r"\bstorm(?:s|ed)[ ]+$", re.IGNORECASE)


def _struck_or_taken(text: str, start: int, inside: Sequence[Entity]) -> bool:
    """A verb of bombarding or overrunning a place, or weapons striking, stands right before
    the name (:data:`_BOMBARDED_OR_OVERRUN`), or one of storming before a name not tagged a
    person (``inside``: the entities over it)."""
    before = text[max(0, start - 40):start]
    return bool(_BOMBARDED_OR_OVERRUN.search(before) or (
        _STORMED.search(before) and all(e.label != "PERSON" for e in inside)))


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence (its capital says nothing of a name)."""
    before = text[max(0, start - 30):start]
    return not before.strip() or before.rstrip()[-1:] in ".!?\"“\n"


def names_a_happening(text: str, end: int) -> bool:
    """A happening's noun follows the name ending at ``end``, at most two lower-case nouns
    between, and ends the phrase ("the X massacre.", "claims X hotel attack", "X taxi park
    bombing kills 21"): the name says where it happened, whatever spaCy tagged it. Not a
    noun that is a verb there ("X fans attack police")."""
    return _happening_after().match(text, end) is not None


@lru_cache(maxsize=1)
def _happening_after() -> re.Pattern[str]:
    # imported here: eventwire.events imports the casing, which imports this package
    from ..events.reference import HAPPENINGS
    nouns = "|".join(sorted(HAPPENINGS, key=len, reverse=True))
    return re.compile(rf"(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}?(?:{nouns})(?:s|es)?"
                      rf"(?=\s*(?:$|[.,;:!?)\n]|\s(?:in|at|on|near|kills|killed|leaves|toll)\b))")


def _after_place_word(text: str, start: int) -> bool:
    """A preposition of place or a noun's "of" before a name ("in X", "across X", "the
    streets of X"), or a verb of striking or taking a place ("shells hit X", "rebels seized
    X"); not "at" after a verb of aiming ("fired at X")."""
    if aimed_at(text, start):
        return False
    before = text[max(0, start - 30):start]
    return bool(_CITY_AFTER_PREPOSITION.search(before[-8:]) or _LOCATIVE.search(before)
                or _NOUN_OF.search(before) or _PLACE_NOUN_BEFORE.search(before)
                or _STRUCK_OR_TAKEN.search(before))


def _entities_over(text: str, m: Mention, key: str, gaz: Gazetteer,
                   blockers: Spans, people: frozenset[str]) -> list[Entity]:
    """The blocking entities over a match, less a lone town name tagged as a person."""
    inside = blockers.over(m.start, m.end)
    if (len(inside) == 1 and inside[0].label == "PERSON" and key not in people
            and normalize(inside[0].text) == key
            and not after_title(text, m.start)
            and (own_name_population(gaz, m.text, key) >= ORG_CITY_POPULATION
                 or physical_after_preposition(gaz, text, m.text, m.start))):
        return []
    if (len(inside) == 1 and key not in people
            and _trim(text, inside[0].start, inside[0].end) == (m.start, m.end)
            and physical_with_article(gaz, text, m.text, m.start)):
        return []
    return inside


# Words of a unit a place's name heads ("Enfield Borough", "Kauru District"): the place is the
# one named, not the first word of a longer name.
_UNIT_WORD = re.compile(r"Borough|District|Region|Municipality|Governorate|State|City|Town|"
                        r"Village|Ward|Commune|Department|Prefecture|Oblast|Raion|Territory")


def _opens_a_longer_name(text: str, m: Mention, unknown: Sequence[Mention]) -> bool:
    """``m`` opens a place entity the gazetteer does not know whose other words are a name
    (:func:`name_goes_on`)."""
    if m.demonym:
        return False                        # "the Russian Empire": Russia's all the same
    whole = next((u for u in unknown if u.start == m.start and u.end > m.end), None)
    return whole is not None and name_goes_on(text[m.end:whole.end])


def name_goes_on(rest: str) -> bool:
    """The words after a place's name are all names the casing table does not know in lower
    case: the place's name is the first word of a longer one ("Wadi Khaled", "Deir Hafer":
    not the Indian town of Wadi), not a place with what is at it ("Mount Pleasant Civic
    Center", "Dubai World Cup")."""
    from ..casing import unknown_name       # eventwire.casing imports this package

    words = [w.strip(".,'’-") for w in rest.split()]
    return bool(words) and all(unknown_name(w) and not _UNIT_WORD.fullmatch(w)
                               and not GEO_WORDS.match(w) for w in words)


def place_inside_place(m: Mention, gaz: Gazetteer) -> bool:
    """A known name inside a place entity the gazetteer does not know as a whole."""
    key = normalize(m.text)
    if key in stopwords() or _looks_like_word(m.text):
        return False
    return m.demonym or strong(gaz, gaz.lookup(m.text), m.text) or (
        own_name_population(gaz, m.text, key) >= ORG_CITY_POPULATION)


def _looks_like_word(s: str) -> bool:
    """Short tokens that are words or contractions, not names ("No.", "PA", "I'll")."""
    bare = s.rstrip(".")
    if "'" in bare or "’" in bare:
        return len(bare) <= 5
    return len(bare) <= 2 and not s.endswith(".") and bare not in ("US", "UK", "EU")

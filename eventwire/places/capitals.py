"""A country the text names makes its capital the sense of the capital's name: "a Texas teacher
visiting Egypt ... the streets of Cairo" is Cairo, Egypt, though the paper's other places are
all in the US, where Cairos lie too. The capital is the one GeoNames marks (PPLC) in a country
another name of the document names by its name (not a demonym: "French fries in Paris,
Texas"); a container ("Paris, Texas") or a civic use in local news outweighs it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .gazetteer import CAPITAL_FEATURE, COUNTRY_FEATURES, Gazetteer
from .names import normalize

# Dev sets, end to end acc@161 km (TR-News / LGL): 0.9075 / 0.8445 at 0 and 2, 0.9090 / 0.8445
# at 4 and 6 (gold spans unchanged); own sentences context_capitals_dev 3/4 at 0, 4/4 at 4.
# The lowest of the plateau: a town the text uses civically in local news keeps its 5.5.
CAPITAL_BONUS = 4.0


def capital_bonuses(gaz: Gazetteer, texts: Mapping[object, str],
                    cands: Mapping[object, Sequence[int]]) -> dict[object, dict[int, float]]:
    """CAPITAL_BONUS for each name's candidates that are the capital of a country another
    name of the document names (``texts``: each name's text, by key)."""
    named: dict[str, set[object]] = {}         # country -> the names that name it
    for k, text in texts.items():
        key = normalize(text)
        for i in cands.get(k, ()):
            if gaz.feature[i] in COUNTRY_FEATURES and normalize(gaz.name[i]) == key:
                named.setdefault(gaz.country[i], set()).add(k)
    if not named:
        return {}
    out: dict[object, dict[int, float]] = {}
    for k, ids in cands.items():
        capitals = {i: CAPITAL_BONUS for i in ids if gaz.feature[i] == CAPITAL_FEATURE
                    and named.get(gaz.country[i], {k}) - {k}}
        if capitals:
            out[k] = capitals
    return out


# "the Afghan capital", "the French capital", "the Ivory Coast capital": a country by its
# demonym or its name, and the word "capital" after it.
_CAPITAL_PHRASE = re.compile(r"\bthe\s+((?:[A-Z][\w'’.-]*\s+){0,2}?[A-Z][\w'’.-]*)\s+capital\b",
                             re.IGNORECASE)


# National institutions that sit where the country is governed: "Georgia's parliament", "the
# Kenyan interior ministry", "outside the presidential palace" of a country named.
_SEAT_WORDS = (r"(?:parliament|national\s+assembly|presidential\s+(?:palace|office)|"
               r"(?:interior|foreign|defen[cs]e|justice)\s+ministry|supreme\s+court|"
               r"central\s+bank)")
# The country's name or demonym as written, with capitals (the text was given its case
# before places are read); the institution's words in any case.
_SEAT_PHRASE = re.compile(
    r"\b(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+){0,2}?[A-Z][\w.-]*?)(?:['’]s)?\s+(?i:"
    + _SEAT_WORDS + r")\b")
_CAPITAL_TEXT = re.compile(r"(?:(?:\S+\s+){1,3}capital|(?:\S+\s+){0,3}" + _SEAT_WORDS + ")",
                           re.IGNORECASE)
# Where the seat of government is not the capital GeoNames marks (PPLC), by country: its
# parliament and ministries sit there ("the Dutch parliament" is in The Hague).
GOVERNMENT_SEATS = {"NL": "The Hague", "BO": "La Paz", "CI": "Abidjan"}
# Countries whose parliament and government sit in different cities: no one seat to name.
SPLIT_SEATS = frozenset({"ZA", "LK", "PS"})


_SEAT_TEXT = re.compile(r"(?:\S+\s+){0,3}" + _SEAT_WORDS, re.IGNORECASE)


def names_a_seat(text: str) -> bool:
    """A place's text names a national institution ("Georgia's parliament"): the place is read
    from where the institution sits, not from a toponym."""
    return _SEAT_TEXT.fullmatch(text) is not None


def names_a_capital(text: str) -> bool:
    """A place's text is a capital phrase ("Afghan capital") or names an institution of the
    seat of government ("Georgia's parliament"): its place is that city, not a stand-in for a
    name the tables lack nor a noun's modifier."""
    return _CAPITAL_TEXT.fullmatch(text) is not None


def capital_phrases(text: str, gaz: Gazetteer, capitals: Mapping[str, int]
                    ) -> list[tuple[int, int, int]]:
    """(start, end, entry) of each "the <country> capital" phrase of ``text``: the capital
    (``capitals``, from :func:`capitals_of`) of the country its words name, as a demonym
    ("the Afghan capital") or by name ("the Ivory Coast capital"); the span is the phrase less
    "the". Not a region's or a state's ("the state capital", "the Texan capital"), nor a
    capital of money or of culture ("the venture capital": no country)."""
    out = []
    for m in _CAPITAL_PHRASE.finditer(text):
        cc = _country_of(m.group(1), gaz)
        if cc is not None and (capital := capitals.get(cc)) is not None:
            out.append((m.start(1), m.end(), capital))
    return out


def seat_phrases(text: str, gaz: Gazetteer, capitals: Mapping[str, int]
                 ) -> list[tuple[int, int, int]]:
    """(start, end, entry) of each phrase naming a national institution of a country the
    text names ("Georgia's parliament", "the Kenyan interior ministry"): the city where the
    country is governed (its capital, or :data:`GOVERNMENT_SEATS`); none for a country whose
    parliament and government sit apart (:data:`SPLIT_SEATS`)."""
    out = []
    for m in _SEAT_PHRASE.finditer(text):
        start, cc = _country_ending(m.group(1), m.start(1), gaz)
        if cc is None or cc in SPLIT_SEATS:
            continue
        seat = _seat_of(cc, gaz, capitals)
        if seat is not None:
            out.append((start, m.end(), seat))
    return out


# A national institution named with no country, where something happened at it ("rallied
# outside parliament", "a sit-in outside the interior ministry"): the article's country's.
_BARE_SEAT = re.compile(r"\b(?:outside|at|near|in\s+front\s+of|inside|into|to|stormed)\s+"
                        r"(?:the\s+)?(?-i:(?P<seat>" + _SEAT_WORDS + r"))\b", re.IGNORECASE)


def bare_seat_phrases(text: str, gaz: Gazetteer, capitals: Mapping[str, int],
                      country: str | None) -> list[tuple[int, int, int]]:
    """(start, end, entry) of each national institution an event is put at with no country
    named ("rallied outside parliament"), in an article all of whose places are in one
    ``country``: that country's seat of government; none for another article, or a country
    whose parliament and government sit apart."""
    if country is None or country in SPLIT_SEATS:
        return []
    seat = _seat_of(country, gaz, capitals)
    if seat is None:
        return []
    return [(m.start("seat"), m.end("seat"), seat) for m in _BARE_SEAT.finditer(text)]


def _country_ending(words: str, start: int, gaz: Gazetteer) -> tuple[int, str | None]:
    """The country the last words of ``words`` name, longest first, and where they start
    ("ON THE NIGERIAN": Nigeria, from "NIGERIAN")."""
    for k in (k for k, c in enumerate(words) if k == 0 or words[k - 1].isspace()):
        if words[k:].casefold().startswith("the "):
            continue
        cc = _country_of(words[k:], gaz)
        if cc is not None:
            return start + k, cc
    return start, None


def _seat_of(cc: str, gaz: Gazetteer, capitals: Mapping[str, int]) -> int | None:
    name = GOVERNMENT_SEATS.get(cc)
    if name is None:
        return capitals.get(cc)
    return next((i for i in gaz.lookup(name) if gaz.country[i] == cc
                 and gaz.feature[i].startswith("PPL")), None)


def _country_of(word: str, gaz: Gazetteer) -> str | None:
    i = gaz.demonym(word)
    if i is None:
        i = next((j for j in gaz.lookup(word) if gaz.feature[j] in COUNTRY_FEATURES), None)
    return gaz.country[i] if i is not None and gaz.feature[i] in COUNTRY_FEATURES else None


def capitals_of(gaz: Gazetteer) -> dict[str, int]:
    """Country code -> its capital's entry, the one GeoNames marks PPLC (one pass over the
    entries: the caller keeps it)."""
    caps: dict[str, int] = {}
    for i, feature in enumerate(gaz.feature):
        if feature == CAPITAL_FEATURE:
            caps.setdefault(gaz.country[i], i)
    return caps

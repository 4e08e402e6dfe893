"""Local news: a town the article treats as its own ("the Vienna town council", "a Warsaw
woman", "Peru High School") in an article that reads as local news is a town of the local
country, not its famous namesake abroad.

Two signs must meet. The document reads as local news when it uses the vocabulary of local
government, schools and courts (township trustees, selectmen, the sheriff, the school board, a
middle school, Superior Court, eighth-graders, a street or route address, a North American
phone number) in LOCAL_MIN_SIGNALS distinct ways; its local country is the outlet's when
known, else the United States (whose vocabulary this is). And the name itself is used civically: before a civic noun ("X police", "X City
Council", "X residents", "X High School"), after "a" before a person noun ("a X woman"), or
after a street address ("214 Elm St., X"). A trip "to Rome" in such a paper, a foreign capital
with a dateline abroad, or "Glasgow City Council" in a story with no other local sign, get
nothing (tests/places/data/context_local_*.jsonl). A civic name the tables know only abroad
that is the local town's name and a unit word ("the X City Council") is that town.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from .gazetteer import Gazetteer
from .names import normalize
from .recognize import Mention
from .senses import name_of

K = TypeVar("K")                # the key of a name (one sense per name and document)

# The local-government, school and court words of US local news. One home for them; a match's
# words, lowercased, are one distinct signal ("school board" twice counts once).
_SIGNAL = re.compile(
    r"\b(?i:township(?:\s+(?:trustees|supervisors|board))?|selectm[ae]n|select\s+board|"
    r"aldermen|alderman|sheriff['’]?s?|county\s+(?:commissioners?|commission|supervisors|"
    r"board|jail|prosecutors?|attorney|engineers?|clerk)|board\s+of\s+(?:education|supervisors|"
    r"selectmen|aldermen|trustees)|school\s+(?:board|district)|superintendent|"
    r"(?:high|middle|elementary|junior\s+high)\s+school|village\s+(?:board|council|clerk|"
    r"administrator|trustees)|town\s+(?:council|board|manager|supervisors|hall|clerk)|"
    r"city\s+(?:council|commission(?:ers)?|manager|hall)|common\s+council|"
    r"planning\s+(?:board|commission)|zoning\s+board|state\s+troopers?|"
    # US courts and school grades.
    r"(?:superior|circuit|municipal|probate)\s+court|grand\s+jury|public\s+defender|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth)[-\s]grade(?:rs?)?|sophomores?)\b"
    # A North American phone number; a street address with its abbreviation ("214 Elm St.").
    r"|\b\(?\d{3}\)?[-. ]\d{3}-\d{4}\b"
    r"|\b\d{1,5}\s+(?:[NSEW]\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:St|Ave|Blvd|Rd|Dr|Ln)\."
    r"|\b\d{1,5}\s+(?:Route|Highway|County\s+Road|State\s+Road)\s+\d+\b")
# Distinct local signals that make a document local news. Two: one alone is too common in
# news from abroad ("the city council", "a high school in Seoul"), a precision choice the own
# sentences do not separate (context_local_dev 27/28 at one and two, of its first 28) but the
# dev sets do: end to end acc@161 at one, LGL 0.8111 and TR-News 0.8925, at two 0.8135 and
# 0.8941 (with places.coherence); at three, local articles with two signs and no county stay
# abroad (24/28, aside 11/13 -> 10/13).
LOCAL_MIN_SIGNALS = 2
# The countries of North American phone numbers: a text giving one is their local news, whatever
# country the outlet's host seems to name.
_NORTH_AMERICAN = frozenset({"US", "CA"})

_CIVIC = (r"(?:council(?:ors|lors|men|women|\s+members?)?|commission(?:ers)?|selectmen|"
          r"aldermen|trustees|supervisors|manager|mayor|police(?:\s+chief)?|fire\s+(?:chief|"
          r"department)|firefighters|schools?|school\s+(?:board|district)|board\s+of\s+"
          r"education|(?:high|middle|elementary|junior\s+high)\s+school|(?:public\s+)?library|"
          r"city\s+hall|town\s+hall|residents?|water\s+department|parks\s+department|"
          r"planning\s+board|zoning\s+board)")
_PERSON = r"(?:man|woman|teen|teenager|boy|girl|couple|family|native|resident|student)"
# After the name: an optional civic unit, then a civic noun.
_CIVIC_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?i:city|town|village|township|borough)\s+)?(?i:{_CIVIC})\b")
_PERSON_AROUND = re.compile(rf"\s+(?i:{_PERSON})\b")
# A civic unit word that ends a name the text uses civically ("the X City Council").
_UNIT_TAIL = re.compile(r"\s+(?:City|Town|Village|Township|Borough)$")
_A_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
_ADDRESS_BEFORE = re.compile(
    r"\b\d{1,5}\s+(?:[NSEW]\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:St|Ave|Blvd|Rd|Dr|Ln|"
    r"Street|Avenue|Road|Drive|Lane)\.?,\s+$")

# A town the text uses as its own, in local news, gets this much over its namesakes outside
# the local country: more than a capital's prior and prominence give it over a town of 1,000
# (2.5 + 1.0 + 0.4 per decade: 4.4-5.2 for the capitals named like US towns), less than a
# title naming the country abroad gives it (TITLE_COUNTRY_BONUS 6).
# Own sentences (context_local_dev, its first 28): 24/28 at 3.5, 25/28 at 4.5, 27/28 from 5.5
# to 7 (aside 11/13 at all); the lowest of the plateau.
LOCAL_BONUS = 5.5


def local_country(text: str, outlet_country: str | None,
                  dateline_country: str | None) -> str | None:
    """The country whose local news ``text`` reads as, or None: the outlet's country, else
    the United States (also when the text gives a North American phone number and the
    outlet's country is another), when the text has LOCAL_MIN_SIGNALS distinct local signals
    and no dateline puts it in another country."""
    kinds = {_kind(m.group()) for m in _SIGNAL.finditer(text)}
    country = outlet_country or "US"
    if "phone" in kinds and country not in _NORTH_AMERICAN:
        country = "US"          # a host named like a country ("jordannews.com") in Jordan, Minn.
    if dateline_country and dateline_country != country:
        return None
    return country if len(kinds) >= LOCAL_MIN_SIGNALS else None


def _kind(signal: str) -> str:
    """A signal's words, lowercased, plural and possessive dropped ("Sheriff's", "sheriff");
    one kind per phone number or address, whatever its digits."""
    if signal[-1:].isdigit():
        return "phone" if "-" in signal else "address"
    return "address" if signal[:1].isdigit() else re.sub(
        r"\W+", " ", re.sub(r"['’]?s\b", "", signal.lower()))


def civic(text: str, m: Mention) -> bool:
    """The text uses ``m`` as a town's own name in local news: "X police", "X City Council",
    "X residents", "a X woman", "214 Elm St., X"."""
    if _CIVIC_AFTER.match(text, m.end):
        return True
    before = text[max(0, m.start - 40):m.start]
    if _ADDRESS_BEFORE.search(before):
        return True
    return bool(_A_BEFORE.search(before[-4:]) and _PERSON_AROUND.match(text, m.end))


def local_bonuses(gaz: Gazetteer, text: str, mentions: Sequence[Mention],
                  keys: Sequence[object], cands: dict, country: str | None
                  ) -> dict[object, dict[int, float]]:
    """LOCAL_BONUS for the candidates in ``country`` (towns and counties) of each name the
    text uses civically, by name key; nothing when the document is no local news. A name used
    civically with no sense in the local country gets an empty bonus: a local body the tables
    lack ("the X City Council" where X City is only a county abroad), which says nothing
    about where the document is."""
    if country is None:
        return {}
    out: dict[object, dict[int, float]] = {}
    for m, k in zip(mentions, keys):
        if k in out or m.demonym or not civic(text, m):
            continue
        out[k] = dict.fromkeys(_local(gaz, cands[k][0], country), LOCAL_BONUS)
    return out


def _local(gaz: Gazetteer, ids: Iterable[int], country: str) -> list[int]:
    return [i for i in ids if gaz.country[i] == country
            and (not gaz.is_area(i) or gaz.feature[i] == "ADM2")]


def settle_units(gaz: Gazetteer, mentions: Sequence[Mention], keys: Sequence[K],
                 picked: Mapping[K, tuple[int | None, float]],
                 local: Mapping[K, Mapping[int, float]]) -> dict[K, tuple[int | None, float]]:
    """A civic name with no local sense that is a local town's name and a unit word ("the
    X City Council", "X Township trustees", where the tables know X City only abroad) is that
    town: the pick of X, when X got the local bonus and its pick is one of its local senses."""
    out: dict[K, tuple[int | None, float]] = {}
    for m, k in zip(mentions, keys):
        if k in out or k not in local or local[k]:
            continue
        base = _UNIT_TAIL.sub("", m.text)
        town = (normalize(name_of(gaz, base)), False) if base != m.text else None
        if town in local and picked.get(town, (None, 0.0))[0] in local[town]:
            out[k] = picked[town]
    return out

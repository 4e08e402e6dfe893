"""Place names inside a sports club's name ("Real Madrid", "Manchester United", "Inter
Milan", "Paris Saint-Germain"): the club, not where its fans or players are. Such a place is
no event's place, even as the last fallback, unless the text puts the event at the club's
ground ("outside Manchester United's stadium", "at the home ground of Real Madrid").

The words are those that open or close European football clubs' names (the sport whose fans'
violence news reports most); a word that often follows a place's name for something else is
left out ("Rangers": the Texas Rangers police; "Wednesday": "in Sheffield Wednesday night";
"Town": "the Belfast Town Hall"). North American teams ("Dallas Cowboys") are not read: a
place before a capitalised plural is as often a party's or a union's ("Texas Democrats").

A region's or a country's name just before a town's among words of sport ("Bayern Munich",
"Hellas Verona", "Lazio Roma") is the club's word, not a place: the club is the town's (see
:func:`area_words`). So is a region's name in another language than the tables' own
before a word of sport ("Bayern fans", "Lazio's coach": the region is "Bavaria", "Latium"),
which names no town the club could be placed at (see :func:`leads_sport`).

A town's name alone that plays ("Cleveland beat Dallas 102-98", "lost to Boston on Sunday")
is its team's (see :func:`plays`): no event's place either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

_OPENERS = (r"(?:Real|Inter|Internazionale|Atletico|Atlético|Athletic|Sporting|Olympique|"
            r"Dynamo|Dinamo|Borussia|Eintracht|Hertha|Lokomotiv|Spartak|CSKA|FC|F\.C\.|AC|AS|SS|"
            r"SC|SV|VfB|VfL|RB|PSV|Hapoel|Maccabi|Beitar|Racing|Deportivo|Red[ ]Star|Partizan)")
_CLOSERS = (r"(?:United|City|F\.?C\.?|CF|AFC|Athletic|Rovers|Wanderers|Hotspur|Albion|"
            r"Saint-Germain|Argyle|Orient)")
_OPENS = re.compile(rf"\b{_OPENERS}[ ]+$")
_CLOSES = re.compile(rf"[ ]+{_CLOSERS}\b")
_OPENER_WORD = re.compile(rf"{_OPENERS}(?=[ ]+[A-Z])")
_CLOSER_WORD = re.compile(rf"{_CLOSERS}\b")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*[ ]$")
# The club's ground after its name ("Manchester United's stadium", "Real Madrid's training
# ground") or before it ("the home ground of Real Madrid"): the event is where the club is.
_GROUND = (r"(?:stadium|ground|grounds|arena|pitch|training[ ]+(?:ground|centre|center|"
           r"complex)|headquarters|offices?)")
_GROUND_AFTER = re.compile(rf"['’]s?[ ]+(?:(?:home|old|new|own|main)[ ]+)?{_GROUND}\b",
                           re.IGNORECASE)
_GROUND_BEFORE = re.compile(rf"\b{_GROUND}[ ]+of[ ]+(?:the[ ]+)?$", re.IGNORECASE)
# A club's name is read only among words of sport, this many characters either side: "Mosul
# City", "AS Kabul" or "Real" opening a sentence elsewhere are not clubs (set by reasoning: a
# sentence or two of a report).
SPORT_WINDOW = 200
_SPORT = re.compile(
    r"\b(?:fans?|supporters?|ultras|hooligans?|match(?:es)?|games?|club|players?|squad|"
    r"striker|midfielder|defender|goalkeeper|coach|manager|stadium|league|cup|derby|final|"
    r"season|kick-?off|goals?|scored|football|soccer|team)\b", re.IGNORECASE)


def club_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the club's name the place name at ``start:end`` is part of, or None."""
    before = _OPENS.search(text, max(0, start - 16), start)
    after = _CLOSES.match(text, end)
    if (before is None and after is None) or not _SPORT.search(
            text, max(0, start - SPORT_WINDOW), end + SPORT_WINDOW):
        return None
    return (before.start() if before else start), (after.end() if after else end)


def club_word(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a word of a club's name beside a place's, itself no
    place: "Real" of "Real Madrid" (towns in Portugal and the Philippines bear it), "Albion"
    of "Brighton and Hove Albion"."""
    found = _OPENER_WORD.match(text, start) or (
        _NAME_BEFORE.search(text, max(0, start - 30), start) and _CLOSER_WORD.match(text, start))
    return bool(found) and found.end() == end and bool(_SPORT.search(
        text, max(0, start - SPORT_WINDOW), end + SPORT_WINDOW))


# A result's verb after a team named by its town alone ("Cleveland beat Dallas 102-98",
# "Chelsea drew with Arsenal"), or before it ("lost to Boston", "a win over Leeds"): the town
# plays, in a sentence with a score or among words of sport; else a country or an army
# ("Russia beat back the attack", "troops defeated Mosul's defenders") is read as before.
_RESULT = (r"(?:beat|beats|defeated|defeats|edged|edges|routed|thrashed|hammered|crushed|"
           r"outscored|blanked|swept|sweeps|downed|topped|upset|drew[ ]+with|draws[ ]+with|"
           r"tied|lost[ ]+to|loses[ ]+to|fell[ ]+to|held[ ]+off|rallied[ ]+past|"
           r"(?:win|victory|loss|defeat)[ ]+(?:over|against|to))")
_RESULT_AFTER = re.compile(rf"(?:['’]s)?[ ]+{_RESULT}[ ]+(?:the[ ]+)?[A-Z]")
_RESULT_BEFORE = re.compile(rf"\b{_RESULT}[ ]+(?:the[ ]+)?$")
_SCORE = re.compile(r"\b\d{1,3}[-–]\d{1,3}\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def plays(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a team's, named by its town alone: a result's verb joins
    it to a rival in a sentence with a score or among words of sport."""
    if not (_RESULT_AFTER.match(text, end)
            or _RESULT_BEFORE.search(text, max(0, start - 30), start)):
        return False
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - SPORT_WINDOW),
                                                       start)), default=max(0, start - 200))
    stop = _SENTENCE_END.search(text, end)
    hi = stop.start() if stop else len(text)
    return bool(_SCORE.search(text, lo, hi) or _SPORT.search(
        text, max(0, start - SPORT_WINDOW), end + SPORT_WINDOW))


def names_a_club(text: str, start: int, end: int) -> bool:
    """The place name at ``start:end`` is part of a sports club's name or a team named by its
    town that plays (:func:`plays`), and the text does not put anything at the club's ground
    (see the module docstring)."""
    span = club_span(text, start, end)
    if span is None and plays(text, start, end):
        span = start, end
    if span is None:
        return False
    return not (_GROUND_AFTER.match(text, span[1])
                or _GROUND_BEFORE.search(text, max(0, span[0] - 40), span[0]))


class _Span(Protocol):
    start: int
    end: int


def area_words(text: str, mentions: Sequence[_Span], area: Callable[[_Span], bool],
               town: Callable[[_Span], bool]) -> set[int]:
    """Indexes of the ``mentions`` (sorted) that are a region's or a country's name opening a
    club's name before a town's ("Bayern Munich fans", "Hellas Verona's striker"): the club
    is the town's. ``area`` tells a mention that can only be an area, ``town`` one that can
    be a town. Read only among words of sport (a sentence or two: SPORT_WINDOW)."""
    out = set()
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if (text[a.end:b.start] == " " and area(a) and town(b) and _SPORT.search(
                text, max(0, a.start - SPORT_WINDOW), b.end + SPORT_WINDOW)):
            out.add(k)
    return out


_SPORT_AFTER = re.compile(rf"(?:['’]s?)?[ ]+(?:{_SPORT.pattern})", re.IGNORECASE)


def leads_sport(text: str, start: int, end: int) -> bool:
    """A word of sport follows the name at ``start:end`` ("Bayern fans", "Lazio's coach"),
    among more words of sport (SPORT_WINDOW)."""
    found = _SPORT_AFTER.match(text, end)
    return found is not None and bool(
        _SPORT.search(text, max(0, start - SPORT_WINDOW), start)
        or _SPORT.search(text, found.end(), found.end() + SPORT_WINDOW))

"""Tense cues around a time expression: does the sentence speak of the past or of the future?

The nearest cue decides. Besides "will", "next", "was" and "-ed" verbs, the present simple of a
verb of a timetable speaks of a scheduled future ("Voting ends in August", "Polls close at 8 pm",
"The vote is on Friday"), unless the sentences around it tell a past story in which the present
is the historic one (:func:`narrates_past`) and the sentence itself has no past verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..numbers import NUMBER_WORDS_RE
from .intent import complement_start
from .recognize import MONTH_RE, WEEKDAY_RE

__all__ = ["PRESENT", "has_past", "narrates_past", "tense_near", "tense_of"]

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|set\s+to|expected\s+to"
    # a plan that is past ("was first due to happen in March", "was originally scheduled to
    # appear Thursday") is no future
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bfirst\s)(?<!\boriginally\s)(?<!\binitially\s)"
    r"(?:due\s+to|scheduled|slated)"
    r"|(?:could|may|might)\s+(?:take|last|continue|drag\s+on)"
    r"|plans?\s+to"
    r"|planned\s+for|upcoming|to\s+be\s+held|would\s+be\s+held|to\s+begin|to\s+start|next"
    r"|to\s+(?:run|last|continue|remain|stay|end|expire|resume|open|close|take\s+effect)"
    r"|(?:would|should)(?!\s+have\b)|(?:is|are)\s+expected|expects?|(?:has|have)\s+until)\b",
    re.I)
# Irregular past forms news tells events with ("-ed" forms are matched by their ending).
_IRREGULAR_PAST = (
    "was|were|had|did|said|told|ago|earlier|began|came|went|took|made|met|fought|held"
    # "last" is a past cue ("the last time"), not the verb of a length ("will last a year")
    "|last(?!\\s+(?:for|about|around|until|into|through|up\\s+to|at\\s+least|only|longer|\\d"
    "|an?\\b|several|many|more))"
    "|left|fled|saw|gave|won|lost|struck|shot|hit|became|found|brought|sent|spoke|kept|ran"
    "|broke|fell|rose|led|stood|threw|drove|flew|wrote|spent|built|caught|thought|sought|chose"
    "|stole|drew|grew|knew|blew|withdrew|overran|overtook|swept|stuck|woke|sank|burnt"
    "|sold|paid|bought|got|felt|heard|meant|sat|lay|laid|rang|hung|hid|rode|shook|taught|wore"
    "|tore|dealt|dug|froze|forgot|swore|understood|undertook|forbade|slew|fed|bent|sped")
_PAST = re.compile(
    r"\b(?=[a-z]{3})"     # a word first: the look-backs below are tried at words only
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)"  # not participles
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bThe\s)"   # nor adjectives: "a televised debate"
    r"(?<!\bstay\s)(?<!\bstays\s)(?<!\bremain\s)(?<!\bremains\s)"   # "will stay closed"
    r"(?<!\bif\s)(?<!\bunless\s)(?<!\bonce\s)"     # a condition's participle: "if needed"
    rf"(?<!-)(?:{_IRREGULAR_PAST}"   # "US-led", "left-wing": adjectives
    # "-eed" words that are no past ("need", "speed", "proceed"); "agreed" and "freed" are
    r"|(?!(?:\w*ceed|\w*deed|need|seed|feed|speed|steed|breed|greed|creed|heed|weed|bleed"
    r"|reed|tweed|screed)\b)(?!hundred\b|united\b|kindred\b|sacred\b|scheduled\b|slated\b)"
    r"[a-z]{3,}ed)\b(?!-)")
PRESENT = re.compile(r"\b(?:is|are|am|has|have|says|say|'s|'re)\b", re.I)

# Verbs of a timetable, in their base form: in the present simple they tell a scheduled event.
SCHEDULE_VERBS = ("open", "reopen", "close", "start", "begin", "end", "expire", "finish",
                  "resume", "convene", "adjourn", "conclude", "lapse", "depart", "arrive",
                  "kick off", "take effect", "take place", "come into force", "go into effect",
                  "get under way", "run out", "go to the polls")


def _third_person(verb: str) -> str:
    head, _, rest = verb.partition(" ")
    head += "es" if head.endswith(("s", "sh", "ch", "x")) else "s"
    return f"{head} {rest}".strip()


def _alternation(verbs: list[str]) -> str:
    return "|".join(v.replace(" ", r"\s+") for v in sorted(verbs, key=len, reverse=True))


# "ends", "takes effect": a finite verb, unless a determiner makes it a noun ("the ends").
_SCHEDULED_S = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bof\s)"
    rf"\b(?:{_alternation([_third_person(v) for v in SCHEDULE_VERBS])})\b", re.I)
# Timetable verbs that are also adjectives ("kept the roads open", "came close"): their base
# form is a cue only in a sentence with no past verb.
ALSO_ADJECTIVES = frozenset({"open", "reopen", "close"})
# "Polls close", "the talks open", "they resume": the base form after a plural subject (not
# after "was", "is", "this": "was open" is an adjective). "open fire" is no timetable.
_AFTER_SUBJECT = (r"(?:(?<=[a-z]s\s)|(?<=\bthey\s)|(?<=\bwe\s))"
                  r"(?<!\bwas\s)(?<!\bis\s)(?<!\bhas\s)(?<!\bdoes\s)(?<!\bthis\s)"
                  r"(?<!\bits\s)(?<!\bhis\s)(?<!\bas\s)(?<!\bthus\s)")
_SCHEDULED_BASE = re.compile(
    _AFTER_SUBJECT
    + rf"(?:{_alternation([v for v in SCHEDULE_VERBS if v not in ALSO_ADJECTIVES])})\b", re.I)
_SCHEDULED_BASE_ADJ = re.compile(
    _AFTER_SUBJECT + rf"(?:{_alternation(sorted(ALSO_ADJECTIVES))})\b(?!\s+fire\b)", re.I)
# "The vote is on Friday", "the deadline is 9 May": a copula right before a date.
_SCHEDULED_COPULA = re.compile(
    r"\b(?:is|are)\s+(?:(?:due|set|slated|closed|shut|open)\s+)?(?:(?:on|in|at|for)\s+)?"
    rf"(?=(?:{MONTH_RE}|{WEEKDAY_RE}|(?:next|tomorrow|tonight)\b|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?{MONTH_RE}))")

_Cues = tuple[tuple[int, ...], tuple[int, ...]]

# Words opening a phrase that hangs on what precedes it: a preposition of cause, purpose or
# topic ("protested on Tuesday over plans to close ..."), a relative pronoun ("signed a truce
# on Tuesday that takes effect at midnight"), a participle after a comma (", saying it will").
# A cue inside such a phrase after a time expression tells of the plan, the purpose or the
# thing described, not of the verb the expression goes with. "when" is not one: a clause on
# the time itself tells its tense ("on Tuesday, when the law takes effect").
_DEPENDENT = re.compile(
    # (the look-ahead on a first letter halves the time of a search)
    r"\b(?=[adfiotwADFIOTW])(?:(?:over|against|amid|amidst|despite|after|following|for|that"
    r"|which|who|whom|whose|where|in\s+(?:protest|opposition|support|response|favou?r))\b"
    rf"|about\b(?!\s+(?:\d|{NUMBER_WORDS_RE}|half\b))"     # not "about 80 residents"
    # "to" before a verb: an infinitive of purpose ("occupied it on Monday to oppose plans to"),
    # not a place ("chained themselves to the gates", "to Geneva")
    r"|to\s+(?-i:(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some"
    r"|all|both|each|every)\b)[a-z]+)\b)"
    r"|,\s+(?!morning\b|evening\b)[a-z]+ing\b", re.I)
# A dependent phrase ends at a clause break: what follows may be the main clause again
# ("..., the council said").
_PHRASE_END = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2014\u2013]")   # not "1,000"


def tense_near(sentence: str, position: int, end: int | None = None) -> int:
    """+1 if the tense cue nearest ``position`` in ``sentence`` speaks of the future, else -1
    (the past on a tie). With ``end``, cues inside ``sentence[position:end]`` (the expression's
    own words: the "last" of "the last week of August") do not count."""
    return tense_of(sentence, position, end)[0]


def tense_of(sentence: str, position: int, end: int | None = None) -> tuple[int, bool]:
    """(:func:`tense_near`, whether a timetable's present simple decided it). The cues of a
    sentence are found once, each question is a search. A time inside what someone vowed,
    threatened or called for is that act's, still to come (:mod:`.intent`)."""
    after = position if end is None else end
    if intended(sentence, position, after):
        return 1, False
    future, past, scheduled = _own_cues(sentence, position, after,
                                        _main_cues(sentence, position, after))
    to_future = _nearest(future, position, end)
    to_scheduled = _nearest(scheduled, position, end)
    if min(to_future, to_scheduled) < _nearest(past, position, end):
        return 1, to_scheduled < to_future
    return -1, False


def narrates_past(sentence: str) -> bool:
    """Whether ``sentence`` tells of the past only: a past cue, and no future or timetable."""
    future, past, scheduled = _tense_cues(sentence)
    return bool(past[0]) and not future[0] and not scheduled[0]


def has_past(sentence: str) -> bool:
    """Whether ``sentence`` has a past cue: a present next to it ("officials said voting ends
    in August") is then the writer's present, not the historic one."""
    return bool(_tense_cues(sentence)[1][0])


def _main_cues(sentence: str, position: int, after: int) -> tuple[_Cues, _Cues, _Cues]:
    """The cues of ``sentence`` less those in a dependent phrase opened after the expression at
    ``position`` (ending at ``after``; see :data:`_DEPENDENT`); all of them when none would be
    left, or when the expression is itself in such a phrase ("vowed she would seek
    no revenge for the raid on Tuesday, which she said left nine dead": it dates the raid)."""
    cues = _tense_cues(sentence)
    every = _dependent_phrases(sentence)
    phrases = [(a, b) for a, b in every if a >= after]
    if not phrases or any(a < position < b for a, b in every):
        return cues
    kept = tuple(_outside(c, phrases) for c in cues)
    return kept if any(starts for starts, _ in kept) else cues


def intended(sentence: str, position: int, after: int) -> bool:
    """Whether the time at ``position:after`` is inside an intention's infinitive or planned
    happening (:func:`.intent.complement_start`) with no past verb between ("vowed to hunt
    the men who attacked on Monday" is Monday's attack)."""
    start = complement_start(sentence, position, after)
    if start is None:
        return False
    past = _tense_cues(sentence)[1][0]
    return not any(start <= a < position for a in past)


def _own_cues(sentence: str, position: int, after: int,
              cues: tuple[_Cues, _Cues, _Cues]) -> tuple[_Cues, _Cues, _Cues]:
    """The cues of the clause the expression at ``position:after`` is told in, when it has
    any: a relative clause or other dependent phrase with a verb before the expression
    ("the gunmen, who opened fire on Monday evening, will be hunted"; "villagers who fled on
    Monday plan to return"): its cues before the expression; else the stretch between clause
    breaks around it ("the president will visit on Friday, his office said on Wednesday")."""
    inside = [a for a, b in _dependent_phrases(sentence) if a < position < b]
    opened = [a for a in inside if _any_between(cues, a, position)]
    if opened:
        return tuple(_between(c, max(opened), position) for c in cues)
    if inside:      # "revenge for the raid on Tuesday": the day dates a noun; all cues
        return cues
    lo, hi = _stretch(sentence, position, after)
    own = tuple(_between(c, lo, hi) for c in cues)
    return own if any(starts for starts, _ in own) else cues


def _stretch(sentence: str, position: int, after: int) -> tuple[int, int]:
    """The text between the clause breaks before ``position`` and after ``after``."""
    breaks = [m.start() for m in _PHRASE_END.finditer(sentence)]
    lo = max((b for b in breaks if b < position), default=-1) + 1
    hi = min((b for b in breaks if b >= after), default=len(sentence))
    return lo, hi


def _between(cues: _Cues, lo: int, hi: int) -> _Cues:
    """``cues`` starting in ``[lo, hi)``."""
    pairs = [(a, b) for a, b in zip(*cues, strict=True) if lo <= a < hi]
    return tuple(a for a, _ in pairs), tuple(b for _, b in pairs)


def _any_between(cues: tuple[_Cues, _Cues, _Cues], lo: int, hi: int) -> bool:
    return any(lo <= a < hi for starts, _ in cues for a in starts)


def _outside(cues: _Cues, phrases: list[tuple[int, int]]) -> _Cues:
    """``cues`` whose start lies in none of ``phrases`` (a cue may open its phrase: "to close")."""
    pairs = [(a, b) for a, b in zip(*cues, strict=True)
             if not any(lo < a < hi for lo, hi in phrases)]
    return tuple(a for a, _ in pairs), tuple(b for _, b in pairs)


@lru_cache(maxsize=64)
def _dependent_phrases(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each phrase :data:`_DEPENDENT` opens, up to the next clause break."""
    out = []
    for m in _DEPENDENT.finditer(sentence):
        stop = _PHRASE_END.search(sentence, m.end())
        out.append((m.start(), stop.start() if stop else len(sentence)))
    return tuple(out)


@lru_cache(maxsize=64)
def _tense_cues(sentence: str) -> tuple[_Cues, _Cues, _Cues]:
    """(starts, ends) of the future, the past and the timetable cues of ``sentence``. A copula
    before a date ("is on Friday") is a future cue: no story is told in it."""
    past = _spans(sentence, _PAST)
    future = _spans(sentence, _FUTURE, _SCHEDULED_COPULA)
    # a bare "open" or "close" may be an adjective after a past verb
    scheduled = _spans(sentence, _SCHEDULED_S, _SCHEDULED_BASE,
                       *(() if past[0] else (_SCHEDULED_BASE_ADJ,)))
    return future, past, scheduled


def _spans(sentence: str, *regexes: re.Pattern[str]) -> _Cues:
    """(starts, ends) of the matches of ``regexes`` in ``sentence``, in text order."""
    spans = sorted(m.span() for regex in regexes for m in regex.finditer(sentence))
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def _nearest(cues: _Cues, position: int, end: int | None = None) -> float:
    """The distance from ``position`` to the nearest of non-overlapping ``cues``: the last one
    starting at or before it, or the next one (with ``end``: the last one starting before
    ``position`` or the first starting at or after ``end``, both measured from ``position``)."""
    starts, ends = cues
    if end is not None:
        before, after = bisect_left(starts, position) - 1, bisect_left(starts, end)
        return min(position - min(ends[before], position) if before >= 0 else float("inf"),
                   starts[after] - position if after < len(starts) else float("inf"))
    i = bisect_right(starts, position)
    return min((min(abs(starts[j] - position), abs(ends[j] - position))
                for j in (i - 1, i) if 0 <= j < len(starts)), default=float("inf"))

"""The dates stage: time expressions of a document, and the date of each event.

:func:`find_timexes` recognises every time expression of a document's clean text with regular
expressions (:mod:`.recognize`) and normalises it against the publication date (:mod:`.normalize`,
:mod:`.anchor`), reading the tense of the words around it to pick the right "Friday" or "July".
:func:`event_date` picks an event's date from those: its own sentence first, then the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..nlp import split_sentences
from ..records import DateValue, Sentence
from .anchor import shift_days
from .normalize import Timex, normalize
from .recognize import recognize

__all__ = ["Timex", "event_date", "find_timexes", "tense_near"]

# Words before an expression that make it background, not an event date: "held since early 2014".
_BACKGROUND_BEFORE = re.compile(
    r"(?:\bsince|\bas\s+early\s+as|\bdating\s+back\s+to|\bas\s+long\s+ago\s+as|\buntil|\btill"
    r"|\bbefore|\bby)\s+$", re.I)
# "a 2014 propaganda video": a year used as an adjective dates a thing, not the event.
_ATTRIBUTIVE = re.compile(r"\b(?:an?|the)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|due\s+to|set\s+to|expected\s+to|scheduled|plans?\s+to"
    r"|planned\s+for|upcoming|to\s+be\s+held|would\s+be\s+held|to\s+begin|to\s+start|next)\b",
    re.I)
_PAST = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)"  # not participles
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|began|came|went|took|made|met|fought|held"
    r"|left|fled|saw|gave|won|lost|struck|shot|hit|became|found|brought|sent|spoke"
    r"|(?!\w*eed\b)(?!hundred\b|united\b|kindred\b|sacred\b)[a-z]{3,}ed)\b")
_PRESENT = re.compile(r"\b(?:is|are|am|has|have|says|say|'s|'re)\b", re.I)


# Expressions told from the last day the text named, not from the publication date.
_ANAPHORIC = frozenset({"nextday", "toldfrom"})


def tense_near(sentence: str, position: int, end: int | None = None) -> int:
    """+1 if the tense cue nearest ``position`` in ``sentence`` speaks of the future, else -1
    (the past on a tie). With ``end``, cues inside ``sentence[position:end]`` (the expression's
    own words: the "last" of "the last week of August") do not count. The cues of a sentence
    are found once, each question is a search."""
    future, past = _tense_cues(sentence)
    return 1 if _nearest(future, position, end) < _nearest(past, position, end) else -1


@lru_cache(maxsize=64)
def _tense_cues(sentence: str) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    """(starts, ends) of the future and of the past cues of ``sentence``, in order."""
    out = []
    for regex in (_FUTURE, _PAST):
        spans = [m.span() for m in regex.finditer(sentence)]
        out.append((tuple(a for a, _ in spans), tuple(b for _, b in spans)))
    return tuple(out)


def _nearest(cues: tuple[tuple[int, ...], tuple[int, ...]], position: int,
             end: int | None = None) -> float:
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


def find_timexes(text: str, anchor: date | None) -> tuple[Timex, ...]:
    """All time expressions of a document's clean text, normalised against ``anchor``."""
    out: list[Timex] = []
    last_day = anchor       # "the next day" counts from the last day the text named
    for sentence in split_sentences(text):
        for cand in recognize(sentence.text):
            tense = tense_near(sentence.text, cand.start, cand.end)
            reference = last_day if cand.kind in _ANAPHORIC else anchor
            for tx in normalize(cand, reference, tense):
                out.append(_placed(tx, sentence, text))
                if tx.precision == 1 and tx.start is not None:
                    last_day = tx.start
    return tuple(sorted(out, key=lambda t: t.span[0]))



def _placed(tx: Timex, sentence: Sentence, text: str) -> Timex:
    """The Timex in document offsets, with its role read from the words around it."""
    start, end = tx.span[0] + sentence.start, tx.span[1] + sentence.start
    before = text[max(sentence.start, start - 30):start]
    role = tx.role
    if role == "point" and _BACKGROUND_BEFORE.search(before):
        role = "background"
    elif (role == "point" and tx.precision and tx.precision >= 5
          and _ATTRIBUTIVE.search(before) and _NOUN_AFTER.match(text, end)):
        role = "background"
    return replace(tx, span=(start, end), role=role)


# --------------------------------------------------------------------------- event dates

# With no date in its sentence, an event told in the present or present perfect happened in the
# days up to the report (ACLED precision 2); one told in the past, within about a month of it
# (precision 3). The window sizes are ACLED's week and month.
RECENT_WINDOW_DAYS = 7
PAST_WINDOW_DAYS = 30
# "stepping up defenses since late October": an ongoing action dated from a recent start. Older
# starts ("held since early 2014") are background. Two months: ACLED codes ongoing events within
# the month-level precision it allows (3), so a start older than that says nothing about the event.
RECENT_SINCE_DAYS = 62
# Weekday, month or range types an event can be dated by.
_DATED_TYPES = frozenset({"DATE", "TIME", "DURATION"})
# The longest cue _SINCE_BEFORE or _ONGOING_BEFORE reads before a date ("for the past ").
CUE_WINDOW = 40
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_ONGOING_BEFORE = re.compile(r"\b(?:for|over|in)\s+(?:the\s+(?:past|last)\s+)?$", re.I)


def event_date(timexes: Sequence[Timex], sentence: Sentence, trigger_span: tuple[int, int] | None,
               published: date | None) -> DateValue | None:
    """The date of the event whose trigger is in ``sentence``; ``timexes`` are the document's
    in text order, as :func:`find_timexes` gives them.

    The point expression of the sentence nearest the trigger wins (not background, not a
    duration); then an ongoing action's recent start ("since late October") or length ("for
    months"); then the publication date gives a window ending on it, with ``text`` empty.
    """
    centre = trigger_span or (sentence.start, sentence.start)
    own = [tx for tx in _in_span(timexes, sentence.start, sentence.end)
           if not _in_relative_clause(sentence, tx.span, centre)]
    own.sort(key=lambda t: (_distance(t.span, centre) + _clause_penalty(sentence, t.span, centre),
                            t.span[0]))
    for tx in own:
        if tx.role == "point" and tx.type in _DATED_TYPES and (
                tx.start is not None or tx.value is None or tx.value.startswith("XXXX")):
            return DateValue(tx.start, tx.end, tx.precision, tx.text, tx.span)
    if published is None:
        return None
    return (_ongoing(own, sentence, published)
            or _window(sentence, centre[0] - sentence.start, published))


def _in_span(timexes: Sequence[Timex], start: int, end: int) -> list[Timex]:
    """The timexes inside [start, end), found by a search in ``timexes`` (in text order): an
    event's date must not cost a pass over all the dates of its document."""
    lo = bisect_left(timexes, start, key=lambda t: t.span[0])
    hi = bisect_left(timexes, end, lo=lo, key=lambda t: t.span[0])
    return [tx for tx in timexes[lo:hi] if tx.span[1] <= end]


def _ongoing(own: Sequence[Timex], sentence: Sentence, published: date) -> DateValue | None:
    """An action going on up to the report, from a recent start or for a stated length."""
    from .relative import duration_days, precision_for_days
    for tx in own:     # the cue words stand just before: a bounded look back, not the sentence
        at = tx.span[0] - sentence.start
        before = sentence.text[max(0, at - CUE_WINDOW):at]
        if (tx.start is not None and tx.precision and _SINCE_BEFORE.search(before)
                and 0 <= (published - tx.start).days <= RECENT_SINCE_DAYS):
            precision = max(tx.precision, 2)
            return DateValue(tx.start, published, precision, tx.text, tx.span)
        days = duration_days(tx.value) if tx.role == "duration" else None
        if days and _ONGOING_BEFORE.search(before):
            start = shift_days(published, -days)
            return DateValue(start, published, precision_for_days(days), tx.text, tx.span)
    return None


def _window(sentence: Sentence, position: int, published: date) -> DateValue:
    """The days up to the report: a week for present-tense news, a month for past tense."""
    past = tense_near(sentence.text, position) < 0 and not _PRESENT.search(sentence.text)
    days, precision = (PAST_WINDOW_DAYS, 3) if past else (RECENT_WINDOW_DAYS, 2)
    return DateValue(shift_days(published, 1 - days), published, precision, "",
                     (sentence.start, sentence.start))


# ", which have been pressing an offensive since late April": a relative clause after the
# trigger tells about something else; its dates are not the event's.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|whom|where)\b", re.IGNORECASE)


def _in_relative_clause(sentence: Sentence, span: tuple[int, int],
                        centre: tuple[int, int]) -> bool:
    if span[0] < centre[1]:
        return False
    between = sentence.text[centre[1] - sentence.start:span[0] - sentence.start]
    return bool(_RELATIVE_CLAUSE.search(between))


# A date across a comma or semicolon from the trigger is likely another clause's: it loses to
# one in the trigger's own clause unless that one is this much farther (characters).
CLAUSE_PENALTY = 40
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")


def _clause_penalty(sentence: Sentence, span: tuple[int, int], centre: tuple[int, int]) -> int:
    lo, hi = sorted((span[1], centre[0])) if span[0] < centre[0] else sorted((centre[1], span[0]))
    between = sentence.text[max(lo - sentence.start, 0):max(hi - sentence.start, 0)]
    return CLAUSE_PENALTY if _CLAUSE_BREAK.search(between) else 0


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0

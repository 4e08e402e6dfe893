"""One act told again on other days in its own sentence: one event per day.

ACLED codes an event per day: "gunners shelled the town on Saturday night and again on
Monday" is two shellings, and so is "troops and rebels clashed on Thursday and on Friday".
The sentence names the act once and its days in a row, so the detector reads one act; this
module finds the other days the sentence gives it, for the pipeline to tell an event for each
(:func:`repeated_days`), and which of the sentence's counts is whose (:func:`counts_of_day`).

Read from the words between the event's own day and the next: a repetition ("and again on
Monday", ", killing eight, and once more on Wednesday") or a bare list of days ("on Thursday
and Friday", "on Thursday and on Friday"). Not a span of days ("between Thursday and
Friday", "from Thursday to Saturday"), which is one event told as a range, nor a night that
runs into the next morning ("on Saturday night and Sunday morning"), nor another day of the
same date ("on Monday, 12 May").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..records import Count, Counts, DateValue, Sentence
from .possessive import POSSESSIVE_MARK
from .timex import DAY, Timex

# A repetition: "and again", "and once more", "and a second time", "then again", "and hit the
# town again", after an aside of a few words (", killing eight,"), before the next day's
# preposition.
_AGAIN = re.compile(
    r"(?:\s*,[^,;.:()]{1,60},)?\s*,?\s*(?:and|then|,)\s+(?:then\s+)?"
    # the act told again by a verb of its own: "and hit the town again" (not another
    # actor's: "and the army hit back again", "and police fired again")
    r"(?:(?:[a-z]+ed|hit|struck|shot|fought|beat|blew|threw|took)\s+(?:[a-z]+\s+){0,3}?)?"
    r"(?:again|once\s+again|once\s+more|a\s+second\s+time)\s*,?\s*"
    r"(?:(?:late|early)\s+)?(?:on|in\s+the\s+early\s+hours\s+of|overnight|during)?\s*", re.I)
# The doers coming back on another day: "stormed the town late on Sunday, and returned on
# Tuesday morning to kill three", "raided X on Friday and came back on Sunday, killing four".
# Not others coming back ("and residents returned on Monday"): only the act's own doers, the
# subject left out or "they".
_RETURNED = re.compile(
    r"(?:\s*,[^,;.:()]{1,60},)?\s*,?\s*(?:and|then|,)\s+(?:then\s+)?(?:they\s+)?"
    r"(?:returned|came\s+back)\s*(?:(?:late|early)\s+)?(?:on\s+)?", re.I)
# ... to do harm again, right after the day ("to kill three", ", burning homes"): not coming
# back to find, bury or rebuild ("returned on Monday to find the town deserted").
_HARM_AGAIN = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:to\s+(?:kill|attack|burn|loot|"
    r"abduct|kidnap|shoot|strike|bomb|shell|raid|storm|torch|seize|ambush|massacre|destroy)|"
    r"(?:killing|attacking|burning|looting|abducting|kidnapping|shooting|torching|seizing|"
    r"setting\s+fire))\b", re.I)
# A bare list of two days: "on Thursday and Friday", "on Thursday and on Friday".
_AND = re.compile(r"\s*,?\s*and\s+(?:(?:late|early)\s+)?(?:on\s+)?", re.I)
# Words before the first day that make the two one span of days, not two.
_SPAN_BEFORE = re.compile(r"\b(?:between|from|through|throughout|over|since|until|to)\s+$", re.I)
# The parts of a day a night begins in ("Saturday night", "late on Monday") and ends in
# ("early Tuesday", "Sunday morning", "the small hours"): a happening of the night runs from
# one into the next day.
NIGHT_FALL = re.compile(r"\b(?:night|overnight|late|evening)\b", re.I)
NIGHT_END = re.compile(r"\b(?:morning|dawn|early|daybreak|hours|midnight)\b", re.I)
# How far before the first day a span word may stand ("between late Thursday and ...").
_SPAN_LOOKBACK = 24
# At most this many days one sentence tells an act on: a longer list is a chronology.
MAX_DAYS = 3


def repeated_days(timexes: Sequence[Timex], sentence: Sentence,
                  when: DateValue | None) -> tuple[DateValue, ...]:
    """Every day ``sentence`` tells the act dated ``when`` on, ``when`` among them, in text
    order; () when ``when`` is not a day read in the sentence or the sentence tells the act on
    no other day. The act's own day may be any of the row ("struck on Tuesday, and again on
    Wednesday, when a drone hit a truck": the trigger stands by the second).

    ``timexes`` are the document's, in text order, as :func:`.find_timexes` gives them."""
    if not _own_day(when, sentence):
        return ()
    days = [DateValue(tx.start, tx.end, tx.precision, tx.text, tx.span) for tx in timexes
            if sentence.start <= tx.span[0] and tx.span[1] <= sentence.end and _a_day(tx)]
    at = next((n for n, d in enumerate(days) if d.span == when.span), None)
    if at is None:
        return ()
    first = at
    while first > 0 and _again(sentence, days[first - 1], days[first]):
        first -= 1
    last = at
    while last + 1 < len(days) and _again(sentence, days[last], days[last + 1]):
        last += 1
    row = days[first:last + 1]
    before = sentence.text[max(0, row[0].span[0] - sentence.start - _SPAN_LOOKBACK):
                           row[0].span[0] - sentence.start]
    if len(row) < 2 or len(row) > MAX_DAYS or _SPAN_BEFORE.search(before):
        return ()
    return tuple(row)


def _again(sentence: Sentence, day: DateValue, then: DateValue) -> bool:
    """``then`` is another day the act of ``day`` is told on: the words between them repeat
    it (or tell its doers coming back to do harm again), or list the two days, neither the
    same day nor a night running into the next day."""
    gap = sentence.text[day.span[1] - sentence.start:then.span[0] - sentence.start]
    if POSSESSIVE_MARK.match(sentence.text, then.span[1] - sentence.start):
        return False        # "on Sunday and Monday's market was shut": another happening's
    again = _AGAIN.fullmatch(gap) is not None or (
        _RETURNED.fullmatch(gap) is not None
        and _HARM_AGAIN.match(sentence.text, then.span[1] - sentence.start) is not None)
    if not again and _AND.fullmatch(gap) is None:
        return False
    return then.start != day.start and (again or not _runs_on(day, then))


def counts_of_day(counts: Counts, days: Sequence[DateValue], k: int) -> Counts:
    """The counts of the ``k``-th of an act's ``days`` (text order): a figure belongs to the
    day named last before it ("on Tuesday, killing eight, and again on Wednesday": eight on
    Tuesday), a figure before every day to the first."""
    def mine(c: Count | None) -> Count | None:
        if c is None:
            return None
        owner = max((n for n, d in enumerate(days) if d.span[0] <= c.span[0]), default=0)
        return c if owner == k else None

    return replace(counts, fatalities=mine(counts.fatalities), injured=mine(counts.injured),
                   arrested=mine(counts.arrested))


def _own_day(when: DateValue | None, sentence: Sentence) -> bool:
    return (when is not None and when.precision == DAY and when.start is not None
            and bool(when.text) and sentence.start <= when.span[0] < sentence.end)


def _a_day(tx: Timex) -> bool:
    return (tx.role == "point" and tx.type in ("DATE", "TIME") and tx.precision == DAY
            and tx.start is not None)


def _runs_on(first: DateValue, then: DateValue) -> bool:
    """A night that runs into the next day's early hours: one happening."""
    return (first.start is not None and then.start is not None
            and (then.start - first.start).days == 1
            and NIGHT_FALL.search(first.text) is not None
            and NIGHT_END.search(then.text) is not None)

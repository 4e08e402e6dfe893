"""An act told inside a counted "after" phrase: "signed a truce on Tuesday, two days after
shelling killed six people in the city".

The nearest day to the shelling's trigger is the sentence's, Tuesday, which is the truce's: the
shelling came two days before it. An event whose trigger stands after such a phrase ("a day
after", "two days after", "a week after", "three days following"), in a sentence whose words
before the phrase name a day, is dated by counting back from that day: days give the day
(precision 1), weeks a few days around it (precision 2). Not when the act's own words name a
day of their own ("two days after the strike on Sunday": the nearest-date rule reads it), nor
for a possessive day ("two days after Saturday's shelling", :mod:`.possessive`), nor for hours
("hours after": the same day or the one before, which the main day's window already holds).

An act told "hours after" or "shortly before" the main clause's (:func:`soon_after`) keeps the
main clause's day, though it is told aside: "riots broke out on Tuesday night, hours after
police arrested the mayor" dates the arrest Tuesday too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..numbers import parse_number
from ..records import DateValue, Sentence
from .anchor import shift_days
from .normalize import Timex

# "two days after", "a week after", "10 days following"; the count and its unit.
_COUNTED_AFTER = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?:after|following)\b", re.I)
# Days either side of a day counted back in weeks ("a week after": six to eight days).
WEEK_SLACK = 1
# What ends the phrase's clause: "two days after the vote, gunmen attacked" tells the attack
# outside it.
_CLAUSE_BREAK = re.compile(r"[,;:]")


# "hours after", "minutes before", "shortly after", "an hour before", "moments after": within
# a day of the main clause's act, so of its day ("48 hours after" is counted in days).
_SOON_AFTER = re.compile(
    r"\b(?:(?:(?:a\s+few|several|some|two|three|four|five|six|\d)\s+|(?<!\d\s))(?:hours|minutes)|"
    r"(?:an|one|half\s+an)\s+hour|shortly|soon|just|moments|only\s+hours)\s+"
    r"(?:after|before)\b", re.I)


def counts_back(words: str) -> bool:
    """True when a date's words are a counted "after" phrase: the date is an earlier
    happening's, counted back from the sentence's day, not the time the article tells of."""
    return _COUNTED_AFTER.fullmatch(words.strip()) is not None


def counted_back(own: Sequence[Timex], sentence: Sentence,
                 trigger_span: tuple[int, int]) -> DateValue | None:
    """The date of the act whose trigger stands in a counted "after" phrase of ``sentence``
    (after it, before the clause ends), counted back from the day named before the phrase
    (``own``: the sentence's timexes, in document offsets); ``None`` when no such phrase, day
    or count applies."""
    text, at = sentence.text, trigger_span[0] - sentence.start
    phrase = next((m for m in reversed(list(_COUNTED_AFTER.finditer(text, 0, at)))
                   if not _CLAUSE_BREAK.search(text, m.end(), at)), None)
    if phrase is None:
        return None
    stop = _CLAUSE_BREAK.search(text, at)
    opens, closes = sentence.start + phrase.start(), sentence.start + phrase.end()
    ends = sentence.start + (stop.start() if stop else len(text))
    if any(closes <= tx.span[0] < ends and tx.start is not None and not tx.clockless
           for tx in own):
        return None                         # the act's own words name its day (not a set or
                                            # a length: "at a night market", "for hours"; nor
                                            # a time of day told from the sentence's day: "a
                                            # day after fighters killed two in a dawn raid")
    day = next((tx for tx in reversed(own) if tx.span[1] <= opens and tx.precision == 1
                and tx.start is not None and tx.role == "point"), None)
    count = 1 if phrase["count"].lower() in ("a", "an") else parse_number(phrase["count"])
    if day is None or not count:
        return None
    span = (opens, closes)
    if phrase["unit"].lower().startswith("day"):
        back = shift_days(day.start, -count)
        return DateValue(back, back, 1, phrase.group(0), span)
    back = shift_days(day.start, -7 * count)
    return DateValue(shift_days(back, -WEEK_SLACK), shift_days(back, WEEK_SLACK), 2,
                     phrase.group(0), span)


def soon_after(sentence: Sentence, trigger_span: tuple[int, int]) -> bool:
    """True when the trigger stands in an "hours after" or "shortly before" phrase of its
    clause ("..., hours after gendarmes arrested the mayor"): the act was within a day of the
    main clause's, and takes its day."""
    at = trigger_span[0] - sentence.start
    clause = _CLAUSE_BREAK.split(sentence.text[:max(at, 0)])[-1]
    return _SOON_AFTER.search(clause) is not None

"""A length told from the last happening: "twenty minutes later", "three days later".

"Gunmen attacked a checkpoint on Friday evening. About twenty minutes later, a second group
opened fire on a post in the next town" dates the second attack by the first one's day. The
length keeps its TimeML value (a DURATION, ``PT20M``) and gains the day it lands on, as "the
past year" does (:func:`.relative.norm_span`), so that :func:`~eventwire.dates.event_date`
reads it as the sentence's day. Only "later" and "earlier" right after the length count: "two
days after the attack" is told from the attack the sentence names, not from the last day
(:func:`.after.counted_back`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .after import WEEK_SLACK
from .anchor import shift_days
from .relative import duration_days
from .timex import DAY, WEEK, Timex

_LATER = re.compile(r"\s+(?P<way>later|earlier)\b", re.I)
# A length of hours this short stays within the day it is told from ("two hours later"); a
# longer one, or "hours later" with no count, may run into the next (a night raid's "hours
# later" is often the next morning), so it gets that day and the next. Set by reasoning: a
# happening told in the evening, six hours on, is still before midnight more often than not.
SAME_DAY_HOURS = 6
# The longest length given a day: beyond a few weeks "later" dates loosely ("months later").
LONGEST_DAYS = 14


def told_later(tx: Timex, after: str, last_day: date, anchor: date | None) -> Timex:
    """``tx`` with the day it lands on when it is a length followed by "later" or "earlier"
    (``after`` is the text right after it) told from ``last_day``; else ``tx`` unchanged, and
    so when it would land after ``anchor``, the publication date (a plan's "two days later")."""
    way = _LATER.match(after)
    if tx.role != "duration" or way is None or not tx.value:
        return tx
    landed = _land(tx, -1 if way["way"].lower() == "earlier" else 1, last_day)
    if anchor is None or landed.start is None:
        return landed
    if landed.start > anchor:
        return tx
    return replace(landed, end=min(landed.end, anchor))


def _land(tx: Timex, sign: int, last_day: date) -> Timex:
    if tx.value.startswith("PT"):           # seconds, minutes or hours
        hours = _hours(tx.value)
        if tx.value in ("PTXM", "PTXS") or (hours is not None and hours < SAME_DAY_HOURS):
            return _landed(tx, last_day, last_day, DAY)     # "minutes later": that day
        return _landed(tx, *sorted((last_day, shift_days(last_day, sign))), WEEK)
    days = duration_days(tx.value)
    if days is None or days > LONGEST_DAYS or "X" in tx.value:
        return tx
    day = shift_days(last_day, sign * round(days))
    if tx.value.endswith("D"):
        return _landed(tx, day, day, DAY)
    # "two weeks later": about then, as "a week after" is (:data:`.after.WEEK_SLACK`)
    return _landed(tx, shift_days(day, -WEEK_SLACK), shift_days(day, WEEK_SLACK), WEEK)


def _hours(value: str) -> float | None:
    """The hours of a TimeML time length ("PT20M" 1/3, "PT2H" 2); ``None`` when uncounted."""
    found = re.fullmatch(r"PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?",
                         value)
    if found is None or not any(found.groups()):
        return None
    h, m, s = (float(g or 0) for g in found.groups())
    return h + m / 60 + s / 3600


def _landed(tx: Timex, start: date, end: date, precision: int) -> Timex:
    return replace(tx, start=start, end=end, precision=precision, role="point")

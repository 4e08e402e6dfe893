"""Calendar arithmetic for relative dates: weekdays, months, seasons and weeks near an anchor.

Every function is pure and total on valid input; ``direction`` says which occurrence is meant:
``-1`` the latest on or before the anchor, ``+1`` the earliest on or after it, and ``strict``
excludes the anchor's own day/month/season ("last Friday" on a Friday is a week ago).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASONS = ("SP", "SU", "FA", "WI")
# Meteorological seasons (northern hemisphere), as TimeML values use them: first month of each.
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Parts of a month for "early/mid/late X": first, middle and last third.
PART_DAYS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
# "The end of the year" told in the past tense in the first months of a year is the last year's:
# the end of this year has not come yet (its last third starts in September).
PAST_YEAR_END_MONTHS = 8


def shift_days(d: date, days: int) -> date:
    """``d`` moved by ``days``, held inside the calendar (``date.min`` … ``date.max``): a
    window before a publication date of 0001-01-01 starts on that day, it does not fail."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), month_end(year, month)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by ``n`` months."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def weekday_near(anchor: date, weekday: int, direction: int, strict: bool = False) -> date:
    """The date with ``weekday`` (Monday 0) nearest ``anchor`` in ``direction``."""
    if direction < 0:
        back = (anchor.weekday() - weekday) % 7
        if strict and back == 0:
            back = 7
        return anchor - timedelta(days=back)
    ahead = (weekday - anchor.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return anchor + timedelta(days=ahead)


def month_near(anchor: date, month: int, direction: int, strict: bool = False) -> int:
    """The year of the month ``month`` nearest ``anchor`` in ``direction``."""
    if direction < 0:
        before = month < anchor.month or (month == anchor.month and not strict)
        return anchor.year if before else anchor.year - 1
    after = month > anchor.month or (month == anchor.month and not strict)
    return anchor.year if after else anchor.year + 1


def day_near(anchor: date, month: int, day: int, direction: int) -> date | None:
    """A month and day without a year, placed in the year that ``direction`` says."""
    for year in (anchor.year, anchor.year + direction):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if (d <= anchor) if direction < 0 else (d >= anchor):
            return d
    return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of a month; ``n`` -1 for the last one."""
    if n < 0:
        return month_end(year, month) - timedelta(days=(month_end(year, month).weekday()
                                                        - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def season_of(d: date) -> tuple[int, str]:
    """(year, season) of a day; December..February is the winter of December's year."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, SEASONS[(d.month - 3) // 3]


def season_bounds(year: int, season: str) -> tuple[date, date]:
    first = SEASON_START_MONTH[season]
    end_year, end_month = add_months(year, first, 2)
    return date(year, first, 1), month_end(end_year, end_month)


def season_near(anchor: date, season: str, direction: int, strict: bool = False) -> int:
    """The year of the ``season`` nearest ``anchor`` in ``direction``."""
    current_year, current = season_of(anchor)
    order = SEASONS.index(season) - SEASONS.index(current)
    year = current_year
    if direction < 0:
        if order > 0 or (order == 0 and strict):
            year -= 1
    elif order < 0 or (order == 0 and strict):
        year += 1
    return year


def week_bounds(d: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week of ``d``."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def part_of_month(year: int, month: int, part: str) -> tuple[date, date]:
    """The days of "early/mid/late <month>" (``part`` START, MID or END)."""
    low, high = PART_DAYS[part]
    last = calendar.monthrange(year, month)[1]
    return date(year, month, low), date(year, month, min(high, last))


def part_of_year(year: int, part: str) -> tuple[date, date]:
    """The months of "early/mid/late <year>": first, middle and last third."""
    first = {"START": 1, "MID": 5, "END": 9}[part]
    return date(year, first, 1), month_end(year, first + 3)


# --------------------------------------------------------------------------- TimeML values


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"

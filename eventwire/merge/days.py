"""The days two reports name for their event, as a week or a year's calendar reads them, so
that reports no year or publication date anchors (an archive's undated copies) can still be
told apart by their days: "on Thursday" and "on Monday" are two happenings.
"""

from __future__ import annotations

from datetime import date

from ..dates.recognize import MONTHS, WEEKDAYS
from ..records import Event
from .text import normalise

# Dates read from two reports may differ by a day (time zones, "overnight", the dateline's day).
DATE_SLACK_DAYS = 1

Calendar = tuple[int | None, tuple[int, int] | None]       # weekday, (month, day)


def calendar(e: Event, window: tuple[date, date] | None) -> Calendar:
    """The weekday and the (month, day) a report names for its event, whether or not a year
    or a publication date anchors them: "on Thursday" in an archive's undated copy still says
    which day it was not. Read from a one-day window, else from the date's words."""
    d = e.date
    if window is not None and window[0] == window[1]:
        return window[0].weekday(), (window[0].month, window[0].day)
    if window is not None or d is None or not d.text:
        return None, None
    tokens = normalise(d.text).split()
    weekday = next((WEEKDAYS[t] for t in tokens if t in WEEKDAYS), None)
    month = next((MONTHS[t] for t in tokens if t in MONTHS), None)
    day = next((int(t) for t in tokens if t.isdigit() and 1 <= int(t) <= 31), None)
    return weekday, (month, day) if month is not None and day is not None else None


def _days_apart(x: int, y: int, cycle: int) -> int:
    """Days between two days of a week or year, whichever way round is shorter."""
    gap = abs(x - y) % cycle
    return min(gap, cycle - gap)


def _day_of_year(month_day: tuple[int, int]) -> int:
    return date(2000, *month_day).timetuple().tm_yday     # a leap year: 29 February counts


def calendars_clash(a: Calendar, b: Calendar) -> bool:
    """True when two :func:`calendar` readings name weekdays, or days of the year, further
    apart than :data:`DATE_SLACK_DAYS`."""
    (wa, da), (wb, db) = a, b
    if wa is not None and wb is not None and _days_apart(wa, wb, 7) > DATE_SLACK_DAYS:
        return True
    return (da is not None and db is not None
            and _days_apart(_day_of_year(da), _day_of_year(db), 366) > DATE_SLACK_DAYS)

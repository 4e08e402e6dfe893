"""Times of day with no clock: "overnight", "at dawn", "before dawn", "in the early hours of
Sunday", "after dark".

A report is dated by its day, not its hour, so these are told from the publication day unless a
weekday is named. "Overnight" in a report about the past is the night that ended on the
publication day: the evening before and the morning of it, a window of two days (precision 2).
With a weekday it is the night next to that day: "overnight into Tuesday" ended on Tuesday;
"overnight on Tuesday" or "Tuesday overnight" may be either night, so both are the window. Dawn,
dusk and the small hours are moments of one day (precision 1): the publication day in a report
about the past, else the next one to come (dawn has passed when a report is written; dusk, not).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from . import anchor as cal
from .recognize import WEEKDAYS
from .timex import DAY, WEEK, Timex

__all__ = ["norm_daypart", "norm_overnight"]

# TimeML parts of day of the words that name one; the sun's rise is the start of the morning.
_PART = {"dawn": "MO", "predawn": "MO", "pre-dawn": "MO", "daybreak": "MO", "first light": "MO",
         "sunrise": "MO", "dusk": "EV", "sunset": "EV", "nightfall": "EV", "dark": "NI"}
# TimeML mods: "before dawn" is the end of the night, read as the start of that day's morning.
_MOD = {"before": "START", "just before": "START", "shortly before": "START", "predawn": "START",
        "pre-dawn": "START", "early": "START", "small": "START", "wee": "START"}


def _weekday(name: str | None, anchor: date, tense: int) -> date | None:
    if not name:
        return None
    return cal.weekday_near(anchor, WEEKDAYS[name.lower().rstrip(".")], tense)


def norm_overnight(base: Timex, g: dict[str, str], anchor: date | None,
                   tense: int) -> list[Timex]:
    """ "overnight", "overnight into Tuesday", "overnight Monday to Tuesday", "Tuesday
    overnight": TimeML's night (NI) of the evening it began, dated by the window it may fill."""
    base = replace(base, type="TIME")
    if anchor is None:
        return [replace(base, value="XXXX-XX-XXTNI")]
    into, on = _weekday(g.get("into"), anchor, tense), _weekday(g.get("on"), anchor, tense)
    if into is not None:
        evening, start, end = into - timedelta(days=1), into - timedelta(days=1), into
    elif on is not None:
        evening, start, end = on, on - timedelta(days=1), on + timedelta(days=1)
    else:
        evening = anchor - timedelta(days=1) if tense < 0 else anchor
        start, end = evening, evening + timedelta(days=1)
    return [replace(base, value=f"{evening.isoformat()}TNI", start=start, end=end,
                    precision=WEEK)]


def norm_daypart(base: Timex, g: dict[str, str], anchor: date | None,
                 tense: int) -> list[Timex]:
    """ "at dawn (on Friday)", "Friday before dawn", "the early hours of Sunday", "a dawn raid",
    "after dark": one day's part (TimeML MO, EV, NI)."""
    word = " ".join((g.get("word") or "").lower().split())
    part = _PART.get(word, "MO")
    mod = _MOD.get(g.get("hours", "").lower()) or _MOD.get(word) \
        or _MOD.get(" ".join(g.get("prep", "").lower().split()))
    base = replace(base, type="TIME", mod=mod)
    if anchor is None:
        return [replace(base, value=f"XXXX-XX-XXT{part}")]
    day = _weekday(g.get("wd"), anchor, tense)
    if day is None:
        day = anchor + timedelta(days=1 if tense > 0 and part == "MO" else 0)
    return [replace(base, value=f"{day.isoformat()}T{part}", start=day, end=day, precision=DAY)]

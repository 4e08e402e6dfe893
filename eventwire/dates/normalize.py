"""Normalisation: a recognised time expression and an anchor -> TimeML value, start/end, precision.

``tense`` is -1 when the words around the expression speak of the past (or present: news reports
what happened) and +1 when they speak of the future; it decides which "Friday" or "July" is meant.
With no anchor, relative expressions keep an underspecified value ("XXXX-WXX-5") and no start.
Calendar names (months, weekdays, seasons, years) are normalised here; expressions counted in
units ("three days ago", "for months") in :mod:`.relative`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from . import anchor as cal
from .dayparts import norm_daypart, norm_overnight
from .holidays import day_known, holiday_near
from .recognize import DECADE_WORDS, MONTHS, WEEKDAYS, Candidate
from .relative import (
    norm_ago,
    norm_duration,
    norm_endof,
    norm_for_the_day,
    norm_next_day,
    norm_nth,
    norm_relunit,
    norm_set,
    norm_span,
    norm_stretch,
    norm_told_from,
)
from .timex import (
    CENTURY,
    DAY,
    DAYPART_CODES,
    DECADE,
    MODS,
    MONTH,
    SEASON,
    WEEK,
    Timex,
    day_timex,
    direction_of,
    mod_of,
    rel_of,
    safe_date,
    year_timex,
)

__all__ = ["Timex", "normalize"]

PARTS = DAYPART_CODES
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
# "now" covers the week up to the report (ACLED's precision 2 window).
PRESENT_DAYS = 7


def normalize(cand: Candidate, anchor: date | None, tense: int,
              day_first: bool | None = None) -> list[Timex]:
    """The Timex values of one candidate (a year range gives two). ``day_first`` is the order
    of "9/11/2024" in the document's country (None: unknown, the US order unless it cannot be)."""
    g = {k: v for k, v in cand.match.groupdict().items() if v is not None}
    base = Timex(cand.text, (cand.start, cand.end), "DATE", None)
    try:
        if cand.kind == "numeric":
            return _numeric(base, g, day_first)
        return _NORMALIZERS[cand.kind](base, g, anchor, tense or -1)
    except (ValueError, OverflowError):
        # Outside the calendar ("5,000 years ago", "the 0th century"): kept, with no dates.
        return [base]


def _iso(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    return day_timex(base, safe_date(int(g["y"]), int(g["m"]), int(g["d"])))


def _numeric(base: Timex, g: dict[str, str], day_first: bool | None) -> list[Timex]:
    """ "9/11/2024": the order a number over 12 shows, else the document's, else the US one."""
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    if a > 12 or b > 12:
        day_first = a > 12
    month, day = (b, a) if day_first else (a, b)
    return day_timex(base, safe_date(y, month, day))


def _dotted(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """Day.month.year ("17.11.2015"), the European order."""
    return day_timex(base, safe_date(int(g["y"]), int(g["m"]), int(g["d"])))


def _month_day(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    month = MONTHS[g["month"].lower().rstrip(".")]
    day = int("".join(ch for ch in g["day"] if ch.isdigit()))
    if "year" in g:
        return day_timex(base, safe_date(int(g["year"]), month, day))
    if anchor is None:
        return [replace(base, value=f"XXXX-{month:02d}-{day:02d}")]
    return day_timex(base, cal.day_near(anchor, month, day, tense))


def _day_range(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "March 3-5", "between 10 and 15 March": one expression, a range of days."""
    month = MONTHS[g["month"].lower().rstrip(".")]
    d1, d2 = (int("".join(ch for ch in g[k] if ch.isdigit())) for k in ("d1", "d2"))
    if anchor is None and "year" not in g:
        return [replace(base, value=f"XXXX-{month:02d}-{d1:02d}")]
    year = int(g["year"]) if "year" in g else cal.month_near(anchor, month, tense)
    start, end = safe_date(year, month, d1), safe_date(year, month, d2)
    if start is None or end is None or end <= start:
        return day_timex(base, start)
    return [replace(base, value=cal.day_value(start), start=start, end=end, precision=WEEK)]


def _month(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    month = MONTHS[g["month"].lower().rstrip(".")]
    mod = mod_of(g)
    rel = rel_of(g)
    if "year" in g:
        year = int(g["year"])
    elif anchor is None:
        return [replace(base, value=f"XXXX-{month:02d}", mod=mod)]
    elif rel == "this":
        year = anchor.year
    else:
        year = cal.month_near(anchor, month, *direction_of(rel, tense))
    start, end = (cal.part_of_month(year, month, mod) if mod else cal.month_bounds(year, month))
    return [replace(base, value=cal.month_value(year, month), start=start, end=end,
                    precision=MONTH, mod=mod)]


def _season(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    season = SEASON_CODES[g["season"].lower()]
    rel = rel_of(g)
    if "year" in g:
        year = int(g["year"])
    elif anchor is None:
        return [replace(base, value=f"XXXX-{season}", mod=mod_of(g))]
    elif rel == "this":
        year = cal.season_near(anchor, season, tense)
    else:
        year = cal.season_near(anchor, season, *direction_of(rel, tense))
    start, end = cal.season_bounds(year, season)
    return [replace(base, value=f"{year}-{season}", start=start, end=end, precision=SEASON,
                    mod=mod_of(g))]


def _decade(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    if "dec" in g:
        first = int(g["dec"])
        if first % 100 == 0 and first < CENTURY_NOT_DECADE_FROM:   # "the 1800s": a century
            return _century(base, {"ord": f"{first // 100 + 1}th"} | g, anchor, tense)
    elif anchor is None:    # "'90s" with no anchor: which century is unknown, not guessed
        return [base]
    else:   # "'90s", "the nineties": the latest such decade not after the anchor's
        now = anchor.year
        first = now // 100 * 100 + (int(g["short"]) if "short" in g
                                    else DECADE_WORDS[g["word"].lower()])
        if first > now:
            first -= 100
    return [replace(base, value=str(first // 10), start=date(first, 1, 1),
                    end=date(first + 9, 12, 31), precision=DECADE, mod=mod_of(g))]


# "the 1800s" is the century; "the 1900s" and "the 2000s" are read as decades, as TimeML
# annotators mostly tag them (the first decade of the century).
CENTURY_NOT_DECADE_FROM = 1900
_ORDINAL_WORDS = {"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "twenty-first": 21}


def _century(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    word = g["ord"].lower()
    n = _ORDINAL_WORDS.get(word) or int("".join(ch for ch in word if ch.isdigit()))
    first = (n - 1) * 100
    return [replace(base, value=f"{n - 1:02d}", start=date(max(first, 1), 1, 1),
                    end=date(first + 99, 12, 31), precision=CENTURY, mod=mod_of(g))]


def _year(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    return [year_timex(base, int(g["year"]), mod_of(g))]


def _year_range(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "2009-2010" and "1957-58" are two years, as TimeML tags them."""
    y1 = int(g["y1"])
    y2 = int(g["y2"]) if len(g["y2"]) == 4 else y1 // 100 * 100 + int(g["y2"])
    if y2 <= y1:
        return [year_timex(base, y1, None)]
    s, e = base.span
    head, tail = base.text[:4], base.text[-len(g["y2"]):]
    return [year_timex(replace(base, text=head, span=(s, s + 4)), y1, None),
            year_timex(replace(base, text=tail, span=(e - len(tail), e)), y2, None)]


def _quarter(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    q = QUARTERS.get(g["q"].lower()) or int(g["q"][1])      # "third" or "Q3"
    if "year" in g:
        year = int(g["year"])
    elif anchor is None:
        return [replace(base, value=f"XXXX-Q{q}")]
    else:
        shift = {"last": -1, "next": 1}.get(g.get("yrel", "").lower(), 0)
        year = anchor.year + shift
        if not shift and tense < 0 and 3 * (q - 1) + 1 > anchor.month:
            year -= 1      # "the fourth quarter" reported in March is last year's
    start, end = cal.quarter_bounds(year, q)
    return [replace(base, value=f"{year}-Q{q}", start=start, end=end, precision=SEASON)]


def _weekday(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    wd = WEEKDAYS[g["wd"].lower().rstrip(".")]
    part = PARTS.get(g.get("part", "").lower())
    base = replace(base, mod=MODS.get(g.get("dmod", "").lower()))     # "late on Tuesday"
    if anchor is None:
        return [replace(base, type="TIME" if part else "DATE",
                        value=f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""))]
    rel = rel_of(g)
    if rel == "this":
        d = cal.weekday_near(anchor, wd, tense)
    else:
        d = cal.weekday_near(anchor, wd, *direction_of(rel, tense))
    if part:
        return [replace(base, type="TIME", value=f"{d.isoformat()}T{part}", start=d, end=d,
                        precision=DAY)]
    return day_timex(base, d)


_RELDAY_OFFSET = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1, "last": -1}


def _relday(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    word = (g.get("word") or g["word2"]).lower()
    part = "NI" if word == "tonight" else PARTS.get((g.get("part") or g.get("part2", "")).lower())
    if anchor is None:
        return [replace(base, type="TIME" if part else "DATE", value=None)]
    d = anchor + timedelta(days=_RELDAY_OFFSET[word])
    if part:
        return [replace(base, type="TIME", value=f"{d.isoformat()}T{part}", start=d, end=d,
                        precision=DAY)]
    return day_timex(base, d)


def _weekend(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "over the weekend": the one just past in past-tense reports, else the coming one."""
    if anchor is None:
        return [replace(base, value="XXXX-WXX-WE")]
    saturday = cal.weekday_near(anchor, 5, tense)
    sunday = saturday + timedelta(days=1)
    if tense < 0 and anchor.weekday() == 6:
        saturday, sunday = anchor - timedelta(days=1), anchor
    return [replace(base, value=cal.week_value(saturday) + "-WE", start=saturday, end=sunday,
                    precision=WEEK)]


def _half(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "the first half of 2012", "the second half": TimeML's H1/H2."""
    half = 1 if (g.get("h") or g["h2"]).lower() in ("first", "1") else 2     # or "latter"
    if "year" in g:
        year = int(g["year"])
    elif anchor is None:
        return [replace(base, value=f"XXXX-H{half}")]
    else:
        shift = {"last": -1, "next": 1}.get(g.get("yrel", "").lower(), 0)
        year = anchor.year + shift
        if not shift and tense < 0 and 6 * half - 5 > anchor.month:
            year -= 1      # "the second half" told in the past in March is last year's
    start = date(year, 6 * half - 5, 1)
    return [replace(base, value=f"{year}-H{half}", start=start,
                    end=cal.month_end(year, 6 * half), precision=SEASON)]


def _ref(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    word = " ".join(g["word"].lower().split())
    if word in ("recently", "lately") or word.endswith("past"):
        return [replace(base, value="PAST_REF", role="background")]
    if word.endswith("future"):
        return [replace(base, value="FUTURE_REF", role="background")]
    # "now" is the days up to the report: a week-level date, not a day.
    if anchor is None:
        return [replace(base, value="PRESENT_REF")]
    return [replace(base, value="PRESENT_REF", start=anchor - timedelta(days=PRESENT_DAYS - 1),
                    end=anchor, precision=WEEK)]


def _time(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    if "word" in g:
        hour, minute = (0, 0) if g["word"].lower() == "midnight" else (12, 0)
    else:
        hour = int(g.get("h") or g.get("h2"))
        minute = int(g.get("min") or g.get("min2") or 0)
        ampm = g.get("ampm", "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if anchor is None:
        return [replace(base, type="TIME", value="XXXX-XX-XX" + clock)]
    d = anchor
    if "wd" in g:
        d = cal.weekday_near(anchor, WEEKDAYS[g["wd"].lower().rstrip(".")], tense)
    return [replace(base, type="TIME", value=d.isoformat() + clock, start=d, end=d,
                    precision=DAY)]


def _holiday(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    if not day_known(g["name"]):     # "Ramadan": its day is not known here
        return [replace(base, value="XXXX-XX-XX", role="background")]
    if anchor is None:
        return [replace(base, value="XXXX-XX-XX")]
    return day_timex(base, holiday_near(g["name"], anchor, tense))


_NTH_WEEK = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _week_of(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "the second week of March": the week of its 8th; the last week, of its last day."""
    month = _month(base, {k: v for k, v in g.items() if k in ("month", "year")}, anchor, tense)[0]
    if month.start is None:
        return [month]
    nth = _NTH_WEEK.get(g["nth"].lower())
    day = month.start + timedelta(days=7 * (nth - 1)) if nth else month.end
    start, end = cal.week_bounds(day)
    return [replace(month, value=cal.week_value(day), start=start, end=end, precision=WEEK)]


def _day_of(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "the morning of June 3", "the night of Friday": a part of a named day (TimeML TIME)."""
    part = PARTS[g["part"].lower()]
    if "wd" in g:
        day = _weekday(base, {"wd": g["wd"]}, anchor, tense)[0]
    else:
        named = {"month": g.get("month") or g["month2"], "day": g.get("day") or g["day2"]}
        day = _month_day(base, named | ({"year": g["year"]} if "year" in g else {}), anchor,
                         tense)[0]
    value = f"{day.value}T{part}" if day.value else None
    return [replace(day, type="TIME", value=value)]


def _day_of_month(base: Timex, g: dict[str, str], anchor: date | None,
                  tense: int) -> list[Timex]:
    """ "on the 14th": that day of the month nearest the report in the sentence's tense."""
    day = int(g["day"][:-2])
    if anchor is None:
        return [replace(base, value=f"XXXX-XX-{day:02d}")]
    year, month = anchor.year, anchor.month
    if (day <= anchor.day) != (tense < 0):      # not this month's: the one before or after
        year, month = cal.add_months(year, month, tense)
    return day_timex(base, safe_date(year, month, day))


def _nth_weekday(base: Timex, g: dict[str, str], anchor: date | None,
                 tense: int) -> list[Timex]:
    """ "the last Sunday in April": that weekday of the month the sentence's tense picks."""
    month = _month(base, {k: v for k, v in g.items() if k in ("month", "year")}, anchor, tense)[0]
    if month.start is None:
        return [month]
    n = _NTH_WEEK.get(g["nth"].lower(), -1)
    day = cal.nth_weekday(month.start.year, month.start.month,
                          WEEKDAYS[g["wd"].lower()], n)
    return day_timex(base, day if day.month == month.start.month else None)


def _period_end(base: Timex, g: dict[str, str], anchor: date | None,
                tense: int) -> list[Timex]:
    """ "the quarter ended Sept. 30": the quarter (half, year) whose last day is named."""
    day = _month_day(base, {k: v for k, v in g.items() if k in ("month", "day", "year")},
                     anchor, tense)[0]
    if day.start is None:
        return [day]
    unit, d = g["unit"].lower().split()[-1], day.start
    if unit == "year":
        return [year_timex(base, d.year, None)]
    if unit == "half":
        return _half(base, {"h": "1" if d.month <= 6 else "2", "year": str(d.year)}, anchor, tense)
    q = (d.month - 1) // 3 + 1
    start, end = cal.quarter_bounds(d.year, q)
    return [replace(base, value=f"{d.year}-Q{q}", start=start, end=end, precision=SEASON)]


def _week_of_day(base: Timex, g: dict[str, str], anchor: date | None,
                 tense: int) -> list[Timex]:
    """ "the week of June 7": the ISO week of that day."""
    named = {"month": g.get("month") or g["month2"], "day": g.get("day") or g["day2"]}
    day = _month_day(base, named | ({"year": g["year"]} if "year" in g else {}), anchor,
                     tense)[0]
    if day.start is None:
        return [day]
    start, end = cal.week_bounds(day.start)
    return [replace(base, value=cal.week_value(day.start), start=start, end=end,
                    precision=WEEK)]


def _fiscal(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "fiscal 2019", "the 2019 fiscal year", "FY19": the year, as TempEval-3 values fiscal
    years; dated as the calendar year (where a fiscal year starts depends on who keeps it)."""
    digits = g.get("year") or g.get("year2") or g["year3"]
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    return [year_timex(base, year, None)]


_Normalizer = Callable[[Timex, dict[str, str], "date | None", int], list[Timex]]
_NORMALIZERS: dict[str, _Normalizer] = {
    "iso": _iso, "dotted": _dotted, "mdy": _month_day,
    "dmy": _month_day, "dayrange": _day_range, "month": _month, "season": _season,
    "decade": _decade, "century": _century, "yearrange": _year_range, "year": _year,
    "quarter": _quarter, "weekday": _weekday, "relday": _relday, "ref": _ref, "time": _time,
    "holiday": _holiday, "fiscal": _fiscal, "weekof": _week_of, "toldfrom": norm_told_from,
    "weekend": _weekend, "half": _half, "ago": norm_ago, "relunit": norm_relunit,
    "nextday": norm_next_day, "endof": norm_endof, "span": norm_span, "set": norm_set,
    "every": norm_set, "freq": norm_set, "weekdays": norm_set, "duration": norm_duration,
    "hourmin": norm_duration, "durcoord": norm_duration, "halfdur": norm_duration,
    "overnight": norm_overnight, "daypart": norm_daypart, "partofday": norm_daypart,
    "rate": norm_set,
    "ratecount": norm_set, "stretch": norm_stretch, "nth": norm_nth, "dayof": _day_of,
    "dom": _day_of_month, "nthweekday": _nth_weekday,
    "periodend": _period_end,
    "weekofday": _week_of_day, "fortheday": norm_for_the_day,
}

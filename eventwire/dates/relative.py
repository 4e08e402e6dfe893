"""Normalisers of expressions counted in units: "three days ago", "last week", "for months",
"the past few days", "each year", "the end of the year"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import anchor as cal
from .holidays import fixed_day
from .recognize import MONTHS, ORDINALS
from .timex import (
    CENTURY,
    DAY,
    DAYPART_CODES,
    DECADE,
    MODS,
    MONTH,
    NEXT_RELS,
    PAST_RELS,
    SEASON,
    WEEK,
    YEAR,
    Timex,
    amount_of,
    day_timex,
    mod_of,
    rel_of,
    unit_of,
    year_timex,
)

UNIT_CODES = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D",
              "week": "W", "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q",
              "year": "Y", "decade": "DE", "century": "CE"}
_SIZE_DAYS = {"second": 0, "minute": 0, "hour": 0, "day": 1, "night": 1, "week": 7,
              "weekend": 7, "fortnight": 14, "month": 30, "quarter": 91, "year": 365,
              "decade": 3652,
              "century": 36524}
# Hours in the units shorter than a day (seconds and minutes count as part of one day).
_SUBDAY_HOURS = {"hour": 1, "minute": 0, "second": 0}
# Vague amounts ("the past few days") are taken as 3 units when a date range is needed.
VAGUE_AMOUNT = 3
_DURATION = re.compile(r"^PT?(\d+|X)(TS|TM|TH|D|WE|W|M|Q|Y|DE|CE|S|H)$")


def norm_ago(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    n, unit = amount_of(g), unit_of(g)
    if n is None:
        return [replace(base, value="PAST_REF", role="background")]
    if anchor is None:
        return [replace(base, value=None)]
    return [_back(base, anchor, n, unit)]


def _back(base: Timex, anchor: date, n: int, unit: str) -> Timex:
    """The date ``n`` units before ``anchor``, at that unit's granularity."""
    if unit in ("day", "night", "hour", "minute", "second"):
        d = anchor - timedelta(days=n if unit in ("day", "night") else 0)
        return day_timex(base, d)[0]
    if unit in ("week", "weekend", "fortnight"):
        d = anchor - timedelta(weeks=n * (2 if unit == "fortnight" else 1))
        start, end = cal.week_bounds(d)
        return replace(base, value=cal.week_value(d), start=start, end=end, precision=WEEK)
    if unit == "month":
        y, m = cal.add_months(anchor.year, anchor.month, -n)
        start, end = cal.month_bounds(y, m)
        return replace(base, value=cal.month_value(y, m), start=start, end=end, precision=MONTH)
    years = n * {"year": 1, "decade": 10, "century": 100}[unit]
    return year_timex(base, anchor.year - years, None)


def norm_relunit(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    out = _relative_unit(base, g, anchor, tense)
    mod = mod_of(g)
    if not mod or not out or out[0].start is None:
        return out
    tx = out[0]     # "early this year", "late last month"
    if tx.precision == YEAR:
        start, end = cal.part_of_year(tx.start.year, mod)
    elif tx.precision == MONTH:
        start, end = cal.part_of_month(tx.start.year, tx.start.month, mod)
    else:
        start, end = tx.start, tx.end
    return [replace(tx, start=start, end=end, mod=mod)]


def norm_next_day(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "the previous day", "the next day": told from the report's day."""
    if anchor is None:
        return [replace(base, value=None)]
    return day_timex(base, anchor + timedelta(days=-1 if ("prev" in g or "before" in g) else 1))




def norm_told_from(base: Timex, g: dict[str, str], anchor: date | None,
                   tense: int) -> list[Timex]:
    """ "that night", "the same day", "the next morning", "the week before": told from
    ``anchor``, the last day the text named."""
    part = g.get("part") or g.get("part2") or g.get("part3")
    unit = (g.get("unit") or g.get("unit2") or "day").lower()
    if anchor is None:
        return [replace(base, type="TIME" if part else "DATE", value=None)]
    back = "part3" in g or "unit2" in g or g.get("rel", "").lower() in ("previous", "preceding")
    shift = -1 if back else 1 if "rel" in g else 0
    if part:
        d = anchor + timedelta(days=shift)
        value = f"{d.isoformat()}T{DAYPART_CODES[part.lower()]}"
        return [replace(base, type="TIME", value=value, start=d, end=d, precision=DAY)]
    if unit == "day":
        return day_timex(base, anchor + timedelta(days=shift))
    if unit == "week":
        start, end = cal.week_bounds(anchor + timedelta(weeks=shift))
        return [replace(base, value=cal.week_value(start), start=start, end=end, precision=WEEK)]
    if unit == "month":
        y, m = cal.add_months(anchor.year, anchor.month, shift)
        start, end = cal.month_bounds(y, m)
        return [replace(base, value=cal.month_value(y, m), start=start, end=end,
                        precision=MONTH)]
    return [year_timex(base, anchor.year + shift, None)]


def _relative_unit(base: Timex, g: dict[str, str], anchor: date | None,
                   tense: int) -> list[Timex]:
    rel, unit = rel_of(g).replace("earlier ", "").replace("later ", ""), unit_of(g)
    if unit == "season":    # "this season" of a sport or a harvest: dated by its year
        unit = "year"
    rel = rel.replace("in the", "this")
    if unit == "fortnight":     # "the past fortnight", "next fortnight": two weeks from now
        rel = "past" if rel in PAST_RELS else "next" if rel in NEXT_RELS else ""
        return norm_span(base, {"num": "1", "unit": unit, "rel": rel}, anchor, tense)
    if rel == "the past" or (rel == "the last" and unit in ("decade", "century")):
        # "the past year", "the last decade": the years up to now, a length
        return norm_span(base, {"num": "1", "unit": unit, "rel": "past"}, anchor, tense)
    shift = -1 if rel in PAST_RELS else 1 if rel in NEXT_RELS else 0
    if anchor is None:
        return [replace(base, value=None)]
    if "yago" in g:     # "the year-ago quarter": the latest one, a year back
        return _year_ago(base, unit, anchor)
    if unit == "quarter":   # "the quarter" of a report told in the past is the last one
        return [_quarter(base, anchor, shift if rel != "the" else min(tense, 0))]
    if unit in ("week", "weekend"):
        d = anchor + timedelta(weeks=shift)
        start, end = cal.week_bounds(d)
        value = cal.week_value(d) + ("-WE" if unit == "weekend" else "")
        if unit == "weekend":
            start = end - timedelta(days=1)
        return [replace(base, value=value, start=start, end=end, precision=WEEK)]
    if unit == "month":
        y, m = cal.add_months(anchor.year, anchor.month, shift)
        start, end = cal.month_bounds(y, m)
        return [replace(base, value=cal.month_value(y, m), start=start, end=end, precision=MONTH)]
    if unit == "year":
        return [year_timex(base, anchor.year + shift, None)]
    first = (anchor.year // 10 + shift) * 10 if unit == "decade" else \
        (anchor.year // 100 + shift) * 100
    size = 10 if unit == "decade" else 100
    value = str(first // size) if unit == "decade" else f"{first // 100:02d}"
    return [replace(base, value=value, start=date(max(first, 1), 1, 1),
                    end=date(first + size - 1, 12, 31),
                    precision=DECADE if unit == "decade" else CENTURY)]


def _quarter(base: Timex, anchor: date, shift: int) -> Timex:
    """The quarter ``shift`` quarters from the anchor's."""
    index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
    year, q = divmod(index, 4)
    start, end = cal.quarter_bounds(year, q + 1)
    return replace(base, value=f"{year}-Q{q + 1}", start=start, end=end, precision=SEASON)


def _year_ago(base: Timex, unit: str, anchor: date) -> list[Timex]:
    """ "the year-earlier quarter/period/month": the unit before the anchor's, a year back."""
    if unit == "quarter":
        return [_quarter(base, anchor, -5)]
    if unit == "month":
        y, m = cal.add_months(anchor.year, anchor.month, -13)
        start, end = cal.month_bounds(y, m)
        return [replace(base, value=cal.month_value(y, m), start=start, end=end,
                        precision=MONTH)]
    return [year_timex(base, anchor.year - 1, None)]


def norm_endof(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    mod = MODS[g["mod"].lower()]
    rel = g.get("rel", "").strip().lower()
    if anchor is None:
        return [replace(base, value=None, mod=mod)]
    sub = norm_relunit(base, {"rel": rel or "this", "unit": g["unit"]}, anchor, tense)[0]
    if not rel and g["unit"].lower() == "year" and tense < 0 and mod == "END" \
            and anchor.month <= cal.PAST_YEAR_END_MONTHS:
        # "peaked by the end of the year", told early in a year, is last year's end
        sub = norm_relunit(base, {"rel": "last", "unit": "year"}, anchor, tense)[0]
    if sub.precision == YEAR and sub.start:
        start, end = cal.part_of_year(sub.start.year, mod)
        return [replace(sub, start=start, end=end, mod=mod)]
    if sub.precision == MONTH and sub.start:
        start, end = cal.part_of_month(sub.start.year, sub.start.month, mod)
        return [replace(sub, start=start, end=end, mod=mod)]
    return [replace(sub, mod=mod)]


def _duration_value(n: int | None, unit: str) -> str:
    code = UNIT_CODES[unit]
    if unit == "fortnight" and n is not None:
        return f"P{2 * n}W"
    amount = "X" if n is None else str(n)
    if code in ("DE", "CE") and n is not None:
        return f"P{n * (10 if code == 'DE' else 100)}Y"
    if code.startswith("T"):
        return f"PT{amount}{code[1]}"
    return f"P{amount}{'W' if unit == 'fortnight' and n is None else code}"


def precision_for_days(days: int) -> int:
    """ACLED precision of a range of ``days`` ending at the report: week, month or year."""
    return WEEK if days <= 14 else MONTH if days <= 93 else YEAR


def duration_days(value: str | None) -> int | None:
    """Days in a TimeML duration value ("P3M" -> 90, "PXD" -> VAGUE_AMOUNT days)."""
    m = _DURATION.match(value or "")
    if not m:
        return None
    amount = VAGUE_AMOUNT if m.group(1) == "X" else int(m.group(1))
    unit = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year",
            "DE": "decade", "CE": "century"}.get(m.group(2), "day")
    if value and value.startswith("PT"):
        return 1
    return amount * max(_SIZE_DAYS[unit], 1)


def span_days(amount: int, unit: str) -> int:
    """Whole days that ``amount`` units reach back or ahead: "the past 24 hours" is one day
    (not 24: an hour is no day), "the past three weeks" 21."""
    size = _SIZE_DAYS[unit]
    if size:
        return amount * size
    return max(1, -(-amount * _SUBDAY_HOURS.get(unit, 0) // 24))


def norm_span(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "the past three days", "recent weeks": a duration that ends (or starts) at the anchor."""
    n, unit, rel = amount_of(g), unit_of(g), rel_of(g)
    value = _duration_value(n, unit)
    out = replace(base, type="DURATION", value=value, role="duration")
    if anchor is None or rel not in ("past", "last", "recent", "previous", "next", "coming"):
        return [out]
    days = span_days(n or VAGUE_AMOUNT, unit)
    precision = precision_for_days(days)
    if rel in ("next", "coming"):
        start, end = anchor, anchor + timedelta(days=days)
    else:
        start, end = anchor - timedelta(days=days), anchor
    return [replace(out, start=start, end=end, precision=precision, role="point")]


_SET_ADVERBS = {"annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "nightly": "P1D",
                "weekly": "P1W", "monthly": "P1M", "hourly": "PT1H", "quarterly": "P3M",
                "fortnightly": "P2W", "semiannually": "P6M", "semi-annually": "P6M",
                "biennially": "P2Y"}
_WEEKDAY_NUMBERS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def norm_set(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "every Monday" XXXX-WXX-1, "each spring" XXXX-SP, "every evening" XXXX-XX-XXTEV,
    "weekly" P1W, "twice a year" P1Y, "every other week" P2W, "every three days" P3D."""
    day = (g.get("wd") or g.get("wds") or "").lower()[:3]
    if day == "wee":                            # "weekday mornings"
        value = "XXXX-WXX-WD"
    elif day:
        value = f"XXXX-WXX-{_WEEKDAY_NUMBERS[day]}"
    elif "season" in g:
        value = f"XXXX-{_SEASON_CODES[g['season'].lower()]}"
    elif "part" in g:
        value = f"XXXX-XX-XXT{DAYPART_CODES[g['part'].lower()]}"
    elif "annum" in g:
        value = "P1Y"
    elif "adv" in g:
        value = _SET_ADVERBS[g["adv"].lower()]
    elif "other" in g:
        value = _duration_value(2, unit_of({"unit": g["unit2"]}))
    elif "month" in g:
        value = f"XXXX-{MONTHS[g['month'].lower().rstrip('.')]:02d}"
    elif "hol" in g:
        day = fixed_day(g["hol"])
        value = f"XXXX-{day[0]:02d}-{day[1]:02d}" if day else "XXXX-XX-XX"
    elif "we" in g:
        value = _WEEK_PARTS[g["we"].lower()]
    else:
        unit = unit_of(g)
        n = amount_of(g) if "num" in g else 1     # "every few weeks": a vague count, PXW
        value = "P3M" if unit in ("season", "quarter") else _duration_value(n, unit)
        if unit == "weekend":
            value = "XXXX-WXX-WE"
    if "part" in g and g.get("wd"):             # "Monday mornings", "weekday evenings"
        value += f"T{DAYPART_CODES[g['part'].lower().rstrip('s')]}"
    return [replace(base, type="SET", value=value, role="background")]


# Plural names of parts of the week, as TimeML sets.
_WEEK_PARTS = {"weekends": "XXXX-WXX-WE", "weekdays": "XXXX-WXX-WD",
               "weeknights": "XXXX-WXX-WDTNI"}


# Half of a unit in the next smaller one TimeML writes ("half a century" P50Y).
_HALVES = {"century": "P50Y", "decade": "P5Y", "year": "P6M", "day": "PT12H", "night": "PT12H",
           "hour": "PT30M", "minute": "PT30S", "week": "P0.5W", "month": "P0.5M"}
# TimeML's mod of a bounded length.
DURATION_MODS = {"more than": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
                 "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
                 "fewer than": "LESS_THAN", "just under": "LESS_THAN", "at most": "EQUAL_OR_LESS",
                 "up to": "EQUAL_OR_LESS", "nearly": "APPROX", "almost": "APPROX",
                 "about": "APPROX", "around": "APPROX", "approximately": "APPROX",
                 "roughly": "APPROX"}


# A unit and a half in the next smaller unit TimeML writes ("a year and a half" P18M).
_SMALLER = {"year": (12, "P{}M"), "decade": (10, "P{}Y"), "century": (100, "P{}Y"),
            "day": (24, "PT{}H"), "night": (24, "PT{}H"), "hour": (60, "PT{}M"),
            "minute": (60, "PT{}S"), "week": (7, "P{}D"), "fortnight": (14, "P{}D")}


def _and_a_half(n: int | None, unit: str) -> str:
    """ "two and a half years" P30M, "a day and a half" PT36H, "a month and a half" P1.5M."""
    if n is None:
        return _duration_value(None, unit)
    if unit in _SMALLER:
        size, form = _SMALLER[unit]
        return form.format(n * size + size // 2)
    return _duration_value(n, unit).replace(str(n), f"{n}.5", 1)


def norm_stretch(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "the rest of the year": a stretch of unstated length, background to the events told
    in it."""
    unit = unit_of(g)
    value = _duration_value(None, "year" if unit == "season" else unit)
    return [replace(base, type="DURATION", value=value, role="background")]


# The TimeML value of a day, week or month of unknown date.
_UNKNOWN_DAY = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}


def norm_for_the_day(base: Timex, g: dict[str, str], anchor: date | None,
                     tense: int) -> list[Timex]:
    """ "closed for the day": a length of one day, background (it says how long, not when)."""
    return [replace(tx, role="background") for tx in norm_duration(base, g, anchor, tense)]


def norm_nth(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    """ "now in its eighth year" P8Y: the length so far, counted by its ordinal; "the 40th
    day" (of a strike) is one day, whose date the text does not give (TimeML XXXX-XX-XX)."""
    if g["det"].lower() == "the" and "run" not in g and "run2" not in g:
        return [replace(base, value=_UNKNOWN_DAY.get(unit_of(g), "XXXX"), role="background")]
    word = g["ord"].lower()
    n = ORDINALS.get(word) or int("".join(ch for ch in word if ch.isdigit()))
    return [replace(base, type="DURATION", value=_duration_value(n, unit_of(g)),
                    role="background")]


def norm_duration(base: Timex, g: dict[str, str], anchor: date | None, tense: int) -> list[Timex]:
    num = g.get("num", "").lower()
    mod = DURATION_MODS.get(" ".join(g.get("dmod", "").lower().split()))
    if num == "half":
        value = _HALVES.get(unit_of(g), "PXD")
    elif "unit2" in g and "num2" in g and "half2" not in g:     # "2 hours 9 minutes"
        value = f"PT{amount_of(g)}H{amount_of({'num': g['num2']})}M"
    elif "half" in g or "half2" in g:
        value = _and_a_half(amount_of({"num": g.get("num") or g.get("num2", "")}), unit_of(g))
    else:
        n = amount_of(g)
        if not num and not (g.get("unit") or g.get("unit2") or "").lower().endswith("s"):
            n = 1       # "decade-long": one unit
        value = _duration_value(n, unit_of(g))
    return [replace(base, type="DURATION", value=value, role="duration", mod=mod)]

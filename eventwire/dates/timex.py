"""The Timex record and the helpers every normaliser shares."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..numbers import parse_number
from . import anchor as cal

# Precision: ACLED's 1 (day), 2 (week or range of days), 3 (month); coarser ones extend it.
DAY, WEEK, MONTH, SEASON, YEAR, DECADE, CENTURY = 1, 2, 3, 4, 5, 6, 7
MODS = {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
        "middle": "MID", "late": "END", "end": "END", "turn": "START"}
PAST_RELS = frozenset({"last", "past", "previous", "the past", "the last", "the previous",
                       "the preceding", "the latest", "this past"})
# TimeML's codes of the parts of a day: the one table of them.
DAYPART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
NEXT_RELS = frozenset({"next", "coming", "following", "the coming", "the next", "the following"})


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression of a document, recognised and normalised (offsets into its text)."""

    text: str
    span: tuple[int, int]
    type: str                       # DATE | TIME | DURATION | SET
    value: str | None               # TimeML value: "2015-11-13", "2015-W46", "P3M", "PAST_REF"
    start: date | None = None       # None when relative and unanchored, or not a calendar date
    end: date | None = None
    precision: int | None = None    # 1 day, 2 week/days, 3 month, 4 season, 5 year, 6, 7
    role: str = "point"             # point | duration | background | attributive
    mod: str | None = None          # TimeML mod: START, MID, END, APPROX
    clockless: bool = False         # a time of day whose day was told from elsewhere ("at dawn")


def mod_of(g: dict[str, str]) -> str | None:
    words = g.get("mod", "").lower().replace("the ", "").split()
    return MODS.get(words[0]) if words else None


def rel_of(g: dict[str, str]) -> str:
    return " ".join(g.get("rel", "").lower().split())


def direction_of(rel: str, tense: int) -> tuple[int, bool]:
    """(direction, strict) for "last X" / "next X" / "this X" / bare "X"."""
    if rel in PAST_RELS:
        return -1, True
    if rel in NEXT_RELS:
        return 1, True
    return tense, False


def day_timex(base: Timex, d: date | None, kind: str = "DATE") -> list[Timex]:
    if d is None:
        return [replace(base, value="XXXX-XX-XX")]
    return [replace(base, type=kind, value=cal.day_value(d), start=d, end=d, precision=DAY)]


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def year_timex(base: Timex, year: int, mod: str | None) -> Timex:
    start, end = (cal.part_of_year(year, mod) if mod in cal.PART_DAYS
                  else (date(year, 1, 1), date(year, 12, 31)))
    return replace(base, value=str(year), start=start, end=end, precision=YEAR, mod=mod)


def amount_of(g: dict[str, str]) -> int | None:
    num = g.get("num", "").lower()
    if num in ("a", "an"):
        return 1
    return parse_number(num) if num else None


def unit_of(g: dict[str, str]) -> str:
    unit = (g.get("unit") or g.get("unit2") or "").lower()
    if unit in ("century", "centuries"):
        return "century"
    return unit[:-1] if unit.endswith("s") else unit

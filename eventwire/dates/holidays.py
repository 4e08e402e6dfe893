"""Named holidays: the one table of the holidays the dates stage knows, and the day each falls on.

A holiday is a fixed day of the year ("Christmas"), a day counted from Easter ("Good Friday"),
or the n-th weekday of a month ("Thanksgiving": the fourth Thursday of November). Holidays whose
day depends on the country ("Independence Day") or on a lunar calendar ("Ramadan") are known by
name only: they are time expressions, but a value that is right for one country only is worse
than none, so their day is unknown (:func:`holiday_in` gives None).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .anchor import nth_weekday

# name (lower case, single spaces) -> rule: ("fixed", month, day), ("easter", days after Easter)
# or ("nth", month, weekday (Monday 0), n), n = -1 for the last such weekday of the month, or
# ("unknown",) when the day depends on the country or on a lunar calendar.
HOLIDAYS: dict[str, tuple[str, ...]] = {
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24), "boxing day": ("fixed", 12, 26),
    "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31),
    "halloween": ("fixed", 10, 31), "valentine's day": ("fixed", 2, 14),
    "may day": ("fixed", 5, 1), "all saints' day": ("fixed", 11, 1),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4),
    "black friday": ("nth", 11, 3, 4), "labor day": ("nth", 9, 0, 1),
    "memorial day": ("nth", 5, 0, -1), "martin luther king day": ("nth", 1, 0, 3),
    "presidents day": ("nth", 2, 0, 3), "presidents' day": ("nth", 2, 0, 3),
    "columbus day": ("nth", 10, 0, 2), "veterans day": ("fixed", 11, 11),
    "armistice day": ("fixed", 11, 11), "remembrance day": ("fixed", 11, 11),
    "bastille day": ("fixed", 7, 14), "st patrick's day": ("fixed", 3, 17),
    "st. patrick's day": ("fixed", 3, 17), "juneteenth": ("fixed", 6, 19),
    "canada day": ("fixed", 7, 1), "australia day": ("fixed", 1, 26),
    "anzac day": ("fixed", 4, 25),
    "independence day": ("unknown",), "election day": ("unknown",),
    "mother's day": ("unknown",), "father's day": ("unknown",), "labour day": ("unknown",),
    "ramadan": ("unknown",), "eid": ("unknown",), "passover": ("unknown",),
    "hanukkah": ("unknown",), "diwali": ("unknown",), "yom kippur": ("unknown",),
    "rosh hashanah": ("unknown",), "lunar new year": ("unknown",),
    "chinese new year": ("unknown",),
}
# Days after the holiday its name counts from ("Black Friday" is the day after Thanksgiving).
_AFTER = {"black friday": 1}

# Longest names first, so that "Christmas Eve" is preferred to "Christmas".
NAMES_RE = "|".join(
    r"\s+".join(word[0].upper() + word[1:].replace("'", "['’]") for word in name.split())
    for name in sorted(HOLIDAYS, key=len, reverse=True))


# Nouns of time after a holiday's name: "the Christmas holidays", "on Easter weekend" are
# times; any other word that may be a noun makes the name its modifier ("a Christmas market",
# "Easter parade route", "Halloween events"), a thing and not a day.
_TIME_NOUNS = ("holiday", "holidays", "period", "break", "weekend", "week", "weeks", "season",
               "recess", "vacation", "morning", "afternoon", "evening", "night", "eve", "day",
               "days", "time", "lunch", "dinner")
# Words after a name that are no noun it modifies: prepositions, conjunctions, determiners,
# verbs of being and coming ("Christmas is", "Easter falls early", "Christmas this year").
_NOT_A_NOUN = ("of", "in", "on", "at", "to", "for", "from", "with", "by", "until", "till",
               "through", "since", "before", "after", "during", "over", "into", "and", "or",
               "but", "when", "while", "as", "because", "if", "than", "so", "the", "a", "an",
               "this", "that", "last", "next", "every", "is", "was", "were", "are", "will",
               "would", "has", "had", "have", "could", "can", "may", "might", "falls", "fell",
               "came", "comes", "approaches", "approached", "arrives", "arrived", "itself")
_MODIFIED = re.compile(r"[ \t]+(?!(?:%s)\b)[a-z][a-z-]*\b" % "|".join(_TIME_NOUNS + _NOT_A_NOUN))
_NAME = re.compile(NAMES_RE)


def is_holiday(words: str) -> bool:
    """Whether ``words`` are the name of a holiday, as the dates stage writes them."""
    return bool(_NAME.fullmatch(words))


def modifies_a_noun(text: str, end: int) -> bool:
    """Whether a holiday's name ending at ``end`` modifies the word after it: "a Christmas
    market", "Christmas shoppers" (not "on Christmas morning", "over Easter, police ...")."""
    return bool(_MODIFIED.match(text, end))


def names_a_happening(word: str) -> bool:
    """Whether ``word`` is a word of an event (the cue lexicon, :func:`eventwire.lexicon.
    event_cues`): "the Easter Sunday blasts killed 40" tells the blasts' day; "a Christmas
    market burned" names a market, which has no day to tell."""
    return any(c.match(word) for c in _happening_cues())


@lru_cache(maxsize=1)
def _happening_cues() -> tuple[re.Pattern[str], ...]:
    from ..lexicon import event_cues

    return tuple(c.pattern for c in event_cues() if c.weight > 0)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7    # noqa: E741 - the computus's own letter
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def day_known(name: str) -> bool:
    """Whether the holiday's day can be told here (not one of a country or a lunar calendar)."""
    return HOLIDAYS[" ".join(name.lower().replace("’", "'").split())][0] != "unknown"


def fixed_day(name: str) -> tuple[int, int] | None:
    """(month, day) of a holiday on the same day every year, None for a moving one."""
    rule, *args = HOLIDAYS[" ".join(name.lower().replace("’", "'").split())]
    return (args[0], args[1]) if rule == "fixed" else None


def holiday_in(name: str, year: int) -> date | None:
    """The day the holiday ``name`` (any case and spacing) falls on in ``year``, None when
    it depends on the country or a lunar calendar."""
    key = " ".join(name.lower().replace("’", "'").split())
    rule, *args = HOLIDAYS[key]
    if rule == "unknown":
        return None
    if rule == "fixed":
        day = date(year, *args)
    elif rule == "easter":
        day = easter(year) + timedelta(days=args[0])
    else:
        day = nth_weekday(year, *args)
    return day + timedelta(days=_AFTER.get(key, 0))


def holiday_near(name: str, anchor: date, direction: int) -> date | None:
    """The holiday's day on or before ``anchor`` (direction -1), else on or after it; None
    when its day is unknown."""
    day = holiday_in(name, anchor.year)
    if day is None:
        return None
    if direction < 0 and day > anchor:
        return holiday_in(name, anchor.year - 1)
    if direction > 0 and day < anchor:
        return holiday_in(name, anchor.year + 1)
    return day

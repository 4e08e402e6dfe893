"""A month or a day followed by the year it is of: "in January last year", "on March 3 of
this year", "in late December of last year".

Recognised apart, the month is anchored on the publication's year ("January" of an article
of June 2025 is January 2025) and "last year" is all of 2024; the event nearest them took the
whole year (precision 5), or the wrong January. Read together they are one expression: the
month or day of the year the second names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .timex import Timex

# What may stand between the month or day and its year: a space, "of".
_GAP = re.compile(r"\s+(?:of\s+)?")
# The year said relatively: "last year", "this year", "next year", "the previous year".
_RELATIVE_YEAR = re.compile(
    r"(?:last|this|next|the\s+(?:previous|following|same|past))\s+year", re.IGNORECASE)
# A month's or a day's value: "2025-01", "2025-03-03".
_MONTH_OR_DAY = re.compile(r"\d{4}(-\d\d(?:-\d\d)?)")


def with_their_year(found: Sequence[Timex], text: str) -> list[Timex]:
    """``found`` (one sentence's timexes, spans in ``text``) with each month or day that a
    relative year follows joined to it, dated in that year."""
    ordered = sorted(found, key=lambda t: t.span[0])
    out: list[Timex] = []
    k = 0
    while k < len(ordered):
        tx = ordered[k]
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        joined = _joined(tx, nxt, text) if nxt is not None else None
        out.append(joined or tx)
        k += 2 if joined is not None else 1
    return out


def _joined(tx: Timex, year: Timex, text: str) -> Timex | None:
    """``tx`` in the year ``year`` names, when ``year`` follows it as its year."""
    part = _MONTH_OR_DAY.fullmatch(tx.value or "")
    if (part is None or tx.start is None or tx.end is None or year.start is None
            or year.precision != 5 or not _RELATIVE_YEAR.fullmatch(year.text)
            or not _GAP.fullmatch(text, tx.span[1], year.span[0])):
        return None
    y = year.start.year
    try:
        start, end = tx.start.replace(year=y), tx.end.replace(year=y)
    except ValueError:                      # 29 February of a year without one
        start, end = date(y, 2, 28), date(y, 2, 28)
    return replace(tx, text=text[tx.span[0]:year.span[1]], span=(tx.span[0], year.span[1]),
                   value=f"{y:04d}{part.group(1)}", start=start, end=end)

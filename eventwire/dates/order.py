"""The order of day and month in numeric dates ("9/11/2024"): from the document's country where
it is known, else from the document's own unambiguous numeric dates ("26/11/2008")."""

from __future__ import annotations

import re

from .recognize import PATTERNS

__all__ = ["day_first_for", "numeric_order"]

_NUMERIC = re.compile(dict(PATTERNS)["numeric"])
# Countries that write the month first (ISO 3166 codes): the US and states that took its usage.
# Canada writes both orders, so it says nothing. Elsewhere the day comes first (year-first
# countries write the year before both, which this order does not touch).
MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW"})
EITHER_ORDER = frozenset({"CA"})


def numeric_order(text: str) -> bool | None:
    """True if the numeric dates of ``text`` put the day first, False if the month, None if none
    of them shows it (both numbers 12 or less) or they disagree."""
    seen = {int(m["a"]) > 12 for m in _NUMERIC.finditer(text)
            if (int(m["a"]) > 12) != (int(m["b"]) > 12)}
    return seen.pop() if len(seen) == 1 else None


def day_first_for(language: str | None, url: str | None = None) -> bool | None:
    """Whether a document in ``language`` (ISO 639-1) from ``url`` writes the day first: from
    the country of the URL's domain (:func:`eventwire.places.outlet.outlet_country`); an
    English page from a generic domain may be either."""
    from ..places.outlet import outlet_country

    country = outlet_country(url)
    if country is not None:
        return None if country in EITHER_ORDER else country not in MONTH_FIRST
    if language and language.lower() != "en":
        return True
    return None

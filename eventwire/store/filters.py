"""Which stored events to read: :class:`EventFilter`'s conditions as SQL; the region names
the stored places lie in, for checking the region filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..export.flat import TARGET_SEPARATOR

# records.kept_confidence(e, include_crime=True) over the events table's columns (migration
# 0012's column is NULL for events stored before it: they are kept by their confidence).
CONFIDENCE_WITH_CRIME_SQL = "greatest(confidence, coalesce(confidence_with_crime, 0))"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which stored events to read. ``None`` means no condition.

    ``since``/``until`` keep events whose known dates overlap the range (undated events are
    left out when either is set); ``country`` is a name or ISO alpha-2 code; ``label`` one
    label or several.
    """

    since: date | None = None
    until: date | None = None
    country: str | None = None
    label: str | Sequence[str] | None = None
    min_confidence: float | None = None
    include_crime: bool = False     # compare min_confidence with records.kept_confidence's
    target_kinds: Sequence[str] = ()
    # Events read whatever the conditions say (those a reviewer corrected: the conditions
    # test the extracted columns, the caller tests the corrected event).
    also: Sequence[str] = ()

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions and parameters for the events table."""
        conds, params = self._conditions()
        if self.also and len(conds) > 1:
            return f"(({' AND '.join(conds)}) OR event_id IN (SELECT unnest(?)))", [
                *params, list(self.also)]
        return " AND ".join(conds), params

    def _conditions(self) -> tuple[list[str], list[Any]]:
        conds, params = ["TRUE"], []
        if self.since is not None:
            conds.append("coalesce(date_end, date_start) >= ?")
            params.append(self.since)
        if self.until is not None:
            conds.append("date_start <= ?")
            params.append(self.until)
        if self.country:
            names = _country_names(self.country)
            conds.append("(lower(location_country) IN (SELECT unnest(?)) "
                         "OR lower(location_iso2) IN (SELECT unnest(?)))")
            params += [names, names]
        if self.label:
            labels = [self.label] if isinstance(self.label, str) else list(self.label)
            conds.append("label IN (SELECT unnest(?))")
            params.append([lab.upper() for lab in labels])
        if self.min_confidence:
            conds.append(f"{CONFIDENCE_WITH_CRIME_SQL} >= ?"
                         if self.include_crime else "confidence >= ?")
            params.append(self.min_confidence)
        if self.target_kinds:
            conds.append(_TARGET_KIND_SQL)
            params.append([f"{k}{_KIND_END}" for k in self.target_kinds])
        return conds, params


# The flat targets column (export.flat, migration 0013) holds "kind: text" pairs joined by
# TARGET_SEPARATOR: a kind is a pair's start. No lambdas (migration 0013's note): each
# pair is a row of a subquery. A target's text holding "; school: " would pass for a school.
_KIND_END = ": "
_TARGET_KIND_SQL = (f"EXISTS (SELECT 1 FROM (SELECT unnest(string_split(targets, "
                    f"'{TARGET_SEPARATOR}')) AS pair) p JOIN (SELECT unnest(?) AS start) k "
                    "ON starts_with(p.pair, k.start))")


def _country_names(country: str) -> list[str]:
    """The lower-cased spellings a country filter matches: as given, plus pycountry's."""
    import pycountry

    names = {country.strip().lower()}
    try:
        c = pycountry.countries.lookup(country.strip())
    except LookupError:
        return sorted(names)
    names |= {c.alpha_2.lower(), c.name.lower()}
    names |= {getattr(c, a).lower() for a in ("common_name", "official_name") if hasattr(c, a)}
    return sorted(names)


def admin_names(con: Any, level: str) -> list[str]:
    """Every name of a region level ("admin1", "admin2") that a stored place, or a place a
    reviewer gave, lies in."""
    from ..export.filters import ADMIN_LEVELS

    if level not in ADMIN_LEVELS:               # a column name: never a value from a user
        raise ValueError(f"no region level {level!r}: one of {', '.join(ADMIN_LEVELS)}")
    rows = con.execute(f"SELECT DISTINCT location_{level} FROM events UNION "
                       f"SELECT DISTINCT after->>'$.location.{level}' FROM reviews").fetchall()
    return sorted(r[0] for r in rows if r[0])

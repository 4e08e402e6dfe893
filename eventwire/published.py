"""Publication dates: from a record's value, a page's visible dates and metadata, its URL, or a
line of its text.

The clean stage takes the first date found in this order: the record's ``published`` field, a
date the page shows with a publication label ("Published: 10.11.2021", "Publié le 2 novembre
2021") or in an element marked as the publication date, the page metadata (htmldate; the
newsroom's own day when the page shows that moment on its clock or with its offset:
:func:`eventwire.page_dates.local_day`; the URL's date instead when the metadata is a UTC timestamp of that day
elsewhere: :func:`day_of_url`),
the URL (``/2015/11/17/``, ``/2008/aug/08/``, ``august_8_2008``), an explicit line of the text
("Published Nov. 17, 2015"), htmldate's extensive search when the page shows that full date,
then the ``--published`` option (a default), then the day the report's dateline writes
("KABUL, March 3 (Reuters) -", :func:`dateline_date`), then the date a crawler fetched the page;
else none. Nothing here ever guesses: no date means ``None``, never today's date (a dateline's
day without its year takes the latest such year up to the crawl, or up to today), and a date
after today is refused as a misreading. Numeric dates are read day first or month first by the
page's language (``lang``: "10.11.2021" is 10 November in German, "11/10/2021" is 10 November
in American English; "2021/11/10", year first, is plain everywhere); month names of other
languages are read by dateparser with that language named, Arabic-Indic digits and the
Levantine month names ("آذار") first written as it reads them (:func:`eventwire.date_words.date_words`).

htmldate runs on an already parsed tree (never on a string: htmldate fetches a string that
looks like a URL).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from .date_words import date_words

# The earliest publication date accepted; older "dates" in URLs/text are ids or misreadings.
EARLIEST = date(1900, 1, 1)
# A publication "tomorrow" is a time-zone effect, not an error; later is refused.
FUTURE_SLACK = timedelta(days=1)

_MONTHS = {name: i + 1 for i, names in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun",
    "july jul", "august aug", "september sep sept", "october oct", "november nov",
    "december dec")) for name in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "Nov. 17, 2015", "November 17th 2015" / "17 November 2015", "17 Nov. 2015"
_WRITTEN = (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
            re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE))
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Dates in the path of news URLs, each ending where a path part does ("/2015/11/10-things" is
# no date): /2015/11/17/ and /2015/11/8/, /2008/aug/08/, /2015-11-17-, _20151117,
# /august_8_2008, /8-august-2008.
_URL_DATES = (
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?:[/.]|$)"),
    re.compile(rf"/(?P<year>(?:19|20)\d\d)/(?P<month>{_MONTH_WORD})/(?P<day>[0-3]?\d)(?:[/.]|$)",
               re.IGNORECASE),
    re.compile(r"[/_-](?P<year>(?:19|20)\d\d)(?P<sep>[-_]?)(?P<month>[01]\d)(?P=sep)"
               r"(?P<day>[0-3]\d)(?:[/_.-]|$)"),
    re.compile(rf"(?:^|[/_-])(?P<month>{_MONTH_WORD})[_-](?P<day>[0-3]?\d)(?:st|nd|rd|th)?[_-]"
               r"(?P<year>(?:19|20)\d\d)(?:[/_.-]|$)", re.IGNORECASE),
    re.compile(rf"(?:^|[/_-])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[_-](?P<month>{_MONTH_WORD})[_-]"
               r"(?P<year>(?:19|20)\d\d)(?:[/_.-]|$)", re.IGNORECASE),
)
# A line that states the publication: "Published March 6, 2024", "Posted on: 17 Nov 2015",
# "Updated 10:45 AM EST, Tue November 17, 2015" (an update date is a late but honest bound).
_STATED = re.compile(
    r"^(?:first\s+)?(?P<verb>published|posted|updated|last\s+updated|last\s+modified)\b"
    r"(?:\s+on)?\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# The widest newsroom offsets from UTC taken into account by :func:`day_of_url`: UTC-10
# (Hawaii) and UTC+10 (eastern Australia).
LOCAL_BEHIND_HOURS = 10
LOCAL_AHEAD_HOURS = 24 - 10
# A statement line is short; a longer line is a sentence of the story ("Published reports say...").
MAX_STATED_CHARS = 80


# A Unix timestamp as scrapers store it: seconds (10 digits, 2001-2033) or milliseconds (13).
_EPOCH = re.compile(r"1\d{9}(?:\d{3})?(?:\.\d+)?")


def _valid(year: int, month: int, day: int, *, today: date | None = None) -> date | None:
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    latest = (today or date.today()) + FUTURE_SLACK
    return d if EARLIEST <= d <= latest else None


def _from_match(m: re.Match[str]) -> date | None:
    month = m["month"]
    number = int(month) if month.isdigit() else _MONTHS[month.lower()]
    return _valid(int(m["year"]), number, int(m["day"]))


def find_written_date(text: str) -> date | None:
    """The first full date (day, month and year) written in ``text``, or None."""
    found = [m for rx in (_ISO, *_WRITTEN) if (m := rx.search(text))]
    for m in sorted(found, key=lambda m: m.start()):
        if (d := _from_match(m)) is not None:
            return d
    return None


# How far back a dateline's day without a year is looked for: the most recent such day is
# at most a year before the reference, and a 29 February at most eight years (leap days).
DATELINE_YEARS_BACK = 8
_DATELINE_DAYS = tuple(
    re.compile(rf"^(?:[a-z]+day,?\s+)?{shape}(?:,?\s+{_YEAR})?$", re.IGNORECASE)
    for shape in (rf"{_MONTH}\s+{_DAY}", rf"{_DAY}\s+{_MONTH}"))


def dateline_date(when: str | None, reference: date | None) -> date | None:
    """The day a dateline writes ("March 3", "Nov. 17, 2025", "Tuesday, 4 June 2026"), or None.
    Without a year, the latest such day not after ``reference`` (the crawl; a day later by
    time zones, :data:`FUTURE_SLACK`): wire copy is crawled soon after it is filed. Without a
    year and a crawl, None: an archive read years later would take this year (eventwire never
    anchors on today's date). A year written is kept; a future day is refused, as any
    publication date."""
    m = next((m for rx in _DATELINE_DAYS if (m := rx.match(when.strip()))), None) if when else None
    if m is None:
        return None
    month, day = _MONTHS[m["month"].lower()], int(m["day"])
    if m["year"]:
        return _valid(int(m["year"]), month, day, today=reference or date.today())
    if reference is None:
        return None
    for year in range(reference.year + 1, reference.year - DATELINE_YEARS_BACK - 1, -1):
        if (found := _valid(year, month, day, today=reference)) is not None:
            return found
    return None


def parse_date_value(value: str, day_first: bool | None = None) -> date | None:
    """A record's ``published`` value: ISO 8601 date or datetime, RFC 2822, a written date, or a
    Unix timestamp (its UTC day).

    Returns None when the value holds no full date (the caller decides what that means), and
    for "08/02/2021" unless ``day_first`` says the order the user's data writes.
    """
    value = value.strip()
    if not value:
        return None
    if _EPOCH.fullmatch(value):            # 1583193600 (Unix seconds), 1583193600000 (ms)
        seconds = float(value) / (1000 if len(value.split(".")[0]) == 13 else 1)
        stamp = datetime.fromtimestamp(seconds, tz=timezone.utc)
        return _valid(stamp.year, stamp.month, stamp.day)
    try:                                   # "2015-11-17", "2015-11-17T09:30:00Z"
        parsed = datetime.fromisoformat(value)
        return _valid(parsed.year, parsed.month, parsed.day)
    except ValueError:
        pass
    try:                                   # "Tue, 17 Nov 2015 09:30:00 GMT" (RSS)
        parsed = parsedate_to_datetime(value)
        return _valid(parsed.year, parsed.month, parsed.day)
    except (TypeError, ValueError, IndexError):
        pass
    if m := _YEAR_FIRST_VALUE.match(value):    # "2015/11/17", "2015.11.17 09:30"
        return _valid(int(m["year"]), int(m["month"]), int(m["day"]))
    if m := _NUMERIC.match(value):
        # "17.11.2015" and "17/11/2015" tell their order; "08/02/2021" (a spreadsheet's
        # export) may be either day: no date rather than a wrong anchor.
        a, b = int(m["a"]), int(m["b"])
        if "." in m.group() or a > 12 or b > 12:
            return _read_shape(m, None)
        if day_first is None:
            return None
        return _valid(int(m["year"]), b if day_first else a, a if day_first else b)
    return find_written_date(value)


def date_from_url(url: str | None) -> date | None:
    """The date a news URL carries in its path (``/2015/11/17/``, ``/2008/aug/08/``,
    ``august_8_2008``, ``20080808``), or None; the first valid one when there are several."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.IGNORECASE).split("?", 1)[0]
    found = [m for rx in _URL_DATES if (m := rx.search(path))]
    for m in sorted(found, key=lambda m: m.start()):
        if (d := _from_match(m)) is not None:
            return d
    return None


def day_of_url(metadata: datetime | None, from_url: date | None) -> date | None:
    """The URL's date when the page's UTC timestamp is the same moment on the newsroom's
    calendar day the URL names, else None. Metadata often holds UTC ("2019-11-20T02:59Z" for
    an evening story in America), the URL the local day: a UTC time before
    :data:`LOCAL_BEHIND_HOURS` is the evening before where clocks are behind UTC, one from
    :data:`LOCAL_AHEAD_HOURS` the next morning where they are ahead. Otherwise metadata wins."""
    if metadata is None or from_url is None or metadata.utcoffset() != timedelta(0):
        return None
    day, hour = metadata.date(), metadata.hour
    if (from_url == day - timedelta(days=1) and hour < LOCAL_BEHIND_HOURS) or \
            (from_url == day + timedelta(days=1) and hour >= LOCAL_AHEAD_HOURS):
        return from_url
    return None


def stated_date(line: str) -> date | None:
    """The date of a "Published Nov. 17, 2015" line ("Veröffentlicht am 10.11.2021", "Posted
    3/4/2021"), or None if ``line`` is not one."""
    line = line.strip()
    if len(line) > MAX_STATED_CHARS:
        return None
    if m := _STATED.match(line):
        return find_any_date(m["rest"])
    m = _PUBLISHED_LABEL.match(line)
    return find_any_date(line[m.end():]) if m else None


# What may stand beside the date on a bare date line: "Tue, Nov. 17, 2015 / 6:41 AM EST".
_DATE_LINE_FILLER = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?|"
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|"
    r"\b[ap]\.?m\b\.?|\b(?-i:[A-Z]{2,4})\b|[+-]\d{2}:?\d{2}|\b(?:on|at)\b|[\s,/|•·()-]+",
    re.IGNORECASE)
# A bare date line is short; calibrated on page date stamps (at most about ten tokens).
MAX_DATE_LINE_CHARS = 60


def dated_line(line: str) -> date | None:
    """The date of a line that only states a date ("Published Nov. 17, 2015", "Nov. 17, 2015,
    6:41 AM EST"), else None. Such lines are page furniture, dropped from the text."""
    if (found := stated_date(line)) is not None:
        return found
    if len(line) > MAX_DATE_LINE_CHARS:
        return None
    for rx in (_ISO, *_WRITTEN):
        m = rx.search(line)
        if m and not _DATE_LINE_FILLER.sub("", line[:m.start()] + " " + line[m.end():]):
            return _from_match(m)
    return None


def is_stated_update(line: str) -> bool:
    """True for an "Updated ..." line (weaker evidence than "Published ...")."""
    m = _STATED.match(line.strip())
    return m is not None and not m["verb"].lower().startswith(("published", "posted"))


# ----------------------------------------------------------------------------- date shapes

# Words that label a publication date on a page, in the languages of news sites: "Published:",
# "Posted on", "Veröffentlicht am", "Publié le", "Publicado el", "Pubblicato il". Update labels
# ("Updated", "Aktualisiert", "Mis à jour") are not among them: an update is not a publication.
_PUBLISHED_LABEL = re.compile(
    r"(?<!\w)(?:first\s+published|published|posted|publication\s+date|date\s+published|"
    r"ver(?:ö|oe)ffentlicht|publiziert|erschienen|publié|mis\s+en\s+ligne|publicado|"
    r"fecha\s+de\s+publicaci[óo]n|pubblicato|gepubliceerd|opublikowano|publicerad|"
    r"publiceret|publisert|yay[ıi]nlanma(?:\s+tarihi)?|diterbitkan|dipublikasikan|"
    r"опубликовано|публикация|نشر\s+في|تاريخ\s+النشر)(?!\w)\s*(?:on|at|am|le|el|il|op|em|"
    r"den|в|:)?\s*:?", re.IGNORECASE)
# Date shapes in other formats than :data:`_WRITTEN` and :data:`_ISO`: numeric ("10.11.2021",
# "11/10/2021"), a day and month name in any language ("2. November 2021", "10 de noviembre
# de 2021", "3 ноября 2021"), a month name first ("noviembre 10, 2021"), and CJK (2021年11月10日).
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<a>[0-3]?\d)[./-](?P<b>[0-3]?\d)[./-](?P<year>(?:19|20)\d\d)(?!\d)")
_YEAR_FIRST_VALUE = re.compile(
    r"(?P<year>(?:19|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?!\d)")
_ANY_WRITTEN = re.compile(
    r"(?<!\d)[0-3]?\d\.?\s*(?:de\s+)?[^\W\d_]{3,12}\.?,?\s*(?:de\s+|del\s+)?(?:19|20)\d\d(?!\d)|"
    r"(?<!\w)[^\W\d_]{3,12}\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d(?!\d)")
_CJK = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日")
# Languages whose numeric dates put the month first (en-US style); ``en`` alone is taken as
# American, the usual meaning of an unmarked English page.
_MONTH_FIRST = ("en", "en-us", "en-ph", "en-ca", "en-fm")
# Month names tried when a text's language is unknown: the major languages of news sites.
# Never all of dateparser's 200 locales: loading them takes about 8 s, a short list 1 s (once).
FALLBACK_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "ar", "tr", "pl", "id")
# A date written year first with slashes or dots ("2022/03/12", "2022.03.12"): never year,
# day, month, so its order is plain in every language.
_YEAR_FIRST = re.compile(
    r"(?<![\d./])(?P<year>(?:19|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?![\d/])")


def find_any_date(text: str, language: str | None = None) -> date | None:
    """The first full date in ``text`` in any common format, numeric dates read in the order
    of ``language`` and month names of ``language`` (a language code) understood."""
    text = date_words(text)
    found = [m for rx in (_ISO, _YEAR_FIRST, *_WRITTEN, _NUMERIC, _ANY_WRITTEN, _CJK)
             if (m := rx.search(text))]
    for m in sorted(found, key=lambda m: m.start()):
        if (d := _read_shape(m, language)) is not None:
            return d
    return None


def _read_shape(m: re.Match[str], language: str | None) -> date | None:
    if m.re is _NUMERIC:
        a, b = int(m["a"]), int(m["b"])
        dotted = "." in m.group()          # 10.11.2021 is day first wherever it is written
        day_first = dotted if language is None else language.lower() not in _MONTH_FIRST
        if a > 12 or b > 12:
            day_first = a > 12
        return _valid(int(m["year"]), b if day_first else a, a if day_first else b)
    if m.re is _ANY_WRITTEN:
        return _month_name_date(m.group(), language)
    return _from_match(m) if m.re is not _CJK else _valid(int(m["year"]), int(m["month"]),
                                                           int(m["day"]))


def _month_name_date(text: str, language: str | None) -> date | None:
    """A date written with a month name of ``language`` (dateparser, told the language)."""
    m = next((rx.search(text) for rx in _WRITTEN if rx.search(text)), None)
    if m is not None:                     # English month names need no dateparser
        return _from_match(m)
    import dateparser

    lang = (language or "").split("-")[0]
    try:
        parsed = dateparser.parse(text, languages=[lang] if lang else list(FALLBACK_LANGUAGES),
                                  settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                            "PREFER_DATES_FROM": "past"})
    except (ValueError, LookupError, OverflowError):  # an unknown language code, a bad date
        return None
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else None

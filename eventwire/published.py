"""Publication dates: from a record's value, a page's metadata, its URL, or a line of its text.

The clean stage takes the first date found in this order: the ``--published`` option, the
record's ``published`` field, the page metadata (htmldate), the URL (``/2015/11/17/``), an
explicit line of the text ("Published Nov. 17, 2015"), else none. Nothing here ever guesses:
no date means ``None``, never today's date, and a date after today is refused as a misreading.

Everything is regular expressions except :func:`page_date`, which runs htmldate on an already
parsed tree (never on a string: htmldate fetches a string that looks like a URL).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

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
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# /2015/11/17/, /2015-11-17, _20151117 style path parts of news URLs
_URL_DATE = re.compile(r"[/_-](?P<year>(?:19|20)\d\d)(?P<sep>[/-]?)(?P<month>[01]\d)(?P=sep)"
                       r"(?P<day>[0-3]\d)(?:[/_.-]|$)")
# A line that states the publication: "Published March 6, 2024", "Posted on: 17 Nov 2015",
# "Updated 10:45 AM EST, Tue November 17, 2015" (an update date is a late but honest bound).
_STATED = re.compile(
    r"^(?:first\s+)?(?P<verb>published|posted|updated|last\s+updated|last\s+modified)\b"
    r"(?:\s+on)?\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# A statement line is short; a longer line is a sentence of the story ("Published reports say...").
MAX_STATED_CHARS = 80


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


def parse_date_value(value: str) -> date | None:
    """A record's ``published`` value: ISO 8601 date or datetime, RFC 2822, or a written date.

    Returns None when the value holds no full date (the caller decides what that means).
    """
    value = value.strip()
    if not value:
        return None
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
    return find_written_date(value)


def date_from_url(url: str | None) -> date | None:
    """The date a news URL carries in its path (``/2015/11/17/``), or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.IGNORECASE).split("?", 1)[0]
    m = _URL_DATE.search(path)
    return _from_match(m) if m else None


def stated_date(line: str) -> date | None:
    """The date of a "Published Nov. 17, 2015" line, or None if ``line`` is not one."""
    if len(line) > MAX_STATED_CHARS:
        return None
    m = _STATED.match(line.strip())
    return find_written_date(m["rest"]) if m else None


# What may stand beside the date on a bare date line: "Tue, Nov. 17, 2015 / 6:41 AM EST".
_DATE_LINE_FILLER = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?|"
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|"
    r"\b[ap]\.?m\b\.?|\b(?-i:[A-Z]{2,4})\b|[+-]\d{2}:?\d{2}|[\s,/|•·()-]+", re.IGNORECASE)
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


def page_date(tree: HtmlElement) -> date | None:
    """The publication date in a parsed page's metadata (htmldate), or None.

    ``extensive_search`` is off on purpose: htmldate's extensive mode falls back to month-only
    dates (the 1st of the month), the copyright year (1 January) and free-text dates, which
    would anchor "on Friday" to a made-up day. No URL is given: htmldate reads the page's own
    (canonical) link as part of its metadata, and the caller tries the given URL after it.
    """
    from htmldate import find_date

    found = find_date(tree, extensive_search=False, original_date=True,
                      deferred_url_extractor=True,
                      max_date=(date.today() + FUTURE_SLACK).isoformat())
    return parse_date_value(found) if found else None

"""When each report says its happening was: the date read from its words, or "on or shortly
before" its publication (:func:`window_of`), a claim's act on or before its day
(:func:`claim_window`), and whether it recalls history (:func:`history`). Read by the pair
features of :mod:`.evidence`, the merged record of :mod:`.combine` and :mod:`.tally`.
"""

from __future__ import annotations

from datetime import date

from ..dates.anchor import shift_days
from ..dates.timex import MONTH, YEAR
from ..records import DateValue, Event, Mention
from .days import telling
from .families import RESTRICTIONS, folded_kind

# The label of a claim of responsibility, which joins the act it claims (the label families
# of :mod:`.evidence`).
CLAIM = "ATTRIB"
# An event with no date words happened "on or shortly before publication": this many days.
UNDATED_DAYS_BEFORE = 3
# A claim of responsibility is made on or after the act it claims, and the day its sentence
# names is as often the statement's ("claimed the bombing in a statement on Saturday", of
# Friday's bombing) as the act's ("claimed Friday's bombing"): its act happened on or this
# many days before that day (:func:`claim_window`). Set by hand as for an undated report:
# "on or shortly before". Before, a claim's named day vetoed its act of the day before and
# joined another act of the statement's day (the rewrites' s8, `python benchmarks/rewrites.py`).
CLAIM_DAYS_BEFORE = UNDATED_DAYS_BEFORE
# A report whose date ends this many days before its publication recalls history
# (:func:`recalled`): a year, far beyond any follow-up (:data:`.evidence.FAR_DAYS`). Set by
# hand: the project's stories publish no such report.
RECALLED_DAYS = 365


def reports(e: Event) -> tuple[Mention, ...]:
    """Every report of an event: its mentions, or its own document and evidence."""
    return e.mentions or (Mention(e.document, e.evidence),)


def worded_date(e: Event) -> DateValue | None:
    """The report's date read from words when it says when the event happened: a day, a week
    or a month, or a season or a year read in the event's own sentence. A year read in another
    sentence is often another happening's (the news dated by the year of a comparison: "the
    worst riots since 1974"); a disaster "in 2004" told in the sentence happened then."""
    d = e.date
    if d is None or d.start is None or not d.text:
        return None
    return d if (d.precision or 1) <= MONTH or (
        (d.precision or 1) <= YEAR and inside(d.span, e)) else None



def act_date(e: Event) -> DateValue | None:
    """The worded date a merged event may take from a report (:func:`worded_date`), none for a
    claim of responsibility: its day is the statement's as often as the act's
    (:func:`claim_window`), and the act's reports date the event ("claimed the bombing in a
    statement on Saturday" beside Friday's bombing is no second date, nor a conflict)."""
    return None if e.type.label == CLAIM else worded_date(e)

def told_date(e: Event) -> DateValue | None:
    """The date a merged event may take from a report: its :func:`worded_date`, or a date not
    read from words (a publication's); a worded date that says nothing of when is none."""
    d = e.date
    return d if d is None or not d.text else worded_date(e)


def window_of(e: Event) -> tuple[date, date] | None:
    """The days an event may have happened on: its :func:`worded_date`, else shortly before
    publication; a restriction on people (:data:`.families.RESTRICTIONS`: "has barred
    residents from leaving since October") from its day to the report's, as it stands until
    then (two reports of one ban, one dated by its start and one by the news, met no
    window). A day counted from another time the text tells, or a clock time alone
    (:data:`.days.Telling`: "anaphoric"), is a guess the dates stage made from the publication
    date: such a report is as undated (a statement published on Friday of a shooting "at 7:50
    a.m." was dated Friday, four days after the shooting; "on or shortly before" its Friday
    meets the shooting's Monday within the slack)."""
    worded = worded_date(e)
    if worded is not None and telling(e.date, e.document.published) != "anaphoric":
        end = worded.end or worded.start
        published = e.document.published
        if folded_kind(e) == RESTRICTIONS and published is not None and published > end:
            end = published         # a standing measure is in force from its day to the report
        return worded.start, end
    d = e.date
    published = e.document.published
    if d is not None and d.start is not None and not d.text:
        published = published or d.end or d.start
    if published is None:
        return None
    return shift_days(published, -UNDATED_DAYS_BEFORE), published


def claim_window(window: tuple[date, date] | None) -> tuple[date, date] | None:
    """The days a claimed act may have happened on, given the claim's window: on its days or
    up to :data:`CLAIM_DAYS_BEFORE` before them (a claim names the statement's day as often
    as the act's)."""
    return None if window is None else (shift_days(window[0], -CLAIM_DAYS_BEFORE), window[1])


def history(e: Event, window: tuple[date, date] | None) -> bool:
    """True for a report whose window (:func:`window_of`) ends more than :data:`RECALLED_DAYS`
    before its report was published: it recalls history, whatever the detector read."""
    published = e.document.published
    return (window is not None and published is not None
            and (published - window[1]).days > RECALLED_DAYS)


def recalled(e: Event, window: tuple[date, date] | None) -> bool:
    """True for a report that tells its happening as history or context, not as news: the
    detector marks it background, or it is :func:`history`."""
    return e.background or history(e, window)


def inside(span: tuple[int, int] | None, e: Event) -> bool:
    """True when ``span`` (document offsets) lies within one of the event's sentences."""
    return span is not None and any(
        m.evidence.span[0] <= span[0] and span[1] <= m.evidence.span[1]
        for m in reports(e) if m.document.id == e.document.id)


def claimed_before(claim_end: date | None, act_start: date | None) -> bool:
    """True when a claim's named day (``claim_end``, the end of its :func:`claim_window`)
    comes before the named day its act started on (``act_start``): a group claims an attack
    once it has happened, so a claim "in a video on Monday" is of an attack on Sunday, not of
    the town's next attack on Tuesday. Both days read from the reports' own sentences; read
    by :func:`.evidence.date_feature` for a pair and by :mod:`.constraint` for two sets."""
    return claim_end is not None and act_start is not None and act_start > claim_end

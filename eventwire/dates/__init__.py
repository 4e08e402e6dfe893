"""The dates stage: time expressions of a document, and the date of each event.

:func:`find_timexes` recognises every time expression of a document's clean text with regular
expressions (:mod:`.recognize`) and normalises it against the publication date (:mod:`.normalize`,
:mod:`.anchor`), reading the tense of the words around it to pick the right "Friday" or "July".
:func:`event_date` picks an event's date from those: its own sentence first, then the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..claims import inside_quotation
from ..agreeing import AGREEMENT
from ..nlp import split_sentences, token_at
from ..records import DateValue, Sentence
from .after import counted_back
from .anchor import shift_days
from .clauses import (EARLIER, OTHER, OWN, of_the_claim, of_the_saying, of_the_standing,
                      other_clause)
from .dayparts import clockless, clockless_reference, statement_day
from .holidays import is_holiday, modifies_a_noun, names_a_happening
from .later import told_later
from .normalize import Timex, normalize
from .order import day_first_for, numeric_order
from .possessive import POSSESSIVE_MARK, of_what_came_before, possessive_day
from .recognize import DAY_RE, MONTH_RE, Candidate, recognize
from .their_year import with_their_year
from .tense import PRESENT, has_past, narrates_past, tense_near, tense_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Timex", "day_first_for", "event_date", "find_timexes", "tense_near"]

# Words before an expression that make it background, not an event date: "held since early 2014".
_BACKGROUND_BEFORE = re.compile(
    r"(?:\bsince|\bas\s+early\s+as|\bdating\s+back\s+to|\bas\s+long\s+ago\s+as|\buntil|\btill"
    r"|\bbefore|\bby)\s+$", re.I)
# ... but not a time of day on a day ("shortly before midnight on Saturday", "just before
# 11 pm on Friday", "by dawn on Monday"): the act's day, told to the hour.
_HOURS_BEFORE = re.compile(r"(?:\bbefore|\bby)\s+$", re.I)
# ... nor an expression a clause of "when" then tells ("quiet since March 3, when gunmen
# killed four traders" dates the killing, whatever came since), nor one in the possessive,
# which names the thing after it ("killed by yesterday's missile": an agent, not the deadline
# of "by yesterday").
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
# "a 2014 propaganda video", "the September 11 attacks": a year or a day without a year used as
# an adjective dates the thing it names (role "attributive"), not the sentence's other events.
_ATTRIBUTIVE = re.compile(r"\b(?:an?|the)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_LEADING_ARTICLE = re.compile(r"(?:an?|the)\s+", re.I)
_MONTH_DAY = re.compile(rf"{MONTH_RE}\s+{DAY_RE}|{DAY_RE}\s+{MONTH_RE}")
# What may stand between an attributive date and the noun it dates: "the 2014 chemical attack".
_TO_ITS_NOUN = re.compile(r"\s+(?:[a-z][\w-]*\s+)?")
_NEXT_WORD = re.compile(r"\s+")

# Expressions told from the last day the text named, not from the publication date.
_ANAPHORIC = frozenset({"nextday", "toldfrom"})


def find_timexes(text: str, anchor: date | None, *,
                 day_first: bool | None = None) -> tuple[Timex, ...]:
    """All time expressions of a document's clean text, normalised against ``anchor``.
    ``day_first`` is the order of numeric dates in the document's country (see
    :func:`.order.day_first_for`); when unknown, the document's own unambiguous ones tell."""
    out: list[Timex] = []
    last_day = anchor       # "the next day" counts from the last day the text named
    named = False           # whether the text has named a day yet
    days: list[date | None] = []    # the last day each sentence named
    if day_first is None and "/" in text:
        day_first = numeric_order(text)
    sentences = split_sentences(text)
    for i, sentence in enumerate(sentences):
        if i and "\n" in text[sentences[i - 1].end:sentence.start]:
            days.append(None)       # a new paragraph: the day before it is not near
        days.append(None)
        found_here: list[Timex] = []
        # times of day without a day of their own last: they are told from the sentence's days
        for cand in sorted(recognize(sentence.text), key=clockless):
            tense, scheduled = tense_of(sentence.text, cand.start, cand.end)
            reference = last_day if cand.kind in _ANAPHORIC else anchor
            untold = clockless(cand)
            if untold:
                reference, tense = clockless_reference(cand, sentence.text, found_here,
                                                       days[-2] if len(days) > 1 else None,
                                                       anchor, tense)
            found = _range_end(cand, normalize(cand, reference, tense, day_first), found_here,
                               sentence.text, day_first)
            if untold:
                found = [replace(tx, clockless=True) for tx in found]
            if named:       # "twenty minutes later": told from the last day named
                after = sentence.text[cand.end:]
                found = [told_later(tx, after, last_day, anchor) for tx in found]
            if scheduled and named and _historic_present(sentences, i):
                found = _story_reading(found, normalize(cand, reference, -1, day_first),
                                       last_day, anchor)
            found_here.extend(found)
            for tx in found:
                if tx.precision == 1 and tx.start is not None:
                    last_day, named, days[-1] = tx.start, True, tx.start
        told = _told_day(found_here, sentence.text)
        if told is not None:
            last_day = days[-1] = told
        found_here = with_their_year(found_here, sentence.text)    # "January last year"
        out.extend(_placed(tx, sentence, text) for tx in found_here)
    return tuple(sorted(out, key=lambda t: t.span[0]))


def _told_day(found: Sequence[Timex], sentence: str) -> date | None:
    """The day a sentence leaves for the next to tell from ("the same day", "that afternoon",
    "the dawn attack"): the last of its days that is not the day a source spoke ("rebels
    stormed the post on Wednesday, the military said on Friday": Wednesday), else the last
    day it names; ``None`` when it names none."""
    days = sorted((tx for tx in found if tx.precision == 1 and tx.start is not None),
                  key=lambda tx: tx.span[0])
    told = [tx for tx in days if not statement_day(sentence, tx.span)]
    return (told or days)[-1].start if days else None


# What joins the two ends of a range: "from June 1 through August 31", "Monday to Friday",
# "between 1 January and 30 June".
_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|through|thru|until|till|(?P<and>and))\s*", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_YEAR_NAMED = re.compile(r"\b(?:1[6-9]|20)\d\d\b|'\d\d\b")


def _range_end(cand: Candidate, found: list[Timex], before: Sequence[Timex], text: str,
               day_first: bool | None) -> list[Timex]:
    """The end of a range with no year of its own is the first such day (month, season) on
    or after the range's start: "from June 1 through August 31" is this August."""
    if len(found) != 1 or found[0].start is None or _YEAR_NAMED.search(cand.text):
        return found
    prev = max((tx for tx in before if tx.span[1] <= cand.start), default=None,
               key=lambda tx: tx.span[1])
    if prev is None or prev.start is None or prev.type != found[0].type \
            or found[0].start >= prev.start or found[0].type not in ("DATE", "TIME"):
        return found
    join = _RANGE_JOIN.fullmatch(text, prev.span[1], cand.start)
    if join is None or (join.group("and") and not _BETWEEN.search(text, 0, prev.span[0])):
        return found
    return normalize(cand, prev.start, 1, day_first)


def _historic_present(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether a timetable verb in the present ("the talks open Monday") may be the historic
    present: its sentence has no past verb and the sentences next to it tell a past story."""
    around = [s.text for s in sentences[max(i - 1, 0):i + 2] if s is not sentences[i]]
    return (not has_past(sentences[i].text) and bool(around)
            and all(narrates_past(t) for t in around))


def _story_reading(scheduled: list[Timex], past: list[Timex], last_day: date | None,
                   anchor: date | None) -> list[Timex]:
    """The past reading if it carries the story on: a historic present tells what came after
    the last day the text named and before the report; else the scheduled reading."""
    fits = past and all(tx.start is not None and last_day is not None and anchor is not None
                        and last_day <= tx.start <= anchor for tx in past)
    return past if fits else scheduled


def _placed(tx: Timex, sentence: Sentence, text: str) -> Timex:
    """The Timex in document offsets, with its role read from the words around it."""
    start, end = tx.span[0] + sentence.start, tx.span[1] + sentence.start
    before = text[max(sentence.start, start - 30):start]
    role = tx.role
    if (role == "point" and _BACKGROUND_BEFORE.search(before)
            and not _WHEN_AFTER.match(text, end) and not POSSESSIVE_MARK.match(text, end)
            and not (tx.type == "TIME" and tx.precision == 1 and _HOURS_BEFORE.search(before))):
        role = "background"
    elif role == "point" and _NOUN_AFTER.match(text, end) and (
            _attributive(tx, before) or (is_holiday(tx.text) and modifies_a_noun(text, end))):
        role = "attributive"
    return replace(tx, span=(start, end), role=role)


# --------------------------------------------------------------------------- event dates

# With no date in its sentence, an event told in the present or present perfect happened in the
# days up to the report (ACLED precision 2); one told in the past, within about a month of it
# (precision 3). The window sizes are ACLED's week and month.
RECENT_WINDOW_DAYS = 7
PAST_WINDOW_DAYS = 30
# "stepping up defenses since late October": an ongoing action dated from a recent start. Older
# starts ("held since early 2014") are background. Two months: ACLED codes ongoing events within
# the month-level precision it allows (3), so a start older than that says nothing about the event.
RECENT_SINCE_DAYS = 62
# Weekday, month or range types an event can be dated by.
_DATED_TYPES = frozenset({"DATE", "TIME", "DURATION"})
# The longest cue _SINCE_BEFORE or _ONGOING_BEFORE reads before a date ("for the past ").
CUE_WINDOW = 40
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_ONGOING_BEFORE = re.compile(r"\b(?:for|over|in)\s+(?:the\s+(?:past|last)\s+)?$", re.I)


def event_date(timexes: Sequence[Timex], sentence: Sentence, trigger_span: tuple[int, int] | None,
               published: date | None, label: str | None = None, *,
               parsed: Doc | None = None) -> DateValue | None:
    """The date of the event whose trigger is in ``sentence``; ``timexes`` are the document's
    in text order, as :func:`find_timexes` gives them.

    A day named in the possessive before a word of the event's own kind ("Saturday's bomb
    attack", for an explosion ``label``) wins (:mod:`.possessive`); else the point expression
    of the sentence nearest the trigger (not background, not a duration); then an ongoing
    action's recent start ("since late October") or length ("for months"); then the
    publication date gives a window ending on it, with ``text`` empty. With the sentence's
    parse, a date in a clause describing a noun is another happening's
    (:func:`.clauses.other_clause`): it ranks after the rest, or is left out; so does the date
    of a verb of saying that reports the event's clause (:func:`.clauses.of_the_saying`); the
    day of a claim of the act is never the act's (:func:`.clauses.of_the_claim`), nor the
    day of what the event came after (:func:`.possessive.of_what_came_before`), nor the day
    an agreement held an agreement's (:func:`.clauses.of_the_standing`).
    """
    centre = trigger_span or (sentence.start, sentence.start)
    named = possessive_day(_in_span(timexes, sentence.start, sentence.end), sentence, label,
                           trigger_span)
    if named is not None:
        return DateValue(named.start, named.end, named.precision, named.text, named.span)
    counted = counted_back(_in_span(timexes, sentence.start, sentence.end), sentence,
                           trigger_span) if trigger_span is not None else None
    if counted is not None:
        return counted                      # "on Tuesday, two days after shelling killed six"
    clause = {tx.span: other_clause(parsed, sentence.start, tx.span, trigger_span)
              if parsed is not None and trigger_span is not None else OWN
              for tx in _in_span(timexes, sentence.start, sentence.end)}
    own = [tx for tx in _in_span(timexes, sentence.start, sentence.end)
           if not _in_relative_clause(sentence, tx.span, centre) and clause[tx.span] != EARLIER
           and not (parsed is not None and trigger_span is not None
                    and of_the_claim(parsed, sentence.start, tx.span, trigger_span))
           and not (label == AGREEMENT and parsed is not None
                    and of_the_standing(parsed, sentence.start, tx.span))
           and not (trigger_span is not None
                    and of_what_came_before(sentence, tx, trigger_span))]
    own = _days_over_their_weeks(own, sentence)
    saying = {tx.span for tx in own if parsed is not None and trigger_span is not None
              and of_the_saying(parsed, sentence.start, tx.span, trigger_span)}
    own.sort(key=lambda t: (clause[t.span] == OTHER, t.span in saying, _speakers_time(sentence, t),
                            _distance(t.span, centre) + _clause_penalty(sentence, t.span, centre),
                            t.span[0]))
    for tx in own:
        if tx.role == "attributive" and not _dates_its_noun(sentence, tx, trigger_span, parsed):
            continue
        if tx.role in ("point", "attributive") and tx.type in _DATED_TYPES and (
                tx.start is not None or tx.value is None or tx.value.startswith("XXXX")):
            return DateValue(tx.start, tx.end, tx.precision, tx.text, tx.span)
    if published is None:
        return None
    return (_ongoing(own, sentence, published)
            or _window(sentence, centre[0] - sentence.start, published))


# What may stand between a day and the week it names: "Wednesday last week", "Wednesday of
# last week", "last week on Wednesday", "last week, on Wednesday".
_DAY_WEEK_GAP = re.compile(r"[ ,]*(?:(?:of|on)[ ]+)?")


def _days_over_their_weeks(own: list[Timex], sentence: Sentence) -> list[Timex]:
    """``own`` (in text order) without a week that a day written beside it names a day of ("on
    Wednesday last week": the Wednesday, not the week, whichever is nearer the trigger)."""
    def names_a_day_of(day: Timex, week: Timex) -> bool:
        return (day.precision == 1 and day.start is not None and week.start is not None
                and week.end is not None and week.start <= day.start <= week.end
                and _DAY_WEEK_GAP.fullmatch(sentence.text[
                    min(day.span[1], week.span[1]) - sentence.start:
                    max(day.span[0], week.span[0]) - sentence.start]) is not None)

    # only the expressions next to a week can stand beside it
    return [tx for k, tx in enumerate(own) if tx.precision != 2 or not any(
        names_a_day_of(day, tx) for day in own[max(0, k - 1):k] + own[k + 1:k + 2])]


def _speakers_time(sentence: Sentence, tx: Timex) -> bool:
    """A time of day without a day of its own inside a quotation ("'We have stopped shelling
    as of midnight,' a spokesman said on Wednesday"): the speaker's, told from a day the
    quotation does not name; it dates no act the sentence reports when another date can."""
    if not tx.clockless:
        return False
    return inside_quotation(sentence.text, tx.span[0] - sentence.start)


def _attributive(tx: Timex, before: str) -> bool:
    """A year, or a day without a year, after an article ("the 11 September" holds its own)."""
    if _ATTRIBUTIVE.search(before):
        return (tx.precision or 0) >= 5 or bool(_MONTH_DAY.fullmatch(tx.text))
    article = _LEADING_ARTICLE.match(tx.text)
    return bool(article and _MONTH_DAY.fullmatch(tx.text[article.end():]))


def _dates_its_noun(sentence: Sentence, tx: Timex, trigger_span: tuple[int, int] | None,
                    parsed: Doc | None = None) -> bool:
    """Whether the event's word is the noun an attributive date names ("the May 2 raid"), or
    the verb right after that noun ("the May 2 raid killed five"). A holiday names the word
    right after it: "the Christmas Day raid (killed five)", not "a Christmas market attack";
    the verb after it only when that word is a happening's ("a Christmas market burned")."""
    span = tx.span
    if trigger_span is None or trigger_span[0] < span[1]:
        return False
    between = sentence.text[span[1] - sentence.start:trigger_span[0] - sentence.start]
    if not is_holiday(tx.text) or _NEXT_WORD.fullmatch(between):
        return bool(_TO_ITS_NOUN.fullmatch(between))
    return bool(_TO_ITS_NOUN.fullmatch(between)) and names_a_happening(between.strip()) \
        and _a_verb(sentence, trigger_span, parsed)


def _a_verb(sentence: Sentence, span: tuple[int, int], parsed: Doc | None) -> bool:
    """Whether the word at ``span`` is a verb: by the sentence's parse, else by a past form."""
    if parsed is not None:
        token = token_at(parsed, span[0] - sentence.start)
        if token is not None:
            return token.pos_ in ("VERB", "AUX")
    return has_past(sentence.text[span[0] - sentence.start:span[1] - sentence.start])


def _in_span(timexes: Sequence[Timex], start: int, end: int) -> list[Timex]:
    """The timexes inside [start, end), found by a search in ``timexes`` (in text order): an
    event's date must not cost a pass over all the dates of its document."""
    lo = bisect_left(timexes, start, key=lambda t: t.span[0])
    hi = bisect_left(timexes, end, lo=lo, key=lambda t: t.span[0])
    return [tx for tx in timexes[lo:hi] if tx.span[1] <= end]


def _ongoing(own: Sequence[Timex], sentence: Sentence, published: date) -> DateValue | None:
    """An action going on up to the report, from a recent start or for a stated length."""
    from .relative import duration_days, precision_for_days
    for tx in own:     # the cue words stand just before: a bounded look back, not the sentence
        at = tx.span[0] - sentence.start
        before = sentence.text[max(0, at - CUE_WINDOW):at]
        if (tx.start is not None and tx.precision and _SINCE_BEFORE.search(before)
                and 0 <= (published - tx.start).days <= RECENT_SINCE_DAYS):
            precision = max(tx.precision, 2)
            return DateValue(tx.start, published, precision, tx.text, tx.span)
        # "the battle lasted for two hours": a length of hours says how long, not when
        days = (duration_days(tx.value) if tx.role == "duration"
                and not (tx.value or "").startswith("PT") else None)
        if days and _ONGOING_BEFORE.search(before):
            start = shift_days(published, -days)
            return DateValue(start, published, precision_for_days(days), tx.text, tx.span)
    return None


def _window(sentence: Sentence, position: int, published: date) -> DateValue:
    """The days up to the report: a week for present-tense news, a month for past tense."""
    past = tense_near(sentence.text, position) < 0 and not PRESENT.search(sentence.text)
    days, precision = (PAST_WINDOW_DAYS, 3) if past else (RECENT_WINDOW_DAYS, 2)
    return DateValue(shift_days(published, 1 - days), published, precision, "",
                     (sentence.start, sentence.start))


# ", which have been pressing an offensive since late April": a relative clause after the
# trigger tells about something else; its dates are not the event's.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|whom|where)\b", re.IGNORECASE)


def _in_relative_clause(sentence: Sentence, span: tuple[int, int],
                        centre: tuple[int, int]) -> bool:
    if span[0] < centre[1]:
        return False
    between = sentence.text[centre[1] - sentence.start:span[0] - sentence.start]
    return bool(_RELATIVE_CLAUSE.search(between))


# A date across a comma or semicolon from the trigger is likely another clause's: it loses to
# one in the trigger's own clause unless that one is this much farther (characters).
CLAUSE_PENALTY = 40
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")


def _clause_penalty(sentence: Sentence, span: tuple[int, int], centre: tuple[int, int]) -> int:
    lo, hi = sorted((span[1], centre[0])) if span[0] < centre[0] else sorted((centre[1], span[0]))
    between = sentence.text[max(lo - sentence.start, 0):max(hi - sentence.start, 0)]
    return CLAUSE_PENALTY if _CLAUSE_BREAK.search(between) else 0


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0

"""Times of day with no day of their own: "overnight", "at dawn", "before dawn", "in the early
hours of Sunday", "after dark", and clock times ("at 4 p.m.", normalised in :mod:`.normalize`).

A report is dated by its day, not its hour, so these are told from a reference day
(:func:`clockless_reference`) unless a weekday is named: the day of a statement in the sentence
("..., police said on Tuesday"), else a day an event was dated by just before, else the
publication day. "Overnight" in a report about the past is the night that ended on the
reference day: the evening before and the morning of it, a window of two days (precision 2);
after a day an event was dated by, it is the night that followed that day.
With a weekday it is the night next to that day: "overnight into Tuesday" ended on Tuesday;
"overnight on Tuesday" or "Tuesday overnight" may be either night, so both are the window. Dawn,
dusk and the small hours are moments of one day (precision 1): the publication day in a report
about the past, else the next one to come (dawn has passed when a report is written; dusk, not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..claims import SPEECH_VERB
from . import anchor as cal
from .recognize import WEEKDAYS, Candidate, recognize
from .timex import DAY, DAYPART_CODES, WEEK, Timex

__all__ = ["CLOCKLESS", "clockless", "clockless_reference", "norm_daypart", "norm_overnight",
           "time_of_day_only"]

# Kinds of expression that name a time of day and may lack a day of their own. A clock time
# ("at 4 p.m.") is one: "opened fire on Friday ... at 4 p.m." is Friday's 4 p.m., not the
# publication day's.
CLOCKLESS = frozenset({"overnight", "daypart", "partofday", "time"})
# A day a statement was made on: "police said (on) Tuesday", "police on Tuesday said", "On
# Tuesday, police said". It is the reporter's "now" for the events the statement tells.
_SAID_BEFORE = re.compile(rf"\b(?:{SPEECH_VERB.pattern})(?:\s+(?:reporters|journalists))?"
                          # where it was said: "told reporters in Addis Ababa on Wednesday"
                          r"(?:\s+(?:in|at)\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?"
                          r"\s+(?:on\s+|late\s+|early\s+)?$", re.I)
_SAID_AFTER = re.compile(rf"^\s+(?:{SPEECH_VERB.pattern})\b", re.I)
_SAID_LATER = re.compile(rf"^,?\s+(?:[\w'’-]+\s+){{0,4}}(?:{SPEECH_VERB.pattern})\b", re.I)
_SENTENCE_START = re.compile(r"^\W*(?:on\s+|late\s+|early\s+)?$", re.I)
# How far a statement's words are looked for around its day (characters).
_SAID_WINDOW = 60

# TimeML parts of day of the words that name one; the sun's rise is the start of the morning.
_PART = {"dawn": "MO", "predawn": "MO", "pre-dawn": "MO", "daybreak": "MO", "first light": "MO",
         "sunrise": "MO", "dusk": "EV", "sunset": "EV", "nightfall": "EV", "dark": "NI",
         **DAYPART_CODES}
# TimeML mods: "before dawn" is the end of the night, read as the start of that day's morning.
_MOD = {"before": "START", "just before": "START", "shortly before": "START", "predawn": "START",
        "pre-dawn": "START", "early": "START", "small": "START", "wee": "START",
        "late": "END", "mid": "MID", "middle": "MID"}


def _weekday(name: str | None, anchor: date, tense: int) -> date | None:
    if not name:
        return None
    return cal.weekday_near(anchor, WEEKDAYS[name.lower().rstrip(".")], tense)


def clockless(cand: Candidate) -> bool:
    """A time of day with no day of its own ("at dawn", not "at dawn on Friday", "overnight
    into Tuesday")."""
    groups = cand.match.groupdict()
    return cand.kind in CLOCKLESS and not any(groups.get(k) for k in ("wd", "on", "into"))


def time_of_day_only(words: str) -> bool:
    """The words of a date name a time of day and no day ("6 pm", "at dawn", "in the
    evening"): its day was told from elsewhere (:func:`clockless_reference`), the
    publication's when nothing near named one."""
    found = recognize(words)
    return bool(found) and all(clockless(c) for c in found)


def clockless_reference(cand: Candidate, sentence: str, found: Sequence[Timex],
                        previous_day: date | None, anchor: date | None,
                        tense: int) -> tuple[date | None, int]:
    """(reference day, tense) for a time of day without a day of its own; ``found`` are the
    other expressions of its ``sentence`` (sentence offsets), ``previous_day`` the last day the
    sentence before it in its paragraph named. After an event's day, "overnight" is the night
    that followed it (told as a future from that day)."""
    days = [tx for tx in found if tx.precision == DAY and tx.start is not None]
    for tx in days:
        if statement_day(sentence, tx.span):
            return tx.start, tense
    before = [tx.start for tx in days if tx.span[1] <= cand.start]
    if not before:
        later = next((tx.start for tx in days if tx.span[0] >= cand.end
                      and _same_clause(sentence, cand.start, cand.end, tx.span[0])), None)
        if later is not None:   # "in dawn raids across Dhaka on Tuesday": that day's dawn
            return later, tense
    event_day = before[-1] if before else previous_day
    if event_day is None or (not before and tense < 0 and anchor and event_day > anchor):
        return anchor, tense    # a past time of day is not on a day to come the text named
    return event_day, 1 if cand.kind == "overnight" else tense


def _same_clause(sentence: str, start: int, end: int, day_at: int) -> bool:
    """Whether a day named at ``day_at`` after a time of day at ``start:end`` is in its clause:
    no clause break between ("before dawn in Maguindanao on Wednesday"), though a participle
    may follow a comma (", arresting six on Tuesday"); an opening time of day goes with the
    clause after its comma ("Before dawn, police arrested 30 people on Tuesday")."""
    if _OPENING.match(sentence[:start]):
        comma = sentence.find(",", end, day_at)
        end = comma + 1 if comma >= 0 and not sentence[end:comma].strip() else end
    return not _CLAUSE_BREAK.search(sentence, end, day_at)


# What parts a time of day from a day named after it: a clause's punctuation (not a comma
# before a participle), a quotation mark (a time told in a quotation is the speaker's), a word
# that opens another clause ("at dawn, a day after talks collapsed on Monday").
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014\u2013\"\u201c\u201d]|,(?!\s+[a-z]+ing\b)"
    r"|\b(?:after|before|since|until|till|when|while|because|following|than|again|later"
    r"|earlier)\b", re.I)
# Nothing but a preposition or an adverb before a time of day: it opens its sentence.
_OPENING = re.compile(r"\W*(?:[a-z]+\s+){0,2}$", re.I)


def statement_day(sentence: str, span: tuple[int, int]) -> bool:
    """The day at ``span`` of ``sentence`` is the day a source spoke ("the army said on
    Friday", "on Friday, police said")."""
    start, end = span
    before = sentence[max(0, start - _SAID_WINDOW):start]
    after = sentence[end:end + _SAID_WINDOW]
    return bool(_SAID_BEFORE.search(before) or _SAID_AFTER.match(after)
                or (_SENTENCE_START.match(sentence[:start]) and _SAID_LATER.match(after)))


def norm_overnight(base: Timex, g: dict[str, str], anchor: date | None,
                   tense: int) -> list[Timex]:
    """ "overnight", "overnight into Tuesday", "overnight Monday to Tuesday", "Tuesday
    overnight": TimeML's night (NI) of the evening it began, dated by the window it may fill."""
    base = replace(base, type="TIME")
    if anchor is None:
        return [replace(base, value="XXXX-XX-XXTNI")]
    into, on = _weekday(g.get("into"), anchor, tense), _weekday(g.get("on"), anchor, tense)
    if into is not None:
        evening, start, end = into - timedelta(days=1), into - timedelta(days=1), into
    elif on is not None:
        evening, start, end = on, on - timedelta(days=1), on + timedelta(days=1)
    else:
        evening = anchor - timedelta(days=1) if tense < 0 else anchor
        start, end = evening, evening + timedelta(days=1)
    return [replace(base, value=f"{evening.isoformat()}TNI", start=start, end=end,
                    precision=WEEK)]


def norm_daypart(base: Timex, g: dict[str, str], anchor: date | None,
                 tense: int) -> list[Timex]:
    """ "at dawn (on Friday)", "Friday before dawn", "the early hours of Sunday", "a dawn raid",
    "after dark": one day's part (TimeML MO, EV, NI)."""
    word = " ".join((g.get("word") or g.get("word2") or "").lower().split())
    part = _PART.get(word, "MO")
    mod = _MOD.get(g.get("hours", "").lower()) or _MOD.get(word) \
        or _MOD.get(" ".join(g.get("prep", "").lower().split())) \
        or _MOD.get((g.get("pmod") or g.get("pmod2") or "").lower())
    base = replace(base, type="TIME", mod=mod)
    if anchor is None:
        return [replace(base, value=f"XXXX-XX-XXT{part}")]
    day = _weekday(g.get("wd"), anchor, tense)
    if day is None:
        day = anchor + timedelta(days=1 if tense > 0 and part == "MO" else 0)
    return [replace(base, value=f"{day.isoformat()}T{part}", start=day, end=day, precision=DAY)]

"""A day named in the possessive before the happening it dates: "Saturday's bomb attack".

News tells a happening after the fact with the day it happened on in the possessive, in a
sentence whose verb is what came after ("residents on Monday buried the victims of Saturday's
bomb attack"; "Sunday's blast killed 20 people, police said on Monday"). The event read from
such a sentence is the happening the possessive's noun names when that noun is a word of the
event's own kind (the cue lexicon, :func:`eventwire.lexicon.event_cues`): then the possessive
day is the event's date, whichever date stands nearer the detector's trigger. A noun of
another kind names another happening ("police on Tuesday arrested three men over Friday's
bombing": the arrest is Tuesday's), so the day is left to the nearest-date rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..records import Sentence
from ..taxonomy import LABELS
from .normalize import Timex

# "Saturday's", "last Friday's", "Sunday’s": the possessive mark right after the expression.
POSSESSIVE_MARK = re.compile(r"['’]s\b")
# The words after the possessive where its noun may stand ("Saturday's [deadly suicide] bomb
# attack"): up to the first punctuation, at most this many words.
NOUN_WORDS = 4
# A day's value with no year: a weekday or a day of a month.
_UNANCHORED_DAY = re.compile(r"XXXX-(?:WXX-\d|\d\d-\d\d)")
_WORD = re.compile(r"\s*([\w-]+)")
# A phrase telling what the sentence's act came after: "two days after", "a day after",
# "hours after", "following", "since", "in the wake of", ending right before the possessive
# day.
_AFTER = re.compile(r"\b(?:(?:(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+)?"
                    r"(?:days?|hours?|weeks?|nights?)\s+)?(?:after|following|since)|"
                    r"in\s+the\s+(?:wake|aftermath)\s+of)\s+"
                    r"(?:(?:last|this\s+past)\s+)?$", re.I)
# The same phrase a few words before the possessive, the words between a clause of the
# happening's own ("two days after the group said it carried out Sunday's shooting",
# "following claims that rebels staged Friday's ambush"): its opening word, and at most this
# many words between it and the day, none of them a stop between clauses.
_AFTER_OPENS = re.compile(r"\b(?:after|following|in\s+the\s+(?:wake|aftermath)\s+of)\s+", re.I)
AFTER_CLAUSE_WORDS = 14
_CLAUSE_STOP = re.compile(
    r"[;:()\[\]]|\b(?:and|but|while|when|as)\s+(?:then\s+)?(?:on|late|early)\b", re.I)
# ACLED's disorder type of armed violence: its labels' nouns stand for one another ("Thursday's
# attack" for an armed clash; "Friday's blast" for a suicide bombing).
_VIOLENCE = "Political violence"


@lru_cache(maxsize=64)
def _kin(label: str) -> frozenset[str]:
    """The labels whose cue words name a happening of ``label``'s kind: itself, and every
    armed-violence label for an armed-violence one."""
    info = LABELS.get(label)
    if info is None or info.disorder_type != _VIOLENCE or info.event_type is None \
            or info.event_type == "Riots":
        return frozenset({label})
    return frozenset(k for k, i in LABELS.items()
                     if i.disorder_type == _VIOLENCE and i.event_type not in (None, "Riots"))


@lru_cache(maxsize=64)
def _cues(labels: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    from ..lexicon import event_cues

    return tuple(c.pattern for c in event_cues() if c.weight > 0 and c.name in labels)


def _names_kind(text: str, at: int, label: str) -> bool:
    """True when a word of ``label``'s kind opens one of the few words from ``at``."""
    cues = _cues(_kin(label))
    for _ in range(NOUN_WORDS):
        word = _WORD.match(text, at)
        if word is None:
            return False
        if any(c.match(text, word.start(1)) for c in cues):
            return True
        at = word.end()
    return False


def _a_day(tx: Timex) -> bool:
    """A day, resolved or a weekday or date no publication date anchors ("XXXX-WXX-6")."""
    if tx.start is not None:
        return tx.precision == 1
    return tx.type == "DATE" and _UNANCHORED_DAY.fullmatch(tx.value or "") is not None


def possessive_day(own: Sequence[Timex], sentence: Sentence, label: str | None,
                   trigger_span: tuple[int, int] | None = None) -> Timex | None:
    """The day (precision 1, resolved or not) of ``own`` (the sentence's timexes, in document
    offsets) said in the possessive before a word of ``label``'s kind, the first if several;
    ``None`` without a label or such a day. Not a day of a happening the event came after
    (:func:`_earlier_happening`)."""
    if label is None:
        return None
    for tx in own:
        if not _a_day(tx) or tx.role == "background":
            continue
        if _earlier_happening(own, sentence, tx, trigger_span, label):
            continue
        end = tx.span[1] - sentence.start
        mark = POSSESSIVE_MARK.match(sentence.text, end)
        if mark is not None and _names_kind(sentence.text, mark.end(), label):
            return tx
    return None


def _earlier_happening(own: Sequence[Timex], sentence: Sentence, tx: Timex,
                       trigger_span: tuple[int, int] | None, label: str) -> bool:
    """``tx`` dates a happening the event came after: it stands in a phrase saying so ("hit
    the port on Monday, two days after Saturday's shelling"), the event's trigger stands
    before the phrase, the words before the phrase tell an act of the event's kind, and a day
    of theirs dates it. A trigger inside the phrase is its happening, and so is the event of
    words that tell no such act ("swept up glass on Monday after Saturday's riots")."""
    if trigger_span is None:
        return False
    before = sentence.text[:tx.span[0] - sentence.start]
    phrase = _after_phrase(before)
    if phrase is None:
        return False
    opens = sentence.start + phrase.start()
    return (trigger_span[1] <= opens and _tells_kind(before[:phrase.start()], label)
            and any(_a_day(other) and other.span[1] <= opens and other.role != "background"
                    for other in own))


def _tells_kind(words: str, label: str) -> bool:
    """True when a word of ``label``'s kind stands in ``words``."""
    return any(c.search(words) for c in _cues(_kin(label)))


def of_what_came_before(sentence: Sentence, tx: Timex, trigger_span: tuple[int, int]) -> bool:
    """``tx`` is said in the possessive in a phrase telling what the event came after ("step
    up their raids following last week's massacre in Paris", "two days after Saturday's
    shelling"), the event's trigger before the phrase: it dates that happening, not the
    event."""
    start = tx.span[0] - sentence.start
    if POSSESSIVE_MARK.match(sentence.text, tx.span[1] - sentence.start) is None:
        return False
    phrase = _after_phrase(sentence.text[:start])
    return phrase is not None and trigger_span[1] <= sentence.start + phrase.start()


def _after_phrase(before: str) -> re.Match[str] | None:
    """The phrase telling what came after, ending ``before`` (the words up to a possessive
    day): right before the day ("two days after Saturday's"), or opening a clause of a few
    words that ends there ("after the group said it carried out Sunday's")."""
    phrase = _AFTER.search(before)
    if phrase is not None:
        return phrase
    opening = None
    for opening in _AFTER_OPENS.finditer(before):
        pass
    if opening is None:
        return None
    between = before[opening.end():]
    if len(between.split()) > AFTER_CLAUSE_WORDS or _CLAUSE_STOP.search(between):
        return None
    return opening

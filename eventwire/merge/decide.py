"""The pairwise decision: are two reports one event? A logistic regression on the evidence
features (:mod:`.evidence`) against a threshold, after the vetoes.

The weights (:mod:`.weights`) are fitted by ``python
training/train_merge.py`` on the project's own rewrites (``tests/data/merge/stories.jsonl``:
stories told by several outlets, with hard negatives of the same kind at the same place or
time), the stories marked ``"split": "held"`` left aside; the script prints the pairwise F1 on
both parts.
"""

from __future__ import annotations

from . import weights as fitted
from .evidence import ENCODED, FEATURES, Profile, features, plain_features, same_day_copies
from .windows import CLAIM

# Pairs whose log-odds of "one event" reach this are one event: a probability of one half.
THRESHOLD = 0.0
# Two reports recalling a happening as background join only when published this many days
# apart or fewer (:func:`_one_days_recollection`): one story's day of news, its outlets
# retelling one background; the same place recalled by articles further apart may be two
# happenings of one kind there. Set by reasoning (the founding story's eight versions ran on
# one day; the project's rewrites on the story's day and the next).
RECALLED_NEWS_DAYS = 1
# Two reports recalling history (:func:`_one_weeks_history`) join when published this many
# days apart or fewer, each dating the happening to a month or closer (a window of at most
# HISTORY_WINDOW_DAYS): a story's follow-ups retell its background within a week (the
# project's rewrites run over three days), and a month named is rarely two happenings of one
# kind at one place, where a year may be. Set by reasoning; with it the rewrites' train split
# (``python benchmarks/rewrites.py``) at 0.7: shared events in one record 84 -> 87,
# duplicates 36 -> 33, wrong merges 27 unchanged (one day instead of a week: 85 / 35 / 27);
# ECB+ dev, with no publication dates, unchanged.
HISTORY_NEWS_DAYS = 7
HISTORY_WINDOW_DAYS = 31


def recalled(a: Profile, b: Profile) -> bool:
    """True for two reports no edge may join for what they recall. A report dated over a year
    before its publication (:func:`.windows.history`) joins no other article's report but a
    recollection of it (:func:`_one_weeks_history`, :func:`_copied_history`): it recalls the
    happening, it does not report it, and joining it to the happening's own reports made one
    story of two articles years apart (the project's held-aside fire story, pairwise F1
    merging every event 0.885 with, 0.920 without such edges). Two reports both told as
    background (:func:`.windows.recalled`, the detector's flag, which also marks much news)
    join each other through a report that tells the happening as news only.
    ECB+ dev pairwise F1 0.713 / 0.725 / 0.823 at 0.7 / 0.6 / 0.05 before either, 0.719 /
    0.736 / 0.831 with both (``eventwire eval merge``: the recalled 2004 tsunami no longer
    joins the two earthquakes' reports); letting no background report join another
    article's, 0.651 / 0.658 / 0.744. Two reports of one sentence published on one day
    (:func:`.evidence.same_day_copies`: outlets running one wire text) join though both
    recall: their recollection is one text's (the founding story's versions recall the
    Ankara bombing in one sentence, and its copies met only through a report of another
    sentence; the rewrites' train split, ``python benchmarks/rewrites.py``, duplicates at
    0.7 11 -> 9; ECB+ dev, which gives no publication dates, unchanged at 0.882; letting
    copies of any days join, 0.871, and two articles' recollections of an old fire a day
    apart joined). Nor does a dated recollection join a report with no time
    (:func:`_dated_recollection`)."""
    if a.history or b.history:
        return not (_one_weeks_history(a, b) or _copied_history(a, b))
    return ((a.recalled and b.recalled and not same_day_copies(a, b)
             and not _one_days_recollection(a, b))
            or _dated_recollection(a, b) or _dated_recollection(b, a))


def _one_days_recollection(a: Profile, b: Profile) -> bool:
    """Two reports published on one day (or the next) that recall a happening at a place each
    names in its own sentence: outlets retelling one story's background in their own words
    ("bombings in Mali and Niger the group claimed", "the suicide attacks it carried out in
    Bamako and the Nigerien capital"), which no report tells as news, with one label (or a
    claim and an act: a claim joins the act it claims); the pair's other evidence still
    decides. Not two kinds of one family ("towns taken north of X" and "fighters moved into
    homes in X", both of territory, both recalled: two developments of one story)."""
    return (a.published is not None and b.published is not None
            and abs((a.published - b.published).days) <= RECALLED_NEWS_DAYS
            and a.place_named and b.place_named
            and (a.label == b.label or CLAIM in (a.label, b.label)))


def _one_weeks_history(a: Profile, b: Profile) -> bool:
    """Two reports published within :data:`HISTORY_NEWS_DAYS` that both recall history
    (:func:`.windows.history`) with dates their own sentences name to the month or closer,
    overlapping, and one label (or a claim and an act): a story's outlets retelling its
    background ("was last hit in February 2022, when a rocket killed a mechanic"; "a rocket
    attack in February 2022 killed a mechanic at the base") recall one happening, though
    neither tells it as news; the pair's other evidence still decides. History never joins
    news (:func:`recalled`)."""
    return (a.history and b.history and dated_to_month(a) and dated_to_month(b)
            and a.window[0] <= b.window[1] and b.window[0] <= a.window[1]
            and a.published is not None and b.published is not None
            and abs((a.published - b.published).days) <= HISTORY_NEWS_DAYS
            and (a.label == b.label or CLAIM in (a.label, b.label)))


def _copied_history(a: Profile, b: Profile) -> bool:
    """Two reports recalling history in one sentence published on one day
    (:func:`.evidence.same_day_copies`: outlets running one wire text), with one label (or a
    claim and an act): one recollection, however coarsely it is dated ("the standoff has
    revived memories of 2019, when blockaders and residents fought at Sacaba"); the pair's
    other evidence still decides. Rewrites train at 0.7 (``python benchmarks/rewrites.py``)
    duplicates 54 -> 53; ECB+ dev, with no publication dates, unchanged."""
    return (a.history and b.history and same_day_copies(a, b)
            and (a.label == b.label or CLAIM in (a.label, b.label)))


def dated_to_month(p: Profile) -> bool:
    """The report's own sentence dates it, to a month or closer."""
    return (p.date_named and p.window is not None
            and (p.window[1] - p.window[0]).days < HISTORY_WINDOW_DAYS)


def _dated_recollection(a: Profile, b: Profile) -> bool:
    """True when ``a`` is told as background with a date read from its own sentence and ``b``
    has no time at all: the date says when the recalled happening was, and nothing says ``b``
    was then (an archive's undated report of a quake joined the recollection of an earlier
    quake there, and the merged event took the old quake's day: ECB+ dev, pairwise F1
    unchanged)."""
    return a.recalled and a.date_named and a.window is not None and b.window is None


def score(a: Profile, b: Profile, w: dict[str, float] | None = None,
          bias: float | None = None) -> float | None:
    """The log-odds that two reports tell one event, or ``None`` when the evidence vetoes."""
    f = features(a, b)
    if f is None:
        return None
    w = fitted.WEIGHTS if w is None else w
    return (fitted.BIAS if bias is None else bias) + sum(w[name] * v for name, v in
                                                         zip(FEATURES, f, strict=True))


def possible(a: Profile, b: Profile) -> bool:
    """False when the pair cannot be one event whatever the encoder says: a veto, one document,
    or a score below the threshold whatever the encoded similarities (cosines, in [-1, 1]). A
    pair that is not possible costs no sentence vectors."""
    if a.documents & b.documents or recalled(a, b):
        return False
    plain = plain_features(a, b)
    if plain is None:
        return False
    w = fitted.WEIGHTS
    best = sum(abs(w[name]) for name in ENCODED)       # a cosine lies in [-1, 1]
    return fitted.BIAS + sum(w[name] * v for name, v in plain.items()) + best >= THRESHOLD


def same_event(a: Profile, b: Profile) -> float | None:
    """The pair's score when it says "one event", else ``None``. Reports of one document are
    never a pair: within an article, retellings were folded already (:mod:`.fold`); what the
    fold could not see, other reports may join (:mod:`.cluster`)."""
    if a.documents & b.documents or recalled(a, b):
        return None
    s = score(a, b)
    return s if s is not None and s >= THRESHOLD else None

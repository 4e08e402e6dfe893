"""The merge stage: one event per happening, however many reports tell it (issue 13).

* :mod:`.fold` — within one article, a retelling folds into its lead event;
* :mod:`.evidence` — what a report offers for comparison, and the features of a pair;
* :mod:`.windows` — when each report says its happening was (a claim's act on or before its
  day), and whether it recalls history;
* :mod:`.text` — the words, names and sentence vectors the features compare;
* :mod:`.amounts` — the sums of money reports give, which keep apart two robberies or fires
  of one place whose sums contradict;
* :mod:`.magnitudes` — the magnitudes reports give their earthquakes, likewise;
* :mod:`.days` — the weekdays and days of the year reports name, anchored or not;
* :mod:`.spells` — how many nights a report says its unrest has lasted, so that one riot's
  nights are one event when a report ties them together;
* :mod:`.blocking` — which reports are compared at all (country or place name, label family,
  week; or the same sentence);
* :mod:`.decide` — the pairwise decision, a logistic regression (:mod:`.weights`, fitted by
  ``training/train_merge.py`` on the project's own stories);
* :mod:`.cluster` — order-independent clustering into events (reports of one article share one
  only through other reports, and not when the article tells them apart);
* :mod:`.combine` — the merged record, every report kept, conflicts shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..records import DocumentRef, Event
from .cluster import components, groups, sort_key
from .combine import combine
from .evidence import normalise, reports
from .families import FOLDED_EVENT_TYPES
from .fold import fold_article


def copy_rank(d: DocumentRef) -> tuple:
    """Which copy of a text (one document id, several outlets) its reports are taken from,
    lowest first: the earliest published (the original, from whose day the text's relative
    days count), a copy with no date last; then by address and title, so that the choice
    depends on the copies alone, not on the order they came in."""
    return (d.published is None, d.published or date.min, d.url or "", d.title or "")


def distinct(events: Iterable[Event]) -> list[Event]:
    """One report per event id, of one copy per text: the reports of a text's copy with the
    lowest :func:`copy_rank` among those that gave any (a text run by two outlets is one
    document read twice, its reports dated from each copy's day), and of two reports with
    one id (ids derive from the document, sentence, label and place) the first by
    :func:`sort_key`. The store keeps the same copy (:mod:`eventwire.store.copies`)."""
    events = list(events)
    best: dict[str, tuple] = {}
    for e in events:
        r = copy_rank(e.document)
        if e.document.id not in best or r < best[e.document.id]:
            best[e.document.id] = r
    first: dict[str, Event] = {}
    for e in sorted(events, key=sort_key):
        if copy_rank(e.document) == best[e.document.id]:
            first.setdefault(e.id, e)
    return list(first.values())


def merge(events: Iterable[Event]) -> list[Event]:
    """One event per group of reports, ordered by their first report (document id, span)."""
    events = distinct(events)
    merged = [combine([events[i] for i in g]) for g in groups(events)]
    return sorted(merged, key=sort_key)


__all__ = ["FOLDED_EVENT_TYPES", "combine", "components", "copy_rank", "distinct", "fold_article",
           "groups", "merge", "normalise", "reports", "sort_key"]

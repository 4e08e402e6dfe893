"""The merge stage: one event per happening, however many reports tell it (issue 13).

* :mod:`.fold` — within one article, a retelling folds into its lead event;
* :mod:`.evidence` — what a report offers for comparison, and the features of a pair;
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

from ..records import Event
from .cluster import components, groups, sort_key
from .combine import combine
from .evidence import FOLDED_EVENT_TYPES, normalise, reports
from .fold import fold_article


def distinct(events: Iterable[Event]) -> list[Event]:
    """One report per event id: ids derive from the report's content (document, sentence,
    label, place), so two with one id are the same report read twice; the first is kept."""
    first: dict[str, Event] = {}
    for e in sorted(events, key=sort_key):
        first.setdefault(e.id, e)
    return list(first.values())


def merge(events: Iterable[Event]) -> list[Event]:
    """One event per group of reports, ordered by their first report (document id, span)."""
    events = distinct(events)
    merged = [combine([events[i] for i in g]) for g in groups(events)]
    return sorted(merged, key=sort_key)


__all__ = ["FOLDED_EVENT_TYPES", "combine", "components", "distinct", "fold_article", "groups", "merge",
           "normalise", "reports", "sort_key"]

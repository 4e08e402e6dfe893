""":func:`.combine.combine` kept up to date as reports join, at the cost of what joins.

``combine(reports)`` reads every report of a group, so a report joining a story of thousands
cost the story's size (issue 12). A :class:`Tally` keeps what combine's rules read of a group,
each rule's winner so far and what decides it, so that the tally of a union is found from the
two tallies, and :meth:`Tally.event` is exactly ``combine`` of the group's reports
(tests/merge/test_tally.py compares them):

* the base (the best-ranked report: completeness, confidence, order) and the first report
  (its id);
* labels: per label, its votes and its best-ranked report's type and scope;
* places: votes per place, and per (place, precision) its best-ranked wording;
* worded dates: per (start, end, precision) its best-ranked wording, so the window all allow
  can be found again when it narrows;
* actors and claim: the best-ranked report's that has one;
* counts: the best-ranked given, the lowest best (rank breaking ties), lowest low, highest high;
* conflicts: per field and value, the documents giving it;
* targets: per kind and text, where it is first named (report order, then position);
* mentions: per (document, span), the first by :func:`.combine._mention_order`;
* what the constraints read (:mod:`.constraint`): the veto summary; and the documents.

What grows with the group (mentions, documents, a conflict's documents) is kept whole, as
the merged record holds it; the rest is a few entries per distinct value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import reduce
from typing import Any

from ..records import (
    Conflict,
    Count,
    DateValue,
    Event,
    EventType,
    Mention,
    Place,
    Target,
)
from .cluster import order_key
from .combine import _CONFLICT_FIELDS, _mention_order, rank_key
from .constraint import Summary, joined, summary
from .evidence import Profile, place_key, reports, told_date, worded_date

_COUNTS = ("fatalities", "injured", "arrested")
_PICKS = ("actor1", "actor2", "claim")


@dataclass(frozen=True, slots=True)
class CountTally:
    """What :func:`.combine._count` reads of a group's figures for one field."""

    given: tuple[tuple, Count] | None           # (rank, count) of the best-ranked figure
    best: tuple[int, tuple, Count] | None       # (best, rank, count): the lowest credible best
    low: int | None = None                      # lowest low or best of the credible ones
    high: int | None = None                     # highest high or best of the credible ones

    @classmethod
    def of(cls, c: Count | None, rank: tuple) -> CountTally:
        if c is None:
            return cls(None, None)
        if c.best is None:
            return cls((rank, c), None)
        return cls((rank, c), (c.best, rank, c), min(v for v in (c.low, c.best) if v is not None),
                   max(v for v in (c.high, c.best) if v is not None))

    def __or__(self, o: CountTally) -> CountTally:
        lows = [v for v in (self.low, o.low) if v is not None]
        highs = [v for v in (self.high, o.high) if v is not None]
        return CountTally(_least(self.given, o.given), _least(self.best, o.best),
                          min(lows) if lows else None, max(highs) if highs else None)

    def count(self) -> Count | None:
        if self.best is None:
            return self.given[1] if self.given else None
        best = self.best[2]
        assert self.low is not None and self.high is not None and best.best is not None
        return replace(best, low=self.low,
                       high=self.high if self.high > best.best else best.high)


def _least(a: Any, b: Any) -> Any:
    """The smaller of two keyed entries whose keys never tie (None: absent)."""
    if a is None or b is None:
        return a if b is None else b
    return a if a[:-1] <= b[:-1] else b


@dataclass(frozen=True, slots=True)
class Tally:
    """What :func:`.combine.combine` reads of a group of reports of distinct ids (see the
    module docstring). The mappings are never changed once built: ``|`` makes new ones."""

    n: int                                      # reports
    base: tuple[tuple, Event]                   # (rank, report): the best-ranked
    first: tuple                                # the least order key (its id names the event)
    labels: dict[str, tuple[int, tuple, EventType, str]]   # label: (votes, rank, type, scope)
    place_votes: dict[str | None, int]
    places: dict[tuple[str | None, int], tuple[tuple, Place]]    # (key, precision): (rank, -)
    dates: dict[tuple[date, date, int], tuple[tuple, DateValue]]  # worded: (rank, date)
    picks: dict[str, tuple[tuple, Any]]         # actor1, actor2, claim: (rank, value)
    counts: dict[str, CountTally]
    civilian_targeting: bool
    confidence: float
    confidence_with_crime: float
    background: bool
    conflicts: dict[str, dict[str, frozenset[str]]]   # field: value: documents giving it
    targets: dict[tuple[str, str], tuple[tuple, int, Target]]  # (kind, text): (order, at, -)
    mentions: dict[tuple, tuple[tuple, Mention]]       # (document, span): (order, mention)
    documents: frozenset[str]
    held: Summary

    @classmethod
    def of(cls, e: Event, p: Profile) -> Tally:
        """The tally of one report (``p``: its profile)."""
        r, o = rank_key(e), order_key(e)
        docs = frozenset(m.document.id for m in reports(e))
        worded = worded_date(e)
        loc = e.location
        targets: dict[tuple[str, str], tuple[tuple, int, Target]] = {}
        for at, t in enumerate(e.targets):
            targets.setdefault((t.kind, t.text.casefold()), (o, at, t))
        mentions: dict[tuple, tuple[tuple, Mention]] = {}
        for m in reports(e):
            k = _mention_order(m)
            mentions[k[:3]] = _least(mentions.get(k[:3]), (k, m))
        return cls(
            1, (r, e), o, {e.type.label: (1, r, e.type, e.scope)},
            {place_key(loc): 1} if loc is not None else {},
            {(place_key(loc), loc.geo_precision or 9): (r, loc)} if loc is not None else {},
            {(worded.start, worded.end or worded.start, worded.precision or 9): (r, worded)}
            if worded is not None else {},
            {f: (r, getattr(e, f)) for f in _PICKS if getattr(e, f) is not None},
            {f: CountTally.of(getattr(e, f), r) for f in _COUNTS},
            e.civilian_targeting, e.confidence, e.confidence_with_crime, e.background,
            {f: {v: docs} for f, value in _CONFLICT_FIELDS if (v := value(e)) is not None},
            targets, mentions, frozenset(p.documents), summary(p))

    def __or__(self, o: Tally) -> Tally:
        """The tally of two disjoint groups together."""
        return join_all((self, o))

    @staticmethod
    def _joined(ts: Sequence[Tally]) -> Tally:
        """:func:`join_all`: every entry folded in once, into mappings built here."""
        t0 = ts[0]
        labels, votes_of = dict(t0.labels), dict(t0.place_votes)
        places, dates, picks = dict(t0.places), dict(t0.dates), dict(t0.picks)
        targets, mentions = dict(t0.targets), dict(t0.mentions)
        conflicts = {f: {v: set(ds) for v, ds in vs.items()} for f, vs in t0.conflicts.items()}
        documents = set(t0.documents)
        counts, held = t0.counts, t0.held
        for o in ts[1:]:
            for k, (votes, r, t, s) in o.labels.items():
                mine = labels.get(k)
                labels[k] = (votes, r, t, s) if mine is None else (
                    mine[0] + votes, *(mine[1:] if mine[1] <= r else (r, t, s)))
            for k, v in o.place_votes.items():
                votes_of[k] = votes_of.get(k, 0) + v
            for f, vs in o.conflicts.items():
                into = conflicts.setdefault(f, {})
                for v, ds in vs.items():
                    into.setdefault(v, set()).update(ds)
            for mine, theirs in ((places, o.places), (dates, o.dates), (picks, o.picks),
                                 (targets, o.targets), (mentions, o.mentions)):
                for k, v in theirs.items():
                    mine[k] = _least(mine.get(k), v)
            documents |= o.documents
            counts = {f: counts[f] | o.counts[f] for f in _COUNTS}
            held = joined(held, o.held)
        return Tally(
            sum(t.n for t in ts), reduce(_least, (t.base for t in ts)), min(t.first for t in ts),
            labels, votes_of, places, dates, picks, counts,
            any(t.civilian_targeting for t in ts), max(t.confidence for t in ts),
            max(t.confidence_with_crime for t in ts), all(t.background for t in ts),
            {f: {v: frozenset(ds) for v, ds in vs.items()} for f, vs in conflicts.items()},
            targets, mentions, frozenset(documents), held)

    def event(self) -> Event:
        """``combine`` of the group's reports."""
        base = self.base[1]
        if self.n == 1:
            return base
        kind = self._label()
        own = Mention(base.document, base.evidence)
        own_key = _mention_order(own)[:3]
        rest = [m for k, (_, m) in sorted(self.mentions.items()) if k != own_key]
        return replace(
            base, id=self.first[1], type=kind[2], date=self._date(), location=self._place(),
            actor1=self._pick("actor1"), actor2=self._pick("actor2"), claim=self._pick("claim"),
            fatalities=self.counts["fatalities"].count(),
            injured=self.counts["injured"].count(), arrested=self.counts["arrested"].count(),
            civilian_targeting=self.civilian_targeting,
            mentions=(own, *rest) if rest else (), confidence=self.confidence,
            confidence_with_crime=self.confidence_with_crime, scope=kind[3],
            background=self.background, conflicts=self._conflicts(), targets=self._targets())

    def _label(self) -> tuple[int, tuple, EventType, str]:
        acts = [v for k, v in self.labels.items() if k != "ATTRIB"] or list(self.labels.values())
        return min(acts, key=lambda v: (-v[0], v[1]))

    def _place(self) -> Place | None:
        if not self.places:
            return None
        (_, _), (_, p) = min(self.places.items(), key=lambda kv: (
            kv[0][1], -self.place_votes[kv[0][0]], kv[1][0]))
        return p

    def _date(self) -> DateValue | None:
        if not self.dates:
            return told_date(self.base[1])
        lo = max(s for s, _, _ in self.dates)
        hi = min(e for _, e, _ in self.dates)
        allowed = [k for k in self.dates if lo <= k[0] and k[1] <= hi] or list(self.dates)
        return self.dates[min(allowed, key=lambda k: (k[2], self.dates[k][0]))][1]

    def _pick(self, field: str) -> Any:
        got = self.picks.get(field)
        return got[1] if got else None

    def _conflicts(self) -> tuple[Conflict, ...]:
        out = []
        for f, _ in _CONFLICT_FIELDS:
            versions = self.conflicts.get(f, {})
            if len(versions) >= 2:
                out.append(Conflict(f, tuple((v, tuple(sorted(ds)))
                                             for v, ds in sorted(versions.items()))))
        return tuple(out)

    def _targets(self) -> tuple[Target, ...]:
        unique: dict[tuple[str, str], Target] = {}
        for t in self.base[1].targets:
            unique.setdefault((t.kind, t.text.casefold()), t)
        for k, (_, _, t) in sorted(self.targets.items(), key=lambda kv: kv[1][:2]):
            unique.setdefault(k, t)
        return tuple(unique.values())


def join_all(tallies: Sequence[Tally]) -> Tally:
    """The tally of the union of disjoint groups, joined at once (joining one at a time would
    copy what grows with the group each time: the square of the reports)."""
    return tallies[0] if len(tallies) == 1 else Tally._joined(tallies)

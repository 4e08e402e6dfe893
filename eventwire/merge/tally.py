""":func:`.combine.combine` kept up to date as reports join, at the cost of what joins.

``combine(reports)`` reads every report of a group, so a report joining a story of thousands
cost the story's size (issue 12). A :class:`Tally` keeps what combine's rules read of a group,
each rule's winner so far and what decides it, so that the tally of a union is found from the
two tallies, and :meth:`Tally.event` is exactly ``combine`` of the group's reports
(tests/merge/test_tally.py compares them):

* the base (the best-ranked report: completeness, confidence, order) and the first report
  (its id);
* labels: per label, its votes (sure ones first) and its best-ranked report's type and scope;
* places: votes per place (and whether its report's own sentence names it), and per (place,
  precision) its best-ranked wording;
* worded dates: per (start, end, precision) its best-ranked wording, so the window all allow
  can be found again when it narrows;
* actors and claim: the best-ranked report's that has one;
* counts: the best-ranked given, the lowest best (rank breaking ties), lowest low, highest high;
* confidences: per document, its surest report's (:func:`.combine.corroborated` of them);
* conflicts: per field and value, the documents giving it;
* targets: per kind and text, where it is first named (report order, then position);
* mentions: per (document, span), the first by :func:`.combine._mention_order`;
* what the constraints read (:mod:`.constraint`): the veto summary; and the documents.

What grows with the group (mentions, documents, a conflict's documents) is kept whole, as
the merged record holds it, the mentions' keys in order (a join merges the new ones into the
largest group's run instead of sorting them all at each event made); the rest is a few entries
per distinct value. A stored story's tally is built from its reports in one fold
(:func:`tally_of_reports`), not as a tally per report joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
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
from .combine import _CONFLICT_FIELDS, Sure, _mention_order, corroborated, rank_key, unnamed
from .constraint import Summary, joined, summary
from .evidence import Profile, place_key, reports, sure_label
from .windows import act_date, inside, told_date

_COUNTS = ("fatalities", "injured", "arrested")


def _settled(a: float | None, b: float) -> float | None:
    """A corroborated confidence of two groups together when the parts' (``a``: None when not
    settled) settle it: 1 once a part's is 1 (each document's factor in
    :func:`.combine.corroborated` is at most 1, a product's rounding is monotone and the
    surest report's confidence only grows), 0 when both are 0 (every report's is 0: a factor
    of 1 changes no product). A big event's tally then does not multiply its thousands of
    documents' factors again at each report joining it (1.7 of the 2.5 CPU ms of
    :meth:`Tally.event` at 3,000 documents)."""
    if a == 1.0 or b == 1.0:
        return 1.0
    return 0.0 if a == 0.0 and b == 0.0 else None
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


def _place_vote(e: Event) -> tuple[bool, str | None]:
    """What a report's place votes as: whether its own sentence names it, and which it is."""
    return inside(e.location.span, e), place_key(e.location)


@dataclass(frozen=True, slots=True)
class Tally:
    """What :func:`.combine.combine` reads of a group of reports of distinct ids (see the
    module docstring). The mappings are never changed once built: ``|`` makes new ones."""

    n: int                                      # reports
    base: tuple[tuple, Event]                   # (rank, report): the best-ranked
    first: tuple                                # the least order key (its id names the event)
    # label: ((sure votes, votes), rank, type, scope): :func:`.combine.label_votes`
    labels: dict[str, tuple[tuple[int, int], tuple, EventType, str]]
    place_votes: dict[tuple[bool, str | None], int]     # (named in its sentence, key)
    places: dict[tuple[bool, str | None, int], tuple[tuple, Place]]  # (.., precision): (rank, -)
    dates: dict[tuple[date, date, int], tuple[tuple, DateValue]]  # worded: (rank, date)
    # actor1, actor2, claim, by (field, whether no word names it): (rank, value)
    picks: dict[tuple[str, bool], tuple[tuple, Any]]
    counts: dict[str, CountTally]
    civilian_targeting: bool
    sure: dict[str, Sure]                       # document: its surest report's confidences
    background: bool
    conflicts: dict[str, dict[str, frozenset[str]]]   # field: value: documents giving it
    targets: dict[tuple[str, str], tuple[tuple, int, Target]]  # (kind, text): (order, at, -)
    mentions: dict[tuple, tuple[tuple, Mention]]       # (document, span): (order, mention)
    documents: frozenset[str]
    held: Summary
    order: tuple[tuple, ...]                    # the keys of ``mentions``, sorted
    corroborated: Sure                          # :func:`.combine.corroborated` of ``sure``

    @classmethod
    def of(cls, e: Event, p: Profile) -> Tally:
        """The tally of one report (``p``: its profile)."""
        r, o = rank_key(e), order_key(e)
        docs = frozenset(m.document.id for m in reports(e))
        worded = act_date(e)
        loc = e.location
        targets: dict[tuple[str, str], tuple[tuple, int, Target]] = {}
        for at, t in enumerate(e.targets):
            targets.setdefault((t.kind, t.text.casefold()), (o, at, t))
        mentions: dict[tuple, tuple[tuple, Mention]] = {}
        for m in reports(e):
            k = _mention_order(m)
            mentions[k[:3]] = _least(mentions.get(k[:3]), (k, m))
        return cls(
            1, (r, e), o, {e.type.label: ((int(sure_label(e)), 1), r, e.type, e.scope)},
            {_place_vote(e): 1} if loc is not None else {},
            {(*_place_vote(e), loc.geo_precision or 9): (r, loc)} if loc is not None else {},
            {(worded.start, worded.end or worded.start, worded.precision or 9): (r, worded)}
            if worded is not None else {},
            {(f, unnamed(v)): (r, v) for f in _PICKS if (v := getattr(e, f)) is not None},
            {f: CountTally.of(getattr(e, f), r) for f in _COUNTS},
            e.civilian_targeting, dict.fromkeys(docs, (e.confidence, e.confidence_with_crime)),
            e.background,
            {f: {v: docs} for f, value in _CONFLICT_FIELDS if (v := value(e)) is not None},
            targets, mentions, frozenset(p.documents), summary(p), tuple(sorted(mentions)),
            corroborated(dict.fromkeys(docs, (e.confidence, e.confidence_with_crime))))

    def __or__(self, o: Tally) -> Tally:
        """The tally of two disjoint groups together."""
        return join_all((self, o))

    def event(self) -> Event:
        """``combine`` of the group's reports."""
        base = self.base[1]
        if self.n == 1:
            return base
        kind = self._label()
        sure, sure_with_crime = self.corroborated
        own = Mention(base.document, base.evidence)
        own_key = _mention_order(own)[:3]
        rest = [self.mentions[k][1] for k in self.order if k != own_key]
        return replace(
            base, id=self.first[1], type=kind[2], date=self._date(), location=self._place(),
            actor1=self._pick("actor1"), actor2=self._pick("actor2"), claim=self._pick("claim"),
            fatalities=self.counts["fatalities"].count(),
            injured=self.counts["injured"].count(), arrested=self.counts["arrested"].count(),
            civilian_targeting=self.civilian_targeting,
            mentions=(own, *rest) if rest else (), confidence=sure,
            confidence_with_crime=sure_with_crime, scope=kind[3],
            background=self.background, conflicts=self._conflicts(), targets=self._targets())

    def _label(self) -> tuple[int, tuple, EventType, str]:
        acts = [v for k, v in self.labels.items() if k != "ATTRIB"] or list(self.labels.values())
        return min(acts, key=lambda v: (-v[0][0], -v[0][1], v[1]))

    def _place(self) -> Place | None:
        """As :func:`.combine._place`: of the places named in their reports' sentences (else
        of all), the most specific, then the most given, then the best ranked."""
        named = any(k[0] for k in self.places)
        kept = [(k, v) for k, v in self.places.items() if k[0] or not named]
        if not kept:
            return None
        _, (_, p) = min(kept, key=lambda kv: (
            kv[0][2], -self.place_votes[kv[0][:2]], kv[1][0]))
        return p

    def _date(self) -> DateValue | None:
        if not self.dates:
            return told_date(self.base[1])
        lo = max(s for s, _, _ in self.dates)
        hi = min(e for _, e, _ in self.dates)
        allowed = [k for k in self.dates if lo <= k[0] and k[1] <= hi] or list(self.dates)
        return self.dates[min(allowed, key=lambda k: (k[2], self.dates[k][0]))][1]

    def _pick(self, field: str) -> Any:
        """As :func:`.combine.picked`: the best-ranked value that names, else the best."""
        got = self.picks.get((field, False)) or self.picks.get((field, True))
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
    if len(tallies) == 1:
        return tallies[0]
    fold = _Fold(tallies[0])
    for t in tallies[1:]:
        fold.tally(t)
    # The largest group's mentions are in order already: the others' new ones join that run
    # (sorted, a run and a few more cost about the run's length, not n log n comparisons).
    run = max(tallies, key=lambda t: len(t.order))
    more = {k for t in tallies if t is not run for k in t.mentions if k not in run.mentions}
    return fold.done(tuple(sorted([*run.order, *more])))


def tally_of_reports(group: Sequence[tuple[Event, Profile]]) -> Tally:
    """``join_all`` of each report's :meth:`Tally.of` (each report: its event and profile),
    folded in one by one without making a tally of each (a stored story's thousands of
    reports, once a process: a third of the time, and of the garbage collector's)."""
    fold = _Fold(Tally.of(*group[0]))
    for e, p in group[1:]:
        fold.report(e, p)
    return fold.done(tuple(sorted(fold.mentions)))


def _joined(held: list[Summary]) -> Summary:
    """The summaries joined pairwise, as a balanced tree (joins in any order give one
    summary): a weekday's kept documents are sorted only in joins holding more than
    :data:`.constraint.WEEKDAY_DOCUMENTS_KEPT`, near the root, not in each of a story's
    thousands of joins one report at a time (90 us each)."""
    while len(held) > 1:
        held = [joined(held[i], held[i + 1]) if i + 1 < len(held) else held[i]
                for i in range(0, len(held), 2)]
    return held[0]


class _Fold:
    """Tallies or reports folded into a first tally's entries, in mappings built here."""

    def __init__(self, t0: Tally) -> None:
        self.n, self.base, self.first = t0.n, t0.base, t0.first
        self.labels, self.place_votes = dict(t0.labels), dict(t0.place_votes)
        self.places, self.dates, self.picks = dict(t0.places), dict(t0.dates), dict(t0.picks)
        self.targets, self.mentions = dict(t0.targets), dict(t0.mentions)
        self.conflicts = {f: {v: set(ds) for v, ds in vs.items()}
                          for f, vs in t0.conflicts.items()}
        self.documents, self.counts, self.held = set(t0.documents), t0.counts, [t0.held]
        self.civilian_targeting, self.background = t0.civilian_targeting, t0.background
        self.sure = dict(t0.sure)
        self.settled = [_settled(c, c) for c in t0.corroborated]

    def tally(self, o: Tally) -> None:
        """Fold in another group's tally."""
        labels = self.labels
        for k, (votes, r, t, s) in o.labels.items():
            mine = labels.get(k)
            labels[k] = (votes, r, t, s) if mine is None else (
                (mine[0][0] + votes[0], mine[0][1] + votes[1]),
                *(mine[1:] if mine[1] <= r else (r, t, s)))
        for k, v in o.place_votes.items():
            self.place_votes[k] = self.place_votes.get(k, 0) + v
        for f, vs in o.conflicts.items():
            into = self.conflicts.setdefault(f, {})
            for v, ds in vs.items():
                into.setdefault(v, set()).update(ds)
        for mine, theirs in ((self.places, o.places), (self.dates, o.dates),
                             (self.picks, o.picks), (self.targets, o.targets),
                             (self.mentions, o.mentions)):
            for k, v in theirs.items():
                mine[k] = _least(mine.get(k), v)
        self.documents |= o.documents
        self.counts = {f: self.counts[f] | o.counts[f] for f in _COUNTS}
        for d, v in o.sure.items():
            self._surer(d, v)
        self._settle(o.corroborated)
        self._scalars(o.n, o.base, o.first, o.civilian_targeting, o.background, o.held)

    def report(self, e: Event, p: Profile) -> None:
        """Fold in one report, as :meth:`tally` of its :meth:`Tally.of` would."""
        r, o = rank_key(e), order_key(e)
        mine = self.labels.get(e.type.label)
        vote = (int(sure_label(e)), 1)
        self.labels[e.type.label] = (vote, r, e.type, e.scope) if mine is None else (
            (mine[0][0] + vote[0], mine[0][1] + 1),
            *(mine[1:] if mine[1] <= r else (r, e.type, e.scope)))
        if (loc := e.location) is not None:
            key = _place_vote(e)
            self.place_votes[key] = self.place_votes.get(key, 0) + 1
            self._least(self.places, (*key, loc.geo_precision or 9), (r, loc))
        if (worded := act_date(e)) is not None:
            self._least(self.dates, (worded.start, worded.end or worded.start,
                                     worded.precision or 9), (r, worded))
        for f in _PICKS:
            if (v := getattr(e, f)) is not None:
                self._least(self.picks, (f, unnamed(v)), (r, v))
        told = reports(e)
        docs = {m.document.id for m in told}
        for f, value in _CONFLICT_FIELDS:
            if (v := value(e)) is not None:
                self.conflicts.setdefault(f, {}).setdefault(v, set()).update(docs)
        for at, t in enumerate(e.targets):        # each key's first in the report wins
            self._least(self.targets, (t.kind, t.text.casefold()), (o, at, t))
        for m in told:
            k = _mention_order(m)
            self._least(self.mentions, k[:3], (k, m))
        self.documents |= p.documents
        self.counts = {f: self.counts[f] | CountTally.of(getattr(e, f), r) for f in _COUNTS}
        for d in docs:
            self._surer(d, (e.confidence, e.confidence_with_crime))
        self._settle((e.confidence, e.confidence_with_crime))
        self._scalars(1, (r, e), o, e.civilian_targeting, e.background, summary(p))

    @staticmethod
    def _least(into: dict, k: Any, v: Any) -> None:
        into[k] = _least(into.get(k), v)

    def _settle(self, part: Sure) -> None:
        """Take in what a part's corroborated confidences settle (:func:`_settled`)."""
        self.settled = [_settled(a, b) for a, b in zip(self.settled, part)]

    def _surer(self, document: str, v: Sure) -> None:
        old = self.sure.get(document)
        self.sure[document] = v if old is None else (max(old[0], v[0]), max(old[1], v[1]))

    def _scalars(self, n: int, base: tuple, first: tuple, civilian: bool, background: bool,
                 held: Summary) -> None:
        self.n += n
        self.base = _least(self.base, base)
        self.first = min(self.first, first)
        self.civilian_targeting = self.civilian_targeting or civilian
        self.background = self.background and background
        self.held.append(held)

    def done(self, order: tuple[tuple, ...]) -> Tally:
        """The tally folded (``order``: the keys of its mentions, sorted)."""
        return Tally(
            self.n, self.base, self.first, self.labels, self.place_votes, self.places,
            self.dates, self.picks, self.counts, self.civilian_targeting, self.sure,
            self.background,
            {f: {v: frozenset(ds) for v, ds in vs.items()} for f, vs in self.conflicts.items()},
            self.targets, self.mentions, frozenset(self.documents), _joined(self.held),
            order, corroborated(self.sure) if None in self.settled else (
                self.settled[0], self.settled[1]))

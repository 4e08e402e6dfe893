"""One merged event from its reports, every report kept (``mentions``), disagreements shown.

Field rules (issue 13):

* ``event_id``: the id of the first report (by document id and span), so it depends on the
  set of reports only;
* the base record (evidence, document, type details) is the most complete report;
* ``label``: the label most reports give; a claim of responsibility (ATTRIB) gives way to the
  act it claims; ties go to the base;
* ``location``: of the places the reports' own sentences name (else of all), the most specific
  (GeoNames precision), then the one most reports give;
* ``date``: the most precise date read from words that lies within every other worded date's
  window (the most precise date all reports allow; a year read outside the event's sentence is
  none: :func:`.windows.worded_date`, nor is a claim's day: :func:`.windows.act_date`), a day counted from another time or a clock time alone
  only when no report names one (a guess: :data:`.days.Telling`); else the base's, unless it
  is such a year;
* ``fatalities``, ``injured``, ``arrested``: ``best`` is ACLED's conservative figure, the lowest
  best estimate any report gives; ``low`` and ``high`` span every report's figures (UCDP's
  low/high estimates);
* actors and claim: the best-ranked report's that names one (a group's name outranks
  "unidentified armed men"), else the best-ranked report's that has one;
* ``targets``: every report's, one per kind and text (case aside), the base's first, then the
  others' in report order; a span is in the document of the report that named it;
* ``conflicts``: per field, each distinct value and the documents giving it, when they differ;
* ``confidence`` (and ``confidence_with_crime``): corroborated across documents
  (:func:`corroborated`), so that a happening several outlets tell is surer than any one
  report of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from ..actors.names import unnamed_armed
from ..records import Actor, Conflict, Count, DateValue, Event, Mention, Place, Target
from .cluster import order_key
from .days import telling
from .evidence import place_key, reports, sure_label
from .windows import act_date, inside, told_date


# How much each document's reading counts in :func:`corroborated` (an exponent on each
# factor): outlets rewriting one text share its words, and the detector misreads them alike,
# so two documents' readings are not two independent ones. Calibrated on the project's stories
# (``python training/train_merge.py --committed``, pairwise F1 of the events kept at extract's
# 0.7, train / held / held undated): as sure as the surest report (the rule before) 0.642 /
# 0.706 / 0.647; 0.5: 0.649 / 0.762 / 0.686 (held precision 0.947 -> 0.952); 1 (independent
# readings): 0.672 / 0.802 / 0.769, but held precision 0.927 and events-e2e TR-News precision
# 0.946 -> 0.875 (``eventwire eval e2e``: an accident two articles tell, read as an attack in
# both, kept at 0.86), at 0.5 unchanged. ECB+ dev (``eventwire eval merge``) 0.807 before,
# 0.828 at 0.5, 0.830 at 1.
CORROBORATION = 0.5
# Sure = (confidence, confidence with crime) of a document's surest report of an event.
Sure = tuple[float, float]


def surest(group: Iterable[Event]) -> dict[str, Sure]:
    """Per document, the confidences of its surest report among ``group``'s."""
    out: dict[str, Sure] = {}
    for e in group:
        for d in {m.document.id for m in reports(e)}:
            old = out.get(d)
            out[d] = (e.confidence, e.confidence_with_crime) if old is None else (
                max(old[0], e.confidence), max(old[1], e.confidence_with_crime))
    return out


def corroborated(sure: Mapping[str, Sure]) -> Sure:
    """The confidences of an event told by several documents (``sure``: each one's surest
    report's): the chance that not every document misread it, 1 - prod((1 - p) **
    :data:`CORROBORATION`), never below the surest report's; one document's, its own. Two
    documents as sure as each other add nothing at 0.5; four reports half sure each make
    an event 0.75 sure."""
    if len(sure) == 1:
        return next(iter(sure.values()))
    miss, miss_crime = 1.0, 1.0
    for _, (p, q) in sorted(sure.items()):      # in one order: the same float every time
        miss *= (1.0 - p) ** CORROBORATION
        miss_crime *= (1.0 - q) ** CORROBORATION
    best = max(p for p, _ in sure.values()), max(q for _, q in sure.values())
    return max(best[0], 1.0 - miss), max(best[1], 1.0 - miss_crime)


def _completeness(e: Event) -> int:
    known = (e.date is not None and e.date.start is not None, e.actor1, e.actor2,
             e.location, e.location is not None and e.location.latitude is not None,
             e.fatalities, e.injured, e.arrested, e.claim)
    return sum(1 for k in known if k)


def rank_key(e: Event) -> tuple:
    """The order reports are ranked in: the most complete, then the surest, then the first
    (by document id and span); the first ranked is the base."""
    return (-_completeness(e), -e.confidence, order_key(e))


def _label(ranked: Sequence[Event]) -> Event:
    """The report whose label the event takes: the label most sure reports give
    (:func:`.evidence.sure_label`), then most reports; the best-ranked report of it. An
    unsure reading vetoes no merge, so it must not name the merged event either."""
    acts = [e for e in ranked if e.type.label != "ATTRIB"] or list(ranked)
    votes = Counter(e.type.label for e in acts)
    sure = Counter(e.type.label for e in acts if sure_label(e))
    top = max((sure[k], n) for k, n in votes.items())
    return next(e for e in acts if (sure[e.type.label], votes[e.type.label]) == top)


def _place(ranked: Sequence[Event]) -> Place | None:
    """The place the reports' own sentences name, where one does: a place read from
    elsewhere in an article is its guess (:func:`.windows.inside`); then the most specific,
    then the one most reports give."""
    placed = [e.location for e in ranked if e.location is not None]
    if not placed:
        return None
    named = [e.location for e in ranked if e.location is not None
             and inside(e.location.span, e)] or placed
    votes = Counter(place_key(p) for p in named)
    return min(named, key=lambda p: (p.geo_precision or 9, -votes[place_key(p)]))


def unnamed(value: object) -> bool:
    """The value is armed men no word of their report names (an actor read as ACLED's
    "Unidentified Armed Group" or a rebel group of no name: :func:`.actors.names.unnamed_armed`),
    which another report's name for them outranks."""
    return isinstance(value, Actor) and unnamed_armed(value)


def picked(ranked: Sequence[Event], field: str) -> object:
    """The value of ``field`` (an actor, the claim): the best-ranked report's that names one,
    else the best-ranked report's."""
    given = [v for e in ranked if (v := getattr(e, field)) is not None]
    return next((v for v in given if not unnamed(v)), given[0] if given else None)


def _date(ranked: Sequence[Event]) -> DateValue | None:
    read = [(d, e.document.published) for e in ranked if (d := act_date(e)) is not None]
    worded = [d for d, published in read if telling(d, published) != "anaphoric"] or [
        d for d, _ in read]
    if not worded:
        return told_date(ranked[0])
    lo = max(d.start for d in worded)
    hi = min(d.end or d.start for d in worded)
    allowed = [d for d in worded if lo <= d.start and (d.end or d.start) <= hi] or worded
    return min(allowed, key=lambda d: d.precision or 9)


def _count(counts: Sequence[Count | None]) -> Count | None:
    """ACLED's best (the lowest best estimate), with low/high spanning every report."""
    given = [c for c in counts if c is not None]
    credible = [c for c in given if c.best is not None]
    if not credible:
        return given[0] if given else None
    best = min(credible, key=lambda c: c.best)
    lows = [v for c in credible for v in (c.low, c.best) if v is not None]
    highs = [v for c in credible for v in (c.high, c.best) if v is not None]
    high = max(highs)
    return replace(best, low=min(lows), high=high if high > best.best else best.high)


def targets_of(told: Sequence[Event]) -> tuple[Target, ...]:
    """What the reports ``told`` say was hit, one target per kind and text (case aside: an
    ALL-CAPS wire names the same school), the first report's wording kept."""
    unique: dict[tuple[str, str], Target] = {}
    for e in told:
        for t in e.targets:
            unique.setdefault((t.kind, t.text.casefold()), t)
    return tuple(unique.values())


def _conflict(field: str, group: Sequence[Event],
              value: Callable[[Event], str | None]) -> Conflict | None:
    versions: dict[str, set[str]] = {}
    for e in group:
        v = value(e)
        if v is not None:
            versions.setdefault(v, set()).update(m.document.id for m in reports(e))
    if len(versions) < 2:
        return None
    return Conflict(field, tuple((v, tuple(sorted(ds))) for v, ds in sorted(versions.items())))


_CONFLICT_FIELDS: tuple[tuple[str, Callable[[Event], str | None]], ...] = (
    ("label", lambda e: e.type.label),
    ("date", lambda e: d.start.isoformat() if (d := act_date(e)) is not None else None),
    ("location", lambda e: e.location.name if e.location else None),
    ("fatalities", lambda e: str(e.fatalities.best) if e.fatalities
     and e.fatalities.best is not None else None),
)


def combine(group: Sequence[Event]) -> Event:
    """One event from reports of it, of distinct ids (see the module docstring for the field
    rules)."""
    if len(group) == 1:
        return group[0]
    # order_key orders reports of distinct ids as sort_key does, without reading them whole
    ranked = sorted(group, key=rank_key)
    base = ranked[0]
    first = min(group, key=order_key)
    unique: dict[tuple, Mention] = {}
    for m in sorted((m for e in group for m in reports(e)), key=_mention_order):
        unique.setdefault(_mention_order(m)[:3], m)
    own = Mention(base.document, base.evidence)
    rest = [m for k, m in sorted(unique.items()) if k != _mention_order(own)[:3]]

    conflicts = tuple(c for f, v in _CONFLICT_FIELDS if (c := _conflict(f, group, v)))
    sure, sure_with_crime = corroborated(surest(group))
    return replace(
        base, id=first.id, type=_label(ranked).type, date=_date(ranked),
        actor1=picked(ranked, "actor1"), actor2=picked(ranked, "actor2"), location=_place(ranked),
        fatalities=_count([e.fatalities for e in ranked]),
        injured=_count([e.injured for e in ranked]),
        arrested=_count([e.arrested for e in ranked]), claim=picked(ranked, "claim"),
        civilian_targeting=any(e.civilian_targeting for e in group),
        mentions=(own, *rest) if rest else (),
        confidence=sure, confidence_with_crime=sure_with_crime, scope=_label(ranked).scope,
        background=all(e.background for e in group),
        conflicts=conflicts, targets=targets_of([base, *sorted(ranked[1:], key=order_key)]))


def _mention_order(m: Mention) -> tuple:
    """A total order on mentions, so duplicates resolve the same way whatever the input order."""
    d = m.document
    return (d.id, m.evidence.span[0], m.evidence.span[1], m.evidence.sentence, d.url or "",
            d.title or "", d.published.isoformat() if d.published else "")

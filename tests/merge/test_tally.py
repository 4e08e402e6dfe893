"""merge.tally: a group's tally, built in any order and any split, gives combine's event."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from merge_builders import FRIDAY, HOMS, RAQQA, RAQQA_REGION, SYRIA, TABQA, report

from eventwire.merge.combine import combine
from eventwire.merge.evidence import profile
from eventwire.merge.tally import Tally, join_all, tally_of_reports
from eventwire.records import (
    Claim,
    Count,
    DateValue,
    Evidence,
    Mention,
    Target,
)
from eventwire.taxonomy import event_type

_LABELS = ("AIR_STRIKE", "ARMED_CLASH", "ATTRIB", "SUIC_BOMB")
_PLACES = (RAQQA, TABQA, SYRIA, RAQQA_REGION, HOMS, None,
           replace(RAQQA, geonameid=None), replace(TABQA, geo_precision=None))
_TARGETS = (Target("school", "village school", (3, 17)), Target("school", "VILLAGE SCHOOL",
                                                                (5, 19)),
            Target("vehicle", "bus", (0, 3)), Target("post or base", "bus", (9, 12)))
_CLAIM = Claim("the ministry", "claimed", "said", (0, 4))


def _count(low, best, high):
    return None if (low, best, high) == (None, None, None) else Count(low, best, high, "x",
                                                                      (0, 1))


_figures = st.tuples(st.sampled_from([None, 2, 5]), st.sampled_from([None, 3, 7, 30]),
                     st.sampled_from([None, 4, 40]))

_reports = st.lists(st.fixed_dictionaries({
    "doc": st.sampled_from("abcdefgh"), "start": st.sampled_from([0, 40, 80]),
    "label": st.sampled_from(_LABELS), "place": st.sampled_from(_PLACES),
    "day": st.sampled_from([None, 0, 1, 5]), "end": st.sampled_from([0, 2]),
    "precision": st.sampled_from([None, 1, 2, 3, 5]), "worded": st.booleans(),
    "elsewhere": st.booleans(),
    "actor": st.sampled_from([None, "Russia", "Army"]), "actor2": st.booleans(),
    "claim": st.booleans(), "dead": _figures, "hurt": _figures,
    "confidence": st.sampled_from([0.2, 0.5, 0.9]), "crime": st.sampled_from([0.0, 0.4]),
    "civilian": st.booleans(), "background": st.booleans(),
    "scope": st.sampled_from(["core", "extended"]),
    "targets": st.lists(st.sampled_from(_TARGETS), max_size=3),
    "folded": st.sampled_from([0, 1, 2]), "url": st.booleans()}), min_size=1, max_size=9)


def _event(d: dict):
    """A report as the pipeline could hand it over: a retelling folded in (``folded``), a
    worded or an unworded date (read in its sentence or ``elsewhere``), figures with ranges."""
    e = report(d["doc"], f"Jets struck Raqqa {d['doc']} {d['start']} {d['label']}.",
               label=d["label"], place=d["place"], actor=d["actor"], start=d["start"],
               confidence=d["confidence"], claim=_CLAIM if d["claim"] else None,
               published=FRIDAY + timedelta(1) if d["url"] else FRIDAY)
    if d["day"] is not None:
        day = FRIDAY + timedelta(d["day"])
        e = replace(e, date=DateValue(day, day + timedelta(d["end"]) if d["end"] else None,
                                      d["precision"], "Friday" if d["worded"] else "",
                                      (at := d["start"] + 300 * d["elsewhere"], at + 6)))
    mentions = ()
    if d["folded"]:
        own = Mention(e.document, e.evidence)
        other = Mention(replace(e.document, title="T") if d["folded"] == 2 else e.document,
                        Evidence("It was told again.", (d["start"] + 200, d["start"] + 218)))
        mentions = (own, other) if d["folded"] == 1 else (other,)
    return replace(
        e, type=event_type(d["label"]), actor2=e.actor1 if d["actor2"] else None,
        fatalities=_count(*d["dead"]), injured=_count(*d["hurt"]),
        confidence_with_crime=d["crime"], civilian_targeting=d["civilian"],
        background=d["background"], scope=d["scope"], targets=tuple(d["targets"]),
        mentions=mentions)


def _distinct(events):
    seen: dict[str, object] = {}
    for e in events:
        seen.setdefault(e.id, e)
    return list(seen.values())


@given(_reports, st.randoms(use_true_random=False))
@settings(max_examples=300, deadline=None)
def test_a_tally_built_in_any_order_and_split_gives_combines_event(ds, rnd):
    group = _distinct(_event(d) for d in ds)
    tallies = [Tally.of(e, profile(e)) for e in group]
    rnd.shuffle(tallies)
    while len(tallies) > 1:         # join two random parts, as stored events and new reports
        i, j = sorted(rnd.sample(range(len(tallies)), 2))
        b = tallies.pop(j)
        tallies[i] = tallies[i] | b
    [t] = tallies
    assert t.event() == combine(group)
    assert t.order == tuple(sorted(t.mentions))
    assert t.n == len(group)
    assert t.documents == frozenset(p for e in group for p in profile(e).documents)


def test_a_report_joining_changes_each_rule_as_combine_does():
    # hard cases by hand: the base moves, the date window narrows past the old winner, an
    # ATTRIB report's label gives way, a lower toll arrives, a target names the same school
    a = replace(report("a", "Jets struck Raqqa.", dead=7, confidence=0.5),
                targets=(_TARGETS[0],))
    b = replace(report("b", "Jets struck Raqqa on Friday.", label="ATTRIB", dead=3,
                       confidence=0.9, place=RAQQA_REGION), targets=(_TARGETS[1], _TARGETS[2]))
    c = replace(report("c", "Jets struck Syria.", place=SYRIA, confidence=0.2,
                       day=FRIDAY + timedelta(2)), date=DateValue(
        FRIDAY, FRIDAY + timedelta(1), 2, "this week", (0, 9)))
    t, seen = Tally.of(a, profile(a)), [a]
    for e in (b, c):
        t, seen = t | Tally.of(e, profile(e)), [*seen, e]
        assert t.event() == combine(seen)
    assert t.event().type.label == "AIR_STRIKE" and t.event().fatalities.best == 3


@given(_reports, st.randoms(use_true_random=False))
@settings(max_examples=200, deadline=None)
def test_reports_folded_one_by_one_give_the_tallies_joined(ds, rnd):
    group = _distinct(_event(d) for d in ds)
    rnd.shuffle(group)
    pairs = [(e, profile(e)) for e in group]
    folded = tally_of_reports(pairs)
    assert folded == join_all([Tally.of(e, p) for e, p in pairs])
    assert folded.event() == combine(group)
    k = rnd.randrange(len(pairs))           # a tally of some joined with the rest's
    if 0 < k:
        assert join_all([tally_of_reports(pairs[:k]), tally_of_reports(pairs[k:])]) == folded


@given(st.lists(st.tuples(st.sampled_from([0.0, 0.3, 0.9, 1.0]),
                          st.sampled_from([0.0, 0.4, 0.95, 1.0])), min_size=1, max_size=60),
       st.randoms(use_true_random=False))
@settings(max_examples=200, deadline=None)
def test_confidences_settled_at_1_or_0_stay_as_combine_gives_them(sure, rnd):
    # dozens of documents: the corroborated confidence reaches 1 (the product underflows) or
    # stays 0 (every report's is 0), and joins take it from the parts without multiplying
    group = [replace(report(f"d{k:02}", f"Jets struck Raqqa {k}.", confidence=p),
                     confidence_with_crime=q) for k, (p, q) in enumerate(sure)]
    tallies = [Tally.of(e, profile(e)) for e in group]
    k = rnd.randrange(len(tallies))
    parts = [tally_of_reports([(e, profile(e)) for e in group[:k]])] if k else []
    parts += tallies[k:]
    rnd.shuffle(parts)
    whole = join_all(parts)
    assert whole.event() == combine(group)
    assert whole.corroborated == (whole.event().confidence,
                                  whole.event().confidence_with_crime)

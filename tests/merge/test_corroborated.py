"""merge.combine's confidence rule: a happening several documents tell is surer than any one
report of it (merge.combine.corroborated), the same whatever the order or grouping."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from merge_builders import HOMS, report

from eventwire.merge import merge
from eventwire.merge.combine import CORROBORATION, combine, corroborated, surest
from eventwire.merge.evidence import profile
from eventwire.merge.tally import join_all, tally_of_reports
from eventwire.records import Mention


def _told(doc: str, confidence: float, crime: float = 0.0, start: int = 0):
    return replace(report(doc, "Russian warplanes struck the Raqqa market on Friday.",
                          confidence=confidence, start=start), confidence_with_crime=crime)


def _expected(*ps: float) -> float:
    miss = 1.0
    for p in ps:
        miss *= (1 - p) ** CORROBORATION
    return max(*ps, 1 - miss)


def test_more_outlets_make_a_surer_event():
    told = [_told(d, 0.5) for d in ("wire", "local", "radio", "paper")]
    sure = [combine(told[:n]).confidence for n in range(1, 5)]
    assert sure == sorted(sure) and sure[-1] > sure[0] == 0.5
    assert sure[2] == pytest.approx(_expected(0.5, 0.5, 0.5))
    assert sure[3] > 0.7            # four outlets half sure each: kept at extract's 0.7


def test_one_document_counts_once_by_its_surest_report():
    # the wire's two sentences are one document's reading: not two corroborations
    a, b = _told("wire", 0.4), _told("wire", 0.6, start=80)
    assert surest([a, b]) == {"wire": (0.6, 0.0)}
    assert corroborated(surest([a, b])) == (0.6, 0.0)
    e = combine([a, b, _told("local", 0.5), _told("radio", 0.5)])
    assert e.confidence == pytest.approx(_expected(0.6, 0.5, 0.5))


def test_a_single_report_keeps_its_own_confidence():
    e = _told("wire", 0.33, crime=0.41)
    assert combine([e]).confidence == 0.33
    assert corroborated(surest([e])) == (0.33, 0.41)


def test_a_folded_report_is_one_document():
    lead = _told("wire", 0.3)
    folded = replace(lead, mentions=(Mention(lead.document, lead.evidence),
                                     Mention(lead.document, replace(lead.evidence,
                                                                    span=(90, 120)))))
    assert surest([folded]) == {"wire": (0.3, 0.0)}


def test_confidence_with_crime_is_corroborated_too():
    e = combine([_told("a", 0.2, crime=0.6), _told("b", 0.1, crime=0.5),
                 _told("c", 0.3, crime=0.5)])
    assert e.confidence_with_crime == pytest.approx(_expected(0.6, 0.5, 0.5))
    assert e.confidence == pytest.approx(_expected(0.2, 0.1, 0.3))


def test_a_sure_report_is_never_made_less_sure():
    for ps in ([0.9, 0.05], [0.99, 0.0], [0.7, 0.7, 0.01], [0.6, 0.6]):
        e = combine([_told(f"d{k}", p) for k, p in enumerate(ps)])
        assert e.confidence >= max(ps)


def test_two_outlets_alike_add_little():
    # outlets rewriting one text err alike: two as sure as each other count as one
    assert combine([_told("a", 0.6), _told("b", 0.6)]).confidence == pytest.approx(
        _expected(0.6, 0.6))
    assert _expected(0.6, 0.6) < 0.7


def test_the_same_float_whatever_the_order_and_in_a_tally():
    group = [_told(d, p) for d, p in (("a", 0.31), ("b", 0.17), ("c", 0.59), ("d", 0.07))]
    seen = {combine(list(g)).confidence for g in itertools.permutations(group)}
    assert len(seen) == 1
    pairs = [(e, profile(e)) for e in group]
    assert tally_of_reports(pairs).event().confidence in seen
    halves = join_all([tally_of_reports(pairs[2:]), tally_of_reports(pairs[:2])])
    assert halves.event().confidence in seen


def test_reports_that_stay_apart_are_not_corroborated():
    # a fire in Homs the same day is another event: each keeps its own confidence
    fire = report("homs", "A fire destroyed a warehouse in Homs on Friday.", place=HOMS,
                  label="PROPERTY_DISTRUCT", actor=None, confidence=0.4)
    out = {e.type.label: e.confidence for e in merge([_told("wire", 0.5), fire])}
    assert out == {"AIR_STRIKE": 0.5, "PROPERTY_DISTRUCT": 0.4}

"""Earthquakes' magnitudes in a report's sentences, and what they say about two reports."""

from __future__ import annotations

import pytest
from merge_builders import report

from eventwire.merge import merge, reports
from eventwire.merge.decide import same_event
from eventwire.merge.evidence import plain_features, profile
from eventwire.merge.magnitudes import largest, magnitudes


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A 5.9-magnitude quake rattled the coast.", (5.9,)),
    ("A magnitude 6.8 earthquake struck before dawn.", (6.8,)),
    ("An earthquake of magnitude 7 hit the island.", (7.0,)),
    ("The tremor measured 4.6 on the Richter scale.", (4.6,)),
    ("The magnitude-6.2 shock was felt in the capital.", (6.2,)),
    ("A 6.0 magnitude quake and a magnitude 4.9 aftershock.", (6.0, 4.9)),
])
def test_magnitudes_are_read(sentence, expected):
    assert magnitudes(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The quake killed 12 people and injured 300.",
    "Rescuers worked for 6.5 hours in the rubble.",
    "The magnitude of the disaster became clear on Monday.",
    "A 40-magnitude claim is nonsense.",
])
def test_other_figures_are_not_magnitudes(sentence):
    assert magnitudes(sentence) == ()


def test_a_report_keeps_its_largest_magnitude():
    assert largest(["A 6.0-magnitude quake hit.", "A 4.8 magnitude aftershock followed."]) == 6.0
    assert largest(["The quake destroyed homes."]) is None


def _quake(doc, sentence):
    return report(doc, sentence, label="NATURAL_DISASTER", actor=None, day=None, published=None)


def test_two_quakes_of_one_region_told_alike_stay_apart_by_their_sizes():
    small = [_quake("s1", "A 5.2-magnitude earthquake shook the island, damaging homes."),
             _quake("s2", "A magnitude 5.3 earthquake shook the island and damaged homes.")]
    large = [_quake("l1", "A 6.9-magnitude earthquake shook the island, damaging homes."),
             _quake("l2", "A magnitude 7.0 earthquake shook the island and damaged homes.")]
    assert plain_features(profile(small[0]), profile(large[0])) is None
    groups = sorted(sorted(m.document.id for m in reports(e)) for e in merge(small + large))
    assert groups == [["l1", "l2"], ["s1", "s2"]]


def test_a_quake_revised_by_half_a_unit_is_one_quake():
    first = _quake("first", "A 6.4-magnitude earthquake shook the island, damaging homes.")
    revised = _quake("revised", "A magnitude 6.9 earthquake shook the island, damaging homes.")
    assert same_event(profile(first), profile(revised)) is not None

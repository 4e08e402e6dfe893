"""merge.combine's field rules: targets (every report's, once per kind and text), dates,
labels, places."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from merge_builders import report

from eventwire.dates.timex import YEAR
from eventwire.merge import merge
from eventwire.merge.combine import combine, targets_of
from eventwire.records import DateValue, Target

_SCHOOL = Target("school", "village school", (30, 44))
_SCHOOL_CAPS = Target("school", "VILLAGE SCHOOL", (22, 36))
_CLINIC = Target("health facility", "clinic", (50, 56))
_BUS = Target("vehicle", "bus", (10, 13))


def _reports():
    a = replace(report("wire", "Jets bombed a village school and a clinic in Raqqa on Friday.",
                       confidence=0.9), targets=(_SCHOOL, _CLINIC))
    b = replace(report("local", "JETS HIT THE VILLAGE SCHOOL IN RAQQA ON FRIDAY."),
                targets=(_SCHOOL_CAPS,))
    c = replace(report("radio", "A bus was hit by Russian jets in Raqqa on Friday."),
                targets=(_BUS,))
    return a, b, c


def test_merged_targets_are_the_union_once_per_kind_and_text():
    a, b, c = _reports()
    merged = combine([a, b, c])
    assert len(merged.mentions) == 3
    assert merged.targets[0] in (_SCHOOL, _SCHOOL_CAPS)           # one school, case aside
    assert {t.kind for t in merged.targets} == {"school", "health facility", "vehicle"}
    assert len(merged.targets) == 3


def test_the_base_reports_targets_come_first_with_their_spans():
    a, b, c = _reports()
    merged = combine([c, b, a])       # a is the most confident of equally complete reports
    assert merged.document == a.document and merged.targets[:2] == (_SCHOOL, _CLINIC)


def test_a_different_kind_with_the_same_words_stays():
    bus_station = Target("post or base", "bus", (3, 6))
    assert targets_of([replace(report("a", "x"), targets=(_BUS, bus_station, _BUS))]) == (
        _BUS, bus_station)


def test_reports_without_targets_merge_to_none():
    a, b, c = (replace(e, targets=()) for e in _reports())
    assert combine([a, b, c]).targets == ()


@given(st.permutations(range(3)))
@settings(max_examples=20, deadline=None)
def test_merged_targets_do_not_depend_on_input_order(order):
    reports = _reports()
    want = merge(list(reports))
    assert merge([reports[i] for i in order]) == want
    [event] = want
    assert [t.text for t in event.targets] == ["village school", "clinic", "bus"]


def test_a_year_read_outside_the_events_sentence_does_not_date_the_merged_event():
    # "the worst riots since 1974" dates the next sentence's riot by the comparison's year
    year = DateValue(date(1974, 1, 1), date(1974, 12, 31), YEAR, "1974", (300, 304))
    compared = replace(report("a", "Youths attacked a police station.", day=None,
                              published=None), date=year)
    undated = report("b", "Youths attacked a police station in Raqqa.", day=None,
                     published=None)
    assert combine([compared, undated]).date is None
    told = replace(year, span=(3, 7))                   # "In 1974 youths attacked ..."
    assert combine([replace(compared, date=told), undated]).date == told


def test_a_day_a_report_counts_from_another_time_gives_way_to_a_day_another_names():
    monday = date(2024, 3, 4)
    wire = report("wire", "A gunman shot two managers at a depot in Raqqa on Monday.",
                  day=monday, published=monday)
    guess = DateValue(monday + timedelta(7), monday + timedelta(13), 2, "the following week",
                      (40, 58))
    trade = replace(report("trade", "A driver bought a rifle and walked into the depot the "
                           "following week.", day=None, published=monday + timedelta(3)),
                    date=guess)
    assert combine([trade, wire]).date == wire.date
    assert combine([trade]).date == guess          # alone, its guess is all there is



def test_a_claims_day_neither_dates_the_event_nor_conflicts_with_its_acts():
    # "claimed the bombing in a statement on Saturday", beside Friday's bombing
    friday = date(2024, 6, 14)
    saturday = friday + timedelta(1)
    act = report("wire", "A bomber struck a mosque in Raqqa on Friday.", label="SUIC_BOMB",
                 day=friday, published=saturday, confidence=0.9)
    claim = report("wire", "The group claimed the bombing in a statement on Saturday.",
                   start=60, label="ATTRIB", day=saturday, published=saturday, confidence=0.9)
    paper = report("paper", "A mosque bombing killed 12 in Raqqa on Friday.",
                   label="SUIC_BOMB", day=friday, published=saturday, confidence=0.9)
    merged = combine([claim, act, paper])
    assert merged.date.start == friday
    assert [c.field for c in merged.conflicts] == ["label"]
    assert combine([claim, report("radio", "The group claimed the bombing.", label="ATTRIB",
                                  day=None, published=saturday)]).date.start == saturday

def test_the_label_most_sure_reports_give_names_the_event():
    """An unsure reading (under merge.evidence.UNSURE_LABEL) vetoes no merge, so it must not
    name the merged event either, however many such readings there are; the tally agrees."""
    from eventwire.merge.evidence import UNSURE_LABEL, profile
    from eventwire.merge.tally import Tally
    sure = report("a", "Troops fought militants in Raqqa on Friday.", label="ARMED_CLASH",
                  confidence=0.9)
    unsure = [report(d, "Police detained two men in Raqqa on Friday after the fighting.",
                     label="ARREST", confidence=UNSURE_LABEL - 0.1) for d in ("b", "c")]
    assert combine([sure, *unsure]).type.label == "ARMED_CLASH"
    assert combine([*unsure, sure]).type.label == "ARMED_CLASH"
    tally = Tally.of(sure, profile(sure))
    for e in unsure:
        tally = tally | Tally.of(e, profile(e))
    assert tally.event().type.label == "ARMED_CLASH"


def test_a_place_a_reports_own_sentence_names_is_the_events():
    """A place read from elsewhere in an article (the town its other news is at) is its guess:
    the place one report's own sentence names wins however many guess, in the tally too."""
    from merge_builders import ANKARA, RAQQA
    from eventwire.merge.evidence import profile
    from eventwire.merge.tally import Tally
    met = "The two ministers met on Friday to discuss the war, officials said."
    guessed = [replace(report(d, met, label="DIPLO", start=200), location=replace(RAQQA,
                                                                                    span=(5, 10)))
               for d in ("a", "b", "c")]
    said = "In Ankara on Friday the two ministers met to discuss the war."
    named = replace(report("d", said, label="DIPLO", start=200),
                    location=replace(ANKARA, span=(203, 209)))
    assert combine([*guessed, named]).location.name == "Ankara"
    assert combine(guessed).location.name == "Raqqa"
    tally = Tally.of(named, profile(named))
    for e in guessed:
        tally = tally | Tally.of(e, profile(e))
    assert tally.event().location.name == "Ankara"


def test_a_named_actor_outranks_unnamed_armed_men():
    """The best-ranked report (here the only one with a toll) reads the fighters as armed men
    of no name, another names their group: the name wins, in the tally too; between two
    names, the best-ranked report's."""
    from eventwire.merge.evidence import profile
    from eventwire.merge.tally import Tally
    told = "Gunmen shifted into vacant flats near the market, traders said."
    generic = report("a", told, label="CHANGE_TO_GROUP_ACT", actor="Rebel Group", dead=0)
    named = report("b", told, label="CHANGE_TO_GROUP_ACT", actor="Islamic State")
    other = report("c", told, label="CHANGE_TO_GROUP_ACT", actor="Jund al-Ranaw", dead=0)
    assert combine([generic, named]).actor1.name == "Islamic State"
    assert combine([generic, named, other]).actor1.name == "Jund al-Ranaw"
    tally = Tally.of(generic, profile(generic)) | Tally.of(named, profile(named))
    assert tally.event().actor1.name == "Islamic State"

"""The merge stage: the same event told by several reports becomes one event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings, strategies as st

from eventwire.merge import fold_article, merge, merge_key, normalise, reports
from eventwire.records import (
    Actor, Claim, Count, DateValue, DocumentRef, Event, Evidence, Place, event_id,
)
from eventwire.taxonomy import event_type

FRIDAY = date(2015, 11, 13)
RAQQA = ("Raqqa", 163915)


def _ev(doc: str, start: int, sentence: str = "Warplanes struck the city overnight.", *,
        label: str = "AIR_STRIKE", place: tuple[str, int | None] | None = RAQQA,
        day: date | None = FRIDAY, actor: str | None = "Russia", dead: int | None = None,
        confidence: float = 0.5, claim: Claim | None = None) -> Event:
    span = (start, start + len(sentence))
    return Event(
        id=event_id(doc, span, label, place[0] if place else None), type=event_type(label),
        evidence=Evidence(sentence, span), document=DocumentRef(doc, None, None, FRIDAY),
        date=DateValue(day, day, 1, "Friday", (start, start + 6)) if day else None,
        actor1=Actor(actor, actor, (start, start + 5), 8, None) if actor else None,
        location=Place(place[0], place[0], (start + 7, start + 12), geonameid=place[1])
        if place else None,
        fatalities=Count(dead, dead, None, f"{dead} people", (start, start + 3))
        if dead is not None else None,
        claim=claim, confidence=confidence)


def test_one_story_on_two_outlets_is_one_event():
    a = _ev("a" * 8, 120, "Russian warplanes struck Raqqa on Friday, activists said.", dead=7)
    b = _ev("b" * 8, 80, "Russian jets struck Raqqa Friday, activists say.", dead=9,
            confidence=0.9)
    [e] = merge([b, a])
    assert e.id == a.id                           # first by (document id, span)
    assert e.document.id == "b" * 8               # fields from the most confident report
    assert [m.document.id for m in e.mentions] == ["b" * 8, "a" * 8]   # its own first
    assert e.fatalities.best == 7                 # the lowest credible figure
    assert e.confidence == 0.9


def test_different_places_days_or_actors_are_different_events():
    base = _ev("a" * 8, 0)
    others = [_ev("b" * 8, 0, place=("Ankara", 323786)), _ev("c" * 8, 0, day=date(2015, 11, 14)),
              _ev("d" * 8, 0, actor="France"), _ev("e" * 8, 0, label="ART_MISS_ATTACK")]
    assert len(merge([base, *others])) == 5


def test_bombings_in_lebanon_and_turkey_stay_two_events():
    s = "Deadly suicide bombings struck Lebanon and Turkey."
    evs = [_ev("a" * 8, 0, s, label="SUIC_BOMB", place=p, day=None, actor=None)
           for p in (("Lebanon", 272103), ("Ankara", 323786))]
    assert len(merge(evs)) == 2


def test_place_names_match_without_geonames_ids():
    a = _ev("a" * 8, 0, place=("Ein Issa", None))
    b = _ev("b" * 8, 0, place=("ein  issa", None))
    assert merge_key(a) == merge_key(b)
    assert len(merge([a, b])) == 1


def test_undated_or_unlocated_events_merge_only_on_the_same_sentence():
    s1 = "IS fighters moved into empty homes, an activist said."
    a = _ev("a" * 8, 0, s1, label="CHANGE_TO_GROUP_ACT", day=None)
    b = _ev("b" * 8, 5, "IS fighters  moved into EMPTY homes — an activist said", day=None,
            label="CHANGE_TO_GROUP_ACT")
    c = _ev("c" * 8, 0, "IS fighters took over empty homes, an activist said.", day=None,
            label="CHANGE_TO_GROUP_ACT")
    merged = merge([a, b, c])
    assert sorted(len(reports(e)) for e in merged) == [1, 2]
    d = _ev("d" * 8, 0, s1, label="CHANGE_TO_GROUP_ACT", place=None)   # dated, no place
    e = _ev("e" * 8, 0, s1.upper(), label="CHANGE_TO_GROUP_ACT", place=None, day=None)
    assert len(merge([d, e])) == 1


def test_missing_fields_are_filled_from_other_reports():
    claim = Claim("activists", "activist", "activists said", (40, 54))
    a = _ev("a" * 8, 0, dead=3, confidence=0.9)
    b = _ev("b" * 8, 0, claim=claim, confidence=0.2)
    [e] = merge([a, b])
    assert e.claim == claim and e.fatalities.best == 3


def test_an_uncredible_count_does_not_beat_a_figure():
    a = _ev("a" * 8, 0, dead=12)
    b = replace(_ev("b" * 8, 0), fatalities=Count(None, None, None, "many", (0, 4)))
    assert merge([a, b])[0].fatalities.best == 12


def test_the_same_report_twice_is_not_two_mentions():
    a = _ev("a" * 8, 0)
    assert merge([a, a]) == [a]


def test_normalise():
    assert normalise("  Édition — SPÉCIALE!  ") == "edition speciale"
    assert merge_key(_ev("a", 0, "?!", place=None)) is None


# --------------------------------------------------------------------------- properties
# Small pools so that reports collide often.

_small_events = st.builds(
    _ev, st.sampled_from(["aa", "bb", "cc"]), st.sampled_from([0, 50, 100]),
    st.sampled_from(["Jets hit the town.", "jets hit the town", "A car bomb exploded."]),
    label=st.sampled_from(["AIR_STRIKE", "REM_EXPLOS"]),
    place=st.sampled_from([RAQQA, ("Homs", None), None]),
    day=st.sampled_from([FRIDAY, date(2015, 11, 14), None]),
    actor=st.sampled_from(["Russia", "France", None]),
    dead=st.none() | st.integers(0, 200), confidence=st.sampled_from([0.2, 0.5, 0.9]))


def _report_keys(evs):
    return {(m.document.id, m.evidence.span) for e in evs for m in reports(e)}


@given(st.lists(_small_events, max_size=12), st.randoms())
@settings(max_examples=200, deadline=None)
def test_merge_does_not_depend_on_input_order(evs, rnd):
    shuffled = list(evs)
    rnd.shuffle(shuffled)
    assert merge(shuffled) == merge(evs)


@given(st.lists(_small_events, max_size=12))
@settings(max_examples=200, deadline=None)
def test_every_report_is_kept_once_and_merging_again_changes_nothing(evs):
    merged = merge(evs)
    assert _report_keys(merged) == _report_keys(evs)
    # One report per distinct input event (ids here are derived from doc, span, label, place).
    assert sum(len(reports(e)) for e in merged) == len({e.id for e in evs})
    assert len({e.id for e in merged}) == len(merged)
    assert merge(merged) == merged


@given(st.lists(_small_events, min_size=1, max_size=12))
@settings(max_examples=200, deadline=None)
def test_merged_fatalities_are_the_lowest_reported(evs):
    for e in merge(evs):
        # Its reports: the inputs told in its mentions with its label and place.
        group = [x for x in evs if (x.document.id, x.evidence.span) in _report_keys([e])
                 and merge_key(x)[1:3] == merge_key(e)[1:3]]
        figures = [x.fatalities.best for x in group if x.fatalities is not None]
        assert (e.fatalities.best if e.fatalities else None) == (min(figures) if figures
                                                                 else None)


# --------------------------------------------------------------------------- within one article

_DOC = DocumentRef("a" * 64, None, None, date(2024, 3, 6))
_KABUL = Place("Kabul", "Kabul", (5, 10), "Afghanistan", "AF", geonameid=1138958)
_HERAT = Place("Herat", "Herat", (5, 10), "Afghanistan", "AF", geonameid=1139715)
_WEDNESDAY = DateValue(date(2024, 3, 6), date(2024, 3, 6), 1, "Wednesday", (20, 29))
_INFERRED = DateValue(date(2024, 2, 6), date(2024, 3, 6), 3, "", (100, 100))


def _article_event(label, start, place=_KABUL, when=_INFERRED, dead=None):
    span = (start, start + 40)
    return Event(id=f"ew-{label}-{start}", type=event_type(label), evidence=Evidence(
        f"sentence at {start}", span), document=_DOC, date=when, location=place,
        fatalities=dead, confidence=0.5)


def test_a_retelling_folds_into_the_lead_event_and_adds_its_count():
    lead = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)
    retold = _article_event("REM_EXPLOS", 100, dead=Count(12, 12, 12, "12 people", (120, 129)))
    (folded,) = fold_article([lead, retold])
    assert folded.id == lead.id and folded.type.label == "SUIC_BOMB"
    assert folded.fatalities.best == 12
    assert [m.evidence.span for m in folded.mentions] == [(0, 40), (100, 140)]


def test_other_places_types_and_strategic_developments_stay_apart():
    lead = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)
    elsewhere = _article_event("REM_EXPLOS", 100, place=_HERAT)
    claim = _article_event("ATTRIB", 200)
    ban = _article_event("CHANGE_TO_GROUP_ACT", 300, when=_WEDNESDAY)
    move = _article_event("CHANGE_TO_GROUP_ACT", 400)
    out = fold_article([lead, elsewhere, claim, ban, move])
    assert [e.type.label for e in out] == ["SUIC_BOMB", "REM_EXPLOS", "ATTRIB",
                                           "CHANGE_TO_GROUP_ACT", "CHANGE_TO_GROUP_ACT"]


def test_an_undated_event_takes_the_article_date_at_its_place_only():
    lead = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)
    claim = _article_event("ATTRIB", 100)
    elsewhere = _article_event("ATTRIB", 200, place=_HERAT)
    out = fold_article([lead, claim, elsewhere])
    assert out[1].date == _WEDNESDAY
    assert out[2].date == _INFERRED


def test_a_retelling_with_its_own_other_date_is_a_new_event():
    lead = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)
    january = DateValue(date(2024, 1, 10), date(2024, 1, 10), 1, "Jan. 10", (110, 117))
    earlier = _article_event("SUIC_BOMB", 100, when=january)
    assert len(fold_article([lead, earlier])) == 2



def test_a_key_never_joins_two_events_of_one_article():
    ban = _ev("d1", 0, "The group banned residents from leaving the city.",
              label="CHANGE_TO_GROUP_ACT")
    moved = _ev("d1", 100, "Its fighters moved into empty homes in the city.",
                label="CHANGE_TO_GROUP_ACT")
    assert merge_key(ban) == merge_key(moved)
    assert len(merge([ban, moved])) == 2
    retold = _ev("d2", 0, "The group banned residents from leaving the city.",
                 label="CHANGE_TO_GROUP_ACT")
    merged = merge([ban, moved, retold])
    assert len(merged) == 2
    assert sorted(len(reports(e)) for e in merged) == [1, 2]

"""``benchmarks/reviews_score.py``: the review sets' expect syntax and scorer, on hand-built
cases and fake pipeline output (no model)."""

from __future__ import annotations

import pytest

from bench import load

PUB = "2026-12-03"


@pytest.fixture(scope="module")
def rs():
    return load("reviews_score")


@pytest.fixture(scope="module")
def strict(rs):
    return rs.Rules(strict_day=True, auto_day=True)


@pytest.fixture(scope="module")
def ranged(rs):
    return rs.Rules(strict_day=False, auto_day=False)


def _case(rs, expect: str, group: str = "pos", cls: str = "x", text: str = "Some text."):
    return rs.Case(f"{cls}-01", cls, group, "wire", expect, "Title", text,
                   rs.parse_expect(expect), "cases_pos.txt")


def _ev(rs, label: str, conf: float = 0.9, sentence: str = "Gunmen killed four farmers.", *,
        place: str = "", start: str = "", end: str = "", actor1: str = "",
        background: bool = False, scope: str = "core", case: str = "x-01"):
    return rs.Observed(case, label, rs.family(label), conf, conf, scope, background, place,
                       start, end, actor1, (sentence,))


def _kinds(score) -> list[str]:
    return [o.kind for o in score.outcomes]


def test_parse_item_reads_status_labels_key_and_checks(rs):
    item = rs.parse_item(" bg:ATTACK|SUIC_BOMB@gunmen#date=2026-12-01#place=Nuh/Delhi ")
    assert item == rs.Item("bg", ("ATTACK", "SUIC_BOMB"), "gunmen",
                           ("date=2026-12-01", "place=Nuh/Delhi"))
    assert rs.parse_item("ARREST") == rs.Item("req", ("ARREST",))
    assert rs.parse_expect("none") == ()
    assert [i.status for i in rs.parse_expect("ATTACK;opt:*@Kano;crime:*")] == [
        "req", "opt", "crime"]


@pytest.mark.parametrize("bad", ["ATTAK", "maybe:ATTACK", "ATTACK#when=2026-12-01"])
def test_parse_item_refuses_unknown_labels_statuses_and_checks(rs, bad):
    with pytest.raises(ValueError):
        rs.parse_item(bad)


def test_matched_tolerated_duplicate_and_false(rs, strict):
    case = _case(rs, "ATTACK;bg:*@1994")
    events = [_ev(rs, "ATTACK", 0.95),
              _ev(rs, "ABDUCT_DISSAP", 0.9, "Gunmen also seized two boys."),   # same family
              _ev(rs, "ARMED_CLASH", 0.8, "In 1994 rebels fought the army there."),
              _ev(rs, "PEACE_PROTEST", 0.75, "Residents marched on Friday."),
              _ev(rs, "ARREST", 0.5, "Police arrested a man.")]                # below 0.7
    score = rs.score_article(case, events, 0.7, strict)
    assert _kinds(score) == ["matched", "duplicate", "tolerated", "false"]
    assert score.missed == () and score.required == 1
    assert len(rs.score_article(case, events, 0.3, strict).outcomes) == 5


def test_most_confident_event_is_matched_first(rs, strict):
    case = _case(rs, "ATTACK")
    score = rs.score_article(case, [_ev(rs, "SEX_VIOL", 0.8), _ev(rs, "ATTACK", 0.9)], 0.7, strict)
    assert [(o.kind, o.event.label) for o in score.outcomes] == [
        ("matched", "ATTACK"), ("duplicate", "SEX_VIOL")]


def test_wrong_family_on_a_required_key_is_false_and_the_item_missed(rs, strict):
    case = _case(rs, "ATTACK@farmers")
    score = rs.score_article(case, [_ev(rs, "ARMED_CLASH")], 0.7, strict)
    assert _kinds(score) == ["wronglabel"]
    assert [i.labels for i in score.missed] == [("ATTACK",)]
    tally = rs.tally_article(case, score, score)
    assert (tally.false, tally.wfam, tally.miss, tally.matched) == (1, 1, 1, 0)


def test_key_must_be_in_a_sentence(rs, strict):
    case = _case(rs, "ATTACK@Zamfara")
    score = rs.score_article(case, [_ev(rs, "ATTACK")], 0.7, strict)
    assert _kinds(score) == ["duplicate"] and len(score.missed) == 1


def test_label_of_the_right_family_is_noted(rs, strict):
    case = _case(rs, "ATTACK")
    score = rs.score_article(case, [_ev(rs, "ABDUCT_DISSAP")], 0.7, strict)
    assert score.outcomes[0].kind == "matched" and score.outcomes[0].noted("label")
    assert rs.tally_article(case, score, score).wlab == 1


def test_place_check_folds_case_and_accents(rs, strict):
    case = _case(rs, "ATTACK#place=Nuh/Gurugram")
    for place, wrong in (("Nūh", False), ("GURUGRAM district", False), ("Delhi", True),
                         ("", True)):
        score = rs.score_article(case, [_ev(rs, "ATTACK", place=place)], 0.7, strict)
        assert score.outcomes[0].noted("place") is wrong, place
    assert rs.fold("Diyarbakır") == "diyarbakir"


def test_actor1_check(rs, strict):
    case = _case(rs, "ATTACK#a1=gunmen/bandits")
    ok = rs.score_article(case, [_ev(rs, "ATTACK", actor1="Unidentified Gunmen")], 0.7, strict)
    bad = rs.score_article(case, [_ev(rs, "ATTACK", actor1="Farmers")], 0.7, strict)
    assert not ok.outcomes[0].notes and bad.outcomes[0].noted("actor1")


@pytest.mark.parametrize("start, end, strict_ok, range_ok", [
    ("2026-12-01", "2026-12-01", True, True),
    ("2026-11-30", "2026-12-02", False, True),     # a range holding the day
    ("2026-12-01", "", True, True),                # no end: the start's day
    ("2026-12-02", "2026-12-02", False, False),
    ("", "", False, False),                        # undated
])
def test_date_check_strict_and_ranged(rs, strict, ranged, start, end, strict_ok, range_ok):
    case = _case(rs, "ATTACK#date=2026-12-01")
    for rules, ok in ((strict, strict_ok), (ranged, range_ok)):
        score = rs.score_article(case, [_ev(rs, "ATTACK", start=start, end=end)], 0.7, rules)
        assert score.outcomes[0].noted("date") is not ok, (rules, start, end)


def test_notdate_check(rs, strict):
    case = _case(rs, "ATTACK#notdate=2025-06")
    old = rs.score_article(case, [_ev(rs, "ATTACK", start="2025-06-04", end="2025-06-04")], 0.7,
                           strict)
    new = rs.score_article(case, [_ev(rs, "ATTACK", start=PUB, end=PUB)], 0.7, strict)
    assert old.outcomes[0].noted("date") and not new.outcomes[0].notes


def test_background_and_crime_items(rs, strict):
    case = _case(rs, "bg:*;crime:*@stabbed", group="neg")
    undated = _ev(rs, "ATTACK", sentence="Rebels killed 40 people there in 1998.")
    old = _ev(rs, "ATTACK", sentence="Rebels killed 40 people there in 1998.",
              start="1998-03-01", end="1998-03-01")
    marked = _ev(rs, "ATTACK", background=True, sentence="Rebels killed 40 people in 1998.")
    crime = _ev(rs, "ATTACK", sentence="A man was stabbed outside a bar.", scope="core")
    notes = [sorted(n.kind for n in o.notes) for o in
             rs.score_article(case, [undated, old, marked, crime], 0.7, strict).outcomes]
    # '*' of the bg item fits every event first: the crime item is never reached
    assert notes == [["bgmissed", "bgnews"], ["bgmissed"], [], ["bgmissed", "bgnews"]]
    crime_only = _case(rs, "crime:*", group="neg")
    score = rs.score_article(crime_only, [crime], 0.7, strict)
    assert _kinds(score) == ["tolerated"] and score.outcomes[0].noted("crimecore")


@pytest.mark.parametrize("text, day", [
    ("Police fired tear gas on Tuesday.", "2026-12-01"),
    ("Police fired tear gas on Thursday.", PUB),
    ("Police fired tear gas on Friday.", "2026-11-27"),
    ("Police fired tear gas this morning.", PUB),
    ("Troops arrived today after fighting broke out on Monday.", None),
    ("Fighting on Monday and Tuesday killed 12.", None),
    ("Rebels have held the town since Monday.", None),
    ("Protesters marched over the weekend.", None),
    ("Protests went on last week; on Monday they ended.", None),
    ("Police fired tear gas.", None),
])
def test_told_day(rs, text, day):
    assert rs.told_day(text) == day


def test_told_day_dates_required_items_without_a_date_check(rs):
    items = rs.parse_expect("ATTACK;ARREST#date=2026-11-30;ARMED_CLASH#notdate=2025;bg:*")
    dated = rs.with_told_day(items, "Gunmen struck on Tuesday.")
    assert [i.checks for i in dated] == [
        ("date=2026-12-01",), ("date=2026-11-30",), ("notdate=2025", "date=2026-12-01"), ()]
    assert rs.with_told_day(items, "Gunmen struck.") == items


def test_read_cases_numbers_per_class_over_files(rs, strict, tmp_path):
    (tmp_path / "cases_neg.txt").write_text(
        "# class ~ register ~ expect ~ title ~ text\n"
        "a ~ wire ~ none ~ T1 ~ Markets fell on Tuesday.\n\n"
        "b ~ local ~ none ~ T2 ~ The council met.\n", encoding="utf-8")
    (tmp_path / "cases_pos.txt").write_text(
        "a ~ wire ~ ATTACK ~ T3 ~ Gunmen killed two men on Tuesday ~ police said.\n",
        encoding="utf-8")
    cases = rs.read_cases(tmp_path, strict)
    assert [(c.id, c.group, c.source) for c in cases] == [
        ("a-01", "neg", "cases_neg.txt"), ("b-01", "neg", "cases_neg.txt"),
        ("a-02", "pos", "cases_pos.txt")]
    assert cases[2].text == "Gunmen killed two men on Tuesday ~ police said."
    assert cases[2].items[0].checks == ("date=2026-12-01",)
    assert rs.read_cases(tmp_path, rs.Rules(False, False))[2].items[0].checks == ()


def test_tally_sums_precision_recall_and_negatives(rs, strict):
    pos = _case(rs, "ATTACK;ARREST", cls="p")
    neg = _case(rs, "none", group="neg", cls="n")
    events = [_ev(rs, "ATTACK", case="p-01"), _ev(rs, "DIPLO", 0.8, "Ministers met.", case="n-01"),
              _ev(rs, "AGREEMENT", 0.4, "They signed a deal.", case="n-01")]
    main = rs.score_set([pos, neg], events, 0.7, strict)
    low = rs.score_set([pos, neg], events, 0.3, strict)
    total = rs.tally([pos, neg], main, low)
    assert (total.n, total.matched, total.false, total.false_low, total.req, total.miss) == (
        2, 1, 1, 2, 2, 1)
    assert (total.precision, total.recall, total.neg_false, total.neg) == (0.5, 0.5, 1, 1)
    only_pos = rs.tally([pos, neg], main, low, lambda c: c.group == "pos")
    assert (only_pos.n, only_pos.false, only_pos.art) == (1, 0, 0)


def test_groups_hold_cases_by_file_or_class_letter(rs):
    by_file = rs.Group("batch 1", files=("cases_pos.txt",))
    by_letter = rs.Group("area P", prefixes="P")
    case = _case(rs, "none", cls="P_gath")
    assert by_file.holds(case) and by_letter.holds(case)
    assert not rs.Group("area A", prefixes="A").holds(case)
    assert set(rs.SETS) == {"r10", "r11", "r12"}
    assert not rs.SETS["r10"].rules.strict_day and rs.SETS["r12"].rules.auto_day


@pytest.fixture(scope="module")
def rv():
    return load("reviews")


def test_observed_reads_an_events_fields(rv):
    from datetime import date

    from eventwire.records import (Actor, DateValue, DocumentRef, Event, Evidence, Mention,
                                   Place)
    from eventwire.taxonomy import event_type
    ref = DocumentRef("d", None, None, None)
    lead = Evidence("Gunmen killed\tfour farmers on Tuesday.", (0, 40))
    retold = Evidence("The four were buried on Wednesday.", (41, 75))
    event = Event("ew-x", event_type("ATTACK"), lead, ref,
                  date=DateValue(date(2026, 12, 1), date(2026, 12, 1), 1, "Tuesday", (30, 37)),
                  actor1=Actor("Unidentified Armed Group", "Gunmen", (0, 6)),
                  location=Place("Gusau", "Gusau", (0, 5)),
                  mentions=(Mention(ref, retold),), confidence=0.91, background=True,
                  confidence_with_crime=0.95)
    ev = rv.observed("c-01", event)
    assert (ev.case, ev.label, ev.family, ev.confidence, ev.confidence_with_crime) == (
        "c-01", "ATTACK", "Violence against civilians", 0.91, 0.95)
    assert (ev.place, ev.date_start, ev.date_end, ev.actor1, ev.background) == (
        "Gusau", "2026-12-01", "2026-12-01", "Gunmen", True)
    assert ev.sentences == ("Gunmen killed four farmers on Tuesday.",
                            "The four were buried on Wednesday.")
    bare = rv.observed("c-01", Event("ew-y", event_type("DIPLO"), retold, ref))
    assert (bare.place, bare.date_start, bare.actor1, bare.sentences) == (
        "", "", "", ("The four were buried on Wednesday.",))


def test_report_prints_classes_sums_and_groups(rs, rv):
    rules = rs.Rules(strict_day=True, auto_day=False)
    cases = [rs.Case("A_x-01", "A_x", "pos", "wire", "ATTACK", "T", "t",
                     rs.parse_expect("ATTACK"), "cases_pos.txt"),
             rs.Case("P_y-01", "P_y", "neg", "wire", "none", "T", "t", (), "cases_neg2.txt")]
    events = [rs.Observed("A_x-01", "ATTACK", rs.family("ATTACK"), 0.9, 0.9, "core", False,
                          "", "", "", "", ("Gunmen killed four.",)),
              rs.Observed("P_y-01", "ARREST", rs.family("ARREST"), 0.8, 0.8, "core", False,
                          "", "", "", "", ("Police held two.",))]
    main = rs.score_set(cases, events, 0.7, rules)
    low = rs.score_set(cases, events, 0.3, rules)
    review = rs.ReviewSet("rx", "a test set", rules, (rs.Group("area A", prefixes="A"),),
                          (rs.Group("batch 2", files=("cases_neg2.txt",)),))
    lines = rv.report(review, cases, main, low, 0.7)
    assert lines[1].split()[:4] == ["class", "grp", "n", "false.7"]
    assert [line.split()[0] for line in lines[2:5]] == ["A_x", "P_y", "ALL"]
    assert lines[5] == ("at 0.7: event P 0.500 (1 matched, 1 false), R 1.000 (1/1 required); "
                        "negative articles with a false event: 1/1")
    assert lines[7].startswith("area A: 1 articles; at 0.7 P 1.000 (1 matched, 0 false;")
    assert lines[8].endswith("negative articles with a false event 1/1")
    shown = rv.show(cases, events, main, "P_y")
    assert "ARREST" in shown[1] and " false |" in shown[1]

"""The evidence of a pair of reports: which differences veto, which only count against."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from merge_builders import FRIDAY, HOMS, SYRIA, TABQA, report

from eventwire.dates.timex import YEAR
from eventwire.merge.evidence import (
    CROWD,
    VIOLENCE,
    arrests_told,
    SAID_PLACE_FIT,
    count_feature,
    date_feature,
    features,
    label_feature,
    names_feature,
    place_feature,
    place_key,
    profile,
    told_apart,
)
from eventwire.merge.families import LAUNCHED, PLANNED
from eventwire.merge.windows import UNDATED_DAYS_BEFORE
from eventwire.records import Actor, DateValue, Place

_ANKARA = Place("Ankara", "Ankara", (0, 6), "Turkey", "TR", "Ankara", 39.92, 32.85, 323786, 1,
                "PPLC")
_RAQQA_DISTRICT = Place("Al Thawrah District", "Tabqa district", (0, 5), "Syria", "SY",
                        "Raqqa Governorate", 35.8, 38.5, 170016, 3, "ADM2")


def _p(**kw):
    return profile(report("x" + str(sorted(kw)), "Jets struck a market on Friday.", **kw))


def test_different_places_veto_only_when_both_sentences_name_them():
    named = _p()                                   # the place's span lies in the sentence
    homs = _p(place=HOMS)
    from_context = profile(report("y", "Jets struck a market on Friday.", place=HOMS,
                                  start=100))      # its place was read elsewhere in the article
    assert place_feature(named, homs) is None
    assert place_feature(named, from_context) == -1.0


def test_different_countries_named_in_both_sentences_veto():
    assert place_feature(_p(), _p(place=_ANKARA)) is None
    assert place_feature(_p(), _p(place=SYRIA)) == 0.4


def test_a_district_fits_a_town_of_its_region():
    assert place_feature(_p(), _p(place=_RAQQA_DISTRICT)) == 0.3
    assert place_feature(_p(place=HOMS), _p(place=_RAQQA_DISTRICT)) is None


def test_a_town_fits_the_county_it_lies_in_better_than_another_county_of_its_region():
    tabqa = _p(place=replace(TABQA, admin2="Al Thawrah District"))
    assert place_feature(tabqa, _p(place=_RAQQA_DISTRICT)) == 0.6     # its own county
    assert place_feature(_p(place=replace(TABQA, admin2="Raqqa District")),
                         _p(place=_RAQQA_DISTRICT)) == 0.3            # another of its region


def _in_2004(start: int = 0) -> DateValue:
    return DateValue(date(2004, 1, 1), date(2004, 12, 31), YEAR, "2004", (start + 3, start + 7))


def test_a_recalled_year_vetoes_a_happening_of_another_year():
    recalled = profile(replace(report("old", "In 2004 a quake struck the coast."),
                               date=_in_2004()))
    assert recalled.window == (date(2004, 1, 1), date(2004, 12, 31))
    assert date_feature(recalled, _p()) is None


def test_a_year_read_in_another_sentence_is_no_window():
    # "the worst riots since 1974": the year of a comparison dates the next sentence's news
    told = replace(report("riots", "Students held a vigil in the square.", start=200),
                   date=_in_2004(start=100))
    assert profile(told).window == (FRIDAY - timedelta(3), FRIDAY)   # by its publication


def test_two_years_overlapping_are_no_evidence_of_one_happening():
    a = profile(replace(report("a", "In 2004 a quake struck the coast."), date=_in_2004()))
    b = profile(replace(report("b", "In 2004 a tsunami hit the coast."), date=_in_2004()))
    assert date_feature(a, b) == 0.0


def test_a_report_dated_years_before_its_publication_is_recalled():
    assert not profile(report("news", "Jets struck a market on Friday.")).recalled
    old = replace(report("old", "In 2004 a quake struck the coast."), date=_in_2004())
    assert profile(old).recalled and profile(old).history     # published in 2015
    background = profile(replace(report("bg", "Jets struck a market on Friday."),
                                 background=True))
    assert background.recalled and not background.history


def test_windows_a_week_apart_veto_when_both_dates_are_read_from_the_sentences():
    later = FRIDAY + timedelta(7)
    named = _p(day=later, published=later)
    by_publication = _p(day=None, published=later)   # "on or shortly before" a week later
    assert date_feature(_p(), named) is None
    assert date_feature(_p(), by_publication) == -1.0
    far = FRIDAY + timedelta(60)
    assert date_feature(_p(), _p(day=None, published=far)) is None


def test_two_days_read_from_the_sentences_veto_and_unread_ones_count_against():
    saturday = FRIDAY + timedelta(1)
    assert date_feature(_p(), _p(day=saturday, published=saturday)) is None
    moved = profile(report("z", "Jets struck a market.", day=saturday, start=100))
    moved = replace(moved, date_named=False)
    assert date_feature(_p(), moved) == -0.5


def test_a_shared_large_toll_says_more_than_a_shared_single_death():
    assert count_feature(_p(dead=1), _p(dead=1)) < 0.5
    assert count_feature(_p(dead=27), _p(dead=27)) == 1.0
    assert count_feature(_p(dead=12), _p(dead=11)) == 0.0


def test_contradicting_tolls_veto():
    assert features(_p(dead=3), _p(dead=30)) is None
    assert features(_p(dead=3), _p(dead=5)) is not None


def test_generic_actors_are_no_evidence():
    a = profile(replace(report("a", "Police clashed with a crowd."),
                        actor1=Actor("Police Forces", "police", (0, 6), 1, None)))
    assert a.actors == frozenset()
    assert _p().actors == frozenset({"russia"})


def test_labels_of_no_common_family_veto():
    assert features(_p(), _p(label="PEACE_PROTEST")) is None
    assert features(_p(), _p(label="SUIC_BOMB")) is not None


def test_a_bombardment_told_as_fighting_meets_the_shelling():
    """"A rocket attack on the base killed three soldiers" and "the barrage" (fighting, a
    shelling): one happening's two labels; fighting and a peaceful protest are not."""
    assert features(_p(label="ARMED_CLASH"), _p(label="ART_MISS_ATTACK")) is not None
    assert features(_p(label="ARMED_CLASH"), _p(label="PEACE_PROTEST")) is None


def test_an_article_tells_apart_folded_kinds_at_a_place_on_anchored_days_and_developments():
    dated = report("own", "Gunmen killed four people in Homs on Friday.", label="ATTACK",
                   place=HOMS)
    assert told_apart(dated) == {("own", VIOLENCE, place_key(HOMS))}
    # a day in words no publication anchors: the fold could not compare it, so no key
    loose = replace(dated, date=replace(dated.date, start=None, end=None))
    assert told_apart(loose) == frozenset()
    assert told_apart(replace(dated, date=None)) == frozenset()
    # a kind the fold never folds (damage), and a development (a call): only the latter
    assert told_apart(report("own", "Fire destroyed the market in Homs on Friday.",
                             label="PROPERTY_DISTRUCT", place=HOMS)) == frozenset()
    assert told_apart(report("own", "The ministers spoke by telephone on Friday.",
                             label="DIPLO", place=HOMS)) == {("own", "development", "")}
    # a change to a group's activity is a development too, though territory's family holds it
    assert ("own", "development", "") in told_apart(report(
        "own", "The militia moved fighters into the old quarter of Homs.",
        label="CHANGE_TO_GROUP_ACT", place=HOMS))


def test_an_articles_acts_of_violence_at_one_place_share_a_key_whatever_their_type():
    clash = report("own", "Rival militias clashed in Homs on Friday night.",
                   label="ARMED_CLASH", place=HOMS)
    keys = told_apart(clash)
    for label, sentence in (("ART_MISS_ATTACK", "A rocket struck the airport of Homs on Friday."),
                            ("ATTACK", "Gunmen shot dead two guards in Homs on Friday."),
                            ("SUIC_BOMB", "A bomber blew himself up in Homs on Friday.")):
        assert keys & told_apart(report("own", sentence, label=label, place=HOMS))
    # not another article's act, an act at another place, a claim, a protest or damage
    rocket = report("own", "A rocket struck the airport of Homs on Friday.",
                    label="ART_MISS_ATTACK", place=HOMS)
    assert not keys & told_apart(replace(rocket, document=replace(rocket.document, id="wire")))
    assert not keys & told_apart(replace(rocket, location=_ANKARA))
    for label in ("ATTRIB", "PEACE_PROTEST", "PROPERTY_DISTRUCT"):
        assert not keys & told_apart(report("own", "It happened in Homs on Friday.",
                                            label=label, place=HOMS))


def test_an_articles_crowd_events_and_arrests_at_one_place_share_a_key_other_kinds_do_not():
    riot = report("own", "Youths hurled stones at police in Homs on Friday.",
                  label="VIOL_DEMONSTR", place=HOMS)
    arrests = report("own", "Police dispersed the crowd in Homs on Friday and held 40.",
                     label="PROTEST_WITH_INTER", place=HOMS)
    march = report("own", "Thousands marched through Homs on Friday.", label="PEACE_PROTEST",
                   place=HOMS)
    held = report("own", "Police detained 40 people in Homs on Friday.", label="ARREST",
                  place=HOMS)
    shared = told_apart(riot) & told_apart(arrests)
    assert shared == {("own", CROWD, place_key(HOMS))} == told_apart(march) & told_apart(riot)
    # arrests there hold the key against the crowd events, not against other arrests
    assert told_apart(held) == frozenset()
    assert arrests_told(held) == {("own", CROWD, place_key(HOMS))}
    assert arrests_told(replace(held, date=None)) == arrests_told(riot) == frozenset()
    # not with an armed clash there, another article's riot, or a riot at another place
    clash = report("own", "Troops clashed with gunmen in Homs on Friday.", label="ARMED_CLASH",
                   place=HOMS)
    assert not told_apart(riot) & told_apart(clash)
    assert not told_apart(riot) & told_apart(report(
        "other", "Police dispersed the crowd in Homs on Friday.", label="PROTEST_WITH_INTER",
        place=HOMS))
    assert not told_apart(riot) & told_apart(replace(arrests, location=_ANKARA))


def _dated(doc: str, words: str, day: date, published: date | None = None):
    """A shooting report dated ``day`` by ``words`` read in its own sentence."""
    sentence = f"A gunman shot three people at an office in Raqqa {words}."
    at = sentence.index(words)
    e = report(doc, sentence, label="ATTACK", day=day, published=published or day)
    return profile(replace(e, date=DateValue(day, day, 1, words, (at, at + len(words)))))


def test_a_day_counted_from_a_reports_own_day_a_day_off_another_counts_against_it():
    monday, tuesday = date(2015, 11, 9), date(2015, 11, 10)
    wire = _dated("wire", "on Monday morning", monday)
    east = _dated("east", "this morning", tuesday)          # a paper a time zone east
    assert wire.named_day and east.exact_day and not east.named_day
    assert date_feature(wire, east) == -0.5 == date_feature(east, wire)   # no veto
    assert date_feature(east, _dated("e2", "late last night", monday)) == -0.5
    # two days the calendar names still veto, and a deictic day two days off does too
    assert date_feature(wire, _dated("tue", "on Tuesday", tuesday)) is None
    assert date_feature(_dated("w", "on Monday", monday - timedelta(1)), east) is None
    # one day read both ways is as before
    assert date_feature(east, _dated("e3", "today", tuesday)) == 1.0


def test_a_day_counted_from_another_time_the_text_tells_is_not_the_events_own():
    monday = date(2015, 11, 9)
    later = _dated("later", "the following week", monday + timedelta(7), monday + timedelta(5))
    assert not later.date_named and not later.exact_day
    wire = _dated("wire", "on Monday", monday)
    assert date_feature(wire, later) == -1.0                 # against, not a veto
    assert date_feature(wire, _dated("far", "the following week", monday + timedelta(20),
                                     monday + timedelta(20))) is None   # beyond FAR_DAYS
    # a clock time alone, dated by the publication of a release four days later: the release
    # is as undated, "on or shortly before" its day, and meets the Monday within the slack
    release = _dated("release", "at 3:20 p.m.", monday + timedelta(4))
    assert not release.date_named
    assert release.window == (monday + timedelta(4 - UNDATED_DAYS_BEFORE), monday + timedelta(4))
    assert date_feature(wire, release) == 0.5
    assert date_feature(wire, _dated("late", "at 3:20 p.m.", monday + timedelta(9))) == -1.0


_JILIB = Place("Jilib", "Jilib", (0, 5), "Somalia", "SO", "Middle Juba", 0.49, 42.77, 56399, 1,
               "PPL")
_BAIDOA = Place("Baidoa", "Baidoa", (0, 6), "Somalia", "SO", "Bay", 3.11, 43.65, 64435, 1,
                "PPLA")
_BEIRUT = Place("Beirut", "Beirut", (0, 6), "Lebanon", "LB", "Beyrouth", 33.89, 35.49, 276781, 1,
                "PPLC")


def test_a_place_read_elsewhere_is_where_its_sentence_names_the_others():
    wire = profile(report("wire", "Jilib: air strikes hit a militant camp on Tuesday.",
                          place=_JILIB))
    # the follow-up's place came from another sentence of its article (the bombed town)
    follow = profile(report("follow", "Aircraft struck a camp outside Jilib on Tuesday.",
                            place=_BAIDOA, start=200))
    assert place_feature(wire, follow) == SAID_PLACE_FIT == 1.0
    # a follow-up naming no town keeps counting against: its place is the article's guess
    vague = profile(report("vague", "Aircraft struck a camp on Tuesday.", place=_BAIDOA,
                           start=200))
    assert place_feature(wire, vague) == -1.0


def test_a_sentence_naming_its_own_place_is_not_moved_by_another_name_in_it():
    # Lebanon and Turkey in one sentence: each report is placed by its own words
    both = "Suicide bombers killed dozens in Beirut and in Turkey's capital, Ankara."
    beirut = profile(report("wire", both, place=replace(_BEIRUT, span=(33, 39))))
    ankara = profile(report("copy", both, place=replace(_ANKARA, span=(65, 71))))
    assert beirut.place_named and ankara.place_named
    assert place_feature(beirut, ankara) is None
    assert features(beirut, ankara) is None


def test_a_name_in_the_sentence_does_not_join_other_days_or_tolls():
    wire = profile(report("wire", "Jilib: air strikes killed eight fighters on Tuesday.",
                          place=_JILIB, dead=8))
    wednesday = profile(report("follow", "A drone hit a truck near Jilib on Wednesday.",
                               place=_BAIDOA, start=200, day=FRIDAY + timedelta(1)))
    assert place_feature(wire, wednesday) == 1.0
    assert features(wire, wednesday) is None               # two days both sentences name
    thirty = profile(report("roundup", "Air strikes near Jilib killed 30 on Tuesday.",
                            place=_BAIDOA, start=200, dead=30))
    assert features(wire, thirty) is None                  # 8 and 30 dead: two strikes


def test_a_generic_place_word_names_no_place():
    capital = replace(_BEIRUT, text="the capital")
    in_capital = profile(report("a", "Gunmen attacked a bank in the capital.", place=capital))
    elsewhere = profile(report("b", "Gunmen attacked a bank in the capital.", place=HOMS,
                               start=300))
    assert place_feature(elsewhere, in_capital) == -1.0


def _kidnap(doc, sentence, place=None, **kw):
    return profile(report(doc, sentence, label="ABDUCT_DISSAP", place=place, day=None,
                          actor=None, **kw))


def test_a_report_in_lower_case_names_what_the_others_name_in_its_words():
    kaduna = Place("Kaduna", "Kaduna", (0, 6), "Nigeria", "NG", "Kaduna", 10.5, 7.4, 2335727,
                   1, "PPLA")
    cased = _kidnap("wire", "Gunmen abducted a road engineer, Musa Adeyemi, from a site in "
                    "Kaduna, police said.", kaduna)
    radio = _kidnap("radio", "armed men have kidnapped an engineer, musa adeyemi, from a road "
                    "site in kaduna.", kaduna)
    other = _kidnap("paper", "Gunmen kidnapped a grain trader, Ibrahim Sule, from his home in "
                    "Kaduna, his family said.", kaduna)
    assert radio.caseless and not cased.caseless
    assert names_feature(radio, cased) == names_feature(cased, radio) == 1.0
    # neither the place, which the place feature weighs, nor a sentence's first word
    # ("Gunmen") is a name the lower-case report gives
    assert names_feature(radio, other) == 0.0
    unnamed = _kidnap("tv", "armed men have kidnapped a trader in kaduna.", kaduna)
    assert names_feature(unnamed, other) == 0.0


def test_a_report_in_lower_case_sharing_no_name_is_no_evidence_against():
    # its numbers are its only names: a revised toll is not another happening's
    station = _kidnap("wire", "A bomber struck a police station in Raqqa, killing 23 officers.")
    radio = _kidnap("radio", "the toll from the bombing at a police station rose to 25.")
    assert names_feature(radio, station) == names_feature(station, radio) == 0.0



def test_an_attribution_of_where_an_attack_was_planned_meets_only_its_kind():
    # "officials said the attacks were planned in X" claims no act at X (merge.families.PLANNED)
    plan = "Intelligence officials said the bombings in Niamey were planned in Raqqa."
    planned = [report(doc, plan, label="ATTRIB", confidence=0.8) for doc in ("wire", "copy")]
    strikes = report("local", "Jets struck Raqqa on Friday, residents said.", confidence=0.9)
    claim = report("paper", "The group claimed the bombings it had planned in Raqqa.",
                   label="ATTRIB", confidence=0.8)
    a, b, s, c = (profile(e) for e in (*planned, strikes, claim))
    assert a.label == b.label == PLANNED and label_feature(a, b) == 1.0
    assert label_feature(a, s) is None          # not the strikes on the place it names
    assert c.label == "ATTRIB" and label_feature(c, s) == 0.5   # a claim joins its act


def test_a_campaign_for_ground_launched_meets_only_its_kind():
    # "forces launched an offensive to retake X" is a war's next phase, not the towns taken in
    # it nor the fighters' other moves (merge.families.LAUNCHED)
    launches = [report(doc, text, label="CHANGE_TO_GROUP_ACT", confidence=0.75)
                for doc, text in (
                    ("wire", "Government forces launched an offensive to retake Tabqa in May."),
                    ("paper", "The alliance began a campaign in May aimed at recapturing the "
                              "town."))]
    taken = report("local", "Government forces recaptured three villages near Tabqa.",
                   label="GOV_REGAINS_TERIT", confidence=0.9)
    moved = report("radio", "Gunmen have shifted into vacant flats in the town.",
                   label="CHANGE_TO_GROUP_ACT", confidence=0.8)
    a, b, t, m = (profile(e) for e in (*launches, taken, moved))
    assert a.label == b.label == LAUNCHED and label_feature(a, b) == 1.0
    assert label_feature(a, t) is None and label_feature(a, m) is None
    # nor are men moving into flats the ground taken (no family of changes and captures)
    assert m.label == "CHANGE_TO_GROUP_ACT" and label_feature(m, t) is None

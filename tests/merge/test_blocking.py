"""Candidate pairs: reports sharing a blocking key, never two reports of one document."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from merge_builders import FRIDAY, HOMS, RAQQA, SYRIA, TABQA, report

from eventwire.dates.timex import MONTH, YEAR
from eventwire.merge import cluster, merge
from eventwire.merge.blocking import PASSIVE, active, candidate_pairs, keys
from eventwire.merge.evidence import profile
from eventwire.records import DateValue


def _every_pair(key_lists, first_new=0):
    """Candidate pairs as they were taken before issue 12: every pair of a block, one by one."""
    blocks: dict[str, tuple[list[int], list[int]]] = {}
    for i, ks in enumerate(key_lists):
        for k in ks:
            blocks.setdefault(active(k), ([], []))[k.endswith(PASSIVE)].append(i)
    out = set()
    for act, passive in blocks.values():
        for j in act:
            if j >= first_new:
                out.update((i, j) for i in act if i < j)
                out.update((min(i, j), max(i, j)) for i in passive if i != j)
        out.update((j, i) for i in passive if i >= first_new for j in act if j < i)
    return out


_keys = st.lists(st.sampled_from(["k1", "k2", "k3", "k1~", "k2~", "k3~"]), unique=True,
                 max_size=4)
_docs = st.frozensets(st.sampled_from("abcde"), min_size=1, max_size=2)


@given(st.lists(st.tuples(_keys, _docs), max_size=14), st.integers(0, 14))
@settings(max_examples=500, deadline=None)
def test_pairs_are_every_pair_sharing_a_key_less_those_of_a_common_document(reps, first_new):
    key_lists = [sorted(ks) for ks, _ in reps]
    docs = [ds for _, ds in reps]
    every = _every_pair(key_lists, first_new)
    assert candidate_pairs(key_lists, first_new) == every
    assert candidate_pairs(key_lists, first_new, docs) == {
        (i, j) for i, j in every if docs[i].isdisjoint(docs[j])}


def test_one_articles_reports_in_one_block_pair_only_with_other_documents():
    key_lists = [["k"]] * 500 + [["k~"]]
    docs = [frozenset({"dense"})] * 500 + [frozenset({"other"})]
    assert candidate_pairs(key_lists, 0, docs) == {(i, 500) for i in range(500)}
    assert candidate_pairs(key_lists[:500], 0, docs[:500]) == set()


_sentences = ["Jets hit the town of Raqqa on Friday.", "jets hit the town",
              "A car bomb exploded in a market.", "Protesters marched in the city."]
_report = st.builds(
    report, st.sampled_from(["aa", "bb", "cc"]), st.sampled_from(_sentences),
    label=st.sampled_from(["AIR_STRIKE", "REM_EXPLOS", "ATTRIB", "PEACE_PROTEST"]),
    place=st.sampled_from([RAQQA, HOMS, SYRIA, TABQA, None]),
    day=st.sampled_from([FRIDAY, FRIDAY + timedelta(1), None]),
    actor=st.sampled_from(["Russia", None]), dead=st.none() | st.integers(0, 40),
    start=st.integers(0, 6).map(lambda n: 50 * n))


@given(st.lists(_report, max_size=16))
@settings(max_examples=100, deadline=None)
def test_merge_is_what_it_was_when_every_pair_of_a_block_was_compared(evs):
    fast = merge(evs)
    saved = cluster.candidate_pairs
    cluster.candidate_pairs = lambda key_lists, first_new=0, documents=None: _every_pair(
        key_lists, first_new)
    try:
        assert merge(evs) == fast
    finally:
        cluster.candidate_pairs = saved


def test_a_report_recalling_history_meets_no_news_only_the_copies_of_its_day():
    year = DateValue(date(2009, 1, 1), date(2009, 12, 31), YEAR, "2009", (3, 7))
    old = replace(report("old", "In 2009 a fire gutted the market in Homs.", place=HOMS),
                  date=year)                       # published in 2015
    news = report("news", "A fire gutted the market in Homs on Friday.", place=HOMS)
    assert keys(news, profile(news)) and not set(keys(old, profile(old))) & set(
        keys(news, profile(news)))
    # another outlet's copy of the sentence that day meets it (the decision then reads it)
    copy = replace(report("copy", "In 2009, a fire gutted the market of Homs.", place=HOMS),
                   date=year)
    later = replace(copy, document=replace(copy.document, id="later",
                                           published=date(2015, 11, 20)))
    assert set(keys(old, profile(old))) & set(keys(copy, profile(copy)))
    assert not set(keys(old, profile(old))) & set(keys(later, profile(later)))


def test_recollections_of_one_month_in_history_meet_only_each_other_within_a_week():
    feb = (date(2022, 2, 1), date(2022, 2, 28))
    sept = date(2025, 9, 16)

    def recalling(doc, published, window=feb, when="February 2022"):
        sentence = f"The base was last hit in {when}, when a rocket killed a mechanic in Homs."
        at = sentence.index(when)
        grain = MONTH if (window[1] - window[0]).days < 31 else YEAR
        return replace(report(doc, sentence, label="ART_MISS_ATTACK", place=HOMS, day=None,
                              published=published),
                       date=DateValue(*window, grain, when, (at, at + len(when))))

    def shared(a, b):
        return set(keys(a, profile(a))) & set(keys(b, profile(b)))

    wire = recalling("wire", sept)
    assert profile(wire).history
    for later in (0, 1, 6, 7):
        assert shared(wire, recalling(f"r{later}", sept + timedelta(later)))
    assert not shared(wire, recalling("late", sept + timedelta(15)))
    assert not shared(wire, recalling("march", sept + timedelta(1),
                                      (date(2022, 3, 1), date(2022, 3, 31)), "March 2022"))
    year = recalling("year", sept + timedelta(1), (date(2022, 1, 1), date(2022, 12, 31)),
                     "2022")
    assert not shared(wire, year)             # a year recalled, another day
    news = report("news", "A rocket hit the base in Homs on Friday.", label="ART_MISS_ATTACK",
                  place=HOMS, day=date(2022, 2, 4), published=date(2022, 2, 4))
    assert not shared(wire, news)


def test_undated_reports_published_at_the_calendars_ends_get_windows_and_keys():
    first = report("a", "Jets struck the market.", day=None, published=date.min + timedelta(1))
    last = report("b", "Jets struck the market.", day=None, published=date.max)
    for e in (first, last):
        assert keys(e, profile(e))                  # no OverflowError near date.min / max
    assert merge([first, last])                     # and the merge runs through them


_JILIB = replace(RAQQA, name="Jilib", text="Jilib", country="Somalia", iso2="SO",
                 admin1="Middle Juba", latitude=0.49, longitude=42.77, geonameid=56399)
_BAIDOA = replace(RAQQA, name="Baidoa", text="Baidoa", span=(0, 6), country="Somalia",
                  iso2="SO", admin1="Bay", latitude=3.11, longitude=43.65, geonameid=64435)


def test_a_report_placed_from_elsewhere_meets_the_place_its_sentence_names():
    wire = report("wire", "Jilib: Somali and U.S. air strikes hit a militant camp on Friday.",
                  place=_JILIB, dead=8)
    # the follow-up's place is its article's other town (another region): its words say Jilib
    follow = report("follow", "Somali and U.S. aircraft struck a camp outside Jilib on Friday, "
                    "killing eight.", place=_BAIDOA, start=200, dead=8)
    assert candidate_pairs([keys(e, profile(e)) for e in (wire, follow)]) == {(0, 1)}
    assert len(merge([wire, follow])) == 1
    # placed by its own words, a report gets no keys of the other names its sentence gives
    named = report("named", "Baidoa: jets struck a camp, as in Jilib last week.", place=_BAIDOA)
    assert candidate_pairs([keys(e, profile(e)) for e in (wire, named)]) == set()


def test_the_names_a_sentence_gives_do_not_join_two_happenings_of_one_place():
    wire = report("wire", "Jilib: air strikes killed eight fighters on Friday.", place=_JILIB,
                  dead=8)
    # another night's strike, a different toll: two events however the sentence names Jilib
    saturday = report("follow", "A drone killed four fighters near Jilib on Saturday.",
                      place=_BAIDOA, start=200, day=FRIDAY + timedelta(1), dead=4)
    assert len(merge([wire, saturday])) == 2
    # a fire in one town years apart, its place read elsewhere in the recalling article
    old = replace(report("old", "Fire gutted the Homs market in 2009, killing 30.",
                         label="PROPERTY_DISTRUCT", place=RAQQA, start=200, dead=30),
                  date=DateValue(date(2009, 1, 1), date(2009, 12, 31), YEAR, "2009",
                                 (232, 236)))
    news = report("news", "Fire destroyed the market in Homs on Friday.",
                  label="PROPERTY_DISTRUCT", place=replace(HOMS, span=(29, 33)))
    assert len(merge([old, news])) == 2

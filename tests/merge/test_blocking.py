"""Candidate pairs: reports sharing a blocking key, never two reports of one document."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from merge_builders import FRIDAY, HOMS, RAQQA, SYRIA, TABQA, report

from eventwire.dates.timex import YEAR
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


def test_a_report_recalling_history_has_no_keys():
    year = DateValue(date(2009, 1, 1), date(2009, 12, 31), YEAR, "2009", (3, 7))
    old = replace(report("old", "In 2009 a fire gutted the market in Homs.", place=HOMS),
                  date=year)                       # published in 2015
    assert keys(old, profile(old)) == []
    news = report("news", "A fire gutted the market in Homs on Friday.", place=HOMS)
    assert keys(news, profile(news))


def test_undated_reports_published_at_the_calendars_ends_get_windows_and_keys():
    first = report("a", "Jets struck the market.", day=None, published=date.min + timedelta(1))
    last = report("b", "Jets struck the market.", day=None, published=date.max)
    for e in (first, last):
        assert keys(e, profile(e))                  # no OverflowError near date.min / max
    assert merge([first, last])                     # and the merge runs through them

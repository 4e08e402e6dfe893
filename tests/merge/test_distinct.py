"""One report per event id, of one copy per text (``eventwire.merge.distinct``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from merge_builders import FRIDAY, report

from eventwire.merge import copy_rank, distinct


def _copy(e, outlet, published, title=None):
    return replace(e, document=replace(e.document, url=f"https://{outlet}.example/",
                                       published=published, title=title))


def _sentences(events):
    return sorted((e.document.url, e.evidence.span) for e in events)


A = report("text", "Warplanes struck the Raqqa market.", day=None)
B = report("text", "The market was hit twice.", day=None, start=40)


def test_the_earliest_copy_of_a_text_is_kept_whatever_the_order():
    late = [_copy(A, "late", FRIDAY + timedelta(3)), _copy(B, "late", FRIDAY + timedelta(3))]
    for events in ([A, B, *late], [*late, B, A], [late[0], A, late[1], B]):
        assert _sentences(distinct(events)) == _sentences([A, B])


def test_an_undated_copy_ranks_after_every_dated_one():
    undated = _copy(A, "archive", None)
    old = _copy(A, "old", FRIDAY - timedelta(400))
    assert [e.document.url for e in distinct([undated, A])] == [A.document.url]
    assert [e.document.url for e in distinct([A, old, undated])] == [old.document.url]
    assert copy_rank(undated.document) > copy_rank(old.document)


def test_copies_of_one_day_are_chosen_by_address_then_title():
    x = _copy(A, "x", FRIDAY, "Market hit")
    y = _copy(A, "y", FRIDAY)
    assert distinct([y, x])[0].document.url == "https://x.example/"
    titled = _copy(A, "x", FRIDAY, "B title")
    assert distinct([titled, x])[0].document.title == "B title"


def test_a_text_keeps_only_one_copys_reports_not_a_mix():
    # the late copy read one sentence more: it is not taken from it
    extra = report("text", "Rescuers searched the rubble.", day=None, start=80,
                   published=FRIDAY + timedelta(3))
    late = [_copy(A, "late", FRIDAY + timedelta(3)), replace(extra, document=replace(
        extra.document, url="https://late.example/"))]
    assert _sentences(distinct([A, B, *late])) == _sentences([A, B])


def test_a_copy_that_gave_no_report_does_not_count():
    # only the late copy read anything: its reports are the text's
    late = _copy(A, "late", FRIDAY + timedelta(3))
    assert distinct([late]) == [late]


def test_other_texts_are_untouched_and_one_id_is_kept_once():
    other = report("other", "A fire destroyed a warehouse in Homs.", label="PROPERTY_DISTRUCT")
    assert _sentences(distinct([A, other, A, B])) == _sentences([A, B, other])

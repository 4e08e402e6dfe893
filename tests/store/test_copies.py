"""A text run by several outlets: the store keeps the copy extract keeps, whichever came
first (:mod:`eventwire.store.copies`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from merge_builders import FRIDAY, report

from eventwire.merge import merge
from eventwire.records import Document, Event, event_to_record
from eventwire.store import Store
from eventwire.store.copies import to_read


def _copy_ingested(runs: list[list[Event]]) -> list[dict]:
    with Store.open(":memory:") as s:
        for run in runs:
            s.add_batch([(Document(id=e.document.id, text=f"text of {e.document.id}",
                                   source=e.document.url or "", title=e.document.title,
                                   url=e.document.url, published=e.document.published), [e])
                         for e in run])
        return sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])


def _copy(e: Event, outlet: str, published: date | None, title: str | None = None) -> Event:
    """``e`` as another outlet ran its text: the same document, another address and day."""
    return replace(e, document=replace(e.document, url=f"https://{outlet}.example/",
                                       published=published, title=title))


# One text from three outlets, neither naming a day: the original is one event with the wire's
# report; a copy 20 days later is too far from it; an undated copy ranks last.
_WIRE = report("wire", "Russian warplanes struck a market in Raqqa, activists said.", day=None)
_EARLY = report("copy", "Warplanes struck the Raqqa market, killing civilians.", day=None)
_LATE = _copy(_EARLY, "late", FRIDAY + timedelta(20), title="Raqqa market hit")
_UNDATED = _copy(_EARLY, "archive", None)
_COPIES = [_WIRE, _EARLY, _LATE, _UNDATED]


def test_which_copy_of_one_text_comes_first_does_not_change_the_events():
    expected = sorted((event_to_record(e) for e in merge(_COPIES)), key=lambda r: r["event_id"])
    assert [len(r["mentions"]) for r in expected] == [2]
    assert {m["document"]["url"] for r in expected for m in r["mentions"]} == \
        {"https://wire.example/", "https://copy.example/"}
    for order in ([0, 1, 2, 3], [0, 2, 1, 3], [3, 2, 1, 0], [2, 0, 3, 1], [3, 0, 2, 1]):
        one_by_one = [[_COPIES[i]] for i in order]
        assert _copy_ingested(one_by_one) == expected, order
        assert _copy_ingested([[_COPIES[i] for i in order]]) == expected, order
    assert _copy_ingested([[_LATE, _WIRE], [_UNDATED, _EARLY]]) == expected


def test_a_copy_replacing_the_stored_one_takes_its_place_in_every_event():
    # the late copy stored first joins the week-later strike; the original, coming after,
    # takes its reports back to the Friday one and leaves the later strike alone
    later = report("later", "Russian warplanes struck a market in Raqqa, killing 30 people.",
                   day=FRIDAY + timedelta(20), published=FRIDAY + timedelta(20), dead=30)
    reports = [_WIRE, _EARLY, _LATE, later]
    expected = sorted((event_to_record(e) for e in merge(reports)), key=lambda r: r["event_id"])
    assert _copy_ingested([[_LATE, later], [_WIRE], [_EARLY]]) == expected
    assert _copy_ingested([[later], [_LATE], [_EARLY, _WIRE]]) == expected


def test_a_copy_that_gives_reports_adds_them_to_a_text_stored_with_none():
    with Store.open(":memory:") as s:
        doc = _EARLY.document
        s.add_batch([(Document(id=doc.id, text="text", source="x", url="https://x.example/",
                               published=FRIDAY - timedelta(3)), [])])
        s.add_batch([(Document(id=doc.id, text="text", source="copy", url=doc.url,
                               published=doc.published), [_EARLY])])
        assert [e.id for e in s.events()] == [_EARLY.id]


def _as_document(e: Event) -> Document:
    d = e.document
    return Document(id=d.id, text=f"text of {d.id}", source=d.url or "", title=d.title,
                    url=d.url, published=d.published)


def _ingested_as_ingest_does(order: list[Event]) -> list[dict]:
    """Each report's text read only when new, or when copies.to_read asks for its copy (the
    rest recorded as outlets), one batch each, as ``ingest`` skips stored texts."""
    with Store.open(":memory:") as s:
        for e in order:
            doc = _as_document(e)
            if doc.id in s.has_documents([doc.id]) and not to_read(s, [doc]):
                s.add_sources([doc])
            else:
                s.add_batch([(doc, [e])])
        return sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])


def test_a_caller_skipping_stored_texts_reads_the_copies_that_change_them():
    expected = sorted((event_to_record(e) for e in merge(_COPIES)), key=lambda r: r["event_id"])
    for order in ([0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [0, 3, 2, 1]):
        assert _ingested_as_ingest_does([_COPIES[i] for i in order]) == expected, order


def test_which_copies_are_to_read():
    with Store.open(":memory:") as s:
        s.add_batch([(_as_document(_LATE), [_LATE])])
        early, late, undated = (_as_document(e) for e in (_EARLY, _LATE, _UNDATED))
        assert to_read(s, [late]) == []                 # read already
        assert to_read(s, [undated]) == []              # ranks after the stored copy
        assert to_read(s, [early, early]) == [early]    # ranks first: once
        s.add_batch([(early, [_EARLY])])
        assert to_read(s, [early, late, undated]) == []


def test_a_text_stored_with_no_reports_reads_each_new_copy_once():
    with Store.open(":memory:") as s:
        first = _as_document(_LATE)
        s.add_batch([(first, [])])
        assert to_read(s, [first]) == []                # the same copy: read already
        other = _as_document(_UNDATED)
        assert to_read(s, [other]) == [other]
        s.add_batch([(other, [])])
        assert to_read(s, [other]) == []

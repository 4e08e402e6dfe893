"""The same text from several outlets is one document with several sources (issue 12, item 8)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventwire.records import Document
from eventwire.store import Store
from eventwire.store.sources import sources_of

WIRE = Document(id="d" * 64, text="Gunmen killed five people in Kabul on Monday.",
                source="a.jsonl", url="https://a.example/1", published=date(2024, 3, 4))


def test_each_outlet_of_one_text_is_kept():
    with Store.open(":memory:") as s:
        s.add_batch([(WIRE, [])])
        other = replace(WIRE, url="https://b.example/9", published=date(2024, 3, 5))
        assert s.add_sources([other]) == 1
        assert s.add_sources([other]) == 0                   # the same outlet again: nothing
        corrected = replace(WIRE, published=date(2024, 3, 3))  # a corrected --published
        assert s.add_sources([corrected]) == 1
        assert sources_of(s, WIRE.id) == [("https://a.example/1", date(2024, 3, 4)),
                                          ("https://b.example/9", date(2024, 3, 5)),
                                          ("https://a.example/1", date(2024, 3, 3))]
        assert s.counts()["documents"] == 1


def test_a_batch_with_the_text_twice_keeps_both_sources():
    other = replace(WIRE, url="https://c.example/x", source="c.jsonl")
    with Store.open(":memory:") as s:
        s.add_batch([(WIRE, []), (other, [])])
        assert s.counts()["documents"] == 1 and s.counts()["sources"] == 2

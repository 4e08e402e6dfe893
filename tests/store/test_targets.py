"""The store keeps what an event hit (``Event.targets``) in its JSON record: no filter column
is needed, so no migration; a report merged into a stored event adds its targets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from serve_store import _event

from eventwire.records import Target
from eventwire.store import Store

_TEXT = "Gunmen stormed a clinic and torched an ambulance in Kunduz on Monday."


def _report(i: int, *targets: Target):
    doc, e = _event(i, ("ATTACK", "Afghanistan", "AF", "Kunduz", 36.73, 68.86,
                        date(2023, 6, 5), None, None, 3, _TEXT))
    return doc, [replace(e, targets=targets)]


def _at(i: int, words: str, kind: str) -> Target:
    doc, _ = _report(i)
    s = doc.text.index(words)
    return Target(kind, words, (s, s + len(words)))


def test_a_stored_event_gives_back_its_targets():
    clinic = _at(3, "clinic", "health facility")
    with Store.open(":memory:") as s:
        s.add_batch([_report(3, clinic)])
        [e] = list(s.events())
    assert e.targets == (clinic,)


def test_reports_merged_in_the_store_keep_every_target_once():
    clinic, ambulance = _at(3, "clinic", "health facility"), _at(4, "ambulance", "vehicle")
    with Store.open(":memory:") as s:
        s.add_batch([_report(3, clinic)])
        s.add_batch([_report(4, _at(4, "clinic", "health facility"), ambulance)])
        [e] = list(s.events())
    assert len(e.mentions) == 2
    assert sorted(t.text for t in e.targets) == ["ambulance", "clinic"]

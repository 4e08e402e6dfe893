"""Golden end-to-end test: the bundled example articles give the events a coder reads in them.

The expectations in ``golden/examples.json`` were written by hand from the articles, not
copied from eventwire's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eventwire
from eventwire.records import Event

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = json.loads((Path(__file__).parent / "golden" / "examples.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return eventwire.extract([str(ROOT / "examples")])


def _sources(e: Event) -> set[str]:
    docs = [m.document for m in e.mentions] or [e.document]
    return {d.id for d in docs}


@pytest.fixture(scope="module")
def doc_ids() -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for d in eventwire.read([str(ROOT / "examples")]):
        ids.setdefault(Path(d.source).name, set()).add(d.id)
    return ids


def _matches(e: Event, want: dict, ids: set[str]) -> bool:
    loc = e.location
    return (e.type.label == want["label"] and bool(_sources(e) & ids)
            and loc is not None and loc.iso2 == want["iso2"]
            and (want["place"] in loc.name or want["place"] in loc.text)
            and (e.date.start.isoformat() if e.date and e.date.start else None) == want["date"]
            and all(getattr(e, k) is not None and getattr(e, k).best == want[k]
                    for k in ("fatalities", "injured", "arrested") if k in want)
            and ("actor1" not in want or (e.actor1 is not None and want["actor1"] in e.actor1.name))
            and ("date_text" not in want
                 or (e.date is not None and e.date.text == want["date_text"]))
            and len(e.mentions or [e]) >= want.get("reports", 1))


@pytest.mark.parametrize("want", GOLDEN["events"], ids=lambda w: f"{w['source']}:{w['label']}")
def test_expected_event_is_extracted(events, doc_ids, want):
    found = [e for e in events if _matches(e, want, doc_ids[want["source"]])]
    assert found, [(e.type.label, e.location and e.location.name, e.date) for e in events
                   if _sources(e) & doc_ids[want["source"]]]


def test_an_article_without_events_gives_none(events, doc_ids):
    for name in GOLDEN["no_events_from"]:
        assert not [e for e in events if _sources(e) & doc_ids[name]]


def test_event_count_is_plausible(events):
    assert GOLDEN["total"]["min"] <= len(events) <= GOLDEN["total"]["max"]


def test_same_input_same_ids(events):
    again = eventwire.extract([str(ROOT / "examples")])
    assert [e.id for e in again] == [e.id for e in events]

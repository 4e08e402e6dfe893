"""What an event hit (``Event.targets``, an eventwire extension of the public schema): kept by
the JSON record, the flat layout (GeoJSON properties, Parquet) as ``kind: text`` pairs; ACLED's
CSV has no column for it and is unchanged."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import pyarrow.parquet as pq
from hypothesis import given, settings
from hypothesis import strategies as st
from serve_store import _event

from eventwire.export import export_events
from eventwire.export.acled import row
from eventwire.export.flat import FLAT_NAMES, TARGET_SEPARATOR, flatten
from eventwire.records import Target, event_from_record, event_to_record
from eventwire.taxonomy import event_type

_TEXT = "Militants set fire to a girls' school and a bus depot in Jalalabad overnight."


def _hit(words: str, kind: str) -> Target:
    s = _TEXT.index(words)
    return Target(kind, words, (s, s + len(words)))


_TARGETS = (_hit("school", "school"), _hit("bus depot", "post or base"))


def _ev(targets: tuple[Target, ...] = _TARGETS):
    _, e = _event(0, ("PROPERTY_DISTRUCT", "Afghanistan", "AF", "Jalalabad", 34.43, 70.45,
                      date(2022, 5, 9), None, None, None, _TEXT))
    return replace(e, type=event_type("PROPERTY_DISTRUCT"), targets=targets)


def _export(evs, fmt):
    buf = io.BytesIO()
    export_events(evs, fmt, buf)
    return buf.getvalue()


def test_jsonl_keeps_each_target_with_its_words_and_span():
    [line] = _export([_ev()], "jsonl").decode("utf-8").splitlines()
    rec = json.loads(line)
    assert rec["targets"][1] == {"kind": "post or base", "text": "bus depot",
                                 "span": list(_hit("bus depot", "post or base").span)}
    assert event_from_record(rec) == _ev()


def test_the_flat_layout_joins_kind_and_words():
    flat = flatten(event_to_record(_ev()))
    assert flat["targets"] == "school: school; post or base: bus depot"
    assert flatten(event_to_record(_ev(())))["targets"] is None
    assert list(flat) == list(FLAT_NAMES) and FLAT_NAMES[-1] == "targets"


def test_geojson_properties_and_parquet_have_the_targets_column():
    [feature] = json.loads(_export([_ev()], "geojson"))["features"]
    assert feature["properties"]["targets"] == "school: school; post or base: bus depot"
    table = pq.read_table(io.BytesIO(_export([_ev(), _ev(())], "parquet")))
    assert table.column("targets").to_pylist() == ["school: school; post or base: bus depot",
                                                    None]


def test_acled_rows_do_not_change_with_targets():
    assert row(_ev()) == row(_ev(()))


_words = st.text(st.characters(categories=("L", "Nd", "Zs")), min_size=1, max_size=12)


@given(st.lists(st.tuples(st.sampled_from(["school", "vehicle", "place of worship"]), _words,
                          st.integers(0, 500)), max_size=4))
@settings(max_examples=60, deadline=None)
def test_any_targets_round_trip_and_flatten_one_pair_each(rows):
    targets = tuple(Target(kind, text, (at, at + len(text))) for kind, text, at in rows)
    rec = json.loads(json.dumps(event_to_record(_ev(targets))))
    assert event_from_record(rec).targets == targets
    flat = flatten(rec)["targets"]
    assert (flat is None) == (not targets)
    if targets:
        assert flat.count(TARGET_SEPARATOR) == len(targets) - 1
        assert flat.startswith(f"{targets[0].kind}: {targets[0].text}")

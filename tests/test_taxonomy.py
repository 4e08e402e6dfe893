"""The taxonomy module against the reference page and its own contracts."""

from __future__ import annotations

import re

import pytest

from eventwire.errors import EventwireError
from eventwire.taxonomy import (
    ACLED_LABELS,
    EXTRA_LABELS,
    INTER_CODES,
    LABELS,
    PLOVER_TYPES,
    event_type,
    interaction,
)


def test_counts():
    assert len(ACLED_LABELS) == 25 and len(EXTRA_LABELS) == 5 and len(LABELS) == 30
    assert set(INTER_CODES) == set(range(1, 9))


def test_every_label_has_a_known_plover_type():
    assert all(info.plover_type in PLOVER_TYPES for info in LABELS.values())


def test_event_type_and_errors():
    t = event_type("AIR_STRIKE")
    assert (t.event_type, t.plover_type, t.plover_mode) == (
        "Explosions/Remote violence", "ASSAULT", "aerial")
    assert event_type("DIPLO", "SANCTION").plover_type == "SANCTION"
    with pytest.raises(EventwireError):
        event_type("NOT_A_LABEL")
    with pytest.raises(EventwireError):
        event_type("DIPLO", "HUG")


def test_interaction():
    assert interaction(2, 1) == 12 and interaction(7, None) == 70 and interaction(None, 3) is None


@pytest.mark.shared
def test_labels_match_reference(shared):
    page = (shared / "reference" / "taxonomy.md").read_text(encoding="utf-8")
    codes = set(re.findall(r"\[([A-Z_]+)\]", page))
    assert codes == set(ACLED_LABELS)
    for extra in EXTRA_LABELS:
        assert extra in page

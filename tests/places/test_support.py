"""The document's support for where a name is (eventwire.places.support)."""

from __future__ import annotations

from eventwire.places.support import Context, Support


def test_the_name_being_resolved_gives_itself_no_support(gaz):
    own = Support("SY", {"SY.04": 0.5}, {(35, 39): 1.0})
    ctx = Context({"SY": 2.0, "LB": 1.0}, {"SY.04": 1.5}, {(35, 39): 2.0}, total=3, own=own)
    assert ctx.country("SY") == 1.0             # two names in Syria, one of them its own
    assert ctx.admin1("SY.04") == 1.0
    assert ctx.cell((35, 39)) == 1.0
    assert ctx.country("") == 0.0               # areas across countries: none
    assert ctx.neighbours(gaz, "SY") == 1.0     # Lebanon borders Syria (Turkey: none here)
    assert ctx.neighbours(gaz, "FR") == 0.0

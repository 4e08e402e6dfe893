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


def test_a_weakened_name_gives_a_share_of_its_support():
    from eventwire.places.support import weakened
    faint = weakened(Support("US", {"US.TX": 1.0}, {(31, -99): 0.5}), 0.1)
    assert faint.weight == 0.1 and faint.country == "US"
    assert faint.admin1s == {"US.TX": 0.1} and faint.cells == {(31, -99): 0.05}
    ctx = Context({"US": 1.1}, {"US.TX": 0.1}, {}, total=1, own=faint)
    assert abs(ctx.country("US") - 1.0) < 1e-9  # its own share taken off, not a whole name's

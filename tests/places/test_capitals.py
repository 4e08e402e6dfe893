"""A country the text names makes its capital the sense of the name (eventwire.places.capitals),
on the tiny gazetteer of conftest."""

from __future__ import annotations

from eventwire.places.capitals import CAPITAL_BONUS, capital_bonuses


def _cands(gaz, *names):
    return {n: gaz.lookup(n) for n in names}


def test_the_capital_of_a_named_country_gets_the_bonus(gaz):
    cands = _cands(gaz, "France", "Paris", "Texas")
    out = capital_bonuses(gaz, {n: n for n in cands}, cands)
    paris_fr = next(i for i in cands["Paris"] if gaz.country[i] == "FR")
    assert out == {"Paris": {paris_fr: CAPITAL_BONUS}}


def test_no_named_country_no_bonus_and_a_name_never_boosts_itself(gaz):
    cands = _cands(gaz, "Paris", "Texas")
    assert capital_bonuses(gaz, {n: n for n in cands}, cands) == {}
    # "Lebanon" names the country; its capital's bonus comes only from another name.
    cands = _cands(gaz, "Lebanon", "Beirut")
    beirut = cands["Beirut"][0]
    assert capital_bonuses(gaz, {n: n for n in cands}, cands) == {"Beirut": {beirut: CAPITAL_BONUS}}
    assert capital_bonuses(gaz, {"Lebanon": "Lebanon"}, {"Lebanon": cands["Lebanon"]}) == {}

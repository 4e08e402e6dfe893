"""State coherence on hand-built picks (invented populations): a town picked alone in its
region where the other picks gather in another region that has its namesake."""

from __future__ import annotations

from eventwire.places.build import _Builder
from eventwire.places.coherence import STATE_MAX_RATIO, settle_states
from eventwire.places.resolve import prominent_town


def _world():
    b = _Builder()
    us = b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 1)
    admin1s = {"US.IL": b.add("Illinois", 40.0, -89.0, "US", "US.IL", "ADM1", 12_000_000, 2),
               "US.MO": b.add("Missouri", 38.25, -92.5, "US", "US.MO", "ADM1", 6_000_000, 3)}
    ids = {
        "il": b.add("Fairview", 39.80, -89.64, "US", "US.IL", "PPL", 116_000, 4),
        "mo": b.add("Fairview", 37.22, -93.30, "US", "US.MO", "PPL", 167_000, 5),
        "hamlet": b.add("Fairview", 37.0, -92.0, "US", "US.MO", "PPL",
                        int(116_000 / STATE_MAX_RATIO) - 1, 6),
        "a": b.add("Rolla", 37.08, -94.51, "US", "US.MO", "PPL", 50_000, 7),
        "b": b.add("Sedalia", 36.64, -93.22, "US", "US.MO", "PPL", 11_000, 8),
        "c": b.add("Joliet", 40.69, -89.59, "US", "US.IL", "PPL", 113_000, 9),
    }
    gaz = b.finish({"US": us}, admin1s, {"US": ()})
    return gaz, ids


def test_a_town_alone_in_its_state_takes_its_namesake_where_the_others_are():
    gaz, ids = _world()
    picked = {"s": (ids["il"], 0.6), "a": (ids["a"], 0.9), "b": (ids["b"], 0.9)}
    senses = {"s": (ids["il"], ids["mo"]), "a": (ids["a"],), "b": (ids["b"],)}
    got = settle_states(gaz, list(picked), picked, senses, {}, prominent_town)
    assert got == {"s": (ids["mo"], 0.6)}


def test_a_container_a_big_city_a_supported_pick_and_a_tiny_namesake_stay():
    gaz, ids = _world()
    picked = {"s": (ids["il"], 0.6), "a": (ids["a"], 0.9), "b": (ids["b"], 0.9)}
    senses = {"s": (ids["il"], ids["mo"]), "a": (ids["a"],), "b": (ids["b"],)}
    keys = list(picked)
    assert settle_states(gaz, keys, picked, senses, {"s": (ids["il"],)}, prominent_town) == {}
    assert settle_states(gaz, keys, picked, senses, {}, lambda g, c: ids["il"]) == {}
    with_peoria = {**picked, "c": (ids["c"], 0.9)}
    assert settle_states(gaz, [*keys, "c"], with_peoria, {**senses, "c": (ids["c"],)},
                         {}, prominent_town) == {}
    tiny = {**senses, "s": (ids["il"], ids["hamlet"])}
    assert settle_states(gaz, keys, picked, tiny, {}, prominent_town) == {}


def test_one_other_name_is_not_enough():
    gaz, ids = _world()
    picked = {"s": (ids["il"], 0.6), "a": (ids["a"], 0.9)}
    senses = {"s": (ids["il"], ids["mo"]), "a": (ids["a"],)}
    assert settle_states(gaz, list(picked), picked, senses, {}, prominent_town) == {}

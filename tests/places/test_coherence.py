"""State coherence on hand-built picks (invented populations): a town picked alone in its
region where the other picks gather in another region that has its namesake."""

from __future__ import annotations

from eventwire.places.build import _Builder
from eventwire.places.coherence import (
    GATHER_MIN_NAMES,
    STATE_MAX_RATIO,
    gather_states,
    settle_states,
)
from eventwire.places.homonyms import prominent_town


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


# --------------------------------------------------------------------------- gathering


def _scattered(arden_mn: int = 13_000):
    """Three small towns near each other in one state, each picked as a bigger namesake in
    another state (invented names and populations), and a namesake abroad."""
    b = _Builder()
    us = b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 1)
    fr = b.add("France", 46.0, 2.0, "FR", "", "PCLI", 67_000_000, 2)
    admin1s = {a: b.add(n, lat, lon, "US", a, "ADM1", 5_000_000, 10 + k)
               for k, (a, n, lat, lon) in enumerate((
                   ("US.MN", "Minnesota", 46.0, -94.0), ("US.GA", "Georgia", 32.7, -83.5),
                   ("US.VA", "Virginia", 37.5, -78.9), ("US.NY", "New York", 43.0, -75.5),
                   ("US.OH", "Ohio", 40.2, -82.7)))}
    ids = {
        # the story's towns, in Minnesota within a few kilometres
        "a_mn": b.add("Arden", 45.88, -95.37, "US", "US.MN", "PPL", arden_mn, 20),
        "b_mn": b.add("Bexley County", 45.93, -95.45, "US", "US.MN", "ADM2", 38_000, 21),
        "c_mn": b.add("Corby", 45.96, -95.60, "US", "US.MN", "PPL", 5_000, 22),
        # their bigger namesakes, each in a state of its own
        "a_va": b.add("Arden", 38.80, -77.05, "US", "US.VA", "PPL", 120_000, 23),
        "b_ga": b.add("Bexley County", 33.70, -84.77, "US", "US.GA", "ADM2", 140_000, 24),
        "c_ny": b.add("Corby", 42.65, -73.75, "US", "US.NY", "PPL", 45_000, 25),
        "c_oh": b.add("Corby", 40.00, -83.00, "US", "US.OH", "PPL", 20_000, 26),
        "c_fr": b.add("Corby", 48.85, 2.35, "FR", "", "PPLC", 2_100_000, 27),
    }
    gaz = b.finish({"US": us, "FR": fr}, admin1s, {"US": (), "FR": ()})
    senses = {"a": (ids["a_va"], ids["a_mn"]), "b": (ids["b_ga"], ids["b_mn"]),
              "c": (ids["c_ny"], ids["c_oh"], ids["c_mn"], ids["c_fr"])}
    picked = {"a": (ids["a_va"], 0.55), "b": (ids["b_ga"], 0.5), "c": (ids["c_ny"], 0.6)}
    return gaz, ids, senses, picked


def test_towns_scattered_over_states_gather_where_all_have_a_namesake():
    gaz, ids, senses, picked = _scattered()
    got = gather_states(gaz, list(picked), picked, senses, {})
    assert got == {"a": (ids["a_mn"], 0.55), "b": (ids["b_mn"], 0.5), "c": (ids["c_mn"], 0.6)}


def test_two_names_do_not_gather():
    gaz, ids, senses, picked = _scattered()
    two = {k: picked[k] for k in ("a", "b")}
    assert GATHER_MIN_NAMES == 3
    assert gather_states(gaz, list(two), two, senses, {}) == {}


def test_a_region_holding_as_many_picks_a_named_region_and_a_container_keep_theirs():
    gaz, ids, senses, picked = _scattered()
    # Three picks of the story in Ohio (other names with no namesake near the others): as
    # many as the neighbourhood gathers.
    ohio = {**picked, "c": (ids["c_oh"], 0.6), "x": (ids["c_oh"], 0.9), "y": (ids["c_oh"], 0.9)}
    assert gather_states(gaz, list(ohio), ohio, senses, {}) == {}
    # The text names Virginia: its town stays, and the two others are too few to gather.
    named = {**picked, "v": (gaz.admin1s["US.VA"], 0.9)}
    assert gather_states(gaz, list(named), named, senses, {}) == {}
    assert gather_states(gaz, list(picked), picked, senses, {"a": (ids["a_va"],)}) == {}


def test_a_pick_abroad_and_a_city_that_dwarfs_its_namesake_stay():
    gaz, ids, senses, picked = _scattered()
    abroad = {**picked, "c": (ids["c_fr"], 0.9)}
    # Corby in France has no namesake in France: two names are left, too few.
    assert gather_states(gaz, list(abroad), abroad, senses, {}) == {}
    gaz, ids, senses, picked = _scattered(arden_mn=int(120_000 / STATE_MAX_RATIO) - 1)
    got = gather_states(gaz, list(picked), picked, senses, {})
    assert set(got) == {"b", "c"}

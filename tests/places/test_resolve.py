from __future__ import annotations

from eventwire.places.recognize import Mention
from eventwire.places.resolve import resolve_all


def _mentions(text, *names):
    out, pos = [], 0
    for n in names:
        pos = text.index(n, pos)
        out.append(Mention(pos, pos + len(n), n, "GPE"))
        pos += len(n)
    return out


def _resolve(gaz, text, *names, **kw):
    return [(gaz.name[r.entry], gaz.country[r.entry]) if r.entry is not None else None
            for r in resolve_all(gaz, text, _mentions(text, *names), **kw)]


def test_population_prior_without_context(gaz):
    assert _resolve(gaz, "Paris was calm.", "Paris") == [("Paris", "FR")]


def test_document_context_picks_the_local_namesake(gaz):
    text = "Paris police and Dallas officials met in Texas."
    assert _resolve(gaz, text, "Paris", "Dallas", "Texas")[0] == ("Paris", "US")


def test_explicit_container_and_state_over_village(gaz):
    assert _resolve(gaz, "He lives in Paris, Texas.", "Paris", "Texas") == [
        ("Paris", "US"), ("Texas", "US")]


def test_neighbouring_places_pick_the_namesake(gaz):
    text = "Springfield and Peoria schools closed."
    assert gaz.admin1[resolve_all(gaz, text, _mentions(text, "Springfield", "Peoria"))[0]
                      .entry] == "US.IL"


def test_georgia_follows_the_document(gaz):
    us = "Officials in Georgia and Texas and the United States said so."
    world = "Georgia, Turkey and Syria signed it."
    assert _resolve(gaz, us, "Georgia", "Texas", "United States")[0] == ("Georgia", "US")
    assert _resolve(gaz, world, "Georgia", "Turkey", "Syria")[0] == ("Georgia", "GE")


def test_dateline_country_is_a_prior(gaz):
    assert _resolve(gaz, "Paris said.", "Paris", dateline_country="US") == [("Paris", "FR")]
    assert _resolve(gaz, "Georgia said.", "Georgia", dateline_country="US") == [
        ("Georgia", "US")]


def test_unknown_name_is_unresolved_with_zero_confidence(gaz):
    [r] = resolve_all(gaz, "Xyzzy", _mentions("Xyzzy", "Xyzzy"))
    assert r.entry is None and r.confidence == 0.0

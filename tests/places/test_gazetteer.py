from __future__ import annotations

from eventwire.places import gazetteer as gz


def test_lookup_orders_candidates_by_static_prior(gaz):
    names = [(gaz.name[i], gaz.country[i]) for i in gaz.lookup("Paris")]
    assert names == [("Paris", "FR"), ("Paris", "US")]
    assert next(gaz.feature[i] for i in gaz.lookup("Texas")) == "ADM1"


def test_aliases_demonyms_and_loose_keys(gaz):
    assert gaz.name[gaz.lookup("Tex.")[0]] == "Texas"
    assert gaz.name[gaz.lookup("U.S.")[0]] == "United States"
    assert gaz.name[gaz.demonym("Syrian")] == "Syria"
    assert gaz.lookup("Ein Issa") == ()
    assert gaz.name[gaz.lookup_loose("Ein Issa")[0]] == "‘Ayn ‘Īsá"


def test_areas_and_names(gaz):
    us = gaz.countries["US"]
    assert gaz.is_area(us) and gaz.country_name("US") == "United States"
    assert gaz.admin1_name("US.TX") == "Texas"
    assert not gaz.is_area(gaz.lookup("Dallas")[0])


def test_load_builds_once_into_the_cache_and_reloads(tmp_path, monkeypatch, make_gazetteer):
    calls = []

    def fake_build():
        calls.append(1)
        return make_gazetteer()

    monkeypatch.setattr("eventwire.places.build.build_gazetteer", fake_build)
    gz.load_gazetteer.cache_clear()
    try:
        first = gz.load_gazetteer(tmp_path)
        gz.load_gazetteer.cache_clear()
        second = gz.load_gazetteer(tmp_path)
    finally:
        gz.load_gazetteer.cache_clear()
    assert calls == [1]
    assert len(first) == len(second) and first.index == second.index
    files = list(tmp_path.glob("places-*.pickle"))
    assert [f.name for f in files] == [gz.index_path(tmp_path).name]


def test_unreadable_index_says_what_to_do(tmp_path):
    import pytest

    from eventwire.errors import ResourceError
    gz.index_path(tmp_path).write_bytes(b"not a pickle")
    gz.load_gazetteer.cache_clear()
    try:
        with pytest.raises(ResourceError, match="delete it"):
            gz.load_gazetteer(tmp_path)
    finally:
        gz.load_gazetteer.cache_clear()

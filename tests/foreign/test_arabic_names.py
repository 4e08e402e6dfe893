"""GeoNames' Arabic names, keyed and cached."""

from __future__ import annotations

from eventwire.foreign.arabic import key


def test_the_arabic_names_are_read_once_into_the_cache(tmp_path, monkeypatch):
    from eventwire.foreign import arabic_names as table

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    table.arabic_names.cache_clear()
    try:
        built = table.arabic_names()
        assert [p.name for p in tmp_path.glob("arabic-names-*.pickle")]
        table.arabic_names.cache_clear()
        assert table.arabic_names() == built
        assert built.ids[key("الخرطوم")] and built.articled[key("الموصل")] >= {True}
        assert built.articled[key("سيول")] == {False}
    finally:
        table.arabic_names.cache_clear()

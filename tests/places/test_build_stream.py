"""The streaming GeoNames build (places/streambuild.py, places/packed.py) gives exactly the
index the in-memory builder gives: same entries, same names, same ranking, same order."""

from __future__ import annotations

import pickle
import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.places.build import MAX_CANDIDATES, _Builder
from eventwire.places.gazetteer import Gazetteer, read_index, save
from eventwire.places.geonames import (
    build_from_geonames,
    describe,
    fill,
    pack_from_geonames,
)
from eventwire.places.packed import PackedNamesWriter, split


FIELDS = ("name", "latitude", "longitude", "country", "admin1", "feature", "population",
          "geonameid", "demonyms", "countries", "admin1s", "neighbours")


def assert_same(got: Gazetteer, want: Gazetteer) -> None:
    for field in FIELDS:
        assert getattr(got, field) == getattr(want, field), field
    for field in ("index", "loose"):       # the same keys in the same order, entries too
        assert list(getattr(got, field).items()) == list(getattr(want, field).items()), field


def row(gid, name, code, cc="US", admin1="TX", population=0, alternates="", ascii=None,
        lat=30.0, lon=-97.0):
    cls = {"P": "P", "A": "A", "S": "S", "H": "H"}.get(code[0], "T")
    return (gid, name, name if ascii is None else ascii, alternates, lat, lon, cls, code, cc,
            "", admin1, "", "", "", population, "", 100, "America/Chicago", "2020-01-01")


def write_dump(path, rows, alternates=(), admin_codes="") -> tuple:
    def tsv(rs):
        return "".join("\t".join(str(c) for c in r) + "\n" for r in rs)
    with zipfile.ZipFile(path / "allCountries.zip", "w") as z:
        z.writestr("allCountries.txt", tsv(rows))
    with zipfile.ZipFile(path / "alternateNamesV2.zip", "w") as z:
        z.writestr("alternateNamesV2.txt", tsv(alternates))
    (path / "admin1CodesASCII.txt").write_text(admin_codes, encoding="utf-8")
    return (path / "allCountries.zip", path / "alternateNamesV2.zip",
            [path / "admin1CodesASCII.txt"])


def both_ways(files) -> tuple[Gazetteer, Gazetteer]:
    return build_from_geonames(*files), fill(_Builder(), *files)


# Namesakes of equal priors (ties keep the order the names were given), more namesakes than
# an index keeps, a name that normalizes to nothing, a name given twice to one place,
# transliterations that share a skeleton, alternate names arriving after their places,
# a duplicated geonameid, a region whose population is its towns', our tables' targets.
HARD_ROWS = [
    row(1, "United States", "PCLI", admin1="00", population=327_000_000, alternates="America"),
    row(2, "Syria", "PCLI", cc="SY", admin1="00", population=22_000_000),
    row(3, "Texas", "ADM1"),
    row(4, "Ar Raqqah", "ADM1", cc="SY", admin1="04", population=900_000),
    row(5, "Raqqa", "PPLA", cc="SY", admin1="04", population=500_000, alternates="Ar-Raqqah"),
    row(6, "Springfield", "PPL", population=99),
    row(7, "Springfield", "PPLC", population=9),          # 1 + log10(10) == log10(100)
    row(8, "Springfield", "PPL", population=99, alternates="Springfield,Springfeld"),
    row(9, "---", "PPL"),
    row(10, "St. Marys", "PPL", population=5, ascii="Saint Marys"),
    row(11, "Paris", "PPL", population=24_782, alternates="Paris,Paname"),
    row(11, "Paris", "STM", population=0),                 # a second row of one id
    row(12, "Deep Ellum", "PPLX"),
    row(13, "Old School", "SCH"),                           # not kept
    *(row(100 + k, "Lakeside", "PPL", population=k % 7) for k in range(MAX_CANDIDATES + 15)),
    row(14, "Raqa", "PPL", cc="SY", admin1="04", population=900),
]
HARD_ALTERNATES = [
    (1, 6, "en", "Springfeld", "", "", "", "", "", ""),
    (2, 100, "", "Springfield", "", "", "", "", "", ""),    # an early place joins a late name
    (3, 11, "en", "Paname", "", "", "", "", "", ""),
    (4, 3, "en", "Lone Star State", "", "", "", "", "", ""),
    (5, 12, "fr", "Ellum Profond", "", "", "", "", "", ""),
    (6, 999, "en", "Nowhere", "", "", "", "", "", ""),
    (7, 12, "en", "Springfield", "", "", "", "", "", ""),   # a tie with 100, given after it
    (8, 8, "", "Springfeld", "", "", "", "", "", ""),       # again, after 6 was given it
]


def test_a_dump_full_of_ties_and_namesakes_builds_the_same_index_both_ways(tmp_path):
    files = write_dump(tmp_path, HARD_ROWS, HARD_ALTERNATES,
                       "US.TX\tTexas\tTexas\t3\nSY.04\tRaqqa\tRaqqa\t4\n")
    got, want = both_ways(files)
    assert_same(got, want)
    # What the comparison rests on holds here: ties, a capped name, the empty key.
    springfields = [got.geonameid[i] for i in got.lookup("Springfield")]
    assert springfields == [6, 7, 8, 100, 12]          # equal priors in the order given
    assert len(got.lookup("Lakeside")) == MAX_CANDIDATES
    assert got.index[""] == () and got.lookup_loose("Raqqa")
    assert sorted(got.geonameid[i] for i in got.lookup("Springfeld")) == [6, 8]   # once each


NAMES = ("Alba", "Alba River", "Al Ba", "Elba", "Springfield", "Saint Anne", "St. Anne", "-")
CODES = ("PPL", "PPLC", "PPLX", "STM", "ADM1", "ADM2", "PCLI", "LK", "SCH")


@st.composite
def dumps(draw):
    n = draw(st.integers(1, 60))
    rows = []
    for gid in range(1, n + 1):
        alternates = draw(st.lists(st.sampled_from(NAMES), max_size=3))
        rows.append(row(draw(st.integers(1, n)), draw(st.sampled_from(NAMES)),
                        draw(st.sampled_from(CODES)), cc=draw(st.sampled_from(("US", "SY"))),
                        admin1=draw(st.sampled_from(("TX", "04", ""))),
                        population=draw(st.sampled_from((0, 9, 99, 1000))),
                        alternates=",".join(alternates)))
    alternates = [(k, draw(st.integers(1, n + 2)), draw(st.sampled_from(("", "en", "de"))),
                   draw(st.sampled_from(NAMES)), "", "", "", "", "", "")
                  for k in range(draw(st.integers(0, 20)))]
    return rows, alternates


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dumps())
def test_any_dump_builds_the_same_index_both_ways(tmp_path_factory, dump):
    rows, alternates = dump
    files = write_dump(tmp_path_factory.mktemp("dump"), rows, alternates)
    assert_same(*both_ways(files))


def test_the_written_index_loads_as_the_gazetteer_it_packs(tmp_path):
    files = write_dump(tmp_path, HARD_ROWS, HARD_ALTERNATES)
    packed = pack_from_geonames(*files)
    save(packed, tmp_path / "index.pickle")
    loaded = read_index(tmp_path / "index.pickle")
    assert_same(loaded, fill(_Builder(), *files))
    assert describe(packed) == describe(loaded)
    assert isinstance(pickle.loads(pickle.dumps(packed, protocol=5)), Gazetteer)


def test_packed_names_keep_empty_keys_and_single_entries():
    w = PackedNamesWriter()
    for key, ids in (("", ()), ("a", (5,)), ("b c", (7, 3)), ("", ())):
        w.add(key, ids)
    assert list(w.done().unpack().items()) == [("", ()), ("a", 5), ("b c", (7, 3))]
    assert PackedNamesWriter().done().unpack() == {}
    assert split(b"", 1) == [""] and split(b"", 0) == []


def test_a_large_random_dump_builds_the_same_index_both_ways(tmp_path):
    # Enough pairs for several batches into DuckDB (PAIRS_BATCH is lowered for it).
    from eventwire.places import streambuild
    rng = random.Random(7)
    names = [f"{rng.choice(('Al ', 'El ', ''))}{rng.choice('BKLMR')}a{rng.choice('rsn')}"
             f"{rng.choice(('', 'a', 'ah'))}" for _ in range(200)]
    rows = [row(gid, rng.choice(names), rng.choice(CODES[:4]), population=rng.choice(
        (0, 0, 9, 99, rng.randint(0, 10**6))), alternates=rng.choice(("", names[gid % 200])))
        for gid in range(1, 3000)]
    files = write_dump(tmp_path, rows)
    old = streambuild.PAIRS_BATCH
    streambuild.PAIRS_BATCH = 500
    try:
        got, want = both_ways(files)
    finally:
        streambuild.PAIRS_BATCH = old
    assert_same(got, want)
    assert max(len(v) for v in got.index.values() if isinstance(v, tuple)) == MAX_CANDIDATES


@pytest.mark.parametrize("name", ["Nowhere", "Ellum Profond"])
def test_alternate_names_of_places_not_kept_or_other_languages_are_left_out(tmp_path, name):
    files = write_dump(tmp_path, HARD_ROWS, HARD_ALTERNATES)
    assert build_from_geonames(*files).lookup(name) == ()

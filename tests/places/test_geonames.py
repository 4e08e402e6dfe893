"""The index built from GeoNames' own dump format (a small dump written here, column for
column as download.geonames.org/export/dump/readme.txt describes it)."""

from __future__ import annotations

import json
import zipfile

import pytest
from click.testing import CliRunner

from eventwire.errors import ResourceError
from eventwire.places import Geoparser
from eventwire.places.gazetteer import GAZETTEER_ENV, load_gazetteer, user_index
from eventwire.places.geonames import KEPT_FEATURES, build_from_geonames, describe

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2,
# admin3, admin4, population, elevation, dem, timezone, modification date
ROWS = [
    (6252001, "United States", "United States", "USA,America", 39.76, -98.5, "A", "PCLI", "US",
     "", "00", "", "", "", 327167434, "", 543, "", "2019-01-01"),
    (3017382, "France", "France", "Republique francaise", 46.0, 2.0, "A", "PCLI", "FR", "",
     "00", "", "", "", 66987244, "", 5, "", "2019-01-01"),
    (4736286, "Texas", "Texas", "Tejas", 31.25, -99.25, "A", "ADM1", "US", "", "TX", "", "", "",
     0, "", 165, "", "2019-01-01"),
    (3012874, "Île-de-France", "Ile-de-France", "", 48.5, 2.5, "A", "ADM1", "FR", "", "11", "",
     "", "", 11000000, "", 100, "", "2019-01-01"),
    (2988507, "Paris", "Paris", "Lutece,Paname,Париж", 48.85341, 2.3488, "P", "PPLC", "FR", "",
     "11", "75", "751", "75056", 2138551, "", 42, "Europe/Paris", "2020-01-01"),
    (4717560, "Paris", "Paris", "", 33.66094, -95.55551, "P", "PPLA2", "US", "", "TX", "277",
     "", "", 24782, 183, 180, "America/Chicago", "2017-03-09"),
    (4684888, "Dallas", "Dallas", "Big D", 32.78306, -96.80667, "P", "PPLA2", "US", "", "TX",
     "113", "", "", 1300092, 131, 139, "America/Chicago", "2019-08-07"),
    (4736000, "Deep Ellum", "Deep Ellum", "", 32.784, -96.783, "P", "PPLX", "US", "", "TX",
     "113", "", "", 0, "", 140, "America/Chicago", "2011-05-14"),
    (4736001, "Trinity River", "Trinity River", "", 29.75, -94.7, "H", "STM", "US", "", "TX",
     "", "", "", 0, "", 1, "America/Chicago", "2010-01-01"),
    (4736002, "Paris Elementary School", "Paris Elementary School", "", 33.66, -95.55, "S",
     "SCH", "US", "", "TX", "277", "", "", 0, "", 180, "America/Chicago", "2010-01-01"),
    (4736003, "Old Paris", "Old Paris", "", 33.0, -95.0, "P", "PPLH", "US", "", "TX", "", "",
     "", 0, "", 180, "America/Chicago", "2010-01-01"),
]
# alternateNameId, geonameid, isolanguage, name, isPreferred, isShort, isColloquial,
# isHistoric, from, to
ALTERNATES = [
    (1, 4684888, "en", "Dallas City", "", "", "", "", "", ""),
    (2, 4684888, "link", "https://en.wikipedia.org/wiki/Dallas", "", "", "", "", "", ""),
    (3, 2988507, "fr", "Ville Lumiere", "", "", "", "", "", ""),
    (4, 4736001, "", "Trinity", "", "", "", "", "", ""),
    (5, 9999999, "en", "Nowhere Kept", "", "", "", "", "", ""),
]


def _tsv(rows) -> str:
    return "".join("\t".join(str(c) for c in r) + "\n" for r in rows)


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    d = tmp_path_factory.mktemp("geonames")
    with zipfile.ZipFile(d / "allCountries.zip", "w") as z:
        z.writestr("allCountries.txt", _tsv(ROWS))
    with zipfile.ZipFile(d / "alternateNamesV2.zip", "w") as z:
        z.writestr("alternateNamesV2.txt", _tsv(ALTERNATES))
        z.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\n")
    (d / "admin1CodesASCII.txt").write_text("US.TX\tTexas\tTexas\t4736286\n"
                                            "FR.11\tParis Region\tParis Region\t3012874\n",
                                            encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def built(dump):
    return build_from_geonames(dump / "allCountries.zip", dump / "alternateNamesV2.zip",
                               [dump / "admin1CodesASCII.txt"])


def test_the_kept_features_and_only_those_are_indexed(built):
    assert set(built.feature) - {"RGN", "SEA", "OCN", "GULF", "MTS", "STM", "DSRT", "LK",
                                 "ISL", "VAL", "BAY", "AREA", "ZN", "CONT"} <= KEPT_FEATURES
    ids = set(built.geonameid)
    assert {4736000, 4736001} <= ids                        # a neighbourhood, a river
    assert not {4736002, 4736003} & ids                     # a school, a historical place


def test_names_alternate_names_and_region_codes(built):
    def names(text):
        return sorted(built.geonameid[i] for i in built.lookup(text))
    assert names("Paris") == [2988507, 4717560]
    assert names("Big D") == names("Dallas City") == [4684888]      # dump and alternates
    assert names("Trinity") == [4736001]
    assert names("Ville Lumiere") == [] and names("Париж") == []    # French, Cyrillic
    assert names("Paris Region") == [3012874]                       # admin1CodesASCII
    assert built.admin1_name("US.TX") == "Texas" and built.country_name("FR") == "France"
    assert built.name[built.demonym("Texan")] == "Texas"           # our tables, where they fit
    assert built.name[built.lookup("U.S.")[0]] == "United States"
    # A region GeoNames gives no population has its towns'.
    assert built.population[built.admin1s["US.TX"]] == 24782 + 1300092


def test_the_geoparser_resolves_with_the_built_index(built):
    from eventwire.records import Entity
    gp = Geoparser(built)
    text = "Floods hit Deep Ellum in Dallas and Paris, Texas."
    places = gp.places(text, [Entity("Deep Ellum", 11, 21, "LOC")])
    assert [(p.text, p.geonameid) for p in places] == [
        ("Deep Ellum", 4736000), ("Dallas", 4684888), ("Paris", 4717560), ("Texas", 4736286)]


def test_a_file_that_is_not_a_dump_is_refused_with_what_to_give(tmp_path):
    bad = tmp_path / "cities.txt"
    bad.write_text("Paris\t48.85\t2.35\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"line 1: 3 columns.*allCountries\.zip"):
        build_from_geonames(bad)
    empty_zip = tmp_path / "x.zip"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("readme.txt", "nothing")
    with pytest.raises(ResourceError, match="no .txt table"):
        build_from_geonames(empty_zip)


def test_the_index_in_use_follows_the_env_var_and_the_default_location(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv(GAZETTEER_ENV, raising=False)
    assert user_index() is None                             # nothing built: bundled
    default = tmp_path / "eventwire" / "gazetteer.pickle"
    default.parent.mkdir()
    default.write_bytes(b"")
    assert user_index() == default
    monkeypatch.setenv(GAZETTEER_ENV, "bundled")
    assert user_index() is None
    monkeypatch.setenv(GAZETTEER_ENV, str(tmp_path / "missing.pickle"))
    with pytest.raises(ResourceError, match="no such gazetteer index"):
        user_index()


def test_cli_builds_an_index_that_every_command_then_uses(dump, tmp_path, monkeypatch):
    from eventwire.cli import cli
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv(GAZETTEER_ENV, raising=False)
    runner = CliRunner()
    got = runner.invoke(cli, ["gazetteer", "build", "--geonames", str(dump / "allCountries.zip"),
                              "--alternate-names", str(dump / "alternateNamesV2.zip"),
                              "--admin-codes", str(dump / "admin1CodesASCII.txt")])
    assert got.exit_code == 0, got.output
    default = tmp_path / "eventwire" / "gazetteer.pickle"
    assert default.is_file() and f"wrote {default}" in got.output
    load_gazetteer.cache_clear()
    try:
        info = runner.invoke(cli, ["gazetteer", "info", "--json"])
        shown = json.loads(info.output)
        assert shown["index"] == str(default) and shown["towns and neighbourhoods"] == 4
        assert shown["places"] == describe(load_gazetteer())["places"]
        # --gazetteer bundled goes back to the bundled tables for one command.
        load_gazetteer.cache_clear()
        bundled = json.loads(runner.invoke(cli, ["--gazetteer", "bundled", "gazetteer", "info",
                                                 "--json"]).output)
        assert bundled["countries"] > 200
    finally:
        load_gazetteer.cache_clear()
        monkeypatch.delenv(GAZETTEER_ENV, raising=False)


def test_cli_refuses_a_missing_dump(tmp_path):
    from eventwire.cli import cli
    got = CliRunner().invoke(cli, ["gazetteer", "build", "--geonames", str(tmp_path / "no.zip")])
    assert got.exit_code == 2 and "does not exist" in got.output

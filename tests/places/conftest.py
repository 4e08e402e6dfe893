"""A tiny hand-made gazetteer, built through the real index builder, for the places tests."""

from __future__ import annotations

import pytest

from eventwire.places.build import _Builder
from eventwire.places.regions import county_aliases
from eventwire.places.gazetteer import Gazetteer


def tiny_gazetteer() -> Gazetteer:
    """Invented populations, real-ish coordinates: enough namesakes to need context."""
    b = _Builder()
    countries = {
        "US": b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 6252001,
                    ["U.S.", "America"]),
        "FR": b.add("France", 46.0, 2.0, "FR", "", "PCLI", 67_000_000, 3017382),
        "SY": b.add("Syria", 35.0, 38.0, "SY", "", "PCLI", 22_000_000, 163843),
        "GE": b.add("Georgia", 42.0, 43.5, "GE", "", "PCLI", 3_700_000, 614540),
        "LB": b.add("Lebanon", 33.83, 35.83, "LB", "", "PCLI", 6_000_000, 272103),
        "TR": b.add("Turkey", 39.0, 35.0, "TR", "", "PCLI", 80_000_000, 298795),
    }
    admin1s = {
        "US.TX": b.add("Texas", 31.25, -99.25, "US", "US.TX", "ADM1", 25_000_000, 4736286),
        "US.GA": b.add("Georgia", 32.75, -83.5, "US", "US.GA", "ADM1", 9_000_000, 4197000),
        "US.IL": b.add("Illinois", 40.0, -89.0, "US", "US.IL", "ADM1", 12_000_000, 4896861),
        "US.MO": b.add("Missouri", 38.25, -92.5, "US", "US.MO", "ADM1", 6_000_000, 4398678),
        "SY.04": b.add("Ar-Raqqah", 35.9, 38.9, "SY", "SY.04", "ADM1", 900_000, 0,
                       ["Raqqa governorate"]),
    }
    b.alias(admin1s["US.TX"], ["Tex."])
    b.add("Paris", 48.85, 2.35, "FR", "FR.11", "PPLC", 2_100_000, 2988507)
    b.add("Paris", 33.66, -95.56, "US", "US.TX", "PPL", 25_000, 4717560)
    b.add("Dallas", 32.78, -96.81, "US", "US.TX", "PPL", 1_300_000, 4684888)
    b.add("Springfield", 39.80, -89.64, "US", "US.IL", "PPL", 116_000, 4250542)
    b.add("Springfield", 37.22, -93.30, "US", "US.MO", "PPL", 167_000, 4409896)
    b.add("Peoria", 40.69, -89.59, "US", "US.IL", "PPL", 113_000, 4905687)
    b.add("Ar Raqqah", 35.95, 39.01, "SY", "SY.04", "PPL", 530_000, 172955, ["Raqqa"])
    b.add("‘Ayn ‘Īsá", 36.3855, 38.8623, "SY", "SY.04", "PPL", 0, 172134)
    b.add("Beirut", 33.89, 35.50, "LB", "LB.04", "PPLC", 1_900_000, 276781)
    b.add("Ankara", 39.92, 32.85, "TR", "TR.68", "PPLC", 3_500_000, 323786)
    b.add("Texas", 20.03, -99.20, "MX", "MX.13", "PPL", 900, 3500001)
    b.add("Euphrates", 35.0, 40.5, "", "", "STM", 0, 0)
    # A county also known by its bare name, a small town outside Texas, a town on a river.
    b.add("Clarke County", 33.95, -83.37, "US", "US.GA", "ADM2", 120_000, 0,
          county_aliases("Clarke County"))
    b.add("Clarke", 29.5, -96.0, "US", "US.TX", "PPL", 600, 4000001)
    b.add("Harris County", 29.86, -95.39, "US", "US.TX", "ADM2", 4_700_000, 0,
          county_aliases("Harris County"))
    b.add("Kent", 41.5, -88.0, "US", "US.IL", "PPL", 900, 4000002)
    b.add("Neches", 31.87, -95.43, "US", "US.TX", "PPL", 700, 4000003)
    b.demonyms.update({"syrian": countries["SY"], "french": countries["FR"],
                       "texan": admin1s["US.TX"]})
    return b.finish(countries, admin1s, {"SY": ("LB", "TR"), "LB": ("SY",), "TR": ("SY", "GE"),
                                         "GE": ("TR",), "US": (), "FR": ()})


def parises_gazetteer() -> Gazetteer:
    """A capital and the namesakes of another country, as an outlet's host may name them."""
    b = _Builder()
    countries = {"FR": b.add("France", 46.0, 2.0, "FR", "", "PCLI", 67_000_000, 3017382),
                 "US": b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000,
                             6252001)}
    b.add("Paris", 48.85, 2.35, "FR", "FR.11", "PPLC", 2_100_000, 2988507)
    b.add("Paris", 33.66, -95.56, "US", "US.TX", "PPL", 25_000, 4717560)
    b.add("Paris", 36.30, -88.33, "US", "US.TN", "PPL", 10_000, 4655812)
    b.add("Lyon", 45.75, 4.85, "FR", "FR.84", "PPL", 500_000, 2996944)
    b.demonyms["french"] = countries["FR"]
    return b.finish(countries, {}, {"FR": (), "US": ()})


@pytest.fixture(scope="session")
def parises() -> Gazetteer:
    return parises_gazetteer()


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return tiny_gazetteer()


@pytest.fixture()
def make_gazetteer():
    """The builder of the tiny gazetteer, for tests that need a fresh one."""
    return tiny_gazetteer


@pytest.fixture(scope="session")
def world():
    """A geoparser over the bundled gazetteer (loaded once for all the places tests)."""
    from eventwire.places import Geoparser, load_gazetteer
    return Geoparser(load_gazetteer())


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once."""
    from eventwire.nlp import load_pipeline
    return load_pipeline()

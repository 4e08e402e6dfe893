import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import ResourceError
from eventwire.places.outlet import (
    Outlet, Outlets, home_town, host_labels, host_regions, host_runs, host_town_names,
    outlet_country, outlet_directory, outlet_home, outlet_towns, unresolved)


def test_country_code_domains_name_the_outlets_country():
    assert outlet_country("https://www.cbc.ca/news/canada/story-1.234") == "CA"
    assert outlet_country("http://www.nlhnews.co.uk/news/a") == "GB"
    assert outlet_country("www.abc.net.au") == "AU"
    assert outlet_country("https://user@news.example.ke:8080/path?q=1") == "KE"


def test_generic_domains_tell_nothing():
    for url in ("https://www.nytimes.com/2019/a.html", "https://example.tv/a", "news.io",
                "https://example.org", "", None, "not a url at all", "http://127.0.0.1/x"):
        assert outlet_country(url) is None


@given(st.text(max_size=60))
def test_any_string_gives_a_two_letter_code_or_none(url):
    got = outlet_country(url)
    assert got is None or (len(got) == 2 and got.isupper() and got.isalpha())


def test_host_labels_keep_the_outlets_name_only():
    assert host_labels("https://www.richmond-register.com/news/x") == ("richmond", "register")
    assert host_labels("http://chronicle.augusta.com/a") == ("chronicle", "augusta")
    assert host_labels("www.nlhnews.co.uk") == ("nlhnews",)
    assert host_labels(None) == host_labels("") == ()


def test_masthead_words_are_not_towns():
    names = host_town_names("https://www.athensreview.com/")
    assert names[0] == "athensreview" and "athens" in names
    assert "review" not in names and "mercury" not in host_town_names("www.mercurynews.com")
    assert all(len(n) >= 5 for n in host_town_names("www.alextimes.com"))


def test_outlet_towns_are_in_the_country_with_most_towns_of_the_name(parises, gaz):
    def names(g, url):
        return sorted((g.name[i], g.admin1[i]) for i in outlet_towns(g, url))
    assert names(parises, "http://theparisnews.com/story") == [("Paris", "US.TN"),
                                                                ("Paris", "US.TX")]
    assert names(parises, "https://www.leparisien.fr/") == [("Paris", "FR.11")]
    assert names(gaz, "http://theparisnews.com/") == [("Paris", "FR.11"), ("Paris", "US.TX")]
    assert names(gaz, "http://www.springfield-news.com") == [("Springfield", "US.IL"),
                                                              ("Springfield", "US.MO")]
    assert names(gaz, "https://www.nytimes.com/") == names(gaz, None) == []


def test_short_link_domains_are_not_countries():
    assert outlet_country("http://nyti.ms/2hMoVo8") is None      # .ms: Montserrat, in name only


def test_the_directory_finds_an_outlet_by_its_domain_or_a_parent_domain():
    outlets = Outlets([Outlet("paris-news.com", "US", "Paris", "Texas"),
                       Outlet("news.example.fr", "FR"), Outlet("example.fr", None)])
    assert outlets.find("https://www.paris-news.com/a").town == "Paris"
    assert outlets.find("http://m.news.example.fr/x").country == "FR"       # the longest
    assert outlets.find("example.fr").country is None
    assert outlets.find("https://other-paris-news.com/") is None
    assert outlets.find(None) is None and outlets.find("") is None


def test_a_users_table_is_read_and_wins_over_the_bundled_one(tmp_path):
    table = tmp_path / "outlets.tsv"
    table.write_text("# mine\nlfpress.com\tCA\tLondon\tOntario\nnytimes.com\n"
                     "local.example\tUS\tParis\tTexas\n", encoding="utf-8")
    merged = outlet_directory(table)
    assert len(merged) == len(Outlets.read()) + 1
    assert merged.find("nytimes.com").country is None                      # overridden
    assert merged.find("www.local.example").town == "Paris"


@pytest.mark.parametrize("row", ["nodot\tUS", "a.com\tUSA", "a.com\tUS\tParis",
                                 "a.com\tUS\t\tTexas"])
def test_bad_rows_are_refused_with_the_row_and_the_format(tmp_path, row):
    table = tmp_path / "outlets.tsv"
    table.write_text(row + "\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="bad outlet row.*want domain"):
        Outlets.read(table)
    with pytest.raises(ResourceError, match="cannot read"):
        Outlets.read(tmp_path / "missing.tsv")


def test_a_listed_outlet_gives_its_country_and_home_town(gaz):
    outlets = Outlets([Outlet("thepost.com", "US", "Paris", "Texas"),
                       Outlet("worldwire.fr", None), Outlet("national.com", "US")])
    home = outlet_home(gaz, outlets, "https://www.thepost.com/a")
    assert home.country == "US" and [gaz.admin1[i] for i in home.towns] == ["US.TX"]
    assert outlet_home(gaz, outlets, "worldwire.fr").country is None    # not its ccTLD
    assert outlet_home(gaz, outlets, "national.com").towns == ()
    # Unlisted: the domain and host tell what they can.
    assert outlet_home(gaz, outlets, "leparisien.fr").country == "FR"


def test_a_town_the_gazetteer_lacks_leaves_the_country_only(gaz):
    lost = Outlet("x.com", "US", "Atlantis", "Texas")
    assert home_town(gaz, lost) is None and unresolved(gaz, Outlets([lost])) == [lost]
    assert outlet_home(gaz, Outlets([lost]), "x.com").country == "US"


def test_every_bundled_outlet_is_well_formed_and_its_town_known():
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    outlets = Outlets.read()
    assert len(outlets) > 250 and unresolved(gaz, outlets) == []
    london = home_town(gaz, outlets.find("www.lfpress.com"))
    assert (gaz.name[london], gaz.admin1_name(gaz.admin1[london])) == ("London", "Ontario")
    assert all(o.country is None or len(o.country) == 2 for o in outlets.by_domain.values())


def _hosts_gazetteer():
    """Countries, a state and namesake towns, as unlisted outlets' hosts may name them."""
    from eventwire.places.build import _Builder
    b = _Builder()
    countries = {cc: b.add(name, lat, lon, cc, "", "PCLI", pop, 0) for cc, name, lat, lon, pop
                 in (("MT", "Malta", 35.9, 14.4, 500_000), ("BR", "Brazil", -10.0, -55.0,
                     210_000_000), ("NG", "Nigeria", 10.0, 8.0, 200_000_000),
                     ("US", "United States", 39.8, -98.5, 327_000_000))}
    texas = b.add("Texas", 31.25, -99.25, "US", "US.TX", "ADM1", 25_000_000, 0)
    tiny = b.add("Flores", 14.0, -89.0, "US", "US.ZZ", "ADM1", 9_000, 0)
    b.add("Malta", -6.9, -37.5, "BR", "BR.17", "PPL", 11_000, 0)
    b.add("Texas", 20.0, -99.2, "MX", "MX.13", "PPL", 6_000, 0)
    b.add("Flores", -34.0, -56.0, "US", "US.TX", "PPL", 8_000, 0)
    b.add("Austin", 30.27, -97.74, "US", "US.TX", "PPL", 950_000, 0)
    b.demonyms["nigerian"] = countries["NG"]
    return b.finish(countries, {"US.TX": texas, "US.ZZ": tiny}, {})


@pytest.mark.parametrize("url, country", [
    ("https://timesofmalta.com/articles/view/x", "MT"),
    ("http://www.maltatoday.com.mt/news", "MT"),
    ("nigerianewsdaily.com", "NG"),
    ("https://www.brazilreports.com/a", "BR"),
])
def test_a_host_naming_a_country_gives_the_country_not_a_town(url, country):
    gaz = _hosts_gazetteer()
    home = outlet_home(gaz, Outlets(), url)
    assert (home.country, home.towns) == (country, ())


def test_a_host_naming_a_region_gives_the_region_and_its_namesakes_as_home():
    gaz = _hosts_gazetteer()
    home = outlet_home(gaz, Outlets(), "https://www.texastribune.org/2020/x")
    assert home.country == "US"                       # not the small Texas in Mexico
    assert [gaz.feature[i] for i in home.towns] == ["ADM1"]
    # A small region's name is a chance substring: its namesake town is the home.
    small = outlet_home(gaz, Outlets(), "https://floresnews.com/")
    assert [gaz.feature[i] for i in small.towns] == ["PPL"] and small.country is None
    # The domain's country settles a name two countries share.
    assert outlet_home(gaz, Outlets(), "texasreport.mx").towns == tuple(
        i for i in gaz.lookup("Texas") if gaz.country[i] == "MX")
    # A town named first by a longer substring still wins: "austin", not a state.
    assert [gaz.name[i] for i in outlet_home(gaz, Outlets(), "austinnews.com").towns] == [
        "Austin"]


def test_a_listed_outlet_keeps_the_directorys_word_over_its_host():
    gaz = _hosts_gazetteer()
    listed = Outlets([Outlet("timesofmalta.com", None)])
    assert outlet_home(gaz, listed, "https://timesofmalta.com/a").country is None


def test_a_host_writing_a_country_of_two_words_as_one_gives_that_country():
    from eventwire.places.build import _Builder
    b = _Builder()
    countries = {"NZ": b.add("New Zealand", -41.0, 174.0, "NZ", "", "PCLI", 5_000_000, 0),
                 "DK": b.add("Denmark", 56.0, 10.0, "DK", "", "PCLI", 5_800_000, 0)}
    zealand = b.add("Zealand", 55.5, 11.7, "DK", "DK.85", "ADM1", 830_000, 0)
    gaz = b.finish(countries, {"DK.85": zealand}, {})
    home = outlet_home(gaz, Outlets(), "https://www.newzealandnews.net/crime")
    assert (home.country, home.towns) == ("NZ", ())
    # the region's own host still names the region
    assert outlet_home(gaz, Outlets(), "zealandtimes.com").towns == (zealand,)


def test_host_runs_are_whole_hyphenated_words():
    assert host_runs("https://ouham-pende-echo.example/x") == ("ouham-pende-echo",
                                                              "ouham-pende", "pende-echo")
    assert host_runs("https://www.texastribune.org/") == ()
    assert host_runs(None) == ()


def test_host_regions_are_first_level_regions_of_any_size_named_by_whole_words(world):
    gaz = world.gazetteer       # the bundled one: Kenya's counties
    names = {gaz.name[i] for i in host_regions(gaz, "https://trans-nzoia-times.example/x")}
    assert names == {"Trans Nzoia"}
    # one word of a region's name, or the words run together, name none
    assert host_regions(gaz, "https://nzoia-times.example/x") == ()
    assert host_regions(gaz, "https://transnzoia-times.example/x") == ()
    # a country-code domain of another country: none
    assert host_regions(gaz, "https://trans-nzoia-times.co.uk/x") == ()

from hypothesis import given
from hypothesis import strategies as st

from eventwire.places.outlet import host_labels, host_town_names, outlet_country, outlet_towns


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

from hypothesis import given
from hypothesis import strategies as st

from eventwire.places.outlet import outlet_country


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

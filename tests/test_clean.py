"""The clean stage on articles written for these tests (and the founding example, if present)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import clean, lay_out, to_paragraphs
from eventwire.errors import DocumentError
from eventwire.records import RawDocument, document_id

ARTICLE = """\
Your browser is not supported. For an optimal experience use another browser.

Floods sweep through river towns as dam gives way

Residents fled to higher ground as water swept through three towns overnight.
Share this article
/ Source: Example Wire

Published Aug. 2, 2021

MOPTI, Mali (Example Wire) — Floodwater swept through three towns  along the Niger river
on Sunday after an earth dam gave way, killing at least nine people, officials said.

Image: Residents wade through a flooded street
Residents carry belongings through a flooded street in Mopti.Example Wire / AFP - Getty Images File

The regional governor said\tmore than 2,000 homes had been destroyed.
Sign up for our daily newsletter
"""


def raw(content, kind="text", **kw):
    return RawDocument(kw.pop("source", "mem.txt"), content, kind, **kw)


def test_text_article_is_cleaned():
    doc = clean(raw(ARTICLE))
    assert doc.title == "Floods sweep through river towns as dam gives way"
    assert doc.dateline == "MOPTI"
    assert doc.published == date(2021, 8, 2) and doc.published_from == "text"
    assert doc.text == (
        "Floodwater swept through three towns along the Niger river on Sunday after an earth "
        "dam gave way, killing at least nine people, officials said.\n\n"
        "The regional governor said more than 2,000 homes had been destroyed.")
    assert doc.id == document_id(doc.text) and doc.source == "mem.txt"


def test_paragraphs_and_whitespace():
    text = "First  para\u00a0one.\r\nStill\u200b one.\r\n\r\n\r\nCafe\u0301 two.\u2028Line."
    assert to_paragraphs(text) == ["First para one.", "Still one.", "Café two.", "Line."]


def test_hard_wrapped_lines_are_joined_but_headlines_are_not():
    wrapped = ("Rebels shelled a camp outside the city on Sunday, killing four people\n"
               "and wounding a dozen others, aid workers in the region said late on\n"
               "Monday.\n"
               "A second paragraph follows here.")
    assert to_paragraphs(wrapped) == [
        ("Rebels shelled a camp outside the city on Sunday, killing four people and wounding "
         "a dozen others, aid workers in the region said late on Monday."),
        "A second paragraph follows here."]
    assert to_paragraphs("Rebels shell camp outside city of Goma\nPublished May 2, 2022") == [
        "Rebels shell camp outside city of Goma", "Published May 2, 2022"]
    headline = "Rebels shell a crowded displacement camp outside the eastern city of Goma"
    doc = clean(raw(f"{headline}\nGOMA, Congo — Four people were killed, aid workers said."))
    assert (doc.title, doc.dateline) == (headline, "GOMA")


def test_headline_is_kept_out_of_the_text():
    layout = lay_out(["Rebels shell camp near Goma", "Four people were killed, aid workers said."])
    assert layout.title == "Rebels shell camp near Goma"
    assert layout.paragraphs == ("Four people were killed, aid workers said.",)
    alone = lay_out(["Four people were killed, aid workers said."])
    assert alone.title is None
    assert alone.paragraphs == ("Four people were killed, aid workers said.",)
    known = lay_out(["Rebels shell camp near Goma", "Four were killed."],
                    title="Rebels shell camp near Goma")
    assert known.paragraphs == ("Four were killed.",)


def test_a_dateline_deep_in_the_story_is_not_the_dateline():
    story = ["Four people were killed in the shelling, aid workers said on Monday. " * 4] * 3
    story.append("GOMA — A quoted wire report opens here.")
    layout = lay_out(list(story))
    assert layout.dateline is None and layout.paragraphs[-1].startswith("GOMA —")


DATED_URL = "https://x.example/2018/03/04/a"


@pytest.mark.parametrize("option, record, url, expected", [
    (date(2020, 1, 1), date(2019, 1, 1), DATED_URL, (date(2019, 1, 1), "record")),
    (None, date(2019, 1, 1), DATED_URL, (date(2019, 1, 1), "record")),
    (date(2020, 1, 1), None, DATED_URL, (date(2018, 3, 4), "url")),
    (None, None, "https://x.example/a", (date(2021, 8, 2), "text")),
])
def test_publication_precedence_for_text(option, record, url, expected):
    doc = clean(raw(ARTICLE, url=url, published=record), published=option)
    assert (doc.published, doc.published_from) == expected


def test_the_published_option_is_a_default_and_the_crawl_date_a_bound():
    undated = "Four people were killed in the shelling, aid workers said."
    option = clean(raw(undated, crawled=date(2020, 5, 1)), published=date(2020, 4, 1))
    assert (option.published, option.published_from) == (date(2020, 4, 1), "option")
    crawled = clean(raw(undated, crawled=date(2020, 5, 1)))
    assert (crawled.published, crawled.published_from) == (date(2020, 5, 1), "crawled")
    after = clean(raw(undated, url="https://x.example/2020/06/01/a", crawled=date(2020, 5, 1)))
    assert (after.published, after.published_from) == (date(2020, 5, 1), "crawled")


WIRE = """Taliban attack police post in north

KUNDUZ, Nov. 17 (Reuters) - Taliban fighters attacked a police post on Monday, killing four
officers, officials said.

The district had been quiet since a truce, residents said."""


def test_a_datelines_day_is_the_publication_date_when_nothing_better_is_given():
    crawled = clean(raw(WIRE, crawled=date(2015, 11, 20)))
    assert (crawled.published, crawled.published_from) == (date(2015, 11, 17), "dateline")
    assert crawled.dateline == "KUNDUZ" and crawled.text.startswith("Taliban fighters")
    # a day after the crawl is last year's
    assert clean(raw(WIRE, crawled=date(2015, 11, 10))).published == date(2014, 11, 17)
    # with no crawl and no year, no date: eventwire never anchors on today's date
    assert clean(raw(WIRE)).published is None
    # a year written is kept
    dated = clean(raw(WIRE.replace("Nov. 17 (Reuters)", "Nov. 17, 2015 (Reuters)")))
    assert (dated.published, dated.published_from) == (date(2015, 11, 17), "dateline")


def test_a_better_date_wins_over_the_datelines():
    assert clean(raw(WIRE), published=date(2015, 11, 18)).published_from == "option"
    assert clean(raw(WIRE, published=date(2015, 11, 16))).published_from == "record"
    stated = clean(raw(WIRE.replace("\n\nKUNDUZ", "\n\nPublished Nov. 16, 2015\n\nKUNDUZ")))
    assert (stated.published, stated.published_from) == (date(2015, 11, 16), "text")
    url = clean(raw(WIRE, url="https://x.example/2015/11/18/taliban"))
    assert (url.published, url.published_from) == (date(2015, 11, 18), "url")


@pytest.mark.parametrize("text", [
    # a date in the headline is the event's, not the publication's
    "March 3 bombing: death toll rises to 40\n\nKABUL (Reuters) - The toll rose on Friday.",
    # a dateline with a day quoted deep in the story is an older report's
    "Police reopened the case on Friday.\n\nThe inquiry was delayed twice.\n\n"
    "Witnesses were heard again.\n\nThe court sat late.\n\nLawyers objected.\n\n"
    "An old report read: KABUL, March 3 (Reuters) - A bomb exploded.",
    "Police reopened the case on Friday.\n\nThe inquiry was delayed twice.\n\n"
    "Witnesses were heard again.\n\nThe court sat late.\n\nLawyers objected.\n\n"
    "KABUL, March 3 (Reuters) - A bomb exploded, as the first report said.",
    # a weekday is no day of the year
    "KABUL, Monday (Reuters) - A bomb exploded in the market, police said.",
])
def test_dates_that_are_not_a_datelines_day_give_no_publication_date(text):
    doc = clean(raw(text))
    assert doc.published_from != "dateline"


def test_no_date_means_none_never_today():
    doc = clean(raw("Four people were killed in the shelling, aid workers said."))
    assert doc.published is None and doc.published_from is None


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Dam collapse floods river towns | Example Wire</title>
<meta property="og:title" content="Dam collapse floods river towns">
<meta property="article:published_time" content="2021-08-02T10:00:00Z">
<link rel="canonical" href="https://news.example.org/africa/2021/08/01/mopti-floods">
</head><body>
<nav><a href="/">Home</a> | <a href="/africa">Africa</a> | <a href="/subscribe">Subscribe</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>Dam collapse floods river towns</h1>
<p>MOPTI, Mali — Floodwater swept through three towns along the Niger river on Sunday after an
earth dam gave way, killing at least nine people and forcing thousands from their homes.</p>
<p>The regional governor said more than 2,000 homes had been destroyed and that rescue teams
were still searching for people reported missing in the worst-hit town.</p>
<p>Aid groups said clean water was the most urgent need, with wells flooded across the area
and the main road to the regional capital cut in two places.</p>
</article>
<footer>© 2021 Example Wire. All rights reserved.</footer>
</body></html>"""


def test_html_page():
    doc = clean(raw(PAGE, "html", source="page.html"))
    assert doc.title == "Dam collapse floods river towns"
    assert doc.dateline == "MOPTI"
    assert doc.url == "https://news.example.org/africa/2021/08/01/mopti-floods"
    assert (doc.published, doc.published_from) == (date(2021, 8, 2), "metadata")
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("Floodwater swept")
    for junk in ("cookies", "Subscribe", "©", "Home", "MOPTI"):
        assert junk not in doc.text


def test_html_dates_fall_back_to_the_url_then_none():
    page = PAGE.replace('<meta property="article:published_time" content="2021-08-02T10:00:00Z">',
                        "").replace('<link rel="canonical" href="https://news.example.org/africa/'
                                    '2021/08/01/mopti-floods">', "")
    doc = clean(raw(page, "html", url="https://news.example.org/2021/08/01/mopti"))
    assert (doc.published, doc.published_from) == (date(2021, 8, 1), "url")
    undated = clean(raw(page, "html"))
    assert undated.published is None and undated.url is None


def test_a_url_alone_is_never_fetched(monkeypatch):
    """HTML content that looks like a URL is read as (tiny) text, never downloaded."""
    import socket

    import htmldate.utils
    import trafilatura.downloads
    calls = []

    def record(*args, **kwargs):
        calls.append(args)
        raise OSError("no network in tests")
    monkeypatch.setattr(socket.socket, "connect", record)
    monkeypatch.setattr(htmldate.utils, "fetch_url", record)
    monkeypatch.setattr(trafilatura.downloads, "fetch_url", record)
    try:
        doc = clean(raw("https://news.example.org/2021/08/01/mopti", "html"))
    except DocumentError:
        doc = None
    assert calls == []
    assert doc is None or "example.org" in doc.text


@pytest.mark.parametrize("broken", [
    "<html><body><p>Rebels shelled the camp on Sunday, aid workers said.<div><b>Four died",
    "<<<>>><p><<p>>Rebels shelled the camp on Sunday</p></</",
    "<html><body><script>var x = '<p>';</script><p>Rebels shelled the camp.</p>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>Rebels shelled the camp.</p></body>",
])
def test_broken_html_does_not_crash(broken):
    try:
        doc = clean(raw(broken, "html"))
    except DocumentError as exc:
        assert exc.stage == "clean"
    else:
        assert "Rebels shelled the camp" in doc.text and "<" not in doc.text


def test_crude_fallback_when_trafilatura_fails(monkeypatch):
    import trafilatura

    def boom(*args, **kwargs):
        raise RuntimeError("extractor broke")
    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    doc = clean(raw(PAGE, "html"))
    assert doc.text.startswith("Floodwater swept") and "<p>" not in doc.text
    assert len(doc.text.split("\n\n")) == 3 and "\n" not in doc.text.replace("\n\n", "")
    assert "Home" not in doc.text and doc.title == "Dam collapse floods river towns | Example Wire"


@pytest.mark.parametrize("content, kind", [
    ("Share this article\n\nAdvertisement\n", "text"),
    ("   \n\n", "text"),
    ("<html><body><nav>Home</nav></body></html>", "html"),
])
def test_nothing_left_is_a_document_error(content, kind):
    with pytest.raises(DocumentError) as info:
        clean(raw(content, kind, source="feed.jsonl", line=7))
    err = info.value
    assert (err.source, err.line, err.stage) == ("feed.jsonl", 7, "clean")
    assert "feed.jsonl:7" in str(err)


LINES = st.sampled_from([
    "", " ", "Share this article", "GOMA (AP) — Rebels shelled a camp.", "Published May 2, 2022",
    "Rebels shell camp near Goma", "Four people were killed,\tofficials\u00a0said.",
    "and wounded a dozen others who were taken to hospital in the city of Goma by",
    "Cafe\u0301 owners fled.\r", "\x00\x07", "Image: Smoke over the camp", "* * *"])


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, max_size=12).map("\n".join))
def test_clean_text_is_always_tidy(content):
    try:
        doc = clean(raw(content))
    except DocumentError as exc:
        assert exc.stage == "clean"
        return
    assert doc.id == document_id(doc.text) and doc.text == doc.text.strip()
    for paragraph in doc.text.split("\n\n"):
        assert paragraph and "\n" not in paragraph and "  " not in paragraph
        assert paragraph == paragraph.strip() and not any(c in paragraph for c in "\x00\x07\t\r")
    assert "\u0301" not in doc.text and "Share this article" not in doc.text


def test_record_metadata_is_carried():
    doc = clean(raw("Four people were killed in the shelling, aid workers said.", line=3,
                    url="https://x.example/a", title="Shelling", outlet="Example Wire"))
    assert (doc.line, doc.url, doc.title, doc.outlet) == (3, "https://x.example/a", "Shelling",
                                                           "Example Wire")


def test_plain_text_never_loads_the_html_libraries():
    code = ("import sys; from eventwire.clean import clean; from eventwire.records import "
            "RawDocument as R; clean(R('m', 'MOPTI — Floods hit.\\n\\nMore rain fell.', 'text'));"
            "print(sorted(m for m in ('trafilatura', 'htmldate', 'lxml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.shared
def test_founding_example(shared):
    path = shared / "seed" / "000_b4b382c6af93ebdd.txt"
    doc = clean(RawDocument(str(path), path.read_text(encoding="utf-8"), "text"))
    assert doc.dateline == "BEIRUT"
    assert doc.title and "Raqqa" in doc.title
    for cruft in ("IE 11", "browser", "video has expired", "Source: Associated Press",
                  "Image:", "Getty Images", "BEIRUT"):
        assert cruft not in doc.text
    paragraphs = doc.text.split("\n\n")
    # the body starts where the dateline paragraph went on, and the standfirst above is gone
    raw = path.read_text(encoding="utf-8")
    body_start = raw[raw.index("BEIRUT —") + len("BEIRUT —"):].lstrip()[:60]
    assert paragraphs[0].startswith(body_start)
    assert sum(p.startswith(body_start[:30]) for p in paragraphs) == 1
    assert paragraphs[-1].endswith("for the group.") and len(paragraphs) >= 10
    assert doc.published is None
    assert clean(RawDocument(str(path), path.read_text(encoding="utf-8"), "text"),
                 published=date(2015, 11, 17)).published_from == "option"


def test_invisible_characters_inside_words_are_removed():
    raw = "Gunmen killed 12 people in Ka\u200ebul\ufe0f on Monday.\u200f Police said so."
    doc = clean(RawDocument("x.txt", raw, "text"))
    assert doc.text == "Gunmen killed 12 people in Kabul on Monday. Police said so."


def test_a_lone_surrogate_in_text_given_directly_is_replaced():
    doc = clean(RawDocument("x.txt", "Rebels shelled Goma \ud800 on Sunday.", "text"))
    assert doc.text == "Rebels shelled Goma \ufffd on Sunday."


def test_a_document_over_the_size_cap_is_a_failure_saying_so(monkeypatch):
    import eventwire.clean as clean_module
    monkeypatch.setattr(clean_module, "MAX_DOCUMENT_CHARS", 100)
    with pytest.raises(DocumentError, match="more than the 100 one document may have") as e:
        clean(RawDocument("big.txt", "Rebels shelled Goma on Sunday. " * 10, "text"))
    assert e.value.stage == "clean"


def test_many_hard_wrapped_lines_join_in_linear_time():
    import time
    line = "Rebels shelled the camp outside the city on Sunday and then they left the\n"
    times = []
    for n in (2000, 8000):
        t0 = time.perf_counter()
        doc = clean(RawDocument("x.txt", line * n, "text"))
        times.append(time.perf_counter() - t0)
        assert doc.text.count("\n") == 0
    assert times[1] / max(times[0], 1e-4) < 4 * 2.5     # 4x the input: linear, not 16x


def test_terminal_escape_sequences_are_removed_whole():
    """Colour codes and window-title sequences pasted from a terminal show nothing: removed
    whole, they no longer leave '[31m' inside a sentence. A lone ESC is a space as any control
    character is, and the same characters without ESC are text."""
    from eventwire.clean import normalize
    text = ("Gunmen killed 5 people in Kabul\x1b[1;31m on Monday.\x1b[0m\x1b]0;title\x07 "
            "Police\x9b2J arrested 3 in Herat.\x1b]8;;http://x\x1b\\ [31m stays \x1b here.")
    assert normalize(text) == ("Gunmen killed 5 people in Kabul on Monday. Police arrested 3 "
                               "in Herat. [31m stays here.")
    unended = "\x1b]0;" + "no end " * 100_000
    assert normalize(unended).count("no end") == 100_000     # no end in sight: text kept

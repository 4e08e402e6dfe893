"""Feeds: RSS 2.0, RSS 1.0 and Atom items become documents; hostile feeds fail safely."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.read.feeds import (
    MAX_ITEM_CHARS, html_to_text, looks_like_feed, parse_feed, read_feed,
)
from eventwire.records import Failure, RawDocument

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Valley Courier</title>
  <atom:link href="https://courier.example/feed.rss" rel="self"/>
  <link>https://courier.example/</link>
  <item>
    <title>Floods cut the river road</title>
    <link>https://courier.example/2021/03/04/floods</link>
    <pubDate>Thu, 04 Mar 2021 09:30:00 GMT</pubDate>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>Floods cut the river road on Wednesday.</p>
      <p>Two villages were &nbsp;cut off, officials said.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Market fire &amp; smoke</title>
    <guid isPermaLink="true">https://courier.example/fire</guid>
    <dc:date>2021-03-05T08:00:00Z</dc:date>
    <description>&lt;p&gt;A fire destroyed &lt;b&gt;forty&lt;/b&gt; stalls.&lt;/p&gt;&lt;p&gt;No one was hurt.&lt;/p&gt;</description>
  </item>
</channel>
</rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Hill Radio</title>
  <link href="https://radio.example/"/>
  <entry>
    <title>Bridge reopens</title>
    <link rel="self" href="https://radio.example/api/1"/>
    <link rel="alternate" href="/news/bridge-reopens"/>
    <updated>2022-06-02T10:00:00Z</updated>
    <published>2022-06-01T10:00:00Z</published>
    <summary type="text">The bridge reopened &lt;today&gt;.</summary>
  </entry>
  <entry>
    <title>Storm warning</title>
    <link href="https://radio.example/news/storm"/>
    <updated>2022-06-03T10:00:00+02:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A storm is due.</p><p>Schools close early.</p></div></content>
  </entry>
  <entry>
    <title>Escaped html</title>
    <link href="https://radio.example/news/esc"/>
    <content type="html">&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content>
  </entry>
</feed>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Times</title><link>https://old.example/</link></channel>
  <item rdf:about="https://old.example/a"><title>Dam breaks</title><link>https://old.example/a</link>
    <description>The dam broke at dawn.</description><dc:date>2004-07-09</dc:date></item>
</rdf:RDF>"""


def parse(data, url=None):
    return list(parse_feed(data, source="feed.xml", url=url))


def test_rss_items_are_documents_with_title_link_date_and_clean_text():
    first, second = parse(RSS)
    assert isinstance(first, RawDocument) and first.kind == "text"
    assert first.title == "Floods cut the river road"
    assert first.url == "https://courier.example/2021/03/04/floods"
    assert first.published == date(2021, 3, 4)
    assert first.content == ("Floods cut the river road on Wednesday.\n\n"
                             "Two villages were cut off, officials said.")
    assert first.outlet == "The Valley Courier" and first.source == "feed.xml"
    assert second.title == "Market fire & smoke" and second.url == "https://courier.example/fire"
    assert second.content == "A fire destroyed forty stalls.\n\nNo one was hurt."
    assert second.published == date(2021, 3, 5)
    assert first.line < second.line           # each item named by its line in the feed


def test_atom_entries_read_published_before_updated_and_resolve_links():
    bridge, storm, escaped = parse(ATOM, url="https://radio.example/feeds/all.atom")
    assert bridge.url == "https://radio.example/news/bridge-reopens"
    assert bridge.published == date(2022, 6, 1)
    assert bridge.content == "The bridge reopened <today>."      # type="text" is not HTML
    assert storm.published == date(2022, 6, 3)
    assert storm.content == "A storm is due.\n\nSchools close early."
    assert escaped.content == "First.\n\nSecond."
    assert bridge.outlet == "Hill Radio"


def test_rss1_rdf_items():
    (doc,) = parse(RSS1)
    assert (doc.title, doc.url, doc.published, doc.content) == (
        "Dam breaks", "https://old.example/a", date(2004, 7, 9), "The dam broke at dawn.")


def test_summary_only_and_full_content_are_told_apart():
    feed = read_feed(RSS)
    assert [i.full for i in feed.items] == [True, False]


def test_item_without_text_fails_naming_its_link():
    data = RSS.replace(b"<description>Short summary only.</description>", b"").replace(
        b"<content:encoded>", b"<x>").replace(b"</content:encoded>", b"</x>")
    first, second = parse(data)
    assert isinstance(first, Failure) and "no text" in first.message
    assert "courier.example/2021/03/04/floods" in first.message and first.line is not None
    assert isinstance(second, RawDocument)


def test_bad_pubdate_leaves_the_date_unknown():
    (doc, _) = parse(RSS.replace(b"Thu, 04 Mar 2021 09:30:00 GMT", b"sometime soon"))
    assert doc.published is None


@pytest.mark.parametrize("head", [RSS[:300], ATOM[:200], RSS1[:200]])
def test_feeds_are_sniffed(head):
    assert looks_like_feed(head)


@pytest.mark.parametrize("head", [
    b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>",
    b"<!DOCTYPE html><html><body><p>rss feed</p></body></html>",
    b"<feed><entry>not atom: no namespace</entry></feed>",
    b'{"text": "a rss item"}'])
def test_other_xml_and_pages_are_not_feeds(head):
    assert not looks_like_feed(head)


# ------------------------------------------------------------------------- hostile feeds

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title>
<description>&lol9;</description></item></channel></rss>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>x</title><description>&secret;</description></item>
</channel></rss>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">
<rss version="2.0"><channel><item><title>x</title><description>Quiet day.</description></item>
</channel></rss>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL])
def test_declared_entities_refuse_the_feed_as_one_failure(data):
    (failure,) = parse(data)
    assert isinstance(failure, Failure) and failure.line is None
    assert "entities" in failure.message and "lol" not in failure.message


def test_an_external_dtd_is_never_fetched():
    (doc,) = parse(EXTERNAL_DTD)               # port 9 would refuse; nothing is even tried
    assert doc.content == "Quiet day."


@pytest.mark.parametrize("data", [
    RSS[:-40],                                          # cut off
    RSS.replace(b"</title>", b"", 1),                  # unclosed element
    b"<rss><channel><item><title>A & B</title></itm></channel></rss>",   # & forgiven, not this
    b"<rss><channel><item>&undefinedname;</item></channel></rss>",
    b"\x00\x01binary", b""])
def test_broken_xml_is_one_failure(data):
    (failure,) = parse(data)
    assert isinstance(failure, Failure) and "broken XML" in failure.message


def test_a_huge_item_fails_alone():
    big = b"word " * (MAX_ITEM_CHARS // 5 + 10)
    data = RSS.replace(b"Short summary only.", b"x").replace(
        b"<p>Floods cut the river road on Wednesday.</p>", b"<p>" + big + b"</p>")
    first, second = parse(data)
    assert isinstance(first, Failure) and "more than" in first.message
    assert isinstance(second, RawDocument)


def test_deeply_nested_html_in_an_item_does_not_crash():
    for tag in ("div", "b"):
        nested = f"<{tag}>" * 5000 + "Deep text." + f"</{tag}>" * 5000
        assert html_to_text(nested) == "Deep text."


def test_not_a_feed_root_is_one_failure():
    (failure,) = parse(b"<?xml version='1.0'?><catalog><item>x</item></catalog>")
    assert "not an RSS or Atom feed" in failure.message


def test_empty_channel_is_one_failure():
    (failure,) = parse(b"<rss version='2.0'><channel><title>t</title></channel></rss>")
    assert "no items" in failure.message


@pytest.mark.parametrize("markup, text", [
    ("Plain &amp; simple", "Plain & simple"),
    ("<p>One</p><p>Two<br>Three</p>", "One\n\nTwo\n\nThree"),
    ("Lead <i>in</i> line<style>p{}</style>", "Lead in line"),
    ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
    ("", ""),
    # escaped twice by the feed: its markup shows after one unescaping
    ("&lt;p&gt;Police fired tear gas.&lt;/p&gt;&lt;p&gt;Two hurt.&lt;/p&gt;",
     "Police fired tear gas.\n\nTwo hurt."),
    ("Turnout &lt; 40% &amp; falling", "Turnout < 40% & falling"),
    ("Tags like &lt;b&gt; explained", "Tags like <b> explained"),   # no element: text
])
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text


def test_titles_holding_markup_or_entities_are_plain_text():
    feed = b"""<rss version="2.0"><channel><title>W</title>
      <item><title>Air strike hits &lt;b&gt;Idlib&lt;/b&gt; village</title><description>A.</description></item>
      <item><title>Police&amp;#8217;s raid in &lt;i&gt;Kano&lt;/i&gt;</title><description>B.</description></item>
      <item><title>Turnout &lt; 40% as polls close</title><description>C.</description></item>
      <item><title>AT&amp;T outage hits 911 calls</title><description>D.</description></item>
    </channel></rss>"""
    assert [d.title for d in parse(feed)] == [
        "Air strike hits Idlib village", "Police\u2019s raid in Kano",
        "Turnout < 40% as polls close", "AT&T outage hits 911 calls"]
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>H</title>
      <entry><title type="html">Clashes in &lt;em&gt;Tripoli&lt;/em&gt;</title><summary>A.</summary></entry>
      <entry><title type="text">Tags like &lt;b&gt; explained</title><summary>B.</summary></entry>
      <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Flood in <b>Sylhet</b></div></title><summary>C.</summary></entry>
    </feed>"""
    assert [d.title for d in parse(atom)] == [
        "Clashes in Tripoli", "Tags like <b> explained", "Flood in Sylhet"]


@pytest.mark.parametrize("lead", [b"\n\n  ", b"\xef\xbb\xbf\n", b"\r\n\t"])
def test_a_declaration_after_blank_lines_is_forgiven_and_lines_kept(lead):
    plain = parse(RSS)
    late = parse(lead + RSS)
    newlines = lead.count(b"\n")
    assert [d.title for d in late] == [d.title for d in plain]
    assert [d.line for d in late] == [d.line + newlines for d in plain]
    latin = "<?xml version='1.0' encoding='ISO-8859-1'?><rss><channel><item><title>Café</title>" \
            "<description>Fire.</description></item></channel></rss>".encode("latin-1")
    assert parse(lead.removeprefix(b"\xef\xbb\xbf") + latin)[0].title == "Café"


def test_entities_declared_after_blank_lines_are_still_refused():
    bomb = (b'\n\n<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel><item>'
            b"<title>&a;</title><description>x</description></item></channel></rss>")
    (failure,) = parse(bomb)
    assert isinstance(failure, Failure) and "entities" in failure.message


def test_bare_ampersands_are_forgiven_as_feed_readers_do():
    feed = (b"<rss><channel><title>Tom & Jerry News</title><item>"
            b"<title>Clashes in Nairobi & Mombasa</title>"
            b"<link>https://n.example/story?id=4&page=2</link>"
            b"<description>Police &amp; protesters clashed &mdash; AT&T said &#8217;no&#8217;."
            b"</description></item></channel></rss>")
    (doc,) = parse(feed)
    assert doc.title == "Clashes in Nairobi & Mombasa" and doc.outlet == "Tom & Jerry News"
    assert doc.url == "https://n.example/story?id=4&page=2"
    assert doc.content == "Police & protesters clashed \u2014 AT&T said \u2019no\u2019."
    (failure,) = parse(feed.replace(b"</item>", b"</itm>"))   # still broken: one failure
    assert isinstance(failure, Failure) and "broken XML" in failure.message


def test_an_aggregators_item_names_the_outlet_it_comes_from():
    feed = b"""<rss version="2.0"><channel><title>"floods" - Google News</title>
      <item><title>Floods cut road - Reuters</title><link>https://news.google.com/a</link>
        <description>Floods cut the road.</description>
        <source url="https://www.reuters.com">Reuters</source></item>
      <item><title>Own</title><description>Fire.</description></item>
    </channel></rss>"""
    reuters, own = parse(feed)
    assert (reuters.outlet, own.outlet) == ("Reuters", '"floods" - Google News')
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet</title>
      <entry><title>A</title><summary>Quake.</summary>
        <source><id>x</id><title>Hill Radio</title></source></entry></feed>"""
    assert parse(atom)[0].outlet == "Hill Radio"


def test_a_web_page_names_the_feeds_it_advertises():
    from eventwire.read.feeds import advertised_feeds
    page = (b"<!doctype html><html><head><title>News</title>"
            b'<link rel="stylesheet" href="/s.css">'
            b'<link rel="alternate" type="application/rss+xml" href="/feed/">'
            b"<link rel='alternate home' type='application/atom+xml' href='https://n.example/a'>"
            b'<link rel="alternate" type="application/rss+xml" href="/feed/">'
            b'<link rel="alternate" hreflang="fr" href="/fr/"></head><body>x</body></html>')
    assert advertised_feeds(page, "https://n.example/news/") == [
        "https://n.example/feed/", "https://n.example/a"]
    assert advertised_feeds(RSS, "https://n.example/") == []
    assert advertised_feeds(b"<html><body>No feed here</body></html>") == []
    assert advertised_feeds(b"\x00\x01 binary") == []

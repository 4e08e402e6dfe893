"""RSS 2.0, RSS 1.0 and Atom feeds: each item a document.

:func:`parse_feed` turns the bytes of a feed into one :class:`RawDocument` per item (title,
link, publication date, text) or a :class:`Failure` saying why an item or the feed cannot be
read. The item's text is its full content (``content:encoded``, Atom ``content``) when it has
one, else its summary (``description``, Atom ``summary``); the HTML in it becomes plain text
with one paragraph per block (:func:`html_to_text`). Each document's ``line`` is the line of
its item in the feed, so a failure names the item.

Parsing is safe on hostile feeds: no DTD is loaded, no entity is expanded and nothing is
fetched (lxml with ``resolve_entities=False``, ``no_network=True``); a feed that declares its
own entities (the "billion laughs" attack) is refused whole, as defusedxml does. HTML named
entities that feeds use without declaring them (``&nbsp;``, ``&mdash;``) are read as the
characters they name. Broken XML is one recorded failure for the feed.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from html.entities import html5
from urllib.parse import urljoin

from ..errors import DocumentError
from ..published import parse_date_value
from ..records import Failure, RawDocument

_STAGE = "read"
# An item's markup longer than this is not a news item (a dump pasted into a feed); the same
# bound as one document's clean text (clean.MAX_DOCUMENT_CHARS), checked before HTML parsing.
MAX_ITEM_CHARS = 2_000_000

ATOM = "http://www.w3.org/2005/Atom"
_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_DC = "http://purl.org/dc/elements/1.1/"
_RSS1 = "http://purl.org/rss/1.0/"
# Where each field of an item is, best first, as (namespace, local name); "" is no namespace.
_TITLE = (("", "title"), (ATOM, "title"), (_RSS1, "title"), (_DC, "title"))
_DATES = (("", "pubDate"), (ATOM, "published"), (_DC, "date"), (ATOM, "issued"))
# When an entry was last changed: at or after its publication (an edit days later moves it).
_UPDATED = ((ATOM, "updated"), (ATOM, "modified"))
_FULL = ((_CONTENT, "encoded"), (ATOM, "content"))
_SUMMARY = (("", "description"), (_RSS1, "description"), (ATOM, "summary"), (_DC, "description"))
_ITEMS = ("item", "entry")

# Sniffing: the first element of a feed, after the XML declaration, comments and a DOCTYPE.
_FEED_ROOT = re.compile(rb"<(?:rss\b|feed\b[^>]*" + re.escape(ATOM.encode()) + rb"|rdf:RDF\b)")
SNIFF_BYTES = 4096
# How much of a web page is searched for the feeds it names (its head, in all but odd pages).
_HEAD_BYTES = 200_000
# A named reference such as "&nbsp;" (XML knows only five names; feeds use HTML's).
_NAMED_REF = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_NAMES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
# An ampersand that starts no reference, which XML refuses.
_BARE_AMPERSAND = re.compile(rb"&(?!#\d+;|#x[0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9._-]*;)")
# An XML declaration after whitespace (which XML forbids).
_LATE_DECLARATION = re.compile(rb"(?P<bom>\xef\xbb\xbf)?(?P<space>\s+)(?P<decl><\?xml\b[^>]*\?>)")
# The internal subset of a DOCTYPE, where entities are declared.
_DOCTYPE = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*"
                      rb"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.DOTALL)

_TAG = re.compile(r"<[^>]*>?")
# An element's opening and closing tags ("<p>...</p>"): markup, not text that holds a "<".
_TAG_PAIR = re.compile(r"<([A-Za-z][A-Za-z0-9]*)\b[^<>]*>.*?</\1\s*>", re.DOTALL)
# Markup or an entity in a title ("<b>", "</i>", "&#8217;", "&amp;"); a bare "<" is text.
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]\w*);")
# HTML elements that hold no article text, and those that end a paragraph.
_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "object")
_BLOCKS = frozenset({"p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                     "ol", "tr", "table", "article", "section", "blockquote", "pre", "figure",
                     "figcaption", "dd", "dt", "dl", "header", "footer", "aside", "main"})


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed as written: its text is plain text (HTML already cleaned)."""

    line: int | None
    title: str | None
    url: str | None
    published: str | None          # the date as written ("Tue, 17 Nov 2015 09:30:00 GMT")
    text: str
    full: bool                     # True: the item's full content; False: only its summary
    updated: str | None = None     # when it was last changed, as written (Atom <updated>)
    outlet: str | None = None      # the outlet an aggregator took it from (RSS/Atom <source>)


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title, site link and items in document order."""

    title: str | None
    url: str | None
    items: tuple[FeedItem, ...]


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of a file are an RSS, RDF or Atom feed."""
    return bool(_FEED_ROOT.search(head[:SNIFF_BYTES]))


def parse_feed(data: bytes, *, source: str, url: str | None = None
               ) -> Iterator[RawDocument | Failure]:
    """Each item of the feed in ``data`` as a document, or a failure saying why not.

    ``source`` names the feed in documents and failures; ``url`` is where it was fetched
    from (relative item links are resolved against it). A feed that cannot be parsed at all
    is one failure.
    """
    try:
        feed = read_feed(data, url=url)
    except DocumentError as exc:
        yield Failure(source, None, _STAGE, exc.reason)
        return
    if not feed.items:
        yield Failure(source, None, _STAGE, "feed has no items: nothing to read")
    for item in feed.items:
        yield _document(source, item, feed)


def _document(source: str, item: FeedItem, feed: Feed) -> RawDocument | Failure:
    if len(item.text) > MAX_ITEM_CHARS:
        return Failure(source, item.line, _STAGE, f"feed item of {len(item.text):,} characters, "
                       f"more than the {MAX_ITEM_CHARS:,} one document may have: skipped")
    if not item.text.strip():
        return Failure(source, item.line, _STAGE, "feed item has no text (no content, "
                       "description or summary): read its page at "
                       f"{item.url or 'its link'} instead")
    published, updated = item_dates(item)
    published = published or updated                 # an update date: the best there is
    return RawDocument(source, item.text, "text", line=item.line, url=item.url,
                       title=item.title, published=published,
                       outlet=item.outlet or feed.title)


def item_dates(item: FeedItem) -> tuple[date | None, date | None]:
    """An item's publication date and its last update's, each None when not given or not a
    date."""
    return tuple(parse_date_value(v) if v else None            # type: ignore[return-value]
                 for v in (item.published, item.updated))


def advertised_feeds(data: bytes, url: str | None = None) -> list[str]:
    """The feeds a web page names in its head (``<link rel="alternate"
    type="application/rss+xml" href=...>``), resolved against ``url``; [] for anything else."""
    if looks_like_feed(data) or b"<link" not in data[:_HEAD_BYTES].lower():
        return []
    from lxml import etree, html

    try:
        root = html.fromstring(data[:_HEAD_BYTES])
    except (etree.ParserError, ValueError):
        return []
    found = root.xpath('//link[contains(concat(" ", normalize-space(@rel), " "), " alternate ")]'
                       '[@type="application/rss+xml" or @type="application/atom+xml"]/@href')
    return list(dict.fromkeys(urljoin(url or "", str(h).strip()) for h in found if h.strip()))


def read_feed(data: bytes, *, url: str | None = None) -> Feed:
    """The feed in ``data``; raises :class:`DocumentError` when it is not a readable feed."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True,
                             remove_pis=True, strip_cdata=True)
    if (m := _DOCTYPE.match(data)) and b"<!ENTITY" in m[1]:
        raise DocumentError("feed declares XML entities (<!ENTITY ...>), which eventwire "
                            "never expands (they can hold a billion copies or read local "
                            "files): remove the DOCTYPE")
    data = _numeric_entities(_declaration_first(data))
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        # A bare "&" ("Nairobi & Mombasa") is the commonest fault of hand-made feeds, and
        # feed readers forgive it; escaped, the feed is read if nothing else is wrong.
        try:
            root = etree.fromstring(_BARE_AMPERSAND.sub(b"&amp;", data), parser)
        except etree.XMLSyntaxError:
            raise DocumentError(f"broken XML, not a readable feed ({exc.msg}): check that "
                                "the file is a whole RSS or Atom feed") from None
    if _local(root.tag) not in ("rss", "feed", "RDF"):
        raise DocumentError(f"XML whose root is <{_local(root.tag)}>, not an RSS or Atom "
                            "feed: give eventwire feeds, pages, text or .jsonl")
    channel = _first(root, "channel")
    head = channel if channel is not None else root
    site = _link(head, url)
    items = tuple(_item(e, site or url) for e in root.iter() if _local(e.tag) in _ITEMS)
    return Feed(_text(_field(head, _TITLE)) or None, site, items)


def _declaration_first(data: bytes) -> bytes:
    """``data`` with an XML declaration that follows blank lines moved to the start (a
    common fault of CMS plugins that feed readers forgive; XML refuses it), the blank lines
    kept after it so that items keep their line numbers."""
    if (m := _LATE_DECLARATION.match(data)) is None:
        return data
    return (m["bom"] or b"") + m["decl"] + m["space"] + data[m.end():]


def _numeric_entities(data: bytes) -> bytes:
    """``data`` with HTML named references (``&nbsp;``) written as numeric ones (``&#160;``),
    which XML reads without a DTD; unknown names are left to fail as broken XML."""
    def numeric(m: re.Match[bytes]) -> bytes:
        name = m[1]
        chars = None if name in _XML_NAMES else html5.get(name.decode("ascii") + ";")
        return b"".join(b"&#%d;" % ord(c) for c in chars) if chars else m[0]
    return _NAMED_REF.sub(numeric, data) if b"&" in data else data


def _item(element, base: str | None) -> FeedItem:
    full = _field(element, _FULL)
    summary = _field(element, _SUMMARY)
    body = full if full is not None and _content(full).strip() else summary
    text = _content(body) if body is not None else ""
    return FeedItem(element.sourceline, _title(_field(element, _TITLE)),
                    _link(element, base), _text(_field(element, _DATES)) or None, text,
                    body is full and body is not None,
                    _text(_field(element, _UPDATED)) or None, _source(element))


def _source(element) -> str | None:
    """The outlet an aggregator's item comes from: RSS ``<source url=...>Reuters</source>``
    (Google News, Feedly, Inoreader) or Atom ``<source><title>``; None when not given."""
    source = _field(element, (("", "source"), (ATOM, "source")))
    if source is None:
        return None
    title = _field(source, ((ATOM, "title"),))
    return _title(title if title is not None else source)


def _title(element) -> str | None:
    """An item's title as plain text: titles hold escaped markup and entities as often as
    descriptions do ("Strike hits &lt;b&gt;Idlib&lt;/b&gt;", "Police&amp;#8217;s"), and the
    title is read with the text (the detector's context) and shown."""
    text = _text(element)
    kind = (element.get("type") or "").lower() if element is not None else ""
    if kind not in ("text", "text/plain", "xhtml", "application/xhtml+xml") and \
            _MARKUP.search(text):
        text = " ".join(html_to_text(text).split())
    return text or None


def _content(element) -> str:
    """Plain text of a content element: Atom ``type="text"`` as it is, anything else as HTML
    (RSS descriptions hold escaped HTML; Atom ``xhtml`` holds elements)."""
    kind = (element.get("type") or "").lower()
    if kind in ("text", "text/plain"):
        return _text(element)
    if kind in ("xhtml", "application/xhtml+xml"):
        from lxml import etree
        inner = "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in element)
        return html_to_text((element.text or "") + inner)
    return html_to_text(_text(element))


def _link(element, base: str | None) -> str | None:
    """The item's (or channel's) web address: RSS ``<link>``, Atom ``rel="alternate"``, else a
    permalink ``<guid>``; relative links resolved against ``base``."""
    href = None
    for child in element:
        name = _local(child.tag)
        if name == "link" and child.get("href") is not None:
            if child.get("rel", "alternate") == "alternate":
                href = child.get("href")
                break
        elif name == "link" and _text(child):
            href = _text(child)
            break
    if href is None:
        guid = _first(element, "guid")
        if guid is not None and guid.get("isPermaLink", "true") == "true" and \
                _text(guid).startswith(("http://", "https://")):
            href = _text(guid)
    href = href.strip() if href else None
    return urljoin(base, href) if href and base else href or None


def _field(element, names: tuple[tuple[str, str], ...]):
    """The first child with one of ``names``, in the order of ``names``."""
    children = {}
    for child in element:
        if isinstance(child.tag, str):
            children.setdefault(_qname(child.tag), child)
    return next((children[n] for n in names if n in children), None)


def _first(element, local: str):
    return next((c for c in element if isinstance(c.tag, str) and _local(c.tag) == local), None)


def _qname(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _local(tag) -> str:
    return _qname(tag)[1] if isinstance(tag, str) else ""


def _text(element) -> str:
    """The text of an element and its descendants, on one line."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, scripts and styles
    dropped, entities read; text without markup is returned with its entities read."""
    if "<" not in markup:
        plain = html_lib.unescape(markup).strip()
        # escaped twice by its feed ("&lt;p&gt;..."): the markup shows only now
        return html_to_text(plain) if _TAG_PAIR.search(plain) else plain
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        root = None
    parts: list[str] = []
    if root is not None:
        for bad in root.iter(*_DROP):
            bad.drop_tree()
        _flatten(root, parts)
    if not "".join(parts).strip():     # libxml2 drops what is nested over 255 deep: strip tags
        parts = [html_lib.unescape(_TAG.sub(" ", markup))]
    paragraphs = ("".join(parts)).split("\n\n")
    return "\n\n".join(p for p in (" ".join(q.split()) for q in paragraphs) if p)


def _flatten(element, parts: list[str]) -> None:
    """Text of ``element`` into ``parts``, with a paragraph break around each block."""
    block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
    if block:
        parts.append("\n\n")
    if isinstance(element.tag, str) and element.text:
        parts.append(element.text)
    for child in element:
        _flatten(child, parts)
    if block:
        parts.append("\n\n")
    if element.tail:
        parts.append(element.tail)

"""The clean stage: a :class:`RawDocument` becomes the clean text events are read from.

HTML goes through trafilatura (body, title) on the page string already in memory — never a URL,
so nothing is fetched. Plain text and the extracted body then share one path:

1. normalise: unicode NFC, one space inside lines, hard-wrapped lines joined, paragraphs
   separated by exactly one blank line (``"\\n\\n"``; sentences never run across them);
2. drop page cruft paragraphs (:mod:`eventwire.cruft`) and "Published ..." lines (their date
   is kept as the text's publication date);
3. find the dateline at the start of the body ("BEIRUT (AP) —"): it becomes
   :attr:`Document.dateline` ("BEIRUT", as written) and is removed from the text, and the
   short header above it (headline, standfirst) is removed too;
4. the headline: the record's or page's title, else a short first line before the body. It
   is kept OUT of the text, so the same event is not read twice (headline and lede).

Publication date precedence (:mod:`eventwire.published`): the record's ``published`` > a date
the page shows as its publication date > page metadata (htmldate; the URL's date instead when
the metadata is a UTC timestamp of that day elsewhere, ``published.day_of_url``) > the URL > a date stated in
the text > htmldate's extensive search, checked against the page > the ``published`` argument
(``--published``, a default) > the day the dateline writes ("KABUL, March 3 (Reuters) -"; its
year the latest not after the crawl, none without a crawl: ``published.dateline_date``) > the date the page
was crawled > None. A date after the crawl is impossible and passed over.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from .cruft import Dateline, is_cruft, read_dateline, split_dateline, strip_notice
from .errors import DocumentError, ResourceError
from .page_dates import metadata_time, page_date, page_language, visible_date
from .published import (
    FUTURE_SLACK, date_from_url, dated_line, dateline_date, is_stated_update, day_of_url,
)
from .records import Document, RawDocument, document_id

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A headline is one short line: calibrated on news headlines, which run 5-20 words.
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
# The dateline opens the body within the first few paragraphs (after headline, standfirst,
# cruft); one found later is part of the story (a quoted wire report) and is left alone.
HEADER_PARAGRAPHS = 5
# The header above a dateline (headline + standfirst) is dropped only when it is this short;
# a longer run of text before it is story text, kept. The founding example's standfirst is
# about 150 characters; two-sentence decks reach about 350.
MAX_HEADER_CHARS = 450
# A line at least this long that does not end a sentence is a hard-wrapped line, joined to the
# next; shorter unfinished lines are headlines, captions or list items and stay apart. Text is
# usually hard-wrapped at 65-80 characters; headlines and captions are mostly shorter.
WRAP_MIN_CHARS = 60
WRAP_MIN_FRACTION = 0.75       # ... and at least this fraction of the block's longest line

# trafilatura settings, chosen on the article-extraction dev benchmark (`eventwire eval articles`):
# favor_precision raised shingle F1 from 0.961 to 0.965 (precision 0.953 -> 0.968); tables are
# left out (cells are not sentences; it changes F1 by 0.001); comments are never the story.
# fast=True would be 1.5x faster at 0.009 lower F1.
EXTRACTION = {"include_comments": False, "include_tables": False, "favor_precision": True}

# Characters that show nothing but break words apart for matching ("Ka\u200ebul" is Kabul):
# format characters (zero-width spaces and joiners, direction marks and embeddings, word
# joiners, invisible operators, the BOM, interlinear annotation, tags), variation selectors,
# the soft hyphen and the combining grapheme joiner. Removed before any stage reads the text,
# so every span points into the clean text without them.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
# A UTF-16 surrogate alone is not a character: JSON can spell one ("\\ud800") and file names
# carry them (undecodable bytes), but no UTF-8 writer accepts them. Replaced by U+FFFD.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The most clean text one document may have. The longest news reports (long-form features,
# transcripts) run to about 200,000 characters; ten times that admits any article while bounding
# the time and memory one document can take (about 40 s at 2 s per 100 KB). A longer document
# is recorded as a failure saying so.
MAX_DOCUMENT_CHARS = 2_000_000
# Terminal escape sequences pasted with text (colours, cursor moves, a window title or a link):
# they show nothing, so they go whole, not as a space and '[31m'. A window title must end
# within 256 characters (BEL or ESC \); otherwise its ESC is a control character like any.
_TERMINAL = re.compile(r"(?:\x1b\[|\x9b)[0-?]{0,32}[ -/]{0,8}[@-~]"
                       r"|\x1b\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK = re.compile(r"\n\s*\n")
_NON_WORD = re.compile(r"\W+")
_WORDY = re.compile(r"\w")             # a line without a letter or digit is decoration
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’')\]]$")


@dataclass(frozen=True, slots=True)
class Layout:
    """What the text path found: body paragraphs, headline, dateline, stated date, and the
    day the dateline writes, as written ("March 3")."""

    paragraphs: tuple[str, ...]
    title: str | None
    dateline: str | None
    stated: date | None
    dateline_day: str | None = None


def clean(raw: RawDocument, *, published: date | None = None) -> Document:
    """Clean one document; ``published`` (the ``--published`` option) is its date when it has
    none of its own.

    Raises :class:`DocumentError` (stage "clean") when no text is left.
    """
    page = read_page(raw.content, raw.url) if raw.kind == "html" else None
    paragraphs = to_paragraphs(page.text, unwrap=page.crude) if page else to_paragraphs(raw.content)
    layout = lay_out(paragraphs, title=raw.title or (page.title if page else None))
    text = "\n\n".join(layout.paragraphs)
    if len(text) > MAX_DOCUMENT_CHARS:
        raise DocumentError(f"{len(text):,} characters of text, more than the "
                            f"{MAX_DOCUMENT_CHARS:,} one document may have: split it into "
                            "articles (one .jsonl record each)",
                            source=raw.source, line=raw.line, stage="clean")
    if not text:
        raise DocumentError("no article text left after cleaning (empty page, or only "
                            "navigation and cruft): check that the input is a news article",
                            source=raw.source, line=raw.line, stage="clean")
    url = raw.url or (page.url if page else None)
    when, origin = _publication(published, raw, page, url, layout)
    return Document(id=document_id(text), text=text, source=raw.source, title=layout.title,
                    url=url, published=when, published_from=origin, dateline=layout.dateline,
                    outlet=raw.outlet or (page.site if page else None), line=raw.line)


def _publication(option: date | None, raw: RawDocument, page: Page | None, url: str | None,
                 layout: Layout) -> tuple[date | None, str | None]:
    """The publication date and where it came from, in precedence order (module docstring);
    each source is asked only when the ones before it gave nothing."""
    metadata = cache(lambda: page.published() if page else None)      # htmldate runs once
    sources = (
        ("record", lambda: raw.published),
        ("page", lambda: page.shown(url) if page else None),
        ("url", lambda: page.local_day(metadata(), url) if page else None),
        ("metadata", metadata),                                       # meta, JSON-LD, <time>
        ("url", lambda: date_from_url(url)),
        ("text", lambda: layout.stated),
        ("search", lambda: page.published(extensive=True) if page else None),
        ("option", lambda: option),
        ("dateline", lambda: dateline_date(layout.dateline_day, raw.crawled)),
        ("crawled", lambda: raw.crawled),
    )
    latest = raw.crawled + FUTURE_SLACK if raw.crawled else None
    for origin, source in sources:
        found = source()
        if found is not None and (latest is None or found <= latest):
            return found, origin
    return None, None


# ----------------------------------------------------------------------------- text path


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length: offsets hold)."""
    return LONE_SURROGATE.sub("\ufffd", text)


def normalize(text: str) -> str:
    """NFC, unix newlines, no control or invisible characters, no lone surrogates, one space
    inside lines."""
    text = unicodedata.normalize("NFC", replace_surrogates(INVISIBLE.sub("", text)))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    text = _CONTROL.sub(" ", _TERMINAL.sub("", text))
    return "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))


def to_paragraphs(text: str, *, unwrap: bool = True) -> list[str]:
    """Paragraphs of a text: each line is one, except hard-wrapped lines (joined when ``unwrap``;
    off for text extracted from HTML, whose lines are the page's blocks)."""
    paragraphs: list[str] = []
    for block in _BLANK.split(normalize(text)):
        lines = [line for line in block.split("\n") if _WORDY.search(line)]
        if lines:
            paragraphs.extend(_unwrap(lines) if unwrap else lines)
    return paragraphs


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line that stops mid-sentence continues on the next when the
    next starts in lower case, or when it is as long as the block's wrapped lines. Cruft, date
    and dateline lines are never joined (a headline over "BEIRUT —" is not a wrapped sentence)."""
    longest = max(len(line) for line in lines)
    out = [[lines[0]]]                  # joined once at the end: joining as we go is quadratic
    for prev, line in pairwise(lines):
        wrapped = not _ENDS_SENTENCE.search(prev) and (
            line[0].islower() or len(prev) >= max(WRAP_MIN_CHARS, WRAP_MIN_FRACTION * longest))
        if wrapped and not (any(is_cruft(x) or dated_line(x) for x in (prev, line))
                            or split_dateline(line)[0]):
            out[-1].append(line)
        else:
            out.append([line])
    return [" ".join(parts) for parts in out]


def lay_out(paragraphs: list[str], *, title: str | None = None) -> Layout:
    """Drop cruft, find the headline and dateline; ``title`` is a known title (record, page)."""
    body: list[str] = []
    published: date | None = None
    updated: date | None = None
    for p in map(strip_notice, paragraphs):     # a notice closing a wire item's only paragraph
        if (found := dated_line(p)) is not None:
            if is_stated_update(p):
                updated = updated or found
            else:
                published = published or found
        elif not is_cruft(p):
            body.append(p)
    stated = published or updated
    found, start = _find_dateline(body)
    dateline = found.place if found else None
    if found is not None:
        header, body = body[:start], [found.rest, *body[start + 1:]]
        title = title or next((h for h in header if looks_like_headline(h)), None)
    elif body and title is not None and _same(body[0], title):
        body = body[1:]
    elif title is None and len(body) > 1 and looks_like_headline(body[0]):
        title, body = body[0], body[1:]
    return Layout(tuple(body), title, dateline, stated, found.when if found else None)


def _find_dateline(body: list[str]) -> tuple[Dateline | None, int]:
    """The dateline and the index of its paragraph."""
    header_chars = 0
    for i, p in enumerate(body[:HEADER_PARAGRAPHS]):
        if (found := read_dateline(p)) is not None:
            return found, i
        if not looks_like_headline(p):
            header_chars += len(p)
        if header_chars > MAX_HEADER_CHARS:
            break
    return None, 0


def looks_like_headline(line: str) -> bool:
    """A short line that does not end like a sentence ("Militants seize town after clashes")."""
    return (len(line) <= MAX_TITLE_CHARS and len(line.split()) <= MAX_TITLE_WORDS
            and not line.endswith((".", ",", ";", ":")) and (line[0].isupper() or line[0].isdigit()
                                                             or line[0] in "\"“‘'"))


def _same(a: str, b: str) -> bool:
    """Equal but for case and punctuation (a title repeated as the first line)."""
    return _NON_WORD.sub(" ", a).strip().casefold() == _NON_WORD.sub(" ", b).strip().casefold()


# ----------------------------------------------------------------------------- HTML path


@dataclass(frozen=True, slots=True)
class Page:
    """An HTML page as read: body text, title, URL, site; its date is read on demand.

    ``crude`` marks text from the tag-stripping fallback, whose lines are the HTML source's
    lines (so possibly hard-wrapped), not the page's blocks.
    """

    text: str
    title: str | None
    url: str | None
    site: str | None = None
    tree: HtmlElement | None = None
    crude: bool = False

    def published(self, *, extensive: bool = False) -> date | None:
        """The date in the page metadata (htmldate; ``extensive``: its free-text search too,
        checked against the page); asked only when no better date is given."""
        if self.tree is None:
            return None
        try:
            return page_date(self.tree, extensive=extensive)
        except Exception:  # noqa: BLE001 - htmldate on a broken page: no date, not a crash
            return None

    def local_day(self, metadata: date | None, url: str | None) -> date | None:
        """The URL's date when the metadata's date is a UTC timestamp of that day elsewhere
        (:func:`~eventwire.published.day_of_url`), else None."""
        if metadata is None or self.tree is None or date_from_url(url) is None:
            return None
        return day_of_url(metadata_time(self.tree, metadata), date_from_url(url))

    def shown(self, url: str | None = None) -> date | None:
        """The publication date the page shows (a labelled or marked date), read in the
        page's language; ``url``, the document's address (a feed's link, a WARC record's
        target), tells an English page's country when the page does not."""
        if self.tree is None:
            return None
        return visible_date(self.tree, page_language(self.tree, url))


def read_page(content: str, url: str | None) -> Page:
    """Body and metadata of an HTML page; a crude tag-stripping fallback on broken pages."""
    try:
        from trafilatura import bare_extraction
        from trafilatura.metadata import extract_sitename, extract_title, extract_url
        from trafilatura.utils import load_html
    except ImportError as exc:
        raise ResourceError(f"trafilatura cannot be imported ({exc}): reinstall eventwire, "
                            "it is a required dependency") from exc
    try:
        tree = load_html(content)
        if tree is None:
            return _crude_page(content, url)
        title = _meta_title(tree) or extract_title(tree)
        page_url = url or extract_url(tree)
        extracted = bare_extraction(tree, url=page_url, with_metadata=False, **EXTRACTION)
    except Exception:  # noqa: BLE001 - any trafilatura failure falls back, never crashes
        return _crude_page(content, url)
    text = getattr(extracted, "text", None) or ""
    if not text.strip():
        crude = _crude_page(content, page_url)
        return Page(crude.text, title or crude.title, page_url, tree=tree, crude=True)
    return Page(text, title, page_url, site=extract_sitename(tree), tree=tree)


def _meta_title(tree: HtmlElement) -> str | None:
    """The og:title / twitter:title of a page: the headline without the site name."""
    for xpath in ('.//meta[@property="og:title"]/@content',
                  './/meta[@name="twitter:title"]/@content'):
        found = tree.xpath(xpath)
        if found and str(found[0]).strip():
            return " ".join(str(found[0]).split())
    return None


# Elements whose content is never article text. Found by their opening tag, then their
# closing tag searched once: a regex spanning both backtracks to the end of the page for each
# unclosed opening tag (quadratic on "<script " repeated).
_DROP_NAMES = ("script", "style", "noscript", "template", "svg", "head", "nav", "header",
               "footer", "aside", "form", "iframe")
_DROP_OPEN = re.compile(rf"<({'|'.join(_DROP_NAMES)})\b", re.IGNORECASE)
_DROP_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _DROP_NAMES}
_COMMENTS = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
# [^<>]: an attempt that finds no ">" stops at the next "<" instead of the end of the page.
_BLOCK_TAGS = re.compile(
    r"</?(?:p|div|br|hr|h[1-6]|li|ul|ol|tr|td|th|table|article|section|main|blockquote|pre|"
    r"figure|figcaption|dd|dt|dl)\b[^<>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>?")
_TITLE_OPEN = re.compile(r"<title\b[^<>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title", re.IGNORECASE)


def _crude_page(content: str, url: str | None) -> Page:
    """Text of a page by stripping tags: the fallback for pages trafilatura cannot read.
    Linear in the page: every pattern is tried at most once per position."""
    title = None
    if (m := _TITLE_OPEN.search(content)) and (end := _TITLE_CLOSE.search(content, m.end())):
        title = " ".join(html_lib.unescape(content[m.end():end.start()]).split())
    body = _drop_elements(_COMMENTS.sub("", content))
    body = _ANY_TAG.sub(" ", _BLOCK_TAGS.sub("\n\n", body))
    return Page(html_lib.unescape(body), title or None, url, crude=True)


def _drop_elements(content: str) -> str:
    """``content`` with every closed script/style/nav... element replaced by a line break."""
    parts, pos, unclosed = [], 0, set()
    for m in _DROP_OPEN.finditer(content):
        name = m[1].lower()
        if m.start() < pos or name in unclosed:
            continue                       # inside a dropped element, or never closed after
        end = _DROP_CLOSE[name].search(content, m.end())
        if end is None:                    # not closed here, so not after any later one either
            unclosed.add(name)
            continue
        parts += [content[pos:m.start()], "\n"]
        pos = end.end()
    parts.append(content[pos:])
    return "".join(parts)

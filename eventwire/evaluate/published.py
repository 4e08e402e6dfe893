"""``eventwire eval published``: the publication date eventwire reads from HTML pages.

The gold data is the article-extraction benchmark layout (:func:`.articles.read_gold`): a page
whose ``ground-truth.json`` entry holds a date (``datePublished``, ``published`` or ``date``)
is scored against it. With ``url_dates`` a page without one is scored against the date in its
URL (``/2019/11/18/``), read with its URL hidden: no URL is given and the page's own links to
itself (canonical, og:url, alternate, shortlink) are removed, so what is measured is what the
page shows and declares. A date in a URL is the local date of first publication; a page's
metadata is often UTC, so the two differ by a day for evening stories.

Accuracy is the share of scored pages whose date is exactly right; a page without a date read
counts as wrong (and is counted apart as "no date").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import DocumentError
from ..records import RawDocument
from .articles import read_gold

# Tags by which a page names its own address; removed when the URL is the gold.
_SELF_LINKS = re.compile(
    r"<(?:link|meta)\b[^>]*(?:canonical|amphtml|shortlink|og:url|twitter:url|"
    r"rel\s*=\s*[\"']?alternate)[^>]*>", re.IGNORECASE)
_GOLD_KEYS = ("datePublished", "published", "date")

Reader = Callable[[str, str | None], tuple[date | None, str | None]]


@dataclass(frozen=True, slots=True)
class PageDate:
    page: str
    url: str | None
    gold: date
    found: date | None
    origin: str | None              # where eventwire found it: page, metadata, url, text...


@dataclass(frozen=True, slots=True)
class DateScores:
    pages: tuple[PageDate, ...]
    show: int = 10

    @property
    def correct(self) -> int:
        return sum(p.found == p.gold for p in self.pages)

    @property
    def accuracy(self) -> float:
        return self.correct / len(self.pages) if self.pages else 0.0

    def to_json(self) -> dict[str, Any]:
        missing = sum(p.found is None for p in self.pages)
        return {"pages": len(self.pages), "correct": self.correct, "no_date": missing,
                "wrong": len(self.pages) - self.correct - missing,
                "accuracy": round(self.accuracy, 4)}

    def format_table(self) -> str:
        rows = [(k.replace("_", " "), str(v)) for k, v in self.to_json().items()]
        rows[-1] = ("accuracy", f"{self.accuracy:.3f}")
        width = max(len(k) for k, _ in rows)
        lines = [f"{k:<{width}}  {v}" for k, v in rows]
        misses = [p for p in self.pages if p.found != p.gold][:self.show]
        if misses:
            lines += ["", "misses (gold, found, from, url):"]
            lines += [f"  {p.gold}  {str(p.found or '-'):<10}  {p.origin or '-':<8}  "
                      f"{p.url or p.page}" for p in misses]
        return "\n".join(lines)


def read_date(html: str, url: str | None) -> tuple[date | None, str | None]:
    """The publication date eventwire reads from a page, and where it found it."""
    from ..clean import clean
    try:
        doc = clean(RawDocument(url or "page", html, "html", url=url))
    except DocumentError:
        return None, None
    return doc.published, doc.published_from


def htmldate_alone(html: str, url: str | None) -> tuple[date | None, str | None]:
    """htmldate with ``extensive_search`` and ``original_date``, the baseline."""
    from htmldate import find_date
    from trafilatura.utils import load_html

    from ..published import parse_date_value

    tree = load_html(html)
    found = find_date(tree, extensive_search=True, original_date=True) if tree is not None \
        else None
    return (parse_date_value(found) if found else None), "htmldate"


def evaluate_dates(path: Path, *, url_dates: bool = False, reader: Reader = read_date,
                   show: int = 10) -> DateScores:
    """Publication-date accuracy over the benchmark pages in ``path`` that have a gold date."""
    return DateScores(tuple(_score(path, url_dates, reader)), show)


def _score(path: Path, url_dates: bool, reader: Reader) -> Iterator[PageDate]:
    from ..published import date_from_url, parse_date_value

    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    for key, html, url, _ in read_gold(path):
        given = next((truth[key][k] for k in _GOLD_KEYS if truth[key].get(k)), None)
        gold = parse_date_value(str(given)) if given else None
        if gold is None and url_dates and (gold := date_from_url(url)) is not None:
            html, url = _SELF_LINKS.sub("", html), None
        if gold is not None:
            found, origin = reader(html, url)
            yield PageDate(key, url or truth[key].get("url"), gold, found, origin)

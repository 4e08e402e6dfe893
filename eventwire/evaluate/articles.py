"""``eventwire eval articles``: article body extraction from HTML pages.

The gold data is the article-extraction benchmark layout: ``ground-truth.json`` maps a page id
(sha256) to ``{"articleBody": ..., "url": ...}``, and ``html/<id>.html.gz`` holds the page.
Each page goes through :func:`eventwire.clean.clean` as an HTML document with its URL (nothing
is fetched); its clean text is compared with the gold body.

Metric (token shingles, as the benchmark defines it): both texts are split into word tokens
(``\\w+``) and into every run of :data:`SHINGLE` consecutive tokens; shingles are matched as
multisets, giving per-page true positives (in both), false positives (extracted only) and false
negatives (gold only). Each page's three counts are divided by their sum, so a long page weighs
no more than a short one; precision, recall and F1 come from the counts summed over pages. A
page the cleaner rejects counts as extracting nothing.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DocumentError, EvaluationError
from ..records import RawDocument
from .metrics import prf

# Shingle length of the benchmark: 4 tokens, so a matching word must also sit in the same
# local word order.
SHINGLE = 4
_TOKEN = re.compile(r"\w+")

Extractor = Callable[[str, str | None], str]


@dataclass(frozen=True, slots=True)
class ArticleScores:
    n: int                 # pages scored
    precision: float
    recall: float
    f1: float
    empty: int = 0         # pages where nothing was extracted

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "precision": self.precision, "recall": self.recall, "f1": self.f1}

    def format_table(self) -> str:
        rows = [("pages", str(self.n)), ("nothing extracted", str(self.empty)),
                ("shingle precision", f"{self.precision:.3f}"),
                ("shingle recall", f"{self.recall:.3f}"), ("shingle F1", f"{self.f1:.3f}")]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Every run of ``size`` consecutive word tokens (the whole text when it is shorter)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1)))


def page_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """One page's (tp, fp, fn) over shingles, normalised to sum to 1 (zeros when both empty)."""
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score_pages(pairs: Iterator[tuple[str, str]] | list[tuple[str, str]]) -> ArticleScores:
    """Scores over (gold body, extracted text) pairs."""
    tp = fp = fn = 0.0
    n = empty = 0
    for gold, predicted in pairs:
        a, b, c = page_counts(gold, predicted)
        tp, fp, fn, n = tp + a, fp + b, fn + c, n + 1
        empty += not predicted.strip()
    p, r, f = _prf(tp, fp, fn)
    return ArticleScores(n=n, precision=p, recall=r, f1=f, empty=empty)


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    # metrics.prf takes counts; the normalised counts are fractions, the arithmetic is the same.
    return prf(tp, fp, fn)  # type: ignore[arg-type]


def extract_body(html: str, url: str | None) -> str:
    """The clean text eventwire reads from a page ("" when the cleaner rejects it)."""
    from ..clean import clean
    try:
        return clean(RawDocument(url or "page", html, "html", url=url)).text
    except DocumentError:
        return ""


def read_gold(path: Path) -> Iterator[tuple[str, str, str | None, str]]:
    """(id, html, url, gold body) for each page of the benchmark folder, in id order."""
    truth_file = path / "ground-truth.json"
    try:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{truth_file}: cannot read the gold bodies ({exc}); give the "
                              "folder holding ground-truth.json and html/") from exc
    for key in sorted(truth):
        page = path / "html" / f"{key}.html.gz"
        try:
            html = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
        except OSError as exc:
            raise EvaluationError(f"{page}: cannot read the page ({exc})") from exc
        yield key, html, truth[key].get("url"), truth[key].get("articleBody") or ""


def evaluate_articles(path: Path, extract: Extractor = extract_body) -> ArticleScores:
    """Shingle precision/recall/F1 of the extracted body over the benchmark in ``path``."""
    return score_pages((gold, extract(html, url)) for _, html, url, gold in read_gold(path))

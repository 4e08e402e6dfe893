"""``eventwire eval dates``: time expression recognition and normalisation on TimeML gold.

Each ``.tml`` file gives a document creation time (the anchor) and in-text ``TIMEX3`` tags.
Recognition is relaxed: a gold expression is found when a predicted one overlaps it (one to
one). Value accuracy is over the found gold DATE expressions, compared at the gold value's
granularity: a gold "2012-08" is right for any predicted value that lies inside August 2012.
Type accuracy and typed value accuracy are over all found gold expressions (DATE, TIME,
DURATION, SET): the type must be the gold's, and the value too (at the gold's granularity).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from .metrics import prf

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    span: tuple[int, int]
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True, slots=True)
class DateScores:
    n: int                          # gold in-text expressions
    recognition_precision: float
    recognition_recall: float
    recognition_f1: float
    value_accuracy: float           # over found gold DATE expressions
    type_accuracy: float = 0.0      # over all found gold expressions
    typed_value_accuracy: float = 0.0   # type and value right, over all found

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "recognition_precision": self.recognition_precision,
                "recognition_recall": self.recognition_recall,
                "recognition_f1": self.recognition_f1, "value_accuracy": self.value_accuracy,
                "type_accuracy": self.type_accuracy,
                "typed_value_accuracy": self.typed_value_accuracy}

    def format_table(self) -> str:
        rows = [("gold expressions", str(self.n)),
                ("recognition precision", f"{self.recognition_precision:.3f}"),
                ("recognition recall", f"{self.recognition_recall:.3f}"),
                ("recognition F1", f"{self.recognition_f1:.3f}"),
                ("value accuracy (DATE)", f"{self.value_accuracy:.3f}"),
                ("type accuracy (all)", f"{self.type_accuracy:.3f}"),
                ("type+value acc. (all)", f"{self.typed_value_accuracy:.3f}")]
        return "\n".join(f"{k:<24}{v:>8}" for k, v in rows)


def read_timeml(path: Path) -> TimemlDocument:
    """The plain text of a TimeML document's TEXT element, with its TIMEX3 spans and DCT."""
    raw = path.read_text(encoding="utf-8")
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body is None:
        raise EvaluationError(f"{path}: no <TEXT> element; is this a TimeML .tml file?")
    dct_match = _DCT.search(raw)
    dct = None
    if dct_match:
        value = dict(_ATTR.findall(dct_match.group(1))).get("value", "")
        dct = _parse_day(value)
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    chunk = body.group(1)
    for m in _TAG.finditer(chunk):
        piece = html.unescape(chunk[pos:m.start()])
        parts.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3" or m.group(4):      # other tags; empty <TIMEX3 .../>
            continue
        if not m.group(1):
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            timexes.append(GoldTimex((start, length), attrs.get("type", ""),
                                     attrs.get("value", "")))
    parts.append(html.unescape(chunk[pos:]))
    return TimemlDocument(path.name, "".join(parts), dct, tuple(timexes))


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- value matching

_CALENDAR = re.compile(r"^(\d{2,4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-(SP|SU|FA|WI)|-Q(\d))?$")


def value_interval(value: str | None) -> tuple[date, date] | None:
    """The days a calendar TimeML value covers ("2012-08" -> Aug 1..31), None for others."""
    from ..dates import anchor as cal
    m = _CALENDAR.match(value or "")
    if not m:
        return None
    head, month, day, week, season, quarter = m.groups()
    if len(head) < 4:                   # "199" a decade, "19" a century
        size = 10 ** (4 - len(head))
        first = int(head) * size
        return date(max(first, 1), 1, 1), date(first + size - 1, 12, 31)
    year = int(head)
    try:
        if day:
            d = date(year, int(month), int(day))
            return d, d
        if month:
            return cal.month_bounds(year, int(month))
        if week:
            monday = date.fromisocalendar(year, int(week), 1)
            return monday, monday + timedelta(days=6)
        if season:
            return cal.season_bounds(year, season)
        if quarter:
            return cal.quarter_bounds(year, int(quarter))
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def value_matches(predicted: str | None, gold: str) -> bool:
    """Right at the gold's granularity: the predicted days lie inside the gold's days."""
    if predicted == gold:
        return True
    p, g = value_interval(predicted), value_interval(gold)
    return p is not None and g is not None and g[0] <= p[0] and p[1] <= g[1]


# --------------------------------------------------------------------------- scoring

Extractor = Callable[[str, "date | None"], Sequence[Any]]


def score_documents(docs: Iterable[TimemlDocument], extract: Extractor) -> DateScores:
    """Score an extractor (text, anchor) -> objects with ``span`` and ``value``."""
    n = tp = predicted_total = dates = dates_right = typed = typed_values = 0
    for doc in docs:
        predicted = list(extract(doc.text, doc.dct))
        predicted_total += len(predicted)
        n += len(doc.timexes)
        for gold, pred in align(doc.timexes, predicted):
            if pred is None:
                continue
            tp += 1
            right_value = value_matches(pred.value, gold.value)
            if gold.type == "DATE":
                dates += 1
                dates_right += right_value
            right_type = getattr(pred, "type", None) == gold.type
            typed += right_type
            typed_values += right_type and right_value
    p, r, f = prf(tp, predicted_total - tp, n - tp)
    return DateScores(n, p, r, f, dates_right / dates if dates else 0.0,
                      typed / tp if tp else 0.0, typed_values / tp if tp else 0.0)


def align(gold: Sequence[GoldTimex], predicted: Sequence[Any]) -> list[tuple[GoldTimex, Any]]:
    """Pair each gold expression with the first unused predicted one overlapping it."""
    used: set[int] = set()
    pairs: list[tuple[GoldTimex, Any]] = []
    for g in gold:
        match = None
        for i, p in enumerate(predicted):
            if i not in used and p.span[0] < g.span[1] and g.span[0] < p.span[1]:
                match = p
                used.add(i)
                break
        pairs.append((g, match))
    return pairs


def tml_files(path: Path) -> list[Path]:
    files = [path] if path.is_file() else sorted(path.glob("*.tml"))
    if not files:
        raise EvaluationError(f"{path}: no .tml files; give a TimeML file or a folder of them")
    return files


def evaluate_timeml(path: Path, extract: Extractor | None = None) -> DateScores:
    """Recognition P/R/F1 and DATE value accuracy of eventwire's dates stage on TimeML gold."""
    if extract is None:
        from ..dates import find_timexes
        extract = find_timexes
    return score_documents((read_timeml(p) for p in tml_files(path)), extract)

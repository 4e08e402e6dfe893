"""The inputs of ``eventwire eval e2e`` as typed records: the events-e2e gold, the corpus
articles it annotates (LGL / TR-News XML), and a system's event records, one per report.

:mod:`.e2e` scores them (its docstring holds the rules).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

SCOPES_REQUIRED = ("core", "extended")
# Function words that say nothing about which event a sentence reports.
FUNCTION_WORDS = frozenset((
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
    "as", "is", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that", "this",
    "said", "says", "he", "she", "they", "their", "his", "her"))
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str | None) -> frozenset[str]:
    """The words a sentence is compared by."""
    return frozenset(w for w in _WORD.findall((text or "").lower()) if w not in FUNCTION_WORDS)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class GoldPlace:
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None


@dataclass(frozen=True, slots=True)
class DateRange:
    """ISO dates as written (compared as strings, which orders ISO dates correctly)."""

    start: str
    end: str | None
    precision: int | None

    @property
    def last(self) -> str:
        return self.end or self.start


@dataclass(frozen=True, slots=True)
class GoldEvent:
    label: str
    scope: str
    background: bool
    evidence: str
    place: GoldPlace | None
    date: DateRange | None
    fatalities: int | None
    actor1: str | None

    @property
    def required(self) -> bool:
        return self.scope in SCOPES_REQUIRED and not self.background


@dataclass(frozen=True, slots=True)
class GoldArticle:
    corpus: str | None          # None: the article counts in every corpus
    doc: str
    published: str | None
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """One ``<article>`` of a corpus XML, as a document to read."""

    doc: str
    title: str
    url: str                    # <url>, else <link>, else urn:<docid>
    text: str


@dataclass(frozen=True, slots=True)
class SystemPlace:
    latitude: float
    longitude: float | None
    iso2: str | None
    geo_precision: int | None


@dataclass(frozen=True, slots=True)
class SystemEvent:
    """One report of a system event: a merged record gives one per article that reports it."""

    url: str
    label: str | None
    evidence: str               # the report's sentence ("" when the record has none)
    confidence: float | None
    place: SystemPlace | None   # None without coordinates
    date: DateRange | None      # None without a start
    fatalities: float           # best estimate; 0 when none is reported
    actor1_words: frozenset[str]
    event_id: str | None = None


# --------------------------------------------------------------------------- reading


def read_gold(path: Path, corpus: str | None = None) -> tuple[GoldArticle, ...]:
    """Gold articles of ``corpus`` (all of them for ``None``), in file order."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"cannot read events-e2e gold {path}: {exc}") from exc
    out = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            art = _gold_article(json.loads(line))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EvaluationError(f"{path}:{n} is not an events-e2e gold article "
                                  f"({type(exc).__name__}: {exc})") from exc
        if corpus is None or art.corpus in (None, corpus):
            out.append(art)
    return tuple(out)


def _gold_article(j: Mapping[str, Any]) -> GoldArticle:
    return GoldArticle(j.get("corpus"), str(j["doc"]), j.get("published"),
                       tuple(_gold_event(e) for e in j["events"]))


def _gold_event(j: Mapping[str, Any]) -> GoldEvent:
    loc, when = j.get("location"), j.get("date")
    return GoldEvent(
        label=j["label"], scope=j.get("scope") or "", background=bool(j.get("background")),
        evidence=j.get("evidence") or "",
        place=GoldPlace(loc.get("country"), loc.get("lat"), loc.get("lon"),
                        loc.get("geo_precision")) if loc else None,
        date=_date_range(when), fatalities=j.get("fatalities"), actor1=j.get("actor1") or None)


def _date_range(j: Mapping[str, Any] | None) -> DateRange | None:
    if not j or not j.get("start"):
        return None
    return DateRange(j["start"], j.get("end"), j.get("precision"))


def read_articles(path: Path) -> tuple[Article, ...]:
    """The ``<article>`` elements of an LGL / TR-News XML file, in file order."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvaluationError(f"cannot read articles from {path}: {exc}") from exc
    out = []
    for a in root.findall("article"):
        doc = a.get("docid") or a.get("file") or ""
        url = (a.findtext("url") or a.findtext("link") or "").strip()
        out.append(Article(doc, (a.findtext("title") or "").strip(), url or f"urn:{doc}",
                           a.findtext("text") or ""))
    return tuple(out)


def system_events(records: Iterable[Mapping[str, Any]], min_confidence: float | None = None,
                  include_crime: bool = False) -> list[SystemEvent]:
    """Every report of every event record (a record without ``confidence`` is always kept);
    with ``include_crime`` the threshold is compared as ``records.kept_confidence`` does."""
    out = []
    for rec in records:
        confidence = rec.get("confidence")
        if include_crime and isinstance(confidence, (int, float)):
            confidence = max(confidence, rec.get("confidence_with_crime") or 0.0)
        if (min_confidence is not None and isinstance(confidence, (int, float))
                and confidence < min_confidence):
            continue
        reports = rec.get("mentions") or [{"document": rec.get("document") or {},
                                           "evidence": rec.get("evidence") or {}}]
        own = (rec.get("evidence") or {}).get("sentence")
        loc, actor = rec.get("location"), rec.get("actor1")
        place = None
        if loc and loc.get("latitude") is not None:
            place = SystemPlace(loc["latitude"], loc.get("longitude"), loc.get("iso2"),
                                loc.get("geo_precision"))
        words_of_actor = (words(actor.get("text")) | words(actor.get("name"))
                          if actor else frozenset())
        for m in reports:
            out.append(SystemEvent(
                url=(m.get("document") or {}).get("url") or "",
                label=rec.get("label"),
                evidence=(m.get("evidence") or {}).get("sentence") or own or "",
                confidence=confidence, place=place, date=_date_range(rec.get("date")),
                fatalities=((rec.get("fatalities") or {}).get("best") or 0),
                actor1_words=words_of_actor, event_id=rec.get("event_id")))
    return out


def read_event_records(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file of event records (other lines are skipped)."""
    try:
        with Path(path).open(encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                line = line.strip()
                if not line.startswith("{"):
                    continue
                try:
                    yield json.loads(line)
                except ValueError as exc:
                    raise EvaluationError(f"{path}:{n} is not a JSON event record: {exc}"
                                          ) from exc
    except OSError as exc:
        raise EvaluationError(f"cannot read event records {path}: {exc}") from exc

"""``eventwire eval e2e``: events read end to end from whole articles, on the events-e2e gold.

The gold (``gold.jsonl``) holds one article a line: ``corpus`` (``trnews`` / ``lgl``), ``doc``
(the ``docid`` of an ``<article>`` in the corpus XML), ``published`` and the ``events`` a coder
read out of it, each with ``label``, ``scope`` (core, extended, crime), ``background``, the
``evidence`` sentence and the fields ``location``, ``date``, ``fatalities``, ``actor1``.

Each article goes in as one document: its ``<text>``, ``<title>``, ``<url>`` (``<link>``, else
``urn:<docid>``) and the gold's ``published`` date, as the reference scorer's ``input`` step
writes them; events are tied back to articles by ``document.url``, once per report of a merged
event (the inputs are read into the records of :mod:`.e2e_records`). The rules (GUIDELINES.md
section 5, applied as the reference scorer applies them):

* Sentences are compared by their words (lowercased runs of ``a-z0-9``, a few function words
  left out): two sentences overlap by the larger of the shares of either's words found in the
  other, and correspond at :data:`MIN_OVERLAP` or more. Offsets are never compared, so a system
  may clean and split the text its own way.
* Labels are in the same family when they share an ACLED event type; each label outside ACLED
  is a family of its own.
* Required gold events are ``core`` or ``extended`` and not ``background``. Within an article,
  each (system event, required gold event) pair whose sentences correspond is a candidate;
  candidates are taken greedily, highest overlap first (one more for the same family), then in
  system and gold order, each system event once. A taken pair of the same family is a match
  (each gold event once); of different families, a false event, and the gold event stays free.
* A system event left over is *tolerated* (counted nowhere) when its sentence corresponds to a
  gold event that is not required (crime, background); a *duplicate* (counted nowhere) when the
  article has a gold event of its family whose place does not contradict it; else false.
* Event precision = matched / (matched + false); recall = matched / required gold events.
  Documents: an article is flagged when it has a system event that is not tolerated, and
  relevant when it has a required gold event.
* Fields, on matched pairs where the gold gives a value: label exact; location within
  :data:`PLACE_KM` km, or the same country when either side is a region or country
  (``geo_precision`` 3) -- a system event without coordinates is wrong; date ranges overlap
  (the same day when both are day-precise); fatalities equal (none reported counts as 0, and
  is scored even when the gold says none); actor1 shares a word with the system's actor text or
  name.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from ..taxonomy import LABELS
from .e2e_records import (
    Article, DateRange, GoldArticle, GoldEvent, GoldPlace, SystemEvent, SystemPlace,
    read_articles, read_event_records, read_gold, system_events, words,
)
from .metrics import prf

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..records import RawDocument

CORPORA = ("trnews", "lgl")
# Where each corpus's articles are, relative to the folder holding the gold's folder
# (../shared/eval/events-e2e/gold.jsonl -> ../shared/eval/geo/...).
DEFAULT_XML = {"trnews": Path("geo/trnews/TR-News.xml"), "lgl": Path("geo/lgl/lgl.xml")}
MIN_OVERLAP = 0.6
PLACE_KM = 161.0
REGION_PRECISION = 3           # geo_precision of a region or country: scored by country
DAY_PRECISION = 1
# The reference scorer measures great circles on a sphere of this radius.
EARTH_RADIUS_KM = 6371.0
FIELDS = ("label", "location", "date", "fatalities", "actor1")


# --------------------------------------------------------------------------- rules


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The larger of the shares of ``a``'s and ``b``'s words found in the other."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return max(shared / len(a), shared / len(b))


def family(label: str | None) -> str:
    """ACLED event type of an ACLED label; any other label is its own family."""
    info = LABELS.get(label or "")
    return info.event_type if info is not None and info.event_type else (label or "")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def place_right(s: SystemPlace | None, g: GoldPlace | None) -> bool | None:
    """None when the gold gives no place."""
    if g is None:
        return None
    if s is None:
        return False
    if REGION_PRECISION in (s.geo_precision, g.geo_precision):
        return (s.iso2 or "").upper() == (g.country or "").upper()
    return distance_km(s.latitude, s.longitude, g.latitude, g.longitude) <= PLACE_KM


def date_right(s: DateRange | None, g: DateRange | None) -> bool | None:
    """None when the gold gives no date."""
    if g is None:
        return None
    if s is None:
        return False
    if s.precision == DAY_PRECISION and g.precision == DAY_PRECISION:
        return s.start == g.start
    return s.start <= g.last and g.start <= s.last


def actor_right(s: frozenset[str], g: str | None) -> bool | None:
    """None when the gold names no actor."""
    return None if not g else bool(words(g) & s)


def field_checks(s: SystemEvent, g: GoldEvent) -> dict[str, bool | None]:
    """Each field of a matched pair: right, wrong, or None (not scored)."""
    return {"label": s.label == g.label, "location": place_right(s.place, g.place),
            "date": date_right(s.date, g.date),
            "fatalities": s.fatalities == (g.fatalities or 0),
            "actor1": actor_right(s.actor1_words, g.actor1)}


# --------------------------------------------------------------------------- one article


@dataclass(frozen=True, slots=True)
class FalseEvent:
    doc: str
    label: str | None
    confidence: float | None
    evidence: str
    gold_label: str | None = None     # the required gold event it was paired with, if any
    event_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "label": self.label, "confidence": self.confidence,
                "gold_label": self.gold_label, "evidence": self.evidence,
                "event_id": self.event_id}


@dataclass(frozen=True, slots=True)
class Miss:
    doc: str
    label: str
    evidence: str
    found_as: tuple[str, ...] = ()    # labels of system events paired with it in another family

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "label": self.label, "found_as": list(self.found_as),
                "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts summed over articles."""

    matched: int = 0
    false: int = 0
    duplicates: int = 0
    tolerated: int = 0
    gold: int = 0               # required gold events
    detected: int = 0           # pairs taken, of any family (so it may exceed gold)
    doc_tp: int = 0
    doc_fp: int = 0
    doc_fn: int = 0
    fields: tuple[tuple[int, int], ...] = ((0, 0),) * len(FIELDS)   # (right, scored) by FIELDS

    def __add__(self, other: Tally) -> Tally:
        counts = [getattr(self, k) + getattr(other, k) for k in _COUNTS]
        fields = tuple((a + c, b + d) for (a, b), (c, d) in zip(self.fields, other.fields,
                                                                  strict=True))
        return Tally(*counts, fields=fields)


_COUNTS = ("matched", "false", "duplicates", "tolerated", "gold", "detected", "doc_tp",
           "doc_fp", "doc_fn")


@dataclass(frozen=True, slots=True)
class ArticleScore:
    tally: Tally
    false_events: tuple[FalseEvent, ...]
    misses: tuple[Miss, ...]


def score_article(gold: GoldArticle, events: Sequence[SystemEvent]) -> ArticleScore:
    """Match one article's system events to its gold events (rules in the module docstring)."""
    required = [g for g in gold.events if g.required]
    tolerable = [g for g in gold.events if not g.required]
    sys_words = [words(s.evidence) for s in events]
    req_words = [words(g.evidence) for g in required]
    candidates = []
    for i, (s, sw) in enumerate(zip(events, sys_words, strict=True)):
        for j, (g, gw) in enumerate(zip(required, req_words, strict=True)):
            o = overlap(sw, gw)
            if o >= MIN_OVERLAP:
                candidates.append((-(o + (family(s.label) == family(g.label))), i, j))
    candidates.sort()
    paired: set[int] = set()
    matched: set[int] = set()
    false: list[FalseEvent] = []
    found_as: dict[int, list[str]] = {}
    right = [[0, 0] for _ in FIELDS]
    detected = 0
    for _, i, j in candidates:
        if i in paired or j in matched:
            continue
        paired.add(i)
        detected += 1
        s, g = events[i], required[j]
        if family(s.label) != family(g.label):
            false.append(_false(gold.doc, s, g.label))
            found_as.setdefault(j, []).append(str(s.label))
            continue
        matched.add(j)
        checks = field_checks(s, g)
        for k, name in enumerate(FIELDS):
            if (ok := checks[name]) is not None:
                right[k][0] += ok
                right[k][1] += 1
    tolerated = duplicates = 0
    for i, s in enumerate(events):
        if i in paired:
            continue
        if any(overlap(sys_words[i], words(g.evidence)) >= MIN_OVERLAP for g in tolerable):
            tolerated += 1
        elif any(family(s.label) == family(g.label) and place_right(s.place, g.place) is not False
                 for g in gold.events):
            duplicates += 1
        else:
            false.append(_false(gold.doc, s))
    flagged = len(events) - tolerated > 0
    tally = Tally(matched=len(matched), false=len(false), duplicates=duplicates,
                  tolerated=tolerated, gold=len(required), detected=detected,
                  doc_tp=int(bool(required) and flagged), doc_fp=int(not required and flagged),
                  doc_fn=int(bool(required) and not flagged),
                  fields=tuple((a, b) for a, b in right))
    misses = tuple(Miss(gold.doc, g.label, g.evidence, tuple(found_as.get(j, ())))
                   for j, g in enumerate(required) if j not in matched)
    return ArticleScore(tally, tuple(false), misses)


def _false(doc: str, s: SystemEvent, gold_label: str | None = None) -> FalseEvent:
    return FalseEvent(doc, s.label, s.confidence, s.evidence, gold_label, s.event_id)


# --------------------------------------------------------------------------- one corpus


@dataclass(frozen=True, slots=True)
class CorpusScores:
    corpus: str
    articles: int
    tally: Tally
    false_events: tuple[FalseEvent, ...]     # the most confident first
    misses: tuple[Miss, ...]

    @property
    def event_prf(self) -> tuple[float, float, float]:
        t = self.tally
        return prf(t.matched, t.false, t.gold - t.matched)

    @property
    def doc_pr(self) -> tuple[float, float]:
        t = self.tally
        return prf(t.doc_tp, t.doc_fp, t.doc_fn)[:2]

    @property
    def field_accuracy(self) -> dict[str, float | None]:
        return {k: (a / b if b else None) for k, (a, b) in zip(FIELDS, self.tally.fields,
                                                                strict=True)}

    def to_json(self, show: int | None = None) -> dict[str, Any]:
        """The figures, rounded to 3 places as the reference scorer prints them."""
        t = self.tally
        p, r, f = self.event_prf
        dp, dr = self.doc_pr
        return {
            "corpus": self.corpus, "articles": self.articles, "gold_events": t.gold,
            "system_events_scored": t.matched + t.false, "matched": t.matched,
            "false": t.false, "duplicates": t.duplicates, "tolerated": t.tolerated,
            "event_precision": round(p, 3), "event_recall": round(r, 3),
            "event_f1": round(f, 3),
            "detection_recall": round(t.detected / t.gold, 3) if t.gold else 0.0,
            "doc_precision": round(dp, 3), "doc_recall": round(dr, 3),
            "fields": {k: (None if v is None else round(v, 3))
                       for k, v in self.field_accuracy.items()},
            "field_counts": {k: b for k, (_, b) in zip(FIELDS, t.fields, strict=True)},
            "worst_false": [e.to_json() for e in self.false_events[:show]],
            "misses": [m.to_json() for m in self.misses[:show]],
        }

    def format_table(self, show: int = 10) -> str:
        t = self.tally
        p, r, f = self.event_prf
        dp, dr = self.doc_pr
        acc = ", ".join(f"{k} {'-' if v is None else f'{v:.3f}'} (n={n})" for (k, v), (_, n)
                        in zip(self.field_accuracy.items(), t.fields, strict=True))
        lines = [
            f"{self.corpus}: {self.articles} articles, {t.gold} required gold events, "
            f"{t.matched} matched, {t.false} false, {t.duplicates} duplicates, "
            f"{t.tolerated} tolerated (crime or background)",
            f"  events:    precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}",
            f"  documents: precision {dp:.3f}  recall {dr:.3f}",
            f"  fields on matched: {acc}",
        ]
        if show and self.false_events:
            lines.append(f"  worst false events ({min(show, len(self.false_events))} of "
                         f"{len(self.false_events)}, most confident first):")
            lines.extend(f"    {e.doc}  {e.label}"
                         + (f" (gold {e.gold_label})" if e.gold_label else "")
                         + f"  conf {_conf(e.confidence)}  {_clip(e.evidence)}"
                         for e in self.false_events[:show])
        if show and self.misses:
            lines.append(f"  misses ({min(show, len(self.misses))} of {len(self.misses)}):")
            lines.extend(f"    {m.doc}  {m.label}"
                         + (f" (found as {', '.join(m.found_as)})" if m.found_as else "")
                         + f"  {_clip(m.evidence)}" for m in self.misses[:show])
        return "\n".join(lines)


def _conf(c: float | None) -> str:
    return "-" if c is None else f"{c:.2f}"


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[:width - 1] + "…")


def score_corpus(corpus: str, gold: Sequence[GoldArticle], articles: Sequence[Article],
                 events: Iterable[SystemEvent]) -> CorpusScores:
    """Scores of ``events`` on the gold articles of one corpus (events of other articles are
    ignored; an article's URL says which article an event report belongs to)."""
    doc_of = {a.url: a.doc for a in articles}
    by_doc: dict[str, list[SystemEvent]] = {}
    for e in events:
        if e.url in doc_of:
            by_doc.setdefault(doc_of[e.url], []).append(e)
    total = Tally()
    false: list[FalseEvent] = []
    misses: list[Miss] = []
    for g in gold:
        s = score_article(g, by_doc.get(g.doc, ()))
        total += s.tally
        false.extend(s.false_events)
        misses.extend(s.misses)
    false.sort(key=lambda e: -(e.confidence if e.confidence is not None else 0.0))
    return CorpusScores(corpus, len(gold), total, tuple(false), tuple(misses))


# --------------------------------------------------------------------------- running


@dataclass(frozen=True, slots=True)
class E2EScores:
    corpora: tuple[CorpusScores, ...]
    show: int = 10
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {c.corpus: c.to_json(self.show) for c in self.corpora}

    def format_table(self) -> str:
        return "\n\n".join([c.format_table(self.show) for c in self.corpora] + list(self.notes))


def documents(articles: Sequence[Article], gold: Sequence[GoldArticle], source: str = "e2e"
              ) -> list[RawDocument]:
    """The gold articles as input records: text, title, url and the gold's publication date."""
    from ..published import parse_date_value
    from ..records import RawDocument

    published = {g.doc: g.published for g in gold}
    out = []
    for a in articles:
        if a.doc not in published or not a.text.strip():
            continue
        out.append(RawDocument(
            source, a.text, "text", line=len(out) + 1, url=a.url, title=a.title or None,
            published=parse_date_value(published[a.doc] or "")))
    return out


def run_pipeline(raw: Sequence[RawDocument], pipeline: Pipeline | None = None
                 ) -> list[dict[str, Any]]:
    """eventwire's event records for these documents, merged across them as ``extract`` does."""
    from ..merge import merge
    from ..parallel import run
    from ..pipeline import Pipeline, clean_or_failure
    from ..records import Event, Failure, event_to_record

    docs = [d for d in (clean_or_failure(r, None) for r in raw) if not isinstance(d, Failure)]
    found: list[Event] = []
    for result in run(docs, pipeline=pipeline or Pipeline()):
        if not isinstance(result, Failure):
            found.extend(result.events)
    return [event_to_record(e) for e in merge(found)]


def xml_paths(gold_path: Path, given: Mapping[str, Path | None] | None = None
              ) -> dict[str, Path]:
    """Each corpus's XML: the one given, else its place beside the gold's folder."""
    base = Path(gold_path).resolve().parent.parent
    given = given or {}
    return {c: Path(given[c]) if given.get(c) else base / DEFAULT_XML[c] for c in CORPORA}


def evaluate_e2e(gold_path: Path, *, corpus: str = "all",
                 xml: Mapping[str, Path | None] | None = None, events: Path | None = None,
                 min_confidence: float | None = None, pipeline: Pipeline | None = None,
                 show: int = 10, include_crime: bool = False) -> E2EScores:
    """Score eventwire on the events-e2e gold, per corpus (``trnews``, ``lgl`` or ``all``).

    With ``events`` (a JSON Lines file of event records, made by eventwire or another system)
    that file is scored; otherwise eventwire reads each corpus's gold articles, one corpus at a
    time, as ``eventwire extract`` reads the reference scorer's input records.
    ``include_crime`` keeps events of ordinary crime as ``extract --include-crime`` does.
    """
    if corpus not in (*CORPORA, "all"):
        raise EvaluationError(f"unknown corpus {corpus!r}: use one of {', '.join(CORPORA)} or all")
    names = CORPORA if corpus == "all" else (corpus,)
    paths = xml_paths(gold_path, xml)
    records = list(read_event_records(events)) if events is not None else None
    if records is None and pipeline is None:
        from ..pipeline import Pipeline
        pipeline = Pipeline(include_crime=include_crime)   # one model load for every corpus
    out = []
    for name in names:
        gold = read_gold(gold_path, name)
        articles = read_articles(paths[name])
        recs = records if records is not None else run_pipeline(
            documents(articles, gold, str(paths[name])), pipeline)
        out.append(score_corpus(name, gold, articles,
                                system_events(recs, min_confidence, include_crime)))
    notes = () if min_confidence is None else (f"events with confidence < {min_confidence} "
                                               "left out",)
    return E2EScores(tuple(out), show, notes)


def score_file(gold_path: Path, events: Path, *, corpus: str = "all",
               xml: Mapping[str, Path | None] | None = None,
               min_confidence: float | None = None, show: int = 10) -> E2EScores:
    """Score a JSON Lines file of event records made elsewhere (no pipeline runs)."""
    return evaluate_e2e(gold_path, corpus=corpus, xml=xml, events=events,
                        min_confidence=min_confidence, show=show)

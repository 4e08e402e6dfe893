"""``eventwire eval merge``: cross-report merging scored on the ``merge-ecbplus`` format.

Each input record is a news report with its gold (``id``, ``topic``, ``subtopic``: reports of
one subtopic tell one happening, the two subtopics of a topic are two happenings of one kind).
eventwire reads every report and merges the events as ``extract`` does (the same document gate,
:func:`eventwire.pipeline.document_gate`), and the records are scored
exactly as the set's ``score.py`` scores them: a record's mentions are tied back to reports by
``url`` (then without a ``#fragment``, then by title); two reports of a topic are merged when
one record lists both; pairwise precision, recall and F1 over the pairs within topics, and the
same over main-event (lede) records only.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from .metrics import prf

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..records import Event


def read_reports(path: Path) -> list[dict[str, Any]]:
    """The gold records of a ``merge-ecbplus`` JSON Lines file (lines not JSON are skipped)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvaluationError(f"{path}:{n}: not JSON ({exc}): fix or remove the line") from exc
    return out


def _norm_title(t: str | None) -> str:
    return re.sub(r"\W+", " ", (t or "").casefold()).strip()


class _Matcher:
    """The gold report a mention's document is (url, url without fragment, title, id)."""

    def __init__(self, docs: Sequence[dict[str, Any]]) -> None:
        self.by_url = {d["url"]: d["id"] for d in docs if d.get("url")}
        self.by_base: dict[str, list[str]] = defaultdict(list)
        self.by_title: dict[str, list[str]] = defaultdict(list)
        self.ids = {d["id"] for d in docs}
        for d in docs:
            if d.get("url"):
                self.by_base[d["url"].split("#")[0]].append(d["id"])
            if d.get("title"):
                self.by_title[_norm_title(d["title"])].append(d["id"])
        self.title_of = {d["id"]: _norm_title(d.get("title")) for d in docs}

    def __call__(self, doc: dict[str, Any]) -> str | None:
        url, title = doc.get("url") or "", _norm_title(doc.get("title"))
        if url in self.by_url:
            return self.by_url[url]
        base = self.by_base.get(url.split("#")[0], [])
        if len(base) == 1:
            return base[0]
        if len(base) > 1 and title:
            hit = [i for i in base if self.title_of[i] == title]
            if len(hit) == 1:
                return hit[0]
        if title and len(self.by_title.get(title, [])) == 1:
            return self.by_title[title][0]
        return doc["id"] if doc.get("id") in self.ids else None


def _mentions(e: dict[str, Any]) -> list[dict[str, Any]]:
    return e.get("mentions") or [{"document": e.get("document") or {}}]


@dataclass(frozen=True, slots=True)
class MergeScores:
    documents: int
    records: int
    unmatched: int
    tp: int
    fp: int
    fn: int
    lede: tuple[int, int, int]          # tp, fp, fn over main-event records only
    no_event: int                       # reports no event was read from
    fn_no_event: int = 0                # missed pairs with a report no event was read from

    @property
    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)

    def to_json(self) -> dict[str, Any]:
        p, r, f = self.prf
        lp, lr, lf = prf(*self.lede)
        return {"documents": self.documents, "records": self.records,
                "unmatched_mentions": self.unmatched, "no_event": self.no_event,
                "pairs": {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                          "fn_no_event": self.fn_no_event},
                "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "lede": {"precision": round(lp, 3), "recall": round(lr, 3), "f1": round(lf, 3)}}

    def format_table(self) -> str:
        p, r, f = self.prf
        lp, lr, lf = prf(*self.lede)
        return "\n".join((
            (f"{self.documents} documents; {self.records} event records; {self.unmatched} "
             f"mentions not matched to a document; {self.no_event} documents with no event"),
            (f"pairs within topics: {self.tp + self.fn} gold positive, {self.tp + self.fp} "
             f"merged ({self.tp} right, {self.fp} across subtopics); {self.fn} missed, "
             f"{self.fn_no_event} of them with a report of no event (no merge can join it: "
             "its events are below the threshold or none was read)"),
            f"main-event (lede) records only: pairwise F1 {lf:.3f} (P {lp:.3f} R {lr:.3f})",
            f"merge pairwise F1: {f:.3f} (P {p:.3f} R {r:.3f})"))


def score(docs: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]]) -> MergeScores:
    """Score event records against the gold reports, as ``score.py`` does."""
    gold = {d["id"]: d["subtopic"] for d in docs}
    match = _Matcher(docs)
    rec_docs: list[set[str]] = []
    unmatched = 0
    for e in events:
        ids = set()
        for m in _mentions(e):
            i = match(m.get("document") or {})
            if i is None:
                unmatched += 1
            else:
                ids.add(i)
        rec_docs.append(ids)
    recs_of: dict[str, list[int]] = defaultdict(list)
    for k, ids in enumerate(rec_docs):
        for i in ids:
            recs_of[i].append(k)
    lede: dict[str, tuple[int, int]] = {}
    for k, e in enumerate(events):
        for m in _mentions(e):
            i = match(m.get("document") or {})
            span = (m.get("evidence") or e.get("evidence") or {}).get("span") or [10**9]
            if i is not None and (i not in lede or (span[0], k) < lede[i]):
                lede[i] = (span[0], k)
    main = {i: k for i, (_, k) in lede.items()}
    by_topic: dict[Any, list[str]] = defaultdict(list)
    for d in docs:
        by_topic[d["topic"]].append(d["id"])
    tp = fp = fn = ltp = lfp = lfn = lost = 0
    for ids in by_topic.values():
        for x, y in itertools.combinations(sorted(ids), 2):
            shared = set(recs_of[x]) & set(recs_of[y])
            same = gold[x] == gold[y]
            tp += bool(shared) and same
            fp += bool(shared) and not same
            fn += not shared and same
            lost += same and not (recs_of[x] and recs_of[y])
            one = x in main and main.get(x) == main.get(y)
            ltp += one and same
            lfp += one and not same
            lfn += same and not one
    return MergeScores(len(docs), len(events), unmatched, tp, fp, fn, (ltp, lfp, lfn),
                       sum(1 for d in docs if d["id"] not in main), lost)


def read_events(docs: Sequence[dict[str, Any]], pipeline: Pipeline | None = None
                ) -> list[list[Event]]:
    """eventwire's events per gold report (before merging across reports), in input order."""
    from ..parallel import run
    from ..pipeline import Pipeline, clean_or_failure
    from ..published import parse_date_value
    from ..records import Failure, RawDocument

    raw = [RawDocument("merge-eval", d.get("text") or "", "text", line=n, url=d.get("url"),
                       title=d.get("title"), published=parse_date_value(d.get("published") or ""))
           for n, d in enumerate(docs, 1)]
    cleaned = [clean_or_failure(r, None) for r in raw]
    line_of = {c.line: c for c in cleaned if not isinstance(c, Failure)}
    found: dict[int, list[Event]] = defaultdict(list)
    for result in run(list(line_of.values()), pipeline=pipeline or Pipeline()):
        if not isinstance(result, Failure):
            found[result.document.line].extend(result.events)
    return [found.get(n, []) for n in range(1, len(docs) + 1)]


def evaluate_merge(path: Path, min_confidence: float, events: Path | None = None,
                   pipeline: Pipeline | None = None) -> MergeScores:
    """Score eventwire's merging of the reports in ``path`` (or the records in ``events``)."""
    from ..merge import merge
    from ..records import event_to_record

    docs = read_reports(path)
    if events is not None:
        return score(docs, read_reports(events))
    from ..pipeline import Pipeline, document_gate

    # As extract reads them: every report at the document gate is read and merged, then the
    # events at the threshold are kept (a merged event is at least as confident as its
    # surest report), so that a less confident report of a happening others tell confidently
    # is one of its mentions.
    per_doc = read_events(docs, pipeline or Pipeline(min_confidence=document_gate(min_confidence)))
    merged = merge([e for evs in per_doc for e in evs])
    return score(docs, [event_to_record(e) for e in merged if e.confidence >= min_confidence])

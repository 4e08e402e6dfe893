"""``eventwire eval events``: event typing on CASE 2021 Task 2 snippets and PLOVER gold records.

* ``case2021``: TSV with header ``id, EventSnippet, SubType``; one gold label per snippet, scored
  against :meth:`Detector.classify_snippet` (accuracy, weighted and macro F1, per-class F1).
* ``plover``: the PLOVER gold JSON array (the DOCUMENT header record skipped); PLOVER type
  accuracy against :meth:`Detector.plover_snippet`, plus source/target actor text F1. The gold
  uses four labels of an older PLOVER version; they are scored as their current successor
  (``OLD_PLOVER``): DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE (CAMEO 09 is
  ACCUSE/investigate in CAMEO2PLOVER-2021), FIGHT -> ASSAULT. Actor texts are compared
  lowercased without punctuation; one predicted text per role counts as found when it equals
  or contains (or is contained in) a gold actor text.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from .metrics import ClassReport, classification_report, prf

if TYPE_CHECKING:
    from ..events import Detector

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}
# How many confusion pairs the table shows.
TOP_CONFUSIONS = 12


@dataclass(frozen=True, slots=True)
class EventScores:
    """Scores of event typing on one gold file."""

    fmt: str
    report: ClassReport
    actor_f1: float | None = None          # PLOVER only: source/target actor text F1
    actor_counts: tuple[int, int, int] = (0, 0, 0)
    extra: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        r = self.report
        out: dict[str, Any] = {
            "format": self.fmt, "n": r.n, "accuracy": round(r.accuracy, 4),
            "weighted_f1": round(r.weighted_f1, 4), "macro_f1": round(r.macro_f1, 4),
            "per_class": {k: round(v, 4) for k, v in sorted(r.per_class.items())},
            "confusions": [[g, p, c] for g, p, c in r.confusions[:TOP_CONFUSIONS]],
        }
        if self.actor_f1 is not None:
            out["actor_f1"] = round(self.actor_f1, 4)
        return out

    def format_table(self) -> str:
        r = self.report
        lines = [(f"event typing ({self.fmt}): n={r.n}  accuracy={r.accuracy:.3f}  "
                  f"weighted F1={r.weighted_f1:.3f}  macro F1={r.macro_f1:.3f}")]
        if self.actor_f1 is not None:
            tp, fp, fn = self.actor_counts
            lines.append(f"actor text F1={self.actor_f1:.3f} (tp={tp} fp={fp} fn={fn})")
        lines.append(f"{'label':32} {'support':>7} {'F1':>6}")
        for label in sorted(r.per_class, key=lambda k: (-r.support.get(k, 0), k)):
            lines.append(f"{label:32} {r.support.get(label, 0):>7} {r.per_class[label]:>6.3f}")
        lines.append("top confusions (gold -> predicted: count):")
        lines.extend(f"  {g} -> {p}: {c}" for g, p, c in r.confusions[:TOP_CONFUSIONS])
        return "\n".join(lines)


def evaluate_events(path: Path, *, fmt: str, nlp: Any = None,
                    detector: Detector | None = None) -> EventScores:
    """Score event typing on a CASE 2021 TSV (``fmt="case2021"``) or PLOVER gold JSON."""
    if detector is None:
        from ..events import Detector
        detector = Detector()
    if fmt == "case2021":
        return _case2021(Path(path), nlp, detector)
    if fmt == "plover":
        return _plover(Path(path), nlp, detector)
    raise EvaluationError(f"unknown event gold format {fmt!r}: use case2021 or plover")


def _nlp(nlp: Any) -> Any:
    if nlp is None:
        from ..nlp import load_pipeline
        nlp = load_pipeline()
    return nlp


def read_case2021(path: Path) -> list[tuple[str, str]]:
    """(snippet, gold label) pairs of a CASE 2021 Task 2 TSV."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as exc:
        raise EvaluationError(f"cannot read CASE 2021 gold {path}: {exc}") from exc
    if not rows or not {"EventSnippet", "SubType"} <= set(rows[0]):
        raise EvaluationError(
            f"{path} is not a CASE 2021 Task 2 TSV: expected the header id, EventSnippet, SubType")
    return [(r["EventSnippet"].strip().strip('"').replace('""', '"'), r["SubType"].strip())
            for r in rows]


def _case2021(path: Path, nlp: Any, detector: Detector) -> EventScores:
    items = read_case2021(path)
    docs = _nlp(nlp).pipe((text for text, _ in items), batch_size=64)
    predicted = [detector.classify_snippet(doc) for doc in docs]
    return EventScores("case2021", classification_report([g for _, g in items], predicted))


def read_plover(path: Path) -> list[dict[str, Any]]:
    """The coded records of a PLOVER gold JSON array (the DOCUMENT header skipped)."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"cannot read PLOVER gold {path}: {exc}") from exc
    if not isinstance(records, list):
        raise EvaluationError(f"{path} is not a PLOVER gold JSON array")
    return [r for r in records if isinstance(r, dict) and r.get("text") and
            "-DOCUMENT-" not in str(r.get("id", ""))]


def _plover(path: Path, nlp: Any, detector: Detector) -> EventScores:
    records = read_plover(path)
    docs = list(_nlp(nlp).pipe((r["text"] for r in records), batch_size=64))
    gold, predicted = [], []
    tp = fp = fn = 0
    for rec, doc in zip(records, docs, strict=True):
        gold.append(OLD_PLOVER.get(rec["event"], rec["event"]))
        predicted.append(detector.plover_snippet(doc))
        src, tgt = detector.snippet_actors(doc)
        for gold_actors, found in ((rec.get("source"), src), (rec.get("target"), tgt)):
            g = {_norm(a.get("actorText", "")) for a in gold_actors or () if isinstance(a, dict)}
            g.discard("")
            f = {_norm(found)} if found else set()
            hit = len(g & f) or int(bool(f) and any(_overlap(x, y) for x in f for y in g))
            tp += hit
            fp += len(f) - hit
            fn += len(g) - hit
    return EventScores("plover", classification_report(gold, predicted),
                       actor_f1=prf(tp, fp, fn)[2], actor_counts=(tp, fp, fn))


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _overlap(a: str, b: str) -> bool:
    """Actor texts match when one contains the other ("Israeli" in "Israeli soldiers")."""
    return bool(a and b) and (a in b or b in a)

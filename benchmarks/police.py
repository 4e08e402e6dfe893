"""Document-level police action on lower-case local news: eventwire against a keyword baseline.

    python benchmarks/police.py [--split dev|aside] [--min-confidence T] [--also T ...]
                                [--include-crime] [--keep-background] [--show N]

The project's own estimate of issue 14's held-back lower-case police-events figure. The
documents are ``tests/data/police_events/{dev,aside}.jsonl`` (written for the project; the
label definitions are in that folder's README.md): whole short articles, all lower case, each
labelled KILL, ARREST, FORCE and ANY_ACTION. Each document runs through ``Pipeline`` on its own,
its events merged and kept at ``--min-confidence`` (extract's default) as ``eventwire extract``
keeps them (with ``--include-crime``, as ``eventwire extract --include-crime`` keeps them: most
police actions are ordinary policing, scope ``crime``), and its events map to the four labels
by :func:`labels_of_events`:

- **state actor**: actor1 with ACLED inter code 1 (state forces) or a name starting "Police
  Forces" or "Military Forces";
- **KILL**: an event whose actor1 is a state actor and whose fatalities are above 0;
- **ARREST**: an ARREST event, or an event with an ``arrested`` count above 0, unless its actor1
  is an armed non-state group (rebels', militias' "detentions" are abductions). An arrest is the
  state's unless a record says otherwise, and a protest event's count is of protesters arrested
  (the protesters are its actor1);
- **FORCE**: KILL, or a state actor1 on a violent label (the ACLED types Battles,
  Explosions/Remote violence, Violence against civilians, and Riots' mob violence), or a
  FORCE_AGAINST_PROTEST event, or a PROTEST_WITH_INTER event with no arrested count (when the
  intervention it reports is arrests, it says ARREST only: measured on dev, three peaceful
  protests whose only intervention was arrests were FORCE false positives);
- **ANY_ACTION**: any of the three.

Events told as background (history, context) are left out unless ``--keep-background``: the
labels are about the incident an article reports.

The baseline (:func:`keyword_labels`) is deliberately simple: a "sentence" (text between full
stops, ``?``, ``!`` or line breaks) that names police (police, officer, trooper, soldier,
security forces, gendarme) and a killing word is KILL; one that names police and a force word
(shot, fired, tear gas, baton, taser, pepper spray, rubber bullets, water cannon, beat) is
FORCE; any arrest word anywhere in the text (arrest, detain) is ARREST. It has no negation
("no arrests have been made" counts), no roles (officers shot dead by gunmen count) and no
tense.

Scores are per label precision, recall and F1 over documents, and their macro F1 (the mean of
the four labels' F1).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.records import Actor, Event, kept_confidence

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "police_events"
LABELS = ("KILL", "ARREST", "FORCE", "ANY_ACTION")
STATE_NAMES = ("Police Forces", "Military Forces")
STATE_INTER = 1                                  # ACLED "State forces"
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence",
                           "Violence against civilians"})
VIOLENT_LABELS = frozenset({"MOB_VIOL"})         # a Riots sub-type that is violence done to people
# ACLED inter codes of armed non-state groups (rebels, militias, external forces): their
# "detentions" are abductions, not arrests.
ARMED_NON_STATE = frozenset({2, 3, 4, 8})

# The baseline's words: deliberately few and simple (see the module docstring).
_POLICE = re.compile(r"\b(police|officers?|troopers?|soldiers?|security forces|gendarmes?)\b")
_KILLED = re.compile(r"\b(killed|killing|shot dead|fatally|died|dead)\b")
_FORCE = re.compile(r"\b(shot|shoot|fired|opened fire|tear gas|batons?|tase[rd]|stun gun|"
                    r"pepper spray|rubber bullets|water cannon|beat|beaten)\b")
_ARREST = re.compile(r"\b(arrest\w*|detain\w*)\b")
_SENTENCE = re.compile(r"[^.!?\n]+")


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    labels: Mapping[str, bool]


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_docs(split: str) -> list[Doc]:
    with open(DATA / f"{split}.jsonl", encoding="utf-8") as f:
        return [Doc(j["id"], j["text"], j["labels"]) for j in map(json.loads, f) if j]


def is_state(actor: Actor | None) -> bool:
    return actor is not None and (actor.inter == STATE_INTER
                                  or actor.name.startswith(STATE_NAMES))


def _above_zero(count) -> bool:
    return count is not None and (count.best or count.low or 0) > 0


def labels_of_event(e: Event) -> dict[str, bool]:
    """The four labels one event says (the rule in the module docstring)."""
    state = is_state(e.actor1)
    kill = state and _above_zero(e.fatalities)
    arrest = (e.type.label == "ARREST" or _above_zero(e.arrested)) and not (
        e.actor1 is not None and e.actor1.inter in ARMED_NON_STATE)
    violent = e.type.event_type in VIOLENT_TYPES or e.type.label in VIOLENT_LABELS
    force = kill or (state and violent) or e.type.label == "FORCE_AGAINST_PROTEST" or (
        e.type.label == "PROTEST_WITH_INTER" and not _above_zero(e.arrested))
    return {"KILL": kill, "ARREST": arrest, "FORCE": force,
            "ANY_ACTION": kill or arrest or force}


def labels_of_events(events: Iterable[Event], keep_background: bool = False) -> dict[str, bool]:
    """A document's labels: each label that any of its events says."""
    out = dict.fromkeys(LABELS, False)
    for e in events:
        if e.background and not keep_background:
            continue
        for k, v in labels_of_event(e).items():
            out[k] = out[k] or v
    return out


def keyword_labels(text: str) -> dict[str, bool]:
    """The keyword baseline's labels for a document's text."""
    text = text.lower()
    kill = force = False
    for s in _SENTENCE.findall(text):
        if _POLICE.search(s):
            kill = kill or bool(_KILLED.search(s))
            force = force or bool(_FORCE.search(s))
    arrest = bool(_ARREST.search(text))
    force = force or kill
    return {"KILL": kill, "ARREST": arrest, "FORCE": force,
            "ANY_ACTION": kill or arrest or force}


def score(gold: Sequence[Mapping[str, bool]],
          predicted: Sequence[Mapping[str, bool]]) -> dict[str, Score]:
    """Per label true positives, false positives and false negatives over documents."""
    out = {}
    for label in LABELS:
        pairs = [(g[label], p[label]) for g, p in zip(gold, predicted, strict=True)]
        out[label] = Score(sum(g and p for g, p in pairs), sum(p and not g for g, p in pairs),
                           sum(g and not p for g, p in pairs))
    return out


def macro_f1(scores: Mapping[str, Score]) -> float:
    return sum(scores[label].f1 for label in LABELS) / len(LABELS)


def report(name: str, scores: Mapping[str, Score]) -> str:
    lines = [f"{name}: macro F1 {macro_f1(scores):.3f}"]
    for label in LABELS:
        s = scores[label]
        lines.append(f"  {label:<11} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
                     f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")
    return "\n".join(lines)


def run_eventwire(docs: Sequence[Doc], gate: float,
                  include_crime: bool = False) -> list[list[Event]]:
    """Each document's events merged as ``eventwire extract`` merges them, before its
    confidence threshold (keep those >= the threshold, as extract does). ``gate``: the lowest
    threshold asked for; extract's workers skip actors, places and dates of a document with no
    event above ``document_gate(threshold)``, which changes nothing at or above it."""
    from eventwire.merge import merge
    from eventwire.pipeline import Pipeline, clean_or_failure, document_gate
    from eventwire.records import Failure, RawDocument

    raw = [RawDocument("police", d.text, "text", line=n + 1) for n, d in enumerate(docs)]
    cleaned = [c for c in (clean_or_failure(r, None) for r in raw) if not isinstance(c, Failure)]
    if len(cleaned) < len(raw):        # a document dropped by cleaning has no events
        print(f"{len(raw) - len(cleaned)} documents failed cleaning", file=sys.stderr)
    pipeline = Pipeline(min_confidence=document_gate(gate), include_crime=include_crime)
    by_line = {r.line if isinstance(r, Failure) else r.document.line:
               () if isinstance(r, Failure) else r.events for r in pipeline.extract(cleaned)}
    return [merge(by_line.get(n + 1, ())) for n in range(len(docs))]


def kept(events: Iterable[Event], threshold: float, include_crime: bool = False) -> list[Event]:
    return [e for e in events if kept_confidence(e, include_crime) >= threshold]


def describe(e: Event) -> str:
    a1 = f"{e.actor1.name}/{e.actor1.inter}" if e.actor1 else "-"
    a2 = f"{e.actor2.name}/{e.actor2.inter}" if e.actor2 else "-"
    fat = e.fatalities.best if e.fatalities else "-"
    arr = e.arrested.best if e.arrested else "-"
    bg = " background" if e.background else ""
    return (f"{e.type.label} {e.confidence:.2f}{bg} a1={a1} a2={a2} fat={fat} arr={arr} "
            f"| {e.evidence.sentence[:80]}")


def show_errors(docs: Sequence[Doc], merged: Sequence[Sequence[Event]], threshold: float,
                keep_background: bool, limit: int, include_crime: bool = False) -> None:
    """The documents eventwire gets wrong at ``threshold``, with all their events (those
    below it marked ``<``): whether a miss is the detector's confidence or the mapping's."""
    shown = 0
    for d, evs in zip(docs, merged, strict=True):
        p = labels_of_events(kept(evs, threshold, include_crime), keep_background)
        wrong = [f"{'+' if p[k] else '-'}{k}" for k in LABELS[:3] if p[k] != d.labels[k]]
        if not wrong or shown >= limit:
            continue
        shown += 1
        print(f"{d.id} {' '.join(wrong)}: {d.text[:90]}")
        for e in evs:
            below = kept_confidence(e, include_crime) < threshold
            print(f"  {'<' if below else ' '} {describe(e)}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "aside"), default="dev")
    ap.add_argument("--min-confidence", type=float, default=None,
                    help="default: extract's default threshold")
    ap.add_argument("--also", type=float, nargs="*", default=[],
                    help="more thresholds to score eventwire at, from the same run")
    ap.add_argument("--include-crime", action="store_true",
                    help="keep events of ordinary crime and policing, as extract's option")
    ap.add_argument("--keep-background", action="store_true",
                    help="count events told as background too")
    ap.add_argument("--show", type=int, default=0, help="documents eventwire got wrong to list")
    args = ap.parse_args(argv)
    from eventwire.events.model import DEFAULT_MIN_CONFIDENCE
    threshold = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    docs = read_docs(args.split)
    gold = [d.labels for d in docs]
    t0 = time.process_time()
    merged = run_eventwire(docs, min([threshold, *args.also]), args.include_crime)
    cpu = time.process_time() - t0
    print(f"{args.split}: {len(docs)} documents, {cpu:.0f} CPU s")
    for t in (threshold, *args.also):
        ours = [labels_of_events(kept(evs, t, args.include_crime), args.keep_background)
                for evs in merged]
        print(report(f"eventwire at confidence >= {t}", score(gold, ours)))
    print(report("keyword baseline", score(gold, [keyword_labels(d.text) for d in docs])))
    show_errors(docs, merged, threshold, args.keep_background, args.show, args.include_crime)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

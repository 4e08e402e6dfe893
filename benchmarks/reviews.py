"""The project's adversarial review sets, run through the pipeline and scored per class.

    python benchmarks/reviews.py [--set r10 r11 r12] [--min-confidence T] [--show CLASS|ID]

Three read-only reviews (sessions 19-21) wrote short news articles of their own to find classes
of error in event detection: ``training/data/reviews/<set>/cases_*.txt`` (see the README there
for the line format, the ``expect`` syntax and what each set is). Each article runs through
``Pipeline`` as one document published 2026-12-03, as the reviews' own ``run.py`` ran it, and
``benchmarks/reviews_score.py`` scores its events (its docstring: matched, tolerated,
duplicate, false).

Per set: a row per class (in the order the files first name it) and the sums.

    n        articles              false.7 / false.3  false events at T / at 0.3 (wrong family in)
    art.7    articles with one     req                required events
    miss.7 / miss.3  required events not found at T / 0.3
    wfam.7   false events that are a required event read in the wrong family
    wlab.7   matched events with another label of the right family
    bgmiss   events on a background item not marked background   crcore  crime items read in core
    wplace / wdate / wact  matched events whose #place / #date or #notdate / #a1 check fails
    bgnews   bgmiss events dated in the last 30 days or undated: a user reads them as news

Then P and R at T, the 'user view' P (bgnews counted false) and the lines of the areas and
batches the set's report summed. r10 reads ``#date`` as a day inside the event's range; r11
and r12 as the event's one day, and date a positive that names one day (``Rules``). The sets
were read to find classes, so they measure whether those classes stay fixed, not unseen text.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reviews_score import (PUBLISHED, SETS, ArticleScore, Case, Group, Observed, ReviewSet,
                           Tally, family, read_cases, score_set, tally)

DATA = Path(__file__).resolve().parents[1] / "training" / "data" / "reviews"
LOW = 0.3           # the second column of each table, as the reviews printed it
DEFAULT = 0.7       # the threshold the README's figures are quoted at
COLUMNS = ("n", "false", "art", "false_low", "req", "miss", "miss_low", "wfam", "wlab", "bgmiss",
           "crcore", "wplace", "wdate", "wact", "bgnews")


def _sentences(event) -> tuple[str, ...]:
    """The event's evidence sentence, then its mentions' (flattened to one line each)."""
    said = [m.evidence.sentence for m in event.mentions] or [event.evidence.sentence]
    if event.evidence.sentence not in said:
        said.insert(0, event.evidence.sentence)
    return tuple(s.replace("\t", " ").replace("\n", " ") for s in said)


def observed(case_id: str, event) -> Observed:
    """What the scorer needs of one eventwire event."""
    d = event.date
    return Observed(
        case_id, event.type.label, family(event.type.label), event.confidence,
        event.confidence_with_crime, event.scope, event.background,
        event.location.name if event.location else "",
        str(d.start) if d and d.start else "", str(d.end) if d and d.end else "",
        event.actor1.text if event.actor1 else "", _sentences(event))


def read_events(pipeline, cases: Sequence[Case], source: str) -> list[Observed]:
    """Each case as one document through the pipeline; its events, in the pipeline's order."""
    from eventwire.records import Document
    out = []
    for c in cases:
        doc = Document(id=hashlib.sha256(c.text.encode()).hexdigest(), text=c.text,
                       source=source, title=c.title or None, url=None, published=PUBLISHED)
        for result in pipeline.process([doc]):
            out.extend(observed(c.id, e) for e in result.events)
    return out


def _header(threshold: float) -> str:
    t = f"{threshold:.2f}".rstrip("0").lstrip("0") or "0"
    names = ("n", f"false{t}", f"art{t}", "false.3", "req", f"miss{t}", "miss.3", f"wfam{t}",
             f"wlab{t}", "bgmiss", "crcore", "wplace", "wdate", "wact", "bgnews")
    return f"{'class':10} {'grp':3} " + " ".join(f"{h:>7}" for h in names)


def _row(name: str, group: str, t: Tally) -> str:
    return f"{name:10} {group:3} " + " ".join(f"{getattr(t, c):7}" for c in COLUMNS)


def _group_line(group: Group, cases: Sequence[Case], t: Tally, threshold: float) -> str:
    n = sum(group.holds(c) for c in cases)
    return (f"{group.name}: {n} articles; at {threshold:g} P {t.precision:.3f} ({t.matched} "
            f"matched, {t.false} false; user view P {t.user_precision:.3f}), R {t.recall:.3f} "
            f"({t.matched}/{t.req}); negative articles with a false event {t.neg_false}/{t.neg}")


def report(rs: ReviewSet, cases: Sequence[Case], main: dict[str, ArticleScore],
           low: dict[str, ArticleScore], threshold: float) -> list[str]:
    """The set's per-class table and summary lines."""
    lines = [f"== {rs.name}: {rs.about}", _header(threshold)]
    for cls in dict.fromkeys(c.cls for c in cases):
        group = next(c.group for c in cases if c.cls == cls)
        lines.append(_row(cls, group, tally(cases, main, low, lambda c: c.cls == cls)))
    total = tally(cases, main, low)
    lines.append(_row("ALL", "", total))
    lines.append(f"at {threshold:g}: event P {total.precision:.3f} ({total.matched} matched, "
                 f"{total.false} false), R {total.recall:.3f} ({total.matched}/{total.req} "
                 f"required); negative articles with a false event: {total.neg_false}/{total.neg}")
    lines.append(f"user view (an old event told in a clause, reported not background and dated "
                 f"within 30 days of publication or undated, counted false too): P "
                 f"{total.user_precision:.3f} ({total.false + total.bgnews} false)")
    for g in (*rs.areas, *rs.batches):
        if any(g.holds(c) for c in cases):
            lines.append(_group_line(g, cases, tally(cases, main, low, g.holds), threshold))
    return lines


def show(cases: Iterable[Case], events: Sequence[Observed], main: dict[str, ArticleScore],
         which: str) -> list[str]:
    """Each article of a class (or the case of an id) with its events at 0.3 (or with crime),
    and how each event at the main threshold was scored."""
    lines = []
    for c in cases:
        if which not in (c.cls, c.id):
            continue
        kinds = {id(o.event): o for o in main[c.id].outcomes}
        lines.append(f"\n## {c.id} [{c.expect}] {c.title} | {c.text}")
        for e in events:
            if e.case != c.id or max(e.confidence, e.confidence_with_crime) < LOW:
                continue
            o = kinds.get(id(e))
            notes = "; ".join(f"{n.kind} {n.text}".strip() for n in o.notes) if o else ""
            verdict = (o.kind if o else "-") + (f" [{notes}]" if notes else "")
            lines.append(f"   {e.label:26} c={e.confidence:.3f} cc={e.confidence_with_crime:.3f} "
                         f"{e.scope} bg={e.background} {e.place[:16]:16} "
                         f"{e.date_start}..{e.date_end} a1={e.actor1[:20]} {verdict} | "
                         f"{e.sentences[0][:110]}")
        lines.extend(f"   missed {'|'.join(i.labels)}{'@' + i.key if i.key else ''}"
                     for i in main[c.id].missed)
    return lines


def run_set(pipeline, rs: ReviewSet, threshold: float, which: str | None) -> list[str]:
    """Read, run and score one set."""
    cases = read_cases(DATA / rs.name, rs.rules)
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    events = read_events(pipeline, cases, rs.name)
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu
    print(f"{rs.name}: ran {len(cases)} articles, {len(events)} events, {cpu:.0f} CPU s",
          file=sys.stderr)
    main = score_set(cases, events, threshold, rs.rules)
    low = score_set(cases, events, LOW, rs.rules)
    lines = report(rs, cases, main, low, threshold)
    return lines + (show(cases, events, main, which) if which else [])


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", nargs="+", choices=sorted(SETS), default=sorted(SETS),
                    help="the review sets to run (all three by default)")
    ap.add_argument("--min-confidence", type=float, default=DEFAULT,
                    help="the threshold of the table's main columns and of P and R")
    ap.add_argument("--show", metavar="CLASS", help="print each article of a class (or a case "
                    "id) with its events at 0.3 and how each was scored")
    args = ap.parse_args(argv)
    from eventwire.pipeline import Pipeline
    pipeline = Pipeline()
    for i, name in enumerate(args.set):
        print(("\n" if i else "") + "\n".join(run_set(pipeline, SETS[name], args.min_confidence,
                                                      args.show)), flush=True)


if __name__ == "__main__":
    main()

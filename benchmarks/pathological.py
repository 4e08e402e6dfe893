"""Pathological inputs: time per character as the input doubles, one line per pattern.

    python benchmarks/pathological.py [--start-kb 4] [--doublings 4] [--budget 60] [PATTERN...]

Each pattern is text a hostile or broken feed can hold (issue 12): a phrase repeated inside one
sentence until the document reaches the size asked. Each size runs the whole pipeline on one
document (clean → nlp → detect → actors → places → dates → numbers → claims → merge), models
loaded once beforehand. Printed: seconds per size, microseconds per character, and the ratio of
each time to the time of the size before (2.0 is linear; 4.0 quadratic). A pattern stops
doubling once one run takes more than ``--budget`` seconds.

The generators are shared with ``tests/test_linear_time.py``, which checks the same ratios on
the pure-Python stages at smaller sizes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable

# The event every pattern opens with, so that the sentence is a candidate and gets parsed.
LEDE = "Gunmen killed 12 people in Kabul on Monday"


def _repeat(head: str, unit: str, tail: str, size: int) -> str:
    n = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * n + tail


def _nested(size: int, left: str, right: str) -> str:
    n = max(1, (size - len(LEDE) - 10) // (len(left) + len(right) + 2))
    return f"{LEDE} {left * n}police said{right * n}."


PATTERNS: dict[str, Callable[[int], str]] = {
    # actors._source_spans sorted every reporting word's dependency subtree
    "according to": lambda n: _repeat(f"{LEDE},", " according to", " officials.", n),
    # claims._TRAILING_ADVERB backtracked over the run of adverbs
    "also also ... said": lambda n: _repeat(f"{LEDE}, officials", " also", " police said.", n),
    # claims._RELATIVE_CLAUSE backtracked over the run of relative clauses
    "who x who x ...": lambda n: _repeat(f"{LEDE}, officials", " who x", " said.", n),
    # dates.tense_near scanned the sentence once per date
    "repeated dates": lambda n: _repeat(f"{LEDE},", " Monday", ".", n),
    "repeated dated days": lambda n: _repeat(f"{LEDE},", " on 3 March 2024", ".", n),
    # spaCy's suffix search on nested brackets and quotes
    "nested parentheses": lambda n: _nested(n, "(", ")"),
    "nested quotes": lambda n: _nested(n, '"', '"'),
    # one sentence without a full stop: every clause read the whole sentence
    "one long sentence": lambda n: _repeat("", f"{LEDE} and", " police said.", n),
    # comma-separated figures: memory and time of the numbers stage
    "comma-separated numbers": lambda n: _repeat(f"{LEDE}:", " 1234,", " people died.", n),
    # many short events in one paragraph: per-event work must not scan the document
    "many events": lambda n: _repeat("", f"{LEDE}, police said. ", "", n),
}


def run_pipeline() -> Callable[[str], None]:
    """A function that runs the whole pipeline on one text (models loaded now)."""
    from eventwire.clean import clean
    from eventwire.pipeline import Pipeline
    from eventwire.records import RawDocument

    pipeline = Pipeline()

    def run(text: str) -> None:
        doc = clean(RawDocument("bench", text, "text"))
        pipeline.process([doc])

    run(f"{LEDE}, police said.")             # load every model before timing
    return run


def measure(run: Callable[[str], None], make: Callable[[int], str], sizes: list[int],
            budget: float = float("inf")) -> list[tuple[int, float]]:
    """(characters, seconds) for each size, stopping after a run over ``budget`` seconds."""
    out = []
    for size in sizes:
        text = make(size)
        t0 = time.perf_counter()
        run(text)
        took = time.perf_counter() - t0
        out.append((len(text), took))
        if took > budget:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("patterns", nargs="*", help=f"any of: {', '.join(PATTERNS)}")
    ap.add_argument("--start-kb", type=float, default=4.0)
    ap.add_argument("--doublings", type=int, default=4)
    ap.add_argument("--budget", type=float, default=60.0,
                    help="stop doubling a pattern once one run takes longer (seconds)")
    args = ap.parse_args()
    unknown = [p for p in args.patterns if p not in PATTERNS]
    if unknown:
        sys.exit(f"unknown pattern(s) {unknown}: choose from {list(PATTERNS)}")
    run = run_pipeline()
    sizes = [int(args.start_kb * 1024 * 2 ** i) for i in range(args.doublings + 1)]
    for name in args.patterns or PATTERNS:
        rows = measure(run, PATTERNS[name], sizes, args.budget)
        cells, prev = [], None
        for chars, took in rows:
            ratio = f" x{took / prev:.1f}" if prev else ""
            cells.append(f"{chars / 1024:.0f} KB {took:.2f} s "
                         f"({took / chars * 1e6:.0f} us/char){ratio}")
            prev = max(took, 1e-6)
        print(f"{name:26s} " + " | ".join(cells), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()

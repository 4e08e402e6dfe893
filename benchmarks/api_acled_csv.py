"""Is the ACLED CSV ACLED-ready on real news? (issue 17's target for the export)

    python benchmarks/api_acled_csv.py                        # 300 real articles
    python benchmarks/api_acled_csv.py --articles 50 --keep /tmp/acled-check
    python benchmarks/api_acled_csv.py --db STORE             # check a store's export only
    python benchmarks/api_acled_csv.py --min-confidence 0     # every event read, not only
                                                              # export's default

Writes the first ``--articles`` news articles of the evaluation corpora (all of TR-News, then
LGL in file order; ``../shared/eval/geo``, read where they lie and never copied into the
repository) as one JSON Lines file with each article's title, address and the corpus's
download day as its publication date, ingests it with ``eventwire ingest``, exports it with
``eventwire export --format acled-csv`` (the commands as a user runs them), then checks the
file: every row has ``event_date``, ``iso``, ``country`` and ``time_precision`` in {1, 2, 3},
and pandas reads it with ACLED's column types (``eventwire.export.acled.ACLED_DTYPES``;
needs pandas). Prints the counts and every row that fails, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
CORPORA = (Path("geo/trnews/TR-News.xml"), Path("geo/lgl/lgl.xml"))


def articles(n: int, eval_dir: Path = EVAL) -> list[dict[str, str]]:
    """The first ``n`` articles of the corpora as ``read``'s JSON Lines records."""
    out: list[dict[str, str]] = []
    for path in (eval_dir / c for c in CORPORA):
        for a in ET.parse(path).getroot().findall("article"):
            text = (a.findtext("text") or "").strip()
            if not text:
                continue
            rec = {"text": text, "title": (a.findtext("title") or "").strip(),
                   "url": (a.findtext("url") or "").strip()}
            day = (a.findtext("dltime") or "").strip()[:10]
            if day:
                rec["published"] = day
            out.append({k: v for k, v in rec.items() if v})
            if len(out) == n:
                return out
    return out


def eventwire(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True,
                          text=True)
    if done.returncode:
        sys.exit(f"eventwire {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done


def check(csv_path: Path) -> tuple[int, list[str]]:
    """The rows of the ACLED CSV at ``csv_path`` and what is wrong with it (nothing: [])."""
    import pandas as pd

    from eventwire.export.acled import ACLED_DTYPES, COLUMNS

    problems = []
    # Only an empty cell is missing ("NA" is Namibia's code, not a missing value).
    frame = pd.read_csv(csv_path, dtype=ACLED_DTYPES, keep_default_na=False, na_values=[""])
    frame["event_date"] = pd.to_datetime(frame["event_date"], format="%Y-%m-%d")
    if tuple(frame.columns) != COLUMNS:
        problems.append(f"columns {list(frame.columns)} are not ACLED's")
    for i, r in frame.iterrows():
        where = f"row {int(i) + 2} ({r['event_id_cnty']})"
        if pd.isna(r["event_date"]):
            problems.append(f"{where}: no event_date")
        if r["time_precision"] not in (1, 2, 3):
            problems.append(f"{where}: time_precision {r['time_precision']}")
        if pd.isna(r["country"]) or not r["iso"]:
            problems.append(f"{where}: country {r['country']!r}, iso {r['iso']!r}")
        if pd.isna(r["latitude"]) or pd.isna(r["longitude"]):
            problems.append(f"{where}: no coordinates")
    uncoded = {c: int(frame[c].isna().sum()) for c in ("inter1", "inter2")}
    print(f"actor codes left empty (uncoded actors, not guessed): {uncoded}")
    return len(frame), problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--db", type=Path, help="check this store's export instead of ingesting")
    ap.add_argument("--min-confidence", default="0.6", help="export's threshold (0: every "
                    "event read, the hardest test of the file)")
    ap.add_argument("--eval", type=Path, default=EVAL, help="the evaluation data's folder")
    ap.add_argument("--keep", type=Path, help="folder to keep the input, store and CSV in")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        db = args.db
        if db is None:
            db = work / "acled.duckdb"
            db.unlink(missing_ok=True)
            src = work / "articles.jsonl"
            arts = articles(args.articles, args.eval)
            src.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
            t = time.perf_counter()
            eventwire("ingest", str(src), "--db", str(db), "-q", "--workers", str(args.workers))
            print(f"ingested {len(arts)} articles in {time.perf_counter() - t:.0f} s")
        out = work / "acled.csv"
        done = eventwire("export", "--db", str(db), "--format", "acled-csv", "-o", str(out),
                         "--min-confidence", args.min_confidence)
        print(done.stderr.strip())
        rows, problems = check(out)
        print(f"{rows} rows; {len(problems)} problems")
        for p in problems:
            print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

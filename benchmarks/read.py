"""Throughput of the read stage (read + clean, no NLP) for each kind of input.

    python benchmarks/read.py              # 500 articles of each kind
    python benchmarks/read.py --docs 100   # a quick look

The same synthetic articles (seeded: a dateline, a few sentences, a copyright line) are written
as .txt files, one .jsonl file, one RSS feed, one CSV table, one WARC.gz archive of HTML pages,
and .txt.gz files, into a temporary folder; each is then read by ``Pipeline.read`` and timed
(after one untimed read of each kind, which pays for imports and first use).
Figures printed: documents read, failures, documents/s and CPU seconds for each kind. On a
shared machine compare the CPU figures.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import tempfile
import time
from html import escape
from pathlib import Path

from eventwire.pipeline import Pipeline
from eventwire.records import Document

TOWNS = ["Goma", "Mopti", "Kandahar", "Mosul", "Marawi", "Idlib", "Bossangoa", "Sittwe"]
SENTENCES = [
    "Gunmen attacked a market in {town} on {day}, killing {n} people, officials said.",
    "Police in {town} said {n} suspects were arrested after the clashes.",
    "Floods cut the main road to {town} and aid convoys were turned back.",
    "Residents of {town} said the shelling went on through the night.",
    "The regional governor said talks would resume next week.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def articles(n: int, seed: int = 7) -> list[tuple[str, str, str, str]]:
    """(title, text, url, published) for ``n`` synthetic wire items."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        town = rng.choice(TOWNS)
        body = " ".join(rng.choice(SENTENCES).format(town=town, day=rng.choice(DAYS),
                                                     n=rng.randint(2, 40))
                        for _ in range(rng.randint(3, 8)))
        day = f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append((f"Report {i} from {town}", f"{town.upper()} — {body} (c) 2021 Example Wire",
                    f"https://news.example/{day.replace('-', '/')}/report-{i}", day))
    return out


def write_inputs(folder: Path, items: list[tuple[str, str, str, str]]) -> dict[str, list[Path]]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    kinds: dict[str, list[Path]] = {"txt": [], "txt.gz": []}
    for i, (_, text, _, _) in enumerate(items):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
        (folder / f"{i}.txt.gz").write_bytes(gzip.compress(text.encode()))
        kinds["txt"].append(folder / f"{i}.txt")
        kinds["txt.gz"].append(folder / f"{i}.txt.gz")
    with (folder / "all.jsonl").open("w", encoding="utf-8") as f:
        for title, text, url, day in items:
            f.write(json.dumps({"title": title, "text": text, "url": url, "published": day}) + "\n")
    rss = "".join(f"<item><title>{escape(t)}</title><link>{u}</link><pubDate>{d}</pubDate>"
                  f"<description>{escape(x)}</description></item>" for t, x, u, d in items)
    (folder / "all.rss").write_text(f"<rss version='2.0'><channel><title>Wire</title>{rss}"
                                    "</channel></rss>", encoding="utf-8")
    with (folder / "all.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["title", "text", "url", "published"])
        writer.writerows(items)
    out = io.BytesIO()
    warc = WARCWriter(out, gzip=True)
    for title, text, url, _ in items:
        page = f"<html><head><title>{escape(title)}</title></head><body><article><p>" \
               f"{escape(text)}</p></article></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        warc.write_record(warc.create_warc_record(url, "response", http_headers=http,
                                                  payload=io.BytesIO(page.encode())))
    (folder / "all.warc.gz").write_bytes(out.getvalue())
    for name in ("jsonl", "rss", "csv", "warc.gz"):
        kinds[name] = [folder / f"all.{name}"]
    return kinds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=500)
    args = ap.parse_args()
    items = articles(args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        kinds = write_inputs(Path(tmp), items)
        for paths in kinds.values():          # imports and first-use loading, not timed
            list(Pipeline().read([str(paths[0])]))
        print(f"{'input':<8} {'docs':>6} {'failed':>6} {'docs/s':>8} {'CPU s':>7}")
        for kind, paths in kinds.items():
            wall, cpu = time.perf_counter(), time.process_time()
            results = list(Pipeline().read([str(p) for p in paths]))
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            docs = sum(isinstance(r, Document) for r in results)
            print(f"{kind:<8} {docs:>6} {len(results) - docs:>6} {docs / wall:>8.0f} {cpu:>7.2f}")


if __name__ == "__main__":
    main()

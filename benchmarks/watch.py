"""``eventwire watch`` against a local site: every item ingested once, and its speed against
``eventwire ingest`` of the same pages as files.

    python benchmarks/watch.py                       # 50 feeds, 2,000 items
    python benchmarks/watch.py --feeds 5 --items 100 # a quick look
    python benchmarks/watch.py --kill-after 5        # also: killed after 5 batches, restarted

Pages are written for the benchmark (seeded templates: attacks, protests, storms, arrests,
and news with no event, in many towns), served by an HTTP server on 127.0.0.1
(tests/localsite.py) as RSS feeds of equal length, and also written to a folder. Both commands
run as a user runs them (a fresh process each, model loading included, one worker, no rate
limit: ``--host-delay 0``); a second ``watch`` pass shows the cost of polling feeds that did
not change (all answer 304). Figures printed: wall-clock and CPU seconds (user + system, of
the process and its children) and items/s of each run, their ratios, and the checks
(documents stored, pages fetched once, failures). On a shared machine compare CPU figures:
wall-clock time there measures the neighbours too.

``--kill-after N`` adds a third store: ``watch`` is killed (SIGKILL) once it has stored N
batches and run again to its end; printed: what the killed run stored, then the documents
(all, distinct addresses) and failures after the restart, and the pages fetched twice (at most
the batch in flight at the kill, ``WATCH_BATCH``).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eventwire.read.watch import WATCH_BATCH  # noqa: E402
from localsite import LocalSite, Page, rss  # noqa: E402

TOWNS = ("Kabul", "Mosul", "Aleppo", "Kandahar", "Mogadishu", "Goma", "Maiduguri", "Sanaa",
         "Benghazi", "Peshawar", "Quetta", "Kirkuk", "Homs", "Timbuktu", "Gao", "Kismayo")
TEMPLATES = (
    "Gunmen attacked a checkpoint in {town} on {day}, killing {n} soldiers, officials said. "
    "The attackers fled before reinforcements arrived, a police spokesman told reporters.",
    "A roadside bomb exploded near a market in {town} on {day}, wounding {n} civilians, "
    "according to hospital officials. No group has claimed responsibility for the blast.",
    "Thousands of protesters marched through {town} on {day} to demand higher wages. Police "
    "fired tear gas to disperse the crowd and arrested {n} people, witnesses said.",
    "Heavy floods swept through villages near {town} on {day}, killing {n} people and "
    "displacing hundreds of families, the disaster management agency said.",
    "Security forces arrested {n} suspected militants in a raid in {town} on {day}, the "
    "interior ministry said in a statement, adding that weapons were seized.",
    "The city council of {town} approved a new budget on {day} after a {n}-hour debate. The "
    "mayor said the money would go to schools, roads and the water network.",
    "Airstrikes hit a training camp outside {town} on {day}, killing at least {n} fighters, "
    "the military said. Residents reported hearing several explosions overnight.",
    "The football club of {town} won its {n}th league title on {day}, and fans celebrated in "
    "the streets until dawn, local radio reported.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def page(i: int, url: str, rng: random.Random) -> tuple[str, bytes]:
    """News page ``i`` at ``url`` (its canonical link, so that the file read by ``ingest``
    has the same address as the page ``watch`` fetches): its title and HTML."""
    town = rng.choice(TOWNS)
    body = rng.choice(TEMPLATES).format(town=town, day=rng.choice(DAYS), n=rng.randint(2, 40))
    title = f"{town}: report {i}"
    html = (f"<!doctype html><html><head><title>{title}</title>"
            f'<link rel="canonical" href="{url}">'
            f'<meta name="date" content="2024-03-{i % 28 + 1:02d}"></head><body>'
            f"<nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{body}</p>"
            f"<p>This is report number {i} of the local desk.</p></article>"
            "<footer>Copyright Local Desk</footer></body></html>")
    return title, html.encode()


def serve(site: LocalSite, folder: Path, feeds: int, items: int) -> Path:
    """Pages on the site and in ``folder/pages``; returns the feed list file."""
    rng = random.Random(2026)
    (folder / "pages").mkdir()
    lists: list[list[dict[str, str]]] = [[] for _ in range(feeds)]
    for i in range(items):
        url = site.url(f"/p/{i}.html")
        title, body = page(i, url, rng)
        (folder / "pages" / f"{i:05d}.html").write_bytes(body)
        site.put(f"/p/{i}.html", Page(body))
        lists[i % feeds].append({"title": title, "link": url})    # the item names its page
    for f, entries in enumerate(lists):
        site.put(f"/feed/{f}.xml", Page(rss(entries), content_type="application/rss+xml",
                                         etag=f'"feed-{f}"'))
    path = folder / "feeds.txt"
    path.write_text("".join(site.url(f"/feed/{f}.xml") + "\n" for f in range(feeds)))
    return path


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of a command run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def counts(db: Path) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return tuple(con.execute(f"select count(*) from {t}").fetchone()[0]
                     for t in ("documents", "failures"))


def killed_and_restarted(watch: list[str], db: Path, site: LocalSite, items: int,
                         after: int) -> list[str]:
    """Kill ``watch`` once it has stored ``after`` batches, run it again to its end, and say
    what the store holds and which pages were fetched twice."""
    before = site.hits()
    proc = subprocess.Popen(watch, stderr=subprocess.PIPE)
    buffer, batches = b"", 0
    while batches < after and (chunk := os.read(proc.stderr.fileno(), 4096)):
        buffer += chunk
        batches = len(re.findall(rb"stored \d+ documents", buffer))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    kept = counts(db)[0]
    killed_mid_way = kept < items
    wall, cpu = timed(watch)
    pages = site.hits() - before
    twice = sum(n - 1 for path, n in pages.items() if path.startswith("/p/"))
    with duckdb.connect(str(db), read_only=True) as con:
        urls = [u for (u,) in con.execute("select url from documents").fetchall()]
        failures = con.execute("select count(*) from failures").fetchone()[0]
    return [f"killed after {batches} batches (mid-way: {killed_mid_way}), {kept} documents "
            f"stored; the restart took {wall:.1f} s wall, {cpu:.1f} s CPU",
            f"after the restart: documents {len(urls)} of {items}, distinct addresses "
            f"{len(set(urls))}, failures {failures}; pages fetched twice {twice} (at most "
            f"{WATCH_BATCH}, the batch in flight)",
            f"every item stored once across the kill: "
            f"{killed_mid_way and len(urls) == len(set(urls)) == items and not failures}"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=50)
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--kill-after", type=int, metavar="N", help="also kill a watch after N "
                    "stored batches and restart it")
    args = ap.parse_args()
    eventwire = [sys.executable, "-m", "eventwire"]
    with tempfile.TemporaryDirectory() as tmp, LocalSite() as site:
        folder = Path(tmp)
        feeds = serve(site, folder, args.feeds, args.items)
        watch = [*eventwire, "watch", str(feeds), "--once", "--host-delay", "0", "--quiet",
                 "--db", str(folder / "watch.duckdb")]
        t_watch = timed(watch)
        hits = site.hits()
        pages = [hits[f"/p/{i}.html"] for i in range(args.items)]
        t_poll = timed(watch)
        t_ingest = timed([*eventwire, "ingest", str(folder / "pages"), "--quiet",
                          "--db", str(folder / "ingest.duckdb")])
        docs_w, fail_w = counts(folder / "watch.duckdb")
        docs_i, fail_i = counts(folder / "ingest.duckdb")
        killed = [] if not args.kill_after else killed_and_restarted(
            [*watch[:-3], "--db", str(folder / "killed.duckdb")], folder / "killed.duckdb",
            site, args.items, args.kill_after)
    n = args.items
    print(f"{args.feeds} feeds, {n} items (model loading included in each run, one worker)")
    for name, (wall, cpu), docs, fails in (("watch --once", t_watch, docs_w, fail_w),
                                          ("ingest of files", t_ingest, docs_i, fail_i)):
        print(f"{name:16} {wall:7.1f} s wall ({n / wall:5.1f} items/s), {cpu:7.1f} s CPU "
              f"({n / cpu:5.1f} items per CPU-second); documents {docs}, failures {fails}")
    print(f"watch / ingest throughput: wall {t_ingest[0] / t_watch[0]:.2f}, "
          f"CPU {t_ingest[1] / t_watch[1]:.2f}")
    print(f"second watch pass (every feed unchanged, 304): {t_poll[0]:.1f} s wall, "
          f"{t_poll[1]:.1f} s CPU")
    print(f"pages fetched once each: {all(p == 1 for p in pages)} "
          f"(min {min(pages)}, max {max(pages)} requests per page)")
    for line in killed:
        print(line)


if __name__ == "__main__":
    main()

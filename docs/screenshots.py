"""Make the README's screenshots: the example articles ingested, served, and photographed in
headless Chromium (the browser tests' driver, tests/chromium.py).

    python docs/screenshots.py          # writes docs/serve-map.png and docs/serve-event.png

The event page shown is the event with the most reports (side by side).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Chromium, Server  # noqa: E402

from eventwire.serve import make_app  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "examples.duckdb"
        subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(ROOT / "examples"),
                        "--db", str(db), "-q"], check=True)
        with Server(make_app(db, allow_review=True)) as server, Chromium(1280, 1000) as c:
            c.open(server.url + "/")
            c.wait_for("document.body.dataset.ready === '1'")
            c.screenshot(ROOT / "docs" / "serve-map.png")
            # The event with the most reports (an ACLED type first): they show side by side.
            most = c.evaluate("""(async () => {
                const page = await (await fetch('/api/events?limit=100')).json();
                let best = null, most = 0;
                for (const e of page.events) {
                  const one = await (await fetch('/api/events/' + e.event_id)).json();
                  const score = one.reports.length * 10 + (e.event_type ? 5 : 0);
                  if (score > most) { most = score; best = e.event_id; }
                }
                return best; })()""")
            c.evaluate(f"location.hash = '#/event/{most}'")
            c.wait_for("!!document.querySelector('#reports mark.hl-evidence')")
            c.screenshot(ROOT / "docs" / "serve-event.png")
    print("wrote docs/serve-map.png, docs/serve-event.png")


if __name__ == "__main__":
    main()

"""``eventwire watch`` run as its own process with the fake pipeline of tests/fakes.py, so that
a test can kill it mid-way at the target's scale (thousands of items) in seconds.

    python tests/read/watch_child.py FEEDS --db DB [watch options]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eventwire.pipeline  # noqa: E402
from eventwire.cli import cli  # noqa: E402
from fakes import fake_pipeline  # noqa: E402

if __name__ == "__main__":
    # cli_watch imports Pipeline from the module when it runs, so the fake is what it builds
    eventwire.pipeline.Pipeline = fake_pipeline
    cli(["watch", *sys.argv[1:]])

"""A slow fake pipeline for tests that stop real eventwire processes (tests/test_signals.py):
importable by name, so that worker processes can build it too."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from fakes import FakeDetector, fake_pipeline

# Seconds the fake detector takes per sentence: slow enough to signal a run in the middle
# even on an idle machine (at 0.1 s, 48 documents with 2 workers were all stored before the
# test, polling once a second, could signal the run).
SECONDS_PER_SENTENCE = 0.5


class SlowDetector(FakeDetector):
    def detect(self, candidates):
        if started := os.environ.get("EVENTWIRE_TEST_STARTED"):
            Path(started).touch()            # the test may signal the run from now on
        time.sleep(SECONDS_PER_SENTENCE * len(candidates))
        if hold := os.environ.get("EVENTWIRE_TEST_HOLD_FROM"):
            while any(_number(c.sentence.text) >= int(hold) for c in candidates):
                time.sleep(1)                # until the test stops the run
        return super().detect(candidates)


def _number(text: str) -> int:
    """The number of a test document ("... report 12.")."""
    m = re.search(r"report (\d+)", text)
    return int(m.group(1)) if m else -1


def slow_pipeline(**kwargs):
    """``Pipeline(**kwargs)`` with small fakes, and a slow detector."""
    return fake_pipeline(detector=SlowDetector())

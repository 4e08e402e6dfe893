"""eval merge scores exactly as the merge-ecbplus set's score.py does."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.evaluate.merge import score

# Two topics, two happenings each; records that merge right, merge across subtopics, span
# topics, leave a report out, and name a report by title or by an address with a fragment.
DOCS = [
    {"id": "1_a1", "topic": 1, "subtopic": "1a", "url": "https://a.example/1", "title": "A one"},
    {"id": "1_a2", "topic": 1, "subtopic": "1a", "url": "https://b.example/2#1_a2",
     "title": "A two"},
    {"id": "1_a3", "topic": 1, "subtopic": "1a", "url": None, "title": "A three"},
    {"id": "1_b1", "topic": 1, "subtopic": "1b", "url": "https://c.example/3", "title": None},
    {"id": "1_b2", "topic": 1, "subtopic": "1b", "url": "https://d.example/4", "title": None},
    {"id": "2_a1", "topic": 2, "subtopic": "2a", "url": "https://e.example/5", "title": None},
    {"id": "2_a2", "topic": 2, "subtopic": "2a", "url": "https://f.example/6", "title": None},
    {"id": "2_b1", "topic": 2, "subtopic": "2b", "url": "https://g.example/7", "title": None},
]


def _m(url=None, title=None, start=0):
    return {"document": {"id": "x", "url": url, "title": title},
            "evidence": {"sentence": "s", "span": [start, start + 5]}}


EVENTS = [
    {"label": "ATTACK", "mentions": [_m("https://a.example/1"), _m("https://b.example/2"),
                                     _m(title="A three", start=40)]},
    {"label": "ATTACK", "mentions": [_m("https://a.example/1", start=90),
                                     _m("https://c.example/3")]},          # across subtopics
    {"label": "FIRE", "mentions": [_m("https://d.example/4")]},
    {"label": "FIRE", "mentions": [_m("https://e.example/5"), _m("https://g.example/7"),
                                   _m("https://nowhere.example/")]},
    {"label": "ATTACK", "mentions": [], "document": {"url": "https://f.example/6"},
     "evidence": {"span": [3, 9]}},
]


def test_scores_equal_score_py(tmp_path, shared):
    docs, events = tmp_path / "docs.jsonl", tmp_path / "events.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    events.write_text("".join(json.dumps(e) + "\n" for e in EVENTS), encoding="utf-8")
    script = shared / "eval" / "merge-ecbplus" / "score.py"
    out = subprocess.run([sys.executable, str(script), str(docs), str(events)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    ours = CliRunner().invoke(cli, ["eval", "merge", str(docs), "--events", str(events)])
    assert ours.exit_code == 0, ours.output
    lines = ours.output.splitlines()
    assert lines[-1] == out[-1]                      # merge pairwise F1: ...
    assert lines[-2] == out[-2]                      # main-event (lede) records only: ...
    s = score(DOCS, EVENTS)
    assert (s.tp, s.fp, s.fn, s.unmatched) == (3, 2, 2, 1)   # counted by hand
    # missed: 1_b1-1_b2 (both have events, none shared) and 2_a1-2_a2 (both listed too)
    assert s.fn_no_event == 0


def test_missed_pairs_with_a_report_of_no_event_are_told_apart():
    s = score(DOCS, EVENTS[:2])          # 1_b2 and topic 2 now have no event
    assert (s.fn, s.fn_no_event) == (2, 2)       # 1_b1-1_b2 and 2_a1-2_a2

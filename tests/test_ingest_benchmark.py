"""benchmarks/ingest_vs_extract.py: its feed is deterministic and shaped like wire copy."""

from __future__ import annotations

import json

from bench import load

ive = load("ingest_vs_extract")


def test_the_feed_is_deterministic_with_retellings_and_copies(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    ive.feed(a, 200)
    ive.feed(b, 200)
    assert a.read_bytes() == b.read_bytes()
    rows = [json.loads(line) for line in a.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 200 and len({r["url"] for r in rows}) == 200
    texts = [r["text"] for r in rows]
    copies = sum(texts[i] == texts[i - 1] for i in range(1, len(texts)))
    assert copies >= 20                       # every tenth item is another outlet's copy
    assert len(set(texts)) > 150 and all(r["published"] for r in rows)


def test_the_rate_per_step_is_read_from_the_progress_line():
    import sys
    script = ("import sys, time\n"
              "for i in range(0, 50, 5):\n"
              "    sys.stderr.write(f'{i}doc [00:00, 12.5doc/s]\\r'); sys.stderr.flush()\n")
    secs, own_cpu, below_cpu, marks = ive.timed_steps([sys.executable, "-c", script], step=10)
    assert len(marks) == 4 and marks == sorted(marks) and marks[-1] <= secs
    assert own_cpu >= 0 and below_cpu >= 0


def test_replay_adds_the_captured_batches_to_a_copy_of_the_store(tmp_path, capsys):
    import pickle

    from store.test_merging import STORY, _doc

    from eventwire.store import Store

    replay = load("ingest_replay")
    base = tmp_path / "base.duckdb"
    with Store.open(base) as s:
        s.add_batch([(_doc(e.document.id), [e]) for e in STORY[:4]])
    batches = tmp_path / "b.pkl"
    batches.write_bytes(pickle.dumps([[(_doc(e.document.id), [e]) for e in STORY[4:]]]))
    assert replay.replay(str(base), str(batches), 2, warm=True) == 0
    assert f"{len(STORY) - 4} documents in batches of 2" in capsys.readouterr().out
    # a capture since the workers hand vectors over: (documents, vectors) a batch
    from eventwire.merge.text import packed
    batches.write_bytes(pickle.dumps([([(_doc(e.document.id), [e]) for e in STORY[4:]],
                                       tuple(zip([STORY[4].evidence.sentence],
                                                 packed([[1.0] * 512]), strict=True)))]))
    assert replay.replay(str(base), str(batches), 2, warm=True, handed=True) == 0
    assert f"{len(STORY) - 4} documents in batches of 2" in capsys.readouterr().out
    with Store.open(base, read_only=True) as s:      # the store itself is left as it was
        assert s.counts()["documents"] == 4

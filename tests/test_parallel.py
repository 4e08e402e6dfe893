"""Several processes give the same events, in the same order, as one; one document cannot
stall a run; stopping a run ends its workers."""

from __future__ import annotations

import time
import pytest

from eventwire import parallel
from eventwire.records import Failure

from fakes import FakeDetector, fake_pipeline, make_document

DOCS = [make_document(f"Jets struck Idlib on Monday, report {i}.", source=f"d{i}.txt")
        for i in range(40)]


class StallingDetector(FakeDetector):
    """Never finishes a sentence that says STALL (pure-Python loop, as a runaway stage)."""

    def detect(self, candidates):
        for c in candidates:
            while "STALL" in c.sentence.text:
                pass
        return super().detect(candidates)


def stalling_pipeline():
    return fake_pipeline(detector=StallingDetector())


def _with_stall(n: int, at: int) -> list:
    docs = [make_document(f"Jets struck Idlib on Monday, report {i}.", source=f"d{i}.txt")
            for i in range(n)]
    docs[at] = make_document("Jets struck Idlib, STALL.", source="stall.txt")
    return docs


def test_workers_keep_input_order_and_results():
    one = list(parallel.run(DOCS, workers=1, factory=fake_pipeline))
    two = list(parallel.run(DOCS, workers=2, factory=fake_pipeline, batch_size=3))
    assert [r.document.source for r in two] == [d.source for d in DOCS]
    assert [[e.id for e in r.events] for r in two] == [[e.id for e in r.events] for r in one]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_its_budget_is_its_failure_and_the_others_go_on(workers):
    docs = _with_stall(7, at=2)
    t0 = time.perf_counter()
    got = list(parallel.run(docs, workers=workers, factory=stalling_pipeline, batch_size=3,
                            seconds=0.5))
    took = time.perf_counter() - t0
    assert [r.source if isinstance(r, Failure) else r.document.source for r in got] == \
        [d.source for d in docs]
    [failed] = [r for r in got if isinstance(r, Failure)]
    assert failed.source == "stall.txt" and failed.stage == "budget"
    assert "not finished after 0.5 s" in failed.message
    assert all(r.events for r in got if not isinstance(r, Failure))
    assert took < 30            # the stall cost two budgets, not forever


def test_no_budget_outside_the_main_thread_runs_the_batch_as_it_is():
    import threading
    out = []
    thread = threading.Thread(target=lambda: out.extend(
        parallel.run(DOCS[:3], workers=1, factory=fake_pipeline, seconds=0.5)))
    thread.start()
    thread.join(30)
    assert [r.document.source for r in out] == [d.source for d in DOCS[:3]]


def test_a_caller_timer_is_left_alone():
    import signal
    signal.setitimer(signal.ITIMER_REAL, 100)
    previous = signal.signal(signal.SIGALRM, lambda *a: None)
    try:
        got = list(parallel.run(DOCS[:3], workers=1, factory=fake_pipeline, seconds=0.5))
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 90
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert len(got) == 3


def test_a_run_stopped_early_ends_its_workers_at_once():
    import multiprocessing
    results = parallel.run(_with_stall(12, at=4), workers=2, factory=stalling_pipeline,
                           batch_size=1, seconds=None)
    assert next(results).document.source == "d0.txt"
    workers = multiprocessing.active_children()
    assert len(workers) == 2
    t0 = time.perf_counter()
    results.close()                     # the caller stops (as a signal's exception does)
    assert time.perf_counter() - t0 < 10
    assert not any(w.is_alive() for w in workers)


def test_a_worker_ends_when_the_run_process_is_gone():
    import subprocess
    import sys
    # A process that is gone at once stands for a run killed with SIGKILL.
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    code = ("import time, sys; from eventwire import parallel; "
            f"parallel.ORPHAN_CHECK_SECONDS = 0.1; parallel._worker_started({gone.pid}); "
            "time.sleep(30); sys.exit(0)")
    t0 = time.perf_counter()
    worker = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert worker.returncode == 1 and time.perf_counter() - t0 < 20


def test_dask_local_cluster_gives_the_same_events():
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    got = list(parallel.run_dask(DOCS[:6], workers=1, factory=fake_pipeline, batch_size=2))
    assert [r.document.source for r in got] == [d.source for d in DOCS[:6]]


class _FakeEncoder:
    def encode(self, texts):
        import numpy as np
        return np.stack([np.full(4, len(t), np.float32) / 3 for t in texts])


def test_results_carry_the_vectors_the_detector_encoded_of_their_events(monkeypatch):
    import numpy as np

    from eventwire.merge.text import rounded, unpacked

    class EncodingDetector(FakeDetector):
        def __init__(self):
            super().__init__()
            self._encoder = _FakeEncoder()

        @property
        def encoder(self):              # as the Detector's
            return self._encoder

        def wrap_encoder(self, wrap):   # as the Detector's
            self._encoder = wrap(self._encoder)
            return self._encoder

        def detect(self, candidates):
            self._encoder.encode([c.sentence.text for c in candidates] + ["not an event's"])
            return super().detect(candidates)

    got = list(parallel.run(DOCS[:5], workers=1,
                            factory=lambda: fake_pipeline(detector=EncodingDetector())))
    for r in got:
        [event] = r.events
        [(sentence, data)] = r.vectors              # the event's sentence, nothing else
        assert sentence == event.evidence.sentence
        assert np.array_equal(unpacked(data), rounded(_FakeEncoder().encode([sentence])[0]))
    plain = list(parallel.run(DOCS[:5], workers=1, factory=fake_pipeline))
    assert [(r.document, r.events) for r in got] == [(r.document, r.events) for r in plain]
    assert not any(getattr(r, "vectors", ()) for r in plain)    # a detector without encoder

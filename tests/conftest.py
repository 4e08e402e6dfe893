from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (founding example, evaluation data); tests needing it skip visibly without it."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not there: the evaluation data and founding example live "
                    "beside the repository")
    return SHARED

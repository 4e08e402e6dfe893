"""Fixtures of the events tests: the spaCy pipeline, loaded once, and a parse of a sentence
as the pipeline parses it (ALL-CAPS and lower-case lines given ordinary case first)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def parse(nlp):
    """The parse of a sentence as the pipeline makes it (eventwire.casing first)."""
    from eventwire.casing import Truecaser
    truecaser = Truecaser()
    return lambda text: nlp(truecaser.restore(text))

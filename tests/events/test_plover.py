"""PLOVER source and target of a sentence's main verb: active, passive, "by" phrases."""

from __future__ import annotations

import pytest

from eventwire.events.plover import clause_roles, plover_type


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Protesters attacked the embassy on Monday.", "Protesters", "the embassy"),
    ("The embassy was attacked by protesters on Monday.", "protesters", "The embassy"),
    ("Two journalists were arrested in Cairo.", None, "Two journalists"),
    ("The minister was criticised by opposition lawmakers.", "opposition lawmakers",
     "The minister"),
])
def test_the_passive_subject_is_the_target_and_the_by_phrase_the_source(nlp, text, source,
                                                                        target):
    assert clause_roles(nlp(text)) == (source, target)


@pytest.mark.parametrize("trigger", ["banned", "barred", "preventing", "prevented", "forbade"])
def test_keeping_people_from_moving_is_a_restriction(trigger):
    assert plover_type(trigger, "CHANGE_TO_GROUP_ACT") == ("COERCE", "restrict")

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


@pytest.mark.parametrize("trigger", ["banned", "barred", "preventing", "prevented", "forbade",
                                     "kept villagers from leaving", "stopping men from leaving",
                                     "stopped families leaving the camp",
                                     "have not let residents leave",
                                     "never allowed the miners to leave"])
def test_keeping_people_from_moving_is_a_restriction(trigger):
    assert plover_type(trigger, "CHANGE_TO_GROUP_ACT") == ("COERCE", "restrict")


@pytest.mark.parametrize("trigger", ["stopped a lorry leaving the scene",
                                     "kept leaving the meetings early"])
def test_leaving_with_no_one_kept_from_it_is_no_restriction(trigger):
    assert plover_type(trigger, "CHANGE_TO_GROUP_ACT")[1] != "restrict"


@pytest.mark.parametrize(("trigger", "after", "expected"), [
    ("stopped", "people leaving the town since March", ("COERCE", "restrict")),
    ("kept", " families from leaving the valley", ("COERCE", "restrict")),
    ("banned", "rallies", ("COERCE", "restrict")),              # the trigger alone says it
    # a cue further on is not the trigger's
    ("moved", "into homes and stopped people leaving", ("MOBILIZE", None)),
    ("stopped", "a lorry leaving the depot", ("MOBILIZE", None)),
])
def test_the_words_after_a_trigger_complete_a_cue_it_opens(trigger, after, expected):
    assert plover_type(trigger, "CHANGE_TO_GROUP_ACT", after) == expected

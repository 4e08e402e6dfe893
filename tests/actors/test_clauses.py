"""eventwire.actors.clauses on sentences written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.actors.clauses import (
    COUNT_ONLY,
    act_of,
    joint_spans,
    purpose_objects,
    verb_of,
)


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_noun_trigger_belongs_to_its_verb(nlp):
    doc = nlp("The bombing of the market killed six people.")
    assert verb_of(_tok(doc, "bombing")).text == "killed"


def test_a_trigger_on_a_date_reads_the_main_verb_and_a_real_one_stays(nlp):
    doc = nlp("On 4 May rebels burned the depot.")
    assert act_of(doc, _tok(doc, "May")).text == "burned"
    assert act_of(doc, _tok(doc, "depot")).text == "depot"
    assert act_of(doc, None) is None


@pytest.mark.parametrize(("text", "trigger", "joint"), [
    ("Soldiers and police raided the village.", "raided", "Soldiers and police"),
    ("The presidents of Chile and Peru met in Lima.", "met", None),     # two sides
])
def test_the_subject_of_a_one_sided_act_acted_jointly(nlp, text, trigger, joint):
    doc = nlp(text)
    spans = joint_spans(_tok(doc, trigger))
    assert [text[s:e] for s, e in spans] == ([joint] if joint else [])


def test_whom_a_deals_purpose_names(nlp):
    doc = nlp("A deal to release soldiers captured by the militia collapsed.")
    names = {doc[i].text for i in purpose_objects(_tok(doc, "deal"))}
    assert "soldiers" in names and "collapsed" not in names


@pytest.mark.parametrize(("words", "count"), [
    ("eleven", True), ("12 of them", True), ("dozens", True), ("twenty", True),
    ("four soldiers", False), ("deputy", False), ("city", False),
])
def test_a_count_with_no_noun(words, count):
    assert bool(COUNT_ONLY.fullmatch(words)) == count

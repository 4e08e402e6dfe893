"""PLOVER source and target on hand-written sentences (tests/data/plover_roles): the target
names a party, never a thing, date or place; reported clauses, demands, owners, X -> X. Rows
with a ``type`` also give the PLOVER type (a trailing speech verb never names it).

``dev.jsonl`` was written to build the mechanisms; ``aside.jsonl`` and ``holdout.jsonl`` were
written before their outputs were seen and are scored as a whole (holdout was never looked at
while the code changed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.events.plover import clause_roles, read_plover

DATA = Path(__file__).resolve().parents[1] / "data" / "plover_roles"
# Share of held-aside sentences whose source and target must both be right: the mechanisms
# scored 0.92 on aside.jsonl and 0.95 on holdout.jsonl when written; below 0.8 is a regression.
# Five holdout rows on speech verbs (with types) came later: 24 of 25 right with the speech
# verbs' stance read (issue 16), 22 before; then four on targets deep in a phrase ("a camp run
# by X") and one on an act as subject: 29 of 30, 27 before.
HELD_ASIDE_FLOOR = 0.8


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _right(row: dict, found: tuple[str | None, str | None], ptype: str | None = None) -> bool:
    """Each expected role is None and nothing was found, or its word is in what was found; and
    the row's PLOVER type, if it gives one, is ``ptype``."""
    return row.get("type", ptype) == ptype and all((want is None and got is None) or (
        want is not None and got is not None and want.lower() in got.lower())
        for want, got in zip((row["source"], row["target"]), found, strict=True))


@pytest.mark.parametrize("row", _rows("dev.jsonl"), ids=lambda r: r["text"][:40])
def test_roles_of_hand_written_sentences(nlp, row):
    doc = nlp(row["text"])
    found, ptype = clause_roles(doc), _type(doc)
    assert _right(row, found, ptype), (found, ptype)


def _type(doc) -> str | None:
    found = read_plover(doc.text, doc)
    return found[0] if found else None


@pytest.mark.parametrize("name", ["aside.jsonl", "holdout.jsonl"])
def test_held_aside_sentences(nlp, name):
    rows = _rows(name)
    right = sum(_right(r, clause_roles(doc), _type(doc)) for r in rows
                for doc in [nlp(r["text"])])
    assert right / len(rows) >= HELD_ASIDE_FLOOR


@pytest.mark.parametrize("text", [
    "Israel and Lebanon resumed talks on an Israeli pullback.",
    "Spain and Morocco renewed their fishing accord.",
])
def test_a_party_is_never_its_own_target(nlp, text):
    source, target = clause_roles(nlp(text))
    assert source is not None
    assert target is None or target.lower() not in source.lower()


@pytest.mark.parametrize(("text", "speaker"), [
    ("The rebels said they had seized the airport.", "rebels"),
    ("Nigeria announced that it will withdraw from the talks.", "Nigeria"),
    ("The ministry said its inspectors had closed the plant.", "ministry"),
])
def test_a_pronoun_subject_of_a_reported_clause_is_the_speaker(nlp, text, speaker):
    assert speaker in (clause_roles(nlp(text))[0] or "")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The envoy said the rebels must lay down their arms.", "envoy", "rebels"),
    ("Brazil said Paraguay should reopen the bridge.", "Brazil", "Paraguay"),
])
def test_said_must_is_a_demand_of_the_speaker(nlp, text, source, target):
    found = clause_roles(nlp(text))
    assert source in (found[0] or "") and target in (found[1] or "")


@pytest.mark.parametrize(("text", "target"), [
    ("The opposition denounced an Egyptian plan for the border.", "Egyptian"),
    ("Chile welcomed Argentina's offer of help.", "Argentina"),
])
def test_a_thing_acted_upon_points_to_its_owner(nlp, text, target):
    assert clause_roles(nlp(text))[1] == target


def test_a_name_keeps_its_of_phrase_and_home(nlp):
    source, _ = clause_roles(nlp("Leaders of the Unity Front in the south rejected the deal."))
    assert source == "Leaders of the Unity Front in the south"


@pytest.mark.parametrize(("text", "target"), [
    ("The opposition demanded that the president resign before the vote.", "president"),
    ("Ghana insisted that Togo reopen the border crossings.", "Togo"),
    ("The unions decided that the ministry should pay the arrears.", "ministry"),
])
def test_the_subject_of_a_demanded_clause_is_the_target(nlp, text, target):
    assert target in (clause_roles(nlp(text))[1] or "")


@pytest.mark.parametrize(("text", "target"), [
    ("The governor imposed a curfew in Kano after the riots.", "Kano"),
    ("The army lifted the state of emergency in Mali on Friday.", "Mali"),
    ("The two presidents met in Geneva on Monday.", None),          # where, not whom
    ("France lifted the ban in France on Monday.", None),            # the subject's own
])
def test_a_place_something_was_done_to_stands_for_its_people(nlp, text, target):
    found = clause_roles(nlp(text))[1]
    assert found == target if target is None else target in (found or "")


@pytest.mark.parametrize(("text", "source"), [
    ("Russian air strikes killed twelve fighters near the border.", "Russian"),
    ("Israeli shelling destroyed two houses in the village.", "Israeli"),
])
def test_an_act_or_weapon_as_subject_names_its_owner_as_source(nlp, text, source):
    assert source in (clause_roles(nlp(text))[0] or "")


def test_an_act_without_an_owner_names_no_source(nlp):
    assert clause_roles(nlp("A roadside bomb killed two soldiers on Sunday."))[0] is None


@pytest.mark.parametrize(("text", "source"), [
    ("Newly elected Prime Minister Ana Silva has refused to meet the strikers.", "Silva"),
])
def test_a_subjectless_root_hides_the_clause_that_acts(nlp, text, source):
    assert source in (clause_roles(nlp(text))[0] or "")


@pytest.mark.parametrize("text", [
    "The unions called a general strike for Monday.",
    "The two navies held joint military exercises last week.",
    "The group vowed to resume terrorist activities.",
])
def test_an_adjective_that_could_name_a_party_owns_nothing(nlp, text):
    assert clause_roles(nlp(text))[1] is None


@pytest.mark.parametrize(("text", "target"), [
    ("Police fired tear gas to disperse striking dockworkers at the port.", "dockworkers"),
    ("Two detainees began a hunger strike to protest the governor's decision.", "governor"),
    ("Farmers blocked the motorway in protest against the trade ministry.", "ministry"),
    ("A shelter for displaced families was shelled overnight.", "families"),
])
def test_whom_a_purpose_protest_or_passive_thing_concerns_is_the_target(nlp, text, target):
    assert target in (clause_roles(nlp(text))[1] or "")

"""Doers the word lists do not name, and who only bore an act (:mod:`eventwire.actors.doers`),
with the surnames, exchanges of words and arrests nobody is said to make that fill actor1 on
whole documents; on sentences written for eventwire (tests/data/actor_roles/doers_*.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.actors import ActorExtractor
from eventwire.records import Actor, EventMention, Sentence
from eventwire.taxonomy import event_type

_ROWS = Path(__file__).resolve().parents[1] / "data" / "actor_roles"
# Held-aside rows (doers_aside.jsonl), written after the mechanisms and the dev rows and scored
# once: 13 of 14 right ("militiamen" is named an unidentified armed group, not a militia);
# 6 of 14 before the mechanisms. Below 0.8 is a regression.
HELD_ASIDE_FLOOR = 0.8


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (_ROWS / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _roles(nlp, r: dict) -> tuple[Actor | None, Actor | None]:
    doc_text = r.get("doc") or r["text"]
    start = doc_text.index(r["text"])
    sentence = Sentence(r["text"], start, start + len(r["text"]))
    s = start + r["text"].index(r["trigger"])
    mention = EventMention(event_type(r["label"]), r["trigger"], (s, s + len(r["trigger"])),
                           sentence, 0.9)
    return ActorExtractor().actors(nlp(r["text"]), sentence, mention, text=doc_text)


def _named(want: str | None, got: Actor | None) -> bool:
    return got is None if want is None else got is not None and got.name.startswith(want)


def _row_right(nlp, r: dict) -> bool:
    """actor1/actor2, when the row gives them, begin with the names expected (None: no actor);
    ``not_actor1``: a name actor1 must not begin with."""
    a1, a2 = _roles(nlp, r)
    return ((("actor1" not in r) or _named(r["actor1"], a1))
            and (("actor2" not in r) or _named(r["actor2"], a2))
            and not (a1 is not None and "not_actor1" in r
                     and a1.name.startswith(r["not_actor1"])))


@pytest.mark.parametrize("row", _rows("doers_dev.jsonl"),
                         ids=lambda r: f"{r['class']}: {r['text'][:40]}")
def test_doers_of_hand_written_rows(nlp, row):
    assert _row_right(nlp, row)


def test_held_aside_doers(nlp):
    rows = _rows("doers_aside.jsonl")
    right = sum(_row_right(nlp, r) for r in rows)
    print(f"\ndoers aside: {right}/{len(rows)}")
    assert right / len(rows) >= HELD_ASIDE_FLOOR


def test_a_surname_two_titled_people_share_names_nobody():
    from eventwire.actors.names import titled_surnames
    people = titled_surnames("President Ana Ruiz met Senator Luis Ruiz and Governor Eva Lind.")
    assert "Ruiz" not in people and people["Lind"].name == "Eva Lind"


@pytest.mark.parametrize(("text", "surname", "full"), [
    ("Gendarmes detained opposition lawmaker Awa Ndiaye Sarr at her home.", "Sarr",
     "Awa Ndiaye Sarr"),
    ("The activist Omar Sy was freed on bail.", "Sy", "Omar Sy"),
    ("Rebel commander Joseph Obuku surrendered.", "Obuku", "Joseph Obuku"),
    ("Police questioned a spokeswoman Leila Haddad.", "Haddad", "Leila Haddad"),
])
def test_a_person_named_after_a_role_in_lower_case_is_known_by_surname(text, surname, full):
    from eventwire.actors.names import titled_surnames
    assert titled_surnames(text)[surname].name == full


@pytest.mark.parametrize("text", [
    "Protesters marched after Friday Prayers in Kano.",      # no role before the name
    "The leader of the group, Omar Sy, was freed.",          # a comma: an apposition
    "Commander Obuku surrendered.",                         # one word: a surname already
])
def test_no_full_name_after_a_role_names_no_one(text):
    from eventwire.actors.names import titled_surnames
    assert titled_surnames(text) == {}


def test_a_surname_after_a_role_stands_for_the_person(nlp):
    from eventwire.actors.people import surname_mentions
    doc = ("Gendarmes arrested opposition lawmaker Lamine Faye in Thies. Faye, a critic of the "
           "government, was held on charges of spreading false news.")
    sent = nlp("Faye, a critic of the government, was held on charges of spreading false news.")
    found = surname_mentions(sent, doc, ())
    assert [a.name for a in found] == ["Lamine Faye"]


def test_an_owner_named_by_surname_is_no_party(nlp):
    from eventwire.actors.people import surname_mentions
    doc = "Defence Minister Rami Haddad left. Haddad's convoy was hit."
    sent = nlp("Haddad's convoy was hit.")
    assert surname_mentions(sent, doc, ()) == ()


@pytest.mark.parametrize(("text", "under"), [
    ("Troops came under fire near the river.", True),
    ("The convoy comes under attack almost daily.", True),
    ("Troops came to the village under cover of darkness.", False),
    ("Rebels operating under a new commander attacked the post.", False),
])
def test_who_came_under_an_act(nlp, text, under):
    from eventwire.actors.clauses import came_under
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert came_under(verb) is under


def test_a_lone_attacker_named_twice_differently_keeps_its_words():
    from eventwire.actors.doers import identified_attacker
    actor = Actor("Unidentified Armed Group", "gunman", (2, 8), 3)
    text = ("A gunman fired. The gunman was identified as Ana Ruiz. Later the attacker was "
            "named as Eva Lind.")
    assert identified_attacker(actor, text) == actor
    assert identified_attacker(actor, "The gunman was identified as Ana Ruiz.").name == "Ana Ruiz"


def test_an_arrest_nobody_makes_has_no_words_of_its_own():
    from eventwire.actors.doers import arresting_police
    mention = EventMention(event_type("ARREST"), "detained", (10, 18), Sentence("x", 0, 1), 0.9)
    police = arresting_police(mention, None)
    assert police.name == "Police Forces" and police.text == "" and police.span == (10, 10)

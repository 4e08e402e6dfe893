"""ACLED's inter codes for actors the record leaves uncoded, and ACLED's default actor 1."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from serve_store import _event

from eventwire.export.acled import row
from eventwire.export.inter import inter1, inter2, inter_of_name
from eventwire.records import Actor
from eventwire.taxonomy import event_type


@pytest.mark.parametrize(("name", "inter"), [
    ("Military Forces of Syria", 1), ("Police Forces of India", 1), ("Government of Iraq", 1),
    ("Rebel Group", 2), ("Unidentified Armed Group (Nigeria)", 3), ("Communal Militia", 4),
    ("Rioters (Kenya)", 5), ("Protesters (Chile)", 6), ("Civilians (Mali)", 7),
    ("Islamic State", 2),                       # a listed actor, by name and by alias
    ("ISIS", 2),
    ("Maria Lopez", None), ("Governmental Affairs Weekly", None),   # nothing to code it by
])
def test_a_name_gives_its_category(name, inter):
    assert inter_of_name(name) == inter


def _ev(label, a1=None, a2=None, civilians=False):
    _, e = _event(0, (label, "Nigeria", "NG", "Maiduguri", 11.85, 13.16, date(2021, 3, 3),
                      None, None, 2, "Gunmen struck Maiduguri."))
    return replace(e, type=event_type(label), actor1=a1, actor2=a2,
                   civilian_targeting=civilians)


def _actor(name, inter=None):
    return Actor(name, name, (0, 1), inter)


def test_uncoded_actors_are_coded_from_their_names_and_roles():
    e = _ev("ATTACK", _actor("Police Forces of Nigeria"), _actor("Musa Bello"), civilians=True)
    assert (inter1(e), inter2(e)) == (1, 7)        # a named victim of civilian targeting
    e = _ev("ARMED_CLASH", _actor("Boko Haram"), _actor("Musa Bello"))
    assert (inter1(e), inter2(e)) == (2, None)     # a person in a battle: not guessed
    e = _ev("ARMED_CLASH", _actor("Boko Haram", 3), None)
    assert inter1(e) == 3                          # a record's own code is kept


@pytest.mark.parametrize(("label", "actor", "inter"), [
    ("PEACE_PROTEST", "Protesters (Nigeria)", 6), ("VIOL_DEMONSTR", "Rioters (Nigeria)", 5),
    ("ARMED_CLASH", "Unidentified Armed Group (Nigeria)", 3),
    ("AIR_STRIKE", "Unidentified Armed Group (Nigeria)", 3),
    ("ATTACK", "Unidentified Armed Group (Nigeria)", 3),
])
def test_an_event_without_actor1_gets_acleds_default_actor(label, actor, inter):
    r = row(_ev(label))
    assert (r["actor1"], r["inter1"]) == (actor, inter)
    assert r["interaction"] == inter * 10


@pytest.mark.parametrize("label", ["AGREEMENT", "CHANGE_TO_GROUP_ACT", "HQ_ESTABLISHED",
                                   "PROPERTY_DISTRUCT", "OTHER"])
def test_no_default_actor_is_invented_for_other_strategic_developments(label):
    r = row(_ev(label))
    assert r is not None and (r["actor1"], r["inter1"], r["interaction"]) == ("", "", "")


def test_arrests_are_made_by_the_countrys_police_when_no_one_is_named():
    r = row(_ev("ARREST"))
    assert (r["actor1"], r["inter1"], r["inter2"], r["interaction"]) == (
        "Police Forces of Nigeria", 1, 0, 10)
    named = row(_ev("ARREST", _actor("Maria Lopez")))     # a person arresting: not police
    assert (named["actor1"], named["inter1"]) == ("Maria Lopez", "")


@pytest.mark.parametrize(("label", "inter"), [
    ("ATTACK", 3), ("ARMED_CLASH", 3), ("REM_EXPLOS", 3), ("PEACE_PROTEST", 6),
    ("VIOL_DEMONSTR", 5)])
def test_a_perpetrator_of_no_known_group_takes_the_types_category(label, inter):
    r = row(_ev(label, _actor("Maria Lopez"), _actor("Civilians (Nigeria)")))
    assert (r["actor1"], r["inter1"]) == ("Maria Lopez", inter)
    coded = row(_ev(label, _actor("Police Forces of Nigeria")))
    assert coded["inter1"] == 1                     # a coded actor keeps its own category


def test_no_actor2_is_acleds_zero_and_an_uncoded_one_stays_empty():
    alone = row(_ev("PEACE_PROTEST", _actor("Protesters (Nigeria)")))
    assert (alone["actor2"], alone["inter2"], alone["interaction"]) == ("", 0, 60)
    person = row(_ev("ARMED_CLASH", _actor("Boko Haram"), _actor("Musa Bello")))
    assert (person["inter2"], person["interaction"]) == ("", "")   # not "acted alone" (20)


def test_assoc_actor_is_exported():
    a1 = replace(_actor("Rebel Group", 2), assoc="Military Forces of Russia")
    assert row(_ev("ARMED_CLASH", a1))["assoc_actor_1"] == "Military Forces of Russia"

"""Actor mentions and roles, on sentences written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorExtractor, find_actor_mentions, outside_own_country
from eventwire.records import EventMention, Sentence
from eventwire.taxonomy import event_type


@pytest.mark.parametrize("alias", ["ISIS", "ISIL", "Daesh", "Islamic State group", "IS"])
def test_aliases_merge(alias):
    mentions = find_actor_mentions(f"On Monday {alias} fighters left the town.")
    assert mentions[0].name == "Islamic State"
    assert mentions[0].text == alias and mentions[0].inter == 2


def test_country_adjective_names_state_forces():
    (m,) = find_actor_mentions("Russian warplanes struck the outskirts.")
    assert (m.name, m.inter, m.country, m.text) == (
        "Military Forces of Russia", 1, "RU", "Russian warplanes")


@pytest.mark.parametrize(("text", "inter"), [
    ("police", 1), ("rebels", 2), ("militiamen", 3), ("herdsmen", 4), ("rioters", 5),
    ("protesters", 6), ("villagers", 7)])
def test_categories(text, inter):
    (m,) = find_actor_mentions(f"The {text} gathered.")
    assert m.inter == inter


def test_police_without_country():
    (m,) = find_actor_mentions("Police dispersed the crowd.")[:1]
    assert m.name == "Police Forces"


def test_backed_is_not_the_backer():
    (m,) = find_actor_mentions("US-backed fighters advanced.")
    assert m.country != "US"


def test_uppercase_is_verb_is_not_a_group():
    assert not any(m.name == "Islamic State" for m in find_actor_mentions("THIS IS A TEST"))


def test_outside_own_country():
    (m,) = find_actor_mentions("French jets struck targets in Syria.")
    assert outside_own_country("French jets struck targets in Syria.", m)
    (m,) = find_actor_mentions("French police patrolled in France.")
    assert not outside_own_country("French police patrolled in France.", m)


def test_roles_from_parse():
    from eventwire.nlp import load_pipeline
    text = "Rebels ambushed a police convoy near the town."
    doc = load_pipeline()(text)
    sentence = Sentence(text, 100, 100 + len(text))
    s = text.index("ambushed")
    mention = EventMention(event_type("ARMED_CLASH"), "ambushed", (100 + s, 100 + s + 8),
                           sentence, 0.9)
    a1, a2 = ActorExtractor().actors(doc, sentence, mention)
    assert a1.name == "Rebel Group" and a1.span == (100, 106)
    assert a2 is not None and a2.inter == 1


def test_clause_roles_follow_the_reported_clause():
    from eventwire.actors import clause_roles
    from eventwire.nlp import load_pipeline
    doc = load_pipeline()("Officials said the northern province expelled two foreign reporters.")
    source, target = clause_roles(doc)
    assert "province" in source and "reporters" in target


def test_pronoun_subject_stands_for_the_titled_person_before():
    from eventwire.nlp import load_pipeline
    text = ("Foreign Minister Anna Kovacs arrived on Monday. "
            "She said after her meeting with President Omar Diallo that talks went well.")
    start = text.index("She")
    sentence = Sentence(text[start:], start, len(text))
    doc = load_pipeline()(sentence.text)
    s = text.index("meeting")
    mention = EventMention(event_type("DIPLO"), "meeting", (s, s + 7), sentence, 0.8)
    a1, a2 = ActorExtractor().actors(doc, sentence, mention, text=text)
    assert a1 is not None and a1.name == "Anna Kovacs"
    assert text[a1.span[0]:a1.span[1]] == "Anna Kovacs"
    assert a2 is not None and "Diallo" in a2.name
    assert ActorExtractor().actors(doc, sentence, mention)[0] is None   # no text, no guess


def test_unnamed_state_forces_take_the_country_the_document_names():
    from eventwire.nlp import load_pipeline
    text = "Turkish jets struck again. Airstrikes hit a village near the river on Monday."
    start = text.index("Airstrikes")
    sentence = Sentence(text[start:], start, len(text))
    doc = load_pipeline()(sentence.text)
    mention = EventMention(event_type("AIR_STRIKE"), "Airstrikes", (start, start + 10),
                           sentence, 0.9)
    alone, _ = ActorExtractor().actors(doc, sentence, mention)
    resolved, _ = ActorExtractor().actors(doc, sentence, mention, text=text)
    assert alone.country is None
    assert (resolved.name, resolved.country) == ("Military Forces of Turkey", "TR")
    assert resolved.span == alone.span            # the evidence stays the sentence's words

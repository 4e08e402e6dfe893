"""The organiser of a protest (:func:`eventwire.actors.protests.organiser`): the crowd's
associated actor, as ACLED codes it; on sentences written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.actors.protests import organiser


@pytest.mark.parametrize(("text", "name"), [
    ("Hundreds gathered on Sunday. The event had been organized by Ana Ruiz's Drivers Forum "
     "and drew truckers.", "Drivers Forum"),
    ("Nurses marched in Leeds. The march was called by the Royal College of Nursing.",
     "Royal College of Nursing"),
    ("The Tenants Union organised the rally outside city hall.", "Tenants Union"),
    ("They lit candles at a vigil put on by Families for Safe Streets, a lobby group.",
     "Families for Safe Streets"),
    ("A sit-in staged by Students Against Debt blocked the hall.", "Students Against Debt"),
])
def test_the_organiser_the_document_names(text, name):
    assert organiser(text) == name


@pytest.mark.parametrize("text", [
    "The rally was organised by Unite. A second march was led by the National Union of "
    "Students.",                                    # two organisers: neither
    "Police said the attack was planned by Hamas.",   # no protest
    "The strike was called by workers on Monday.",    # no name
    "The march was organised by volunteers. Mayor Ana Ruiz spoke.",
])
def test_no_organiser_unless_one_is_named(text):
    assert organiser(text) is None


def test_the_crowd_of_a_protest_is_associated_with_its_organiser():
    from eventwire.actors import ActorExtractor
    from eventwire.nlp import load_pipeline
    from eventwire.records import EventMention, Sentence
    from eventwire.taxonomy import event_type
    first = "About 300 people marched through Leeds on Saturday to demand safer streets."
    text = first + " The march was organised by Families for Safe Streets."
    sentence = Sentence(first, 0, len(first))
    s = first.index("marched")
    mention = EventMention(event_type("PEACE_PROTEST"), "marched", (s, s + 7), sentence, 0.9)
    a1, _ = ActorExtractor().actors(load_pipeline()(first), sentence, mention, text=text)
    assert a1.name.startswith("Protesters") and a1.assoc == "Families for Safe Streets"

"""Who reports an event (a source, never a party) and who takes part in it."""

from __future__ import annotations

import pytest

from eventwire.actors.sources import reported_act, source_spans


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _spoken(doc, trigger: str) -> list[str]:
    tok = next(t for t in doc if t.text == trigger)
    return [doc.text[s:e] for s, e in source_spans(doc, reported_act(tok))]


@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    ("Governor Ana Ruiz said the blast in the port, a quiet town, was carried out by a "
     "suicide bomber.", "blast", "Governor Ana Ruiz"),
    ("The mayor said the attack was carried out by gunmen on motorbikes.", "attack",
     "The mayor"),
    ("Rebels shelled the market, the army said.", "shelled", "the army"),
    ("Officials said gunmen had stormed the hotel.", "stormed", "Officials"),
    ("Soldiers beat the prisoners, their relatives alleged.", "beat", "their relatives"),
    ("The ministry denied that its guards had tortured the detainees.", "tortured",
     "The ministry"),
    # the parser hangs the act's verb on a noun before it: the speaker closing the sentence
    # still only reports
    ("Fighting between two of the port's strongest armed groups killed at least 12 people "
     "overnight in the old district, the health ministry said on Tuesday.", "Fighting",
     "the health ministry"),
    ("Fighting between two of the port's strongest armed groups killed at least 12 people "
     "overnight in the old district, officials said on Tuesday.", "Fighting", "officials"),
])
def test_a_speaker_whose_clause_names_the_actor_only_reports(nlp, text, trigger, speaker):
    assert speaker in _spoken(nlp(text), trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police said they arrested five suspects overnight.", "arrested"),
    ("The rebels said they had shot down a helicopter.", "shot"),
])
def test_a_speaker_who_says_they_did_it_is_the_actor(nlp, text, trigger):
    assert _spoken(nlp(text), trigger) == []


def test_a_reporting_verb_as_trigger_reads_the_act_it_reports(nlp):
    doc = nlp("Gunmen fired on a bus near the border, police said.")
    said = next(t for t in doc if t.text == "said")
    assert reported_act(said).text == "fired"

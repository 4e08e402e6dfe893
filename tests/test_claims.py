"""The claims stage: who reports or asserts an event."""

from __future__ import annotations

import pytest

from eventwire.claims import claim_kind, find_claim, inside_quotation
from eventwire.nlp import split_sentences


def claim(text: str, index: int = 0):
    sentences = split_sentences(text)
    found = find_claim(text, sentences, index)
    if found is not None:
        assert text[found.span[0]:found.span[1]] == found.text
    return found


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Government troops shelled the market, local officials said.", "local officials",
     "official"),
    ("The army said its jets hit a rebel depot.", "army", "military"),
    ("Rebels ambushed a convoy, according to the Syrian Observatory for Human Rights.",
     "Syrian Observatory for Human Rights", "activist"),
    ("Residents said the gunmen burned dozens of homes.", "Residents", "witness"),
    ("Witnesses told Reuters the police fired live rounds.", "Witnesses", "witness"),
    ("State television reported that the dam had been bombed.", "State television", "media"),
    ("The Taliban claimed responsibility for the attack on the base.", "Taliban", "group"),
    ("Two villages were bombed overnight, said a commander of the rebel brigade.",
     "a commander of the rebel brigade", "group"),
    ("Prime Minister Jane Doe said the strikes would continue.", "Jane Doe", "official"),
    ("Aid groups said thousands had fled the fighting.", "Aid groups", "activist"),
    ("A spokesman for the rebel brigade, Abu Omar, said the fighters would not leave.",
     "Abu Omar", "group"),
    ("The Tigris Rights Monitor, a monitoring group based abroad, said 20 people died.",
     "Tigris Rights Monitor", "activist"),
    ("Police spokesman Ali Reza told reporters that two suspects were arrested.", "Ali Reza",
     "official"),
    ('"The situation is catastrophic," the aid agency said in a statement.', "aid agency",
     "activist"),
    ("Shells hit the bridge at dawn, witnesses told AFP.", "witnesses", "witness"),
    ("Soldiers beat the prisoners, the detainees' families alleged.", "detainees' families",
     "witness"),
    ("The interior ministry revealed that the bomber had trained abroad.", "interior ministry",
     "official"),
])
def test_attribution_in_the_sentence(text, source, kind):
    found = claim(text)
    assert (found.source, found.kind) == (source, kind)


def test_told_keeps_whom_it_was_told_to():
    found = claim("Military officials on Monday told The Associated Press that the raid failed.")
    assert found.source == "Military officials" and found.kind == "military"
    assert found.text.endswith("told The Associated Press")


def test_a_pronoun_takes_the_speaker_before_it():
    text = ('Interior Minister Omar Haddad on Sunday promised an inquiry. "We will find those '
            'responsible," he said after visiting the site.')
    found = claim(text, 1)
    assert (found.source, found.kind, found.text) == ("Omar Haddad", "official", "he said")


def test_a_quote_takes_its_speaker_from_the_next_sentence():
    found = claim('"They shot at everyone in the street." Nadia Karim, a nurse, said so.')
    assert (found.source, found.kind) == ("Nadia Karim", "unknown")
    found = claim('"They shot at everyone." Nadia Karim, a local resident, said.')
    assert (found.source, found.kind) == ("Nadia Karim", "witness")


def test_reported_speech_covers_the_paragraph_but_not_the_next_one():
    text = ("Jets pounded the town overnight. Five houses collapsed, residents said.\n\n"
            "The army massed tanks at the border.")
    assert claim(text, 0).source == "residents"
    assert claim(text, 2) is None


def test_a_name_takes_the_kind_of_its_earlier_description():
    text = ("The fighters moved into empty homes, said an activist in the city. He asked to be "
            'named only as Samir. "Nobody can leave," Samir said.')
    found = claim(text, 2)
    assert (found.source, found.kind) == ("Samir", "activist")


@pytest.mark.parametrize("text", [
    "The attacks came after the vote.",
    "The attacks said much about the group.",
    "Six deaths were reported in the last week.",
    "The city lies on a river.",
])
def test_no_claim(text):
    assert claim(text) is None


@pytest.mark.parametrize(("source", "kind"), [
    ("Islamic State", "group"), ("the rights group", "activist"), ("Pentagon", "military"),
    ("the interior ministry", "official"), ("survivors", "witness"), ("Al Jazeera", "media"),
    ("Mr. Smith", "unknown")])
def test_claim_kind(source, kind):
    assert claim_kind(source) == kind


@pytest.mark.shared
def test_founding_article_claims(shared):
    text = (shared / "seed" / "000_b4b382c6af93ebdd.txt").read_text(encoding="utf-8")
    sentences = split_sentences(text)

    def about(words: str):
        start = text.index(words)
        i = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
        return find_claim(text, sentences, i)

    kerry = about("at the core")
    assert (kerry.source, kerry.kind) == ("John Kerry", "official")
    planning = about("the operation was planned")
    assert (planning.source, planning.kind) == ("Iraqi intelligence officials", "official")
    assert "told The Associated Press" in planning.text
    for words in ("airstrikes that shake", "preventing anyone from fleeing",
                  "banned people leaving"):
        found = about(words)
        assert found.kind in ("witness", "activist") and (
            "residents" in found.source or "activist" in found.source), (words, found)
    assert about("claimed responsibility").kind == "group"


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Officials who spoke on condition of anonymity said the raid failed.", "Officials",
     "official"),
    ("Earlier on Friday the US said it would respond.", "US", "official"),
    ("In the last two days the militants claimed that they took three villages.", "militants",
     "group"),
    ("However, an eyewitness who spoke to a local paper, said twelve people were killed.",
     "an eyewitness", "witness"),
    ("The town fell, according to the group-linked news agency Wahid.",
     "group-linked news agency Wahid", "media"),
    ("Ruritania said it expelled two diplomats.", "Ruritania", "unknown"),
    ("Turkey said it expelled two diplomats.", "Turkey", "official"),
])
def test_speakers_behind_adverbials_and_clauses(text, source, kind):
    found = claim(text)
    assert (found.source, found.kind) == (source, kind)


def test_a_speech_verb_reports_or_takes_a_stance_never_both():
    from eventwire.claims import REPORTING_VERBS, SPEECH_VERB, STANCE_VERBS
    assert not REPORTING_VERBS & STANCE_VERBS
    assert all(SPEECH_VERB.fullmatch(w) for w in (REPORTING_VERBS | STANCE_VERBS) - {"according"})


@pytest.mark.parametrize("text, word, inside", [
    ('"We will burn the town," the commander said.', "burn", True),
    ("“They shelled us all night,” a farmer said.", "shelled", True),
    ('Troops shelled the town, a "precise operation", officials said.', "shelled", False),
    ("“No comment,” he said, as troops shelled the town.", "shelled", False),
])
def test_words_inside_a_quotation(text, word, inside):
    assert inside_quotation(text, text.index(word)) is inside

"""Acts a claim of responsibility names as what it claims (events/claimed.py).

Sentences written for these tests: ``DEV`` while writing the module, ``ASIDE`` with it and only
checked. Each case gives the act nouns whose phrases the claim vouches for."""

from __future__ import annotations

import pytest

from eventwire.events.claimed import claimed_acts, is_claimed
from eventwire.events.realis import realis
from eventwire.records import EventMention, Sentence
from eventwire.taxonomy import event_type

DEV = [
    ("The group claimed a bombing of a police station in Kirkuk and a rocket attack on an "
     "air base in Anbar province on Sunday.", ["bombing", "attack"]),
    # the parser joins the second act to what the first is "of"
    # (the hijacking, a known act, is the claim's own: its joining act)
    ("Days earlier the militants had claimed the hijacking of a bus in Helmand and two "
     "bombings in Kandahar.", ["bombings"]),
    ("The Pakistani Taliban claimed responsibility for twin blasts in Peshawar.", ["blasts"]),
    # an act the reader knows (told before: an event already, which the claim joins)
    ("Al-Shabab on Wednesday claimed the suicide bombing in Mogadishu and an ambush on "
     "soldiers near Kismayo.", ["ambush"]),
    ("The group claimed responsibility for the kidnapping in a statement on Thursday.", []),
    ("The rebels claimed their attack on the garrison and the shelling of the airport.", []),
    # no act to vouch for: a kind of act, no one, a habit, a blame, a report, no act noun
    ("The group has claimed similar attacks in Kirkuk and Anbar in the past.", []),
    ("No group has claimed the bombing in Quetta or the blast in Peshawar.", []),
    ("The group often claims attacks in Kirkuk and Anbar that it did not carry out.", []),
    ("Police blamed the rebels for the bombing of a bus in Kirkuk.", []),
    ("The rebels claimed that the army shelled their positions near Idlib.", []),
    ("The group claimed the support of thousands of villagers in Marib.", []),
    # passive, with the claimant named; credit taken or claimed
    ("Two car bombings in Hasakah and a raid near Deir ez-Zor were claimed by the group on "
     "Monday.", ["bombings", "raid"]),
    ("The rebels took credit for a mortar attack on the barracks in Kidal.", ["attack"]),
    ("The movement claimed credit for an ambush on a patrol near Tillaberi.", ["ambush"]),
    # no claimant: "was claimed" alone; credit for a known act; credit for no act
    ("A bombing in Hasakah was claimed on a website, officials said.", []),
    ("The rebels took credit for the mortar attack on the barracks.", []),
    ("The governor took credit for a drop in crime in the province.", []),
    ("The minister took responsibility for an attack he had failed to prevent.", []),
]

ASIDE = [
    ("The militants claimed a kidnapping of three engineers and two killings in Kaduna "
     "state.", ["kidnapping", "killings"]),
    ("Insurgents on Friday claimed responsibility for an ambush near Gao.", ["ambush"]),
    ("Insurgents on Friday claimed responsibility for the ambush near Gao.", []),
    ("The movement may claim the attack later, analysts said.", []),
    ("The group claimed a victory in the election in the capital.", []),
    ("Three shootings in Kaduna were claimed by the bandits' leader in a video.", ["shootings"]),
    ("The insurgents took credit for two bombings at checkpoints near Gao.", ["bombings"]),
    ("The party took credit for a rise in turnout in Gao.", []),
]


def _acts(parse, sentence: str) -> list[str]:
    doc = parse(sentence)
    spans = claimed_acts(doc, realis)
    return [t.text for t in doc if any(s <= t.idx < e for s, e in spans)
            and t.idx + len(t) in {e for _, e in spans}]


@pytest.mark.parametrize(("sentence", "acts"), DEV)
def test_the_acts_a_claim_vouches_for(parse, sentence, acts):
    assert _acts(parse, sentence) == acts


@pytest.mark.parametrize(("sentence", "acts"), ASIDE)
def test_aside_sentences(parse, sentence, acts):
    assert _acts(parse, sentence) == acts


SENTENCE = Sentence(text="x" * 50, start=100, end=150)


def _mention(label: str, start: int, end: int) -> EventMention:
    return EventMention(type=event_type(label), trigger="bombings", trigger_span=(start, end),
                        sentence=SENTENCE)


def test_a_mention_is_claimed_when_its_trigger_is_a_claimed_act():
    sentence = SENTENCE
    spans = ((10, 25),)
    assert is_claimed(_mention("SUIC_BOMB", 118, 126), sentence, spans)
    assert not is_claimed(_mention("SUIC_BOMB", 130, 140), sentence, spans)
    # the claim itself is never vouched for as an act
    assert not is_claimed(_mention("ATTRIB", 118, 126), sentence, spans)

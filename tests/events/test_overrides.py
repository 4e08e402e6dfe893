"""The parse readings (events/overrides.py): each reading is asked only where its own word lists
find something in the sentence (the ``may_*`` checks beside them), and the readings ask
``realis`` of a token once. Neither may change what is read: here, on sentences written for
this test that fire each reading, near misses and sentences of no event, the readings with the
checks are those without them, for several labels of the model.
"""

from __future__ import annotations

import pytest

from eventwire.events import overrides
from eventwire.events.detect import realis

# Sentences that fire a reading (one or more per reading), then near misses and no events.
FIRING = [
    "The foreign minister met his Kenyan counterpart in Nairobi on Tuesday.",
    "Poland expelled three Belarusian diplomats on Friday over the border incident.",
    "Riot police dispersed the protesters with tear gas outside the parliament.",
    "Demonstrators hurled stones at the riot police during the march.",
    "A man drove his van into a crowd of protesters outside the town hall.",
    "Thousands of nurses rallied outside the health ministry to demand higher pay.",
    "About 300 students staged a sit-in at the university to protest the fee rise.",
    "Hundreds of farmers took to the streets of the capital on Monday.",
    "An angry mob torched the police station after the arrest of a local man.",
    "Security forces demolished the offices of the opposition weekly on Sunday.",
    "Vandals daubed swastikas on the walls of the synagogue overnight.",
    "The rebel group said it carried out the ambush on the army convoy.",
    "The militia claimed responsibility for Sunday's bombing of the market.",
    "Police said the gunman belonged to a banned jihadist group.",
    "The two armed factions signed a ceasefire agreement in Doha on Wednesday.",
    "Both sides agreed to a cease-fire brokered by the African Union.",
    "The interior ministers of Chad and Niger signed a memorandum on border security.",
    "A roadside bomb exploded near a military convoy, killing four soldiers.",
    "A powerful earthquake struck the coastal province, killing at least 40 people.",
    "A gas explosion at a chemical plant killed seven workers and injured 20.",
    "Troops arrested 12 suspected insurgents during a raid in the conflict-hit region.",
    "A gunman shot dead the provincial governor outside his home.",
    "Government warplanes struck rebel positions near the border on Thursday.",
    "Soldiers defused an improvised explosive device found under a bridge.",
    "Militants attacked an army checkpoint on the outskirts of the town.",
    "Heavy fighting between the army and the rebels left dozens dead.",
    "Gunmen fired at the patrol, and troops returned fire, the army said.",
    "Troops engaged the bandits in a fierce gun duel near the village.",
    "A police post came under heavy fire from insurgents overnight.",
]
NEAR_MISSES = [
    "The minister said talks on trade would resume next month.",
    "Police threatened to clear the protest camp if it was not removed.",
    "Fans gathered in the square to celebrate the team's victory.",
    "Stocks rallied on Wall Street after the rate decision.",
    "The court sentenced a man who drove into a crowd last year.",
    "A drone crashed into a house, the aviation authority said.",
    "No group has claimed responsibility for the attack.",
    "The judge shot down the defence's request for a delay.",
    "Heavy rain is expected across the region this weekend.",
    "The company signed a deal with a local supplier.",
    "Fire crews put out a blaze at a bakery on Main Street.",
    "Police found no explosives in the car.",
    "The bridge was reopened after repairs on Tuesday.",
    "The film, a battle of wits between two chess players, opens on Friday.",
    "Officials said the new school will open in September.",
    "The senator met voters at a diner in her home town.",
]
LABELS = ["ARREST", "REM_EXPLOS", "MOB_VIOL", "PEACE_PROTEST", "AGREEMENT", "OTHER",
          "MAN_MADE_DISASTER", "ATTACK", "DIPLO", "GOV_REGAINS_TERIT", "ARMED_CLASH"]


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (n for n in dir(overrides) if n.startswith("may_")):
        monkeypatch.setattr(overrides, name, lambda *_args: True)
    monkeypatch.setattr(overrides, "_remembered", lambda r: r)


@pytest.mark.parametrize("text", FIRING + NEAR_MISSES)
def test_checks_change_no_reading(parse, monkeypatch, text):
    doc = parse(text)
    runs = [(label, contacts) for label in LABELS for contacts in (True, False)]
    gated = [overrides.parse_readings(doc, label, (), realis, contacts=contacts,
                                      context="A bomb attack") for label, contacts in runs]
    _ungated(monkeypatch)
    ungated = [overrides.parse_readings(doc, label, (), realis, contacts=contacts,
                                        context="A bomb attack") for label, contacts in runs]
    assert gated == ungated


def test_the_firing_sentences_fire(parse):
    """The sentences above do exercise the readings: most read something."""
    read = [bool(overrides.parse_readings(parse(t), "OTHER", (), realis)) for t in FIRING]
    assert sum(read) >= 0.8 * len(FIRING)


def test_realis_is_asked_once_per_token(parse):
    doc = parse("Thousands of nurses rallied outside the ministry to demand higher pay.")
    asked: list[int] = []

    def counting(tok):
        asked.append(tok.i)
        return realis(tok)
    once = overrides._remembered(counting)
    assert [once(t) for t in doc] + [once(t) for t in doc] == [realis(t) for t in doc] * 2
    assert sorted(asked) == list(range(len(doc)))


def test_one_act_of_a_sentence_is_one_event_kind_and_a_crowds_labels_are_one():
    """A clause's label beside the main event's: one ACLED type is one act, and a crowd's
    labels are one demonstration ("students marched to the council, and some of them threw
    stones": a march turned violent, not a peaceful protest beside a violent one)."""
    from eventwire.events.overrides import one_act
    assert one_act("PEACE_PROTEST", "VIOL_DEMONSTR")
    assert one_act("PROTEST_WITH_INTER", "MOB_VIOL")
    assert one_act("ATTACK", "ORG_CRIME")
    assert not one_act("PEACE_PROTEST", "ARREST")
    assert not one_act("ARMED_CLASH", "AIR_STRIKE")


@pytest.mark.parametrize("model_label", ["ATTACK", "ARMED_CLASH", "PEACE_PROTEST"])
def test_force_on_a_protest_outranks_the_shooting_the_model_reads(parse, model_label):
    text = "Soldiers opened fire on protesters marching in the capital on Friday, killing two."
    readings = overrides.parse_readings(parse(text), model_label, (), realis)
    assert any(r.label == "FORCE_AGAINST_PROTEST" and r.outranks for r in readings)


def test_a_mob_the_model_is_unsure_of_is_read_as_a_riot(parse):
    text = "A mob torched two churches and looted shops in the town on Sunday."
    readings = overrides.parse_readings(parse(text), "MOB_VIOL", (), realis)
    assert any(r.label == "MOB_VIOL" for r in readings)



@pytest.mark.parametrize(("text", "word"), [
    # a claim told by its own verb is read there; one said, around the act it reports, even
    # where the saying is not the sentence's main verb
    ("The rebels claimed the ambush near the border on Monday.", "claimed"),
    ("The attack came days after the militia said it was behind a bombing in the port.",
     "was"),
    ("Police said the raid on the depot was carried out by the northern militia.", "carried"),
])
def test_a_claims_reading_is_read_at_its_word(parse, text, word):
    doc = parse(text)
    (claim,) = [r for r in overrides.parse_readings(doc, "ATTACK", (), realis)
                if r.label == "ATTRIB"]
    assert next(t.text for t in doc if t.idx == claim.at) == word


@pytest.mark.parametrize(("text", "outranks"), [
    # a ban told by the sentence's main clause is its news, whatever the model reads
    ("Soon afterwards the militants barred residents from leaving the town.", True),
    # a ban told in a clause after another act is read beside it, not over it
    ("Militiamen have seized a string of villages around the town this year, and the "
     "jihadists now forbid its residents to leave.", False),
])
def test_a_ban_outranks_the_model_only_in_the_main_clause(parse, text, outranks):
    readings = overrides.parse_readings(parse(text), "NON_STATE_ACTOR_OVERTAKES_TER", (),
                                        realis)
    [ban] = [r for r in readings if r.label == "CHANGE_TO_GROUP_ACT"]
    assert ban.outranks is outranks

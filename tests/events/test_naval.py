"""Fighting at sea between a state's naval forces and pirates (events/naval.py). Sentences
written for these tests, hard negatives beside them; ``ASIDE`` was written with ``DEV`` and
only checked, not tuned on."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.events.naval import may_fight_at_sea, naval_clash, pirate_attack
from eventwire.events.realis import realis

DEV = [
    ("The Indian navy sank a suspected pirate mother ship in the Gulf of Aden on Tuesday.",
     "sank"),
    ("A Dutch frigate exchanged fire with pirates off Somalia on Sunday.", "exchanged"),
    ("The navy said its warship repelled a pirate attack on a chemical tanker.", "repelled"),
    ("A pirate skiff was sunk by a coast guard cutter near the island.", "sunk"),
    ("Pirates fired on a navy patrol boat in the Niger Delta on Friday.", "fired"),
    ("Naval commandos clashed with pirates who had boarded a cargo ship.", "clashed"),
    # hard negatives: a navy's ordinary business; pirates fighting no navy; a state's craft
    # against another's; a fight told as a plan or years back; pirates only said of a ship
    ("The navy launched a new frigate at a ceremony in Mumbai on Friday.", None),
    ("Pirates fired on a container ship off Nigeria but failed to board it.", None),
    ("A Chinese coast guard ship rammed a Philippine supply boat near the shoal.", None),
    ("The navy vowed to sink any pirate ship that enters its waters.", None),
    ("In 2009, a French frigate sank a pirate mother ship off Somalia.", None),
    ("The frigate escorted a tanker that pirates had attacked a week earlier.", None),
    ("Naval forces rescued 17 fishermen whose boat had capsized near the coast.", None),
]
ASIDE = [
    ("A Danish warship fired on a pirate vessel off the coast of Oman, killing four.",
     "fired"),
    ("Pirates attacked a Nigerian navy gunboat near Bonny Island on Wednesday.", "attacked"),
    ("The coast guard chased a pirate boat away from the anchorage.", "chased"),
    ("A navy spokesman said pirates remain a threat to shipping in the gulf.", None),
    ("The warship took part in an anti-piracy exercise with the Kenyan navy.", None),
]


# Pirates attacking a crewed craft at sea: an attack on its crew (not on a navy's craft, a
# tally, a thing opened)
ATTACKS = [
    ("Pirates in two skiffs opened fire on a chemical tanker in the Gulf of Aden on Tuesday.",
     "opened"),
    ("Pirates attacked a bulk carrier off the coast of Somalia but failed to board it.",
     "attacked"),
    ("Pirates fired rocket-propelled grenades at a container ship off Nigeria's coast.",
     "fired"),
    ("Pirates fired on a navy patrol boat in the Niger Delta on Friday.", None),
    ("The navy said pirates have attacked 40 ships this year.", None),
    ("Pirates opened a new base on the coast, officials said.", None),
    ("Pirates attacked a fishing village on the coast at dawn.", None),
]


@pytest.mark.parametrize(("sentence", "verb"), ATTACKS)
def test_pirates_firing_on_a_crewed_ship_attack_its_crew(parse, sentence, verb):
    doc = parse(sentence)
    fired = pirate_attack(doc, realis) if may_fight_at_sea(frozenset(
        t.lower_ for t in doc)) else None
    assert (fired.text if fired is not None else None) == verb


@pytest.mark.parametrize(("sentence", "verb"), DEV + ASIDE)
def test_a_navy_fighting_pirates_is_a_battle(parse, sentence, verb):
    doc = parse(sentence)
    words = frozenset(t.lower_ for t in doc)
    fought = naval_clash(doc, realis) if may_fight_at_sea(words) else None
    assert (fought.text if fought is not None else None) == verb


def test_a_ship_sunk_by_the_navy_is_read_as_a_battle_not_an_accident():
    """Wired in (events.overrides): the model's accident is the rule's battle, kept at the
    default threshold."""
    from eventwire.pipeline import Pipeline
    from eventwire.records import Document

    text = ("The Indian navy sank a suspected pirate mother ship in the Gulf of Aden on "
            "Tuesday after it was fired upon.")
    doc = Document(id="naval", text=text, source="test", title=None, url=None,
                   published=date(2008, 11, 20))
    (event,) = [e for r in Pipeline().process([doc]) for e in r.events]
    assert event.type.label == "ARMED_CLASH" and event.confidence >= 0.7


def test_two_outlets_reports_of_one_fight_at_sea_are_one_record():
    """Told by two outlets in their own words, a day apart: one battle (merge)."""
    from eventwire.merge import merge, reports
    from eventwire.pipeline import Pipeline
    from eventwire.records import Document

    texts = [("wire", date(2024, 3, 13), "A Spanish frigate sank a pirate skiff in the Gulf of "
              "Aden on Tuesday night after the pirates opened fire on it, the navy said."),
             ("paper", date(2024, 3, 14), "The Spanish navy said on Wednesday that one of its "
              "warships had exchanged fire with pirates in the Gulf of Aden late on Tuesday, "
              "sinking their boat.")]
    docs = [Document(id=name, text=text, source="test", title=None, url=f"https://{name}.test/",
                     published=day) for name, day, text in texts]
    events = [e for r in Pipeline().process(docs) for e in r.events]
    clashes = [e for e in merge(events) if e.type.label == "ARMED_CLASH"]
    assert len(clashes) == 1 and len(reports(clashes[0])) == 2

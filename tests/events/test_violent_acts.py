"""The violent act a sentence does (eventwire.events.violent_acts), on sentences written for
the project."""

from __future__ import annotations

import pytest

from eventwire.events.model import Judgement
from eventwire.events.violent_acts import main_verbs, violence_over_contact, violent_act_label


# A violent noun that is the subject of a verb of meaning is a happening talked about, not
# the sentence's act: the meeting stays the event; hard negatives, the violence done.
@pytest.mark.parametrize("sentence, label", [
    ("After meeting the Iraqi premier, the envoy said the bombings in Basra and Mosul showed "
     "that the militias must be disarmed.", None),
    ("The foreign ministers met in Oslo, where the minister said the shelling proved the "
     "truce had failed.", None),
    ("Leaders held talks in Nairobi as the killings underlined the risk of a wider war.", None),
    ("Envoys met in Doha; the ambush means the talks will be harder.", None),
    # the violence is the act: a subject of an act verb, or a main verb
    ("A rocket hit the embassy as the envoys met in Baghdad.", "ART_MISS_ATTACK"),
    ("Gunmen shot dead a diplomat after talks in Kabul.", "ATTACK"),
])
def test_violence_talked_about_is_not_the_meetings_act(parse, sentence, label):
    assert violent_act_label(parse(sentence), sentence) == label


def test_the_main_verbs_are_the_root_and_what_a_reporting_root_reports(parse):
    doc = parse("Police said gunmen had stormed the embassy.")
    assert [t.text for t in main_verbs(doc)] == ["said", "stormed"]


@pytest.mark.parametrize("sentence, label", [
    ("Gunmen shot dead a diplomat outside the embassy in Kabul.", "ATTACK"),
    ("The ambassador met the foreign minister in Kabul on Monday.", "DIPLO"),
    ("The envoy said the attacks showed that the talks must go on.", "DIPLO"),
])
def test_diplomacy_done_violently_is_the_violence(parse, sentence, label):
    j = Judgement("DIPLO", 0.9, 0.9, 0.0, 0.0)
    assert violence_over_contact(j, parse(sentence), sentence).label == label

"""The cue lexicon (eventwire/data/events_cues.tsv) as eventwire.lexicon reads it."""

from __future__ import annotations

import pytest

from eventwire.lexicon import event_cues


def _names(text: str) -> set[str]:
    return {c.name for c in event_cues() if c.pattern.search(text)}


@pytest.mark.parametrize(("text", "grenade"), [
    ("An assailant lobbed a hand grenade into the cafe.", True),
    ("Two grenades were thrown at the police post.", True),
    ("A grenade attack wounded eight people.", True),
    # what police throw at a crowd explodes but attacks no one
    ("Police fired rubber bullets and stun grenades at the crowd.", False),
    ("Officers used flash-bang grenades to break up the sit-in.", False),
    ("Troops threw smoke grenades and tear gas grenades at the marchers.", False),
    ("A flashbang grenade was thrown into the room.", False),
    ("Militants fired a rocket-propelled grenade at the convoy.", False),
])
def test_less_lethal_grenades_name_no_grenade_attack(text, grenade):
    assert ("GRENADE" in _names(text)) is grenade

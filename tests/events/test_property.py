"""Property destroyed, sealed or defaced as a political act, read from the parse
(events/property.py).

Sentences written for these tests. ``ASIDE`` was written apart, after the rule was set on
``DEV``, and checked once; its misses are kept as strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from eventwire.events.detect import realis
from eventwire.events.property import destroyed_property

DEV = [
    # the state's agents and a building whose owner is named
    ("Municipal officials backed by police sealed the district office of the opposition "
     "Janata Front on Tuesday, saying it had been built without permission.", True),
    ("Israeli forces demolished the homes of two Palestinians accused of a shooting attack, in "
     "the village of Beita on Wednesday.", True),
    ("Authorities bulldozed the houses of three men accused of stone-pelting in Khargone on "
     "Monday, officials said.", True),
    ("Troops razed the farms of families suspected of sheltering the rebels.", True),
    ("The homes of the two suspects were demolished by the district administration on "
     "Saturday.", True),
    ("Police padlocked the offices of the opposition newspaper on Thursday morning.", True),
    ("Bailiffs boarded up the union's headquarters and changed the locks.", True),
    # defacing a place of worship or a political office
    ("Swastikas and antisemitic slurs were spray-painted on the doors of a synagogue in Toronto "
     "overnight, police said.", True),
    ("The constituency office of the local MP had its windows smashed overnight and the word "
     "\"liar\" painted on its door.", True),
    ("Vandals smashed windows and tore up copies of the Koran at a mosque in Bolton on "
     "Saturday night.", True),
    ("A church in the village was vandalised overnight, with pews overturned and a statue "
     "broken.", True),
    ("Someone set fire to the back door of the party's campaign office early on Sunday.", True),
    ("Unknown men torched a Hindu temple in the district on Friday night.", True),
    ("Someone broke into the Al-Noor Islamic Centre overnight, smashing three windows and "
     "scattering prayer books across the floor.", True),
    ("Antisemitic slogans were daubed on the gates of a Jewish school in north London.", True),
    ("Someone broke into the sports centre overnight, smashing three windows.", False),
    # no owner named, no state, closures and seizures
    ("The council will demolish the derelict car park next month to make way for 200 new "
     "homes.", False),
    ("Crews demolished the old grain silo on Tuesday as part of the waterfront "
     "redevelopment.", False),
    ("Health inspectors closed a downtown restaurant on Friday after finding rodents in its "
     "kitchen.", False),
    ("Police seized 20 kilograms of cocaine and two cars in a raid on a house in Salford on "
     "Monday.", False),
    ("Police sealed off the area around the building while the bomb squad checked it.", False),
    ("The city demolished illegal structures along the river bank on Monday.", False),
    ("The family demolished their old house to build a bigger one.", False),
    # people hurt, crowds, disasters, blasts, history, habits, trials
    ("Gunmen attacked a mosque during Friday prayers, killing 14 worshippers.", False),
    ("A mob set fire to a church and a dozen Christian homes on Wednesday.", False),
    ("Protesters smashed the windows of the ruling party's office.", False),
    ("A fire damaged the roof of the village church on Monday.", False),
    ("The storm damaged two mosques and a school.", False),
    ("The blast damaged a nearby mosque and several shops, he said.", False),
    ("The mosque was badly damaged.", False),
    ("The synagogue was burned in 1938 and rebuilt after the war.", False),
    ("Churches and mosques have been vandalised repeatedly in the region.", False),
    ("A man who spray-painted slurs on a mosque last year was jailed on Friday.", False),
    ("Police charged a man after swastikas were painted on the walls of a synagogue.", False),
    ("Volunteers painted the church hall white on Saturday.", False),
    ("Police will demolish the homes of the accused, the minister said.", False),
]

ASIDE = [
    ("Soldiers burned the huts of villagers they accused of feeding the insurgents.", True),
    ("Police sealed the headquarters of the banned opposition movement in the capital on "
     "Monday.", True),
    pytest.param(
        "Graffiti calling for the deaths of Muslims was scrawled on the walls of a mosque in "
        "Leicester, police said.", True, marks=pytest.mark.xfail(strict=True, reason=(
            "the parser hangs the passive off the participle, so the graffiti is not the "
            "verb's"))),
    ("Someone smashed the windows of a gurdwara in the east of the city on Saturday night.",
     True),
    ("The councillor's ward office was ransacked overnight and files were thrown into the "
     "street.", True),
    pytest.param(
        "Municipal workers bulldozed the house of a Muslim cleric accused of inciting the riot.",
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "workers are no state agent by name; the city that sent them is not said"))),
    ("Headstones at the Jewish cemetery were daubed with swastikas over the weekend.", True),
    ("The authorities sealed the border crossing on Tuesday.", False),
    ("The council demolished the old library building on Friday.", False),
    ("Lightning damaged the church spire on Sunday night.", False),
    ("Officials sealed the deal with a handshake.", False),
    ("Rioters burned a temple and several shops in the old city.", False),
    ("Attackers burned a church and killed four people in the village.", False),
    ("The mosque was firebombed in 2015, police said.", False),
    ("Police will seal the offices of the party if it does not pay its taxes.", False),
    ("Children painted a mural on the wall of the church school.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV + ASIDE)
def test_property_destroyed_or_defaced_as_a_political_act(parse, sentence, expected):
    assert destroyed_property(parse(sentence), realis) is expected

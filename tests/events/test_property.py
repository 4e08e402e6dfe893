"""Property destroyed, sealed or defaced as a political act, read from the parse
(events/property.py).

Sentences written for these tests. ``ASIDE`` was written apart, after the rule was set on
``DEV``, and checked once; its misses are kept as strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events.property import destroyed_property

DEV = [
    ("Someone smashed a window and set fire to the door of the Masjid Al-Salaam on Monday "
     "night, police said.", True),
    ("Unknown attackers torched a Buddhist pagoda in the village overnight, police said.",
     True),
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


# Written by a review of the rule (its own sentences): storms, fires, crashes, builders,
# firefighters, thieves, crime scenes, tax and health closures, planning demolitions and culls
# are no political destruction; variants of the class it reads.
REVIEW = [
    ('Police sealed the home of the murder suspect while forensic teams searched it for '
     'evidence.', False),
    ("Detectives sealed the family's house on Tuesday after the discovery of a body in "
     'the garden.', False),
    ('Municipal authorities sealed the shops of 14 owners who had not paid property tax '
     'for three years.', False),
    ('The municipal corporation sealed 23 shops belonging to Sharma Traders for '
     'non-payment of property tax.', False),
    ('The Enforcement Directorate sealed the properties of Nirav Modi in Mumbai in the '
     'bank fraud case.', False),
    ('Income tax officials sealed the offices of Ramesh Gupta, a jeweller, after raids '
     'on Thursday.', False),
    ('Health officials sealed the home of the Ebola patient and quarantined his '
     'relatives.', False),
    ('Officials sealed the homes of 12 families in the containment zone after a cluster '
     'of coronavirus cases.', False),
    ('Veterinary officials burned the farm buildings of a man whose chickens tested '
     'positive for bird flu.', False),
    ('Authorities demolished the house of a local businessman after a court ruled it had'
     ' been built on public land.', False),
    ('Officials demolished the house of Mr Patel on Monday because it had been built '
     'without planning permission.', False),
    ('The authorities sealed the headquarters of the football club over unpaid wages.', False),
    ("Bailiffs boarded up the tenants' homes after the landlord won an eviction order.", False),
    ('Police sealed the bar of John Murphy after a licensing review found repeated '
     'breaches.', False),
    ("Fire officers sealed the family's home after the blaze was put out.", False),
    ("COUNCIL OFFICIALS DEMOLISHED THE FARMER'S UNAUTHORISED EXTENSION ON FRIDAY.", False),
    ("the municipality demolished the owners' illegal shops on the pavement, an official"
     ' said.', False),
    ('Builders smashed the old windows of the church during the renovation work.', False),
    ('Students painted messages of hope on the walls of the mosque for the festival.', False),
    ('Children painted slogans of peace on the temple wall ahead of the festival.', False),
    ('A car smashed into the wall of the church on Main Street early on Sunday.', False),
    ('A drunk driver smashed into the constituency office of the local MP overnight.', False),
    ('A lorry damaged the gates of the cathedral as it reversed on Friday.', False),
    ('A candle left burning damaged the altar of the cathedral.', False),
    ('The mosque was badly damaged by the storm.', False),
    ('The church was damaged by fire on Tuesday night.', False),
    ('Storm Ciaran damaged the spire of the parish church on Thursday.', False),
    ('Hurricane Ian damaged 30 churches across the county.', False),
    ('The tremor damaged several temples in the old town.', False),
    ('Flooding damaged the synagogue and a dozen homes.', False),
    ('Heavy snow damaged the roof of the chapel last week.', False),
    ('Vibrations from the construction work damaged the walls of the synagogue, the '
     'rabbi said.', False),
    ('Termites damaged the wooden beams of the temple.', False),
    ("The congregation painted the words of the Lord's Prayer on the church wall.", False),
    ('Workers burned the old pews of the church in a bonfire.', False),
    ('Engineers demolished the bell tower of the cathedral because it was unsafe.', False),
    ('Firefighters smashed the windows of the mosque to reach the blaze.', False),
    ("Police smashed the door of the party's office to arrest the treasurer in a fraud "
     'case.', False),
    ("Election officials sealed the ballot boxes at the party's office on Sunday.", False),
    ('Volunteers sprayed disinfectant in the mosque and the church on Friday.', False),
    ('The artist painted symbols of the zodiac on the ceiling of the cathedral.', False),
    ('The bishop said the church had damaged its reputation.', False),
    ("The scandal damaged the party's headquarters' credibility, analysts said.", False),
    ('Thieves smashed a window at the church and stole the collection box.', False),
    ('Vandals broke the windows of a mosque in Bradford on Saturday night.', True),
    pytest.param(
        'Gravestones at a Jewish cemetery were toppled and daubed with swastikas.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: the cemetery is in the subject of 'toppled', the daubing a conjunct with no "
            'subject of its own'))),
    ('Unknown people desecrated a Hindu temple in Sindh province, breaking idols.', True),
    pytest.param(
        "A pig's head was left outside the door of a mosque in the city.",
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss: leaving a thing at a door is no verb of defacing'))),
    ('The office of the ruling party in the district was set on fire by unidentified '
     'miscreants.', True),
    ('UNIDENTIFIED MEN TORCHED THE OFFICE OF THE OPPOSITION PARTY IN THE TOWN ON FRIDAY '
     'NIGHT.', True),
    ("Israeli forces demolished a Palestinian family's home in East Jerusalem on "
     'Wednesday.', True),
    pytest.param(
        'Israeli bulldozers demolished the homes of three Palestinian families in the Jordan '
        'Valley.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: bulldozers are the state's machines, not its agents by name"))),
    ('The Israeli army demolished the family home of the gunman in Jenin.', True),
    pytest.param(
        'Police demolished the house of gangster Vikas Sharma in Kanpur on Saturday.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss: a gangster is no tie to a conflict the rule reads'))),
    ('Authorities razed a church in Wenzhou on Monday, a rights group said.', True),
    ('The local government demolished a mosque in Xinjiang, satellite images showed.', True),
    ('Security forces burned down the homes of suspected rebel sympathisers in the '
     'village.', True),
    ('the synagogue was vandalised overnight with anti-semitic graffiti, police said', True),
    ('Someone threw a brick through the window of the Labour Party office in the town.', True),
    pytest.param(
        "Vandals spray-painted swastikas on the MP's constituency office on Saturday.",
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: the tokenizer splits 'spray-painted' and the parser gives 'painted' no "
            'object'))),
    ('A Molotov cocktail was thrown at the headquarters of the opposition party in '
     'Tbilisi overnight.', True),
    ('Police sealed the offices of the independent newspaper on Monday.', True),
    ('Firefighters broke into the Islamic centre, smashing a window to reach the kitchen'
     ' fire.', False),
    ('Burglars broke into the Jewish community centre overnight, smashing a glass door '
     'and stealing laptops.', False),
    ('A bus smashed into the front wall of the Catholic school on Monday morning.', False),
    ('Pupils at the Hindu school painted messages of welcome on the walls for the new '
     'term.', False),
    ('Contractors demolished the old Sikh community hall to make way for a new one '
     'funded by the congregation.', False),
    ('Heavy rain damaged the roof of the Islamic Centre, forcing the cancellation of '
     'Friday prayers.', False),
    ('Workmen were smashing the old tiles of the Baptist church hall as part of the '
     'refurbishment.', False),
    ('The storm was damaging roofs across the region, including that of the Methodist '
     'church.', False),
    ('the congregation burned the old hymn books of the anglican church in a ceremony', False),
    ("AN ELDERLY DRIVER SMASHED INTO THE SYNAGOGUE'S GATE ON SATURDAY, POLICE SAID.", False),
    ('A pipe burst damaged the interior of the mosque on Tuesday.', False),
    ('Police said the constituency office of the MP had been damaged by a falling tree.', False),
    ("The party's headquarters was damaged by an electrical fire overnight.", False),
    ('A delivery lorry damaged the front of the Conservative Party office in the high '
     'street.', False),
    ('Heritage officials sealed the tomb of the saint in the shrine for restoration '
     'work.', False),
    ('The police sealed the premises of Sunrise Hotel after a guest was found dead.', False),
    ('The municipal council demolished the houses of 40 families living on the riverbank'
     ' under a court order.', False),
    ('Officers sealed the flat of the dead man as they waited for a post-mortem.', False),
    ('Customs officers sealed the warehouse of Global Imports Ltd after finding '
     'counterfeit goods.', False),
    ('In accordance with the court decision, the bailiffs sealed the office of the '
     'company Alfa.', False),
    ('By decision of the prosecutor, police sealed the shop of the entrepreneur for tax '
     'evasion.', False),
    ('By order of the governor, police sealed the office of the opposition party in the '
     'province on Monday.', True),
    ('Unknown persons damaged the monument and the mosque in the village during the '
     'night, the ministry informed.', True),
    ('Local authorities demolished the houses of the families of the two attackers on '
     'Tuesday.', True),
]


@pytest.mark.parametrize(("sentence", "expected"), REVIEW)
def test_review_of_political_destruction(parse, sentence, expected):
    assert destroyed_property(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Someone fired at least five shots into the district office of a state senator "
     "overnight, shattering the front window.", True),
    ("Gunmen fired into a mosque during prayers, killing five worshippers.", False),
    ("Police fired tear gas into the compound of the mosque to disperse the crowd.", False),
    ("Soldiers fired a salute outside the church after the funeral service.", False),
])
def test_shots_fired_into_a_political_office_or_a_place_of_worship(parse, sentence, expected):
    assert destroyed_property(parse(sentence), realis) is expected


# Written by a second review (its own sentences): shots fired near, outside or from a place,
# into the air, at a car outside an office, and denied harm.
SHOTS_REVIEW = [
    ('Someone fired several shots into the campaign office of a congressman in Phoenix '
     'overnight, police said.', True),
    ('Unknown gunmen fired shots at a mosque in Quetta on Friday night, damaging its '
     'gate; no one was hurt.', True),
    ("VANDALS FIRED PELLETS INTO THE WINDOWS OF A SYNAGOGUE IN THE CITY'S NORTH END.", True),
    ('Police fired tear gas at protesters outside the party headquarters on Tuesday.', False),
    ('Soldiers fired a 21-gun salute outside the cathedral during the funeral.', False),
    ('Members of the gun club fired hundreds of rounds at the shooting range next to the'
     ' church on Saturday.', False),
    ('Fireworks were fired from the church tower to mark the new year.', False),
    ('The church fired its pastor after an investigation into his finances.', False),
    ('The senator fired his chief of staff and two aides at the district office.', False),
    ("The mayor's office fired the city manager on Monday.", False),
    ('The party fired its campaign manager after the loss.', False),
    ('Officers fired shots at a man who drove at them outside the temple, police said.', False),
    ('Hunters fired shots near the cemetery, alarming visitors, police said.', False),
    ('Someone fired a flare gun into the air near the church during the festival.', False),
    ('A man fired a gun into the air outside the mosque after a dispute over parking, '
     'police said.', False),
    ('A man fired rounds into the front doors of a Baptist church on Sunday morning; no '
     'one was injured.', True),
    ('The diocese fired a priest accused of misconduct from the cathedral staff.', False),
    ('The Republican Party fired its spokesman from the headquarters staff on Tuesday.', False),
    ('Police fired rubber bullets at a crowd outside the mosque on Friday.', False),
    ('The church fired up its new pipe organ for the Christmas concert.', False),
    ('The ceramics studio fired the clay pots made by children from the temple school.', False),
    ('Army units fired artillery at militant positions near the shrine.', False),
    ('Shots were fired into the campaign headquarters of the opposition candidate on '
     'Monday night.', True),
    ('Shots were fired during a fight outside a church hall on Saturday; police are '
     'investigating.', False),
    pytest.param(
        'The church was fired on by a suspect fleeing police, who was later arrested.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading: a suspect in flight firing on a church is ordinary crime, which the'
            ' rule does not tell from an attack on the church'))),
    ('A man fired shots into a home near the synagogue on Friday, police said.', False),
    ("The senator's office fired back at critics in a statement on Tuesday.", False),
    ('Gunmen fired on worshippers leaving a mosque, killing three.', False),
    ("Someone fired a BB gun at cars parked outside the mayor's office building.", False),
    ('Someone fired shots outside a church on Elm Street early Sunday, and police found '
     'shell casings in the parking lot.', False),
    ('Someone fired shots in the parking lot of a church during a fight between two '
     'groups of teenagers.', False),
    ('Unknown men fired shots near the party office during a wedding celebration.', False),
    ('Youths fired fireworks at police outside the mosque on Bonfire Night.', False),
    ("SOMEONE FIRED SHOTS AT A CAR OUTSIDE THE CONGRESSMAN'S DISTRICT OFFICE, POLICE "
     'SAID.', False),
    ('Someone fired a gun at the windows of the Democratic Party headquarters overnight.', True),
    ('Someone fired a starting pistol outside the temple to open the charity race.', False),
    ('Someone fired shots from the church parking lot at a passing car.', False),
    ('A gunman fired several shots into the windows of a mosque in Quebec City '
     'overnight.', True),
    ('A suspect fired shots into the campaign office of a state senator early Tuesday.', True),
    pytest.param(
        'Police said a man fired at least five rounds into the constituency office of the Labour '
        'MP on Friday night.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss: the parse of the reported clause gives the shots no place the rule reads'))),
    ('Two men on a motorbike fired shots at the gate of a Sikh gurdwara in Peshawar; '
     'nobody was hurt.', True),
]


@pytest.mark.parametrize(("sentence", "expected"), SHOTS_REVIEW)
def test_review_of_shots_and_throws(parse, sentence, expected):
    assert destroyed_property(parse(sentence), realis) is expected



# Passives that name no doer: a deed meant is told by fire set, or by words of an attack, arson
# or a motive that nothing denies ("was set on fire", "damaged in an arson attack", "in what
# police called a religiously motivated attack"). Own sentences, hard negatives included
# (faults, storms, blasts, denials, buildings of no faith); PASSIVE_ASIDE was written with them
# and checked only once the rule was set.
PASSIVES = [
    ('A mosque in Huddersfield was set on fire in the early hours of Sunday, police said.', True),
    ('The door of a synagogue in Malmo was set alight overnight.', True),
    ('A Hindu temple in Chittagong was badly damaged in an arson attack on Tuesday night.', True),
    ('Windows of a Sikh gurdwara in Southall were smashed on Monday in what police described '
     'as a racially motivated attack.',
     True),
    ('Two churches in Jos were burned down on Saturday in a suspected arson attack.', True),
    ('A chapel in Cork was deliberately set ablaze overnight, gardai said.', True),
    ('the gates of a jewish cemetery in lodz were damaged in an antisemitic attack on friday.',
     True),
    ('A mosque in Christchurch was destroyed in an arson attack early on Wednesday.', True),
    ('Statues at a Buddhist temple in Mandalay were smashed overnight in a sectarian attack.',
     True),
    ("The opposition party's office in Harare was gutted in an arson attack on Thursday.", True),
    ('A church in Cork was badly damaged by a fire caused by an electrical fault on Sunday.',
     False),
    ("The mosque's roof was damaged in a storm overnight.", False),
    ('Windows of the temple were smashed by the force of the blast, which killed two.', False),
    ('Police said the fire at the synagogue was not being treated as arson.', False),
    ('The church was gutted by fire on Sunday; firefighters said the blaze was accidental.',
     False),
    ('A candle set the curtains alight in the cathedral on Sunday, but no one was hurt.', False),
    ('The old cinema in Leeds was set on fire overnight, police said.', False),
    ('Two shops in Jos were burned down in an arson attack on Saturday.', False),
    ('A church was destroyed in the earthquake that struck the region on Tuesday.', False),
    ('The temple was damaged in 1984 in an attack by troops.', False),
    ('A mosque in Bradford was damaged when a car crashed into its wall on Sunday.', False),
    ("The church's stained-glass windows were smashed in the storm, the vicar said.", False),
]
PASSIVE_ASIDE = [
    ('A SYNAGOGUE IN BERLIN WAS SET ON FIRE ON FRIDAY NIGHT, POLICE SAID.', True),
    ('The front of a mosque in Dublin was badly damaged in what police called a hate-motivated'
     ' arson attack.',
     True),
    ('a shrine in kashmir was set ablaze on tuesday, residents said.', True),
    ('Windows of a Coptic church in Minya were smashed on Sunday in a sectarian attack.', True),
    ('A church in Ohio was damaged when lightning struck its steeple.', False),
    ('Firefighters said the blaze that damaged the temple was not deliberate.', False),
    ('The mosque was set up in 1990 by migrants from Bangladesh.', False),
    ('A school in Leeds was set on fire overnight, police said.', False),
]


@pytest.mark.parametrize(("sentence", "expected"), PASSIVES)
def test_a_place_of_worship_attacked_told_in_the_passive(parse, sentence, expected):
    assert destroyed_property(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), PASSIVE_ASIDE)
def test_passive_aside(parse, sentence, expected):
    assert destroyed_property(parse(sentence), realis) is expected

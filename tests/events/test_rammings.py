"""A vehicle driven into protesters or, on purpose, into a crowd (events/rammings.py).

Sentences written for these tests. ``ASIDE`` was written apart, after the rule was set on
``DEV``, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events.rammings import ramming

DEV = [
    ("A driver accelerated into a crowd of people protesting outside the Statehouse on "
     "Saturday, injuring three, police said.", True),
    ("A car ploughed into marchers at a climate protest in the city centre, injuring six.", True),
    ("A man deliberately drove his van into worshippers leaving a mosque in north London.", True),
    ("The attacker rammed a truck into a crowd at the Christmas market, police said.", True),
    ("An elderly driver lost control and ploughed into pedestrians at a farmers' market.", False),
    ("A bus crashed into a crowd waiting at a stop after its brakes failed.", False),
    ("Police vans drove through the crowd of protesters to clear the road.", False),
    ("Thousands of people marched through the city centre on Saturday to protest the law.",
     False),
    ("A car ploughed into a shop front on the high street on Monday.", False),
    ("The man threatened to drive his car into the protesters, witnesses said.", False),
]
ASIDE = [
    ("A pickup truck sped into a group of demonstrators blocking the highway, hurting two.",
     True),
    ("Witnesses said the driver mowed down three marchers before fleeing.", True),
    ("A delivery van slammed into pedestrians on Oxford Street after the driver had a seizure.",
     False),
    ("Fans ran through the streets after the final whistle.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV + ASIDE)
def test_a_vehicle_driven_into_protesters_or_a_crowd_on_purpose(parse, sentence, expected):
    assert ramming(parse(sentence), realis) is expected


# Written by a review of the rule (its own sentences): intent denied, vehicles passing through
# a march with no one hit, rescuers and the protest's own side, trials of old rammings.
REVIEW = [
    ('A man drove his SUV into a group of protesters blocking a highway in Minneapolis '
     'on Sunday, injuring two.', True),
    pytest.param(
        'A motorist ploughed through a picket line of striking workers outside the factory, '
        'police said.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss: a picket line of workers is no crowd or protest noun the rule reads'))),
    ('Witnesses said the van deliberately swerved into pedestrians on the bridge before '
     'the driver got out with a knife.', True),
    ('A DRIVER RAMMED HIS CAR INTO A CROWD OF PRO-PALESTINIAN DEMONSTRATORS IN LONDON ON'
     ' SATURDAY.', True),
    ("a pickup truck plowed into marchers at the women's rally, leaving one critically "
     'hurt.', True),
    ('A car drove into a crowd at a parade after the driver suffered a medical '
     'emergency, police said.', False),
    ('An 84-year-old driver crashed into a crowd outside a restaurant, injuring five.', False),
    ('A police car drove through the crowd of protesters to reach the injured officer.', False),
    ('The team bus drove through crowds of fans lining the streets of Madrid.', False),
    ('A float drove through the crowds at the carnival parade as revellers danced.', False),
    ('Thousands of protesters marched through the capital on Saturday.', False),
    ('The march drove through the city centre in a convoy of tractors.', False),
    ('Farmers drove tractors into the centre of Brussels to protest EU policy.', False),
    ('Farmers drove hundreds of tractors through Paris on Monday to protest fuel taxes.', False),
    ('Truckers drove their rigs into downtown Ottawa to protest vaccine mandates.', False),
    ('The cyclists rode through the crowd of spectators at the finish.', False),
    ('A driver ran over a pedestrian at a crosswalk on Main Street on Tuesday.', False),
    ('A truck crashed into a group of people waiting for a bus in the town, killing '
     'three; the driver was arrested for drunk driving.', False),
    ('The bus veered into a crowd at a market in Lagos after a tyre burst, killing '
     'seven.', False),
    ('A car plowed into students at a school bus stop; police said the driver was '
     'speeding.', False),
    ('The suspect drove a stolen car into a crowd of people leaving a nightclub after '
     'being thrown out, police said.', False),
    ('Riot police drove armoured vehicles into the crowd of protesters on Tuesday.', False),
    ('Security forces drove trucks through the crowd of demonstrators in Khartoum, '
     'witnesses said.', False),
    ('An army truck ran over two protesters in Dhaka on Friday.', False),
    ('Fans ran onto the pitch and into the crowd after the winning goal.', False),
    ('Protesters ran through the streets chanting slogans.', False),
    ('The demonstrators drove their cars through the city honking horns in a convoy '
     'protest.', False),
    ('Rescuers drove into the flooded village to evacuate residents.', False),
    ('The marchers ran into police lines near parliament.', False),
    ('He drove into the crowd of reporters waiting outside the court and sped off.', False),
    ('A man drove a car through the gates of the White House on Saturday night, the '
     'Secret Service said.', False),
    ('Students marched through the campus toward the administration building.', False),
    ('Prosecutors said the man drove into the crowd at the Christmas market on purpose.', True),
    ('The man accused of driving into protesters in Charlottesville in 2017 was '
     'sentenced to life.', False),
    ('A car drove into a crowd of fans celebrating the title, injuring 47; police said '
     'it was not being treated as terrorism.', False),
    ('A car ploughed into shoppers at a market on Saturday, and police said there was no'
     ' sign of a terror motive.', False),
    ('An SUV drove into a crowd of people outside a bar, and police said they did not '
     'believe it was a targeted attack.', False),
    ('A car drove into mourners gathered at a roadside vigil for a crash victim, '
     'injuring four.', False),
    ('A car rammed into a crowd at a rally for the opposition candidate, injuring nine.', True),
    ('An attacker drove a truck into a crowd celebrating Bastille Day in Nice, killing '
     '86 people.', True),
    ('The lorry that ploughed into the crowd in 2016 was driven by a Tunisian man, the '
     'court heard.', False),
    ('Fire trucks sped through the crowd toward the burning building.', False),
    ('A tractor ran over a farmer during the protest convoy after its driver slipped, '
     'organisers said.', False),
    pytest.param(
        'The car sped into a line of students marching against the tuition rise, police said.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss: a line of students is no crowd noun the rule reads'))),
    ('A cyclist rode into a group of marchers by accident, causing minor injuries.', False),
    ('A runaway bus careened into a crowd of pedestrians in downtown Montreal after its '
     'driver fainted.', False),
    ('Police said a man intentionally drove his car into a group of teenagers outside a '
     'school.', True),
    ('Thousands of fans streamed through the city as the bus carrying the players drove '
     'through the crowd.', False),
    ('Supporters of the president drove through the rally honking their horns and waving'
     ' flags.', False),
    ('An ambulance drove through the march to reach a man who had collapsed.', False),
    ('A motorist drove slowly through the protest as demonstrators stepped aside, and no'
     ' one was hurt.', False),
    ('Farmers drove their tractors into the protest camp outside parliament on Monday.', False),
    ('Organisers drove a flatbed truck through the march carrying speakers and a band.', False),
    ('A FIRE ENGINE DROVE THROUGH THE CROWD OF PROTESTERS TO REACH THE BURNING BUILDING.', False),
    ('The protesters drove their cars through downtown in a slow convoy against the '
     'mandates.', False),
    ('a man drove his car through a group of protesters blocking the road, sending two '
     'to hospital, police said.', True),
    ('The driver, who ploughed into the crowd last year, was known to police for '
     'terrorism offences, the court heard.', False),
    ('Police said the driver who hit a crowd of pedestrians had not targeted anyone and '
     'was taken for a drug test.', False),
]


@pytest.mark.parametrize(("sentence", "expected"), REVIEW)
def test_review_of_rammings(parse, sentence, expected):
    assert ramming(parse(sentence), realis) is expected

"""Protests no crowd gathers for, and captives marched off (events/crowdless.py). Sentences
written for these tests; ``PETITIONS_ASIDE`` was checked once after the rule was set; the
review's sentences (2026-12-06) are marked."""

from __future__ import annotations

import pytest

from eventwire.events.crowdless import marched_away, without_crowd

# A petition, open letter or strike with no crowd is no protest; a crowd handing one in is.
PETITIONS = [
    ("An online petition calling on the council to scrap the bypass has gathered more than "
     "20,000 signatures.", True),
    ("Residents started a petition demanding the closure of the landfill, which has drawn "
     "4,000 signatures in a week.", True),
    ("More than 300 doctors signed an open letter urging the health minister to resign.", True),
    ("The petition, started by residents of the barangay, says the blasting has cracked "
     "houses.", True),
    ("Hundreds of protesters marched to parliament on Tuesday to hand in a petition against "
     "the mining law.", False),
    ("Workers waved union flags outside the town hall while a delegation handed a letter to "
     "the council leader.", False),
    ("Thousands rallied in the square and signed a petition against the dam.", False),
    ("Gunmen killed three people at the market on Monday.", False),
    ("Schools across the country stayed closed for a third day as the teachers' strike "
     "entered its first week.", True),
    ("Bus drivers' walkout over pay left thousands of commuters stranded on Monday.", True),
    ("Striking nurses marched through the centre of Nairobi on Monday, waving placards.",
     False),
    ("Detained activists began a hunger strike in the capital's main prison on Sunday.", False),
    ("Strikers blocked the gates of the port with lorries on Tuesday.", False),
    ("Worshippers arriving for prayers found slogans sprayed in red paint across the "
     "entrance.", True),
    ("Anti-government slogans appeared on walls across the capital overnight.", True),
    ("Protesters chanted slogans outside the ministry on Monday.", False),
    ("The opposition called a nationwide general strike for next Tuesday to demand the release "
     "of its leaders.", True),
    # crowds told in other words (review, 2026-12-06)
    ("Tens of thousands of workers poured into the streets of Buenos Aires as a general "
     "strike paralysed the country.", False),
    ("Garment workers on strike took to the streets of Dhaka on Monday.", False),
    ("Farmers delivered a petition with 100,000 signatures to parliament on Tuesday.", False),
    ("Hundreds of residents took to the streets after a drone strike killed four civilians.",
     False),
    ("The general strike paralysed Lagos as police fired tear gas at youths who barricaded "
     "the main roads.", False),
    ("The strike closed banks and shops while traders sat on the road outside parliament.",
     False),
]
# Boycotts and written appeals with no crowd (session 22); a crowd calling for one protests.
BOYCOTTS = [
    ("Shoppers across the country are boycotting a foreign coffee chain over its owner's "
     "remarks.", True),
    ("Consumers launched a boycott of the dairy firm over its prices.", True),
    ("Residents sent an appeal to the mayor asking him to stop the new landfill.", True),
    ("Opposition parties boycotted the vote on the new constitution.", True),
    ("Hundreds of students marched through the capital calling for a boycott of the "
     "elections.", False),
    ("Doctors boycotted outpatient duties and staged a sit-in outside the hospital.", False),
    ("Opposition parties boycotted the vote, and thousands rallied in the capital.", False),
    ("Villagers blocked the road to the mine and vowed to boycott its products.", False),
    ("Thousands formed a human chain across the city to back the boycott.", False),
]
PETITIONS_ASIDE = [
    ("A CHANGE.ORG PETITION AGAINST THE FEE HAS COLLECTED 12,000 SIGNATURES SINCE MONDAY.",
     True),
    ("parents have launched a petition to save the village school, with 900 signatories so "
     "far.", True),
    ("Retired generals published an open letter on Sunday accusing the government of neglect.",
     True),
    ("Dozens of villagers gathered outside the district office to present a petition on land "
     "rights.", False),
    ("Students staged a sit-in at the ministry and delivered a petition with 5,000 "
     "signatures.", False),
    ("THE 24-HOUR GENERAL STRIKE GROUNDED FLIGHTS AND CLOSED BANKS ACROSS THE COUNTRY.", True),
    ("dock workers downed tools on friday in a strike over unpaid overtime.", True),
    ("Thousands of striking miners rallied outside the company's offices in Rustenburg.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), PETITIONS)
def test_a_petition_with_no_crowd_is_no_protest(parse, sentence, expected):
    assert without_crowd(parse(sentence)) is expected


@pytest.mark.parametrize(("sentence", "expected"), BOYCOTTS)
def test_a_boycott_or_appeal_with_no_crowd_is_no_protest(parse, sentence, expected):
    assert without_crowd(parse(sentence)) is expected


def test_the_aside_check_of_petitions(parse):
    right = sum(without_crowd(parse(s)) is e for s, e in PETITIONS_ASIDE)
    assert right >= len(PETITIONS_ASIDE) - 1, right


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The fighters rounded up boys from the market and marched them away with sacks of "
     "maize.", True),
    ("Militants paraded the captives through the town before driving off.", True),
    ("Students marched the mayor to the town hall, demanding his resignation.", False),
    ("Village elders marched the villagers to the district headquarters over the land "
     "dispute.", False),
    ("Militants marched the hostages to the riverbank.", True),
    # armed men marching a pronoun off, no word of seizing: captives still
    ("Armed men stopped a bus, ordered the passengers off and marched them into the hills.",
     True),
    ("Soldiers rounded the villagers into a field and marched them to the camp.", True),
    ("Teachers led the pupils outside and marched them to the town hall in protest.", False),
    ("Thousands marched through the capital on Sunday.", False),
    ("Tens of thousands of people marched peacefully through the city centre.", False),
])
def test_captives_marched_off_are_no_protest(parse, sentence, expected):
    assert marched_away(parse(sentence)) is expected

"""A public gathering with a demand read from who gathered and why (events/gatherings.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written apart, before the
rule was checked on it, and checked once. ALL-CAPS and lower-case lines are parsed as the
pipeline parses them, after case restoration.
"""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events.gatherings import celebration, crowd_gathering, may_gather, told_before

DEV = [
    ("More than 3,000 dairy farmers gathered outside the agriculture ministry on Tuesday to "
     "demand higher milk prices.", True),
    ("Hundreds of residents held a candlelight vigil on Friday to demand justice for the two "
     "boys killed in the fire.", True),
    ("Several hundred nurses staged a sit-in outside the health ministry, demanding back pay.",
     True),
    ("Thousands of students marched through the capital on Monday against tuition increases.",
     True),
    ("Protesters gathered outside the parliament for a third straight night.", True),
    ("Dozens of taxi drivers blocked the main bridge into the city on Thursday in protest "
     "against a new fare law.", True),
    ("Tens of thousands of Chileans took to the streets of Santiago on Sunday.", True),
    ("Members of the teachers' union rallied in front of the education department, chanting "
     "slogans against the pay freeze.", True),
    ("Residents of the settlement blocked a highway with burning tyres to protest evictions.",
     True),
    ("About 150 pensioners protested outside the town hall over cuts to bus passes.", True),
    ("Demonstrators burned an effigy of the governor outside his office on Wednesday.", True),
    ("hundreds of garment workers rallied outside the labour office in the port city on sunday "
     "demanding unpaid wages.", True),
    ("THOUSANDS OF OPPOSITION SUPPORTERS MARCHED THROUGH THE CAPITAL ON SATURDAY TO DEMAND THE "
     "RELEASE OF THEIR LEADER.", True),
    ("Stocks rallied on Wall Street after the inflation figures.", False),
    ("The team rallied in the second half to win 3-2.", False),
    ("Fans gathered in the main square to watch the final on giant screens.", False),
    ("Unions will march on Friday against the pension reform.", False),
    ("Opposition leaders called for a protest outside parliament next week.", False),
    ("Dock workers threatened to strike if the talks fail.", False),
    ("Police gathered evidence at the scene for several hours.", False),
    ("The defendant protested his innocence throughout the trial.", False),
    ("Hundreds of people held a candlelight vigil for the victims of the crash.", False),
    ("Thousands gathered in the old town for the annual lantern festival.", False),
    ("Mourners gathered at the cemetery for the funeral of the former mayor.", False),
    ("Officials from the three ministries gathered in the capital to discuss the budget.", False),
    ("The students did not march on Monday because of the storm.", False),
    ("A late rally lifted the dollar against the euro.", False),
    ("China protested the decision to the Japanese ambassador.", False),
    ("Organisers denied that any protest took place at the stadium.", False),
    ("Thousands of pilgrims gathered at the shrine to pray.", False),
    ("THE WORKERS SAID THEY WOULD GATHER OUTSIDE THE FACTORY IF WAGES ARE NOT PAID.", False),
    ("residents protested that the new road would split the village in two.", False),
    ("Protests erupted in three cities on Friday over the rise in bread prices.", True),
    ("Protesters said they would return to the square next week.", False),
    ("The rally was called off because of the rain.", False),
    ("The airline protested the fine in a letter to the regulator.", False),
]
ASIDE = [
    ("HUNDREDS OF MINERS STAGED A SIT-IN AT THE COMPANY HEADQUARTERS ON MONDAY TO DEMAND SAFER "
     "CONDITIONS.", True),
    ("about 400 residents gathered outside the water board offices on wednesday, chanting "
     "against weeks of supply cuts.", True),
    ("Villagers marched to the district office to protest the closure of the only clinic.",
     True),
    ("Relatives of the missing fishermen held a vigil outside the port authority, calling for "
     "the search to resume.", True),
    ("Several thousand Serbians rallied in Belgrade against the mining deal.", True),
    ("Protesters blocked the airport road for six hours on Tuesday.", True),
    ("Oil prices rallied after the output cut.", False),
    ("the crowd gathered at the stadium to celebrate the title", False),
    ("Students plan to march on the ministry next week.", False),
    ("THE UNION CALLED FOR A GENERAL STRIKE AND A MARCH ON THE CAPITAL.", False),
    ("Investigators gathered information from witnesses.", False),
    ("Hundreds of relatives gathered for the burial of the crash victims.", False),
    ("The ministers gathered at the summit venue for a group photograph.", False),
    ("Activists have not held any rally since the ban.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_gatherings_with_a_demand(parse, sentence, expected):
    assert crowd_gathering(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert crowd_gathering(parse(sentence), realis) is expected


# Crowds at a parade, a rite or an anniversary, with no demand: no protest (True), against
# protests and vigils with one (False). CELEBRATION_ASIDE was written before the rule ran;
# its first two failed on that first run (the rule then wanted a crowd noun as the subject:
# "mourners", "pipe bands" are not in the lists), so the rule now takes any subject, and
# those two are no longer unseen. CELEBRATION_ASIDE_2 was written after that change and is
# only checked.
CELEBRATION = [
    ("Hundreds of people lined Main Street as veterans marched in the Memorial Day parade.",
     True),
    ("Veterans and cadets marched through the city centre on Sunday to mark Remembrance Day.",
     True),
    ("Mourners gathered at the church to honour the victims on the tenth anniversary.", True),
    ("Thousands marched through the capital on Sunday demanding the resignation of the "
     "prime minister.", False),
    ("Hundreds held a vigil outside police headquarters demanding justice for the man.",
     False),
    ("Residents marched to city hall on Tuesday to protest the closure of the hospital.", False),
    ("The mayor laid a wreath at the memorial on Monday.", False),
    ("Veterans, cadets and Scouts marched from the castle to the cenotaph behind the band.",
     True),
    ("Protesters marched to the cenotaph on Sunday demanding an inquiry into the deaths.",
     False),
]
CELEBRATION_ASIDE = [
    ("FIREFIGHTERS AND FAMILIES GATHERED AT THE STATION TO REMEMBER THE CREW LOST IN THE BLAZE.",
     True),
    ("pipe bands and scouts marched down the high street in the annual remembrance parade.",
     True),
    ("Demonstrators marched past the war memorial chanting slogans against the new law.", False),
    ("Farmers rallied outside parliament on Monday against the fuel tax.", False),
]

CELEBRATION_ASIDE_2 = [
    pytest.param("Townspeople gathered on the green for the unveiling of a plaque honouring "
                 "the miners.", True, marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: the rite is named inside a noun's phrase ('the unveiling of a "
                     "plaque honouring'), which the rule does not read as the gathering's"))),
    ("Students marched across campus in the homecoming parade on Saturday.", True),
    ("Hundreds gathered outside the embassy to protest the detention of the journalist.",
     False),
    ("Nurses marched on the health ministry demanding higher pay.", False),
]


# A politician's rally: addressed, spoken at, held by a campaign (True), unless a demand is
# told with it (False). RALLY_ASIDE was written before the rule ran; its third failed on that
# first run (the demand was in the rally's own phrase, "a rally of farmers demanding", which
# the rule then did not read), so the rule now reads it there and that one is no longer unseen.
RALLY = [
    ("The prime minister addressed two rallies in the north on Saturday, accusing the "
     "opposition of corruption.", True),
    ("The opposition leader held a campaign rally in the capital on Sunday, promising jobs.",
     True),
    ("Speaking at a rally in Lagos, the candidate pledged to fix the power supply.", True),
    ("The senator told a rally in Ohio that the economy was on the mend.", True),
    ("The opposition leader addressed a rally against the new tax law on Sunday.", False),
    ("Thousands of people rallied in the capital to demand the president's resignation.",
     False),
    ("Opposition supporters held a rally outside the electoral commission to protest alleged "
     "vote rigging.", False),
    # found by a review of the rule (our own sentences)
    ("Addressing thousands of protesters at a rally in Tbilisi, the opposition leader urged "
     "them to stay in the streets.", False),
    ("Speaking to a rally of teachers on strike for higher pay, the union leader vowed to "
     "fight on.", False),
    ("Opposition supporters held a post-election rally to dispute the results.", False),
    ("Riot police dispersed an election rally by the opposition party.", False),
    ("Police fired tear gas at an opposition campaign rally.", False),
    ("Hundreds of people marched to parliament, where the activist addressed the rally.", False),
]
RALLY_ASIDE = [
    ("THE GOVERNOR ADDRESSED AN ELECTION RALLY IN THE PORT CITY ON WEDNESDAY.", True),
    ("the deputy president spoke at a re-election rally in the rift valley on friday.", True),
    ("Addressing a rally of farmers demanding debt relief, the minister promised a review.",
     False),
    ("Protesters held a rally outside the ministry, chanting slogans against the reforms.",
     False),
]


@pytest.mark.parametrize(("sentence", "expected"),
                         CELEBRATION + CELEBRATION_ASIDE + CELEBRATION_ASIDE_2 + RALLY
                         + RALLY_ASIDE)
def test_celebrations_are_no_protest(parse, sentence, expected):
    assert celebration(parse(sentence), realis) is expected


# A crowd standing, sitting, filling a street or driving somewhere with a demand made outright.
PRESENCE = [
    ("Around 300 people joined the family outside the police station on Sunday evening, "
     "filling the pavement and demanding the release of the bodycam footage.", True),
    ("Hundreds of farmers drove about 200 tractors to the district office on Monday, demanding "
     "compensation for crops lost to the floods.", True),
    ("About 40 residents stood outside the mayor's home for two hours on Saturday, demanding "
     "action on the contaminated water supply.", True),
    ("Dozens of teachers sat on the steps of the education ministry all day, calling for the "
     "reinstatement of dismissed colleagues.", True),
    ("Thousands of fans lined the streets on Sunday, chanting the players' names as the "
     "open-top bus passed.", False),
    ("More than 150 residents filled the council chamber on Tuesday night, demanding answers "
     "about the proposed landfill.", False),
    ("Hundreds of commuters waited for hours at the station after the strike halted trains.",
     False),
    ("Veterans walked along the Esplanade after the dawn service, watched by thousands.", False),
    ("The minister drove to the border on Monday, demanding that the crossing be reopened.",
     False),
    # packed and jammed, and a demand "to demand" (session 19)
    ("Hundreds of teachers packed the square outside the ministry on Monday to demand unpaid "
     "wages.", True),
    ("Thousands of students and residents filled the streets around the station to demand "
     "accountability for the collapse.", True),
    ("Fans packed the stadium to demand the coach's resignation.", False),
    ("Shoppers jammed the mall on Black Friday.", False),
]
PRESENCE_ASIDE = [
    ("Some 60 nurses stood outside the hospital gates through the night shift, demanding "
     "back pay.", True),
    ("Hundreds of taxi drivers drove slowly around the ring road on Wednesday, protesting a "
     "new licence fee.", True),
    ("Dozens of parents sat outside the school on Monday calling for the principal's "
     "resignation.", True),
    ("Hundreds of people lined the route of the funeral procession on Friday.", False),
    ("Residents packed the board meeting, demanding to know why the clinic would close.", False),
    ("Two lawmakers walked out of the session, denouncing the bill.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), PRESENCE + PRESENCE_ASIDE)
def test_a_crowd_present_with_a_demand_made_outright(parse, sentence, expected):
    assert crowd_gathering(parse(sentence), realis) is expected


# Written by a review of the rule (its own sentences): queues, audiences, worshippers, runners,
# meetings, campaign crowds and those joining others' calls are no protest; crowds blocking,
# occupying, camping or pouring into the streets with a demand are.
PRESENCE_REVIEW = [
    ('Thousands of people have joined an online petition demanding the reopening of the '
     'swimming pool.', False),
    ('More than 10,000 residents joined a Facebook group demanding better bus services.', False),
    ("Several opposition MPs joined the party leader in demanding the minister's "
     'resignation.', False),
    ('Hundreds of doctors joined the union in calling for higher pay, according to a '
     'survey.', False),
    ('Two more countries joined the United States in demanding a ceasefire.', False),
    ('Dozens of parents filled the school gym on Tuesday night, demanding answers from '
     'the district about the bus contract.', False),
    ('Residents filled the town hall demanding answers about the sewage leak.', False),
    ('Hundreds of residents packed into the church hall, demanding to know why the '
     'clinic would close.', False),
    ('Opposition lawmakers walked out of parliament protesting the new budget.', False),
    ('Lawmakers stood up in the assembly demanding a vote on the motion.', False),
    ('Angry passengers waited for hours at the airport, demanding refunds from the '
     'airline.', False),
    ('Hundreds of customers waited outside the bank demanding their money.', False),
    ('Drivers waited in long queues at petrol stations, demanding to know when fuel '
     'would arrive.', False),
    ("Thousands of fans filled the stadium on Saturday, demanding the coach's "
     'resignation after the defeat.', False),
    ('Fans lined the streets demanding autographs from the players.', False),
    ('Shareholders filled the hall at the annual meeting, demanding a bigger dividend.', False),
    ('Relatives of the missing fishermen waited at the harbour demanding news of their '
     'loved ones.', False),
    ('Police surrounded the house, demanding that the gunman surrender.', False),
    ('Troops surrounded the town, demanding the surrender of the rebels.', False),
    ('Thousands of worshippers filled the mosque for Friday prayers, calling for peace '
     'in the region.', False),
    ('Mourners filled the church for the funeral, calling for an end to knife crime.', False),
    ('Dozens of journalists waited outside the court, demanding comment from the '
     'defendant.', False),
    ('Several hundred people stood in line outside the embassy, demanding visas.', False),
    ('The players sat in the dressing room demanding their unpaid wages.', False),
    ('Two hundred guests sat down to dinner, calling for donations to the hospice.', False),
    ('Children sat on the floor of the library demanding more stories.', False),
    ('Dozens of residents joined a meeting with the mayor demanding a new bridge.', False),
    ('Thousands of supporters filled the arena as the president called for national '
     'unity.', False),
    ('The crowd of supporters filled the square, calling for the candidate to be elected'
     ' on Sunday.', False),
    ('Students filled the lecture theatre to hear the minister, who called for more '
     'investment in science.', False),
    ('Hundreds of farmers drove their tractors to the ministry on Monday, demanding '
     'compensation for the drought.', True),
    ('About 300 nurses stood outside the hospital demanding safer staffing levels.', True),
    ('DOZENS OF TEACHERS SAT ON THE STEPS OF THE EDUCATION MINISTRY, CALLING FOR UNPAID '
     'SALARIES.', True),
    pytest.param(
        'residents lined the main road demanding the release of the detained activists',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: in lower case the parse hangs the demand under the road, not under 'lined'"))),
    pytest.param(
        'Villagers surrounded the police station demanding the release of three detained men.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: the parse hangs the demand under the station, not under 'surrounded'"))),
    ('Hundreds of mothers marched silently, demanding justice for their disappeared '
     'sons.', True),
    ('Thousands of people formed a human chain across the city, demanding independence.', True),
    pytest.param(
        'Hundreds of workers blocked the gates of the factory demanding their unpaid wages.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: the parse hangs the demand under the factory, not under 'blocked'"))),
    ('Taxi drivers parked their cars across the main road, demanding lower fuel prices.', True),
    ("Dozens of students occupied the rector's office, demanding the rector's "
     'resignation.', True),
    ('Hundreds of people poured into the streets of the capital, demanding the president'
     ' step down.', True),
    ("Thousands of residents gathered outside the governor's office demanding clean "
     'water.', True),
    ('Women camped outside parliament for a third day, demanding equal pensions.', True),
    ("Hundreds of relatives held a sit-in outside the prime minister's office, demanding"
     ' news of the hostages.', True),
    pytest.param(
        'Fishermen sailed their boats into the harbour, blocking it, to protest the new quotas.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss: sailing is no verb of presence the rule reads'))),
    ('The crowd stood and applauded for ten minutes, calling for an encore.', False),
    ("Players from both teams stood for a minute's silence before kick-off, calling for "
     'an end to racism in football.', False),
    ('Hundreds of pilgrims walked to the shrine on Sunday, calling for blessings for the'
     ' harvest.', False),
    ('Thousands of runners filled the streets of the city on Sunday for the marathon, '
     'calling for donations to cancer research.', False),
    ('Dozens of commuters stood on the platform for two hours, demanding to know why the'
     ' trains had stopped.', False),
    ('Hundreds of job seekers waited outside the factory gates demanding application '
     'forms.', False),
    ('Residents lined the streets as the funeral cortege passed, calling for the killer '
     'to be caught.', False),
    ('Dozens of protesters stood outside the embassy, calling for sanctions.', True),
    ('Relatives of the victims stood outside the courthouse with photographs, demanding '
     'justice.', True),
    ('hundreds of students sat in the road outside the university demanding the '
     'reinstatement of their lecturers', True),
]


@pytest.mark.parametrize(("sentence", "expected"), PRESENCE_REVIEW)
def test_review_of_crowds_present_with_a_demand(parse, sentence, expected):
    assert crowd_gathering(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Veterans and cadets marched along the Esplanade after the dawn service, watched by "
     "thousands.", True),
    ("Hundreds of parishioners marched through the village after the Sunday service.", True),
    ("Thousands of civil servants marched to the civil service offices to demand a pay rise.",
     False),
    ("Hundreds of bus drivers marched to the transport service headquarters on Monday.", False),
])
def test_a_march_after_a_service_is_a_rite(parse, sentence, expected):
    assert celebration(parse(sentence), realis) is expected


# may_gather (asked before crowd_gathering by the parse readings) looks for someone taking to
# the streets only where a verb of taking and the streets are among the words.
@pytest.mark.parametrize("sentence", [
    "Thousands of teachers took to the streets of the capital on Monday.",
    "Residents take to the street every Friday over the water cuts.",
    "Taxi drivers have taken to the streets again.",
    "He took the street map to the station.",
    "Cleaners took to sweeping the streets at night.",
    "The streets were quiet on Sunday.",
])
def test_taking_to_the_streets_is_looked_for_where_it_may_be(parse, sentence):
    doc = parse(sentence)
    assert may_gather(doc, frozenset(t.lower_ for t in doc)) or not crowd_gathering(doc, realis)


# A rally or march its own words make a rite's, a show's or a campaign's (the model reads
# them as protests), a complaint made to someone, and a rank read as a crowd.
NAMED_RITES = [
    ("Some 40,000 people took part in the city's Pride march on Saturday.", True),
    ("Thousands of party faithful filled the square for a rally marking the party's 10th "
     "anniversary.", True),
    ("About 5,000 people took part in a charity march through the city on Sunday.", True),
    ("The mayor launched her re-election campaign on Tuesday with a rally at the community "
     "centre.", True),
    ("Thousands marched on Saturday to mark a year since the collapse and demand "
     "accountability.", False),
    ("Opposition supporters held a rally on Saturday demanding the release of jailed "
     "activists.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED_RITES)
def test_a_rally_its_own_words_make_a_rites(parse, sentence, expected):
    assert celebration(parse(sentence), realis) is expected


COMPLAINTS = [
    ("several drivers protested to the stewards after the qualifying session.", False),
    ("Parents protested to the head teacher in a letter on Monday.", False),
    ("The world number three walked off the court in protest on Tuesday.", False),
    ("Hundreds of drivers protested outside the transport ministry on Monday.", True),
    ("A number of traders protested outside the market office on Tuesday over new fees.", True),
    ("Tens of thousands took to the streets of the capital on Sunday.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), COMPLAINTS)
def test_a_complaint_or_a_rank_is_no_crowds_protest(parse, sentence, expected):
    assert crowd_gathering(parse(sentence), realis) is expected



# Crowds named by a plural of people the lists do not hold ("commuters", "shopkeepers",
# "swimmers", "campaigners"): agent nouns and the party nouns' persons, which march or rally
# only with a demand (the players rally in a match, exporters in a market). Own sentences;
# AGENT_ASIDE was written with them and checked only once the rule was set.
AGENT_CROWDS = [
    ('Commuters marched through Leeds city centre on Monday against plans to cut the night '
     'trains.',
     True),
    ('Shopkeepers protested outside the town hall in Luton on Thursday over new business rates.',
     True),
    ('Swimmers staged a demonstration in Dundee on Saturday against the closure of the leisure'
     ' centre.',
     True),
    ("Campaigners gathered outside the health board's offices in Cardiff to oppose the "
     'hospital cuts.',
     True),
    ('Parents protested at the school gates in Lagos on Tuesday over rising fees.', True),
    ('Cyclists rallied in Dublin on Sunday demanding safer bike lanes.', True),
    ('Pensioners demonstrated outside parliament in Athens against cuts to their pensions.', True),
    ('Hundreds of taxi drivers marched to the transport ministry in Nairobi to protest new '
     'licence fees.',
     True),
    ('Librarians held a protest in Toronto on Friday over job cuts.', True),
    ('Anglers gathered at the reservoir on Saturday in protest at a ban on night fishing.', True),
    ('Stallholders staged a sit-in at the market office in Kumasi on Monday over a rent rise.',
     True),
    ('The players rallied in the second half to win 3-2.', False),
    ('Exporters rallied on Tuesday after the central bank cut interest rates.', False),
    ('Cyclists marched into the stadium for the opening ceremony on Friday.', False),
    ('Lawmakers protested that the bill had been rushed through the chamber.', False),
    ('Commuters gathered on the platform waiting for the delayed train.', False),
    ('Retailers protested to the regulator in a letter last week.', False),
    ('Supporters marched behind the coffin at the funeral on Saturday.', False),
    ('Swimmers gathered at the pool for the national championships on Sunday.', False),
    ("Investors will protest outside the bank's headquarters next week.", False),
    ('Walkers gathered at the village hall before setting off on the charity hike.', False),
]
AGENT_ASIDE = [
    ('Dockworkers marched through Rotterdam on Thursday against automation at the port.', True),
    ('Hairdressers protested in Rome on Monday over a new tax on salons.', True),
    ('Birdwatchers held a rally in Norfolk against plans to build on the marshes.', True),
    ('Surfers gathered on the beach at Bondi on Sunday to oppose offshore drilling.', True),
    ('The defenders rallied late to hold on for a draw.', False),
    ('Skiers gathered at the summit for the start of the race.', False),
    ('Producers protested the ruling in a statement on Tuesday.', False),
    ('Dancers marched through the streets of Rio in the carnival parade.', False),
]


@pytest.mark.parametrize(("sentence", "expected"), AGENT_CROWDS)
def test_a_crowd_of_a_plural_of_people_the_lists_do_not_name(parse, sentence, expected):
    assert crowd_gathering(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), AGENT_ASIDE)
def test_agent_crowds_aside(parse, sentence, expected):
    assert crowd_gathering(parse(sentence), realis) is expected


@pytest.mark.xfail(reason="a miss: 'midwives' is a plural of -ves, whose singular no agent "
                          "ending or person noun reads", strict=True)
def test_a_crowd_of_an_irregular_plural(parse):
    assert crowd_gathering(parse("Midwives picketed the maternity unit in Bristol on Wednesday "
                                 "over staffing levels."), realis)


# A team's protest in a game is no crowd's (session 21, from a review's false event): people
# named by what they do who protest in a sentence with a word of sport.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The players surrounded the referee and protested angrily after a late penalty.", False),
    ("Bowlers protested to no avail when the umpire ruled the batsman not out.", False),
    ("Shopkeepers protested outside the town hall on Monday against new parking charges.",
     True),
])
def test_a_teams_protest_in_a_game_is_no_gathering(parse, sentence, expected):
    assert crowd_gathering(parse(sentence), realis) is expected


# What a gathering came after: the words after "after", "following" or "since" that follows it
# tell the earlier protest's force, riot or arrests (``told_before``, at those words).
TOLD_BEFORE = [
    ("Hundreds marched through the port on Sunday, three days after a strike there ended in "
     "clashes in which 20 people were detained.", ["clashes", "detained"], True),
    ("Farmers rallied again outside the ministry, a week after a protest that police broke up "
     "with tear gas.", ["tear gas"], True),
    ("Nurses gathered outside the ministry on Monday to demand back pay, a week after police "
     "beat strikers at the gate.", ["beat"], True),
    # the force is the gathering's own, or the gathering is what came before
    ("Police detained 43 people after protesters rallied outside the ministry.", ["detained"],
     False),
    ("Protesters rallied outside the ministry and police detained 43 of them.", ["detained"],
     False),
    ("Students marched on the ministry after the vote, and riot police fired tear gas.",
     ["tear gas"], False),
    # no day between: the march is the same crowd's riot
    ("Hundreds marched through the market, after a rally at the port turned violent.",
     ["violent"], False),
]


# Written with TOLD_BEFORE, checked once the rule was set: 4 of 4.
TOLD_BEFORE_ASIDE = [
    ("Teachers marched to the governor's office on Wednesday, a day after riot police "
     "dispersed their sit-in with water cannon.", ["dispersed"], True),
    ("Miners rallied at the pit gates since the company fired 300 of them.", ["fired"], True),
    ("Villagers blocked the highway after soldiers shot two herders, and police arrested "
     "twelve of them.", ["arrested"], False),
    ("After the verdict, crowds gathered outside the court and police fired tear gas.",
     ["fired"], False),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), TOLD_BEFORE + TOLD_BEFORE_ASIDE)
def test_force_told_of_what_a_gathering_came_after(parse, sentence, words, expected):
    assert told_before(parse(sentence), [sentence.index(w) for w in words]) is expected

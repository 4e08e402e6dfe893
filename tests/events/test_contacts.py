"""Diplomatic contact read from who spoke with whom (events/contacts.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written apart, after the
rule was set on ``DEV``, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.contacts import diplomatic_contact, state_signing
from eventwire.events.realis import realis

DEV = [
    ("The foreign minister later spoke with his Japanese counterpart.", True),
    ("Prime Minister Jane Doe talked trade during a telephone call on Tuesday with French "
     "President Paul Martin.", True),
    ("Turkish Foreign Minister Ali Veli and his Russian counterpart spoke by telephone.", True),
    ("Kenyan President John Kamau held talks with Ugandan leader Paul Okello in Kampala.", True),
    ("Smith later spoke with U.S. Secretary of State Mary Brown.", True),
    ("Chilean President Ana Rojas met Peruvian Prime Minister Luis Vega at the border on "
     "Friday.", True),
    ("The Indian prime minister phoned his Nepali counterpart on Sunday.", True),
    ("Mr Smith will meet the Chinese president next week.", False),
    ("The Chinese president met reporters after the ceremony.", False),
    ("The German chancellor met the German finance minister on Monday.", False),
    ("The mayor spoke with residents about the flooding.", False),
    ("The minister spoke to parliament about the budget.", False),
    ("President Jones met his defence minister and army chiefs on Tuesday.", False),
    ("The finance minister said before Sunday's dinner meeting with his provincial "
     "counterparts that the offer fell short.", False),
    ("Brazilian President Carla Lima hopes to meet the Argentine leader soon.", False),
    ("The Egyptian foreign minister did not meet his Israeli counterpart.", False),
    ("Protesters met the police with stones.", False),
    ("In a telephone call on Friday, the Spanish prime minister told Moroccan King Hassan "
     "that the border would reopen.", True),
    ("During a phone conversation, the Irish president assured her Polish counterpart of "
     "support.", True),
    ("In a phone call, the minister told reporters he was confident.", False),
    ("The Malaysian premier has invited the leaders of Japan and Korea to a meeting in May.",
     False),
    ("The foreign ministers of Peru and Chile met in Lima on Friday.", True),
    ("Greek and Turkish delegations held talks in Athens on Monday.", True),
    ("The two countries' defence ministers spoke by phone later in the day.", True),
    ("The Moroccan king received the Spanish foreign minister at the palace.", True),
    ("The Danish minister discussed fishing quotas with her Norwegian counterpart.", True),
    ("The ministry received complaints from Chinese officials.", False),
    ("Leaders of both parties met in the capital on Monday.", False),
    ("The governors of Texas and Oklahoma met to discuss water rights.", False),
]
ASIDE = [
    ("JAPANESE PRIME MINISTER KENJI SATO HELD TALKS WITH AUSTRALIAN PRIME MINISTER ANNA "
     "WHITE IN CANBERRA ON MONDAY.", True),
    ("the polish president spoke by phone with his ukrainian counterpart on tuesday.", True),
    ("Nigerian President Musa Bello met with Ghanaian President Kofi Mensah in Abuja.", True),
    ("In a phone call on Thursday, French President Paul Martin and German Chancellor Eva "
     "Koch discussed the crisis.", True),
    ("The Swedish king met the Norwegian ambassador at the palace.", True),
    ("The governor met the county sheriff on Monday.", False),
    ("The Canadian minister is expected to meet her Mexican counterpart next month.", False),
    ("The president spoke with families of the victims.", False),
    ("The Indian home minister met the Indian army chief in Delhi.", False),
    ("The coach spoke with his players after the match.", False),
    ("Environment ministers from Austria, Hungary and Slovakia met in Vienna on Thursday.",
     True),
    ("The Japanese prime minister welcomed the Indian president to Tokyo on Sunday.", True),
    ("THE PRESIDENTS OF KENYA AND TANZANIA DISCUSSED BORDER TRADE ON FRIDAY.", True),
    ("The two teams' captains met before the final.", False),
    ("The mayor hosted a dinner for local business owners.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_contacts_between_officials_of_different_states(parse, sentence, expected):
    assert diplomatic_contact(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert diplomatic_contact(parse(sentence), realis) is expected


# Heads of a state's arm as officials, and names the parser tags common nouns. HEADS_ASIDE was
# written before the change was run on it, and is only checked.
HEADS = [
    ("The Italian foreign minister met the army chief in Khartoum on Monday.", True),
    ("The Kenyan president met the head of the U.S. Agency for International Development on "
     "Tuesday.", True),
    ("The heads of the two countries' border services met at the crossing on Friday.", True),
    ("Zelenskyy spoke by phone with the Polish president on Wednesday, his office said.", True),
    ("The president met the head of his family's trust on Monday.", False),
    ("The German chancellor met the heads of the country's largest carmakers.", False),
    ("The mayor met the police chief on Monday to discuss the parade.", False),
]
HEADS_ASIDE = [
    ("Pakistan's interior minister met the Afghan intelligence chief in Kabul on Sunday.", True),
    pytest.param("The Japanese ambassador met the director of the Philippine coast guard on "
                 "Thursday.", True, marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: 'coast guard' is not among the bodies whose head is an "
                     "official"))),
    ("Tshisekedi held talks with the Angolan president in Luanda on Saturday.", True),
    ("The club chairman met the head coach after the defeat.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), HEADS + HEADS_ASIDE)
def test_heads_of_state_bodies_and_unknown_names(parse, sentence, expected):
    assert diplomatic_contact(parse(sentence), realis) is expected


# A contact told beside the sentence's own verb: a participle, or the summit it was made at.
FRAMES = [
    ("Speaking by phone with his Kenyan counterpart on Friday, the Somali president urged "
     "closer border cooperation.", True),
    ("Meeting his Ghanaian counterpart in Accra on Monday, Nigeria's foreign minister pledged "
     "support for the regional force.", True),
    ("At a summit in Brussels on Thursday, the German chancellor told the Polish prime minister "
     "that the funds would be released.", True),
    ("Speaking to reporters on Friday, the Somali president urged calm.", False),
    ("Speaking with his lawyer on Friday, the former minister denied the charges.", False),
    ("The minister vowed to meet his Ghanaian counterpart next week.", False),
    ("At a summit of party leaders on Thursday, the chancellor told her ministers to cut "
     "spending.", False),
    ("At the summit of the mountain on Sunday, the climbers told the guide they were tired.",
     False),
    # The parser hangs "In a call" on the purpose ("to mark ..."): the contact is still the
    # clause's.
    ("In a phone call on Sunday to mark the tenth anniversary of the border treaty, Kenyan "
     "President Ruto told Ugandan President Museveni that trade must grow.", True),
    ("In a video call on Monday to discuss the drought, the Somali foreign minister told his "
     "Ethiopian counterpart that aid was needed.", True),
    ("In a phone call to mark her birthday, the president told her mother that she would "
     "visit soon.", False),
    ("In a call to reporters on Monday, the Kenyan president said trade must grow.", False),
]
FRAMES_ASIDE = [
    pytest.param("Talking by video link with the Dutch prime minister on Tuesday, the Ukrainian "
                 "president asked for more air defence.", True,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: the parser hangs 'with the Dutch prime minister' on 'link', not "
                     "on 'Talking'"))),
    pytest.param("On the sidelines of the summit in Lima, the Chilean president assured his "
                 "Peruvian counterpart that the border would stay open.", True,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: the summit sits under 'sidelines', one preposition deeper than "
                     "the frame read"))),
    ("Meeting farmers in Punjab on Saturday, the prime minister promised higher prices.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), FRAMES + FRAMES_ASIDE)
def test_a_contact_in_a_participle_or_at_a_summit(parse, sentence, expected):
    assert diplomatic_contact(parse(sentence), realis) is expected


# A contact told in a gerund after the clause's verb, or in a relative clause about a side.
TOLD_BESIDE = [
    ("\"The border must stay open,\" the Kenyan president said after meeting his Ugandan "
     "counterpart in Kampala on Monday.", True),
    ("Chile's foreign minister, who held talks with her Peruvian counterpart in Lima on "
     "Friday, said the crossing would reopen.", True),
    ("The Polish prime minister spoke to reporters before meeting the German chancellor in "
     "Berlin.", True),
    ("Ghana's president, who met his Togolese counterpart on Tuesday, flew home.", True),
    # a side that is no official of another state; a plan; a relative clause about someone
    # else's contact
    ("The Kenyan president said after meeting farmers in Nakuru that prices would rise.", False),
    ("The Kenyan president said he would travel to Kampala after meeting the cabinet.", False),
    ("The envoy, who will meet the Ugandan president next week, arrived in Nairobi.", False),
    ("The Kenyan president praised the farmers who met the agriculture minister on Monday.",
     False),
]
TOLD_BESIDE_ASIDE = [
    ("Peru's president, who spoke by phone with his Bolivian counterpart on Sunday, ordered "
     "troops to the border.", True),
    pytest.param("The Somali foreign minister said after talking to his Ethiopian counterpart "
                 "that aid was on its way.", True,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: the side talked to is read after 'with' only, not 'to'"))),
    ("The mayor, who met residents on Sunday, promised new lights.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), TOLD_BESIDE + TOLD_BESIDE_ASIDE)
def test_a_contact_told_in_a_gerund_or_a_relative_clause(parse, sentence, expected):
    assert diplomatic_contact(parse(sentence), realis) is expected


# A signing between governments or officials of different states is a contact.
SIGNINGS = [
    ("Japan and India signed an agreement on high-speed rail cooperation in Tokyo on Monday.",
     True),
    ("Turkey and Iraq signed a framework agreement on sharing river waters on Wednesday.", True),
    ("The United States signed an agreement on minerals with Ukraine on Wednesday.", True),
    ("The foreign ministers of Peru and Chile signed a memorandum on border trade.", True),
    ("Turkish Airlines signed a deal with Boeing for 50 jets.", False),
    ("The company signed an agreement with the ministry to supply 40 buses.", False),
    ("Britain and France signed the treaty in 1904.", False),
    ("The president signed the bill into law on Friday.", False),
    ("Kenya and Uganda will sign a border agreement next month.", False),
    ("The two clubs signed a partnership deal on Tuesday.", False),
]
SIGNINGS_ASIDE = [
    ("Indonesia and Australia signed a defence cooperation agreement in Canberra on Thursday.",
     True),
    ("Mexico inked a migration accord with Guatemala at the border town of Tapachula.", True),
    ("Barcelona signed the Brazilian striker on a five-year deal.", False),
    ("Canada and the European Union have not signed the pact, officials said.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), SIGNINGS + SIGNINGS_ASIDE)
def test_a_signing_between_states_is_a_contact(parse, sentence, expected):
    assert state_signing(parse(sentence), realis) is expected


# A foreign official meeting a governor, a premier or a mayor; a conjoined verb's sides.
SUBNATIONAL = [
    pytest.param(
        "Fiji's Prime Minister wrapped up a two-day visit to Queensland on Friday, meeting the "
        "state premier in Townsville.", True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: a state premier's or governor's contacts count only with a foreign "
            "mission, so that a president meeting his own governors is no contact"))),
    ("The Japanese consul general met Governor Gavin Newsom in Sacramento on Tuesday to "
     "discuss trade.", True),
    ("Ireland's ambassador visited Boston on Monday and met the mayor at City Hall.", True),
    ("The mayor met the city's police chief on Monday to discuss the budget.", False),
    ("Governor Newsom met the mayor of Los Angeles on Tuesday.", False),
    ("The governor met Chinese investors at a trade fair in Shanghai.", False),
    ("The central bank governor met the finance minister on Friday.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), SUBNATIONAL)
def test_a_foreign_official_meeting_a_governor_or_mayor(parse, sentence, expected):
    assert diplomatic_contact(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In a meeting with the Kenyan president on Thursday, the British foreign secretary "
     "discussed the peacekeeping mission.", True),
    ("During talks with his Turkish counterpart, the Greek foreign minister raised the issue "
     "of airspace violations.", True),
    ("In a meeting with the Kenyan president next week, the British foreign secretary will "
     "pledge support.", False),
])
def test_a_contact_noun_before_its_clause_is_as_real_as_the_clause(parse, sentence, expected):
    assert diplomatic_contact(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Japanese consul general and Governor Ann Marsh agreed to set up a working group on "
     "farm exports.", True),
    ("Kenya and Uganda agreed on Tuesday to build a joint rail terminal at Busia, their "
     "foreign ministers said.", True),
    ("Brazil and Argentina agreed to play a friendly in Melbourne in June.", False),
    ("Officials of the two countries agreed to pull back troops from the border.", False),
    ("The two companies agreed to merge in a deal worth $4 billion.", False),
    ("The government and the rebels agreed to a 72-hour truce.", False),
    ("The mayor and the governor agreed to fund the new bridge.", False),
    ("Kenya and Uganda have agreed to disagree over the island.", False),
])
def test_officials_of_two_states_agreeing_is_a_contact(parse, sentence, expected):
    assert state_signing(parse(sentence), realis) is expected


# Written by a review of the rules (their own sentences): domestic officials, diaspora groups,
# firms, clubs, teams and people named like states, calls for talks.
CONTACT_REVIEW = [
    ('Jordan hosted Iraq in a World Cup qualifier in Amman on Thursday.', False),
    ('England meet France in the quarter-final on Saturday.', False),
    ('Portugal met Uruguay in the group stage of the 2022 tournament.', False),
    ('Italy hosted Wales at the Stadio Olimpico on Saturday, winning 24-10.', False),
    ('Brazil welcomed Argentina to the Maracana for the qualifier on Tuesday.', False),
    ('Japan hosted Australia in Saitama and won 2-0.', False),
    ('Morocco met Spain in the last 16 and won on penalties.', False),
    ('Chad met with his lawyer on Monday.', False),
    ('Malta hosted Poland in the Euro qualifier on Sunday night.', False),
    ('Ireland welcomed New Zealand to Dublin for the autumn international.', False),
    ('Argentina met Croatia in the semi-final in Lusail.', False),
    ('IRELAND HOST FRANCE IN THE SIX NATIONS OPENER ON FRIDAY.', False),
    ('spain met italy in the nations league final.', False),
    ("Canada hosted the United States in a women's hockey exhibition in Ottawa.", False),
    ("The governor met with the state's attorney general and the mayor of Atlanta on "
     'Monday.', False),
    ('The mayor of Chicago met with the mayor of New York to discuss migrant buses.', False),
    ('Governor Newsom met with Mayor Bass and county officials on the wildfire response.', False),
    ('Texas Governor Greg Abbott met with the mayors of El Paso and Laredo on Tuesday.', False),
    ('The governor of the central bank met with the finance minister on Tuesday.', False),
    ('The consul of the local Rotary club met members at the hall.', False),
    ('The Japanese consul general in Chicago met with Illinois Governor JB Pritzker on '
     'Thursday.', True),
    ('German Chancellor Olaf Scholz visited Ottawa and met Prime Minister Justin '
     'Trudeau.', True),
    ('Turkey and Russia met in Istanbul for talks on grain exports.', True),
    ('The Ukrainian ambassador met the mayor of Vilnius on Monday.', True),
    ('Jordan met with Bulls owner Jerry Reinsdorf to discuss his return.', False),
    pytest.param(
        'The Indian prime minister met with Apple chief executive Tim Cook in New Delhi.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    pytest.param(
        'The French president met with Elon Musk at the Elysee on Monday.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('Chancellor Rachel Reeves met with BlackRock chief Larry Fink on Tuesday.', False),
    ('The mayor met with Governor Hochul in Albany on Tuesday to discuss the budget.', False),
    ('Mayor Eric Adams spoke with Governor Kathy Hochul by phone on Sunday.', False),
    ('The governor of Tokyo met the mayor of Osaka to discuss the Expo.', False),
    ('The premier of Ontario met with the premier of Quebec in Toronto.', False),
    pytest.param(
        'The governor of Tokyo met the mayor of Paris during the Olympic handover.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    ("Georgia's governor met with Alabama's governor at the state line.", False),
    pytest.param(
        "The Brazilian president met with Lula's chief of staff.",
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('The Italian coach met his Spanish counterpart before the match.', False),
    ("China's ambassador met with Chinese students at Stanford.", False),
    ('The mayor of Kyiv met with the mayor of Lviv to discuss shelters.', False),
    ("Kenya's president met with members of his cabinet at State House.", False),
    ('The governor of Lagos met with the governor of Ogun state on the border road.', False),
    ('The governor of Lagos met with the British high commissioner on Tuesday.', True),
    ('The Australian premier visited Sydney and met the mayor.', False),
    ("Premier Danielle Smith met Alberta's mayors in Calgary on Friday.", False),
    ('Mayor Sadiq Khan met with the Metropolitan Police commissioner on Monday.', False),
    pytest.param(
        'The foreign minister met Jordan Peterson at the conference.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('Chinese investors met the governor of Ohio on Tuesday.', False),
    ('The Chinese investors met with the Michigan governor to discuss the battery plant.', False),
    ('Brazil hosted the G20 summit in Rio de Janeiro.', False),
    ('France welcomed the decision by the court on Monday.', False),
    ('Germany welcomed the ceasefire and called for talks.', False),
    ("Russia welcomed Trump's remarks on Ukraine, the Kremlin said.", False),
    ('Britain hosted the Olympics in 2012.', False),
    ('India hosted Pakistan in the Asia Cup final at Dubai.', False),
    ('China discussed the proposal with no one, the ministry said.', False),
    ('U.S. President Joe Biden met with California Governor Gavin Newsom in Los Angeles '
     'on Tuesday.', False),
    ('President Biden met with Governor Newsom at the airport to survey the fire damage.', False),
    ('The Nigerian president met with the governor of Lagos State at the villa on '
     'Monday.', False),
    ('Indian Prime Minister Narendra Modi met the chief minister of Kerala to review '
     'flood relief.', False),
    ('The Canadian prime minister met with Toronto Mayor Olivia Chow on Friday.', False),
    ('The Mexican president spoke with the governor of Sinaloa by phone after the '
     'clashes.', False),
    ('Secretary of State Antony Blinken met with the mayor of Chicago on Monday.', False),
    ('The U.S. ambassador to Mexico met with the mayor of Tijuana... and later with '
     'state officials.', True),
    ('Kenyan President William Ruto met governors from the coast region at State House.', False),
    ('The Brazilian health minister met with the governor of Rio Grande do Sul in Porto '
     'Alegre.', False),
    ('British Prime Minister Keir Starmer met with the mayor of Manchester on Thursday.', False),
    ('The Pakistani army chief met with the chief minister of Punjab in Lahore.', False),
    ('Italian Prime Minister Giorgia Meloni met with the governor of Sicily on the '
     'migrant crisis.', False),
    pytest.param(
        'The German chancellor met the premier of Bavaria in Munich.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('The Philippine president met the mayor of Manila on Monday to discuss flood '
     'control.', False),
    ('Ukrainian President Volodymyr Zelenskiy met the governor of the Kharkiv region on '
     'Saturday.', False),
    ('The Russian president met with the governor of Kursk region in the Kremlin.', False),
    pytest.param(
        'The Australian prime minister spoke with the premier of New South Wales by phone.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('FEMA Administrator met with Governor Ron DeSantis in Tallahassee.', False),
    ('the us transportation secretary met with the mayor of baltimore after the bridge '
     'collapse.', False),
    ('Chinese Premier Li Qiang met the governor of Guangdong province in Guangzhou.', False),
    ('French President Emmanuel Macron received the mayor of Marseille at the Elysee.', False),
    pytest.param(
        'French President Emmanuel Macron received the mayor of London at the Elysee.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    pytest.param(
        'The Irish premier met the governor of New York in Albany on Friday.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    pytest.param(
        'The Taiwanese foreign minister met with the governor of Texas in Austin.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    pytest.param(
        'The Indian Prime Minister met with Apple chief executive Tim Cook in New Delhi.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('The Turkish president met the head of the national football federation.', False),
    pytest.param(
        'The Spanish king received the president of Real Madrid at the palace.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('Somali community leaders met with the mayor of Minneapolis on Tuesday to discuss '
     'youth programs.', False),
    ("Cape Verdean community leaders met with Brockton's mayor on Monday about the new "
     'cultural center.', False),
    ('Haitian leaders met with Mayor Eric Adams at City Hall on Thursday to discuss '
     'deportations.', False),
    ('Ukrainian community leaders met the governor in Harrisburg to thank him for '
     'refugee aid.', False),
    ('Members of the Chinese Chamber of Commerce met with the mayor of San Francisco on '
     'Friday.', False),
    ('The Indian American delegation met with Governor Murphy in Trenton on Wednesday.', False),
    ('A Sikh delegation met the mayor of Brampton to discuss the temple expansion.', False),
    ("the mexican consulate's community liaison met with the mayor of aurora on tuesday.", False),
    ('Iraqi refugees met with the governor of Michigan at a town hall in Dearborn.', False),
    ("Filipino nurses' leaders met with the governor about the staffing law.", False),
    ('THE SOMALI-AMERICAN DELEGATION MET WITH THE MAYOR OF LEWISTON ON MONDAY.', False),
    ('The Mexican consul met with the mayor of Aurora on Tuesday to discuss the raids.', True),
    ('The prime minister of New Zealand met the mayor of Auckland on Monday.', False),
    ('The president of Costa Rica met the mayor of San Jose on Monday.', False),
    ('The president of the United States met the governor of Texas at the border.', False),
    ('The president of South Korea met the Japanese prime minister in Tokyo on Friday.', True),
    ('The Pakistani prime minister called for talks with India on Kashmir.', False),
    ("Japan's foreign minister pressed for a meeting with his Chinese counterpart, "
     'officials said.', False),
    ('The Turkish president pushed for talks with the Syrian leader, but Damascus '
     'declined.', False),
    ('In preparation for talks with his Chinese counterpart, the U.S. defense secretary '
     'consulted his advisers.', False),
    pytest.param(
        'Britain is in talks with France over migrant returns, a spokesman said.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('The Kenyan foreign minister asked for a meeting with the Somali president.', False),
    ('The Israeli prime minister angled for a call with the U.S. president for weeks '
     'without success.', False),
    ('The Indian minister waited in vain for a meeting with the Chinese foreign '
     'minister.', False),
    ('The Polish president prepared on Monday for his meeting with the German chancellor'
     ' next week.', False),
    ('In a phone call with his Egyptian counterpart on Sunday, the Saudi foreign '
     'minister discussed Gaza.', True),
    ('After talks with Chinese President Xi Jinping, the French president said trade was'
     ' discussed.', True),
    pytest.param(
        'During a meeting with the Jordanian king in Amman, the U.S. secretary of state urged '
        'restraint.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    ('In a meeting with reporters, the Russian foreign minister criticised NATO.', False),
    ('Ahead of a meeting with the Brazilian president, the Argentine leader told '
     'reporters he was optimistic.', False),
    ('The minister refused to comment on reports of a meeting with the Iranian envoy.', False),
    ('The Egyptian president held out hope for talks with the Ethiopian prime minister.', False),
    ('The Chinese ambassador lobbied for a meeting with the Australian trade minister.', False),
    ('The Ghanaian president travelled to Abuja for talks with the Nigerian president.', True),
    ('In a bid for talks with his Chinese counterpart, the Australian trade minister '
     'flew to Beijing on Monday.', False),
    ('In a letter proposing a meeting with the Iranian president, the Saudi king invited'
     ' him to Riyadh.', False),
    ('In a planned call with the Russian president next week, the French leader will '
     'raise grain exports.', False),
    pytest.param(
        'At a summit with African leaders that was later postponed, the Japanese prime minister '
        'was to announce aid.',
        False, marks=pytest.mark.xfail(strict=True, reason=(
            'a false reading left: an official meeting a business leader, a premier of a region '
            "named by its name, or a state's side with no state named"))),
    ('In a statement after a meeting with the Polish president was cancelled, the German'
     ' chancellor expressed regret.', False),
    ('In the hope of a meeting with the Venezuelan president, the Colombian envoy stayed'
     ' in Caracas.', False),
    ('In a meeting with his Iraqi counterpart in Baghdad, the Turkish foreign minister '
     'raised water.', True),
    ('at a meeting with the french president in paris on monday, the kenyan president '
     'signed a trade deal.', True),
    ('IN TALKS WITH THE QATARI EMIR ON TUESDAY, THE BRITISH PRIME MINISTER DISCUSSED '
     'GAZA.', True),
    ('In an interview ahead of talks with the Chinese president, the U.S. president said'
     ' he wanted a deal.', False),
]
SIGNING_REVIEW = [
    ('Indonesia and Australia signed a defence cooperation agreement in Jakarta on '
     'Tuesday.', True),
    ('The foreign ministers of Chile and Peru signed a memorandum on migration in Lima '
     'on Friday.', True),
    ('KAZAKHSTAN AND UZBEKISTAN SIGNED AN AGREEMENT ON WATER SHARING DURING A VISIT BY '
     'THE UZBEK PRESIDENT.', True),
    ('vietnam signed a trade pact with south korea on monday, officials said.', True),
    ('Prime Minister Modi and Japanese Prime Minister Kishida signed a memorandum on '
     'high-speed rail in Tokyo.', True),
    ('Real Madrid signed a five-year deal with Brazilian forward Endrick on Wednesday.', False),
    ('Manchester United signed a sponsorship agreement with Adidas worth 900 million '
     'pounds.', False),
    ('Chad signed a two-year deal with the Los Angeles Lakers on Monday.', False),
    ('Jordan signed a contract extension with Nike in 2003 and later a new deal with the'
     ' Hornets.', False),
    ('Georgia signed an agreement with Hyundai to build an electric vehicle plant near '
     'Savannah.', False),
    ('Boeing signed a deal with Qatar Airways for 30 wide-body jets.', False),
    ('Turkish Airlines signed a codeshare agreement with Malaysia Airlines at the Dubai '
     'Airshow.', False),
    ('Germany signed striker Niclas Fuellkrug to a new deal before the World Cup.', False),
    ('The mayors of Seattle and Kobe signed a sister-city agreement at a ceremony on '
     'Friday.', False),
    ('The union and the government signed a pay agreement ending the three-week strike.', False),
    ('France and Germany signed the Elysee Treaty in 1963.', False),
    ('The two leaders are expected to sign a free trade agreement next month.', False),
    ('Brazil and Argentina have not yet signed the agreement, officials said.', False),
    ('Malta signed a deal with Chelsea for the summer friendly, the club said.', False),
    ('The governor signed a bill into law on Tuesday that bans TikTok on state devices.', False),
    ('President Biden signed an executive order on artificial intelligence on Monday.', False),
    ('Microsoft signed an agreement with the Indian government to train 500,000 '
     'students.', False),
    ('More than 40 countries signed a declaration on the ethical use of AI at the '
     'summit.', False),
    ('Chelsea signed the England international on a free transfer from Ajax.', False),
    ('Canada signed the Paris agreement in 2016.', False),
    ('Jersey signed a double taxation agreement with Guernsey last week.', False),
    ('Guinea signed a mining convention with Rio Tinto and its Chinese partners for the '
     'Simandou project.', False),
    ('egypt and sudan signed a military cooperation agreement in khartoum on tuesday.', True),
    ('The city of Toronto signed a memorandum of understanding with Microsoft on data '
     'centres.', False),
    ('The club signed Jordan Henderson from Liverpool in a deal worth 12 million pounds.', False),
    ('Spanish Foreign Minister Jose Manuel Albares and his Moroccan counterpart signed '
     '20 agreements in Rabat.', True),
    ('Students at the university signed a petition and a declaration against the tuition'
     ' rise.', False),
    ("Tesla signed a deal with Indonesia's government to study a battery plant.", False),
    ('The two companies, a Japanese and a Korean firm, signed a memorandum on hydrogen.', False),
    ('Ohio State signed a deal with Nike worth 252 million dollars.', False),
    ("Texas signed an agreement with Mexico's Tamaulipas state to speed border "
     'inspections.', False),
    ('Mali signed a 2-1 win over Chad in their group match on Sunday.', False),
    ('India signed the deal with France for 26 Rafale jets, a defence ministry statement'
     ' said.', True),
    pytest.param(
        'The Philippines signed the agreement with the International Monetary Fund for a standby '
        'credit line.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    ('Ecuador signed a free-trade agreement with China after talks that lasted a year.', True),
    pytest.param(
        'Russia and China signed a joint statement and a declaration on a multipolar world during'
        " Xi's visit to Moscow.",
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    ('Poland signed a contract with Hyundai Rotem for 180 K2 tanks on Friday.', False),
    ('Saudi Arabia signed a deal with Lockheed Martin worth 4 billion dollars on '
     'Tuesday.', False),
    ('Ghana signed an agreement with Pfizer to supply vaccines, the health ministry '
     'said.', False),
    ('Nigeria signed a memorandum of understanding with Siemens to upgrade the power '
     'grid.', False),
    ('Kenya signed a deal with Safaricom on Monday to expand mobile money services.', False),
    ('Egypt signed an agreement with Scatec to build a 1 gigawatt wind farm.', False),
    ('Vietnam signed a deal with Boeing for 50 737 MAX jets during the visit.', False),
    ('Jordan signed a deal with Nike on Monday.', False),
    ('Brazil signed a deal with Puma for its new kit, the football confederation said.', False),
    ('Chad Johnson signed a one-year deal with the Patriots.', False),
    ('Indonesia signed an agreement with Foxconn and Gogoro to build an electric scooter'
     ' plant.', False),
    ('Mongolia signed an agreement with Rio Tinto over the Oyu Tolgoi mine on Wednesday.', False),
    ('ZAMBIA SIGNED A DEAL WITH GLENCORE ON MONDAY TO RESTART THE MOPANI MINES.', False),
    ('ireland signed a deal with apple over back taxes, the finance ministry said.', False),
    ('The Jamaican sprinter signed a sponsorship deal with Puma.', False),
    ('Greece signed a memorandum with Pfizer to open a digital hub in Thessaloniki.', False),
    ('Argentina signed the agreement with Chevron to develop shale in Vaca Muerta.', False),
    ('The Kenyan runner signed a deal with Adidas worth two million dollars.', False),
    ('Britain signed a deal with Rwanda to send asylum seekers to Kigali, the Home '
     'Office said.', True),
    ('The United States signed a minerals agreement with Ukraine on Wednesday.', True),
    pytest.param(
        'Germany and Namibia signed a hydrogen partnership in Windhoek on Monday.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    ("Colombia signed a deal with striker Luis Diaz's former club for a friendly in "
     'March.', False),
    ('Jamaica signed an agreement with Carnival Corporation to boost cruise traffic.', False),
    ('Britain and France signed a treaty on migrant returns at a summit in London.', True),
    ('Brazil and Argentina agreed to play a friendly in Melbourne in June.', False),
    ('Jordan agreed to a three-year contract extension with the Hornets on Monday.', False),
    ('Chad agreed on terms with the Bears on a two-year deal.', False),
    ('Ireland agreed with Apple on Tuesday to release the escrow fund.', False),
    ('Kenya agreed with Safaricom to cut mobile money fees from July.', False),
    ('England and Australia agreed to move the third Test to Brisbane because of the '
     'heat.', False),
    ('Malta agreed to host Poland for a friendly at the national stadium.', False),
    ('Spain and Portugal agreed to bid jointly for the 2030 World Cup with Morocco.', False),
    pytest.param(
        'Kenya and Ethiopia agreed on Tuesday to open a new border crossing at Moyale.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            'a miss left: a side the rule does not read as a foreign official, or a signing or '
            'statement word it does not know'))),
    ('the mayors of dallas and fort worth agreed to share the cost of the new stadium.', False),
    ('Georgia and Florida agreed to move the annual football game to Atlanta.', False),
    ('Nigeria agreed with Shell on Tuesday to sell its onshore assets to local firms.', False),
    ('New Zealand and Fiji signed a defence agreement in Suva on Monday.', True),
    ('Costa Rica and Panama signed a migration accord at the border on Tuesday.', True),
]


@pytest.mark.parametrize(("sentence", "expected"), CONTACT_REVIEW)
def test_review_of_contacts(parse, sentence, expected):
    assert diplomatic_contact(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), SIGNING_REVIEW)
def test_review_of_signings(parse, sentence, expected):
    assert state_signing(parse(sentence), realis) is expected


# A measure a state adopted, imposed or lifted is a policy decision, not a contact between
# governments (contacts.measures_only vetoes the model's DIPLO).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The European Union formally adopted its 21st package of sanctions against Russia on "
     "Friday.", True),
    ("The U.S. Treasury on Thursday imposed sanctions on two senior commanders of the RSF.",
     True),
    ("Washington slapped new tariffs on Chinese steel on Monday, officials said.", True),
    ("BUDAPEST EXTENDED ITS BAN ON UKRAINIAN GRAIN IMPORTS ON FRIDAY.", True),
    ("The EU foreign policy chief met the Iranian foreign minister in Vienna to discuss "
     "sanctions.", False),
    ("Leaders of the two countries agreed to lift sanctions at a summit in Geneva.", False),
    ("Russia expelled two British diplomats in response to the sanctions.", False),
    ("The ministry summoned the French ambassador over the tariffs.", False),
])
def test_a_measure_adopted_is_no_contact(parse, sentence, expected):
    from eventwire.events.contacts import measures_only
    assert measures_only(parse(sentence)) is expected

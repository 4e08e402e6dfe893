from __future__ import annotations

import re

import pytest

from eventwire.places.roles import ACTOR, DESTINATION, ORIGIN, PURPOSE, REACH, role, roles


def _role(text: str, name: str, country: bool = False, others: tuple[str, ...] = ()) -> str | None:
    start = text.index(name)
    spans = sorted([(start, start + len(name))]
                   + [(text.index(o), text.index(o) + len(o)) for o in others])
    return role(text, start, start + len(name), country=country, places=spans)


@pytest.mark.parametrize("text, name", [
    ("A nurse visiting from Chile was hurt in the blast.", "Chile"),
    ("Tourists from Japan were among the dead.", "Japan"),
    ("Troops from Canada were attacked in Latvia.", "Canada"),
    ("Militias from Iraq fought alongside the army.", "Iraq"),
    ("The driver, a native of Karachi, died.", "Karachi"),
    ("An activist based in Beirut said the town fell.", "Beirut"),
    ("Jane Roe, of Columbus, was killed.", "Columbus"),
    ("The suspect, 25, from the Dallas suburb of Plano, was held.", "Plano"),
    ("An Ohio man was charged.", "Ohio"),
    ("The victim, a Texas native, was shot.", "Texas"),
    ("A guide from France was wounded.", "France"),
    ("Skiers from Sweden were buried.", "Sweden"),          # a plural agent noun
    ("Migrants from Eritrea drowned.", "Eritrea"),
    ("Iowa teacher recalls quake in Japan", "Iowa"),
    ("The Texas-born singer was attacked in Paris.", "Texas"),
    ("The London-based monitor said 12 died in Aleppo.", "London"),
    ("An Ohio-based charity said its workers were safe.", "Ohio"),
])
def test_where_people_come_from_is_an_origin(text, name):
    assert _role(text, name) == ORIGIN


@pytest.mark.parametrize("text, name", [
    ("Troops from Canada were attacked in Latvia.", "Latvia"),
    ("Rockets fired from Gaza hit the town.", "Gaza"),          # a source, not a person's
    ("Shells from Donetsk landed in the square.", "Donetsk"),
    ("Civilians were evacuated from Aleppo.", "Aleppo"),
    ("Aleppo residents fled the shelling.", "Aleppo"),
    ("Texas police arrested two men.", "Texas"),
    ("Residents of Homs said the shelling went on.", "Homs"),
    ("A Kabul-Jalalabad convoy was hit.", "Kabul"),
    ("The London bureau was closed.", "London"),
])
def test_other_places_near_the_same_words_are_not_origins(text, name):
    assert _role(text, name) is None


def test_a_country_acting_is_an_actor_not_a_town_or_a_place_of_the_country():
    assert _role("The truce brokered by Qatar collapsed.", "Qatar", country=True) == ACTOR
    assert _role("Russia's role in the war grew.", "Russia", country=True) == ACTOR
    assert _role("Iran's state news agency said.", "Iran", country=True) == ACTOR
    assert _role("Egypt's Interior Ministry said.", "Egypt", country=True) == ACTOR
    assert _role("Egypt's interior ministry said.", "Egypt", country=True) == ACTOR
    assert _role("Syria's north was hit.", "Syria", country=True) is None
    assert _role("Syria's Idlib province was hit.", "Syria", True, ("Idlib",)) is None
    assert _role("The truce brokered by Qatar collapsed.", "Qatar") is None     # not a country
    assert _role("Gunmen struck Kabul's airport.", "Kabul") is None


def test_a_list_shares_the_role_of_its_first_item():
    text = "The deal was mediated by Norway and Qatar in Mosul and the raids by Iran with Iraq."
    names = ["Norway", "Qatar", "Mosul", "Iran", "Iraq"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    assert roles(text, spans, [True, True, False, True, True]) == [
        ACTOR, ACTOR, None, ACTOR, ACTOR]
    text = "Tourists from Japan and Korea died in Peru."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Japan", "Korea", "Peru")]
    assert roles(text, spans, [True, True, True]) == [ORIGIN, ORIGIN, None]


@pytest.mark.parametrize("text, name, others, expected", [
    ("A rally in support of the people caught in the fighting in Mosul.", "Mosul", (), PURPOSE),
    ("A vigil for Aleppo was held.", "Aleppo", (), PURPOSE),
    ("Crowds marched in solidarity with Gaza.", "Gaza", (), PURPOSE),
    ("Activists held a protest against the war in Yemen.", "Yemen", (), PURPOSE),
    ("Protesters rallied for Aleppo in London.", "London", ("Aleppo",), None),
    ("Thousands rallied in Aleppo in support of the army.", "Aleppo", (), None),
    ("A rally in support of refugees, held in Berlin, drew crowds.", "Berlin", (), None),
    ("They prayed for the people of Haiti and Cuba.", "Cuba", ("Haiti",), PURPOSE),
])
def test_a_gatherings_cause_is_a_purpose_up_to_the_end_of_its_phrase(text, name, others,
                                                                     expected):
    assert _role(text, name, others=others) == expected


@pytest.mark.parametrize("text, name, want", [
    # a country opening a clause and saying or holding something speaks for its government
    ("Chile denied that its jets struck the town.", "Chile", ACTOR),
    ("Back then, Peru claimed the rebels fired first.", "Peru", ACTOR),
    ("Norway continues to maintain that the convoy was armed.", "Norway", ACTOR),
    ("Kenya moved swiftly to disown the raid.", "Kenya", ACTOR),
    ("The strike came after Ghana warned of reprisals.", "Ghana", ACTOR),
    # a country opening its forces' name, or pressed to act
    ("Chile Armed Forces jets struck the camp.", "Chile", ACTOR),
    ("A UN official rejected a Peru Army statement.", "Peru", ACTOR),
    ("Kenya Defence Forces", "Kenya", ACTOR),
    ("The deaths added to pressure on Norway to end the raids.", "Norway", ACTOR),
    ("The junta expelled the envoy, accusing Chile of meddling.", "Chile", ACTOR),
    ("Rebels blamed Peru for the shelling.", "Peru", ACTOR),
    # hard negatives: the country as the place where things happen
    ("Chile was hit by a strong earthquake.", "Chile", None),
    ("Rockets landed in Peru on Monday, officials said.", "Peru", None),
    ("The shooting caused outrage throughout Norway.", "Norway", None),
    ("Police in Kenya said the road was shut.", "Kenya", None),
    ("Floods in Ghana and Togo killed ten, officials said.", "Ghana", None),
    ("Chile's Central Valley was hit by floods.", "Chile", None),
    ("Norway's North Cape Island was cut off.", "Norway", None),
])
def test_a_country_acting_saying_or_named_in_its_forces_is_the_actor(text, name, want):
    assert _role(text, name, country=True) == want


def test_a_country_saying_after_a_capitalised_conjunction_is_the_actor():
    assert _role("Although Chile said its shells fell short, the town burned.", "Chile",
                 country=True) == ACTOR


@pytest.mark.parametrize("text, name, expected", [
    ("The quake killed 12 people and was felt as far away as Singapore.", "Singapore", REACH),
    ("The blast could be heard as far away as the neighbouring town of Halden.", "Halden",
     REACH),
    ("Tremors were felt in Jakarta and across much of western Java.", "Jakarta", REACH),
    ("Smoke from the fire was visible from Sacramento.", "Sacramento", REACH),
    ("The quake struck near Bengkulu, killing 12 people.", "Bengkulu", None),
    ("Residents in Jakarta ran into the streets.", "Jakarta", None),
    ("Protesters marched as far as the parliament in Kampala.", "Kampala", None),
])
def test_how_far_an_event_was_felt_is_its_reach(text, name, expected):
    assert _role(text, name) == expected


def test_places_listed_with_a_reach_share_it():
    text = "The quake was felt as far away as Singapore and Malaysia."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Singapore", "Malaysia")]
    assert roles(text, spans, [True, True]) == [REACH, REACH]


class _M:
    def __init__(self, text: str, name: str, nth: int = 0) -> None:
        self.start = -1
        for _ in range(nth + 1):
            self.start = text.index(name, self.start + 1)
        self.end = self.start + len(name)


@pytest.mark.parametrize("text, origins, others", [
    ("Ohio students in Rome heard the blast.", ["Ohio"], ["Rome"]),
    ("A Kerala nurse in Dubai was hurt.", ["Kerala"], ["Dubai"]),
    ("Texas tourists visiting Paris were robbed.", ["Texas"], ["Paris"]),
    ("Tourists from Texas and Ohio were robbed in Paris.", ["Texas", "Ohio"], ["Paris"]),
    ("Two Florida retirees on holiday in Naples saw it.", ["Florida"], ["Naples"]),
    ("Kentucky farmers in Frankfurt protested.", ["Kentucky"], ["Frankfurt"]),
    # hard negatives: the place where things happen, or named as such once
    ("Texas police arrested two men in Paris.", [], ["Texas", "Paris"]),
    ("Residents of Ohio fled to Rome.", [], ["Ohio", "Rome"]),
    ("Floods hit Texas. Texas tourists stayed home.", [], ["Texas"]),
    ("Rockets fired from Gaza hit Sderot.", [], ["Gaza", "Sderot"]),
])
def test_a_name_is_an_origin_only_where_every_mention_of_it_is(text, origins, others):
    from eventwire.places.roles import origin_keys
    names = origins + others
    ms = sorted([_M(text, n, k) for n in dict.fromkeys(names)
                 for k in range(text.count(n))], key=lambda m: m.start)
    keys = [text[m.start:m.end] for m in ms]
    assert origin_keys(text, ms, keys) == set(origins)


# After an opposing purpose's object, a place with a preposition of place is where the crowd
# was, unless the object is a happening there or the crowd's place comes after.
OPPOSED = [
    ("Thousands protested against the government in Nairobi on Tuesday.", "Nairobi", None),
    ("Protesters demonstrated over fuel prices in Lagos on Monday.", "Lagos", None),
    ("Farmers protested against the new tax outside parliament in Paris.", "Paris", None),
    ("Hundreds marched against the war in Ukraine in London.", "Ukraine", "purpose"),
    ("Activists held a protest against the war in Yemen.", "Yemen", "purpose"),
    ("Crowds protested against the strikes in Gaza.", "Gaza", "purpose"),
    ("Students rallied for the victims in Gaza outside the embassy.", "Gaza", "purpose"),
]


@pytest.mark.parametrize(("text", "name", "expected"), OPPOSED)
def test_the_place_after_an_opposing_purposes_object_is_the_crowds(text, name, expected):
    spans = [(m.start(), m.end()) for m in
             re.finditer(r"Nairobi|Lagos|Paris|Ukraine|London|Yemen|Gaza", text)]
    start = text.index(name)
    assert role(text, start, start + len(name), places=spans) == expected


@pytest.mark.parametrize("text, name, expected", [
    # where people or vehicles were going is no place of what happened to them
    ("The bomber blew himself up beside minibuses bound for Masaka.", "Masaka", DESTINATION),
    ("Gunmen ambushed a convoy heading to Kidal near the border.", "Kidal", DESTINATION),
    ("The bus was on its way to Gao when the mine exploded.", "Gao", DESTINATION),
    ("Pilgrims en route to the city of Karbala were attacked.", "Karbala", DESTINATION),
    # where it happened
    ("Gunmen ambushed a convoy near Kidal on the way back from the market.", "Kidal", None),
    ("The bus exploded in Gao, police said.", "Gao", None),
])
def test_where_people_were_going_is_their_destination(text, name, expected):
    assert _role(text, name) == expected


@pytest.mark.parametrize("text, name, want", [
    # a capital standing for its government: addressed, saying, owning its state's forces
    ("The group called on Lima to free its jailed fighters.", "Lima", ACTOR),
    ("The junta expelled the envoy, accusing Lima of meddling.", "Lima", ACTOR),
    ("Moscow denied that its warplanes struck the market.", "Moscow", ACTOR),
    ("Lima's jets struck a rebel camp near the river.", "Lima", ACTOR),
    ("Bamako's drones hit the town again on Monday.", "Bamako", ACTOR),
    ("The strike came after Kyiv's government warned of reprisals.", "Kyiv", ACTOR),
    # hard negatives: the capital as the place where things happen (not every possessive, as
    # a country's)
    ("Drones hit Kabul's airport on Sunday night.", "Kabul", None),
    ("Protesters marched through Manila's streets on Friday.", "Manila", None),
    ("Police in Nairobi said the road was shut.", "Nairobi", None),
    ("A bomb exploded in Baghdad's main market.", "Baghdad", None),
])
def test_a_capital_standing_for_its_government_is_the_actor(text, name, want):
    start = text.index(name)
    span = (start, start + len(name))
    assert role(text, *span, capital=True, places=[span]) == want

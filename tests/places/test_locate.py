from __future__ import annotations

import pytest

from eventwire.nlp import split_sentences
from eventwire.places import Geoparser
from eventwire.places.outlet import Outlet, Outlets
from eventwire.records import Entity


def _locate(gaz, text, trigger, ents=()):
    gp = Geoparser(gaz)
    places = gp.places(text, list(ents))
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    return [(p.text, p.geo_precision) for p in
            gp.event_locations(places, text, sentence, (pos, pos + len(trigger)))]


def test_locative_place_beats_dateline_and_demonym(gaz):
    text = "BEIRUT — French jets struck targets in Raqqa on Sunday."
    assert _locate(gaz, text, "struck") == [("Raqqa", 1)]


def test_a_demonym_that_is_also_a_towns_name_is_the_actors_side(world):
    """"A Spanish frigate": Spain's adjective, though a town in Ontario is called Spanish;
    the sea the sentence names is where it happened (the bundled gazetteer)."""
    text = "A Spanish frigate sank a pirate skiff in the Gulf of Aden on Tuesday night."
    places = world.places(text, [])
    sentence = split_sentences(text)[0]
    pos = text.index("sank")
    assert [p.text for p in world.event_locations(places, text, sentence,
                                                   (pos, pos + 4))] == ["Gulf of Aden"]


@pytest.mark.parametrize("text", [
    "BEIRUT, Nov 17 (Reuters) - A bomber blew himself up at the gate of a police post.",
    "BEIRUT, Lebanon, Nov. 17 (AP) — A bomber blew himself up at the gate of a police post.",
])
def test_a_dateline_with_its_day_is_no_place_of_the_event(gaz, text):
    assert _locate(gaz, text, "bomber") == []


def test_coordinated_places_give_one_location_each(gaz):
    text = "It claimed suicide bombings in Lebanon and Turkey last month."
    assert _locate(gaz, text, "bombings") == [("Lebanon", 3), ("Turkey", 3)]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Suicide bombers killed dozens in Lebanon and in Turkey last month.", "bombers",
     [("Lebanon", 3), ("Turkey", 3)]),
    ("Jets struck targets at Raqqa and at Ankara overnight.", "struck",
     [("Raqqa", 1), ("Ankara", 1)]),
    ("Car bombs went off in Beirut, Ankara or at Raqqa, officials said.", "bombs",
     [("Beirut", 1), ("Ankara", 1), ("Raqqa", 1)]),
    # a listed country's own place named with it is the finer one
    ("Suicide attacks killed dozens in Lebanon and in Turkey's capital, Ankara.", "attacks",
     [("Lebanon", 3), ("Ankara", 1)]),
    # the next place named by its kind ("the Syrian city" before Raqqa)
    ("The group claimed bombings in Beirut and in the Syrian city Raqqa last month.",
     "bombings", [("Beirut", 1), ("Raqqa", 1)]),
    ("Mortars hit markets in Raqqa and in the northern city of Ankara on Friday.", "Mortars",
     [("Raqqa", 1), ("Ankara", 1)]),
    ("The group claimed bombings in Beirut and the Syrian city Raqqa last month.",
     "bombings", [("Beirut", 1), ("Raqqa", 1)]),
    ("Car bombs exploded at Beirut or at the old port city of Paris, police said.",
     "bombs", [("Beirut", 1), ("Paris", 1)]),
    ("Bombs went off at a camp in Lebanon and at the cattle market in Ankara on Friday.",
     "Bombs", [("Lebanon", 3), ("Ankara", 1)]),
    ("Gunmen attacked a post in Raqqa region and at a checkpoint near Ankara.",
     "Gunmen", [("Raqqa", 1), ("Ankara", 2)]),
])
def test_places_listed_with_the_preposition_repeated_give_one_location_each(
        gaz, text, trigger, expected):
    assert _locate(gaz, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # hard negatives: a place after "and" that is not listed with the first
    ("Suicide bombers killed dozens in Lebanon and fled to Turkey.", "bombers",
     [("Lebanon", 3)]),
    ("Jets struck Raqqa and the army said Ankara was safe.", "struck", [("Raqqa", 1)]),
    ("A bomb went off in Beirut and the governor of the province of Ankara resigned.", "bomb",
     [("Beirut", 1)]),
    ("A bomb went off in Beirut and in the evening the city of Ankara closed its roads.",
     "bomb", [("Beirut", 1)]),
    ("A bomb went off in Beirut and at the embassy of Turkey staff were moved.", "bomb",
     [("Beirut", 1)]),
    # a comma then a preposition says where the first place is
    ("Car bombs went off in Beirut, in Lebanon, on Sunday.", "bombs", [("Beirut", 1)]),
    ("A blast hit a plant in Ar Raqqah, near Raqqa governorate's border.", "blast",
     [("Ar Raqqah", 1)]),
])
def test_a_place_in_another_phrase_is_not_listed(gaz, text, trigger, expected):
    assert _locate(gaz, text, trigger) == expected


def test_near_a_town_is_precision_two(gaz):
    text = "Clashes broke out near Raqqa, activists said."
    assert _locate(gaz, text, "Clashes") == [("Raqqa", 2)]


def test_name_used_as_modifier_is_not_the_location(gaz):
    text = "Ar Raqqah is tense. Airstrikes rose after the Paris attacks."
    assert _locate(gaz, text, "Airstrikes") == [("Ar Raqqah", 1)]


@pytest.mark.parametrize("words", ["the Raqqa front", "the Raqqa frontline"])
def test_a_front_named_by_its_place_is_the_place(gaz, words):
    text = f"Fighting flared in Peoria. Rebels and troops clashed on {words} overnight."
    ents = [Entity("Peoria", 19, 25, "GPE")]
    assert _locate(gaz, text, "clashed", ents) == [("Raqqa", 1)]


def test_falls_back_to_the_documents_main_place(gaz):
    text = "Fighting in Peoria went on. Peoria was calm later. Shops were looted overnight."
    ents = [Entity("Peoria", 12, 18, "GPE")]
    assert _locate(gaz, text, "looted", ents) == [("Peoria", 1)]


def test_no_place_no_location(gaz):
    assert _locate(gaz, "Shops were looted overnight.", "looted") == []


def test_around_the_town_without_naming_it_is_precision_two(gaz):
    text = "Forces advanced toward Raqqa, taking villages to the north and east of the city."
    assert _locate(gaz, text, "taking") == [("Raqqa", 2)]


@pytest.mark.parametrize("text, trigger, expected", [
    ("The Islamic State of Iraq and Syria claimed the bombing.", "claimed", []),
    ("The Islamic State of Iraq and Syria claimed the bombing in Raqqa.", "bombing",
     [("Raqqa", 1)]),
    # hard negative: the group named without a place, the place its own
    ("Islamic State fighters attacked a village in Syria.", "attacked", [("Syria", 3)]),
])
def test_a_place_inside_a_groups_name_names_the_group(gaz, text, trigger, expected):
    assert _locate(gaz, text, trigger) == expected


def test_hyphen_compound_is_the_actor_not_the_place(gaz):
    text = "U.S.-backed fighters shelled Ar Raqqah overnight."
    assert _locate(gaz, text, "shelled") == [("Ar Raqqah", 1)]


def test_a_town_named_before_its_country_is_the_finer_location(gaz):
    text = "Militants seized the city of Raqqa in northern Syria on Friday."
    assert _locate(gaz, text, "seized") == [("Raqqa", 1)]
    text = "Jets struck Ankara in central Turkey overnight."
    assert _locate(gaz, text, "struck") == [("Ankara", 1)]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("In Syria, jets bombed the city of Raqqa overnight.", "bombed", [("Raqqa", 1)]),
    ("In Turkey, a bomber struck a market in the capital Ankara.", "struck", [("Ankara", 1)]),
    ("In Texas, police fired tear gas at protesters in Dallas.", "fired", [("Dallas", 1)]),
    ("Across Syria, fighters shelled towns near Raqqa for a week.", "shelled", [("Raqqa", 2)]),
    # no town of the country located: the country stays
    ("In Syria, jets bombed targets near the border with Turkey.", "bombed", [("Syria", 3)]),
    # a town of another country is no finer place of this one
    ("In Syria, jets bombed fuel trucks bound for Ankara.", "bombed", [("Syria", 3)]),
])
def test_a_located_town_in_the_located_country_is_the_finer_place(gaz, text, trigger,
                                                                    expected):
    assert _locate(gaz, text, trigger) == expected


def test_a_country_alone_stays_the_location(gaz):
    text = "Jets struck targets in northern Syria, near the border with Turkey."
    assert _locate(gaz, text, "struck")[0] == ("Syria", 3)


def test_a_documents_places_are_read_once_for_all_its_events(gaz):
    """The geoparser keeps the last document's places between its events: each answer is the
    one a fresh reading gives, also when documents alternate or the text changes."""
    from eventwire.places.locate import event_locations

    docs = ["Gunmen struck in Raqqa on Monday. Jets struck near Peoria. Shops were looted.",
            "BEIRUT — Shelling hit Peoria. Raqqa was calm. Looting was reported later."]
    gp = Geoparser(gaz)
    read = [(text, gp.places(text, [])) for text in docs]
    for text, places in read + read[::-1] + [(docs[1], read[0][1]), read[1]]:
        for sentence in split_sentences(text):
            span = (sentence.start, sentence.start + 5)
            assert (gp.event_locations(places, text, sentence, span)
                    == event_locations(gaz, places, text, sentence, span))


def test_where_a_victim_comes_from_is_not_where_the_event_happened(gaz):
    text = "Jets struck Ar Raqqah on Monday. A doctor visiting from Lebanon was killed in the raid."
    assert _locate(gaz, text, "killed") == [("Ar Raqqah", 1)]
    text = "A doctor visiting from Lebanon was killed in Ankara."
    assert _locate(gaz, text, "killed") == [("Ankara", 1)]


def test_an_acting_country_gives_way_to_the_place_acted_on(gaz):
    text = "The truce mediated by France with Lebanon for Ar Raqqah held for a week."
    assert _locate(gaz, text, "truce") == [("Ar Raqqah", 1)]
    text = "Turkey shelled Ar Raqqah overnight."       # a country in passing comes last
    assert _locate(gaz, text, "shelled") == [("Ar Raqqah", 1)]
    text = "Rockets fired from Ar Raqqah struck Turkey."    # and a source after it
    assert _locate(gaz, text, "struck") == [("Turkey", 3)]


def test_a_rallys_cause_is_not_its_place_but_a_name_before_it_is(gaz):
    text = "A Dallas rally in support of the people caught in the fighting in Ar Raqqah ended."
    assert _locate(gaz, text, "rally") == [("Dallas", 1)]
    text = "Thousands rallied in Ar Raqqah in support of the fighters."
    assert _locate(gaz, text, "rallied") == [("Ar Raqqah", 1)]


def test_a_name_before_the_event_noun_is_its_place_unless_the_phrase_says_where(gaz):
    text = "Security rose across Syria after the Paris bombings killed 30."
    assert _locate(gaz, text, "bombings") == [("Paris", 1)]
    text = "The Syria talks in Beirut ended."
    assert _locate(gaz, text, "talks") == [("Beirut", 1)]


def test_places_after_a_countrys_possessive_are_located(gaz):
    # "in Syria's Raqqa and Deir ez-Zor provinces": the provinces, each an event's place
    text = "Airstrikes hit rebel positions in eastern Syria's Raqqa and Ankara overnight."
    assert [t for t, _ in _locate(gaz, text, "Airstrikes")] == ["Raqqa", "Ankara"]
    text = "Gunmen killed four farmers in northern Syria's Raqqa on Sunday."
    assert [t for t, _ in _locate(gaz, text, "killed")] == ["Raqqa"]


@pytest.mark.parametrize("text, place", [
    # the locative before a region's possessive holds the place it possesses, whatever the
    # region's name is made of
    ("Troops fought militants in Jammu and Kashmir's Kathua district on Sunday.", "Kathua"),
    ("Gunmen killed two farmers in Bosnia and Herzegovina's Tuzla canton on Sunday.", "Tuzla"),
    ("Troops fought militants in Jammu and Kashmir on Sunday, Kathua officials said.",
     "Jammu and Kashmir"),
    # the possessive holds the noun after it, not a place named further on
    ("Gunmen attacked a police camp near Kenya's border with Somalia in Mandera county on "
     "Friday.", "Mandera"),
])
def test_a_place_a_regions_possessive_holds_is_located_by_its_locative(world, text, place):
    places = world.places(text, [])
    sentence = split_sentences(text)[0]
    pos = text.index(text.split()[1])
    found = world.event_locations(places, text, sentence, (pos, pos + 6))
    assert [p.text for p in found] == [place]


def test_a_possessive_that_is_not_a_place_changes_nothing(gaz):
    text = "Fighting in the city of Raqqa resumed after the army's Lyon offensive ended."
    assert [t for t, _ in _locate(gaz, text, "Fighting")] == ["Raqqa"]


def test_the_place_of_a_happening_the_sentence_times_its_event_by_is_not_the_events(gaz):
    text = ("Fighters dug in at Raqqa as air raids on the city grew heavier after the attacks in "
            "Paris.")
    assert _locate(gaz, text, "air raids") == [("Raqqa", 1)]
    text = "Police stepped up patrols in Peoria on Monday in retaliation for the shooting in Ankara."
    assert _locate(gaz, text, "patrols") == [("Peoria", 1)]
    text = "Raqqa was calm. Strikes resumed on Friday, days after the bombing in Ankara."
    assert _locate(gaz, text, "Strikes") == [("Raqqa", 1)]       # the document's place
    # the happening itself keeps its place; so does an event told there
    text = "Two days after the attacks in Paris, jets struck Raqqa."
    assert _locate(gaz, text, "attacks") == [("Paris", 1)]
    text = "After midnight, clashes broke out in Ankara."
    assert _locate(gaz, text, "clashes") == [("Ankara", 1)]
    text = "Pressure grew in Peoria since the group claimed the attacks in Ankara."
    assert _locate(gaz, text, "claimed") == [("Ankara", 1)]       # the claim tells its act


def test_a_towns_market_or_prison_after_a_preposition_is_in_the_town(gaz):
    text = "Raqqa was quiet. A bomb went off at the Ankara cattle market on Monday."
    assert _locate(gaz, text, "went off") == [("Ankara", 1)]
    text = "Raqqa was quiet. Gunmen attacked guards outside the Ankara central prison."
    assert _locate(gaz, text, "attacked") == [("Ankara", 2)]         # outside: near it
    # a name before a past event's noun stays no place of this event
    text = "Raqqa was quiet. Airstrikes rose after the Ankara attacks."
    assert _locate(gaz, text, "Airstrikes") == [("Raqqa", 1)]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # where a national institution sits, not the town another sentence names
    ("Protesters threw stones at police outside Armenia's parliament late on Thursday. In "
     "the northern city of Gyumri, two thousand people marched peacefully.", "threw",
     "Yerevan"),
    ("Police fired tear gas at students marching on the Kenyan parliament. Later, a rally "
     "in Kisumu ended peacefully.", "fired", "Nairobi"),
    # a town named in the sentence is finer than the seat it names
    ("Gunmen attacked Pakistan's interior ministry office in Peshawar on Monday.", "attacked",
     "Peshawar"),
])
def test_a_national_institution_places_an_event_at_the_seat_of_government(
        world, text, trigger, expected):
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    places = world.places(text, [])
    found = world.event_locations(places, text, sentence, (pos, pos + len(trigger)))
    assert [p.name for p in found] == [expected]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a seat an event was put at counts for the main place, first named on a tie
    ("Protesters threw stones at police outside Armenia's parliament late on Thursday. Police "
     "detained 30 people. In the city of Gyumri, two thousand people marched.", "detained",
     "Yerevan"),
    # a seat named with no event at it does not
    ("Armenia's parliament passed the law on Thursday. Police detained 30 people. In the city "
     "of Gyumri, two thousand people marched.", "detained", "Gyumri"),
])
def test_a_seat_an_event_was_put_at_counts_for_the_articles_main_place(world, text, trigger,
                                                                        expected):
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    found = world.event_locations(world.places(text, []), text, sentence,
                                  (pos, pos + len(trigger)))
    assert [p.name for p in found] == [expected]


# A local paper's dateline at home: the article's main place counts it (home_dateline).
_LOCAL = Outlets([Outlet("dallas-post.example", "US", "Dallas", "Texas")])


def _home_located(gaz, url, dateline, text, trigger):
    gp = Geoparser(gaz, outlets=_LOCAL)
    places = gp.places(text, [], dateline=dateline, outlet=url)
    home = gp.home_dateline(dateline, url)
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    return [(p.name, p.text, p.span) for p in gp.event_locations(
        places, text, sentence, (pos, pos + len(trigger)), home=home)]


def test_a_local_papers_dateline_at_home_is_a_place_with_an_empty_span(gaz):
    gp = Geoparser(gaz, outlets=_LOCAL)
    home = gp.home_dateline("DALLAS", "https://dallas-post.example/news/x")
    assert (home.name, home.text, home.span, home.iso2) == ("Dallas", "DALLAS", (0, 0), "US")
    # a wire's dateline, another town's, none: no home
    assert gp.home_dateline("DALLAS", "https://wire.example/x") is None
    assert gp.home_dateline("PEORIA", "https://dallas-post.example/x") is None
    assert gp.home_dateline(None, "https://dallas-post.example/x") is None
    # a host naming the state: a dateline in it is at home
    tribune = Geoparser(gaz, outlets=Outlets())
    assert tribune.home_dateline("DALLAS", "https://texastribune.example/x").name == "Dallas"


@pytest.mark.parametrize(("dateline", "url", "town"), [
    # a small town's dateline is a place by where it stands, though in running text its name
    # would need a cue (the bundled gazetteer: towns of 10,000 to 60,000 people)
    ("LOZOVA", "https://lozova-visnyk.example/news/x", "Lozova"),
    ("KANBALU", "https://kanbalu-voice.example/news/x", "Kanbalu"),
    ("Mirebalais", "https://mirebalais-info.example/x", "Mirebalais"),
])
def test_a_small_towns_dateline_at_home_is_the_home(world, dateline, url, town):
    home = world.home_dateline(dateline, url)
    assert home is not None and home.name == town
    # another paper's: no home
    assert world.home_dateline(dateline, "https://wire.example/x") is None


@pytest.mark.parametrize(("dateline", "url", "town"), [
    # a host naming a small first-level region by whole hyphenated words: a dateline town
    # inside it is at home (the region alone is too weak a sign to be the outlet's home)
    ("KITALE", "https://trans-nzoia-times.example/x", "Kitale"),
    ("MOBAYE", "https://basse-kotto-info.example/x", "Mobaye"),
    ("BOUAR", "https://nana-mambere-echo.example/news/x", "Bouar"),
    ("HERMEL", "https://baalbek-hermel-news.example/x", "El Hermel"),
])
def test_a_dateline_town_in_a_region_the_host_names_by_whole_words_is_at_home(world, dateline,
                                                                             url, town):
    home = world.home_dateline(dateline, url)
    assert home is not None and (home.name, home.span) == (town, (0, 0))
    # a town outside the region, or the region's words run into one word: no home
    assert world.home_dateline("BANGUI", url) is None
    assert world.home_dateline(dateline, url.replace("-", "", 1)) is None


@pytest.mark.parametrize(("dateline", "url", "town", "iso2"), [
    # a host naming a town with namesakes abroad, on a domain of no country: each namesake is a
    # home, and the dateline naming the name is at home in the biggest
    ("HYDERABAD", "https://hyderabad-times.example/x", "Hyderabad", "IN"),
    ("PERTH", "https://perth-now.example/x", "Perth", "AU"),
    ("HAMILTON, Ontario", "https://hamilton-spectator.example/x", "Hamilton", "CA"),
    # a host naming a town and its province of one name: the dateline names the town
    ("VALENCIA", "https://valencia-diario.es/x", "Valencia", "ES"),
    ("KHERSON", "https://kherson-visti.ua/x", "Kherson", "UA"),
])
def test_a_dateline_naming_a_hosts_town_with_namesakes_is_at_home(world, dateline, url, town,
                                                                   iso2):
    home = world.home_dateline(dateline, url)
    assert home is not None and (home.name, home.iso2, home.span) == (town, iso2, (0, 0))
    # hard negatives: a wire's, another town's dateline, a region the host names alone
    assert world.home_dateline(dateline, "https://wire.example/x") is None
    assert world.home_dateline("ODESA", url) is None
    assert world.home_dateline("VICTORIA", "https://victoria-news.example.au/x") is None


def test_a_sentence_naming_no_place_is_at_a_local_papers_home_before_a_town_named_twice(gaz):
    text = ("A gunman killed two guards at the county jail on Monday, police said. He had "
            "escaped from a prison in Peoria last year and was held in Peoria in May.")
    url = "https://dallas-post.example/news/x"
    assert _home_located(gaz, url, "DALLAS", text, "killed") == [("Dallas", "DALLAS", (0, 0))]
    # from a wire, the town the article names most
    assert _home_located(gaz, "https://wire.example/x", "DALLAS", text, "killed")[0][0] == (
        "Peoria")
    # a town the article names three times outweighs the home dateline
    thrice = text + " He was arrested in Peoria in June."
    assert _home_located(gaz, url, "DALLAS", thrice, "killed")[0][0] == "Peoria"
    # a sentence naming its place keeps it
    assert _home_located(gaz, url, "DALLAS", text, "escaped")[0][0] == "Peoria"


@pytest.mark.parametrize("text, trigger, expected", [
    # a stretch named by its two ends is one place: its first end stands for it
    ("Gunmen ambushed a convoy on the highway between Springfield and Peoria in Illinois "
     "on Friday.", "ambushed", ["Springfield"]),
    ("Fighting raged on the road between Springfield and Peoria, in Illinois, overnight.",
     "Fighting", ["Springfield"]),
    # two towns listed as places of the act stay two
    ("Rioters burned shops in Springfield and Peoria in Illinois on Friday.", "burned",
     ["Springfield", "Peoria"]),
])
def test_a_stretch_between_two_towns_is_one_place(gaz, text, trigger, expected):
    assert [name for name, _ in _locate(gaz, text, trigger)] == expected

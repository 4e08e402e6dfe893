"""The people a document names (eventwire.places.people), on entities written here."""

from __future__ import annotations

from eventwire.places.people import given_names, kin_names
from eventwire.records import Entity


def _ents(text, *tagged):
    out, pos = [], 0
    for words, label in tagged:
        pos = text.index(words, pos)
        out.append(Entity(words, pos, pos + len(words), label))
        pos += len(words)
    return out


def test_a_first_name_counts_when_the_surname_names_the_person_alone(gaz):
    text = "Peoria Okafor won. Okafor said so. Kent Drive flooded; Drive said so. Ar Raqqah Ali."
    ents = _ents(text, ("Peoria Okafor", "PERSON"), ("Okafor", "PERSON"),
                 ("Kent Drive", "PERSON"), ("Drive", "PERSON"), ("Ar Raqqah", "PERSON"))
    # "Drive" is an English word; "Ar Raqqah" is a place's whole name, "Raqqah" never alone.
    assert given_names(ents, gaz) == {"peoria"}
    assert given_names(ents[:1], gaz) == frozenset()        # no surname alone: none


def test_a_first_name_used_alone_as_the_persons_is_a_person(gaz):
    from eventwire.places.people import first_names
    from eventwire.places.recognize import _made_a_place
    spoken = "Georgia Lane, 15, won the race. \"It was hard,\" said Georgia after the final."
    kin = "Paris Okafor won the prize. Paris's mother said the girl had trained for years."
    placed = "Georgia Lane won the race. Georgia's coach said so; in Georgia, races are rare."
    unmarked = "Georgia Lane won the race. Georgia skated well."
    others = "Peoria Okafor won. Her friend Dallas said so."    # "Dallas" no first name here
    assert first_names(spoken, _ents(spoken, ("Georgia Lane", "PERSON")), gaz,
                       _made_a_place) == {"georgia"}
    assert first_names(kin, _ents(kin, ("Paris Okafor", "PERSON")), gaz,
                       _made_a_place) == {"paris"}
    # Made a place alone elsewhere ("in Georgia"): no person, whatever else marks it.
    assert first_names(placed, _ents(placed, ("Georgia Lane", "PERSON")), gaz,
                       _made_a_place) == frozenset()
    # Nothing marks the name alone as the person's: the place stands.
    assert first_names(unmarked, _ents(unmarked, ("Georgia Lane", "PERSON")), gaz,
                       _made_a_place) == frozenset()
    assert first_names(others, _ents(others, ("Peoria Okafor", "PERSON")), gaz,
                       _made_a_place) == frozenset()
    assert first_names(spoken, [], gaz, _made_a_place) == frozenset()


def test_kin_named_after_their_relation_are_people():
    never = lambda name: False      # noqa: E731
    text = ("She is survived by her husband, Vernon; his wife of 51 years, Shelby; "
            "their daughters, Malia and Sasha, of Ada.")
    assert kin_names(text, never) == {"vernon", "shelby", "malia", "sasha"}


def test_a_clause_a_place_noun_and_a_strong_place_after_kin_are_not_marked():
    never = lambda name: False      # noqa: E731
    assert kin_names("her son, who moved to Denver, said", never) == frozenset()
    assert kin_names("its sister city, Bristol, said", never) == frozenset()
    assert kin_names("a son, Mark Street Bridge", never) == frozenset()
    assert kin_names("his wife, Georgia, said", lambda name: name == "Georgia") == frozenset()


def test_the_text_marks_names_as_peoples(gaz):
    from eventwire.places.people import marked_people, titled
    text = ("Reporter Jane Peoria wrote it. Dallas said nothing. Springfield told us so. "
            "Texas said no. Beirut reported a new case.")
    marked = marked_people(text, gaz)
    assert {"jane peoria", "peoria", "springfield"} <= marked
    assert "texas" not in marked                # a state speaks for its government
    assert "beirut" not in marked               # so does a capital
    assert titled(text, text.index("Peoria")) and not titled(text, text.index("Dallas"))


def test_a_name_given_an_age_a_self_or_kin_is_a_persons():
    from eventwire.places.people import attributed_people
    assert attributed_people("Police said Jordan, 19, was shot in the leg.") == {"jordan"}
    assert attributed_people("Chad, 17, was taken to hospital.") == {"chad"}
    assert attributed_people("Georgia herself called 911.") == {"georgia"}
    assert attributed_people("Jordan's girlfriend said he had left.") == {"jordan"}
    assert attributed_people("Chad's mother said he trained all summer.") == {"chad"}
    # hard negatives: a count after a listed place, a country's own, a state's coach
    assert attributed_people("Refugees in Jordan, 12, and Lebanon, 30, were counted.") == set()
    assert attributed_people("Cases rose: Jordan, 12, and Syria, 30.") == set()
    assert attributed_people("Jordan's army said it shot down a drone.") == set()
    assert attributed_people("Georgia's president spoke; Chad's capital was calm.") == set()
    assert attributed_people("Georgia's coach praised the defence.") == set()
    assert attributed_people("Turkey's own forces moved in.") == set()


def test_a_name_speaking_of_itself_as_he_or_she():
    from eventwire.places.people import speaks_as_person

    def speaks(text):
        return speaks_as_person(text, text.index(" "))
    assert speaks("Jordan said he would run again for mayor.")
    assert speaks("Chad told reporters he saw the car.")
    assert speaks("Georgia said that she was scared.")
    # hard negatives: a country speaking of itself or of someone it holds
    assert not speaks("Jordan said it would close its border.")
    assert not speaks("Chad said its troops had killed 40 rebels.")
    assert not speaks("Jordan said he had been arrested for spying.")
    assert not speaks("Israel said he was detained at a checkpoint.")
    assert not speaks("Turkey said the talks failed.")


def test_a_place_name_opening_a_persons_name_tagged_as_an_organisation(gaz):
    from eventwire.places.people import opens_person_name

    def opens(text, org):
        start = text.index(org)
        name = org.split()[0]
        return opens_person_name(text, start, start + len(name),
                                 Entity(org, start, start + len(org), "ORG"), gaz)
    assert opens("Paris Hilton arrived at the premiere.", "Paris Hilton")
    assert opens("Paris Hilton's new perfume sold out.", "Paris Hilton's")
    assert opens("Fans cheered Dallas Keuchel after the game.", "Dallas Keuchel")
    assert opens("Peoria Okonkwo-Adeyemi won the seat.", "Peoria Okonkwo-Adeyemi")
    # hard negatives: a hotel, a team, a firm, an English word, a region, a title before a
    # name, a street, a place noun after, a demonym's firm
    assert not opens("Guards stood outside the Paris Hilton on Friday.", "Paris Hilton")
    assert not opens("Dallas Mavericks fans cheered.", "Dallas Mavericks")
    assert not opens("Springfield Motors laid off 40 workers.", "Springfield Motors")
    assert not opens("Springfield Green said the sale went ahead.", "Springfield Green")
    assert not opens("The Paris Texas festival opened.", "Paris Texas")
    assert not opens("Peoria Selectman Jane Roe voted no.", "Peoria Selectman")
    assert not opens("Drinks at 120 Peoria Ave. in Springfield.", "Peoria Ave")
    assert not opens("Gunmen attacked Beirut Hariri airport.", "Beirut Hariri")
    assert not opens("Shares of French Dassault rose.", "French Dassault")
    # only an organisation's tag, opening at the place
    text = "Paris Hilton arrived."
    assert not opens_person_name(text, 0, 5, Entity("Paris Hilton", 0, 12, "PERSON"), gaz)


def test_a_name_that_laughs_or_speaks_as_i_is_a_persons():
    from eventwire.places.people import speaks_for_self

    def speaks(text, name, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        return speaks_for_self(text, start, start + len(name))
    assert speaks("Chad laughed when asked about the rumours.", "Chad")
    assert speaks("Asked again, Georgia shrugged.", "Georgia")
    assert speaks("Jordan told reporters the decision was his alone.", "Jordan")
    assert speaks('"I never expected to win," Chad said after the race.', "Chad")
    assert speaks('"Me? I just run fast," said Jordan after the race.', "Jordan")
    assert speaks('"This is my home now," Georgia says of the farm.', "Georgia")
    assert speaks('India said: "It was the best day of my life."', "India")
    # hard negatives: a government laughs off, tells a council, says "we"; a resident of,
    # a president of, a title after "said"; a name that is no subject
    assert not speaks("Georgia laughed off the accusations as propaganda.", "Georgia")
    assert not speaks("Jordan told the UN Security Council the camps were full.", "Jordan")
    assert not speaks('"We will not accept this," Jordan said in a statement.', "Jordan")
    assert not speaks('In a statement, Jordan said: "Our forces repelled the attack."',
                      "Jordan")
    assert not speaks('"We saw smoke from my house," a resident of Chad said.', "Chad")
    assert not speaks('"I am proud of our soldiers," Chad\'s president said.', "Chad")
    assert not speaks('"I think so," said Kanawha County Commission President Kent Roe.',
                      "Kanawha County")
    assert not speaks("An officer in South Ossetia told reporters of eight flights.",
                      "South Ossetia")
    assert not speaks("Chad said its troops had killed 40 rebels.", "Chad")


def test_a_name_used_as_a_persons():
    from eventwire.places.people import used_as_person

    def used(text, name):
        return used_as_person(text, text.index(name) + len(name))
    assert used("Later Barris said the idea was his.", "Barris")
    assert used("Barris's wife agreed.", "Barris")
    assert used("Barris, 52, lives in town.", "Barris")
    assert not used("Barris Street was closed.", "Barris")
    assert not used("Barris's council voted.", "Barris")


def test_given_names_and_a_last_word_tagged_an_organisation_are_a_persons_name(gaz):
    from eventwire.places.people import person_words
    text = "The gunman walked to the office of Paul Peoria, and then Mary J. Okafor's desk."
    ents = _ents(text, ("Paul Peoria", "ORG"), ("Mary J. Okafor", "ORG"))
    assert {"paul peoria", "peoria", "okafor"} <= person_words(ents, gaz, frozenset({"GPE"}))
    # hard negatives: no given name first, a name the gazetteer knows whole, one word alone
    for org in ("Acme Peoria", "Kent Drive", "Peoria"):
        ents = _ents(f"Shares of {org} rose.", (org, "ORG"))
        assert not person_words(ents, gaz, frozenset({"GPE"})), org


def test_a_name_after_a_verb_of_aiming_is_what_was_aimed_at():
    from eventwire.places.people import aimed_at

    def aimed(text, name):
        return aimed_at(text, text.index(name))
    assert aimed("The gunman fired at Peoria, hitting him in the chest.", "Peoria")
    assert aimed("He lunged at Okafor with a knife.", "Okafor")
    assert aimed("Protesters shouted at Lane as he left.", "Lane")
    assert aimed("The officer took aim at Springfield and fired.", "Springfield")
    assert aimed("He fired two rounds at Peoria, who fell.", "Peoria")
    assert aimed("She pointed a gun at Okafor.", "Okafor")
    # hard negatives: places after "at" with no verb of aiming
    assert not aimed("Gunmen opened a shop at Peoria last year.", "Peoria")
    assert not aimed("The talks took place at Springfield on Monday.", "Springfield")
    assert not aimed("He arrived at Peoria airport.", "Peoria")


def test_a_person_the_text_names_fired_at_is_no_place(gaz):
    from eventwire.places.recognize import recognize
    text = ("A fired worker killed a receptionist in Springfield. He then walked to the office "
            "of Paul Peoria, a partner, and fired at Peoria, hitting him in the leg.")
    ents = _ents(text, ("Springfield", "GPE"), ("Paul Peoria", "ORG"), ("Peoria", "ORG"))
    assert [m.text for m in recognize(text, ents, gaz)] == ["Springfield"]
    fought = "Gunmen fired at police in Peoria, hitting two officers."
    ents = _ents(fought, ("Peoria", "GPE"))
    assert [m.text for m in recognize(fought, ents, gaz)] == ["Peoria"]


def test_a_given_name_and_a_surname_written_out_mark_the_surname_a_persons(gaz):
    from eventwire.places.people import marked_people
    text = "The gunman walked toward the office of Paul Peoria, a partner in the firm."
    assert {"paul peoria", "peoria"} <= marked_people(text, gaz)
    # hard negatives: a function word or an English word first, an abbreviation after, a
    # longer name, "the", a place's noun after, a strong place
    for other in ("In Peoria, the council met.", "Cherry Peoria won.",
                  "He lived at 12 Paul St. for years.", "the New York Paul Peoria fund",
                  "in the Paul Peoria neighborhood", "Mary Syria spoke."):
        assert not ({"peoria", "st", "syria"} & marked_people(other, gaz)), other


def test_a_persons_things_after_a_possessive_are_no_place(gaz):
    from eventwire.places.people import owned_by_person
    text = "A secretary stopped him at Peoria's door, and he shot at Peoria's car."
    assert owned_by_person(text, text.index("'s door"))
    assert owned_by_person(text, text.index("'s car"))
    assert not owned_by_person("Peoria's mayor spoke.", len("Peoria"))
    assert not owned_by_person("Syria's capital was calm.", len("Syria"))

"""Event places with the sentence's parse, on short reports written for the project
(tests/places/data/event_clauses_*.jsonl): a locative place of another clause than the
trigger's (a later coordinated verb, a reporting verb, a time-apart adverbial clause, a
relative clause about someone else) is not the event's place; hard negatives beside each,
where the far locative is the place (a coordinated rally, "when police opened fire in X",
"killing 20 people in X"). Texts in capitals or lower case are truecased first, as the
pipeline does.

* ``event_clauses_dev.jsonl``: what the rules were written against: 33/34 (HEAD before this
  work: 19/34); the miss is a hostage-taking whose "in X" spaCy hangs on "for hours", below
  the coordinated verb's object.
* ``event_clauses_aside.jsonl``: written with the first 30 dev cases and kept aside; run once
  with the first version of the rules (19/20; HEAD before this work: 8/20), not tuned on.

Scores (``python tests/places/test_event_clauses.py``; ``--no-parse`` for the behaviour
without a parse).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventwire.casing import Truecaser
from eventwire.nlp import parse, split_sentences
from eventwire.places import Geoparser
from eventwire.records import Entity, Place

DATA = Path(__file__).resolve().parent / "data"
# Floors: the dev set at the level reached, the set kept aside a case or two below it.
DEV_FLOOR = 0.97
ASIDE_FLOOR = 0.85


def cases(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def truecaser():
    return Truecaser()


def locate(gp: Geoparser, case: dict, nlp, truecaser: Truecaser, *, parsed: bool = True
           ) -> Place | None:
    """The first location of the case's trigger, asked as the pipeline asks: the text
    truecased, entities of the whole text, the trigger's sentence parsed alone."""
    text = truecaser.restore(case["text"])
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    places = gp.places(text, ents)
    pos = case["text"].index(case["trigger"])
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    doc = next(parse(nlp, [sentence.text])) if parsed else None
    found = gp.event_locations(places, text, sentence, (pos, pos + len(case["trigger"])),
                               parse=doc)
    return found[0] if found else None


def right(place: Place | None, want: dict) -> bool:
    return (place is not None and place.iso2 == want["iso2"]
            and want.get("name") in (None, place.name, place.text))


@pytest.mark.parametrize("name,floor", [("event_clauses_dev.jsonl", DEV_FLOOR),
                                        ("event_clauses_aside.jsonl", ASIDE_FLOOR)])
def test_reports_score_above_their_floor(world, nlp, truecaser, name, floor):
    reports = cases(name)
    misses = [(c["trigger"], c["want"]) for c in reports
              if not right(locate(world, c, nlp, truecaser), c["want"])]
    assert 1 - len(misses) / len(reports) >= floor, misses


# One report of each kind the parse decides; the clause-blind rule (the nearest locative)
# takes the other clause's place in the first three.
KINDS = [
    (("Air raid sirens sounded across Kyiv overnight. Hours after leaders met in Brussels, "
      "rockets hit a residential block."), "hit", "UA"),
    (("Residents of Raqqa reported explosions. Officials in Washington said the strike "
      "killed a commander."), "strike", "SY"),
    (("The raid took place in Birmingham. Police shot dead a suspect who had trained with "
      "militants in Pakistan."), "shot", "GB"),
    (("Diplomats met in Geneva. Jets bombed a market, killing at least 20 people in "
      "Idlib."), "bombed", "SY"),
    ("Diplomats met in Doha. Gunmen killed five people in Kabul, police said.", "said", "AF"),
]


@pytest.mark.parametrize("text,trigger,want", KINDS, ids=[k[1] for k in KINDS])
def test_each_kind_of_clause_is_told_apart(world, nlp, truecaser, text, trigger, want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and got.iso2 == want, (text, got)


# The trigger noun's own relative clause says where, even where the parse joins the noun to
# the clause before it ("a claim that the group shot down a jet over Yemen, and suicide
# attacks that killed dozens in Lebanon"); hard negatives: a relative clause on another noun.
DESCRIBED = [
    ("The blast in Kabul followed a claim that the group shot down a jet over Yemen, and "
     "suicide attacks that killed dozens in Lebanon.", "suicide attacks", "LB"),
    ("Reports of a drone seen over Oman came before bombings that killed nine people in "
     "Aden.", "bombings", "YE"),
    ("Officials in Rome spoke after raids which left five people dead in Tripoli.",
     "raids", "LY"),
    ("The shelling, which hit a school in Kharkiv, was condemned by diplomats in Geneva.",
     "shelling", "UA"),
]


@pytest.mark.parametrize("text,trigger,want", DESCRIBED, ids=[d[1] for d in DESCRIBED])
def test_a_clause_describing_the_trigger_says_where(world, nlp, truecaser, text, trigger,
                                                     want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and got.iso2 == want, (text, got)


def test_a_relative_clause_on_another_noun_does_not_say_where(world, nlp, truecaser):
    case = {"text": "Gunmen attacked a convoy in Mali carrying aid workers who had served "
                    "in Niger.", "trigger": "attacked"}
    assert locate(world, case, nlp, truecaser).iso2 == "ML"


def test_without_a_parse_the_nearest_locative_is_kept(world, nlp, truecaser):
    """No parse, no clauses: the reporting verb's place is taken, as before."""
    case = {"text": "Fighting raged in Juba overnight.\n\nThe rebels have taken the airport, "
                    "a spokesman told a radio station in Nairobi.", "trigger": "taken"}
    assert locate(world, case, nlp, truecaser, parsed=False).iso2 == "KE"
    assert locate(world, case, nlp, truecaser).iso2 == "SS"


def report(names=("event_clauses_dev.jsonl", "event_clauses_aside.jsonl"), *,
           parsed: bool = True) -> None:
    from eventwire.nlp import load_pipeline
    from eventwire.places import load_gazetteer
    gp, nlp, tc = Geoparser(load_gazetteer()), load_pipeline(), Truecaser()
    for name in names:
        got, total = Counter(), Counter()
        for c in cases(name):
            place = locate(gp, c, nlp, tc, parsed=parsed)
            ok = right(place, c["want"])
            got[c["class"]] += ok
            total[c["class"]] += 1
            if not ok:
                print(f"  miss [{c['class']}] {c['trigger']!r}: "
                      f"{place and (place.name, place.iso2)} want {c['want']}")
        print(f"{name}: {sum(got.values())}/{sum(total.values())}  "
              + "  ".join(f"{k} {got[k]}/{total[k]}" for k in sorted(total)))


if __name__ == "__main__":
    import sys
    report(parsed="--no-parse" not in sys.argv)


# A relative clause telling the act of the trigger verb's object, the trigger no act itself,
# says where; one about a person the trigger's act befell does not.
OBJECTS_ACT = [
    (("Diplomats met in Doha. The group said it sent the gunmen who killed nine people at "
      "a market in Kabul."), "sent", "AF"),
    (("Diplomats met in Doha. The militia says it trained the bomber who blew himself up "
      "at a checkpoint in Aden."), "trained", "YE"),
    (("The raid took place in Birmingham. Police shot dead a suspect who attacked a guard "
      "in Pakistan."), "shot", "GB"),
    (("Diplomats met in Doha. Police in Kabul arrested a man who bombed a bus in Aden last "
      "year."), "arrested", "AF"),
]


@pytest.mark.parametrize("text,trigger,want", OBJECTS_ACT, ids=[k[1] for k in OBJECTS_ACT])
def test_the_act_of_the_triggers_object_says_where(world, nlp, truecaser, text, trigger,
                                                   want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and got.iso2 == want, (text, got)


@pytest.mark.parametrize("text, trigger, first, want", [
    # officials meeting: a place of another clause of their sentence before the article's
    # main place, the place of its other news
    ("Rockets hit Mosul overnight. Mosul was quiet on Tuesday. The minister, speaking in "
     "Ankara, said he had met his Iraqi counterpart.", "met", True, "Ankara"),
    ("Rockets hit Mosul overnight. Mosul was quiet on Tuesday. The minister, speaking in "
     "Ankara, said he had met his Iraqi counterpart.", "met", False, "Mosul"),
    # no place in the sentence at all: the main place still
    ("Rockets hit Mosul overnight. Mosul was quiet on Tuesday. The two ministers met for "
     "an hour, officials said.", "met", True, "Mosul"),
])
def test_officials_meeting_take_a_place_of_their_sentence_first(world, nlp, truecaser, text,
                                                                 trigger, first, want):
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    found = world.event_locations(world.places(text, ents), text, sentence,
                                  (pos, pos + len(trigger)),
                                  parse=next(parse(nlp, [sentence.text])), sentence_first=first)
    assert found and found[0].name == want


# The trigger noun's own phrase says where its act was, however near the trigger a place of
# the clause around it stands ("riots in X, after the arrest of a lawmaker in Y": the arrest
# in Y); hard negatives: a place the noun's phrase names as a cause ("over", "against"), an
# origin ("from"), or no place at all, and a verb trigger.
IN_ITS_PHRASE = [
    ("Students clashed with police in Nairobi late on Monday, after the arrest of a union "
     "leader in Mombasa.", "arrest", "Mombasa"),
    ("Thousands rallied in Lahore on Friday to condemn the bombing of a church in Quetta.",
     "bombing", "Quetta"),
    ("Troops were put on alert in Goma after the killing of two rangers near Rutshuru.",
     "killing", "Rutshuru"),
    ("Shops in Bamako stayed shut on Monday following the kidnapping of a trader outside "
     "Segou.", "kidnapping", "Ségou"),
    ("The arrest in Kano of a cleric from Zaria sparked protests in Kaduna.", "arrest",
     "Kano"),
    ("Youths burned tyres in Kisumu on Tuesday, after the shooting of a well-known local "
     "musician by unknown gunmen in Nakuru.", "shooting", "Nakuru"),
    ("A curfew was imposed in Jos, a day after the abduction of 30 schoolchildren from a "
     "boarding school in Kafanchan.", "abduction", "Kafanchan"),
    # hard negatives
    ("The arrest in Kano of a cleric from Zaria sparked protests in Kaduna.", "protests",
     "Kaduna"),
    ("Riots over the arrest of a lawmaker in Dakar broke out in Ziguinchor on Tuesday.",
     "Riots", "Ziguinchor"),
    ("Protesters blocked roads in Dhaka after the arrest of a student leader from Sylhet.",
     "arrest", "Dhaka"),
    ("Police arrested a student leader in Dhaka after riots in Sylhet.", "arrested", "Dhaka"),
    ("Marchers in Accra denounced the siege of Kumasi by soldiers.", "Marchers", "Accra"),
    # a noun of the act's time: its stretch's place is not the act's
    ("Farmers dumped manure outside the town hall in Auch during weeks of protests across "
     "France.", "protests", "Auch"),
]


@pytest.mark.parametrize("text,trigger,want", IN_ITS_PHRASE,
                         ids=[f"{c[1]}-{c[2]}" for c in IN_ITS_PHRASE])
def test_the_trigger_nouns_own_phrase_says_where(world, nlp, truecaser, text, trigger, want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and want in (got.name, got.text), (text, got)


# A town listed with its country or region ("in Mombasa, Kenya", "in Cotonou, Benin's largest
# city", "in Goma, North Kivu, and in Bunia") is one place, the town; hard negatives: towns
# or countries listed side by side stay one place each.
LISTED = [
    ("Gunmen stormed a hotel in Mombasa, Kenya, on Sunday, killing seven people.", "stormed",
     ["Mombasa"]),
    ("Gunmen stormed a hotel in Cotonou, Benin's largest city, on Sunday.", "stormed",
     ["Cotonou"]),
    ("Fighting raged in Goma, North Kivu, and in Bunia on Monday.", "Fighting",
     ["Goma", "Bunia"]),
    ("A car bomb exploded in Kandahar, Afghanistan, killing four.", "exploded",
     ["Kandahār"]),
    ("Bombs exploded in Kano, Kaduna and Jos on Sunday.", "exploded",
     ["Kano", "Kaduna", "Jos"]),
    ("Suicide bombers struck in Lebanon and Turkey on Friday.", "struck",
     ["Lebanon", "Turkey"]),
]


@pytest.mark.parametrize("text,trigger,want", LISTED, ids=[c[2][0] for c in LISTED])
def test_a_town_listed_with_its_country_is_one_place(world, nlp, truecaser, text, trigger,
                                                      want):
    text_ = truecaser.restore(text)
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text_).ents]
    places = world.places(text_, ents)
    pos = text.index(trigger)
    sentence = split_sentences(text_)[0]
    found = world.event_locations(places, text_, sentence, (pos, pos + len(trigger)),
                                  parse=next(parse(nlp, [sentence.text])))
    assert sorted(p.name for p in found) == sorted(want)


# A claim told in a relative clause of the act it claims ("the bombing at a market in X,
# which the group said it carried out") is placed at the act, not at the article's main
# place.
CLAIMED_IN_RELATIVE = [
    ("Officials met in Nairobi on Monday. Twenty people died in Sunday's bombing at a market "
     "in Mogadishu, which al-Shabab said it carried out.", "carried", "Mogadishu"),
    ("Talks opened in Doha on Friday. Five soldiers were killed in an ambush near Gao, which "
     "the group claimed.", "claimed", "Gao"),
    ("uganda's minister held talks in addis ababa today. twenty-one people died in yesterday's "
     "attack at a kampala taxi park, which a rebel group says it carried out.", "carried",
     "Kampala"),
]


@pytest.mark.parametrize("text,trigger,want", CLAIMED_IN_RELATIVE,
                         ids=[c[2] for c in CLAIMED_IN_RELATIVE])
def test_a_claim_in_a_relative_clause_is_placed_at_the_act(world, nlp, truecaser, text,
                                                           trigger, want):
    text_ = truecaser.restore(text)
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text_).ents]
    places = world.places(text_, ents)
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text_) if s.start <= pos < s.end)
    (found,) = world.event_locations(places, text_, sentence, (pos, pos + len(trigger)),
                                     parse=next(parse(nlp, [sentence.text])), claim=True)
    assert found.name == want


# "There" in a sentence that names no place stands for the last place named shortly before
# it; the "there" of "there were" names none (the article's main place then, as before).
THERE = [
    ("Talks on the attack opened in Kuala Lumpur, and Kuala Lumpur pledged patrols. A group "
     "which controls a town on Mindanao island said it was responsible. The military said "
     "its jets had bombed the group's positions there on Monday.", "bombed", "Mindanao"),
    ("Ministers met in Kinshasa, and Kinshasa promised aid. Rebels seized a village near "
     "Beni on Sunday. Two soldiers were killed there, the army said.", "killed", "Beni"),
    ("Ministers met in Kinshasa, and Kinshasa promised aid. Rebels seized a village near "
     "Beni on Sunday. There were heavy losses as troops fought the rebels, the army said.",
     "fought", "Kinshasa"),
]


@pytest.mark.parametrize("text,trigger,want", THERE, ids=[c[2] for c in THERE])
def test_there_stands_for_the_place_named_just_before(world, nlp, truecaser, text, trigger,
                                                      want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and want in (got.name, got.text), (text, got)


# Officials meeting in a sentence that names no place met where the head of state or
# government they met is at home ("met Djibouti's president"); hard negatives: a place the
# sentence names, and a met minister, who may be the visitor (the article's main place then).
HOSTS = [
    ("Jets struck Mukalla on Saturday. Yemen's foreign minister met Djibouti's president on "
     "Sunday.", "met", "Djibouti"),
    ("Troops clashed near Abeche. Sudan's envoy held talks with Chad's prime minister on "
     "Monday.", "talks", "Chad"),
    ("Jets struck Mukalla on Saturday. Djibouti's president met Yemen's foreign minister in "
     "Aden on Sunday.", "met", "Aden"),
    ("Jets struck Mukalla, and Mukalla was shut. Djibouti's president met Yemen's foreign "
     "minister on Sunday.", "met", "Mukalla"),
]


@pytest.mark.parametrize("text,trigger,want", HOSTS, ids=[f"{c[1]}-{c[2]}" for c in HOSTS])
def test_a_meeting_is_placed_at_the_met_heads_home(world, nlp, truecaser, text, trigger, want):
    places = world.places(text, [Entity(e.text, e.start_char, e.end_char, e.label_)
                                 for e in nlp(text).ents])
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    (found,) = world.event_locations(places, text, sentence, (pos, pos + len(trigger)),
                                     parse=next(parse(nlp, [sentence.text])),
                                     sentence_first=True)
    assert found.name == want


# The town whose residents tell an act in a sentence whose act names no place is where it
# happened (places.referents.residents_place); hard negative: the act's own place first.
RESIDENTS = [
    ("Talks were held in Kampala, and Kampala mourned. Residents of Gao said jets bombed the "
     "town overnight.", "bombed", "Gao"),
    ("Ministers met in Abuja, and Abuja pledged aid. Villagers in Gwoza said gunmen burned "
     "their homes at dawn.", "burned", "Gwoza"),
    ("Talks were held in Kampala, and Kampala mourned. Residents of Gao said jets bombed a "
     "village near Timbuktu.", "bombed", "Timbuktu"),
]


@pytest.mark.parametrize("text,trigger,want", RESIDENTS, ids=[c[2] for c in RESIDENTS])
def test_residents_telling_an_act_place_it(world, nlp, truecaser, text, trigger, want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and want in (got.name, got.text), (text, got)


# A one-sentence report whose act names no place of its own: a place of its other clauses is
# better than none, but not one told in a clause of what came before or after the act (the
# earlier happening's); hard negatives: a place in a clause of the act's own episode.
TIME_CLAUSES = [
    ("Troops shelled the village on Monday after the rebels said they carried out Sunday's "
     "bombing in Kampala.", "shelled", None),
    ("Jets pounded the hills overnight, hours after the militia claimed the ambush near "
     "Mosul.", "pounded", None),
    ("Police raided several homes before the group said it staged the attack in Nairobi.",
     "raided", None),
    ("Gunmen opened fire on the convoy, officials in Kabul said.", "opened", "AF"),
    # a clause of why after the trigger: its places are the reason's
    ("Fighting raged around Kadugli overnight. Rebels shelled the town on Monday because the "
     "army had bombed their camps in Ethiopia.", "shelled", "SD"),
    ("Gunmen attacked a church in Kano because the preacher had denounced them in Abuja.",
     "attacked", "NG"),
]


@pytest.mark.parametrize("text,trigger,want", TIME_CLAUSES, ids=[t[1] for t in TIME_CLAUSES])
def test_a_place_of_a_time_clause_is_not_the_act_with_no_place(world, nlp, truecaser, text,
                                                                trigger, want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert (got.iso2 if got is not None else None) == want, (text, got)


# A name describing a kind of place ("the Mindanao town of Butig"; in capitals, an adjective
# the truecaser takes for a name: "THE LAKESIDE TOWN OF BOL") leaves the place to the town.
KIND_OF = [
    ("POLICE ARRESTED 11 PEOPLE IN THE LAKESIDE TOWN OF BOL ON MONDAY.", "ARRESTED", "TD"),
    ("GUNMEN KILLED FOUR PEOPLE IN THE RIVERSIDE TOWN OF MALAKAL ON FRIDAY.", "KILLED", "SS"),
    ("Jets bombed the Mindanao town of Butig on Saturday.", "bombed", "PH"),
]


@pytest.mark.parametrize("text,trigger,want", KIND_OF, ids=[k[2] for k in KIND_OF])
def test_a_name_describing_a_kind_of_place_leaves_it_to_the_place(world, nlp, truecaser, text,
                                                                   trigger, want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and got.iso2 == want, (text, got)


# The hospital the wounded were taken to is no place of what hurt them; the story's place is
# (hard negatives: a hospital attacked, a blast outside one).
HOSPITALS = [
    ("Rebels attacked an army post in Beni on Wednesday. Two wounded soldiers were flown to a "
     "hospital in Goma.", "wounded", "Beni"),
    ("Gunmen ambushed a bus near Mubi on Friday. The injured were rushed to the general "
     "hospital in Yola.", "injured", "Mubi"),
    ("Gunmen attacked a hospital in Goma on Thursday, killing two nurses.", "attacked", "Goma"),
    ("A bomb exploded outside the main hospital in Kabul on Monday.", "exploded", "Kabul"),
]


@pytest.mark.parametrize("text,trigger,want", HOSPITALS, ids=[h[2] for h in HOSPITALS])
def test_the_hospital_the_wounded_were_taken_to_is_not_where_they_were_hurt(
        world, nlp, truecaser, text, trigger, want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and got.name == want, (text, got)


# A place's name opening a longer name the gazetteer does not know ("Wadi Khaled": not the
# Indian town of Wadi) is no place of its own.
LONGER_NAMES = [
    ("Sergeant Khaled Merhi, 29, was one of the three soldiers killed yesterday in Wadi "
     "Khaled.", "killed", None),
    ("Troops patrolled the hills near Halba on Friday. Sergeant Khaled Merhi, 29, was one of "
     "the three soldiers killed yesterday in Wadi Khaled.", "killed", "LB"),
]


@pytest.mark.parametrize("text,trigger,want", LONGER_NAMES, ids=["alone", "in-context"])
def test_a_place_opening_a_longer_name_is_not_its_place(world, nlp, truecaser, text, trigger,
                                                        want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert (got.iso2 if got is not None else None) == want, (text, got)


def test_a_demonym_opening_a_longer_name_still_names_its_country(world, nlp):
    text = "The exhibition, American Artists from the Russian Empire, opened in Boston."
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    assert "Russia" in [p.name for p in world.places(text, ents)]


# A town the gazetteer lacks, which the text says is a place, is the event's place, in the
# sentence's (or the article's) country at a country's precision (places/unknown.py); the
# names were checked absent from the bundled gazetteer.
UNKNOWN_TOWNS = [
    ("OUAGADOUGOU, Burkina Faso (Wire) — Jihadist fighters attacked the eastern Burkinabe town "
     "of Kantchari again on Monday morning, security sources said.", "attacked", "Kantchari",
     "BF"),
    ("Gunmen killed seven farmers in the village of Tindoumassa, in northern Mali, on Sunday.",
     "killed", "Tindoumassa", "ML"),
    ("Troops clashed with rebels near the town of Welgara in Ethiopia's Amhara region.",
     "clashed", "Welgara", "ET"),
    ("Soldiers fought jihadists near the village of Sabonkoura in Niger on Tuesday.", "fought",
     "Sabonkoura", "NE"),
]


@pytest.mark.parametrize("text,trigger,name,iso2", UNKNOWN_TOWNS,
                         ids=[u[2] for u in UNKNOWN_TOWNS])
def test_a_town_the_gazetteer_lacks_is_the_events_place_in_its_country(
        world, nlp, truecaser, text, trigger, name, iso2):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and (got.name, got.iso2, got.geo_precision) == (name, iso2, 3)
    assert got.latitude is not None and got.geonameid is None


# Hard negatives: the unknown town is another happening's ("after the raid on the village of
# X"), a known town is the act's own place, or no country is known.
UNKNOWN_NOT_THE_PLACE = [
    ("Jets bombed Kidal on Monday, days after the raid on the village of Tindoumassa.",
     "bombed", "Kidal"),
    ("Gunmen killed four traders in Maiduguri, near the village of Bokodji, on Sunday.",
     "killed", "Maiduguri"),
    ("Gunmen killed four traders in the village of Sabonkoura on Sunday.", "killed", None),
]


@pytest.mark.parametrize("text,trigger,name", UNKNOWN_NOT_THE_PLACE,
                         ids=["earlier", "known", "no-country"])
def test_an_unknown_town_of_another_happening_or_countryless_is_not_the_place(
        world, nlp, truecaser, text, trigger, name):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert (got.name if got is not None else None) == name


# The town the dead were buried in is no place of what killed them (hard negatives: a funeral
# or a cemetery attacked).
BURIALS = [
    ("Rebels attacked an army post in Beni on Wednesday. Relatives buried the four soldiers at "
     "the military cemetery in Goma on Friday.", "buried", "Beni"),
    ("Gunmen killed six villagers near Mubi on Monday. Hundreds of mourners followed the "
     "coffins to the cemetery in Yola on Wednesday.", "coffins", "Mubi"),
    ("Gunmen attacked a funeral in Gwoza on Sunday, killing 12 mourners.", "attacked", "Gwoza"),
    ("A bomb exploded at a cemetery in Kabul on Sunday, killing three.", "exploded", "Kabul"),
]


@pytest.mark.parametrize("text,trigger,want", BURIALS, ids=[b[2] for b in BURIALS])
def test_the_town_the_dead_were_buried_in_is_not_where_they_died(world, nlp, truecaser, text,
                                                                 trigger, want):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and got.name == want, (text, got)


# A town the gazetteer lacks that the article calls a town once is that town at every other
# mention (places.recognize._named_again; hard negatives: the name opening a longer name, and
# a name the article never calls a town).
NAMED_AGAIN = [
    ("Jihadist fighters attacked the eastern Burkinabe town of Kantchari on Monday. In 2022 a "
     "roadside bomb on the road between Kantchari and Diapaga killed seven gendarmes.",
     "roadside bomb", "Kantchari", "BF"),
    ("Gunmen killed seven farmers in the village of Tindoumassa, in northern Mali, on Sunday. "
     "A week earlier, soldiers had clashed with jihadists outside Tindoumassa.", "clashed",
     "Tindoumassa", "ML"),
    ("Troops clashed with rebels near the town of Welgara in Ethiopia's Amhara region. "
     "Rebels later overran Welgara, residents said.", "overran", "Welgara", "ET"),
]
NOT_NAMED_AGAIN = [
    ("Jihadist fighters attacked the eastern Burkinabe town of Kantchari on Monday. A bomb "
     "hit a bus near Kantchari Bridge in Diapaga.", "hit", "Diapaga"),
    ("Gunmen killed four traders in Maiduguri on Sunday. A week earlier, soldiers clashed "
     "with jihadists outside Tindoumassa in Maiduguri.", "clashed", "Maiduguri"),
]


@pytest.mark.parametrize("text,trigger,name,iso2", NAMED_AGAIN, ids=[u[2] for u in NAMED_AGAIN])
def test_a_town_the_gazetteer_lacks_called_a_town_once_is_it_at_every_mention(
        world, nlp, truecaser, text, trigger, name, iso2):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert got is not None and (got.name, got.iso2, got.geo_precision) == (name, iso2, 3)


@pytest.mark.parametrize("text,trigger,name", NOT_NAMED_AGAIN, ids=["longer-name", "never"])
def test_a_name_never_called_a_town_or_opening_a_longer_name_is_not_it(
        world, nlp, truecaser, text, trigger, name):
    got = locate(world, {"text": text, "trigger": trigger}, nlp, truecaser)
    assert (got.name if got is not None else None) == name

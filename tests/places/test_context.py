"""Context that decides a name's place, on sentences written for the project
(tests/places/data/context_*.jsonl): a name the text marks as a person's is no place; the
title, dateline and outlet's host outrank the population prior for namesakes; seas and
oceans beat counties named after them; short, former and demonym names of countries. Each
class has hard negatives beside it (the same name where it is the place, or the other
namesake).

* ``context_dev.jsonl``: what fixes were checked against; every case must pass.
* ``context_aside.jsonl``: written with it and kept aside (a third), measured before and
  after, never tuned on; it must stay above its floor (20/27 before the fixes, 25/27 after).
* ``context_fresh.jsonl``: written after those fixes: 18/20 with the code before them,
  19/20 at its first run; its miss (a sea named like a region, "the Red Sea") then led to
  one more fix (cues.cue_of), so it is no longer unseen: 20/20.
* ``context_readings_dev.jsonl`` / ``_aside.jsonl``: a surname with its possessive, an
  appositive role, one speaking of another ("his aide says Hume told"), and a town's
  name inside a mountain's or glacier's; dev 7/10 before those rules, 10/10 after; aside
  2/4 before, 3/4 after (its miss, "roads around Carlisle" found no place, is a hard
  negative that failed before too).
* ``context_names_dev.jsonl`` / ``_aside.jsonl`` / ``_fresh.jsonl``: a town's name in a
  longer name (a gang's, a club's, a venue's: "the Windsor Boys militia", "Jackson Memorial
  Hospital in Miami"), "X in Y" (a camp the tables lack "in South Sudan", not the city abroad
  that lists its name as an alias), and a village read as a namesake abroad. Dev 16/24
  before those rules, 21/24 after (its misses: three names the recognizer does not find,
  so no country either); aside 6/12 before, 11/12 after; fresh (written after the rules)
  5/10 before, 9/10 at its first run, 10/10 once its miss (a village read as a real town
  abroad, not an alias) widened the village rule (cues.settle_abroad). Its three villages
  described as in or near a place ("X, a village in Mopti region") first wanted no place;
  since "X, a village in Y" puts X at Y (cues.settle_within, the convention of "X, Y"),
  they want Y's country: aside 9/12 and fresh 9/10 before that rule under these wants,
  11/12 and 10/10 after.
* ``context_given_dev.jsonl`` / ``_aside.jsonl``: a person's first name that is a town's
  ("Vladimir Putin" ... "a friend of Vladimir"), the person named by surname alone too, and
  the same name made a place beside it. Dev 3/6 before that rule (recognize._given_names),
  5/6 after (its miss: spaCy tags the person as an organisation); aside 3/3 before and after.
* ``context_local_dev.jsonl`` / ``_aside.jsonl``: local news (a school board, a sheriff, a
  court, a phone number) using a town named like a foreign city as its own ("the Vienna town
  council", "a Warsaw woman"), beside foreign news in a local paper (a school trip to Rome,
  a dateline abroad, a council abroad, a student abroad). Dev 23/28 before the rule
  (places.local), 27/28 after; with four cases more for its courts, grades and route
  addresses, 25/32 without its bonus and 31/32 with it (its miss: a town after a street
  address the recognizer does not find); aside 9/13 before, 11/13 after; with two more,
  10/15 and 13/15 (its misses: two names the recognizer does not find).
  ``context_local_fresh.jsonl``, written after those rules: 7/8 at its first run, 3/8
  without the bonus (its miss: a town the recognizer does not find).
* ``context_states_dev.jsonl`` / ``_aside.jsonl``: a town named like bigger towns of other
  states among places of its own state ("Pasadena" among Baytown and Pearland), and a big
  city or an "X, Colo." named from another state. Dev 6/8 and aside 4/4 both with and without
  places.coherence (short texts resolve right on context alone; its misses: a big city read
  as a hamlet of the state the others are in, which the rule leaves alone, and a town the
  recognizer does not find): they guard what the rule must not change.
* ``context_first_dev.jsonl`` / ``_aside.jsonl``: a person's first name that is a country's,
  a state's or a town's, used alone for the person ("said Victoria", "Chad's father",
  "according to Jordan", "India, 22,"; ``nth``: the occurrence asked about), beside the same
  name made a place ("in Georgia", "the drought in Chad") or a government speaking. Dev 4/10
  before the rule (people.first_names), 10/10 after; aside 4/5 before, 5/5 after.
  With a coach named by a lower-case role ("beamed coach X") and a team's coach travelling
  to a town added: dev 12/12 and aside 6/6 with and without the lower-case "coach" role
  (spaCy tags these people as people; test_recognize checks the role on a text whose
  entities tag the coach a place).
* ``context_standin_dev.jsonl`` / ``_aside.jsonl``: a street, a park or a building the tables
  lack, in a story about a town (places.standin: in or near that town), beside a mountain or
  an island far off and a story naming only countries (no stand-in). Dev 2/6 before the rule,
  5/6 after; aside 1/3 before, 2/3 after (their misses: a hospital and an academy spaCy tags
  as organisations, which the recognizer leaves out).
* ``context_tagged_dev.jsonl`` / ``_aside.jsonl``: a town's name spaCy tags as an
  organisation, made a place by the text ("X police", "Jane Roe, 41, of X", "X, Ontario", a
  dateline), beside companies, a shop, a car and a football club. Dev 7/9
  before the rule (places.tagged), 8/9 after (its miss: a dateline spaCy tags as nothing);
  aside 2/4 before, 4/4 after. With datelines in capitals after a title (and an acronym
  before a dash that opens no sentence) added: dev 8/11 and aside 4/5 without the dateline
  rule (tagged.opens_dateline), 11/11 and 5/5 with it.
* ``context_counties_dev.jsonl`` / ``_aside.jsonl``: the items of a list of counties or
  parishes ("A, B and C counties"), beside countries and states followed by "counties" later
  in the sentence. Dev 2/5 before the rule (cues.county_lists and its cue), 5/5 after; aside
  1/2 before, 2/2 after.
  With legislators' homes after their party ("Sen. Jane Roe, R-Flagstaff") added: dev 5/7
  without cues.party_homes, 7/7 with it; aside 2/3 both (its miss: a home with a lower-case
  particle, "Coeur d'Alene").
* ``context_capitals_dev.jsonl`` / ``_aside.jsonl``: a capital named in a story from a US
  paper that names the capital's country ("visiting Egypt ... Cairo"), beside a capital's
  namesake with a container or used civically in local news. Dev 3/4 before the rule
  (places.capitals), 4/4 after; aside 2/2 before and after.
* ``context_gather_dev.jsonl`` / ``_aside.jsonl``: a local story naming three or more towns of
  one state, each with a namesake elsewhere (no state named), beside world news naming
  capitals and towns of one country and a US story naming cities of several states.
  Written for places.coherence.gather_states, which changes none of them (dev 12/14, aside
  5/8 with and without it: their misses are names spaCy tags as people or organisations,
  which leave fewer than three places, and one town picked in another country); they guard
  what it must not change, the world news above all.
* ``context_foreign_dev.jsonl`` / ``_aside.jsonl``: world news from an outlet of another
  country naming a big first-level region abroad that small towns of the outlet's country
  are named after ("Wales", "England", "Normandy", "Queensland"), beside those towns named
  as towns ("Wales, Wis.", "the town of England") and a state's namesake town in its own
  country. Dev 7/8 before homonyms.FOREIGN_REGION_POPULATION, 8/8 after; aside 4/4 both.
* ``context_physical_dev.jsonl`` / ``_aside.jsonl``: big islands and long rivers
  (data/places_islands.tsv, places_rivers.tsv; "off the coast of Sumatra", "a dam on the
  Mekong"), also where spaCy tags the name as a person ("on Java", "in the Volga"), beside the
  countries named like rivers, a town named like a river with its container, a person's
  name and a programming language. Dev 5/18 before the tables and the rule
  (kinds.physical_after_preposition), 17/18 after (its miss: "written in Java" reads as
  the island); aside 2/8 before, 8/8 after.
* ``context_waters_dev.jsonl`` / ``_aside.jsonl``: the waters and land forms of
  data/places_waters.tsv and places_landforms.tsv (rivers under 2,500 km, lakes, straits,
  seas, gulfs, ranges, peaks, passes, deserts, peninsulas, valleys, canals), also where spaCy
  tags the name alone as a person, a product or a work after "the" ("crossed the Dnieper",
  "before the Brenner Pass": kinds.physical_with_article), beside people and towns
  named like them ("Shannon Briggs", "Thames" in New Zealand, "Potomac police"), "a sea of
  flags", an airline, and a valley opening a hospital's name "in" a town (placed there,
  cues._honoured). Dev 6/34 before the tables (the code at 5f64ee6), 34/34 with the tables
  and rules; aside (written with the dev set) 1/12 before the tables, at its first run after
  them, before the rules, 9/12, then and after: "from the Vistula" tagged
  a product (GeoNames gives Toledo, Ohio the alias "Vistula", so the name is not only a
  river's), "Potomac police" (the Maryland town, which spaCy does not tag), and "Lake Como"
  (read as a New Jersey town of that name); 10/12 once the tables' waters and land forms got
  a prior as rivers have (resolve.PHYSICAL_PRIOR), which Lake Como then passed.
* ``context_streets_dev.jsonl`` / ``_aside.jsonl`` / ``_fresh.jsonl``: a place's name opening
  a street's ("London Road in Leicester", "Syria Street in Tripoli", a person named "Shelby
  Lane"), beside the town itself, a road named for the towns it joins and a lower-case
  "street". Dev 10/13 before namesakes.names_a_street, 12/13 after (its miss: "Pennsylvania
  Avenue" in a story naming no town: no place rather than the state); aside 4/6 before, 5/6
  after; fresh (written after the rule) 8/10 before, 10/10 at its first run.
* ``context_kin_dev.jsonl`` / ``_aside.jsonl``: people named right after a kin noun
  ("survived by her husband, Vernon", "their sons, Dayton and Tyler") in obituaries and
  family stories, beside places in the same sentences and kin nouns followed by a clause
  ("her son, who moved to Denver"). Dev 6/8 before people.kin_names, 8/8 after; aside 5/8
  before, 7/8 after (its miss: a town spaCy does not tag, "sister city, Bristol").
* ``context_direction_dev.jsonl`` / ``_aside.jsonl``: compass words that name regions abroad
  ("Far North", "Southern Province", "Southern District", "West") read bare or inside other
  names ("the South of France", "Far North Queensland", "212 South Main St.", "the
  Southern District of New York"), beside the same regions where the text names their
  country and names that only start with a compass word ("North Korea", "South Kivu",
  "Midwest"). Dev 6/10 before namesakes.names_a_direction, 10/10 after; aside 3/6 before,
  4/6 at its first run; its miss "North East" (spaced) then widened the compass words, so it
  is no longer unseen: 5/6 (its miss: "North Avenue" in Atlanta, a street the tables lack
  read as the town it is in).
* ``context_hosts_dev.jsonl`` / ``_aside.jsonl``: US local news (two local signs, one a North
  American phone number) from an outlet whose host seems to name a country ("jordannews",
  "lebanonnews", a ".com" named for China), beside news of those countries from such hosts,
  one with a US phone number in it. Dev 5/6 before local.local_country read the phone number
  against the host's country, 6/6 after; aside 1/3 before, 3/3 after.

* ``context_institutions_dev.jsonl`` / ``_aside.jsonl``: a town's name opening an
  institution's (a school, a hospital, a club, a newspaper, an airline: "Lincoln High
  School", "St. Mary's Hospital", "the Washington Post", "Jordan Valley Medical Center"),
  beside the town's own bodies ("Springfield Police Department", "Kenema Government
  Hospital"), a town the story also names alone, a city of a million ("Kabul University"), a
  state's or a county's institution, a country's airline and an institution "in" its town.
  Dev 16/34 before places.institutions, 34/34 after; aside, checked once at the end, 6/15
  before, 13/15 after (its misses: a town read as its Australian namesake, a newspaper,
  "the Baltimore Sun", whose title word is too common a word to be read as one).
* ``context_diseases_dev.jsonl`` / ``_aside.jsonl``: outbreak news naming diseases called
  after places ("West Nile virus", "Rift Valley fever", "Middle East respiratory
  syndrome", "the Spanish flu", "a case of Marburg"), beside the places outbreaks are in
  and the same names as places ("a doctor in Marburg", "Texas flu cases", "a Congo disease
  outbreak"). Dev 14/23 before places.diseases, 23/23 after; aside, checked once at the end,
  9/13 before, 12/13 after (its miss: a Kenyan province the tables lack).
* ``context_persons_dev.jsonl`` / ``_aside.jsonl`` / ``_fresh.jsonl``: a person whose first
  name is a place's, in a name spaCy tags as an organisation ("Paris Hilton", "Lincoln
  Riley"; people.opens_person_name), and a country's name alone for a person who laughs,
  shrugs, tells reporters or speaks in the first person singular ('"I never expected to
  win," Chad said'; people.speaks_for_self), beside hotels, teams, firms, districts and
  airports named after their town ("the Cairo Sheraton", "Lagos Ikeja", "Tata Motors") and
  governments speaking ("Chad said its troops", '"We condemn the attack," Jordan said',
  "Georgia laughed off the accusations", "a resident of Chad said"). Dev 25/33 before
  those rules, 33/33 after; aside (written with dev, not tuned on) 9/15 before, 13/15
  after (its misses: an English-word surname, "Orlando Bloom", and a team spaCy drops,
  "the Seattle Seahawks"); fresh (written after the rules) 20/25 before, 24/25 at its first
  run (its miss: "Chelsea Manning", an English-word surname).

* ``context_twofold_dev.jsonl`` / ``_aside.jsonl``: a name that is a country and a region
  of another country ("Georgia", "Niger") in a story whose other places are the region's
  towns ("Savannah and other parts of Georgia"), beside the country with its capital or
  neighbours, a country's office ("the embassy of Georgia in Washington", "Georgia's
  president"). Dev 9/12 before places.twofold and the country offices of cues.cue_of, 11/12
  after (its miss: a town spaCy tags a people, so no town is left); aside 6/6 before and
  after (they guard what the rule must not change).

* ``context_structures_dev.jsonl`` / ``_aside.jsonl``: a water's or a land form's name before a
  structure noun ("the Thames barrier", "the Shannon estuary", "the Murray basin", "the
  Niger delta"; cues.feature_senses: the name with the noun, or its river, when the tables
  have it), beside towns of those names ("Police in Thames", "in Shannon, County Clare", "the
  Napa bridge into town"). Dev 3/10 before, 10/10 after; aside 3/6 before, 4/6 after (its
  misses: "Swat", an English word the recognizer drops, and "the Elbe town council", read as
  the river, which the rule does not touch).
* ``context_districts_dev.jsonl`` / ``_aside.jsonl``: a city's districts named alone ("in
  Hackney", "Westminster council") in a story about the city, beside namesakes abroad with
  their containers. Dev 10/12 before and after names.unit_form (its misses: names spaCy tags
  as a person or an organisation, which the recognizer leaves out); aside 6/6 before and after.
* ``context_kinds_fresh.jsonl``: written after places.twofold, cues.feature_senses and
  widen.compassed, on their classes: 10/16 before them, 13/16 at its first run; its miss "in
  north Kivu province" then led to widen.compassed finding names no mention held, so it is
  no longer unseen: 14/16 (its misses: "the Danube delta", which the tables lack, read as the
  river; "north Kivu" without its unit word, no place, as the rule means).

* ``context_quarters_dev.jsonl`` / ``_fresh.jsonl``: a town's quarter after its possessive
  and a part noun ("Istanbul's Besiktas district", "Baghdad's Shorja Market"; places.quarters),
  beside a country's region ("Kenya's Turkana region"), a town's mayor and a park. Dev 4/10
  before, 10/10 after; fresh (written after the rule) 3/6 before, 6/6 at its first run; with
  six more on features named with their kind ("Sydney's Bondi Beach", "Freetown's Susan's
  Bay"), 11/12 before a quarter took the place of the mentions inside it, 12/12 after.
* ``context_units_dev.jsonl``: a unit named without its unit word ("in Landes", a French
  département, not the commune of 560; "southern Samar", the Province of Samar, not a
  Ukrainian village; "Westminster council"; names.unit_form), and a water with an article
  ("stuck on the Loire", "from the Hudson": cues.feature_senses' river, and no second-level
  unit of the name, resolve), beside the same units without an article ("Floods in Rhone"),
  "the Bronx", Toledo with its state or its country's capital, Cebu City. 6/13 before, 12/13
  after (its miss: "Aude", which the recognizer does not find).

Scores per class: ``python tests/places/test_context.py [FILE ...]``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventwire.places import Geoparser
from eventwire.records import Entity, Place

DATA = Path(__file__).resolve().parent / "data"
# A case or two below what the sets kept aside reached (see the module docstring).
ASIDE_FLOOR = 0.85
# The readings kept aside are four: three of them (see the module docstring).
READINGS_ASIDE_FLOOR = 0.75
# The sets of longer names and "X in Y", and of first names: a case below what each reached
# (see the module docstring): dev 21/24, aside 11/12, fresh 10/10.
NAMES_FLOORS = {"context_names_dev.jsonl": 0.85, "context_names_aside.jsonl": 0.85,
                "context_names_fresh.jsonl": 0.85,
                # first names: dev 5/6, aside 3/3
                "context_given_dev.jsonl": 0.8, "context_given_aside.jsonl": 0.66,
                # local news: dev 31/32, aside 13/15
                "context_local_dev.jsonl": 0.93, "context_local_aside.jsonl": 0.8,
                "context_local_fresh.jsonl": 0.85,
                # first names alone: dev 10/10, aside 5/5
                "context_first_dev.jsonl": 0.9, "context_first_aside.jsonl": 0.8,
                # stand-ins: dev 5/6, aside 2/3
                "context_standin_dev.jsonl": 0.8, "context_standin_aside.jsonl": 0.66,
                # organisation tags and datelines: dev 11/11, aside 5/5
                "context_tagged_dev.jsonl": 0.9, "context_tagged_aside.jsonl": 0.8,
                # lists of counties, legislators' homes: dev 7/7, aside 2/3
                "context_counties_dev.jsonl": 0.85, "context_counties_aside.jsonl": 0.6,
                # capitals of named countries: dev 4/4, aside 2/2
                "context_capitals_dev.jsonl": 0.75, "context_capitals_aside.jsonl": 0.5,
                # states: dev 6/8, aside 4/4
                "context_states_dev.jsonl": 0.75, "context_states_aside.jsonl": 0.75,
                # towns gathered in one state, world news: dev 12/14, aside 5/8
                "context_gather_dev.jsonl": 0.85, "context_gather_aside.jsonl": 0.6,
                # regions abroad and their namesake towns: dev 8/8, aside 4/4
                "context_foreign_dev.jsonl": 0.99, "context_foreign_aside.jsonl": 0.74,
                # islands and rivers: dev 17/18, aside 8/8
                "context_physical_dev.jsonl": 0.9, "context_physical_aside.jsonl": 0.85,
                # waters and land forms: dev 34/34, aside 10/12
                "context_waters_dev.jsonl": 0.99, "context_waters_aside.jsonl": 0.8,
                # streets: dev 12/13, aside 5/6, fresh 10/10
                "context_streets_dev.jsonl": 0.9, "context_streets_aside.jsonl": 0.8,
                "context_streets_fresh.jsonl": 0.85,
                # kin named after their relation: dev 8/8, aside 7/8
                "context_kin_dev.jsonl": 0.99, "context_kin_aside.jsonl": 0.85,
                # compass words: dev 10/10, aside 5/6
                "context_direction_dev.jsonl": 0.99, "context_direction_aside.jsonl": 0.8,
                # local news from hosts named like countries: dev 6/6, aside 3/3
                "context_hosts_dev.jsonl": 0.99, "context_hosts_aside.jsonl": 0.99,
                # place names opening institutions' names: dev 34/34, aside 13/15
                "context_institutions_dev.jsonl": 0.99, "context_institutions_aside.jsonl": 0.8,
                # diseases named after places: dev 23/23, aside 12/13
                "context_diseases_dev.jsonl": 0.99, "context_diseases_aside.jsonl": 0.85,
                # people named like places: dev 33/33, aside 13/15, fresh 24/25
                "context_persons_dev.jsonl": 0.99, "context_persons_aside.jsonl": 0.8,
                "context_persons_fresh.jsonl": 0.9,
                # country and namesake region: dev 11/12, aside 6/6
                "context_twofold_dev.jsonl": 0.9, "context_twofold_aside.jsonl": 0.99,
                # structure nouns after a water's name: dev 10/10, aside 4/6
                "context_structures_dev.jsonl": 0.99, "context_structures_aside.jsonl": 0.66,
                # a city's districts named alone: dev 10/12, aside 6/6
                "context_districts_dev.jsonl": 0.8, "context_districts_aside.jsonl": 0.99,
                # written after the rules of session 23 (hg9): 14/16
                "context_kinds_fresh.jsonl": 0.85,
                # a town's quarters after its possessive: dev 10/10, fresh 6/6
                "context_quarters_dev.jsonl": 0.99, "context_quarters_fresh.jsonl": 0.99,
                # units named without their unit word, waters with an article: dev 12/13
                "context_units_dev.jsonl": 0.9}


def cases(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def restored(case: dict) -> dict:
    """The case as the pipeline reads it: a text marked "restore" (written in capitals or in
    lower case, as a feed may send it) given ordinary case first, its name with it."""
    if not case.get("restore"):
        return case
    at = case["text"].index(case["name"])
    text = _truecaser().restore(case["text"])
    return {**case, "text": text, "name": text[at:at + len(case["name"])]}


def _truecaser():
    """The truecaser, loaded once (its table takes 0.3 s)."""
    from eventwire.casing import Truecaser
    global _TRUECASER
    if _TRUECASER is None:
        _TRUECASER = Truecaser()
    return _TRUECASER


_TRUECASER = None


def place_of(gp: Geoparser, case: dict, nlp) -> Place | None:
    """The resolved place at the case's name (its first occurrence), as the pipeline asks
    (spaCy's entities of the whole text); None when the name is no resolved place."""
    text = case["text"]
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    places = gp.places(text, ents, dateline=case.get("dateline"), outlet=case.get("outlet"),
                       title=case.get("title"))
    start = -1
    for _ in range(case.get("nth", 0) + 1):      # "nth": the occurrence asked about
        start = text.index(case["name"], start + 1)
    end = start + len(case["name"])
    return next((p for p in places if p.span[0] < end and start < p.span[1]
                 and p.latitude is not None), None)


def right(place: Place | None, want: dict | None) -> bool:
    if want is None:
        return place is None
    return place is not None and all(
        getattr(place, k) == v for k, v in want.items())


def show(place: Place | None) -> object:
    return place and (place.text, place.name, place.iso2, place.admin1, place.feature)


@pytest.mark.parametrize("case", cases("context_dev.jsonl") + cases("context_readings_dev.jsonl"),
                         ids=lambda c: f"{c['class']}:{c['name']}")
def test_context_decides_the_place(world, nlp, case):
    got = place_of(world, case, nlp)
    assert right(got, case["want"]), (show(got), case["text"])


@pytest.mark.parametrize("name", ["context_aside.jsonl", "context_fresh.jsonl"])
def test_sentences_kept_aside_score_above_their_floor(world, nlp, name):
    aside = cases(name)
    share = sum(right(place_of(world, c, nlp), c["want"]) for c in aside) / len(aside)
    assert share >= ASIDE_FLOOR


def test_readings_kept_aside_score_above_their_floor(world, nlp):
    aside = cases("context_readings_aside.jsonl")
    share = sum(right(place_of(world, c, nlp), c["want"]) for c in aside) / len(aside)
    assert share >= READINGS_ASIDE_FLOOR


@pytest.mark.parametrize("name", sorted(NAMES_FLOORS))
def test_longer_names_and_containers_score_above_their_floor(world, nlp, name):
    found = [restored(c) for c in cases(name)]
    share = sum(right(place_of(world, c, nlp), c["want"]) for c in found) / len(found)
    assert share >= NAMES_FLOORS[name]


def report(gp: Geoparser, nlp,
           names=("context_dev.jsonl", "context_aside.jsonl", "context_fresh.jsonl",
                  "context_readings_dev.jsonl", "context_readings_aside.jsonl",
                  *NAMES_FLOORS)) -> None:
    for name in names:
        got, total = Counter(), Counter()
        for c in map(restored, cases(name)):
            place = place_of(gp, c, nlp)
            ok = right(place, c["want"])
            got[c["class"]] += ok
            total[c["class"]] += 1
            if not ok:
                print(f"  miss [{c['class']}] {c['name']!r}: {show(place)} want {c['want']}")
        print(f"{name}: {sum(got.values())}/{sum(total.values())}  "
              + "  ".join(f"{k} {got[k]}/{total[k]}" for k in sorted(total)))


if __name__ == "__main__":
    import sys

    from eventwire.nlp import load_pipeline
    from eventwire.places import load_gazetteer
    report(Geoparser(load_gazetteer()), load_pipeline(), *(sys.argv[1:2] and [sys.argv[1:]]))

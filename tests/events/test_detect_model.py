"""The detector with a (fake) model: the model decides, the rules give triggers and clauses."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.events import (
    agreements,
    arrests,
    contacts,
    disasters,
    gatherings,
    responsibility,
    targeted,
)
from eventwire.events.detect import KEEP_CONFIDENCE, Candidate, Detector
from eventwire.events.features import DIMENSIONS, SentenceInContext
from eventwire.events.model import Judgement
from eventwire.records import Sentence, kept_confidence

NO_EVENT = Judgement("ATTACK", event=0.02, realis=0.5, background=0.1, crime=0.1)


def judged(label, *, event=0.95, realis=0.95, background=0.05, crime=0.05):
    return Judgement(label, event, realis, background, crime)


class FakeEncoder:
    def __init__(self):
        self.texts = []

    def encode(self, texts):
        # each row carries its text's index, so the model finds the text of every row
        # however the batch's repeated texts were encoded once
        self.texts = list(texts)
        out = np.zeros((len(texts), DIMENSIONS), np.float32)
        out[:, 0] = np.arange(len(texts))
        return out


class FakeModel:
    """Judges each text by the first key of ``table`` it contains; confidence = score."""

    def __init__(self, encoder, table):
        self.encoder, self.table = encoder, table

    def judge(self, x):
        texts = [self.encoder.texts[int(row[0])] for row in x]
        return [next((j for k, j in self.table.items() if k in t), NO_EVENT) for t in texts]

    def confidence(self, score):
        return score

    def confidence_with_crime(self, j):
        return j.score_with_crime


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _detect(nlp, table, *texts, offset=100):
    enc = FakeEncoder()
    detector = Detector(FakeModel(enc, table), enc)
    cands = []
    for t in texts:
        s = Sentence(t, offset, offset + len(t))
        cands.append(Candidate(nlp(t), s, SentenceInContext(t)))
        offset += len(t) + 1
    return detector.detect(cands)


def test_the_model_can_veto_what_the_rules_read(nlp):
    text = "Firefighters battled the blaze at the warehouse for six hours on Monday."
    assert _detect(nlp, {}, text) == [()]


def test_the_model_labels_and_the_rules_trigger_of_that_label_is_kept(nlp):
    text = "Gunmen opened fire on a police checkpoint near the border on Sunday."
    ((m,),) = _detect(nlp, {"checkpoint": judged("ARMED_CLASH")}, text)
    assert m.type.label == "ARMED_CLASH" and m.type.event_type == "Battles"
    assert m.confidence == pytest.approx(0.95 * 0.95 * 0.95, abs=1e-3)
    s, e = m.trigger_span
    assert text[s - 100:e - 100] == m.trigger and m.scope == "core"


def test_ordinary_crime_is_kept_only_when_asked_for(nlp):
    text = "Police shot dead a robbery suspect in a raid on a house on Monday."
    table = {"robbery": judged("ATTACK", crime=0.99)}
    assert _detect(nlp, table, text) == [()]
    enc = FakeEncoder()
    cand = Candidate(nlp(text), Sentence(text, 0, len(text)), SentenceInContext(text))
    ((m,),) = Detector(FakeModel(enc, table), enc, include_crime=True).detect([cand])
    assert m.type.label == "ATTACK" and m.scope == "crime"
    assert m.confidence == pytest.approx(0.95 * 0.95 * 0.01, abs=1e-3)
    assert m.confidence_with_crime == pytest.approx(0.95 * 0.95, abs=1e-3)
    assert kept_confidence(m, include_crime=True) > 0.9 > kept_confidence(m)


def test_an_event_no_rule_reads_gets_the_main_verb_as_trigger(nlp):
    ((m,),) = _detect(nlp, {"freed": judged("NON_STATE_ACTOR_OVERTAKES_TER")},
                      "The insurgents freed three villages.")
    assert m.trigger == "freed" and m.type.label == "NON_STATE_ACTOR_OVERTAKES_TER"


@pytest.mark.parametrize("text, trigger", [
    ("The insurgents freed three villages, a spokesman said.", "freed"),
    ("Officials said the insurgents freed three villages.", "freed"),
    ("The insurgents freed three villages, according to residents.", "freed"),
    ("The insurgents freed three villages.", "freed"),
])
def test_the_model_events_trigger_is_what_a_reporting_root_reports(nlp, text, trigger):
    ((m,),) = _detect(nlp, {"freed": judged("NON_STATE_ACTOR_OVERTAKES_TER")}, text)
    assert m.trigger == trigger


@pytest.mark.parametrize("text, trigger", [
    ("Pressure on the cabinet has grown since the group claimed Friday's bombing in Quetta.",
     "claimed"),
    ("Security was tightened across the city after militants claimed Sunday's attack.",
     "claimed"),
    ("Calls for talks faded once the faction claimed last week's ambush near Kidal.",
     "claimed"),
])
def test_a_claim_a_parse_rule_reads_is_told_by_its_verb(nlp, text, trigger):
    """The claim's verb, not the main verb, is its trigger: its place and date are read
    around it (the bombing's place, not the pressure's)."""
    found = _detect(nlp, {"": judged("OTHER", event=0.1)}, text)
    attrib = [m for ms in found for m in ms if m.type.label == "ATTRIB"]
    assert attrib and attrib[0].trigger.split()[0] == trigger


def test_snippet_typing_reads_the_parse_rules_as_the_pipeline_does(nlp):
    # the model's label for the whole snippet, changed by the readings the pipeline applies
    # (here a blockade with no violence of its own is a protest, not a riot)
    enc = FakeEncoder()
    text = "Farmers blocked the highway with tractors for six hours, demanding higher prices."
    detector = Detector(FakeModel(enc, {"Farmers": judged("VIOL_DEMONSTR")}), enc)
    assert detector.classify_snippet(nlp(text)) == "PEACE_PROTEST"
    quiet = Detector(FakeModel(enc, {}), enc)       # no event: the model's label stands
    assert quiet.classify_snippet(nlp("The council met on Monday.")) == NO_EVENT.label


def test_scope_and_background_follow_the_model(nlp):
    text = "A man stabbed his neighbour during an argument on Friday, police said."
    ((m,),) = _detect(nlp, {"stabbed": judged("ATTACK", crime=0.9, background=0.8)}, text)
    assert m.scope == "crime" and m.background
    assert m.confidence < KEEP_CONFIDENCE * 10        # crime is out of scope: low confidence


def test_each_clause_of_a_two_event_sentence_is_judged(nlp):
    text = ("Rebels kidnapped two engineers on Monday, and a roadside bomb killed a soldier "
            "on Tuesday.")
    table = {"kidnapped two engineers on Monday, and": judged("ABDUCT_DISSAP"),
             "roadside bomb": judged("REM_EXPLOS")}
    (found,) = _detect(nlp, table, text)
    assert {m.type.label for m in found} == {"ABDUCT_DISSAP", "REM_EXPLOS"}
    assert len({m.trigger_span for m in found}) == 2


@pytest.mark.parametrize("text, second", [
    # a clause with its own place tells an event of its own
    ("Rebels kidnapped two engineers in Gao, and a roadside bomb killed a soldier in Kidal.",
     True),
    # a clause that only details the main event (no time or place of its own) is that event
    ("Rebels kidnapped two engineers on Monday, and a roadside bomb was found in their car.",
     False),
    ("Militants attacked an army post on Monday and the troops later recovered a roadside bomb.",
     False),
])
def test_a_second_clause_needs_a_time_or_place_of_its_own(nlp, text, second):
    table = {"Rebels kidnapped": judged("ABDUCT_DISSAP"), "Militants attacked": judged(
        "ARMED_CLASH"), "kidnapped two engineers": judged("ABDUCT_DISSAP"),
        "roadside bomb": judged("REM_EXPLOS")}
    (found,) = _detect(nlp, table, text)
    assert (len(found) == 2) is second, [m.type.label for m in found]


def test_extended_labels_have_extended_scope(nlp):
    text = "The foreign ministers of Chile and Peru met in Lima on Thursday for talks."
    ((m,),) = _detect(nlp, {"ministers": judged("DIPLO")}, text)
    assert m.scope == "extended" and m.type.plover_type == "CONSULT"


def test_the_main_events_clause_gives_no_second_event(nlp):
    text = ("Rebels kidnapped two engineers on Monday, and a roadside bomb killed a soldier "
            "on Tuesday.")
    table = {"Monday, and a roadside": judged("ABDUCT_DISSAP"),   # the whole sentence
             "kidnapped": judged("ATTACK"),                        # its first clause
             "roadside bomb": judged("REM_EXPLOS")}               # its second clause
    (found,) = _detect(nlp, table, text)
    assert sorted(m.type.label for m in found) == ["ABDUCT_DISSAP", "REM_EXPLOS"]


# Every sentence below is judged a sure ATTACK by the fake model ("" is in every text): only the
# court-act check can drop it.
COURT_ACTS = [
    "Two brothers pleaded guilty on Tuesday to planting the bomb that killed six people at a bus stop.",
    "A former militia commander was convicted of ordering the massacre of 40 villagers in 2004.",
    "The court sentenced the gunman to life in prison for the shooting at the mosque.",
    "Prosecutors said the man had pleaded not guilty to murder and arson.",
    "Four soldiers went on trial in the capital over the killing of a student protester.",
    "The rebel leader will stand trial next month for the 2019 attack on the army base.",
    "The suspects were charged with terrorism offences over the car bombing.",
    "He was tried in absentia for the ambush that killed nine policemen.",
    "A jury acquitted the officer who shot the unarmed man during the riot.",
    "The survivor testified that the militants had beaten him for days before he escaped.",
    "Three men were jailed for 20 years on Friday for smuggling weapons to the insurgents.",
    "A grand jury indicted the gang's leader on kidnapping and extortion charges.",
]
# Events in sentences with court words that are not the main verb, or not a court's act.
NOT_COURT_ACTS = [
    "Police arrested the suspect at his home and he was later charged with assault.",
    "Militants tried to storm the base overnight but were repelled after a firefight.",
    "Riot police charged the crowd with batons and fired tear gas outside parliament.",
    "Hundreds of supporters rallied outside the court on Monday as the trial of the opposition leader opened.",
    "Gunmen killed three guards at the prison where the rebels were jailed.",
    "Protesters clashed with police after a court sentenced the activist to five years.",
]


@pytest.mark.parametrize("text", COURT_ACTS)
def test_a_court_act_is_not_an_event(nlp, text):
    assert _detect(nlp, {"": judged("ATTACK")}, text) == [()]


@pytest.mark.parametrize("text", NOT_COURT_ACTS)
def test_an_event_beside_court_words_is_kept(nlp, text):
    (found,) = _detect(nlp, {"": judged("ATTACK")}, text)
    assert found


# Arrests of a crowd the police dispersed: the fake model says ARREST on each; the rules read a
# protest met with force, and their label stands (ACLED codes such arrests as the protest).
DISPERSED_CROWD_ARRESTS = [
    "Police fired tear gas to disperse the protesters outside parliament and arrested 40 people.",
    "Riot police used water cannon on the march and detained dozens of demonstrators on Saturday.",
    "Officers with batons broke up the sit-in at the university and arrested its organisers.",
    "Security forces fired rubber bullets at the rally in the capital and detained 12 protesters.",
    "Police dispersed the crowd of striking teachers with pepper spray and arrested five of them.",
]
# Arrests the rules read no dispersed protest in, or with no crowd control told: ARREST stays.
ARRESTS = [
    "Police arrested the organisers of last week's march at their homes on Tuesday.",
    "Security forces detained three opposition activists in the capital overnight.",
    "Police arrested 34 people after the riots, a spokesman said.",
    "Officers arrested two men suspected of smuggling weapons across the border.",
]


@pytest.mark.parametrize("text", DISPERSED_CROWD_ARRESTS)
def test_an_arrest_at_a_dispersed_protest_is_the_protest(nlp, text):
    (found,) = _detect(nlp, {"": judged("ARREST")}, text)
    assert found[0].type.label in ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST")


@pytest.mark.parametrize("text", ARRESTS)
def test_an_arrest_with_no_dispersed_crowd_stays_an_arrest(nlp, text):
    (found,) = _detect(nlp, {"": judged("ARREST")}, text)
    assert found[0].type.label == "ARREST"


# Devices that did not go off: the fake model reads each as an explosion; disrupted weapons use
# is the label (training/data/README.md).
FAILED_DEVICES = [
    "A bomb planted under a bus shelter failed to go off on Tuesday, police said.",
    "A suicide vest worn by a teenager failed to explode at the gate of the mosque.",
    "An explosive device attached to the judge's car did not detonate, investigators said.",
    "The pipe bomb left outside the community centre overnight was made safe by army experts.",
    "A grenade thrown into the courtyard landed without exploding and was later destroyed.",
    "Guards found the rucksack of explosives before it could go off.",
    "The car bomb never detonated because its timer was faulty, prosecutors said.",
]
# Explosions, with a failed device beside them or none: the model's label stands.
EXPLOSIONS = [
    "A roadside bomb exploded near a police patrol on Wednesday, wounding three officers.",
    "A car bomb went off outside the hotel on Saturday, killing six people.",
    "The first bomb killed 12 people at the market; a second failed to explode.",
    "One grenade exploded at the entrance and a second failed to go off in the yard.",
    "Police failed to stop the bomber, who blew himself up at the checkpoint.",
    "The attacker detonated his vest after guards failed to stop him at the gate.",
]


@pytest.mark.parametrize("text", FAILED_DEVICES)
def test_a_device_that_did_not_go_off_is_a_disrupted_weapon(nlp, text):
    (found,) = _detect(nlp, {"": judged("REM_EXPLOS")}, text)
    assert found[0].type.label == "DISR_WEAP"


@pytest.mark.parametrize("text", EXPLOSIONS)
def test_an_explosion_stays_an_explosion(nlp, text):
    for label in ("REM_EXPLOS", "SUIC_BOMB"):
        (found,) = _detect(nlp, {"": judged(label)}, text)
        assert found[0].type.label == label


# Plans, threats, wishes and warnings: the rules read the model's label only under an irrealis
# word, so the model's event is vetoed (GUIDELINES-style definition: plans and threats are not
# events).
NOT_YET = [
    ("GOV_REGAINS_TERIT", "The defence minister said troops were preparing to retake the town."),
    ("PEACE_PROTEST", "The union had planned a protest march outside the hospital on Monday."),
    ("PEACE_PROTEST", "The students pondered a sit-in at the ministry over the new fees."),
    ("PEACE_PROTEST", "Farmers' groups are contemplating a march on the capital next month."),
    ("ATTACK", "The group threatened to attack foreign aid convoys on the highway."),
    ("AIR_STRIKE", "The government vowed to launch airstrikes on the rebels' positions."),
]
# The same labels read as done, or tried: the model's event stands.
DONE = [
    ("GOV_REGAINS_TERIT", "The defence minister said troops had retaken the town."),
    ("PEACE_PROTEST", "Nurses held a three-day strike with picket lines outside the hospital."),
    ("ATTACK", "Gunmen tried to storm the police station and killed a guard at the gate."),
    ("ARMED_CLASH", "Militants attempted to overrun the army post before dawn."),
    ("AIR_STRIKE", "Jets carried out airstrikes on the rebels' positions, days after "
                   "the government vowed to launch them."),
]


@pytest.mark.parametrize("label,text", NOT_YET)
def test_an_event_the_rules_read_only_as_not_yet_done_is_vetoed(nlp, label, text):
    (found,) = _detect(nlp, {"": judged(label)}, text)
    assert found == ()


@pytest.mark.parametrize("label,text", DONE)
def test_an_event_done_or_tried_stands(nlp, label, text):
    (found,) = _detect(nlp, {"": judged(label)}, text)
    assert [m.type.label for m in found][:1] == [label]


# Violence done to diplomats, embassies and envoys: the fake model reads each as diplomacy, as
# the real one often does ("ambassador", "embassy"); the violent act is the event.
VIOLENCE_ON_DIPLOMATS = [
    ("Gunmen shot dead a Turkish diplomat outside the embassy in Athens on Tuesday.", "ATTACK"),
    ("A rocket hit the US embassy compound in Baghdad overnight.", "ART_MISS_ATTACK"),
    ("The ambassador was stabbed by an attacker at a reception in Seoul.", "ATTACK"),
    ("An off-duty policeman assassinated the envoy at an art gallery on Monday.", "ATTACK"),
    ("Mortar rounds struck the grounds of the Italian consulate, wounding a guard.",
     "ART_MISS_ATTACK"),
    ("Militants attacked a convoy carrying the Pakistani ambassador near Jalalabad.", None),
    ("A car bomb exploded outside the French embassy, killing two passers-by.", "REM_EXPLOS"),
    ("An airstrike destroyed the residence of the Iranian envoy in Damascus.", "AIR_STRIKE"),
]
# Diplomacy whose words tell violence only as its topic or reason: DIPLO stands.
CONTACTS_ABOUT_VIOLENCE = [
    "The ambassador was summoned over the shooting of two fishermen.",
    "The foreign ministers discussed the shelling of border villages by phone on Monday.",
    "Diplomats met in Geneva to discuss the bombing of the hospital.",
    "The envoy condemned the attack on the convoy during talks in Cairo.",
    "Both governments recalled their ambassadors after the killing of a border guard.",
    "The minister visited the embassy that was bombed last year.",
    "The president received the Qatari envoy who negotiated the release of the hostages.",
]


@pytest.mark.parametrize(("text", "label"), VIOLENCE_ON_DIPLOMATS)
def test_violence_done_to_diplomats_is_the_violence(nlp, text, label):
    (found,) = _detect(nlp, {"": judged("DIPLO")}, text)
    got = found[0].type
    assert got.label != "DIPLO"
    assert got.event_type in ("Battles", "Explosions/Remote violence",
                              "Violence against civilians")
    assert label is None or got.label == label


@pytest.mark.parametrize("text", CONTACTS_ABOUT_VIOLENCE)
def test_a_contact_about_violence_stays_diplomacy(nlp, text):
    (found,) = _detect(nlp, {"": judged("DIPLO")}, text)
    assert found[0].type.label == "DIPLO"


# Written after the rule above was settled and never tuned on: how often it is right on
# sentences it has not seen (17 of 18 on 2026-12-04; the miss: "An explosive device detonated
# beneath the car of a diplomat", whose cue is not on the clause's subject).
ASIDE_VIOLENCE = [
 "Unknown assailants gunned down a Russian diplomat in his car in Tripoli.",
 "Two grenades were thrown into the compound of the Indian mission in Kabul.",
 "A suicide bomber blew himself up at the gate of the Chinese embassy in Bishkek.",
 "Protesters beat an embassy driver as he left the building, police said.",
 "Drones struck near the British ambassador's residence in Sanaa, officials said.",
 "The consul general was abducted by gunmen on the road to the airport.",
 "Rebels ambushed a UN envoy's convoy north of Goma, killing a peacekeeper.",
 "An explosive device detonated beneath the car of a Ukrainian diplomat in Minsk.",
 "Shells landed inside the Egyptian embassy grounds in Khartoum on Sunday.",
 "Gunmen killed the honorary consul of Mexico at his home, police said.",
]
ASIDE_CONTACTS = [
 "The envoy raised the killing of aid workers in a meeting with the defence minister.",
 "Ambassadors were briefed on the air strikes at the foreign ministry on Tuesday.",
 "The two leaders spoke by phone about the bombing of the pipeline.",
 "Officials said the diplomat had been expelled over the attack on the consulate.",
 "The foreign minister flew to Ankara after the shooting at the border crossing.",
 "The embassy issued a statement denouncing the massacre of villagers.",
 "Envoys from both sides met to agree a truce after weeks of shelling.",
 "The ambassador laid a wreath for the soldiers killed in the ambush.",
]


def test_the_aside_check_of_violence_done_to_diplomats(nlp):
    right = 0
    for text in ASIDE_VIOLENCE:
        (found,) = _detect(nlp, {"": judged("DIPLO")}, text)
        right += found[0].type.label != "DIPLO"
    for text in ASIDE_CONTACTS:
        (found,) = _detect(nlp, {"": judged("DIPLO")}, text)
        right += found[0].type.label == "DIPLO"
    assert right >= 16, right


# A truce or deal the act flouts: the fake model reads each as the agreement (or, for a
# breach, an accusation), as the real one did; the act is the event.
FLOUTED_AGREEMENTS = [
    ("The army pressed ahead with airstrikes near Idlib on Sunday despite the truce.",
     "AGREEMENT", "AIR_STRIKE"),
    ("Troops shelled rebel villages in breach of the truce.", "ATTRIB", "ART_MISS_ATTACK"),
    ("Russian artillery shelled Orikhiv overnight, violating the truce.", "AGREEMENT",
     "ART_MISS_ATTACK"),
    ("Fighting resumed on Monday despite a ceasefire brokered by Turkey.", "AGREEMENT",
     "ARMED_CLASH"),
    ("Ukraine said Russia had violated the truce.", "AGREEMENT", None),
    ("The rebels said the army had violated the truce.", "ATTRIB", None),
    ("The two sides signed a ceasefire in Doha on Tuesday after weeks of talks.", "AGREEMENT",
     "AGREEMENT"),
]


@pytest.mark.parametrize(("text", "model", "label"), FLOUTED_AGREEMENTS)
def test_an_agreement_the_act_flouts_gives_the_act(nlp, text, model, label):
    (found,) = _detect(nlp, {"": judged(model)}, text)
    assert [m.type.label for m in found][:1] == ([label] if label else [])


# A blockade with no violence of the crowd's own: the fake model reads each as a violent
# demonstration, as the real one did; a crowd that burns, throws or storms stays violent.
BLOCKADES = [
    ("Hundreds of supporters set up barricades of rocks and branches across the road at dawn, "
     "demanding a recount.", "PEACE_PROTEST"),
    ("Police fired tear gas on Friday to clear opposition supporters who had blocked main "
     "roads in the capital.", "PROTEST_WITH_INTER"),
    ("Farmers blocked the motorway with tractors on Tuesday.", "PEACE_PROTEST"),
    ("Protesters blocked the highway with burning tyres on Monday.", "VIOL_DEMONSTR"),
    ("Youths erected barricades and threw stones at police overnight.", "VIOL_DEMONSTR"),
    ("Protesters broke through police barricades and stormed the residence.", "VIOL_DEMONSTR"),
    ("Rioters looted shops in the city centre.", "VIOL_DEMONSTR"),       # no blockade
    ("Protesters blocked the highway, leaving at least one person dead, officials said.",
     "VIOL_DEMONSTR"),
    ("Protesters blocked the road to the airport and tore down the fence around the runway.",
     "VIOL_DEMONSTR"),
]


@pytest.mark.parametrize(("text", "label"), BLOCKADES + [
    ("About 20 activists entered the building, sat down in the foyer and unfurled a banner.",
     "PEACE_PROTEST"),
])
def test_a_blockade_with_no_violence_is_a_protest(nlp, text, label):
    (found,) = _detect(nlp, {"": judged("VIOL_DEMONSTR")}, text)
    assert found[0].type.label == label


@pytest.mark.parametrize(("text", "label"), [
    ("Police fired tear gas on Thursday to clear hundreds of villagers blocking a road.",
     "PROTEST_WITH_INTER"),
    ("Authorities imposed a curfew in the town on Sunday after clashes.", "CHANGE_TO_GROUP_ACT"),
    ("The government imposed a curfew and police dispersed gatherings of more than five "
     "people.", "CHANGE_TO_GROUP_ACT"),
])
def test_police_dispersing_a_crowd_is_no_change_of_activity(nlp, text, label):
    (found,) = _detect(nlp, {"": judged("CHANGE_TO_GROUP_ACT")}, text)
    assert found[0].type.label == label


# --------------------------------------------------------------------------- parse rules

# One sentence each rule reads, which the model (here: no event) missed: (text, label, the
# rule's confidence, scope).
MISSED_BY_THE_MODEL = [
    ("The Greek foreign minister later spoke with his Italian counterpart.", "DIPLO",
     contacts.CONTACT_CONFIDENCE, "extended"),
    ("More than 3,000 teachers marched through the capital on Monday to demand higher pay.",
     "PEACE_PROTEST", gatherings.GATHERING_CONFIDENCE, "core"),
    ("The Southern Front claimed responsibility for the bombing of the bridge.", "ATTRIB",
     responsibility.RESPONSIBILITY_CONFIDENCE, "extended"),
    ("The army and the rebels signed a ceasefire in the capital on Sunday.", "AGREEMENT",
     agreements.AGREEMENT_CONFIDENCE, "core"),
    ("A magnitude 6.4 earthquake struck the region on Monday, killing 14 people.",
     "NATURAL_DISASTER", disasters.DISASTER_CONFIDENCE, "extended"),
    ("Police detained three men suspected of plotting the bombing.", "ARREST",
     arrests.ARREST_CONFIDENCE, "core"),
    ("An off-duty policeman shot dead the visiting ambassador at a gallery on Monday.",
     "ATTACK", targeted.TARGETED_CONFIDENCE, "core"),
    # the rules read the blast's cause under a modal: the rule's reading of the harm stands
    ("An explosion injured 14 people at a bakery and might have been caused by a faulty boiler.",
     "MAN_MADE_DISASTER", disasters.DISASTER_CONFIDENCE, "extended"),
]


@pytest.mark.parametrize(("text", "label", "confidence", "scope"), MISSED_BY_THE_MODEL)
def test_a_parse_rules_event_the_model_missed(nlp, text, label, confidence, scope):
    (found,) = _detect(nlp, {}, text)
    assert [m.type.label for m in found] == [label]
    assert found[0].confidence == confidence and found[0].scope == scope


@pytest.mark.parametrize("text", [
    "The Chinese president met reporters after the ceremony.",
    "The Kenyan president will meet his Ugandan counterpart next week.",
    "The German chancellor met the German finance minister on Monday.",
    "Shares rallied on Monday after the central bank cut rates.",
    "Fans gathered in the square to watch the final.",
    "The union will march on parliament next week.",
    "Critics attacked the minister over the budget on Monday.",
])
def test_no_rule_reads_an_event_in_look_alikes(nlp, text):
    assert _detect(nlp, {}, text) == [()]


def test_a_surer_other_label_or_violence_at_a_meeting_stands(nlp):
    agreed = "Peru and Chile agreed to a ceasefire after talks in Lima on Monday."
    shot = ("A gunman shot dead the Danish ambassador as he met the Dutch foreign minister "
            "on Monday.")
    found = _detect(nlp, {"agreed": judged("AGREEMENT"), "gunman": judged("DIPLO", event=0.5)},
                    agreed, shot)
    assert found[0][0].type.label == "AGREEMENT"
    assert found[1][0].type.event_type == "Violence against civilians"


@pytest.mark.parametrize(("text", "model_label", "expected"), [
    # an armed group's own word of its act is its claim; a state's force's word tells the act
    ("Al-Shabaab said in a statement that its fighters had attacked the army base.",
     "ARMED_CLASH", "ATTRIB"),
    ("The army said its troops attacked a rebel base near the town on Monday.",
     "ARMED_CLASH", "ARMED_CLASH"),
    # an assault on the forces is a battle however the model typed its violence, unless the
    # group itself tells it (its claim)
    ("Militants attacked an army post near the border on Sunday, killing three soldiers.",
     "ATTACK", "ARMED_CLASH"),
    ("The militants said they attacked an army post near the border on Sunday.",
     "ATTACK", "ATTRIB"),
    # an accident of a stated kind is a disaster however sure the model is of a bomb
    ("A methane explosion in a coal mine killed six miners on Tuesday.",
     "REM_EXPLOS", "MAN_MADE_DISASTER"),
    ("A bomb explosion at a market killed six people on Tuesday.", "REM_EXPLOS", "REM_EXPLOS"),
    # a named device that went off is the explosion however sure the model is of an accident
    ("A bomb killed five people at a bus station on Tuesday.", "MAN_MADE_DISASTER",
     "REM_EXPLOS"),
    ("Twelve worshippers died when a suicide bomber blew himself up at a mosque.",
     "NATURAL_DISASTER", "SUIC_BOMB"),
    ("A gas explosion at a bus station killed five people on Tuesday.", "MAN_MADE_DISASTER",
     "MAN_MADE_DISASTER"),
])
def test_a_parse_rules_reading_that_outranks_the_model(nlp, text, model_label, expected):
    first_word = text.split()[0]
    (found,) = _detect(nlp, {first_word: judged(model_label)}, text)
    assert [m.type.label for m in found] == [expected]


def test_a_blast_the_model_is_unsure_of_is_as_sure_as_the_device_rule(nlp):
    text = "A car bomb exploded outside the governor's office on Sunday, wounding 11 people."
    (found,) = _detect(nlp, {"": judged("REM_EXPLOS", event=0.5)}, text)
    assert found[0].type.label == "REM_EXPLOS" and found[0].confidence >= 0.8
    (found,) = _detect(nlp, {"": judged("ATTACK", event=0.5)}, text)
    assert [m.type.label for m in found] == ["ATTACK"]  # other violence is left to the model
    assert found[0].confidence < 0.8


def test_an_arrest_before_a_protest_still_to_come_is_the_arrest(nlp):
    planned = ("Police arrested the opposition leader at his home on Wednesday, hours before "
               "he was due to address a rally.")
    held = "Police arrested 20 people at a rally in the capital on Sunday."
    found = _detect(nlp, {"opposition": judged("PROTEST_WITH_INTER"),
                          "20 people": judged("PROTEST_WITH_INTER")}, planned, held)
    assert found[0][0].type.label == "ARREST"
    assert found[1][0].type.label == "PROTEST_WITH_INTER"


def test_a_device_that_failed_to_go_off_gives_no_explosion_in_a_clause(nlp):
    text = ("A roadside bomb planted by the road failed to go off on Thursday as a convoy "
            "drove past, and troops later shelled the village on Friday.")
    (found,) = _detect(nlp, {"": judged("REM_EXPLOS")}, text)
    labels = [m.type.label for m in found]
    assert labels[0] == "DISR_WEAP" and "REM_EXPLOS" not in labels


def test_weapons_fired_in_an_exercise_or_a_test_are_no_event(nlp):
    drill = "Troops fired artillery rounds at a firing range during a NATO exercise on Tuesday."
    war = "Troops fired artillery rounds at rebel positions near the town on Tuesday."
    found = _detect(nlp, {"firing range": judged("ART_MISS_ATTACK"),
                          "rebel": judged("ART_MISS_ATTACK")}, drill, war)
    assert found[0] == () and found[1][0].type.label == "ART_MISS_ATTACK"


def test_a_gathering_keeps_the_models_protest_label_or_a_surer_other_one(nlp):
    forced = ("Hundreds of students rallied outside parliament on Tuesday to demand the "
              "minister's resignation.")
    arrested = "Dozens of protesters marched to the ministry on Friday against the new tax."
    found = _detect(nlp, {"students": judged("PROTEST_WITH_INTER", event=0.4),
                          "Dozens": judged("ARREST")}, forced, arrested)
    assert found[0][0].type.label == "PROTEST_WITH_INTER" and found[0][0].confidence >= 0.8
    assert found[1][0].type.label == "ARREST"


def test_a_claim_the_model_is_surer_is_an_act_stays_the_act(nlp):
    text = "The rebels claimed the attack, in which gunmen killed nine soldiers at a checkpoint."
    (found,) = _detect(nlp, {"": judged("ARMED_CLASH")}, text)
    assert found[0].type.label == "ARMED_CLASH"


def test_a_rules_event_of_another_kind_stands_beside_the_main_one(nlp):
    text = ("The ceasefire brokered by the mediators collapsed on Monday as rebels shelled "
            "the town.")
    (found,) = _detect(nlp, {"": judged("ART_MISS_ATTACK")}, text)
    assert [m.type.label for m in found] == ["ART_MISS_ATTACK", "AGREEMENT"]
    assert found[1].confidence == agreements.AGREEMENT_CONFIDENCE and found[1].scope == "core"
    (same,) = _detect(nlp, {"": judged("PEACE_PROTEST")}, "Thousands of farmers marched "
                      "through the capital on Monday to demand lower fuel prices.")
    assert [m.type.label for m in same] == ["PEACE_PROTEST"]


@pytest.mark.parametrize("text, model, label", [
    # contraband seized is organised crime, not territory taken
    ("Police seized 200 kg of heroin from a container at the port, officials said.",
     "GOV_REGAINS_TERIT", "ORG_CRIME"),
    ("More than 2 tonnes of cocaine hidden in banana boxes were seized at the port.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "ORG_CRIME"),
    ("Customs officers seized a shipment of smuggled cigarettes at the border crossing.",
     "GOV_REGAINS_TERIT", "ORG_CRIME"),
    ("Troops seized the town of Kidal from the rebels on Tuesday.", "GOV_REGAINS_TERIT",
     "GOV_REGAINS_TERIT"),
    ("Gang members seized control of the town after police retreated.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # people arrested while protesting are the protest met with intervention
    ("Police arrested 12 climate activists who had glued themselves to the road.", "ARREST",
     "PROTEST_WITH_INTER"),
    ("Riot police detained dozens of students who were marching against the fee rise.",
     "ARREST", "PROTEST_WITH_INTER"),
    # armed people, or a march or occupation told with no word of protest (H-review8)
    ("Soldiers arrested five militants who had occupied a school in the village.", "ARREST",
     "ARREST"),
    ("Authorities arrested 12 soldiers who had marched on the presidential palace in a failed "
     "coup.", "ARREST", "ARREST"),
    ("Police arrested a man who marched into a bank armed with a knife.", "ARREST", "ARREST"),
    ("Police arrested 30 people picketing the factory gate.", "ARREST", "PROTEST_WITH_INTER"),
    ("Police detained 40 protesters outside the parliament building.", "ARREST",
     "PROTEST_WITH_INTER"),
    ("Police arrested two protest organisers at their homes two days later.", "ARREST",
     "ARREST"),
    ("Police arrested three men suspected of planting the bomb.", "ARREST", "ARREST"),
])
def test_goods_seized_and_protesters_arrested(nlp, text, model, label):
    (found,) = _detect(nlp, {"": judged(model)}, text)
    assert found[0].type.label == label         # the sentence's main event


@pytest.mark.parametrize("text", [
    "Police arrested 61 people in the square on Saturday as they held up signs supporting the "
    "group banned as a terrorist organisation.",
    "Officers detained twelve women holding placards backing the banned militant group "
    "outside the embassy on Monday.",
])
def test_arrests_at_a_protest_are_its_intervention_and_no_arrest_beside_it(nlp, text):
    """People arrested as they held up signs: the model's arrest is the protest met with
    intervention (arrests._holding_signs), and an arrest read beside it is that same act
    (detect._ONE_ACT_PAIRS), not a second event."""
    (found,) = _detect(nlp, {"arrested": judged("ARREST"), "detained": judged("ARREST")}, text)
    assert [m.type.label for m in found] == ["PROTEST_WITH_INTER"]


def test_a_rule_reading_another_act_gives_no_trigger(nlp):
    # The checkpoint is where the driver drove, not the shooting's word: the main verb is.
    text = ("A woman was shot dead by police in Denver on Tuesday after she drove her car at "
            "officers at a checkpoint.")
    ((m,),) = _detect(nlp, {"shot dead": judged("ATTACK")}, text)
    assert m.type.label == "ATTACK" and m.trigger == "shot"


@pytest.mark.parametrize("text, trigger", [
    ("Fighters of the militia took control of the port on Thursday after federal troops "
     "pulled out overnight.", "took control"),
    ("Rebel fighters seized the district headquarters on Monday after the army withdrew.",
     "seized"),
])
def test_a_rule_reading_the_same_act_under_another_label_gives_the_trigger(nlp, text, trigger):
    (ms,) = _detect(nlp, {"": judged("NON_VIOL_TERRIT_TRANSFER")}, text)
    assert [(m.type.label, m.trigger) for m in ms] == [("NON_VIOL_TERRIT_TRANSFER", trigger)]


def test_the_main_events_own_word_read_by_a_rule_is_no_second_event(nlp):
    text = "Police arrested 61 people in the square on Saturday as they held up signs."
    table = {"as they held": judged("PROTEST_WITH_INTER"), "arrested": judged("ARREST")}
    (ms,) = _detect(nlp, table, text)
    assert [(m.type.label, m.trigger) for m in ms] == [("PROTEST_WITH_INTER", "arrested")]


def test_the_main_clause_is_the_news_where_the_model_reads_what_came_before(nlp):
    # the model reads the bombing told as what the strikes came after; the strikes are the news
    text = ("Jets struck the rebel-held town of Gao on Sunday, a day after the group said one "
            "of its fighters had blown himself up at a market in Niamey, killing 12 people.")
    (found,) = _detect(nlp, {"Jets struck": judged("SUIC_BOMB")}, text)
    main = found[0]
    assert main.type.label == "AIR_STRIKE" and main.trigger == "Jets"
    # where the model reads the main clause's own act, nothing changes
    (found,) = _detect(nlp, {"Jets struck": judged("AIR_STRIKE")}, text)
    assert found[0].type.label == "AIR_STRIKE"


def test_a_crowds_march_after_its_protest_turned_violent_stays_the_riot(nlp):
    text = ("He was among a crowd of several hundred that marched through the old town, after "
            "a protest in the centre turned violent.")
    (found,) = _detect(nlp, {"crowd of several hundred": judged("VIOL_DEMONSTR")}, text)
    assert found and found[0].type.label == "VIOL_DEMONSTR"


def test_arrests_after_a_sit_in_stay_the_protest_the_model_reads(nlp):
    text = ("Police arrested eight people on Friday after demonstrators sat down in the driveway "
            "of the detention centre and refused to move.")
    (found,) = _detect(nlp, {"Police arrested eight": judged("PROTEST_WITH_INTER")}, text)
    assert found and found[0].type.label == "PROTEST_WITH_INTER"


@pytest.mark.parametrize("text, label", [
    ("The raid followed the rebels' claim that they had shot down a transport plane, and "
     "deadly car bombings in Goma and Bunia.", "REM_EXPLOS"),
    ("The rebels had earlier said they were behind the sinking of a ferry and the suicide "
     "bombings in Goma.", "SUIC_BOMB"),
])
def test_an_act_a_claim_vouches_for_is_as_sure_as_the_claim(nlp, text, label):
    """The claim's second act, which no rule of its clause reads, is an event of its own words'
    label, as sure as the claim whatever the model makes of the sentence."""
    (found,) = _detect(nlp, {"": judged("ARMED_CLASH", event=0.3)}, text)
    acts = [m for m in found if m.type.label == label]
    assert acts and acts[0].confidence == responsibility.RESPONSIBILITY_CONFIDENCE
    assert acts[0].trigger in text and "bombings" in acts[0].trigger


def test_a_denied_claim_vouches_for_no_act(nlp):
    text = ("The rebels denied that they were behind the suicide bombings in Goma and Bunia "
            "on Monday.")
    (found,) = _detect(nlp, {"": judged("ARMED_CLASH", event=0.3)}, text)
    assert not any(m.type.label == "SUIC_BOMB" and m.confidence >= KEEP_CONFIDENCE
                   for m in found)


def test_a_campaign_launched_is_read_beside_the_ground_taken(nlp):
    """The launch is an event beside the capture the model reads, however unsure the model is
    of that, and the capture is not told by the campaign's word (events.offensives)."""
    text = ("Government-backed militias, who launched an offensive to retake Kidal in March, "
            "have captured several villages south of the city.")
    (found,) = _detect(nlp, {"": judged("NON_STATE_ACTOR_OVERTAKES_TER", event=0.75)}, text)
    assert {m.type.label: m.trigger for m in found} == {
        "NON_STATE_ACTOR_OVERTAKES_TER": "captured", "CHANGE_TO_GROUP_ACT": "offensive"}
    launch = next(m for m in found if m.type.label == "CHANGE_TO_GROUP_ACT")
    assert launch.confidence == pytest.approx(0.75)


def test_a_campaign_launched_alone_is_the_sentences_event(nlp):
    text = "The alliance announced an offensive to recapture Kidal in early March."
    (found,) = _detect(nlp, {"": judged("ARMED_CLASH", event=0.3)}, text)
    assert [(m.type.label, m.trigger) for m in found] == [("CHANGE_TO_GROUP_ACT", "offensive")]


_LEAD = ("An explosives-laden car blew up outside a police station in Guayaquil on Wednesday, "
         "a day after gunmen killed two policemen and two days after 15 inmates died in a "
         "riot at the city's largest prison.")


def test_a_main_clause_no_rule_reads_is_judged_alone_when_the_model_reads_a_later_happening(
        nlp):
    # the model, reading the whole sentence, types it by the riot told after it
    table = {"riot": judged("VIOL_DEMONSTR"), "blew up": judged("REM_EXPLOS")}
    ((main, *_),) = _detect(nlp, table, _LEAD)
    assert main.type.label == "REM_EXPLOS" and main.trigger == "blew"
    # the happening told after it is an event of its own, at its own time
    radio = ("the army has flown two hundred more soldiers into the highland town of sugapa "
             "today, a day after separatist fighters killed two soldiers in a raid on a post "
             "there.")
    flown = {"raid": judged("ARMED_CLASH"), "flown": judged("CHANGE_TO_GROUP_ACT")}
    ((main, further),) = _detect(nlp, flown, radio)
    assert (main.type.label, further.type.label) == ("CHANGE_TO_GROUP_ACT", "ARMED_CLASH")
    assert main.trigger == "flown" and further.trigger == "killed"
    # a main clause the model reads as no event leaves the sentence's judgement
    quiet = _LEAD.replace("An explosives-laden car blew up outside a police station",
                          "Schools stayed closed across the city")
    ((main, *_),) = _detect(nlp, table, quiet)
    assert main.type.label == "VIOL_DEMONSTR"


def test_a_main_clause_a_rule_reads_is_not_judged_again(nlp):
    text = _LEAD.replace("An explosives-laden car blew up", "A car bomb exploded")
    table = {"riot": judged("VIOL_DEMONSTR"), "exploded": judged("SUIC_BOMB")}
    enc = FakeEncoder()
    cand = Candidate(nlp(text), Sentence(text, 0, len(text)), SentenceInContext(text))
    detector = Detector(FakeModel(enc, table), enc)
    rules = detector.rule_mentions(cand.parsed, cand.sentence)
    ((main, *_),) = detector.detect([cand])
    # the sentence and each rule's clause, no main clause of its own
    assert len(enc.texts) == 1 + len(rules) and main.type.label == "VIOL_DEMONSTR"


def test_a_main_clause_after_a_leading_time_clause_is_judged_alone(nlp):
    text = ("A day after the ceasefire took effect, rebels shelled the outskirts of the town, "
            "killing four people.")
    table = {"ceasefire": judged("AGREEMENT"), "shelled": judged("ART_MISS_ATTACK")}
    ((main, *_),) = _detect(nlp, table, text)
    assert main.type.label == "ART_MISS_ATTACK"

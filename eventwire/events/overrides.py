"""Where the rules are precise, their label stands over the model's (the detector's step 4 in
the README's "How events are found"): an arrest at a protest the police dispersed is the
protest, a device that never exploded is disrupted weapons use, and violence done to
diplomats is the violence, not diplomacy. Each takes the model's :class:`.model.Judgement` and
gives it back, relabelled or not.

Where a rule that reads the parse is precise, its event is also at least as sure as the rule
(:func:`parse_readings`, :func:`over_model`): the judgement with its calibrated confidences
(a :class:`.model.Sure`) is left as it is where the model is surer of another label."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon import event_cues
from ..nlp import text_of
from ..records import EventMention
from ..taxonomy import CROWD_TYPES, event_type
from .agreements import AGREEMENT_CONFIDENCE, conflict_agreement, may_agree
from .airstrikes import AIRSTRIKE_CONFIDENCE, air_strike, may_strike
from .arrests import (
    ARREST_CONFIDENCE,
    arrested_away,
    arrested_protesters,
    arrests_in_unrest,
    conflict_arrest,
    may_arrest,
    may_arrest_in_unrest,
    may_arrest_politically,
    political_arrest,
    preempted_protest,
)
from .battles import (
    CLASH_CONFIDENCE, REPLACES, armed_fighting, assault_on_forces, may_assault, may_fight)
from .captives import HIJACK_CONFIDENCE, craft_hijacked, may_hijack
from .naval import NAVAL_CONFIDENCE, may_fight_at_sea, naval_clash, pirate_attack
from .captives import LABEL as TAKEN_PEOPLE
from .classify import DEVICE_LABELS, disperses_crowd, tells_failed_blast
from .contacts import CONTACT_CONFIDENCE, diplomatic_contact, may_contact, may_sign, state_signing
from .crowdless import marched_away
from .crowds import CROWD_CONFIDENCE, MOB, may_protest, may_riot, protest_kind, riot
from .devices import (
    BLAST_CONFIDENCE, DEVICE_CONFIDENCE, device_blast, disrupted_device, may_disrupt)
from .disasters import DISASTER_CONFIDENCE, MAN_MADE, NATURAL, disaster, may_disaster
from .expulsions import EXPULSION_CONFIDENCE, diplomats_expelled, may_expel
from .gatherings import GATHERING_CONFIDENCE, crowd_gathering, may_gather, told_before
from .ground import is_ground, own_words
from .model import Sure
from .movement_bans import LABEL as BAN
from .movement_bans import MOVEMENT_BAN_CONFIDENCE, may_ban, movement_ban
from .force import mourned_only
from .property import LABEL as DESTRUCTION
from .property import PROPERTY_CONFIDENCE, destroyed_property, harm_told, may_destroy
from .rammings import RAMMING_CONFIDENCE, may_ram, ramming
from .relocations import RELOCATION_CONFIDENCE, armed_men_moved, may_move
from .membership import may_name_group, perpetrator_membership
from .offensives import OFFENSIVE_CONFIDENCE, may_launch, offensive_launched
from .planning import PLANNING_CONFIDENCE, attack_planned, may_plan
from .projectiles import PROJECTILE_CONFIDENCE, may_hit, striking_verb
from .responsibility import (
    RESPONSIBILITY_CONFIDENCE,
    claim_verb,
    group_claim,
    lays_claim,
    may_claim,
    may_group_claim,
    reported,
)
from .targeted import TARGETED_CONFIDENCE, may_target, targeted_attack
from .violent_acts import VIOLENT_TYPES, main_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .model import Judgement

Realis = Callable[["Token"], bool]

# Labels the rules read precisely where police disperse a crowd: a protest met with force. On
# the corpus, of the sentences labelled a real event that tell an arrest, a crowd and crowd
# control (tear gas, rubber bullets, water cannon, batons, "dispersed"), 39 of 39 are protests
# with intervention and none an arrest (ACLED codes arrests at a protest as the protest); the
# model, reading "arrested", says ARREST on some. So where the rules read one of these and
# the model says ARREST, the rules' label is kept.
DISPERSED_PROTEST = frozenset({"PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"})
_EXPLOSIONS = "Explosions/Remote violence"
_STRATEGIC = "Strategic developments"
# Territory taken, which ACLED counts among battles: never a strike from the air alone.
_TAKEN = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"})
# The model's labels a protest's kind read from the parse replaces: a crowd's, and the arrest
# of protesters (ACLED codes the protest); and, for force against a protest the parse reads
# (:mod:`.force`: "troops fired live rounds at marchers"), the attack or battle the model reads
# in the shooting (ACLED codes it the protest's).
_CROWD_REPLACES = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR", "MOB_VIOL",
                             "ARREST"})
_FORCE_REPLACES = _CROWD_REPLACES | frozenset({"ATTACK", "ARMED_CLASH"})
# The model's labels a riot read from the parse replaces: a crowd's violence typed by what it
# burned or whom it hit.
_RIOT_REPLACES = frozenset({"PROPERTY_DISTRUCT", "ORG_CRIME", "ATTACK", "ARMED_CLASH", "OTHER"})
def protest_over_arrest(j: Judgement, rules: Sequence[EventMention], text: str) -> Judgement:
    """The judgement, with the rules' protest label where the model says ARREST of a crowd
    the police dispersed (see :data:`DISPERSED_PROTEST`)."""
    if j.label != "ARREST":
        return j
    protest = next((m.type.label for m in rules if m.type.label in DISPERSED_PROTEST), None)
    if protest is None or not disperses_crowd(text):
        return j
    return replace(j, label=protest)


def arrest_over_planned_protest(j: Judgement, parsed: Doc, realis: Realis) -> Judgement:
    """The judgement, as an arrest where the model reads a crowd's label in a sentence whose
    protest was still to come when people were arrested (:func:`.arrests.preempted_protest`:
    "police arrested the opposition leader hours before he was due to address a rally"), or
    that tells people arrested away from the crowd or after it (:func:`.arrests.arrested_away`:
    "detained the opposition leader at his home, a day after he addressed a rally")."""
    if j.label not in _CROWD_REPLACES or j.label == "ARREST":
        return j
    elsewhere = preempted_protest(parsed, realis) or arrested_away(parsed, realis)
    return replace(j, label="ARREST") if elsewhere else j


# Organised crime's violence is one act with the attack or battle a parse rule reads in it
# ("suspected cartel gunmen shot dead the mayor": the model's ORG_CRIME, a targeted killing).
_CRIME_KINDS = frozenset({"Violence against civilians", "Battles"})


def act_kind(label: str) -> str | None:
    """A label's ACLED event type, organised crime counted as violence (one act, one event)."""
    kind = event_type(label).event_type
    return "Violence against civilians" if label == "ORG_CRIME" or kind in _CRIME_KINDS else kind


# A reading beside the main event that is the same act under another label: arrests at a
# protest are its intervention ("police arrested 61 people as they held up signs").
ONE_ACT_PAIRS = frozenset({("ARREST", "PROTEST_WITH_INTER")})


def one_act(a: str, b: str) -> bool:
    """Labels one act of a sentence may be given: of one ACLED event type, both a crowd's
    ("students marched to the council, and some of them threw stones": one demonstration,
    turned violent), or both of territory changing hands ("rebels seized the port after the
    garrison withdrew": taken, or handed over)."""
    return act_kind(a) == act_kind(b) or (event_type(a).event_type in CROWD_TYPES
                                          and event_type(b).event_type in CROWD_TYPES) or (
        a in TERRITORY_LABELS and b in TERRITORY_LABELS)


def intervention_over_arrest(j: Judgement, parsed: Doc, realis: Realis) -> Judgement:
    """The judgement, as the protest met with intervention where the model reads an arrest of
    people protesting (:func:`.arrests.arrested_protesters`: "police arrested 12 activists who
    had glued themselves to the road"): ACLED codes the protest. On the corpus (`python
    benchmarks/parse_rules.py protesters_arrested`): 37 firings, 35 labelled a protest's (33
    PROTEST_WITH_INTER), 2 ARREST."""
    if j.label != "ARREST" or not arrested_protesters(parsed, realis):
        return j
    return replace(j, label="PROTEST_WITH_INTER")


def mourning_over_force(j: Judgement, parsed: Doc) -> Judgement:
    """The judgement, as a peaceful protest where the model reads force against one in a
    sentence whose only harm is of those the crowd gathers for (:func:`.force.mourned_only`:
    "hundreds held a vigil for the shoppers shot dead at the market"): no force was used on
    the crowd."""
    if j.label != "FORCE_AGAINST_PROTEST" or not mourned_only(parsed):
        return j
    return replace(j, label="PEACE_PROTEST")


def goods_over_ground(j: Judgement, parsed: Doc) -> Judgement:
    """The judgement, as organised crime where the model reads territory taken in a sentence
    whose only things taken are contraband ("police seized 200 kg of heroin at the port", "2
    tonnes of cocaine were seized"): goods, not ground; the words are the cue lexicon's of
    organised crime (drugs, trafficking, smuggling), in the taken thing's own words (its noun,
    modifiers and "of" complement: not "a town known as a hub for drug trafficking"). Not when
    any thing taken is a place ("recaptured the town and seized weapons and cocaine")."""
    if j.label not in TERRITORY_LABELS:
        return j
    taken = [t for t in parsed if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB"]
    taken += [c for t in taken for c in t.children if c.dep_ == "conj"]
    if not taken or any(is_ground(t) for t in taken):
        return j
    return replace(j, label="ORG_CRIME") if any(_contraband(t) for t in taken) else j


# The labels of territory changing hands.
TERRITORY_LABELS = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
                              "NON_VIOL_TERRIT_TRANSFER"})
def _contraband(obj: Token) -> bool:
    """The taken thing's own words name goods of organised crime (a word of the lexicon's
    ORG_CRIME rows of weight 5 or more: "heroin", "cocaine", "smuggled")."""
    text = " ".join(t.text for t in own_words(obj))
    return any(rx.search(text) for rx in _crime_goods())


@cache
def _crime_goods() -> tuple[re.Pattern[str], ...]:
    return tuple(c.pattern for c in event_cues() if c.name == "ORG_CRIME" and c.weight >= 5)


def failed_blast_over_explosion(j: Judgement, text: str) -> Judgement:
    """The judgement, as disrupted weapons use where the model reads an explosion in a
    sentence telling a device that never exploded (:func:`.classify.tells_failed_blast`).
    The model has few such sentences to learn from (12 in the corpus) and reads "bomb" as a
    blast; a probe of our own failed-device sentences came out REM_EXPLOS on 4 of 5."""
    if j.label not in DEVICE_LABELS or not tells_failed_blast(text):
        return j
    return replace(j, label="DISR_WEAP")


# A blockade's words (not violence by themselves: a road blocked with rocks and branches), and
# the words of a crowd's violence that make a blockade part of a riot (burning tyres, stones
# thrown: the corpus codes those VIOL_DEMONSTR).
_BLOCKADE = re.compile(
    r"\b(?:barricad\w*|blockad\w*|block(?:ed|ing|s)?|sat\s+down|sit-ins?|occup(?:ied|ying|ation)|"
    r"chained\s+themselves|glued\s+themselves)\b", re.IGNORECASE)
# A crowd told as peaceful ("a counter-protest gathered peacefully").
_PEACEFUL = re.compile(r"\b(?:peaceful(?:ly)?|non-?violent(?:ly)?)\b", re.IGNORECASE)
_CROWD_VIOLENCE = re.compile(
    r"\b(?:thr(?:ew|own|ow|owing|ows)|hurl\w*|pelt\w*|ston(?:ed|ing|es)|molotov\w*|petrol\s+"
    r"bombs?|fire\s*bombs?|clash\w*|attack\w*|injur\w*|wound\w*|smash\w*|vandal\w*|loot\w*|"
    r"burn\w*|torch\w*|set\s+(?:on\s+)?fire|set\s+alight|ablaze|on\s+fire|damag\w*|riot(?:s|ed|"
    r"ing|ers)?(?!\s+(?:police|gear|squads?|control|units?))|violen\w*|beat\w*|fought|fight\w*|"
    r"fireworks|firecrackers|storm(?:ed|ing)|br(?:oke|eaking)\s+through|forced\s+their\s+way|"
    r"assault\w*|overturn\w*|hostages?|hospitali[sz]ed|shot|dead|died|kill\w*|seiz\w*|"
    r"kidnap\w*|abduct\w*|tore|torn|dragg\w*|wreck\w*|derail\w*|ransack\w*|destroy\w*|"
    r"turned|descended|erupted|until|joined\s+by|mask(?:s|ed)|"   # peaceful until it was not
    r"fired\s+(?:\w+\s+){0,2}(?:rifles|guns|shots|weapons|arrows))\b",
    re.IGNORECASE)


# A restriction on a group's activity, which is the news where it is named.
_RESTRICTION = re.compile(r"\b(?:curfews?|bans?|banned|lockdowns?|restrictions?|state\s+of\s+"
                          r"emergency)\b", re.IGNORECASE)


def dispersal_over_change(j: Judgement, text: str) -> Judgement:
    """The judgement, as a protest met with intervention where the model reads a change to a
    group's activity in a sentence telling police dispersing a crowd ("officers used tear gas
    to clear hundreds of villagers blocking a road": a curfew or a ban is no tear gas)."""
    if j.label != "CHANGE_TO_GROUP_ACT" or not disperses_crowd(text) or _RESTRICTION.search(text):
        return j
    return replace(j, label="PROTEST_WITH_INTER")


def blockade_over_riot(j: Judgement, text: str) -> Judgement:
    """The judgement, as a protest (met with intervention where police disperse the crowd)
    where the model reads a violent demonstration in a sentence whose only violence is a
    blockade or a sit-in ("supporters set up barricades of rocks and branches across the road,
    demanding ...", "activists sat down in the foyer": ACLED's violent demonstrations damage,
    burn or hurt)."""
    if (j.label != "VIOL_DEMONSTR" or not (_BLOCKADE.search(text) or _PEACEFUL.search(text))
            or _CROWD_VIOLENCE.search(text)):
        return j
    return replace(j, label="PROTEST_WITH_INTER" if disperses_crowd(text) else "PEACE_PROTEST")


@dataclass(frozen=True, slots=True)
class Reading:
    """An event a parse rule reads in a sentence: its label, how sure the rule is, and
    whether it outranks whatever the model reads (the sentence tells this event, not the act
    the model sees in it)."""

    label: str
    confidence: float
    outranks: bool = False
    at: int | None = None       # the offset in the sentence of the word that tells it, if known
    beside: bool = False        # a second event beside the model's: never changes its label


def parse_readings(parsed: Doc, model_label: str, rules: Sequence[EventMention],
                   realis: Realis, *, contacts: bool = True, context: str = "") -> list[Reading]:
    """The events the parse rules read in the sentence: a diplomatic contact
    (:mod:`.contacts`; not where ``contacts`` is False, violence done at a meeting) or
    diplomats expelled, summoned or recalled (:mod:`.expulsions`), a public
    gathering with a demand (:mod:`.gatherings`: the model's protest or riot label when it
    gives one, as the rule does not tell a peaceful protest from one met with force; else the
    rules'; else a peaceful protest), the authorities stepping in on a protest or protesters
    turning violent (:mod:`.crowds`, outranking the model's crowd or arrest label), a claim of
    responsibility (:mod:`.responsibility`; an armed group's own word that it did an act
    outranks the act the model reads), a ceasefire or peace deal made (:mod:`.agreements`), a
    disaster (:mod:`.disasters`) or, where the model reads one, a named device that went off
    (:func:`.devices.device_blast`; outranking a disaster, or beside the model's explosion
    label), an arrest in a conflict or of people in public life
    (:mod:`.arrests`), a person in public life killed or wounded (:mod:`.targeted`), a strike
    from the air (:mod:`.airstrikes`), an explosive device found or defused before it went off
    (:mod:`.devices`, outranking the model's explosion), an armed group's assault on the
    state's forces (:mod:`.battles`, outranking the model's label when that types the
    violence by its weapon or victim), and fighting between armed sides
    (:func:`.battles.armed_fighting`, outranking a crowd's label too), people aboard a
    craft taken (:mod:`.captives`) or, else, a navy fighting pirates or pirates attacking a
    crewed ship (:mod:`.naval`; all three outranking the model), armed men moving in among
    civilians (:mod:`.relocations`, outranking the model) and a campaign for ground launched
    (:mod:`.offensives`). ``context`` is the
    words around the sentence (its title, the sentence before) that may say what a bare
    "device" is."""
    out = []
    realis = _remembered(realis)            # the readings ask of the same verbs
    words = frozenset(t.lower_ for t in parsed)
    if contacts and may_contact(words) and diplomatic_contact(parsed, realis):
        out.append(Reading("DIPLO", CONTACT_CONFIDENCE))
    elif contacts and may_expel(words) and diplomats_expelled(parsed, realis):
        out.append(Reading("DIPLO", EXPULSION_CONFIDENCE))
    kind = protest_kind(parsed, realis) if may_protest(words) else None
    rammed = may_ram(words) and ramming(parsed, realis)
    if (may_gather(parsed, words) and crowd_gathering(parsed, realis)
            and not marched_away(parsed)):        # captives marched off are no crowd
        # one crowd, one kind: no second event beside it; a car driven into it is no force
        # used on it
        label = kind or ("PEACE_PROTEST" if rammed else model_label)
        if label == MOB and not (may_riot(words) and riot(parsed, realis)) \
                and not harm_told(parsed):
            label = "PEACE_PROTEST"         # a crowd with a demand and no violence told
        # the force, riot or arrests the model read are of the protest it came after
        # ("rallied again, days after a riot in which ..."): it outranks the model's label
        earlier = kind is None and label != "PEACE_PROTEST" and told_before(
            parsed, [m.trigger_span[0] - m.sentence.start for m in rules
                     if m.type.label != "PEACE_PROTEST"])
        label = "PEACE_PROTEST" if earlier else label
        if event_type(label).event_type not in CROWD_TYPES:
            label = next((m.type.label for m in rules if m.type.event_type in CROWD_TYPES),
                         "PEACE_PROTEST")
        out.append(Reading(label, GATHERING_CONFIDENCE, outranks=earlier))
    if kind is not None:
        replaces = _FORCE_REPLACES if kind == "FORCE_AGAINST_PROTEST" else _CROWD_REPLACES
        out.append(Reading(kind, CROWD_CONFIDENCE, outranks=model_label in replaces))
    elif ((event_type(model_label).event_type not in CROWD_TYPES or model_label == MOB)
          and may_riot(words) and riot(parsed, realis)):
        # a crowd's or a mob's violence is a riot's, whatever its fire or victim tells
        out.append(Reading(MOB, CROWD_CONFIDENCE, outranks=model_label in _RIOT_REPLACES))
    elif may_destroy(words) and destroyed_property(parsed, realis):
        # no one hurt: the building is the news, whatever attack, riot or protest the
        # model reads in "demolished", "smashed" or "the party's office"
        out.append(Reading(DESTRUCTION, PROPERTY_CONFIDENCE, outranks=model_label != "ARREST"))
    claimed = group_claim(parsed, realis, context) if may_group_claim(words) else None
    if claimed is not None:        # read around the act the group says it did
        out.append(Reading("ATTRIB", RESPONSIBILITY_CONFIDENCE, outranks=True, at=claimed.idx))
    elif may_claim(words) and (verb := claim_verb(parsed, realis, context)) is not None:
        # told by its verb ("claimed", "blamed"); one said ("police said the attack was
        # carried out by X") is read around the act reported, as the model's events are,
        # even where the saying is not the sentence's main verb ("the claim came weeks
        # after the group said it was behind bombings in X")
        act = next(iter(reported(verb)), None)
        out.append(Reading("ATTRIB", RESPONSIBILITY_CONFIDENCE,
                           at=verb.idx if lays_claim(verb) or act is None else act.idx))
    elif may_name_group(words) and perpetrator_membership(parsed, realis):
        out.append(Reading("ATTRIB", RESPONSIBILITY_CONFIDENCE))
    elif may_plan(words) and attack_planned(parsed, realis, context):
        out.append(Reading("ATTRIB", PLANNING_CONFIDENCE))
    if may_agree(words) and conflict_agreement(parsed, realis):
        out.append(Reading("AGREEMENT", AGREEMENT_CONFIDENCE))
    elif contacts and may_sign(words) and state_signing(parsed, realis):
        # a visa accord signed by two ministers is their contact, not a truce
        out.append(Reading("DIPLO", CONTACT_CONFIDENCE, outranks=model_label == "AGREEMENT"))
    if _explosion_or_accident(model_label) and (blast := device_blast(parsed, realis)):
        # A named device that went off is no accident, whatever harm words the model read;
        # beside the model's own explosion label it is as sure as the rule.
        out.append(Reading(blast, BLAST_CONFIDENCE, outranks=model_label in (MAN_MADE, NATURAL)))
    elif (model_label in _SHELLING_OR_ACCIDENT and may_hit(words)
          and (struck := striking_verb(parsed, realis)) is not None):
        # a rocket or shell that struck, whoever fired it, is a shelling (the model rates one
        # fired by nobody named low); not a missile from the air or a chemical attack. Read
        # at its verb, not at a projectile word of what it came after ("two days after a
        # rocket barrage on the base")
        out.append(Reading("ART_MISS_ATTACK", PROJECTILE_CONFIDENCE,
                           outranks=model_label in (MAN_MADE, NATURAL), at=struck.idx))
    elif may_disaster(words) and (kind := disaster(parsed, realis)) is not None:
        # An accident of a stated kind told with no attack words (the rule's reading) is
        # no bomb, whatever the model reads in "explosion" or "blast".
        out.append(Reading(kind, DISASTER_CONFIDENCE,
                           outranks=kind == MAN_MADE and violent(model_label)))
    if (may_arrest(words) and conflict_arrest(parsed, realis)) or (
            may_arrest_politically(words) and political_arrest(parsed, realis)) or (
            may_arrest_in_unrest(words) and arrests_in_unrest(parsed, realis)):
        # people arrested after a riot told beside it are the unrest's arrests, however
        # the model rates an arrest it cannot tell from a crime's
        out.append(Reading("ARREST", ARREST_CONFIDENCE))
    if may_target(words) and targeted_attack(parsed, realis):
        out.append(Reading("ATTACK", TARGETED_CONFIDENCE))
    if may_hijack(words) and craft_hijacked(parsed, realis):
        # the people aboard are taken, whatever weapons, looting or accident the model reads
        out.append(Reading(TAKEN_PEOPLE, HIJACK_CONFIDENCE, outranks=True))
    elif may_fight_at_sea(words) and (fought := naval_clash(parsed, realis)) is not None:
        # a navy fighting pirates: no accident, looting or foiled attack
        out.append(Reading("ARMED_CLASH", NAVAL_CONFIDENCE, outranks=True, at=fought.idx))
    elif may_fight_at_sea(words) and (fired := pirate_attack(parsed, realis)) is not None:
        # pirates firing on a crewed ship: an attack on its crew, whatever weapon they used
        out.append(Reading("ATTACK", NAVAL_CONFIDENCE, outranks=True, at=fired.idx))
    if may_move(words) and (moved := armed_men_moved(parsed, realis)) is not None:
        # armed men moving in among civilians: not the strikes they flee, not an attack, not
        # the ground they leave
        out.append(Reading("CHANGE_TO_GROUP_ACT", RELOCATION_CONFIDENCE, outranks=True,
                           at=moved.idx))
    if may_launch(words) and (launch := offensive_launched(parsed, realis)) is not None:
        # beside ground taken that the sentence tells ("forces, who launched an offensive to
        # retake X in March, have captured villages"), however sure the model is of that
        out.append(Reading("CHANGE_TO_GROUP_ACT", OFFENSIVE_CONFIDENCE, at=launch.idx,
                           beside=model_label in TERRITORY_LABELS))
    if may_ban(words) and (keeping := movement_ban(parsed, realis, context)) is not None:
        # people kept from leaving, no one hurt: no attack or abduction, whatever the model
        # reads in "barred residents" or "forbade women"; told by the verb of keeping. Not
        # over the act of a clause before it ("militiamen have seized villages around the
        # town, and the jihadists now forbid its residents to leave": the seizure)
        second = keeping.dep_ == "conj" and keeping.head.pos_ == "VERB"
        out.append(Reading(BAN, MOVEMENT_BAN_CONFIDENCE,
                           outranks=not harm_told(parsed) and not second, at=keeping.idx))
    elif rammed:
        # a car driven into protesters is the driver's attack, not force used on the protest
        out.append(Reading("ATTACK", RAMMING_CONFIDENCE, outranks=(
            event_type(model_label).event_type in CROWD_TYPES or model_label in (MAN_MADE,))))
    if may_strike(words) and air_strike(parsed, realis):
        # a strike from the air that destroyed depots is no territory taken or base set up
        # (the sentence's one act: "retook the town and destroyed depots in an air
        # operation" tells both)
        out.append(Reading("AIR_STRIKE", AIRSTRIKE_CONFIDENCE, outranks=(
            model_label in _TAKEN or event_type(model_label).event_type == _STRATEGIC)
            and not any(c.dep_ == "conj" and c.pos_ == "VERB" for v in main_verbs(parsed)
                        for c in v.children)))
    if may_disrupt(words) and disrupted_device(parsed, realis, context):
        out.append(Reading("DISR_WEAP", DEVICE_CONFIDENCE,
                           outranks=model_label in DEVICE_LABELS))
    if not claimed and may_assault(words) and assault_on_forces(parsed, realis):
        out.append(Reading("ARMED_CLASH", CLASH_CONFIDENCE, outranks=model_label in REPLACES))
    elif (not claimed and may_fight(words, text_of(parsed))
          and armed_fighting(parsed, realis)):
        # armed sides on both hands: no crowd's riot or protest either
        out.append(Reading("ARMED_CLASH", CLASH_CONFIDENCE, outranks=(
            model_label in REPLACES or event_type(model_label).event_type in CROWD_TYPES)))
    return out


# The model's labels a projectile that struck is read over (:func:`.projectiles
# .projectile_strike`): a shelling, a blast or an accident it rates low; not a strike from the
# air ("a missile hit their car": a drone's) nor a chemical attack ("rockets carrying sarin").
_SHELLING_OR_ACCIDENT = frozenset({"ART_MISS_ATTACK", "REM_EXPLOS", MAN_MADE, NATURAL})


def _remembered(realis: Realis) -> Realis:
    """``realis``, asked once per token of the sentence (the readings ask of the same verbs;
    it reads only the parse)."""
    seen: dict[int, bool] = {}

    def once(tok: Token) -> bool:
        found = seen.get(tok.i)
        if found is None:
            found = seen[tok.i] = realis(tok)
        return found
    return once


def _explosion_or_accident(label: str) -> bool:
    """The model types the act by its blast or as an accident: where a named device went off
    (:func:`.devices.device_blast`), the device's label stands or is made surer. Not other
    violence ("gunmen shot two guards, then detonated a bomb" stays the model's attack), nor a
    claim or an arrest after a bombing: the blast is told where it is the news."""
    return label in (MAN_MADE, NATURAL) or event_type(label).event_type == _EXPLOSIONS


def violent(label: str) -> bool:
    """The label is violence (a battle, an explosion, an attack) or its damage."""
    return event_type(label).event_type in VIOLENT_TYPES or label == "PROPERTY_DISTRUCT"


def over_model(judged: Sure, readings: Sequence[Reading]) -> Sure:
    """``judged`` as sure as each reading of the parse rules, in turn, unless the model (or
    an earlier reading) is as sure of another label; a reading that outranks the model sets
    the label whatever the model says; one beside it, none."""
    for r in readings:
        if r.beside:
            continue
        judged = _at_least(judged, r.label, r.confidence, outranks=r.outranks)
    return judged


def _at_least(judged: Sure, label: str, confidence: float, *, outranks: bool = False) -> Sure:
    """``judged`` as ``label`` at least ``confidence`` sure (never ordinary crime: the
    rules read diplomacy, protests, claims, agreements, disasters, arrests in a conflict,
    targeted attacks and battles), unless the model is as sure of another and the reading
    does not outrank it."""
    j = judged.judgement
    if not outranks and j.label != label and judged.confidence >= confidence:
        return judged
    return Sure(replace(j, label=label, crime=0.0), max(judged.confidence, confidence),
                max(judged.with_crime, confidence))

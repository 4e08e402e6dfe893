"""How precise each parse rule of the detector is on the training corpus, per split: what its
confidence constant is set from.

    python benchmarks/parse_rules.py RULE [--show N]

RULE is one of ``agreements`` (``eventwire/events/agreements.py``), ``airstrikes``
(``airstrikes.py``), ``arrests`` (``arrests.py``; ``political_arrests``, its
``political_arrest``), ``battles`` (``battles.py``; ``fighting``,
its ``armed_fighting``), ``contacts`` (``contacts.py``; ``signings``, its ``state_signing``), ``crowds`` (``crowds.py``; ``riots``, its ``riot``), ``devices`` (``devices.py``; ``blasts``, its
``device_blast``), ``projectiles`` (``projectiles.py``), ``unrest_arrests``
(``arrests.arrests_in_unrest``),
``disasters`` (``disasters.py``), ``gatherings`` (``gatherings.py``), ``property``
(``property.py``), ``rammings`` (``rammings.py``), ``hijackings``
(``captives.craft_hijacked``), ``naval`` (``naval.py``; ``pirate_attacks``, its
``pirate_attack``), ``movement_bans``
(``movement_bans.py``), ``responsibility``
(``responsibility.py``), ``group_claims`` (its ``group_claim``), ``membership``
(``membership.py``), ``planning`` (``planning.py``), ``offensives`` (``offensives.py``),
``relocations`` (``relocations.py``),
``targeted``
(``targeted.py``); and readings that change or veto the model's label: ``protesters_arrested``
(``arrests.arrested_protesters``), ``arrested_away`` (``arrests.arrested_away``),
``brawls`` (``brawls.brawl``: a fight of
unarmed groups the model reads as a battle is mob violence), ``mob_beatings``
(``brawls.mob_beating``: a crowd's beating the model reads as an attack is mob violence), ``fight_parts`` (``fight_parts.fight_verb``: a death, a shelling or arms seized told inside a
fight is the battle's), ``sanction_measures`` (``contacts.measures_only``: vetoes the model's DIPLO; a firing of
that label is a real contact lost), ``weather_notices`` (``nonevents.weather_notice``; it names no label: every firing should be
no event). The corpus sentences that name one of the rule's words are parsed (case
restored first, as the pipeline does), and for the training part, the aside split and the held
long-article slices it prints: how many sentences the rule fires on; how many of those report a
real event in scope (what ``confidence`` means), how many one of the rule's labels (for a rule
that names the label, the one it names), and which labels; and the share of all real sentences
of the rule's labels in the split it reads. ``--show`` lists the firings that are not real
events of its labels.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.casing import Truecaser  # noqa: E402
from eventwire.events import (  # noqa: E402
    agreements,
    airstrikes,
    arrests,
    battles,
    brawls,
    captives,
    contacts,
    crowds,
    devices,
    disasters,
    fight_parts,
    gatherings,
    membership,
    movement_bans,
    naval,
    projectiles,
    nonevents,
    offensives,
    planning,
    property,
    rammings,
    relocations,
    responsibility,
    targeted,
)
from eventwire.events.realis import realis  # noqa: E402
from eventwire.nlp import load_pipeline  # noqa: E402
from eventwire.taxonomy import LABELS  # noqa: E402
from training.corpus import HELD_SLICES, LabelledSentence, is_aside, read_corpus  # noqa: E402


@dataclass(frozen=True)
class Rule:
    fires: Callable            # (Doc, realis) -> bool, or the label read (None for none)
    confidence: float | None   # None: a reading that changes the model's label or vetoes it
    labels: frozenset[str]     # the labels a firing should be
    words: re.Pattern[str]     # only sentences naming one of these are parsed


def _labels(*event_types: str) -> frozenset[str]:
    return frozenset(label for label, info in LABELS.items() if info.event_type in event_types)


RULES = {
    "agreements": Rule(agreements.conflict_agreement, agreements.AGREEMENT_CONFIDENCE,
                       frozenset({"AGREEMENT"}), re.compile(
                           r"\b(?:cease-?fires?|truces?|armistice|deals?|agreements?|accords?|"
                           r"pacts?|treaty|swaps?|exchanges?|arrangements?)\b", re.IGNORECASE)),
    "airstrikes": Rule(airstrikes.air_strike, airstrikes.AIRSTRIKE_CONFIDENCE,
                       frozenset({"AIR_STRIKE"}), re.compile(
                           r"\b(?:jets?|warplanes?|aircraft|drones?|helicopters?|gunships?|"
                           r"bombers|f-\d+s|su-\d+s|mig-\d+s|uavs?)\b", re.IGNORECASE)),
    "arrests": Rule(arrests.conflict_arrest, arrests.ARREST_CONFIDENCE, frozenset({"ARREST"}),
                    re.compile(r"\b(?:arrest\w*|detain\w*|custody|apprehended|nabbed|rounded|"
                               r"seized)\b", re.IGNORECASE)),
    "political_arrests": Rule(arrests.political_arrest, arrests.ARREST_CONFIDENCE,
                              frozenset({"ARREST"}), re.compile(
                                  r"\b(?:arrest\w*|detain\w*|custody|apprehended|nabbed|"
                                  r"rounded|held)\b", re.IGNORECASE)),
    "battles": Rule(battles.assault_on_forces, battles.CLASH_CONFIDENCE,
                    frozenset({"ARMED_CLASH"}), re.compile(
                        r"\b(?:attacked|stormed|ambushed|raided|assaulted|overran|opened|"
                        r"fired|shot|came|come|comes|coming)\b", re.IGNORECASE)),
    "fighting": Rule(battles.armed_fighting, battles.CLASH_CONFIDENCE,
                     frozenset({"ARMED_CLASH"}), re.compile(
                         r"\b(?:clash(?:es)?|fighting|battles?|gunbattles?|firefights?|"
                         r"skirmish(?:es)?|hostilities|engag\w*|exchang\w*|trad(?:ed|ing)|"
                         r"return\w*)\b", re.IGNORECASE)),
    "contacts": Rule(contacts.diplomatic_contact, contacts.CONTACT_CONFIDENCE,
                     frozenset({"DIPLO"}), re.compile(
                         r"\b(?:meet\w*|met|spok\w*|speak\w*|talk\w*|phon\w*|telephon\w*|calls?|"
                         r"conversations?|confer\w*|discuss\w*|recei\w*|host\w*|welcom\w*)\b",
                         re.IGNORECASE)),
    "signings": Rule(contacts.state_signing, contacts.CONTACT_CONFIDENCE, frozenset({"DIPLO"}),
                     re.compile(r"\b(?:sign\w*|inked|concluded|agree[sd]?)\b", re.IGNORECASE)),
    "crowds": Rule(crowds.protest_kind, crowds.CROWD_CONFIDENCE,
                   frozenset({crowds.INTERVENED, crowds.VIOLENT}), re.compile(
                       r"\b(?:protest\w*|demonstrat\w*|march\w*|activists?|strikers|"
                       r"picket\w*|occupiers|campaigners|rall(?:y|ies)|sit-ins?|encampment|"
                       r"camp|blockades?|occupation|vigil|crowds?)\b", re.IGNORECASE)),
    "blasts": Rule(devices.device_blast, devices.BLAST_CONFIDENCE,
                   frozenset({"REM_EXPLOS", "SUIC_BOMB", "GRENADE"}), re.compile(
                       r"\b(?:bomb\w*|ieds?|explosives?|devices?|\w*mines?|grenades?|"
                       r"vests?|booby-traps?)\b", re.IGNORECASE)),
    "unrest_arrests": Rule(arrests.arrests_in_unrest, arrests.ARREST_CONFIDENCE,
                           frozenset({"ARREST"}), re.compile(
                               r"\b(?:arrest\w*|detain\w*|apprehended|nabbed|rounded)\b",
                               re.IGNORECASE)),
    "projectiles": Rule(projectiles.projectile_strike, projectiles.PROJECTILE_CONFIDENCE,
                        frozenset({"ART_MISS_ATTACK"}), re.compile(
                            r"\b(?:rockets?|missiles?|shells?|mortars?|projectiles?|grads?|"
                            r"katyushas?|rounds?)\b", re.IGNORECASE)),
    "riots": Rule(crowds.riot, crowds.CROWD_CONFIDENCE, _labels("Riots"), re.compile(
        r"\b(?:crowds?|mobs?|rioters?|looters)\b", re.IGNORECASE)),
    "devices": Rule(devices.disrupted_device, devices.DEVICE_CONFIDENCE, frozenset({"DISR_WEAP"}),
                    re.compile(r"\b(?:bombs?|devices?|ieds?|explosives?|\w*mines?|detonators?|"
                               r"grenades?|vests?|booby-traps?)\b", re.IGNORECASE)),
    "disasters": Rule(disasters.disaster, disasters.DISASTER_CONFIDENCE,
                      frozenset({disasters.NATURAL, disasters.MAN_MADE}), re.compile(
                          r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|flood\w*|storms?|"
                          r"hurricanes?|typhoons?|cyclones?|tornado\w*|twisters?|wildfires?|"
                          r"bushfires?|\w*slides?|landslips?|avalanches?|tsunamis?|eruptions?|"
                          r"volcano|rain\w*|downpours?|deluge|monsoon|blizzards?|snowstorms?|"
                          r"hailstorms?|lightning|heatwaves?|cloudburst|surge|winds|gales|"
                          r"explo\w*|blasts?|fires?|blazes?|inferno|leaks?|fireball|collaps\w*|"
                          r"caved|capsiz\w*|sank|sunk|sinking|derail\w*|crash\w*|collid\w*|"
                          r"collisions?|plunged|overturned|stampede|burst)\b", re.IGNORECASE)),
    "gatherings": Rule(gatherings.crowd_gathering, gatherings.GATHERING_CONFIDENCE,
                       _labels("Protests", "Riots"), re.compile(
                           r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march\w*|"
                           r"picket\w*|gather\w*|assembl\w*|converg\w*|congregat\w*|massed|"
                           r"flock\w*|streets?|sit-ins?|vigils?|processions?|chains?)\b",
                           re.IGNORECASE)),
    "property": Rule(property.destroyed_property, property.PROPERTY_CONFIDENCE,
                     frozenset({property.LABEL}), re.compile(
                         rf"\b(?:{property.CANDIDATE_WORDS}|sealed|torch\w*|burn\w*|smash\w*|"
                         r"ransack\w*|wreck\w*|damaged|attacked|firebomb\w*|set)\b",
                         re.IGNORECASE)),
    "hijackings": Rule(captives.craft_hijacked, captives.HIJACK_CONFIDENCE,
                       frozenset({captives.LABEL}), re.compile(
                           r"\b(?:hijack\w*|commandeer\w*|seiz\w*|captured)\b", re.IGNORECASE)),
    "naval": Rule(naval.naval_clash, naval.NAVAL_CONFIDENCE, frozenset({"ARMED_CLASH"}),
                  re.compile(r"\bpirat\w*", re.IGNORECASE)),
    "pirate_attacks": Rule(naval.pirate_attack, naval.NAVAL_CONFIDENCE, frozenset({"ATTACK"}),
                           re.compile(r"\bpirat\w*", re.IGNORECASE)),
    "rammings": Rule(rammings.ramming, rammings.RAMMING_CONFIDENCE, frozenset({"ATTACK"}),
                     re.compile(rf"\b(?:{rammings.CANDIDATE_WORDS})\b", re.IGNORECASE)),
    "responsibility": Rule(responsibility.claim_of_responsibility,
                           responsibility.RESPONSIBILITY_CONFIDENCE, frozenset({"ATTRIB"}),
                           re.compile(r"\b(?:claim\w*|blam\w*|accus\w*|behind|responsib\w*|"
                                      r"carried|said|says)\b", re.IGNORECASE)),
    "group_claims": Rule(responsibility.group_claim, responsibility.RESPONSIBILITY_CONFIDENCE,
                         frozenset({"ATTRIB"}), re.compile(
                             r"\b(?:said|says|say|stated|announced|statement|told)\b",
                             re.IGNORECASE)),
    "movement_bans": Rule(lambda parsed, realis: movement_bans.movement_ban(parsed, realis)
                          is not None, movement_bans.MOVEMENT_BAN_CONFIDENCE,
                          frozenset({movement_bans.LABEL}), re.compile(
                              rf"\b(?:{movement_bans.CANDIDATE_WORDS})\b", re.IGNORECASE)),
    "membership": Rule(membership.perpetrator_membership,
                       responsibility.RESPONSIBILITY_CONFIDENCE, frozenset({"ATTRIB"}), re.compile(
                           r"\b(?:belong\w*|members?|joined|pledged|swor[en]|recruited|trained|"
                           r"sent|dispatched|fighters?|militants?)\b", re.IGNORECASE)),
    "planning": Rule(planning.attack_planned, planning.PLANNING_CONFIDENCE, frozenset({"ATTRIB"}),
                     re.compile(rf"\b(?:{'|'.join(sorted(planning.PLANNING_VERBS))})\b",
                                re.IGNORECASE)),
    "offensives": Rule(lambda parsed, realis: offensives.offensive_launched(parsed, realis)
                       is not None, offensives.OFFENSIVE_CONFIDENCE,
                       frozenset({"CHANGE_TO_GROUP_ACT"}), re.compile(
                           rf"\b(?:{'|'.join(sorted(offensives.CAMPAIGN_NOUNS))})\b",
                           re.IGNORECASE)),
    "relocations": Rule(lambda parsed, realis: relocations.armed_men_moved(parsed, realis)
                        is not None, relocations.RELOCATION_CONFIDENCE,
                        frozenset({"CHANGE_TO_GROUP_ACT"}), re.compile(
                            rf"\b(?:{'|'.join(sorted(relocations.SHELTER_NOUNS))})\b",
                            re.IGNORECASE)),
    # readings that change the model's label (no confidence of their own) or veto an event
    "protesters_arrested": Rule(arrests.arrested_protesters, None,
                                _labels("Protests"), re.compile(
                                    r"\b(?:arrest\w*|detain\w*|custody|rounded)\b",
                                    re.IGNORECASE)),
    "arrested_away": Rule(arrests.arrested_away, None, frozenset({"ARREST"}), re.compile(
        r"\b(?:arrest\w*|detain\w*|custody|rounded)\b", re.IGNORECASE)),
    "brawls": Rule(brawls.brawl, None, frozenset({"MOB_VIOL"}), re.compile(
        r"\b(?:clash(?:ed|ing)?|f[oi]ught|fighting|brawled|scuffled)\b", re.IGNORECASE)),
    "mob_beatings": Rule(brawls.mob_beating, None, frozenset({"MOB_VIOL"}), re.compile(
        r"\b(?:beat(?:en|ing)?|lynch(?:ed)?|thrashed|clubbed|stoned|assaulted|attacked|"
        r"pummell?ed|kicked)\b", re.IGNORECASE)),
    "fight_parts": Rule(lambda parsed, realis: fight_parts.fight_verb(parsed, realis) is not None,
                        None, frozenset({"ARMED_CLASH"}), re.compile(
        r"\b(?:clash(?:es)?|fighting|battles?|gunbattles?|firefights?|skirmish(?:es)?|"
        r"hostilities|duels?|shootouts?|gunfights?|cross-?fire|exchange)\b", re.IGNORECASE)),
    "sanction_measures": Rule(lambda parsed, _realis: contacts.measures_only(parsed), None,
                              frozenset({"DIPLO"}), re.compile(
                                  r"\b(?:sanctions?|package|tariffs?|embargo|bans?|"
                                  r"restrictions|measures|duties|blacklist)\b", re.IGNORECASE)),
    "weather_notices": Rule(lambda parsed, _realis: nonevents.weather_notice(parsed), None,
                            frozenset(), re.compile(
                                r"\b(?:watch|watches|warnings?|advisory|advisories|alerts?)\b",
                                re.IGNORECASE)),
    "targeted": Rule(targeted.targeted_attack, targeted.TARGETED_CONFIDENCE, frozenset({"ATTACK"}),
                     re.compile(r"\b(?:shot|shoots|kill\w*|assassinat\w*|murder\w*|stab\w*|"
                                r"gunned|hacked|beheaded|slain|slew|wounded|lynched|strangled|"
                                r"bludgeoned|fired|opened)\b", re.IGNORECASE)),
}


def split_of(s: LabelledSentence) -> str:
    if s.article.rsplit("-", 1)[0] in HELD_SLICES:
        return "held"
    return "aside" if is_aside(s.article) else "train"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rule", choices=sorted(RULES))
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    rule = RULES[args.rule]
    nlp, truecaser = load_pipeline(), Truecaser()
    counts: Counter[tuple[str, str]] = Counter()
    labels: dict[str, Counter[str]] = {"train": Counter(), "aside": Counter(), "held": Counter()}
    rows = []
    for s in read_corpus():
        counts[(split_of(s), "gold")] += s.real and s.label in rule.labels
        if rule.words.search(s.text):
            rows.append(s)
    wrong: list[str] = []
    texts = (truecaser.restore(s.text) for s in rows)
    for s, parsed in zip(rows, nlp.pipe(texts, batch_size=256), strict=True):
        found = rule.fires(parsed, realis)
        if not found:
            continue
        split = split_of(s)
        read = s.real and s.label in ({found} if isinstance(found, str) else rule.labels)
        counts[(split, "fires")] += 1
        counts[(split, "in scope")] += s.real and s.scope != "crime"
        counts[(split, "read")] += read
        labels[split][s.label if s.real else "not real"] += 1
        if not read:
            wrong.append(f"  [{split}] {s.label} realis={s.realis} {s.kind}: {s.text[:120]}")
    print(f"{args.rule}: " + ("a reading with no confidence of its own" if rule.confidence is None
                              else f"confidence {rule.confidence}"))
    for split in ("train", "aside", "held"):
        fires, ok, read, gold = (counts[(split, k)] for k in ("fires", "in scope", "read", "gold"))
        print(f"{split:6} fires on {fires:4}: real in scope {ok} ({ok / max(1, fires):.3f}), of "
              f"its labels {read}; reads {read} of {gold} real sentences of its labels "
              f"({read / max(1, gold):.3f})")
        print("         " + ", ".join(f"{k} {v}" for k, v in labels[split].most_common()))
    print(f"fired on, not a real event of its labels ({len(wrong)}):")
    print("\n".join(wrong[:args.show]))


if __name__ == "__main__":
    main()

"""An armed group's assault on state forces read from the parse (ARMED_CLASH, GUIDELINES-style
definition in ``training/data/README.md``): "militants attacked an army post", "gunmen
fired at an army patrol", "rebels ambushed a military convoy", "a patrol came under fire".
ACLED codes an armed group's attack on the state's forces as a battle: the forces are armed
and fight back, so it is no attack on civilians, and without a weapon fired from afar it is
no shelling. So is one state's forces firing on another's ("Kyrgyz border guards opened fire
on a Tajik border post"): a battle between states, whatever mortar fire came with it.

The learned model often types these as the weapon or the victim tells it (an attack, a
grenade, a shelling, organised crime); the parse tells who fought whom. Left to the model:
weapons fired from afar or set off (rockets, mortars, grenades, bombs, drones, suicide
attacks: their own labels), a suspect firing at officers (ordinary crime), crowds throwing
stones (riots), attacks on civilians' vehicles, and any attacker the actor table and the
generic actor nouns do not call a non-state armed group.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actor_mentions import find_actor_mentions, non_state_within
from ..actors.phrases import names_force_place
from ..lexicon import country_of
from ..nlp import text_of
from .agreements import dated_by_year, main_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actor_mentions import ActorMention

# The confidence of an assault on state forces the parse reads (P(a real event in scope)).
# Measured on the training corpus, case restored as the pipeline does (`python
# benchmarks/parse_rules.py battles`): of the 76 sentences of the training split it fires
# on, 73 report a real event in scope (72 battles); of the aside split's 17, 16; of the
# held long articles' 36, all 36 (before readings of forces fired on and of guns beside
# rockets: 66 of 68, 16 of 16, 31 of 31); with fire between states' forces and targets shared
# with a throw or named by "it": 74 of 77, 16 of 17, 41 of 41. The fighting between armed
# sides (`python benchmarks/parse_rules.py fighting`; fire returned or exchanged among it):
# 39 of 39 training sentences real in scope (36 battles), 16 of 16 aside (14), 21 of 21 held
# (21). Set below those shares, as
# news is less clean than the project's own text, and level with the other rules of one act.
CLASH_CONFIDENCE = 0.8
# The model's labels this reading replaces: violence typed by its weapon or its victim.
# Claims, territory, suicide and air attacks, protests and riots keep the model's label.
REPLACES = frozenset({"ATTACK", "ART_MISS_ATTACK", "GRENADE", "REM_EXPLOS", "ORG_CRIME",
                      "DISR_WEAP", "CHANGE_TO_GROUP_ACT", "HQ_ESTABLISHED", "OTHER"})
# Verbs of an assault with the object assaulted ("attacked a post", "stormed the station").
# ("overran" tells the ground taken: a takeover.)
_ASSAULT = frozenset({"attacked", "stormed", "ambushed", "raided", "assaulted"})
# Verbs of firing with "on" or "at" the target ("opened fire on", "fired at"); not "shot",
# whose "at" is where ("shot dead two men at a checkpoint").
_FIRING = frozenset({"opened", "fired"})
# Verbs of throwing beside a firing: their target is the firing's.
_THROWN = frozenset({"threw", "hurled", "lobbed", "tossed"})
# "came under fire", "come under heavy attack": the subject was fired on (its forms, as the
# pipeline runs no lemmatizer), and the nouns after "under".
_CAME = frozenset({"came", "come", "comes", "coming"})
_UNDER = frozenset({"fire", "gunfire", "attack", "assault"})
# The same words for the detector's prefilter: no event cue names "came under fire" or
# "traded fire".
CANDIDATE_WORDS = (r"(?:came|come|comes|coming) under (?:\w+ )?(?:gun)?(?:fire|attack|assault)|"
                   r"(?:exchanged|exchanging|traded|trading) (?:[\w-]+ ){0,4}?(?:gun)?(?:fire|shots)")
# Named people or bodies as the source of the "fire": criticism, not shooting.
_PEOPLE_ENTS = frozenset({"PERSON", "ORG", "NORP"})
# Words of weapons fired from afar or set off: an attack with one has its own label.
STANDOFF_WEAPONS = frozenset({
    "rocket", "rockets", "mortar", "mortars", "missile", "missiles", "shell", "shells",
    "shelling", "artillery", "grenade", "grenades", "drone", "drones", "bomb", "bombs",
    "bomber", "bombers", "bombing", "ied", "ieds", "explosive", "explosives", "suicide",
    "airstrike", "airstrikes", "projectile", "projectiles"})
# Of those, the ones an assault also fought with guns is still a battle ("attacked the post
# with rockets and gunfire", "opened fire on a checkpoint and threw a grenade"): ACLED
# codes the fight, not one of its weapons. Not bombs, drones, air strikes or suicide attacks,
# each coded as itself.
_WITH_SMALL_ARMS = frozenset({
    "rocket", "rockets", "mortar", "mortars", "grenade", "grenades", "explosive",
    "explosives", "shell", "shells", "projectile", "projectiles"})
# Nouns of fighting: "clashes erupted between ...", "fighting between ... killed".
_FIGHTING = frozenset({"clashes", "clash", "fighting", "battle", "battles", "gunbattle",
                       "gunbattles", "firefight", "firefights", "skirmishes", "skirmish",
                       "hostilities"})
# "engaged the bandits in a gun duel": the verb, and fighting nouns beside _FIGHTING ("an
# exchange" only of fire: "of fire", "of gunfire", "of shots").
_ENGAGED = frozenset({"engaged", "engage", "engages", "engaging"})
_DUELS = frozenset({"duel", "duels", "shootout", "shootouts", "gunfight", "gunfights"})
_EXCHANGED = frozenset({"fire", "gunfire", "shots"})
# States' craft and non-lethal fire: two states' jets or ships are no battle on the ground
# (an air strike, a naval incident), nor are water cannon, flares or warning shots.
_AIRCRAFT_AND_SHIPS = frozenset({
    "jets", "jet", "warplanes", "warplane", "aircraft", "helicopters", "helicopter", "drones",
    "drone", "planes", "bombers", "ships", "ship", "warships", "warship", "vessels", "vessel",
    "boats", "boat", "navy", "coastguard"})
_NOT_GROUND_FIRE = frozenset({"cannon", "flares", "flare", "warning"})
# Words of guns fired by hand, besides "opened fire".
_SMALL_ARMS = frozenset({
    "gunfire", "rifle", "rifles", "guns", "machine-guns", "machineguns", "automatic",
    "small-arms", "sniper", "snipers", "kalashnikovs", "bullets", "gunshots", "firearms"})
# Those, and words of crime and of crowds: left to the model.
_ELSEWHERE = STANDOFF_WEAPONS | frozenset({
    "suspect", "suspects", "robber", "robbers", "robbery", "burglar", "stones", "rocks",
    "protesters", "demonstrators"})


def assault_on_forces(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells a non-state armed group attacking the
    state's forces or the places they hold (see the module docstring)."""
    words = {t.lower_ for t in sent}
    if words & _ELSEWHERE and not (words & _ELSEWHERE <= _WITH_SMALL_ARMS
                                   and _small_arms(sent, words)):
        return False
    actors: list[ActorMention] | None = None
    for verb in sent:
        if verb.lower_ in _CAME and _under_fire(verb):
            actors = list(find_actor_mentions(text_of(sent))) if actors is None else actors
            if _fired_on_forces(verb, actors, realis):
                return True
            continue
        if verb.pos_ != "VERB" or not (verb.lower_ in _ASSAULT or verb.lower_ in _FIRING):
            continue
        targets = _targets(verb)
        if (not targets or not realis(verb) or not main_clause(verb)
                or dated_by_year(verb)):
            continue
        if actors is None:
            actors = list(find_actor_mentions(text_of(sent)))
        attackers = _attackers(verb)
        if attackers and any(_forces(t, actors) for t in targets) and (
                all(non_state_within(actors, *_span(a)) for a in attackers)
                or _another_states(attackers, targets, actors)):
            return True
    return False


def _another_states(attackers: list[Token], targets: list[Token],
                    actors: list[ActorMention]) -> bool:
    """The attackers are one state's forces on the ground and the forces or posts fired on
    another state's: "Indian troops fired at Pakistani posts", "opened fire on a Tajik border
    post"; not aircraft or ships (an air strike, a naval incident), nor water cannon, flares
    or warning shots."""
    craft = {t.lower_ for a in attackers for t in a.subtree}
    if craft & _AIRCRAFT_AND_SHIPS or any(t.lower_ in _NOT_GROUND_FIRE
                                          for t in attackers[0].doc):
        return False
    mine = {_state_of(a, actors) for a in attackers}
    if len(mine) != 1 or None in mine:
        return False
    theirs = {_state_of(t, actors, demonyms=True) for t in targets if _forces(t, actors)}
    return None not in theirs and not theirs & mine


def _state_of(tok: Token, actors: list[ActorMention], *, demonyms: bool = False) -> str | None:
    """The one country whose armed forces the noun phrase of ``tok`` names (the actor table's
    country of its state forces; with ``demonyms``, else a country's adjective in the phrase:
    "a Tajik border post"); None when it names none, or forces of several."""
    start, end = _span(tok)
    inside = [a for a in actors if a.start < end and start < a.end]
    countries = {a.country for a in inside if _armed_state(a)}
    if not countries and demonyms and not inside:
        countries = {d.iso2 for t in tok.subtree
                     if t.idx < end and (d := country_of(t.text)) is not None}
    return next(iter(countries)) if len(countries) == 1 else None


def armed_fighting(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells fighting between armed sides as its own
    news: "clashes erupted between two armed groups", "fighting between the army and
    rebels left five dead" — a fighting noun as its verb's subject, the sides after
    "between" all armed (the actor table and the generic actor nouns), none a crowd; or
    one armed side engaging another in a fight ("troops engaged the bandits in a gun duel")."""
    actors: list[ActorMention] | None = None
    for tok in sent:
        verb = tok.head
        if (tok.lower_ not in _FIGHTING or tok.dep_ not in ("nsubj", "nsubjpass")
                or verb.pos_ != "VERB" or not realis(verb) or not main_clause(verb)
                or dated_by_year(verb) or _campaign(verb)):
            continue
        sides = [o for head in (tok, verb) for p in head.children
                 if p.dep_ == "prep" and p.lower_ == "between"
                 for o in p.children if o.dep_ == "pobj"]
        if not sides:
            continue
        actors = list(find_actor_mentions(text_of(sent))) if actors is None else actors
        start = min(o.left_edge.idx for o in sides)
        end = max(o.right_edge.idx + len(o.right_edge) for o in sides)
        inside = [a for a in actors if a.start < end and start < a.end]
        if inside and all(a.armed and not a.name.startswith("Government") for a in inside):
            return True
    return any(_engaged_in_fighting(verb, realis) or _fire_returned(verb, realis)
               or _fire_exchanged(verb, realis) for verb in sent)


# Words of the fire an armed side returned.
_FIRED = re.compile(r"\b(?:fired|firing|opened\s+fire|shot\s+at|shooting|gunfire|ambush\w*|"
                    r"shell(?:ed|ing)|rockets?|mortars?|assault\w*|attack\w*|raid\w*)\b",
                    re.IGNORECASE)


def _fire_returned(verb: Token, realis: Callable[[Token], bool]) -> bool:
    """ "Gunmen fired at the vehicles, and troops returned fire": an armed side returning the
    fire of another the sentence names as armed, an exchange of fire (ACLED: an armed clash)."""
    if (verb.lower_ not in ("returned", "return", "returning") or verb.pos_ != "VERB"
            or not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
            or not realis(verb) or not main_clause(verb) or dated_by_year(verb)):
        return False
    if not _FIRED.search(text_of(verb.doc)):
        return False                        # the other side stabbed or threw: no exchange
    actors = [a for a in find_actor_mentions(text_of(verb.doc)) if a.armed]
    subjects = [_span(s) for s in _attackers(verb)]
    ours = [a for a in actors if any(a.start < e and s < a.end for s, e in subjects)]
    return bool(ours) and any(a.name != ours[0].name for a in actors if a not in ours)


# Verbs of two sides firing at each other ("exchanged fire", "traded gunfire").
EXCHANGING_FIRE = frozenset({"exchanged", "exchange", "exchanging", "traded", "trade",
                              "trading"})
# Every word that tells a fight of two sides: its nouns, duels, engaging and fire exchanged.
FIGHT_WORDS = _FIGHTING | _DUELS | _ENGAGED | EXCHANGING_FIRE | frozenset({"fought", "clashed"})


def fire_traded(verb: Token) -> bool:
    """A verb of exchange whose object is fire ("exchanged fire", "traded gunfire")."""
    return verb.lower_ in EXCHANGING_FIRE and any(
        c.dep_ == "dobj" and c.lower_ in _EXCHANGED for c in verb.children)


def _fire_exchanged(verb: Token, realis: Callable[[Token], bool]) -> bool:
    """ "Government forces and the SDF exchanged heavy machine-gun and mortar fire", "troops
    traded fire with rebels": fire (gunfire, shots) exchanged by sides all named armed, two
    at least (the verb's subjects and its "with")."""
    if (not fire_traded(verb) or verb.pos_ != "VERB" or not realis(verb)
            or not main_clause(verb) or dated_by_year(verb)):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    sides = subjects + [c for s in subjects for c in s.children if c.dep_ == "conj"]
    fire = [c for c in verb.children if c.dep_ == "dobj"]
    sides += [o for head in (verb, *fire) for p in head.children     # "gunfire with rebels"
              if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    actors = [a for a in find_actor_mentions(text_of(verb.doc)) if a.armed]
    named = [a for a in actors if any(a.start < e and s < a.end for s, e in map(_span, sides))]
    plural = len(sides) == 1 and sides[0].tag_ in ("NNS", "NNPS")   # "troops traded fire"
    return bool(named) and (len({a.name for a in named}) >= 2 or (
        len(sides) >= 2 and len(named) >= len(sides)) or (plural and len(named) == 1
                                                          and _two_states(sides[0])))


def _two_states(noun: Token) -> bool:
    """ "Indian and Pakistani troops": a plural side named by two countries' words."""
    return sum(1 for c in noun.children if c.dep_ in ("amod", "compound", "nmod")) >= 2 or any(
        c.dep_ == "conj" for m in noun.children if m.dep_ == "amod" for c in m.children)


def a_fight(noun: Token) -> bool:
    """ "a gun duel", "a fierce battle", "an exchange of fire"; not "a battle for hearts and
    minds", "an exchange of prisoners"."""
    of = [o.lower_ for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]
    if noun.lower_ == "exchange":
        return bool(set(of) & _EXCHANGED)
    if any(p.dep_ == "prep" and p.lower_ == "for" for p in noun.children):
        return False
    return noun.lower_ in _FIGHTING | _DUELS


def _engaged_in_fighting(verb: Token, realis: Callable[[Token], bool]) -> bool:
    """ "Troops engaged the bandits in a gun duel": armed sides as the subject and the object
    of "engaged", a fighting noun after "in"."""
    if (verb.lower_ not in _ENGAGED or verb.pos_ != "VERB" or not realis(verb)
            or not main_clause(verb) or dated_by_year(verb)):
        return False
    fight = any(a_fight(o) for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                for o in p.children if o.dep_ == "pobj")
    sides = _attackers(verb) + [c for c in verb.children if c.dep_ == "dobj"]
    if not fight or len(sides) < 2:
        return False
    actors = list(find_actor_mentions(text_of(verb.doc)))
    return all(any(a.armed and a.start < end and start < a.end for a in actors)
               for start, end in map(_span, sides))


def _campaign(verb: Token) -> bool:
    """The fighting told as a campaign, not one battle: in the perfect ("has killed 4,000",
    "has continued"), or over a year ("this year", "since last year")."""
    return (any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)
            or any(t.lower_ in ("year", "years", "since", "months") for t in verb.subtree))


def _small_arms(sent: Doc, words: set[str]) -> bool:
    """The sentence names guns fired by hand: a word of them, "small arms", or "opened
    fire"."""
    return bool(words & _SMALL_ARMS) or "small arms" in text_of(sent).lower() or any(
        t.lower_ == "opened" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in t.children)
        for t in sent)


def _under_fire(verb: Token) -> bool:
    """``verb`` is "came" (any form) with "under fire" or "under attack" ("came under heavy
    fire")."""
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(
        o.dep_ == "pobj" and o.lower_ in _UNDER for o in p.children) for p in verb.children)


def _fired_on_forces(verb: Token, actors: list[ActorMention],
                     realis: Callable[[Token], bool]) -> bool:
    """The state's forces (or a place they hold) were fired on ("came under fire"), by armed
    men or from a place, not by critics: no "for" or "over" of a reason ("came under fire
    for the raid") and no unarmed party named as the source ("from residents")."""
    if not realis(verb) or not main_clause(verb) or dated_by_year(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in verb.children):
        return False
    sources = [t for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "from"
               for t in p.subtree if t.dep_ == "pobj"]
    for src in sources:
        start, end = _span(src)
        inside = [a for a in actors if a.start < end and start < a.end]
        if (inside and not any(a.armed for a in inside)) or src.ent_type_ in _PEOPLE_ENTS:
            return False
    return any(_forces(t, actors) for t in _attackers(verb))     # the subject, as for attacks


def _targets(verb: Token) -> list[Token]:
    """What the verb assaulted: its object ("attacked a post"), or the object of "on" or "at"
    after a verb of firing ("opened fire on a checkpoint", "fired at soldiers")."""
    if verb.lower_ in _ASSAULT:
        return [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lower_ == "opened" and not any(c.dep_ == "dobj" and c.lower_ == "fire"
                                           for c in verb.children):
        return []
    # "fired rifles and threw grenades at the post": the target the parse hangs on the
    # weapon thrown beside the firing
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.lower_ in _THROWN)]
    found = [o for v in heads for p in v.children if p.dep_ == "prep" and p.lower_ in ("on", "at")
             for o in p.children if o.dep_ == "pobj"]
    return [_antecedent(o, verb) for o in found]


def _antecedent(target: Token, verb: Token) -> Token:
    """ "surrounded the station and fired on it": the station, the object of the verb the
    firing is coordinated with; else the target as it is."""
    if target.lower_ not in ("it", "them") or verb.dep_ != "conj":
        return target
    return next((c for c in verb.head.children if c.dep_ == "dobj"), target)


def _attackers(verb: Token) -> list[Token]:
    """Who assaulted: the verb's subject, or a coordinated verb's ("gunmen arrived and
    opened fire")."""
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj":
            return subjects
        verb = verb.head


def _span(tok: Token) -> tuple[int, int]:
    """The characters of the noun phrase of ``tok``, up to a clause that follows it ("a post
    that soldiers had left" is the post)."""
    last = tok.right_edge
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and c.i > tok.i:
            last = tok.doc[max(tok.i, c.left_edge.i - 1)]
            break
    return tok.left_edge.idx, last.idx + len(last)


def _forces(tok: Token, actors: list[ActorMention]) -> bool:
    """The noun phrase of ``tok`` names the state's forces ("soldiers", "a police patrol")
    or a place they hold ("a checkpoint", "an army post")."""
    start, end = _span(tok)
    if any(_armed_state(a) and a.start < end and start < a.end for a in actors):
        return True
    return names_force_place(text_of(tok.doc)[start:end])


def _armed_state(actor: ActorMention) -> bool:
    """The state's armed forces, not its government ("a government school")."""
    return actor.category == "state" and not actor.name.startswith("Government")



# The verbs :func:`assault_on_forces` reads, and the words of fighting :func:`armed_fighting`
# reads.
_ASSAULT_VERBS = _ASSAULT | _FIRING | _CAME
_FIGHT_WORDS = _FIGHTING | _ENGAGED | EXCHANGING_FIRE


def may_assault(words: frozenset[str]) -> bool:
    """False only where :func:`assault_on_forces` cannot fire on a sentence of these
    lower-cased ``words``: no verb of assault or firing, and none of coming under fire."""
    return not words.isdisjoint(_ASSAULT_VERBS)


def may_fight(words: frozenset[str], text: str) -> bool:
    """False only where :func:`armed_fighting` cannot fire on a sentence of these lower-cased
    ``words`` and this ``text``: no fighting noun, no verb of engaging, and no fire an armed
    side could return."""
    return not words.isdisjoint(_FIGHT_WORDS) or bool(_FIRED.search(text))

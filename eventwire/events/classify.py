"""Event typing: which of the 30 labels a text reports, read from cue words and who does what.

No parse is needed: the cue scan (:mod:`.cue_scan`) gives each label a score, and the reasoning
below settles the hard distinctions the ACLED definitions draw — the protest family (did the
protesters turn violent, did the authorities intervene, with what force), territory (who gains
it, was there fighting), disrupted weapons (seized or defused, not exploded), attacks on armed
targets (battle) against attacks on civilians, and claims of responsibility (ATTRIB).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..actor_mentions import ActorMention
from ..taxonomy import PROTEST_LABELS
from .cue_scan import (
    OBJECT_WINDOW,
    READ_CACHE,
    SENTENCE_END,
    Hit,
    Reading,
    label_scores,
    read,
)

__all__ = ["DEVICE_LABELS", "REASONED_LABELS", "WEAPON_LABELS", "Classification", "classify",
           "classify_reading", "decide", "disperses_crowd", "tells_failed_blast"]

# A label scoring this much (several strong cue words) is the main event even when a territory
# word also appears ("troops entered the town and looted shops"): above any single cue's weight.
STRONG_OTHER_EVENT = 10.0
# A weapon label needs one specific word ("warplanes" 3, "IED" 4); the vaguer "bomb" (2) alone
# leaves the choice to the other labels.
MIN_WEAPON_SCORE = 3.0
# A weapon wins over a non-violent label only with at least this share of that label's score
# ("peace talks began despite air strikes" stays an agreement); set on hand-written pairs.
WEAPON_SHARE = 0.75
# Weapon families, most specific first: when several are named the most specific one wins.
WEAPON_LABELS = ("SUIC_BOMB", "CHEM_WEAP", "GRENADE", "AIR_STRIKE", "REM_EXPLOS",
                 "ART_MISS_ATTACK")
# Labels a protest report often names along the way (arrests, clashes, injuries).
_PROTEST_COMPANIONS = ("ATTACK", "ARREST", "ARMED_CLASH", "MOB_VIOL", "PROPERTY_DISTRUCT",
                       "CHANGE_TO_GROUP_ACT")
_EXPLODED = re.compile(r"\b(?:explod\w*|detonat(?:ed|ion)|went off|blasts?|blew up|killed|killing|"
                       r"injur\w*|wounded|hurled|lobbed|fired)\b", re.IGNORECASE)
# "captured on Monday by X": the agent of a passive verb follows within a few words.
_PASSIVE_BY = re.compile(r"(?:\s+[\w,]+){0,3}?\s+by\s+")
# Where a clause starts: a sentence end, a comma, or a reporting verb's "that".
_CLAUSE_START = re.compile(r"[.;:,]\s|\b(?:said|says|say|reported|confirmed|that|after|when)\s")
# "planning to seize", "vowing to retake": a plan, not a change of hands.
_IRREALIS_BEFORE = re.compile(r"\b(?:intend\w*|vow\w*|plan\w*|tr(?:y|ied|ying)|attempt\w*|aim\w*|"
                              r"want\w*|seek\w*|threat\w*|prepar\w*|bid|failed|efforts?|push)"
                              r" to\s+(?:\w+\s+)?$", re.IGNORECASE)
_KILLED = re.compile(r"\b(?:killed|killing|shot dead|murdered|massacred)\b", re.IGNORECASE)
_CONTROLLED = re.compile(r"\bcontrolled explosion|safely detonated|defus\w*", re.IGNORECASE)
# A device that never exploded: the corpus README (training/data/README.md) and ACLED's
# definition make it disrupted weapons use, not an explosion.
_FAILED_BLAST = re.compile(
    r"\b(?:fail(?:ed|s|ing)? to (?:explode|detonate|go off|blow up)|"
    r"(?:did|does|had|has)(?: not|n't| n't) (?:explode|detonate|go off|blow up)|"
    r"never (?:exploded|detonated|went off)|"
    r"(?:was|were|been|being) made safe|without (?:exploding|detonating|going off)|"
    r"before (?:it|they) could (?:explode|detonate|go off|be detonated))\b", re.IGNORECASE)
# Labels of a device that exploded, which a failed one is not.
DEVICE_LABELS = ("REM_EXPLOS", "SUIC_BOMB", "GRENADE")


@dataclass(frozen=True, slots=True)
class Classification:
    """The label of a text's main event and the cue that named it (offsets into the text)."""

    label: str
    trigger: str
    trigger_span: tuple[int, int]
    confidence: float
    scores: tuple[tuple[str, float], ...] = ()
    reasoned: bool = False      # who does what settled it, not cue weights alone (see classify)


# A candidate sentence is typed by the detector's rules (``classify``), then by its features
# (``classify_reading`` of the same reading), which finds the answer kept (H-speed8).
@lru_cache(maxsize=READ_CACHE)
def classify(text: str) -> Classification:
    """The label of the main event ``text`` reports; always one of the 30 labels.

    ``reasoned`` is set when the label rests on who does what rather than on cue weights: the
    territory and headquarters rules (their verbs weigh 0), or armed actors with an attack verb
    ("troops killed 20 militants", where "killed" alone weighs 1)."""
    return _classified(read(text))


def classify_reading(r: Reading) -> Classification:
    """:func:`classify` of a text already read (:func:`read`): its kept answer where ``r`` is
    the reading :func:`read` keeps (the same text read the same way), else worked out."""
    return classify(r.text) if read(r.text) is r else _classified(r)


def _classified(r: Reading) -> Classification:
    """The classification of a reading, worked out."""
    scores = label_scores(r)
    label = decide(r, scores)
    hit = _trigger(r, label)
    total = sum(scores.values()) or 1.0
    conf = min(1.0, 0.4 + 0.6 * scores.get(label, 0.0) / total)
    ranked = tuple(sorted(scores.items(), key=lambda kv: -kv[1]))
    reasoned = label in REASONED_LABELS or (label in ("ATTACK", "ARMED_CLASH")
                                            and _armed_party_acts(r))
    if hit is None:
        return Classification(label, "", (0, 0), 0.3, ranked)
    return Classification(label, hit.text, (hit.start, hit.end), round(conf, 3), ranked,
                          reasoned)


# Labels the reasoning settles from features whose cue words weigh 0.
REASONED_LABELS = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
                             "NON_VIOL_TERRIT_TRANSFER", "HQ_ESTABLISHED"})
_FEATURE_OF = {"PROTEST_WITH_INTER": "protest", "FORCE_AGAINST_PROTEST": "protest",
               "GOV_REGAINS_TERIT": "territory", "NON_STATE_ACTOR_OVERTAKES_TER": "territory",
               "NON_VIOL_TERRIT_TRANSFER": "territory", "HQ_ESTABLISHED": "hq_verb",
               "DISR_WEAP": "disrupt_verb", "ARMED_CLASH": "attack_verb",
               "ATTACK": "attack_verb"}


def _trigger(r: Reading, label: str) -> Hit | None:
    """The label's own cue word, else its feature's, else the strongest cue word of the family
    that decided it ("fired tear gas ... after the march": the march)."""
    feature = _FEATURE_OF.get(label)
    found = r.first(label) or (r.first(feature) if feature else None)
    if found is None and label in PROTEST_LABELS:
        found = next((h for h in r.hits if h.name in PROTEST_LABELS), None)
    if found is None and label in ("ATTACK", "ARMED_CLASH"):
        found = r.first("ATTACK") or r.first("ARMED_CLASH")
    return found


def _armed_party_acts(r: Reading) -> bool:
    """An armed actor and another party, with an attack verb between them."""
    names = {a.name for a in r.actors}
    return r.has("attack_verb") and len(names) >= 2 and any(a.armed for a in r.actors)


# --------------------------------------------------------------------------- reasoning


def decide(r: Reading, scores: dict[str, float]) -> str:
    """Settle the label: the family rules first, then the best-scoring label."""
    for rule in (_disrupted_weapons, _attribution, _headquarters, _protest_family, _territory,
                 _disaster):
        label = rule(r, scores)
        if label:
            return label
    return _best(r, scores)


def _disrupted_weapons(r: Reading, scores: dict[str, float]) -> str | None:
    """Weapons seized, found or defused — and nothing exploded or was fired."""
    if not (r.near("disrupt_verb", "weapon", ordered=False) or r.has("DISR_WEAP")):
        return None
    strong = r.near("disrupt_verb", "weapon", ordered=False)
    exploded = _EXPLODED.search(r.text) and not _CONTROLLED.search(r.text)
    if exploded and not strong:
        return None
    if exploded and any(scores.get(w, 0) >= 4 for w in WEAPON_LABELS):
        return None
    if r.has("protest") or scores.get("ORG_CRIME", 0) > scores.get("DISR_WEAP", 0) + 2:
        return None
    return "DISR_WEAP" if strong or scores.get("DISR_WEAP", 0) >= 4 else None


def _attribution(r: Reading, scores: dict[str, float]) -> str | None:
    """A claim, accusation or denial about who did it, said before the event itself."""
    claim = r.first("ATTRIB")
    if claim is None or (claim.weight < 5 and scores["ATTRIB"] <= scores.get("DIPLO", 0)):
        return None
    events = [h for h in r.hits if h.name.isupper() and h.name not in ("ATTRIB", "DIPLO")
              and h.weight >= 3]
    if events and events[0].start < claim.start and claim.start > r.first_end:
        return None
    if events and events[0].start < claim.start - OBJECT_WINDOW:
        return None
    if claim.text.lower().startswith(("condemn", "violation")) and scores.get("DIPLO", 0) >= 5:
        return None
    return "ATTRIB"


def _headquarters(r: Reading, scores: dict[str, float]) -> str | None:
    if r.near("hq_verb", "HQ_ESTABLISHED", window=40) and not r.has("territory"):
        return "HQ_ESTABLISHED"
    return None


def _protest_family(r: Reading, scores: dict[str, float]) -> str | None:
    """Peaceful, dispersed, met with excessive force, or violent — by protesters' and police acts
    told in the sentence that names the protest."""
    protest_hits = [h for n in ("PEACE_PROTEST", "VIOL_DEMONSTR") for h in r.by_name.get(n, ())]
    crowd_control = _crowd_control(r)
    if not protest_hits and crowd_control and _state_acts(r):
        protest_hits = r.by_name.get("protest", [])     # police tear-gas "crowds"
    if not protest_hits:
        return None
    first = min(h.start for h in protest_hits)
    protest = scores.get("PEACE_PROTEST", 0) + scores.get("VIOL_DEMONSTR", 0)
    earlier = [h for h in r.hits if h.name.isupper() and h.start < first and h.weight >= 4
               and h.name not in PROTEST_LABELS + _PROTEST_COMPANIONS]
    if earlier and scores.get(earlier[0].name, 0) >= protest * 0.5:
        return None                         # another event is told first
    if first > r.first_end and max(scores.values(), default=0) > protest:
        return None
    lo = r.text.rfind(". ", 0, first) + 1
    hi = SENTENCE_END.search(r.text, first)
    hi = hi.end() if hi else len(r.text)
    has = {n: any(lo <= h.start < hi for h in r.by_name.get(n, ()))
           for n in ("protester_violence", "peaceful", "force_lethal", "force_soft")}
    if has["protester_violence"] and not has["peaceful"] or scores.get("VIOL_DEMONSTR", 0) >= 5:
        return "VIOL_DEMONSTR"
    if has["force_lethal"] and (has["force_soft"] or has["peaceful"] or _state_acts(r)):
        return "FORCE_AGAINST_PROTEST"
    if has["force_soft"]:
        return "PROTEST_WITH_INTER"
    return "PEACE_PROTEST"


def _crowd_control(r: Reading) -> list[Hit]:
    """The words of police dispersing a crowd: tear gas, rubber bullets, batons, "dispersed"
    (the ``force_soft`` cue without its arrest words)."""
    return [h for h in r.by_name.get("force_soft", ())
            if not h.text.lower().startswith(("arrest", "detain"))]


def disperses_crowd(text: str) -> bool:
    """True when the text tells police dispersing a crowd (see :func:`_crowd_control`)."""
    return bool(_crowd_control(read(text)))


def tells_failed_blast(text: str) -> bool:
    """True when the text tells a device that never exploded ("failed to detonate", "was made
    safe") and, apart from those words, nothing that exploded or hurt anyone ("the first bomb
    killed 12; a second failed to explode" is the explosion)."""
    if _FAILED_BLAST.search(text) is None:
        return False
    return _EXPLODED.search(_FAILED_BLAST.sub(" ", text)) is None


def _state_acts(r: Reading) -> bool:
    return any(a.category == "state" for a in r.actors)


def _territory(r: Reading, scores: dict[str, float]) -> str | None:
    """Who gained ground: state forces, a non-state group, or anyone without a fight."""
    if not any(a.armed for a in r.actors):
        return None                         # "firefighters gained ground" is not territory
    unopposed = r.has("nonviolent")
    hits = [h for h in r.by_name.get("territory", ())
            if (unopposed or _takes_place(r, h)) and not _IRREALIS_BEFORE.search(
                r.text, max(0, h.start - 30), h.start)]
    if not hits:
        return None
    verb = hits[0]
    if scores and (max(scores.values()) >= STRONG_OTHER_EVENT or
                   verb.start > r.first_end and max(scores.values()) >= 6):
        return None
    if r.has("unopposed") or (unopposed and not r.has("ARMED_CLASH")):
        return "NON_VIOL_TERRIT_TRANSFER"
    gainer = _agent_before(r, verb)
    if gainer is None or gainer.category in ("rebel", "militia", "identity"):
        return "NON_STATE_ACTOR_OVERTAKES_TER"
    if gainer.category in ("state", "external"):
        return "GOV_REGAINS_TERIT"
    return None


def _takes_place(r: Reading, verb: Hit) -> bool:
    """The territory verb governs a place ("captured the town"), not a person ("captured a
    commander")."""
    after = r.text[verb.end:verb.end + OBJECT_WINDOW]
    people = re.search(r"\b(?:commanders?|leaders?|members?|militants|fighters|soldiers|suspects"
                       r"|terrorists|men|people|persons)\b", after)
    for h in r.by_name.get("place_word", ()):
        if 0 <= h.start - verb.end <= OBJECT_WINDOW and (not people or
                                                         people.start() > h.start - verb.end):
            return True
    if any(_its_object(r.text, verb, h) for h in r.by_name.get("HQ_ESTABLISHED", ())):
        return True                         # "seized an army outpost", "overran the barracks"
    if re.match(r"entered|advanced", verb.text, re.IGNORECASE):
        return False                        # moving in is a territory change only unopposed
    return bool(re.search(r"control|ground|fell to", verb.text, re.IGNORECASE))


# Words that put a noun after a verb outside its object ("seized arms at a checkpoint").
_NOT_OBJECT = re.compile(r"\b(?:at|in|on|near|from|outside|inside|of|to|by|with|for|and|"
                         r"after|before|as|while)\b|[,;:]", re.IGNORECASE)
# Words an object may stand after its verb by: "an army", "the rebels' main".
_OBJECT_WORDS = 3


def _its_object(text: str, verb: Hit, noun: Hit) -> bool:
    """The noun (a military position of the headquarters cue: an outpost, a barracks, a
    checkpoint) is the territory verb's object: a few words after it, no preposition or
    clause break between ("seized an army outpost", not "seized arms at a checkpoint")."""
    between = text[verb.end:noun.start]
    return (0 <= noun.start - verb.end and len(between.split()) <= _OBJECT_WORDS
            and _NOT_OBJECT.search(between) is None)


def _agent_before(r: Reading, verb: Hit) -> ActorMention | None:
    """The actor doing the verb: "seized by X" names it after, otherwise the nearest armed actor
    before the verb in the same sentence."""
    by = _PASSIVE_BY.match(r.text, verb.end)
    if by:
        for a in r.actors:
            if a.start >= by.end() and a.armed:
                return a
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(r.text, 0, verb.start)),
                       default=0)
    before = [a for a in r.actors if clause_start <= a.start < verb.start and a.armed]
    if not before:                              # "the army confirmed it regained ..."
        sentence_start = r.text.rfind(". ", 0, verb.start) + 1
        before = [a for a in r.actors if sentence_start <= a.start < verb.start and a.armed]
    return before[0] if before else None        # the subject comes first in its clause


def _disaster(r: Reading, scores: dict[str, float]) -> str | None:
    conflict = sum(scores.get(k, 0) for k in WEAPON_LABELS + ("ARMED_CLASH", "ATTACK"))
    nat, man = scores.get("NATURAL_DISASTER", 0), scores.get("MAN_MADE_DISASTER", 0)
    if nat >= 6 and nat >= conflict:
        return "NATURAL_DISASTER"
    if man >= 5 and man >= conflict + 1 and not any(a.armed for a in r.actors
                                                     if a.category != "state"):
        return "MAN_MADE_DISASTER"
    return None


def _best(r: Reading, scores: dict[str, float]) -> str:
    """The best-scoring label, with weapons the most specific and attacks split by target."""
    if not scores:
        return "OTHER"
    top = max((v for k, v in scores.items() if k not in ("ATTACK", "ARMED_CLASH")), default=0)
    weapons = [w for w in WEAPON_LABELS if scores.get(w, 0) >= max(MIN_WEAPON_SCORE,
                                                                  WEAPON_SHARE * top)]
    if weapons:                         # ties go to the more specific weapon (list order)
        return max(weapons, key=lambda w: (scores[w], -WEAPON_LABELS.index(w)))
    if scores.get("ORG_CRIME", 0) >= 5 and scores["ORG_CRIME"] >= scores.get("ARREST", 0):
        return "ORG_CRIME"              # arrests for crime are crime news, not political arrests
    label = max(scores, key=lambda k: (scores[k], -_first_pos(r, k)))
    if label == "PROPERTY_DISTRUCT" and _KILLED.search(r.text):
        label = "ATTACK"                # deaths make an attack, with or without the burning
    if label in ("ATTACK", "ARMED_CLASH"):
        return _attack_or_clash(r, scores)
    return label


def _first_pos(r: Reading, name: str) -> int:
    h = r.first(name)
    return h.start if h else len(r.text)


def _attack_or_clash(r: Reading, scores: dict[str, float]) -> str:
    """A battle when both sides are armed; an attack when the target is unarmed."""
    if scores.get("ARMED_CLASH", 0) >= 4:
        return "ARMED_CLASH"
    armed = [a for a in r.actors if a.armed]
    targets = r.by_name.get("armed_target", [])
    civ = r.by_name.get("civilian_target", [])
    first_t = targets[0].start if targets else len(r.text)
    first_c = civ[0].start if civ else len(r.text)
    sides = {a.category for a in armed}
    if len(sides) >= 2 or (("state" in sides) and len(armed) >= 2):
        return "ARMED_CLASH" if first_t <= first_c else "ATTACK"
    if targets and (len(targets) >= 2 and first_t < first_c):
        return "ARMED_CLASH"
    return "ATTACK"

"""Sentences whose words are those of an event but which tell none: a court's act, a parade or
a memorial read as a protest, a drill read as violence, a petition or a strike with no crowd,
a hack claimed, a deal of business, a game's words, a standing conflict, a tally of harm, a
breach of a truce told with no act. The detector asks :func:`told_as_no_event` before it
reads any event in a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..agreeing import CONFLICT_WORDS
from ..claims import SPEECH_VERB
from ..dates.recognize import WEEKDAYS
from ..lexicon import Needs, fold, needs_of
from ..nlp import text_of
from .agreements import breach_told, standing_only
from .crowdless import PROTESTS, marched_away, without_crowd
from .disasters import HAZARDS
from .exercises import exercise_or_test, may_practise, may_stage, staged
from .gatherings import celebration
from .hacks import cyber_claim
from .overrides import violent
from .violent_acts import FLOUTED_LABELS, main_verbs, violent_act_label
from .sport import SPORT_WORDS
from .tallies import may_tally, tally
from .tolls import HARM_TO_PLACES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A court's acts: a sentence whose main verb is one of these (or a reported one: "police said he
# pleaded guilty") tells a step of a case, and the act the case is about is an old one: not an
# event in scope (GUIDELINES-style definition in training/data/README.md: trials and sentencing
# about old acts are not events). "tried" and "charged" count only in the passive ("was tried
# for", "were charged with"): active "rebels tried to storm" and "police charged the crowd" are
# events.
_COURT_ACT = re.compile(r"(?:plead|pleads|pleaded|pleading|pled|convict(?:s|ed|ing)?|"
                        r"sentenc(?:e|es|ed|ing)|acquit(?:s|ted|ting)?|indict(?:s|ed|ing)?|"
                        r"testif(?:y|ies|ied|ying)|arraign(?:s|ed|ing)?|"
                        r"prosecut(?:e|es|ed|ing)|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?)",
                        re.IGNORECASE)
_COURT_ACT_PASSIVE = re.compile(r"(?:tried|charged)", re.IGNORECASE)
# Verbs that open a trial as their object: "went on trial", "will stand trial", "faces trial".
_TRIAL_VERBS = re.compile(r"(?:go|goes|went|gone|going|stand|stands|stood|standing|face|faces|"
                          r"faced|facing|begin|begins|began|begun|open|opens|opened)",
                          re.IGNORECASE)
_TRIAL = "trial"
# The words :func:`court_act` reads on a token: a court's act, a passive's verb, the trial a
# verb opens. A token is a stretch of its sentence's text, so a text holding none of them
# has no court's act, whatever its parse (see :func:`may_be_court_act`).
_COURT_WORDS = re.compile("|".join((_COURT_ACT.pattern, _COURT_ACT_PASSIVE.pattern, _TRIAL)),
                          re.IGNORECASE)


# The label of forces moving, which a drill is read as too ("warships held live-fire drills").
_MOVEMENT = "CHANGE_TO_GROUP_ACT"
# The labels of a crowd's event and of arrests, which a drill or a film shoot stages too
# ("riot police practised dispersing volunteers playing protesters"); violent labels are
# read by the wider exercise check.
_STAGED_LABELS = PROTESTS | frozenset({"ARREST", "MOB_VIOL", "VIOL_DEMONSTR",
                                       "FORCE_AGAINST_PROTEST"})


def told_as_no_event(sent: Doc, label: str, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence, which the model reads as ``label``, tells no event: a
    court's act (:func:`court_act`), a parade or memorial with no demand
    (:func:`.gatherings.celebration`), a drill, range or weapons test
    (:func:`.exercises.exercise_or_test`) or a crowd's event staged for practice or a camera
    (:func:`.exercises.staged`), a petition or strike with no crowd
    (:func:`.crowdless.without_crowd`) or captives marched off
    (:func:`.crowdless.marched_away`), a hack claimed (:func:`.hacks.cyber_claim`),
    a deal of business (:func:`business_deal`), a game's words (:func:`sport_only`),
    fighting that has gone on for years (:func:`long_ongoing`), a fear of what may come
    (:func:`feared_only`), a tally of harm over many
    acts (:func:`.tallies.tally`), a weather notice alone (:func:`weather_notice`), an
    agreement already standing that no violent act of the sentence flouts ("accused the
    rebels of violating the truce": the act that did is read in its place,
    :func:`.violent_acts.violence_over_contact`). The costlier checks are asked only where
    their own word lists find something in the sentence (the ``may_*`` checks: exact, a
    check skipped only where it cannot fire)."""
    words = frozenset(t.lower_ for t in sent)
    if court_act(sent):
        return True
    if label == "PEACE_PROTEST" and celebration(sent, realis):
        return True                         # a parade, a memorial: no demand, no protest
    if label in PROTESTS and (without_crowd(sent) or marched_away(sent)):
        return True                         # a petition, an open letter, a strike: no crowd
    if (violent(label) or label == _MOVEMENT) and may_practise(words) and exercise_or_test(sent):
        return True                         # a drill, a range, a weapons test: no one attacked
    if label in _STAGED_LABELS and may_stage(words) and staged(sent):
        return True                         # a mock riot, extras playing protesters
    if label == "ATTRIB" and cyber_claim(sent):
        return True                         # a hack claimed: no violence
    if label == "AGREEMENT" and business_deal(sent):
        return True                         # "agreed to raise output by 137,000 barrels a day"
    if label in _SPORT_MISREAD and sport_only(sent):
        return True                         # "the Storm's pack ...; their attack carved them open"
    if violent(label) and may_go_on(words) and long_ongoing(sent):
        return True                         # "has been fighting the government since 2023"
    if violent(label) and not words.isdisjoint(_FEAR) and feared_only(sent):
        return True                         # "they fear they could be cut off if troops move in"
    if violent(label) and not words.isdisjoint(_OBLIGING) and obliged_only(sent):
        return True                         # "we have to strike them harder", a minister said
    if label == "NATURAL_DISASTER" and weather_notice(sent):
        return True                         # "parts of the region are on flood watch"
    if (flouted_agreement(sent, label) and breach_told(sent)
            and not violent_act_label(sent, text_of(sent), objects=True)):
        return True                         # "despite the truce", and no act told
    return may_tally(words) and tally(sent)     # "300 killed in attacks in 2024": a statistic


def flouted_agreement(sent: Doc, label: str) -> bool:
    """True when ``label`` is an agreement (or the accusation a breach reads as) and every
    truce or deal the sentence names is one its act flouts (:func:`.agreements.standing_only`)."""
    return label in FLOUTED_LABELS and standing_only(sent)


# Words of a day's news beside the standing conflict ("..., and overnight launched drones").
_TODAY = frozenset({"today", "yesterday", "overnight", "tonight", "fresh", "latest"})
# Spans of time that make an ongoing act a standing conflict, not the news ("for years"); not
# months: a campaign of months told with its gains is one event (GUIDELINES: "a weeks-long
# offensive"; the founding example's "have been advancing for months ..., capturing towns").
_LONG = frozenset({"years", "decades", "decade"})
# The perfect progressive of an act gone on ("has been fighting") and the prepositions of its
# span ("since 2023", "for years").
_BEEN, _PERFECT = "been", frozenset({"has", "have", "had"})
_SINCE, _FOR = "since", "for"


# Two words of a game make a sentence about sport; the labels its words are misread as ("a
# battle for the title", "the Storm's forward pack", "an aerial attack"). Not crowds, attacks
# or contacts: fans riot, a referee is punched, ambassadors meet at a match.
_SPORT_MISREAD = frozenset({
    "ARMED_CLASH", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "AIR_STRIKE", "ART_MISS_ATTACK",
    "REM_EXPLOS", "SUIC_BOMB", "GRENADE", "CHEM_WEAP", "GOV_REGAINS_TERIT",
    "NON_STATE_ACTOR_OVERTAKES_TER"})
# Words of harm that make a sentence with sport words news all the same.
_HARM = frozenset("""
killed killing kills dead death deaths died wounded injured injuring injuries hurt damaged
destroyed arrested police fans supporters riot rioting rioters bomb bombing shot stabbed
evacuated flooded collapsed lightning troops soldiers militants rebels gunmen wounding
bomber bombers bombed bombs flooding flood floods fighters forces warplanes jets drone
drones rocket rockets missile missiles grenade grenades earthquake quake cyclone hurricane
typhoon tornado seized recaptured captured airstrike airstrikes shelling shells artillery
""".split())


# Words of a deal about money or goods, and of one about a conflict (agreements.CONFLICT_WORDS
# and the parties' words): a deal with the first and none of the second is business.
_ECONOMY = frozenset("""
output production barrels oil gas prices price tariff tariffs trade exports imports investment
investments loan loans budget wages wage salary salaries contract contracts shares merger
acquisition supply supplies quota quotas market markets debt bonds interest rates
""".split())
_CONFLICT_SIDES = frozenset("""
rebels rebel militia militias army troops fighters insurgents guerrillas government forces
rival rivals warring factions administrations blockade
""".split())


def business_deal(sent: Doc) -> bool:
    """True when the sentence's agreement is about money or goods and names no conflict
    ("producers agreed at an online meeting to raise output by 137,000 barrels per day")."""
    words = {t.lower_ for t in sent}
    return bool(words & _ECONOMY) and not words & (CONFLICT_WORDS | _CONFLICT_SIDES)


def sport_only(sent: Doc) -> bool:
    """True when the sentence is about a game (two words of sport) and names no harm nor a
    weapon, force or disaster: the words of war or weather there are the game's ("their
    left-edge attack carved them open"), not a grenade thrown into a crowd at a match."""
    words = {t.lower_ for t in sent}
    return len(words & SPORT_WORDS) >= 2 and not words & _HARM


def long_ongoing(sent: Doc) -> bool:
    """True when the sentence's main verb tells an act going on for long ("has been fighting
    the federal government since August 2023", "have been battling the army for years"): who
    the parties are, not an event of the news. Since a year, or for years or decades; not
    for months, nor since a day ("have been shelling the town since Monday")."""
    if any(t.lower_ in WEEKDAYS or t.lower_ in _TODAY for t in sent):
        return False                        # "..., and on Tuesday its fighters stormed a base"
    for verb in main_verbs(sent):
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if verb.tag_ != "VBG" or _BEEN not in aux or not aux & _PERFECT:
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]   # or misattached
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
            words = [t for o in prep.children if o.dep_ == "pobj" for t in o.subtree]
            if prep.lower_ == _SINCE and any(_year(t) for t in words):
                return True
            if prep.lower_ == _FOR and any(t.lower_ in _LONG for t in words):
                return True
    return False


def may_go_on(words: frozenset[str]) -> bool:
    """False only where :func:`long_ongoing` cannot fire on a sentence of these lower-cased
    ``words``: a day's news named, or no "been", perfect auxiliary or preposition of a span."""
    return (words.isdisjoint(WEEKDAYS) and words.isdisjoint(_TODAY) and _BEEN in words
            and not words.isdisjoint(_PERFECT) and (_SINCE in words or _FOR in words))


def _year(tok: Token) -> bool:
    """A year, not a clock time ("since 2000 hours", "since 1900 GMT")."""
    after = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    return (tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20")
            and after not in ("hours", "hrs", "hour", "gmt", "utc", "local"))


def court_act(sent: Doc) -> bool:
    """True when the sentence's main verb, or the verb a reporting main verb reports, is a
    court's act (see :data:`_COURT_ACT`): a plea, a conviction, a sentence, a trial."""
    if not may_be_court_act(text_of(sent)):
        return False                        # none of the words read below is there
    for verb in main_verbs(sent):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if _COURT_ACT.fullmatch(verb.text):
            return True
        if (_COURT_ACT_PASSIVE.fullmatch(verb.text)
                and any(c.dep_ == "auxpass" for c in verb.children)):
            return True
        if _TRIAL_VERBS.fullmatch(verb.text) and any(
                t.lower_ == _TRIAL and t.head.i in (verb.i, *(c.i for c in verb.children))
                for t in verb.subtree):
            return True
    return False


def may_be_court_act(text: str) -> bool:
    """False only where :func:`court_act` cannot fire on a sentence of this text: none of the
    strings every match of :data:`_COURT_WORDS` holds is in it (``lexicon.needs_of``: 2.5 µs
    a sentence, where the main verbs' walk took 7; most event sentences hold none)."""
    return _court_needs().may_match_folded(fold(text))


@lru_cache(maxsize=1)
def _court_needs() -> Needs:
    return needs_of(_COURT_WORDS)


# Nouns of weather notices ("flood watch", "storm warning", "heat advisory") and the words
# before them that make one; words that say a hazard struck or did harm beside a notice
# (evacuations and closures included: "were evacuated as flood warnings were issued").
_NOTICES = frozenset({"watch", "watches", "warning", "warnings", "advisory", "advisories",
                      "alert", "alerts"})
_NOTICE_OF = frozenset({"weather", "heat", "frost", "wind", "gale", "surf", "red", "orange",
                        "amber", "yellow"})
_STRUCK = frozenset({
    "killed", "dead", "died", "deaths", "injured", "hurt", "missing", "drowned", "rescued",
    "rescuers", "trapped", "toll", "bodies", "victims", "survivors", "casualties", "evacuated",
    "evacuation", "evacuations", "evacuate", "closed", "shut", "landfall", "battered", "lashed",
    "pounded", "slammed", "struck", "hit", "swept", "tore", "ravaged", "raged", "forced"})


def weather_notice(sent: Doc) -> bool:
    """True when the sentence's news is a weather notice alone ("parts of the region are on
    flood watch after heavy overnight falls", "a tornado warning was issued for three
    counties"): the notice hangs on a main verb, no hazard is the subject of a verb (it did
    not strike: not "flash floods swept through the region as red alerts were declared"),
    and no word tells harm, evacuation, closure or a hazard striking. GUIDELINES: warnings
    are no events. On the corpus (`python benchmarks/parse_rules.py weather_notices`): 43
    firings, none a real event."""
    heads = set(main_verbs(sent))
    notices = [t for t in sent if t.lower_ in _NOTICES and t.i > 0
               and (sent[t.i - 1].lower_ in HAZARDS or sent[t.i - 1].lower_ in _NOTICE_OF)]
    on_main = [t for t in notices if t.head in heads
               or (t.head.dep_ == "prep" and t.head.head in heads)]
    if not on_main:
        return False
    acted = any(t.lower_ in HAZARDS and t.dep_ in ("nsubj", "nsubjpass") for t in sent)
    words = {t.lower_ for t in sent}
    return not (acted or words & _STRUCK or HARM_TO_PLACES.search(text_of(sent)))


# Words of fearing, as word forms (the pipeline reads no lemmas).
_FEAR = frozenset({"fear", "fears", "feared", "fearing", "worried", "worry", "worries",
                   "afraid", "concerned", "anxious", "scared", "frightened", "terrified",
                   "dread", "dreads"})


# Words of what must be done: "have to", "has to", "need to", "must", "should", "ought to".
_OBLIGING_VERBS = frozenset({"have", "has", "need", "needs"})
_OBLIGING_AUX = frozenset({"must", "should", "ought"})
_OBLIGING = _OBLIGING_VERBS | _OBLIGING_AUX


def obliged_only(sent: Doc) -> bool:
    """The sentence tells what must be done, and no act: its main predicate (or the one a
    verb of saying reports) is an obligation or a need ("we need to do more to strike the
    group where it trains its men", the minister said; "the world must strike the group where it
    plans"), and no other verb of it is in the past tense ("we have to hit them, he said,
    after jets struck the town" tells the strike). The model, reading a call to strike in a
    story of strikes, gave one an air strike at 0.85."""
    mains = main_verbs(sent)
    if not any(_obliging(v) for v in mains):
        return False
    speech = [v for v in mains if SPEECH_VERB.fullmatch(v.text)]
    # the speaker's own words and what the speaker did while saying it ("..., he said,
    # listing the bombings in X and the plane brought down over Y") tell no act of the call
    aside = {v.i for v in speech} | {t.i for v in speech for c in v.children
                                      if c.dep_ == "advcl" and c.tag_ == "VBG"
                                      for t in c.subtree}
    return not any(t.tag_ == "VBD" and t.i not in aside for t in sent)


def _obliging(verb: Token) -> bool:
    """ "have to hit", "need to strike", "must strike": an obligation or need, not done."""
    if verb.lower_ in _OBLIGING_VERBS and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGING_AUX for c in verb.children)


def feared_only(sent: Doc) -> bool:
    """The sentence tells a fear of what may come, and no act: its main predicate is a word of
    fearing ("families are worried they could be cut off if the offensive reaches the valley",
    "many fear being caught in a trap if the fighters move on the city"), and no verb of it is
    in the past tense ("residents fear more attacks after gunmen killed 12 people" tells the
    killing). The model, reading such a sentence with the one before, gave one an air strike
    (0.28), which copies of one wire text then corroborated past 0.7."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    feared = root.lower_ in _FEAR or any(
        c.dep_ == "acomp" and c.lower_ in _FEAR for c in root.children)
    return feared and not any(t.tag_ == "VBD" for t in sent)

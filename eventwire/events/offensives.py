"""An offensive launched to take ground: a change of an armed group's activity
(CHANGE_TO_GROUP_ACT), read from the parse.

"Government-backed militias launched an offensive to retake X in March", "the alliance
announced an offensive aimed at recapturing X", "the coalition began a campaign to drive the
insurgents out of the province": a side declaring or opening a campaign for ground is a
strategic development (ACLED's change to a group's activity), the news of a war's next phase,
even where no fight is told with it. The model reads "offensive" as fighting and "campaign"
as anything; the parse tells the launch:

* a verb of opening ("launched", "began", "announced", "mounted", "kicked off") whose object
  is a campaign noun ("offensive", "campaign", "operation", "push");
* aimed at ground: an infinitive of taking or clearing ("to retake X", "to drive the
  militants out of X"), "aimed at recapturing", or "vowing to seize";
* done (the verb's realis: not "vowed to launch an offensive"), and with no one said killed or
  hurt in the sentence, where the fighting is the news.

Its word is the campaign's noun, whose clause of aim dates it ("launched an offensive to
retake X in late October"); it reads beside a capture the sentence's main clause tells
("forces, who launched an offensive to retake X in March, have seized villages": the seizure,
and the launch with its own month).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .ground import is_ground
from .property import harm_told

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a launch this module reads (P(a real event in scope)). On the sentences of
# tests/events/test_offensives.py every firing of DEV is a launch, ASIDE checked once; the
# training corpus holds few (`python benchmarks/parse_rules.py offensives`). Set with the
# planning attribution's (planning.PLANNING_CONFIDENCE) below the claims', for the thinner
# evidence, and above the default gate: the launch is said outright.
OFFENSIVE_CONFIDENCE = 0.75
# Verbs of opening a campaign.
OPENING_VERBS = frozenset({
    "launch", "launches", "launched", "launching", "begin", "begins", "began", "begun",
    "beginning", "start", "starts", "started", "starting", "announce", "announces",
    "announced", "announcing", "mount", "mounts", "mounted", "mounting", "open", "opens",
    "opened", "opening", "unleash", "unleashed", "kick", "kicked", "declare", "declared"})
# Nouns of a campaign for ground.
CAMPAIGN_NOUNS = frozenset({
    "offensive", "offensives", "counteroffensive", "counter-offensive", "campaign",
    "operation", "push", "drive"})
# Verbs of taking or clearing ground, the campaign's aim.
TAKING_VERBS = frozenset({
    "retake", "recapture", "capture", "seize", "take", "reclaim", "regain", "liberate", "free",
    "clear", "oust", "expel", "dislodge", "drive", "push", "flush", "retaking", "recapturing",
    "capturing", "seizing", "taking", "reclaiming", "regaining", "liberating", "freeing",
    "clearing", "ousting", "expelling", "dislodging", "driving", "pushing", "flushing"})
# Words that tie an aim to the campaign: "aimed at recapturing", "vowing to retake".
_AIMING = frozenset({"aimed", "aiming", "vowing", "seeking", "intended", "designed"})


def offensive_launched(sent: Doc, realis: Callable[[Token], bool]) -> Token | None:
    """The noun of a campaign for ground launched in ``sent`` (see the module docstring), or
    None."""
    if harm_told(sent):
        return None                         # the fighting is the news: the model's
    for verb in sent:
        if verb.lower_ not in OPENING_VERBS or verb.pos_ != "VERB" or not realis(verb):
            continue
        campaigns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                     and c.lower_ in CAMPAIGN_NOUNS]
        for campaign in campaigns:
            if _for_ground(campaign) or _for_ground(verb):
                return campaign
    return None


def _for_ground(head: Token) -> bool:
    """An aim of taking ground hangs on ``head`` (the campaign noun or its verb): "to retake
    X", "aimed at recapturing X", "vowing to seize X"."""
    for c in head.children:
        if c.dep_ in ("acl", "advcl", "xcomp", "relcl") and _takes_ground(c) and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ in ("acl", "advcl") and c.lower_ in _AIMING and any(
                _takes_ground(t) for t in c.subtree
                if t.i != c.i and t.dep_ in ("pcomp", "xcomp", "pobj", "ccomp")):
            return True
    return False


def _takes_ground(verb: Token) -> bool:
    """A verb of taking or clearing whose object, or what it clears people out of or from,
    is ground: "retake X", "recapture the town", "recapturing it", "drive the militants out
    of the valley"."""
    if verb.lower_ not in TAKING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                for o in p.children if o.dep_ == "pobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "out"
                for of in p.children if of.lower_ == "of" for o in of.children
                if o.dep_ == "pobj"]
    # "it" is the place the sentences before name ("an offensive aimed at recapturing it")
    return any(o.pos_ == "PROPN" or o.lower_ == "it" or is_ground(o) for o in objects)


def may_launch(words: frozenset[str]) -> bool:
    """Whether the sentence's words (lower case) may hold a launch: a prefilter."""
    return not words.isdisjoint(CAMPAIGN_NOUNS) and not words.isdisjoint(OPENING_VERBS)

"""Violence a sentence does, not talks about: the violent label of a sentence's own act
(:func:`violent_act_label`), which stands over the model's diplomacy where the act is done
to diplomats ("gunmen shot dead a diplomat") and over an agreement or a claim the act flouts
(:func:`violence_over_contact`), and the sentence's main verbs it is read on
(:func:`main_verbs`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..claims import SPEECH_VERB
from ..lexicon import cue_scanners
from ..taxonomy import LABELS
from .agreements import standing_only
from .battles import fire_traded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .model import Judgement

# The event types of violence: where the cue words of one name the sentence's own act and the
# model says DIPLO, the act is the event. The model reads "ambassador", "embassy" and
# "diplomat" as diplomacy: of six sentences of our own telling violence done to diplomats or
# embassies ("Gunmen shot dead a Turkish diplomat", "A rocket hit the US embassy compound"),
# the detector typed 3 DIPLO (tests/events/test_detect_model.py holds them and more).
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# The dependencies by which a noun names its clause's own act ("a rocket hit ...", "a car bomb
# exploded"), not a reason or a topic ("summoned over the shooting", "discussed the shelling").
_ACT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose subject is a happening talked about, not done: "the attacks in X and Y showed
# that ...", "the bombing underlined the threat".
# (The parse has no lemmas: the verbs' forms.)
_MEANING_VERB = re.compile(
    r"(?:show|prove|demonstrate|underline|underscore|highlight|illustrate|reveal|suggest|"
    r"remind|signal|confirm|indicate|reflect|expose)(?:s|d|ed|n|ing)?|means?|meant",
    re.IGNORECASE)


def violence_over_contact(j: Judgement, parsed: Doc, text: str) -> Judgement:
    """The judgement, with the violent label whose cue words name the sentence's own act where
    the model says DIPLO (see :data:`VIOLENT_TYPES`): the cue stands on a main verb, or on the
    subject of one ("shot dead a diplomat", "a rocket hit the embassy"). The rules' own
    reading does not tell it: the words for diplomats weigh more there than "shot dead".
    So too where the model says AGREEMENT, or ATTRIB, of a sentence whose every truce or deal
    is one its act flouts (:func:`.agreements.standing_only`: "shelled the town in violation
    of the ceasefire"); with no violent act named there, :func:`.nonevents.told_as_no_event`
    reads no event at all."""
    flouted = (j.label in FLOUTED_LABELS and standing_only(parsed)
               and not (j.label == "ATTRIB" and "responsibility" in text.lower()))
    if j.label != "DIPLO" and not flouted:
        return j
    act = violent_act_label(parsed, text, objects=flouted)
    return j if act is None else replace(j, label=act)


# The model's labels a standing agreement the act flouts brings: the agreement, and the
# breach read as an accusation ("violation" is a cue of attribution).
FLOUTED_LABELS = frozenset({"AGREEMENT", "ATTRIB"})


def violent_act_label(parsed: Doc, text: str, *, objects: bool = False) -> str | None:
    """The violent label whose cue words weigh most among those naming the sentence's own act
    (a main verb, or the subject of one; with ``objects``, also what a main verb does or
    goes on with or turns to: "carried out airstrikes", "pressed ahead with airstrikes",
    "resorted to shelling")."""
    heads = main_verbs(parsed)
    if objects:             # and the acts a breach was done by ("broke the truce, shelling")
        acts = [c for h in heads for c in h.children
                if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB"] + [
            g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pcomp"]
        heads = heads + acts
        heads = heads + [c for h in heads for c in h.children if c.dep_ == "dobj"] + [
            g for h in heads for c in h.children if c.dep_ == "prep"
            and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    at = {t.idx: t for t in parsed}
    best: tuple[float, str] | None = None
    for scanner in cue_scanners():
        info = LABELS.get(scanner.name)
        if info is None or info.event_type not in VIOLENT_TYPES:
            continue
        for match in scanner.pattern.finditer(text):
            tok = at.get(match.start())
            while tok is not None and tok.dep_ == "compound":     # "mortar rounds struck"
                tok = tok.head
            if tok is None or not (tok in heads or (tok.dep_ in _ACT_DEPS and tok.head in heads
                                                    and not _MEANING_VERB.fullmatch(
                                                        tok.head.text))):
                continue
            weight = next(w for i, w in enumerate(scanner.weights) if match.group(f"g{i}"))
            if best is None or weight > best[0]:
                best = (weight, scanner.name)
    if best is None and any(fire_traded(h) for h in heads):
        return FIRE_TRADED        # "traded fire again": the cue lexicon names it "exchanged"
    return None if best is None else best[1]


# Fire exchanged is a battle, whatever verb of exchange tells it (:func:`.battles.fire_traded`).
FIRE_TRADED = "ARMED_CLASH"


def main_verbs(sent: Doc) -> list[Token]:
    """The root, and the clause a reporting root reports ("police said he had pleaded")."""
    out = []
    for root in (t for t in sent if t.dep_ == "ROOT"):
        out.append(root)
        if SPEECH_VERB.fullmatch(root.text):
            out.extend(c for c in root.children if c.dep_ == "ccomp")
    return out

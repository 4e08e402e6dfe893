"""Diplomats expelled, summoned or recalled, read from the parse (DIPLO, GUIDELINES-style
definition in ``training/data/README.md``: "the expulsion, recall or summons of diplomats").

The learned model ranks most of these low ("Britain expelled two Russian diplomats on Tuesday
over the poisoning": 0.14): its diplomacy is meetings and visits, and the sentence's other
words are those of the dispute. The parse tells that a state's act was done to diplomats: a
verb of expelling, summoning or recalling with diplomats as its object ("expelled two Russian
diplomats", "summoned the Iranian ambassador", "recalled its envoy"), or as the subject of
its passive ("three diplomats were ordered out"), done and told as the sentence's news.
Not a threat or a call for one ("threatened to expel the ambassador"), nor history dated by
a year, nor anyone else expelled ("the school expelled the ambassador's son").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon import demonyms
from ..nlp import text_of
from .agreements import dated_by_year, main_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of an expulsion, summons or recall the parse reads (P(a real event in
# scope)): set at the level of the other contact readings (contacts.CONTACT_CONFIDENCE is
# 0.85) less a margin, as the corpus holds few of these to measure it on (see the tests).
EXPULSION_CONFIDENCE = 0.8
# Verbs of a state's act on another's diplomats, as word forms (no lemmatizer).
_ACTS = frozenset({
    "expel", "expels", "expelled", "expelling", "summon", "summons", "summoned", "summoning",
    "recall", "recalls", "recalled", "recalling", "ordered", "declared"})
# The words of a state acting ("the foreign ministry", "the government", "Washington").
_STATE = frozenset({"government", "ministry", "ministries", "office", "department", "president",
                    "minister", "authorities", "kremlin", "junta", "cabinet", "state"})
# Staff a state sends home for their own safety: an evacuation, not an expulsion.
_SENT_HOME = re.compile(r"\bnon[- ]?(?:emergency|essential)\b", re.IGNORECASE)
# Who the act is done to.
_DIPLOMATS = frozenset({
    "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "charge",
    "chargé", "consul", "consuls", "attache", "attaché", "attaches", "attachés", "emissary"})


def diplomats_expelled(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells diplomats expelled, summoned or recalled as its
    news (see the module docstring)."""
    for verb in sent:
        if verb.lower_ not in _ACTS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not realis(verb) or not main_clause(verb) or dated_by_year(verb):
            continue
        if _SENT_HOME.search(text_of(sent)):
            continue                        # staff sent home for their safety
        if verb.lower_ == "ordered" and not any(
                c.lower_ == "out" or c.dep_ == "xcomp" and c.lower_ == "leave"
                for c in verb.children):
            continue                        # "ordered out", "ordered to leave"; not an inquiry
        if verb.lower_ == "declared" and "grata" not in {t.lower_ for t in verb.subtree}:
            continue                        # "declared persona non grata"
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            continue                        # "recalled as a witness"
        done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_diplomats(t) for t in done_to) and _by_a_state(verb):
            return True
    return False


def _by_a_state(verb: Token) -> bool:
    """The one who acted is a state (a country, its government, ministry or leader), or goes
    unsaid (a passive); not protesters, militants or hackers ordering diplomats out."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return True
    words = " ".join(t.text for s in subjects for t in s.subtree)
    return any(t.ent_type_ in ("GPE", "NORP") or t.lower_ in _STATE
               for s in subjects for t in s.subtree) or any(
        d.pattern.search(words) for d in demonyms())       # "Mali", "Niger" as a name


def _diplomats(tok: Token) -> bool:
    """``tok`` names diplomats ("two Russian diplomats", "Russia's charge d'affaires") or an
    embassy's staff ("embassy staff"), not someone of theirs ("the ambassador's son")."""
    for w in (tok, *tok.conjuncts):
        owned = {t.i for c in w.children if c.dep_ == "poss" for t in c.subtree}
        for t in w.subtree:
            if t.i in owned:
                continue
            if t.lower_ in _DIPLOMATS or t.lower_ == "staff" and any(
                    c.lower_ in ("embassy", "consulate", "diplomatic") for c in t.children):
                return True
    return False


def may_expel(words: frozenset[str]) -> bool:
    """False only where :func:`diplomats_expelled` cannot fire on a sentence of these
    lower-cased ``words``: no verb of expelling, summoning or recalling."""
    return not words.isdisjoint(_ACTS)

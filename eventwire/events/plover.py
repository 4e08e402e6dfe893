"""PLOVER typing: the PLOVER event type (and mode) of a sentence.

Violent and protest labels carry their PLOVER type from the taxonomy (an air strike is ASSAULT,
mode aerial). For the rest — statements, meetings, demands, threats, sanctions — the verb that
heads the sentence decides: the PLOVER verb lexicon (``events_plover.tsv``) is matched and the
match on the main verb (or, without a parse, the earliest match) wins. A negated agreement is a
rejection; a conditional "will/would" is a threat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import read_table, word_regex
from ..taxonomy import LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Labels whose PLOVER type the taxonomy fixes: the violence and protest families.
_FIXED_TYPES = frozenset({"ASSAULT", "PROTEST"})
# Verbs that only report what someone else did: the event is their complement.
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "reported", "reports", "announced",
                        "announces", "stated", "added", "claimed", "claims", "noted", "confirmed",
                        "according", "quoted", "disclosed", "revealed", "insisted"})
_CONDITIONAL = re.compile(r"\b(?:if|unless|until|otherwise)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no longer|refused to|declined to|failed to)\s+"
                       r"(?:\w+\s+)?$")
_OBLIGATION = re.compile(r"\b(?:must|should|ought to|has to|have to)\s+(?:\w+\s+)?$")
_INTENT = re.compile(r"\b(?:will|would|shall|may|might|'ll|willing to|ready to|prepared to|"
                     r"plans? to|planning to|intends? to|is to|are to|going to|decided to|"
                     r"expected to)\s+(?:\w+\s+)?$")
# Intended acts that harm the other side are threats; intended help is an agreement (intent).
_HOSTILE = frozenset({"COERCE", "SANCTION", "ASSAULT", "MOBILIZE", "THREATEN"})
_NEGATED_TYPES = {"AGREE": "REJECT", "SUPPORT": "REJECT", "CONCEDE": "REJECT",
                  "COOPERATE": "REJECT", "CONSULT": "REJECT"}


@dataclass(frozen=True, slots=True)
class PloverCue:
    type: str
    mode: str | None
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def plover_cues() -> tuple[PloverCue, ...]:
    """The PLOVER verb lexicon, in file order (earlier rows win ties)."""
    return tuple(PloverCue(t, m or None, word_regex(p))
                 for t, m, p in read_table("events_plover.tsv"))


def plover_type(trigger: str, label: str) -> tuple[str, str | None]:
    """PLOVER (type, mode) of an event of ``label`` named by ``trigger`` ("banned" -> COERCE);
    the label's own PLOVER type when it is fixed or the trigger names none."""
    info = LABELS[label]
    if info.plover_type in _FIXED_TYPES or label == "ATTRIB":
        return info.plover_type, info.plover_mode
    found = read_plover(trigger)
    return found if found else (info.plover_type, info.plover_mode)


def read_plover(text: str, doc: Doc | None = None) -> tuple[str, str | None] | None:
    """The PLOVER type named by the sentence's main verb, or None when no cue matches."""
    matches = [(m.start(), m.end(), i, c) for i, c in enumerate(plover_cues())
               for m in c.pattern.finditer(text)]
    if not matches:
        return None
    anchor = _main_verb_offsets(doc) if doc is not None else []
    pick = None
    for pos in anchor:                       # the main verb chain, outermost first
        covering = [x for x in matches if x[0] <= pos < x[1]]
        if covering:
            pick = min(covering, key=lambda x: x[2])
            break
    if pick is None:
        pick = min(matches, key=lambda x: (x[0], x[2]))
    cue = pick[3]
    ptype = cue.type
    return _modality(text[max(0, pick[0] - 30):pick[0]].lower(), ptype, text), cue.mode


def _modality(before: str, ptype: str, text: str) -> str:
    """The type once negation, obligation and intent before the verb are read."""
    if _NEGATION.search(before):
        return _NEGATED_TYPES.get(ptype, ptype)
    if _OBLIGATION.search(before):
        return "REQUEST"
    if _INTENT.search(before):
        if ptype in _HOSTILE or _CONDITIONAL.search(text):
            return "THREATEN"               # "will impose a curfew", "may halt talks if ..."
        return "AGREE"                      # "will visit", "is ready to send troops"
    return ptype


def main_verb(doc: Doc) -> Token | None:
    """The verb the sentence is about: the root, or what a reporting root ("said") reports."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    node = roots[0]
    for _ in range(3):
        if node.lower_ not in _REPORTING:
            break
        nxt = [c for c in node.children if c.dep_ in ("ccomp", "xcomp")]
        if not nxt:
            break
        node = nxt[0]
    return node


def _main_verb_offsets(doc: Doc) -> list[int]:
    """Character offsets of the main verb chain: the root, or what a reporting root reports,
    then the verbs it governs (xcomp: "threatened to ban" -> threatened, ban)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return []
    chain: list[Token] = []
    node = roots[0]
    for _ in range(4):
        chain.append(node)
        if node.lower_ in _REPORTING:
            nxt = [c for c in node.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
        else:
            nxt = [c for c in node.children if c.dep_ in ("xcomp",)]
        if not nxt:
            break
        node = nxt[0]
    out = [t.idx for t in chain if t.lower_ not in _REPORTING]
    # Nouns heading the root's object ("launched a mediation effort") come after the verbs.
    for t in chain:
        out.extend(c.idx for c in t.children if c.dep_ in ("dobj", "attr"))
    return out


# Longest noun phrase kept as a PLOVER source/target text: a name with its title and country
# adjective ("Senior Hungarian and Romanian officials") fits; longer subtrees are clauses.
MAX_ROLE_TOKENS = 8


def clause_roles(doc: Doc) -> tuple[str | None, str | None]:
    """Source and target text of the sentence's main verb (PLOVER style): its subject noun
    phrase and its object (or the object of its first preposition); reporting verbs ("said")
    hand over to the clause they report."""
    verb = main_verb(doc)
    if verb is None:
        return None, None
    source = target = None
    for child in verb.children:
        if child.dep_ == "nsubj" and source is None:
            source = _phrase(child)
        elif child.dep_ == "nsubjpass" and target is None:
            target = _phrase(child)             # "X was attacked (by Y)": X is the target
        elif child.dep_ == "agent" and source is None:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            source = _phrase(objs[0]) if objs else None
        elif child.dep_ in ("dobj", "dative") and target is None:
            target = _phrase(child)
    if target is None:
        for child in verb.children:
            if child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    target = _phrase(objs[0])
                    break
    return source, target


def _phrase(head: Token) -> str | None:
    """The noun phrase of ``head``: its compounds, adjectives and conjuncts, few enough tokens."""
    if head.pos_ == "PRON":
        return None
    toks = [t for t in head.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos")
            and t.i <= head.i + 3]
    toks = toks[-MAX_ROLE_TOKENS:] if len(toks) > MAX_ROLE_TOKENS else toks
    return " ".join(t.text for t in toks) or None


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

from ..claims import REPORTING_VERBS, SPEECH_VERBS, STANCE_VERBS
from ..lexicon import read_table, word_regex
from ..records import Sentence
from ..taxonomy import LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The words after a trigger a cue may read ("stopped" + "families from leaving the camp"): the
# longest cue phrase of the lexicon spans about six words.
AFTER_CHARS = 60
# Labels whose PLOVER type the taxonomy fixes: the violence and protest families.
_FIXED_TYPES = frozenset({"ASSAULT", "PROTEST"})
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


def plover_type(trigger: str, label: str, after: str = "") -> tuple[str, str | None]:
    """PLOVER (type, mode) of an event of ``label`` named by ``trigger`` ("banned" -> COERCE);
    the label's own PLOVER type when it is fixed or the trigger names none. ``after``, the
    words that follow the trigger, complete a cue the trigger opens ("stopped" + "people
    leaving the town": a restriction): a cue matching from the trigger's first word only."""
    info = LABELS[label]
    if info.plover_type in _FIXED_TYPES or label == "ATTRIB":
        return info.plover_type, info.plover_mode
    found = read_plover(trigger) or (_opened(f"{trigger} {after.strip()}") if after else None)
    return found if found else (info.plover_type, info.plover_mode)


def words_after(sentence: Sentence, trigger_span: tuple[int, int]) -> str:
    """The words after a trigger (document offsets) in its sentence, as many as a cue of the
    lexicon spans (:data:`AFTER_CHARS`)."""
    start = trigger_span[1] - sentence.start
    return sentence.text[start:start + AFTER_CHARS] if 0 <= start else ""


def _opened(text: str) -> tuple[str, str | None] | None:
    """The first cue of the lexicon that matches ``text`` from its first word."""
    for c in plover_cues():
        m = c.pattern.match(text)
        if m is not None:
            return c.type, c.mode
    return None


def read_plover(text: str, doc: Doc | None = None) -> tuple[str, str | None] | None:
    """The PLOVER type named by the sentence's main verb, or None when no cue matches."""
    anchor, reporters = _main_verb_offsets(doc) if doc is not None else ([], set())
    matches = [(m.start(), m.end(), i, c) for i, c in enumerate(plover_cues())
               for m in c.pattern.finditer(text) if m.start() not in reporters]
    if not matches:
        return None
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
    return _verb_and_reporter(doc)[0]


def _main_verb_offsets(doc: Doc) -> tuple[list[int], set[int]]:
    """Character offsets of the main verb chain: the root, or what a reporting root reports,
    then the verbs it governs (xcomp: "threatened to ban" -> threatened, ban); and the offsets
    of the speech verbs that handed over, which name no type ("..., officials alleged")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return [], set()
    chain: list[Token] = []
    reporters: set[int] = set()
    node = roots[0]
    for _ in range(4):
        chain.append(node)
        if _reports(node):
            nxt = [c for c in node.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
            if nxt:
                reporters.add(node.idx)
        else:
            nxt = [c for c in node.children if c.dep_ in ("xcomp",)]
        if not nxt:
            break
        node = nxt[0]
    out = [t.idx for t in chain if t.lower_ not in REPORTING_VERBS and t.idx not in reporters]
    reporters.update(c.idx for t in chain for c in t.children       # "X, officials alleged, ..."
                     if c.dep_ == "parataxis" and c.lower_ in SPEECH_VERBS)
    # Nouns heading the root's object ("launched a mediation effort") come after the verbs.
    for t in chain:
        out.extend(c.idx for c in t.children if c.dep_ in ("dobj", "attr"))
    return out, reporters


def _reports(verb: Token) -> bool:
    """Whether a speech verb only reports the clause it governs: a reporting verb ("said"), or
    one with a stance of its own after that clause ("Troops fired on Y, residents alleged"),
    not before it ("X alleged that ...": X accuses)."""
    return verb.lower_ in REPORTING_VERBS or (verb.lower_ in STANCE_VERBS and any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children))


# Longest noun phrase kept as a PLOVER source/target text with where the party is from and its
# apposition; longer, the phrase drops those, then keeps only its head and the words before it.
# On the PLOVER dev set (eventwire eval events ... --format plover) actor F1 was 0.798 at 8,
# 0.812 at 10, 0.813 at 12 and 16, 0.815 at 20: past 12, phrases grow into clauses.
MAX_ROLE_TOKENS = 12
# How many prepositions (or a participle's "by": "held by") deep a party acted upon is looked
# for inside what the verb acts upon: "shelled the outskirts of a town held by X" takes three.
# PLOVER dev actor F1 (eventwire eval events ... --format plover) 0.813 before the participles,
# 0.815 at 2, 3 and 4 steps; taking a participle's object too ("a law banning X") gave 0.812.
NESTED_STEPS = 3
# Prepositions that give a clause its place or time, not the party acted upon ("met in Geneva").
_WHERE_WHEN = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "within",
                         "throughout", "during", "since", "after", "before", "until", "over",
                         "under", "amid", "despite", "via", "by", "as", "like", "than", "into",
                         "following", "because", "due", "upon"})
# Entity types of places: "at" a place gives where, "at" people whom ("fired at the crowd").
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# "in protest against X", "in response to X": X is whom the act answers.
_GRIEVANCES = frozenset({"protest", "response", "retaliation", "reprisal", "defiance",
                         "solidarity", "support", "opposition"})
# Modals that make a reported clause a demand of the speaker ("X said Y must ...").
_MUST = frozenset({"must", "should", "ought"})


def clause_roles(doc: Doc) -> tuple[str | None, str | None]:
    """Source and target text of the sentence's main verb (PLOVER style): its subject and the
    first party it acts upon (its object, a preposition's object, or a party named inside a
    thing it acts upon: "cut ties with X"), else the party owning that thing ("rejected a U.S.
    request") or the country or city it was done in ("imposed a curfew in X"); never a thing,
    date or abstract noun, never the source itself. Reporting verbs ("said") hand over to the
    clause they report, and back to their own subject where that clause's subject is a pronoun
    or the clause is a demand ("X said Y must ...": X demands of Y)."""
    verb, reporter = _verb_and_reporter(doc)
    if verb is None:
        return None, None
    subject, passive = _subject(verb)
    speaker = _subject(reporter)[0] if reporter is not None else None
    target_tok = None
    cands: list[Token] = []
    if speaker is not None and subject is not None and _pronominal(subject):
        subject = speaker
    elif speaker is not None and subject is not None and _demand(verb):
        subject, target_tok = speaker, subject
    source = _party_phrase(subject, strict=False) if subject is not None else None
    if source is None and subject is not None:      # "US drone strikes killed ...": the US
        source = _owner(subject, None)
    if target_tok is None:
        inner = _inner_objects(passive, depth=NESTED_STEPS - 1) if passive is not None else ()
        cands = ([passive, *inner] if passive is not None else []
                 ) + list(_acted_upon(verb))      # "a camp for refugees was attacked"
        target_tok = next((c for c in cands if not _pronominal(c) and not _same(c, subject)
                           and _party_head(c) is not None), None) or _act_done_to(subject)
    target = _party_phrase(target_tok, strict=True) if target_tok is not None else None
    if target is None and target_tok is None:       # "rejected a U.S. request": the U.S.
        target = next((o for c in cands if (o := _owner(c, subject)) is not None), None)
    if target is None and target_tok is None:       # "lifted the curfew in X": X's
        target = _place_acted_in(verb, subject)
    if target is not None and source is not None and _norm_text(target) == _norm_text(source):
        target = None                               # X -> X is no event
    return source, target


def _act_done_to(subject: Token | None) -> Token | None:
    """The party an act as subject was done to, when the verb acts upon none ("the shelling of
    a town held by X continued")."""
    from ..actors.parties import is_act
    if subject is None or not is_act(subject):
        return None
    return next((c for c in _inner_objects(subject, depth=NESTED_STEPS)
                 if not _pronominal(c) and _party_head(c) is not None), None)


def _verb_and_reporter(doc: Doc) -> tuple[Token | None, Token | None]:
    """The main verb, and the reporting verb ("said") above it, if any; a speaker's stance on
    its own act ("X warned it would expel Y") hands over its roles too."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None, None
    node, reporter = roots[0], None
    for _ in range(3):
        if not (_reports(node) or _own_act(node)):
            break
        nxt = [c for c in node.children if c.dep_ in ("ccomp", "xcomp")]
        if not nxt:
            break
        reporter, node = node, nxt[0]
    if reporter is None and _subject(node) == (None, None):
        node = _misparsed_root(node)
    return node, reporter


def _own_act(verb: Token) -> bool:
    """A stance verb whose clause has a pronoun acting for the speaker ("warned it would")."""
    return verb.lower_ in STANCE_VERBS and any(
        c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children)
        for c in verb.children)


def _misparsed_root(root: Token) -> Token:
    """The finite verb a subjectless root hides: "Newly appointed Minister X has refused ..."
    (root "appointed", the act its clause), "A newspaper called on ..." (root "newspaper",
    the act a past-tense verb hung on it)."""
    for c in root.children:
        if c.dep_ in ("ccomp", "conj") and c.pos_ == "VERB" and _subject(c) != (None, None):
            return c
        if root.pos_ in ("NOUN", "PROPN") and c.dep_ == "acl" and c.tag_ == "VBD":
            return c
    return root


def _subject(verb: Token) -> tuple[Token | None, Token | None]:
    """The verb's acting subject (the "by" phrase of a passive) and its passive subject."""
    subj = passive = None
    for child in verb.children:
        if child.dep_ == "nsubj" and subj is None:
            subj = child
        elif child.dep_ == "nsubjpass" and passive is None:
            passive = child
        elif child.dep_ == "agent" and subj is None:
            subj = next((c for c in child.children if c.dep_ == "pobj"), None)
    if subj is None and passive is None and verb.dep_ == "acl" and verb.tag_ == "VBD":
        subj = verb.head                            # "A newspaper called on ..." misparsed
    return subj, passive


def _pronominal(tok: Token) -> bool:
    """A pronoun, or a noun owned by one ("their forces"): it stands for someone named before."""
    return tok.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                     for c in tok.children)


def _demand(verb: Token) -> bool:
    """"must/should ...", or a bare verb after "that" ("insisted that X reopen")."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return any(c.lower_ in _MUST for c in auxes) or (verb.tag_ == "VB" and not auxes and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children))


def _acted_upon(verb: Token):
    """Nouns the verb acts upon, nearest first: objects, objects of its prepositions that do
    not give a place or time, the parties named inside those ("ties with X"), the subject of
    a clause it demands or decides ("demanded that X ..."), what its infinitive acts upon."""
    objs = [o for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
            for o in ([c] if c.pos_ != "ADP" else [p for p in c.children if p.dep_ == "pobj"])]
    yield from objs
    pobjs = [c for child in verb.children if child.dep_ == "prep" and (
        child.lower_ not in _WHERE_WHEN or child.lower_ == "at")
        for c in child.children if c.dep_ == "pobj"
        and (child.lower_ != "at" or c.ent_type_ not in _PLACES)]
    yield from pobjs
    for obj in objs + pobjs:
        yield from _inner_objects(obj, depth=NESTED_STEPS)
    if not _reports(verb):
        yield from (s for c in verb.children if c.dep_ == "ccomp"
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
    for child in verb.children:                  # "offered to negotiate with X", "urged Y to"
        if child.dep_ == "xcomp" or (child.dep_ == "advcl" and _purpose(child)):
            yield from _acted_upon(child)           # "... a hunger strike to protest X"
    for head in [verb, *objs]:                      # "in protest against X"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for grievance in (c for c in prep.children if c.lower_ in _GRIEVANCES):
                    yield from _inner_objects(grievance, depth=NESTED_STEPS)


def _purpose(clause: Token) -> bool:
    """An infinitive of purpose ("opened fire to disperse X")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _inner_objects(head: Token, depth: int):
    """Objects of the prepositions inside a noun phrase ("a meeting of the council") and the
    "by" phrase of a participle saying who holds the thing ("a town held by X"), ``depth``
    steps down ("the outskirts of a town held by X": three)."""
    if depth == 0:
        return
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ not in _WHERE_WHEN - {"by"}:
            objs = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "acl":   # its object is what it does, not who holds it ("banning X")
            objs = [o for c in child.children if c.dep_ == "agent"
                    for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        for obj in objs:
            yield obj
            yield from _inner_objects(obj, depth - 1)


def _party_head(tok: Token) -> Token | None:
    """The token naming the party of the phrase headed by ``tok``: the head itself, or for a
    number or part of a party ("thousands of refugees", "members of the union"), the party
    after "of" (a thing of a party, "positions of the army", is searched later as an object
    inside what the verb acts upon)."""
    from ..actors.parties import is_party, is_part
    for _ in range(3):
        if tok.pos_ == "PRON" and not is_part(tok):
            return None
        if is_party(tok):
            return tok
        nxt = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
        if not nxt or not is_part(tok):
            conj = [c for c in tok.children if c.dep_ == "conj"]
            return next((c for c in conj if is_party(c)), None)
        tok = nxt[0]
    return None


def _party_phrase(tok: Token, *, strict: bool) -> str | None:
    """The phrase of the party ``tok`` heads or names; without one, the phrase itself when not
    ``strict`` (a subject acts even when the lexicon does not know its noun)."""
    from ..actors.parties import is_act
    head = _party_head(tok)
    if head is None:
        return None if strict or tok.pos_ == "PRON" or is_act(tok) else _phrase(tok)
    return _phrase(head)


def _owner(thing: Token, subject: Token | None) -> str | None:
    """The party a thing acted upon belongs to or comes from ("Turkey's efforts", "an Indian
    proposal", "rebel camps"), unless it is the subject's own ("its forces", "talks on an
    Israeli pullback" between Israel and another)."""
    from ..actors.parties import PARTY_ENTITIES, is_party
    from ..lexicon import country_of
    mods = [c for c in thing.lefts if c.dep_ in ("poss", "amod", "compound", "nmod")]
    if subject is not None and any(_pronominal(c) or _same(c, subject)
                                   or _same_country(c, subject) for c in mods):
        return None
    for c in mods:                  # a common noun owns only as a noun: not "a general strike"
        if c.ent_type_ in PARTY_ENTITIES or country_of(c.text) or (
                c.dep_ != "amod" and is_party(c)):
            return " ".join(t.text for t in c.subtree if t.dep_ != "case")
    return None


def _place_acted_in(verb: Token, subject: Token | None) -> str | None:
    """A country or city something was done to in, standing for its people and government,
    when the clause names no party it acts upon ("imposed a curfew in X", not "met in X");
    not the subject's own."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    if not things:
        return None                                 # "met in Geneva": where, not whom
    for head in [verb, *things]:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "into", "inside"):
                continue
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                if place.ent_type_ == "GPE" and not (subject is not None and (
                        _same(place, subject) or _same_country(place, subject))):
                    return _phrase(place)
    return None


def _same_country(a: Token, b: Token) -> bool:
    """Whether a word names the country the phrase ``b`` names ("Israeli" and "Israel and
    Lebanon")."""
    from ..lexicon import country_of
    ca = country_of(a.text)
    return ca is not None and any((cb := country_of(t.text)) is not None and cb.iso2 == ca.iso2
                                  for t in b.subtree)


def _same(tok: Token, other: Token | None) -> bool:
    return other is not None and (tok.i == other.i or tok in other.subtree)


def _norm_text(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


# Dependents that belong to a party's name; relative clauses, participles, appositions and
# prepositions of place are the sentence's, not the name's.
_NAME_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod",
                        "case", "npadvmod", "advmod", "punct", "cc", "nn"})


def _phrase(head: Token) -> str | None:
    """The noun phrase of ``head``: the words before it that modify it, names joined to it,
    its "of" phrase ("leaders of the X coalition") and conjoined parties, as written; with
    where it is from and its apposition ("X, the UN's envoy") when that still fits."""
    if head.pos_ == "PRON":
        return None
    for extra in (True, False):
        keep = _name_tokens(head, depth=2, extra=extra)
        lo, hi = min(keep), max(keep)
        if hi - lo + 1 <= MAX_ROLE_TOKENS:
            break
    else:
        keep = [t.i for t in head.subtree if t.i <= head.i and t.dep_ != "punct"] or [head.i]
        lo, hi = max(min(keep), head.i - MAX_ROLE_TOKENS + 1), head.i
    toks = list(head.doc[lo:hi + 1])
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("case", "cc")):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks.pop(0)
    return " ".join(t.text for t in toks) or None


def _name_tokens(head: Token, depth: int, extra: bool) -> list[int]:
    """Indices of ``head``'s name: its left modifiers' subtrees, flat name parts after it, its
    "of"/"for" phrase and its conjuncts (up to ``depth`` levels down); with ``extra``, also
    where it is from and an apposition without a verb."""
    out = [head.i]
    for c in head.lefts:
        if c.dep_ in _NAME_LEFT:
            out.extend(t.i for t in c.subtree)
    for c in head.rights:
        if c.dep_ in ("compound", "flat", "nmod", "nummod") or (
                c.dep_ == "appos" and (extra or c.i == head.i + 1) and _verbless(c)):
            out.extend(t.i for t in c.subtree)     # "the newspaper X", "X, the UN's envoy"
        elif extra and depth and c.dep_ == "prep" and c.lower_ in _HOME and _verbless(c):
            out.extend(t.i for t in c.subtree)     # "militias in X", "activists from X"
        elif extra and depth and c.dep_ == "acl" and c.lower_ in ("based", "operating"):
            out.extend(t.i for t in c.subtree)     # "a group based in X"
        elif depth and c.dep_ == "prep" and c.lower_ in ("of", "for"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                out.append(c.i)
                out.extend(_name_tokens(objs[0], depth - 1, extra))
        elif depth and c.dep_ == "conj":
            out.extend(_name_tokens(c, depth - 1, extra))
    return out


def _verbless(tok: Token) -> bool:
    """Whether a modifier's words hold no verb (a clause the parser hung on a noun)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)


# Prepositions that say where a party is from or lives: part of how it is named ("rebels in
# the north", "activists from the party").
_HOME = frozenset({"in", "from", "throughout", "across"})

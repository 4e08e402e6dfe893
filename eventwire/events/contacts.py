"""Diplomatic contact read from who spoke with whom: a meeting, talks or a phone call between
officials of different states (DIPLO, GUIDELINES-style definition in ``training/data/README.md``).

The learned model ranks one-line contacts low ("The foreign minister later spoke with his
Japanese counterpart"): the words are those of any conversation, and what makes it diplomacy
is who the two sides are. The parse tells that: a contact verb ("met", "spoke", "talked",
"phoned", "held talks") or noun ("in a phone call with"), that happened, with two sides, each
an official or a named person, at least one an official of a named state ("Turkish President
X", "U.S. Secretary of State Y") or the other's "counterpart", and no two states the same;
or one side of officials of several states ("the foreign ministers of Peru and Chile met").

Not contacts: a side that is not an official or a person ("spoke with reporters", "met
protesters"), two officials of one state ("the German chancellor met the German finance
minister"), plans and wishes ("will meet", "hopes to speak"), denials.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..agreeing import CONFLICT_WORDS
from ..casing import unknown_name
from ..claims import REPORTING_VERBS
from ..lexicon import demonyms
from .agreements import dated_by_year, main_clause_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a contact the parse reads (P(a real event in scope)). Measured on the
# training corpus, case restored as the pipeline does (`python benchmarks/parse_rules.py
# contacts`): of the 42 sentences of the aside split it fires on, 41 report a real event in
# scope (39 DIPLO, two agreements reached after talks); of 236 in all splits, 233 (before
# governors, mayors and consuls, conjoined verbs and the checks on bare state names and
# officials below the state: 40 and 39, 214 and 209). Set below those shares, as the project's
# own text is cleaner than news (two reviews of the rule on ~580 sentences of their own found
# false contacts of domestic officials, teams, firms and namesakes, now checked); it reads
# about two fifths of the corpus's real DIPLO sentences, so the model still decides the rest.
CONTACT_CONFIDENCE = 0.85
# A contact in a participle the event-word prefilter does not know: "Speaking by phone with
# his Kenyan counterpart, the president urged ...".
CANDIDATE_WORDS = r"speaking (?:\w+ ){0,3}with"
# Verbs whose subject and "with"-object (or direct object, or coordinated subjects) are the two
# sides of a contact, as word forms (the pipeline runs no lemmatizer). "call" is left out:
# "called the attack cowardly", "called for calm".
_CONTACT_VERBS = frozenset({"meet", "meets", "met", "meeting", "speak", "speaks", "spoke",
                            "spoken", "speaking", "talk", "talks", "talked", "talking", "phone",
                            "phoned", "phones", "telephone", "telephoned", "confer",
                            "conferred", "discuss", "discusses", "discussed", "discussing",
                            "receive", "receives", "received", "host", "hosts", "hosted",
                            "welcome", "welcomes", "welcomed"})
# The prepositions a contact's gerund is told after, its subject the clause's ("said after
# meeting X", "before talking to Y"), and the pronouns of a relative clause's subject, which
# stand for the noun the clause describes.
_BESIDE_A_GERUND = frozenset({"after", "before", "while", "since"})
_RELATIVE = frozenset({"who", "that", "which"})
# Verbs of signing, and what officials of two states sign: a signing is a contact.
_SIGNING = frozenset({"signed", "sign", "signs", "signing", "inked", "concluded"})
_DOCUMENTS = frozenset({
    "agreement", "agreements", "accord", "accords", "deal", "deals", "memorandum", "memoranda",
    "memorandums", "treaty", "treaties", "pact", "pacts", "protocol", "protocols", "mou",
    "mous", "declaration", "charter", "convention"})
# Words of a conflict or dispute the signing settles: then it may be an agreement in scope
# (a border treaty after clashes, a peace deal), left to the agreement rule and the model.
_SETTLING = CONFLICT_WORDS | frozenset({
    "dispute", "disputes", "disputed", "conflict", "war", "fighting", "clashes", "demarcate",
    "demarcation", "unrest", "violence", "rebel", "rebels", "opposition", "disagree", "troops",
    "forces", "withdraw"})
_AGREEING = frozenset({"agreed", "agree", "agrees"})
# Verbs of those whose direct object is the other side ("met the king", "phoned Smith",
# "received the envoy").
_OBJECT_SIDE = frozenset({"meet", "meets", "met", "meeting", "phone", "phoned", "phones",
                          "telephone", "telephoned", "receive", "receives", "received", "host",
                          "hosts", "hosted", "welcome", "welcomes", "welcomed"})
# Words that make one plural side several states: "the two countries' foreign ministers".
_SEVERAL = frozenset({"two", "both", "three", "several"})
_STATES = frozenset({"countries", "nations", "states", "governments", "sides"})
# Nouns naming a contact: "held talks with", "in a phone call with", "during a meeting with".
_CONTACT_NOUNS = frozenset({"meeting", "meetings", "talks", "call", "calls", "conversation",
                            "conversations", "phone", "telephone", "summit", "summits"})
# Verbs that take a contact noun as their object and its sides as subject: "held talks".
_HOLDING_VERBS = frozenset({"hold", "holds", "held", "holding", "have", "has", "had"})
# Titles that make a side an official of a state (or of an international body).
_OFFICIAL_TITLES = frozenset({
    word + plural for word in (
        "president", "minister", "premier", "chancellor", "secretary", "king", "queen", "emir",
        "sultan", "prince", "ambassador", "envoy", "counterpart", "leader", "diplomat",
        "official", "delegation", "sheikh", "pm", "negotiator", "mediator", "consul",
        "governor", "mayor")
    for plural in ("", "s")} | {"foreign", "vice", "crown", "secretaries"})
# Heads of a body: an official only as the head of a state's or an international body's
# arm ("the army chief", "the head of the Drug Enforcement Administration", "the UN
# refugee commissioner"), not of a family, a firm or a club.
_HEADS = frozenset({"chief", "chiefs", "head", "heads", "commissioner", "commissioners",
                    "director", "directors", "director-general", "secretary-general",
                    "commander", "commanders"})
_BODIES = frozenset({
    "army", "military", "police", "intelligence", "ministry", "agency", "administration",
    "service", "services", "commission", "council", "mission", "government", "un", "u.n.",
    "nato", "eu", "union", "armed", "forces", "staff", "navy", "defence", "defense",
    "security", "border", "department", "office", "bureau", "state", "nations"})
# Prepositions that put a verb's act within or after the contact a noun names ("in a phone
# call", "after talks"); not "to" ("invited them to a meeting"), "before", "ahead of".
_DURING = frozenset({"in", "during", "at", "on", "over", "after", "following", "for"})
# Verbs of travel after which "for" names the contact gone to ("flew to Paris for talks");
# after others it names a wish ("called for talks", "pressed for a meeting").
_TRAVEL = frozenset({"arrived", "arrives", "flew", "flies", "travelled", "traveled", "came",
                     "went", "headed", "left", "returned", "visited", "arriving", "travelling"})
# Officials below the state, and a state's missions abroad: a governor's contact with a
# foreign state is with its envoys, not with his own country's president.
_SUBNATIONAL = frozenset({"governor", "governors", "mayor", "mayors", "lieutenant"})
_MISSIONS = frozenset({"ambassador", "ambassadors", "consul", "consuls", "consulate", "envoy",
                       "envoys", "embassy", "diplomat", "diplomats"})
# Words of a people's community abroad.
_COMMUNITY = frozenset({"community", "communities", "diaspora", "expatriate", "expatriates"})
# Words of diplomacy: two states named by their bare names meet only with one of these
# ("Jordan hosted Iraq in a World Cup qualifier" is a match).
_DIPLOMACY = frozenset({
    "talks", "visit", "visited", "visiting", "summit", "delegation", "delegations", "ties",
    "bilateral", "minister", "ministers", "president", "presidents", "foreign", "embassy",
    "envoy", "envoys", "diplomatic", "relations", "cooperation", "counterpart", "leaders",
    "officials", "government", "governments", "signed", "agreement", "treaty", "memorandum"})
# The dependents of a verb that name the one spoken to ("told the king", "assured him").
_ADDRESSEE = frozenset({"dative", "dobj"})
# Pronouns that stand for one person named before ("Smith said he and Jones spoke").
_PERSONAL = frozenset({"he", "she"})
# Words that make counterparts of one state's own parts ("his provincial counterparts").
_DOMESTIC = frozenset({"provincial", "federal", "state", "regional", "municipal", "local",
                       "city", "county", "territorial", "cabinet"})
# Possessives that make an official the other side's own ("met his defence minister").
_POSSESSIVE = frozenset({"his", "her", "its", "their", "our", "my"})
# The word that says the other side is of another state ("his Russian counterpart").
_COUNTERPART = frozenset({"counterpart", "counterparts"})


def diplomatic_contact(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells a contact between officials of different
    states (see the module docstring) that happened: ``realis`` of its verb (the detector's
    check for plans, wishes, modals and negation) holds."""
    diplomacy = any(t.lower_ in _DIPLOMACY for t in sent)
    for head in sent:
        sides = _sides(head)
        if (sides is not None and realis(_clause_verb(head))
                and _diplomatic(*sides, diplomacy=diplomacy)):
            return True
    return False


def _clause_verb(head: Token) -> Token:
    """The verb whose realis tells whether the contact happened: the contact verb, or the
    verb a contact noun's phrase hangs on ("held talks"; "In a meeting with X, Y pledged":
    past the preposition)."""
    if head.pos_ == "VERB":
        return head
    node = head.head
    while node.pos_ == "ADP" and node.head.i != node.i:
        node = node.head
    return node


def _sides(tok: Token) -> tuple[list[Token], list[Token]] | None:
    """The two sides of the contact ``tok`` names, or None when it names none."""
    word = tok.lower_
    if tok.pos_ == "VERB" and word in _CONTACT_VERBS:
        first = _subjects(tok)
        other = _with(tok) + [c for c in tok.children if c.dep_ == "dobj"
                              and word in _OBJECT_SIDE]
    elif tok.pos_ == "NOUN" and word in _CONTACT_NOUNS:
        other = _with(tok)
        verb = tok.head
        if tok.dep_ == "dobj" and verb.lower_ in _HOLDING_VERBS:
            first = _subjects(verb)
        elif (tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in _DURING
              and (verb.lower_ != "for" or verb.head.lower_ in _TRAVEL)):
            # "talked trade in a call with X" (not "invited them to a meeting")
            clause = _speaking_clause(verb.head)
            first = _subjects(clause)
            # "In a phone call, X told Y ...": the one spoken to is the other side
            if not other and len(first) == 1:
                other = [c for c in clause.children if c.dep_ in _ADDRESSEE]
        else:
            first = [c for c in tok.children if c.dep_ == "poss"]
    else:
        return None
    if not other and len(first) > 1:                      # "X and Y spoke by telephone"
        first, other = first[:1], first[1:]
    if not other and len(first) == 1 and _of_states(first[0]):
        return first, first                 # "the presidents of Ukraine and Poland met"
    return (first, other) if first and other else None


def _speaking_clause(head: Token) -> Token:
    """The clause a contact noun's preposition belongs to: its head, or, when the parser hangs
    the preposition on a subjectless purpose or complement ("In a call to mark the
    anniversary, X told Y"), the clause that holds that one."""
    clause = head
    for _ in range(3):                      # a purpose within a purpose at most
        if _subjects(clause) or clause.dep_ not in ("xcomp", "ccomp", "advcl"):
            break
        clause = clause.head
    return clause if _subjects(clause) else head


def _of_states(tok: Token) -> bool:
    """A plural of officials of several states: "the foreign ministers of Peru and Chile",
    "Russian and Ukrainian delegations", "the two countries' leaders"."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    words = _phrase(tok, coordinated=True)
    lower = {t.lower_ for t in words}
    if not _official(lower):
        return False
    text = " ".join(t.text for t in words)
    named = {d.country for d in demonyms() if d.pattern.search(text)}
    return len(named) >= 2 or bool(lower & _SEVERAL and lower & _STATES)


def _subjects(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _subjects(verb.head)         # "visited Boston and met the mayor"
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "Speaking by phone with X, the president urged ...": the participle's subject is
        # its clause's
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and (
            verb.head.lower_ in _BESIDE_A_GERUND and verb.head.head.pos_ in ("VERB", "AUX")):
        # "X said after meeting Y": the gerund's subject is the clause's it is told beside
        return _subjects(verb.head.head)
    if verb.dep_ == "relcl" and all(s.lower_ in _RELATIVE for s in subjects) and subjects:
        subjects = [verb.head]              # "X, who held talks with Y, said ..."
    return [t for s in subjects for t in (s, *_conjuncts(s))]


def _with(tok: Token) -> list[Token]:
    objects = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
               for o in p.children if o.dep_ == "pobj"]
    return [t for o in objects for t in (o, *_conjuncts(o))]


def _conjuncts(tok: Token) -> list[Token]:
    """The nouns coordinated with ``tok`` ("X, Y and Z"), in text order."""
    out, todo = [], [tok]
    while todo:
        kids = [c for c in todo.pop().children if c.dep_ == "conj"]
        out += kids
        todo += kids
    return sorted(out, key=lambda t: t.i)


def _diplomatic(first: list[Token], other: list[Token], *, diplomacy: bool = True,
                both_official: bool = False) -> bool:
    """The two sides are officials of different states: at least one an official (both for
    ``both_official``: a signing with a firm is no contact), no state named on both. A state
    named only by its bare name needs an official or a state facing it ("Jordan spoke
    with Trump" is a congressman), and two bare names need words of diplomacy (``diplomacy``:
    "Jordan hosted Iraq in a World Cup qualifier" is a match); a governor, a mayor or a state
    premier needs a foreign mission facing it (his own president is domestic)."""
    a, b = _side(first), _side(other)
    if a is None or b is None or not (a.official or b.official):
        return False                        # a side neither official nor a person; no official
    if first is other:
        return True                         # one side of several states (_of_states)
    if both_official and not (a.official and b.official):
        return False
    for x, y in ((a, b), (b, a)):
        if x.bare and not y.official or x.subnational and not y.mission:
            return False
    if a.bare and b.bare and not diplomacy:
        return False
    if a.counterpart or b.counterpart:
        return True                         # "his counterpart": another state by definition
    if not (a.countries or b.countries):
        return False                        # no state named: perhaps one government's own
    return not (a.countries & b.countries)


@dataclass(frozen=True, slots=True)
class _Side:
    """What one side of a contact is: an official; the states it names; "counterpart"; a
    state named only by its bare name; an official below the state (a governor, a mayor);
    a foreign mission (an ambassador, a consul, an envoy)."""

    official: bool
    countries: frozenset[str]
    counterpart: bool
    bare: bool
    subnational: bool
    mission: bool


def _side(tokens: list[Token]) -> _Side | None:
    """One side of a contact, or None when a part of it is neither an official nor a named
    person ("reporters", "residents")."""
    official = counterpart = subnational = mission = False
    bare, countries = True, set()
    for tok in tokens:
        words = sorted(_phrase(tok), key=lambda t: t.i)
        if tok.ent_type_ in ("DATE", "TIME"):
            return None                     # "Sunday's meeting with": a day, not a side
        lower = {t.lower_ for t in words}
        text = " ".join(t.text for t in words)
        named = {d.country for d in demonyms() if d.pattern.search(text)}
        # "Turkey and Russia met" (the detector may parse without NER)
        state = (tok.ent_type_ == "GPE" or _country_name(words)) and bool(named)
        titled = _official(lower) and not _diaspora(words)
        person = (tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" or tok.lower_ in _PERSONAL
                  or unknown_name(tok.text))
        if not (titled or state or person):
            return None
        if titled and not lower & _COUNTERPART and _owned(tok):
            return None                     # "his defence minister": the other side's own
        official |= titled or state
        bare &= state and not titled
        subnational |= bool(lower & _SUBNATIONAL) or "premier" in lower and bool(
            lower & _DOMESTIC) or {"chief", "minister"} <= lower
        mission |= bool(lower & _MISSIONS) or {"high", "commissioner"} <= lower
        counterpart |= bool(lower & _COUNTERPART) and not lower & _DOMESTIC
        countries |= named
    return _Side(official, frozenset(countries), counterpart, bare and official, subnational,
                 mission)


def _diaspora(words: list[Token]) -> bool:
    """A people's community abroad, not its state: "Somali community leaders", "the
    Somali-American delegation"."""
    lower = [t.lower_ for t in words]
    return bool(set(lower) & _COMMUNITY) or any(
        a == "-" and b in ("american", "americans", "canadian", "canadians", "british")
        for a, b in zip(lower, lower[1:]))


def _country_name(words: list[Token]) -> bool:
    """The noun phrase is a state's name and nothing else ("Turkey", "the United States"),
    not a firm or a team that bears it ("Turkish Airlines")."""
    text = " ".join(t.text for t in sorted(words, key=lambda t: t.i) if t.dep_ != "det")
    return words[0].pos_ == "PROPN" and any(d.pattern.fullmatch(text) for d in demonyms())


def state_signing(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells officials or governments of different states
    signing an agreement, a treaty or a memorandum, or agreeing on something between them
    (GUIDELINES: a signing between officials of different governments is a contact, DIPLO):
    "Turkey and Iraq signed a framework agreement", "Japan signed a treaty with India", "the
    consul and the governor agreed to set up a working group"; both sides officials or states
    (not a firm, a club or a namesake). A truce or a peace deal between parties to a conflict
    is an agreement (:mod:`.agreements`), which the caller reads first."""
    if any(t.lower_ in _SETTLING for t in sent):
        return False                        # a dispute settled: an agreement, the model's call
    for verb in sent:
        if (verb.pos_ != "VERB" or not realis(verb) or dated_by_year(verb)
                or not (_signed(verb) or _agreed(verb))):
            continue
        first = _subjects(verb)
        other = _with(verb) + [t for c in verb.children if c.dep_ == "dobj" for t in _with(c)]
        if not other and len(first) > 1:
            first, other = first[:1], first[1:]
        if not other and len(first) == 1 and _of_states(first[0]):
            first = other = first
        diplomacy = _signed(verb) or any(t.lower_ in _DIPLOMACY for t in sent)
        if first and other and _diplomatic(first, other, diplomacy=diplomacy,
                                           both_official=True):
            return True
    return False


def _signed(verb: Token) -> bool:
    """ "signed an agreement", "inked a memorandum"."""
    return verb.lower_ in _SIGNING and any(
        c.dep_ == "dobj" and c.lower_ in _DOCUMENTS for c in verb.children)


def _agreed(verb: Token) -> bool:
    """ "agreed to set up a working group", "agreed on closer trade ties": what officials of
    two states agreed between them, which tells their talks."""
    return verb.lower_ in _AGREEING and any(
        c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("on", "to") for c in verb.children)


def _official(words: set[str]) -> bool:
    """The words of a noun phrase name an official: a title, or the head of a state's arm
    (see :data:`_HEADS`)."""
    return bool(words & _OFFICIAL_TITLES or words & _HEADS and words & _BODIES
                or {"high", "commissioner"} <= words)


def _owned(tok: Token) -> bool:
    """An official named as someone's ("his defence minister", "their envoy")."""
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE for c in tok.children)


def _phrase(tok: Token, coordinated: bool = False) -> list[Token]:
    """The words of the noun phrase ``tok`` heads, without relative clauses or prepositional
    phrases other than "of" and "from" ("the President of Turkey", "envoys from Chad"), and
    without its coordinated parts unless ``coordinated``."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in ("relcl", "acl", "appos", "punct") or (
                child.dep_ in ("conj", "cc") and not coordinated):
            continue
        if child.dep_ == "prep" and child.lower_ not in ("of", "from"):
            continue
        out.extend(_phrase(child, coordinated))
    return out


def may_contact(words: frozenset[str]) -> bool:
    """False only where :func:`diplomatic_contact` cannot fire on a sentence of these
    lower-cased ``words``: no verb or noun of a contact."""
    return not (words.isdisjoint(_CONTACT_VERBS) and words.isdisjoint(_CONTACT_NOUNS))


def may_sign(words: frozenset[str]) -> bool:
    """False only where :func:`state_signing` cannot fire on a sentence of these lower-cased
    ``words``: a dispute settled, or no document signed and no verb of agreeing."""
    return words.isdisjoint(_SETTLING) and not (
        (words.isdisjoint(_SIGNING) or words.isdisjoint(_DOCUMENTS))
        and words.isdisjoint(_AGREEING))


# Verbs of a state adopting or lifting a measure, and the measures: a policy decision, not a
# meeting, visit, talks or signing between governments (GUIDELINES: sanctions announcements
# and tariffs are no DIPLO).
_ADOPTING = frozenset({"adopted", "adopts", "imposed", "imposes", "announced", "announces",
                       "approved", "approves", "extended", "extends", "slapped", "expanded",
                       "lifted", "lifts", "eased", "tightened", "renewed", "unveiled", "agreed"})
_MEASURES = frozenset({"sanctions", "sanction", "package", "tariffs", "tariff", "embargo",
                       "ban", "bans", "restrictions", "measures", "duties", "blacklist"})
# Words of a contact in the sentence, which then is one whatever measure it names.
_CONTACT_WORDS = frozenset({"met", "meeting", "talks", "summit", "visit", "visited", "call",
                            "phoned", "hosted", "received", "conference"})


def measures_only(sent: Doc) -> bool:
    """True when the sentence's news is a measure a state or bloc adopted, imposed or lifted
    ("The EU adopted its 21st package of sanctions against Russia", "Washington slapped new
    tariffs on steel"), with no contact between governments told in it ("agreed to lift
    sanctions at a summit in Geneva" is the summit's)."""
    if any(t.lower_ in _CONTACT_WORDS for t in sent):
        return False
    verbs = [v for v in main_clause_verbs(sent) if v.pos_ in ("VERB", "AUX") and not (
        v.lower_ in REPORTING_VERBS and any(c.dep_ == "ccomp" for c in v.children))]
    return bool(verbs) and all(
        v.lower_ in _ADOPTING and any(t.lower_ in _MEASURES for c in v.children
                                      if c.dep_ in ("dobj", "nsubjpass", "xcomp")
                                      for t in c.subtree)
        for v in verbs)

"""What a sentence's phrases make of its actor mentions, for picking roles only.

The word lists (:mod:`eventwire.actor_mentions`) find each noun on its own, and the event
detector counts them so: that reading stays as it is. Roles need one mention per actor and the
parties the lists cannot name:

- :func:`one_per_actor`: a named group and the words around it that stand for it ("Pakistani
  Taliban militants", "fighters from the Islamic State", "armed men believed to be members
  of X") and two generic words for one party ("Islamist militants") are one mention;
- :func:`facility_mentions`: a post, checkpoint, base or patrol of the state forces that was
  attacked names those forces ("an army post" -> Military Forces, ACLED's actor2);
- :func:`harmed_mentions`: whoever a harming verb was done to ("abducted 30 schoolgirls",
  "killing two bus drivers") is a victim, named or not;
- :func:`counted`: a word list's people keep the count written before them ("12 soldiers").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_mentions import ActorMention, generic_mention, overlaps
from ..nlp import text_of, token_at, tokens_within
from .lists import is_list_apposition, list_members
from .parties import is_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .table import ActorTable

__all__ = ["HARM_FORMS", "counted", "described", "facility_mentions", "harmed_mentions",
           "harmed_nouns", "harms", "in_proper_name", "is_named", "not_places", "one_per_actor",
           "person_mention"]


def is_named(a: ActorMention, table: ActorTable) -> bool:
    """Whether the mention is a row of the actor table (not a generic noun)."""
    return table.get(a.name) is not None


# Between a generic noun and the group it turns out to be: "gunmen from the X", "armed men
# believed to be members of X", "militants loyal to X", "attackers, members of X,".
_LINK = re.compile(
    r"(?P<link>\s+(?:from|loyal\s+to)|,?\s+(?:who\s+(?:are|were|was|is)\s+)?(?:(?:widely\s+)?"
    r"(?:believed|suspected|thought|said|reported|alleged|presumed)\s+to\s+(?:be|belong\s+to)|"
    r"identified\s+as|claiming\s+to\s+be)|,)\s+", re.IGNORECASE)
_SOME_OF = re.compile(r"(?:(?:members?|fighters|militants|gunmen|guerrillas|rebels|cadres|"
                      r"supporters|part|elements)\s+of\s+)?(?:the\s+)?", re.IGNORECASE)


# Words for the members of the armed group named right before ("militia fighters").
_MEMBER_WORD = re.compile(r"fighters|members|militants|gunmen|men|elements|cadres",
                          re.IGNORECASE)


# Between two generic words for one party: a space ("Islamist militants") or "of (the)"
# ("soldiers of the Guatemalan army").
_MEMBERS_OF = re.compile(r" (?:of (?:the )?)?", re.IGNORECASE)


def one_per_actor(text: str, mentions: tuple[ActorMention, ...], table: ActorTable
                  ) -> tuple[ActorMention, ...]:
    """One mention per party: words that stand for a named group take its name, two generic
    words of one kind side by side are one phrase (see the module docstring)."""
    out: list[ActorMention] = []
    whole = (_with_members(text, m) if is_named(m, table) else m for m in mentions)
    for a in sorted(whole, key=lambda m: (m.start, -m.end)):    # (so its members are one)
        prev = out[-1] if out else None
        if prev is not None and a.start < prev.end:             # overlapping words
            out[-1] = _union(text, prev, a, table)
            continue
        members = prev is not None and prev.armed and text[prev.end:a.start] == " " and (
            _MEMBER_WORD.fullmatch(a.text) is not None)     # "militia fighters": the militia's
        if prev is not None and not is_named(prev, table) and not is_named(a, table) and (
                members or _MEMBERS_OF.fullmatch(text, prev.end, a.start)
                and prev.category == a.category):
            keep = prev if prev.country is not None or members else a   # "Islamist militants",
            out[-1] = replace(keep, start=prev.start, end=a.end,   # "soldiers of the army"
                              text=text[prev.start:a.end])
            continue
        if prev is not None and prev.armed and a.armed and is_named(a, table) and (
                not is_named(prev, table)) and _stands_for(text, prev, a):
            out[-1] = replace(prev, name=a.name, inter=a.inter, country=a.country,
                              category=a.category)
            continue
        out.append(a)
    return tuple(_with_members(text, a) if is_named(a, table) or a.armed else a
                 for a in out)                  # "militia members": the militia's


def _union(text: str, a: ActorMention, b: ActorMention, table: ActorTable) -> ActorMention:
    """Two mentions over the same words: the named one (or the one not merely "Civilians",
    a harmed phrase's own name) over the words of both."""
    if is_named(b, table) and not is_named(a, table) or (
            a.name == "Civilians" and b.name != "Civilians"):
        a, b = b, a
    start, end = min(a.start, b.start), max(a.end, b.end)
    if not (is_named(a, table) or b.name == "Civilians"):
        return a if a.end - a.start >= b.end - b.start else b   # generic words: the longer
    return replace(a, start=start, end=end, text=text[start:end])


# Words after a group's name for its members: "Anti-Balaka fighters" is the group acting.
# A word may describe them between ("FMLN urban commandos", "Taliban suicide bombers").
_MEMBERS = re.compile(r"(?: (?:urban|rural|armed|suicide|masked|uniformed|local|foreign|senior|"
                      r"special|elite))? (?:fighters|militants|rebels|guerrillas|insurgents|"
                      r"gunmen|militiamen|members|troops|soldiers|cadres|commandos|bombers?|"
                      r"attackers|assailants|operatives)\b", re.IGNORECASE)


# Participles after a hyphen that make a party's word describe a place ("a rebel-held town",
# "government-controlled areas"): the words name no party there.
_HELD_BY = re.compile(r"-(?:held|controlled|occupied|run|dominated|besieged|governed)\b",
                      re.IGNORECASE)


# Names of places by their kind ("the villages of X and Y", "the town of X"): a name there is
# a place's, whatever the recognizer tagged it.
_PLACE_OF = re.compile(r"\b(?:towns?|villages?|cit(?:y|ies)|districts?|provinces?|regions?|"
                       r"hamlets?|settlements?|localities|locality)\s+of\s+"
                       r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:,|and)\s+)?$")


def not_places(text: str, mentions: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """The mentions that name a party: not the word of "a rebel-held town", nor a name the text
    gives a place ("captured the villages of X and Y")."""
    return tuple(a for a in mentions if not _HELD_BY.match(text, a.end)
                 and not _PLACE_OF.search(text, max(0, a.start - 60), a.start))


def described(sent: Doc, mentions: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """Armed men's mentions with the words that describe them right before ("hired gunmen",
    "suspected bandits", "heavily armed men"): the parse's adjectives on their noun."""
    return tuple(_described(sent, a) if a.armed else a for a in mentions)


def _described(sent: Doc, a: ActorMention) -> ActorMention:
    inside = tokens_within(sent, a.start, a.end)
    head = next((t for t in reversed(inside) if not a.start <= t.head.idx < a.end
                 or t.head.i == t.i), None)
    if head is None or not inside:
        return a
    words = {c.i for t in inside for c in t.children if c.i < inside[0].i and (
        c.dep_ == "amod" and t.i == head.i and c.pos_ in ("ADJ", "VERB")
        and c.lower_ not in ("dead", "alive")                # of "shot dead 3 rebels"
        or c.dep_ == "advmod" and c.tag_ == "RB")}           # not "when" of "when hired X"
    words |= {g.i for c in head.children if c.i in words for g in c.children
              if g.dep_ == "advmod" and g.tag_ == "RB"}      # "heavily" of "heavily armed"
    return _widened(sent, a, inside[0].i, words)


def _with_members(text: str, a: ActorMention) -> ActorMention:
    m = _MEMBERS.match(text, a.end)
    return replace(a, end=m.end(), text=text[a.start:m.end()]) if m else a


def _stands_for(text: str, generic: ActorMention, named: ActorMention) -> bool:
    """Whether the words between a generic mention and a named one make them one party."""
    link = _LINK.match(text, generic.end)
    if link is None or named.start < link.end():
        return False
    some = _SOME_OF.fullmatch(text, link.end(), named.start)
    if some is None:
        return False
    if link.group("link") == ",":               # "attackers, members of X" (not "the army, X")
        partitive = re.match(r"\w+\s+of\b", text[link.end():named.end]) is not None
        return partitive
    return True


# Places held by the state's forces, named without the force ("a checkpoint", "a patrol"),
# and those that need the force's word before them ("a border post", "a military base").
_HELD = r"checkpoints?|outposts?|barracks|garrisons?|patrols?"
_FORCE_WORD = (r"police|army|military|border|security|naval|navy|gendarmerie|air\s+force|"
               r"national\s+guard|troop|soldiers'?|police\s+and\s+army")
_FORCE_PLACE = (r"posts?|stations?|bases?|camps?|convoys?|vehicles?|trucks?|positions|"
                r"headquarters|academy|compound")
_FACILITY = re.compile(
    rf"\b(?:(?P<force>{_FORCE_WORD})\s+(?:{_HELD}|{_FORCE_PLACE})|(?:{_HELD}))\b",
    re.IGNORECASE)
_POLICE = re.compile(r"police|gendarmerie", re.IGNORECASE)


def names_force_place(text: str) -> bool:
    """``text`` names a place the state's forces hold ("a checkpoint", "an army post", "the
    police station")."""
    return _FACILITY.search(text) is not None
# Prepositions of a place where something happened rather than of what was hit; "at" is a
# target after a verb with no object of its own ("fired at a checkpoint").
_WHERE = frozenset({"near", "in", "inside", "outside", "behind", "beside", "around", "across",
                    "within", "along", "from", "into", "past", "towards", "toward", "by"})


def facility_mentions(sent: Doc, text: str, taken: tuple[ActorMention, ...]
                      ) -> tuple[ActorMention, ...]:
    """State forces named by the post, checkpoint, base or patrol that was attacked (not the
    places where something else happened: "near a checkpoint")."""
    out = []
    for m in _FACILITY.finditer(text):
        hit = _place_head(sent, m.end())
        object_hit = hit is not None and hit.dep_ in ("dobj", "pobj")    # not "an army patrol
        others = [(a.start, a.end) for a in taken if not (               # killed ...": acts
            object_hit and a.category == "state" and m.start() < a.end <= m.end())]
        if overlaps(m.span(), others) or not _hit_not_place(sent, m.end()) or _owned(
                text, m, taken):
            continue
        police = bool(m.group("force") and _POLICE.fullmatch(m.group("force")))
        template = "Police Forces of {country}" if police else "Military Forces of {country}"
        out.append(generic_mention(text, m, template, 1, "state"))
    return tuple(out)


_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# Verbs whose "at" names what was aimed at.
_AIMED = frozenset({"fire", "fired", "fires", "firing", "shot", "shoot", "shoots", "shooting",
                    "threw", "throw", "throws", "thrown", "throwing", "hurled", "hurling",
                    "lobbed", "aimed", "opened", "launched", "struck", "attacked"})


def _owned(text: str, m: re.Match[str], taken: tuple[ActorMention, ...]) -> bool:
    """Whether another party's name goes with the post: "an SDF checkpoint", "a patrol of
    the Philippine army" (that party is the one hit)."""
    of = _OF.match(text, m.end())
    return any(a.end == m.start() - 1 and text[a.end] == " " or of and a.start == of.end()
               for a in taken)


def _place_head(sent: Doc, end: int) -> Token | None:
    """The word that puts the noun ending at ``end`` in its clause (the noun, or the one it
    qualifies)."""
    head = token_at(sent, end - 1)
    if head is None:
        return None
    while head.dep_ in ("compound", "amod", "conj") and head.head.i != head.i:
        if head.dep_ == "conj" and head.head.dep_ not in ("compound", "amod"):
            return head.head
        head = head.head
    return head


def _hit_not_place(sent: Doc, end: int) -> bool:
    """Whether the noun ending at ``end`` is what an act was done to."""
    head = _place_head(sent, end)
    if head is None:
        return False
    if head.dep_ != "pobj":
        return head.dep_ in ("dobj", "nsubjpass", "nsubj", "appos", "attr", "conj")
    prep = head.head
    if prep.lower_ in _WHERE:
        return False
    if prep.lower_ == "at":                     # "fired at a post", not "stopped at" it
        verb = prep.head
        return verb.lower_ in _AIMED and not any(c.dep_ == "dobj" and c.lower_ != "fire"
                                                 for c in verb.children)
    return True


# Verbs whose object is a person harmed ("killed", "abducted"), in their written forms (the
# pipeline has no lemmatizer): their object is a victim even when no word list names it
# ("30 schoolgirls", "two bus drivers").
HARM_FORMS = frozenset(f"{stem}{end}" for stem, ends in (
    ("kill", ("", "s", "ed", "ing")), ("wound", ("", "s", "ed", "ing")),
    ("injur", ("e", "es", "ed", "ing")), ("abduct", ("", "s", "ed", "ing")),
    ("kidnap", ("", "s", "ped", "ping", "ed", "ing")), ("murder", ("", "s", "ed", "ing")),
    ("execut", ("e", "es", "ed", "ing")), ("behead", ("", "s", "ed", "ing")),
    ("massacr", ("e", "es", "ed", "ing")), ("maim", ("", "s", "ed", "ing")),
    ("rap", ("e", "es", "ed", "ing")), ("hurt", ("", "s", "ing")),
    ("assassinat", ("e", "es", "ed", "ing")), ("lynch", ("", "es", "ed", "ing")),
    ("tortur", ("e", "es", "ed", "ing")), ("shoot", ("", "s", "ing")), ("shot", ("",)),
    ("stab", ("", "s", "bed", "bing")), ("slaughter", ("", "s", "ed", "ing")),
    ("hold", ("", "s", "ing")), ("held", ("",)), ("tak", ("e", "es", "en", "ing")),
    ("took", ("",)), ("beat", ("", "s", "en", "ing")), ("gunn", ("ed", "ing")),
    ("ston", ("e", "es", "ed", "ing")), ("strangl", ("e", "es", "ed", "ing")),
    ("flog", ("", "s", "ged", "ging")), ("whip", ("", "s", "ped", "ping"))) for end in ends)
# Verbs of taking people into custody: no harm (a list of the harmed does not go on past
# them), but whom they were done to are a party ("detained 12 students", "arrested a lawyer").
_CUSTODY = frozenset(f"{stem}{end}" for stem, ends in (
    ("arrest", ("", "s", "ed", "ing")), ("detain", ("", "s", "ed", "ing")),
    ("apprehend", ("", "s", "ed", "ing")), ("jail", ("", "s", "ed", "ing")),
    ("imprison", ("", "s", "ed", "ing"))) for end in ends)
# Particles that undo the harm ("shot down a drone", "held up the talks") except after these
# verbs ("gunned down a trader", "beat up a reporter").
_PARTICLE_HARMS = {"down": frozenset({"gunned", "gunning"}),
                   "up": frozenset({"beat", "beats", "beaten", "beating"})}


def harms(verb: Token) -> bool:
    """Whether a verb harms whom it is done to: one of :data:`HARM_FORMS`, or any verb of
    "... to death" ("hacked to death", "burned to death")."""
    return verb.lower_ in HARM_FORMS or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children)
        for c in verb.children)
_HOSTAGE = frozenset({"hold", "holds", "holding", "held", "take", "takes", "taken", "taking",
                      "took"})                  # only with "hostage"/"captive"
_CAPTIVE = frozenset({"hostage", "hostages", "captive", "captives"})


def harmed_mentions(sent: Doc, found: Sequence[ActorMention] = ()) -> tuple[ActorMention, ...]:
    """The people a harming verb was done to, the whole phrase ("killing six members of a
    family"): civilians, unless a mention inside names them (:func:`one_per_actor` gives the
    phrase that mention's name: "killed union leader X" is X), or bare officers in a sentence
    whose other mentions (``found``) name one state force (:func:`_one_force`)."""
    force = _one_force(found)
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or not (harms(tok) or tok.lower_ in _CUSTODY) or _not_harm(tok):
            continue
        for obj in harmed_nouns(tok):
            for item in list_members(obj):     # each of "a teacher, two farmers and a nurse"
                harmed = _harmed_one(sent, tok, item)
                if harmed is not None and force is not None and _bare_officers(item):
                    harmed = replace(harmed, name=force.name, inter=force.inter,
                                     country=force.country, category=force.category)
                if harmed is not None:
                    out.append(harmed)
    return tuple(out)


# Officers named by no force's word: the force the sentence names is theirs ("opened fire on
# a police checkpoint, killing one officer").
_OFFICERS = frozenset({"officer", "officers"})


def _one_force(found: Sequence[ActorMention]) -> ActorMention | None:
    """The one state force (police or military) the mentions name, if exactly one."""
    forces = {(m.name, m.country): m for m in found if m.category == "state"
              and m.name.startswith(("Police Forces", "Military Forces"))}
    return next(iter(forces.values())) if len(forces) == 1 else None


def _bare_officers(noun: Token) -> bool:
    """"one officer", "two senior officers": no word of whose or of being off duty ("officers
    of a charity", "customs officers", "a bank officer", "an off-duty officer": a civilian)."""
    return noun.lower_ in _OFFICERS and not any(
        c.dep_ in ("prep", "compound", "amod", "poss") for c in noun.children
        if c.dep_ != "amod" or c.lower_ not in _RANKS)


# Words of an officer's rank or age, which say nothing of whose officer.
_RANKS = frozenset({"senior", "junior", "young", "veteran"})


def harmed_nouns(verb: Token) -> list[Token]:
    """The nouns a harming verb was done to: its object or passive subject, or the noun its
    participle qualifies ("the bodies of three fishermen abducted by pirates")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if (verb.dep_ == "acl" or verb.dep_ == "amod" and harms(verb)) and verb.tag_ == "VBN" and (
            verb.head.pos_ in ("NOUN", "PROPN")):   # (and "a kidnapped engineer", not "the
        # jailed cleric" whose supporters march)
        out.append(verb.head)
    return out


def _harmed_one(sent: Doc, verb: Token, obj: Token) -> ActorMention | None:
    """The phrase of one person or group harmed, as civilians."""
    if obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("GPE", "LOC", "FAC"):
        return None
    named = [c for c in obj.children if c.dep_ == "appos" and not is_list_apposition(c)]
    if named:                                   # "a community leader, Ana Ruiz": the name
        obj = named[0]
    start, end = _phrase(obj)
    if obj.lower_ in _CAPTIVE and verb.lower_ in _HOSTAGE:   # "took five engineers hostage"
        end = max((t.idx + len(t.text) for t in obj.lefts), default=start)
        if end <= start:
            return None
    return ActorMention(start, end, text_of(sent)[start:end], "Civilians", 7, None, "civilian")


def person_mention(tok: Token) -> ActorMention | None:
    """The phrase of people a common noun names by role or kin ("a lawyer", "his wife"), as
    civilians: a list's item no word list names."""
    if not is_person(tok):
        return None
    start, end = _phrase(tok)
    return ActorMention(start, end, text_of(tok.doc)[start:end], "Civilians", 7, None, "civilian")


def _not_harm(verb: Token) -> bool:
    """"shot down a drone", "took control", "held talks": the object is no victim."""
    parts = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if any(p in parts and verb.lower_ not in _PARTICLE_HARMS[p] for p in ("down", "up")):
        return True
    if verb.lower_ in _HOSTAGE:
        return not any(c.lower_ in _CAPTIVE for c in verb.subtree)
    return False


# Dependencies inside a count that are part of the number ("two dozen"), unlike its hedges
# ("at least", "some"), which the numbers stage reads and an actor's words leave out.
_NUMBER_PARTS = frozenset({"nummod", "compound"})


def counted(sent: Doc, a: ActorMention) -> ActorMention:
    """``a`` with the number the parse puts on its noun right before its words ("12 soldiers
    and 3 civilians": "3 civilians", not "civilians"); ``a`` itself when it has none. The
    words only: the numbers stage still owns the fatalities."""
    inside = tokens_within(sent, a.start, a.end)
    head = next((t for t in reversed(inside) if not a.start <= t.head.idx < a.end
                 or t.head.i == t.i), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return a
    number = {t.i for c in head.children if c.dep_ == "nummod" and c.i < inside[0].i
              and not _year(c) for t in c.subtree if t.i == c.i or t.dep_ in _NUMBER_PARTS}
    return _widened(sent, a, inside[0].i, number)


def _year(tok: Token) -> bool:
    """"In 2019 soldiers ...": a year the parse took for a count."""
    return tok.ent_type_ == "DATE" and re.fullmatch(r"(?:1[89]|20)\d\d", tok.text) is not None


# Nouns of number before the people they count: "hundreds of civilians" are civilians.
HOW_MANY = frozenset({"hundreds", "dozens", "scores", "thousands", "tens", "millions",
                       "number", "handful", "several", "many", "some", "most", "all"})


# Marks no noun phrase runs across: a dateline's "--" and "[TEXT]", a bracket, a colon.
_BOUNDARY = frozenset({"]", "[", ")", "(", "--", "—", "–", ":", ";"})


def _phrase(head: Token) -> tuple[int, int]:
    """Character range of a noun phrase: its words up to the noun and an "of" phrase after it
    ("six members of a family"), without a leading article or "dead" ("shot dead X"); the
    counted people of "hundreds of civilians"."""
    if head.lower_ in HOW_MANY:
        counted = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for t in c.children if t.dep_ == "pobj"]
        if counted:
            head = counted[0]
    toks = [t for t in head.subtree if t.i <= head.i or _under_prep(t, head)]
    cut = [k for k, t in enumerate(toks) if t.i < head.i and t.text in _BOUNDARY]
    toks = toks[cut[-1] + 1:] if cut else toks     # "-- [TEXT] PRESIDENTIAL CANDIDATE X"
    while toks and toks[0].i < head.i and (toks[0].dep_ in ("det", "punct", "advmod", "oprd")
                                           or toks[0].lower_ in ("dead", "alive")):
        toks = toks[1:]
    last = toks[-1]
    while (last.whitespace_ == "" and last.i + 2 < len(head.doc) and head.doc[last.i + 1].text
           == "-" and head.doc[last.i + 1].whitespace_ == "" and head.doc[last.i + 2].is_alpha):
        last = head.doc[last.i + 2]             # "passers-by", "sons-in-law": one word
    return toks[0].idx, last.idx + len(last.text)


def _under_prep(tok: Token, head: Token) -> bool:
    """A word of the "of" phrase right after ``head`` ("members of a family")."""
    inner = False
    for a in [tok, *tok.ancestors]:
        if a.head.i == head.i and a.i != head.i:
            return a.dep_ == "prep" and a.lower_ == "of" and a.i > head.i and not inner
        inner = inner or a.dep_ in ("prep", "relcl", "acl")
    return False


# Fights and operations a harm happened in: who fought the victims is who harmed them.
_FIGHTS = frozenset({"shootout", "gunfight", "firefight", "clash", "exchange", "battle",
                     "fighting", "confrontation", "encounter", "raid", "operation", "crossfire",
                     "skirmish", "gunbattle", "ambush", "offensive"})


def fight_words(verb: Token) -> list[Token]:
    """The words of the fight or operation a passive harm happened in ("died in a
    gunfight with soldiers", "was hurt during an army raid"): where its agent is named."""
    if not harms(verb):
        return []
    return [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children if o.dep_ == "pobj" and _fight(o.lower_) for t in o.subtree]


def _fight(word: str) -> bool:
    return word in _FIGHTS or word[:-1] in _FIGHTS or word[:-2] in _FIGHTS   # clashes


# Prepositions after a nominal act that name what it was done to ("an attack on X").
_DONE_TO = frozenset({"of", "on", "against", "upon"})


def done_to(trigger: Token) -> set[int]:
    """Indices of what a nominal act was done to, however deep in its phrase ("the bombing of
    a police post", "an attack on the offices of X", "the shelling of a town held by X"):
    never who did it."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {t.i for c in trigger.children if c.dep_ == "prep" and c.lower_ in _DONE_TO
            for t in c.subtree}


def in_proper_name(sent: Doc, a: ActorMention) -> bool:
    """Whether the mention's words begin a longer proper name ("Police" of "the Police Service
    of X", a body that speaks or acts, not the forces' people)."""
    tok = token_at(sent, a.start)
    return tok is not None and tok.pos_ == "PROPN" and tok.dep_ == "compound" and (
        tok.head.idx >= a.end)


def _widened(sent: Doc, a: ActorMention, first: int, words: set[int]) -> ActorMention:
    """The mention from the first of the unbroken run of ``words`` (token indices) that ends
    right before its token ``first``; the mention as it is when none does."""
    start_i = first
    while start_i - 1 in words:
        start_i -= 1
    if start_i == first:
        return a
    start = sent[start_i].idx
    return replace(a, start=start, text=text_of(sent)[start:a.end])

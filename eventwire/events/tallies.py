"""Tallies of harm over many acts: statistics, no event (GUIDELINES: "trends and
statistics").

The learned model reads the words of the acts counted and types a tally as one of them
("Over 300 were killed in attacks by armed groups in the region in 2024" came
out an attack; "Most of the casualties were caused by missiles" shelling). What makes it a
tally is the shape of the count, which the parse tells:

* people harmed in or by acts in the plural, with a span of time counted ("in attacks ...
  in 2024", "in drone strikes this year", "since January", "so far");
* or a share of the harmed as the subject, harmed by acts in the plural ("most of the
  casualties were caused by missiles and drones", "the majority of civilian deaths were caused
  by air strikes").

* or acts counted, many of them over a span ("police recorded more than 240 protests in the
  province in the first nine months of the year", "there were 36 attacks on schools in 2024");
* or people detained, counted over a span that runs from a happening's start or over months
  ("more than 400 people have been detained since the protests began", "police have arrested
  1,200 people since the unrest started"): many arrests, not one.

Not a single act's count ("30 people were killed in attacks on three villages on Sunday": no
span; "police have detained 40 people since Monday night": one episode), nor a share told of
one act ("most of the victims were crushed when walls collapsed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates.recognize import WEEKDAYS
from .targeted import counted_back

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of harm whose victims a tally counts, and acts counted in the plural.
_HARMED = frozenset({"killed", "died", "dead", "wounded", "injured", "hurt", "caused",
                     "displaced", "abducted", "kidnapped"})
_ACTS = frozenset({
    "attacks", "strikes", "airstrikes", "bombings", "clashes", "raids", "ambushes",
    "shootings", "explosions", "blasts", "shelling", "incidents", "killings", "assaults",
    "missiles", "drones", "bombs", "rockets", "crashes", "accidents", "collisions", "weapons"})
# Acts told as a mass: many acts only over a span counted ("killed by Israeli fire since the
# truce began"), one act's when a share is told ("most victims were killed by gunfire when
# militants stormed the village").
_MASS_ACTS = frozenset({"fire", "gunfire", "fighting", "violence", "bombardment"})
# Spans of time a count over many acts runs over when a number or "first" measures them.
_LONG_SPANS = frozenset({"months", "years", "decades"})
# Acts a statistic counts, and the verbs it counts them with ("recorded 240 protests").
_COUNTED = frozenset({
    "protests", "demonstrations", "attacks", "incidents", "strikes", "riots", "clashes",
    "killings", "kidnappings", "abductions", "bombings", "shootings", "raids", "airstrikes",
    "arrests", "explosions", "assaults", "massacres"})
_COUNTING = frozenset({"recorded", "registered", "counted", "documented", "logged", "verified",
                       "tallied", "reported", "noted", "saw", "witnessed", "were", "was",
                       "occurred", "took"})
# Verbs of detention a tally counts people with over a span ("have been detained since").
_DETAINED = frozenset({"detained", "arrested", "jailed", "imprisoned", "held"})
# Spans of a week or less: a count of detentions over one is an operation's.
_WEEK = frozenset({"week", "weekend", "days"})
# Words that make a count of people besides numbers ("hundreds have been arrested").
_MANY = frozenset({"dozens", "hundreds", "thousands", "scores"})
# Shares of a whole, and the harmed they are shares of.
_SHARES = frozenset({"most", "majority", "half", "third", "quarter", "many", "share",
                     "proportion", "bulk", "percent", "%"})
# Words of a few days back.
_RECENT = frozenset({"dawn", "night", "morning", "evening", "afternoon", "weekend",
                     "yesterday", "midnight", "noon"})
_HARM_NOUNS = frozenset({"casualties", "deaths", "victims", "dead", "killed", "injured",
                         "wounded", "fatalities", "injuries"})


def tally(sent: Doc) -> bool:
    """True when the parsed sentence counts harm over many acts or gives a share of the
    harmed (see the module docstring)."""
    harmed = [verb for verb in sent if verb.lower_ in _HARMED]
    if any(_dated_by_day(verb) for verb in harmed):
        return False                        # "21 killed on Tuesday, bringing to 300 ...": news
    shared = any(_share_of_harmed(t) for t in sent)
    return any((_by_many_acts(verb, _ACTS) and (shared or spanned(verb)))
               or (_by_many_acts(verb, _MASS_ACTS) and spanned(verb)) for verb in harmed) or any(
        _counted_acts(t) or _detained_over_span(t) for t in sent)


def _detained_over_span(verb: Token) -> bool:
    """ "more than 400 people have been detained since the protests began": people counted
    as detained (a number of the detained, not a year: "the man, born in 2001, was
    detained"), in a clause that names no day, over a span of time longer than a week
    (:func:`spanned`; "detained 14 people at farms last week" is one operation's count)."""
    if verb.lower_ not in _DETAINED or verb.pos_ not in ("VERB", "AUX"):
        return False
    people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    counted = any(p.lower_ in _MANY or _a_count(p) or any(
        c.dep_ == "nummod" and _a_count(c) for c in p.children) for p in people)
    return (counted and not _dated_by_day(verb) and spanned(verb)
            and not any(t.lower_ in _WEEK for t in _clause(verb)))


def _a_count(tok: Token) -> bool:
    """A number that counts people, not a year."""
    return tok.like_num and not (len(tok.text) == 4 and tok.text[:2] in ("19", "20"))


def _counted_acts(tok: Token) -> bool:
    """ "recorded more than 240 protests ... in the first nine months", "there were 36 attacks
    in 2024": acts in the plural, with a count, counted over a span of time."""
    if tok.lower_ not in _COUNTED or not any(c.dep_ == "nummod" for c in tok.children):
        return False
    verb = tok.head
    return (tok.dep_ in ("dobj", "nsubj", "attr", "nsubjpass") and verb.lower_ in _COUNTING
            and not _dated_by_day(verb) and spanned(verb))


def _by_many_acts(verb: Token, acts: frozenset[str]) -> bool:
    """ "killed in attacks", "were caused by air strikes": acts in the plural, not named one
    by one ("the attacks on Sunday" has its determiner, "airstrikes that hit the camp" its
    clause)."""
    objects = [o for p in verb.children if p.dep_ in ("prep", "agent")
               for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in acts and not any(c.dep_ in ("det", "poss", "nummod", "relcl")
                                             for c in o.children)
               for o in (*objects, *(c for o in objects for c in o.conjuncts)))


def _clause(verb: Token) -> list[Token]:
    """The verb's own words, without the clauses hung on it ("..., bringing to 300 the
    number killed since June")."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ not in ("advcl", "conj", "ccomp", "relcl")]
    return out


def spanned(verb: Token) -> bool:
    """A span of time counted in the verb's own clause: "this year", "in the past month",
    "in 2024", "since January", "so far"; not a few days back ("since Monday night", "since
    dawn", "since the weekend": one episode told as one)."""
    words = _clause(verb)
    if counted_back(words):
        return True
    if any(c.dep_ == "advcl" and not _recent(c) and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in verb.children):
        return True                         # "since the war began"
    for tok in words:
        if tok.lower_ == "since" and tok.dep_ == "prep" and not _recent(tok):
            return True
        if tok.lower_ == "far" and tok.i > 0 and tok.nbor(-1).lower_ == "so":
            return True
        if tok.lower_ in _LONG_SPANS and any(c.dep_ in ("nummod", "amod") for c in tok.children):
            return True                     # "in the first nine months", "over two years"
        if (tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20")
                and tok.head.lower_ in ("in", "during", "throughout")):
            return True
    return False


def _recent(since: Token) -> bool:
    """ "since Monday night", "since dawn", "since the weekend", "since Friday's attack"."""
    return any(t.lower_ in WEEKDAYS or t.lower_ in _RECENT for t in since.subtree)


def _dated_by_day(verb: Token) -> bool:
    """A day named in the verb's own clause ("killed in ambushes near Djibo on Tuesday"): one
    episode's count."""
    return any(t.lower_ in WEEKDAYS or t.lower_ in ("yesterday", "today", "overnight")
               for t in _clause(verb))


def _share_of_harmed(tok: Token) -> bool:
    """A share of the harmed as a subject: "most of the casualties", "the majority of civilian
    deaths", "nearly half of those killed"; not of one act's dead ("most of the dead in
    Sunday's blast")."""
    if tok.lower_ not in _SHARES or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for o in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"):
        words = {t.lower_ for t in o.subtree}
        if (o.lower_ in _HARM_NOUNS or o.lower_ == "those" and words & _HARM_NOUNS) and not any(
                t.dep_ == "poss" or t.ent_type_ == "DATE" for t in o.subtree):
            return True
    return False


def may_tally(words: frozenset[str]) -> bool:
    """False only where :func:`tally` cannot fire on a sentence of these lower-cased ``words``
    (a precondition for :func:`.nonevents.told_as_no_event`): no verb of harm beside acts in
    the plural, no acts counted beside a verb of counting, and no verb of detention."""
    return not (words.isdisjoint(_HARMED) or (words.isdisjoint(_ACTS)
                                               and words.isdisjoint(_MASS_ACTS))) or not (
        words.isdisjoint(_COUNTED) or words.isdisjoint(_COUNTING)) or not words.isdisjoint(
        _DETAINED)

"""Actors: who did it (actor1) and to whom (actor2), named canonically with ACLED inter codes.

:mod:`eventwire.actor_mentions` finds the actors a text names (word lists, no parse);
:class:`ActorExtractor` uses the sentence's dependency parse to pick actor1 (the agent of the
trigger) and actor2 (its object), in document offsets, leaving out whoever only reports the
event, and reads the document for what the sentence leaves open.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actor_mentions import (
    ARMED_CATEGORIES,
    CATEGORY_OF_INTER,
    ActorMention,
    find_actor_mentions,
    outside_own_country,
    overlaps,
)
from ..lexicon import Demonym, actor_categories, country_of, demonym_regex
from ..records import Actor, EventMention, Sentence
from ..taxonomy import PROTEST_LABELS

__all__ = ["ARMED_CATEGORIES", "CATEGORY_OF_INTER", "ActorExtractor", "ActorMention",
           "antecedent", "dominant_country", "dominant_group", "find_actor_mentions",
           "outside_own_country"]

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

# Titles that name a country's office without the country's name.
_TITLE_COUNTRY = (("Secretary of State", "United States", "US"),
                  ("White House", "United States", "US"), ("Kremlin", "Russia", "RU"),
                  ("Pentagon", "United States", "US"), ("Downing Street", "United Kingdom", "GB"),
                  ("Elysee", "France", "FR"), ("Élysée", "France", "FR"))


class ActorExtractor:
    """Picks actor1/actor2 of an event from the sentence's dependency parse."""

    def actors(self, sent: Doc, sentence: Sentence, mention: EventMention, *,
               text: str | None = None, title: str | None = None
               ) -> tuple[Actor | None, Actor | None]:
        """actor1 (who did it) and actor2 (to whom) of ``mention``, in document offsets.

        Whoever reports the event ("X said", "according to X") is its source, never a party.
        ``text`` (the document's clean text), when given, fills what the sentence leaves open:
        a pronoun's titled antecedent, "the militants" of the group the document is about, the
        country of unnamed forces, protesters or civilians (``title``, the headline, counts
        towards the country the story is set in).
        """
        found = find_actor_mentions(sentence.text)
        found = found + _people(sent, sentence.text, found)
        found = found + _country_subjects(sent, found)
        trigger = _trigger_token(sent, sentence, mention)
        sources = _source_spans(sent, trigger) if trigger is not None else []
        mentions = tuple(a for a in found if not overlaps((a.start, a.end), sources))
        a1, a2 = _protest_roles(mention.type.label, mentions)
        if a1 is None:                          # not a protest, or no crowd named
            a1, a2 = _event_roles(sent, trigger, mentions)
            if mention.type.label in PROTEST_LABELS and a1 is not None and a1.inter == 1:
                a1, a2 = None, a1               # police never stage the protest
        actor1, actor2 = _to_actor(a1, sentence), _to_actor(a2, sentence)
        if text is not None:
            setting = dominant_country(f"{title}\n{text}" if title else text)
            actor1 = _resolve(actor1, text, sentence, mention, setting)
            actor2 = _in_document(actor2, text, sentence.start, setting) if actor2 else None
            if actor1 is None and mention.type.label in _PAIRED and _BOTH_SIDES.search(
                    sentence.text):
                actor1, actor2 = _last_pair(text, sentence.start) or (None, actor2)
        return actor1, actor2


# Verbs whose subject (and addressee) report an event rather than take part in it.
_REPORTING = frozenset({"said", "say", "says", "saying", "told", "tell", "tells", "telling",
                        "reported", "reports", "report", "added", "adds", "confirmed", "stated",
                        "announced", "noted", "explained", "insisted", "according", "cited",
                        "quoted", "wrote", "posted", "recounted", "described", "estimated"})
# Prepositions naming where something happened: a ministry "outside" which a bomb went off is
# the place (and at most the target), not the one who acted.
_LOCATIVE = frozenset({"outside", "inside", "near", "in", "into", "behind", "beside", "opposite",
                       "around", "across", "at", "from", "within", "along"})
_FACILITY = re.compile(r"\s+(?:station|post|checkpoint|headquarters|building|office|compound|"
                       r"base|barracks|camp|convoy|vehicle|academy|school|hospital|residence)s?\b",
                       re.IGNORECASE)
_SYMMETRIC = frozenset({"met", "meet", "meets", "meeting", "talked", "talks", "held", "agreed",
                        "agree", "signed", "discussed", "spoke", "negotiated", "clashed"})
# Labels whose "both sides" are two governments met before (a battle's sides are armed forces).
_PAIRED = frozenset({"DIPLO", "AGREEMENT"})
_BOTH_SIDES = re.compile(r"\b(?:[Bb]oth (?:sides|countries|governments|ministers|leaders)|"
                         r"[Tt]he two (?:sides|countries|governments|ministers|leaders))\b")


def _source_spans(sent: Doc, trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of who reports ("officials said", "according to X", "told the AP")
    an event that the reported clause gives its own subject ("X said the attacker ..."). A
    pronoun subject ("X said they would ...") or none leaves the speaker the actor.

    Linear in the sentence: a subtree's range comes from its edges, and whether it holds the
    trigger from the trigger's heads, both computed once (sorting each reporting word's
    subtree made " according to" repeated quadratic)."""
    holds_trigger = _heads_of(trigger)
    chain = _subject_chain(trigger)
    spans = []
    for tok in sent:
        if tok.lower_ not in _REPORTING or tok.i == trigger.i:
            continue
        if tok.lower_ != "according" and not _names_own_subject(chain, tok):
            continue
        parts = [tok] if tok.lower_ == "according" else [
            c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dative")
            or (c.dep_ == "dobj" and tok.lower_.startswith("t"))]       # "told reporters"
        spans += [_extent(part) for part in parts if part.i not in holds_trigger]
    return spans


def _extent(tok: Token) -> tuple[int, int]:
    """The character range of ``tok``'s subtree."""
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


def _heads_of(tok: Token) -> set[int]:
    """``tok`` and its heads up to the root: the tokens whose subtree holds ``tok``."""
    out = {tok.i}
    while tok.head.i != tok.i and tok.head.i not in out:
        tok = tok.head
        out.add(tok.i)
    return out


# Clauses rarely nest deeper than this between a trigger and the verb reporting it.
MAX_CLAUSE_DEPTH = 8


def _subject_chain(trigger: Token) -> list[tuple[int, bool | None]]:
    """The trigger and its heads (at most :data:`MAX_CLAUSE_DEPTH`), each with whether it has
    a noun subject (True), a pronoun subject (False) or none (None)."""
    chain: list[tuple[int, bool | None]] = []
    node = trigger
    for _ in range(MAX_CLAUSE_DEPTH):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        chain.append((node.i, any(c.pos_ != "PRON" for c in subjects) if subjects else None))
        if node.head.i == node.i:
            break
        node = node.head
    return chain


def _names_own_subject(chain: list[tuple[int, bool | None]], reporting: Token) -> bool:
    """Whether the clauses between the trigger and the reporting verb have a noun subject; a
    trigger outside the reporting verb's reach (", officials said") counts as having one."""
    for i, noun_subject in chain:
        if i == reporting.i:
            return False
        if noun_subject is not None:
            return noun_subject                 # a pronoun: "they would meet": the speaker acts
    return True


def _place_spans(sent: Doc) -> list[tuple[int, int]]:
    """Character ranges of locative phrases ("outside the Ministry of ...")."""
    return [_extent(tok) for tok in sent if tok.dep_ == "prep" and tok.lower_ in _LOCATIVE]


def _event_roles(sent: Doc, trigger: Token | None, mentions: tuple[ActorMention, ...]
                 ) -> tuple[ActorMention | None, ActorMention | None]:
    """Agent and patient from the parse, else the first fitting mentions of the trigger's
    clause (not of a clause telling another event: "..., after the army launched ...")."""
    a1, a2 = _roles(sent, trigger, mentions) if trigger is not None else (None, None)
    if trigger is not None:
        elsewhere = _other_clauses(sent, trigger)
        mentions = tuple(a for a in mentions if not overlaps((a.start, a.end), elsewhere))
    if a1 is None:
        places = _place_spans(sent)
        a1 = _first(mentions, lambda a: a is not a2 and _can_act(a) and not overlaps(
            (a.start, a.end), places) and not _FACILITY.match(sent.text, a.end))
    if a2 is None:
        a2 = _first(mentions, lambda a: a is not a1 and a.category in (
            "civilian", "protester", "state", "rebel", "militia", "identity", "person")) or (
            _first(mentions, lambda a: a is not a1 and a.category == "government"))
    return a1, a2


def _other_clauses(sent: Doc, trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of subordinate clauses with their own subject that do not hold the
    trigger, nor the trigger's verb."""
    holds = _heads_of(trigger) | _heads_of(_verb_of(trigger))
    return [_extent(tok) for tok in sent
            if tok.dep_ in ("advcl", "relcl", "ccomp", "conj") and tok.pos_ in ("VERB", "AUX")
            and tok.i not in holds
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)]


def _can_act(a: ActorMention) -> bool:
    return a.armed or a.category in ("person", "government")


def _protest_roles(label: str, mentions: tuple[ActorMention, ...]
                   ) -> tuple[ActorMention | None, ActorMention | None]:
    """ACLED codes the crowd as actor1 of a protest event (rioters when it turned violent) and
    the forces that intervened as actor2."""
    if label not in PROTEST_LABELS:
        return None, None
    crowd = _first(mentions, lambda a: a.category in ("protester", "rioter"))
    if crowd is not None and label == "VIOL_DEMONSTR" and crowd.category == "protester":
        crowd = replace(crowd, name="Rioters", inter=5, category="rioter")
    return crowd, _first(mentions, lambda a: a.category == "state")


# A pronoun standing for the actor before the trigger: "he said after his meeting with ...".
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
# How far back a pronoun's antecedent may be: about two sentences of news English.
ANTECEDENT_WINDOW = 400
_TITLED = re.compile(
    r"(?:\b(?P<adj>[A-Z][a-z]+)\s+)?(?P<title>Secretary of State|Secretary-General|President|"
    r"Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Chancellor|King|Queen|Emir|"
    r"Ambassador|Senator|Governor)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})")
# "the militants" stands for the named group the document told of at least this often before.
MIN_GROUP_MENTIONS = 2
# A country names the document's setting when it has more than this share of the document's
# country words (a dateline "NAIROBI, Kenya" plus "Kenyan police" -> KE); set on hand-written
# two-country stories, where neither country may win.
DOMINANT_COUNTRY_SHARE = 0.5
# Bare generic nouns that refer back to a group already named ("the militants"), unlike
# descriptions that name a new party ("the anti-government forces").
_ANAPHOR = re.compile(r"(?:militants?|extremists?|fighters|jihadists?|insurgents?|terrorists?|"
                      r"Islamists?|rebels?|group)", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)


def _resolve(actor: Actor | None, text: str, sentence: Sentence, mention: EventMention,
             setting: Demonym | None = None) -> Actor | None:
    """A pronoun's titled antecedent when the sentence names no actor, else the document's
    reading of the actor (:func:`_in_document`)."""
    if actor is None:
        if _PRONOUN.search(sentence.text, 0, mention.trigger_span[0] - sentence.start + 1):
            return antecedent(text, sentence.start)
        return None
    return _in_document(actor, text, sentence.start, setting)


def _in_document(actor: Actor, text: str, before: int, setting: Demonym | None) -> Actor:
    """Generic actors the document says more about: "the militants" after many "ISIS", "the
    airstrikes" after "Russian airstrikes", "police" in a story set in Kenya (``setting``)."""
    if _ANAPHOR.fullmatch(actor.text) and _DEFINITE.search(text, max(0, actor.span[0] - 8),
                                                           actor.span[0]):
        group = dominant_group(text, before)
        if group is not None:
            return replace(actor, name=group.name, inter=group.inter, country=group.country)
    if actor.country is not None or actor.inter not in (1, 3, 5, 6, 7):
        return actor
    named = _index(text).first_of.get(actor.name)
    if actor.inter == 1 and named is not None:
        return replace(actor, name=named.name, country=named.country)
    country = setting
    of = _generic_names().get(actor.name)
    if country is None or of is None:
        return actor
    name = f"{actor.name} of {country.country}" if of else f"{actor.name} ({country.country})"
    return replace(actor, name=name, country=country.iso2)


@lru_cache(maxsize=1)
def _generic_names() -> dict[str, bool]:
    """Bare generic actor names -> whether the country joins with " of " (else in brackets)."""
    return {t.name.split(" of {country}")[0]: " of {country}" in t.name
            for t in actor_categories()}


def dominant_group(text: str, before: int) -> ActorMention | None:
    """The named armed group mentioned most often in ``text`` before ``before`` (the first
    named among equals)."""
    index = _index(text)
    k = bisect_left(index.group_starts, before)
    if k == 0:
        return None
    group, n = index.leaders[k - 1]
    return group if n >= MIN_GROUP_MENTIONS else None


@dataclass(frozen=True, slots=True)
class _DocumentIndex:
    """What every event of a document asks of its actor mentions, computed once so that the
    work per event does not grow with the document."""

    group_starts: list[int]             # starts of the named armed groups' mentions, in order
    leaders: list[tuple[ActorMention, int]]   # after each: the leading group and its count
    first_of: dict[str, ActorMention]   # "Police Forces" -> first "Police Forces of Kenya"
    governments: list[ActorMention]     # governments with a country, in order
    government_ends: list[int]
    other_country: list[int]            # per government: the last one before of another country


@lru_cache(maxsize=8)
def _index(text: str) -> _DocumentIndex:
    mentions = _document_mentions(text)
    starts: list[int] = []
    leaders: list[tuple[ActorMention, int]] = []
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, ActorMention]] = {}
    lead: tuple[str, int] | None = None
    for m in mentions:
        if m.inter in (2, 3, 4) and m.name in _named_group_names():
            counts[m.name] += 1
            first.setdefault(m.name, (len(first), m))
            if lead is None or counts[m.name] > counts[lead[0]] or (
                    counts[m.name] == counts[lead[0]] and first[m.name][0] < lead[1]):
                lead = (m.name, first[m.name][0])
            starts.append(m.start)
            leaders.append((first[lead[0]][1], counts[lead[0]]))
    first_of: dict[str, ActorMention] = {}
    for m in mentions:
        if m.country is not None:
            at = m.name.find(" of ")
            while at >= 0:
                first_of.setdefault(m.name[:at], m)
                at = m.name.find(" of ", at + 1)
    governments = [m for m in mentions if m.category == "government" and m.country is not None]
    other: list[int] = []
    for j, m in enumerate(governments):
        prev = j - 1
        other.append(prev if prev < 0 or governments[prev].country != m.country
                     else other[prev])
    return _DocumentIndex(starts, leaders, first_of, governments,
                          [m.end for m in governments], other)


@lru_cache(maxsize=1)
def _named_group_names() -> frozenset[str]:
    from .table import bundled_entries
    return frozenset(e.name for e in bundled_entries() if e.kind in ("armed", "criminal"))


@lru_cache(maxsize=8)
def dominant_country(text: str) -> Demonym | None:
    """The country most of ``text``'s country names and adjectives point to, if one dominates."""
    counts = Counter(c for c in (country_of(m.group()) for m in demonym_regex().finditer(text))
                     if c is not None)
    total = sum(counts.values())
    if not total:
        return None
    (top, n), *rest = counts.most_common(2)
    if n / total > DOMINANT_COUNTRY_SHARE and (not rest or rest[0][1] < n):
        return top
    return None


def _last_pair(text: str, before: int) -> tuple[Actor, Actor] | None:
    """The last two governments of different countries named before ``before``: who "both
    sides" are."""
    index = _index(text)
    j = bisect_right(index.government_ends, before) - 1
    while j >= 0 and index.government_ends[j] > before:   # ends are not sorted when nested
        j -= 1
    if j < 0 or index.other_country[j] < 0:
        return None
    a, b = (index.governments[index.other_country[j]], index.governments[j])
    return (Actor(a.name, a.text, (a.start, a.end), a.inter, a.country),
            Actor(b.name, b.text, (b.start, b.end), b.inter, b.country))


@lru_cache(maxsize=8)
def _document_mentions(text: str) -> tuple[ActorMention, ...]:
    """Actor mentions of a whole document, cached: every event of a document asks again."""
    return find_actor_mentions(text)


def antecedent(text: str, before: int) -> Actor | None:
    """The last person named with a title ("Secretary of State John Kerry") shortly before
    ``before`` in ``text``, as an actor with the country of the title or adjective."""
    lo = max(0, before - ANTECEDENT_WINDOW)
    last = None
    for last in _TITLED.finditer(text, lo, before):
        pass
    if last is None:
        return None
    country = country_of(last.group("adj")) if last.group("adj") else None
    iso = country.iso2 if country else next(
        (code for title, _, code in _TITLE_COUNTRY if title == last.group("title")), None)
    return Actor(last.group("name"), last.group("name"), last.span("name"), 1 if iso else None,
                 iso)


def _first(mentions: tuple[ActorMention, ...], keep) -> ActorMention | None:
    return next((a for a in mentions if keep(a)), None)


def _people(sent: Doc, text: str, taken: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """PERSON entities as actors, with the country of their title or adjective when given."""
    out = []
    spans = [(a.start, a.end) for a in taken]
    for ent in sent.ents:
        if ent.label_ != "PERSON" or overlaps((ent.start_char, ent.end_char), spans):
            continue
        if country_of(ent.text) is not None:
            continue
        before = text[max(0, ent.start_char - 60):ent.start_char]
        iso = None
        for title, _country, code in _TITLE_COUNTRY:
            if title in before:
                iso = code
        for d in demonym_regex().finditer(before):
            c = country_of(d.group())
            iso = c.iso2 if c else iso
        out.append(ActorMention(ent.start_char, ent.end_char, ent.text, ent.text, 1 if iso else
                                None, iso, "person"))
    return tuple(out)


def _country_subjects(sent: Doc, taken: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """A country named as a verb's subject acts through its government ("The United States and
    China agreed ..."); a country after a preposition is a place and stays out."""
    out = []
    spans = [(a.start, a.end) for a in taken]
    for ent in sent.ents:
        root = ent.root
        subject = root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass"))
        c = (country_of(re.sub(r"^[Tt]he ", "", ent.text))
             if subject and ent.label_ == "GPE" else None)
        if c is None or overlaps((ent.start_char, ent.end_char), spans):
            continue
        out.append(ActorMention(ent.start_char, ent.end_char, ent.text,
                                f"Government of {c.country}", 1, c.iso2, "government"))
    return tuple(out)


def _trigger_token(sent: Doc, sentence: Sentence, mention: EventMention) -> Token | None:
    start = mention.trigger_span[0] - sentence.start
    for tok in sent:
        if tok.idx <= start < tok.idx + max(len(tok.text), 1):
            return tok
    return None


def _verb_of(trigger: Token) -> Token:
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _roles(sent: Doc, trigger: Token, mentions: tuple[ActorMention, ...]
           ) -> tuple[ActorMention | None, ActorMention | None]:
    """Agent and patient of the trigger's verb, matched to actor mentions; the second of
    coordinated subjects of a symmetric verb ("X and Y met") is the patient."""
    verb = _verb_of(trigger)
    agent = patient = None
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent") and agent is None:      # "by X" of a passive
            agent = _mention_in(child.subtree, mentions)
            if agent is not None and verb.lower_ in _SYMMETRIC:
                patient = _mention_in(child.subtree, tuple(
                    a for a in mentions if a.name != agent.name))
        elif child.dep_ == "prep" and child.lower_ in _LOCATIVE - {"at", "from"}:
            continue                                    # where, not to whom
        elif child.dep_ in ("dobj", "nsubjpass", "prep") and patient is None:
            patient = _mention_in(child.subtree, mentions)
    if agent is None and trigger.pos_ in ("NOUN", "PROPN"):
        partner = [t for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                   for t in c.subtree]
        if partner:                                                 # "his meeting with X"
            patient = _mention_in(partner, mentions)
        else:
            agent = _mention_in(trigger.subtree, mentions)          # "Russian airstrikes"
    return agent, (patient if patient is not agent else None)


def _mention_in(tokens: Iterable[Token], mentions: tuple[ActorMention, ...]
                ) -> ActorMention | None:
    """The first actor mention one of ``tokens`` falls in."""
    for tok in tokens:
        for a in mentions:
            if a.start <= tok.idx < a.end:
                return a
    return None


def _to_actor(a: ActorMention | None, sentence: Sentence) -> Actor | None:
    if a is None:
        return None
    inter = a.inter
    if a.category == "state" and outside_own_country(sentence.text, a):
        inter = 8
    return Actor(a.name, a.text, (sentence.start + a.start, sentence.start + a.end), inter,
                 a.country)


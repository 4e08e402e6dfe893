"""Actors: who did it (actor1) and to whom (actor2), named canonically with ACLED inter codes.

Two layers:

* :func:`find_actor_mentions` scans plain text with the actor word lists (no parse): named groups
  with their aliases ("ISIS", "ISIL", "Daesh" -> "Islamic State"), and generic nouns by category
  ("Russian warplanes" -> "Military Forces of Russia", inter 1, RU). Event typing reads these
  categories (who attacks whom decides ARMED_CLASH vs ATTACK).
* :class:`ActorExtractor` uses the sentence's dependency parse to pick actor1 (the agent of the
  trigger) and actor2 (its object), in document offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import actor_categories, country_of, demonym_regex, named_groups
from .records import Actor, EventMention, Sentence

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

# inter codes of ACLED's categories, as used by the typing rules.
CATEGORY_OF_INTER = {1: "state", 2: "rebel", 3: "militia", 4: "identity", 5: "rioter",
                     6: "protester", 7: "civilian", 8: "external"}
ARMED_CATEGORIES = frozenset({"state", "rebel", "militia", "identity", "external"})
# How far before a noun a country adjective may stand ("Russian and French warplanes"): a few
# words; measured on hand-written phrases, 30 characters covers "Russian and French" + spaces.
ADJECTIVE_WINDOW = 30
# Titles that name a country's office without the country's name.
_TITLE_COUNTRY = (("Secretary of State", "United States", "US"),
                  ("White House", "United States", "US"), ("Kremlin", "Russia", "RU"),
                  ("Pentagon", "United States", "US"), ("Downing Street", "United Kingdom", "GB"),
                  ("Elysee", "France", "FR"), ("Élysée", "France", "FR"))
_PLACE_COUNTRY = re.compile(
    r"\b(?:in|into|inside|across|over|on)\s+(?:the\s+)?([A-Z][\w.]+(?: [A-Z]\w+)?)")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text, offsets relative to that text."""

    start: int
    end: int
    text: str
    name: str
    inter: int | None
    country: str | None
    category: str               # state, rebel, militia, identity, rioter, protester, civilian

    @property
    def armed(self) -> bool:
        return self.category in ARMED_CATEGORIES


def find_actor_mentions(text: str) -> tuple[ActorMention, ...]:
    """Actors named in ``text`` (named groups first, then generic nouns), by position."""
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for term in named_groups():
        for m in term.pattern.finditer(text):
            if _overlaps(m.span(), taken) or _is_verb_is(text, m):
                continue
            inter = term.inter or 2
            found.append(ActorMention(m.start(), m.end(), m.group(), term.name, inter,
                                      term.country, CATEGORY_OF_INTER.get(inter, "rebel")))
            taken.append(m.span())
    # Longest match first, then table order: "rebel forces" is a rebel, not state "forces".
    generic = [(m, i, term) for i, term in enumerate(actor_categories())
               for m in term.pattern.finditer(text)]
    for m, _, term in sorted(generic, key=lambda x: (x[0].start() - x[0].end(), x[1])):
        if _overlaps(m.span(), taken):
            continue
        found.append(_generic(text, m, term.name, term.inter, term.category))
        taken.append(m.span())
    return tuple(sorted(found, key=lambda a: a.start))


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _is_verb_is(text: str, m: re.Match[str]) -> bool:
    """"IS" is the Islamic State only in capitals between words that are not all capitals."""
    if m.group() != "IS":
        return False
    around = text[max(0, m.start() - 12):m.end() + 12]
    return sum(1 for c in around if c.isupper()) > len(around) * 0.5


def _generic(text: str, m: re.Match[str], template: str, inter: int | None,
             category: str) -> ActorMention:
    """A generic noun, named after the country adjective just before it, if any."""
    before = text[max(0, m.start() - ADJECTIVE_WINDOW):m.start()]
    country = None
    start = m.start()
    for d in demonym_regex().finditer(before):
        tail = before[d.end():]
        if re.match(r"-(?:backed|led|allied|supported|sponsored)", tail):
            continue             # "US-backed rebels" are not US forces
        if re.fullmatch(r"(?:\s+and\s+[A-Z]\w+)?(?:\s+[\w-]+){0,2}\s+", tail) or tail == " ":
            country = country_of(d.group())
            start = max(0, m.start() - ADJECTIVE_WINDOW) + d.start()
            break
    if country is not None:
        name = (template.format(country=country.country) if "{country}" in template
                else f"{template} ({country.country})")
        iso = country.iso2
    else:
        name = template.split(" of {country}")[0]
        iso = None
    return ActorMention(start, m.end(), text[start:m.end()], name, inter, iso, category)


def outside_own_country(sentence_text: str, mention: ActorMention) -> bool:
    """True when state forces act in another named country ("Russian jets struck ... in Syria")."""
    if mention.inter != 1 or mention.country is None:
        return False
    for m in _PLACE_COUNTRY.finditer(sentence_text):
        d = country_of(m.group(1).rstrip(".")) or country_of(m.group(1).split()[0].rstrip("."))
        if d is not None and d.iso2 != mention.country:
            return True
    return False


class ActorExtractor:
    """Picks actor1/actor2 of an event from the sentence's dependency parse."""

    def actors(self, sent: Doc, sentence: Sentence, mention: EventMention, *,
               text: str | None = None) -> tuple[Actor | None, Actor | None]:
        """actor1 (who did it) and actor2 (to whom) of ``mention``, in document offsets.

        ``text`` (the document's clean text), when given, lets a pronoun subject ("he said after
        his meeting with ...") stand for the titled person named just before the sentence.
        """
        mentions = find_actor_mentions(sentence.text)
        mentions = mentions + _people(sent, sentence.text, mentions)
        trigger = _trigger_token(sent, sentence, mention)
        a1, a2 = _roles(sent, trigger, mentions) if trigger is not None else (None, None)
        if a1 is None:
            a1 = _first(mentions, lambda a: a is not a2 and (a.armed or a.category == "person"))
        if a2 is None:
            a2 = _first(mentions, lambda a: a is not a1 and a.category in (
                "civilian", "protester", "state", "rebel", "militia", "identity", "person"))
        actor1 = _to_actor(a1, sentence)
        if text is not None:
            actor1 = _resolve(actor1, text, sentence, mention)
        return actor1, _to_actor(a2, sentence)


# A pronoun standing for the actor before the trigger: "he said after his meeting with ...".
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
# How far back a pronoun's antecedent may be: about two sentences of news English.
ANTECEDENT_WINDOW = 400
_TITLED = re.compile(
    r"(?:\b(?P<adj>[A-Z][a-z]+)\s+)?(?P<title>Secretary of State|Secretary-General|President|"
    r"Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Chancellor|King|Queen|Emir|"
    r"Ambassador|Senator|Governor)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})")


def _resolve(actor: Actor | None, text: str, sentence: Sentence,
             mention: EventMention) -> Actor | None:
    """Fill what the sentence leaves open from the document: a pronoun's titled antecedent, or
    the country of unnamed state forces when the document names them once ("the airstrikes"
    after "Russian airstrikes" -> Military Forces of Russia)."""
    if actor is None:
        if _PRONOUN.search(sentence.text, 0, mention.trigger_span[0] - sentence.start + 1):
            return antecedent(text, sentence.start)
        return None
    if actor.inter == 1 and actor.country is None:
        named = [m for m in _document_mentions(text)
                 if m.country is not None and m.name.startswith(actor.name + " of ")]
        if named:
            return replace(actor, name=named[0].name, country=named[0].country)
    return actor


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
        if ent.label_ != "PERSON" or _overlaps((ent.start_char, ent.end_char), spans):
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


def _trigger_token(sent: Doc, sentence: Sentence, mention: EventMention) -> Token | None:
    start = mention.trigger_span[0] - sentence.start
    for tok in sent:
        if tok.idx <= start < tok.idx + max(len(tok.text), 1):
            return tok
    return None


def _roles(sent: Doc, trigger: Token, mentions: tuple[ActorMention, ...]
           ) -> tuple[ActorMention | None, ActorMention | None]:
    """Agent and patient of the trigger's verb, matched to actor mentions."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    agent = patient = None
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent") and agent is None:      # "by X" of a passive
            agent = _mention_in(child.subtree, mentions)
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


def with_inter(actor: Actor, inter: int) -> Actor:
    """The same actor with another inter code (a stage that knows the location may refine it)."""
    return replace(actor, inter=inter)


# Longest noun phrase kept as a PLOVER source/target text: a name with its title and country
# adjective ("Senior Hungarian and Romanian officials") fits; longer subtrees are clauses.
MAX_ROLE_TOKENS = 8


def clause_roles(doc: Doc) -> tuple[str | None, str | None]:
    """Source and target text of the sentence's main verb (PLOVER style): its subject noun
    phrase and its object (or the object of its first preposition); reporting verbs ("said")
    hand over to the clause they report."""
    from .plover import main_verb
    verb = main_verb(doc)
    if verb is None:
        return None, None
    source = target = None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and source is None:
            source = _phrase(child)
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


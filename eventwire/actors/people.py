"""People and countries the parse names as parties: PERSON entities with their whole names
and the country of their title, and countries that act as a verb's subject."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_mentions import ActorMention, demonym_scanner, generic_mention, overlaps
from ..lexicon import country_of
from ..nlp import text_of
from .names import TITLE_COUNTRY, titled_surnames

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Actor

__all__ = ["counterparts", "country_subjects", "people_mentions", "state_strikes",
           "surname_mentions", "with_full_names"]


def people_mentions(sent: Doc, text: str, taken: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """PERSON entities as actors, with the country of their title or adjective when given."""
    out = []
    spans = [(a.start, a.end) for a in taken]
    for ent in sent.ents:
        if ent.label_ != "PERSON" or overlaps((ent.start_char, ent.end_char), spans):
            continue
        if country_of(ent.text) is not None or _a_place(sent, ent) or _possessor(ent) or (
                _in_dateline(text, ent.end_char)):
            continue
        ent = _full_name(sent, ent)
        named = _without_title(ent)             # the words stay as written, the name not
        if named is None:                       # a title alone names nobody
            continue
        start, end = ent.start_char, _without_possessive(text, ent.start_char, ent.end_char)
        first = named.start_char
        before = text[max(0, first - 60):first]
        iso = None
        for title, _country, code in TITLE_COUNTRY:
            if title in before:
                iso = code
        for d in demonym_scanner().finditer(before):
            c = country_of(d.group())
            iso = c.iso2 if c else iso
        out.append(ActorMention(start, end, text[start:end], text[first:end],
                                1 if iso else None, iso, "person"))
    return tuple(out)


# A wire dateline before the story: a place, a date or an agency, then a dash ("LIMA, 3 JUN
# 89 (EFE) --", "Kabul (AP) —"): its words name no party.
_DATELINE = re.compile(r"[\w.'-]+(?:\s+[\w.'-]+){0,3}\s*[,(][^\n]{0,50}?\s(?:--|—|–)\s")


def _in_dateline(text: str, end: int) -> bool:
    """Whether characters up to ``end`` lie in the dateline the sentence starts with."""
    m = _DATELINE.match(text)
    return m is not None and end <= m.end() and bool(re.search(r"\d|\(", m.group()))


def with_full_names(found: tuple[ActorMention, ...], document: str | None
                    ) -> tuple[ActorMention, ...]:
    """People named by a surname alone that the document names in full with a title, named
    in full ("Haddad" after "Prime Minister Rami Haddad"), with the title's country."""
    people = titled_surnames(document) if document else {}
    return tuple(_full(a, people[a.name]) if a.category == "person" and a.name in people
                 else a for a in found)


def _full(a: ActorMention, person: Actor) -> ActorMention:
    return replace(a, name=person.name, inter=a.inter or person.inter,
                   country=a.country or person.country)


def surname_mentions(sent: Doc, document: str | None, taken: tuple[ActorMention, ...]
                     ) -> tuple[ActorMention, ...]:
    """A surname alone standing for the person the document names in full with a title
    ("Foreign Minister Ana Ruiz ... Ruiz later met ..."), named in full, wherever the parser
    took it for no person (or for an organisation); not an owner ("Ruiz's office")."""
    if not document:
        return ()
    people = titled_surnames(document)
    spans = [(a.start, a.end) for a in taken]
    out = []
    for tok in sent:
        person = people.get(tok.text)
        if person is None or overlaps((tok.idx, tok.idx + len(tok.text)), spans):
            continue
        if tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children) or (
                tok.i > 0 and sent[tok.i - 1].is_title and sent[tok.i - 1].ent_type_ == "PERSON"):
            continue                    # an owner, or the end of another person's name
        out.append(ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, person.name,
                                person.inter, person.country, "person"))
    return tuple(out)


# Things whose owner is the party hit ("X's car was set on fire") or speaks ("X's office").
_OWNED = frozenset({"car", "cars", "house", "houses", "home", "homes", "office", "offices",
                    "residence", "property", "shop", "shops", "vehicle", "vehicles", "convoy",
                    "motorcade", "farm", "farms", "compound", "headquarters", "business"})


def _possessor(ent) -> bool:
    """"X's brother was arrested", "X's supporters marched", "opponents of X accused ...": X
    is not the party (but the owner of a thing hit is)."""
    root = ent.root
    owner = root.dep_ == "poss" or any(c.dep_ == "case" for c in root.children) or (
        ent.end < len(ent.doc) and ent.doc[ent.end].dep_ == "case")
    if owner:
        return root.head.lower_ not in _OWNED
    of = root.head
    return (root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN"
            and of.head.i < root.i and of.head.lower_ in _PEOPLE_OF)


# People named by whom they stand with or against ("supporters of X", "the family of X"):
# they are the party, X is not.
_PEOPLE_OF = frozenset({"opponents", "critics", "supporters", "followers", "loyalists",
                        "allies", "relatives", "family", "families", "friends", "relative",
                        "opponent", "critic", "supporter", "follower", "loyalist", "ally",
                        "sympathisers", "sympathizers", "admirers", "fans", "backers",
                        "detractors", "rivals", "rival", "enemies", "enemy", "associates",
                        "aides", "aide", "bodyguards", "bodyguard", "lawyers", "lawyer",
                        "children", "son", "daughter", "wife", "husband", "brother", "sister",
                        "father", "mother", "widow", "spokesman", "spokeswoman", "spokesperson"})


def _without_possessive(text: str, start: int, end: int) -> int:
    """The end of a name without a possessive the entity took in ("Matiangi's")."""
    for tail in ("'s", "’s", "'", "’"):
        if text[start:end].endswith(tail):
            return end - len(tail)
    return end


# Words before a name that are its title, not part of it.
_TITLE_WORDS = frozenset({"mayor", "president", "minister", "general", "colonel", "captain",
                          "judge", "senator", "governor", "father", "priest", "leader", "deputy",
                          "sergeant", "lieutenant", "major", "commander", "chief", "dr", "mr",
                          "mrs", "ms", "lawyer", "journalist", "bishop", "archbishop",
                          "chancellor", "premier", "ambassador", "envoy", "secretary",
                          "prosecutor", "inspector", "superintendent", "spokesman",
                          "spokeswoman", "sen", "gov", "rep", "prof", "professor", "imam",
                          "rabbi", "pastor", "reverend", "rev"})
# (A monarch's title stays: "King Hassan" is how the person is named.)


def _full_name(sent: Doc, ent):
    """A person's whole name: the parser's entity widened over the capitalised words next to
    it ("Hector" of "Hector Oqueli Colindres" when NER kept only the surnames)."""
    start, end = ent.start, ent.end
    while start > 0 and _name_word(sent[start - 1], ent):
        start -= 1
    while end < len(sent) and _name_word(sent[end], ent):
        end += 1
    return sent[start:end] if (start, end) != (ent.start, ent.end) else ent


def _without_title(ent):
    """The name without the titles the entity took in ("Chancellor Weber": Weber): a job title
    is never part of the actor's name; None when the entity is titles only."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_.rstrip(".") in _TITLE_WORDS:
        start += 1
    if ent.doc[start].lower_.rstrip(".") in _TITLE_WORDS:
        return None
    return ent.doc[start:ent.end] if start != ent.start else ent


def _name_word(tok: Token, ent) -> bool:
    """A capitalised proper noun next to the name, or one in a compound with it that case
    restoration left in lower case (a surname of a text in capitals: "Jesus arboleda")."""
    if tok.pos_ != "PROPN" or not tok.is_alpha or tok.lower_ in _TITLE_WORDS or (
            tok.ent_type_ not in ("", "PERSON")):
        return False
    if tok.text[:1].isupper():
        return True
    inside = range(ent.start, ent.end)
    return tok.head.i in inside or any(c.i in inside and c.dep_ == "compound"
                                       for c in tok.children)


# "the town of X", "in X": a place the parser took for a person.
_PLACE_BEFORE = re.compile(r"\b(?:town|city|village|district|province|region|county|state|"
                           r"area|municipality|capital|port|island|department|camp)\s+of\s+$",
                           re.IGNORECASE)
_IN_PLACE = frozenset({"in", "near", "at", "outside", "inside", "into", "across", "around",
                       "towards", "toward", "within"})


def _a_place(sent: Doc, ent) -> bool:
    """Whether a PERSON entity stands where places do."""
    if _PLACE_BEFORE.search(text_of(sent), max(0, ent.start_char - 20), ent.start_char):
        return True
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in _IN_PLACE


def country_subjects(sent: Doc, taken: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """A country named as a verb's subject acts through its government ("The United States and
    China agreed ...", "a truce arranged by Egypt"); a country after another preposition is a
    place and stays out."""
    out = []
    spans = [(a.start, a.end) for a in taken]
    for ent in sent.ents:
        root = ent.root
        head = root.head if root.dep_ == "conj" else root
        subject = head.dep_ in ("nsubj", "nsubjpass") or (
            head.dep_ == "pobj" and head.head.dep_ == "agent")
        c = (country_of(re.sub(r"^[Tt]he ", "", ent.text))
             if subject and ent.label_ == "GPE" else None)
        if c is None or overlaps((ent.start_char, ent.end_char), spans):
            continue
        out.append(ActorMention(ent.start_char, ent.end_char, ent.text,
                                f"Government of {c.country}", 1, c.iso2, "government"))
    return tuple(out)


_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)


def counterparts(text: str, taken: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """"his Omani counterpart": the government of the country its adjective names (the name
    in an apposition, when given, is a mention of its own and more specific)."""
    spans = [(a.start, a.end) for a in taken]
    out = []
    for m in _COUNTERPART.finditer(text):
        a = generic_mention(text, m, "Government of {country}", 1, "government")
        named = any(t.category == "person" and 0 <= t.start - a.end <= 2 for t in taken)
        if a.country is not None and not named and not overlaps((a.start, a.end), spans):
            out.append(a)
    return tuple(out)


# Strikes only a state's forces deliver, as the word lists do not name them ("air strikes" and
# "warplanes" they do): "a US drone strike", "an Israeli missile strike", "Turkish drones",
# "Israeli aircraft", "Syrian helicopters", "Russian artillery".
_STATE_STRIKE = re.compile(r"\b(?:(?:drone|naval|missile)\s+(?:strikes?|attacks?|raids?)|"
                           r"drones?|gunships?|warships?|aircraft|(?:fighter\s+)?jets|"
                           r"helicopters?|artillery|tanks)\b", re.IGNORECASE)


def state_strikes(text: str, taken: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """The forces of the country whose adjective stands right before such a strike."""
    spans = [(a.start, a.end) for a in taken]
    out = []
    for m in _STATE_STRIKE.finditer(text):
        a = generic_mention(text, m, "Military Forces of {country}", 1, "state")
        if a.country is not None and text[a.start:m.start()].count(" ") <= 1 and not overlaps(
                (a.start, a.end), spans):
            out.append(a)
    return tuple(out)

"""Arrests in ordinary police news: one made as the sentence's news, or one only named and
never made (README "Ordinary crime and policing", ``--include-crime``; read by
:mod:`.policing`). Where :mod:`.arrests` reads arrests that belong to a conflict or to public
life, these are any arrest: "a former teacher has been arrested over the theft of school
funds" is made; "the suspect had a warrant out for his arrest", "officers tried to arrest
him", "a man who died in custody" and "no arrests have been made" name arrests none made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .agreements import dated_by_year
from .arrests import (
    ARREST_VERBS,
    CUSTODY_VERBS,
    PLACING_VERBS,
    THINGS,
    arresting,
    news_verb,
    standing,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def arrest_made(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """The sentence's news is an arrest made (:func:`arrest_verb`)."""
    return arrest_verb(sent, realis) is not None


def arrest_verb(sent: Doc, realis: Callable[[Token], bool]) -> Token | None:
    """The verb of the arrest the sentence's news is, made by the police or the state, or by
    no one named ("he was arrested", "officers detained two men"; not "gunmen detained three
    travellers", an abduction, nor "had been held since 2019", a standing detention)."""
    for verb in sent:
        if (verb.pos_ == "VERB" and realis(verb) and news_verb(verb)
                and (arresting(verb) or _arrests_anyone(verb))
                and not _earlier(verb) and not _armed_doer(verb) and not _no_one(verb)):
            return verb
    return None


def _no_one(verb: Token) -> bool:
    """ "no one was arrested", "nobody was detained": an arrest denied."""
    return any(c.dep_ in ("nsubjpass", "dobj") and (
        c.lower_ in ("nobody", "none", "noone") or any(d.lower_ == "no" for d in c.children))
        for c in verb.children)


# Things detained that are no people: a ship, a lorry.
_VESSELS = frozenset({"ship", "ships", "vessel", "vessels", "boat", "boats", "tanker",
                      "tankers", "lorry", "lorries", "truck", "trucks", "cargo", "shipment"})


def _arrests_anyone(verb: Token) -> bool:
    """A verb of arresting whose object or passive subject is any noun but a thing ("a former
    teacher has been arrested"): the police news arrests people of every trade, which
    :func:`arresting`'s list of people does not name."""
    return verb.lower_ in ARREST_VERBS and any(
        c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON")
        and c.lower_ not in THINGS and c.lower_ not in _VESSELS for c in verb.children)


def _earlier(verb: Token) -> bool:
    """An arrest told as before the news ("had been arrested", "arrested in 2019") or a
    detention that goes on ("has been held since May"); not "has been arrested", the news."""
    if verb.lower_ in PLACING_VERBS or verb.lower_ == "held":
        return standing(verb)
    return (any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
            or any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
            or dated_by_year(verb))


def _armed_doer(verb: Token) -> bool:
    """The arrest's doer, its subject or "by" agent, is armed men of no state."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return any(t.lower_ in _NON_STATE for d in doers for t in d.subtree)


# Doers whose "detentions" are abductions (as ACLED codes them) or no arrest by the state.
_NON_STATE = frozenset({"gunmen", "militants", "rebels", "militia", "militiamen", "kidnappers",
                        "insurgents", "jihadists", "fighters", "gang", "gangs", "vigilantes",
                        "residents", "villagers", "mob"})
# Words that make an arrest only named, not made: a warrant for it, a try at it, resisting or
# evading it, none made ("a warrant out for his arrest", "resisting arrest", "no arrests").
_UNMADE_BY = frozenset({"warrant", "warrants", "resisting", "resisted", "resist", "evading",
                        "evaded", "evade", "avoid", "avoided", "avoiding", "attempted",
                        "attempt", "no", "without", "fled", "escaped", "dodging"})
_ARREST_NOUNS = frozenset({"arrest", "arrests", "custody", "detention"})
_DEATH_WORDS = frozenset({"died", "dies", "death", "deaths", "dead", "killed"})


def arrest_unmade(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """The sentence names an arrest and tells none made: its arrest words are a warrant's, a
    try's or a denial's, or a death in custody ("the suspect had a warrant out for his
    arrest", "officers tried to arrest him", "a man who died in custody", "no arrests have
    been made"). Not where any arrest is made (:func:`arrest_made`)."""
    named = [t for t in sent if t.lower_ in ARREST_VERBS or t.lower_ in _ARREST_NOUNS
             or t.lower_ in CUSTODY_VERBS and "custody" in {c.lower_ for c in t.subtree}]
    if not named or arrest_made(sent, realis):
        return False
    return all(_unmade(t, realis) for t in named)


def _unmade(tok: Token, realis: Callable[[Token], bool]) -> bool:
    """The arrest word tells no arrest made."""
    if tok.pos_ == "VERB":
        return not realis(tok)              # "tried to arrest him", "was not detained"
    near = {tok.head.lower_, *(c.lower_ for c in tok.children)}
    if tok.head.dep_ == "prep":
        near.add(tok.head.head.lower_)      # "a warrant out for his arrest", "died in custody"
        near |= {c.lower_ for c in tok.head.head.children}
    if dated_by_year(tok) or any(a.lower_ in COURT_WORDS for a in tok.ancestors):
        return True                         # "cleared of assault over the arrest in 2021"
    return bool(near & (_UNMADE_BY | _DEATH_WORDS))


# Words of a court, a charge, an inquiry or a sacking: the arrest or the force they are about
# is an old incident's, not the news ("cleared over the arrest of a teenager", "charged over
# shooting a man").
COURT_WORDS = frozenset({"charged", "charges", "convicted", "acquitted", "cleared",
                         "sentenced", "jailed", "trial", "inquest", "jury", "court", "guilty",
                         "indicted", "suspended", "sacked", "dismissed", "accused"})

"""Actors: who did it (actor1) and to whom (actor2), named canonically with ACLED inter codes.

:mod:`eventwire.actor_mentions` finds the actors a text names (word lists, no parse);
:class:`ActorExtractor` uses the sentence's dependency parse to pick actor1 (the agent of the
trigger) and actor2 (its object), in document offsets, leaving out whoever only reports the
event, and reads the document for what the sentence leaves open.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actor_mentions import (
    ActorMention,
    find_actor_mentions,
    outside_own_country,
    overlaps,
)
from ..lexicon import demonym_of
from ..nlp import text_of, token_at
from ..records import Actor, EventMention, Sentence
from .carriers import carried_spans, crowd_of, with_carried
from .clauses import (
    COUNT_ONLY,
    SYMMETRIC,
    act_of,
    from_whom,
    is_passive,
    joint_spans,
    other_clauses,
    purpose_objects,
    roles_of,
    spans_of,
    subject_agent,
    verb_of,
)
from .doers import (
    arresting_police,
    bearer_spans,
    blamed_act,
    by_of_gerund,
    by_of_noun,
    done_to_spans,
    identified_attacker,
    lone,
    others_agents,
    others_object_words,
    others_objects,
    person_doer,
    underwent,
    victim_spans,
)
from .lists import lists_of, with_others, with_partners
from .names import (
    UNNAMED_ARMED,
    attackers_after,
    backer,
    blamed,
    blamed_party,
    claimed_by,
    document_setting,
    in_document,
    last_pair,
    qualified_mentions,
    resolve,
    unnamed_armed,
)
from .people import (
    counterparts,
    country_subjects,
    people_mentions,
    state_strikes,
    surname_mentions,
    with_full_names,
)
from .phrases import (
    HARM_FORMS,
    counted,
    described,
    done_to,
    facility_mentions,
    fight_words,
    harmed_mentions,
    harms,
    in_proper_name,
    is_named,
    not_places,
    one_per_actor,
    person_mention,
)
from .protests import CROWD_ACTS, organiser, protest_roles
from .sources import (
    accused_act_words,
    accused_of,
    accuser_spans,
    blamed_words,
    reported_act,
    responder_spans,
    source_spans,
    speaker_meant,
    speakers_own,
)
from .table import bundled_table
from .targets import (
    LOCATIVE,
    Target,
    attacked_from,
    event_targets,
    is_facility,
    is_place_of_forces,
    names_facility,
    not_where,
    owner_of_place,
    place_spans,
    sentence_targets,
)

__all__ = ["ActorExtractor"]

_source_spans = source_spans        # its old name here, which tests/test_linear_time.py times

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Doc, Token

    from .table import ActorTable


class ActorExtractor:
    """Picks actor1/actor2 of an event from the sentence's dependency parse."""

    def __init__(self, table: ActorTable | None = None) -> None:
        """``table``: the named actors to recognise (default: the bundled table)."""
        self.table = table

    def actors(self, sent: Doc, sentence: Sentence, mention: EventMention, *,
               text: str | None = None, title: str | None = None, where: str | None = None
               ) -> tuple[Actor | None, Actor | None]:
        """actor1 (who did it) and actor2 (to whom) of ``mention``, in document offsets.

        Whoever reports the event ("X said", "according to X") is its source, never a party.
        ``text`` (the document's clean text), when given, fills what the sentence leaves open:
        a pronoun's titled antecedent, "the militants" of the group the document is about, the
        country of unnamed forces, protesters or civilians: the country of the event's place
        (``where``, an ISO code) when it has one, else the one the story is set in (``title``,
        the headline, counts towards it).
        """
        found = self._mentions(sent, sentence.text, text)
        trigger = act_of(sent, _trigger_token(sent, sentence, mention))
        trigger = reported_act(trigger) if trigger is not None else None
        spoken = mention.type.label in _PAIRED
        sources = (source_spans(sent, trigger, spoken=spoken) + accuser_spans(trigger)
                   + responder_spans(trigger) if trigger is not None else [])
        mentions = tuple(a for a in found if not overlaps((a.start, a.end), sources))
        a1, a2 = protest_roles(mention.type.label, mentions, sentence.text)
        told = None                             # the act a clause of blame is about
        if a1 is None and mention.type.label in CROWD_ACTS and trigger is not None:
            a1 = crowd_of(trigger, sentence.text, mentions)   # "supporters of X marched"
        if a1 is None:                          # not a protest, or no crowd named
            a1, a2 = _event_roles(sent, trigger, mentions, sources)
            a2 = None if a2 is not None and blamed(sentence.text, a2) and not overlaps(
                (a2.start, a2.end), victim_spans(sent)) else a2    # not "suspected X killed"
            if mention.type.label in CROWD_ACTS and a1 is not None and a1.inter == 1:
                a1, a2 = None, a1               # police never stage the protest
            blamed_one = (_mention_in(blamed_words(trigger), mentions)
                          if mention.type.label == "ATTRIB" and trigger is not None else None)
            told = blamed_act(sent, trigger) if blamed_one is not None else None
            if told is not None:                # "X killed Y, a leader said, blaming Z": the
                a1, a2 = _roles(sent, told, mentions)   # act's own (Z names X by _claimed)
            elif blamed_one is not None and blamed_one.armed:   # "police blamed guerrillas"
                a1, a2 = blamed_one, _mention_in(accused_act_words(trigger), tuple(
                    a for a in mentions if a is not blamed_one))    # "... of killing X"
        own = speakers_own(sent, a1, found) if a1 is not None and not self._named(a1) else None
        a1 = replace(a1, name=own.name, inter=own.inter, country=own.country,
                     category=own.category) if own and self._named(own) else a1   # "its men"
        found = lists_of(sent, trigger, a1, a2, mentions, named=self._named,
                         unnamed=person_mention, is_harm=_harm_clause)
        a2 = found.actor2                       # "killed a teacher, two farmers and ..."
        actor1 = _to_actor(a1, sentence)        # whom it was done to keep their count:
        actor2 = _to_actor(a2 and counted(sent, a2), sentence)          # "12 soldiers"
        others = [_to_actor(counted(sent, a), sentence) for a in found.others]
        joint = [_to_actor(a, sentence) for a in found.partners]
        if a1 is not None:
            assoc = backer(sentence.text, a1, mentions)
            actor1 = replace(actor1, assoc=assoc) if assoc and assoc != a1.name else actor1
        if mention.type.label in _CLAIMABLE:
            actor1 = _armed_men(actor1)
        if text is not None:
            # The event's own place outweighs the document's most-named country: "gunmen killed
            # five in Zamfara ... the US embassy said" is no American armed group.
            setting = (demonym_of(where) if where else None) or document_setting(text, title)
            actor1 = resolve(actor1, text, sentence, mention, setting, title)
            actor2 = (in_document(actor2, text, sentence.start, setting, title)
                      if actor2 else None)
            others = [in_document(o, text, sentence.start, setting, title) for o in others]
            joint = [in_document(o, text, sentence.start, setting, title) for o in joint]
            if actor1 is None and mention.type.label in _PAIRED and _BOTH_SIDES.search(
                    sentence.text):
                actor1, actor2 = last_pair(text, sentence.start) or (None, actor2)
                others = []
            if mention.type.label == "ATTRIB" and claimed_by(text) is not None and (
                    told is None or actor1 is None or not unnamed_armed(actor1)):
                actor1 = None                   # "police blamed X": X, not who blames
            if mention.type.label in _CLAIMABLE:
                actor1 = _claimed(actor1, actor2, text) or attackers_after(text, sentence.end)
            if actor1 is not None and actor1.assoc is None and mention.type.label in CROWD_ACTS:
                actor1 = replace(actor1, assoc=organiser(text))     # "organised by X"
            if actor1 is not None and a1 is not None and mention.type.label in _CLAIMABLE and (
                    lone(sent, a1)):            # "a policeman shot ...": the man named later
                actor1 = identified_attacker(actor1, text)
            if actor1 is None and mention.type.label == "ARREST":
                actor1 = arresting_police(mention, setting)
            elif actor1 is None or actor1.name.startswith(UNNAMED_ARMED):
                # the events package imports this one: read at the call, not at load
                from ..events.policing import police_did
                if police_did(sent, sentence, mention):   # "a man was tasered", "an officer
                    actor1 = arresting_police(mention, setting)     # fired at a suspect"
        if mention.type.label in _NO_DOER:
            actor1, actor2 = None, actor2 or (actor1 if actor1 and actor1.inter == 7 else None)
        if mention.type.label in _FORCES_ONLY and actor1 is not None and actor1.inter in _UNARMED:
            actor1 = None                       # "wounded people were escorted out": no doer
        actor2 = with_others(actor2, others, actor1)
        return with_partners(actor1, joint, actor2), actor2

    def targets(self, sent: Doc, sentence: Sentence, mention: EventMention
                ) -> tuple[Target, ...]:
        """The buildings, facilities and vehicles ``mention`` hit (:mod:`.targets`), in
        document offsets: what was hit, never who."""
        trigger = act_of(sent, _trigger_token(sent, sentence, mention))
        if trigger is None:
            return ()
        return tuple(replace(t, span=(sentence.start + t.span[0], sentence.start + t.span[1]))
                     for t in event_targets(sent, trigger))

    def sentence_targets(self, sent: Doc, sentence: Sentence,
                         mentions: Sequence[EventMention]) -> tuple[tuple[Target, ...], ...]:
        """The targets of each of a sentence's events, in document offsets: what each hit;
        for one whose act hit nothing, what the sentence says was hit that no other claims
        (:func:`.targets.sentence_targets`)."""
        triggers = [act_of(sent, _trigger_token(sent, sentence, m)) for m in mentions]
        return tuple(tuple(replace(t, span=(sentence.start + t.span[0],
                                            sentence.start + t.span[1])) for t in ts)
                     for ts in sentence_targets(sent, triggers))

    def _named(self, a: ActorMention) -> bool:
        return is_named(a, self.table or bundled_table())

    def _mentions(self, sent: Doc, text: str, document: str | None
                  ) -> tuple[ActorMention, ...]:
        """The sentence's parties, one mention each: the word lists' mentions, full names the
        document settles, people and countries the parse names, forces named by their posts,
        people harmed."""
        table = self.table or bundled_table()
        found = find_actor_mentions(text, self.table)
        found = found + qualified_mentions(text, document, table)
        found = found + people_mentions(sent, text, found)
        found = with_full_names(found, document) + surname_mentions(sent, document, found)
        found = found + country_subjects(sent, found)
        found = found + counterparts(text, found)
        found = found + state_strikes(text, found)
        found = found + facility_mentions(sent, text, found)
        found = found + harmed_mentions(sent, found)
        return with_carried(sent, text, described(sent, one_per_actor(
            text, not_places(text, found), table)))


# Labels whose "both sides" are two governments met before (a battle's sides are armed forces).
_PAIRED = frozenset({"DIPLO", "AGREEMENT"})
_BOTH_SIDES = re.compile(r"\b(?:[Bb]oth (?:sides|countries|governments|ministers|leaders)|"
                         r"[Tt]he two (?:sides|countries|governments|ministers|leaders))\b")


# Acts of violence a group claims or is blamed for, and attributions of them (ACLED: the group).
_CLAIMABLE = frozenset({"ATTACK", "SUIC_BOMB", "REM_EXPLOS", "ART_MISS_ATTACK", "GRENADE",
                        "ABDUCT_DISSAP", "ARMED_CLASH", "SEX_VIOL", "PROPERTY_DISTRUCT",
                        "CHEM_WEAP", "ATTRIB"})


# Labels whose happening nobody does: the people it hit are actor2, a reporter no party.
_NO_DOER = frozenset({"NATURAL_DISASTER"})
# Acts only armed forces have the arms for (aircraft, artillery, chemical weapons), and the
# ACLED inter codes of who never does them: rioters, protesters, civilians.
_FORCES_ONLY = frozenset({"AIR_STRIKE", "ART_MISS_ATTACK", "CHEM_WEAP"})
_UNARMED = frozenset({5, 6, 7})


def _armed_men(actor: Actor | None) -> Actor | None:
    """Men who kill, abduct or bomb are armed men ACLED cannot name ("abducted by men in
    civilian clothes"), not civilians."""
    if actor is None or actor.inter != 7 or not actor.name.startswith("Civilians"):
        return actor
    return replace(actor, name=UNNAMED_ARMED[0], inter=3, country=None)


def _claimed(actor1: Actor | None, actor2: Actor | None, text: str) -> Actor | None:
    """Unnamed attackers (or none) are the group the document says claimed the attack or is
    blamed for it; the words stay the sentence's."""
    if actor1 is not None and not unnamed_armed(actor1):
        return actor1
    group = claimed_by(text)
    if group is None and actor1 is None:        # "authorities blamed drug traffickers"
        group = blamed_party(text)
    if group is None or (actor2 is not None and actor2.name == group.name):
        return actor1
    if actor1 is None:
        return Actor(group.name, group.text, (group.start, group.end), group.inter,
                     group.country)
    return replace(actor1, name=group.name, inter=group.inter, country=group.country)


def _event_roles(sent: Doc, trigger: Token | None, mentions: tuple[ActorMention, ...],
                 sources: list[tuple[int, int]]
                 ) -> tuple[ActorMention | None, ActorMention | None]:
    """Agent and patient from the parse, else the first fitting mentions of the trigger's
    clause (not of a clause telling another event: "..., after the army launched ...")."""
    a1, a2 = _roles(sent, trigger, mentions) if trigger is not None else (None, None)
    text = text_of(sent)
    carried = carried_spans(sent, text, mentions)
    if a1 is not None and overlaps((a1.start, a1.end), carried):
        a1, a2 = None, a1               # who held the roadblock hit did not act on it
    if trigger is not None:
        elsewhere = other_clauses(sent, trigger)      # (the people in a place hit are not)
        mentions = tuple(a for a in mentions if not overlaps((a.start, a.end), elsewhere)
                         or overlaps((a.start, a.end), carried))
    victims = victim_spans(sent) + bearer_spans(sent) + done_to_spans(trigger) + carried + (
        spans_of(sent, purpose_objects(trigger)) + others_objects(sent, trigger)
        if trigger is not None else [])
    if a1 is None and not (trigger is not None and is_passive(verb_of(trigger))):
        places = place_spans(sent) + (others_agents(sent, trigger) if trigger is not None
                                      else [])     # not "X" of "a truce brokered by X"
        a1 = _first(mentions, lambda a: a is not a2 and _can_act(a) and not overlaps(
            (a.start, a.end), places + victims) and not names_facility(text, a.end)
            and not owner_of_place(text, a) and not is_facility(a, text))
    if a1 is None and trigger is not None:      # "a teenager threw a petrol bomb"
        a1 = person_doer(trigger, victims + sources)
    if a2 is None:
        a2 = _first(mentions, lambda a: a is not a1 and overlaps((a.start, a.end), victims))
    if a2 is None:
        joint = joint_spans(trigger)
        mentions = tuple(a for a in mentions if not overlaps((a.start, a.end), joint))
        a2 = _first(mentions, lambda a: a is not a1 and a.category in (
            "civilian", "protester", "state", "rebel", "militia", "identity", "person")) or (
            _first(mentions, lambda a: a is not a1 and a.category == "government"))
    if a2 is not None and (is_facility(a2, text) or names_facility(text, a2.end)):
        a2 = _first(mentions, lambda a: a is not a1 and a is not a2 and _base(a.name) == _base(
            a2.name) and not names_facility(text, a.end) and not in_proper_name(sent, a)) or a2
    # (its people named: "a battle with government soldiers", not "the Police Service of X")
    return a1, a2


def _can_act(a: ActorMention) -> bool:
    return a.armed or a.category in ("person", "government")


def _first(mentions: tuple[ActorMention, ...], keep) -> ActorMention | None:
    return next((a for a in mentions if keep(a)), None)


def _trigger_token(sent: Doc, sentence: Sentence, mention: EventMention) -> Token | None:
    return token_at(sent, mention.trigger_span[0] - sentence.start)


def _roles(sent: Doc, trigger: Token, mentions: tuple[ActorMention, ...]
           ) -> tuple[ActorMention | None, ActorMention | None]:
    """Agent and patient of the trigger's verb, matched to actor mentions; the second of
    coordinated subjects of a symmetric verb ("X and Y met") is the patient."""
    verb = verb_of(trigger)
    hit = done_to(trigger) | purpose_objects(trigger)
    agent, patient = _mention_in(by_of_noun(trigger), mentions), None  # "bombing by X"
    if underwent(trigger, verb):       # "rebels withdrew under shelling", "came under fire"
        patient = _mention_in((t for c in verb.children if c.dep_ == "nsubj"
                               for t in c.subtree), mentions)
        hit = hit | {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    not_agent = hit | others_object_words(trigger.doc, trigger)
    for child in roles_of(verb):
        speaker = speaker_meant(child) if child.dep_ == "nsubj" else None
        if speaker is not None and agent is None:       # "X said he and Y agreed": X, Y
            agent = _mention_in(speaker.subtree, mentions)
            if verb.lower_ in SYMMETRIC:
                patient = _mention_in((t for c in child.children if c.dep_ == "conj"
                                       for t in c.subtree), mentions)
        if (child.dep_ in ("nsubj", "agent") or by_of_gerund(child)) and agent is None:
            # "by X" of a passive, or of an act told as a gerund ("reported shelling by X")
            used = subject_agent(child) if _mention_in((child,), mentions) is None else ()
            asides = {t.i for c in child.children if c.dep_ == "relcl" for t in c.subtree}
            agent = _mention_in(used, mentions) or _mention_in(
                (t for t in not_where(child) if t.i not in not_agent | asides),
                mentions)       # not "rebels" of "a truce to evacuate rebels", nor X of
            # "the group, which is linked to X, claimed"
            if agent is not None and is_place_of_forces(agent, text_of(sent), verb):
                patient, agent = agent, None    # "a police post came under attack": hit
            if agent is not None and verb.lower_ in SYMMETRIC:
                patient = _mention_in(child.subtree, tuple(
                    a for a in mentions if a.name != agent.name))
    if agent is None:                           # "under attack from X", "threats from X"
        agent = _mention_in(attacked_from(verb) or from_whom(trigger), mentions)
    if agent is None:                           # "X accused the army of shelling the camp"
        agent = _mention_in(accused_of(verb) or accused_of(trigger), mentions)
    if agent is None and is_passive(verb):     # "died in a gunfight with soldiers"
        agent = _mention_in(fight_words(verb), mentions)
    others = tuple(a for a in mentions if agent is None or a.name != agent.name)
    for child in verb.children:                     # not the agent's own ("retook ... from X")
        if child.dep_ == "prep" and child.lower_ in LOCATIVE - {"at", "from"}:
            continue                                    # where, not to whom
        if child.dep_ in ("dobj", "nsubjpass", "prep") and patient is None and not (
                child.lower_ == "from" and agent is not None) and not by_of_gerund(child):
            patient = _named_in_apposition(child, others) or _mention_in(child.subtree,
                                                                         others)
    if agent is None and trigger.pos_ in ("NOUN", "PROPN"):
        partner = [t for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                   for t in c.subtree]
        if partner:                                                 # "his meeting with X"
            patient = _mention_in(partner, mentions)
        else:                   # "Russian airstrikes"; "the bombing of a post": the post hit
            agent = _mention_in((t for t in not_where(trigger) if t.i not in hit), mentions)
    patient = patient or _mention_in((t for t in trigger.doc if t.i in hit), mentions)
    harmed = _harmed(verb, mentions, agent)
    text = text_of(sent)
    place = patient is not None and harmed is not None and (
        harmed.category == "state" or not _mention_in(_objects(verb), (patient,))) and (
        is_facility(patient, text) or names_facility(text, patient.end))   # the people hit:
    # "stormed a checkpoint, killing four policemen", "blew himself up at a police academy,
    # killing nine recruits" (civilians killed at a post raided are bystanders)
    if harmed is not None and (patient is None or (place or _base(patient.name) == _base(
            harmed.name)) and not COUNT_ONLY.fullmatch(harmed.text) and not (
                harms(verb) and patient.category in _PEOPLE)):
        patient = harmed            # "attacked a post, killing five policemen": the policemen
    return agent, (patient if patient is not agent else None)


# Categories of mentions that name people: harmed by a harming verb, they are its victims,
# whoever a second harm names ("killed a farmer, wounding his wife": the farmer).
_PEOPLE = frozenset({"civilian", "person", "protester", "state", "rebel", "militia",
                     "identity", "rioter"})
# Participles of harm done along with the act ("..., killing three soldiers").
_HARMING = HARM_FORMS | {"leaving", "left"}


def _harm_clause(tok: Token) -> bool:
    return tok.lower_ in _HARMING or harms(tok)


def _harmed(verb: Token, mentions: tuple[ActorMention, ...], agent: ActorMention | None
            ) -> ActorMention | None:
    """The people a participle of harm after the act names ("killing five policemen", "leaving
    five rebels dead") or a clause of harm on what was hit ("a post that wounded two")."""
    for c in verb.subtree:                  # "..., killing", or "a bombing that wounded"
        if (c.dep_ == "relcl" or c.head.i == verb.i and c.dep_ in ("advcl", "conj", "xcomp")
                ) and c.lower_ in _HARMING:
            objs = [o for o in c.children if o.dep_ in ("dobj", "nsubjpass")]
            hit = _mention_in((t for o in objs for t in o.subtree), mentions) if objs else None
            if hit is not None and hit is not agent:
                return hit
    return None


def _objects(verb: Token) -> list[Token]:
    """The words of the verb's direct objects."""
    return [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]


def _base(name: str) -> str:
    """"Police Forces" of "Police Forces of Kenya"."""
    return name.split(" of ")[0]


def _named_in_apposition(head: Token, mentions: tuple[ActorMention, ...]
                         ) -> ActorMention | None:
    """The person an apposition names ("a community leader, Ana Ruiz,"): more specific than
    the words before it."""
    for c in head.children:
        if c.dep_ == "appos":
            hit = _mention_in(c.subtree, mentions)
            if hit is not None and (hit.category == "person" or c.pos_ == "PROPN"):
                return hit              # (a name the parser did not take for a person's)
    return None


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


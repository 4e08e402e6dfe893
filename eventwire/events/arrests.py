"""An arrest in a political or armed conflict read from the parse (ARREST, GUIDELINES-style
definition in ``training/data/README.md``): people arrested, detained or taken into custody,
where the sentence ties them to political violence ("police detained three men suspected of
plotting the bombing", "the attacker's brother was arrested"). Arrests at a protest are the
protest (ACLED codes them so), arms seized are disrupted weapons use, people detained by
gunmen are abducted: those sentences are left to the model.

The learned model ranks some of these low: an arrest is told in the words of any police news,
and most arrests in news are ordinary crime (scope ``crime``, out of scope by default). The
parse tells the act ("were detained", "arrested two men", "took him into custody") and its
verb's realis; the sentence's words tell the conflict (an attack, a bombing, militants). An
arrest with no such word is left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp import text_of
from ..records import EventMention
from ..taxonomy import VIOLENT_TYPES
from .agreements import dated_by_year
from .gatherings import PROTEST_NOUNS, PROTESTERS
from .model import DEFAULT_MIN_CONFIDENCE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of an arrest the parse reads (P(a real event in scope)). Measured on the
# training corpus, case restored as the pipeline does (`python benchmarks/parse_rules.py
# arrests`): of the 12 sentences of the aside split it fires on, 11 report a real event in
# scope (the other a bomb found before an arrest, told as history); of 56 in all splits, 54.
# Set below those shares, as news is less clean than the project's own text. It reads few
# arrests (under a tenth: most name their conflict elsewhere in the article), so the model
# still decides the rest.
ARREST_CONFIDENCE = 0.8
# Verbs of arresting, as word forms (the pipeline runs no lemmatizer).
ARREST_VERBS = frozenset({"arrest", "arrests", "arrested", "arresting", "detain", "detains",
                     "detained", "detaining", "apprehended", "nabbed", "rounded"})
# "took X into custody", "taken into custody".
CUSTODY_VERBS = frozenset({"took", "taken", "take", "taking"})
# "placed under house arrest", "put under arrest", "kept in detention".
PLACING_VERBS = frozenset({"placed", "put", "kept", "held"})
_HELD_UNDER = frozenset({"arrest", "detention"})
# Words that tie an arrest to political violence.
_CONFLICT = frozenset({
    "attack", "attacks", "attacker", "attackers", "bombing", "bombings", "bomb", "bomber",
    "terror", "terrorism", "terrorist", "terrorists", "militant", "militants", "jihadist",
    "jihadists", "insurgent", "insurgents", "rebel", "rebels", "extremist", "extremists",
    "plot", "plotting", "plotted", "assassination", "shooter", "insurgency", "separatist",
    "separatists", "coup", "sedition", "treason", "anti-terror", "counter-terrorism",
    "counterterrorism", "guerrilla", "guerrillas"})
# Words as the rule compares them ("anti-terror" is one).
_WORD = re.compile(r"\w+(?:-\w+)*")
# Words of a protest: an arrest at one is the protest (ACLED codes it so), left to the model
# and the gathering rule; and of arms seized (disrupted weapons use) or of armed groups
# detaining people (an abduction), left to the model too.
_OTHER_EVENT = frozenset({
    "protest", "protests", "protesters", "protestors", "demonstrators", "demonstration",
    "rally", "march", "activists", "sit-in", "explosives", "detonators", "weapons", "rifles",
    "defused", "gunmen", "militia", "militiamen", "kidnapped", "abducted", "hostages"})


# An article's arrests where it reports political violence: the share of the real arrests in
# scope among the real arrests of the training corpus's articles that hold a real violent
# event in scope (84 of 88; in the other articles, 295 of 689). What the model thinks likely
# an arrest but ordinary crime is, in such an article, this sure to be one in scope.
IN_CONFLICT_SHARE = 0.95


def arrests_in_conflict(mentions: Sequence[tuple[EventMention, ...]]
                        ) -> list[tuple[EventMention, ...]]:
    """A document's events, sentence by sentence, where the article reports political
    violence in scope (at least as sure as ``extract`` keeps events by default, and not
    background): each arrest the model reads as ordinary crime made an arrest in scope,
    :data:`IN_CONFLICT_SHARE` as sure as it is an arrest at all ("police arrested two men on
    suspicion of helping the gunman": the gunman's attack is the conflict)."""
    if not any(m.type.event_type in VIOLENT_TYPES and m.scope == "core" and not m.background
               and m.confidence >= DEFAULT_MIN_CONFIDENCE for ms in mentions for m in ms):
        return list(mentions)
    return [tuple(_in_conflict(m) for m in ms) for ms in mentions]


def _in_conflict(m: EventMention) -> EventMention:
    if m.type.label != "ARREST" or m.background or m.scope != "crime":
        return m
    sure = round(max(m.confidence, IN_CONFLICT_SHARE * m.confidence_with_crime), 3)
    return replace(m, confidence=sure, scope="core")


def names_conflict(text: str) -> bool:
    """The text names political violence (an attack, a bombing, militants, a plot)."""
    return not _CONFLICT.isdisjoint(w.lower() for w in _WORD.findall(text))


def conflict_arrest(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells an arrest made (see the module
    docstring) and names the conflict it belongs to."""
    words = {t.lower_ for t in sent}
    if not words & _CONFLICT or words & _OTHER_EVENT:
        return False
    for verb in sent:
        if verb.pos_ != "VERB" or not realis(verb) or not news_verb(verb):
            continue
        if arresting(verb):
            return True
    return False


def arresting(verb: Token) -> bool:
    """The verb arrests someone: "arrested two men", "rounded up", "took into custody",
    "placed under house arrest", "kept in detention"."""
    word = verb.lower_
    if word == "rounded":
        return any(c.lower_ == "up" for c in verb.children)
    if word in ARREST_VERBS:
        return _someone(verb)
    if word in CUSTODY_VERBS:
        return "custody" in {t.lower_ for t in verb.subtree}
    if word not in PLACING_VERBS or not _someone(verb) or standing(verb):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("under", "in") and any(
        o.lower_ in _HELD_UNDER for o in p.children) for p in verb.children)


def standing(verb: Token) -> bool:
    """A state that goes on, not a new arrest: "has been kept in detention since 2019"."""
    return (any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)
            or any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
            or dated_by_year(verb))


def _someone(verb: Token) -> bool:
    """Someone was arrested: a passive subject or an object ("were arrested", "arrested two
    men"), not a thing ("seized weapons")."""
    for c in verb.children:
        if c.dep_ in ("nsubjpass", "dobj") and (c.pos_ in ("PROPN", "PRON", "NUM")
                                                or c.ent_type_ in ("PERSON", "NORP", "CARDINAL")
                                                or c.tag_ == "NNS" or c.lower_ in _PEOPLE):
            return c.lower_ not in THINGS
    return False


# Singular nouns of people arrested ("a suspect", "the driver"); plural nouns count as people
# unless things (below).
_PEOPLE = frozenset({"suspect", "man", "woman", "teenager", "boy", "girl", "leader", "member",
                     "commander", "journalist", "activist", "student", "cleric", "imam",
                     "officer", "soldier", "driver", "son", "father", "brother", "wife",
                     "mother", "sister", "daughter", "husband", "uncle", "cousin", "nephew",
                     "relative", "neighbour", "neighbor", "friend", "accomplice", "gunman",
                     "bomber", "shooter", "attacker", "militant", "fighter", "preacher",
                     "politician", "lawmaker", "legislator", "candidate", "organiser",
                     "organizer", "opponent", "critic", "dissident", "blogger", "lawyer",
                     "figure", "reporter", "editor", "photographer", "senator", "official",
                     "mayor", "governor", "minister", "unionist", "campaigner"})
THINGS = frozenset({"weapons", "arms", "explosives", "drugs", "documents", "vehicles",
                     "phones", "computers", "cars", "guns", "rifles", "assets"})


def news_verb(verb: Token) -> bool:
    """The verb tells the sentence's news, not a clause of time or purpose ("before he was
    arrested", "a man who was arrested in 2019")."""
    if verb.dep_ in ("relcl", "acl", "advcl", "xcomp", "pcomp", "csubj"):
        return False
    return not any(c.dep_ == "mark" for c in verb.children)


# Words that put a protest after the arrest, not yet held: "before the protest", "ahead of a
# planned march", "due to address a rally", "to prevent a strike" (not "called" or "planned"
# after the noun: "protests planned by the opposition" may well have been held).
_BEFORE = frozenset({"before", "ahead"})
_PLANNED = frozenset({"planned", "scheduled", "upcoming", "proposed"})
_DUE = frozenset({"due", "scheduled", "set", "expected"})
_STOPPING = frozenset({"prevent", "preventing", "stop", "stopping", "thwart", "foil", "block"})
# Words of a try, or of one that failed: the protest it was to stop took place.
_TRYING = frozenset({"tried", "try", "trying", "attempt", "attempted", "attempting", "bid",
                     "failed", "fail", "could", "unable", "but", "despite"})
# A protest by name (the gathering rule's nouns), and a strike.
_CROWD_NOUNS = PROTEST_NOUNS | {"strike"}


# An arrest made away from a crowd or after it, at the arrested's own home or days later
# ("detained the traders' chairman at his home", "arrested two organisers of the sit-in at
# their homes", "two days later, police arrested five student leaders"): its own event, not
# the protest's intervention, though the article reports the protest. Not "a day after" (what
# came the day before is often the protest's cause: "detained dozens at a rally, the day
# after parliament adopted the law"), nor someone else's house (a sit-in at a governor's).
# On the corpus (`python benchmarks/parse_rules.py arrested_away`): 52 firings, 51 labelled
# ARREST.
AWAY_FROM_CROWD = re.compile(
    r"\b(?:at|from|outside|in)\s+(?:his|her|their)\s+(?:own\s+)?"
    r"(?:homes?|houses?|residences?|flats?|apartments?|hideouts?)\b"
    r"|\b(?:a|one|two|three|four|several|few|\d+)\s+(?:days?|weeks?)\s+later\b"
    r"|\bthe\s+(?:next|following)\s+(?:day|morning|evening|week)\b", re.IGNORECASE)
# The crowd named as where the arrests were made ("at the rally", "during the march",
# "people protesting outside the embassy"): the arrests are the protest's, whatever day.
_CROWD_NAMES = "|".join(sorted(PROTEST_NOUNS | {"vigil", "vigils", "blockade", "blockades"},
                               key=len, reverse=True))
AT_THE_CROWD = re.compile(
    r"\b(?:at|during|in)\s+(?:the|a|an|their|its|this|that)\s+(?:[\w'-]+\s+){0,2}?"
    rf"(?:{_CROWD_NAMES})\b|\bprotesting\b|\bwhere they were\b", re.IGNORECASE)


def arrested_away(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells people arrested away from a crowd or after
    it (:data:`AWAY_FROM_CROWD`): "police on Friday detained the opposition leader at his home,
    a day after he addressed a rally". Not protesters arrested there ("arrested 14 protesters
    at the sit-in")."""
    if AWAY_FROM_CROWD.search(sent.text) is None or AT_THE_CROWD.search(sent.text):
        return False
    return any(verb.pos_ == "VERB" and realis(verb) and news_verb(verb) and arresting(verb)
               for verb in sent)


# Verbs of a protest's act that tell who the arrested were ("activists who had glued
# themselves to the road", "people picketing the gate"); and those that are one only beside a
# word of protest ("students occupying the hall in protest", not "militants who had occupied a
# school" or "soldiers who had marched on the palace").
_PROTESTING = frozenset({
    "protesting", "protested", "demonstrating", "demonstrated", "rallying", "rallied",
    "picketing", "picketed", "glued", "gluing", "blockading", "blockaded"})
_PROTESTING_IF_SAID = frozenset({
    "marching", "marched", "chanting", "chanted", "chained", "chaining", "occupying",
    "occupied"})
_PROTEST_WORDS = PROTEST_NOUNS | PROTESTERS | frozenset({
    "protesting", "activists", "campaigners", "strikers", "strike", "demanding", "against",
    "slogans", "placards", "banners"})
# Verbs of holding up what a demonstration shows, and the things shown: people arrested "as
# they held up signs supporting" a group were demonstrating.
_SHOWING = frozenset({"held", "holding", "displayed", "displaying", "raised", "raising",
                      "waved", "waving", "carried", "carrying", "unfurled", "unfurling"})
_SIGNS = frozenset({"signs", "sign", "placards", "placard", "banners", "banner", "posters"})


def _holding_signs(verb: Token) -> bool:
    """ "as they held up signs supporting X", "holding placards": a demonstration shown."""
    return verb.lower_ in _SHOWING and any(
        c.dep_ == "dobj" and c.lower_ in _SIGNS for c in verb.children)


# Armed people arrested are no protesters whatever they had done.
_ARMED = frozenset({"militants", "soldiers", "troops", "gunmen", "rebels", "fighters",
                    "insurgents", "attackers", "officers", "mutineers", "jihadists"})


def arrested_protesters(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the sentence's own arrest is of people protesting: protesters by name, or
    people a clause of theirs shows protesting ("police arrested 12 activists who had glued
    themselves to the road", "detained dozens of women marching through the centre"). ACLED
    codes such arrests as the protest met with intervention. Not arrests after the protest or
    away from it (:func:`arrested_away`)."""
    said = {t.lower_ for t in sent}
    for verb in sent:
        if not (verb.pos_ == "VERB" and realis(verb) and news_verb(verb) and arresting(verb)):
            continue
        held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        words = {t.lower_ for h in held for t in h.subtree}
        acts = _PROTESTING | (_PROTESTING_IF_SAID if said & _PROTEST_WORDS else frozenset())
        doing = [c for c in verb.children if c.dep_ in ("advcl", "acl")   # "... picketing"
                 and (c.lower_ in acts or _holding_signs(c))
                 and not any(m.lower_ in ("after", "before") for m in c.children)]
        doing += [c for h in held for c in h.children    # "twelve women holding placards"
                  if c.dep_ == "acl" and _holding_signs(c)]
        if words & _ARMED:
            continue
        if words & PROTESTERS or words & acts or doing:
            return not arrested_away(sent, realis)
    return False


def preempted_protest(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells people arrested before a protest that had
    not been held ("police arrested the opposition leader hours before he was due to address a
    rally", "detained two organisers ahead of a planned march"): the arrest is the event, the
    protest only a plan. Not when protesters by that name were arrested, or a crowd in the
    sentence is one that took place."""
    crowds = [t for t in sent if t.lower_ in _CROWD_NOUNS and t.pos_ in ("NOUN", "PROPN")
              and t.ent_type_ != "DATE"]        # "the march", not "in March"
    if not crowds or any(t.lower_ in PROTESTERS for t in sent):
        return False
    if not all(_not_yet(c) for c in crowds):
        return False
    return any(verb.pos_ == "VERB" and realis(verb) and news_verb(verb) and arresting(verb)
               for verb in sent)


def _purpose_of_arrest(stop: Token) -> bool:
    """The stopping verb is what an arrest was for ("detained the leaders to stop them from
    joining a march"), with no word of a try that failed on the way up to it ("tried to stop
    the march", "failed to stop", "in a bid to stop": the protest went ahead)."""
    node = stop
    while node.head.i != node.i:
        if any(c.lower_ in _TRYING for c in (node, *node.children)):
            return False
        node = node.head
        if arresting(node):
            return not any(t.lower_ in _TRYING for t in node.doc)
    return False


def _not_yet(noun: Token) -> bool:
    """The protest noun is told as to come: the object of "before" or "ahead of" ("before the
    protest"), planned ("a planned march"), what someone was due to hold ("due to address a
    rally") or what the arrest was to prevent; never a protest the arrests were made at or
    during, nor one that is the subject of its own verb ("before the march reached
    parliament": it was under way)."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False
    if head.dep_ == "prep" and head.lower_ in ("at", "during", "in", "amid"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _PLANNED for c in noun.children):
        return True
    if head.lower_ in _BEFORE or head.lower_ == "of" and head.head.lower_ in _BEFORE:
        return True
    if any(a.lower_ in _STOPPING and _purpose_of_arrest(a) for a in noun.ancestors):
        return True                         # "detained them to stop them joining a march"
    verb = head if noun.dep_ == "dobj" else None
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lower_ in _DUE


# People arrested for who they are in public life: the opposition, the press, critics and
# rights defenders ("police detained an opposition leader", "three journalists were held").
_POLITICAL_PERSONS = frozenset({
    "journalist", "journalists", "reporter", "reporters", "blogger", "bloggers", "editor",
    "editors", "photojournalist", "photojournalists", "dissident", "dissidents", "critic", "critics", "lawmaker", "lawmakers", "legislator", "legislators",
    "mp", "mps", "senator", "senators", "politician", "politicians", "campaigner",
    "campaigners", "unionist", "unionists"})
# Nouns that are public life only with one of these words beside them ("an opposition leader",
# "a rights lawyer", "party members"; not "a gang leader", "a family member"; activists too:
# climate activists are arrested at their blockades, which are protests).
_ROLES = frozenset({"leader", "leaders", "figure", "figures", "member", "members",
                    "supporters", "lawyer", "lawyers", "official", "officials", "candidate",
                    "candidates", "activist", "activists"})
_POLITICS = frozenset({"opposition", "party", "rights", "political", "pro-democracy", "union",
                       "student", "separatist", "exiled"})
# Words of an ordinary charge: an official held for bribery, a reporter for drink-driving is
# crime news, not a political arrest.
_ORDINARY_CHARGES = frozenset({
    "fraud", "bribery", "bribe", "bribes", "corruption", "embezzlement", "graft", "theft",
    "robbery", "murder", "manslaughter", "rape", "assault", "drugs", "drug", "cocaine",
    "heroin", "drink", "drunk", "drunken", "tax", "laundering", "smuggling", "trafficking",
    "abuse", "stolen", "shoplifting", "burglary", "domestic"})
# Protest words that make the arrest a protest's (left to the gathering rules): those of
# _OTHER_EVENT but "activists", who are arrested away from protests too.
_AT_PROTEST = frozenset(_OTHER_EVENT - {"activists"})


def political_arrest(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells an arrest made of people in public life for who
    they are (:data:`_POLITICAL_PERSONS`; "security forces detained an opposition leader at
    his home", "two reporters were arrested in Minsk"), with no ordinary charge and no protest
    named, and not of people protesting (:func:`arrested_protesters`)."""
    words = {t.lower_ for t in sent}
    if words & _ORDINARY_CHARGES or words & _AT_PROTEST or arrested_protesters(sent, realis):
        return False                        # "detained activists who glued themselves ..."
    for verb in sent:
        if (verb.pos_ == "VERB" and realis(verb) and news_verb(verb) and arresting(verb)
                and not standing(verb) and any(_political(p) for p in _taken(verb))):
            return True
    return False


def _taken(verb: Token) -> list[Token]:
    """The people an arresting verb takes: its object or passive subject, and their
    conjuncts."""
    heads = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return heads + [c for h in heads for c in h.conjuncts]


def _political(noun: Token) -> bool:
    """The noun names a person in public life by what they do ("journalists"), by a role and
    a word of politics ("an opposition leader", "party members"), or a name a title or an
    apposition says is one ("journalist Jane Doe", "Jane Doe, a rights lawyer")."""
    word = noun.lower_
    if any(c.dep_ == "relcl" for c in noun.children):
        return False                        # "journalists who arrived at the plaza": their act
    if any(_political(o) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
           for o in p.children if o.dep_ == "pobj"):
        return True                         # "dozens of party members"
    if word in _POLITICAL_PERSONS:
        return True
    if word in _ROLES:
        return any(c.lower_ in _POLITICS for c in noun.subtree if c is not noun)
    if noun.pos_ != "PROPN":
        return False
    return any(c.dep_ in ("compound", "appos") and c is not noun and _political(c)
               for c in noun.children)


def may_arrest(words: frozenset[str]) -> bool:
    """False only where :func:`conflict_arrest` cannot fire on a sentence of these lower-cased
    ``words``: no conflict named, or another event told."""
    return not words.isdisjoint(_CONFLICT) and words.isdisjoint(_OTHER_EVENT)


def may_arrest_politically(words: frozenset[str]) -> bool:
    """False only where :func:`political_arrest` cannot fire on these lower-cased ``words``."""
    return (not (words.isdisjoint(_POLITICAL_PERSONS) and words.isdisjoint(_ROLES))
            and words.isdisjoint(_ORDINARY_CHARGES) and words.isdisjoint(_AT_PROTEST))


# Unrest an arrest may be told after or during: "after the riots", "during Tuesday night's
# unrest" (not "clashes" or "violence", which armed sides' fighting is too: "detained during
# the border clashes").
# An arrest of a suspect is of a crime, even in an article with a protest or a riot ("arrested
# the suspect at his home", "on suspicion of battery").
SUSPECT = re.compile(r"\bsuspect(?:s|ed)?\b|\bsuspicion\b", re.IGNORECASE)
_UNREST = frozenset({"riots", "riot", "rioting", "unrest", "looting", "disturbances",
                     "protests", "protest", "demonstrations", "demonstration"})
_AFTER_OR_DURING = frozenset({"after", "during", "following", "amid", "over"})
# Who may riot, for the prefilter (:mod:`.crowds` reads who did what).
_CROWD_WORDS = PROTESTERS | frozenset({"rioters", "crowd", "crowds", "mob", "mobs", "youths",
                                       "looters", "supporters", "fans"})


def may_arrest_in_unrest(words: frozenset[str]) -> bool:
    """False only where :func:`arrests_in_unrest` cannot fire on a sentence of these
    lower-cased ``words``: no verb of arresting, or no word of unrest or of a crowd."""
    return not words.isdisjoint(ARREST_VERBS) and not (
        words.isdisjoint(_UNREST) and words.isdisjoint(_CROWD_WORDS))


def arrests_in_unrest(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the sentence's main clause tells people arrested (not armed men: those are
    :func:`conflict_arrest`'s), and the unrest they were arrested after or in is told beside
    it: a crowd turning violent ("police arrested 57 people after rioters looted shops"), or
    unrest named after "after", "during" or "following" ("46 people were arrested during the
    riots"). The arrests are an event of the unrest (in scope), whatever the model rates an
    arrest of people it cannot tell from a crime's; the riot stays the sentence's other event.
    Not arrests of protesters by name (:func:`arrested_protesters`: the protest met with
    intervention), nor of suspects of a crime. On the training corpus (`python
    benchmarks/parse_rules.py unrest_arrests`, 2026-12-07) it fires on few sentences, all
    real arrests (3 in the training part, 1 aside, 2 in the held long articles); the
    confidence is the other arrest readings' (:data:`ARREST_CONFIDENCE`)."""
    from .crowds import crowd_violence      # imported here: crowds reads arrests' words too
    words = {t.lower_ for t in sent}
    if words & _ARMED or SUSPECT.search(text_of(sent)):
        return False
    unrest = any(t.lower_ in _UNREST and t.head.lower_ in _AFTER_OR_DURING
                 for t in sent) or crowd_violence(sent, realis)
    if not unrest or arrested_protesters(sent, realis):
        return False
    return any(verb.pos_ == "VERB" and realis(verb) and news_verb(verb) and arresting(verb)
               and not standing(verb) and _main(verb) for verb in sent)


def _main(verb: Token) -> bool:
    """The verb is the sentence's main one, or what its main verb of saying reports ("police
    said 57 people were arrested"), or coordinated with it."""
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")

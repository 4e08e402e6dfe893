"""A claim of responsibility, or an attribution of an attack, read from the parse (ATTRIB,
GUIDELINES-style definition in ``training/data/README.md``).

The learned model ranks a third of the corpus's claims low ("The Balochistan Liberation Army
said its fighters carried out the operation", "JNIM claimed the attack in a statement"): the
words are those of any statement, and what makes it a claim is who says what of whom. The
parse tells that:

* someone claims responsibility or an act: "claimed responsibility", "claimed the attack",
  "claimed in a statement that its fighters had ...";
* someone blames or accuses a party of a specific act: "police blamed the rebels for the
  bombing", "Kyiv accused Moscow of Sunday's strike"; or lays the act on the party: "blamed
  the attack on a militia", "the bombing was blamed by police on the rebels", "attributed the
  blast to"; or an official blames one non-state armed group outright where the sentence or
  the words before it tell an act of violence ("police blamed the Gulf Clan" after the
  attack);
* someone says a party was behind or responsible for an act, not as a guess: "the minister
  said the ELN was behind the attack", "the group said it was responsible for the blast",
  "the army said the ambush was staged by ELN fighters".

A state's force saying it did an act ("the army said it killed 50 fighters") tells the act,
not a claim: the model reads those. A non-state armed group saying it did one ("Al-Shabaab
said its fighters ambushed the convoy") claims it (:func:`group_claim`): the sentence is the
claim, whatever act the model reads in it.

Officials naming the group of those who did an act attribute it too
(:mod:`.membership`): "police said the bomber belonged to X", "the ministry said the attackers
were members of X", "said the gunman had been recruited by X".

Each only as done (``realis`` of its verb), and not when no one claimed ("no group has claimed
responsibility").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actor_mentions import NON_STATE_ARMED, find_actor_mentions, non_state_within
from ..claims import SPEECH_VERB
from ..nlp import phrase_of, text_of
from .agreements import dated_by_year
from ..claiming import ACT_VERBS as _ACT_VERBS
from ..claiming import BROUGHT as _BROUGHT
from ..claiming import CLAIM_WORDS, CREDIT_FOR, claimed_nouns, claims, takes_credit
from .hacks import hack_claimed
from .headlines import HABIT_WORDS

if TYPE_CHECKING:
    from ..actor_mentions import ActorMention
    from spacy.tokens import Doc, Token

# The confidence of a claim the parse reads (P(a real event in scope)). Measured on the
# training corpus, case restored as the pipeline does (`python benchmarks/parse_rules.py
# responsibility`): of the 26 sentences of the aside split it fires on, 24 report a real event
# in scope (25 are ATTRIB, one of ordinary crime); of 182 in all splits, 168 (0.92, with
# session 19's slices and old claims told in a relative clause left out; 155 of 170 before
# them; before groups blamed outright and passive blame with its agent were read, 150 of
# 164); the false
# ones are claims disputed, statistics and attributions restated as context. Set below those
# shares, as news is less clean than the project's own text.
RESPONSIBILITY_CONFIDENCE = 0.8
# Verbs of blaming: "blamed X for Y", "accused X of Y", "held X responsible for Y".
_BLAME = frozenset({"blame", "blames", "blamed", "blaming", "accuse", "accuses", "accused",
                    "accusing"})
# Acts that can be claimed or blamed, as nouns ("claimed the bombing", "blamed for the
# killing") or verbs ("said it carried out", "said its fighters attacked").
ACT_NOUNS = frozenset({
    word + plural for word in (
        "attack", "bombing", "blast", "explosion", "killing", "ambush", "assault", "raid",
        "strike", "shooting", "massacre", "assassination", "kidnapping", "abduction",
        "beheading", "hijacking", "shelling", "operation", "incursion", "offensive", "murder",
        "attempt", "downing", "sabotage", "arson")
    for plural in ("", "s")} | {"responsibility", "violence", "ambushes", "massacres"})
# Verbs of blaming a group outright ("police blamed the rebels"): not "accused", which
# names a charge as often as an act.
_BLAMED = frozenset({"blame", "blames", "blamed", "blaming"})
# Words of an act of violence in the words around a sentence, for a group blamed outright.
_VIOLENCE_WORDS = re.compile(
    r"\b(?:attack\w*|bomb\w*|blasts?|explosions?|ambush\w*|kill\w*|shot|shooting|"
    r"massacre\w*|kidnap\w*|abduct\w*|raid\w*|stormed|torched|burned|assassinat\w*)\b",
    re.IGNORECASE)
# Nouns of officials the actor table may not name as the state ("the governor", "authorities").
_OFFICIALS = frozenset({"officials", "official", "authorities", "governor", "commander",
                        "spokesman", "spokeswoman", "spokesperson", "ministry", "minister",
                        "prosecutors", "prosecutor", "mayor", "administrator", "chief"})
# Adverbs of a position held over time, not news: "have long blamed", "routinely accuse".
_STANDING = frozenset({"long", "repeatedly", "often", "routinely", "frequently", "always",
                       "regularly", "consistently"})
# Verbs of laying an act on someone: "attributed the blast to", with "blamed ... on".
_ATTRIBUTE = frozenset({"attribute", "attributes", "attributed", "attributing"})
# What "was behind" a happening or "responsible for" it.
_BEHIND = frozenset({"behind", "responsible"})
# The group speaking of itself: "said it carried out", "said its fighters attacked".
_SELF = frozenset({"it", "its", "we", "our", "they", "their"})
# A group told of in the third person: "we" in a quote is anyone ("we attacked every turn,"
# the coach said).
_THIRD_PERSON = frozenset({"it", "its", "they", "their"})
# And its commander or spokesman, in the third person: "a rebel commander said his fighters
# carried out the raid".
_GROUP_OR_ITS_MAN = _THIRD_PERSON | {"he", "his", "she", "her"}
# Acts of taking ground: a group saying it took a town tells the takeover.
_TAKING = frozenset({"seized", "overran", "captured", "took", "taken"})
# Words that make an attribution a guess: "probably behind", "may have been responsible".
HEDGES = frozenset({"probably", "likely", "possibly", "perhaps", "may", "might", "could",
                     "suspected", "believed"})
# Modifiers that make an act a kind of act: "similar strikes", "such attacks".
KIND_WORDS = frozenset({"similar", "such", "other", "many", "several", "previous", "past"})
# Determiners that say no one claimed: "no group has claimed responsibility".
_NONE = frozenset({"no", "none", "nobody", "neither"})


def claim_of_responsibility(sent: Doc, realis: Callable[[Token], bool],
                            context: str = "") -> bool:
    """True when the parsed sentence ``sent`` tells a claim of responsibility or an
    attribution of an act (see the module docstring) that was made. ``context`` (the title,
    the sentence before) may name the act an armed group is blamed for outright ("Police
    blamed the Gulf Clan" after a sentence on an attack)."""
    return claim_verb(sent, realis, context) is not None


def claim_verb(sent: Doc, realis: Callable[[Token], bool], context: str = "") -> Token | None:
    """The verb that tells the claim or attribution :func:`claim_of_responsibility` reads
    ("claimed" in "pressure has grown since the group claimed the attacks in X"), or None."""
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lower_ in CLAIM_WORDS and _claims_own_act(tok):
            return tok                      # "the group's claim that it brought down a jet"
        if tok.pos_ != "VERB" or not realis(tok) or no_one(tok):
            continue
        word = tok.lower_
        if _told_of_old(tok):
            continue                        # "the Taliban, who claimed the attack at the time"
        if (claims(tok) and not _habitual(tok)
                and (_acts(tok) or _self_act(tok))):
            return None if hack_claimed(tok) else tok
        if (word in _BLAME and _blamed_for_act(tok)
                or word in _BLAMED and _blamed_outright(tok, context or text_of(sent))
                or word in _BLAME | _ATTRIBUTE and _act_laid_on(tok)
                or SPEECH_VERB.fullmatch(tok.text) and (_says_behind(tok)
                                                        or _says_done_by(tok))):
            return tok
    return None


# Words that set a relative clause's act in the past: it describes the group, it is no news.
_OLD_TIMES = re.compile(r"\b(?:at the time|then|previously|earlier|in the past|years? ago|"
                        r"last year|(?:19|20)\d\d)\b", re.IGNORECASE)


def _told_of_old(verb: Token) -> bool:
    """A relative clause telling an old act of the noun it describes ("the Pakistani
    Taliban, who claimed the attack at the time, ...", "the group, which claimed the 2019
    siege"), or a claim told as made back then ("responsibility was claimed then by X", "the
    group claimed them at the time"; not "then claimed", the next step of a story)."""
    if verb.dep_ != "relcl":
        return any(c.i > verb.i and (c.lower_ in ("then", "previously") or (
            c.lower_ == "at" and any(o.lower_ == "time" for o in c.children)))
            for c in verb.children)
    clause = verb.doc[verb.left_edge.i:verb.right_edge.i + 1].text
    return _OLD_TIMES.search(clause) is not None


def group_claim(sent: Doc, realis: Callable[[Token], bool], context: str = ""
                ) -> Token | None:
    """The verb of the act a non-state armed group (by the actor table and the generic actor
    nouns: a rebel group, a militia, a communal militia) says it, or its fighters, did
    ("fired" in "Hezbollah said it fired rockets", "the jihadists said in a statement that
    their fighters had attacked"), or None. "The group" is such a group where the words
    before the sentence (``context``: its title, the sentence before) name one ("the group
    also said it downed a passenger jet" after a sentence on the Islamic State)."""
    armed: list[ActorMention] | None = None
    for verb in sent:
        if (verb.pos_ != "VERB" or not SPEECH_VERB.fullmatch(verb.text) or not realis(verb)
                or no_one(verb) or not any(one_act_done(c) for c in reported(verb))
                or not _self_act(verb, _GROUP_OR_ITS_MAN)):
            continue
        if armed is None:
            armed = list(find_actor_mentions(text_of(sent)))
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        speaker = list(subject.subtree) if subject is not None else []
        if speaker and (non_state_within(armed, speaker[0].idx,
                                         speaker[-1].idx + len(speaker[-1]))
                        or (the_group(speaker) or its_leader(subject))
                        and names_armed_group(context)):
            return next(c for c in reported(verb) if one_act_done(c))
    return None


# A group referred back to by its kind alone: "the group", "the organisation".
_GROUP_NOUNS = frozenset({"group", "organisation", "organization", "movement", "coalition",
                          "alliance", "front", "militia", "faction"})
# Who speaks for a group: its leader, commander or spokesman.
_GROUP_VOICES = frozenset({"leader", "chief", "commander", "head", "spokesman", "spokeswoman",
                           "spokesperson", "founder", "emir"})


def the_group(words: list[Token]) -> bool:
    """The words are "the group" (or "the organisation", "the movement") and nothing else."""
    return [t.lower_ for t in words] in (["the", noun] for noun in _GROUP_NOUNS)


def its_leader(noun: Token) -> bool:
    """The noun is the leader, commander or spokesman of a group referred back to by its kind
    ("the coalition's leader, Wilner Jeudy", "the leader of the group"): the group speaks."""
    if noun.lower_ not in _GROUP_VOICES:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in _GROUP_NOUNS and any(d.lower_ == "the" for d in o.children)
               for o in owners)


def names_armed_group(text: str) -> bool:
    """``text`` names a non-state armed group (by the actor table and the generic nouns)."""
    return any(m.category in NON_STATE_ARMED for m in find_actor_mentions(text))


def one_act_done(clause: Token) -> bool:
    """The reported clause tells one act done: not denied ("said it had not attacked"), not a
    territory taken (told as the takeover), not a tally ("has carried out dozens of
    attacks")."""
    if clause.lower_ in _TAKING or any(c.dep_ == "neg" for c in clause.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in clause.children)
    return not (perfect and any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in clause.children))


def no_one(verb: Token) -> bool:
    """The verb's subject is no one ("no group claimed")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in _NONE or any(d.dep_ == "det" and d.lower_ in _NONE for d in c.children))
        for c in verb.children)


def _habitual(verb: Token) -> bool:
    """A claim told as a habit, not one made: "insurgents rarely claim attacks", "the group
    claims attacks"; a headline's present that claims one act is made ("rebels claim
    Kampala bus park bombing": a singular act, or one its words single out)."""
    if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ == "aux" for c in verb.children):
        return False
    if any(t.lower_ in HABIT_WORDS for t in verb.sent):
        return True
    return not any(c.tag_ in ("NN", "NNP") or any(
        m.dep_ in ("det", "poss", "nummod", "compound", "amod") for m in c.children)
        for c in claimed_nouns(verb) if c.lower_ in ACT_NOUNS)


def _acts(verb: Token) -> bool:
    """What the verb claims is an act or responsibility ("claimed the attack", "the bombings
    were claimed by the group", "took credit for the raid"), not a kind of act ("has claimed
    similar strikes")."""
    return any(c.lower_ in ACT_NOUNS and not any(a.lower_ in KIND_WORDS for a in c.children)
               for c in claimed_nouns(verb))


def _self_act(verb: Token, selves: frozenset[str] = _SELF) -> bool:
    """What the verb says is the speaker's own act: "said it carried out", "claimed that its
    fighters had attacked"; or that it was behind one. ``selves``: the pronouns of the
    speaker."""
    return bool(own_act_clauses(verb, selves))


def own_act_clauses(claim: Token, selves: frozenset[str] = _SELF) -> list[Token]:
    """The clauses a claim reports in which the claimant says it did an act or was behind
    one: a verb's ("said it carried out", "claimed that its fighters had attacked"), or a
    claim named as a noun ("the group's claim that it brought down a jet"). ``selves``: the
    pronouns of the speaker."""
    if claim.pos_ == "NOUN":
        clauses = [c for c in claim.children if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" for m in c.children)]
    else:
        clauses = reported(claim)
    return [c for c in clauses if _own_subject(c, selves) and _did(c)]


def _own_subject(clause: Token, selves: frozenset[str]) -> bool:
    """The clause's subject is the speaker: "it", "we", "its fighters"."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in selves or any(
        d.dep_ == "poss" and d.lower_ in selves for d in s.children)) for s in clause.children)


def reported(verb: Token) -> list[Token]:
    """The clauses a verb reports: its complement ("said it ..."), or that of the statement
    it was made in ("claimed in a statement that its fighters ..."; "said in a statement
    released online that ...", "said in a statement on its website that ...", where the
    parser hangs the clause on "released" or "website", even as a relative clause: its
    "that" a conjunction, not a pronoun)."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for a in (a for o in prep.children if o.dep_ == "pobj" for a in o.children):
            if a.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in a.children):
                out.append(a)
            elif a.dep_ in ("acl", "prep"):   # "released online that", "on a website ... that"
                out += [c for c in a.subtree if c.dep_ in ("ccomp", "relcl")
                        and any(m.dep_ == "mark" for m in c.children)]
    return out


def _claims_own_act(noun: Token) -> bool:
    """A claim named as a noun whose clause says the claimant did an act: "the group's claim
    that it brought down a Russian airliner", "claims that its men stormed the post";
    not a claim of anything else ("its claim that the vote was rigged")."""
    return bool(own_act_clauses(noun))


def _did(clause: Token) -> bool:
    """The clause's verb is an act ("carried out", "attacked", "brought down") or "was
    behind" one."""
    if clause.lower_ in _ACT_VERBS:
        return True
    if clause.lower_ in _BROUGHT and any(c.dep_ == "prt" and c.lower_ == "down"
                                         for c in clause.children):
        return True
    return any(c.lower_ in _BEHIND and c.dep_ in ("prep", "acomp", "advmod")
               for c in clause.children)


def _act_laid_on(verb: Token) -> bool:
    """A specific act laid on a party: "blamed the attack on a militia", "the bombing was
    blamed on the rebels", "attributed the blast to a separatist group"."""
    acts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "on X" hangs on the verb or, misparsed, on the act ("blamed [the attack on X]") or on
    # the one who blamed ("was blamed by [police on X]")
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj"]
    onto = [o for h in (verb, *acts, *agents) for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("on", "to")
            for o in p.children if o.dep_ == "pobj"]
    return (any(_party(o) for o in onto) and any(specific_act(a) for a in acts)
            and not _hedged(verb))


def _party(noun: Token) -> bool:
    """A noun phrase naming people or a group ("the rebels", "a local militia", "the ELN"),
    not a cause ("a gas leak", "faulty wiring")."""
    if noun.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") or noun.pos_ == "PROPN":
        return True
    return any(m.category != "civilian"       # "young men" are no perpetrator named
               for m in _actors_of(noun))


def _says_done_by(verb: Token) -> bool:
    """A speech verb saying a specific act was done by a party, not hedged: "the army said
    the ambush was staged by ELN fighters"."""
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False                # "officials have said": a standing position, not news
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if clause.lower_ not in _ACT_VERBS or _hedged(clause):
            continue
        acts = [c for c in clause.children if c.dep_ == "nsubjpass"]
        by = [o for a in clause.children if a.dep_ == "agent"
              for o in a.children if o.dep_ == "pobj"]
        if any(armed_group(o) for o in by) and any(specific_act(a) for a in acts):
            return True
    return False


def armed_group(noun: Token) -> bool:
    """A noun phrase naming a group that is no state's forces: "the ELN", "a jihadist cell";
    not "air force jets" (a raid "by air force jets" names the raid's actor,
    not an attribution)."""
    mentions = _actors_of(noun)
    if any(m.category == "state" for m in mentions):
        return False
    return any(m.category in NON_STATE_ARMED for m in mentions) or noun.ent_type_ == "ORG"


def _actors_of(noun: Token) -> tuple[ActorMention, ...]:
    """The actors named in the noun phrase ``noun`` heads."""
    return find_actor_mentions(phrase_of(noun))


def specific_act(tok: Token) -> bool:
    """An act named by a noun with a determiner or a possessive: "the attack", "Sunday's
    ambush"; not "most attacks" or "such bombings"."""
    return (tok.lower_ in ACT_NOUNS and tok.pos_ == "NOUN" and tok.lower_ != "responsibility"
            and any(d.dep_ in ("det", "poss") and d.lower_ not in _NONE for d in tok.children)
            and not any(d.lower_ in KIND_WORDS for d in tok.children))


def _hedged(verb: Token) -> bool:
    """A word of doubt under the verb ("probably", "may", "suspected")."""
    return any(t.lower_ in HEDGES for t in verb.subtree)


def _says_behind(verb: Token) -> bool:
    """A speech verb saying a party was behind an act or responsible for it, not hedged nor
    denied:
    "said the ELN was behind the attack", "said it was responsible for the bombing". (A party
    saying it did an act tells the act: "the army said it killed 50 fighters".)"""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        behind = [c for c in clause.children
                  if c.lower_ in _BEHIND and c.dep_ in ("prep", "acomp", "advmod")]
        if (subjects and behind and not _hedged(clause) and any(_about_act(b) for b in behind)
                and not any(c.dep_ == "neg" for c in clause.children)):  # "was not behind"
            return True
    return False


def _about_act(tok: Token) -> bool:
    """An act named under ``tok`` ("behind the attack", "responsible for the killing")."""
    return any(t.lower_ in ACT_NOUNS and t.pos_ == "NOUN" for t in tok.subtree)


def _blamed_outright(verb: Token, context: str) -> bool:
    """ "Police blamed the Gulf Clan": a non-state armed group blamed with no reason given,
    where the sentence or the words before it name an act of violence (the act the article
    tells). Not with a reason ("blamed the gangs for rising crime" is :func:`_blamed_for_act`
    or nothing), not hedged, not "have blamed" (a standing position)."""
    if not any(_official(x) for x in verb.children if x.dep_ == "nsubj"):
        return False                        # "a Fulani association blamed ...": no official
    groups = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ in ("for", "over", "on")
           for h in (verb, *groups) for c in h.children):
        return False                        # a reason, or "blamed X on Y": X is what was blamed
    if dated_by_year(verb) or any(c.dep_ == "advmod" and c.lower_ in _STANDING
                                  for c in verb.children):
        return False                        # "blamed X in 2018", "repeatedly blamed X"
    if any(c.dep_ == "conj" for g in groups for c in g.children):
        return False                        # "blamed X and Y": suspects, not the perpetrator
    if _hedged(verb) or any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                            for c in verb.children):
        return False
    if not any(m.category in NON_STATE_ARMED for g in groups for m in _actors_of(g)
               if not _owned_only(g, m)):
        return False
    return bool(_VIOLENCE_WORDS.search(context) or _VIOLENCE_WORDS.search(text_of(verb.doc)))


def _owned_only(noun: Token, group: ActorMention) -> bool:
    """The group is named only as the owner of what was blamed: "blamed the Islamic State's
    propaganda", "Hezbollah's allies"."""
    base = noun.left_edge.idx               # the mention's offsets count from the phrase
    return any(o.left_edge.idx - base <= group.start
               < o.right_edge.idx + len(o.right_edge) - base
               for o in noun.children if o.dep_ == "poss")


def _official(noun: Token) -> bool:
    """The noun phrase names the state: its forces, its government or an official."""
    return (any(m.category in ("state", "government") for m in _actors_of(noun))
            or any(t.lower_ in _OFFICIALS for t in noun.subtree))


def _blamed_for_act(verb: Token) -> bool:
    """"blamed X for the bombing", "accused X of Sunday's attack": a specific act, named by a
    noun with a determiner or a possessive (not "accused of indiscriminate attacks")."""
    if any(c.dep_ == "advmod" and c.lower_ in _STANDING for c in verb.children):
        return False                        # "have long blamed X for the violence"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return False                        # "the homes of two men accused of the attack"
    blamed = [verb, *(c for c in verb.children if c.dep_ == "dobj")]   # "X for the bombing"
    for prep in (c for t in blamed for c in t.children
                 if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        for obj in prep.children:
            if obj.lower_ in ACT_NOUNS and obj.pos_ == "NOUN" and any(
                    d.dep_ in ("det", "poss") and d.lower_ not in _NONE for d in obj.children):
                return True
    return False


# The words :func:`may_claim` and :func:`may_group_claim` look for.
_LAYING = CLAIM_WORDS | _BLAME | _ATTRIBUTE
_DONE_OR_BEHIND = _ACT_VERBS | _BEHIND


def lays_claim(verb: Token) -> bool:
    """The verb is one of claiming, blaming or attributing itself ("claimed", "blamed"), not
    a saying that reports who did an act ("police said the bomb was planted by X's men")."""
    return verb.lower_ in _LAYING or takes_credit(verb)


def may_claim(words: frozenset[str]) -> bool:
    """False only where :func:`claim_of_responsibility` cannot fire on a sentence of these
    lower-cased ``words``: no verb of claiming, blaming or attributing nor credit or
    responsibility claimed, and no act named with
    a word of doing it or of being behind it (what a speech verb's reading needs)."""
    return not words.isdisjoint(_LAYING | CREDIT_FOR) or not (words.isdisjoint(ACT_NOUNS)
                                                 or words.isdisjoint(_DONE_OR_BEHIND))


def may_group_claim(words: frozenset[str]) -> bool:
    """False only where :func:`group_claim` cannot fire on a sentence of these lower-cased
    ``words``: no pronoun of a group or its man, or no act done or been behind."""
    return not (words.isdisjoint(_GROUP_OR_ITS_MAN) or words.isdisjoint(_DONE_OR_BEHIND))


"""A public gathering with a demand read from who gathered and why: a protest, rally, march,
sit-in or vigil with a political or public demand (PEACE_PROTEST, GUIDELINES-style definition
in ``training/data/README.md``).

The learned model ranks plainly told protests low when they are told as gatherings ("More than
2,000 farmers gathered outside the ministry to demand ..."): the words are those of any crowd,
and what makes it a protest is who gathered and for what. The parse tells that: a protest verb
("protested", "rallied", "marched", "demonstrated", "took to the streets") or a held protest
noun ("staged a sit-in", "held a rally", "joined the march"), whose subject is a crowd or
a group of people ("hundreds of residents", "protesters", "2,000 farmers", "the union"); or a
gathering verb ("gathered", "assembled") or a vigil with a demand ("to demand", "against", "in
protest", "chanting"); a crowd's act done in protest ("residents blocked the road to protest
..."), protesters by that name acting ("demonstrators burned tyres"), a protest that erupted,
took place or was held; and it happened (``realis`` of the verb).

Not gatherings: markets and sport ("stocks rallied", "the team rallied"), a crowd gathered for
a festival, a funeral, a match or a prayer, officials meeting, "gathered evidence",
"protested his innocence", a state protesting by note ("Beijing protested"), plans, calls and
threats ("will march", "called for a protest"), denials.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..nlp import token_at
from .crowd_nouns import AGENTS, crowd
from .sport import SPORT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a gathering the parse reads (P(a real event in scope)). Measured on the
# training corpus (`python benchmarks/parse_rules.py gatherings`, case restored as the
# pipeline does): of the 106 sentences of the aside split it fires on, 103 report a real
# event in scope (0.972, all of them protests or riots: 77 PEACE_PROTEST); of 418 in the
# training part, 402 (0.962); of 221 in the held slices (long articles and probes), 206
# (0.932; of 54 in the long-article slices alone, 44 at first: retold and recalled gatherings
# in long local news). Crowds named by agent nouns (:mod:`.crowd_nouns`) added 4 firings in
# the training part (3 real) and 1 in the held slices (real). Set below all three, as news is
# less clean than the project's own text. It reads about two fifths of the corpus's real protest and riot sentences (103 of 266
# aside), so the model still decides the rest.
GATHERING_CONFIDENCE = 0.8
# Verbs that tell a protest by themselves when a crowd does them, as word forms (the pipeline
# runs no lemmatizer).
PROTEST_VERBS = frozenset({
    "protest", "protests", "protested", "protesting", "demonstrate", "demonstrates",
    "demonstrated", "demonstrating", "rally", "rallies", "rallied", "rallying", "march",
    "marches", "marched", "marching", "picket", "picketed", "picketing"})
# Verbs of any crowd coming together: a protest only with a demand.
GATHER_VERBS = frozenset({
    "gather", "gathers", "gathered", "gathering", "assemble", "assembled", "assembling",
    "converge", "converged", "converging", "congregate", "congregated", "massed", "flock",
    "flocked"})
# Those of them whose direct object is a misparsed place ("rallied outside parliament"), not
# what was complained of ("protested his innocence", "protested the decision").
_MOVING_VERBS = PROTEST_VERBS - {"protest", "protests", "protested", "protesting"}
# Verbs of a purpose clause that make a crowd's act a protest ("to protest", "protesting").
_PURPOSE = frozenset({"protest", "protesting", "demonstrate"})
# Participants named for protesting: whatever they did is part of a protest. Narrower than the
# actor table's protester category: activists and strikers also act in other ways.
PROTESTERS = frozenset({"protesters", "protestors", "demonstrators", "marchers"})
# Verbs of saying and judging: what protesters said is no act of protest.
_SAYING = frozenset({"said", "told", "called", "accused", "claimed", "added", "described",
                     "argued", "insisted", "warned", "complained", "alleged"})
# Words of a clause telling something before the news: "when protesters stormed", "had camped".
BACKGROUND_MARKS = frozenset({"when", "as", "after", "since", "had", "before"})
# Nouns naming a protest, and those that are one only with a demand ("a vigil for the dead").
PROTEST_NOUNS = frozenset({
    "protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march",
    "marches", "sit-in", "sit-ins", "picket", "pickets"})
DEMAND_NOUNS = frozenset({"vigil", "vigils", "chain", "procession", "processions"})
# Verbs whose subject holds the protest their object names ("staged a sit-in").
_HOLDING_VERBS = frozenset({
    "hold", "holds", "held", "holding", "stage", "stages", "staged", "staging", "organise",
    "organised", "organize", "organized", "join", "joined", "joining", "lead", "led", "mount",
    "mounted", "launch", "launched", "begin", "began", "start", "started", "continue",
    "continued", "form", "formed", "attend", "attended", "address", "addressed"})
# Verbs that tell a protest happened, with the protest as their subject: "protests erupted",
# "a rally took place", "broke out", "marches were held".
_ERUPTED = frozenset({"erupted", "spread", "swept"})
_TOOK = frozenset({"took", "broke"})
_HELD = frozenset({"held", "staged"})
# Words that give a gathering its demand, reached from its verb through verbs and prepositions
# ("gathered to demand", "rallied against", "chanting slogans", "in protest").
DEMAND_WORDS = frozenset({
    "demand", "demands", "demanded", "demanding", "protest", "protests", "protesting",
    "against", "denounce", "denounced", "denouncing", "condemn", "condemned", "condemning",
    "oppose", "opposed", "opposing", "reject", "rejected", "rejecting", "decry", "decrying",
    "urge", "urging", "solidarity", "slogans", "placards", "banners", "chanting", "chanted",
    "petition", "resignation", "anti-government"})
# Taking to the streets: a verb of taking, "to" and the streets as its object.
_TAKING = frozenset({"take", "takes", "took", "taken", "taking"})
_STREETS = frozenset({"streets", "street"})
# Verbs of a crowd being somewhere or going there, and the words of a demand made outright
# that make that a protest ("250 people filled the sidewalk, demanding ...", "farmers drove
# tractors to the office demanding compensation"); not chanting or banners alone (fans lining
# a street chant), not an audience's or a queue's, not at a meeting, a venue or a rite.
_PRESENCE_VERBS = frozenset({
    "stood", "sat", "lined", "filled", "joined", "drove", "rode", "walked", "thronged",
    "surrounded", "crowded", "blocked", "occupied", "camped", "poured", "parked", "packed",
    "jammed"})
_OUTRIGHT_DEMAND = frozenset({
    "demand", "demands", "demanded", "demanding", "protest", "protesting", "denounce",
    "denounced", "denouncing", "decry", "decrying", "resignation"})
_VENUES = frozenset({
    "meeting", "meetings", "hearing", "hearings", "chamber", "session", "council", "board",
    "forum", "hall", "stadium", "arena", "gym", "gymnasium", "theatre", "theater",
    "auditorium", "airport", "platform", "platforms", "line", "queue", "queues", "terminal",
    "prayers", "service", "marathon", "concert"})
# Words of a show or a campaign's crowd beside the rite words of :data:`_NO_PROTEST`.
_SHOWS = frozenset({"applauded", "applause", "encore", "cortege", "candidate", "candidates",
                    "elected", "cheered"})
# Crowds by a name that makes them an audience, customers or travellers, not protesters.
_AUDIENCES = frozenset({
    "fans", "spectators", "passengers", "customers", "commuters", "shoppers", "worshippers",
    "pilgrims", "runners", "journalists", "reporters", "shareholders", "guests", "audience",
    "travellers", "travelers", "tourists", "viewers", "mourners", "devotees"})
# Words of a demand that make a sentence a candidate where no event cue is named ("dozens of
# teachers sat on the ministry's steps, calling for ..."): 68 more of the corpus's 31,400
# sentences reach the parse, 15 of them real events; "to demand" ("thousands filled the
# streets to demand accountability"), 11 more of its 35,733, 7 of them real events.
CANDIDATE_WORDS = r"to demand|demand(?:ing|ed)|calling for"
# Verbs with "for" that demand ("calling for", "pressing for").
_FOR_VERBS = frozenset({"call", "calling", "called", "press", "pressing", "push", "pushing"})
# Words that make a gathering a celebration, a rite or a show, not a protest.
_NO_PROTEST = frozenset({
    "festival", "parade", "carnival", "concert", "celebrate", "celebrated", "celebrating",
    "celebration", "celebrations", "funeral", "funerals", "burial", "wedding", "match", "game",
    "final", "pray", "prayers", "worship", "mass", "watch", "anniversary", "commemorate",
    "commemorated", "commemorating", "commemoration", "commemorative", "memorial", "election",
    "campaign", "parades", "ceremony", "ceremonies", "remembrance", "remember", "remembered",
    "remembering", "honour", "honor", "honoured", "honored", "honouring", "honoring",
    "tribute", "tributes", "wreath", "wreaths", "service", "services", "cenotaph",
    "cenotaphs", "pride", "charity", "fundraiser", "fundraising", "welcome",
    "welcomed", "welcoming", "homecoming", "jubilee", "re-election"})
# Rite words that name no rite as another noun's modifier ("the civil service offices").
_RITES_ONLY_ALONE = frozenset({"service", "services"})
# Verbs of a speaker at a rally ("addressed a rally", "told a rally", "speaking at a rally"),
# and words of a campaign's rally: a politician's meeting, not a protest by itself.
_ADDRESSING = frozenset({"address", "addressed", "addresses", "addressing", "told", "tells",
                         "telling", "spoke", "speaks", "speaking"})
_CAMPAIGN = frozenset({"campaign", "election", "electoral", "re-election", "poll"})
# Words that make a rite's or a politician's crowd a protest's: its people, a strike, a
# dispute, force used on it.
_RALLY_OF_PROTEST = PROTESTERS | frozenset({
    "strike", "striking", "strikers", "dispute", "disputed", "disputing", "dispersed",
    "dispersing", "tear", "teargas", "fired", "clashed", "arrested", "detained"})



def crowd_gathering(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells a public gathering with a demand (see the
    module docstring) that happened: ``realis`` of its verb (the detector's check for plans,
    wishes, modals and negation) holds."""
    for tok in sent:
        verb = _gathering(tok)
        if verb is None or not realis(verb):
            continue
        if not _celebration(verb) or _demand(verb) or _by_name(_subjects(verb)):
            return True                     # "fans gathered for the final": no demand
    return False


# Words opening a phrase of what a gathering came after ("two days after a protest there
# turned into a riot", "a week following clashes", "since police shot two strikers"), and the
# spans of time that put a day or more between (without one, "marched through the old town,
# after a protest in the centre turned violent" is the same crowd's one riot).
_BEFORE_WORDS = frozenset({"after", "following", "since"})
_GAP_WORDS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def told_before(sent: Doc, offsets: Sequence[int]) -> bool:
    """Every word at ``offsets`` (into the sentence) comes after a phrase opening what a
    gathering of the sentence came after a day or more before (:func:`_apart`), the
    gathering before it ("rallied again on
    Saturday, two days after a protest there turned into a riot in which 43 people were
    detained": the riot and the arrests are the earlier protest's). Read in the words' order:
    the parser hangs the clause after "after" on the gathering's verb as often as on "after"."""
    tokens = [t for t in (token_at(sent, k) for k in offsets) if t is not None]
    if not tokens or len(tokens) < len(offsets):
        return False
    for tok in sent:
        verb = _gathering(tok)
        if verb is None:
            continue
        opening = next((t for t in verb.subtree if t.i > verb.i and t.lower_ in _BEFORE_WORDS
                        and t.dep_ in ("prep", "mark", "advcl") and _apart(t)), None)
        if opening is None:
            continue
        # the phrase: what hangs on "after", and the clauses hung on the verb after it ("two
        # days after a protest there turned into a riot" parses either way); not a clause
        # joined by "and"
        phrase = {t.i for t in opening.subtree} | {
            t.i for c in verb.children if c.dep_ == "advcl" and c.i > opening.i
            for t in c.subtree}
        if all(t.i in phrase for t in tokens):
            return True
    return False


def _apart(opening: Token) -> bool:
    """ "since", or "after" / "following" right after a span of a day or more: "two days
    after", "a week following" (read in the words' order: the parser hangs the span on
    either word)."""
    return opening.lower_ == "since" or any(
        t.lower_ in _GAP_WORDS for t in opening.doc[max(opening.i - 2, 0):opening.i])


def celebration(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells a crowd gathered or marching for a
    festival, a rite or an anniversary ("veterans marched in the Memorial Day parade",
    "families gathered to remember the dead"), or a politician's rally ("addressed two
    rallies", "held a campaign rally"), and no gathering in it has a demand or is of
    protesters by that name: no protest, whatever the words of a march suggest."""
    found = rally = False
    for tok in sent:
        verb = _gathering(tok) or _crowd_moving(tok)
        if verb is None:
            found = found or _rite_named(tok)
            speech = _campaign_rally(tok)
            if speech is not None and (_demand(speech) or any(
                    t.lower_ in DEMAND_WORDS for t in tok.subtree)):
                return False                # "addressed a rally of farmers demanding relief"
            rally = rally or (speech is not None and realis(speech))
            continue
        if not realis(verb):
            continue
        if _demand(verb) or _by_name(_subjects(verb)):
            return False
        if not _celebration(verb):
            return False                    # a march with no rite in it: the rally is its end
        found = True
    # not where the sentence names protesters, strikers, a dispute, or force used on the crowd
    return (found or rally) and not {t.lower_ for t in sent} & _RALLY_OF_PROTEST


def _rite_named(tok: Token) -> bool:
    """A rally or march that its own words make a rite's, a show's or a campaign's ("Manila's
    Pride march", "a rally marking the party's anniversary", "a charity march", "the final
    rally of the campaign"), with no demand among them."""
    if tok.pos_ not in ("NOUN", "PROPN") or _word(tok) not in PROTEST_NOUNS:
        return False
    words = [t for t in tok.subtree if t.i != tok.i]
    if tok.i > 0 and tok.nbor(-1).head.i != tok.i:
        words.append(tok.nbor(-1))          # "Manila's Pride march", the parse split
    if any(t.lower_ in DEMAND_WORDS for t in words):
        return False
    return any((t.lower_ in _NO_PROTEST or t.lower_ in _CAMPAIGN)
               and (t.i == tok.i - 1 or _direct(t, tok)) for t in words)


def _campaign_rally(tok: Token) -> Token | None:
    """The verb of a rally a speaker addressed or a campaign held ("the minister addressed two
    rallies", "speaking at a rally", "held a campaign rally"), for a protest noun ``tok``: a
    politician's meeting with supporters, no protest unless a demand is told with it."""
    if tok.pos_ != "NOUN" or _word(tok) not in PROTEST_NOUNS:
        return None
    head = tok.head
    if head.dep_ == "prep" and head.lower_ in ("at", "to"):
        head = head.head                    # "speaking at a rally"
    if head.lower_ in _ADDRESSING or any(c.lower_ in _CAMPAIGN for c in tok.children):
        return head
    if tok.head.dep_ == "prep" and any(          # "launched her campaign with a rally"
            o.dep_ == "dobj" and any(t.lower_ in _CAMPAIGN for t in o.subtree)
            for o in tok.head.head.children):
        return tok.head.head
    return None


def _crowd_moving(tok: Token) -> Token | None:
    """``tok`` if it is a verb of gathering or marching with a subject, whoever that is
    ("pipe bands marched", "mourners gathered"): a gathering of any kind."""
    if tok.pos_ != "VERB" or not (tok.lower_ in PROTEST_VERBS or tok.lower_ in GATHER_VERBS):
        return None
    return tok if _subjects(tok) and not _saying(tok) else None


def gathers(verb: Token) -> bool:
    """The verb tells a crowd gathering with a demand, protesting or acting in protest (its
    subject, or the noun its clause qualifies: "farmers who blocked a bridge to demand ...")."""
    return verb.pos_ == "VERB" and _gathering(verb) is not None


def _gathering(tok: Token) -> Token | None:
    """The verb of the gathering ``tok`` names, or None when it names none."""
    if tok.pos_ == "VERB":
        return tok if _gathering_verb(tok) or _protesting_act(tok) else None
    word = _word(tok)
    if tok.pos_ == "NOUN" and word in PROTEST_NOUNS and _took_place(tok):
        return tok.head
    if tok.pos_ == "NOUN" and (word in PROTEST_NOUNS or word in DEMAND_NOUNS):
        verb = _holding(tok)
        if (verb is None or crowd(_subjects(verb) + _participants(tok)) is None
                or _display(tok, verb)):
            return None
        return verb if word in PROTEST_NOUNS or _demand(verb) else None
    return None


# A demonstration that shows how something is done ("staged a demonstration showing how
# quickly a chip pan fire spreads", "a demonstration of how to ..."): a display, not a protest.
_DISPLAYS = frozenset({"demonstration", "demonstrations"})
_SHOWING = frozenset({"how", "showing", "shows", "show"})


def _display(noun: Token, verb: Token) -> bool:
    """A demonstration shown, not held in protest: words of showing how in its verb's phrase,
    and no demand."""
    return (noun.lower_ in _DISPLAYS and any(t.lower_ in _SHOWING for t in _own_phrase(verb))
            and not _demand(verb))


def _gathering_verb(verb: Token) -> bool:
    """A crowd protesting, rallying, marching, taking to the streets; gathering with a demand;
    standing, filling a street or driving somewhere with a demand made outright, not at a
    meeting (a council hearing's crowd is no protest)."""
    word = verb.lower_
    if word in _PRESENCE_VERBS:
        return (crowd(_subjects(verb)) not in (None, AGENTS)
                and _demand(verb, _OUTRIGHT_DEMAND) and not _audience(verb))
    if not (word in PROTEST_VERBS or word in GATHER_VERBS or _streets(verb)):
        return False
    who = crowd(_subjects(verb))
    if who is None or (word not in _MOVING_VERBS and _transitive(verb)) or _saying(verb):
        return False
    if who == AGENTS and word in _MOVING_VERBS and not _demand(verb):
        return False                        # "the players rallied", "cyclists marched"
    if who == AGENTS and any(t.lower_ in SPORT_WORDS for t in verb.doc):
        return False                        # "players protested after a late penalty"
    if word in PROTEST_VERBS and word not in _MOVING_VERBS and _complaint(verb):
        return False                        # "drivers protested to the stewards"
    return word in PROTEST_VERBS or _streets(verb) or who == "protester" or _demand(verb)


def _complaint(verb: Token) -> bool:
    """ "protested to the stewards", "protested to the ministry in a letter": a complaint
    made to someone, not a crowd's protest."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
               for c in verb.children)


def _audience(verb: Token) -> bool:
    """The crowd is an audience, customers or travellers, or is at a meeting, a venue or in
    a queue ("passengers waited at the airport demanding refunds", "fans filled the stadium
    demanding the coach's resignation", "parents filled the gym demanding answers"), or joins
    others in what they ask ("doctors joined the union in calling for higher pay")."""
    crowd = {t.lower_ for s in _subjects(verb) for t in s.subtree}
    if crowd & _AUDIENCES or any(t.lower_ in _VENUES for t in _own_phrase(verb)):
        return True
    if any(t.lower_ in _NO_PROTEST or t.lower_ in _SHOWS for t in verb.doc):
        return True                         # a rite's, a show's or a campaign's crowd
    return verb.lower_ == "joined" and any(
        p.dep_ == "prep" and p.lower_ == "in" and any(c.dep_ == "pcomp" for c in p.children)
        for p in verb.children)


def _protesting_act(verb: Token) -> bool:
    """A crowd's act done in protest ("residents blocked roads to protest ..."), or what
    protesters by that name did ("demonstrators burned tyres"), told in the past tense in a
    clause of its own ("when protesters stormed ...", "had camped" tell background)."""
    subjects = _subjects(verb)
    if crowd(subjects) in (None, AGENTS) or verb.lower_ in _SAYING:
        return False
    if any(c.dep_ in ("advcl", "xcomp") and c.lower_ in _PURPOSE for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ == "protest" for o in p.children)
           for c in (verb, *objects) for p in c.children):
        return True                         # "blocked a road in protest"
    return (verb.tag_ == "VBD" and _by_name(subjects)
            and not any(c.lower_ in BACKGROUND_MARKS for c in verb.children
                        if c.dep_ in ("aux", "mark", "advmod")))


def _word(tok: Token) -> str:
    """The token's word, with a hyphenated left part the tokenizer split off ("sit-in")."""
    doc = tok.doc
    if (tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_):
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _streets(verb: Token) -> bool:
    """ "took to the streets" """
    return verb.lower_ in _TAKING and any(
        p.lower_ == "to" and any(o.lower_ in _STREETS for o in p.children)
        for p in verb.children if p.dep_ == "prep")


def _transitive(verb: Token) -> bool:
    """A direct object makes it another verb: "gathered evidence", "protested his
    innocence", "marched the prisoners"."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _saying(verb: Token) -> bool:
    """ "protested that ...": a complaint, not a gathering."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _by_name(subjects: list[Token]) -> bool:
    """Protesters by that name ("demonstrators", "marchers")."""
    return any(s.lower_ in PROTESTERS for s in subjects)


def _took_place(noun: Token) -> bool:
    """A protest told as happening: "protests erupted", "a rally took place", "marches were
    held"."""
    verb = noun.head
    if noun.dep_ == "nsubjpass":
        return verb.lower_ in _HELD
    return noun.dep_ == "nsubj" and (verb.lower_ in _ERUPTED or verb.lower_ in _TOOK and any(
        c.lower_ in ("place", "out") for c in verb.children))


def _participants(noun: Token) -> list[Token]:
    """Who the protest is of or by: "a rally of supporters", "a march by farmers"."""
    return [o for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ in ("of", "by")
            for o in p.children if o.dep_ == "pobj"]


def _holding(noun: Token) -> Token | None:
    """The verb whose subject holds the protest ``noun`` names: "staged a sit-in", "took part
    in the march"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lower_ in _HOLDING_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ == "part":
        return head.head.head if head.head.dep_ == "dobj" else None
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ in (
            "participated", "took"):
        return head.head
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects; a relative clause's or participle's noun; a coordinated verb's
    first verb's."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return [verb.head]
    if not subjects and verb.dep_ == "acl":
        return [verb.head]
    if not subjects and verb.dep_ == "conj":
        return _subjects(verb.head)
    return subjects


def _demand(verb: Token, words: frozenset[str] = DEMAND_WORDS) -> bool:
    """The gathering's demand in the verb's own phrase: "to demand", "against", "in protest",
    "calling for" (of ``words``); reached through verbs and prepositions, not inside another
    noun's phrase ("to mark the anniversary of the campaign against ...")."""
    for tok in _own_phrase(verb):
        if not _direct(tok, verb):
            continue
        if tok.lower_ in words:
            return True
        if (tok.lower_ in _FOR_VERBS and tok.i + 1 < len(tok.doc)
                and tok.nbor(1).lower_ in ("for", "on")):
            return True                     # "for" may head the clause after it ("for X to")
    return False


def _direct(tok: Token, verb: Token) -> bool:
    """Whether only verbs, prepositions and a protest noun stand between ``tok`` and
    ``verb`` ("staged a protest against", "attended an election rally")."""
    node = tok.head
    while node.i != verb.i:
        if ((node.pos_ not in ("VERB", "AUX", "ADP", "PART", "SCONJ")
             and _word(node) not in PROTEST_NOUNS | DEMAND_NOUNS) or node.head.i == node.i):
            return False
        node = node.head
    return True


def _celebration(verb: Token) -> bool:
    """A festival, a rite, a match or an anniversary in the verb's own phrase (or naming a
    day or an event there: "to mark Remembrance Day")."""
    return any(t.lower_ in _NO_PROTEST and _direct(t.head if t.dep_ == "compound" else t, verb)
               and not (t.dep_ == "compound" and t.lower_ in _RITES_ONLY_ALONE)
               for t in _own_phrase(verb))


def _own_phrase(verb: Token) -> list[Token]:
    """The verb's words, without its subject."""
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree}
    return [t for t in verb.subtree if t.i not in subjects]



# The words of a gathering :func:`crowd_gathering` reads: verbs of protest, gathering or a
# crowd's presence, a purpose of protest, protesters by name, protest and demand nouns.
_GATHERING_WORDS = (PROTEST_VERBS | GATHER_VERBS | _PRESENCE_VERBS | _PURPOSE | PROTESTERS
                    | PROTEST_NOUNS | DEMAND_NOUNS)


def may_gather(sent: Doc, words: frozenset[str]) -> bool:
    """False only where :func:`crowd_gathering` cannot fire on the parsed sentence ``sent`` of
    these lower-cased ``words``: none of the words of a gathering, and no one taking to the
    streets (a hyphen may join "sit-in")."""
    return ("-" in words or not words.isdisjoint(_GATHERING_WORDS)
            or not (words.isdisjoint(_TAKING) or words.isdisjoint(_STREETS))
            and any(_streets(t) for t in sent))

"""What a place name does in its sentence, when it is not where something happened.

* **origin**: where a person comes from or lives ("a nurse travelling from Chile", "a North
  Dakota native", "Iowa teacher", "Ana, 31, from the Lisbon suburb of Amadora",
  "an activist based in Turkey");
* **actor**: a country standing for its government ("mediated by Norway", "Brazil's stance",
  "Egypt's official news agency", "Chile denied the claim", "the Peru Army's patrol",
  "pressure on Norway to end"); a capital, in fewer ways ("called on Lima to", "Lima denied",
  "Lima's jets");
* **purpose**: what a gathering is for or about, not where it is ("a march in support of the
  people displaced by the fighting in Mosul", "a vigil for Kharkiv", "in solidarity with Gaza");
* **reach**: how far a quake, a blast or a cloud of smoke was felt, heard or seen ("felt in
  Singapore and Malaysia", "heard in the neighbouring town of Halden");
* **club**: part of a sports club's name ("Real Madrid fans", "Inter Milan ultras"; see
  :mod:`.clubs`);
* **destination**: where people or vehicles were going ("minibuses bound for Masaka", "a
  convoy heading to Kidal", "on their way to Gao").

Such a place says who or what, not where: it is not an event's location, nor the place a
title gives its story. The patterns read only the words around the name (no parse), so each
needs its own marker word; a plain "from X" ("rockets fired from Gaza", "evacuated from
Aleppo") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from .clubs import names_a_club, plays
from .recognize import GEO_WORDS

ORIGIN, ACTOR, PURPOSE, REACH, CLUB = "origin", "actor", "purpose", "reach", "club"
DESTINATION = "destination"

# Nouns for people: a place just before one is where they are from ("Ohio man"), and "from X"
# just after one is their origin ("tourists from Canada"). Police, officials and residents are
# left out: "Texas police", "Ohio officials", "Aleppo residents" are where things happen.
_PERSON = (r"(?:m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|doctors?|nurses?|students?|"
           r"tourists?|visitors?|natives?|couples?|famil(?:y|ies)|mothers?|fathers?|"
           r"sons?|daughters?|husbands?|wives|wife|soldiers?|marines?|troops|veterans?|"
           r"pastors?|priests?|missionar(?:y|ies)|(?:aid\s+)?workers?|volunteers?|citizens?|"
           r"nationals?|athletes?|players?|fans?|supporters?|spectators?|passengers?|"
           r"pilgrims?|journalists?|reporters?|"
           r"photographers?|business(?:man|men|woman|women)|engineers?|teachers?|expats?|"
           r"immigrants?|refugees?|travell?ers?|activists?|hikers?|climbers?|retirees?|farmers?|"
           r"fishermen|investors?|"
           r"mom|dad|grandmother|grandfather|native-born)")
# Armed groups: "from X" after one is where its men come from ("militias from Lebanon"); so
# for a plural agent noun ("skiers", "migrants", "protesters": -ers, -ors, -ists, -ians,
# -ants, -ents), whatever the list above lacks.
_GROUP = (r"(?:militias?|militiamen|fighters|militants?|mercenaries|jihadists?|insurgents?|"
          r"rebels?|forces|gunmen|recruits|volunteers|[a-z]+(?:ers|ors|ists|ians|ants|ents))")
# The words of a noun phrase between a marker and the place it leads to ("from the Lisbon
# suburb of Amadora", "from northern Chile").
_NP = (r"(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|suburbs?|town|city|village|state|province|county|"
       r"area|region|island|republic|(?:north|south|east|west|central)(?:ern)?|nearby|"
       r"neighbou?ring|rural|small|tiny)\s+(?:of\s+)?)*")
# What comes before a person's origin: a person or a group and "from" ("tourists from X",
# "a nurse travelling from X"); "a native of X"; "based in X"; an appositive after a name or an
# age ("Jane Roe, of X", "the victim, 34, from X"); a count or "a" before a noun and "from"
# ("a guide from X", "two engineers from X", "a delegation from X": where they come from).
_FROM_WHO = (rf"\b(?i:{_PERSON}|{_GROUP}|visiting|travell?ing|hailing|originally|"
             r"(?:who|that)\s+(?:came|comes?|was|were|is|are|had\s+come|had\s+travell?ed)|"
             r"returning\s+home)\s+from\s+")
_OF_WHO = r"\b(?i:natives?|citizens?|nationals?)\s+of\s+"
_IN_WHO = (r"\b(?i:born|raised|based|headquartered|living|who\s+lives?|who\s+lived|"
           r"studying)\s+in\s+")
_APPOSITIVE = r"[A-Z][\w'’.-]+,\s*(?:of|from)\s+|,\s*\d{1,3},\s*(?:of|from)\s+"
_COUNTED = (r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|\d+)\s+"
            r"(?:[a-z-]+\s+){1,2}from\s+")
_ORIGIN_BEFORE = re.compile(rf"(?:{_FROM_WHO}|{_OF_WHO}|{_IN_WHO}|{_APPOSITIVE}|{_COUNTED})"
                            rf"{_NP}$")
# The words _NP is made of, and those each _ORIGIN_BEFORE ends with before it: a cheap
# necessary test run first (searching the pattern alone cost a quarter of resolution's time).
_NP_WORDS = frozenset("""the of suburb suburbs town city village state province county area
    region island republic north south east west central northern southern eastern western
    nearby neighbouring neighboring rural small tiny""".split())
_IN_WORDS = frozenset("born raised based headquartered living live lives lived studying".split())
_OF_WORDS = frozenset("native natives citizen citizens national nationals".split())


def _after_marker(head: str) -> bool:
    """``head`` may end as _ORIGIN_BEFORE does: "from", "born in", "natives of", "Roe, of"
    and then only words _NP may hold."""
    words = head.split()
    for k in range(len(words) - 1, -1, -1):
        word, low = words[k], words[k].lower()
        before = words[k - 1].lower().rsplit("-", 1)[-1] if k else ""   # "non-native"
        if low == "from" or (low == "in" and before in _IN_WORDS) or (
                low == "of" and (before in _OF_WORDS or before.endswith(","))):
            return True
        if low == "in" or not (word[:1].isupper() or low in _NP_WORDS):
            return False
    return False
    return False
# "Iowa teacher", "a North Dakota native"; "the London-born singer", "the London-based
# monitor", "an Ohio-based charity": whoever is born or based there, a person or a group.
_ORIGIN_AFTER = re.compile(rf"-(?:born|raised|based)\b|\s+(?:[a-z]+\s+)?(?i:{_PERSON})\b")
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# A country opening a clause and saying or holding something ("Chile denied", "Back then,
# Peru claimed", "Norway continues to maintain") speaks for its government.
_CLAUSE_OPENS = re.compile(r"(?:^|[,:\"“”(]|\b(?:and|but|that|while|as|when|after|because|"
                           r"though|although|then|meanwhile)\b)\s*$", re.IGNORECASE)
_STANCE_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|will|would|also|again|later|quickly|then|continues\s+to|"
    r"continued\s+to)\s+)?(?:said|says|told|claim(?:s|ed)?|insist(?:s|ed)?|den(?:y|ies|ied)|"
    r"accus(?:e|es|ed)|warn(?:s|ed)?|urg(?:e|es|ed)|demand(?:s|ed)?|condemn(?:s|ed)?|"
    r"reject(?:s|ed)?|vow(?:s|ed)?|threaten(?:s|ed)?|refus(?:e|es|ed)|blam(?:e|es|ed)|"
    r"maintain(?:s|ed)?|argu(?:e|es|ed)|announc(?:e|es|ed)|responded|"
    r"moved\s+(?:[a-z]+ly\s+)?to)\b")
# A country pressed, called on, accused, blamed or condemned ("pressure on Chile to end",
# "calls on Peru", "accusing Peru of") is addressed as a government.
_ADDRESSED_BEFORE = re.compile(r"\b(?:pressure|pressing|press|calls?|called|calling|"
                               r"sanctions)\s+on\s+(?:the\s+)?$|"
                               r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|"
                               r"condemn(?:s|ed|ing)?)\s+$", re.IGNORECASE)
# A country opening the name of its state's forces ("the Peru Army", "Chile Armed Forces
# jets", "Norway government troops"): the force's country, not where it acts.
_FORCE_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Armed\s+Forces|Defen[cs]e\s+Forces?|Army|Navy|"
    r"Air\s+Force|Military|Police|Border\s+Guards?|Coast\s+Guard|(?:government\s+)?"
    r"(?:forces|army|navy|military|troops|soldiers|warplanes|jets))\b")
# "Syria's north", "Turkey's border": a possessive before these is still a place.
_GEO_NOUNS = frozenset("""
    north south east west northern southern eastern western central northeast northwest
    southeast southwest north-east north-west south-east south-west northernmost
    southernmost border borders frontier capital coast coastline coastal heartland
    territory territories soil city cities town towns village villages province provinces
    region regions district districts mountains desert countryside shores waters airspace
    side largest second third biggest main
    """.split())
_POSSESSIVE = re.compile(r"['’]s?\s+([\w-]+)")
# Up to three capitalised words: a name after a possessive ("Chile's Central Valley").
_CAPITALISED = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}")
# What a gathering is for: the place after one of these (in the same clause) is its cause.
_PURPOSE = re.compile(
    r"\b(?:in\s+(?:support|solidarity|sympathy|memory|honou?r|tribute)\s+(?:of|with|to)|"
    r"(?:show(?:s|ed|ing)?|express(?:es|ed|ing)?|stand(?:s|ing)?|stood)\s+(?:their\s+|its\s+|"
    r"our\s+|in\s+)?solidarity\s+(?:with|for)|solidarity\s+(?:with|for)|"
    r"to\s+(?:support|honou?r|mourn|remember|commemorate)|"
    r"for\s+(?:the\s+)?(?:people|victims|children|residents|civilians|refugees|families|"
    r"citizens|survivors)\s+(?:of|in)|"
    r"(?:rall(?:y|ies|ied)|vigils?|march(?:es|ed)?|protest(?:s|ed|ing)?|demonstrat(?:ion|ions|"
    r"ed|ing)|prayers?|pray(?:ed|ing)?|fundraisers?|gathering|gathered|lit\s+up|dark|"
    r"silence)\s+(?:for|against|over)|"
    r"to\s+protest(?:\s+against)?|demanding|to\s+demand)\b", re.IGNORECASE)
# Purposes that oppose something ("against", "over", "demanding"): after their object, a place
# with a preposition of place is where the crowd was ("protested against the new law in
# Nairobi"); after one of support, it may be the object's ("rallied for the victims in Gaza").
_OPPOSING = re.compile(r"(?:against|over|protest|demanding|demand)$", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"\w\s+(?:in|at|outside|near|across|throughout)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_WHERE_NEXT = re.compile(r"[^.;:!?,]{0,40}?\b(?:in|at|outside|near)\s+(?:the\s+)?",
                         re.IGNORECASE)
# How far an event was felt, heard or seen: the place after one of these is its reach.
_REACH_BEFORE = re.compile(
    rf"\b(?i:as\s+far\s+(?:away\s+)?as|(?:felt|heard|seen|visible|shook\s+buildings)\s+"
    rf"(?:[a-z]+\s+){{0,3}}?(?:in|across|throughout|from))\s+{_NP}$")
# Where people or vehicles were going: the place after one of these is their destination.
_DESTINATION_BEFORE = re.compile(
    rf"\b(?i:bound\s+for|head(?:ed|ing)\s+(?:for|to|towards?)|en\s+route\s+to|"
    rf"on\s+(?:its|their|his|her|the)\s+way\s+to|destined\s+for)\s+{_NP}$")
# The end of a purpose's scope: a clause mark.
_SCOPE_END = re.compile(r"[,;:!?()\"“”]")
_CLAUSE = re.compile(r"[.!?;\n]")
# How far back a role's marker is looked for, in characters.
WINDOW = 120


def roles(text: str, spans: Sequence[tuple[int, int]], countries: Sequence[bool],
          capitals: Sequence[bool] | None = None) -> list[str | None]:
    """The role of each place name at ``spans`` (sorted, not overlapping) in ``text``:
    ORIGIN, ACTOR, PURPOSE, REACH, CLUB, DESTINATION, or None for a place where things may
    happen. ``countries``: which of them are countries (only a country stands for its
    government); ``capitals``: which are capitals, which stand for it in fewer ways
    (:func:`_capital_actor`). A name listed with an actor or an origin ("by Norway and Qatar",
    "mediated by Norway with Qatar") shares its role."""
    capitals = capitals or [False] * len(spans)
    out = [role(text, a, b, country=c, capital=k, places=spans)
           for (a, b), c, k in zip(spans, countries, capitals, strict=True)]
    for k in range(1, len(spans)):
        gap = text[spans[k - 1][1]:spans[k][0]]
        if out[k] is None and out[k - 1] in (ACTOR, ORIGIN, REACH) and _LISTED.fullmatch(
                gap) and (out[k - 1] != ACTOR or countries[k]):
            out[k] = out[k - 1]
    return out


def origin_keys(text: str, mentions: Sequence, keys: Sequence[Hashable]) -> set[Hashable]:
    """The keys (one per distinct name) every mention of which is an ORIGIN: "Ohio students
    in Rome", "tourists from Texas and Ohio", or a team named by its town that plays
    ("after Dallas beat Denver 4-2, fans rioted in Denver": Dallas says who, not where, and
    lends Texas no weight over Denver's namesake there). ``mentions`` sorted, with
    ``start``/``end``."""
    said: list[bool] = []
    for k, m in enumerate(mentions):
        # Only origins are read (not a reach's or a purpose's patterns): a name listed after
        # an origin is one ("from Texas and Ohio"), as in roles().
        listed = k > 0 and said[k - 1] and _LISTED.fullmatch(
            text[mentions[k - 1].end:m.start]) is not None
        club = names_a_club(text, m.start, m.end)
        said.append(plays(text, m.start, m.end) or not club and (
            _origin(text, m.start, m.end, _head(text, m.start)[0]) or listed))
    other = {k for k, origin in zip(keys, said) if not origin}
    return {k for k, origin in zip(keys, said) if origin} - other


_LISTED = re.compile(r"\s*(?:,|and|or|&|,\s*and|,\s*or|with|together\s+with|along\s+with)"
                     r"\s*(?:the\s+)?")
# After the name a purpose leads to, a word that is not a connector ends the purpose's phrase
# ("in support of Mosul in Leeds", "... in Mosul praised Chile").
_OBJECT_END = re.compile(r"(?:['’]s?)?\s+(?!(?:of|and|or)\b)[a-z]")


def role(text: str, start: int, end: int, *, country: bool = False, capital: bool = False,
         places: Sequence[tuple[int, int]] = ()) -> str | None:
    """The role of the place name at ``text[start:end]`` (see :func:`roles`); ``places``, the
    spans of the text's other place names, tell where a phrase's object ends."""
    head, lo = _head(text, start)
    if names_a_club(text, start, end):
        return CLUB
    if _origin(text, start, end, head):
        return ORIGIN
    if _REACH_BEFORE.search(head):
        return REACH
    if _DESTINATION_BEFORE.search(head):
        return DESTINATION
    force = _FORCE_AFTER.match(text, end) or _FORCE_AFTER.search(text, start, end)
    if country and (_AGENT_BEFORE.search(head) or _ADDRESSED_BEFORE.search(head) or force
                    or (_STANCE_AFTER.match(text, end) and _CLAUSE_OPENS.search(head))
                    or _possessive_actor(text, end, {a for a, _ in places})):
        return ACTOR
    if capital and _capital_actor(text, end, head):
        return ACTOR
    marker = None
    for marker in _PURPOSE.finditer(head):
        pass
    if marker is None or _SCOPE_END.search(head, marker.end()):
        return None
    where = _WHERE_AFTER.search(head, marker.end()) if _OPPOSING.search(marker.group()) else None
    if (where is not None and not _happening(head[marker.end():where.start() + 1])
            and not any(a >= end and _WHERE_NEXT.fullmatch(text, end, a) for a, _ in places)):
        return None                         # "protested against the government in Nairobi",
    # not "marched against the war in Ukraine in London" (the crowd's place comes after)
    ended = any(lo + marker.end() <= a and b <= start and _OBJECT_END.match(text, b)
                for a, b in places)
    return None if ended else PURPOSE


# Nouns of what goes on at a place beside the reference's happenings: "against the war in
# Yemen", "over the siege of the old city" name the place the purpose is about.
_GOINGS_ON = frozenset({"war", "wars", "occupation", "siege", "genocide", "crackdown",
                        "blockade", "invasion", "offensive", "bombardment", "repression"})


def _happening(words: str) -> bool:
    """The last word of an opposing purpose's object is a happening's noun ("against the
    strikes", "against the war"), whose place the next "in" names."""
    # imported here: eventwire.events imports the casing, which imports this package
    from ..events.reference import HAPPENINGS
    split = words.split()
    last = split[-1].lower() if split else ""
    return last in _GOINGS_ON or last in HAPPENINGS or last.rstrip("s") in HAPPENINGS


def _head(text: str, start: int) -> tuple[str, int]:
    """The words before ``start`` in its clause (WINDOW characters at most), and where they
    start."""
    lo = max(0, start - WINDOW)
    head = text[lo:start]
    cut = max((m.end() for m in _CLAUSE.finditer(head)), default=0)
    return head[cut:], lo + cut


def _origin(text: str, start: int, end: int, head: str) -> bool:
    """The name at ``start:end``, after ``head``, tells where people come from."""
    return bool((_after_marker(head) and _ORIGIN_BEFORE.search(head))
                or _ORIGIN_AFTER.match(text, end))


# A capital's possessive before its state's forces or government ("Manila's jets", "Moscow's
# warplanes", "Kyiv's government"): the state acting, not where.
_CAPITAL_FORCE = re.compile(
    r"['’]s?\s+(?:[a-z]+\s+)?(?:forces|army|navy|military|troops|soldiers|warplanes|jets|"
    r"drones|air\s+force|government|regime)\b")


def _capital_actor(text: str, end: int, head: str) -> bool:
    """A capital standing for its government: addressed ("called on Putrajaya to"), opening a
    clause of saying ("Moscow denied"), or owning the state's forces ("Manila's jets"). Not
    every possessive, as a country's: "Kabul's airport" is in the city."""
    return bool(_ADDRESSED_BEFORE.search(head) or _CAPITAL_FORCE.match(text, end)
                or (_STANCE_AFTER.match(text, end) and _CLAUSE_OPENS.search(head)))


def _possessive_actor(text: str, end: int, place_starts: set[int]) -> bool:
    """"Brazil's stance", "Egypt's official agency", "Peru's National Police Directorate";
    not "Syria's north" nor "Syria's Idlib province" (a place of the country)."""
    m = _POSSESSIVE.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word[:1].isupper():
        # "Chile's Central Valley", "Norway's North Cape": a place of the country by its name
        # "Chile's Central Valley", "Norway's South Island": a place of the country by name
        name = _CAPITALISED.match(text, m.start(1))
        return m.start(1) not in place_starts and not GEO_WORDS.search(name.group())
    return word.lower() not in _GEO_NOUNS

"""Names over generics: the most specific name an article gives an actor.

A definite "the rebels" stands for the armed group the article named before (or in its
headline); unnamed forces, protesters and civilians take the country the story is set in
("Unidentified Armed Group (Kenya)", "Police Forces of Kenya"); a pronoun takes its titled
antecedent; "both sides" are the two governments met before. Every question about the whole
document is answered from one index per document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actor_mentions import (
    ARMED_STATE_NAMES,
    CATEGORY_OF_INTER,
    NON_STATE_ARMED,
    ActorMention,
    demonym_scanner,
    find_actor_mentions,
)
from ..lexicon import Demonym, actor_categories, country_of
from ..records import Actor, EventMention, Sentence

if TYPE_CHECKING:
    from .table import ActorTable

# Titles that name a country's office without the country's name.
TITLE_COUNTRY = (("Secretary of State", "United States", "US"),
                 ("White House", "United States", "US"), ("Kremlin", "Russia", "RU"),
                 ("Pentagon", "United States", "US"), ("Downing Street", "United Kingdom", "GB"),
                 ("Elysee", "France", "FR"), ("Élysée", "France", "FR"))

# A pronoun standing for the actor before the trigger: "he said after his meeting with ...".
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
# How far back a pronoun's antecedent may be: about two sentences of news English.
ANTECEDENT_WINDOW = 400
_TITLED = re.compile(
    r"(?:\b(?P<adj>[A-Z][a-z]+)\s+)?(?P<title>Secretary of State|Secretary-General|President|"
    r"Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Chancellor|King|Queen|Emir|"
    r"Ambassador|Senator|Governor)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})")
# A person named in full after a role in lower case, news's "false title": "opposition lawmaker
# Lamine Badji", "the activist Omar Sy", "rebel commander Joseph Kony"; the surname alone
# later stands for the person (:func:`titled_surnames`).
_ROLE_NAMED = re.compile(
    r"\b(?i:lawmaker|legislator|mp|senator|politician|activist|campaigner|journalist|reporter|"
    r"blogger|editor|photographer|lawyer|judge|prosecutor|mayor|governor|commander|leader|"
    r"spokes(?:man|woman|person)|cleric|imam|pastor|priest|preacher|business(?:man|woman)|"
    r"candidate|dissident|critic|unionist|rapper|singer|musician|artist|writer|poet|"
    r"academic|professor|doctor|official|chief|warlord)\s+"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})")
# "the militants" stands for the named group the document told of at least this often before
# (or in its headline): once is enough, as readers take the group named last as the referent.
MIN_GROUP_MENTIONS = 1
# A country names the document's setting when it has more than this share of the document's
# country words (a dateline "NAIROBI, Kenya" plus "Kenyan police" -> KE); set on hand-written
# two-country stories, where neither country may win.
DOMINANT_COUNTRY_SHARE = 0.5
# Bare generic nouns that refer back to a group already named ("the militants"), unlike
# descriptions that name a new party ("the anti-government forces").
_ANAPHOR = re.compile(r"(?:militants?|extremists?|fighters|jihadists?|insurgents?|terrorists?|"
                      r"Islamists?|rebels?|group)", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:(?:the|these|those)\s+|(?:its|their|the\s+group['’]s)\s+)$",
                       re.IGNORECASE)       # "the militants", "its fighters", "the group's men"
# How far before a generic noun its article or possessive may start ("the group's ").
DEFINITE_WINDOW = 16
# "those forces", "these fighters": the armed party named just before, whatever its kind
_DEMONSTRATIVE = re.compile(r"\b(?:these|those)\s+$", re.IGNORECASE)


def resolve(actor: Actor | None, text: str, sentence: Sentence, mention: EventMention,
            setting: Demonym | None = None, title: str | None = None) -> Actor | None:
    """A pronoun's titled antecedent when the sentence names no actor, else the document's
    reading of the actor (:func:`_in_document`)."""
    if actor is None:
        if _PRONOUN.search(sentence.text, 0, mention.trigger_span[0] - sentence.start + 1):
            return antecedent(text, sentence.start)
        return None
    return in_document(actor, text, sentence.start, setting, title)


def in_document(actor: Actor, text: str, before: int, setting: Demonym | None,
                title: str | None = None) -> Actor:
    """Generic actors the document says more about: "the militants" after many "ISIS", "the
    airstrikes" after "Russian airstrikes", "police" in a story set in Kenya (``setting``)."""
    lead = text[max(0, actor.span[0] - DEFINITE_WINDOW):actor.span[0]]
    if _ANAPHOR.fullmatch(actor.text) and _DEFINITE.search(lead):
        group = dominant_group(text, before) or _headline_group(title)
        if group is not None:
            return replace(actor, name=group.name, inter=group.inter, country=group.country)
    if _DEMONSTRATIVE.search(lead) and _armed(actor.inter, actor.name) and actor.country is None:
        named = last_armed(text, actor.span[0], actor.name)
        if named is not None:
            return replace(actor, name=named.name, inter=named.inter, country=named.country)
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


def with_country(name: str, country: str) -> str:
    """A bare generic actor name with the country it acts in, in ACLED's naming ("Police
    Forces" -> "Police Forces of Kenya", "Civilians" -> "Civilians (Kenya)"); other names as
    they are."""
    of = _generic_names().get(name)
    if of is None or not country:
        return name
    return f"{name} of {country}" if of else f"{name} ({country})"


@lru_cache(maxsize=1)
def _generic_names() -> dict[str, bool]:
    """Bare generic actor names -> whether the country joins with " of " (else in brackets)."""
    return {t.name.split(" of {country}")[0]: " of {country}" in t.name
            for t in actor_categories()}


def last_armed(text: str, before: int, generic: str) -> ActorMention | None:
    """The armed party named last in the ``ANTECEDENT_WINDOW`` before ``before`` ("Kurdish
    fighters ... those forces"), passing over mentions by the anaphor's own bare ``generic``
    name, which say nothing more than it."""
    index = _index(text)
    k = bisect_left(index.armed_ends, before + 1)
    while k > 0 and index.armed[k - 1].start >= before - ANTECEDENT_WINDOW:
        m = index.armed[k - 1]
        if m.name != generic:
            return m
        k -= 1
    return None


def _armed(inter: int | None, name: str) -> bool:
    """An armed group's, or the state's armed forces' (not officials, "Government of X")."""
    return (CATEGORY_OF_INTER.get(inter or 0) in NON_STATE_ARMED
            or inter == 1 and name.startswith(ARMED_STATE_NAMES))


def group_name_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names an armed or criminal group by a name of the actor table's
    ("Islamic State West Africa Province", "Tehrik-i-Taliban Pakistan"): a place inside one
    names the group, not where it acts."""
    names = _named_group_names()
    return tuple((m.start, m.end) for m in _document_mentions(text) if m.name in names)


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
    armed: list[ActorMention]           # mentions of armed parties (not officials), in order
    armed_ends: list[int]


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
    armed = [m for m in mentions if _armed(m.inter, m.name)]
    return _DocumentIndex(starts, leaders, first_of, governments,
                          [m.end for m in governments], other, armed, [m.end for m in armed])


@lru_cache(maxsize=1)
def _named_group_names() -> frozenset[str]:
    from .table import bundled_entries
    return frozenset(e.name for e in bundled_entries() if e.kind in ("armed", "criminal"))


@lru_cache(maxsize=8)
def document_setting(text: str, title: str | None = None) -> Demonym | None:
    """:func:`dominant_country` of the headline and the text, once per document: every event
    asks, and the key (the two strings, whose hashes they keep) costs nothing to look up,
    where joining them anew for each event hashed the whole text every time."""
    return dominant_country(f"{title}\n{text}" if title else text)


@lru_cache(maxsize=8)
def dominant_country(text: str) -> Demonym | None:
    """The country most of ``text``'s country names and adjectives point to, if one dominates."""
    counts = Counter(c for c in (country_of(m.group()) for m in demonym_scanner().finditer(text)
                                 if not _sponsor(text, m.start(), m.end()))
                     if c is not None)
    total = sum(counts.values())
    if not total:
        return None
    (top, n), *rest = counts.most_common(2)
    if n / total > DOMINANT_COUNTRY_SHARE and (not rest or rest[0][1] < n):
        return top
    return None


def last_pair(text: str, before: int) -> tuple[Actor, Actor] | None:
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
    return _titled_person(last) if last is not None else None




@lru_cache(maxsize=8)
def titled_surnames(text: str) -> dict[str, Actor]:
    """Surname -> the person a title or a role names in full in ``text`` ("Foreign Minister
    Ana Ruiz", "opposition lawmaker Ana Ruiz": "Ruiz"), for the surname alone later on; a
    surname two such people share names none."""
    out: dict[str, Actor] = {}
    shared: set[str] = set()
    found = sorted([*_TITLED.finditer(text), *_ROLE_NAMED.finditer(text)],
                   key=lambda m: m.start("name"))
    for m in found:
        full = m.group("name")
        surname = full.split()[-1]
        person = _titled_person(m) if m.re is _TITLED else Actor(full, full, m.span("name"))
        if surname in out and out[surname].name != full:
            shared.add(surname)
        out.setdefault(surname, person)
    return {k: v for k, v in out.items() if k not in shared}


def _titled_person(m: re.Match[str]) -> Actor:
    """The person a :data:`_TITLED` match names, with the country of the title or adjective."""
    country = country_of(m.group("adj")) if m.group("adj") else None
    iso = country.iso2 if country else next(
        (code for title, _, code in TITLE_COUNTRY if title == m.group("title")), None)
    return Actor(m.group("name"), m.group("name"), m.span("name"), 1 if iso else None, iso)


def _headline_group(title: str | None) -> ActorMention | None:
    """The first named armed group of the headline, if any."""
    if not title:
        return None
    return next((m for m in find_actor_mentions(title)
                 if m.inter in (2, 3, 4) and m.name in _named_group_names()), None)


# "X, backed by Y" / "X, supported by Y": Y is X's associated actor (ACLED's assoc_actor).
_BACKED_BY = re.compile(r",?\s*(?:who (?:are|is|were|was)\s+|which (?:is|was)\s+)?(?:backed|"
                        r"supported|armed|funded|sponsored|aided|assisted|joined)\s+by\s+"
                        r"(?:the\s+)?", re.IGNORECASE)


# "Iranian-backed rebels", "Hezbollah-allied fighters": the sponsor before the actor's noun.
_BACKED_PREFIX = re.compile(r"(?P<who>[A-Z][\w.]*(?: [A-Z][\w.]*)?)[-\u2011](?:backed|supported|"
                            r"sponsored|funded|armed|allied|aligned)\s+(?:[\w-]+\s+){0,2}$")
_SPONSOR_AFTER = re.compile(r"[-\u2011](?:backed|supported|sponsored|funded|armed|allied|"
                            r"aligned)\b")
_SPONSOR_BEFORE = re.compile(r"\b(?:backed|supported|sponsored|funded|armed)\s+by\s+(?:the\s+)?$",
                             re.IGNORECASE)
# How far before an actor's noun its "X-backed" may start ("Iranian-backed Houthi rebels").
SPONSOR_WINDOW = 40


def _sponsor(text: str, start: int, end: int) -> bool:
    """Whether the country word at ``start:end`` names who backs someone ("Iranian-backed",
    "backed by Iran"), not where the story is set."""
    return bool(_SPONSOR_AFTER.match(text, end)
                or _SPONSOR_BEFORE.search(text, max(0, start - 20), start))


def backer(sentence: str, actor: ActorMention, mentions: tuple[ActorMention, ...]
           ) -> str | None:
    """The actor backing ``actor`` as the sentence says right after it ("X, backed by Y") or
    before its noun ("Y-backed X"), if named."""
    m = _BACKED_BY.match(sentence, actor.end)
    if m is None:
        return _backed_prefix(sentence, actor)
    hit = next((a for a in mentions if a.start == m.end()), None)
    if hit is not None:
        return hit.name
    c = re.match(r"[A-Z][\w.]+(?: [A-Z]\w+)?", sentence[m.end():])
    d = country_of(c.group()) if c else None
    return f"Government of {d.country}" if d else None


def _backed_prefix(sentence: str, actor: ActorMention) -> str | None:
    """The sponsor "Y-backed" names right before the actor's noun, as a table row or the
    government of a country."""
    from .table import bundled_table
    noun = actor.end - len(actor.text.split()[-1]) if actor.text.split() else actor.start
    m = _BACKED_PREFIX.search(sentence[max(0, noun - SPONSOR_WINDOW):noun])
    if m is None:
        return None
    who = m.group("who")
    for name in (who, who.split()[-1]):
        d = country_of(name)
        if d is not None:
            return f"Government of {d.country}"
        entry = bundled_table().lookup(name)
        if entry is not None:
            return entry.name
    return None


# Who a document says carried out its attacks: a group claiming them ("X claimed
# responsibility", "claimed by X", "X said its fighters carried out") or blamed for them
# ("officials blamed X", "blaming X", "blamed the attack on X").
_CLAIM_AFTER = re.compile(
    r"\s*,?\s+(?:which\s+|who\s+)?(?:has\s+|had\s+|have\s+|later\s+|quickly\s+)?"
    r"(?:claimed|claims|claiming)\s+(?:responsibility|credit|it\b|(?:the|both|several)\s+(?:\w+\s+)?"
    r"(?:attack|bombing|killing|ambush|assault|raid|kidnapping|abduction|blast|explosion|"
    r"shooting|strike|massacre)s?)\b|\s+said\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?"
    r"(?:one\s+of\s+|two\s+of\s+|some\s+of\s+)?its\s+(?:fighters|members|militants|men|"
    r"commandos|cadres|units?|suicide\s+bombers?|martyrs?)\b|\s+(?:was|were|is|are|had\s+been)\s+"
    r"(?:(?:widely\s+)?(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)\s+)?"
    r"behind\b", re.IGNORECASE)
_CLAIM_BEFORE = re.compile(
    r"\b(?:claimed\s+by|blam(?:ed|ing)|blamed\s+(?:the\s+)?(?:\w+\s+){1,3}on|"
    r"attributed\s+(?:\w+\s+){0,3}to|carried\s+out\s+by|hallmarks?\s+of|"
    r"suspect(?:s|ed|ing)?|point(?:s|ed|ing)?\s+to|finger\s+at|accus(?:ed|es|ing))\s+(?:the\s+)?"
    r"(?-i:(?!(?:to|of|in|on|at|with|by|from|and|or|that|for|as)\s)[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE)              # "the outlawed X", not "suspects linked to X"
# How far before a name its "blamed"/"claimed by" may stand.
CLAIM_WINDOW = 60
# The generic names of armed men no word names (ACLED's "Unidentified Armed Group").
UNNAMED_ARMED = ("Unidentified Armed Group", "Rebel Group")


def unnamed_armed(actor: Actor) -> bool:
    """Armed men the sentence does not name: a claim elsewhere in the article may."""
    return actor.name.split(" (")[0] in UNNAMED_ARMED


# How far past an attack that names no doer "the assailants" may come and still be its
# doers: the next sentence of news English (about as far as a pronoun's antecedent reaches).
FOLLOWING_WINDOW = 200


def attackers_after(text: str, after: int) -> Actor | None:
    """Unnamed armed men a definite noun names in the sentence after ``after`` ("Two officers
    were wounded. The assailants fled in a car."): the doers of an attack told just before
    that named none; never a new party ("In a separate raid, gunmen ...": no article), nor
    "the rebels" of a war, told of for much besides."""
    stop = text.find(".", after + 1, after + FOLLOWING_WINDOW)
    stop = after + FOLLOWING_WINDOW if stop < 0 else stop
    for m in _document_mentions(text):
        if after <= m.start < stop and m.name == UNNAMED_ARMED[0] and _DEFINITE.search(
                text[max(0, m.start - DEFINITE_WINDOW):m.start]):
            return Actor(m.name, m.text, (m.start, m.end), m.inter, m.country)
    return None


@lru_cache(maxsize=8)
def claimed_by(text: str) -> ActorMention | None:
    """The one named armed group the document says carried out its attacks, if only one."""
    names = _named_group_names()
    found = [m for m in _document_mentions(text) if m.name in names and (
        _claims_after(text, m)
        or _CLAIM_BEFORE.search(text, max(0, m.start - CLAIM_WINDOW), m.start))]
    return found[0] if found and len({m.name for m in found}) == 1 else None


# A relative clause between commas that a name ends ("The group, which is linked to X,"):
# the verb after its closing comma is the clause's subject's, not the name's.
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom|whose)\b[^,]*$", re.IGNORECASE)


def _claims_after(text: str, m: ActorMention) -> bool:
    """Whether a claim follows the name ("X claimed the attack", "X said its fighters"), the
    name not closing a relative clause."""
    return bool(_CLAIM_AFTER.match(text, m.end)) and not _RELATIVE_OPEN.search(
        text, max(0, m.start - CLAIM_WINDOW), m.start)


@lru_cache(maxsize=8)
def blamed_party(text: str) -> ActorMention | None:
    """The one armed party, named or not, the document says carried out its attacks or
    blames for them ("authorities blamed drug traffickers"), if only one."""
    found = [m for m in _document_mentions(text) if m.armed and blamed(text, m)]
    if not found or len({m.name for m in found}) > 1:
        return None
    first = max((m for m in found if m.start == min(f.start for f in found)),
                key=lambda m: m.end)
    for m in _document_mentions(text):  # "Islamist militants": one party, its words all
        if m.name == first.name and m.end > first.end and text[first.end:m.start] in ("", " "):
            first = replace(first, end=m.end, text=text[first.start:m.end])
    return first


def blamed(sentence: str, mention: ActorMention) -> bool:
    """Whether the sentence names ``mention`` as claiming or blamed for the act ("..., blaming
    the ADF"): the one who did it, never the one it was done to."""
    return bool(_claims_after(sentence, mention) or _CLAIM_BEFORE.search(
        sentence, max(0, mention.start - CLAIM_WINDOW), mention.start))


def qualified_mentions(sentence: str, document: str | None, table: ActorTable
                       ) -> tuple[ActorMention, ...]:
    """Full names that rows qualified by a country share ("National Liberation Army"), named
    as the one row whose country or other alias the document (else the sentence) names; none
    when the document does not settle it."""
    out = []
    for start, end, entries in table.find_qualified(sentence):
        named, countries = _named_in(document or sentence, table)
        fits = [e for e in entries if e.name in named or set(e.countries) & countries]
        if len(fits) == 1:
            e = fits[0]
            out.append(ActorMention(start, end, sentence[start:end], e.name, e.inter,
                                    e.country, CATEGORY_OF_INTER.get(e.inter, "rebel")))
    return tuple(out)


@lru_cache(maxsize=8)
def _named_in(document: str, table: ActorTable) -> tuple[frozenset[str], frozenset[str]]:
    """The table rows a document names by an alias, and the countries it names."""
    rows = frozenset(e.name for _, _, e in table.find(document))
    countries = frozenset(c.iso2 for c in (country_of(m.group())
                                            for m in demonym_scanner().finditer(document)) if c)
    return rows, countries

"""Actor mentions in plain text: the word-list layer of actor extraction (no parse).

Named groups with their aliases ("ISIS", "ISIL", "Daesh" -> "Islamic State"), generic nouns by
ACLED category ("Russian warplanes" -> "Military Forces of Russia", inter 1, RU) and office
titles ("the foreign ministers of Japan and South Korea" -> each country's government). Event
typing reads these categories (who attacks whom decides ARMED_CLASH vs ATTACK);
:mod:`eventwire.actors` picks actor1/actor2 among them with the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import actor_categories, country_of, demonym_regex, demonyms, text_keys

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .actors.table import ActorTable

# inter codes of ACLED's categories, as used by the typing rules.
CATEGORY_OF_INTER = {1: "state", 2: "rebel", 3: "militia", 4: "identity", 5: "rioter",
                     6: "protester", 7: "civilian", 8: "external"}
ARMED_CATEGORIES = frozenset({"state", "rebel", "militia", "identity", "external"})
# Those of non-state armed groups: rebels, militias, communal militias.
NON_STATE_ARMED = frozenset({"rebel", "militia", "identity"})
# ACLED's names for the armed part of the state (``data/actors_categories.tsv`` and the actor
# tables use them); "Government of X" (officials, ministries) is the state unarmed.
ARMED_STATE_NAMES = ("Military Forces", "Police Forces")
# How far before a noun a country adjective may stand ("Russian and French warplanes"): a few
# words; measured on hand-written phrases, 30 characters covers "Russian and French" + spaces.
ADJECTIVE_WINDOW = 30
# What may stand between a country word and its noun: "'s", "and French", up to two words
# ("Kenyan riot police") that are not function words ("hosted by Ghana and Togo as the rebel
# units withdrew": the countries do not qualify the rebels).
_ADJECTIVE_TAIL = re.compile(
    r"(?:['’]s)?(?:\s+and\s+[A-Z]\w+)?(?:\s+(?!(?:as|the|a|an|of|in|on|at|by|for|with|from|to|"
    r"and|or|but|that|who|which|while|after|before|when|where|is|was|were|are|be|been|has|"
    r"had|have|said|says|than|into|over|against)\b)[\w-]+){0,2}\s+", re.IGNORECASE)
_PLACE_COUNTRY = re.compile(
    r"\b(?:in|into|inside|across|over|on)\s+(?:the\s+)?([A-Z][\w.]+(?: [A-Z]\w+)?)")
# A named group followed by these is only its ally or sponsor ("an al-Qaeda-linked group"): the
# text does not name the actor, so no group is guessed.
_AFFILIATE = re.compile(r"-(?:linked|affiliated|allied|aligned|backed|inspired|loyal|leaning|"
                        r"sponsored|supported|style)\b")
# "the foreign ministers of Japan and South Korea": one office title, several countries.
_COUNTRY_NAME = r"(?:[A-Z][\w.]*(?: [A-Z]\w*)?)"
_OF_COUNTRIES = re.compile(
    rf"\s+of\s+(?:the\s+)?(?P<a>{_COUNTRY_NAME})(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?"
    rf"(?P<b>{_COUNTRY_NAME}))?")


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


def non_state_within(mentions: Sequence[ActorMention], start: int, end: int) -> bool:
    """The ``mentions`` within characters ``start``..``end`` name a non-state armed group and
    no state actor ("the militants", "Hezbollah"; not "the army and militias")."""
    inside = [m for m in mentions if m.start < end and start < m.end]
    return (any(m.category in NON_STATE_ARMED for m in inside)
            and not any(m.category == "state" for m in inside))


# Texts whose mentions are kept: the detector's readings, its rules and the actor stage each
# read a sentence's mentions (1,907 calls on 853 sentences of 64 KB of 'varied events'), the
# actor stage after the detector has read every candidate sentence of a batch (32 documents
# of about 4 to 35 candidates each in news, see pipeline.MAX_CANDIDATE_SENTENCES). Once a
# batch holds more distinct sentences than are kept, the actor stage, which reads them in the
# detector's order, finds none kept (the least recent go first): at 2,048, 256 KB of 'varied
# events' (3,282 sentences) scanned all again. 16,384 covers a megabyte of such text (13,000
# sentences) for about 8 MB.
MENTIONS_CACHE = 16_384


def find_actor_mentions(text: str, table: ActorTable | None = None
                        ) -> tuple[ActorMention, ...]:
    """Actors named in ``text`` (named actors of ``table``, the bundled one by default,
    first; then generic nouns), by position. Kept for the last :data:`MENTIONS_CACHE` texts
    and tables: the same every time."""
    # One key however the table is given: the actor stage's ``(text, None)`` missed what the
    # detector kept under ``(text,)`` and scanned each sentence again (0.1 CPU s per 100 KB
    # of 'varied events').
    return _mentions_of(text, table)


def _clear_mentions() -> None:
    """Forget the kept mentions (tests time the work, not a look-up)."""
    _mentions_of.cache_clear()


find_actor_mentions.cache_clear = _clear_mentions    # type: ignore[attr-defined]


@lru_cache(maxsize=MENTIONS_CACHE)
def _mentions_of(text: str, table: ActorTable | None) -> tuple[ActorMention, ...]:
    if table is None:
        from .actors.table import bundled_table
        table = bundled_table()
    found: list[ActorMention] = []
    named: set[int] = set()
    taken = Taken(len(text))
    for start, end, entry in table.find(text):
        if _is_verb_is(text, start, end) or _AFFILIATE.match(text, end):
            continue
        found.append(ActorMention(start, end, text[start:end], entry.name, entry.inter,
                                  entry.country, CATEGORY_OF_INTER.get(entry.inter, "rebel")))
        named.add(start)
        taken.add((start, end))
    # Longest match first, then table order: "rebel forces" is a rebel, not state "forces".
    keys = text_keys(text)      # a category whose words are absent is not scanned
    generic = [(m, i, term) for i, term in enumerate(actor_categories())
               if term.needs.may_match(keys) for m in term.pattern.finditer(text)]
    for m, _, term in sorted(generic, key=lambda x: (x[0].start() - x[0].end(), x[1])):
        if taken.overlaps(m.span()):
            continue
        mention = generic_mention(text, m, term.name, term.inter, term.category)
        new = (_of_countries(text, mention, term.name) if mention.country is None
               and "{country}" in term.name else (mention,))
        found.extend(new)
        for a in new:
            taken.add((a.start, a.end))
    return _join_named(text, sorted(found, key=lambda a: a.start), named)


# Words for some members of a named group: "members of the FMLN" is the FMLN acting.
_PARTITIVE = re.compile(r"(?:\b(?:members?|supporters|elements|cadres|followers|units?|remnants|"
                        r"militants|fighters|guerrillas|rebels|commandos?|gunmen|men|soldiers|"
                        r"troops)\s+of\s+(?:the\s+)?)$", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _join_named(text: str, found: list[ActorMention], named: set[int]
                ) -> tuple[ActorMention, ...]:
    """A named actor and the generic noun that stands for its members are one actor:
    "Shining Path guerrillas", "guerrillas of the FMLN", "members of the ELN"."""
    out: list[ActorMention] = []
    for a in found:
        prev = out[-1] if out else None
        gap = text[prev.end:a.start] if prev is not None else ""
        if prev is not None and prev.start in named and a.start not in named and (
                gap == " ") and a.armed:                      # "Shining Path guerrillas"
            out[-1] = replace(prev, end=a.end, text=text[prev.start:a.end])
            continue
        if prev is not None and a.start in named and prev.start not in named and (
                _OF.fullmatch(gap)) and prev.category in ARMED_CATEGORIES:
            out[-1] = replace(a, start=prev.start, text=text[prev.start:a.end])   # "X of Y"
            named.add(prev.start)
            continue
        if a.start in named:
            lead = _PARTITIVE.search(text, max(0, a.start - 30), a.start)
            if lead is not None and not (prev is not None and prev.end > lead.start()):
                a = replace(a, start=lead.start(), text=text[lead.start():a.end])
                named.add(a.start)
        out.append(a)
    return tuple(out)


class Taken:
    """The characters of a text already claimed by a mention: asking whether a span overlaps
    them costs the span's length, not the number of mentions (a document names thousands)."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def overlaps(self, span: tuple[int, int]) -> bool:
        return self._taken.find(1, span[0], span[1]) >= 0

    def add(self, span: tuple[int, int]) -> None:
        self._taken[span[0]:span[1]] = b"\x01" * (span[1] - span[0])


def _of_countries(text: str, mention: ActorMention, template: str) -> tuple[ActorMention, ...]:
    """A title followed by "of <country> [and <country>]" is each country's government."""
    m = _OF_COUNTRIES.match(text, mention.end)
    if m is None:
        return (mention,)
    out = []
    for group in ("a", "b"):
        name = m.group(group)
        c = name and (country_of(name) or country_of(name.split()[0]))
        if not c or _qualifies_noun(text, m.end(group)):
            break                           # "soldiers of the Guatemalan army": the army's
        start = mention.start if group == "a" else m.start(group)
        out.append(replace(mention, start=start, end=m.end(group), text=text[start:m.end(group)],
                           name=template.format(country=c.country), country=c.iso2))
    return tuple(out) or (mention,)


def _qualifies_noun(text: str, end: int) -> bool:
    """Whether a generic actor noun follows the word ending at ``end`` ("Guatemalan army"):
    the word is that noun's adjective, not a country of its own."""
    return text[end:end + 1] == " " and any(term.pattern.match(text, end + 1)
                                            for term in actor_categories())


def _nearer_noun(text: str, end: int, noun_start: int) -> bool:
    """Whether a generic actor noun of its own stands between a country word ending at ``end``
    and a noun starting at ``noun_start``: the word is that noun's ("Kenyan jets bombed
    militant camps": the jets are Kenyan, not the militants)."""
    if text[end:end + 1] != " " or end + 1 >= noun_start:
        return False
    for term in actor_categories():
        found = term.pattern.match(text, end + 1)
        if found is not None and found.end() < noun_start and text[found.end():noun_start].strip():
            return True                     # not one compound: "Malian army soldiers"
    return False


def overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether ``span`` shares a character with any of ``taken``."""
    return any(span[0] < e and s < span[1] for s, e in taken)


def _is_verb_is(text: str, start: int, end: int) -> bool:
    """"IS" is the Islamic State only in capitals between words that are not all capitals."""
    if text[start:end] != "IS":
        return False
    around = text[max(0, start - 12):end + 12]
    return sum(1 for c in around if c.isupper()) > len(around) * 0.5


def generic_mention(text: str, m: re.Match[str], template: str, inter: int | None,
                    category: str) -> ActorMention:
    """A generic noun, named after the country adjective just before it, if any."""
    before = text[max(0, m.start() - ADJECTIVE_WINDOW):m.start()]
    country = None
    start = m.start()
    for d in demonym_scanner().finditer(before):
        tail = before[d.end():]
        if re.match(r"-(?:backed|led|allied|supported|sponsored)", tail):
            continue             # "US-backed rebels" are not US forces
        if (_ADJECTIVE_TAIL.fullmatch(tail) or tail == " ") and not _nearer_noun(
                text, m.start() - len(tail), m.start()):
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


@lru_cache(maxsize=1)
def demonym_scanner() -> re.Pattern[str]:
    """:func:`~eventwire.lexicon.demonym_regex` (same matches), with a look-ahead for the
    capital letter every country adjective and name starts with: the scan then passes other
    positions at once instead of trying each of the ~150 alternatives there (17x faster on
    news text, measured on event-dense text; without it, it was the actor stage's largest
    cost). The word boundary before each row (the same for all) is tested once, before the
    alternatives: each then opens with its first letter, which the engine compares before
    trying the row (4x faster on the 30 characters before an actor noun, 7x on a whole text of
    'varied events', H-speed9). The plain regex if some row of the table starts otherwise."""
    plain = demonym_regex()
    if plain.flags & re.IGNORECASE or not all(_capitalised(d.pattern.pattern)
                                              for d in demonyms()):
        return plain
    head, tail = _WORD_WRAP
    rows = "|".join(f"(?:{d.pattern.pattern[len(head):-len(tail)]}){_WORD_END}"
                    for d in demonyms())
    return re.compile(f"(?=[A-Z]){_WORD_START}(?:{rows})", plain.flags)


# lexicon.word_regex's wrapping: the word boundaries before and after, around a group.
_WORD_START, _WORD_END = "(?<![\\w-])", "(?![\\w])"
_WORD_WRAP = (f"{_WORD_START}(?:", f"){_WORD_END}")


def _capitalised(pattern: str) -> bool:
    """Whether every alternative of a case-sensitive word pattern starts with a capital A-Z."""
    head, tail = _WORD_WRAP
    if not (pattern.startswith(head) and pattern.endswith(tail)):
        return False
    body, depth, start = pattern[len(head):-len(tail)], 0, True
    if "[" in body:                     # a character class: not read here, so not claimed
        return False
    for k, c in enumerate(body):
        if start and not ("A" <= c <= "Z"):
            return False
        start, escaped = False, k > 0 and body[k - 1] == "\\"
        if c == "(" and not escaped:
            depth += 1
        elif c == ")" and not escaped:
            depth -= 1
        elif c == "|" and depth == 0 and not escaped:
            start = True
    return not start

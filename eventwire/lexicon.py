"""The word lists event typing and actor extraction read, loaded once per process.

The lists are text files under ``eventwire/data/`` (``events_cues.tsv``, ``actors_*.tsv``),
written for the project from the ACLED/CASE 2021 definitions: general words, never phrases
copied from evaluation data. Each list compiles to one alternation regex per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

try:
    from re import _parser as _sre_parse     # Python 3.11+
except ImportError:                          # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse           # type: ignore[no-redef]

from .errors import ResourceError

# How many strings one part of a regex may stand for before its literal is no longer spelled out
# ("air ?strikes?" is 4): more only costs a longer list of what a text must hold.
MAX_LITERAL_SET = 64
# Letters from the most to the least common in English text: of a required string, the three
# letters with the largest sum of ranks (digits and signs rank last) are looked for, so that
# fewer texts hold them ("cki" of "attacking", not "ing").
_LETTER_ORDER = " etaoinshrdlcumwfgypbvkjxqz"
# Characters other than A-Z/a-z that an IGNORECASE regex matches to an ASCII letter, and that
# letter (tests/test_lexicon_needs.py checks the list against every code point).
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@dataclass(frozen=True, slots=True)
class Needs:
    """What a text must hold for a regex to match in it: one of the strings every match
    contains, derived from the regex by :func:`needs_of`. ``by_key`` files the strings of three
    characters or more under one trigram each (a set lookup rules most out, then each is looked
    for), ``short`` holds the others; ``always`` when the regex needs nothing."""

    keys: frozenset[str] = frozenset()
    by_key: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    short: tuple[str, ...] = ()
    always: bool = True

    def may_match(self, text: TextKeys) -> bool:
        """False only when no match of the regex can lie in the text."""
        if self.always:
            return True
        if not self.keys.isdisjoint(text.trigrams):      # builds no set when no key is there
            folded = text.folded
            if any(s in folded for k in self.keys & text.trigrams for s in self.by_key[k]):
                return True
        return bool(self.short) and any(s in text.folded for s in self.short)

    def may_match_folded(self, folded: str) -> bool:
        """:meth:`may_match` of a text given by its :func:`fold` alone, each string looked for
        (no trigram set to build: cheaper for a few regexes over a text)."""
        return self.always or any(s in folded for strings in self.by_key.values()
                                  for s in strings) or any(s in folded for s in self.short)


@dataclass(frozen=True, slots=True)
class TextKeys:
    """A text as :class:`Needs` reads it: lower case, its three-character substrings."""

    folded: str
    trigrams: frozenset[str]


@dataclass(frozen=True, slots=True)
class NeedsIndex:
    """The :class:`Needs` of many regexes filed by key, to tell at once which of them may match
    a text: the same answers as asking each (:meth:`Needs.may_match`), with one set
    intersection for all instead of one per regex (the 44 cue scanners, asked twice per
    sentence, found about five to scan)."""

    always: frozenset[int]                                  # regexes that need nothing
    keys: frozenset[str]                                    # every trigram filed
    by_key: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]   # trigram -> (regex, strings)
    short: tuple[tuple[int, tuple[str, ...]], ...]          # regexes with strings under three

    @classmethod
    def of(cls, needs: tuple[Needs, ...]) -> NeedsIndex:
        by_key: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for i, n in enumerate(needs):
            for key, strings in n.by_key.items():
                by_key.setdefault(key, []).append((i, strings))
        return cls(frozenset(i for i, n in enumerate(needs) if n.always), frozenset(by_key),
                   {k: tuple(v) for k, v in by_key.items()},
                   tuple((i, n.short) for i, n in enumerate(needs) if n.short and not n.always))

    def may_match(self, text: TextKeys) -> set[int]:
        """The indices of the regexes that may match in the text."""
        folded = text.folded
        out = set(self.always)
        for key in self.keys & text.trigrams:
            for i, strings in self.by_key[key]:
                if i not in out and any(s in folded for s in strings):
                    out.add(i)
        for i, strings in self.short:
            if i not in out and any(s in folded for s in strings):
                out.add(i)
        return out


@lru_cache(maxsize=16)
def text_keys(text: str) -> TextKeys:
    """The :class:`TextKeys` of ``text`` (kept for the few texts read one after another)."""
    folded = fold(text)
    return TextKeys(folded, frozenset(map("".join, zip(folded, folded[1:], folded[2:]))))


def fold(text: str) -> str:
    """``text`` as :class:`Needs` reads it: lower case, letters a regex ignoring case takes
    for ASCII ones folded to them."""
    return (text if text.isascii() else text.translate(_ASCII_FOLDS)).lower()


def needs_of(pattern: re.Pattern[str]) -> Needs:
    """The strings (lower case, ASCII) one of which every match of ``pattern`` contains."""
    exact, required = _seq(_sre_parse.parse(pattern.pattern, pattern.flags))
    strings = required if exact is None else _as_required(exact)
    if strings is None:
        return Needs()
    by_key: dict[str, list[str]] = {}
    for s in sorted(strings):
        if len(s) >= 3:
            by_key.setdefault(_rarest_trigram(s), []).append(s)
    return Needs(frozenset(by_key), {k: tuple(v) for k, v in by_key.items()},
                 tuple(sorted(s for s in strings if len(s) < 3)), False)


def _rarest_trigram(s: str) -> str:
    rank = {c: _LETTER_ORDER.find(c) % (len(_LETTER_ORDER) + 1) for c in s}
    return max((s[i:i + 3] for i in range(len(s) - 2)), key=lambda t: sum(map(rank.get, t)))


# A part of a regex as the prefilter reads it: the set of the strings it matches (lower case)
# when that set is small and known, else None; and the set of strings one of which each of its
# matches contains, None when nothing is known.
_Part = tuple["frozenset[str] | None", "frozenset[str] | None"]


def _as_required(exact: frozenset[str]) -> frozenset[str] | None:
    """A set of strings matched exactly as strings one of which a match holds: none if one is
    empty; a string holding another of the set is dropped (the other is there too)."""
    if "" in exact:
        return None
    return frozenset(s for s in exact if not any(t != s and t in s for t in exact))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets a match must meet, the one that rules out more texts: longer strings, fewer."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda x: (min(3, min(map(len, x))), -len(x), min(map(len, x))))


def _seq(items) -> _Part:  # noqa: ANN001 - a parsed regex: re._parser.SubPattern or a list
    """A sequence of parts: exact strings joined while few, else the best required set."""
    best: frozenset[str] | None = None
    run: frozenset[str] | None = frozenset({""})
    whole = True
    for item in items:
        exact, required = _part(item)
        if exact is not None and run is not None and len(run) * len(exact) <= MAX_LITERAL_SET:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        if run is not None:
            best = _better(best, _as_required(run))
        run = exact
        best = _better(best, required if exact is None else _as_required(exact))
    if whole:
        return run, _as_required(run)
    return None, best if run is None else _better(best, _as_required(run))


def _part(item) -> _Part:  # noqa: ANN001, C901 - one opcode of a parsed regex
    op, av = item
    name = str(op)
    if name == "LITERAL":
        c = chr(av)
        return (frozenset({c.lower()}), frozenset({c.lower()})) if c.isascii() else (None, None)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset({""}), None                      # zero-width: matches nothing
    if name == "SUBPATTERN":
        return _seq(av[-1])
    if name == "ATOMIC_GROUP":
        return _seq(av)
    if name == "BRANCH":
        parts = [_seq(alt) for alt in av[1]]
        if all(e is not None for e, _ in parts):
            union = frozenset().union(*(e for e, _ in parts))
            if len(union) <= MAX_LITERAL_SET:
                return union, _as_required(union)
        required = [r if e is None else _as_required(e) for e, r in parts]
        return None, (None if any(r is None for r in required)
                      else frozenset().union(*required))
    if name == "IN":
        chars = _class_chars(av)
        return (chars, _as_required(chars)) if chars is not None else (None, None)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        exact, required = _seq(sub)
        if exact is not None and high <= 3:
            out, power = set(), frozenset({""})
            for k in range(high + 1):
                if k >= low:
                    out |= power
                power = frozenset(a + b for a in power for b in exact)
                if len(power) > MAX_LITERAL_SET:
                    break
            else:
                if len(out) <= MAX_LITERAL_SET:
                    return frozenset(out), _as_required(frozenset(out))
        if low == 0:
            return None, None
        return None, required if exact is None else _as_required(exact)
    return None, None                                     # any character, a category, ...


def _class_chars(av) -> frozenset[str] | None:  # noqa: ANN001 - a parsed character class
    """The characters of a class of a few ASCII literals and ranges, lower case; else None."""
    chars: set[str] = set()
    for op, value in av:
        if str(op) == "LITERAL" and chr(value).isascii():
            chars.add(chr(value).lower())
        elif str(op) == "RANGE" and value[1] < 128 and value[1] - value[0] < 16:
            chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
        else:
            return None
    return frozenset(chars)


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of the cue lexicon: words that raise a label's score or set a feature."""

    name: str            # label (UPPER CASE) or feature (lower case)
    weight: float
    pattern: re.Pattern[str]
    words: str = ""      # the row's pattern as written, before word_regex bounds it


@dataclass(frozen=True, slots=True)
class ActorTerm:
    """One row of an actor table: words naming an actor of a known kind."""

    pattern: re.Pattern[str]
    name: str            # canonical name, or a template with {country}
    inter: int | None
    country: str | None  # ISO2 (groups) or None
    category: str = ""   # state, rebel, militia, identity, rioter, protester, civilian, group
    needs: Needs = field(default_factory=Needs)      # of ``pattern``: see needs_of


@dataclass(frozen=True, slots=True)
class Demonym:
    pattern: re.Pattern[str]
    country: str         # English short name used in actor names
    iso2: str


def read_table(filename: str) -> list[list[str]]:
    try:
        text = resources.files("eventwire.data").joinpath(filename).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ResourceError(
            f"the word list eventwire/data/{filename} is missing: reinstall eventwire") from exc
    return table_rows(text)


def table_rows(text: str) -> list[list[str]]:
    """The tab-separated rows of a table's text, blank and ``#`` comment lines left out."""
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def word_regex(pattern: str, *, ignore_case: bool = True) -> re.Pattern[str]:
    # Word-bounded on both sides; lookarounds instead of \b so patterns may end in punctuation.
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", flags)


@lru_cache(maxsize=1)
def event_cues() -> tuple[Cue, ...]:
    """The cue lexicon (``events_cues.tsv``), in file order."""
    return tuple(Cue(name, float(weight), word_regex(pattern), pattern)
                 for name, weight, pattern in read_table("events_cues.tsv"))


@dataclass(frozen=True, slots=True)
class CueScanner:
    """All rows of one cue in one regex: group ``g<i>`` matched means row ``i``'s weight."""

    name: str
    pattern: re.Pattern[str]
    weights: tuple[float, ...]
    needs: Needs = field(default_factory=Needs)      # of ``pattern``: see needs_of


@lru_cache(maxsize=1)
def cue_scanners() -> tuple[CueScanner, ...]:
    """The cue lexicon compiled one regex per cue (half the passes over a text); at one position
    the earlier row wins."""
    rows: dict[str, list[tuple[float, str]]] = {}
    for name, weight, pattern in read_table("events_cues.tsv"):
        rows.setdefault(name, []).append((float(weight), pattern))
    patterns = {name: word_regex("|".join(f"(?P<g{i}>{p})" for i, (_, p) in enumerate(group)))
                for name, group in rows.items()}
    return tuple(CueScanner(name, patterns[name], tuple(w for w, _ in group),
                            needs_of(patterns[name]))
                 for name, group in rows.items())


@lru_cache(maxsize=1)
def cue_index() -> NeedsIndex:
    """The :class:`NeedsIndex` of :func:`cue_scanners`, in their order."""
    return NeedsIndex.of(tuple(c.needs for c in cue_scanners()))


@lru_cache(maxsize=1)
def actor_categories() -> tuple[ActorTerm, ...]:
    """Generic actor nouns by ACLED category (``actors_categories.tsv``), first match wins."""
    return tuple(ActorTerm(regex, template, int(inter), None, category, needs_of(regex))
                 for regex, (_, category, inter, template) in (
                     (word_regex(row[0]), row) for row in read_table("actors_categories.tsv")))


@lru_cache(maxsize=1)
def demonyms() -> tuple[Demonym, ...]:
    """Country adjectives and names (``actors_demonyms.tsv``); case-sensitive (proper nouns)."""
    return tuple(Demonym(word_regex(p, ignore_case=False), country, iso)
                 for p, country, iso in read_table("actors_demonyms.tsv"))


@lru_cache(maxsize=1)
def demonym_regex() -> re.Pattern[str]:
    """All country adjectives in one alternation, for fast scanning."""
    body = "|".join(f"(?:{d.pattern.pattern})" for d in demonyms())
    return re.compile(body)


@lru_cache(maxsize=256)
def demonym_of(iso2: str) -> Demonym | None:
    """The country (its first row in ``actors_demonyms.tsv``) of an ISO 3166 code, if listed."""
    return next((d for d in demonyms() if d.iso2 == iso2), None)


def country_of(word: str) -> Demonym | None:
    """The country a country adjective or name stands for, if any."""
    for d in demonyms():
        if d.pattern.fullmatch(word):
            return d
    return None

"""The word lists event typing and actor extraction read, loaded once per process.

The lists are text files under ``eventwire/data/`` (``events_cues.tsv``, ``actors_*.tsv``),
written for the project from the ACLED/CASE 2021 definitions: general words, never phrases
copied from evaluation data. Each list compiles to one alternation regex per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import ResourceError


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


@lru_cache(maxsize=1)
def cue_scanners() -> tuple[CueScanner, ...]:
    """The cue lexicon compiled one regex per cue (half the passes over a text); at one position
    the earlier row wins."""
    rows: dict[str, list[tuple[float, str]]] = {}
    for name, weight, pattern in read_table("events_cues.tsv"):
        rows.setdefault(name, []).append((float(weight), pattern))
    return tuple(
        CueScanner(name, word_regex("|".join(f"(?P<g{i}>{p})" for i, (_, p) in enumerate(group))),
                   tuple(w for w, _ in group))
        for name, group in rows.items())


@lru_cache(maxsize=1)
def actor_categories() -> tuple[ActorTerm, ...]:
    """Generic actor nouns by ACLED category (``actors_categories.tsv``), first match wins."""
    return tuple(ActorTerm(word_regex(p), template, int(inter), None, category)
                 for p, category, inter, template in read_table("actors_categories.tsv"))


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

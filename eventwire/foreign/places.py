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
sentence is too often an article or a subject ("La", "Des", "Die") to be taken alone. In a
line written all in capitals or all in lower case (read in lower case), a name has no capital
to tell it: there, the words after a word of place of the language (:data:`CUES`: "à", "près
de", "en", "cerca de", "perto de", "province de") are a name where the gazetteer knows them
as a town of :data:`CUED_TOWN` people or a region and a word alone is no common word of the
encoder's vocabulary (:mod:`.vocabulary`): "près de djibo", "en tumaco", not "à vie".
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
from .vocabulary import is_word

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
# Words of place of each language, lower case, after which a caseless line names a town or a
# region ("à djibo", "près de kidal", "en tumaco", "perto de palma", "no rio de janeiro"):
# prepositions of place (Portuguese "no", "na": "in the", before names with the article),
# and nouns of a place or of a part or building of a town, an adjective at most, then "of"
# ("dans la province de kandahar", "un quartier résidentiel de kharkiv", "en el centro de
# quito", "no distrito de macomia"). Written for the project.
_PREPOSITIONS = {
    "fr": r"à|près d[e']|non loin d[e']|aux? (?:alentours|environs) d[e']|"
          r"au (?:nord|sud|centre)(?:-est|-ouest)? d[e']|à l'(?:est|ouest) d[e']",
    "es": r"en|cerca de|a las afueras de|al (?:norte|sur|este|oeste) de",
    "pt": r"em|n[oa]s?|perto de|nos arredores de|a (?:norte|sul|leste|oeste) de",
    "de": r"in|bei|nahe|nördlich von|südlich von|östlich von|westlich von",
}
_PLACE_NOUNS = {
    "fr": r"ville|région|province|localité|village|commune|quartier|département|district|"
          r"préfecture|capitale|camp|état|centre|centre-ville|banlieue|périphérie|rues?|"
          r"route|autoroute|aéroport|port|gare|marché|mosquée|église|commissariat|prison|"
          r"université|hôpital|faubourg",
    "es": r"ciudad|región|provincia|localidad|aldea|pueblo|municipio|estado|departamento|"
          r"distrito|barrio|capital|centro|afueras|alrededores|periferia|calles?|carretera|"
          r"autopista|aeropuerto|puerto|estación|mercado|mezquita|iglesia|comisaría|cárcel|"
          r"prisión|universidad|hospital|domicilio|zona (?:norte|sur|este|oeste)",
    "pt": r"cidade|região|província|localidade|aldeia|vila|município|estado|distrito|bairro|"
          r"capital|centro|arredores|periferia|ruas?|estrada|rodovia|aeroporto|porto|estação|"
          r"mercado|mesquita|igreja|esquadra|delegacia|prisão|universidade|hospital|"
          r"zona (?:norte|sul|leste|oeste)",
    "de": r"stadt|region|provinz|dorf|bezirk|zentrum|innenstadt|vorort|hauptstadt",
}
_OF = {"fr": r"d[e'u]|des", "es": r"del?", "pt": r"d[eoa]s?", "de": r"von|in"}
CUES = {lang: rf"{_PREPOSITIONS[lang]}|(?:{_PLACE_NOUNS[lang]})(?: [^\W\d_]+)? (?:{_OF[lang]})"
        for lang in _PREPOSITIONS}
# Languages that capitalise their nouns: a capitalised word beside a name is no sign of a
# longer name there ("nächste Woche Paris").
NOUNS_CAPITALISED = frozenset({"de"})
# Articles, the prepositions joined with one, possessives, quantifiers and numbers, in a
# language that capitalises its nouns: a capitalised word after one, adjectives at most
# between, is a noun ("am Sonntag", "ein Dorf", "in der Nähe von", "den Ort Awdijiwka",
# "vier Kinder": each a place's name somewhere), not a town; names of places that take an article there are countries ("im
# Irak", "in der Türkei"), read by their names in the language (:func:`country_names`).
ARTICLES = {"de": r"der|die|das|des|dem|den|ein|eine[mnrs]?|am|im|vom|zum|zur|beim|ins|ans|"
                  r"aufs|(?:mein|dein|sein|ihr|unser|euer|kein|jed|dies|jen|welch|manch)\w*|"
                  r"mehrere|einige|viele|alle|beide|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|"
                  r"neun|zehn|elf|zwölf|\w+zehn|\w*zig|\w*ßig|hundert\w*|tausend\w*|dutzend\w*"}
_ARTICLE_BEFORE = r"(?<!\w)(?i:{})(?: [a-zäöüß][\w-]*){{0,2}} $"
# Languages that write a country's genitive with an s ("im Norden Syriens", "Malis"): the
# country is read in that form too.
GENITIVE_S = frozenset({"de"})
# Determiners: a run after a word of place that opens with one is a noun phrase, not a name
# ("en una comisaría": Una is a town of India; "à un", "em uma").
DETERMINERS = frozenset({"un", "una", "unos", "unas", "une", "uno", "um", "uma", "uns", "umas",
                         "los", "las", "les", "lo", "o", "os", "as", "a", "ce", "cette", "ces",
                         "este", "esta", "ese", "esa", "aquel", "cada", "todo", "toda", "tout",
                         "toute", "mon", "ma", "su", "sus", "son", "sa", "ses", "leur", "seu",
                         "sua", "ein", "eine", "einem", "einer", "dem", "den", "die", "das"})
# A caseless name after a word of place is read as a town this big at least (or a region):
# smaller towns' names are too often words ("à vie", "en marcha", "em causa" all name a
# village somewhere). Set on the case-changed items of tests/data/languages_events (`python
# benchmarks/languages.py --case lower --split dev`): the towns the items name are of 10,000
# people or more; a word after "en"/"em" named a village of a few thousand.
CUED_TOWN = 10_000
# The regions so read: provinces, states and districts (not the mountains, rivers and areas
# the gazetteer holds, whose names are words more often).
CUED_REGIONS = frozenset({"ADM1", "ADM2"})


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


@lru_cache(maxsize=32)
def written_country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(name, ISO2) of every country as a text in ``language`` writes it, longest first:
    :func:`country_names`, and the English names the language shares ("France", "Somalia",
    "Burkina Faso": pycountry or the CLDR give them unchanged, and :func:`country_names`
    leaves them to the gazetteer, which finds them where they are capitalised)."""
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return country_names(language)
    found = dict(country_names(language))
    cldr = set(_cldr_names(language).values())
    for c in pycountry.countries:
        english = getattr(c, "common_name", None) or c.name
        if (english in cldr or tr.gettext(english) == english) and _whole_name(english):
            found.setdefault(english, c.alpha_2)
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

    def places(self, doc: Document, sentences: Sequence[Sentence],
               caseless: Sequence[tuple[int, int]] = ()) -> tuple[Place, ...]:
        """Every town, region and country the document names, resolved, in text order.
        ``caseless``: the spans of the lines written without case (names read after a word
        of place there, :data:`CUES`)."""
        language = doc.language or ""
        if language == "ar":
            return tuple(self.arabic().places(doc.text))
        countries = self._countries(doc.text, language)
        # A name that is the country's in the document's language is the country, though
        # a town bears it too ("Siria" is Syria, not Şiria in Romania).
        exact = {p.span for p in countries}
        resolved, doubtful = self._resolved(doc, sentences, language, caseless)
        found = [p for p in resolved if p.span not in exact]
        taken = [p.span for p in found]
        found += [p for p in countries
                  if not any(a < p.span[1] and p.span[0] < b for a, b in taken)]
        gaz = self.geoparser.gazetteer
        found = [p for p in found if p.span not in doubtful
                 or _big_town(gaz, p) and _in_context(p, found, doubtful)]
        return tuple(sorted(found, key=lambda p: p.span))

    def arabic(self) -> ArabicPlaces:
        """The finder of towns written in Arabic (its tables read at first use)."""
        if self._arabic is None:
            self._arabic = ArabicPlaces(self.geoparser.gazetteer, country_names("ar"))
        return self._arabic

    def _resolved(self, doc: Document, sentences: Sequence[Sentence], language: str,
                  caseless: Sequence[tuple[int, int]] = ()
                  ) -> tuple[list[Place], set[tuple[int, int]]]:
        """Capitalised names the gazetteer knows, resolved with the document's priors, and
        in caseless lines the names after a word of place; and the spans of those that are
        common words too, which need a place of their country nearby (:func:`_in_context`)."""
        spans = [] if language in CASELESS else self._name_spans(doc.text, sentences,
                                                                 language)
        doubtful: set[tuple[int, int]] = set()
        if caseless and language in CUES:
            cued = self._cued_spans(doc.text, sentences, language, caseless)
            doubtful = {span for span, common in cued if common} - set(spans)
            spans = sorted(set(spans) | {span for span, _ in cued})
        resolved = self.geoparser.resolve_spans(doc.text, spans, dateline=doc.dateline,
                                                outlet=doc.url, title=doc.title)
        return [p for p in resolved if p is not None and p.latitude is not None], doubtful

    def _name_spans(self, text: str, sentences: Sequence[Sentence], language: str
                    ) -> list[tuple[int, int]]:
        gaz = self.geoparser.gazetteer
        spans: list[tuple[int, int]] = []
        for sentence in sentences:
            for run in _capitalised_runs(sentence):
                spans.extend(_known(gaz, text, run, sentence.start,
                                    language not in NOUNS_CAPITALISED))
        if language in ARTICLES:
            spans = [s for s in spans if not _after_article(text, s[0], language)]
        return spans

    def _cued_spans(self, text: str, sentences: Sequence[Sentence], language: str,
                    caseless: Sequence[tuple[int, int]]
                    ) -> list[tuple[tuple[int, int], bool]]:
        """The names after a word of place (:data:`CUES`) in the caseless lines: the longest
        run of words after it the gazetteer knows as a town of :data:`CUED_TOWN` people or
        a region; each with whether it is a common word after a mere preposition (its
        :func:`_big_enough` flag, unless a noun of place stands before it: "la ciudad de
        lima")."""
        gaz = self.geoparser.gazetteer
        out: list[tuple[tuple[int, int], bool]] = []
        preposition = re.compile(rf"(?:{_PREPOSITIONS[language]})\W?", re.IGNORECASE)
        for m in _cue(language).finditer(text):
            if not any(a <= m.start() < b for a, b in caseless):
                continue
            run = []
            for w in _WORD.finditer(text, m.end()):
                if run and text[run[-1][1]:w.start()] != " " or len(run) == MAX_NAME_WORDS:
                    break
                run.append(w.span())
            if run and text[run[0][0]:run[0][1]].lower() not in PARTICLES | DETERMINERS:
                bare = preposition.fullmatch(m.group()) is not None
                out.extend((span, common and bare) for span, common in _big_enough(gaz, text,
                                                                                   run))
        return out

    def _countries(self, text: str, language: str) -> list[Place]:
        gaz = self.geoparser.gazetteer
        out: list[Place] = []
        own = dict(country_names(language))
        # The genitive of a name the language shares with English ("Malis", "Nigerias"),
        # which the gazetteer does not know.
        shared = [] if language not in GENITIVE_S else [
            (name, iso2) for name, iso2 in written_country_names(language) if name not in own]
        for name, iso2 in [*own.items(), *shared]:
            entry = gaz.countries.get(iso2)
            if entry is None:
                continue
            genitive = "" if language not in GENITIVE_S or name[-1] in "sxz" \
                else "s?" if name in own else "s"
            for m in re.finditer(rf"(?<!\w){re.escape(name)}{genitive}(?!\w)", text):
                if not any(p.span[0] < m.end() and m.start() < p.span[1] for p in out):
                    out.append(_country_place(gaz, entry, m.group(), (m.start(), m.end())))
        return out


def _after_article(text: str, start: int, language: str) -> bool:
    """Whether the word at ``start`` follows one of the language's :data:`ARTICLES`, lower-case
    words (adjectives) at most two between, in the same sentence."""
    before = text[max(0, start - 60):start]
    return bool(_article_pattern(language).search(before))


@lru_cache(maxsize=8)
def _article_pattern(language: str) -> re.Pattern[str]:
    return re.compile(_ARTICLE_BEFORE.format(ARTICLES[language]))


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


def _known(gaz: Gazetteer, text: str, run: list[tuple[int, int]], sentence_start: int,
           joined: bool = True) -> list[tuple[int, int]]:
    """The longest names of ``run`` the gazetteer knows, left to right; not a word opening
    the sentence on its own, nor (``joined``) a word of a longer unknown name
    (:func:`_in_longer`), and never starting with a particle or article ("El Real") or
    ending with one."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + MAX_NAME_WORDS), i, -1):
            a, b = run[i][0], run[j - 1][1]
            words = text[a:b].split()
            if words[0].lower() in PARTICLES or words[-1] in PARTICLES:
                continue
            if j - i == 1 and (a == sentence_start
                               or joined and _in_longer(text, run, i, sentence_start)):
                continue
            if gaz.lookup(text[a:b]):
                out.append((a, b))
                i = j
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=8)
def _cue(language: str) -> re.Pattern[str]:
    """A word of place of ``language`` (:data:`CUES`) and the space after it."""
    return re.compile(rf"(?<!\w)(?:{CUES[language]})(?: |(?<='))", re.IGNORECASE)


def _big_enough(gaz: Gazetteer, text: str, run: list[tuple[int, int]]
                ) -> list[tuple[tuple[int, int], bool]]:
    """The longest opening of ``run`` the gazetteer knows as a town of :data:`CUED_TOWN`
    people or a region (not ending with a particle), as a span, with whether it is one word
    that is a common word of the encoder's vocabulary too (:func:`.vocabulary.is_word`: "à
    vie", "en paz", but also "en lima", "in kabul"); none when no opening is."""
    for j in range(len(run), 0, -1):
        a, b = run[0][0], run[j - 1][1]
        if text[a:b].split()[-1] in PARTICLES:
            continue
        if any(gaz.population[e] >= CUED_TOWN or gaz.feature[e] in CUED_REGIONS
               for e in gaz.lookup(text[a:b])):
            return [((a, b), j == 1 and is_word(text[a:b]))]
    return []


# A caseless name that is also a common word (:func:`_big_enough`) is a place only when it
# is a city of this many people at least (Lima, Kabul, Cali, Kaya; not the villages named
# Bras or Mars, nor "vie", which the gazetteer's loose names make a quarter of Paris) and a
# place of its country is named this near it, in characters (about a sentence of news): "en
# lima, la capital de perú", "in kabul und kandahar", not "en paz" nor "à bras ouverts à
# paris". Set on the sentences of tests/foreign/test_places.py.
COMMON_WORD_TOWN = 100_000
CONTEXT_CHARS = 200


def _big_town(gaz: Gazetteer, place: Place) -> bool:
    """Whether ``place``'s name is a town or region of :data:`COMMON_WORD_TOWN` people in its
    country."""
    return any(gaz.country[e] == place.iso2 and gaz.population[e] >= COMMON_WORD_TOWN
               for e in gaz.lookup(place.text))


def _in_context(place: Place, found: Sequence[Place], doubtful: set[tuple[int, int]]
                ) -> bool:
    """Whether a place read from a common word (``doubtful``) has another place of its
    country, not itself doubtful, within :data:`CONTEXT_CHARS` of it."""
    return any(p.iso2 == place.iso2 and p.span not in doubtful and p.span != place.span
               and abs(p.span[0] - place.span[0]) <= CONTEXT_CHARS for p in found)


def _in_longer(text: str, run: list[tuple[int, int]], i: int, sentence_start: int) -> bool:
    """Whether word ``i`` of a capitalised run has a word of a name next to it (capitalised,
    a space between, not an article nor the sentence's first word): a word of a longer name
    the gazetteer does not know is part of that name, an institution's or a person's
    ("Guardia Civil" is no Laguardia, "Policía Nacional", "Thomas Lyon"), not a town."""
    def named(j: int) -> bool:
        a, b = run[j]
        return a != sentence_start and text[a].isupper() \
            and text[a:b].lower() not in PARTICLES | DETERMINERS

    return (i + 1 < len(run) and text[run[i][1]:run[i + 1][0]] == " " and named(i + 1)) \
        or (i > 0 and text[run[i - 1][1]:run[i][0]] == " " and named(i - 1))


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

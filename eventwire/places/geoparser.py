"""The geoparser the pipeline calls: recognition + resolution, and the event's location."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..records import Entity, Place, Sentence
from .admin import admin2_of
from .capitals import bare_seat_phrases, capital_phrases, capitals_of, seat_phrases
from .cues import county_lists, party_homes
from .gazetteer import COUNTRY_FEATURES, Gazetteer
from .locate import DocumentPlaces
from .outlet import (OutletHome, Outlets, host_regions, outlet_directory, outlet_home,
                     outlet_host)
from .recognize import Mention, before_place_noun, recognize, scan
from .homonyms import prominent_town
from .resolve import (
    FIRM_CONFIDENCE,
    Resolution,
    candidates,
    resolve_all,
)
from .roles import PURPOSE, roles
from .widen import completed

# "near X", "north of X", "the outskirts of X": somewhere around a town, ACLED precision 2.
_AROUND = re.compile(
    r"\b(?:near|nearby|outside|around|close\s+to|(?:the\s+)?outskirts\s+of|"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?|"
    r"kilometers|kilometres|miles|km)\s+(?:of|from))\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
    re.IGNORECASE)


class Geoparser:
    """Finds the places of a document and resolves them to GeoNames entries. ``outlets`` is
    the directory of news outlets whose country and home town are priors (default: the
    bundled one; ``outlet_directory(path)`` adds a table of your own to it)."""

    def __init__(self, gazetteer: Gazetteer, outlets: Outlets | None = None) -> None:
        self.gazetteer = gazetteer
        self.outlets = outlet_directory() if outlets is None else outlets
        self._homes: dict[str | None, OutletHome] = {}      # outlet host -> its home
        self._regions: dict[str | None, tuple[int, ...]] = {}   # host -> host_regions
        self._located: DocumentPlaces | None = None         # the last document's places
        self._capitals: dict[str, int] | None = None        # country -> its capital's entry

    def places(self, text: str, entities: Sequence[Entity], *, dateline: str | None = None,
               outlet: str | None = None, title: str | None = None) -> tuple[Place, ...]:
        """Every place name of ``text`` (spaCy entities in document offsets), resolved.
        ``outlet`` is the article's address (or its outlet's domain): its country and home
        town are priors; so are the places the ``title`` names."""
        gaz = self.gazetteer
        mentions = with_cued_names(text, completed(
            text, recognize(text, entities, gaz), entities, gaz), gaz)
        resolved = self._resolve(text, mentions, dateline, outlet, title)
        if self._capitals is None:
            self._capitals = capitals_of(self.gazetteer)
        return tuple(self._place(text, r) for r in with_capitals(
            text, resolved, self.gazetteer, self._capitals))

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]],
                      entities: Sequence[Entity] = (), *, dateline: str | None = None,
                      outlet: str | None = None, title: str | None = None
                      ) -> tuple[Place | None, ...]:
        """Resolve given place-name spans (gold-span evaluation); None where nothing fits."""
        gaz = self.gazetteer
        mentions = [Mention(a, b, text[a:b], "GOLD", gaz.demonym(text[a:b]) is not None)
                    for a, b in spans]
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        resolved = self._resolve(text, [mentions[k] for k in order], dateline, outlet, title)
        out: list[Place | None] = [None] * len(mentions)
        for k, r in zip(order, resolved):
            out[k] = self._place(text, r) if r.entry is not None else None
        return tuple(out)

    def home_dateline(self, dateline: str | None, outlet: str | None) -> Place | None:
        """The dateline's town when the outlet is at home there: its host or the directory
        names the town, or the region the town lies in ("TAIZ —" in a paper of Taiz; a small
        region only when the host names it by whole words, :func:`.outlet.host_regions`). A
        local paper's news is at home unless it says otherwise, so the article's main place
        counts it (:func:`.locate.main_place`). Its span is empty: the dateline is not in the
        clean text (``Document.dateline`` keeps it)."""
        if not dateline:
            return None
        gaz, home = self.gazetteer, self._home(outlet)
        homes = (*home.towns, *self._host_regions(outlet))
        if not homes:
            return None

        def at_home(i: int) -> bool:
            return not gaz.is_area(i) and any(
                t == i or (gaz.is_area(t) and gaz.feature[t] == "ADM1"
                           and gaz.country[t] == gaz.country[i] and gaz.admin1[t] == gaz.admin1[i])
                for t in homes)

        entry = next((i for i in self._dateline_places(dateline, home) if at_home(i)), None)
        if entry is None:
            entry = self._host_town_dateline(dateline, home)
        if entry is None:
            return None
        name = _dateline_words(dateline).split(",")[0].strip()
        place = self._place(name, Resolution(Mention(0, 0, name, "DATELINE"), entry,
                                             FIRM_CONFIDENCE))
        return replace(place, text=name, span=(0, 0))

    def _host_town_dateline(self, dateline: str, home: OutletHome) -> int | None:
        """The biggest of the outlet's home towns (not regions) the dateline names, however
        surely its name resolves on its own: a host naming a town with namesakes ("derbent-..."
        on a domain of no country: Derbent in Russia and in Turkey; "valencia-..." on a
        Spanish one: the city and its province) makes each a home, so the outlet's prior
        does not make the dateline firm; yet dateline and host agree on the name, and a
        dateline names a town."""
        gaz = self.gazetteer
        named = set(gaz.lookup(_dateline_words(dateline).split(",")[0].strip()))
        towns = [t for t in home.towns if t in named and not gaz.is_area(t)]
        return max(towns, key=lambda t: gaz.population[t], default=None)

    def event_locations(self, places: Sequence[Place], text: str, sentence: Sentence,
                        trigger_span: tuple[int, int], *, parse: Any = None,
                        sentence_first: bool = False, home: Place | None = None,
                        claim: bool = False) -> tuple[Place, ...]:
        """Where the event of ``trigger_span`` happened (usually 0 or 1 place); ``parse``,
        spaCy's parse of ``sentence`` alone if there is one, tells its clauses apart. The
        places of the last document asked about are read once for all its events: the
        pipeline asks with the same ``places`` tuple and ``text`` for each (both immutable,
        so the same objects mean the same answer). With ``sentence_first``, a place of another
        clause of the sentence comes before the article's main place; ``home``, the
        dateline's town where the outlet is at home (:meth:`home_dateline`); with ``claim``,
        a claim of responsibility's relative clause is placed at the act it is about."""
        located = self._located
        if (located is None or located.places is not places or located.text is not text
                or located.home != home):
            located = DocumentPlaces(self.gazetteer, places, text, home)
            if isinstance(places, tuple):
                self._located = located
        return located.event_locations(sentence, trigger_span, parse, sentence_first, claim)

    # -- helpers -------------------------------------------------------------------------

    def _resolve(self, text: str, mentions: Sequence[Mention], dateline: str | None,
                 outlet: str | None, title: str | None = None) -> list[Resolution]:
        home = self._home(outlet)
        country = self._country_of(dateline)
        dated = self._dateline_places(dateline, home)
        titled = self._title_places(title, country, home, dated)
        return resolve_all(self.gazetteer, text, mentions, dateline_country=country,
                           outlet_country=home.country, outlet_towns=home.towns,
                           title_places=titled, named_places=titled + dated)

    def _dateline_places(self, dateline: str | None, home: OutletHome) -> tuple[int, ...]:
        """The places a dateline names ("LIMA, Ohio", "ATLANTA"), resolved firmly on their
        own: never the event's place, but the sense of the same name in the text. A dateline
        is a place's name by where it stands: every gazetteer name in it is one, a small
        town's too ("LOZOVA", which in running text would need a cue to be a place)."""
        if not dateline:
            return ()
        gaz = self.gazetteer
        found = resolve_all(gaz, dateline, scan(dateline, gaz),
                            outlet_country=home.country, outlet_towns=home.towns)
        return tuple(r.entry for r in found if r.entry is not None and not r.mention.demonym
                     and r.confidence >= FIRM_CONFIDENCE)

    def _title_places(self, title: str | None, dateline_country: str | None,
                      home: OutletHome, dated: tuple[int, ...] = ()) -> tuple[int, ...]:
        """The places a title names, resolved on its own with the outlet's and dateline's
        priors: its countries and regions (and those a demonym before a place noun names:
        "Scottish town floods"), and towns only when resolved firmly (a bare
        "Newark" in a title says less than the body's "Newark, Ohio"), or a big city that
        dwarfs its namesakes ("Cairo"); ``dated``, the dateline's places, are the sense of
        the same names in the title. A gathering's cause
        ("rally in solidarity with Aleppo") is not where the story is, and a person's origin
        or an acting country ("Iowa teacher recalls quake in Japan") only when the
        title names no other place."""
        if not title:
            return ()
        gaz = self.gazetteer
        mentions = [m for m in recognize(title, (), gaz)
                    if not m.demonym or before_place_noun(title, m.end)]

        def resolved(ms: Sequence[Mention]) -> list[Resolution]:
            return [r for r in resolve_all(gaz, title, ms, dateline_country=dateline_country,
                                           outlet_country=home.country, outlet_towns=home.towns,
                                           named_places=dated) if r.entry is not None]

        found = resolved(mentions)
        said = roles(title, [(r.mention.start, r.mention.end) for r in found],
                     [gaz.feature[r.entry] in COUNTRY_FEATURES for r in found])
        plain = [r.mention for r, role in zip(found, said, strict=True) if role is None]
        kept = plain or [r.mention for r, role in zip(found, said, strict=True)
                         if role != PURPOSE]
        if len(kept) < len(found):      # resolved again without them: "Texas nurse ...
            found = resolved(kept)      # in Paris" says nothing of which Paris
        return tuple(r.entry for r in found if gaz.is_area(r.entry)
                     or r.confidence >= FIRM_CONFIDENCE
                     or r.entry == prominent_town(gaz, candidates(gaz, r.mention)[0]))

    def _home(self, outlet: str | None) -> OutletHome:
        """The outlet's country and home towns, looked up once per host."""
        host = outlet_host(outlet)
        if host not in self._homes:
            self._homes[host] = outlet_home(self.gazetteer, self.outlets, host)
        return self._homes[host]

    def _host_regions(self, outlet: str | None) -> tuple[int, ...]:
        """The small regions the outlet's host names by whole words, looked up once per host:
        a dateline town inside one is at home (:func:`.outlet.host_regions`)."""
        host = outlet_host(outlet)
        if host not in self._regions:
            self._regions[host] = host_regions(self.gazetteer, host)
        return self._regions[host]

    def _country_of(self, name: str | None) -> str | None:
        """ISO2 of a dateline's country ("BEIRUT", "CAIRO, Egypt (AP)", "LB")."""
        if not name:
            return None
        name = _dateline_words(name)
        if len(name) == 2 and name.upper() in self.gazetteer.countries:
            return name.upper()
        for part in reversed([p.strip() for p in name.split(",") if p.strip()]):
            ids = self.gazetteer.lookup(part)
            if ids and self.gazetteer.country[ids[0]]:
                return self.gazetteer.country[ids[0]]
        return None

    def _place(self, text: str, r: Resolution) -> Place:
        m, i, gaz = r.mention, r.entry, self.gazetteer
        if i is None:
            return Place(name=m.text, text=m.text, span=(m.start, m.end))
        cc = gaz.country[i]
        feature = gaz.feature[i]
        if r.inner:             # "Dubai World Cup": in or near Dubai; in Colorado
            precision = 3 if gaz.is_area(i) and feature != "ADM2" else 2
        elif gaz.is_area(i):
            precision = 2 if feature == "ADM2" else 3
        else:
            precision = 2 if _AROUND.search(text[max(0, m.start - 40):m.start]) else 1
        admin1 = gaz.admin1_name(gaz.admin1[i]) if gaz.admin1[i] else None
        admin2 = admin2_of(gaz.name[i], feature, cc, gaz.latitude[i], gaz.longitude[i],
                           precision)
        return Place(
            name=gaz.name[i], text=m.text, span=(m.start, m.end),
            country=gaz.country_name(cc) if cc else None, iso2=cc or None, admin1=admin1,
            latitude=gaz.latitude[i], longitude=gaz.longitude[i],
            geonameid=gaz.geonameid[i] or None, geo_precision=precision, feature=feature,
            confidence=r.confidence, admin2=admin2)


def _dateline_words(dateline: str) -> str:
    """A dateline's words without its agency and dash ("CAIRO, Egypt (AP) —": "CAIRO,
    Egypt")."""
    return re.sub(r"\([^)]*\)", " ", dateline).strip(" —–-")


def with_capitals(text: str, resolved: Sequence[Resolution], gaz: Gazetteer,
                  capitals: Mapping[str, int]) -> list[Resolution]:
    """``resolved``, and the capital each "the <country> capital" phrase names
    (:func:`.capitals.capital_phrases`: "the Afghan capital" is Kabul), and the seat of
    government each national institution does (:func:`.capitals.seat_phrases`: "Georgia's
    parliament" is in Tbilisi; :func:`.capitals.bare_seat_phrases`: "outside parliament" in
    an article whose places are all in Georgia), spanning the phrase;
    the demonym or country name inside it stays a place of its own (the country, as gazetteer
    gold annotates it), which an event's place passes over as a modifier."""
    phrases = capital_phrases(text, gaz, capitals)
    taken = [(a, b) for a, b, _ in phrases]
    phrases += [(a, b, i) for a, b, i in seat_phrases(text, gaz, capitals)
                if not any(a < y and x < b for x, y in taken)]
    # an institution with no country named ("rallied outside parliament") is the one of the
    # article's country, when its places are all in one
    countries = {gaz.country[r.entry] for r in resolved if r.entry is not None}
    taken = [(a, b) for a, b, _ in phrases]
    phrases += [(a, b, i) for a, b, i in bare_seat_phrases(
        text, gaz, capitals, next(iter(countries)) if len(countries) == 1 else None)
        if not any(a < y and x < b for x, y in taken)]
    if not phrases:
        return list(resolved)
    added = [Resolution(Mention(a, b, text[a:b], "CAPITAL"), i, FIRM_CONFIDENCE)
             for a, b, i in phrases]
    return sorted([*resolved, *added], key=lambda r: (r.mention.start, -r.mention.end))


def with_cued_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` and the items of lists of counties no mention overlaps ("Polk, Story and
    Boone counties": spaCy often tags such names as people or not at all), and legislators'
    homes ("Sen. Jane Roe, R-Springfield")."""
    more = [m for m in county_lists(gaz, text) + party_homes(gaz, text)
            if not any(m.start < o.end and o.start < m.end for o in mentions)]
    return sorted([*mentions, *more], key=lambda m: m.start) if more else mentions

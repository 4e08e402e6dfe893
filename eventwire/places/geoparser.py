"""The geoparser the pipeline calls: recognition + resolution, and the event's location."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Entity, Place, Sentence
from .gazetteer import Gazetteer
from .locate import event_locations
from .outlet import outlet_country, outlet_host, outlet_towns
from .recognize import Mention, recognize
from .resolve import Resolution, resolve_all

# "near X", "north of X", "the outskirts of X": somewhere around a town, ACLED precision 2.
_AROUND = re.compile(
    r"\b(?:near|nearby|outside|around|close\s+to|(?:the\s+)?outskirts\s+of|"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?|"
    r"kilometers|kilometres|miles|km)\s+(?:of|from))\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
    re.IGNORECASE)


class Geoparser:
    """Finds the places of a document and resolves them to GeoNames entries."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._host_towns: dict[str | None, tuple[int, ...]] = {}     # outlet host -> towns

    def places(self, text: str, entities: Sequence[Entity], *, dateline: str | None = None,
               outlet: str | None = None) -> tuple[Place, ...]:
        """Every place name of ``text`` (spaCy entities in document offsets), resolved.
        ``outlet`` is the article's address (or its outlet's domain): its country and the
        town its host names are priors."""
        mentions = recognize(text, entities, self.gazetteer)
        return tuple(self._place(text, r) for r in self._resolve(text, mentions, dateline,
                                                                  outlet))

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]],
                      entities: Sequence[Entity] = (), *, dateline: str | None = None,
                      outlet: str | None = None) -> tuple[Place | None, ...]:
        """Resolve given place-name spans (gold-span evaluation); None where nothing fits."""
        gaz = self.gazetteer
        mentions = [Mention(a, b, text[a:b], "GOLD", gaz.demonym(text[a:b]) is not None)
                    for a, b in spans]
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        resolved = self._resolve(text, [mentions[k] for k in order], dateline, outlet)
        out: list[Place | None] = [None] * len(mentions)
        for k, r in zip(order, resolved):
            out[k] = self._place(text, r) if r.entry is not None else None
        return tuple(out)

    def event_locations(self, places: Sequence[Place], text: str, sentence: Sentence,
                        trigger_span: tuple[int, int]) -> tuple[Place, ...]:
        """Where the event of ``trigger_span`` happened (usually 0 or 1 place)."""
        return event_locations(self.gazetteer, places, text, sentence, trigger_span)

    # -- helpers -------------------------------------------------------------------------

    def _resolve(self, text: str, mentions: Sequence[Mention], dateline: str | None,
                 outlet: str | None) -> list[Resolution]:
        return resolve_all(self.gazetteer, text, mentions,
                           dateline_country=self._country_of(dateline),
                           outlet_country=outlet_country(outlet),
                           outlet_towns=self._outlet_towns(outlet))

    def _outlet_towns(self, outlet: str | None) -> tuple[int, ...]:
        """The towns the outlet's host names, looked up once per host."""
        host = outlet_host(outlet)
        if host not in self._host_towns:
            self._host_towns[host] = outlet_towns(self.gazetteer, host)
        return self._host_towns[host]

    def _country_of(self, name: str | None) -> str | None:
        """ISO2 of a dateline's country ("BEIRUT", "CAIRO, Egypt (AP)", "LB")."""
        if not name:
            return None
        name = re.sub(r"\([^)]*\)", " ", name).strip(" —–-")
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
        if gaz.is_area(i):
            precision = 2 if feature == "ADM2" else 3
        else:
            precision = 2 if _AROUND.search(text[max(0, m.start - 40):m.start]) else 1
        admin1 = gaz.admin1_name(gaz.admin1[i]) if gaz.admin1[i] else None
        return Place(
            name=gaz.name[i], text=m.text, span=(m.start, m.end),
            country=gaz.country_name(cc) if cc else None, iso2=cc or None, admin1=admin1,
            latitude=gaz.latitude[i], longitude=gaz.longitude[i],
            geonameid=gaz.geonameid[i] or None, geo_precision=precision, feature=feature,
            confidence=r.confidence)

"""``eventwire eval geoparse``: score recognition and resolution on LGL / TR-News style XML.

The XML (as in Gritta et al.'s "Pragmatic Guide to Geoparsing Evaluation") holds ``<article>``
elements with a ``<text>`` and ``<toponyms>``; each ``<toponym>`` has ``<start>``/``<end>``
character offsets, a ``<phrase>`` and usually a ``<gaztag geonameid=…>`` with ``<lat>``/``<lon>``.

Scores:

* ``acc_161km`` — share of gold toponyms (those with coordinates) resolved within 161 km.
* ``exact_id`` — share of gold toponyms with a GeoNames id whose id was returned exactly.
* ``median_km`` — median error distance.
* ``auc`` — area under the curve of log errors (Gritta et al. 2018), lower is better::

      auc = mean(ln(1 + e_i)) / ln(1 + 20039),   e_i = min(error_km, 20039)

  which is the trapezoid area under the sorted ln(1+error) curve, normalised by the largest
  possible error (half the Earth's circumference). Unresolved toponyms count as 20039 km.
* ``span_precision/recall/f1`` (end-to-end only) — predicted place spans against all gold
  toponym spans (with or without coordinates), matched one-to-one by character overlap.

Without ``gold_spans`` a gold toponym no predicted span overlaps counts as unresolved.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..places.capitals import names_a_seat
from ..records import Entity, Place
from .metrics import prf

MAX_ERROR_KM = 20039.0          # half the Earth's circumference: the worst possible error
ACCURACY_KM = 161.0             # 100 miles, the field's standard threshold
EARTH_RADIUS_KM = 6371.0088
# TR-News offsets drift by a few characters; the phrase is searched this far around them.
ALIGN_WINDOW = 40
FORMATS = ("lgl", "trnews")


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class GeoArticle:
    docid: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    url: str | None = None                  # the article's address, else its outlet's domain


@dataclass(frozen=True, slots=True)
class GeoScores:
    n: int
    acc_161km: float
    exact_id: float
    median_km: float
    auc: float
    span_precision: float | None = None
    span_recall: float | None = None
    span_f1: float | None = None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        if self.span_f1 is None:
            for k in ("span_precision", "span_recall", "span_f1"):
                out.pop(k)
        return out

    def format_table(self) -> str:
        rows = [(k, v) for k, v in self.to_json().items()]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v if isinstance(v, int) else f'{v:.4f}'}"
                         for k, v in rows)


# --------------------------------------------------------------------------- reading


def read_articles(path: Path, fmt: str = "lgl") -> Iterator[GeoArticle]:
    """Articles of an LGL / TR-News XML file, toponym offsets aligned to their phrase."""
    if fmt not in FORMATS:
        raise EvaluationError(f"unknown geoparse gold format {fmt!r}: use one of {FORMATS}")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise EvaluationError(f"cannot read geoparse gold data {path}: {e}") from e
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = tuple(_toponym(t, text) for t in art.iter("toponym"))
        url = art.findtext("url") or art.findtext("domain")
        yield GeoArticle(art.get("docid", ""), text, tops, url.strip() if url else None)


def _toponym(t: ET.Element, text: str) -> GoldToponym:
    phrase = (t.findtext("phrase") or "").strip()
    start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
    start, end = align(text, phrase, start, end)
    gaz = t.find("gaztag")
    gid = lat = lon = None
    if gaz is not None:
        gid = int(gaz.get("geonameid")) if gaz.get("geonameid") else None
        if gaz.findtext("lat") and gaz.findtext("lon"):
            lat, lon = float(gaz.findtext("lat")), float(gaz.findtext("lon"))
    return GoldToponym(start, end, phrase, gid, lat, lon)


def align(text: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``phrase`` nearest to the given ones (they are kept when they already fit)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - ALIGN_WINDOW)
    best = None
    pos = text.find(phrase, lo)
    while pos != -1 and pos <= start + ALIGN_WINDOW:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1)
    return (best, best + len(phrase)) if best is not None else (start, end)


# --------------------------------------------------------------------------- scoring


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def error_km(gold: GoldToponym, place: Place | None) -> float:
    if place is None or place.latitude is None or place.longitude is None:
        return MAX_ERROR_KM
    assert gold.latitude is not None and gold.longitude is not None
    return min(MAX_ERROR_KM, distance_km(gold.latitude, gold.longitude,
                                         place.latitude, place.longitude))


def match_spans(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
                ) -> dict[int, int]:
    """One-to-one matching by overlap: gold index -> predicted index, largest overlaps first."""
    pairs = sorted(((min(g[1], p[1]) - max(g[0], p[0]), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                    if min(g[1], p[1]) > max(g[0], p[0])), reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def score(golds: Sequence[GoldToponym], places: Sequence[Place | None],
          span_counts: tuple[int, int, int] | None = None) -> GeoScores:
    """Scores of resolved places, one per gold toponym with coordinates (None = unresolved)."""
    errors = [error_km(g, p) for g, p in zip(golds, places)]
    with_id = [(g, p) for g, p in zip(golds, places) if g.geonameid]
    n = len(errors)
    prec = rec = f1 = None
    if span_counts is not None:
        prec, rec, f1 = prf(*span_counts)
    return GeoScores(
        n=n,
        acc_161km=sum(e <= ACCURACY_KM for e in errors) / n if n else 0.0,
        exact_id=(sum(p is not None and p.geonameid == g.geonameid for g, p in with_id)
                  / len(with_id)) if with_id else 0.0,
        median_km=statistics.median(errors) if errors else 0.0,
        auc=(sum(math.log1p(e) for e in errors) / (n * math.log1p(MAX_ERROR_KM))) if n else 0.0,
        span_precision=prec, span_recall=rec, span_f1=f1)


# --------------------------------------------------------------------------- running


def evaluate_geo(path: Path, *, fmt: str = "lgl", gold_spans: bool = False, nlp: Any = None,
                 geoparser: Any = None, limit: int | None = None) -> GeoScores:
    """Run the geoparser over a gold XML file and score it (see the module docstring)."""
    articles = list(read_articles(Path(path), fmt))[:limit]
    if geoparser is None:
        from ..places import Geoparser, load_gazetteer
        geoparser = Geoparser(load_gazetteer())
    # Resolution of gold spans reads no entities: the NER pass is skipped.
    entities = [()] * len(articles) if gold_spans else article_entities(articles, nlp)
    golds: list[GoldToponym] = []
    resolved: list[Place | None] = []
    tp = fp = fn = 0
    for art, ents in zip(articles, entities):
        tops = art.toponyms
        if gold_spans:
            places = geoparser.resolve_spans(art.text, [(t.start, t.end) for t in tops], ents,
                                             outlet=art.url)
            picked = list(places)
        else:
            predicted = toponyms(geoparser.places(art.text, ents, outlet=art.url))
            matched = match_spans([(t.start, t.end) for t in tops], [p.span for p in predicted])
            tp += len(matched)
            fp += len(predicted) - len(matched)
            fn += len(tops) - len(matched)
            picked = [predicted[matched[i]] if i in matched else None for i in range(len(tops))]
        for t, p in zip(tops, picked):
            if t.latitude is not None:
                golds.append(t)
                resolved.append(p)
    return score(golds, resolved, None if gold_spans else (tp, fp, fn))


def toponyms(places: Sequence[Place]) -> list[Place]:
    """The places a toponym names: not the seat of government an institution's name places
    ("Georgia's parliament": the place is Tbilisi, the toponym Georgia, a place of its own)."""
    return [p for p in places if not names_a_seat(p.text)]


class NaiveGeoparser:
    """The "before" baseline: spaCy's GPE/LOC spans, a country if the name is one, else the
    most populous GeoNames town of that name. No context, regions or demonyms."""

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer

    def places(self, text: str, entities: Sequence[Entity], **_: Any) -> tuple[Place, ...]:
        spans = [(e.start, e.end) for e in entities if e.label in ("GPE", "LOC")]
        found = self.resolve_spans(text, spans, entities)
        return tuple(p if p is not None else Place(text[a:b], text[a:b], (a, b))
                     for p, (a, b) in zip(found, spans))

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]],
                      entities: Sequence[Entity] = (), **_: Any) -> tuple[Place | None, ...]:
        gaz = self.gazetteer
        out: list[Place | None] = []
        for a, b in spans:
            ids = gaz.lookup(text[a:b])
            pick = next((i for i in ids if gaz.feature[i] == "PCLI"), None)
            if pick is None:
                towns = [i for i in ids if gaz.feature[i].startswith("PPL")]
                pick = max(towns, key=lambda i: gaz.population[i], default=None)
            out.append(None if pick is None else Place(
                gaz.name[pick], text[a:b], (a, b), iso2=gaz.country[pick] or None,
                latitude=gaz.latitude[pick], longitude=gaz.longitude[pick],
                geonameid=gaz.geonameid[pick] or None, feature=gaz.feature[pick]))
        return tuple(out)


def article_entities(articles: Sequence[GeoArticle], nlp: Any = None
                     ) -> list[tuple[Entity, ...]]:
    """spaCy entities of each article (only the NER component runs: it is all that is read)."""
    if nlp is None:
        from ..nlp import load_pipeline
        nlp = load_pipeline()
    wanted = {"ner"}       # en_core_web_sm's NER has its own tok2vec: 2.5x faster alone
    disable = [name for name in nlp.pipe_names if name not in wanted]
    out = []
    for doc in nlp.pipe((a.text for a in articles), disable=disable, batch_size=16):
        out.append(tuple(Entity(e.text, e.start_char, e.end_char, e.label_) for e in doc.ents))
    return out

"""Geoparser speed: gazetteer load time and memory, resolution and recognition throughput.

    python benchmarks/geoparse.py [--shared ../shared] [--repeat 3]

* gazetteer load: a fresh process loads the cached index (built first if missing) and reports
  the wall time of ``load_gazetteer()`` and its peak resident memory (the interpreter included);
* resolution: toponyms/s of ``Geoparser.resolve_spans`` over the gold spans of the geo dev
  corpora (read in place, never copied), one core;
* recognition + resolution: documents/s and places/s of ``Geoparser.places`` given the spaCy
  entities (parsed once beforehand, not timed).

Without ``../shared`` the throughput figures use a small text written here instead.

    python benchmarks/geoparse.py --errors GOLD.xml [--errors ...] > errors.tsv

lists instead what the geoparser gets wrong end to end on a gold file (read in place, for
looking at classes of error; never copied into the repo), one tab-separated row each: ``FP``
a place span no gold toponym overlaps, ``FN`` a gold toponym no place overlaps, ``FAR`` a
gold toponym placed more than 161 km off (or given no point), with the article's number, the
name, the place chosen and the text around it (a ``FAR`` row also says ``namesake`` when
one of the name's candidates lies within 161 km of the gold point, with that candidate's
country and region: the document's context chose the wrong sense; else ``no-sense-near``:
the tables lack it); then its span P / R / F1 and acc@161 km, which are ``eventwire eval
geoparse``'s.

    python benchmarks/geoparse.py --own tests/places/data/news_web_dev.jsonl [--show]

scores our own short news (see :func:`own_articles` for the markup) as ``eventwire eval
geoparse`` scores a gold file: acc@161 km on the gold spans, then end to end span P / R / F1
and acc@161 km (``--show`` lists the errors as ``--errors`` does, gold spans first as
``GOLD-FAR``/``GOLD-NONE``); ``--no-demonyms`` leaves the demonyms out of the gold.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = ("geo/lgl/lgl.xml", "geo/trnews/TR-News.xml")

_LOAD = """
import json, resource, time
from eventwire.places import load_gazetteer
t = time.perf_counter()
g = load_gazetteer()
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "entries": len(g),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

FALLBACK = ("BEIRUT — Fighters moved from Raqqa toward Ein Issa, north of the city, while "
            "Turkish and Russian officials met in Ankara and Paris. Springfield, Ill., and "
            "Paris, Texas, sent aid; Lebanon and Jordan closed their borders. ") * 20


def load_figures() -> dict:
    subprocess.run([sys.executable, "-c", ("from eventwire.places import load_gazetteer; "
                    "load_gazetteer()")], check=True)             # build once if missing
    out = subprocess.run([sys.executable, "-c", _LOAD], check=True, capture_output=True,
                         text=True)
    return json.loads(out.stdout)


def corpus(shared: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    from eventwire.evaluate.geo import read_articles
    docs = []
    for rel in CORPORA:
        path = shared / "eval" / rel
        if path.exists():
            docs += [(a.text, [(t.start, t.end) for t in a.toponyms])
                     for a in read_articles(path)]
    return docs


def throughput(docs, repeat: int) -> dict:
    from eventwire.evaluate.geo import GeoArticle, article_entities
    from eventwire.places import Geoparser, load_gazetteer
    gp = Geoparser(load_gazetteer())
    entities = article_entities([GeoArticle("", t, ()) for t, _ in docs])
    n_spans = sum(len(s) for _, s in docs)
    best_resolve = best_places = float("inf")
    n_places = 0
    for _ in range(repeat):
        t = time.perf_counter()
        for (text, spans), ents in zip(docs, entities, strict=True):
            gp.resolve_spans(text, spans, ents)
        best_resolve = min(best_resolve, time.perf_counter() - t)
        t = time.perf_counter()
        n_places = sum(len(gp.places(text, ents)) for (text, _), ents in zip(docs, entities, strict=True))
        best_places = min(best_places, time.perf_counter() - t)
    return {"documents": len(docs), "toponyms": n_spans,
            "resolve_toponyms_per_s": n_spans / best_resolve,
            "places_docs_per_s": len(docs) / best_places,
            "places_per_s": n_places / best_places}


def _row(kind: str, article: int, text: str, span: tuple[int, int], *cols: object) -> None:
    a, b = span
    around = (text[max(0, a - 60):a] + "[[" + text[a:b] + "]]" + text[b:b + 60])
    print("\t".join([kind, str(article), *map(str, cols),
                     around.replace("\n", " ").replace("\t", " ")]))


def _sense_near(gaz, text: str, t) -> str:
    """Whether a candidate of the gold name lies within 161 km of its gold point."""
    from eventwire.evaluate.geo import ACCURACY_KM, distance_km
    from eventwire.places.recognize import Mention
    from eventwire.places.senses import candidates
    ids, _ = candidates(gaz, Mention(t.start, t.end, text[t.start:t.end], "GOLD"))
    near = [i for i in ids if distance_km(t.latitude, t.longitude, gaz.latitude[i],
                                          gaz.longitude[i]) <= ACCURACY_KM]
    if not near:
        return "no-sense-near"
    return f"namesake {gaz.country[near[0]]} {gaz.admin1_name(gaz.admin1[near[0]]) or ''}"


def errors(path: Path) -> None:
    """Print the errors of one gold file (see the module docstring)."""
    from eventwire.evaluate.geo import (
        ACCURACY_KM,
        article_entities,
        error_km,
        match_spans,
        read_articles,
        toponyms,
    )
    from eventwire.places import Geoparser, load_gazetteer
    gp = Geoparser(load_gazetteer())
    arts = list(read_articles(path))
    counts = {"tp": 0, "fp": 0, "fn": 0, "near": 0, "n": 0}
    for k, (art, ents) in enumerate(zip(arts, article_entities(arts), strict=True)):
        found = toponyms(gp.places(art.text, ents, outlet=art.url))
        pairs = match_spans([(t.start, t.end) for t in art.toponyms], [p.span for p in found])
        counts["tp"] += len(pairs)
        counts["fp"] += len(found) - len(pairs)
        counts["fn"] += len(art.toponyms) - len(pairs)
        for j, p in enumerate(found):
            if j not in pairs.values():
                _row("FP", k, art.text, p.span, p.text, p.name, p.iso2, p.feature)
        for g, t in enumerate(art.toponyms):
            p = found[pairs[g]] if g in pairs else None
            if p is None:
                _row("FN", k, art.text, (t.start, t.end), t.phrase, "", "", "")
            if t.latitude is not None:
                counts["n"] += 1
                km = error_km(t, p)
                counts["near"] += km <= ACCURACY_KM
                if km > ACCURACY_KM and p is not None:
                    _row("FAR", k, art.text, (t.start, t.end), t.phrase, p.name, p.iso2,
                         f"{km:.0f} km", _sense_near(gp.gazetteer, art.text, t))
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"# {path.name}: span P {prec:.4f} R {rec:.4f} F1 "
          f"{2 * prec * rec / max(1e-9, prec + rec):.4f}, acc@161 km "
          f"{counts['near'] / max(1, counts['n']):.4f}", file=sys.stderr)


_MARK = re.compile(r"\[\[([^|\]]+)\|(-?[\d.]+),\s*(-?[\d.]+)(\|dem)?\]\]")


def own_articles(path: Path, demonyms: bool = True) -> list:
    """Our own short news, one JSON object a line: ``text`` marks each gold toponym as
    ``[[Name|lat,lon]]`` (a demonym ``[[Chinese|35,105|dem]]``); coordinates are the bundled
    tables' entry for the place meant (161 km is the tolerance, so a region's or river's
    point is the tables')."""
    from eventwire.evaluate.geo import GeoArticle, GoldToponym
    out = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        raw, text, tops, at = json.loads(line)["text"], [], [], 0
        for m in _MARK.finditer(raw):
            text.append(raw[at:m.start()])
            start = sum(map(len, text))
            text.append(m.group(1))
            if demonyms or not m.group(4):
                tops.append(GoldToponym(start, start + len(m.group(1)), m.group(1), None,
                                        float(m.group(2)), float(m.group(3))))
            at = m.end()
        text.append(raw[at:])
        out.append(GeoArticle(f"{path.stem}-{k}", "".join(text), tuple(tops)))
    return out


def own(path: Path, demonyms: bool, show: bool) -> None:
    """Score our own short news on gold spans and end to end (see the module docstring)."""
    from eventwire.evaluate.geo import (
        ACCURACY_KM,
        article_entities,
        error_km,
        match_spans,
        toponyms,
    )
    from eventwire.places import Geoparser, load_gazetteer
    gp = Geoparser(load_gazetteer())
    arts = own_articles(path, demonyms)
    near = n = tp = fp = fn = e2e_near = 0
    for k, (art, ents) in enumerate(zip(arts, article_entities(arts), strict=True)):
        gold = [(t.start, t.end) for t in art.toponyms]
        for t, p in zip(art.toponyms, gp.resolve_spans(art.text, gold), strict=True):
            n += 1
            km = error_km(t, p)
            near += km <= ACCURACY_KM
            if show and km > ACCURACY_KM:
                _row("GOLD-FAR" if p else "GOLD-NONE", k, art.text, (t.start, t.end),
                     t.phrase, p and p.name, p and p.iso2, p and p.feature, f"{km:.0f} km",
                     _sense_near(gp.gazetteer, art.text, t))
        found = toponyms(gp.places(art.text, ents))
        pairs = match_spans(gold, [p.span for p in found])
        tp, fp, fn = tp + len(pairs), fp + len(found) - len(pairs), fn + len(gold) - len(pairs)
        for j, p in enumerate(found):
            if show and j not in pairs.values():
                _row("FP", k, art.text, p.span, p.text, p.name, p.iso2, p.feature)
        for g, t in enumerate(art.toponyms):
            p = found[pairs[g]] if g in pairs else None
            km = error_km(t, p)
            e2e_near += km <= ACCURACY_KM
            if show and p is None:
                _row("FN", k, art.text, (t.start, t.end), t.phrase, "", "", "")
            elif show and km > ACCURACY_KM:
                _row("FAR", k, art.text, (t.start, t.end), t.phrase, p.name, p.iso2,
                     f"{km:.0f} km")
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"{path.name}: {len(arts)} articles, {n} toponyms; gold spans acc@161 km "
          f"{near / max(1, n):.4f}; end to end span P {prec:.4f} R {rec:.4f} F1 "
          f"{2 * prec * rec / max(1e-9, prec + rec):.4f}, acc@161 km {e2e_near / max(1, n):.4f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--errors", type=Path, action="append", default=[], metavar="GOLD_XML",
                    help="list the errors on this gold file instead of timing")
    ap.add_argument("--own", type=Path, action="append", default=[], metavar="JSONL",
                    help="score our own short news (tests/places/data/news_*.jsonl)")
    ap.add_argument("--no-demonyms", action="store_true", help="with --own: gold without them")
    ap.add_argument("--show", action="store_true", help="with --own: list the errors")
    args = ap.parse_args()
    if args.own:
        for path in args.own:
            own(path, not args.no_demonyms, args.show)
        return
    if args.errors:
        for path in args.errors:
            errors(path)
        return
    load = load_figures()
    print(f"gazetteer load: {load['seconds']:.2f} s, {load['rss_mb']:.0f} MB peak resident, "
          f"{load['entries']:,} entries")
    docs = corpus(args.shared)
    if not docs:
        from eventwire.places import load_gazetteer
        from eventwire.places.recognize import scan
        spans = [(m.start, m.end) for m in scan(FALLBACK, load_gazetteer())]
        docs = [(FALLBACK, spans)] * 50
        print(f"({args.shared / 'eval'} not found: timing a written sample text)")
    f = throughput(docs, args.repeat)
    print(f"resolution (gold spans): {f['resolve_toponyms_per_s']:,.0f} toponyms/s "
          f"over {f['toponyms']:,} toponyms in {f['documents']} documents, one core")
    print(f"recognition + resolution: {f['places_docs_per_s']:,.0f} documents/s, "
          f"{f['places_per_s']:,.0f} places/s (spaCy entities given)")


if __name__ == "__main__":
    main()

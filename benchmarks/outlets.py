"""How much of the geoparsing score the outlet directory gives, and how much of that comes
from outlets the dev corpora themselves carry.

    python benchmarks/outlets.py [--shared ../shared] [--end-to-end] [--learn]

Scores the geo dev corpora (read in place, never copied) with gold spans three ways: with
no directory (domains and host names only), with the bundled directory, and with the
bundled directory less every outlet that published an article of the dev corpora (the case
of a held-back corpus from outlets the directory does not list). Prints acc@161 km / exact
GeoNames id, TR-News then LGL, and the dev outlets the directory lists. With
``--end-to-end``, the places are found in the text too (spaCy's entities, found once): span
F1 / acc@161 km instead. With ``--learn`` (end to end), also the outlets
learnt from the corpora's own articles (places.learn: read once with the directory given, the
outlets it does not list learnt, then read again with them): transductive, the figure a user
gets from a corpus of many articles per outlet.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

from eventwire.evaluate.geo import article_entities, evaluate_geo, read_articles
from eventwire.places import Geoparser, Outlets, load_gazetteer
from eventwire.places.outlet import outlet_host
from eventwire.records import Entity

CORPORA = (("geo/trnews/TR-News.xml", "trnews"), ("geo/lgl/lgl.xml", "lgl"))


def dev_hosts(shared: Path) -> set[str]:
    """The hosts of the dev corpora's articles (their address, else their domain)."""
    hosts = set()
    for rel, _ in CORPORA:
        for art in ET.parse(shared / "eval" / rel).getroot().iter("article"):
            for tag in ("url", "domain"):
                host = outlet_host((art.findtext(tag) or "").strip())
                if host:
                    hosts.add(host)
    return hosts


def main(shared: Path, end_to_end: bool = False, learn: bool = False) -> None:
    gaz = load_gazetteer()
    nlp = _Cached(shared) if end_to_end or learn else None
    end_to_end = end_to_end or learn
    bundled = Outlets.read()
    hosts = dev_hosts(shared)
    listed = {bundled.find(h).domain for h in hosts if bundled.find(h) is not None}
    unseen = Outlets(o for d, o in bundled.by_domain.items() if d not in listed)
    print(f"{len(bundled)} outlets in the directory; {len(listed)} of them published dev "
          f"articles: {', '.join(sorted(listed))}")
    runs = [("no directory", Outlets()), ("bundled directory", bundled),
            ("directory less the dev outlets", unseen)]
    if learn:
        runs += [(f"{label} + learnt", outlets | _learnt(gaz, shared, outlets, nlp))
                 for label, outlets in runs]
    for label, outlets in runs:
        geoparser = Geoparser(gaz, outlets)
        scores = [evaluate_geo(shared / "eval" / rel, fmt=fmt, gold_spans=not end_to_end,
                               geoparser=geoparser, nlp=nlp) for rel, fmt in CORPORA]
        print(f"{label:<32}", *(f"{s.span_f1:.4f}/{s.acc_161km:.4f}" if end_to_end
                                else f"{s.acc_161km:.4f}/{s.exact_id:.4f}" for s in scores),
              flush=True)


def _learnt(gaz, shared: Path, outlets: Outlets, nlp: _Cached) -> Outlets:
    """The outlets the dev corpora's articles teach, read with ``outlets``."""
    from eventwire.places.learn import learn_outlets

    geoparser = Geoparser(gaz, outlets)
    read = []
    for rel, fmt in CORPORA:
        for a in read_articles(shared / "eval" / rel, fmt):
            ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp.ents(a.text)]
            read.append((a.url, geoparser.places(a.text, ents, outlet=a.url)))
    return learn_outlets(read, outlets)


class _Cached:
    """Stands in for spaCy in evaluate_geo (its ``pipe_names`` and ``pipe``): each article's
    entities, found once for all three directories and looked up by the article's text."""

    pipe_names = ("ner",)

    def __init__(self, shared: Path) -> None:
        self._by_text: dict[str, list[SimpleNamespace]] = {}
        for rel, fmt in CORPORA:
            articles = list(read_articles(shared / "eval" / rel, fmt))
            for a, ents in zip(articles, article_entities(articles), strict=True):
                self._by_text[a.text] = [SimpleNamespace(text=e.text, start_char=e.start,
                                                         end_char=e.end, label_=e.label)
                                         for e in ents]

    def ents(self, text: str) -> list[SimpleNamespace]:
        return self._by_text[text]

    def pipe(self, texts, **_: object):
        return (SimpleNamespace(ents=self._by_text[t]) for t in texts)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2]
                        / "shared")
    parser.add_argument("--end-to-end", action="store_true",
                        help="find the places in the text too: span F1 / acc@161 km")
    parser.add_argument("--learn", action="store_true",
                        help="also with the outlets learnt from the corpora (end to end)")
    args = parser.parse_args()
    main(args.shared, args.end_to_end, args.learn)

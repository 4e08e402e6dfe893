"""Outlets nobody listed, learnt from their own articles: a local paper names its own state's
towns in most of its stories, so the region where an outlet's firmly resolved towns gather is
its home, and its home town is the town its host names there, else the town it names most.
A town the host does not name must dominate the region's towns (a statewide station's
stories name many). The result is an outlet table like the bundled one (``Outlets``), for a
second reading of the same articles or of the outlet's later ones; the bundled directory's
outlets are never learnt.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..records import Event, Place
from .outlet import Outlet, Outlets, host_town_names, outlet_host

# An outlet is learnt from this many articles or more, when this share of its articles' firm
# towns lie in one region; set by reasoning (a paper's own state in most of its stories).
LEARN_MIN_ARTICLES = 3
LEARN_SHARE = 0.5
# A town resolved at least this confidently counts (resolve.FIRM_CONFIDENCE).
LEARN_CONFIDENCE = 0.8
# A town the host does not name is the home only when it holds this share of the region's firm
# towns (a statewide station names many). End to end acc@161 km with the learnt outlets
# (python benchmarks/outlets.py --learn, bundled directory; TR-News / LGL): 0.9075 / 0.8716 at
# 0.3, 0.9090 / 0.8673 at 0.5, 0.9090 / 0.8570 at 0.7, 0.9090 / 0.8539 with host-named towns
# only, 0.9067 / 0.8781 with any most-named town; without them 0.9090 / 0.8445.
TOWN_SHARE = 0.5


def learn_outlets(articles: Iterable[tuple[str | None, Sequence[Place]]],
                  listed: Outlets | None = None) -> Outlets:
    """The outlets ``articles`` (each its address and its resolved places) teach, less those
    ``listed`` already holds."""
    listed = listed if listed is not None else Outlets()
    towns: dict[str, Counter] = defaultdict(Counter)
    counts: Counter = Counter()
    for url, places in articles:
        host = outlet_host(url)
        if not host or listed.find(url) is not None:
            continue
        counts[host] += 1
        for p in places:
            if (p.confidence >= LEARN_CONFIDENCE and p.iso2 and p.admin1 and p.feature
                    and p.feature.startswith("PPL")):
                towns[host][(p.iso2, p.admin1, p.name)] += 1
    out = []
    for host, named in towns.items():
        regions: Counter = Counter()
        for (cc, a1, _), n in named.items():
            regions[(cc, a1)] += n
        (cc, a1), n = regions.most_common(1)[0]
        if counts[host] < LEARN_MIN_ARTICLES or n < LEARN_SHARE * sum(regions.values()):
            continue
        here = {name: k for (c, a, name), k in named.items() if (c, a) == (cc, a1)}
        hosted = [n for n in here if n.lower().replace(" ", "") in host_town_names(host)]
        top = max(here, key=here.__getitem__)
        tied = sum(k == here[top] for k in here.values()) > 1     # no town stands out
        if not hosted and (tied or here[top] < TOWN_SHARE * sum(here.values())):
            continue
        out.append(Outlet(host, cc, max(hosted, key=here.__getitem__) if hosted else top, a1))
    return Outlets(out)


def articles_of(events: Iterable[Event]) -> list[tuple[str | None, list[Place]]]:
    """Each document's address and the places of the events it reports, from merged events
    (a store's): an event's place counts for every report of it, each document once."""
    places: dict[str, list[Place]] = {}
    urls: dict[str, str | None] = {}
    for e in events:
        for doc in {m.document for m in e.mentions} or {e.document}:
            urls.setdefault(doc.id, doc.url)
            places.setdefault(doc.id, [])
            if e.location is not None:
                places[doc.id].append(e.location)
    return [(urls[d], places[d]) for d in sorted(places)]


def write_outlets(outlets: Outlets, path: Path) -> None:
    """Write ``outlets`` as a table in ``data/outlets.tsv``'s format (``--outlets`` reads it)."""
    lines = ["# News outlets learnt by `eventwire outlets learn` from their own articles: "
             "domain, ISO2, home town, its region",
             *("\t".join((o.domain, o.country or "", o.town or "", o.admin1 or ""))
               for o in sorted(outlets.by_domain.values(), key=lambda o: o.domain))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

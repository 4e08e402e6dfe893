"""Candidate pairs: only reports sharing a blocking key are compared, so merging a report costs
the size of its blocks, not of the whole collection.

A report's keys: for each label family of its label, its country (and region) and each week its date
window (widened by the slack) touches; a report with no time at all gets the week ``?``.
Every report also gets a key per evidence sentence (normalised), so a copy of the same words
meets its twin whatever its place or date reads.

A place with a first-level region blocks by region (a town meets the towns of its region and
the region itself), and passively by country, so a report that names only the country meets
it. A report with no place (a radio summary in lower case, a headline) must still meet the located
reports of its happening: it gets an *active* key per label family and week, which every
located report of that family and week holds as a *passive* key. Passive keys pair only with
active ones, so located reports are not compared across a whole country's week.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import timedelta

from ..records import Event
from .evidence import DATE_SLACK_DAYS, Profile, normalise, reports

# A window longer than this many weeks (a month or a season) counts as "no time": it would
# otherwise sit in many blocks and be compared with everything.
MAX_WEEKS = 6


def _weeks(p: Profile) -> list[str]:
    if p.window is None:
        return ["?"]
    slack = timedelta(days=DATE_SLACK_DAYS)
    first = (p.window[0] - slack).toordinal() // 7
    last = (p.window[1] + slack).toordinal() // 7
    if last - first + 1 > MAX_WEEKS:
        return ["?"]
    return [str(w) for w in range(first, last + 1)]


# The mark of a passive key (the last character of its digest): it pairs with active keys only.
PASSIVE = "~"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def keys(e: Event, p: Profile) -> list[str]:
    """The blocking keys of a report, as short digests (the store keeps them as rows); a
    passive key is its active twin's digest followed by :data:`PASSIVE`."""
    raw = [f"t|{normalise(m.evidence.sentence)}" for m in reports(e)]
    families = sorted(p.families or {p.label})
    anywhere = [f"a|{family}|{week}" for family in families for week in _weeks(p)]
    if p.place is None:
        return sorted({_digest(k) for k in raw + anywhere})
    country = p.place.iso2 or normalise(p.place.name)
    region = normalise(p.place.admin1 or "")
    weeks = _weeks(p)
    if region:       # a place in a region: its region's block, and the country's passively
        raw += [f"r|{family}|{country}|{region}|{week}" for family in families for week in weeks]
        anywhere += [f"b|{family}|{country}|{week}" for family in families for week in weeks]
    else:            # a country (or a place of unknown region) meets all of its regions
        raw += [f"b|{family}|{country}|{week}" for family in families for week in weeks]
    return sorted({_digest(k) for k in raw} | {_digest(k) + PASSIVE for k in anywhere})


def active(key: str) -> str:
    """The key a passive key pairs with (an active key is its own)."""
    return key.rstrip(PASSIVE)


def candidate_pairs(key_lists: Sequence[Iterable[str]], first_new: int = 0
                    ) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of reports sharing a key (a passive key pairs only
    with its active twin); with ``first_new``, only pairs where ``j >= first_new``."""
    blocks: dict[str, tuple[list[int], list[int]]] = {}
    for i, ks in enumerate(key_lists):
        for k in ks:
            blocks.setdefault(active(k), ([], []))[k.endswith(PASSIVE)].append(i)
    out = set()
    for act, passive in blocks.values():
        for j in act:
            if j >= first_new:
                out.update((i, j) for i in act if i < j)
                out.update((min(i, j), max(i, j)) for i in passive if i != j)
        out.update((j, i) for i in passive if i >= first_new for j in act if j < i)
    return out

"""Order-independent clustering of reports into events.

Every candidate pair (:mod:`.blocking`) the decision calls one event (:mod:`.decide`) is an
edge. Edges are taken strongest first (ties by the reports' own order, which depends only on
their content) and join two clusters unless they would hold two reports the evidence vetoes as
one event (:mod:`.constraint`: A told like B and B like C does not make A and C one happening
when their kinds, places, dates or tolls say two) or two reports one article tells apart.

Two reports of one article are never an edge, but they may share an event through reports of
other articles: an article often tells its happening in several sentences that its fold
(:mod:`.fold`) leaves apart, typed two ways (a fire as damage and as a disaster, an attack
and its claim) or placed at two grains (the region in one sentence, the town in the next).
Forbidding that (the rule until 2026-12-05) split the other articles' reports between the
article's events: ECB+ dev pairwise F1 0.631 / 0.719 at 0.7 / 0.05 with it, 0.688 / 0.787
without (precision 0.884 / 0.801 with, 0.881 / 0.858 without); the project's stories, scored
as ``training/train_merge.py`` scores them with the committed weights, 0.758 / 0.878 on the
training / held-aside topics with it, 0.765 / 0.872 without (held-aside precision 0.923 to
0.971; one report with a misread day moves); events-e2e TR-News unchanged (``eventwire eval
e2e``). Developments stay apart within an article (:data:`.families.DEVELOPMENTS`).

The result is a function of the set of reports alone: input order does not change it. The
store (:mod:`eventwire.store.merging`) adds reports to stored events by the same rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..records import Event
from .blocking import candidate_pairs, keys
from .constraint import apart, joined, summary
from .decide import possible, same_event
from .evidence import CLAIM, Profile, copies, profile, reports
from .places import place_fit
from .text import Stored, prime

# A claim and an act in copied texts join across them when their places fit at least this
# (:func:`_claim_and_act`): one place 1, a town in the region the other names 0.6, a place in
# the country the other names 0.4 (:func:`.places.place_fit`). Set by hand between the last
# two: a country says too little of which act a claim is of.
CLAIM_PLACE_FIT = 0.6


def order_key(e: Event) -> tuple:
    """:func:`sort_key` without its last tie-break: the same order among reports of distinct
    ids (as the reports of one clustering are: :func:`eventwire.merge.distinct`)."""
    first = min((m.document.id, m.evidence.span[0], m.evidence.span[1]) for m in reports(e))
    return (first, e.id)


def sort_key(e: Event) -> tuple:
    """A total order on reports that depends on their content only."""
    return (*order_key(e), repr(e))


def edges(events: Sequence[Event], profiles: Sequence[Profile] | None = None,
          key_lists: Sequence[Sequence[str]] | None = None, first_new: int = 0,
          stored: Stored | None = None) -> list[tuple[float, int, int]]:
    """``(score, i, j)`` for every pair of reports that are one event (``i < j``); with
    ``first_new``, only pairs with a report at that index or after (the new ones);
    ``stored``: where sentence vectors kept by a store are read (:func:`.text.prime`).
    Given ``profiles`` and ``key_lists``, ``events`` are not read."""
    profiles = profiles or [profile(e) for e in events]
    key_lists = key_lists or [keys(e, p) for e, p in zip(events, profiles, strict=True)]
    out = []
    documents = [p.documents for p in profiles]
    pairs = sorted((i, j) for i, j in candidate_pairs(key_lists, first_new, documents)
                   if possible(profiles[i], profiles[j]))
    # One batch of sentence vectors for the reports of the pairs the encoder may decide.
    prime([t for i in sorted({i for pair in pairs for i in pair})
           for t in (profiles[i].headline, profiles[i].sentence)], stored)
    for i, j in pairs:
        s = same_event(profiles[i], profiles[j])
        if s is not None:
            out.append((s, i, j))
    return aligned(out, profiles)


def aligned(links: Sequence[tuple[float, int, int]], profiles: Sequence[Profile]
            ) -> list[tuple[float, int, int]]:
    """``links`` but those that pair a report with another article's report when that
    article holds a copy of its sentence (:func:`.evidence.copies`) that is another report: two
    outlets running one wire text with small edits tell its sentences in both, and a
    sentence's event is its copy's, not the event of the copy's neighbour, however alike the
    place, the day and the title make them (the founding story's eight versions joined its
    airstrikes with the claim of who planned Paris, and the ban on leaving with both). A
    function of the edges and their reports alone: the copy of a report's sentence is an edge
    found with it, so a store finds it in the same call (:mod:`eventwire.store.merging`).
    Measured 2026-12-06: the rewrites' train split (``python benchmarks/rewrites.py
    --min-confidence 0.7 0``) shared events in one record 3 -> 7 / 5 -> 9 of 28, wrong
    merges 8 -> 6, duplicates 13 -> 11 / 15 -> 14 (an unsure report no longer lifted above
    0.7 by a wrong merge: recall at 0.7 0.781 -> 0.742, at 0 0.800 both); ECB+ dev pairwise
    F1 0.876 -> 0.882 (``eventwire eval merge``); the project's stories unchanged (held
    0.837, ``python training/train_merge.py --committed``). Keeping apart, besides, two
    clusters each holding a copied report of one article (so that a trimmed version's
    strikes and another's bombing cannot join them) cost ECB+ 0.882 -> 0.833: not done."""
    copy = {(i, j) for _, i, j in links if copies(profiles[i], profiles[j])}
    copies_in: dict[tuple[int, str], set[int]] = defaultdict(set)
    for i, j in copy:
        for d in profiles[j].documents:
            copies_in[(i, d)].add(j)
        for d in profiles[i].documents:
            copies_in[(j, d)].add(i)

    def elsewhere(i: int, j: int) -> bool:
        return any(copies_in.get((i, d), set()) - {j} for d in profiles[j].documents)

    return [(s, i, j) for s, i, j in links
            if (i, j) in copy or _claim_and_act(profiles[i], profiles[j])
            or not (elsewhere(i, j) or elsewhere(j, i))]


def _claim_and_act(a: Profile, b: Profile) -> bool:
    """One report is a claim of responsibility and the other an act: a claim joins the act it
    claims, though the article tells the two in sentences of their own (one outlet's claim
    meets another's bombing), so copies say nothing against it. Only a claim and an act the
    evidence vouches for, as it overrules the copies:

    * both labels sure (:data:`.evidence.UNSURE_LABEL`: an unsure label vetoes nothing, so it
      vouches for nothing either);
    * the claim names who claims or is blamed (an actor): "officials said the attacks were
      planned in X" names no one;
    * their places one place, or a place and its region (:data:`CLAIM_PLACE_FIT`), when both
      are known: a claim placed only in the act's country may claim another act there.

    The founding story's versions (``benchmarks/rewrites.py``) joined the strikes on Raqqa
    with the plan of the Paris attacks (a claim 0.10-0.33 sure, naming no one), the ban on
    leaving the city (an unsure strike, 0.06-0.18) through it, and the group's claim of the
    Paris attacks (placed in Syria, 0.4 from Raqqa). The claims of the project's rewrites are
    0.80-0.98 sure and name their group."""
    claim, act = (a, b) if a.label == CLAIM else (b, a)
    if (a.label == CLAIM) == (b.label == CLAIM) or not (
            claim.sure_label and claim.claimant and act.sure_label):
        return False
    if claim.place is None or act.place is None:
        return True
    fit = place_fit(claim.place, act.place)
    return fit is not None and fit >= CLAIM_PLACE_FIT


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def groups(events: Sequence[Event], stored: Stored | None = None) -> list[list[int]]:
    """Indices of ``events`` grouped by event, each group and the list in report order
    (``stored``: as for :func:`edges`)."""
    profiles = [profile(e) for e in events]
    return clusters(profiles, [sort_key(e) for e in events], edges(events, profiles,
                                                                   stored=stored))


def clusters(profiles: Sequence[Profile], order: Sequence[tuple],
             links: Sequence[tuple[float, int, int]]) -> list[list[int]]:
    """:func:`groups` of reports given by their profiles, their places in report order
    (``order``: keys sorting as :func:`sort_key` sorts them, :func:`order_key` for distinct
    ids) and their :func:`edges` (``links``, in any order), so that a store can cluster
    reports it has not parsed whole with edges it found before."""
    n = len(profiles)
    rank = {i: r for r, i in enumerate(sorted(range(n), key=order.__getitem__))}
    parent = list(range(n))
    held = [summary(p) for p in profiles]
    ordered = sorted(links, key=lambda t: (-t[0], *sorted((rank[t[1]], rank[t[2]]))))
    for _, i, j in ordered:
        a, b = _find(parent, i), _find(parent, j)
        if a == b or apart(held[a], held[b]):
            continue
        root, other = (a, b) if rank[a] < rank[b] else (b, a)
        parent[other] = root
        held[root] = joined(held[root], held[other])
    members: dict[int, list[int]] = {}
    for i in sorted(range(n), key=rank.__getitem__):
        members.setdefault(_find(parent, i), []).append(i)
    return list(members.values())


def components(events: Sequence[Event]) -> list[list[int]]:
    """Indices of ``events`` connected by edges, whatever the constraints: the reports a store
    must re-cluster together when one of them changes."""
    parent = list(range(len(events)))
    for _, i, j in edges(events):
        a, b = _find(parent, i), _find(parent, j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[int, list[int]] = {}
    for i in range(len(events)):
        members.setdefault(_find(parent, i), []).append(i)
    return list(members.values())
